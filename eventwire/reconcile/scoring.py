"""Scores for the cross-document stages: B-cubed F1 of story grouping, and the share of
gold disagreements between sources that discrepancy records surface.

Gold comes as the dev corpus has it: stories as lists of document ids, and per-document
``facts`` (normalised values each source states; keys ending in ``_text`` are wording).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import Any


def bcubed(predicted: Iterable[Iterable[str]], gold: Iterable[Iterable[str]]
           ) -> dict[str, float]:
    """B-cubed precision, recall and F1 over the documents present in the gold."""
    gold_of = {d: i for i, g in enumerate(gold) for d in g}
    pred_of = {d: i for i, p in enumerate(predicted) for d in p if d in gold_of}
    for d in gold_of:  # a document missing from the prediction is a story of its own
        pred_of.setdefault(d, -1 - len(pred_of))
    docs = sorted(gold_of)
    if not docs:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    p = r = 0.0
    for d in docs:
        same_pred = [x for x in docs if pred_of[x] == pred_of[d]]
        same_gold = [x for x in docs if gold_of[x] == gold_of[d]]
        both = sum(1 for x in same_pred if gold_of[x] == gold_of[d])
        p += both / len(same_pred)
        r += both / len(same_gold)
    p, r = p / len(docs), r / len(docs)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _norm(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(sorted(str(v) for v in value))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip().casefold()
    return value


def gold_disagreements(facts: dict[str, dict[str, Any]], stories: list[list[str]]
                       ) -> list[tuple[str, str, str]]:
    """(key, doc a, doc b): two documents of one story stating different values of a fact."""
    out = []
    for story in stories:
        for a, b in combinations(sorted(story), 2):
            fa, fb = facts.get(a, {}), facts.get(b, {})
            for key in sorted(set(fa) & set(fb)):
                if key.endswith("_text"):
                    continue
                if _norm(fa[key]) != _norm(fb[key]):
                    out.append((key, a, b))
    return out


# Which discrepancy attributes may stand for a fact key (by words in the key).
_FAMILIES = (("duration", ("duration",)), ("date", ("date", "start")), ("scope", ("scope",)),
             ("venue", ("location",)), ("mediator", ("mediators", "parties")),
             ("", ("count",)))


def _attribute_fits(key: str, attribute: str) -> bool:
    for word, attributes in _FAMILIES:
        if word and word in key:
            return any(attribute.startswith(a) for a in attributes)
    return attribute.startswith("count") or attribute.startswith("quantity")


def surfaced(disagreements: list[tuple[str, str, str]], discrepancies: list[dict[str, Any]],
             *, strict: bool = True) -> list[tuple[str, str, str]]:
    """The gold disagreements some discrepancy record shows: the two documents stand behind
    different values (``strict``: of an attribute that fits the fact key)."""
    found = []
    for key, a, b in disagreements:
        for d in discrepancies:
            if strict and not _attribute_fits(key, d["attribute"]):
                continue
            va = {i for i, v in enumerate(d["values"]) if a in v["sources"]}
            vb = {i for i, v in enumerate(d["values"]) if b in v["sources"]}
            if va and vb and (va - vb or vb - va):
                found.append((key, a, b))
                break
    return found
