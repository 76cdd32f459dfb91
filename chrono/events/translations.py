"""Translations: one article told twice, in two languages, sentence by sentence.

A translation keeps what no language changes: numbers, names and dates, in the same order.  Each
sentence is reduced to those tokens; the sentences of two articles in different languages are
aligned in order (one to one, one to two, or skipped), and when nearly every sentence that carries
such tokens finds a partner sharing most of them, the articles are one article twice.  Their event
mentions in aligned sentences are then the same reports ('twins'): merging joins them even where
the two texts let us read different names or days, which otherwise keeps a translation's events
apart from its original's (issue 6: 'a translation of an article merges fully with its original').

Why tokens and not words: chrono has no bilingual dictionary, and needs none for this.  Numbers,
transliterated names and the readings of time expressions ('Kamis (16/7)', 'Thursday (July 16)')
are shared by a translation and rarely, in the same order, by two reports of one story.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

import attrs
import regex

from chrono.events.detect import GENERIC_KIND
from chrono.events.names import fold, not_name_words
from chrono.model import Document, EventMention, TimeExpression
from chrono.sentences import sentence_spans

_NUMBER = regex.compile(r"\d+")
_CAPITALIZED = regex.compile(r"(?<![\p{L}\p{M}\d])\p{Lu}[\p{L}\p{M}'’-]{2,}")
NAME_PREFIX = 6  # letters of a folded name kept: 'Kenanga'/'Kenangan', 'Indonesia'/'Indonesian' agree
INFORMATIVE = 2  # tokens a sentence needs before its partner, or lack of one, says anything
STRONG = 0.25  # Jaccard similarity of an aligned pair that shares most of what it could share
COVERAGE = 0.7  # share of the informative sentences of both articles in strong pairs
MIN_SENTENCES = 4  # informative sentences each article needs: fewer could align by chance
CANDIDATE_OVERLAP = 0.4  # share of the smaller article's tokens the other must hold to be tried
MAX_SENTENCES = 400  # longer texts are no news articles, and their alignment would cost n * m
_STEPS = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))  # alignment moves: pairs, a split sentence, a skip


@attrs.frozen
class Fingerprint:
    """What of an article survives translation, per sentence."""

    document: str
    language: str
    sentences: tuple[tuple[int, int], ...]
    tokens: tuple[frozenset[str], ...]

    @property
    def all_tokens(self) -> frozenset[str]:
        return frozenset().union(*self.tokens) if self.tokens else frozenset()

    @property
    def informative(self) -> int:
        return sum(1 for t in self.tokens if len(t) >= INFORMATIVE)


@attrs.frozen
class Alignment:
    """Two articles found to be translations, and their sentences paired: each pair is a run of
    sentence indices of the first article and one of the second.  Once the articles are known to
    be translations, a pair that shares no token (a quotation) is kept where the order puts it."""

    first: str
    second: str
    pairs: tuple[tuple[range, range], ...]


def fingerprint(document: Document, expressions: Sequence[TimeExpression],
                skip: Sequence[tuple[int, int]] = ()) -> Fingerprint:
    """The numbers, folded names (not sentence-initial) and time readings of each sentence."""
    text = document.text
    common = not_name_words(document.language)  # capitalized in one language, not in another
    spans = tuple(sentence_spans(text))
    ordered = sorted(expressions, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    tokens = []
    for s0, s1 in spans:
        sentence = text[s0:s1]
        found = {"#" + n for n in _NUMBER.findall(sentence)}
        local_skip = [(a, b) for a, b in skip if a < s1 and s0 < b]
        for m in _CAPITALIZED.finditer(sentence):
            if m.start() > 0 and m.group().lower() not in common and not any(a <= s0 + m.start() < b for a, b in local_skip):
                found.add(fold(m.group())[:NAME_PREFIX])
        found |= {_reading_token(e.reading) for e in ordered[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]}
        tokens.append(frozenset(found - {""}))
    return Fingerprint(document.id, document.language, spans, tuple(tokens))


def _reading_token(reading: object) -> str:
    """What a time expression says, as languages agree on it: 'un día después' is read as a
    duration with a link and 'a day later' as a shift, but both are one day."""
    if hasattr(reading, "unit") and hasattr(reading, "amount"):
        return f"@{reading.amount}{reading.unit.value}"
    return "@" + repr(reading)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def align(a: Fingerprint, b: Fingerprint) -> list[tuple[range, range, float]]:
    """The monotone pairing of sentence runs that maximizes the summed similarity (dynamic
    programming over the moves of ``_STEPS``); skipped sentences are left out."""
    n, m = len(a.tokens), len(b.tokens)
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    for i in range(n + 1):
        for j in range(m + 1):
            here = best.get((i, j))
            if here is None:
                continue
            for di, dj in _STEPS:
                k, l = i + di, j + dj
                if k > n or l > m:
                    continue
                score = _jaccard(frozenset().union(*a.tokens[i:k]), frozenset().union(*b.tokens[j:l])) if di and dj else 0.0
                if here + score > best.get((k, l), -1.0):
                    best[(k, l)] = here + score
                    back[(k, l)] = (i, j, score)
    path = []
    at = (n, m)
    while at != (0, 0):
        i, j, score = back[at]
        if at[0] > i and at[1] > j:
            path.append((range(i, at[0]), range(j, at[1]), score))
        at = (i, j)
    return path[::-1]


def _coverage(a: Fingerprint, b: Fingerprint, path: Iterable[tuple[range, range, float]]) -> float:
    strong = [(ra, rb) for ra, rb, score in path if score >= STRONG]
    covered = sum(1 for ra, _ in strong for i in ra if len(a.tokens[i]) >= INFORMATIVE) + \
        sum(1 for _, rb in strong for j in rb if len(b.tokens[j]) >= INFORMATIVE)
    return covered / max(1, a.informative + b.informative)


def _candidates(a: Fingerprint, b: Fingerprint, ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Worth aligning: different languages, article-sized, of comparable length, and sharing enough
    of ``ta`` and ``tb`` (the articles' tokens)."""
    if a.language == b.language or min(a.informative, b.informative) < MIN_SENTENCES:
        return False
    if max(len(a.tokens), len(b.tokens)) > MAX_SENTENCES:
        return False
    if max(len(a.tokens), len(b.tokens)) > 2 * min(len(a.tokens), len(b.tokens)) + 2:
        return False  # one to two at most: a text twice as long is no translation
    return len(ta & tb) >= CANDIDATE_OVERLAP * min(len(ta), len(tb))


def find_translations(fingerprints: Sequence[Fingerprint]) -> list[Alignment]:
    """Pairs of articles in different languages that are translations of each other."""
    found = []
    tokens = {f.document: f.all_tokens for f in fingerprints}
    for a, b in itertools.combinations(sorted(fingerprints, key=lambda f: f.document), 2):
        if not _candidates(a, b, tokens[a.document], tokens[b.document]):
            continue
        path = align(a, b)
        if _coverage(a, b, path) >= COVERAGE:
            found.append(Alignment(a.document, b.document, tuple((ra, rb) for ra, rb, _ in path)))
    return found


def twin_mentions(alignments: Sequence[Alignment], fingerprints: Sequence[Fingerprint],
                  mentions: Sequence[EventMention]) -> list[tuple[str, str]]:
    """Mention id pairs that report the same thing in a translation: in aligned sentences, the
    first mention of a kind in one with the first of that kind in the other, and so on; and the
    one mention left on each side when one of them is of no known kind."""
    by_doc = {f.document: f for f in fingerprints}
    of_doc: dict[str, list[EventMention]] = {}
    for m in mentions:
        of_doc.setdefault(m.document, []).append(m)
    twins = []
    for al in alignments:
        fa, fb = by_doc[al.first], by_doc[al.second]
        for ra, rb in al.pairs:
            left = _in_sentences(of_doc.get(al.first, ()), fa, ra)
            right = _in_sentences(of_doc.get(al.second, ()), fb, rb)
            paired = []
            for kind in dict.fromkeys(m.kind for m in left):
                paired.extend(zip((m for m in left if m.kind == kind), (m for m in right if m.kind == kind)))
            rest_left = [m for m in left if all(m is not x for x, _ in paired)]
            rest_right = [m for m in right if all(m is not y for _, y in paired)]
            if len(rest_left) == 1 and len(rest_right) == 1 and GENERIC_KIND in (rest_left[0].kind, rest_right[0].kind):
                paired.append((rest_left[0], rest_right[0]))  # one language knows the trigger, the other only its date
            twins.extend((x.id, y.id) for x, y in paired)
    return twins


def _in_sentences(mentions: Iterable[EventMention], f: Fingerprint, run: range) -> list[EventMention]:
    start, end = f.sentences[run[0]][0], f.sentences[run[-1]][1]
    return sorted((m for m in mentions if start <= m.trigger_start < end), key=lambda m: (m.trigger_start, m.id))
