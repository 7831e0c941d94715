"""A store built from the project's examples plus the hand-written fixture records, an app
over it, and (for browser tests) a real server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "store" / "data" / "fixture.jsonl"
EXAMPLES = ROOT / "examples"
CROSS = ("agreement", "story", "discrepancy")


def build_store(path: Path) -> Path:
    """Ingest examples/ the way the CLI does, then add the fixture records beside them."""
    from eventwire.api import extract, ingest_into
    from eventwire.store import open_store

    texts = sorted(p for p in EXAMPLES.rglob("*.txt")) if EXAMPLES.exists() else []
    if texts:
        ingest_into(path, extract([str(p) for p in texts], reference_date="2025-03-18"))
    fixture = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    store = open_store(path)
    cross = list(store.records(CROSS))
    store.write([r for r in fixture if r["kind"] not in CROSS])
    store.write_cross_document(cross + [r for r in fixture if r["kind"] in CROSS])
    store.close()
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture
def client(store_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(store_path, token="s3cret", max_body_bytes=64 * 1024),
                    raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def server(store_path: Path) -> Iterator[str]:
    """``eventwire serve`` in a thread on a free 127.0.0.1 port; yields the base URL."""
    import uvicorn

    from eventwire.web import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(store_path), host="127.0.0.1", port=port,
                            log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


HOSTILE_TEXT = "Envoys met in Port Vell on Monday. A convoy was shelled near Riverton."


def hostile_records() -> list[dict[str, Any]]:
    """Records a careless or hostile source could store: a javascript: link, a latitude
    that is a word, one out of range (invented happenings and places)."""
    doc = {"kind": "document", "id": "hx", "title": "Convoy shelled", "language": "en",
           "url": "javascript:alert(document.cookie)", "outlet": None, "published": None,
           "reference_date": "2025-06-02", "passages": 1, "source": "hx.txt",
           "metadata": {}, "text": HOSTILE_TEXT}

    def event(n: int, lat: Any, lon: Any, place: str, start: int, end: int) -> dict[str, Any]:
        return {"kind": "event", "id": f"hx/e{n}", "document": "hx", "passage": None,
                "type": "ASSAULT", "mode": None, "context": [],
                "actors": [{"name": "Northland", "canonical": "Northland", "country": "RUS",
                            "sector": None, "type": "country"}],
                "recipients": [], "date": "2025-06-02",
                "location": {"name": place, "canonical": place, "country": None,
                             "lat": lat, "lon": lon},
                "quantities": [], "modality": "asserted", "statement": None,
                "claimed_by": None, "evidence": {"text": HOSTILE_TEXT[start:end],
                                                 "span": [start, end]}}

    return [doc, event(0, "north", 30.5, "Riverton", 35, 69),
            event(1, 95.0, 30.5, "Nowhere", 35, 69), event(2, 46.5, 30.7, "Port Vell", 0, 33)]


@pytest.fixture
def hostile_client(tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from eventwire.store import open_store
    from eventwire.store.base import _per_document
    from eventwire.web import create_app

    store = open_store(tmp_path / "hostile.db")
    # A store written before records were checked against the contract (or by another
    # tool): put the rows in as they are, past the write path's check.
    with store._transaction():
        store._replace_documents(_per_document(hostile_records()))
    store.close()
    with TestClient(create_app(tmp_path / "hostile.db"), raise_server_exceptions=False) as test:
        yield test


ODD_TEXT = "Mediators from Lakeland met both delegations in Port Vell on Tuesday."


def odd_records() -> list[dict[str, Any]]:
    """A document whose records this version reads only in part (invented happening): a
    statement written before ``speaker_span`` existed (readable), one without speaker or
    text and an event without evidence (unreadable, left out with a note)."""
    doc = {"kind": "document", "id": "ox", "title": "Mediators meet", "language": "en",
           "url": None, "outlet": "Lake Wire", "published": "2025-07-01", "reference_date": None,
           "passages": 1, "source": "ox.txt", "metadata": {}, "text": ODD_TEXT}
    old = {"kind": "statement", "id": "ox/s0", "document": "ox", "passage": None,
           "speaker": {"name": "Lakeland", "canonical": "Lakeland", "country": "FIN"},
           "reported_by": [], "channel": None, "direct": False, "text": ODD_TEXT[:40],
           "span": [0, 40], "date": "2025-07-01"}
    mute = {"kind": "statement", "id": "ox/s1", "document": "ox", "passage": None,
            "reported_by": [], "channel": None, "direct": False, "span": [41, 69],
            "date": None}
    blind = {"kind": "event", "id": "ox/e0", "document": "ox", "passage": None,
             "type": "CONSULT", "mode": None, "context": [], "actors": [], "recipients": [],
             "date": "2025-07-01", "location": {"name": "Port Vell", "lat": 46.5, "lon": 30.7},
             "quantities": [], "modality": "asserted", "statement": None, "claimed_by": None}
    return [doc, old, mute, blind]


@pytest.fixture
def odd_client(tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from eventwire.store import open_store
    from eventwire.store.base import _per_document
    from eventwire.web import create_app

    store = open_store(tmp_path / "odd.db")
    with store._transaction():  # past the write path's check, as another tool might
        store._replace_documents(_per_document(odd_records()))
    store.close()
    with TestClient(create_app(tmp_path / "odd.db"), raise_server_exceptions=False) as test:
        yield test
