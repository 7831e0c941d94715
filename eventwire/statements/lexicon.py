"""The speech data of a language (its ``speech.yaml``), compiled once per language.

Speech verbs, "according to" words, complementizers, pronouns and the mood of reported
speech are data, so that the shapes that read them know no language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.match import PatternSet, tokenize_phrase
from eventwire.statements.cases import genitive_data
from eventwire.text.view import fold


@dataclass(frozen=True)
class SpeechLexicon:
    verbs: PatternSet[str]
    according_to: PatternSet[str]
    according_after: PatternSet[str]
    according_closing: PatternSet[str]  # "..., so der Sprecher.": a source that ends a sentence
    citing: PatternSet[str]  # "citing", "со ссылкой на": a source carries whom it cites
    own_account: PatternSet[str]  # "nach eigenen Angaben": the clause's subject is the source
    relative: PatternSet[str]
    complementizers: frozenset[str]
    pronouns: frozenset[str]  # folded, as the matcher's words are ("él" -> "el")
    document_nouns: PatternSet[str]
    auxiliaries: frozenset[str]
    object_pronouns: frozenset[str]
    reported_mood: tuple[tuple[str, str], ...]  # UD features of the verb of reported speech
    reported_forms: frozenset[str]  # its common forms, where a tagger misses the mood
    relatives: frozenset[str]  # relative pronouns ("who", "che"): the noun before speaks
    nominal_content: PatternSet[str]  # verbs whose noun object is what was said (announce)
    drops_subjects: bool  # "Añadió que ...": a verb with no subject has a pronoun one
    anaphoric: PatternSet[str]  # "Об этом", "C'est ce qu": the sentence before was said
    surface_verbs: frozenset[str]  # one-word speech verb forms, for a lemma a tagger mangles
    framing: frozenset[str]  # lemmas that frame a short quote as said ("hailed it as "X"")
    compound_heads: tuple[str, ...]  # "Kremlsprecher": titles that end an institution's compound
    compound_links: tuple[str, ...]  # what may join the parts ("Regierungs-sprecher")
    object_relatives: PatternSet[str]  # "..., ce que X a nié": the clause before is its object
    unnamed_sources: tuple[str, ...]  # "source", "*kreise": a country's unnamed source speaks
    unnamed_openers: frozenset[str]  # "un diplomate en poste à Niamey": someone unnamed ...
    unnamed_outsiders: tuple[str, ...]  # ... who is no official: "diplomat", "chercheu"
    spokesperson_titles: frozenset[str]  # "spokesman", "Sprecherin": whose owner may come before
    question_words: frozenset[str]  # "whether", "ob", "ли": a party in that clause was asked about
    outlet_nouns: frozenset[str]  # "newspaper", "газет*": the name after them is a news source
    outlet_name_words: frozenset[str]  # "radio": capitalised, they open an outlet's name
    owner_offices: PatternSet[str]  # "his office": the person it belongs to speaks
    genitive_cues: frozenset[str]  # "по словам": the name after them is in the genitive
    genitive_forms: dict[str, str]  # "Павла": "Павел", a genitive no ending rule gives back
    genitive_endings: tuple[tuple[str, str], ...]  # ("ой", "а"): genitive to nominative
    institution_nouns: tuple[frozenset[str], frozenset[str]]  # "the mission"; "ведомство"

    @classmethod
    @lru_cache(maxsize=32)
    def of(cls, language: str) -> SpeechLexicon:
        data: dict[str, Any] = lang.section(language, "speech")
        genitive_cues, genitive_forms, genitive_endings = genitive_data(data)
        compounds: dict[str, Any] = data.get("title_compounds") or {}
        return cls(
            verbs=PatternSet((v, "verb") for v in data.get("verbs", [])),
            according_to=PatternSet((v, "according") for v in data.get("according_to", [])),
            according_after=PatternSet(
                (v, "according") for v in data.get("according_to_after", [])
            ),
            according_closing=PatternSet(
                (v, "according") for v in data.get("according_to_closing", [])
            ),
            citing=PatternSet((v, "citing") for v in data.get("citing", [])),
            own_account=PatternSet((v, "own") for v in data.get("own_account", [])),
            relative=PatternSet((v, "relative") for v in data.get("relative_cues", [])),
            complementizers=frozenset(
                t for c in data.get("complementizers", []) for t in tokenize_phrase(c)
            ),
            pronouns=frozenset(fold(w) for w in data.get("subject_pronouns", [])),
            document_nouns=PatternSet((v, "document") for v in data.get("document_nouns", [])),
            object_pronouns=frozenset(fold(w) for w in data.get("object_pronouns", [])),
            auxiliaries=frozenset(
                t for c in data.get("auxiliaries", []) for t in tokenize_phrase(c)
            ),
            reported_mood=tuple(sorted((data.get("reported_mood") or {}).items())),
            reported_forms=frozenset(fold(w) for w in data.get("reported_forms", [])),
            relatives=frozenset(w.lower() for w in data.get("relative_pronouns", [])),
            nominal_content=PatternSet((v, "nominal") for v in data.get("nominal_content", [])),
            drops_subjects=bool(data.get("drops_subject_pronouns", False)),
            anaphoric=PatternSet((v, "anaphoric") for v in data.get("anaphoric_cues", [])),
            surface_verbs=frozenset(fold(str(v)) for v in data.get("verbs", [])
                                    if " " not in str(v) and "*" not in str(v)),
            framing=frozenset(str(w).lower() for w in data.get("framing_verbs", [])),
            compound_heads=tuple(fold(w) for w in compounds.get("heads", [])),
            compound_links=tuple(sorted((str(w) for w in compounds.get("links", [])),
                                        key=len, reverse=True)),
            object_relatives=PatternSet(
                (v, "relative") for v in data.get("object_relatives", [])),
            unnamed_sources=tuple(fold(str(w)) for w in data.get("unnamed_sources", [])),
            unnamed_openers=frozenset(fold(str(w)) for w in data.get("unnamed_openers", [])),
            unnamed_outsiders=tuple(fold(str(w)) for w in data.get("unnamed_outsiders", [])),
            spokesperson_titles=frozenset(
                fold(str(w)) for w in data.get("spokesperson_titles", [])),
            question_words=frozenset(fold(str(w)) for w in data.get("question_words", [])),
            outlet_nouns=frozenset(fold(str(w)) for w in data.get("outlet_nouns", [])),
            outlet_name_words=frozenset(
                fold(str(w)) for w in data.get("outlet_name_words", [])),
            owner_offices=PatternSet((v, "office") for v in data.get("owner_offices", [])),
            genitive_cues=genitive_cues,
            genitive_forms=genitive_forms,
            genitive_endings=genitive_endings,
            institution_nouns=(
                frozenset(fold(str(w)) for w in data.get("institution_back_nouns", [])),
                frozenset(fold(str(w)) for w in data.get("office_back_nouns", []))),
        )

    def names_unnamed_source(self, word: str) -> bool:
        """Whether a folded word is a noun for a source no one names ("source", "fuente",
        "источник"); ``*`` opens a word's ending ("*kreise": "Sicherheitskreise")."""
        return any(word.endswith(form[1:]) if form.startswith("*") else word == form
                   for form in self.unnamed_sources)

