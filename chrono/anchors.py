"""Publication-time evidence for each document: ``--anchor``, metadata, and a dateline in the text.

Evidence becomes constraints on the document's publication variable; where none exists the
network infers the date from what other articles say (see constraints.py).
"""
from __future__ import annotations

import datetime as dt
import functools
from typing import Mapping, Sequence

import attrs
import regex

from chrono import calendar
from chrono.dayset import DaySet
from chrono.languages import load_lexicon
from chrono.model import Anchor, AnchorSource, Document, Problem, TimeExpression
from chrono.readings import Calendar, Direction, Weekday, names_a_day
from chrono.timex.grammar import _alternation
from chrono.timex.recognize import recognize

METADATA_DATE_KEYS = ("date", "published", "pubdate", "publication_date", "publication date", "dct")

# "MOSCOW (AA) -", "Moskow (ANTARA) -", "PARIS, Oct 8 (Reuters) -": the place and the agency;
# "Puerto Belén (Chile), 23 sep (EFE).-": the country in brackets after the place;
# "МОСКВА, 8 октября. /ТАСС/.": the Russian wire form, the agency between slashes.
_WIRE_TEMPLATE = (
    r"^\W{{0,3}}(?P<place>{place})\s*"
    r"(?:\(\p{{Lu}}[\p{{L}} ]{{1,25}}\)(?=\s*,))?"
    r"(?:,\s*(?P<extra>[^()/\n]{{1,40}}?)\s*\.?\s*)?"
    r"(?:\((?P<agency>[^()\n]{{1,25}})\)\s*\.?\s*[-–—:]|/(?P<slashed>\p{{Lu}}[^/\n]{{0,24}})/\s*\.?)"
)
# "JAKARTA —", "MUARA SERUNI, KOMPAS.com -", "BANDAR LAMPUNG, Indonesia -", "Muara Seruni - ",
# "COLUMBUS, Ohio, Oct. 1 —", "VALPARAÍSO, 26 de mayo de 2028.–": a place opening a line, then a spaced
# dash or one right after a period (the agency or region, and the date, if any, after commas)
_DASH_TEMPLATE = (
    r"^\W{{0,3}}(?P<place>{place})"
    r"(?:,\s*(?P<extra>\p{{Lu}}[\p{{L}}.]*(?:\s\p{{Lu}}[\p{{L}}.]*){{0,2}}))?(?:,\s*[\p{{Lu}}\d][^,\n—–]{{0,20}}?){{0,2}}"
    r"(?:\s+[-–—]\s|(?<=\.)[-–—]\s)"
)
# "April 24 (Reuters) -", "24 abr (EFE).-": a wire dateline with its date and no place
_DATE_DATELINE = regex.compile(
    r"^\W{0,3}(?P<extra>\p{Lu}\p{L}{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+\p{L}{3,10}\.?(?:\s+\d{4})?)\s*"
    r"\((?P<agency>[^()\n]{1,25})\)\s*\.?\s*[-–—]",
    regex.M,
)
# a place's words: capitalized, up to four, joined by a blank or hyphen, or by the language's name
# connectors ('Santiago de Chile', 'Rio de Janeiro')
_PLACE_TEMPLATE = r"\p{{Lu}}[\p{{L}}'’.{hyphen}]*(?:(?:[ -]|\s(?:{connectors})\s)\p{{Lu}}[\p{{L}}'’.{hyphen}]*){{0,3}}"


@functools.cache
def _dateline_patterns(code: str) -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    """The wire and dash dateline forms (templates above), with the place's connectors of the language ``code``."""
    connectors = _alternation(tuple(w for w in load_lexicon(code).name_connectors if w.islower()))
    wire = _PLACE_TEMPLATE.format(connectors=connectors, hyphen="-")
    dashed = _PLACE_TEMPLATE.format(connectors=connectors, hyphen="")
    return (regex.compile(_WIRE_TEMPLATE.format(place=wire), regex.M),
            regex.compile(_DASH_TEMPLATE.format(place=dashed), regex.M))


@attrs.frozen(kw_only=True)
class Dateline:
    """The opening 'PLACE (AGENCY) -' of a wire story."""

    place: str
    agency: str
    start: int
    end: int


def find_dateline(document: Document) -> Dateline | None:
    """The wire dateline within the first lines of the body, if any."""
    head = document.text[:400]
    wire, dash = _dateline_patterns(document.language)
    dashed = next((m for m in dash.finditer(head) if _opens_prose(document.text, m.start("place"))), None)
    found = [m for m in (wire.search(head), dashed, _DATE_DATELINE.search(head)) if m and m.start() <= 250]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    agency = m.groupdict().get("agency") or m.groupdict().get("slashed") or m.group("extra") or ""
    place = m.groupdict().get("place") or ""
    return Dateline(place=place.strip().rstrip("."), agency=agency.strip(), start=m.start(), end=m.end())


def _opens_prose(text: str, start: int) -> bool:
    """The line ends a sentence: a paragraph of prose, not a headline ('Putin - Aliyev talks in Baku')."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].rstrip().endswith((".", "!", "?", '"', "”", "»"))


def parse_date(value: str) -> dt.date | None:
    """A full calendar date written in metadata; None when it names no single day."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser  # only for unusual metadata formats: slow to import, never in a hot path

    parsed = dateparser.parse(value, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                                               "RELATIVE_BASE": dt.datetime(2000, 1, 1)})
    return parsed.date() if parsed else None


DATE_LINE_WORDS = 3  # words besides its dates that a date line may hold ('date', 'Published:', 'MSK')
HEAD_LINES = 4  # short lines above the first paragraph (headline, masthead, byline, date) a date line may be
HEAD_LINE_LENGTH = 120  # characters: a longer line is prose; a shorter one that holds a date is a date line


def dateline_anchor(document: Document, dateline: Dateline | None = None) -> Anchor | None:
    """A full date in the wire dateline, or in a line above the first paragraph that is a date line
    rather than a headline ('Sable sets Sept. 14, 2028 launch' dates the launch, not the article;
    'Miércoles 8 de marzo de 2028' under a masthead dates the article).  ``dateline``: the document's
    ``find_dateline``, when the caller has it already."""
    text = document.text
    head_end = _head_end(text)
    if dateline is None:
        dateline = find_dateline(document)
    if dateline is not None:
        head_end = max(head_end, dateline.end)
    head = text[:head_end]
    expressions = recognize(head, document.language)
    partial = None
    for expr in expressions:
        reading = expr.reading
        in_dateline = dateline is not None and dateline.start <= expr.start and expr.end <= dateline.end
        if isinstance(reading, Calendar) and reading.year and reading.month and reading.day and (
                in_dateline or _date_line(head, expr.start, expressions)):
            try:
                day = dt.date(reading.year, reading.month, reading.day).toordinal()
            except ValueError:
                continue
            return Anchor(document=document.id, day=day, source=AnchorSource.DATELINE, start=expr.start, end=expr.end,
                          words=expr.text)
        if partial is None and in_dateline and isinstance(reading, Calendar) and reading.month and reading.day \
                and reading.year is None:
            # 'PARIS, Oct 8 (Reuters) -': the day and month of every year; not the headline's 'sets
            # Sept. 14 launch' above it
            partial = Anchor(document=document.id, day=None, month=reading.month, day_of_month=reading.day,
                             source=AnchorSource.DATELINE, start=expr.start, end=expr.end, words=expr.text)
    return partial


def _head_end(text: str) -> int:
    """Where the short lines that open a text end: its first line, and up to ``HEAD_LINES`` in all
    while none is as long as prose."""
    end, lines, at = 0, 0, 0
    while lines < HEAD_LINES and at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop].strip()
        if line:
            if len(line) > HEAD_LINE_LENGTH:
                break
            lines += 1
            end = stop
        at = stop + 1
    return end or min(len(text), 200)


def _date_line(head: str, at: int, expressions: list[TimeExpression]) -> bool:
    """The line holding ``at`` says little but its dates: ' date 2024-10-08 8 Oct. 13:00 (UTC+3 MSK)'."""
    start = head.rfind("\n", 0, at) + 1
    end = head.find("\n", at)
    end = len(head) if end < 0 else end
    rest = "".join(" " if any(e.start <= i < e.end for e in expressions) else head[i] for i in range(start, end))
    return len(regex.findall(r"\p{L}+", rest)) <= DATE_LINE_WORDS


LEDE_WEEKDAY_LAG = 1  # wire copy tells the news of its day first, or the day before's


def latest_year(anchor: Anchor, days: DaySet, expressions: Sequence[TimeExpression]) -> int | None:
    """The day to read a yearless dateline on ('ANTWERP, March 7 (Reuters)') when the articles leave
    it on that day of several years: the latest of them, as a reader takes a date with no year, among
    those on which the weekday the story names first ('broke in early on Tuesday', 'recorrió este
    jueves') falls that day or the day before, if any does.  None when ``days`` (what the network left
    the publication) is no such choice."""
    if anchor.day is not None or anchor.end is None:
        return None
    candidates = []
    for d in days:
        if calendar.ymd(d)[1:] != (anchor.month, anchor.day_of_month):
            return None  # the dateline lost to other words: no choice of its year to make
        candidates.append(d)
    if len(candidates) < 2:
        return None
    told = _first_weekday(anchor.end, expressions)
    if told is not None:
        candidates = [d for d in candidates if (calendar.weekday(d) - told) % 7 <= LEDE_WEEKDAY_LAG] or candidates
    return max(candidates)


def _first_weekday(start: int, expressions: Sequence[TimeExpression]) -> int | None:
    """The weekday of the first day the story names after ``start``, when it names it by its weekday
    alone ('on Tuesday', 'este martes'); not after 'yesterday', a date, 'next Monday' or 'on a Saturday'."""
    for e in expressions:
        r = e.reading
        if e.start < start or not names_a_day(r):
            continue
        if isinstance(r, Weekday) and r.direction in (None, Direction.NEAREST) and r.week_offset is None \
                and not r.indefinite:
            return r.weekday
        return None
    return None


def find_anchors(documents: tuple[Document, ...], cli: Mapping[str, dt.date] | None = None, *,
                 dated_lines: Mapping[str, Anchor | None] | None = None) -> tuple[list[Anchor], list[Problem]]:
    """The strongest publication evidence of each document: CLI, then metadata, then dateline.
    ``dated_lines``: each document's ``dateline_anchor``, when the caller has found them already."""
    anchors: list[Anchor] = []
    problems: list[Problem] = []
    cli = dict(cli or {})
    known = {d.id for d in documents}
    for doc_id in sorted(set(cli) - known):
        problems.append(Problem(path=doc_id, message="--anchor names a document that is not in the corpus"))
    for document in documents:
        if document.id in cli:
            anchors.append(Anchor(document=document.id, day=cli[document.id].toordinal(), source=AnchorSource.CLI,
                                  words=f"--anchor {document.id}={cli[document.id].isoformat()}"))
            continue
        found = None
        for key in METADATA_DATE_KEYS:
            value = document.meta(key)
            if value is None:
                continue
            parsed = parse_date(value)
            if parsed is None:
                problems.append(Problem(path=document.path, message=f"metadata {key}: {value!r} is not a date; ignored"))
                continue
            found = Anchor(document=document.id, day=parsed.toordinal(), source=AnchorSource.METADATA,
                           words=f"{key}: {value}")
            break
        if found is None:
            found = dated_lines[document.id] if dated_lines and document.id in dated_lines else dateline_anchor(document)
        if found is not None:
            anchors.append(found)
    return anchors, problems
