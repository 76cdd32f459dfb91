"""The JSON contract of ``chrono build --format json`` (``schema/timeline.schema.json``)."""
from __future__ import annotations

import json
from typing import Any

from chrono import calendar
from chrono.model import Timeline, TimeExpression


def _day(n: int | None) -> str | None:
    return None if n is None else calendar.iso(n)


def _timex(e: TimeExpression) -> dict[str, Any]:
    out: dict[str, Any] = {"start": e.start, "end": e.end, "text": e.text,
                           "type": e.timex.type if e.timex else "DATE",
                           "value": e.timex.value if e.timex else "XXXX-XX-XX", "rule": e.rule}
    if e.timex and e.timex.mod:
        out["mod"] = e.timex.mod
    return out


def timeline_to_json(tl: Timeline) -> dict[str, Any]:
    from chrono import __version__

    documents = []
    for d in tl.documents:
        doc: dict[str, Any] = {
            "id": d.document, "path": d.path, "language": d.language,
            "published": {"earliest": _day(d.earliest), "latest": _day(d.latest), "source": d.source.value},
        }
        if d.errors:
            doc["errors"] = list(d.errors)
        documents.append(doc)
    events = []
    for entry in tl.entries:
        ev = entry.event
        when: dict[str, Any] = {"earliest": _day(entry.when.earliest), "latest": _day(entry.when.latest),
                                "value": entry.when.value, "granularity": entry.when.granularity}
        events.append({
            "id": ev.id,
            "summary": ev.summary,
            "kind": ev.kind,
            "participants": list(ev.participants),
            "location": ev.location,
            "when": when,
            "dated": entry.dated,
            "confidence": entry.confidence,
            "mentions": [
                {"document": m.document, "start": m.span[0], "end": m.span[1], "text": m.text,
                 "trigger": {"start": m.trigger_start, "end": m.trigger_end, "text": m.trigger},
                 "timexes": [_timex(t) for t in m.timexes]}
                for m in ev.mentions
            ],
            "explanation": list(entry.explanation),
        })
    return {
        "chrono_version": __version__,
        "now": _day(tl.now),
        "documents": documents,
        "events": events,
        "relations": [{"before": r.before, "after": r.after, "reason": r.reason} for r in tl.relations],
        "conflicts": [{"rejected": c.rejected, "collided_with": list(c.collided_with)} for c in tl.conflicts],
        "problems": [{"path": p.path, "message": p.message} for p in tl.problems],
    }


def dumps(tl: Timeline) -> str:
    """Deterministic text: keys in a fixed order, UTF-8 kept, one trailing newline."""
    return json.dumps(timeline_to_json(tl), ensure_ascii=False, indent=2) + "\n"
