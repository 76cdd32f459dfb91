"""Fit the confidence table on gold timelines and report Brier scores (a development tool).

    python scripts/fit_confidence.py [--write]

Gold: tests/data/seeds_gold.json on corpus/, and every tests/data/clusters/*/gold.json and
tests/data/heldout/*/gold.json on its folder, in both modes. For each gold mention matched to a system event (as the seed scorer
matches: trigger overlap first, then mention overlap), 'right' means the event's range contains
the truth and lies within the gold bounds. Cells are those of chrono.confidence.cell_keys.
Prints the in-sample Brier and a leave-one-corpus-out Brier (each corpus scored with a table
fitted on the others); --write stores the table in chrono/data/confidence.json.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chrono import build_timeline  # noqa: E402
from chrono.confidence import TABLE_PATH, cell_keys, range_confidence  # noqa: E402

MIN, MAX = dt.date.min, dt.date.max


def _d(value, default):
    return dt.date.fromisoformat(value) if value else default


def corpora():
    yield "seeds", ROOT / "corpus", json.loads((ROOT / "tests/data/seeds_gold.json").read_text(encoding="utf-8"))
    for folder in ("clusters", "heldout"):
        for gold in sorted((ROOT / "tests/data" / folder).glob("*/gold.json")):
            yield gold.parent.name, gold.parent, json.loads(gold.read_text(encoding="utf-8"))


def observations(folder: pathlib.Path, gold: dict, mode: str) -> list[tuple[tuple[str, ...], dict, bool]]:
    anchors = {k: dt.date.fromisoformat(v) for k, v in gold["modes"][mode]["anchors"].items()}
    tl = build_timeline([folder], now=dt.date.fromisoformat(gold.get("now", "2026-11-22")), anchors=anchors)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    out = []
    corpus_dated = any(e.when.closed for e in tl.entries)
    for g in gold["events"]:
        t0, t1 = _d(g["truth"][0], MIN), _d(g["truth"][1], MAX)
        b0, b1 = _d(g["bounds"][mode][0], MIN), _d(g["bounds"][mode][1], MAX)
        for m in g["mentions"]:
            q0 = texts[m["doc"]].find(m["quote"])
            q1 = q0 + len(m["quote"])
            best = None
            for entry in tl.entries:
                for sm in entry.event.mentions:
                    if sm.document != m["doc"]:
                        continue
                    t_ov = max(0, min(sm.trigger_end, q1) - max(sm.trigger_start, q0))
                    m_ov = max(0, min(sm.end, q1) - max(sm.start, q0))
                    if t_ov or m_ov:
                        key = (t_ov > 0, t_ov, -(sm.end - sm.start), m_ov)
                        if best is None or key > best[0]:
                            best = (key, entry)
            if best is None:
                continue
            e = best[1]
            lo = dt.date.fromordinal(e.when.earliest) if e.when.earliest is not None else MIN
            hi = dt.date.fromordinal(e.when.latest) if e.when.latest is not None else MAX
            right = lo <= t1 and t0 <= hi and b0 <= lo and hi <= b1
            closed = e.when.closed
            features = {"weights": [e.weakest] if e.weakest is not None else [], "sources": e.sources,
                        "granularity": e.when.granularity, "days": e.when.days if closed else None,
                        "corpus_dated": corpus_dated}
            out.append((cell_keys(e.when.granularity, e.weakest, e.sources, open_range=not closed,
                                  corpus_dated=corpus_dated), features, right))
    return out


def fit(obs) -> dict[str, list[int]]:
    cells: dict[str, list[int]] = {}
    for keys, _, right in obs:
        for k in keys:
            c = cells.setdefault(k, [0, 0])
            c[0] += right
            c[1] += 1
    return cells


def brier(obs, table) -> float:
    if not obs:
        return float("nan")
    total = 0.0
    for _, f, right in obs:
        p = range_confidence(f["weights"], sources=f["sources"], days=f["days"], granularity=f["granularity"],
                             corpus_dated=f["corpus_dated"],
                             table={k: tuple(v) for k, v in table.items()})
        total += (p - right) ** 2
    return total / len(obs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    by_corpus = {}
    for name, folder, gold in corpora():
        by_corpus[name] = [o for mode in gold["modes"] for o in observations(folder, gold, mode)]
    everything = [o for obs in by_corpus.values() for o in obs]
    table = fit(everything)
    print(json.dumps({"observations": len(everything), "brier_prior": round(brier(everything, {}), 3),
                      "brier_in_sample": round(brier(everything, table), 3)}))
    for name, obs in by_corpus.items():
        others = fit([o for n, os_ in by_corpus.items() if n != name for o in os_])
        print(json.dumps({"held_out": name, "observations": len(obs), "brier_prior": round(brier(obs, {}), 3),
                          "brier_fitted_on_others": round(brier(obs, others), 3)}))
    if args.write:
        TABLE_PATH.parent.mkdir(parents=True, exist_ok=True)
        TABLE_PATH.write_text(json.dumps({"fitted_on": sorted(by_corpus), "cells": dict(sorted(table.items()))},
                                         indent=1) + "\n", encoding="utf-8")
        print(f"wrote {TABLE_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
