"""Plans that a later article says were moved.

'Brightwater shareholders will vote at a special meeting on June 22' in one article, and in a later
one 'The special meeting, originally set for June 22, will now be held on June 29': the first
article's June 22 was the plan, not the meeting's day.  Left as it is, the first article dates the
meeting a week early and its report cannot join the later one (their days exclude each other).

So a date an article gives as a plan (told ahead, or with no tense) for an event of some kind
becomes a plan not kept (relation ``superseded``, which dates nothing) when another article names
that same date as the one given up ('originally set for', 'pushed back from') for an event of the
same kind; and the two reports are paired so that merging sees them as one event, as it does
a translation's twin mentions.
"""
from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence

import attrs

from chrono.events.detect import GENERIC_KIND, POSTPONEMENT_KIND, REPORT_KIND, is_dating
from chrono.model import EventMention, TimeExpression
from chrono.readings import Calendar, PartOf, Reading, Tense
from chrono.timex.normalize import normalize
from chrono.timex.recognize import SUPERSEDED


def _written_date(reading: Reading) -> tuple | None:
    """A date the words fix without the publication day ('June 22', 'late July'): comparable across
    articles whose days are unknown.  A weekday or 'this month' needs the day it was said on."""
    part = None
    if isinstance(reading, PartOf):
        part, reading = reading.part, reading.base
    if isinstance(reading, Calendar) and reading.month is not None and reading.year_offset is None:
        return (part, reading.year, reading.month, reading.day)
    return None


def _same_date(plan: TimeExpression, plan_day: int | None, given_up: TimeExpression, given_up_day: int | None) -> bool:
    """Whether two expressions name the same date: resolved against their articles' days when both
    are known, else as written (a year on one side only still matches)."""
    if plan_day is not None and given_up_day is not None:
        a = normalize(plan.reading, dt.date.fromordinal(plan_day), plan.tense)
        # the day given up is the one the plan named, whichever side of the later article it fell on
        b = normalize(given_up.reading, dt.date.fromordinal(given_up_day), Tense.PRESENT)
        return a.value == b.value and a.mod == b.mod
    x, y = _written_date(plan.reading), _written_date(given_up.reading)
    if x is None or y is None:
        return False
    return x[0] == y[0] and x[2:] == y[2:] and (x[1] is None or y[1] is None or x[1] == y[1])


def _is_plan(m: EventMention, t: TimeExpression) -> bool:
    """A date told ahead or with no tense: the day planned, or the deadline set ('by the end of this month')."""
    return (is_dating(t) or t.relation == "until") and t.tense is not Tense.PAST and m.tense is not Tense.PAST


def _moved_events(later: EventMention, mentions: Sequence[EventMention]) -> list[EventMention]:
    """The reports a date given up belongs to: its own mention's, or, where that mention is the
    postponement itself ('The meeting, originally scheduled for 27 April, had been postponed by a
    week'), those of the events its sentence tells."""
    if later.kind != POSTPONEMENT_KIND:
        return [later]
    return [m for m in mentions if m.document == later.document and (m.start, m.end) == (later.start, later.end)
            and m.kind not in (GENERIC_KIND, REPORT_KIND, POSTPONEMENT_KIND)]


def moved_plans(mentions: Sequence[EventMention], known: Mapping[str, int]
                ) -> tuple[list[EventMention], list[tuple[str, str]]]:
    """The mentions with every plan that another article gives up turned into a plan not kept, and the
    (plan mention, later mention) id pairs of the same event.  ``known`` maps a document to its
    publication day, where the anchors fix it."""
    given_up = [(m, t) for m in mentions if m.kind not in (GENERIC_KIND, REPORT_KIND)
                for t in m.timexes if t.relation == SUPERSEDED]
    if not given_up:
        return list(mentions), []
    moved: set[tuple[str, int, int]] = set()  # (document, start, end) of each plan given up
    pairs: list[tuple[str, str]] = []
    for carrier, t_later in given_up:
        for later in _moved_events(carrier, mentions):
            for m in mentions:
                if m.document == later.document or m.kind != later.kind or m.given_up:
                    continue  # a plan told as given up is that plan, not one its article kept
                plans = [t for t in m.timexes if _is_plan(m, t)
                         and _same_date(t, known.get(m.document), t_later, known.get(carrier.document))]
                if plans:
                    moved.update((m.document, t.start, t.end) for t in plans)
                    pairs.append((m.id, later.id))
    if not moved:
        return list(mentions), []

    def kept(m: EventMention) -> EventMention:
        timexes = tuple(attrs.evolve(t, relation=SUPERSEDED) if (m.document, t.start, t.end) in moved else t
                        for t in m.timexes)
        return m if timexes == m.timexes else attrs.evolve(m, timexes=timexes)

    return [kept(m) for m in mentions], sorted(pairs)


__all__ = ["moved_plans"]
