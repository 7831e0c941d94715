"""Candidate pairs by blocking keys and average linkage over sparse edges: no N x N anywhere.

Two documents are compared only when they share a blocking key: a feature that few
documents of the batch carry, either within one time window or in the whole batch. A
key carried by more than ``max_block`` documents says little about which happening a text
reports and would make the number of pairs grow with the square of the batch, so it
proposes no pair (it still counts in the similarity of pairs proposed otherwise). The
number of pairs is then at most ``max_block`` times the number of postings: linear.

Average linkage treats a pair never proposed as similarity 0; clusters merge, most similar
first, while the mean similarity over all their cross pairs reaches the threshold.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence

import numpy as np

WINDOW_DAYS = 7  # documents this close share a window (each date posts in two windows)
ANY_TIME = -(1 << 40)  # the window of a key posted for the whole batch


def windows(period: tuple[int, int] | None) -> list[int]:
    """The time windows a publication period posts in: every window it touches and the next,
    so two days at most ``WINDOW_DAYS`` apart share one (a month posts in about six)."""
    if period is None:
        return []
    low, high = period
    return list(range(low // WINDOW_DAYS, high // WINDOW_DAYS + 2))


def candidate_pairs(postings: Sequence[Sequence[int]], periods: Sequence[tuple[int, int] | None],
                    max_block: int) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of documents sharing a key in a window or in the whole batch, from
    blocks of 2 to ``max_block`` documents. ``postings[i]`` are document i's key ids."""
    docs: list[np.ndarray] = []
    keys: list[np.ndarray] = []
    for i, (posted, period) in enumerate(zip(postings, periods, strict=True)):
        if not posted:
            continue
        ks = np.asarray(posted, dtype=np.int64)
        for w in [ANY_TIME, *windows(period)]:
            keys.append(ks * (1 << 22) + (w & ((1 << 22) - 1)) if w != ANY_TIME
                        else ks * (1 << 22) + ((1 << 22) - 1))
            docs.append(np.full(len(ks), i, dtype=np.int64))
    if not keys:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    key = np.concatenate(keys)
    doc = np.concatenate(docs)
    order = np.lexsort((doc, key))
    key, doc = key[order], doc[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    sizes = np.diff(np.r_[starts, len(key)])
    size_of = np.repeat(sizes, sizes)
    keep = (size_of >= 2) & (size_of <= max_block)
    key, doc = key[keep], doc[keep]
    left: list[np.ndarray] = []
    right: list[np.ndarray] = []
    for offset in range(1, max_block):
        if offset >= len(key):
            break
        same = key[offset:] == key[:-offset]
        if not same.any():
            break
        left.append(doc[:-offset][same])
        right.append(doc[offset:][same])
    if not left:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    a, b = np.concatenate(left), np.concatenate(right)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    n = max(1, len(postings))
    code = np.unique(lo[lo != hi] * n + hi[lo != hi])
    return code // n, code % n


def average_linkage(n: int, rows: np.ndarray, cols: np.ndarray, sims: np.ndarray,
                    threshold: float,
                    apart: Callable[[list[int], list[int]], bool] | None = None) -> list[int]:
    """Cluster labels (0..k-1, in order of each cluster's first member) by average linkage
    over the given symmetric pairs (each pair once); pairs not given count as 0. Two
    clusters for which ``apart(members, members)`` holds are not merged (a reason other than
    similarity: they tell different happenings), however alike."""
    parent = list(range(n))
    size = [1] * n
    members = [[i] for i in range(n)]
    links: list[dict[int, float]] = [{} for _ in range(n)]
    for r, c, s in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True):
        if r == c or s <= 0:
            continue
        links[r][c] = links[r].get(c, 0.0) + s
        links[c][r] = links[c].get(r, 0.0) + s
    heap = [(-s, min(r, c), max(r, c)) for r in range(n) for c, s in links[r].items()
            if r < c and s >= threshold]
    heapq.heapify(heap)
    alive = [True] * n
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or b not in links[a]:
            continue
        mean = links[a][b] / (size[a] * size[b])
        if abs(mean + neg) > 1e-12:
            continue  # stale entry: the pair's mean changed since it was pushed
        if apart is not None and apart(members[a], members[b]):
            continue  # pushed again, and asked again, when either cluster grows
        keep, gone = (a, b) if len(links[a]) >= len(links[b]) else (b, a)
        alive[gone] = False
        parent[gone] = keep
        size[keep] += size[gone]
        members[keep] += members[gone]
        members[gone] = []
        del links[keep][gone]
        for other, total in links[gone].items():
            if other == keep:
                continue
            del links[other][gone]
            links[keep][other] = links[keep].get(other, 0.0) + total
            links[other][keep] = links[keep][other]
        links[gone] = {}
        for other, total in links[keep].items():
            other_mean = total / (size[keep] * size[other])
            if other_mean >= threshold:
                heapq.heappush(heap, (-other_mean, min(keep, other), max(keep, other)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    labels: dict[int, int] = {}
    return [labels.setdefault(root(i), len(labels)) for i in range(n)]
