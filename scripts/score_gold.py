"""Score chrono on every gold corpus in both modes, and compare two runs (a development tool).

    python scripts/score_gold.py [--code DIR] [--out RUN.json]     # score, print means
    python scripts/score_gold.py --compare OLD.json NEW.json      # what moved

Gold corpora: the seeds (tests/data/seeds_gold.json on corpus/) and every
tests/data/clusters/*/gold.json and tests/data/heldout/*/gold.json on its folder. Each is scored
with ../shared/tools/score_timeline.py running `python -m chrono`; --code puts another copy of
the package first on the path, so a change can be compared with the code it replaces.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_timeline.py"
MODES = ("anchored", "corpus-only")
METRICS = ("dated_correct", "sound", "merged", "overmerged_pairs", "documents_dated")


def corpora() -> list[tuple[str, pathlib.Path, pathlib.Path]]:
    found = [("seeds", ROOT / "tests/data/seeds_gold.json", ROOT / "corpus")]
    for folder in ("clusters", "heldout"):
        for gold in sorted((ROOT / "tests/data" / folder).glob("*/gold.json")):
            found.append((gold.parent.name, gold, gold.parent))
    return found


def score_one(name: str, gold: pathlib.Path, corpus: pathlib.Path, mode: str, code: str | None) -> dict:
    env = dict(os.environ)
    if code:
        env["PYTHONPATH"] = code
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(gold), "--corpus", str(corpus), "--mode", mode,
         "--cmd", f"{sys.executable} -m chrono"],
        capture_output=True, text=True, env=env, timeout=900, cwd=code or ROOT)  # `-m` puts cwd first on the path
    figures = {"corpus": name, "mode": mode}
    lines = proc.stdout.strip().splitlines()
    try:
        figures.update(json.loads(lines[-1]))
    except (IndexError, json.JSONDecodeError):
        figures["error"] = (proc.stderr or proc.stdout)[-500:]
    return figures


def means(rows: list[dict], mode: str) -> dict:
    chosen = [r for r in rows if r["mode"] == mode and r["corpus"] != "seeds" and "error" not in r]
    out = {}
    for metric in METRICS:
        values = [r[metric] for r in chosen if metric in r]
        out[metric] = round(sum(values) / len(values), 3) if metric != "overmerged_pairs" else int(sum(values))
    return out


def compare(old: list[dict], new: list[dict]) -> None:
    before = {(r["corpus"], r["mode"]): r for r in old}
    for r in new:
        o = before.get((r["corpus"], r["mode"]))
        if not o:
            continue
        moved = [f"{m} {o.get(m)} -> {r.get(m)}" for m in METRICS + ("brier",) if o.get(m) != r.get(m)]
        if moved:
            print(f"{r['corpus']:<18} {r['mode']:<12} " + "; ".join(moved))
    for mode in MODES:
        print(mode, means(old, mode), "->", means(new, mode))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--code", help="a directory holding another copy of the chrono package")
    ap.add_argument("--out", help="write every corpus's figures here as JSON")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"))
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    if args.compare:
        old, new = (json.loads(pathlib.Path(p).read_text(encoding="utf-8")) for p in args.compare)
        compare(old, new)
        return
    jobs = [(name, gold, corpus, mode) for name, gold, corpus in corpora() for mode in MODES]
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda job: score_one(*job, args.code), jobs))
    for r in rows:
        if "error" in r:
            print(f"{r['corpus']} {r['mode']}: {r['error']}", file=sys.stderr)
    if args.out:
        pathlib.Path(args.out).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    for mode in MODES:
        print(mode, means(rows, mode))


if __name__ == "__main__":
    main()
