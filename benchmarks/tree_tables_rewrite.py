"""Rewrite the tree coder's reads of spaCy tokens onto its per-tree tables (a codemod).

``python benchmarks/tree_tables_rewrite.py [FILE...]`` (default: ``eventwire/events/tree/*.py``)
rewrites, inside methods (functions whose first argument is ``self``: the
:class:`~eventwire.events.tree.words.TreeWords` family), every ``X.children`` into
``self.children(X)`` and every ``"V" in X.morph.get("F")`` (or ``not in``) into
``"V" in self.feature(X, "F")``, and prints how many lines changed. Both read the same
answers from tables made once per tree (the children in order, from one pass over the
heads; each feature's values, from the morphology ids read in one call) instead of spaCy
walking the sentence for each ``token.children`` and building a ``MorphAnalysis`` for each
``token.morph``. Comparisons of a whole ``morph.get`` list (``== ["Nom"]``) are left alone
(a table holds tuples).

Kept as a script because the lines it touches are edited by several branches at once:
run it again after merging them, then check that the output is byte-identical (a method
that reads a token of another sentence would read the wrong table: none does today).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILDREN = re.compile(r"\b((?:self\.)?[a-z_]+)\.children\b")
FEATURE = re.compile(
    r'"([A-Za-z0-9]+)" (not )?in ((?:self\.)?[a-z_]+)\.morph\.get\("([A-Za-z]+)"\)')


def rewrite(source: str) -> tuple[str, int]:
    """The source with its methods' reads rewritten, and the number of lines changed."""
    inside: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.args.args and \
                node.args.args[0].arg == "self":
            inside.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    lines = source.split("\n")
    changed = 0
    for n, line in enumerate(lines, start=1):
        if n not in inside or "def children" in line or line.lstrip().startswith(("#", '"')) \
                or "``" in line:
            continue  # (docstrings and comments name spaCy's attributes: left as written)
        new = CHILDREN.sub(lambda m: m.group(0) if m.group(1) == "self"
                           else f"self.children({m.group(1)})", line)
        new = FEATURE.sub(lambda m: f'"{m.group(1)}" {m.group(2) or ""}in '
                          f'self.feature({m.group(3)}, "{m.group(4)}")', new)
        if new != line:
            lines[n - 1] = new
            changed += 1
    return "\n".join(lines), changed


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted(
        (ROOT / "eventwire/events/tree").glob("*.py"))
    total = 0
    for path in paths:
        text, changed = rewrite(path.read_text(encoding="utf-8"))
        if changed:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {changed} lines")
        total += changed
    print(f"{total} lines changed")


if __name__ == "__main__":
    main()
