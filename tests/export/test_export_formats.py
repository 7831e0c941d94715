"""One test per export format, each reading the file back with a standard reader."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire.export import FORMATS, TABLES, write_records
from eventwire.export.cameo import GDELT_COLUMNS, event_number, mapping

CONTRACT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                  "COERCE", "ASSAULT")


def test_jsonl_reads_back_as_the_records(tmp_path: Path, fixture_records: list[Any]) -> None:
    path = tmp_path / "r.jsonl"
    assert write_records(fixture_records, "jsonl", path) == len(fixture_records)
    with path.open(encoding="utf-8") as handle:
        assert [json.loads(line) for line in handle] == fixture_records


def test_csv_events_table(tmp_path: Path, fixture_records: list[Any]) -> None:
    path = tmp_path / "events.csv"
    assert write_records(fixture_records, "csv", path) == 7
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = rows[0]
    assert first["id"] == "fx-a/e0" and first["type"] == "AGREE"
    assert (first["actor_country"], first["recipient_country"]) == ("RUS", "UKR")
    assert first["quantities"] == "175 prisoner" and float(first["lat"]) == 41.01
    assert first["outlet"] == "example-wire"
    assert rows[5]["actor_name"] == "Le ministère russe de la Défense"


@pytest.mark.parametrize("table", TABLES)
def test_csv_every_table_has_a_header_and_rows(tmp_path: Path, fixture_records: list[Any],
                                               table: str) -> None:
    path = tmp_path / f"{table}.csv"
    count = write_records(fixture_records, "csv", path, table=table)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert count == len(rows) - 1 > 0
    assert len({len(r) for r in rows}) == 1


def test_parquet_reads_back_with_pyarrow(tmp_path: Path, fixture_records: list[Any]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert write_records(fixture_records, "parquet", path) == 7
    table = pq.read_table(path)
    assert table.num_rows == 7
    assert str(table.schema.field("lat").type) == "double"
    assert str(table.schema.field("evidence_start").type) == "int64"
    assert table.column("type").to_pylist()[0] == "AGREE"
    again = tmp_path / "again.parquet"
    write_records(fixture_records, "parquet", again)
    assert again.read_bytes() == path.read_bytes()  # deterministic bytes
    statements = tmp_path / "statements.parquet"
    write_records(fixture_records, "parquet", statements, table="statements")
    assert pq.read_table(statements).column("direct").to_pylist() == [True, False, True]


def test_plover_json_has_polecat_field_names(tmp_path: Path, fixture_records: list[Any]) -> None:
    path = tmp_path / "events.plover.jsonl"
    assert write_records(fixture_records, "plover", path) == 7
    with path.open(encoding="utf-8") as handle:
        events = [json.loads(line) for line in handle]
    first = events[0]
    for key in ("event_type", "mode", "contexts", "actor", "recipient", "date", "location"):
        assert key in first
    assert first["actor"]["country"] == "RUS" and first["actor"]["sector"] == "GOV"
    assert first["location"]["placename"] == "Istanbul" and first["contexts"] == ["pow"]
    assert {e["modality"] for e in events} == {"asserted", "future", "uncertain"}


def test_cameo_tsv_in_gdelt_column_order(tmp_path: Path, fixture_records: list[Any]) -> None:
    path = tmp_path / "events.cameo.tsv"
    count = write_records(fixture_records, "cameo", path)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [dict(zip(GDELT_COLUMNS, row, strict=True))
                for row in csv.reader(handle, delimiter="\t")]
    assert len(GDELT_COLUMNS) == 61
    assert count == len(rows) == 5  # asserted events only
    agree = rows[0]
    assert agree["GLOBALEVENTID"] == str(event_number("fx-a/e0"))
    assert (agree["SQLDATE"], agree["Actor1Code"], agree["Actor2CountryCode"]) == (
        "20250319", "RUSGOV", "UKR")
    assert (agree["EventCode"], agree["EventRootCode"], agree["QuadClass"]) == ("057", "05", "1")
    assert agree["ActionGeo_FullName"] == "Istanbul, TUR"
    assert agree["SOURCEURL"] == "https://example.org/a"
    assault = next(r for r in rows if r["EventRootCode"] == "19")
    assert assault["EventCode"] == "193" and assault["QuadClass"] == "4"  # mode firearms


def test_plover_cameo_mapping_covers_every_contract_type() -> None:
    table = mapping()
    for plover_type in CONTRACT_TYPES:
        row = table[(plover_type, "*")]
        assert row["cameo_code"].startswith(row["cameo_root"])
        assert row["quad_class"] in {"1", "2", "3", "4"}
        assert -10.0 <= float(row["goldstein"]) <= 10.0


def test_unknown_format_and_table_are_named(fixture_records: list[Any]) -> None:
    with pytest.raises(ValueError, match="choose from jsonl, csv, parquet, plover, cameo"):
        write_records(fixture_records, "xml", sys.stdout)
    with pytest.raises(ValueError, match="unknown table"):
        write_records(fixture_records, "csv", sys.stdout, table="nope")


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_export_is_byte_identical_across_runs(tmp_path: Path, fixture_records: list[Any],
                                                  fmt: str) -> None:
    from eventwire.store import open_store

    db = tmp_path / "x.db"
    store = open_store(db)
    store.write([r for r in fixture_records if r["kind"] in ("document", "passage",
                                                             "statement", "event")])
    store.write_cross_document([r for r in fixture_records
                                if r["kind"] in ("agreement", "story", "discrepancy")])
    store.close()
    exe = Path(sys.executable).parent / "eventwire"
    outputs = []
    for n in range(2):
        out = tmp_path / f"out{n}.{fmt}"
        subprocess.run([str(exe), "export", "--db", str(db), "--format", fmt, "--output",
                        str(out)], check=True, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]
    if fmt == "jsonl":
        piped = subprocess.run([str(exe), "export", "--db", str(db)], check=True,
                               capture_output=True).stdout
        assert piped == outputs[0]
