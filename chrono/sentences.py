"""Sentence and clause boundaries: the unit in which tense, participants and times are read."""
from __future__ import annotations

import bisect
from collections.abc import Collection

import attrs
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


# where a subordinate clause inside a sentence closes; never at the comma of a number ('23,6 millones')
_CLAUSE_END = regex.compile(r"(?<!\d),|,(?!\d)|[;:—–]|\s-\s")
# a name set off by commas after a noun ('del ministro del Interior, Jorge Benavides, el domingo'):
# an apposition inside the clause, whose commas do not close it
_APPOSITIVE_NAME = regex.compile(r",\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?=,)")


@attrs.frozen
class Clauses:
    """The clauses of one sentence, cut at words that open a contrasting or subordinate clause
    ('while', 'after', 'sedangkan').  A subordinate clause ('after dockworkers ratified the deal')
    runs to the next comma: the words after it belong to the clause it interrupts again, so 'On
    Tuesday, after months of talks, they signed' keeps Tuesday and 'signed' together while
    'docked on Saturday after dockworkers ratified the deal' keeps Saturday from 'ratified'."""

    pieces: tuple[tuple[int, int, int], ...]  # (start, end, clause id), in order, covering the sentence
    subordinate: frozenset[int]  # ids of subordinate clauses
    relative: frozenset[int] = frozenset()  # ids of those opened by a relative word (', which')

    def __call__(self, position: int) -> int:
        """The id of the clause holding ``position``."""
        return self.pieces[self._index(position)][2]

    def span(self, position: int) -> tuple[int, int]:
        """The piece of its clause that holds ``position``."""
        start, end, _ = self.pieces[self._index(position)]
        return start, end

    def is_subordinate(self, position: int) -> bool:
        return self(position) in self.subordinate

    def is_relative(self, position: int) -> bool:
        return self(position) in self.relative

    def _index(self, position: int) -> int:
        return max(0, bisect.bisect_right([p[0] for p in self.pieces], position) - 1)


def clauses_of(text: str, s0: int, s1: int, cuts: "regex.Pattern[str] | None",
               subordinate: "regex.Pattern[str] | None" = None,
               relative: "regex.Pattern[str] | None" = None,
               coordinated: "regex.Pattern[str] | None" = None, open_commas: Collection[int] = ()) -> Clauses:
    """The clauses of ``text[s0:s1]``: ``cuts`` finds the words that open a clause, ``subordinate``
    those of them whose clause closes at the next comma, ``relative`` those of these that open a
    relative clause (', which'), and ``coordinated`` the conjunctions by which a clause word cut
    right at a relative clause's end goes on with it ('un paro que comenzó el 6 de octubre y que
    este martes cumple 35 días').  ``open_commas``: positions of commas that close no subordinate
    clause, since what follows them goes on telling of its last noun ('tres días después de la primera
    ronda de conversaciones, celebrada el sábado')."""
    opened = [m.start() for m in cuts.finditer(text, s0, s1)] if cuts is not None else []
    pieces: list[tuple[int, int, int]] = []
    subs: set[int] = set()
    relatives: set[int] = set()
    position, current, fresh = s0, 0, 0
    for k, cut in enumerate(opened):
        if cut < position:
            continue  # inside a subordinate clause already closed past it
        if cut > position:
            pieces.append((position, cut, current))
        going_on = (coordinated is not None and pieces and pieces[-1][1] == cut and pieces[-1][2] in relatives
                    and coordinated.match(text, cut, s1))
        if not going_on:
            fresh += 1
        opener = going_on or (subordinate.match(text, cut, s1) if subordinate is not None else None)
        if opener:
            limit = opened[k + 1] if k + 1 < len(opened) else s1
            close = _CLAUSE_END.search(text, opener.end(), limit)  # ', which ...,': not at its own comma
            while close is not None and ((name := _APPOSITIVE_NAME.match(text, close.start(), limit))
                                         or close.start() in open_commas):
                # 'la renuncia del ministro, Jorge Benavides, el domingo'; 'after a second round, held on March 27, ended'
                close = _CLAUSE_END.search(text, name.end() + 1 if name else close.end(), limit)
            end = close.start() if close else limit
            pieces.append((cut, end, fresh))
            subs.add(fresh)
            if going_on or (relative is not None and relative.match(text, cut, s1)):
                relatives.add(fresh)
            position = end  # the interrupted clause goes on
        else:
            position, current = cut, fresh
    if position < s1 or not pieces:
        pieces.append((position, s1, current))
    return Clauses(tuple(pieces), frozenset(subs), frozenset(relatives))
