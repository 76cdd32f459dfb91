"""Each language's example table (chrono/languages/<code>/examples.toml), one test per row.

A row: text, anchor (the DCT), expected value, type and mod; or ``none = true`` for text that
must yield no time expression.  A failure prints the text, the anchor and what came out.
"""
from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from chrono import tag
from chrono.languages import LANGUAGES_DIR, available_languages


def _rows():
    for code in available_languages():
        path = LANGUAGES_DIR / code / "examples.toml"
        if not path.exists():
            continue
        for row in tomllib.loads(path.read_text(encoding="utf-8")).get("example", []):
            yield pytest.param(code, row, id=f"{code}: {row['text']} @{row['anchor']}")


def test_every_language_has_an_example_table_of_80_rows():
    for code in available_languages():
        rows = tomllib.loads((LANGUAGES_DIR / code / "examples.toml").read_text(encoding="utf-8"))["example"]
        assert len(rows) >= 80, f"{code} has {len(rows)} example rows"
        assert any(r.get("none") for r in rows), f"{code} has no negative rows"


@pytest.mark.parametrize("code,row", list(_rows()))
def test_example_row(code, row):
    anchor = dt.date.fromisoformat(row["anchor"])
    found = tag(row["text"], dct=anchor, lang=code)
    got = [(e.text, e.timex.type, e.timex.value, e.timex.mod) for e in found]
    if row.get("none"):
        assert not found, f"{row['text']!r} @{anchor}: expected nothing, got {got}"
        return
    assert found, f"{row['text']!r} @{anchor}: expected {row['value']}, found nothing"
    if "span" in row:
        match = [e for e in found if e.text == row["span"]]
        assert match, f"{row['text']!r} @{anchor}: no expression {row['span']!r} in {got}"
        e = match[0]
    else:
        assert len(found) == 1, f"{row['text']!r} @{anchor}: expected one expression, got {got}"
        e = found[0]
    expected = (row.get("type", "DATE"), row["value"], row.get("mod"))
    assert (e.timex.type, e.timex.value, e.timex.mod) == expected, f"{row['text']!r} @{anchor}: got {got}"
