"""What attribution knows about one document while it reads it.

The actors, sources and quotes of the document, indexed once, and the statements found so
far: a pronoun or "the statement" speaks for the speaker just before, so the order matters.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace
from typing import Any

from eventwire.model import Actor, Document, Mention, Sentence, Statement
from eventwire.spans import SpanIndex
from eventwire.statements.channels import reported_by
from eventwire.statements.lexicon import SpeechLexicon
from eventwire.statements.marks import elided_parts, trim
from eventwire.statements.outlets import unlisted_outlets, without_outlets
from eventwire.statements.owners import owner_country
from eventwire.statements.quotes import Quote, find_quotes
from eventwire.statements.subjects import CAPITAL, WORD_REST
from eventwire.statements.tree_checks import names_a_subject, verb_between
from eventwire.statements.tree_speakers import TreeSpeakers, actor_of
from eventwire.syntax.parse import char_span
from eventwire.syntax.parse import sentence_language as parse_language
from eventwire.text.view import fold

RECENT = 400  # characters back a pronoun may look for the one it stands for
# a full name of two or three capitalised words right after a title, before its verb
FULL_NAME = re.compile(rf" ({CAPITAL}{WORD_REST}+(?: {CAPITAL}{WORD_REST}+){{1,2}})")


class Context:
    """What attribution needs about one document, computed once, and what it found so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lexicon = SpeechLexicon.of(doc.language)
        outlets = unlisted_outlets(doc.text, doc.mentions, self.lexicon.outlet_nouns,
                                   self.lexicon.outlet_name_words)
        mentions = without_outlets(doc.mentions, outlets) + outlets  # outlets carry, never speak
        mentions = [m for m in mentions if not first_name_read_as_body(doc.text, mentions, m)]
        self.actors = SpanIndex(m for m in mentions if m.label == "ACTOR")
        self.sources = SpanIndex(m for m in mentions if m.label == "SOURCE")
        self.names = SpanIndex(mentions)
        self.sentence_starts = [sentence.start for sentence in doc.sentences]
        self.said: list[tuple[int, int]] = []  # spans of statements so far, sorted
        self.quotes = [q for q in find_quotes(doc.text)  # «Степной вестник»: a name, unsaid
                       if not self.sources.covering(*trim(doc.text, q.open + 1, q.close))]
        self.quote_index = SpanIndex(self.quotes, start=lambda q: q.open, end=lambda q: q.close + 1)
        self.statements: list[Statement] = []
        self.countries: dict[str, str] = {}  # person -> the country a title gave them before
        self.tree = TreeSpeakers(self.actors, self.sources, self.lexicon.relatives, doc.text,
                                 self.lexicon.pronouns, doc.sentences,
                                 lambda sentence: parse_language(doc, sentence),
                                 (self.lexicon.compound_heads, self.lexicon.compound_links),
                                 self.lexicon.institution_nouns)

    def actors_in(self, start: int, end: int) -> list[Mention]:
        return self.actors.within(start, end)

    def sources_in(self, start: int, end: int) -> list[Mention]:
        return self.sources.within(start, end)

    def said_within(self, start: int, end: int) -> bool:
        """Whether a statement already covers part of ``[start, end)``."""
        k = bisect_left(self.said, (end,)) - 1
        return k >= 0 and self.said[k][1] > start

    def inside_name(self, start: int, end: int) -> bool:
        """Whether a span lies within a named mention ("United States" holds "states")."""
        return self.names.covering(start, end) is not None

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose marks hold the offset (marks included)."""
        return self.quote_index.covering(offset)

    def sentence_at(self, offset: int) -> Sentence:
        return self.doc.sentences[max(0, bisect_right(self.sentence_starts, offset) - 1)]

    def previous_speaker(self) -> Actor | None:
        return self.statements[-1].speaker if self.statements else None

    def pronoun_speaker(self, offset: int) -> Actor | None:
        """Who "he" / "ihm" / "lui" is: the last person named as a subject just before (outside
        quotes) when named after the last statement, else that statement's speaker."""
        recent = [s for s in self.statements if 0 <= offset - s.end <= RECENT]
        people = [m for m in self.actors.within(max(0, offset - RECENT), offset)
                  if m.actor is not None and m.actor.type == "person"
                  and not self.inside_quote(m.start)
                  and not self.in_heading(m.start)
                  and names_a_subject(self.sentence_at(m.start), m.start, m.end)]
        if people and (not recent or people[-1].start > recent[-1].end):
            return self._named_title(people[-1], offset)
        if recent:
            return recent[-1].speaker
        since = max(0, offset - RECENT)
        named = self.tree.subject_named_before(offset, since)
        if named is not None and not named.country and named.canonical:
            country = self._title_country(named.canonical, since, offset)
            if country:  # "Il ministro austriaco, Markus Greiner,"
                named = self.tree.with_country(named, country)
        return named or self.previous_speaker()  # a name no list knows, met as a subject

    def _title_country(self, name: str, since: int, before: int) -> str | None:
        """The one country named in the title right before a name no list knows, within its
        clause ("Министр экономики Словении Тина Кранц", "La ministra de Economía eslovena,
        Tina Kranjc"): the latest place the name is written in ``[since, before)``, and the
        countries of its sentence before it with no verb between."""
        at = self.doc.text.rfind(name, since, before)
        if at < 0:
            return None
        sentence = self.sentence_at(at)
        found = {m.actor.country for m in self.actors.within(sentence.start, at)
                 if m.actor is not None and m.actor.country
                 and not verb_between(sentence, m.end, at)}
        return found.pop() if len(found) == 1 else None

    def _named_title(self, mention: Mention, before: int) -> Actor | None:
        """A person met by title alone ("Le ministre serbe de l'Énergie, Dragan Ilić, a
        visité ...") is the name the tree gives that subject, when it gives one, of the
        title's country unless the name's phrase names one."""
        actor = mention.actor
        if actor is None or actor.canonical:
            return actor
        named = self.tree.subject_named_before(before, mention.start)
        if named is None or not named.canonical:
            return actor
        if named.country or not actor.country:
            return named
        return self.tree.with_country(named, actor.country)

    def in_heading(self, offset: int) -> bool:
        """Whether the offset lies in a heading: a sentence of its own line that ends without
        punctuation ("Envoy Rules Out Talks"); a pronoun after it goes on with the story."""
        sentence = self.sentence_at(offset)
        text = self.doc.text
        line = text[sentence.start : sentence.end].strip()
        after = text[sentence.end : sentence.end + 2]
        return bool(line) and line[-1].isalnum() and (sentence.end == len(text) or "\n" in after)

    def inside_quote(self, offset: int) -> bool:
        """Whether the offset lies between a quote's marks (the marks themselves not)."""
        quote = self.quote_at(offset)
        return quote is not None and quote.open < offset < quote.close

    def _filed_from(self, statement: Statement) -> str | None:
        """The country of the dateline a text was filed under ("TUNIS, Nov 30 (Wire) -"),
        which an institution named alone speaks for ("the foreign ministry said"), unless a
        name stands within three words before or after it in its phrase ("the ministry in
        Athens", "Poland's ministry"): that name may say whose it is."""
        span = statement.speaker_span or (0, 0)
        dated = [m for m in self.actors.within(0, span[0]) if m.actor is not None
                 and m.actor.country and self._in_dateline(m.start)]
        if not dated:
            return None
        text = self.doc.text
        # the speaker's phrase ends where the speech verb or what was said begins
        ends = [x for x in (statement.start, (statement.cue_span or (-1, -1))[0]) if x >= span[1]]
        phrase_end = min(ends) if ends else len(text)
        for mention in self.doc.mentions:
            if mention.end <= span[0] and _words(text[mention.end:span[0]]) <= 3 \
                    or span[1] <= mention.start < phrase_end \
                    and _words(text[span[1]:mention.start]) <= 3:
                return None
        return dated[-1].actor.country  # type: ignore[union-attr]

    def _in_dateline(self, offset: int) -> bool:
        """Whether the offset lies in the dateline before a sentence's parsed text."""
        sentence = self.sentence_at(offset)
        return sentence.parse is not None and sentence.start <= offset < sentence.parse_start

    def _named_in_full(self, speaker: Actor) -> Actor:
        """A surname alone with no country ("a déclaré M. Ilunga") is the one speaker named
        before in full with that surname and a country (two such speakers: neither)."""
        name = (speaker.canonical or speaker.name).split()
        if speaker.type != "person" or speaker.country or len(name) != 1:
            return speaker
        found = {(s.speaker.canonical or s.speaker.name): s.speaker for s in self.statements
                 if s.speaker.type == "person" and s.speaker.country
                 and len((s.speaker.canonical or s.speaker.name).split()) > 1
                 and (s.speaker.canonical or s.speaker.name).split()[-1] == name[0]}
        return found.popitem()[1] if len(found) == 1 else speaker

    def _name_after_title(self, statement: Statement) -> Actor:
        """A title with no name ("Die kroatische Außenministerin") followed right before the
        verb by a full name no list knows ("Ana Kovac schrieb", "Ana" tagged a conjunction):
        the person, of the title's country."""
        speaker, span, cue = statement.speaker, statement.speaker_span, statement.cue_span
        if speaker.type != "person" or speaker.canonical or span is None or cue is None:
            return speaker
        text = self.doc.text
        if cue[0] >= span[1]:  # the title before its verb
            found = FULL_NAME.match(text, span[1], cue[0])
            if found is None or text[found.end(1):cue[0]].strip():
                return speaker
        else:  # "..., заявил министр внутренних дел Латвии Янис Озолс.": the title after it
            found = self._name_closing_title(span[1])
            if found is None:
                return speaker
        start, end = found.span(1)
        if self.actors.within(start, end) or self.sources.within(start, end):
            return speaker
        statement.speaker_span = (start, end)
        return self.tree.person(found.group(1), before=start, country=speaker.country)

    def _apposed_title(self, span: tuple[int, int]) -> str | None:
        """The country of a title set off right after a name ("Goran Kovačević, ministro
        bosniaco dei Trasporti"): a person's description with a country, opening there."""
        text = self.doc.text
        if text[span[1]:span[1] + 2] != ", ":
            return None
        title = next((m for m in self.actors.within(span[1], span[1] + 60)
                      if m.actor is not None and m.actor.type == "person"
                      and not m.actor.canonical and m.actor.country), None)
        if title is None or len(text[span[1] + 2:title.start].split()) > 1:
            return None  # at most an article before the title ("X, le ministre finlandais")
        return title.actor.country  # type: ignore[union-attr]

    def _titled_speaker_before(self, statement: Statement) -> Actor:
        """A title alone ("добавил министр", "Selon le ministre", "agregó el ministro") is the
        person named with that title who spoke last, just before, in the same passage and of
        the same country ("..., заявил министр внутренних дел Латвии Янис Озолс."), when the
        sentence that named that person holds every longer word of the title (its country's
        adjective too)."""
        speaker = statement.speaker
        if speaker.type != "person" or speaker.canonical:
            return speaker
        title = [w for w in re.findall(r"\w+", fold(speaker.name)) if len(w) >= 5]
        text = self.doc.text
        for earlier in reversed(self.statements):
            if statement.start - earlier.end > RECENT:
                break
            found = earlier.speaker
            if earlier.passage != statement.passage or found.type != "person" \
                    or not found.canonical or earlier.speaker_span is None:
                continue
            if speaker.country and found.country and speaker.country != found.country:
                return speaker
            sentence = self.sentence_at(earlier.speaker_span[0])
            said = fold(text[sentence.start:sentence.end])
            if title and all(w in said for w in title):  # every word of the title: "el
                # canciller peruano" after "la canciller, Mariela Andrade" (Ecuador's) is
                # another minister (round o of the invented wires, session 23)
                return found if found.country or not speaker.country \
                    else self.tree.with_country(found, speaker.country)
            return speaker
        return speaker

    def _name_closing_title(self, title_end: int) -> re.Match[str] | None:
        """A full name no list knows that closes a title after its verb, past the rest of the
        title and a country or a comma ("министр внутренних дел Латвии Янис Озолс.", "el
        ministro lituano de Transportes, Dovydas Rimkus."): the last such name of the clause,
        ending it, with no verb and no other actor between the title and the name."""
        text = self.doc.text
        sentence = self.sentence_at(title_end)
        stop = next((k for k in range(title_end, sentence.end) if text[k] in ".;\n"),
                    sentence.end)
        found = None
        for match in FULL_NAME.finditer(text, title_end, stop):
            start = match.start(1)
            country = self.actors.covering(start)
            if country is not None:  # "Латвии Янис Озолс": the country before the name
                match = FULL_NAME.match(text, country.end, stop)
                if match is None:
                    continue
            found = match
        if found is None or text[found.end(1):stop].strip() \
                or verb_between(sentence, title_end, found.start(1)) \
                or any(m.actor is not None and m.actor.type != "country"
                       for m in self.actors.within(title_end, found.start(1))):
            return None
        return found

    def _country_met_before(self, speaker: Actor, before: int) -> str | None:
        """The country a person's earlier mention gave them ("Slovak Economy Minister Peter
        Hrasko" ... "Hrasko said"), when all such mentions agree."""
        if speaker.type != "person" or speaker.country or not speaker.canonical:
            return None
        countries = {m.actor.country for m in self.actors.within(0, before)
                     if m.actor is not None and m.actor.type == "person" and m.actor.country
                     and m.actor.canonical == speaker.canonical}
        return countries.pop() if len(countries) == 1 else None

    def _named_in_lead(self, speaker: Actor, sentence: Sentence) -> Actor:
        """A headline's speaker described by title alone ("Croatian minister promises ...")
        is the person the lead sentence under it names as its subject ("Croatian Transport
        Minister Ivo Maric made the pledge"), or else names first with the same country. A
        lead naming someone of another country leaves the description unnamed."""
        if speaker.type != "person" or speaker.canonical or not self.in_heading(sentence.start):
            return speaker
        at = bisect_right(self.sentence_starts, sentence.start)
        if at >= len(self.doc.sentences):
            return speaker
        lead = self.doc.sentences[at]
        candidates: list[Actor] = []
        if lead.parse is not None:
            roots = [t for t in lead.parse if t.dep_ == "ROOT"]
            found = self.tree.at(lead, char_span(lead, roots[0])[0]) if roots else None
            if found is not None:
                actor = actor_of(found[0])
                if actor is not None and actor.type == "person" and not actor.canonical:
                    actor = self._name_in_subject(lead, roots[0]) or actor
                if actor is not None:
                    candidates.append(actor)
        candidates += [m.actor for m in self.actors.within(lead.start, lead.end)
                       if m.actor is not None and not self.inside_quote(m.start)]
        for actor in candidates:
            if actor.type != "person" or not actor.canonical:
                continue
            if actor.country and speaker.country and actor.country != speaker.country:
                continue
            if speaker.country and not actor.country:
                actor = self.tree.with_country(actor, speaker.country)
            return actor
        return speaker

    def _name_in_subject(self, sentence: Sentence, verb: Any) -> Actor | None:
        """A name no list knows in the subject of ``verb`` after its title ("Министр
        транспорта Хорватии Иво Марич дал ..."): two or more capitalised proper nouns in a
        row that no actor mention covers."""
        for subject in (c for c in verb.children if c.dep_.startswith("nsubj")):
            run: list[Any] = []
            for token in subject.subtree:
                start, end = char_span(sentence, token)
                if token.pos_ == "PROPN" and token.text[:1].isupper() \
                        and not self.actors.within(start, end):
                    run.append(token)
                    continue
                if len(run) >= 2:
                    break
                run = []
            if len(run) >= 2:
                start = char_span(sentence, run[0])[0]
                return self.tree.person(" ".join(t.text for t in run), before=start)
        return None

    def add(self, statement: Statement, sentence: Sentence) -> None:
        """Keep a statement found in ``sentence``, with its sources, passage and date; a person
        the lists know no country of takes the one their title names."""
        statement.speaker = self._name_after_title(statement)
        speaker = statement.speaker = self._named_in_full(
            self._named_in_lead(self._titled_speaker_before(statement), sentence))
        if speaker.type == "organization" and not speaker.country and not speaker.entity \
                and statement.speaker_span:
            country = self._filed_from(statement)
            if country:  # "TUNIS (Wire) - ... the foreign ministry said"
                statement.speaker = speaker = replace(speaker, country=country)
        known = self.countries.get(speaker.canonical or speaker.name) \
            or self._country_met_before(speaker, statement.start)
        if speaker.type == "person" and not speaker.country and known:  # "Koval denied ..."
            statement.speaker = speaker = replace(speaker, country=known)
        if speaker.type == "person" and not speaker.country and statement.speaker_span:
            sentence_of = self.sentence_at(statement.speaker_span[0])
            country = self.tree.country_around(
                sentence_of, statement.speaker_span, speaker.canonical or speaker.name,
                parse_language(self.doc, sentence_of))
            country = country or owner_country(
                self.doc.text, self.doc.sentences, self.actors, statement.speaker_span,
                self.lexicon.spokesperson_titles) or self._apposed_title(statement.speaker_span)
            if country:
                statement.speaker = self.tree.with_country(speaker, country)
        if statement.speaker.type == "person" and statement.speaker.country:
            self.countries[statement.speaker.canonical or statement.speaker.name] = \
                statement.speaker.country
        quote = self.quote_at(statement.start)
        statement.reported_by, statement.channel = reported_by(
            self.sources, sentence.start, sentence.end, quote.close if quote else None
        )
        statement.passage = sentence.passage
        statement.date = (
            self.doc.passages[sentence.passage].published if self.doc.passages else None
        )
        for part in elided_parts(self.doc.text, statement):
            self.statements.append(part)
            insort(self.said, (part.start, part.end))


def first_name_read_as_body(text: str, mentions: list[Mention], mention: Mention) -> bool:
    """An institution's one-word name between a title with no name and a capitalised word
    ("Міністр оборони Румунії Раду Пелин": "Раду" read as the Rada) is a first name; the
    tree then reads the person."""
    actor = mention.actor
    if actor is None or actor.type != "organization" or " " in mention.text.strip():
        return False
    after = text[mention.end:mention.end + 2]
    if len(after) < 2 or after[0] != " " or not after[1].isupper():
        return False
    return any(0 <= mention.start - m.end <= 1 and m.actor is not None
               and m.actor.type == "person" and not m.actor.canonical for m in mentions)


def _words(between: str) -> int:
    """How many words stand between two mentions of one clause (a punctuation mark: many)."""
    if any(c in between for c in ",.;:()\n"):
        return 99
    return len(between.split())
