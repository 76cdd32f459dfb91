"""Readings become constraints; solved against a known publication day they give the day the words mean."""
from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from chrono.constraints import Builder, min_days, reading_constraints
from chrono.dayset import DaySet
from chrono.readings import Calendar, Direction, Holiday, Part, PartOf, Quarter, RelativeDay, RelativeUnit, Shift, Tense, Unit, Weekday
from chrono.reason import Because, Network
from chrono.timex.normalize import normalize

HORIZON = (dt.date(1800, 1, 1).toordinal(), dt.date(2076, 12, 31).toordinal())
PUB = dt.date(2024, 10, 8)  # a Tuesday


def solve(reading, tense=Tense.PRESENT, pub=PUB):
    b = Builder(HORIZON)
    assert reading_constraints(b, reading, tense, "e", "p", 0.9, "k", Because())
    net = Network(HORIZON)
    net.add_unary("p", DaySet.single(pub.toordinal()), weight=1.0, key="pub")
    for c in b.constraints:
        net.add(c)
    d = net.solve().domain("e")
    return dt.date.fromordinal(d.min), dt.date.fromordinal(d.max), d.count


@pytest.mark.parametrize("reading,tense,expected", [
    (Weekday(weekday=1), Tense.PAST, (PUB, PUB)),
    (Weekday(weekday=0), Tense.PAST, (PUB - dt.timedelta(days=1),) * 2),
    (Weekday(weekday=4), Tense.FUTURE, (PUB + dt.timedelta(days=(4 - PUB.weekday()) % 7),) * 2),
    (Weekday(weekday=1, later=True), Tense.FUTURE, (PUB, PUB)),
    (RelativeDay(offset=-1), Tense.PAST, (PUB - dt.timedelta(days=1),) * 2),
    (Calendar(month=8), Tense.PAST, (dt.date(2024, 8, 1), dt.date(2024, 8, 31))),
    (Calendar(month=8), Tense.PRESENT, (dt.date(2024, 8, 1), dt.date(2024, 8, 31))),
    (Calendar(month=11), Tense.FUTURE, (dt.date(2024, 11, 1), dt.date(2024, 11, 30))),
    (Calendar(year=2022, month=2), Tense.PAST, (dt.date(2022, 2, 1), dt.date(2022, 2, 28))),
    (PartOf(part=Part.LATE, base=Calendar(month=10)), Tense.FUTURE, (dt.date(2024, 10, 21), dt.date(2024, 10, 31))),
    # 'the second half of April 2024', 'la primera quincena de noviembre': a month's halves split at the 15th
    (PartOf(part=Part.SECOND_HALF, base=Calendar(year=2024, month=4)), Tense.PAST, (dt.date(2024, 4, 16), dt.date(2024, 4, 30))),
    (PartOf(part=Part.FIRST_HALF, base=Calendar(month=11)), Tense.FUTURE, (dt.date(2024, 11, 1), dt.date(2024, 11, 15))),
    (PartOf(part=Part.SECOND_HALF, base=Calendar(year=2024, month=2)), Tense.PAST, (dt.date(2024, 2, 16), dt.date(2024, 2, 29))),
    (Quarter(quarter=3, year=2024), Tense.PAST, (dt.date(2024, 7, 1), dt.date(2024, 9, 30))),
    (Shift(unit=Unit.DAY, amount=-3), Tense.PAST, (PUB - dt.timedelta(days=3),) * 2),
    (Holiday(month=12, day=25), Tense.FUTURE, (dt.date(2024, 12, 25),) * 2),
    (Holiday(month=11, nth=4, weekday=3), Tense.FUTURE, (dt.date(2024, 11, 28),) * 2),
])
def test_reading_solved_against_a_known_publication_day(reading, tense, expected):
    lo, hi, _ = solve(reading, tense)
    assert (lo, hi) == expected


def test_a_bare_month_without_a_known_date_is_a_pattern_not_a_date():
    b = Builder(HORIZON)
    reading_constraints(b, Calendar(month=8, direction=Direction.PAST), Tense.PAST, "e", "p", 0.9, "k", Because())
    net = Network(HORIZON)
    for c in b.constraints:
        net.add(c)
    d = net.solve().domain("e")
    assert all(dt.date.fromordinal(x).month == 8 for x in list(d)[:200])


@pytest.mark.parametrize("amount,unit", [(1, Unit.YEAR), (2, Unit.YEAR), (3, Unit.MONTH), (2, Unit.WEEK)])
def test_min_days_is_a_true_lower_bound(amount, unit):
    start = dt.date(2020, 1, 1)
    for offset in range(0, 800, 7):
        a = start + dt.timedelta(days=offset)
        if unit is Unit.YEAR:
            b = a.replace(year=a.year + amount) if not (a.month == 2 and a.day == 29) else a.replace(year=a.year + amount, day=28)
        elif unit is Unit.MONTH:
            y, m = divmod(a.month - 1 + amount, 12)
            b = dt.date(a.year + y, m + 1, min(a.day, 28))
        else:
            b = a + dt.timedelta(weeks=amount)
        assert min_days(amount, unit) <= (b - a).days


def test_a_weekday_beside_a_day_and_month_keeps_only_matching_years():
    b = Builder(HORIZON)
    reading_constraints(b, Calendar(month=10, day=26, weekday=0), Tense.PAST, "e", "p", 0.9, "k", Because())
    net = Network(HORIZON)
    for c in b.constraints:
        net.add(c)
    days = list(net.solve().domain("e"))
    assert days and all(dt.date.fromordinal(x).weekday() == 0 and (dt.date.fromordinal(x).month, dt.date.fromordinal(x).day) == (10, 26) for x in days)
    assert dt.date(1998, 10, 26).toordinal() in days and dt.date(1997, 10, 26).toordinal() not in days


def _timeline(tmp_path, text, date="2026-06-24", lang=None):
    import chrono

    language = f"language: {lang}\n" if lang else ""
    (tmp_path / "a.txt").write_text(f"date: {date}\n{language}\n{text}", encoding="utf-8")
    return chrono.build_timeline([tmp_path], now=dt.date(2026, 11, 22))


def _when(tl, trigger):
    entry = next(e for e in tl.entries if any(m.trigger == trigger for m in e.event.mentions))
    return dt.date.fromordinal(entry.when.earliest), dt.date.fromordinal(entry.when.latest)


def test_a_month_after_links_two_events(tmp_path):
    tl = _timeline(tmp_path, "The president arrived in Astana on Monday for a visit, a month after the two leaders signed a treaty.")
    arrived = _when(tl, "arrived")
    assert arrived == (dt.date(2026, 6, 22), dt.date(2026, 6, 22))
    lo, hi = _when(tl, "signed")
    assert lo <= dt.date(2026, 5, 22) <= hi and (arrived[0] - hi).days >= 23 and (arrived[0] - lo).days <= 36


def test_two_days_later_counts_from_the_previous_dated_event(tmp_path):
    tl = _timeline(tmp_path, "The vote count ended on 16 September 2025. Two days later, the loser conceded defeat.")
    assert _when(tl, "conceded defeat") == (dt.date(2025, 9, 18), dt.date(2025, 9, 18))


def test_two_days_later_counts_from_the_sentence_just_told_not_from_an_older_date(tmp_path):
    # the launch of the sentence before is undated; 'yesterday' dates another event further back
    tl = _timeline(tmp_path, "Engineers completed the final checks of the satellite yesterday. The satellite sent its "
                   "first signal about 90 minutes after the launch. Two days later the company opened a second ground "
                   "station in Norway.")
    opened = next(e for e in tl.entries if e.event.mentions[0].trigger == "opened")
    assert opened.when.earliest is None  # not 'yesterday' + 2 days: the launch it counts from is undated


def test_a_count_from_a_date_of_its_own_sentence_does_not_reach_back_to_the_sentence_before(tmp_path):
    tl = _timeline(tmp_path, "If the investigation proves there were violations, we will revoke the permit, he said. "
                   "The company obtained its permit in 2018 and began mining a year later.")
    investigation = next(e for e in tl.entries if e.event.mentions[0].trigger == "investigation")
    assert investigation.when.earliest is None or dt.date.fromordinal(investigation.when.earliest).year >= 2026


def test_a_date_on_the_triggers_side_of_a_comma_governs_it(tmp_path):
    tl = _timeline(tmp_path, "Four miners were pulled out alive last Wednesday, and another was rescued in the early "
                   "hours of Friday.")
    assert _when(tl, "was rescued") == (dt.date(2026, 6, 19), dt.date(2026, 6, 19))


def test_a_state_since_a_day_began_that_day_whatever_year_stands_before(tmp_path):
    tl = _timeline(tmp_path, "The council voted on Thursday to repair the Harmon Street Bridge, a 1962 steel span "
                   "that has been closed since March 7.")
    assert _when(tl, "closed") == (dt.date(2026, 3, 7), dt.date(2026, 3, 7))


@pytest.mark.parametrize("text,trigger,inside,outside", [
    # 'more than': at least that far back; 'nearly': no farther back
    ("The bridge opened more than six decades ago.", "opened", dt.date(1962, 6, 1), dt.date(1966, 6, 1)),
    ("The plant was renovated nearly two decades ago.", "renovated", dt.date(2009, 6, 1), dt.date(2005, 6, 1)),
    ("The company was founded about ten years ago.", "founded", dt.date(2016, 6, 1), dt.date(2012, 6, 1)),
])
def test_more_than_and_nearly_bound_a_count_back(tmp_path, text, trigger, inside, outside):
    lo, hi = _when(_timeline(tmp_path, text, date="2026-03-07"), trigger)
    assert lo <= inside <= hi and not lo <= outside <= hi


SUNDAY = PUB + dt.timedelta(days=6 - PUB.weekday())
FRIDAY = PUB + dt.timedelta(days=4 - PUB.weekday())


@pytest.mark.parametrize("reading,pub,expected", [
    (RelativeUnit(unit=Unit.MONTH, offset=-1), PUB, (dt.date(2024, 9, 1), dt.date(2024, 9, 30))),
    (RelativeUnit(unit=Unit.YEAR, offset=1), PUB, (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    # 'last week' on a weekday is the calendar week before; on a weekend also the seven days before
    (RelativeUnit(unit=Unit.WEEK, offset=-1), PUB, (dt.date(2024, 9, 30), dt.date(2024, 10, 6))),
    (RelativeUnit(unit=Unit.WEEK, offset=-1), FRIDAY, (dt.date(2024, 9, 30), dt.date(2024, 10, 6))),
    (RelativeUnit(unit=Unit.WEEK, offset=-1), SUNDAY, (dt.date(2024, 9, 30), dt.date(2024, 10, 12))),
    (RelativeUnit(unit=Unit.WEEK, offset=1), FRIDAY, (dt.date(2024, 10, 14), dt.date(2024, 10, 20))),
    (RelativeUnit(unit=Unit.WEEK, offset=1), SUNDAY - dt.timedelta(days=1), (dt.date(2024, 10, 13), dt.date(2024, 10, 20))),
    (RelativeUnit(unit=Unit.QUARTER, offset=0), PUB, (dt.date(2024, 10, 1), dt.date(2024, 12, 31))),
])
def test_calendar_units_are_exact_when_the_publication_day_is_known(reading, pub, expected):
    b = Builder(HORIZON, {"p": pub.toordinal()})
    assert reading_constraints(b, reading, Tense.PAST, "e", "p", 0.9, "k", Because())
    net = Network(HORIZON)
    for c in b.constraints:
        net.add(c)
    d = net.solve().domain("e")
    assert (dt.date.fromordinal(d.min), dt.date.fromordinal(d.max)) == expected


def test_a_second_date_far_from_the_trigger_does_not_constrain_it(tmp_path):
    import chrono

    (tmp_path / "a.txt").write_text("He has served as acting regent since February in the regency, which was "
                                    "established in 2008.", encoding="utf-8")
    tl = chrono.build_timeline([tmp_path], now=dt.date(2026, 11, 22))
    assert _when(tl, "established") == (dt.date(2008, 1, 1), dt.date(2008, 12, 31))
    # 'since February' must not drag the undated article back to 2008-2009
    assert tl.documents[0].latest == dt.date(2026, 11, 22).toordinal()


def test_a_pattern_near_a_known_publication_is_one_grounded_constraint():
    """'February 10' told by an anchored article: the very day, not every 10 February of the horizon
    (a bound resting on a pattern spread over the horizon would not count as grounded)."""
    from chrono.constraints import Builder, reading_constraints
    from chrono.readings import Calendar, Tense
    from chrono import calendar as cal
    pub = cal.day(2025, 3, 17)
    b = Builder((cal.day(1800, 1, 1), cal.day(2076, 12, 31)), {"p:d": pub})
    assert reading_constraints(b, Calendar(month=2, day=10), Tense.PAST, "e", "p:d", 0.9, "k", None)
    days = [c for c in b.constraints if c.key == "k:days"]
    assert len(days) == 1 and list(days[0].days) == [cal.day(2025, 2, 10)]
    assert not [c for c in b.constraints if c.key == "k:window"]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2070, 12, 31)), st.integers(0, 6), st.integers(-3, 3))
def test_a_weekday_of_a_named_week_is_one_day_and_the_tagger_agrees(pub, w, weeks):
    reading = Weekday(weekday=w, week_offset=weeks)
    lo, hi, count = solve(reading, Tense.PRESENT, pub)
    assert count == 1 and lo.weekday() == w
    # the day lies in the Monday-to-Sunday week ``weeks`` weeks from the publication's
    monday = pub - dt.timedelta(days=pub.weekday())
    assert (lo - monday).days // 7 == weeks
    assert normalize(reading, pub).value == lo.isoformat()


def _days_with_publication(reading, pub, known):
    """The event's days once the publication is fixed in the network; ``known`` also tells the
    builder (one grounded constraint) rather than leaving it a difference window."""
    b = Builder(HORIZON, known={"p": pub.toordinal()} if known else None)
    assert reading_constraints(b, reading, Tense.PRESENT, "e", "p", 0.9, "k", Because())
    net = Network(HORIZON)
    net.add_unary("p", DaySet.single(pub.toordinal()), weight=1.0, key="pub")
    for c in b.constraints:
        net.add(c)
    return net.solve().domain("e")


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31)), st.integers(1, 12),
       st.integers(-1, 1), st.booleans())
def test_a_month_of_a_named_year_holds_that_month_and_the_tagger_agrees(pub, month, years, known):
    """'June last year': June of the publication's year minus one, whatever the day of publication."""
    reading = Calendar(month=month, year_offset=years)
    days = _days_with_publication(reading, pub, known)
    first = dt.date(pub.year + years, month, 1)
    last = dt.date(pub.year + years, month, calendar.monthrange(pub.year + years, month)[1])
    assert days.min <= first.toordinal() and last.toordinal() <= days.max  # sound
    if known:
        assert (days.min, days.max, days.count) == (first.toordinal(), last.toordinal(), (last - first).days + 1)
    else:  # a difference window is looser, but never reaches a third instance of the month
        assert days.max - days.min < 2 * 366
    assert normalize(reading, pub).value == f"{first.year:04d}-{month:02d}"


def test_a_day_a_few_words_past_a_since_bound_still_dates_the_event():
    """'su mayor erupción desde 1992': the bound is nearer the trigger, but the weekday is the day."""
    from chrono.constraints import _governing
    from chrono.events.detect import detect_events
    from chrono.model import Document
    from chrono.timex.recognize import recognize
    text = "El volcán registró el martes de la semana pasada su mayor erupción desde 1992."
    doc = Document(id="d", path="d.txt", text=text, language="es")
    [m] = [m for m in detect_events(doc, recognize(text, "es")) if m.kind == "eruption"]
    assert [e.text for e in _governing(m)] == ["martes de la semana pasada", "1992"]


@pytest.mark.parametrize("lang, text, trigger, dates", [
    ("id", "Serikat buruh mendaftarkan uji materi Undang-Undang Nomor 4 Tahun 2028 tentang Ketenagakerjaan "
           "ke Mahkamah Konstitusi hari ini, Senin, 10 April 2028.", "mendaftarkan", ["hari ini", "Senin, 10 April 2028"]),
    ("en", "The unions filed a petition for a judicial review of Law Number 4 of 2028 on Manpower with the "
           "Constitutional Court today, Monday, April 10, 2028.", "filed", ["today", "Monday, April 10, 2028"]),
    ("es", "El sindicato presentó una demanda contra la Ley número 4 de 2028 ante la Corte Constitucional el "
           "lunes 10 de abril de 2028.", "presentó una demanda", ["lunes 10 de abril de 2028"]),
    ("id", "Tersangka dijerat Pasal 302 Undang-Undang Nomor 17 Tahun 2008 tentang Pelayaran.", "dijerat", ["Tahun 2008"]),
])
def test_a_statutes_year_yields_to_the_sentences_own_day(lang, text, trigger, dates):
    """'Undang-Undang Nomor 4 Tahun 2028', 'Law Number 4 of 2028': the year names the statute and
    dates its making, not the filing of the sentence; it is nearest, but the sentence's own day
    dates the trigger.  Alone in its sentence, the year still dates what the sentence tells."""
    from chrono.constraints import _governing
    from chrono.events.detect import detect_events
    from chrono.model import Document
    from chrono.timex.recognize import recognize
    doc = Document(id="d", path="d.txt", text=text, language=lang)
    [m] = [m for m in detect_events(doc, recognize(text, lang)) if m.trigger == trigger]
    assert [e.text for e in _governing(m)] == dates


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2070, 12, 31)), st.integers(1, 31),
       st.sampled_from([Direction.PAST, Direction.FUTURE, None]), st.booleans())
def test_a_day_of_an_unnamed_month_is_one_day_and_the_tagger_agrees(pub, dom, direction, known):
    """'el pasado día 12', 'tanggal 20 mendatang': the publication known, one day, the tagger's; unknown,
    days of that number that still hold it, at most two months from the publication."""
    reading = Calendar(day=dom, direction=direction)
    days = _days_with_publication(reading, pub, known)
    tagged = dt.date.fromisoformat(normalize(reading, pub).value)
    assert tagged.day == dom and tagged.toordinal() in days
    if known:
        assert days.count == 1
    assert days.max - days.min <= 61 and all(dt.date.fromordinal(x).day == dom for x in days)


@pytest.mark.parametrize("text,trigger,first,last", [
    # a deadline ahead: between the writing and that many days on (2026-06-24 + 10 = 2026-07-04)
    ("The city will sign a repair contract within 10 days.", "sign", dt.date(2026, 6, 24), dt.date(2026, 7, 4)),
    ("The two sides will sign the accord in the next 48 hours.", "sign", dt.date(2026, 6, 24), dt.date(2026, 6, 26)),
    # something under way in its n-th unit began that far back: the 21st day 20 days ago (2026-06-04);
    # the third week on Monday 2026-06-22 began 14 to 20 days before it (2026-06-02..2026-06-08)
    ("The walkout, now in its 21st day, has idled the port.", "walkout", dt.date(2026, 6, 4), dt.date(2026, 6, 4)),
    ("The walkout entered its third week on Monday.", "walkout", dt.date(2026, 6, 2), dt.date(2026, 6, 8)),
])
def test_a_window_ahead_and_an_nth_day_bound_the_event(tmp_path, text, trigger, first, last):
    assert _when(_timeline(tmp_path, text), trigger) == (first, last)



_PUB = dt.date(2026, 6, 24)


@pytest.mark.parametrize("text,lang,trigger,first,last", [
    # a count of days may include both ends: 24 days up to today began 23 or 24 days before
    ("El paro indefinido cumple hoy 24 días.", "es", "paro indefinido", _PUB - dt.timedelta(24), _PUB - dt.timedelta(23)),
    ("The walkout has lasted 24 days, the union said.", "en", "walkout", _PUB - dt.timedelta(24), _PUB - dt.timedelta(23)),
    ("Aksi mogok sudah berlangsung 10 hari.", "id", "Aksi mogok", _PUB - dt.timedelta(10), _PUB - dt.timedelta(9)),
    ("Забастовка продолжается уже 24 дня.", "ru", "Забастовка", _PUB - dt.timedelta(24), _PUB - dt.timedelta(23)),
    # three weeks, read as loosely as a gap of weeks: 20 to 22 days
    ("La grève dure depuis trois semaines.", "fr", "grève", _PUB - dt.timedelta(22), _PUB - dt.timedelta(20)),
    # more than two weeks: a bound only
    ("Der Streik dauert seit mehr als zwei Wochen an.", "de", "Streik", None, _PUB - dt.timedelta(15)),
])
def test_how_long_an_event_has_lasted_dates_its_start(tmp_path, text, lang, trigger, first, last):
    tl = _timeline(tmp_path, text, date=_PUB.isoformat(), lang=lang)
    entry = next(e for e in tl.entries if any(m.trigger == trigger for m in e.event.mentions))
    got = tuple(None if day is None else dt.date.fromordinal(day) for day in (entry.when.earliest, entry.when.latest))
    assert got == (first, last)


@pytest.mark.parametrize("text,lang", [
    ("Prices rose 20% over the past two years.", "en"),
    ("They have talked for more than two years now.", "en"),
    ("Kebakaran terparah dalam sembilan tahun terakhir.", "id"),
    ("La huelga duró 24 días.", "es"),
])
def test_a_window_or_a_count_after_its_event_is_no_lasting(text, lang):
    import chrono

    durations = [x.reading for x in chrono.tag(text, dct=_PUB, lang=lang) if hasattr(x.reading, "lasted")]
    assert durations and not any(r.lasted for r in durations)


def test_what_a_charge_is_about_happened_no_later_than_the_charge(tmp_path):
    # 2026-06-24 is a Wednesday: 'on Monday' is 2026-06-22, the theft's last possible day
    assert dt.date(2026, 6, 24).weekday() == 2
    text = "The thieves struck in the night. Two men were charged on Monday with the theft."
    tl = _timeline(tmp_path, text)
    entry = next(e for e in tl.entries if any(m.trigger == "theft" for m in e.event.mentions))
    assert entry.when.latest == dt.date(2026, 6, 22).toordinal()
    assert entry.when.earliest is None or entry.when.earliest < entry.when.latest
    assert _when(tl, "charged") == (dt.date(2026, 6, 22), dt.date(2026, 6, 22))


def test_the_same_day_after_a_sentence_of_its_own_event_counts_from_nothing_further_back(tmp_path):
    # 'the same day' goes on from the arrests just told, which the detention joins; not from the
    # extradition two sentences back
    text = ("Dutch authorities extradited one of them on June 5. Two of the men were arrested in Antwerp on "
            "May 22. The third was detained in Rotterdam the same day.")
    tl = _timeline(tmp_path, text)
    assert _when(tl, "extradited") == (dt.date(2026, 6, 5), dt.date(2026, 6, 5))
    assert _when(tl, "arrested") == (dt.date(2026, 5, 22), dt.date(2026, 5, 22))
    assert not tl.conflicts


def test_a_window_counted_from_an_event_is_no_window_from_the_writing(tmp_path):
    tl = _timeline(tmp_path, "A new vote will be held within 30 days of the ruling.")
    entry = next(e for e in tl.entries if any(m.trigger == "vote" for m in e.event.mentions))
    assert entry.when.latest is None or entry.when.latest > dt.date(2026, 7, 24).toordinal()


def test_the_nth_day_told_in_a_relative_clause_dates_the_walkout_before_it(tmp_path):
    # 'hoy cumple su sexto día' on 2026-06-24: the strike began five days before, 2026-06-19
    text = "La huelga de los estibadores, que hoy cumple su sexto día, mantiene paralizado el puerto."
    assert _when(_timeline(tmp_path, text), "huelga") == (dt.date(2026, 6, 19), dt.date(2026, 6, 19))


def test_a_weekday_beside_tomorrow_tells_the_publication_weekday():
    """'besok, Kamis': tomorrow is a Thursday, so the article is written on a Wednesday."""
    from chrono.constraints import Builder, reading_constraints
    from chrono.readings import RelativeDay, Tense
    from chrono import calendar as cal
    b = Builder((cal.day(2026, 1, 1), cal.day(2026, 12, 31)), {})
    assert reading_constraints(b, RelativeDay(offset=1, weekday=3), Tense.FUTURE, "e", "p:d", 0.9, "k", None)
    [weekdays] = [c for c in b.constraints if c.key == "k:weekday"]
    assert {dt.date.fromordinal(d).weekday() for d in weekdays.days} == {3}
    [offset] = [c for c in b.constraints if c.key == "k:offset"]
    assert (offset.lo, offset.hi) == (1, 1)


@pytest.mark.parametrize("text,lang,moved,mover", [
    ("A judge on Tuesday postponed the hearing until Monday.", "en", "hearing", "postponed"),
    ("El juez aplazó este martes hasta el lunes la audiencia del exalcalde.", "es", "audiencia", "aplazó"),
    ("Majelis hakim pada Selasa menunda sidang hingga Senin.", "id", "sidang", "menunda"),
])
def test_a_postponed_event_falls_on_the_day_it_was_moved_to_not_the_day_of_the_postponement(tmp_path, text, lang,
                                                                                               moved, mover):
    # published Wednesday 24 June 2026: the postponement was the day before, the hearing the Monday ahead
    tl = _timeline(tmp_path, text, lang=lang)
    assert _when(tl, mover) == (dt.date(2026, 6, 23), dt.date(2026, 6, 23))
    assert _when(tl, moved) == (dt.date(2026, 6, 29), dt.date(2026, 6, 29))


@pytest.mark.parametrize("text,lang,trigger", [
    ('"We hope the preliminary hearing can be held before the end of June," the lawyer said.', "en", "hearing"),
    ('"Kami berharap sidang pendahuluan digelar sebelum akhir Juni," ujar Dimas.', "id", "sidang"),
])
def test_a_hoped_for_event_before_the_end_of_the_month_is_this_months_end_not_last_years(tmp_path, text, lang,
                                                                                          trigger):
    # said on 10 June: the end of June is still ahead, not the one of a year before; 'before' it, from now on
    tl = _timeline(tmp_path, text, "2026-06-10", lang)
    assert _when(tl, trigger) == (dt.date(2026, 6, 10), dt.date(2026, 6, 30))


def test_two_days_later_goes_on_from_the_news_not_from_a_remark_about_next_year(tmp_path):
    tl = _timeline(tmp_path, "Peraturan itu diteken Presiden pada Senin. Serikat buruh menilai kenaikan upah tahun "
                   "depan hanya 2 persen. Dua hari kemudian, serikat buruh mengumumkan mogok nasional.", lang="id")
    assert _when(tl, "diteken") == (dt.date(2026, 6, 22),) * 2
    lo, hi = _when(tl, "buruh mengumumkan mogok")
    assert lo <= dt.date(2026, 6, 24) <= hi and hi.year == 2026


def test_a_saying_told_as_last_weeks_is_no_news_of_the_publication_day(tmp_path):
    import chrono

    (tmp_path / "a.txt").write_text(
        "Sable flies again\n\nPORT ELMSLEY, Nova Scotia, Sept 26 (Reuters) - Sable Aerospace launched a satellite "
        "on Tuesday, its first launch of 2028.\n\nAfter a review, Sable said last Wednesday that the sensor had "
        "been faulty.\n", encoding="utf-8")
    doc = chrono.build_timeline([tmp_path], now=dt.date(2028, 12, 31)).documents[0]
    # the dateline, the Tuesday and the year; 'said last Wednesday' does not make it a Thursday's news
    assert dt.date(2028, 9, 26).weekday() == 1
    assert (doc.earliest, doc.latest) == (dt.date(2028, 9, 26).toordinal(),) * 2


@pytest.mark.parametrize("text", [
    "Breckner announced on Friday that Ellery had agreed to testify at a hearing on March 29.",
    "On Friday the chief executive promised to testify at a hearing on March 29.",
])
def test_a_past_verb_an_infinitive_hangs_on_gives_no_past_to_its_day(tmp_path, text):
    tl = _timeline(tmp_path, text, date="2028-03-20")
    assert _when(tl, "hearing") == (dt.date(2028, 3, 29), dt.date(2028, 3, 29))


def test_a_gap_counts_from_a_verb_no_trigger_names(tmp_path):
    # 'questioned' is in no lexicon: its verb is the event, dated the day after the theft it counts from
    tl = _timeline(tmp_path, "Thieves stole five paintings from the museum on Tuesday. The night guard was questioned "
                   "by police the day after the theft.")
    stole = _when(tl, "stole")
    assert stole == (dt.date(2026, 6, 23), dt.date(2026, 6, 23))
    assert _when(tl, "questioned") == (dt.date(2026, 6, 24), dt.date(2026, 6, 24))


def test_a_count_goes_on_from_the_event_the_sentence_before_dates_to_the_day(tmp_path):
    """'La explosión ocurrió el 15 de febrero en la planta, inaugurada en 1979. El fuego fue sofocado
    tres días después': three days after the explosion's day, not after some day of 1979, the year of
    the last trigger told."""
    tl = _timeline(tmp_path, "La explosión ocurrió la noche del 15 de febrero de 2026 en la planta de diésel, "
                   "inaugurada en 1979. El fuego fue sofocado tres días después.", lang="es")
    assert _when(tl, "fuego fue sofocado") == (dt.date(2026, 2, 18), dt.date(2026, 2, 18))


def test_a_count_from_the_sentence_that_dates_this_very_event_pins_no_other(tmp_path):
    """'... tras la muerte de dos manifestantes y la renuncia del ministro, el domingo. El presidente aceptó
    la renuncia por la tarde': the afternoon is the resignation's Sunday, which that sentence dates; the
    deaths told beside it are not pinned to that day."""
    tl = _timeline(tmp_path, "La ministra perdió el apoyo de dos bancadas aliadas tras la muerte de dos manifestantes "
                   "en Juliaca y la renuncia del ministro del Interior, Jorge Benavides, el domingo. El presidente "
                   "aceptó la renuncia por la tarde.", lang="es")
    sunday = dt.date(2026, 6, 24) - dt.timedelta(days=(dt.date(2026, 6, 24).weekday() - 6) % 7)
    assert sunday.weekday() == 6
    assert _when(tl, "renuncia") == (sunday, sunday)
    death = next(e for e in tl.entries if any(m.trigger == "muerte" for m in e.event.mentions))
    assert (death.when.earliest, death.when.latest) != (sunday.toordinal(), sunday.toordinal())


def _lede_lags(text: str, lang: str = "en") -> list[tuple[int | None, int | None]]:
    """The lede-lag bounds (event to publication, in days) that an article of ``text`` gets."""
    return [(c.lo, c.hi) for c in _lede_constraints(text, lang)]


def _lede_constraints(text: str, lang: str = "en"):
    from chrono.constraints import lede_constraints
    from chrono.events.detect import REPORT_KIND, detect_events
    from chrono.events.merge import merge_mentions
    from chrono.model import Document
    from chrono.timex.recognize import recognize
    doc = Document(id="d", path="d.txt", text=text, language=lang)
    mentions = detect_events(doc, recognize(text, lang))
    b = Builder(HORIZON)
    lede_constraints(b, merge_mentions([m for m in mentions if m.kind != REPORT_KIND]), lambda e: f"e:{e.id}", ())
    return [c for c in b.constraints if c.key.endswith(":lede-lag")]


def test_the_act_a_story_opens_with_happened_in_the_days_before_it_ran():
    text = ("Lyon rail line stays closed\n\nA freight train derailed near Lyon on Saturday, spilling grain on the "
            "tracks. Repairs will take weeks, the rail operator said.\n")
    assert _lede_lags(text) == [(0, 2)]


def test_the_lede_act_is_the_first_fresh_past_act_of_the_first_dated_sentence():
    # 'will reopen on Monday' is a plan, the derailment the news; the next sentence is not the lede
    text = ("Lyon rail line\n\nThe line will reopen on Monday, a week after a freight train derailed near Lyon on "
            "Saturday. Crews worked through the night on Sunday.\n")
    assert [(c.because.words, c.lo, c.hi) for c in _lede_constraints(text)] == [("derailed", 0, 2)]


def test_the_day_a_state_still_going_began_is_no_lede_act():
    # 'desde el viernes' split off 'anunció ayer' tells when the rains began: the announcement is the news
    text = ("Racionamiento\n\nLas lluvias que caen desde el viernes sobre la cuenca dieron un respiro a los embalses, "
            "y la empresa anunció ayer que flexibilizará el racionamiento.\n")
    assert [(c.because.words, c.lo, c.hi) for c in _lede_constraints(text, "es")] == [("anunció", 0, 2)]


@pytest.mark.parametrize("lang,text", [
    # the words themselves put the act back in time
    ("en", "Lyon rail line stays closed\n\nA freight train derailed near Lyon last weekend, spilling grain.\n"),
    ("id", "Warga bersihkan lumpur\n\nSebagian besar warga baru kembali dari pengungsian akhir pekan lalu.\n"),
    # not done yet: a plan
    ("en", "Talks set\n\nThe two leaders will meet in Lyon on Saturday to discuss the rail line.\n"),
])
def test_a_lede_whose_act_is_no_fresh_past_gets_no_lag(lang, text):
    assert _lede_lags(text, lang) == []


@pytest.mark.parametrize("text, lang, trigger, first, last", [
    # a verb of no known kind, in a state since a day: it began that day (not some day up to now)
    ("Dapur tersebut beroperasi sejak Februari 2026 dan melayani 40 sekolah.", "id", "beroperasi",
     dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    ("The plant has operated at half capacity since Monday.", "en", "operated",
     dt.date(2026, 6, 24) - dt.timedelta(days=(dt.date(2026, 6, 24).weekday() - 0) % 7),
     dt.date(2026, 6, 24) - dt.timedelta(days=(dt.date(2026, 6, 24).weekday() - 0) % 7)),
])
def test_a_verb_of_no_known_kind_since_a_day_began_that_day(tmp_path, text, lang, trigger, first, last):
    assert _when(_timeline(tmp_path, text, lang=lang), trigger) == (first, last)
