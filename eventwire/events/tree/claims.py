"""Claims and claimants: the complement of a speech, accusation or denial verb is claimed
by the verb's subject, never done by it; the complement of a request, threat or halting word
is demanded, threatened or stopped, not done; "Y must ..." said by X is X's demand of Y."""

from __future__ import annotations

from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.predicates import Predicate
from eventwire.events.tree.common import CLAUSE_DEPS, OBJECT, SUBJECT, Reading, base
from eventwire.events.tree.words import TreeWords
from eventwire.model import Mention
from eventwire.syntax.lookup import token_feature

# Types of an event noun whose verb clause is what is asked or threatened, not done: "its
# demand to eliminate ...", "la demande d'éliminer ...", "the threat to strike ..."
BIDDING_NOUNS = frozenset({"REQUEST", "THREATEN"})
QUOTE_CLOSERS = frozenset({"»", "\u201d", "\"", "'", "\u2019"})  # between a quote and "…, a dit X"


def finite(token: Any) -> bool:
    """A finite verb: marked so, or with a mood (the German model marks "beschuldigte" with
    its mood only)."""
    return "Fin" in token_feature(token, "VerbForm") or bool(token_feature(token, "Mood"))


class Claims(TreeWords):
    """What is claimed, denied, demanded or stopped, and by whom."""

    def blocked(self, token: Any, triggers: dict[int, Predicate]) -> str | None:
        """Why a trigger tells no event: it is demanded, threatened or stopped content, or a
        state a participle gives the noun it describes."""
        if self.state_of_noun(token):
            return "state"
        bidder = self.bidding_noun_before(token, triggers)
        if bidder is not None:
            return "request" if bidder.type == "REQUEST" else "threat"
        if self.under_trailing_threat(token, triggers):
            return "threat"
        if self.broken(token, triggers):
            return "broken"
        if self.own_act_offered(token, triggers):
            return "offered"
        described = self.described_thing(token, triggers)
        if described is not None:
            found = self.blocked(described, triggers)
            if found is not None:
                return found
        child = token
        for head, dep in self.governors(token):
            entry = triggers.get(head.i)
            if self.purpose(child):
                if entry is not None and entry.type == "AGREE" and base(dep) in (
                        "acl", "advcl", "xcomp"):
                    return "agreed"  # "firmaron un acuerdo para combatir X": the deal's aim
                break  # "blocked a bridge to protest": the protest is the aim, not stopped
            if self.known(head, self.lex.halting) and base(dep) in ("obj", "xcomp", "nmod", "obl",
                                                           "ccomp", "nsubj"):
                return "halted"
            if base(dep) in ("obl", "iobj") and self.verbal(head) and any(
                    base(c.dep_) == "obj" and self.known(c, self.lex.halting)
                    for c in self.children(head)):
                return "halted"  # "mettre fin à l'occupation", "put an end to the siege"
            if entry is not None and entry.kind == "event" and entry.mode in convention(
                    "permitting_modes") and (base(dep) in ("xcomp", "ccomp") or (
                    base(dep) == "advcl" and not self.own_subject(child)) or (
                    base(dep) in ("obj", "iobj") and any(  # "allowed Y | to hold a rally"
                        base(c.dep_) == "acl" and token in c.subtree
                        for c in self.children(child)))):
                return "permitted"  # "allowed the opposition to hold a rally": not held yet
            if entry is not None and entry.type in BIDDING_NOUNS and not self.verbal(head) and \
                    child.pos_ == "VERB" and base(dep) in ("acl", "xcomp", "ccomp", "nmod"):
                return "request" if entry.type == "REQUEST" else "threat"
            bid = self.bid_before_clause(head, child, dep, triggers)
            if bid is not None:
                return "request" if bid.type == "REQUEST" else "threat"
            if (entry is None or entry.type == "AGREE") and head.pos_ == "NOUN" and \
                    child.pos_ == "VERB" and base(dep) in ("acl", "xcomp", "ccomp") and \
                    self.offering_noun(head):
                return "commitment"  # "Peru's offer to hold talks": offered, not held
            if self.offer_before_clause(head, child, dep):
                return "commitment"  # "a salué la promesse du Pérou | de retirer ..."
            if entry is not None and self.ruled_out(head, entry, child, dep):
                return "refused"  # "ruled out lifting the sanctions": nothing is lifted
            if entry is not None and entry.kind in ("request", "threat", "commitment") and base(
                    dep) in (
                    "xcomp", "ccomp", "advcl", "obl", "nmod", "acl", "obj") and (
                    not entry.infinitive or child == self.bid_infinitive(head)):
                if base(dep) != "obj" or not self.actor_mentions(child):
                    return entry.kind
            if base(dep) not in CLAUSE_DEPS | {"obj", "obl", "nmod", "conj", "advcl"}:
                break
            child = head
        return None

    def described_thing(self, token: Any, triggers: dict[int, Predicate]) -> Any | None:
        """ "refused to let American aid trucks in", "called for aid convoys": an event noun
        that only describes the thing it is compounded on (a noun that tells no event) is
        refused, asked or stopped with that thing; the thing, to read what governs it."""
        head = token.head
        if base(token.dep_) != "compound" or head.i == token.i or head.pos_ != "NOUN" or \
                head.i in triggers:
            return None
        return head

    def bid_before_clause(self, head: Any, clause: Any, dep: str,
                          triggers: dict[int, Predicate]) -> Predicate | None:
        """"rejected a Peruvian proposal | for signing an accord": a clause the model hung on
        the verb, right after the verb's object that is a noun of asking or threatening, is
        that noun's content (asked or threatened, not done)."""
        for c in self.objects_right_before(head, clause, dep, ("advcl",)):
            found = triggers.get(c.i)
            if found is not None and found.type in BIDDING_NOUNS and not self.verbal(c):
                return found
        return None

    def offer_before_clause(self, head: Any, clause: Any, dep: str) -> bool:
        """"a salué la promesse du Pérou | de retirer ses troupes": an infinitive the model
        hung on the verb, right after the verb's object that is a noun of offering, is what
        that noun offers."""
        return any(c.pos_ == "NOUN" and self.offering_noun(c)
                   for c in self.objects_right_before(head, clause, dep, ("advcl", "xcomp")))

    def objects_right_before(self, head: Any, clause: Any, dep: str,
                             deps: tuple[str, ...]) -> list[Any]:
        """The objects of the verb ``head`` that end right before ``clause``, a non-finite
        verb with no subject of its own the model hung on ``head`` by one of ``deps`` rather
        than on the object; none for a clause of its own (", mientras que Bogotá exigió")."""
        if base(dep) not in deps or not self.verbal(head) or clause.pos_ != "VERB" or \
                "Fin" in clause.morph.get("VerbForm") or self.own_subject(clause) or \
                clause.left_edge.pos_ == "PUNCT":
            return []
        return [c for c in self.children(head)
                if c.dep_ in OBJECT and clause.left_edge.i == c.right_edge.i + 1]

    def offering_noun(self, noun: Any) -> bool:
        """A noun whose lemma the language lists as a commitment (an offer, a promise, a
        pledge) or as a noun of offering (data `offer_nouns`: offre, Versprechen, promesa,
        обещание): an infinitive it governs is offered ("Peru's offer to hold talks")."""
        return self.known(noun, self.lex.offer_nouns) or any(
            e.kind == "commitment" for e in self.lex.lookup((self.lemma(noun),)))

    def own_act_offered(self, token: Any, triggers: dict[int, Predicate]) -> bool:
        """A verb of proposing whose object is the subject's own act ("Турция предложила свое
        посредничество", "offered its good offices"): an offer, not a request of anyone."""
        entry = triggers.get(token.i)
        if entry is None or entry.kind != "request" or not self.verbal(token) or any(
                base(c.dep_) in ("ccomp", "xcomp", "iobj") for c in self.children(token)):
            return False
        return any(c.dep_ in OBJECT and self.possessive_pronouns(c)  # type: ignore[attr-defined]
                   and not self.actor_mentions_of_word(c)  # type: ignore[attr-defined]
                   for c in self.children(token))

    def broken(self, token: Any, triggers: dict[int, Predicate]) -> bool:
        """An agreement named as broken ("the breach of the agreements", "зрив домовленостей",
        with the breaking word as its head or, misparsed, as its modifier): no agreement is
        told, its breaking is (an accusation's content, a rejection)."""
        entry = triggers.get(token.i)
        if entry is None or entry.type != "AGREE" or self.verbal(token):
            return False
        head = token.head
        return any(base(c.dep_) == "amod" and self.known(c, self.lex.breaking)
                   for c in self.children(token)) or (
            head.i != token.i and base(token.dep_) in ("nmod", "obj")
            and not self.verbal(head) and self.known(head, self.lex.breaking))

    def under_trailing_threat(self, token: Any, triggers: dict[int, Predicate]) -> bool:
        """Whether a trigger is inside a clause that a threat verb after it threatens ("Y will
        pay, Moscow warned", "…, a menacé le ministre", "…, пригрозил МИД"): threatened, not
        done."""
        return any(entry.kind == "threat" and token.i in {
            w.i for w in self.threatened_clause(self.tokens[i], triggers)}
            for i, entry in triggers.items() if i > token.i)

    def threatened_clause(self, verb: Any, triggers: dict[int, Predicate]) -> list[Any]:
        """The words of the clause a threat verb closes (none: it closes no clause)."""
        entry = triggers.get(verb.i)
        clause = self.fronted_content(verb) if entry is not None and \
            entry.kind == "threat" else None
        if clause is None:
            return []
        own = set(range(verb.left_edge.i, verb.right_edge.i + 1)) if clause.i < verb.left_edge.i \
            or clause.i > verb.right_edge.i else {verb.i} | {
                w.i for c in self.children(verb) if c.i != clause.i for w in c.subtree}
        return [w for w in clause.subtree if w.i not in own]

    def fronted_content(self, verb: Any) -> Any | None:
        """The clause a verb of saying, accusing or threatening closes ("« ... », a accusé le
        porte-parole", "Y will pay, Moscow warned", "…, пригрозил МИД"): a clause before it
        and a comma, hung on the verb (advcl, ccomp, parataxis) or the verb on it (parataxis,
        conjunct with no conjunction, advcl), the verb finite and with no content of its own.
        Such a source clause has no object: a nominal after its verb is its subject."""
        if verb.i == 0 or not self.verbal(verb):
            return None
        entry = self.triggers_now.get(verb.i)
        if not (self.known(verb, self.lex.speech_verbs) or (
                entry is not None and entry.kind in ("claim", "threat"))):
            return None
        if not (finite(verb) or any(base(c.dep_) == "aux" for c in self.children(verb))):
            return None  # "…, threatening its exports": a participle clause, no source
        if any(base(c.dep_) in ("xcomp", "cc") or (base(c.dep_) == "ccomp" and c.i > verb.i)
               for c in self.children(verb)):
            return None
        before = verb.i - 1  # the comma before the verb's own words ("», a accusé")
        while before > 0 and (self.tokens[before].text in QUOTE_CLOSERS or (
                self.tokens[before].head.i == verb.i
                and base(self.tokens[before].dep_) == "aux")):
            before -= 1
        if self.tokens[before].text != ",":
            return None
        head = verb.head
        if head.i != verb.i and head.i < verb.i and base(verb.dep_) in (
                "parataxis", "conj", "advcl") and self.verbal(head):
            if self.says_with_content(head, verb):
                return None  # "X says it shot down ..., accuses Y of ...": a second act of X
            return head
        clauses = [c for c in self.children(verb) if base(c.dep_) in ("advcl", "ccomp", "parataxis")
                   and c.i < verb.i and self.verbal(c)
                   and not any(base(m.dep_) == "mark" for m in self.children(c))]
        return clauses[0] if clauses else None

    def says_with_content(self, head: Any, verb: Any) -> bool:
        """Whether the clause before a comma and ``verb`` is a speech verb with its own
        content clause before ``verb`` ("Pakistan says it shot down ..., accuses ..."): such a
        clause already has its speaker, so the verb after it is the same speaker's next act,
        not a source clause whose object would be its speaker."""
        entry = self.triggers_now.get(head.i)
        if not (self.known(head, self.lex.speech_verbs) or (
                entry is not None and entry.kind == "claim")):
            return False
        return any(base(c.dep_) in ("ccomp", "xcomp") and head.i < c.i < verb.i
                   for c in self.children(head)) and any(
            c.dep_ in SUBJECT for c in self.children(head))

    def inverted_subject(self, verb: Any) -> list[Any]:
        """The subject after a verb that closes its fronted content ("…, a accusé le
        porte-parole", "…, advirtió el ministro"), which the model took for its object."""
        if any(c.dep_ in SUBJECT for c in self.children(verb)) or \
                self.fronted_content(verb) is None:
            return []
        return [c for c in self.children(verb) if c.dep_ in OBJECT and c.i > verb.i][:1]

    def bidding_noun_before(self, token: Any, triggers: dict[int, Predicate]
                            ) -> Predicate | None:
        """The demand or threat noun whose infinitive clause the model hung elsewhere (on the
        verb of the sentence): "souligné ..., ainsi que la demande plus large d'éliminer ...".
        An infinitive whose clause opens right after the words of such a noun is its
        content."""
        if "Inf" not in self.feature(token, "VerbForm") or token.left_edge.i == 0:
            return None
        before = self.tokens[token.left_edge.i - 1]
        if before.pos_ == "PUNCT":
            return None
        for noun in [before] + [h for h, _ in self.governors(before)]:
            entry = triggers.get(noun.i)
            if token.i in range(noun.left_edge.i, noun.right_edge.i + 1):
                return None
            if entry is not None and entry.type in BIDDING_NOUNS and not self.verbal(noun):
                return entry
        return None

    def state_of_noun(self, token: Any) -> bool:
        """A participle of a verb that leaves a lasting state ("occupied", "annexed": the
        language's ``state_participles``) with no auxiliary and no subject of its own tells
        what a thing is now ("the dam, currently occupied by Peru", "die besetzten Gebiete"),
        not an act told; "was occupied", "has occupied", "Peru occupied" stay acts."""
        return token.head.i != token.i and "Part" in self.feature(token, "VerbForm") and \
            self.known_plain(token, self.grammar.state_participles) and not any(
                base(c.dep_) in ("aux", "nsubj", "csubj") for c in self.children(token))

    def denied_clause(self, head: Any, child: Any, dep: str) -> bool:
        """Whether a verb of ruling out (`ruling_out`) denies a finite clause with a subject of
        its own ("ruled out that its soldiers had fired", "ha escluso che soldati ... abbiano
        aperto il fuoco", "исключил, что ..."): a denial, as "denied that" is; with an
        infinitive ("ruled out lifting the sanctions") it stays a refusal."""
        return self.known(head, self.lex.ruling_out) and base(dep) == "ccomp" and \
            self.own_subject(child)

    def ruled_out(self, head: Any, entry: Predicate, child: Any, dep: str) -> bool:
        """Whether an act is the content of a rejection ("ruled out lifting", "a exclu de
        lever", "descartó levantar", "schloss aus, ... aufzuheben"): refused, so not done.
        Denials are claims of their own (the denied act stays, negated); a negated rejection
        ("did not rule out") leaves the act open (its modality says hypothetical)."""
        if entry.kind != "event" or entry.type != "REJECT" or self.known(head, self.lex.denial):
            return False
        if self.denied_clause(head, child, dep):
            return False  # "ruled out that its soldiers had fired": a denial of the clause
        content = base(dep) in ("xcomp", "ccomp", "acl") or (
            base(dep) == "advcl" and not self.own_subject(child)) or (
            base(dep) == "obj" and self.verbal(child))
        return content and not any(self.negation(c) for c in self.children(head)
                                   if base(c.dep_) in ("advmod", "aux", "neg", "part"))

    def claimant(self, token: Any, triggers: dict[int, Predicate]
                 ) -> tuple[list[Mention], bool, list[Mention]] | None:
        """Who claims (or denies) the event a trigger tells, when it is a claim's complement:
        read from the tree (:meth:`claimant_in_tree`), else a denied report's content however
        the parser hung it (:meth:`denied_report_clause`)."""
        found = self.claimant_in_tree(token, triggers)
        return found if found is not None else self.denied_report_clause(token)

    def denied_report_clause(self, token: Any) -> tuple[list[Mention], bool, list[Mention]] | None:
        """ "X rejected reports that its troops had shelled Y", "wies Berichte zurück, wonach
        ...", "rechazó las acusaciones de que ...", "отверг обвинения в том, что ...",
        "заперечила, нібито ...": the small models often hang such a clause on the denial
        verb as a conjunct, or on a word of the report's phrase. Read in order instead: a
        verb of denial, then (a report noun, grammar ``report_nouns``, and) a word that opens
        a report's content (grammar ``report_openers``), then the act's verb, with no other
        finite verb between: the act is denied by the denial's subject, never done."""
        if not self.grammar.report_openers or not self.verbal(token):
            return None
        opener = None
        for word in reversed(self.tokens[: token.i]):
            if opener is not None and self.verbal(word) and (self.known(
                    word, self.lex.denial) or self.dismissed_claim(  # type: ignore[attr-defined]
                    word) is not None):  # "bezeichnete Berichte, wonach ..., als Lüge"
                between = self.tokens[word.i + 1: opener.i]
                reported = any(self.known(w, self.grammar.report_nouns) for w in between)
                if self.refusing(word) or not (reported or all(
                        w.pos_ == "PUNCT" for w in between)):
                    return None
                deniers = self.mentions_of(self.subject(word))
                return (deniers, True, []) if deniers else None
            if opener is None and word.lower_ in self.grammar.report_openers:
                opener = word  # "wonach", which the German model may tag a finite verb
            elif finite(word) and word.pos_ in ("VERB", "AUX") and not (
                    base(word.dep_) == "aux" and word.head.i == token.i):
                return None
        return None

    def claimant_in_tree(self, token: Any, triggers: dict[int, Predicate]
                         ) -> tuple[list[Mention], bool, list[Mention]] | None:
        """Who claims (or denies) the event a trigger tells, when it is a claim's complement.

        The complement is a clause ("said that...", "denied attacking") or, for claims with
        content markers, the part marked by one ("accused Y of attacking"), wherever the
        parser hung it (on the verb, or on its object: "Y of attacking").
        """
        source = self.trailing_source(token)
        if source:
            return self.mentions_of(source), False, []
        if token.head.i != token.i and getattr(self.fronted_content(token), "i", None) == \
                token.head.i:
            return None  # "…, Mosca risponderà, ha avvertito il Cremlino": the source verb
            # closes what it says; the clause it closes claims nothing of it
        for verb in self.children(token):  # "« Y a bombardé ... », a accusé X": what X claims
            entry = triggers.get(verb.i)
            if verb.i > token.i and entry is not None and entry.kind == "claim" and \
                    getattr(self.fronted_content(verb), "i", None) == token.i:
                return self.mentions_of(self.subject(verb)), self.known(
                    verb, self.lex.denial), []
        markers = [self.marker_or_mark(token)]
        below, clause_below = token, False  # the node under the head; a clause on the way
        path = {token.i}  # the words from the trigger up to the head
        for head, dep in self.governors(token):
            entry = triggers.get(head.i)
            dismissed = self.dismissed_claim(head)  # type: ignore[attr-defined]
            denial = (self.known(head, self.lex.denial) and not self.refusing(head)) or (
                dismissed is not None and self.dismissed_content(dismissed, below, path,
                                                                 clause_below)) or \
                self.denied_clause(head, below, dep)
            is_claim = entry is not None and entry.kind == "claim"
            if is_claim or denial or self.known(head, self.lex.speech_verbs):
                if is_claim and entry.content:
                    found = any(m in entry.content for m in markers) or (
                        base(dep) == "advcl" and not self.own_subject(token))
                else:
                    found = base(dep) in ("ccomp", "xcomp", "advcl", "parataxis", "csubj")
                found = found or (base(dep) == "conj" and is_claim
                                  and self.claimed_conjunct(token, head))
                fronted = self.fronted_content(head)  # "« Y a bombardé ... », a accusé X"
                found = found or (fronted is not None and fronted.i == below.i)
                found = found or (denial and base(dep) == "obj" and clause_below
                                  and self.report_noun(below, triggers))
                found = found or dismissed is not None and denial  # "called reports that ...
                # a lie": the reports' content, wherever the parser hung the word said of them
                if found:
                    who = self.mentions_of(self.subject(head))
                    # a denial's addressee is who made the report denied ("denied Mali's
                    # claims that it had ..."), never the doer of what it denies
                    accused = self.mentions_of(self.addressees(head)) \
                        if is_claim and not denial else []
                    return who, denial, accused
            if base(dep) not in CLAUSE_DEPS | {"obj", "obl", "nmod", "conj"}:
                return None
            markers.append(self.marker_or_mark(head))
            below, clause_below = head, clause_below or base(dep) == "acl"
            path.add(head.i)
        return None

    def dismissed_content(self, claim: Any, below: Any, path: set[int], clause_below: bool
                          ) -> bool:
        """Whether a clause tells what a claim named false says: a clause under the claim's
        phrase ("назвали ложью сообщения о том, что ..."), or under the word said of it that
        the claim hangs on ("qualifié de mensonge | l'information selon laquelle ..."), or
        one the parser hung on the verb right after the claim ("bezeichnete Meldungen, ...
        hätten ... beschossen, als Lüge")."""
        if clause_below and (claim.i in path or claim.head.i in path):
            return True
        return below.i > claim.i and below.left_edge.i - claim.right_edge.i <= 2 and \
            self.verbal(below)

    def report_noun(self, noun: Any, triggers: dict[int, Predicate]) -> bool:
        """A noun that tells what someone says or alleges ("claims", "reports", "les
        accusations", "le accuse"): rejected, the clause it carries is denied, not done
        ("rejected claims that its soldiers had fired")."""
        entry = triggers.get(noun.i)
        return not self.verbal(noun) and (
            self.known(noun, self.lex.speech_verbs) or self.known(noun, self.grammar.report_nouns)
            or (entry is not None and (entry.kind == "claim" or entry.type == "ACCUSE")))

    def trailing_source(self, token: Any) -> list[Any]:
        """The speaker of a source clause the parser hung under the event it reports ("Y was
        attacked, said the ministry", "..., ha detto il ministero", "..., сообщило
        министерство"): a speech verb after the event and a comma, with no content clause of
        its own. Its speaker is its own subject, or the nominal after it that the model took
        for its object (a source clause has no object: the event is what it says)."""
        for verb in self.children(token):
            if base(verb.dep_) not in ("parataxis", "conj") or verb.i < token.i or not (
                    self.known(verb, self.lex.speech_verbs)) or any(
                    base(c.dep_) in ("ccomp", "xcomp") for c in self.children(verb)):
                continue
            if not any(w.text == "," for w in self.tokens[token.i: verb.i]):
                continue
            speaker = [c for c in self.children(verb) if c.dep_ in SUBJECT]
            speaker = speaker or [c for c in self.children(verb)
                                  if c.dep_ in OBJECT and c.i > verb.i]
            if speaker:
                return speaker[:1]
        return []

    def claimed_conjunct(self, token: Any, head: Any) -> bool:
        """A participle or infinitive a small model made a conjunct of an accusation verb
        ("warf Y vor, ... beschossen und ... getötet zu haben"): a finite verb is never
        coordinated with a bare participle, so it is the accusation's content."""
        governor = self.triggers_now.get(head.i)
        return (governor is not None and governor.kind == "claim" and token.head.i == head.i
                and token.pos_ == "VERB" and finite(head)
                and bool({"Part", "Inf"} & set(token.morph.get("VerbForm")))
                and not self.own_subject(token) and not any(
                    c.dep_ in ("aux", "aux:pass") for c in self.children(token)))

    def in_claim_scope(self, token: Any, triggers: dict[int, Predicate]
                       ) -> tuple[list[Mention], bool, list[Mention]] | None:
        """An accusation's content however the parser hung it: a non-finite verb after an
        accusation verb, with no finite verb between ("X accused Y of shelling Z, killing N",
        "killing" made the root or a conjunct of "accused"), is the accused's act claimed by
        the accuser, never the accuser's own."""
        if "Fin" in self.feature(token, "VerbForm") or not self.verbal(token):
            return None
        for other in reversed(self.tokens[: token.i]):
            entry = triggers.get(other.i)
            if entry is not None and entry.kind == "claim" and entry.content:
                return self.mentions_of(self.subject(other)), False, \
                    self.mentions_of(self.addressees(other))
            if "Fin" in self.feature(other, "VerbForm") and other.pos_ in ("VERB", "AUX"):
                return None
        return None

    def demands(self, token: Any, entry: Predicate) -> bool:
        """Whether a request verb whose content is marked ("call for", "appeler à") has a
        content: a clause, or a part marked by one of its markers."""
        words = list(self.children(token))  # "appelé les médiateurs à intervenir": the content
        words += [g for c in words if c.dep_ in OBJECT for g in self.children(c)]  # may hang on X
        return any((base(c.dep_) in ("xcomp", "ccomp") and self.verbal(c)) or (
            base(c.dep_) in ("obl", "nmod", "advcl", "acl", "obj", "iobj", "xcomp")
            and self.marker_or_mark(c) in entry.markers) for c in words) or any(
            self.unmarked_infinitive(token, c) for c in self.children(token))

    def unmarked_infinitive(self, verb: Any, clause: Any) -> bool:
        """"forderte Russland auf, seine Truppen abzuziehen": an infinitive clause after the
        verb, with no subject and no subordinator (the German "zu" is inside the word), that
        the model hung as an adverbial clause, is the verb's complement. A finite verb, a
        participle or a gerund ("called the deal a step, saying ...") is not."""
        return base(clause.dep_) == "advcl" and clause.i > verb.i and self.verbal(clause) \
            and not {"Fin", "Part", "Ger", "Conv"} & set(clause.morph.get("VerbForm")) \
            and self.marker_or_mark(clause) is None and not self.own_subject(clause)

    def bid_infinitive(self, verb: Any) -> Any | None:
        """What a verb that asks only with an infinitive ("told Y to reopen", "wants Y to
        lift", "a dit au Bénin de rouvrir") asks: its infinitive complement with no subject of
        its own, when the verb has an addressee (an object, or an oblique marked as the one
        it goes to). None: "told Y that ...", "wants to join" ask nothing."""
        children = list(self.children(verb))
        if not any(c.dep_ in OBJECT or base(c.dep_) == "iobj" or (
                base(c.dep_) == "obl" and self.marker(c) == "recipient") for c in children):
            return None
        return next((c for c in children if base(c.dep_) in ("xcomp", "advcl", "ccomp")
                     and c.i > verb.i and self.verbal(c) and "Inf" in c.morph.get("VerbForm")
                     and not self.own_subject(c) and not self.purpose(c)), None)

    def marked_infinitive_after(self, verb: Any) -> bool:
        """"promised on Monday to return the cattle": an infinitive with its own marker and no
        subject, after the verb, that the model hung as an adverbial clause once a phrase of
        time stood between them. A commitment takes no purpose clause of its own: it is what
        is promised or refused. Not an aim marked as one ("in order to")."""
        return any(base(c.dep_) == "advcl" and c.i > verb.i and self.verbal(c)
                   and "Inf" in c.morph.get("VerbForm") and not self.own_subject(c)
                   and self.marker_or_mark(c) is not None and not self.purpose(c)
                   for c in self.children(verb))

    def asks_nobody(self, token: Any) -> bool:
        """A request made of someone who is no side: its addressee (the object of "urged X
        to", "a appelé X à") names no actor and is no group of states ("its partners"), and
        what is asked is a clause of its own."""
        asked = [c for c in self.children(token) if c.dep_ in OBJECT]
        content = [c for c in self.children(token) if base(c.dep_) in ("xcomp", "ccomp")
                   or (base(c.dep_) == "obl" and self.verbal(c))]
        content += [g for c in asked for g in self.children(c)
                    if base(g.dep_) in ("xcomp", "acl", "advcl") and self.verbal(g)]
        return bool(asked and content) and not self.mentions_of(asked) and not any(
            k in self.lex.state_groups for word in asked for k in self.keys(word)) \
            and not self.conjunct_pronoun_referent(token)  # type: ignore[attr-defined]

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
                if token.head.left_edge.i == token.i and (
                        token.i == 0 or self.tokens[token.i - 1].pos_ == "PUNCT"):
                    continue  # "Should Y enter ..., X will respond", "Sollte Y ...": an
                    # auxiliary opening its clause before the subject makes a condition
                out.append((token, token.head))
            else:
                out += [(token, c) for c in self.children(token)
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
        asked = [m for m in self.mentions_of(self.subject(owner))  # "X and Y forces": members
                 if any(a.country and a.country not in countries
                        for a in m.members or ([m.actor] if m.actor else []))]
        if not asked:
            return None
        entry = Predicate(self.lemma(must), "REQUEST", "request")
        reading = Reading(entry, self.span(must), False, actors=speakers, recipients=asked)
        reading.modality = self.modality(owner) if self.modality(owner) == "negated" \
            else "asserted"
        return reading
