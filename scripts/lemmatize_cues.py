"""Draft lemma entries from a surface cue lexicon (eventwire/lang/<code>/events.yaml).

Why: the dependency-tree coder matches lemmas, not surface forms. This prints, per PLOVER type,
the distinct lemma sequences that simplemma gives for the old cues, as a starting point for
a hand-checked predicates.yaml (verb infinitives and UD conventions still need a human eye).

Usage: python scripts/lemmatize_cues.py fr > /tmp/fr_draft.txt
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import simplemma
import yaml

LANG_DIR = Path(__file__).resolve().parent.parent / "eventwire" / "lang"


def lemma_sequence(cue: str, lang: str) -> str:
    """Lemmatise each word of a folded cue; wildcards and punctuation tokens are dropped."""
    words = [w.rstrip("*") for w in cue.split() if w.rstrip("*").isalnum()]
    return " ".join(simplemma.lemmatize(w, lang=lang).lower() for w in words)


def draft(lang: str) -> dict[tuple[str, str], list[str]]:
    """Return {(type, mode-or-''): sorted distinct lemma sequences} for one language."""
    data = yaml.safe_load((LANG_DIR / lang / "events.yaml").read_text(encoding="utf-8"))
    grouped: dict[tuple[str, str], set[str]] = defaultdict(set)
    for cue in data["cues"]:
        key = (cue["type"], cue.get("mode") or "")
        grouped[key].add(f"{lemma_sequence(cue['cue'], lang)}/{cue.get('pos', '')}")
    return {key: sorted(values) for key, values in sorted(grouped.items())}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: lemmatize_cues.py <lang>", file=sys.stderr)
        return 2
    for (ptype, mode), lemmas in draft(argv[1]).items():
        print(f"{ptype}{':' + mode if mode else ''} ({len(lemmas)}): {', '.join(lemmas)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
