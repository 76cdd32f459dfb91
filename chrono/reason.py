"""The constraint network: time variables with DaySet domains, weighted constraints, provenance.

Readings of a corpus contradict each other, so constraints are admitted greedily, strongest
first (ties by key), and one that would leave some variable without a possible day is rejected
and reported with the admitted constraints it collided with.  Admission is checked twice:

* against the simple temporal network (STN) of the admitted constraints' convex hulls, kept
  consistent incrementally (Cotton & Maler's potential-guided Dijkstra), so a negative cycle,
  which bounds propagation would only find after shrinking a domain one cycle-weight per lap
  over a two-century horizon, is rejected at once and explained by the cycle itself;
* by AC-3 propagation over the day sets, which only removes days without support, so domains
  stay sound.  A revision budget per admission stops pathological hole-driven laps; that keeps
  the domains sound but not fully tight, and the Solution says where it happened.

Variables are split into connected components over difference constraints and each is solved
alone, in a stable order, so the result does not depend on insertion order.
"""
from __future__ import annotations

import enum
from array import array
import hashlib
import heapq
import itertools
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import attrgetter, itemgetter
from types import MappingProxyType

import attrs

from chrono.dayset import DaySet

_Z = ""  # the STN origin node (no variable has an empty name); day numbers are its offsets


class ConstraintKind(enum.Enum):
    UNARY = "unary"
    DIFFERENCE = "difference"


@attrs.frozen(kw_only=True)
class Because:
    """Where a constraint came from, so a conflict or a date can be traced to document words."""

    document: str | None = None
    start: int | None = None
    end: int | None = None
    rule: str = ""
    words: str = ""


@attrs.frozen(kw_only=True)
class Constraint:
    """UNARY: ``x`` in ``days``.  DIFFERENCE: ``y - x`` in ``[lo, hi]``, None being an open end.

    ``key`` is a stable unique id: it breaks ties between equal weights, so it must not depend
    on insertion order."""

    key: str
    kind: ConstraintKind
    x: str
    y: str | None = None
    lo: int | None = None
    hi: int | None = None
    days: DaySet | None = None
    weight: float = 1.0
    because: Because = Because()
    # a reader's presumption ('the act a story opens with ran days before it'), not the articles' words:
    # it yields like any constraint, but its yielding is no conflict of the articles
    presumed: bool = False

    def __attrs_post_init__(self) -> None:
        if not 0.0 < self.weight <= 1.0:
            raise ValueError(f"{self.key}: weight must be in (0, 1], not {self.weight}")
        if self.kind is ConstraintKind.UNARY:
            if self.days is None or (self.y, self.lo, self.hi) != (None, None, None):
                raise ValueError(f"{self.key}: a unary constraint has days and no y, lo, hi")
        else:
            if self.y is None or self.days is not None:
                raise ValueError(f"{self.key}: a difference constraint has y and no days")
            if self.y == self.x:
                raise ValueError(f"{self.key}: a difference constraint needs two variables")
            if self.lo is not None and self.hi is not None and self.lo > self.hi:
                raise ValueError(f"{self.key}: empty window [{self.lo}, {self.hi}]")


@attrs.frozen(kw_only=True)
class Bound:
    """One end of a domain and the admitted constraint that last moved it (None: the variable's
    own initial domain); ``via`` is the other variable of a difference constraint.  ``chain`` is
    the derivation of that bound in the order it happened, from its root to the last step, and
    ``origin`` the root: the unary constraint the bound rests on, or None when it rests on some
    variable's initial domain (the horizon, or ``now``)."""

    day: int | None
    constraint: str | None = None
    via: str | None = None
    chain: tuple[str, ...] = ()
    origin: str | None = None


@attrs.frozen(kw_only=True)
class Conflict:
    rejected: Constraint
    collided_with: tuple[Constraint, ...]


@attrs.frozen(kw_only=True)
class Solution:
    """Immutable result of :meth:`Network.solve`; mappings are keyed and ordered by variable."""

    horizon: tuple[int, int]
    domains: Mapping[str, DaySet]
    earliest: Mapping[str, Bound]
    latest: Mapping[str, Bound]
    admitted: tuple[Constraint, ...]
    rejected: tuple[Conflict, ...]
    _potential: Mapping[str, int] = attrs.field(eq=False, repr=False, factory=dict)
    _arcs: Mapping[str, Sequence[tuple]] = attrs.field(eq=False, repr=False, factory=dict)
    _by_key: Mapping[str, Constraint] = attrs.field(eq=False, repr=False, factory=dict)

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """The rejections the articles' own words collide in: a presumption that yields is none."""
        return tuple(c for c in self.rejected if not c.rejected.presumed)

    def __repr__(self) -> str:
        return (f"Solution({len(self.domains)} variables, {len(self.admitted)} admitted, "
                f"{len(self.rejected)} rejected)")

    def domain(self, var: str) -> DaySet:
        return self.domains[var]

    def constrained(self, var: str) -> bool:
        """False when every day of the horizon is still possible."""
        d = self.domains[var]
        return not (d.bits is None and (d.lo, d.hi) == self.horizon)

    def constraint(self, key: str) -> Constraint:
        """The admitted constraint with this key."""
        return self._by_key[key]

    def explain(self, var: str) -> list[Constraint]:
        """The admitted constraints behind ``var``'s earliest then latest day, each chain from
        its anchor to ``var``, without repeats."""
        keys = self.earliest[var].chain + self.latest[var].chain
        return [self._by_key[k] for k in dict.fromkeys(keys)]

    def before(self, a: str, b: str) -> bool:
        """``a`` is strictly before ``b`` in every solution: by their domains, or because the
        admitted difference constraints alone force ``b - a >= 1``."""
        if a == b:
            return False
        if self.domains[a].hi < self.domains[b].lo:
            return True
        return self._forced_gap(b, (a,)).get(a, False)

    def relations(self, variables: Iterable[str]) -> list[tuple[str, str]]:
        """Proven ``(before, after)`` pairs among ``variables``, in the order given."""
        names = list(dict.fromkeys(variables))
        proven = {b: self._forced_gap(b, names) for b in names}
        out = []
        for a in names:
            for b in names:
                if a != b and (self.domains[a].hi < self.domains[b].lo or proven[b].get(a, False)):
                    out.append((a, b))
        return out

    def _forced_gap(self, b: str, targets: Sequence[str]) -> dict[str, bool]:
        """For each target ``a``: does some path of difference edges prove ``a - b <= -1``?
        Dijkstra on potential-reduced (non-negative) weights, cut off past the last threshold."""
        pot = self._potential
        if b not in pot:
            return {}
        limits = {a: pot[b] - pot[a] - 1 for a in targets if a != b and a in pot}
        limits = {a: t for a, t in limits.items() if t >= 0}
        if not limits:
            return {}
        cutoff = max(limits.values())
        dist = {b: 0}
        heap = [(0, b)]
        found: dict[str, bool] = {}
        while heap:
            d, s = heapq.heappop(heap)
            if d > cutoff:
                break
            if d != dist.get(s):
                continue
            if s in limits and d <= limits[s]:
                found[s] = True
            for _, _, t, _, w in self._arcs.get(s, ()):  # t - s <= w
                if w is None:
                    continue
                nd = d + w + pot[s] - pot[t]
                if nd < dist.get(t, cutoff + 1):
                    dist[t] = nd
                    heapq.heappush(heap, (nd, t))
        return found


class Network:
    """A mutable builder; :meth:`solve` returns an immutable :class:`Solution`.

    Variables referred to by a constraint but never added get the whole horizon."""

    def __init__(self, horizon: tuple[int, int], *, revision_budget: int = 1000,
                 revisions_per_arc: int = 8) -> None:
        lo, hi = horizon
        if lo > hi:
            raise ValueError(f"empty horizon {horizon}")
        self.horizon = (lo, hi)
        self._revision_budget = revision_budget
        self._revisions_per_arc = revisions_per_arc
        self._domains: dict[str, DaySet] = {}
        self._constraints: dict[str, Constraint] = {}

    @property
    def variables(self) -> tuple[str, ...]:
        return tuple(sorted(self._domains))

    @property
    def constraints(self) -> tuple[Constraint, ...]:
        return tuple(self._constraints.values())

    def add_variable(self, name: str, domain: DaySet | None = None) -> None:
        """Declare ``name``; a second declaration intersects the domains.  The initial domain is
        not a constraint: it is never rejected and shows as the unnamed anchor of a bound."""
        if not name:
            raise ValueError("a variable needs a name")
        d = DaySet.range(*self.horizon)
        if domain is not None:
            d = domain.clip(*self.horizon)
        if name in self._domains:
            d = d & self._domains[name]
        if not d:
            raise ValueError(f"{name}: no day of the horizon is possible")
        self._domains[name] = d

    def add_unary(self, var: str, days: DaySet, *, weight: float = 1.0,
                  because: Because = Because(), key: str | None = None) -> Constraint:
        """``var`` in ``days``."""
        return self.add(Constraint(
            key=key or _auto_key("u", var, None, None, None, days, weight, because),
            kind=ConstraintKind.UNARY, x=var, days=days, weight=weight, because=because))

    def add_difference(self, x: str, y: str, lo: int | None, hi: int | None, *,
                       weight: float = 1.0, because: Because = Because(),
                       key: str | None = None) -> Constraint:
        """``y - x`` in ``[lo, hi]`` days; None is an open end."""
        return self.add(Constraint(
            key=key or _auto_key("d", x, y, lo, hi, None, weight, because),
            kind=ConstraintKind.DIFFERENCE, x=x, y=y, lo=lo, hi=hi, weight=weight, because=because))

    def add(self, constraint: Constraint) -> Constraint:
        """Add ``constraint``; adding an identical one again is a no-op, reusing its key is not."""
        old = self._constraints.get(constraint.key)
        if old is not None:
            if old != constraint:
                raise ValueError(f"two different constraints share the key {constraint.key!r}")
            return old
        for v in (constraint.x, constraint.y):
            if v is not None and v not in self._domains:
                self.add_variable(v)
        self._constraints[constraint.key] = constraint
        return constraint

    def solve(self) -> Solution:
        variables = sorted(self._domains)
        index = {v: i for i, v in enumerate(variables)}
        ordered = _by_priority(self._constraints.values())
        # One pass over the constraints (their objects are scattered in memory), then only
        # int arrays: union-find over variable indexes, the least index being the root.
        xs, ys = array("l"), array("l")
        for c in ordered:
            xs.append(index[c.x])
            ys.append(-1 if c.y is None else index[c.y])
        parent = array("l", range(len(variables)))
        for i, j in zip(xs, ys):
            if j >= 0:
                while parent[i] != i:
                    parent[i] = i = parent[parent[i]]
                while parent[j] != j:
                    parent[j] = j = parent[parent[j]]
                if i != j:
                    parent[max(i, j)] = min(i, j)
        for i in range(len(parent)):  # parents have lower indexes, so one pass flattens everything
            parent[i] = parent[parent[i]]
        members: dict[int, list[str]] = {}
        for i, v in enumerate(variables):  # each member list is sorted, keyed by its least name
            members.setdefault(parent[i], []).append(v)
        work: dict[int, list[int]] = {}
        differences: dict[int, int] = {}
        for position, (i, j) in enumerate(zip(xs, ys)):
            root = parent[i]
            work.setdefault(root, []).append(position)
            if j >= 0:
                differences[root] = differences.get(root, 0) + 1

        solver = _Solver(ordered, {v: self._domains[v] for v in variables}, self.horizon,
                         self._revision_budget, self._revisions_per_arc)
        for root in sorted(work):
            solver.run(members[root], work[root], differences.get(root, 0))

        final = MappingProxyType(solver.dom)  # still in sorted order: no variable was added
        kept = tuple(itertools.compress(ordered, solver.admitted))  # priority order: no second sort
        return Solution(
            horizon=self.horizon,
            domains=final,
            earliest=_Bounds(final, solver.earliest, latest=False),
            latest=_Bounds(final, solver.latest, latest=True),
            admitted=kept,
            rejected=tuple(f for _, f in sorted(solver.rejected, key=itemgetter(0))),
            potential=MappingProxyType({v: solver.stn.pot[v] for v in solver.arcs}),
            arcs=MappingProxyType(solver.arcs),
            by_key=MappingProxyType(solver.by_key),
        )


class _Bounds(Mapping[str, Bound]):
    """A read-only variable -> Bound mapping that makes each Bound when asked: a corpus has
    many more variables than anyone inspects."""

    __slots__ = ("_domains", "_raw", "_latest")

    def __init__(self, domains: Mapping[str, DaySet], moved: Mapping[str, _Mover], *, latest: bool) -> None:
        self._domains, self._raw, self._latest = domains, moved, latest

    def __getitem__(self, var: str) -> Bound:
        d = self._domains[var]
        mover = self._raw.get(var)
        key, via = _provenance(mover)
        chain, origin = _derivation(mover)
        return Bound(day=d.hi if self._latest else d.lo, constraint=key, via=via, chain=chain, origin=origin)

    def __iter__(self) -> Iterator[str]:
        return iter(self._domains)

    def __len__(self) -> int:
        return len(self._domains)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


def _by_priority(constraints: Iterable[Constraint]) -> list[Constraint]:
    """Weight descending, then key: two stable sorts are much faster than one on tuples."""
    return sorted(sorted(constraints, key=attrgetter("key")), key=lambda c: -c.weight)


# -- admission and propagation --------------------------------------------------------------

# (constraint key, source, target, a, b): target in source + [a, b].  A variable's arcs are a
# tuple, not a list: holding only strings and ints, tuples are soon untracked by the garbage
# collector, which otherwise would rescan one list per variable on every full collection.
_Arc = tuple[str, str, str, "int | None", "int | None"]
# What moved a bound: a unary constraint whose own edge is the new bound (a root), or a step
# (constraint key, other variable or None, the record the bound was derived from).  A step holds
# the record as it was when the bound moved, never the variable's later one, so a derivation is
# followed back in time and always ends, even where two variables narrowed each other in turn.
_Mover = "Constraint | tuple[str, str | None, _Mover | None]"


def _provenance(mover: _Mover | None) -> tuple[str | None, str | None]:
    """(constraint key, other variable) of a bound's last mover."""
    if mover is None:
        return None, None
    if isinstance(mover, Constraint):
        return mover.key, None
    return mover[0], mover[1]


def _derivation(mover: _Mover | None) -> tuple[tuple[str, ...], str | None]:
    """(keys from the root to the last step without repeats, the root constraint's key or None)."""
    keys: list[str] = []
    while isinstance(mover, tuple):
        keys.append(mover[0])
        mover = mover[2]
    origin = None
    if mover is not None:
        keys.append(mover.key)
        origin = mover.key
    return tuple(dict.fromkeys(reversed(keys))), origin


class _Solver:
    """Greedy admission with propagation, one connected component after another (mutable,
    internal).  State is kept in flat per-variable maps shared by all components and filled
    lazily, so a corpus of small components costs no per-component copies."""

    def __init__(self, ordered: Sequence[Constraint], domains: dict[str, DaySet],
                 horizon: tuple[int, int], budget: int, per_arc: int) -> None:
        self.ordered = ordered
        self.h0, self.h1 = horizon
        self.base_budget, self.per_arc, self.budget = budget, per_arc, budget
        self.dom = domains
        self.earliest: dict[str, _Mover] = {}  # only for bounds a constraint moved
        self.latest: dict[str, _Mover] = {}
        self.arcs: dict[str, tuple[_Arc, ...]] = {}
        self.masks: dict[str, list[Constraint]] = {}  # admitted non-convex unary constraints
        self.stn = _Stn(domains, self.arcs)
        self.admitted = bytearray(len(ordered))  # by position in ``ordered``
        self.by_key: dict[str, Constraint] = {}  # the admitted ones
        self.rejected: list[tuple[int, Conflict]] = []

    def run(self, members: list[str], positions: Sequence[int], differences: int) -> None:
        """Admit one component's constraints (``positions`` in ``ordered``, so by priority)."""
        self.masks = {}
        self.stn.start(members)
        ordered = self.ordered
        self.budget = self.base_budget + self.per_arc * 2 * differences
        for p in positions:
            self.admit(p, ordered[p])

    def admit(self, position: int, c: Constraint) -> None:
        key, days, stn = c.key, c.days, self.stn
        undo: list[tuple[dict, str, object]] = []
        narrowed = None
        if days is not None:
            days = days.clip(self.h0, self.h1)
            if days.lo > days.hi:
                self.rejected.append((position, Conflict(rejected=c, collided_with=())))
                return
            old = self.dom[c.x]
            narrowed = old & days
            if narrowed.lo > narrowed.hi:
                self._reject(position, c, self._blame(c, c.x))
                return
            if narrowed is old or narrowed == old:  # implied already: nothing to check or spread
                self._accept(position, c, days)
                return
            cycle = stn.add_bounds(c.x, days.lo, days.hi, key, undo)
        else:  # both arcs go in one at a time, each edge checked while the other is absent
            x, y = c.x, c.y
            arcs = self.arcs
            arcs[x] = arcs.get(x, ()) + ((key, x, y, c.lo, c.hi),)
            cycle = None if c.hi is None else stn.check_edge(x, y, c.hi, key, undo)  # y - x <= hi
            if cycle is None:
                arcs[y] = arcs.get(y, ()) + ((key, y, x, None if c.hi is None else -c.hi,
                                              None if c.lo is None else -c.lo),)
                if c.lo is not None:  # x - y <= -lo
                    cycle = stn.check_edge(y, x, -c.lo, key, undo)
                if cycle is not None:
                    arcs[y] = arcs[y][:-1]
            if cycle is not None:
                arcs[x] = arcs[x][:-1]
        if cycle is not None:
            stn.rollback(undo)
            self._reject(position, c, [k for k in cycle if k is not None and k != key])
            return
        trail: dict[str, tuple] = {}
        emptied = self._propagate(c, narrowed, trail)
        if emptied is not None:
            stn.rollback(undo)
            for v, (d, e, l) in trail.items():
                self.dom[v] = d
                _put(self.earliest, v, e)
                _put(self.latest, v, l)
            if c.y is not None:
                self.arcs[c.x] = self.arcs[c.x][:-1]
                self.arcs[c.y] = self.arcs[c.y][:-1]
            self._reject(position, c, self._blame(c, emptied))
            return
        self._accept(position, c, days)

    def _accept(self, position: int, c: Constraint, days: DaySet | None) -> None:
        if days is not None and days.bits is not None:
            self.masks.setdefault(c.x, []).append(c)
        self.by_key[c.key] = c
        self.admitted[position] = 1

    def _blame(self, c: Constraint, emptied: str) -> list[str]:
        """What a constraint that emptied a domain collided with: the admitted constraints
        behind the bounds of the variables involved, the masks on them and the differences
        between them (masks and differences can exclude days without moving a bound)."""
        keys: list[str] = []
        involved = dict.fromkeys(v for v in (c.x, c.y, emptied) if v is not None)
        for v in involved:
            keys += _derivation(self.earliest.get(v))[0]
            keys += _derivation(self.latest.get(v))[0]
            keys += [m.key for m in self.masks.get(v, ())]
            keys += [arc[0] for arc in self.arcs.get(v, ()) if arc[2] in involved]
        return keys

    def _reject(self, position: int, c: Constraint, keys: Iterable[str]) -> None:
        found = [self.by_key[k] for k in dict.fromkeys(keys) if k in self.by_key]
        collided = tuple(sorted(found, key=lambda o: (-o.weight, o.key)))
        self.rejected.append((position, Conflict(rejected=c, collided_with=collided)))

    def _propagate(self, c: Constraint, narrowed: DaySet | None,
                   trail: dict[str, tuple]) -> str | None:
        """Apply ``c`` (a unary one has already ``narrowed`` its variable's domain) and run
        AC-3 to a fixpoint; returns the variable left empty, or None.  A propagation that has not
        settled within the revision budget is one that peels days off a pattern lap after lap (a
        Monday that must fall before a Thursday of the same week, and after it; an even day equal
        to an odd one): it would end empty, so ``c``'s own variable is returned as emptied rather
        than the domains cut off at whatever day the budget ran out.  Every changed variable's old
        state goes to ``trail`` as it changes, so an emptied domain can be undone from any point."""
        dom, earliest, latest, arcs = self.dom, self.earliest, self.latest, self.arcs
        queue: deque[str] = deque()
        cause: dict[str, str | None] = {}  # queued variable -> key of the only constraint that changed it

        def record(t: str, old: DaySet, new: DaySet, mover: _Mover, by: str) -> None:
            if t not in trail:
                trail[t] = (old, earliest.get(t), latest.get(t))
            dom[t] = new
            if new.lo > old.lo:
                earliest[t] = _moved(mover, earliest, t, own_edge=isinstance(mover, Constraint) and
                                     mover.days.lo >= new.lo)
            if new.hi < old.hi:
                latest[t] = _moved(mover, latest, t, own_edge=isinstance(mover, Constraint) and
                                   mover.days.hi <= new.hi)
            if t in cause:
                if cause[t] != by:
                    cause[t] = None
            else:
                cause[t] = by
                queue.append(t)

        if narrowed is not None:
            record(c.x, dom[c.x], narrowed, c, c.key)
        else:  # admit() has just appended the constraint's two arcs
            for arc in (arcs[c.x][-1], arcs[c.y][-1]):
                t = arc[2]
                old = dom[t]
                new = _revise(dom[arc[1]], old, arc[3], arc[4])
                if new.lo > new.hi:
                    return t
                if new is not old and new != old:
                    record(t, old, new, arc, c.key)
        revisions, budget = 0, self.budget
        while queue:
            v = queue.popleft()
            skip = cause.pop(v)
            source = dom[v]
            for arc in arcs.get(v, ()):
                if arc[0] == skip:
                    continue
                revisions += 1
                if revisions > budget:
                    return c.x
                t = arc[2]
                old = dom[t]
                new = _revise(source, old, arc[3], arc[4])
                if new is old:
                    continue
                if new.lo > new.hi:
                    return t
                if new != old:
                    record(t, old, new, arc, arc[0])
        return None


def _moved(mover: Constraint | _Arc, side: Mapping[str, _Mover], target: str, *, own_edge: bool) -> _Mover:
    """The record of a bound that ``mover`` has just moved.  A unary constraint whose own edge is
    the new bound is a root; one that moved it only through the holes of the domain (a weekday
    mask over a bound found elsewhere) rests on the target's previous record; an arc rests on its
    source's record as it is now."""
    if isinstance(mover, Constraint):
        return mover if own_edge else (mover.key, None, side.get(target))
    return (mover[0], mover[1], side.get(mover[1]))


def _put(d: dict, key: str, value: object) -> None:
    if value is None:
        d.pop(key, None)
    else:
        d[key] = value


def _revise(source: DaySet, target: DaySet, a: int | None, b: int | None) -> DaySet:
    """``target`` restricted to ``source + [a, b]``; open ends are clipped by the target itself
    (it lies in the horizon), so a ray never materializes a bitset."""
    if a is None:
        return target if b is None else target.clip(target.lo, source.hi + b)
    if b is None:
        return target.clip(source.lo + a, target.hi)
    if source.bits is None:
        return target.clip(source.lo + a, source.hi + b)
    near = source.clip(target.lo - b, target.hi - a)  # only these can support a target day
    if not near:
        return near
    if near.bits is None:
        return target.clip(near.lo + a, near.hi + b)
    return target & near.dilate(a, b)


# -- the simple temporal network --------------------------------------------------------------


class _Stn:
    """Incremental consistency of difference constraints ``v - u <= w`` (edge u -> v, weight w)
    over the variables plus the origin ``_Z``, after Cotton & Maler (SAT 2006).

    ``pot`` is a feasible assignment with the origin at 0: it starts at each variable's latest
    day and, since every update is the least decrease that restores feasibility, stays the
    latest solution, each value the length of a real path from the origin (``tree`` keeps the
    last edge of that path).  Adding an edge runs Dijkstra on potential-reduced weights over
    just the variables whose potential must drop.  Reaching the new edge's source closes a
    negative cycle; so does needing to lower the origin (a latest day below an earliest one),
    which is detected on the variable's own edge to the origin, never by visiting the origin,
    so the cost never depends on the size of the component."""

    def __init__(self, domains: Mapping[str, DaySet], arcs: Mapping[str, tuple[_Arc, ...]]) -> None:
        self.initial = domains
        self.arcs = arcs  # shared with the solver: an arc (key, u, v, a, b) is the edge u -> v, weight b
        self.pot: dict[str, int] = {_Z: 0}
        self.tree: dict[str, tuple[str, str | None]] = {}  # v -> (previous node, key); default (_Z, None)
        self.upper: dict[str, tuple[int, str | None]] = {}  # edge _Z -> v, once tightened
        self.lower: dict[str, tuple[int, str | None]] = {}  # edge v -> _Z, once tightened

    def start(self, members: Iterable[str]) -> None:
        """Enter the variables of a new component (the previous one's bounds are done with)."""
        self.pot.update((v, self.initial[v].hi) for v in members)
        self.tree, self.upper, self.lower = {}, {}, {}

    def rollback(self, undo: list) -> None:
        for table, node, old in reversed(undo):
            if old is None:
                del table[node]
            else:
                table[node] = old

    def add_bounds(self, v: str, lo: int, hi: int, key: str, undo: list) -> list | None:
        """Add ``lo <= v <= hi`` (edges v -> origin, origin -> v), logging to ``undo``; returns
        the keys of a negative cycle, if any."""
        if hi < (self.upper.get(v) or (self.initial[v].hi,))[0]:
            undo.append((self.upper, v, self.upper.get(v)))
            self.upper[v] = (hi, key)
            cycle = self._settle(_Z, v, hi, key, undo)
            if cycle is not None:
                return cycle
        if -lo < (self.lower.get(v) or (-self.initial[v].lo,))[0]:
            undo.append((self.lower, v, self.lower.get(v)))
            self.lower[v] = (-lo, key)
            if self.pot[v] < lo:  # the latest day of v is before its new earliest day
                return [key, *self._path_from_origin(v)]
        return None

    def check_edge(self, u: str, v: str, w: int, key: str, undo: list) -> list | None:
        """Settle the potentials after ``v - u <= w`` joined the arcs; returns the keys of a
        negative cycle, if any."""
        return self._settle(u, v, w, key, undo)

    def _settle(self, u: str, v: str, w: int, key: str, undo: list) -> list | None:
        pot, initial = self.pot, self.initial
        g = pot[u] + w - pot[v]
        if g >= 0:
            return None
        gamma = {v: g}
        pred: dict[str, tuple[str, str | None]] = {v: (u, key)}
        heap = [(g, v)]
        done: dict[str, int] = {}
        lower, arcs = self.lower, self.arcs
        while heap:
            g, s = heapq.heappop(heap)
            if s in done or gamma[s] != g:
                continue
            ps = pot[s] + g
            done[s] = ps
            low, low_key = lower.get(s) or (-initial[s].lo, None)
            if ps + low < 0:  # walk origin ~> u -> v ~> s -> origin is negative
                return [low_key, *_back(pred, s, v), *self._path_from_origin(u)]
            for k, _, t, _, wt in arcs.get(s, ()):
                if wt is None or t in done:
                    continue
                gt = ps + wt - pot[t]
                if gt < gamma.get(t, 0):
                    pred[t] = (s, k)
                    if t == u:
                        return _back(pred, u, v)
                    gamma[t] = gt
                    heapq.heappush(heap, (gt, t))
        tree = self.tree
        for s, p in done.items():
            undo.append((pot, s, pot[s]))
            undo.append((tree, s, tree.get(s)))
            pot[s] = p
            tree[s] = pred[s]
        return None

    def _path_from_origin(self, v: str) -> list[str | None]:
        """Keys of the path that gives ``v`` its potential (a shortest path from the origin)."""
        keys: list[str | None] = []
        seen = set()
        while v != _Z and v not in seen:
            seen.add(v)
            v, k = self.tree.get(v) or (_Z, None)
            keys.append(k)
        return keys


def _back(pred: Mapping, start: str, v: str) -> list[str | None]:
    """Edge keys on the Dijkstra path from ``start`` back to ``v``, then the new edge into ``v``."""
    keys, node = [], start
    while True:
        s, k = pred[node]
        keys.append(k)
        if node == v:
            return keys
        node = s


# -- helpers ----------------------------------------------------------------------------------


def _auto_key(kind: str, x: str, y: str | None, lo: int | None, hi: int | None,
              days: DaySet | None, weight: float, because: Because) -> str:
    """A key made from the content, so it is the same whatever order constraints arrive in."""
    mask = ""  # in hex: str() refuses ints as long as a two-century bitset
    if days is not None:
        mask = f"{days.lo}:{days.hi}:{'' if days.bits is None else format(days.bits, 'x')}"
    content = repr((x, y, lo, hi, weight, attrs.astuple(because), mask))
    digest = hashlib.blake2b(content.encode(), digest_size=6).hexdigest()
    return f"{kind}:{x}:{y}:{digest}" if y is not None else f"{kind}:{x}:{digest}"
