"""Which words of a sentence make a predicate: separable particles, lemma sequences, then
single lemmas, each checked against the part of speech the entry asks for; a pronominal
refusal and an offer to do something oneself change what the predicate is."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.predicates import Predicate
from eventwire.events.tree.common import OBJECT, PREDICATIVE, base
from eventwire.events.tree.words import TreeWords

NOMINAL = ("nsubj", "obj", "iobj", "obl")  # the relations of a noun, whatever its tag
NEVER = frozenset({"PROPN", "PUNCT", "NUM", "DET", "PRON"})  # tags of words that make no act


class Triggers(TreeWords):
    """Finding the predicates of a sentence."""

    def triggers(self) -> list[tuple[Any, Predicate, tuple[int, int]]]:
        """Tokens that make a predicate, longest lemma sequence first, one per token; a
        proposal to do something oneself is an offer ("proposer de libérer")."""
        found = [(token, self.as_refusal(token, self.as_offer(token, entry)), span)
                 for token, entry, span in self._triggers()]
        return self.facilitations(self.own_commands(self.without_descriptions(found)))

    def without_descriptions(self, found: list[tuple[Any, Predicate, tuple[int, int]]]
                             ) -> list[tuple[Any, Predicate, tuple[int, int]]]:
        """ "Turkey, a mediator between the two, said ...", "Le Qatar, médiateur entre les
        deux pays, a déclaré ...": a noun of a go-between (mode ``third_party``) in apposition
        to the subject of a verb of saying describes who speaks, no mediation this sentence
        reports ("Z, médiateur régional, doit recevoir les ministres" still mediates)."""
        return [item for item in found if not (
            item[1].type == "CONSULT" and item[1].mode == "third_party"
            and item[0].pos_ == "NOUN" and base(self._relations[item[0].i]) == "appos"
            and base(item[0].head.dep_) == "nsubj"
            and self.known(item[0].head.head, self.lex.speech_verbs))]

    def own_commands(self, found: list[tuple[Any, Predicate, tuple[int, int]]]
                     ) -> list[tuple[Any, Predicate, tuple[int, int]]]:
        """ "ordenó el despliegue de 1.500 militares", "ordered the deployment of troops": a
        verb of command (each language's `commands`) whose object is a move of forces
        (convention `own_forces_types`) and which is addressed to no other side asks nothing
        of another side: the commander's forces move. The verb is no request; like a light
        verb it lends its subject to the move (:meth:`Sides.lends_subject`)."""
        if not self.lex.commands:
            return found
        types = {t.i: e.type for t, e, _ in found}
        moves = convention("own_forces_types")
        dropped = set()
        for token, entry, _ in found:
            if entry.type != "REQUEST" or not self.known(token, self.lex.commands):
                continue
            moved = [c for c in self.children(token) if c.dep_ in OBJECT
                     and types.get(c.i) in moves]
            # "приказал направить войска", "ordenó reforzar los controles": the infinitive
            # is the move
            moved += [c for c in self.children(token) if c.dep_ == "xcomp" and (
                types.get(c.i) in moves or self.sends_forces(c, moves))]
            if moved and not any(self.mentions_of([a]) for a in self.addressees(token)
                                 if a not in moved):
                dropped.add(token.i)
        return [item for item in found if item[0].i not in dropped] if dropped else found

    def sends_forces(self, verb: Any, moves: Any) -> bool:
        """Whether a verb of sending takes forces as object (data `goods`: "направить
        войска"), which makes its event a move of forces though the verb alone is none."""
        groups = [goods for verbs, goods in self.lex.goods if self.known(verb, verbs)]
        return any(goods[k].type in moves for goods in groups for c in self.children(verb)
                   if c.dep_ in OBJECT for k in self.keys(c) if k in goods)

    def facilitations(self, found: list[tuple[Any, Predicate, tuple[int, int]]]
                      ) -> list[tuple[Any, Predicate, tuple[int, int]]]:
        """ "With the assistance of Z, X and Y agreed ...", "при содействии Z", "mit
        Unterstützung Zs": a noun of help (grammar ``facilitation_nouns``) opened by a word
        of accompaniment (``facilitator_cases``) on an act the sides do together (convention
        `facilitated_types`), naming a party, is Z's mediation (CONSULT, third party), not
        aid to the sides nor a side of their act."""
        nouns = self.grammar.facilitation_nouns
        if not nouns:
            return found
        types = {t.i: e.type for t, e, _ in found}
        facilitated = convention("facilitated_types")
        changed = False
        out = list(found)
        for token in self.tokens:
            if self.intermediary(token, types, facilitated):
                mediation = Predicate(lemma=self.lemma(token), type="CONSULT", kind="event",
                                      mode="third_party", pos="NOUN")
                out.append((token, mediation, self.span(token)))
                changed = True
                continue
            if base(self._relations[token.i]) not in ("obl", "nmod") or \
                    not self.known(token, nouns):
                continue  # (most words are no oblique noun of help: nothing else is read)
            head = token.head
            helped = [head, head.head] + [c for c in self.children(head)
                                          if c.dep_ in ("obj", "nsubj")]
            # (the act itself, the act noun of a verb that tells none, or the verb phrase
            # whose noun it hangs on: "reached a deal | with the help of Z")
            if head.i == token.i or not any(types.get(w.i) in facilitated
                                                 for w in helped) or \
                    not any((base(c.dep_) == "case" or c.i < token.i)  # "Gracias a" as a noun
                            and self.known(c, self.grammar.facilitator_cases)
                            for c in self.children(token) + [head]) or \
                    not any(self.mentions_of([c]) for c in self.children(token)
                            if base(c.dep_) in ("nmod", "amod", "poss")):
                continue
            mediation = Predicate(lemma=self.lemma(token), type="CONSULT", kind="event",
                                  mode="third_party", pos="NOUN")
            out = [item for item in out if item[0].i != token.i]
            out.append((token, mediation, self.span(token)))
            changed = True
        return sorted(out, key=lambda item: item[0].i) if changed else found

    def intermediary(self, token: Any, types: dict[int, str], facilitated: Any) -> bool:
        """ "Through Qatar, X and Y agreed ...", "A través de Catar": a party named right
        after a case word of passage (grammar ``intermediary_cases``), hung on an act the sides
        do together, is its go-between, never a side nor a receiver of it."""
        cases = self.grammar.intermediary_cases
        if not cases or base(self._relations[token.i]) != "obl" or \
                types.get(token.head.i) not in facilitated or types.get(token.i) or \
                not self.mentions_of([token]):
            return False
        return any(base(c.dep_) == "case" and (self.known(c, cases) or any(
            f.dep_ == "fixed" and self.known(f, cases) for f in self.children(c)))
            for c in self.children(token))

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
               and "Inf" in self.feature(c, "VerbForm") for c in self.children(token)):
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
        tags = self._tags  # a word of a tag in NEVER fits no entry (`_fits`): not looked up
        for token in self.tokens:  # separable particles first: "warf ... vor" is "vorwerfen"
            if tags[token.i] in NEVER or not self.may_have_particle(token):
                continue
            for child in self.particles(token)[:1]:
                for key in self.keys(token):
                    joined = self.lex.joined(key, self.lemma(child))
                    entry = self._first_fit(token, self.lex.lookup(tuple(joined.split())))
                    if entry is not None:
                        found.append((token, entry, self.span(token)))
                        taken.add(token.i)
                        break
        phrase_starts = self.lex.phrase_starts
        starts = [i for i, first in enumerate(lemmas) if first in phrase_starts]
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
        found += self._verb_object_phrases(taken)
        for token in self.tokens:
            if token.i in taken or (tags[token.i] in NEVER and not self._common_noun(token)):
                continue
            for key in self.keys(token):
                entries = self.lex.lookup((key,))
                entry = self._first_fit(token, entries) if entries else None
                if entry is not None:
                    found.append((token, entry, self.span(token)))
                    taken.add(token.i)
                    break
        return sorted(found, key=lambda item: item[0].i)

    def _verb_object_phrases(self, taken: set[int]
                             ) -> list[tuple[Any, Predicate, tuple[int, int]]]:
        """Verb phrases read in the tree: the verb and, as its object or oblique, the noun at
        the phrase's other end (:attr:`Predicates.verb_object_phrases`), both still free."""
        found = []
        phrases = self.lex.verb_object_phrases
        tags, verbal = self._tags, self._verbal
        for token in self.tokens:
            i = token.i
            if i in taken or not verbal[i] or tags[i] in NEVER:
                continue  # (`_fits` takes no word of a tag in NEVER)
            keys = self.keys(token)  # with its separable particle: "rief ... zurück"
            keys += [self.lex.joined(k, self.lemma(p)) for p in self.particles(token)[:1]
                     for k in list(keys)]
            if not any(key in phrases for key in keys):
                continue  # most verbs start no such phrase: their children are not read
            children = [c for c in self.children(token) if c.i not in taken and c.pos_ in (
                "NOUN", "PROPN", "ADJ") and base(c.dep_) in ("obj", "obl", "xcomp")]
            # (an adjective as a noun: "обменялись разведданными", lemma "разведданный")
            head = token.head  # "talks facilitated by Z": a participle on its noun is said
            on_noun = base(token.dep_) in ("acl", "amod") and head.i != i and \
                head.pos_ == "NOUN" and \
                "Part" in self.feature(token, "VerbForm")  # of it, as of its object
            if on_noun:
                children.append(head)
            if not children:
                continue
            for key in keys:
                fit = next(((child, entry) for other, entries in phrases.get(key, ())
                            for child in children if other in self.keys(child)
                            for entry in [self._first_fit(token, self._owned(child, entries))]
                            if entry), None)
                if fit is not None:
                    child, entry = fit
                    if on_noun and child.i == head.i:  # the noun tells its own act too
                        found.append((token, entry, self.span(token)))  # (the talks the
                        taken.add(token.i)  # participle's agent facilitated)
                        break
                    ends = sorted((self.span(token), self.span(child)))
                    found.append((token, entry, (ends[0][0], ends[1][1])))
                    taken.update((token.i, child.i))
                    break
        return found

    def _owned(self, noun: Any, entries: tuple[Predicate, ...]) -> tuple[Predicate, ...]:
        """The entries of a verb-object phrase that fit its object: those marked ``own`` (a
        recall: "convocó a su embajador") first when a possessive determiner makes the object
        the subject's, else only the others ("convocó al embajador de Y": a protest)."""
        own = any(c.dep_.startswith("det") and "Yes" in self.feature(c, "Poss")
                  for c in self.children(noun))
        return tuple(sorted((e for e in entries if own or not e.own), key=lambda e: not e.own))

    def _first_fit(self, token: Any, entries: tuple[Predicate, ...]) -> Predicate | None:
        return next((entry for entry in entries if self._fits(token, entry)), None)

    def _common_noun(self, token: Any) -> bool:
        """A word tagged a name in a language that capitalizes every noun: it may be a common
        noun ("in Alarmbereitschaft versetzt"), an event noun when the lexicon says so."""
        return self.grammar.nouns_capitalized and self._tags[token.i] == "PROPN" and \
            token.text[:1].isupper()

    def _fits(self, token: Any, entry: Predicate) -> bool:
        if token.pos_ in NEVER and not (entry.kind == "event" and entry.pos != "VERB"
                                        and self._common_noun(token)):
            return False
        if token.dep_ == "amod" and entry.type == "CONSULT" and entry.mode == "third_party" \
                and self.go_between(token) and (self.actor_mentions_of_word(token) or any(
                    base(c.dep_) == "obl" for c in self.children(token))):
            return True  # "a UAE-brokered swap": the UAE's mediation, told in one word
        if token.dep_ == "amod" or (token.pos_ == "ADJ" and base(token.dep_) not in NOMINAL
                                     and not any(c.dep_ in PREDICATIVE
                                                 for c in self.children(token))):
            return False  # "wounded soldiers", "the attacked town": a description, not an act
            # (an "adjective" a verb takes as its object is a noun: "issued an ultimatum")
        if entry.kind == "event" and self.backer(token) and token.head.pos_ in ("NOUN", "PROPN"):
            return False  # "le mouvement soutenu par l'Iran": a description of the group
        if entry.lemma in self.lex.not_pronominal and self.pronominal(token):
            return False  # "si occuperanno dello sviluppo": take care of, not occupy
        if entry.kind != "event":
            return self.verbal(token)  # claims, requests and threats are verbs
        if entry.pos == "VERB":
            return self.verbal(token)
        if entry.pos == "NOUN":
            return not self.verbal(token) and not (  # "être prêt à négocier": ready, no loan
                token.pos_ == "ADJ" and base(token.dep_) not in NOMINAL)
        return True
