"""The stages composed: paths -> Timeline.  No globals; the clock is read only by the caller."""
from __future__ import annotations

import datetime as dt
import pathlib
from typing import Callable, Iterable, Mapping

import attrs

from chrono import calendar
from chrono.anchors import HEAD_LINE_LENGTH, Dateline, dateline_anchor, find_anchors, find_dateline, latest_year
from chrono.constraints import (
    Builder, anchor_constraints, event_constraints, gap_origin, has_end, lede_constraints, max_days, mention_constraints,
    pub_var, report_constraints,
)
from chrono.corpus import parse_header, read_corpus
from chrono.dayset import DaySet
from chrono.events.detect import REPORT_KIND, detect_events, is_dating
from chrono.events.merge import merge_mentions
from chrono.events.names import headline_names, lede_names
from chrono.events.plans import moved_plans
from chrono.events.translations import Fingerprint, find_translations, fingerprint, twin_mentions
from chrono.model import Anchor, Document, Event, EventMention, Problem, TimeExpression, Timeline
from chrono.readings import Calendar, Reference, Shift
from chrono.reason import Because, Conflict, Constraint, Network, Solution
from chrono.timeline import HorizonProbes, build
from chrono.timex.recognize import recognize

HORIZON_START = calendar.day(1800, 1, 1)
FUTURE_YEARS = 50


@attrs.frozen(kw_only=True)
class Analysis:
    """What one document says, before any cross-document reasoning."""

    document: Document
    expressions: tuple[TimeExpression, ...]
    mentions: tuple[EventMention, ...]
    place: str | None
    topics: tuple[str, ...] = ()  # names of the headline
    fingerprint: Fingerprint | None = None  # what of it survives translation
    dated_line: Anchor | None = None  # the publication date its dateline or date line gives


def _skipped_spans(document: Document, dateline: Dateline | None, dated_line: Anchor | None
                   ) -> tuple[tuple[int, int], ...]:
    """Parts of the text that are not prose: a metadata header, the wire dateline ('MOSCOW (AA) -',
    'Yakarta, 12 mar (EFE).-'), or a short line that holds the publication date."""
    spans = []
    _, body = parse_header(document.text)
    if body:
        spans.append((0, body))
    if dateline is not None:
        spans.append((dateline.start, dateline.end))
    if dated_line is not None and dated_line.start is not None:
        line_start = document.text.rfind("\n", 0, dated_line.start) + 1
        line_end = document.text.find("\n", dated_line.start)
        line_end = len(document.text) if line_end < 0 else line_end
        if dateline is None and line_end - line_start <= HEAD_LINE_LENGTH:
            spans.append((line_start, line_end))
        else:
            spans.append((dated_line.start, dated_line.end))
    return tuple(spans)


def analyse(document: Document) -> Analysis:
    """Time expressions and event mentions of one document (independent of every other document)."""
    expressions = recognize(document.text, document.language)
    dateline = find_dateline(document)
    dated_line = dateline_anchor(document, dateline)
    skip = _skipped_spans(document, dateline, dated_line)
    mentions = detect_events(document, expressions, skip=skip)
    return Analysis(document=document, expressions=tuple(expressions), mentions=tuple(mentions),
                    place=(dateline.place.title() or None) if dateline else None,
                    topics=tuple(dict.fromkeys(headline_names(document) + lede_names(document, skip))),
                    fingerprint=fingerprint(document, expressions, skip), dated_line=dated_line)


def horizon_for(analyses: Iterable[Analysis], now: int) -> tuple[int, int]:
    """From 1800 (or the earliest year a document names, or counts back to from ``now``: 'founded
    250 years ago') to fifty years after ``now``; never before year 1."""
    start = HORIZON_START
    for a in analyses:
        for e in a.expressions:
            if isinstance(e.reading, Calendar) and e.reading.year is not None and e.reading.year >= 1:
                start = min(start, calendar.day(e.reading.year, 1, 1))
            elif isinstance(e.reading, Shift) and e.reading.amount < 0 and e.reading.reference is Reference.DCT:
                # as far as the count can reach (``max_days``, as its constraint reads it), and a unit's slack
                start = min(start, max(1, now - max_days(1 - e.reading.amount, e.reading.unit)))
    return start, calendar.add_years(now, FUTURE_YEARS)


def _network(horizon: tuple[int, int], documents: Iterable[Document], now: int, builder: Builder) -> Network:
    net = Network(horizon)
    for d in documents:
        net.add_variable(pub_var(d.id), DaySet.range(horizon[0], now))
    for c in builder.constraints:
        net.add(c)
    return net


def solve_corpus(analyses: list[Analysis], anchors: list[Anchor], now: int
                 ) -> tuple[list, Solution, dict[str, str], HorizonProbes]:
    """Every mention on its own (to learn what days each may fall on), then merged events; and when
    that dated some article better than its own words did, once more: the first round's publication
    ranges, as weak hints, make the mentions of undated articles specific enough to merge ('on
    Tuesday' in an article the network has placed in March 2025).  The final solve never sees the
    hints: each round's publication dates come from its own merged events.  Last, when a yearless
    dateline is still left on several years, once more with its latest year as a weak constraint of
    every solve (``anchors.latest_year``).  Returns the events, the final solution, each event's
    variable, and the probes that tell which bounds the articles fix."""
    corpus = _Corpus(analyses, anchors, now, horizon_for(analyses, now))
    events, solution, var_of, prelim = corpus.solve_round({})
    hints = {d.id: solution.domain(pub_var(d.id)) for d in corpus.documents
             if solution.domain(pub_var(d.id)).count < prelim.domain(pub_var(d.id)).count}
    # a lone mention that only the first round's links dated ('declared an emergency two days after
    # the eruption'), in an article whose day is known: the next merge sees it as dated; one with
    # words of its own keeps them (a tense alone is no date)
    def undated(m: EventMention) -> bool:
        return f"m:{m.id}" not in prelim.domains or not any(is_dating(t) for t in m.timexes)

    linked = {m.id: solution.domain(var_of[e.id]) for e in events
              if not has_end(e) and (len(e.mentions) == 1 or all(undated(m) for m in e.mentions))
              for m in e.mentions if undated(m) and solution.domain(pub_var(m.document)).count == 1}
    if hints or linked:
        events, solution, var_of, _ = corpus.solve_round(hints, linked)
    expressions = {a.document.id: a.expressions for a in analyses}
    corpus.years = {a.document: (a, day) for a in anchors
                    if (day := latest_year(a, solution.domain(pub_var(a.document)), expressions[a.document])) is not None}
    if corpus.years:
        events, solution, var_of, _ = corpus.solve_round(hints, linked)
    return events, solution, var_of, corpus.probes(events, var_of)


GREGORIAN_CYCLE = 146097  # days in 400 years: the calendar, weekdays included, repeats after it
HINT_WEIGHT = 0.3  # below every reading of an article's own words: a hint yields to any of them
YEAR_WEIGHT = 0.3  # the latest year of a yearless dateline: a reader's guess, which any word overrules


class _Corpus:
    """What every round of inference reads, gathered once."""

    def __init__(self, analyses: list[Analysis], anchors: list[Anchor], now: int, horizon: tuple[int, int]) -> None:
        self.anchors, self.now, self.horizon = anchors, now, horizon
        self.documents = [a.document for a in analyses]
        self.reports = [m for a in analyses for m in a.mentions if m.kind == REPORT_KIND]
        published = {a.document: a.day for a in anchors if a.day is not None}
        self.anchored = {a.document for a in anchors}
        self.known = {pub_var(doc): day for doc, day in published.items()}
        self.mentions, moved = moved_plans([m for a in analyses for m in a.mentions if m.kind != REPORT_KIND],
                                           published)
        self.places = {a.document.id: a.place for a in analyses if a.place}
        self.topics = {a.document.id: a.topics for a in analyses if a.topics}
        prints = [a.fingerprint for a in analyses if a.fingerprint is not None]
        self.twins = twin_mentions(find_translations(prints), prints, self.mentions) + moved
        # a yearless dateline the articles left on several years -> (its anchor, the day of the latest)
        self.years: dict[str, tuple[Anchor, int]] = {}

    def builder(self, horizon: tuple[int, int] | None = None) -> Builder:
        """A builder holding the anchors and the reporting verbs, which every solve shares."""
        builder = Builder(horizon or self.horizon, self.known)
        anchor_constraints(builder, self.anchors)
        for doc, (anchor, day) in sorted(self.years.items()):
            builder.unary(pub_var(doc), DaySet.single(day), YEAR_WEIGHT, f"anchor:{doc}:latest-year",
                          Because(document=doc, start=anchor.start, end=anchor.end, rule="anchor-latest-year",
                                  words=anchor.words))
        for m in self.reports:
            report_constraints(builder, m)
        return builder

    def probes(self, events: list[Event], var_of: Mapping[str, str]) -> HorizonProbes:
        """The final network solved again over a horizon one Gregorian cycle wider on each side, with
        the same ``now`` and with ``now`` moved out by the cycle too (see ``HorizonProbes``)."""
        lo, hi = self.horizon
        wider = (max(1, lo - GREGORIAN_CYCLE), hi + GREGORIAN_CYCLE)
        return HorizonProbes(wider=self.solve_events(events, var_of, wider),
                             later=self.solve_events(events, var_of, wider, self.now + GREGORIAN_CYCLE))

    def solve_events(self, events: list[Event], var_of: Mapping[str, str],
                     horizon: tuple[int, int] | None = None, now: int | None = None) -> Solution:
        builder = self.builder(horizon)
        event_constraints(builder, events, lambda e, names=var_of: names[e.id])
        lede_constraints(builder, events, lambda e, names=var_of: names[e.id], self.anchored)
        net = _network(horizon or self.horizon, self.documents, now or self.now, builder)
        for e in events:
            net.add_variable(var_of[e.id])
        return net.solve()

    def solve_split(self, events: list[Event]) -> Solution:
        return self.solve_events(events, _event_variables(events))

    def solve_round(self, hints: Mapping[str, DaySet], linked: Mapping[str, DaySet] | None = None
                    ) -> tuple[list, Solution, dict[str, str], Solution]:
        """(events, their solution, event -> variable, the solve of every mention on its own).
        ``linked`` holds days a mention was given by the links of the previous round ('two days
        after the eruption'): merging sees them, the final solve derives them again."""
        first = self.builder()
        for doc in sorted(hints):
            first.unary(pub_var(doc), hints[doc], HINT_WEIGHT, f"hint:{doc}",
                        Because(document=doc, rule="inferred-earlier"))
        for m in self.mentions:
            mention_constraints(first, m, f"m:{m.id}")
        prelim = _network(self.horizon, self.documents, self.now, first).solve()
        days = {m.id: prelim.domain(f"m:{m.id}") for m in self.mentions if f"m:{m.id}" in prelim.domains}
        for mid, known in (linked or {}).items():
            days[mid] = known if mid not in days else (days[mid] & known or days[mid])
        events = merge_mentions(self.mentions, days=days, places=self.places, topics=self.topics,
                                dated=[d.id for d in self.documents
                                       if 0 < prelim.domain(pub_var(d.id)).count <= DATED_DAYS],
                                twins=self.twins)
        var_of = _event_variables(events)
        solution = self.solve_events(events, var_of)
        for _ in range(MAX_UNMERGE_ROUNDS):
            split = unmerge_conflicts(events, solution, self.solve_split)
            if split is None:
                break
            events, solution = split
            var_of = _event_variables(events)
        return events, solution, var_of, prelim


MAX_UNMERGE_ROUNDS = 8
MAX_UNMERGE_TRIALS = 24  # solves one round may spend trying splits: each is a solve of the whole network
DATED_DAYS = 7  # a publication known to the week: its undated reports may join an event on place alone


def _event_variables(events: list[Event]) -> dict[str, str]:
    return {e.id: f"e:{e.id}" for e in events}


def _rejected_weight(solution: Solution) -> float:
    return sum(c.rejected.weight for c in solution.rejected)


def _conflict_merges(conflict: Conflict, owner: Mapping[str, Event]) -> list[list[tuple[str, str]]]:
    """Splits to try, as (event id, what leaves it: a mention id or a document id), in three tiers:
    the rejected mention alone out of its event (or, for a rejected link, the mention the link
    counts from out of the event it joined); its article out of its event, when that event is
    merged across articles; each article out of every other cross-article event whose mentions
    from two or more articles the conflict runs through."""
    def mention(c: Constraint) -> str | None:
        return c.key.split(":")[1] if c.key.startswith("m:") else None

    rejected = mention(conflict.rejected)
    own_event = owner.get(rejected or "")
    alone: list[tuple[str, str]] = _linked_suspects(conflict.rejected, owner)
    own: list[tuple[str, str]] = []
    if own_event is not None and rejected is not None:
        if len(own_event.mentions) > 1:
            alone.append((own_event.id, rejected))
        document = next(m.document for m in own_event.mentions if m.id == rejected)
        if len(own_event.documents) > 1:
            own.append((own_event.id, document))
    docs: dict[str, set[str]] = {}
    for c in conflict.collided_with:
        ev = owner.get(mention(c) or "")
        if ev is not None and len(ev.documents) > 1:
            docs.setdefault(ev.id, set()).update(m.document for m in ev.mentions if m.id == mention(c))
    others = [(eid, doc) for eid in sorted(docs) if len(docs[eid]) > 1 for doc in sorted(docs[eid])
              if (eid, doc) not in own]
    return [alone, own, others]


def _linked_suspects(link: Constraint, owner: Mapping[str, Event]) -> list[tuple[str, str]]:
    """'three weeks after it lifted off', rejected: the lift-off of that sentence had joined a
    launch of another day (a report with no date of its own joins on kind and place alone), so it
    is what may leave its event."""
    parts = link.key.split(":")
    if parts[0] != "link" or parts[-1] != "gap":
        return []
    source_event = owner.get(parts[1])
    if source_event is None:
        return []
    source = next(m for m in source_event.mentions if m.id == parts[1])
    events = {ev.id: ev for ev in owner.values()}.values()
    pairs = sorted(((m, ev) for ev in events for m in ev.mentions if m.document == source.document),
                   key=lambda p: (p[0].trigger_start, p[0].id))
    gap = next(t for t in source.timexes if t.start == int(parts[2]))
    origin = gap_origin(source, source_event, gap.end, pairs)  # as constraints._gap_link finds it
    if origin is None or len(origin[1].mentions) < 2:
        return []
    return [(origin[1].id, origin[0].id)]


def _split_off(events: list[Event], event_id: str, part: str) -> list[Event]:
    """The events with ``part`` (a document, or one mention) taken out of one of them as its own."""
    out: list[Event] = []
    for ev in events:
        if ev.id != event_id:
            out.append(ev)
            continue
        taken = tuple(m for m in ev.mentions if part in (m.document, m.id))
        out.append(attrs.evolve(ev, mentions=tuple(m for m in ev.mentions if m not in taken)))
        out.append(attrs.evolve(ev, id=f"{ev.id}~{part}", mentions=taken))
    return sorted(out, key=lambda e: e.id)


def unmerge_conflicts(events: list[Event], solution: Solution, solve: Callable[[list[Event]], Solution]
                      ) -> tuple[list[Event], Solution] | None:
    """A merge that makes the network reject a reading is undone, not forced.  The suspects, in the
    tiers of ``_conflict_merges``: the rejected mention's own event (the mention, then its article,
    taken out), then the merged events whose mentions from two articles the conflict runs through
    ('Tuesday' in three articles read as one bid holds them all in 1925).  Each suspect split is
    solved; it counts when the rejected reading is then admitted and less weight is rejected
    overall, and the first tier with one that counts gives the split leaving least.  The heaviest
    rejected reading is looked at first; one split a round.  A presumption the merge makes yield
    ('the lede's act ran days before') points at it too, though it is no conflict to report.
    Returns the split events with their solution (the trial's, so it is not solved twice); None: no
    split helps."""
    base = _rejected_weight(solution)
    owner = {m.id: ev for ev in events for m in ev.mentions}
    trials = 0
    for conflict in sorted(solution.rejected, key=lambda c: (-c.rejected.weight, c.rejected.key)):
        for tier in _conflict_merges(conflict, owner):
            best: tuple[float, list[Event], Solution] | None = None
            for event_id, part in tier:
                if trials >= MAX_UNMERGE_TRIALS:
                    return best[1:] if best else None
                trials += 1
                split = _split_off(events, event_id, part)
                trial = solve(split)
                weight = _rejected_weight(trial)
                admitted = all(c.rejected.key != conflict.rejected.key for c in trial.rejected)
                if admitted and weight < base and (best is None or weight < best[0]):
                    best = (weight, split, trial)
            if best is not None:
                return best[1:]
    return None


def build_timeline(paths: Iterable[str | pathlib.Path], *, now: dt.date | None = None,
                   anchors: Mapping[str, dt.date] | None = None) -> Timeline:
    """The timeline of the articles under ``paths``.

    ``now`` is the latest possible publication date (default: today); ``anchors`` maps a document
    id (file name without extension) to its known publication date.
    """
    today = (now or dt.date.today()).toordinal()
    corpus = read_corpus(paths)
    analyses = [analyse(d) for d in corpus.documents]
    found, anchor_problems = find_anchors(corpus.documents, anchors,
                                          dated_lines={a.document.id: a.dated_line for a in analyses})
    problems: list[Problem] = list(corpus.problems) + anchor_problems
    events, solution, var_of, probes = solve_corpus(analyses, found, today)
    return build(corpus.documents, found, events, solution, var_of, now=today, probes=probes, problems=problems)
