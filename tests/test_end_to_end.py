"""The seed corpus end to end: against the project's copy of the seed gold, the JSON schema,
byte-identical output, and the command line's behaviour on mistakes."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import jsonschema
import pytest

from chrono import build_timeline
from chrono.cli import main
from chrono.render.json import timeline_to_json

from conftest import CORPUS, DATA, NOW

GOLD = json.loads((DATA / "seeds_gold.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((DATA / "timeline.schema.json").read_text(encoding="utf-8"))


def _anchors(mode):
    return {k: dt.date.fromisoformat(v) for k, v in GOLD["modes"][mode]["anchors"].items()}


@pytest.fixture(scope="module", params=["anchored", "corpus-only"])
def built(request):
    mode = request.param
    return mode, timeline_to_json(build_timeline([CORPUS], now=NOW, anchors=_anchors(mode)))


def _bounds(pair):
    lo = dt.date.fromisoformat(pair[0]) if pair[0] else dt.date.min
    hi = dt.date.fromisoformat(pair[1]) if pair[1] else dt.date.max
    return lo, hi


def seed_scores(system, mode):
    """Found / correct / sound as the gold file defines them: a system event answers a gold quote
    when one of its mentions in that document has a trigger (or else a span) overlapping the quote."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    found = correct = sound_n = sound_d = 0.0
    merged = multi = 0
    for g in GOLD["events"]:
        truth, tight = _bounds(g["truth"]), _bounds(g["bounds"][mode])
        hits, credit = [], 0
        for m in g["mentions"]:
            q0 = texts[m["doc"]].find(m["quote"])
            q1 = q0 + len(m["quote"])
            best = None
            for i, ev in enumerate(system["events"]):
                for sm in ev["mentions"]:
                    if sm["document"] != m["doc"]:
                        continue
                    t = sm["trigger"]
                    t_ov = max(0, min(t["end"], q1) - max(t["start"], q0))
                    m_ov = max(0, min(sm["end"], q1) - max(sm["start"], q0))
                    if t_ov or m_ov:
                        key = (t_ov > 0, t_ov, -(sm["end"] - sm["start"]), m_ov)
                        if best is None or key > best[0]:
                            best = (key, i)
            hits.append(None if best is None else best[1])
            if best is None:
                continue
            lo, hi = _bounds([system["events"][best[1]]["when"]["earliest"], system["events"][best[1]]["when"]["latest"]])
            ok_sound = lo <= truth[1] and truth[0] <= hi
            sound_n += ok_sound
            sound_d += 1
            credit += ok_sound and tight[0] <= lo and hi <= tight[1]
        got = [h for h in hits if h is not None]
        found += bool(got)
        correct += credit / len(g["mentions"])
        if len(hits) > 1:
            multi += 1
            merged += len(got) == len(hits) and len(set(got)) == 1
    n = len(GOLD["events"])
    return {"events_found": found / n, "dated_correct": correct / n, "sound": sound_n / max(1, sound_d),
            "merged": merged / max(1, multi)}


def test_seed_gold(built):
    mode, system = built
    scores = seed_scores(system, mode)
    # issue 3 asks anchored >= 0.8 / 0.6 / 0.9; hold the line at what the events issue asks
    assert scores["events_found"] >= 0.9, scores
    assert scores["dated_correct"] >= 0.85, scores
    assert scores["sound"] >= 0.95, scores
    assert scores["merged"] >= 0.9, scores


def test_json_matches_the_schema(built):
    _, system = built
    jsonschema.validate(system, SCHEMA)


def test_no_wrong_precise_date(built):
    """The reader's check: every single-day date printed for a seed event is one the gold allows."""
    mode, system = built
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for g in GOLD["events"]:
        lo_t, hi_t = _bounds(g["truth"])
        for m in g["mentions"]:
            q0 = texts[m["doc"]].find(m["quote"])
            for ev in system["events"]:
                w = ev["when"]
                if w["earliest"] and w["earliest"] == w["latest"] and any(
                        sm["document"] == m["doc"] and sm["trigger"]["start"] < q0 + len(m["quote"]) and q0 < sm["trigger"]["end"]
                        for sm in ev["mentions"]):
                    assert lo_t <= dt.date.fromisoformat(w["earliest"]) <= hi_t, (g["id"], w)


def test_moscow_talks_are_one_event_from_three_articles_in_two_languages(built):
    _, system = built
    three = {"000_d9573781b80fbf1c", "001_21dc8a7addc29cde", "002_8a98f36fc2d98f33"}
    talks = [e for e in system["events"] if e["kind"] == "meeting" and three & {m["document"] for m in e["mentions"]}
             and any("Aliyev" in p for p in e["participants"]) and "Moscow" == e["location"]]
    assert len(talks) == 1, [e["summary"] for e in talks]
    assert talks[0]["when"]["value"] == "2024-10-08"
    assert three <= {m["document"] for m in talks[0]["mentions"]}


def _run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_and_table_are_byte_identical_run_to_run(capsys):
    args = ["build", str(CORPUS), "--now", "2026-11-22", "--anchor", "003_6f1b5cfcbe768390=2018-09-27"]
    first = _run(args + ["--format", "json"], capsys)
    second = _run(args + ["--format", "json"], capsys)
    assert first == second and first[0] == 0
    assert _run(args, capsys) == _run(args, capsys)


def test_cli_out_writes_the_file(tmp_path, capsys):
    target = tmp_path / "timeline.json"
    code, out, _ = _run(["build", str(CORPUS), "--now", "2026-11-22", "--format", "json", "--out", str(target)], capsys)
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["now"] == "2026-11-22"


def test_cli_user_mistakes_are_one_line_and_exit_2(tmp_path, capsys):
    code, _, err = _run(["build", str(tmp_path / "missing")], capsys)
    assert code == 2 and "missing" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        main(["build", str(CORPUS), "--anchor", "nodate"])
    assert exc.value.code == 2


def test_bad_file_in_corpus_is_reported_and_the_rest_processed(tmp_path, capsys):
    for p in CORPUS.glob("*.txt"):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\xff" * 50)
    code, out, err = _run(["build", str(tmp_path), "--now", "2026-11-22", "--format", "json"], capsys)
    assert code == 0 and "broken.txt" in err
    assert len(json.loads(out)["documents"]) == 5


def test_explain_prints_the_chain(capsys):
    code, out, _ = _run(["explain", "e1", str(CORPUS), "--now", "2026-11-22",
                         "--anchor", "000_d9573781b80fbf1c=2024-10-08"], capsys)
    assert code == 0 and "constraints that fixed the bounds" in out


def test_python_m_chrono_runs():
    proc = subprocess.run([sys.executable, "-m", "chrono", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("chrono ")
