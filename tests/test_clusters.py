"""Our own gold clusters end to end: publication dates inferred from the network must hold the truth."""
from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest

from chrono import build_timeline

CLUSTERS = pathlib.Path(__file__).parent / "data" / "clusters"
NAMES = sorted(p.name for p in CLUSTERS.iterdir() if (p / "gold.json").exists())


def _build(name: str, mode: str):
    gold = json.loads((CLUSTERS / name / "gold.json").read_text(encoding="utf-8"))
    anchors = {k: dt.date.fromisoformat(v) for k, v in gold["modes"][mode].get("anchors", {}).items()}
    timeline = build_timeline([CLUSTERS / name], now=dt.date.fromisoformat(gold["now"]), anchors=anchors)
    return gold, timeline


@pytest.mark.parametrize("name", NAMES)
def test_inferred_publication_ranges_hold_the_true_day(name):
    gold, timeline = _build(name, "corpus-only")
    for doc in timeline.documents:
        truth = dt.date.fromisoformat(gold["documents"][doc.document]["published"]["truth"]).toordinal()
        assert doc.earliest is None or doc.earliest <= truth, doc
        assert doc.latest is None or truth <= doc.latest, doc


def test_articles_without_dates_are_dated_by_the_stories_they_share():
    # the volcano cluster has one dateline without a year and one full date in the text; every other
    # article is placed by the events it shares with them
    _, timeline = _build("volcano_es_en", "corpus-only")
    narrow = [d for d in timeline.documents if d.earliest is not None and d.latest - d.earliest <= 2]
    assert len(narrow) >= 4
