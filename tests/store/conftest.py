"""Fixtures for the store tests: hand-written records (see data/make_fixture.py), and a store of
each backend: a SQLite file, and a fresh database on a throwaway PostgreSQL server.

The server is started once per session on 127.0.0.1 (a free port, trust authentication, no
Unix socket) from the binaries of the Debian ``postgresql`` package, as ``nobody`` when the
tests run as root, and stopped at the end. ``EVENTWIRE_TEST_POSTGRES_URL`` (a superuser or
CREATEDB role's URL) uses a running server instead. Without either, or without psycopg, the
PostgreSQL cases skip and say why.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

FIXTURE = Path(__file__).parent / "data" / "fixture.jsonl"
SCHEMA = Path("/work/shared/contract/records.schema.json")
CROSS = ("agreement", "story", "discrepancy")
BACKENDS = ("sqlite", "postgresql")


def load_fixture() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def fixture_records() -> list[dict[str, Any]]:
    return load_fixture()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found and Path(found[-1]).with_name("pg_ctl").exists() \
        else None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL superuser's ``postgres`` database (see module docstring)."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install "
                                          "'eventwire[postgres]'): PostgreSQL store not tested")
    given = os.environ.get("EVENTWIRE_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb, pg_ctl; "
                    "apt-get install -y postgresql): PostgreSQL store not tested")
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        as_user = ["runuser", "-u", "nobody", "--"]
    home = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    if as_user:
        shutil.chown(home, user="nobody")
    data, port = home / "data", _free_port()

    def run(*args: str) -> None:
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            log = home / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args)} failed: {done.stderr}{done.stdout}{tail}")

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                   "-c unix_socket_directories='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(home / "log"), "-w", "-t", "30",
            "-o", options, "start")
    except (RuntimeError, subprocess.TimeoutExpired, OSError) as error:
        shutil.rmtree(home, ignore_errors=True)
        pytest.skip(f"could not start a throwaway PostgreSQL server: {error}")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the server, dropped after the test."""
    import psycopg

    name = f"eventwire_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield urlsplit(postgres_server)._replace(path=f"/{name}").geturl()
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh store lives: a SQLite file path, or a PostgreSQL URL."""
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(tmp_path / "fx.db")


@pytest.fixture
def store(store_target: str, fixture_records: list[dict[str, Any]]) -> Iterator[Any]:
    from eventwire.store import open_store

    s = open_store(store_target)
    s.write([r for r in fixture_records if r["kind"] not in CROSS])
    s.write_cross_document([r for r in fixture_records if r["kind"] in CROSS])
    yield s
    s.close()
