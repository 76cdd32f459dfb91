import calendar as stdlib_calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chrono import calendar as cal

DAYS = st.integers(min_value=cal.day(1600, 1, 1), max_value=cal.day(2400, 12, 31))
YEARS = st.integers(min_value=1601, max_value=2399)
MONTHS = st.integers(min_value=1, max_value=12)
NEAR = st.integers(min_value=-45, max_value=45)
FAST = settings(max_examples=200, deadline=None)


@FAST
@given(DAYS)
def test_day_number_round_trips(n):
    d = cal.to_date(n)
    assert cal.day(d.year, d.month, d.day) == n
    assert cal.ymd(n) == (d.year, d.month, d.day)
    assert cal.parse_iso(cal.iso(n)) == n
    assert cal.iso(n) == d.isoformat()


@FAST
@given(st.integers(min_value=1, max_value=dt.date.max.toordinal()))
def test_weekday_agrees_with_date(n):
    assert cal.weekday(n) == dt.date.fromordinal(n).weekday()


def test_weekday_is_periodic_outside_the_calendar():
    assert cal.weekday(0) == 6 and cal.weekday(-6) == 0


@FAST
@given(YEARS, MONTHS, NEAR)
def test_month_range_covers_exactly_its_month(y, m, k):
    first, last = cal.month_range(y, m)
    n = (first if k < 0 else last) + k
    d = cal.to_date(n)
    assert (first <= n <= last) == ((d.year, d.month) == (y, m))
    assert last - first + 1 == cal.days_in_month(y, m) == stdlib_calendar.monthrange(y, m)[1]


@FAST
@given(DAYS)
def test_ranges_contain_their_day(n):
    d = cal.to_date(n)
    q, h = (d.month - 1) // 3 + 1, (d.month - 1) // 6 + 1
    for first, last in (cal.year_range(d.year), cal.quarter_range(d.year, q), cal.half_range(d.year, h),
                        cal.month_range(d.year, d.month), cal.decade_range(d.year // 10 * 10),
                        cal.century_range(d.year // 100)):
        assert first <= n <= last
    for first, last in (cal.quarter_range(d.year, q % 4 + 1), cal.half_range(d.year, 3 - h)):
        assert not first <= n <= last


@FAST
@given(YEARS)
def test_quarters_and_halves_tile_the_year(y):
    quarters = [cal.quarter_range(y, q) for q in range(1, 5)]
    halves = [cal.half_range(y, h) for h in (1, 2)]
    for parts in (quarters, halves):
        assert parts[0][0] == cal.year_range(y)[0] and parts[-1][1] == cal.year_range(y)[1]
        assert all(a[1] + 1 == b[0] for a, b in zip(parts, parts[1:]))


@FAST
@given(DAYS, st.integers(min_value=-7, max_value=7))
def test_iso_week_range_agrees_with_isocalendar(n, k):
    y, w, _ = cal.to_date(n).isocalendar()
    first, last = cal.iso_week_range(y, w)
    assert last - first == 6 and cal.weekday(first) == 0 and first <= n <= last
    m = n + k
    assert (first <= m <= last) == (cal.to_date(m).isocalendar()[:2] == (y, w))


def test_iso_week_one_may_start_in_december():
    assert cal.iso_week_range(2025, 1) == (cal.day(2024, 12, 30), cal.day(2025, 1, 5))
    assert cal.iso_week_range(2020, 53) == (cal.day(2020, 12, 28), cal.day(2021, 1, 3))


def test_decade_and_century_follow_timex():
    assert cal.decade_range(1990) == (cal.day(1990, 1, 1), cal.day(1999, 12, 31))
    assert cal.century_range(19) == (cal.day(1900, 1, 1), cal.day(1999, 12, 31))
    assert cal.century_range(0) == (cal.day(1, 1, 1), cal.day(99, 12, 31))


@FAST
@given(DAYS, st.integers(min_value=-240, max_value=240))
def test_add_months_clamps_to_month_end(n, k):
    d = cal.to_date(n)
    r = cal.to_date(cal.add_months(n, k))
    assert r.year * 12 + r.month == d.year * 12 + d.month + k
    assert r.day == min(d.day, cal.days_in_month(r.year, r.month))


@FAST
@given(DAYS, st.integers(min_value=-240, max_value=240))
def test_add_months_round_trips_where_defined(n, k):
    moved = cal.add_months(n, k)
    if cal.to_date(moved).day == cal.to_date(n).day:  # no clamping happened
        assert cal.add_months(moved, -k) == n
    assert cal.add_months(cal.add_months(n, k), 0) == moved


@FAST
@given(DAYS, st.integers(min_value=-100, max_value=100))
def test_add_years(n, k):
    d = cal.to_date(n)
    r = cal.to_date(cal.add_years(n, k))
    assert r.year == d.year + k and r.month == d.month
    assert r.day == d.day or (d.month, d.day, r.day) == (2, 29, 28)


def test_add_examples():
    assert cal.add_months(cal.day(2024, 1, 31), 1) == cal.day(2024, 2, 29)
    assert cal.add_months(cal.day(2023, 1, 31), 1) == cal.day(2023, 2, 28)
    assert cal.add_months(cal.day(2024, 3, 15), -3) == cal.day(2023, 12, 15)
    assert cal.add_years(cal.day(2024, 2, 29), 1) == cal.day(2025, 2, 28)
    assert cal.add_years(cal.day(2024, 2, 29), 4) == cal.day(2028, 2, 29)


def test_bad_arguments():
    for call in (lambda: cal.quarter_range(2024, 5), lambda: cal.half_range(2024, 0),
                 lambda: cal.days_in_month(2024, 13), lambda: cal.parse_iso("2024-W01-1"),
                 lambda: cal.parse_iso("20241008")):
        with pytest.raises(ValueError):
            call()


@given(DAYS, st.integers(min_value=1, max_value=31), st.sampled_from([-1, 0, 1]))
def test_month_day_near_is_the_nearest_such_day_on_its_side(anchor, dom, side):
    """'el pasado día 12' (side -1) is the latest 12th up to the anchor, 'el próximo día 20' (+1) the
    earliest 20th from it on, and a bare 'el día 13' (0) the 13th of the anchor's month when it has one."""
    found = cal.month_day_near(dom, anchor, side)
    assert cal.ymd(found)[2] == dom
    a = dt.date.fromordinal(anchor)
    between = range(min(found, anchor) + 1, max(found, anchor))
    if side < 0:
        assert found <= anchor and not any(dt.date.fromordinal(n).day == dom for n in between)
    elif side > 0:
        assert found >= anchor and not any(dt.date.fromordinal(n).day == dom for n in between)
    elif dom <= stdlib_calendar.monthrange(a.year, a.month)[1]:
        assert dt.date.fromordinal(found).replace(day=1) == a.replace(day=1)
    else:
        assert found < anchor


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(1, 31), st.integers(0, 6),
       st.sampled_from([-1, 0, 1]))
def test_a_weekday_and_day_number_is_that_weekday_on_that_day_on_the_side_said(anchor, dom, weekday, side):
    found = cal.weekday_day_near(dom, weekday, anchor.toordinal(), side)
    if found is not None:
        day = dt.date.fromordinal(found)
        assert day.day == dom and day.weekday() == weekday
        on_side = side == 0 or (found <= anchor.toordinal() if side < 0 else found >= anchor.toordinal())
        # the other side only for a day within a month, when the side said has none within two months
        assert on_side or abs(found - anchor.toordinal()) <= cal.OTHER_SIDE_DAYS
        if not on_side:
            ahead = range(anchor.toordinal() + 1, anchor.toordinal() + cal.SIDE_REACH_DAYS + 1)
            behind = range(anchor.toordinal() - cal.SIDE_REACH_DAYS, anchor.toordinal())
            assert not any(dt.date.fromordinal(n).day == dom and dt.date.fromordinal(n).weekday() == weekday
                           for n in (ahead if side > 0 else behind))
        assert abs(found - anchor.toordinal()) <= 7 * 31
