"""The speaker of a statement read from the tree: the subject of its speech verb.

Wherever the quote sits ("X said: ...", "..., X told reporters", "« ... », a déclaré X"),
the speech verb's subject names the speaker. A subject that is no known actor but a run of
proper nouns is a person ("Ana Ruiz said"), not a place; later mentions of the surname alone
are the same person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from eventwire.model import Actor, Mention, Sentence
from eventwire.spans import SpanIndex
from eventwire.statements.cases import unlisted_person
from eventwire.statements.subjects import (
    CAPITAL,
    NAME_PARTS,
    WORD_REST,
    indefinite,
    name_head,
    name_words,
    speaker_phrase,
    subject_of,
    titled_name,
    titled_names,
)
from eventwire.syntax.lookup import tagged, token_starts
from eventwire.syntax.parse import token_at
from eventwire.text.view import fold

LONG_TITLE = 4  # words of a title between a demonym and a name ("Deputy Foreign Minister")
_NAME_AFTER = re.compile(rf"(?:\s+{CAPITAL}{WORD_REST}+){{1,3}}")


def actor_of(found: Mention | Actor) -> Actor | None:
    """The actor a subject reading gives: a mention's actor, or the actor itself."""
    return found.actor if isinstance(found, Mention) else found


TITLE_TO_NAME = 6  # words a title's institution may hold before the name ("МВС Молдови Ірина Русу")


class TreeSpeakers:
    """Speakers from speech-verb subjects, with the unknown people met so far."""

    def __init__(self, actors: SpanIndex[Mention],
                 sources: SpanIndex[Mention] | None = None,
                 relatives: frozenset[str] = frozenset(), text: str = "",
                 pronouns: frozenset[str] = frozenset(),
                 sentences: list[Sentence] | None = None,
                 language_of: Callable[[Sentence], str] | None = None,
                 compounds: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
                 institution_nouns: tuple[frozenset[str], frozenset[str]] = (
                     frozenset(), frozenset())) -> None:
        self.actors = actors
        self.institution_nouns = institution_nouns  # "the mission": the body named before
        self.language_of = language_of  # the language a sentence was parsed in
        self.compounds = compounds  # title heads ending an institution's compound, and links
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
        subject = subject_of(verb, self.relatives, self.pronouns)
        if subject is None:
            return None
        # "A y B dijeron" parsed as two subjects is a coordination again (syntax.repair)
        conjuncts = [c for w in name_words(subject) for c in w.children
                     if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                     and not _capitalised_link(c)]
        if conjuncts:  # "the Ruritanian leader and Ana Ruiz said": both speak
            group = self._group(sentence, [subject] + conjuncts)
            if group is not None:
                return group
        found = self._first_name_after_title(sentence, subject) or self._one(sentence, subject)
        if found is not None and isinstance(found[0], Mention) and found[0].kind == "demonym":
            return self.titled_after_demonym(sentence, found[0]) or found
        return found

    def _first_name_after_title(
        self, sentence: Sentence, subject: Any
    ) -> tuple[Actor, tuple[int, int]] | None:
        """ "sagte die armenische Unterhändlerin Lilit Hakobjan" parsed with the title and the
        first name as two subjects (the first name a noun): the full name speaks, for the
        country the title's phrase names."""
        doc = subject.doc
        title = doc[subject.i - 1] if subject.i > 0 else None
        if subject.pos_ != "NOUN" or title is None or title.pos_ != "NOUN" \
                or title.head.i != subject.head.i or not title.dep_.startswith("nsubj"):
            return None
        rest = [t for t in doc[subject.i + 1 : subject.i + 3]
                if t.pos_ == "PROPN" and t.head.i == subject.i]
        if not rest or rest[0].i != subject.i + 1 or not subject.text[:1].isupper():
            return None
        at = sentence.parse_start
        words = [subject] + rest
        start, end = at + subject.idx, at + rest[-1].idx + len(rest[-1].text)
        if self.actors.within(start, end):
            return None
        country = self._country_in(speaker_phrase(title), at)
        name = " ".join(w.text for w in words)
        return self.person(name, before=start, country=country), (start, end)

    def titled_after_demonym(
        self, sentence: Sentence, demonym: Mention
    ) -> tuple[Actor, tuple[int, int]] | None:
        """ "вірменська переговорниця Ліліт Акопян" parsed with the adjective as the subject:
        the title and the full name after it are the speaker, of the adjective's country."""
        parse = sentence.parse
        if parse is None or demonym.actor is None or not demonym.actor.country:
            return None
        at = sentence.parse_start
        after = [t for t in parse if at + t.idx >= demonym.end]
        titles = 0
        while titles < len(after) and titles < 2 and after[titles].pos_ == "NOUN":
            titles += 1
        named = self.name_after(sentence, at + after[titles].idx) \
            if 0 < titles < len(after) else None
        if named is None or len(named[0].name.split()) < 2:
            named = self._name_after_long_title(sentence, after)
        if named is None:
            return None
        person = named[0] if named[0].country else self.with_country(
            named[0], demonym.actor.country)
        return person, named[1]

    def _name_after_long_title(
        self, sentence: Sentence, after: list[Any]
    ) -> tuple[Actor, tuple[int, int]] | None:
        """ "Kazakh Deputy Foreign Minister Nurlan Sadykov": a title of up to four words
        (nouns, adjectives, capitalised title words) before a name: the last two words of the
        proper nouns' run that ends it."""
        k = 0
        while k < len(after) and k < LONG_TITLE + 2 \
                and after[k].pos_ in ("NOUN", "ADJ", "PROPN") and after[k].text[:1].isalpha():
            k += 1
        run = after[:k]
        while run and run[-1].pos_ != "PROPN":
            run.pop()
        if len(run) < 3 or run[-2].pos_ != "PROPN" \
                or not any(t.pos_ == "NOUN" for t in run[:-2]):
            return None
        named = self.name_after(sentence, sentence.parse_start + run[-2].idx)
        return named if named is not None and len(named[0].name.split()) == 2 else None

    def _group(
        self, sentence: Sentence, conjuncts: list[Any]
    ) -> tuple[Actor, tuple[int, int]] | None:
        """Coordinated speakers as one group (its country when they share one)."""
        members: list[Actor] = []
        for conjunct in conjuncts:
            found = self._one(sentence, conjunct)
            if found is None:
                phrase = speaker_phrase(conjunct)
                at = sentence.parse_start
                inside = self.actors.within(at + phrase[0].idx,
                                            at + phrase[-1].idx + len(phrase[-1].text))
                found = (inside[0], (0, 0)) if inside else None
            if found is None:
                return None
            actor = actor_of(found[0])
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
        words = name_words(subject)
        start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
        if self.sources is not None and (self.sources.within(start, end)
                                         or self.sources.covering(start, end)):
            return None
        mentions = self.actors.within(start, end) or [
            m for m in [self.actors.covering(start, end)] if m is not None]
        titled = titled_name(subject)
        # "Аві Коен" with the first name tagged a conjunction: a name's first word, no title
        misread = subject.pos_ not in ("NOUN", "PROPN", "PRON") and subject.text[:1].isupper() \
            and any(c.dep_ in NAME_PARTS and c.pos_ == "PROPN" for c in subject.children)
        if misread:
            titled = None
        if titled is None and subject.pos_ == "NOUN":
            named = self._appositive(sentence, subject)
            if named is not None:  # "der Sprecher der ukrainischen Armee, Dmytro Koval,"
                return named
        voice = self._institution_named(sentence, titled) if titled is not None else None
        if voice is not None:  # "Речник Кремля", "Представитель Минобороны России"
            person = self._person_after_institution(sentence, subject, voice)
            if person is None or isinstance(person, tuple):
                return person or voice  # a known person after the institution speaks
            titled = person  # "представитель МВД Молдавии Ирина Кожокару": she speaks
        title_phrase: list[Any] = []
        known = self.actors.covering(at + titled.idx, at + titled.idx + len(titled.text)) \
            if titled is not None and not _coordinated_between(subject, titled) else None
        if known is not None and known.actor is not None and known.actor.type == "person":
            return known, (known.start, known.end)  # "le porte-parole du Kremlin, Dmitri Peskov"
        after = self._name_after_mention(subject, words, mentions, at)
        if after is not None:  # "спецпосланниця Норвегії Карі Гольм" with "Норвегії" in it
            return after
        if titled is not None and not any(m.start <= at + titled.idx < m.end for m in mentions):
            title_phrase = speaker_phrase(subject)
            subject = titled  # "the minister Ana Ruiz": the name, not the office holder
        elif mentions:
            actor = mentions[0].actor
            follows = [m for m in self.actors.within(mentions[0].end, mentions[0].end + 80)
                       if m.start - mentions[0].end <= 1]
            owner = follows[0] if follows else None
            if actor is not None and not actor.country and not actor.entity \
                    and owner is not None and owner.actor is not None \
                    and owner.actor.country and owner.actor.type != "person":
                # "Генштаба ВСУ": the complement's institution, as "the General Staff of the
                # Ukrainian armed forces" reads in every language
                return owner, (owner.start, owner.end)
            if actor is not None and actor.type == "organization" and not actor.country \
                    and not actor.entity and subject.pos_ == "NOUN" and not indefinite(subject):
                seated = self._seated(sentence, subject, mentions[0].start, mentions[0].end)
                if seated is not None:
                    return seated
                named = self._titled_before(subject.text, mentions[0].start)
                if named is not None:  # "the ministry": the one named in full before
                    return named, (mentions[0].start, mentions[0].end)
            return mentions[0], (mentions[0].start, mentions[0].end)
        words = name_words(subject)
        if title_phrase:
            words = self._name_in_title(words, title_phrase, at)
        nested = _with_nested_parts(words)
        person_words = [w for w in nested if not self._institution_word(w, at)]
        stripped = len(person_words) >= 2 and len(person_words) < len(nested)
        if stripped:  # "МВС Молдови Ірина Кожокару" parsed as one name: the person is hers
            words = person_words
        start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
        if self.sources is not None and (self.sources.within(start, end)
                                         or self.sources.covering(start, end)):
            return None  # "sagte der Agentur Interfax" misread with the agency as subject
        name = " ".join(w.text for w in words if w.text.strip())
        if len(words) == 1 and subject.pos_ == "PROPN" and not title_phrase:
            title = fold(subject.text)  # "Речниця додала": a title tagged a name, said before
            earlier = self._written_before(start, lambda t: fold(t.text) == title,
                                           tags=("NOUN",)) or self._met_after_title(start, title)
            if earlier is not None:
                return earlier, (start, end)
        if subject.pos_ == "PROPN" and len(words) == 1 and not title_phrase:
            body = self.body_named_before(subject, start)
            if body is not None:  # "Місія уточнила": the noun tagged a name at the start
                return body, (start, end)
        if (subject.pos_ == "PROPN" or misread) and all(
                (w.pos_ == "PROPN" or w is subject or _noun_first_name(w))
                and w.text[:1].isupper() for w in words) and name:
            voice = None if title_phrase or stripped \
                else self._institution_named(sentence, subject)
            if voice is not None:  # "Кремля" a subject of its own beside "пресс-секретарь"
                return voice
            # "the Ruritanian minister"; "Речниця ООН" a subject of its own beside the name
            country = self._country_in(_with_split_parts(subject, speaker_phrase(subject)), at)
            return self.person(name, before=start, country=country), (start, end)
        if len(words) == 1 and name[:1].isupper() and name in self.people:
            return self.people[name], (start, end)  # a surname the tagger took for a noun
        if subject.pos_ == "NOUN" and len(words) == 1 and name[:1].isupper():
            named = self._named_before(name, start)  # "Лахти написала": a surname taken for
            if named is not None:  # a noun is the person named in full before
                return named, (start, end)
        if subject.pos_ == "NOUN" and len(words) == 1 and not indefinite(subject):
            seated = self._seated(sentence, subject, start, end)
            if seated is not None:
                return seated
            title = fold(subject.text)
            titled_before = self._titled_before(subject.text, start, people_only=True) \
                or self._written_before(start, lambda t: fold(t.text) == title,
                                        tags=("NOUN",)) \
                or self._titled_before(subject.text, start)
            if titled_before is not None:  # "the negotiator said": the one named with it
                return titled_before, (start, end)
        if subject.pos_ == "NOUN" and not indefinite(subject):
            body = self.body_named_before(subject, start)
            if body is not None:  # "The monitors said", "Спостерігачі місії додали"
                return body, (start, end)
        if subject.pos_ == "NOUN":
            return self.institution_of(sentence, subject)
        return None

    def _name_after_mention(
        self, subject: Any, words: list[Any], mentions: list[Mention], at: int
    ) -> tuple[Actor, tuple[int, int]] | None:
        """A proper-noun subject standing after the mention its name's words swallowed (a
        parser hung "Карі Гольм" on "Норвегії"): the full name after it is a person, of the
        mention's country; None when the subject is in the mention or no full name follows."""
        if not mentions or subject.pos_ != "PROPN" or at + subject.idx < mentions[-1].end:
            return None
        person = [w for w in words if at + w.idx >= mentions[-1].end]
        if len(person) < 2 or not all(w.pos_ == "PROPN" and w.text[:1].isupper()
                                      for w in person):
            return None
        start, end = at + person[0].idx, at + person[-1].idx + len(person[-1].text)
        country = mentions[-1].actor.country if mentions[-1].actor is not None else None
        return self.person(" ".join(w.text for w in person), before=start,
                           country=country), (start, end)

    def _seated(self, sentence: Sentence, subject: Any, start: int, end: int
                ) -> tuple[Actor, tuple[int, int]] | None:
        """An institution named by its noun alone with a seat of government after it, joined
        by a preposition ("das Ministerium für Schifffahrt in Athen", "the ministry in
        Athens", "il governo di Khartoum"): the institution of that country, never one named
        before with the same noun (None when a verb or a clause mark stands between: "the
        ministry warned that Kyiv ...")."""
        if not self.text or len(self.text[start:end].split()) != 1 \
                or subject.morph.get("VerbForm") or sentence.parse is None:
            return None  # the institution's noun alone
        after = self.actors.within(end, end + 60)
        if not after or after[0].kind != "capital" or after[0].actor is None \
                or not after[0].actor.country or self.text[after[0].end:].startswith(","):
            return None  # "Выступая перед журналистами в Осло, министр ...": a circumstance
        at = sentence.parse_start
        between = [t for t in sentence.parse if end <= at + t.idx < after[0].start]
        if not between or len(between) > 3 or between[-1].pos_ != "ADP" \
                or any(t.pos_ not in ("ADP", "NOUN", "ADJ", "DET") for t in between):
            return None
        name = self.text[start:after[0].end]
        return Actor(name=name, canonical=name, country=after[0].actor.country,
                     type="organization"), (start, after[0].end)

    def _person_after_institution(
        self, sentence: Sentence, subject: Any, voice: tuple[Actor | Mention, tuple[int, int]]
    ) -> Any | tuple[Actor | Mention, tuple[int, int]] | None:
        """A full name that follows the institution in a title's phrase ("пресс-секретарь
        президента России Дмитрий Песков", "речниця МВС Молдови Ірина Кожокару"): the
        person, not the institution, speaks: their mention where a list knows them, else the
        name's word (None when no such name follows)."""
        at = sentence.parse_start
        for name in titled_names(subject):
            if at + name.idx < voice[1][1]:
                continue
            known = self.actors.covering(at + name.idx, at + name.idx + len(name.text))
            if known is not None and known.actor is not None and known.actor.type == "person":
                return known, (known.start, known.end)
            if self._institution_named(sentence, name):
                continue
            words = [w for w in _with_nested_parts([name]) if w.pos_ == "PROPN"
                     or w.dep_ in NAME_PARTS]
            if len(words) >= 2 and all(w.text[:1].isupper() for w in words):
                return name
            doc, k = name.doc, name.i + 1  # "Молдови Ана Русу": both parts hung on the country
            while k < len(doc) and doc[k].dep_ in NAME_PARTS and doc[k].text[:1].isupper() \
                    and not self._institution_word(doc[k], at):
                k += 1
            if name.dep_ in NAME_PARTS and k - name.i >= 2 and name.text[:1].isupper():
                start, end = at + name.idx, at + doc[k - 1].idx + len(doc[k - 1].text)
                institution = actor_of(voice[0])
                country = institution.country if institution is not None else None
                name_text = " ".join(t.text for t in doc[name.i:k])
                return self.person(name_text, before=start, country=country), (start, end)
            run = self._run_of_names(name, at)  # "МВД Польши Марта Зелиньская" with the
            if len(run) >= 2 and run[0].i == name.i:  # surname tagged an adjective
                start, end = at + run[0].idx, at + run[-1].idx + len(run[-1].text)
                institution = actor_of(voice[0])
                country = institution.country if institution is not None else None
                name_text = " ".join(w.text for w in run)
                return self.person(name_text, before=start, country=country), (start, end)
            head = name.head  # "des Weißen Hauses, Karen Lee" with "Karen" tagged a noun
            if name.dep_ in NAME_PARTS and head.dep_ == "appos" and head.text[:1].isupper() \
                    and at + head.idx >= voice[1][1] and not self._institution_word(head, at):
                words = _with_nested_parts([head])
                if len(words) >= 2 and all(w.text[:1].isupper() for w in words):
                    start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
                    institution = actor_of(voice[0])
                    country = institution.country if institution is not None else None
                    name_text = " ".join(w.text for w in words)
                    return self.person(name_text, before=start, country=country), (start, end)
        return None

    def _name_in_title(self, words: list[Any], phrase: list[Any], at: int) -> list[Any]:
        """A name read from a title's phrase, without the institution a parser set beside it
        ("l'ONU Maria Lind") and with the surname it hung on the title instead
        ("представитель ООН Мария Линд")."""
        def institution(word: Any) -> bool:
            return self._institution_word(word, at)
        kept = [w for w in words if not institution(w)] or words
        inside = {t.i for t in phrase}
        doc = kept[-1].doc

        def part(k: int) -> bool:  # "dell'ONU Maria Lind" with "Maria" hung on "ONU"
            return 0 <= k < len(doc) and k in inside and doc[k].pos_ == "PROPN" \
                and doc[k].text[:1].isupper() and not institution(doc[k]) and len(kept) < 4 \
                and not any(c.dep_ == "case" for c in doc[k].children)  # "в Стамбулі"
        while part(kept[-1].i + 1):
            kept.append(doc[kept[-1].i + 1])
        while part(kept[0].i - 1):
            kept.insert(0, doc[kept[0].i - 1])
        k = kept[0].i - 1
        if len(kept) == 1 and k in inside and _noun_first_name(doc[k]) \
                and not institution(doc[k]):
            kept.insert(0, doc[k])
        return kept

    def _institution_word(self, word: Any, at: int) -> bool:
        """Whether a word lies in the mention of an actor that is no person ("ONU", "МВС
        Молдови")."""
        mention = self.actors.covering(at + word.idx, at + word.idx + len(word.text))
        return mention is not None and mention.actor is not None \
            and mention.actor.type != "person"

    def _appositive(
        self, sentence: Sentence, title: Any
    ) -> tuple[Actor | Mention, tuple[int, int]] | None:
        """The name set off by commas right after a title's phrase that the parser hung
        elsewhere ("sagte der Sprecher der ukrainischen Armee, Dmytro Koval, am ..."): that
        person speaks, for the country the title's phrase names."""
        doc = title.doc
        phrase = speaker_phrase(title)
        # the comma after the title's phrase, or one inside it when the parser hung the name
        # on the institution ("la porte-parole du ministère ..., Nino Beridze, a annoncé")
        commas = [t.i for t in phrase if t.text == "," and t.i > title.i] \
            + [t.i - 1 for t in phrase if t.dep_ == "appos" and t.i > title.i + 1
               and doc[t.i - 1].text == ","] + [phrase[-1].i + 1]
        run: list[Any] = []
        for k in sorted(set(commas)):
            if k + 1 >= len(doc) or doc[k].text != ",":
                continue
            run = []
            for token in doc[k + 1:]:
                if token.pos_ != "PROPN" or not token.text[:1].isupper():
                    break
                run.append(token)
            after = k + 1 + len(run)
            if len(run) >= 2 and (after >= len(doc) or doc[after].is_punct):
                break
            run = []
        if not run:
            return None
        at = sentence.parse_start
        start, end = at + run[0].idx, at + run[-1].idx + len(run[-1].text)
        covering = self.actors.covering(start, end)
        if covering is not None and covering.actor is not None:
            if covering.actor.type != "person":
                return None
            return covering, (covering.start, covering.end)
        country = self._country_in(speaker_phrase(title), at)
        name = " ".join(w.text for w in run)
        return self.person(name, before=start, country=country), (start, end)

    def _institution_named(
        self, sentence: Sentence, name: Any
    ) -> tuple[Actor | Mention, tuple[int, int]] | None:
        """The institution a proper noun after a title is ("Речник Кремля", "Представитель
        Минобороны России"), so that it is not read as a person's name: its own mention, or
        the name alone recognised where a title took it into its mention."""
        at = sentence.parse_start
        # its own parts only: "l'ONU Maria Lind" has the institution beside the name
        words = sorted([name] + [c for c in name.children if c.dep_ in NAME_PARTS],
                       key=lambda w: w.i)
        start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
        covering = self.actors.covering(start, end)
        mentions = [covering] if covering is not None else self.actors.within(start, end)
        if mentions:
            first = mentions[0]
            if first.actor is None or first.actor.type == "person" or not first.actor.country:
                return None
            return first, (first.start, first.end)
        if self.language_of is None:
            return None
        found = {a.canonical: a for a in self._actors_in_title(
            [self.text[start:end]] if self.text else [], self.language_of(sentence))
            if a.type != "person"}
        if len(found) != 1:
            return None
        actor = found.popitem()[1]
        alone = {a.canonical for a in self._actors_in_title([name.text], self.language_of(
            sentence)) if a.type != "person"}
        if len(words) > 1 and alone == {actor.canonical}:  # "Польши Марта": the name is hers
            end = at + name.idx + len(name.text)
        return actor, (start, end)

    def institution_of(
        self, sentence: Sentence, subject: Any
    ) -> tuple[Actor, tuple[int, int]] | None:
        """The institution a title names when no name comes with it ("пресс-секретарь
        Кремля", "il portavoce del Cremlino", "der Kremlsprecher"): the institution speaks,
        as it does where its name is a mention of its own ("the Kremlin spokesman")."""
        if self.language_of is None:
            return None
        words = _with_split_parts(subject, speaker_phrase(subject))
        at = sentence.parse_start
        start, end = at + words[0].idx, at + words[-1].idx + len(words[-1].text)
        if self.actors.within(start, end):
            return None  # a mention of its own: the paths above and the cue's mentions read it
        found = {a.canonical: a for a in self._actors_in_title(
            [w.text for w in words], self.language_of(sentence)) if a.type != "person"}
        if len(found) != 1:
            return None
        return found.popitem()[1], (start, end)

    def _actors_in_title(self, words: list[str], language: str) -> list[Actor]:
        """The actors with a country that a title's words name, each word and pair of words
        alone ("Kremlin spokesman" as a whole is a bare title), and the first part of a
        compound title ("Kreml" of "Kremlsprecher")."""
        heads, links = self.compounds
        pieces = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        for word in words:
            folded = fold(word)
            head = next((h for h in heads if folded.endswith(h) and len(folded) > len(h)), None)
            if head is None:
                continue
            first = word[: len(word) - len(head)]
            link = next((k for k in links if first.endswith(k) and len(first) > len(k)), "")
            pieces.append(first[: len(first) - len(link)])
        return [actor for piece in pieces for actor in _named_alone(piece, language)]

    def subject_named_before(self, before: int, since: int) -> Actor | None:
        """The latest person named in full as a subject in ``[since, before)`` ("Der
        Unterhändler Bohdan Kowal traf ... Ihm zufolge ..."), for a name no list knows."""
        return self._written_before(before, lambda t: t.dep_.startswith("nsubj"), since,
                                    tags=("NOUN", "PROPN"))

    def _written_before(self, before: int, wanted: Any, since: int = 0,
                        tags: tuple[str, ...] = ("NOUN", "PROPN")) -> Actor | None:
        """The person whose full name the parsed text gave before ``before``, at the latest
        word ``wanted`` accepts: a surname in a full name ("Bohdan Kowal" ... "Kowal"), or a
        title with its name ("der Unterhändler Bohdan Kowal" ... "der Unterhändler"); their
        country is the one their phrase names. For names no list knows, where no statement
        has met them yet. Only words tagged one of ``tags`` are asked (found from the tree's
        arrays: the walk goes back over every sentence before)."""
        for sentence in reversed(self.sentences):
            if sentence.start >= before or sentence.parse is None:
                continue
            if sentence.end <= since:
                break
            at, parse = sentence.parse_start, sentence.parse
            starts = token_starts(parse)
            for i in reversed(tagged(parse, *tags)):
                if at + starts[i] >= before:
                    continue
                token = parse[i]
                if not wanted(token):
                    continue
                named = titled_name(token) if token.pos_ == "NOUN" else token
                if named is None:
                    continue
                words = [w for w in name_words(name_head(named)) if w.pos_ == "PROPN"]
                if words and words[0].i > 0 and _noun_first_name(parse[words[0].i - 1]):
                    words.insert(0, parse[words[0].i - 1])  # ", Nino Beridse,"
                if named.pos_ == "PROPN" and (len(words) < 2 or any(
                        self._names_place(w, at) for w in words)):
                    first = next((w for w in words if not self._names_place(w, at)), None)
                    words = self._run_of_names(first, at) if first is not None else []
                    # a tree that splits the name, or hangs it on its country ("Польши Марта")
                if len(words) < 2 or not all(w.text[:1].isupper() for w in words):
                    continue
                country = self._country_in(speaker_phrase(token), at) \
                    or self._country_in(speaker_phrase(words[0]), at)  # name parts apart
                return self.person(" ".join(w.text for w in words), country=country)
        return None

    def _names_place(self, word: Any, at: int) -> bool:
        """Whether a word is a country's or an institution's mention ("Словакии"), no part of
        a person's name."""
        start, end = at + word.idx, at + word.idx + len(word.text)
        covering = self.actors.covering(start, end)
        return any(m.actor is not None and m.actor.type != "person"
                   for m in self.actors.within(start, end) + [covering] * bool(covering))

    def _run_of_names(self, word: Any, at: int) -> list[Any]:
        """The capitalised proper nouns written in a row around ``word`` that name no place
        ("Министр экономики Словакии Петер Грашко": "Петер Грашко"), for a tree that hangs
        the parts of one name on different heads."""
        doc = word.doc

        def part(k: int, tags: tuple[str, ...] = ("PROPN",)) -> bool:
            t = doc[k]
            return t.pos_ in tags and t.text[:1].isupper() and not self._names_place(t, at)

        first = last = word.i
        while first > 0 and part(first - 1):
            first -= 1
        while last + 1 < len(doc) and part(last + 1, ("PROPN", "ADJ", "NOUN")):
            last += 1  # "Марта Зелиньская" with the surname tagged an adjective
        return list(doc[first: last + 1])

    def object_within(
        self, sentence: Sentence, verb_start: int, end: int
    ) -> tuple[Actor | Mention, tuple[int, int]] | None:
        """The object of the verb at ``verb_start`` when it lies inside the cue that ends at
        ``end`` ("quoted Russian general Igor Sokolov as saying"): the one quoted speaks."""
        verb = token_at(sentence, verb_start)
        if verb is None:
            return None
        at = sentence.parse_start
        objects = [c for c in verb.children if c.dep_ == "obj" and at + c.idx < end
                   and c.pos_ in ("PROPN", "NOUN")]
        return self._one(sentence, objects[0]) if objects else None

    def locative_institution(
        self, sentence: Sentence, verb_start: int
    ) -> tuple[Actor, tuple[int, int]] | None:
        """ "В армии добавили", "В армії додали": a subjectless verb after a place-like phrase
        whose noun is the head of an institution named before speaks for that institution
        (None when no earlier mention holds the noun)."""
        verb = token_at(sentence, verb_start)
        if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children):
            return None
        nouns = [c for c in verb.children if c.dep_ == "obl" and c.i < verb.i
                 and c.pos_ == "NOUN" and any(g.dep_ == "case" for g in c.children)]
        if len(nouns) != 1:
            return None
        found = self._titled_before(nouns[0].text, sentence.start) \
            or self.body_named_before(nouns[0], sentence.start)  # "В ведомстве уточнили"
        if found is None or found.type == "person":
            return None
        at = sentence.parse_start
        return found, (at + nouns[0].idx, at + nouns[0].idx + len(nouns[0].text))

    def country_named_before(self, nouns: list[Any], before: int) -> str | None:
        """The country of the latest actor named before ``before`` with one of ``nouns`` (by
        lemma) in its mention, else of the latest phrase of the parsed text before with that
        noun naming one: "председателя комитета X" after "Государственный пограничный комитет
        Белоруссии" is of Belarus."""
        for noun in nouns:
            lemma = noun.lemma_ or noun.text
            found = self._titled_before(lemma, before)
            if found is not None and found.country:
                return found.country
            for sentence in reversed(self.sentences):  # "Государственный пограничный комитет
                if sentence.start >= before or sentence.parse is None:  # Белоруссии"
                    continue
                at = sentence.parse_start
                for token in reversed(sentence.parse):
                    if token.pos_ == "NOUN" and token.lemma_ == lemma:
                        country = self._country_in(speaker_phrase(token), at)
                        if country:
                            return country
        return None

    def _met_after_title(self, before: int, title: str) -> Actor | None:
        """The person already met whose surname stands within a few words after the latest
        ``title`` written before ``before``, in its sentence or the one before ("Речниця МВС
        Молдови Ірина Русу", parsed with the title apart from the name)."""
        earlier = [s for s in self.sentences if s.start < before][-2:]  # its own, the one before
        for sentence in reversed(earlier):
            parse, at = sentence.parse, sentence.parse_start
            if parse is None:
                continue
            for token in reversed(parse):
                if at + token.idx >= before or fold(token.text) != title:
                    continue
                for word in parse[token.i + 1: token.i + 1 + TITLE_TO_NAME]:
                    known = self.people.get(word.text)
                    if word.pos_ == "PROPN" and known is not None and known.country:
                        return known
        return None

    def body_named_before(self, noun: Any, before: int) -> Actor | None:
        """An institution referred back by a noun of the language's ``institution_back_nouns``
        ("the mission", "the monitors", "das Komitee", "l'agenzia"; the noun or the noun it
        governs: "Спостерігачі місії"): the latest international body named before (sector
        IGO or NGO); a noun of ``office_back_nouns`` ("ведомство") the latest institution of
        any kind. Never a person nor a state; None when none was named.
        """
        nouns = [noun] + [c for c in noun.children if c.dep_.startswith("nmod")
                          and c.pos_ == "NOUN"]
        words = {fold(n.lemma_) for n in nouns} | {fold(n.text) for n in nouns}
        bodies, offices = self.institution_nouns
        if words.isdisjoint(bodies) and words.isdisjoint(offices):
            return None
        international = words.isdisjoint(offices)
        for mention in reversed(self.actors.within(0, before)):
            actor = mention.actor
            if actor is None or actor.type != "organization" \
                    or not (actor.entity or actor.country):
                continue
            if self.sources is not None and self.sources.covering(mention.start, mention.end):
                continue
            if international and actor.sector not in ("IGO", "NGO"):
                continue
            return actor
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
        "le porte-parole du Kremlin, Ana Ruiz", "пресс-секретарь Кремля", "Kremlsprecher"): an
        institution, country or demonym of the phrase itself, never a name elsewhere in the
        sentence."""
        if sentence.parse is None:
            return None
        last = span[1] - 1 - sentence.parse_start  # the last word of the person's name
        token = next((t for t in sentence.parse if t.idx <= last < t.idx + len(t.text)), None)
        if token is None:
            return None
        names = set(name.split())
        words = [t.text for t in speaker_phrase(token) if t.text not in names and not t.is_punct]
        countries = {a.country for a in self._actors_in_title(words, language)}
        if not countries:  # "Речник української армії Дмитро Коваль" parsed as two fragments
            countries = {a.country for a in self._actors_in_title(
                _title_before(token, names), language)}
        if not countries and self.text:  # "il portavoce del ministero ... azero, Elchin Guliyev"
            countries = {m.actor.country for m in self.actors.within(sentence.start, span[0])
                         if m.actor is not None and m.actor.country and m.actor.type != "person"
                         and self.text[m.end:span[0]].strip() == ","}
        return countries.pop() if len(countries) == 1 else None

    def with_country(self, person: Actor, country: str) -> Actor:
        """The person with the country their title gives, also for their surname later."""
        found = replace(person, country=country)
        for surname, known in list(self.people.items()):
            if known is person:
                self.people[surname] = found
        return found

    def renamed(self, person: Actor, name: str) -> Actor:
        """The person under the name they are written with elsewhere (a genitive back in its
        nominative), also for their surname later."""
        entity = unlisted_person(name) if person.entity else None
        found = replace(person, name=name, canonical=name, entity=entity)
        for surname, known in list(self.people.items()):
            if known is person:
                self.people[surname] = found
        self.people[name.split()[-1]] = found
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
            if token.pos_ != "PROPN" and not (words and token.dep_ in NAME_PARTS) \
                    or not token.text[:1].isupper():
                break  # "Nino Kapanadse" with the surname tagged a noun is still a name
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
                before, lambda t: t.text == surname, tags=("PROPN",))
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


def _capitalised_link(conjunct: Any) -> bool:
    """Whether a conjunct's "and" is a capitalised word inside the sentence ("Die kroatische
    Außenministerin Ana Kovac" with "Ana" tagged a conjunction): a first name, no coordination."""
    return any(c.dep_ == "cc" and c.text[:1].isupper() and c.i > 0 for c in conjunct.children)


def _noun_first_name(word: Any) -> bool:
    """A first name a tagger took for a noun in a name set off by commas (", Nino Beridse,"):
    a capitalised noun after a comma, before one proper noun and a punctuation mark."""
    doc = word.doc
    return word.pos_ == "NOUN" and word.text[:1].isupper() and 0 < word.i < len(doc) - 2 \
        and doc[word.i - 1].text == "," and doc[word.i + 1].pos_ == "PROPN" \
        and doc[word.i + 2].is_punct


def _with_split_parts(subject: Any, phrase: list[Any]) -> list[Any]:
    """The title's phrase with the parts a parser hung beside it on the verb ("пресс",
    "секретарь" and "Кремля" each a subject or object of "заявил"): the verb's noun
    dependents that touch the phrase, punctuation left out."""
    words = {w.i: w for w in phrase}
    siblings = [c for c in subject.head.children if c.i != subject.i
                and c.dep_ in ("nsubj", "obj") and c.pos_ in ("NOUN", "PROPN", "PUNCT")]
    grown = True
    while grown:
        grown = False
        for sibling in siblings:
            part = [sibling] if sibling.pos_ == "PUNCT" else speaker_phrase(sibling)
            if sibling.i not in words and (min(words) - 1 <= part[-1].i
                                           and part[0].i <= max(words) + 1):
                words.update((w.i, w) for w in part)
                grown = True
    return sorted((w for w in words.values() if not w.is_punct), key=lambda w: w.i)


def _title_before(token: Any, names: set[str]) -> list[str]:
    """The words right before a name, back to a verb or a punctuation mark, when they hold a
    title (a noun): the title a parser left in a fragment of its own."""
    doc = token.doc
    k = token.i
    while k > 0 and doc[k - 1].text in names:
        k -= 1
    words: list[Any] = []
    while k > 0 and doc[k - 1].pos_ not in ("VERB", "AUX", "PUNCT"):
        k -= 1
        words.insert(0, doc[k])
    return [w.text for w in words] if any(w.pos_ == "NOUN" for w in words) else []


def _with_nested_parts(words: list[Any]) -> list[Any]:
    """A name's words with the parts hung on its parts ("Молдови" <- "Ірина" <- "Кожокару")."""
    found = {w.i: w for w in words}
    stack = list(words)
    while stack:
        for child in stack.pop().children:
            if child.dep_ in NAME_PARTS and child.i not in found:
                found[child.i] = child
                stack.append(child)
    return [found[i] for i in sorted(found)]


def _coordinated_between(first: Any, last: Any) -> bool:
    """Whether a conjunction stands between two words ("il leader di Washington e il
    presidente francese Emmanuel Macron": the name is the second conjunct's)."""
    return any(t.dep_ in ("cc", "conj") for t in first.doc[first.i + 1 : last.i])


@lru_cache(maxsize=4096)
def _named_alone(piece: str, language: str) -> tuple[Actor, ...]:
    """The actors with a country that a piece of a title names read alone. Titles recur from
    text to text ("Kremlin spokesman"), and ``recognize`` is a function of its arguments:
    each piece is read once per process."""
    from eventwire.actors.recognize import recognize
    from eventwire.text.view import TextView

    return tuple(m.actor for m in recognize(piece, TextView.of(piece), language, None)
                 if m.label == "ACTOR" and m.actor is not None and m.actor.country)
