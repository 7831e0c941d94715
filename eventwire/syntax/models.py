"""eventwire's trained pipelines, loaded by language name on first use (like ``spacy.load``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

MODELS = Path(__file__).resolve().parent.parent / "models"


@cache
def available() -> tuple[str, ...]:
    """Languages with a shipped pipeline (a folder holding a spaCy ``config.cfg``)."""
    return tuple(sorted(p.parent.name for p in MODELS.glob("*/config.cfg")))


@cache
def load(lang: str) -> Any | None:
    """The pipeline for ``lang``, or None when eventwire ships none for it.

    Loaded once per process; the language must be one of :func:`available` (never a path).
    """
    if lang not in available():
        return None
    import spacy

    from eventwire.syntax.patterns import seed

    seed(MODELS / lang)  # French's 1.45-million-character TOKEN_MATCH, compiled from disk
    nlp = spacy.load(MODELS / lang)
    from eventwire import lang as languages

    if languages.section(lang, "language").get("hyphenated_words_whole"):
        _keep_hyphenated_words(nlp)
    _keep_elided_capitals(nlp)
    return nlp


def _keep_elided_capitals(nlp: Any) -> None:
    """Keep whole a capital whose name has an apostrophe between letters ("N'Djamena"): cut
    at it, "N'" reads as the French negation or an Italian article, and the sentence loses its
    subject ("N'Djamena a expulsé ..." read as negated, "N'Djamena ha espulso ..." as no act)."""
    import re

    from spacy.symbols import ORTH

    from eventwire.actors.gazetteer import gazetteer

    places = gazetteer()
    for pid in sorted(places.capitals):
        name = places.cities[pid][0]
        if re.search(r"\w'\w", name):
            for form in (name, name.replace("'", "\u2019")):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _keep_hyphenated_words(nlp: Any) -> None:
    """Stop the tokenizer from cutting a word at a hyphen between letters ("премьер-министр",
    "Абу-Даби"), where the language's treebanks keep such a word whole: cut, it is three
    words the parser never met, and the sentence's tree goes wrong around them. Dashes
    between letters ("–", "—") are still cut."""
    from spacy.lang.char_classes import HYPHENS
    from spacy.util import compile_infix_regex

    dashes = "|".join(h for h in HYPHENS.split("|") if h != "-")
    infixes = [p.replace(f"(?:{HYPHENS})", f"(?:{dashes})") for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
