"""Per-language data: one folder per language with ``lexicon.toml`` and ``examples.toml``.

A new language is a new folder, found by glob; nothing in the engine names a language.
"""
from __future__ import annotations

import functools
import pathlib
import tomllib
from typing import Any, Mapping

import attrs

from chrono.errors import LanguageDataError

LANGUAGES_DIR = pathlib.Path(__file__).parent


def _words(value: Any, path: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LanguageDataError(path, f"{key}: expected a list of strings")
    return tuple(value)


def _table(data: Mapping[str, Any], key: str, path: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise LanguageDataError(path, f"[{key}] must be a table")
    return value


def _word_map(data: Mapping[str, Any], key: str, path: str) -> dict[str, tuple[str, ...]]:
    """A table of label -> words, e.g. ``[units] day = ["day", "days"]``."""
    return {label: _words(words, path, f"{key}.{label}") for label, words in _table(data, key, path).items()}


def _int_map(data: Mapping[str, Any], key: str, path: str) -> dict[str, int]:
    table = _table(data, key, path)
    for word, number in table.items():
        if not isinstance(number, int):
            raise LanguageDataError(path, f"{key}.{word}: expected an integer")
    return dict(table)


def _indexed(data: Mapping[str, Any], key: str, count: int, path: str) -> tuple[tuple[str, ...], ...]:
    value = data.get(key)
    if not isinstance(value, list) or len(value) != count:
        raise LanguageDataError(path, f"{key}: expected a list of {count} word lists")
    return tuple(_words(v, path, f"{key}[{i}]") for i, v in enumerate(value))


@attrs.frozen(kw_only=True)
class Lexicon:
    """The words of one language, as loaded from its ``lexicon.toml`` (see docs/languages.md)."""

    code: str
    name: str
    path: str
    capitalized_names: bool
    numeric_date_order: tuple[str, ...]
    months: tuple[tuple[str, ...], ...]
    weekdays: tuple[tuple[str, ...], ...]
    ambiguous: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    day_prefixes: tuple[str, ...]
    date_connectors: tuple[str, ...]
    year_suffixes: tuple[str, ...]
    year_prefixes: tuple[str, ...]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    unspecified_numbers: tuple[str, ...]
    relative_days: Mapping[str, tuple[int, str | None]]
    modifiers_before: Mapping[str, int]
    modifiers_after: Mapping[str, int]
    units: Mapping[str, tuple[str, ...]]
    ago: tuple[str, ...]
    ago_before: tuple[str, ...]
    articles: tuple[str, ...]
    of_words: tuple[str, ...]
    ordinal_prefixes: tuple[str, ...]
    decade_suffixes: tuple[str, ...]
    earlier: tuple[str, ...]
    same_day: tuple[str, ...]
    anaphoric_modifiers: tuple[str, ...]
    later: tuple[str, ...]
    from_now: tuple[str, ...]
    in_future: tuple[str, ...]
    parts: Mapping[str, tuple[str, ...]]
    day_parts: Mapping[str, tuple[str, ...]]
    seasons: Mapping[str, tuple[str, ...]]
    quarter_words: tuple[str, ...]
    half_words: tuple[str, ...]
    century_words: tuple[str, ...]
    decade_words: tuple[str, ...]
    duration_mods: Mapping[str, tuple[str, ...]]
    duration_prefixes: tuple[str, ...]
    up_to_now: tuple[str, ...]
    past_window: tuple[str, ...]
    ahead_window: tuple[str, ...]
    weekday_day_next: tuple[str, ...]
    elapsed_before: tuple[str, ...]
    lasted_before: tuple[str, ...]
    ahead_window_after: tuple[str, ...]
    ahead_window_from: tuple[str, ...]
    vague: Mapping[str, tuple[str, ...]]
    every: tuple[str, ...]
    recurring: Mapping[str, tuple[str, ...]]
    within: tuple[str, ...]
    name_first_heads: tuple[str, ...]
    context_before: tuple[str, ...]
    relations: Mapping[str, tuple[str, ...]]
    zones: tuple[str, ...]
    tense_future: tuple[str, ...]
    # 'could', 'podría', 'bisa': a possibility, like a future marker the start of a clause of its own
    # ('said work could begin in early April': the date is the work's, not the statement's)
    tense_modals: tuple[str, ...]
    tense_past: tuple[str, ...]
    past_suffixes: tuple[str, ...]
    past_suffix_exceptions: frozenset[str]
    future_suffixes: tuple[str, ...]  # 'firmará', 'signera': a future verb told by its ending
    future_suffix_exceptions: frozenset[str]
    ongoing: tuple[str, ...]
    titles: tuple[str, ...]
    name_connectors: tuple[str, ...]
    not_names: frozenset[str]
    boilerplate: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    event_triggers: Mapping[str, tuple[str, ...]]
    dateline_agencies: tuple[str, ...]
    # Optional keys (default empty): clock hour words ("15 h 30"), decade prefixes ("les années 1990"),
    # anaphoric day words ("le lendemain" = +1 from the previous date), elided articles ("l'année").
    hour_words: tuple[str, ...] = ()
    decade_prefixes: tuple[str, ...] = ()
    anaphoric_days: Mapping[str, tuple[int, str | None]] = attrs.field(factory=dict)  # word -> (offset, day part)
    age_before: tuple[str, ...] = ()  # "Jean Burget, 87 ans,", "âgé de 38 ans": a count of years that is an age
    elided_articles: tuple[str, ...] = ()
    # 'la víspera de', 'le lendemain du': the word after an anaphoric day that ties it to what follows
    reference_links: tuple[str, ...] = ()
    # 'two days before the scheduled date': a gap counted from a date, which no event of the sentence is
    date_nouns: tuple[str, ...] = ()
    source_prepositions: tuple[str, ...] = ()  # 'según', 'according to': what a source tells
    # 'the first Sunday in April', 'el último viernes de marzo', 'Minggu pertama bulan April': the words
    # between an ordinal weekday and its month ("" when the month follows directly, as in Russian)
    nth_weekday_links: tuple[str, ...] = ()
    # 'for the first time in 12 years', 'the highest in two decades': up to three words before 'in N
    # units' that make them the span a record is counted over, not a time ahead
    record_words: tuple[str, ...] = ()
    # 'as of Monday evening': the words before a time a state is told at, which no plan names
    status_before: tuple[str, ...] = ()
    week_of: tuple[str, ...] = ()  # 'the week of March 6', 'la semana del 6 de marzo': the week holding a day
    indefinite_articles: tuple[str, ...] = ()  # "on a Saturday": some Saturday, not the latest one
    clock_prefixes: tuple[str, ...] = ()  # "a las 10.30 horas": the words before a clock time
    day_words: Mapping[str, int] = attrs.field(factory=dict)  # "el primero de mayo": a day of the month in words
    time_separators: tuple[str, ...] = (":",)
    holidays: Mapping[str, str] = attrs.field(factory=dict)  # name -> "12-25" or "11-4-THU" (4th Thursday)
    clause_words: tuple[str, ...] = ()  # 'while', 'after', 'sedangkan': a time does not cross them
    subordinate_words: tuple[str, ...] = ()  # those of clause_words whose clause ends at the next comma ('after')
    relative_clause_words: tuple[str, ...] = ()  # ', which': a relative clause that ends at the next comma
    definite_units: Mapping[str, int] = attrs.field(factory=dict)
    definite_modifiers: tuple[str, ...] = ()
    short_decade_suffixes: tuple[str, ...] = ()  # "die 90er Jahre", "в 90-х годах": a two-digit decade (1900s)
    # 'the nineties', 'los años noventa', 'die neunziger Jahre', 'девяностые': a decade of the 1900s
    # named in words (name -> its tens digit), after one of its prefixes (none needed when the list is
    # empty) and before an optional suffix ('Jahre', 'годы')
    decade_names: Mapping[str, int] = attrs.field(factory=dict)
    decade_name_prefixes: tuple[str, ...] = ()
    decade_name_suffixes: tuple[str, ...] = ()
    later_before: tuple[str, ...] = ()  # "спустя два дня", "nach drei Tagen": 'later' before the count
    compound_day_parts: tuple[str, ...] = ()  # "Dienstagabend": day parts written joined to a weekday
    bare_units: tuple[str, ...] = ()  # "год назад", "неделю спустя": unit words that count one without a number
    counted_units: tuple[str, ...] = ()  # "setahun", "sebulan": a unit fused with its count, never 'last'/'next'
    age_after: tuple[str, ...] = ()  # '52 years old': a count of years before these words is an age
    year_ago: tuple[str, ...] = ()  # 'the year-ago quarter', 'the year-earlier period': the same period a year before
    period_words: tuple[str, ...] = ()  # 'the year-earlier period'
    # "el pasado día 12", "tanggal 5", "5-го числа": a day of a month left unnamed, the noun before or after the day
    month_day_before: tuple[str, ...] = ()
    month_day_after: tuple[str, ...] = ()
    # 'from 26 to 31 August', 'Aug. 26-31', 'vom 4./5. August', 'del 3 al 5 de mayo': what joins two
    # days that share one month, each of them a date
    day_range_joiners: tuple[str, ...] = ()
    bc_markers: tuple[str, ...] = ()  # '490 BC', '490 v. Chr.', '490 a. C.': a year before Christ
    zone_offsets: Mapping[str, str] = attrs.field(factory=dict)  # 'MSK' -> '+03', 'UTC' -> 'Z'
    apostrophe_decades: bool = False  # "the '70s"
    # 'since the explosion', 'the causes of the accident', 'desde la explosión': right before a trigger
    # (with determiners between), an event the sentence's news came after; its time is not the trigger's
    earlier_before: tuple[str, ...] = ()
    # 'the previous election', 'pemilihan sebelumnya': an earlier event than the one the article is about
    previous_before: tuple[str, ...] = ()
    previous_after: tuple[str, ...] = ()
    # 'year-end', 'Jahresende', 'fin d'année': one word naming a part of a unit, keyed "<part> <unit>" ("late year")
    unit_parts: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    # 'met again', 'another meeting', 'bertemu kembali': a later one of its kind than the one told before
    again_before: tuple[str, ...] = ()
    again_after: tuple[str, ...] = ()
    ordinal_after_noun: bool = False  # 'putaran kedua' (round second): an event's ordinal follows its noun
    # 'Sondersitzung', 'Bürgermeisterwahl': nouns join into one word, and a compound whose last part
    # is a trigger noun is that event (German)
    compound_nouns: bool = False
    # 'no negotiating sessions', 'ninguna reunión': a determiner that denies the noun after it (one word may stand between)
    negation_determiners: tuple[str, ...] = ()
    # between the two numbers of a vote's count beside '33-5': 'by 33 votes to 5', '20 votos contra 18'
    tally_joiners: tuple[str, ...] = ()
    # compounds that end in a trigger noun without being its event ('Vorurteil', 'Friedensprozess',
    # 'Botschaft'): word endings, lower-cased
    compound_exceptions: tuple[str, ...] = ()
    # where a multi-word name keeps its head: 'last' ('Preliminary Investigation Court'), 'first'
    # ('Juzgado de Investigación Preparatoria'); '' where every noun is capitalized (German)
    name_head: str = ""
    # 'a second round in Bishkek', 'la segunda vuelta': with an ordinal, one of a series of the event
    # the text is telling of (talks, an election), whose kind it takes from its context
    series_nouns: tuple[str, ...] = ()
    outcome_words: tuple[str, ...] = ()  # 'lost to', 'menang': the outcome of the contest told of, without a trigger
    # 'the talks began', 'wrapped up a round of talks', 'al término de la cumbre': the time beside
    # dates the event's first or last day, and an event with both lasted more than one day
    start_words: tuple[str, ...] = ()
    end_words: tuple[str, ...] = ()
    frequency_before: tuple[str, ...] = ()  # 'twice a week': occurrence counts that make 'a week' a SET
    place_words: tuple[str, ...] = ()  # 'Gunung Lewotana', 'Mount Etna', 'Lago Titicaca': a place, never a person
    # 'Public Works Ministry', 'Badan Pusat Statistik', 'Juzgado de Letras': an organisation, never a person
    organisation_words: tuple[str, ...] = ()
    # 'the talks, which opened': a relative pronoun after a comma; a verb after any other comma is
    # not the previous noun's ('las clases, suspendidas desde el día del terremoto, se reanudarán')
    relative_pronouns: tuple[str, ...] = ()
    # 'agreed to testify', 'intends to call': an infinitive takes no past from the verb it hangs on
    infinitive_markers: tuple[str, ...] = ()
    # 'began on September 29 and a day later ... closed': a conjunction right before a time counted
    # from what was told opens the clause of a later happening, like a comma does
    coordinators: tuple[str, ...] = ()
    # 'during the shutdown', 'selama penutupan': a trigger a time lies inside; a future there is not its start
    container_words: tuple[str, ...] = ()
    # 'remains closed', 'sigue cerrado', 'masih mengungsi': before a state's trigger, a day told with it
    # is one the state holds, not the day it began
    continuing: tuple[str, ...] = ()
    # 'magnitude 5.6', '5,6 SR': the words before or after the number that gives a quake's size
    magnitude_before: tuple[str, ...] = ()
    magnitude_after: tuple[str, ...] = ()
    # 'Level III', 'nivel 2', 'Alarmstufe 3': the words before an alert level's number; 'from Level II',
    # 'dari Waspada': the words before the level an alert left, not the one it set
    level_words: tuple[str, ...] = ()
    level_from: tuple[str, ...] = ()
    level_to: tuple[str, ...] = ()  # 'to', 'menjadi', 'до': between a 'from' and a level, the level set
    # 'level-3': ['Siaga'], 'emergency': ['state of emergency', 'status tanggap darurat']: named alert
    # levels and states, by the token all languages share
    alert_levels: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    # '$40.5 billion', '40.500 millones de dólares', 'Rp 4,3 triliun': the words of a currency, by the
    # token all languages share ('USD'), and the words that scale a number by a power of ten ('9':
    # ['billion', 'bn']); a sum told with two reports is evidence they tell one event
    currencies: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    amount_scales: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    decimal_mark: str = "."  # '4.3' in English, '4,3' in Spanish: a lone mark of the other kind groups thousands
    # what a clause says was done, when no trigger names it (``events.actions``): the endings and
    # prefixes of inflected verb forms ('installed', 'dilimpahkan'), infinitive endings ('regresar'),
    # and verbs that say nothing of what happened ('be', 'plan', 'ser')
    action_endings: tuple[str, ...] = ()
    irregular_verbs: tuple[str, ...] = ()  # forms no ending marks: 'found', 'held'
    irregular_participles: tuple[str, ...] = ()  # and those a verb only after an auxiliary: 'stolen'
    prenominal_participle_endings: tuple[str, ...] = ()  # 'the derailed tank cars': a participle before its noun
    restrictive_relative_words: tuple[str, ...] = ()  # 'the workers who died': a clause that tells of its noun
    untensed_relative_words: tuple[str, ...] = ()  # 'dapur yang lolos inspeksi': such a clause where verbs tell no tense
    # 'charged with theft', 'a hearing on the derailment': the words before the earlier event a charge,
    # a hearing or a report is about
    topic_words: tuple[str, ...] = ()
    adjunct_endings: tuple[str, ...] = ()  # ', halting traffic', ', paralizando el puerto': what the event did
    result_adjuncts: tuple[str, ...] = ()  # ', causing floods': the nouns after such a verb are results of that day
    action_prefixes: tuple[str, ...] = ()
    infinitive_endings: tuple[str, ...] = ()
    light_verbs: tuple[str, ...] = ()
    # a trigger's other inflections count as the trigger ('firmará' as 'firmó'): simplemma's lemmas,
    # for languages whose verbs inflect richly and whose derivations keep the meaning (not Indonesian)
    match_lemmas: bool = False
    # 'an appeals court', 'the election commission': a trigger right before one of these words
    # names the body, not an event (capitalized names are handled by ``name_head``)
    institution_heads: tuple[str, ...] = ()
    # 'not', 'never', 'no one', 'tidak', 'no': right before a trigger (or before the auxiliaries of
    # ``negation_gap_words`` and then the trigger), the event did not happen ('no one was killed')
    negations: tuple[str, ...] = ()
    negation_gap_words: tuple[str, ...] = ()
    # 'won with 94 percent of the vote': right before a trigger, these make it a share of something
    # counted, not an event
    share_before: tuple[str, ...] = ()
    # phrases that read a trigger inside them otherwise: reflexive 'el incendio se declaró el martes'
    # (broke out) is no statement; a longer trigger over the phrase ('se declaró culpable') stands
    not_triggers: tuple[str, ...] = ()
    # 'el detenido', 'les évacués': a participle right after one of these determiners names people
    # (the detainee, the evacuees), not the event its verb tells
    person_determiners: tuple[str, ...] = ()
    # 'his visiting counterpart', 'the injured', 'la jornada': a verb's form right after one of
    # these is an adjective or a noun, no event of its own
    determiners: tuple[str, ...] = ()
    # 'ha firmado', 'fue detenido': a participle (``participle_endings``) is a verb of its own only
    # right after one of these (with ``negation_gap_words`` between); 'huelga indefinida' is not
    participle_auxiliaries: tuple[str, ...] = ()
    # 'with the aim of fostering', 'untuk meninjau': a verb right after these tells a purpose, no event
    purpose_markers: tuple[str, ...] = ()
    participle_endings: tuple[str, ...] = ()
    event_nouns: tuple[str, ...] = ()  # 'la llegada', 'une réplique': a participle's ending, an event noun's meaning
    participle_after: tuple[str, ...] = ()  # 'must be returned': a past form after these is a participle, not past
    # 'had been due to expire Friday', 'was expected to arrive': a future marker after these is a
    # future seen from the past, which tells nothing about the publication day's side
    past_auxiliaries: tuple[str, ...] = ()
    not_tense: tuple[str, ...] = ()  # 'next to the embassy': phrases that hold a marker word but mark no tense
    # 'closed since Wednesday', 'depuis mardi': words before a date that put it in the past, whatever
    # the verb of the sentence ('closed since Wednesday, will stay shut until Sunday')
    past_before: tuple[str, ...] = ()
    # 'postponed until Tuesday', 'ditunda hingga Selasa': a past verb that moves a date ahead; the day
    # after 'until' is still to come
    deferral_words: tuple[str, ...] = ()
    week_links: tuple[str, ...] = ()  # 'во вторник на прошлой неделе': between a weekday and its week, beside of_words
    month_half_suffixes: tuple[str, ...] = ()  # 'in der zweiten Märzhälfte': a month's half written as one word
    month_of_words: tuple[str, ...] = ()  # 'a finales del mes de mayo', 'akhir bulan April': before a month's name after a part
    units_tens_joiner: str = ""  # 'und' in 'fünfundzwanzig': numbers written unit first, as one word
    date_time_links: tuple[str, ...] = ()  # '8 Oct. at 13:00', 'Selasa pukul 10.00': between a day and its clock time
    time_date_links: tuple[str, ...] = ()  # '13:00 MSK on Tuesday': between a clock time and its day
    final_ordinals: tuple[str, ...] = ()  # 'the final quarter of 2009', 'el último trimestre de 2009': the year's last
    # 'Undang-Undang Nomor 4 Tahun 2028', 'Law No. 18 of 2009': the word before a statute's number, whose
    # year after it is part of the statute's name
    citation_numbers: tuple[str, ...] = ()
    half_suffixes: tuple[str, ...] = ()  # 'two and a half years': half a unit more
    one_and_a_half: tuple[str, ...] = ()  # 'полтора года', 'anderthalb Jahre': one word for the count 1.5
    half_before: tuple[str, ...] = ()  # 'half an hour', 'media hora', 'setengah jam': half a unit
    # 'полчаса', 'полгода': a half_before word fused with a unit into one word (listed whole, so that
    # 'полдень', noon, is not read as half a day)
    half_units: tuple[str, ...] = ()
    # 'the Dow fell 3% to end the day', 'later in the day': the day the text is about, named only after
    # these words (told_day_before); read as the day last spoken of, the document's day when none was
    told_day: tuple[str, ...] = ()
    told_day_before: tuple[str, ...] = ()
    day_part_links: tuple[str, ...] = ()  # 'Tuesday at noon', 'hier à midi': between a day and its day part
    long_suffixes: tuple[str, ...] = ()  # 'day-long', 'weeklong', 'jahrelang': a unit made an adjective of duration
    # 'nineteen ninety-six', 'nineteen oh five', 'the year two thousand and one': years said in words;
    # keys 'zero' ('oh'), 'thousand', 'and'. Empty: the language writes years in digits only.
    spoken_years: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)

    @property
    def month_words(self) -> dict[str, int]:
        return {w.lower(): i + 1 for i, words in enumerate(self.months) for w in words}

    @property
    def weekday_words(self) -> dict[str, int]:
        return {w.lower(): i for i, words in enumerate(self.weekdays) for w in words}


def _day_specs(data: Mapping[str, Any], key: str, path: str) -> dict[str, tuple[int, str | None]]:
    """A table of word -> offset, [offset] or [offset, day part], e.g. ``\"la nuit\" = [0, \"NIGHT\"]``."""
    out = {}
    for word, spec in _table(data, key, path).items():
        spec = [spec] if isinstance(spec, int) else spec
        if not (isinstance(spec, list) and 1 <= len(spec) <= 2 and isinstance(spec[0], int)):
            raise LanguageDataError(path, f"timex.{key}.{word}: expected offset, [offset] or [offset, part]")
        out[word] = (spec[0], spec[1] if len(spec) > 1 else None)
    return out


# Lexicon fields read the same way: (field, section, key). A new optional key is one entry here
# plus its field on Lexicon; sections are 'language', 'timex', 'names', 'tense', 'event_words' or 'data' (the whole file).
_WORD_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("ordinal_suffixes", "timex", "ordinal_suffixes"), ("day_prefixes", "timex", "day_prefixes"),
    ("date_connectors", "timex", "date_connectors"), ("year_suffixes", "timex", "year_suffixes"),
    ("year_prefixes", "timex", "year_prefixes"), ("unspecified_numbers", "timex", "unspecified_numbers"),
    ("ago", "timex", "ago"), ("ago_before", "timex", "ago_before"), ("articles", "timex", "articles"),
    ("of_words", "timex", "of_words"), ("month_of_words", "timex", "month_of_words"), ("month_half_suffixes", "timex", "month_half_suffixes"), ("ordinal_prefixes", "timex", "ordinal_prefixes"),
    ("decade_suffixes", "timex", "decade_suffixes"), ("earlier", "timex", "earlier"),
    ("same_day", "timex", "same_day"), ("anaphoric_modifiers", "timex", "anaphoric_modifiers"),
    ("later", "timex", "later"), ("from_now", "timex", "from_now"), ("in_future", "timex", "in_future"),
    ("quarter_words", "timex", "quarter_words"), ("half_words", "timex", "half_words"),
    ("century_words", "timex", "century_words"), ("decade_words", "timex", "decade_words"),
    ("duration_prefixes", "timex", "duration_prefixes"), ("up_to_now", "timex", "up_to_now"),
    ("past_window", "timex", "past_window"), ("ahead_window", "timex", "ahead_window"), ("weekday_day_next", "timex", "weekday_day_next"), ("elapsed_before", "timex", "elapsed_before"), ("lasted_before", "timex", "lasted_before"),
    ("ahead_window_after", "timex", "ahead_window_after"), ("ahead_window_from", "timex", "ahead_window_from"), ("every", "timex", "every"), ("within", "timex", "within"),
    ("context_before", "timex", "context_before"), ("zones", "timex", "zones"),
    ("tense_future", "tense", "future"), ("tense_modals", "tense", "modals"), ("tense_past", "tense", "past"),
    ("past_suffixes", "tense", "past_suffixes"), ("future_suffixes", "tense", "future_suffixes"), ("ongoing", "tense", "ongoing"),
    ("titles", "names", "titles"), ("name_connectors", "names", "connectors"),
    ("boilerplate", "names", "boilerplate"), ("place_prepositions", "names", "place_prepositions"),
    ("dateline_agencies", "names", "agencies"), ("hour_words", "timex", "hour_words"),
    ("decade_prefixes", "timex", "decade_prefixes"), ("age_before", "timex", "age_before"),
    ("elided_articles", "timex", "elided_articles"), ("week_of", "timex", "week_of"), ("record_words", "timex", "record_words"), ("status_before", "timex", "status_before"), ("nth_weekday_links", "timex", "nth_weekday_links"), ("reference_links", "timex", "reference_links"),
    ("date_nouns", "timex", "date_nouns"), ("source_prepositions", "tense", "source_prepositions"), ("clock_prefixes", "timex", "clock_prefixes"),
    ("clause_words", "names", "clause_words"), ("subordinate_words", "names", "subordinate_words"),
    ("relative_clause_words", "names", "relative_clause_words"), ("definite_modifiers", "timex", "definite_modifiers"),
    ("short_decade_suffixes", "timex", "short_decade_suffixes"),
    ("decade_name_prefixes", "timex", "decade_name_prefixes"), ("decade_name_suffixes", "timex", "decade_name_suffixes"), ("later_before", "timex", "later_before"),
    ("compound_day_parts", "timex", "compound_day_parts"), ("bare_units", "timex", "bare_units"),
    ("counted_units", "timex", "counted_units"), ("indefinite_articles", "timex", "indefinite_articles"),
    ("participle_after", "tense", "participle_after"), ("place_words", "names", "place_words"),
    ("organisation_words", "names", "organisation_words"), ("relative_pronouns", "event_words", "relative_pronouns"),
    ("infinitive_markers", "event_words", "infinitive_markers"),
    ("coordinators", "event_words", "coordinators"), ("container_words", "event_words", "container_words"),
    ("continuing", "event_words", "continuing"), ("institution_heads", "event_words", "institution_heads"), ("name_first_heads", "event_words", "name_first_heads"),
    ("magnitude_before", "event_words", "magnitude_before"), ("magnitude_after", "event_words", "magnitude_after"),
    ("level_words", "event_words", "level_words"), ("tally_joiners", "event_words", "tally_joiners"), ("level_from", "event_words", "level_from"), ("level_to", "event_words", "level_to"),
    ("compound_exceptions", "event_words", "compound_exceptions"),
    ("person_determiners", "event_words", "person_determiners"), ("determiners", "event_words", "determiners"),
    ("participle_auxiliaries", "event_words", "participle_auxiliaries"), ("purpose_markers", "event_words", "purpose_markers"), ("participle_endings", "event_words", "participle_endings"),
    ("event_nouns", "event_words", "event_nouns"),
    ("negations", "event_words", "negations"), ("negation_determiners", "event_words", "negation_determiners"), ("negation_gap_words", "event_words", "negation_gap_words"),
    ("share_before", "event_words", "share_before"), ("not_triggers", "event_words", "not_triggers"),
    ("past_auxiliaries", "tense", "past_auxiliaries"), ("not_tense", "tense", "not_tense"),
    ("past_before", "tense", "past_before"), ("deferral_words", "tense", "deferral_words"), ("week_links", "timex", "week_links"),
    ("final_ordinals", "timex", "final_ordinals"), ("citation_numbers", "timex", "citation_numbers"), ("date_time_links", "timex", "date_time_links"),
    ("time_date_links", "timex", "time_date_links"),
    ("earlier_before", "event_words", "earlier_before"),
    ("previous_before", "event_words", "previous_before"), ("previous_after", "event_words", "previous_after"),
    ("again_before", "event_words", "again_before"), ("again_after", "event_words", "again_after"),
    ("series_nouns", "event_words", "series_nouns"), ("outcome_words", "event_words", "outcome_words"),
    ("start_words", "event_words", "start_words"), ("end_words", "event_words", "end_words"),
    ("frequency_before", "timex", "frequency_before"), ("age_after", "timex", "age_after"),
    ("year_ago", "timex", "year_ago"), ("period_words", "timex", "period_words"),
    ("long_suffixes", "timex", "long_suffixes"), ("half_suffixes", "timex", "half_suffixes"), ("one_and_a_half", "timex", "one_and_a_half"), ("half_before", "timex", "half_before"), ("half_units", "timex", "half_units"), ("told_day", "timex", "told_day"), ("told_day_before", "timex", "told_day_before"), ("day_part_links", "timex", "day_part_links"),
    ("month_day_before", "timex", "month_day_before"), ("month_day_after", "timex", "month_day_after"),
    ("day_range_joiners", "timex", "day_range_joiners"), ("bc_markers", "timex", "bc_markers"),
    ("action_endings", "event_words", "action_endings"), ("irregular_verbs", "event_words", "irregular_verbs"), ("irregular_participles", "event_words", "irregular_participles"), ("prenominal_participle_endings", "event_words", "prenominal_participle_endings"), ("restrictive_relative_words", "event_words", "restrictive_relative_words"), ("untensed_relative_words", "event_words", "untensed_relative_words"), ("adjunct_endings", "event_words", "adjunct_endings"), ("result_adjuncts", "event_words", "result_adjuncts"), ("topic_words", "event_words", "topic_words"), ("action_prefixes", "event_words", "action_prefixes"),
    ("infinitive_endings", "event_words", "infinitive_endings"), ("light_verbs", "event_words", "light_verbs"),
)
_MAP_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("units", "timex", "units"), ("parts", "timex", "parts"), ("day_parts", "timex", "day_parts"),
    ("seasons", "timex", "seasons"), ("duration_mods", "timex", "duration_mods"), ("vague", "timex", "vague"),
    ("recurring", "timex", "recurring"), ("relations", "timex", "relations"),
    ("event_triggers", "data", "events"), ("spoken_years", "timex", "spoken_years"),
    ("unit_parts", "timex", "unit_parts"), ("alert_levels", "data", "alert_levels"),
    ("currencies", "data", "currencies"), ("amount_scales", "data", "amount_scales"),
)
_PART_NAMES = ("early", "mid", "late")
_UNIT_NAMES = ("week", "month", "quarter", "year", "decade", "century")
_INT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("numbers", "timex", "numbers"), ("ordinals", "timex", "ordinals"),
    ("modifiers_before", "timex", "modifiers_before"), ("modifiers_after", "timex", "modifiers_after"),
    ("day_words", "timex", "day_words"), ("definite_units", "timex", "definite_units"),
    ("decade_names", "timex", "decade_names"),
)


def load_lexicon_file(path: pathlib.Path) -> Lexicon:
    """Read and validate one ``lexicon.toml``; a malformed file raises LanguageDataError naming it."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LanguageDataError(where, str(exc)) from exc
    lang = _table(data, "language", where)
    timex = _table(data, "timex", where)
    names = _table(data, "names", where)
    tense = _table(data, "tense", where)
    event_words = _table(data, "event_words", where)
    rel_days = {}
    for word, spec in _table(timex, "relative_days", where).items():
        if not (isinstance(spec, list) and 1 <= len(spec) <= 2 and isinstance(spec[0], int)):
            raise LanguageDataError(where, f"timex.relative_days.{word}: expected [offset] or [offset, part]")
        rel_days[word] = (spec[0], spec[1] if len(spec) > 1 else None)

    def words(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        return _words(table.get(key, []), where, key)

    sections = {"language": lang, "timex": timex, "names": names, "tense": tense, "data": data,
                "event_words": event_words}
    fields: dict[str, Any] = {}
    for field, section, key in _WORD_FIELDS:
        fields[field] = words(sections[section], key)
    # an irregular past ('held', 'struck') marks the past tense as much as it tells a verb
    fields["tense_past"] = tuple(dict.fromkeys((*fields["tense_past"], *fields["irregular_verbs"])))
    for field, section, key in _MAP_FIELDS:
        fields[field] = _word_map(sections[section], key, where)
    for field, section, key in _INT_FIELDS:
        fields[field] = _int_map(sections[section], key, where)
    for key in fields["amount_scales"]:
        if not key.isdigit():
            raise LanguageDataError(where, f"amount_scales.{key}: expected a power of ten ('6' for millions)")
    for key in fields["unit_parts"]:
        part, _, unit = key.partition(" ")
        if part not in _PART_NAMES or unit not in _UNIT_NAMES:
            raise LanguageDataError(where, f"timex.unit_parts.{key}: expected '<early|mid|late> <unit>'")
    try:
        return Lexicon(
            code=str(lang["code"]),
            name=str(lang.get("name", lang["code"])),
            path=where,
            capitalized_names=bool(lang.get("capitalized_names", False)),
            numeric_date_order=words(lang, "numeric_date_order") or ("DMY",),
            months=_indexed(timex, "months", 12, where),
            weekdays=_indexed(timex, "weekdays", 7, where),
            ambiguous=frozenset(w.lower() for w in words(timex, "ambiguous")),
            relative_days=rel_days,
            past_suffix_exceptions=frozenset(w.lower() for w in words(tense, "past_suffix_exceptions")),
            future_suffix_exceptions=frozenset(w.lower() for w in words(tense, "future_suffix_exceptions")),
            match_lemmas=bool(event_words.get("match_lemmas", False)),
            not_names=frozenset(w.lower() for w in words(names, "not_names")),
            anaphoric_days=_day_specs(timex, "anaphoric_days", where),
            time_separators=words(timex, "time_separators") or (":",),
            holidays={k: str(v) for k, v in _table(timex, "holidays", where).items()},
            apostrophe_decades=bool(timex.get("apostrophe_decades", False)),
            units_tens_joiner=str(timex.get("units_tens_joiner", "")),
            ordinal_after_noun=bool(lang.get("ordinal_after_noun", False)),
            compound_nouns=bool(lang.get("compound_nouns", False)),
            name_head=_name_head(lang, where),
            decimal_mark=_decimal_mark(lang, where),
            zone_offsets={k: str(v) for k, v in _table(timex, "zone_offsets", where).items()},
            **fields,
        )
    except KeyError as exc:
        raise LanguageDataError(where, f"missing key {exc}") from exc


def _decimal_mark(lang: Mapping[str, Any], where: str) -> str:
    mark = str(lang.get("decimal_mark", "."))
    if mark not in (".", ","):
        raise LanguageDataError(where, f"language.decimal_mark: expected '.' or ',', not {mark!r}")
    return mark


def _name_head(lang: Mapping[str, Any], where: str) -> str:
    head = str(lang.get("name_head", ""))
    if head not in ("", "first", "last"):
        raise LanguageDataError(where, f"language.name_head: expected 'first' or 'last', not {head!r}")
    return head


@functools.cache
def available_languages() -> tuple[str, ...]:
    """Language codes with a lexicon, sorted: the folders that hold a ``lexicon.toml``."""
    return tuple(sorted(p.parent.name for p in LANGUAGES_DIR.glob("*/lexicon.toml")))


@functools.cache
def load_lexicon(code: str) -> Lexicon:
    """The lexicon of one language, loaded once per process (data files never change at run time)."""
    path = LANGUAGES_DIR / code / "lexicon.toml"
    if not path.is_file():
        raise LanguageDataError(str(path), f"no lexicon for language {code!r}")
    return load_lexicon_file(path)
