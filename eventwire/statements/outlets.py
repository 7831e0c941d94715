"""News outlets no list knows, named by what they are: "the newspaper Večernik", "Radio
Kaspi", "l'agenzia Nordpress", "газете Večernik".

An outlet carries what it reports and never speaks, but a name the lists do not know would
otherwise be read as a person, an institution or a place, and so as a speaker ("Radio Kaspi
reported, citing ..."). A capitalised name right after a word of the language's
``outlet_nouns`` (speech.yaml) is a news source for attribution; a word of its
``outlet_name_words`` written with a capital opens the name itself ("Radio Kaspi": German
capitalises every noun, so "der Zeitung Večernik" is only "Večernik"). A name the lists know
as an actor keeps its identity ("the agency Frontex" is no newspaper).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.model import Mention
from eventwire.statements.subjects import CAPITAL, WORD_REST
from eventwire.text.view import fold

# a word, and the capitalised run of one to three words right after it
_WORD = re.compile(r"[\w'’-]+")
_NAME = re.compile(rf" ({CAPITAL}{WORD_REST}*(?: {CAPITAL}{WORD_REST}*){{0,2}})")
# the same name between quotation marks ("газеті «Кавказький кур'єр»"): its words may start
# with a small letter after the first
_QUOTED_NAME = re.compile(
    rf" [«\"„“][ \u00a0\u202f]?({CAPITAL}{WORD_REST}*(?: [\w'’-]+){{0,3}})[ \u00a0\u202f]?[»\"“”]")


def names_outlet(word: str, nouns: frozenset[str]) -> bool:
    """Whether a folded word is an outlet noun; ``*`` closes a stem ("газет*": "газете") or
    opens an ending ("*zeitung": "Tageszeitung")."""
    return word in nouns or any(
        form.endswith("*") and word.startswith(form[:-1])
        or form.startswith("*") and word.endswith(form[1:]) for form in nouns)


def unlisted_outlets(text: str, mentions: Iterable[Mention], nouns: frozenset[str],
                     name_words: frozenset[str]) -> list[Mention]:
    """Source mentions for the names an outlet noun introduces that no source mention holds
    and no known actor (one with an identity) covers."""
    if not nouns and not name_words:
        return []
    mentions = list(mentions)
    found: list[Mention] = []
    for word in _WORD.finditer(text):
        folded = fold(word.group()).replace("’", "'").rsplit("'", 1)[-1]  # "l'agence"
        name = _NAME.match(text, word.end()) or _QUOTED_NAME.match(text, word.end())
        if name is None:
            continue
        own = word.group()[:1].isupper() and names_outlet(folded, name_words)  # "Radio Kaspi"
        if not own and not names_outlet(folded, nouns):
            continue
        start = word.start() if own else name.start(1)
        end = name.end(1)
        if found and found[-1].end > start:
            continue  # "la emisora Radio Kaspi": one outlet
        if any(m.start < end and start < m.end and (
                m.label == "SOURCE" or m.actor is not None and m.actor.entity
                and m.actor.type != "person") for m in mentions):
            continue
        found.append(Mention(start, end, "SOURCE", text[start:end], source=text[start:end]))
    return found


def without_outlets(mentions: Iterable[Mention], outlets: list[Mention]) -> list[Mention]:
    """The mentions that share no character with an unlisted outlet's name."""
    return [m for m in mentions
            if not any(o.start < m.end and m.start < o.end for o in outlets)]
