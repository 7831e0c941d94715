"""The API's record shapes for OpenAPI: the contract's records, typed field by field.

They document; they do not gate. The API answers with the stored records as they are (a
record with fields beyond these keeps them: ``extra="allow"``), so a newer record shape
never turns a read into a 500.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from eventwire.model import PLOVER_TYPES

Modality = Literal["asserted", "negated", "future", "hypothetical", "uncertain"]
EventType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]
Kind = Literal["document", "passage", "statement", "event", "agreement", "story", "discrepancy"]


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Actor(Open):
    """A side of an event or the speaker of a statement."""

    name: str
    canonical: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-3 or organisation code")
    sector: str | None = None
    type: str | None = None


class Place(Open):
    name: str
    canonical: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Quantity(Open):
    value: float | None = None
    unit: str | None = None
    text: str | None = None


class Evidence(Open):
    text: str
    span: list[int] = Field(description="[start, end) into the document's text")


class DocumentRecord(Open):
    kind: Literal["document"]
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = Field(None, description="ISO 639-1")
    published: str | None = None
    reference_date: str | None = None
    passages: int | None = None
    source: str | None = None
    text: str | None = Field(None, description="The stored text every span points into")


class StatementRecord(Open):
    kind: Literal["statement"]
    id: str
    document: str
    speaker: Actor | None = None
    reported_by: list[str] = []
    channel: str | None = None
    direct: bool | None = None
    text: str
    span: list[int]
    date: str | None = None


class EventRecord(Open):
    kind: Literal["event"]
    id: str
    document: str
    type: EventType
    mode: str | None = None
    actors: list[Actor] = []
    recipients: list[Actor] = []
    date: str | None = None
    location: Place | None = None
    quantities: list[Quantity] = []
    modality: Modality
    statement: str | None = None
    claimed_by: Actor | None = None
    evidence: Evidence


class AgreementRecord(Open):
    kind: Literal["agreement"]
    id: str
    subject: str | None = None
    status: str | None = None
    parties: list[Actor] = []
    start: str | None = None
    end: str | None = None
    duration_days: float | None = None
    events: list[str] = []
    sources: list[str] = []


class StoryRecord(Open):
    kind: Literal["story"]
    id: str
    title: str | None = None
    documents: list[str] = []
    events: list[str] = []


class DiscrepancyValue(Open):
    value: Any = Field(description="A number, a string or a list of codes")
    text: str | None = Field(None, description="The words the first source used")
    sources: list[str] = Field(description="Documents that state this value")


class DiscrepancyRecord(Open):
    kind: Literal["discrepancy"]
    id: str
    subject: str = Field(description="The event, agreement or story the sources differ on")
    attribute: str
    values: list[DiscrepancyValue]


class AnyRecord(Open):
    """Any record: see the kind-specific schemas for each kind's fields."""

    kind: Kind
    id: str


def page_of(item: type[BaseModel], name: str) -> type[BaseModel]:
    """A page model for one record type: items, total, limit, offset, next_offset."""
    from pydantic import create_model

    return create_model(
        name,
        __doc__=f"A page of {item.__name__} items.",
        items=(list[item], ...),  # type: ignore[valid-type]
        total=(int, Field(description="Records matching, over all pages.")),
        limit=(int, ...),
        offset=(int, ...),
        next_offset=(int | None, Field(description="Offset of the next page; null on the last.")),
    )


RecordPage = page_of(AnyRecord, "RecordPage")
DocumentPage = page_of(DocumentRecord, "DocumentPage")
StatementPage = page_of(StatementRecord, "StatementPage")
EventPage = page_of(EventRecord, "EventPage")
AgreementPage = page_of(AgreementRecord, "AgreementPage")
StoryPage = page_of(StoryRecord, "StoryPage")
DiscrepancyPage = page_of(DiscrepancyRecord, "DiscrepancyPage")
