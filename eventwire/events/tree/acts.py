"""Acts a verb makes of its object rather than of its own lemma: a delivery of goods
("handed over weapons": AID), a crowd's blocking (a PROTEST), cooperation cut off (a
SANCTION), a measure lifted (a CONCEDE), a protest stopped by force (a COERCE)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.predicates import Predicate
from eventwire.events.tree.common import OBJECT, PASSIVE_SUBJECT, SUBJECT, Reading, base
from eventwire.events.tree.words import TreeWords


class Acts(TreeWords):
    """Events made by a verb together with its object."""

    def cutter(self, token: Any, entry: Predicate) -> Any | None:
        """The verb that cuts off an act of cooperation ("paused military aid to Y",
        "suspended talks with Y", "stopped cooperating with Y"): a verb of the language's
        `cuts` with the act as its object or complement; None for other acts and verbs."""
        if entry.kind != "event" or entry.type not in convention("cut_as_sanction_types"):
            return None
        token = self.measured(token)  # "suspended part of its aid to Y": the part stands for it
        head = token.head
        if head.i == token.i:
            return None
        role = self.marker(token)  # "from", "out of"; "de" (from, of); "da" (from, by)
        if self.leaving(head) and base(token.dep_) == "obl" and (role in ("source", "theme") or (
                role == "agent" and not self.passive(head))):
            return head  # "pulled out of the talks with Y", "se retiró de las negociaciones"
        if base(token.dep_) not in ("obj", "xcomp", "nsubj") or not self.known(head, self.lex.cuts):
            return None
        if base(token.dep_) == "nsubj" and not self.passive(head):
            return None  # "the talks stopped": nobody cut them
        return head

    def leaving(self, verb: Any) -> bool:
        """Whether a verb is a withdrawal (conventions `leaving_types`: "pulled out")."""
        entry = self.triggers_now.get(verb.i)
        return entry is not None and entry.kind == "event" and entry.type in convention(
            "leaving_types") and self.verbal(verb)

    def as_sanction(self, reading: Reading, verb: Any) -> None:
        """The cut-off act becomes one SANCTION (discontinue) by whoever cut it, to the act's
        other sides."""
        actors = self.mentions_of(self.subject(verb))
        self._done_by(reading, verb, actors, self._others(reading, actors))
        self._recast(reading, verb, "SANCTION", "discontinue", noun=False)

    def lifter(self, token: Any, entry: Predicate) -> Any | None:
        """The word that ends or eases a measure ("ended the curfew", "lifted the sanctions",
        "the lifting of the blockade", "the curfew was suspended"): a word of the language's
        `lifts` with a measure of `lifted_types` as its object; None otherwise."""
        if entry.kind != "event" or entry.type not in convention("lifted_types"):
            return None
        head = token.head
        if head.i == token.i or not self.known(head, self.lex.lifts):
            return None
        dep = base(token.dep_)
        if dep in ("obj", "xcomp") or (dep == "nmod" and not self.verbal(head)) or (
                token.dep_ in PASSIVE_SUBJECT and self.passive(head)):
            return head
        return None

    def suppressor(self, token: Any, entry: Predicate) -> Any | None:
        """The verb that stops a protest ("police prevented the demonstration", "dispersed
        the rally", "la police a dispersé la manifestation"): a verb of the language's
        `suppresses` with an act of `suppressed_types` as its object; None otherwise."""
        if entry.kind != "event" or entry.type not in convention("suppressed_types"):
            return None
        head = token.head
        if head.i == token.i or not self.verbal(head) or not self.known(head, self.lex.suppresses):
            return None
        if base(token.dep_) in ("obj", "xcomp") or (
                token.dep_ in PASSIVE_SUBJECT and self.passive(head)):
            return head
        return None

    def as_repression(self, reading: Reading, verb: Any) -> None:
        """The stopped protest becomes one COERCE (restrict) by whoever stopped it, to those
        who protested (often the same country: police and students of one state)."""
        actors = self.mentions_of(self.subject(verb))
        self._done_by(reading, verb, actors, [m for m in reading.actors if m not in actors])
        self._recast(reading, verb, "COERCE", "restrict", noun=False)

    def as_concession(self, reading: Reading, word: Any) -> None:
        """The lifted measure becomes one CONCEDE (ease) by whoever lifts it (by whoever
        imposed it when the text names nobody), to the measure's other sides."""
        actors = self.mentions_of(self.subject(word)) if self.verbal(word) else []
        if actors:
            self._done_by(reading, word, actors, self._others(reading, actors))
        self._recast(reading, word, "CONCEDE", "ease", noun=not self.verbal(word))

    def _others(self, reading: Reading, actors: list[Any]) -> list[Any]:
        """The sides of a reading other than ``actors`` and their countries: who receives
        the act the reading becomes."""
        countries = {m.actor.country for m in actors if m.actor}
        return [m for m in reading.actors + reading.recipients
                if m not in actors and (not m.actor or m.actor.country not in countries)]

    def _done_by(self, reading: Reading, word: Any, actors: list[Any],
                 recipients: list[Any]) -> None:
        """The reading's sides are now ``word``'s subject acting on ``recipients``."""
        reading.recipients = recipients
        reading.actors = actors
        reading.pronoun_subject = any(self.standing_pronoun(t) for t in self.subject(word))

    def _recast(self, reading: Reading, word: Any, type_: str, mode: str, noun: bool) -> None:
        """The reading is now the act of ``word`` (its lemma, place and modality), of
        ``type_`` and ``mode``; its sides are set apart (``_done_by``)."""
        reading.predicate = Predicate(self.lemma(word), type_, mode=mode)
        reading.trigger = self.span(word)
        reading.noun = noun
        reading.modality = self.modality(word)

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
        MOBILIZE, whatever the verb tells with other objects ("handed over prisoners"). Weapons
        fired at no one named (conventions `aimed_goods_types`) make an event of no type: the
        verb tells nothing ("fired a missile into the sea")."""
        out = []
        for token in self.tokens:
            groups = [goods for verbs, goods in self.lex.goods if self.known(token, verbs)]
            if not groups:
                continue
            if not self.verbal(token):  # a noun of sending listed with the verbs ("l'invio
                slots = [c for c in self.children(token)  # di 500 soldati"): its goods
                         if base(c.dep_) == "nmod" and c.i > token.i]
                kind = next(((child, goods[k]) for child in slots for goods in groups
                             for k in self.keys(child) if k in goods), None)
                if kind is not None and kind[1].type not in convention("aimed_goods_types"):
                    out.append((token, kind[0], kind[1]))
                continue
            # the goods as object, or where a small model hung them: an oblique ("handed
            # over weapons", "over" read as a preposition) or a word under the receiver
            slots = [c for c in self.children(token) if c.dep_ in OBJECT or base(c.dep_) == "obl"
                     or (c.dep_ in PASSIVE_SUBJECT and self.passive(token))]
            objectless = not any(c.dep_ in OBJECT for c in slots)
            slots += [g for c in slots if c.dep_ in OBJECT or objectless for g in self.children(c)
                      if base(g.dep_) in ("flat", "nmod", "appos") or (  # "по Україні | дронів"
                          base(g.dep_) == "amod" and g.pos_ == "NOUN")]  # "a cuatro
            # pescadores peruanos": the people a noun the model hung on their demonym
            aimed = None  # whether the verb names whom it is aimed at, asked once
            for child in slots:
                kind = next((goods[k] for goods in groups for k in self.keys(child)
                             if k in goods), None)
                if kind is not None and kind.type in convention("aimed_goods_types"):
                    if aimed is None:  # "at Y", or on the goods: "drones et missiles sur Y"
                        aimed = self.aimed([t for w in (token, child, *child.conjuncts)
                                            for t in self.obliques(w).get("target", [])])
                    if not aimed:  # "fired a missile into the sea": no attack on anyone
                        kind = replace(kind, type=None)
                if kind is not None and (self.sent_at_a_place(token, child, kind) or (
                        kind.type == "MOBILIZE" and self.at_care_place(token))):
                    kind = replace(kind, type=None)  # weapons sent into villages; the
                    # wounded carried to a hospital (no deployment of troops)
                if kind is not None and kind.type == "MOBILIZE" and self.carries_aid(token, child):
                    kind = replace(kind, type=None)  # ships sent with aid carry the aid
                if kind is not None:
                    out.append((token, child, kind))
                    break
        return out

    def carries_aid(self, verb: Any, goods: Any) -> bool:
        """Whether what is sent carries aid: "ha inviato due navi con aiuti umanitari", "sent
        two ships with food aid". A noun of aid (an AID event of the lexicon) hung on the verb
        or on the vehicles as an oblique or modifier makes them the aid's carriers, no
        deployment; the aid noun tells the event."""
        for word in (verb, goods):
            for child in self.children(word):
                if child.i != goods.i and base(child.dep_) in ("obl", "nmod") and any(
                        entry.kind == "event" and entry.type == "AID"
                        for key in self.keys(child) for entry in self.lex.lookup((key,))):
                    return True
        return False

    def sent_at_a_place(self, verb: Any, goods: Any, kind: Predicate) -> bool:
        """Whether weapons are sent at or into somewhere rather than to someone: "sent
        missiles into villages", "envoyé des missiles sur des villages", "направила ракеты по
        сёлам" is a strike or nothing, never military aid, which goes *to* a receiver (a
        recipient marker or an indirect object). German "in" takes a place in both senses:
        only its accusative (motion into) counts."""
        if kind.type != "AID" or kind.mode != "military":
            return False
        words = [verb, goods, *goods.conjuncts]
        if any(c.dep_ == "iobj" for c in self.children(verb)) or any(
                self.obliques(w).get("recipient") for w in words):
            return False
        return any(self.obliques(w).get("target") for w in words) or any(
            "Acc" in self.feature(word, "Case") for w in words
            for place in self.obliques(w).get("location", [])
            for word in [place, *(c for c in self.children(place)
                                  if base(c.dep_) in ("det", "amod"))])  # a small model's case
            # on the noun is less sure than on its article or adjective

    def at_care_place(self, verb: Any) -> bool:
        """Whether a place of care (data `care_places`) is named in the verb's own clause,
        wherever the parser hung it ("перебросила раненых солдат в госпиталь")."""
        if not self.lex.care_places:
            return False
        for place in verb.subtree:
            if base(place.dep_) not in ("obl", "nmod") or \
                    self.lemma(place) not in self.lex.care_places:
                continue
            above = place.head  # the place in the verb's own clause, wherever it hangs
            while above.i != verb.i and not self.verbal(above):
                above = above.head
            if above.i == verb.i:
                return True
        return False

    def dismissals(self) -> list[tuple[Any, Any]]:
        """(verb, claim) for a verb of naming (data `dismissals.verbs`) whose object is an
        accusation or a report and which says it is false (`dismissals.words`): "called the
        accusations absurd", "calificó las acusaciones de absurdas", "bezeichnete die
        Vorwürfe als haltlos", "назвал обвинения беспочвенными". The word said of the claim
        hangs on the verb or in the object's phrase, wherever the parser put it."""
        out = []
        if not self.lex.dismissing_verbs:
            return out
        for token in self.tokens:
            if not self.verbal(token) or not self.known(token, self.lex.dismissing_verbs):
                continue
            kids = self.children(token)
            objects = [c for c in kids if c.dep_ in OBJECT or (  # or the word said:
                base(c.dep_) == "xcomp" and c.pos_ not in ("VERB", "AUX")) or (
                c.dep_ in SUBJECT and c.i > token.i and any(  # "definito false le notizie",
                    d.dep_ in SUBJECT and d.i < token.i for d in kids))]  # "назвали брехнею
            # повідомлення"; a second subject after the verb, one before it: the object
            near = objects + [g for c in objects for g in self.children(c)]
            claim = next((c for c in near if self.report_noun(  # type: ignore[attr-defined]
                c, self.triggers_now)), None)
            if claim is None:
                continue
            said = [c for c in self.children(token) if c.dep_ not in SUBJECT] + near + [
                g for c in near for g in self.children(c)]
            if any(w.i != claim.i and self.known(w, self.lex.dismissive) for w in said):
                out.append((token, claim))
        return out

    def dismissed_claim(self, verb: Any) -> Any | None:
        """The accusation or report a verb names false (:meth:`dismissals`), if it does one:
        what such a claim says was done is denied by the verb's subject, never done ("called
        reports that its troops had shelled Y a lie", "назвали ложью сообщения о том, что")."""
        if self._dismissed is None:
            self._dismissed = {verb.i: claim for verb, claim in self.dismissals()}
        return self._dismissed.get(verb.i)

    def dismissing_verb(self, noun: Any) -> Any | None:
        """The verb that names a claim noun false (:meth:`dismissed_claim`), if one does."""
        if self._dismissed is None:
            self._dismissed = {verb.i: claim for verb, claim in self.dismissals()}
        return next((self.tokens[i] for i, claim in self._dismissed.items()
                     if claim.i == noun.i), None)

    def dismissal(self, verb: Any, claim: Any) -> Reading:
        """The denial a dismissal makes: REJECT by the verb's subject, addressed to whoever
        the claim's phrase names as making it ("Venezuela's accusations"), else (the coder)
        to the last accuser: a verb that denies a claim, as "denied" is."""
        reading = Reading(Predicate(self.lemma(verb), "REJECT", "claim"), self.span(verb), False)
        reading.actors = self.mentions_of(self.subject(verb))
        makers = [c for c in self.children(claim) if base(c.dep_) in ("nmod", "amod", "appos")]
        reading.recipients = [m for m in self.mentions_of(makers) if m not in reading.actors]
        reading.modality = self.modality(verb)
        return reading

    def posting(self, token: Any, reading: Reading) -> None:
        """ "recalled its ambassador in Georgetown", "convocará a su embajador en Georgetown":
        a recall (SANCTION withdraw) that names no receiver is made to the country where the
        envoy is posted, the place in the envoy's own phrase (a city: its country, in the
        coder, from ``Reading.posts``)."""
        if reading.recipients or reading.predicate.type != "SANCTION" or \
                reading.predicate.mode != "withdraw":
            return
        envoys = [c for c in self.children(token) if c.dep_ in OBJECT or base(c.dep_) == "obl"]
        posts = [g for c in envoys for g in self.children(c) if base(g.dep_) == "nmod"
                 and self.marker(g) in ("location", "recipient", "target")]
        posts += [c for c in self.children(token) if base(c.dep_) == "obl"  # or on the verb
                  and c.pos_ == "PROPN" and self.marker(c) in ("location", "source", "recipient")]
        own = {m.actor.country for m in reading.actors if m.actor}
        reading.recipients = [m for m in self.mentions_of(posts)
                              if m.actor and m.actor.country and m.actor.country not in own][:1]
        if not reading.recipients:  # a city, not a side: its country, found by the coder
            reading.posts = [(self.span(w)[0], self.span(w)[1]) for p in posts
                             for w in p.subtree]

    def aimed(self, targets: list[Any]) -> bool:
        """Whether weapons are fired at someone: a target that names a side or a place by
        name ("at Kyiv", "into Gaza"), not "into the sea", nor a day or month the model
        tags a name ("fired a missile on Sunday": "on" marks a target elsewhere), or a thing
        in such a place ("at a car in Gaza")."""
        return any((t.pos_ == "PROPN" or self.mentions_of([t])) and not _calendar_word(t.text)
                   for t in [*targets, *(w for t in targets  # "at a car in Gaza"
                                         for w in self.obliques(t).get("location", []))])

    def delivery(self, verb: Any, goods: Any, entry: Predicate) -> Reading:
        """The goods' event, done by the verb's subject to the side it goes to; by a noun
        of sending, the sides its phrase names (:meth:`Sides.noun_sides`)."""
        if not self.verbal(verb):
            reading = Reading(replace(entry, lemma=self.lemma(verb)), self.span(verb), True)
            self.noun_sides(verb, reading.predicate, reading,  # type: ignore[attr-defined]
                            self.triggers_now)  # type: ignore[attr-defined]
            reading.modality = self.modality(verb)
            return reading
        reading = Reading(replace(entry, lemma=self.lemma(verb)), self.span(verb), False)
        reading.actors = self.mentions_of(self.subject(verb))
        if not reading.actors and self.passive(verb) and entry.type in convention(
                "own_forces_types"):  # "Chilean tanks were sent to the border"
            reading.actors = self.mentions_of(self.objects(verb))
        roles = self.obliques(verb)
        receivers = [c for c in self.children(verb) if c.dep_ in OBJECT and c.i != goods.i] + \
            roles.get("recipient", []) + roles.get("target", [])
        reading.recipients = [m for m in self.mentions_of(receivers)
                              if m not in reading.actors] or self.nearby(
            verb, entry, reading.actors)
        if self.brought_home(verb, entry):  # "brought 84 soldiers home": its own men back
            reading.recipients, reading.actors = reading.actors, []
        reading.modality = self.modality(verb)
        return reading

    def crowd_protest(self, token: Any) -> Reading:
        """ "Workers blocked a bridge": what a crowd does to the street is a protest
        (PROTEST, obstruct) by the crowd's side, whatever the verb tells when a state does it
        ("Russia blocked the resolution" keeps its own reading)."""
        entry = Predicate(self.lemma(token), "PROTEST", mode="obstruct")
        reading = Reading(entry, self.span(token), False)
        reading.actors = self.mentions_of(self.subject(token)) or self.crowd_country(token)
        reading.modality = self.modality(token)
        return reading

    def crowd_country(self, token: Any) -> list[Any]:
        """ "Angry farmers blocked roads in France", "teachers marched across France": a crowd
        of no side takes the side of the country it acts in, as "farmers in France" does (the
        country named in a location phrase of the verb or of its object)."""
        places = [c for c in self.children(token)
                  if base(c.dep_) == "obl" and self.marker(c) == "location"]
        places += [g for c in self.children(token) if c.dep_ in OBJECT
                   for g in self.children(c)
                   if base(g.dep_) in ("nmod", "obl") and self.marker(g) == "location"]
        return self._sided_mentions(places)[:1]  # type: ignore[attr-defined]

    def crowd_stoppage(self, token: Any) -> bool:
        """ "Taxi drivers staged a 48-hour strike": a noun that is an attack when a state
        does it and a stoppage when a crowd holds it (data `crowds.stoppages`), object of a
        verb whose subject is a crowd, is a strike (PROTEST), not an attack."""
        verb = token.head
        return self.known(token, self.lex.crowd_stoppages) and token.dep_ in OBJECT \
            and verb.i != token.i and self.verbal(verb) and self.crowd_subject(verb)

    def crowd_subject(self, token: Any) -> bool:
        """Whether the verb's own subject is a crowd of the street (data `crowds`); a verb
        misread as the participle of its crowd ("Thousands of teachers marched in Paris",
        verb under "teachers" or "Thousands") counts that crowd as its subject."""
        doers = [s for s in self.subject(token) if s.dep_ in SUBJECT]
        if not doers and base(token.dep_) == "acl" and token.head.i != token.i:
            doers = [token.head]
            if base(token.head.dep_) == "nmod" and token.head.head.i != token.head.i:
                doers.append(token.head.head)
        return any(any(k in self.lex.crowds for k in self.keys(s)) for s in doers)


@lru_cache(maxsize=1)
def _calendar_names() -> frozenset[str]:
    """Names of the days of the week and of the months in every language we read, folded
    (the dates' data)."""
    from eventwire import lang
    from eventwire.text.dates import rules

    return frozenset(name for code in lang.having("dates_cldr")
                     for name in (*rules(code).weekdays, *rules(code).months))


@lru_cache(maxsize=4096)
def _calendar_word(text: str) -> bool:
    from eventwire.text.view import fold

    return fold(text).rstrip(".") in _calendar_names()
