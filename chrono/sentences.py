"""Sentence and clause boundaries: the unit in which tense, participants and times are read."""
from __future__ import annotations

import regex

# A sentence ends at . ! ? or a line break, followed by blanks and a capital, a quote or a digit.
# Abbreviations such as "Oct." or "Mr." are not ends when a lowercase word or a digit follows.
_BOUNDARY = regex.compile(r"(?<=[.!?…][\"'”’)]?)\s+(?=[\"'“‘(]?[\p{Lu}\d])|\n\s*\n|\n(?=\s*\S)")
_ABBREVIATION = regex.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Jr|Sr|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Vol|Inc|Corp|Ltd|Co|vs|U\.S|U\.N|Tgl|tgl)\.|\b\p{Lu}\.)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, in order, without surrounding blanks."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _ABBREVIATION.search(text[max(start, m.start() - 8): m.start()]) and not m.group().count("\n"):
            continue
        _append(text, start, m.start(), spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_of(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """The sentence span holding ``position`` (binary search over sorted spans)."""
    lo, hi = 0, len(spans) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if position < s:
            hi = mid - 1
        elif position >= e:
            lo = mid + 1
        else:
            return s, e
    return (position, position)
