"""How readings of one sentence merge: a noun event governed by a verb event joins it or
becomes its topic, a deal approved is agreed, a deal broken is no agreement, an agreement to
act is the act planned."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.predicates import Predicate
from eventwire.events.tree.common import MAX_CLIMB, OBJECT, SUBJECT, Reading, base
from eventwire.events.tree.words import TreeWords
from eventwire.model import POOLED_TYPES

# Types of a stance that judges an act: the act condemned or praised, done by a side its
# phrase names to a side it names, is told as done ("condemned the Russian strikes on Kyiv":
# Russia's strikes; "welcomed the release of 32 Armenian prisoners by Azerbaijan")
JUDGING = frozenset({"ACCUSE", "SUPPORT"})


class Folding(TreeWords):
    """Merging the readings of nouns and verbs that tell one event."""

    def commit(self, token: Any, entry: Predicate, by_token: dict[int, Reading]) -> None:
        """ "X agreed to withdraw": the withdrawal, planned by X, is the event; the agreement
        adds nothing of its own (an exchange planned is an agreement: see the coder)."""
        reading = by_token.get(token.i)
        if reading is None or entry.type != "AGREE" or reading.noun:
            return
        agreed = [c for c in self.children(token) if base(c.dep_) == "xcomp" or (
            base(c.dep_) == "advcl" and c.i > token.i and self.verbal(c)
            and not c.morph.get("VerbForm") and not c.morph.get("Mood")
            and not self.own_subject(c)
            and not any(base(m.dep_) == "mark" for m in self.children(c)))]  # "stimmte zu,
        # ... abzuziehen": an infinitive clause after the verb (the German model gives
        # "abzuziehen" no features at all), read as adverbial
        agreed += [g for c in agreed for g in self.children(c)  # "agreed to withdraw and to
                   if base(g.dep_) == "conj" and self.verbal(g)  # release": both agreed
                   and "Fin" not in self.feature(g, "VerbForm") and not self.own_subject(g)]
        acts = [by_token.get(c.i) for c in agreed]
        acts = [a for a in acts if a is not None and not a.noun]
        if not acts:
            return
        for act in acts:
            if act.modality == "asserted":
                act.modality = reading.modality if reading.modality != "asserted" else "future"
            if not act.actors:
                act.actors = reading.actors
        del by_token[token.i]

    def offered_harm(self, token: Any, triggers: dict[int, Predicate]) -> bool:
        """Whether what a commitment offers is harm to another side ("ready to strike Y",
        "promised to strike back against Y", "pronto a colpire Y", "поклялся атаковать Y"):
        an act of `threatening_commitment_types` that is the commitment's own clause, not
        negated ("promised not to attack Y" is an offer) nor halted ("ready to stop its
        attacks"); an act inside a clause of that clause ("promised to help Y repel attacks")
        is not what is offered."""
        hostile = convention("threatening_commitment_types")
        for i, entry in triggers.items():
            act = token.doc[i]
            if i == token.i or entry.type not in hostile or not self.verbal(act) or base(
                    act.dep_) not in ("xcomp", "ccomp", "advcl") or act.head.i != token.i:
                continue
            if not any(self.negation(c) for c in self.children(act)):
                return True
        return False

    def offered_act(self, token: Any, triggers: dict[int, Predicate]) -> Predicate | None:
        """What a commitment gives in the offering: a noun object of `offered_act_types`
        ("offered its support to Y", "ha offerto il proprio sostegno", "предложила свою
        поддержку"): offering support is supporting, to whom the verb addresses."""
        given = convention("offered_act_types")
        for child in self.children(token):
            entry = triggers.get(child.i)
            if child.dep_ in OBJECT and entry is not None and entry.type in given and \
                    not self.verbal(child):
                return entry
        return None

    def left_open(self, token: Any, by_token: dict[int, Reading],
                  triggers: dict[int, Predicate]) -> None:
        """ "did not rule out new sanctions against Y", "n'exclut pas de frappes contre Y",
        "не исключают новых санкций против Y": a rejection negated whose object is an act of
        harm (`open_threat_types`) keeps that act open against Y: a threat to Y (THREATEN),
        not a rejection denied. A denial negated ("did not deny") is no threat."""
        reading = by_token.get(token.i)
        if reading is None or reading.predicate.type != "REJECT" or \
                reading.modality != "negated" or self.known(token, self.lex.denial):
            return
        harm = convention("open_threat_types")
        for act in self.children(token):
            entry = triggers.get(act.i)
            if entry is None or entry.type not in harm or base(act.dep_) not in (
                    "obj", "xcomp", "ccomp", "obl", "iobj"):
                continue
            roles = self.obliques(act)
            aimed = self.mentions_of(roles.get("target", []) + roles.get("recipient", []))
            aimed = [m for m in aimed if m.actor is not None and m.actor.country]
            done = by_token.pop(act.i, None)
            if done is not None and not aimed:  # "strikes on Kurdish positions in Iraq": the
                aimed = done.recipients  # act's own reading of where it strikes
            by_token[token.i] = replace(
                reading, predicate=replace(reading.predicate, type="THREATEN", kind="threat",
                                           mode=None),
                recipients=[m for m in aimed if m not in reading.actors], modality="asserted")
            return

    def offered_mediation(self, token: Any, triggers: dict[int, Predicate]) -> bool:
        """Whether what an offer offers is a mediation ("offered to mediate between Y and Z",
        "se ofreció a mediar", "a proposé de servir de médiateur", "offered its mediation"):
        a word of mediation (mode `third_party`) as the offer's complement or object, or the
        object of that complement. The development gold codes a mediation offered as the
        mediation (CONSULT), planned, not as an agreement."""
        slots = [c for c in self.children(token) if base(c.dep_) in ("xcomp", "ccomp", "obj")]
        slots += [g for c in slots if self.verbal(c) for g in self.children(c)
                  if base(g.dep_) in ("obj", "obl", "xcomp")]
        return any(getattr(triggers.get(c.i), "mode", None) == "third_party" for c in slots)

    def protest_aim(self, token: Any, by_token: dict[int, Reading]) -> None:
        """ "Students rallied to demand the minister's resignation", "rioted demanding
        independence", "a hunger strike to demand ...": what a protest demands is its aim,
        one PROTEST, not a REQUEST of its own (convention `protest_aim_types`)."""
        reading = by_token.get(token.i)
        head = token.head
        if reading is None or head.i == token.i or reading.predicate.type not in convention(
                "protest_aim_types") or base(token.dep_) not in ("advcl", "xcomp", "acl"):
            return
        governors = [head] + [c for c in self.children(head) if c.dep_ in OBJECT  # "staged a
                              and self.known(head, self.lex.light_verbs)]  # rally, demanding"
        if any(getattr(by_token.get(g.i), "predicate", None) is not None
               and by_token[g.i].predicate.type == "PROTEST" for g in governors):
            del by_token[token.i]

    def fold(self, token: Any, by_token: dict[int, Reading],
             triggers: dict[int, Predicate]) -> None:
        """A noun event governed by a verb event is the verb's: "signed an agreement",
        "hosted talks between X and Y", "agreed to a ceasefire". Of the same type, its sides
        join the verb's; of another type it stands alone only when its phrase names a side.
        """
        reading = by_token.get(token.i)
        if reading is None or not reading.noun or reading.denied_part:
            return
        anchor = self.measured(token)  # "a round of talks": the round stands for the talks
        head = anchor.head
        if head.i == anchor.i or base(anchor.dep_) not in ("obj", "obl", "nmod", "xcomp",
                                                           "nsubj"):
            return
        if self.proposed_only(token, triggers):
            del by_token[token.i]  # "turned down Mexico's offer of talks": no talks held
            return
        if reading.predicate.type in convention("broken_types") and (
                base(anchor.dep_) in ("obj", "nmod") or (base(anchor.dep_) == "obl" and not any(
                    c.dep_ == "case" for c in self.children(token)))) and \
                self.known(head, self.lex.breaking):
            del by_token[token.i]  # "violated the ceasefire", "нарушение перемирия": broken
            return
        governor = by_token.get(head.i)
        entry = triggers.get(head.i)
        if entry is None:
            guests = self.guests_of(anchor) if base(anchor.dep_) == "nmod" else None
            host = by_token.get(guests.head.i) if guests is not None else None
            if host is not None and host.predicate.type == reading.predicate.type and \
                    not reading.actors and self.host_of_talks(guests.head, guests, host):
                del by_token[token.i]  # "hosted Y and Z negotiators | for talks"
                return
            # "X acted as mediator at the talks between Y and Z": the talks are the mediator's
            role = [by_token[c.i] for c in self.children(head) if base(c.dep_) == "xcomp"
                    and c.i in by_token and c.i != token.i and self.verbal(head)]
            if base(anchor.dep_) == "obl" and role and role[0].noun and \
                    role[0].predicate.type == reading.predicate.type:
                role[0].actors += [m for m in reading.actors + reading.recipients
                                   if m not in role[0].actors]
                del by_token[token.i]
            if self.talked_about(token, anchor, head, reading, by_token, triggers):
                return
            talks = [by_token[c.i] for c in self.children(head)
                     if c.dep_ == "obj" and c.i in by_token
                     and by_token[c.i].predicate.type in convention("topic_types")]
            if base(anchor.dep_) == "obl" and talks and self.marker_or_mark(token) and \
                    talks[0].predicate.type != reading.predicate.type and token.i in by_token:
                del by_token[token.i]  # "renewed negotiations | on a pullback", hung on the verb
            return
        if governor is not None and base(anchor.dep_) in ("obj", "nsubj") and \
                governor.predicate.type in convention("hitting_types") and \
                reading.predicate.type in convention("hit_thing_types") and \
                (base(anchor.dep_) == "obj" or self.passive(head)):
            # "attacked an aid convoy": the convoy is what was hit, no delivery told
            if not governor.recipients:
                governor.recipients = [m for m in reading.actors + reading.recipients
                                       if m not in governor.actors]
            del by_token[token.i]
            return
        governing = entry.type in convention("governing_types") or entry.kind != "event"
        topic = governor is not None and governor.predicate.type in convention(
            "topic_types") and governor.predicate.type != reading.predicate.type
        if topic and (base(anchor.dep_) in ("obj", "nmod") or (
                base(anchor.dep_) == "obl" and self.marker(token) in ("theme", None))):
            governor.topic = True  # "negotiations on a troop pullback": talked about, not done
            del by_token[token.i]
            return
        if not self.verbal(head) and governor is not None and reading.actors and \
                self.mediation(token, triggers) and governor.predicate.type != "CONSULT":
            return  # "a deal with the help of Z": the mediation apart, as beside the verb
        if not self.verbal(head):
            # "an agreement on the exchange of prisoners between X and Y": one agreement,
            # of the exchange's mode, whose sides the inner noun names
            same = governor is not None and governor.predicate.type == reading.predicate.type
            if governor is not None and (governing or same) and (base(anchor.dep_) == "nmod" or (
                    same and base(anchor.dep_) == "obl")):
                if not governor.actors or same:  # "mediator at the talks between X and Y"
                    added = [m for m in reading.actors + reading.recipients
                             if m not in governor.actors]
                    # "i negoziati sotto l'egida di Z": the mediator first, as "Z mediated"
                    governor.actors = added + governor.actors if same and self.mediation(
                        token, triggers) else governor.actors + added
                if governor.predicate.mode is None and reading.predicate.mode:
                    governor.predicate = replace(governor.predicate, mode=reading.predicate.mode)
                if governor.modality == "asserted":
                    governor.modality = reading.modality
                del by_token[token.i]
            return
        if governor is not None and base(anchor.dep_) == "obj" and self.accepts(
                head, governor, reading):
            self.accept(governor, reading)
            del by_token[token.i]  # "approved the ceasefire deal": the deal, accepted
            return
        if governor is not None and base(anchor.dep_) == "obj" and self.denied_act(head, reading):
            self.deny_act(governor, reading)  # "denied the delivery of drones to Russia"
            return
        if governing and base(anchor.dep_) == "obj" and (
                governor is None or governor.predicate.type != reading.predicate.type):
            if governor is not None:
                self.spare_targets(governor, reading)
                if governor.predicate.type in JUDGING and reading.actors and \
                        reading.recipients and reading.predicate.type not in convention(
                            "governing_types") and self.judges_doer(governor, reading):
                    if reading.modality == governor.modality != "asserted":
                        # "neither X nor Y condemned the strikes": the condemning is denied,
                        # not the strikes; their modality is their own words'
                        reading.modality = self._words_modality(token)  # type: ignore[attr-defined]
                    return  # "condemned the Russian strikes on Kyiv": the strikes were made
                governor.topic = True
                if not reading.actors and not reading.recipients:  # "welcomed the deal":
                    governor.anaphoric_topic = (  # told before
                        reading.predicate.type, reading.predicate.mode)
            del by_token[token.i]  # "rejected the Indian demand": the demand is its topic
            return
        if governor is not None and governor.predicate.type == reading.predicate.type:
            self.host_of_talks(head, anchor, governor)
            if not governor.actors and reading.actors and (base(anchor.dep_) == "obl" or (
                    base(anchor.dep_) == "nsubj" and reading.recipients)):
                # "12 were killed in a Russian strike on Odesa": the strike's doer is the
                # killing's (not whom it was done to, as a guess from nearby had it); "X's
                # attack on Y was repelled", by no one named: X's attack on Y, never one on X
                governor.actors = list(reading.actors)
                governor.recipients = [m for m in governor.recipients
                                       if m not in governor.actors]
            mediators = []  # "verhandelten unter der Schirmherrschaft Ägyptens": first
            for mention in reading.actors + reading.recipients:
                if mention not in governor.actors and mention not in governor.recipients:
                    # "repelled a Russian attack": the attacker is the one repelled
                    side = governor.actors if governor.predicate.type in POOLED_TYPES \
                        else governor.recipients
                    if side is governor.actors and self.mediation(token, triggers) and \
                            governor.predicate.mode != "third_party":
                        mediators.append(mention)
                    else:
                        side.append(mention)
            governor.actors[:0] = mediators
            if governor.predicate.mode is None and reading.predicate.mode:
                governor.predicate = replace(governor.predicate, mode=reading.predicate.mode)
            del by_token[token.i]
        elif not reading.actors:
            del by_token[token.i]

    def guests_of(self, anchor: Any) -> Any | None:
        """The object (or oblique) of a hosting verb whose phrase holds ``anchor``, a talks
        noun the model hung on the guests ("hosted Y and Z negotiators for talks", "acogió a
        negociadores Y y Z para conversaciones": on the last conjunct), None if none."""
        word = anchor.head
        for _ in range(MAX_CLIMB):
            if word.head.i == word.i:
                return None
            if base(word.dep_) in ("obj", "obl") and self.known(word.head, self.lex.hosting):
                return word
            if base(word.dep_) not in ("nmod", "conj", "amod"):
                return None
            word = word.head
        return None

    def host_of_talks(self, head: Any, anchor: Any, governor: Reading) -> bool:
        """ "X hosted Y and Z negotiators for talks", "X a accueilli des négociateurs Y et Z
        pour des pourparlers": the host of talks between guests of two or more sides is a
        side of those talks with them, first, as in "X hosted talks between Y and Z" (a
        hosting verb, `hosting`, with the talks its oblique or a modifier of its object,
        ``anchor`` then the object). One guest stays a visit. Whether it was so."""
        if base(anchor.dep_) not in ("obl", "obj") or not self.known(head, self.lex.hosting) or len(
                {a.country for m in governor.recipients
                 for a in ([m.actor] if m.actor else []) + m.members if a.country}) < 2:
            return False  # (a group's members: "négociateurs rwandais et congolais")
        governor.actors += [m for m in governor.recipients if m not in governor.actors]
        governor.recipients = []
        return True

    def talked_about(self, token: Any, anchor: Any, head: Any, reading: Reading,
                     by_token: dict[int, Reading], triggers: dict[int, Predicate]) -> bool:
        """ "The talks focused on the withdrawal of troops", "les discussions ont porté sur le
        retrait", "i colloqui hanno riguardato il ritiro": an act of another type that the
        talks, subject of a verb that tells no event, are about is their topic, not done."""
        if base(anchor.dep_) not in ("obj", "obl") or not self.verbal(head):
            return False
        talks = [c for c in self.children(head) if c.dep_ in SUBJECT] + (
            [head.head] if base(head.dep_) == "acl" else [])  # "talks focused on", as a phrase
        talks = [c for c in talks if getattr(triggers.get(c.i), "type", None) in convention(
            "topic_types")]
        if not talks or triggers[talks[0].i].type == reading.predicate.type:
            return False
        held = by_token.get(talks[0].i)
        if held is not None:
            held.topic = True
        del by_token[token.i]
        return True

    def mediator_in_talks(self, token: Any, by_token: dict[int, Reading],
                          triggers: dict[int, Predicate]) -> None:
        """ "Z acted as a mediator in the talks between X and Y", "выступил посредником на
        переговорах X и Y", "ha fatto da mediatore nei negoziati tra X e Y": a mediator noun
        said of a verb's subject (its predicate or "as" phrase), with talks as an oblique of
        the same verb or of the noun, is one consultation: the talks', with Z first, as "Z
        mediated talks between X and Y" is (not a lone mediation beside the talks); also
        through the role the verb takes ("a joué le rôle de médiateur dans ...")."""
        if not self.mediation(token, triggers) or token.head.i == token.i or \
                base(token.dep_) not in ("xcomp", "obl", "obj", "advcl", "nmod"):
            return
        verb = token.head
        if not self.verbal(verb) and base(token.dep_) == "nmod" and verb.dep_ in OBJECT:
            verb = verb.head  # "played the role | of mediator"
        if not self.verbal(verb) or verb.i == token.i:
            return
        mediators = self.mentions_of(self.subject(verb))
        talks = next((c for c in self.children(verb) + self.children(token) + self.children(
                token.head)
                      if c.i != token.i and base(c.dep_) in ("obl", "nmod")
                      and getattr(triggers.get(c.i), "type", None) == "CONSULT"
                      and not self.mediation(c, triggers)), None)
        if not mediators or talks is None:
            return
        held = by_token.get(talks.i) or by_token.get(token.i)  # (the talks folded into it)
        if held is None:
            return
        held.actors = mediators + [m for m in held.actors if m not in mediators]
        held.recipients = [m for m in held.recipients if m not in held.actors]
        for word in (token, verb):  # the mediation told by the talks, not apart
            if by_token.get(word.i) is not None and by_token[word.i] is not held and \
                    by_token[word.i].predicate.type == "CONSULT":
                del by_token[word.i]

    def mediated_talks(self, token: Any, by_token: dict[int, Reading],
                       triggers: dict[int, Predicate]) -> None:
        """ "Talks between X and Y, mediated by Z", "colloqui ... con la mediazione di Z",
        "переговоры ... пройдут при посредничестве США": the mediation of talks is one
        consultation with the mediator among its sides, as "Z mediated talks between X and
        Y" is. A mediated act of another type (an exchange) keeps its mediation apart."""
        mediation = by_token.get(token.i)
        if mediation is None or not self.mediation(token, triggers) or not mediation.actors:
            return
        head = token.head
        if head.i == token.i:
            return
        own = token.i
        if self.on_its_mediator(token) and head.i not in triggers and head.head.i != head.i:
            token, head = head, head.head  # "con Noruega como facilitador": Noruega's place
        talks = [head] if base(token.dep_) in ("acl", "nmod", "amod") else []  # on the talks noun
        if base(token.dep_) == "amod" and head.dep_ in OBJECT and head.head.i != head.i:
            talks.append(head.head)  # "held UAE-mediated talks": the talks folded into "held"
        if base(token.dep_) in ("obl", "nmod") and head.i not in triggers:  # beside them,
            talks += [c for c in self.children(head)  # "held" by a verb: its subject or object
                      if base(c.dep_) == "nsubj" or c.dep_ in OBJECT]  # ("held talks under")
        elif base(token.dep_) == "obl":
            talks.append(head)  # "met in Doha under Qatar's mediation": the meeting verb
        talks += [t.head for t in talks if t.i not in by_token and t.dep_ in OBJECT
                  and t.head.i != t.i]  # "held talks | under the auspices of Z": the talks
        # folded into "held talks" before
        held = [by_token[t.i] for t in talks if t.i in by_token and t.i != token.i]
        held = [r for r in held if r.predicate.type == "CONSULT"  # ("indirect talks" of two
                and (r.predicate.mode != "third_party" or len(r.actors) > 1)]  # sides: theirs)
        if not held:
            return
        held[0].actors = mediation.actors + [m for m in held[0].actors
                                             if m not in mediation.actors]
        held[0].recipients = [m for m in held[0].recipients if m not in mediation.actors]
        del by_token[own]

    def held_by_relative(self, token: Any, by_token: dict[int, Reading]) -> None:
        """ "The talks between X and Y, which Z hosted, ...", "les discussions entre X et Y,
        que Z accueillait", "die Gespräche ..., die Z ausrichtete": a verb of the talks' own
        type in a relative clause whose relative word stands for its object (it has no
        object of its own), hung on the talks' noun or on a word of its phrase (the small
        models hang it on the nearest name): the clause's subject is one more side of those
        talks, first (as "Z hosted talks between X and Y"), not a second consultation. Only
        for talks: a deal's clause ("the agreements that X signed will ...") tells the
        signing, whose time is not the sentence's."""
        reading = by_token.get(token.i)
        if reading is None or reading.noun or not reading.actors or base(
                token.dep_) != "acl" or token.head.i == token.i or \
                reading.predicate.type != "CONSULT":
            return  # "the agreements that X signed will ...": the deal's own clause tells it
        objects = [c for c in self.children(token) if c.dep_ in OBJECT]
        if any("Rel" not in self.feature(c, "PronType") and c.pos_ not in ("PRON", "SCONJ")
               for c in objects):
            return  # "which hosts talks of its own": its own object
        if not (self.relative(token) or objects):  # "che" read as a conjunction object
            return
        head = token.head
        held = [r for i, r in sorted(by_token.items()) if r.noun and i < token.i
                and r.predicate.type == reading.predicate.type
                and self.tokens[i].left_edge.i <= head.i <= self.tokens[i].right_edge.i]
        if not held:
            return
        talks = held[-1]
        talks.actors = reading.actors + [m for m in talks.actors if m not in reading.actors]
        talks.recipients = [m for m in talks.recipients if m not in reading.actors]
        del by_token[token.i]

    def denied_through_noun(self, token: Any, by_token: dict[int, Reading],
                            triggers: dict[int, Predicate]) -> None:
        """ "Minsk denied the participation of its troops in the attack on Y", "a nié toute
        implication dans l'attaque contre Y", "опроверг информацию о переброске войск": an
        act noun held by a noun of taking part (grammar ``involvement_nouns``) or of what is
        alleged (``report_nouns``) that a verb of denial takes as its object (or that a
        dismissal names false: "called reports of an attack on Y a lie") is denied, not
        done: negated, claimed by the denier, done by the names the held noun owns (else by
        the denier: "its troops", "toute implication")."""
        reading = by_token.get(token.i)
        if reading is None or not reading.noun or reading.claimed_by:
            return
        word, holder = token, self.report_before(token)  # "the involvement of its soldiers
        for _ in range(3 if holder is None else 0):  # | in the attack"
            if base(word.dep_) != "nmod" or word.head.i == word.i or word.head.i in by_token:
                return
            word = word.head
            if self.known(word, self.grammar.involvement_nouns) or self.known(
                    word, self.grammar.report_nouns):
                holder = word
                break
        if holder is None:
            return
        verb = self.dismissing_verb(holder)  # type: ignore[attr-defined]
        if verb is None:  # (else "called reports of an attack on Y a lie": named false)
            verb = holder.head
            if base(holder.dep_) != "obj" or verb.i == holder.i or not self.verbal(verb):
                return
            entry = triggers.get(verb.i)
            if not ((self.known(verb, self.lex.denial) and not self.refusing(verb))
                    or getattr(entry, "type", None) == "REJECT"):
                return
        deniers = self.mentions_of(self.subject(verb))
        if not deniers:
            return
        owners = [m for m in self.mentions_of(
            [c for c in self.children(holder) if base(c.dep_) == "nmod" and c.i != token.i
             and self.marker(c) in ("theme", None)] + self.noun_owner(holder))
            if m.actor and m.actor.country and not (  # none the act's own phrase names
                self.span(token.left_edge)[0] <= m.start < self.span(token.right_edge)[1])]
        doers = owners or list(deniers)
        countries = {m.actor.country for m in doers if m.actor}
        reading.recipients = [m for m in reading.recipients + reading.actors if not (
            m.actor and m.actor.country in countries)]  # whom the act reached, not its doer
        reading.actors = doers
        reading.modality = "negated"
        reading.claimed_by = deniers
        reading.denied_part = True
        denial = by_token.get(verb.i)  # whom the denied act reached is not the denial's
        if denial is not None:
            denial.recipients = [m for m in denial.recipients if m not in reading.recipients]

    def report_before(self, token: Any) -> Any | None:
        """ "отвергла обвинения | в обстреле сёл", "rejected the accusations | of shelling":
        an act noun the model hung on the verb as an oblique, right after the verb's object
        that is a report noun, is that noun's (what the report alleges)."""
        verb = token.head
        if base(token.dep_) != "obl" or verb.i == token.i or not self.verbal(verb):
            return None
        return next((c for c in self.children(verb) if base(c.dep_) == "obj"
                     and c.right_edge.i + 1 == token.left_edge.i
                     and self.known(c, self.grammar.report_nouns)), None)

    def described_habit(self, token: Any, by_token: dict[int, Reading]) -> None:
        """ "Saudi Arabia, which has hosted such meetings before, will host talks between X
        and Y": a relative clause that tells what a side of the sentence's act does of the
        same kind, with no side of its own, describes it; the act told is the one with
        the sides (the description is no second consultation)."""
        reading = by_token.get(token.i)
        if reading is None or reading.recipients or not reading.actors or \
                base(token.dep_) != "acl" or not self.relative(token):
            return
        if any(other is not reading and other.predicate.type == reading.predicate.type
               and len(other.actors) > len(reading.actors)
               and all(m in other.actors for m in reading.actors)
               for other in by_token.values()):
            del by_token[token.i]

    def described_standing(self, token: Any, by_token: dict[int, Reading]) -> None:
        """ "Iran, which backs Hezbollah and Hamas, welcomed the truce": a relative clause in
        the plain present on a side of the sentence tells what that side does as a rule,
        not something that happened."""
        reading = by_token.get(token.i)
        if reading is None or base(token.dep_) != "acl" or not any(  # its own relative
                "Rel" in self.feature(c, "PronType") for c in self.children(token)) or \
                "Pres" not in self.feature(token, "Tense") or "Fin" not in token.morph.get(
                    "VerbForm") or token.head.i == token.i:
            return  # pronoun: "X et Y concluent" read as a relative clause is an act
        if any(base(c.dep_) in ("aux", "aux:pass") for c in self.children(token)):
            return  # "which has attacked", "which will host": an act told
        if self.actor_mentions_of_word(token.head) or self.head_mentions(token.head):
            del by_token[token.i]

    def relative(self, clause: Any) -> bool:
        """Whether a clause is a relative clause (its relation, or a relative pronoun of
        its own)."""
        return "relcl" in clause.dep_ or any(
            "Rel" in self.feature(c, "PronType") for c in self.children(clause))

    def denied_act(self, verb: Any, reading: Reading) -> bool:
        """Whether an act noun is the object of a verb that denies a fact ("denied the
        delivery of drones", "отрицает поставки"), not of a refusal ("rejected the
        withdrawal") nor a demand or deal ("denied the request": a topic)."""
        return self.known(verb, self.grammar.fact_denials) and not self.refusing(verb) \
            and reading.predicate.type not in convention("governing_types")

    @staticmethod
    def deny_act(governor: Reading, reading: Reading) -> None:
        """The act denied is negated and claimed by the denier, and done by it when the noun
        names no doer; whoever the act reaches is the act's receiver, not the denial's."""
        reading.modality = "negated"
        reading.claimed_by = governor.actors
        if not reading.actors:
            reading.actors = list(governor.actors)
        if not reading.recipients:
            reading.recipients = [m for m in governor.recipients if m not in reading.actors]
        governor.recipients = []

    @staticmethod
    def judges_doer(governor: Reading, reading: Reading) -> bool:
        """Whether a stance on an act is taken on its doer: a condemnation always (its act
        is told by who is condemned), praise only when the praise goes to the act's doer
        ("welcomed the release of prisoners by Y": Y is praised). Praise with no doer
        praised leaves the act a topic, not a told act whose sides may be misread."""
        if governor.predicate.type != "SUPPORT":
            return True
        praised = {m.actor.country for m in governor.recipients if m.actor}
        return all(m.actor is not None and m.actor.country in praised for m in reading.actors)

    @staticmethod
    def spare_targets(governor: Reading, reading: Reading) -> None:
        """A stance on an act with a doer goes to the doer, never to whom the act aims at
        ("condemned the Russian strikes on Kyiv": Russia is condemned, Ukraine is not)."""
        if not reading.actors:
            return
        targets = [m for m in reading.recipients if m not in reading.actors]
        kept = [m for m in governor.recipients if m not in targets]
        if len(kept) < len(governor.recipients):
            governor.recipients = kept + [m for m in reading.actors if m not in kept
                                          and m not in governor.actors]

    def proposed_only(self, token: Any, triggers: dict[int, Predicate]) -> bool:
        """Whether a noun event is inside what a stance is taken on, an offer, proposal or
        plan ("rejected Mexico's offer of talks", "opposed the plan of loans to Y"): the
        thing proposed is not done. The thing is a proposal noun (convention
        `accepted_types`) or no event at all ("plan"); an act opposed stays done."""
        word = token
        for _ in range(MAX_CLIMB):
            if base(word.dep_) != "nmod" or word.head.i == word.i:
                return False
            word = word.head
            verb = word.head
            if base(word.dep_) in ("obj", "obl") and verb.i != word.i and self.verbal(verb):
                stance = triggers.get(verb.i)
                own = triggers.get(word.i)
                return stance is not None and stance.type in convention("stance_types") and (
                    own is None or own.type in convention("accepted_types"))
        return False

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
