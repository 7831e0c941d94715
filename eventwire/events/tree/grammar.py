"""What the tree coder reads of a language's ``grammar.yaml``, loaded once per language.

Future forms the models tag as present (ru, uk perfectives), past endings that are never a
future, conditional endings the models tag indicative (fr, it), and the nouns that tell what
someone says or alleges: one object, so that every rule of the coder reads the language's
grammar the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire import lang


@dataclass(frozen=True)
class Grammar:
    # sets of UD features that together make a future ("Aspect=Perf", "Tense=Pres", ...)
    future_forms: tuple[frozenset[str], ...]
    # perfective lemmas: in the present, a future ("подпишет", "звільнить")
    perfective_verbs: frozenset[str]
    # lemmas of perfective_verbs that are also imperfective: never a future
    two_aspect_verbs: frozenset[str]
    # endings of past forms a model sometimes tags present ("пригрозив")
    past_endings: tuple[str, ...]
    # nouns that tell what is said or alleged ("reports", "informations", "сообщения")
    report_nouns: frozenset[str]
    # nouns of taking part in an act ("involvement", "участие"): denied, the act is denied
    involvement_nouns: frozenset[str]
    # endings of conditional forms a model sometimes tags indicative ("attaquerait")
    conditional_endings: tuple[str, ...]
    # verbs that deny a fact and never refuse ("deny", "nier", "отрицать"): an act as their
    # object is denied, not a topic ("denied the delivery of drones")
    fact_denials: frozenset[str]
    # verbs whose participle on a noun tells a lasting state, not an act ("occupied")
    state_participles: frozenset[str]
    # every noun is written with a capital (German): the model tags many common nouns as
    # names ("in Alarmbereitschaft"), so a "name" may still be an event noun
    nouns_capitalized: bool = False
    # words that open what a report says ("that", "wonach", "según", "будто", "нібито"):
    # after a verb of denial (and a report noun), the clause they open is denied
    report_openers: frozenset[str] = frozenset()
    # nouns of places ("border", "frontière", "граница"): a side's name or demonym that only
    # modifies one tells where an exchange or a meeting happened, not a side of it
    place_nouns: frozenset[str] = frozenset()
    # the particle that marks a bare infinitive ("to", "zu"): it marks a purpose or a
    # complement, never the reason an accusation gives ("summoned X to protest")
    infinitive_particles: frozenset[str] = frozenset()
    # nouns of help ("assistance", "aide", "содействие") and the words that open them as a
    # go-between's part in an act of the sides together ("with", "avec", "при"): a mediation
    facilitation_nouns: frozenset[str] = frozenset()
    facilitator_cases: frozenset[str] = frozenset()
    intermediary_cases: frozenset[str] = frozenset()  # "through Z": Z the go-between
    # adverbs that make the name they open with a case word one more doer ("jointly with")
    joint_adverbs: frozenset[str] = frozenset()
    # a perfect conditional in a main clause reports what others say ("avrebbero colpito",
    # "auraient frappé", "habrían atacado": the journalistic conditional), not a supposition
    reportive_conditional: bool = False
    # words that open an indirect question wherever they stand ("whether", "ob", "ли", "чи"):
    # what the question asks about is neither told nor planned
    question_marks: frozenset[str] = frozenset()
    # words of asking right before which the language's "if" opens a question, not a
    # condition ("asked if", "preguntado si", "la domanda se", "savoir si")
    asking_words: frozenset[str] = frozenset()
    # endings of present (and perfective future) forms a model sometimes tags past
    # ("закроет", "вишле"): a perfective one is a future
    present_endings: tuple[str, ...] = ()
    # the language leaves a known subject unsaid ("Al día siguiente, expulsó ..."): a finite
    # verb with none written stands for a side named before (not so in en, fr, de)
    drops_subject: bool = False
    # nouns that head the name of an issued text ("statement", "communiqué", "заявление"):
    # a document headed by one speaks in its issuer's voice (eventwire.events.author)
    issued_nouns: frozenset[str] = frozenset()
    # the words that mark that heading's phrase naming whose text it is ("of", "by", "du"):
    # any other ("on", "sur", "щодо") marks its topic
    issuer_cases: frozenset[str] = frozenset()


@lru_cache(maxsize=16)
def grammar(language: str) -> Grammar:
    data = lang.section(language, "grammar")

    def lemmas(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return Grammar(
        future_forms=tuple(frozenset(str(f) for f in form)
                           for form in data.get("future_forms") or ()),
        perfective_verbs=lemmas("perfective_verbs"),
        two_aspect_verbs=lemmas("two_aspect_verbs"),
        past_endings=tuple(str(w) for w in data.get("past_endings") or ()),
        present_endings=tuple(str(w) for w in data.get("present_endings") or ()),
        drops_subject=bool(data.get("drops_subject")),
        report_nouns=lemmas("report_nouns"),
        involvement_nouns=lemmas("involvement_nouns"),
        conditional_endings=tuple(str(w) for w in data.get("conditional_endings") or ()),
        fact_denials=lemmas("fact_denials"),
        state_participles=lemmas("state_participles"),
        nouns_capitalized=bool(data.get("nouns_capitalized")),
        report_openers=lemmas("report_openers"),
        place_nouns=lemmas("place_nouns"),
        infinitive_particles=lemmas("infinitive_particles"),
        facilitation_nouns=lemmas("facilitation_nouns"),
        facilitator_cases=lemmas("facilitator_cases"),
        intermediary_cases=lemmas("intermediary_cases"),
        joint_adverbs=lemmas("joint_adverbs"),
        reportive_conditional=bool(data.get("reportive_conditional")),
        question_marks=lemmas("question_marks"),
        asking_words=lemmas("asking_words"),
        issued_nouns=lemmas("issued_nouns"),
        issuer_cases=lemmas("issuer_cases"),
    )
