"""The probability that a printed range holds the true date (DESIGN.md section 6).

An event's confidence is read from a table fitted on gold timelines (`scripts/fit_confidence.py`
writes `chrono/data/confidence.json`): the share of gold mentions whose range was right and as
precise as the articles allowed, per cell of (granularity of the range, weakest weight of the
chain that fixed it, number of independent articles), smoothed, with coarser cells as fall-backs.
An undated or open range is split by whether the rest of the corpus dates anything: alone in a
corpus without dates it is as much as can be said; beside dated events it usually is not.
Where the table has too little evidence, a prior built from the same features is used.
"""
from __future__ import annotations

import functools
import json
import math
import pathlib
from typing import Mapping, Sequence

TABLE_PATH = pathlib.Path(__file__).parent / "data" / "confidence.json"
MIN_EVIDENCE = 4       # mentions a cell needs before it is trusted over a coarser one
CORROBORATION = 0.6    # prior: each further independent article multiplies the doubt by this
WIDTH_RELIEF = 0.35    # prior: a range of 10^k days divides the doubt by (1 + k * WIDTH_RELIEF)
NO_EVIDENCE = 0.5
OPEN_AMONG_DATED = 0.15  # prior: an open range where other events of the corpus are dated


def weight_band(weakest: float | None) -> str:
    if weakest is None:
        return "none"
    return "strong" if weakest >= 0.9 else "medium" if weakest >= 0.75 else "weak"


def cell_keys(granularity: str, weakest: float | None, sources: int, *, open_range: bool = False,
              corpus_dated: bool = False) -> tuple[str, ...]:
    """From the most specific cell to the coarsest."""
    if open_range:
        granularity = f"{granularity}|{'among-dated' if corpus_dated else 'alone'}"
    band, many = weight_band(weakest), "many" if sources >= 2 else "one"
    return (f"{granularity}|{band}|{many}", f"{granularity}|{band}", granularity)


@functools.cache
def fitted_table(path: pathlib.Path = TABLE_PATH) -> Mapping[str, tuple[int, int]]:
    """Cell -> (right, total) from the fitted data file; empty when there is none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: (int(v[0]), int(v[1])) for k, v in data.get("cells", {}).items()}


def prior_confidence(weights: Sequence[float], *, sources: int, days: int | None,
                     corpus_dated: bool = False) -> float:
    if days is None:
        return OPEN_AMONG_DATED if corpus_dated else 0.99
    base = min(weights) if weights else NO_EVIDENCE
    doubt = (1.0 - base) * CORROBORATION ** max(0, sources - 1)
    doubt /= 1.0 + WIDTH_RELIEF * math.log10(max(1, days))
    return min(0.99, max(0.01, 1.0 - doubt))


def range_confidence(weights: Sequence[float], *, sources: int, days: int | None, granularity: str = "",
                     corpus_dated: bool = False, table: Mapping[str, tuple[int, int]] | None = None) -> float:
    """Confidence for a range of this granularity, fixed by constraints of these ``weights``,
    reported by ``sources`` independent articles, ``days`` wide (None: open on a side);
    ``corpus_dated``: some event of the corpus has a closed range."""
    table = fitted_table() if table is None else table
    weakest = min(weights) if weights else None
    prior = prior_confidence(weights, sources=sources, days=days, corpus_dated=corpus_dated)
    keys = cell_keys(granularity, weakest, sources, open_range=days is None, corpus_dated=corpus_dated)
    for key in keys if granularity else ():
        right, total = table.get(key, (0, 0))
        if total >= MIN_EVIDENCE:
            # the fitted rate, pulled towards the prior by two pseudo-observations
            return round(min(0.99, max(0.01, (right + 2 * prior) / (total + 2))), 3)
    return round(prior, 3)
