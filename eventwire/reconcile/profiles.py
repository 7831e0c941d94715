"""What grouping knows of one document, computed once when the document is stored.

An ingest compares its new documents with the stored documents that share rare keys with
them (:func:`eventwire.reconcile.incremental.close_to`); most of those candidates are not
kept, and reading their records and computing their features at every ingest was most of
what an ingest into a big store cost beyond one into an empty store. A :class:`Profile`
holds exactly what that comparison reads, so the store keeps one per document and hands
it back instead. Its JSON round trip is exact (floats print as their ``repr``; the features
keep their order, which the sums over them follow), so the comparison made from stored
profiles is the one made from records.

``VERSION`` names the way profiles are computed: a store recomputes a profile of another
version when it needs it. Change it whenever :func:`stories.document_features`,
:func:`stories.doc_period`, :func:`stories.lead_signature` or
:func:`stories.happenings_told` change what they give.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from eventwire.reconcile.common import Batch, sides
from eventwire.reconcile.stories import (
    HappeningKey,
    doc_period,
    document_features,
    happenings_told,
    lead_signature,
)

VERSION = 1

Signature = tuple[str, tuple[str, ...]]  # an event's type and sides

__all__ = ["VERSION", "Profile", "profile_of"]


@dataclass(frozen=True)
class Profile:
    """A document's story features, publication period, lead event, the (type, sides) of
    its coded events and the two-sided happenings it tells of."""

    features: dict[str, float]
    period: tuple[int, int] | None
    lead: Signature | None
    reports: tuple[Signature, ...]
    happenings: tuple[HappeningKey, ...]

    def lead_fits(self, other: Profile) -> bool:
        """Whether this document could join a story holding ``other`` as a loner: it has no
        coded event, or ``other`` reports its lead event's type with a side in common
        (the rule of :func:`stories._attach_loners`, for one document of the story)."""
        lead = self.lead
        return lead is None or any(t == lead[0] and set(lead[1]) & set(s)
                                   for t, s in other.reports)

    def to_json(self) -> str:
        return json.dumps([self.features, self.period, self.lead, self.reports,
                           self.happenings], ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Profile:
        features, period, lead, reports, happenings = json.loads(text)
        return cls(features=features,
                   period=tuple(period) if period else None,
                   lead=_signature(lead) if lead else None,
                   reports=tuple(_signature(r) for r in reports),
                   happenings=tuple(_happening(h) for h in happenings))


def profile_of(batch: Batch, doc_id: str) -> Profile:
    """The profile of one document of a batch."""
    reports = {(str(e["type"]), sides(e)) for e in batch.events_by_doc.get(doc_id, ())}
    return Profile(features=dict(document_features(batch, doc_id)),
                   period=doc_period(batch, doc_id),
                   lead=lead_signature(batch, doc_id),
                   reports=tuple(sorted(reports)),
                   happenings=tuple(happenings_told(batch, doc_id)))


def _signature(value: Any) -> Signature:
    return str(value[0]), tuple(value[1])


def _happening(value: Any) -> HappeningKey:
    source, kind, parties, days = value
    return str(source), str(kind), tuple(parties), tuple(days) if days else None
