"""Measure (not tune) how well the event cue lexicon covers a set of gold-typed sentences.

For each sentence: which PLOVER types have at least one cue in it (plain token matching on the
folded text, a trailing * as prefix wildcard; no parsing, no negation, no pos filtering).
Per gold type it reports the share of sentences with a cue of the gold type ("hit") and the
share with a cue of some other type ("other"; "other_v" counts verb cues only). This is an
upper bound on what the coder can
find from cues, and a rough measure of the noise it has to sort out.

    .venv/bin/python scripts/cue_coverage.py [--data FILE.jsonl] [--lang en] [--misses]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from eventwire.text.tokens import WORD
from eventwire.text.view import fold

ROOT = Path(__file__).resolve().parents[1]


def compile_cues(entries: list[dict], pos: str | None = None) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(e["cue"].split()), e["type"]) for e in entries if pos is None or e["pos"] == pos]


def token_match(pattern: str, token: str) -> bool:
    if pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    return token == pattern


def types_in(tokens: list[str], cues: list[tuple[tuple[str, ...], str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    n = len(tokens)
    for pattern, kind in cues:
        k = len(pattern)
        for i in range(n - k + 1):
            if all(token_match(p, tokens[i + j]) for j, p in enumerate(pattern)):
                found[kind].append(" ".join(pattern))
                break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="/work/shared/data/plover_gsr_dev.jsonl")
    parser.add_argument("--lang", default="en")
    parser.add_argument(
        "--misses", action="store_true", help="list sentences with no cue of their gold type"
    )
    args = parser.parse_args()

    lexicon = yaml.safe_load(
        (ROOT / "eventwire" / "lang" / args.lang / "events.yaml").read_text("utf-8")
    )
    cues = compile_cues(lexicon["cues"])
    verb_cues = compile_cues(lexicon["cues"], "verb")
    rows = [
        json.loads(line) for line in Path(args.data).read_text("utf-8").splitlines() if line.strip()
    ]

    total, hit, other, other_verb = Counter(), Counter(), Counter(), Counter()
    confusion: Counter = Counter()
    misses = []
    for row in rows:
        gold = row["type"]
        tokens = WORD.findall(fold(row["text"]))
        found = types_in(tokens, cues)
        total[gold] += 1
        if gold in found:
            hit[gold] += 1
        else:
            misses.append((gold, row["text"], sorted(found)))
        if set(types_in(tokens, verb_cues)) - {gold}:
            other_verb[gold] += 1
        others = set(found) - {gold}
        if others:
            other[gold] += 1
            for t in others:
                confusion[(gold, t)] += 1

    print(f"{'type':<10} {'n':>3} {'hit':>6} {'other':>6} {'other_v':>8}")
    for gold in sorted(total):
        n = total[gold]
        print(
            f"{gold:<10} {n:>3} {hit[gold] / n:>6.0%} {other[gold] / n:>6.0%} "
            f"{other_verb[gold] / n:>8.0%}"
        )
    n = sum(total.values())
    print(
        f"{'ALL':<10} {n:>3} {sum(hit.values()) / n:>6.0%} {sum(other.values()) / n:>6.0%}"
        f" {sum(other_verb.values()) / n:>8.0%}"
    )
    print("\nmost frequent other-type cues (gold -> cue type):")
    for (gold, t), c in confusion.most_common(12):
        print(f"  {gold} -> {t}: {c}")
    if args.misses:
        print("\nno cue of the gold type:")
        for gold, text, found in misses:
            print(f"  [{gold}] {text}  (found: {', '.join(found) or '-'})")


if __name__ == "__main__":
    main()
