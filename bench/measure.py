"""One measurement in a fresh process, for `bench_pipeline.py`: prints its timings as JSON.

It imports whichever rasid is first on `sys.path`, so the orchestrator runs it once with the
working tree and once with the baseline commit, alternately, on the same inputs. It uses only
what both trees have (`rasid.read.read_string`, `rasid.pipeline.default_pipeline`).

    python bench/measure.py throughput|unseen|scaling|html --repeat N
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXT_DIRS = [REPO / "examples", REPO / "tests" / "gold", REPO.parent / "shared" / "gold" / "dev"]
SIZES = (1, 2, 4, 8, 16, 32)
#: Articles the `unseen` measure meets for the first time in its process (after the others).
UNSEEN_DIR = REPO / "tests" / "gold" / "dev2-tune"


def files(suffixes: tuple[str, ...]) -> list[Path]:
    """The bench inputs with one of these suffixes, in a fixed order."""
    out: list[Path] = []
    for folder in TEXT_DIRS:
        if folder.is_dir():
            out.extend(p for p in sorted(folder.glob("*")) if p.suffix in suffixes)
    return out


def texts() -> list[str]:
    """The plain-text articles (UTF-8, title on the first line)."""
    return [p.read_text(encoding="utf-8") for p in files((".txt",))]


def concatenated(articles: list[str], n: int) -> str:
    """The first n articles as one: the first with its title line, the others' bodies after it."""
    parts = [articles[0]]
    for a in articles[1:n]:
        parts.append(a.split("\n", 1)[1] if "\n" in a else a)
    return "\n\n".join(parts)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out: list[float] = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        out.append(time.process_time() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=("throughput", "unseen", "scaling", "html"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import rasid.pipeline
    from rasid.pipeline import default_pipeline
    from rasid.read import read_bytes, read_string

    # Measured as the `rasid` command runs, which owns its process's collector (trees before
    # session 19 have no such switch and tuned it always, or never).
    getattr(rasid.pipeline, "own_the_collector", lambda: None)()
    pipeline = default_pipeline()

    def extract(text: str) -> object:
        return pipeline.run_one(read_string(text))

    def extract_page(page: bytes) -> object:
        return pipeline.run_one(read_bytes(page))

    result: dict[str, object] = {}
    if args.mode == "throughput":
        articles = texts()
        for a in articles:  # warm-up: the language data loads once per process
            extract(a)
        passes = timed(lambda: [extract(a) for a in articles], args.repeat)
        result = {"articles": len(articles), "chars": sum(map(len, articles)), "seconds": passes}
    elif args.mode == "unseen":
        # One pass over articles the process has not met, after the others warmed the language
        # data: every per-word-form cache meets new words, as in a batch of fresh reports.
        for a in texts():
            extract(a)
        unseen = [p.read_text(encoding="utf-8") for p in sorted(UNSEEN_DIR.glob("*.txt"))]
        passes = timed(lambda: [extract(a) for a in unseen], 1)
        result = {"articles": len(unseen), "chars": sum(map(len, unseen)), "seconds": passes}
    elif args.mode == "scaling":
        # The stages after clean on the joined text: the edge trimmer would cut a joined page at
        # the first article's footer, so the record is given its text as clean would leave it.
        from rasid.pipeline import Pipeline, default_stages
        from rasid.record import Record

        after_clean = Pipeline(
            default_stages()[1:], provided=frozenset({"raw", "source", "text", "metadata"})
        )
        articles = texts()

        def record_of(n: int) -> Record:
            text = concatenated(articles, n)
            return Record(id=f"joined-{n}", text=text, title=text.split("\n", 1)[0])

        after_clean.run_one(record_of(max(SIZES)))
        sizes: dict[str, dict[str, object]] = {}
        for n in SIZES:
            runs = timed(lambda n=n: after_clean.run_one(record_of(n)), args.repeat)  # type: ignore[misc]
            sizes[str(n)] = {"chars": len(concatenated(articles, n)), "seconds": statistics.median(runs)}
        result = {"sizes": sizes}
    else:
        import trafilatura

        pages = [p.read_bytes() for p in files((".html", ".htm"))]
        for p in pages:
            extract_page(p)
            trafilatura.extract(p, include_comments=False)
        rasid_s: list[float] = []
        traf_s: list[float] = []
        for _ in range(args.repeat):  # interleaved, so both see the same machine load
            rasid_s.extend(timed(lambda: [extract_page(p) for p in pages], 1))
            traf_s.extend(timed(lambda: [trafilatura.extract(p, include_comments=False) for p in pages], 1))
        result = {"pages": len(pages), "rasid": rasid_s, "trafilatura": traf_s}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
