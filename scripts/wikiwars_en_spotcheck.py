"""Spot check of English narrative values: chrono against the WikiWars (English) values in
``../shared/eval-data/wikiwars-en-derived`` (records of text, VAL and context, no spans, no DCT).

Each document's contexts are joined in order into one text and tagged with a 2010-01-01 document
date (the corpus's time); a record counts as found when a chrono expression overlaps the first
occurrence of its text in its own context. This checks value normalization in history narratives,
not extraction (the records are not gold spans).

Usage: python scripts/wikiwars_en_spotcheck.py ../shared/eval-data/wikiwars-en-derived [--show N]
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import pathlib
import re

from chrono import tag

TIMEX2_DEBRIS = re.compile(r"</?TIMEX2[^>]*>?|/?TIMEX2>?")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--dct", default="2010-01-01")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    records = json.loads(pathlib.Path(args.root, "wikiwars_all.json").read_text(encoding="utf-8"))
    docs: dict[str, list[dict]] = collections.defaultdict(list)
    for r in records:
        docs[r["doc"]].append(r)
    total = found = right = 0
    wrong = []
    for doc, rs in docs.items():
        parts = [TIMEX2_DEBRIS.sub(" ", r["context"]).strip() + "." for r in rs]
        offsets, pos = [], 0
        for part in parts:
            offsets.append(pos)
            pos += len(part) + 2
        expressions = tag("\n\n".join(parts), dct=dt.date.fromisoformat(args.dct), lang="en")
        for r, offset, part in zip(rs, offsets, parts):
            i = part.find(r["text"])
            if i < 0:
                continue
            a, b = offset + i, offset + i + len(r["text"])
            total += 1
            hit = next((e for e in expressions if e.start < b and a < e.end), None)
            if hit is None:
                continue
            found += 1
            if hit.timex.value == r["val"]:
                right += 1
            else:
                wrong.append((doc, r["text"], r["val"], hit.text, hit.timex.value))
    print(f"records {total}  found {found}  value right {right} = {right / found:.3f} of found, {right / total:.3f} of all")
    for w in wrong[:args.show]:
        print("  ", w)


if __name__ == "__main__":
    main()
