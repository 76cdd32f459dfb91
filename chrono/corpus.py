"""Paths -> Documents and Problems.

Reading never raises for a user's file: a file that cannot be used becomes a Problem naming it,
and the rest of the corpus is still read.  Offsets stay those of the decoded file, header
included, so that spans printed by chrono point into the file as the user sees it.
"""
from __future__ import annotations

import functools
import pathlib
from typing import Iterable, Mapping

import attrs
import regex

from chrono.languages import available_languages
from chrono.model import Document, Problem

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
MAX_BYTES = 50_000_000  # beyond this a file is read only in part, and a problem says so
DETECTION_SAMPLE = 400  # characters: no detection changed from 800 on 763 eval and corpus articles (en, es, fr, id, de), and it halves the cost

_FRONT_MATTER = regex.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", regex.S)
_HEADER_LINE = regex.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,30}):[ \t]*(?P<value>.*?)[ \t]*$")
_HEADER_KEYS = frozenset({"title", "date", "published", "pubdate", "publication_date", "publication date",
                          "dct", "language", "lang", "source", "author", "url", "id", "place", "dateline", "updated"})


@attrs.frozen(kw_only=True)
class Corpus:
    """What reading the paths gave: the documents, in id order, and the problems met."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]


def _decode(raw: bytes) -> tuple[str | None, str | None]:
    """Text and an optional note; (None, reason) when the bytes are not text."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "looks like UTF-16 but does not decode"
    sample = raw[:8192]
    if b"\x00" in sample:
        return None, "binary file (contains NUL bytes), skipped"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        text = raw.decode("cp1252", errors="replace")
        controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > 8:
            return None, "binary file, skipped"
        return text, f"not valid UTF-8 (byte {exc.start}); decoded as Windows-1252"


def parse_header(text: str) -> tuple[tuple[tuple[str, str], ...], int]:
    """Metadata from YAML-style front matter or a block of 'Key: value' lines at the top.

    Returns the pairs (keys lower-cased) and the offset where the article body starts.
    """
    m = _FRONT_MATTER.match(text)
    if m:
        pairs = []
        for line in m.group("body").splitlines():
            hm = _HEADER_LINE.match(line)
            if hm:
                pairs.append((hm.group("key").strip().lower(), hm.group("value").strip().strip("'\"")))
        return tuple(pairs), m.end()
    pairs = []
    offset = 0
    for line in text.splitlines(keepends=True):
        hm = _HEADER_LINE.match(line.rstrip("\r\n"))
        if not hm or hm.group("key").strip().lower() not in _HEADER_KEYS:
            break
        pairs.append((hm.group("key").strip().lower(), hm.group("value")))
        offset += len(line)
    if pairs and (offset >= len(text) or text[offset:offset + 1] in ("\n", "\r")):
        return tuple(pairs), offset
    return (), 0


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(available_languages()))
    return identifier


def detect_language(text: str, default: str = "en") -> str:
    """The most likely of the languages chrono has data for (py3langid, restricted to them)."""
    sample = text[:DETECTION_SAMPLE]
    if len(regex.findall(r"\p{L}+", sample)) < 3:
        return default
    code, _ = _identifier().classify(sample)
    return code


def _candidates(paths: Iterable[str | pathlib.Path], problems: list[Problem]) -> list[pathlib.Path]:
    files: list[pathlib.Path] = []
    for given in paths:
        path = pathlib.Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                problems.append(Problem(path=str(path), message="folder holds no .txt or .md files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problems.append(Problem(path=str(path), message="not a regular file"))
        else:
            problems.append(Problem(path=str(path), message="no such file or folder"))
    return files


def read_document(path: pathlib.Path, *, doc_id: str | None = None, language: str | None = None) -> tuple[Document | None, list[Problem]]:
    """One file as a Document (or None) and the problems found reading it."""
    problems: list[Problem] = []
    where = str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [Problem(path=where, message=f"cannot read: {exc.strerror or exc}")]
    if len(raw) > MAX_BYTES:
        raw = raw[:MAX_BYTES]
        problems.append(Problem(path=where, message=f"larger than {MAX_BYTES // 1_000_000} MB; only the first part was read"))
    text, note = _decode(raw)
    if text is None:
        return None, problems + [Problem(path=where, message=note or "cannot decode")]
    if note:
        problems.append(Problem(path=where, message=note))
    if not text.strip():
        return None, problems + [Problem(path=where, message="empty file, skipped")]
    metadata, _ = parse_header(text)
    meta = dict(metadata)
    lang = language or (meta.get("language") or meta.get("lang") or "").strip().lower()[:2]
    if lang not in available_languages():
        if lang:
            problems.append(Problem(path=where, message=f"language {lang!r} has no data; detected instead"))
        lang = detect_language(text)
    document = Document(id=doc_id or path.stem, path=where, text=text, language=lang, metadata=metadata,
                        problems=tuple(p.message for p in problems))
    return document, problems


def read_corpus(paths: Iterable[str | pathlib.Path], *, languages: Mapping[str, str] | None = None) -> Corpus:
    """Every readable article under ``paths`` (files and folders, recursively), ids unique and sorted."""
    problems: list[Problem] = []
    documents: list[Document] = []
    seen: dict[str, int] = {}
    for path in _candidates(paths, problems):
        stem = path.stem
        seen[stem] = seen.get(stem, 0) + 1
        doc_id = stem if seen[stem] == 1 else f"{stem}~{seen[stem]}"
        if seen[stem] > 1:
            problems.append(Problem(path=str(path), message=f"another file is also named {stem!r}; this one is {doc_id!r}"))
        document, found = read_document(path, doc_id=doc_id, language=(languages or {}).get(stem))
        problems.extend(found)
        if document is not None:
            documents.append(document)
    documents.sort(key=lambda d: d.id)
    return Corpus(documents=tuple(documents), problems=tuple(problems))
