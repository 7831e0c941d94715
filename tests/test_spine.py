"""The spine end to end: contract, spans, determinism, bad input, store idempotence."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from eventwire.pipeline import STAGES, Stage, check_order
from tests.conftest import EXAMPLES, SCHEMA, SHARED, jsonl, run_cli

KINDS = {"document", "passage", "statement", "event", "agreement", "story", "discrepancy",
         "fact"}


def test_stage_order_is_consistent() -> None:
    check_order(STAGES)


def test_stage_order_check_fails_when_a_stage_reads_too_early() -> None:
    swapped = (STAGES[0], Stage("early", lambda doc: None, ("events",), ()), *STAGES[1:])
    with pytest.raises(ValueError, match="early"):
        check_order(swapped)


def _without_additions(ours: object, shared: object) -> object:
    """Our schema with the optional properties it adds to the shared one taken out."""
    if isinstance(ours, dict) and isinstance(shared, dict):
        return {
            key: _without_additions(value, shared.get(key))
            for key, value in ours.items()
            if key in shared
        }
    return ours


def test_schema_extends_the_shared_contract() -> None:
    """Extended, never broken: the shared contract plus optional properties (``notes``)."""
    shared_path = SHARED / "contract" / "records.schema.json"
    if not shared_path.exists():
        pytest.skip("../shared/contract not found")
    shared = json.loads(shared_path.read_text())
    ours = json.loads(SCHEMA.read_text())
    assert _without_additions(ours, shared) == shared
    for name, definition in ours["$defs"].items():  # nothing new is required
        assert definition.get("required") == shared["$defs"][name].get("required"), name


@pytest.fixture(scope="module")
def example_records() -> list[dict]:
    result = run_cli("extract", str(EXAMPLES))
    assert result.returncode == 0, result.stderr.decode()
    return jsonl(result.stdout)


def test_examples_validate_against_the_contract(example_records, validator) -> None:
    errors = [(r["kind"], e.message) for r in example_records for e in validator.iter_errors(r)]
    assert not errors, errors[:5]
    kinds = {r["kind"] for r in example_records}
    assert {"document", "passage", "statement", "event", "story"} <= kinds


def _check_spans(records: list[dict]) -> int:
    texts = {r["id"]: r["text"] for r in records if r["kind"] == "document"}
    checked = 0
    for record in records:
        if record["kind"] == "statement":
            start, end = record["span"]
            assert texts[record["document"]][start:end] == record["text"]
            checked += 1
        elif record["kind"] in ("event", "fact"):
            start, end = record["evidence"]["span"]
            assert texts[record["document"]][start:end] == record["evidence"]["text"]
            assert record["evidence"]["text"].strip()
            checked += 1
        elif record["kind"] == "passage":
            start, end = record["span"]
            assert 0 <= start <= end <= len(texts[record["document"]])
            checked += 1
    return checked


def test_every_span_points_at_its_evidence(example_records) -> None:
    assert _check_spans(example_records) > 10


def test_mention_spans_point_at_their_text() -> None:
    from eventwire.api import extract

    result = extract([str(EXAMPLES)])
    mentions = [(d, m) for d in result.documents for m in d.mentions]
    assert mentions
    for doc, mention in mentions:
        assert doc.text[mention.start:mention.end] == mention.text
    for doc in result.documents:
        for quantity in doc.quantities:
            assert doc.text[quantity.start:quantity.end] == quantity.text
        for date in doc.dates:
            assert doc.text[date.start:date.end] == date.text


def test_output_is_byte_identical_on_a_second_run() -> None:
    first = run_cli("extract", str(EXAMPLES))
    second = run_cli("extract", str(EXAMPLES))
    assert first.returncode == 0
    assert first.stdout == second.stdout


def test_founding_example_yields_all_seven_kinds(seed_text, validator) -> None:
    result = run_cli("extract", str(seed_text), "--date", "2025-03-18")
    assert result.returncode == 0, result.stderr.decode()
    records = jsonl(result.stdout)
    assert {r["kind"] for r in records} == KINDS
    assert not [e.message for r in records for e in validator.iter_errors(r)]
    _check_spans(records)


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    good = tmp_path / "good.txt"
    good.write_text((EXAMPLES / "en_wire_truce.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe\x00\x01 not text \x02\x03" * 10)
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "ok-1", "text": "The United Nations urged Russia to stop its attacks."}\n'
        '{"id": "broken", "text": \n'
        '{"id": "no-text"}\n', encoding="utf-8")
    with gzip.open(tmp_path / "zipped.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write("France and Germany agreed on Monday to send aid to Ukraine.")
    (tmp_path / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08 not really gzip")
    return tmp_path


def test_bad_inputs_get_one_line_errors_and_the_batch_goes_through(batch: Path) -> None:
    result = run_cli("extract", str(batch), str(batch / "missing.txt"))
    assert result.returncode == 1
    errors = result.stderr.decode().strip().splitlines()
    assert all(line.startswith("eventwire: error: ") for line in errors), errors
    joined = "\n".join(errors)
    for name in ("empty.txt", "binary.txt", "broken.txt", "bad.jsonl:2", "bad.jsonl:3",
                 "missing.txt", "broken.txt.gz"):
        assert name in joined, (name, joined)
    assert "Traceback" not in joined
    ids = {r["id"] for r in jsonl(result.stdout) if r["kind"] == "document"}
    assert {"good.txt", "ok-1", "zipped.txt.gz"} <= ids


def test_oversized_input_is_refused(tmp_path: Path) -> None:
    from eventwire.ingest.errors import InputError
    from eventwire.ingest.readers import read_inputs

    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    found = list(read_inputs([str(big)], max_bytes=1000))
    assert len(found) == 1 and isinstance(found[0], InputError)
    assert "too large" in found[0].message and "big.txt" in found[0].source


def test_jsonl_fields_and_ids_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "wire-7", "text": "Japan urged China to show restraint.",
                                "outlet": "Example Wire", "published": "2026-02-03",
                                "desk": "asia"}) + "\n", encoding="utf-8")
    result = run_cli("extract", str(path))
    document = next(r for r in jsonl(result.stdout) if r["kind"] == "document")
    assert document["id"] == "wire-7"
    assert document["outlet"] == "Example Wire"
    assert document["published"] == "2026-02-03"
    assert document["metadata"] == {"desk": "asia"}


def test_stdin_is_read() -> None:
    text = "Le Japon a appelé la Chine à la retenue, a déclaré le ministre japonais."
    result = run_cli("extract", "-", "--lang", "fr", stdin=text.encode("utf-8"))
    assert result.returncode == 0, result.stderr.decode()
    document = next(r for r in jsonl(result.stdout) if r["kind"] == "document")
    assert document["language"] == "fr"
    assert document["text"] == text


def test_ingest_twice_stores_once_and_export_round_trips(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    first = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr.decode()
    exported_once = run_cli("export", "--db", str(db)).stdout
    second = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert second.returncode == 0
    exported_twice = run_cli("export", "--db", str(db)).stdout
    assert exported_once == exported_twice
    records = jsonl(exported_twice)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert sum(r["kind"] == "document" for r in records) == len(list(EXAMPLES.rglob("*.txt")))


@pytest.mark.parametrize(
    "command", ["extract", "ingest", "export", "serve", "report", "evaluate", "bench"]
)
def test_every_command_has_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0
    assert b"Usage" in result.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    from eventwire.cli import app

    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert names
    for name in names:
        assert f"eventwire {name}" in readme, name
