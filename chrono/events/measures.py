"""The size a report gives its event: a quake's magnitude ('magnitud 5,6', '5.6-magnitude',
'berkekuatan 5,6 SR'). Two tremors of different sizes are two events, however close their days:
without it an article's 'aftershock of magnitude 5.6 two weeks ago' joins another article's 5.2
aftershock of the day after the quake, and that wrong day moves the article's publication."""
from __future__ import annotations

import functools

import regex

from chrono.languages import load_lexicon
from chrono.timex.grammar import _alternation

# how far from its trigger a magnitude may stand ('una réplica, de magnitud 5,6, sacudió')
MAGNITUDE_REACH = 40
# agencies differ on one tremor (one says 5.4, another 5.6); sizes further apart are two tremors
SAME_SIZE = 0.3

_NUMBER = r"(?P<n>\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]?\d)"


@functools.cache
def _magnitude_pattern(code: str) -> "regex.Pattern[str] | None":
    lexicon = load_lexicon(code)
    parts = []
    if lexicon.magnitude_before:
        parts.append(rf"(?<![\p{{L}}]){_alternation(lexicon.magnitude_before)}[\s:-]*{_NUMBER}")
    if lexicon.magnitude_after:
        parts.append(rf"(?<![\d.,]){_NUMBER}[\s-]*{_alternation(lexicon.magnitude_after)}(?![\p{{L}}])")
    return regex.compile("|".join(parts), regex.IGNORECASE) if parts else None


def magnitude(text: str, trigger: tuple[int, int], span: tuple[int, int], code: str) -> float | None:
    """The magnitude told beside the trigger, inside ``span`` (its clause); the nearest one."""
    pattern = _magnitude_pattern(code)
    if pattern is None:
        return None
    t0, t1 = trigger
    lo, hi = max(span[0], t0 - MAGNITUDE_REACH), min(span[1], t1 + MAGNITUDE_REACH)
    found = [(max(0, m.start() - t1, t0 - m.end()), m.start(), float(m.group("n").replace(",", ".")))
             for m in pattern.finditer(text, lo, hi, overlapped=True)]
    return min(found)[2] if found else None


def different_sizes(a: set[float], b: set[float]) -> bool:
    """Both tell a size and no two of them could be the same tremor's."""
    return bool(a and b) and all(abs(x - y) > SAME_SIZE for x in a for y in b)


__all__ = ["MAGNITUDE_REACH", "SAME_SIZE", "different_sizes", "magnitude"]
