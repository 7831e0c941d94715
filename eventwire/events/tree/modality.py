"""Modality and conditions: negation, modal and future auxiliaries, future and conditional
morphology above a trigger; an "unless" or "if" clause that turns a planned act into a
threat to the other side."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.tree.common import OBJECT, Reading, base
from eventwire.events.tree.words import TreeWords

# relations of a verb whose governing verb says what it is (an accusation, a denial, a plan)
GOVERNED = frozenset({"advcl", "xcomp", "ccomp", "acl", "csubj"})


class Modality(TreeWords):
    """Negated, hypothetical, future or uncertain; conditions that make threats."""

    def modality(self, token: Any) -> str:
        """Negated, hypothetical, future or uncertain, from the trigger and the verbs above."""
        if self.held_back(token):
            return "negated"
        chain = [token]
        current = token
        for _ in range(3):  # a noun's verb, a verb's controlling verb
            dep = base(current.dep_)
            if current.head.i == current.i or dep not in ("obj", "nsubj", "xcomp", "conj",
                                                      "obl", "nmod", "ccomp") and not (
                    dep == "advcl" and self._refusal(current.head)):  # "ruled out lifting"
                break
            if dep == "conj" and self.verbal(current):
                break  # "would respond and threatened": each verb has its own words
            current = current.head
            chain.append(current)
            if self.verbal(current) and dep not in ("xcomp",):
                break
        if any(self._failed(word) for word in chain):
            return "negated"  # "failed to reach an agreement": tried, not done
        found = "asserted"
        if self._governed_as_planned(token):
            found = "future"  # "are set to exchange", "plans for an exchange"
        for word in chain:
            state = self._words_modality(word)
            if state == "asserted" and word is not token and \
                    self.lemma(word) in self.lex.uncertain:
                state = "uncertain"  # a modal verb above the act: "может атаковать"
            if state == "negated" and word is not token and self._refusal(word):
                return "hypothetical"  # "did not rule out lifting": possible, not refused
            if state == "negated" and word is not token and self.known(
                    word, self.lex.confirming):
                return "uncertain"  # "Niger did not confirm the visit": unconfirmed, not
                # called off (round o of the invented wires, session 23)
            if state == "negated":
                return "negated"
            if found == "asserted":
                found = state
        if found == "hypothetical" and self._reported_future(token):
            return "future"
        if found == "hypothetical" and self._reportive_conditional(chain):
            return "uncertain"
        if found == "asserted" and self._asked(token) or found in ("asserted", "future") \
                and self._perfect_infinitive(token):
            return "uncertain"
        return found

    def _reportive_conditional(self, chain: list[Any]) -> bool:
        """A perfect conditional in a main clause, where the language uses it to report what
        others say (grammar ``reportive_conditional``: "le forze russe avrebbero colpito",
        "les forces russes auraient frappé", "habrían atacado"): told, not vouched for, so
        uncertain. Under a verb (a speech verb's content, an accusation) or with an "if"
        clause it stays what the verb above or the condition makes it."""
        if not self.grammar.reportive_conditional:
            return False
        verb = next((word for word in chain if self.verbal(word)), None)
        if verb is None or "Part" not in self.feature(verb, "VerbForm"):
            return False
        clause = verb
        while base(clause.dep_) == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "avrebbero colpito ... e ucciso": the first verb's place
        if clause.head.i != clause.i and base(clause.dep_) != "parataxis":
            return False
        lex = self.lex
        auxiliaries = [c for c in self.children(verb) if base(c.dep_) == "aux"]
        if any(self.lemma(c) in lex.modal_words or "Inf" in self.feature(c, "VerbForm")
               for c in auxiliaries):
            return False  # "podría haber atacado": a modal's supposition, not a report
        return any(any(m in str(c.morph) for m in lex.hypothetical_morph)
                   or self._conditional_form(c) for c in auxiliaries) \
            and self.condition(verb) is None

    def _perfect_infinitive(self, token: Any) -> bool:
        """A bare perfect infinitive is asserted by no one: it stands under a modal or a
        future ("soll angegriffen haben", "must have attacked", "wird angegriffen haben");
        governed by a verb ("accused of having attacked") that verb says what it is. Read from
        the infinitive auxiliary, or (where the model tags it finite) from a modal or future
        auxiliary beside a second one."""
        children = list(self.children(token))
        if base(token.dep_) in GOVERNED or any(base(c.dep_) in ("mark", "case")
                                               for c in children):
            return False  # "accusó a X de haber atacado": the accusation says what it is
        auxiliaries = [c for c in children if c.dep_ == "aux"]
        return any("Inf" in self.feature(c, "VerbForm") for c in auxiliaries) or (
            len(auxiliaries) >= 2 and any(self.lemma(c) in self.lex.modal_words
                                          for c in auxiliaries))

    @staticmethod
    def _asked(token: Any) -> bool:
        """A yes-no question ("Did X attack Y?", "Атаковал ли X Y?") asserts nothing; a
        question with a question word ("Why did X attack Y?") takes the act as given."""
        sentence = token.doc
        last = next((t for t in reversed(sentence) if not t.is_space), None)
        return last is not None and last.text == "?" and not any(
            "Int" in t.morph.get("PronType") for t in sentence)

    def held_back(self, token: Any) -> bool:
        """An act in an adverbial clause of its own subject's halting verb ("refrained from
        attacking", "stopped short of agreeing", "s'est abstenue d'attaquer"): not done."""
        return base(token.dep_) == "advcl" and token.head.i != token.i \
            and self.known(token.head, self.lex.halting) and not self.own_subject(token) \
            and not self.purpose(token) \
            and not self._halts_a_thing(token)  # "stopped work to protest": the aim, done

    def _halts_a_thing(self, clause: Any) -> bool:
        """"ha fermato un peschereccio sequestrandogli le reti": a halting verb with a noun
        for its object stops that thing (a boat, a convoy), and an unmarked clause beside it
        says how, not what was held back ("prevented Russia from attacking" is marked)."""
        return not any(base(c.dep_) in ("mark", "case") for c in self.children(clause)) \
            and any(base(c.dep_) == "obj" and c.pos_ in ("NOUN", "PROPN")
                    for c in self.children(clause.head))

    def _perfective_present(self, token: Any, features: set[str]) -> bool:
        """A finite present of a perfective verb (by lemma, as the models tag most ru and uk
        verbs imperfective), not a past form mis-tagged present, nor a passive participle
        whose auxiliary is past ("был сбит", tagged a present): a future. So is a perfective
        tagged past whose ending is a present's (grammar ``present_endings``)."""
        g = self.grammar
        form = token.text.lower()
        if {"Tense=Past", "VerbForm=Fin", "Aspect=Perf"} <= features and g.present_endings \
                and form.endswith(g.present_endings) and not form.endswith(g.past_endings) \
                and not self.known(token, g.two_aspect_verbs):
            return True  # "Литва закроет границу", tagged a past: its ending is a present's
        return {"Tense=Pres", "VerbForm=Fin"} <= features \
            and not form.endswith(g.past_endings) \
            and not any(base(c.dep_) == "aux" and "Past" in self.feature(c, "Tense")
                        for c in self.children(token)) \
            and not self.known(token, g.two_aspect_verbs) and self.known(token, g.perfective_verbs)

    def _conditional_form(self, token: Any) -> bool:
        """A finite verb whose ending is the language's conditional though the model tagged
        it otherwise ("attaquerait" read as an imperfect)."""
        endings = self.grammar.conditional_endings
        return bool(endings) and token.pos_ in ("VERB", "AUX") \
            and token.text.lower().endswith(endings)

    def _refusal(self, word: Any) -> bool:
        """A word that refuses or denies what it governs ("rule out", "refuse", "deny",
        "descartar"): negated, it leaves what it governs open."""
        entry = self.triggers_now.get(word.i)
        return (entry is not None and entry.type == "REJECT") or \
            self.lemma(word) in self.lex.denial

    def _governed_as_planned(self, token: Any) -> bool:
        """An infinitive or event noun under a verb of planning: "are set to exchange",
        "plans for an exchange", "accused Y of preparing an invasion" (the invasion is
        planned, not done)."""
        dep = base(token.dep_)
        if self._agreed_to(token):
            return True
        if token.head.i == token.i or not self.known(token.head, self.lex.future_governors):
            return False
        if dep == "obj" and self.known(token.head, self.lex.speech_verbs):
            return False  # "kündigte an, ... zu verstärken" is planned, "den Abzug" is told
        return dep in ("xcomp", "nmod", "acl") or (dep == "obj" and not self.verbal(token))

    def _agreed_to(self, token: Any) -> bool:
        """What sides agree to do is planned, not done: "agreed to hold talks next week",
        "acordaron celebrar conversaciones": the act (or its noun under a light verb) is the
        infinitive complement of a verb of agreeing (an AGREE entry of the lexicon)."""
        verb = token
        if base(token.dep_) == "obj" and self.known(token.head, self.lex.light_verbs):
            verb = token.head  # "hold talks": the talks are what the light verb does
        dep = base(verb.dep_)
        if dep in ("ccomp", "advcl") and "Inf" in self.feature(verb, "VerbForm"):
            dep = "xcomp"  # "agreed on Monday to hold", "ont convenu de tenir": an infinitive
        if dep != "xcomp" or verb.head.i == verb.i or not self.verbal(verb.head):
            return False
        return any(entry.type == "AGREE" for entry in self.lex.lookup((self.lemma(verb.head),)))

    def _failed(self, word: Any) -> bool:
        """A verb or noun under a verb of failing ("failed to agree", "a échoué à conclure un
        accord"), or of succeeding negated ("did not manage to agree", "non sono riuscite a"):
        the act was tried and not done."""
        if any(base(c.dep_) == "aux" and self.known(c, self.lex.success_governors)
               and self._words_modality(c) == "negated" for c in self.children(word)):
            return True  # "no lograron alcanzar", the verb of succeeding read as an auxiliary
        head = word.head
        if head.i == word.i or base(word.dep_) not in ("xcomp", "advcl", "obl", "ccomp"):
            return False  # "non sono riuscite a raggiungere": not managed, so not done
        return self.known(head, self.lex.failure_governors) or (self.known(
            head, self.lex.success_governors) and self._words_modality(head) == "negated")

    def _reported_future(self, token: Any) -> bool:
        """ "X announced it would withdraw", "dijo que retiraría": a conditional in the content
        of a speech verb that is not in the present is the future seen from then, not a
        supposition; with an "if" clause of its own, or a perfect ("would have attacked"), it
        stays hypothetical."""
        clause = token
        while base(clause.dep_) in ("xcomp", "conj", "obj") and clause.head.i != clause.i:
            clause = clause.head  # up from a noun or infinitive to its finite verb
        speech = clause.head
        if base(clause.dep_) != "ccomp" or speech.i == clause.i or \
                self.lemma(speech) not in self.lex.speech_verbs:
            return False
        if "Pres" in self.feature(speech, "Tense") and \
                "Fin" in self.feature(speech, "VerbForm") and \
                not any(base(c.dep_) == "aux" for c in self.children(speech)):
            return False  # "says it would": a supposition now
        if "Part" in self.feature(clause, "VerbForm"):
            return False  # a perfect conditional: "would have attacked"
        return self.condition(clause) is None

    def _words_modality(self, token: Any) -> str:
        lex = self.lex
        states = []
        for child in self.children(token):
            if child.dep_ in ("aux:pass", "expl:pass"):
                continue  # "wurde angegriffen", "fue atacada": the passive, not a future
            lemma = self.lemma(child)
            dep = base(child.dep_)
            if dep in ("advmod", "aux", "neg", "det", "mark", "cop", "part", "advcl") or \
                    child.dep_ in ("advmod:neg", "aux:neg"):
                if self.negation(child):
                    if dep != "advcl":
                        return "negated"
                if lemma in lex.hypothetical and dep != "advcl":
                    states.append("hypothetical")
                elif lemma in lex.future and dep != "advcl":
                    states.append("future")
                elif lemma in lex.uncertain and dep != "advcl":
                    states.append("uncertain")
            if dep == "aux" or dep == "cop":
                morph = self.analysis(child)
                if any(m in morph for m in lex.hypothetical_morph) or \
                        self._conditional_form(child):
                    states.append("hypothetical")
                elif any(m in morph for m in lex.future_morph):
                    states.append("future")
        if token.dep_.startswith("advcl") and any(
                self.lemma(c) in lex.hypothetical for c in self.children(token)
                if base(c.dep_) == "mark"):
            states.append("hypothetical")  # "if Russia attacks", "si la Russie attaque"
        opener = token.left_edge
        if opener.i < token.i and base(opener.dep_) == "mark" and opener.head.i != token.i \
                and not self.verbal(opener.head) and self.lemma(opener) in lex.hypothetical:
            states.append("hypothetical")  # "If Y strikes refineries, ...": the "if" hung on
            # the object by the model still opens the verb's clause
        morph = self.analysis(token)
        features = set(morph.split("|"))
        if any(m in morph for m in lex.hypothetical_morph) or self._conditional_form(token):
            states.append("hypothetical")
        elif any(m in morph for m in lex.future_morph) or any(
                combo <= features for combo in self.grammar.future_forms) or \
                self._perfective_present(token, features):
            states.append("future")  # ru "встретятся": a perfective present is a future
        for state in ("hypothetical", "uncertain", "future"):
            if state in states:
                return state
        return "asserted"

    def condition(self, token: Any) -> tuple[str, list[Any]] | None:
        """The clause that makes a verb conditional, as its words: ("unless", ...) for
        "unless Y pays", "à moins que", "a meno che"; ("if", ...) for "if Y attacks", "si",
        "wenn". Read from the clause's first words, on the verb, on its object ("boycott the
        vote unless ...") or above it ("si Chile ataca, Bolivia bombardeará" read as two
        coordinated clauses)."""
        clauses = [list(c.subtree) for c in self.children(token)
                   if base(c.dep_) in ("advcl", "ccomp", "parataxis", "dep", "conj", "obl")]
        clauses += [list(c.subtree) for o in self.children(token) if o.dep_ in OBJECT
                    for c in self.children(o) if base(c.dep_) in ("acl", "advcl") and c.i > o.i]
        if base(token.dep_) == "conj" and token.head.i < token.i:
            own = {w.i for w in token.subtree}
            clauses.append([w for w in token.head.subtree if w.i not in own and w.i < token.i])
        for words in clauses:
            lemmas = tuple(self.lemma(w) for w in words)
            for kind, marks in (("unless", self.lex.unless_marks), ("if", self.lex.if_marks)):
                if any(lemmas[: len(mark)] == mark for mark in marks):
                    return kind, words
        return None

    def conditional_warning(self, token: Any, by_token: dict[int, Reading]) -> None:
        """ "X warned that it would respond with all means if its borders were violated",
        "advirtió que responderá ... si ...": a warning that addresses no one, whose content
        is made to hang on a condition, is a threat all the same, to the side the condition
        names (else, in the coder, to the other side of X's latest dealing); the condition
        tells no event of its own."""
        reading = by_token.get(token.i)
        if reading is None or reading.predicate.kind != "threat" or reading.noun:
            return
        if reading.recipients:
            return
        countries = {m.actor.country for m in reading.actors if m.actor}
        content = [c for c in self.children(token) if base(c.dep_) in ("ccomp", "parataxis")
                   and self.verbal(c) and self.own_act(c, countries)]
        clause = next((words for c in content for w in c.subtree if self.verbal(w)
                       for words in [[x for x in w.subtree if not x.is_punct]]
                       if any(tuple(self.lemma(x) for x in words[: len(mark)]) == mark
                              for mark in self.lex.if_marks)  # wherever it hangs, with
                       and any(c.i not in {x.i for x in words} for c in content)), None)
        if clause is None and not content:
            clause = self.closed_condition(token, countries, by_token)
        if clause is None:  # a content of its own ("si ..." may hang on the warning)
            return
        inside = {w.i for w in clause}
        for i in [i for i in by_token if i in inside]:
            del by_token[i]  # "if its borders are violated": a condition, not an act
        reading.recipients = [m for m in self._mentions_in(clause)
                              if m.actor and m.actor.country not in countries][:1]
        reading.conditional = True

    def closed_condition(self, token: Any, countries: set[str | None],
                         by_token: dict[int, Reading]) -> list[Any] | None:
        """The condition of the clause a warning closes ("Le Maroc répondra si Alger ...,
        a prévenu Rabat", "Se la Serbia non ritirerà ..., il Kosovo reagirà, ha avvertito
        Pristina", "Если ..., Азербайджан ответит, пригрозили в Баку"): the model hangs the
        warning on that clause, or both on the condition's verb. The clause must tell an act
        of the warner's own that is no event of its own; its condition's words are
        returned."""
        fronted = self.fronted_content(token)
        if fronted is None or fronted.i in by_token or not self.own_act(fronted, countries):
            return None  # (an act of its own is a threat by itself: conditional_threat)
        found = self.condition(fronted)
        if found is None and base(fronted.dep_) == "conj" and fronted.head.i < fronted.i:
            found = self.condition(fronted.head)  # the condition's verb read as the root
        return None if found is None else [w for w in found[1] if not w.is_punct]

    def own_act(self, clause: Any, countries: set[str | None]) -> bool:
        """Whether a clause tells an act of the speaker's own: no subject, a pronoun ("it",
        "man"), or a side of the speaker's country ("Caracas responderá"); "the talks could
        fail" is a forecast, no threat."""
        subject = self.subject(clause)
        if all(t.pos_ == "PRON" for t in subject):
            return True
        return bool(countries) and any(m.actor and m.actor.country in countries
                                       for m in self.mentions_of(subject))

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
