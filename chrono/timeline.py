"""Solution + Events -> Timeline: dated events in order, undated ones after them in proven order,
each with its range, granularity, confidence and the chain of readings that explains it."""
from __future__ import annotations

from typing import Mapping, Sequence

import attrs

from chrono import calendar
from chrono.confidence import range_confidence
from chrono.constraints import end_var, event_length, has_end, pub_var
from chrono.dayset import DaySet
from chrono.events.detect import MAX_STATED_DAYS, is_dating
from chrono.model import (
    Anchor, AnchorSource, ConflictReport, Document, DocumentDate, Event, EventMention, Problem, Relation, Timeline, TimelineEntry,
    When,
)
from chrono.reason import Constraint, ConstraintKind, Solution
from chrono.timex.normalize import resolve_all, unanchored


@attrs.frozen
class HorizonProbes:
    """The final network solved twice more over a horizon one Gregorian cycle (400 years) wider on
    each side, where every calendar pattern repeats: with the same ``now`` (``wider``) and with
    ``now`` moved out by the cycle too (``later``).  A bound that a pattern spread over the years
    sets ('every 8 October', 'a Tuesday') follows the horizon out; one that dates and links fix
    ('Oct. 1' merged with an event of 2026) stays put, however many steps it took."""

    wider: Solution
    later: Solution

    def grounded(self, solution: Solution, var: str, side: str) -> bool:
        """Whether a bound rests on what an article or the user said.  ``now`` is a fact, so a bound
        that reasoning from it fixes counts ('Tuesday, 23 Sept.' is 2025 when ``now`` is 2026); but a
        latest day that only follows ``now``, under no earliest one, tells nothing and is left open."""
        here, there = solution.domain(var), self.wider.domain(var)
        if not here or not there:
            return False
        if side == "earliest":
            return here.min == there.min
        if here.max != there.max:
            return False
        later = self.later.domain(var)
        return (bool(later) and later.max == here.max) or self.grounded(solution, var, "earliest")


def describe_when(domain: DaySet, horizon: tuple[int, int], *, lo_known: bool = True, hi_known: bool = True) -> When:
    """Bounds (None where only the horizon or ``now`` bounds them), TIMEX3-style value and granularity."""
    lo = None if domain.min is None or domain.min <= horizon[0] or not lo_known else domain.min
    hi = None if domain.max is None or domain.max >= horizon[1] or not hi_known else domain.max
    if lo is None and hi is None:
        return When(earliest=None, latest=None, value="XXXX-XX-XX", granularity="unknown")
    if lo is None or hi is None:
        side = f"before {calendar.iso(hi)}" if lo is None else f"after {calendar.iso(lo)}"
        return When(earliest=lo, latest=hi, value=side, granularity="open")
    count = domain.count
    y0, m0, _ = calendar.ymd(lo)
    y1, m1, _ = calendar.ymd(hi)
    if lo == hi:
        return When(earliest=lo, latest=hi, value=calendar.iso(lo), granularity="day", days=1)
    if (y0, m0) == (y1, m1):
        whole = (lo, hi) == calendar.month_range(y0, m0) and count == hi - lo + 1
        return When(earliest=lo, latest=hi, value=f"{y0:04d}-{m0:02d}", granularity="month" if whole else "days",
                    days=count)
    if y0 == y1:
        whole = (lo, hi) == calendar.year_range(y0) and count == hi - lo + 1
        return When(earliest=lo, latest=hi, value=f"{y0:04d}", granularity="year" if whole else "months", days=count)
    return When(earliest=lo, latest=hi, value=f"{calendar.iso(lo)}/{calendar.iso(hi)}", granularity="range",
                days=count)


def _var_label(var: str, names: Mapping[str, str]) -> str:
    if var.startswith("pub:"):
        return f"publication of {var[4:]}"
    return names.get(var, var)


def explain_constraint(c: Constraint, names: Mapping[str, str]) -> str:
    """One link of an explanation, in words: the document words, the rule, what it fixed."""
    b = c.because
    where = f"{b.document}: " if b.document else ""
    words = f"'{b.words}'" if b.words else "(no words)"
    if c.kind is ConstraintKind.UNARY:
        fixed = f"{_var_label(c.x, names)} in {c.days!r}"
    else:
        lo = "-inf" if c.lo is None else f"{c.lo:+d}"
        hi = "+inf" if c.hi is None else f"{c.hi:+d}"
        fixed = f"{_var_label(c.y, names)} = {_var_label(c.x, names)} {lo}..{hi} days"
    return f"{where}{words} [{b.rule}, weight {c.weight:g}] -> {fixed}"


def build(documents: Sequence[Document], anchors: Sequence[Anchor], events: Sequence[Event], solution: Solution,
          var_of: Mapping[str, str], *, now: int, probes: HorizonProbes, problems: Sequence[Problem] = ()
          ) -> Timeline:
    """``probes`` tell which bounds the articles fix; the others are printed open."""
    entries, chains = [], {}
    shown = {ev.id: _shown(ev, var_of[ev.id]) for ev in events}
    whens = {ev.id: _when(shown[ev.id], solution, probes) for ev in events}
    corpus_dated = any(w.closed for w in whens.values())
    for ev in events:
        when = whens[ev.id]
        chains[ev.id] = chain = _explain([var_of[ev.id], *shown[ev.id]], solution)
        sources = len({m.document for m in ev.mentions if any(is_dating(t) for t in m.timexes) and not m.inherited})
        weights = [c.weight for c in chain]
        confidence = range_confidence(weights, sources=max(1, sources), granularity=when.granularity,
                                      corpus_dated=corpus_dated,
                                      days=when.days if when.closed else None)
        entries.append(TimelineEntry(event=ev, when=when, confidence=confidence,
                                     weakest=min(weights) if weights else None, sources=max(1, sources),
                                     dated=when.granularity != "unknown"))
    dated = sorted((e for e in entries if e.dated), key=_order_key)
    undated = [e for e in entries if not e.dated]
    pairs = solution.relations([var_of[e.event.id] for e in entries])
    by_var = {var_of[e.event.id]: e.event.id for e in entries}
    undated = _proven_order(undated, pairs, by_var)
    ordered = dated + undated
    # stable public ids in timeline order; explanations and conflicts are written with them
    renamed = {e.event.id: f"e{i + 1}" for i, e in enumerate(ordered)}
    names = {var_of[old]: f"event {new}" for old, new in renamed.items()}
    names.update({end_var(var_of[old]): f"the last day of event {new}" for old, new in renamed.items()})
    final = []
    for e in ordered:
        ev = e.event
        mentions = tuple(_with_values(m, solution) for m in ev.mentions)
        final.append(attrs.evolve(e, event=attrs.evolve(ev, id=renamed[ev.id], mentions=mentions),
                                  explanation=tuple(explain_constraint(c, names) for c in chains[ev.id])))
    relations = tuple(Relation(before=renamed[by_var[a]], after=renamed[by_var[b]], reason="proven by the network")
                      for a, b in pairs if a in by_var and b in by_var and not _by_dates(solution, a, b))
    return Timeline(
        now=now,
        documents=tuple(_document_date(d, anchors, solution, probes) for d in documents),
        entries=tuple(final),
        relations=tuple(sorted(relations, key=lambda r: (_num(r.before), _num(r.after)))),
        conflicts=tuple(ConflictReport(rejected=explain_constraint(c.rejected, names),
                                       collided_with=tuple(explain_constraint(x, names) for x in c.collided_with))
                        for c in solution.conflicts),
        problems=tuple(problems),
    )


def _shown(ev: Event, var: str) -> list[str]:
    """The variables an event's printed dates come from: its first day when a mention dates it (or
    states its length), its last day when one tells its end; a one-day event has only its day."""
    if not has_end(ev):
        return [var]
    length = event_length(ev) is not None
    out = [var] if length or any(m.phase != "end" for m in ev.mentions) else []
    return out + [end_var(var)]


def _when(shown: list[str], solution: Solution, probes: HorizonProbes) -> When:
    """From the first day a multi-day event can start to the last it can end: 'the two-day talks
    opened on Monday' is Monday to Tuesday."""
    domain = solution.domain(shown[0])
    for other in shown[1:]:
        domain = domain | solution.domain(other)
    if len(shown) > 1 and domain and domain.max - domain.min < MAX_STATED_DAYS:
        domain = DaySet.range(domain.min, domain.max)  # the days between its first and last are its days too
    return describe_when(domain, solution.horizon,
                         lo_known=probes.grounded(solution, shown[0], "earliest"),
                         hi_known=probes.grounded(solution, shown[-1], "latest"))


def _explain(variables: list[str], solution: Solution) -> list[Constraint]:
    """The readings that fixed the event's variables, each once, its first day's first."""
    chain: list[Constraint] = []
    for var in dict.fromkeys(variables):
        chain += [c for c in solution.explain(var) if c not in chain]
    return chain


def _with_values(m: EventMention, solution: Solution) -> EventMention:
    """The mention's time expressions with TIMEX3 values: resolved where its article's date is known."""
    pub = solution.domains.get(pub_var(m.document))
    if pub is not None and pub.count == 1:
        return attrs.evolve(m, timexes=tuple(resolve_all(m.timexes, calendar.to_date(pub.min))))
    return attrs.evolve(m, timexes=tuple(attrs.evolve(t, timex=unanchored(t.reading, t.tense)) for t in m.timexes))


def _num(event_id: str) -> int:
    return int(event_id[1:])


def _by_dates(solution: Solution, a: str, b: str) -> bool:
    return solution.domain(a).max < solution.domain(b).min


def _order_key(e: TimelineEntry) -> tuple:
    lo = e.when.earliest if e.when.earliest is not None else e.when.latest
    hi = e.when.latest if e.when.latest is not None else e.when.earliest
    first = min((m.document, m.trigger_start) for m in e.event.mentions)
    return (lo, hi, first)


def _proven_order(entries: list[TimelineEntry], pairs: list[tuple[str, str]], by_var: Mapping[str, str]) -> list[TimelineEntry]:
    """Undated entries in an order consistent with the proven relations (stable topological sort)."""
    ids = {e.event.id for e in entries}
    after: dict[str, set[str]] = {i: set() for i in ids}
    for a, b in pairs:
        ea, eb = by_var.get(a), by_var.get(b)
        if ea in ids and eb in ids:
            after[eb].add(ea)
    order = sorted(entries, key=lambda e: min((m.document, m.trigger_start) for m in e.event.mentions))
    out: list[TimelineEntry] = []
    placed: set[str] = set()
    while order:
        for i, e in enumerate(order):
            if after[e.event.id] <= placed:
                out.append(e)
                placed.add(e.event.id)
                order.pop(i)
                break
        else:  # a cycle cannot be proven; keep text order for the rest
            out.extend(order)
            break
    return out


def _document_date(d: Document, anchors: Sequence[Anchor], solution: Solution, probes: HorizonProbes
                   ) -> DocumentDate:
    var = pub_var(d.id)
    anchor = next((a for a in anchors if a.document == d.id), None)
    domain = solution.domains.get(var)
    horizon = solution.horizon
    if domain is None:
        return DocumentDate(document=d.id, path=d.path, language=d.language, earliest=None, latest=None,
                            source=AnchorSource.UNKNOWN, errors=d.problems)
    lo = None if domain.min <= horizon[0] or not probes.grounded(solution, var, "earliest") else domain.min
    hi = domain.max  # 'now' is a real bound for a publication date
    admitted_anchor = anchor is not None and any(c.key.startswith(f"anchor:{d.id}:") for c in solution.admitted)
    if admitted_anchor and (lo == hi or anchor.day is None):
        source = anchor.source  # a dateline without its year ('PARIS, 8 octobre (AFP)') still is the source
    elif lo is None:
        source = AnchorSource.UNKNOWN if solution.latest[var].constraint is None else AnchorSource.INFERRED
    else:
        source = AnchorSource.INFERRED
    return DocumentDate(document=d.id, path=d.path, language=d.language, earliest=lo, latest=hi, source=source,
                        errors=d.problems)
