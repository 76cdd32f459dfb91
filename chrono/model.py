"""The frozen values that cross stages (DESIGN.md section 1).

Every stage is a plain function from these values to these values; none is mutated after it
is built.  Character offsets are Python ``str`` indices into ``Document.text``.
"""
from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

import attrs

from chrono.readings import Reading, Tense

if TYPE_CHECKING:  # pragma: no cover
    import rich.console


class AnchorSource(enum.Enum):
    """Where a publication date came from, strongest first."""

    CLI = "cli"
    METADATA = "metadata"
    DATELINE = "dateline"
    INFERRED = "inferred"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Problem:
    """Something wrong with one input file; reported, never fatal to the rest of the corpus."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@attrs.frozen(kw_only=True)
class Document:
    """One article: ``text`` is the body after any metadata header was removed."""

    id: str
    path: str
    text: str
    language: str
    metadata: tuple[tuple[str, str], ...] = ()
    problems: tuple[str, ...] = ()

    def meta(self, key: str) -> str | None:
        for k, v in self.metadata:
            if k == key:
                return v
        return None


@attrs.frozen(kw_only=True)
class Timex:
    """A TIMEX3 normalization: type, value and optional mod."""

    type: str
    value: str
    mod: str | None = None


@attrs.frozen(kw_only=True)
class TimeExpression:
    """A time expression found in text, with what it means (reading) and the rule that read it."""

    start: int
    end: int
    text: str
    reading: Reading
    rule: str
    tense: Tense = Tense.PRESENT
    relation: str | None = None  # 'until', 'since', 'before', 'after' from a governing preposition
    link: str | None = None      # 'after'/'before' right after it: 'a month after the summit'
    tense_adjacent: bool = False  # the tense comes from a verb right beside it ('met on 12 October')
    # the year of a numbered statute's name ('Undang-Undang Nomor 4 Tahun 2028', 'Law No. 18 of 2009'):
    # when the statute was made, not when the verbs of its sentence happened
    cited: bool = False
    timex: Timex | None = None   # resolution against a DCT, when one was given


@attrs.frozen(kw_only=True)
class Anchor:
    """Evidence for a document's publication day."""

    document: str
    day: int | None  # None: a dateline gave the day and month but no year (see month, day_of_month)
    source: AnchorSource
    start: int | None = None
    end: int | None = None
    words: str = ""
    month: int | None = None
    day_of_month: int | None = None


@attrs.frozen(kw_only=True)
class EventMention:
    """One report of an event: its trigger word, the clause around it and what governs its time."""

    id: str
    document: str
    start: int
    end: int
    trigger_start: int
    trigger_end: int
    trigger: str
    kind: str
    participants: tuple[str, ...] = ()
    people: tuple[str, ...] = ()  # the participants that are persons (a title or a personal name)
    roles: tuple[str, ...] = ()  # the titles of the people, named or not ('Presiden', 'Minister')
    location: str | None = None
    timexes: tuple[TimeExpression, ...] = ()
    inherited: bool = False  # the time expression belongs to another trigger of the sentence
    tense: Tense = Tense.PRESENT
    present_now: bool = False  # 'is taking place', 'has begun': happening at publication
    ordinal: int | None = None  # 'a second round of talks', 'putaran kedua': which one of a series
    previous: bool = False  # 'the previous election', 'pemilihan sebelumnya': an earlier one than the story's
    again: bool = False  # 'met again', 'another meeting': a later one than any the article told of before
    # 'charged on April 6 with theft': the trigger start, in this sentence, of the charge or hearing this
    # mention is the earlier event of (it happened on or before that one's day)
    precedes: int | None = None
    counted_from: bool = False  # 'a day after Olazábal swore in a cabinet': another time of the article counts from it
    title: str | None = None  # the event's own name: 'Maria' in 'Hurricane Maria', 'el huracán María'
    headline: bool = False  # in the headline, where the present tense tells of the past ('Lewotana erupts')
    sentence: str = ""
    # 'the talks began on Monday' / 'wrapped up on Tuesday': the time dates the event's first or
    # last day (None: a day of it, its first when nothing says the event lasted longer)
    phase: str | None = None
    days_long: int | None = None  # 'the two-day talks', 'una visita de tres días': its stated length
    magnitude: float | None = None  # 'una réplica de magnitud 5,6': a quake's size, which tells two tremors apart
    # 'raised to Level III (Siaga)', 'declared a state of emergency': the alert levels it set, which tell
    # two alerts apart ('level-3', 'emergency')
    alert_levels: frozenset[str] = frozenset()
    # 'voted 33-5', 'passed 88-10', 'por 20 votos contra 18': a vote's count, which tells two votes of
    # one body apart (the smaller number first)
    tally: tuple[int, int] | None = None
    # '$40.5 billion', 'Rp 4,3 triliun': the sums told beside it, as (currency token, value); two
    # articles' reports that tell one sum are evidence they tell one event, as a shared name is
    amounts: frozenset[tuple[str, float]] = frozenset()
    # the clause of the sentence that holds the trigger ('..., a day after the alert was lowered'
    # is another clause): what the mention quotes; None for the whole sentence
    clause: tuple[int, int] | None = None
    # the lemmas of what it says was done: its trigger's words, or for a mention of no known kind the
    # verbs of its clause ('installed'): what two reports the lexicon cannot name have in common
    actions: tuple[str, ...] = ()
    # the dated saying of its sentence that tells it, as the id of that report's mention ('Luma said
    # Friday it had restored power'): a past told by a speaker is past on the day of the saying
    reported_at: str | None = None
    # 'the hearing, originally set for May 2': the day a plan not kept named, told as an event of its own
    # (the plan), apart from the event on the day it was moved to
    given_up: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """Where the mention is: its clause, else its sentence."""
        return self.clause or (self.start, self.end)

    @property
    def text(self) -> str:
        a, b = self.span
        return self.sentence[a - self.start:b - self.start]


@attrs.frozen(kw_only=True)
class Event:
    """One real-world event: every mention of it, from any article and language."""

    id: str
    kind: str
    mentions: tuple[EventMention, ...]
    participants: tuple[str, ...] = ()
    location: str | None = None
    summary: str = ""

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({m.document for m in self.mentions}))


@attrs.frozen(kw_only=True)
class When:
    """An event's dates as the network left them; None bounds are open."""

    earliest: int | None
    latest: int | None
    value: str
    granularity: str
    days: int | None = None  # how many days remain possible (None: unbounded)

    @property
    def closed(self) -> bool:
        """Bounded on both sides."""
        return self.earliest is not None and self.latest is not None


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """An event placed on the timeline, with its confidence and the chain that explains it."""

    event: Event
    when: When
    confidence: float
    explanation: tuple[str, ...] = ()
    dated: bool = True
    weakest: float | None = None  # the weakest weight of the chain that fixed the range
    sources: int = 1              # independent articles that date the event themselves


@attrs.frozen(kw_only=True)
class DocumentDate:
    """A document's publication range with the source of its evidence."""

    document: str
    path: str
    language: str
    earliest: int | None
    latest: int | None
    source: AnchorSource
    confidence: float = 1.0
    errors: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Relation:
    """A proven order between two events: ``before`` ends before ``after`` starts on every solution."""

    before: str
    after: str
    reason: str = ""


@attrs.frozen(kw_only=True)
class ConflictReport:
    """A reading the network rejected, with the stronger readings it collided with."""

    rejected: str
    collided_with: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Timeline:
    """The single result value: every renderer reads only this."""

    now: int
    documents: tuple[DocumentDate, ...]
    entries: tuple[TimelineEntry, ...]
    relations: tuple[Relation, ...] = ()
    conflicts: tuple[ConflictReport, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def events(self) -> tuple[TimelineEntry, ...]:
        return self.entries

    def to_json(self) -> dict[str, Any]:
        from chrono.render.json import timeline_to_json

        return timeline_to_json(self)

    def __rich__(self) -> "rich.console.RenderableType":
        from chrono.render.table import timeline_renderable

        return timeline_renderable(self)
