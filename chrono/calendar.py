"""Day-number arithmetic: every day is ``date.toordinal()`` so that sets of days are sets of ints.

Ranges are inclusive ``(first, last)`` pairs of day numbers.  Everything is closed-form on the
proleptic Gregorian calendar of :mod:`datetime` (years 1..9999); nothing loops over days.
"""
from __future__ import annotations

import datetime as dt
import re

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def day(y: int, m: int, d: int) -> int:
    """The day number of a calendar date (raises ValueError for impossible dates)."""
    return dt.date(y, m, d).toordinal()


def to_date(n: int) -> dt.date:
    return dt.date.fromordinal(n)


def ymd(n: int) -> tuple[int, int, int]:
    """``(year, month, day)`` of day ``n``."""
    d = dt.date.fromordinal(n)
    return d.year, d.month, d.day


def iso(n: int) -> str:
    """``YYYY-MM-DD``."""
    return dt.date.fromordinal(n).isoformat()


def parse_iso(s: str) -> int:
    """Inverse of :func:`iso`; strict, because ``date.fromisoformat`` also takes week dates."""
    if not _ISO_DAY.fullmatch(s):
        raise ValueError(f"not a YYYY-MM-DD date: {s!r}")
    return dt.date.fromisoformat(s).toordinal()


def weekday(n: int) -> int:
    """Monday=0 .. Sunday=6; defined for any int (day 1, 0001-01-01, was a Monday)."""
    return (n - 1) % 7


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y: int, m: int) -> int:
    if not 1 <= m <= 12:
        raise ValueError(f"month must be 1..12, not {m}")
    return 29 if m == 2 and is_leap(y) else _MONTH_DAYS[m - 1]


def month_range(y: int, m: int) -> tuple[int, int]:
    first = day(y, m, 1)
    return first, first + days_in_month(y, m) - 1


def year_range(y: int) -> tuple[int, int]:
    return day(y, 1, 1), day(y, 12, 31)


def quarter_range(y: int, q: int) -> tuple[int, int]:
    """Quarter ``q`` (1..4): Q1 is January..March."""
    if not 1 <= q <= 4:
        raise ValueError(f"quarter must be 1..4, not {q}")
    return month_range(y, 3 * q - 2)[0], month_range(y, 3 * q)[1]


def half_range(y: int, h: int) -> tuple[int, int]:
    """Half ``h`` (1..2): H1 is January..June."""
    if not 1 <= h <= 2:
        raise ValueError(f"half must be 1..2, not {h}")
    return month_range(y, 6 * h - 5)[0], month_range(y, 6 * h)[1]


def iso_week_range(y: int, w: int) -> tuple[int, int]:
    """Monday..Sunday of ISO week ``w`` of ISO year ``y`` (which may start in December of y-1)."""
    first = dt.date.fromisocalendar(y, w, 1).toordinal()
    return first, first + 6


def decade_range(start: int) -> tuple[int, int]:
    """The ten years ``start..start+9``: TIMEX3 ``199X`` is ``decade_range(1990)``."""
    return year_range(start)[0], year_range(start + 9)[1]


def century_range(c: int) -> tuple[int, int]:
    """Years ``100c..100c+99``, the TIMEX3 reading: ``"19"`` is 1900..1999, not the ordinal
    20th century (1901..2000).  Century 0 starts at year 1, the first year a date can have."""
    return year_range(max(1, 100 * c))[0], year_range(100 * c + 99)[1]


def add_months(n: int, k: int) -> int:
    """Day ``n`` moved by ``k`` calendar months, the day of month clamped to the month's end
    (Jan 31 + 1 month = Feb 28/29), as people mean 'a month later'."""
    d = dt.date.fromordinal(n)
    y, m0 = divmod(d.year * 12 + d.month - 1 + k, 12)
    return day(y, m0 + 1, min(d.day, days_in_month(y, m0 + 1)))


def month_day_near(dom: int, anchor: int, side: int, weekday_: int | None = None) -> int:
    """Day ``dom`` of a month left unnamed ('el pasado día 12', 'tanggal 5'), told on day
    ``anchor``: the latest such day up to the anchor (``side`` < 0), the earliest from it on
    (``side`` > 0), or the anchor's own month (``side`` == 0, the earlier month when the anchor's
    has no such day). Months too short for ``dom`` are passed over. With ``weekday_`` ('el miércoles
    10'), the one that falls on that weekday (``weekday_day_near``), when one lies near."""
    if not 1 <= dom <= 31:
        raise ValueError(f"day of month must be 1..31, not {dom}")
    if weekday_ is not None and (found := weekday_day_near(dom, weekday_, anchor, side)) is not None:
        return found
    y, m, _ = ymd(anchor)
    step = 1 if side > 0 else -1
    while True:  # at most two months are too short for any day (February, then a 30-day month)
        if dom <= days_in_month(y, m):
            n = day(y, m, dom)
            if side == 0 or (n <= anchor if side < 0 else n >= anchor):
                return n
        y, m = divmod(y * 12 + m - 1 + step, 12)
        m += 1


def add_years(n: int, k: int) -> int:
    """Day ``n`` moved by ``k`` years; Feb 29 becomes Feb 28 in a common year."""
    return add_months(n, 12 * k)


SIDE_REACH_DAYS = 61  # a weekday and day number on the side the tense says lies within two months
OTHER_SIDE_DAYS = 31  # ...or else, within a month on the other side: 'cerradas desde el domingo 27 seguirán'


def weekday_day_near(dom: int, weekday_: int, anchor: int, side: int, months: int = 6) -> int | None:
    """Day ``dom`` of an unnamed month that falls on ``weekday`` ('el miércoles 10'), told on day
    ``anchor``: the latest such day up to the anchor (``side`` < 0), the earliest from it on
    (``side`` > 0), or the nearest either way (``side`` == 0); None if none lies within ``months``.
    A pair this precise names a day near the article: when the side said has none within
    ``SIDE_REACH_DAYS``, one within ``OTHER_SIDE_DAYS`` on the other side is meant (the tense was
    another verb's), rather than one half a year away."""
    y, m, _ = ymd(anchor)
    found = []
    for k in range(-months, months + 1):
        yy, mm = divmod(y * 12 + m - 1 + k, 12)
        mm += 1
        if dom <= days_in_month(yy, mm) and weekday(n := day(yy, mm, dom)) == weekday_:
            found.append(n)
    said = [n for n in found if side == 0 or (n <= anchor if side < 0 else n >= anchor)]
    if side != 0 and not any(abs(n - anchor) <= SIDE_REACH_DAYS for n in said):
        said += [n for n in found if n not in said and abs(n - anchor) <= OTHER_SIDE_DAYS]
    return min(said, key=lambda n: (abs(n - anchor), n)) if said else None
