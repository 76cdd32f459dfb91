"""One event per story: mentions that report the same thing, in one article or several, in any language.

Two passes, both greedy and deterministic.  Within an article, a mention joins the nearest earlier
group of its kind that it does not contradict (different people, different place, disjoint days).
Across articles, groups join when kind agrees, a participant or the place matches (names compared on
transliterated, folded keys), and their possible days overlap; kinds of one family
(``data/kind_families.toml``: 'ruling' and 'verdict') join only on the very same few days.  A place mismatch ('Baku' against
'Azerbaijan') is tolerated only when the days corroborate closely, since places nest.
"""
from __future__ import annotations

import functools
import pathlib
import tomllib
from typing import Collection, Mapping, Sequence

import attrs

from chrono.dayset import DaySet
from chrono.events.detect import (GENERIC_KIND, MAX_EVENT_DAYS, MULTI_DAY_KINDS, STATE_KINDS, counted_gap, is_coarse,
                                  is_dating)
from chrono.events.measures import different_levels, different_sizes, different_tallies
from chrono.events.names import fold, keys_match, name_keys, place_keys, places_nest
from chrono.model import Event, EventMention, TimeExpression
from chrono.timex.recognize import SUPERSEDED
from chrono.readings import Recurrence, RelativeUnit, Shift, Tense, Unit

SPEAKER_KINDS = frozenset({"announcement", "statement", "apology"})  # an act that is its speaker's saying
CLOSE_DAYS = 31  # two day sets this narrow and overlapping corroborate each other
YEAR_DAYS = 366  # a day set whose first and last day lie this far apart spreads over years
SAME_DAYS = 3  # identical day sets this narrow corroborate without a shared name
SPECIFIC_DAYS = 732  # a range this narrow is a date claim; wider, it only says 'before' or 'after'
FAMILIES_PATH = pathlib.Path(__file__).resolve().parent.parent / "data" / "kind_families.toml"


@functools.cache
def _kinds_data() -> dict:
    return tomllib.loads(FAMILIES_PATH.read_text(encoding="utf-8"))


@functools.cache
def kind_family() -> dict[str, int]:
    """Each kind of a family (``data/kind_families.toml``) to its family's number."""
    return {kind: i for i, family in enumerate(_kinds_data()["families"]) for kind in family}


@functools.cache
def impersonal_kinds() -> frozenset[str]:
    """Kinds whose reports name bystanders rather than the people who make the event
    (``data/kind_families.toml``): a sinking, an outbreak, a closure."""
    return frozenset(_kinds_data()["impersonal"])


@attrs.frozen
class _Group:
    mentions: tuple[EventMention, ...]
    locations: tuple[str, ...]
    days: DaySet | None  # intersection of the members' possible days (None: unknown)
    datelines: tuple[str, ...] = ()  # where the articles were filed: evidence for a match, never against one
    people: tuple[str, ...] = ()  # distinct people and names of all members, kept as the group grows
    names: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # names of the articles' headlines: evidence for a match, never a place
    ordinals: tuple[int, ...] = ()  # 'the second round': two different ones are two events
    roles: tuple[str, ...] = ()  # titles of its people, named or not
    background: bool = False  # some member is its article's background fact (``_background``)


def first_days(m: EventMention, days: DaySet | None) -> DaySet | None:
    """The days an event may have begun on, from the days one of its mentions may fall on: the same
    days unless the mention dates its last day ('wrapped up on Tuesday') or a day of an event it
    says lasted longer ('during the three-day visit, on Tuesday')."""
    if days is None or not days:
        return days
    if m.phase == "end":
        back = m.days_long - 1 if m.days_long else MAX_EVENT_DAYS - 1
        return days.dilate(-back, 0 if not m.days_long else -back)
    if m.phase is None and m.days_long:
        return days.dilate(-(m.days_long - 1), 0)
    return days


def _group(m: EventMention, days: DaySet | None) -> _Group:
    days = first_days(m, days)
    return _Group((m,), (m.location,) if m.location else (), days, (),
                  tuple(dict.fromkeys(m.people)), tuple(dict.fromkeys(m.participants)),
                  ordinals=(m.ordinal,) if m.ordinal is not None else (), roles=tuple(dict.fromkeys(m.roles)))


def _people_conflict(a: Sequence[str], b: Sequence[str]) -> bool:
    """Both name people and neither set of people is contained in the other."""
    if not a or not b:
        return False
    ka = [name_keys(x) for x in a]
    kb = [name_keys(x) for x in b]
    a_in_b = all(any(keys_match(x, y) for y in kb) for x in ka)
    b_in_a = all(any(keys_match(y, x) for x in ka) for y in kb)
    return not (a_in_b or b_in_a)


def _roles_conflict(g: _Group, h: _Group) -> bool:
    """One names nobody but a role ('Presiden meninjau'), the other names people none of whose titles
    is that role ('Menteri Sosial Ratna'): the President's visit is not the minister's."""
    if g.people or not g.roles or not h.people or not h.roles:
        return False
    return not any(keys_match(frozenset({fold(a)}), frozenset({fold(b)})) for a in g.roles for b in h.roles)


def _share_names(a: Sequence[str], b: Sequence[str]) -> bool:
    return any(keys_match(name_keys(x), name_keys(y)) for x in a for y in b)


def _same_place(a: Sequence[str], b: Sequence[str]) -> bool | None:
    """None when a side names no place; True when some place of one matches some place of the other,
    or lies in it."""
    if not a or not b:
        return None
    return any(keys_match(place_keys(x), place_keys(y)) or places_nest(x, y) for x in a for y in b)


def specific(days: DaySet | None) -> bool:
    """Days that say something: two years or less, or a calendar pattern ('Tuesdays', 'every August'),
    rather than everything before or after a publication date."""
    if days is None or not days:
        return False
    return days.count <= SPECIFIC_DAYS or _sparse(days)


def _sparse(days: DaySet) -> bool:
    """At most every other day of its span: a calendar pattern ('Tuesdays', 'July 1' of every year)."""
    return days.count * 2 <= days.max - days.min + 1


def _days_agree(a: DaySet | None, b: DaySet | None, *, same_document: bool = False) -> tuple[bool, bool]:
    """(compatible, corroborating): the sets overlap; and both are specific, and narrow or equal."""
    if a is None or b is None:
        return True, False
    if not (a & b):
        return False, False
    both = a & b
    close = specific(a) and specific(b) and ((a.count <= CLOSE_DAYS and b.count <= CLOSE_DAYS
                                              and not (same_document and _picks_years(a, b, both))) or a == b or
                                             both.count * 2 >= min(a.count, b.count))
    return True, close


def _picks_years(a: DaySet, b: DaySet, both: DaySet) -> bool:
    """Few days each, but one set spreads over years (a yearless dateline's 'el domingo': a Sunday of
    each year) and they meet in only some of them ('febrero de 2026', told of in the same article):
    joining them would choose the article's year, which a chance meeting with its background does not
    tell.  Across articles such a meeting is how a dated report gives a yearless one its year."""
    return any(x.max - x.min >= YEAR_DAYS and both.max - both.min < x.max - x.min - YEAR_DAYS for x in (a, b))


def _close_and_narrow(a: DaySet | None, b: DaySet | None, *, same_document: bool = False) -> bool:
    """The two day sets corroborate each other and each spans a month or less."""
    return _days_agree(a, b, same_document=same_document)[1] and a.count <= CLOSE_DAYS and b.count <= CLOSE_DAYS


def _year_or_wider(g: _Group) -> bool:
    """Dated only by a named year or decade, or years counted back ('in 2013', 'the 1990s', 'three
    years ago, in 2025'): a background fact."""
    own = [t for m in g.mentions if not m.inherited for t in m.timexes if is_dating(t)] or [
        t for m in g.mentions for t in m.timexes if is_dating(t)]  # 'setelah gelombang unjuk rasa ... pada 2021'
    return bool(own) and all(is_coarse(t) or _years_back(t) for t in own)


def _years_back(t: TimeExpression) -> bool:
    r = t.reading
    return isinstance(r, (RelativeUnit, Shift)) and r.unit is Unit.YEAR


def _yearless(days: DaySet | None) -> bool:
    """A day pattern of no known year ('9 June' in an article of unknown date): its days span years."""
    return days is not None and bool(days) and days.max - days.min > 400


def _pattern_over_years(days: DaySet | None) -> bool:
    """Days of no known year, scattered over years ('July 1' or 'on Friday' under a yearless dateline),
    not one stretch of them ('since December 2026', in an article of 2028)."""
    return _yearless(days) and _sparse(days)


def _repeats(g: _Group) -> bool:
    """A later one of its kind ('again', 'another', 'the second eruption', 'expanded the recall'), as
    its members say."""
    return any(m.again or (m.ordinal or 0) >= 2 for m in g.mentions)


def _tenses(g: _Group) -> set[Tense]:
    """The tenses of the members that carry a date of their own."""
    return {m.tense for m in g.mentions if not m.inherited and any(is_dating(t) for t in m.timexes)}


def _all_tenses(g: _Group) -> set[Tense]:
    """The tenses of all members, but for a state told to last until some day ('will stay closed
    until Thursday'): the state may well have begun already.  Elections 'previstas para abril de
    2031' are ahead, whatever the preposition."""
    return {m.tense for m in g.mentions
            if m.kind not in STATE_KINDS or not any(t.relation == "until" for t in m.timexes)}


def _done_and_ahead(a: set[Tense], b: set[Tense]) -> bool:
    """One article tells one report as done and the other as ahead: two events."""
    return (Tense.PAST in a and Tense.FUTURE in b) or (Tense.FUTURE in a and Tense.PAST in b)


def _given_up(g: _Group) -> bool:
    """The plan a later report says was not kept ('originally set for May 2')."""
    return any(m.given_up for m in g.mentions)


def _self_dated(g: _Group) -> bool:
    return any(is_dating(t) for m in g.mentions for t in m.timexes)


def _same_day(a: DaySet | None, b: DaySet | None) -> bool:
    """Both pinned to the same few days: 'Tuesday' in one article, '11/3/2025' in another."""
    return a is not None and b is not None and a == b and 0 < a.count <= SAME_DAYS


def _kind(g: _Group) -> str:
    """A group's kind: that of its members, where a translation's twin of no known kind does not count."""
    return _kind_of(g.mentions)


def _kind_of(mentions: Sequence[EventMention]) -> str:
    return next((m.kind for m in mentions if m.kind != GENERIC_KIND), GENERIC_KIND)


def _documents(g: _Group) -> set[str]:
    return {m.document for m in g.mentions}


def _related_kinds(g: _Group, h: _Group) -> bool:
    """Two kinds of one family ('ruling' and 'verdict', 'visit' and 'inspection')."""
    return _kinds_related(_kind(g), _kind(h))


def _kinds_related(a: str, b: str) -> bool:
    family = kind_family()
    return a != b and a in family and family[a] == family.get(b)


def _may_be_one(g: _Group, h: _Group, *, across: bool = False) -> bool:
    """Nothing in the words keeps the two apart: same kind, people that do not contradict, and not
    two different ones of a series (the first round and the second round).  ``across`` articles,
    kinds of one family and people of no other report may be one, if the days say so."""
    if GENERIC_KIND in (_kind(g), _kind(h)):
        if not _same_action(g, h):
            return False  # a report the lexicon cannot name is one event only with one that tells the same act
    elif _kind(g) != _kind(h) and not (across and _related_kinds(g, h)):
        return False
    if any(_recurring(m) for m in g.mentions + h.mentions):
        return False  # 'would meet twice a year': a series of its own, never one of the events told of
    if _people_conflict(g.people, h.people) and not (
            (across and _bystanders(g, h) and _people_say_nothing(g, h)) or (not across and _impersonal(g, h))):
        return False
    if _roles_conflict(g, h) or _roles_conflict(h, g):
        return False
    if ((_kind(g) in SPEAKER_KINDS or (across and _kind(g) == GENERIC_KIND == _kind(h))) and g.names and h.names
            and not _share_names(g.names, h.names)):
        # the OEA mission's report and the president's message, in one article or two ('Crestline
        # Airways offered refunds' and 'Rep. Sato announced a hearing'): who speaks is what it is; and an act
        # the lexicon cannot name is known by who did it to whom ('the Chamber rejected the motion',
        # 'the electoral board rejected the appeal')
        return False
    titles_g, titles_h = _titles(g), _titles(h)
    if titles_g and titles_h and not _share_names(titles_g, titles_h):
        return False  # Hurricane Maria and Hurricane Gaston
    if different_sizes(_magnitudes(g), _magnitudes(h)):
        return False  # the 5.2 aftershock of Wednesday and the 5.6 one of Sunday
    if any(different_levels(m.alert_levels, n.alert_levels) for m in g.mentions for n in h.mentions):
        # the alert raised to Level III on Thursday and to Level IV a week later; any two members,
        # since one report may tell both ('ke Siaga pada 5 April, lalu ke Awas pada 12 April')
        return False
    if different_tallies(_tallies(g), _tallies(h)):
        return False  # the Senate's 19-19 tie and its 20-18 vote a week later
    return not (g.ordinals and h.ordinals and not set(g.ordinals) & set(h.ordinals))


def _same_action(g: _Group, h: _Group) -> bool:
    """Some member of each tells the same act ('installed' and 'installed', 'mendeteksi' and
    'terdeteksi', 'attacked' and 'the ransomware attack'), by lemma."""
    return bool({a for m in g.mentions for a in m.actions} & {a for m in h.mentions for a in m.actions})


def _titles(g: _Group) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.title for m in g.mentions if m.title))


def _magnitudes(g: _Group) -> set[float]:
    return {m.magnitude for m in g.mentions if m.magnitude is not None}


def _tallies(g: _Group) -> set[tuple[int, int]]:
    return {m.tally for m in g.mentions if m.tally is not None}


def _amounts(g: _Group) -> set[tuple[str, float]]:
    """The sums its members tell ('signed the $40.5 billion budget'): across articles, one sum told
    on corroborating days names the event as well as a shared name does."""
    return {a for m in g.mentions for a in m.amounts}


def _recurring(m: EventMention) -> bool:
    return not m.inherited and any(isinstance(t.reading, Recurrence) for t in m.timexes)


BACKGROUND_DAYS = 365  # a report dated all this long before its article's latest dated news is background
NEWS_SPAN = 31  # days a report's range may span and still tell when its article's news is


def _news(m: EventMention) -> bool:
    """A report dated as something done or happening, not a plan: neither told ahead ('targeted within
    12 months') nor a plan given up ('semula ditargetkan rampung akhir Juli')."""
    return (m.tense is not Tense.FUTURE and not m.given_up
            and any(is_dating(t) and t.tense is not Tense.FUTURE and t.relation != SUPERSEDED for t in m.timexes))


def _background(g: _Group, news_end: int | None) -> bool:
    """Dated only to days long before the latest day the article's own reports name ('setelah
    gelombang unjuk rasa ... pada Oktober 2020' in an article of March 2028): a background fact."""
    return (news_end is not None and g.days is not None and bool(g.days) and _self_dated(g)
            and g.days.max < news_end - BACKGROUND_DAYS)


def _compatible(g: _Group, h: _Group, *, same_document: bool, news_end: int | None = None) -> bool:
    if not _may_be_one(g, h, across=not same_document):
        return False
    if _kind(g) != _kind(h) and GENERIC_KIND not in (_kind(g), _kind(h)) and not _pinned_together(g, h):
        return False  # another outlet's word for it ('ruling', 'verdict') only on the very same days
    days_ok, close = _days_agree(g.days, h.days, same_document=same_document)
    if not days_ok:
        return False
    narrow = _close_and_narrow(g.days, h.days, same_document=same_document)
    place = _same_place(g.locations, h.locations)
    if place is False and not narrow:
        return False  # places nest ('Baku', 'Azerbaijan'), but only days this narrow say it is one event
    if same_document:
        if g.mentions[0].previous != h.mentions[0].previous:
            return False  # 'the previous election' beside the article's own election
        if h.mentions[0].again:
            return False  # 'agreed to meet again': not the meeting told of before
        if _said_of_another(g, h) or _said_of_another(h, g):
            return False  # 'canceled hundreds more flights Thursday' and 'customers whose flights were canceled', said Wednesday
        if _same_sentence_generic(g, h):
            return False  # a date no trigger of its sentence took is not one of those triggers' events
        if _given_up(g) != _given_up(h) and not (narrow and _self_dated(g) and _self_dated(h)):
            return False  # 'the hearing, originally set for May 2': the plan is not the hearing moved from it
        if _counted_apart(g, h):
            return False  # 'protestaron el sábado, cinco días después de la movilización': two protests
        # two reports that each carry their own date must corroborate, not merely intersect:
        # 'Wednesday' and '10 February' intersect only in the years where 10 February is a Wednesday
        # ('today' and 'today' in one article are the same day, however little is known of it)
        # and a precise day inside a loose window ('Tuesday' and an inherited 'last month' while the
        # publication is known only to the week) does not corroborate: both must be narrow
        if _repeats(g) != _repeats(h) and not narrow and _self_dated(h if _repeats(g) else g):
            # the headline's 'Pinecrest widens recall' and 'the Wednesday recall' (or 'one of the
            # largest recalls in a decade'): the widening and another recall, unless their days agree
            return False
        if _done_and_ahead(_tenses(g), _tenses(h)):
            return False  # the minister's visit on Friday and the President's 'next week'
        if _done_and_ahead(_all_tenses(g), _all_tenses(h)) and not (_self_dated(g) and _self_dated(h)):
            return False  # 'those talks broke down' and 'will vote at a special meeting': one is over, one ahead
        if _self_dated(g) != _self_dated(h) and (_year_or_wider(g) or _year_or_wider(h)
                                                 or _background(g, news_end) or _background(h, news_end)):
            # 'the worst flood in recent memory, in 2013' is background: an undated report of the
            # story's own flood ('a day after the river burst its banks') does not join it, or the
            # whole article would move to 2013
            return False
        return narrow or (g.days is not None and g.days == h.days) or not (_self_dated(g) and _self_dated(h))
    if _repeats(g) != _repeats(h):
        return False  # 'widened its recall' is not the recall itself, nor 'overflowed again' the first flood
    if (_year_or_wider(g) and _yearless(h.days)) or (_year_or_wider(h) and _yearless(g.days)):
        return False  # 'firmaron en 2024 un acuerdo' gives no year to 'firmar el 9 de junio' told in an undated article
    if (g.background and _pattern_over_years(h.days)) or (h.background and _pattern_over_years(g.days)):
        # nor does 'no shutdown since July 2017', told of long before its article's news, give its year to
        # 'if the state closes its doors on July 1' under a yearless dateline: that article's story is the
        # others' news, not their background
        return False
    # across articles a merge needs corroborating days and a shared name, place or sum of money (names
    # alone would join the 2018 and 2024 visits of the same two presidents to the same city), or
    # the very same few days with nothing against it
    return close and (_share_names(_all_names(g), _all_names(h)) or place is True or _same_day(g.days, h.days)
                      or bool(_amounts(g) & _amounts(h)))


def _said_of_another(g: _Group, h: _Group) -> bool:
    """``h`` only tells, in someone's dated saying, an act the lexicon cannot name ('customers whose
    flights were canceled', said Wednesday), and ``g`` carries a date of its own: the saying's act was
    done by the saying's day, so joining them would bound ``g`` by it rather than corroborate it."""
    return (_self_dated(g) and not _self_dated(h)
            and all(m.kind == GENERIC_KIND and m.reported_at is not None for m in h.mentions))


def _counted_apart(g: _Group, h: _Group) -> bool:
    """One sentence tells one of them as what a gap counts from ('five days after the march in
    Ottawa'): the other, which the gap dates, is a later or earlier one."""
    return any(a.start == b.start and a.counted_from != b.counted_from and _dated_by_gap(b if a.counted_from else a)
               for a in g.mentions for b in h.mentions)


def _dated_by_gap(m: EventMention) -> bool:
    """It holds the gap ('protestaron el sábado, cinco días después'): not merely a word beside what the
    gap counts from ('a day after Hurricane Gaston slammed into the island as a Category 3 storm')."""
    return any(counted_gap(t) is not None for t in m.timexes)


def _same_sentence_generic(g: _Group, h: _Group) -> bool:
    """A mention of no known kind beside a mention of the other group in its own sentence: the
    detector left that date to no trigger there ('the river overflowed at night, and a week later
    rose again'), so it tells another event than theirs."""
    return any(a.start == b.start and GENERIC_KIND in (a.kind, b.kind) for a in g.mentions for b in h.mentions)


def _bystanders(g: _Group, h: _Group) -> bool:
    """Across articles each outlet names its own people (a widow, a governor on board): when the two
    sets share nobody and the event is no gathering, where who met is what tells two apart (Putin
    with Aliyev, Putin with Pashinyan), the people say nothing against one event."""
    return _kind(g) not in MULTI_DAY_KINDS and not _share_names(g.people, h.people)


def _impersonal(g: _Group, h: _Group) -> bool:
    """Within one article, two reports of one impersonal kind (the spill's ship in one sentence, the
    refinery in another): their people do not tell them apart; days and background still do."""
    return _kind(g) == _kind(h) and _kind(g) in impersonal_kinds()


def _people_say_nothing(g: _Group, h: _Group) -> bool:
    """Across articles, the people each outlet names are no evidence against one event when both
    reports are pinned to the same few days, or when the event is impersonal (a sinking, an outbreak)
    and the days corroborate closely: the widow of one report, the rescue chief of another."""
    if _pinned_together(g, h):
        return True
    return _kind(g) in impersonal_kinds() and _close_and_narrow(g.days, h.days)


def _pinned_together(g: _Group, h: _Group) -> bool:
    """Both pinned to a few days that overlap, and a name or place in common."""
    if g.days is None or h.days is None or not (g.days & h.days):
        return False
    if g.days.count > SAME_DAYS or h.days.count > SAME_DAYS:
        return False
    return _share_names(_all_names(g), _all_names(h)) or _same_place(g.locations, h.locations) is True


def _all_names(g: _Group) -> tuple[str, ...]:
    """Its participants, places, datelines and headline names: evidence of one event, never against."""
    return g.names + g.locations + g.datelines + g.topics


def _join(g: _Group, h: _Group) -> _Group:
    days = g.days if h.days is None else h.days if g.days is None else g.days & h.days
    return _Group(g.mentions + h.mentions, tuple(dict.fromkeys(g.locations + h.locations)), days,
                  tuple(dict.fromkeys(g.datelines + h.datelines)), tuple(dict.fromkeys(g.people + h.people)),
                  tuple(dict.fromkeys(g.names + h.names)), tuple(dict.fromkeys(g.topics + h.topics)),
                  tuple(dict.fromkeys(g.ordinals + h.ordinals)), tuple(dict.fromkeys(g.roles + h.roles)),
                  g.background or h.background)


def merge_mentions(mentions: Sequence[EventMention], *, days: Mapping[str, DaySet] | None = None,
                   places: Mapping[str, str] | None = None,
                   topics: Mapping[str, Sequence[str]] | None = None,
                   dated: Collection[str] | None = None,
                   twins: Collection[tuple[str, str]] = ()) -> list[Event]:
    """Events from mentions.  ``days`` maps a mention id to the days it may fall on (from a first
    solve with every mention on its own); ``places`` maps a document to its dateline place and
    ``topics`` to the names of its headline: what a sentence that names nobody is about ('In
    February a smaller eruption closed the airport' in an article headlined 'Lewotana erupts').
    Both are evidence for a match, never against one.  ``dated`` names the documents whose
    publication is known closely: only their undated reports may join an event on place alone.
    ``twins`` pairs mention ids that a translation and its original tell in aligned sentences
    (``translations.twin_mentions``): their groups are one before anything else is compared."""
    days = days or {}
    places = places or {}
    topics = topics or {}
    by_doc: dict[str, list[EventMention]] = {}
    for m in mentions:
        by_doc.setdefault(m.document, []).append(m)
    groups: list[_Group] = []
    for doc in sorted(by_doc):
        local: list[_Group] = []
        # the latest day the article's own dated reports may fall on: what its news is near (a plan
        # 'targeted within 12 months' is no news)
        news_end = max((d.max for m in by_doc[doc] if not m.inherited and _news(m)
                        and (d := days.get(m.id)) is not None and d and d.max - d.min <= NEWS_SPAN), default=None)
        for m in sorted(by_doc[doc], key=lambda m: (m.trigger_start, m.id)):
            g = _group(m, days.get(m.id))
            for i in _candidates(local, g, tuple(topics.get(doc, ()))):
                if _named_otherwise(local, i, g):
                    continue
                if _compatible(local[i], g, same_document=True, news_end=news_end):
                    local[i] = _join(local[i], g)
                    break
            else:
                local.append(g)
        for g in local:
            groups.append(attrs.evolve(g, datelines=(places[doc],) if doc in places else (),
                                       topics=tuple(topics.get(doc, ())), background=_background(g, news_end)))
    clusters: list[_Group] = []
    for g in _join_twins(groups, twins):
        best = None
        for i, c in enumerate(clusters):
            if _documents(c) & _documents(g):
                continue  # the article itself kept these apart
            if _compatible(c, g, same_document=False):
                best = i
                break
        if best is None:
            clusters.append(g)
        else:
            clusters[best] = _join(clusters[best], g)
    clusters = _join_clusters(clusters)
    return [_event(i, c) for i, c in enumerate(_attach_undated(clusters, frozenset(dated or ())))]


def _join_clusters(clusters: list[_Group]) -> list[_Group]:
    """Clusters that a later article showed to be one: the first pass joins each article's report to the
    first event it fits, so two reports that only a third links stay apart until compared again.
    Across articles only specific days that overlap can corroborate, and only kinds that agree
    (``_compatible``), so only such clusters are compared."""

    def span(c: _Group) -> tuple[int, int] | None:
        return (c.days.min, c.days.max) if specific(c.days) else None

    def kinds_may_agree(a: str, b: str) -> bool:
        return a == b or GENERIC_KIND in (a, b) or _kinds_related(a, b)

    changed = True
    while changed:  # a sweep per round; a cluster that grew is compared again with all after it
        changed = False
        spans = [span(c) for c in clusters]
        kinds = [_kind(c) for c in clusters]
        i = 0
        while i < len(clusters):
            j = i + 1
            while spans[i] is not None and j < len(clusters):
                if (spans[j] is not None and spans[j][0] <= spans[i][1] and spans[i][0] <= spans[j][1]
                        and kinds_may_agree(kinds[i], kinds[j]) and not _documents(clusters[i]) & _documents(clusters[j])
                        and _compatible(clusters[i], clusters[j], same_document=False)):
                    clusters[i] = _join(clusters[i], clusters[j])
                    del clusters[j], spans[j], kinds[j]
                    spans[i], kinds[i] = span(clusters[i]), _kind(clusters[i])
                    changed = True
                    j = i + 1
                else:
                    j += 1
            i += 1
    return clusters


def _candidates(local: list[_Group], g: _Group, topics: tuple[str, ...]) -> list[int]:
    """The article's groups that ``g`` may join, nearest first; but a report with no date and no name
    of its own ('the storm', 'el huracán') tries first the one of its kind whose name the headline or
    lede gives (the story's hurricane), not a forecast of its landfall told just before."""
    order = list(range(len(local) - 1, -1, -1))
    if _self_dated(g) or _titles(g):
        return order
    story = [i for i in order if _kind(local[i]) == _kind(g) and _titles(local[i])
             and _share_names(_titles(local[i]), topics)][:1]
    return story + [i for i in order if i not in story]


def _named_otherwise(local: list[_Group], i: int, g: _Group) -> bool:
    """Whether ``g`` bears a name (a title) that the article gave another event before ``local[i]``,
    which bears none: 'Hurricane Maria, which struck in 2017' in an article about Hurricane Gaston.
    Once an article has named one event, what it tells without a name ('the storm', 'the hurricane')
    is that one's, and an event of another name joins none of it."""
    title = _titles(g)
    if not title or _titles(local[i]):
        return False
    return any(_titles(c) and not _share_names(_titles(c), title) for c in local[:i])


def _join_twins(groups: list[_Group], twins: Collection[tuple[str, str]]) -> list[_Group]:
    """Groups that hold twin mentions become one, in the order of their first member, unless that
    joins two groups an article kept apart, two kinds, or days that exclude each other: a
    translation tells the same events, whatever names or days each text lets us read."""
    where = {m.id: i for i, g in enumerate(groups) for m in g.mentions}
    parent = list(range(len(groups)))
    joined = list(groups)

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in sorted(twins):
        if a not in where or b not in where:
            continue
        i, j = sorted((root(where[a]), root(where[b])))
        if i == j or _documents(joined[i]) & _documents(joined[j]):
            continue
        g, h = joined[i], joined[j]
        if _kind(g) != _kind(h) and GENERIC_KIND not in (_kind(g), _kind(h)):
            continue
        if any(_recurring(m) for m in g.mentions + h.mentions) or not _days_agree(g.days, h.days)[0]:
            continue
        joined[i] = _join(g, h)
        parent[j] = i
    return [joined[i] for i in range(len(groups)) if parent[i] == i]


def _attach_undated(clusters: list[_Group], dated: frozenset[str]) -> list[_Group]:
    """Reports that carry no date of their own ('signed the treaty at a summit on Lake Issyk-Kul')
    join the one event of their kind at the same place, or with the same ordinal ('the first round
    of talks'), reported by other articles: days cannot corroborate them, so the match must be
    unique.  Two candidates leave the report on its own rather than guess."""
    out = [c for c in clusters if specific(c.days)]
    for g in (c for c in clusters if not specific(c.days)):
        docs = {m.document for m in g.mentions}
        if not docs <= dated:
            out.append(g)  # from an undated article it could be of any year: the 2018 visit beside the 2024 one
            continue
        fits = [i for i, c in enumerate(out)
                if not docs & {m.document for m in c.mentions} and _same_without_days(c, g)]
        # 'a first round in Astana': the first round at Astana before a first session somewhere
        # unsaid, and either before any other event at Astana
        strength = {i: (bool(set(out[i].ordinals) & set(g.ordinals)), _same_place(out[i].locations, g.locations) is True)
                    for i in fits}
        fits = [i for i in fits if strength[i] == max(strength.values())]
        if len(fits) == 1:
            out[fits[0]] = _join(out[fits[0]], g)
        else:
            out.append(g)
    order = {id(c.mentions[0]): i for i, c in enumerate(clusters)}
    return sorted(out, key=lambda c: min(order.get(id(m), len(order)) for m in c.mentions))


def _same_without_days(c: _Group, g: _Group) -> bool:
    if not _may_be_one(c, g):
        return False
    if any(m.again or m.previous for m in g.mentions):
        return False  # 'agreed to meet again in Astana': another one than the meeting told of, on place alone
    if c.ordinals and g.ordinals:  # the same one of a series
        return _same_place(c.locations, g.locations) is not False
    if any(m.counted_from for m in g.mentions):
        return False  # 'a day after Olazábal swore in a new cabinet': dated by its article's links, not by place
    if not _days_agree(c.days, g.days)[0]:
        return False
    return _same_place(c.locations, g.locations) is True


def _event(index: int, group: _Group) -> Event:
    mentions = tuple(sorted(group.mentions, key=lambda m: (m.document, m.trigger_start)))
    people = [p for m in mentions for p in m.people]
    others = [p for m in mentions for p in m.participants if p not in people]
    participants = _canonical_names(people + others)
    kind = _kind_of(mentions)
    location = next((m.location for m in mentions if m.location),
                    group.locations[0] if group.locations else group.datelines[0] if group.datelines else None)
    return Event(id=f"ev{index}", kind=kind, mentions=mentions, participants=participants, location=location,
                 summary=_summary(kind, participants, location, mentions))


def _canonical_names(names: list[str]) -> tuple[str, ...]:
    """One display form per person or organisation: the most frequent full form, then the shortest."""
    groups: list[list[str]] = []
    for name in names:
        for g in groups:
            if keys_match(name_keys(name), name_keys(g[0])):
                g.append(name)
                break
        else:
            groups.append([name])
    out = []
    for g in groups:
        full = [n for n in g if len(n.split()) >= 2] or g
        counts = {n: full.count(n) for n in full}
        out.append(sorted(counts, key=lambda n: (-counts[n], len(n), n))[0])
    return tuple(out)


SNIPPET_BEFORE = 30  # characters of context kept before a trigger in a summary
SNIPPET_AFTER = 40


def _snippet(m: EventMention) -> str:
    """The words around the trigger, cut at word boundaries and at the sentence's edges."""
    rel0, rel1 = m.trigger_start - m.start, m.trigger_end - m.start
    text = m.sentence
    a, b = max(0, rel0 - SNIPPET_BEFORE), min(len(text), rel1 + SNIPPET_AFTER)
    while a > 0 and not text[a - 1].isspace():
        a += 1
        if a >= rel0:
            a = rel0
            break
    while b < len(text) and not text[b].isspace() and b > rel1:
        b -= 1
    core = " ".join(text[a:b].split()).strip(" ,;:\"'“”")
    return ("…" if a > 0 else "") + core + ("…" if b < len(text) else "")


def _summary(kind: str, participants: tuple[str, ...], location: str | None, mentions: Sequence[EventMention]) -> str:
    """The event's kind and the words of its best-dated mention: faithful to the articles."""
    best = next((m for m in mentions if m.timexes and not m.inherited), mentions[0])
    label = "Event" if kind == GENERIC_KIND else kind.capitalize()
    if all(m.given_up for m in mentions):
        label += " (plan given up)"  # 'originally set for June 22': the day planned, not the day it happened
    return f"{label}: {_snippet(best)}"
