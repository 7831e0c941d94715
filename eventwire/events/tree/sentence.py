"""The reading loop: every trigger of a sentence becomes a reading with its sides, claim and
modality, then readings fold into one another. The parts it calls live beside it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.tree.acts import Acts
from eventwire.events.tree.claims import Claims
from eventwire.events.tree.common import OBJECT, PASSIVE_SUBJECT, SUBJECT, Reading, base
from eventwire.events.tree.folding import Folding
from eventwire.events.tree.mentions import Mentions
from eventwire.events.tree.modality import Modality
from eventwire.events.tree.questions import Questions
from eventwire.events.tree.roles import Roles
from eventwire.events.tree.sides import Sides
from eventwire.events.tree.triggers import Triggers
from eventwire.model import POOLED_TYPES


def others(mentions: list[Any], sides: list[Any]) -> list[Any]:
    """The mentions whose country is none of ``sides``' ("colombianos" hung on "acusó" is no
    side Colombia accuses)."""
    own = {m.actor.country for m in sides if m.actor and m.actor.country}
    return [m for m in mentions if not (m.actor and m.actor.country in own)]


ANTECEDENT_REACH = 300  # characters before a sentence where a pronoun's antecedent is sought


class SentenceTree(Triggers, Claims, Sides, Acts, Folding, Modality, Questions, Roles,
                   Mentions):
    """The parse of one sentence with its mentions, for reading events."""

    def read(self) -> list[Reading]:
        found = self.triggers()
        triggers = {token.i: entry for token, entry, _ in found}
        self.triggers_now = triggers
        for verb, _claim in self.dismissals():  # "called reports that ... a lie": the verb
            triggers.pop(verb.i, None)  # names a claim false, it asks for nothing (its reading
            # is the denial, below), so what the claim says is no demand's content
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
            if verb.i in by_token or verb.i in demanded or self.blocked(verb, triggers) in (
                    "request", "threat", "commitment"):
                continue  # "asked NATO to station troops": demanded, not done; "offered to
                # hand back prisoners": the offer is the event (its own reading, below)
            if entry.type is None:  # weapons fired at no one: no attack, not the verb's own
                crowd.add(goods.i)  # (but a phrase the verb heads tells its own act:
                own = triggers.get(verb.i)  # "test-fired a missile" is a weapons test)
                if own is None or own.lemma == self.lemma(verb):
                    crowd.add(verb.i)
                continue
            by_token[verb.i] = self.delivery(verb, goods, entry)
            self.pronoun_deliverer(verb, by_token[verb.i], triggers)
            if self.verbal(verb):  # ("announced the dispatch of troops": a noun of sending
                claim = self.claimant(verb, triggers)  # is told as other event nouns are)
                scoped = self.in_claim_scope(verb, triggers) if claim is None else None
                self.take_claim(verb, by_token[verb.i], claim or scoped, scoped is not None)
            crowd.add(goods.i)  # "handed over weapons": one delivery, not the weapons' own
        for verb, claim in self.dismissals():
            if verb.i in by_token or verb.i in demanded:
                continue
            by_token[verb.i] = self.dismissal(verb, claim)  # "called the accusations
            self.subject_pronouns(verb, by_token[verb.i])  # absurd": a denial, the
            crowd.add(claim.i)  # accusation its topic, not an event of its own
            said_by = self.claimant(verb, triggers)
            scoped = self.in_claim_scope(verb, triggers) if said_by is None else None
            self.take_claim(verb, by_token[verb.i], said_by or scoped, scoped is not None)
        replaced: set[int] = set()
        for token, entry, span in found:
            if token.i in demanded or token.i in by_token or token.i in crowd:
                continue
            cut_by = self.cutter(token, entry)
            lifted_by = self.lifter(token, entry)
            if lifted_by is not None and getattr(triggers.get(lifted_by.i), "type", None) == \
                    "CONCEDE":
                continue  # "the lifting of restrictions on Y": the lifting tells it already
            stopped_by = self.suppressor(token, entry)
            if cut_by is None and lifted_by is None and stopped_by is None and self.blocked(
                    token, triggers):
                continue
            acting = cut_by if cut_by is not None else lifted_by if lifted_by is not None \
                else stopped_by  # "urged Y to lift the sanctions": the lifting is asked for
            if acting is not None and self.blocked(acting, triggers) in ("request", "threat"):
                continue
            claim = self.claimant(token, triggers)
            scoped = self.in_claim_scope(token, triggers) if claim is None else None
            if scoped is not None:
                claim = scoped
            if entry.type is None:
                continue
            if entry.type == "MOBILIZE" and self.verbal(token) and self.at_care_place(token):
                continue  # "moved the wounded soldiers to a hospital": no deployment
            if entry.needs and entry.needs not in self.obliques(token):
                continue
            if entry.mode == "exchange" and self.words_exchanged(token):
                continue  # "exchanged accusations", "обменялись ударами": nobody is handed over
            if entry.kind == "request" and entry.markers and not self.demands(token, entry):
                continue  # "called the deal a step", "a appelé Macron": no demand is made
            if entry.kind == "request" and entry.infinitive and self.bid_infinitive(
                    token) is None:
                continue  # "told reporters that ...": speech, nothing is asked
            if entry.kind == "request" and self.asks_nobody(token):
                continue  # "called on residents to be patient": no side is asked
            if entry.kind == "request" and self.verbal(token) and any(
                    self.negation(c) for c in self.children(token)) and self.first_person(
                    token) and not self.mentions_of(self.addressees(token)) and not any(
                    base(c.dep_) in ("ccomp", "xcomp") or w.i in triggers
                    for c in self.children(token) for w in c.subtree):
                continue  # "no lo pedí" (I did not ask for it): "I" ask nobody for anything
                # ("we have proposed a ceasefire" asks for an act: kept; "Exigimos ..." with
                # no object read, asserted: kept)
            if entry.kind == "commitment" and not (self.demands(token, entry) or any(
                    c.dep_ in OBJECT for c in self.children(token))
                    or self.marked_infinitive_after(token)):
                continue  # "exports declined": nothing is offered or refused
            noun = not self.verbal(token)
            if noun and entry.type != "PROTEST" and self.crowd_stoppage(token):
                entry = replace(entry, type="PROTEST", mode="strike")  # "drivers staged a strike"
            if entry.kind == "commitment" and entry.type == "AGREE" and self.offered_harm(
                    token, triggers):  # "ready to strike Y": a threat to Y, no offer
                entry = replace(entry, type="THREATEN", kind="threat", mode=None)
            offered = self.offered_act(token, triggers) if entry.kind == "commitment" and \
                entry.type == "AGREE" else None
            if offered is not None:  # "offered its support to Y": support given to Y
                entry = offered
            offered_mediation = entry.kind == "commitment" and entry.type == "AGREE" and \
                self.offered_mediation(token, triggers)
            if offered_mediation:  # "offered to mediate between Y and Z": the mediation,
                entry = replace(entry, type="CONSULT", mode="third_party")  # planned
            reading = Reading(entry, span, noun)
            if noun:
                self.noun_sides(token, entry, reading, triggers)
                self.words_traded(token, reading, triggers)
                verb = token.head  # "its forces completed their withdrawal": whoever
                if not reading.actors and base(token.dep_) == "obj" and verb.i != token.i \
                        and self.verbal(verb) and self.known(verb, self.lex.completes):
                    self.subject_pronouns(verb, reading)  # completes an act did it
            else:
                self.verb_sides(token, entry, reading, triggers)
                if not reading.actors and entry.type == "PROTEST" and self.crowd_subject(token):
                    reading.actors = self.crowd_country(token)  # "teachers marched in France"
                    reading.recipients = others(reading.recipients, reading.actors)
                if not reading.actors and entry.type in POOLED_TYPES and self.passive(token):
                    reading.actors = self.parties_of_occasion(token, triggers)
                self.posting(token, reading)  # "recalled its ambassador in Georgetown"
                if not reading.actors and self.go_between(token):  # "a UAE-brokered swap":
                    reading.actors = self.actor_mentions_of_word(token)  # the UAE mediated
                if entry.kind == "claim":  # "acusó a Ecuador de expulsar | a diplomáticos
                    reading.recipients = others(reading.recipients, reading.actors)  # ...
                self.subject_pronouns(token, reading)
                reading.nameless_subject = self.nameless(token)
                reading.noun_doer = reading.nameless_subject and self.doer_subject(token)
                # "gunmen tried to kill Y": a doer of no side inherited through control
                reading.unnamed_subject = self.unnamed(token) or self.agentless(token, entry) \
                    or (reading.noun_doer and base(token.dep_) == "xcomp"
                        and self.unnamed_agents(self.subject(token)))
            if not reading.recipients and entry.kind == "request":
                # "demanded that Y cancel its plans": Y is asked
                reading.recipients = [m for m in self.mentions_of(
                    [s for c in self.children(token) if base(c.dep_) == "ccomp"
                     for s in self.subject(c)]) if m not in reading.actors]
            if not reading.recipients and (entry.type not in POOLED_TYPES
                                           or entry.kind == "commitment"):
                reading.recipients = self.nearby(token, entry, reading.actors)
            if not reading.recipients and entry.kind == "request" and not noun:
                reading.recipients = self.summoned_asked(token, triggers, reading.actors)
            if not reading.recipients and not noun and claim is not None and claim[0] \
                    and entry.type in convention("struck_place_types") \
                    and self.owned_by_pronoun(token):
                # "X said Y's forces fired on its positions": the side that speaks owns them
                reading.recipients = others(claim[0], reading.actors)
            if entry.mode in convention("mutual_modes") and len(
                    {m.actor.country for m in reading.actors if m.actor and m.actor.country}) > 1:
                reading.recipients = []  # "X and Y swapped prisoners at the Belarusian
                # border": both sides give and receive; a place named is where, not a third side
            if not reading.recipients and (entry.kind == "threat" or entry.type == "THREATEN") \
                    and base(token.dep_) == "conj" \
                    and token.head.i != token.i and self.verbal(token.head) \
                    and not self.own_subject(token):
                # "urged Minsk to stop ... and threatened sanctions": the one urged
                reading.recipients = [m for m in self.mentions_of(self.addressees(token.head))
                                      if m not in reading.actors]
            reading.modality = self.modality(token)
            if offered_mediation and reading.modality == "asserted":
                reading.modality = "future"
            self.take_claim(token, reading, claim, scoped is not None)
            if not reading.actors and not reading.claimed_by and not noun:
                reading.actors = self.antecedent(token, entry)  # "He urged Moscow to ..."
            reading.reciprocal = self.reciprocal(token)
            if cut_by is not None:
                self.as_sanction(reading, cut_by)
                if self.leaving(cut_by):
                    replaced.add(cut_by.i)
            if lifted_by is not None:
                self.as_concession(reading, lifted_by)
                replaced.add(lifted_by.i)
            if stopped_by is not None and lifted_by is None:
                self.as_repression(reading, stopped_by)
                replaced.add(stopped_by.i)
            by_token[token.i] = reading
        for word in replaced:  # "lifted the curfew", "pulled out of the talks": one event,
            by_token.pop(word, None)  # told by the act it governs
        for token, _entry, _ in found:
            self.denied_through_noun(token, by_token, triggers)
        for token, _entry, _ in found:
            self.fold(token, by_token, triggers)
        for token, _entry, _ in found:
            self.mediated_talks(token, by_token, triggers)
        for token, _entry, _ in found:
            self.mediator_in_talks(token, by_token, triggers)
        for token, _entry, _ in found:
            self.held_by_relative(token, by_token)
        for token, _entry, _ in found:
            self.described_habit(token, by_token)
            self.described_standing(token, by_token)
        for token, _entry, _ in found:
            self.protest_aim(token, by_token)
        for token, entry, _ in found:
            self.commit(token, entry, by_token)
        for token, _entry, _ in found:
            self.conditional_threat(token, by_token)
        for token, _entry, _ in found:
            self.conditional_warning(token, by_token)
        for token, _entry, _ in found:
            self.left_open(token, by_token, triggers)
        self.asked_questions(by_token)  # "asked whether X would close the border": no event
        readings = [r for _, r in sorted(by_token.items())]
        for reading in readings:
            self.places_no_sides(reading)
            spans = [reading.trigger] + [(m.start, m.end)  # not sides named sentences before
                                         for m in reading.actors + reading.recipients
                                         if m.start >= self.offset]
            reading.evidence = (min(s for s, _ in spans), max(e for _, e in spans))
        return readings

    def places_no_sides(self, reading: Reading) -> None:
        """ "A and B handed over 20 prisoners each in a swap on the Georgian border", "signed
        a deal at a Georgian border crossing": a name or demonym that only modifies a noun
        of a place (grammar ``place_nouns``) tells where an exchange, a release or a pooled
        act (a meeting, a deal) happened, never a side of it. Attacks keep it ("shelled a
        Georgian border town": the town's country is hit)."""
        if not self.grammar.place_nouns:
            return
        if not (reading.predicate.type in POOLED_TYPES
                or reading.predicate.mode in ("exchange", "release")):
            if reading.predicate.type in convention("located_types"):
                reading.recipients = [m for m in reading.recipients
                                      if not self.place_beside_object(m)]
            return
        reading.recipients = [m for m in reading.recipients if not self.modifies_place(m)]
        kept = [m for m in reading.actors if not self.modifies_place(m)]
        if kept:
            reading.actors = kept

    def place_beside_object(self, mention: Any) -> bool:
        """ "A Polish truck was held at the Belarusian border": a name or demonym that only
        modifies a place noun hung on the verb as an oblique, beside the thing the verb acts
        on (its object or passive subject), tells where the act happened, not whom it hit
        (conventions `located_types`; "shelled a Georgian border town" keeps its side)."""
        if not self.modifies_place(mention):
            return False
        word = next(t for t in self.tokens if self.span(t)[0] <= mention.start < self.span(t)[1])
        place = word.head
        while base(place.dep_) == "compound" and place.head.i != place.i:
            place = place.head
        while base(place.dep_) == "nmod" and self.known(place.head, self.grammar.place_nouns):
            place = place.head  # "au large des côtes sierra-léonaises": off the coast
        verb = place.head
        if base(place.dep_) not in ("obl", "obl:arg") or (self.marker(place) == "recipient"
                                                          and not self.known(
                                                              place, self.grammar.place_nouns)):
            return False  # "handed them over to the Polish border guards": who receives (a
            # place after the same case word is where: "au large de", "à la frontière")
        return verb.i != place.i and self.verbal(verb) and any(
            c.dep_ in OBJECT or c.dep_ in PASSIVE_SUBJECT or base(c.dep_) == "nsubj"
            and self.passive(verb) for c in self.children(verb) if c.i != place.i)

    def modifies_place(self, mention: Any) -> bool:
        """Whether a mention of this sentence only modifies a place noun ("the Georgian
        border", "a Turkish border town")."""
        word = next((t for t in self.tokens
                     if self.span(t)[0] <= mention.start < self.span(t)[1]), None)
        if word is None or word.head.i == word.i or base(word.dep_) not in (
                "amod", "nmod", "compound", "flat") or self.marker(word) in (
                    "partner", "partners"):
            return False  # "the border with Azerbaijan": the other side of it, a side
        head = word.head
        while base(head.dep_) == "compound" and head.head.i != head.i:  # "border | town"
            if self.known(head, self.grammar.place_nouns):
                return True
            head = head.head
        return self.known(head, self.grammar.place_nouns)

    def take_claim(self, token: Any, reading: Reading,
                   claim: tuple[list[Any], bool, list[Any]] | None, scoped: bool) -> None:
        """A claimed act: claimed by whoever says, accuses or denies it; denied, negated;
        with no doer of its own (or in an accusation's scope), done by the accused; a denied
        infinitive with no subject ("ha respinto le accuse di aver inviato truppe"), by the
        denier."""
        if claim is None:
            return
        reading.claimed_by, denied, accused = claim
        if accused and not reading.claimed_by and reading.modality == "asserted":
            reading.modality = "uncertain"  # an accusation the tree names no accuser of
        accused = others(accused, reading.claimed_by)  # the accuser never accuses itself
        if denied and reading.modality in ("asserted", "hypothetical", "uncertain"):
            reading.modality = "negated"  # "selon lesquelles ses avions auraient bombardé"
        if (not reading.actors or scoped) and not self.done_by_unnamed_doer(token) and \
                not self.target_of_act(token):
            reading.actors = accused  # "accused Y of the shelling"
        if denied and not reading.actors and self.verbal(token) and not self.own_subject(
                token) and "Fin" not in self.feature(token, "VerbForm"):
            reading.actors = reading.claimed_by
        if not reading.recipients and reading.claimed_by and self.owned_by_claimant(token):
            reading.recipients = [m for m in reading.claimed_by if m not in reading.actors]
        lone = all(m.actor and m.actor.type == "person" for m in reading.claimed_by)
        if not reading.actors and reading.pronoun_subject and not (
                reading.plural_pronoun and lone):  # "they fought", a person said
            reading.actors = reading.claimed_by  # "Tehran said it would retaliate"

    def target_of_act(self, token: Any) -> bool:
        """ "accused Y's soldiers of firing on protesters": an event noun that is the object
        or oblique of an attack or a coercion told in the same claim is what the act is done
        to (the protesters were fired on), never the accused's own act."""
        head = token.head
        if head.i == token.i or self.verbal(token) or not self.verbal(head) or \
                base(token.dep_) not in ("obj", "obl"):
            return False
        entry = self.triggers_now.get(head.i)
        return entry is not None and entry.kind == "event" and entry.type in ("ASSAULT", "COERCE")

    def owned_by_claimant(self, token: Any) -> bool:
        """ "X said fighters attacked two of its posts": what a claimed act was done to is
        owned by a singular third person ("its", "his") while the act's doers are plural, so
        the owner is not the doer but whoever makes the claim. Read from the possessive's
        own features (Poss, Person, a possessor's Number and Gender), so only where the
        morphology tells them."""
        subjects = self.subject(token)
        if not subjects or "Plur" not in self.feature(subjects[0], "Number"):
            return False
        for child in self.children(token):
            if base(child.dep_) not in OBJECT and base(child.dep_) != "obl":
                continue  # "attacked its posts", "fired on its positions"
            for word in child.subtree:
                if word.pos_ == "PRON" and "Yes" in self.feature(word, "Poss") \
                        and tuple(self.feature(word, "Number")) == ("Sing",) \
                        and tuple(self.feature(word, "Person")) == ("3",) \
                        and self.feature(word, "Gender") and "Reflex" not in self.feature(
                            word, "PronType") and word.i - child.left_edge.i <= 3:
                    return True
        return False

    def relative_clause(self, token: Any) -> bool:
        """Whether a verb heads a relative clause on the noun it hangs on ("the gunmen who
        attacked", "les hommes qui ont attaqué", "die Bewaffneten, die angegriffen hatten")."""
        return token.dep_ == "acl:relcl" or (base(token.dep_) == "acl" and any(
            c.dep_ in SUBJECT and "Rel" in self.feature(c, "PronType")
            for c in self.children(token)))

    def done_by_unnamed_doer(self, token: Any) -> bool:
        """ "accused Y of arming the rebels behind the attack", "... les rebelles
        responsables de l'attaque": an act hung on a noun of a doer with no side (data
        ``unnamed_agents``) is that doer's, not the accused's. So is an act told in a relative
        clause on a noun that names no side ("accused Y of sheltering gunmen who attacked
        ...": the gunmen attacked)."""
        clause = token  # "militants who carried out bombings": the noun's verb
        while not self.verbal(clause) and clause.head.i != clause.i and base(clause.dep_) in (
                "nmod", "obj", "compound"):
            clause = clause.head
        if self.verbal(clause) and self.relative_clause(clause) and self.nameless(clause):
            return True
        word = token
        while word.head.i != word.i and base(word.dep_) in ("nmod", "obl", "amod", "acl"):
            word = word.head
            if word.pos_ in ("NOUN", "PROPN"):
                accused = getattr(self.triggers_now.get(word.head.i), "kind", None) == "claim"
                return not accused and any(k in self.lex.unnamed_agents  # ("blamed militants
                                           for k in self.keys(word))  # for the raid": the
        return False  # accused themselves, misparsed)

    def antecedent(self, verb: Any, entry: Any) -> list[Any]:
        """Light coreference for a verb whose subject is a third-person singular personal
        pronoun and whose sentence names no one who says it ("Zelensky thanked Turkey. He
        urged Moscow to ..."): "he"/"she" is the person named in the text just before, "it"
        the country or organisation, when all those named there are of one side; only for
        the types an actor may be named for across sentences (convention
        ``antecedent_types``: no act of force)."""
        if entry.type not in convention("antecedent_types"):
            return []
        pronoun = next((t for t in self.subject(verb) if t.pos_ == "PRON"), None)
        if pronoun is None or pronoun.morph.get("PronType") not in ([], ["Prs"]) or \
                pronoun.morph.get("Number") != ["Sing"] or \
                pronoun.morph.get("Person") not in ([], ["3"]) or pronoun.i > verb.i:
            return []
        person = pronoun.morph.get("Gender") != ["Neut"]
        found = [m for m in self.mentions.within(max(0, self.offset - ANTECEDENT_REACH),
                                                 self.offset)
                 if m.actor is not None and m.actor.country
                 and (m.actor.type == "person") == person]
        if len({m.actor.country for m in found if m.actor is not None}) != 1:
            return []  # none, or two candidates of different sides: no guess
        return found[-1:]

    def words_exchanged(self, token: Any) -> bool:
        """Whether what an exchange verb or noun exchanges is words, blows or fire (data
        ``not_exchanged``): its object, or a theme with no other role ("an exchange of
        accusations", the Russian instrumental "обменялись обвинениями")."""
        for child in self.children(token):
            kind = base(child.dep_)
            if kind in ("obj", "iobj", "xcomp") or (
                    kind in ("obl", "nmod") and child.dep_ != "nmod:poss"
                    and self.marker(child) in (None, "theme")):  # xcomp: it "accuse" as ADJ
                if self.known(child, self.lex.not_exchanged):
                    return True
        return False

    def words_traded(self, token: Any, reading: Reading, triggers: dict[int, Any]) -> None:
        """ "X and Y traded accusations", "X exchanged accusations with Y", "обменялись
        обвинениями": the words exchanged (an event noun of ``not_exchanged``, the object or
        theme of an exchange verb or of a verb of ``word_trades``) are each side's to the
        other: the verb's subjects and the partner it names ("with Y"), both ways."""
        verb = token.head
        exchange = triggers.get(verb.i)
        if verb.i == token.i or not self.verbal(verb) or not (
                (exchange is not None and exchange.mode == "exchange")
                or self.known(verb, self.lex.word_trades)) or not self.words_exchanged(verb) \
                or not self.known(token, self.lex.not_exchanged):
            return
        doers = self.mentions_of(self.subject(verb))
        partners = self.mentions_of(self.obliques(verb).get("partner", [])
                                    + self.obliques(token).get("partner", []))
        if not doers or (not partners and len({m.actor.country for m in doers
                                                if m.actor is not None}) < 2):
            return
        reading.actors, reading.recipients = doers, others(partners, doers)
        reading.exchanged = True
        reading.modality = self.modality(verb)

    def pronoun_deliverer(self, verb: Any, reading: Reading,
                          triggers: dict[int, Any]) -> None:
        """ "Sweden said it will send food to Sudan": a delivery whose subject is a pronoun
        inside what a side says is the speaker's, as other acts are."""
        if reading.actors:
            return
        self.subject_pronouns(verb, reading)
        claim = self.claimant(verb, triggers) if reading.pronoun_subject else None
        if claim is not None and claim[0]:
            reading.claimed_by = reading.actors = claim[0]

    def parties_of_occasion(self, verb: Any, triggers: dict[int, Any]) -> list[Any]:
        """"The truce was agreed during talks between X and Y": an agentless passive of a
        joint act takes the sides of the meeting it was reached at, not whoever reports it."""
        occasions = [c for c in self.children(verb) if base(c.dep_) == "obl"
                     and getattr(triggers.get(c.i), "type", None) in POOLED_TYPES]
        return [m for c in occasions[:1] for m in self.mentions_of(
            [w for w in self.children(c) if base(w.dep_) == "nmod"
             and self.marker(w) in ("partner", "partners")])]

    def owned_by_pronoun(self, verb: Any) -> bool:
        """Whether what a verb strikes is named only as a pronoun's ("fired on its
        positions", "a bombardé ses positions", "обстреляли его позиции")."""
        marked = self.obliques(verb)
        struck = [c for c in self.children(verb) if c.dep_ in OBJECT] + [
            t for role in ("target", "recipient") for t in marked.get(role, [])]
        own = self.lex.reflexive_owners
        return any(self.possessive_pronouns(t) and not self.mentions_of([t]) and not any(
            self.lemma(w) in own or w.text.lower() in own for w in self.children(t))
            for t in struck)

    def summoned_asked(self, verb: Any, triggers: dict[int, Any], actors: list[Any]
                       ) -> list[Any]:
        """ "summoned the Russian ambassador and demanded an explanation", "викликала посла
        Росії і вимагає пояснень": a demand that names no one, conjoined to a complaint
        (ACCUSE: a summons, an accusation) of the same subject, is made of the side that
        complaint names in its object (a person or a side, not an act done to it)."""
        head = verb.head
        if base(verb.dep_) != "conj" or head.i == verb.i or not self.verbal(head) \
                or getattr(triggers.get(head.i), "type", None) != "ACCUSE" \
                or any(c.dep_ in SUBJECT for c in self.children(verb)):
            return []
        objects = [c for c in self.children(head) if base(c.dep_) == "obj"
                   and c.i not in triggers]  # "condemned the attack on Y": Y is struck
        own = {m.actor.country for m in actors if m.actor and m.actor.country}
        return [m for m in self._mentions_in([w for o in objects for w in self.core(o)])
                if m.actor is not None and m.actor.country and m.actor.country not in own]

    def first_person_unsaid(self, verb: Any) -> bool:
        """ "Chiediamo a Mosca di ...", "Exigimos ...": a finite verb in the first person with
        no subject written (the languages that drop it) is the speaker's own act, as "we
        demand" is; the statement it stands in gives the speaker."""
        return not self.subject(verb) and "1" in self.feature(verb, "Person") \
            and "Fin" in self.feature(verb, "VerbForm")

    def first_person(self, verb: Any) -> bool:
        """Whether a verb is said in the first person: "I", "we", or no subject written."""
        subject = self.subject(verb)
        if not subject:
            return self.first_person_unsaid(verb)
        return all(w.pos_ == "PRON" and "1" in self.feature(w, "Person") for w in subject)

    def subject_pronouns(self, verb: Any, reading: Reading) -> None:
        """Whether a verb's subject is a pronoun ("it", "they") or owned by one ("its ships",
        "ses navires"), for a claimant to stand in for it."""
        pronouns = [t for t in self.subject(verb) if self.standing_pronoun(t)]
        pronouns += [p for t in self.subject(verb) if not self.mentions_of([t])
                     for p in self.possessive_pronouns(t)]
        reading.pronoun_subject = bool(pronouns) or self.first_person_unsaid(verb)
        reading.first_person = self.verbal(verb) and self.first_person(verb)
        reading.plural_pronoun = any(
            "Plur" in self.feature(t, "Number") and "3" in self.feature(t, "Person")
            for t in pronouns)
