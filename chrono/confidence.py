"""The probability that a printed range holds the true date (DESIGN.md section 6).

Built from the weights of the constraints that fixed the range's bounds (the weakest link of the
chain), corroboration by independent articles, and the width of the range.  The constants below
are the model's parameters; they are fitted on the gold files (see docs/accuracy.md), not tuned
inside a stage.
"""
from __future__ import annotations

import math
from typing import Sequence

CORROBORATION = 0.6   # each further independent article multiplies the doubt by this
WIDTH_RELIEF = 0.35   # a range of 10^k days divides the doubt by (1 + k * WIDTH_RELIEF)
NO_EVIDENCE = 0.5


def range_confidence(weights: Sequence[float], *, sources: int, days: int | None) -> float:
    """Confidence for a range fixed by constraints of these ``weights``, reported by ``sources``
    independent articles, ``days`` wide (None: unbounded on a side, which can hardly be wrong)."""
    if days is None:
        return 0.99
    base = min(weights) if weights else NO_EVIDENCE
    doubt = (1.0 - base) * CORROBORATION ** max(0, sources - 1)
    doubt /= 1.0 + WIDTH_RELIEF * math.log10(max(1, days))
    return round(min(0.99, max(0.01, 1.0 - doubt)), 3)
