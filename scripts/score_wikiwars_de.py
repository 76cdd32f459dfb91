"""Scorer: chrono's German tagger against WikiWarsDE inline TIMEX2 gold (VAL only).

Usage: python scripts/score_wikiwars_de.py ../shared/eval-data/wikiwars-de [--dct 2011-02-16] [--show N]

Recognition is scored with relaxed (overlap) and strict (same span) matching; value accuracy is the
share of overlap-matched gold timexes whose VAL equals chrono's TIMEX3 value (TIMEX2 and TIMEX3 share
the value syntax for dates, times, durations, centuries, decades, seasons and PRESENT_REF/PAST_REF).
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import html
import pathlib
import re

from chrono import tag

TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(path: pathlib.Path):
    raw = path.read_text(encoding="utf-8")
    start = raw.index("<TEXT>") + len("<TEXT>")
    end = raw.index("</TEXT>")
    body = raw[start:end]
    text, gold, stack, pos = [], [], [], 0
    length = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX2":
            continue
        if not closing:
            stack.append((length, dict(ATTR.findall(attrs))))
        else:
            s, a = stack.pop()
            gold.append((s, length, a))
    chunk = html.unescape(body[pos:])
    text.append(chunk)
    return "".join(text), gold


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--dct", default="2011-02-16")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    dct = dt.date.fromisoformat(args.dct)
    files = sorted(pathlib.Path(args.root, "keyinline").glob("*.xml"))
    n_gold = n_sys = relaxed = strict = value_ok = 0
    errors = collections.Counter()
    examples = []
    for f in files:
        text, gold = parse(f)
        gold = [g for g in gold if g[2].get("val")]  # a TIMEX2 without VAL has nothing to compare
        found = tag(text, dct=dct, lang="de")
        sys_spans = [(e.start, e.end, e) for e in found]
        n_gold += len(gold)
        n_sys += len(sys_spans)
        used = set()
        for gs, ge, attrs in gold:
            best, best_ov = None, 0
            for i, (ss, se, e) in enumerate(sys_spans):
                if i in used:
                    continue
                ov = overlap((gs, ge), (ss, se))
                if ov > best_ov:
                    best, best_ov = i, ov
            if best is None:
                errors["missed"] += 1
                if len(examples) < args.show:
                    examples.append((f.stem, text[gs:ge], attrs["val"], "MISSED", ""))
                continue
            used.add(best)
            ss, se, e = sys_spans[best]
            relaxed += 1
            strict += (ss, se) == (gs, ge)
            gv = attrs["val"]
            if e.timex.value == gv:
                value_ok += 1
            else:
                kind = ("year-less date (DCT-anchored)" if re.fullmatch(r"\d{4}-\d\d(-\d\d)?", gv)
                        and e.timex.value[:4] != gv[:4] else "other")
                errors[kind] += 1
                if len(examples) < args.show:
                    examples.append((f.stem, text[gs:ge], gv, e.text, e.timex.value))

    def f1(p, r):
        return 2 * p * r / (p + r) if p + r else 0.0

    p, r = relaxed / n_sys, relaxed / n_gold
    sp, sr = strict / n_sys, strict / n_gold
    print(f"files {len(files)}  gold timexes with VAL {n_gold}  chrono expressions {n_sys}  dct {dct}")
    print(f"recognition relaxed: P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}   strict: P {sp:.3f} R {sr:.3f} F1 {f1(sp, sr):.3f}")
    print(f"value accuracy on relaxed matches: {value_ok}/{relaxed} = {value_ok / relaxed:.3f}")
    vp, vr = value_ok / n_sys, value_ok / n_gold
    print(f"value (correct VAL over system / gold): P {vp:.3f} R {vr:.3f} F1 {f1(vp, vr):.3f}")
    print("unmatched/mismatched:", dict(errors))
    for ex in examples:
        print("  ", ex)


if __name__ == "__main__":
    main()
