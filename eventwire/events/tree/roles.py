"""The roles of a verb or noun read from its relations: subject (inherited along
coordination, control and relative clauses), objects, obliques by their case-marking word,
possessive owners, unnamed doers, and the side nearest an event with no marked receiver."""

from __future__ import annotations

from typing import Any

from eventwire.actors.gazetteer import ORG_CODES
from eventwire.events.lexicon import convention
from eventwire.events.predicates import Predicate
from eventwire.events.tree.common import MAX_CLIMB, OBJECT, PASSIVE_SUBJECT, SUBJECT, base
from eventwire.events.tree.words import TreeWords
from eventwire.model import POOLED_TYPES, Mention

OWNER_ROLES = (None, "theme", "agent", "source")  # the case words that name a thing's owner


class Roles(TreeWords):
    """Which words fill which role of a predicate."""

    def subject(self, token: Any, depth: int = 0) -> list[Any]:
        """The acting nominal of a verb, inherited along coordination and control."""
        passive = self.passive(token)
        if passive:  # the agent named as one before any bare instrumental ("Ночью ... by")
            agents = [c for c in self.children(token) if c.dep_ == "obl:agent" or (
                base(c.dep_) == "obl" and self.marker(c) == "agent")]
            if agents:
                return agents[:1]
        for child in self.children(token):
            if passive and self.lex.short_passives and child.dep_ in (
                    "obl", "iobj", "obj", "xcomp", "nmod") and "Ins" in child.morph.get(
                    "Case") and not self.marker(child) and not any(  # "задержано
                    base(c.dep_) == "case" and c.pos_ == "ADP"  # британскими военными",
                    for c in self.children(child)):  # not "за словами X" (a source): by
                return [child]  # the troops ("Ночью" hung as a case word is no preposition)
            if not passive and child.dep_ in SUBJECT:
                if child.pos_ == "PRON" and "Rel" in self.feature(child, "PronType"):
                    return [token.head] if token.dep_ == "acl:relcl" else []
                return [child]
        if not passive:
            inverted = self.inverted_subject(token)  # type: ignore[attr-defined]
            if inverted:
                return inverted  # "…, a accusé le porte-parole": the source's speaker
        if not passive and not self.shares_subject(token):
            # "..., сообщила армия": a nominative after its verb is its subject
            inverted = [c for c in self.children(token) if c.dep_ == "obj" and c.i > token.i
                        and c.morph.get("Case") == ["Nom"]]
            if inverted and not any(c.dep_ in SUBJECT for c in self.children(token)) and \
                    self.agrees(token, inverted[:1]):
                return inverted[:1]
        if passive and depth <= MAX_CLIMB and base(token.dep_) == "conj" \
                and token.head.i != token.i and self.passive(token.head) and not any(
                    c.dep_ in PASSIVE_SUBJECT for c in self.children(token)):
            return self.subject(token.head, depth + 1)  # "Міністерством ... засуджено удар
            # та висловлено вимогу": one doer for both impersonal passives, when the second
            # has no subject of its own (round o of the invented wires, session 23)
        if passive or depth > MAX_CLIMB:
            return []
        speaking = self.speaking_place(token)
        if speaking is not None:
            return [speaking]
        head, dep = token.head, base(token.dep_)
        if head.i == token.i:
            return []
        if dep == "conj" and self.claimed_conjunct(token, head):
            return self.addressees(head)[:1]  # "warf Y vor, ein Dorf beschossen ... getötet"
        if dep == "conj":
            inherited = self.subject(head, depth + 1)
            finite = self.finite_word(token)
            if finite is not None and inherited and not self.same_person(finite, inherited):
                return []  # "Mosca ci minaccia, ma non cederemo": "we" do not yield
            return inherited
        governor = self.triggers_now.get(head.i)
        if dep == "ccomp" and self.verbal(head) and not (
                governor is not None and governor.type == "ACCUSE"):
            inherited = self.subject(head, depth + 1)  # pro-drop: "X denied that [X] attacked"
            return inherited if self.agrees(token, inherited) else []
        marker = self.marker_or_mark(token)
        reproach = governor is not None and governor.type == "ACCUSE" and \
            self.gives_reason(token, marker)
        if self.purpose(token) and not reproach:  # "workers blocked a bridge in order to
            verbs = [h for h, _ in self.governors(token) if self.verbal(h)]  # protest"
            return self.subject(verbs[0], depth + 1) if verbs else []
        if governor is not None and dep in ("xcomp", "advcl", "acl", "ccomp") and (
                reproach or (governor.kind in ("claim", "request") and (
                    governor.kind == "request" or governor.content
                    or governor.type == "ACCUSE"))):
            # "accused Y of attacking", "urged Y to stop", "warf Y vor, ... zu haben" (no
            # marker, the accused maybe misparsed), "condemned Y for expelling", "pour avoir
            # expulsé" (a reason, not a purpose): Y acts, or nobody, never the accuser
            return self.addressees(head)[:1]
        if dep in ("xcomp", "advcl") or (dep == "acl" and self.verbal(token)):
            objects = [c for c in self.children(head) if c.dep_ in OBJECT]
            if dep == "xcomp" and objects and not (
                    governor is not None and governor.type == "ACCUSE"
                    and marker in self.grammar.infinitive_particles):
                return objects[:1]  # "urged Russia to": Russia (not "summoned Y's envoy to
                # protest": the summoner protests)
            raised = [c for c in self.children(head) if c.dep_ in PASSIVE_SUBJECT]
            if dep == "xcomp" and raised and self.passive(head):
                return raised[:1]  # "X is expected to meet", "X was asked to leave": X
            if dep == "acl" and token.dep_ != "acl:relcl" and not self.verbal(head):
                if "Inf" not in self.feature(token, "VerbForm"):
                    return [head]  # "forces attacking the city", "the envoys [who] met"
                if self.object_of_phrase(head):  # "summoned X's envoy | to protest": the
                    return self.subject(head.head, depth + 1)  # summoner's purpose
                owner = self.noun_owner(head)
                if owner:  # "X's decision to attack", "the order of X to"
                    return owner
            if self.verbal(head):
                return self.subject(head, depth + 1)
        if token.dep_ == "acl:relcl":
            return [head]
        return []

    def gives_reason(self, clause: Any, marker: str | None) -> bool:
        """Whether a clause under an accusation gives its reason ("for expelling", "pour
        avoir expulsé"), not a purpose of the accuser's ("summoned X to protest", "pour
        protester"): opened by a word that is no bare infinitive's particle, and not a
        purpose unless told in the perfect."""
        if marker is None or marker in self.grammar.infinitive_particles:
            return False
        return not self.purpose(clause) or any(base(c.dep_) == "aux"
                                                for c in self.children(clause))

    def object_of_phrase(self, noun: Any) -> bool:
        """Whether a noun is the object word of its verb's phrase trigger ("summon
        ambassador"): the verb and the noun tell one act, the verb's subject does it."""
        entry = self.triggers_now.get(noun.head.i)
        return entry is not None and noun.head.i != noun.i and base(noun.dep_) in OBJECT \
            and " " in entry.lemma and self.lemma(noun) == entry.lemma.rsplit(" ", 1)[-1]

    def agrees(self, verb: Any, subjects: list[Any]) -> bool:
        """Whether a finite verb can take these words as its dropped subject: not when it is
        marked for another number ("Министерство заявило, что ночью атаковали ...": a plural
        with no subject says "they", not the ministry; "negó que hubieran atacado"). Two
        conjoined subjects count as plural."""
        finite = self.finite_word(verb)
        if finite is not None and subjects and not self.same_person(finite, subjects):
            return False  # "Chiediamo ...": a verb in the first person is not the ministry's
        number = set(self.feature(finite, "Number")) if finite is not None else set()
        if not number or not subjects:
            return True
        told = set()
        for word in subjects:
            if word.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue  # a name the tagger took for a verb ("Чили") tells no number
            plural = any(c.dep_ == "conj" for c in self.children(word))
            told |= {"Plur"} if plural else set(self.feature(word, "Number"))
        return not told or bool(told & number)

    def finite_word(self, verb: Any) -> Any:
        """The word of a verb's group that carries its person and number: the verb or an
        auxiliary, finite or in a finite mood ("hubieran")."""
        words = [verb] + [c for c in self.children(verb) if c.dep_.startswith("aux")]
        return next((w for w in words if "Fin" in self.feature(w, "VerbForm")
                     or {"Ind", "Sub"} & set(self.feature(w, "Mood"))), None)

    def same_person(self, finite: Any, subjects: list[Any]) -> bool:
        """Whether a finite verb marked for the first or second person can have these words
        as subject: a name or a noun is a third person, a pronoun the person it is marked."""
        person = set(self.feature(finite, "Person"))
        if not person or "3" in person:
            return True
        for word in subjects:
            if word.pos_ in ("NOUN", "PROPN"):
                return False
            if word.pos_ == "PRON" and self.feature(word, "Person") and \
                    person.isdisjoint(self.feature(word, "Person")):
                return False
        return True

    def shares_subject(self, token: Any) -> bool:
        """Whether a verb is a later conjunct of a verb with a subject of its own ("Moskau wies
        ... zurück und beschuldigte Kiew"): the conjuncts share it, and a noun after this verb
        tagged nominative is its object, mistagged."""
        head = token.head
        return base(token.dep_) == "conj" and head.i != token.i and head.i < token.i and any(
            c.dep_ in SUBJECT for c in self.children(head))

    def addressees(self, token: Any) -> list[Any]:
        """Whom a claim or request is addressed to: its object, or an oblique marked as a
        receiver ("acusó a Rumanía", "appealed to Y")."""
        speaker = {w.i for w in self.inverted_subject(token)}  # type: ignore[attr-defined]
        found = [c for c in self.children(token) if c.dep_ in OBJECT and c.i not in speaker]
        # an oblique after the verb's infinitive complement belongs to the complement's clause,
        # misattached ("a proposé d'accueillir une réunion à Addis-Abeba": a place, no addressee)
        complement = min((c.i for c in self.children(token) if base(c.dep_) in ("xcomp", "ccomp")
                          and "Inf" in self.feature(c, "VerbForm")), default=len(self.tokens))
        found += [c for c in self.children(token) if base(c.dep_) == "obl"
                  and self.marker(c) in ("recipient", "target") and c.i < complement]
        found += self.bare_datives(token)
        return sorted(found, key=lambda c: c.i)

    def bare_datives(self, token: Any) -> list[Any]:
        """Obliques in the dative with no case word ("warf dem Sudan vor", "передала Молдове"
        read as an oblique): the verb's receiver, as an indirect object is."""
        return [c for c in self.children(token) if base(c.dep_) == "obl" and c.pos_ in (
            "NOUN", "PROPN") and c.morph.get("Case") == ["Dat"]
            and not any(base(g.dep_) == "case" for g in self.children(c))]

    def objects(self, token: Any) -> list[Any]:
        if self.passive(token):
            found = [c for c in self.children(token) if c.dep_ in PASSIVE_SUBJECT or (
                c.dep_ in SUBJECT and self.short_passive(token))]
            if not found and token.dep_ in ("acl", "amod"):
                found = [token.head]  # "talks mediated by X": the talks
            return found
        speaker = {w.i for w in self.inverted_subject(token)}  # type: ignore[attr-defined]
        subjects = [c for c in self.children(token) if c.dep_ in SUBJECT]
        second = [c for c in subjects[1:] if subjects[0].i < token.i < c.i]  # "сторона
        # обстреляла таджикский патруль": a second nominative after the verb is its object
        later = {c.i for c in second}
        return [c for c in self.children(token) if (c.dep_ in OBJECT or c.i in later)
                and c.i not in speaker]

    def obliques(self, token: Any) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        for child in self.children(token):
            if base(child.dep_) in ("obl", "nmod") and child.dep_ != "nmod:poss":
                role = self.marker(child)
                if role:
                    out.setdefault(role, []).append(child)
        return out

    def bound_possessive(self, token: Any, theme_owns: bool = True) -> bool:
        """Whether a noun event names its owner only by a possessive pronoun, its own ("their
        withdrawal") or its theme's ("the withdrawal of its forces"); not the theme's when
        the theme is who undergoes it (``theme_owns`` false: "the shelling of its positions"
        names the side shelled)."""
        themes = [c for c in self.children(token) if base(c.dep_) == "nmod"
                  and self.marker(c) in ("theme", None)] if theme_owns else []
        return any(self.possessive_pronouns(t) and not self.actor_mentions_of_word(t)
                   for t in [token, *themes])

    def possessive_pronouns(self, token: Any) -> list[Any]:
        """The possessive pronoun of a nominal ("its", "ses", "seine", "её"), which stands for
        the side that speaks or claims ("denied that its ships had rammed ...")."""
        return [c for c in self.children(token) if base(c.dep_) in ("nmod", "det") and (
            (("Yes" in self.feature(c, "Poss") or c.dep_ in ("det:poss", "nmod:poss"))
             and "Prs" in self.feature(c, "PronType")  # it "la sua marina": no Poss feature
             and "1" not in self.feature(c, "Person") and "2" not in self.feature(c, "Person"))
            or c.text.lower() in self.lex.possessives or self.lemma(c) in self.lex.possessives)]

    def stance_receivers(self, token: Any) -> list[Any]:
        """Who receives a stance taken on a thing: a side named as the thing itself ("opposed
        Russia"), else the thing's owners, its possessor, demonym, genitive, "of"/"by"/"de"
        X, through inner "of" phrases ("the plan of loans of the EU"), never a side its
        modifiers aim at ("the tariffs on Canada", "loans to Georgia")."""
        if self.head_mentions(token):
            return [token]
        if token.i not in self.triggers_now:
            return self.owners(token) or self.group_places(token)
        words = self.core(token)
        aimed = {w.i for c in words if base(c.dep_) == "nmod" and self.marker(c) in (
            "target", "recipient") for w in c.subtree}
        if not aimed:
            return [token]  # an act praised or opposed: "welcomed the truce between X and Y"
        # "X's tariffs on Y", "los aranceles de X sobre Y": the names outside what it aims at
        return [w for w in words[1:] if w.i not in aimed and self.head_mentions(w)]

    def group_places(self, token: Any) -> list[Any]:
        """ "recognised the new government in Jakarta": a group noun of the state (data
        `place_groups`) with no owner stands for the side of the place it is in."""
        if not any(k in self.lex.place_groups for k in self.keys(token)):
            return []
        return [c for c in self.children(token)
                if base(c.dep_) == "nmod" and self.marker(c) == "location"][:1]

    def owners(self, token: Any) -> list[Any]:
        """A thing's owners: possessor, demonym, genitive, "of"/"by"/"de" X, through inner
        "of" phrases ("the plan of loans of the EU")."""
        out = list(self.noun_owner(token))
        for child in self.children(token):
            if base(child.dep_) == "nmod" and child.dep_ != "nmod:poss" and \
                    self.marker(child) in OWNER_ROLES and not self.verbal(child):
                out += [child] if self.head_mentions(child) else self.owners(child)
        return out

    def stance_thing(self, token: Any, entry: Predicate) -> bool:
        """Whether a word is the thing (no act) a stance is taken on: its receivers are read
        from it (:meth:`stance_receivers`), so no nearer side is guessed inside it."""
        dep = base(token.dep_)
        taken = dep in ("obj", "iobj") or (dep == "obl" and self.marker(token) in (
            "target", "recipient", "partner", "partners"))  # the words verb_sides takes
        return entry.type in convention("stance_types") and taken and (
            token.i not in self.triggers_now or any(
                base(c.dep_) == "nmod" and self.marker(c) in ("target", "recipient")
                for c in self.children(token)))

    def speaking_place(self, token: Any) -> Any | None:
        """ "В Кремле опровергли ...", "У МЗС закликали ...": a third-person plural verb of
        saying's kind (convention ``said_types``, or a dismissal) with no subject, in a
        language where such a verb says "they", and a place before it that names an actor:
        the place speaks."""
        if not self.lex.impersonal_plural or "Plur" not in self.feature(token, "Number") \
                or any(c.dep_ in SUBJECT for c in self.children(token)):
            return None
        entry = self.triggers_now.get(token.i)
        if (entry is None or entry.type not in convention("said_types")) and \
                self.dismissed_claim(token) is None:  # type: ignore[attr-defined]
            return None  # "В Кремле назвали ложью ...": a dismissal is said, too
        return next((c for c in self.children(token) if c.i < token.i and base(c.dep_) == "obl"
                     and self.marker(c) == "location" and self.mentions_of([c])), None)

    def noun_owner(self, token: Any) -> list[Any]:
        """Who a noun belongs to: a possessor ("Russia's attack") or a demonym ("Russian")."""
        out = [c for c in self.children(token) if c.dep_ in ("nmod:poss", "det:poss")]
        out += [c for c in self.children(token)  # ("attacco russo" read as a clause: acl)
                if (c.dep_ == "amod" or (base(c.dep_) == "acl" and c.pos_ == "ADJ"))
                and self.actor_mentions_of_word(c) and not self.go_between(c)]
        # "a Russian missile strike": the demonym hung on the noun's compound modifier
        out += [a for c in self.children(token) if c.dep_ == "compound" and c.i < token.i
                and not self.actor_mentions_of_word(c) for a in self.children(c)
                if a.dep_ in ("amod", "compound") and a.pos_ == "ADJ"
                and self.actor_mentions_of_word(a)]
        return out

    def go_between(self, token: Any) -> bool:
        """A participle of mediation hung on an event noun ("a UAE-brokered swap", "a
        Qatar-mediated deal", "ein von Katar vermitteltes Abkommen", an adjective to the
        German model): it names who mediated, not a side of the noun's event."""
        participle = "Part" in self.feature(token, "VerbForm") or (  # "ein von Katar
            token.pos_ in ("ADJ", "VERB") and any(  # vermitteltes Abkommen", tagged either way)
                c.dep_ == "obl:agent" or (base(c.dep_) == "obl" and self.marker(c) == "agent")
                for c in self.children(token)))
        return base(token.dep_) in ("amod", "acl") and participle and any(
            entry.type == "CONSULT" and entry.mode == "third_party"
            for key in self.keys(token) for entry in self.lex.lookup((key,)) + tuple(
                e for noun in self.keys(token.head)  # "conversaciones organizadas por Z":
                for e in self.lex.lookup((key, noun))))  # the phrase with its noun

    def unnamed(self, token: Any) -> bool:
        """ "Gunmen attacked", "were attacked by gunmen": the verb's own subject (or agent) is
        a doer the language's data knows to have no side ("rebels", "a drone"), and names no
        actor ("Malian rebels" has one). A subject inherited from another verb does not count
        ("strikes targeting Y")."""
        passive = self.passive(token)
        subjects = self.subject(token) if passive else [
            c for c in self.children(token) if c.dep_ in SUBJECT]  # "was attacked by gunmen"
        if passive and not subjects:  # "were killed in a car bombing": the instrument
            subjects = [c for c in self.children(token) if base(c.dep_) == "obl"
                        and any(k in self.lex.unnamed_agents for k in self.keys(c))][:1]
        return self.unnamed_agents(subjects)

    def unnamed_agents(self, subjects: list[Any]) -> bool:
        """Whether there are subjects and each is a doer the language's data knows to have
        no side (``unnamed_agents``: "rebels", "gunmen") and names no actor."""
        return bool(subjects) and all(
            any(k in self.lex.unnamed_agents for k in self.keys(s)) and not self.mentions_of([s])
            for s in subjects)

    def agentless(self, token: Any, entry: Predicate) -> bool:
        """ "Three Ukrainian power stations were hit overnight", "ont été bombardés": a passive
        of an act of force with no agent says whom it hit and names no doer (conventions
        `agentless_types`): the act stands with no actor, as with a doer of no side."""
        if entry.type not in convention("agentless_types") or not self.verbal(token) or \
                self.known(token, self.lex.tolls):
            return False  # "two soldiers were killed": a toll, told by no one's act
        children = list(self.children(token))
        if self.passive(token):  # marked so, not by morphology alone ("has deported": a
            # perfect the model tagged passive); an agent that names no side ("обстреляны
            # ночью": the night) leaves it without a doer; the side hit is what undergoes it
            # (not a side found nearby: "wonach russische Kampfjets ... bombardiert hätten")
            return (self.short_passive(token) or any(
                c.dep_ in PASSIVE_SUBJECT or c.dep_ in ("aux:pass", "expl:pass")
                for c in children)) and not self.mentions_of(self.subject(token)) and bool(
                self.mentions_of(self.objects(token) or [c for c in children
                                                        if c.dep_ in OBJECT]))
        if self.subject(token):
            return False
        if not self.mentions_of([c for c in children if c.dep_ in OBJECT]):
            return False  # "В Бишкеке обстреляли пост": the place may be who shelled
        if any(c.dep_ in ("expl:pass", "expl:pv") and c.i < token.i for c in children):
            return True  # "Se atacaron dos puestos": a reflexive passive
        # "ночью обстреляли позиции": where a plural verb with no subject says "they"
        return bool(self.lex.impersonal_plural) and "Plur" in self.feature(token, "Number") \
            and "Fin" in self.feature(token, "VerbForm")

    def nameless(self, token: Any) -> bool:
        """ "The two governments are expected to meet, a diplomat said": the verb's subject
        (its own or inherited) is a noun that names no actor, or the verb is a participle
        describing a noun with no agent named. The text says who acts, so
        whoever announces it does not stand in for them."""
        if self.passive(token) and base(token.dep_) == "acl" and not self.subject(token):
            return True  # "the agreement signed in Washington": a thing described by what
            # was done to it, by someone the text does not name (not whoever speaks of it)
        subjects = [] if self.passive(token) else self.subject(token)
        return bool(subjects) and all(
            s.pos_ in ("NOUN", "PROPN") and not self.mentions_of([s]) for s in subjects)

    def doer_subject(self, token: Any) -> bool:
        """Whether the verb has a subject (its own or inherited) and none is an act: "the
        guards detained two Peruvians" is done by the guards, but in "the truce seeks to end
        the war", "the ceasefire is intended to allow Y", "strikes targeting Y" the subject is
        an event noun, and "soldiers captured in the fighting" names no doer. A side named
        among its own subjects is who acts (two subjects, one misread: "X, Moscou réclame")."""
        subjects = self.subject(token)
        if self.mentions_of([c for c in self.children(token) if c.dep_ in SUBJECT]):
            return False
        return bool(subjects) and not any(
            s.i in self.triggers_now or any(self.lex.lookup((k,)) for k in self.keys(s))
            for s in subjects)

    def nearby(self, token: Any, entry: Predicate, actors: list[Mention]) -> list[Mention]:
        """Who an event with no marked receiver is done to: the first side named in its own
        phrase ("withdraw forces from southern Lebanon", "rocket attacks across northern
        Israel"), not in clauses of its own, in its subject or in a meeting or mediation
        inside it (the mediator of an exchange)."""
        words = [token]
        own = {"nsubj", "csubj", "ccomp", "parataxis", "conj", "punct", "advcl"}
        if entry.kind in ("threat", "commitment"):
            own -= {"ccomp", "advcl"}  # "threatened to strike Y", "offered to free Y's men"
        if entry.kind == "claim":
            own |= {"xcomp", "obl", "nmod"}  # what is denied or claimed is not its receiver
        if entry.kind == "request" and self.addressees(token):  # (also "ordonné à ses troupes")
            own |= {"xcomp"}  # "urged its partners to tighten sanctions on Y": the asked
            # are named, though as no side; what they are asked to do names no receiver
        inner = {"ccomp", "parataxis", "advcl", "acl"}
        if entry.kind == "threat":
            inner -= {"advcl"}  # "threatened to strike unless Y pays": Y is threatened
        def another_event(word: Any) -> bool:  # "an exchange mediated by X", "при
            found = self.triggers_now.get(word.i)  # посредничестве X": X is the mediation's
            if found is not None and found.type != entry.type and \
                    entry.type in convention("struck_place_types") and \
                    word.head.i == token.i and base(word.dep_) == "obl":
                return True  # "clashed with police during a protest against Y": Y is the
                # protest's, the clash only happened while it went on
            return found is not None and found.type in POOLED_TYPES and \
                found.type != entry.type and entry.kind != "commitment"  # an offer's are its

        told = {"ccomp", "advcl"} if entry.kind == "threat" else set()  # "warned that X
        # would respond if Y violated the truce": the threat's clauses name who is warned
        stack = [c for c in self.children(token) if base(c.dep_) not in own
                 and not self.stance_thing(c, entry) and not another_event(c)
                 and not self.informant(c)  # "selon l'armée, des drones ont frappé"
                 and not (entry.kind == "claim" and c.dep_ in OBJECT and self.report_noun(  # type: ignore[attr-defined]
                     c, self.triggers_now))]  # "denied reports of arms supplies to Y": Y is
        # no side the denial is made to
        while stack:
            current = stack.pop()
            words.append(current)
            stack.extend(c for c in self.children(current) if base(c.dep_) not in inner
                         and not another_event(c) and not self.informant(c)
                         and not self.participle_with_agent(c)
                         and (base(c.dep_) in told or not self.clause_of_its_own(c)))
        found = [m for m in self._mentions_in(words) if m not in actors]
        if entry.kind == "threat" and all(m.actor is None or m.actor.country in ORG_CODES
                                          for m in found[:1]):
            # "threatened to go to court if Y does not apologise": Y, whom the condition
            # is put to, rather than the court or no one
            found = self.condition_put_to(token, actors) or found
        if not found and entry.kind == "threat":  # "Y will pay, Moscow warned": the
            found = [m for m in self._mentions_in(self.threatened_clause(  # type: ignore
                token, self.triggers_now)) if m not in actors]  # clause names who is
        if not found and entry.type in convention("struck_place_types"):
            found = [m for m in self._mentions_in(self.consequence(token)) if m not in actors]
        countries = {m.actor.country for m in actors if m.actor}
        found = [m for m in found if not m.actor or m.actor.country not in countries]
        # "offered to host talks between X and Y": every side of what is offered, never the
        # capital it would be held in ("a proposé d'accueillir une réunion à Addis-Abeba")
        return [m for m in found if not self.venue_of_content(m)] \
            if entry.kind == "commitment" else found[:1]

    def participle_with_agent(self, word: Any) -> bool:
        """Whether a word is a participle describing a noun and naming its own doer ("nach von
        Katar vermittelten Gesprächen", "talks mediated by Qatar"): that doer acted in a
        happening of its own and receives nothing of the event the noun's phrase is in."""
        return base(word.dep_) in ("amod", "acl") and word.pos_ in ("VERB", "ADJ") and any(
            self.marker(c) == "agent" for c in self.children(word))

    def venue_of_content(self, mention: Mention) -> bool:
        """Whether a mention is a capital named with a case word as where something is held
        ("to host a meeting in Addis Ababa"), not as a side ("talks between Kyiv and Moscow")."""
        if mention.kind != "capital":
            return False
        word = self._word_at(mention.start)  # type: ignore[attr-defined]
        return word is not None and base(word.dep_) in ("obl", "nmod") and \
            self.marker(word) not in ("partner", "partners", "target")

    def clause_of_its_own(self, token: Any) -> bool:
        """A verb with a subject of its own, whatever relation the model hung it by ("fired
        on positions, days before the ministers meet in Geneva", the meeting read as an
        ``orphan``): what happens there is not where the event reached."""
        return self.verbal(token) and token.pos_ in ("VERB", "AUX") and self.own_subject(token)

    def condition_put_to(self, token: Any, actors: list[Mention]) -> list[Mention]:
        """The states named in a condition after a threat ("if Y does not apologise", "si",
        "wenn": the language's ``conditions``), not in a clause of time ("after Y demanded")."""
        marks = self.lex.if_marks | self.lex.unless_marks
        condition = [w for c in token.subtree if base(c.dep_) == "advcl" and c.i > token.i
                     and any(tuple(self.lemma(w) for w in list(c.subtree)[:len(mark)]) == mark
                             for mark in marks)
                     for w in c.subtree]
        countries = {m.actor.country for m in actors if m.actor}
        return [m for m in self._mentions_in(condition) if m not in actors and m.actor
                and m.actor.country and m.actor.country not in countries | ORG_CODES]

    def consequence(self, token: Any) -> list[Any]:
        """The words of a clause that tells what an attack noun brought about, set off by a
        comma after it with no subject of its own ("continued rocket attacks, triggering
        sirens across northern Israel"), hung on the noun's verb: where the attack reached."""
        verb = token.head
        if verb.i == token.i or base(token.dep_) not in OBJECT or not self.verbal(verb):
            return []
        clauses = [c for c in self.children(verb) if base(c.dep_) == "advcl" and c.i > token.i
                   and self.tokens[c.i - 1].text == "," and "Fin" not in self.feature(c, "VerbForm")
                   and not self.own_subject(c)]
        return [w for c in clauses[:1] for w in c.subtree]
