import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from chrono import calendar as cal
from chrono.dayset import DaySet
from chrono.reason import Because, Bound, Constraint, ConstraintKind, Network

H0 = cal.day(2024, 1, 1)
HORIZON = (H0, H0 + 59)
NAMES = ["a", "b", "c", "d"]
FAST = settings(max_examples=120, deadline=None)
WIDE = (cal.day(1900, 1, 1), cal.day(2100, 12, 31))


# -- random small networks and a brute-force oracle --------------------------------------------


@st.composite
def day_sets(draw):
    lo = draw(st.integers(min_value=H0 - 5, max_value=H0 + 64))
    hi = draw(st.integers(min_value=lo, max_value=H0 + 64))
    kind = draw(st.sampled_from(["range", "range", "weekdays", "days"]))
    if kind == "range":
        return DaySet.range(lo, hi)
    if kind == "weekdays":
        return DaySet.weekdays(lo, hi, draw(st.sets(st.integers(0, 6), min_size=1)))
    return DaySet.from_days(draw(st.sets(st.integers(min_value=lo, max_value=hi), min_size=1, max_size=12)))


@st.composite
def constraints(draw, names, key):
    weight = draw(st.sampled_from([0.3, 0.5, 0.7, 0.9, 1.0]))
    because = Because(rule=draw(st.sampled_from(["r1", "r2"])))
    if draw(st.booleans()):
        return Constraint(key=key, kind=ConstraintKind.UNARY, x=draw(st.sampled_from(names)),
                          days=draw(day_sets()), weight=weight, because=because)
    x, y = draw(st.lists(st.sampled_from(names), min_size=2, max_size=2, unique=True))
    lo = draw(st.none() | st.integers(-15, 15))
    hi = draw(st.none() | st.integers(-15, 15))
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Constraint(key=key, kind=ConstraintKind.DIFFERENCE, x=x, y=y, lo=lo, hi=hi,
                      weight=weight, because=because)


@st.composite
def networks(draw, max_constraints=7):
    names = NAMES[:draw(st.integers(2, 4))]
    initial = {}
    for v in names:
        if draw(st.integers(0, 4)) == 0:
            lo = draw(st.integers(min_value=H0, max_value=H0 + 59))
            initial[v] = DaySet.range(lo, draw(st.integers(min_value=lo, max_value=H0 + 59)))
    n = draw(st.integers(0, max_constraints))
    return names, initial, [draw(constraints(names, f"c{i}")) for i in range(n)]


def build(names, initial, cs):
    net = Network(HORIZON)
    for v in names:
        net.add_variable(v, initial.get(v))
    for c in cs:
        net.add(c)
    return net


def satisfied(c, vx, vy):
    d = vy - vx
    return (c.lo is None or d >= c.lo) and (c.hi is None or d <= c.hi)


def brute_supports(names, initial, cs):
    """For each variable, the days it takes in some assignment satisfying every one of ``cs``
    (backtracking with forward checking)."""
    dom = {v: set(initial.get(v, DaySet.range(*HORIZON))) for v in names}
    links = {v: [] for v in names}
    for c in cs:
        if c.kind is ConstraintKind.UNARY:
            dom[c.x] &= set(c.days)
        else:
            links[c.x].append((c, c.y))
            links[c.y].append((c, c.x))
    found = {v: set() for v in names}

    def assign(v, d, assigned, doms):
        new = dict(doms)
        for c, u in links[v]:
            if u in assigned:
                continue
            new[u] = {e for e in new[u] if (satisfied(c, d, e) if c.x == v else satisfied(c, e, d))}
            if not new[u]:
                return None
        return new

    def search(assigned, doms):
        if len(assigned) == len(names):
            for v, d in assigned.items():
                found[v].add(d)
            return True
        v = min((u for u in names if u not in assigned), key=lambda u: (len(doms[u]), u))
        for d in sorted(doms[v]):
            new = assign(v, d, assigned, doms)
            if new is not None and search({**assigned, v: d}, new):
                return True
        return False

    for v in names:
        for d in sorted(dom[v] - found[v]):
            new = assign(v, d, {}, dom)
            if new is not None:
                search({v: d}, new)
    return found


def priority(c):
    return (-c.weight, c.key)


# -- properties ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(networks())
def test_sound_against_brute_force(net_spec):
    names, initial, cs = net_spec
    sol = build(names, initial, cs).solve()
    support = brute_supports(names, initial, sol.admitted)
    for v in names:
        assert support[v] <= set(sol.domain(v)), v
        assert sol.domain(v) and sol.domain(v).issubset(DaySet.range(*HORIZON))
        assert (sol.earliest[v].day, sol.latest[v].day) == (sol.domain(v).min, sol.domain(v).max)


@FAST
@given(networks())
def test_every_constraint_is_admitted_or_rejected_for_cause(net_spec):
    names, initial, cs = net_spec
    sol = build(names, initial, cs).solve()
    admitted = {c.key for c in sol.admitted}
    rejected = {f.rejected.key for f in sol.rejected}
    assert admitted | rejected == {c.key for c in cs} and not admitted & rejected
    for f in sol.rejected:
        assert {c.key for c in f.collided_with} <= admitted
        stronger = [c for c in sol.admitted if priority(c) < priority(f.rejected)]
        support = brute_supports(names, initial, [*stronger, f.rejected])
        assert not any(support.values()), f"{f.rejected.key} was consistent with what came before"


@FAST
@given(networks())
def test_admitted_constraints_hold_on_the_domains(net_spec):
    names, initial, cs = net_spec
    sol = build(names, initial, cs).solve()
    for c in sol.admitted:
        if c.kind is ConstraintKind.UNARY:
            assert sol.domain(c.x).issubset(c.days)
            continue
        dx, dy = set(sol.domain(c.x)), set(sol.domain(c.y))
        assert all(any(satisfied(c, vx, vy) for vy in dy) for vx in dx)  # arc consistency
        assert all(any(satisfied(c, vx, vy) for vx in dx) for vy in dy)


@FAST
@given(networks(), st.data())
def test_adding_a_constraint_never_widens_a_domain(net_spec, data):
    names, initial, cs = net_spec
    extra = data.draw(constraints(names, "extra"))
    before = build(names, initial, cs).solve()
    after = build(names, initial, [*cs, extra]).solve()
    assume(not before.rejected and not after.rejected)
    for v in names:
        assert after.domain(v).issubset(before.domain(v))


@FAST
@given(networks(), st.randoms(use_true_random=False))
def test_insertion_order_does_not_matter(net_spec, rng):
    names, initial, cs = net_spec
    first = build(names, initial, cs).solve()
    shuffled_names, shuffled = list(names), list(cs)
    rng.shuffle(shuffled_names)
    rng.shuffle(shuffled)
    second = build(shuffled_names, initial, shuffled).solve()
    assert second == first
    assert set(second.admitted) == set(first.admitted)
    assert set(second.rejected) == set(first.rejected)
    for v in names:
        assert second.explain(v) == first.explain(v)


@FAST
@given(networks(), st.randoms(use_true_random=False))
def test_automatic_keys_do_not_depend_on_order(net_spec, rng):
    names, initial, cs = net_spec

    def solve(order):
        net = Network(HORIZON)
        for c in order:
            if c.kind is ConstraintKind.UNARY:
                net.add_unary(c.x, c.days, weight=c.weight, because=c.because)
            else:
                net.add_difference(c.x, c.y, c.lo, c.hi, weight=c.weight, because=c.because)
        return net.solve()

    shuffled = list(cs)
    rng.shuffle(shuffled)
    assert solve(shuffled) == solve(cs)


@FAST
@given(networks())
def test_before_is_true_on_every_solution(net_spec):
    names, initial, cs = net_spec
    sol = build(names, initial, cs).solve()
    pairs = sol.relations(names)
    assert pairs == [(a, b) for a in names for b in names if sol.before(a, b)]
    for a, b in pairs:
        assert (b, a) not in pairs
        assert sol.domain(a).min < sol.domain(b).max
        not_after = Constraint(key="zz", kind=ConstraintKind.DIFFERENCE, x=a, y=b, hi=0)
        assert not any(brute_supports(names, initial, [*sol.admitted, not_after]).values())


@FAST
@given(networks())
def test_explain_returns_admitted_constraints_about_the_variable(net_spec):
    names, initial, cs = net_spec
    sol = build(names, initial, cs).solve()
    for v in names:
        chain = sol.explain(v)
        assert len(set(chain)) == len(chain) and set(chain) <= set(sol.admitted)
        ends = {sol.earliest[v].constraint, sol.latest[v].constraint} - {None}
        assert ends <= {c.key for c in chain}


# -- examples -------------------------------------------------------------------------------------


def test_conflicting_days_keep_the_heavier_reading():
    net = Network(HORIZON)
    strong = net.add_unary("e", DaySet.single(H0 + 10), weight=0.9, because=Because(rule="absolute"))
    weak = net.add_unary("e", DaySet.single(H0 + 20), weight=0.5, because=Because(rule="weekday"))
    sol = net.solve()
    assert sol.admitted == (strong,)
    assert len(sol.rejected) == 1
    assert sol.rejected[0].rejected == weak and strong in sol.rejected[0].collided_with
    assert sol.domain("e") == DaySet.single(H0 + 10)


def test_a_mask_conflict_names_the_mask():
    net = Network(WIDE)
    net.add_unary("e", DaySet.range(cal.day(2024, 10, 1), cal.day(2024, 10, 31)), weight=1.0, key="october")
    net.add_unary("e", DaySet.weekdays(*WIDE, [1]), weight=0.9, key="tuesday")
    net.add_unary("e", DaySet.single(cal.day(2024, 10, 9)), weight=0.5, key="the-9th")  # a Wednesday
    sol = net.solve()
    assert [f.rejected.key for f in sol.rejected] == ["the-9th"]
    assert {c.key for c in sol.rejected[0].collided_with} == {"october", "tuesday"}
    assert sol.domain("e").count == 5


def test_provenance_chain_back_to_the_publication():
    net = Network(WIDE)
    pub = net.add_unary("pub", DaySet.single(cal.day(2024, 10, 8)), weight=1.0,
                        because=Because(document="d1", rule="dateline", words="8 Oct 2024"))
    yesterday = net.add_difference("pub", "event", -1, -1, weight=0.8,
                                   because=Because(document="d1", start=10, end=19, rule="yesterday",
                                                   words="yesterday"))
    sol = net.solve()
    assert sol.domain("event") == DaySet.single(cal.day(2024, 10, 7))
    assert sol.explain("event") == [pub, yesterday]
    assert sol.earliest["event"] == Bound(day=cal.day(2024, 10, 7), constraint=yesterday.key, via="pub",
                                          chain=(pub.key, yesterday.key), origin=pub.key)
    assert sol.before("event", "pub") and not sol.before("pub", "event")
    assert sol.relations(["pub", "event"]) == [("event", "pub")]
    assert sol.constrained("event")


def test_a_bound_rests_on_its_real_root_where_variables_narrow_each_other():
    # 'a' is known from 2024-10-07 (a Monday); 'b' is the day after 'a' and falls on a Wednesday.
    # b's mask moves b to 2024-10-09, which moves a to 2024-10-08: the last movers of a and b point
    # at each other and at a mask spread over the horizon, but the bound rests on the window.
    net = Network(WIDE)
    window = net.add_unary("a", DaySet.range(cal.day(2024, 10, 7), cal.day(2024, 12, 31)), weight=1.0, key="window")
    net.add_difference("a", "b", 1, 1, weight=0.9, key="next-day")
    net.add_unary("b", DaySet.weekdays(*WIDE, [2]), weight=0.8, key="wednesday")
    sol = net.solve()
    assert sol.domain("a").min == cal.day(2024, 10, 8)
    assert sol.earliest["a"].constraint == "next-day" and sol.earliest["a"].via == "b"
    assert sol.earliest["a"].origin == window.key
    assert sol.earliest["a"].chain == ("window", "next-day", "wednesday")
    assert sol.earliest["b"].origin == window.key
    assert sol.latest["a"].origin == window.key


def test_a_mask_spread_over_the_horizon_is_no_root():
    net = Network(WIDE)
    net.add_unary("e", DaySet.weekdays(*WIDE, [1]), weight=0.9, key="tuesday")
    sol = net.solve()
    assert sol.earliest["e"].constraint == "tuesday" and sol.earliest["e"].origin == "tuesday"
    # the root is the mask itself; whether it grounds the bound is the timeline's call (PATTERN_EDGE)


def test_unrelated_variables_stay_unconstrained():
    net = Network(WIDE)
    net.add_variable("lonely")
    net.add_unary("dated", DaySet.single(cal.day(2024, 1, 1)))
    sol = net.solve()
    assert sol.domain("lonely") == DaySet.range(*WIDE) and not sol.constrained("lonely")
    assert sol.earliest["lonely"] == Bound(day=WIDE[0]) and sol.explain("lonely") == []


def test_a_negative_cycle_is_rejected_without_laps():
    net = Network(WIDE)
    after = net.add_difference("a", "b", 1, None, weight=0.9, key="b-after-a")
    net.add_difference("b", "c", 0, None, weight=0.8, key="c-after-b")
    net.add_difference("c", "a", 0, None, weight=0.7, key="a-after-c")
    start = time.perf_counter()
    sol = net.solve()
    assert time.perf_counter() - start < 0.5
    assert [f.rejected.key for f in sol.rejected] == ["a-after-c"]
    assert after in sol.rejected[0].collided_with
    assert sol.before("a", "b") and sol.before("a", "c")
    assert sol.relations(["a", "b", "c"]) == [("a", "b"), ("a", "c")]
    assert sol.relations(["c", "b", "a"]) == [("a", "c"), ("a", "b")]  # in the order given


def test_hole_driven_laps_stop_at_the_budget_as_a_conflict():
    # y - x in [0, 1] and x - y in [0, 1] force x == y, but x is even and y odd: arc consistency
    # alone peels one day per lap off a two-century domain.
    lo, hi = WIDE
    evens = DaySet.from_days(range(lo, lo + 4000, 2))
    odds = evens.shift(1)
    net = Network(WIDE, revision_budget=200)
    net.add_unary("x", evens, weight=1.0, key="even")
    net.add_unary("y", odds, weight=1.0, key="odd")
    net.add_difference("x", "y", 0, 1, weight=0.9, key="close")
    net.add_difference("y", "x", 0, 1, weight=0.8, key="closer")
    start = time.perf_counter()
    sol = net.solve()
    assert time.perf_counter() - start < 1.0
    assert [c.rejected.key for c in sol.rejected] == ["closer"]
    assert sol.domain("x") and sol.domain("x").issubset(evens)


def test_open_windows_and_chains():
    net = Network(WIDE)
    net.add_unary("pub", DaySet.single(cal.day(2024, 10, 8)), key="pub")
    net.add_difference("pub", "e2", None, 0, key="past")
    net.add_difference("e1", "e2", 1, None, key="then")
    net.add_difference("pub", "e3", 1, None, key="future")
    sol = net.solve()
    assert sol.domain("e1") == DaySet.range(WIDE[0], cal.day(2024, 10, 7))
    assert sol.domain("e2") == DaySet.range(WIDE[0] + 1, cal.day(2024, 10, 8))
    assert [c.key for c in sol.explain("e1")] == ["pub", "past", "then"]
    assert sol.domain("e3") == DaySet.range(cal.day(2024, 10, 9), WIDE[1])
    assert sol.before("e1", "e2") and sol.before("e2", "e3") and sol.before("e1", "e3")
    assert not sol.before("e2", "pub")  # e2 may fall on the publication day
    assert sol.relations(["e3", "e2", "e1"]) == [("e2", "e3"), ("e1", "e3"), ("e1", "e2")]


def test_keys_must_be_unique():
    net = Network(HORIZON)
    net.add_unary("a", DaySet.single(H0), key="k")
    net.add_unary("a", DaySet.single(H0), key="k")  # the same constraint again: fine
    with pytest.raises(ValueError):
        net.add_unary("a", DaySet.single(H0 + 1), key="k")
    with pytest.raises(ValueError):
        net.add_difference("a", "a", 0, 0)
    with pytest.raises(ValueError):
        net.add_difference("a", "b", 2, 1)
    with pytest.raises(ValueError):
        net.add_unary("a", DaySet.single(H0), weight=0.0)


def test_a_unary_outside_the_horizon_is_rejected():
    net = Network(HORIZON)
    c = net.add_unary("a", DaySet.single(H0 - 10))
    sol = net.solve()
    assert sol.rejected[0].rejected == c and sol.rejected[0].collided_with == ()


@FAST
@given(networks())
def test_a_rejected_constraint_leaves_no_trace(net_spec):
    names, initial, cs = net_spec
    sol = build(names, initial, cs).solve()
    again = build(names, initial, list(sol.admitted)).solve()
    assert again.rejected == ()
    assert again.domains == sol.domains
    assert again.earliest == sol.earliest and again.latest == sol.latest


def test_a_rejection_deep_in_propagation_is_undone_everywhere():
    # y - x in [0, 1] and x - y in [0, 1] force x == y, which an even x and an odd y cannot
    # meet; the STN (hulls only) agrees to it, and arc consistency needs several laps, narrowing
    # both variables, before a domain runs dry: both must be restored.
    evens = DaySet.from_days(range(H0, H0 + 8, 2))
    odds = evens.shift(1)
    net = Network(HORIZON)
    net.add_unary("x", evens, weight=1.0, key="even")
    net.add_unary("y", odds, weight=1.0, key="odd")
    close = net.add_difference("x", "y", 0, 1, weight=0.9, key="close")
    closer = net.add_difference("y", "x", 0, 1, weight=0.8, key="closer")
    sol = net.solve()
    assert [f.rejected for f in sol.rejected] == [closer]
    assert close in sol.rejected[0].collided_with
    assert (sol.domain("x"), sol.domain("y")) == (evens, odds)
    assert sol.earliest["y"] == Bound(day=H0 + 1, constraint="odd", chain=("odd",), origin="odd")


def test_weekly_patterns_that_cannot_all_hold_are_a_conflict_not_a_cut_off_domain():
    """A Tuesday publication, a Monday within the week after it and a Thursday within the same week that
    must come after the Monday: bounds propagation alone would walk the days down a week at a time until
    its budget ran out, leaving a latest day that nothing said.  The last constraint is refused instead."""
    net = Network(WIDE, revision_budget=50, revisions_per_arc=1)
    net.add_unary("pub", DaySet.weekdays(*WIDE, [1]), weight=0.9, key="tuesday")
    net.add_unary("monday", DaySet.weekdays(*WIDE, [0]), weight=0.9, key="monday")
    net.add_unary("thursday", DaySet.weekdays(*WIDE, [3]), weight=0.9, key="thursday")
    net.add_difference("pub", "monday", 1, 7, weight=0.8, key="next-monday")
    net.add_difference("pub", "thursday", 0, 6, weight=0.8, key="this-thursday")
    net.add_difference("monday", "thursday", 0, None, weight=0.5, key="monday-first")
    sol = net.solve()
    assert [c.rejected.key for c in sol.rejected] == ["monday-first"]
    assert sol.domain("pub").max >= WIDE[1] - 14  # no day cut off far from the horizon


def test_a_presumption_that_yields_is_rejected_but_is_no_conflict_of_the_articles():
    net = Network(HORIZON)
    net.add_unary("e", DaySet.single(H0), weight=0.9, key="words")
    net.add_unary("p", DaySet.single(H0 + 10), weight=1.0, key="anchor")
    net.add(Constraint(key="lede", kind=ConstraintKind.DIFFERENCE, x="e", y="p", lo=0, hi=2, weight=0.55,
                       presumed=True))
    net.add_difference("e", "p", 0, 5, weight=0.5, key="lag")
    solution = net.solve()
    assert sorted(c.rejected.key for c in solution.rejected) == ["lag", "lede"]
    assert [c.rejected.key for c in solution.conflicts] == ["lag"]
