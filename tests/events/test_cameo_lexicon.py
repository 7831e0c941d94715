"""The generated English lexicon (eventwire/lang/en/predicates.generated.tsv).

Checked here: the file is exactly what ``scripts/generate_cameo_lexicon.py`` writes from its
sources under ``scripts/cameo/``; its types and modes are PLOVER's (eventwire/events/plover.yaml);
it is read behind the curated predicates.yaml (no word the curated file names gets a generated
entry); and the sentences of cameo_lexicon_cases.yaml, whose verbs only it knows, give their
complete event output.
"""

from __future__ import annotations

import filecmp
import importlib.util
from pathlib import Path

import pytest
import yaml

from eventwire import lang
from eventwire.events.predicates import _curated_words, predicates
from tests.events.test_tree_cases import assert_events, table_params

REPO = Path(__file__).resolve().parent.parent.parent
GENERATED = REPO / "eventwire" / "lang" / "en" / "predicates.generated.tsv"
PLOVER = yaml.safe_load((REPO / "eventwire" / "events" / "plover.yaml").read_text("utf-8"))
TABLE = yaml.safe_load((Path(__file__).parent / "cameo_lexicon_cases.yaml").read_text("utf-8"))
CASES = table_params(TABLE, lambda code, case: f"{code}:{case['text'][:36]}")


def test_generated_file_is_up_to_date(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "generate_cameo_lexicon", REPO / "scripts" / "generate_cameo_lexicon.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(tmp_path / "predicates.generated.tsv")
    assert filecmp.cmp(tmp_path / "predicates.generated.tsv", GENERATED, shallow=False)


def test_types_and_modes_are_plovers() -> None:
    types = PLOVER["types"]
    rows = lang.table("en", "predicates.generated")
    assert rows
    for row in rows:
        assert row["type"] in types, row
        modes = set(types[row["type"]].get("modes") or {}) | set(
            types[row["type"]].get("extensions") or {})
        assert row["mode"] == "-" or row["mode"] in modes, row
        assert row["kind"] in ("events", "claims", "requests", "threats", "commitments"), row


def test_curated_entries_win() -> None:
    """A generated entry is read only for a word the curated file does not name anywhere."""
    curated = _curated_words(lang.section("en", "predicates"))
    lexicon = predicates("en")
    assert lexicon is not None
    generated = {e.lemma for entries in lexicon.single.values() for e in entries if e.generated}
    assert generated, "the generated lexicon is read"
    assert not generated & curated
    for lemma in generated:  # one entry each, the generated one
        assert len(lexicon.single[lemma]) == 1


@pytest.mark.parametrize(("code", "case"), CASES)
def test_sentence_output(code: str, case: dict) -> None:
    assert_events(code, case)
