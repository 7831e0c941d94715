"""The sides of one event: a verb's from its subject, objects and marked obliques; a noun's
from its owner, its marked modifiers and the light verb it is the object of ("launched an
attack")."""

from __future__ import annotations

from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.predicates import Predicate
from eventwire.events.tree.common import OBJECT, PASSIVE_SUBJECT, Reading, base
from eventwire.events.tree.words import TreeWords
from eventwire.model import POOLED_TYPES, Mention


class Sides(TreeWords):
    """Who acts and who receives, for verbs and for nouns."""

    def lends_subject(self, verb: Any, slot: Any, triggers: dict[int, Predicate]) -> bool:
        """Whether a light verb, itself no act, lends its subject to the act its object or
        oblique names ("launched an attack", "engaged in talks"). Not to an oblique when its
        object is a paper or a protest that tells the act (convention ``handed_act_types``,
        data ``complaints``: "handed a note of protest over the arrest": the arrest is not the
        hander's)."""
        if not self.verbal(verb) or verb.i in triggers or not (
                self.known(verb, self.lex.light_verbs) or self.known(verb, self.lex.commands)):
            return False
        if base(slot.dep_) == "obj":
            return True
        return base(slot.dep_) == "obl" and not any(
            c.dep_ in OBJECT and (getattr(triggers.get(c.i), "type", None)
                                  in convention("handed_act_types")
                                  or self.known(c, self.lex.complaints))
            for c in self.children(verb))  # "lodged a protest over the detention of Y's
        # citizens", "выразил протест в связи с задержанием": a state's protest (a complaint,
        # coded ACCUSE later) is a paper too; the detention is the other side's

    def journey_for(self, verb: Any, slot: Any, entry: Predicate,
                    triggers: dict[int, Predicate]) -> bool:
        """Whether a verb of travelling (data `journeys`: arrive, arriver, eintreffen, llegar,
        прибыть) lends its subject to the meeting its oblique names: "X arrived in Y for
        talks with Z", "X est arrivé au Caire pour une visite": X travelled to meet, the
        meeting is X's (a meeting only: "arrived after the attack" tells no attack by X)."""
        return entry.type == "CONSULT" and base(slot.dep_) in ("obl", "nmod") \
            and slot.head.i != slot.i and self.verbal(verb) \
            and verb.i not in triggers and self.known(verb, self.lex.journeys)

    def conjunct_pronoun_referent(self, token: Any) -> list[Any]:
        """ "ha telefonato al ministro russo e gli ha chiesto di ...", "called the minister
        and asked him to ...": a third-person personal pronoun as the object of a verb
        conjoined to one whose only named object or oblique is a person or side stands for
        that one (when their numbers agree)."""
        if base(token.dep_) != "conj" or token.head.i == token.i:
            return []
        pronouns = [c for c in self.children(token) if c.pos_ == "PRON" and (
                        c.dep_ in OBJECT or c.dep_ == "obl:arg")  # "le pidió"
                    and "Prs" in self.feature(c, "PronType")
                    and "3" in self.feature(c, "Person")
                    and "Yes" not in self.feature(c, "Reflex")]
        if len(pronouns) != 1:
            return []
        named = [c for c in self.children(token.head) if c.i < token.i
                 and base(c.dep_) in ("obj", "iobj", "obl") and c.pos_ in ("NOUN", "PROPN")
                 and self.mentions_of([c])]
        number = self.feature(pronouns[0], "Number")
        if len(named) != 1 or (number and self.feature(named[0], "Number")
                               and number != self.feature(named[0], "Number")):
            return []
        return named

    def report_owner(self, noun: Any, triggers: dict[int, Predicate]) -> list[Any]:
        """Who made a report or claim: its possessor or demonym ("Thai claims"), or a name
        hung on it by a case word of owning or in the genitive ("les affirmations de
        Kinshasa", "заявления Варшавы"), itself no event ("reports of Russian attacks" name
        no owner: the attackers are what is reported)."""
        return self.noun_owner(noun) + [
            c for c in self.children(noun) if base(c.dep_) == "nmod" and c.i > noun.i
            and c.dep_ != "nmod:poss" and c.i not in triggers and not self.verbal(c)
            and self.marker(c) in (None, "theme", "agent", "source") and self.head_mentions(c)]

    def verb_sides(self, token: Any, entry: Predicate, reading: Reading,
                   triggers: dict[int, Predicate]) -> None:
        reading.actors = self.mentions_of(self.subject(token))
        if not reading.actors and self.passive(token) and \
                entry.type in convention("own_forces_types"):
            reading.actors = self.mentions_of(self.objects(token))  # "X's troops were deployed"
        targets = [t for t in self.objects(token)  # "hosted talks between X and Y": the
                   if getattr(triggers.get(t.i), "type", None) != entry.type]  # talks' sides
        roles = self.obliques(token)
        self.add_phrase_obliques(token, roles)
        if entry.kind == "claim" and entry.content:
            targets = [t for t in targets if t.i < token.i or not self._is_content(t, entry)]
        if entry.kind == "claim":  # "denied reports of arms supplies to Y": a report
            reports = [t for t in targets if self.report_noun(t, triggers)]  # type: ignore
            targets = [t for t in targets if t not in reports] + [  # is no side; who made it
                w for t in reports for w in self.report_owner(t, triggers)]  # ("Y's claims")
        if self.at_venue(entry, reading.actors):  # "signed at Nairobi", "met at Doha"
            roles["recipient"] = [t for t in roles.get("recipient", []) if not self.venue(t)]
        targets += [t for t in self.bare_datives(token) if t not in targets]
        targets += [t for t in self.conjunct_pronoun_referent(token) if t not in targets]
        for role in ("target", "recipient", "partner", "partners"):
            targets += [t for t in roles.get(role, []) if not self.mediation(t, triggers)
                        and getattr(triggers.get(t.i), "type", None) != entry.type]
        if (entry.type in POOLED_TYPES or (entry.mode == "exchange" and self.passive(token)
                                           and not reading.actors)) and roles.get("partners"):
            # "hosted talks between X and Y" (the parser hung the partners on the verb);
            # "prisoners were exchanged between X and Y": the two sides swapped them
            reading.actors += [m for m in self.mentions_of(roles["partners"])
                               if m not in reading.actors]
        if entry.type in convention("stance_types"):
            # "opposed the tariffs on Canada": a thing opposed, not Canada; its owner is
            targets = [w for t in targets for w in self.stance_receivers(t)]
        if entry.type in convention("partner_types"):
            # "met X" but not "discussed the Ukraine conflict": a partner is named, not a topic
            targets = [t for t in targets if self.actor_mentions_of_word(t)  # type: ignore
                       or self.pair_of_modifier(t)]  # "with the leaders of both countries"
        joined = [c for c in self.children(token) if self.joint(c)]
        if joined and reading.actors:  # "imposed sanctions on Y jointly with Z": Z imposed
            reading.actors += [m for m in self.mentions_of(
                [n for c in joined for n in self.joined_names(c)]) if m not in reading.actors]
        targets = [t for t in targets if all(t.i != c.i for c in joined)]
        reading.recipients = [m for m in self.mentions_of(targets) if m not in reading.actors]
        held = self.captivity(token, entry)
        captors = [m for m in self.mentions_of(  # not "з полону за посередництва X": the
            [c for c in self.children(held) if base(c.dep_) in ("amod", "nmod")  # mediator
             and not self.mediating(c)])  # is no captor
            if m.actor and m.actor.country] if held is not None else []
        if captors and not {m.actor.country for m in captors} & {  # type: ignore[union-attr]
                m.actor.country for m in reading.actors if m.actor}:
            # "Ukraine brought home 84 soldiers from Russian captivity": the subject gets its
            # men back and the captivity's owner frees them (unnamed, nothing is changed:
            # "freed from captivity" is said of the one who frees)
            reading.recipients, reading.actors = reading.actors, captors
        elif not captors and self.brought_home(token, entry):
            # "Ukraine brought 84 soldiers home": the subject gets its men back; who freed
            # them is not said, so no one is named as releasing
            reading.recipients, reading.actors = reading.actors, []
        fronted = self.fronted_content(token) if entry.kind == "claim" else None  # type: ignore
        if fronted is None and entry.kind == "claim" and entry.type == "ACCUSE":
            # "X alleged that Y's troops crossed the border": Y, who the claim says acted
            fronted = next((c for c in self.children(token) if base(c.dep_) == "ccomp"
                            and c.i > token.i and self.verbal(c)), None)
        if fronted is not None and not reading.recipients:
            # "« Y a bombardé nos positions », a accusé X": Y, who the claim says acted
            reading.recipients = [m for m in self.mentions_of(self.subject(fronted))
                                  if m not in reading.actors]
        if entry.kind == "request":
            speaker = self.asker_above_content(token, reading)
            if speaker is not None:
                reading.actors = speaker
                reading.recipients = reading.recipients or self.mentions_of(
                    self.obliques(token).get("source", []))

    def asker_above_content(self, token: Any, reading: Reading) -> list[Mention] | None:
        """"ha ricordato che una motovedetta turca ha fermato un peschereccio ..., e ha chiesto
        ad Ankara di restituirle": a request the parser made a conjunct of the act a speaker
        reports, with no subject of its own, and addressed to the very side that clause's
        subject is, is the speaker's second verb (a side does not ask itself): the speaker
        asks, or no one named where the speaker has no side. None when the request keeps
        its inherited subject."""
        if base(token.dep_) != "conj" or self.own_subject(token):
            return None
        addressed = reading.recipients or self.mentions_of(  # "потребовала от Анкары"
            self.obliques(token).get("source", []))
        asked = {m.actor.country for m in addressed if m.actor and m.actor.country}
        doers = {m.actor.country for m in reading.actors if m.actor and m.actor.country}
        if not asked or not asked <= doers:
            return None
        clause = token.head
        for _ in range(3):
            verb = clause.head
            if verb.i == clause.i or base(clause.dep_) not in ("ccomp", "advcl", "parataxis"):
                return None
            if self.known(verb, self.lex.speech_verbs):
                return [m for m in self.mentions_of(self.subject(verb))
                        if m.actor and m.actor.country and m.actor.country not in asked]
            clause = verb
        return None

    def add_phrase_obliques(self, token: Any, roles: dict[str, list[Any]]) -> None:
        """A verb phrase's noun carries the verb's marked obliques ("held talks with Y",
        "hielt Gespräche mit Y"): the model hangs "with Y" on the noun, but the verb and its
        noun tell one act, so Y is the phrase's partner."""
        for noun in self.objects(token):
            if not self.object_of_phrase(noun):
                continue
            for role, words in self.obliques(noun).items():
                known = {w.i for w in roles.get(role, [])}
                roles.setdefault(role, []).extend(w for w in words if w.i not in known)

    def captivity(self, token: Any, entry: Predicate) -> Any | None:
        """The captivity a release verb brings people back from ("повернула з полону",
        "from Russian captivity"), if any: a word of the language's ``captivity`` hung on the
        verb with a case word (the one that marks it may also mean "with": "з")."""
        if entry.type != "CONCEDE" or not self.lex.captivity:
            return None
        return next((c for c in self.children(token) if base(c.dep_) in ("obl", "nmod")
                     and any(base(g.dep_) == "case" for g in self.children(c))
                     and self.known(c, self.lex.captivity)), None)

    def brought_home(self, token: Any, entry: Predicate) -> bool:
        """Whether a release verb brings its people home (a word of the language's
        ``homeward``: "home", "додому", "nach Hause" hung on it). A verb that permits
        (conventions `permitting_modes`: "allowed the refugees to return home") lets others
        go home: its subject gets no one back."""
        if entry.type != "CONCEDE" or not self.lex.homeward \
                or entry.mode in convention("permitting_modes"):
            return False
        clauses = {w.i for c in self.children(token)  # anywhere in its own phrase (the
                   if base(c.dep_) in ("ccomp", "xcomp", "advcl", "acl", "parataxis", "conj")
                   for w in c.subtree}  # models hang "додому" on the object or the subject)
        words = [w for w in token.subtree if w.i != token.i and w.i not in clauses]
        return any(c.text.lower() in self.lex.homeward or self.known(c, self.lex.homeward)
                   or " ".join(w.text.lower() for w in c.subtree) in self.lex.homeward
                   for c in words)

    def joint(self, word: Any) -> bool:
        """Whether a name hung on a verb is opened by a case word right after an adverb of
        doing together (grammar ``joint_adverbs``: "jointly with Z", "conjointement avec Z",
        "gemeinsam mit Z", "junto con Z", "insieme alla Z", "совместно с Z", "спільно з Z"):
        one more doer of the verb, never its receiver."""
        return bool(self.joined_names(word))

    def joined_names(self, word: Any) -> list[Any]:
        """The names a joint oblique adds to the doers (:meth:`joint`): the word itself, or
        the name right after the case word that the model compounded on the noun after it
        ("gemeinsam mit Dänemark Sanktionen", "mit" read as the sanctions' case)."""
        adverbs = self.grammar.joint_adverbs
        if not adverbs or base(word.dep_) not in ("obl", "nmod", "obj", "iobj"):
            return []
        cases = [c for c in self.children(word) if base(c.dep_) == "case" and 0 < c.i < word.i
                 and self.joint_opening(word.doc[c.i - 1], c)]
        if not cases:
            return []
        if self.actor_mentions_of_word(word):
            return [word]
        return [n for n in self.children(word) if n.i == cases[0].i + 1
                and base(n.dep_) in ("compound", "flat", "nmod")
                and self.actor_mentions_of_word(n)]

    def joint_opening(self, adverb: Any, case: Any) -> bool:
        """Whether an adverb and the case word after it open a co-doer: an entry of
        ``joint_adverbs`` is the adverb alone (any case word) or the adverb with the case word
        it takes ("conjuntamente con": "exigieron conjuntamente a Venezuela" addresses
        Venezuela, the receiver)."""
        for entry in self.grammar.joint_adverbs:
            word, _, case_word = entry.partition(" ")
            if self.known(adverb, frozenset({word})) and (
                    not case_word or self.known(case, frozenset({case_word}))
                    or case_word in (case.text.lower(), case.lemma_.lower().split(" ")[0])):
                # ("alla", "al": the preposition with its article, lemma "a il")
                return True
        return False

    @staticmethod
    def mediation(token: Any, triggers: dict[int, Predicate]) -> bool:
        """Whether an oblique is a mediation ("con la mediación de Catar", "with the mediation
        of X"): an event of its own whose sides are not the verb's."""
        entry = triggers.get(token.i)
        return entry is not None and entry.type == "CONSULT" and entry.mode == "third_party"

    @staticmethod
    def at_venue(entry: Predicate, actors: list[Mention]) -> bool:
        """Whether a capital named as the receiver of an act tells where it happened, not a
        side: a signing ("signed at Nairobi"), or any pooled act of two or more sides ("X and
        Y met at Doha": the word that marks "to" marks "at"; "i due governi dovrebbero
        incontrarsi ad Accra": a group is several sides); a visit's place is its host."""
        return entry.mode not in convention("hosted_modes") and (
            entry.type in convention("venue_types")
            or (entry.type in POOLED_TYPES and (
                len(actors) > 1 or any(m.kind == "group" for m in actors))))

    def venue(self, token: Any) -> bool:
        """Whether a word names a capital only ("Nairobi"), the place of a meeting or a
        signing rather than the country as a side."""
        found = self.mentions_of([token])
        return bool(found) and all(m.kind == "capital" for m in found)

    def _is_content(self, token: Any, entry: Predicate) -> bool:
        return self.marker_or_mark(token) in entry.content

    def noun_sides(self, token: Any, entry: Predicate, reading: Reading,
                   triggers: dict[int, Predicate]) -> None:
        roles = {role: [c for c in words if not  # "mission de médiation": the phrase itself
                        reading.trigger[0] <= self.span(c)[0] < reading.trigger[1]
                        and not self.mediation(c, triggers)]  # "a deal with the help of Z"
                 for role, words in self.obliques(token).items()}
        if not roles.get("target") and base(token.dep_) == "obj" and self.verbal(token.head):
            after = token.right_edge.i + 1  # "a condamné l'attaque de X | contre Y", "contre
            roles["target"] = [c for c in self.obliques(token.head).get("target", [])  # Y"
                               if c.left_edge.i == after]  # hung on the verb: the attack's
        owners = self.noun_owner(token)
        moving = entry.type in convention("own_forces_types")  # "withdrawal from X": X is
        left = roles.get("source", []) if moving else []  # the side left, not who leaves
        agents = roles.get("agent", []) + ([] if moving else roles.get("source", []))
        if moving and self.bound_possessive(token):
            left, agents = left + agents, []  # "il ritiro delle sue truppe dal Ciad": the
            # troops' owner leaves; "da"/"von" (from, by) names the place left
        theme_agents = [] if moving else [  # "dalla Bolivia": for a move, the place left
            w for t in roles.get("theme", []) + self.bare_nmods(token) for w in t.subtree
            if w.i != t.i
            and base(w.dep_) in ("nmod", "obl") and (self.marker(w) == "agent" or (
                "Ins" in self.feature(w, "Case") and w in self.bare_nmods(w.head)))]
        agents += theme_agents  # "the release of 12 fishermen | by Algeria" ("моряков |
        # Россией"), the agent hung on the theme: the act's doer, not one of those freed
        actors = self.mentions_of(owners + agents)
        freed: list[Any] = []
        if not actors:
            instrumental = [c for c in self.bare_nmods(token) if "Ins" in self.feature(c, "Case")]
            actors = self.head_mentions(instrumental[0]) if len(instrumental) == 1 else []
            freed = [w for w in instrumental[0].subtree if base(w.dep_) == "amod"
                     and "Gen" in self.feature(w, "Case")] if actors else []
            # "освобождение 20 грузинских пленных Россией": the instrumental does the act
            # (as "by"), and the genitives the model hung on it are whom it was done to
        hosted = entry.mode in convention("hosted_modes")  # "a visit to / in Y": Y hosts it
        pooled = entry.type in POOLED_TYPES and not hosted  # "a truce on strikes": a topic
        recipients = self.mentions_of(
            ([] if pooled else roles.get("target", []) + roles.get("recipient", []) + left)
            + roles.get("partner", []) + (roles.get("location", []) if hosted else []))
        if hosted:  # "la visite du président au Pérou", the place hung on the visitor
            recipients += self.mentions_of([c for w in roles.get("theme", []) + agents for c in
                                            self.children(w) if base(c.dep_) == "nmod"
                                            and self.marker(c) in ("recipient", "location")])
        theme = roles.get("theme", []) + freed
        inner = [c for word in theme for c in self.children(word)  # "its troops from X"
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
        doers = self.mentions_of(theme + [c for c in self.bare_nmods(token) if "Gen" in
                                          c.morph.get("Case")]) if not actors and roles.get(
            "target") and entry.type in convention("genitive_patient_types") else []
        if doers:  # "der Angriff Irans auf Israel": its target marked, the genitive is who
            actors, theme = doers, []  # acted, not a second target
        forces = [m for m in self.mentions_of(theme) if m.actor and m.actor.sector == "MIL"] \
            if not actors and entry.type in convention("genitive_patient_types") else []
        if forces:  # "toute incursion de l'armée burkinabè en territoire ivoirien": armed
            actors = forces  # forces in the genitive make the act, they are not its patient
            theme = [t for t in theme if not any(m in forces for m in self.mentions_of([t]))]
        if theme:
            if entry.type in convention("genitive_patient_types"):
                recipients += [m for m in self.mentions_of(theme) if m not in recipients
                               and m not in actors]
            elif not actors:
                aimed = [c for t in theme for c in self.core(t)[1:] if base(c.dep_) == "nmod"
                         and self.marker(c) in ("recipient", "target")]
                gone = {w.i for c in aimed for w in c.subtree}  # "un prêt de 500 millions |
                actors = self._mentions_in([w for t in theme for w in self.core(t)  # à
                                            if w.i not in gone]) if gone else \
                    self.mentions_of(theme)  # l'Ukraine" hung on the sum: Ukraine receives
                recipients += [m for m in self.mentions_of(aimed) if m not in recipients]
        partners = self.mentions_of(roles.get("partners", []) + [
            word for word in self.core(token)[1:]  # "an exchange of prisoners between X and Y"
            if base(word.dep_) == "nmod" and self.marker(word) == "partners"
            and word not in roles.get("partners", [])])
        slot = self.measured(token)  # "sent 200 tons of aid": the aid fills the verb's object
        if slot.i != token.i:  # "una ronda de conversaciones | entre Rusia y Ucrania"
            partners += [m for m in self.mentions_of(self.obliques(slot).get("partners", []))
                         if m not in partners]
        happened = slot.head  # "between X and Y took place an exchange": the verb that
        if not partners and base(slot.dep_) in ("nsubj", "obj") and happened.i != slot.i and \
                happened.i not in triggers and self.verbal(happened) and (  # tells it happened
                    entry.type in POOLED_TYPES or entry.mode == "exchange"):
            partners = self.mentions_of(self.obliques(happened).get("partners", []))
        if not actors and self.mediation(token, triggers):  # "при посредничестве ОАЭ": the
            actors = self.mentions_of(self.bare_nmods(token))  # genitive mediates
        if not actors and self.mediation(token, triggers):  # "через посередників із Катару":
            come_from = [w for w in roles.get("partner", [])  # "with" and a genitive is
                         if "Gen" in self.feature(w, "Case")]  # "from": the mediators' side
            actors = self.mentions_of(come_from)
            recipients = [m for m in recipients if m not in actors]
        if not actors and self.mediation(token, triggers):  # "through Omani mediation": a
            actors = self.mentions_of([c for c in self.children(token)  # name compounded on it
                                       if c.dep_ == "compound" and c.i < token.i])
        if not actors and self.mediation(token, triggers) and self.on_its_mediator(token):
            actors = self.actor_mentions_of_word(token.head)  # "con Noruega como facilitador"
        if not actors and self.mediation(token, triggers) and not self.verbal(token):
            actors = self.actor_mentions_of_word(token)  # "through Qatar": the name mediates
        if not actors and entry.type in POOLED_TYPES and not hosted:  # "переговоры России и
            actors = self.mentions_of([c for c in self.bare_nmods(token)  # Украины": the talks'
                                       if "Gen" in self.feature(c, "Case")])  # genitive parties
        if not actors and base(slot.dep_) in ("obj", "nsubj", "obl", "nmod") and \
                slot.head.i != slot.i:
            verb = slot.head
            if base(slot.dep_) == "nmod" and base(verb.dep_) == "obl" and not self.verbal(verb) \
                    and self.journey_for(verb.head, verb, entry, triggers):
                verb = verb.head  # "est arrivé au Caire | pour des entretiens" on the place
            journey = self.journey_for(verb, slot, entry, triggers)
            if self.lends_subject(verb, slot, triggers) or journey:
                # "X launched an attack", not "X violated the truce" or "X described the call"
                actors = self.mentions_of(self.subject(verb) or [  # "est arrivée au Caire":
                    c for c in self.children(verb)  # a verb of motion's subject, whatever
                    if journey and base(c.dep_) == "nsubj"])  # voice the model gave it
                if actors:  # "imposed sanctions on Y together with Z": Z imposed them too
                    actors += [m for m in self.mentions_of(
                        [n for c in self.children(verb) for n in self.joined_names(c)])
                        if m not in actors]
                if not recipients:  # "sent Ukraine $60 billion in aid", "began an offensive
                    marked = self.obliques(verb)  # on Y" with "on Y" hung on the verb
                    on_slot = self.obliques(slot)  # "200 tons of aid | to Sudan" hung on the noun
                    at_venue = self.at_venue(entry, actors)
                    recipients = self.mentions_of(
                        [c for c in self.children(verb) if c.dep_ in OBJECT and c.i != slot.i]
                        + marked.get("target", []) + [  # "resumed talks at Doha": where
                            c for c in marked.get("recipient", [])
                            if not (at_venue and self.venue(c))]
                        + marked.get("partner", [])  # "restored relations | with Y"
                        + (marked.get("location", []) if hosted else [])  # "arrived in Y
                        # for a visit": Y hosts it; "voiced support on Monday | for Y's
                        # stance": the stance's owner, its phrase hung on the verb
                        + ([w for t in marked.get("purpose", []) if t.i > slot.i
                            for w in self.stance_receivers(t)]  # type: ignore[attr-defined]
                           if entry.type in convention("stance_types") else [])
                        + [c for c in on_slot.get("recipient", [])
                           if not (at_venue and self.venue(c))])
            elif slot.dep_ == "nsubj" and verb.i not in triggers:
                recipients = recipients or self.mentions_of(
                    [c for c in self.children(verb) if c.dep_ in OBJECT])
        placer = self.placer(slot) if not actors and entry.type in convention(
            "placed_types") else None
        if placer is not None and placer.i not in triggers:  # "placed Y under house arrest"
            actors = self.mentions_of(self.subject(placer))
            placed = self.mentions_of(self.placed(placer, slot))
            if not actors and self.passive(placer) and \
                    entry.type in convention("own_forces_types"):
                actors, placed = placed, []  # "the army was put on high alert": its own side
            recipients = recipients or placed
        if not actors and base(slot.dep_) in ("obj", "obl") and slot.head.i != slot.i and \
                self.verbal(slot.head) and self.bound_possessive(
                    token, theme_owns=entry.type not in convention("genitive_patient_types")):
            # "X speeded up the withdrawal of its forces": "its" is the clause's subject
            actors = self.mentions_of(self.subject(slot.head))
        if partners:  # "held talks between X and Y": X, Y and whoever held them
            actors = actors + [m for m in partners if m not in actors]
        if entry.type == "CONSULT" and entry.mode != "third_party":  # "die von Katar
            brokers = self.mentions_of([a for c in self.children(token)  # vermittelten
                                        if c.i < token.i and self.go_between(c)  # Gespräche"
                                        for a in self.children(c) if a.dep_ == "obl:agent"
                                        or self.marker(a) == "agent"])
            actors = brokers + [m for m in actors if m not in brokers]  # the mediator first
        head = token.head
        if base(token.dep_) == "xcomp" and head.i != token.i and self.verbal(head):
            actors = [m for m in self.mentions_of(self.subject(head))  # "Qatar acted as
                      if m not in actors] + actors  # mediator between X and Y": Qatar too
        if not recipients and entry.type in convention("bidding_types") and base(
                token.dep_) == "obl" and head.i != token.i and self.verbal(head):
            # "at Chile's request, Peru released ...": Peru was asked
            recipients = self.mentions_of(self.subject(head))
        sufferers = self.mentions_of(self.objects(slot.head) if self.passive(slot.head) else
                                     self.subject(slot.head)) if self.undergone(slot) else []
        if sufferers:  # "Y's positions came under attack from X": Y receives it
            others = [m for m in recipients if m not in sufferers
                      and m.actor is not None and m.actor.country]
            kept = [m for m in actors if m not in sufferers]
            if kept:
                actors, recipients = kept, sufferers + others
            else:  # a genitive read as the patient is the doer ("sufrieron un ataque de
                actors, recipients = others, sufferers  # drones rusos", "подверглись
                # обстрелу российской артиллерии")
        reading.actors = actors
        reading.recipients = [m for m in recipients if m not in actors]

    def bare_nmods(self, token: Any) -> list[Any]:
        """A noun's modifiers with no role marker and no case word: its bare genitives
        ("при посредничестве ОАЭ", "der Angriff Irans")."""
        return [c for c in self.children(token) if base(c.dep_) == "nmod" and self.marker(c) is None
                and not any(base(g.dep_) == "case" for g in self.children(c))]

    def undergone(self, slot: Any) -> bool:
        """Whether an event noun is what its verb's subject undergoes (the language's
        ``undergoing``: "suffered an attack", "came under fire", "подверглись обстрелу")."""
        verb = slot.head
        if verb.i == slot.i or base(slot.dep_) not in ("obj", "obl") or not self.verbal(verb):
            return False
        if self.passive(verb) and (slot.dep_ == "obl:agent" or self.marker(slot) == "agent"):
            return True  # "positions were targeted by Azerbaijani fire": they were hit
        cases = {self.lemma(c) for c in self.children(slot) if base(c.dep_) == "case"}
        lemmas = set(self.keys(verb))
        return any(entry[0] in lemmas and (len(entry) == 1 or entry[1] in cases)
                   for entry in self.lex.undergoing)

    def on_its_mediator(self, token: Any) -> bool:
        """Whether a mediation noun is said of a name it hangs on, by a word that gives it
        no role ("Noruega como facilitador", "with Norway as mediator", "Norway, the
        mediator"): the name mediates."""
        head = token.head
        return base(token.dep_) in ("nmod", "appos") and head.i != token.i and \
            self.marker(token) is None and bool(self.actor_mentions_of_word(head))

    def placer(self, slot: Any) -> Any | None:
        """The verb of placing that puts its object in the state an event noun names ("placed
        X under house arrest", "put the army on alert", "took X into custody"), the noun hung
        on the verb or, marked by a preposition, on its object; None for other nouns and for
        "put an end to the fighting" (a halting object)."""
        verb = slot.head
        if base(slot.dep_) == "nmod" and verb.dep_ in OBJECT and self.marker(slot) != "theme" \
                and any(base(c.dep_) == "case" for c in self.children(slot)):
            verb = verb.head  # "поместили посла | под арест" hung on the envoy
        elif base(slot.dep_) != "obl":
            return None
        if verb.i == slot.i or not self.verbal(verb) or not self.known(verb, self.lex.placing):
            return None
        objects = self.placed(verb, slot)
        if not objects or any(self.known(c, self.lex.halting) for c in objects):
            return None
        return verb

    def placed(self, verb: Any, slot: Any) -> list[Any]:
        """What a verb of placing puts somewhere: its object, or where the model hung it as
        an argument oblique or a marked receiver ("puso al embajador", "nahm den Konsul")."""
        return [c for c in self.children(verb) if c.i != slot.i and (
            c.dep_ in OBJECT or c.dep_ == "obl:arg" or (
                c.dep_ in PASSIVE_SUBJECT and self.passive(verb)))] + \
            self.obliques(verb).get("recipient", [])  # ("the army was put on alert")

    def measured(self, token: Any) -> Any:
        """The measure an event noun is counted in ("200 tons of aid", "200 тонн помощи"),
        which stands in the clause for it; else the noun itself. Spans of time are measures
        too where the language lists them ("launched 10 days of exercises")."""
        head = token.head
        if head.i == token.i or base(token.dep_) != "nmod" or self.marker(token) not in (
                "theme", None):
            return token
        return head if self.known(head, self.lex.measures) else token

    def split_reciprocal(self, token: Any) -> bool:
        """ "A and B each accused the other", "chacun a accusé l'autre": the first word of a
        pair (predicates ``reciprocal_pairs``) hung on the verb or its subject, the second the
        verb's object: each side did it to the other."""
        for each, other in self.lex.reciprocal_pairs:
            subjects = [c for c in self.children(token) if base(c.dep_) == "nsubj"]
            distributed = any(self.lemma(w) == each for s in [token, *subjects]
                              for w in self.children(s) if w.i < token.i)
            if distributed and any(c.dep_ in OBJECT and self.lemma(c) == other
                                   for c in self.children(token)):
                return True
        return False

    def reciprocal(self, token: Any) -> bool:
        if self.split_reciprocal(token):
            return True
        if not self.lex.reciprocal:
            return False
        words = tuple(self.lemma(t) for t in token.subtree)
        present = set(words)
        for phrase in self.lex.reciprocal:
            if not present.issuperset(phrase):
                continue  # a word of the phrase is missing: no window can match (most)
            n = len(phrase)
            if any(words[i : i + n] == phrase for i in range(len(words) - n + 1)):
                return True
        children = self.children(token)
        if any(c.pos_ == "ADJ" and base(c.dep_) in ("xcomp", "compound", "obj")
               for c in children):
            return False  # "erklärten sich solidarisch": the subjects say what they are
        return any("Rcp" in self.feature(c, "PronType") or (  # (features read per tree)
            "Yes" in self.feature(c, "Reflex") and "Plur" in self.feature(token, "Number")
            and c.dep_ in ("expl:pv", "obj", "iobj", "expl")) for c in children)
