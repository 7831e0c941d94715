"""The speaker of a statement read from the tree: the subject of its speech verb.

Wherever the quote sits ("X said: ...", "..., X told reporters", "« ... », a déclaré X"),
the speech verb's subject names the speaker. A subject that is no known actor but a run of
proper nouns is a person ("Ana Ruiz said"), not a place; later mentions of the surname alone
are the same person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from eventwire.model import Actor, Mention, Sentence
from eventwire.spans import SpanIndex
from eventwire.syntax.parse import token_at
from eventwire.text.view import fold

NAME_PARTS = {"flat", "flat:name", "compound", "flat:foreign"}
_NAME_AFTER = re.compile(r"(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w’'-]+){1,3}")
TITLE_NAMES = {"appos", "nmod", "flat", "flat:name"}  # "il presidente Ana Ruiz": title + name
# UD forms of a verb that hangs on another clause and shares its subject ("..., saying",
# "affirmant", "diciendo", "affermando", "заявив", "заявивши"): the same in every language.
# Relations by which a clause is what a verb above it says ("stressed that the sides had agreed
# on it "so that ..."").
CONTENT_RELATIONS = {"ccomp", "conj", "xcomp", "parataxis"}
ADVERBIAL_FORMS = ({"VerbForm": "Ger"}, {"VerbForm": "Conv"}, {"VerbForm": "Part", "Tense": "Pres"})


class TreeSpeakers:
    """Speakers from speech-verb subjects, with the unknown people met so far."""

    def __init__(self, actors: SpanIndex[Mention],
                 sources: SpanIndex[Mention] | None = None,
                 relatives: frozenset[str] = frozenset(), text: str = "",
                 pronouns: frozenset[str] = frozenset(),
                 sentences: list[Sentence] | None = None) -> None:
        self.actors = actors
        self.sentences = sentences or []  # parsed, to find a name no list knew earlier on
        self.text = text  # the stored text, to read a name written after a title mention
        self.relatives = relatives  # relative pronouns a tagger may leave without PronType
        self.pronouns = pronouns  # subject pronouns a tagger may take for names ("Lui")
        self.sources = sources  # "..., rapporte Reuters": a news source is no speaker
        self.people: dict[str, Actor] = {}  # surname -> the person first named in full

    def at(
        self, sentence: Sentence, cue_start: int
    ) -> tuple[Actor | Mention, tuple[int, int]] | None:
        verb = token_at(sentence, cue_start)
        if verb is None:
            return None
        subject = _subject(verb, self.relatives, self.pronouns)
        if subject is None:
            return None
        # "A y B dijeron" parsed as two subjects is a coordination again (syntax.repair)
        conjuncts = [c for w in _name_words(subject) for c in w.children
                     if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        if conjuncts:  # "the Ruritanian leader and Ana Ruiz said": both speak
            group = self._group(sentence, [subject] + conjuncts)
            if group is not None:
                return group
        return self._one(sentence, subject)

    def _group(
        self, sentence: Sentence, conjuncts: list[Any]
    ) -> tuple[Actor, tuple[int, int]] | None:
        """Coordinated speakers as one group (its country when they share one)."""
        members: list[Actor] = []
        for conjunct in conjuncts:
            found = self._one(sentence, conjunct)
            if found is None:
                phrase = _phrase(conjunct)
                at = sentence.parse_start
                inside = self.actors.within(at + phrase[0].idx,
                                            at + phrase[-1].idx + len(phrase[-1].text))
                found = (inside[0], (0, 0)) if inside else None
            if found is None:
                return None
            actor = found[0].actor if isinstance(found[0], Mention) else found[0]
            if actor is None:
                return None
            if actor not in members:
                members.append(actor)
        if len(members) < 2:
            return None
        at = sentence.parse_start
        first = min(t.left_edge.idx for t in conjuncts[:1])
        last = conjuncts[-1].right_edge
        start, end = at + first, at + last.idx + len(last.text)
        countries = {m.country for m in members}
        return Actor(
            name=self.text[start:end] if self.text else " and ".join(m.name for m in members),
            canonical=" and ".join(sorted(m.canonical or m.name for m in members)),
            country=countries.pop() if len(countries) == 1 else None,
            type="group",
        ), (start, end)

    def _one(
        self, sentence: Sentence, subject: Any
    ) -> tuple[Actor | Mention, tuple[int, int]] | None:
        """One speaker: a known actor in the subject's name, else an unknown named person."""
        at = sentence.parse_start
        words = _name_words(subject)
        start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
        if self.sources is not None and (self.sources.within(start, end)
                                         or self.sources.covering(start, end)):
            return None
        mentions = self.actors.within(start, end) or [
            m for m in [self.actors.covering(start, end)] if m is not None]
        titled = _titled_name(subject)
        if titled is not None and not any(m.start <= at + titled.idx < m.end for m in mentions):
            subject = titled  # "the minister Ana Ruiz": the name, not the office holder
        elif mentions:
            actor = mentions[0].actor
            if actor is not None and actor.type == "organization" and not actor.country \
                    and not actor.entity and subject.pos_ == "NOUN" and not _indefinite(subject):
                named = self._titled_before(subject.text, mentions[0].start)
                if named is not None:  # "the ministry": the one named in full before
                    return named, (mentions[0].start, mentions[0].end)
            return mentions[0], (mentions[0].start, mentions[0].end)
        words = _name_words(subject)
        start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
        name = " ".join(w.text for w in words if w.text.strip())
        if subject.pos_ == "PROPN" and all(w.pos_ == "PROPN" and w.text[:1].isupper()
                                           for w in words) and name:
            country = self._country_in(_phrase(subject), at)  # "the Ruritanian minister"
            return self.person(name, before=start, country=country), (start, end)
        if len(words) == 1 and name[:1].isupper() and name in self.people:
            return self.people[name], (start, end)  # a surname the tagger took for a noun
        if subject.pos_ == "NOUN" and len(words) == 1 and not _indefinite(subject):
            title = fold(subject.text)
            titled_before = self._titled_before(subject.text, start, people_only=True) \
                or self._written_before(start, lambda t: t.pos_ == "NOUN"
                                        and fold(t.text) == title) \
                or self._titled_before(subject.text, start)
            if titled_before is not None:  # "the negotiator said": the one named with it
                return titled_before, (start, end)
        return None

    def subject_named_before(self, before: int, since: int) -> Actor | None:
        """The latest person named in full as a subject in ``[since, before)`` ("Der
        Unterhändler Bohdan Kowal traf ... Ihm zufolge ..."), for a name no list knows."""
        return self._written_before(
            before, lambda t: t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN"),
            since)

    def _written_before(self, before: int, wanted: Any, since: int = 0) -> Actor | None:
        """The person whose full name the parsed text gave before ``before``, at the latest
        word ``wanted`` accepts: a surname in a full name ("Bohdan Kowal" ... "Kowal"), or a
        title with its name ("der Unterhändler Bohdan Kowal" ... "der Unterhändler"); their
        country is the one their phrase names. For names no list knows, where no statement
        has met them yet."""
        for sentence in reversed(self.sentences):
            if sentence.start >= before or sentence.parse is None:
                continue
            if sentence.end <= since:
                break
            at = sentence.parse_start
            for token in reversed(sentence.parse):
                if at + token.idx >= before or not wanted(token):
                    continue
                named = _titled_name(token) if token.pos_ == "NOUN" else token
                if named is None:
                    continue
                words = [w for w in _name_words(_name_head(named)) if w.pos_ == "PROPN"]
                if len(words) < 2 or not all(w.text[:1].isupper() for w in words):
                    continue
                country = self._country_in(_phrase(token), at)
                return self.person(" ".join(w.text for w in words), country=country)
        return None

    def _titled_before(self, title: str, before: int, people_only: bool = False
                       ) -> Actor | None:
        """The latest speaker named before ``before`` with ``title`` among the words of their
        mention ("Ukrainian negotiator Taras Melnyk" ... "the negotiator"; "a senior Ukrainian
        official" ... "the official"; "the Russian defence ministry" ... "the ministry")."""
        wanted = fold(title)
        for mention in reversed(self.actors.within(0, before)):
            actor = mention.actor
            if actor is None or not actor.country and not actor.entity \
                    or people_only and actor.type != "person":
                continue
            words = [fold(w) for w in re.findall(r"[\w-]+", mention.text)]
            # not a surname; a title may end a compound ("Verteidigungsministerium")
            if any(w == wanted or len(wanted) >= 6 and w.endswith(wanted)
                   for w in (words[:-1] if actor.type == "person" else words)):
                return actor
        return None

    def _country_in(self, tokens: list[Any], at: int) -> str | None:
        """The country named by a country or demonym mention in the speaker's phrase."""
        if not tokens:
            return None
        start = at + tokens[0].idx
        end = at + tokens[-1].idx + len(tokens[-1].text)
        spans = [(at + t.idx, at + t.idx + len(t.text)) for t in tokens]
        doc = tokens[0].doc
        for mention in self.actors.within(at, at + len(doc.text)):
            if mention.end <= start or mention.start >= end:
                continue
            actor = mention.actor
            if actor is not None and actor.country \
                    and any(a < mention.end and mention.start < b for a, b in spans):
                return actor.country
        return None

    def country_around(self, sentence: Sentence, span: tuple[int, int], name: str,
                       language: str) -> str | None:
        """The country the title of a person's phrase names ("Kremlin spokesman Ana Ruiz",
        "le porte-parole du Kremlin, Ana Ruiz", "пресс-секретарь Кремля"): an institution,
        country or demonym of the phrase itself, never a name elsewhere in the sentence."""
        from eventwire.actors.recognize import recognize
        from eventwire.text.view import TextView

        if sentence.parse is None:
            return None
        last = span[1] - 1 - sentence.parse_start  # the last word of the person's name
        token = next((t for t in sentence.parse if t.idx <= last < t.idx + len(t.text)), None)
        if token is None:
            return None
        names = set(name.split())
        words = [t.text for t in _phrase(token) if t.text not in names and not t.is_punct]
        # each word and pair of words alone: "Kremlin spokesman" as a whole is a bare title
        pieces = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        countries = {m.actor.country for piece in pieces
                     for m in recognize(piece, TextView.of(piece), language, None)
                     if m.label == "ACTOR" and m.actor is not None and m.actor.country}
        return countries.pop() if len(countries) == 1 else None

    def with_country(self, person: Actor, country: str) -> Actor:
        """The person with the country their title gives, also for their surname later."""
        found = replace(person, country=country)
        for surname, known in list(self.people.items()):
            if known is person:
                self.people[surname] = found
        return found

    def name_after(self, sentence: Sentence, offset: int) -> tuple[Actor, tuple[int, int]] | None:
        """ "« ... », - сказал Ana Ruiz": an unknown name right after the speech verb."""
        parse = sentence.parse
        if parse is None:
            return None
        at = sentence.parse_start
        following = [t for t in parse if at + t.idx >= offset]
        words = []
        for token in following:
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                break
            words.append(token)
        if not words or self.actors.within(at + words[0].idx, at + words[-1].idx + 1):
            return None
        start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
        if self.sources is not None and self.sources.covering(start, end):
            return None
        name = " ".join(w.text for w in words)
        return self.person(name, before=start), (start, end)

    def person(self, name: str, before: int | None = None, country: str | None = None) -> Actor:
        """An unknown person by name; a surname alone is the person named in full before
        (a known actor whose mention ends with it, or an unknown person met earlier)."""
        surname = name.split()[-1]
        known = self.people.get(surname)
        if known is not None and (known.country or not country):
            return known
        if before is not None and len(name.split()) == 1:
            named = self._named_before(surname, before) or self._written_before(
                before, lambda t: t.pos_ == "PROPN" and t.text == surname)
            if named is not None:
                return named
        actor = Actor(name=name, canonical=name, country=country, type="person")
        self.people[surname] = actor
        return actor

    def _named_before(self, surname: str, before: int) -> Actor | None:
        """The latest person mention before ``before`` whose last word is ``surname``."""
        wanted = fold(surname)
        for mention in reversed(self.actors.within(0, before)):
            actor = mention.actor
            if actor is None or actor.type != "person":
                continue
            words = mention.text.split()
            # "le Premier ministre arménien Nikol Pachinian": the name after a title mention
            after = _NAME_AFTER.match(self.text, mention.end) if self.text else None
            if after is not None:
                words += after.group().split()
            if len(words) > 1 and fold(words[-1]) == wanted:
                return actor
        return None


def _subject(verb: Any, relatives: frozenset[str] = frozenset(),
             pronouns: frozenset[str] = frozenset()) -> Any | None:
    """The verb's subject; a relative pronoun stands for the noun it follows ("Biden, who
    added that ..."); a personal pronoun is left to the caller (the previous speaker)."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubj:pass")]
        for child in subjects:  # "который" may be tagged DET: the relative comes first
            if "Rel" in child.morph.get("PronType") or child.lower_ in relatives:
                return _antecedent(child)
        for child in subjects:
            if child.pos_ != "PRON" and fold(child.text) not in pronouns:
                return child
        if subjects:
            return None  # a personal pronoun: the caller knows who spoke last
        for child in current.children:  # "..., сообщила армия": a nominative after the verb
            if child.dep_ == "obj" and child.i > current.i and child.morph.get("Case") == ["Nom"]:
                return child
        if current.dep_ == "parataxis":  # "« ... », ha dichiarato il ministro": a speech verb
            for child in current.children:  # hung on its content has no object: the noun
                if child.dep_ == "obj" and child.i > current.i:  # after it is its subject
                    return child
        if current.head.i != current.i and (adverbial(current) or (
                current.dep_.startswith("conj") and not _reporting_tail(current))):
            current = current.head  # "X handed a list, saying ...": X says
            continue
        break
    return None


def _indefinite(noun: Any) -> bool:
    """Whether a noun is introduced as new ("a senior official", "un alto funcionario"): it
    refers to no one named before, as "the official" does."""
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") + c.morph.get("PronType")
               for c in noun.children)


def _reporting_tail(verb: Any) -> bool:
    """Whether a conjunct verb is a clause of its own after a comma, with no "and" ("X and Y
    agreed on Z, повідомляють у Кремлі"): what it hangs on is what was said, and that
    clause's subject is no speaker."""
    doc = verb.doc
    first = verb.left_edge.i
    comma = doc[first].text == "," or (first > 0 and doc[first - 1].text == ",")
    return verb.i > verb.head.i and comma and not any(c.dep_ == "cc" for c in verb.children)


def adverbial(verb: Any) -> bool:
    """Whether a verb is in an adverbial form that takes its subject from the clause it
    hangs on ("..., saying", "en affirmant", "diciendo", "заявив")."""
    return any(all(verb.morph.get(k) == [v] for k, v in form.items()) for form in ADVERBIAL_FORMS)


def names_a_subject(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a word of the mention at ``[start, end)`` is a subject in the tree (True when
    the sentence is not parsed): "Trump's plan" names no one a pronoun could stand for."""
    if sentence.parse is None:
        return True
    at = sentence.parse_start
    for token in sentence.parse:
        if not start <= at + token.idx < end:
            continue
        while token.dep_ in TITLE_NAMES | NAME_PARTS and token.head.i != token.i \
                and token.head.pos_ in ("NOUN", "PROPN"):
            token = token.head  # "Глава делегации Владимир Мединский": the title's role
        if token.dep_.startswith("nsubj") or (token.dep_ == "ROOT" and token.pos_ != "VERB"):
            return True
    return False


def subjectless(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the last verb in ``[start, end)`` is finite, heads its own clause and has no
    subject in the tree ("Añadió que ...", "Ha aggiunto che ..."): where a language drops
    subject pronouns, that verb's subject is a pronoun (False when not parsed)."""
    if sentence.parse is None:
        return False
    at = sentence.parse_start
    words = [t for t in sentence.parse if start <= at + t.idx < end]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not words:
        return False
    verb = (verbs or words)[-1]  # the cue is a listed verb even where a tagger says "name"
    if verb.dep_ not in ("ROOT", "parataxis") or adverbial(verb):
        return False
    if any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return False
    return not verbs or verb.morph.get("VerbForm") == ["Fin"] or any(
        c.dep_.startswith("aux") for c in verb.children)


def adverbial_at(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` is in an adverbial form (False when not parsed)."""
    verb = token_at(sentence, verb_start)
    return verb is not None and adverbial(verb) and verb.head.i != verb.i


def _antecedent(relative: Any) -> Any | None:
    """The noun a relative pronoun refers to: the head of its clause, else the word before it."""
    clause = relative.head
    if clause.dep_ == "acl:relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return _name_head(clause.head)
    doc = relative.doc
    k = relative.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN"):
        return _name_head(doc[k])
    return None


def _name_head(token: Any) -> Any:
    """The head of a multi-word name ("Joe" for "Biden" in "Joe Biden")."""
    while token.dep_ in NAME_PARTS and token.head.i != token.i:
        token = token.head
    return token


def _titled_name(subject: Any) -> Any | None:
    """The proper name that follows a title subject ("il presidente Ana Ruiz", "el negociador
    ucraniano Ana Ruiz"), if any: the first one in the title's phrase."""
    if subject.pos_ == "PROPN":
        return None
    return next((t for t in _phrase(subject) if t.dep_ in TITLE_NAMES and t.pos_ == "PROPN"
                 and t.i > subject.i and t.text[:1].isupper()
                 and not any(c.dep_ == "case" for c in t.children)), None)  # "в Стамбулі"


def _phrase(token: Any) -> list[Any]:
    """The speaker's noun phrase up to its title's head, without clauses or other conjuncts."""
    head = token
    while head.dep_ in TITLE_NAMES | NAME_PARTS and head.head.i != head.i \
            and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    skip = {"conj", "cc", "acl", "acl:relcl", "punct", "parataxis"}
    out = [head]
    stack = [c for c in head.children if c.dep_ not in skip]
    while stack:
        child = stack.pop()
        out.append(child)
        stack.extend(c for c in child.children if c.dep_ not in skip)
    return sorted(out, key=lambda t: t.i)


def _name_words(token: Any) -> list[Any]:
    """The words of a name: its flat/compound parts, and capitalised proper nouns beside it
    that a parser hung on the same head ("Taras" and "Melnyk" both subjects of "said")."""
    words = [token] + [c for c in token.children if c.dep_ in NAME_PARTS]
    words.sort(key=lambda w: w.i)
    doc = token.doc

    case = token.morph.get("Case")

    def beside(t: Any) -> bool:  # "в Стамбулі Владімір": a place in another case is no part
        return t.pos_ == "PROPN" and t.text[:1].isupper() and (
            t.head.i in (token.i, token.head.i) or t.i == token.head.i) and (
            not case or not t.morph.get("Case") or t.morph.get("Case") == case)

    while words[0].i > 0 and beside(doc[words[0].i - 1]) and doc[words[0].i - 1].dep_ != "ROOT":
        words.insert(0, doc[words[0].i - 1])
    while words[-1].i + 1 < len(doc) and beside(doc[words[-1].i + 1]) \
            and doc[words[-1].i + 1].dep_ != "ROOT":
        words.append(doc[words[-1].i + 1])
    return words


Clause = tuple[int, int, int, int, int, int]  # verb, subject and content spans


def speech_clause(sentence: Sentence, language: str) -> Clause | None:
    """A speech verb the tree shows with its subject and content, for a sentence no cue read.

    Returns the verb's span, the subject's span and the content's span. The content is the
    verb's clausal complement ("said that ...", "teilte mit, dass ..."), or, when the speech
    clause hangs on the reported clause ("..., the army said"), that clause without it.
    """
    return next((clause for clause, _ in speech_clauses(sentence, language)), None)


def speech_clauses(
    sentence: Sentence, language: str, relatives: frozenset[str] = frozenset(),
    adverbials: bool = False, surface: frozenset[str] = frozenset(),
) -> list[tuple[Clause, bool]]:
    """Every speech clause of a sentence, in order, each with whether its content is the
    verb's own complement (a second one: "X said A, adding that B"); with ``adverbials``, also
    one the parser gave no subject ("« ... », - отметил X, добавив, что ...": its span stands
    for the subject's); a verb whose folded form is in ``surface`` speaks
    whatever its lemma ("añadiendo", lemmatised "añadier")."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    parse = sentence.parse
    if lexicon is None or parse is None:
        return []
    found = []
    for verb in parse:
        if not _is_speech(verb, lexicon) and not (
                verb.pos_ in ("VERB", "AUX") and fold(verb.text) in surface):
            continue
        subject = _subject(verb, relatives)
        if subject is None and adverbials and not any(
                c.dep_.startswith("nsubj") for c in verb.children):
            subject = verb  # "..., додавши, що": whose the caller knows (the first speaker)
        if subject is None:
            continue
        content = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "xcomp")]
        content = content or _asyndetic(verb)
        if content:  # a parser may split one clause into several complements
            tokens = sorted({t for c in content for t in c.subtree}, key=lambda t: t.i)
        elif verb.dep_.split(":")[0] in ("parataxis", "ccomp", "conj") and verb.head.i != verb.i:
            skip = {t.i for t in verb.subtree}
            tokens = [t for t in verb.head.subtree if t.i not in skip]
        else:
            continue
        while tokens and tokens[0].dep_ in ("mark", "punct"):
            tokens = tokens[1:]  # "said that ...": the content starts after "that"
        if not tokens:
            continue
        words = _name_words(subject)
        at = sentence.parse_start
        clause = (at + verb.idx, at + verb.idx + len(verb.text),
                  at + words[0].idx, at + words[-1].idx + len(words[-1].text),
                  at + tokens[0].idx, at + tokens[-1].idx + len(tokens[-1].text))
        found.append((clause, bool(content) and content[0].dep_ == "ccomp"))
    return found


def speech_verb(sentence: Sentence, language: str) -> tuple[int, int, bool] | None:
    """The first speech verb of a sentence, its span and whether a personal pronoun is its
    subject ("Er gab weitere Details bekannt:")."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    parse = sentence.parse
    if lexicon is None or parse is None:
        return None
    for verb in parse:
        if _is_speech(verb, lexicon):
            pronoun = any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PRON"
                          for c in verb.children)
            at = sentence.parse_start + verb.idx
            return at, at + len(verb.text), pronoun
    return None


def takes_object(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` has a nominal object and no clause: "promised both
    countries economic deals" states no content."""
    verb = token_at(sentence, verb_start)
    if verb is None:
        return False
    deps = {c.dep_ for c in verb.children}
    clausal = {"ccomp", "parataxis", "xcomp", "csubj"} & deps or _asyndetic(verb)
    return "obj" in deps and not clausal


def object_after(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` has a noun object after it ("announced the dispatch
    of 200 trucks"; not "lo anunció a las 10")."""
    if sentence.parse is None:
        return True
    verb = token_at(sentence, verb_start)
    return verb is not None and any(
        c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def verb_after(sentence: Sentence, offset: int) -> bool:
    """Whether a verb follows ``offset`` in the sentence (True when it is not parsed): content
    without one ("promised both sides new deals") is no clause."""
    parse = sentence.parse
    if parse is None:
        return True
    return any(t.pos_ in ("VERB", "AUX") for t in parse if sentence.parse_start + t.idx >= offset)


def verb_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a verb stands in ``[start, end)`` (True when the sentence is not parsed): a
    stretch without one ("Peu après la trêve, l'armée a averti ...") is no clause that was said."""
    parse = sentence.parse
    if parse is None:
        return True
    at = sentence.parse_start
    return any(t.pos_ in ("VERB", "AUX") for t in parse if start <= at + t.idx < end)


def _asyndetic(verb: Any) -> list[Any]:
    """ "X sagte, die Brücke werde repariert": a clause after a comma that a parser took for a
    conjunct (no "and", a subject of its own) is what was said, if the verb has no object."""
    if any(c.dep_ in ("obj", "iobj") for c in verb.children):
        return []
    for child in verb.children:
        if child.dep_ != "conj" or child.i < verb.i:
            continue
        grandchildren = list(child.children)
        between = verb.doc[verb.i + 1: min(t.i for t in child.subtree if not t.is_punct)]
        if [t.text for t in between] == [","] \
                and not any(g.dep_ == "cc" for g in grandchildren) \
                and any(g.dep_.startswith("nsubj") for g in grandchildren):
            return [child]
    return []


def _is_speech(verb: Any, lexicon: Any, any_tag: bool = False) -> bool:
    if verb.pos_ not in ("VERB", "AUX") and not any_tag:
        return False
    lemma = (verb.lemma_ or verb.text).lower()
    particles = [c for c in verb.children  # "gab ... bekannt": a particle or a bare adverb
                 if c.dep_ in ("compound:prt", "advmod", "compound")]
    keys = [lemma] + [lexicon.joined(lemma, (p.lemma_ or p.text).lower()) for p in particles]
    return any(key in lexicon.speech_verbs for key in keys)


def frames_quote(sentence: Sentence, quote: tuple[int, int], language: str,
                 framing: frozenset[str]) -> bool:
    """Whether the nearest verb above a short quote is a speech or framing verb ("hailed the
    call as "productive"", "qualifiant la conversation de « franche »"), or heads a clause that
    one says ("stressed that the sides agreed on it "so that ...""): the quote is what was
    said. A quote under any other verb ("an "all for all" exchange will take place",
    "proposed to take the plant "for security"") is a phrase, not a statement."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    if lexicon is None or sentence.parse is None:
        return False
    at = sentence.parse_start
    inside = [t for t in sentence.parse if quote[0] < at + t.idx < quote[1]]
    heads = [t for t in inside if not quote[0] < at + t.head.idx < quote[1]]
    if not heads:
        return False
    token = heads[0]
    for _ in range(len(sentence.parse)):
        if token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX") or (token.lemma_ or "").lower() in framing:
            if _is_speech(token, lexicon) or (token.lemma_ or token.text).lower() in framing:
                return True
            if token.dep_.split(":")[0] not in CONTENT_RELATIONS:
                return False  # a verb of its own, not a clause of what was said
    return False


def speech_verb_between(sentence: Sentence, start: int, end: int,
                        language: str) -> tuple[int, int] | None:
    """The span of the first speech verb of the tree in ``[start, end)`` ("Das teilte X mit":
    the verb with its particle, whatever its tag: a tagger may take a verb after "Das" for an
    adjective), None when there is none or no parse."""
    from eventwire.events.predicates import predicates

    lexicon = predicates(language)
    if lexicon is None or sentence.parse is None:
        return None
    at = sentence.parse_start
    for token in sentence.parse:
        if start <= at + token.idx < end and _is_speech(token, lexicon, any_tag=True):
            return at + token.idx, at + token.idx + len(token.text)
    return None


def conjunct_start(sentence: Sentence, cue: tuple[int, int], after: int) -> int:
    """Where a second verb of the speaker begins after ``after`` ("a affirmé A, et a appelé
    B"; "said A and urged B"): the speech verb's own conjunct is no part of what it says
    (the sentence's end when there is none, or no parse)."""
    if sentence.parse is None:
        return sentence.end
    at = sentence.parse_start
    verb = next((t for t in sentence.parse
                 if t.idx <= cue[1] - 1 - at < t.idx + len(t.text)), None)
    if verb is None:
        return sentence.end
    starts = [at + c.left_edge.idx for c in verb.children
              if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
              and any(g.dep_ == "cc" for g in c.children)  # not "sagte, die Brücke sei ..."
              and at + c.left_edge.idx > after]
    return min(starts, default=sentence.end)


def after_marker(sentence: Sentence, start: int, end: int) -> int:
    """Where content begins after the infinitive's marker that opens it ("di ritirarsi",
    "de se retirer", "to withdraw"): the marker says nothing (``start`` when there is none)."""
    token = token_at(sentence, start)
    if token is None or token.dep_ != "mark" or token.pos_ not in ("ADP", "PART", "SCONJ") \
            or not any(w.morph.get("VerbForm") == ["Inf"] for w in [token.head] + [
                c for c in token.head.children if c.dep_.startswith("aux")]):
        return start  # "essersi ritirato": the infinitive may be the auxiliary
    following = start + len(token.text)
    text = sentence.parse.text
    at = sentence.parse_start
    while following - at < len(text) and text[following - at].isspace():
        following += 1
    return following if following < end else start


def in_relative(sentence: Sentence, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` heads a relative clause ("leaders who have said
    that ..."): its speaker is the noun the clause hangs on, not the sentence's subject."""
    verb = token_at(sentence, verb_start)
    return verb is not None and verb.dep_.startswith("acl")
