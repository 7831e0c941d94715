"""Actors the lexicon does not list: what the text itself says they are.

Mechanisms, all local and linear, all precision first:

- **names after a title**: "Gambian President Jon Tarvel", "le président gambien Jon Tarvel",
  "президент Гамбии Джон Тарвел": the capitalised words right after a title or a person
  description are that person's name. Not a name word: a month or weekday, a word the
  language lists under ``not_names``, a word the parser tags as a function word, verb or
  adjective, any word of a sentence without a parse; a line in Title Case without a full
  stop is a headline, where capitals say nothing;
- **acronym definitions**: "the Revolutionary Front of Ruritania (RFR)" defines an
  organisation and its short form (Schwartz and Hearst's matching of the short form's letters
  to the long form, 2003);
- the caller (:mod:`eventwire.actors.recognize`) makes a later bare short form or surname
  the actor it was defined for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventwire import lang
from eventwire.model import Sentence
from eventwire.text.tokens import key
from eventwire.text.view import TextView, fold_char

__all__ = ["NameRules", "Definition", "Headlines", "Tags", "definitions", "name_end",
           "name_rules", "possessed", "slug"]

MAX_NAME_TOKENS = 6
HEADLINE_SHARE = 0.7  # share of capitalised words from which a line is a headline
HEADLINE_MIN_WORDS = 5
SENTENCE_ENDS = (".", "!", "?", "\"", "»", "”", "'", "’")  # a headline has no full stop
ACRONYM = re.compile(r"\(([^\W_]{2,10})\)")
WORDS = re.compile(r"[^\W\d_]+")
LONG_FORM_STOP = re.compile(r"[.;:!?()\[\]\"«»“”\n]")


# Parts of speech (Universal Dependencies) that no word of a name has: "Minister Without
# Portfolio", "a spokesman For ...". Nouns pass: taggers often read unknown names as nouns.
NOT_NAME_POS = frozenset({"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NUM", "PART",
                          "PRON", "PUNCT", "SCONJ", "SYM", "VERB"})
# Relations by which the tree continues a name: a capitalised content word the tagger called an
# adjective or verb, hung so on the word before, is still a name word ("Felipe Orellana").
NAME_RELATIONS = frozenset({"flat", "flat:name"})
CONTENT_POS = frozenset({"ADJ", "VERB"})


class Tags:
    """Parts of speech from the syntax stage by character offset, built per sentence on
    first use. Without a parse no unknown word becomes a name (precision first)."""

    def __init__(self, sentences: Sequence[Sentence] = ()) -> None:
        self.sentences = [s for s in sentences if s.parse is not None]
        self.starts = [s.start for s in self.sentences]
        self.tables: dict[int, dict[int, tuple[str, str]]] = {}

    def pos(self, offset: int) -> str | None:
        k = bisect_right(self.starts, offset) - 1
        if k < 0 or offset >= self.sentences[k].end:
            return None
        return self._table(k).get(offset, (None, None))[0]

    def _table(self, k: int) -> dict[int, tuple[str, str]]:
        """Each word of sentence ``k`` by offset: its tag and its relation."""
        table = self.tables.get(k)
        if table is None:
            s = self.sentences[k]
            table = {s.parse_start + t.idx: (t.pos_, t.dep_) for t in s.parse}
            self.tables[k] = table
        return table

    def rules_out(self, offset: int) -> bool:
        """Whether the word at ``offset`` cannot be part of a name: its sentence has no
        parse (no evidence), or the tagger reads it as a function word, verb or adjective (a
        word inside a parsed token, "Marc" of "Jean-Marc", has no tag of its own: it passes),
        unless the tree itself continues a name with it ("Felipe Orellana": a surname tagged
        an adjective but hung as ``flat`` on the first name)."""
        k = bisect_right(self.starts, offset) - 1
        if k < 0 or offset >= self.sentences[k].end:
            return True
        pos, dep = self._table(k).get(offset, (None, None))
        return pos in NOT_NAME_POS and not (pos in CONTENT_POS and dep in NAME_RELATIONS)


@dataclass(frozen=True)
class NameRules:
    not_names: frozenset[str]  # folded words never taken as a name (months, weekdays...)
    particles: frozenset[str]  # lower-case words inside names ("bin", "al", "van")
    possessives: tuple[str, ...] = ()  # "'s": "Gambia's long-serving leader General X"
    of_country: frozenset[str] = frozenset()  # "of": "President Jon Tarvel of Gambia"


@lru_cache(maxsize=16)
def name_rules(code: str) -> NameRules:
    """Words that are not names in one language, from its date and description data."""
    words: set[str] = set()
    cldr = lang.section(code, "dates_cldr")
    for group in ("months", "weekdays"):
        for forms in (cldr.get(group) or {}).values():
            # full names only: a short form is also a first name ("Jan", "Mar")
            words.update(key(f) for f in forms
                         if f == forms[0] or not key(forms[0]).startswith(key(f).rstrip(".")))
    words.update(key(w) for w in lang.section(code, "descriptions").get("not_names") or [])
    particles = lang.shared_section("people").get("name_particles") or []
    desc = lang.section(code, "descriptions")
    return NameRules(frozenset(words), frozenset(key(p) for p in particles),
                     tuple(desc.get("possessives") or ()),
                     frozenset(key(w) for w in desc.get("of_country") or []))


def possessed(between: str, rules: NameRules) -> bool:
    """Whether the text between a country and a title binds them ("'s religious leader "):
    a possessive, then at most three lower-case words."""
    for mark in rules.possessives:
        if between.startswith(mark):
            words = between[len(mark):].split()
            return between.endswith(" ") and len(words) <= 3 and all(
                w.replace("-", "").isalpha() and w.islower() for w in words)
    return False


def slug(name: str) -> str:
    """A stable id part for a name met in text ("Jon Tarvel" -> "jon-tarvel")."""
    return "-".join(w for w in key(name).replace("'", " ").split() if any(c.isalnum() for c in w))


def name_end(toks: list[tuple[int, int, str]], p: int, text: str, view: TextView,
             rules: NameRules, places: dict[int, int], taken: set[int], tags: Tags) -> int:
    """Token index after the name that starts at token ``p`` (``p`` itself when none).

    ``places`` maps the first token of a city or place match to the token after it: a place
    word may be part of a name after a title ("leader Yasser Arafat"); ``taken`` holds the
    first tokens of every other match, which ends a name.
    """
    end = p
    q = p
    count = 0
    while q < len(toks) and count < MAX_NAME_TOKENS:
        if q > p and not _adjacent(toks, q, text, view):
            break
        surface = _surface(toks, q, text, view)
        start = view.original_span(toks[q][0], toks[q][1])[0]
        if q in places:
            if not surface[:1].isupper() or tags.rules_out(start):
                break
            q = end = places[q]
            count += 1
            continue
        if q in taken:
            break
        word = toks[q][2]
        if surface[:1].isupper() and surface.isalpha() and word not in rules.not_names \
                and not tags.rules_out(start):
            q = end = q + 1
            count += 1
        elif word in rules.particles and count and q + 1 < len(toks) and (
                _surface(toks, q + 1, text, view)[:1].isupper() or toks[q + 1][2] == "-") \
                and not _article_of_noun(toks, q, view, rules, tags):
            q += 1  # "bin", "al": only inside a name, before a capitalised word
        elif word in ("-", ".", "'") and count and _glued(toks, q, text, view):
            q += 1  # "Zia-Ul-Haq", "J. Tarvel", "O'Neill"
        else:
            break
    return end


def _article_of_noun(toks: list[tuple[int, int, str]], q: int, view: TextView,
                     rules: NameRules, tags: Tags) -> bool:
    """Whether the particle at ``q`` is an article right after a name's word and before a
    common noun ("sagte Sprecher X der Agentur Y": the agency's article, not "von der")."""
    def pos(k: int) -> str | None:
        return tags.pos(view.original_span(toks[k][0], toks[k][1])[0])

    return toks[q - 1][2] not in rules.particles and pos(q) == "DET" and pos(q + 1) == "NOUN"


def _surface(toks: list[tuple[int, int, str]], q: int, text: str, view: TextView) -> str:
    s, e = view.original_span(toks[q][0], toks[q][1])
    return text[s:e]


def _adjacent(toks: list[tuple[int, int, str]], q: int, text: str, view: TextView) -> bool:
    """Only a space (or nothing) between token ``q - 1`` and token ``q``."""
    _, prev_end = view.original_span(toks[q - 1][0], toks[q - 1][1])
    start, _ = view.original_span(toks[q][0], toks[q][1])
    return text[prev_end:start] in ("", " ")


def _glued(toks: list[tuple[int, int, str]], q: int, text: str, view: TextView) -> bool:
    """A hyphen or apostrophe inside a word, or the full stop of an initial ("J.")."""
    if q + 1 >= len(toks):
        return False
    prev = _surface(toks, q - 1, text, view)
    if toks[q][2] == ".":
        return len(prev) == 1 and prev.isupper() and _adjacent(toks, q, text, view)
    return _adjacent(toks, q, text, view) and _adjacent(toks, q + 1, text, view) and \
        _ends_touch(toks, q, text, view)


def _ends_touch(toks: list[tuple[int, int, str]], q: int, text: str, view: TextView) -> bool:
    _, prev_end = view.original_span(toks[q - 1][0], toks[q - 1][1])
    start, end = view.original_span(toks[q][0], toks[q][1])
    nxt, _ = view.original_span(toks[q + 1][0], toks[q + 1][1])
    return prev_end == start and end == nxt


class Headlines:
    """Which lines of a text are headlines: Title Case (most words capitalised) and no full
    stop at the end. Line breaks are found once per text, each line judged once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: list[int] | None = None
        self.judged: dict[int, bool] = {}

    def at(self, offset: int) -> bool:
        """Whether the line around ``offset`` is a headline."""
        if self.breaks is None:
            self.breaks = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect_right(self.breaks, offset)
        start = self.breaks[k - 1] + 1 if k else 0
        if start not in self.judged:
            end = self.breaks[k] if k < len(self.breaks) else len(self.text)
            line = self.text[start:end].rstrip()
            words = WORDS.findall(line)
            upper = sum(1 for w in words if w[0].isupper())
            self.judged[start] = len(words) >= HEADLINE_MIN_WORDS and \
                upper >= HEADLINE_SHARE * len(words) and not line.endswith(SENTENCE_ENDS)
        return self.judged[start]


@dataclass(frozen=True)
class Definition:
    """ "Long Form (LF)": the long form's span and the short form's, in the stored text."""

    start: int
    end: int
    short: str
    short_start: int
    short_end: int


def definitions(text: str) -> list[Definition]:
    """Acronym definitions of a text, in order (each looks back a bounded window)."""
    found: list[Definition] = []
    for match in ACRONYM.finditer(text):
        short = match.group(1)
        letters = [c for c in short if c.isalpha()]
        if len(letters) < 2 or not all(c.isupper() for c in letters):
            continue
        window_start = max(0, match.start() - 40 * len(short))
        window = text[window_start:match.start()]
        stops = list(LONG_FORM_STOP.finditer(window))
        if stops:
            window_start += stops[-1].end()
            window = text[window_start:match.start()]
        words = list(WORDS.finditer(window))
        limit = min(len(short) + 5, 2 * len(short))
        if not words:
            continue
        first = words[max(0, len(words) - limit)].start()
        long_text = window[first:].rstrip()
        at = _long_form(short, long_text)
        if at is None:
            continue
        start = window_start + first + at
        end = window_start + first + len(long_text)
        if not text[start].isupper() or len(WORDS.findall(text[start:end])) < 2:
            continue
        found.append(Definition(start, end, short, match.start(1), match.end(1)))
    return found


def _long_form(short: str, long: str) -> int | None:
    """Schwartz and Hearst: match the short form's characters right to left in the long
    form, the first one at a word start; the offset where the long form begins."""
    chars = [fold_char(c) for c in long]
    s = len(short) - 1
    i = len(long) - 1
    while s >= 0:
        c = fold_char(short[s])
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (chars[i] != c or (s == 0 and i > 0 and chars[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return i + 1
