"""The parse repairs of two checkouts, A/B in one process, on the same unrepaired trees.

``python benchmarks/repair_ab.py OTHER_ROOT DIR... [--rounds 5] [--ud N]`` parses every
sentence of the documents in ``DIR...`` once (the stages up to the syntax stage, with the
repairs left out), then, round after round, repairs fresh copies of those trees with
``OTHER_ROOT``'s repairs (``eventwire/syntax/repair/``, or ``repair.py`` before the
eighteenth session) and with this checkout's, in turn, timing each
(``time.process_time``; the first round warms both up and is not counted). Every repaired
tree of the two must be identical (relations, heads, tags, morphology): a new gate on a mend
must never skip a tree the mend would change. With ``--ud N`` the first N sentences of each
language's Universal Dependencies test files (``../shared/ud/<lang>/*test.conllu.gz``) are
compared too. Only the repairs are timed, so the load of a shared machine hits both sides
alike and a change of a few milliseconds a pass shows.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

from _common import ROOT, prepared_documents  # beside this script

from eventwire import pipeline
from eventwire.syntax import parse as syntax
from eventwire.syntax import repair as this
from eventwire.syntax.models import load

UD = ROOT.parent / "shared" / "ud"


def _unrepaired(inputs: list[str]) -> list[tuple[Any, bytes]]:
    """(vocabulary, serialised tree) of every parsed sentence of ``inputs``, unrepaired."""
    docs = prepared_documents(inputs)
    kept = syntax.repair
    syntax.repair = lambda doc: 0
    try:
        names = [s.name for s in pipeline.STAGES]
        stages = pipeline.STAGES[:names.index("syntax") + 1]
        trees = []
        for doc in docs:
            done = pipeline.process(copy.copy(doc), stages=stages)
            trees += [(s.parse.vocab, s.parse.to_bytes()) for s in done.sentences
                      if s.parse is not None]
        return trees
    finally:
        syntax.repair = kept


def _ud(per_language: int) -> list[tuple[Any, bytes]]:
    """The first sentences of each language's UD test files, parsed, unrepaired."""
    trees = []
    for code in ("de", "en", "es", "fr", "it", "ru", "uk"):
        texts = []
        for path in sorted((UD / code).glob("*test.conllu.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                texts += [line[9:].strip() for line in lines if line.startswith("# text = ")]
        nlp = load(code)
        if nlp is not None and texts:
            trees += [(nlp.vocab, d.to_bytes())
                      for d in nlp.pipe(texts[:per_language], batch_size=128)]
    return trees


def _other_repairs(root: Path) -> Any:
    """``root``'s repairs: its ``repair.py`` (before the eighteenth session), or its package
    ``repair/`` loaded under the package's own name while this checkout's modules of it are
    set aside (its modules import each other by that name), then put back."""
    single = root / "eventwire" / "syntax" / "repair.py"
    if single.exists():
        spec = importlib.util.spec_from_file_location("other_repair", single)
        assert spec is not None and spec.loader is not None
        other = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(other)
        return other
    folder = root / "eventwire" / "syntax" / "repair"
    name = "eventwire.syntax.repair"
    ours = {k: v for k, v in sys.modules.items() if k == name or k.startswith(name + ".")}
    for key in ours:
        del sys.modules[key]
    try:
        spec = importlib.util.spec_from_file_location(
            name, folder / "__init__.py", submodule_search_locations=[str(folder)])
        assert spec is not None and spec.loader is not None
        other = importlib.util.module_from_spec(spec)
        sys.modules[name] = other
        spec.loader.exec_module(other)
    finally:
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
        sys.modules.update(ours)
    return other


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("other_root")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--ud", type=int, default=0, help="UD test sentences per language")
    args = parser.parse_args()
    from spacy.attrs import DEP, HEAD, MORPH, POS
    from spacy.tokens import Doc

    other = _other_repairs(Path(args.other_root))
    trees = _unrepaired(args.inputs) + (_ud(args.ud) if args.ud else [])
    sides = {"other": other.repair, "this": this.repair}
    spent = dict.fromkeys(sides, 0.0)
    mended = dict.fromkeys(sides, 0)
    differ = 0
    for round_ in range(args.rounds + 1):
        results = {}
        for name, repair in sides.items():
            fresh = [Doc(vocab).from_bytes(data) for vocab, data in trees]
            started = time.process_time()
            made = sum(repair(tree) for tree in fresh)
            if round_:
                spent[name] += time.process_time() - started
                mended[name] = made
            results[name] = [t.to_array([DEP, HEAD, POS, MORPH]).tobytes() for t in fresh]
        differ = max(differ, sum(a != b for a, b in zip(results["other"], results["this"],
                                                         strict=True)))
    print(f"{len(trees)} trees, {args.rounds} rounds; CPU s of the repairs a round:")
    for name in sides:
        print(f"  {name:6s} {spent[name] / args.rounds:.3f}   ({mended[name]} repairs made)")
    print(f"trees repaired differently: {differ}")


if __name__ == "__main__":
    main()
