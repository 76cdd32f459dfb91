"""Readings, mentions and anchors -> weighted constraints between time variables (DESIGN.md section 4).

Publication variables are ``pub:<doc>``; event variables are named by the caller.  A reading
relative to the article ("Tuesday", "last night", "in August") is a difference window to the
publication variable plus, where the words name a calendar pattern, a unary mask.  Nothing here
resolves a date: the network does.

Weights say how often a reading of that shape is right; they are data for the confidence model
(confidence.py) and the tie-breaker when readings collide.
"""
from __future__ import annotations

from typing import Callable, Collection, Iterable, Mapping, Sequence

import attrs

from chrono import calendar
from chrono.dayset import DaySet
from chrono.events.detect import (DATING_READINGS, GENERIC_KIND, MAX_EVENT_DAYS, REPORT_KIND, STATE_KINDS, counted_gap,
                                  is_anaphoric, is_dating, pause_between)
from chrono.model import Anchor, AnchorSource, Event, EventMention, TimeExpression
from chrono.timex.recognize import COUNT_GAP
from chrono.timex.normalize import PLAN_GONE_DAYS
from chrono.readings import (
    Calendar, Decade, Direction, Elapsed, Holiday, Duration, Mod, Ordinal, Part, PartOf, Quarter, Reading, Reference, RelativeDay,
    RelativeUnit, SeasonOf, Shift, Tense, Unit, Weekday, date_part, names_a_day,
)
from chrono.reason import Because, Constraint, ConstraintKind

ANCHOR_WEIGHT = {AnchorSource.CLI: 1.0, AnchorSource.METADATA: 0.98, AnchorSource.DATELINE: 0.95}
INHERITED_FACTOR = 0.75  # a time expression that belongs to another trigger of the sentence
TENSE_WEIGHT = {Tense.PAST: 0.6, Tense.FUTURE: 0.55, Tense.PRESENT: 0.45}
ONGOING_WEIGHT = 0.7
LINK_WEIGHT = 0.6  # 'second in a month', 'for two years now': links between events

PART_OF_MONTH = {Part.EARLY: (1, 10), Part.MID: (11, 20), Part.LATE: (21, 31),
                 Part.FIRST_HALF: (1, 15), Part.SECOND_HALF: (16, 31)}
PART_OF_YEAR = {Part.EARLY: (1, 4), Part.MID: (5, 8), Part.LATE: (9, 12),
                Part.FIRST_HALF: (1, 6), Part.SECOND_HALF: (7, 12)}


def pub_var(document: str) -> str:
    return f"pub:{document}"


def _report_var(mention_id: str) -> str:
    """The day a report mention ('said on Friday') was said."""
    return f"r:{mention_id}"


def _window(direction: Direction, period: int) -> tuple[int, int]:
    """Event minus publication, in days, for the instance of a pattern of ``period`` days."""
    if direction is Direction.PAST:
        return (-period, 0)
    if direction is Direction.FUTURE:
        return (0, period)
    return (-(period // 2 + 1), period // 2 + 1)


def _direction(explicit: Direction | None, tense: Tense, default: Direction = Direction.NEAREST) -> Direction:
    if explicit is not None:
        return explicit
    return {Tense.PAST: Direction.PAST, Tense.FUTURE: Direction.FUTURE}.get(tense, default)


def min_days(amount: float, unit: Unit) -> int:
    """The fewest days that ``amount`` units can span (sound lower bound)."""
    per = {Unit.DAY: 1, Unit.WEEK: 7, Unit.MONTH: 28, Unit.QUARTER: 89, Unit.YEAR: 365, Unit.DECADE: 3652,
           Unit.CENTURY: 36524}.get(unit, 0)
    if unit is Unit.MONTH and amount >= 2:
        return int(amount * 30.4) - 3
    return int(amount * per)


def max_days(amount: float, unit: Unit) -> int:
    """The most days that ``amount`` units can span (sound upper bound): '48 hours' is two days."""
    per = {Unit.DAY: 1, Unit.WEEK: 7, Unit.MONTH: 31, Unit.QUARTER: 92, Unit.YEAR: 366, Unit.DECADE: 3653,
           Unit.CENTURY: 36525, Unit.HOUR: 1 / 24, Unit.MINUTE: 1 / 1440}.get(unit, 1)
    return int(amount * per + 0.999)


class Builder:
    """Collects the constraints of one network; keys are stable so that output is deterministic."""

    def __init__(self, horizon: tuple[int, int], known: Mapping[str, int] | None = None) -> None:
        self.horizon = horizon
        self.constraints: list[Constraint] = []
        # publication variables whose day an anchor fixes: calendar units ('last month') are then exact
        self.known: Mapping[str, int] = dict(known or {})

    def unary(self, var: str, days: DaySet, weight: float, key: str, because: Because) -> None:
        self.constraints.append(Constraint(key=key, kind=ConstraintKind.UNARY, x=var, days=days,
                                           weight=_clamp(weight), because=because))

    def difference(self, x: str, y: str, lo: int | None, hi: int | None, weight: float, key: str,
                   because: Because, *, presumed: bool = False) -> None:
        self.constraints.append(Constraint(key=key, kind=ConstraintKind.DIFFERENCE, x=x, y=y, lo=lo, hi=hi,
                                           weight=_clamp(weight), because=because, presumed=presumed))


def _clamp(weight: float) -> float:
    return min(1.0, max(0.01, round(weight, 4)))


def anchor_constraints(builder: Builder, anchors: Iterable[Anchor]) -> None:
    for a in anchors:
        days = (DaySet.single(a.day) if a.day is not None else
                DaySet.month_part(*builder.horizon, a.month, a.day_of_month, a.day_of_month))
        builder.unary(pub_var(a.document), days, ANCHOR_WEIGHT.get(a.source, 0.9),
                      f"anchor:{a.document}:{a.source.value}",
                      Because(document=a.document, start=a.start, end=a.end, rule=f"anchor-{a.source.value}",
                              words=a.words))


# --- a reading as constraints -------------------------------------------------------------------


def _reading_weight(reading: Reading) -> float:
    if isinstance(reading, Calendar):
        if reading.year is not None:
            return 0.95 if reading.day is not None else 0.93 if reading.month is not None else 0.9
        return 0.85
    if isinstance(reading, RelativeDay):
        return 0.9
    if isinstance(reading, Weekday):
        return 0.85
    return 0.8


def _pattern_near(builder: Builder, event: str, pub: str, days: DaySet, a: int, b: int, weight: float, key: str,
                  because: Because) -> None:
    """A calendar pattern ('10 February', 'Tuesday') within [a, b] days of the publication.  With the
    publication known, one constraint holds the very days (a bound that rests on the article, not on
    a pattern spread over the horizon); otherwise the pattern and a window to the publication."""
    known = builder.known.get(pub)
    if known is not None:
        near = days & DaySet.range(known + a, known + b)
        if near:
            builder.unary(event, near, weight, key + ":days", because)
            return
    builder.unary(event, days, weight, key + ":days", because)
    builder.difference(pub, event, a, b, weight, key + ":window", because)


MONTH_DAY_REACH = 61  # days from an article to the farthest '31st' before or after it


def reading_constraints(builder: Builder, reading: Reading, tense: Tense, event: str, pub: str, weight: float,
                        key: str, because: Because) -> bool:
    """Constraints that put ``event`` where ``reading`` says relative to ``pub``; False if none apply."""
    lo, hi = builder.horizon
    if getattr(date_part(reading), "before_christ", False):
        return False  # '490 BC': before the first day the calendar counts; the tense still places it
    if isinstance(reading, Calendar) and reading.year is None and reading.year_offset is not None:
        known = builder.known.get(pub)
        # with the publication known, the named year is its year plus the offset; else the month's pattern
        named = reading if known is None else attrs.evolve(reading, year=calendar.ymd(known)[0] + reading.year_offset)
        days, _ = _calendar_days(named, lo, hi)
        if days is None:
            return False
        a, b = _year_offset_window(reading)
        _pattern_near(builder, event, pub, days, a, b, weight, key, because)
        return True
    if isinstance(reading, Calendar) and reading.month is None and reading.day is not None:
        side = _direction(reading.direction, tense).sign
        known = builder.known.get(pub)
        if known is not None:
            day = calendar.month_day_near(reading.day, known, side, reading.weekday)
            builder.unary(event, DaySet.single(day), weight, key + ":days", because)
            return True
        # the publication's day is open: that day of the month within its month, or on the side said
        # up to two months off (the 31st after 1 February is 31 March); 'el miércoles 10' only on a Wednesday
        a, b = {-1: (-MONTH_DAY_REACH, 0), 1: (0, MONTH_DAY_REACH)}.get(side, (-30, 30))
        days = DaySet.month_days(lo, hi, [reading.day])
        if reading.weekday is not None:
            days = days & DaySet.weekdays(lo, hi, [reading.weekday])
            # as calendar.weekday_day_near reads it: up to a month on the other side
            a, b = min(a, -calendar.OTHER_SIDE_DAYS), max(b, calendar.OTHER_SIDE_DAYS)
        _pattern_near(builder, event, pub, days, a, b, weight, key, because)
        return True
    if isinstance(reading, Calendar):
        days, period = _calendar_days(reading, lo, hi)
        if days is None:
            return False
        if not period:
            builder.unary(event, days, weight, key + ":days", because)
            return True
        direction = _direction(reading.direction, tense)
        a, b = _window(direction, period)
        if (direction is Direction.FUTURE and reading.direction is None and reading.day is not None
                and pub in builder.known):
            # a future verb's yearless day just gone is that day, a plan that slipped ('dijadwalkan
            # dimulai kembali pada 2 Oktober' written on 9 October), as normalize reads it; only
            # against a known publication: an open one would be loosened by the month given back
            a, b = a - PLAN_GONE_DAYS, b - PLAN_GONE_DAYS
        _pattern_near(builder, event, pub, days, a, b, weight, key, because)
        return True
    if isinstance(reading, Weekday) and reading.indefinite:
        # 'on a Saturday': some Saturday, which one is left to the other constraints
        builder.unary(event, DaySet.weekdays(lo, hi, [reading.weekday]), weight, key + ":weekday", because)
        return True
    if isinstance(reading, Weekday) and reading.week_offset is not None:
        # the publication's weekday is unknown: the named week's day lies in a window of 7 days
        a = 7 * reading.week_offset + reading.weekday
        _pattern_near(builder, event, pub, DaySet.weekdays(lo, hi, [reading.weekday]), a - 6, a, weight, key, because)
        return True
    if isinstance(reading, Weekday):
        direction = Direction.FUTURE if reading.later else _direction(reading.direction, tense, Direction.PAST)
        a, b = _window(direction, 6)
        if direction is Direction.NEAREST:
            a, b = -3, 3
        elif reading.strict:
            a, b = (a - 1, b - 1) if direction is Direction.PAST else (a + 1, b + 1)
        _pattern_near(builder, event, pub, DaySet.weekdays(lo, hi, [reading.weekday]), a, b, weight, key, because)
        return True
    if isinstance(reading, RelativeDay):
        if reading.reference is Reference.PREVIOUS:
            return False
        builder.difference(pub, event, reading.offset, reading.offset, weight, key + ":offset", because)
        if reading.weekday is not None:
            builder.unary(event, DaySet.weekdays(lo, hi, [reading.weekday]), weight, key + ":weekday", because)
        return True
    if isinstance(reading, RelativeUnit):
        if reading.reference is Reference.PREVIOUS:
            return False
        # 'the weekend' told on a weekday may be the one just gone or the one ahead
        offsets = (-1, 0) if reading.weekend and reading.offset == 0 else (reading.offset,)
        if reading.weekend:
            builder.unary(event, DaySet.weekdays(lo, hi, [5, 6]), weight, key + ":weekend", because)
        exacts = [_unit_range(reading.unit, o, builder.known.get(pub)) for o in offsets]
        if all(e is not None for e in exacts):
            builder.unary(event, DaySet.range(exacts[0][0], exacts[-1][1]), weight, key + ":unit", because)
            return True
        a, b = _unit_window(reading.unit, offsets[0])[0], _unit_window(reading.unit, offsets[-1])[1]
        builder.difference(pub, event, a, b, weight, key + ":window", because)
        return True
    if isinstance(reading, Shift):
        if reading.reference is Reference.PREVIOUS:
            return False
        center = reading.amount
        spread = {Unit.DAY: 0, Unit.WEEK: 2, Unit.MONTH: 15, Unit.QUARTER: 45, Unit.YEAR: 183,
                  Unit.DECADE: 1826, Unit.CENTURY: 18262}.get(reading.unit)
        if spread is None:
            builder.difference(pub, event, 0, 0, weight, key + ":offset", because)
            return True
        days = int(round(center * {Unit.DAY: 1, Unit.WEEK: 7, Unit.MONTH: 30.44, Unit.QUARTER: 91.3, Unit.YEAR: 365.25,
                                   Unit.DECADE: 3652.5, Unit.CENTURY: 36525}[reading.unit]))
        sign = -1 if days < 0 else 1
        near, far = abs(days) - spread, abs(days) + spread  # days from the publication, on the shift's side
        if reading.mod in (Mod.MORE_THAN, Mod.EQUAL_OR_MORE):
            near, far = abs(days), abs(days) * 3 // 2 + spread  # 'more than six decades ago': up to half again
        elif reading.mod in (Mod.LESS_THAN, Mod.EQUAL_OR_LESS):
            near, far = 0, abs(days)  # 'less than a year ago', 'nearly two decades ago': no farther than that
        a, b = sorted((sign * near, sign * far))
        builder.difference(pub, event, a, b, weight, key + ":offset", because)
        return True
    if isinstance(reading, PartOf):
        return _part_of(builder, reading, tense, event, pub, weight, key, because)
    if isinstance(reading, Quarter):
        months = reading.months
        if reading.year is not None:
            first = calendar.day(reading.year, months[0], 1)
            last = calendar.month_range(reading.year, months[-1])[1]
            builder.unary(event, DaySet.range(first, last), weight, key + ":days", because)
            return True
        builder.unary(event, DaySet.months(lo, hi, months), weight, key + ":days", because)
        if reading.offset is not None:
            year = RelativeUnit(unit=Unit.YEAR, offset=reading.offset)
            return reading_constraints(builder, year, tense, event, pub, weight, key + ":year", because)
        a, b = _window(_direction(None, tense), 366)
        builder.difference(pub, event, a, b, weight, key + ":window", because)
        return True
    if isinstance(reading, SeasonOf):
        months = reading.season.months
        if reading.year is not None:
            year = reading.year  # winter 2024 runs from December 2024 into February 2025
            first = calendar.day(year, months[0], 1)
            last = calendar.month_range(year + 1 if months[0] > months[-1] else year, months[-1])[1]
            builder.unary(event, DaySet.range(first, last), weight, key + ":days", because)
        else:
            builder.unary(event, DaySet.months(lo, hi, months), weight, key + ":days", because)
            offset = reading.offset
            direction = _direction(None if offset is None else (Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.NEAREST), tense)
            a, b = _window(direction, 366)
            builder.difference(pub, event, a, b, weight, key + ":window", because)
        return True
    if isinstance(reading, Holiday):
        if reading.year is not None:
            day = reading.day_in(reading.year)
            if day is None:
                return False
            builder.unary(event, DaySet.single(day), weight, key + ":days", because)
            return True
        first, last = calendar.ymd(lo)[0], calendar.ymd(hi)[0]
        days = DaySet.from_days(d for y in range(first, last + 1) if (d := reading.day_in(y)) is not None)
        builder.unary(event, days.clip(lo, hi), weight, key + ":days", because)
        a, b = _window(_direction(None, tense), 366)
        builder.difference(pub, event, a, b, weight, key + ":window", because)
        return True
    if isinstance(reading, Decade):
        if reading.century is not None:
            first, last = calendar.day(reading.century * 100, 1, 1), calendar.day(reading.century * 100 + 99, 12, 31)
        else:
            first, last = calendar.day(reading.decade * 10, 1, 1), calendar.day(reading.decade * 10 + 9, 12, 31)
        builder.unary(event, DaySet.range(first, last), weight, key + ":days", because)
        return True
    return False


def _calendar_days(c: Calendar, lo: int, hi: int) -> tuple[DaySet | None, int | None]:
    """The days a calendar reading allows, and the period of the pattern when the year is missing."""
    if c.week:
        # 'the week of March 6': the Monday-to-Sunday week of each day the date may be (one a year)
        days, period = _calendar_days(attrs.evolve(c, week=False), lo, hi)
        if days is None:
            return None, None
        weeks = DaySet.from_days(d - calendar.weekday(d) + k for d in days for k in range(7))
        return weeks.clip(lo, hi), period
    if c.days_span is not None and c.month is not None:
        # 'from 26 to 31 August': what the range holds happened over all of it
        first, last = c.days_span
        if c.year is None:
            return DaySet.month_part(lo, hi, c.month, first, last), 366
        try:
            return DaySet.range(calendar.day(c.year, c.month, first), calendar.day(c.year, c.month, last)), None
        except ValueError:
            return None, None
    try:
        if c.year is not None and c.month is not None and c.day is not None:
            return DaySet.single(calendar.day(c.year, c.month, c.day)), None
        if c.year is not None and c.month is not None:
            return DaySet.range(*calendar.month_range(c.year, c.month)), None
        if c.year is not None:
            return DaySet.range(*calendar.year_range(c.year)), None
    except ValueError:
        return None, None
    if c.month is not None and c.day is not None:
        days = DaySet.month_part(lo, hi, c.month, c.day, c.day)
        if c.weekday is not None:  # 'Monday, Oct. 26': only the years where that day is a Monday
            days = days & DaySet.weekdays(lo, hi, [c.weekday])
        return days, 366
    if c.month is not None:
        return DaySet.months(lo, hi, [c.month]), 366
    return None, None


def _year_offset_window(c: Calendar) -> tuple[int, int]:
    """Event minus publication, in days, for 'June last year': from the month's first day in the year
    before a publication on 31 December to its last day for one on 1 January (a day's slack for leap years)."""
    base = 2001  # any year; the slack covers a leap day
    month_first, month_last = calendar.month_range(base + c.year_offset, c.month)
    return (month_first - calendar.day(base, 12, 31) - 1, month_last - calendar.day(base, 1, 1) + 1)


WEEKEND_FIRST_DAY = 5  # Saturday: from here 'last week' may mean the working week just ended


def _unit_range(unit: Unit, offset: int, pub: int | None) -> tuple[int, int] | None:
    """The calendar unit 'offset' units from the one holding a known publication day."""
    if pub is None:
        return None
    y, m, _ = calendar.ymd(pub)
    if unit is Unit.DAY:
        return pub + offset, pub + offset
    if unit is Unit.WEEK:
        # the calendar week, or the seven days before/after: 'last week' said on a Sunday
        monday = pub - calendar.weekday(pub) + 7 * offset
        if offset < 0 and calendar.weekday(pub) >= WEEKEND_FIRST_DAY:
            return monday, max(monday + 6, pub + 7 * offset + 6)
        if offset > 0 and calendar.weekday(pub) >= WEEKEND_FIRST_DAY:
            return min(monday, pub + 7 * offset - 6), monday + 6
        return monday, monday + 6
    if unit is Unit.MONTH:
        first = calendar.add_months(calendar.day(y, m, 1), offset)
        return calendar.month_range(*calendar.ymd(first)[:2])
    if unit is Unit.QUARTER:
        q = (m - 1) // 3 + offset
        year, quarter = y + q // 4, q % 4 + 1
        return calendar.quarter_range(year, quarter)
    if unit is Unit.YEAR:
        return calendar.year_range(y + offset)
    if unit is Unit.DECADE:
        return calendar.decade_range((y // 10 + offset) * 10)
    return None


def _unit_window(unit: Unit, offset: int) -> tuple[int, int]:
    """Loose but sound windows for 'last week', 'this month', 'next year' around publication."""
    span = {Unit.DAY: 0, Unit.WEEK: 6, Unit.MONTH: 30, Unit.QUARTER: 91, Unit.YEAR: 365, Unit.DECADE: 3652,
            Unit.CENTURY: 36524, Unit.HOUR: 0, Unit.MINUTE: 0}[unit]
    if offset == 0:
        return (-span, span)
    if offset < 0:
        return (offset * (span + 1) - span, -1 if span else offset)
    return (1 if span else offset, offset * (span + 1) + span)


def _part_of(builder: Builder, reading: PartOf, tense: Tense, event: str, pub: str, weight: float, key: str,
             because: Because) -> bool:
    lo, hi = builder.horizon
    base = reading.base
    if isinstance(base, Calendar) and base.month is not None and base.day is None:
        first, last = PART_OF_MONTH[reading.part]
        if base.year is not None:
            m0, m1 = calendar.month_range(base.year, base.month)
            days = DaySet.range(m0 + first - 1, min(m1, m0 + last - 1))
            builder.unary(event, days, weight, key + ":days", because)
            return True
        builder.unary(event, DaySet.month_part(lo, hi, base.month, first, last), weight, key + ":days", because)
        a, b = _window(_direction(base.direction, tense), 366)
        builder.difference(pub, event, a, b, weight, key + ":window", because)
        return True
    if isinstance(base, Calendar) and base.year is not None and base.month is None:
        m_first, m_last = PART_OF_YEAR[reading.part]
        first = calendar.day(base.year, m_first, 1)
        last = calendar.month_range(base.year, m_last)[1]
        builder.unary(event, DaySet.range(first, last), weight, key + ":days", because)
        return True
    return reading_constraints(builder, base, tense, event, pub, weight, key, because)


# --- mentions and events ------------------------------------------------------------------------


def _because(m: EventMention, rule: str, expr: TimeExpression | None = None) -> Because:
    if expr is not None:
        return Because(document=m.document, start=expr.start, end=expr.end, rule=rule, words=expr.text)
    return Because(document=m.document, start=m.trigger_start, end=m.trigger_end, rule=rule, words=m.trigger)


WINDOW_UNITS = (Unit.HOUR, Unit.DAY, Unit.WEEK, Unit.MONTH)  # a deadline of years says little of the day
SINCE_SLACK = 25  # characters: how much farther than a 'since' bound a day may be and still date the trigger


def _governing(m: EventMention) -> list[TimeExpression]:
    """The dating expressions that speak of this trigger: the nearest one, and beside it only a
    'since' bound or expressions adjacent to it ('Tuesday, October 8'); a second date farther away
    in the sentence belongs to something else ('acting regent since February ... established in 2008')."""
    dating = [e for e in m.timexes if is_dating(e)]
    if any(not e.cited for e in dating):
        # 'mendaftarkan uji materi Undang-Undang Nomor 4 Tahun 2028 ... hari ini, Senin, 10 April 2028':
        # a statute's year is nearest, but it dates the statute; the sentence's own day dates the filing
        dating = [e for e in dating if not e.cited]
    if len(dating) <= 1:
        return dating
    def distance(e: TimeExpression) -> int:
        return max(0, max(e.start, m.trigger_start) - min(e.end, m.trigger_end))

    def paused(e: TimeExpression) -> bool:
        # 'four were pulled out last Wednesday, and another was rescued early on Friday': a date
        # across a comma from the trigger yields to one on its side
        return pause_between((e.start - m.start, e.end - m.start),
                             (m.trigger_start - m.start, m.trigger_end - m.start), m.sentence)
    nearest = min(dating, key=lambda e: (paused(e), distance(e), e.start))
    chosen = [e for e in dating if e is nearest or abs(e.start - nearest.end) <= 3 or abs(nearest.start - e.end) <= 3
              or _count_to(m, e) is nearest]  # 'al día siguiente de Navidad': the day it counts from
    if nearest.relation == "since" and not _state_began(m, nearest):
        # 'registró el martes de la semana pasada su mayor erupción desde 1992': the bound is nearest,
        # but the day a few words further is when it happened ('a 1962 span that has been closed since
        # March 7': a state's 'since' day is the day itself)
        points = [e for e in dating if e.relation not in ("since", "until") and e not in chosen]
        if points:
            point = min(points, key=lambda e: (distance(e), e.start))
            if distance(point) <= distance(nearest) + SINCE_SLACK:
                chosen.append(point)
    return sorted(chosen, key=lambda e: e.start)


def mention_constraints(builder: Builder, m: EventMention, event: str) -> None:
    """What one mention says about its event: its own time expressions, else its tense."""
    pub = pub_var(m.document)
    dated = since = bounded = ahead = False
    governing = _governing(m)
    elapsed = next((e for e in m.timexes if isinstance(e.reading, Elapsed) and e.reading.n >= 2), None)
    lasted = _lasted(m)
    for expr in governing:
        if lasted is not None and _today(expr):
            continue  # 'el paro cumple hoy 24 días': today is where the count ends, not when the strike began
        weight = _reading_weight(expr.reading) * (INHERITED_FACTOR if m.inherited else 1.0)
        rule = f"{type(expr.reading).__name__.lower()}{'-inherited' if m.inherited else ''}"
        key = f"m:{m.id}:{expr.start}"
        if expr.relation == "so_far" and isinstance(expr.reading, Calendar) and expr.reading.year is not None:
            # 'en lo que va de 2028', 'so far in 2028': the count runs up to the writing, in that period
            reading_constraints(builder, expr.reading, expr.tense, pub, pub, weight, key + ":so-far",
                                _because(m, "so-far", expr))
        if elapsed is not None and expr.relation is None:
            # 'entered its third week on Monday', 'memasuki hari ke-12 pada Sabtu': the day named is
            # that far into what the trigger began, not the day it began
            dated |= _counted_from(builder, m, elapsed, expr, event, pub, weight, rule)
            continue
        if (count := _count_to(m, expr)) is not None:
            # 'two days before Christmas', 'sehari setelah 17 Agustus': that far from the day named
            dated |= _counted_from(builder, m, count, expr, event, pub, weight, rule)
            continue
        if expr.relation in ("before", "after"):
            # 'resigned before Christmas', 'reopened after March 3': a bound, never the day itself
            bounded |= _one_sided(builder, m, expr, event, pub, weight, rule, after=expr.relation == "after")
            continue
        if expr.relation == "since" and not _state_began(m, expr):
            # 'its biggest eruption since 1992', 'closed for more than two years': only a lower bound
            from_then = _one_sided(builder, m, expr, event, pub, weight, rule, after=True)
            since |= from_then
            ahead |= from_then and expr.tense is Tense.FUTURE  # 'akan direlokasi mulai Kamis': from a day ahead
            continue
        dated |= reading_constraints(builder, expr.reading, expr.tense, event, pub, weight, key,
                                     _because(m, rule, expr))
    if lasted is not None and not dated and not bounded and not since:
        # 'el paro lleva 24 días', 'the strike has lasted 24 days': it began that long before the writing
        lo, hi = _duration_gap(lasted.reading)
        builder.difference(event, pub, lo, hi, _reading_weight(lasted.reading), f"m:{m.id}:{lasted.start}:lasted",
                           _because(m, "lasted", lasted))
        dated |= hi is not None
        bounded |= hi is None
    if elapsed is not None and not governing:
        # 'the walkout, now in its 21st day': it began 20 days before the writing
        lo, hi = _elapsed_gap(elapsed.reading)
        builder.difference(event, pub, lo, hi, _reading_weight(elapsed.reading), f"m:{m.id}:{elapsed.start}:elapsed",
                           _because(m, "elapsed", elapsed))
        dated = True
    if not dated and not m.inherited and m.tense is not Tense.PAST:
        # 'will sign a repair contract within 10 days', 'dalam waktu tiga hari': a plan's deadline, the
        # event between the writing and that many days on (a past verb counts from something told)
        window = next((e for e in m.timexes if isinstance(e.reading, Duration) and e.reading.ahead
                       and e.reading.amount and e.reading.unit in WINDOW_UNITS), None)
        if window is not None:
            builder.difference(pub, event, 0, max_days(window.reading.amount, window.reading.unit),
                               _reading_weight(window.reading), f"m:{m.id}:{window.start}:window",
                               _because(m, "window-ahead", window))
            dated = True
    if not m.inherited:
        for expr in m.timexes:
            if expr.relation == "until" and isinstance(expr.reading, DATING_READINGS):
                # 'evacuated overnight and through Wednesday morning', 'will stay shut until Sunday':
                # whatever began did so by then, an upper bound only
                _one_sided(builder, m, expr, event, pub, _reading_weight(expr.reading), "until", after=False)
    if m.present_now:
        builder.difference(pub, event, 0, 0, ONGOING_WEIGHT, f"m:{m.id}:ongoing", _because(m, "ongoing"))
    elif dated and m.tense is Tense.PAST and not m.inherited and all(
            _absolute(e.reading) for e in m.timexes if is_dating(e)):
        # 'erupted on 11 March 2025': a past report of a dated event bounds the publication from below
        builder.difference(pub, event, None, 0, TENSE_WEIGHT[Tense.PAST] * 0.8, f"m:{m.id}:tense",
                           _because(m, "tense-past"))
    elif not dated and (since or bounded or (not governing and (m.tense is not Tense.PRESENT or m.headline))):
        # a present tense tells nothing of an event's side of the publication ('KPU menjadwalkan dua
        # kali debat publik': the debates are ahead), except in a headline, where it tells the news
        # ('Lewotana erupts, airport shut'); nor does any tense where a time dates the event
        # from another ('Dua hari kemudian ... tidak akan mengajukan gugatan'); a 'since' state began
        # before it, whatever the verb ('closed since Wednesday, will stay shut'), unless it begins on
        # a day ahead ('akan direlokasi mulai Kamis')
        tense = (Tense.FUTURE if ahead else Tense.PRESENT) if since else m.tense
        window = {Tense.PAST: (None, 0), Tense.FUTURE: (0, None), Tense.PRESENT: (None, 0)}[tense]
        said = _report_var(m.reported_at) if m.reported_at is not None and not (since or bounded) else None
        if said is not None and tense is Tense.FUTURE:
            # 'the county said last week it would not pay': ahead of the saying, not of the writing
            builder.difference(said, event, 0, None, TENSE_WEIGHT[tense], f"m:{m.id}:tense",
                               _because(m, "tense-future-when-said"))
            return
        builder.difference(pub, event, window[0], window[1], TENSE_WEIGHT[tense], f"m:{m.id}:tense",
                           _because(m, f"tense-{tense.value}"))
        if said is not None and tense is Tense.PAST:
            # 'Luma said Friday it had restored power to 95%': done by the day it was said
            builder.difference(said, event, None, 0, TENSE_WEIGHT[Tense.PAST],
                               f"m:{m.id}:said-past", _because(m, "tense-past-when-said"))


LASTED_UNITS = (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR)


def _lasted(m: EventMention) -> TimeExpression | None:
    """The count of how long the mention's own event has run up to the writing ('el paro lleva 24
    días'), when nothing but today dates the mention."""
    if m.inherited or m.tense is Tense.FUTURE:
        return None
    if any(is_dating(e) and not _today(e) for e in m.timexes):
        return None
    return next((e for e in m.timexes if isinstance(e.reading, Duration) and e.reading.lasted and e.reading.amount
                 and e.reading.unit in LASTED_UNITS), None)


def _today(expr: TimeExpression) -> bool:
    """'today', 'hoy', 'hari ini': the writing's own day, with no clock time."""
    r = expr.reading
    return (isinstance(r, RelativeDay) and r.offset == 0 and r.reference is Reference.DCT and r.hour is None
            and r.day_part is None)


def _duration_gap(reading: Duration, *, exact: bool = True) -> tuple[int, int | None]:
    """Days between the start of what has run for ``reading`` and the end of the count: a count of
    days may include both ends ('cumple hoy 24 días' began 23 or 24 days before); 'more than' is a
    lower bound only, and so is a plain count when not ``exact`` ('for two years now, since what we
    signed': at least that long since the signing)."""
    amount = reading.amount
    if reading.mod in (Mod.LESS_THAN, Mod.EQUAL_OR_LESS):
        return 0, max_days(amount, reading.unit)
    if reading.mod is Mod.APPROX:
        return int(min_days(amount, reading.unit) * 0.8), int(max_days(amount, reading.unit) * 1.2) + 1
    if reading.mod in (Mod.MORE_THAN, Mod.EQUAL_OR_MORE) or not exact:
        return min_days(amount, reading.unit) + (1 if reading.mod is Mod.MORE_THAN else 0), None
    lo, hi = _gap(amount, reading.unit)
    return (lo - 1 if reading.unit is Unit.DAY else lo), hi


def _count_to(m: EventMention, expr: TimeExpression) -> TimeExpression | None:
    """The count of the mention right before ``expr`` that counts from its day ('**two days** before
    Christmas', '**la víspera** de Navidad'), with only link words between."""
    for count in m.timexes:
        if count.end <= expr.start <= count.end + COUNT_GAP and counted_gap(count) is not None:
            between = m.sentence[count.end - m.start:expr.start - m.start]
            if not any(ch in between for ch in ".,;:!?()"):
                return count
    return None


def _counts_from_a_date(m: EventMention, count: TimeExpression) -> bool:
    """The count is followed by the day it counts from, not by an event ('a week after March 3')."""
    return any(is_dating(e) and _count_to(m, e) is count for e in m.timexes)


def _counted_from(builder: Builder, m: EventMention, count: TimeExpression, expr: TimeExpression, event: str,
                  pub: str, weight: float, rule: str) -> bool:
    """The event that many days before or after the days ``expr`` reads: a variable for those days
    and the gap between it and the event ('two days before Christmas'; 'its third week on Monday'
    began 14 to 20 days before that Monday)."""
    key, anchor = f"m:{m.id}:{expr.start}", f"from:{m.id}:{expr.start}"
    if not reading_constraints(builder, expr.reading, expr.tense, anchor, pub, weight, key, _because(m, rule, expr)):
        return False
    if isinstance(count.reading, Elapsed):
        lo, hi = _elapsed_gap(count.reading)
        builder.difference(event, anchor, lo, hi, weight, f"{key}:elapsed", _because(m, "elapsed", count))
        return True
    lo, hi = _gap(*counted_gap(count))
    x, y = (anchor, event) if count.link == "after" else (event, anchor)
    builder.difference(x, y, lo, hi, weight, f"{key}:counted", _because(m, f"counted-{count.link}", count))
    return True


def _elapsed_gap(reading: Elapsed) -> tuple[int, int]:
    """Days from the start of something in its n-th unit to the day said: the 21st day is 20 days
    on, the third week 14 to 20."""
    return min_days(reading.n - 1, reading.unit), max_days(reading.n, reading.unit) - 1


def _state_began(m: EventMention, expr: TimeExpression) -> bool:
    """'closed since Wednesday', 'mengungsi sejak Senin malam', 'a partir del próximo lunes 29': a
    state's 'since' day, named as such, is the day it began, and so is a verb's the lexicon cannot name
    ('beroperasi sejak Februari 2028', 'has operated at half capacity since Monday'); a count back
    ('desde hace seis años') or the first one in a while ('la primera paralización desde ...') only
    bounds it."""
    return ((m.kind in STATE_KINDS or m.kind == GENERIC_KIND) and m.ordinal is None
            and isinstance(expr.reading, (Calendar, Weekday, RelativeDay)) and is_dating(attrs.evolve(expr, relation=None)))


def _one_sided(builder: Builder, m: EventMention, expr: TimeExpression, event: str, pub: str, weight: float,
               rule: str, *, after: bool) -> bool:
    """The event on or after (``after``) or on or before the days ``expr`` reads: a variable of its
    own for those days, and one bound between it and the event.  False if the reading gives none."""
    relation = "since" if after else "until"
    key, anchor = f"m:{m.id}:{expr.start}", f"{relation}:{m.id}:{expr.start}"
    if not reading_constraints(builder, expr.reading, expr.tense, anchor, pub, weight, key, _because(m, rule, expr)):
        return False
    x, y = (anchor, event) if after else (event, anchor)
    builder.difference(x, y, 0, None, weight, f"{key}:{relation}", _because(m, relation, expr))
    return True


def _absolute(reading: Reading) -> bool:
    """A reading that names its days without the publication date: '11 March 2025', '1991'."""
    return isinstance(reading, (Calendar, Decade, Quarter, SeasonOf, PartOf)) and (
        getattr(reading, "year", None) is not None or isinstance(reading, Decade)
        or (isinstance(reading, PartOf) and getattr(reading.base, "year", None) is not None))


REPORT_LAG = (0, 1)  # a report is published the day it is made or the day after
REPORT_WEIGHT = 0.5


def report_constraints(builder: Builder, m: EventMention) -> None:
    """'..., Putin said on Friday': the report's day, from its own words, bounds the publication."""
    var = _report_var(m.id)
    mention_constraints(builder, m, var)
    if not any(_told_as_past_news(t.reading) for t in m.timexes if not m.inherited):
        builder.difference(var, pub_var(m.document), REPORT_LAG[0], REPORT_LAG[1], REPORT_WEIGHT,
                           f"m:{m.id}:report-lag", _because(m, "report-lag"))


LEDE_LAG = (0, 2)  # the act a news story opens with happened in the days before it ran
LEDE_WEIGHT = 0.55  # above a saying's lag: what the story is about outranks when it was said


def lede_constraints(builder: Builder, events: Iterable[Event], var_of: Callable[[Event], str],
                     anchored: Collection[str]) -> None:
    """'A freight train derailed on Saturday near Lakeville': the act the first dated sentence of an
    article's body tells is its news, done in the days before it ran.  A reader's presumption, for
    an article no dateline or metadata dates (not in ``anchored``); it takes that sentence's first
    past act dated to a day by its own words, not counted from another event, not put back by them
    ('last weekend', 'two days ago'), and no start of a state still going ('rains since Friday')."""
    by_doc: dict[str, list[tuple[EventMention, Event]]] = {}
    for ev in events:
        for m in ev.mentions:
            if m.document not in anchored and not m.headline and any(is_dating(t) for t in m.timexes):
                by_doc.setdefault(m.document, []).append((m, ev))
    for doc, pairs in sorted(by_doc.items()):
        lede = min(m.start for m, _ in pairs)
        told = sorted(((m, ev) for m, ev in pairs if m.start == lede), key=lambda p: (p[0].trigger_start, p[0].id))
        news = next(((m, ev) for m, ev in told if _fresh_past_act(m, ev)), None)
        if news is not None:
            m, ev = news
            builder.difference(var_of(ev), pub_var(doc), LEDE_LAG[0], LEDE_LAG[1], LEDE_WEIGHT,
                               f"m:{m.id}:lede-lag", _because(m, "lede-lag"), presumed=True)


def _fresh_past_act(m: EventMention, ev: Event) -> bool:
    """A past act of one day that the mention's own words date to a day of their own."""
    return not (m.inherited or m.tense is not Tense.PAST or m.phase == "start" or has_end(ev)
                or any(t.relation is not None or _told_as_past_news(t.reading) or not names_a_day(t.reading)
                       for t in m.timexes if is_dating(t)))


def _told_as_past_news(reading: Reading) -> bool:
    """'Sable said last Wednesday', 'said last week', 'said two days ago': the words themselves put
    the saying back in time, so it is no news of the publication's own day or the day before."""
    if isinstance(reading, Weekday):
        return (reading.strict and reading.direction is Direction.PAST) or (reading.week_offset or 0) < 0
    if isinstance(reading, RelativeUnit):
        return reading.offset < 0
    return isinstance(reading, Shift) and reading.amount < 0


def link_constraints(builder: Builder, events: Iterable[Event], var_of: Callable[[Event], str]) -> None:
    """Constraints between events of one article: 'second in a month' and 'for two years now'."""
    events = list(events)
    by_doc: dict[str, list[tuple[EventMention, Event]]] = {}
    for ev in events:
        for m in ev.mentions:
            by_doc.setdefault(m.document, []).append((m, ev))
    for _, pairs in sorted(by_doc.items()):
        pairs.sort(key=lambda p: (p[0].trigger_start, p[0].id))
        main = next((ev for m, ev in pairs if ev.kind != GENERIC_KIND), None)
        for m, ev in pairs:
            if m.precedes is not None:
                _topic_link(builder, m, ev, pairs, var_of)
            for expr in m.timexes:
                if isinstance(expr.reading, Ordinal):
                    _ordinal_link(builder, m, ev, expr, pairs, var_of)
                elif isinstance(expr.reading, Duration) and expr.reading.up_to_now and expr.reading.amount:
                    _duration_link(builder, m, ev, expr, pairs, main, var_of)
                elif is_anaphoric(expr) and not (isinstance(expr.reading, Duration) and not expr.reading.amount):
                    # 'two days later', 'y un día después la Capitanía cerró': from the event told before
                    _anaphoric_link(builder, m, ev, expr, pairs, var_of)
                elif counted_gap(expr) is not None and not _counts_from_a_date(m, expr):
                    _gap_link(builder, m, ev, expr, pairs, var_of)


def _topic_link(builder: Builder, m: EventMention, ev: Event, pairs: list[tuple[EventMention, Event]],
                var_of: Callable[[Event], str]) -> None:
    """'charged on April 6 with theft', 'a hearing on the derailment': what a charge, an arrest or a
    hearing is about happened on or before its day."""
    holder = next((oe for o, oe in pairs if o.start == m.start and o.trigger_start == m.precedes), None)
    if holder is None or holder.id == ev.id:
        return
    builder.difference(var_of(ev), var_of(holder), 0, None, LINK_WEIGHT, f"link:{m.id}:topic",
                       _because(m, "topic-before"))


def _gap(amount: float, unit: Unit) -> tuple[int, int]:
    """Days that 'N units' can mean in running text: exact for days, looser for longer units."""
    lo, hi = min_days(amount, unit), max_days(amount, unit)
    if unit in (Unit.DAY, Unit.HOUR, Unit.MINUTE):
        return (lo, hi) if unit is Unit.DAY else (0, 1)
    if unit is Unit.WEEK:
        return lo - 1, hi + 1
    return int(lo * 0.85), int(hi * 1.15) + 1


def gap_origin(m: EventMention, ev: Event, after: int, pairs: Sequence[tuple[EventMention, Event]]
               ) -> tuple[EventMention, Event] | None:
    """What a gap in ``m``'s sentence counts from ('a month after they signed the treaty'): the first
    mention, of another event than ``ev``, whose trigger starts at or after ``after`` in that sentence.
    ``pairs``: the document's mentions with their events, in trigger order."""
    later = [(o, oe) for o, oe in pairs if o.start == m.start and o.trigger_start >= after and oe.id != ev.id]
    return min(later, key=lambda p: p[0].trigger_start) if later else None


def _gap_link(builder: Builder, m: EventMention, ev: Event, expr: TimeExpression,
              pairs: list[tuple[EventMention, Event]], var_of: Callable[[Event], str]) -> None:
    """'arrived on Monday, a month after they signed the treaty': the event the duration belongs to
    lies that long after (or before) the next event of the sentence."""
    origin = gap_origin(m, ev, expr.end, pairs)
    if origin is None:
        return
    other = origin[1]
    lo, hi = _gap(*counted_gap(expr))
    x, y = (var_of(other), var_of(ev)) if expr.link == "after" else (var_of(ev), var_of(other))
    builder.difference(x, y, lo, hi, LINK_WEIGHT, f"link:{m.id}:{expr.start}:gap", _because(m, f"duration-{expr.link}", expr))


def _anaphoric_link(builder: Builder, m: EventMention, ev: Event, expr: TimeExpression,
                    pairs: list[tuple[EventMention, Event]], var_of: Callable[[Event], str]) -> None:
    """'Two days later', 'the next day', 'dua hari kemudian': counted from the event told before it
    in its sentence, else from the last event of the nearest earlier sentence that tells one (dated
    or not), else from the article's last dated event before this mention."""
    if any(is_dating(t) and not is_anaphoric(t) and t.end <= expr.start for t in m.timexes):
        # 'obtained its permit in 2018 and began mining a year later': counted from a date of this very
        # mention, which dates something else of the sentence; no event told before is its origin
        return
    # 'sungai meluap malam-malam, lalu seminggu kemudian naik lagi': an event told earlier in the
    # same sentence is what the gap counts from, dated or not
    beside = [(o, oe) for o, oe in pairs if o.start == m.start and o.trigger_end <= expr.start and oe.id != ev.id
              and o.kind != REPORT_KIND and o.trigger_start < m.trigger_start]
    # 'The satellite sent its first signal 90 minutes after launch. Two days later it fired ...': the
    # sentence just told is what the count goes on from, dated or not; a date told further back is not
    # ('... membuat kenaikan upah tahun depan hanya 2 persen. Dua hari kemudian, ...': a sentence that
    # tells no event, only a year, is commentary; the count goes on from the news before it)
    told = [(o, oe) for o, oe in pairs if o.start < m.start and o.kind != REPORT_KIND
            and not (_year_remark(o) and _counts_days(expr))]
    if _signed_count(expr) > 0:
        # '... recommended the offer on May 8. Shareholders had voted down the sale four days earlier.
        # The regulator cleared the deal two days later': a sentence that looks back from the one
        # before it is an aside; a count forward goes on from the story's line, not from the aside
        back = {o.start for o, _ in told if _looks_back(o)}
        told = [(o, oe) for o, oe in told if o.start not in back]
    last_told = max((o.start for o, _ in told), default=None)
    # 'La explosión, ocurrida la noche del 15 de febrero, es el peor accidente ... El fuego fue sofocado
    # tres días después': of the sentence just told, the event its own date names is what the count
    # goes on from, not a noun after it that names the same thing again
    dated_here = [(o, oe) for o, oe in told if o.start == last_told and _dates_itself(o)]
    # 'la renuncia del ministro, el domingo. Olazábal aceptó la renuncia por la tarde': when that is this
    # very event, the count goes on from it, not from another event told beside it
    if not beside and dated_here and max(dated_here, key=lambda p: p[0].trigger_start)[1].id == ev.id:
        return
    told = [(o, oe) for o, oe in told if oe.id != ev.id]
    # 'Two of the men were arrested on March 22. The third was detained the same day': when the sentence
    # just told is of this very event, that is what the count goes on from; never a sentence further back
    if not beside and last_told is not None and not any(o.start == last_told for o, _ in told):
        return
    last_sentence = [p for p in dated_here if p[1].id != ev.id] or [p for p in told if p[0].start == last_told]
    if not beside and not dated_here and _same_day(expr):
        # 'berakhir pada 17 Februari 2028. Arifin dilantik pada Februari 2023 setelah memenangi Pilkada
        # 2022. Gubernur dijadwalkan melantik penjabat bupati pada hari yang sama': 'the same day' is a
        # day told before; past a sentence that names none, the nearest of the sentences just before
        starts = sorted({o.start for o, _ in told})[-SAME_DAY_SENTENCES:]
        days = [(o, oe) for o, oe in told if o.start in starts and _dates_itself(o)]
        if days:
            last_sentence = [p for p in days if p[0].start == max(o.start for o, _ in days)]
    before = beside or last_sentence or [
        (o, oe) for o, oe in pairs if o.trigger_start < m.trigger_start and oe.id != ev.id
        and not o.inherited and any(is_dating(t) and not is_anaphoric(t) for t in o.timexes)]
    if not before:
        return
    previous = max(before, key=lambda p: p[0].trigger_start)[1]
    r = expr.reading
    if isinstance(r, RelativeDay):
        lo = hi = r.offset
    elif isinstance(r, RelativeUnit):
        span = {Unit.DAY: 0, Unit.WEEK: 6, Unit.MONTH: 30, Unit.YEAR: 365}.get(r.unit, 0)
        lo, hi = r.offset * (span + 1) - span, r.offset * (span + 1) + span
        if r.offset == 0:
            lo, hi = -span, span
    else:
        lo, hi = _gap(abs(r.amount), r.unit)
        if r.amount < 0:
            lo, hi = -hi, -lo
    builder.difference(var_of(previous), var_of(ev), lo, hi, LINK_WEIGHT, f"link:{m.id}:{expr.start}:anaphoric",
                       _because(m, "anaphoric", expr))


def _signed_count(expr: TimeExpression) -> float:
    """How far an anaphoric time counts from what was told before it, signed: 'two days later' 2,
    'four days earlier' and 'the previous day' -1 or less, 'the same day' 0."""
    r = expr.reading
    if isinstance(r, (RelativeDay, RelativeUnit)):
        return r.offset
    return getattr(r, "amount", 0) or 0


def _looks_back(m: EventMention) -> bool:
    """Dated only by a count back from what was told before it ('had voted down the sale four days
    earlier', 'the day before'): a look back from the story's line."""
    own = [t for t in m.timexes if is_dating(t)]
    return not m.inherited and bool(own) and all(is_anaphoric(t) and _signed_count(t) < 0 for t in own)


SAME_DAY_SENTENCES = 3  # how many sentences back 'the same day' looks for a day told


def _same_day(expr: TimeExpression) -> bool:
    """'the same day', 'pada hari yang sama', 'ese mismo día': a day told before, not a count from it."""
    r = expr.reading  # not a part of a day ('durante la madrugada': the small hours after what was told)
    return ((isinstance(r, RelativeDay) and r.day_part is None and r.hour is None)
            or (isinstance(r, RelativeUnit) and r.unit is Unit.DAY)) and r.offset == 0


def _dates_itself(m: EventMention) -> bool:
    """A mention with a day of its own, neither borrowed nor counted from another event: what a count
    of days goes on from ('en lo que va de 2028', 'dilantik pada Februari 2023' name no day)."""
    return not m.inherited and any(is_dating(t) and not is_anaphoric(t) and names_a_day(t.reading) for t in m.timexes)


def _year_remark(m: EventMention) -> bool:
    """A sentence with no trigger whose times name only years ('next year', 'in 2019'): nothing a
    count of days or weeks (``_counts_days``) can go on from."""
    return m.kind == GENERIC_KIND and all(_year_or_coarser(t.reading) for t in m.timexes)


def _counts_days(expr: TimeExpression) -> bool:
    """'two days later', 'the next day', 'a week later': a count finer than a month."""
    r = expr.reading
    return isinstance(r, RelativeDay) or getattr(r, "unit", None) in (Unit.DAY, Unit.WEEK, Unit.HOUR)


def _year_or_coarser(r: Reading) -> bool:
    """A year or wider: '2019', 'next year', 'a year later', 'the 1990s'."""
    if isinstance(r, (RelativeUnit, Shift)):
        return r.unit is Unit.YEAR
    return isinstance(r, Decade) or (isinstance(r, Calendar) and r.month is None and r.day is None
                                     and (r.year is not None or r.year_offset is not None))


def _ordinal_link(builder: Builder, m: EventMention, ev: Event, expr: TimeExpression,
                  pairs: list[tuple[EventMention, Event]], var_of: Callable[[Event], str]) -> None:
    """'the second meeting in a month': the one other meeting of the article came within that window before."""
    others = {o.id: o for _, o in pairs if o.kind == ev.kind and o.id != ev.id}
    if len(others) != 1:
        return
    other = next(iter(others.values()))
    span = max_days(expr.reading.within.amount or 1, expr.reading.within.unit)
    builder.difference(var_of(ev), var_of(other), -span, -1, LINK_WEIGHT, f"link:{m.id}:{expr.start}:ordinal",
                       _because(m, "ordinal-within", expr))


def _duration_link(builder: Builder, m: EventMention, ev: Event, expr: TimeExpression,
                   pairs: list[tuple[EventMention, Event]], main: Event | None,
                   var_of: Callable[[Event], str]) -> None:
    """'for more than two years now, [since what we signed in February 2022]': the speech time
    (the article's main event, else its publication) lies at least that long after the dated event."""
    reading: Duration = expr.reading
    if _lasted(m) is expr:
        return  # 'el paro lleva 24 días': how long its own event has run (mention_constraints)
    candidates = [(abs(o.trigger_start - expr.start), o.id, oe) for o, oe in pairs
                  if o.start == m.start and not o.inherited and any(is_dating(e) for e in o.timexes)]
    if not candidates:
        return
    _, _, start_event = min(candidates, key=lambda c: (c[0], c[1]))
    speech = var_of(main) if main is not None and main.id != start_event.id else pub_var(m.document)
    lo, hi = _duration_gap(reading, exact=False)
    builder.difference(var_of(start_event), speech, lo, hi, LINK_WEIGHT, f"link:{m.id}:{expr.start}:duration",
                       _because(m, "duration-up-to-now", expr))


LENGTH_WEIGHT = 0.9  # 'the two-day talks': the length the article states
SPAN_WEIGHT = 0.5  # an event told to end, of no stated length: a modelling assumption, the first to yield


def end_var(var: str) -> str:
    """The variable of a multi-day event's last day, beside its first day's ``var``."""
    return f"{var}:end"


def event_length(ev: Event) -> int | None:
    """The event's stated length in days ('the two-day talks'), the longest any mention states."""
    return max((m.days_long for m in ev.mentions if m.days_long), default=None)


def has_end(ev: Event) -> bool:
    """An event gets a last-day variable when a mention dates its end ('wrapped up on Tuesday') or
    states its length; otherwise its one variable is its day."""
    return event_length(ev) is not None or any(m.phase == "end" for m in ev.mentions)


def _length_words(m: EventMention, length: int | None) -> TimeExpression | None:
    """The words that state the length ('two-day'), when the mention owns them."""
    return next((e for e in m.timexes if isinstance(e.reading, Duration) and e.reading.amount == length), None)


def event_constraints(builder: Builder, events: Iterable[Event], var_of: Callable[[Event], str]) -> None:
    """Each mention constrains its event's first day ('began on Monday', 'talks on Monday'), or its
    last ('wrapped up on Tuesday'); the two are at most the stated length, else MAX_EVENT_DAYS, apart."""
    events = list(events)
    for ev in events:
        var = var_of(ev)
        last = end_var(var) if has_end(ev) else var  # what a mention of the end constrains
        if last != var:
            length = event_length(ev)
            # the words behind the span: the mention that states the length, else one that tells the end
            told = min((m for m in ev.mentions if (m.days_long == length if length else m.phase == "end")),
                       key=lambda m: m.id)
            lo, hi = (length - 1, length - 1) if length else (0, MAX_EVENT_DAYS - 1)
            builder.difference(var, last, lo, hi, LENGTH_WEIGHT if length else SPAN_WEIGHT,
                               f"span:{ev.id}", _because(told, "stated-length" if length else "multi-day",
                                                         _length_words(told, length)))
        for m in ev.mentions:
            mention_constraints(builder, m, last if m.phase == "end" else var)
    link_constraints(builder, events, var_of)


__all__ = ["Builder", "anchor_constraints", "end_var", "event_constraints", "event_length", "has_end",
           "lede_constraints", "mention_constraints", "pub_var", "report_constraints", "reading_constraints",
           "min_days", "max_days"]
