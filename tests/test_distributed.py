"""The per-document stage on a local two-worker Dask cluster: the same records as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.api import extract
from eventwire.export.jsonl import dumps
from eventwire.reconcile import CROSS_DOCUMENT_KINDS

pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed (the "
                    "'test' and 'dask' extras install it)")

from eventwire import distributed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATE = "2026-05-04"


def _by_document(lines: list[str]) -> list[str]:
    """Records sorted by document id, each document's records in their own order."""
    def key(line: str) -> str:
        record = json.loads(line)
        return record.get("document") or record["id"]
    return sorted(lines, key=key)


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The examples folder, a JSONL shard and a Parquet shard (with one bad row each)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path_factory.mktemp("shards")
    rows = [
        {"id": "shard-1", "published": "2026-05-02",
         "text": "The defence ministry of Norland said its forces shelled Eastport overnight."},
        {"id": "shard-2", "text": ""},
        {"id": "shard-3", "language": "fr",
         "text": "Les deux délégations se sont réunies à Valdora lundi, a déclaré le médiateur."},
    ]
    (folder / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n",
                                        encoding="utf-8")
    parquet_rows = [{**r, "id": r["id"].replace("shard", "table")} for r in rows]
    pq.write_table(pa.Table.from_pylist(parquet_rows), folder / "batch.parquet")
    return [str(EXAMPLES), str(folder / "batch.jsonl"), str(folder / "batch.parquet")]


def test_make_shards_keeps_files_in_groups_and_batches_alone(shards: list[str]) -> None:
    made = distributed.make_shards(shards, files_per_shard=3)
    texts = sorted(str(p) for p in EXAMPLES.rglob("*.txt"))
    assert [len(s.files) for s in made[:-2]] == [3] * (len(texts) // 3) + (
        [len(texts) % 3] if len(texts) % 3 else [])
    assert [f for s in made[:-2] for f in s.files] == texts
    assert [(s.files, s.root) for s in made[-2:]] == [((shards[1],), None), ((shards[2],), None)]


def test_two_dask_workers_write_the_records_of_one_process(
    shards: list[str], tmp_path: Path
) -> None:
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        summary = distributed.extract_dask(
            distributed.make_shards(shards, files_per_shard=4), address=cluster.scheduler_address,
            output=tmp_path, reference_date=DATE,
        )
    written = [line for part in summary.parts
               for line in Path(part).read_text(encoding="utf-8").splitlines()]

    # One process over the same documents (the Parquet rows given as JSONL).
    as_jsonl = tmp_path / "table.jsonl"
    import pyarrow.parquet as pq

    as_jsonl.write_text("".join(json.dumps(r) + "\n" for r in pq.read_table(shards[2])
                                .to_pylist()), encoding="utf-8")
    single = extract([shards[0], shards[1], str(as_jsonl)], reference_date=DATE)
    expected = [dumps(r) for r in single.records if r["kind"] not in CROSS_DOCUMENT_KINDS]
    # the source of a Parquet row names the Parquet file; everything else is the same bytes
    expected = [line.replace(str(as_jsonl), shards[2]) for line in expected]

    assert _by_document(written) == _by_document(expected)
    assert (summary.documents, summary.records) == (len(single.documents), len(expected))
    assert sorted(summary.errors) == sorted([
        f"{shards[1]}:2: missing or empty 'text' field",
        f"{shards[2]}:2: missing or empty 'text' field",
    ])
