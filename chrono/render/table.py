"""The rich table that ``chrono build`` prints: dated events, undated events in proven order,
publication dates, conflicts and problems."""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from chrono import calendar
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
            if t.text not in words:
                words.append(t.text)
    if not words:
        words = list(dict.fromkeys(m.trigger for m in entry.event.mentions))
    return ", ".join(f"“{w}”" for w in words[:4])


def _events_table(title: str, entries: list[TimelineEntry]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for name, style in (("id", "dim"), ("when", "bold cyan"), ("grain", "dim"), ("what", ""), ("who", ""),
                        ("where", ""), ("sources", "dim"), ("conf", ""), ("evidence", "italic")):
        table.add_column(name, style=style, overflow="fold")
    for e in entries:
        ev = e.event
        sources = ", ".join(sorted({m.document.split("_")[0] for m in ev.mentions}))
        table.add_row(ev.id, format_when(e.when), e.when.granularity, ev.summary, ", ".join(ev.participants[:3]),
                      ev.location or "", sources, f"{e.confidence:.2f}", _evidence(e))
    return table


def timeline_renderable(tl: Timeline) -> Group:
    parts = []
    dated = [e for e in tl.entries if e.dated]
    undated = [e for e in tl.entries if not e.dated]
    parts.append(_events_table(f"Timeline ({len(dated)} dated events, now = {calendar.iso(tl.now)})", dated))
    if undated:
        parts.append(_events_table("Undated events (in proven order where one is known)", undated))
    if tl.relations:
        parts.append(Text("Proven order: " + "; ".join(f"{r.before} before {r.after}" for r in tl.relations), style="dim"))
    docs = Table(title="Documents", title_justify="left")
    for name in ("document", "language", "published", "source"):
        docs.add_column(name, overflow="fold")
    for d in tl.documents:
        pub = format_when(When(earliest=d.earliest, latest=d.latest, value="", granularity=""))
        docs.add_row(d.document, d.language, pub, d.source.value)
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
