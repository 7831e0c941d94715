"""Fixtures shared by all tests: paths, the contract validator, a CLI runner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
SCHEMA = ROOT / "eventwire" / "contract" / "records.schema.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, or a skip saying it is missing (it holds third-party text)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: the shared development data is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def seed_text() -> Path:
    path = shared_path("seed")
    files = sorted(path.glob("*.txt"))
    if not files:
        pytest.skip("no founding example in ../shared/seed")
    return files[0]


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None
            ) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI as a user does (a new process), capturing bytes."""
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], input=stdin,
                          capture_output=True, cwd=cwd or ROOT, timeout=300)


def jsonl(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
