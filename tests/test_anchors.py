"""Publication evidence: --anchor beats metadata beats a dateline; bad metadata is reported."""
from __future__ import annotations

import datetime as dt

import hypothesis
import hypothesis.strategies as st
import pytest

from chrono.anchors import find_anchors, find_dateline, parse_date
from chrono.model import AnchorSource, Document


def _doc(text, doc_id="d", metadata=()):
    return Document(id=doc_id, path=f"{doc_id}.txt", text=text, language="en", metadata=metadata)


def test_dateline_date_in_first_line():
    doc = _doc(" date 2024-10-08 8 Oct. 13:00 (UTC+3 MSK)\n\nThe meeting has begun.")
    anchors, problems = find_anchors((doc,))
    assert anchors[0].source is AnchorSource.DATELINE
    assert anchors[0].day == dt.date(2024, 10, 8).toordinal()
    assert problems == []


def test_wire_dateline_with_date():
    doc = _doc("PARIS, October 8, 2024 (Reuters) - Ministers met on Tuesday.")
    anchors, _ = find_anchors((doc,))
    assert anchors[0].day == dt.date(2024, 10, 8).toordinal()
    assert find_dateline(doc).place == "PARIS" and find_dateline(doc).agency == "Reuters"


def test_no_date_no_anchor_but_place():
    doc = _doc("MOSCOW (AA) - Relations are growing stronger, Putin said on Tuesday.")
    anchors, _ = find_anchors((doc,))
    assert anchors == []
    assert find_dateline(doc).place == "MOSCOW"


def test_cli_beats_metadata_beats_dateline():
    meta = (("date", "2024-10-09"),)
    doc = _doc("date 2024-10-08\nText.", metadata=meta)
    anchors, _ = find_anchors((doc,))
    assert anchors[0].source is AnchorSource.METADATA and anchors[0].day == dt.date(2024, 10, 9).toordinal()
    anchors, _ = find_anchors((doc,), {"d": dt.date(2024, 10, 10)})
    assert anchors[0].source is AnchorSource.CLI and anchors[0].day == dt.date(2024, 10, 10).toordinal()


def test_malformed_metadata_is_reported_and_ignored():
    doc = _doc("Text.", metadata=(("date", "sometime soon"),))
    anchors, problems = find_anchors((doc,))
    assert anchors == []
    assert "not a date" in problems[0].message


def test_unknown_anchor_document_is_reported():
    _, problems = find_anchors((_doc("Text."),), {"missing": dt.date(2024, 1, 1)})
    assert "not in the corpus" in problems[0].message


def test_parse_date_formats():
    assert parse_date("2024-10-08T13:00:00Z") == dt.date(2024, 10, 8)
    assert parse_date("8 October 2024") == dt.date(2024, 10, 8)
    assert parse_date("October 2024") is None


@pytest.mark.parametrize("language,text,month_day,place,agency", [
    # a dateline without a year gives the day and month only
    ("es", "Yakarta, 12 mar (EFE).- El volcán entró en erupción el martes por la noche.", (3, 12), "Yakarta", "EFE"),
    # the Russian wire form, the agency between slashes
    ("ru", "МОСКВА, 8 октября. /ТАСС/. Президент провел во вторник переговоры.", (10, 8), "МОСКВА", "ТАСС"),
])
def test_dateline_without_year_gives_day_and_month(language, text, month_day, place, agency):
    doc = Document(id="d", path="d.txt", language=language, text=text)
    anchors, _ = find_anchors((doc,))
    assert anchors[0].day is None and (anchors[0].month, anchors[0].day_of_month) == month_day
    assert find_dateline(doc).place == place and find_dateline(doc).agency == agency


def test_slashes_later_in_a_sentence_are_no_dateline():
    doc = _doc("Sales rose 5%, the company said. Its and/or clause was dropped.")
    assert find_dateline(doc) is None


@pytest.mark.parametrize("text,place,agency", [
    ("Headline\n\nJAKARTA — Authorities in Batang Seruni have extended the emergency.", "JAKARTA", ""),
    ("Headline\n\nMUARA SERUNI, KOMPAS.com - Menteri Sosial mengunjungi posko.", "MUARA SERUNI", "KOMPAS.com"),
    ("Headline\n\nMuara Seruni - Warga Desa Teluk Pandan masih sibuk.", "Muara Seruni", ""),
    ("Titular\n\nPuerto Belén (Chile), 23 sep (EFE).- Los estibadores aprobaron la huelga.", "Puerto Belén", "EFE"),
    ("Huaraz.- Una réplica de magnitud 5,2 volvió a sembrar el pánico este miércoles.", "Huaraz", ""),
    ("Titular\n\nVALPARAÍSO, 26 de mayo de 2028.– La Corte declaró ayer ilegal el bloqueo.", "VALPARAÍSO", ""),
])
def test_dash_and_bracketed_country_datelines(text, place, agency):
    found = find_dateline(_doc(text))
    assert (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("language,text,month_day", [
    ("en", "Crestline CEO resigns\n\nApril 24 (Reuters) - Crestline's chief executive resigned on Monday.", (4, 24)),
    ("es", "Titular\n\n24 abr (EFE).- El ministro dimitió el lunes.", (4, 24)),
])
def test_a_wire_dateline_may_give_its_date_without_a_place(language, text, month_day):
    doc = Document(id="d", path="d.txt", text=text, language=language)
    [anchor], _ = find_anchors((doc,))
    assert (anchor.month, anchor.day_of_month, anchor.source) == (*month_day, AnchorSource.DATELINE)
    assert find_dateline(doc).place == ""


def test_a_headline_with_a_dash_is_no_dateline():
    assert find_dateline(_doc("Putin - Aliyev talks in Baku\n\nThe two presidents met.")) is None


def test_a_dash_dateline_with_a_date_anchors_the_article():
    anchors, _ = find_anchors((_doc("Headline\n\nCOLUMBUS, Ohio, Oct. 1 — The head of the company apologized."),))
    assert (anchors[0].month, anchors[0].day_of_month) == (10, 1)
    anchors, _ = find_anchors((_doc("Headline\n\nCARROW FALLS, Ohio, Sept. 17, 2026 — The company recalled."),))
    assert anchors[0].day == dt.date(2026, 9, 17).toordinal()


@pytest.mark.parametrize("lang,text", [
    ("es", "Posadas (Argentina), 9 mar (EFE).- El gobernador declaró este jueves la emergencia sanitaria.\n\n"
           "En lo que va de 2028, el Ministerio de Salud contabiliza casos de dengue en diez provincias."),
    ("en", "POSADAS, Argentina, March 9 (Reuters) - The governor declared a health emergency on Thursday.\n\n"
           "So far in 2028, the ministry has counted dengue cases in ten provinces."),
])
def test_a_count_so_far_in_a_year_puts_the_writing_in_that_year(tmp_path, lang, text):
    import chrono
    (tmp_path / f"a_{lang}.txt").write_text(text, encoding="utf-8")
    tl = chrono.build_timeline([tmp_path], now=dt.date(2029, 12, 31))
    doc = tl.documents[0]
    assert (doc.earliest, doc.latest) == (dt.date(2028, 3, 9).toordinal(),) * 2


@pytest.mark.parametrize("text,expected", [
    # the headline's date is the launch's, the dateline's the article's
    ("Sable sets Sept. 14 launch for radar satellite\n\nHALIFAX, Nova Scotia, Sept 8 (Reuters) - Sable announced "
     "a launch window on Friday.", (None, 9, 8)),
    ("Vote set for Feb. 14, 2029 in the province\n\nJAKARTA (Reuters) - The commission set the vote on Tuesday.",
     None),
    # a first line that holds little but its date is a date line
    ("Published: Monday, 8 October 2024\n\nThe meeting has begun.", (dt.date(2024, 10, 8).toordinal(), None, None)),
    # so is one under a byline, above the first paragraph; not one in the paragraphs
    ("Ferry service begins\n\nBy Megan Sorensen\nCourier staff writer\nMarch 13, 2028\n\nAbout 40 commuters "
     "boarded the first ferry.", (dt.date(2028, 3, 13).toordinal(), None, None)),
    ("Ferry service begins\n\nAbout 40 commuters, many of them clutching coffee cups against the morning chill, "
     "boarded the first passenger ferry across the river this morning.\nMarch 13, 2028\n\nRides are free.", None),
])
def test_only_a_dateline_or_a_date_line_dates_the_article(text, expected):
    anchors, _ = find_anchors((_doc(text),))
    got = (anchors[0].day, anchors[0].month, anchors[0].day_of_month) if anchors else None
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # a date line under a masthead
    ("EL HERALDO | Política\nMiércoles 8 de marzo de 2028\n\nAplazan la votación\n\nLa Legislatura aplazó ayer "
     "la votación.", dt.date(2028, 3, 8)),
    # the full date of a dash dateline written right after its period
    ("Titular\n\nVALPARAÍSO, 26 de mayo de 2028.– La Corte declaró ayer ilegal el bloqueo.", dt.date(2028, 5, 26)),
])
def test_spanish_date_lines_date_the_article(text, expected):
    [anchor], _ = find_anchors((Document(id="d", path="d.txt", text=text, language="es"),))
    assert (anchor.day, anchor.source) == (expected.toordinal(), AnchorSource.DATELINE)


def _yearless(text, language="en"):
    from chrono.timex.recognize import recognize
    doc = Document(id="d", path="d.txt", language=language, text=text)
    [anchor], _ = find_anchors((doc,))
    return anchor, recognize(text, language)


def _instances(month, day, years):
    from chrono.dayset import DaySet
    return DaySet.from_days(dt.date(y, month, day).toordinal() for y in years)


@pytest.mark.parametrize("language,text,weekday", [
    ("en", "LAUNCH SITE, Sept 8 (Reuters) - The company on Thursday announced a new launch date.", 3),
    ("es", "Yakarta, 8 sep (EFE).- El volcán entró en erupción el jueves por la noche.", 3),
    ("es", "Lima, 8 sep (EFE).- El ministro recorrió este jueves las zonas afectadas.", 3),
])
def test_a_yearless_dateline_is_read_in_the_latest_year_its_first_weekday_agrees_with(language, text, weekday):
    """Wire copy tells the news of its day or the day before first: of the years left, the latest 8
    September that is that weekday or the day after it."""
    from chrono.anchors import latest_year
    anchor, expressions = _yearless(text, language)
    years = range(2020, 2030)
    expected = max(dt.date(y, 9, 8) for y in years if (dt.date(y, 9, 8).weekday() - weekday) % 7 <= 1)
    assert expected.year < 2029  # the latest year itself disagrees: the weekday decides
    assert latest_year(anchor, _instances(9, 8, years), expressions) == expected.toordinal()


def test_a_yearless_dateline_with_no_weekday_or_none_agreeing_takes_the_latest_year():
    from chrono.anchors import latest_year
    anchor, expressions = _yearless("PARIS, Sept 8 (Reuters) - Ministers will meet next Monday.")
    assert latest_year(anchor, _instances(9, 8, [2021, 2025, 2027]), expressions) == dt.date(2027, 9, 8).toordinal()
    anchor, expressions = _yearless("PARIS, Sept 8 (Reuters) - Ministers met on Sunday.")
    disagreeing = [y for y in range(2020, 2030) if (dt.date(y, 9, 8).weekday() - 6) % 7 > 1][-2:]
    assert latest_year(anchor, _instances(9, 8, disagreeing), expressions) == dt.date(disagreeing[-1], 9, 8).toordinal()


def test_no_year_is_chosen_where_the_articles_left_one_or_the_dateline_has_its_year():
    from chrono.anchors import latest_year
    anchor, expressions = _yearless("PARIS, Sept 8 (Reuters) - Ministers met on Tuesday.")
    assert latest_year(anchor, _instances(9, 8, [2026]), expressions) is None
    from chrono.dayset import DaySet
    wide = DaySet.range(dt.date(2025, 9, 8).toordinal(), dt.date(2026, 9, 8).toordinal())
    assert latest_year(anchor, wide, expressions) is None  # not the dateline's day alone: it lost a conflict
    [dated], _ = find_anchors((_doc("PARIS, Sept 8, 2026 (Reuters) - Ministers met on Tuesday."),))
    assert latest_year(dated, _instances(9, 8, [2020, 2026]), expressions) is None


@hypothesis.given(years=st.sets(st.integers(1900, 2100), min_size=2, max_size=12), weekday=st.integers(0, 6))
def test_the_year_read_is_the_latest_that_agrees_or_the_latest_when_none_does(years, weekday):
    from chrono.anchors import latest_year
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    anchor, expressions = _yearless(f"PARIS, March 7 (Reuters) - Ministers met on {names[weekday]}.")
    chosen = dt.date.fromordinal(latest_year(anchor, _instances(3, 7, years), expressions))
    agrees = [y for y in years if (dt.date(y, 3, 7).weekday() - weekday) % 7 <= 1]
    assert chosen.year == (max(agrees) if agrees else max(years))


@pytest.mark.parametrize("text", [
    "LIMA, Sept 8 (Reuters) - The minister resigned yesterday; on Sunday two protesters had died.",
    "LIMA, Sept 8 (Reuters) - The minister resigned on Sept. 7; on Sunday two protesters had died.",
])
def test_a_weekday_after_the_first_day_the_story_names_chooses_no_year(text):
    """Only the first day a story names is its news: 'yesterday' or a date before a weekday leaves
    every year the articles allow, and the latest of them is read."""
    from chrono.anchors import latest_year
    anchor, expressions = _yearless(text)
    years = range(2020, 2030)
    assert latest_year(anchor, _instances(9, 8, years), expressions) == dt.date(2029, 9, 8).toordinal()


@pytest.mark.parametrize("language,text,place", [
    ("es", "Titular\n\nSantiago de Chile, 10 jun (EFE).- Los portuarios ratificaron ayer el preacuerdo.",
     "Santiago de Chile"),
    ("en", "Headline\n\nRIO DE JANEIRO, June 10 (Reuters) - Dockworkers ratified the deal on Friday.", "RIO DE JANEIRO"),
])
def test_a_dateline_place_may_hold_the_languages_name_connectors(language, text, place):
    doc = Document(id="d", path="d.txt", text=text, language=language)
    [anchor], _ = find_anchors((doc,))
    assert find_dateline(doc).place == place and (anchor.month, anchor.day_of_month) == (6, 10)
