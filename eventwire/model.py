"""The data model, in one place.

A :class:`Document` owns its text (after encoding repair; it never changes again) and
every annotation points into that text with ``[start, end)`` character offsets. Stages of
the pipeline read and add annotations; :mod:`eventwire.records` turns a finished document
into the contract's JSON records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from eventwire.spans import SpanIndex
from eventwire.typed import TypedRecord, internal

ActorType = Literal["person", "organization", "country", "group"]
Modality = Literal["asserted", "negated", "future", "hypothetical", "uncertain"]
Precision = Literal["day", "month", "year", "range"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Types whose sides have no direction: who agreed with, met or worked with whom.
POOLED_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True)
class Actor(TypedRecord):
    """A side of an event or the speaker of a statement: the contract's actor shape, in the
    pipeline and in the typed records alike (``entity`` stays in the pipeline)."""

    name: str
    canonical: str | None = None
    country: str | None = None
    sector: str | None = None
    type: ActorType | None = None
    entity: str | None = internal()  # language-neutral id, e.g. "person:vladimir-putin"

    def to_json(self) -> dict[str, Any]:
        """The JSON :meth:`TypedRecord.to_json` writes, spelt out: a record writes one per
        side of every event (``tests/test_records_typed.py`` checks they agree)."""
        return {
            "name": self.name,
            "canonical": self.canonical,
            "country": self.country,
            "sector": self.sector,
            "type": self.type,
        }

    as_record = to_json


@dataclass(frozen=True)
class Place(TypedRecord):
    """A located place: the contract's place shape, in the pipeline and in the typed records
    alike."""

    name: str
    canonical: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON :meth:`TypedRecord.to_json` writes, spelt out (as for :class:`Actor`)."""
        return {
            "name": self.name,
            "canonical": self.canonical,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
        }

    as_record = to_json


@dataclass
class Mention:
    """A stretch of text naming or describing something the later stages care about.

    ``label`` says what it is: ``ACTOR`` (a side: country, person, institution, group),
    ``PLACE`` (a located place), ``SOURCE`` (an outlet, agency or channel that carries news).
    ``resolved_from`` is set when the mention was resolved through context (a pronoun or
    a description such as "the Ukrainian leader") and names the mention it was resolved to.
    """

    start: int
    end: int
    label: Literal["ACTOR", "PLACE", "SOURCE"]
    text: str
    actor: Actor | None = None
    place: Place | None = None
    source: str | None = None  # canonical outlet/channel name for SOURCE mentions
    kind: str = "name"  # name | demonym | capital | description | pronoun | group
    resolved_from: int | None = None  # index of an earlier mention in doc.mentions
    members: list[Actor] = field(default_factory=list)  # for groups: "the two leaders"


@dataclass
class DateMention:
    """A date expression resolved against the reference date."""

    start: int
    end: int
    text: str
    value: str | None  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    precision: Precision | None = None
    until: str | None = None  # last day of a period phrase ("last week": value is its Monday)
    dateline: bool = False  # the date that files the text ("KYIV, May 4 (Wire) -")
    # the shape that read it ("dmy", "ahead", "anaphoric", "interval", ...: the names of
    # eventwire.text.dates.phrases' patterns), so later steps need not read it again
    kind: str | None = None


@dataclass
class Quantity:
    """A number with a normalised unit; ``low``/``high`` keep bounds of "about", "more than"."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    low: float | None = None
    high: float | None = None
    approximate: bool = False

    def as_record(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        record: dict[str, Any] = {"value": value, "unit": self.unit, "text": self.text}
        if self.low is not None:
            record["low"] = self.low
        if self.high is not None:
            record["high"] = self.high
        if self.approximate:
            record["approximate"] = True
        return record


@dataclass
class Passage:
    """A live-blog entry, or the whole body of an article."""

    index: int
    start: int
    end: int
    heading: str | None = None
    heading_span: tuple[int, int] | None = None
    published: str | None = None  # the entry's own time, when it has one
    time: str | None = None  # the entry's clock time as "HH:MM", when its stamp gives one
    chronological: int | None = None  # rank in time order (0 = earliest); index is text order
    language: str | None = None  # the passage's language when it differs from the document's


@dataclass
class Sentence:
    start: int
    end: int
    passage: int = 0
    tokens: Any = field(default=None, repr=False, compare=False)  # match.Tokens, made once
    parse: Any = field(default=None, repr=False, compare=False)  # spaCy Doc of the sentence text
    parse_start: int = 0  # where the parsed text begins (after a dateline or stamp): at + idx


@dataclass
class Statement:
    """Who said what, and through whom it reached us."""

    start: int  # content span
    end: int
    speaker: Actor
    direct: bool
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    reported_by: list[str] = field(default_factory=list)
    channel: str | None = None
    passage: int = 0
    date: str | None = None
    id: str = ""


@dataclass
class Event:
    """A PLOVER-coded event with its sides and evidence."""

    type: str
    start: int  # evidence span
    end: int
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    modality: Modality = "asserted"
    date: str | None = None
    date_precision: str | None = None  # day, month, year or range
    dated_by: str | None = None  # clause, sentence, passage, dateline, discourse or published
    location: Place | None = None
    quantities: list[Quantity] = field(default_factory=list)
    statement: int | None = None  # index into doc.statements
    claimed_by: Actor | None = None
    trigger_span: tuple[int, int] | None = None
    confidence: float = 0.5
    passage: int = 0
    mentions: list[tuple[int, int]] = field(default_factory=list)  # other evidence, same event
    id: str = ""


@dataclass
class Document:
    """One input text and everything eventwire learns from it."""

    id: str
    text: str
    language: str = "und"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    reference_date: str | None = None
    source: str | None = None  # where it was read from (path, URL, "-")
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # what a reader should know: "not coded"
    # Filled by the pipeline, in stage order.
    view: Any = None  # eventwire.text.view.TextView
    passages: list[Passage] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Any] = field(default_factory=list)  # eventwire.records.FactRecord

    def passage_at(self, offset: int) -> int:
        """Index of the passage holding an offset (0 outside every passage)."""
        cached = self.__dict__.get("_passage_index")
        if cached is None or cached[0] is not self.passages or cached[1] != len(self.passages):
            cached = (self.passages, len(self.passages), SpanIndex(self.passages))
            self.__dict__["_passage_index"] = cached
        passage = cached[2].covering(offset)
        return passage.index if passage is not None else 0
