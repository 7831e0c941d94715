"""Per-language knowledge, kept as data files under ``eventwire/lang/<code>/``.

Code asks for a *section* (``speech``, ``events``, ``dates``...) of a language and gets the
parsed YAML (or TSV rows). Adding a language is adding a folder: nothing in the code names
a language. ``available()`` lists the languages that have data, ``having(name)`` those with
one section; both are read from the package folder once per process.
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


def folder(lang: str) -> Path:
    return _ROOT / lang


@lru_cache(maxsize=256)
def section(lang: str, name: str) -> Any:
    """The parsed ``<name>.yaml`` of a language, or ``{}`` when the language lacks it."""
    path = _ROOT / lang / f"{name}.yaml"
    if not path.exists():
        return {}
    return load_yaml(path) or {}


@lru_cache(maxsize=256)
def table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``<name>.tsv`` (header line first; ``#`` lines are comments)."""
    path = _ROOT / lang / f"{name}.tsv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


def shared_table(name: str) -> tuple[dict[str, str], ...]:
    """A language-neutral table under ``eventwire/lang/_shared/``."""
    return table("_shared", name)


def shared_section(name: str) -> Any:
    return section("_shared", name)
