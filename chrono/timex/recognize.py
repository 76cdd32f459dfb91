"""Find time expressions in text: run the grammar, keep the longest non-overlapping matches,
join a date with the clock time that follows it, and read each one's tense and governing word."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Sequence

import attrs
import regex

from chrono.languages import Lexicon
from chrono.model import TimeExpression
from chrono.readings import (Calendar, DayPart, Direction, Duration, Quarter, Reading, Reference, RelativeDay, Shift, Tense, Unit,
                             Weekday)
from chrono.sentences import sentence_of, sentence_spans
from chrono.timex.grammar import DIGIT_CLASSES, Grammar, Match, _alternation, after_record, grammar_for


PARTICIPLE_GAP = 12  # characters between 'will' and 'held' in 'will be held'
# A month without a year takes its tense only from a verb right beside it ('met in December'):
# farther away, reporting verbs ('said', 'invited') mislead, and the nearest instance is better.
CALENDAR_TENSE_REACH = 30


ADJACENT_TENSE = 12  # 'ocurrieron el 12 de octubre': a verb this close binds its date, even a year off
IN_PAST_CLAUSE = 20  # 'grew 5% in two years': a past verb this close makes 'in N units' a duration, not a date ahead
WEEKDAY_TENSE_REACH = 60  # a future marker farther than this does not make 'Friday' next Friday


def tense_reach(reading: Reading) -> int | None:
    if (isinstance(reading, Calendar) and reading.year is None and reading.month is not None
            and reading.year_offset is None):
        return CALENDAR_TENSE_REACH
    if isinstance(reading, Weekday) and reading.direction is None and reading.week_offset is None:
        return WEEKDAY_TENSE_REACH
    if isinstance(reading, Quarter) and reading.year is None and reading.offset is None:
        return CALENDAR_TENSE_REACH + 1  # a month's reach (one character more, as measured)
    return None


@attrs.frozen
class _Candidate:
    start: int
    end: int
    span_start: int
    span_end: int
    priority: int
    rule: str
    reading: Reading


WINDOW = 32  # characters parsed on each side of an anchor word: more than any expression reaches from its anchor word (an optional prefix cut off leaves the rest); measured: no value changed from 45 on six TimeML corpora


_TOKEN = re.compile(r"[^\W\d_]+")


def _merge(positions: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in sorted(positions):
        a, b = max(0, start - WINDOW), min(size, end + WINDOW)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans


def _windows(text: str, grammar: Grammar) -> dict[str | None, list[tuple[int, int]]]:
    """For each word class (None: any anchor word), the merged spans of text around its words.

    One stdlib token pass and dictionary look-ups: the rest of the text cannot hold an expression
    of that class, so its rules never run there."""
    found: dict[str | None, list[tuple[int, int]]] = {None: []}
    for name in grammar.classes:
        found[name] = []
    index = grammar.index
    for m in _TOKEN.finditer(text):
        names = index.get(m.group().lower())
        if names:
            span = m.span()
            for name in names:
                found[name].append(span)
    for name, pattern in DIGIT_CLASSES:
        spans = [m.span() for m in pattern.finditer(text)]
        found[None].extend(spans)
        found[name].extend(spans)
    if grammar.hour_words is not None:
        spans = [m.span() for m in grammar.hour_words.finditer(text)]
        found[None].extend(spans)
        found["HOURW"].extend(spans)
    return {name: _merge(spans, len(text)) for name, spans in found.items()}


WRAPPED_LINE = 60  # a line at least this long before a break is running prose, hard-wrapped


def _across_title(text: str, m) -> bool:
    """Whether a match crosses a line break that is not the wrapping of running prose: a title line
    ('Friday') and the dateline under it ('September 18, 2008') are two things."""
    start, end = m.span()
    brk = text.find("\n", start, end)
    if brk < 0:
        return False
    if "\n\n" in text[start:end]:
        return True
    return brk - (text.rfind("\n", 0, start) + 1) < WRAPPED_LINE


def _matches(pattern, text: str, a: int, b: int):
    """The pattern's matches in [a, b); one that crosses a title line is dropped and the search
    resumes after the break ('Friday' / 'September 18, 2008')."""
    pos = a
    while pos < b:
        m = pattern.search(text, pos, b)
        if m is None:
            return
        if _across_title(text, m):
            pos = text.find("\n", m.start(), m.end()) + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _candidates(text: str, grammar: Grammar) -> list[_Candidate]:
    found: list[_Candidate] = []
    windows = _windows(text, grammar)
    for priority, rule in enumerate(grammar.rules):
        for a, b in windows[rule.anchor]:
            for m in rule.pattern.finditer(text, a, b):  # the fast path; rare title breaks go to _matches
                if _across_title(text, m):
                    for later in _matches(rule.pattern, text, m.start(), b):
                        _add_candidate(found, rule, priority, later, text, grammar)
                    break
                _add_candidate(found, rule, priority, m, text, grammar)
    return found


def _add_candidate(found: list[_Candidate], rule, priority: int, m, text: str, grammar: Grammar) -> None:
    if m.end() == m.start():
        return
    reading = rule.build(Match(m, text, grammar.lexicon))
    if reading is None:
        return
    s, e = (m.span("core") if rule.core and m.group("core") else m.span())
    found.append(_Candidate(m.start(), m.end(), s, e, priority, rule.name, reading))


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Greedy longest-first selection of non-overlapping matches; ties go to the earlier rule."""
    chosen: list[_Candidate] = []
    starts: list[int] = []  # taken spans never overlap: sorted starts and their ends suffice
    ends: list[int] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        i = bisect.bisect_left(starts, c.end)  # spans starting before c ends
        if i and ends[i - 1] > c.start:
            continue
        chosen.append(c)
        j = bisect.bisect_left(starts, c.start)
        starts.insert(j, c.start)
        ends.insert(j, c.end)
    return sorted(chosen, key=lambda c: c.start)


@functools.lru_cache(maxsize=None)
def _gaps(code: str) -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    """What may stand between a day and its clock time ('8 Oct. at 13:00', 'Selasa pukul 10.00') and
    between a clock time and its day ('13:00 MSK on Tuesday'): a comma or the language's link words."""
    lex = grammar_for(code).lexicon

    def alternatives(words: tuple[str, ...]) -> str:
        return f"|{_alternation(words)}" if words else ""

    # a comma or a link word before the clock time ('3 octobre, à 20 h 30' is a date, then a time);
    # a comma and a link word after it ('15 h 30, hier')
    date_time = regex.compile(rf"\s*(?:,{alternatives(lex.date_time_links)})?\s*$", regex.IGNORECASE)
    time_date = regex.compile(rf"\s*,?\s*(?:(?!x)x{alternatives(lex.time_date_links)})?\s*$", regex.IGNORECASE)
    return date_time, time_date


# a larger unit in a smaller one, where the count is exact: 'five weeks and one day' is 36 days
_EXACT_IN = {(Unit.WEEK, Unit.DAY): 7, (Unit.DAY, Unit.HOUR): 24, (Unit.HOUR, Unit.MINUTE): 60,
             (Unit.YEAR, Unit.MONTH): 12}


@functools.cache
def _duration_joiner(code: str) -> "regex.Pattern[str] | None":
    """The language's 'and' (its first coordinator) between the two parts of a compound duration."""
    words = grammar_for(code).lexicon.coordinators[:1]
    return regex.compile(rf"\s*,?\s*{_alternation(words)}\s+", regex.IGNORECASE) if words else None


def _join_compound_durations(text: str, chosen: list[_Candidate], code: str) -> list[_Candidate]:
    """'five weeks and one day', 'two years and three months', 'dua jam dan 30 menit' are one duration,
    counted in the smaller unit: the gap that 'after the attack' counts is the whole of it."""
    joiner = _duration_joiner(code)
    if joiner is None:
        return chosen
    out: list[_Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (prev is not None and isinstance(prev.reading, Duration) and isinstance(c.reading, Duration)
                and prev.reading.mod is None and c.reading.mod is None
                and not (prev.reading.up_to_now or prev.reading.ahead or c.reading.up_to_now or c.reading.ahead)
                and (factor := _EXACT_IN.get((prev.reading.unit, c.reading.unit))) is not None
                and prev.reading.amount is not None and c.reading.amount is not None
                and float(prev.reading.amount).is_integer() and float(c.reading.amount).is_integer()
                and joiner.fullmatch(text, prev.end, c.start)):
            amount = int(prev.reading.amount) * factor + int(c.reading.amount)
            out[-1] = _Candidate(prev.start, c.end, prev.span_start, c.span_end, c.priority, "duration-compound",
                                 Duration(unit=c.reading.unit, amount=amount))
            continue
        out.append(c)
    return out


RANGE_FIRST_RULES = ("range-first-day", "range-month-first-day")
RANGE_GAP = 16  # characters between the two days of a range ('del 6 al 9', 'vom 2. bis zum 7.')


def _join_day_ranges(chosen: list[_Candidate]) -> list[_Candidate]:
    """'from 26 to 31 August', 'Aug. 26-31': two dates (as TimeML tags them), each knowing the range
    it ends, so that what happened over it is dated to the range, not to either day."""
    out = list(chosen)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.rule in RANGE_FIRST_RULES or b.rule == "range-second-day") or b.start - a.end > RANGE_GAP:
            continue
        ra, rb = a.reading, b.reading
        if (isinstance(ra, Calendar) and isinstance(rb, Calendar) and ra.day is not None and rb.day is not None
                and ra.month == rb.month and ra.year == rb.year and ra.day < rb.day):
            span = (ra.day, rb.day)
            out[i] = attrs.evolve(a, reading=attrs.evolve(ra, days_span=span))
            out[i + 1] = attrs.evolve(b, reading=attrs.evolve(rb, days_span=span))
    return out


def _bare_noon(reading) -> bool:
    """'noon', 'à minuit' told alone (the day just spoken of): a clock time a day after it may own."""
    return (isinstance(reading, RelativeDay) and reading.reference is Reference.PREVIOUS and reading.offset == 0
            and reading.hour is None and reading.day_part in (DayPart.NOON, DayPart.MIDNIGHT))


def _join_date_and_time(text: str, chosen: list[_Candidate], code: str) -> list[_Candidate]:
    """'8 Oct. 13:00', 'Tuesday at 13:00', '10 p.m. yesterday' are one TIME: a day and a clock time side by side."""
    date_time_gap, time_date_gap = _gaps(code)
    out: list[_Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (prev is not None and (isinstance(prev.reading, (Weekday, RelativeDay))
                                  or (isinstance(prev.reading, Calendar) and prev.reading.day is not None))
                and prev.reading.hour is None and isinstance(c.reading, Calendar) and c.reading.hour is not None
                and c.reading.day is None and c.reading.month is None and c.start - prev.end <= 8
                and date_time_gap.match(text[prev.end:c.start])):
            # 'Tuesday at 13:00', 'hier à 10 h': the day part gives way to the clock time
            reading = attrs.evolve(prev.reading, hour=c.reading.hour, minute=c.reading.minute, zone=c.reading.zone,
                                   day_part=None)
            out[-1] = _Candidate(prev.start, c.end, prev.span_start, c.span_end, prev.priority, "date-time", reading)
            continue
        clock = prev is not None and isinstance(prev.reading, Calendar) and prev.reading.hour is not None and (
            prev.reading.day is None and prev.reading.month is None)
        if (prev is not None and (clock or _bare_noon(prev.reading))
                and c.start - prev.end <= 6 and time_date_gap.match(text[prev.end:c.start])
                and (isinstance(c.reading, (Weekday, RelativeDay))
                     or (isinstance(c.reading, Calendar) and c.reading.day is not None and c.reading.hour is None))):
            # '10 p.m. Wednesday', '4 a.m. EDT Thursday', '15 h 30, hier', 'noon on Friday': the clock time of that day
            if clock:
                h, mnt = prev.reading.hour, prev.reading.minute
                reading = attrs.evolve(c.reading, hour=h, minute=mnt, day_part=None, zone=prev.reading.zone)
            else:
                reading = attrs.evolve(c.reading, day_part=prev.reading.day_part)
            out[-1] = _Candidate(prev.start, c.end, prev.span_start, c.span_end, c.priority, "time-date", reading)
            continue
        out.append(c)
    return out


@attrs.frozen
class _TenseMarkers:
    future: "regex.Pattern[str]"
    past: "regex.Pattern[str]"
    suffix: "regex.Pattern[str] | None"
    exceptions: frozenset[str]
    relations: tuple[tuple[str, "regex.Pattern[str]"], ...]
    links: tuple[tuple[str, "regex.Pattern[str]"], ...] = ()  # 'after'/'before' right after an expression
    participle: "regex.Pattern[str] | None" = None  # 'be ' right before a past form
    past_auxiliary: "regex.Pattern[str] | None" = None  # 'had been ' right before a future marker
    not_tense: "regex.Pattern[str] | None" = None  # 'next to': a marker word that marks nothing here
    past_before: "regex.Pattern[str] | None" = None  # 'since ' right before an expression: it is past
    deferral: "regex.Pattern[str] | None" = None  # 'postponed ' before 'until Tuesday': the day is ahead
    # ', the companies said' after an expression: when the words were said, not when the date falls
    attribution: "regex.Pattern[str] | None" = None
    future_suffix: "regex.Pattern[str] | None" = None  # 'publicará', 'signera': a future by its ending
    future_exceptions: frozenset[str] = frozenset()
    # ' and ' (and up to two words) between an expression and a marker after it: the marker is the next clause's
    coordinated: "regex.Pattern[str] | None" = None
    to_a_date: "regex.Pattern[str] | None" = None  # ' the scheduled date' after a link word: a date, no event
    # ', según los resultados de las elecciones del domingo': what the source tells, whose tense no verb before it sets
    source: "regex.Pattern[str] | None" = None


@functools.cache
def _markers(code: str) -> _TenseMarkers:
    lex: Lexicon = grammar_for(code).lexicon
    flags = regex.IGNORECASE

    def words(ws):
        return regex.compile(rf"(?<![\w']){_alternation(ws)}(?![\w])", flags)

    suffix = None
    if lex.past_suffixes:
        suffix = regex.compile(rf"(?<![\w'])\p{{Ll}}{{2,}}(?:{_alternation(lex.past_suffixes)})(?![\w])")
    relations = tuple(
        (label, regex.compile(rf"(?<![\w]){_alternation(ws)}\s+(?:the\s+)?$", flags))
        for label, ws in sorted(lex.relations.items()) if label != SUPERSEDED
    )
    if lex.relations.get(SUPERSEDED):
        # a few words may stand between: 'originally scheduled for', 'semula ditargetkan rampung'
        # words, not another date: 'diundur dari 22 Juni itu digelar kemarin' gives up 22 June, not yesterday
        # nor a time a state is told at: 'no sessions had been scheduled as of Monday evening'
        status = rf"(?!{_alternation(lex.status_before)}\s)" if lex.status_before else ""
        gap = rf"(?:{status}[^\s\d.;:!?,]+\s+){{0,{SUPERSEDED_WORDS}}}{status}"
        superseded = regex.compile(rf"(?<![\w]){_alternation(lex.relations[SUPERSEDED])}\s+{gap}$", flags)
        relations = ((SUPERSEDED, superseded), *relations)
    links = tuple(
        (label, regex.compile(rf"\s*{_alternation(lex.relations[label])}(?![\w])", flags))
        for label in ("after", "before", "later") if lex.relations.get(label)
    )
    to_a_date = None
    if lex.date_nouns:
        to_a_date = regex.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}{_alternation(lex.date_nouns)}(?![\w])", flags)
    participle = None
    if lex.participle_after:
        participle = regex.compile(rf"(?<![\w']){_alternation(lex.participle_after)}\s+$", flags)
    past_auxiliary = None
    if lex.past_auxiliaries:
        past_auxiliary = regex.compile(rf"(?<![\w']){_alternation(lex.past_auxiliaries)}\s+(?:\w+\s+){{0,2}}$", flags)
    not_tense = words(lex.not_tense) if lex.not_tense else None
    past_before = None
    if lex.past_before:
        past_before = regex.compile(rf"(?<![\w]){_alternation(lex.past_before)}\s+(?:the\s+)?$", flags)
    deferral = words(lex.deferral_words) if lex.deferral_words else None
    attribution = None
    if reporting := lex.event_triggers.get("report"):
        attribution = regex.compile(rf"[^,.;:!?]*,\s*(?:[^\s,.;:!?]+\s+){{0,{ATTRIBUTION_WORDS}}}{_alternation(reporting)}", flags)
    future_suffix = None
    if lex.future_suffixes:
        future_suffix = regex.compile(rf"(?<![\w'])\p{{Ll}}{{2,}}(?:{_alternation(lex.future_suffixes)})(?![\w])")
    coordinated = None
    if lex.coordinators:
        coordinated = regex.compile(rf"\s*,?\s*{_alternation(lex.coordinators)}\s+(?:[^\s\d.,;:!?]+\s+){{0,2}}", flags)
    source = None
    if lex.source_prepositions:
        source = regex.compile(rf"[,;]\s*{_alternation(lex.source_prepositions)}(?![\w])", flags)
    return _TenseMarkers(words(lex.tense_future), words(lex.tense_past), suffix, lex.past_suffix_exceptions, relations,
                         links, participle, past_auxiliary, not_tense, past_before, deferral, attribution,
                         future_suffix, lex.future_suffix_exceptions, coordinated, to_a_date, source)


@functools.lru_cache(maxsize=256)
def _sentence_markers(chunk: str, code: str) -> tuple[tuple[int, int, Tense], ...]:
    """Tense markers of one sentence, as (start, end, tense) relative to it; cached because every
    expression and trigger of a sentence asks."""
    markers = _markers(code)
    void = [(m.start(), m.end()) for m in markers.not_tense.finditer(chunk)] if markers.not_tense is not None else []
    futures = [(m.start(), m.end()) for m in markers.future.finditer(chunk)
               if not any(a <= m.start() < b for a, b in void)]
    if markers.future_suffix is not None:
        futures = sorted({*futures, *((m.start(), m.end()) for m in markers.future_suffix.finditer(chunk)
                                      if m.group().lower() not in markers.future_exceptions)})
    planned = []
    if markers.past_auxiliary is not None:
        # 'had been due to expire in June', 'had expected to reopen by late July': a plan made in the past
        # tells neither side of its day; the nearest one it is
        planned = [(a, b) for a, b in futures if markers.past_auxiliary.search(chunk[max(0, a - 28):a])]
        futures = [f for f in futures if f not in planned]
    found = [(a, b, Tense.FUTURE) for a, b in futures] + [(a, b, Tense.PRESENT) for a, b in planned]
    pasts = list(markers.past.finditer(chunk))
    if markers.suffix is not None:
        pasts += [m for m in markers.suffix.finditer(chunk) if m.group().lower() not in markers.exceptions]
    for m in pasts:
        if any(a <= m.start() < b for a, b in void):
            continue  # 'had agreed to testify': the infinitive's day is on neither side
        # 'will be held', 'is expected to be signed': a past form right after a future auxiliary;
        # 'must be returned', 'can be exercised': a participle after 'be'
        if any(0 <= m.start() - fe <= PARTICIPLE_GAP for _, fe in futures):
            continue
        if markers.participle is not None and markers.participle.search(chunk[max(0, m.start() - 16):m.start()]):
            continue
        found.append((m.start(), m.end(), Tense.PAST))
    return tuple(found)


def void_between(text: str, start: int, end: int, code: str) -> bool:
    """A phrase that marks no tense ('had agreed to') within ``text[start:end]``: what follows it
    hangs on an infinitive, whatever tense a verb before it has."""
    void = _markers(code).not_tense
    return void is not None and void.search(text, start, end) is not None


ATTRIBUTION_WORDS = 4  # words between the comma and the reporting verb: ', the companies said'


def future_marker_at(text: str, sentence: tuple[int, int], position: int, code: str) -> bool:
    """Whether a future marker of the sentence starts at ``position`` ('will buy': a trigger that opens
    with its own future marker)."""
    s0, s1 = sentence
    return any(a + s0 == position and tense is Tense.FUTURE for a, _, tense in _sentence_markers(text[s0:s1], code))


_CLAUSE_BREAK = regex.compile(r"[,;]")


def tense_at(text: str, sentence: tuple[int, int], start: int, end: int, code: str,
             reach: int | None = None, far_future: bool = False, ignore: Sequence[tuple[int, int]] = ()) -> Tense:
    """The tense of the marker nearest to [start, end) within its sentence (and within ``reach``
    characters when given), none inside an ``ignore`` span; PRESENT when none.  A marker of the
    expression's own clause (no comma or semicolon between) wins over one beyond; a future marker wins a tie."""
    return tense_marker(text, sentence, start, end, code, reach, far_future, ignore)[0]


def tense_marker(text: str, sentence: tuple[int, int], start: int, end: int, code: str,
                 reach: int | None = None, far_future: bool = False, ignore: Sequence[tuple[int, int]] = (),
                 times: Sequence[tuple[int, int]] = ()) -> tuple[Tense, int | None]:
    """``tense_at`` with the distance in characters to the marker that set it (None: no marker).
    ``times``: the sentence's other time expressions, whose words ('demain') are no far future verb."""
    s0, s1 = sentence
    best: tuple[int, int, Tense] | None = None
    attribution = _markers(code).attribution
    markers = _sentence_markers(text[s0:s1], code)
    if ignore:
        markers = tuple(x for x in markers if not any(a <= x[0] + s0 < b for a, b in ignore))
    # 'will vote on June 22, the companies said': the saying is past, not the vote, when the clause
    # has a verb of its own ('Over the weekend, officials confirmed' has none: the confirming is then)
    # ('Consultado sobre la emergencia, cuya vigencia vence a comienzos de junio, el gobernador dijo':
    # a date in a clause opened by a comma is not the saying's either)
    own_verb = attribution is not None and (any(b + s0 <= start for _, b, _ in markers)
                                            or "," in text[s0:start])
    # 'would hold a hearing on March 22 and had invited Whitcomb': a future verb before the expression
    # tells it, not the past verb of the clause coordinated after it ('said work could begin in early
    # April and the bridge should reopen': a past verb before is often the saying, and does not)
    before = [(b, tense) for _, b, tense in markers if b + s0 <= start]
    future_before = bool(before) and max(before, key=lambda x: x[0])[1] is Tense.FUTURE
    coordinated, source = _markers(code).coordinated, _markers(code).source
    for a, b, tense in markers:
        a, b = a + s0, b + s0
        if start <= a < end:
            continue  # the expression's own words do not set its tense
        if (future_before and tense is Tense.PAST and coordinated is not None and a >= end
                and coordinated.fullmatch(text, end, a)):
            continue
        if own_verb and tense is Tense.PAST and a >= end and attribution.fullmatch(text, end, b):
            continue
        if source is not None and a < start and source.search(text, b, start) is not None:
            continue  # 'se disputarán la segunda ronda, según los resultados de las elecciones del domingo'
        # a marker that runs into the expression ('hasta el' before 'el día 13') is right beside it
        distance = max(0, start - b) if a < start else a - end
        # 'which began on Monday (April 3), aims to reach': a verb of the expression's own clause
        # tells it before a nearer one beyond a comma
        between = (b, start) if a < start else (end, a)
        key = (_CLAUSE_BREAK.search(text, *between) is not None, distance, 0 if tense is Tense.FUTURE else 1, tense)
        if best is None or key[:3] < best[:3]:
            best = key
    if best is None:
        return Tense.PRESENT, None
    best = best[1:]  # (distance, rank, tense)
    if reach is not None and best[0] > reach:
        # beyond reach a reporting verb ('said') misleads; a future marker earlier in the same sentence
        # ('will be named commander for a mission in December') still tells, when asked for
        if far_future and any(t is Tense.FUTURE and b + s0 <= start and not any(t0 <= a + s0 < t1 for t0, t1 in times)
                              for a, b, t in _sentence_markers(text[s0:s1], code)):
            return Tense.FUTURE, best[0]
        return Tense.PRESENT, None
    return best[2], best[0]


def link_after(text: str, end: int, code: str) -> str | None:
    """'a month **after** the summit', 'dua hari **sebelum**': the word that ties a duration to an event.
    None when what follows is a date ('dos días antes de la fecha prevista'): no event to count from."""
    markers = _markers(code)
    after = text[end:end + 60]  # a slice: matching at an offset of a long text is not cheap
    for label, pattern in markers.links:
        if (found := pattern.match(after)) is not None:
            if markers.to_a_date is not None and markers.to_a_date.match(after, found.end()) is not None:
                return None
            return label
    return None


SUPERSEDED = "superseded"  # 'originally set for July 30': a plan not kept, no day of the event
SUPERSEDED_WORDS = 4
RELATION_REACH = 60  # characters before an expression where its governing word is looked for


def superseded_phrase(text: str, start: int, code: str) -> tuple[int, int] | None:
    """Where 'originally scheduled for' stands before an expression it gives up: its plan words
    ('scheduled') tell of the plan, not of the event's side of the publication."""
    pattern = dict(_markers(code).relations).get(SUPERSEDED)
    found = pattern.search(text, max(0, start - RELATION_REACH), start) if pattern is not None else None
    return (found.start(), found.end()) if found is not None else None


def relation_before(text: str, start: int, code: str) -> str | None:
    """The governing word right before an expression: 'until' in 'through 2026', 'since' in 'since 1991',
    'superseded' in 'originally scheduled for July 30'."""
    before = text[max(0, start - RELATION_REACH): start]
    for label, pattern in _markers(code).relations:
        if found := pattern.search(before):
            if label == "since" and after_record(before[:found.start()], grammar_for(code).lexicon):
                return "after"  # 'shut down for the first time since 2017': after 2017, not since then
            return label
    return None


def _since_is_past(text: str, start: int, code: str) -> bool:
    pattern = _markers(code).past_before
    return pattern is not None and pattern.search(text[max(0, start - 30):start]) is not None


DEFERRAL_REACH = 60  # 'postponed the vote of the regional council until Tuesday'
DEFERRAL_AFTER = 20  # 'bis Dienstag vertagt': a verb that closes its clause


def _deferred(text: str, sentence: tuple[int, int], start: int, end: int, code: str) -> bool:
    """'postponed until Tuesday', 'aplazó la audiencia hasta el martes', 'bis Dienstag vertagt': a past
    verb that moves the date ahead."""
    pattern = _markers(code).deferral
    return pattern is not None and (
        pattern.search(text, max(sentence[0], start - DEFERRAL_REACH), start) is not None
        or pattern.search(text, end, min(sentence[1], end + DEFERRAL_AFTER)) is not None)


FRONTED = regex.compile(r"\W*(?:[^\W\d_]+\s+){0,2}")  # 'On Tuesday,', 'Early on Tuesday,', 'El martes,'


def _fronted(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """'On Tuesday, the league plans to hold a news conference': a date that opens its sentence before a
    comma dates the main clause, however long its subject."""
    return (FRONTED.fullmatch(text, sentence[0], start) is not None
            and text[end:end + 3].lstrip(" ").startswith(","))


def recognize(text: str, language: str, *, sentences: list[tuple[int, int]] | None = None) -> list[TimeExpression]:
    """Every time expression of ``text`` in ``language``, in text order, with reading, tense and relation."""
    grammar = grammar_for(language)
    chosen = _join_compound_durations(text, _join_date_and_time(text, _join_day_ranges(_select(_candidates(text, grammar))), language),
                                      language)
    spans = sentences if sentences is not None else sentence_spans(text)
    out = []
    times = [(c.span_start, c.span_end) for c in chosen]
    for c in chosen:
        sentence = sentence_of(spans, c.span_start)
        reading, start = c.reading, c.span_start
        reach = tense_reach(reading)
        yearless_date = reach is not None and isinstance(reading, Calendar)  # a month, a day of a month
        fronted = reach is not None and _fronted(text, sentence, c.span_start, c.span_end)
        tense, distance = tense_marker(text, sentence, c.start, c.end, language, reach=None if fronted else reach,
                                       far_future=reach is not None, times=times)
        possessive = text[c.span_end:c.span_end + 2] in ("'s", "’s")
        bare_weekday = isinstance(reading, Weekday) and reading.direction is None
        if bare_weekday and possessive:
            tense = Tense.PRESENT  # "Wednesday's ruling": an event named, not the verb's time; the latest one
        # "after Saturday's attack": 'after' governs the attack named, not its day
        relation = None if possessive else relation_before(text, c.start, language)
        if isinstance(reading, Calendar) and reading.days_span:
            # 'from 6 to 9 June', 'del 6 al 9 de junio': 'from' opens the range and 'al' joins it, neither
            # bounds it; 'before 6-9 June' does
            if reading.day == reading.days_span[0]:
                relation = None if relation == "since" else relation
            else:
                relation = out[-1].relation if out else None
        if relation == SUPERSEDED and isinstance(reading, Weekday) and reading.direction is None:
            # 'estaba prevista inicialmente para el miércoles', 'originally set for Wednesday': a plan
            # given up may have fallen before the writing or after it; the nearest such day, whatever
            # tense the plan's own words ('prevista', 'scheduled') carry
            reading = attrs.evolve(reading, direction=Direction.NEAREST)
        if relation == "since" and reach is not None and _since_is_past(text, c.start, language):
            tense = Tense.PAST  # 'closed since Wednesday, will stay shut': the Wednesday before
        if (relation == "until" and tense is Tense.PAST and reach is not None
                and _deferred(text, sentence, c.start, c.end, language)):
            tense = Tense.FUTURE  # 'postponed until Tuesday morning': a past verb, a day still ahead
        if relation == "until" and tense is Tense.PAST and yearless_date:
            tense = Tense.PRESENT  # 'must be back by Jan. 14', 'extended to Nov. 16': a deadline, the nearest one
        tenseless = (relation in ("until", "since") and tense is Tense.PRESENT and bare_weekday
                     and tense_marker(text, sentence, c.start, c.end, language)[1] is None)
        if tenseless and relation == "until":
            tense = Tense.FUTURE  # 'markets remain closed until Friday': a deadline still ahead, in a tenseless sentence
        elif tenseless and not _since_is_past(text, c.start, language):
            # 'Mulai Kamis, Pemprov memberlakukan status transisi', 'starting Monday, the bridge is closed':
            # a start that no 'since' makes past, in a tenseless sentence: the nearest such day
            reading = attrs.evolve(reading, direction=Direction.NEAREST)
        if c.rule == "in-future" and tense is Tense.PAST and distance is not None and distance <= IN_PAST_CLAUSE:
            # 'grew 5% in two years': in a past clause 'in N units' is how long, not when
            reading = Duration(unit=reading.unit, amount=reading.amount)
            start = c.start + len(regex.match(r"\S+\s+", text[c.start:c.end]).group())
        end, link = c.span_end, link_after(text, c.end, language)
        if link is None and (counted := counted_forward(text, start, c.span_end, reading, language)) is not None:
            # 'two days before Christmas', 'the day after the vote', 'la víspera de la cumbre':
            # counted from what follows, not from what was told before
            reading, end, link = counted
        out.append(TimeExpression(
            start=start, end=end, text=text[start:end], reading=reading, rule=c.rule,
            tense=tense, relation=relation, link=link,
            tense_adjacent=distance is not None and distance <= ADJACENT_TENSE,
            cited=_cited_year(text, start, reading, language),
        ))
    return out


CITATION_REACH = 30  # characters before a year in which a statute's number ('Nomor 4', 'No. 18 of') is looked for


@functools.cache
def _citation_pattern(code: str) -> "regex.Pattern[str] | None":
    lex = grammar_for(code).lexicon
    if not lex.citation_numbers:
        return None
    of = rf"(?:{_alternation(lex.of_words)})\s+" if lex.of_words else ""  # 'Law No. 18 of 2009'
    return regex.compile(rf"(?<!\w){_alternation(lex.citation_numbers)}\s*\d+\s+{of}$", regex.IGNORECASE)


def _cited_year(text: str, start: int, reading: Reading, code: str) -> bool:
    """A year right after a statute's number ('Undang-Undang Nomor 4 Tahun 2028', 'Law Number 4 of
    2028'): the year the statute was made, part of its name."""
    pattern = _citation_pattern(code)
    if pattern is None or not (isinstance(reading, Calendar) and reading.year is not None
                               and reading.month is None and reading.day is None):
        return False
    return pattern.search(text[max(0, start - CITATION_REACH):start]) is not None


COUNT_GAP = 14  # characters between a count and the day it counts from ('dos días antes de la Navidad')


def anaphoric_count(reading: Reading) -> float | None:
    """The signed count of an anaphoric day or shift ('two days later' 2, 'la víspera' -1); None for
    any other reading."""
    if isinstance(reading, (Shift, RelativeDay)) and reading.reference is Reference.PREVIOUS:
        return reading.amount if isinstance(reading, Shift) else reading.offset
    return None


def counts_forward(e: TimeExpression) -> bool:
    """An anaphoric day or shift tied to what follows it ('the day before last Tuesday', 'la víspera de')."""
    return e.link in ("before", "after") and anaphoric_count(e.reading) is not None


@functools.lru_cache(maxsize=None)
def _counted_patterns(code: str) -> tuple["regex.Pattern[str] | None", "regex.Pattern[str] | None", "regex.Pattern[str]",
                                         "regex.Pattern[str] | None"]:
    """A relation word that ends an anaphoric count ('two days before'), a reference link word and a
    word after one ('la víspera de la'), what must follow: a word that is no conjunction ('Two days before, ...',
    'a day later and ...' count from what was told), and a duration's word before ('for nearly')."""
    lex = grammar_for(code).lexicon
    flags = regex.IGNORECASE
    words = [w for label in ("before", "after") for w in lex.relations.get(label, ())]
    ending = regex.compile(rf"\s+{_alternation(words)}$", flags) if words else None
    linked = (regex.compile(rf"\s+{_alternation(lex.reference_links)}(?:\s+|(?<=['’]))(?=\w)", flags)
              if lex.reference_links else None)
    stop = f"{_alternation(lex.coordinators)}(?!\\w)" if lex.coordinators else "(?!x)x"
    follows = regex.compile(rf"\s+(?!{stop})\w", flags)
    lasting = regex.compile(rf"(?<!\w){_alternation(lex.duration_prefixes)}\s+(?:[\w-]+\s+)?$", flags) if lex.duration_prefixes else None
    return ending, linked, follows, lasting


def counted_forward(text: str, start: int, end: int, reading, code: str):
    """An anaphoric count that a following word anchors ('two days before Christmas', 'the day after
    the vote', 'la víspera de la cumbre', 'le lendemain du scrutin'): (reading, end, link) with link
    'before' or 'after', the count a Duration when its relation word is cut off ('two days'), else the
    reading kept; None when the count stands alone ('Two days before, he had resigned')."""
    if not (amount := anaphoric_count(reading)):
        return None
    ending, linked, follows, lasting = _counted_patterns(code)
    label = "before" if amount < 0 else "after"
    tail = ending.search(text, start, end) if ending is not None else None
    if tail is not None and follows.match(text, end, end + 40):
        if isinstance(reading, Shift):
            if lasting is not None and lasting.search(text, max(0, start - 30), start):
                return None  # 'testified for nearly three hours before the committee': how long, and where
            to_a_date = _markers(code).to_a_date
            if to_a_date is not None and to_a_date.match(text, end, end + 60) is not None:
                # 'two days before the deadline': counted from a date no event of the sentence is
                return Duration(unit=reading.unit, amount=abs(amount)), tail.start(), None
            return Duration(unit=reading.unit, amount=abs(amount)), tail.start(), label
        return reading, end, label
    if linked is not None and linked.match(text, end, end + 40) is not None:
        return reading, end, label
    return None
