"""TIMEX3 normalization: a reading resolved against one anchor date (the DCT).

The timeline never uses these values to date events (it turns readings into constraints);
they are what ``chrono tag`` prints and what TimeML gold is scored on.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

import attrs
import regex

from chrono import calendar
from chrono.model import TimeExpression, Timex
from chrono.timex.recognize import COUNT_GAP, counts_forward
from chrono.readings import (
    Calendar, Decade, Direction, Elapsed, Holiday, Duration, Ordinal, PartOf, Quarter, Reading, Recurrence, Reference, RelativeDay,
    RelativeUnit, Season, SeasonOf, Shift, Tense, Unit, Vague, Vagueness, Weekday, date_part,
)


def _direction(explicit: Direction | None, tense: Tense) -> Direction:
    if explicit is not None:
        return explicit
    return {Tense.PAST: Direction.PAST, Tense.FUTURE: Direction.FUTURE}.get(tense, Direction.NEAREST)


def _date(d: dt.date) -> str:
    return d.isoformat()


def _time_suffix(hour: int | None, minute: int | None, day_part, zone: str | None = None) -> str:
    if hour is not None:
        return f"T{hour:02d}:{(minute or 0):02d}{zone or ''}"
    if day_part is not None:
        return f"T{day_part.value}"
    return ""


def _year_for_month(month: int, day: int | None, anchor: dt.date, direction: Direction) -> int:
    """The year that puts month (and day) on the anchor's side that the direction asks for."""
    same = (month, day or 1) if day else (month, 1)
    year = anchor.year
    if direction is Direction.PAST:
        return year if (month, day or 1) <= (anchor.month, anchor.day) or (day is None and month <= anchor.month) else year - 1
    if direction is Direction.FUTURE:
        if day is None:
            return year if month >= anchor.month else year + 1
        return year if same >= (anchor.month, anchor.day) else year + 1
    # nearest, news-biased: a day ahead counts as FUTURE_BIAS days behind (news mostly reports the past)
    return _closest_year(month, min(day or 15, 28 if month == 2 else 30), anchor, ahead=FUTURE_BIAS)


def _closest_year(month: int, day: int, anchor: dt.date, *, ahead: float = 1.0, behind: float = 1.0) -> int:
    """The year, among the anchor's and its neighbours, that puts month and day closest to the
    anchor, a day ahead counting ``ahead`` and a day behind ``behind``; earlier years win ties."""
    def cost(y: int) -> float:
        try:
            delta = (dt.date(y, month, day) - anchor).days
        except ValueError:
            return float("inf")
        return delta * ahead if delta > 0 else -delta * behind
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=cost)


FUTURE_BIAS = 2.0
NEAR_DAYS, FAR_DAYS = 62, 240
PLAN_GONE_DAYS = 31  # a future verb's yearless day this recently gone is that day, not next year's


def _year_for_month_said(month: int, day: int | None, anchor: dt.date, explicit: Direction | None,
                         tense: Tense, bound: bool = True) -> int:
    """The year of a yearless month (and day). An explicit 'last'/'next' and a verb right beside
    the date ('ocurrieron el 12 de octubre') decide; a tense read from farther off decides only when
    both sides are plausible: "said it will redeem the shares on Oct. 31" written on Oct. 27 and
    "the Jan. 14 deadline" written on Jan. 5 mean the date weeks away, not a year off, because a
    writer names the year when the date is that far."""
    direction = _direction(explicit, tense)
    year = _year_for_month(month, day, anchor, direction)
    if bound and explicit is None and direction is Direction.FUTURE and day is not None:
        # 'dijadwalkan dimulai kembali pada 2 Oktober' written on 9 October: a plan told of a day just
        # gone (it slipped, or the sentence looks back), not one a year off, which would carry its year
        try:
            behind = (anchor - dt.date(anchor.year, month, day)).days
        except ValueError:
            behind = -1
        if 0 < behind <= PLAN_GONE_DAYS:
            return anchor.year
    if explicit is not None or direction is Direction.NEAREST or bound:
        return year

    def distance(y: int) -> float:
        try:
            return abs((dt.date(y, month, day or 15) - anchor).days)
        except ValueError:
            return float("inf")
    near = _closest_year(month, day or 15, anchor)
    if distance(year) >= FAR_DAYS and distance(near) <= NEAR_DAYS:
        return near
    return year


REPORTING_DAYS = 92  # a quarter ended no longer ago than this may still be reported on: its results are ahead


def _year_for_quarter(q: Quarter, anchor: dt.date, direction: Direction) -> int:
    """'The fourth quarter' said in March: the one just ended (past or present tense) or the one
    ahead (future), unless it ended within ``REPORTING_DAYS`` (its results are what is ahead); the
    quarter that holds the anchor always counts."""
    year = anchor.year
    start = dt.date(year, q.months[0], 1)
    end = dt.date.fromordinal(calendar.month_range(year, q.months[-1])[1])
    if start <= anchor <= end:
        return year
    if direction is Direction.FUTURE:
        if start > anchor:
            return year
        # 'expects to report third-quarter results' said in October: the quarter just ended, whose
        # results are still to come, not the one a year ahead
        return year if (anchor - end).days <= REPORTING_DAYS else year + 1
    return year if end < anchor else year - 1  # past and present: news reports periods that have ended


def _latest_season_year(season: Season, anchor: dt.date) -> int:
    """'last spring', 'this past summer': the latest such season over by the anchor day (spring 1989 when
    said in October 1989, not spring 1988 as 'last year' would have it)."""
    first, *_, last = season.months
    year = anchor.year if first <= last else anchor.year - 1  # winter Y ends in February Y+1
    end = dt.date(year + (first > last), last, calendar.days_in_month(year + (first > last), last))
    return year if end < anchor else year - 1


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _weekday_date(weekday: int, anchor: dt.date, direction: Direction, strict: bool = False) -> dt.date:
    delta = (weekday - anchor.weekday()) % 7
    if direction is Direction.FUTURE:
        return anchor + dt.timedelta(days=delta or (7 if strict else 0))
    back = (anchor.weekday() - weekday) % 7
    if direction is Direction.PAST:
        return anchor - dt.timedelta(days=back or (7 if strict else 0))
    return anchor + dt.timedelta(days=delta) if delta <= back else anchor - dt.timedelta(days=back)


def _unit_value(unit: Unit, d: dt.date) -> str:
    """The TIMEX3 value naming the calendar unit that holds day ``d``."""
    if unit is Unit.WEEK:
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if unit is Unit.MONTH:
        return f"{d.year:04d}-{d.month:02d}"
    if unit is Unit.QUARTER:
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit is Unit.YEAR:
        return f"{d.year:04d}"
    if unit is Unit.DECADE:
        return f"{d.year // 10:03d}"
    if unit is Unit.CENTURY:
        return f"{d.year // 100:02d}"
    return _date(d)


# A fractional count moved in the next smaller unit: 'two and a half years ago' is 30 months back.
_FRACTION_IN = {Unit.CENTURY: (Unit.YEAR, 100), Unit.DECADE: (Unit.YEAR, 10), Unit.YEAR: (Unit.MONTH, 12),
                Unit.QUARTER: (Unit.MONTH, 3), Unit.MONTH: (Unit.DAY, 30), Unit.WEEK: (Unit.DAY, 7)}


def _shift(d: dt.date, unit: Unit, amount: float) -> dt.date:
    if not float(amount).is_integer() and unit in _FRACTION_IN:
        smaller, per = _FRACTION_IN[unit]
        return _shift(d, smaller, round(amount * per))
    n = int(round(amount))
    day = d.toordinal()
    if unit is Unit.DAY:
        return dt.date.fromordinal(day + n)
    if unit is Unit.WEEK:
        return dt.date.fromordinal(day + 7 * n)
    if unit is Unit.MONTH:
        return dt.date.fromordinal(calendar.add_months(day, n))
    if unit is Unit.QUARTER:
        return dt.date.fromordinal(calendar.add_months(day, 3 * n))
    if unit is Unit.YEAR:
        return dt.date.fromordinal(calendar.add_years(day, n))
    if unit is Unit.DECADE:
        return dt.date.fromordinal(calendar.add_years(day, 10 * n))
    if unit is Unit.CENTURY:
        return dt.date.fromordinal(calendar.add_years(day, 100 * n))
    return d


# A fraction of a unit written in the next smaller one: '2 1/2 years' is P2Y6M, '5 1/2 hours' PT5H30M.
_SMALLER = {Unit.YEAR: (12, "M", False), Unit.MONTH: None, Unit.WEEK: (7, "D", False), Unit.DAY: (24, "H", True),
            Unit.HOUR: (60, "M", True), Unit.MINUTE: (60, "S", True)}


def _duration_value(unit: Unit, amount: float | None) -> str:
    if amount is not None and not float(amount).is_integer() and _SMALLER.get(unit):
        per, letter, timed = _SMALLER[unit]
        whole, rest = int(amount), (amount - int(amount)) * per
        if float(rest).is_integer():
            head = _duration_value(unit, whole) if whole else ("PT" if unit in (Unit.HOUR, Unit.MINUTE) else "P")
            if timed and "T" not in head:
                head += "T"
            return f"{head}{int(rest)}{letter}"
    if unit in (Unit.HOUR, Unit.MINUTE):
        letter = "M" if unit is Unit.MINUTE else "H"
        count = "X" if amount is None else _number(amount)
        return f"PT{count}{letter}"
    letter = {Unit.DECADE: "DE", Unit.CENTURY: "CE", Unit.QUARTER: "Q"}.get(unit, unit.value)
    if unit is Unit.DECADE and amount is not None:
        return f"P{_number(amount * 10)}Y"
    if unit is Unit.CENTURY and amount is not None:
        return f"P{_number(amount * 100)}Y"
    if unit is Unit.QUARTER and amount is not None:
        return f"P{_number(amount * 3)}M"
    return f"P{'X' if amount is None else _number(amount)}{letter}"


def _number(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else f"{amount:g}"


def normalize(reading: Reading, anchor: dt.date, tense: Tense = Tense.PRESENT,
              reference: dt.date | None = None, tense_bound: bool = True) -> Timex:
    """The TIMEX3 (type, value, mod) of a reading, resolved against ``anchor`` (and, for anaphoric
    words such as 'two days later', against ``reference``, the last date mentioned).  A tense that is
    not ``tense_bound`` (its verb is not right beside the date) yields to a date weeks away."""
    ref = reference or anchor
    if isinstance(reading, Calendar) and reading.before_christ:
        return Timex(type="DATE", value=_before_christ(reading))
    if isinstance(reading, Calendar):
        if reading.hour is not None and reading.month is None and reading.year is None:
            return _calendar(reading, ref, tense)  # a clock time alone: on the day last spoken of
        return _calendar(reading, anchor, tense, tense_bound)
    if isinstance(reading, Weekday) and reading.indefinite:
        return _day_timex(f"XXXX-WXX-{reading.weekday + 1}", reading)
    if isinstance(reading, Weekday) and reading.week_offset is not None:
        d = anchor + dt.timedelta(days=7 * reading.week_offset + reading.weekday - anchor.weekday())
        return _day_timex(_date(d), reading)
    if isinstance(reading, Weekday):
        direction = Direction.FUTURE if reading.later else _direction(reading.direction, tense)
        if reading.direction is None and tense is Tense.PRESENT:
            direction = Direction.PAST  # news: a bare weekday is the most recent one
        return _day_timex(_date(_weekday_date(reading.weekday, anchor, direction, reading.strict)), reading)
    if isinstance(reading, RelativeDay):
        base = ref if reading.reference is Reference.PREVIOUS else anchor
        return _day_timex(_date(base + dt.timedelta(days=reading.offset)), reading)
    if isinstance(reading, RelativeUnit):
        base = ref if reading.reference is Reference.PREVIOUS else anchor
        offset = reading.offset
        if reading.weekend:
            if offset == 0 and tense is Tense.PAST and base.weekday() < 5:
                offset = -1  # 'the weekend' told in the past on a weekday: the one just gone
            return Timex(type="DATE", value=_unit_value(Unit.WEEK, _shift(base, Unit.WEEK, offset)) + "-WE")
        return Timex(type="DATE", value=_unit_value(reading.unit, _shift(base, reading.unit, offset)))
    if isinstance(reading, Shift):
        base = ref if reading.reference is Reference.PREVIOUS else anchor
        try:
            d = _shift(base, reading.unit, reading.amount)
        except (ValueError, OverflowError):  # '3000 years ago': before year 1, past the calendar
            return Timex(type="DATE", value="PAST_REF" if reading.amount < 0 else "FUTURE_REF")
        if reading.unit in (Unit.HOUR, Unit.MINUTE):
            return Timex(type="DATE", value=_date(d))
        grain = Unit.DAY if reading.unit in (Unit.DAY, Unit.WEEK) else reading.unit
        if not float(reading.amount).is_integer() and grain in (Unit.CENTURY, Unit.DECADE):
            grain = Unit.DECADE if grain is Unit.CENTURY else Unit.YEAR  # 'half a century ago': the 1970s
        return Timex(type="DATE", value=_unit_value(grain, d))
    if isinstance(reading, PartOf):
        base = normalize(reading.base, anchor, tense, reference, tense_bound)
        return Timex(type=base.type, value=base.value, mod=reading.part.mod)
    if isinstance(reading, Quarter):
        year = reading.year or anchor.year + (reading.offset or 0)
        if reading.year is None and reading.offset is None:
            year = _year_for_quarter(reading, anchor, _direction(None, tense))
        return Timex(type="DATE", value=f"{year}-{'H' if reading.half else 'Q'}{reading.quarter}")
    if isinstance(reading, SeasonOf):
        year = reading.year or anchor.year + (reading.offset or 0)
        if reading.year is None and reading.offset == -1:
            year = _latest_season_year(reading.season, anchor)
        return Timex(type="DATE", value=f"{year}-{reading.season.value}")
    if isinstance(reading, Decade):
        if reading.century is not None:
            return Timex(type="DATE", value=f"{'BC' if reading.before_christ else ''}{reading.century:02d}")
        return Timex(type="DATE", value=f"{reading.decade:03d}")
    if isinstance(reading, Duration):
        return Timex(type="DURATION", value=_duration_value(reading.unit, reading.amount),
                     mod=reading.mod.value if reading.mod else None)
    if isinstance(reading, Ordinal):
        return Timex(type="DURATION", value=_duration_value(reading.within.unit, reading.within.amount))
    if isinstance(reading, Elapsed):
        return Timex(type="DURATION", value=_duration_value(reading.unit, reading.n))
    if isinstance(reading, Holiday):
        year = reading.year or _year_for_month_said(reading.month, reading.day, anchor, None, tense, tense_bound)
        day = reading.day_in(year)
        return Timex(type="DATE", value=dt.date.fromordinal(day).isoformat() if day else f"{year:04d}-{reading.month:02d}")
    if isinstance(reading, Vague):
        return Timex(type="DATE", value=reading.kind.value)
    if isinstance(reading, Recurrence):
        if reading.weekday is not None:
            return Timex(type="SET", value=f"XXXX-WXX-{reading.weekday + 1}")
        if reading.season is not None:
            return Timex(type="SET", value=f"XXXX-{reading.season.value}")
        if reading.month is not None:
            return Timex(type="SET", value=f"XXXX-{reading.month:02d}")
        return Timex(type="SET", value=_duration_value(reading.unit or Unit.DAY, reading.quantity))
    raise TypeError(f"unknown reading {reading!r}")


def _day_timex(day: str, reading: Weekday | RelativeDay) -> Timex:
    """A day's value with the clock time or part of day its words add ('Tuesday night'): TIME then."""
    suffix = _time_suffix(reading.hour, reading.minute, reading.day_part, reading.zone)
    return Timex(type="TIME" if suffix else "DATE", value=day + suffix)


def _calendar(c: Calendar, anchor: dt.date, tense: Tense, tense_bound: bool = True) -> Timex:
    suffix = _time_suffix(c.hour, c.minute, c.day_part, c.zone)
    kind = "TIME" if c.hour is not None or c.day_part is not None else "DATE"
    if c.month is None and c.day is not None:
        # a tense read from afar does not move 'hasta el día 13' out of the article's month
        direction = _direction(c.direction, tense if tense_bound else Tense.PRESENT)
        day = calendar.month_day_near(c.day, anchor.toordinal(), direction.sign, c.weekday)  # 'el miércoles 10'
        return Timex(type=kind, value=_date(dt.date.fromordinal(day)) + suffix)
    if c.month is None and c.day is None:
        if c.year is not None:
            return Timex(type="DATE", value=f"{c.year:04d}")
        # a clock time alone: on the anchor day
        return Timex(type=kind, value=_date(anchor) + suffix)
    year = c.year
    if year is None and c.year_offset is not None:
        year = anchor.year + c.year_offset
    if year is None and c.weekday is not None and c.day is not None:
        fits = [y for y in range(anchor.year - 1, anchor.year + 2) if _weekday_of(y, c.month, c.day) == c.weekday]
        year = fits[0] if len(fits) == 1 else None
    if year is None:
        year = _year_for_month_said(c.month, c.day, anchor, c.direction, tense, tense_bound)
    if c.day is None:
        return Timex(type="DATE", value=f"{year:04d}-{c.month:02d}")
    try:
        d = dt.date(year, c.month, c.day)
    except ValueError:
        return Timex(type="DATE", value=f"{year:04d}-{c.month:02d}")
    if c.week:
        return Timex(type="DATE", value=_unit_value(Unit.WEEK, d))
    return Timex(type=kind, value=_date(d) + suffix)


_PERIOD = regex.compile(r"^(\d{4})-(Q[1-4]|H[12]|\d{2})$")
COMPARISON_REACH = 150  # 'sales in the third quarter ... from a year ago': same sentence, roughly


def _shift_period(value: str, years: int) -> str | None:
    """A quarter, half or month value moved by whole years, keeping its granularity; None before year 1."""
    m = _PERIOD.match(value)
    return f"{year:04d}-{m.group(2)}" if m and (year := int(m.group(1)) + years) >= 1 else None


NARRATIVE_MIN_YEARS = 3  # explicit years a text needs before it can be taken for a narrative
NARRATIVE_DEICTIC_SHARE = 0.1  # measured: news recalling history 11-50% deictic, war histories 0-10%
STORY_STEP_YEARS = 1  # a narrative moves a year at a time; WikiWarsDE value F1 0.717 (any jump), 0.741 (1), 0.737 (2)


def _before_christ(c: Calendar) -> str:
    """'BC0490', 'BC0216-08-02': TIMEX3 years before Christ, beyond what dates can hold."""
    return f"BC{c.year:04d}" + (f"-{c.month:02d}" if c.month else "") + (f"-{c.day:02d}" if c.month and c.day else "")


def _written_year(reading: Reading) -> int | None:
    base = date_part(reading)
    return base.year if isinstance(base, Calendar) and not base.before_christ else None


def _is_narrative(expressions: list[TimeExpression], dct: dt.date) -> bool:
    """A history told rather than news: it writes years, and none of them within a year of the DCT
    (a war narrative of 1939 read with a 2011 DCT). There '17. September' belongs to the year the
    story has reached, not to the DCT's."""
    years = [y for e in expressions if (y := _written_year(e.reading)) is not None]
    if len(years) < NARRATIVE_MIN_YEARS or any(abs(y - dct.year) <= 1 for y in years):
        return False
    # news that recalls history still speaks from its own day: 'Tuesday', 'yesterday', 'last week'
    deictic = sum(1 for e in expressions if _deictic(e.reading))
    return deictic <= NARRATIVE_DEICTIC_SHARE * len(expressions)


def _deictic(reading: Reading) -> bool:
    """Counted from the day of writing: 'Tuesday', 'today', 'this month', 'ten years ago', 'el pasado
    día 3', 'this summer'."""
    if isinstance(reading, (Weekday, RelativeDay, RelativeUnit, Shift)):
        return getattr(reading, "reference", None) is not Reference.PREVIOUS
    if isinstance(reading, Calendar):
        return reading.direction is not None
    return isinstance(reading, SeasonOf) and reading.year is None and bool(reading.offset)


def _yearless(reading: Reading) -> bool:
    base = date_part(reading)
    return (isinstance(base, Calendar) and base.year is None and base.month is not None and base.direction is None
            and base.year_offset is None)


def _in_story_year(reading: Reading, story: dt.date) -> Reading:
    """A yearless date of a narrative in the year the story has reached: a history names the year
    when it moves on, and a day told after December is more often a look back within the year than
    a step into the next (WikiWarsDE: the story's own year 0.782, the closest instance 0.773)."""
    base = date_part(reading)
    dated = attrs.evolve(base, year=story.year)
    return attrs.evolve(reading, base=dated) if isinstance(reading, PartOf) else dated


def _moves_story(year: int, following: int | None, story: dt.date | None) -> bool:
    """Whether a year written in a narrative moves the story there. A year far from the story's that
    the next written year (``following``) does not confirm is an aside ('Charles de Gaulle
    (1890-1970)', 'until 1881 the James brothers robbed banks', '1370 landing craft'), and the story
    stays where it was."""
    if story is None or abs(year - story.year) <= STORY_STEP_YEARS:
        return True
    return following is None or abs(following - year) <= STORY_STEP_YEARS


def _next_written_years(expressions: list[TimeExpression]) -> list[int | None]:
    """For each expression, the year written by the first expression after it (None: none is)."""
    out: list[int | None] = []
    following = None
    for e in reversed(expressions):
        out.append(following)
        following = y if (y := _written_year(e.reading)) is not None else following
    return out[::-1]


def _present_in_narrative(reading: Reading) -> bool:
    """'heute', 'today' in a history: the writer's present, not a day of the story."""
    return isinstance(reading, RelativeDay) and reading.offset == 0 and reading.reference is Reference.DCT \
        and reading.day_part is None and reading.hour is None


def _first_day(value: str) -> dt.date | None:
    """The first day of a DATE value with a written year ('1940', '1940-05', '1940-05-10T04:45')."""
    m = regex.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _counted_to(expressions: list[TimeExpression], i: int) -> TimeExpression | None:
    """The day right after an anaphoric count tied to it ('the day before last Tuesday')."""
    if not counts_forward(expressions[i]) or i + 1 == len(expressions):
        return None
    following = expressions[i + 1]
    return following if following.start - expressions[i].end <= COUNT_GAP else None


def resolve_all(expressions: Iterable[TimeExpression], dct: dt.date) -> list[TimeExpression]:
    """Each expression with its ``timex`` filled, anaphoric ones against the last date before them.

    'A year earlier' after 'the third quarter' is the third quarter of the year before: a shift of
    whole years keeps the granularity of the period it is counted from.  'A year ago' does the
    same right after a period in the same sentence (the comparison of earnings reports)."""
    expressions = list(expressions)
    narrative = _is_narrative(expressions, dct)
    next_years = _next_written_years(expressions) if narrative else []
    out = []
    reference = dct
    story: dt.date | None = None  # a narrative's last date with its year: what its other words count from
    period: tuple[str, int] | None = None  # last quarter/half/month value and where it ended
    year_told: int | None = None  # a bare year told after the last full date: 'In 2022, ... three years earlier'
    for i, expr in enumerate(expressions):
        reading = expr.reading
        timex = None
        if (counted_to := _counted_to(expressions, i)) is not None:
            # 'the day before last Tuesday', 'la víspera de Navidad': counted from the day that follows
            day = normalize(counted_to.reading, dct, counted_to.tense, reference, counted_to.tense_adjacent)
            if regex.match(r"\d{4}-\d{2}-\d{2}", day.value) and (base := _first_day(day.value)) is not None:
                timex = normalize(reading, dct, expr.tense, base)
        if story is not None and _present_in_narrative(reading):
            timex = Timex(type="DATE", value=Vagueness.PRESENT.value)
        elif story is not None and _yearless(reading):
            reading = _in_story_year(reading, story)
            timex = normalize(reading, dct, expr.tense, reference)
        if (isinstance(reading, Shift) and reading.unit is Unit.YEAR and float(reading.amount).is_integer()
                and period is not None and (reading.reference is Reference.PREVIOUS
                                            or expr.start - period[1] <= COMPARISON_REACH)):
            shifted = _shift_period(period[0], int(reading.amount))
            if shifted:
                timex = Timex(type="DATE", value=shifted)
        elif (timex is None and isinstance(reading, Shift) and reading.unit is Unit.YEAR and year_told is not None
              and reading.reference is Reference.PREVIOUS and float(reading.amount).is_integer()
              and year_told + int(reading.amount) >= 1):
            timex = Timex(type="DATE", value=f"{year_told + int(reading.amount):04d}")  # counted from the year told
        if timex is None:
            # a history's 'the end of the year', 'in the summer', 'the next year' count from the story
            timex = normalize(reading, story or dct, expr.tense, reference, expr.tense_adjacent)
        out.append(attrs.evolve(expr, timex=timex))
        counted_back = isinstance(reading, Shift) or (isinstance(reading, Quarter) and reading.offset)
        if timex.type in ("DATE", "TIME") and _PERIOD.match(timex.value) and not counted_back:
            period = (timex.value, expr.end)
        if timex.type == "DATE" and regex.fullmatch(r"\d{4}", timex.value):
            year_told = int(timex.value)
        if (narrative and _written_year(reading) is not None and (day := _first_day(timex.value)) is not None
                and _moves_story(day.year, next_years[i], story)):
            story = day
        if timex.type in ("DATE", "TIME") and len(timex.value) >= 10 and timex.value[4] == "-" and timex.value[:4].isdigit():
            try:
                reference = dt.date.fromisoformat(timex.value[:10])
                year_told = None
            except ValueError:
                pass
    return out


def unanchored(reading: Reading, tense: Tense = Tense.PRESENT) -> Timex:
    """The TIMEX3 value a reading has without any anchor: what the words fix, X for the rest."""
    if isinstance(reading, Calendar) and reading.before_christ:
        return Timex(type="DATE", value=_before_christ(reading))
    if isinstance(reading, Calendar):
        if reading.year is not None or (reading.month is None and reading.day is None):
            if reading.year is not None and reading.month is not None and reading.day is not None:
                return _calendar(reading, dt.date(reading.year, 1, 1), tense)
            if reading.year is not None:
                return Timex(type="DATE", value=f"{reading.year:04d}" + (f"-{reading.month:02d}" if reading.month else ""))
            return Timex(type="TIME", value="XXXX-XX-XX" + _time_suffix(reading.hour, reading.minute, None))
        month = f"{reading.month:02d}" if reading.month else "XX"
        day = f"-{reading.day:02d}" if reading.day else ""
        return Timex(type="DATE", value=f"XXXX-{month}{day}")
    if isinstance(reading, Weekday):
        return Timex(type="DATE", value=f"XXXX-WXX-{reading.weekday + 1}")
    if isinstance(reading, Holiday):
        if reading.year is not None:
            return normalize(reading, dt.date(reading.year, 1, 1), tense)
        return Timex(type="DATE", value=f"XXXX-{reading.month:02d}" + (f"-{reading.day:02d}" if reading.day else ""))
    if isinstance(reading, PartOf):
        base = unanchored(reading.base, tense)
        return Timex(type=base.type, value=base.value, mod=reading.part.mod)
    if isinstance(reading, Quarter) and reading.year is None:
        return Timex(type="DATE", value=f"XXXX-{'H' if reading.half else 'Q'}{reading.quarter}")
    if isinstance(reading, SeasonOf) and reading.year is None:
        return Timex(type="DATE", value=f"XXXX-{reading.season.value}")
    if isinstance(reading, (Decade, Duration, Ordinal, Elapsed, Vague, Recurrence, Quarter, SeasonOf)):
        return normalize(reading, dt.date(2000, 1, 1), tense)
    return Timex(type="DATE", value="XXXX-XX-XX")
