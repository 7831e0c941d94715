"""The long regular expressions of the models' tokenizers, compiled once and kept on disk.

spaCy's French tokenizer matches its hyphenated and elided words with one expression of
1.45 million characters (``TOKEN_MATCH`` of ``spacy.lang.fr``, also stored in the model's
``tokenizer`` file): Python's :mod:`re` takes 4-6 CPU seconds to compile it (its character
classes of every lower-case letter, case-folded), a third of loading all seven languages,
and it does so in every process that loads French.

:func:`seed` puts the compiled expression into :mod:`re`'s own cache before the model is
loaded, so that spaCy's ``re.compile`` of the same text (when ``spacy.lang.fr`` is imported,
and again when the tokenizer is read from disk) finds it there. The compiled form is what
``re`` itself would build: the same parse and code generation (``re._parser.parse``,
``re._compiler._code``), given to ``_sre.compile`` as ``re._compiler.compile`` does; only the
code (a list of integers) is kept, with :mod:`marshal`, in the cache folder of
:mod:`eventwire.lang.lemmas`, keyed by the Python version, ``_sre``'s format and a hash of
the expression. Anything unexpected (another Python, no cache folder, a file that cannot be
read) leaves the compiling to spaCy, as before: slower, never different.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from eventwire.lang.lemmas import cache_folder, read_marshal, write_marshal

LONG = 100_000  # characters: shorter expressions compile in milliseconds


def seed(model: Path) -> int:
    """Put the long expressions of the tokenizer stored in ``model`` into :mod:`re`'s cache;
    how many were put there."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return 0
    try:
        import srsly

        data = srsly.msgpack_loads((model / "tokenizer").read_bytes())
    except (OSError, ValueError, TypeError):
        return 0
    seeded = 0
    for text in data.values() if isinstance(data, dict) else ():
        if not isinstance(text, str) or len(text) < LONG or (str, text, 0) in cache:
            continue
        compiled = compiled_pattern(text)
        if compiled is not None:
            cache[str, text, 0] = compiled  # the key re._compile looks up (flags 0)
            seeded += 1
    return seeded


def compiled_pattern(text: str) -> re.Pattern[str] | None:
    """``re.compile(text)``, its code read from the cache folder when there (else made and
    written there); None when this Python's ``re`` is not laid out as expected."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    path = _cache_file(text, _sre)
    parts = _read(path) if path is not None and path.exists() else None
    if parts is None:
        try:
            parsed = _parser.parse(text, 0)
            code = [int(op) for op in _compiler._code(parsed, 0)]
            groupindex = dict(parsed.state.groupdict)
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            parts = (int(parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                     tuple(indexgroup))
        except (AttributeError, TypeError, re.error):
            return None
        if path is not None:
            write_marshal(path, parts)
    flags, code, groups, groupindex, indexgroup = parts
    try:
        return _sre.compile(text, flags, code, groups, groupindex, indexgroup)
    except (RuntimeError, TypeError, ValueError):  # a code _sre does not accept
        return None


def _cache_file(text: str, sre: Any) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    version = "-".join(str(v) for v in (*sys.version_info[:3], sre.MAGIC, sre.CODESIZE))
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return folder / f"regex-py{version}-{digest}.marshal"


def _read(path: Path) -> tuple[Any, ...] | None:
    loaded = read_marshal(path)
    if not (isinstance(loaded, tuple) and len(loaded) == 5 and isinstance(loaded[1], list)):
        return None
    return loaded


