"""Benchmark: time-expression tagging speed (MB of text per second), not a test.

    python bench/tag_speed.py [--corpus DIR_OF_TML_OR_TXT] [--dateparser] [--repeat N]

Times chrono's recognizer with language detection included, on one core, over the given texts
(default: ../shared/eval-data/tbaq-cleaned when present, else corpus/), and with --dateparser
dateparser's search_dates on the seed articles, with detection and with 'en' fixed, for reference.
Prints one JSON line per measurement.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _texts(folder: pathlib.Path) -> list[str]:
    texts = []
    for p in sorted(folder.rglob("*")):
        if p.suffix == ".tml":
            raw = p.read_text(encoding="utf-8")
            m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
            texts.append(re.sub(r"<[^>]+>", "", m.group(1) if m else raw))
        elif p.suffix in (".txt", ".md"):
            texts.append(p.read_text(encoding="utf-8"))
    return texts


def bench_chrono(texts: list[str], repeat: int = 5) -> dict:
    from chrono.corpus import detect_language
    from chrono.timex.recognize import recognize

    from chrono.languages import available_languages

    for code in available_languages():  # compile every grammar before timing: a one-off cost
        recognize("warm up", code)
    detect_language("warm up the detector")
    size = sum(len(t.encode("utf-8")) for t in texts)
    runs = []
    for _ in range(repeat):  # the median of several runs: one run on a shared machine is noise
        start = time.perf_counter()
        found = 0
        for t in texts:
            found += len(recognize(t, detect_language(t)))
        runs.append(time.perf_counter() - start)
    seconds = statistics.median(runs)
    return {"bench": "tag", "tool": "chrono", "bytes": size, "expressions": found, "runs": repeat,
            "seconds": round(seconds, 3), "mb_per_s": round(size / seconds / 1e6, 3),
            "best_mb_per_s": round(size / min(runs) / 1e6, 3)}


def bench_dateparser(texts: list[str], languages: list[str] | None) -> dict:
    from dateparser.search import search_dates

    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for t in texts:
        search_dates(t, languages=languages)
    seconds = time.perf_counter() - start
    return {"bench": "tag", "tool": "dateparser.search_dates", "languages": languages, "bytes": size,
            "seconds": round(seconds, 3), "kb_per_s": round(size / seconds / 1e3, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = ROOT.parent / "shared" / "eval-data" / "tbaq-cleaned"
    ap.add_argument("--corpus", type=pathlib.Path, default=default if default.is_dir() else ROOT / "corpus")
    ap.add_argument("--dateparser", action="store_true", help="also time dateparser on the seed articles")
    ap.add_argument("--repeat", type=int, default=5, help="runs over the corpus; the median is reported")
    args = ap.parse_args(argv)
    print(json.dumps({**bench_chrono(_texts(args.corpus), args.repeat), "corpus": str(args.corpus)}))
    if args.dateparser:
        seeds = _texts(ROOT / "corpus")
        print(json.dumps(bench_dateparser(seeds, None)))
        print(json.dumps(bench_dateparser(seeds, ["en"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
