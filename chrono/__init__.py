"""chrono: timelines from news articles — what happened when, in what order, how sure, and why.

The public API; every stage is importable on its own from its module.
"""
from chrono.dayset import DaySet
from chrono.errors import ChronoError, InputError, LanguageDataError
from chrono.model import (
    Anchor, AnchorSource, Document, DocumentDate, Event, EventMention, Problem, Relation, TimeExpression, Timeline,
    TimelineEntry, Timex, When,
)
from chrono.pipeline import build_timeline
from chrono.reason import Because, Constraint, Network, Solution
from chrono.tagging import tag

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "AnchorSource",
    "Because",
    "ChronoError",
    "Constraint",
    "DaySet",
    "Document",
    "DocumentDate",
    "Event",
    "EventMention",
    "InputError",
    "LanguageDataError",
    "Network",
    "Problem",
    "Relation",
    "Solution",
    "TimeExpression",
    "Timeline",
    "TimelineEntry",
    "Timex",
    "When",
    "build_timeline",
    "tag",
]
