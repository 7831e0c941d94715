"""What later stages read many times from one parsed sentence, computed once per tree.

Every read of a spaCy token attribute (``idx``, ``children``, ``lemma_``) crosses from Cython
into Python; a question asked of every token of a sentence, again for each cue, costs more
than the answer. The answers are kept beside the tree, weakly (they go with it), and only
read after the syntax stage has repaired it: no later stage changes a tree.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable
from functools import cache
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

T = TypeVar("T")

_KEPT: WeakKeyDictionary[Any, dict[Hashable, Any]] = WeakKeyDictionary()


_LAST: list[Any] = [None, None]  # the tree asked last and its answers: asked again and again


def once(parse: Any, key: Hashable, compute: Callable[[Any], T]) -> T:
    """``compute(parse)``, computed on the first call for this tree and ``key`` only.

    The answers of the tree asked last are kept apart: a scan asks the same tree many times
    in a row, and each look-up in the weak dictionary makes a weak reference."""
    if _LAST[0] is parse:
        kept = _LAST[1]
    else:
        kept = _KEPT.get(parse)
        if kept is None:
            kept = _KEPT[parse] = {}
        _LAST[0], _LAST[1] = parse, kept
    if key not in kept:
        kept[key] = compute(parse)
    return kept[key]  # type: ignore[no-any-return]


COLUMNS = ("POS", "DEP", "HEAD", "LEMMA", "ORTH", "IDX", "MORPH", "LENGTH")  # what the scans
# below read


def _columns(parse: Any) -> dict[str, list[int]]:
    """The tree's attributes of :data:`COLUMNS`, each a list by token index, read in one
    ``to_array`` call (each call costs about as much as a few dozen words' reads)."""
    table = parse.to_array(_spacy_ids()[0])
    out = dict(zip(COLUMNS, table.T.tolist(), strict=True))
    out["HEAD"] = table[:, COLUMNS.index("HEAD")].astype("int64").tolist()  # stored unsigned
    return out


@cache
def _spacy_ids() -> tuple[list[int], dict[str, int]]:
    """spaCy's ids of the attributes of :data:`COLUMNS` and of the tags, imported once (an
    import statement in a function costs microseconds a call, on every tree)."""
    from spacy import attrs
    from spacy.parts_of_speech import IDS

    return [getattr(attrs, name) for name in COLUMNS], IDS


def columns(parse: Any) -> dict[str, list[int]]:
    """:func:`_columns`, read once per (non-empty) tree."""
    return once(parse, "columns", _columns)


def _starts(parse: Any) -> list[int]:
    return columns(parse)["IDX"] if len(parse) else []


def token_starting(parse: Any, offset: int) -> Any | None:
    """The token of ``parse`` that begins at character ``offset`` of its text, if any."""
    starts = once(parse, "starts", _starts)
    k = bisect_left(starts, offset)
    return parse[k] if k < len(starts) and starts[k] == offset else None


def tagged(parse: Any, *tags: str) -> tuple[int, ...]:
    """The indices of the tokens whose part of speech is one of ``tags``, in order."""
    return once(parse, ("tagged", tags), lambda tree: _tagged(tree, tags))


def _tagged(parse: Any, tags: tuple[str, ...]) -> tuple[int, ...]:
    if not len(parse):
        return ()
    ids = _spacy_ids()[1]
    wanted = {ids[tag] for tag in tags}  # tags as ids, read in one call: no token per word
    return tuple(i for i, pos in enumerate(columns(parse)["POS"]) if pos in wanted)


_LOWERED: dict[tuple[int, int], str] = {}  # (lemma id, text id) -> the lemma lower-cased
MAX_LOWERED = 200_000  # pairs kept: a long stream of text keeps memory bounded


def _lemmas(parse: Any) -> list[str]:
    """Each token's ``(lemma_ or text).lower()``, from the ids read in one call, each pair
    of strings lower-cased once per process."""
    if not len(parse):
        return []
    strings, kept = parse.vocab.strings, _LOWERED
    out = []
    read = columns(parse)
    for pair in zip(read["LEMMA"], read["ORTH"], strict=True):
        word = kept.get(pair)
        if word is None:
            if len(kept) > MAX_LOWERED:
                kept.clear()
            lemma, text = pair
            word = kept[pair] = (strings[lemma] or strings[text]).lower()
        out.append(word)
    return out


def lemmas(parse: Any) -> list[str]:
    """Each token's lemma (its text when the model gave none), lower-cased, by token index:
    the form every lexicon of lemmas is keyed by, read once per tree."""
    return once(parse, "lemmas", _lemmas)


def verb_indices(parse: Any) -> tuple[int, ...]:
    """The indices of the tokens tagged VERB or AUX, in order."""
    return tagged(parse, "VERB", "AUX")


def token_starts(parse: Any) -> list[int]:
    """Each token's ``idx``, by token index (increasing)."""
    return once(parse, "starts", _starts)


def starting_within(parse: Any, start: int, end: int) -> range:
    """The indices of the tokens whose ``idx`` lies in ``[start, end)`` of the tree's text."""
    starts = once(parse, "starts", _starts)
    return range(bisect_left(starts, start), bisect_left(starts, end))


_NAMES: dict[int, str] = {}  # string id -> its string: tags and relations, a few dozen


def _shape(parse: Any) -> tuple[list[str], list[str], list[int]]:
    if not len(parse):
        return [], [], []
    names, strings = _NAMES, parse.vocab.strings
    tags, relations, heads = [], [], []
    read = columns(parse)  # HEAD signed: the offset of the head, before or after
    for i, (pos, dep, head) in enumerate(zip(read["POS"], read["DEP"], read["HEAD"],
                                             strict=True)):
        tag = names.get(pos)
        if tag is None:
            tag = names[pos] = strings[pos]
        relation = names.get(dep)
        if relation is None:
            relation = names[dep] = strings[dep]
        tags.append(tag)
        relations.append(relation)
        heads.append(i + head)  # HEAD is the offset of the head from the token
    return tags, relations, heads


def shape(parse: Any) -> tuple[list[str], list[str], list[int]]:
    """Each token's part of speech, relation and head index, by token index: the tree as
    plain lists, for scans that ask them of every word."""
    return once(parse, "shape", _shape)


_VALUES: dict[str, dict[int, tuple[str, ...]]] = {}  # feature -> analysis id -> its values


def feature(parse: Any, name: str) -> list[tuple[str, ...]]:
    """Each token's values of one morphological feature (``token.morph.get(name)``), by
    token index: the analyses' ids read in one call, each analysis parsed once per process
    (a spaCy ``MorphAnalysis`` is built for every ``token.morph``)."""
    return once(parse, ("feature", name), lambda tree: _feature(tree, name))


def _feature(parse: Any, name: str) -> list[tuple[str, ...]]:
    if not len(parse):
        return []
    known = _VALUES.get(name)
    if known is None:
        known = _VALUES[name] = {}
    keys = columns(parse)["MORPH"]
    for key in set(keys).difference(known):  # (analyses recur: most trees have no new one)
        known[key] = _values(parse.vocab.strings[key], name)
    return list(map(known.__getitem__, keys))


def token_feature(token: Any, name: str) -> tuple[str, ...]:
    """``token.morph.get(name)`` as a tuple, from its tree's table of :func:`feature`."""
    return feature(token.doc, name)[token.i]


def analyses(parse: Any) -> list[str]:
    """Each token's morphology as ``str(token.morph)`` gives it ("" when it has none), by
    token index: a spaCy ``MorphAnalysis`` is built for every ``token.morph``."""
    return once(parse, "analyses", _analyses)


def _analyses(parse: Any) -> list[str]:
    if not len(parse):
        return []
    strings = parse.vocab.strings
    return [text if text != "_" else "" for text in map(strings.__getitem__,
                                                         columns(parse)["MORPH"])]


def spans(parse: Any) -> list[tuple[int, int]]:
    """Each token's ``(idx, idx + len(text))`` in the tree's text, by token index."""
    return once(parse, "spans", _token_spans)


def _token_spans(parse: Any) -> list[tuple[int, int]]:
    read = columns(parse) if len(parse) else {"IDX": [], "LENGTH": []}
    return [(start, start + size) for start, size in zip(read["IDX"], read["LENGTH"],
                                                         strict=True)]


def _values(analysis: str, name: str) -> tuple[str, ...]:
    """The values of feature ``name`` in an analysis "Number=Plur|VerbForm=Fin,Part"."""
    for field in analysis.split("|"):
        key, _, values = field.partition("=")
        if key == name:
            return tuple(values.split(","))
    return ()
