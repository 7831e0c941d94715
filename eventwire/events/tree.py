"""Who did what to whom, read from the dependency tree of a sentence.

A trigger is a token whose lemma (or lemma sequence) is a predicate of the language
(:mod:`eventwire.events.predicates`). Its sides come from its relations, not from stretches
of words:

- a verb's subject acts and its object receives; in the passive the agent acts and the
  passive subject receives; a verb with no subject of its own takes it from the verb it is
  coordinated with, from its controller ("agreed to exchange": the subject; "urged X to":
  X), or from the noun a relative or participle clause hangs on;
- a noun's sides are its possessor, a demonym before it, and obliques whose case-marking
  word has a role in the language's data ("against", "contre", "gegen", "против"...);
  a noun that is the object of a plain verb ("launched an attack") takes the verb's subject;
- every conjunct keeps the role of the first ("A, B and C signed");
- the complement of a claim ("accused Y of attacking Z") is claimed by the claimant: its
  events keep their own sides (Y attacked), never the claimant's; the complement of a
  request, threat or halting word is demanded, threatened or stopped: not an event;
- modality from negation, modal and future auxiliaries, future and conditional morphology,
  ``if``-clauses and denial verbs above the trigger.

The result is a list of :class:`Reading`: spans and mentions, turned into events by the coder.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.predicates import Predicate, Predicates
from eventwire.model import POOLED_TYPES, Mention, Sentence

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
    unnamed_subject: bool = False  # "gunmen attacked": a subject the text gives no side
    topic: bool = False  # "welcomed the ceasefire": an act is its object
    evidence: tuple[int, int] = (0, 0)


@lru_cache(maxsize=65536)
def dictionary_lemma(word: str, language: str) -> str:
    """simplemma's lemma of a word, lower case (its dictionaries cover all seven languages)."""
    from eventwire.lang.lemmas import lemmatize  # simplemma's, its dictionaries cached

    return lemmatize(word, language).lower()


def base(dep: str) -> str:
    return dep.split(":")[0]


class SentenceTree:
    """The parse of one sentence with its mentions, for reading events."""

    def __init__(self, sentence: Sentence, mentions: Any, lexicon: Predicates,
                 language: str) -> None:
        self.language = language
        self.doc = sentence.parse
        self.tokens = list(self.doc)  # walked by several scans: its token objects made once
        self._lemmas = [(t.lemma_ or t.text).lower() for t in self.tokens]
        self.offset = sentence.parse_start
        self.mentions = mentions  # SpanIndex of ACTOR mentions
        self.lex = lexicon
        self.triggers_now: dict[int, Predicate] = {}
        self._verbal: dict[int, bool] = {}  # per-token answers, asked again and again
        self._keys: dict[int, tuple[str, ...]] = {}
        self._particle_keys: dict[int, frozenset[str]] = {}
        self._starts: list[int] | None = None  # character start of every token, for _joins

    # --- positions -------------------------------------------------------------------
    def span(self, token: Any) -> tuple[int, int]:
        start = self.offset + token.idx
        return start, start + len(token.text)

    def lemma(self, token: Any) -> str:
        return self._lemmas[token.i]

    def known(self, token: Any, words: frozenset[str]) -> bool:
        """Whether any lemma of a token (with its particle) is one of ``words``."""
        keys = self._particle_keys.get(token.i)
        if keys is None:
            found = self.keys(token)
            for child in token.children:
                if child.dep_ == "compound:prt":
                    found += [self.lex.joined(k, self.lemma(child)) for k in list(found)]
            keys = self._particle_keys[token.i] = frozenset(found)
        return not keys.isdisjoint(words)

    def known_plain(self, token: Any, words: frozenset[str]) -> bool:
        """Whether any lemma of a token itself (no particle) is one of ``words``."""
        keys = self._keys.get(token.i)
        if keys is None:
            keys = self._keys[token.i] = tuple(self._lookup_keys(token))
        return not words.isdisjoint(keys)

    def keys(self, token: Any) -> list[str]:
        """The lemmas a token may be looked up by: the model's, then the dictionary's.

        Small models miss lemmas of rarer forms ("bestritt"); simplemma's dictionary backs
        them up, and in compounding languages the last known part names a noun. Asked of
        every word several times per sentence: computed once per token.
        """
        keys = self._keys.get(token.i)
        if keys is None:
            keys = self._keys[token.i] = tuple(self._lookup_keys(token))
        return list(keys)

    def _lookup_keys(self, token: Any) -> list[str]:
        model = self.lemma(token)
        out = [model]
        backup = dictionary_lemma(token.text, self.language)
        if backup not in out:
            out.append(backup)
        if token.pos_ in ("VERB", "ADJ", "AUX") or self.short_passive(token):
            out += [k for k in self.infinitives(token) if k not in out]  # "expulsé": expulser
        if self.lex.compounds and token.pos_ in ("NOUN", "PROPN", "X"):
            for key in list(out):
                for cut in range(3, len(key) - 4):
                    if key[cut:] in self.lex.single:
                        out.append(key[cut:])
                        break
        return out

    # --- triggers --------------------------------------------------------------------
    def triggers(self) -> list[tuple[Any, Predicate, tuple[int, int]]]:
        """Tokens that make a predicate, longest lemma sequence first, one per token; a
        proposal to do something oneself is an offer ("proposer de libérer")."""
        return [(token, self.as_refusal(token, self.as_offer(token, entry)), span)
                for token, entry, span in self._triggers()]

    def as_refusal(self, token: Any, entry: Predicate) -> Predicate:
        """ "Chile se negó a retirar": a verb the language lists as a refusal when
        pronominal (`pronominal.refusals`) refuses what follows (REJECT, a commitment);
        without its clitic it denies ("negó haber atacado")."""
        if entry.lemma in self.lex.pronominal_refusals and self.pronominal(token):
            return replace(entry, type="REJECT", kind="commitment")
        return entry

    def refusing(self, token: Any) -> bool:
        return any(k in self.lex.pronominal_refusals for k in self.keys(token)) and \
            self.pronominal(token)

    def as_offer(self, token: Any, entry: Predicate) -> Predicate:
        """ "Le Chili a proposé de libérer ...", "Норвегия предложила провести переговоры":
        a request verb marked `offer` whose content is an infinitive, with nobody it is
        addressed to, is the proposer's own offer (AGREE, a commitment)."""
        if entry.kind != "request" or not entry.offer or self.addressees(token):
            return entry  # "proposed a truce", "a proposé à Y de ...": asked of someone
        if any(base(c.dep_) in ("xcomp", "ccomp", "obl", "advcl") and self.verbal(c)
               and "Inf" in c.morph.get("VerbForm") for c in token.children):
            return replace(entry, type="AGREE", kind="commitment")
        return entry

    def _triggers(self) -> list[tuple[Any, Predicate, tuple[int, int]]]:
        lemmas = self._lemmas
        taken: set[int] = set()
        found: list[tuple[Any, Predicate, tuple[int, int]]] = []
        hidden = self.lex.not_events_by_first  # "a news conference" hides "conference"
        for i, first in enumerate(lemmas):
            for phrase in hidden.get(first, ()):
                n = len(phrase)
                if tuple(lemmas[i : i + n]) == phrase:
                    taken.update(range(i, i + n))
        for token in self.tokens:  # separable particles first: "warf ... vor" is "vorwerfen"
            particles = [c for c in token.children if c.dep_ == "compound:prt"]
            for child in particles[:1]:
                for key in self.keys(token):
                    joined = self.lex.joined(key, self.lemma(child))
                    entry = self._first_fit(token, self.lex.lookup(tuple(joined.split())))
                    if entry is not None:
                        found.append((token, entry, self.span(token)))
                        taken.add(token.i)
                        break
        starts = [i for i, first in enumerate(lemmas) if first in self.lex.phrase_starts]
        for size in range(self.lex.longest_phrase, 1, -1):
            for i in starts:
                if i > len(lemmas) - size:
                    break
                entries = self.lex.phrases.get(tuple(lemmas[i : i + size]), ())
                if not entries or any(k in taken for k in range(i, i + size)):
                    continue  # most windows match nothing: no span object made for them
                span = self.doc[i : i + size]
                entry = self._first_fit(span.root, entries)
                if entry is not None:
                    found.append((span.root, entry, (self.span(span[0])[0],
                                                     self.span(span[-1])[1])))
                    taken.update(range(i, i + size))
        for token in self.tokens:
            if token.i in taken:
                continue
            for key in self.keys(token):
                entry = self._first_fit(token, self.lex.lookup((key,)))
                if entry is not None:
                    found.append((token, entry, self.span(token)))
                    taken.add(token.i)
                    break
        return sorted(found, key=lambda item: item[0].i)

    def _first_fit(self, token: Any, entries: tuple[Predicate, ...]) -> Predicate | None:
        return next((entry for entry in entries if self._fits(token, entry)), None)

    def _fits(self, token: Any, entry: Predicate) -> bool:
        if token.pos_ in ("PROPN", "PUNCT", "NUM", "DET", "PRON"):
            return False
        if token.dep_ == "amod" or (token.pos_ == "ADJ" and not any(
                c.dep_ in PREDICATIVE
                for c in token.children)):
            return False  # "wounded soldiers", "the attacked town": a description, not an act
        if entry.kind == "event" and self.backer(token) and token.head.pos_ in ("NOUN", "PROPN"):
            return False  # "le mouvement soutenu par l'Iran": a description of the group
        if entry.lemma in self.lex.not_pronominal and self.pronominal(token):
            return False  # "si occuperanno dello sviluppo": take care of, not occupy
        if entry.kind != "event":
            return self.verbal(token)  # claims, requests and threats are verbs
        if entry.pos == "VERB":
            return self.verbal(token)
        if entry.pos == "NOUN":
            return not self.verbal(token)
        return True

    def pronominal(self, token: Any) -> bool:
        """A verb with a reflexive clitic of its own ("occuparsi", "ocuparse", "sich ...")."""
        return any(c.dep_ in ("expl", "expl:pv", "obj", "iobj") and (
            self.lemma(c) in self.lex.reflexive_clitics or "Yes" in c.morph.get("Reflex"))
            for c in token.children)

    def verbal(self, token: Any) -> bool:
        """A verb, a participle, or a word the tree treats as a clause's head (asked
        again and again of the same words: kept per token)."""
        known = self._verbal.get(token.i)
        if known is None:
            known = self._verbal[token.i] = self._is_verbal(token)
        return known

    def _is_verbal(self, token: Any) -> bool:
        if token.pos_ in ("VERB", "AUX"):
            return True
        if token.pos_ in ("NOUN", "PROPN") and not any(
                c.dep_ in NOUN_CLAUSE for c in token.children):
            return False
        return "Part" in token.morph.get("VerbForm") or any(
            c.dep_ in CLAUSE_MARKS for c in token.children)

    # --- governors ---------------------------------------------------------------------
    def governors(self, token: Any) -> list[tuple[Any, str]]:
        """The chain of heads above a token with the relation that led to each."""
        out = []
        current = token
        for _ in range(MAX_CLIMB):
            head = current.head
            if head.i == current.i:
                break
            out.append((head, current.dep_))
            current = head
        return out

    def blocked(self, token: Any, triggers: dict[int, Predicate]) -> str | None:
        """Why a trigger tells no event: it is demanded, threatened or stopped content."""
        child = token
        for head, dep in self.governors(token):
            if self.purpose(child):
                break  # "blocked a bridge to protest": the protest is the aim, not stopped
            entry = triggers.get(head.i)
            if self.known(head, self.lex.halting) and base(dep) in ("obj", "xcomp", "nmod", "obl",
                                                           "ccomp", "nsubj"):
                return "halted"
            if entry is not None and entry.kind in ("request", "threat", "commitment") and base(
                    dep) in (
                    "xcomp", "ccomp", "advcl", "obl", "nmod", "acl", "obj"):
                if base(dep) != "obj" or not self.actor_mentions(child):
                    return entry.kind
            if base(dep) not in CLAUSE_DEPS | {"obj", "obl", "nmod", "conj", "advcl"}:
                break
            child = head
        return None

    # --- sides ---------------------------------------------------------------------------
    def core(self, token: Any) -> list[Any]:
        """A nominal's own words: itself and its modifiers, not its clauses or conjuncts."""
        out = [token]
        stack = [token]
        while stack:
            current = stack.pop()
            for child in current.children:
                if child.dep_ == "conj" and current.i != token.i:
                    pass  # "talks between X and Y": inner conjuncts belong to the phrase
                elif base(child.dep_) in CORE_SKIP or child.dep_ == "acl:relcl":
                    continue
                elif base(child.dep_) == "nmod" and self.marker(child) in ("location", "time"):
                    continue  # "a truce in Ukraine": where, not who
                elif self.backer(child):
                    continue  # "the Iran-backed militia": who backs it is no side of its acts
                out.append(child)
                stack.append(child)
        return out

    def actor_mentions(self, token: Any) -> list[Mention]:
        """ACTOR mentions of a nominal: its head's name first ("the Iran-backed faction
        Hezbollah" is Hezbollah), else those of its modifiers ("Russian forces")."""
        head = [token] + [c for c in token.children
                          if c.dep_ in ("flat", "flat:name", "appos", "compound")
                          and c.pos_ == "PROPN"]
        named = self._mentions_in(head)
        return (named or self._mentions_in(self.core(token)) or self.pair(token)
                or self.placed_group(token))

    def backer(self, token: Any) -> bool:
        """A participle modifier of backing ("Iran-backed", "soutenu par l'Iran"): it tells
        who stands behind a group, a description (convention `backing_types`)."""
        if base(token.dep_) not in ("amod", "acl") or "Part" not in token.morph.get("VerbForm"):
            return False
        kinds = convention("backing_types")
        return any(entry.type in kinds for key in self.keys(token)
                   for entry in self.lex.lookup((key,)))

    def placed_group(self, token: Any) -> list[Mention]:
        """ "Police in Kenya", "la police au Kenya": a group noun of the state or of the
        street takes its side from the place it is in (other nouns do not: "a village in
        Mali" is no Malian actor)."""
        if not any(k in self.lex.place_groups for k in self.keys(token)):
            return []
        places = [c for c in token.children
                  if base(c.dep_) == "nmod" and self.marker(c) == "location"]
        return self._mentions_in([w for place in places for w in self.core(place)])[:1]

    def pair(self, token: Any) -> list[Mention]:
        """ "Both countries", "the two sides", "les deux parties": the two sides the document
        named last before them (light coreference, only where it yields two sides)."""
        lex = self.lex
        if not lex.pair_words or not any(k in lex.pair_nouns for k in self.keys(token)) or \
                "Sing" in token.morph.get("Number"):
            return []
        if not any(c.i < token.i and any(k in lex.pair_words for k in self.keys(c))
                   for c in token.children):
            return []
        found: list[Mention] = []
        countries: set[str] = set()
        for mention in reversed(self.mentions.within(0, self.span(token)[0])):
            country = mention.actor.country if mention.actor else None
            if country and country not in countries:
                countries.add(country)
                found.insert(0, mention)
                if len(found) == 2:
                    return found
        return []

    def _mentions_in(self, words: list[Any]) -> list[Mention]:
        seen: dict[int, Mention] = {}
        for word in words:
            start, end = self.span(word)
            mention = self.mentions.covering(start, end)
            if mention is None:
                for m in self.mentions.within(start, end):
                    seen.setdefault(id(m), m)
            else:
                seen.setdefault(id(mention), mention)
        return sorted(seen.values(), key=lambda m: m.start)

    def conjuncts(self, token: Any) -> list[Any]:
        return [token, *[c for c in token.conjuncts if c.i > token.i]]

    def mentions_of(self, tokens: list[Any]) -> list[Mention]:
        out: list[Mention] = []
        for token in tokens:
            for conj in self.conjuncts(token):
                for mention in self.actor_mentions(conj):
                    for found in (mention, *self.coordinated(mention)):
                        if found not in out:
                            out.append(found)
        return sorted(out, key=lambda m: m.start)

    def coordinated(self, mention: Mention) -> list[Mention]:
        """Actor names joined to this one by a bare coordinator ("Argentine President X and
        Chilean President Y"), which the parser may have left in no conjunct relation: only
        a coordinating conjunction between them, nothing else."""
        out: list[Mention] = []
        before = self.mentions.within(self.offset, mention.start)
        if before and self._joins(before[-1], mention):
            out.append(before[-1])
        after = self.mentions.within(mention.end, self.offset + len(self.doc.text))
        if after and self._joins(mention, after[0]):
            out.append(after[0])
        return out

    def _joins(self, first: Mention, second: Mention) -> bool:
        """Whether only a coordinating conjunction stands between two names, and it hangs on
        one of them (not on a verb: "Russia attacked Ukraine and Moldova protested")."""
        if self._starts is None:
            self._starts = [self.offset + t.idx for t in self.tokens]
        lo = bisect_left(self._starts, first.end)
        if bisect_left(self._starts, second.start) - lo != 1 or self.tokens[lo].pos_ != "CCONJ":
            return False  # not exactly one word between them, or no conjunction
        head = self.offset + self.tokens[lo].head.idx
        return any(m.start <= head < m.end for m in (first, second))

    def marker(self, token: Any) -> str | None:
        """The role a case-marking word gives an oblique or nominal modifier."""
        for child in token.children:
            if base(child.dep_) == "case":
                words = [self.lemma(c) for c in child.subtree]
                for size in range(len(words), 0, -1):
                    role = self.lex.markers.get(" ".join(words[:size]))
                    if role:
                        return role
        return None

    def purpose(self, token: Any) -> bool:
        """A clause marked as the aim of another ("in order to", "pour", "um ... zu",
        "чтобы"): what its subject does to get there, neither halted nor demanded."""
        if not self.lex.purpose_marks or not self.verbal(token):
            return False
        for child in token.children:
            if base(child.dep_) in ("mark", "case") and child.i < token.i:
                words = tuple(self.lemma(c) for c in child.subtree)
                if words in self.lex.purpose_marks:
                    return True
        return False

    def infinitives(self, token: Any) -> list[str]:
        """The infinitives a participle the model kept as its own lemma may stand for
        (data `participles.endings`: "expulsé" -> "expulser", "обстрелян" -> "обстрелять")."""
        word = token.text.lower()
        return [word[: -len(end)] + infinitive for end, infinitive in self.lex.participle_endings
                if word.endswith(end) and len(word) > len(end) + 1]

    def short_passive(self, token: Any) -> bool:
        """ "Місто обстріляно", "Харьков обстрелян": a passive predicate of an event verb
        that the language marks by its ending alone (data `participles.passive`), which
        models tag as a finite verb, an adjective, an adverb or a noun."""
        word = token.text.lower()
        if not word.endswith(self.lex.short_passives):
            return False
        if token.pos_ not in ("VERB", "ADJ") and not any(
                c.dep_ in SUBJECT for c in token.children):
            return False
        verbs = self.infinitives(token) + [dictionary_lemma(token.text, self.language)]
        return any(self.lex.lookup((verb,)) for verb in verbs)

    def passive(self, token: Any) -> bool:
        if self.short_passive(token):
            return True
        if any(c.dep_ in SUBJECT for c in token.children):
            return False  # an active subject outweighs auxiliaries and morphology
        if any(c.dep_ in PASSIVE_SUBJECT or c.dep_ in ("aux:pass", "expl:pass")
               for c in token.children):
            return True
        if token.dep_ == "acl" and any(c.dep_ == "obj" for c in token.children):
            return False  # "X accused Y of ..." misread as a reduced relative: Y is an object
        if "Pass" in token.morph.get("Voice"):
            return True
        return token.dep_ in ("acl", "amod") and "Part" in token.morph.get("VerbForm") and any(
            self.marker(c) == "agent" for c in token.children)

    def subject(self, token: Any, depth: int = 0) -> list[Any]:
        """The acting nominal of a verb, inherited along coordination and control."""
        passive = self.passive(token)
        for child in token.children:
            if passive and (child.dep_ == "obl:agent" or (
                    base(child.dep_) == "obl" and self.marker(child) == "agent")):
                return [child]
            if passive and self.lex.short_passives and child.dep_ in ("obl", "iobj", "obj") \
                    and "Ins" in child.morph.get("Case") and not self.marker(child):
                return [child]  # "обстріляно російськими військами": by the troops
            if not passive and child.dep_ in SUBJECT:
                if child.pos_ == "PRON" and "Rel" in child.morph.get("PronType"):
                    return [token.head] if token.dep_ == "acl:relcl" else []
                return [child]
        if not passive:  # "..., сообщила армия": a nominative after its verb is its subject
            inverted = [c for c in token.children if c.dep_ == "obj" and c.i > token.i
                        and c.morph.get("Case") == ["Nom"]]
            if inverted and not any(c.dep_ in SUBJECT for c in token.children):
                return inverted[:1]
        if passive or depth > MAX_CLIMB:
            return []
        head, dep = token.head, base(token.dep_)
        if head.i == token.i:
            return []
        if self.purpose(token):  # "workers blocked a bridge in order to protest": the workers
            verbs = [h for h, _ in self.governors(token) if self.verbal(h)]
            return self.subject(verbs[0], depth + 1) if verbs else []
        if dep == "conj" and self.claimed_conjunct(token, head):
            return self.addressees(head)[:1]  # "warf Y vor, ein Dorf beschossen ... getötet"
        if dep == "conj":
            return self.subject(head, depth + 1)
        if dep == "ccomp" and self.verbal(head):
            return self.subject(head, depth + 1)  # pro-drop: "X denied that [X] attacked"
        governor = self.triggers_now.get(head.i)
        if governor is not None and governor.kind in ("claim", "request") and (
                governor.kind == "request" or governor.content
                or governor.type == "ACCUSE") and dep in ("xcomp", "advcl", "acl", "ccomp"):
            # "accused Y of attacking", "urged Y to stop", "warf Y vor, ... zu haben" (no
            # marker, the accused maybe misparsed): Y acts, or nobody, never the accuser
            return self.addressees(head)[:1]
        if dep in ("xcomp", "advcl") or (dep == "acl" and self.verbal(token)):
            objects = [c for c in head.children if c.dep_ in OBJECT]
            if dep == "xcomp" and objects:
                return objects[:1]  # "urged Russia to": Russia
            if dep == "acl" and token.dep_ != "acl:relcl" and not self.verbal(head):
                if "Inf" not in token.morph.get("VerbForm"):
                    return [head]  # "forces attacking the city", "the envoys [who] met"
                owner = self.noun_owner(head)
                if owner:  # "X's decision to attack", "the order of X to"
                    return owner
            if self.verbal(head):
                return self.subject(head, depth + 1)
        if token.dep_ == "acl:relcl":
            return [head]
        return []

    def addressees(self, token: Any) -> list[Any]:
        """Whom a claim or request is addressed to: its object, or an oblique marked as a
        receiver ("acusó a Rumanía", "appealed to Y")."""
        found = [c for c in token.children if c.dep_ in OBJECT]
        found += [c for c in token.children if base(c.dep_) == "obl"
                  and self.marker(c) in ("recipient", "target")]
        return sorted(found, key=lambda c: c.i)

    def objects(self, token: Any) -> list[Any]:
        if self.passive(token):
            found = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT or (
                c.dep_ in SUBJECT and self.short_passive(token))]
            if not found and token.dep_ in ("acl", "amod"):
                found = [token.head]  # "talks mediated by X": the talks
            return found
        return [c for c in token.children if c.dep_ in OBJECT]

    def obliques(self, token: Any) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        for child in token.children:
            if base(child.dep_) in ("obl", "nmod") and child.dep_ != "nmod:poss":
                role = self.marker(child)
                if role:
                    out.setdefault(role, []).append(child)
        return out

    def bound_possessive(self, token: Any) -> bool:
        """Whether a noun event names its owner only by a possessive pronoun, its own ("their
        withdrawal") or its theme's ("the withdrawal of its forces")."""
        themes = [c for c in token.children if base(c.dep_) == "nmod"
                  and self.marker(c) in ("theme", None)]
        return any(self.possessive_pronouns(t) and not self.actor_mentions_of_word(t)
                   for t in [token, *themes])

    def possessive_pronouns(self, token: Any) -> list[Any]:
        """The possessive pronoun of a nominal ("its", "ses", "seine", "её"), which stands for
        the side that speaks or claims ("denied that its ships had rammed ...")."""
        return [c for c in token.children if base(c.dep_) in ("nmod", "det") and (
            ("Yes" in c.morph.get("Poss") and "Prs" in c.morph.get("PronType")
             and "1" not in c.morph.get("Person") and "2" not in c.morph.get("Person"))
            or c.text.lower() in self.lex.possessives or self.lemma(c) in self.lex.possessives)]

    def noun_owner(self, token: Any) -> list[Any]:
        """Who a noun belongs to: a possessor ("Russia's attack") or a demonym ("Russian")."""
        out = [c for c in token.children if c.dep_ in ("nmod:poss", "det:poss")]
        out += [c for c in token.children
                if c.dep_ == "amod" and self.actor_mentions_of_word(c)]
        return out

    def actor_mentions_of_word(self, token: Any) -> list[Mention]:
        start, end = self.span(token)
        found = self.mentions.covering(start, end)
        return [found] if found is not None else []

    # --- modality ---------------------------------------------------------------------------
    def modality(self, token: Any) -> str:
        """Negated, hypothetical, future or uncertain, from the trigger and the verbs above."""
        chain = [token]
        current = token
        for _ in range(3):  # a noun's verb, a verb's controlling verb
            dep = base(current.dep_)
            if current.head.i == current.i or dep not in ("obj", "nsubj", "xcomp", "conj",
                                                      "obl", "nmod", "ccomp"):
                break
            if dep == "conj" and self.verbal(current):
                break  # "would respond and threatened": each verb has its own words
            current = current.head
            chain.append(current)
            if self.verbal(current) and dep not in ("xcomp",):
                break
        found = "asserted"
        if base(token.dep_) in ("xcomp", "nmod", "acl") and token.head.i != token.i and \
                self.known(token.head, self.lex.future_governors):
            found = "future"  # "are set to exchange", "plans for an exchange"
        for word in chain:
            state = self._words_modality(word)
            if state == "negated":
                return "negated"
            if found == "asserted":
                found = state
        return found

    def _words_modality(self, token: Any) -> str:
        lex = self.lex
        states = []
        for child in token.children:
            if child.dep_ in ("aux:pass", "expl:pass"):
                continue  # "wurde angegriffen", "fue atacada": the passive, not a future
            lemma = self.lemma(child)
            dep = base(child.dep_)
            if dep in ("advmod", "aux", "neg", "det", "mark", "cop", "part", "advcl") or \
                    child.dep_ in ("advmod:neg", "aux:neg"):
                if lemma in lex.negation or dep == "neg" or "Neg" in child.morph.get("Polarity"):
                    if dep != "advcl":
                        return "negated"
                if lemma in lex.hypothetical and dep != "advcl":
                    states.append("hypothetical")
                elif lemma in lex.future and dep != "advcl":
                    states.append("future")
                elif lemma in lex.uncertain and dep != "advcl":
                    states.append("uncertain")
            if dep == "aux" or dep == "cop":
                morph = str(child.morph)
                if any(m in morph for m in lex.hypothetical_morph):
                    states.append("hypothetical")
                elif any(m in morph for m in lex.future_morph):
                    states.append("future")
        if token.dep_.startswith("advcl") and any(
                self.lemma(c) in lex.hypothetical for c in token.children
                if base(c.dep_) == "mark"):
            states.append("hypothetical")  # "if Russia attacks", "si la Russie attaque"
        morph = str(token.morph)
        if any(m in morph for m in lex.hypothetical_morph):
            states.append("hypothetical")
        elif any(m in morph for m in lex.future_morph):
            states.append("future")
        for state in ("hypothetical", "uncertain", "future"):
            if state in states:
                return state
        return "asserted"

    # --- reading ---------------------------------------------------------------------------
    def read(self) -> list[Reading]:
        found = self.triggers()
        triggers = {token.i: entry for token, entry, _ in found}
        self.triggers_now = triggers
        by_token: dict[int, Reading] = {}
        demanded: set[int] = set()
        for must, verb in self.obligations():
            reading = self.obligation_request(must, verb, triggers)
            if reading is not None:
                by_token[must.i] = reading
                demanded |= {w.i for w in verb.subtree}
        crowd: set[int] = set()  # "les manifestants ont bloqué": one protest, the act's
        for act in self.crowd_acts():
            by_token[act.i] = self.crowd_protest(act)
            crowd |= {s.i for s in self.subject(act)}
            crowd |= {w.i for c in act.subtree if c.i != act.i and self.purpose(c)
                      for w in c.subtree  # "blocked a bridge in order to protest": one protest
                      if getattr(triggers.get(w.i), "type", None) == "PROTEST"}
        for verb, goods, entry in self.deliveries():
            if verb.i in by_token or verb.i in demanded:
                continue
            by_token[verb.i] = self.delivery(verb, goods, entry)
            crowd.add(goods.i)  # "handed over weapons": one delivery, not the weapons' own
        for token, entry, span in found:
            if token.i in demanded or token.i in by_token or token.i in crowd:
                continue
            cut_by = self.cutter(token, entry)
            if cut_by is None and self.blocked(token, triggers):
                continue
            claim = self.claimant(token, triggers)
            scoped = self.in_claim_scope(token, triggers) if claim is None else None
            if scoped is not None:
                claim = scoped
            if entry.type is None:
                continue
            if entry.needs and entry.needs not in self.obliques(token):
                continue
            if entry.kind == "request" and entry.markers and not self.demands(token, entry):
                continue  # "called the deal a step", "a appelé Macron": no demand is made
            if entry.kind == "request" and self.asks_nobody(token):
                continue  # "called on residents to be patient": no side is asked
            if entry.kind == "commitment" and not (self.demands(token, entry) or any(
                    c.dep_ in OBJECT for c in token.children)):
                continue  # "exports declined": nothing is offered or refused
            noun = not self.verbal(token)
            reading = Reading(entry, span, noun)
            if noun:
                self.noun_sides(token, entry, reading, triggers)
            else:
                self.verb_sides(token, entry, reading, triggers)
                pronouns = [t for t in self.subject(token) if t.pos_ == "PRON"]
                pronouns += [p for t in self.subject(token) if not self.mentions_of([t])
                             for p in self.possessive_pronouns(t)]  # "its ships", "ses navires"
                reading.pronoun_subject = bool(pronouns)
                reading.unnamed_subject = self.unnamed(token)
                reading.plural_pronoun = any(
                    "Plur" in t.morph.get("Number") and "3" in t.morph.get("Person")
                    for t in pronouns)
            if not reading.recipients and entry.kind == "request":
                # "demanded that Y cancel its plans": Y is asked
                reading.recipients = [m for m in self.mentions_of(
                    [s for c in token.children if base(c.dep_) == "ccomp"
                     for s in self.subject(c)]) if m not in reading.actors]
            if not reading.recipients and (entry.type not in POOLED_TYPES
                                           or entry.kind == "commitment"):
                reading.recipients = self.nearby(token, entry, reading.actors)
            reading.modality = self.modality(token)
            if claim is not None:
                reading.claimed_by, denied, accused = claim
                if denied and reading.modality == "asserted":
                    reading.modality = "negated"
                if not reading.actors or scoped is not None:  # "accused Y of the shelling"
                    reading.actors = accused
                lone = all(m.actor and m.actor.type == "person" for m in reading.claimed_by)
                if not reading.actors and reading.pronoun_subject and not (
                        reading.plural_pronoun and lone):  # "they fought", a person said
                    reading.actors = reading.claimed_by  # "Tehran said it would retaliate"
            reading.reciprocal = self.reciprocal(token)
            if cut_by is not None:
                self.as_sanction(reading, cut_by)
            by_token[token.i] = reading
        for token, _entry, _ in found:
            self.fold(token, by_token, triggers)
        for token, entry, _ in found:
            self.commit(token, entry, by_token)
        for token, _entry, _ in found:
            self.conditional_threat(token, by_token)
        readings = [r for _, r in sorted(by_token.items())]
        for reading in readings:
            spans = [reading.trigger] + [(m.start, m.end)  # not sides named sentences before
                                         for m in reading.actors + reading.recipients
                                         if m.start >= self.offset]
            reading.evidence = (min(s for s, _ in spans), max(e for _, e in spans))
        return readings

    def obligations(self) -> list[tuple[Any, Any]]:
        """(obligation word, the verb it binds): "Y must return" (an auxiliary, en de es it),
        "Y doit restituer", "Y должен вернуть" (a head whose infinitive is its xcomp)."""
        out: list[tuple[Any, Any]] = []
        if not self.lex.obligation:
            return out
        for token in self.tokens:
            if not self.known_plain(token, self.lex.obligation):
                continue
            if base(token.dep_) == "aux" and token.head.i != token.i:
                out.append((token, token.head))
            else:
                out += [(token, c) for c in token.children
                        if c.dep_ == "xcomp" and self.verbal(c)]
        return out

    def obligation_request(self, must: Any, verb: Any, triggers: dict[int, Predicate]
                           ) -> Reading | None:
        """ "X said Y must return the helicopter": what Y must do is X's demand of Y (one
        REQUEST X -> Y), not an event of Y. Only in what a side says, and only of another
        side: "we must do more" or "the summit must begin" demand nothing."""
        claim = self.claimant(verb if base(must.dep_) == "aux" else must, triggers)
        if claim is None or not claim[0]:
            return None
        speakers = claim[0]
        owner = verb if base(must.dep_) == "aux" else must
        countries = {m.actor.country for m in speakers if m.actor}
        asked = [m for m in self.mentions_of(self.subject(owner))
                 if m.actor and m.actor.country and m.actor.country not in countries]
        if not asked:
            return None
        entry = Predicate(self.lemma(must), "REQUEST", "request")
        reading = Reading(entry, self.span(must), False, actors=speakers, recipients=asked)
        reading.modality = self.modality(owner) if self.modality(owner) == "negated" \
            else "asserted"
        return reading

    def cutter(self, token: Any, entry: Predicate) -> Any | None:
        """The verb that cuts off an act of cooperation ("paused military aid to Y",
        "suspended talks with Y", "stopped cooperating with Y"): a verb of the language's
        `cuts` with the act as its object or complement; None for other acts and verbs."""
        if entry.kind != "event" or entry.type not in convention("cut_as_sanction_types"):
            return None
        head = token.head
        if head.i == token.i or base(token.dep_) not in ("obj", "xcomp", "nsubj") or not (
                self.known(head, self.lex.cuts)):
            return None
        if base(token.dep_) == "nsubj" and not self.passive(head):
            return None  # "the talks stopped": nobody cut them
        return head

    def as_sanction(self, reading: Reading, verb: Any) -> None:
        """The cut-off act becomes one SANCTION (discontinue) by whoever cut it, to the act's
        other sides."""
        actors = self.mentions_of(self.subject(verb))
        countries = {m.actor.country for m in actors if m.actor}
        reading.recipients = [m for m in reading.actors + reading.recipients
                              if m not in actors and (not m.actor or m.actor.country
                                                      not in countries)]
        reading.actors = actors
        reading.predicate = Predicate(self.lemma(verb), "SANCTION", mode="discontinue")
        reading.trigger = self.span(verb)
        reading.noun = False
        reading.modality = self.modality(verb)
        reading.pronoun_subject = any(t.pos_ == "PRON" for t in self.subject(verb))

    def crowd_acts(self) -> list[Any]:
        """Verbs of the language's crowd acts ("block", "bloquer", "перекрыть") whose own
        subject is a crowd of the street ("workers", "manifestants", "протестующие")."""
        if not self.lex.crowd_acts:
            return []
        return [token for token in self.tokens
                if self.verbal(token) and self.known(token, self.lex.crowd_acts)
                and any(any(k in self.lex.crowds for k in self.keys(s))
                        for s in self.subject(token) if s.dep_ in SUBJECT)]

    def deliveries(self) -> list[tuple[Any, Any, Predicate]]:
        """(verb, goods, event) for a verb of giving or sending whose object names goods or
        forces (data `goods`): "handed over weapons to Y" is AID, "sent tanks to the border"
        MOBILIZE, whatever the verb tells with other objects ("handed over prisoners")."""
        out = []
        for token in self.tokens:
            groups = [goods for verbs, goods in self.lex.goods
                      if self.verbal(token) and self.known(token, verbs)]
            if not groups:
                continue
            # the goods as object, or where a small model hung them: an oblique ("handed
            # over weapons", "over" read as a preposition) or a word under the receiver
            slots = [c for c in token.children if c.dep_ in OBJECT or base(c.dep_) == "obl"
                     or (c.dep_ in PASSIVE_SUBJECT and self.passive(token))]
            slots += [g for c in slots if c.dep_ in OBJECT for g in c.children
                      if base(g.dep_) in ("flat", "nmod", "appos")]
            for child in slots:
                kind = next((goods[k] for goods in groups for k in self.keys(child)
                             if k in goods), None)
                if kind is not None:
                    out.append((token, child, kind))
                    break
        return out

    def delivery(self, verb: Any, goods: Any, entry: Predicate) -> Reading:
        """The goods' event, done by the verb's subject to the side it goes to."""
        reading = Reading(replace(entry, lemma=self.lemma(verb)), self.span(verb), False)
        reading.actors = self.mentions_of(self.subject(verb))
        if not reading.actors and self.passive(verb) and entry.type in convention(
                "own_forces_types"):  # "Chilean tanks were sent to the border"
            reading.actors = self.mentions_of(self.objects(verb))
        roles = self.obliques(verb)
        receivers = [c for c in verb.children if c.dep_ in OBJECT and c.i != goods.i] + roles.get(
            "recipient", []) + roles.get("target", [])
        reading.recipients = [m for m in self.mentions_of(receivers)
                              if m not in reading.actors] or self.nearby(
            verb, entry, reading.actors)
        reading.modality = self.modality(verb)
        return reading

    def crowd_protest(self, token: Any) -> Reading:
        """ "Workers blocked a bridge": what a crowd does to the street is a protest
        (PROTEST, obstruct) by the crowd's side, whatever the verb tells when a state does it
        ("Russia blocked the resolution" keeps its own reading)."""
        entry = Predicate(self.lemma(token), "PROTEST", mode="obstruct")
        reading = Reading(entry, self.span(token), False)
        reading.actors = self.mentions_of(self.subject(token))
        reading.modality = self.modality(token)
        return reading

    def condition(self, token: Any) -> tuple[str, list[Any]] | None:
        """The clause that makes a verb conditional, as its words: ("unless", ...) for
        "unless Y pays", "à moins que", "a meno che"; ("if", ...) for "if Y attacks", "si",
        "wenn". Read from the clause's first words, on the verb, on its object ("boycott the
        vote unless ...") or above it ("si Chile ataca, Bolivia bombardeará" read as two
        coordinated clauses)."""
        clauses = [list(c.subtree) for c in token.children
                   if base(c.dep_) in ("advcl", "ccomp", "parataxis", "dep", "conj", "obl")]
        clauses += [list(c.subtree) for o in token.children if o.dep_ in OBJECT
                    for c in o.children if base(c.dep_) in ("acl", "advcl") and c.i > o.i]
        if base(token.dep_) == "conj" and token.head.i < token.i:
            own = {w.i for w in token.subtree}
            clauses.append([w for w in token.head.subtree if w.i not in own and w.i < token.i])
        for words in clauses:
            lemmas = tuple(self.lemma(w) for w in words)
            for kind, marks in (("unless", self.lex.unless_marks), ("if", self.lex.if_marks)):
                if any(lemmas[: len(mark)] == mark for mark in marks):
                    return kind, words
        return None

    def conditional_threat(self, token: Any, by_token: dict[int, Reading]) -> None:
        """ "X will withdraw its troops unless Y pays", "if Y attacks, we will strike": a
        future act made to hang on the other side's behaviour is a threat to that side (one
        THREATEN, asserted); the condition tells no event of its own."""
        reading = by_token.get(token.i)
        if reading is None or reading.predicate.kind != "event":
            return
        anchor = token  # "will carry out strikes if ...": the light verb carries the clause
        if reading.noun:
            if base(token.dep_) != "obj" or not self.known(token.head, self.lex.light_verbs):
                return
            anchor = token.head
        found = self.condition(anchor)
        if found is None:
            return
        kind, clause = found
        if kind == "unless":
            types, planned = convention("unless_threat_types"), ("asserted", "future",
                                                                 "hypothetical")
        else:
            types, planned = convention("if_threat_types"), ("asserted", "future",
                                                             "hypothetical")
        if reading.predicate.type not in types or reading.modality not in planned:
            return
        inside = {w.i for w in clause}
        for i in [i for i in by_token if i in inside]:
            del by_token[i]  # "if Y attacks": a condition, not an attack
        countries = {m.actor.country for m in reading.actors if m.actor}
        other = [m for m in self._mentions_in(clause)
                 if m.actor and m.actor.country not in countries]
        reading.predicate = replace(reading.predicate, type="THREATEN", kind="threat", mode=None)
        reading.modality = "asserted"
        reading.recipients = other[:1] or reading.recipients

    def unnamed(self, token: Any) -> bool:
        """ "Gunmen attacked", "were attacked by gunmen": the verb's own subject (or agent) is
        a doer the language's data knows to have no side ("rebels", "a drone"), and names no
        actor ("Malian rebels" has one). A subject inherited from another verb does not count
        ("strikes targeting Y")."""
        passive = self.passive(token)
        subjects = self.subject(token) if passive else [
            c for c in token.children if c.dep_ in SUBJECT]  # "was attacked by gunmen"
        if passive and not subjects:  # "were killed in a car bombing": the instrument
            subjects = [c for c in token.children if base(c.dep_) == "obl"
                        and any(k in self.lex.unnamed_agents for k in self.keys(c))][:1]
        return bool(subjects) and all(
            any(k in self.lex.unnamed_agents for k in self.keys(s)) and not self.mentions_of([s])
            for s in subjects)

    def nearby(self, token: Any, entry: Predicate, actors: list[Mention]) -> list[Mention]:
        """Who an event with no marked receiver is done to: the first side named in its own
        phrase ("withdraw forces from southern Lebanon", "rocket attacks across northern
        Israel"), not in clauses of its own or in its subject."""
        words = [token]
        own = {"nsubj", "csubj", "ccomp", "parataxis", "conj", "punct", "advcl"}
        if entry.kind in ("threat", "commitment"):
            own -= {"ccomp", "advcl"}  # "threatened to strike Y", "offered to free Y's men"
        if entry.kind == "claim":
            own |= {"xcomp", "obl", "nmod"}  # what is denied or claimed is not its receiver
        inner = {"ccomp", "parataxis", "advcl", "acl"}
        if entry.kind == "threat":
            inner -= {"advcl"}  # "threatened to strike unless Y pays": Y is threatened
        stack = [c for c in token.children if base(c.dep_) not in own]
        while stack:
            current = stack.pop()
            words.append(current)
            stack.extend(c for c in current.children if base(c.dep_) not in inner)
        found = [m for m in self._mentions_in(words) if m not in actors]
        countries = {m.actor.country for m in actors if m.actor}
        found = [m for m in found if not m.actor or m.actor.country not in countries]
        # "offered to host talks between X and Y": every side of what is offered
        return found if entry.kind == "commitment" else found[:1]

    def commit(self, token: Any, entry: Predicate, by_token: dict[int, Reading]) -> None:
        """ "X agreed to withdraw": the withdrawal, planned by X, is the event; the agreement
        adds nothing of its own (an exchange planned is an agreement: see the coder)."""
        reading = by_token.get(token.i)
        if reading is None or entry.type != "AGREE" or reading.noun:
            return
        acts = [by_token.get(c.i) for c in token.children if base(c.dep_) == "xcomp"]
        acts = [a for a in acts if a is not None and not a.noun]
        if not acts:
            return
        for act in acts:
            if act.modality == "asserted":
                act.modality = reading.modality if reading.modality != "asserted" else "future"
            if not act.actors:
                act.actors = reading.actors
        del by_token[token.i]

    def fold(self, token: Any, by_token: dict[int, Reading],
             triggers: dict[int, Predicate]) -> None:
        """A noun event governed by a verb event is the verb's: "signed an agreement",
        "hosted talks between X and Y", "agreed to a ceasefire". Of the same type, its sides
        join the verb's; of another type it stands alone only when its phrase names a side.
        """
        reading = by_token.get(token.i)
        if reading is None or not reading.noun:
            return
        head = token.head
        if head.i == token.i or base(token.dep_) not in ("obj", "obl", "nmod", "xcomp", "nsubj"):
            return
        if reading.predicate.type in convention("broken_types") and (
                base(token.dep_) in ("obj", "nmod") or (base(token.dep_) == "obl" and not any(
                    c.dep_ == "case" for c in token.children))) and \
                self.known(head, self.lex.breaking):
            del by_token[token.i]  # "violated the ceasefire", "нарушение перемирия": broken
            return
        governor = by_token.get(head.i)
        entry = triggers.get(head.i)
        if entry is None:
            # "X acted as mediator at the talks between Y and Z": the talks are the mediator's
            role = [by_token[c.i] for c in head.children if base(c.dep_) == "xcomp"
                    and c.i in by_token and c.i != token.i and self.verbal(head)]
            if base(token.dep_) == "obl" and role and role[0].noun and \
                    role[0].predicate.type == reading.predicate.type:
                role[0].actors += [m for m in reading.actors + reading.recipients
                                   if m not in role[0].actors]
                del by_token[token.i]
            talks = [by_token[c.i] for c in head.children if c.dep_ == "obj" and c.i in by_token
                     and by_token[c.i].predicate.type in convention("topic_types")]
            if base(token.dep_) == "obl" and talks and self.marker_or_mark(token) and \
                    talks[0].predicate.type != reading.predicate.type and token.i in by_token:
                del by_token[token.i]  # "renewed negotiations | on a pullback", hung on the verb
            return
        governing = entry.type in convention("governing_types") or entry.kind != "event"
        topic = governor is not None and governor.predicate.type in convention(
            "topic_types") and governor.predicate.type != reading.predicate.type
        if topic and (base(token.dep_) in ("obj", "nmod") or (
                base(token.dep_) == "obl" and self.marker(token) in ("theme", None))):
            governor.topic = True  # "negotiations on a troop pullback": talked about, not done
            del by_token[token.i]
            return
        if not self.verbal(head):
            # "an agreement on the exchange of prisoners between X and Y": one agreement,
            # of the exchange's mode, whose sides the inner noun names
            same = governor is not None and governor.predicate.type == reading.predicate.type
            if governor is not None and (governing or same) and (base(token.dep_) == "nmod" or (
                    same and base(token.dep_) == "obl")):
                if not governor.actors or same:  # "mediator at the talks between X and Y"
                    governor.actors += [m for m in reading.actors + reading.recipients
                                        if m not in governor.actors]
                if governor.predicate.mode is None and reading.predicate.mode:
                    governor.predicate = replace(governor.predicate, mode=reading.predicate.mode)
                if governor.modality == "asserted":
                    governor.modality = reading.modality
                del by_token[token.i]
            return
        if governor is not None and base(token.dep_) == "obj" and self.accepts(
                head, governor, reading):
            self.accept(governor, reading)
            del by_token[token.i]  # "approved the ceasefire deal": the deal, accepted
            return
        if governing and base(token.dep_) == "obj" and (
                governor is None or governor.predicate.type != reading.predicate.type):
            if governor is not None:
                governor.topic = True
            del by_token[token.i]  # "rejected the Indian demand": the demand is its topic
            return
        if governor is not None and governor.predicate.type == reading.predicate.type:
            for mention in reading.actors + reading.recipients:
                if mention not in governor.actors and mention not in governor.recipients:
                    side = governor.actors if governor.predicate.type in POOLED_TYPES \
                        else governor.recipients
                    side.append(mention)
            if governor.predicate.mode is None and reading.predicate.mode:
                governor.predicate = replace(governor.predicate, mode=reading.predicate.mode)
            del by_token[token.i]
        elif not reading.actors:
            del by_token[token.i]

    def accepts(self, verb: Any, governor: Reading, reading: Reading) -> bool:
        """Whether a verb of support takes up a deal or a proposal as its object ("approved
        the truce", "backed the plan for a ceasefire"): accepting it, not praising it."""
        return (governor.predicate.type in convention("praise_types")
                and reading.predicate.type in convention("accepted_types")
                and self.known(verb, self.lex.acceptance))

    def accept(self, governor: Reading, reading: Reading) -> None:
        """The support becomes the agreement (AGREE, of the deal's mode): whoever proposed
        or shares the deal receives it, besides the verb's own receivers."""
        mode = reading.predicate.mode if reading.predicate.type == "AGREE" else None
        governor.predicate = replace(governor.predicate, type="AGREE", mode=mode)
        countries = {m.actor.country for m in governor.actors if m.actor}
        governor.recipients += [m for m in reading.actors + reading.recipients
                                if m not in governor.recipients and m.actor
                                and m.actor.country not in countries]

    def claimant(self, token: Any, triggers: dict[int, Predicate]
                 ) -> tuple[list[Mention], bool, list[Mention]] | None:
        """Who claims (or denies) the event a trigger tells, when it is a claim's complement.

        The complement is a clause ("said that...", "denied attacking") or, for claims with
        content markers, the part marked by one ("accused Y of attacking"), wherever the
        parser hung it (on the verb, or on its object: "Y of attacking").
        """
        markers = [self.marker_or_mark(token)]
        for head, dep in self.governors(token):
            entry = triggers.get(head.i)
            denial = self.known(head, self.lex.denial) and not self.refusing(head)
            is_claim = entry is not None and entry.kind == "claim"
            if is_claim or denial or self.known(head, self.lex.speech_verbs):
                if is_claim and entry.content:
                    found = any(m in entry.content for m in markers) or (
                        base(dep) == "advcl" and not self.own_subject(token))
                else:
                    found = base(dep) in ("ccomp", "xcomp", "advcl", "parataxis", "csubj")
                found = found or (base(dep) == "conj" and is_claim
                                  and self.claimed_conjunct(token, head))
                if found:
                    who = self.mentions_of(self.subject(head))
                    accused = self.mentions_of(self.addressees(head)) if is_claim else []
                    return who, denial, accused
            if base(dep) not in CLAUSE_DEPS | {"obj", "obl", "nmod", "conj"}:
                return None
            markers.append(self.marker_or_mark(head))
        return None

    def claimed_conjunct(self, token: Any, head: Any) -> bool:
        """A participle or infinitive a small model made a conjunct of an accusation verb
        ("warf Y vor, ... beschossen und ... getötet zu haben"): a finite verb is never
        coordinated with a bare participle, so it is the accusation's content."""
        governor = self.triggers_now.get(head.i)
        return (governor is not None and governor.kind == "claim" and token.head.i == head.i
                and token.pos_ == "VERB" and "Fin" in head.morph.get("VerbForm")
                and bool({"Part", "Inf"} & set(token.morph.get("VerbForm")))
                and not self.own_subject(token) and not any(
                    c.dep_ in ("aux", "aux:pass") for c in token.children))

    def in_claim_scope(self, token: Any, triggers: dict[int, Predicate]
                       ) -> tuple[list[Mention], bool, list[Mention]] | None:
        """An accusation's content however the parser hung it: a non-finite verb after an
        accusation verb, with no finite verb between ("X accused Y of shelling Z, killing N",
        "killing" made the root or a conjunct of "accused"), is the accused's act claimed by
        the accuser, never the accuser's own."""
        if "Fin" in token.morph.get("VerbForm") or not self.verbal(token):
            return None
        for other in reversed(self.tokens[: token.i]):
            entry = triggers.get(other.i)
            if entry is not None and entry.kind == "claim" and entry.content:
                return self.mentions_of(self.subject(other)), False, \
                    self.mentions_of(self.addressees(other))
            if "Fin" in other.morph.get("VerbForm") and other.pos_ in ("VERB", "AUX"):
                return None
        return None

    def demands(self, token: Any, entry: Predicate) -> bool:
        """Whether a request verb whose content is marked ("call for", "appeler à") has a
        content: a clause, or a part marked by one of its markers."""
        words = list(token.children)  # "appelé les médiateurs à intervenir": the content
        words += [g for c in words if c.dep_ in OBJECT for g in c.children]  # may hang on X
        return any((base(c.dep_) in ("xcomp", "ccomp") and self.verbal(c)) or (
            base(c.dep_) in ("obl", "nmod", "advcl", "acl", "obj", "iobj", "xcomp")
            and self.marker_or_mark(c) in entry.markers) for c in words)

    def asks_nobody(self, token: Any) -> bool:
        """A request made of someone who is no side: its addressee (the object of "urged X
        to", "a appelé X à") names no actor, and what is asked is a clause of its own."""
        asked = [c for c in token.children if c.dep_ in OBJECT]
        content = [c for c in token.children if base(c.dep_) in ("xcomp", "ccomp")
                   or (base(c.dep_) == "obl" and self.verbal(c))]
        content += [g for c in asked for g in c.children
                    if base(g.dep_) in ("xcomp", "acl", "advcl") and self.verbal(g)]
        return bool(asked and content) and not self.mentions_of(asked)

    def own_subject(self, token: Any) -> bool:
        return any(c.dep_ in ANY_SUBJECT for c in token.children)

    def marker_or_mark(self, token: Any) -> str | None:
        for c in token.children:
            if base(c.dep_) in ("case", "mark"):
                return self.lemma(c)
        return None

    def verb_sides(self, token: Any, entry: Predicate, reading: Reading,
                   triggers: dict[int, Predicate]) -> None:
        reading.actors = self.mentions_of(self.subject(token))
        if not reading.actors and self.passive(token) and \
                entry.type in convention("own_forces_types"):
            reading.actors = self.mentions_of(self.objects(token))  # "X's troops were deployed"
        targets = [t for t in self.objects(token)  # "hosted talks between X and Y": the
                   if getattr(triggers.get(t.i), "type", None) != entry.type]  # talks' sides
        roles = self.obliques(token)
        if entry.kind == "claim" and entry.content:
            targets = [t for t in targets if t.i < token.i or not self._is_content(t, entry)]
        for role in ("target", "recipient", "partner", "partners"):
            targets += [t for t in roles.get(role, [])
                        if getattr(triggers.get(t.i), "type", None) != entry.type]
        if entry.type in POOLED_TYPES and roles.get("partners"):
            # "hosted talks between X and Y" (the parser hung the partners on the verb)
            reading.actors += [m for m in self.mentions_of(roles["partners"])
                               if m not in reading.actors]
        if entry.type in convention("partner_types"):
            # "met X" but not "discussed the Ukraine conflict": a partner is named, not a topic
            targets = [t for t in targets if self.actor_mentions_of_word(t)]
        reading.recipients = [m for m in self.mentions_of(targets) if m not in reading.actors]

    def _is_content(self, token: Any, entry: Predicate) -> bool:
        return self.marker_or_mark(token) in entry.content

    def noun_sides(self, token: Any, entry: Predicate, reading: Reading,
                   triggers: dict[int, Predicate]) -> None:
        roles = {role: [c for c in words if not  # "mission de médiation": the phrase itself
                        reading.trigger[0] <= self.span(c)[0] < reading.trigger[1]]
                 for role, words in self.obliques(token).items()}
        owners = self.noun_owner(token)
        moving = entry.type in convention("own_forces_types")  # "withdrawal from X": X is
        left = roles.get("source", []) if moving else []  # the side left, not who leaves
        agents = roles.get("agent", []) + ([] if moving else roles.get("source", []))
        actors = self.mentions_of(owners + agents)
        hosted = entry.mode in convention("hosted_modes")  # "a visit to / in Y": Y hosts it
        pooled = entry.type in POOLED_TYPES and not hosted  # "a truce on strikes": a topic
        recipients = self.mentions_of(
            ([] if pooled else roles.get("target", []) + roles.get("recipient", []) + left)
            + roles.get("partner", []) + (roles.get("location", []) if hosted else []))
        if hosted:  # "la visite du président au Pérou", the place hung on the visitor
            recipients += self.mentions_of([c for w in roles.get("theme", []) + agents for c in
                                            w.children if base(c.dep_) == "nmod"
                                            and self.marker(c) in ("recipient", "location")])
        theme = roles.get("theme", [])
        inner = [c for word in theme for c in word.children  # "its troops from X"
                 if base(c.dep_) == "nmod" and c.i > word.i and (self.marker(c) == "source" or (
                     self.possessive_pronouns(word)  # "ses forces du Pérou": owned, so left
                     and self.marker(c) in ("theme", "agent", None)))] if moving else []
        if inner:  # "the withdrawal of its troops from X": X is left, the troops move
            left += inner
            recipients += [m for m in self.mentions_of(left) if m not in recipients]
            gone = {w.i for c in left for w in c.subtree}
            theme_mentions = self._mentions_in([w for t in theme for w in self.core(t)
                                                if w.i not in gone])
            if theme_mentions and not actors:
                actors = theme_mentions
            theme = []
        if theme:
            if entry.type in convention("genitive_patient_types"):
                recipients += [m for m in self.mentions_of(theme) if m not in recipients]
            elif not actors:
                actors = self.mentions_of(theme)
        partners = self.mentions_of(roles.get("partners", []) + [
            word for word in self.core(token)[1:]  # "an exchange of prisoners between X and Y"
            if base(word.dep_) == "nmod" and self.marker(word) == "partners"
            and word not in roles.get("partners", [])])
        slot = self.measured(token)  # "sent 200 tons of aid": the aid fills the verb's object
        if not actors and base(slot.dep_) in ("obj", "nsubj", "obl") and slot.head.i != slot.i:
            verb = slot.head
            if self.verbal(verb) and verb.i not in triggers and base(slot.dep_) in ("obj", "obl") \
                    and self.known(verb, self.lex.light_verbs):
                # "X launched an attack", not "X violated the truce" or "X described the call"
                actors = self.mentions_of(self.subject(verb))
                if not recipients:  # "sent Ukraine $60 billion in aid", "began an offensive
                    marked = self.obliques(verb)  # on Y" with "on Y" hung on the verb
                    on_slot = self.obliques(slot)  # "200 tons of aid | to Sudan" hung on the noun
                    recipients = self.mentions_of(
                        [c for c in verb.children if c.dep_ in OBJECT and c.i != slot.i]
                        + marked.get("target", []) + marked.get("recipient", [])
                        + marked.get("partner", [])  # "restored relations | with Y"
                        + on_slot.get("recipient", []))
            elif slot.dep_ == "nsubj" and verb.i not in triggers:
                recipients = recipients or self.mentions_of(
                    [c for c in verb.children if c.dep_ in OBJECT])
        if not actors and base(slot.dep_) in ("obj", "obl") and slot.head.i != slot.i and \
                self.verbal(slot.head) and self.bound_possessive(token):
            # "X speeded up the withdrawal of its forces": "its" is the clause's subject
            actors = self.mentions_of(self.subject(slot.head))
        if partners:  # "held talks between X and Y": X, Y and whoever held them
            actors = actors + [m for m in partners if m not in actors]
        head = token.head
        if base(token.dep_) == "xcomp" and head.i != token.i and self.verbal(head):
            actors = [m for m in self.mentions_of(self.subject(head))  # "Qatar acted as
                      if m not in actors] + actors  # mediator between X and Y": Qatar too
        if not recipients and entry.type in convention("bidding_types") and base(
                token.dep_) == "obl" and head.i != token.i and self.verbal(head):
            # "at Chile's request, Peru released ...": Peru was asked
            recipients = self.mentions_of(self.subject(head))
        reading.actors = actors
        reading.recipients = [m for m in recipients if m not in actors]

    def measured(self, token: Any) -> Any:
        """The measure an event noun is counted in ("200 tons of aid", "200 тонн помощи"),
        which stands in the clause for it; else the noun itself. Spans of time are no
        measure ("launched 10 days of exercises" keeps its own reading)."""
        head = token.head
        if head.i == token.i or base(token.dep_) != "nmod" or self.marker(token) not in (
                "theme", None):
            return token
        return head if self.known(head, self.lex.measures) else token

    def reciprocal(self, token: Any) -> bool:
        if not self.lex.reciprocal:
            return False
        words = tuple(self.lemma(t) for t in token.subtree)
        for phrase in self.lex.reciprocal:
            n = len(phrase)
            if any(words[i : i + n] == phrase for i in range(len(words) - n + 1)):
                return True
        return any("Rcp" in c.morph.get("PronType") or (
            "Yes" in c.morph.get("Reflex") and "Plur" in token.morph.get("Number")
            and c.dep_ in ("expl:pv", "obj", "iobj", "expl")) for c in token.children)
