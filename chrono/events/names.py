"""Named participants and places in a sentence, and the keys that compare them across languages.

Names are capitalized word runs; titles ('President', 'Perdana Menteri') mark people and are
stripped; a name right after a place preposition ('in Moscow', 'ke Baku') is a place.  Keys are
transliterated to Latin (anyascii), case- and accent-folded, so Алиев, Aliyev and ALIYEV agree.
"""
from __future__ import annotations

import functools
from typing import Sequence

import attrs
import regex
from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from chrono.events.measures import is_level
from chrono.languages import Lexicon, available_languages, load_lexicon
from chrono.sentences import sentence_spans
from chrono.timex.grammar import _alternation, _number_words

_TOKEN = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*\p{L}|\p{Lu}\.?)"


@attrs.frozen(kw_only=True)
class Name:
    text: str
    start: int
    end: int
    is_place: bool
    is_person: bool
    role: str | None = None  # the title before it ('Menteri Sosial'), or the title alone ('the President')


@functools.cache
def _patterns(code: str) -> tuple["regex.Pattern[str]", "regex.Pattern[str]", "regex.Pattern[str]"]:
    lex: Lexicon = load_lexicon(code)
    connectors = _alternation(lex.name_connectors)
    run = regex.compile(rf"(?<![\p{{L}}\p{{M}}\d'’-]){_TOKEN}(?:\s(?:{connectors}\s)?{_TOKEN})*(?:\s\((?:\p{{Lu}}{{2,}}|\p{{Lu}}[\p{{L}}]+)\))?")
    titles = regex.compile(rf"(?<![\p{{L}}]){_alternation(lex.titles)}(?![\p{{L}}])", regex.IGNORECASE)
    place_before = regex.compile(rf"(?<![\p{{L}}]){_alternation(lex.place_prepositions)}\s+(?:the\s+)?$", regex.IGNORECASE)
    return run, titles, place_before


@functools.cache
def not_name_words(code: str) -> frozenset[str]:
    """Lower-cased words that are capitalized without being names: function words of ``not_names``,
    months and weekdays ('Monday', 'October', 'The')."""
    lex = load_lexicon(code)
    return lex.not_names | {w.lower() for ws in lex.months + lex.weekdays for w in ws}


def find_names(text: str, start: int, end: int, code: str, skip: list[tuple[int, int]] = (), *,
               headline: bool = False) -> list[Name]:
    """Names in text[start:end], skipping spans already read as time expressions.  A headline's first
    word is often its subject's name ('Lewotana erupts again'), told nowhere else in a short text."""
    lex = load_lexicon(code)
    run, titles, place_before = _patterns(code)
    not_names = not_name_words(code)
    out: list[Name] = []
    for m in run.finditer(text, start, end):
        s, e = m.span()
        if any(s < b and a < e for a, b in skip):
            continue
        value = m.group()
        # drop leading function words ('The', 'In', 'Earlier') that are capitalized by position
        tokens = list(regex.finditer(r"\S+", value))
        while tokens and tokens[0].group().lower().strip(",.") in not_names and not (
                len(tokens) > 1 and titles.match(value, tokens[0].start())):
            tokens.pop(0)  # but a title stays: 'Menteri Sosial Ratna' is the minister
        if not tokens:
            last = value.split()[-1].strip(",.")
            if titles.fullmatch(last):  # 'Presiden meninjau': a role alone
                out.append(Name(text=last, start=e - len(last), end=e, is_place=False, is_person=False, role=last))
            continue
        s = s + tokens[0].start()
        value = text[s:e]
        is_person = False
        last_title = None
        role = None
        for t in titles.finditer(value):
            last_title = t
        if last_title is not None and last_title.start() > 0 and _title_inside_name(value[last_title.end():], lex):
            last_title = None  # 'Contraloría General de la República', "Comptroller General's Office"
        if last_title is not None:
            rest = value[last_title.end():].strip()
            if not rest:
                # 'the President visited': nobody named, but not the minister of another sentence
                out.append(Name(text=value, start=s, end=e, is_place=False, is_person=False, role=value))
                continue
            role = value[:last_title.end()].strip()
            s = s + value.index(rest, last_title.end())
            value = rest
            is_person = True
        value = regex.sub(r"['’]s$", "", value)
        e = s + len(value)
        words = value.split()
        if all(w.lower().strip("().,") in not_names for w in words):
            continue
        if len(words) == 1 and _sentence_initial(text, s, start) and (
                _lower_elsewhere(text, value) or not (headline or value.isupper() or _capitalized_inside(text, value))):
            # 'Tremors continued...', 'Sebanyak 12 orang', 'Llevamos días': capitalized by position, and
            # written lower-case elsewhere or never capitalized inside a sentence, as a name would be
            continue
        if is_level(value, code):
            continue  # 'raised the alert to Level IV': a level, not a place
        if all(_number_words(w, lex) is not False for w in words):
            continue  # 'Thirty-eight cars', 'Treinta y ocho vagones', 'Dua orang': a count, capitalized by position
        if len(value) < 2:
            continue
        if _organisation(code, words):
            # 'Public Works Ministry', 'Kepala Badan Penanggulangan Bencana': an organisation (a title
            # before it names the organisation's head, who is not this name)
            out.append(Name(text=value, start=s, end=e, is_place=False, is_person=False))
            continue
        if is_person and len(words) <= PLACE_AFTER_TITLE and words[0].lower() in _place_heads(code):
            # 'Bupati Sungai Lerang', 'Wali Kota Muara Seruni': a title's jurisdiction, not its holder
            out.append(Name(text=value, start=s, end=e, is_place=True, is_person=False, role=role))
            continue
        # 'linked to Hurricane Gaston': a name a storm's head word opens is the event's, never a place
        is_place = not is_person and bool(place_before.search(text[max(0, s - 20):s])) and not _event_name(lex, words)
        if not is_person and _place_word(code, words):
            is_place = True  # 'Gunung Lewotana', 'Mount Etna', 'Kabupaten Sikka'
        if not is_person and _is_personal(value):
            is_person = not is_place
        out.append(Name(text=value, start=s, end=e, is_place=is_place, is_person=is_person, role=role))
    return out


PLACE_AFTER_TITLE = 3  # words: 'Kabupaten Donggala Utara' after a title is a place; longer, a place run into a name


def _title_inside_name(rest: str, lex: Lexicon) -> bool:
    """What follows a title that a word precedes goes on with a connector or a possessive ('Contraloría
    General de la República', "Comptroller General's Office"): the title is a word of an institution's
    name, not a person's title ('Prime Minister of Spain Pedro Sánchez' keeps its title)."""
    rest = rest.lstrip()
    if regex.match(r"['’]s\b", rest):
        return True
    first = rest.split(maxsplit=1)[0].lower() if rest else ""
    return bool(first) and any(first == c.split()[0].lower() for c in lex.name_connectors)


@functools.cache
def _place_heads(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon(code).place_words)


def _event_name(lex: Lexicon, words: list[str]) -> bool:
    """The name opens with a word that heads an event's own name ('Hurricane Maria', 'Badai Seroja')."""
    heads = lex.name_first_heads
    return words[0].lower() in heads or " ".join(words[:2]).lower() in heads


def _place_word(code: str, words: list[str]) -> bool:
    """A geographic head word ('Gunung', 'Mount', 'Lago') at the start or end of a name."""
    heads = _place_heads(code)
    if not heads:
        return False
    first, last = words[0].lower(), words[-1].lower()
    two = " ".join(words[:2]).lower()
    return first in heads or last in heads or two in heads


@functools.cache
def _organisation_words(code: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon(code).organisation_words)


def _organisation(code: str, words: list[str]) -> bool:
    """A word of the name is an organisation's head ('Ministry', 'Kementerian', 'Juzgado')."""
    heads = _organisation_words(code)
    return any(fold(w) in heads for w in words)


def _sentence_initial(text: str, position: int, sentence_start: int) -> bool:
    return not text[sentence_start:position].strip(" \t\n\"'“‘(")


def _lower_elsewhere(text: str, word: str) -> bool:
    return regex.search(rf"(?<![\p{{L}}]){regex.escape(word.lower())}(?![\p{{L}}])", text) is not None


LOOK_BACK = 40  # characters looked at before a word for what precedes it
SENTENCE_ENDS = ".!?:;\n—–-"  # what may come before a word that opens a sentence, a dateline or a list item


def _capitalized_inside(text: str, word: str) -> bool:
    """Whether ``word`` occurs, as written, somewhere not at the start of a sentence: a name is
    capitalized wherever it stands ('said Arman'), a common word only where a sentence opens."""
    for m in regex.finditer(rf"(?<![\p{{L}}]){regex.escape(word)}(?![\p{{L}}])", text):
        before = text[max(0, m.start() - LOOK_BACK):m.start()].rstrip(" \t\"'“‘(«")
        if before and before[-1] not in SENTENCE_ENDS:
            return True
    return False


HEADLINE_LENGTH = 160  # a first line this short, not ending a sentence, is a headline


def headline_span(document) -> tuple[int, int] | None:
    """Where the article's headline is in its text: a short first line that does not end a sentence."""
    text = document.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    if not line or len(line) > HEADLINE_LENGTH or line.endswith("."):
        return None
    return start, start + len(line)


def headline_names(document) -> tuple[str, ...]:
    """The names of an article's headline (its 'title' metadata, else a short first line): what
    the article is about, for sentences further down that name nobody."""
    title = document.meta("title")
    if title:
        return _name_texts(title, 0, len(title), document.language, headline=True)
    span = headline_span(document)
    if span is None:
        return ()
    return _name_texts(document.text, *span, document.language, headline=True)


def lede_names(document, skip: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The names of an article's first sentence of prose (after its headline and dateline): a wire
    story without a headline says there what it is about ('Un sismo ... sacudió ... Huaylamarca')."""
    headline = headline_span(document)
    for s0, s1 in sentence_spans(document.text):
        if headline is not None and s1 <= headline[1]:
            continue
        if any(a <= s0 and s1 <= b for a, b in skip):
            continue
        return _name_texts(document.text, s0, s1, document.language, list(skip))
    return ()


def _name_texts(text: str, start: int, end: int, code: str, skip: list[tuple[int, int]] = (), *,
                headline: bool = False) -> tuple[str, ...]:
    """The distinct names of text[start:end], in order."""
    return tuple(dict.fromkeys(n.text for n in find_names(text, start, end, code, skip=skip, headline=headline)))


def fold(name: str) -> str:
    """Latin, lower-case, accents and punctuation removed: the comparable form of a name."""
    return regex.sub(r"[^a-z0-9 ]+", "", anyascii(name).lower()).strip()


def name_keys(name: str) -> frozenset[str]:
    """Keys under which a name can match another: the whole name, an acronym in brackets, a surname."""
    keys = set()
    acronym = regex.search(r"\((\p{Lu}[\p{L}]+)\)\s*$", name)
    base = name[: acronym.start()].strip() if acronym else name
    if acronym:
        keys.add(fold(acronym.group(1)))
    if base:
        keys.add(fold(base))
    words = base.split()
    if 2 <= len(words) <= 3 and all(regex.match(r"\p{Lu}\p{Ll}", w) for w in words):
        keys.add(fold(words[-1]))
    return frozenset(k for k in keys if k)


@functools.cache
def _geographic_heads() -> frozenset[str]:
    """'River', 'Sungai', 'Río', 'Mount', 'Gunung' in every language we have: the words that name a
    place's kind, not the place."""
    return frozenset(fold(w) for code in available_languages() for w in load_lexicon(code).place_words)


def place_keys(name: str) -> frozenset[str]:
    """Keys of a place name, with its geographic head dropped so that 'Sungai Batang Seruni' and
    'Batang Seruni River', 'Gunung Lewotana' and 'Mount Lewotana' match; never the head alone
    ('River' is no place)."""
    return frozenset({fold(_place_core(name)), fold(name)} - {""} - _geographic_heads())


def places_nest(a: str, b: str) -> bool:
    """The words of one place name all in the other ('Muara Seruni', 'Pasar Sentral Muara Seruni'),
    or two words shared ('Muara Seruni Central Market', 'Pasar Sentral Muara Seruni': a translation
    of the name): one place, or one inside the other.  Geographic heads ('River', 'Kabupaten') do
    not count, nor does one shared word ('North Sumatra', 'South Sumatra')."""
    heads = _geographic_heads()
    wa = set(fold(_place_core(a)).split()) - heads
    wb = set(fold(_place_core(b)).split()) - heads
    if not wa or not wb:
        return False
    return wa <= wb or wb <= wa or len(wa & wb) >= 2


def keys_match(a: frozenset[str], b: frozenset[str], threshold: float = 0.9) -> bool:
    """Some key of ``a`` equals, or nearly equals (Jaro-Winkler), some key of ``b``: Moskow ~ Moscow."""
    if a & b:
        return True
    return any(len(x) >= 4 and len(y) >= 4 and JaroWinkler.similarity(x, y) >= threshold for x in a for y in b)


def _place_core(name: str) -> str:
    """A place name without its geographic head: 'Kabupaten Batang Seruni' -> 'Batang Seruni'."""
    words = name.split()
    heads = _geographic_heads()
    while len(words) > 1 and fold(words[0]) in heads:
        words = words[1:]
    while len(words) > 1 and fold(words[-1]) in heads:
        words = words[:-1]
    return " ".join(words)


def _is_personal(name: str) -> bool:
    """Two or three capitalized words ('Ratna Kusumawati'): the shape of a personal name."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(regex.match(r"\p{Lu}\p{Ll}+$", w) for w in words)


def _person_after_body(name: str, singles: set[str], article_names: Sequence[str]) -> str | None:
    """The personal name that ends a titled run ('Wali Kota Muara Seruni Rahmat Hidayat'), where the
    article itself shows where it begins: the given name alone later ('Rahmat mengecek'), or the
    words before it ending another of the article's names ('Pasar Sentral Muara Seruni')."""
    words = name.split()
    for i in range(1, len(words) - 1):
        rest, body = " ".join(words[i:]), " ".join(words[:i])
        if not _is_personal(rest):
            continue
        if words[i] in singles or any(o != name and (o == body or o.endswith(" " + body)) for o in article_names):
            return rest
    return None


def resolve_names(names: Sequence[Name]) -> dict[str, str]:
    """How one article's names read in full, from the article itself: a title run into a place
    ('Kepala BPBD Batang Seruni Yusrizal Effendi') loses the place the article names elsewhere, and
    a lone given name or surname ('Yusrizal', 'Effendi', 'Putin') becomes the one full personal name
    it is part of.  Translations shorten names differently; their full forms agree."""
    cores = sorted({_place_core(n.text) for n in names if n.is_place and n.text[:1].isupper()}, key=len, reverse=True)
    out: dict[str, str] = {}
    for n in names:
        if n.is_place:
            continue
        for core in cores:
            rest = n.text[len(core):].strip() if n.text.startswith(core + " ") else ""
            if _is_personal(rest):
                out[n.text] = rest
                break
    singles = {n.text for n in names if not n.is_place and len(n.text.split()) == 1}
    texts = [n.text for n in names]
    for n in names:
        if n.is_person and n.text not in out and not _is_personal(n.text):
            rest = _person_after_body(n.text, singles, texts)
            if rest:
                out[n.text] = rest
    people = {out.get(n.text, n.text) for n in names if not n.is_place}
    full = sorted(p for p in people if _is_personal(p))
    for n in names:
        if n.is_place or len(n.text.split()) != 1:
            continue
        owners = [p for p in full if n.text in p.split()]
        if len(owners) == 1:
            out[n.text] = owners[0]
    return out
