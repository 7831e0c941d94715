"""Per-language knowledge, kept as data files under ``eventwire/lang/<code>/``.

Code asks for a *section* (``speech``, ``events``, ``dates``...) of a language and gets the
parsed YAML (or TSV rows). Adding a language is adding a folder: nothing in the code names
a language. ``available()`` lists the languages that have data, ``having(name)`` those with
one section; both are read from the package folder once per process.

A language code never becomes a path by itself: only the names of the folders that exist
are looked up, and a code from outside (``--lang``, a JSONL field, an API body) goes
through :func:`checked` first.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_ROOT = Path(str(resources.files("eventwire.lang")))

# The language whose layout rules (sentences, live blogs, dates, numbers) stand in for a
# language that has none: the one place the code names a language.
FALLBACK = "en"


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses 10x faster


class _DataLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """YAML 1.2 booleans only: in lexicons "no", "on" and "off" are words, not booleans."""


_DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_DataLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|false|True|False|TRUE|FALSE)$"),
    list("tTfF"),
)


def load_yaml(path: Path) -> Any:
    """Parse a data file with eventwire's YAML rules (see :class:`_DataLoader`)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_DataLoader)  # noqa: S506 - a SafeLoader subclass


@lru_cache(maxsize=1)
def available() -> tuple[str, ...]:
    """Codes of the languages with a data folder (sorted, so output is deterministic)."""
    return having("language")


@lru_cache(maxsize=64)
def having(name: str) -> tuple[str, ...]:
    """Codes of the folders that hold ``<name>.yaml``, sorted (stages ask per document)."""
    return tuple(sorted(p.name for p in _ROOT.iterdir() if (p / f"{name}.yaml").exists()))


class UnknownLanguage(ValueError):
    """A language code eventwire has no data folder for (the message is one line)."""


@lru_cache(maxsize=1)
def _folders() -> frozenset[str]:
    """Names of the data folders (languages and ``_shared``): the only names looked up."""
    return frozenset(p.name for p in _ROOT.iterdir() if p.is_dir() and not p.name.startswith("."))


def checked(code: str) -> str:
    """A language code from outside, as eventwire names it ("EN", "fr-FR" -> "en", "fr").

    Raises :class:`UnknownLanguage` unless it names a language with data: a code is never
    used as a path, so ``/tmp/x`` or ``../fr`` is refused here, not looked up.
    """
    short = re.split(r"[-_]", str(code).strip().lower(), maxsplit=1)[0]
    if short not in available():
        shown = repr(str(code))[:40]
        raise UnknownLanguage(f"unsupported language {shown} (eventwire has data for: "
                              f"{', '.join(available())})")
    return short


def declared(code: str) -> str:
    """The language a document declares for itself (a JSONL field, an HTML ``lang``).

    One eventwire has data for is checked as :func:`checked` does; another well-formed code
    ("pl", "pt-BR") is kept, so the text is stored with its language and not coded; anything
    else is refused with :class:`UnknownLanguage` (never used as a path).
    """
    short = re.split(r"[-_]", str(code).strip().lower(), maxsplit=1)[0]
    if short in available() or re.fullmatch(r"[a-z]{2,3}", short):
        return short
    return checked(code)


def _path(lang: str, filename: str) -> Path | None:
    """The data file of a known folder, or None (unknown names touch no file)."""
    if lang not in _folders():
        return None
    path = _ROOT / lang / filename
    return path if path.exists() else None


def folder(lang: str) -> Path:
    if lang not in _folders():
        raise UnknownLanguage(f"no data folder for language {repr(str(lang))[:40]}")
    return _ROOT / lang


@lru_cache(maxsize=256)
def section(lang: str, name: str) -> Any:
    """The parsed ``<name>.yaml`` of a language, or ``{}`` when the language lacks it."""
    path = _path(lang, f"{name}.yaml")
    if path is None:
        return {}
    return load_yaml(path) or {}


@lru_cache(maxsize=256)
def table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``<name>.tsv`` (header line first; ``#`` lines are comments)."""
    path = _path(lang, f"{name}.tsv")
    if path is None:
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


def shared_table(name: str) -> tuple[dict[str, str], ...]:
    """A language-neutral table under ``eventwire/lang/_shared/``."""
    return table("_shared", name)


def shared_section(name: str) -> Any:
    return section("_shared", name)
