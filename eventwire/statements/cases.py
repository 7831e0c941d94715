"""A name written in the genitive, as the words "По словам" and "За словами" require, back in
its nominative: "По словам министра Карена Мкртчяна" was said by Карен Мкртчян.

Taggers of these languages lemmatise unknown names unevenly ("Мкртчяна" kept, "Павла" ->
"Павл", "Петровой" -> "петровый"), so the ending is read from data (speech.yaml
``genitive_names``): whole forms first ("Павла": "Павел"), then the first ending of the list
that closes the word ("ой": "а", "а": ""). A word no ending closes (an indeclinable
"Прутяну", "Ндиай") is kept as written.
"""

from __future__ import annotations

from typing import Any

from eventwire.actors.unknown import slug

MIN_STEM = 2  # letters an ending must leave before it ("Ава" is no "Ав" + "а" rule for "а")


def nominative(name: str, forms: dict[str, str], endings: tuple[tuple[str, str], ...]) -> str:
    """The name with each word moved from the genitive to the nominative."""
    return " ".join(_word(word, forms, endings) for word in name.split())


def _word(word: str, forms: dict[str, str], endings: tuple[tuple[str, str], ...]) -> str:
    if word in forms:
        return forms[word]
    low = word.lower()
    for genitive, nominative_ending in endings:
        if low.endswith(genitive) and len(low) - len(genitive) >= MIN_STEM:
            return word[: len(word) - len(genitive)] + nominative_ending
    return word


def unlisted_person(name: str) -> str:
    """The identity the actors stage gives a person no list knows, from the name as written."""
    return "person:" + slug(name)


def genitive_data(data: dict[str, Any]) -> tuple[frozenset[str], dict[str, str],
                                                  tuple[tuple[str, str], ...]]:
    """The cues, whole forms and endings of a language's ``genitive_names`` section."""
    section = data.get("genitive_names") or {}
    cues = frozenset(" ".join(str(c).lower().split()) for c in section.get("cues", []))
    forms = {str(k): str(v) for k, v in (section.get("forms") or {}).items()}
    endings = tuple((str(a), str(b or "")) for a, b in section.get("endings", []))
    return cues, forms, endings
