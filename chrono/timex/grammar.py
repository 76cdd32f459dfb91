"""Language-neutral rules that turn lexicon words into readings.

Each rule is a pattern template over placeholders (``{MONTH}``, ``{UNIT}``, ...) that a lexicon
fills with its words, and a builder that turns a match into a Reading (or None to reject it).
The templates know word order patterns, never words: a language is only data.
"""
from __future__ import annotations

import functools
import re
from typing import Callable, Mapping

import attrs
import regex

from chrono.languages import Lexicon, load_lexicon
from chrono.readings import (
    Calendar, DayPart, Decade, Elapsed, Holiday, Direction, Duration, Mod, Ordinal, Part, PartOf, Quarter, Reading, Recurrence,
    Reference, RelativeDay, RelativeUnit, Season, SeasonOf, Shift, Unit, Vague, Vagueness, Weekday,
)

UNIT_LABELS = {
    "minute": Unit.MINUTE, "hour": Unit.HOUR, "day": Unit.DAY, "week": Unit.WEEK, "weekend": Unit.WEEK,
    "month": Unit.MONTH, "quarter": Unit.QUARTER, "year": Unit.YEAR, "decade": Unit.DECADE, "century": Unit.CENTURY,
}
PART_LABELS = {"early": Part.EARLY, "mid": Part.MID, "late": Part.LATE, "first_half": Part.FIRST_HALF,
               "second_half": Part.SECOND_HALF}
HALVES = {Part.FIRST_HALF: 1, Part.SECOND_HALF: 2}
DAY_PART_LABELS = {"morning": DayPart.MORNING, "afternoon": DayPart.AFTERNOON, "evening": DayPart.EVENING,
                   "night": DayPart.NIGHT, "noon": DayPart.NOON, "midnight": DayPart.MIDNIGHT}
SEASON_LABELS = {"spring": Season.SPRING, "summer": Season.SUMMER, "fall": Season.FALL, "winter": Season.WINTER}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _weekday_day_next(lex: Lexicon) -> str:
    """What may follow 'el domingo 27' for 27 to be the day: a function word ('el domingo 27 en
    Lima') or a verb by its tense ending ('el domingo 27 seguirán'), never a noun it counts ('el
    lunes 3 personas')."""
    if not lex.weekday_day_next:
        return "(?!x)x"
    verb_endings = tuple(lex.past_suffixes) + tuple(lex.future_suffixes)
    if not verb_endings:
        return _alternation(lex.weekday_day_next)
    not_verbs = rf"(?!(?:{_alternation(lex.past_suffix_exceptions)})(?![\w]))" if lex.past_suffix_exceptions else ""
    return rf"(?:{_alternation(lex.weekday_day_next)}|{not_verbs}\p{{L}}{{2,}}(?:{_alternation(verb_endings)}))"


def _alternation(words, *, keep_case: bool = False) -> str:
    """Escaped words, longest first, blanks matching any run of blanks, optional final dot on abbreviations;
    lower-cased for case-insensitive patterns unless ``keep_case``."""
    out = []
    for word in sorted({w if keep_case else w.lower() for w in words if w}, key=lambda w: (-len(w), w)):
        pattern = r"\s+".join(regex.escape(part) for part in word.split())
        out.append(pattern)
    return "(?:" + "|".join(out) + ")" if out else "(?!x)x"


@functools.lru_cache(maxsize=512)
def _compiled(source: str, flags: int = 0) -> "regex.Pattern[str]":
    """Patterns that builders assemble from lexicon words, compiled once (builders run per match)."""
    return regex.compile(source, flags)


@functools.lru_cache(maxsize=256)
def _alternation_of(words: tuple[str, ...]) -> str:
    return _alternation(words)


def whole_words(words) -> "regex.Pattern[str] | None":
    """Lexicon words as whole words, case-insensitive; an entry that opens with punctuation (', which',
    ', yang') opens right at it.  None for no words."""
    if not words:
        return None
    return regex.compile(rf"(?:(?<![\p{{L}}])(?=[\p{{L}}])|(?=[^\p{{L}}])){_alternation(words)}(?![\p{{L}}])",
                         regex.IGNORECASE)


def _names(name: str, words) -> str:
    """Month or weekday names: abbreviations (up to four letters, the start of a longer name: 'Jan',
    not 'May') may carry a final dot; a dot after a full name ends the sentence."""
    lower = [w.lower() for w in words]

    def abbreviation(w: str) -> bool:
        stem = w.rstrip(".").lower()
        return len(stem) <= 4 and (w.endswith(".") or any(o != stem and o.startswith(stem) for o in lower))

    short = [w for w in words if abbreviation(w)]
    full = [w for w in words if not abbreviation(w)]
    return (rf"(?<![\w])(?P<{name}>{_alternation(full)}(?![\w])|{_alternation(short)}(?:\.|(?![\w])))")


def _half_unit(lex, units) -> str:
    """Half of one unit: 'half an' + 'hour', 'une demi-heure', or one fused word from ``half_units``
    ('полчаса'), each split into its half word and its unit word for the builders."""
    if not lex.half_before:
        return "(?P<halfb>(?!x)x)(?P<unit>(?!x)x)"
    spaced = rf"(?<![\w-])(?P<halfb>{_alternation(lex.half_before)})(?:\s+|-)(?P<unit>{_alternation(units)})(?![\w])"
    fused, unit_words = [], {u.lower() for u in units}
    for word in lex.half_units:
        prefix = next((h for h in sorted(lex.half_before, key=len, reverse=True)
                       if word.lower().startswith(h.lower()) and word[len(h):].lower() in unit_words), None)
        if prefix is not None:
            fused.append(rf"(?P<halfb>{regex.escape(word[:len(prefix)])})(?P<unit>{regex.escape(word[len(prefix):])})")
    if not fused:
        return spaced
    return rf"(?:{spaced}|(?<![\w-])(?:{'|'.join(fused)})(?![\w]))"


def _word(name: str, words) -> str:
    """A named group matching whole words only."""
    return rf"(?<![\w-])(?P<{name}>{_alternation(words)})(?![\w])"


@attrs.frozen
class Match:
    """What a builder sees: the regex match, the text and the lexicon."""

    m: "regex.Match[str]"
    text: str
    lexicon: Lexicon

    def group(self, name: str) -> str | None:
        try:
            return self.m.group(name)
        except (IndexError, regex.error):
            return None

    def word(self, name: str) -> str | None:
        value = self.group(name)
        return " ".join(value.lower().split()) if value else None

    def before(self, chars: int = 30) -> str:
        return self.text[max(0, self.m.start() - chars): self.m.start()]


Builder = Callable[[Match], "Reading | None"]


@attrs.frozen
class Rule:
    name: str
    pattern: "regex.Pattern[str]"
    build: Builder
    core: bool = False  # the expression's span is the group 'core', not the whole match
    anchor: str | None = None  # the word class every match contains (see RULE_ANCHORS); None: any


@attrs.frozen
class Grammar:
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    anchors: frozenset[str]  # words without which no rule can match: only text near them is parsed
    classes: Mapping[str, frozenset[str]] = attrs.field(factory=dict)  # per-rule anchor words, see RULE_ANCHORS
    hour_words: "re.Pattern[str] | None" = None
    index: Mapping[str, tuple[str | None, ...]] = attrs.field(factory=dict)  # word -> its classes (None: any)


# --- value helpers -----------------------------------------------------------------------


def _number(mt: Match, name: str = "num") -> float | None | bool:
    """A count written in digits or words; None for 'several' (unspecified); False when absent."""
    raw = mt.word(name)
    if raw is None:
        return False
    raw = raw.replace(",", ".")
    for suffix in mt.lexicon.half_suffixes:  # 'two and a half'
        if raw != suffix and raw.endswith(suffix):
            whole = _number_words(raw[: -len(suffix)].strip(), mt.lexicon)
            return whole + 0.5 if isinstance(whole, int) else False
    if half := regex.fullmatch(r"(\d+)(?:\s+1/2|½)", raw):
        return int(half.group(1)) + 0.5  # '2 1/2 years'
    if regex.fullmatch(r"\d+(?:\.\d+)?", raw):
        value = float(raw)
        return int(value) if value.is_integer() else value
    return _number_words(raw, mt.lexicon)


def _number_words(raw: str, lex: Lexicon) -> float | None | bool:
    """A count written in words ('five', 'twenty-four'); None for 'several'; False when not a count."""
    raw = _norm(raw)
    if raw in lex.numbers:
        return lex.numbers[raw]
    if raw in _normal_set(lex.one_and_a_half):
        return 1.5
    if raw in _normal_set(lex.unspecified_numbers):
        return None
    if raw in lex.ordinals:
        return lex.ordinals[raw]
    parts = regex.split(r"[\s-]+", raw)
    if lex.units_tens_joiner and len(parts) == 1 and lex.units_tens_joiner in raw:
        parts = raw.split(lex.units_tens_joiner, 1)[::-1]  # 'fünfundzwanzig': zwanzig, fünf
    if len(parts) == 2 and all(x in lex.numbers for x in parts):
        tens, units = (lex.numbers[x] for x in parts)
        if tens >= 20 and tens % 10 == 0 and 0 < units < 10:
            return tens + units  # 'twenty four', 'twenty-four'
    return False


def _norm(word: str) -> str:
    return " ".join(word.lower().split())


_NORMALIZED: dict[int, tuple[object, object]] = {}


def _normal_set(words) -> frozenset[str]:
    """The lexicon words blank-normalized and lower-cased, computed once per lexicon entry (hot path)."""
    hit = _NORMALIZED.get(id(words))
    if hit is None or hit[0] is not words:
        hit = _NORMALIZED[id(words)] = (words, frozenset(_norm(w) for w in words))
    return hit[1]  # type: ignore[return-value]


def _normal_table(table: Mapping[str, object]) -> dict[str, object]:
    hit = _NORMALIZED.get(id(table))
    if hit is None or hit[0] is not table:
        normal: dict[str, object] = {}
        for key, value in table.items():
            normal.setdefault(_norm(key), value)  # the first entry wins, as the linear scan did
        hit = _NORMALIZED[id(table)] = (table, normal)
    return hit[1]  # type: ignore[return-value]


def _part(mt: Match) -> Part | None:
    """The part the rule's 'part' words name ('early', 'a finales de', 'Anfang', 'the second half of')."""
    return PART_LABELS.get(_label(mt.lexicon.parts, mt.word("part")) or "")


def _label(mapping: Mapping[str, tuple[str, ...]], word: str | None) -> str | None:
    if word is None:
        return None
    for label, words in mapping.items():
        if word in _normal_set(words):
            return label
    return None


def _unit(mt: Match, name: str = "unit") -> Unit | None:
    label = _label(mt.lexicon.units, mt.word(name))
    return UNIT_LABELS.get(label) if label else None


def _counted_unit(mt: Match) -> bool:
    """'setahun', 'sebulan': the unit word carries its count of one (key counted_units)."""
    return (mt.word("unit") or "") in _normal_set(mt.lexicon.counted_units)


def _is_weekend(mt: Match, name: str = "unit") -> bool:
    return _label(mt.lexicon.units, mt.word(name)) == "weekend"


def _month(mt: Match, name: str = "month") -> int | None:
    word = mt.word(name)
    return mt.lexicon.month_words.get(word.rstrip(".")) if word else None


def _weekday(mt: Match, name: str = "weekday") -> int | None:
    word = mt.word(name)
    return mt.lexicon.weekday_words.get(word.rstrip(".")) if word else None


def _year(mt: Match, name: str = "year") -> int | None:
    raw = mt.group(name)
    if not raw:
        return None
    digits = regex.sub(r"\D", "", raw)
    return int(digits) if digits else None


def _day_part(mt: Match) -> DayPart | None:
    return DAY_PART_LABELS.get(_label(mt.lexicon.day_parts, mt.word("daypart")) or "")


def _modifier(mt: Match) -> tuple[int | None, bool]:
    """The offset of last/next/this (before or after the word) and whether it is anaphoric."""
    word = mt.word("modb") or mt.word("moda")
    if word is None:
        return None, False
    offset = _table_value(mt.lexicon.modifiers_before, word)
    if offset is None:
        offset = _table_value(mt.lexicon.modifiers_after, word)
    anaphoric = word in _normal_set(mt.lexicon.anaphoric_modifiers)
    return offset, anaphoric


def _is_capitalized(mt: Match, name: str) -> bool:
    value = mt.group(name)
    return bool(value) and value[0].isupper()


def _name_follows(mt: Match) -> bool:
    """A capitalized word right after the match that is no month, weekday or other time word: the
    match is the first name of a person ('Julio César', 'April Ryan')."""
    after = regex.match(r"[ \t]+(\p{Lu}[\p{Ll}\p{Lu}'’-]*)", mt.text[mt.m.end(): mt.m.end() + 40])
    if after is None:
        return False
    word = after.group(1).lower()
    return word not in mt.lexicon.month_words and word not in mt.lexicon.weekday_words


def _has_context(mt: Match) -> bool:
    """A preposition or modifier right before the match: what makes 'may' a month."""
    before = mt.before(25).lower()
    words = _compiled(r"[\w'’-]+").findall(before)
    if not words:
        return False
    last = words[-1]
    last_two = " ".join(words[-2:])
    context = _normal_set(mt.lexicon.context_before)
    return last in context or last_two in context


def _zone(mt: Match) -> str | None:
    """The ISO 8601 offset of a clock time's zone: 'Z' for UTC/GMT, '+03' for 'UTC+3' or 'MSK';
    None for 'local time' and zones the lexicon gives no offset."""
    raw = mt.group("zone")
    if not raw:
        return None
    explicit = _compiled(r"([+-])\s*(\d{1,2})(?::?(\d\d))?").search(raw)
    if explicit:
        sign, hours, minutes = explicit.groups()
        if int(hours) == 0 and not (minutes and int(minutes)):
            return "Z"
        return f"{sign}{int(hours):02d}" + (f":{minutes}" if minutes and minutes != "00" else "")
    offsets = _normal_table(mt.lexicon.zone_offsets)
    for word in _compiled(r"\s+").split(raw.strip()):
        if (offset := offsets.get(word.lower())) is not None:
            return offset
    return offsets.get(_norm(raw))


def _verb_after_to(mt: Match) -> bool:
    """'prices continued to fall', 'began to fall apart': 'to' before a season word that is also a verb
    makes it the verb, unless a 'from' range is open ('from spring to fall')."""
    before = mt.before(40).lower()
    return bool(regex.search(r"(?<![\w])to\s+$", before)) and not regex.search(r"(?<![\w])from(?![\w])", before)


def _direction(offset: int | None) -> Direction | None:
    if offset is None:
        return None
    return Direction.PAST if offset < 0 else Direction.FUTURE if offset > 0 else Direction.NEAREST


# --- builders ------------------------------------------------------------------------------


def _valid_day(month: int | None, day: int | None) -> bool:
    if day is None:
        return True
    limits = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}
    return 1 <= day <= limits.get(month or 1, 31)


def build_iso(mt: Match) -> Reading | None:
    year, month, day = int(mt.group("year")), int(mt.group("mon")), int(mt.group("day"))
    if not (1 <= month <= 12 and _valid_day(month, day)):
        return None
    hour = int(mt.group("hour")) if mt.group("hour") else None
    minute = int(mt.group("minute")) if mt.group("minute") else None
    return Calendar(year=year, month=month, day=day, hour=hour, minute=minute)


def build_numeric_date(mt: Match) -> Reading | None:
    a, b = int(mt.group("a")), int(mt.group("b"))
    year = _year(mt, "c")
    if year is not None and year < 100:
        year += 2000 if year < 50 else 1900
    for order in mt.lexicon.numeric_date_order:
        month, day = (a, b) if order.startswith("M") else (b, a)
        if 1 <= month <= 12 and _valid_day(month, day):
            return Calendar(year=year, month=month, day=day)
    return None


def _abbreviated_name(mt: Match, group: str) -> bool:
    """'Jan Kavan', 'Sun Microsystems': a short ambiguous word without its dot, before a capitalized
    word, is part of a name."""
    word = mt.group(group)
    if not word or word.endswith(".") or len(word) > 4 or word.lower() not in mt.lexicon.ambiguous:
        return False
    if not mt.lexicon.capitalized_names:
        return False
    return bool(regex.match(r"[ \t]+\p{Lu}\p{Ll}", mt.text[mt.m.end(group):mt.m.end(group) + 4]))


def _weekday_guard(mt: Match) -> bool:
    """A weekday name that is also a common word counts only capitalized or in context."""
    word = mt.word("weekday")
    if word is None:
        return True
    if _abbreviated_name(mt, "weekday"):
        return False
    if word.rstrip(".") in mt.lexicon.ambiguous:
        if not mt.lexicon.capitalized_names:
            return _has_context(mt)  # 'в среду' (Wednesday), not 'окружающую среду' (the environment)
        return _is_capitalized(mt, "weekday") and (len(word) > 3 or _has_context(mt))
    return not mt.lexicon.capitalized_names or _is_capitalized(mt, "weekday")


def build_day_month_year(mt: Match) -> Reading | None:
    month, day = _month(mt), int(mt.group("day"))
    if month is None or not _valid_day(month, day):
        return None
    offset, _ = _modifier(mt)
    return Calendar(year=_year(mt), month=month, day=day, direction=_direction(offset), weekday=_weekday(mt))


def build_week_of_date(mt: Match) -> Reading | None:
    """'the week of March 6', 'la semaine du 6 mars': the week that holds the day."""
    day = build_day_month_year(mt)
    return attrs.evolve(day, week=True) if isinstance(day, Calendar) else None


def build_month_year(mt: Match) -> Reading | None:
    month = _month(mt)
    if month is None:
        return None
    if mt.lexicon.capitalized_names and not _is_capitalized(mt, "month"):
        return None
    return Calendar(year=_year(mt), month=month)


def build_month(mt: Match) -> Reading | None:
    month = _month(mt)
    if month is None:
        return None
    word = mt.word("month").rstrip(".")
    if mt.lexicon.capitalized_names and not _is_capitalized(mt, "month"):
        return None
    if _is_capitalized(mt, "month") and _name_follows(mt) and not _has_context(mt):
        return None  # 'Julio César Paredes', 'said April Ryan', 'kata Juni Astuti': a first name
    if word in mt.lexicon.ambiguous and (not _has_context(mt) or _abbreviated_name(mt, "month")):
        return None
    offset, _ = _modifier(mt)
    return Calendar(month=month, direction=_direction(offset))


def build_year(mt: Match) -> Reading | None:
    year = _year(mt)
    if year is None:
        return None
    before = mt.before(2)
    if before.endswith(("$", "€", "£", "¥", "#", "Rp", "No")):
        return None
    after = mt.text[mt.m.end(): mt.m.end() + 3]
    if regex.match(r"\s*%|[.,]\d", after):
        return None
    has_prefix = bool(mt.group("yprefix"))
    if not has_prefix and not (1900 <= year <= 2100) and not _has_context(mt):
        return None
    return Calendar(year=year)


def _table_value(table: Mapping[str, object], word: str | None):
    """The value of a lexicon table entry whose key, blank-normalized and lower-cased, is ``word``."""
    if word is None:
        return None
    return _normal_table(table).get(word)


def _day_reading(mt: Match, table: Mapping[str, tuple[int, str | None]], group: str,
                 reference: Reference) -> Reading | None:
    spec = _table_value(table, mt.word(group))
    if spec is None:
        return None
    part = DayPart[spec[1]] if spec[1] else _day_part(mt)
    return RelativeDay(offset=spec[0], day_part=part, reference=reference)


def build_relative_day(mt: Match) -> Reading | None:
    return _day_reading(mt, mt.lexicon.relative_days, "relday", Reference.DCT)


def build_weekday(mt: Match) -> Reading | None:
    weekday = _weekday(mt)
    if weekday is None or not _weekday_guard(mt):
        return None
    offset, _ = _modifier(mt)
    direction, later = _direction(offset), False
    if same_day := mt.word("sameday"):
        # 'later Tuesday' is the same day or after it; 'earlier Tuesday' the same day or before it
        later = same_day.split()[0] in _normal_set(mt.lexicon.later)  # 'later', 'later on'
        direction = direction if later else Direction.PAST
    strict = direction in (Direction.PAST, Direction.FUTURE) and not same_day
    if offset is None and not same_day and _after_indefinite(mt):
        return Weekday(weekday=weekday, day_part=_day_part(mt), indefinite=True)
    return Weekday(weekday=weekday, direction=direction, later=later, day_part=_day_part(mt), strict=strict)


def _after_indefinite(mt: Match) -> bool:
    """'the fire broke out on a Saturday': an indefinite article right before the match."""
    if not mt.lexicon.indefinite_articles:
        return False
    pattern = _compiled(rf"(?<![\w]){_alternation_of(mt.lexicon.indefinite_articles)}\s+$", regex.I)
    return bool(pattern.search(mt.before(20)))


def build_weekday_of_week(mt: Match) -> Reading | None:
    """'Tuesday last week', 'Selasa pekan lalu', 'le mardi de la semaine dernière': a day of a named week."""
    weekday = _weekday(mt)
    offset, anaphoric = _modifier(mt)
    if weekday is None or offset is None or anaphoric or _unit(mt) is not Unit.WEEK or not _weekday_guard(mt):
        return None
    return Weekday(weekday=weekday, week_offset=offset, day_part=_day_part(mt))


def build_weekday_weeks_ago(mt: Match) -> Reading | None:
    """'Saturday two weeks ago', 'a Saturday night nearly four weeks ago', 'a week ago Monday': the
    weekday of the (Monday-to-Sunday) week that many weeks back, not the latest such weekday."""
    weekday, amount = _weekday(mt), _number(mt)
    if weekday is None or _unit(mt) is not Unit.WEEK or not _weekday_guard(mt):
        return None
    if amount in (False, None) or not float(amount).is_integer() or amount < 1:
        return None
    return Weekday(weekday=weekday, week_offset=-int(amount), day_part=_day_part(mt))


def build_month_of_year(mt: Match) -> Reading | None:
    """'June last year', 'March 5 next year', 'Juni tahun lalu', 'в июне прошлого года': a month (or day)
    of the year so many years from the anchor's: not 'last June', which is the latest June."""
    offset, anaphoric = _modifier(mt)
    if offset is None or anaphoric or _unit(mt) is not Unit.YEAR:
        return None
    base = build_day_month_year(mt) if mt.group("day") else build_month(mt)
    if not isinstance(base, Calendar) or base.year is not None or base.month is None:
        return None
    return attrs.evolve(base, year_offset=offset, direction=None)


def build_weekday_numeric(mt: Match) -> Reading | None:
    """'Selasa (8/10)': a weekday with a day/month in brackets, common in Indonesian news."""
    if not _weekday_guard(mt):
        return None
    reading = build_numeric_date(mt)
    part = _day_part(mt)
    return attrs.evolve(reading, day_part=part) if reading is not None and part is not None else reading


def build_weekday_bracketed_date(mt: Match) -> Reading | None:
    """'Tuesday night (July 7)', 'martes (14 de julio)': a weekday named with its date in brackets,
    one expression whose weekday also pins the year the date leaves open."""
    if not _weekday_guard(mt):
        return None
    reading = build_day_month_year(mt)
    part = _day_part(mt)
    return attrs.evolve(reading, day_part=part) if reading is not None and part is not None else reading


def build_modifier_unit(mt: Match) -> Reading | None:
    unit = _unit(mt)
    offset, anaphoric = _modifier(mt)
    if unit is None or offset is None or _counted_unit(mt):
        return None  # 'setahun lalu' is a year ago, not last year
    if unit in (Unit.HOUR, Unit.MINUTE) and offset != 0:
        return None  # 'un acuerdo de última hora' is last-minute, 'the last hour' a window, never a date
    if unit is Unit.DAY and offset != 0 and not anaphoric:
        return RelativeDay(offset=offset)
    return RelativeUnit(unit=unit, offset=offset, reference=Reference.PREVIOUS if anaphoric else Reference.DCT,
                        weekend=_is_weekend(mt))


def build_modifier_month(mt: Match) -> Reading | None:
    month = _month(mt)
    offset, anaphoric = _modifier(mt)
    if month is None or (mt.lexicon.capitalized_names and not _is_capitalized(mt, "month")):
        return None
    if offset == 0 and not anaphoric:
        # 'this September' is the anchor's own year's, ahead or gone; 'that September' is the story's
        return Calendar(month=month, year_offset=0)
    return Calendar(month=month, direction=_direction(offset))


def _duration_mod(mt: Match) -> Mod | None:
    """'more than', 'nearly', 'about' before a count: its TIMEX3 mod."""
    label = _label(mt.lexicon.duration_mods, mt.word("dmod"))
    return Mod[label] if label else None


def build_shift(sign: int, reference: Reference) -> Builder:
    def build(mt: Match) -> Reading | None:
        amount, unit = _number(mt), _unit(mt)
        if amount is None and unit is not None and sign < 0 and reference is Reference.DCT:
            return Vague(kind=Vagueness.PAST)  # 'several years ago': some time back, no more
        if amount is False or amount is None or unit is None:
            return None
        if mt.group("halfafter"):
            amount += 0.5  # 'hace dos años y medio', 'il y a deux ans et demi'
        return Shift(unit=unit, amount=sign * amount, reference=reference, mod=_duration_mod(mt))

    return build


def build_shift_one(sign: int, reference: Reference) -> Builder:
    """'год назад', 'неделю спустя': a unit word that counts one without a number (key bare_units)."""
    def build(mt: Match) -> Reading | None:
        unit = _unit(mt)
        if reference is Reference.DCT and sign > 0 and _counted_unit(mt):
            return None  # 'tiga insiden dalam setahun': within a year, not a year from now
        return Shift(unit=unit, amount=sign, reference=reference) if unit is not None else None

    return build


def build_counted_unit(mt: Match) -> Reading | None:
    """'sudah setahun', 'tiga insiden dalam setahun': a unit fused with its count of one is a span of one unit."""
    unit = _unit(mt)
    return Duration(unit=unit, amount=1) if unit is not None else None


def build_in_future(mt: Match) -> Reading | None:
    """'in two weeks': a shift into the future from the document date."""
    amount, unit = _number(mt), _unit(mt)
    if amount is False or amount is None or unit is None or amount == 0:
        return None
    if after_record(mt.before(60).rstrip(), mt.lexicon):
        return Duration(unit=unit, amount=amount)  # 'for the first time in 12 years': the span counted over
    return Shift(unit=unit, amount=amount, reference=Reference.DCT)


def after_record(before: str, lexicon: Lexicon) -> bool:
    """Whether ``before`` ends in a ``record_words`` word, up to three words after it: 'for the first
    time' before 'in 12 years' makes them the span a record is counted over, not a time ahead, and
    before 'since 2017' makes the year one the event comes after."""
    if not lexicon.record_words:
        return False
    pattern = _compiled(rf"(?<![\w]){_alternation_of(lexicon.record_words)}(?:\s+[\w'’-]+){{0,3}}\s*$", regex.I)
    return pattern.search(before) is not None


def _is_age(mt: Match) -> bool:
    """'Jean Burget, 87 ans,', 'âgé de 38 ans': a count of years right after an ``age_before`` word is a
    person's age, not a duration; a punctuation mark counts only when one also follows the unit."""
    if not mt.lexicon.age_before or not mt.group("num"):
        return False
    before = mt.text[max(0, mt.m.start("num") - 30): mt.m.start("num")].rstrip().lower()
    after = mt.text[mt.m.end("unit"): mt.m.end("unit") + 3].lstrip()
    for marker in mt.lexicon.age_before:
        marker = marker.lower()
        if marker[-1:].isalpha():
            if _compiled(rf"(?<![\w]){regex.escape(marker)}$").search(before):
                return True
        elif before.endswith(marker) and after[:1] in (",", ";", ")", "."):
            return True
    return False


def build_half_duration(mt: Match) -> Reading | None:
    """'half an hour', 'media hora', 'setengah jam', 'eine halbe Stunde': half of one unit."""
    unit = _unit(mt)
    if unit is None:
        return None
    return Duration(unit=unit, amount=0.5, mod=_duration_mod(mt), ahead=bool(mt.group("aheadwin")))


def build_half_shift(sign: int) -> Builder:
    """'half a century ago', 'il y a une demi-heure', 'полгода назад': half a unit back from the anchor."""
    def build(mt: Match) -> Reading | None:
        unit = _unit(mt)
        return Shift(unit=unit, amount=sign * 0.5, reference=Reference.DCT) if unit is not None else None

    return build


def build_duration(mt: Match) -> Reading | None:
    amount, unit = _number(mt), _unit(mt)
    if amount is False or unit is None:
        return None
    if amount == 1 and not mt.group("dmod") and _after_frequency(mt):
        return None  # 'twice a week': the recurrence rule's
    if (regex.fullmatch(r"(?:1[5-9]|20)\d\d", mt.group("num") or "") and not mt.group("dmod")
            and (mt.lexicon.articles and _compiled(rf"(?<![\w]){_alternation_of(mt.lexicon.articles)}\s+$", regex.I).search(
                mt.text[max(0, mt.m.start("num") - 8):mt.m.start("num")]))):
        return None  # 'the 1988 quarter': a year, not 1988 quarters ('it lasted 1500 years' is a duration)
    if unit is Unit.YEAR and not mt.group("dmod") and _is_age(mt):
        return None
    after = mt.text[mt.m.end():mt.m.end() + 6]
    if unit is Unit.YEAR and mt.lexicon.age_after and _compiled(
            rf"\s+{_alternation_of(mt.lexicon.age_after)}(?![\w])", regex.I).match(after):
        return None  # '52 years old'
    if unit is Unit.QUARTER and mt.group("num") and _compiled(r"\s+of\s+(?!an?\s)", regex.I).match(
            mt.text[mt.m.end():mt.m.end() + 12]):
        return None  # 'three-quarters of its food', 'a quarter of its dealers': a fraction ('a quarter of a century' is not)
    raw = mt.group("num") or ""
    if unit is Unit.HOUR and regex.fullmatch(r"\d{1,2}\D\d\d", raw) and raw[-3] in mt.lexicon.time_separators:
        return None  # '18.45 horas' where '.' separates hours and minutes: a clock time, not 18.45 hours
    mod = _duration_mod(mt)
    if mt.group("halfafter") and amount is not None:
        amount += 0.5  # 'a year and a half'
    lasted = _lasted_before(mt)
    up_to_now = lasted or bool(mt.group("now")) or bool(mt.group("pastwin"))
    ahead = bool(mt.group("aheadwin")) or bool(mt.group("aheadafter"))
    if ahead and mt.lexicon.ahead_window_from and _compiled(
            rf"\s+{_alternation_of(mt.lexicon.ahead_window_from)}(?![\w])", regex.I).match(mt.text, mt.m.end()):
        ahead = False  # 'within 30 days of the ruling', 'paling lambat 30 hari sejak putusan': from an event
    return Duration(unit=unit, amount=amount, mod=mod, up_to_now=up_to_now, lasted=lasted and not ahead,
                    ahead=ahead)


def _lasted_before(mt: Match) -> bool:
    """'el paro lleva 24 días', 'dure depuis trois semaines', 'seit zwei Jahren': a count right after
    these words is how long its owner has run up to the anchor (the words may be the duration prefix)."""
    if not mt.lexicon.lasted_before:
        return False
    start = mt.m.start("core") if mt.group("core") is not None else mt.m.start()
    before = mt.text[max(0, start - 40):start]
    return bool(_compiled(rf"(?<![\w]){_alternation_of(mt.lexicon.lasted_before)}\s+$", regex.I).search(before))


def build_past_window(mt: Match) -> Reading | None:
    """'the past year', 'over the last decade': a duration that ends now."""
    unit = _unit(mt)
    if unit is None:
        return None
    amount = _number(mt)
    if amount is False:
        amount = 1
    return Duration(unit=unit, amount=amount, up_to_now=True)


_NAME_BEFORE = regex.compile(r"(?<![.!?:;\n]\s*)\b(\p{Lu}[\w'’-]+)\s+$")


def _in_a_name(mt: Match) -> bool:
    """'Sulawesi Tengah bulan lalu', 'Timur Tengah': a capitalized part word right after a capitalized
    word inside a sentence ends a place's name; 'In Late October' (a preposition) still dates."""
    value = mt.group("part")
    if not value or not value[0].isupper():
        return False
    found = _NAME_BEFORE.search(mt.text, max(0, mt.m.start("part") - 40), mt.m.start("part"))
    return found is not None and found.group(1).lower() not in _normal_set(mt.lexicon.context_before)


def build_part_of(mt: Match) -> Reading | None:
    part = _part(mt)
    if part is None or _in_a_name(mt):
        return None
    if mt.group("month"):
        base = build_month_year(mt) if mt.group("year") else Calendar(month=_month(mt))
        if base is None or (mt.lexicon.capitalized_names and not _is_capitalized(mt, "month")):
            return None
    elif mt.group("year"):
        base = Calendar(year=_year(mt))
    elif mt.group("unit"):
        unit = _unit(mt)
        offset, _ = _modifier(mt)
        if unit is None or unit in (Unit.DAY, Unit.HOUR, Unit.MINUTE):
            return None
        if mt.group(0).lower().startswith(tuple(w.lower() for w in mt.lexicon.units.get("weekend", ()))):
            return None  # 'akhir pekan lalu': the part and the unit are one word, last weekend
        base = RelativeUnit(unit=unit, offset=offset or 0)
        if part in HALVES and unit is Unit.YEAR:
            return Quarter(quarter=HALVES[part], half=True, offset=offset or 0)  # 'the second half of the year'
    else:
        return None
    if part in HALVES and isinstance(base, Calendar) and base.month is None:
        return Quarter(quarter=HALVES[part], year=base.year, half=True)  # 'la première moitié de 2027': 2027-H1
    return PartOf(part=part, base=base)


def build_month_half(mt: Match) -> Reading | None:
    """'in der zweiten Märzhälfte': the first or second half of a month written as one word."""
    half = next((p for p, n in HALVES.items() if n == mt.lexicon.ordinals.get(mt.word("ord") or "")), None)
    month = _month(mt)
    if half is None or month is None:
        return None
    return PartOf(part=half, base=Calendar(year=_year(mt), month=month))


def build_unit_part(mt: Match) -> Reading | None:
    """'year-end', 'Jahresende 2025', 'fin d'année': a part of the current unit (or of the year named after it)."""
    label = _label(mt.lexicon.unit_parts, mt.word("unitpart"))
    if label is None:
        return None
    part, _, unit = label.partition(" ")
    if mt.group("year") and unit == "year":
        return PartOf(part=PART_LABELS[part], base=Calendar(year=_year(mt)))
    return PartOf(part=PART_LABELS[part], base=RelativeUnit(unit=UNIT_LABELS[unit], offset=0))


def build_season(mt: Match) -> Reading | None:
    season = SEASON_LABELS.get(_label(mt.lexicon.seasons, mt.word("season")) or "")
    if season is None:
        return None
    offset, _ = _modifier(mt)
    year = _year(mt)
    if offset is None and year is None and not _has_context(mt):
        return None
    if offset is None and year is None and mt.word("season") in mt.lexicon.ambiguous and _verb_after_to(mt):
        return None
    return SeasonOf(season=season, year=year, offset=offset)


def build_quarter(mt: Match) -> Reading | None:
    half = bool(mt.group("half"))
    if mt.group("q"):
        n = int(mt.group("q"))
    elif mt.group("roman"):
        n = ROMAN.get(mt.group("roman").lower(), 0)
    elif mt.group("final"):
        n = 2 if half else 4  # 'the final quarter of 2009', 'the last half of 1989'
    else:
        n = mt.lexicon.ordinals.get(mt.word("ord") or "", 0)
    if not (1 <= n <= (2 if half else 4)):
        return None
    return Quarter(quarter=n, year=_year(mt), half=half)


def build_relative_quarter(mt: Match) -> Reading | None:
    """'last year's third quarter', 'the year-ago quarter', 'the year-earlier period': a period of a
    year counted from the anchor's; without an ordinal, the period last spoken of, a year back."""
    if mt.group("yago"):
        offset = -1
    else:
        offset, anaphoric = _modifier(mt)
        if offset is None or anaphoric:
            return None
    half = bool(mt.group("half"))
    n = mt.lexicon.ordinals.get(mt.word("ord") or "", 0)
    if n:
        if not 1 <= n <= (2 if half else 4):
            return None
        return Quarter(quarter=n, half=half, offset=offset)
    if offset == 0:
        return None
    return Shift(unit=Unit.YEAR, amount=offset, reference=Reference.PREVIOUS)


def build_year_ago_adjective(mt: Match) -> Reading | None:
    """'a year-earlier loss': the period last reported on, a year back (hyphenated forms only:
    'a year earlier' is the 'earlier' rule's)."""
    if "-" not in (mt.group("yago") or ""):
        return None
    return Shift(unit=Unit.YEAR, amount=-1, reference=Reference.PREVIOUS)


def build_decade(mt: Match) -> Reading | None:
    if mt.group("dec"):
        return Decade(decade=int(mt.group("dec")) // 10)
    raw = mt.group("cnum") or ""
    n = int(regex.sub(r"\D", "", raw)) if regex.search(r"\d", raw) else mt.lexicon.ordinals.get(raw.lower(), 0)
    if not 1 <= n <= 30:
        return None
    # the 4th century is the years 3xx ('03'), before Christ as after ('BC03')
    return Decade(century=n - 1, before_christ=bool(mt.group("bc")))


def build_year_bc(mt: Match) -> Reading | None:
    """'490 BC', 'im August 216 v. Chr.', 'el 2 de agosto del 216 a. C.': a date before Christ."""
    month = _month(mt) if mt.group("month") else None
    day = int(mt.group("day")) if mt.group("day") else None
    if day is not None and (month is None or not _valid_day(month, day)):
        return None
    return Calendar(year=int(mt.group("bcyear")), month=month, day=day, before_christ=True)


def build_time(mt: Match) -> Reading | None:
    hour = int(mt.group("hour"))
    minute = int(mt.group("minute")) if mt.group("minute") else 0
    ampm = (mt.group("ampm") or "").lower().replace(".", "")
    if not mt.group("minute") and not ampm:
        return None
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return Calendar(hour=hour, minute=minute, zone=_zone(mt))


WEEKDAY_CODES = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}


def build_holiday(mt: Match) -> Reading | None:
    """A named day from the lexicon's holiday table: "12-25" or "11-4-THU" (-1: the last)."""
    spec = _table_value(mt.lexicon.holidays, mt.word("holiday"))
    if spec is None:
        return None
    parts = spec.split("-")
    if len(parts) == 2:
        return Holiday(month=int(parts[0]), day=int(parts[1]), year=_year(mt))
    return Holiday(month=int(parts[0]), nth=int(parts[1]) if parts[1] != "L" else -1,
                   weekday=WEEKDAY_CODES[parts[2].upper()], year=_year(mt))


def build_nth_weekday(mt: Match) -> Reading | None:
    """'the first Sunday in April', 'el último viernes de marzo': one day of the month, found as a holiday's."""
    weekday, month = _weekday(mt), _month(mt)
    n = -1 if mt.group("final") else mt.lexicon.ordinals.get(mt.word("ord") or "")
    if weekday is None or month is None or n not in (-1, 1, 2, 3, 4, 5):
        return None
    if mt.lexicon.capitalized_names and not (_is_capitalized(mt, "month") and _is_capitalized(mt, "weekday")):
        return None
    return Holiday(month=month, weekday=weekday, nth=n, year=_year(mt))


def build_vague(mt: Match) -> Reading | None:
    label = _label(mt.lexicon.vague, mt.word("vague"))
    return Vague(kind=Vagueness(label)) if label else None


def build_recurrence(mt: Match) -> Reading | None:
    if mt.group("weekday") and not _weekday_guard(mt):
        return None
    if mt.group("weekday"):
        weekday = _weekday(mt)
        return Recurrence(weekday=weekday) if weekday is not None else None
    if mt.group("season"):  # 'every summer'
        season = SEASON_LABELS.get(_label(mt.lexicon.seasons, mt.word("season")) or "")
        return Recurrence(season=season) if season is not None else None
    if mt.group("month"):  # 'every March'
        month = _month(mt)
        return Recurrence(month=month) if month is not None else None
    label = _label(mt.lexicon.recurring, mt.word("rec"))
    unit = UNIT_LABELS.get(label or "") or _unit(mt)
    if unit and not label and mt.lexicon.numbers.get(mt.word("every") or "") == 1 and not _after_frequency(mt):
        return None  # 'a week' is a SET only after 'twice', 'three times'; 'about a quarter of' is neither
    return Recurrence(unit=unit) if unit else None


def _after_frequency(mt: Match) -> bool:
    """'twice a week', 'three times a year': a count of occurrences right before the match."""
    if not mt.lexicon.frequency_before:
        return False
    pattern = _compiled(rf"(?<![\w]){_alternation_of(mt.lexicon.frequency_before)}\s+$", regex.I)
    return bool(pattern.search(mt.before(20)))


def build_definite_unit(mt: Match) -> Reading | None:
    """'the quarter', 'the latest quarter' in business news: the period just reported on.  A language
    without articles lists the units its bare noun makes definite ('akhir pekan', the weekend)."""
    articles = tuple(a.lower() for a in mt.lexicon.articles)
    if articles and not mt.group(0).lower().startswith(articles):
        return None
    label = _label(mt.lexicon.units, mt.word("unit"))
    if label not in mt.lexicon.definite_units:
        return None
    return RelativeUnit(unit=UNIT_LABELS[label], offset=mt.lexicon.definite_units[label], weekend=label == "weekend")


def build_elapsed(mt: Match) -> Reading | None:
    """'now in its 21st day', 'entered its third week', 'memasuki hari ke-5'."""
    raw = (mt.group("cnum") or "").lower()
    digits = regex.match(r"\d+", raw)
    n = int(digits.group()) if digits else mt.lexicon.ordinals.get(raw)
    unit = _unit(mt)
    if not n or unit not in (Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
        return None
    return Elapsed(n=n, unit=unit)


def build_ordinal_within(mt: Match) -> Reading | None:
    n = mt.lexicon.ordinals.get(mt.word("ord") or "")
    unit = _unit(mt)
    amount = _number(mt)
    if not n or n < 2 or unit is None:
        return None
    return Ordinal(n=n, within=Duration(unit=unit, amount=1 if amount in (False, None) else amount))


def build_clock(mt: Match) -> Reading | None:
    """'15 h 30', '22 h': an hour word between hour and minutes; the minutes may be absent."""
    hour = int(mt.group("hour"))
    minute = int(mt.group("minute")) if mt.group("minute") else 0
    if hour > 23 or minute > 59:
        return None
    return Calendar(hour=hour, minute=minute, zone=_zone(mt))


def build_day_month_modified(mt: Match) -> Reading | None:
    """'el pasado 2 de marzo', 'le 6 mai dernier': a day and month whose year the modifier picks."""
    month, day = _month(mt), int(mt.group("day"))
    offset, _ = _modifier(mt)
    if month is None or offset is None or not _valid_day(month, day):
        return None
    return Calendar(month=month, day=day, direction=_direction(offset))


def build_relative_day_weekday(mt: Match) -> Reading | None:
    """'hoy, jueves', "aujourd'hui vendredi": the weekday restates the relative day, and tells the
    weekday of the anchor it counts from ('besok, Kamis' is written on a Wednesday)."""
    if not _weekday_guard(mt):
        return None
    reading = build_relative_day(mt)
    weekday = _weekday(mt)
    if isinstance(reading, RelativeDay) and weekday is not None and reading.reference is Reference.DCT:
        reading = attrs.evolve(reading, weekday=weekday)
    return reading


def build_decade_prefixed(mt: Match) -> Reading | None:
    """'les années 1990', 'los años 90': a decade after a prefix; two digits are the 1900s."""
    raw = mt.group("dec")
    year = int(raw) if len(raw) == 4 else 1900 + int(raw)
    return Decade(decade=year // 10)


def build_decade_name(mt: Match) -> Reading | None:
    """'the nineties', 'los años noventa', 'die neunziger Jahre': a decade of the 1900s named in words."""
    digit = mt.lexicon.decade_names.get(" ".join(mt.group("decname").lower().split()))
    return Decade(decade=190 + digit) if digit else None


def build_decade_apostrophe(mt: Match) -> Reading | None:
    """"the '70s": a decade of the 1900s (lexicon flag apostrophe_decades; '20s stays the 1920s)."""
    if not mt.lexicon.apostrophe_decades:
        return None
    return Decade(decade=(1900 + int(mt.group("dec"))) // 10)


def build_anaphoric_day(mt: Match) -> Reading | None:
    """'le lendemain', 'la veille': a day counted from the previously mentioned date."""
    return _day_reading(mt, mt.lexicon.anaphoric_days, "anaday", Reference.PREVIOUS)


def build_told_day(mt: Match) -> Reading | None:
    """'to end the day', 'later in the day', 'cerró la jornada': the day spoken of, as 'that day' is."""
    return RelativeUnit(unit=Unit.DAY, offset=0, reference=Reference.PREVIOUS)


def build_day_part_of_day(mt: Match) -> Reading | None:
    """'la mañana del miércoles', 'la nuit de lundi', 'la mañana de ayer': a part of a named day."""
    spec = _table_value(mt.lexicon.anaphoric_days, mt.word("anaday"))
    if spec is None or spec[0] != 0 or spec[1] is None:
        return None
    base = build_weekday(mt) if mt.group("weekday") else build_relative_day(mt)
    return attrs.evolve(base, day_part=DayPart[spec[1]]) if base is not None else None


def build_day_word_month(mt: Match) -> Reading | None:
    """'el primero de mayo', 'del siete de noviembre próximo': a day of the month written as a word."""
    month, day = _month(mt), mt.lexicon.day_words.get(mt.word("dword") or "")
    if month is None or day is None or not _valid_day(month, day):
        return None
    offset, _ = _modifier(mt)
    return Calendar(year=_year(mt), month=month, day=day, direction=_direction(offset), weekday=_weekday(mt))


def build_part_of_century(mt: Match) -> Reading | None:
    """'a finales del siglo XIX', 'la fin du XIXe siècle': a part of a numbered century."""
    part = _part(mt)
    base = build_decade(mt)
    return PartOf(part=part, base=base) if part is not None and base is not None else None


def build_part_of_decade_name(mt: Match) -> Reading | None:
    """'the early nineties', 'principios de los años noventa': a part of a decade named in words."""
    base = build_decade_name(mt)
    part = _part(mt)
    return PartOf(part=part, base=base) if base is not None and part is not None else None


def build_part_of_decade(mt: Match) -> Reading | None:
    """'Anfang der 1990er Jahre', 'в начале 1990-х', 'the early 1990s': a part of a decade."""
    part = _part(mt)
    return PartOf(part=part, base=Decade(decade=int(mt.group("dec")) // 10)) if part is not None else None


def build_clock_prefixed(mt: Match) -> Reading | None:
    """'las 10.30 horas', 'las 11 de la mañana': a clock time after its article; a day part after
    the hour sets the half of the day. Minutes, an hour word, a day part or a zone must be there."""
    hour = int(mt.group("hour"))
    minute = int(mt.group("minute")) if mt.group("minute") else 0
    part = _day_part(mt)
    if not (mt.group("minute") or mt.group("hword") or part or mt.group("zone")):
        return None
    if hour < 12 and (part in (DayPart.AFTERNOON, DayPart.EVENING) or (part is DayPart.NIGHT and hour >= 6)):
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return Calendar(hour=hour, minute=minute, zone=_zone(mt))


def build_long_duration(mt: Match) -> Reading | None:
    """'a day-long strike', 'decades-long', 'jahrelang': a duration adjective; without a count a
    singular unit (the first form of its lexicon entry) is one ('day-long') and a plural one is
    unspecified ('weeks-long' = PXW)."""
    unit = _unit(mt)
    if unit is None:
        return None
    amount = _number(mt)
    if amount is False:
        word = mt.word("unit")
        amount = 1 if word == _norm(mt.lexicon.units[_label(mt.lexicon.units, word)][0]) else None
    return Duration(unit=unit, amount=amount)


def _year_part(mt: Match, name: str) -> int | None:
    """A part of a year said in words ('ninety-six', 'twelve'), read as any count is."""
    value = _number_words(mt.word(name) or "", mt.lexicon)
    return None if value is None or value is False else value


def build_spoken_year(mt: Match) -> Reading | None:
    """'nineteen ninety-six', 'seventeen oh five', '(the year) two thousand (and) one': a year said
    in words. The hundreds must be 17 to 20 and the rest 10 to 99 (or 'oh' and a digit), so
    'eleven twenty' (a clock time) and 'two thousand people' are not years."""
    if mt.group("thousand"):
        if _year_part(mt, "num") != 2:
            return None
        if not (mt.group("yword") or (mt.group("ylo") and _has_context(mt))):
            return None  # 'two thousand (and five) soldiers' is a count: 'the year' or 'in' must say otherwise
        lo = _year_part(mt, "ylo") if mt.group("ylo") else 0
        return Calendar(year=2000 + lo) if lo is not None and lo < 100 else None
    hi, lo = _year_part(mt, "yhi"), _year_part(mt, "ylo")
    if hi is None or lo is None or not 17 <= hi <= 20 or not (10 <= lo <= 99 or mt.group("oh")):
        return None
    return Calendar(year=hi * 100 + lo)


def build_month_spoken_year(mt: Match) -> Reading | None:
    """'January nineteen ninety-seven': a month and the year said in words."""
    month, year = _month(mt), build_spoken_year(mt)
    if month is None or not isinstance(year, Calendar) or (
            mt.lexicon.capitalized_names and not _is_capitalized(mt, "month")):
        return None
    return Calendar(year=year.year, month=month)


def build_weekday_day(mt: Match) -> Reading | None:
    """'el miércoles 10', 'le mercredi 10': a weekday and the day of an unnamed month it falls on."""
    weekday = _weekday(mt)
    if weekday is None or not _weekday_guard(mt):
        return None
    offset, _ = _modifier(mt)
    return Calendar(day=int(mt.group("day")), weekday=weekday, direction=_direction(offset))


def build_month_day(mt: Match) -> Reading | None:
    """'el pasado día 12', 'pada tanggal 5', '5-го числа': a day of the month the article is in (or
    the one before or after it, as 'pasado'/'próximo' or the tense says)."""
    day = int(mt.group("day"))
    offset, _ = _modifier(mt)
    return Calendar(day=day, direction=_direction(offset))


# --- templates -----------------------------------------------------------------------------


def _placeholders(lex: Lexicon) -> dict[str, str]:
    months = [w for words in lex.months for w in words]
    weekdays = [w for words in lex.weekdays for w in words]
    units = [w for words in lex.units.values() for w in words]
    suffixes = _alternation(lex.ordinal_suffixes) if lex.ordinal_suffixes else "(?!x)x"
    number_words = list(lex.numbers) + list(lex.one_and_a_half) + list(lex.unspecified_numbers)
    day_prefix = rf"(?:{_alternation(lex.day_prefixes)}\s+)?" if lex.day_prefixes else ""
    connector = rf"(?:\s+{_alternation(lex.date_connectors)})?" if lex.date_connectors else ""
    year_suffix = rf"(?:\s*{_alternation(lex.year_suffixes)})?" if lex.year_suffixes else ""
    zones = _alternation(lex.zones)
    tens = _alternation([w for w, v in lex.numbers.items() if v >= 20 and v % 10 == 0])
    digits = _alternation([w for w, v in lex.numbers.items() if 0 < v < 10])
    # 'fünfundzwanzig', 'einundzwanzig': the unit before the tens, joined into one word
    units_first = f"|{digits}{lex.units_tens_joiner}{tens}" if lex.units_tens_joiner else ""
    # 'two and a half'; German joins it to the number ('zweieinhalb')
    half_suffix = rf"(?:\s*{_alternation(lex.half_suffixes)})?" if lex.half_suffixes else ""
    day_part = _word("daypart", [w for words in lex.day_parts.values() for w in words])
    day_part_link = rf"(?:{_alternation(lex.day_part_links)}\s+)?" if lex.day_part_links else ""
    def optional(words, suffix=r"\s+"):
        return rf"(?:{_alternation(words)}{suffix})?" if words else ""

    return {
        "ART": optional(lex.articles),
        "OF": optional(lex.of_words),
        # 'el mes de mayo', "le mois d'août", 'bulan April': an elided word runs into the month
        "MONTHOF": rf"(?:{_alternation(lex.month_of_words)}(?:\s+|(?<=['’])))?" if lex.month_of_words else "",
        "WEEKLINK": optional(lex.week_links),
        "ORDPREFIX": optional(lex.ordinal_prefixes, r"\s*"),
        "DECSUFFIX": rf"(?:{_alternation(lex.decade_suffixes)})" if lex.decade_suffixes else "(?!x)x",
        "AGOB": _word("agob", lex.ago_before),
        "NUMWORD": _alternation(list(lex.numbers)),
        "QWORDX": rf"(?P<qword>{_alternation(lex.quarter_words)})(?![\w])",
        "YEARUNIT": _word("yunit", lex.units.get("year", ())),
        "YEARAGO": _word("yago", lex.year_ago),
        "PERIOD": _word("period", lex.period_words) if lex.period_words else "(?P<period>(?!x)x)",
        "HWORDX": rf"(?P<half>{_alternation(lex.half_words)})(?![\w])",
        "TIMESEP": rf"(?:{'|'.join(regex.escape(x) for x in lex.time_separators)})",
        "DEFMOD": _word("defmod", lex.definite_modifiers),
        "DEFUNIT": _word("unit", [w for label in lex.definite_units for w in lex.units.get(label, ())]),
        "UNITWORD": _alternation([w for words in lex.units.values() for w in words]),
        "MONTH": _names("month", months),
        "MONTHHALF": (rf"(?<![\w])(?P<month>{_alternation(months)})(?:{_alternation(lex.month_half_suffixes)})(?![\w])"
                      if lex.month_half_suffixes else "(?P<month>(?!x)x)"),
        "WEEKDAY": _names("weekday", weekdays),
        "DAY": rf"(?<![\d\w])(?P<day>3[01]|[12]\d|0?[1-9])(?:{suffixes}|\.)?(?![\d\w])",
        # after the month the day's dot is the sentence's ('by Jan. 14.'), never the date's
        "DAYLAST": rf"(?<![\d\w])(?P<day>3[01]|[12]\d|0?[1-9])(?:{suffixes})?(?![\d\w])(?!\.\d)",
        "YEAR": rf"(?P<year>(?<![\d\w.,$€£])(?<!\p{{L}}/)(?:1[0-9]|20)\d\d(?![\d\w]|[.,]\d)){year_suffix}",
        "YPREFIX": rf"(?:(?P<yprefix>{_alternation(lex.year_prefixes)})\s+)?" if lex.year_prefixes else "(?P<yprefix>(?!x)x)?",
        "DAYPREFIX": day_prefix,
        "CONN": connector,
        # a day written as a word needs the connector where the language has one ('the first of April';
        # 'the second April meeting' is no date)
        "CONNWORD": rf"\s+{_alternation(lex.date_connectors)}" if lex.date_connectors else "",
        # the other day of a range sharing the month, matched around a day but not taken: no group
        "RANGEDAY": rf"(?<![\d\w])(?:3[01]|[12]\d|0?[1-9])(?:{suffixes}|\.)?",
        "RANGE": rf"\s*(?:{_alternation(lex.day_range_joiners)})\s*" if lex.day_range_joiners else "(?!x)x",
        # a year before Christ: up to four digits, the marker right after it (and after 'году')
        "BCYEAR": rf"(?<![\d\w.,])(?P<bcyear>[1-9]\d{{0,3}}){year_suffix}\s*(?P<bc>{_alternation(lex.bc_markers)})(?![\w])"
                  if lex.bc_markers else "(?P<bcyear>(?!x)x)(?P<bc>(?!x)x)",
        "BC": rf"(?:\s*(?P<bc>{_alternation(lex.bc_markers)})(?![\w]))?" if lex.bc_markers else "(?P<bc>(?!x)x)?",
        # 'twenty-four' is one number; 'a five' is not ('a five year plan')
        "NUM": rf"(?<![\w-])(?P<num>\d+(?:[.,]\d+)?(?:\s+1/2|½)?|(?:{tens}[\s-]{digits}(?![\w]){units_first}|{_alternation(number_words)}){half_suffix})(?![\w])",
        "UNIT": _word("unit", units),
        "MODB": _word("modb", lex.modifiers_before),
        "MODA": _word("moda", lex.modifiers_after),
        "RELDAY": _word("relday", lex.relative_days),
        "DAYPART": day_part,
        "PART": rf"(?<![\w-])(?P<part>{_alternation([w for ws in lex.parts.values() for w in ws])})(?:-|\s+|(?<=[-'’]))",
        "SEASON": _word("season", [w for words in lex.seasons.values() for w in words]),
        "ORD": _word("ord", list(lex.ordinals)),
        "FINAL": _word("final", lex.final_ordinals) if lex.final_ordinals else "(?P<final>(?!x)x)",
        "ORDNUM": rf"(?P<cnum>\d{{1,2}}(?:{suffixes})?|{_alternation(list(lex.ordinals))})",
        "QWORD": _word("qword", lex.quarter_words),
        "HWORD": _word("half", lex.half_words),
        "CENTURY": _word("century", lex.century_words),
        "DMOD": _word("dmod", [w for words in lex.duration_mods.values() for w in words]),
        "DURPREFIX": _word("durprefix", lex.duration_prefixes),
        "UPTONOW": _word("now", lex.up_to_now),
        "PASTWIN": _word("pastwin", lex.past_window),
        "ELAPSED": _word("elapsed", lex.elapsed_before) if lex.elapsed_before else "(?P<elapsed>(?!x)x)",
        "WDAYNEXT": _weekday_day_next(lex),
        "AHEADWIN": _word("aheadwin", lex.ahead_window) if lex.ahead_window else "(?P<aheadwin>(?!x)x)",
        "AHEADAFTER": _word("aheadafter", lex.ahead_window_after) if lex.ahead_window_after else "(?P<aheadafter>(?!x)x)",
        "AGO": _word("ago", lex.ago),
        "EARLIER": _word("earlier", lex.earlier),
        "LATER": _word("later", lex.later),
        "FROMNOW": _word("fromnow", lex.from_now),
        "INF": _word("inf", lex.in_future),
        "SAMEDAY": _word("sameday", lex.same_day),
        "VAGUE": _word("vague", [w for words in lex.vague.values() for w in words]),
        "HOLIDAY": _word("holiday", list(lex.holidays)),
        "EVERY": _word("every", lex.every),
        "REC": _word("rec", [w for words in lex.recurring.values() for w in words]),
        "WITHIN": _word("within", lex.within),
        "ZONE": rf"(?P<zone>(?:{zones})(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?(?:\s+{zones})?)",
        "HOURW": _alternation(lex.hour_words),
        "DECPREFIX": _alternation(lex.decade_prefixes),
        "ANADAY": _word("anaday", lex.anaphoric_days),
        "ELIDED": rf"(?<![\w]){_alternation(lex.elided_articles)}",
        "WEEKOF": rf"(?<![\w]){_alternation(lex.week_of)}" if lex.week_of else "(?!x)x",
        # 'the first Sunday in April' (NTHLINK) or 'Minggu pertama bulan April' (NTHLINKAFTER): only the
        # order the language puts its ordinals in is fed; "" among the links lets the month follow directly
        "NTHLINK": _nth_links(lex) if not lex.ordinal_after_noun else "(?!x)x",
        "NTHLINKAFTER": _nth_links(lex) if lex.ordinal_after_noun else "(?!x)x",
        "CLOCKPRE": _alternation(lex.clock_prefixes),
        "DWORD": _word("dword", lex.day_words),
        "SHORTDEC": _alternation(lex.short_decade_suffixes),
        "LATERB": _word("laterb", lex.later_before),
        "WEEKDAYWORD": _alternation(weekdays),
        "DAYPARTJOINED": _alternation(lex.compound_day_parts),
        "BAREUNIT": _word("unit", lex.bare_units),
        "COUNTED": _word("unit", lex.counted_units),
        "LONGSUF": _alternation(lex.long_suffixes),
        "HALFUNIT": _half_unit(lex, units),
        # 'Tuesday at noon', 'hier à midi': a day part after its day, maybe joined by a link word
        "DAYPARTAFTER": rf"(?:\s+{day_part_link}{day_part})?",
        "TOLDDAY": (rf"(?<=(?<![\w]){_alternation(lex.told_day_before)}\s+)(?P<told>{_alternation(lex.told_day)})(?![\w])"
                    + (rf"(?!\s+{_alternation(lex.of_words)}(?![\w]))" if lex.of_words else "")
                    if lex.told_day and lex.told_day_before else "(?P<told>(?!x)x)"),
        "HALFAFTER": rf"(?:\s+(?P<halfafter>{_alternation(lex.half_suffixes)}))?" if lex.half_suffixes else "",
        # 'mid-nineties': the name may follow a hyphen
        "DECNAME": (rf"(?<![\w])(?P<decname>{_alternation(list(lex.decade_names))})(?![\w])" if lex.decade_names
                    else "(?P<decname>(?!x)x)"),
        "DECNAMEPRE": (rf"(?:{_alternation(lex.decade_name_prefixes)})\s+" if lex.decade_name_prefixes else ""),
        "DECNAMESUF": (rf"(?:\s+{_alternation(lex.decade_name_suffixes)})?" if lex.decade_name_suffixes else ""),
        "YEARHI": _word("yhi", [w for w, v in lex.numbers.items() if 17 <= v <= 20] if lex.spoken_years else ()),
        "YEARLO": rf"(?P<ylo>{tens}(?:[\s-]{digits})?|{_alternation([w for w, v in lex.numbers.items() if 10 <= v < 20])})",
        "YEARLOANY": rf"(?P<ylo>{tens}(?:[\s-]{digits})?|{_alternation([w for w, v in lex.numbers.items() if 0 < v < 20])})",
        "YEARZERO": rf"(?P<oh>{_alternation(lex.spoken_years.get('zero', ()))})\s+(?P<ylo>{digits})",
        "THOUSAND": rf"(?P<thousand>{_alternation(lex.spoken_years.get('thousand', ()))})",
        "YEARAND": rf"(?:{_alternation(lex.spoken_years.get('and', ()))}\s+)?",
        "YEARWORD": _word("yword", lex.units.get("year", ())),
        "MDAYB": _word("mdayb", lex.month_day_before),
        "MDAYA": _word("mdaya", lex.month_day_after),
        "UNITPART": _word("unitpart", [w for words in lex.unit_parts.values() for w in words]),
    }


# (name, template, builder, span is group 'core').  Order breaks ties between equally long matches.
TEMPLATES: tuple[tuple[str, str, Builder, bool], ...] = (
    ("iso-date", r"(?<![\d/.-])(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2}))?(?![\d])", build_iso, False),
    ("numeric-date", r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<c>\d{4}|\d{2})(?![\d/.])", build_numeric_date, False),
    ("weekday-numeric-date", r"{WEEKDAY}\s*,?\s*\(\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<c>\d{2,4}))?\s*\)(?:\s+{DAYPART})?", build_weekday_numeric, False),
    ("weekday-bracketed-date", r"{WEEKDAY}(?:\s+{DAYPART})?\s*,?\s*\(\s*(?:{MONTH}\s*{DAYLAST}|{DAYPREFIX}{DAY}{CONN}\s*{MONTH})(?:\s*,?{CONN}\s*{YPREFIX}{YEAR})?\s*\)(?:\s+{DAYPART})?", build_weekday_bracketed_date, False),
    ("day-month-year", r"(?:(?:{MODB}\s+)?{WEEKDAY}\s*,?\s+)?{DAYPREFIX}{DAY}{CONN}\s*{MONTH}(?:\s*,?{CONN}\s*{YPREFIX}{YEAR})?", build_day_month_year, False),
    # 'Aug. 26-31, 1989': the first day takes the year said after the second
    ("range-month-first-day", r"(?:{WEEKDAY}\s*,?\s+)?{MONTH}\s*{DAYLAST}(?={RANGE}{RANGEDAY}(?:\s*,\s*|\s+){YEAR})", build_day_month_year, False),
    ("month-day-year", r"(?:{MODB}\s+)?(?:{WEEKDAY}\s*,?\s+)?{MONTH}\s*{DAYLAST}(?:\s*,\s*{YEAR}|\s+{YEAR})?", build_day_month_year, False),
    # 'from 26 to 31 August', 'vom 4./5. August 1789': the first day takes the month and year said after the second
    ("range-first-day", r"{DAYPREFIX}{DAY}(?={RANGE}{DAYPREFIX}{RANGEDAY}{CONN}\s*{MONTH}(?:\s*,?{CONN}\s*{YPREFIX}{YEAR})?)", build_day_month_year, False),
    # 'Aug. 26-31, 1989', 'May 8 and 9': the second day takes the month said before the first
    ("range-second-day", r"(?<={MONTH}\s*{RANGEDAY}{RANGE}){DAYLAST}(?:\s*,\s*{YEAR}|\s+{YEAR})?(?![^\S\n]+\p{Ll})", build_day_month_year, False),
    ("month-year", r"{MONTH}\s*,?{CONN}\s*{YPREFIX}{YEAR}", build_month_year, False),
    ("month-of-year", r"(?:{DAYPREFIX}{DAY}{CONN}\s*)?{MONTH}\s*,?\s+{OF}(?:{ELIDED}|{ART})(?:{MODB}\s+{UNIT}|{UNIT}\s+{MODA})", build_month_of_year, False),
    ("month-day-of-year", r"{MONTH}\s*{DAYLAST}\s*,?\s+{OF}(?:{ELIDED}|{ART})(?:{MODB}\s+{UNIT}|{UNIT}\s+{MODA})", build_month_of_year, False),
    ("modifier-month", r"(?:{MODB}\s+{MONTH}|{MONTH}\s+{MODA})", build_modifier_month, False),
    ("month", r"{MONTH}", build_month, False),
    ("year", r"{YPREFIX}{YEAR}", build_year, False),
    ("relative-day", r"{RELDAY}{DAYPARTAFTER}", build_relative_day, False),
    # 'el miércoles 10 en rechazo a ...': the number closes the date, or a function word follows it
    ("weekday-day", r"(?:{MODB}\s+)?{WEEKDAY}\s+(?<![\d\w])(?P<day>3[01]|[12]\d|0?[1-9])(?![\d\w]|[.,/:]\d)(?=\s*[,.;:)»”\"]|\s*$|\s+{WDAYNEXT}(?![\w]))", build_weekday_day, False),
    ("weekday", r"(?:{SAMEDAY}\s+|{MODB}\s+|{DAYPART}\s+)?{WEEKDAY}(?:\s+{MODA})?{DAYPARTAFTER}", build_weekday, False),
    ("modifier-unit", r"(?:{MODB}\s+{UNIT}|{UNIT}\s+{MODA})", build_modifier_unit, False),
    ("weekday-of-week", r"{WEEKDAY}(?:\s+{DAYPART})?\s+{OF}{WEEKLINK}{ART}(?:{MODB}\s+{UNIT}|{UNIT}\s+{MODA})", build_weekday_of_week, False),
    ("weekday-weeks-ago", r"{WEEKDAY}(?:\s+{DAYPART})?\s*,?\s+(?:(?:{DMOD}\s+)?{NUM}\s+{UNIT}\s+{AGO}|{AGOB}\s+{NUM}\s+{UNIT})(?![\w])", build_weekday_weeks_ago, False),
    ("weeks-ago-weekday", r"(?:{DMOD}\s+)?{NUM}\s+{UNIT}\s+{AGO}\s+{WEEKDAY}(?:\s+{DAYPART})?", build_weekday_weeks_ago, False),
    ("ago", r"(?:{DMOD}\s+)?{NUM}\s+{UNIT}{HALFAFTER}\s+{AGO}", build_shift(-1, Reference.DCT), False),
    ("ago-before", r"{AGOB}\s+(?:{DMOD}\s+)?{NUM}\s+{UNIT}{HALFAFTER}", build_shift(-1, Reference.DCT), False),
    ("earlier", r"(?:{DMOD}\s+)?{NUM}\s+{UNIT}\s+{EARLIER}", build_shift(-1, Reference.PREVIOUS), False),
    ("later", r"(?:{DMOD}\s+)?{NUM}\s+{UNIT}\s+{LATER}", build_shift(1, Reference.PREVIOUS), False),
    ("from-now", r"{NUM}\s+{UNIT}\s+{FROMNOW}", build_shift(1, Reference.DCT), False),
    ("in-future", r"{INF}\s+{NUM}\s+{UNIT}(?:\s+{FROMNOW})?", build_in_future, False),
    ("past-window", r"{PASTWIN}\s+(?:{NUM}\s+)?{UNIT}", build_past_window, False),
    ("half-duration", r"(?:(?:{AHEADWIN}|{DURPREFIX})\s+)?(?P<core>(?:{DMOD}\s+)?{HALFUNIT})", build_half_duration, True),
    ("half-ago", r"(?:{HALFUNIT}\s+{AGO}|{AGOB}\s+{HALFUNIT})", build_half_shift(-1), False),
    ("duration", r"(?:(?:{AHEADWIN}|{DURPREFIX})\s+)?(?P<core>(?:{DMOD}\s+)?{NUM}\s+{UNIT}{HALFAFTER})(?:\s+(?:{UPTONOW}|{AHEADAFTER}))?", build_duration, True),
    ("definite-unit", r"{ART}(?:{DEFMOD}\s+)?{DEFUNIT}", build_definite_unit, False),
    ("duration-adjective", r"(?<![\w-])(?P<num>\d+|{NUMWORD})-(?P<unit>{UNITWORD})(?![\w-])", build_duration, False),
    ("month-half-word", r"{ORD}\s+{MONTHHALF}(?:\s+{YEAR})?", build_month_half, False),
    ("part-of-month", r"{PART}\s*{OF}{MONTHOF}{MONTH}(?:\s*,?{CONN}\s*{YEAR})?", build_part_of, False),
    ("part-of-year", r"{PART}\s*{YPREFIX}{YEAR}", build_part_of, False),
    ("part-of-unit", r"{PART}\s*{OF}(?:{ART}{MODB}\s+{UNIT}|{ART}{UNIT}(?:\s+{MODA})?)", build_part_of, False),
    ("season", r"(?:{MODB}\s+)?{SEASON}(?:\s+{OF}{YEAR})?", build_season, False),
    ("quarter", r"(?:{ART}{ORD}[\s-]+(?:{QWORDX}|{HWORDX})|(?:{QWORD}|{HWORD})\s+(?:{ORD}|(?P<roman>IV|I{1,3})(?![\w])))(?:\s*{OF}{YPREFIX}{YEAR})?", build_quarter, False),
    ("year-quarter", r"{ART}{YPREFIX}{YEAR}[\s-]+{ORD}[\s-]+(?:{QWORDX}|{HWORDX})", build_quarter, False),
    ("final-quarter-of-year", r"(?:{ART}{FINAL}[\s-]+(?:{QWORDX}|{HWORDX})|(?:{QWORD}|{HWORD})\s+{FINAL})\s*{OF}{YPREFIX}{YEAR}", build_quarter, False),
    ("year-possessive-quarter", r"{MODB}\s+{YEARUNIT}['’]s\s+(?:{ORD}[\s-]+)?(?:{QWORDX}|{HWORDX})", build_relative_quarter, False),
    ("year-ago-quarter", r"{ART}{YEARAGO}\s+(?:{ORD}[\s-]+)?(?:{QWORDX}|{HWORDX}|{PERIOD})", build_relative_quarter, False),
    ("year-ago-adjective", r"{YEARAGO}(?=\s+[^\W\d_])", build_year_ago_adjective, False),
    ("quarter-code", r"(?<![\w])Q(?P<q>[1-4])(?:\s*{YEAR})?(?![\w])", build_quarter, False),
    ("decade", r"{ART}{YPREFIX}(?<![\d\w])(?P<dec>1\d\d0|20\d0){DECSUFFIX}(?![\w])", build_decade, False),
    ("century", r"{ART}(?:{ORDNUM}\s+{CENTURY}|{CENTURY}\s+{ORDPREFIX}{ORDNUM}){BC}", build_decade, False),
    ("year-bc", r"{YPREFIX}{BCYEAR}", build_year_bc, False),
    ("month-bc", r"{MONTH}\s*,?{CONN}\s*{YPREFIX}{BCYEAR}", build_year_bc, False),
    ("day-month-bc", r"{DAYPREFIX}{DAY}{CONN}\s*{MONTH}\s*,?{CONN}\s*{YPREFIX}{BCYEAR}", build_year_bc, False),
    ("time", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])(?:{TIMESEP}(?P<minute>[0-5]\d))?(?![\d:])(?:\s*(?P<ampm>[ap]\.?\s?m\.?(?![\w])))?(?:\s*\(\s*{ZONE}\s*\)|\s*{ZONE})?", build_time, False),
    ("vague", r"{VAGUE}", build_vague, False),
    ("holiday", r"{HOLIDAY}(?:\s*,?\s*{YEAR})?", build_holiday, False),
    ("recurrence", r"(?:{EVERY}\s+(?:{WEEKDAY}|{SEASON}|{MONTH}|{UNIT})|{REC})", build_recurrence, False),
    ("elapsed", r"{ELAPSED}\s+(?P<core>{ORDNUM}\s+{UNIT}|{UNIT}\s+{ORDPREFIX}{ORDNUM})(?![\w])", build_elapsed, True),
    ("ordinal-within", r"{ORD}\s+(?:\w+\s+)?{WITHIN}\s+(?P<core>(?:{NUM}\s+)?{UNIT})", build_ordinal_within, True),
    # Templates fed by optional lexicon keys (hour_words, decade_prefixes, anaphoric_days, elided_articles)
    # or by modifiers placed around a date; a lexicon without those words never matches them.
    ("clock-hour-word", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])\s*{HOURW}(?:\s*(?P<minute>[0-5]\d))?(?![\w])(?:\s*\(\s*{ZONE}\s*\)|\s*{ZONE})?", build_clock, False),
    ("day-month-modifier", r"(?:{WEEKDAY}\s*,?\s+)?{DAYPREFIX}(?:{MODB}\s+{DAYPREFIX}{DAY}{CONN}\s*{MONTH}|{DAY}{CONN}\s*{MONTH}\s+{MODA})", build_day_month_modified, False),
    ("season-modifier-after", r"{SEASON}\s+{MODA}", build_season, False),
    ("relative-day-weekday", r"{RELDAY}\s*,?\s+{WEEKDAY}", build_relative_day_weekday, False),
    ("decade-prefix", r"{ART}{DECPREFIX}\s+(?<![\d\w])(?P<dec>1\d\d0|20\d0|\d0)(?![\w])", build_decade_prefixed, False),
    ("anaphoric-day", r"{ANADAY}{DAYPARTAFTER}", build_anaphoric_day, False),
    ("told-day", r"{TOLDDAY}", build_told_day, False),
    ("part-of-unit-elided", r"{PART}\s*{OF}{ELIDED}{UNIT}(?:\s+{MODA})?", build_part_of, False),
    ("modifier-unit-elided", r"{ELIDED}{UNIT}\s+{MODA}", build_modifier_unit, False),
    ("day-part-of-day", r"{ANADAY}\s+{OF}(?:(?:{MODB}\s+)?{WEEKDAY}(?:\s+{MODA})?|{RELDAY})", build_day_part_of_day, False),
    ("day-word-month", r"{DAYPREFIX}{DWORD}{CONNWORD}\s*{MONTH}(?![-‐])(?:\s*,?{CONN}\s*{YPREFIX}{YEAR}|\s+{MODA})?", build_day_word_month, False),
    ("part-of-century", r"{PART}\s*{OF}{ART}(?:{ORDNUM}\s+{CENTURY}|{CENTURY}\s+{ORDPREFIX}{ORDNUM}){BC}", build_part_of_century, False),
    ("clock-prefixed", r"(?<![\w]){CLOCKPRE}\s+(?P<hour>[01]?\d|2[0-3])(?:{TIMESEP}(?P<minute>[0-5]\d))?(?![\d\w])(?:\s*(?P<hword>{HOURW})(?![\w])|\s+{DAYPART})?(?:\s*\(\s*{ZONE}\s*\)|\s*{ZONE})?", build_clock_prefixed, False),
    # Fed by optional keys short_decade_suffixes, later_before, compound_day_parts, hour_words.
    ("decade-apostrophe", r"(?<![\w'’])['’](?P<dec>\d0)s(?![\w])", build_decade_apostrophe, False),
    ("quarter-of-relative-year", r"{ART}{ORD}[\s-]+(?:{QWORDX}|{HWORDX})\s+{OF}{MODB}\s+{YEARUNIT}(?![\w])", build_relative_quarter, False),
    ("military-time", r"(?<![\d:.,])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*{ZONE}(?![\w])", build_time, False),
    ("decade-short", r"{ART}(?<![\d\w.,])(?P<dec>[1-9]0){SHORTDEC}(?![\w])", build_decade_prefixed, False),
    ("later-before", r"{LATERB}\s+{NUM}\s+{UNIT}", build_shift(1, Reference.PREVIOUS), False),
    ("weekday-joined-day-part", r"(?:{MODB}\s+)?(?<![\w])(?P<weekday>{WEEKDAYWORD})(?P<daypart>{DAYPARTJOINED})(?![\w])", build_weekday, False),
    ("clock-minutes-hour-word", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])(?:{TIMESEP}|\.)(?P<minute>[0-5]\d)\s*{HOURW}(?![\w])(?:\s*\(\s*{ZONE}\s*\)|\s*{ZONE})?", build_clock, False),
    ("bare-unit-ago", r"{BAREUNIT}\s+{AGO}", build_shift_one(-1, Reference.DCT), False),
    ("bare-unit-earlier", r"{BAREUNIT}\s+{EARLIER}", build_shift_one(-1, Reference.PREVIOUS), False),
    ("bare-unit-later", r"(?:{BAREUNIT}\s+{LATER}|{LATERB}\s+{BAREUNIT})", build_shift_one(1, Reference.PREVIOUS), False),
    ("bare-unit-in-future", r"{INF}\s+{BAREUNIT}", build_shift_one(1, Reference.DCT), False),
    ("duration-long", r"(?<![\w-])(?:(?P<num>\d+|{NUMWORD})-)?(?P<unit>{UNITWORD}){LONGSUF}(?![\w])", build_long_duration, False),
    ("spoken-year", r"(?<![\w-])(?:{YEARHI}\s+(?:{YEARZERO}|{YEARLO})|(?:{ART}{YEARWORD}\s+)?(?P<num>{NUMWORD})\s+{THOUSAND}(?:\s+{YEARAND}{YEARLOANY})?)(?![\w-])", build_spoken_year, False),
    ("month-spoken-year", r"{MONTH}\s*,?\s+(?<![\w-])(?:{YEARHI}\s+(?:{YEARZERO}|{YEARLO})(?P<thousand>(?!x)x)?)(?![\w-])", build_month_spoken_year, False),
    # Fed by optional keys month_day_before/after: a day number whose month is left unnamed.
    ("month-day", r"{ART}(?:{MODB}\s+)?{MDAYB}\s+(?<![\d\w])(?P<day>3[01]|[12]\d|0?[1-9])(?![\d\w]|[.,/:]\d)(?!\s*{OF}(?:{ART}|{MODB}\s+)*(?:{MONTH}|{UNIT}))(?:\s+{MODA})?", build_month_day, False),
    ("month-day-after", r"(?<![\d\w.,])(?P<day>3[01]|[12]\d|0?[1-9])(?:-?[^\W\d_]{1,3})?\s+{MDAYA}(?:\s+{MODA})?", build_month_day, False),
    ("counted-unit", r"{COUNTED}(?![\w-])", build_counted_unit, False),
    # Fed by optional key unit_parts: 'year-end', 'Jahresende'.
    ("unit-part", r"{UNITPART}(?:\s+{YEAR})?", build_unit_part, False),
    # Fed by optional keys nth_weekday_links and ordinal_after_noun: 'the last Friday of March'.
    ("nth-weekday-of-month", r"{ART}(?:{ORD}|{FINAL})\s+{WEEKDAY}{NTHLINK}{MONTH}(?:\s*,?{CONN}\s*{YPREFIX}{YEAR})?", build_nth_weekday, False),
    ("weekday-nth-of-month", r"{WEEKDAY}\s+(?:{ORD}|{FINAL}){NTHLINKAFTER}{MONTH}(?:\s*,?{CONN}\s*{YPREFIX}{YEAR})?", build_nth_weekday, False),
    # Fed by optional key week_of: 'the week of March 6'.
    ("week-of-date", r"{WEEKOF}\s+(?:{MONTH}\s*{DAYLAST}|{DAYPREFIX}{DAY}{CONN}\s*{MONTH})(?:\s*,?{CONN}\s*{YPREFIX}{YEAR})?", build_week_of_date, False),
    ("part-of-decade", r"{PART}\s*{OF}{ART}{YPREFIX}(?<![\d\w])(?P<dec>1\d\d0|20\d0){DECSUFFIX}(?![\w])", build_part_of_decade, False),
    # Fed by optional keys decade_names, decade_name_prefixes, decade_name_suffixes: 'the nineties'.
    ("decade-name", r"(?<![\w]){DECNAMEPRE}{DECNAME}{DECNAMESUF}(?![\w])", build_decade_name, False),
    ("part-of-decade-name", r"(?<![\w])(?:{DECNAMEPRE})?{PART}\s*{OF}{ART}(?:{DECNAMEPRE})?{DECNAME}{DECNAMESUF}(?![\w])", build_part_of_decade_name, False),
)


def _nth_links(lex: Lexicon) -> str:
    """The words between 'the first Sunday' and its month; an elided one ("d'avril") runs into the month."""
    words = [w for w in lex.nth_weekday_links if w]
    if not lex.nth_weekday_links:
        return "(?!x)x"
    link = rf"(?:{_alternation(words)}(?:\s+|(?<=['’])))" if words else ""
    return rf"\s*{link}?" if "" in lex.nth_weekday_links else rf"\s*{link}"


def _fill(template: str, holders: Mapping[str, str]) -> str:
    return regex.sub(r"\{([A-Z]+)\}", lambda m: holders[m.group(1)], template)


@functools.cache
def grammar_for(code: str) -> Grammar:
    """The compiled rules of one language, built once per process."""
    lex = load_lexicon(code)
    holders = _placeholders(lex)
    classes = _anchor_classes(lex)
    rules = tuple(
        Rule(name, regex.compile(_fill(template, holders), regex.IGNORECASE | regex.V0), build, core,
             RULE_ANCHORS.get(name) if RULE_ANCHORS.get(name) in classes else None)
        for name, template, build, core in TEMPLATES
    )
    anchors = _anchor_words(lex)
    index: dict[str, tuple[str | None, ...]] = {}
    for name, words in [(None, anchors), *classes.items()]:
        for word in words:
            index[word] = index.get(word, ()) + (name,)
    return Grammar(lexicon=lex, rules=rules, anchors=anchors, classes=classes,
                   hour_words=_hour_word_pattern(lex), index=index)


# The word class each rule cannot match without: the rule is tried only near such a word, which
# keeps the recognizer from running ~50 patterns over every character of the text.
RULE_ANCHORS = {
    "iso-date": "NUMDATE", "numeric-date": "NUMDATE", "weekday-numeric-date": "WEEKDAY",
    "weekday-bracketed-date": "WEEKDAY",
    "day-month-year": "MONTH", "month-day-year": "MONTH", "range-first-day": "MONTH", "range-month-first-day": "MONTH", "range-second-day": "MONTH", "month-year": "MONTH", "modifier-month": "MONTH",
    "month-of-year": "MONTH", "month-day-of-year": "MONTH", "final-quarter-of-year": "QUARTER",
    "month": "MONTH", "part-of-month": "MONTH", "month-half-word": "MONTHHALF", "year": "YEAR", "part-of-year": "YEAR", "decade": "YEAR",
    "relative-day": "RELDAY", "weekday": "WEEKDAY", "modifier-unit": "UNIT", "ago": "AGO", "ago-before": "UNIT",
    "earlier": "EARLIER", "later": "LATER", "from-now": "FROMNOW", "in-future": "UNIT", "past-window": "UNIT",
    "duration": "UNIT", "half-duration": "UNIT", "half-ago": "UNIT", "definite-unit": "UNIT", "duration-adjective": "UNIT", "part-of-unit": "UNIT",
    "ordinal-within": "UNIT", "elapsed": "UNIT", "weekday-day": "WEEKDAY", "season": "SEASON", "quarter": "QUARTER", "quarter-code": "QUARTER", "year-quarter": "QUARTER",
    "year-possessive-quarter": "UNIT", "year-ago-quarter": "UNIT", "year-ago-adjective": "UNIT",
    "century": "CENTURY", "year-bc": "BCMARK", "month-bc": "MONTH", "day-month-bc": "MONTH", "vague": "VAGUE", "holiday": "HOLIDAY",
    "day-month-modifier": "MONTH", "season-modifier-after": "SEASON", "relative-day-weekday": "RELDAY",
    "part-of-unit-elided": "UNIT", "modifier-unit-elided": "UNIT", "day-part-of-day": "WEEKDAY", "weekday-of-week": "WEEKDAY", "weekday-weeks-ago": "WEEKDAY", "weeks-ago-weekday": "WEEKDAY",
    "day-word-month": "MONTH", "part-of-century": "CENTURY", "later-before": "UNIT", "bare-unit-ago": "UNIT",
    "bare-unit-earlier": "UNIT", "bare-unit-later": "UNIT", "bare-unit-in-future": "UNIT",
    "time": "CLOCK", "clock-hour-word": "HOURW", "clock-minutes-hour-word": "HOURW", "clock-prefixed": "CLOCKPRE",
    "decade-prefix": "DECADE", "decade-short": "DECADE", "part-of-decade": "DECADE", "recurrence": "RECUR",
    "anaphoric-day": "ANADAY", "told-day": "TOLDDAY", "decade-apostrophe": "DECADE", "quarter-of-relative-year": "QUARTER",
    "military-time": "CLOCK", "duration-long": "UNIT", "spoken-year": "SPOKENYEAR",
    "month-day": "MONTHDAY", "month-day-after": "MONTHDAY", "unit-part": "UNITPART", "counted-unit": "UNIT", "week-of-date": "MONTH", "nth-weekday-of-month": "WEEKDAY", "weekday-nth-of-month": "WEEKDAY",
    "decade-name": "DECNAME", "month-spoken-year": "SPOKENYEAR", "part-of-decade-name": "DECNAME",
}


def _key_word(entry: str, stop: set[str] = frozenset()) -> str:
    """The word of a (multi-word) entry that a token scan looks for: the longest non-stop word."""
    # 'B.C.' is the tokens 'b' and 'c': dots split words as blanks do; of equal words the last ('a. C.': 'c')
    parts = [x for w in entry.lower().split()
             for x in w.replace("'", " ").replace("’", " ").replace("-", " ").replace(".", " ").split()]
    return max(reversed(parts), key=lambda x: (x not in stop, len(x))) if parts else ""


def _anchor_classes(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Per word class (see RULE_ANCHORS), the lower-case key words that open a window for its rules."""
    def words(*groups) -> frozenset[str]:
        return frozenset(k for g in groups for w in g if (k := _key_word(w)))

    return {
        "MONTH": words(*lex.months),
        "WEEKDAY": words(*lex.weekdays),
        # 'weeklong', 'jahrelang': a unit joined to its long suffix is one token
        "UNIT": words(*lex.units.values(), [w + x.lstrip("-") for ws in lex.units.values() for w in ws
                                            for x in lex.long_suffixes], lex.half_units),
        "RELDAY": words(lex.relative_days),
        "VAGUE": words(*lex.vague.values()),
        "HOLIDAY": words(lex.holidays),
        "SEASON": words(*lex.seasons.values()),
        "CENTURY": words(lex.century_words),
        "QUARTER": words(lex.quarter_words, lex.half_words),
        # the word that closes 'N units ago/earlier/later/from now' is far rarer than the unit
        "AGO": words(lex.ago),
        "EARLIER": words(lex.earlier),
        "LATER": words(lex.later),
        "FROMNOW": words(lex.from_now),
        "CLOCKPRE": words(lex.clock_prefixes),
        # 'a' opens no window: 'a week' is a recurrence only after 'twice', 'three times'
        "RECUR": words([w for w in lex.every if lex.numbers.get(w.lower()) != 1], *lex.recurring.values(),
                       lex.frequency_before),
        "ANADAY": words(lex.anaphoric_days),
        "TOLDDAY": words(lex.told_day),
        "SPOKENYEAR": words([w for w, v in lex.numbers.items() if 17 <= v <= 20] if lex.spoken_years else (),
                            lex.spoken_years.get("thousand", ())),
        "MONTHDAY": words(lex.month_day_before, lex.month_day_after),
        "MONTHHALF": words([m + x for ms in lex.months for m in ms for x in lex.month_half_suffixes]),
        "BCMARK": words(lex.bc_markers),
        "UNITPART": words(*lex.unit_parts.values()),
        "CLOCK": frozenset(),  # digits only: see DIGIT_CLASSES
        "DECADE": frozenset(),
        "DECNAME": words(lex.decade_names),
        "HOURW": frozenset(),  # the grammar's hour-word pattern ('13 h 30', '15 Uhr')
        "YEAR": frozenset(),
        "NUMDATE": frozenset(),
    }


# Numbers open a window only where a rule can use them without a word: a year, a numeric date,
# a clock time, a quarter code; '4.3 billion' does not.
DIGIT_CLASSES = (
    # Each pattern opens with a plain digit (its lookbehind comes after it): the regex engine then
    # jumps between candidate characters instead of testing a lookbehind at every position.
    ("YEAR", re.compile(r"1(?<!\d1)\d{3}(?!\d)|2(?<!\d2)0\d\d(?!\d)")),
    ("NUMDATE", re.compile(r"\d[/.-]\d")),
    ("QUARTER", re.compile(r"Q(?<!\wQ)[1-4](?!\w)")),
    ("DECADE", re.compile(r"[1-9](?<!\d[1-9])(?:(?<=1)\d\d0|(?<=2)0\d0|0)(?!\d)")),
    ("CLOCK", re.compile(r"\d(?:[:.]\d|\s*[aApP]\.?[mM]\b)|[0-2](?<!\d[0-2])\d[0-5]\d\s*[^\W\d_]")),
)


def _anchor_words(lex: Lexicon) -> frozenset[str]:
    """The words every template needs one of (months, weekdays, units, relative and vague words,
    ...): where a rule without a class of its own is tried."""
    words: set[str] = set()
    for group in (lex.months, lex.weekdays, lex.units.values(), lex.vague.values(), lex.recurring.values(),
                  lex.seasons.values(), lex.day_parts.values(), lex.parts.values()):
        for ws in group:
            words.update(w.lower() for w in ws)
    words.update(k.lower() for k in lex.relative_days)
    words.update(k.lower() for k in lex.anaphoric_days)
    words.update(w.lower() for w in lex.half_units)
    words.update(w.lower() + p.lower() for ws in lex.weekdays for w in ws for p in lex.compound_day_parts)
    for ws in (lex.quarter_words, lex.half_words, lex.century_words, lex.decade_words, lex.zones, lex.hour_words):
        words.update(w.lower() for w in ws)
    # the longest word of a multi-word entry ('future' in 'in the future') is enough to open a window
    stop = {w.lower() for w in (*lex.articles, *lex.of_words, *lex.context_before)}
    return frozenset(k for w in words if (k := _key_word(w, stop)))


def _hour_word_pattern(lex: Lexicon) -> "re.Pattern[str] | None":
    """'9h', '15h30': an hour word glued to the digits opens a window for every rule."""
    if not lex.hour_words:
        return None
    return re.compile(r"\d\s*(?:" + "|".join(re.escape(w) for w in lex.hour_words) + ")", re.IGNORECASE)
