"""Whether a date is told as past or ahead: the tense markers of its sentence, and the verb the
tree hangs it on (a present that arranges, a present of saying).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.model import DateMention, Document
from eventwire.text.dates.calendar import _gap, _names, _nearer
from eventwire.text.dates.phrases import _code, _Rules, rules
from eventwire.text.view import TextView, fold


@dataclass(frozen=True)
class _Markers:
    """The tense markers of a whole text, found once: ``(start, end, +1 future / -1 past)``.

    A date asks for the marker nearest it in its sentence; looking only at the markers
    around it (by bisection) keeps this linear in the text's length.
    """

    starts: list[int]
    spans: list[tuple[int, int, int]]
    longest: int
    norm: str = ""

    @classmethod
    def of(cls, rules_: _Rules, norm: str, text: str = "",
           to_original: Sequence[int] = (), nouns: frozenset[int] = frozenset()) -> _Markers:
        """The markers of ``norm``; given the stored ``text`` and where each character of
        ``norm`` comes from in it, a match ending in a name is none (see :func:`_names`), nor
        a one-word match the parser tags as a noun or a name (``nouns``: where such words
        start in the text; Spanish "acuerdo" ends as a past verb does, "firmó")."""
        spans = sorted((m.start(), m.end(), sign)
                       for pattern, sign in ((rules_.future, 1), (rules_.past, -1))
                       for m in pattern.finditer(norm) if m.end() > m.start()
                       and not (to_original and _names(m, text, to_original))
                       and not (nouns and to_original and _word_at(m, to_original) in nouns))
        longest = max((end - start for start, end, _ in spans), default=0)
        return cls([s for s, _, _ in spans], spans, longest, norm)

    def direction(self, offset: int, lo: int, hi: int, own_end: int = -1) -> int:
        """+1 when the marker nearest ``offset`` inside ``[lo, hi)`` is a future one (a future
        marker wins a tie); -1 otherwise, and with no marker. A marker inside the date itself
        (``offset`` to ``own_end``: Spanish "junio", "domingo" end like a past verb) is none.
        A date whose clause has a marker before it is not told by one after a comma that
        follows it: "will host them on Thursday, his office said" looks ahead."""
        best: tuple[int, int] | None = None  # (distance, -sign)
        n = bisect_right(self.starts, offset)
        for i in range(n - 1, -1, -1):  # markers starting at or before the offset
            start, end, sign = self.spans[i]
            if start < lo or (best is not None and offset - start > best[0] + self.longest):
                break
            if end <= hi and not (start >= offset and end <= own_end):
                best = _nearer(best, (_gap(start, end, offset), -sign))
        before = best is not None
        for i in range(n, len(self.spans)):  # markers starting after it
            start, end, sign = self.spans[i]
            if start >= hi or (best is not None and start - offset > best[0]):
                break
            if before and "," in self.norm[max(offset, own_end):start]:
                break  # another clause: the reporting one after a comma
            if end <= hi and not end <= own_end:
                best = _nearer(best, (_gap(start, end, offset), -sign))
        return 1 if best is not None and best[1] < 0 else -1


# What the parser tags so is no tense marker, whatever its ending.
NOT_VERBS = frozenset({"NOUN", "PROPN", "NUM", "DET", "ADP"})


def nouns_of(doc: Document, tags: frozenset[str] = NOT_VERBS) -> frozenset[int]:
    """Where the words the parser tags so (nouns, names, numbers...) start in the text."""
    return frozenset(sentence.parse_start + token.idx for sentence in doc.sentences
                     if sentence.parse is not None for token in sentence.parse
                     if token.pos_ in tags)


def _word_at(m: re.Match[str], to_original: Sequence[int]) -> int:
    """Where a marker of one word starts in the stored text (-1 for a marker of several,
    "are set to", whose words are not one verb)."""
    if len(m.group().split()) != 1 or m.start() >= len(to_original):
        return -1
    return to_original[m.start() + len(m.group()) - len(m.group().lstrip())]


def looks_ahead(doc: Document, mention: DateMention) -> bool:
    """True when the tense marker nearest a date in its sentence is a future one ("will
    exchange prisoners on Wednesday"): the date of a plan, not of the telling."""
    known: dict[int, bool] = doc.__dict__.setdefault("_looks_ahead", {})  # asked per event
    if mention.start not in known:
        known[mention.start] = _looks_ahead(doc, mention)
    return known[mention.start]


def _looks_ahead(doc: Document, mention: DateMention) -> bool:
    view: TextView = doc.view if doc.view is not None else TextView.of(doc.text)
    at = view.view_offset(mention.start)
    n = bisect_right([s.start for s in doc.sentences], mention.start) - 1
    sentence = doc.sentences[n] if n >= 0 and mention.start < doc.sentences[n].end else None
    lo, hi = ((view.view_offset(sentence.start), view.view_offset(sentence.end))
              if sentence is not None else (0, len(view.norm)))
    markers = _Markers.of(rules(_code(doc)), view.norm[lo:hi], doc.text,
                          view.to_original[lo:hi], nouns_of(doc))
    return markers.direction(at - lo, 0, hi - lo, view.view_offset(mention.end) - lo) > 0 \
        or told_as_arranged(doc, mention.start, mention.end)


# Relations by which a date hangs on a verb itself ("accueille vendredi", "am Freitag", "в
# пятницу"; a day is never a verb's object or complement, so a parse that says so means its
# time: "acoge el viernes", "ospita venerdì"), and by which it names what a verb's object is
# ("is hosting Friday's talks")
_ON_THE_VERB = frozenset({"obl", "advmod", "nmod", "obj", "xcomp", "iobj"})


_OF_THE_OBJECT = frozenset({"nmod", "obl"})


def told_as_arranged(doc: Document, start: int, end: int) -> bool:
    """True when the tree hangs a date on a verb told in the present (the morphology's
    ``Tense=Pres``, finite), or names with it the object of a progressive (a present
    participle or gerund under a present auxiliary): what is done on a day written with the
    present is arranged for it, today or ahead ("Norway hosts the talks on Friday", "which is
    hosting Friday's talks", "accueille vendredi", "richtet am Freitag aus", "ospita venerdì",
    "в пятницу проводит"). A perfect's present auxiliary ("a accueilli", "hat ... ausgerichtet")
    leaves its participle in the past; with no parse nothing is arranged."""
    n = bisect_right([s.start for s in doc.sentences], start) - 1
    if n < 0 or start >= doc.sentences[n].end or doc.sentences[n].parse is None:
        return False
    sentence = doc.sentences[n]
    lo, hi = start - sentence.parse_start, end - sentence.parse_start
    token = next((t for t in sentence.parse if lo <= t.idx < hi), None)
    if token is None:
        return False
    for _ in range(hi - lo):  # the top of the date phrase
        if token.head.i == token.i or not lo <= token.head.idx < hi:
            break
        token = token.head
    relation, head = token.dep_.split(":")[0], token.head
    if head.i == token.i or relation not in _ON_THE_VERB:
        return False
    if head.pos_ == "AUX" and head.dep_.split(":")[0] == "aux" and head.head.i != head.i:
        head = head.head  # "haben am Mittwoch ... unterzeichnet": the day hung on the auxiliary
    if head.pos_ in ("VERB", "AUX"):
        if _speech_verb(_code(doc), fold(head.text)) or _said_act(_code(doc), head):
            return False  # "says on Monday", "accuse lundi": the day of saying, today or gone
        return (_present(head) and _present_form(_code(doc), head)) or _progressive(head)
    return (relation in _OF_THE_OBJECT and head.dep_.split(":")[0] == "obj"
            and head.head.pos_ in ("VERB", "AUX") and _progressive(head.head))


@lru_cache(maxsize=32)
def _speech_words(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The one-word speech verbs of a language's statement cues ("says", "affirme",
    "заявил*"): whole forms, and the beginnings of those ending in "*"."""
    words = [fold(str(w)) for w in lang.section(code, "speech").get("verbs") or ()
             if " " not in str(w).strip()]
    return (frozenset(w for w in words if not w.endswith("*")),
            tuple(w[:-1] for w in words if w.endswith("*") and len(w) > 1))


@lru_cache(maxsize=32)
def _said_acts(code: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in lang.section(code, "dates").get("said_acts") or ())


@lru_cache(maxsize=32)
def _verb_lemmas(code: str) -> dict[str, str]:
    """A verb's form whose dictionary lemma is a noun, and the verb's lemma ("accusa":
    "accusare"), from the language's predicates."""
    data = lang.section(code, "predicates").get("verb_lemmas") or {}
    return {fold(str(k)): fold(str(v)) for k, v in data.items()}


def _said_act(code: str, verb: Any) -> bool:
    """A verb that is an act of saying ("accuse", "rejeter"), by its lemma, the parser's or
    the dictionary's (the Spanish parser gives "acusa" as "acuso"; the Italian dictionary,
    the noun "accusa"): its present with a day tells when it was said, not an arrangement."""
    from eventwire.lang.lemmas import lemmatize

    acts, verbs = _said_acts(code), _verb_lemmas(code)
    for lemma in (fold(verb.lemma_), fold(lemmatize(verb.text, code))):
        if lemma in acts or verbs.get(lemma) in acts:
            return True
    return False


def _speech_verb(code: str, form: str) -> bool:
    whole, beginnings = _speech_words(code)
    return form in whole or form.startswith(beginnings)


def _present(verb: Any) -> bool:
    """A finite verb in the present, with no auxiliary of another tense."""
    return (verb.morph.get("Tense") == ["Pres"]
            and not set(verb.morph.get("VerbForm")) & {"Part", "Ger", "Inf"}
            and not any(_aux_tense(c) - {"Pres"} for c in verb.children))


def _present_form(code: str, verb: Any) -> bool:
    """The verb's form is a present by its ending after its dictionary lemma's stem, where the
    data asks for that check (a parser that reads "griff" and "vereinbarten" as presents,
    and gives them as their own lemmas)."""
    r = rules(code)
    if not r.present_endings:
        return True
    from eventwire.lang.lemmas import lemmatize

    lemma, form = fold(lemmatize(verb.text, code)), fold(verb.text)
    ending = next((e for e in r.infinitive_endings if lemma.endswith(e)), "")
    stem = lemma[: len(lemma) - len(ending)]
    return bool(stem) and form.startswith(stem) and form[len(stem):] in r.present_endings


def _progressive(verb: Any) -> bool:
    """A present participle or gerund under a present auxiliary ("is hosting")."""
    forms = set(verb.morph.get("VerbForm"))
    if not (forms & {"Ger"} or (forms & {"Part"} and verb.morph.get("Tense") == ["Pres"])):
        return False
    tenses = [_aux_tense(c) for c in verb.children if c.dep_.split(":")[0] == "aux"]
    return bool(tenses) and all(t == {"Pres"} for t in tenses)


def _aux_tense(token: Any) -> set[str]:
    return set(token.morph.get("Tense")) if token.dep_.split(":")[0] == "aux" else set()


@lru_cache(maxsize=32)
def _before_story_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's perfect auxiliaries (lemmas) and its adverbs of "earlier", folded."""
    data = lang.section(code, "dates")
    return (frozenset(fold(str(w)) for w in data.get("perfect_auxiliaries") or ()),
            frozenset(fold(str(w)) for w in data.get("earlier_words") or ()))


def told_before_the_story(code: str, verb: Any) -> bool:
    """A verb told as before the day the story is about: a pluperfect ("had met", "avaient
    tenu", "hatten geführt": a perfect auxiliary in a past tense, not a passive one, outside
    a reported clause) or a verb "earlier" opens or modifies ("Ранее ... провели"). Its
    event took place before the day told just before it, so that day is not its day."""
    auxiliaries, earlier = _before_story_words(code)
    reported = _reported(verb)
    for child in verb.children:
        relation = child.dep_.split(":")
        if (not reported and relation[0] == "aux" and relation[1:] != ["pass"]
                and fold(child.lemma_) in auxiliaries
                and set(child.morph.get("Tense")) & {"Past", "Imp"}):
            return True
        if relation[0] in ("advmod", "obl") and fold(
                "".join(t.text_with_ws for t in child.subtree).strip()) in earlier:
            return True
    # the parser may hang a clause's first adverb on its subject ("Ранее | Сербия ...")
    opening = fold(verb.doc[verb.left_edge.i: verb.i].text)
    return any(re.match(rf"{re.escape(word)}(?!\w)", opening) for word in earlier)


REPORTED = frozenset({"ccomp", "parataxis"})  # what a speech verb's clause or aside tells


def _reported(verb: Any) -> bool:
    """A verb in a reported clause ("said Russia had rejected the offer", "a affirmé que la
    Russie avait rejeté"): its pluperfect is the past shifted back by the speech verb's, which
    may be the story's own day."""
    token = verb
    for _ in range(len(verb.doc)):
        if token.dep_.split(":")[0] in REPORTED:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False
