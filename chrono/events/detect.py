"""Event mentions: trigger words per sentence, with participants, place and governing times.

A time expression belongs to the nearest trigger of its sentence; a trigger without one inherits
the nearest of the sentence (a weaker reading).  A sentence that dates something but has no known
trigger still yields a mention (kind ``event``) so that no dated statement is dropped.
"""
from __future__ import annotations

import bisect
import functools
from typing import Mapping, Sequence

import attrs
import regex
import simplemma

from chrono.events.actions import action_of, actions_in, is_infinitive, trigger_actions, verbs_in
from chrono.events.measures import alert_levels, amounts, magnitude, tally
from chrono.events.names import Name, find_names, headline_span, resolve_names
from chrono.languages import load_lexicon
from chrono.model import Document, EventMention, TimeExpression
from chrono.readings import Direction, Duration, Elapsed, Holiday, Reference, Tense, Unit, Calendar, Decade, PartOf, Quarter, RelativeDay, RelativeUnit, SeasonOf, Shift, Weekday, names_a_day
from chrono.sentences import Clauses, clauses_of, sentence_spans
from chrono.timex.grammar import _alternation, whole_words
from chrono.timex.recognize import (SUPERSEDED, anaphoric_count, counts_forward, future_marker_at, superseded_phrase,
                                    tense_at, tense_marker, void_between)

DATING_READINGS = (Calendar, Weekday, RelativeDay, RelativeUnit, Shift, PartOf, Quarter, SeasonOf, Decade, Holiday)
GENERIC_KIND = "event"
REPORT_KIND = "report"  # 'said', 'kata': a time beside it dates the report, not the news
# a dated saying that is its sentence's only dated news ('will stay closed, officials said on Monday')
STATEMENT_KIND = "statement"
QUOTES = regex.compile(r"[\"“”«»„]")  # a time inside a quotation is the speaker's, not the report's
REPORT_REACH = 40  # characters: 'kata Kepala BPBD Sikka Ahmad, Jumat (19/9/2025)'
ONGOING_REACH = 80  # characters around a trigger where 'is taking place' speaks of it
PLACE_REACH = 50    # characters around a trigger where 'in Moscow' names its place


def is_dating(expr: TimeExpression) -> bool:
    """Whether an expression says when something happened: not 'until 2026', not a duration, not a
    plan that was not kept ('originally scheduled for July 30').  'Closed since Wednesday' dates the closing."""
    if not isinstance(expr.reading, DATING_READINGS) or expr.relation in ("until", SUPERSEDED):
        return False
    if (isinstance(expr.reading, Calendar) and expr.reading.year is None and expr.reading.month is None
            and expr.reading.day is None):
        return False  # a clock time alone
    return True


GAP = "*"  # in a trigger phrase, up to GAP_WORDS words: 'raised * alert' finds 'raised the volcano's alert'
GAP_WORDS = 3


@attrs.frozen
class _Triggers:
    plain: "regex.Pattern[str]"
    kind_of: dict[str, str]  # a plain trigger's folded words -> its kind
    gapped: "regex.Pattern[str] | None"  # phrases with a gap, one named group each
    gap_kind: dict[str, str]  # group name -> kind
    ongoing: "regex.Pattern[str]"
    boilerplate: "regex.Pattern[str]"
    lemmas: "_Lemmas | None" = None
    # 'Sondersitzung', 'Kabinetts-Sitzung': a compound ending in a trigger noun (group ``head``)
    compound: "regex.Pattern[str] | None" = None
    compound_exceptions: tuple[str, ...] = ()

    def find(self, text: str, s0: int, s1: int, avoid: Sequence[tuple[int, int]] = ()) -> list[tuple[tuple[int, int], str]]:
        """(span, kind) of the triggers of ``text[s0:s1]`` in text order, none on a span of ``avoid``
        (time expressions); a phrase with a gap ('lowered the volcano's alert', 'declared a 14-day
        emergency') wins over the plain triggers inside it, and only its own words must avoid them."""
        def clear(a: int, b: int) -> bool:
            return not any(a < y and x < b for x, y in avoid)

        def taken(a: int, b: int) -> bool:
            return any(a < y and x < b for (x, y), _ in found)

        found = []
        if self.gapped is not None:
            for m in self.gapped.finditer(text, s0, s1):
                words = m.group().split()
                if clear(m.start(), m.start() + len(words[0])) and clear(m.end() - len(words[-1]), m.end()):
                    found.append((m.span(), self.gap_kind[m.lastgroup]))
        for m in self.plain.finditer(text, s0, s1):
            if _reduplicated(text, *m.span()):
                continue  # 'tiba-tiba' is 'suddenly', not 'arrived'
            if clear(*m.span()) and not taken(*m.span()):
                found.append((m.span(), self.kind_of[" ".join(m.group().lower().split())]))
        if self.compound is not None:
            for m in self.compound.finditer(text, s0, s1):
                if (not m.group().lower().endswith(self.compound_exceptions) and clear(*m.span())
                        and not taken(*m.span())):
                    found.append((m.span(), self.kind_of[m.group("head").lower()]))
        if self.lemmas is not None:
            for m in _WORD.finditer(text, s0, s1):
                if (kind := self.lemmas.kind(m.group())) is not None and clear(*m.span()) and not taken(*m.span()):
                    found.append((m.span(), kind))
        return sorted(found)


_WORD = regex.compile(r"(?<![\p{L}\d-])\p{L}+(?![\p{L}\d])")


@attrs.frozen
class _Lemmas:
    """A trigger's other inflections ('firmará', 'firmaron' for 'firmó'), by simplemma's lemmas.
    Only lemmas whose listed forms all have one kind count, and only a form whose ending tells a past
    or a future: a present ('la huelga que paraliza el puerto') speaks of a state that goes on, not
    of the day it began.  A participle counts only for a verb the lexicon lists a participle of:
    'el recurso presentado' is the appeal, not an announcement because 'presentó' is one."""

    code: str
    kind_of_lemma: Mapping[str, str]
    finite_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    participle_lemmas: frozenset[str]

    @classmethod
    def of(cls, code: str, kind_of: Mapping[str, str]) -> "_Lemmas":
        lex = load_lexicon(code)
        participles = tuple(e.lower() for e in lex.participle_endings)
        kinds: dict[str, set[str]] = {}
        with_participle = set()
        for word, kind in kind_of.items():
            if " " not in word:
                lemma = simplemma.lemmatize(word, lang=code)
                kinds.setdefault(lemma, set()).add(kind)
                if word.endswith(participles) and lemma != word:
                    with_participle.add(lemma)
        return cls(code, {lemma: next(iter(k)) for lemma, k in kinds.items() if len(k) == 1},
                   tuple(e.lower() for e in (*lex.past_suffixes, *lex.future_suffixes)), participles,
                   frozenset(with_participle))

    def kind(self, word: str) -> str | None:
        word = word.lower()
        finite = word.endswith(self.finite_endings)
        if not (finite or word.endswith(self.participle_endings)):
            return None
        lemma = simplemma.lemmatize(word, lang=self.code)
        if lemma == word or not (finite or lemma in self.participle_lemmas):
            return None
        return self.kind_of_lemma.get(lemma)


def _reduplicated(text: str, a: int, b: int) -> bool:
    """A word doubled with a hyphen ('tiba-tiba', 'kapal-kapal'): in Indonesian and Malay an adverb
    or a plural of its own, never the trigger its half spells."""
    word = text[a:b].lower()
    return (text[b:b + 1] == "-" and text[b + 1:b + 1 + len(word)].lower() == word) or (
        text[a - 1:a] == "-" and text[max(0, a - 1 - len(word)):a - 1].lower() == word)


@functools.cache
def _triggers(code: str) -> _Triggers:
    lex = load_lexicon(code)
    kind_of: dict[str, str] = {}
    gaps: dict[str, str] = {}
    for kind in sorted(lex.event_triggers):
        for word in lex.event_triggers[kind]:
            folded = " ".join(word.lower().split())
            (gaps if GAP in folded.split() else kind_of).setdefault(folded, kind)
    edge_before, edge_after = r"(?<![\p{L}\d-])", r"(?![\p{L}\d])"
    plain = regex.compile(rf"{edge_before}{_alternation(kind_of)}{edge_after}", regex.IGNORECASE)
    gapped, gap_kind = None, {}
    if gaps:
        # a word, and a number with its scale word ('$41.2 billion', 'Rp 4,3 triliun') counts as one:
        # 'rejected a $41.2 billion state budget' has three words between its two
        scale = rf"(?:\s+{_alternation(scales)}(?![\p{{L}}]))?" if (
            scales := [w for ws in lex.amount_scales.values() for w in ws]) else ""
        gap = rf"\s+(?:(?:[^\s.;:!?]|[.:](?=\w))+{scale}\s+){{0,{GAP_WORDS}}}?"
        groups = []
        for i, (phrase, kind) in enumerate(sorted(gaps.items())):
            parts = [_alternation([p]) for p in " ".join(phrase.split()).split(f" {GAP} ")]
            groups.append(f"(?P<g{i}>{gap.join(parts)})")
            gap_kind[f"g{i}"] = kind
        gapped = regex.compile(rf"{edge_before}(?:{'|'.join(groups)}){edge_after}", regex.IGNORECASE)
    ongoing = regex.compile(rf"(?<![\p{{L}}]){_alternation(lex.ongoing)}(?![\p{{L}}])", regex.IGNORECASE)
    boilerplate = regex.compile(rf"\W*{_alternation(lex.boilerplate)}", regex.IGNORECASE)
    lemmas = _Lemmas.of(code, kind_of) if lex.match_lemmas else None
    compound = None
    if lex.compound_nouns:
        # the trigger nouns (capitalized in the data) of at least COMPOUND_HEAD letters, after at least
        # COMPOUND_FIRST letters of a capitalized word: 'Krisensitzung', 'Landtagswahl', 'Stromausfall'
        heads = {w.lower() for ws in lex.event_triggers.values() for w in ws
                 if " " not in w and w[:1].isupper() and len(w) >= COMPOUND_HEAD}
        if heads:
            compound = regex.compile(rf"(?<![\p{{L}}\d-])(?-i:\p{{Lu}})\p{{L}}{{{COMPOUND_FIRST - 1},}}?-?"
                                     rf"(?P<head>{_alternation(heads)}){edge_after}", regex.IGNORECASE)
    return _Triggers(plain, kind_of, gapped, gap_kind, ongoing, boilerplate, lemmas, compound,
                     tuple(w.lower() for w in lex.compound_exceptions))


COMPOUND_FIRST, COMPOUND_HEAD = 3, 4  # letters: 'Sturmflut' but not 'Tod' in 'Hirntod'; 'Vorurteil' is an exception


ORDINAL_WORDS_BETWEEN = 2  # 'a second round of talks': words allowed between an ordinal and its trigger
BESIDE_BEFORE, BESIDE_AFTER = 40, 30  # characters searched before and after a trigger for its qualifiers


def _word_beside(patterns: tuple["regex.Pattern[str] | None", "regex.Pattern[str] | None"], text: str,
                 t0: int, t1: int) -> "regex.Match[str] | None":
    """The match of a qualifier right before the trigger (a pattern anchored at the trigger's start),
    else right after it; each pattern captures the word as group ``w``."""
    before, after = patterns
    if before is not None and (m := before.search(text[max(0, t0 - BESIDE_BEFORE):t0])):
        return m
    if after is not None and (m := after.match(text[t1:t1 + BESIDE_AFTER])):
        return m
    return None


@functools.cache
def _ordinal_patterns(code: str) -> tuple["regex.Pattern[str] | None", "regex.Pattern[str] | None"]:
    """Patterns for an ordinal just before a trigger and (where the language puts it there) just after.
    Only counting ordinals: 'last' and 'final' and Roman numerals say nothing reliable here."""
    values = _ordinal_values(code)
    if not values:
        return None, None
    words = _alternation(values)
    gap = rf"(?:[\p{{L}}-]+\s+){{0,{ORDINAL_WORDS_BETWEEN}}}"
    before = regex.compile(rf"(?<![\p{{L}}\d])(?P<w>{words})\s+{gap}$", regex.IGNORECASE)
    after = None
    if load_lexicon(code).ordinal_after_noun:
        after = regex.compile(rf"\s+(?:[\p{{L}}-]+\s+){{0,1}}(?P<w>{words})(?![\p{{L}}\d])", regex.IGNORECASE)
    return before, after


@functools.cache
def _ordinal_values(code: str) -> dict[str, int]:
    return {w.lower(): n for w, n in load_lexicon(code).ordinals.items()
            if n > 0 and not regex.fullmatch(r"[ivxlc]+", w.lower())}


def event_ordinal(text: str, t0: int, t1: int, code: str) -> int | None:
    """Which one of a series the trigger names: 'the second round of talks' -> 2, 'KTT kedua' -> 2."""
    m = _word_beside(_ordinal_patterns(code), text, t0, t1)
    return _ordinal_values(code)[m.group("w").lower()] if m else None


def _qualifier_patterns(before_words: tuple[str, ...], after_words: tuple[str, ...], *,
                        words_between_after: int) -> tuple["regex.Pattern[str] | None", "regex.Pattern[str] | None"]:
    """Patterns for a qualifier word just before a trigger (one word may come between) and just
    after it (``words_between_after`` words may come between: 'met in Astana again' is too far)."""
    before = after = None
    if before_words:
        before = regex.compile(rf"(?<![\p{{L}}])(?P<w>{_alternation(before_words)})\s+(?:[\p{{L}}-]+\s+)?$",
                               regex.IGNORECASE)
    if after_words:
        gap = rf"(?:[\p{{L}}-]+\s+){{0,{words_between_after}}}"
        after = regex.compile(rf"\s+{gap}(?P<w>{_alternation(after_words)})(?![\p{{L}}])", regex.IGNORECASE)
    return before, after


@functools.cache
def _previous_patterns(code: str) -> tuple["regex.Pattern[str] | None", "regex.Pattern[str] | None"]:
    lex = load_lexicon(code)
    return _qualifier_patterns(lex.previous_before, lex.previous_after, words_between_after=0)


@functools.cache
def _again_patterns(code: str) -> tuple["regex.Pattern[str] | None", "regex.Pattern[str] | None"]:
    lex = load_lexicon(code)  # 'bertemu kembali', 'met once again', 'entró de nuevo'
    return _qualifier_patterns(lex.again_before, lex.again_after, words_between_after=1)


def is_again(text: str, t0: int, t1: int, code: str) -> bool:
    """'met again', 'another summit', 'erupted once more', 'bertemu kembali': a new one of its kind."""
    return _word_beside(_again_patterns(code), text, t0, t1) is not None


def is_previous(text: str, t0: int, t1: int, code: str) -> bool:
    """'the previous election', 'pemilihan sebelumnya': the trigger names an earlier one of its kind."""
    return _word_beside(_previous_patterns(code), text, t0, t1) is not None


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


TITLE_CASE = 0.8  # share of capitalized words (of four letters or more) that makes a line a title


def _outside_institutions(found: list[tuple[tuple[int, int], str]], names: Sequence[Name], text: str,
                          s0: int, s1: int, code: str) -> list[tuple[tuple[int, int], str]]:
    """Triggers that are not a modifier inside the name of an institution: 'Investigation' in 'the
    Preliminary Investigation Court' or 'Juzgado de Investigación Preparatoria' names a court, not
    an inquiry; but 'the Moscow Summit' and 'Cumbre de las Américas' are events, whose trigger is
    the name's head (its last word in English, its first in Spanish: ``name_head``)."""
    found = _not_modifiers(found, text, code)
    head = load_lexicon(code).name_head
    if not head or not found or not names:
        return found
    words = regex.findall(r"\p{L}{4,}", text[s0:s1])
    if words and sum(1 for w in words if w[0].isupper()) >= TITLE_CASE * len(words):
        return found  # a title-case headline: every word is capitalized
    out = []
    for (t0, t1), kind in found:
        if any((n.start, n.end) == (t0, t1) and n.is_place and text[t0:t1] != text[t0:t1].lower() for n in names):
            continue  # 'en Asunción': the capital of Paraguay, no taking of office
        inside = next((n for n in names if n.start <= t0 and t1 <= n.end and (n.start, n.end) != (t0, t1)), None)
        if inside is not None:
            # a name that opens the sentence may owe its first capital to the position ('Kampanye Pilkada ...')
            start = inside.start if inside.start > s0 else _second_word(text, inside.start, t0)
            before, after = text[start:t0].strip(), text[t1:inside.end].strip()
            # 'Hurricane Maria': the storm named, its head word first even where names put it last
            named_storm = head == "last" and not before and _opens_its_name(text, (t0, t1), code)
            if (head == "last" and after and not named_storm) or (head == "first" and before):
                continue
        out.append(((t0, t1), kind))
    return out


def _not_modifiers(found: list[tuple[tuple[int, int], str]], text: str, code: str) -> list[tuple[tuple[int, int], str]]:
    """Triggers not used as a modifier of an institution's or a place's noun: 'an appeals court
    declared' names the court, whose ruling is not an appeal; 'at the derailment site' names where."""
    pattern = _institution_pattern(code)
    if pattern is None:
        return found
    return [(span, kind) for span, kind in found if not pattern.match(text, span[1])]


@functools.cache
def _institution_pattern(code: str) -> "regex.Pattern[str] | None":
    heads = load_lexicon(code).institution_heads
    return regex.compile(rf"[ \t]+{_alternation(heads)}(?![\p{{L}}])", regex.IGNORECASE) if heads else None


_BLANKS = regex.compile(r"\s+")


def _second_word(text: str, start: int, limit: int) -> int:
    found = _BLANKS.search(text, start, limit)
    return found.end() if found else limit


NEGATION_REACH = 40  # characters before a trigger searched for its negation and auxiliaries


def _not_negated(found: list[tuple[tuple[int, int], str]], text: str, s0: int,
                 code: str) -> list[tuple[tuple[int, int], str]]:
    """Triggers whose verb is not denied: 'no one was killed', 'did not meet', 'belum ditemukan',
    'no se reunieron' tell of something that did not happen (yet), which no date may place.  Only
    auxiliaries may stand between ('has not been charged'): in 'did not attend the meeting' the
    meeting took place."""
    pattern = _negation_pattern(code)
    if pattern is None:
        return found
    return [(span, kind) for span, kind in found if kind == REPORT_KIND or not _right_before(pattern, text, s0, span)]


def _not_shares(found: list[tuple[tuple[int, int], str]], text: str, s0: int,
                code: str) -> list[tuple[tuple[int, int], str]]:
    """Triggers that are not a share of something counted: 'won with 94 percent of the vote'."""
    pattern = _share_pattern(code)
    if pattern is None:
        return found
    return [(span, kind) for span, kind in found if not _right_before(pattern, text, s0, span)]


@functools.cache
def _share_pattern(code: str) -> "regex.Pattern[str] | None":
    return _words_before_pattern(load_lexicon(code).share_before)


def _not_read_otherwise(found: list[tuple[tuple[int, int], str]], text: str, s0: int, s1: int,
                code: str) -> list[tuple[tuple[int, int], str]]:
    """Triggers that no phrase of ``not_triggers`` reads otherwise: reflexive 'el incendio se
    declaró el martes' tells when the fire broke out, not of a statement."""
    pattern = _not_trigger_pattern(code)
    if pattern is None:
        return found
    phrases = [m.span() for m in pattern.finditer(text, s0, s1)]
    return [(span, kind) for span, kind in found
            if not any(p0 <= span[0] and span[1] <= p1 and span[1] - span[0] < p1 - p0 for p0, p1 in phrases)]


@functools.cache
def _not_trigger_pattern(code: str) -> "regex.Pattern[str] | None":
    words = load_lexicon(code).not_triggers
    return regex.compile(rf"(?<![\p{{L}}]){_alternation(words)}(?![\p{{L}}])", regex.IGNORECASE) if words else None


def _not_person_nouns(found: list[tuple[tuple[int, int], str]], text: str, s0: int,
                      code: str) -> list[tuple[tuple[int, int], str]]:
    """Triggers that are not a participle used as a noun for people: 'El detenido será puesto a
    disposición del juez' tells of the detainee, not of an arrest that day."""
    pattern, endings, nouns = _person_noun_rule(code)
    if pattern is None or not endings:
        return found
    return [(span, kind) for span, kind in found
            if not ((word := text[span[0]:span[1]].lower()).endswith(endings) and " " not in word
                    and word not in nouns and _right_before(pattern, text, s0, span))]


def _right_before(pattern: "regex.Pattern[str]", text: str, s0: int, span: tuple[int, int]) -> bool:
    """The words of ``pattern`` end right before the trigger, in its sentence."""
    return pattern.search(text, max(s0, span[0] - NEGATION_REACH), span[0]) is not None


def _words_before_pattern(words: Sequence[str], gap_words: Sequence[str] = (), *,
                          elided: bool = False) -> "regex.Pattern[str] | None":
    """One of ``words``, then up to three ``gap_words``, then only blanks to the end of the window
    (or, ``elided``, blanks and an elided article: "depuis l'")."""
    if not words:
        return None
    first = _alternation(words).replace("'", "['’]")
    gap = _alternation(gap_words).replace("'", "['’]") if gap_words else None
    between = rf"(?:\s+{gap}){{0,3}}" if gap else ""
    end = r"\s+(?:\p{L}{1,2}['’])?$" if elided else r"\s+$"
    return regex.compile(rf"(?<![\p{{L}}]){first}{between}{end}", regex.IGNORECASE)


@functools.cache
def _person_noun_rule(code: str) -> tuple["regex.Pattern[str] | None", tuple[str, ...], frozenset[str]]:
    lex = load_lexicon(code)
    return (_words_before_pattern(lex.person_determiners), tuple(lex.participle_endings),
            frozenset(w.lower() for w in lex.event_nouns))


@attrs.frozen
class _VerbFormRules:
    """A language's words that tell a verb's form apart from a noun's or an adjective's."""

    noun_opener: "regex.Pattern[str] | None"  # a determiner or a purpose marker right before
    auxiliary: "regex.Pattern[str] | None"  # an auxiliary right before: 'was stolen'
    participle_endings: tuple[str, ...]
    irregular_participles: frozenset[str]
    adjunct_endings: tuple[str, ...]  # a participle clause after a comma: ', halting traffic'
    result_adjuncts: tuple[str, ...] = ()  # such a clause's verbs that bring its nouns about: ', causing floods'


@functools.cache
def _verb_form_rules(code: str) -> _VerbFormRules:
    lex = load_lexicon(code)
    return _VerbFormRules(
        noun_opener=_words_before_pattern((*lex.determiners, *lex.purpose_markers)),
        auxiliary=_words_before_pattern(lex.participle_auxiliaries, lex.negation_gap_words),
        participle_endings=tuple(e.lower() for e in lex.participle_endings),
        irregular_participles=frozenset(w.lower() for w in lex.irregular_participles),
        adjunct_endings=tuple(e.lower() for e in lex.adjunct_endings),
        result_adjuncts=tuple(w.lower() for w in lex.result_adjuncts))


@functools.cache
def _negation_pattern(code: str) -> "regex.Pattern[str] | None":
    """A negation right before a trigger, auxiliaries between ('has not been charged'), or a negating
    determiner and at most one word ('no negotiating sessions', 'ninguna nueva reunión')."""
    lex = load_lexicon(code)
    verbs = _words_before_pattern(lex.negations, lex.negation_gap_words)
    if not lex.negation_determiners:
        return verbs
    nouns = rf"(?<![\p{{L}}]){_alternation(lex.negation_determiners)}(?:\s+\p{{L}}+)?\s+$"
    return regex.compile(rf"(?:{verbs.pattern})|(?:{nouns})" if verbs is not None else nouns, regex.IGNORECASE)


def detect_events(document: Document, expressions: list[TimeExpression], *,
                  skip: tuple[tuple[int, int], ...] = ()) -> list[EventMention]:
    """The event mentions of one document, in text order.

    ``skip`` holds spans that are not article prose (a dateline, a metadata header): no mention
    is taken from a sentence inside them and no name from their words.
    """
    triggers_of = _triggers(document.language)
    ongoing = triggers_of.ongoing
    clauses = _lexicon_words(document.language, "clause_words", "relative_clause_words")
    subordinate = _lexicon_words(document.language, "subordinate_words", "relative_clause_words")
    relative = _lexicon_words(document.language, "relative_clause_words")
    coordinated = _lexicon_words(document.language, "coordinators")
    pause = _pause_pattern(document.language)
    clause_opener = _lexicon_words(document.language, "tense_future", "tense_modals")
    text = document.text
    mentions: list[EventMention] = []
    ordered = sorted(expressions, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    context_kind: str | None = None  # the kind of the last event told of: a 'second round' is one of it
    seen: list[Name] = []
    for s0, s1 in sentence_spans(text):
        if any(a <= s0 and s1 <= b for a, b in skip) or triggers_of.boilerplate.match(text, s0, s1):
            continue
        # only this sentence's expressions: per-sentence work must not grow with the document
        local = ordered[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
        local_skip = [(a, b) for a, b in skip if a < s1 and s0 < b]
        in_sentence = [e for e in local if not any(a <= e.start < b for a, b in local_skip)]
        timex_spans = [(e.start, e.end) for e in local]
        names = find_names(text, s0, s1, document.language, skip=timex_spans + local_skip)
        found = _outside_institutions(triggers_of.find(text, s0, s1, timex_spans), names, text, s0, s1,
                                      document.language)
        found = _not_person_nouns(found, text, s0, document.language)
        found = _not_read_otherwise(_not_shares(found, text, s0, document.language), text, s0, s1, document.language)
        lexical = found
        affirmed = _not_negated(found, text, s0, document.language)
        denied = any(k != REPORT_KIND for _, k in found) and not any(k != REPORT_KIND for _, k in affirmed)
        found = _without_aspects(affirmed, text, clauses, document.language)
        found = _with_series(found, text, s0, s1, document.language, context_kind, timex_spans)
        context_kind = next((k for _, k in reversed(found) if k != REPORT_KIND), context_kind)
        segment = clauses_of(text, s0, s1, clauses, subordinate, relative, coordinated,
                             _participial_commas(text, s0, s1, timex_spans, document.language))
        if in_sentence:  # a denied or dropped trigger's word is no verb of its own either
            found = _with_verbs(found, text, s0, s1, document.language,
                                timex_spans + [(n.start, n.end) for n in names] + [span for span, _ in lexical],
                                segment)
        seen.extend(names)
        places = [n for n in names if n.is_place]
        dating = [e for e in in_sentence if is_dating(e)]
        spans = [span for span, _ in found]
        kinds = [kind for _, kind in found]
        events_only = [i for i, k in enumerate(kinds) if k != REPORT_KIND]
        # 'resigned on Monday, less than three weeks after telling lawmakers he would stay': a gap
        # counted from a saying, which is no event, links to nothing (not to the next event told)
        in_sentence = [e for e in in_sentence if not _counts_from_a_report(e, spans, kinds)]
        references = _reference_triggers(in_sentence, spans)
        earlier = _earlier_triggers(spans, text, s0, document.language)
        extended = _extended(spans, kinds, text, document.language, segment)
        topics = _topics(spans, kinds, text, document.language, in_sentence) | extended
        adjectives = {i for i, span in enumerate(spans) if _prenominal_participle(text, span, document.language)}
        phase_told = {id(e): i for e in in_sentence
                      if (i := _phase_told(e, spans, kinds, text, document.language)) is not None
                      or (i := _relative_told(e, spans, kinds, text, document.language)) is not None}
        # 'presentarse el miércoles 1 de marzo para explicar las causas del accidente': a time told before an
        # earlier event's trigger is not that event's, as with a trigger a gap counts from
        earlier_from = _in_earlier_phrase(in_sentence, text, s0, document.language)
        # "Tuesday's vote", "last month's increase": a possessive time -> the trigger of its noun, or None
        possessed = {id(e): _possessed(e, spans, text) for e in in_sentence if _possessive(e, text, in_sentence)}
        owned_times = _owned_times(in_sentence, spans, kinds, events_only, segment, text, s1, references | earlier, pause,
                                   clause_opener, topics, document.language, adjectives, phase_told, earlier_from,
                                   possessed)
        reports = [spans[i] for i, k in enumerate(kinds) if k == REPORT_KIND]
        sources = {n.text for n in names if not n.is_place and _is_source(n, reports, text)}
        owned_names = _owned_names([n for n in names if not n.is_place], spans, events_only, segment)
        reported = {id(e) for i, k in enumerate(kinds) if k == REPORT_KIND for e in owned_times[i]}
        dating = [e for e in dating if id(e) not in reported]
        dated_reports: list[tuple[tuple[int, int], str]] = []
        for i, span in enumerate(spans):
            if kinds[i] == REPORT_KIND and any(is_dating(e) for e in owned_times[i]):
                mentions.append(_mention(document, len(mentions), span, REPORT_KIND, (s0, s1),
                                         tuple(owned_times[i]), False, [], [], False))
                dated_reports.append((span, mentions[-1].id))
        if dated_reports and not any(is_dating(e) for j in events_only for e in owned_times[j]) and not denied:
            # 'will stay closed until mid-September, city officials said on Monday': the saying is the
            # sentence's only dated news, a statement of its own day
            for i in (i for i, k in enumerate(kinds) if k == REPORT_KIND):
                span = spans[i]
                if not any(is_dating(e) and not is_anaphoric(e) and _right_by(text, span, e) for e in owned_times[i]):
                    continue  # 'menambahkan, PT TEM mengantongi IUP pada 2018': the year is not the saying's
                mentions.append(_mention(document, len(mentions), span, STATEMENT_KIND, (s0, s1),
                                         tuple(owned_times[i]), False, owned_names.get(i, []), places, False,
                                         sources))
        if not events_only:
            # 'Hari ini, Rabu (8/3/2028), mahasiswa kembali turun ke jalan': the date beside 'today' is worth one
            first = next((e for e in dating if _worth_a_generic_mention(e)), None)
            if first is not None and not denied:  # 'did not meet on Tuesday': nothing
                mentions.append(_mention(document, len(mentions), (first.start, first.end), GENERIC_KIND, (s0, s1),
                                         tuple(e for e in in_sentence if id(e) not in reported), False, names,
                                         places, False))
            continue
        first_of_sentence = len(mentions)
        for antecedent in _antecedents_split(owned_times, events_only, spans):
            # 'the stoppage began on September 29, and a day later the port closed': September 29 is
            # what 'a day later' counts from, not the closing's day; it dates an event of its own
            mentions.append(_date_mention(document, len(mentions), antecedent, (s0, s1), places,
                                          _trimmed(text, *segment.span(antecedent.start))))
            dating = [e for e in dating if e is not antecedent]
        for j, gap in _gaps_to_now(in_sentence, owned_times, spans, kinds, events_only, text, s0, s1,
                                   document.language, local_skip).items():
            owned_times[j].append(gap)
        owner_of = {id(e): j for j in events_only for e in owned_times[j]}
        moved_to = _rescheduled(in_sentence, spans, kinds, events_only, segment, owned_times)
        postponed = _postponed_events(spans, kinds, events_only, segment, owned_times)
        plan_words = {id(e): p for e in in_sentence if e.relation == SUPERSEDED
                      and (p := superseded_phrase(text, e.start, document.language)) is not None}
        plans = list(plan_words.values())
        restrictive = _restrictive_relatives(text, s0, spans, document.language, timex_spans)
        untensed = _untensed_relatives(text, s0, spans, document.language, timex_spans)
        relative_at = {**untensed, **restrictive}
        began_ids: set[int] = set()  # 'since' days split off a trigger: when a state no trigger names began
        given_up_ids: set[int] = set()  # the plans not kept already told as events of their own
        for i in events_only:
            if i in extended and not any(is_dating(e) for e in owned_times[i]):
                # the state an extension extends is told by the extension, on no day of its own, unless
                # the sentence dates its start ('prorrogó la emergencia declarada el 28 de febrero')
                continue
            t0, t1 = spans[i]
            phase = days_long = None
            if kinds[i] in MULTI_DAY_KINDS:
                phase = event_phase(text, t0, t1, document.language, s0, s1, timex_spans)
                days_long = _stated_length(in_sentence, text, t0, t1)
            # 'released after the March 3 derailment': 'after' places the release, not the derailment
            own = [attrs.evolve(e, relation=None) if e.relation in NOUN_PHRASE_RELATIONS
                   and _attributive(e, (t0, t1), text, document.language) else e for e in owned_times[i]]
            if i in moved_to:  # 'postponed the hearing until Monday': Monday is the hearing's day
                own = [e for e in own if e is not moved_to[i]] + [attrs.evolve(moved_to[i], relation=None)]
            since_elsewhere = _since_of_another_verb(own, (t0, t1), kinds[i], text, document.language)
            if since_elsewhere:
                own = [e for e in own if id(e) not in since_elsewhere]
                began_ids |= since_elsewhere
            inherited = False
            # 'tras el fracaso de las negociaciones': the main clause's 'próximo lunes' is not its tense
            tense_span = segment.span(t0) if segment.is_subordinate(t0) else (s0, s1)
            # 'deberá explicar las causas del accidente': what the news came after is past, whatever its verb
            tense = Tense.PAST if i in earlier else _trigger_tense(document, tense_span, t0, t1, plans)
            if tense is Tense.PAST and i in postponed:
                tense = Tense.PRESENT  # 'The visit ... was postponed': the visit is not done by then
            # a trigger without a time of its own borrows one from its own segment, or one that no
            # other segment's trigger owns: never across 'while', 'after', 'sedangkan', and never
            # into a subordinate clause ('docked on Saturday after dockworkers ratified the deal');
            # a relative clause's trigger takes what was told before it of an event ('during his
            # visit in August, ..., which culminated in the signing'), not the main clause's time
            # after it, nor a time told before any event ('elevó en la madrugada de este miércoles
            # a situación 2 el incendio ..., que obligó a desalojar': the evacuation was earlier)
            occupied = {segment(spans[j][0]) for j in events_only}
            # 'the seven workers who died in the explosion ... signed yesterday': a restrictive relative
            # clause whose verb is in the past tells of its noun, on some other day than the sentence's
            # ('la resolución que lo suspende' tells what the resolution does, on its day); where verbs
            # tell no tense, such a clause borrows only what is told after its relative word ('dijadwalkan
            # kembali berjalan Senin depan, dengan pasokan dari dapur yang lolos inspeksi': not Monday's)
            donors = [] if i in restrictive else [
                e for e in dating if not (id(e) in possessed and possessed[id(e)] is None)
                and not (id(e) in earlier_from and t0 < earlier_from[id(e)])
                and (segment(e.start) == segment(t0)
                      or (segment(e.start) not in occupied and not segment.is_subordinate(t0))
                      or (segment.is_relative(t0) and e.end <= segment.span(t0)[0]
                          and any(spans[j][1] <= e.start for j in events_only)))
                      and not (i in untensed and e.start < untensed[i])
                      and not _told_in_relative_after(e, i, spans, owner_of, relative_at, text, document.language)
                      and not (segment.is_relative(e.start) and id(e) in owner_of
                               and segment(e.start) != segment(t0))
                      and not _kept_by_owner(e, (t0, t1), owner_of, spans, text, document.language)
                      and not _parenthetical(e, (t0, t1), owner_of, spans, text)
                      and not _other_noun_phrase(e, (t0, t1), owner_of, spans, text, document.language)
                      and owner_of.get(id(e)) not in topics  # 'kasus kebakaran yang terjadi Sabtu': the fire's own
                      and not (i in references and (e.start < t0 or id(e) in owner_of))
                      and not _undergone_after(e, (t0, t1), owner_of, kinds, spans)
                      and not (kinds[i] not in STATE_KINDS and _postponed_itself(e, (t0, t1), owner_of, kinds, spans, text))
                      and not (is_anaphoric(e) and _before_pause((t0, t1), e, text, pause))
                      and not _across_report(e, (t0, t1), reports)
                      and not _against_tense(e, tense)
                      and not _in_adjunct_after(e, t0, text, document.language)]
            # a trigger counted from what was told before ('y un día después ... cerró') has its day
            # a plan not kept ('previstos inicialmente para este jueves') leaves the trigger without a
            # day of its own: the sentence's day is when the plan changed, not when it happens
            # what a charge or a hearing is about ('charged on April 6 with theft') happened before it;
            # a trigger 'a week after the theft' is dated from the theft, not from the sentence's other time
            # (but 'checked on Feb. 21, eleven days before the crash, and recorded': a gap set beside a
            # date says how far that date lies from the crash, and the date is still the sentence's)
            if (not any(is_dating(e) or is_anaphoric(e) or isinstance(e.reading, Elapsed)
                        or (counted_gap(e) is not None and not _appositive(e, in_sentence, text)) for e in own) and donors
                    and not any(e.relation == SUPERSEDED or _deadline(e) for e in own) and i not in topics
                    and i not in adjectives and i not in earlier):
                donor = min(donors, key=lambda e: (_distance((e.start, e.end), (t0, t1)), e.start))
                own = own + [donor]
                inherited = True
            kind = kinds[i]
            clause = _trimmed(text, *segment.span(t0))
            # 'negotiations, which began on Tuesday', 'El fuego, que se declaró el 8 de agosto': the quote
            # reaches the day it owns in its sentence, told by a phase word or a relative clause
            told = [e for e in owned_times[i] if phase_told.get(id(e)) == i or _told_right_after(segment, clause, e)]
            if told:
                clause = (min(clause[0], *(e.start for e in told)), max(clause[1], *(e.end for e in told)))
            if kind in STATE_KINDS and _continuing(document, t0, s0):
                # 'remains closed on Thursday', 'mantiene paralizado hoy': a day the state holds, by
                # which it had begun; not the day it began ('permanecía cerrado desde el miércoles' is)
                own = [attrs.evolve(e, relation="until") if is_dating(e) and e.relation is None else e for e in own]
            # 'is taking place', 'has begun' near an undated trigger: it happens as the article is written
            now = not inherited and not any(is_dating(e) for e in own) and bool(
                ongoing.search(text, max(s0, t0 - ONGOING_REACH), min(s1, t1 + ONGOING_REACH)))
            mention = _mention(document, len(mentions), (t0, t1), kind, (s0, s1), tuple(sorted(own, key=lambda e: e.start)),
                               inherited, owned_names.get(i, []), places, now, sources, tense_span=tense_span,
                               tense=tense, action_span=(t0, t1) if kind == GENERIC_KIND else None)
            title = _title(text, document.language, (t0, t1), names)
            if title is not None:
                # 'Hurricane Gaston' is the storm's name, not one of its people: 'the storm knocked out
                # power to customers of Luma Energy' names no other storm
                mention = attrs.evolve(mention, people=tuple(p for p in mention.people if p != title[1].text))
            mentions.append(attrs.evolve(
                mention,
                phase=phase, days_long=days_long, clause=clause, counted_from=i in references,
                precedes=spans[i - 1][0] if i in topics else None,
                reported_at=None if any(is_dating(e) for e in own) else _saying_of((t0, t1), dated_reports),
                title=title[0] if title is not None else None,
                magnitude=magnitude(text, (t0, t1), segment.span(t0), document.language),
                alert_levels=alert_levels(text, (t0, t1), segment.span(t0), document.language),
                tally=tally(text, (t0, t1), segment.span(t0), document.language, timex_spans),
                amounts=amounts(text, (t0, t1), segment.span(t0), document.language)))
            told_as = mentions[-1]
            for e in own:
                # 'the vote, originally scheduled for this Thursday, was postponed': the plan for Thursday
                # is told too, dated that day, as an event of its own beside the vote on its new day
                phrase = plan_words.get(id(e)) if _plan_not_kept(e) else None
                if phrase is None or kind in (POSTPONEMENT_KIND, GENERIC_KIND) or id(e) in given_up_ids:
                    continue
                given_up_ids.add(id(e))
                plan = _mention(document, len(mentions), (phrase[0], phrase[0]), kind, (s0, s1),
                                (attrs.evolve(e, relation=None),), False, owned_names.get(i, []), places, False,
                                sources, tense_span=tense_span, tense=tense)
                mentions.append(attrs.evolve(plan, clause=(phrase[0], e.end), given_up=True, actions=told_as.actions,
                                             people=told_as.people, title=told_as.title))
        # 'lalu seminggu kemudian naik lagi' (no trigger for the rise): a date that no trigger took
        # still dates something the article tells, and bounds its publication
        used = {(e.start, e.end) for m in mentions[first_of_sentence:] for e in m.timexes}  # copies count too
        leftover = [e for e in dating if (e.start, e.end) not in used and _worth_a_generic_mention(e) and not denied]
        # 'completed the checks yesterday, three weeks after it lifted off': a gap no trigger took
        # goes with the leftover date just before it, and counts that date's event from the trigger after it
        gaps_of: dict[int, list[TimeExpression]] = {}
        for g in in_sentence:
            before = [e for e in leftover if e.end <= g.start]
            if before and (g.start, g.end) not in used and isinstance(g.reading, Duration) and counted_gap(g):
                gaps_of.setdefault(id(max(before, key=lambda e: e.end)), []).append(g)
        for e in leftover:
            began = id(e) in began_ids and names_a_day(e.reading)
            if began:
                e = attrs.evolve(e, relation=None)  # 'que rige desde el 14 de febrero': the day it began
            mention = _date_mention(document, len(mentions), e, (s0, s1), places,
                                    _trimmed(text, *segment.span(e.start)), tuple(gaps_of.get(id(e), ())))
            mentions.append(attrs.evolve(mention, phase="start") if began else mention)
    full = resolve_names(seen)
    # a name the article shows as a place once ('in Costa Rica') is that place where it reads as a
    # subject too ('Costa Rica votes'): never one of the people who tell two events apart
    places_named = {n.text for n in seen if n.is_place}
    if not full and not any(p in places_named for m in mentions for p in m.people):
        return mentions
    return [attrs.evolve(m, participants=tuple(dict.fromkeys(full.get(n, n) for n in m.participants)),
                         people=tuple(dict.fromkeys(full.get(n, n) for n in m.people if n not in places_named)))
            for m in mentions]


# gatherings last days and are told by their first or last day; a closure, an alert or an
# evacuation is dated by its onset, however long the state lasts ('closed for five days')
MULTI_DAY_KINDS = frozenset({"meeting", "visit", "summit"})
# states that last from a day on: 'closed since Wednesday', 'mengungsi sejak Senin malam', 'a partir del
# lunes 29' tell the day the closure, evacuation or strike began, which is the event's day
STATE_KINDS = frozenset({"closure", "strike", "evacuation", "alert", "warning", "search", "custody", "suspension"})
PHASE_WORDS_BEFORE = 4  # 'wrapped up a first round of talks': words between a phase word and the trigger after it
PHASE_WORDS_AFTER = 3  # 'the talks, which began', 'a first round in Astana ended'


@functools.cache
def _phase_patterns(code: str) -> dict[str, tuple["regex.Pattern[str]", "regex.Pattern[str]"]]:
    """For each phase, a pattern for its word before a trigger and one for its word after it; the
    words between may hold commas ('the talks, which began') but no other punctuation."""
    lex = load_lexicon(code)
    out = {}
    for phase, words in (("start", lex.start_words), ("end", lex.end_words)):
        if not words:
            continue
        alt = _alternation(words)
        before = regex.compile(rf"(?<![\p{{L}}]){alt}\s+(?:[\p{{L}}\d'’-]+,?\s+){{0,{PHASE_WORDS_BEFORE}}}$",
                               regex.IGNORECASE)
        after = regex.compile(rf",?\s+(?:[\p{{L}}\d'’-]+,?\s+){{0,{PHASE_WORDS_AFTER}}}?{alt}(?![\p{{L}}])",
                              regex.IGNORECASE)
        out[phase] = (before, after)
    return out


PHASE_REACH = 60  # characters searched on each side of a trigger for a phase word
_PHASE_TO_TIME = regex.compile(r"\s+(?:\p{L}+\s+)?")  # 'began on Tuesday', 'comenzó el martes', 'ended Friday'


def _phase_told(e: TimeExpression, spans: list[tuple[int, int]], kinds: list[str], text: str,
                code: str) -> int | None:
    """The trigger whose start or end the time right after a phase word dates: 'the round of talks,
    which began on Tuesday in the capital with the delegations that met in May' dates the talks,
    whatever trigger stands nearer in the relative clause."""
    if not code:
        return None
    patterns = [after for _, after in _phase_patterns(code).values()] + list(_relative_phase_patterns(code).values())
    for i in reversed(range(len(spans))):
        t1 = spans[i][1]
        if t1 > e.start or kinds[i] == REPORT_KIND:
            continue
        for pattern in patterns:
            m = pattern.match(text, t1, e.start)
            if m and _PHASE_TO_TIME.fullmatch(text, m.end(), e.start):
                return i
        return None  # only the nearest trigger before the time
    return None


RELATIVE_HEAD_WORDS = 6  # 'la ronda de negociaciones entre el Mercosur y Canadá, que comenzó'
# events that act by themselves: what their relative clause says they did ('which struck', 'which killed')
# is the event, whatever kind its verb has elsewhere
FORCE_KINDS = frozenset({"disaster", "eruption", "weather", "accident", "aftershock", "outbreak", "collapse"})
RELATIVE_VERB_TO_TIME_WORDS = 6  # 'Hurricane Maria, which killed an estimated 2,975 people nearly 11 years ago'


@functools.cache
def _relative_verb_pattern(code: str) -> "regex.Pattern[str] | None":
    lex = load_lexicon(code)
    if not lex.relative_pronouns:
        return None
    return regex.compile(rf"(?:\s+\p{{Lu}}[\p{{L}}'’-]*){{0,3}}\s*,?\s*{_alternation(lex.relative_pronouns)}\s+(?P<verb>[\p{{L}}'’-]+)"
                         rf"(?:\s+(?:\d[\d,.]*\d|[^\s,;:.()\"“”]+)){{0,{RELATIVE_VERB_TO_TIME_WORDS}}}\s+", regex.IGNORECASE)


def _relative_told(e: TimeExpression, spans: list[tuple[int, int]], kinds: list[str], text: str,
                   code: str) -> int | None:
    """The event noun whose relative clause tells the time: 'The earthquake, which struck on Tuesday',
    'Hurricane Maria, which killed ... nearly 11 years ago', 'El terremoto, que sacudió el martes': the
    clause's verb is what the event did, so its time is the event's."""
    pattern = _relative_verb_pattern(code) if code else None
    if pattern is None:
        return None
    beside = False  # a trigger right before the time: 'yang terparah sejak bencana asap 13 tahun lalu'
    for i in reversed(range(len(spans))):
        t0, t1 = spans[i]
        if t1 > e.start:
            continue
        m = pattern.fullmatch(text, t1, e.start)
        if m is None:
            beside = beside or not text[t1:e.start].strip()
            continue  # a trigger inside the relative clause ('struck'): its noun stands before it
        if beside:
            return None  # the clause's own event noun, the time right after it, takes the time
        if kinds[i] == REPORT_KIND or verbs_in(text, t0, t1, code) or not verbs_in(text, *m.span("verb"), code):
            return None  # a verb's relative clause tells of its object
        told = [j for j in range(len(spans)) if spans[j][0] <= m.start("verb") < spans[j][1]]
        if told and kinds[told[0]] != GENERIC_KIND and kinds[i] not in FORCE_KINDS:
            return None  # 'Operasi SAR yang diperpanjang sejak Selasa': the extension's day, not the search's
        return i
    return None


@functools.cache
def _relative_phase_patterns(code: str) -> dict[str, "regex.Pattern[str]"]:
    """For each phase, its word opening a relative clause a few words after the trigger, which heads
    the phrase the clause tells of ('negociaciones entre el Mercosur y Canadá, que comenzó el martes')."""
    lex = load_lexicon(code)
    if not lex.relative_pronouns:
        return {}
    return {phase: regex.compile(rf"(?:\s+[\p{{L}}\d'’-]+){{0,{RELATIVE_HEAD_WORDS}}}\s*,\s*"
                                 rf"{_alternation(lex.relative_pronouns)}\s+{_alternation(words)}(?![\p{{L}}])",
                                 regex.IGNORECASE)
            for phase, words in (("start", lex.start_words), ("end", lex.end_words)) if words}


def event_phase(text: str, t0: int, t1: int, code: str, s0: int, s1: int,
                avoid: Sequence[tuple[int, int]] = ()) -> str | None:
    """'start' or 'end' when a word beside the trigger says the time dates the event's first or last
    day ('the talks began on Tuesday', 'wrapped up a first round of talks', 'al término de la
    cumbre'); the nearer word wins, and none reaches across a time expression ('by the end of the
    year, the talks')."""
    best: tuple[int, str] | None = None
    for phase, (before, after) in _phase_patterns(code).items():
        a = max(s0, t0 - PHASE_REACH)
        m = before.search(text, a, t0)
        if m and not any(m.start() < y and x < t0 for x, y in avoid):
            gap = t0 - m.start()
            best = min(best, (gap, phase)) if best else (gap, phase)
        # the word after the trigger, or one that opens a relative clause a few words on
        for pattern, limit in ((after, min(s1, t1 + PHASE_REACH)), (_relative_phase_patterns(code).get(phase), s1)):
            m = pattern.match(text, t1, limit) if pattern is not None else None
            if m and not any(t1 < y and x < m.end() for x, y in avoid):
                gap = m.end() - t1
                best = min(best, (gap, phase)) if best else (gap, phase)
    return best[1] if best else None


MAX_EVENT_DAYS = 5  # an event whose last day is told without its length began at most this many days before
MAX_STATED_DAYS = 31  # 'a 14-day visit': a stated length longer than this is a period, not an event's
LENGTH_REACH = 20  # characters between an event's trigger and its stated length ('two-day talks', 'visita de dos días')


def _stated_length(expressions: Sequence[TimeExpression], text: str, t0: int, t1: int) -> int | None:
    """How many days the event lasted, when the words beside its trigger say so: 'the two-day
    talks', 'arrived for a three-day visit', 'kunjungan dua hari'."""
    for e in expressions:
        r = e.reading
        if not (isinstance(r, Duration) and r.unit is Unit.DAY and r.amount and r.mod is None and not r.up_to_now
                and not e.link
                and float(r.amount).is_integer() and 2 <= r.amount <= MAX_STATED_DAYS):
            continue
        between = text[e.end:t0] if e.end <= t0 else text[t1:e.start] if e.start >= t1 else None
        if between is not None and len(between) <= LENGTH_REACH and not regex.search(r"[.;:!?]", between):
            return int(r.amount)
    return None


# 'The two-day talks, which opened in Astana on Monday': a start right after an event's trigger is
# that event beginning, not an opening of its own; its time dates the event
ASPECT_KINDS = frozenset({"opening"})
ASPECT_REACH = 20  # characters between the event's trigger and the verb of its start
_PAUSE = regex.compile(r"[,;:()]")  # 'las clases, suspendidas desde el día del terremoto, se reanudarán': no aspect across it


def _without_aspects(found: list[tuple[tuple[int, int], str]], text: str,
                     clauses: "regex.Pattern[str] | None", code: str) -> list[tuple[tuple[int, int], str]]:
    kept: list[tuple[tuple[int, int], str]] = []
    for span, kind in found:
        prev = kept[-1] if kept else None
        if (kind in ASPECT_KINDS and prev is not None and prev[1] not in ASPECT_KINDS | {REPORT_KIND, "closure"}
                and 0 <= span[0] - prev[0][1] <= ASPECT_REACH):
            relative = _relative_after_pause(text, prev[0][1], span[0], code)  # ', which' opens a clause, not another event
            if ((not _PAUSE.search(text, prev[0][1], span[0]) or relative)
                    and (relative or clauses is None or clauses.search(text, prev[0][1], span[0]) is None)):
                continue
        if (prev is not None and prev[1] in VISITING_KINDS and kind != prev[1] and kind not in NEVER_VISITED_KINDS
                and _COMPLEMENT.fullmatch(text, prev[0][1], span[0])):
            continue  # 'meninjau lokasi banjir', 'visited flood victims': the flood is what was visited
        kept.append((span, kind))
    return kept


def _relative_after_pause(text: str, a: int, b: int, code: str) -> bool:
    """'The talks, which opened': the words between a noun and a verb are a comma and a relative pronoun."""
    pattern = _relative_pattern(code)
    return pattern is not None and pattern.fullmatch(text, a, b) is not None


@functools.cache
def _relative_pattern(code: str) -> "regex.Pattern[str] | None":
    words = load_lexicon(code).relative_pronouns
    return regex.compile(rf"\s*,\s*{_alternation(words)}\s+", regex.IGNORECASE) if words else None


# events whose object may name another kind of event: the site or the people they went to
VISITING_KINDS = frozenset({"visit", "inspection", "evacuation", "rescue", "search"})
# what befalls an event after it began, never on its first day: 'the search operation was extended'
# (a closure may be the event's own doing, 'the strike paralysed the port'; a launch 'called off on
# Saturday' was attempted that day); with those two, never what a visit or search went to: 'the
# rescue effort was suspended', 'the search was called off'
UNDERGONE_KINDS = frozenset({"extension", "restoration", "suspension"})
POSTPONEMENT_KIND = "postponement"
NEVER_VISITED_KINDS = UNDERGONE_KINDS | {"closure", POSTPONEMENT_KIND}
# between a trigger and a noun trigger that is its object: at most one word, no punctuation
_COMPLEMENT = regex.compile(r"\s+(?:[\p{L}-]+\s+)?")


# events that name, after them, an earlier event they are about: 'charged on April 6 with theft', 'a
# hearing on the derailment', 'laporan pendahuluan kecelakaan'; that event happened before, not on their day
TOPIC_HOLDER_KINDS = frozenset({"charge", "arrest", "custody", "hearing", "plea", "verdict", "sentencing", "ruling",
                                "appeal", "investigation", "findings", "lawsuit", "apology", "reward"})
# of those, the ones whose noun takes its topic with no word between in a head-first language ('penyidikan
# kasus korupsi', 'merilis laporan kecelakaan'): a hearing's ('sidang vonis') names its own business, and
# after a verb ('ditangkap dalam unjuk rasa') comes where it happened
JUXTAPOSED_TOPIC_KINDS = frozenset({"charge", "arrest", "custody", "investigation", "findings"})
# what a proceeding may end in, never what it is about: 'el juicio de destitución', 'la audiencia [sobre] el
# pedido de prisión preventiva'
TOPIC_OUTCOME_KINDS = frozenset({"verdict", "sentencing", "ruling", "custody", "resignation"})
TOPIC_WORDS_BEFORE = 3  # 'charged on April 6 with theft': words between the holder and its topic word
TOPIC_WORDS_AFTER = 3  # 'a hearing on the derailment', 'arrested on suspicion of the robbery'


_TOPIC_WORD = r"[^\s,;:.!?()\[\]\"“”«»]+"  # a word with no punctuation: the topic is in the holder's phrase
_JUXTAPOSED = regex.compile(rf"\s+(?:{_TOPIC_WORD}\s+){{0,{TOPIC_WORDS_AFTER}}}")


@functools.cache
def _topic_pattern(code: str) -> "regex.Pattern[str] | None":
    """The words between a trigger and the earlier event it is about (``topic_words``)."""
    words = load_lexicon(code).topic_words
    if not words:
        return None
    return regex.compile(rf"(?:\s+{_TOPIC_WORD}){{0,{TOPIC_WORDS_BEFORE}}}\s+{_alternation(words)}\s+"
                         rf"(?:{_TOPIC_WORD}\s+){{0,{TOPIC_WORDS_AFTER}}}", regex.IGNORECASE)


def _last_word(text: str, start: int, end: int) -> int:
    """Where the last word of ``text[start:end]`` starts: 'laporan' of 'merilis laporan'."""
    cut = text.rfind(" ", start, end)
    return start if cut < 0 else cut + 1


def _topics(spans: list[tuple[int, int]], kinds: list[str], text: str, code: str,
            expressions: Sequence[TimeExpression] = ()) -> set[int]:
    """The triggers that name what the trigger before them is about ('charged with theft', 'hearing on
    the derailment', 'menangkap pelaku pencurian'): an earlier event, which the holder's time does not
    date.  Not a verb ('arrested on Tuesday as police searched'), nothing across a conjunction or a
    gap ('detenido dos días después del inicio del fuego'), nor an outcome ('el juicio de destitución')."""
    pattern = _topic_pattern(code)
    head_first = load_lexicon(code).name_head == "first"
    joins = _lexicon_words(code, "coordinators", "clause_words", "relative_clause_words")
    adjunct = _verb_form_rules(code).adjunct_endings
    out: set[int] = set()
    for i in range(1, len(spans)):
        holder, kind = kinds[i - 1], kinds[i]
        if holder not in TOPIC_HOLDER_KINDS or kind in (holder, REPORT_KIND) or kind in TOPIC_OUTCOME_KINDS:
            continue
        a, b = spans[i - 1][1], spans[i][0]
        linked = pattern is not None and pattern.fullmatch(text, a, b) is not None
        # head first, a noun's topic may follow it with no word between: 'laporan pendahuluan kecelakaan'
        juxtaposed = (head_first and holder in JUXTAPOSED_TOPIC_KINDS and _JUXTAPOSED.fullmatch(text, a, b) is not None
                      and not verbs_in(text, _last_word(text, *spans[i - 1]), spans[i - 1][1], code))
        if not (linked or juxtaposed):
            continue
        gerund = text[a:b].strip() and text[spans[i][0]:spans[i][1]].lower().endswith(adjunct)  # 'with killing'
        if (verbs_in(text, a, b if gerund else spans[i][1], code) or (joins is not None and joins.search(text, a, b))
                or any(a <= e.start < b and (counted_gap(e) is not None or is_anaphoric(e)) for e in expressions)):
            continue
        out.add(i)
    return out


EXTENSION_KIND = "extension"
EXTENDED_WORDS_BETWEEN = 8  # 'prorrogó el martes por 30 días el estado de emergencia'


def _extended(spans: list[tuple[int, int]], kinds: list[str], text: str, code: str, segment: Clauses) -> set[int]:
    """The triggers an extension extends ('extended the state of emergency', 'prorrogó ... el estado de
    emergencia', 'memperpanjang status tanggap darurat'): a state that began before, which the
    extension's day does not date and the extension tells.  Only the next trigger of the same
    clause, with no verb between."""
    joins = _lexicon_words(code, "coordinators", "clause_words", "relative_clause_words")
    out: set[int] = set()
    for i in range(1, len(spans)):
        if kinds[i - 1] != EXTENSION_KIND or kinds[i] in (EXTENSION_KIND, REPORT_KIND):
            continue
        a, b = spans[i - 1][1], spans[i][0]
        if segment(a) != segment(b) or len(text[a:b].split()) > EXTENDED_WORDS_BETWEEN:
            continue
        if verbs_in(text, a, b, code) or (joins is not None and joins.search(text, a, b)):
            continue
        out.add(i)
    return out


SERIES_WORDS_BETWEEN = 2  # 'a first round of talks', 'putaran kedua pemilihan': the trigger beside it speaks
_BESIDE = regex.compile(rf"^\W*(?:[\p{{L}}\d-]+\W+){{0,{SERIES_WORDS_BETWEEN}}}$")  # the words between them


# what an outcome word ('won', 'lost to', 'menang') is the outcome of: a contest, never a meeting's
# 'won concessions'
OUTCOME_KINDS = frozenset({"election", "vote"})


@functools.cache
def _context_patterns(code: str) -> tuple[tuple["regex.Pattern[str]", bool], ...]:
    """(pattern, is a series noun) for the words that are an event of the kind told around them."""
    lex = load_lexicon(code)
    return tuple((regex.compile(rf"(?<![\p{{L}}\d-]){_alternation(words)}(?![\p{{L}}\d])", regex.IGNORECASE), series)
                 for words, series in ((lex.series_nouns, True), (lex.outcome_words, False)) if words)


_VERB_WORD = regex.compile(r"(?<![\p{L}\d-])\p{L}{3,}(?![\p{L}\d-])")


def _with_verbs(found: list[tuple[tuple[int, int], str]], text: str, s0: int, s1: int, code: str,
                avoid: Sequence[tuple[int, int]], segment: Clauses) -> list[tuple[tuple[int, int], str]]:
    """Add the verbs no trigger names ('touched upon the status', 'was questioned by police') as
    events of no known kind: a sentence with a time tells what its verbs did, and a date or a gap
    belongs to the verb it is told with."""
    rules = _verb_form_rules(code)
    determiner, auxiliary, participles = rules.noun_opener, rules.auxiliary, rules.participle_endings
    irregular_participles, adjuncts = rules.irregular_participles, rules.adjunct_endings
    negation = _negation_pattern(code)
    events = [span for span, kind in found if kind != REPORT_KIND]
    nouns = [(a, b) for a, b in events if not verbs_in(text, a, b, code)]  # triggers no verb form tells
    coordinator = _pause_pattern(code)  # 'untuk meninjau ... dan menentukan'
    added = []
    purpose_end = None  # where the last verb that told a purpose ended
    for m in _VERB_WORD.finditer(text, s0, s1):
        r0, r1 = m.span()
        if any(a < r1 and r0 < b for a, b in avoid) or any(a < r1 and r0 < b for (a, b), _ in found):
            continue
        word = m.group()
        if action_of(word, code) is None:
            continue
        before = max(s0, r0 - NEGATION_REACH)
        if is_infinitive(word, code) or (determiner is not None and determiner.search(text, before, r0)):
            # 'para negociar', 'the exhausted rescuers', 'with the aim of fostering', 'untuk meninjau'
            purpose_end = r1
            continue
        if (purpose_end is not None and coordinator is not None and coordinator.search(text, before, r0)
                and not any(ch in text[purpose_end:r0] for ch in ",;:()") and not verbs_in(text, purpose_end, r0, code)):
            purpose_end = r1
            continue  # 'untuk meninjau agenda kita dan menentukan langkah': the purpose goes on
        if negation is not None and negation.search(text, before, r0):
            continue  # 'no dimitirá', 'tidak menahan': what did not happen
        if ((word.lower().endswith(participles) or word.lower() in irregular_participles)
                and not (auxiliary is not None and auxiliary.search(text, before, r0))):
            continue  # 'huelga indefinida', 'posted stolen records': a participle without its auxiliary
        if any((a >= r1 and _NEXT_TO.fullmatch(text, r1, a)) or (b <= r0 and _NEXT_TO.fullmatch(text, b, r0))
               for a, b in events):
            continue  # 'culminated in the signing', 'signed a treaty on sharing': the trigger's words
        if (word.lower().endswith(adjuncts) and text[s0:r0].rstrip().endswith(",")
                and any(b <= r0 for a, b in events)):
            continue  # 'went on strike on Monday, halting cargo traffic': what the event did
        subject = max((b for a, b in nouns if b <= r0 and segment(a) == segment(r0)), default=None)
        if subject is not None and not _verbs_between(text, subject, r0, code, segment):
            continue  # 'the aftershock sowed panic', 'the talks, which opened on Monday, brought': what the event did
        added.append(((r0, r1), GENERIC_KIND))
    return sorted(found + added, key=lambda f: f[0]) if added else found


def _verbs_between(text: str, a: int, b: int, code: str, segment: Clauses) -> bool:
    """A verb stands in ``text[a:b]`` outside the relative clauses there ('the talks, which opened
    on Monday, brought...': 'opened' is the relative clause's, the talks still the subject)."""
    return any(verbs_in(text, max(a, p0), min(b, p1), code)
               for p0, p1, clause in segment.pieces if p0 < b and a < p1 and clause not in segment.relative)


def _with_series(found: list[tuple[tuple[int, int], str]], text: str, s0: int, s1: int, code: str,
                 context_kind: str | None, avoid: Sequence[tuple[int, int]]) -> list[tuple[tuple[int, int], str]]:
    """Add the events that no trigger names but the words around tell: the numbered rounds of a
    series ('a first round of talks in Astana and a second round in Bishkek', 'la segunda vuelta'),
    of the kind told of just before (or, at the head of a text, just after), so that their ordinals
    keep them apart; and the outcome of a contest ('who had lost to an empty box in November'), of
    the kind of the nearest trigger.  A word with a trigger beside it ('a second round of talks',
    'won the election') is that trigger's, and a round without an ordinal ('rounds of shelling')
    is no event."""
    events = [(span, kind) for span, kind in found if kind != REPORT_KIND]
    added = []
    for pattern, series in _context_patterns(code):
        for m in pattern.finditer(text, s0, s1):
            r0, r1 = m.span()
            if any(a < r1 and r0 < b for a, b in avoid) or any(a < r1 and r0 < b for (a, b), _ in found):
                continue
            if any(_BESIDE.match(text[r1:a] if a >= r1 else text[b:r0]) for (a, b), _ in events):
                continue
            if series:
                if event_ordinal(text, r0, r1, code) is None:
                    continue
                before = [kind for (a, b), kind in events if b <= r0]
                after = [kind for (a, b), kind in events if a >= r1]
                kind = before[-1] if before else context_kind or (after[0] if after else None)
            else:
                near = min(events, key=lambda e: _distance(e[0], (r0, r1)), default=None)
                kind = near[1] if near else context_kind
                if kind not in OUTCOME_KINDS:
                    continue
            if kind is not None:
                added.append(((r0, r1), kind))
    return sorted(found + added) if added else found


@functools.cache
def _lexicon_words(code: str, *fields: str) -> "regex.Pattern[str] | None":
    """The whole words of these lexicon fields, as one ``whole_words`` pattern: clause openers ('while',
    ', which'), coordinators, the future and modal words that open a reported clause, ..."""
    lexicon = load_lexicon(code)
    return whole_words(tuple(w for field in fields for w in getattr(lexicon, field)))


def _told_right_after(segment: Clauses, clause: tuple[int, int], e: TimeExpression) -> bool:
    """The time stands in the relative clause right after the trigger's ('El fuego, que se declaró el
    8 de agosto'): what dates the trigger, to be quoted with it."""
    if e.start < clause[1] or not segment.is_relative(e.start):
        return False
    start = segment.span(e.start)[0]
    return start >= clause[1] and not any(clause[1] <= p0 < start for p0, _, _ in segment.pieces)


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and text[b - 1] in " ,;\n\t":
        b -= 1
    return a, b


POSSESSED_REACH = 40  # characters from "Friday's" to the noun it possesses ("Friday's emergency rate decision")
_POSSESSIVE_MARK = regex.compile(r"['’]s?(?!\p{L})")


APPOSED_DAY_REACH = 6  # characters from "Wednesday's" to a time naming the same day ('the Fourth of July')


def _possessive(e: TimeExpression, text: str, times: Sequence[TimeExpression] = ()) -> bool:
    """"Tuesday's vote", "last month's increase": a time in the possessive, which dates its noun; not
    one that names its day twice ("Wednesday's Fourth of July holiday": another time follows)."""
    mark = _POSSESSIVE_MARK.match(text, e.end)
    return bool(mark) and (e.text[-1:].isalpha() or e.text[-1:].isdigit()) and not any(
        mark.end() <= t.start <= mark.end() + APPOSED_DAY_REACH for t in times)


def _possessed(e: TimeExpression, spans: Sequence[tuple[int, int]], text: str) -> int | None:
    """The trigger a possessive time stands before: the first after it within ``POSSESSED_REACH``, with
    no comma or clause mark between; None when the noun it possesses is no trigger."""
    after = [i for i, (a, _) in enumerate(spans) if e.end < a <= e.end + POSSESSED_REACH
             and not _CLAUSE_MARKS.search(text, e.end, a)]
    return min(after, key=lambda i: spans[i][0]) if after else None


@functools.cache
def _participle_pattern(code: str) -> "regex.Pattern[str] | None":
    """A past participle right after a comma: a word with one of the language's participle endings,
    or an irregular one ('held', 'celebrada', 'tenue')."""
    lex = load_lexicon(code)
    endings = tuple(dict.fromkeys(lex.participle_endings + lex.prenominal_participle_endings))
    words = lex.irregular_participles + lex.irregular_verbs
    parts = [rf"\p{{Ll}}+{_alternation(endings)}"] if endings else []
    if words:
        parts.append(_alternation(words))
    if not parts:
        return None
    return regex.compile(rf",\s*(?:{'|'.join(parts)})(?![\p{{L}}])", regex.IGNORECASE)


def _participial_commas(text: str, s0: int, s1: int, timex_spans: Sequence[tuple[int, int]], code: str) -> set[int]:
    """Commas followed by a past participle that tells a time ('after a second round, held on March
    27, ended without agreement', 'después de la primera ronda de conversaciones, celebrada el
    sábado'): the participle tells of the noun before the comma, so the clause holding that noun goes on."""
    pattern = _participle_pattern(code)
    if pattern is None or not timex_spans:
        return set()
    return {m.start() for m in pattern.finditer(text, s0, s1)
            if any(m.end() <= a and _AT_MOST_ONE_WORD.fullmatch(text, m.end(), a) for a, _ in timex_spans)}


# between a participle and its time: a preposition or an article at most ('held on March 27', 'celebrada
# el sábado', 'held last week'); 'postponed his trip by a week' is a verb with its object
_AT_MOST_ONE_WORD = regex.compile(r"\s+(?:[\p{L}'’]+\s+)?")


def _owned_times(expressions: list[TimeExpression], spans: list[tuple[int, int]], kinds: list[str],
                 events_only: list[int], segment: Clauses, text: str = "",
                 sentence_end: int | None = None, references: set[int] = frozenset(),
                 pause: "regex.Pattern[str] | None" = None,
                 reported: "regex.Pattern[str] | None" = None,
                 topics: set[int] = frozenset(), code: str = "",
                 adjectives: set[int] = frozenset(),
                 phase_told: Mapping[int, int] | None = None,
                 earlier_from: Mapping[int, int] | None = None,
                 possessed: Mapping[int, int | None] | None = None) -> dict[int, list[TimeExpression]]:
    """Each expression goes to its nearest trigger of the same segment (of the sentence, when its
    segment has none); a reporting verb keeps only the ones right beside it ('said on Friday',
    'kata X, Jumat'), the others go to the nearest event trigger, or to none.  What a charge or a
    hearing is about (``topics``) keeps only a date that names it (``_names_it``); a participle before
    its noun (``adjectives``) keeps none; a time told by a trigger's phase word (``phase_told``, by the
    time's id) is that trigger's; a time told in an earlier event's phrase (``earlier_from``: the
    time's id -> where 'since the' opens it) goes to no trigger told before that phrase; a possessive
    time (``possessed``: its id -> the trigger of its noun, or None) only to its noun's trigger."""
    owned: dict[int, list[TimeExpression]] = {i: [] for i in range(len(spans))}
    reach = {id(e): [i for i in _reachable(e.start, range(len(spans)), spans, segment) if i not in adjectives]
             for e in expressions}
    # a time whose clause has no trigger goes to another clause's after those of clauses with their
    # own triggers have been given out, so that it can see whether that trigger has a day of its own
    elsewhere_of = {id(e): not any(segment(spans[i][0]) == segment(e.start) for i in reach[id(e)]) for e in expressions}
    for e in sorted(expressions, key=lambda e: elsewhere_of[id(e)]):
        begun = (phase_told or {}).get(id(e))
        if begun is not None and begun not in adjectives and begun not in topics:
            owned[begun].append(e)  # 'the round of talks, which began on Tuesday ... that met': the talks' day
            continue
        candidates, elsewhere = reach[id(e)], elsewhere_of[id(e)]
        candidates = [i for i in candidates if i not in topics or _names_it(e, spans[i], text, code)]
        if earlier_from and id(e) in earlier_from:
            # 'at its first scheduled meeting since the emergency increase on April 13': the increase's day
            candidates = [i for i in candidates if earlier_from[id(e)] <= spans[i][0]]
        if possessed and id(e) in possessed:
            # "last month's emergency interest-rate increase", "Friday's figures": the time of the noun
            # it possesses, which dates no other trigger
            candidates = [i for i in candidates if i == possessed[id(e)]]
        if _year_of_a_thing(e, text, code):
            # 'a 1962 steel span', 'The 1962 bridge was closed on March 7': the year of a thing the
            # sentence names, not of its events; only the noun it opens takes it ('its 2014 ham recall')
            candidates = [i for i in candidates if _noun_the_year_opens(e, spans[i], text, code)]
        # 'una réplica sacudió este miércoles, un día después del terremoto': the quake is what the
        # gap counts from; neither the gap nor a date told before it is its own, unless the date
        # names it ('five weeks after the March 3 derailment')
        candidates = [i for i in candidates if not (i in references and e.start < spans[i][0]
                                                    and not _attributive(e, spans[i], text, code))]
        candidates = _not_counted_from(candidates, e, spans, text, pause)
        if isinstance(e.reading, Elapsed):
            # 'the walkout, now in its 21st day, has idled the port', 'la huelga, que hoy cumple su
            # sexto día y mantiene paralizado el puerto': the count is its subject's, told before it
            before = [i for i in candidates if spans[i][1] <= e.start] or [
                i for i in range(len(spans)) if spans[i][1] <= e.start and kinds[i] != REPORT_KIND]
            candidates = before[-1:] if before else candidates
            elsewhere = False
        for i, items in _nearest([e], [spans[k] for k in candidates], text).items():
            j = candidates[i]
            # 'El decreto, publicado el sábado, extiende la medida, que el Gobierno declaró el 9 de
            # octubre': the nearest trigger of another clause, dated in its own, is no home for Saturday
            if items and not (elsewhere and is_dating(e) and any(
                    is_dating(o) and not is_anaphoric(o) and counted_gap(o) is None
                    and segment(o.start) == segment(spans[j][0]) for o in owned[j])):
                owned[j].extend(items)
    for i, kind in enumerate(kinds):
        if kind != REPORT_KIND:
            continue

        near = [e for e in owned[i] if _beside_report(e, spans[i], text, sentence_end, reported)
                and not _closes_subject(e, spans[i], [spans[j] for j in events_only], text)]
        far = [e for e in owned[i] if e not in near]
        owned[i] = near
        for e in far:
            targets = _reachable(e.start, events_only, spans, segment)
            targets = _not_counted_from(targets, e, spans, text, pause)
            for j, items in _nearest([e], [spans[k] for k in targets], text).items():
                owned[targets[j]].extend(items)
    return owned


# 'a 1962 steel span', 'its 2014 ham recall', 'the 2027 Lembah Moro regent and deputy regent election'
_THING_WORDS = regex.compile(r"\s+(?:[\p{L}-]+\s+){0,6}")


def _noun_the_year_opens(e: TimeExpression, trigger: tuple[int, int], text: str, code: str) -> bool:
    """The trigger heads the noun phrase the year opens: only words between, none a verb, an auxiliary or a
    relative pronoun ('The 1962 bridge was closed', 'a 1962 span that has been closed')."""
    if not _THING_WORDS.fullmatch(text, e.end, trigger[0]) or verbs_in(text, e.end, trigger[0], code):
        return False
    auxiliary = _verb_form_rules(code).auxiliary
    relative = _lexicon_words(code, "relative_pronouns")
    return not ((auxiliary is not None and auxiliary.search(text, e.end, trigger[0]))
                or (relative is not None and relative.search(text, e.end, trigger[0])))


_BARE_YEAR = regex.compile(r"\d{4}")


def _year_of_a_thing(e: TimeExpression, text: str, code: str) -> bool:
    """A bare year between a determiner and a noun ('a 1962 steel span', 'the 2017 state rule'), in a
    language whose modifiers precede their noun: it tells when the thing was made, not when the
    sentence's events happened."""
    return (load_lexicon(code).name_head != "first" and _BARE_YEAR.fullmatch(e.text) is not None
            and regex.match(r" \p{L}", text[e.end:e.end + 2]) is not None and _modifies_a_noun(text, e.start, code))


_NEXT_WORD = regex.compile(r"[ \t]+(\p{Ll}+)")
_DIGITS_BEFORE = regex.compile(r"(?<![\p{L}\d])\d[\d,.]*\s+$")  # '5 damaged homes'


def _prenominal_participle(text: str, span: tuple[int, int], code: str) -> bool:
    """'from five derailed tank cars', 'the damaged track': a one-word participle between a determiner or
    a number and the noun it describes, which tells the thing's state, not a happening of the sentence's day."""
    word = text[span[0]:span[1]]
    lex = load_lexicon(code)
    if not lex.prenominal_participle_endings or not word.isalpha() or not word.islower():
        return False
    if not (word.endswith(tuple(lex.prenominal_participle_endings)) or word in lex.irregular_participles):
        return False
    after = _NEXT_WORD.match(text, span[1])
    if after is None or after.group(1) in _function_words(code):
        return False  # 'one signed in 2024', 'derailed and caught fire': a verb, not a noun's adjective
    openers = (_DIGITS_BEFORE, _number_before(code), _verb_form_rules(code).noun_opener)
    return any(pattern is not None and _right_before(pattern, text, 0, span) for pattern in openers)


@functools.cache
def _function_words(code: str) -> frozenset[str]:
    """Words after which a participle is a verb: prepositions, conjunctions, determiners."""
    lex = load_lexicon(code)
    words = (*lex.coordinators, *lex.topic_words, *lex.place_prepositions, *lex.duration_prefixes, *lex.determiners,
             *(w for ws in lex.relations.values() for w in ws))
    return frozenset(w.lower() for w in words if " " not in w)


@functools.cache
def _number_before(code: str) -> "regex.Pattern[str] | None":
    # counts of two or more: 'one signed in 2024' is a pronoun
    return _words_before_pattern([w for w, n in load_lexicon(code).numbers.items() if n >= 2])


def _deadline(e: TimeExpression) -> bool:
    """'should reopen to vehicles by late July', 'must sign a repair contract within 10 days': the
    trigger's own bound, which no other clause's day overrides."""
    return ((e.relation == "until" and isinstance(e.reading, DATING_READINGS))
            or (isinstance(e.reading, Duration) and e.reading.ahead and bool(e.reading.amount)))


def _opens_noun_phrase(e: TimeExpression, trigger: tuple[int, int], text: str, code: str) -> bool:
    """The expression stands right before the trigger, after a determiner or a possessive: 'the March 3
    derailment', "Putin's August visit"."""
    return e.end <= trigger[0] and not text[e.end:trigger[0]].strip() and _modifies_a_noun(text, e.start, code)


def _attributive(e: TimeExpression, trigger: tuple[int, int], text: str, code: str) -> bool:
    """A date that opens the trigger's noun phrase ('after the March 3 derailment'), not a count: the
    event's own day, whatever word governs the phrase."""
    return counted_gap(e) is None and not is_anaphoric(e) and _opens_noun_phrase(e, trigger, text, code)


def _names_it(e: TimeExpression, trigger: tuple[int, int], text: str, code: str) -> bool:
    """A time right before a trigger, nothing between ('the March 3 derailment', 'the 2019 theft'), or
    after it past a verb or a relative pronoun ('kasus kebakaran pasar yang terjadi Sabtu', 'del incendio,
    declarado el pasado martes'), not past a mere preposition ('a hearing on the derailment on March 22':
    the hearing's day); a gap after it counts the holder ('charged with theft ..., a day after')."""
    if e.end <= trigger[0]:
        return not text[e.end:trigger[0]].strip()
    if e.start < trigger[1] or counted_gap(e) is not None or is_anaphoric(e):
        return False  # 'charged with theft and handling stolen goods, a day after': the charge's gap
    if len(text[trigger[1]:e.start].split()) <= 1 and verbs_in(text, trigger[0], trigger[1], code):
        return True  # 'prorrogó la emergencia ambiental declarada el 28 de febrero': the trigger's own participle
    relative = _lexicon_words(code, "relative_pronouns")
    return verbs_in(text, trigger[1], e.start, code) or (
        relative is not None and relative.search(text, trigger[1], e.start) is not None)


def _rescheduled(expressions: list[TimeExpression], spans: list[tuple[int, int]], kinds: list[str],
                 events_only: list[int], segment: Clauses,
                 owned: dict[int, list[TimeExpression]]) -> dict[int, TimeExpression]:
    """'postponed the hearing until Monday', 'aplazó hasta el jueves 28 la votación', 'menunda sidang
    hingga Senin': the day after a postponement's 'until' is the day its object now falls on, not a
    bound on it.  The object is a trigger of the postponement's clause, or one whose planned day was
    not kept ('the vote, originally set for Thursday, was delayed until March 28')."""
    out: dict[int, TimeExpression] = {}
    for e in expressions:
        if e.relation != "until" or not isinstance(e.reading, DATING_READINGS):
            continue
        movers = [p for p in events_only if kinds[p] == POSTPONEMENT_KIND and spans[p][1] <= e.start
                  and segment(spans[p][0]) == segment(e.start)]
        if not movers:
            continue
        clause = segment(spans[movers[-1]][0])
        for i in events_only:
            if kinds[i] != POSTPONEMENT_KIND and (segment(spans[i][0]) == clause
                                                  or any(t.relation == SUPERSEDED for t in owned[i])):
                out.setdefault(i, e)
    return out


POSTPONED_SUBJECT_REACH = 80  # characters between a postponed event's noun and its postponement's verb
POSTPONED_OBJECT_REACH = 12  # characters between a postponement's verb and its object ('postponed the vote', 'aplazó la votación')


def _postponed_events(spans: list[tuple[int, int]], kinds: list[str], events_only: list[int], segment: Clauses,
                      owned: dict[int, list[TimeExpression]]) -> set[int]:
    """The triggers a postponement moves, whose past verb is the postponement's, not theirs: 'The
    visit, initially scheduled for Sunday, was postponed by a day' (the nearest event before it, with
    no other between), 'postponed the vote' (one of its clause right after it, not 'because of heavy
    rain'), or one whose planned day was not kept.  They may lie on either side of the writing."""
    movers = [j for j in events_only if kinds[j] == POSTPONEMENT_KIND]
    if not movers:
        return set()
    others = [i for i in events_only if kinds[i] not in (POSTPONEMENT_KIND, REPORT_KIND, GENERIC_KIND)]
    out = {i for i in others if any(t.relation == SUPERSEDED for t in owned[i])}
    for p in movers:
        p0, p1 = spans[p]
        after = [i for i in others if p1 <= spans[i][0] <= p1 + POSTPONED_OBJECT_REACH
                 and segment(spans[i][0]) == segment(p0)]
        before = [i for i in events_only if i != p and spans[i][1] <= p0]
        if after:
            out.add(min(after, key=lambda i: spans[i][0]))
        elif before:
            nearest = max(before, key=lambda i: spans[i][1])
            if nearest in others and p0 - spans[nearest][1] <= POSTPONED_SUBJECT_REACH:
                out.add(nearest)
    return out


def _not_counted_from(triggers: list[int], e: TimeExpression, spans: list[tuple[int, int]], text: str,
                      pause: "regex.Pattern[str] | None" = None) -> list[int]:
    """'meluap malam-malam, lalu seminggu kemudian naik lagi', 'began on September 29 and a day later
    the port closed': a time counted from what was told before, past a comma or a conjunction, dates
    a later happening, never the trigger it counts from."""
    if not (text and is_anaphoric(e)):
        return triggers
    return [i for i in triggers if not _before_pause(spans[i], e, text, pause)]


def _before_pause(trigger: tuple[int, int], e: TimeExpression, text: str,
                  pause: "regex.Pattern[str] | None" = None) -> bool:
    """Whether a trigger comes before a time with a comma or semicolon between them, or with a
    conjunction right before the time (``pause``, from ``_pause_pattern``)."""
    if trigger[1] > e.start:
        return False
    if pause_between(trigger, (e.start, e.end), text):
        return True
    return pause is not None and pause.search(text, trigger[1], e.start) is not None


@functools.cache
def _pause_pattern(code: str) -> "regex.Pattern[str] | None":
    """A coordinating conjunction that ends the text before a time ('... and a day later') or a verb
    ('untuk meninjau agenda kita dan menentukan')."""
    words = load_lexicon(code).coordinators
    if not words:
        return None
    return regex.compile(rf"(?<![\p{{L}}]){_alternation(words)}\s+$", regex.IGNORECASE)


_CLAUSE_MARKS = regex.compile(r"[,;:()]")


def _right_by(text: str, trigger: tuple[int, int], e: TimeExpression) -> bool:
    """The time is the saying's own: beside the word as ``_beside_report`` has it, and in its very
    clause ('said on Monday', 'said in a statement on Tuesday', 'on Monday said'), not a date after a
    comma that may end what was said ('menambahkan, PT TEM mengantongi IUP pada 2018')."""
    between = text[trigger[1]:e.start] if e.start >= trigger[1] else text[e.end:trigger[0]]
    return _beside_report(e, trigger, text) and not _CLAUSE_MARKS.search(between)


def _saying_of(trigger: tuple[int, int], reports: Sequence[tuple[tuple[int, int], str]]) -> str | None:
    """The dated saying of the sentence nearest the trigger, whose day its tense is told from."""
    if not reports:
        return None
    return min(reports, key=lambda r: (_distance(r[0], trigger), r[0][0]))[1]


def _across_report(e: TimeExpression, trigger: tuple[int, int], reports: list[tuple[int, int]]) -> bool:
    """'raised its bid earlier this month, said late last night that it was abandoning its pursuit': a
    reporting verb between a time and a trigger opens what was said; the time stays outside it."""
    lo, hi = (e.end, trigger[0]) if e.end <= trigger[0] else (trigger[1], e.start)
    return any(lo <= a and b <= hi for a, b in reports)


NOUN_PHRASE_RELATIONS = ("after", "before", "since", "until")  # words that govern a whole noun phrase
LINK_REACH = 25  # characters from a linked duration's end to the trigger it counts from ('a day after the quake')


def _trigger_after_gap(e: TimeExpression, spans: list[tuple[int, int]]) -> int | None:
    """The trigger a gap ('two weeks after the vote', 'un día después del terremoto') counts from:
    the first that starts within ``LINK_REACH`` after it; None when ``e`` is no gap or none does."""
    if counted_gap(e) is None:
        return None
    after = [i for i, (a, _) in enumerate(spans) if e.end <= a <= e.end + LINK_REACH]
    return min(after, key=lambda i: spans[i][0]) if after else None


_LEDE_PREFIX = regex.compile(r"[\s\"'“‘«]*")  # what may stand before a sentence's first words: quotes


def _gaps_to_now(expressions: list[TimeExpression], owned: dict[int, list[TimeExpression]],
                 spans: list[tuple[int, int]], kinds: list[str], events_only: list[int],
                 text: str, s0: int, s1: int, code: str, skip: Sequence[tuple[int, int]] = ()
                 ) -> dict[int, TimeExpression]:
    """'A month after Hurricane Gaston tore across Puerto Rico, the lights are back on', 'More than two
    weeks after the sinking, 23 people remain unaccounted for': a gap that opens its sentence, counted
    from the trigger right after it, before a main clause that tells no past or future, reaches to the
    writing: the event it counts from lies that long before the article (after it, for 'two weeks
    before the vote').  A main clause that tells an event of its own does so only when a word says
    that event goes on ('Tiga pekan setelah tambang ambruk, penyidikan kasusnya terus bergulir'); else
    the gap is that event's link.  Returns, by trigger index, the gap read as that shift from the
    document's date.  ``skip``: the sentence's spans that are no prose (its dateline)."""
    out: dict[int, TimeExpression] = {}
    owners = {id(e): j for j, times in owned.items() for e in times}
    continuing = _lexicon_words(code, "continuing")
    for e in expressions:
        gap = counted_gap(e)
        if gap is None or e.link not in ("after", "before") or not isinstance(e.reading, Duration):
            continue
        if any(a < e.start for a, _ in spans):
            continue  # the gap must open the sentence's news: no trigger before it
        lead = max((b for a, b in skip if b <= e.start), default=s0)  # the prose starts after the dateline
        if _LEDE_PREFIX.fullmatch(text, max(s0, lead), e.start) is None:
            continue  # 'Logistik akan kami geser ke 14 TPS sehari sebelum pemungutan suara': a clause of its own first
        comma = text.find(",", e.end, s1)
        # the gap's clause runs to the comma: its first trigger is what it counts from, however far
        # its subject puts it ('setelah terowongan tambang tersebut ambruk')
        origin = _trigger_after_gap(e, spans)
        if origin is None and comma >= 0:
            origin = min((i for i, (a, _) in enumerate(spans) if e.end <= a < comma), default=None)
        if origin is None or kinds[origin] == REPORT_KIND or comma < spans[origin][1]:
            continue
        owner = owners.get(id(e))
        told = owner is not None or any(spans[j][0] > comma for j in events_only)
        goes_on = continuing is not None and continuing.search(text, comma, s1) is not None
        if owner == origin or (told and not goes_on):
            continue  # the main clause tells an event of its own, not said to go on: the gap is its (a link)
        if tense_at(text, (comma + 1, s1), comma + 1, comma + 1, code) is not Tense.PRESENT:
            continue  # 'A month after the storm, the lights came back on': some past day, not the writing's
        amount, unit = gap
        sign = -1 if e.link == "after" else 1
        out[origin] = attrs.evolve(e, reading=Shift(unit=unit, amount=sign * amount, reference=Reference.DCT,
                                                    mod=e.reading.mod), link=None)
    return out


def _counts_from_a_report(e: TimeExpression, spans: list[tuple[int, int]], kinds: list[str]) -> bool:
    """A gap ('three weeks after') whose trigger right after it is a reporting verb."""
    i = _trigger_after_gap(e, spans)
    return i is not None and kinds[i] == REPORT_KIND


@functools.cache
def _earlier_pattern(code: str) -> "regex.Pattern[str] | None":
    """'since the', 'causas del', 'sejak', "depuis l'": an earlier-word and its determiners right before a trigger."""
    lex = load_lexicon(code)
    return _words_before_pattern(lex.earlier_before, lex.determiners, elided=True)


@functools.cache
def _earlier_noun_pattern(code: str, most_words: int) -> "regex.Pattern[str] | None":
    """An earlier-word, a determiner and up to ``most_words`` words, at the end of the window: before a
    trigger, two ('since the bank adopted', 'the causes of the deadly accident'); before a time, four
    ('since the emergency increase on'). Never 'since then officials met', which opens no noun."""
    lex = load_lexicon(code)
    if not lex.earlier_before or not lex.determiners:
        return None
    first = _alternation(lex.earlier_before).replace("'", "['’]")
    determiner = _alternation(lex.determiners).replace("'", "['’]")
    return regex.compile(rf"(?<![\p{{L}}]){first}\s+{determiner}(?:\s+[\p{{L}}'’-]+){{1,{most_words}}}\s+$",
                         regex.IGNORECASE)


EARLIER_SUBJECT_WORDS = 2  # words between 'since the' and a trigger it makes earlier ('since the bank adopted')
EARLIER_PHRASE_WORDS = 4  # words between 'since the' and a time of the phrase it opens
EARLIER_PHRASE_REACH = 60  # characters from 'since the' to a time of the phrase it opens


def _in_earlier_phrase(expressions: Sequence[TimeExpression], text: str, s0: int, code: str) -> dict[int, int]:
    """The times told inside the noun phrase of an earlier event ('the first scheduled meeting since the
    emergency increase on April 13', 'in the wake of the storm on Tuesday'), by id, with where the
    phrase opens: that event's time (or that of a trigger told after it: 'since the wave of October
    2017, when dozens of fires left four dead'), not the sentence's."""
    pattern = _earlier_noun_pattern(code, EARLIER_PHRASE_WORDS)
    if pattern is None:
        return {}
    time_words = _time_words(code)
    found = {}
    for e in expressions:
        m = pattern.search(text, max(s0, e.start - EARLIER_PHRASE_REACH), e.start)
        if m is not None and not any(w.lower() in time_words for w in regex.findall(r"[\p{L}'’-]+", m.group())):
            found[id(e)] = m.start()  # 'since the early hours of Tuesday' is a time, no event's phrase
    return found


@functools.cache
def _time_words(code: str) -> frozenset[str]:
    """The single words of the lexicon's units, parts of units and days, and their modifiers ('hours',
    'early', 'start', 'morning', 'last'), lower-cased."""
    lex = load_lexicon(code)
    phrases = [w for table in (lex.units, lex.parts, lex.day_parts, lex.unit_parts, lex.seasons)
               for words in table.values() for w in words]
    phrases += list(lex.modifiers_before) + list(lex.modifiers_after)
    function = {w.lower() for w in (*lex.determiners, *lex.context_before, *lex.day_prefixes, *lex.date_connectors)}
    return frozenset(part.lower() for phrase in phrases for part in phrase.split()) - function


def _earlier_triggers(spans: list[tuple[int, int]], text: str, s0: int, code: str) -> set[int]:
    """The triggers right after 'since the' or 'the causes of' ('the first unit back since the
    explosion', 'explicar las causas del accidente'), or after a noun they open ('the highest rate
    since the bank adopted its target'): an event the sentence's news came after, which borrows none
    of its time."""
    patterns = [p for p in (_earlier_pattern(code), _earlier_noun_pattern(code, EARLIER_SUBJECT_WORDS))
                if p is not None]
    return {i for i, span in enumerate(spans) if any(_right_before(p, text, s0, span) for p in patterns)}


def _reference_triggers(expressions: list[TimeExpression], spans: list[tuple[int, int]]) -> set[int]:
    """The triggers right after 'N units after/before' ('un día después del terremoto', 'two weeks
    after the vote'): events that a gap counts from, not the ones the sentence's dates are about."""
    return {i for e in expressions if (i := _trigger_after_gap(e, spans)) is not None}


_POSSESSIVE = regex.compile(r"\p{L}['’]s?\s+$")


def _modifies_a_noun(text: str, start: int, code: str) -> bool:
    """The words before ``start`` open a noun phrase: a determiner ('the 2019 derailment'), a
    possessive ("Putin's August visit"), or a purpose marker ('of the'), which the same pattern holds."""
    before = max(0, start - NEGATION_REACH)
    article = _verb_form_rules(code).noun_opener
    return bool(_POSSESSIVE.search(text, before, start)) or (
        article is not None and article.search(text, before, start) is not None)


def _kept_by_owner(e: TimeExpression, trigger: tuple[int, int], owner_of: dict[int, int],
                   spans: list[tuple[int, int]], text: str, code: str) -> bool:
    """'inspectors visited the plant of Pinecrest, a company founded in 1958': a year (or coarser)
    after its own trigger, which follows a trigger without a time, dates only its own trigger; a
    background fact's year is no day of the news before it.  A year told first ('In 2014, Pinecrest
    pulled ... and recalled') still dates the whole clause.  A date right before its trigger ("Putin's
    August visit"), after the trigger that would borrow it, names that event and dates no other; told
    first ('The March 5 attack forced the county to shut down') it still dates what its event did."""
    owner = owner_of.get(id(e))
    if owner is None:
        return False
    o0, o1 = spans[owner]
    if trigger[1] <= e.start and _opens_noun_phrase(e, (o0, o1), text, code):
        return True  # "agreed that ... during Putin's August visit": the date names its own event
    if _year_of_a_thing(e, text, code) and _noun_the_year_opens(e, (o0, o1), text, code):
        return True  # 'the 2027 Lembah Moro regent election': that election's year, no other event's
    return is_coarse(e) and trigger[1] <= o0 and o1 <= e.start


@functools.cache
def _next_noun_phrase(code: str) -> "regex.Pattern[str] | None":
    """A coordinator and a determiner: 'y la', 'and the' open another noun phrase."""
    lex = load_lexicon(code)
    if not (lex.coordinators and lex.determiners):
        return None
    return regex.compile(rf"\s(?:{_alternation(lex.coordinators)})\s+(?:{_alternation(lex.determiners)})\s", regex.IGNORECASE)


def _other_noun_phrase(e: TimeExpression, trigger: tuple[int, int], owner_of: dict[int, int],
                       spans: list[tuple[int, int]], text: str, code: str) -> bool:
    """'tras la muerte de dos manifestantes y la renuncia del ministro, el domingo': a time told after
    another noun phrase, joined to the trigger's by 'y la', is that phrase's; verbs joined by 'and'
    share it ('met and signed on Tuesday')."""
    owner = owner_of.get(id(e))
    pattern = _next_noun_phrase(code)
    if owner is None or pattern is None or not trigger[1] <= spans[owner][0] <= e.start:
        return False
    between = text[trigger[1]:spans[owner][0]]
    return pattern.search(between) is not None and not any(c in between for c in ",;")


RELATIVE_TO_TRIGGER_WORDS = 1  # "who had died", "que ya murieron"


@functools.cache
def _restrictive_relative_pattern(code: str, key: str = "restrictive_relative_words") -> "regex.Pattern[str] | None":
    words = getattr(load_lexicon(code), key)
    if not words:
        return None
    return regex.compile(rf"(?P<before>[\p{{L}}\d]+)\s+(?P<word>{_alternation(words)})"
                         rf"(?:\s+[\p{{L}}\d'’-]+){{0,{RELATIVE_TO_TRIGGER_WORDS}}}\s+$", regex.IGNORECASE)


_CLOSE_AFTER = regex.compile(r"\s+(?:[\p{L}\d-]+\s+|\p{L}{1,2}['’]\s*){0,3}")  # 'murieron por la explosión', "péri dans l'explosion"


def _restrictive_relatives(text: str, s0: int, spans: list[tuple[int, int]], code: str,
                           times: Sequence[tuple[int, int]]) -> dict[int, int]:
    """The triggers of a restrictive relative clause whose verb is in the past ('los trabajadores que
    murieron por la explosión'): its verb, and the triggers a few words after it with no pause, each
    with where its relative word stands."""
    out: dict[int, int] = {}
    for i, (t0, t1) in enumerate(spans):
        if i - 1 in out and _CLOSE_AFTER.fullmatch(text, spans[i - 1][1], t0):
            out[i] = out[i - 1]
        elif ((at := _in_restrictive_relative(text, s0, (t0, t1), code, times)) is not None
                and tense_at(text, (t0, t1), t1, t1, code) is Tense.PAST):
            out[i] = at
    return out


def _in_restrictive_relative(text: str, s0: int, trigger: tuple[int, int], code: str,
                             times: Sequence[tuple[int, int]], key: str = "restrictive_relative_words") -> int | None:
    """Where the relative word stands when the trigger opens a relative clause with no comma before
    that word ('the workers who died', 'los trabajadores que murieron'), after a noun: not after a
    verb or a time ('dijo que murieron', 'dijo el martes que murieron' tell what was said)."""
    pattern = _restrictive_relative_pattern(code, key)
    m = pattern.search(text, max(s0, trigger[0] - NEGATION_REACH), trigger[0]) if pattern is not None else None
    if (m is not None and not verbs_in(text, m.start("before"), m.end("before"), code)
            and m.group("before").lower() not in load_lexicon(code).determiners  # 'lo que obligó'
            and not any(a < m.end("before") <= b for a, b in times)):
        return m.start("word")
    return None


def _untensed_relatives(text: str, s0: int, spans: list[tuple[int, int]], code: str,
                        times: Sequence[tuple[int, int]]) -> dict[int, int]:
    """The triggers of a restrictive relative clause in a language whose verbs tell no tense ('dapur
    SPPG lain yang lolos inspeksi', 'warga yang ditangkap dalam unjuk rasa'), each with where its
    relative word stands: what was told before that word is the main clause's.  As with a past one,
    its verb and the triggers a few words after it with no pause; but nothing else marks where such a
    clause ends, and a tense or modal word between opens the main verb ('sapi yang divaksin dosis
    pertama telah menerima dosis kedua')."""
    predicate = _lexicon_words(code, "tense_past", "tense_future", "tense_modals")
    out: dict[int, int] = {}
    for i, (t0, t1) in enumerate(spans):
        if (i - 1 in out and _CLOSE_AFTER.fullmatch(text, spans[i - 1][1], t0)
                and (predicate is None or predicate.search(text, spans[i - 1][1], t0) is None)):
            out[i] = out[i - 1]
        elif (at := _in_restrictive_relative(text, s0, (t0, t1), code, times, "untensed_relative_words")) is not None:
            out[i] = at
    return out


def _told_in_relative_after(e: TimeExpression, i: int, spans: list[tuple[int, int]], owner_of: dict[int, int],
                            relative_at: dict[int, int], text: str, code: str) -> bool:
    """'suspended the permit of the company whose tunnel collapsed on Monday night', 'memulangkan 298
    orang ... yang berujung ricuh ..., kemarin': a time its owner's restrictive relative clause tells,
    after the relative word, is that clause's; a main-clause trigger told before the clause opens does
    not borrow it.  The event noun the clause describes does ('the protest that turned violent
    yesterday'), as do the triggers of an earlier relative clause the new one runs on from."""
    owner = owner_of.get(id(e))
    if owner is None or owner not in relative_at or i in relative_at:
        return False
    t0, t1 = spans[i]
    at = relative_at[owner]
    if not t0 < at <= e.start:
        return False
    return not (_CLOSE_AFTER.fullmatch(text, t1, at) and not verbs_in(text, t0, t1, code))


_PARENTHESIS_OPENED = regex.compile(r"\s*,[^,;.:!?]*")  # ', lanzadas hace diez años en Asunción'


def _parenthetical(e: TimeExpression, trigger: tuple[int, int], owner_of: dict[int, int],
                   spans: list[tuple[int, int]], text: str) -> bool:
    """'Las negociaciones, lanzadas hace diez años en Asunción, estuvieron a punto de naufragar en la
    ronda de Montevideo, cuando la delegación se levantó de la mesa': a time set off by commas right
    after the trigger that owns it tells of that trigger only, not of one after the phrase closes."""
    owner = owner_of.get(id(e))
    if owner is None or not spans[owner][1] <= e.start or not e.end <= trigger[0]:
        return False
    return (_PARENTHESIS_OPENED.fullmatch(text, spans[owner][1], e.start) is not None
            and "," in text[e.end:trigger[0]])


@functools.cache
def _adjunct_pattern(code: str) -> "regex.Pattern[str] | None":
    endings = _verb_form_rules(code).adjunct_endings
    return regex.compile(rf",\s+(?P<verb>\p{{L}}+(?:{_alternation(endings)}))(?!\p{{L}})", regex.IGNORECASE) if endings else None


def _in_adjunct_after(e: TimeExpression, t0: int, text: str, code: str) -> bool:
    """'approved the sale on Tuesday, brushing aside a richer rival offer': a noun inside a participle
    clause after the time is what that clause's verb acts on, not an event of the time's day.  The
    clause's own verb ('hit on Tuesday, killing five') is the time's, and so is what a verb of result
    brings about ('hit on Tuesday, causing floods')."""
    pattern = _adjunct_pattern(code)
    if pattern is None or e.end > t0:
        return False
    opened = None
    function_words = load_lexicon(code).not_names  # ', cuando' is no gerund
    for m in pattern.finditer(text, e.end, t0):
        if m.group("verb").lower() not in function_words:
            opened = m
    if opened is None or opened.end() >= t0 or not text[opened.end():t0].strip():
        return False
    clause = text[opened.start("verb"):t0].lower()
    return not any(clause.startswith(w) for w in _verb_form_rules(code).result_adjuncts)


def _undergone_after(e: TimeExpression, trigger: tuple[int, int], owner_of: dict[int, int], kinds: list[str],
                     spans: list[tuple[int, int]]) -> bool:
    """'The search was extended on Tuesday', 'Operasi SAR diperpanjang pada Selasa': the day of what
    befell the event after its trigger (UNDERGONE_KINDS) is not the event's own; the search did not
    begin then."""
    owner = owner_of.get(id(e))
    return owner is not None and kinds[owner] in UNDERGONE_KINDS and spans[owner][0] >= trigger[1]


_NEXT_TO = regex.compile(r"\s+(?:[\p{L}-]+\s+){0,3}")  # 'pushed back the first hearing', 'hearing was postponed'


def _postponed_itself(e: TimeExpression, trigger: tuple[int, int], owner_of: dict[int, int], kinds: list[str],
                      spans: list[tuple[int, int]], text: str) -> bool:
    """'pushed back the first hearing on Tuesday', 'the hearing was postponed on Tuesday', 'menunda
    sidang pada Selasa': the day a postponement was decided is not the day of what it moved.  (A
    state called off that day, 'called off its search last Friday', ended then: callers skip states.)"""
    owner = owner_of.get(id(e))
    if owner is None or kinds[owner] != POSTPONEMENT_KIND:
        return False
    p0, p1 = spans[owner]
    between = (p1, trigger[0]) if p1 <= trigger[0] else (trigger[1], p0)
    return between[0] <= between[1] and _NEXT_TO.fullmatch(text, *between) is not None


def is_coarse(e: TimeExpression) -> bool:
    """A year, a decade or a longer span named outright: no month, no day ('in 2013', 'the 1990s')."""
    r = e.reading
    return isinstance(r, Decade) or (isinstance(r, Calendar) and r.year is not None and r.month is None)


def _reachable(position: int, triggers, spans: list[tuple[int, int]], segment: Clauses, *,
               leave_subordinate: bool = True) -> list[int]:
    """The triggers a time or a name at ``position`` may go to: those of its own clause, else those
    of the sentence outside subordinate clauses but for relative ones ('for two years now, we have
    worked within the declaration, which we signed in 2022'); a name inside a subordinate clause
    stays there unless ``leave_subordinate``."""
    own = [i for i in triggers if segment(spans[i][0]) == segment(position)]
    if own or (not leave_subordinate and segment.is_subordinate(position)):
        return own
    return [i for i in triggers if not segment.is_subordinate(spans[i][0]) or segment.is_relative(spans[i][0])]


def _appositive(e: TimeExpression, times: Sequence[TimeExpression], text: str) -> bool:
    """'on Feb. 21, **eleven days before the crash**': an expression set after another one and a comma."""
    return any(o.end <= e.start and text[o.end:e.start].strip() == "," for o in times)


def is_anaphoric(e: TimeExpression) -> bool:
    """'a day later', 'the next day', 'un día después': counted from the time told before."""
    reading = e.reading
    if isinstance(reading, Duration):
        return e.link == "later"
    return (isinstance(reading, (Shift, RelativeDay, RelativeUnit)) and reading.reference is Reference.PREVIOUS
            and counted_gap(e) is None)


def counted_gap(e: TimeExpression) -> tuple[float, Unit] | None:
    """'two days before the vote', 'un día después del terremoto', 'la víspera de la cumbre': how far
    the event lies before or after (``e.link``) what follows the expression, an event or a date."""
    reading = e.reading
    if isinstance(reading, Duration) and e.link in ("before", "after"):
        if reading.amount:
            return reading.amount, reading.unit
        if reading.unit in (Unit.HOUR, Unit.MINUTE):
            return 1, reading.unit  # 'a few hours after the eruption': that day or the next, whatever the count
    if not counts_forward(e) or not (amount := anaphoric_count(reading)):
        return None
    return abs(amount), reading.unit if isinstance(reading, Shift) else Unit.DAY


def _antecedents_split(owned: dict[int, list[TimeExpression]], events_only: list[int],
                       spans: Sequence[tuple[int, int]]) -> list[TimeExpression]:
    """The dates a trigger owns before an anaphoric time it also owns ('on September 29, and a day
    later ... closed'): taken from the trigger, since they date what the anaphor counts from.  A plan
    not kept counts too ('previsto inicialmente para el lunes 23 de marzo, pero ese día el juez la
    aplazó'): it is no day of its trigger, but it is the day the anaphor names.  A trigger told
    before its date keeps it and gives up the anaphor, which dates what follows ('obtained its
    permit in 2018 and began mining a year later')."""
    anaphor_starts = [e.start for i in events_only for e in owned[i] if is_anaphoric(e)]
    if not anaphor_starts:
        return []
    split = []
    for i in events_only:
        anaphors = [e.start for e in owned[i] if is_anaphoric(e)]
        first = min(anaphors) if anaphors else None
        before = [e for e in owned[i] if not is_anaphoric(e) and (
            first is not None and e.start < first and is_dating(e)
            or _plan_not_kept(e) and e.start < min(anaphor_starts))]
        if before:
            last = max(before, key=lambda e: e.start)
            kept = not _plan_not_kept(last)
            if spans[i][1] <= last.start and kept:
                owned[i] = [e for e in owned[i] if not (is_anaphoric(e) and e.start > last.start)]
                continue
            owned[i] = [e for e in owned[i] if not any(e is b for b in before)]
            told = [j for j in events_only if spans[j][1] <= last.start and j != i
                    and not any(is_dating(e) for e in owned[j])]
            if told and kept:
                # 'mengantongi IUP pada 2018 dan mulai menambang setahun kemudian': the date of the
                # trigger told before it, which the anaphor counts from
                owned[max(told)].append(last)
                continue
            split.append(attrs.evolve(last, relation=None) if last.relation == SUPERSEDED else last)
    return split


def _plan_not_kept(e: TimeExpression) -> bool:
    """'originally scheduled for July 30': a date that would date its event, but for the plan's failing."""
    return e.relation == SUPERSEDED and is_dating(attrs.evolve(e, relation=None))


def _owned_names(names: list[Name], spans: list[tuple[int, int]], events_only: list[int],
                 segment: Clauses) -> dict[int, list[Name]]:
    """Each name goes to the nearest event trigger of its clause, or of the sentence outside
    subordinate clauses: the minister of 'the President visited last Friday, a week after Minister
    Ratna delivered aid' is not a visitor."""
    owned: dict[int, list[Name]] = {i: [] for i in events_only}
    for name in names:
        candidates = _reachable(name.start, events_only, spans, segment, leave_subordinate=False)
        if segment.is_relative(name.end) and segment(name.end) != segment(name.start):
            # 'defeating Hendra Saputra, who had lost to an empty box': the relative clause's subject
            candidates = [i for i in events_only if segment(spans[i][0]) == segment(name.end)] or candidates
        for j, items in _nearest([name], [spans[i] for i in candidates]).items():
            owned[candidates[j]].extend(items)
    return owned


def _beside_report(e: TimeExpression, verb: tuple[int, int], text: str, sentence_end: int | None = None,
                   reported: "regex.Pattern[str] | None" = None) -> bool:
    """Whether a time dates the reporting verb: close to it, with no quotation mark between ('said on
    Friday', not '"... in August," he said'), and not the end of the reported clause before it ('the
    vote is set for next month, he said') or after it ('said work could begin in early April': a
    future or modal word of ``reported`` between opens what was said); or the date that closes the
    sentence after the speaker's name ('kata Ketua KPU Sekala Jaya Rini Oktaviani di Sekala Jaya,
    Jumat (19/9/2025).')."""
    if e.end <= verb[0]:
        between = text[e.end:verb[0]]
        return len(between) <= REPORT_REACH and not QUOTES.search(between) and "," not in between
    between = text[verb[1]:e.start]
    if QUOTES.search(between) or (reported is not None and reported.search(between)):
        return False
    if len(between) <= REPORT_REACH:
        return True
    closing = sentence_end is not None and not text[e.end:sentence_end].strip(" .!?\n)")
    # the date comes right after the comma that closes the speaker's name, not at the end of the
    # clause the verb reports ('Rini menambahkan, landasan ... diaspal pada Mei mendatang.')
    return closing and between.rstrip().endswith(",") and not any(c in between for c in ";:")


SUBJECT_REACH = 40  # characters from an event noun to the date that ends its phrase ('an audit carried out in 2027')


def _closes_subject(e: TimeExpression, verb: tuple[int, int], events: list[tuple[int, int]], text: str) -> bool:
    """'a preliminary audit carried out in November 2027 had already warned': a date before the
    reporting verb that ends a phrase opened by an event noun is that event's, not the warning's."""
    if e.end > verb[0]:
        return False
    return any(b <= e.start and e.start - b <= SUBJECT_REACH and not regex.search(r"[,;:\"“”]", text[b:e.start])
               for a, b in events)


# Between a source and its reporting verb: nothing, or one apposition ('Hadi, head of PVMBG, said').
SOURCE_GAP = regex.compile(r"\s*(?:,[^,.;:\"“”]{0,60},)?\s*")


def _is_source(name: Name, reports: list[tuple[int, int]], text: str) -> bool:
    """Whether a name is the speaker of a reporting verb right beside it ('Hadi Wijaya told reporters',
    'said Hadi Wijaya', 'kata Kepala BPBD Ahmad')."""
    for a, b in reports:
        if b <= name.start and SOURCE_GAP.fullmatch(text, b, name.start):
            return True
        if name.end <= a and SOURCE_GAP.fullmatch(text, name.end, a):
            return True
    return False


def _nearest(items: list, spans: list[tuple[int, int]], text: str = "") -> dict[int, list]:
    """Each item (with start/end) given to the nearest span, ties to the earlier one.  With ``text``,
    a span with no comma or semicolon between it and the item comes first: 'signed in 2024, expired
    on April 30' gives 2024 to the signing however short the way to 'expired'."""
    owned: dict[int, list] = {i: [] for i in range(len(spans))}
    if not spans:
        return owned
    for item in items:
        nearest = min(range(len(spans)), key=lambda i: (
            pause_between((item.start, item.end), spans[i], text), _distance((item.start, item.end), spans[i]), i))
        owned[nearest].append(item)
    return owned


def pause_between(a: tuple[int, int], b: tuple[int, int], text: str) -> bool:
    """Whether a comma or semicolon stands between two spans of ``text``."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return bool(text) and lo < hi and any(c in text[lo:hi] for c in ",;")


def _date_mention(document: Document, index: int, e: TimeExpression, sentence: tuple[int, int],
                  places: list[Name], clause: tuple[int, int] | None = None,
                  gaps: tuple[TimeExpression, ...] = ()) -> EventMention:
    """A mention of no known kind made of one date and nothing else of its sentence: a date that
    dates an event the lexicon has no trigger for.  ``clause`` is where its verbs are (the date's own
    clause, not the triggers' around it)."""
    return _mention(document, index, (e.start, e.end), GENERIC_KIND, sentence, (e, *gaps), False, [], places, False,
                    action_span=clause)


SINCE_VERB_REACH = 20  # characters before a 'since' day told first where the verb it goes with stands


def _since_of_another_verb(own: list[TimeExpression], trigger: tuple[int, int], kind: str, text: str,
                           code: str) -> set[int]:
    """The ids of the 'since' days a trigger with a day of its own was given across another verb ('marcharon
    ayer ... contra el racionamiento que rige desde el 14 de febrero', 'Status itu berlaku sejak 30 Maret dan
    diperpanjang ... pada 12 April'): the start of a state no trigger names, not a bound on this event.
    A state's own 'since' day ('closed since Tuesday') and one beside its trigger ('its biggest eruption
    since 1992') stay."""
    if kind in STATE_KINDS or not any(is_dating(e) and e.relation is None and not is_anaphoric(e) for e in own):
        return set()
    out = set()
    for e in own:
        if e.relation != "since" or not is_dating(e):
            continue
        # between the two, or governing the day told first: 'Status itu berlaku sejak 30 Maret dan diperpanjang'
        a, b = (trigger[1], e.start) if e.start >= trigger[1] else (max(0, e.start - SINCE_VERB_REACH), trigger[0])
        if verbs_in(text, a, b, code):
            out.add(id(e))
    return out


def _worth_a_generic_mention(expr: TimeExpression) -> bool:
    """A dated statement without a known trigger is kept when it reports something past or planned,
    not a present-tense remark about 'today'."""
    return not (isinstance(expr.reading, RelativeDay) and expr.reading.offset == 0 and expr.tense is not Tense.FUTURE)


def _side(reading) -> int:
    """The side of the anchor a reading's own words put it on (+1 'next Monday', 'tomorrow', -1 'last
    week', 'ago'), 0 when its words leave it open."""
    if isinstance(reading, PartOf):
        return _side(reading.base)
    if isinstance(reading, (Weekday, Calendar)):
        return reading.direction.sign if reading.direction in (Direction.PAST, Direction.FUTURE) else 0
    if isinstance(reading, (RelativeDay, RelativeUnit)) and reading.reference is Reference.DCT:
        return (reading.offset > 0) - (reading.offset < 0)
    if isinstance(reading, Shift) and reading.reference is Reference.DCT:
        return (reading.amount > 0) - (reading.amount < 0)
    return 0


def _against_tense(e: TimeExpression, tense: Tense) -> bool:
    """'las clases, suspendidas desde el día del terremoto, se reanudarán el próximo lunes': a time
    whose own words point ahead is no time a past verb borrows, nor one pointing back a future one's."""
    side = _side(e.reading)
    return (side > 0 and tense is Tense.PAST) or (side < 0 and tense is Tense.FUTURE)


def _trigger_tense(document: Document, span: tuple[int, int], t0: int, t1: int,
                   plans: Sequence[tuple[int, int]] = ()) -> Tense:
    """The tense of a trigger; a past verb that an infinitive hangs on ('has agreed to testify',
    'intended to call him to testify') says nothing of the infinitive's own side of the publication,
    nor do the words of a plan given up (``plans``: 'originally scheduled for June 22')."""
    if future_marker_at(document.text, span, t0, document.language):
        return Tense.FUTURE  # a trigger that opens with its future marker: 'will buy', 'akan membeli'
    tense, distance = tense_marker(document.text, span, t0, t1, document.language, ignore=plans)
    own_past = tense_at(document.text, (t0, t1), t1, t1, document.language) is Tense.PAST
    if tense is Tense.PRESENT and own_past:
        tense = Tense.PAST  # no marker around it, a past verb of its own: 'made an approach in 2019'
    if (tense is Tense.FUTURE and own_past
            and tense_at(document.text, (span[0], t1), t0, t1, document.language, ignore=plans) is not Tense.FUTURE):
        # a past verb of its own and the future only after it: 'aprobaron este martes ir a una huelga a
        # partir del próximo lunes' (the strike is ahead, the vote is done)
        tense = Tense.PAST
    if tense is Tense.FUTURE and _inside_container(document, t0):
        return Tense.PRESENT  # 'will pay workers during the shutdown': the shutdown may have begun already
    if tense is Tense.PAST and (pattern := _infinitive_pattern(document.language)) is not None:
        found = pattern.search(document.text, max(span[0], t0 - INFINITIVE_REACH), t1)
        if found is not None and found.start() <= t0:  # 'to testify', not 'returned to school'
            return Tense.PRESENT
    if tense is Tense.PAST and _after_modal(document.text, span[0], (t0, t1), document.language):
        return Tense.PRESENT  # 'Under the ordinance passed Thursday, the city must sign': its own clause
    if tense is Tense.PAST:
        # 'announced that Ellery had agreed to testify at a hearing': the hearing hangs on the
        # infinitive, and the past verb before it says nothing of its side
        if distance is not None and void_between(document.text, max(span[0], t0 - distance - 1), t0, document.language):
            return Tense.PRESENT
    return tense


INFINITIVE_REACH = 4  # characters before a trigger where its infinitive marker stands ('to ')
CONTAINER_REACH = 40  # characters before a trigger where 'during the (two-week)' may stand


CONTINUING_REACH = 30  # characters before a state's trigger where 'remains', 'sigue', 'masih' may stand


def _continuing(document: Document, t0: int, s0: int) -> bool:
    """A word that says the state goes on ('remains closed', 'still shut', 'mantiene paralizado',
    'masih mengungsi') right before the trigger, up to two words between."""
    words = _lexicon_words(document.language, "continuing")
    return _shortly_before(document.text, max(s0, t0 - CONTINUING_REACH), t0, words)


def _inside_container(document: Document, t0: int) -> bool:
    """The trigger is what a time lies inside ('during the shutdown', 'selama penutupan'), up to two
    words after the preposition: a later time inside it says nothing of when it began."""
    words = _lexicon_words(document.language, "container_words")
    return _shortly_before(document.text, max(0, t0 - CONTAINER_REACH), t0, words)


_TWO_WORDS_AT_MOST = regex.compile(r"\s+(?:[\p{L}\d'’-]+\s+){0,2}")


def _shortly_before(text: str, lo: int, t0: int, pattern: "regex.Pattern[str] | None") -> bool:
    """One of ``pattern``'s words in ``text[lo:t0]`` with at most two words between it and ``t0``."""
    if pattern is None:
        return False
    before = text[lo:t0]
    return any(_TWO_WORDS_AT_MOST.fullmatch(before, m.end()) for m in pattern.finditer(before))


@functools.cache
def _modal_before(code: str) -> "regex.Pattern[str] | None":
    return _words_before_pattern(load_lexicon(code).tense_modals)


def _after_modal(text: str, start: int, trigger: tuple[int, int], code: str) -> bool:
    """A modal right before the trigger ('must sign', 'podría firmar'): a possibility or an
    obligation, which no past verb told before it makes past."""
    pattern = _modal_before(code)
    return pattern is not None and _right_before(pattern, text, start, trigger)


@functools.cache
def _infinitive_pattern(code: str) -> "regex.Pattern[str] | None":
    return whole_words(load_lexicon(code).infinitive_markers)


def _mention(document: Document, index: int, trigger: tuple[int, int], kind: str, sentence: tuple[int, int],
             timexes: tuple[TimeExpression, ...], inherited: bool, names: list[Name], places: list[Name],
             now: bool, sources: set[str] = frozenset(), tense_span: tuple[int, int] | None = None,
             tense: Tense | None = None, action_span: tuple[int, int] | None = None) -> EventMention:
    """``tense_span``: where the trigger's tense markers are looked for (default: the sentence);
    ``tense``: the trigger's tense when already known; ``action_span``: where a mention of no known
    kind finds its verbs (default: the sentence)."""
    s0, s1 = sentence
    t0, t1 = trigger
    near = [n for n in places if _distance((n.start, n.end), (t0, t1)) <= PLACE_REACH]
    place = min(near, key=lambda n: (_distance((n.start, n.end), (t0, t1)), n.start)).text if near else None
    participants = tuple(dict.fromkeys(n.text for n in names if not n.is_place and n.role != n.text))
    roles = tuple(dict.fromkeys(n.role for n in names if n.role and not n.is_place))
    # a speaker ('Hadi Wijaya told reporters') stays a participant but is not one of the people
    # whose difference keeps two reports apart: every agency quotes its own official
    people = tuple(dict.fromkeys(n.text for n in names if n.is_person and not n.is_place and n.text not in sources))
    head = headline_span(document)
    in_headline = head is not None and head[0] <= t0 and t1 <= head[1]
    if people and in_headline:
        # a headline capitalizes its words ('96 Penumpang Selamat', 'Muatan Berlebih'): a person of
        # it is one the article names again below it
        body = document.text[head[1]:]
        people = tuple(p for p in people if p in body)
    if kind == GENERIC_KIND:
        actions = actions_in(document.text, [action_span or sentence], document.language,
                             skip=[(e.start, e.end) for e in timexes])
    else:
        actions = trigger_actions(document.text[t0:t1], document.language)
    return EventMention(
        id=f"{document.id}#{index}", document=document.id, start=s0, end=s1, trigger_start=t0, trigger_end=t1,
        trigger=document.text[t0:t1], kind=kind, participants=participants, people=people, roles=roles,
        location=place,
        timexes=timexes, inherited=inherited, tense=tense or _trigger_tense(document, tense_span or sentence, t0, t1),
        present_now=now, sentence=document.text[s0:s1],
        ordinal=event_ordinal(document.text, t0, t1, document.language) if kind != GENERIC_KIND else None,
        previous=kind != GENERIC_KIND and is_previous(document.text, t0, t1, document.language),
        again=kind != GENERIC_KIND and is_again(document.text, t0, t1, document.language),
        headline=in_headline, actions=actions,
    )


def _opens_its_name(text: str, trigger: tuple[int, int], code: str) -> bool:
    """The trigger is a word that opens an event's own name (``name_first_heads``: 'Hurricane')."""
    return " ".join(text[trigger[0]:trigger[1]].lower().split()) in load_lexicon(code).name_first_heads


def _title(text: str, code: str, trigger: tuple[int, int], names: Sequence[Name]) -> tuple[str, Name] | None:
    """The event's own name, which tells two storms apart, and the name it was read from: 'Maria' in
    'Hurricane Maria' (a name that opens with the trigger) or in 'el huracán María' (a name right after
    it), for the words that head such names (``name_first_heads``); a place ('gempa Cianjur') says
    where, not which."""
    if not _opens_its_name(text, trigger, code):
        return None
    t0, t1 = trigger
    for n in names:
        if n.is_place:
            continue
        if n.start == t0 and n.end > t1 and text[t1:n.end].strip():
            return text[t1:n.end].strip(), n
        if 0 < n.start - t1 <= 1 and text[t1:n.start].isspace():
            return n.text, n
    return None


__all__ = ["DATING_READINGS", "GENERIC_KIND", "MAX_EVENT_DAYS", "REPORT_KIND", "detect_events", "is_dating"]
