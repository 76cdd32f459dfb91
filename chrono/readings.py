"""What time words mean, independent of any anchor (DESIGN.md section 2).

A reading keeps only the fields the words gave: "in August" is ``Calendar(month=8)``, never a
guessed year.  Normalization (TIMEX3) and the constraint builder both read these values.
"""
from __future__ import annotations

import enum
from typing import Union

import attrs


class Direction(enum.Enum):
    """Which instance a relative word points at, relative to the anchor."""

    PAST = "past"
    FUTURE = "future"
    NEAREST = "nearest"

    @property
    def sign(self) -> int:
        """-1 for the past, +1 for the future, 0 for the nearest: the side a calendar walk takes."""
        return -1 if self is Direction.PAST else 1 if self is Direction.FUTURE else 0


class Tense(enum.Enum):
    """Grammatical time of the clause around an expression; sets default directions."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


class Unit(enum.Enum):
    """Calendar units, with their TIMEX3 duration letter."""

    MINUTE = "MIN"
    HOUR = "H"
    DAY = "D"
    WEEK = "W"
    MONTH = "M"
    QUARTER = "Q"
    YEAR = "Y"
    DECADE = "DE"
    CENTURY = "CE"


class Part(enum.Enum):
    """early/mid/late X, the first or second half of X ('la segunda quincena de abril')."""

    EARLY = "START"
    MID = "MID"
    LATE = "END"
    FIRST_HALF = "FIRST_HALF"
    SECOND_HALF = "SECOND_HALF"

    @property
    def mod(self) -> str:
        """The TIMEX3 mod: a half has none of its own, so it is told as the start or the end."""
        return {"FIRST_HALF": "START", "SECOND_HALF": "END"}.get(self.value, self.value)


class DayPart(enum.Enum):
    """Parts of a day, with TIMEX3 codes."""

    MORNING = "MO"
    AFTERNOON = "AF"
    EVENING = "EV"
    NIGHT = "NI"
    NOON = "12:00"  # a clock time, not a part: 'noon Thursday' is T12:00
    MIDNIGHT = "24:00"  # the end of the named day, as TIMEX3 writes it


class Season(enum.Enum):
    SPRING = "SP"
    SUMMER = "SU"
    FALL = "FA"
    WINTER = "WI"

    @property
    def months(self) -> tuple[int, int, int]:
        """The season's months in the northern hemisphere; winter Y runs from December Y into February Y+1."""
        return {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}[self.value]


class Mod(enum.Enum):
    """TIMEX3 mod values used for durations and points."""

    MORE_THAN = "MORE_THAN"
    LESS_THAN = "LESS_THAN"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    APPROX = "APPROX"
    START = "START"
    MID = "MID"
    END = "END"
    BEFORE = "BEFORE"
    AFTER = "AFTER"


class Vagueness(enum.Enum):
    PRESENT = "PRESENT_REF"
    PAST = "PAST_REF"
    FUTURE = "FUTURE_REF"


class Reference(enum.Enum):
    """What a relative offset counts from: the document date or the previously mentioned time."""

    DCT = "dct"
    PREVIOUS = "previous"


@attrs.frozen(kw_only=True)
class Calendar:
    """An absolute or partial calendar date: any subset of the fields, as written."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None  # an ISO 8601 offset: 'Z', '+03', '-05:30'
    day_part: DayPart | None = None
    direction: Direction | None = None  # 'last August' (PAST), 'next May' (FUTURE)
    weekday: int | None = None  # 'Monday, Oct. 26': a weekday that pins the year
    # 'June last year', 'Juni tahun lalu', 'en junio del año pasado': the year is the anchor's plus this
    year_offset: int | None = None
    week: bool = False  # 'the week of March 6': the Monday-to-Sunday week that holds the day
    # 'from 26 to 31 August', 'Aug. 26-31': the first and last day of the range this day is one end of
    days_span: tuple[int, int] | None = None
    before_christ: bool = False  # '490 BC', '2. August 216 v. Chr.': TIMEX3 'BC0490', beyond the day calendar


@attrs.frozen(kw_only=True)
class Weekday:
    """'Tuesday', 'next Monday', 'later Tuesday' (same day, later on)."""

    weekday: int
    direction: Direction | None = None  # None: decided by tense
    later: bool = False
    day_part: DayPart | None = None
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None  # '12:00 UTC Monday': the clock time's zone, as Calendar.zone
    strict: bool = False  # 'last Friday' said on a Friday is a week ago, 'next Monday' on a Monday a week on
    # 'Tuesday last week', 'Selasa pekan lalu', 'el martes de la semana pasada': the weekday of the
    # (Monday-to-Sunday) week this many weeks from the anchor's; None: not tied to a week
    week_offset: int | None = None
    indefinite: bool = False  # 'on a Saturday': some Saturday, which one the words do not say


@attrs.frozen(kw_only=True)
class RelativeDay:
    """'yesterday' (-1), 'today' (0), 'tonight' (0, NIGHT), 'last night' (-1, NIGHT)."""

    offset: int
    day_part: DayPart | None = None
    reference: Reference = Reference.DCT
    hour: int | None = None  # '10 p.m. yesterday', 'vers 15 h 30, hier': a clock time of that day
    minute: int | None = None
    zone: str | None = None
    weekday: int | None = None  # 'besok, Kamis', 'hoy, jueves': the day's weekday, said beside it


@attrs.frozen(kw_only=True)
class RelativeUnit:
    """A whole calendar unit relative to the anchor: 'last week' (-1), 'this year' (0), 'the previous day'."""

    unit: Unit
    offset: int
    reference: Reference = Reference.DCT
    weekend: bool = False  # 'last weekend': the Saturday and Sunday of that week (unit WEEK)


@attrs.frozen(kw_only=True)
class Shift:
    """The anchor moved by an amount: 'three days ago' (-3 DAY), 'two weeks later' (+2 WEEK)."""

    unit: Unit
    amount: int
    reference: Reference = Reference.DCT
    mod: Mod | None = None  # 'more than six decades ago' (MORE_THAN), 'nearly two years ago' (LESS_THAN)


@attrs.frozen(kw_only=True)
class PartOf:
    """'late October', 'early 2024', 'mid-March': a part of a base reading."""

    part: Part
    base: "Reading"


@attrs.frozen(kw_only=True)
class Quarter:
    quarter: int
    year: int | None = None
    half: bool = False  # True: 'the first half' (quarter holds 1 or 2)
    offset: int | None = None  # years from the anchor's: 'last year's third quarter' (-1), 'the year-ago quarter'

    @property
    def months(self) -> tuple[int, ...]:
        """The months of the quarter (or half) within its year."""
        size = 6 if self.half else 3
        first = size * (self.quarter - 1) + 1
        return tuple(range(first, first + size))


@attrs.frozen(kw_only=True)
class SeasonOf:
    season: Season
    year: int | None = None
    offset: int | None = None  # last/this/next season


@attrs.frozen(kw_only=True)
class Decade:
    """'the 1990s' (decade=199) or a century ('the 20th century': century=19)."""

    decade: int | None = None
    century: int | None = None
    before_christ: bool = False  # 'the 4th century BC', '4. Jh. v. Chr.': TIMEX3 'BC03'


@attrs.frozen(kw_only=True)
class Duration:
    """'for more than two years now': amount None means unspecified ('several years')."""

    unit: Unit
    amount: float | None
    mod: Mod | None = None
    up_to_now: bool = False  # 'for ... now', 'the past two years': ends at the anchor
    lasted: bool = False  # 'lleva 24 días', 'for 24 days now': how long its owner has run, up to the anchor
    ahead: bool = False  # 'within 10 days', 'in the next 48 hours': a window that opens at the anchor


@attrs.frozen(kw_only=True)
class Ordinal:
    """'second in a month': this is the n-th such event within the window."""

    n: int
    within: Duration


@attrs.frozen(kw_only=True)
class Elapsed:
    """'now in its 21st day', 'memasuki hari kelima': the n-th unit of something under way at the
    anchor, which therefore began between n units and n - 1 units before it."""

    n: int
    unit: Unit


@attrs.frozen(kw_only=True)
class Vague:
    """'now', 'recently', 'in the future'."""

    kind: Vagueness


@attrs.frozen(kw_only=True)
class Holiday:
    """'Christmas' (12-25), 'Thanksgiving' (4th Thursday of November): a named day of every year."""

    month: int
    day: int | None = None      # a fixed day of the month
    weekday: int | None = None  # or the nth (1..5, -1 = last) such weekday of the month
    nth: int | None = None
    year: int | None = None

    def day_in(self, year: int) -> int | None:
        """The holiday's day number in ``year`` (None when it does not exist that year)."""
        import calendar as stdcal
        import datetime as dt

        if self.day is not None:
            try:
                return dt.date(year, self.month, self.day).toordinal()
            except ValueError:
                return None
        days = [d for d in range(1, stdcal.monthrange(year, self.month)[1] + 1)
                if dt.date(year, self.month, d).weekday() == self.weekday]
        index = self.nth - 1 if self.nth and self.nth > 0 else -1
        return dt.date(year, self.month, days[index]).toordinal() if -len(days) <= index < len(days) else None


@attrs.frozen(kw_only=True)
class Recurrence:
    """'every Monday', 'weekly', 'each year', 'every summer', 'every March': a TIMEX3 SET."""

    unit: Unit | None = None
    weekday: int | None = None
    season: Season | None = None
    month: int | None = None
    quantity: int = 1


Reading = Union[
    Calendar, Weekday, RelativeDay, RelativeUnit, Shift, PartOf, Quarter, SeasonOf, Decade,
    Duration, Ordinal, Elapsed, Vague, Recurrence, Holiday,
]


def date_part(reading: Reading) -> Reading:
    """The date a reading speaks of: 'late October' is about October, 'the early 4th century BC' about that century."""
    return reading.base if isinstance(reading, PartOf) else reading


def names_a_day(reading: Reading) -> bool:
    """A day named as such ('el 14 de febrero', 'Kamis', 'yesterday', 'Christmas'), not a month, a
    year or a count back."""
    return isinstance(reading, (Weekday, RelativeDay, Holiday)) or (isinstance(reading, Calendar) and reading.day is not None)
