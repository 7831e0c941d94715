"""What every part of the tree coder shares: the relation sets it reads, a reading of one
event, and the dictionary lemma that backs up a small model's."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from eventwire.events.predicates import Predicate
from eventwire.model import Mention

CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"}
CORE_SKIP = {"acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct", "mark",
             "discourse", "vocative", "dep", "list", "reparandum", "orphan", "case"}
SUBJECT = {"nsubj", "expl"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubj:outer"}
OBJECT = {"obj", "iobj"}
MAX_CLIMB = 8  # relations followed upward when looking for a governor or a subject
ANY_SUBJECT = SUBJECT | PASSIVE_SUBJECT
PREDICATIVE = ANY_SUBJECT | {"aux", "aux:pass", "cop"}  # an adjective with these is a clause
NOUN_CLAUSE = ANY_SUBJECT | {"compound:prt", "aux"}  # a noun with these heads a clause
CLAUSE_MARKS = ANY_SUBJECT | {"obj", "compound:prt", "aux", "aux:pass"}


@dataclass
class Reading:
    """One event read from the tree, before it becomes an :class:`~eventwire.model.Event`."""

    predicate: Predicate
    trigger: tuple[int, int]
    noun: bool
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    modality: str = "asserted"
    claimed_by: list[Mention] | None = None  # the claimant of a claim's complement
    reciprocal: bool = False
    pronoun_subject: bool = False  # "it would retaliate": the speaker, inside a statement
    plural_pronoun: bool = False  # "they fought": not a lone person who speaks
    first_person: bool = False  # "we warn", "предупреждаем": the speaker, or the issuer
    unnamed_subject: bool = False  # "gunmen attacked": a subject the text gives no side
    nameless_subject: bool = False  # "the two governments will meet": a noun naming no actor
    noun_doer: bool = False  # "the guards detained two Peruvians": a doer named, of no side
    topic: bool = False  # "welcomed the ceasefire": an act is its object
    anaphoric_topic: tuple[str, str | None] | None = None  # "welcomed the truce", sides
    # unnamed: its type and mode
    conditional: bool = False  # "warned it would respond if ...": a threat with no addressee
    posts: list[tuple[int, int]] = field(default_factory=list)  # "its ambassador in Y": where
    denied_part: bool = False  # "denied any involvement in the attack": denied, told apart
    exchanged: bool = False  # "X and Y traded accusations": each side to the other
    evidence: tuple[int, int] = (0, 0)


@lru_cache(maxsize=65536)
def dictionary_lemma(word: str, language: str) -> str:
    """simplemma's lemma of a word, lower case (its dictionaries cover all seven languages)."""
    from eventwire.lang.lemmas import lemmatize  # simplemma's, its dictionaries cached

    return lemmatize(word, language).lower()


# Relations a verb's own reflexive clitic is hung by ("se negó": also compound:prt)
CLITIC_RELATIONS = frozenset({"expl", "expl:pv", "obj", "iobj", "compound:prt"})


def reflexive_clitic(child: Any, lemma: str, reflexive: bool, clitics: frozenset[str]) -> bool:
    """Whether a verb's child is its own reflexive clitic ("negarse", "occuparsi", "sich"):
    hung as a clitic is, and a clitic by its lemma, by the Reflex feature, or as a pronoun
    written so. One test for the event coder and for statements (a refusal says nothing)."""
    return child.dep_ in CLITIC_RELATIONS and (
        lemma in clitics or reflexive
        or (child.pos_ == "PRON" and child.text.lower() in clitics))


@cache  # the parsers' few dozen relations, asked ~50,000 times a pass of the dev texts
def base(dep: str) -> str:
    """A relation without its subtype ("nsubj:pass" -> "nsubj")."""
    return dep.split(":")[0]
