"""What an ingest must reconcile again: the neighbourhood of the new documents.

Each stored document files *neighbourhood keys*: the blocking keys story grouping pairs
documents by (rare features within a time window, or in the whole batch), and, unbounded
but within a window, the (subject, party) of its commitments and the (kind, party pair) of
its facts' happenings, by which agreements and happenings join stories. An ingest
reconciles the new documents, the documents that share a key with them (a story key shared
by more than ``MAX_BLOCK`` documents proposes nothing, as in grouping; of those sharing only
story features, those similar enough to a new one that grouping could join them), and the
whole stories,
agreements and discrepancies those documents belong to; the rest of the store keeps its
cross-document records. The work grows with the new documents' neighbourhood, not with
the store.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from eventwire.reconcile.agreements.build import COMMITMENT_TYPES, SUBJECTS
from eventwire.reconcile.common import ORGANISATION_CODES, Batch, Record, mode_family, sides
from eventwire.reconcile.linkage import WINDOW_DAYS, windows
from eventwire.reconcile.profiles import Profile, profile_of
from eventwire.reconcile.stories import (
    BLOCKING_SPACES,
    FAR_APART_DAYS,
    LONER_THRESHOLD,
    MAX_BLOCK,
    OUT_OF_TIME_FACTOR,
    STORY_THRESHOLD,
    Frequencies,
    share_a_happening,
    similarity_of,
)

STORY = "s"  # a story key: capped at MAX_BLOCK documents
LINK = "l"  # an agreement or happening key: bounded by its window, never capped
MARK = ""  # filed by every document, so a store knows which documents have their keys

MIN_SHARED_FEATURES = 2  # a document shares this many story features with a new one to be
# its neighbour (one number or one short name in common is chance), one of them naming
# someone or something (a name, a person, an event signature: numbers alone are common),
# or one agreement or happening key
NAMING_SPACES = frozenset("mpe")
# Documents written further apart than this count OUT_OF_TIME_FACTOR of their similarity
# (at most 1), less than LONER_THRESHOLD: never close enough to a new document.
OUT_OF_REACH_DAYS = 3 * FAR_APART_DAYS
if OUT_OF_TIME_FACTOR >= LONER_THRESHOLD:
    raise ImportError("reach() assumes documents out of reach are never close enough")

__all__ = ["LINK", "MARK", "MAX_BLOCK", "STORY", "close_to", "neighbour_kinds",
           "neighbourhood_keys", "neighbours", "profiles_and_keys", "reach"]


def neighbours(filed: list[tuple[str, str]], holders: list[tuple[str, str]]) -> set[str]:
    """Documents that are neighbours of new ones. ``filed``: (new document, key) pairs;
    ``holders``: (key, document) pairs of the keys worth following (see the store)."""
    linked, candidates = neighbour_kinds(filed, holders)
    return linked | candidates


def neighbour_kinds(filed: list[tuple[str, str]], holders: list[tuple[str, str]]
                    ) -> tuple[set[str], set[str]]:
    """The other documents that are neighbours of new ones, in two sets: those sharing an
    agreement or happening key (always reconciled again), and those sharing story features
    (candidates, kept by :func:`close_to` when grouping could join them)."""
    new_of: dict[str, list[str]] = defaultdict(list)
    for doc, key in filed:
        new_of[key].append(doc)
    linked: set[str] = set()
    keys_of: dict[str, list[str]] = defaultdict(list)  # a holder's story keys
    link = LINK + "|"
    for key, doc in holders:
        if key.startswith(link):
            linked.add(doc)
        else:
            keys_of[doc].append(key)
    for doc, _ in filed:  # the new documents hold their own keys
        linked.discard(doc)
        keys_of.pop(doc, None)
    feature_of: dict[str, str] = {}  # a key's feature, cut once per key, not once per holder
    candidates: set[str] = set()
    for doc, keys in keys_of.items():
        if doc in linked or len(keys) < MIN_SHARED_FEATURES:
            continue  # one key is one feature: too few to share two with anyone
        features = []
        for key in keys:
            feature = feature_of.get(key)
            if feature is None:
                feature = feature_of[key] = key.rsplit("@", 1)[0]
            features.append(feature)
        # most holders share one feature in several windows, or no name: settled here
        if len(set(features)) < MIN_SHARED_FEATURES or not any(map(_names_at_all, features)):
            continue
        shared: dict[str, set[str]] = defaultdict(set)
        for key, feature in zip(keys, features, strict=True):
            for new in new_of.get(key, ()):
                shared[new].add(feature)
        if any(_enough(found) for found in shared.values()):
            candidates.add(doc)
    return linked, candidates


def close_to(profiles: dict[str, Profile], new: set[str], candidates: set[str],
             frequencies: Frequencies | None = None) -> set[str]:
    """The candidates grouping could put in a story with a new document: similarity to it of
    ``STORY_THRESHOLD`` or more (average linkage needs that on average), or of
    ``LONER_THRESHOLD`` or more when one of the two could join the other's story as a loner
    (:meth:`Profile.lead_fits`) or two loners could join each other (they tell of one
    happening: :func:`stories.share_a_happening`), and two candidates grouping could put
    together so: the new documents change the weights of the features they share with
    them, and a pair apart under a small store's weights may be a story under the whole
    store's. The others stay in their stories, and
    reconciling those again, with all their documents, is wasted work. ``profiles``: those
    of the new documents and the candidates (the store keeps them: no record is read).

    The features are weighed (IDF) by ``frequencies``: how many of the store's documents
    hold them (as the rebuild weighs them); None, the documents compared. The store
    compares only the candidates within :func:`reach` of a new document: one further away
    is never close, and is never in the documents an ingest reconciles again either."""
    ids = sorted(profiles)
    if len(ids) < 2:
        return set()
    edges = similarity_of([profiles[d].features for d in ids], [profiles[d].period for d in ids],
                          frequencies=frequencies)
    kept: set[str] = set()
    for a, b, sim in zip(edges.rows.tolist(), edges.cols.tolist(), edges.sims.tolist(),
                         strict=True):
        one, other = ids[a], ids[b]
        if sim < LONER_THRESHOLD or (one in new and other in new):
            continue
        p, q = profiles[one], profiles[other]
        if not (sim >= STORY_THRESHOLD or p.lead_fits(q) or q.lead_fits(p)
                or share_a_happening(list(p.happenings), list(q.happenings))):
            continue
        if one in new or other in new:
            kept.add(other if one in new else one)
        elif one in candidates and other in candidates:
            # two stored documents the new ones make rarer or commoner features of: under
            # the whole store's weights grouping may now join them (two shelling reports
            # 0.107 alike in a first store of three, 0.136 once the truce reports came)
            kept |= {one, other}
    return kept


def reach(periods: list[tuple[int, int] | None]) -> list[tuple[int, int]] | None:
    """The days (merged ranges) a stored document's publication period must touch to be
    close to a new document of one of these ``periods``: within ``OUT_OF_REACH_DAYS`` of
    one. None, no bound, when a new document is undated (its time factor is always 1)."""
    if any(p is None for p in periods):
        return None
    ranges: list[tuple[int, int]] = []
    for low, high in sorted((p[0] - OUT_OF_REACH_DAYS, p[1] + OUT_OF_REACH_DAYS)
                            for p in periods if p is not None):
        if ranges and low <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], high))
        else:
            ranges.append((low, high))
    return ranges


def _enough(found: set[str]) -> bool:
    """Whether the story features a stored document shares with a new one make it a
    candidate: two, one naming someone (:func:`_names_someone`), or one more than that when
    the only name is a short one (the skeleton of "Odesa" is "ds": reports of one strike
    sharing it and two numbers are grouped together, and a neighbourhood without them left
    a story split when its reports came in two ingests)."""
    if len(found) >= MIN_SHARED_FEATURES and any(map(_names_someone, found)):
        return True
    return len(found) > MIN_SHARED_FEATURES and any(map(_names_at_all, found))


@lru_cache(maxsize=1 << 16)
def _names_at_all(feature: str) -> bool:
    """A person, an event signature or a name skeleton of any length."""
    return feature[2] in NAMING_SPACES


@lru_cache(maxsize=1 << 16)
def _names_someone(feature: str) -> bool:
    """A person, an event signature, or a name skeleton of three consonants or more (two,
    "ds" or "nv", are shared by too many unrelated names)."""
    space, value = feature[2], feature[4:]
    return space in NAMING_SPACES and (space != "m" or len(value) >= 3)


def profiles_and_keys(records: list[Record]) -> dict[str, tuple[Profile, list[str]]]:
    """Document id -> its :class:`Profile` and its neighbourhood keys ("s|feature@window",
    "l|...@window", and the empty mark), for the per-document records of some documents."""
    batch = Batch.of(records)
    facts: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        if r.get("kind") == "fact" and r.get("happening"):
            facts[r["document"]].append(r)
    out: dict[str, tuple[Profile, list[str]]] = {}
    for doc_id in sorted(batch.documents):
        profile = profile_of(batch, doc_id)
        period = profile.period
        spans = [str(w) for w in windows(period)]
        # Agreements join mentions up to 14 days apart: one window more on each side.
        wide = [str(w) for w in range(period[0] // WINDOW_DAYS - 1,
                                      period[1] // WINDOW_DAYS + 2)] if period else ["*"]
        keys = {MARK}
        for feature in profile.features:
            if feature[0] in BLOCKING_SPACES:
                keys.update(f"{STORY}|{feature}@{w}" for w in ["*", *spans])
        for event in batch.events_by_doc.get(doc_id, ()):
            subject = SUBJECTS.get(mode_family(event.get("mode")) or "")
            if subject and event["type"] in COMMITMENT_TYPES:
                for party in set(sides(event)) - ORGANISATION_CODES:
                    keys.update(f"{LINK}|{subject}|{party}@{w}" for w in wide)
        for fact in facts.get(doc_id, ()):
            h = fact["happening"]
            parties = sorted(h.get("parties") or ())
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    keys.update(f"{LINK}|{h.get('kind')}|{a}|{b}@{w}" for w in wide)
        out[doc_id] = (profile, sorted(keys))
    return out


def neighbourhood_keys(records: list[Record]) -> dict[str, list[str]]:
    """Document id -> its neighbourhood keys (:func:`profiles_and_keys`)."""
    return {doc: keys for doc, (_, keys) in profiles_and_keys(records).items()}
