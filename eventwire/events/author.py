"""Who issued a document that is itself a statement: "Statement by the Foreign Ministry
of X", "Комментарий официального представителя МИД России", "Заява МЗС України".

Such a text speaks in its issuer's voice outside any quote ("We warn that ...",
"Предупреждаем, что ..."): an act told in the first person there is the issuer's, as the
same words inside a quote are the speaker's. The issuer is read from the heading alone (the
document's first line, a noun phrase whose head is a noun of issued texts, the language's
``grammar.yaml`` ``issued_nouns``), and only when it names one side.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.tree.grammar import grammar
from eventwire.model import Actor, Document, Mention
from eventwire.spans import SpanIndex
from eventwire.syntax.parse import char_span, sentence_language

ISSUER_RELATIONS = frozenset({"nmod", "nmod:poss", "nmod:agent", "obl", "obl:agent"})


def document_issuer(doc: Document, actors: SpanIndex[Mention]) -> Actor | None:
    """The side that issued the document, read from its heading; None when the heading is no
    issued text's name or names no side, or more than one."""
    if not doc.sentences or doc.sentences[0].parse is None:
        return None
    heading = doc.sentences[0]
    if "\n" not in doc.text[heading.end:heading.end + 3] or \
            "\n" in doc.text[heading.start:heading.end].strip():
        return None  # not a line of its own
    language = grammar(sentence_language(doc, heading))
    nouns, cases = language.issued_nouns, language.issuer_cases
    root = next((t for t in heading.parse if t.head.i == t.i), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or root.lemma_.lower() not in nouns:
        return None
    owners = [t for t in root.lefts if t.dep_ in ("compound", "amod", "nmod", "nmod:poss")]
    after = next((t for t in root.rights if t.dep_ in ISSUER_RELATIONS), None)
    if after is not None and _owning(after, cases):
        owners.append(after)
    for owner in owners:
        words = list(owner.subtree) if owner.i > root.i else [owner]
        start, end = char_span(heading, words[0])[0], char_span(heading, words[-1])[1]
        countries = {m.actor.country: m.actor for m in actors.within(start, heading.end)
                     if m.start < end and m.actor is not None and m.actor.country}
        if len(countries) == 1:  # a name may run past the word the parse hangs it on
            return next(iter(countries.values()))  # ("МИД | России")
        if countries:
            return None  # "Joint statement of X and Y": no one voice
    return None


def _owning(word: Any, cases: frozenset[str]) -> bool:
    """Whether a phrase after the heading's noun names whose text it is: marked by a word of
    owning ("of", "by", "du", "von", "della") or, with no case word, not in another case than
    the genitive ("Заява МЗС України"); "Statement on Russia" names a topic, not an issuer."""
    marks = [c for c in word.children if c.dep_.split(":")[0] == "case"]
    if marks:
        return " ".join(c.lower_ for c in marks) in cases
    return word.morph.get("Case") in ([], ["Gen"])

