"""Laws of recognition and normalization, checked with hypothesis."""
from __future__ import annotations

import datetime as dt

import pytest
import regex
from dateutil.relativedelta import relativedelta
from hypothesis import given, strategies as st

from chrono import tag
from chrono.languages import available_languages
from chrono.readings import Direction, Reference, RelativeDay, Shift, Tense, Unit, Weekday
from chrono.timex.normalize import normalize
from chrono.timex.recognize import recognize

_ZONE = r"(?:Z|[+-]\d{2}(?::?\d{2})?)?"
_DURATION = r"P(?=[\dXT])(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE|Q|WE))*(?:T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+)?"
TIMEX3_VALUE = regex.compile(
    r"^(?:(?:BC)?\d{2,4}|BC\d{4}-\d{2}(?:-\d{2})?|\d{4}-(?:\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}" + _ZONE + r"|MO|AF|EV|NI))?)?|W\d{2}(?:-\d|-WE)?"
    r"|Q[1-4]|H[12]|SP|SU|FA|WI)"
    r"|XXXX-(?:\d{2}|XX)(?:-\d{2}|-XX)?(?:T\d{2}:\d{2})?|XXXX-WXX-[1-7]|XXXX-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"
    r"|" + _DURATION + r"|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2090, 12, 31))
weekdays = st.integers(0, 6)


@given(dates, weekdays)
def test_past_weekday_is_that_weekday_within_the_six_days_before(anchor, w):
    value = normalize(Weekday(weekday=w, direction=Direction.PAST), anchor).value
    d = dt.date.fromisoformat(value)
    assert d.weekday() == w and 0 <= (anchor - d).days <= 6


@given(dates, weekdays)
def test_future_weekday_is_within_the_six_days_after(anchor, w):
    d = dt.date.fromisoformat(normalize(Weekday(weekday=w, direction=Direction.FUTURE), anchor).value)
    assert d.weekday() == w and 0 <= (d - anchor).days <= 6


@given(dates, weekdays, st.sampled_from(list(Tense)), st.integers(-10, 10))
def test_shifting_the_anchor_by_a_week_shifts_weekday_readings_by_a_week(anchor, w, tense, weeks):
    shift = dt.timedelta(days=7 * weeks)
    a = dt.date.fromisoformat(normalize(Weekday(weekday=w), anchor, tense).value)
    b = dt.date.fromisoformat(normalize(Weekday(weekday=w), anchor + shift, tense).value)
    assert b - a == shift


@given(dates, st.integers(-30, 30))
def test_relative_day_is_the_anchor_plus_offset(anchor, offset):
    assert normalize(RelativeDay(offset=offset), anchor).value == (anchor + dt.timedelta(days=offset)).isoformat()


@pytest.mark.parametrize("amount,value", [(-1985, "0005"), (-1991, "PAST_REF"), (-5000, "PAST_REF")])
def test_a_shift_far_back_keeps_four_digits_or_says_the_past(amount, value):
    """'1985 years ago' from 1990 is the year 5, written 0005; before year 1 no calendar date exists."""
    assert normalize(Shift(unit=Unit.YEAR, amount=amount), dt.date(1990, 5, 1)).value == value


@pytest.mark.parametrize("text", ["August 1991 years ago", "In 2019 the fire started 2025 years earlier"])
def test_years_counted_back_from_a_month_or_a_year_told_never_fall_before_year_one(text):
    """Hypothesis found 'August 1991 years ago' (from 1991) written '-001-08'."""
    for e in tag(text, dct=dt.date(1991, 1, 1), lang="en"):
        assert not e.timex.value.startswith("-"), (e.text, e.timex)


WORDS = st.sampled_from(["on", "Tuesday", "last", "week", "in", "August", "2024", "late", "October", "ago", "two",
                         "days", "more", "than", "years", "now", "Selasa", "pada", "8", "Oct.", "13:00", "the",
                         "quarter", "third", "may", "We", "one-on-one", "1991", "since", "yesterday", "/", "-", ","])


@given(st.lists(WORDS, max_size=12).map(" ".join), dates, st.sampled_from(["en", "id"]))
def test_tagging_never_raises_and_values_follow_the_timex3_grammar(text, anchor, lang):
    for e in tag(text, dct=anchor, lang=lang):
        assert 0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.text
        assert TIMEX3_VALUE.match(e.timex.value), (text, e.text, e.timex)


@given(st.text(max_size=200), dates)
def test_tagging_arbitrary_text_never_raises(text, anchor):
    for e in tag(text, dct=anchor, lang="en"):
        assert TIMEX3_VALUE.match(e.timex.value), (text, e.timex)


@given(st.text(alphabet=st.sampled_from(list("0123456789 /.-:,()aeiouyrstnlmdkAEOUMTSéäöüñçабвгдеорнт")), max_size=120),
       dates, st.sampled_from(available_languages()))
def test_every_language_tags_arbitrary_text_within_the_grammar(text, anchor, lang):
    for e in tag(text, dct=anchor, lang=lang):
        assert text[e.start:e.end] == e.text
        assert TIMEX3_VALUE.match(e.timex.value), (lang, text, e.text, e.timex)


@pytest.mark.parametrize("lang,expression", [
    ("en", "more than two and a half years ago"),
    ("de", "vor mehr als fünfundzwanzig Jahren"),
    ("es", "la madrugada del pasado domingo"),
    ("es", "el 5 de marzo del año pasado"),
    ("fr", "le 5 mars de l'an dernier"),
    ("ru", "вторник на прошлой неделе"),
])
def test_the_longest_forms_are_found_whole_inside_the_anchor_windows(lang, expression):
    """Rules run only in windows around anchor words (recognize.WINDOW): the longest forms still fit."""
    found = recognize(f"Ocurrió {expression}, dijeron.", lang)
    assert expression in [e.text for e in found]


@given(dates, st.integers(0, 20))
def test_half_a_year_more_back_is_counted_in_months(anchor, years):
    """'two and a half years ago' is 30 months back, never a rounded count of years."""
    value = normalize(Shift(unit=Unit.YEAR, amount=-(years + 0.5), reference=Reference.DCT), anchor).value
    assert value == f"{(anchor - relativedelta(months=12 * years + 6)).year:04d}"


@pytest.mark.parametrize("text", ["Встреча прошла в полдень.", "Суд закрылся до полудня.", "Жара спала после полудня."])
def test_noon_in_russian_is_not_half_a_day(text):
    """'полдень' (noon) is 'пол' + 'день' in letters only: no half-day duration is read in it."""
    assert not [t for t in tag(text, dt.date(2024, 10, 8), lang="ru") if t.timex and t.timex.type == "DURATION"]


@pytest.mark.parametrize("lang,text,span", [
    ("en", "It could be lifted in the second half of April 2024.", "the second half of April 2024"),
    ("es", "Se levantará en la segunda quincena del mes de abril de 2024.", "la segunda quincena del mes de abril de 2024"),
    ("id", "Status itu dicabut pada paruh kedua bulan April 2024.", "paruh kedua bulan April 2024"),
])
def test_a_half_of_a_month_is_one_expression_not_a_half_year_and_a_month(lang, text, span):
    found = tag(text, dct=dt.date(2024, 10, 8), lang=lang)
    assert [(e.text, e.timex.value, e.timex.mod) for e in found] == [(span, "2024-04", "END")]


@pytest.mark.parametrize("lang,text,span", [
    ("es", "La obra terminará a finales del mes de mayo.", "finales del mes de mayo"),
    ("fr", "Les travaux finiront à la fin du mois de mai.", "la fin du mois de mai"),
    ("id", "Proyek itu rampung akhir bulan Mei.", "akhir bulan Mei"),
])
def test_the_part_of_a_named_month_is_not_the_part_of_the_current_month(lang, text, span):
    # 'a finales del mes de mayo' read as 'the end of this month' plus 'May' gave October's end
    found = tag(text, dct=dt.date(2024, 10, 8), lang=lang)
    assert [(e.text, e.timex.mod) for e in found] == [(span, "END")]
    assert found[0].timex.value.endswith("-05")
