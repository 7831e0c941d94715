"""The actor mentions a nominal stands for: its head's name or its modifiers', coordinated
names, "both countries" (the two sides named last), "police in Kenya" (the place's side).
Kept apart from the roles: these answer *who a phrase names*, the roles *which phrase*."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from eventwire.events.lexicon import convention
from eventwire.events.tree.common import CORE_SKIP, base
from eventwire.events.tree.words import TreeWords
from eventwire.model import Mention
from eventwire.syntax.lookup import token_starts


class Mentions(TreeWords):
    """Who a nominal names."""

    def core(self, token: Any) -> list[Any]:
        """A nominal's own words: itself and its modifiers, not its clauses or conjuncts."""
        out = [token]
        stack = [token]
        while stack:
            current = stack.pop()
            for child in self.children(current):
                if child.dep_ == "conj" and current.i != token.i:
                    pass  # "talks between X and Y": inner conjuncts belong to the phrase
                elif base(child.dep_) in CORE_SKIP or child.dep_ == "acl:relcl":
                    continue
                elif base(child.dep_) == "nmod" and self.marker(child) in ("location", "time"):
                    continue  # "a truce in Ukraine": where, not who
                elif self.informant(child):
                    continue  # "drones, according to the army, struck": who tells it
                elif self.backer(child):
                    continue  # "the Iran-backed militia": who backs it is no side of its acts
                elif base(child.dep_) == "nmod" and self.mediating(child):
                    continue  # "dalla prigionia russa con la mediazione del Vaticano": the
                    # mediator is no side of the captivity (nor of the act it tells)
                out.append(child)
                stack.append(child)
        return out

    def actor_mentions(self, token: Any) -> list[Mention]:
        """ACTOR mentions of a nominal: its head's name first ("the Iran-backed faction
        Hezbollah" is Hezbollah), else those of its modifiers ("Russian forces")."""
        named = self.own_place_over_context(token, self.head_mentions(token))
        if named and not any(m.actor and m.actor.country for m in named):
            # "the government of Zambia"; "both leaders" when no two people were named, or
            # when the two taken include who acts ("the chancellor called both leaders")
            members = [a.country for m in named for a in m.members]
            if not members or not self.doer_countries(token).isdisjoint(members):
                named = self.placed_group(token) or self.pair(token) or \
                    self.pair_of_modifier(token) or named
        return (named or self._mentions_in(self.core(token)) or self.pair(token)
                or self.pair_of_modifier(token) or self.placed_group(token))

    def mediating(self, token: Any) -> bool:
        """Whether a word is a mediation ("con la mediazione di X"): a CONSULT by a third
        party, an event of its own."""
        entry = self.triggers_now.get(token.i)
        return entry is not None and entry.type == "CONSULT" and entry.mode == "third_party"

    def pair_of_modifier(self, token: Any) -> list[Mention]:
        """ "The leaders of both countries", "i suoi omologhi di entrambi i Paesi", "los
        cancilleres de ambos países": a nominal whose own modifier after it is "both
        countries" (:meth:`pair`) stands for those two sides."""
        for child in self.children(token):
            if base(child.dep_) == "nmod" and child.i > token.i:
                found = self.pair(child)
                if found:
                    return found
        return []

    def own_place_over_context(self, token: Any, named: list[Mention]) -> list[Mention]:
        """ "Il governo di Khartoum nega ...": a description the document's context resolved
        (to the government named before, Chad's) whose own phrase names a country, by its
        name, its capital or its adjective ("el Gobierno de transición haitiano" after the
        Dominican government), is that country's: the phrase's own words win over the context."""
        if not named or not all(m.kind == "description" and m.resolved_from is not None
                                for m in named):
            return named
        own = [m for m in self._mentions_in(self.core(token)[1:]) if m.resolved_from is None
               and m.kind in ("name", "capital", "demonym") and m.actor and m.actor.country]
        if not own or {m.actor.country for m in own} & {  # type: ignore[union-attr]
                m.actor.country for m in named if m.actor}:
            return named
        return own

    def _text_end(self) -> int:
        """Where the tree's text ends (``doc.text`` joins every token's text anew per call)."""
        last = self.tokens[-1] if self.tokens else None
        return last.idx + len(last.text_with_ws) if last is not None else 0

    def _word_at(self, offset: int) -> Any | None:
        """The word of the tree covering character ``offset`` of the document, if any."""
        at = offset - self.offset
        if at < 0 or at >= self._text_end():
            return None
        word = self.tokens[bisect_right(token_starts(self.doc), at) - 1]
        return word if at < word.idx + len(word.text) else None

    def _regrouped(self, mention: Mention) -> list[Mention]:
        """A group the recognizer resolved to the two countries named last, read again as
        the two sides of the document (:meth:`pair`) when those were not the two."""
        members = [a.country for a in mention.members if a.country]
        word = self._word_at(mention.end - 1)
        if len(members) != 2 or not self._other_sides(members) and (
                word is None or self.doer_countries(self._holder(word)).isdisjoint(members)):
            return [mention]  # (the doer of the verb is not one of "both": "the president of
            # Kenya spoke with the leaders of both countries")
        return (self.pair(word) if word is not None else []) or [mention]

    def head_mentions(self, token: Any) -> list[Mention]:
        """ACTOR mentions of a nominal's head and the names joined to it, not its modifiers."""
        return self._mentions_in([token] + [c for c in self.children(token)
                                            if c.dep_ in ("flat", "flat:name", "appos", "compound")
                                            and c.pos_ == "PROPN"])

    def actor_mentions_of_word(self, token: Any) -> list[Mention]:
        """The mention a word is part of, or the ones of the hyphenated word it is part of
        (:meth:`_compound_span`)."""
        start, end = self.span(token)
        found = self.mentions.covering(start, end)
        compound = self._compound_span(token)
        if compound is not None:
            return self.mentions.within(*compound) or ([found] if found is not None else [])
        return [found] if found is not None else []

    def _compound_span(self, token: Any) -> tuple[int, int] | None:
        """The characters of a hyphenated word a word belongs to, whole ("российско-украинская",
        where the tokenizer keeps it) or cut ("Georgian - Russian"): a compound of two
        countries' adjectives or names names both sides. None for a word with no hyphen."""
        if "-" in token.text:
            return self.span(token)
        doc = self.doc
        first = last = token
        while first.i >= 2 and doc[first.i - 1].text == "-" and self._joined(doc[first.i - 2]):
            first = doc[first.i - 2]
        while last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and self._joined(last):
            last = doc[last.i + 2]
        if first.i == last.i:
            return None
        return self.span(first)[0], self.span(last)[1]

    def _joined(self, token: Any) -> bool:
        """A word written against a hyphen and the word after it: "Georgian" of
        "Georgian-Russian"."""
        return not token.whitespace_ and token.i + 1 < len(self.doc) \
            and not self.doc[token.i + 1].whitespace_

    def backer(self, token: Any) -> bool:
        """A participle modifier of backing ("Iran-backed", "soutenu par l'Iran"): it tells
        who stands behind a group, a description (convention `backing_types`)."""
        if base(token.dep_) not in ("amod", "acl") or "Part" not in self.feature(token, "VerbForm"):
            return False
        if any(base(c.dep_) == "aux" for c in self.children(token)):
            return False  # "Sudan di aver armato": a perfect infinitive, a clause of its own
        kinds = convention("backing_types")
        return any(entry.type in kinds for key in self.keys(token)
                   for entry in self.lex.lookup((key,)))

    def placed_group(self, token: Any) -> list[Mention]:
        """ "Police in Kenya", "la police au Kenya": a group noun of the state or of the
        street takes its side from the place it is in (other nouns do not: "a village in
        Mali" is no Malian actor)."""
        if not any(k in self.lex.place_groups for k in self.keys(token)):
            return []
        places = [c for c in self.children(token)  # "police in Kenya", "the government of Zambia",
                  if base(c.dep_) == "nmod" and self.marker(c) in (  # "le ministère à Ankara"
                      "location", "theme", "recipient", None)]
        places += [g for c in self.children(token)  # "le ministère des Affaires étrangères à
                   if base(c.dep_) == "nmod" and self.marker(c) in ("theme", None)  # Ankara"
                   for g in self.children(c) if base(g.dep_) == "nmod"
                   and self.marker(g) == "location"]
        places += [g for c in self.children(token)  # "a group based in Kenya": where it is based
                   if base(c.dep_) in ("acl", "amod")
                   and any(k in self.lex.place_participles for k in self.keys(c))
                   for g in self.children(c) if base(g.dep_) == "obl"]
        found = self._sided_mentions(places)  # never the group's own nameless name
        head = token.head  # "teilte das Ministerium in Riga mit": the place hung on the verb
        if not found and base(token.dep_) == "nsubj" and head.i != token.i:
            found = self._sided_mentions([
                c for c in self.children(head) if base(c.dep_) == "obl"  # right after it
                and c.left_edge.i == token.right_edge.i + 1 and self.marker(c) == "location"])
        return found[:1]

    def _sided_mentions(self, places: list[Any]) -> list[Mention]:
        return [m for m in self._mentions_in([w for place in places for w in self.core(place)])
                if m.actor is not None and m.actor.country]

    def doer_span(self, token: Any) -> tuple[int, int]:
        """The characters of the subject of the verb a nominal is an argument of ((0, 0)
        when it hangs on no verb, or the verb has no subject)."""
        verb = token.head
        if verb.i == token.i or not self.verbal(verb):
            return (0, 0)  # "a call between the two leaders": inside a noun's phrase
        edges = [self.span(w) for s in self.subject(verb) for w in (s.left_edge, s.right_edge)]
        return (edges[0][0], edges[-1][1]) if edges else (0, 0)

    def doer_countries(self, token: Any) -> set[str]:
        """The countries named in that subject (:meth:`doer_span`)."""
        start, end = self.doer_span(token)
        return {m.actor.country for m in self.mentions.within(start, end)
                if m.actor is not None and m.actor.country} if end > start else set()

    def pair(self, token: Any) -> list[Mention]:
        """ "Both countries", "the two sides", "les deux parties": the two sides the document
        named last before them (light coreference, only where it yields two sides); never
        the doer of the verb they, or the nominal they modify, hang on ("the president spoke
        with the leaders of both countries": not the president's)."""
        lex = self.lex
        if not lex.pair_words or not any(k in lex.pair_nouns for k in self.keys(token)) or \
                "Sing" in self.feature(token, "Number"):
            return []
        if not any(c.i < token.i and any(k in lex.pair_words for k in self.keys(c))
                   for c in self.children(token)):
            return []
        latest: dict[str, Mention] = {}  # each country's last mention, latest first
        doing = self.doer_span(self._holder(token))  # "the chancellor called both leaders":
        # not one of them
        for mention in reversed(self.mentions.within(0, self.span(token)[0])):
            if doing[0] <= mention.start < doing[1] or self._mediator(mention):
                continue
            country = mention.actor.country if mention.actor else None
            if country and country not in latest:
                latest[country] = mention
        if len(latest) < 2:
            return []
        # the two that were sides of the document's events most often, else the two named
        # last ("the two countries" after a mediator's call to both is not the mediator)
        rank = {country: n for n, country in enumerate(latest)}  # latest named first
        best = sorted(latest, key=lambda c: (-self.sides_so_far.get(c, 0), rank[c]))[:2]
        return sorted((latest[c] for c in best), key=lambda m: m.start)

    def _holder(self, token: Any) -> Any:
        """The nominal a modifier's phrase belongs to, up to the one that hangs on a verb
        ("Paesi" of "i leader di entrambi i Paesi" belongs to "leader")."""
        while base(token.dep_) == "nmod" and token.head.i != token.i and \
                not self.verbal(token.head):
            token = token.head
        return token

    def _other_sides(self, members: list[str]) -> bool:
        """Whether the two the recognizer took for "both countries" (the two named last) are
        not the two sides of the document's events so far, when those two are clear (each a
        side of two events or more, and more often than any third): "the two countries agreed"
        after a mediator called both is about the two sides, not the mediator."""
        here = self.mentions.within(self.offset, self.offset + self._text_end())
        if any(m.actor and m.actor.country in members and self._mediator(m) for m in here):
            return True  # "the withdrawal of both countries' troops, under a deal mediated
            # by Egypt": Egypt, named last, is the go-between
        counts = sorted(self.sides_so_far.items(), key=lambda item: -item[1])
        if len(counts) < 2 or counts[1][1] < 2 or (
                len(counts) > 2 and counts[2][1] == counts[1][1]):
            return False
        return {counts[0][0], counts[1][0]} != set(members)

    def _mediator(self, mention: Mention) -> bool:
        """Whether a mention of this sentence is the agent of a mediation ("a deal mediated by
        Egypt", "за посередництва Туреччини"): the go-between, not one of the two sides."""
        word = self._word_at(mention.start)
        if word is None:
            return False
        head = word.head
        while head.i != word.i and base(word.dep_) in ("flat", "compound", "nmod", "amod") \
                and head.head.i != head.i and self.triggers_now.get(head.i) is None:
            word, head = head, head.head
        entry = self.triggers_now.get(head.i)
        return entry is not None and entry.type == "CONSULT" and entry.mode == "third_party"

    def _mentions_in(self, words: list[Any]) -> list[Mention]:
        seen: dict[int, Mention] = {}
        for word in words:
            compound = self._compound_span(word)
            inside = self.mentions.within(*compound) if compound is not None else []
            if len(inside) > 1:  # "Georgian-Russian talks": both
                for m in inside:
                    seen.setdefault(id(m), m)
                continue
            start, end = self.span(word)
            mention = self.mentions.covering(start, end)
            if mention is None:
                for m in self.mentions.within(start, end):
                    seen.setdefault(id(m), m)
            else:
                seen.setdefault(id(mention), mention)
        found = sorted(seen.values(), key=lambda m: m.start)
        return [r for m in found for r in self._regrouped(m)]

    def conjuncts(self, token: Any) -> list[Any]:
        """A nominal and the ones coordinated after it, less a description the parser made a
        conjunct (:meth:`_described`)."""
        return [token, *[c for c in token.conjuncts
                         if c.i > token.i and not self._described(token, c)]]

    def _described(self, token: Any, conj: Any) -> bool:
        """ "Беларусь, ближайший союзник России, выслала", "Угруповання, підтримуване
        Іраном, атакувало": a word set off by commas that the parser hung on a name as a
        conjunct, in a chain with no coordinator, that names no actor itself, describes the
        name (an apposition or a participle): whose ally it is, or who backs it, is no side
        of the name's acts. A list of sides names each ("Франция, Германия, Италия")."""
        chain = [token, *token.conjuncts]
        first = conj.left_edge.i  # the opening comma, or the word after it
        if self.doc[first].text != ",":
            first -= 1
        if first < 0 or self.doc[first].text != "," or any(
                c.dep_ == "cc" for w in chain for c in self.children(w)):
            return False
        last = conj.right_edge  # the closing comma, or the word before it
        after = last.i if last.text == "," else last.i + 1
        if after >= len(self.doc) or self.doc[after].text != ",":
            return False
        return not self.actor_mentions_of_word(conj)

    def mentions_of(self, tokens: list[Any]) -> list[Mention]:
        """The actor mentions of some nominals and their conjuncts, in text order. The same
        words are asked about again and again by the readings of one tree (the answer
        depends on the tree, its mentions and the sentence's triggers only): kept per tree
        while the triggers stay the same."""
        doc = self.doc
        if not all(t.doc is doc for t in tokens):
            return self._mentions_of(tokens)
        key = (id(self.triggers_now), *[t.i for t in tokens])
        kept = self._mentions_kept.get(key)
        if kept is None:
            kept = self._mentions_kept[key] = self._mentions_of(tokens)
        return list(kept)

    def _mentions_of(self, tokens: list[Any]) -> list[Mention]:
        out: list[Mention] = []
        for token in tokens:
            for conj in self.conjuncts(token):
                for mention in self.actor_mentions(conj):
                    for found in (mention, *self.coordinated(mention)):
                        if found not in out:
                            out.append(found)
        return sorted(out, key=lambda m: m.start)

    def coordinated(self, mention: Mention) -> list[Mention]:
        """Actor names joined to this one by a bare coordinator ("Argentine President X and
        Chilean President Y"), which the parser may have left in no conjunct relation: only
        a coordinating conjunction between them, nothing else."""
        out: list[Mention] = []
        before = self.mentions.within(self.offset, mention.start)
        if before and self._joins(before[-1], mention):
            out.append(before[-1])
        after = self.mentions.within(mention.end, self.offset + self._text_end())
        if after and self._joins(mention, after[0]):
            out.append(after[0])
        return out

    def _joins(self, first: Mention, second: Mention) -> bool:
        """Whether only a coordinating conjunction stands between two names, and it hangs on
        one of them (not on a verb: "Russia attacked Ukraine and Moldova protested")."""
        starts = token_starts(self.doc)  # in the parse's text, which begins at self.offset
        lo = bisect_left(starts, first.end - self.offset)
        if bisect_left(starts, second.start - self.offset) - lo != 1 or \
                self.tokens[lo].pos_ != "CCONJ":
            return False  # not exactly one word between them, or no conjunction
        head = self.offset + self.tokens[lo].head.idx
        return any(m.start <= head < m.end for m in (first, second))
