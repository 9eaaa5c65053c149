"""Memory of the per-word-form caches once a long batch has filled them.

A batch of millions of articles meets new word forms all the time, so every per-form cache
fills to its bound and starts again. This fills the three largest (the lexicons' readings,
`rasid.lang.ar.match`; the date grammar's clitic forms, `rasid.recognise.dates.lexicon`; the
place context's readings, `rasid.link.context`) with 250,000 made-up forms after a warm-up on
20 real articles, and prints the process's resident memory before and at its peak, and the CPU
time. Compare trees with PYTHONPATH:

    PYTHONPATH=/tmp/base/src .venv/bin/python bench/bench_form_caches.py
    .venv/bin/python bench/bench_form_caches.py
"""

from __future__ import annotations

import gc
import random
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
WARM = REPO / "tests" / "gold" / "dev2-tune"
FORMS = 250_000
BATCH = 2_000  # words per article-sized lookup
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةى"
CLITICS = ("", "", "و", "ب", "ال", "وال", "لل", "فال", "بال")


def made_up_forms(n: int) -> list[str]:
    """n distinct Arabic-letter forms of 3 to 8 letters, some with a proclitic (fixed seed)."""
    rng = random.Random(7)
    out: dict[str, None] = {}
    while len(out) < n:
        out[rng.choice(CLITICS) + "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 8)))] = None
    return list(out)


def main() -> None:
    import rasid.lang.ar.match as match
    import rasid.link.context as context
    import rasid.recognise.dates.lexicon as dates
    from rasid.pipeline import default_pipeline
    from rasid.read import read_string

    pipeline = default_pipeline()
    for path in sorted(WARM.glob("*.txt"))[:20]:
        pipeline.run_one(read_string(path.read_text(encoding="utf-8")))
    date_lexicon = next(o for o in gc.get_objects() if isinstance(o, dates.DateLexicon))
    place_contexts = [o for o in gc.get_objects() if isinstance(o, context.PlaceContext)]
    forms = made_up_forms(FORMS)
    process = psutil.Process()
    gc.collect()
    before = peak = process.memory_info().rss
    start = time.process_time()
    for i in range(0, len(forms), BATCH):
        batch = forms[i : i + BATCH]
        match.LEXICONS.index(batch)
        for word in batch:
            date_lexicon.may_start(word)
            for ctx in place_contexts:
                ctx.readings(word)
        peak = max(peak, process.memory_info().rss)
    cpu = time.process_time() - start
    mb = 2**20
    print(
        f"bounds: lexicon readings {match._FORMS_CACHE}, date forms {dates._FORMS_CACHE}, "
        f"place context {context.READINGS_KEPT}; RSS {before / mb:.0f} MB, peak {peak / mb:.0f} MB "
        f"(+{(peak - before) / mb:.0f}); {cpu:.1f} s CPU for {FORMS:,} forms"
    )


if __name__ == "__main__":
    main()
