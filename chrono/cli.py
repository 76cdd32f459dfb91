"""Command line: ``chrono build``, ``chrono tag``, ``chrono explain``.

The clock is read here, once (``--now`` overrides it).  A user's mistake prints one line naming
the problem and exits with status 2; a traceback means a bug in chrono.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import sys
import tempfile
from typing import Sequence

from chrono.errors import ChronoError, InputError


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _anchor(value: str) -> tuple[str, dt.date]:
    doc, sep, date = value.rpartition("=")
    if not sep or not doc:
        raise argparse.ArgumentTypeError(f"{value!r} is not DOC=YYYY-MM-DD")
    return doc, _date(date)


def write_output(text: str, out: str | None) -> None:
    """To stdout, or atomically to a file: a reader never sees half a file."""
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = pathlib.Path(out)
    directory = target.parent if str(target.parent) else pathlib.Path(".")
    if not directory.is_dir():
        raise InputError(out, "the folder for --out does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        pathlib.Path(tmp).unlink(missing_ok=True)
        raise


def render_rich(renderable, width: int | None = None) -> str:
    """A rich renderable as text; a fixed width off a terminal keeps output byte-identical."""
    from rich.console import Console

    tty = sys.stdout.isatty()
    console = Console(record=True, width=width or (None if tty else 160), force_terminal=False,
                      color_system=None if not tty else "auto", file=open(os.devnull, "w"))
    console.print(renderable)
    return console.export_text(styles=tty)


def _timeline(args: argparse.Namespace):
    """Build, report each unreadable input on stderr (one line each), refuse an empty corpus."""
    from chrono.pipeline import build_timeline

    timeline = build_timeline(args.paths, now=args.now, anchors=dict(args.anchor or []))
    for problem in timeline.problems:
        print(f"chrono: warning: {problem}", file=sys.stderr)
    if not timeline.documents:
        raise InputError(" ".join(map(str, args.paths)), "no readable article (.txt or .md) found")
    return timeline


def _build(args: argparse.Namespace) -> int:
    from chrono.render.json import dumps

    timeline = _timeline(args)
    if args.format == "json":
        text = dumps(timeline)
    else:
        text = render_rich(timeline)
    write_output(text, args.out)
    return 0


def _explain(args: argparse.Namespace) -> int:
    from rich.text import Text
    from rich.tree import Tree

    from chrono.render.table import format_when

    timeline = _timeline(args)
    entry = next((e for e in timeline.entries if e.event.id == args.event), None)
    if entry is None:
        known = ", ".join(e.event.id for e in timeline.entries[:20])
        raise InputError(args.event, f"no such event; the timeline has {known}")
    tree = Tree(Text(f"{entry.event.id}: {entry.event.summary} — {format_when(entry.when)} "
                     f"({entry.when.granularity}, confidence {entry.confidence:.2f})"))
    mentions = tree.add("mentions")
    for m in entry.event.mentions:
        mentions.add(Text(f"{m.document} [{m.trigger_start}:{m.trigger_end}] “{m.trigger}”: "
                          f"{' '.join(m.sentence.split())[:140]}"))
    chain = tree.add("constraints that fixed the bounds (from the anchors)")
    for line in entry.explanation or ("none: nothing in the articles bounds this event",):
        chain.add(Text(line))
    write_output(render_rich(tree), args.out)
    return 0


def _tag(args: argparse.Namespace) -> int:
    from chrono.tagging import run_tag

    write_output(run_tag(files=args.files, input_jsonl=args.input_jsonl, dct=args.dct, lang=args.lang,
                         fmt=args.format), args.out)
    return 0


def parser() -> argparse.ArgumentParser:
    from chrono import __version__

    ap = argparse.ArgumentParser(prog="chrono", description="Timelines from news articles: what happened when, "
                                 "in what order, how sure, and why.")
    ap.add_argument("--version", action="version", version=f"chrono {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--now", type=_date, default=None,
                       help="latest possible publication date, YYYY-MM-DD (default: today)")
        p.add_argument("--anchor", type=_anchor, action="append", metavar="DOC=YYYY-MM-DD",
                       help="a document's known publication date (repeatable; DOC is the file name without extension)")
        p.add_argument("--out", help="write to this file (atomically) instead of standard output")

    b = sub.add_parser("build", help="build the timeline of the articles under PATH")
    b.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt, .md), read recursively")
    b.add_argument("--format", choices=("table", "json"), default="table")
    common(b)
    b.set_defaults(run=_build)

    e = sub.add_parser("explain", help="why an event of the timeline has its date")
    e.add_argument("event", metavar="EVENT_ID")
    e.add_argument("paths", nargs="*", metavar="PATH", default=["corpus"])
    common(e)
    e.set_defaults(run=_explain)

    t = sub.add_parser("tag", help="the time expressions of each file, TIMEX3-normalized")
    t.add_argument("files", nargs="*", metavar="FILE")
    t.add_argument("--dct", type=_date, help="document creation time used to resolve relative expressions")
    t.add_argument("--lang", help="language code (default: detected)")
    t.add_argument("--input-jsonl", help='one document per line: {"id", "text", "dct", "lang"?}')
    t.add_argument("--format", choices=("table", "json", "jsonl", "timeml"), default="table")
    t.add_argument("--out", help="write to this file (atomically) instead of standard output")
    t.set_defaults(run=_tag)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "now", "absent") is None:
        args.now = dt.date.today()
    try:
        return args.run(args)
    except ChronoError as exc:
        print(f"chrono: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("chrono: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
