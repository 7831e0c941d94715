"""The typed record classes match the contract: every property the JSON Schema names for a
kind is a field of its class, and a record read into its class writes back the exact JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.api import extract_text
from eventwire.model import Actor, Place
from eventwire.records import RECORD_KINDS, RECORD_TYPES, ActorRef, PlaceRef, typed
from eventwire.typed import TypedRecord

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "eventwire" / "contract"
                     / "records.schema.json").read_text(encoding="utf-8"))
TEXT = ("The talks between Russia and Ukraine in Ankara on 14 April 2026 lasted two and a half "
        "hours. The two sides will exchange 500 prisoners for 500 prisoners, the Kremlin said.")


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_every_schema_property_is_a_field(kind: str) -> None:
    declared = set(RECORD_TYPES[kind].declared())
    properties = set(SCHEMA["$defs"][kind].get("properties", {})) | {"kind", "id"}
    assert properties - declared == set()


def test_records_round_trip_to_the_same_json() -> None:
    records = extract_text(TEXT, reference_date="2026-04-15", language="en").records
    kinds = {r["kind"] for r in records}
    assert {"document", "statement", "event", "fact", "story"} <= kinds
    for r in records:
        again = typed(r).to_json()
        assert json.dumps(again, ensure_ascii=False) == json.dumps(r, ensure_ascii=False)


def test_unknown_kind_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown record kind 'weather'"):
        typed({"kind": "weather", "id": "x"})


MINIMAL = {  # only what the contract requires of each per-document kind (plus the id)
    "document": {"kind": "document", "id": "d", "language": "en"},
    "passage": {"kind": "passage", "id": "d/p0", "document": "d", "span": [0, 5]},
    "statement": {"kind": "statement", "id": "d/s0", "document": "d",
                  "speaker": {"name": "Ruritania"}, "text": "peace", "span": [0, 5]},
    "event": {"kind": "event", "id": "d/e0", "document": "d", "type": "CONSULT",
              "actors": [], "recipients": [], "modality": "asserted",
              "evidence": {"text": "talks", "span": [0, 5]}},
}


@pytest.mark.parametrize("kind", sorted(MINIMAL))
def test_a_record_with_only_the_required_fields_is_read(kind: str) -> None:
    """Another producer's contract-valid record reads into its class; what it leaves out
    takes the field's empty value."""
    record = typed(MINIMAL[kind])
    assert type(record) is RECORD_TYPES[kind]
    written = record.to_json()
    for key, value in MINIMAL[kind].items():  # what was given comes back (nested: its keys)
        got = written[key]
        assert ({k: got[k] for k in value} if isinstance(value, dict) else got) == value


@pytest.mark.parametrize(("shape", "cls"), [("actor", Actor), ("place", Place)])
def test_the_model_classes_are_the_contract_shapes(shape: str, cls: type[TypedRecord]) -> None:
    """An actor or place of the pipeline is the one the typed records hold: its JSON fields
    are the contract's, and the records' names for it are the same class."""
    assert set(cls.declared()) == set(SCHEMA["$defs"][shape]["properties"])
    assert (ActorRef, PlaceRef) == (Actor, Place)


@pytest.mark.parametrize("value", [
    Actor("Ruritania", "Ruritania", "RUR", None, "country", entity="country:ruritania"),
    Actor("the envoy", None, None, "GOV", "person"),
    Place("Zenda", "Zenda", "RUR", "Strelsau Oblast", 50.25, 14.5, 1234567),
    Place("the border crossing"),
])
def test_spelt_out_json_is_the_typed_json(value: Actor | Place) -> None:
    """``to_json`` of an actor or place is written out by hand (one per side of every
    event): it equals what the typed base writes, and reads back to the same value (the
    pipeline's entity id is not part of the record)."""
    written = value.to_json()
    assert written == TypedRecord.to_json(value)
    assert list(written) == list(type(value).declared())
    again = type(value).from_json(written)
    assert again == (replace(value, entity=None) if isinstance(value, Actor) else value)
