"""Hand-written records for the example stories under ``examples/stories/`` (shared by the
reconcile and agreements tests): each story folder holds texts, ``records.yaml`` (what a
careful coder would extract; evidence as exact substrings) and ``expected.yaml``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
STORIES = ROOT / "examples" / "stories"
SCHEMA = Path("/work/shared/contract/records.schema.json")


def story_names() -> list[str]:
    return sorted(p.name for p in STORIES.iterdir() if (p / "records.yaml").exists())


def _actor(code: str, table: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    info = table.get(code, {})
    return {"name": name or info.get("name", code), "canonical": info.get("name", code),
            "country": code, "sector": info.get("sector"),
            "type": "person" if name else info.get("type", "country")}


def _span(text: str, evidence: str, where: str) -> list[int]:
    start = text.find(evidence)
    if start < 0:
        raise AssertionError(f"{where}: evidence not in text: {evidence!r}")
    return [start, start + len(evidence)]


def story_records(name: str) -> list[dict[str, Any]]:
    """Contract records (document, statement, event) of one example story."""
    folder = STORIES / name
    data = yaml.safe_load((folder / "records.yaml").read_text(encoding="utf-8"))
    actors = data.get("actors", {})
    texts = {d: (folder / f"{d}.txt").read_text(encoding="utf-8") for d in data["documents"]}
    records: list[dict[str, Any]] = []
    for doc_id, meta in data["documents"].items():
        records.append({"kind": "document", "id": doc_id, "title": None, "url": None,
                        "outlet": meta["outlet"], "language": meta["language"],
                        "published": meta["published"], "reference_date": meta["published"],
                        "passages": 1, "text": texts[doc_id]})
    for st in data.get("statements", []):
        text = texts[st["doc"]]
        span = _span(text, st["evidence"], st["id"])
        records.append({"kind": "statement", "id": st["id"], "document": st["doc"],
                        "passage": None,
                        "speaker": _actor(st["speaker"], actors, st.get("speaker_name")),
                        "reported_by": [], "channel": None, "direct": False,
                        "text": st["evidence"], "span": span, "date": None})
    counters: dict[str, int] = {}
    for ev in data["events"]:
        text = texts[ev["doc"]]
        n = counters[ev["doc"]] = counters.get(ev["doc"], 0) + 1
        event_id = f"{ev['doc']}#e{n}"
        span = _span(text, ev["evidence"], event_id)
        records.append({
            "kind": "event", "id": event_id, "document": ev["doc"], "passage": None,
            "type": ev["type"], "mode": ev.get("mode"), "context": [],
            "actors": [_actor(c, actors) for c in ev.get("actors", [])],
            "recipients": [_actor(c, actors) for c in ev.get("recipients", [])],
            "date": ev.get("date"), "location": ev.get("location"),
            "quantities": ev.get("quantities", []),
            "modality": ev.get("modality", "asserted"), "statement": ev.get("statement"),
            "claimed_by": None, "evidence": {"text": ev["evidence"], "span": span},
            "confidence": 0.9,
        })
    return records


def expected(name: str) -> dict[str, Any]:
    return yaml.safe_load((STORIES / name / "expected.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def validator() -> Any:
    """A JSON Schema validator for the record contract (None when jsonschema or the schema
    is missing, so tests can skip with a reason)."""
    try:
        import jsonschema
    except ImportError:
        return None
    if not SCHEMA.exists():
        return None
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def all_records() -> list[dict[str, Any]]:
    return [r for name in story_names() for r in story_records(name)]


def sets_in_one_batch(names: tuple[str, ...], into: Path, reference_date: str = "2026-12-31"
                      ) -> tuple[list[list[str]], list[list[str]]]:
    """The stories eventwire makes of several invented sets' texts read in one batch (copied
    into ``into`` as ``set--file``), and the stories their ``expected.yaml`` files give, both
    as sorted lists of sorted ``set--file`` names (extension dropped)."""
    import shutil

    from eventwire.api import extract

    gold = []
    for name in names:
        for text in sorted((STORIES / name).glob("*.txt")):
            shutil.copy(text, into / f"{name}--{text.name}")
        want = yaml.safe_load((STORIES / name / "expected.yaml").read_text("utf-8"))
        gold += [sorted(f"{name}--{d}" for d in story) for story in want["stories"]]
    records = extract(sorted(str(p) for p in into.glob("*.txt")),
                      reference_date=reference_date).records
    made = sorted(sorted(d.removesuffix(".txt") for d in r["documents"])
                  for r in records if r["kind"] == "story")
    return made, sorted(gold)
