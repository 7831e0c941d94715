"""The predicates of a language, keyed by lemma: ``lang/<code>/predicates.yaml``.

One entry says what a lemma (or a contiguous lemma sequence) does in a clause: it makes an
event of a PLOVER type, it is a claim whose complement is claimed rather than asserted, a
request or threat whose complement is demanded rather than done, a halting word whose
complement is stopped, a commitment (an offer, a promise, a refusal) whose complement is
offered or refused rather than done, a speech verb. Case-marking words give obliques their
role. Loaded once per language; the tree coder (:mod:`eventwire.events.tree`) reads nothing else
language-specific.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any, Literal

from eventwire import lang

Kind = Literal["event", "claim", "request", "threat", "commitment"]


@dataclass(frozen=True)
class Predicate:
    lemma: str
    type: str | None  # PLOVER type of the predicate's own event; None: no event of its own
    kind: Kind = "event"
    mode: str | None = None
    pos: str | None = None  # VERB or NOUN when only that part of speech makes the event
    content: frozenset[str] = frozenset()  # case markers of an oblique that is the content
    markers: frozenset[str] = frozenset()  # case markers of an oblique that is the addressee
    needs: str | None = None  # a role that must be there: "speak" is a meeting only "with" X
    offer: bool = False  # a request that, with its own subject's infinitive, is an offer
    # a request only as an addressee and the infinitive asked of it ("told Y to reopen the
    # border", "wants Y to lift the ban"); "told Y that ..." is speech, "wants to" a wish
    infinitive: bool = False
    generated: bool = False  # from ``predicates.generated.tsv``, behind the curated entries
    joint: str | None = None  # the type when sides of two countries act it together
    transitive: bool = False  # a verb that makes the event only with an object or passive
    own: bool = False  # a verb-object phrase read only when the object is the subject's own
    # ("convocó a su embajador": a recall, where "convocó al embajador de Y" is a protest)


@dataclass(frozen=True)
class Predicates:
    single: dict[str, tuple[Predicate, ...]]  # one-word lemma -> its entries
    phrases: dict[tuple[str, ...], tuple[Predicate, ...]]  # lemma sequences of 2+ words
    particle_join: str  # "prefix" (de: an + greifen), "suffix" (en: call + off) or "none"
    compounds: bool  # a noun ending in a known noun is that noun ("Verteidigungsabkommen")
    speech_verbs: frozenset[str]
    halting: frozenset[str]
    denial: frozenset[str]
    ruling_out: frozenset[str]  # refusals that deny a finite clause: "ruled out that ..."
    negation: frozenset[str]
    future: frozenset[str]
    future_governors: frozenset[str]  # verbs whose infinitive complement is planned: "set to"
    hypothetical: frozenset[str]
    uncertain: frozenset[str]
    future_morph: tuple[str, ...]
    hypothetical_morph: tuple[str, ...]
    markers: dict[str, str]  # case-marking lemma -> role
    reciprocal: tuple[tuple[str, ...], ...]
    # "each ... the other": a word hung on the subject and the verb's object, a pair apart
    reciprocal_pairs: tuple[tuple[str, str], ...] = ()
    not_events: frozenset[tuple[str, ...]] = frozenset()  # "news conference": no meeting
    not_exchanged: frozenset[str] = frozenset()  # "exchanged accusations": no exchange made
    word_trades: frozenset[str] = frozenset()  # "traded accusations": exchanges only words
    captivity: frozenset[str] = frozenset()  # "returned N from Y's captivity": Y releases
    homeward: frozenset[str] = frozenset()  # "brought N home": the subject gets N back
    hosting: frozenset[str] = frozenset()  # "hosted Y and Z envoys for talks": a side of them
    light_verbs: frozenset[str] = frozenset()  # "X launched an attack": X acts the object noun
    journeys: frozenset[str] = frozenset()  # "X arrived in Y for talks": X holds the talks
    offer_nouns: frozenset[str] = frozenset()  # "l'offre de Y d'organiser": offered, not done
    commands: frozenset[str] = frozenset()  # "X ordered the deployment": X's own move
    care_places: frozenset[str] = frozenset()  # "soldiers moved to a hospital": no deployment
    suppresses: frozenset[str] = frozenset()  # "police dispersed the rally": a COERCE
    placing: frozenset[str] = frozenset()  # "placed Y under arrest": X acts the oblique on Y
    reflexive_clitics: frozenset[str] = frozenset()  # "si", "se", "sich": a pronominal verb
    not_pronominal: frozenset[str] = frozenset()  # "occuparsi di" is no "occupare"
    failure_governors: frozenset[str] = frozenset()  # "failed to agree": not agreed
    success_governors: frozenset[str] = frozenset()  # "did not manage to agree": not agreed
    confirming: frozenset[str] = frozenset()  # "did not confirm the visit": unconfirmed
    pronominal_refusals: frozenset[str] = frozenset()  # "negarse a" refuses, "negar" denies
    pair_words: frozenset[str] = frozenset()  # "both", "two": "both countries" ...
    pair_nouns: frozenset[str] = frozenset()  # ... stands for the two sides named last
    place_groups: frozenset[str] = frozenset()  # "police in Kenya": the place names the side
    place_participles: frozenset[str] = frozenset()  # "a group based in Kenya": its place
    state_groups: frozenset[str] = frozenset()  # "partners", "allies": states, unnamed
    unnamed_agents: frozenset[str] = frozenset()  # "gunmen", "a drone": a doer with no side
    tolls: frozenset[str] = frozenset()  # "were killed": a toll, no act without a doer
    measures: frozenset[str] = frozenset()  # "tons" in "200 tons of aid"
    purpose_marks: frozenset[tuple[str, ...]] = frozenset()  # "in order (to)", "pour", "um"
    according: frozenset[tuple[str, ...]] = frozenset()  # "according to", "selon", "по словам"
    unless_marks: frozenset[tuple[str, ...]] = frozenset()  # "unless", "à moins que"
    if_marks: frozenset[tuple[str, ...]] = frozenset()  # "if", "si", "wenn"
    obligation: frozenset[str] = frozenset()  # "must", "devoir", "должен": a demand's content
    cuts: frozenset[str] = frozenset()  # "paused military aid to Y": cooperation withdrawn
    lifts: frozenset[str] = frozenset()  # "ended the curfew": a measure eased (CONCEDE)
    completes: frozenset[str] = frozenset()  # "завершить вывод": the act done, not stopped
    breaking: frozenset[str] = frozenset()  # "violate", "нарушение": a deal broken, not made
    domains: frozenset[str] = frozenset()  # "airspace": broken, defied (REJECT), not attacked
    crowds: frozenset[str] = frozenset()  # "workers", "manifestants": people of the street
    crowd_acts: frozenset[str] = frozenset()  # "block": done by a crowd, a protest
    crowd_stoppages: frozenset[str] = frozenset()  # "strike": held by a crowd, a stoppage
    acceptance: frozenset[str] = frozenset()  # "approve", "back": a deal approved is agreed
    complaints: frozenset[str] = frozenset()  # "protest": done by a state, a complaint
    background: frozenset[str] = frozenset()  # "after", "following": an act told as a time
    dismissing_verbs: frozenset[str] = frozenset()  # "called the accusations absurd": ...
    dismissive: frozenset[str] = frozenset()  # ... a claim named false is denied (REJECT)
    # participle ending -> infinitive ending, where the model keeps the participle as lemma
    participle_endings: tuple[tuple[str, str], ...] = ()
    # present ending -> infinitive ending, where the model lemmatises a present form wrongly
    present_endings: tuple[tuple[str, str], ...] = ()
    short_passives: tuple[str, ...] = ()  # uk "обстріляно": endings of a passive predicate
    impersonal_plural: bool = False  # ru/uk "обвинили" with no subject: they, someone unnamed
    possessives: frozenset[str] = frozenset()  # "её", "її": third-person possessives
    reflexive_owners: frozenset[str] = frozenset()  # "its own", "свои": the subject's
    undergoing: tuple[tuple[str, ...], ...] = ()  # "came under (attack)": the subject's lot
    # (verbs, goods noun -> event): "handed over weapons" is AID, "sent troops" MOBILIZE
    goods: tuple[tuple[frozenset[str], dict[str, Predicate]], ...] = ()
    # the model's wrong lemma -> the word's lemma ("aperre" -> "aprire", "scrappe" -> "scrap")
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    # a verb's form the model lemmatises as the noun it is spelled like -> the verb's lemma,
    # used where the word is tagged a verb ("accusa" -> "accusare", "reproche" -> "reprocher")
    verb_lemmas: dict[str, str] = field(default_factory=dict)

    @cached_property  # the keys a word is looked up by, the same in every sentence
    def word_keys(self) -> dict[tuple[str, str, str, bool], tuple[str, ...]]:
        """(text, model lemma, tag, read as a participle) -> lookup keys, filled by the tree
        coder (:meth:`~eventwire.events.tree.words.TreeWords.keys`)."""
        return {}

    @cached_property  # asked of every asserted act: computed once per language
    def modal_words(self) -> frozenset[str]:
        """Auxiliaries that put a perfect infinitive out of assertion ("soll ... angegriffen
        haben", "may have attacked"): the uncertain, future and planning words."""
        return self.uncertain | self.future | self.future_governors

    @cached_property  # read for every sentence: computed once per language
    def longest_phrase(self) -> int:
        return max((len(k) for k in self.phrases), default=1)

    @cached_property  # a sentence is scanned only where a phrase can begin
    def phrase_starts(self) -> frozenset[str]:
        return frozenset(k[0] for k in self.phrases)

    @cached_property
    def verb_object_phrases(self) -> dict[str, tuple[tuple[str, tuple[Predicate, ...]], ...]]:
        """Verb phrases by each end word, with the word at the other end ("open fire": open ->
        fire, fire -> open): read in the tree, a verb and its object or oblique make the
        phrase whatever stands between or around them ("eröffneten das Feuer", "richiamato il
        suo ambasciatore", "abrieron fuego"), where the text's order or a determiner breaks
        the lemma sequence."""
        out: dict[str, list[tuple[str, tuple[Predicate, ...]]]] = {}
        for words, entries in sorted(self.phrases.items()):
            verbal = tuple(e for e in entries if e.pos == "VERB" or e.kind == "claim")
            # (a claim is a verb: "machte ... verantwortlich", "возложил ... ответственность")
            if len(words) < 2 or not verbal or words[0] == words[-1]:
                continue
            out.setdefault(words[0], []).append((words[-1], verbal))
            out.setdefault(words[-1], []).append((words[0], verbal))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property  # a phrase opened by no such word names no source
    def according_openers(self) -> frozenset[str]:
        return frozenset(words[0] for words in self.according)

    @cached_property
    def not_events_by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The `not_events` phrases by their first word, so a sentence is read once."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(self.not_events):
            if phrase:
                out.setdefault(phrase[0], []).append(phrase)
        return {first: tuple(found) for first, found in out.items()}

    def lookup(self, lemmas: tuple[str, ...]) -> tuple[Predicate, ...]:
        if len(lemmas) == 1:
            return self.single.get(lemmas[0], ())
        return self.phrases.get(lemmas, ())

    def joined(self, lemma: str, particle: str) -> str:
        """The lemma of a verb with its separable particle ("an" + "greifen" -> "angreifen")."""
        if self.particle_join == "none":
            return lemma
        if self.particle_join == "prefix":
            return particle + lemma
        return f"{lemma} {particle}"


def _words(items: Any) -> frozenset[str]:
    return frozenset(str(item).lower() for item in items or ())


def _goods(items: Any) -> dict[str, Predicate]:
    """Goods nouns -> the event a delivery of them makes ("TYPE" or "TYPE:mode"; "none": the
    verb tells no event with them, "met the demands")."""
    out = {}
    for noun, code in (items or {}).items():
        kind, _, mode = str(code).partition(":")
        out[str(noun).lower()] = Predicate(str(noun).lower(), None if kind == "none" else kind,
                                           "event", mode or None)
    return out


def _sequences(items: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(item).lower().split()) for item in items or ())


def _splitter(language: str) -> Callable[[str], tuple[str, ...]]:
    """Entries split as the language's tokenizer splits text ("cease-fire": 3 tokens)."""
    from eventwire.syntax.models import load

    nlp = load(language)
    if nlp is None:
        return lambda text: tuple(text.split())
    return lambda text: tuple(t.text.lower() for t in nlp.make_doc(text))


_KINDS: dict[str, Kind] = {"events": "event", "claims": "claim", "requests": "request",
                           "threats": "threat", "commitments": "commitment"}


def _curated_words(data: dict[str, Any]) -> frozenset[str]:
    """Every lemma the curated file gives a part to, in any section: a generated entry for
    one of them would change what the curated file means ("hold" a light verb, "stop" a
    halting word, "say" a speech verb)."""
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            words.update(value.lower().split())
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("type", "mode", "pos", "needs", "join"):
                    words.update(str(key).lower().split())
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk({k: v for k, v in data.items() if k not in ("particles", "compounds")})
    return frozenset(words)


def _generated(language: str, data: dict[str, Any], split: Callable[[str], tuple[str, ...]],
               single: dict[str, list[Predicate]],
               phrases: dict[tuple[str, ...], list[Predicate]]) -> list[Predicate]:
    """The entries of ``lang/<code>/predicates.generated.tsv`` (written from reference data
    by a script, e.g. ``scripts/generate_cameo_lexicon.py``), behind the curated
    ``predicates.yaml``: one-word verbs, each read only where the curated file says nothing
    of the word, in any section or phrase (it adds an event where the curated entries see
    none and never recodes one they see)."""
    rows = lang.table(language, "predicates.generated")
    if not rows:
        return []
    curated = _curated_words(data) | set(single) | {w for words in phrases for w in words}
    out = []
    for row in rows:
        lemma, kind = row["lemma"].lower(), _KINDS.get(row["kind"])
        if kind is None or lemma in curated or len(split(lemma)) != 1:
            continue
        mode = row.get("mode") or "-"
        out.append(Predicate(lemma, row["type"], kind, None if mode == "-" else mode, "VERB",
                             generated=True))
    return out


@cache
def predicates(language: str) -> Predicates | None:
    """The predicates of ``language``, or None when it has no ``predicates.yaml``."""
    if language not in lang.having("predicates"):
        return None
    data: dict[str, Any] = lang.section(language, "predicates") or {}
    entries: list[Predicate] = []
    # Claims, requests and threats first: their complement is what they are about.
    for kind, key in (("claim", "claims"), ("request", "requests"), ("threat", "threats"),
                      ("commitment", "commitments")):
        for item in data.get(key) or ():
            entries.append(Predicate(
                str(item["lemma"]).lower(), item.get("type"), kind, item.get("mode"),
                item.get("pos"), _words(item.get("content")), _words(item.get("markers")),
                offer=bool(item.get("offer")), infinitive=bool(item.get("infinitive"))))
    for item in data.get("events") or ():
        entries.append(Predicate(str(item["lemma"]).lower(), item["type"], "event",
                                 item.get("mode"), item.get("pos"), needs=item.get("needs"),
                                 joint=item.get("joint"),
                                 transitive=bool(item.get("transitive")),
                                 own=bool(item.get("own"))))
    single: dict[str, list[Predicate]] = {}
    phrases: dict[tuple[str, ...], list[Predicate]] = {}
    split = _splitter(language)
    for entry in entries:
        words = split(entry.lemma)
        if len(words) == 1:
            single.setdefault(words[0], []).append(entry)
        else:
            phrases.setdefault(words, []).append(entry)
    speech = data.get("speech") or {}
    modality = data.get("modality") or {}
    for entry in _generated(language, data, split, single, phrases):
        single.setdefault(entry.lemma, []).append(entry)
    return Predicates(
        single={k: tuple(v) for k, v in single.items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
        particle_join=(data.get("particles") or {}).get("join", "suffix"),
        compounds=bool(data.get("compounds")),
        speech_verbs=_words(speech.get("verbs")),
        halting=(_words(data.get("halting")) | _words(data.get("cuts"))) - _words(
            data.get("completes")),
        denial=_words(data.get("denial")),
        ruling_out=_words(data.get("ruling_out")),
        negation=_words(modality.get("negation")),
        future=_words(modality.get("future")),
        future_governors=_words(modality.get("future_governors")),
        failure_governors=_words(modality.get("failure_governors")),
        success_governors=_words(modality.get("success_governors")),
        confirming=_words(modality.get("confirming")),
        hypothetical=_words(modality.get("hypothetical")),
        uncertain=_words(modality.get("uncertain")),
        future_morph=tuple(modality.get("future_morph") or ()),
        hypothetical_morph=tuple(modality.get("hypothetical_morph") or ()),
        markers={str(k).lower(): str(v) for k, v in (data.get("markers") or {}).items()},
        reciprocal=_sequences(data.get("reciprocal")),
        reciprocal_pairs=tuple((str(a).lower(), str(b).lower())
                               for a, b in data.get("reciprocal_pairs") or ()),
        not_events=frozenset(split(item) for item in data.get("not_events") or ()),
        not_exchanged=_words(data.get("not_exchanged")),
        word_trades=_words(data.get("word_trades")),
        captivity=_words(data.get("captivity")),
        homeward=_words(data.get("homeward")),
        hosting=_words(data.get("hosting")),
        journeys=_words(data.get("journeys")),
        offer_nouns=_words(data.get("offer_nouns")),
        light_verbs=_words(data.get("light_verbs")) | _words(data.get("completes")),
        commands=_words(data.get("commands")),
        care_places=_words(data.get("care_places")),
        placing=_words(data.get("placing")),
        suppresses=_words(data.get("suppresses")),
        reflexive_clitics=_words((data.get("pronominal") or {}).get("clitics")),
        not_pronominal=_words((data.get("pronominal") or {}).get("not_events")),
        pronominal_refusals=_words((data.get("pronominal") or {}).get("refusals")),
        pair_words=_words((data.get("pairs") or {}).get("both")),
        pair_nouns=_words((data.get("pairs") or {}).get("nouns")),
        place_groups=_words(data.get("place_groups")),
        place_participles=_words(data.get("place_participles")),
        state_groups=_words(data.get("state_groups")),
        unnamed_agents=_words(data.get("unnamed_agents")),
        tolls=_words(data.get("tolls")),
        measures=_words(data.get("measures")),
        purpose_marks=frozenset(_sequences(data.get("purpose_marks"))),
        according=frozenset(_sequences(speech.get("according_to"))),
        unless_marks=frozenset(_sequences((data.get("conditions") or {}).get("unless"))),
        if_marks=frozenset(_sequences((data.get("conditions") or {}).get("if"))),
        obligation=_words(data.get("obligation")),
        cuts=_words(data.get("cuts")),
        lifts=_words(data.get("lifts")),
        completes=_words(data.get("completes")),
        breaking=_words(data.get("breaking")),
        domains=_words(data.get("domains")),
        crowds=_words((data.get("crowds") or {}).get("nouns")),
        crowd_acts=_words((data.get("crowds") or {}).get("acts")),
        crowd_stoppages=_words((data.get("crowds") or {}).get("stoppages")),
        acceptance=_words(data.get("acceptance")),
        complaints=_words(data.get("complaints")),
        background=_words(data.get("background")),
        dismissing_verbs=_words((data.get("dismissals") or {}).get("verbs")),
        dismissive=_words((data.get("dismissals") or {}).get("words")),
        participle_endings=tuple((str(a), str(b)) for a, b in
                                 (data.get("participles") or {}).get("endings") or ()),
        short_passives=tuple(str(e) for e in (data.get("participles") or {}).get("passive") or ()),
        present_endings=tuple((str(a), str(b)) for a, b in data.get("present_endings") or ()),
        possessives=_words(data.get("possessives")),
        reflexive_owners=_words(data.get("reflexive_owners")),
        undergoing=_sequences(data.get("undergoing")),
        impersonal_plural=bool(lang.section(language, "grammar").get("impersonal_plural")),
        goods=tuple((_words(group.get("verbs")), _goods(group.get("objects")))
                    for group in data.get("goods") or ()),
        lemma_fixes={str(k).lower(): str(v).lower()
                     for k, v in (data.get("lemma_fixes") or {}).items()},
        verb_lemmas={str(k).lower(): str(v).lower()
                     for k, v in (data.get("verb_lemmas") or {}).items()},
    )
