"""The measures a report gives its event that tell two events of one kind apart, however close
their days: a quake's magnitude ('magnitud 5,6', 'berkekuatan 5,6 SR') and the alert level or state
an alert sets ('Level III (Siaga)', 'state of emergency'), a vote's count ('voted 33-5'). Without them an article's 'aftershock of
magnitude 5.6 two weeks ago' joins another's 5.2 aftershock of the day after the quake, and the
raise to Level IV joins the raise to Level III five days before; either wrong day then moves the
article's publication."""
from __future__ import annotations

import functools

import regex

from chrono.languages import load_lexicon
from chrono.timex.grammar import _alternation, whole_words

# how far from its trigger a magnitude may stand ('una réplica, de magnitud 5,6, sacudió')
MAGNITUDE_REACH = 40
# agencies differ on one tremor (one says 5.4, another 5.6); sizes further apart are two tremors
SAME_SIZE = 0.3

def _window(trigger: tuple[int, int], span: tuple[int, int], before: int, after: int) -> tuple[int, int]:
    """Where a measure of the trigger may stand: so many characters before and after it, inside ``span``."""
    return max(span[0], trigger[0] - before), min(span[1], trigger[1] + after)


_NUMBER = r"(?P<n>\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]?\d)"


@functools.cache
def _magnitude_pattern(code: str) -> "regex.Pattern[str] | None":
    lexicon = load_lexicon(code)
    parts = []
    if lexicon.magnitude_before:
        parts.append(rf"(?<![\p{{L}}]){_alternation(lexicon.magnitude_before)}[\s:-]*{_NUMBER}")
    if lexicon.magnitude_after:
        parts.append(rf"(?<![\d.,]){_NUMBER}[\s-]*{_alternation(lexicon.magnitude_after)}(?![\p{{L}}])")
    return regex.compile("|".join(parts), regex.IGNORECASE) if parts else None


def magnitude(text: str, trigger: tuple[int, int], span: tuple[int, int], code: str) -> float | None:
    """The magnitude told beside the trigger, inside ``span`` (its clause); the nearest one."""
    pattern = _magnitude_pattern(code)
    if pattern is None:
        return None
    t0, t1 = trigger
    lo, hi = _window(trigger, span, MAGNITUDE_REACH, MAGNITUDE_REACH)
    found = [(max(0, m.start() - t1, t0 - m.end()), m.start(), float(m.group("n").replace(",", ".")))
             for m in pattern.finditer(text, lo, hi, overlapped=True)]
    return min(found)[2] if found else None


# how far from its trigger an alert level may stand ('menaikkan status Gunung Wutunara di Kabupaten
# Nuabosi, Nusa Tenggara Timur, dari Level II (Waspada) menjadi Level III (Siaga)')
LEVEL_REACH_BEFORE, LEVEL_REACH_AFTER = 40, 160
# how far before a level its 'from' may stand ('from the top Level IV'): the level it left, unless
# a 'to' stands between them
FROM_REACH = 25
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}


@functools.cache
def _level_pattern(code: str) -> "tuple[regex.Pattern[str], regex.Pattern[str] | None, regex.Pattern[str] | None, dict[str, str]] | None":
    lexicon = load_lexicon(code)
    phrases = [phrase for phrases in lexicon.alert_levels.values() for phrase in phrases]
    token_of = {" ".join(phrase.lower().split()): token for token, phrases in lexicon.alert_levels.items()
                for phrase in phrases}
    # a name written with capitals is a level only so written ('dari Awas ke Siaga'; 'warga diminta
    # siaga' is no level)
    plain = [p for p in phrases if p == p.lower()]
    proper = [p for p in phrases if p != p.lower()]
    alternatives = ([_alternation(plain)] if plain else []) + (
        [rf"(?-i:{_alternation(proper, keep_case=True)})"] if proper else [])
    parts = []
    if alternatives:
        parts.append(rf"(?P<named>{'|'.join(alternatives)})")
    if lexicon.level_words:
        parts.append(rf"{_alternation(lexicon.level_words)}\s*(?P<n>iv|v|i{{1,3}}|[1-5])")
    if not parts:
        return None
    pattern = regex.compile(rf"(?<![\p{{L}}\d])(?:{'|'.join(parts)})(?![\p{{L}}\d])", regex.IGNORECASE)
    source = whole_words(lexicon.level_from)
    target = whole_words(lexicon.level_to)
    return pattern, source, target, token_of


def alert_levels(text: str, trigger: tuple[int, int], span: tuple[int, int], code: str) -> frozenset[str]:
    """The alert levels or states a report says were set beside its trigger, inside ``span`` (its
    clause): 'Level III' and 'Siaga' are level 3, 'state of emergency' and 'status tanggap darurat' are
    'emergency' (the data's tokens). A level told as the one left ('from Level II', 'dari Awas') is
    not one set. Two alerts that set different levels are two events, however close their days."""
    compiled = _level_pattern(code)
    if compiled is None:
        return frozenset()
    pattern, source, target, token_of = compiled
    lo, hi = _window(trigger, span, LEVEL_REACH_BEFORE, LEVEL_REACH_AFTER)
    told: list[str] = []
    left: set[str] = set()
    previous = lo
    for m in pattern.finditer(text, lo, hi):
        if m.group("named") is not None:
            token = token_of[" ".join(m.group("named").lower().split())]
        else:
            n = m.group("n").lower()
            token = f"level-{_ROMAN.get(n) or int(n)}"
        # 'from the top Level IV' left it; 'с жёлтого до оранжевого' set the second ('до' is in its words)
        start = source.search(text, max(previous, m.start() - FROM_REACH), m.start()) if source is not None else None
        if start is not None and (target is None or not target.search(text, start.end(), m.end())):
            left.add(token)
        told.append(token)
        previous = m.end()
    return frozenset(t for t in told if t not in left)


def is_level(words: str, code: str) -> bool:
    """The words name nothing but alert levels ('Level IV', 'Level III (Siaga)', 'Alarmstufe Rot'):
    capitalized, yet neither a place nor a person."""
    compiled = _level_pattern(code)
    return compiled is not None and not regex.sub(r"[\s().,]+", "", compiled[0].sub("", words))


# how far from its trigger a vote's count may stand ('rejected a $41.2 billion state budget on a 19-19 tie')
TALLY_REACH_BEFORE, TALLY_REACH_AFTER = 30, 60


@functools.cache
def _tally_pattern(code: str) -> "regex.Pattern[str]":
    joiners = load_lexicon(code).tally_joiners
    written = rf"|\s+{_alternation(joiners)}\s+" if joiners else ""
    return regex.compile(rf"(?<![\d.,/:-])(?P<a>\d{{1,3}})(?:\s?[-–—]\s?{written})(?P<b>\d{{1,3}})(?![\d.,/:]?\d|\s?[-–—]\s?\d)",
                         regex.IGNORECASE)


def tally(text: str, trigger: tuple[int, int], span: tuple[int, int], code: str,
          skip: "list[tuple[int, int]] | tuple[()]" = ()) -> tuple[int, int] | None:
    """The vote count told beside the trigger, inside ``span`` (its clause), the nearest one: 'voted
    33-5', 'on a 19-19 tie', 'by 88 votes to 10'; never numbers of a time ('12-14 March', in
    ``skip``). Two votes of one body with different counts are two votes, however close their days."""
    t0, t1 = trigger
    lo, hi = _window(trigger, span, TALLY_REACH_BEFORE, TALLY_REACH_AFTER)
    found = [(max(0, m.start() - t1, t0 - m.end()), m.start(), tuple(sorted((int(m.group("a")), int(m.group("b"))))))
             for m in _tally_pattern(code).finditer(text, lo, hi)
             if not any(m.start() < b and a < m.end() for a, b in skip)]
    return min(found)[2] if found else None


# how far from its trigger a sum may stand ('signed the $40.5 billion budget', 'menandatangani
# perjanjian ganti rugi senilai Rp 312 miliar dengan nelayan')
AMOUNT_REACH_BEFORE, AMOUNT_REACH_AFTER = 40, 80
# a number's digits, grouped by thousands or not, with a decimal part: '40.5', '1,200', '40.500', '4,3', '1 200'
_AMOUNT_NUMBER = r"(?P<{0}>\d{{1,3}}(?:[.,\u00a0\u202f ]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
SIGNIFICANT_DIGITS = 3  # '$40.5 billion' and '40.500 millones de dólares' are one sum; rounding tells no more


@functools.cache
def _amount_pattern(code: str) -> "tuple[regex.Pattern[str], dict[str, str], dict[str, int]] | None":
    lexicon = load_lexicon(code)
    if not lexicon.currencies:
        return None
    currency_of = {" ".join(w.lower().split()): token for token, words in lexicon.currencies.items() for w in words}
    power_of = {" ".join(w.lower().split()): int(power) for power, words in lexicon.amount_scales.items() for w in words}
    currency = _alternation(currency_of)
    scales = _alternation(power_of)

    def scale(group: str) -> str:
        return rf"(?:\s*(?P<{group}>{scales})(?![\p{{L}}]))?"

    before = rf"(?<![\p{{L}}])(?P<cb>{currency})\s?{_AMOUNT_NUMBER.format('nb')}(?![\d]){scale('sb')}"
    after = rf"(?<![\d.,]){_AMOUNT_NUMBER.format('na')}{scale('sa')}\s*(?P<ca>{currency})(?![\p{{L}}])"
    return regex.compile(f"{before}|{after}", regex.IGNORECASE), currency_of, power_of


def _number(digits: str, decimal_mark: str) -> float:
    """'40.500' in Spanish is 40500, '1,200' in English 1200, '4,3' and '4.3' are 4.3: of two marks the
    last is the decimal one; one mark told more than once groups thousands; a lone mark is decimal if
    it is the language's, or if fewer or more than three digits follow it."""
    digits = regex.sub(r"[\u00a0\u202f ]", "", digits)
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return float(digits)
    if len(set(marks)) == 2:
        decimal = marks[-1]
    elif len(marks) > 1:
        decimal = None
    else:
        decimal = marks[0] if marks[0] == decimal_mark or len(digits) - digits.index(marks[0]) - 1 != 3 else None
    whole, _, fraction = digits.rpartition(decimal) if decimal else (digits, "", "")
    return float(regex.sub(r"[.,]", "", whole) + ("." + fraction if decimal else ""))


def amounts(text: str, trigger: tuple[int, int], span: tuple[int, int], code: str) -> frozenset[tuple[str, float]]:
    """The sums of money told beside the trigger, inside ``span`` (its clause), as (currency token,
    value rounded to three significant digits): '$40.5 billion' is ('USD', 4.05e10), as is '40.500
    millones de dólares'. Reports of two articles that tell the same sum are evidence they tell one
    event, as a shared name is; sums never keep two reports apart (a budget's vote and its veto)."""
    compiled = _amount_pattern(code)
    if compiled is None:
        return frozenset()
    pattern, currency_of, power_of = compiled
    decimal_mark = load_lexicon(code).decimal_mark
    lo, hi = _window(trigger, span, AMOUNT_REACH_BEFORE, AMOUNT_REACH_AFTER)
    found = set()
    for m in pattern.finditer(text, lo, hi):
        side = "b" if m.group("nb") is not None else "a"
        words = " ".join(m.group(f"c{side}").lower().split())
        scale = m.group(f"s{side}")
        value = _number(m.group(f"n{side}"), decimal_mark) * 10 ** (power_of[" ".join(scale.lower().split())]
                                                                    if scale else 0)
        found.add((currency_of[words], float(f"{value:.{SIGNIFICANT_DIGITS}g}")))
    return frozenset(found)


def different_tallies(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> bool:
    """Both tell a count and none is the same: the Senate's 19-19 tie and its 20-18 vote a week later."""
    return bool(a and b) and not a & b


def different_levels(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both tell the level they set and none is the same: raised to Level III, then to Level IV."""
    return bool(a and b) and not a & b


def different_sizes(a: set[float], b: set[float]) -> bool:
    """Both tell a size and no two of them could be the same tremor's."""
    return bool(a and b) and all(abs(x - y) > SAME_SIZE for x in a for y in b)


__all__ = ["MAGNITUDE_REACH", "SAME_SIZE", "alert_levels", "amounts", "is_level", "different_levels", "different_sizes",
           "different_tallies", "magnitude", "tally"]
