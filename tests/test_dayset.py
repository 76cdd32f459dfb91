import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chrono import calendar as cal
from chrono.dayset import DaySet

BASE = cal.day(2024, 1, 1)
DAY = st.integers(min_value=BASE - 400, max_value=BASE + 400)
FAST = settings(max_examples=150, deadline=None)


def days_where(lo, hi, keep):
    return {n for n in range(lo, hi + 1) if keep(cal.to_date(n))}


def check(ds, model):
    """``ds`` holds exactly ``model`` and is in canonical form."""
    assert list(ds) == sorted(model)
    assert len(ds) == ds.count == len(model)
    assert ds.is_empty == (not model) == (not ds)
    if model:
        assert (ds.min, ds.max) == (ds.lo, ds.hi) == (min(model), max(model))
        assert ds.is_convex == (max(model) - min(model) + 1 == len(model))
    else:
        assert ds == DaySet.empty() and ds.min is None and ds.max is None
    if ds.bits is not None:
        assert ds.bits & 1 and ds.bits.bit_length() == ds.hi - ds.lo + 1
        assert ds.bits & (ds.bits + 1) != 0  # not all ones
    again = DaySet.from_days(model)
    assert ds == again and hash(ds) == hash(again)


@st.composite
def span(draw):
    return draw(DAY), draw(DAY)


@st.composite
def leaf(draw):
    """A DaySet from one constructor, with its brute-force model."""
    lo, hi = draw(span())
    kind = draw(st.sampled_from(["range", "single", "days", "weekdays", "months", "month_days",
                                 "years", "month_part", "empty"]))
    if kind == "range":
        return DaySet.range(lo, hi), set(range(lo, hi + 1))
    if kind == "single":
        return DaySet.single(lo), {lo}
    if kind == "days":
        days = draw(st.sets(st.integers(min_value=lo - 40, max_value=lo + 40), max_size=30))
        return DaySet.from_days(days), days
    if kind == "weekdays":
        wds = draw(st.sets(st.integers(min_value=0, max_value=6)))
        return DaySet.weekdays(lo, hi, wds), days_where(lo, hi, lambda d: d.weekday() in wds)
    if kind == "months":
        ms = draw(st.sets(st.integers(min_value=1, max_value=12)))
        return DaySet.months(lo, hi, ms), days_where(lo, hi, lambda d: d.month in ms)
    if kind == "month_days":
        doms = draw(st.sets(st.integers(min_value=1, max_value=31), max_size=4))
        return DaySet.month_days(lo, hi, doms), days_where(lo, hi, lambda d: d.day in doms)
    if kind == "years":
        ys = draw(st.sets(st.integers(min_value=2021, max_value=2026)))
        return DaySet.years(lo, hi, ys), days_where(lo, hi, lambda d: d.year in ys)
    if kind == "month_part":
        m = draw(st.integers(min_value=1, max_value=12))
        first = draw(st.integers(min_value=1, max_value=31))
        last = draw(st.integers(min_value=first, max_value=31))
        return (DaySet.month_part(lo, hi, m, first, last),
                days_where(lo, hi, lambda d: d.month == m and first <= d.day <= last))
    return DaySet.empty(), set()


@st.composite
def dayset(draw):
    """A leaf, or the union of two (for less regular shapes)."""
    a, ma = draw(leaf())
    if draw(st.booleans()):
        b, mb = draw(leaf())
        return a | b, ma | mb
    return a, ma


@FAST
@given(leaf())
def test_constructors_match_the_model(pair):
    check(*pair)


@FAST
@given(dayset(), dayset())
def test_set_algebra_matches_the_model(p, q):
    (a, ma), (b, mb) = p, q
    check(a & b, ma & mb)
    check(a | b, ma | mb)
    check(a - b, ma - mb)
    check(b - a, mb - ma)


@FAST
@given(dayset(), span())
def test_complement_and_clip(p, bounds):
    (a, ma), (lo, hi) = p, bounds
    window = set(range(lo, hi + 1))
    check(a.complement(lo, hi), window - ma)
    check(a.clip(lo, hi), ma & window)


@FAST
@given(dayset(), st.integers(min_value=-500, max_value=500))
def test_shift(p, k):
    a, ma = p
    check(a.shift(k), {d + k for d in ma})


@FAST
@given(dayset(), st.integers(min_value=-40, max_value=40), st.integers(min_value=0, max_value=40))
def test_dilate(p, a_, width):
    s, ms = p
    check(s.dilate(a_, a_ + width), {d + k for d in ms for k in range(a_, a_ + width + 1)})


@FAST
@given(dayset(), DAY)
def test_membership(p, n):
    a, ma = p
    assert (n in a) == (n in ma)


@FAST
@given(dayset(), dayset())
def test_subset(p, q):
    (a, ma), (b, mb) = p, q
    assert a.issubset(b) == (ma <= mb)


def test_canonical_form_makes_equal_sets_equal():
    oct_ = cal.month_range(2024, 10)
    assert DaySet.months(BASE, BASE + 400, [10]) == DaySet.range(*oct_)
    assert DaySet.month_part(*oct_, 10, 1, 31) == DaySet.range(*oct_)
    tuesdays = DaySet.weekdays(*oct_, [1])
    assert tuesdays == DaySet.from_days(range(cal.day(2024, 10, 1), oct_[1] + 1, 7))
    assert DaySet.range(5, 9) - DaySet.range(5, 9) == DaySet.empty() == DaySet.range(9, 5)
    assert (DaySet.from_days([1, 3]) | DaySet.single(2)).bits is None
    assert DaySet.from_days([1, 3]).dilate(0, 1) == DaySet.range(1, 4)
    assert len({DaySet.range(1, 3), DaySet.from_days([1, 2, 3]), DaySet.from_days([3, 2, 1])}) == 1


def test_repr():
    oct_ = cal.month_range(2024, 10)
    assert repr(DaySet.range(*oct_)) == "DaySet(2024-10-01..2024-10-31)"
    assert repr(DaySet.weekdays(*oct_, [1])) == "DaySet(5 days in 2024-10-01..2024-10-29)"
    assert repr(DaySet.single(cal.day(2024, 10, 8))) == "DaySet(2024-10-08)"
    assert repr(DaySet.empty()) == "DaySet(∅)"
    assert repr(DaySet.range(-3, 0)) == "DaySet(-3..0)"


def test_late_february_is_clamped():
    lo, hi = cal.year_range(2024)
    assert DaySet.month_part(lo, hi, 2, 21, 31) == DaySet.range(cal.day(2024, 2, 21), cal.day(2024, 2, 29))
    assert DaySet.month_part(lo, hi, 2, 30, 31) == DaySet.empty()


def test_convex_sets_stay_small():
    whole = DaySet.range(cal.day(1900, 1, 1), cal.day(2100, 12, 31))
    assert whole.bits is None
    assert (whole & DaySet.range(10**6, 10**6 + 5)).bits is None
    assert whole.dilate(-6, 0).bits is None and whole.shift(3).bits is None


def test_masks_over_centuries_are_word_operations():
    lo, hi = cal.day(1, 1, 1), cal.day(9999, 12, 31)
    start = time.perf_counter()
    tuesdays = DaySet.weekdays(lo, hi, [1])
    octobers = DaySet.months(cal.day(1900, 1, 1), cal.day(2100, 12, 31), [10])
    spread = tuesdays.dilate(0, 3)
    assert time.perf_counter() - start < 0.5
    assert tuesdays.count == (hi - lo + 1 + 5) // 7
    assert octobers.count == 201 * 31
    assert spread.count == 4 * tuesdays.count
    assert tuesdays.dilate(0, 6) == DaySet.range(tuesdays.min, tuesdays.max + 6)


def test_bad_arguments():
    with pytest.raises(ValueError):
        DaySet.weekdays(1, 10, [7])
    with pytest.raises(ValueError):
        DaySet.months(1, 10, [0])
    with pytest.raises(ValueError):
        DaySet.range(1, 5).dilate(2, 1)
