"""Stories: documents (and their events) that report the same happening.

Two signals, both usable across languages:
- language-neutral features of the records: canonical countries of the sides, event
  signatures (PLOVER type, mode family, sides), quantities, dates, and the numbers written
  in the text; lead events weigh more, since a story's lede names its happening;
- the words of the text, which only meet within one language (and in names), so they
  sharpen grouping inside a language without hurting it across languages.
Documents are vectors of IDF-weighted features; average-linkage clustering with a cosine
threshold groups them. Syndicated copies are found first with MinHash (datasketch) and are
always kept together and counted once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy.sparse import csr_matrix

from eventwire.reconcile.common import (
    Batch,
    Components,
    Record,
    countries,
    date_interval,
    day,
    mode_family,
    quantity_family,
    sides,
    stable_id,
    unit_of,
)
from eventwire.reconcile.linkage import average_linkage, candidate_pairs
from eventwire.text.datelines import DATELINE, MIXED_DATELINE

DUPLICATE_THRESHOLD = 0.8  # share of the shorter text's 5-word shingles found in the other
CANDIDATE_THRESHOLD = 0.5  # MinHash Jaccard estimate that makes a pair worth checking
# Average similarity (see ``similarity``) a document needs to join a story. On the dev corpus
# 0.23-0.26 give B-cubed 1.0; 0.22 merges the calls of consecutive days (Trump-Putin,
# Trump-Zelensky), 0.28 splits stories; 0.20 also merged happenings years apart.
STORY_THRESHOLD = 0.24
LONER_THRESHOLD = 0.12  # a document alone may join a story this close on average...
LONER_MARGIN = 1.3  # ...when no other story is within this factor of it
NUM_PERM = 128
FAR_APART_DAYS = 10  # documents written this far apart rarely report one happening
FAR_FACTOR, OUT_OF_TIME_FACTOR = 0.6, 0.1  # their similarity scaled (three times as far)
# Namespaces: e event signature, c country, p person or institution (canonical entity),
# m name skeleton (proper names, comparable across scripts), q quantity with its unit,
# d event date, n number in the text, w word stem (meets only within one language). The
# language-neutral ones carry most of the weight, so a translation lands with its story.
PRIOR_WEIGHT = 1.0  # missing evidence, in namespace-weight units (see ``similarity``)
NAMESPACE_WEIGHTS = {"e": 4.0, "c": 0.5, "p": 1.5, "m": 2.0, "q": 2.0, "d": 1.5, "n": 1.5,
                     "w": 0.6}

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")
_YEAR = re.compile(r"^(19|20)\d\d$")
_LINE = re.compile(r"^.*$", re.MULTILINE)
_DATELINE_DAY = re.compile(r",[^(/\n]*\d")  # a number after the place: a day


@dataclass
class Grouping:
    """The result of grouping: stories as lists of document ids, and duplicate sets."""

    stories: list[list[str]] = field(default_factory=list)
    duplicate_of: dict[str, str] = field(default_factory=dict)  # copy -> canonical document


# ---------------------------------------------------------------- near-duplicates

def _shingles(text: str, size: int = 5) -> set[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


@cache
def _lsh_bands() -> tuple[int, int]:
    """LSH bands and rows for the threshold: datasketch finds them by numerical integration
    (~45 ms) each time an index is built, so once per process, not once per batch."""
    probe = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    return probe.b, probe.r


def near_duplicates(batch: Batch, doc_ids: list[str]) -> dict[str, str]:
    """Map each syndicated copy to the document it copies (earliest published, then id).

    MinHash LSH proposes candidates; a pair is a copy when most of the shorter text's
    shingles are in the longer one (a copy may add a byline or drop a paragraph)."""
    shingles: dict[str, set[str]] = {}
    hashes: dict[str, MinHash] = {}
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM, params=_lsh_bands())
    # The permutations depend on the seed only: drawn once, not once per document.
    permutations = MinHash(num_perm=NUM_PERM, seed=1).permutations
    for doc_id in doc_ids:
        sh = _shingles(batch.documents[doc_id].get("text") or "")
        if len(sh) < 3:
            continue
        mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=permutations)
        mh.update_batch([s.encode("utf-8") for s in sorted(sh)])
        shingles[doc_id], hashes[doc_id] = sh, mh
        lsh.insert(doc_id, mh)
    copies = Components(hashes)
    for doc_id in sorted(hashes):
        for other in sorted(lsh.query(hashes[doc_id])):
            if other <= doc_id:
                continue
            a, b = shingles[doc_id], shingles[other]
            if len(a & b) / min(len(a), len(b)) >= DUPLICATE_THRESHOLD:
                copies.join(doc_id, other)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in hashes:
        groups[copies.find(d)].append(d)
    duplicate_of: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda d: (batch.doc_date(d) or "9999", d))
        for copy in members[1:]:
            duplicate_of[copy] = members[0]
    return duplicate_of


# ---------------------------------------------------------------- features

def _number_token(raw: str) -> str | None:
    value = raw.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        return None
    if number < 2 and "." not in value:
        return None  # "1" and "0" say nothing about which happening
    return f"{number:g}"


# Latin transliteration of Cyrillic (and Greek-free) letters, for name skeletons only.
_CYRILLIC = dict(zip("абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "g", "d", "e", "e", "e", "zh", "z", "i", "i", "i", "i",
                      "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch",
                      "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))
_SKELETON_DROP = set("aeiouyhj'’")
SKELETON_CONSONANTS = 4  # enough to tell names apart, few enough to ignore case endings


def transliterated(word: str) -> str:
    """A word in lower-case Latin letters, Cyrillic spelt out ("Хаддад" -> "khaddad")."""
    return "".join(_CYRILLIC.get(ch, ch) for ch in word.casefold())


@lru_cache(maxsize=1 << 16)
def name_skeleton(word: str) -> str | None:
    """A script-neutral key for a proper name: transliterated, accents stripped, vowels and
    doubled letters dropped, first consonants kept ("Putin", "Путина", "Poutine" -> "ptn";
    "Zelensky", "Зеленського", "Zelenskyy" -> "zlns"). None when too short to mean much."""
    latin = unicodedata.normalize("NFKD", transliterated(word))
    out: list[str] = []
    for ch in latin:
        if not ch.isalpha() or ch in _SKELETON_DROP or not ch.isascii():
            continue
        ch = "v" if ch == "w" else ("k" if ch in "cq" else ch)
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out[:SKELETON_CONSONANTS]) if len(out) >= 2 else None


def _names(text: str) -> list[tuple[int, str]]:
    """(position, skeleton) of the capitalised words of a text that are never written in
    lower case in it: proper names, whatever the script and the sentence position."""
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
    lower = {w for _, w in words if w[:1].islower()}
    out = []
    for pos, w in words:
        if len(w) >= 3 and w[:1].isupper() and not w.isupper() and w.casefold() not in lower:
            sk = name_skeleton(w)
            if sk:
                out.append((pos, sk))
    return out


def document_features(batch: Batch, doc_id: str) -> Counter[str]:
    """Namespaced features of one document: e: event signature, c: country, q: quantity,
    d: date, n: number written in the text, w: word (within one language)."""
    doc = batch.documents[doc_id]
    text = doc.get("text") or ""
    length = max(1, len(text))
    feats: Counter[str] = Counter()
    language = doc.get("language") or "und"
    # Without a publication date, "Wednesday" or "18 March" were read against the reference
    # date the whole batch was given: such dates say when the batch was read, and every
    # undated document would share them. They count only for documents with a date.
    dated = bool(doc.get("published"))

    def lead(pos: int) -> float:
        return 1.0 + 2.0 * max(0.0, 1.0 - pos / min(length, 1500))  # lede counts triple

    for event in batch.events_by_doc.get(doc_id, ()):
        w = lead(int(event["evidence"]["span"][0]))
        s = sides(event)
        fam = mode_family(event.get("mode")) or "-"
        feats[f"e:{event['type']}|{fam}|{'-'.join(s)}"] += w
        feats[f"e:{fam}|{'-'.join(s)}"] += w
        for c in s:
            feats[f"c:{c}"] += w
        for q in event.get("quantities") or ():
            unit = unit_of(q.get("unit"))
            feats[f"q:{float(q['value']):g}|{quantity_family(unit)}"] += w
        iv = date_interval(event.get("date"))
        if dated and iv and iv.is_point():
            feats[f"d:{int(iv.low)}"] += w
        for a in list(event.get("actors") or ()) + list(event.get("recipients") or ()):
            if a.get("type") not in (None, "country") and a.get("canonical"):
                feats[f"p:{a['canonical']}"] += w
    for st in batch.statements_by_doc.get(doc_id, ()):
        speaker = st.get("speaker") or {}
        w = lead(int(st["span"][0]))
        if speaker.get("country"):
            feats[f"c:{speaker['country']}"] += w
        if speaker.get("type") not in (None, "country") and speaker.get("canonical"):
            feats[f"p:{speaker['canonical']}"] += w
    for pos, sk in _names(text):
        feats[f"m:{sk}"] += lead(pos)
    for m in _NUMBER.finditer(text):
        token = _number_token(m.group(0))
        if token and not _YEAR.match(token):
            feats[f"n:{token}"] += lead(m.start())
    for m in _WORD.finditer(text):
        word = m.group(0).casefold()
        if len(word) >= 4 and not word.isdigit():
            feats[f"w:{language}:{word[:7]}"] += lead(m.start()) * 0.5
    return feats


def doc_period(batch: Batch, doc_id: str) -> tuple[int, int] | None:
    """The days a document says it was written: its publication date (a month-only date:
    the month), else its dateline's day (an event dated by the dateline: "NAIROBI, 18
    novembre -"), else none. A reference date given for the batch (``--date``) only fills
    the gaps of the dates a text tells: it says nothing of when each text was written, so
    it groups no texts as if each had said that day."""
    doc = batch.documents.get(doc_id) or {}
    if not doc.get("published"):
        lines = {int(iv.low) for e in batch.events_by_doc.get(doc_id, ())
                 if e.get("dated_by") == "dateline"
                 and (iv := date_interval(e.get("date"))) is not None and iv.is_point()}
        return (next(iter(lines)),) * 2 if len(lines) == 1 else None
    iv = date_interval(doc["published"])
    return (int(iv.low), int(iv.high)) if iv else None


# ---------------------------------------------------------------- clustering

@lru_cache(maxsize=1 << 18)
def _space(feature: str) -> str:
    """A feature's namespace; words are a namespace per language ("w:en")."""
    return feature[:feature.index(":", 2)] if feature.startswith("w:") else feature[0]


# Namespaces whose features propose pairs (words and countries only weigh pairs proposed).
BLOCKING_SPACES = frozenset("epmqdn")
MAX_BLOCK = 64  # a key shared by more documents (in a window, or overall) proposes no pair
PAIR_CHUNK = 20000  # pairs whose similarity is computed at once (bounds memory)


@dataclass
class Edges:
    """Similarities of the candidate pairs of a batch (each pair once, i < j)."""

    n: int
    rows: np.ndarray
    cols: np.ndarray
    sims: np.ndarray

    def neighbours(self) -> list[dict[int, float]]:
        out: list[dict[int, float]] = [{} for _ in range(self.n)]
        for r, c, v in zip(self.rows.tolist(), self.cols.tolist(), self.sims.tolist(),
                           strict=True):
            out[r][c] = v
            out[c][r] = v
        return out


@dataclass(frozen=True)
class Frequencies:
    """Documents *beside those compared* that a feature's weight (IDF) is counted over, and
    how many of them hold each feature. A batch counts its own documents (not copies); a
    store reconciling a neighbourhood again adds every other document it holds that is no
    copy (:func:`counted_by`), so the weights are those one reconcile of everything stored
    would use: a story does not split or join by which documents an ingest happens to
    reconcile together."""

    documents: int
    holding: Mapping[str, int]

    @classmethod
    def of(cls, feats: Iterable[Mapping[str, float]]) -> Frequencies:
        holding: Counter[str] = Counter()
        n = 0
        for f in feats:
            holding.update(f.keys())
            n += 1
        return cls(n, holding)

    def without(self, other: Frequencies) -> Frequencies:
        """These counts less ``other``'s (documents counted here that are compared)."""
        return Frequencies(self.documents - other.documents,
                           {f: n - other.holding.get(f, 0) for f, n in self.holding.items()})


_COUNTED_BY: ContextVar[Frequencies | None] = ContextVar("story_frequencies", default=None)


@contextmanager
def counted_by(frequencies: Frequencies) -> Iterator[None]:
    """Within this block, grouping counts the weights of features over ``frequencies`` too:
    a store's other documents, beside the batch it reconciles again."""
    token = _COUNTED_BY.set(frequencies)
    try:
        yield
    finally:
        _COUNTED_BY.reset(token)


def similarity(batch: Batch, doc_ids: list[str], among: set[int] | None = None,
               frequencies: Frequencies | None = None) -> Edges:
    """:func:`similarity_of` the documents' features and publication periods."""
    return similarity_of([document_features(batch, d) for d in doc_ids],
                         [doc_period(batch, d) for d in doc_ids], among,
                         frequencies=frequencies)


def similarity_of(feats: list[dict[str, float]], periods: list[tuple[int, int] | None],
                  among: set[int] | None = None, *, across: bool = False,
                  frequencies: Frequencies | None = None) -> Edges:
    """Similarity of the candidate pairs of documents (``linkage.candidate_pairs``): the
    weighted mean, over the namespaces *both* documents have, of their cosine within that
    namespace (IDF-weighted, sublinear counts).

    Evidence one side lacks is not evidence against: a text whose events were not coded
    (a language without lexicons yet) is compared on its names, numbers and dates alone, and
    words count only between texts of one language. ``PRIOR_WEIGHT`` in the denominator keeps
    a pair that shares a single weak namespace from looking certain. Publication periods
    further apart than ``FAR_APART_DAYS`` (three times that) scale the similarity by 0.6
    (0.1); a month-only date ("2025-03") is the whole month, 0 days from any day in it.
    ``feats``, ``periods``: per document (:func:`document_features`, :func:`doc_period`);
    ``among``: only pairs with one of these documents (indices into ``feats``); ``across``:
    only pairs with exactly one of them; ``frequencies``: other documents the features'
    weights are counted over, beside these."""
    n = len(feats)
    matrix = _FeatureMatrix(feats, frequencies)
    spaces, vocab_size = matrix.spaces, len(matrix.ordered)
    space_of_col, presence, postings = matrix.space_of_col, matrix.presence, matrix.postings
    rows, cols, vals = matrix.rows, matrix.cols, matrix.vals
    pair_rows, pair_cols = candidate_pairs(postings, periods, MAX_BLOCK)
    if among is not None:
        wanted = np.zeros(n, dtype=bool)
        wanted[sorted(among)] = True
        touches = (wanted[pair_rows] ^ wanted[pair_cols] if across
                   else wanted[pair_rows] | wanted[pair_cols])
        pair_rows, pair_cols = pair_rows[touches], pair_cols[touches]
    weights = np.array([NAMESPACE_WEIGHTS[sp[0]] for sp in spaces] or [0.0])
    m = csr_matrix((vals, (rows, cols)), shape=(n, max(1, vocab_size)))
    col_weight = weights[space_of_col] if vocab_size else np.zeros(1)
    weighted = m.multiply(col_weight[None, :]).tocsr()
    sims = np.zeros(len(pair_rows), dtype=float)
    for lo in range(0, len(pair_rows), PAIR_CHUNK):
        a, b = pair_rows[lo:lo + PAIR_CHUNK], pair_cols[lo:lo + PAIR_CHUNK]
        num = np.asarray(weighted[a].multiply(m[b]).sum(axis=1)).ravel()
        denom = (presence[a] * presence[b]) @ weights + PRIOR_WEIGHT
        sims[lo:lo + PAIR_CHUNK] = num / denom * _time_factor(periods, a, b)
    keep = sims > 0
    return Edges(n, pair_rows[keep], pair_cols[keep], sims[keep])


class _FeatureMatrix:
    """The documents' features as IDF-weighted rows, each namespace of a document scaled to
    unit length (sublinear counts), in arrays: ``rows``, ``cols``, ``vals`` (entries by
    document, namespace, then the document's feature order), ``presence`` (document x
    namespace), ``postings`` (each document's sorted blocking feature columns).

    Computed with numpy in the order and with the operations of a loop over the features
    (logarithms by ``math.log``, sums of squares accumulated in the features' order by
    ``bincount``), so the values are the loop's to the last bit."""

    def __init__(self, feats: list[dict[str, float]],
                 frequencies: Frequencies | None = None) -> None:
        n = len(feats)
        df: Counter[str] = Counter()
        for f in feats:
            df.update(f.keys())
        self.ordered = sorted(df)
        counted = n  # the documents the weights are counted over
        if frequencies is not None:  # and others beside them
            counted += frequencies.documents
            df = Counter({k: d + max(0, frequencies.holding.get(k, 0)) for k, d in df.items()})
        space_of = list(map(_space, self.ordered))
        self.spaces = sorted(set(space_of))
        space_index = {sp: i for i, sp in enumerate(self.spaces)}
        vocab = {k: i for i, k in enumerate(self.ordered)}
        self.space_of_col = np.fromiter(map(space_index.__getitem__, space_of), dtype=int,
                                        count=len(space_of))
        log_idf = {d: math.log((1 + counted) / (1 + d)) + 1.0 for d in set(df.values())}
        idf = np.fromiter(map(log_idf.__getitem__, map(df.__getitem__, self.ordered)),
                          dtype=float, count=len(self.ordered))
        size = sum(map(len, feats))
        cols = np.fromiter(map(vocab.__getitem__, chain.from_iterable(feats)), dtype=np.int64,
                           count=size)
        counts = list(chain.from_iterable(f.values() for f in feats))
        sublinear = {v: 1.0 + math.log(max(v, 1.0)) for v in set(counts)}  # few distinct
        tf = np.fromiter(map(sublinear.__getitem__, counts), dtype=float, count=size)
        docs = np.repeat(np.arange(n, dtype=np.int64), [len(f) for f in feats])
        weight = tf * idf[cols]
        spaces = max(1, len(self.spaces))
        group = docs * spaces + self.space_of_col[cols]
        norm = np.sqrt(np.bincount(group, weights=weight * weight, minlength=n * spaces))
        norm[norm == 0] = 1.0
        order = np.argsort(group, kind="stable")
        self.rows, self.cols = docs[order], cols[order]
        self.vals = (weight / norm[group])[order]
        self.presence = np.zeros((n, spaces), dtype=float)
        self.presence[docs, self.space_of_col[cols]] = 1.0
        blocking = np.array([sp[0] in BLOCKING_SPACES for sp in self.spaces] or [False])
        posted = blocking[self.space_of_col[cols]]
        by_doc = np.lexsort((cols[posted], docs[posted]))
        bounds = np.cumsum(np.bincount(docs[posted], minlength=n))[:-1]
        self.postings: list[list[int]] = [part.tolist() for part in
                                          np.split(cols[posted][by_doc], bounds)]


def _time_factor(periods: list[tuple[int, int] | None], a: np.ndarray,
                 b: np.ndarray) -> np.ndarray:
    lo = np.array([np.nan if p is None else p[0] for p in periods], dtype=float)
    hi = np.array([np.nan if p is None else p[1] for p in periods], dtype=float)
    apart = np.maximum(0.0, np.maximum(lo[a], lo[b]) - np.minimum(hi[a], hi[b]))
    factor = np.where(apart > 3 * FAR_APART_DAYS, OUT_OF_TIME_FACTOR,
                      np.where(apart > FAR_APART_DAYS, FAR_FACTOR, 1.0))
    return np.where(np.isnan(apart), 1.0, factor)


# ---------------------------------------------------------------- calls of other parties

CallKey = tuple[tuple[str, ...], tuple[float, float] | None]  # sides, day (None: untold)


def lead_call(batch: Batch, doc_id: str) -> CallKey | None:
    """The call a document is about: the first two-sided happening it tells (its coded
    events and its facts' happenings, by position) when that is a call (a phone call coded
    as an event, a fact about a call, or a meeting of the sides of one of its calls: "se
    sont entretenus mardi au téléphone"), with its sides and the first day the document
    gives a meeting of those sides; None when it leads with something else (a truce whose
    call comes in the third paragraph). A day that is only the batch's reference date (no
    publication date) is no day the text tells."""
    guessed = not (batch.documents.get(doc_id) or {}).get("published")
    told: list[tuple[int, int, tuple[str, ...], bool]] = []  # position, order, sides, a call
    days: dict[tuple[str, ...], list[tuple[int, tuple[float, float]]]] = defaultdict(list)
    for n, e in enumerate(batch.events_by_doc.get(doc_id, ())):
        s = sides(e)
        if len(s) < 2:
            continue
        at = int(e["evidence"]["span"][0])
        consult = e["type"] == "CONSULT"
        told.append((at, n, s, consult and mode_family(e.get("mode")) in CALL_FAMILIES))
        iv = date_interval(e.get("date"))
        if consult and iv is not None and iv.is_point() and not \
                (guessed and e.get("dated_by") in GUESSED_DATINGS):
            days[s].append((at, (iv.low, iv.high)))
    for n, f in enumerate(batch.facts_by_doc.get(doc_id, ())):
        h = f.get("happening") or {}
        s = tuple(sorted(h.get("parties") or ()))
        if len(s) < 2:
            continue
        at = int(f["evidence"]["span"][0])
        call = h.get("kind") == "call"
        told.append((at, -1 - n, s, call))
        iv = date_interval(h.get("date"))
        if call and iv is not None and iv.is_point():
            days[s].append((at, (iv.low, iv.high)))
    called = {s for _, _, s, call in told if call}
    if not told:
        return None
    leads = {s for at, _, s, _ in told if at == min(told)[0]}
    if len(leads) > 1 or min(told)[2] not in called:
        return None  # two happenings told at once: about neither
    first = min(told)[2]
    return first, min(days[first])[1] if days[first] else None


def _group_lead(leads: list[Any], group: list[int]) -> tuple[Any, list[Any]] | None:
    """The first part (the sides) most of a group's documents lead with, and those leads;
    None when no document leads with any, or two lead equally often."""
    told = Counter(lead[0] for i in group if (lead := leads[i]) is not None)
    if not told:
        return None
    ranked = sorted(told.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    best = ranked[0][0]
    return best, [lead for i in group if (lead := leads[i]) is not None and lead[0] == best]


class OtherCalls:
    """Whether two groups of documents (stories in the making) tell different calls: the
    call more of each group's documents are about than any other (:func:`lead_call`) is
    between other sides (neither set within the
    other: a broker on the line is the same call), unless both are dated and their days
    meet (a leader's round of calls of one day may be one story). Two calls on
    different days between different pairs of parties are different happenings, and so
    different stories, however much their reports share (a leader's call with one
    counterpart on Tuesday and with another on Wednesday; the dev gold holds them apart).
    A group that tells no call first, or whose documents do not agree on one, is kept apart
    from none."""

    def __init__(self, batch: Batch, heads: list[str]) -> None:
        self.calls = [lead_call(batch, d) for d in heads]

    def story_call(self, group: list[int]
                   ) -> tuple[tuple[str, ...], list[tuple[float, float]]] | None:
        found = _group_lead(self.calls, group)
        if found is None:
            return None
        best, calls = found
        return best, sorted({c[1] for c in calls if c[1] is not None})

    def __call__(self, a: list[int], b: list[int]) -> bool:
        x, y = self.story_call(a), self.story_call(b)
        if x is None or y is None or set(x[0]) <= set(y[0]) or set(y[0]) <= set(x[0]):
            return False
        return not any(_days_meet(p, q) for p in x[1] for q in y[1])


def days_anchored(doc: Record) -> bool:
    """Whether a document's days are its own: it has a publication date, or a line of its
    text opens with a dateline that gives a day after its place ("JUBA, Nov 19 (Horn Wire)
    -", "YUBA, 14 de diciembre (Agencia Austral) -"), which "on Wednesday" is read
    against; a live blog's dateline stands alone on its line, the entries below it ("КИЇВ,
    14 жовтня (Вісник) -" and a line break)."""
    if doc.get("published"):
        return True
    text = doc.get("text") or ""
    for line in _LINE.finditer(text):
        end = min(len(text), line.end() + 1)  # the line break after a dash ends a dateline
        opening = DATELINE.match(text, line.start(), end) or \
            MIXED_DATELINE.match(text, line.start(), end)
        if opening is not None and _DATELINE_DAY.search(opening.group()):
            return True
    return False


WRITING_DATINGS = frozenset({"passage", "published", "dateline"})  # the day of writing, no day told
REPORTED_WITHIN_DAYS = 7  # a report dated only by its writing tells a happening of its week
LeadDay = tuple[tuple[str, ...], float | None, bool]  # sides, day, the day of writing only
VIOLENT_KINDS = frozenset({"attack", "toll", "conflict", "ASSAULT"})  # fact kinds, event types
EITHER_KINDS = frozenset({"ACCUSE"})  # event types that may be of violence or not


def _two_sided(batch: Batch, doc_id: str
               ) -> list[tuple[int, tuple[str, ...], float | None, bool, str]]:
    """The two-sided happenings a document tells: position, sides, day (None: undated),
    whether the day is only the day of writing, and the kind (event type or fact kind)."""
    told: list[tuple[int, tuple[str, ...], float | None, bool, str]] = []
    for e in batch.events_by_doc.get(doc_id, ()):
        iv = date_interval(e.get("date"))
        if len(sides(e)) >= 2:
            point = iv.low if iv is not None and iv.is_point() else None
            told.append((int(e["evidence"]["span"][0]), sides(e), point,
                         e.get("dated_by") in WRITING_DATINGS, str(e["type"])))
    for f in batch.facts_by_doc.get(doc_id, ()):
        h = f.get("happening") or {}
        iv = date_interval(h.get("date"))
        if len(h.get("parties") or ()) >= 2:
            point = iv.low if iv is not None and iv.is_point() else None
            told.append((int(f["evidence"]["span"][0]), tuple(sorted(h["parties"])), point,
                         False, str(h.get("kind"))))
    return told


def lead_violent(batch: Batch, doc_id: str) -> bool | None:
    """Whether the first two-sided happening a document tells is violence (an attack, a
    toll, a war) or not (a call, talks, a truce); None when it tells none, or both first."""
    # an accusation is of either ("accused Sudan of breaking the ceasefire", of shelling):
    # what it accuses of, told next, says
    told = [t for t in _two_sided(batch, doc_id) if t[4] not in EITHER_KINDS]
    if not told:
        return None
    at = min(t[0] for t in told)
    kinds = {t[4] in VIOLENT_KINDS for t in told if t[0] == at}
    return next(iter(kinds)) if len(kinds) == 1 else None


def lead_day(batch: Batch, doc_id: str) -> LeadDay | None:
    """The sides of the first two-sided happening a document tells (its coded events and
    its facts' happenings, by position) and the first day it gives a happening of those
    sides: a day its words tell, else the day of writing its events were dated by or its
    publication date (True). None when it tells two happenings of other sides first; no day
    when it dates none, and for a document whose days are only the batch's reference date's
    (no publication date, no dated dateline: "on Tuesday" is a guess at which Tuesday)."""
    told = _two_sided(batch, doc_id)
    if not told:
        return None
    at, lead = min(told, key=lambda t: t[0])[:2]
    if any(t[0] == at and t[1] != lead for t in told):
        return None
    doc = batch.documents.get(doc_id) or {}
    if not days_anchored(doc):
        return lead, None, False
    days = sorted((written, position, point) for position, s, point, written, _ in told
                  if s == lead and point is not None)
    if days:
        return lead, days[0][2], days[0][0]
    written = date_interval(doc.get("published"))
    if written is not None and written.is_point():
        return lead, written.low, True
    return lead, None, False


def _other_days(x: tuple[float, bool], y: tuple[float, bool]) -> bool:
    """Two days of the same sides' happenings are of two happenings: told days more than
    ``ROUND_DAYS`` apart, a day of writing before the told day or more than
    ``REPORTED_WITHIN_DAYS`` after it (two days of writing: that far apart)."""
    (p, p_written), (q, q_written) = sorted([x, y], key=lambda d: d[1])
    if not q_written:
        return abs(p - q) > ROUND_DAYS
    if p_written:
        return abs(p - q) > REPORTED_WITHIN_DAYS
    return p - q > ROUND_DAYS or q - p > REPORTED_WITHIN_DAYS


class OtherDays:
    """Whether two groups of documents tell other happenings: the sides most of each
    group's documents lead with (:func:`lead_day`) have no country in common (a clash of
    Peru and Ecuador is no strike of Russia on Ukraine, however alike two reports in one
    language read), or differ when both lead with violence (a strike of Russia on Georgia
    is no strike of Russia on Ukraine), or lead with violence in one group only
    (:func:`lead_violent`: a strike on a city is no talks of the same two sides, a live blog
    of the talks that names the strike no report of it), or are one set or one within the
    other and every day of one group is another happening's than every day of the other
    (:func:`_other_days`). One happening is
    one day (the issue: "same happening only when type, parties, day and venue agree"); two
    reports a day apart may still tell one of them (a misdated report is a discrepancy, not
    another story), but a truce signed in Nairobi on 18 November and one signed in Addis
    Ababa on 15 December, or two shellings of one town a month apart, are two stories
    however many words and numbers they share."""

    def __init__(self, batch: Batch, heads: list[str]) -> None:
        self.leads = [lead_day(batch, d) for d in heads]
        self.violent = [lead_violent(batch, d) for d in heads]

    def _violent(self, group: list[int]) -> bool | None:
        told = {v for i in group if (v := self.violent[i]) is not None}
        return next(iter(told)) if len(told) == 1 else None

    def story_day(self, group: list[int]
                  ) -> tuple[tuple[str, ...], list[tuple[float, bool]]] | None:
        found = _group_lead(self.leads, group)
        if found is None:
            return None
        best, leads = found
        return best, sorted({(lead[1], lead[2]) for lead in leads if lead[1] is not None})

    def __call__(self, a: list[int], b: list[int]) -> bool:
        x, y = self.story_day(a), self.story_day(b)
        if x is None or y is None:
            return False
        if not set(x[0]) & set(y[0]):
            return True
        violent = self._violent(a), self._violent(b)
        if None not in violent and violent[0] != violent[1]:
            # another kind of happening: a clash of Peru and Ecuador is no call of Peru's
            # president with Chile's, a strike on a city no talks of the same two sides
            return True
        if not (set(x[0]) <= set(y[0]) or set(y[0]) <= set(x[0])):
            # violence of one side on two others: a strike of Russia on Georgia is no
            # strike of Russia on Ukraine, however alike two reports in one language read
            return violent == (True, True)
        if not x[1] or not y[1]:
            return False
        return all(_other_days(p, q) for p in x[1] for q in y[1])


class KeptApart:
    """Two groups are kept apart when they tell other calls (:class:`OtherCalls`) or
    happenings of the same sides days apart (:class:`OtherDays`)."""

    def __init__(self, batch: Batch, heads: list[str]) -> None:
        self.calls = OtherCalls(batch, heads)
        self.days = OtherDays(batch, heads)

    def __call__(self, a: list[int], b: list[int]) -> bool:
        return self.calls(a, b) or self.days(a, b)


def group_documents(batch: Batch) -> Grouping:
    """Stories as sorted lists of document ids, sorted by their first document."""
    doc_ids = sorted(batch.documents)
    if not doc_ids:
        return Grouping()
    duplicate_of = near_duplicates(batch, doc_ids)
    heads = [d for d in doc_ids if d not in duplicate_of]
    labels = list(range(len(heads)))
    if len(heads) > 1:
        # weights counted over the copies' originals and, reconciling a store's
        # neighbourhood again, the store's other documents (copies not counted)
        edges = similarity(batch, heads, frequencies=_COUNTED_BY.get())
        apart = KeptApart(batch, heads)
        labels = average_linkage(len(heads), edges.rows, edges.cols, edges.sims,
                                 STORY_THRESHOLD, apart)
        neighbours = edges.neighbours()
        labels = _refine(neighbours, labels, apart)
        labels = _attach_loners(batch, heads, neighbours, labels, apart)
        labels = _attach_pairs(batch, heads, neighbours, labels, apart)
        labels = _join_loners(batch, heads, neighbours, labels, apart)
        labels = _attach_by_meeting(batch, heads, neighbours, labels, apart)
        labels = _join_small_by_day(batch, heads, neighbours, labels, apart)
    groups: dict[int, list[str]] = defaultdict(list)
    for doc_id, label in zip(heads, labels, strict=True):
        groups[label].append(doc_id)
    by_head = {d: g for g in groups.values() for d in g}
    for copy, original in sorted(duplicate_of.items()):
        by_head[original].append(copy)
    stories = sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
    return Grouping(stories=stories, duplicate_of=duplicate_of)


def _refine(neighbours: list[dict[int, float]], labels: list[int],
            apart: KeptApart | None = None) -> list[int]:
    """Average linkage merges the closest pair first and never looks back: a report that
    also tells of a neighbouring happening, very close to one document of that happening's
    story, is merged into it with that document, although it is closer on average to the
    documents of its own. Here each document of a story of several moves, one at a time
    (the largest gain first), to the other story of several that it is closer to on average
    (its mean similarity to that story's documents against its mean to the other documents
    of its own story), until none is closer elsewhere. Each move raises the sum of the
    similarities within stories, so the moves end. A document does not move to a story
    that tells another call than the one it is about (``apart``)."""
    out = list(labels)
    for _ in range(len(out)):
        members: Counter[int] = Counter(out)
        by_label: dict[int, list[int]] = defaultdict(list)
        for i, label in enumerate(out):
            by_label[label].append(i)
        best: tuple[float, int, int] | None = None
        for i, label in enumerate(out):
            if members[label] < 2:
                continue
            totals: dict[int, float] = defaultdict(float)
            for j, v in neighbours[i].items():
                totals[out[j]] += v
            own = totals.get(label, 0.0) / (members[label] - 1)
            for other, total in sorted(totals.items()):
                if other == label or members[other] < 2:
                    continue
                mean = total / members[other]
                gain = mean - own
                if mean >= LONER_THRESHOLD and gain > 1e-9 and \
                        (best is None or gain > best[0]) and \
                        (apart is None or not apart([i], by_label[other])):
                    best = (gain, i, other)
        if best is None:
            break
        out[best[1]] = best[2]
    return out


def _closest_story(group: list[int], labels: list[int], members: Counter[int],
                   neighbours: list[dict[int, float]], apart: KeptApart, *,
                   as_large: bool = False) -> int | None:
    """The story of more documents than ``group`` (``as_large``: at least as many) that
    ``group`` is closest to on average, when that is at least ``LONER_THRESHOLD`` and
    ``LONER_MARGIN`` times closer than any other story; else None. A story kept apart from
    the group (``apart``: the same sides' truce of another month) is neither the target nor
    a rival: a report of one truce reads much like a report of the next one. The story
    returned is never one kept apart from the group."""
    label = labels[group[0]]
    least = len(group) if as_large else len(group) + 1
    totals: dict[int, float] = defaultdict(float)
    for i in group:
        for j, v in neighbours[i].items():
            if labels[j] != label and members[labels[j]] >= least:
                totals[labels[j]] += v
    for other in sorted(totals):
        if apart(group, [j for j, lab in enumerate(labels) if lab == other]):
            del totals[other]
    scores = sorted(((t / (members[other] * len(group)), other)
                     for other, t in totals.items()), reverse=True)
    if not scores:
        return None
    best, target = scores[0]
    second = scores[1][0] if len(scores) > 1 else 0.0
    return target if best >= LONER_THRESHOLD and best >= LONER_MARGIN * second else None


def _attach_loners(batch: Batch, heads: list[str], neighbours: list[dict[int, float]],
                   labels: list[int], apart: KeptApart) -> list[int]:
    """A document left alone joins the story it is closest to on average, when that story is
    close enough and clearly closer than any other (:func:`_closest_story`), and when the
    document has no coded event (a language with no lexicons yet: only its names and numbers
    speak for it) or its lead event is of a kind the story's documents report with a side in
    common, and it is not about another call than the story's (:class:`OtherCalls`: a
    leader's calls with two counterparts on two days are two stories). A later report of a
    violation of a truce leads with an accusation: a story of its own."""
    members: Counter[int] = Counter(labels)
    out = list(labels)
    reported: dict[int, set[tuple[str, tuple[str, ...], float | None]]] = defaultdict(set)
    for i, label in enumerate(labels):
        if members[label] > 1:
            reported[label].update((e["type"], sides(e), _event_day(e))
                                   for e in batch.events_by_doc.get(heads[i], ()))
    for i, label in enumerate(labels):
        if members[label] > 1:
            continue
        target = _closest_story([i], labels, members, neighbours, apart)
        if target is None:
            continue
        lead = lead_signature(batch, heads[i])
        first = _lead_event(batch, heads[i])
        day_of_lead = _event_day(first) if first is not None else None
        if lead is None and not _told_alike(batch, heads[i], [heads[j] for j, label in
                                                             enumerate(labels)
                                                             if label == target]):
            continue
        if lead is None or any(t == lead[0] and set(lead[1]) & set(s)
                               and not _another_round(lead[1], day_of_lead, s, d)
                               for t, s, d in reported[target]):
            out[i] = target
    return out


# Kinds of happening one family of facts tells of: the dead and wounded of a toll are an
# attack's or a war's.
_KIND_FAMILY = {"toll": "violence", "attack": "violence", "conflict": "violence"}


def _fact_kinds(batch: Batch, doc_id: str) -> set[str]:
    return {_KIND_FAMILY.get(k, k) for f in batch.facts_by_doc.get(doc_id, ())
            if (k := str((f.get("happening") or {}).get("kind") or ""))}


def _told_alike(batch: Batch, doc_id: str, story: list[str]) -> bool:
    """Whether a document with no coded event tells of the kinds of happening a story's
    facts tell of: a report of the dead and wounded of a border clash whose clash was not
    coded shares words and names with the story of an exchange between the same two
    countries, but tells nothing of an exchange. True when either tells no fact."""
    own = _fact_kinds(batch, doc_id)
    theirs = set().union(*(_fact_kinds(batch, d) for d in story))
    return not own or not theirs or bool(own & theirs)


ROUND_DAYS = 3  # the same sides meeting again this many days later: another round, a story


def _event_day(event: Record) -> float | None:
    iv = date_interval(event.get("date"))
    return iv.low if iv is not None and iv.is_point() else None


def _another_round(lead_sides: tuple[str, ...], day_of_lead: float | None,
                   story_sides: tuple[str, ...], story_day: float | None) -> bool:
    """A loner's lead event is the story's own sides (one set within the other) doing it
    again days later (a second round of talks a week on), not one more call of a leader's
    round of calls with another counterpart."""
    a, b = set(lead_sides), set(story_sides)
    return ((a <= b or b <= a) and day_of_lead is not None
            and story_day is not None and abs(day_of_lead - story_day) > ROUND_DAYS)


def _attach_pairs(batch: Batch, heads: list[str], neighbours: list[dict[int, float]],
                  labels: list[int], apart: KeptApart) -> list[int]:
    """Two documents that found each other first, and so stayed out of a larger story they are
    as close to, join it as a document alone would (:func:`_closest_story`), when both tell a
    happening one of its documents tells (:func:`share_a_happening`). Two reports of one deal
    in one lead do not make a story of their own beside the story of that deal; two pairs
    that tell one call in four languages are one story (the later pair joins the other)."""
    members: Counter[int] = Counter(labels)
    by_label: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_label[label].append(i)
    out = list(labels)
    told: dict[int, list[HappeningKey]] = {}

    def happenings(i: int) -> list[HappeningKey]:
        if i not in told:
            told[i] = happenings_told(batch, heads[i])
        return told[i]

    for label in sorted(lab for lab, n in members.items() if n == 2):
        pair = by_label[label]
        target = _closest_story(pair, labels, members, neighbours, apart, as_large=True)
        if target is None or (members[target] == 2 and target > label):
            continue  # of two pairs, the later joins the earlier (never both: a swap)
        if all(any(share_a_happening(happenings(i), happenings(j)) for j in by_label[target])
               for i in pair):
            for i in pair:
                out[i] = target
    return out


GUESSED_DATINGS = frozenset({"passage", "published"})  # dated by the day of writing
# A happening a document tells of: ("e", event type) or ("f", fact kind), its sides (two or
# more), and the days its date covers (None: undated).
HappeningKey = tuple[str, str, tuple[str, ...], tuple[float, float] | None]


def happenings_told(batch: Batch, doc_id: str) -> list[HappeningKey]:
    """The two-sided happenings a document tells of: its coded events and the happenings
    its facts are about (a call whose event was not coded still has a length)."""
    out: list[HappeningKey] = []
    guessed = not (batch.documents.get(doc_id) or {}).get("published")
    for e in batch.events_by_doc.get(doc_id, ()):
        # a day that is only the batch's reference date (a live blog's entries in a text
        # that does not say when it was written) is a guess, no day the text tells
        iv = None if guessed and e.get("dated_by") in GUESSED_DATINGS \
            else date_interval(e.get("date"))
        out.append(("e", str(e["type"]), sides(e), (iv.low, iv.high) if iv else None))
    for f in batch.facts_by_doc.get(doc_id, ()):
        h = f.get("happening") or {}
        iv = date_interval(h.get("date"))
        out.append(("f", str(h.get("kind")), tuple(sorted(h.get("parties") or ())),
                    (iv.low, iv.high) if iv else None))
    return sorted({k for k in out if len(k[2]) >= 2}, key=str)


def share_a_happening(a: list[HappeningKey], b: list[HappeningKey]) -> bool:
    """Two documents tell of one happening: same type (or kind), the same sides, and days
    that do not contradict (two calls of the same pair on two days are two calls). When
    both date it and no day of one meets a day of the other, their undated mentions are of
    their own dated ones: a second round a week on is not the first told again."""
    dated = [(x, y) for x in a for y in b if x[:3] == y[:3] and x[3] and y[3]]
    if dated and not any(_days_meet(x[3], y[3]) for x, y in dated):
        return False
    return any(x[:3] == y[:3] and (x[3] is None or y[3] is None or _days_meet(x[3], y[3]))
               for x in a for y in b)


def _days_meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return not (a[1] < b[0] or b[1] < a[0])


def _join_loners(batch: Batch, heads: list[str], neighbours: list[dict[int, float]],
                 labels: list[int], apart: KeptApart) -> list[int]:
    """Documents still alone that tell of one happening (:func:`share_a_happening`) and are
    at least ``LONER_THRESHOLD`` alike form a story together: two reports of one call, none
    joined to a story of several documents. Different meetings (other sides, other days)
    stay apart, and so do reports about different calls (:class:`OtherCalls`), even when a
    third tells both."""
    members: Counter[int] = Counter(labels)
    alone = [i for i, label in enumerate(labels) if members[label] == 1]
    told = {i: happenings_told(batch, heads[i]) for i in alone}
    together = Components(alone)
    for i in alone:
        for j, v in sorted(neighbours[i].items()):
            if j > i and j in together and v >= LONER_THRESHOLD and told[i] and \
                    share_a_happening(told[i], told[j]) and not apart([i], [j]):
                together.join(i, j)
    out = list(labels)
    for i in alone:
        out[i] = labels[together.find(i)]
    return out


# Happenings that two sides (and a day, where told) name as one: a strike is not among
# them (many a day).
MEETING_KINDS = frozenset({"call", "talks", "signing", "exchange"})


def _meetings(batch: Batch, doc_id: str) -> list[HappeningKey]:
    """The meetings a document's facts tell of, with two or more sides: (kind, sides, days)."""
    return [k for k in happenings_told(batch, doc_id) if k[0] == "f" and k[1] in MEETING_KINDS]


def _written(batch: Batch, doc_id: str) -> tuple[int, int] | None:
    """The days a document was written: its own date (:func:`doc_period`), else the
    batch's reference date (a report of a meeting is written soon after it)."""
    period = doc_period(batch, doc_id)
    if period is not None:
        return period
    iv = date_interval(batch.doc_date(doc_id))
    return (int(iv.low), int(iv.high)) if iv else None


def _dated_alike(a: list[HappeningKey], b: list[HappeningKey],
                 written: tuple[int, int] | None) -> bool:
    """Some meeting of ``a`` is one of ``b`` on a day: both date it to the same day, or
    ``b`` dates it and ``a`` was written then or up to ``ROUND_DAYS`` later (a report names
    the meeting of its own days without dating it). Undated on both sides, a meeting of the
    same sides may be any round."""
    for x in a:
        for y in b:
            if x[:3] != y[:3] or y[3] is None:
                continue
            if x[3] is not None and _days_meet(x[3], y[3]):
                return True
            if x[3] is None and written is not None and \
                    0 <= written[0] - y[3][1] and written[1] - y[3][0] <= ROUND_DAYS:
                return True
    return False


def _attach_by_meeting(batch: Batch, heads: list[str], neighbours: list[dict[int, float]],
                       labels: list[int], apart: KeptApart) -> list[int]:
    """A document still alone whose facts tell a meeting (call, talks, signing, exchange)
    that the facts of a document of one larger story tell too (kind, the same two or more
    sides, days that do not contradict: :func:`share_a_happening`) joins that story, when it
    shares any feature with that document at all and no other story tells a meeting it
    tells. A report in a language no other document of the story is written in shares few
    words with them (talks in Geneva told in Ukrainian beside Russian and Spanish reports),
    but the sides of its meeting are the story's; a meeting of the same sides on another day
    is another round, and where two stories tell such meetings it stays alone."""
    members: Counter[int] = Counter(labels)
    out = list(labels)
    met: dict[int, list[HappeningKey]] = {}

    def meetings(i: int) -> list[HappeningKey]:
        if i not in met:
            met[i] = _meetings(batch, heads[i])
        return met[i]

    for i, label in enumerate(labels):
        if members[label] > 1 or not meetings(i):
            continue
        written = _written(batch, heads[i])
        targets = {labels[j] for j in sorted(neighbours[i]) if members[labels[j]] > 1
                   and neighbours[i][j] > 0 and meetings(j)
                   and share_a_happening(meetings(i), meetings(j))
                   and _dated_alike(meetings(i), meetings(j), written)}
        targets = {t for t in targets
                   if not apart([i], [j for j, lab in enumerate(labels) if lab == t])}
        if len(targets) == 1:
            out[i] = next(iter(targets))
    return out


TOLD_DATINGS = frozenset({"clause", "sentence"})  # a day the event's own words give
# Meetings and agreements: two sides hold one a day; strikes, accusations are many a day.
ONCE_A_DAY_TYPES = frozenset({"AGREE", "CONSULT"})
SMALL_STORY = 2  # independent documents


def _told_days(batch: Batch, doc_id: str) -> set[tuple[str, tuple[str, ...], float]]:
    """The two-sided meetings and agreements a document dates to the day in their own clause
    or sentence: (type, sides, day)."""
    out = set()
    for e in batch.events_by_doc.get(doc_id, ()):
        iv = date_interval(e.get("date"))
        if e.get("dated_by") in TOLD_DATINGS and iv is not None and iv.is_point() \
                and e["type"] in ONCE_A_DAY_TYPES and len(sides(e)) >= 2:
            out.add((str(e["type"]), sides(e), iv.low))
    return out


def _join_small_by_day(batch: Batch, heads: list[str], neighbours: list[dict[int, float]],
                       labels: list[int], apart: KeptApart) -> list[int]:
    """A story of at most ``SMALL_STORY`` independent documents joins the one other story,
    at least as large, of which a document tells a happening that one of its own dates to
    the same day in its own words (type, the same sides, the day: "agreed on Thursday to a
    truce" in German and in English), when they share any feature at all: two pairs of
    reports in four languages share few words, but the day of their agreement is one. Of
    two such stories of equal size the later joins the earlier; a story that two others fit
    stays apart."""
    members: Counter[int] = Counter(labels)
    by_label: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_label[label].append(i)
    days = {i: _told_days(batch, heads[i]) for i in range(len(heads))}
    out = list(labels)
    for label in sorted(by_label):
        group = by_label[label]
        if len(group) > SMALL_STORY:
            continue
        targets = {labels[j] for i in group for j in sorted(neighbours[i])
                   if labels[j] != label and neighbours[i][j] > 0
                   and members[labels[j]] >= len(group) and days[i] & days[j]}
        if len(targets) != 1:
            continue
        target = next(iter(targets))
        if members[target] == len(group) and target > label:
            continue  # of two of a size, the later joins the earlier (never both: a swap)
        if apart(group, by_label[target]):
            continue
        for i in group:
            out[i] = target
    return out


def lead_signature(batch: Batch, doc_id: str) -> tuple[str, tuple[str, ...]] | None:
    """Type and sides of the coded event a document tells first (None: nothing coded)."""
    first = _lead_event(batch, doc_id)
    return (str(first["type"]), sides(first)) if first is not None else None


def _lead_event(batch: Batch, doc_id: str) -> Record | None:
    events = batch.events_by_doc.get(doc_id, ())
    if not events:
        return None
    return min(events, key=lambda e: (int(e["evidence"]["span"][0]), e["id"]))


# ---------------------------------------------------------------- merged events

MERGE_DAYS = 2  # two mentions dated further apart are two happenings


def merge_events(batch: Batch, doc_ids: list[str], story_id: str) -> list[dict[str, Any]]:
    """One merged event per happening in a story: same type and mode family, sides that
    nest ("Russia agreed" within "Russia and Ukraine agreed"), and dates (where given)
    within ``MERGE_DAYS``. Keeps every mention and source."""
    buckets: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for doc_id in doc_ids:
        for event in batch.events_by_doc.get(doc_id, ()):
            buckets[(event["type"], mode_family(event.get("mode")) or "-")].append(event)
    # A mention with no mode ("the shelling") is the story's one happening of that type
    # that has a mode, when there is exactly one such kind: an unknown mode does not object.
    for etype in sorted({t for t, f in buckets if f == "-"}):
        families = [f for t, f in buckets if t == etype and f != "-"]
        if len(families) == 1:
            buckets[(etype, families[0])].extend(buckets.pop((etype, "-")))
    merged: list[dict[str, Any]] = []
    for key in sorted(buckets):
        if key[1] in CALL_FAMILIES:
            for side_set, group in _group_calls(batch, buckets[key]):
                merged.append(_merged((key[0], key[1], side_set), group, story_id))
            continue
        for side_set, group in _group_by_sides(buckets[key]):
            for dated in _split_by_date(group):
                merged.append(_merged((key[0], key[1], side_set), dated, story_id))
    merged.sort(key=lambda m: (m["date"] or "9999", m["type"], m["mode"] or "", m["id"]))
    return merged


def _group_by_sides(events: list[Record]) -> list[tuple[tuple[str, ...], list[Record]]]:
    """Largest side sets first; a smaller set joins the best-attested group containing it."""
    by_sides: dict[tuple[str, ...], list[Record]] = defaultdict(list)
    for e in events:
        by_sides[sides(e)].append(e)
    groups: list[tuple[set[str], list[Record]]] = []
    for key in sorted(by_sides, key=lambda k: (-len(k), k)):
        homes = [g for g in groups if set(key) <= g[0]]
        if homes:
            best = max(homes, key=lambda g: len(g[1]))
            best[1].extend(by_sides[key])
        else:
            groups.append((set(key), list(by_sides[key])))
    return [(tuple(sorted(k)), g) for k, g in groups]


# ---------------------------------------------------------------- calls

CALL_FAMILIES = frozenset({"phone"})  # happenings of one day between a pair of sides


def _call_day(batch: Batch, e: Record) -> tuple[int | None, bool]:
    """The day of a call mention and whether the text dated it: its own date, else the
    day its document was written (a report of "the call" is written within a day or two)."""
    iv = date_interval(e.get("date"))
    if iv is not None and iv.is_point():  # "in March" does not say which call
        return int(iv.low), True
    return day(batch.doc_date(e["document"])), False


def _group_calls(batch: Batch, events: list[Record]
                 ) -> list[tuple[tuple[str, ...], list[Record]]]:
    """Calls: one per pair of sides and day. Larger side sets come first; a mention whose
    sides nest in a call's ("Armenia called" within Armenia, Azerbaijan and the Qatari
    broker) joins it when their days fit, so a document that reports yesterday's call with
    one country and today's with another keeps two calls. Mentions the text dates are split
    where their days are more than ``MERGE_DAYS`` apart; an undated mention is placed by its
    document's date, on the call nearest before it (a report follows its call)."""
    by_sides: dict[tuple[str, ...], list[Record]] = defaultdict(list)
    for e in sorted(events, key=lambda x: x["id"]):
        by_sides[sides(e)].append(e)
    calls: list[tuple[tuple[str, ...], list[Record], int | None]] = []
    for key in sorted(by_sides, key=lambda k: (-len(k), k)):
        homes = [c for c in calls if set(key) <= set(c[0])]
        group = by_sides[key]
        dated = [e for e in group if _call_day(batch, e)[1]]
        for part in _split_by_date(dated):
            d = _call_day(batch, part[0])[0]
            best = _nearest_call([c for c in homes if c[2] is not None], d)
            if best is None:
                best = (key, [], d)
                calls.append(best)
                homes.append(best)
            best[1].extend(part)
        placed = {e["id"] for e in dated}
        for e in group:
            if e["id"] in placed:
                continue
            d = _call_day(batch, e)[0]
            best = _nearest_call(homes, d)
            if best is None:
                best = (key, [], d)
                calls.append(best)
                homes.append(best)
            best[1].append(e)
    return [(k, sorted(g, key=lambda x: x["id"])) for k, g, _ in calls]


def _nearest_call(calls: list[tuple[tuple[str, ...], list[Record], int | None]],
                  d: int | None) -> tuple[tuple[str, ...], list[Record], int | None] | None:
    """The call a mention of day ``d`` most likely reports: the nearest on or before ``d``
    within ``MERGE_DAYS`` (a report follows its call), else the nearest within
    ``MERGE_DAYS``; with no day to go by, the best attested. None when none fits."""
    if not calls:
        return None

    def attested(c: tuple[tuple[str, ...], list[Record], int | None]) -> tuple[int, int, str]:
        return (-len(c[1]), -len(c[0]), min(e["id"] for e in c[1]))

    if d is None:
        return sorted(calls, key=attested)[0]
    dated = [c for c in calls if c[2] is not None and abs(c[2] - d) <= MERGE_DAYS]
    if not dated:
        undated = [c for c in calls if c[2] is None]
        return sorted(undated, key=attested)[0] if undated else None
    return sorted(dated, key=lambda c: (c[2] > d, abs(c[2] - d), attested(c)))[0]


def _split_by_date(events: list[Record]) -> list[list[Record]]:
    dated = sorted((e for e in events if day(e.get("date")) is not None),
                   key=lambda e: (day(e.get("date")), e["id"]))
    groups: list[list[Record]] = []
    for e in dated:
        d = day(e.get("date"))
        if groups and d is not None and d - (day(groups[-1][0].get("date")) or d) <= MERGE_DAYS:
            groups[-1].append(e)
        else:
            groups.append([e])
    undated = sorted((e for e in events if day(e.get("date")) is None), key=lambda e: e["id"])
    if not groups:
        return [undated] if undated else []
    # An undated mention joins the happening its document also dates, else the best-attested.
    biggest = max(range(len(groups)), key=lambda i: (len(groups[i]), -i))
    for e in undated:
        same_doc = [i for i, g in enumerate(groups)
                    if any(x["document"] == e["document"] for x in g)]
        groups[same_doc[0] if same_doc else biggest].append(e)
    return groups


def _merged(key: tuple[str, str, tuple[str, ...]], group: list[Record],
            story_id: str) -> dict[str, Any]:
    etype, family, both = key
    mentions = sorted(e["id"] for e in group)
    dates = Counter(e["date"] for e in group if e.get("date"))
    modes = Counter(e["mode"] for e in group if e.get("mode"))
    modality = Counter(e.get("modality") or "asserted" for e in group)
    actors = Counter(c for e in group for c in countries(e.get("actors")))
    recipients = Counter(c for e in group for c in countries(e.get("recipients")))
    return {
        "id": stable_id("merged", story_id, mentions),
        "type": etype,
        "mode": _top(modes),
        "family": None if family == "-" else family,
        "sides": list(both),
        "actors": sorted(actors),
        "recipients": sorted(c for c in recipients if c not in actors),
        "date": _top(dates),
        "modality": _top(modality),
        "mentions": mentions,
        "sources": sorted({e["document"] for e in group}),
        "evidence": [{"event": e["id"], "document": e["document"], "text": e["evidence"]["text"]}
                     for e in sorted(group, key=lambda x: (x["document"], x["id"]))],
    }


def _top(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
