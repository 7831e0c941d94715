"""Regenerate ``eventwire/lang/en/predicates.generated.tsv`` from the CAMEO verb dictionary.

Sources (both under ``scripts/cameo/``, see its README for provenance and licences):

- ``CAMEO.2.0.txt``: PETRARCH2's CAMEO verb pattern dictionary (openeventdata/petrarch2, MIT),
  verbs grouped in blocks, each verb coded by its own CAMEO code or its block's;
- ``cameo_plover.tsv``: eventwire's curated reading of a CAMEO code (longest prefix) as a
  PLOVER type, a mode and the section of ``predicates.yaml`` the verb would sit in.

Only verbs are read (the patterns after a block's verbs, verb + object, are not). A verb is
kept when it is one plain word (no multi-word ``+`` form, no hyphen), sits in one of the
blocks of ``blocks_read.txt`` (blocks whose verbs name the act itself), has a code (its own
or its block's), every code it carries in any block maps to one and the same (kind, type),
and it is not one of ``GENERIC`` below (verbs whose CAMEO code holds for one sense among
many: "hold", "run").
The file is deterministic (sorted, no timestamps). Entries the curated ``predicates.yaml``
already has a say on are dropped when the lexicon is loaded
(:func:`eventwire.events.predicates.predicates`), not here, so editing the curated file never
makes this one stale. ``tests/events/test_cameo_lexicon.py`` runs this script into a
temporary folder and compares.

Usage: ``python scripts/generate_cameo_lexicon.py [OUTPUT_FILE]``
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "cameo" / "CAMEO.2.0.txt"
MAPPING = HERE / "cameo" / "cameo_plover.tsv"
BLOCKS = HERE / "cameo" / "blocks_read.txt"
OUTPUT = HERE.parent / "eventwire" / "lang" / "en" / "predicates.generated.tsv"

# Verbs of many senses whose CAMEO code fits one of them only: never an event by themselves.
GENERIC = frozenset("""
be have do make take give get go come put set keep hold bring let see look seem appear become
leave turn run move show use find call say tell know think want need try help start begin
continue end work play stand open close carry send receive return meet pass raise lower cut
break hit strike fire charge press push pull draw drive lead follow face cover hand deal
reach land drop fall rise sign cross enter head join mark note point reach serve stay stop
greet ensure certify hang forgave forgiven respect honor honour celebrate commemorate toast
clap reward lecture grill guarantee
""".split())

VERB = re.compile(r"^([A-Z][A-Z'-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?")
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")


def mapping() -> list[tuple[str, str, str, str]]:
    """(code prefix, kind, type, mode), longest prefix first."""
    with MAPPING.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = [(r["cameo"], r["kind"], r["type"], r["mode"])
            for r in csv.DictReader(lines, delimiter="\t")]
    return sorted(rows, key=lambda row: (-len(row[0]), row[0]))


def read(code: str, table: list[tuple[str, str, str, str]]) -> tuple[str, str, str] | None:
    """The (kind, type, mode) of one CAMEO code, or None (no entry, or an unknown code)."""
    for prefix, kind, type_, mode in table:
        if code.startswith(prefix):
            return None if kind == "-" else (kind, type_, mode)
    return None


def verbs(text: str) -> dict[str, list[tuple[str, str]]]:
    """Plain one-word verbs -> [(CAMEO code, block name)], from the verb pattern section."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    found: dict[str, list[tuple[str, str]]] = {}
    block, default = "", ""
    for line in lines[start + 1:]:
        if line.startswith("######## TRANSFORMATIONS"):
            break
        header = HEADER.match(line)
        if header:
            block, default = header.group(1), header.group(2)
            continue
        if not line.strip() or line.startswith(("#", "-", "+", "&")):
            continue
        match = VERB.match(line)
        if not match:
            continue
        word, own = match.group(1), match.group(2)
        code = (own or default).split(":")[0].strip()
        if "-" in word or "'" in word or not code or not code[0].isdigit():
            continue
        found.setdefault(word.lower(), []).append((code, block))
    return found


def blocks() -> frozenset[str]:
    lines = BLOCKS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def rows() -> list[list[str]]:
    table, read_blocks = mapping(), blocks()
    out = []
    for lemma, codes in sorted(verbs(SOURCE.read_text(encoding="utf-8")).items()):
        if lemma in GENERIC or not any(block.lower() in read_blocks for _, block in codes):
            continue
        readings = [read(code, table) for code, _ in codes]
        if None in readings or len({r[:2] for r in readings if r}) != 1:
            continue  # no code eventwire reads, or codes of two kinds or types
        kind, type_, _ = readings[0]  # type: ignore[misc]
        modes = {r[2] for r in readings if r}
        code, block = sorted((c, b) for c, b in codes if b.lower() in read_blocks)[0]
        out.append([lemma, kind, type_, modes.pop() if len(modes) == 1 else "-", code,
                    block.lower()])
    return out


def main(path: Path = OUTPUT) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Generated by scripts/generate_cameo_lexicon.py from PETRARCH2's CAMEO "
                     "verb dictionary (MIT): do not edit.\n")
        handle.write("# Read behind the curated predicates.yaml: a lemma it has a say on "
                     "is skipped. cameo: the code, block: the dictionary's verb block.\n")
        handle.write("lemma\tkind\ttype\tmode\tcameo\tblock\n")
        for row in rows():
            handle.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
