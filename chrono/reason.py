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
import hashlib
import heapq
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter
from types import MappingProxyType

import attrs

from chrono.dayset import DaySet

_Z = None  # the STN origin node; day numbers are its offsets


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

    def __attrs_post_init__(self) -> None:
        if not 0.0 < self.weight <= 1.0:
            raise ValueError(f"{self.key}: weight must be in (0, 1], not {self.weight}")
        if self.kind is ConstraintKind.UNARY:
            if self.days is None or self.y is not None or self.lo is not None or self.hi is not None:
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
    own initial domain); ``via`` is the other variable of a difference constraint."""

    day: int | None
    constraint: str | None = None
    via: str | None = None


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
    truncated: tuple[str, ...] = ()  # keys whose propagation stopped at the revision budget
    _potential: Mapping[str, int] = attrs.field(eq=False, repr=False, factory=dict)
    _out: Mapping[str, tuple[tuple[str, int, str], ...]] = attrs.field(eq=False, repr=False, factory=dict)
    _by_key: Mapping[str, Constraint] = attrs.field(eq=False, repr=False, factory=dict)

    def __repr__(self) -> str:
        return (f"Solution({len(self.domains)} variables, {len(self.admitted)} admitted, "
                f"{len(self.rejected)} rejected, {len(self.truncated)} truncated)")

    def domain(self, var: str) -> DaySet:
        return self.domains[var]

    def constrained(self, var: str) -> bool:
        """False when every day of the horizon is still possible."""
        d = self.domains[var]
        return not (d.bits is None and (d.lo, d.hi) == self.horizon)

    def explain(self, var: str) -> list[Constraint]:
        """The admitted constraints behind ``var``'s earliest then latest day, each chain from
        its anchor to ``var``, without repeats."""
        keys = _chain(var, lambda v: (self.earliest[v].constraint, self.earliest[v].via))
        keys += _chain(var, lambda v: (self.latest[v].constraint, self.latest[v].via))
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
            for t, w, _ in self._out.get(s, ()):
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
        parent = {v: v for v in variables}

        def find(v: str) -> str:
            while parent[v] != v:
                parent[v] = parent[parent[v]]
                v = parent[v]
            return v

        ordered = _by_priority(self._constraints.values())
        for c in ordered:
            if c.y is not None:
                rx, ry = find(c.x), find(c.y)
                if rx != ry:
                    parent[max(rx, ry)] = min(rx, ry)
        root = {v: find(v) for v in variables}
        members: dict[str, list[str]] = {}
        for v in variables:  # sorted, so every member list is sorted and keyed by its least name
            members.setdefault(root[v], []).append(v)
        work: dict[str, list[Constraint]] = {}
        for c in ordered:
            work.setdefault(root[c.x], []).append(c)

        domains = dict(self._domains)
        earliest: dict[str, tuple[int, str | None, str | None]] = {}
        latest: dict[str, tuple[int, str | None, str | None]] = {}
        admitted: set[str] = set()
        rejected: dict[str, Conflict] = {}
        truncated: set[str] = set()
        potential: dict[str, int] = {}
        out: dict[str, tuple[tuple[str, int, str], ...]] = {}
        for r in sorted(work):
            part = _Component(members[r], self._domains, self.horizon,
                              self._revision_budget, self._revisions_per_arc, work[r])
            part.run(work[r])
            domains.update(part.dom)
            earliest.update(part.earliest)
            latest.update(part.latest)
            admitted.update(c.key for c in part.admitted)
            rejected.update((f.rejected.key, f) for f in part.rejected)
            truncated.update(part.truncated)
            potential.update((v, p) for v, p in part.stn.pot.items() if v is not _Z)
            out.update((v, tuple(e)) for v, e in part.stn.out.items() if e)

        final = MappingProxyType({v: domains[v] for v in variables})
        kept = tuple(c for c in ordered if c.key in admitted)  # priority order, no second sort
        return Solution(
            horizon=self.horizon,
            domains=final,
            earliest=_Bounds(final, earliest, latest=False),
            latest=_Bounds(final, latest, latest=True),
            admitted=kept,
            rejected=tuple(rejected[c.key] for c in ordered if c.key in rejected),
            truncated=tuple(c.key for c in ordered if c.key in truncated),
            potential=MappingProxyType(potential),
            out=MappingProxyType(out),
            by_key=MappingProxyType({c.key: c for c in kept}),
        )


class _Bounds(Mapping[str, Bound]):
    """A read-only variable -> Bound mapping that makes each Bound when asked: a corpus has
    many more variables than anyone inspects."""

    __slots__ = ("_domains", "_raw", "_latest")

    def __init__(self, domains: Mapping[str, DaySet], raw: Mapping[str, tuple], *, latest: bool) -> None:
        self._domains, self._raw, self._latest = domains, raw, latest

    def __getitem__(self, var: str) -> Bound:
        entry = self._raw.get(var)
        if entry is None:
            d = self._domains[var]
            return Bound(day=d.hi if self._latest else d.lo)
        return Bound(day=entry[0], constraint=entry[1], via=entry[2])

    def __iter__(self) -> Iterator[str]:
        return iter(self._domains)

    def __len__(self) -> int:
        return len(self._domains)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


def _by_priority(constraints: Iterable[Constraint]) -> list[Constraint]:
    """Weight descending, then key: two stable sorts are much faster than one on tuples."""
    return sorted(sorted(constraints, key=attrgetter("key")), key=lambda c: -c.weight)


# -- one connected component ------------------------------------------------------------------

_Arc = tuple[Constraint, str, "int | None", "int | None"]  # (constraint, target, a, b): target in source + [a, b]


class _Component:
    """Greedy admission with propagation for one connected component (mutable, internal)."""

    def __init__(self, variables: list[str], domains: Mapping[str, DaySet], horizon: tuple[int, int],
                 budget: int, per_arc: int, constraints: Sequence[Constraint]) -> None:
        self.h0, self.h1 = horizon
        self.dom = {v: domains[v] for v in variables}
        self.earliest = {v: (d.lo, None, None) for v, d in self.dom.items()}
        self.latest = {v: (d.hi, None, None) for v, d in self.dom.items()}
        self.arcs: dict[str, list[_Arc]] = {v: [] for v in variables}
        self.masks: dict[str, list[Constraint]] = {v: [] for v in variables}
        self.stn = _Stn(variables, self.dom)
        self.budget = budget + per_arc * 2 * sum(c.y is not None for c in constraints)
        self.by_key: dict[str, Constraint] = {}
        self.admitted: list[Constraint] = []
        self.rejected: list[Conflict] = []
        self.truncated: list[str] = []

    def run(self, constraints: Sequence[Constraint]) -> None:
        for c in constraints:
            self.admit(c)

    def admit(self, c: Constraint) -> None:
        days = None
        if c.kind is ConstraintKind.UNARY:
            days = c.days.clip(self.h0, self.h1)
            if not days:
                self.rejected.append(Conflict(rejected=c, collided_with=()))
                return
            edges = [(_Z, c.x, days.hi, c.key), (c.x, _Z, -days.lo, c.key)]
        else:
            edges = []
            if c.hi is not None:
                edges.append((c.x, c.y, c.hi, c.key))  # y - x <= hi
            if c.lo is not None:
                edges.append((c.y, c.x, -c.lo, c.key))  # x - y <= -lo
        undo: list[tuple[str, object, object]] = []
        cycle = self.stn.add(edges, undo)
        if cycle is not None:
            self.stn.rollback(undo)
            self._reject(c, [k for k in cycle if k is not None and k != c.key])
            return
        trail: dict[str, tuple[DaySet, tuple, tuple]] = {}
        emptied, capped = self._propagate(c, days, trail)
        if emptied is not None:
            self.stn.rollback(undo)
            for v, (d, e, l) in trail.items():
                self.dom[v], self.earliest[v], self.latest[v] = d, e, l
            if c.y is not None:
                self.arcs[c.x].pop()
                self.arcs[c.y].pop()
            involved = list(dict.fromkeys(v for v in (c.x, c.y, emptied) if v is not None))
            keys = []
            for v in involved:
                keys += _chain(v, lambda u: self.earliest[u][1:])
                keys += _chain(v, lambda u: self.latest[u][1:])
                keys += [m.key for m in self.masks[v]]
            self._reject(c, keys)
            return
        if capped:
            self.truncated.append(c.key)
        if days is not None and days.bits is not None:
            self.masks[c.x].append(c)
        self.by_key[c.key] = c
        self.admitted.append(c)

    def _reject(self, c: Constraint, keys: Iterable[str]) -> None:
        found = {self.by_key[k] for k in keys if k in self.by_key}
        collided = tuple(sorted(found, key=lambda o: (-o.weight, o.key)))
        self.rejected.append(Conflict(rejected=c, collided_with=collided))

    def _propagate(self, c: Constraint, days: DaySet | None,
                   trail: dict[str, tuple[DaySet, tuple, tuple]]) -> tuple[str | None, bool]:
        """Apply ``c`` and run AC-3 to a fixpoint; returns (the variable left empty, whether the
        revision budget ran out)."""
        dom, earliest, latest = self.dom, self.earliest, self.latest
        queue: deque[str] = deque()
        cause: dict[str, str | None] = {}  # queued variable -> the only constraint that changed it

        def store(t: str, old: DaySet, new: DaySet, key: str, via: str | None) -> None:
            if t not in trail:
                trail[t] = (old, earliest[t], latest[t])
            dom[t] = new
            if new.lo > old.lo:
                earliest[t] = (new.lo, key, via)
            if new.hi < old.hi:
                latest[t] = (new.hi, key, via)
            if t in cause:
                if cause[t] != key:
                    cause[t] = None
            else:
                cause[t] = key
                queue.append(t)

        if days is not None:
            old = dom[c.x]
            new = old & days
            if not new:
                return c.x, False
            if new != old:
                store(c.x, old, new, c.key, None)
        else:
            forward: _Arc = (c, c.y, c.lo, c.hi)
            backward: _Arc = (c, c.x, None if c.hi is None else -c.hi, None if c.lo is None else -c.lo)
            self.arcs[c.x].append(forward)
            self.arcs[c.y].append(backward)
            for source, (_, t, a, b) in ((c.x, forward), (c.y, backward)):
                old = dom[t]
                new = _revise(dom[source], old, a, b)
                if not new:
                    return t, False
                if new is not old and new != old:
                    store(t, old, new, c.key, source)

        revisions = 0
        budget = self.budget
        while queue:
            v = queue.popleft()
            skip = cause.pop(v)
            source = dom[v]
            for arc in self.arcs[v]:
                if arc[0].key == skip:
                    continue
                revisions += 1
                if revisions > budget:
                    return None, True
                t = arc[1]
                old = dom[t]
                new = _revise(source, old, arc[2], arc[3])
                if new is old:
                    continue
                if not new:
                    return t, False
                if new != old:
                    store(t, old, new, arc[0].key, v)
        return None, False


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

    ``pot`` is always a feasible assignment; it starts at each variable's latest day and,
    because every update is the least decrease that restores feasibility, stays the latest
    solution of the STN.  Adding an edge runs Dijkstra on potential-reduced weights only over
    the variables whose potential must drop; reaching the new edge's source means a negative
    cycle, read back from the predecessor links."""

    def __init__(self, variables: list[str], domains: Mapping[str, DaySet]) -> None:
        self.rank = {v: i for i, v in enumerate(variables)}
        self.rank[_Z] = -1
        self.pot: dict[str | None, int] = {v: domains[v].hi for v in variables}
        self.pot[_Z] = 0
        self.upper = {v: (domains[v].hi, None) for v in variables}  # edge _Z -> v
        self.lower = {v: (-domains[v].lo, None) for v in variables}  # edge v -> _Z
        self.out: dict[str, list[tuple[str, int, str]]] = {v: [] for v in variables}

    def edges(self, n: str | None) -> Iterable[tuple[str | None, int, str | None]]:
        if n is _Z:
            return [(v, w, k) for v, (w, k) in self.upper.items()]
        w, k = self.lower[n]
        return [*self.out[n], (_Z, w, k)]

    def add(self, edges: Sequence[tuple], undo: list) -> list[str | None] | None:
        """Add the edges, logging to ``undo``; returns the keys on a negative cycle, if any."""
        for u, v, w, key in edges:
            cycle = self._add_edge(u, v, w, key, undo)
            if cycle is not None:
                return cycle
        return None

    def rollback(self, undo: list) -> None:
        for what, node, old in reversed(undo):
            if what == "upper":
                self.upper[node] = old
            elif what == "lower":
                self.lower[node] = old
            elif what == "out":
                self.out[node].pop()
            else:
                self.pot[node] = old

    def _add_edge(self, u: str | None, v: str | None, w: int, key: str, undo: list) -> list | None:
        if u is _Z:
            if w >= self.upper[v][0]:
                return None
            undo.append(("upper", v, self.upper[v]))
            self.upper[v] = (w, key)
        elif v is _Z:
            if w >= self.lower[u][0]:
                return None
            undo.append(("lower", u, self.lower[u]))
            self.lower[u] = (w, key)
        else:
            self.out[u].append((v, w, key))
            undo.append(("out", u, None))
        pot, rank = self.pot, self.rank
        g = pot[u] + w - pot[v]
        if g >= 0:
            return None
        gamma = {v: g}
        pred: dict[str | None, tuple[str | None, str | None]] = {v: (u, key)}
        heap = [(g, rank[v], v)]
        done: dict[str | None, int] = {}
        while heap:
            g, _, s = heapq.heappop(heap)
            if s in done or gamma[s] != g:
                continue
            ps = pot[s] + g
            done[s] = ps
            for t, wt, k in self.edges(s):
                if t in done:
                    continue
                gt = ps + wt - pot[t]
                if gt < gamma.get(t, 0):
                    pred[t] = (s, k)
                    if t == u:
                        return _cycle(pred, u, v)
                    gamma[t] = gt
                    heapq.heappush(heap, (gt, rank[t], t))
        for s, p in done.items():
            undo.append(("pot", s, pot[s]))
            pot[s] = p
        return None


def _cycle(pred: Mapping, u: str | None, v: str | None) -> list[str | None]:
    """The edge keys of the cycle u -> v ~> u closed by the new edge."""
    keys, node = [], u
    while True:
        s, k = pred[node]
        keys.append(k)
        if node == v:
            return keys
        node = s


# -- helpers ----------------------------------------------------------------------------------


def _chain(var: str, step: Callable[[str], tuple[str | None, str | None]]) -> list[str]:
    """Constraint keys from the anchor to ``var`` following ``via`` links (cycles cut)."""
    keys: list[str] = []
    seen: set[str] = set()
    v: str | None = var
    while v is not None and v not in seen:
        seen.add(v)
        key, via = step(v)
        if key is None:
            break
        keys.append(key)
        v = via
    keys.reverse()
    return keys


def _auto_key(kind: str, x: str, y: str | None, lo: int | None, hi: int | None,
              days: DaySet | None, weight: float, because: Because) -> str:
    """A key made from the content, so it is the same whatever order constraints arrive in."""
    mask = "" if days is None else f"{days.lo}:{days.hi}:{'' if days.bits is None else format(days.bits, 'x')}"
    content = repr((x, y, lo, hi, weight, attrs.astuple(because), mask))  # hex: big ints exceed str()'s limit
    digest = hashlib.blake2b(content.encode(), digest_size=6).hexdigest()
    return f"{kind}:{x}:{y}:{digest}" if y is not None else f"{kind}:{x}:{digest}"
