"""Convert two public annotated corpora into TimeML (.tml) folders for scoring chrono (a development tool).

    python scripts/eval_convert.py meantime OUTDIR [--src DIR]
    python scripts/eval_convert.py xtn OUTDIR [--split test|train|meantime] [--src DIR]
    python /work/shared/tools/te3_score.py OUTDIR --lang en|es

meantime: MEANTIME English (NewsReader CAT XML, `intra-doc_annotation/`, 120 Wikinews articles).
    Only the title, the dateline and the first four sentences (sentence numbers 0-5) are annotated
    (every markable of the corpus lies there), so only they are written; --full-text keeps the rest,
    whose time expressions then all count as spurious. The text is rebuilt from the <token> elements
    (one line per sentence), the DCT is the TIMEX3 with
    functionInDocument=CREATION_TIME (for the two documents that have none: the full date on the
    dateline, sentence 1), and every TIMEX3 with token anchors becomes an inline
    <TIMEX3 tid type value> tag over the characters of its tokens. TIMEX3s without token anchors
    (interval end points) are skipped, and so is an anchored TIMEX3 that overlaps an earlier one.
xtn: Spanish TimeBank / TempEval-3 Spanish test / MEANTIME-es in the BIO TSV of the XTN repository
    (token<TAB>B-TYPE|I-TYPE|O<TAB>value). A document starts at a `*!-DCTVALUE="..."-!*` line, which
    gives its DCT; blank lines separate sentences. An I- tag that follows O, another type, another
    value or a sentence break starts a new timex.

Neither corpus records the original spacing, so tokens are joined with single spaces except before
closing punctuation and clitics (, . ; : ) ] % 's n't ...) and after opening brackets, currency signs
and opening quotes; PTB quotes `` and '' are written as ". Known data errors fixed (print to stderr,
--no-fixes keeps them): a DD-MM-YYYY DCT value is rewritten as YYYY-MM-DD.

The output is for scoring only. The corpora are research-only or LDC-derived (Spanish TimeBank):
never copy them, or this output, into the repository; OUTDIR must lie outside it (e.g. /tmp/meantime-tml).
Standard library only.
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL_DATA = pathlib.Path("/work/shared/eval-data")
SOURCES = {"meantime": EVAL_DATA / "meantime-en" / "intra-doc_annotation", "xtn": EVAL_DATA / "spanish-xtn"}
XTN_FILES = {"test": "timebank-es/test.tsv", "train": "timebank-es/train.tsv", "meantime": "meantime-es/test.tsv"}

# ---------------------------------------------------------------- detokenisation

NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "%", "?", "!", "...", "''", "”", "»"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "“", "«", "¿", "¡", "$", "US$", "CA$", "AU$", "NZ$", "HK$", "£", "€", "#"}
CLITICS = {"'s", "'re", "'ve", "n't", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"}
CLITIC_TAILS = {"s", "re", "ve", "ll", "d", "m", "t"}
RENDER = {"``": '"', "''": '"'}


def join_sentence(tokens: list[str], ambiguous_backticks: bool) -> tuple[str, list[tuple[int, int]]]:
    """Join one sentence's tokens; returns the line and each token's (start, end) in it."""
    out = ""
    spans: list[tuple[int, int]] = []
    dq_open = sq_open = False
    glue_next = False  # the previous token forbids a space after it
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        prev = tokens[i - 1] if i else ""
        glue_before = tok in NO_SPACE_BEFORE or tok.lower() in CLITICS
        glue_after = tok in NO_SPACE_AFTER
        if tok == '"' or (tok == "``" and ambiguous_backticks):
            if dq_open:
                glue_before, glue_after = True, False
            else:
                glue_before, glue_after = False, True
            dq_open = not dq_open
        elif tok == "``":
            dq_open = True
        elif tok in ("''", "”"):
            dq_open = False
        elif tok in ("'", "’"):
            if nxt in CLITIC_TAILS:            # Wayne ’ s -> Wayne’s
                glue_before = glue_after = True
            elif sq_open:                       # closing ` ... '
                glue_before, sq_open = True, False
            elif prev[-1:] in ("s", "S"):       # plural possessive: Airbus '
                glue_before = True
            else:                               # opening quote
                glue_after, sq_open = True, True
        elif tok in ("`", "‘"):
            glue_after, sq_open = True, True
        elif tok[-1:] in ("'", "’") and len(tok) > 1 and nxt in CLITIC_TAILS:
            glue_after = True                  # I' ll -> I'll
        text = RENDER.get(tok, tok)
        if out and not glue_before and not glue_next:
            out += " "
        spans.append((len(out), len(out) + len(text)))
        out += text
        glue_next = glue_after
    return out, spans


def join_document(sentences: list[list[str]], ambiguous_backticks: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """Sentences joined by newlines; spans indexed by the token's position in the document."""
    lines, spans, offset = [], [], 0
    for toks in sentences:
        line, sp = join_sentence(toks, ambiguous_backticks)
        spans += [(s + offset, e + offset) for s, e in sp]
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines) + "\n", spans


# ---------------------------------------------------------------- TimeML output

def fix_value(value: str, fixes: bool, where: str) -> str:
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value or "")
    if fixes and m:
        new = f"{m[3]}-{m[2]}-{m[1]}"
        print(f"fix {where}: value {value} -> {new}", file=sys.stderr)
        return new
    return value


def write_tml(path: pathlib.Path, doc_id: str, dct: str, text: str, timexes: list[dict]) -> None:
    """timexes: dicts with start, end, tid, type, value (sorted, non-overlapping)."""
    body, pos = [], 0
    for t in timexes:
        body.append(escape(text[pos:t["start"]]))
        attrs = f'tid={quoteattr(t["tid"])} type={quoteattr(t["type"] or "")} value={quoteattr(t["value"] or "")}'
        body.append(f"<TIMEX3 {attrs}>{escape(text[t['start']:t['end']])}</TIMEX3>")
        pos = t["end"]
    body.append(escape(text[pos:]))
    dct_tag = (f'<TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
               f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3>') if dct else ""
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
                    f"<DOCID>{escape(doc_id)}</DOCID>\n<DCT>{dct_tag}</DCT>\n"
                    f"<TEXT>{''.join(body)}</TEXT>\n</TimeML>\n", encoding="utf-8")


def check_tml(path: pathlib.Path, text: str, timexes: list[dict]) -> None:
    """Re-read the file: the text without tags and every tagged span must be as written."""
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    got = "".join(text_el.itertext())
    assert got == text, f"{path}: text differs after re-reading"
    tags = text_el.findall("TIMEX3")
    assert len(tags) == len(timexes), f"{path}: {len(tags)} tags, {len(timexes)} timexes"
    for el, t in zip(tags, timexes):
        assert "".join(el.itertext()) == text[t["start"]:t["end"]], f"{path}: span {t['tid']} differs"


def drop_overlaps(timexes: list[dict], doc: str) -> list[dict]:
    kept: list[dict] = []
    for t in sorted(timexes, key=lambda t: (t["start"], -t["end"])):
        if kept and t["start"] < kept[-1]["end"]:
            print(f"skip {doc} {t['tid']}: overlaps {kept[-1]['tid']}", file=sys.stderr)
            continue
        kept.append(t)
    return kept


# ---------------------------------------------------------------- MEANTIME (CAT XML)

ANNOTATED_SENTENCES = 6  # MEANTIME annotates sentences 0..5 only: title, dateline, four sentences


def convert_meantime(src: pathlib.Path, out: pathlib.Path, fixes: bool, full_text: bool = False) -> dict:
    stats = {"documents": 0, "timexes": 0, "skipped_no_tokens": 0, "dct_fallback": 0}
    for f in sorted(src.rglob("*.xml")):
        root = ET.parse(f).getroot()
        toks = [t for t in root.findall("token") if full_text or int(t.get("sentence")) < ANNOTATED_SENTENCES]
        sent_of: dict[str, int] = {}
        sentences: dict[int, list[str]] = {}
        for tok in toks:
            s = int(tok.get("sentence"))
            sentences.setdefault(s, []).append(tok.text or "")
            sent_of[tok.get("t_id")] = s
        order = sorted(sentences)
        by_sentence = sorted(toks, key=lambda t: int(t.get("sentence")))  # stable: keeps token order
        index = {tok.get("t_id"): n for n, tok in enumerate(by_sentence)}
        text, spans = join_document([sentences[s] for s in order])
        doc = f.stem
        markables = root.find("Markables")
        timex_els = markables.findall("TIMEX3") if markables is not None else []
        dct_el = next((t for t in timex_els if t.get("functionInDocument") == "CREATION_TIME"), None)
        if dct_el is None:  # dateline: a full date in sentence 1
            for t in timex_els:
                ids = [a.get("t_id") for a in t.findall("token_anchor")]
                if ids and all(sent_of.get(i) == 1 for i in ids) and re.fullmatch(r"\d{4}-\d\d-\d\d", t.get("value") or ""):
                    dct_el = t
                    stats["dct_fallback"] += 1
                    print(f"dct {doc}: none marked, using dateline m_id={t.get('m_id')} {t.get('value')}", file=sys.stderr)
                    break
        dct = fix_value(dct_el.get("value"), fixes, f"{doc} DCT") if dct_el is not None else ""
        if not dct:
            print(f"dct {doc}: none found", file=sys.stderr)
        timexes = []
        for t in timex_els:
            ids = [a.get("t_id") for a in t.findall("token_anchor")]
            if not ids:
                stats["skipped_no_tokens"] += 1
                continue
            if any(i not in index for i in ids):
                raise ValueError(f"{doc} m_id={t.get('m_id')}: anchored outside the written sentences")
            pos = sorted(index[i] for i in ids)
            if pos != list(range(pos[0], pos[-1] + 1)):
                print(f"note {doc} m_id={t.get('m_id')}: non-contiguous anchors, using first..last", file=sys.stderr)
            timexes.append({"start": spans[pos[0]][0], "end": spans[pos[-1]][1], "tid": "t" + t.get("m_id"),
                            "type": t.get("type"), "value": fix_value(t.get("value"), fixes, f"{doc} m_id={t.get('m_id')}")})
        timexes = drop_overlaps(timexes, doc)
        path = out / (re.sub(r"[^\w.-]", "_", doc) + ".tml")
        write_tml(path, doc, dct, text, timexes)
        check_tml(path, text, timexes)
        stats["documents"] += 1
        stats["timexes"] += len(timexes)
    return stats


# ---------------------------------------------------------------- XTN (BIO TSV)

DCT_LINE = re.compile(r'\*!-DCTVALUE="([^"]*)"-!\*')


def read_xtn(path: pathlib.Path) -> list[dict]:
    """Documents as {dct, sentences: [[(token, tag, value)]]}."""
    docs: list[dict] = []
    sent: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent and docs:
                docs[-1]["sentences"].append(sent)
            sent = []
            continue
        tok, tag, value = (line.split("\t") + ["", ""])[:3]
        m = DCT_LINE.fullmatch(tok)
        if m:
            if sent and docs:
                docs[-1]["sentences"].append(sent)
            sent = []
            docs.append({"dct": m[1], "sentences": []})
            continue
        if not docs:
            raise ValueError(f"{path}: token before the first DCT line: {line!r}")
        sent.append((tok, tag, value))
    if sent and docs:
        docs[-1]["sentences"].append(sent)
    return docs


def convert_xtn(src: pathlib.Path, split: str, out: pathlib.Path, fixes: bool) -> dict:
    stats = {"documents": 0, "timexes": 0, "split_at_sentence_break": 0}
    for k, d in enumerate(read_xtn(src / XTN_FILES[split])):
        doc = f"xtn-{split}-{k:03d}"
        text, spans = join_document([[t for t, _, _ in s] for s in d["sentences"]], ambiguous_backticks=True)
        timexes: list[dict] = []
        n = 0
        cur = None  # (type, value) of the open timex
        for s in d["sentences"]:
            cur = None
            for i, (tok, tag, value) in enumerate(s):
                kind, _, typ = tag.partition("-")
                if kind == "I" and cur == (typ, value):
                    timexes[-1]["end"] = spans[n][1]
                elif kind in ("B", "I"):
                    if kind == "I" and i == 0 and timexes and n and timexes[-1]["end"] == spans[n - 1][1]:
                        stats["split_at_sentence_break"] += 1
                        print(f"note {doc}: I- after a sentence break starts a new timex ({tok!r})", file=sys.stderr)
                    timexes.append({"start": spans[n][0], "end": spans[n][1], "tid": f"t{len(timexes) + 1}",
                                    "type": typ, "value": fix_value(value, fixes, doc)})
                    cur = (typ, value)
                else:
                    cur = None
                n += 1
        path = out / f"{doc}.tml"
        write_tml(path, doc, fix_value(d["dct"], fixes, f"{doc} DCT"), text, timexes)
        check_tml(path, text, timexes)
        stats["documents"] += 1
        stats["timexes"] += len(timexes)
    return stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", choices=["meantime", "xtn"])
    ap.add_argument("outdir")
    ap.add_argument("--split", choices=sorted(XTN_FILES), default="test", help="xtn only (default test)")
    ap.add_argument("--src", help="source folder (default: the copy under /work/shared/eval-data)")
    ap.add_argument("--full-text", action="store_true", help="meantime only: keep the unannotated sentences too")
    ap.add_argument("--no-fixes", action="store_true", help="keep known data errors as they are")
    args = ap.parse_args(argv)
    out = pathlib.Path(args.outdir).resolve()
    if out == ROOT or ROOT in out.parents:
        ap.error(f"OUTDIR must be outside the repository ({ROOT}): the corpora may not be copied into it")
    src = pathlib.Path(args.src) if args.src else SOURCES[args.corpus]
    out.mkdir(parents=True, exist_ok=True)
    if any(out.glob("*.tml")):
        ap.error(f"{out} already holds .tml files; use an empty folder")
    if args.corpus == "meantime":
        stats = convert_meantime(src, out, not args.no_fixes, args.full_text)
    else:
        stats = convert_xtn(src, args.split, out, not args.no_fixes)
    print(" ".join(f"{k}={v}" for k, v in stats.items()) + f" -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
