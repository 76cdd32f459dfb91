"""Timeline values: granularity, open bounds and confidence."""
from __future__ import annotations

import datetime as dt

import pytest

from hypothesis import given, strategies as st

from chrono.confidence import range_confidence
from chrono.dayset import DaySet
from chrono import build_timeline
from chrono.timeline import describe_when

HORIZON = (dt.date(1800, 1, 1).toordinal(), dt.date(2076, 12, 31).toordinal())


def d(y, m, day):
    return dt.date(y, m, day).toordinal()


def test_granularity_and_value():
    assert describe_when(DaySet.single(d(2024, 10, 8)), HORIZON).value == "2024-10-08"
    month = describe_when(DaySet.range(d(2024, 8, 1), d(2024, 8, 31)), HORIZON)
    assert (month.value, month.granularity) == ("2024-08", "month")
    year = describe_when(DaySet.range(d(1991, 1, 1), d(1991, 12, 31)), HORIZON)
    assert (year.value, year.granularity) == ("1991", "year")
    part = describe_when(DaySet.range(d(2024, 10, 21), d(2024, 10, 31)), HORIZON)
    assert (part.value, part.granularity) == ("2024-10", "days")
    assert describe_when(DaySet.range(*HORIZON), HORIZON).granularity == "unknown"


def test_ungrounded_bounds_are_open():
    when = describe_when(DaySet.range(d(2024, 2, 5), d(2026, 11, 16)), HORIZON, hi_known=False)
    assert when.earliest == d(2024, 2, 5) and when.latest is None and when.granularity == "open"


@given(st.lists(st.floats(0.05, 1.0), min_size=1, max_size=5), st.integers(1, 5), st.integers(1, 5000))
def test_confidence_is_a_probability_and_grows_with_corroboration_and_width(weights, sources, days):
    c = range_confidence(weights, sources=sources, days=days)
    assert 0.0 < c < 1.0
    assert range_confidence(weights, sources=sources + 1, days=days) >= c
    assert range_confidence(weights, sources=sources, days=days * 10) >= c


def test_an_open_range_is_doubted_where_the_corpus_dates_other_events():
    alone = range_confidence([0.9], sources=1, days=None, granularity="open", corpus_dated=False)
    among = range_confidence([0.9], sources=1, days=None, granularity="open", corpus_dated=True, table={})
    assert among < 0.5 < alone


def test_until_bounds_an_event_from_above(tmp_path):
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text("Thousands were evacuated through Wednesday morning, the agency said.\n",
                                    encoding="utf-8")
    published = dt.date(2025, 3, 15)  # a Saturday: the Wednesday before is 2025-03-12
    tl = build_timeline([tmp_path], now=dt.date(2026, 1, 1), anchors={"a": published})
    [entry] = [e for e in tl.entries if e.event.kind == "evacuation"]
    wednesday = published - dt.timedelta(days=(published.weekday() - 2) % 7)
    assert entry.when.latest == wednesday.toordinal() and entry.when.earliest is None


@pytest.mark.parametrize("text,first,last", [
    # the stated length runs from the day it opened
    ("The two-day talks opened in Astana on Monday, officials said.", 0, 1),
    # its end told alone: the day the article names, not a guessed start
    ("The talks in Astana wrapped up on Monday, officials said.", 0, 0),
    # a one-day event is its day
    ("The ministers met in Astana on Monday, officials said.", 0, 0),
])
def test_a_multi_day_event_runs_from_its_first_to_its_last_day(tmp_path, text, first, last):
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    published = dt.date(2026, 4, 16)  # a Thursday
    monday = published - dt.timedelta(days=published.weekday())
    tl = build_timeline([tmp_path], now=dt.date(2026, 11, 1), anchors={"a": published})
    [entry] = [e for e in tl.entries if e.event.kind == "meeting"]
    assert (entry.when.earliest, entry.when.latest) == (
        (monday + dt.timedelta(days=first)).toordinal(), (monday + dt.timedelta(days=last)).toordinal())


@pytest.mark.parametrize("text", [
    "The ministers met in Brasilia from 6 to 9 June, officials said.",
    "The ministers met in Brasilia on June 6-9, officials said.",
    "Los ministros se reunieron en Brasilia del 6 al 9 de junio, según fuentes oficiales.",
    "Para menteri bertemu di Brasilia pada 6-9 Juni, kata pejabat.",
])
def test_a_range_of_days_dates_its_event_to_the_whole_range(tmp_path, text):
    # two dates, as TimeML tags them, but one range: neither day alone, and no conflict between them
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    published = dt.date(2028, 6, 12)
    tl = build_timeline([tmp_path], now=dt.date(2028, 11, 1), anchors={"a": published})
    [entry] = [e for e in tl.entries if e.event.kind == "meeting"]
    assert (entry.when.earliest, entry.when.latest) == (d(2028, 6, 6), d(2028, 6, 9))
    assert not tl.conflicts


def test_a_date_before_christ_is_never_a_date_of_our_era(tmp_path):
    # 'the 4th century BC' had read as the years 301-400
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text("The temple, built in the 4th century BC, was reopened on Tuesday after "
                                    "repairs, officials said. Hannibal won a battle nearby in 216 BC.\n", encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2026, 11, 1), anchors={"a": dt.date(2026, 5, 14)})
    old = [e for e in tl.entries if any("BC" in t.text for m in e.event.mentions for t in m.timexes)]
    assert len(old) == 2
    for entry in old:
        assert entry.when.latest is None or entry.when.latest < dt.date(1, 1, 1).toordinal() + 366 * 100


def test_a_count_of_years_back_past_1800_dates_its_event_without_a_conflict(tmp_path):
    """'founded 250 years ago' lies before the default horizon (1800): the horizon reaches back to it,
    so the founding is dated and the reading is no conflict."""
    (tmp_path / "a.txt").write_text("The town, founded 250 years ago, opened a museum on Tuesday.\n", encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2024, 10, 9), anchors={"a": dt.date(2024, 10, 8)})
    assert not tl.conflicts
    [founding] = [e for e in tl.entries if any(t.text == "250 years ago" for m in e.event.mentions for t in m.timexes)]
    back = dt.date(1774, 10, 8).toordinal()
    assert founding.when.earliest is not None and founding.when.earliest <= back <= founding.when.latest


@pytest.mark.parametrize("text", [
    "Governor Ramiro Benitez said the emergency could be lifted in the second half of April.",
    "El gobernador Ramiro Benítez dijo que la emergencia podría levantarse en la segunda quincena de abril.",
    "Le gouverneur a déclaré que l'état d'urgence pourrait être levé fin avril.",
    "Губернатор заявил, что режим ЧС может быть отменён в конце апреля.",
])
def test_what_could_happen_after_a_saying_lies_ahead(tmp_path, text):
    """'said it could be lifted in the second half of April', told on 4 April: this April's, not last
    year's, though the saying is past."""
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2028, 4, 5), anchors={"a": dt.date(2028, 4, 4)})
    dated = [e for e in tl.entries if e.when.earliest is not None]
    assert dated and all(dt.date.fromordinal(e.when.earliest).year == 2028 for e in dated)


@pytest.mark.parametrize("lang,text,trigger", [
    ("id", "Masa jabatan Arifin sebagai bupati berakhir pada 17 Februari 2028. Arifin dilantik pada Februari 2023 "
           "setelah memenangi Pilkada 2022. Gubernur dijadwalkan melantik penjabat bupati pada hari yang sama.",
     "melantik"),
    ("en", "The mayor's term ends on February 17, 2028. He took office in February 2023 after winning the 2022 "
           "election. The governor is scheduled to swear in an acting mayor on the same day.", "swear in"),
])
def test_the_same_day_is_a_day_told_before_not_a_year(tmp_path, lang, text, trigger):
    """'the same day', past a sentence that names only a month and a year, is the day told just before it."""
    (tmp_path / f"a_{lang}.txt").write_text(text + "\n", encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2028, 2, 11), anchors={f"a_{lang}": dt.date(2028, 2, 10)})
    [entry] = [e for e in tl.entries if any(m.trigger == trigger for m in e.event.mentions)]
    assert (entry.when.earliest, entry.when.latest) == (dt.date(2028, 2, 17).toordinal(),) * 2


def test_a_report_dated_only_by_a_link_merges_with_a_report_of_that_day(tmp_path):
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text(
        "Mount Lewotana in East Flores erupted on Tuesday, officials said.\n\n"
        "The East Flores regency declared a 14-day emergency two days after the eruption.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "The East Flores regency declared a state of emergency on Thursday, officials said.\n", encoding="utf-8")
    saturday = dt.date(2025, 3, 15)
    tl = build_timeline([tmp_path], now=dt.date(2026, 1, 1), anchors={"a": saturday, "b": saturday})
    [entry] = [e for e in tl.entries if e.event.kind == "alert"]
    thursday = saturday - dt.timedelta(days=(saturday.weekday() - 3) % 7)
    assert {m.document for m in entry.event.mentions} == {"a", "b"}
    assert entry.when.earliest == entry.when.latest == thursday.toordinal()


def test_several_reports_dated_only_by_a_link_merge_with_a_report_of_that_day(tmp_path):
    """b tells its closure three times, none with a date of its own: the whole event, dated by
    'a day later', joins a's closure on Tuesday."""
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text(
        "Chilean authorities closed the port of Puerto Belén to shipping on Tuesday, officials said.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Dockworkers at Puerto Belén went on strike on Monday. A day later the harbor master closed the "
        "port of Puerto Belén to shipping. The closure of Puerto Belén halted exports.\n", encoding="utf-8")
    wednesday, friday = dt.date(2025, 10, 1), dt.date(2025, 10, 3)
    tl = build_timeline([tmp_path], now=dt.date(2026, 1, 1), anchors={"a": wednesday, "b": friday})
    [entry] = [e for e in tl.entries if e.event.kind == "closure"]
    tuesday = wednesday - dt.timedelta(days=(wednesday.weekday() - 1) % 7)
    assert {m.document for m in entry.event.mentions} == {"a", "b"}
    assert entry.when.earliest == entry.when.latest == tuesday.toordinal()


def test_a_multi_day_event_explains_its_length_in_words(tmp_path):
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text("The two-day talks in Astana wrapped up on Tuesday, officials said.\n", encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2026, 11, 1), anchors={"a": dt.date(2026, 4, 16)})
    [entry] = [e for e in tl.entries if e.event.kind == "meeting"]
    assert any("'two-day' [stated-length" in line and "the last day of event" in line for line in entry.explanation)


def test_the_sources_column_keeps_every_document_apart():
    from chrono.render.table import short_names
    assert short_names(["000_d9573781b80fbf1c", "001_21dc8a7addc29cde"]) == {
        "000_d9573781b80fbf1c": "000", "001_21dc8a7addc29cde": "001"}
    assert short_names(["summit_01", "summit_02", "notes"]) == {"summit_01": "summit_01", "summit_02": "summit_02", "notes": "notes"}


def test_a_week_later_counts_from_the_event_told_before_it_in_the_sentence(tmp_path):
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text(
        "Banjir di Sekala Jaya\n\nSungai Batang Seruni meluap pada Senin (12/1/2026).\n\n"
        "Bantuan tiba pada Rabu (14/1/2026).\n\n"
        "Pertama waktu sungai meluap malam-malam, lalu seminggu kemudian naik lagi, kata warga.\n",
        encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2026, 11, 1), anchors={"a": dt.date(2026, 1, 30)})
    overflow = dt.date(2026, 1, 12)
    [later] = [e for e in tl.entries if any("seminggu" in m.text for m in e.event.mentions)
               and e.event.kind == "event"]
    # a week after the overflow (six to eight days), not after the aid of 14 January
    assert later.when.earliest >= (overflow + dt.timedelta(days=6)).toordinal()
    assert later.when.latest <= (overflow + dt.timedelta(days=8)).toordinal()


def test_a_gap_beside_a_date_no_trigger_took_counts_that_dates_event_from_the_trigger_after_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Radar checks finished\n\nEngineers completed the final checks of the radar yesterday, exactly three "
        "weeks after the rocket lifted off from the spaceport, the company said.\n", encoding="utf-8")
    published = dt.date(2031, 5, 20)
    tl = build_timeline([tmp_path], now=dt.date(2031, 6, 1), anchors={"a": published})
    [launch] = [e for e in tl.entries if e.event.kind == "launch"]
    checks = published - dt.timedelta(days=1)
    # three weeks before yesterday's checks, give or take a day; it had been left open before the writing
    assert (checks - dt.timedelta(days=22)).toordinal() <= launch.when.earliest
    assert launch.when.latest <= (checks - dt.timedelta(days=20)).toordinal()


def _write(tmp_path, name, text):
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")


def test_a_date_that_links_fix_through_a_pattern_is_printed_closed(tmp_path):
    """A dateline without its year ('March 5') is only a pattern; the strike it shares with a dated
    article fixes the year, and then a Wednesday of that article is one day, both of its bounds shown."""
    _write(tmp_path, "a", "Dufort workers strike at Lyon plant\n\nLYON, March 3, 2026 — Workers at the Dufort tyre "
                          "plant in Lyon went on strike on Monday, the CGT union said.\n")
    _write(tmp_path, "b", "Dufort strike goes on\n\nLYON, March 5 — The Dufort tyre workers in Lyon, who went on strike "
                          "on Monday, showed no sign of returning, the CGT union said. Union leaders met the plant's "
                          "director on Wednesday.\n")
    tl = build_timeline([tmp_path], now=dt.date(2026, 11, 22))
    published = dt.date(2026, 3, 5)
    wednesday = published - dt.timedelta(days=(published.weekday() - 2) % 7)
    [doc_b] = [d for d in tl.documents if d.document == "b"]
    assert (doc_b.earliest, doc_b.latest) == (published.toordinal(), published.toordinal())
    [meeting] = [e for e in tl.entries if e.event.kind == "meeting"]
    assert (meeting.when.earliest, meeting.when.latest) == (wednesday.toordinal(), wednesday.toordinal())


def test_a_yearless_dateline_alone_is_read_in_its_latest_year(tmp_path):
    """'March 5' and 'on Wednesday' with no year anywhere: every year fits, and a reader takes the
    latest 5 March by ``now`` on which the story's first weekday is that day or the day before."""
    _write(tmp_path, "b", "Dufort strike goes on\n\nLYON, March 5 — Union leaders met the plant's director on "
                          "Wednesday, the CGT union said.\n")
    now = dt.date(2026, 11, 22)
    tl = build_timeline([tmp_path], now=now)
    [doc] = tl.documents
    published = max(day for year in range(1800, now.year + 1) if (day := dt.date(year, 3, 5)) <= now
                    and (day.weekday() - 2) % 7 <= 1)
    assert (doc.earliest, doc.latest) == (published.toordinal(), published.toordinal())
    wednesday = published - dt.timedelta(days=(published.weekday() - 2) % 7)
    [meeting] = [e for e in tl.entries if e.event.kind == "meeting"]
    assert (meeting.when.earliest, meeting.when.latest) == (wednesday.toordinal(), wednesday.toordinal())
    assert any("[anchor-latest-year, " in line for line in meeting.explanation)


def test_a_background_year_does_not_give_a_yearless_dateline_its_year(tmp_path):
    """'las elecciones del domingo' and 'las elecciones de febrero de 2026' in one article under '4 feb':
    joining the two would pick 2026, where only one Sunday of the yearless pattern meets that month.
    The article stays on its latest year, the story's first weekday that day or the day before."""
    _write(tmp_path, "a", "SAN JOSÉ, 4 feb (EFE).- Vargas y Chacón se disputarán la Presidencia en una segunda ronda "
                          "el 7 de abril, de acuerdo a los resultados de las elecciones del domingo.\n\nCosta Rica no "
                          "celebraba una segunda ronda presidencial desde abril de 2022. En las elecciones de febrero "
                          "de 2026, el actual presidente se impuso en primera vuelta.\n")
    now = dt.date(2030, 5, 15)
    [doc] = build_timeline([tmp_path], now=now).documents
    published = max(day for year in range(1800, now.year + 1) if (day := dt.date(year, 2, 4)) <= now
                    and (day.weekday() - 6) % 7 <= 1)
    assert (doc.earliest, doc.latest) == (published.toordinal(), published.toordinal())


def test_a_possessive_day_dates_the_event_it_names_not_what_follows_it(tmp_path):
    """'after Saturday's attack': 'after' governs the attack, whose day Saturday is."""
    _write(tmp_path, "a", "Both sides traded blame after Saturday's attack on Kiro, where five civilians died.\n")
    told = dt.date(2029, 3, 13)
    saturday = told - dt.timedelta(days=(told.weekday() - 5) % 7)
    tl = build_timeline([tmp_path], now=dt.date(2030, 1, 1), anchors={"a": told})
    [attack] = [e for e in tl.entries if e.event.kind == "attack"]
    assert (attack.when.earliest, attack.when.latest) == (saturday.toordinal(), saturday.toordinal())


def test_what_is_supposed_to_happen_lies_ahead(tmp_path):
    """'are supposed to deploy on Friday': an obligation ahead, not a past form in -ed."""
    _write(tmp_path, "a", "The first monitors are supposed to deploy in Tiroh on Friday.\n")
    told = dt.date(2029, 4, 21)
    friday = told + dt.timedelta(days=(4 - told.weekday()) % 7 or 7)
    tl = build_timeline([tmp_path], now=dt.date(2030, 1, 1), anchors={"a": told})
    [entry] = tl.entries
    assert (entry.when.earliest, entry.when.latest) == (friday.toordinal(), friday.toordinal())


def _meeting_moved_off(folder, given_up):
    """a plans the meeting for June 22; b moves it to June 29 from ``given_up``."""
    (folder / "a.txt").write_text(
        "Brightwater shareholders will vote on the deal at a special meeting on June 22, the company said.\n",
        encoding="utf-8")
    (folder / "b.txt").write_text(
        f"The special meeting, originally set for {given_up}, will now be held on June 29, Brightwater said.\n",
        encoding="utf-8")


@pytest.mark.parametrize("anchored", [True, False])
def test_a_plan_a_later_article_gives_up_is_told_apart_from_the_moved_event(tmp_path, anchored):
    """a plans the meeting for June 22; b, later, says it was originally set for June 22 and moves it
    to June 29: one meeting of both articles, on June 29, and b's plan for June 22 as an event of its
    own, marked as a plan given up (with the articles' days known or not)."""
    from chrono import build_timeline
    _meeting_moved_off(tmp_path, "June 22")
    anchors = {"a": dt.date(2027, 5, 4), "b": dt.date(2027, 6, 15)} if anchored else {}
    tl = build_timeline([tmp_path], now=dt.date(2027, 12, 1), anchors=anchors)
    [entry] = [e for e in tl.entries if e.event.kind == "meeting" and not any(m.given_up for m in e.event.mentions)]
    assert {m.document for m in entry.event.mentions} == {"a", "b"}
    [plan] = [e for e in tl.entries if any(m.given_up for m in e.event.mentions)]
    assert [m.document for m in plan.event.mentions] == ["b"] and plan.event.kind == "meeting"
    assert plan.event.summary.startswith("Meeting (plan given up): ")
    if anchored:
        assert entry.when.earliest == entry.when.latest == dt.date(2027, 6, 29).toordinal()
        assert plan.when.earliest == plan.when.latest == dt.date(2027, 6, 22).toordinal()
    june_22 = [e for e in tl.entries if e.when.latest is not None and e.when.earliest is not None
               and e.when.earliest == e.when.latest and dt.date.fromordinal(e.when.earliest).day == 22]
    assert all(e is plan for e in june_22)


def test_a_plan_given_up_by_its_postponement_no_longer_dates_the_event(tmp_path):
    """b tells the plan given up on the postponement ('The meeting, originally scheduled for 27 April,
    had been postponed by a week'), not on the meeting: a's 27 April is still the plan b gave up, so
    the meeting both tell is not dated to it; it was held on 4 May, which its range keeps."""
    from chrono import build_timeline
    _write(tmp_path, "a", "Shareholders will vote on the sale at a general meeting on Thursday 27 April, the company said.\n")
    _write(tmp_path, "b", "The meeting, originally scheduled for 27 April, had been postponed by a week after a judge "
                          "asked for more information, the company said.\n")
    tl = build_timeline([tmp_path], now=dt.date(2028, 12, 1),
                        anchors={"a": dt.date(2028, 4, 12), "b": dt.date(2028, 5, 5)})
    [meeting] = [e for e in tl.entries if e.event.kind == "meeting"]
    assert {m.document for m in meeting.event.mentions} == {"a", "b"}
    held = dt.date(2028, 5, 4).toordinal()
    assert meeting.when.earliest <= held and (meeting.when.latest is None or held <= meeting.when.latest)


def test_two_articles_that_give_up_the_same_plan_both_keep_its_day(tmp_path):
    """a and b both say the meeting was originally set for June 22 and will be held on June 29: each
    one's plan given up is that plan, on June 22, not a plan the other article moved off."""
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text(
        "The special meeting, originally set for June 22, will now be held on June 29, Brightwater said.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Brightwater's shareholder meeting, originally scheduled for June 22, will take place on June 29.\n",
        encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2027, 12, 1),
                        anchors={"a": dt.date(2027, 6, 15), "b": dt.date(2027, 6, 16)})
    plans = [e for e in tl.entries if any(m.given_up for m in e.event.mentions)]
    assert {m.document for e in plans for m in e.event.mentions} == {"a", "b"}
    assert all(e.when.earliest == e.when.latest == dt.date(2027, 6, 22).toordinal() for e in plans)


def test_a_plan_for_another_day_keeps_its_date(tmp_path):
    """b gives up June 15, not a's June 22: a's meeting keeps its day and stays its own event."""
    from chrono import build_timeline
    _meeting_moved_off(tmp_path, "June 15")
    tl = build_timeline([tmp_path], now=dt.date(2027, 12, 1),
                        anchors={"a": dt.date(2027, 5, 4), "b": dt.date(2027, 6, 1)})
    meetings = sorted((e for e in tl.entries if e.event.kind == "meeting"), key=lambda e: e.when.earliest)
    assert [(e.when.earliest, e.when.latest) for e in meetings] == [
        (dt.date(2027, 6, 15).toordinal(),) * 2, (dt.date(2027, 6, 22).toordinal(),) * 2,
        (dt.date(2027, 6, 29).toordinal(),) * 2]
    assert [all(m.given_up for m in e.event.mentions) for e in meetings] == [True, False, False]


def test_the_week_of_a_day_dates_an_event_to_that_monday_to_sunday_week(tmp_path):
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text("The two sides will resume talks the week of March 6, officials said.\n",
                                    encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2000, 12, 1), anchors={"a": dt.date(2000, 2, 24)})
    [entry] = [e for e in tl.entries if e.event.kind == "meeting"]
    day = dt.date(2000, 3, 6)
    monday = day - dt.timedelta(days=day.weekday())
    assert (entry.when.earliest, entry.when.latest) == (monday.toordinal(), (monday + dt.timedelta(days=6)).toordinal())


def _state_entry(folder, text: str, published: dt.date):
    """The one closure or evacuation of a one-sentence article published on ``published``."""
    _write(folder, "a", text + "\n")
    tl = build_timeline([folder], now=dt.date(2026, 1, 1), anchors={"a": published})
    [entry] = [e for e in tl.entries if e.event.kind in ("closure", "evacuation")]
    return entry


@pytest.mark.parametrize("text", [
    "The airport has been closed since Wednesday, the ministry said.",
    "El aeropuerto, cerrado desde el miércoles, reabrirá cuando pase la ceniza.",
    "Warga mengungsi sejak Rabu ke 23 titik pengungsian.",
])
def test_a_state_since_a_day_began_on_that_day(tmp_path, text):
    published = dt.date(2025, 3, 15)  # a Saturday
    entry = _state_entry(tmp_path, text, published)
    wednesday = published - dt.timedelta(days=(published.weekday() - 2) % 7)
    assert (entry.when.earliest, entry.when.latest) == (wednesday.toordinal(), wednesday.toordinal())


def test_the_first_of_a_kind_since_a_year_is_only_bounded_by_it(tmp_path):
    _write(tmp_path, "a", "The eruption on Tuesday was the strongest at the volcano since 1992, and the first "
                          "closure of the airport since 2019 began on Wednesday.\n")
    tl = build_timeline([tmp_path], now=dt.date(2026, 1, 1), anchors={"a": dt.date(2025, 3, 15)})
    for entry in tl.entries:
        assert entry.when.earliest is None or entry.when.earliest >= dt.date(2025, 1, 1).toordinal(), entry


@pytest.mark.parametrize("text", [
    "The port remains closed on Thursday as the strike goes on.",
    "El puerto sigue cerrado este jueves por la huelga.",
])
def test_a_state_that_goes_on_on_a_day_began_by_then_not_on_it(tmp_path, text):
    published = dt.date(2025, 10, 2)  # a Thursday
    entry = _state_entry(tmp_path, text, published)
    assert entry.when.latest == published.toordinal() and entry.when.earliest is None


def test_a_state_from_a_day_ahead_does_not_put_the_publication_on_that_day(tmp_path):
    # 'will be relocated starting Thursday': the move lies ahead; the article may be from any day of
    # the week before, not only from Thursday itself
    _write(tmp_path, "a", "Polisi periksa saksi kebakaran pasar\n\nKebakaran melanda pasar itu pada Sabtu (10/4/2027) "
                          "malam. Polisi memeriksa saksi pada Senin. Pedagang akan direlokasi ke pasar darurat itu "
                          "mulai Kamis.\n")
    tl = build_timeline([tmp_path], now=dt.date(2027, 12, 31))
    [doc] = tl.documents
    thursday = dt.date(2027, 4, 15)
    assert thursday.weekday() == 3 and doc.earliest < thursday.toordinal() <= doc.latest


def _entry_of(folder, name: str, text: str, published: dt.date, kind: str):
    """The one event of ``kind`` in a one-sentence article published on ``published``."""
    _write(folder, name, text + "\n")
    tl = build_timeline([folder], now=dt.date(2027, 1, 1), anchors={name.split(".")[0]: published})
    [entry] = [e for e in tl.entries if e.event.kind == kind]
    return entry


@pytest.mark.parametrize("name,text,kind,days", [
    ("a_en", "The ferry sank two days before Christmas, officials said.", "accident", -2),
    ("a_en", "The port reopened three days after Christmas.", "opening", 3),
    ("a_en", "Protesters marched the day after Christmas.", "protest", 1),
    ("a_es", "El ferry se hundió dos días antes de Navidad.", "accident", -2),
    ("a_es", "El puerto reabrió al día siguiente de Navidad.", "opening", 1),
    ("a_es", "Los pescadores protestaron la víspera de Navidad.", "protest", -1),
    ("a_fr", "Le port a rouvert le lendemain de Noël.", "opening", 1),
    ("a_id", "Kapal tenggelam dua hari sebelum Natal.", "accident", -2),
    ("a_id", "Pelabuhan dibuka kembali sehari setelah Natal.", "opening", 1),
])
def test_a_count_before_or_after_a_day_dates_the_event_that_far_from_it(tmp_path, name, text, kind, days):
    published = dt.date(2026, 12, 30)
    entry = _entry_of(tmp_path, name, text, published, kind)
    day = (dt.date(2026, 12, 25) + dt.timedelta(days=days)).toordinal()
    assert (entry.when.earliest, entry.when.latest) == (day, day)


@pytest.mark.parametrize("text,kind,earliest,latest", [
    # 'before' and 'after' a day only bound the event: never the day itself
    ("The minister resigned before Christmas, officials said.", "resignation", None, dt.date(2026, 12, 25)),
    ("The port reopened after December 3.", "opening", dt.date(2026, 12, 3), dt.date(2026, 12, 30)),
])
def test_before_or_after_a_day_is_a_bound(tmp_path, text, kind, earliest, latest):
    entry = _entry_of(tmp_path, "a_en", text, dt.date(2026, 12, 30), kind)
    assert entry.when.latest == latest.toordinal()
    assert entry.when.earliest == (earliest.toordinal() if earliest else None)


@pytest.mark.parametrize("name,text", [
    ("a_en", "The summit of presidents took place in Lima on December 10. Protesters marched on December 2. "
             "The ministers met the day before the summit."),
    ("a_es", "La cumbre de presidentes tuvo lugar en Lima el 10 de diciembre. Los manifestantes protestaron el "
             "2 de diciembre. Los cancilleres se reunieron la víspera de la cumbre."),
])
def test_the_day_before_an_event_counts_from_that_event_not_the_one_told_before(tmp_path, name, text):
    entry = _entry_of(tmp_path, name, text, dt.date(2026, 12, 30), "meeting")
    eve = dt.date(2026, 12, 9).toordinal()
    assert (entry.when.earliest, entry.when.latest) == (eve, eve)


def test_a_plan_for_a_yearless_day_just_gone_is_dated_that_day(tmp_path):
    # a future verb with a day a week before the publication: the plan that slipped, not next year
    (tmp_path / "a_id.txt").write_text(
        "Semula, pembagian makanan di sekolah itu dijadwalkan dimulai kembali pada 2 Oktober.\n", encoding="utf-8")
    published = dt.date(2028, 10, 9)
    tl = build_timeline([tmp_path], now=dt.date(2028, 12, 31), anchors={"a_id": published})
    [entry] = [e for e in tl.entries if e.when.earliest is not None]
    planned = dt.date(published.year, 10, 2)
    assert (published - planned).days == 7
    assert entry.when.earliest == entry.when.latest == planned.toordinal()


def test_a_past_told_by_a_dated_saying_is_done_by_the_day_it_was_said(tmp_path):
    """'Luma said Friday it had restored power': the restoring is done by Friday, not merely by the
    writing."""
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text("Luma Energy said Friday it had restored power to 95% of its customers.\n",
                                    encoding="utf-8")
    published = dt.date(2028, 10, 16)  # a Monday
    friday = published - dt.timedelta(days=(published.weekday() - 4) % 7)
    tl = build_timeline([tmp_path], now=dt.date(2028, 12, 31), anchors={"a": published})
    [entry] = [e for e in tl.entries if e.event.kind == "restoration"]
    assert entry.when.latest == friday.toordinal() and entry.when.earliest is None


def test_a_future_told_by_a_saying_of_last_week_is_ahead_of_the_saying(tmp_path):
    """'Halvorsen said last week it will buy Brightwater': the purchase may be done by the writing;
    it is only after the saying."""
    from chrono import build_timeline
    (tmp_path / "a.txt").write_text("Halvorsen Industries said last week it will buy Brightwater Appliance Co.\n",
                                    encoding="utf-8")
    published = dt.date(2028, 3, 22)  # a Wednesday
    last_monday = published - dt.timedelta(days=published.weekday() + 7)
    tl = build_timeline([tmp_path], now=dt.date(2028, 12, 31), anchors={"a": published})
    [entry] = [e for e in tl.entries if e.event.kind == "acquisition"]
    assert entry.when.earliest == last_monday.toordinal() and entry.when.latest is None


def test_a_count_forward_after_a_look_back_goes_on_from_the_storys_line(tmp_path):
    """'... recommended the offer on May 8. Shareholders had voted down the sale four days earlier. The
    regulator cleared the deal two days later': the second sentence looks back from the first, so
    'two days later' counts from May 8, not from the vote of May 4."""
    (tmp_path / "a.txt").write_text(
        "Brannock completes takeover\n\nThe board recommended the offer on May 8. Shareholders had voted "
        "down the division's sale four days earlier.\n\nThe regulator cleared the deal two days later.\n",
        encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2028, 12, 1), anchors={"a": dt.date(2028, 6, 9)})
    [cleared] = [e for e in tl.entries if any("cleared" in m.text for m in e.event.mentions)]
    recommended = dt.date(2028, 5, 8)
    assert cleared.when.earliest == cleared.when.latest == (recommended + dt.timedelta(days=2)).toordinal()


def test_hours_after_an_event_fall_on_its_day_or_the_next(tmp_path):
    """'A few hours after the eruption, the agency raised the alert': however many hours, the alert
    lies on the eruption's day or the day after; the count of hours need not be known."""
    (tmp_path / "a.txt").write_text(
        "Volcano erupts\n\nMount Wutunara erupted on Thursday, April 12, 2029, sending ash 2 km high. "
        "A few hours after the eruption, the volcanology agency raised the alert to Level IV.\n",
        encoding="utf-8")
    tl = build_timeline([tmp_path], now=dt.date(2029, 12, 1), anchors={"a": dt.date(2029, 4, 14)})
    [raised] = [e for e in tl.entries if e.event.kind == "alert"]
    erupted = dt.date(2029, 4, 12)
    assert (raised.when.earliest, raised.when.latest) == (erupted.toordinal(), (erupted + dt.timedelta(days=1)).toordinal())


def test_a_background_fact_of_one_article_gives_no_year_to_a_plan_under_a_yearless_dateline(tmp_path):
    """'Shawnee's last shutdown began on July 1, 2017', told long before its article's news, and 'Shawnee
    could close its doors on July 1' under another article's yearless dateline: joining the two would
    put that article in 2017; it stays on its latest year instead, the year of the story's news."""
    _write(tmp_path, "a", "Senate rejects budget\n\nJune 13, 2029\n\nCARROLLTON (AP) — The Shawnee Senate on Tuesday "
                          "rejected the state budget on a 19-19 tie. Shawnee's last shutdown began on July 1, 2017 and "
                          "lasted nine days.\n")
    _write(tmp_path, "b", "Governor vetoes budget\n\nCARROLLTON, Shawnee, June 23 (Reuters) - Governor Thomas Brandt "
                          "vetoed the state budget late on Friday. Shawnee could shut down its offices on July 1, the "
                          "House speaker said.\n")
    tl = build_timeline([tmp_path], now=dt.date(2029, 9, 1))
    [doc_b] = [d for d in tl.documents if d.document == "b"]
    assert dt.date.fromordinal(doc_b.earliest).year == 2029 and doc_b.earliest == doc_b.latest


def test_one_sum_of_money_names_one_signing_across_articles_and_languages(tmp_path):
    """'signed a $40.5 billion compromise' (no one named, a yearless 'July 14') and 'signed the 40.500
    millones de dólares budget on Saturday': the sum, on days that agree, names the event as a shared
    name would; the undated article is then dated by it."""
    _write(tmp_path, "a", "Presupuesto firmado\n\nCARROLLTON, 16 jul 2029 (EFE).- El gobernador Thomas Brandt firmó el "
                          "presupuesto de 40.500 millones de dólares el sábado.\n")
    _write(tmp_path, "b", "Back pay approved\n\nThe shutdown ended July 14, when the governor signed a $40.5 billion "
                          "compromise worked out at the mansion.\n")
    tl = build_timeline([tmp_path], now=dt.date(2029, 12, 1))
    saturday = dt.date(2029, 7, 16) - dt.timedelta(days=(dt.date(2029, 7, 16).weekday() - 5) % 7)
    assert saturday == dt.date(2029, 7, 14)
    [signing] = [e for e in tl.entries if e.event.kind == "signing"]
    assert {m.document for m in signing.event.mentions} == {"a", "b"}
    assert (signing.when.earliest, signing.when.latest) == (saturday.toordinal(), saturday.toordinal())


def test_a_possessive_time_of_a_noun_no_trigger_names_dates_that_noun_alone(tmp_path):
    """'partly reversed last month's emergency rate increase': last month is the increase's, so the
    reversal is not dated by it; the increase is told as an event of its own, in last month."""
    _write(tmp_path, "a", "The central bank partly reversed last month's emergency interest-rate increase on Thursday, "
                          "betting that the currency has stabilized.\n")
    told = dt.date(2028, 5, 12)
    thursday = told - dt.timedelta(days=(told.weekday() - 3) % 7)
    last_month_end = told.replace(day=1) - dt.timedelta(days=1)
    tl = build_timeline([tmp_path], now=dt.date(2029, 1, 1), anchors={"a": told})
    reversal = [e for e in tl.entries if any(m.trigger == "reversed" for m in e.event.mentions)]
    assert [(e.when.earliest, e.when.latest) for e in reversal] == [(thursday.toordinal(), thursday.toordinal())]
    increase = [e for e in tl.entries if any(m.trigger == "last month" for m in e.event.mentions)]
    assert [(e.when.earliest, e.when.latest) for e in increase] == [
        (last_month_end.replace(day=1).toordinal(), last_month_end.toordinal())]
