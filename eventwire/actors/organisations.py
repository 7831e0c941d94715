"""Organisations nobody listed, named by their head noun: "the Revolutionary Front", "the
National Union of Teachers of Ruritania", "le Front révolutionnaire de libération",
"Революционный фронт освобождения".

A name is a head noun the language lists (``organisations.heads`` in
``lang/<code>/descriptions.yaml``, each with the sector it gives) with the words around it
that its casing rule accepts:

- ``title`` (English): the head is capitalised, not the first word of its sentence, and
  so is every content word of the name; complements join through link words ("of");
- ``adjectives`` (German, where every noun is capitalised): a capitalised word before the
  head that is no listed actor and not the first word of the sentence;
- ``first`` (French, Spanish, Italian, Russian, Ukrainian): the name's first word is
  capitalised and not the first word of its sentence; adjectives and complements after the
  head join whatever their case.

Every name has at least two content words and none of the words the language lists under
``not_with`` ("the Soviet Union", "the Eastern Front"). A head in lower case (or first in its
sentence) is a name too when a proper name that is no listed actor stands beside it on the
side the language puts it (``name_side``: "the Umma party", "le parti Umma", "партия
«Умма»"), through quotes or a bracketed gloss ("the Umma (Nation) party"); so is a hyphened
compound whose first part is capitalised ("die Umma-Partei"). The head alone, capitalised inside a
sentence ("the Front", "le Front"), is returned as a short form: the caller makes it the
latest organisation named with that head, else nobody.
Words come from the parse (parts of speech), so without a parse no name is made; each
sentence is walked once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.model import Sentence
from eventwire.syntax.lookup import columns, tagged
from eventwire.text.tokens import key

__all__ = ["OrgRules", "NamedOrg", "org_rules", "named_organisations"]

MAX_SIDE = 5  # content words on either side of the head
CONTENT = frozenset({"ADJ", "NOUN", "PROPN"})
GLUE = ("'", "’", "-")  # "Workers' Party", "Anti-Corruption"; not "Gambia's"


@dataclass(frozen=True)
class OrgRules:
    case: str  # title | adjectives | first
    heads: dict[str, str]  # folded head noun (lemma or form) -> sector
    suffixes: tuple[tuple[str, str], ...]  # heads found at the end of compounds (German)
    links: frozenset[str]  # folded words that join a complement to the name ("of", "de")
    bare_complements: bool  # a noun joins without a link word (Slavic genitives)
    not_with: frozenset[str] = frozenset()  # words that make it no new organisation ("Soviet")
    name_side: str | None = None  # where a proper name stands to a lower-case head: before|after
    # (lemma id, form id) of a noun -> the sector it gives as a head, or False: filled on
    # first sight, since nearly every noun of a text is no head and asks again and again
    sectors: dict[tuple[int, int], str | None | bool] = field(
        default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class NamedOrg:
    start: int
    end: int
    sector: str | None
    head: str = ""  # the folded head noun's lemma ("front")
    short: bool = False  # the head alone ("the Front"): the latest name with that head


@lru_cache(maxsize=16)
def org_rules(code: str) -> OrgRules | None:
    """The organisation-name rules of one language (None when its data has none)."""
    data = lang.section(code, "descriptions").get("organisations")
    if not data:
        return None
    heads: dict[str, str] = {}
    for sector, words in (data.get("heads") or {}).items():
        for word in words:
            heads[key(word)] = sector
    suffixes = tuple(sorted(heads.items())) if data.get("compounds") else ()
    links = frozenset(part for link in data.get("links") or [] for part in key(link).split())
    return OrgRules(data.get("case", "title"), heads, suffixes, links,
                    bool(data.get("bare_complements")),
                    frozenset(key(w) for w in data.get("not_with") or []),
                    data.get("name_side"))


def named_organisations(sentences: Sequence[Sentence], rules: OrgRules,
                        taken: Callable[[int], bool], not_names: frozenset[str]
                        ) -> list[NamedOrg]:
    """Names of organisations in parsed sentences, in text order; ``taken(offset)`` says
    whether a listed actor already covers a word (its head is then no new organisation)."""
    found: list[NamedOrg] = []
    for sentence in sentences:
        if sentence.parse is None or not len(sentence.parse):
            continue
        toks = sentence.parse  # tokens made only where read: most words are no head
        read = columns(toks)  # the tree's arrays, read once for every later stage
        lemmas, orths = read["LEMMA"], read["ORTH"]
        after = 0  # the first token a next name may use
        for at in tagged(toks, "NOUN", "PROPN"):  # the only words a name hangs on
            if at < after:
                continue
            sector = _head_sector(toks, at, (lemmas[at], orths[at]), rules)
            if sector is False:
                continue
            span = _name_at(toks, at, sentence.parse_start, rules, taken, not_names, sector)
            if span is None:
                continue
            first, last, sector = span
            start = sentence.parse_start + toks[first].idx
            end = sentence.parse_start + toks[last].idx + len(toks[last].text)
            short = first == last and not _compound_name(toks[at], rules)
            found.append(NamedOrg(start, end, sector, key(toks[at].lemma_), short))
            after = last + 1
    return found


SECTORS_KEPT = 50_000  # nouns whose answer is kept per language (a year of news has more)


def _head_sector(toks: Any, at: int, word: tuple[int, int], rules: OrgRules
                 ) -> str | None | bool:
    """:func:`_sector` of noun ``at``, remembered by its lemma and form."""
    known = rules.sectors.get(word)
    if known is None and word not in rules.sectors:
        if len(rules.sectors) >= SECTORS_KEPT:
            rules.sectors.clear()
        known = rules.sectors[word] = _sector(toks[at], rules)
    return known


def _sector(tok: object, rules: OrgRules) -> str | None | bool:
    """The sector a head noun gives, or False when the word is no head."""
    for word in (key(tok.lemma_), key(tok.text)):  # type: ignore[attr-defined]
        if word in rules.heads:
            return rules.heads[word]
    if rules.suffixes and tok.pos_ in ("NOUN", "PROPN"):  # type: ignore[attr-defined]
        word = key(tok.text)  # type: ignore[attr-defined]
        for suffix, sector in rules.suffixes:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                return sector
    return False


def _capital(tok: object) -> bool:
    return tok.text[:1].isupper()  # type: ignore[attr-defined,no-any-return]


def _name_at(toks: Any, h: int, base: int, rules: OrgRules, taken: Callable[[int], bool],
             not_names: frozenset[str], sector: str | None
             ) -> tuple[int, int, str | None] | None:
    """The name whose head is noun ``h`` (giving ``sector``): (first token, last token,
    sector), else None."""
    found = _cased_name(toks, h, base, rules, taken, not_names, sector)
    if found is None and rules.name_side and not taken(base + toks[h].idx) and (
            h == 0 or not _capital(toks[h]) or rules.case == "adjectives"):
        beside = _beside_name(toks, h, base, rules, taken, not_names)
        found = (*beside, sector) if beside is not None else None
    return found


BRACKETS = frozenset("()\"'«»“”„‘’")  # what may stand between a head and its proper name


def _beside_name(toks: Any, h: int, base: int, rules: OrgRules, taken: Callable[[int], bool],
                 not_names: frozenset[str]) -> tuple[int, int] | None:
    """ "The Umma party", "le parti Umma", "партия «Умма»", "die Umma-Partei": a head noun
    named by a proper name beside it (on the language's ``name_side``) that is no listed
    actor ("the Kenya army", "le mouvement Hamas" are listed already). (first, last) token."""
    head = toks[h]
    if _compound_name(head, rules):
        return h, h  # "die Umma-Partei"
    step = -1 if rules.name_side == "before" else 1
    names: list[int] = []
    q = h + step
    while 0 <= q < len(toks) and len(names) < MAX_SIDE:
        tok = toks[q]
        if tok.text in BRACKETS:
            q += step
            continue
        proper = tok.pos_ == "PROPN" or (  # "the Umma party": a capitalised noun inside a
            tok.pos_ == "NOUN" and q > 0 and rules.case != "adjectives")  # sentence is a name
        if not proper or not _capital(tok) or taken(base + tok.idx) or \
                key(tok.text) in not_names or key(tok.text) in rules.not_with:
            break
        names.append(q)
        q += step
    if not names:
        return None
    first, last = min(h, names[-1]), max(h, names[-1])
    if last + 1 < len(toks) and toks[last + 1].text in BRACKETS and \
            toks[last + 1].text not in "()" and toks[last].idx + len(toks[last].text) == \
            toks[last + 1].idx:
        last += 1  # the closing quote of "партия «Умма»"
    return first, last


def _compound_name(tok: Any, rules: OrgRules) -> bool:
    """A hyphened head whose first part is a capitalised word, no head itself: "Umma-Partei"."""
    part, hyphen, rest = tok.text.partition("-")
    return bool(hyphen and rest and part[:1].isupper() and key(part) not in rules.heads)


def _cased_name(toks: Any, h: int, base: int, rules: OrgRules, taken: Callable[[int], bool],
                not_names: frozenset[str], sector: str | None
                ) -> tuple[int, int, str | None] | None:
    """:func:`_name_at` by the language's casing rule."""
    head = toks[h]
    if taken(base + head.idx):
        return None
    title = rules.case in ("title", "adjectives")
    if title and not _capital(head):
        return None
    # Left: capitalised words (and the possessive or hyphen glued to them) right before.
    first = h
    words = 0
    while first > 0 and words < MAX_SIDE:
        prev = toks[first - 1]
        if prev.text in GLUE and first - 2 >= 0 and _glued(toks, first - 2, first - 1) \
                and _capital(toks[first - 2]):
            first -= 1
            continue
        if prev.pos_ in CONTENT and _capital(prev) and key(prev.text) not in not_names:
            first -= 1
            words += 1
            continue
        break
    # Right: adjectives (lower-case ones too in "first" languages), then complements.
    last = h
    count = 0
    q = h + 1
    while q < len(toks) and count < MAX_SIDE:
        tok = toks[q]
        word = key(tok.text)
        if word in not_names:
            break
        if tok.pos_ == "ADJ" and (_capital(tok) or not title) and q == last + 1:
            last = q
            count += 1
            q += 1
            continue
        if tok.pos_ == "PROPN" and _capital(tok) and q == last + 1:
            last = q
            count += 1
            q += 1
            continue
        if rules.bare_complements and tok.pos_ == "NOUN" and q == last + 1:
            last = q
            count += 1
            q += 1
            continue
        if word in rules.links:
            r = q
            while r < len(toks) and key(toks[r].text) in rules.links:
                r += 1
            if r < len(toks) and toks[r].pos_ in ("NOUN", "PROPN") and (
                    _capital(toks[r]) or not title) and key(toks[r].text) not in not_names:
                last = r
                count += 1
                q = r + 1
                continue
        break
    content = [t for t in toks[first:last + 1] if t.pos_ in CONTENT]
    if any(key(t.text) in rules.not_with for t in content):
        return None
    if len(content) < 2:  # the head alone, capitalised inside a sentence: maybe a short form
        short = rules.case != "adjectives" and h > 0 and _capital(head) and (
            h + 1 >= len(toks) or not _capital(toks[h + 1]))
        return (h, h, sector) if short else None
    if rules.case == "title":
        if h == 0 or any(not _capital(t) for t in content):
            return None
        if h + 1 < len(toks) and toks[h + 1].pos_ in ("NOUN", "PROPN") and _capital(toks[h + 1]):
            return None  # "the Trade Union Act": the head modifies a later noun
    elif rules.case == "adjectives":
        if not any(_capital(t) and t.pos_ != "DET" and not taken(base + t.idx)
                   for t in toks[max(first, 1):h]):
            return None
    elif first == 0 or not _capital(toks[first]):
        return None
    return first, last, sector


def _glued(toks: Any, a: int, b: int) -> bool:
    """Whether token ``b`` follows token ``a`` with no space ("Workers'", "Anti-")."""
    return toks[a].idx + len(toks[a].text) == toks[b].idx  # type: ignore[no-any-return]
