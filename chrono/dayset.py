"""Immutable sets of day numbers, convex or not, with whole-word operations.

A ``DaySet`` is ``lo..hi`` (the actual min and max) plus ``bits``: None when every day in
between is present, so the common convex case (a month, a window, the whole horizon) is O(1);
otherwise a Python int whose bit ``i`` is day ``lo + i``.  Every result is put in canonical
form, so ``==`` and ``hash`` are set equality.  Operations are shifts, masks, and/or and
bit counts on whole ints, never a Python loop over days; periodic masks are grown by doubling.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import attrs

from chrono import calendar


@attrs.frozen(kw_only=True)
class DaySet:
    """Build with the constructors (``range``, ``weekdays``, ...): the raw fields must already be
    canonical (``bits`` odd, exactly ``hi - lo + 1`` bits long and not all ones; empty is 0, -1)."""

    lo: int
    hi: int
    bits: int | None = None

    # -- constructors -------------------------------------------------------------------------

    @staticmethod
    def empty() -> DaySet:
        return _EMPTY

    @staticmethod
    def range(lo: int, hi: int) -> DaySet:
        """Every day in ``lo..hi`` inclusive; empty when ``lo > hi``."""
        return DaySet(lo=lo, hi=hi) if lo <= hi else _EMPTY

    @staticmethod
    def single(n: int) -> DaySet:
        return DaySet(lo=n, hi=n)

    @staticmethod
    def from_days(days: Iterable[int]) -> DaySet:
        """For tests and small literal sets."""
        ordered = sorted(set(days))
        runs: list[tuple[int, int]] = []
        for d in ordered:
            if runs and runs[-1][1] == d - 1:
                runs[-1] = (runs[-1][0], d)
            else:
                runs.append((d, d))
        return _from_runs(runs)

    @staticmethod
    def weekdays(lo: int, hi: int, weekdays: Iterable[int]) -> DaySet:
        """Days in ``lo..hi`` whose weekday (Monday=0) is in ``weekdays``."""
        wanted = sorted(set(weekdays))
        if any(not 0 <= w <= 6 for w in wanted):
            raise ValueError(f"weekdays must be 0..6: {wanted}")
        if lo > hi or not wanted:
            return _EMPTY
        first = calendar.weekday(lo)
        week = 0
        for w in wanted:
            week |= 1 << ((w - first) % 7)
        return _from_bits(lo, _periodic(week, 7, hi - lo + 1))

    @staticmethod
    def months(lo: int, hi: int, months: Iterable[int]) -> DaySet:
        """Days in ``lo..hi`` whose month (1..12) is in ``months``."""
        wanted = sorted(set(months))
        if any(not 1 <= m <= 12 for m in wanted):
            raise ValueError(f"months must be 1..12: {wanted}")
        if lo > hi or not wanted:
            return _EMPTY
        if len(wanted) == 12:
            return DaySet(lo=lo, hi=hi)
        runs = [calendar.month_range(y, m) for y in _years_of(lo, hi) for m in wanted]
        return _from_runs(runs).clip(lo, hi)

    @staticmethod
    def month_days(lo: int, hi: int, days_of_month: Iterable[int]) -> DaySet:
        """Days in ``lo..hi`` whose day of month is in ``days_of_month`` (the 31st only in
        months that have one)."""
        wanted = sorted(set(days_of_month))
        if any(not 1 <= d <= 31 for d in wanted):
            raise ValueError(f"days of month must be 1..31: {wanted}")
        if lo > hi or not wanted:
            return _EMPTY
        runs = []
        for y in _years_of(lo, hi):
            for m in range(1, 13):
                first, last = calendar.month_range(y, m)
                runs.extend((first + d - 1, first + d - 1) for d in wanted if first + d - 1 <= last)
        return _from_runs(runs).clip(lo, hi)

    @staticmethod
    def years(lo: int, hi: int, years: Iterable[int]) -> DaySet:
        """Days in ``lo..hi`` whose year is in ``years``."""
        if lo > hi:
            return _EMPTY
        span = _years_of(lo, hi)
        runs = [calendar.year_range(y) for y in sorted(set(years)) if span[0] <= y <= span[-1]]
        return _from_runs(runs).clip(lo, hi)

    @staticmethod
    def month_part(lo: int, hi: int, month: int, first_dom: int, last_dom: int) -> DaySet:
        """Days in ``lo..hi`` in ``month`` of any year with day of month in
        ``first_dom..last_dom``; ``last_dom`` is clamped to the month's length ('late February'
        is 21..28 or 21..29), and a month shorter than ``first_dom`` contributes nothing."""
        if not 1 <= month <= 12 or not 1 <= first_dom <= last_dom:
            raise ValueError(f"bad month part: month {month}, days {first_dom}..{last_dom}")
        if lo > hi:
            return _EMPTY
        runs = []
        for y in _years_of(lo, hi):
            first, last = calendar.month_range(y, month)
            if first + first_dom - 1 <= last:
                runs.append((first + first_dom - 1, min(first + last_dom - 1, last)))
        return _from_runs(runs).clip(lo, hi)

    # -- queries ------------------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return self.lo > self.hi

    @property
    def is_convex(self) -> bool:
        """No holes between min and max (the empty set counts as convex)."""
        return self.bits is None

    @property
    def min(self) -> int | None:
        return None if self.lo > self.hi else self.lo

    @property
    def max(self) -> int | None:
        return None if self.lo > self.hi else self.hi

    @property
    def count(self) -> int:
        if self.bits is None:
            return max(0, self.hi - self.lo + 1)
        return self.bits.bit_count()

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.lo <= self.hi

    def __contains__(self, n: object) -> bool:
        if not isinstance(n, int) or not self.lo <= n <= self.hi:
            return False
        return self.bits is None or bool(self.bits >> (n - self.lo) & 1)

    def __iter__(self) -> Iterator[int]:
        """Ascending; for output and tests (this one does visit every member)."""
        if self.bits is None:
            yield from range(self.lo, self.hi + 1)
            return
        b = self.bits
        while b:
            low = b & -b
            yield self.lo + low.bit_length() - 1
            b ^= low

    def issubset(self, other: DaySet) -> bool:
        return (self & other) == self

    def __repr__(self) -> str:
        if self.lo > self.hi:
            return "DaySet(∅)"
        if self.lo == self.hi:
            return f"DaySet({_show(self.lo)})"
        if self.bits is None:
            return f"DaySet({_show(self.lo)}..{_show(self.hi)})"
        return f"DaySet({self.count} days in {_show(self.lo)}..{_show(self.hi)})"

    # -- operations ---------------------------------------------------------------------------

    def __and__(self, other: DaySet) -> DaySet:
        lo = self.lo if self.lo > other.lo else other.lo
        hi = self.hi if self.hi < other.hi else other.hi
        if lo > hi:  # also every case with an empty operand: empty is 0..-1
            return _EMPTY
        if other.bits is None:
            return self.clip(lo, hi)
        if self.bits is None:
            return other.clip(lo, hi)
        return _from_bits(lo, _window(self, lo, hi) & _window(other, lo, hi))

    def __or__(self, other: DaySet) -> DaySet:
        if other.lo > other.hi:
            return self
        if self.lo > self.hi:
            return other
        lo = self.lo if self.lo < other.lo else other.lo
        hi = self.hi if self.hi > other.hi else other.hi
        if (self.bits is None and other.bits is None
                and other.lo <= self.hi + 1 and self.lo <= other.hi + 1):
            return DaySet(lo=lo, hi=hi)
        return _from_bits(lo, _window(self, lo, hi) | _window(other, lo, hi))

    def __sub__(self, other: DaySet) -> DaySet:
        if self.lo > other.hi or other.lo > self.hi or self.lo > self.hi or other.lo > other.hi:
            return self
        if other.bits is None and other.lo <= self.lo and self.hi <= other.hi:
            return _EMPTY
        lo, hi = self.lo, self.hi
        return _from_bits(lo, _window(self, lo, hi) & ~_window(other, lo, hi))

    def complement(self, lo: int, hi: int) -> DaySet:
        """The days of ``lo..hi`` not in this set."""
        return DaySet.range(lo, hi) - self

    def shift(self, k: int) -> DaySet:
        if self.lo > self.hi or k == 0:
            return self
        return DaySet(lo=self.lo + k, hi=self.hi + k, bits=self.bits)

    def dilate(self, a: int, b: int) -> DaySet:
        """``{d + k : d in self, a <= k <= b}``: the days a difference window can reach."""
        if a > b:
            raise ValueError(f"dilate needs a <= b, not {a} > {b}")
        if self.lo > self.hi:
            return self
        if self.bits is None or b - a >= self.hi - self.lo - 1:  # no gap is as wide as the window
            return DaySet(lo=self.lo + a, hi=self.hi + b)
        width = b - a + 1
        r, covered = self.bits, 1
        while covered < width:  # r covers shifts 0..covered-1; doubling reaches width in O(log)
            step = min(covered, width - covered)
            r |= r << step
            covered += step
        return _from_bits(self.lo + a, r)

    def clip(self, lo: int, hi: int) -> DaySet:
        """The days of this set within ``lo..hi``; returns ``self`` when nothing is cut."""
        slo, shi = self.lo, self.hi
        if lo < slo:
            lo = slo
        if hi > shi:
            hi = shi
        if lo > hi:
            return _EMPTY
        if lo == slo and hi == shi:
            return self
        if self.bits is None:
            return DaySet(lo=lo, hi=hi)
        return _from_bits(lo, _window(self, lo, hi))


_EMPTY = DaySet(lo=0, hi=-1)


def _from_bits(lo: int, bits: int) -> DaySet:
    """The canonical DaySet whose bit ``i`` is day ``lo + i``."""
    if bits <= 0:
        if bits < 0:
            raise ValueError("negative bitset")
        return _EMPTY
    if not bits & 1:
        zeros = (bits & -bits).bit_length() - 1
        bits >>= zeros
        lo += zeros
    hi = lo + bits.bit_length() - 1
    if bits & (bits + 1) == 0:
        return DaySet(lo=lo, hi=hi)
    return DaySet(lo=lo, hi=hi, bits=bits)


def _window(s: DaySet, lo: int, hi: int) -> int:
    """The members of ``s`` in ``lo..hi`` as bits relative to ``lo`` (``lo <= hi``)."""
    a = s.lo if s.lo > lo else lo
    b = s.hi if s.hi < hi else hi
    if a > b:
        return 0
    if s.bits is None:
        return ((1 << (b - a + 1)) - 1) << (a - lo)
    offset = s.lo - lo
    bits = s.bits << offset if offset >= 0 else s.bits >> -offset
    if s.hi > hi:
        bits &= (1 << (hi - lo + 1)) - 1
    return bits


def _periodic(pattern: int, period: int, length: int) -> int:
    """``pattern`` (``period`` bits) repeated to ``length`` bits, by doubling."""
    r, covered = pattern, period
    while covered < length:
        r |= r << covered
        covered *= 2
    return r & ((1 << length) - 1)


def _from_runs(runs: Sequence[tuple[int, int]]) -> DaySet:
    """The union of inclusive runs sorted by start, merged pairwise so the work is O(n log k)
    word operations rather than one full-width OR per run."""
    if not runs:
        return _EMPTY

    def build(i: int, j: int) -> int:  # bits of runs[i:j] relative to runs[i][0]
        if j - i == 1:
            a, b = runs[i]
            return (1 << (b - a + 1)) - 1
        m = (i + j) // 2
        return build(i, m) | (build(m, j) << (runs[m][0] - runs[i][0]))

    return _from_bits(runs[0][0], build(0, len(runs)))


def _years_of(lo: int, hi: int) -> list[int]:
    return list(range(calendar.to_date(lo).year, calendar.to_date(hi).year + 1))


def _show(n: int) -> str:
    try:
        return calendar.iso(n)
    except (ValueError, OverflowError):
        return str(n)
