"""``chrono tag``: time expressions of whole documents, TIMEX3-normalized, in several formats."""
from __future__ import annotations

import datetime as dt
import html
import json
import pathlib
import xml.etree.ElementTree as ET
from typing import Any, Iterable

import attrs

from chrono.corpus import detect_language, parse_header, read_document
from chrono.errors import InputError
from chrono.languages import available_languages
from chrono.model import TimeExpression
from chrono.timex.normalize import resolve_all, unanchored
from chrono.timex.recognize import recognize


@attrs.frozen(kw_only=True)
class TaggedDocument:
    id: str
    text: str
    dct: dt.date | None
    language: str
    expressions: tuple[TimeExpression, ...]


def tag(text: str, dct: dt.date | None = None, lang: str | None = None) -> list[TimeExpression]:
    """The time expressions of ``text``; each carries its reading and, with ``dct``, its TIMEX3 value."""
    language = lang if lang in available_languages() else detect_language(text)
    found = recognize(text, language)
    if dct is None:
        return [attrs.evolve(e, timex=unanchored(e.reading, e.tense)) for e in found]
    return resolve_all(found, dct)


def read_timeml(path: pathlib.Path) -> tuple[str, dt.date | None]:
    """The text of <TEXT> (tags removed) and the creation time of a TimeML file."""
    try:
        root = ET.fromstring(path.read_text(encoding="utf-8"))
    except (OSError, ET.ParseError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"not readable TimeML: {exc}") from exc
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME" and t.get("value"):
            try:
                dct = dt.date.fromisoformat(t.get("value")[:10])
            except ValueError:
                pass
            break
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise InputError(str(path), "TimeML file without <TEXT>")
    return "".join(text_el.itertext()), dct


def _documents(files: Iterable[str], input_jsonl: str | None, dct: dt.date | None, lang: str | None):
    if input_jsonl:
        path = pathlib.Path(input_jsonl)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(input_jsonl, f"cannot read: {exc}") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = rec["text"]
                doc_dct = rec.get("dct") or None
                yield (str(rec.get("id", number)), text,
                       dt.date.fromisoformat(doc_dct[:10]) if doc_dct else dct, rec.get("lang") or lang)
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{input_jsonl}:{number}", f"not a document line ({exc})") from exc
    for name in files:
        path = pathlib.Path(name)
        if path.suffix.lower() == ".tml":
            text, file_dct = read_timeml(path)
            yield path.stem, text, dct or file_dct, lang
            continue
        document, problems = read_document(path, language=lang if lang in available_languages() else None)
        if document is None:
            raise InputError(str(path), "; ".join(p.message for p in problems) or "unreadable")
        meta = dict(parse_header(document.text)[0])
        meta_dct = None
        for key in ("date", "published", "dct", "pubdate"):
            if key in meta:
                try:
                    meta_dct = dt.date.fromisoformat(meta[key][:10])
                    break
                except ValueError:
                    pass
        yield document.id, document.text, dct or meta_dct, document.language


def tag_documents(files: Iterable[str], input_jsonl: str | None, dct: dt.date | None, lang: str | None) -> list[TaggedDocument]:
    out = []
    for doc_id, text, doc_dct, doc_lang in _documents(files, input_jsonl, dct, lang):
        language = doc_lang if doc_lang in available_languages() else detect_language(text)
        out.append(TaggedDocument(id=doc_id, text=text, dct=doc_dct, language=language,
                                  expressions=tuple(tag(text, doc_dct, language))))
    return out


def _timex_record(e: TimeExpression) -> dict[str, Any]:
    rec: dict[str, Any] = {"start": e.start, "end": e.end, "text": e.text, "type": e.timex.type, "value": e.timex.value}
    if e.timex.mod:
        rec["mod"] = e.timex.mod
    return rec


def to_timeml(doc: TaggedDocument) -> str:
    parts, pos = [], 0
    for i, e in enumerate(doc.expressions, 1):
        parts.append(html.escape(doc.text[pos:e.start], quote=False))
        mod = f' mod="{e.timex.mod}"' if e.timex.mod else ""
        parts.append(f'<TIMEX3 tid="t{i}" type="{e.timex.type}" value="{html.escape(e.timex.value)}"{mod}>'
                     f"{html.escape(e.text, quote=False)}</TIMEX3>")
        pos = e.end
    parts.append(html.escape(doc.text[pos:], quote=False))
    dct = (f'<DCT><TIMEX3 tid="t0" type="DATE" value="{doc.dct.isoformat()}" temporalFunction="false" '
           f'functionInDocument="CREATION_TIME">{doc.dct.isoformat()}</TIMEX3></DCT>\n') if doc.dct else ""
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{html.escape(doc.id)}</DOCID>\n{dct}'
            f"<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n")


def run_tag(*, files: Iterable[str], input_jsonl: str | None, dct: dt.date | None, lang: str | None, fmt: str) -> str:
    files = list(files)
    if not files and not input_jsonl:
        raise InputError("chrono tag", "give FILE arguments or --input-jsonl")
    docs = tag_documents(files, input_jsonl, dct, lang)
    if fmt == "jsonl":
        return "".join(json.dumps({"id": d.id, "timexes": [_timex_record(e) for e in d.expressions]},
                                  ensure_ascii=False) + "\n" for d in docs)
    if fmt == "json":
        return json.dumps([{"id": d.id, "dct": d.dct.isoformat() if d.dct else None, "language": d.language,
                            "timexes": [_timex_record(e) for e in d.expressions]} for d in docs],
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "timeml":
        return "".join(to_timeml(d) for d in docs)
    from rich.table import Table
    from rich.text import Text

    from chrono.cli import render_rich

    table = Table(title="Time expressions", title_justify="left")
    for col in ("document", "span", "text", "type", "value", "mod", "rule"):
        table.add_column(col, overflow="fold")
    for d in docs:
        for e in d.expressions:
            table.add_row(*(Text(c) for c in (d.id, f"{e.start}-{e.end}", e.text, e.timex.type, e.timex.value,
                                              e.timex.mod or "", e.rule)))
    return render_rich(table)
