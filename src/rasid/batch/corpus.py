"""A synthetic corpus for load tests and benchmarks, varied from sample articles by data.

Each sample article (a .txt or UTF-8 .html file, or a JSONL line) is run through rasid
once to find what can vary: its city names (place mentions that are gazetteer names),
its figures written in digits (quantity mentions) and its years. A variant replaces each
city by another city of the same country from the gazetteer, each figure by a nearby
random number, and shifts every year (and ISO date in page markup) by a few years and
days. Variants are unique by content (an article's id is the hash of its bytes).

Text samples become .txt files or JSONL lines with "text"; HTML samples become WARC.gz
responses, JSONL lines with "html" or .html files, in turn. `ids.csv` lists the id of
every article written, for checks that nothing is lost or duplicated.

`--short` writes short articles instead (`short_articles`): a headline and three
sentences, each from a varied copy of a different text sample, so that a run of 100,000
articles stays feasible and its articles still differ in wording, places, figures and
dates. Every other one is wrapped in a small HTML page, so both readers and both
cleaners run.

    python -m rasid.batch.corpus examples OUT --articles 2000 [--kinds text,html] [--seed 7] [--short]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import html
import io
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_SENTENCE_END = re.compile(r"(?<=[.!؟])\s+")

#: Sentences of a short article, each from another sample, and its publication dates: one
#: of some 4,000 days, written as an ISO date line, so incidents do not pile up on one day.
SHORT_SENTENCES = 3
SHORT_FIRST_DAY = dt.date(2013, 1, 1)
SHORT_DAYS = 4000

#: Articles per JSONL file and per WARC file, and text/HTML files per folder.
PER_FILE = {"jsonl": 400, "warc": 150, "folder": 500}

#: The output format of the n-th use of a sample of each kind.
FORMATS = {"text": ("txt", "jsonl"), "html": ("warc", "jsonl", "html")}


@dataclass(frozen=True)
class Sample:
    """A sample article and the words a variant may replace in it."""

    name: str
    kind: str  # "text" or "html"
    body: str
    cities: tuple[tuple[str, str], ...]  # (surface words, ISO country)
    figures: tuple[str, ...]  # quantity mentions written with ASCII digits
    published: str | None  # as rasid reads it from the sample


@dataclass(frozen=True)
class Article:
    id: str
    kind: str
    body: str
    url: str
    published: str | None


def cities_by_country() -> dict[str, list[str]]:
    """Arabic names of cities of 50,000 people or more, per country, from the gazetteer."""
    table = resources.files("rasid.lang.ar.data").joinpath("gazetteer.tsv").read_text(encoding="utf-8")
    lines = [line for line in table.splitlines() if line and not line.startswith("#")]
    names: dict[str, set[str]] = defaultdict(set)
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["precision"] == "city" and int(row["population"] or 0) >= 50_000 and " " not in row["name_ar"]:
            names[row["country"]].add(row["name_ar"])
    return {country: sorted(found) for country, found in names.items() if len(found) >= 2}


def load_samples(folder: Path) -> list[Sample]:
    """Text and UTF-8 HTML articles of `folder` (recursively) and the lines of its JSONL files."""
    import rasid

    sources: list[tuple[str, str, str]] = []
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".txt", ".html"):
            try:
                body = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError:
                continue  # a legacy-encoded page would need re-encoding; it adds nothing here
            sources.append((path.name, "html" if path.suffix == ".html" else "text", body))
        elif path.suffix == ".jsonl":
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                item = json.loads(line)
                kind = "text" if item.get("text") else "html"
                sources.append((f"{path.name}:{number}", kind, item.get("text") or item["html"]))
    gazetteer = cities_by_country()
    samples = []
    for name, kind, body in sources:
        record = rasid.extract(body)
        cities = {
            (m.text, m.country)
            for m in record.mentions_of("place")
            if m.precision == "city"
            and m.country in gazetteer
            and m.text in gazetteer[m.country]
            and m.text in body
        }
        figures = {
            m.text for m in record.mentions_of("quantity") if _DIGITS.search(m.text) and m.text in body
        }
        samples.append(
            Sample(name, kind, body, tuple(sorted(cities)), tuple(sorted(figures)), record.published.value)
        )
    return samples


def variant(sample: Sample, rng: random.Random, gazetteer: dict[str, list[str]]) -> tuple[str, int, int]:
    """The sample with its cities, figures and dates varied; and the year and day shifts."""
    body = sample.body
    for words in sample.figures:
        new = _DIGITS.sub(
            lambda m: str(max(1, int(m.group()) * rng.randint(5, 30) // 10 + rng.randint(0, 9))), words
        )
        body = body.replace(words, new)
    years = rng.choice((-8, -7, -6, -5, -4, -3, -2, -1, 1, 2, 3))
    days = rng.randint(-20, 20)
    body = _ISO_DATE.sub(lambda m: _shift_iso(m, days), body)
    body = _YEAR.sub(lambda m: str(int(m.group()) + years), body)
    for words, country in sample.cities:
        body = body.replace(words, rng.choice(gazetteer[country]))
    return body, years, days


def _shift_iso(match: re.Match[str], days: int) -> str:
    try:
        date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return match.group()
    moved = date + dt.timedelta(days=days)
    return moved.replace(day=min(moved.day, 28)).isoformat()  # its year moves in the next pass


def _shifted(iso: str | None, years: int, days: int) -> str | None:
    """The sample's date moved as its text was (the JSONL "published" of a variant)."""
    if iso is None:
        return None
    date = dt.date.fromisoformat(iso) + dt.timedelta(days=days)
    return date.replace(year=date.year + years, day=min(date.day, 28)).isoformat()


def articles(samples: list[Sample], count: int, *, seed: int = 7) -> Iterator[Article]:
    """`count` distinct articles, cycling through the samples."""
    gazetteer = cities_by_country()
    rng = random.Random(seed)
    seen: set[str] = set()
    uses: dict[str, int] = defaultdict(int)
    n = attempts = 0
    while n < count:
        sample = samples[attempts % len(samples)]
        attempts += 1
        if attempts > 50 * count:
            raise ValueError(f"the samples vary too little for {count} distinct articles")
        body, years, days = variant(sample, rng, gazetteer)
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if digest in seen:
            continue  # a sample with little to vary gives way to the others
        seen.add(digest)
        kind = FORMATS[sample.kind][uses[sample.name] % len(FORMATS[sample.kind])]
        uses[sample.name] += 1
        published = _shifted(sample.published, years, days) if kind == "jsonl" else None
        yield Article(digest, kind, body, f"https://corpus.example/{n:07d}/{sample.name}", published)
        n += 1


def short_articles(
    samples: list[Sample], count: int, *, seed: int = 7, days: int = SHORT_DAYS
) -> Iterator[Article]:
    """`count` distinct short articles: a varied text sample's headline, a date line (one of
    `days` days: fewer days, a denser corpus) and its first sentence, then a sentence from
    each of two other varied samples; every other one as an HTML page."""
    texts = [s for s in samples if s.kind == "text"]
    if len(texts) < SHORT_SENTENCES:
        raise ValueError(f"short articles need {SHORT_SENTENCES} text samples, not {len(texts)}")
    gazetteer = cities_by_country()
    rng = random.Random(seed)
    seen: set[str] = set()
    n = attempts = 0
    while n < count:
        attempts += 1
        if attempts > 50 * count:
            raise ValueError(f"the samples vary too little for {count} distinct articles")
        picked = rng.sample(texts, SHORT_SENTENCES)
        paragraphs = [_paragraphs(variant(sample, rng, gazetteer)[0]) for sample in picked]
        title, lead = paragraphs[0][0], _first_sentence(paragraphs[0][1:] or paragraphs[0])
        sentences = [lead] + [_first_sentence(rng.sample(p, len(p))) for p in paragraphs[1:]]
        published = (SHORT_FIRST_DAY + dt.timedelta(days=rng.randrange(days))).isoformat()
        kind = ("text", "html")[n % 2]
        if kind == "html":
            body = _page(title, published, sentences)
        else:
            body = "\n\n".join([title, published, *sentences]) + "\n"
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        form = FORMATS[kind][(n // 2) % len(FORMATS[kind])]
        yield Article(digest, form, body, f"https://corpus.example/{n:07d}/short", published)
        n += 1


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def _first_sentence(paragraphs: list[str]) -> str:
    """The first sentence of the first paragraph long enough to be prose (not a dateline)."""
    prose = next((p for p in paragraphs if len(p) > 80), paragraphs[0])
    return _SENTENCE_END.split(prose, maxsplit=1)[0]


def _page(title: str, published: str, sentences: list[str]) -> str:
    paragraphs = "".join(f"<p>{html.escape(s)}</p>" for s in sentences)
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f'</title><meta property="article:published_time" content="{published}"></head><body><article>'
        f"<h1>{html.escape(title)}</h1><time>{published}</time>{paragraphs}</article></body></html>\n"
    )


def write_corpus(
    folder: Path,
    out: Path,
    count: int,
    *,
    kinds: tuple[str, ...] = ("text", "html"),
    seed: int = 7,
    short: bool = False,
    days: int = SHORT_DAYS,
) -> int:
    """Write `count` articles under `out` (txt/, html/, jsonl/, warc/ and ids.csv); returns count.

    `days`: over how many publication days short articles spread (10,000 over 400 days are
    as dense as 100,000 over the default 4,000)."""
    samples = [s for s in load_samples(folder) if s.kind in kinds]
    generated = (
        short_articles(samples, count, seed=seed, days=days) if short else articles(samples, count, seed=seed)
    )
    out.mkdir(parents=True, exist_ok=True)
    writers = _Writers(out)
    with (out / "ids.csv").open("w", encoding="utf-8") as ids:
        for number, article in enumerate(generated):
            writers.write(number, article)
            ids.write(article.id + "\n")
    writers.close()
    return count


class _Writers:
    """One open JSONL file and one open WARC file at a time, each rolled over when full."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.counts: dict[str, int] = defaultdict(int)
        self.jsonl: io.TextIOWrapper | None = None
        self.warc_file: io.BufferedWriter | None = None
        self.warc: Any = None

    def write(self, number: int, article: Article) -> None:
        n = self.counts[article.kind]
        self.counts[article.kind] += 1
        if article.kind in ("txt", "html"):
            folder = self.out / article.kind / f"{n // PER_FILE['folder']:04d}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{number:07d}.{article.kind}").write_bytes(article.body.encode("utf-8"))
        elif article.kind == "jsonl":
            if n % PER_FILE["jsonl"] == 0:
                self._close_jsonl()
                (self.out / "jsonl").mkdir(exist_ok=True)
                self.jsonl = (self.out / "jsonl" / f"{n // PER_FILE['jsonl']:04d}.jsonl").open(
                    "w", encoding="utf-8"
                )
            key = "text" if not article.body.lstrip().startswith("<") else "html"
            line = {key: article.body, "url": article.url, "published": article.published}
            assert self.jsonl is not None
            self.jsonl.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            if n % PER_FILE["warc"] == 0:
                self._open_warc(n // PER_FILE["warc"])
            self._warc_record(article)

    def _open_warc(self, index: int) -> None:
        from warcio.warcwriter import WARCWriter

        self._close_warc()
        (self.out / "warc").mkdir(exist_ok=True)
        self.warc_file = (self.out / "warc" / f"{index:04d}.warc.gz").open("wb")
        self.warc = WARCWriter(self.warc_file, gzip=True)

    def _warc_record(self, article: Article) -> None:
        from warcio.statusandheaders import StatusAndHeaders

        payload = article.body.encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer = self.warc
        record = writer.create_warc_record(
            article.url, "response", payload=io.BytesIO(payload), http_headers=headers
        )
        writer.write_record(record)

    def _close_jsonl(self) -> None:
        if self.jsonl is not None:
            self.jsonl.close()
            self.jsonl = None

    def _close_warc(self) -> None:
        if self.warc_file is not None:
            self.warc_file.close()
            self.warc_file = None

    def close(self) -> None:
        self._close_jsonl()
        self._close_warc()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", type=Path, help="folder of sample articles (e.g. examples)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kinds", default="text,html", help="sample kinds to use: text, html or both")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--short", action="store_true", help="short articles mixed from several samples")
    parser.add_argument("--days", type=int, default=SHORT_DAYS, help="publication days of short articles")
    args = parser.parse_args(argv)
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    written = write_corpus(
        args.samples, args.out, args.articles, kinds=kinds, seed=args.seed, short=args.short, days=args.days
    )
    print(f"{written} articles in {args.out}")


if __name__ == "__main__":
    main()
