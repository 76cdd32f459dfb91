"""Event mentions, names and merging: one event per story, never two stories in one event."""
from __future__ import annotations

import datetime as dt

import attrs
import pytest

from chrono import tag
from chrono.dayset import DaySet
from chrono.events.detect import detect_events
from chrono.events.merge import merge_mentions
from chrono.events.names import find_names, fold, keys_match, name_keys
from chrono.model import Document
from chrono.readings import Shift, Tense
from chrono.timex.recognize import recognize


def _mentions(text, lang="en", doc_id="d"):
    doc = Document(id=doc_id, path=f"{doc_id}.txt", text=text, language=lang)
    return detect_events(doc, recognize(text, lang))


def test_trigger_kind_participants_place_and_own_time():
    [m] = _mentions("Putin held talks with Azerbaijani President Ilham Aliyev in Moscow on Tuesday.")
    assert (m.kind, m.trigger, m.location) == ("meeting", "held talks", "Moscow")
    assert "Ilham Aliyev" in m.participants and "Ilham Aliyev" in m.people
    assert [t.text for t in m.timexes] == ["Tuesday"] and not m.inherited


def test_time_goes_to_nearest_trigger_and_others_inherit():
    ms = _mentions("Later Tuesday, the presidents will attend a summit of the association established in 1991.")
    by_kind = {m.kind: m for m in ms}
    assert [t.text for t in by_kind["summit"].timexes] == ["Later Tuesday"]
    assert [t.text for t in by_kind["founding"].timexes] == ["1991"]


def test_until_does_not_date_an_event():
    [m] = _mentions("They signed an action plan for cooperation through 2026.")
    assert m.timexes[0].relation == "until"


def test_sentence_with_a_date_but_no_trigger_is_kept_as_generic_event():
    # no trigger and no verb the lexicon knows: the date itself stands for what happened
    ms = _mentions('"Last night, at last, the good news," Putin said.')
    assert [(m.kind, m.trigger) for m in ms] == [("event", "Last night")]


def test_a_verb_no_trigger_names_is_an_event_of_its_own():
    # 'touched upon' and 'questioned' are in no lexicon: the verb is the event, and takes the date
    ms = _mentions('"Last night we informally touched upon the current status," Putin said.')
    assert [(m.kind, m.trigger) for m in ms] == [("event", "touched")]
    assert "Last night" in [t.text for t in ms[0].timexes]
    assert ms[0].actions == ("touch",)
    ms = _mentions("The guard was questioned by police the day after the theft.")
    assert [(m.kind, m.trigger) for m in ms] == [("event", "questioned"), ("theft", "theft")]
    assert [t.text for t in ms[0].timexes] == ["the day after"]


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Officials thanked the exhausted rescuers on Monday.", "exhausted"),  # an adjective
    ("en", "On Monday officials pledged new funds with the aim of fostering trade.", "fostering"),  # a purpose
    ("id", "Hari ini kesempatan yang baik untuk meninjau agenda kita.", "meninjau"),  # a purpose
    ("id", "Hari ini kesempatan yang baik untuk meninjau agenda kita dan menentukan langkah konkret.",
     "menentukan"),  # the purpose goes on over 'dan'
    ("en", "Putin said on Tuesday in a meeting with his visiting counterpart that trade grew.", "visiting"),
    ("en", "His visit in August culminated in the signing of agreements.", "culminated"),  # the noun's verb
    ("en", "The two presidents signed a treaty on sharing the rivers on Monday.", "sharing"),  # the trigger's words
    ("es", "El ministro declaró el martes que no subirán los precios.", "subirán"),  # denied
    ("es", "La jornada reducida comenzará el lunes.", "reducida"),  # a participle without auxiliary
    ("en", "The group posted stolen records on its leak site on Monday.", "stolen"),  # and in English
    ("en", "Dockworkers went on strike on Monday, halting cargo traffic.", "halting"),  # what the strike did
    ("es", "Los mineros iniciaron el lunes un paro, bloqueando la carretera.", "bloqueando"),
    ("en", "The two-day talks, which opened in Astana on Monday, brought together both delegations.", "brought"),
    ("es", "El gobierno aprobó el lunes un plan para proteger los bosques.", "proteger"),  # an infinitive
    ("es", "Una réplica de magnitud 5,2 sembró el pánico este miércoles en Huaylamarca.", "sembró"),  # what the event did
])
def test_a_word_with_a_verbs_form_that_tells_no_event_of_its_own(lang, text, word):
    assert word not in [m.trigger for m in _mentions(text, lang)]


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Crews repaired the road on Ninth Street on Wednesday.", "repaired"),
    ("es", "El sindicato fue convocado el lunes por el ministerio.", "convocado"),  # a participle after its auxiliary
    ("en", "The windows were broken on Monday by vandals.", "broken"),  # an irregular participle after its auxiliary
    ("en", "Vandals tore the fence on Monday.", "tore"),  # an irregular past
    ("en", "The injured were taken to hospital and treated on Monday.", "treated"),  # after a verb, no purpose goes on
    ("id", "Warga menanam seribu pohon pada Senin.", "menanam"),
])
def test_a_verb_with_a_date_is_an_event(lang, text, word):
    [m] = [m for m in _mentions(text, lang) if m.trigger == word]
    assert m.kind == "event" and m.timexes


@pytest.mark.parametrize("lang, text, date", [
    ("id", "Hari ini, Rabu (8/3/2028), mahasiswa kembali turun ke jalan di sejumlah kota.", "Rabu (8/3/2028)"),
    ("en", "Today, Wednesday, March 8, 2028, students took to the streets again.", "Wednesday, March 8, 2028"),
])
def test_a_date_beside_today_dates_what_the_sentence_tells(lang, text, date):
    """'today' alone is a remark of the publication's day, but the date set beside it dates the news."""
    [m] = [m for m in _mentions(text, lang) if m.kind == "protest"]  # 'took to the streets', 'turun ke jalan'
    assert date in [t.text for t in m.timexes]


def test_indonesian_triggers_and_titles():
    ms = _mentions("Presiden Rusia Vladimir Putin bertemu Presiden Azerbaijan Ilham Aliyev di Moskow pada Selasa.", "id")
    assert ms[0].kind == "meeting" and ms[0].location == "Moskow"
    assert any(name_keys(p) & {"aliyev"} for p in ms[0].people)


def test_names_strip_titles_split_on_and_and_keep_acronyms():
    text = "Russian and Azerbaijani Presidents Vladimir Putin and Ilham Aliyev met the Commonwealth of Independent States (CIS)."
    names = [n.text for n in find_names(text, 0, len(text), "en")]
    assert "Vladimir Putin" in names and "Ilham Aliyev" in names
    assert "Commonwealth of Independent States (CIS)" in names
    assert "cis" in name_keys("Commonwealth of Independent States (CIS)")


@pytest.mark.parametrize("lang,text,names", [
    ("en", "Thirty-eight cars of a Great Lakes freight train derailed.", ["Great Lakes"]),
    ("es", "Treinta y ocho vagones del tren de Great Lakes se descarrilaron.", ["Great Lakes"]),
    ("id", "Dua orang tewas di Palu.", ["Palu"]),
    ("en", "Ten Downing Street said nothing.", ["Ten Downing Street"]),
])
def test_a_count_capitalized_at_the_start_of_a_sentence_is_no_name(lang, text, names):
    assert [n.text for n in find_names(text, 0, len(text), lang)] == names


@pytest.mark.parametrize("lang,text,names", [
    ("id", "Sebanyak 12 orang dievakuasi. Pembicaraan berlangsung di Jakarta.", ["Jakarta"]),
    ("id", "Arman ditahan. Warga melihat Arman.", ["Arman", "Arman"]),
    ("es", "Llevamos días sin agua. Otros vecinos protestaron en Bogotá.", ["Bogotá"]),
    ("en", "Investigators arrived. Sable said Sable would wait.", ["Sable", "Sable"]),
    ("en", "KNKT arrived in Kupang.", ["KNKT", "Kupang"]),
])
def test_a_word_capitalized_only_where_a_sentence_opens_is_no_name(lang, text, names):
    from chrono.sentences import sentence_spans

    found = [n.text for s0, s1 in sentence_spans(text) for n in find_names(text, s0, s1, lang)]
    assert found == names


def test_name_keys_transliterate_and_fuzzy_match():
    assert fold("Алиев") == "aliev"
    assert keys_match(name_keys("Moskow"), name_keys("Moscow"))
    assert keys_match(name_keys("Ilkham Aliyev"), name_keys("Ilham Aliyev"))
    assert not keys_match(name_keys("Baku"), name_keys("Kazan"))


def _day(y, m, d):
    return dt.date(y, m, d).toordinal()


def test_same_story_in_two_languages_merges():
    en = _mentions("Putin met Ilham Aliyev in Moscow on Tuesday.", "en", "a")
    idn = _mentions("Putin bertemu Ilham Aliyev di Moskow pada Selasa.", "id", "b")
    days = {m.id: DaySet.single(_day(2024, 10, 8)) for m in en + idn}
    events = merge_mentions(en + idn, days=days)
    assert len(events) == 1 and {m.document for m in events[0].mentions} == {"a", "b"}


def test_meetings_with_different_people_or_days_stay_apart():
    a = _mentions("Putin held talks with Ilham Aliyev on Tuesday.", "en", "a")
    b = _mentions("Putin held talks with Nikol Pashinyan on Tuesday.", "en", "b")
    c = _mentions("Putin held talks with Ilham Aliyev on Monday.", "en", "c")
    days = {a[0].id: DaySet.single(_day(2024, 10, 8)), b[0].id: DaySet.single(_day(2024, 10, 8)),
            c[0].id: DaySet.single(_day(2024, 9, 9))}
    events = merge_mentions(a + b + c, days=days)
    assert len(events) == 3


def test_undated_mentions_with_the_same_names_do_not_merge_across_articles():
    a = _mentions("Putin visited Baku.", "en", "a")
    b = _mentions("Putin visited Baku.", "en", "b")
    horizon = DaySet.range(_day(1800, 1, 1), _day(2026, 11, 22))
    events = merge_mentions(a + b, days={a[0].id: horizon, b[0].id: horizon})
    assert len(events) == 2


def _solver(horizon, anchors=()):
    """solve(events): the network of ``events`` (and the given anchors) solved, as the pipeline does."""
    from chrono.constraints import Builder, anchor_constraints, event_constraints
    from chrono.reason import Network

    def solve(events):
        builder = Builder(horizon)
        anchor_constraints(builder, list(anchors))
        event_constraints(builder, events, lambda e: f"e:{e.id}")
        net = Network(horizon)
        for doc in sorted({m.document for e in events for m in e.mentions}):
            net.add_variable(f"pub:{doc}", DaySet.range(horizon[0], horizon[1]))
        for c in builder.constraints:
            net.add(c)
        return net.solve()

    return solve


def test_a_merge_that_causes_a_conflict_is_undone():
    from chrono.model import Anchor, AnchorSource, Event
    from chrono.pipeline import unmerge_conflicts

    a = _mentions("Putin met Ilham Aliyev on Tuesday.", "en", "a")
    b = _mentions("Putin met Ilham Aliyev on Monday.", "en", "b")
    forced = Event(id="ev0", kind="meeting", mentions=tuple(a + b))
    solve = _solver((_day(2000, 1, 1), _day(2030, 1, 1)),
                    [Anchor(document=d, day=_day(2024, 10, 8), source=AnchorSource.CLI) for d in "ab"])
    assert solve([forced]).rejected
    split, _ = unmerge_conflicts([forced], solve([forced]), solve)
    assert sorted(len(e.mentions) for e in split) == [1, 1]
    assert {m.document for e in split for m in e.mentions} == {"a", "b"}
    alone = Event(id="ev0", kind="meeting", mentions=tuple(a))
    assert unmerge_conflicts([alone], solve([alone]), solve) is None


def test_a_merge_that_a_conflict_runs_through_is_undone_though_it_holds_no_rejected_reading():
    """Article b's summit joined a's summit of Tuesday 23 June 1925, so b was written in 1925; b's own 'was
    founded in 1952' is then rejected.  The split to make is the summit's, not the founding's."""
    from chrono.model import Event
    from chrono.pipeline import unmerge_conflicts

    a = _mentions("The summit in Geneva opened on 23 June 1925.", "en", "a")
    b = _mentions("The summit in Geneva opened on Tuesday. The league was founded in 1952.", "en", "b")
    summit_b = [m for m in b if m.kind == "summit"]
    founding = [m for m in b if m not in summit_b]
    assert summit_b and founding
    summit = Event(id="ev0", kind="summit", mentions=tuple(a + summit_b))
    events = [summit] + [Event(id=f"ev{i + 1}", kind=m.kind, mentions=(m,)) for i, m in enumerate(founding)]
    solve = _solver((_day(1800, 1, 1), _day(2030, 1, 1)))
    solution = solve(events)
    assert any(c.rejected.key.startswith(f"m:{founding[0].id}:") for c in solution.rejected)
    split, split_solution = unmerge_conflicts(events, solution, solve)
    assert not split_solution.rejected and not solve(split).rejected
    assert sorted(sorted(m.document for m in e.mentions) for e in split if e.kind == "summit") == [["a"], ["b"]]
    assert [e.mentions for e in split if e.kind != "summit"] == [e.mentions for e in events[1:]]


def test_a_mention_whose_reading_its_own_article_contradicts_leaves_the_event_alone():
    """'she said in her opening statement' is no reopening: its past tense is rejected by the
    reopening 'next Monday' of the same article, so that mention alone leaves the event."""
    from chrono.model import Anchor, AnchorSource, Event
    from chrono.pipeline import unmerge_conflicts

    opening, reopen = _mentions("She said in her opening statement that the plant would reopen next Monday.", "en", "a")
    forced = Event(id="ev0", kind="opening", mentions=(opening, reopen))
    solve = _solver((_day(2000, 1, 1), _day(2030, 1, 1)),
                    [Anchor(document="a", day=_day(2026, 9, 30), source=AnchorSource.CLI)])
    solution = solve([forced])
    assert [c.rejected.key for c in solution.rejected] == [f"m:{opening.id}:tense"]
    split, _ = unmerge_conflicts([forced], solution, solve)
    assert sorted([m.id for m in e.mentions] for e in split) == [[opening.id], [reopen.id]]


def test_a_time_does_not_date_a_trigger_across_a_contrasting_clause():
    ms = _mentions("The president arrived on Monday for a visit, a month after the two leaders signed a treaty.")
    by_trigger = {m.trigger: m for m in ms}
    assert [t.text for t in by_trigger["arrived"].timexes] == ["Monday"]
    assert not any(t.text == "Monday" for t in by_trigger["signed"].timexes)


def test_indonesian_contrast_keeps_each_debate_its_own_date():
    ms = _mentions("Debat pertama digelar pada 19 Juli, sedangkan debat kedua pada 16 Agustus.", "id")
    debates = [m for m in ms if m.kind == "debate"]
    assert [[t.text for t in m.timexes] for m in debates] == [["19 Juli"], ["16 Agustus"]]


def test_a_speaker_is_a_participant_but_not_a_person_that_blocks_a_merge():
    a = _mentions("PVMBG head Hadi Wijaya told reporters the volcano erupted on Tuesday.", "en", "a")
    b = _mentions("Agus Salim said the volcano erupted on Tuesday.", "en", "b")
    erupt_a = [m for m in a if m.kind == "eruption"]
    erupt_b = [m for m in b if m.kind == "eruption"]
    assert erupt_a and "Hadi Wijaya" not in erupt_a[0].people
    days = {m.id: DaySet.single(_day(2025, 3, 11)) for m in erupt_a + erupt_b}
    assert len(merge_mentions(erupt_a + erupt_b, days=days)) == 1


def test_another_outlets_word_for_the_same_court_decision_merges_only_on_the_same_day():
    """'ruling' and 'verdict' are one family (data/kind_families.toml): two articles that pin them to
    the same day and name the same court tell one decision; a day apart, or in one article, two."""
    a = [m for m in _mentions("The Superior Court of Alto Cauquen ruled on Thursday.", "en", "a")
         if m.kind == "ruling"]
    b = [m for m in _mentions("The Superior Court of Alto Cauquen reached a verdict on Thursday.", "en", "b")
         if m.kind == "verdict"]
    assert a and b
    thursday = DaySet.single(_day(2028, 3, 23))
    assert len(merge_mentions(a + b, days={m.id: thursday for m in a + b})) == 1
    friday = DaySet.single(_day(2028, 3, 24))
    assert len(merge_mentions(a + b, days={a[0].id: thursday, b[0].id: friday})) == 2
    week = DaySet.range(_day(2028, 3, 20), _day(2028, 3, 26))
    assert len(merge_mentions(a + b, days={m.id: week for m in a + b})) == 2  # loose days: two
    one = [m for m in _mentions("The Superior Court of Alto Cauquen ruled on Thursday. "
                                "The Superior Court of Alto Cauquen reached a verdict on Thursday.", "en", "c")
           if m.kind in ("ruling", "verdict")]
    assert len(merge_mentions(one, days={m.id: thursday for m in one})) == 2


def test_an_undated_act_told_in_a_saying_is_not_the_dated_one_of_its_article():
    """'canceled flights on Thursday' and 'customers whose flights were canceled', said on Wednesday:
    what the saying tells was done by its own day, so it is not Thursday's act, and joining the two
    would move Thursday back a week."""
    text = ("Crestline canceled hundreds more flights on Thursday. The secretary said Wednesday that "
            "customers whose flights were canceled would get refunds.")
    ms = [m for m in _mentions(text, "en", "a") if m.kind == "event"]
    assert [m.trigger for m in ms] == ["canceled", "canceled"] and ms[1].reported_at is not None
    events = merge_mentions(ms, days={ms[0].id: DaySet.single(_day(2028, 3, 16))})
    assert len(events) == 2


def test_an_undated_unnamed_report_is_the_storys_named_event_not_the_nearest_forecast():
    """'as the hurricane approached', with no date or name of its own, in a story headlined on
    Hurricane Gaston: Gaston, not the landfall forecast for Wednesday told just before."""
    text = ("Hurricane Gaston strengthened to a Category 3 storm on Tuesday. Forecasters warned it could make "
            "landfall as a major hurricane early Wednesday. Residents boarded up their homes as the hurricane approached.")
    ms = _mentions(text, "en", "a")
    named, last = ms[0], ms[-1]
    assert named.title == "Gaston" and not last.timexes and last.title is None
    [event] = [e for e in merge_mentions(ms, topics={"a": ("Gaston",)}) if named in e.mentions]
    assert last in event.mentions


def test_within_an_article_one_impersonal_event_is_one_whoever_each_sentence_names():
    """The spill dated with the tanker's name and the spill told again with a mayor's: an impersonal
    event's people do not tell two apart within an article; its days still do."""
    text = ("A spill from the tanker Stella Karina began on Friday night. "
            "Fishermen blamed Mayor Ana Ruiz for the spill.")
    spills = [m for m in _mentions(text, "en", "a") if m.kind == "disaster"]
    assert len(spills) == 2 and spills[0].people == ("Stella Karina",) and spills[1].people == ("Ana Ruiz",)
    friday = DaySet.single(_day(2028, 2, 25))
    assert len(merge_mentions(spills, days={spills[0].id: friday})) == 1
    other = DaySet.single(_day(2019, 5, 3))
    assert len(merge_mentions(spills, days={spills[0].id: friday, spills[1].id: other})) == 2


def test_within_an_article_two_speakers_make_two_announcements():
    """An airline's offer and a congressman's announcement, told on one day in one article, are two
    sayings: who speaks is what an announcement is."""
    text = ("Crestline Airways on Monday offered full refunds. Daniel Sato, who chairs the aviation "
            "subcommittee, announced a hearing on Monday.")
    said = [m for m in _mentions(text, "en", "a") if m.kind == "announcement"]
    assert len(said) == 2
    monday = DaySet.single(_day(2028, 3, 20))
    assert len(merge_mentions(said, days={m.id: monday for m in said})) == 2


def test_two_articles_pinning_one_sinking_to_the_same_day_merge_whoever_else_they_name():
    """Each outlet names its own people (a widow, a governor): on the very same day, with the ship's
    name in common, they tell one sinking; a day apart they stay two."""
    a = [m for m in _mentions("The KMP Nusa Kenanga, carrying Governor Viktor Laiskodat, sank on Tuesday.", "en", "a")
         if m.kind == "accident"]
    b = [m for m in _mentions("Agustina Nenobais lost her husband when the KMP Nusa Kenanga sank on Tuesday.",
                              "en", "b") if m.kind == "accident"]
    assert a and b and a[0].people != b[0].people
    tuesday = DaySet.single(_day(2026, 7, 7))
    assert len(merge_mentions(a + b, days={m.id: tuesday for m in a + b})) == 1
    wednesday = DaySet.single(_day(2026, 7, 8))
    assert len(merge_mentions(a + b, days={a[0].id: tuesday, b[0].id: wednesday})) == 2


def test_a_title_before_a_place_is_the_places_office_not_a_person():
    text = "Wakil Bupati Sungai Lerang, Rudi Hermawan, ditunjuk sebagai Plt Bupati pada 14 Maret."
    [m] = [m for m in _mentions(text, "id") if m.kind == "appointment"]
    assert "Sungai Lerang" not in m.people


def test_a_capitalized_headline_names_no_person_the_article_does_not_name_again():
    text = ("KMP Nusa Kenanga Tenggelam, 96 Penumpang Selamat\n\n"
            "Kapal KMP Nusa Kenanga tenggelam di Selat Tanaloko pada Selasa malam.")
    doc = Document(id="a", path="a.txt", text=text, language="id")
    [head] = [m for m in detect_events(doc, recognize(text, "id")) if m.headline]
    assert "Penumpang Selamat" not in head.people


def test_headline_names_are_evidence_for_a_merge_of_sentences_that_name_nobody():
    from chrono.events.names import headline_names
    text_a = "Lewotana volcano erupts again\n\nA smaller eruption happened in February."
    text_b = "Ash closes airport as Lewotana rumbles\n\nIn February, a smaller eruption hit the island."
    doc_a = Document(id="a", path="a.txt", text=text_a, language="en")
    doc_b = Document(id="b", path="b.txt", text=text_b, language="en")
    assert "Lewotana" in headline_names(doc_a) and "Lewotana" in headline_names(doc_b)
    long_line = Document(id="c", path="c.txt", text="The Lewotana volcano erupted on Tuesday. " * 5, language="en")
    assert headline_names(long_line) == ()
    ma = [m for m in detect_events(doc_a, recognize(text_a, "en")) if m.kind == "eruption"]
    mb = [m for m in detect_events(doc_b, recognize(text_b, "en")) if m.kind == "eruption"]
    february = DaySet.range(_day(2025, 2, 1), _day(2025, 2, 28))
    days = {m.id: february for m in ma + mb}
    assert len(merge_mentions(ma + mb, days=days)) == 2  # no shared name in the sentences
    topics = {"a": headline_names(doc_a), "b": headline_names(doc_b)}
    merged = merge_mentions(ma + mb, days=days, topics=topics)
    assert len(merged) == 1 and merged[0].location is None  # a headline name is never made the place


def test_ordinals_name_one_event_of_a_series():
    [first] = [m for m in _mentions("Both sides wrapped up a first round of talks in Astana.", "en", "a")
               if m.kind == "meeting"]
    [second] = [m for m in _mentions("Negotiators ended a second round of talks in Bishkek.", "en", "b")
                if m.kind == "meeting"]
    [kedua] = [m for m in _mentions("Perundingan putaran kedua digelar di Bishkek.", "id", "c") if m.kind == "meeting"]
    assert (first.ordinal, second.ordinal, kedua.ordinal) == (1, 2, 2)
    # 'met first with' is not an ordinal before a trigger, and 'last' is not a counting ordinal
    assert all(m.ordinal is None for m in _mentions("The last meeting was in May.", "en", "d"))
    april = DaySet.range(_day(2026, 4, 1), _day(2026, 4, 30))
    days = {m.id: april for m in (first, second)}
    assert len(merge_mentions([first, second], days=days)) == 2  # same kind, same days: still two rounds


def test_an_undated_report_joins_the_one_event_of_its_kind_at_its_place():
    dated = [m for m in _mentions("The presidents signed the treaty at a summit on Lake Issyk-Kul last week.", "en", "a")
             if m.kind == "summit"]
    undated = [m for m in _mentions("He signed it at a summit on Lake Issyk-Kul.", "en", "b") if m.kind == "summit"]
    other = [m for m in _mentions("A summit on Lake Issyk-Kul was held in 2019.", "en", "c") if m.kind == "summit"]
    week = DaySet.range(_day(2026, 5, 18), _day(2026, 5, 24))
    before = DaySet.range(_day(1800, 1, 1), _day(2026, 6, 22))
    days = {dated[0].id: week, undated[0].id: before}
    # its article is dated: the one summit at that place is the one it reports
    assert len(merge_mentions(dated + undated, days=days, dated={"a", "b"})) == 1
    # an undated article could speak of any year: it stays apart
    assert len(merge_mentions(dated + undated, days=days, dated={"a"})) == 2
    # two summits at that place: no guess
    days[other[0].id] = DaySet.range(_day(2019, 1, 1), _day(2019, 12, 31))
    assert len(merge_mentions(dated + undated + other, days=days, dated={"a", "b", "c"})) == 3


def test_a_ratification_is_not_the_signing():
    kinds = {m.kind for m in _mentions("The treaty was signed in May and the Senate ratified it in June.", "en")}
    assert {"signing", "ratification"} <= kinds


def test_the_previous_election_stays_apart_from_the_articles_own():
    text = ("Voters in the regency will cast their ballots in the election on Sept. 10. "
            "An empty box won the previous election in November.")
    ms = [m for m in _mentions(text) if m.kind == "election"]
    assert [m.previous for m in ms] == [False, True]
    unknown = {m.id: DaySet.range(_day(2024, 1, 1), _day(2025, 12, 31)) for m in ms}
    assert len(merge_mentions(ms, days=unknown)) == 2
    [sebelumnya] = [m for m in _mentions("Kotak kosong memenangi pemilihan sebelumnya.", "id") if m.kind == "election"]
    assert sebelumnya.previous


def test_a_raised_and_a_lowered_alert_are_their_own_kinds_not_the_eruption():
    ms = _mentions("The agency raised the volcano's alert status to the highest level on Wednesday. "
                   "It lowered the status to Level III on Friday, ten days after the eruption.")
    kinds = [(m.kind, m.trigger) for m in ms]
    assert ("alert", "raised the volcano's alert") in kinds
    assert ("alert_lowered", "lowered the status") in kinds
    lowered = next(m for m in ms if m.kind == "alert_lowered")
    assert [t.text for t in lowered.timexes if t.text == "Friday"] == ["Friday"]
    eruption = next(m for m in ms if m.kind == "eruption")
    assert not any(t.text == "Friday" for t in eruption.timexes)


@pytest.mark.parametrize("code, text, later", [
    ("es", "Casi tres semanas después del terremoto que destruyó la ciudad, miles de escolares volvieron "
           "este lunes a clases.", "este lunes"),
    ("en", "Nearly three weeks after the earthquake, thousands of pupils returned to class on Monday.", "Monday"),
])
def test_the_event_a_gap_counts_from_takes_no_time_of_the_event_it_leads_to(code, text, later):
    """The quake is three weeks before the pupils' Monday: that Monday is not its day."""
    ms = _mentions(text, code)
    quake = next(m for m in ms if m.kind == "disaster")
    assert not any(t.text == later for t in quake.timexes)
    assert any(t.text == later for m in ms if m is not quake for t in m.timexes)


@pytest.mark.parametrize("lang, text, holder, topic, day", [
    ("en", "The three men were charged on April 6 with theft by an organized gang.", "charge", "theft", "April 6"),
    ("en", "A Senate committee will hold a hearing on the derailment on March 22.", "hearing", "accident", "March 22"),
    ("es", "El Senado celebrará una audiencia sobre el descarrilamiento el 22 de marzo.", "hearing", "accident",
     "el 22 de marzo"),
    ("id", "KNKT merilis laporan pendahuluan kecelakaan pesawat itu pada Selasa.", "findings", "accident", "Selasa"),
    ("id", "Polisi pada Kamis menetapkan seorang tersangka dalam kasus kebakaran pasar.", "charge", "disaster",
     "Kamis"),
])
def test_what_a_charge_or_a_hearing_is_about_takes_none_of_its_time(lang, text, holder, topic, day):
    """'charged on April 6 with theft': the theft came before; April 6 is the charge's day alone."""
    ms = _mentions(text, lang)
    charge = next(m for m in ms if m.kind == holder)
    crime = next(m for m in ms if m.kind == topic)
    assert [t.text for t in charge.timexes] == [day]
    assert not crime.timexes and crime.precedes == charge.trigger_start


@pytest.mark.parametrize("lang, text", [
    ("en", "He was arrested on Tuesday as police searched his home."),
    ("es", "Fue detenido dos días después del inicio del fuego."),
    ("id", "Puluhan mahasiswa ditangkap dalam unjuk rasa pada Kamis."),
    ("es", "El tribunal fijó para el lunes el juicio de destitución del alcalde."),
])
def test_an_event_past_a_verb_a_gap_or_a_place_word_or_an_outcome_is_no_topic(lang, text):
    """Past a verb, a gap or a preposition of place, or what a trial may end in, is no earlier event."""
    ms = _mentions(text, lang)
    assert len(ms) >= 2 and all(m.precedes is None for m in ms)


def test_a_topic_keeps_a_date_that_names_it():
    """'an investigation into the March 3 derailment': March 3 is the derailment's own."""
    ms = _mentions("Police opened an investigation into the March 3 derailment.")
    derailment = next(m for m in ms if m.kind == "accident")
    assert [t.text for t in derailment.timexes] == ["March 3"] and derailment.precedes is not None


def test_alert_triggers_in_other_languages():
    es = _mentions("El PVMBG elevó la alerta al nivel máximo el miércoles.", "es")
    assert [m.kind for m in es] == ["alert"]
    id_ = _mentions("PVMBG menurunkan status Gunung Lewotana menjadi Level III pada Jumat.", "id")
    assert [m.kind for m in id_] == ["alert_lowered"]


def test_a_gap_phrase_may_span_a_time_expression_but_not_start_on_one():
    [m] = _mentions("The regency declared a 14-day emergency two days after the flood began.")[:1]
    assert (m.kind, m.trigger) == ("alert", "declared a 14-day emergency")
    # words unrelated to a warning keep their own kind: a gap phrase needs both its ends
    ms = _mentions("The company raised prices on Monday.")
    assert all(m.kind != "alert" for m in ms)


def test_a_time_that_ends_the_reported_clause_is_the_news_not_the_report():
    ms = _mentions("Dengan tidak adanya gugatan, pelantikan oleh Gubernur Lampung dijadwalkan bulan depan, "
                   "kata Ketua KPU Sekala Jaya Rini Oktaviani di Sekala Jaya, Jumat (19/9/2025).", "id")
    inauguration = next(m for m in ms if m.trigger == "pelantikan")
    assert [t.text for t in inauguration.timexes] == ["bulan depan"]
    report = next(m for m in ms if m.kind == "report")
    assert [t.text for t in report.timexes] == ["Jumat (19/9/2025)"]


def test_a_time_at_the_end_of_what_a_speaker_added_is_the_news_not_the_report():
    """The closing date dates the report only right after the speaker's name and its comma, not
    at the end of the clause the verb reports."""
    ms = _mentions("Rini menambahkan, jumlah penumpang di bandara seluas 2.250 hektare itu diperkirakan kembali "
                   "normal pada Mei mendatang.", "id")
    assert [(m.kind, [t.text for t in m.timexes]) for m in ms] == [("restoration", ["Mei mendatang"])]
    ms = _mentions("Rini added that traffic at the 2,250-hectare airport should return to normal this coming May.")
    assert [m.kind for m in ms] == ["event"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Public Works Director Teresa Lindqvist said work could begin in early April."),
    ("en", "The mayor said the bridge will reopen in early April."),
    ("es", "El ministro dijo que las obras podrían empezar a principios de abril."),
    ("id", "Kepala dinas mengatakan perbaikan bisa dimulai awal April."),
])
def test_a_date_after_a_modal_or_future_word_is_what_was_said_not_the_saying(lang, text):
    """'said work could begin in early April': the statement was not made in April."""
    ms = _mentions(text, lang)
    assert all(not m.timexes for m in ms if m.kind == "report")
    assert any(m.timexes for m in ms if m.kind != "report")


@pytest.mark.parametrize("lang, text, kind", [
    ("es", "El pueblo celebrará una asamblea vecinal el próximo lunes.", "meeting"),
    ("es", "Los jueces rechazaron el recurso presentado el pasado lunes por la defensa.", "appeal"),
    ("en", "The company said it would halt all production at its plant on Friday.", "closure"),
    # an agreement reached is not yet one signed
    ("en", "Dockworkers reached a tentative agreement with the port authority early Sunday.", "agreement"),
    ("es", "Los sindicatos alcanzaron un preacuerdo con la empresa portuaria el domingo.", "agreement"),
    ("id", "Serikat pekerja dan perusahaan mencapai kesepakatan pada Minggu.", "agreement"),
    ("fr", "Les syndicats sont parvenus à un accord dimanche.", "agreement"),
    ("de", "Die Gewerkschaft und die Arbeitgeber einigten sich am Sonntag.", "agreement"),
    ("ru", "Профсоюз и компания достигли соглашения в воскресенье.", "agreement"),
    ("en", "Power was restored to most of the island on Friday.", "restoration"),
    ("en", "The 911 dispatch system came back online Tuesday.", "restoration"),
    ("es", "El suministro eléctrico fue restablecido el viernes.", "restoration"),
    ("id", "Aliran listrik dipulihkan pada Jumat.", "restoration"),
    ("fr", "Le courant a été rétabli vendredi.", "restoration"),
    ("de", "Der Strom wurde am Freitag wiederhergestellt.", "restoration"),
    ("ru", "Электроснабжение было восстановлено в пятницу.", "restoration"),
    ("en", "The search operation was extended on Tuesday.", "extension"),
    ("id", "Operasi SAR diperpanjang pada Selasa.", "extension"),
    ("es", "El Gobierno prorrogó el estado de alarma el martes.", "extension"),
    ("en", "The governor imposed a curfew on Wednesday night.", "alert"),
    ("en", "The governor lifted the curfew on Friday.", "alert_lowered"),
    ("es", "El Gobierno levantó el toque de queda el viernes.", "alert_lowered"),
    ("en", "The county's computers were hit by a ransomware attack on Sunday.", "attack"),
    ("id", "Sistem komputer pemerintah daerah diretas pada Minggu.", "attack"),
    # finding damage is a discovery; work starting on a structure is a renovation
    ("en", "Inspectors found cracks in two floor beams on Monday.", "discovery"),
    ("es", "Los inspectores encontraron grietas en las vigas el lunes.", "discovery"),
    ("id", "Petugas menemukan retakan pada balok jembatan, Senin.", "discovery"),
    ("en", "Crews from Brandt & Sons began work on the bridge on April 3.", "renovation"),
    ("es", "Los obreros comenzaron las obras el 3 de abril.", "renovation"),
    ("id", "Pekerja mulai memperbaiki jembatan pada 3 April.", "renovation"),
    # declaring an outbreak's status is an alert, not the outbreak
    ("id", "Pemerintah kabupaten menetapkan status kejadian luar biasa pada Rabu.", "alert"),
])
def test_restorations_curfews_cyberattacks_agreements_and_more_are_events(lang, text, kind):
    ms = [m for m in _mentions(text, lang) if m.timexes]
    assert [m.kind for m in ms] == [kind]


def test_said_on_friday_dates_the_report():
    ms = _mentions("The airport will reopen next week, the ministry said on Friday.")
    opening = next(m for m in ms if m.kind == "opening")
    assert [t.text for t in opening.timexes] == ["next week"]
    assert [t.text for t in next(m for m in ms if m.kind == "report").timexes] == ["Friday"]


def test_meeting_again_is_another_meeting():
    text = ("The presidents met in Astana on Monday. They agreed to meet again in Astana in a month "
            "to launch a water commission.")
    ms = [m for m in _mentions(text) if m.kind == "meeting"]
    assert [m.again for m in ms] == [False, True]
    events = merge_mentions(ms)
    assert len(events) == 2
    assert [t.text for t in ms[1].timexes if t.text.endswith("month")] == ["in a month"]


@pytest.mark.parametrize("lang,text,kind", [
    ("es", "El volcán volvió a entrar en erupción el viernes.", "eruption"),
    ("id", "Kedua presiden bertemu kembali di Astana.", "meeting"),
    # 'the next attack' is a later one than the attack the article tells of
    ("en", "Paying funds the next attack on someone else, she said on Thursday.", "attack"),
    ("id", "Uang itu membiayai serangan berikutnya terhadap pihak lain.", "attack"),
    ("es", "La próxima audiencia será el 16 de mayo.", "hearing"),
])
def test_again_words_in_other_languages(lang, text, kind):
    found = [m for m in _mentions(text, lang) if m.kind == kind]
    assert found and found[0].again


def test_a_precise_day_inside_a_loose_window_does_not_join_an_event_of_its_article():
    tuesday = DaySet.single(dt.date(2025, 3, 11).toordinal())
    last_month = DaySet.range(dt.date(2025, 1, 10).toordinal(), dt.date(2025, 3, 16).toordinal())
    ms = _mentions("The eruption forced authorities to shut the airport on Tuesday. "
                   "Last month, a smaller eruption forced the same airport to close for a day.")
    closures = [m for m in ms if m.kind == "closure"]
    assert len(closures) == 2 and all(any(True for _ in m.timexes) for m in closures)
    days = {closures[0].id: tuesday, closures[1].id: last_month}
    assert len(merge_mentions(closures, days=days)) == 2


def test_a_quick_count_is_not_the_official_count():
    ms = _mentions("Hasil hitung cepat menunjukkan Fauzan unggul. KPU akan menggelar rekapitulasi pada Kamis.", "id")
    assert [m.kind for m in ms if m.kind in ("count", "quick_count")] == ["quick_count", "count"]


@pytest.mark.parametrize("lang,text,kinds", [
    ("en", "The governor swore in the new regent on Monday, a month after his rival resigned.", ["inauguration", "resignation"]),
    ("id", "Masa kampanye dimulai Sabtu, sedangkan pelantikan dijadwalkan bulan depan.", ["campaign", "inauguration"]),
    ("id", "Pasangan itu mendaftar pada Senin dan pengundian nomor urut digelar pekan lalu.", ["registration", "draw"]),
    ("es", "El alcalde fue nombrado el lunes y la toma de posesión será el 1 de julio.", ["appointment", "inauguration"]),
    ("fr", "La campagne électorale s'ouvre lundi et le tirage au sort a eu lieu vendredi.", ["campaign", "draw"]),
    ("de", "Der Wahlkampf begann am Montag, die Vereidigung folgt im Mai.", ["campaign", "inauguration"]),
    ("ru", "Предвыборная кампания началась в понедельник, инаугурация пройдёт в мае.", ["campaign", "inauguration"]),
])
def test_a_leadership_change_and_an_election_calendar_are_steps_of_their_own(lang, text, kinds):
    """Campaign, registration, draw, appointment, swearing-in: each its own event, never 'resignation' or 'election'."""
    assert [m.kind for m in _mentions(text, lang)] == kinds


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Wahl findet am 5. Mai statt, sagte der Sprecher am Dienstag."),
    ("ru", "Выборы пройдут 5 мая, заявил представитель во вторник."),
])
def test_reporting_verbs_in_german_and_russian_date_the_report(lang, text):
    kinds = [m.kind for m in _mentions(text, lang)]
    assert "report" in kinds and "election" in kinds


def test_an_event_that_opened_is_that_event_not_an_opening():
    ms = _mentions("The two-day talks, which opened in Astana on Monday, brought together both delegations.")
    [m] = ms
    assert m.kind == "meeting" and "Monday" in [t.text for t in m.timexes]
    # an opening of its own stays one
    assert [m.kind for m in _mentions("The airport reopened on Sunday.")] == ["opening"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El ministro tiene previsto visitar mañana los albergues."),
    ("fr", "Le ministre doit visiter les abris demain."),
    ("id", "Menteri dijadwalkan meninjau lokasi pengungsian di Larantuka besok."),
])
def test_a_planned_visit_is_a_visit(lang, text):
    assert [m.kind for m in _mentions(text, lang)] == ["visit"]


def test_reviewing_an_agenda_is_not_a_visit():
    text = "Hari ini merupakan kesempatan yang baik untuk meninjau agenda kita."
    assert all(m.kind != "visit" for m in _mentions(text, "id"))


@pytest.mark.parametrize("lang,text", [
    ("en", "Kazakhstan's Senate is expected to vote on the treaty next month."),
    ("es", "El Senado votará el tratado el próximo mes."),
])
def test_a_vote_on_a_treaty_is_its_ratification_not_an_election(lang, text):
    assert [m.kind for m in _mentions(text, lang)] == ["ratification"]


@pytest.mark.parametrize("lang,text,ordinals", [
    ("en", "The treaty capped negotiations with a first round of talks in Astana and a second round in Bishkek.", [1, 2]),
    ("es", "Las elecciones del domingo irán a una segunda vuelta en diciembre.", [2]),
    ("id", "Pemilihan presiden akan berlanjut ke putaran kedua pada Juni.", [2]),
    ("fr", "L'élection présidentielle se jouera au second tour le 7 mai.", [2]),
])
def test_a_numbered_round_without_a_trigger_is_one_of_the_series_told_of(lang, text, ordinals):
    ms = [m for m in _mentions(text, lang) if m.kind not in ("report", "event")]
    kinds = {m.kind for m in ms}
    assert len(kinds) == 1  # each round takes the kind of the event around it
    assert sorted(m.ordinal for m in ms if m.ordinal is not None) == ordinals


def test_a_round_without_an_ordinal_or_beside_its_trigger_adds_nothing():
    # 'rounds of shelling' names no one of a series; 'a second round of talks' is the trigger's
    assert [m.trigger for m in _mentions("The talks resumed after rounds of shelling.")] == ["talks", "shelling"]
    assert [m.trigger for m in _mentions("They held a second round of talks in Bishkek.")] == ["talks"]


@pytest.mark.parametrize("lang,text,trigger,phase", [
    ("en", "The two-day talks, which opened in Astana on Monday, brought together both delegations.", "talks", "start"),
    ("en", "Kazakhstan and Kyrgyzstan wrapped up a first round of talks on Tuesday.", "talks", "end"),
    ("en", "The summit ended on Friday with a joint declaration.", "summit", "end"),
    ("es", "La cumbre concluyó el viernes con una declaración conjunta.", "cumbre", "end"),
    ("id", "KTT ASEAN dibuka pada Selasa di Jakarta.", "KTT", "start"),
    ("en", "The talks were held in Astana on Monday.", "talks", None),
    # a phase word inside a time expression says nothing of the event
    ("en", "By the end of the year, the talks will resume.", "talks", None),
])
def test_words_beside_a_gathering_say_whether_its_time_is_the_first_or_last_day(lang, text, trigger, phase):
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert m.phase == phase


@pytest.mark.parametrize("lang,text,trigger,days", [
    ("en", "He arrived in Astana on Monday for a two-day visit.", "visit", 2),
    ("es", "Inició el lunes una visita de tres días a Chile.", "visita", 3),
    ("id", "Presiden memulai kunjungan dua hari ke Jepang.", "kunjungan", 2),
    # a gap between two events is not a length, nor is the length of a state
    ("en", "The leaders met two days after the vote.", "met", None),
    ("en", "The airport was closed for five days.", "closed", None),
])
def test_a_stated_length_belongs_to_a_gathering(lang, text, trigger, days):
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert m.days_long == days


def test_the_start_and_the_end_of_multi_day_talks_are_one_event():
    [began] = [m for m in _mentions("The talks began on Tuesday in Bishkek.", "en", "a") if m.kind == "meeting"]
    [ended] = [m for m in _mentions("Negotiators wrapped up the talks in Bishkek on Wednesday.", "en", "b")
               if m.kind == "meeting"]
    tuesday, wednesday = DaySet.single(_day(2026, 4, 28)), DaySet.single(_day(2026, 4, 29))
    assert len(merge_mentions([began, ended], days={began.id: tuesday, ended.id: wednesday})) == 1
    # two plain reports a day apart are two meetings
    [other] = [m for m in _mentions("The talks were held in Bishkek on Wednesday.", "en", "c") if m.kind == "meeting"]
    assert len(merge_mentions([began, other], days={began.id: tuesday, other.id: wednesday})) == 2


def test_a_recurring_event_joins_no_event():
    ms = [m for m in _mentions("A first round of talks was held in Astana. "
                               "A joint commission would meet twice a year in Astana.") if m.kind == "meeting"]
    assert len(ms) == 2 and len(merge_mentions(ms)) == 2


def test_places_that_differ_join_only_on_narrow_days():
    [a] = [m for m in _mentions("A meeting was held in Tashkent.", "en", "a") if m.kind == "meeting"]
    [b] = [m for m in _mentions("A meeting was held in Bishkek.", "en", "b") if m.kind == "meeting"]
    march = DaySet.range(_day(2026, 3, 1), _day(2026, 3, 31))
    this_year = DaySet.range(_day(2026, 1, 1), _day(2026, 6, 22))
    assert len(merge_mentions([a, b], days={a.id: march, b.id: this_year})) == 2


def test_an_undated_round_joins_the_round_of_its_number_at_its_place():
    [dated] = [m for m in _mentions("A first round of talks in Astana ended on Tuesday.", "en", "a") if m.kind == "meeting"]
    [session] = [m for m in _mentions("They will open the first session of a new commission.", "en", "b")
                 if m.kind == "meeting"]
    [undated] = [m for m in _mentions("The talks follow a first round in Astana.", "en", "c") if m.trigger == "round"]
    days = {dated.id: DaySet.single(_day(2026, 4, 14)), session.id: DaySet.single(_day(2026, 6, 23))}
    events = merge_mentions([dated, session, undated], days=days, dated={"a", "b", "c"})
    [joined] = [e for e in events if any(m.trigger == "round" for m in e.mentions)]
    assert {m.document for m in joined.mentions} == {"a", "c"}


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "Saputra ran in the regional election again this year, after he had lost to an empty box in November 2024.", "lost to"),
    ("id", "Pada pemilihan sebelumnya, kotak kosong menang pada November 2024.", "menang"),
    ("es", "En las elecciones de 2019 el candidato perdió ante su rival en octubre.", "perdió ante"),
])
def test_the_outcome_of_an_election_is_an_election_event(lang, text, trigger):
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert m.kind == "election" and any(t.text.endswith("2024") or "octubre" in t.text for t in m.timexes)


def test_an_outcome_word_beside_no_contest_is_no_event():
    # 'won' in a meeting's story is not an election, and 'won the election' is the trigger's
    assert all(m.trigger != "won" for m in _mentions("At the talks on Monday, Kyrgyzstan won concessions on water."))
    assert [m.trigger for m in _mentions("She won the election in May.")] == ["election"]


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "The runoff is scheduled for December 8.", "runoff"),
    ("es", "El balotaje será el 19 de noviembre.", "balotaje"),
    ("fr", "Le ballottage aura lieu le 7 mai.", "ballottage"),
])
def test_a_runoff_is_an_election(lang, text, trigger):
    [m] = [m for m in _mentions(text, lang) if m.trigger.lower() == trigger]
    assert m.kind == "election"


def test_a_mention_quotes_the_clause_of_its_trigger():
    text = "Villagers began returning home on Saturday, a day after authorities lowered the alert."
    ms = {m.kind: m for m in _mentions(text)}
    assert ms["return"].text.startswith("Villagers began returning home on Saturday") and "lowered" not in ms["return"].text
    assert ms["alert_lowered"].text.endswith("lowered the alert.") and "returning" not in ms["alert_lowered"].text
    assert ms["return"].sentence == text


@pytest.mark.parametrize("text,lang,trigger", [
    ("Cargo ships began docking again on Saturday after dockworkers ratified a wage deal, the terminal said.", "en", "ratified"),
    ("Los buques volvieron a atracar el sábado tras la ratificación del acuerdo, informó la terminal.", "es", "ratificación"),
    ("Kapal kembali bersandar pada Sabtu setelah para buruh meratifikasi kesepakatan itu, kata pengelola.", "id", "meratifikasi"),
    ("The company hopes to resume production as early as Monday, once the USDA signs off on the cleanup.", "en",
     "signs off on"),
    # an embedded question: the saying was on Monday; when it resumes nobody said
    ("On Monday, a spokeswoman declined to say when production might resume.", "en", "resume"),
    ("Officials on Friday would not say whether the plant would reopen.", "en", "reopen"),
    ("El lunes, la empresa no precisó cuándo se reanudará la producción.", "es", "reanudará"),
    ("Pada Senin, perusahaan belum memastikan kapan produksi dilanjutkan.", "id", "dilanjutkan"),
    ("Am Montag wollte der Konzern nicht sagen, wann die Gespräche wieder aufgenommen werden.", "de", "Gespräche"),
    ("Lundi, la direction a refusé de préciser quand aurait lieu la réouverture.", "fr", "réouverture"),
])
def test_a_time_of_the_main_clause_does_not_date_a_trigger_in_a_subordinate_clause(text, lang, trigger):
    by_trigger = {m.trigger: m for m in _mentions(text, lang)}
    assert not by_trigger[trigger].timexes  # the ratification came before Saturday, not on it


def test_an_embedded_question_keeps_a_time_of_its_own():
    by_trigger = {m.trigger: m for m in _mentions("Officials would not say whether the plant would reopen on Monday.")}
    assert [t.text for t in by_trigger["reopen"].timexes] == ["Monday"]


@pytest.mark.parametrize("text,trigger,lang", [
    ("Halvorsen made an approach in 2019, analysts recalled.", "made an approach", "en"),
    ("Halvorsen made an approach in 2019.", "made an approach", "en"),
    # the future comes only after the trigger's own past verb: the vote is done, the strike ahead
    ("Los estibadores aprobaron este martes ir a una huelga indefinida a partir del próximo lunes.", "aprobaron",
     "es"),
    ("Dockworkers voted on Tuesday to go on strike next Monday.", "voted", "en"),
])
def test_a_past_verb_inside_a_trigger_phrase_sets_its_tense(text, trigger, lang):
    from chrono.readings import Tense
    by_trigger = {m.trigger: m for m in _mentions(text, lang)}
    assert by_trigger[trigger].tense is Tense.PAST


def test_a_subordinate_clause_ends_at_its_comma_and_the_main_clause_goes_on():
    by_trigger = {m.trigger: m for m in _mentions("On Tuesday, after months of talks, the two sides signed the deal.")}
    assert [t.text for t in by_trigger["signed"].timexes] == ["Tuesday"]
    assert not by_trigger["talks"].timexes


@pytest.mark.parametrize("text,lang,inner,outer", [
    ("Tessaly, which first offered $45 a share in late May, raised its bid to $48 last Thursday.", "en",
     "offered $45 a share", "raised its bid"),
    ("Tessaly, que ofreció 45 dólares por acción a finales de mayo, elevó su oferta el jueves pasado.", "es",
     "ofreció 45 dólares por acción", "elevó su oferta"),
])
def test_a_relative_clause_between_commas_keeps_its_times_and_the_main_clause_its_own(text, lang, inner, outer):
    by_trigger = {m.trigger: m for m in _mentions(text, lang)}
    assert [t.text for t in by_trigger[inner].timexes] == (["late May"] if lang == "en" else ["finales de mayo"])
    assert [t.text for t in by_trigger[outer].timexes] == (["last Thursday"] if lang == "en" else ["jueves pasado"])


def test_a_relative_clause_trigger_takes_a_time_told_before_it_and_its_antecedent_as_participant():
    ms = _mentions("During his visit to Baku in August, Putin praised the partnership, which culminated in the signing "
                   "of agreements.")
    assert [t.text for t in next(m for m in ms if m.trigger == "signing").timexes] == ["August"]
    [lost] = [m for m in _mentions("Rahmat won the rerun vote, defeating Hendra Saputra, who had lost to an empty box "
                                   "in November 2024.") if m.trigger == "lost to"]
    assert "Hendra Saputra" in lost.participants


def test_a_comma_inside_a_number_does_not_close_a_clause():
    ms = _mentions("La fiscalía investiga al consorcio, que firmó el contrato de 23,6 millones de soles en 2022.", "es")
    assert [t.text for t in next(m for m in ms if m.trigger == "firmó").timexes] == ["2022"]


def test_names_in_an_after_clause_are_not_participants_of_the_main_event():
    [visit] = [m for m in _mentions("The President visited shelters in the regency last Friday, a week after Social "
                                    "Affairs Minister Ratna Kusumawati delivered aid there.") if m.kind == "visit"]
    assert "Ratna Kusumawati" not in visit.participants


@pytest.mark.parametrize("text,lang,later,first", [
    ("The standoff began on September 29, and a day later the harbor master closed the port.", "en", "closed", "event"),
    ("The stoppage began on September 29, and a day later the harbor master closed the port.", "en", "closed", "strike"),
    ("The stoppage began on September 29 and two days later the office of the regional harbor master closed the "
     "port.", "en", "closed", "strike"),
    ("El paro comenzó el 29 de septiembre y un día después la Capitanía de Puerto cerró el puerto.", "es", "cerró",
     "strike"),
    ("Mogok kerja dimulai pada 29 September dan sehari kemudian Kantor Syahbandar Puerto Belén menutup pelabuhan.",
     "id", "menutup",
     "strike"),
])
def test_the_date_an_anaphor_counts_from_dates_an_event_of_its_own(text, lang, later, first):
    """The date before 'and a day later' dates what was told first (its trigger, or a mention of its
    own when nothing names the happening); the later trigger has only the anaphor."""
    ms = _mentions(text, lang)
    closing = next(m for m in ms if m.trigger == later)
    assert [t.text for t in closing.timexes if "29" in t.text] == []
    assert [m.kind for m in ms if any("29" in t.text for t in m.timexes)] == [first]


@pytest.mark.parametrize("text,lang,trigger", [
    ("Pertama waktu sungai meluap malam-malam, lalu seminggu kemudian naik lagi.", "id", "meluap"),
    ("The river overflowed at night, and a week later it rose again.", "en", "overflowed"),
])
def test_a_time_counted_from_an_event_past_a_comma_does_not_date_it(text, lang, trigger):
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert not any("later" in t.text or "kemudian" in t.text for t in m.timexes)


def test_an_anaphor_in_the_same_clause_dates_its_trigger():
    [m] = [m for m in _mentions("The talks began on Monday. The river overflowed a week later.") if m.trigger == "overflowed"]
    assert [t.text for t in m.timexes] == ["a week later"]


def test_place_names_match_across_languages_without_their_geographic_head():
    from chrono.events.names import place_keys
    assert place_keys("Sungai Batang Seruni") & place_keys("Batang Seruni River")
    assert place_keys("Gunung Lewotana") & place_keys("Mount Lewotana")
    assert not place_keys("Batang Seruni River") & place_keys("Kapuas River")


def test_an_undated_report_does_not_join_a_background_event_of_a_named_year():
    text = ("The river burst its banks again, flooding four villages. The regency's worst flood in recent memory, "
            "in 2013, kept parts of the town underwater for a week.")
    ms = _mentions(text)
    events = merge_mentions(ms, days={m.id: (DaySet.range(_day(2013, 1, 1), _day(2013, 12, 31))
                                            if any("2013" in t.text for t in m.timexes) else None) for m in ms})
    floods = [e for e in events if e.kind == "disaster"]
    assert len(floods) == 2


def test_an_undated_report_does_not_join_a_background_event_whose_year_is_borrowed():
    """A background flood that borrows its year from its sentence ('Pada 2022, ... atas kebakaran') is as
    much a background fact as one that names it: the story's own undated flood stays apart."""
    text = ("The river burst its banks, flooding four villages. In 2013, the town was underwater for a week, "
            "and the flood destroyed 300 homes.")
    ms = [attrs.evolve(m, inherited=True) if any("2013" in t.text for t in m.timexes) else m for m in _mentions(text)]
    assert any(m.inherited for m in ms)
    events = merge_mentions(ms, days={m.id: (DaySet.range(_day(2013, 1, 1), _day(2013, 12, 31))
                                            if any("2013" in t.text for t in m.timexes) else None) for m in ms})
    assert len([e for e in events if e.kind == "disaster"]) == 2


def test_an_undated_report_does_not_join_an_event_long_before_its_articles_news():
    """'Thousands of workers protested outside parliament' in an article whose news is a Tuesday of March
    2028 is not the protests of October 2020 the article recalls."""
    text = ("Lawmakers approved the labour bill on Tuesday. Thousands of workers protested outside parliament. "
            "The old law was passed in October 2020 despite large protests against it.")
    ms = _mentions(text)
    tuesday = _day(2028, 3, 7)
    assert dt.date.fromordinal(tuesday).weekday() == 1

    def days_of(m):
        if any(t.text == "Tuesday" for t in m.timexes):
            return DaySet.range(tuesday, tuesday)
        if any(t.text == "October 2020" for t in m.timexes):
            return DaySet.range(_day(2020, 10, 1), _day(2020, 10, 31))
        return None
    protests = [e for e in merge_mentions(ms, days={m.id: days_of(m) for m in ms}) if e.kind == "protest"]
    assert len(protests) == 2


# --- session 9: names, roles, repeats and complements (learned from held-out clusters) ---

def test_a_short_name_reads_as_the_full_name_the_article_gives():
    text = ("Bupati Batang Seruni Hasanuddin Rahman mengatakan banjir merendam 11 desa di Kabupaten Batang "
            "Seruni. Hasanuddin memeriksa bendungan pada Kamis.")
    ms = _mentions(text, "id")
    inspection = next(m for m in ms if m.kind == "inspection")
    assert inspection.participants == ("Hasanuddin Rahman",)  # not 'Hasanuddin', nor 'Batang Seruni Hasanuddin Rahman'


@pytest.mark.parametrize("lang, text, person", [
    # the given name alone later shows where the personal name begins
    ("id", "Wali Kota Muara Seruni Rahmat Hidayat meninjau lokasi kebakaran pada Minggu. Rahmat mengecek "
           "penerangan pasar.", "Rahmat Hidayat"),
    # the words before it end another name of the article: the body the person heads
    ("id", "Api melanda Pasar Sentral Muara Seruni. Wali Kota Muara Seruni Rahmat Hidayat meninjau lokasi "
           "kebakaran pada Minggu.", "Rahmat Hidayat"),
    ("id", "Gubernur Sulawesi Tengah Hendra Lamaluta melantik penjabat bupati pada Senin. Hendra meminta "
           "warga tenang.", "Hendra Lamaluta"),
    # a personal name of three words stays whole, however the article shortens it later
    ("id", "Hakim Ahmad Fadli Siregar membacakan putusan pada Senin. Fadli menolak permohonan itu.",
     "Ahmad Fadli Siregar"),
])
def test_a_titled_run_is_read_to_the_personal_name_the_article_shows(lang, text, person):
    ms = _mentions(text, lang)
    assert person in {p for m in ms for p in m.people}


def test_an_organisation_is_never_a_person():
    text = "Inspectors from the Public Works Ministry inspected the Lubuk Kemuning Dam on Thursday."
    names = {n.text: n for n in find_names(text, 0, len(text), "en")}
    assert not names["Public Works Ministry"].is_person
    assert names["Lubuk Kemuning Dam"].is_place and not names["Lubuk Kemuning Dam"].is_person


@pytest.mark.parametrize("code, text, name", [
    ("en", "The Ombaran Patriotic Front signed the accord.", "Ombaran Patriotic Front"),
    ("en", "Crestline Airways offered refunds.", "Crestline Airways"),
    ("es", "El bloque Frente Cívico presentó la moción.", "Frente Cívico"),
    ("es", "Un derrame en la Refinería Mirasol cerró las playas.", "Refinería Mirasol"),
])
def test_a_front_an_airline_or_a_refinery_is_an_organisation_not_a_person(code, text, name):
    names = {n.text: n for n in find_names(text, 0, len(text), code)}
    assert name in names and not names[name].is_person


def test_a_name_the_article_shows_as_a_place_is_no_person_where_it_reads_as_a_subject():
    """'Costa Rica votes' reads like a personal name; 'in Costa Rica' in the same article shows it is
    the place, and a place never keeps two reports apart."""
    text = "Voters in Costa Rica went to the polls on Sunday. Costa Rica held a runoff on Sunday."
    ms = _mentions(text, "en")
    assert ms and not any("Costa Rica" in m.people for m in ms)


def test_a_title_alone_is_a_role_and_a_title_before_a_name_is_its_role():
    text = "Menteri Sosial Ratna Kusumawati mengunjungi posko. Presiden dijadwalkan meninjau lokasi banjir."
    names = {n.text: n for n in find_names(text, 0, len(text), "id")}
    assert names["Ratna Kusumawati"].is_person and names["Ratna Kusumawati"].role == "Menteri Sosial"
    assert names["Presiden"].role == "Presiden" and not names["Presiden"].is_person



@pytest.mark.parametrize("code, text, name", [
    ("es", "una auditoría de la Contraloría General de la República de 2024", "Contraloría General de la República"),
    ("en", "A 2024 audit by Peru's Comptroller General's Office found", "Peru's Comptroller General's Office"),
    ("en", "the Attorney General of Texas said", "Attorney General of Texas"),
])
def test_a_title_inside_an_institutions_name_is_not_a_persons_title(code, text, name):
    names = {n.text: n for n in find_names(text, 0, len(text), code)}
    assert name in names and not names[name].is_person and names[name].role is None


def test_a_title_that_opens_a_name_stays_its_title():
    text = "Secretary General of NATO Mark Rutte said"
    names = [n for n in find_names(text, 0, len(text), "en")]
    assert names[0].is_person and names[0].role == "Secretary General"

def test_the_presidents_visit_is_not_the_ministers():
    text = ("Menteri Sosial Ratna Kusumawati mengunjungi posko pengungsian pada Jumat (16/1/2026). "
            "Presiden dijadwalkan meninjau lokasi banjir pekan depan.")
    ms = [m for m in _mentions(text, "id") if m.kind == "visit"]
    assert len(ms) == 2 and ms[1].participants == () and ms[1].roles == ("Presiden",)
    days = {m.id: DaySet.range(_day(2026, 1, 14), _day(2026, 1, 20)) for m in ms}
    assert len(merge_mentions(ms, days=days)) == 2


def test_the_object_of_a_visit_is_not_an_event_of_its_own():
    ms = _mentions("Presiden meninjau lokasi banjir pekan depan.", "id")
    assert [m.kind for m in ms] == ["visit"]


@pytest.mark.parametrize("code, text", [
    ("en", "The broader recall adds 41 items to the turkey."),
    ("en", "Pinecrest announced a wider recall on Monday."),
    ("es", "La fiscalía abrió una investigación ampliada el lunes."),
    ("id", "Sidang lanjutan digelar pada Senin."),
])
def test_a_broader_or_follow_up_one_is_a_repeat(code, text):
    assert any(m.again for m in _mentions(text, code))


@pytest.mark.parametrize("code, text, kind, present", [
    ("es", "El detenido será puesto mañana a disposición del juez.", "arrest", False),
    ("es", "Los evacuados regresaron a sus casas el domingo.", "evacuation", False),
    ("es", "El gerente fue detenido el martes en su domicilio.", "arrest", True),
    ("es", "La detención se produjo el martes.", "arrest", True),
    ("fr", "Les évacués sont rentrés chez eux dimanche.", "evacuation", False),
    # nouns that only end like a participle tell of the event
    ("fr", "Une réplique a secoué la ville dimanche.", "aftershock", True),
    ("fr", "La crue a atteint son pic dimanche.", "disaster", True),
    ("es", "El atentado ocurrió el lunes frente a la embajada.", "attack", True),
    ("es", "La llegada del presidente a Lima fue el lunes.", "visit", True),
])
def test_a_participle_after_a_determiner_names_people_not_the_event(code, text, kind, present):
    assert any(m.kind == kind for m in _mentions(text, code)) is present


def test_a_repeat_never_joins_the_first_one_across_articles():
    first = _mentions("Pinecrest recalled its Hearthside turkey in Carrow Falls on Wednesday.", "en", "a")
    again = _mentions("Pinecrest expanded the recall in Carrow Falls on Monday.", "en", "b")
    assert again[0].again and not first[0].again
    days = {m.id: DaySet.weekdays(_day(2026, 9, 1), _day(2026, 9, 30), [0, 2]) for m in first + again}
    assert len(merge_mentions(first + again, days=days)) == 2


def test_a_repeat_does_not_join_a_first_one_its_own_article_dates_apart():
    """A headline's widened recall and 'the Wednesday recall' of the same article are the widening
    and the first recall: only days that agree could make them one."""
    ms = _mentions("Pinecrest widens recall to every product. The Wednesday recall covered only turkey.", "en", "a")
    assert [m.again for m in ms] == [True, False]
    days = {ms[1].id: DaySet.range(_day(2026, 9, 16), _day(2026, 9, 16))}
    assert len(merge_mentions(ms, days=days)) == 2


def test_a_repeat_and_an_undated_report_of_it_stay_one_event():
    ms = _mentions("Pinecrest expanded the recall on Monday. The recall covers 41 more items.", "en", "a")
    assert [m.again for m in ms] == [True, False]
    days = {ms[0].id: DaySet.range(_day(2026, 9, 21), _day(2026, 9, 21))}
    assert len(merge_mentions(ms, days=days)) == 1


@pytest.mark.parametrize("code, text, trigger", [
    ("en", "The company said it will pay its 600 workers during the shutdown.", "shutdown"),
    ("en", "Workers will be paid throughout the two-week shutdown.", "shutdown"),
    ("es", "La empresa pagará a sus trabajadores durante el cierre.", "cierre"),
    ("id", "Perusahaan akan membayar pekerja selama penutupan pabrik.", "penutupan"),
])
def test_a_future_inside_an_event_does_not_put_the_event_ahead(code, text, trigger):
    """'will pay workers during the shutdown': the shutdown may have begun long before."""
    [m] = [m for m in _mentions(text, code) if m.trigger == trigger]
    assert m.tense.value != "future"


def test_what_a_source_expects_is_ahead_though_the_source_spoke_in_the_past():
    text = "The committee has said it expects to publish its preliminary findings by the end of this month."
    [m] = [m for m in _mentions(text) if m.trigger == "findings"]
    assert m.tense.value == "future"


def test_a_future_event_not_inside_a_container_keeps_its_future():
    [m] = [m for m in _mentions("The plant will shut down on Friday.", "en") if m.kind == "closure"]
    assert m.tense.value == "future"


def test_a_subordinate_clause_takes_no_tense_from_the_main_clause():
    text = ("Los estibadores aprobaron ir a una huelga a partir del próximo lunes, tras el fracaso de las "
            "negociaciones salariales.")
    talks = next(m for m in _mentions(text, "es") if m.trigger == "negociaciones")
    assert talks.tense.value != "future"


def test_criminal_case_steps_are_distinct_kinds():
    text = ("Benavides was arrested on March 3, charged on March 4 and sentenced on April 7; "
            "his appeal was heard on March 12.")
    kinds = [m.kind for m in _mentions(text)]
    assert {"arrest", "charge", "sentencing", "appeal"} <= set(kinds)


def test_a_background_year_after_its_own_trigger_dates_nothing_before_it():
    ms = _mentions("Two people familiar with the inquiry said inspectors had visited the plant of Pinecrest, "
                   "a family-owned company founded in 1958.")
    by_kind = {m.kind: m for m in ms}
    assert [t.text for t in by_kind["founding"].timexes] == ["1958"]
    assert by_kind["visit"].timexes == () and by_kind["investigation"].timexes == ()


def test_a_year_told_first_still_dates_the_whole_clause():
    ms = _mentions("In 2014, the company pulled its ham and recalled 40,000 pounds of sausage.")
    recall = next(m for m in ms if m.kind == "recall")
    assert [t.text for t in recall.timexes] == ["2014"]


@pytest.mark.parametrize("text, lang, plan", [
    ("The vote, originally scheduled for July 30, was held on Aug. 3.", "en", "July 30"),
    ("Laporan awal yang semula ditargetkan rampung akhir Juli itu molor beberapa hari.", "id", "akhir Juli"),
    ("La audiencia, prevista inicialmente para el 5 de marzo, se celebró el lunes.", "es", "el 5 de marzo"),
    ("La Mesa acordó aplazar una semana la comparecencia, que estaba prevista para el próximo martes.", "es",
     "el próximo martes"),
])
def test_a_plan_that_was_not_kept_dates_only_the_plan(text, lang, plan):
    """The day planned dates no event that happened; it dates the plan, told apart as given up."""
    from chrono.events.detect import is_dating
    expressions = recognize(text, lang)
    [kept] = [e for e in expressions if e.text == plan]
    assert kept.relation == "superseded" and not is_dating(kept)
    ms = _mentions(text, lang)
    dated = [m for m in ms for e in m.timexes if e.text == plan and is_dating(e)]
    assert len(dated) == 1 and dated[0].given_up
    for m in dated:  # the plan of the event it was set for: its kind, and no trigger word of its own
        assert m.trigger == "" and any(o.kind == m.kind and not o.given_up for o in ms)


def test_an_anaphor_counts_from_a_plan_that_was_not_kept():
    text = ("La audiencia estaba prevista inicialmente para el lunes 23 de marzo, pero ese día el juez la aplazó "
            "una semana.")
    ms = _mentions(text, "es")
    [plan] = [m for m in ms if m.kind == "event"]
    assert plan.trigger == "lunes 23 de marzo" and plan.timexes[0].relation is None
    assert next(m for m in ms if m.kind == "hearing").timexes == ()


def test_the_event_a_gap_counts_from_takes_no_date_of_the_sentence():
    ms = _mentions("Una réplica de magnitud 5,2 sembró el pánico este miércoles en Huaylamarca, un día después "
                   "del terremoto que devastó esta localidad.", "es")
    by_kind = {m.kind: m for m in ms}
    assert [t.text for t in by_kind["aftershock"].timexes] == ["este miércoles", "un día"]
    assert by_kind["disaster"].timexes == ()


def test_a_verb_after_a_closing_comma_is_no_aspect_of_the_noun_before_it():
    text = "Las clases, suspendidas desde el día del terremoto, se reanudarán el próximo lunes."
    kinds = [m.kind for m in _mentions(text, "es")]
    assert "opening" in kinds and "disaster" in kinds


def test_an_article_without_headline_is_about_the_names_of_its_lede():
    from chrono.pipeline import analyse
    text = ("LIMA, 9 mar (EFE).- Un sismo de magnitud 6,8 sacudió este martes la localidad andina de Huaylamarca.\n\n"
            "El terremoto de 1958 había destruido la iglesia.")
    doc = Document(id="q", path="q.txt", text=text, language="es")
    assert "Huaylamarca" in analyse(doc).topics and "Lima" not in analyse(doc).topics


def test_an_article_is_about_the_names_of_its_headline_and_of_its_lede():
    """'Peru judge orders city official jailed' names only Peru: the lede says which city."""
    from chrono.pipeline import analyse
    text = ("Peru judge orders city official jailed pending trial\n\n"
            "LIMA, March 5 (Reuters) - A Peruvian judge on Thursday ordered a senior official in the Andean "
            "city of Huaylamarca to be held in pre-trial detention.")
    topics = analyse(Document(id="p", path="p.txt", text=text, language="en")).topics
    assert "Peru" in topics and "Huaylamarca" in topics


def test_an_infinitive_takes_no_past_from_the_verb_it_hangs_on():
    from chrono.readings import Tense
    [hearing] = [m for m in _mentions("Sen. Ilse said she intended to call the chief executive to testify in public.")
                 if m.kind == "hearing"]
    assert hearing.tense is Tense.PRESENT
    [back] = _mentions("Pupils returned to school in prefabricated classrooms.")
    assert back.kind == "opening" and back.tense is Tense.PAST


NEWS_KINDS = [
    # a strike, a collapse, a fire put out, a police search, a suspension, a renovation, a weather warning
    ("en", "Dockworkers at the container terminal went on strike on Monday, halting cargo traffic.", ["strike"]),
    ("en", "Teachers walked off the job on Tuesday.", ["strike"]),
    ("en", "The roof of the sports hall collapsed on Saturday night.", ["collapse"]),
    ("en", "Firefighters brought the blaze under control early on Sunday.", ["containment"]),
    ("en", "Police searched the mayor's home on Wednesday.", ["raid"]),
    ("en", "The council suspended the treasurer from her post on Friday.", ["suspension"]),
    ("en", "The old library was renovated in 2012.", ["renovation"]),
    ("en", "The weather service issued a storm warning for the coast on Thursday.", ["warning"]),
    ("es", "Los maestros de la provincia iniciaron una huelga indefinida el lunes.", ["strike"]),
    ("es", "El techo del gimnasio se derrumbó el sábado por la noche.", ["collapse"]),
    ("es", "Los bomberos sofocaron el incendio en la madrugada del domingo.", ["containment"]),
    ("es", "Agentes de la fiscalía allanaron el domicilio del alcalde el miércoles.", ["raid"]),
    ("es", "El concejo suspendió al tesorero del cargo el viernes.", ["suspension"]),
    ("es", "El teatro municipal fue remodelado en 2012.", ["renovation"]),
    ("es", "El servicio meteorológico emitió un aviso de oleaje para la costa el jueves.", ["warning"]),
    ("id", "Ribuan buruh pabrik melakukan mogok kerja pada Senin (6/10).", ["strike"]),
    ("id", "Atap gedung sekolah itu ambruk pada Sabtu malam.", ["collapse"]),
    ("id", "Api baru berhasil dipadamkan pada Minggu pagi.", ["containment"]),
    ("id", "Penyidik menggeledah rumah dinas bupati pada Rabu (12/3).", ["raid"]),
    ("id", "Kepala dinas itu dinonaktifkan dari jabatannya pada Jumat.", ["suspension"]),
    ("id", "Gedung bioskop itu direnovasi pada 2012.", ["renovation"]),
    ("id", "BMKG mengeluarkan peringatan dini gelombang tinggi pada Kamis.", ["warning"]),
    # words that only look like them: an air strike, striking a deal, a reporting 'warned', a closure,
    # an alert level, unemployment ('paro'), a renewed contract, a stalled engine, a power cut
    ("en", "An air strike hit the village on Sunday.", ["attack"]),
    ("en", "The two companies hope to strike a deal by Friday.", []),
    # no weather warning; the dated saying, the sentence's only dated news, is a statement of Monday
    ("en", "He warned that prices would rise, the minister said on Monday.", ["report", "statement"]),
    ("en", "Flights were suspended on Monday.", ["closure"]),
    ("en", "The agency raised the volcano's alert status on Wednesday.", ["alert"]),
    ("es", "El paro registrado bajó en marzo, según los datos oficiales.", ["event"]),
    ("es", "El paro comenzó el 29 de septiembre.", ["strike"]),
    ("es", "La Policía Nacional detuvo este martes al gerente de obras.", ["arrest"]),
    ("es", "Un juzgado laboral rechazó ayer la petición de la concesionaria.", ["ruling"]),
    ("en", "The blaze broke out late on Saturday.", ["disaster"]),
    ("en", "The stoppage began on September 29.", ["strike"]),
    ("en", "The earliest known case became ill on Aug. 27.", ["outbreak"]),
    ("en", "The plant has been idle since Friday.", ["closure"]),
    ("en", "The wreck had been located only a day earlier.", ["discovery"]),
    ("en", "Most survivors were pulled from the water on Wednesday.", ["rescue"]),
    ("en", "Halvorsen agreed two weeks ago to pay $42 a share.", ["acquisition"]),
    ("en", "The ferry sank four hours after leaving the port.", ["accident", "departure"]),
    ("en", "A ruling is due on Friday.", ["ruling"]),
    ("en", "A labor court in Puerto Belén refused to declare the stoppage illegal.", ["ruling", "strike"]),
    ("id", "Pada 2009, api juga melalap sekitar 150 kios.", ["disaster"]),
    ("id", "Tim Labfor telah melakukan olah TKP dua hari lalu.", ["investigation"]),
    ("id", "Bangkai kapal terdeteksi oleh sonar pada Kamis.", ["discovery"]),
    ("es", "El contrato del entrenador fue renovado en 2012.", ["event"]),
    # the rise is an event of no known kind, told by its verb; Monday is the saying's (a statement), not the rise's
    ("es", "El ministro advirtió que los precios subirán, dijo el lunes.", ["report", "statement", "event"]),
    ("id", "Mesin kapal itu mogok di tengah laut pada Selasa sore.", ["event"]),
    ("id", "Listrik padam sejak Senin malam.", ["event"]),
    ("en", "The plane overran the runway on Monday night.", ["accident"]),
    ("en", "The runway was last resurfaced in 2016.", ["renovation"]),
    ("en", "The airline grounded a second Boeing 737 on Thursday.", ["closure"]),
    ("en", "The governor denied the accusations last night.", ["announcement"]),
    ("id", "Pesawat itu tergelincir pada Senin malam.", ["accident"]),
    ("id", "Landasan itu terakhir kali dilapisi ulang pada 2016.", ["renovation"]),
    ("id", "Gubernur membantah tuduhan itu pada Selasa.", ["announcement"]),
    ("es", "El gobernador negó anoche las acusaciones.", ["announcement"]),
]

CASE_AND_BUSINESS_KINDS_FR_DE_RU = [
    # a criminal case step by step, a company deal, a ship lost, a strike, a collapse, a fire put out,
    # a police search, a recall, a weather warning: each its own kind in French, German and Russian
    ("fr", "Le suspect a été mis en examen pour homicide et placé en détention provisoire samedi.",
     ["charge", "custody"]),
    ("fr", "L'ancien maire a été condamné mardi à cinq ans de prison ferme, et ses avocats ont fait appel du "
           "jugement.", ["sentencing", "appeal"]),
    ("fr", "L'audience a été reportée au 12 juin.", ["hearing", "postponement"]),
    ("fr", "Le ferry a fait naufrage dimanche au large de la Corse ; 40 passagers ont été secourus.",
     ["accident", "rescue"]),
    ("fr", "Le groupe a finalisé l'acquisition de son concurrent allemand en janvier.", ["completion"]),
    ("fr", "Les contrôleurs aériens se sont mis en grève jeudi.", ["strike"]),
    ("fr", "Le toit du gymnase s'est effondré samedi sous le poids de la neige.", ["collapse"]),
    ("fr", "L'incendie a été maîtrisé dans la nuit de jeudi à vendredi.", ["containment"]),
    ("fr", "Une perquisition a eu lieu mardi au siège du parti.", ["raid"]),
    ("fr", "Le laboratoire a rappelé plusieurs lots de sirop après une épidémie de gastro-entérite.",
     ["recall", "outbreak"]),
    ("fr", "Météo-France a placé douze départements en vigilance orange pour jeudi.", ["warning"]),
    ("fr", "Le directeur de l'hôpital a été suspendu de ses fonctions jeudi.", ["suspension"]),
    ("de", "Die Staatsanwaltschaft erhob im März Anklage, der Haftrichter ordnete Untersuchungshaft an.",
     ["charge", "custody", "custody"]),
    ("de", "Das Landgericht verurteilte den Angeklagten am Freitag zu sieben Jahren Haft.", ["sentencing"]),
    ("de", "Die Angeklagte wurde freigesprochen, die Staatsanwaltschaft legte Revision ein.", ["verdict", "appeal"]),
    ("de", "Die Fähre kenterte am Samstag vor der Küste, 30 Menschen wurden gerettet.", ["accident", "rescue"]),
    ("de", "Das Kartellamt genehmigte die Übernahme im Mai.", ["approval"]),
    ("de", "Der Bieter zog sein Angebot am Montag zurück.", ["withdrawal"]),
    ("de", "Die Lokführer streikten am Donnerstag bundesweit.", ["strike"]),
    ("de", "Die Brücke war am Dienstag eingestürzt.", ["collapse"]),
    ("de", "Die Feuerwehr brachte den Brand am Abend unter Kontrolle.", ["containment"]),
    ("de", "Ermittler durchsuchten am Dienstag die Geschäftsräume des Konzerns.", ["raid"]),
    ("de", "Der Deutsche Wetterdienst gab für Bayern eine Unwetterwarnung heraus.", ["warning"]),
    ("ru", "Басманный суд арестовал бизнесмена, ему предъявлено обвинение в мошенничестве.", ["custody", "charge"]),
    ("ru", "Суд приговорил бывшего губернатора к 12 годам колонии строгого режима.", ["sentencing"]),
    ("ru", "Присяжные признали его виновным, защита обжаловала приговор.", ["verdict", "appeal"]),
    ("ru", "Он признал себя виновным и заключил сделку со следствием.", ["plea", "plea"]),
    ("ru", "Судебное заседание отложено до 15 мая.", ["hearing", "postponement"]),
    ("ru", "Судно затонуло у берегов Камчатки, 12 моряков спасены.", ["accident", "rescue"]),
    ("ru", "Тела двух рыбаков обнаружены в понедельник.", ["discovery"]),
    ("ru", "Компания завершила сделку по покупке конкурента в марте.", ["completion"]),
    ("ru", "Рабочие завода бастовали с понедельника.", ["strike"]),
    ("ru", "В Саратове частично обрушился жилой дом.", ["collapse"]),
    ("ru", "В офисе компании прошли обыски.", ["raid"]),
    ("ru", "МЧС объявило штормовое предупреждение на выходные.", ["warning"]),
    # words that only look like them: a condemnation, a storm striking a city, a search for a compromise
    ("fr", "Le président a condamné l'attentat.", ["attack"]),
    ("de", "Die Bundesregierung hat den Angriff scharf verurteilt.", ["attack"]),
    ("ru", "На Москву обрушился ливень.", ["weather"]),
    ("ru", "Стороны продолжили поиски компромисса.", []),
]


@pytest.mark.parametrize("lang,text,kinds", NEWS_KINDS + CASE_AND_BUSINESS_KINDS_FR_DE_RU)
def test_news_kinds(lang, text, kinds):
    assert [m.kind for m in _mentions(text, lang)] == kinds


@pytest.mark.parametrize("lang,text", [
    ("en", "The two leaders did not meet on Tuesday."),
    ("en", "He has not been charged, police said on Friday."),
    ("en", "The bodies haven't been found yet."),
    ("es", "Los ministros no se reunieron el martes."),
    ("es", "El sospechoso no fue detenido el lunes."),
    ("id", "Polisi tidak menahan tersangka pada Senin."),
    ("fr", "Le suspect n'a pas été arrêté lundi."),
    ("de", "Der Verdächtige wurde am Montag nicht festgenommen."),
    ("ru", "Подозреваемый не был арестован в понедельник."),
    ("en", "Evacuees should be able to go home over the weekend if there is no more heavy rain upstream."),
    # what might have been did not happen
    ("en", "They found a door we should have closed on March 5."),
    ("en", "He could have been arrested on Tuesday."),
])
def test_a_denied_event_is_no_event_and_its_date_dates_nothing(lang, text):
    assert [m.kind for m in _mentions(text, lang) if m.kind != "report"] == []


@pytest.mark.parametrize("lang,text,kinds", [
    # reflexive 'se declaró' tells when the fire broke out: no statement
    ("es", "El incendio, que se declaró el martes a media tarde, sigue activo.", ["disaster"]),
    ("es", "El ministro declaró el martes que no dimitirá.", ["announcement"]),
    ("es", "El acusado se declaró culpable el lunes.", ["plea"]),
])
def test_a_phrase_reads_the_trigger_inside_it_otherwise(lang, text, kinds):
    assert [m.kind for m in _mentions(text, lang)] == kinds


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "No one was killed in the fire on Sunday.", "disaster"),  # the fire took place, the deaths did not
    ("en", "He did not attend the meeting on Tuesday.", "meeting"),  # the meeting took place without him
])
def test_a_negation_denies_only_its_own_verb(lang, text, kind):
    assert [m.kind for m in _mentions(text, lang)] == [kind]


@pytest.mark.parametrize("lang,text", [
    ("id", "Dapur itu ditutup sejak Kamis dan belum diizinkan beroperasi kembali."),
    ("en", "The kitchen has been closed since Thursday and has not been allowed to reopen."),
    ("es", "La cocina está cerrada desde el jueves y no se ha permitido reabrir el local."),
])
def test_what_is_not_permitted_did_not_happen(lang, text):
    """'not allowed to reopen': no reopening, and the closure keeps its own 'since' day."""
    kinds = [m.kind for m in _mentions(text, lang)]
    assert "opening" not in kinds and "closure" in kinds


@pytest.mark.parametrize("lang,text,kinds", [
    ("en", "The Preliminary Investigation Court ordered his detention on March 5.", ["custody"]),
    ("en", "Leaders gathered for the Moscow Summit on Tuesday.", ["summit"]),
    ("es", "El Juzgado de Investigación Preparatoria ordenó su detención el 5 de marzo.", ["arrest"]),
    ("es", "Los presidentes llegaron a la Cumbre de las Américas el martes.", ["visit", "summit"]),
    ("es", "La Asamblea Nacional aprobó la ley el martes.", ["approval"]),  # a parliament, no meeting
    ("id", "Ketua Komisi Pemilihan Umum menetapkan hasil pada Senin.", ["event"]),
    ("en", "Police Arrest Suspect In Market Fire Investigation", ["arrest", "disaster", "investigation"]),
])
def test_a_trigger_inside_an_institution_name_is_no_event(lang, text, kinds):
    """'Investigation' in a court's name is no inquiry; a trigger at the name's head ('the Moscow Summit',
    'la Cumbre de las Américas') is the event's own name; a title-case headline is read word by word."""
    assert [m.kind for m in _mentions(text, lang)] == kinds


def test_a_gap_in_a_trigger_phrase_spans_a_decimal_amount():
    [m] = [m for m in _mentions("Halvorsen completed the $6.3 billion purchase last week.") if m.kind == "completion"]
    assert m.trigger == "completed the $6.3 billion purchase"
    assert [t.text for t in m.timexes] == ["last week"]


@pytest.mark.parametrize("text,lang,past", [
    ("El Ministerio anunció que las clases, suspendidas desde el día del terremoto, se reanudarán el próximo lunes.",
     "es", "suspendidas"),
    ("The ministry said the talks collapsed, and the two sides will meet again next Monday.", "en", "collapsed"),
])
def test_a_past_trigger_borrows_no_time_that_points_ahead(text, lang, past):
    [m] = [m for m in _mentions(text, lang) if m.trigger == past]
    assert not m.timexes


@pytest.mark.parametrize("text,lang,trigger", [
    ("Halvorsen Industries said Tuesday it will buy Brightwater for $6.3 billion.", "en", "will buy"),
])
def test_a_trigger_that_opens_with_its_future_marker_is_future(text, lang, trigger):
    from chrono.readings import Tense
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert m.tense is Tense.FUTURE


def test_once_again_opens_no_clause():
    [m] = [m for m in _mentions("Ilham Aliyev once again congratulated Vladimir Putin on his birthday.") if m.kind == "birthday"]
    assert "Ilham Aliyev" in m.participants


def test_a_reduplicated_word_is_not_the_trigger_its_half_spells():
    assert not [m for m in _mentions("Kapal tiba-tiba oleng pada Selasa malam.", "id") if m.kind == "visit"]
    [visit] = [m for m in _mentions("Menteri tiba di Kupang pada Selasa malam.", "id") if m.kind == "visit"]
    assert visit.trigger == "tiba"


def test_an_undated_meeting_told_as_over_and_one_told_as_ahead_stay_apart_in_an_article():
    ms = _mentions("Those talks broke down over price. Shareholders will vote on the deal at a special meeting.")
    meetings = [e for e in merge_mentions(ms) if e.kind == "meeting"]
    assert len(meetings) == 2


def test_a_state_told_to_last_until_a_day_is_the_state_that_began():
    ms = _mentions("The eruption closed Frans Seda airport. The airport will stay closed until Thursday.")
    closures = [e for e in merge_mentions(ms) if e.kind == "closure"]
    assert len(closures) == 1 and len(closures[0].mentions) == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "The special meeting, which had been pushed back from June 22, was held yesterday."),
    ("es", "La audiencia, aplazada desde el 22 de junio, se celebró ayer."),
    ("id", "Rapat yang diundur dari 22 Juni itu digelar kemarin."),
    ("fr", "La réunion, reportée du 22 juin, s'est tenue hier."),
])
def test_the_day_a_plan_was_moved_off_dates_nothing(lang, text):
    from chrono.events.detect import is_dating
    [june_22, yesterday] = recognize(text, lang)
    assert june_22.relation == "superseded" and not is_dating(june_22)
    assert yesterday.relation is None and is_dating(yesterday)


@pytest.mark.parametrize("lang, text, tense", [
    ("en", "The meeting, originally scheduled for June 22, was held on June 29.", "PAST"),
    ("id", "Laporan awal yang semula ditargetkan rampung akhir Juli itu molor beberapa hari.", "PRESENT"),
])
def test_the_words_of_a_plan_given_up_set_no_tense(lang, text, tense):
    [m] = [m for m in _mentions(text, lang) if not m.given_up]
    assert m.tense.name == tense


def test_and_that_opens_a_clause_whose_time_is_its_own():
    [talks] = [m for m in _mentions("La jueza consideró que el sindicato respetó los plazos de la negociación colectiva "
                                    "y que la votación de la semana pasada fue válida.", "es") if m.kind == "meeting"]
    assert talks.timexes == ()


@pytest.mark.parametrize("lang,text,trigger,size", [
    ("es", "Una réplica de magnitud 5,2 volvió a sembrar el pánico en Huaylamarca.", "réplica", 5.2),
    ("es", "El sismo principal, de magnitud 6,8, ocurrió la madrugada del martes.", "sismo", 6.8),
    ("en", "A 5.6-magnitude aftershock hit the town on Sunday night.", "aftershock", 5.6),
    ("en", "An aftershock measuring 5.4 on the Richter scale hit the town on Sunday.", "aftershock", 5.4),
    ("id", "Gempa berkekuatan 5,6 SR mengguncang Lombok pada Minggu malam.", "Gempa", 5.6),
    ("id", "Gempa susulan bermagnitudo 4,9 terjadi pada Senin.", "Gempa susulan", None),
    ("fr", "Une réplique de magnitude 5,1 a secoué la ville dimanche.", "réplique", 5.1),
    ("de", "Ein Nachbeben der Stärke 5,3 erschütterte die Stadt am Sonntag.", "Nachbeben", 5.3),
    ("ru", "Афтершок магнитудой 5,5 произошёл в воскресенье.", "Афтершок", 5.5),
    # a number that is not a size: a toll, a time, a magnitude far from the trigger
    ("en", "The aftershock on Sunday killed 5 people.", "aftershock", None),
    ("es", "La réplica del domingo a las 23.20 dejó dos muertos.", "réplica", None),
])
def test_a_quake_report_carries_its_magnitude(lang, text, trigger, size):
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert m.magnitude == size


@pytest.mark.parametrize("lang,text,trigger,levels", [
    # the level set, not the one left ('from', 'dari', 'von'), unless a 'to' word says it was set
    ("id", "PVMBG menaikkan status Gunung Lewotobi dari Level II (Waspada) menjadi Level III (Siaga) pada Kamis.",
     "menaikkan status", {"level-3"}),
    ("id", "Status kemudian diturunkan dari Awas ke Siaga pada Jumat.", "Status kemudian diturunkan", {"level-3"}),
    ("id", "Pemkab menetapkan status siaga darurat karhutla pada Senin.", "menetapkan status siaga", {"pre-emergency"}),
    ("en", "The agency lowered the alert to Level III from the top Level IV on Friday.", "lowered the alert", {"level-3"}),
    ("en", "The agency raised the alert from Level II to Level III on Friday.", "raised the alert", {"level-3"}),
    ("en", "The governor declared a state of emergency on Monday.", "declared a state of emergency", {"emergency"}),
    ("es", "Las autoridades elevaron la alerta a nivel 3 el martes.", "elevaron la alerta", {"level-3"}),
    ("es", "El gobierno decretó la alerta roja el martes.", "decretó la alerta", {"red"}),
    ("fr", "La préfecture a déclenché l'alerte rouge mardi.", "déclenché l'alerte", {"red"}),
    ("de", "Die Behörden erhöhten die Alarmstufe von Stufe 2 auf Stufe 3 am Dienstag.", "erhöhten die Alarmstufe", {"level-3"}),
    ("ru", "Синоптики повысили уровень опасности с жёлтого до оранжевого во вторник.", "повысили уровень опасности", {"orange"}),
    ("ru", "Власти ввели режим ЧС во вторник.", "ввели режим ЧС", {"emergency"}),
    # no level told; a word that is a level only when written as one ('warga diminta tetap siaga')
    ("en", "The agency raised the alert on Tuesday as water levels rose.", "raised the alert", set()),
    ("id", "PVMBG menaikkan status gunung pada Senin, dan warga diminta tetap siaga.", "menaikkan status", set()),
])
def test_an_alert_carries_the_level_it_set(lang, text, trigger, levels):
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert m.alert_levels == levels


@pytest.mark.parametrize("text,kind,trigger", [
    # a German compound whose last part is a trigger noun is that event
    ("Bei einer Sondersitzung des Kabinetts am Sonntag gab es Soforthilfe.", "meeting", "Sondersitzung"),
    ("Die Landtagswahl findet am 8. Oktober statt.", "election", "Landtagswahl"),
    ("Nach der Krisen-Sitzung vom Dienstag blieb alles offen.", "meeting", "Krisen-Sitzung"),
    ("Bei einer Bürgerversammlung am Samstag forderten Anwohner mehr Hilfe.", "meeting", "Bürgerversammlung"),
    # ... but not a word that merely ends in one ('Botschaft' is no custody, 'Vorurteil' no ruling)
    ("Die Botschaft teilte am Montag nichts mit.", None, "Botschaft"),
    ("Das Vorurteil hält sich seit Jahren.", None, "Vorurteil"),
    ("Der Friedensprozess stockt seit Dienstag.", None, "Friedensprozess"),
])
def test_a_german_compound_ending_in_a_trigger_is_its_event(text, kind, trigger):
    found = {m.trigger: m.kind for m in _mentions(text, "de")}
    assert found.get(trigger) == kind


@pytest.mark.parametrize("text,kind,trigger", [
    ("In der Nacht zum Samstag wurde der Ortsteil geräumt.", "evacuation", "geräumt"),
    ("Die Brücke ist seit Montagmorgen wieder für den Verkehr freigegeben.", "opening", "freigegeben"),
    ("Taucher haben die Staumauer am Dienstag untersucht.", "inspection", "untersucht"),
    ("Das Kabinett hat am Dienstag ein Hilfsprogramm beschlossen.", "approval", "beschlossen"),
])
def test_german_flood_news_words_are_events(text, kind, trigger):
    assert {m.trigger: m.kind for m in _mentions(text, "de")}.get(trigger) == kind


@pytest.mark.parametrize("kind,day,told,other,same,untold", [
    # the 5.2 and the 5.6 aftershock are two tremors; 5.6 and 5.4 one, as two agencies round it
    ("aftershock", (2027, 3, 10), "A magnitude 5.2 aftershock hit Huaylamarca on March 10, 2027.",
     "A magnitude 5.6 aftershock hit Huaylamarca on March 10, 2027.",
     "An aftershock of magnitude 5.4 hit Huaylamarca on March 10, 2027.",
     "An aftershock hit Huaylamarca on March 10, 2027."),
    # the raise to Level III and the raise to Level IV are two alerts; 'from Level II to Level III' is the first
    ("alert", (2029, 4, 5), "The volcanology agency raised the alert to Level IV on April 5, 2029.",
     "The volcanology agency raised the alert to Level III on April 5, 2029.",
     "The volcanology agency raised the alert from Level II to Level III on April 5, 2029.",
     "The volcanology agency raised the alert on April 5, 2029."),
    # the Senate's 19-19 tie and its 20-18 vote are two votes; '20 votes to 18' is the second
    ("vote", (2029, 6, 19), "The state Senate voted 19-19 on the budget on June 19, 2029.",
     "The state Senate voted 20-18 on the budget on June 19, 2029.",
     "The state Senate voted by 20 votes to 18 on the budget on June 19, 2029.",
     "The state Senate voted on the budget on June 19, 2029."),
])
def test_a_measure_told_keeps_two_events_apart_and_one_untold_does_not(kind, day, told, other, same, untold):
    """A quake's magnitude, an alert's level and a vote's count: reports that give different ones are
    different events, however close their days; a report that gives none may be either."""
    def mentions(text, doc):
        return [m for m in _mentions(text, "en", doc) if m.kind == kind]

    first, second, third, fourth = (mentions(t, d) for t, d in zip((told, other, same, untold), "abcd"))
    days = {m.id: DaySet.range(_day(*day), _day(*day)) for m in first + second + third + fourth}
    assert len(merge_mentions(first + second, days=days)) == 2
    assert len(merge_mentions(second + third, days=days)) == 1
    assert len(merge_mentions(first + fourth, days=days)) == 1  # nothing told against it


@pytest.mark.parametrize("lang,text,expression,link", [
    ("en", "The ferry sank two days before Christmas.", "two days", "before"),
    ("en", "The ministers met the day before the vote.", "the day before", "before"),
    ("en", "Protesters marched the day after the ruling.", "the day after", "after"),
    ("es", "Los cancilleres se reunieron la víspera de la cumbre.", "la víspera", "before"),
    ("fr", "Le port a rouvert le lendemain du scrutin.", "le lendemain", "after"),
    # alone, or before a conjunction, a count is counted from what was told before
    ("en", "Two days before, he had resigned.", "Two days before", None),
    ("en", "The ministers had met the day before and agreed.", "the day before", None),
    ("es", "La víspera, los cancilleres se reunieron.", "La víspera", None),
    # 'for nearly three hours before the committee': how long, not counted from the committee
    ("en", "She testified for nearly three hours before the committee.", "nearly three hours before", None),
    # counted from a date, which no event of the sentence is
    ("en", "The company filed the papers two days before the deadline.", "two days", None),
    ("en", "They met a week before the scheduled date.", "a week", None),
    ("es", "El lunes, dos días antes de la fecha prevista, el funcionario solicitó el cambio.", "dos días", None),
    ("id", "Dua hari sebelum tanggal yang dijadwalkan, KPU menggelar rapat.", "Dua hari", None),
    ("fr", "Il a déposé le dossier deux jours avant la date limite.", "deux jours", None),
    ("de", "Er reichte die Unterlagen zwei Tage vor dem Termin ein.", "zwei Tage", None),
])
def test_a_count_is_tied_to_what_follows_it(lang, text, expression, link):
    [e] = [e for e in recognize(text, lang) if e.text == expression]
    assert e.link == link


def test_an_anaphor_tied_to_a_week_or_weekend_keeps_its_own_value():
    """'the day before the weekend': the week's value is no day to count from; tagging goes on."""
    tags = tag("He left the day before the weekend.", dct=dt.date(2000, 2, 24), lang="en")
    assert [t.text for t in tags] == ["the day before", "the weekend"]
    assert tags[0].timex.value == "2000-02-23"


def test_other_inflections_of_a_trigger_count_by_their_lemma():
    # the lexicon lists 'firmó' and 'firmado'; the future and the plural past are found by their lemma
    [m] = _mentions("El gobierno firmará el acuerdo el lunes.", "es")
    assert (m.kind, m.trigger) == ("signing", "firmará")
    assert [m.kind for m in _mentions("Los ministros firmaron ayer el convenio.", "es")] == ["signing"]


def test_a_present_or_a_lone_participle_is_not_read_by_its_lemma():
    # 'paraliza' speaks of a state that goes on; 'presentado' is no announcement ('presentó' is)
    kinds = [m.kind for m in _mentions("La huelga que paraliza el puerto cumple hoy diez días.", "es")]
    assert "closure" not in kinds
    assert "announcement" not in [m.kind for m in _mentions("El recurso presentado el lunes fue rechazado.", "es")]


def test_a_time_goes_to_the_trigger_on_its_side_of_a_comma():
    ms = _mentions("The current agreement, signed in 2024, expired on April 30, and talks began in March.")
    by_kind = {m.kind: [t.text for t in m.timexes] for m in ms}
    assert "2024" in by_kind["signing"] and "April 30" not in by_kind["signing"]
    assert by_kind["expiry"] == ["April 30"] and by_kind["meeting"] == ["March"]


def test_firing_a_thruster_is_no_dismissal():
    assert "resignation" not in [m.kind for m in _mentions("Two days later it fired its thruster for the first burn.")]
    assert [m.kind for m in _mentions("The chief executive was fired on Monday.")] == ["resignation"]


def test_a_trigger_naming_a_body_is_no_event():
    # 'an appeals court declared': the court's ruling, not an appeal; the appeal is the next sentence's
    ms = _mentions("Ten days ago, an appeals court declared parts of the strike illegal. "
                   "The union has appealed that ruling.")
    appeals = [m for m in ms if m.kind == "appeal"]
    assert [m.trigger for m in appeals] == ["appealed"] and not appeals[0].timexes


@pytest.mark.parametrize("text,lang,title", [
    ("Hurricane Maria struck the island in 2017.", "en", "Maria"),
    ("El huracán María azotó la isla en 2017.", "es", "María"),
    ("Badai Seroja melanda Nusa Tenggara Timur pada 2021.", "id", "Seroja"),
    # after a preposition that may open a place ('to', 'a'), the storm's name is still its name
    ("Officials confirmed four more deaths linked to Hurricane Gaston on Sunday.", "en", "Gaston"),
    ("Las autoridades atribuyeron a la tormenta tropical Alberto dos muertes.", "es", "Alberto"),
])
def test_a_storm_is_named_by_the_name_its_head_word_opens(text, lang, title):
    assert title in [m.title for m in _mentions(text, lang)]


def test_two_named_storms_on_open_days_stay_apart():
    a = _mentions("Hurricane Maria devastated the island.", "en", "a")
    b = _mentions("Hurricane Gaston devastated the island.", "en", "b")
    c = _mentions("El huracán María devastó la isla.", "es", "c")
    days = {m.id: DaySet.single(_day(2028, 9, 13)) for m in a + b + c}
    events = merge_mentions(a + b + c, days=days)
    by_doc = {frozenset(m.document for m in e.mentions if m.title) for e in events}
    assert frozenset({"a", "b"}) not in by_doc and not any({"b", "c"} <= d for d in by_doc)



def test_a_place_named_like_a_trigger_is_no_event():
    # 'asunción' is a taking of office; 'en Asunción' is the capital of Paraguay
    ms = _mentions("Las negociaciones se lanzaron en marzo de 2018 en Asunción y se relanzaron en noviembre de 2026.", "es")
    assert "Asunción" not in [m.trigger for m in ms]
    assert [t.text for m in ms if m.trigger == "relanzaron" for t in m.timexes] == ["noviembre de 2026"]



def test_a_trigger_whose_planned_day_was_not_kept_borrows_no_day_from_its_sentence():
    ms = _mentions("The panel met on Tuesday and cancelled the debate and the vote, originally scheduled for Thursday.")
    [vote] = [m for m in ms if m.kind == "vote" and not m.given_up]
    assert not vote.inherited and not any(t.text == "Tuesday" for t in vote.timexes)


@pytest.mark.parametrize("text,lang,kind,trigger", [
    ("The mission will arrive in Lima on Wednesday.", "en", "visit", "arrive"),
    ("The board agreed to postpone the vote.", "en", "postponement", "postpone"),
    ("Olazábal tomó juramento a un nuevo gabinete el lunes.", "es", "inauguration", "tomó juramento"),
    ("La destitución de la presidenta se votó en octubre.", "es", "resignation", "destitución"),
    ("La víspera, en un mensaje a la Nación, el presidente pidió calma.", "es", "announcement", "mensaje a la Nación"),
    ("PP Nomor 21 Tahun 2028 terbit pada 9 Mei.", "id", "approval", "terbit"),
    ("Thieves broke into the museum early Tuesday.", "en", "theft", "broke into"),
    ("Five paintings were stolen from the museum.", "en", "theft", "were stolen"),
    ("El robo del 7 de marzo conmocionó a la ciudad.", "es", "theft", "robo"),
    ("Pencurian itu terjadi pada Selasa dini hari.", "id", "theft", "Pencurian"),
    ("The suspect was extradited to Belgium on Wednesday.", "en", "extradition", "extradited"),
    ("The museum on Thursday offered a reward of 250,000 euros.", "en", "reward", "offered a reward"),
    ("Three of the paintings were recovered in Rotterdam.", "en", "recovery", "were recovered"),
    # a system's failure is a collapse; a refund offer is announced
    ("The outage grounded every flight on Tuesday.", "en", "collapse", "outage"),
    ("Un apagón dejó sin luz a la ciudad el martes.", "es", "collapse", "apagón"),
    ("Gangguan sistem terjadi pada Selasa pagi.", "id", "collapse", "Gangguan sistem"),
    ("The airline on Monday offered full refunds to stranded passengers.", "en", "announcement", "offered full refunds"),
])
def test_words_for_arrivals_postponements_oaths_removals_addresses_issued_rules_thefts_and_extraditions(
        text, lang, kind, trigger):
    assert (kind, trigger) in [(m.kind, m.trigger) for m in _mentions(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("The government extended the state of emergency in Puno, where farmers have kept up a strike that began on "
     "October 6.", "en"),
    ("The government extended the state of emergency because of the strike, which began on October 6.", "en"),
    ("El Gobierno prorrogó el estado de emergencia en Espinar, donde los gremios mantienen un paro indefinido que "
     "comenzó el 6 de octubre.", "es"),
])
def test_a_day_told_in_a_relative_clause_dates_its_own_noun_not_the_main_clause(text, lang):
    ms = _mentions(text, lang)
    [strike] = [m for m in ms if m.kind == "strike"]
    assert [t.text for t in strike.timexes][-1].endswith(("October 6", "6 de octubre"))
    assert not [m for m in ms if m.kind == "extension" and m.timexes]
    assert not [m for m in ms if m.kind == "event"]  # the strike's day is taken: no dateless 'event' of its own


def test_a_report_a_gap_counts_from_stays_apart_from_the_one_it_dates():
    ms = _mentions("Unos 3.000 productores volvieron a manifestarse el sábado frente a la Asamblea, cinco días después de "
                   "la movilización con tractores en Ottawa.", "es")
    protests = [e for e in merge_mentions(ms) if e.kind == "protest"]
    assert len(protests) == 2
    assert [m.counted_from for e in protests for m in e.mentions] == [False, True]


def test_a_report_dated_by_a_gap_of_its_article_does_not_join_an_event_on_place_alone():
    sworn = [m for m in _mentions("El presidente Olazábal juró el cargo en Lima el 28 de julio de 2026.", "es", "a")
             if m.kind == "inauguration"]
    cabinet = [m for m in _mentions("La postergación se conoció un día después de que Olazábal tomara juramento a "
                                    "un nuevo gabinete en Lima.", "es", "b") if m.kind == "inauguration"]
    assert cabinet and cabinet[0].counted_from
    day = dt.date(2026, 7, 28).toordinal()
    events = merge_mentions(sworn + cabinet, days={sworn[0].id: DaySet.single(day)}, dated=["a", "b"])
    assert len([e for e in events if e.kind == "inauguration"]) == 2


def test_elections_planned_ahead_by_a_date_are_not_the_ones_told_as_done():
    # 'previstas para abril de 2031' is a date ahead (an election is no state that may have begun)
    ms = _mentions("Los gremios exigen el adelanto de las elecciones generales, previstas para abril de 2031. "
                   "El mandatario denunció fraude en las elecciones.", "es")
    assert [len(e.mentions) for e in merge_mentions(ms) if e.kind == "election"] == [1, 1]


def test_a_relative_clause_goes_on_after_a_coordinated_que():
    ms = _mentions("El Gobierno prorrogó por 30 días el estado de emergencia en Espinar, donde los gremios mantienen un "
                   "paro indefinido que comenzó el 6 de octubre y que este martes cumple 35 días.", "es")
    [extension] = [m for m in ms if m.kind == "extension"]
    assert [t.text for t in extension.timexes] == ["30 días"]  # how long, not when: 'este martes' is the strike's
    [strike] = [m for m in ms if m.kind == "strike"]
    assert "este martes" in [t.text for t in strike.timexes]


@pytest.mark.parametrize("text", [
    "Union members approved the strike last Friday with 94% of the vote.",
    "Fauzan won the Sept. 10 rerun with 54.3 percent of the vote.",
])
def test_a_share_of_the_vote_is_no_vote(text):
    assert "vote" not in [m.trigger for m in _mentions(text)]


@pytest.mark.parametrize("text,lang,vote,election", [
    ("Los gremios exigen elecciones generales anticipadas. La votación de la moción fue el jueves.", "es",
     "votación", "elecciones"),
    ("The council voted 7-2 on Monday to call a referendum.", "en", "voted", "referendum"),
    ("Le Parlement a voté la loi avant les élections.", "fr", "voté", "élections"),
])
def test_a_body_voting_is_not_an_election(text, lang, vote, election):
    kinds = {m.trigger: m.kind for m in _mentions(text, lang)}
    assert kinds[vote] == "vote" and kinds[election] == "election"


def test_a_background_fact_told_in_years_counted_back_takes_no_undated_report_of_its_kind():
    # the findings of this story's report are not the bill introduced 'three years ago, in 2025'
    ms = _mentions("The board's final report is expected in 12 to 18 months. Sen. Reese, who introduced a bill "
                   "three years ago, in 2025, said the findings should end the debate.")
    findings = [e for e in merge_mentions(ms) if e.kind == "findings"]
    assert [len(e.mentions) for e in findings] == [1, 1]


@pytest.mark.parametrize("text,lang", [
    ("ANTWERP, April 12 (Reuters) - A Belgian court has pushed back the first hearing in the case.", "en"),
    ("The Antwerp court agreed on Tuesday to postpone the hearing by two weeks.", "en"),
    ("El tribunal decidió el martes aplazar la audiencia.", "es"),
])
def test_the_day_a_postponement_was_decided_is_not_the_day_of_what_it_moved(text, lang):
    ms = _mentions(text, lang)
    from chrono.events.detect import is_dating
    [hearing] = [m for m in ms if m.kind == "hearing"]
    assert not hearing.inherited and not any(is_dating(t) for t in hearing.timexes)
    assert [m for m in ms if m.kind == "postponement" and m.timexes]


def test_a_search_called_off_on_a_day_ended_that_day():
    ms = _mentions("The search and rescue agency called off its hunt for them last Friday.")
    [search] = [m for m in ms if m.kind == "search"]
    assert [t.text for t in search.timexes] == ["last Friday"]


@pytest.mark.parametrize("text", [
    "The recovered paintings will go back on display next month.",
    "Among the stolen works is a seascape finished in 1891.",
])
def test_a_participle_before_its_noun_tells_no_theft_or_recovery(text):
    assert not [m for m in _mentions(text) if m.kind in ("theft", "recovery")]


def test_a_hearing_an_infinitive_hangs_on_is_no_past_event():
    ms = _mentions("Breckner announced on Friday that Ellery had agreed to testify at a hearing on March 29.", "en")
    assert [m.tense for m in ms if m.trigger == "hearing"] == [Tense.PRESENT]


@pytest.mark.parametrize("code, word, action", [
    ("en", "installed", "install"), ("en", "diverting", "divert"), ("en", "building", None),
    ("en", "said", None), ("en", "Installed", None), ("en", "need", None),
    ("en", "struck", "strike"), ("en", "stolen", "steal"), ("en", "fled", "flee"),  # irregular forms, as data
    ("en", "found", None),  # 'find' is a light verb
    ("es", "abandonaron", "abandonar"), ("es", "regresar", "regresar"), ("es", "lugar", None),
    ("es", "tenía", None), ("id", "dilimpahkan", "limpah"), ("id", "mendeteksi", "deteksi"),
    ("id", "tersebut", None), ("id", "dinas", None), ("id", "berangkat", None),
    ("id", "menargetkan", None), ("id", "ditargetkan", None),  # a target set tells no act: 'dana ditargetkan cair'
])
def test_a_verb_is_told_by_its_form_and_light_verbs_tell_no_action(code, word, action):
    from chrono.events.actions import action_of
    assert action_of(word, code) == action


def test_reports_the_lexicon_cannot_name_merge_when_they_tell_the_same_act():
    a = _mentions("The Harbor Authority installed the new cranes at Pier 4 on Tuesday.", "en", "a")
    b = _mentions("New cranes were installed at Pier 4 by the Harbor Authority on Tuesday.", "en", "b")
    c = _mentions("The Harbor Authority questioned the crane operator at Pier 4 on Tuesday.", "en", "c")
    assert {m.kind for m in a + b + c} == {"event"}
    assert "install" in a[0].actions and "install" in b[0].actions and "install" not in c[0].actions
    tuesday = DaySet.single(_day(2031, 5, 6))
    events = merge_mentions(a + b + c, days={m.id: tuesday for m in a + b + c})
    docs = sorted(tuple(e.documents) for e in events)
    assert docs == [("a", "b"), ("c",)]


def test_a_report_of_no_known_kind_joins_the_named_event_whose_trigger_is_its_verb():
    a = _mentions("Fiscalía anunció el martes un plan de mantenimiento en la refinería de Salina Cruz.", "es", "a")
    b = _mentions("El plan de mantenimiento de Salina Cruz fue anunciado por la Fiscalía el martes.", "es", "b")
    assert a[0].kind == "announcement" and b[0].kind == "event" and "anunciar" in b[0].actions
    tuesday = DaySet.single(_day(2031, 5, 6))
    events = merge_mentions(a + b, days={m.id: tuesday for m in a + b})
    assert len(events) == 1 and events[0].kind == "announcement"


def test_a_date_no_trigger_of_its_sentence_took_is_not_their_event():
    [flood, later] = _mentions("Pertama waktu sungai meluap malam-malam, lalu seminggu kemudian naik lagi.", "id")
    assert later.kind == "event"
    assert "luap" in flood.actions and "luap" in later.actions  # the clause runs on past the comma
    events = merge_mentions([flood, later], days={later.id: DaySet.single(_day(2031, 1, 13))})
    assert len(events) == 2


def test_a_year_at_the_end_of_a_case_number_is_no_date():
    assert [e.text for e in recognize("perkara Nomor 87/PHPU.BUP-XXVI/2028 di Gedung MK, Kamis (10/2/2028).", "id")] \
        == ["Kamis (10/2/2028)"]
    assert [e.text for e in recognize("He read out the ruling in case No. 87/PHPU.BUP-XXVI/2028 on Thursday.", "en")] \
        == ["Thursday"]


def test_a_rejected_gap_takes_the_trigger_it_counts_from_out_of_the_event_it_joined():
    """b's lift-off has no date of its own and joined a's launch of 14 September; b's checks of
    yesterday, 'three weeks after' the lift-off, put it near 26 September.  The lift-off leaves."""
    from chrono.model import Anchor, AnchorSource, Event
    from chrono.pipeline import unmerge_conflicts

    a = _mentions("Sable Aerospace launched its Osprey rocket from Port Elmsley on Sept. 14.", "en", "a")
    b = _mentions("Engineers completed the final checks yesterday, exactly three weeks after the Osprey "
                  "rocket lifted off from Port Elmsley.", "en", "b")
    [lift_off] = [m for m in b if m.kind == "launch"]
    [checks] = [m for m in b if m.kind == "event"]
    launch = Event(id="ev0", kind="launch", mentions=tuple(a) + (lift_off,))
    events = [launch, Event(id="ev1", kind="event", mentions=(checks,))]
    solve = _solver((_day(2000, 1, 1), _day(2040, 1, 1)),
                    [Anchor(document="a", day=_day(2031, 9, 14), source=AnchorSource.CLI),
                     Anchor(document="b", day=_day(2031, 10, 18), source=AnchorSource.CLI)])
    solution = solve(events)
    assert any(c.rejected.key.startswith(f"link:{checks.id}:") for c in solution.rejected)
    split, split_solution = unmerge_conflicts(events, solution, solve)
    assert not split_solution.rejected
    assert sorted(sorted(m.document for m in e.mentions) for e in split if e.kind == "launch") == [["a"], ["b"]]


def test_a_gap_counted_from_a_saying_links_to_no_event():
    [resigned, *others] = _mentions("Chief Executive Martin Ellery resigned on Monday, less than three weeks after "
                                    "telling lawmakers he would fix the meltdown that grounded the fleet on March 14.")
    assert resigned.kind == "resignation" and [t.text for t in resigned.timexes] == ["Monday"]


def test_a_date_that_names_a_later_event_dates_no_verb_before_it():
    # "Putin's August visit" is the visit's date; Aliyev agreed on the day of the article
    ms = _mentions("For his part, Aliyev agreed that the new projects outlined during Putin's August visit to Baku "
                   "need attention.")
    by_trigger = {m.trigger: m for m in ms}
    assert [t.text for t in by_trigger["visit"].timexes] == ["August"]
    assert by_trigger["agreed"].timexes == () and by_trigger["outlined"].timexes == ()
    # told first, the date of the event that did it still dates what it did
    ms = _mentions("The March 5 ransomware attack forced the county to shut down its network.")
    assert {m.trigger: [t.text for t in m.timexes] for m in ms} == {"ransomware attack": ["March 5"], "shut": ["March 5"]}


@pytest.mark.parametrize("text, lang, trigger", [
    ("The museum, built around the collection that a shipping magnate donated to the city in 1958, "
     "reopened a week after the theft.", "en", "reopened"),
    ("El museo, construido en torno a la colección que un naviero donó a la ciudad en 1958, "
     "reabrió una semana después del robo.", "es", "reabrió"),
])
def test_a_trigger_counted_from_an_event_borrows_no_other_time(text, lang, trigger):
    """'reopened a week after the theft' is dated from the theft, not from the donation's 1958."""
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert len(m.timexes) == 1 and not m.inherited and m.timexes[0].link == "after"


def test_a_gap_beside_a_date_leaves_the_date_to_the_sentence():
    """'checked on Feb. 21, eleven days before the crash, and recorded no defects': the recording is Feb. 21."""
    ms = _mentions("An inspector checked the line on Feb. 21, eleven days before the crash, and recorded no defects.")
    recorded = next(m for m in ms if m.trigger == "recorded")
    assert "Feb. 21" in [t.text for t in recorded.timexes]


def test_a_word_beside_what_a_gap_counts_from_is_the_same_event():
    """'a day after Hurricane Gaston slammed into the island as a Category 3 storm': the storm is the
    hurricane, not a later event that the gap dates."""
    ms = [m for m in _mentions("Power was still out on Thursday, a day after Hurricane Gaston slammed into "
                               "the island as a Category 3 storm.") if m.kind == "disaster"]
    assert len(ms) == 2 and ms[0].counted_from
    wide = DaySet.range(_day(2028, 1, 1), _day(2028, 12, 31))
    assert len(merge_mentions(ms, days={m.id: wide for m in ms})) == 1


def test_a_storms_name_is_not_one_of_its_people():
    ms = [m for m in _mentions("Hurricane Gaston slammed into the island. The storm knocked out power to "
                               "customers of Luma Energy.") if m.kind == "disaster"]
    assert ms[0].title == "Gaston" and "Hurricane Gaston" not in ms[0].people
    wide = DaySet.range(_day(2028, 1, 1), _day(2028, 12, 31))
    assert len(merge_mentions(ms, days={m.id: wide for m in ms})) == 1


@pytest.mark.parametrize("lang, text, trigger, dated", [
    ("en", "Shareholders on Tuesday approved the sale to Halvorsen, brushing aside a richer rival offer.",
     "rival offer", False),
    ("es", "Los accionistas aprobaron la venta el martes, desestimando una oferta rival.", "oferta rival", False),
    # a verb of result brings its noun about on the day told: the floods came with the storm
    ("en", "The storm hit the island on Tuesday, causing floods.", "floods", True),
    ("es", "La tormenta azotó la isla el martes, provocando inundaciones.", "inundaciones", True),
])
def test_a_noun_in_a_participle_clause_takes_the_day_only_as_a_result(lang, text, trigger, dated):
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert bool(m.timexes) is dated


@pytest.mark.parametrize("text", [
    "The report was released nearly five weeks after the March 3 derailment.",
    "The report was released after the March 3 derailment.",
    "The road has been closed since the March 3 derailment.",
])
def test_a_date_that_opens_the_noun_phrase_dates_its_event(text):
    """'after the March 3 derailment': March 3 is the derailment's own day, even when a gap counts from
    it; the 'after' places the release, not the derailment."""
    ms = _mentions(text)
    [derailment] = [m for m in ms if m.kind == "accident"]
    assert [(t.text, t.relation) for t in derailment.timexes] == [("March 3", None)]
    assert not any(m.kind == "event" and m.trigger == "March 3" for m in ms)


def test_a_deadline_or_a_window_of_its_own_borrows_no_other_clause_day():
    """'should reopen to vehicles by late July' is not the early April of the work before it; 'must sign a
    repair contract within 10 days' is not the Thursday of the ordinance, and no past before the modal
    makes the signing past."""
    ms = {m.trigger: m for m in _mentions(
        "Under the emergency ordinance passed Thursday, the city must sign a repair contract within 10 days. "
        "Lindqvist said work could begin in early April and the bridge should reopen to vehicles by late July.")}
    assert [(t.text, t.relation) for t in ms["reopen"].timexes] == [("late July", "until")]
    assert not ms["reopen"].inherited
    assert [t.text for t in ms["sign"].timexes] == ["10 days"] and ms["sign"].tense is not Tense.PAST
    assert [t.text for t in ms["work could begin"].timexes] == ["early April"]


@pytest.mark.parametrize("lang,text,trigger,amount,unit", [
    ("en", "A year after the earthquake destroyed the old town, thousands of survivors still live in tents.",
     "earthquake", -1, "Y"),
    ("es", "Un mes después del terremoto, miles de familias siguen en albergues.", "terremoto", -1, "M"),
    ("fr", "Un mois après le séisme, des milliers de familles vivent encore sous des tentes.", "séisme", -1, "M"),
    ("en", "Two weeks before the election, the race is tight.", "election", 2, "W"),
    # a main clause with an event of its own that a word says goes on; the origin's subject between
    ("id", "Tiga pekan setelah terowongan tambang tersebut ambruk, penyidikan kasusnya terus bergulir.",
     "ambruk", -3, "W"),
    ("en", "Two years after the earthquake struck, the talks on rebuilding still stall.", "earthquake", -2, "Y"),
])
def test_a_gap_that_opens_a_sentence_of_the_present_counts_to_the_writing(lang, text, trigger, amount, unit):
    """'A month after Hurricane Gaston tore across Puerto Rico, the lights are back on': the hurricane
    came a month before the article, as 'a month ago' says."""
    [m] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    [gap] = m.timexes
    assert isinstance(gap.reading, Shift) and (gap.reading.amount, gap.reading.unit.value) == (amount, unit)


@pytest.mark.parametrize("lang,text,trigger", [
    ("en", "A month after the storm, the lights came back on.", "storm"),  # some past day, not the writing's
    ("en", "A month after the storm, the utility restored power to the island.", "storm"),  # the main clause's gap
    # a clause of its own before the gap: the gap is that clause's
    ("id", "Logistik akan kami geser ke 14 TPS sehari sebelum pemungutan suara, dengan pengawalan polisi.",
     "pemungutan suara"),
])
def test_a_gap_before_a_past_or_eventful_main_clause_is_not_counted_to_the_writing(lang, text, trigger):
    [origin] = [m for m in _mentions(text, lang) if m.trigger == trigger]
    assert not any(isinstance(t.reading, Shift) for t in origin.timexes)


@pytest.mark.parametrize("lang,text,main,relative", [
    ("en", "Governor Rusli Lamaranggi suspended the permit of the company whose tunnel collapsed on Monday night.",
     "suspended", "collapsed"),
    ("id", "Gubernur Rusli Lamaranggi membekukan izin perusahaan yang terowongannya ambruk pada Senin malam.",
     "membekukan", "ambruk"),
    ("es", "La gobernación suspendió el permiso de la empresa cuyo túnel se derrumbó el lunes por la noche.",
     "suspendió", "se derrumbó"),
])
def test_a_time_told_in_a_relative_clause_is_not_the_main_verbs(lang, text, main, relative):
    """'suspended the permit of the company whose tunnel collapsed on Monday night': Monday night is
    when the tunnel collapsed; the suspension, told before the clause opens, does not borrow it."""
    ms = {m.trigger: m for m in _mentions(text, lang)}
    assert [t.text for t in ms[relative].timexes] and not ms[main].timexes


def test_the_event_a_relative_clause_describes_keeps_its_time():
    """'unjuk rasa ... yang berujung ricuh, kemarin': the protest that turned violent yesterday was
    yesterday, and so were the arrests of the clause it runs on from; the release, told in the main
    clause before them, was not."""
    ms = {m.trigger: m for m in _mentions("Polisi memulangkan 298 orang yang ditangkap dalam unjuk rasa "
                                          "yang berujung ricuh, kemarin.", "id")}
    assert not ms["memulangkan"].timexes
    assert [t.text for t in ms["unjuk rasa"].timexes] == ["kemarin"]
    assert [t.text for t in ms["ditangkap"].timexes] == ["kemarin"]


def test_an_event_word_that_names_a_place_is_no_trigger():
    """'at the derailment site' says where, not when the derailment happened."""
    ms = _mentions("Crews worked on Tuesday at the derailment site.")
    assert not any(m.kind == "accident" for m in ms)


def test_a_hurricane_watch_is_no_hurricane():
    ms = _mentions("The hurricane center issued a hurricane watch on Monday.")
    assert not any(m.kind == "disaster" for m in ms)


def test_another_named_storm_joins_none_of_the_storm_told_without_its_name():
    """In an article about Hurricane Gaston, 'the storm' is Gaston; Hurricane Maria, told later, is
    none of it."""
    ms = [m for m in _mentions("Hurricane Gaston strengthened on Tuesday. The storm was centered south of "
                               "San Juan on Monday. The warnings brought back memories of Hurricane Maria.")
          if m.kind == "disaster"]
    assert [m.title for m in ms] == ["Gaston", None, "Maria"]
    days = {ms[0].id: DaySet.single(_day(2028, 9, 12)), ms[1].id: DaySet.single(_day(2028, 9, 11)), ms[2].id: None}
    events = merge_mentions(ms, days={k: v for k, v in days.items() if v is not None})
    maria = next(e for e in events if any(m.title == "Maria" for m in e.mentions))
    assert [m.title for m in maria.mentions] == ["Maria"]


def test_a_date_that_ends_an_event_nouns_phrase_before_a_reporting_verb_is_the_events():
    """'a preliminary audit carried out in November 2027 had already warned': the audit's November,
    not the warning's."""
    ms = _mentions("Pizarro recalled that a preliminary audit carried out in November 2027 had already warned "
                   "of serious irregularities.")
    audit = next(m for m in ms if m.kind == "investigation")
    assert [t.text for t in audit.timexes] == ["November 2027"]
    assert not any(m.kind == "report" for m in ms)


@pytest.mark.parametrize("text, dated", [
    ("Crews burned vinyl chloride from five derailed tank cars on Sunday.", False),
    ("The closed road reopened to traffic on Monday.", False),
    # a verb, not an adjective: after a noun, or before a preposition or a conjunction
    ("The train derailed on Sunday.", True),
    ("The train derailed and caught fire on Sunday.", True),
    ("The new accord will replace one signed in 2024.", True),
])
def test_a_participle_before_its_noun_is_a_state_not_the_days_happening(text, dated):
    """'five derailed tank cars': the cars derailed some other day than the burning's Sunday."""
    [m] = [m for m in _mentions(text) if m.kind in ("accident", "closure", "signing")]
    assert bool(m.timexes) is dated


@pytest.mark.parametrize("lang, text, trigger, day, other, other_day", [
    ("en", "The signing closed the twelfth round of negotiations, which began on Tuesday in the capital with the "
           "same delegations that met in Montevideo in mid-May.", "negotiations", "Tuesday", "met", "mid-May"),
    ("es", "La firma cerró la ronda de negociaciones, que comenzó el martes en la capital con las mismas "
           "delegaciones que a mediados de mayo se reunieron en Montevideo.", "negociaciones", "martes",
     "se reunieron", "mediados de mayo"),
    # the relative clause a few words after the phrase's head
    ("es", "La undécima ronda de negociaciones entre el Mercosur y Canadá, que comenzó el martes en Montevideo, "
           "quedó ayer en suspenso.", "negociaciones", "martes", "quedó ayer en suspenso", "ayer"),
])
def test_a_time_after_a_phase_word_dates_the_trigger_that_began(lang, text, trigger, day, other, other_day):
    """'negotiations, which began on Tuesday ... that met in mid-May': Tuesday is the round's first
    day, not the meeting's that the relative clause goes on to tell; and the quote reaches it."""
    ms = _mentions(text, lang)
    began = next(m for m in ms if m.trigger == trigger)
    assert [t.text for t in began.timexes] == [day] and began.phase == "start"
    assert day in text[began.span[0]:began.span[1]]
    assert [t.text for t in next(m for m in ms if m.trigger == other).timexes] == [other_day]


def test_a_phase_word_after_what_a_report_is_about_leaves_the_time_to_the_report():
    """'laporan awal investigasi rampung pada akhir bulan ini': the report is what ends this month;
    the investigation only names what it is about."""
    ms = _mentions("Investigator KNKT mengatakan pihaknya menargetkan laporan awal investigasi rampung pada "
                   "akhir bulan ini.", "id")
    assert [t.text for t in next(m for m in ms if m.kind == "findings").timexes] == ["akhir bulan ini"]
    assert not next(m for m in ms if m.kind == "investigation").timexes


def test_a_time_in_a_clause_without_trigger_leaves_another_clauses_dated_trigger_alone():
    """'El decreto, publicado el sábado, ..., la medida, que el Gobierno declaró el 9 de octubre': the
    declaration keeps its own day; Saturday dates what the article tells of it (the decree)."""
    ms = _mentions("El decreto supremo, publicado el sábado en el diario oficial, extiende desde este martes la "
                   "medida, que el Gobierno declaró el 9 de octubre.", "es")
    declared = next(m for m in ms if m.trigger == "declaró")
    assert [t.text for t in declared.timexes] == ["el 9 de octubre"]
    assert any(m.kind == "event" and [t.text for t in m.timexes] == ["sábado"] for m in ms)
    ms = _mentions("The Senate committee yesterday approved summoning the director, who must appear before "
                   "senators on Wednesday, March 1.")
    assert [t.text for t in next(m for m in ms if m.kind == "approval").timexes] == ["yesterday"]


@pytest.mark.parametrize("lang, text, trigger", [
    ("es", "El Gobierno la declaró el 9 de octubre tras la muerte de dos manifestantes y cuyo plazo original "
           "vencía ayer.", "muerte"),
    ("en", "The government declared it on Oct. 9 after the death of two protesters and whose term "
           "expired yesterday.", "death"),
])
def test_a_coordinated_relative_clause_keeps_its_time_from_the_clause_before(lang, text, trigger):
    """'tras la muerte de dos manifestantes y cuyo plazo original vencía ayer': the term ran out
    yesterday, the protesters did not die then."""
    ms = _mentions(text, lang)
    assert not next(m for m in ms if m.trigger == trigger).timexes
    assert [t.text for t in next(m for m in ms if m.kind == "expiry").timexes][-1:] in (["ayer"], ["yesterday"])


def test_a_decree_that_extends_a_measure_in_the_present_is_an_extension():
    ms = _mentions("El decreto prorroga por 30 días el estado de emergencia.", "es")
    assert [m.kind for m in ms][:1] == ["extension"]


def test_a_when_clause_after_a_time_ago_is_at_that_time_in_spanish():
    """'hace apenas un mes, cuando la delegación se retiró de la mesa': 'cuando' is no gerund that
    would make the walkout what a participle clause acts on."""
    ms = _mentions("Saraiva recordó que la negociación estuvo al borde del colapso hace apenas un mes, cuando la "
                   "delegación de su país se retiró de la mesa en Montevideo, y atribuyó el desenlace a la "
                   "conversación telefónica que mantuvo el 12 de mayo con Castonguay.", "es")
    walkout = next(m for m in ms if m.kind == "withdrawal")
    assert [t.text for t in walkout.timexes] == ["hace apenas un mes"]


def test_a_time_set_off_by_commas_after_its_trigger_is_lent_to_no_later_trigger():
    """'Las negociaciones, lanzadas hace diez años en Asunción, estuvieron a punto de naufragar ...,
    cuando la delegación se levantó de la mesa': ten years ago is the launch, not the walkout."""
    ms = _mentions("Las negociaciones, lanzadas hace diez años en Asunción, estuvieron a punto de naufragar en la "
                   "ronda de Montevideo, cuando la delegación brasileña se levantó de la mesa.", "es")
    assert [t.text for t in next(m for m in ms if m.kind == "meeting").timexes] == ["hace diez años"]
    assert not next(m for m in ms if m.kind == "withdrawal").timexes


@pytest.mark.parametrize("lang, text, kind", [
    ("es", "La ronda quedó ayer en suspenso.", "closure"),
    ("es", "Agentes policiales lo detuvieron en su domicilio.", "arrest"),
    ("es", "La delegación brasileña abandonó la mesa.", "withdrawal"),
    ("en", "The Brazilian delegation walked out of the talks.", "withdrawal"),
    ("fr", "Deux ouvriers ont péri dans l'explosion.", "death"),
])
def test_lexicon_rows_of_session_34(lang, text, kind):
    assert kind in [m.kind for m in _mentions(text, lang)]


@pytest.mark.parametrize("lang, text, background, main, day", [
    ("es", "Las familias de los siete trabajadores que murieron por la explosión en la refinería, en San Telmo, "
           "firmaron ayer lunes un acuerdo de indemnización.", ["murieron", "explosión"], "firmaron", "ayer lunes"),
    ("en", "The families of the seven workers who died in the explosion at the refinery, in San Telmo, signed "
           "a compensation agreement on Monday.", ["died", "explosion"], "signed", "Monday"),
    ("fr", "Les familles des sept ouvriers qui ont péri dans l'explosion de la raffinerie, à San Telmo, ont signé "
           "hier un accord.", ["ont péri", "explosion"], "ont signé", "hier"),
])
def test_a_past_restrictive_relative_clause_borrows_no_day_of_its_sentence(lang, text, background, main, day):
    """'the seven workers who died in the explosion ... signed on Monday': the deaths and the
    explosion are what the workers are known by, not Monday's."""
    ms = {m.trigger: m for m in _mentions(text, lang)}
    assert [t.text for t in ms[main].timexes] == [day]
    assert all(not ms[b].timexes for b in background)


@pytest.mark.parametrize("lang, text, trigger", [
    # a present verb tells what the noun does, on its day
    ("es", "El viernes, la alcaldesa firmó la resolución que lo suspende del cargo.", "suspende del cargo"),
    # 'lo que' takes up the whole clause before it, and 'that' after a time opens what was said
    ("es", "Los negociadores abandonaron la mesa el miércoles 10, lo que obligó a suspender el plenario.", "obligó"),
])
def test_no_restrictive_relative_without_a_noun_and_a_past_verb(lang, text, trigger):
    ms = _mentions(text, lang)
    m = next(m for m in ms if m.trigger == trigger)
    assert m.timexes and m.inherited


@pytest.mark.parametrize("text, background", [
    ("Kepala Dinas Pendidikan mengatakan pembagian MBG di lima sekolah dijadwalkan kembali berjalan Senin depan, "
     "dengan pasokan dari dapur SPPG lain yang lolos inspeksi.", ["inspeksi"]),
    ("Pada Senin, polisi memeriksa warga yang ditangkap dalam unjuk rasa.", ["ditangkap", "unjuk rasa"]),
])
def test_an_untensed_restrictive_relative_clause_borrows_no_time_told_before_its_relative_word(text, background):
    """'dapur SPPG lain yang lolos inspeksi': Indonesian verbs tell no tense, and what was told before
    'yang' is the main clause's time (next Monday's deliveries), not the inspection's."""
    ms = {m.trigger: m for m in _mentions(text, "id")}
    assert all(not ms[b].timexes for b in background)


@pytest.mark.parametrize("text, trigger, day", [
    # a time told after 'yang' is still the clause's to borrow
    ("Pada Senin, petugas memeriksa dapur yang ditutup dan disegel Selasa.", "ditutup", "Selasa"),
    # 'telah' opens the main verb: the clause has ended, and the main verb borrows the sentence's day
    ("Hingga hari ini, Selasa (9/5/2028), 78 persen dari sekitar 41.000 sapi yang divaksin dosis pertama telah "
     "menerima dosis kedua.", "menerima", "Selasa (9/5/2028)"),
])
def test_an_untensed_restrictive_relative_clause_still_borrows_after_its_relative_word(text, trigger, day):
    m = next(m for m in _mentions(text, "id") if m.trigger == trigger)
    assert m.inherited and [t.text for t in m.timexes] == [day]


@pytest.mark.parametrize("lang, text, first, second, day", [
    ("es", "La premier perdió el respaldo de dos bancadas tras la muerte de dos manifestantes en Juliaca y la "
           "renuncia del ministro del Interior, Jorge Benavides, el domingo.", "muerte", "renuncia", "domingo"),
    ("en", "The premier lost the support of two blocs after the death of two protesters in Juliaca and the "
           "resignation of the interior minister, Jorge Benavides, on Sunday.", "death", "resignation", "Sunday"),
])
def test_a_name_in_apposition_keeps_its_clause_and_a_second_noun_phrase_keeps_its_day(lang, text, first, second,
                                                                                       day):
    """', Jorge Benavides,' does not close the 'after' clause, so Sunday is the resignation's; the
    deaths, another noun phrase joined by 'and the', do not borrow it."""
    ms = {m.trigger: m for m in _mentions(text, lang)}
    assert [t.text for t in ms[second].timexes] == [day]
    assert not ms[first].timexes


def test_verbs_joined_by_and_still_share_their_day():
    ms = {m.trigger: m for m in _mentions("The ministers met and signed the accord on Tuesday.")}
    assert [t.text for t in ms["met"].timexes] == ["Tuesday"] and ms["met"].inherited


@pytest.mark.parametrize("lang, text, kind", [
    ("en", "Authorities confirmed two deaths on Wednesday.", "death"),
    ("en", "Two explosions shook the refinery on Friday.", "disaster"),
    ("en", "The resignations came a day after the vote.", "resignation"),
    ("en", "The derailments forced the railway to suspend service.", "accident"),
    ("es", "Las autoridades confirmaron dos muertes el miércoles.", "death"),
    ("es", "Las explosiones sacudieron la refinería el viernes.", "disaster"),
    ("es", "Los desalojos comenzaron el martes.", "evacuation"),
    ("es", "Las marchas recorrieron el centro de la ciudad.", "protest"),
])
def test_plural_event_nouns_are_triggers(lang, text, kind):
    """News counts what happened in plurals ('two deaths', 'las explosiones'): the plural names the
    event as the singular does."""
    assert kind in [m.kind for m in _mentions(text, lang)]


def test_more_of_a_kind_is_another_one():
    """'Three more deaths were confirmed on Thursday' after 'two deaths on Wednesday': later deaths,
    not the ones already told of."""
    text = ("Authorities confirmed two deaths on Wednesday. Three more deaths were confirmed on Thursday, "
            "officials said.")
    deaths = [m for m in _mentions(text) if m.kind == "death"]
    assert [m.again for m in deaths] == [False, True]
    assert len(merge_mentions(deaths)) == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "The Harmon Street Bridge will stay closed to cars until mid-September, city officials said on Monday."),
    ("es", "La alcaldía informó el martes que el racionamiento terminará pronto."),
    ("id", "Kapolres mengatakan pada Senin bahwa api berasal dari dapur."),
])
def test_a_dated_saying_that_is_the_only_dated_news_is_a_statement(lang, text):
    """'will stay closed ..., city officials said on Monday': what the sentence dates is the saying."""
    [statement] = [m for m in _mentions(text, lang) if m.kind == "statement"]
    [report] = [m for m in _mentions(text, lang) if m.kind == "report"]
    assert statement.trigger == report.trigger and statement.timexes == report.timexes


@pytest.mark.parametrize("lang, text", [
    # the sentence dates its news: the saying is no event of its own
    ("en", "Officials said on Monday the bridge closed on Saturday."),
    # a time away from the verb is not the saying's day
    ("en", "The minister said the talks, which opened in Astana last week, went well."),
])
def test_a_saying_beside_dated_news_is_no_statement(lang, text):
    assert "statement" not in [m.kind for m in _mentions(text, lang)]


@pytest.mark.parametrize("lang, text, first, year, then, later", [
    ("en", "The company obtained its permit in 2018 and began mining a year later.",
     "obtained", "2018", None, "a year later"),
    ("id", "PT TEM mengantongi IUP operasi produksi pada 2018 dan mulai menambang di Tambu Lestari setahun kemudian.",
     "mengantongi", "2018", "menambang", "setahun kemudian"),
])
def test_a_date_told_after_its_trigger_stays_with_it_when_an_anaphor_counts_from_it(lang, text, first, year, then,
                                                                                   later):
    """'obtained its permit in 2018 and began mining a year later': 2018 is the permit's year and
    'a year later' counts from it; the permit never takes the anaphor."""
    ms = _mentions(text, lang)
    owner = next(m for m in ms if m.trigger == first)
    assert [t.text for t in owner.timexes] == [year]
    holders = [m.trigger for m in ms if any(t.text == later for t in m.timexes)]
    assert holders == [then if then is not None else later]


@pytest.mark.parametrize("lang, text, kind", [
    ("en", "About 250 of the plant's workers returned to work on Monday.", "opening"),
    ("en", "The county regained email on Monday.", "restoration"),
    ("en", "The motion passed 31-14 later Tuesday.", "vote"),
    ("en", "The court heard arguments from both sides on Wednesday.", "hearing"),
    ("en", "Customs officers seized 40 kilograms of cocaine on Friday.", "seizure"),
    ("es", "Los estibadores retomaron sus labores el lunes.", "opening"),
    ("es", "La policía incautó 40 kilos de cocaína el viernes.", "seizure"),
    ("id", "Bandara kembali melayani penerbangan hari ini, Rabu.", "opening"),
    ("id", "Penyidik menyita uang tunai sekitar Rp 1,2 miliar.", "seizure"),
    ("id", "OTT digelar pada Selasa (7/3/2028) malam.", "arrest"),
    ("en", "The board on Tuesday rejected a sweetened $48-per-share offer from Tessaly.", "rejection"),
    ("es", "El sindicato rechazó la oferta de la empresa el martes.", "rejection"),
    ("id", "Serikat pekerja menolak tawaran perusahaan pada Selasa.", "rejection"),
    ("fr", "Les douaniers ont procédé à la saisie de 40 kilos de cocaïne vendredi.", "seizure"),
    ("de", "Der Zoll hat am Freitag 40 Kilogramm Kokain beschlagnahmt.", "seizure"),
    ("ru", "В пятницу таможенники изъяли 40 килограммов кокаина.", "seizure"),
    ("fr", "Le conseil a rejeté mardi l’offre de Tessaly.", "rejection"),
    ("de", "Der Vorstand lehnte am Dienstag das Angebot ab.", "rejection"),
    ("ru", "Совет директоров во вторник отклонил предложение компании.", "rejection"),
])
def test_common_news_acts_have_kinds(lang, text, kind):
    """Acts news tells every day (work resumed, a service back, a motion carried, goods seized, a
    sting): of a kind, so that other reports of them by their usual words can be one event with them."""
    assert kind in [m.kind for m in _mentions(text, lang)]


def test_an_offer_rejected_is_not_the_offer():
    """'on Tuesday rejected a sweetened offer': Tuesday is the day of the rejection; the offer was
    made before, on a day this sentence does not tell."""
    ms = _mentions("Brightwater on Tuesday rejected a sweetened $48-per-share offer from Tessaly Group.")
    assert [(m.kind, [t.text for t in m.timexes]) for m in ms] == [("rejection", ["Tuesday"])]


def test_a_deal_sealed_is_no_seizure():
    """English 'sealed' also closes deals ('The deal was sealed on Friday'): only 'seized',
    'confiscated' and 'impounded' tell a seizure."""
    assert "seizure" not in [m.kind for m in _mentions("The deal was sealed on Friday.")]


@pytest.mark.parametrize("lang, text, main, earlier", [
    ("es", "La refinería reanudó el jueves la operación de su planta, la primera en volver a funcionar desde la "
           "explosión que dejó siete muertos.", "reanudó", "explosión"),
    ("en", "The refinery restarted its crude unit on Thursday, the first to run again since the explosion that "
           "killed seven workers.", "restarted", "explosion"),
    ("id", "Kilang itu kembali beroperasi pada Kamis, pertama kali sejak kebakaran yang menewaskan tujuh pekerja.",
     "kembali beroperasi", "kebakaran"),
    ("fr", "La raffinerie a rouvert jeudi, pour la première fois depuis l'explosion.", "rouvert", "explosion"),
])
def test_an_event_the_news_came_after_borrows_none_of_its_day(lang, text, main, earlier):
    """'the first to run again since the explosion': the explosion came before Thursday's restart, on a
    day this sentence does not tell; it takes no day of the sentence, and it is past."""
    ms = {m.trigger: m for m in _mentions(text, lang)}
    assert ms[main].timexes and ms[earlier].timexes == ()
    assert ms[earlier].tense is Tense.PAST


def test_what_a_later_appearance_explains_is_past_and_undated():
    """'deberá presentarse el miércoles 1 de marzo para explicar las causas del accidente': the date is
    the appearance's; the accident it explains is past, whatever the verb of the sentence."""
    [accident] = [m for m in _mentions("El director deberá presentarse ante los senadores el miércoles 1 de marzo "
                                       "para explicar las causas del accidente.", "es") if m.trigger == "accidente"]
    assert accident.timexes == () and accident.tense is Tense.PAST


@pytest.mark.parametrize("lang, text, trigger, point, began", [
    ("es", "Miles de personas marcharon ayer para protestar contra el racionamiento de agua que rige en la ciudad "
           "desde el 14 de febrero.", "marcharon", "ayer", "el 14 de febrero"),
    ("id", "Status itu berlaku sejak 30 Maret dan diperpanjang 30 hari pada 12 April.", "diperpanjang", "12 April",
     "30 Maret"),
])
def test_a_since_day_across_another_verb_is_when_a_state_began(lang, text, trigger, point, began):
    """'marcharon ayer ... contra el racionamiento que rige desde el 14 de febrero': the 14th is when the
    rationing began, a mention of its own dated that day, not a bound on the march."""
    ms = _mentions(text, lang)
    [main] = [m for m in ms if m.trigger.startswith(trigger)]  # 'marcharon ayer para protestar contra': a protest
    assert point in [t.text for t in main.timexes] and began not in [t.text for t in main.timexes]
    [start] = [m for m in ms if m.trigger == began]
    assert [(t.text, t.relation) for t in start.timexes] == [(began, None)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The volcano on Tuesday recorded its biggest eruption since 1992."),
    ("es", "El volcán registró el martes su mayor erupción desde 1992."),
])
def test_a_since_bound_beside_its_trigger_stays_with_it(lang, text):
    """'its biggest eruption since 1992': the year bounds this eruption; no verb stands between them
    (a record told since a year is after it: 'after' where the language lists its record words)."""
    [eruption] = [m for m in _mentions(text, lang) if m.kind == "eruption"]
    assert {("1992", "since"), ("1992", "after")} & {(t.text, t.relation) for t in eruption.timexes}


def test_in_front_of_is_no_future_in_indonesian():
    """'berunjuk rasa di depan gedung DPR': 'depan' is 'in front of' there, not the 'next' of 'pekan depan'."""
    [protest] = [m for m in _mentions("Ribuan buruh dan mahasiswa berunjuk rasa di depan gedung DPR.", "id")
                 if m.kind == "protest"]
    assert protest.tense is not Tense.FUTURE
    [strike] = [m for m in _mentions("Serikat buruh akan mogok nasional pekan depan.", "id") if m.kind == "strike"]
    assert strike.tense is Tense.FUTURE


# --- session 43: what a mention quotes ---

@pytest.mark.parametrize("lang, text, trigger, quote", [
    ("es", "El fuego, que se declaró el 8 de agosto en la parroquia de Soutelo, obligó a desalojar a 1.200 vecinos.",
     "fuego", "El fuego, que se declaró el 8 de agosto"),
    ("en", "The fire, which broke out on Tuesday afternoon near the village, forced 1,200 people to leave.",
     "fire", "The fire, which broke out on Tuesday afternoon"),
])
def test_a_mention_quotes_the_day_its_relative_clause_gives_it(lang, text, trigger, quote):
    m = next(m for m in _mentions(text, lang) if m.trigger.lower() == trigger)
    assert text[m.clause[0]:m.clause[1]] == quote


@pytest.mark.parametrize("lang, text, trigger, year", [
    ("es", "El embalse se encontraba este viernes en el 22,8 % de su capacidad, el nivel más bajo desde la sequía de 1992.",
     "sequía", "1992"),
    ("en", "The reservoir fell on Friday to its lowest level since the 1992 drought.", "drought", "1992"),
    ("id", "Debit air waduk turun pada Jumat ke titik terendah sejak kekeringan 1997.", "kekeringan", "1997"),
])
def test_a_drought_is_an_event_that_takes_its_own_year(lang, text, trigger, year):
    ms = _mentions(text, lang)
    drought = next(m for m in ms if m.trigger == trigger)
    assert drought.kind == "disaster" and [t.text for t in drought.timexes] == [year]
    assert not any(t.text == year for m in ms if m is not drought for t in m.timexes)


@pytest.mark.parametrize("lang, text", [
    ("es", "La Corte de Apelaciones de Valparaíso declaró ayer ilegal la huelga portuaria."),
    ("en", "An appeals court on Tuesday declared the strike illegal."),
    ("id", "Pengadilan menyatakan kontrak itu tidak sah pada Senin."),
    ("fr", "Le tribunal a déclaré mardi la grève illégale."),
])
def test_a_court_declaring_something_illegal_is_a_ruling_not_an_announcement(lang, text):
    kinds = {m.kind for m in _mentions(text, lang)}
    assert "ruling" in kinds and "announcement" not in kinds


def test_two_announcements_by_different_named_speakers_are_two_events_across_articles():
    """Who speaks is what an announcement is: the OAS mission's report and the Health Ministry's
    statement of one Wednesday stay two; the same speaker's, told by two outlets, is one."""
    a = [m for m in _mentions("The Organization of American States announced on Wednesday a new mission.", "en", "a")
         if m.kind == "announcement"]
    b = [m for m in _mentions("The Health Ministry announced on Wednesday a vaccination campaign.", "en", "b")
         if m.kind == "announcement"]
    c = [m for m in _mentions("The Organization of American States announced a new mission on Wednesday.", "en", "c")
         if m.kind == "announcement"]
    assert a and b and c
    wednesday = DaySet.single(_day(2027, 10, 27))
    days = {m.id: wednesday for m in a + b + c}
    events = merge_mentions(a + b + c, days=days)
    together = [{m.document for m in e.mentions} for e in events]
    assert {"a", "c"} in together and not any({"a", "b"} <= d for d in together)


@pytest.mark.parametrize("lang, text, day", [
    ("es", "El Gobierno prorrogó el martes por 30 días el estado de emergencia en Puno.", "martes"),
    ("en", "The government on Tuesday extended the state of emergency for 30 days.", "Tuesday"),
    ("id", "Pemerintah memperpanjang status tanggap darurat selama 14 hari pada Selasa.", "Selasa"),
])
def test_the_state_an_extension_extends_is_told_by_the_extension_not_dated_by_it(lang, text, day):
    ms = _mentions(text, lang)
    assert [m.kind for m in ms] == ["extension"]  # the state of emergency began before, on no day told here
    assert day in [t.text for t in ms[0].timexes]


@pytest.mark.parametrize("text, trigger, year_dates", [
    # the year of a thing the sentence names is its own date, not the sentence's events'
    ("The 1962 bridge was closed on March 7 after inspectors found cracks.", "closed", False),
    ("Repairs to the Harmon Street Bridge, a 1962 steel span that has been closed since March 7, began.", "closed", False),
    # the noun it opens takes it
    ("The rule was adopted after the company's 2014 ham recall.", "recall", True),
    ("The 2019 attack forced the county to shut down its network.", "attack", True),
])
def test_a_year_that_opens_a_things_name_dates_only_that_noun(text, trigger, year_dates):
    ms = _mentions(text)
    m = next(m for m in ms if m.trigger == trigger)
    year = next(w for w in text.replace(",", " ").split() if w.isdigit() and len(w) == 4)
    assert (year in [t.text for t in m.timexes]) is year_dates
    if not year_dates:
        assert any(x.trigger == year for x in ms)  # the thing's year, an event of its own


@pytest.mark.parametrize("lang, text, noun, day", [
    ("en", "The earthquake, which struck on Tuesday, destroyed 200 homes.", "earthquake", "Tuesday"),
    ("en", "Residents fear a slow recovery, as after Hurricane Maria, which killed thousands of people in 2017.",
     "Hurricane", "2017"),
    ("es", "El terremoto, que sacudió el martes la región, dejó 12 muertos.", "terremoto", "martes"),
    ("en", "The fire, which destroyed 23 homes on Sunday, was contained.", "fire", "Sunday"),
])
def test_an_event_nouns_relative_clause_tells_its_day(lang, text, noun, day):
    m = next(m for m in _mentions(text, lang) if m.trigger == noun)
    assert day in [t.text for t in m.timexes] and not m.inherited


@pytest.mark.parametrize("lang, text, noun, other, time", [
    ("id", "Walhi menilai karhutla tahun ini yang terparah sejak bencana asap 13 tahun lalu.", "karhutla",
     "bencana asap", "13 tahun lalu"),
    ("en", "Residents said the flood, which was the worst since the drought 30 years ago, ruined crops.", "flood",
     "drought", "30 years ago"),
])
def test_a_time_right_after_an_event_noun_inside_a_relative_clause_is_that_nouns(lang, text, noun, other, time):
    """'karhutla ... yang terparah sejak bencana asap 13 tahun lalu': the haze of 13 years ago, not this year's fires."""
    ms = _mentions(text, lang)
    assert time not in [t.text for m in ms if m.trigger == noun for t in m.timexes]
    assert time in [t.text for m in ms if m.trigger == other for t in m.timexes]


def test_a_relative_verb_of_a_known_kind_keeps_its_own_day():
    # the search was extended on Tuesday: Tuesday is the extension's, not the search's start
    ms = _mentions("Operasi SAR yang diperpanjang sejak Selasa (14/7) dijadwalkan berakhir pada Jumat (17/7).", "id")
    search = next(m for m in ms if m.kind == "search")
    assert "Selasa (14/7)" not in [t.text for t in search.timexes]


def test_two_acts_of_no_known_kind_by_different_named_agents_are_two_events_across_articles():
    a = [m for m in _mentions("El pleno de la Cámara de Diputados rechazó el jueves la moción contra Hernán Olazábal.",
                              "es", "a") if m.trigger == "rechazó"]
    b = [m for m in _mentions("El Jurado Nacional de Elecciones rechazó el jueves el pedido del colectivo.",
                              "es", "b") if m.trigger == "rechazó"]
    assert a and b and a[0].kind == b[0].kind == "event"
    thursday = DaySet.single(_day(2027, 10, 28))
    assert len(merge_mentions(a + b, days={m.id: thursday for m in a + b})) == 2


def test_a_year_that_opens_a_long_noun_phrase_dates_that_noun_and_lends_itself_to_no_other():
    text = ("In its ruling, the court annulled the commission's decision on the results of the 2027 Lembah Moro "
            "regent and deputy regent election.")
    ms = _mentions(text)
    election = next(m for m in ms if m.trigger == "election")
    ruling = next(m for m in ms if m.trigger == "its ruling")
    assert "2027" in [t.text for t in election.timexes] and "2027" not in [t.text for t in ruling.timexes]


@pytest.mark.parametrize("lang, text, day", [
    ("es", "Miles de personas marcharon ayer por el centro de Bogotá.", "ayer"),
    ("en", "Thousands took to the streets on Sunday.", "Sunday"),
    ("id", "Ribuan buruh turun ke jalan pada Kamis.", "Kamis"),
    ("fr", "Des milliers de personnes sont descendues dans la rue samedi.", "samedi"),
])
def test_taking_to_the_streets_is_a_protest(lang, text, day):
    [m] = [m for m in _mentions(text, lang) if m.kind == "protest"]
    assert [t.text for t in m.timexes] == [day]


def test_two_reports_that_a_third_links_become_one_event():
    # 'Putin' and 'Aliyev' alone name different people; the third report names both, so all three
    # tell one meeting, whatever order the articles come in
    a = _mentions("Vladimir Putin held talks on Tuesday.", "en", "a")
    b = _mentions("Ilham Aliyev held talks on Tuesday.", "en", "b")
    c = _mentions("Vladimir Putin held talks with Ilham Aliyev on Tuesday.", "en", "c")
    days = {m.id: DaySet.single(_day(2024, 10, 8)) for m in a + b + c}
    assert len(merge_mentions(a + b, days=days)) == 2
    events = merge_mentions(a + b + c, days=days)
    assert len(events) == 1 and {m.document for m in events[0].mentions} == {"a", "b", "c"}


@pytest.mark.parametrize("lang,text,trigger,when", [
    ("en", "The refinery already had a spill in October 2014.", "spill", "October 2014"),
    ("es", "La refinería ya protagonizó un derrame en octubre de 2014.", "derrame", "octubre de 2014"),
    ("id", "Tumpahan minyak terjadi pada Jumat malam.", "Tumpahan minyak", "Jumat malam"),
    ("fr", "La marée noire a touché la côte vendredi.", "marée noire", "vendredi"),
    ("de", "Die Ölpest erreichte am Freitag die Küste.", "Ölpest", "Freitag"),
    ("ru", "Разлив нефти произошёл в пятницу.", "Разлив нефти", "пятницу"),
])
def test_an_oil_spill_is_an_event_in_every_language(lang, text, trigger, when):
    [m] = [m for m in _mentions(text, lang) if m.kind == "disaster"]
    assert m.trigger == trigger and when in [t.text for t in m.timexes]


@pytest.mark.parametrize("lang,text,kind,when", [
    ("es", "El lunes, el Gobierno prorrogó por 60 días la emergencia ambiental declarada el 28 de febrero.",
     "alert", "el 28 de febrero"),
    ("en", "The government extended the state of emergency declared on Feb. 28 by 30 days on Monday.", "alert", "Feb. 28"),
    ("id", "Pemerintah memperpanjang status tanggap darurat yang ditetapkan pada 28 Februari selama 30 hari.",
     "alert", "28 Februari"),
])
def test_a_state_an_extension_extends_keeps_the_day_told_of_its_start(lang, text, kind, when):
    ms = _mentions(text, lang)
    [state] = [m for m in ms if m.kind == kind]
    [extension] = [m for m in ms if m.kind == "extension"]
    assert [t.text for t in state.timexes] == [when]
    assert when not in [t.text for t in extension.timexes]


def test_an_event_a_postponement_moves_is_not_past_by_its_verb():
    """'The visit, initially scheduled for Sunday, was postponed by a day': the past verb is the
    postponement's; the visit may lie on either side of the writing, so its mention tells no past
    (which had bounded it by Saturday's statement, the day before its planned Sunday)."""
    from chrono.pipeline import analyse
    from chrono.readings import Tense
    text = ("Premier visits storm-hit coast a day late\n\nTuesday, March 12, 2030\n\n"
            "PORTO VELHO — Premier Dana Ruiz toured storm-hit villages on the coast on Monday, a day later than planned.\n\n"
            "The visit, initially scheduled for Sunday, was postponed by a day because of heavy rain that made it "
            "unsafe for the helicopter to land, her office said in a statement on Saturday evening.\n")
    mentions = analyse(Document(id="v", path="v.txt", text=text, language="en")).mentions
    [visit] = [m for m in mentions if m.trigger == "visit"]
    [rain] = [m for m in mentions if m.kind == "weather"]
    assert visit.tense is not Tense.PAST and rain.tense is Tense.PAST


@pytest.mark.parametrize("text,trigger,tally", [
    ("The Shawnee Senate voted 33-5 on Tuesday to give back pay.", "voted", (5, 33)),
    ("The House passed the measure 88-10 last Thursday.", "passed the measure", (10, 88)),
    ("The council voted on the plan during its 12-14 March session.", "voted", None),  # a time's numbers
    ("The council voted on the 2019-2021 plan.", "voted", None),
])
def test_a_vote_s_count_is_told_beside_it(text, trigger, tally):
    [vote] = [m for m in _mentions(text) if m.trigger == trigger]
    assert vote.tally == tally


def test_a_record_counted_over_years_is_no_time_ahead_and_comes_after_the_year_since():
    """'for the first time in 12 years' is the span a record is counted over, not twelve years ahead;
    'for the first time since 2017' places the shutdown after 2017, not since then."""
    [ahead] = tag("It could shut down the government for the first time in 12 years.", dct=dt.date(2029, 6, 23), lang="en")
    assert (ahead.timex.type, ahead.timex.value) == ("DURATION", "P12Y")
    [shut] = [m for m in _mentions("The government partially shut down for the first time since 2017.") if m.trigger == "shut"]
    assert [(t.text, t.relation) for t in shut.timexes] == [("2017", "after")]


def test_a_negating_determiner_denies_its_noun_and_a_status_time_is_no_plan():
    """'No negotiating sessions had been scheduled as of Monday evening': no session, and no plan for Monday."""
    assert not [m for m in _mentions("No negotiating sessions had been scheduled as of Monday evening, aides said.")
                if m.kind == "meeting"]
    assert [m.kind for m in _mentions("The ministers held negotiating sessions on Monday.")] == ["meeting"]


@pytest.mark.parametrize("lang,text,trigger,amount", [
    ("en", "Thomas Brandt signed the $40.5 billion budget on Saturday.", "signed", ("USD", 40.5e9)),
    ("en", "The company signed a deal worth 1,200 dollars.", "signed", ("USD", 1200.0)),
    ("en", "The firm signed a compensation deal worth Rp4.3 trillion with fishermen.", "signed", ("IDR", 4.3e12)),
    ("es", "El gobernador firmó el presupuesto de 40.500 millones de dólares el sábado.", "firmó", ("USD", 40.5e9)),
    ("es", "La empresa firmó un acuerdo por US$ 2,5 millones.", "firmó", ("USD", 2.5e6)),
    ("id", "Perusahaan menandatangani perjanjian ganti rugi senilai Rp 4,3 triliun dengan nelayan.",
     "menandatangani", ("IDR", 4.3e12)),
    ("fr", "Le gouverneur a signé un budget de 40,5 milliards de dollars.", "signé", ("USD", 40.5e9)),
    ("de", "Der Gouverneur unterzeichnete den Haushalt von 40,5 Milliarden Dollar.", "unterzeichnete", ("USD", 40.5e9)),
    ("ru", "Губернатор подписал бюджет на 40,5 млрд долларов.", "подписал", ("USD", 40.5e9)),
])
def test_a_sum_of_money_told_beside_a_trigger_is_one_value_in_every_language(lang, text, trigger, amount):
    from chrono.events.measures import amounts
    start = text.index(trigger)
    assert amounts(text, (start, start + len(trigger)), (0, len(text)), lang) == frozenset({amount})


def test_a_number_with_its_scale_word_is_one_word_between_a_trigger_phrase_s_words():
    """'rejected a $41.2 billion state budget': 'rejected * budget' has three words between, not four."""
    [vote] = [m for m in _mentions("The Shawnee Senate on Tuesday rejected a $41.2 billion state budget on a 19-19 tie.")
              if m.kind == "vote"]
    assert vote.trigger == "rejected a $41.2 billion state budget" and vote.tally == (19, 19)


@pytest.mark.parametrize("lang,text,noun,when,other", [
    ("es", "La liberación se produjo tres días después de la primera ronda de conversaciones, celebrada el "
           "sábado en la casa parroquial.", "conversaciones", "sábado", "liberación"),
    ("en", "The army's raid came three days after a second round of talks, held on March 27, ended without agreement.",
     "talks", "March 27", "raid"),
])
def test_a_participle_after_a_comma_tells_the_time_of_the_noun_before_it(lang, text, noun, when, other):
    ms = _mentions(text, lang)
    [told] = [m for m in ms if m.trigger == noun]
    [main] = [m for m in ms if m.trigger == other]
    assert when in [t.text for t in told.timexes] and when not in [t.text for t in main.timexes]


def test_a_verb_after_a_comma_with_its_object_keeps_the_clause_closed():
    """'who had been due to visit on Monday, postponed his trip by a week': a finite verb, not a participle."""
    ms = _mentions("Chancellor Stefan Lorenz, who had been due to visit the region on Monday, postponed his trip by a week.")
    [postponed] = [m for m in ms if m.trigger == "postponed"]
    assert "Monday" not in [t.text for t in postponed.timexes]


@pytest.mark.parametrize("text,trigger,when", [
    ("Whitcomb said Tuesday's vote should push Democrats back to the table.", "vote", ["Tuesday"]),
    ("Friday's figures make an increase at the committee's next meeting, on March 30, likely.", "meeting", ["March 30"]),
    ("Rangers spent the weekend asking campers with reservations for Wednesday's Fourth of July holiday to leave.",
     "spent", ["the weekend", "Wednesday", "Fourth of July"]),  # one day named twice: no possessive
])
def test_a_possessive_time_dates_the_noun_it_possesses(text, trigger, when):
    [m] = [m for m in _mentions(text) if m.trigger == trigger]
    assert [t.text for t in m.timexes] == when


def test_an_event_after_since_and_its_subject_borrows_no_time():
    """'data showed last week, the highest rate since the bank adopted its inflation target'."""
    ms = _mentions("Inflation eased to 6.4% in March, data showed last week, the highest rate since the bank adopted "
                   "its inflation target.")
    [adopted] = [m for m in ms if m.trigger == "adopted"]
    [data] = [m for m in ms if m.trigger == "data showed"]
    assert adopted.timexes == () and [t.text for t in data.timexes] == ["last week"]


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Four engineers were kidnapped on Thursday on the road to the mine.", "kidnapped"),
    ("es", "Los cuatro ingenieros, secuestrados el 2 de marzo, fueron liberados ayer.", "secuestrados"),
    ("id", "Empat insinyur diculik pada Kamis di jalan menuju tambang.", "diculik"),
    ("fr", "Quatre ingénieurs ont été enlevés jeudi sur la route de la mine.", "enlevés"),
    ("de", "Vier Ingenieure wurden am Donnerstag entführt.", "entführt"),
    ("ru", "Четыре инженера были похищены в четверг.", "похищены"),
])
def test_a_kidnapping_is_an_event_in_every_language(lang, text, word):
    assert [m.kind for m in _mentions(text, lang) if m.trigger == word] == ["kidnapping"]


def test_delayed_flood_protection_is_no_kidnapping():
    assert not [m for m in _mentions("Anwohner kritisierten den seit Jahren verschleppten Hochwasserschutz.", "de")
                if m.kind == "kidnapping"]


@pytest.mark.parametrize("text,other,when", [
    ("The committee lowered the rate by 50 basis points at its first scheduled meeting since the emergency "
     "increase on April 13.", "meeting", "April 13"),
    ("Trading resumed in the wake of the cyberattack on Monday.", "resumed", "Monday"),
])
def test_a_time_told_in_an_earlier_event_s_phrase_is_that_event_s(text, other, when):
    """'since the emergency increase on April 13': the increase's day (a mention of its own when no
    trigger names it), never the meeting's; 'in the wake of the cyberattack on Monday': the attack's."""
    ms = _mentions(text)
    assert when not in [t.text for m in ms if m.trigger == other for t in m.timexes]
    assert [when] in [[t.text for t in m.timexes] for m in ms]


@pytest.mark.parametrize("lang,text,word", [
    ("en", "A 10-year bond auction failed on Tuesday.", "bond auction"),
    ("es", "La subasta de bonos del martes fracasó.", "subasta"),
    ("id", "Lelang surat utang negara pada Selasa sepi peminat.", "Lelang surat utang"),
])
def test_a_bond_auction_is_an_event(lang, text, word):
    assert [m.kind for m in _mentions(text, lang) if word in m.trigger] == ["auction"]


def test_a_time_phrase_after_since_is_no_earlier_event_and_a_when_clause_after_one_takes_its_time():
    """'closed since the early hours of Tuesday' is the closure's start; 'a fire of this size since the
    wave of October 2017, when dozens of fires left four dead': October 2017 is the wave's and its fires'."""
    [closed] = _mentions("The port has been closed since the early hours of Tuesday.")
    assert [t.text for t in closed.timexes] == ["Tuesday"]
    ms = _mentions("Galicia had not suffered a fire of this size since the wave of October 2017, when dozens of "
                   "simultaneous fires left four people dead.")
    assert [(m.trigger, [t.text for t in m.timexes]) for m in ms if m.kind == "disaster"] == [
        ("fire", []), ("fires", ["October 2017"])]


def test_to_auction_is_no_auction_event_of_its_own_time():
    """'would begin an inventory next week and planned to auction the machines in June': the verb is
    a plan's, not a bond auction, and it does not take the inventory's week."""
    assert not [m for m in _mentions("The curators said they would begin an inventory next week and planned to "
                                     "auction the first machines in June.") if m.kind == "auction"]
