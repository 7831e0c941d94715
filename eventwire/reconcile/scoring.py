"""Scores for the cross-document stages: B-cubed F1 of story grouping, and the share of
gold disagreements between sources that discrepancy records surface.

Gold comes as the dev corpus has it: stories as lists of document ids, and per-document
``facts`` (normalised values each source states; keys ending in ``_text`` are wording).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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


# Which discrepancy attributes may stand for a fact key (by words in the key); who said a
# thing ("..._speaker") is no figure, so no count stands for it; a truce's end
# ("truce_end_date") is an end, a time of day ("call_time") a time, neither a count.
_FAMILIES = (("speaker", ("speaker",)), ("duration", ("duration",)),
             ("end_date", ("end",)), ("_time", ("time",)),
             ("date", ("date", "start")), ("scope", ("scope",)),
             ("venue", ("location", "venue")), ("mediator", ("mediators", "parties")),
             ("signator", ("signatories",)), ("_km", ("length",)), ("", ("count",)))


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


# ---------------------------------------------------------------- fact-level disagreements

# Gold keys that speak of a happening other than their story's main one, by the key's name:
# the Trump-Zelensky story's "prior_putin_call_duration_hours" is the duration of the
# previous day's call, the same happening as the call story's "call_duration_hours".
SAME_AS = {"prior_putin_call_duration_hours": "call_duration_hours"}
SAME_AS_STORY = {"prior_putin_call_duration_hours": "2025-03-18-trump-putin-call"}


@dataclass(frozen=True)
class Disagreement:
    """A fact on which documents of the gold state different numbers: value -> documents."""

    key: str
    values: tuple[tuple[Any, tuple[str, ...]], ...]

    def differ(self, a: str, b: str) -> bool:
        va = {v for v, docs in self.values if a in docs}
        vb = {v for v, docs in self.values if b in docs}
        return bool(va and vb and va != vb)


def numeric_disagreements(facts: dict[str, dict[str, Any]], stories: dict[str, list[str]]
                          ) -> list[Disagreement]:
    """Numeric gold facts stated differently by two or more documents: one per happening and
    key (keys of one happening across stories pooled through ``SAME_AS``)."""
    story_of = {d: name for name, docs in stories.items() for d in docs}
    pooled: dict[tuple[Any, str], dict[Any, set[str]]] = {}
    for doc, doc_facts in sorted(facts.items()):
        for key, value in doc_facts.items():
            if key.endswith("_text") or isinstance(value, bool):
                continue
            if not isinstance(value, (int, float)):
                continue
            canonical = SAME_AS.get(key, key)
            where = SAME_AS_STORY.get(key) or story_of.get(doc)
            pooled.setdefault((where, canonical), {}).setdefault(_norm(value), set()).add(doc)
    return [Disagreement(key, tuple((v, tuple(sorted(docs)))
                                    for v, docs in sorted(vals.items(), key=str)))
            for (_, key), vals in sorted(pooled.items(), key=str) if len(vals) > 1]


def _conflicting_pairs(d: dict[str, Any]) -> list[tuple[str, str]]:
    values = d["values"]
    pairs = d.get("conflicts") or [[i, j] for i in range(len(values))
                                   for j in range(i + 1, len(values))]
    return [(a, b) for i, j in pairs for a in values[i]["sources"] for b in values[j]["sources"]
            if a != b]


def found(disagreement: Disagreement, discrepancies: list[dict[str, Any]]) -> bool:
    """Some discrepancy of a fitting attribute sets two documents that differ in the gold on
    opposite sides."""
    key = SAME_AS.get(disagreement.key, disagreement.key)
    return any(_attribute_fits(key, d["attribute"]) and disagreement.differ(a, b)
               for d in discrepancies for a, b in _conflicting_pairs(d))


def borne_out(discrepancy: dict[str, Any], facts: dict[str, dict[str, Any]]) -> bool:
    """A reported discrepancy is borne out when two documents on opposite sides state a gold
    fact of a fitting key differently."""
    for a, b in _conflicting_pairs(discrepancy):
        fa, fb = facts.get(a, {}), facts.get(b, {})
        keys_a = {SAME_AS.get(k, k): v for k, v in fa.items() if not k.endswith("_text")}
        keys_b = {SAME_AS.get(k, k): v for k, v in fb.items() if not k.endswith("_text")}
        for key in set(keys_a) & set(keys_b):
            if _attribute_fits(key, discrepancy["attribute"]) and \
                    _norm(keys_a[key]) != _norm(keys_b[key]):
                return True
    return False
