"""The per-document stage over worker processes: same bytes as one process, in input order."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire import parallel, pipeline
from eventwire.api import extract, extract_documents
from eventwire.export import write_records
from eventwire.ingest.errors import InputError
from eventwire.ingest.readers import read_text
from eventwire.model import Document
from eventwire.pipeline import process

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATE = "2026-05-04"


def _jsonl(records: list[dict]) -> bytes:
    out = io.StringIO()
    write_records(records, "jsonl", out)
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The examples plus a broken JSONL file and a path that does not exist."""
    folder = tmp_path_factory.mktemp("bad")
    bad = folder / "batch.jsonl"
    good = {"id": "own-1", "text": "The two delegations met in Valdora on Monday to talk."}
    bad.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n",
                   encoding="utf-8")
    return [str(EXAMPLES), str(bad), str(folder / "missing.txt")]


@pytest.fixture(scope="module")
def one_process(batch: list[str]):
    return extract(batch, reference_date=DATE)


def test_two_jobs_write_the_same_bytes_as_one_process(batch: list[str], one_process) -> None:
    two = parallel.extract_parallel(batch, jobs=2, reference_date=DATE)
    assert _jsonl(two.records) == _jsonl(one_process.records)
    assert [str(e) for e in two.errors] == [str(e) for e in one_process.errors]


def test_one_job_writes_the_same_bytes_as_the_api(batch: list[str], one_process) -> None:
    one = parallel.extract_parallel(batch, jobs=1, reference_date=DATE)
    assert _jsonl(one.records) == _jsonl(one_process.records)


def test_errors_stay_where_they_stood_in_the_input(batch: list[str]) -> None:
    out = list(parallel.stream_documents(parallel.read_inputs(batch), jobs=2,
                                         reference_date=DATE))
    errors = [(n, str(item)) for n, item in enumerate(out) if isinstance(item, InputError)]
    bad = batch[1]
    assert errors == [
        (len(out) - 3, f"{bad}:2: malformed JSON (Expecting property name enclosed in double "
                       "quotes at column 2)"),
        (len(out) - 2, f"{bad}:3: missing or empty 'text' field"),
        (len(out) - 1, f"{batch[2]}: no such file or directory"),
    ]
    assert isinstance(out[-4], parallel.Extracted) and out[-4].document.id == "own-1"


def _counted(docs: list[Document], pulled: list[int]) -> Iterator[Document]:
    for doc in docs:
        pulled[0] += 1
        yield doc


def _documents(n: int) -> list[Document]:
    digits = 2 if n <= 100 else 3
    return [read_text(f"Delegation {i} met the mediators in Valdora on Monday.",
                      id=f"d{i:0{digits}d}", language="en") for i in range(n)]


def test_first_record_comes_before_the_last_document_is_read() -> None:
    pulled = [0]
    stream = parallel.stream_documents(_counted(_documents(30), pulled), jobs=2, window=4,
                                       reference_date=DATE)
    first = next(stream)
    assert (first.document.id, pulled[0]) == ("d00", 4)  # the bounded in-flight window
    rest = [item.document.id for item in stream]
    assert rest == [f"d{i:02d}" for i in range(1, 30)]
    assert pulled[0] == 30


def test_duplicate_ids_are_reported_in_place() -> None:
    docs = _documents(3) + [read_text("Another text.", id="d01", source="again.txt")]
    out = list(parallel.stream_documents(docs, jobs=2, reference_date=DATE))
    assert [str(o) if isinstance(o, InputError) else o.document.id for o in out] == [
        "d00", "d01", "d02", "again.txt: duplicate document id 'd01': skipped",
    ]


def _failing_process(doc: Document, *args: object, **kwargs: object) -> Document:
    if doc.id == "d01":
        raise RuntimeError("broken on purpose")
    if doc.id == "d03":
        os._exit(3)  # a worker killed mid-document (out of memory, signal)
    return REAL_PROCESS(doc, *args, **kwargs)


REAL_PROCESS = process

# (window, documents per worker task): 4 is one document a task, 16 batches of up to 4.
WINDOWS = [(4, 1), (16, 4)]


@pytest.mark.parametrize(("window", "size"), WINDOWS)
def test_a_failing_document_and_a_dying_worker_cost_one_document_each(
    monkeypatch: pytest.MonkeyPatch, window: int, size: int,
) -> None:
    assert parallel.batch_size(2, window) == size
    monkeypatch.setattr(pipeline, "process", _failing_process)  # the forked workers inherit it
    out = list(parallel.stream_documents(_documents(10), jobs=2, window=window,
                                         reference_date=DATE))
    summary = [(o.document.id, str(o.error) if o.error else [r["kind"] for r in o.records])
               for o in out]
    assert summary == [
        ("d00", ["document", "passage"]),
        ("d01", "<text>: extraction failed (RuntimeError: broken on purpose)"),
        ("d02", ["document", "passage"]),
        ("d03", "<text>: extraction failed (the worker process died)"),
        *((f"d{n:02d}", ["document", "passage"]) for n in range(4, 10)),
    ]


# (workers, window, documents per worker task)
BATCH_SIZES = [(2, 4, 1), (2, 8, 2), (2, 64, 16), (2, 1000, 16), (4, 16, 2), (1, 3, 1)]


@pytest.mark.parametrize(("jobs", "window", "size"), BATCH_SIZES)
def test_each_worker_has_its_next_batch_queued_within_the_window(
        jobs: int, window: int, size: int) -> None:
    assert parallel.batch_size(jobs, window) == size


def test_batches_of_several_documents_write_what_one_process_writes() -> None:
    docs = _documents(40)
    alone = [parallel.extract_one(doc, DATE, None) for doc in _documents(40)]
    out = list(parallel.stream_documents(docs, jobs=2, window=32, reference_date=DATE))
    assert [(o.records, o.error) for o in out] == alone


# Invented texts, the language each declares (None: to detect) and the one it counts as.
LANGUAGE_CASES = [
    ("The delegations of two invented republics met again on Monday to talk about the "
     "exchange of prisoners and the reopening of the river crossing.", None, "en"),
    ("Les délégations de deux républiques imaginaires se sont retrouvées lundi pour parler de "
     "l'échange de prisonniers et de la réouverture du passage sur le fleuve.", None, "fr"),
    ("Kurzer Text.", "de", "de"),  # a declared language is taken as it stands
]


def test_only_the_languages_of_the_batch_are_chosen_for_preloading() -> None:
    items: list[Document | InputError] = [
        read_text(text, id=f"t{n}", language=declared)
        for n, (text, declared, _) in enumerate(LANGUAGE_CASES)
    ]
    items.append(InputError("gone.txt", "no such file or directory"))
    assert parallel.languages_of(items) == sorted(code for *_, code in LANGUAGE_CASES)


def test_preloading_no_language_loads_no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    monkeypatch.setattr(parallel, "load", loaded.append)
    monkeypatch.setattr(parallel.gc, "freeze", lambda: None)
    parallel.preload([])
    assert loaded == []
    parallel.preload(["fr"])
    assert loaded == ["fr"]


def test_preloading_builds_both_language_detectors_before_any_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from eventwire.text import language

    monkeypatch.setattr(parallel.gc, "freeze", lambda: None)
    language._detector.cache_clear()
    language._wide_detector.cache_clear()
    language._profiles.cache_clear()  # the function-word count that decides before lingua
    parallel.preload([])
    assert (language._wide_detector.cache_info().currsize,
            language._detector.cache_info().currsize,
            language._profiles.cache_info().currsize) == (1, 1, 1)


def test_a_one_megabyte_sentence_is_refused_in_one_line_and_the_batch_goes_on() -> None:
    words = ("Arland", "Borvia", "officials", "talks", "met", "on", "Monday", "and")
    sentence = " ".join(words[n % len(words)] for n in range(180_000)) + "."
    assert len(sentence) > 1_000_000
    docs = [read_text(sentence, id="huge", language="en"),
            read_text("Arland and Borvia agreed to talks.", id="after", language="en")]
    expected = [f"<text>: a sentence of {len(sentence):,} characters at offset 0 (over "
                "200,000 with no sentence end): skipped"]
    one = extract_documents([read_text(d.text, id=d.id, language="en") for d in docs])
    out = list(parallel.stream_documents(docs, jobs=1, reference_date=DATE))
    assert [str(e) for e in one.errors] == expected
    assert [str(o.error) if o.error else o.document.id for o in out] == [*expected, "after"]


# More documents than two workers keep in flight (four batches each).
STREAMED = parallel.WINDOW_PER_JOB * 2 * pipeline.BATCH_DOCUMENTS + 10


@pytest.mark.parametrize("jobs", [1, 2])
def test_records_stream_out_before_the_batch_is_read_and_match_extract_parallel(
        jobs: int) -> None:
    pulled = [0]
    errors: list[InputError] = []
    stream = parallel.stream_records(_counted(_documents(STREAMED), pulled), errors, jobs=jobs,
                                     reference_date=DATE, language="en")
    first = next(stream)
    assert (first["kind"], first["id"], pulled[0] < STREAMED) == ("document", "d000", True)
    streamed = [first, *stream]
    whole = parallel.extract_parallel(_documents(STREAMED), jobs=jobs, reference_date=DATE,
                                      language="en")
    assert (_jsonl(streamed), errors) == (_jsonl(whole.records), [])
