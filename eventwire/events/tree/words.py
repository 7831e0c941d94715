"""The words of one parsed sentence as the tree coder asks about them: positions, lemmas
and the keys a word is looked up by, whether it is verbal, passive or pronominal, its governors
and the role its case-marking word gives it. Every other part of the coder builds on these
answers, so they are kept per token."""

from __future__ import annotations

from typing import Any

from eventwire.events.predicates import Predicate, Predicates
from eventwire.events.tree.common import (
    ANY_SUBJECT,
    CLAUSE_MARKS,
    MAX_CLIMB,
    NOUN_CLAUSE,
    OBJECT,
    PASSIVE_SUBJECT,
    SUBJECT,
    base,
    dictionary_lemma,
    reflexive_clitic,
)
from eventwire.events.tree.grammar import grammar
from eventwire.model import Sentence
from eventwire.syntax.lookup import analyses, feature, lemmas, shape, spans, token_feature

MAX_KNOWN_WORDS = 200_000  # words whose lookup keys a language keeps


def negates(lemma: str, word: Any, lexicon: Predicates) -> bool:
    """Whether a word negates the word it hangs on ("not", "ne ... pas", "nicht", "не"): a
    negation lemma of the language, a ``neg`` relation or negative polarity."""
    return lemma in lexicon.negation or base(word.dep_) == "neg" or \
        "Neg" in token_feature(word, "Polarity")


class TreeWords:
    """The parse of one sentence with its mentions, and what its words are."""

    def __init__(self, sentence: Sentence, mentions: Any, lexicon: Predicates,
                 language: str) -> None:
        self.language = language
        self.doc = sentence.parse
        self.tokens = list(self.doc)  # walked by several scans: its token objects made once
        fixes = lexicon.lemma_fixes  # the model's known misreadings, as the language's data
        read = lemmas(self.doc)  # read once per tree, shared with the statements' scans
        self._lemmas = [fixes.get(lemma, lemma) for lemma in read] if fixes else read
        self._tags, self._relations, self._heads = shape(self.doc)
        if lexicon.verb_lemmas:  # "accusa" tagged a verb is "accusare", not the noun
            verbs = lexicon.verb_lemmas
            self._lemmas = [verbs.get(lemma, lemma) if tag == "VERB" else lemma
                            for lemma, tag in zip(self._lemmas, self._tags, strict=True)]
        self._verb_forms = feature(self.doc, "VerbForm")
        self._spans = spans(self.doc)  # each word's characters, read for the whole tree
        self._kid_index: list[list[int]] = [[] for _ in self.tokens]
        self._kids: list[list[Any]] = [[] for _ in self.tokens]  # each token's children
        for i, head in enumerate(self._heads):
            if head != i:
                self._kid_index[head].append(i)
                self._kids[head].append(self.tokens[i])
        self.grammar = grammar(language)
        self.offset = sentence.parse_start
        self.mentions = mentions  # SpanIndex of ACTOR mentions
        self.lex = lexicon
        self.triggers_now: dict[int, Predicate] = {}
        # how often each country was a side of the document's events before this sentence:
        # what "both countries" most likely means (set by the coder, empty when read alone)
        self.sides_so_far: dict[str, int] = {}
        self._verbal = self._verbal_words()  # asked of every word by several scans
        self._particle_heads = {self._heads[i] for i, relation in enumerate(self._relations)
                                if relation == "compound:prt"}
        self._keys: dict[int, tuple[str, ...]] = {}  # per-token answers, asked again and again
        self._particle_keys: dict[int, frozenset[str]] = {}
        self._particles: dict[int, list[Any]] = {}
        self._mentions_kept: dict[tuple[int, ...], list[Any]] = {}  # Mentions.mentions_of
        self._dismissed: dict[int, Any] | None = None  # Acts.dismissed_claim, once triggers are

    def span(self, token: Any) -> tuple[int, int]:
        start, end = self._spans[token.i]
        return self.offset + start, self.offset + end

    def feature(self, token: Any, name: str) -> tuple[str, ...]:
        """``token.morph.get(name)``, read for the whole tree at once."""
        return feature(self.doc, name)[token.i]

    def analysis(self, token: Any) -> str:
        """``str(token.morph)``, read for the whole tree at once."""
        return analyses(self.doc)[token.i]

    def lemma(self, token: Any) -> str:
        return self._lemmas[token.i]

    def known(self, token: Any, words: frozenset[str]) -> bool:
        """Whether any lemma of a token (with its particle) is one of ``words``."""
        keys = self._particle_keys.get(token.i)
        if keys is None:
            found = self.keys(token)
            for child in self.particles(token):
                found += [self.lex.joined(k, self.lemma(child)) for k in list(found)]
            keys = self._particle_keys[token.i] = frozenset(found)
        return not keys.isdisjoint(words)

    def children(self, token: Any) -> list[Any]:
        """A token's children in order, from one pass over the tree (spaCy walks the
        sentence for each ``token.children``)."""
        return self._kids[token.i]

    def particles(self, token: Any) -> list[Any]:
        """A verb's separable particles: its ``compound:prt`` children, or, where the model
        read the particle as the first of two prepositions of an oblique after the verb
        ("pulled its troops out of X", "pulled out of the talks"), that first word (asked of
        every word: kept per token)."""
        found = self._particles.get(token.i)
        if found is None:
            found = self._particles[token.i] = self._find_particles(token)
        return found

    def may_have_particle(self, token: Any) -> bool:
        """Whether :meth:`particles` can find any: a verbal word, or one with a
        ``compound:prt`` child."""
        return self._verbal[token.i] or token.i in self._particle_heads

    def _find_particles(self, token: Any) -> list[Any]:
        i = token.i
        kids, relations = self._kid_index, self._relations
        marked = [self.tokens[c] for c in kids[i] if relations[c] == "compound:prt"]
        if marked or not self._verbal[i]:
            return marked
        for c in kids[i]:  # the first of two case words of an oblique after the verb
            if c > i and base(relations[c]) == "obl":
                for first in kids[c]:
                    if first > i and base(relations[first]) == "case" and first + 1 < c \
                            and not kids[first] and base(relations[first + 1]) == "case" \
                            and self._heads[first + 1] == c:
                        return [self.tokens[first]]
        return []

    def known_plain(self, token: Any, words: frozenset[str]) -> bool:
        """Whether any lemma of a token itself (no particle) is one of ``words``."""
        keys = self._keys.get(token.i)
        if keys is None:
            keys = self._keys[token.i] = self._lookup_keys(token)
        return not words.isdisjoint(keys)

    def keys(self, token: Any) -> list[str]:
        """The lemmas a token may be looked up by: the model's, then the dictionary's.

        Small models miss lemmas of rarer forms ("bestritt"); simplemma's dictionary backs
        them up, and in compounding languages the last known part names a noun. Asked of
        every word several times per sentence: computed once per token.
        """
        keys = self._keys.get(token.i)
        if keys is None:
            keys = self._keys[token.i] = self._lookup_keys(token)
        return list(keys)

    def _lookup_keys(self, token: Any) -> tuple[str, ...]:
        """The keys of :meth:`keys`, the same for the same word, lemma and reading in every
        sentence: kept per language."""
        pos = self._tags[token.i]
        participle = pos in ("VERB", "ADJ", "AUX") or self.short_passive(token)
        known = self.lex.word_keys
        word = (token.text, self.lemma(token), pos, participle)
        keys = known.get(word)
        if keys is None:
            if len(known) > MAX_KNOWN_WORDS:
                known.clear()  # a long stream of text: memory stays bounded
            keys = known[word] = tuple(self._word_keys(token, participle))
        return keys

    def _word_keys(self, token: Any, participle: bool) -> list[str]:
        model = self.lemma(token)
        out = [model]
        if " " in model and " " not in token.text and token.pos_ == "VERB":
            out.append(model.partition(" ")[0])  # "vendicarsi" -> "vendicare si", "vengarse"
            # -> "vengar él": one written word, a verb with its clitic; the verb is a key
        backup = dictionary_lemma(token.text, self.language)
        if backup not in out:
            out.append(backup)
        if "ss" in token.text.lower():  # "Beschuss" lemmatised in the old spelling "Beschuß"
            out += [k.replace("ß", "ss") for k in out if "ß" in k and
                    k.replace("ß", "ss") not in out]
        if participle:
            out += [k for k in self.infinitives(token) if k not in out]  # "expulsé": expulser
        if token.pos_ == "VERB" and "Pres" in self.feature(token, "Tense"):
            out += [k for k in self.present_infinitives(token) if k not in out]
        if self.lex.compounds and token.pos_ in ("NOUN", "PROPN", "X"):
            for key in list(out):
                for cut in range(3, len(key) - 4):
                    if key[cut:] in self.lex.single:
                        out.append(key[cut:])
                        break
        return out

    def pronominal(self, token: Any) -> bool:
        """A verb with a reflexive clitic of its own ("occuparsi", "ocuparse", "sich ..."),
        also where the model took the clitic for a particle ("se negó": compound:prt)."""
        return any(reflexive_clitic(c, self.lemma(c), "Yes" in self.feature(c, "Reflex"),
                                    self.lex.reflexive_clitics) for c in self.children(token))

    def verbal(self, token: Any) -> bool:
        """A verb, a participle, or a word the tree treats as a clause's head."""
        return self._verbal[token.i]

    def _verbal_words(self) -> list[bool]:
        """For each word whether it is verbal: a verb or auxiliary; a noun with a subject,
        auxiliary or particle of its own; another word with one of :data:`CLAUSE_MARKS` or
        the form of a participle (one pass over the tree's relations)."""
        tags, relations, heads = self._tags, self._relations, self._heads
        marked = [False] * len(tags)  # a child in CLAUSE_MARKS
        noun_clause = [False] * len(tags)  # a child in NOUN_CLAUSE
        for i, head in enumerate(heads):
            if head != i:
                relation = relations[i]
                if relation in CLAUSE_MARKS:
                    marked[head] = True
                if relation in NOUN_CLAUSE:
                    noun_clause[head] = True
        forms = self._verb_forms
        return [pos in ("VERB", "AUX") or (
            (noun_clause[i] or pos not in ("NOUN", "PROPN"))
            and (marked[i] or "Part" in forms[i])) for i, pos in enumerate(tags)]

    def governors(self, token: Any) -> list[tuple[Any, str]]:
        """The chain of heads above a token with the relation that led to each."""
        out = []
        current = token
        for _ in range(MAX_CLIMB):
            head = current.head
            if head.i == current.i:
                break
            out.append((head, current.dep_))
            current = head
        return out

    def marker(self, token: Any) -> str | None:
        """The role a case-marking word gives an oblique or nominal modifier."""
        for child in self.children(token):
            if base(child.dep_) == "case":
                words = [self.lemma(c) for c in child.subtree]
                for size in range(len(words), 0, -1):
                    role = self.lex.markers.get(" ".join(words[:size]))
                    if role:
                        return role
        return None

    def negation(self, word: Any) -> bool:
        """Whether a word negates the word it hangs on (:func:`negates`)."""
        return negates(self.lemma(word), word, self.lex)

    def informant(self, token: Any) -> bool:
        """Whether a nominal is the source of what the sentence tells ("according to the
        army", "selon l'armée", "laut der Armee", "по словам военных"): who says so, never a
        side of what is told."""
        openers = self.lex.according_openers
        if not openers:
            return False
        for child in self.children(token):
            if base(child.dep_) == "case" and self.lemma(child) in openers:
                words = tuple(self.lemma(c) for c in child.subtree)
                if words in self.lex.according or (*words, self.lemma(token)) in \
                        self.lex.according:
                    return True
        return False

    def marker_or_mark(self, token: Any) -> str | None:
        for c in self.children(token):
            if base(c.dep_) in ("case", "mark"):
                return self.lemma(c)
        return None

    def own_subject(self, token: Any) -> bool:
        return any(c.dep_ in ANY_SUBJECT for c in self.children(token))

    def purpose(self, token: Any) -> bool:
        """A clause marked as the aim of another ("in order to", "pour", "um ... zu",
        "чтобы"): what its subject does to get there, neither halted nor demanded."""
        if not self.lex.purpose_marks or not self.verbal(token):
            return False
        for child in self.children(token):
            if base(child.dep_) in ("mark", "case") and child.i < token.i:
                words = tuple(self.lemma(c) for c in child.subtree)
                if words in self.lex.purpose_marks:
                    return True
        return False

    def infinitives(self, token: Any) -> list[str]:
        """The infinitives a participle the model kept as its own lemma may stand for
        (data `participles.endings`: "expulsé" -> "expulser", "обстрелян" -> "обстрелять")."""
        word = token.text.lower()
        return [word[: -len(end)] + infinitive for end, infinitive in self.lex.participle_endings
                if word.endswith(end) and len(word) > len(end) + 1]

    def present_infinitives(self, token: Any) -> list[str]:
        """The infinitives a present form may stand for where the model misreads a whole
        class of them (data `present_endings`: "требуем" -> "требовать", read "требуть")."""
        word = token.text.lower()
        return [word[: -len(end)] + infinitive for end, infinitive in self.lex.present_endings
                if word.endswith(end) and len(word) > len(end) + 2]

    def short_passive(self, token: Any) -> bool:
        """ "Місто обстріляно", "Харьков обстрелян": a passive predicate of an event verb
        that the language marks by its ending alone (data `participles.passive`), which
        models tag as a finite verb, an adjective, an adverb or a noun."""
        endings = self.lex.short_passives
        if not endings:  # most languages mark no passive by its ending alone
            return False
        word = token.text.lower()
        if not word.endswith(endings):
            return False
        if token.pos_ not in ("VERB", "ADJ") and not any(
                c.dep_ in ANY_SUBJECT for c in self.children(token)):
            return False
        verbs = self.infinitives(token) + [dictionary_lemma(token.text, self.language)]
        return any(self.lex.lookup((verb,)) or verb in self.lex.light_verbs and any(
            c.dep_ in OBJECT or c.dep_ in ANY_SUBJECT for c in self.children(token))
            for verb in verbs)  # "Російською стороною висловлено вимогу": a light verb's
        # passive with the event noun it takes (round o of the invented wires, session 23)

    @staticmethod
    def standing_pronoun(token: Any) -> bool:
        """A pronoun that stands for someone named ("it", "they", "он"), not a word of
        quantity or question ("все", "who"), nor a name the tagger took for one ("ВСР"), nor
        a word with no features at all ("che abbiano bombardato": the clause's "that")."""
        if token.pos_ != "PRON":
            return False
        kinds = token.morph.get("PronType")
        return bool({"Prs", "Dem"} & set(kinds)) if kinds else bool(token.morph.get("Person"))

    def passive(self, token: Any) -> bool:
        if self.short_passive(token):
            return True
        if any(c.dep_ in SUBJECT for c in self.children(token)):
            return False  # an active subject outweighs auxiliaries and morphology
        if any(c.dep_ in PASSIVE_SUBJECT or c.dep_ in ("aux:pass", "expl:pass")
               for c in self.children(token)):
            return True
        if token.dep_ in ("acl", "conj") and any(c.dep_ == "obj" and c.pos_ != "ADV"
                                                 for c in self.children(token)):
            return False  # "X accused Y of ...", "X rejected ... and accused Y of ...": a past
            # tense misread as a participle; a participle with an object is active (not an
            # adverb read as one: "arrêtés près de la frontière")
        if "Pass" in self.feature(token, "Voice"):
            return True
        if token.dep_ == "acl" and "Part" in self._verb_forms[token.i] and "Past" in \
                self.feature(token, "Tense") and not any(
                    c.dep_ in OBJECT or base(c.dep_) == "aux" for c in self.children(token)):
            return True  # "gendarmes arrested near the border": the gendarmes undergo it (not
            # "di aver arrestato", a perfect with its auxiliary)
        return token.dep_ in ("acl", "amod") and "Part" in self._verb_forms[token.i] and any(
            self.marker(c) == "agent" for c in self.children(token))
