"""Documents processed together (their sentences parsed in one pipeline call per language)
get exactly what each gets alone; a failing one fails alone; streaming stays in order."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from eventwire import parallel, pipeline
from eventwire.api import prepare
from eventwire.export import write_records
from eventwire.ingest.errors import InputError
from eventwire.ingest.readers import read_text
from eventwire.model import Document
from eventwire.pipeline import SentenceTooLong, process, process_batch
from eventwire.records import document_records

DATE = "2026-05-04"

# Invented texts: (id, language declared (None: detected), text)
TEXTS = [
    ("en-1", "en", "The foreign ministers of Arland and Borvia met in Valdora on Monday. "
                   "\u201cThe talks went well,\u201d the Arland minister said after the meeting."),
    ("fr-1", "fr", "Les ministres d'Arland et de Borvie se sont rencontr\u00e9s lundi \u00e0 "
                   "Valdora. Ils ont promis un \u00e9change de 40 prisonniers."),
    ("de-1", "de", "Die Au\u00dfenminister von Arland und Borvia trafen sich am Montag in "
                   "Valdora. Sie vereinbarten eine Waffenruhe."),
    ("ru-1", "ru", "\u041c\u0438\u043d\u0438\u0441\u0442\u0440\u044b \u0410\u0440\u043b\u0430"
                   "\u043d\u0434\u0430 \u0438 \u0411\u043e\u0440\u0432\u0438\u0438 "
                   "\u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0438\u0441\u044c "
                   "\u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438"
                   "\u043a."),
    ("en-2", "en", "Borvia said on Tuesday it would reopen the river crossing. Arland "
                   "welcomed the decision and freed 12 detainees."),
    ("pl-1", None, "Ministrowie obu pa\u0144stw spotkali si\u0119 w poniedzia\u0142ek w "
                   "stolicy, aby rozmawia\u0107 o wymianie je\u0144c\u00f3w."),  # not coded
]


def _docs() -> list[Document]:
    return [prepare(read_text(text, id=id_, language=code), reference_date=DATE,
                    language=None) for id_, code, text in TEXTS]


def _jsonl(doc: Document) -> str:
    out = io.StringIO()
    write_records(document_records(doc), "jsonl", out)
    return out.getvalue()


def test_a_batch_gets_what_each_document_gets_alone() -> None:
    alone = [_jsonl(process(doc)) for doc in _docs()]
    together = process_batch(_docs())
    assert all(isinstance(doc, Document) for doc in together)
    assert [_jsonl(doc) for doc in together] == alone  # type: ignore[arg-type]


def test_a_refused_document_fails_alone() -> None:
    huge = read_text("Arland " * 40_000 + "met.", id="huge", language="en")
    docs = [_docs()[0], prepare(huge, reference_date=DATE, language=None), _docs()[4]]
    out = process_batch(docs)
    assert [type(o).__name__ for o in out] == ["Document", "SentenceTooLong", "Document"]
    assert isinstance(out[1], SentenceTooLong)
    assert _jsonl(out[2]) == _jsonl(process(_docs()[4]))  # type: ignore[arg-type]


def test_when_the_pooled_parse_fails_each_document_is_parsed_alone(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.parse_documents

    def pooled(docs: list[Document]) -> None:
        if len(docs) > 1:
            raise RuntimeError("the pool breaks")
        if docs and docs[0].id == "fr-1":
            raise RuntimeError("this text breaks")
        real(docs)

    monkeypatch.setattr(pipeline, "parse_documents", pooled)
    stages = tuple(pipeline.Stage(s.name, (lambda d: pooled([d])) if s.name == "syntax"
                                  else s.run, s.reads, s.writes) for s in pipeline.STAGES)
    out = process_batch(_docs(), stages)
    assert [o.id if isinstance(o, Document) else str(o) for o in out] == [
        "en-1", "this text breaks", "de-1", "ru-1", "en-2", "pl-1"]
    assert _jsonl(out[0]) == _jsonl(process(_docs()[0]))  # type: ignore[arg-type]


def _counted(docs: list[Document | InputError], pulled: list[int]
             ) -> Iterator[Document | InputError]:
    for item in docs:
        pulled[0] += 1
        yield item


def test_one_process_streams_in_order_the_first_document_at_once() -> None:
    def fresh(n: int) -> list[Document | InputError]:
        made: list[Document | InputError] = [
            read_text(text, id=f"{id_}-{n}", language=code) for id_, code, text in TEXTS]
        made.insert(2, InputError(f"broken-{n}.txt", "unreadable"))
        return made

    items = [item for n in range(4) for item in fresh(n)]
    pulled = [0]
    stream = parallel.stream_documents(_counted(items, pulled), jobs=1, reference_date=DATE)
    first = next(stream)
    assert (first.document.id, pulled[0]) == ("en-1-0", 1)
    out = [first, *stream]
    assert [o.source if isinstance(o, InputError) else o.document.id for o in out] == [
        i.source if isinstance(i, InputError) else i.id for i in items]
    again = [i for n in range(4) for i in fresh(n) if isinstance(i, Document)]
    alone = [parallel.extract_one(doc, DATE, None) for doc in again]
    assert [(o.records, o.error) for o in out if not isinstance(o, InputError)] == alone


def _one_by_one(items: list[Document | InputError]) -> tuple[list[str], list[str], str]:
    """What extract_documents gave before windows: each document processed alone."""
    from eventwire.api import failure

    errors, ids, records = [], [], []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            errors.append(str(item))
        elif item.id in seen:
            errors.append(f"<text>: duplicate document id {item.id!r}: skipped")
        else:
            seen.add(item.id)
            try:
                done = process(prepare(item, reference_date=DATE, language=None))
            except Exception as error:
                errors.append(str(failure(item, error)))
            else:
                ids.append(done.id)
                records.append(_jsonl(done))
    return ids, errors, "".join(records)


def test_extract_documents_in_windows_gives_what_one_by_one_gave() -> None:
    from eventwire.api import extract_documents

    def items() -> list[Document | InputError]:
        made: list[Document | InputError] = [
            read_text(text, id=f"{id_}-{n}", language=code)
            for n in range(3) for id_, code, text in TEXTS]
        made.insert(3, InputError("broken.txt", "unreadable"))
        made.insert(7, read_text("Arland and Borvia met.", id="en-1-0"))  # a duplicate id
        unknown = read_text("Arland and Borvia met.", id="xx-1")
        unknown.language = "xx"  # declared by its source: stored, not coded
        made.insert(9, unknown)
        return made

    seen: list[str] = []
    result = extract_documents(items(), reference_date=DATE, on_document=lambda item: seen.append(
        item.source if isinstance(item, InputError) else item.id))
    ids, errors, records = _one_by_one(items())
    assert [d.id for d in result.documents] == ids
    assert [str(e) for e in result.errors] == errors
    assert seen == [i.source if isinstance(i, InputError) else i.id for i in items()]
    assert errors == ["broken.txt: unreadable",
                      "<text>: duplicate document id 'en-1-0': skipped"]
    assert ids[6:9] == ["en-1-1", "xx-1", "fr-1-1"] and len(ids) == 19
    assert _per_document(result.records) == records


def _per_document(records: list[dict]) -> str:
    from eventwire.reconcile import CROSS_DOCUMENT_KINDS

    out = io.StringIO()
    write_records([r for r in records if r.get("kind") not in CROSS_DOCUMENT_KINDS], "jsonl", out)
    return out.getvalue()
