"""The rich table that ``chrono build`` prints: dated events, undated events in proven order,
publication dates, conflicts and problems."""
from __future__ import annotations

from typing import Mapping, Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text

from chrono import calendar
from chrono.events.detect import is_dating
from chrono.readings import Duration, Ordinal
from chrono.model import Timeline, TimelineEntry, When


def format_when(when: When) -> str:
    if when.earliest is None and when.latest is None:
        return "undated"
    if when.earliest is None:
        return f"on or before {calendar.iso(when.latest)}"
    if when.latest is None:
        return f"on or after {calendar.iso(when.earliest)}"
    if when.earliest == when.latest:
        return calendar.iso(when.earliest)
    if when.granularity in ("month", "year"):
        return when.value
    return f"{calendar.iso(when.earliest)} .. {calendar.iso(when.latest)}"


def _evidence(entry: TimelineEntry) -> str:
    words = []
    for m in entry.event.mentions:
        for t in m.timexes:
            if (is_dating(t) or isinstance(t.reading, (Duration, Ordinal))) and t.text not in words:
                words.append(t.text)
    if not words:
        words = list(dict.fromkeys(m.trigger for m in entry.event.mentions))
    return ", ".join(f"“{w}”" for w in words[:4])


def short_names(documents: Sequence[str]) -> dict[str, str]:
    """A short label per document for the sources column: the part of its id before the first
    '_' ('000' of '000_d9573781b80fbf1c') where that part names no other document, else the id
    ('summit_01' and 'summit_02' stay apart)."""
    heads = [d.split("_")[0] for d in documents]
    return {d: h if heads.count(h) == 1 else d for d, h in zip(documents, heads)}


def _events_table(title: str, entries: list[TimelineEntry], labels: Mapping[str, str]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=True)
    for name, style, ratio in (("id", "dim", 1), ("when", "bold cyan", 3), ("grain", "dim", 1), ("what", "", 7),
                               ("who", "", 3), ("where", "", 2), ("sources", "dim", 2), ("conf", "", 1),
                               ("evidence", "italic", 3)):
        table.add_column(name, style=style, overflow="fold", ratio=ratio)
    for e in entries:
        ev = e.event
        sources = ", ".join(sorted({labels.get(m.document, m.document) for m in ev.mentions}))
        cells = (ev.id, format_when(e.when), e.when.granularity, ev.summary, ", ".join(ev.participants[:3]),
                 ev.location or "", sources, f"{e.confidence:.2f}" if e.dated else "-", _evidence(e))
        table.add_row(*(Text(c) for c in cells))
    return table


def timeline_renderable(tl: Timeline) -> Group:
    parts = []
    dated = [e for e in tl.entries if e.dated]
    undated = [e for e in tl.entries if not e.dated]
    labels = short_names([d.document for d in tl.documents])
    parts.append(_events_table(f"Timeline ({len(dated)} dated events, now = {calendar.iso(tl.now)})", dated, labels))
    if undated:
        parts.append(_events_table("Undated events (in proven order where one is known)", undated, labels))
    if tl.relations:
        parts.append(Text("Proven order: " + "; ".join(f"{r.before} before {r.after}" for r in tl.relations), style="dim"))
    docs = Table(title="Documents", title_justify="left")
    for name in ("document", "language", "published", "source"):
        docs.add_column(name, overflow="fold")
    for d in tl.documents:
        pub = format_when(When(earliest=d.earliest, latest=d.latest, value="", granularity=""))
        docs.add_row(*(Text(c) for c in (d.document, d.language, pub, d.source.value)))
    parts.append(docs)
    if tl.conflicts:
        text = Text("Conflicts (the lighter reading was set aside):\n", style="bold yellow")
        for c in tl.conflicts:
            text.append(f"  - rejected {c.rejected}\n", style="yellow")
            for w in c.collided_with[:3]:
                text.append(f"      against {w}\n", style="dim")
        parts.append(text)
    if tl.problems:
        text = Text("Problems:\n", style="bold red")
        for p in tl.problems:
            text.append(f"  - {p}\n", style="red")
        parts.append(text)
    return Group(*parts)
