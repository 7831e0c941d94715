"""The actors stage: actor, place and source mentions, resolved to canonical identities.

Reads ``view``, ``language``, ``reference_date``; writes ``mentions`` (sorted by start,
non-overlapping). Three steps, each a plain pass over tokens of the folded view:

1. surface forms (longest match over :func:`eventwire.actors.lexicon.lexicon` and the city
   index), checked against the stored text for case ("Turkey" not "turkey", "US" not "us");
2. composition templates over those matches ("ministère {adj} de la défense", "{city}
   region", "les deux dirigeants"), longest first; titles join the name they precede;
3. resolution in document order: ambiguous names and cities by the countries the document
   mentions, descriptions ("le dirigeant russe") to the latest person of that country or to
   the holder of the role on the reference date, groups ("the two sides") to the two latest
   distinct-country actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from heapq import merge

from eventwire import lang
from eventwire.actors.gazetteer import (
    ORG_CODES,
    Gazetteer,
    country_actor,
    entity_actor,
    gazetteer,
    holder,
    holds,
)
from eventwire.actors.lexicon import Candidate, Lexicon, Node, Template, lexicon, resolve_city
from eventwire.actors.officials import Officials, official_institutions
from eventwire.actors.organisations import OrgRules, named_organisations, org_rules
from eventwire.actors.unknown import (
    Headlines,
    NameRules,
    Tags,
    definitions,
    name_end,
    name_rules,
    possessed,
    slug,
)
from eventwire.facts.lexicon import venue_before
from eventwire.model import Actor, Document, Mention, Sentence
from eventwire.text.datelines import dateline_month, in_dateline_wire
from eventwire.text.tokens import key, spans
from eventwire.text.view import TextView, fold

__all__ = ["recognize_actors", "recognize"]

ALIAS_POPULATION = 100_000
EXONYM_RATIO = 5  # an alias beats a city's own name when it names a city this many times bigger


class Item:
    """A level-1 unit: one plain token, or a matched surface form."""

    __slots__ = ("i", "j", "token", "cands", "cities", "matched", "_slots")

    def __init__(self, i: int, j: int, token: str, cands: list[Candidate],
                 cities: tuple[str, ...]) -> None:
        self.i = i  # first token
        self.j = j  # token after the last
        self.token = token  # the folded token (first token for matches)
        self.cands = cands
        self.cities = cities
        self.matched = bool(cands or cities)
        self._slots: frozenset[str] | None = None

    def slots(self) -> frozenset[str]:
        """Template slots this item can fill (computed once: templates ask many times)."""
        if self._slots is None:
            found: set[str] = set()
            for cand in self.cands:
                found |= cand.slots
            if self.cities:
                found.add("{city}")
            self._slots = frozenset(found)
        return self._slots


class Unit:
    """A level-2 unit: one matched item, or a template over several items."""

    __slots__ = ("i", "j", "item", "template", "bindings")

    def __init__(self, i: int, j: int, item: Item | None = None,
                 template: Template | None = None,
                 bindings: Sequence[tuple[str, Item]] = ()) -> None:
        self.i = i
        self.j = j
        self.item = item
        self.template = template
        self.bindings = bindings  # read only


def recognize_actors(doc: Document) -> None:
    """Pipeline stage: fill ``doc.mentions``."""
    if doc.view is None:
        doc.view = TextView.of(doc.text)
    doc.mentions = recognize(doc.text, doc.view, doc.language,
                             doc.reference_date or doc.published, doc.sentences)


def recognize(text: str, view: TextView, language: str, date: str | None,
              sentences: Sequence[Sentence] = ()) -> list[Mention]:
    """Mentions of one text (a function of its arguments only, so it is easy to test);
    parsed ``sentences``, when given, keep function words and verbs out of unknown names."""
    if language not in lang.available():
        return []
    lex = lexicon(language)
    toks = spans(view.norm)
    items = _surface_forms(toks, lex, view, text)
    units, plain = _compose(items, lex.templates)
    return _resolve(units, plain, toks, view, text, lex, date, name_rules(language),
                    Tags(sentences), org_rules(language))


# -- level 1 ---------------------------------------------------------------------------


def _surface_forms(toks: list[tuple[int, int, str]], lex: Lexicon, view: TextView,
                   text: str) -> list[Item]:
    g = gazetteer()
    phrases, cities_by_key, index = lex.phrases, g.city_keys, lex.index
    words = [t[2] for t in toks]
    adjectival = lex.city_adjectives
    items: list[Item] = []
    i = 0
    n = len(words)
    before = adjectival.before if adjectival is not None else frozenset()
    while i < n:
        k = words[i]
        if not index.get(k, 0) and (i + 1 >= n or words[i + 1] not in before):
            items.append(Item(i, i + 1, k, _NO_CANDIDATES, ()))  # no key starts here
            i += 1
            continue
        # Walk forward while the phrase so far is a known key or the prefix of one.
        size = 1
        hits: list[tuple[int, str]] = []
        while True:
            flags = index.get(k, 0)
            if flags & 1:
                hits.append((size, k))
            if not flags & 2 or i + size >= n:
                break
            k = k + " " + words[i + size]
            size += 1
        found: Item | None = None
        if hits:
            # "la Maison Blanche" is not the Algerian town: cities start with a capital.
            capital = text[view.to_original[toks[i][0]]].isupper()
            for size, k in reversed(hits):
                cands = phrases.get(k, ())
                # ... and end with one: "a Ukrainian village" is no Chicago neighbourhood
                named = capital and (size == 1 or text[view.to_original[
                    toks[i + size - 1][0]]].isupper())
                cities = cities_by_key.get(k, ()) if named and k not in lex.stop else ()
                if cities:
                    cities = _plausible(k, cities, g)
                ok: list[Candidate] = []
                if cands:
                    s, e = view.original_span(toks[i][0], toks[i + size - 1][1])
                    surface = text[s:e]
                    has_upper = surface != surface.lower()
                    prev = words[i - 1] if i else ""
                    ok = [c for c in cands if _fits(c, surface, has_upper, prev) and (
                        not c.combining or _compounded(words, i + size, phrases))]
                if cities and not ok and _overrun(words, i, size, phrases, index):
                    cities = ()
                if ok or cities:
                    found = Item(i, i + size, words[i], ok, cities)
                    break
        if found is None and adjectival is not None and i + 1 < n \
                and words[i + 1] in adjectival.before:
            cities = _region_capitals(adjectival.city_keys(words[i]), g)
            if cities and text[view.to_original[toks[i][0]]].isupper():
                found = Item(i, i + 1, words[i], [], cities)
        if found is None or _affiliation(words, found.i, found.j, lex):
            found = Item(i, i + 1, words[i], _NO_CANDIDATES, ())
        items.append(found)
        i = found.j
    return items


def _affiliation(words: list[str], i: int, j: int, lex: Lexicon) -> bool:
    """Whether words i..j are hyphened to a word of alignment ("pro-Iranian militias",
    "Russian-backed separatists"): they name whom a group sides with, and the group is no
    side of that country."""
    return (i >= 2 and words[i - 1] == "-" and words[i - 2] in lex.affiliated_after) or (
        j + 1 < len(words) and words[j] == "-" and words[j + 1] in lex.affiliated_before)


def _compounded(words: list[str], j: int, phrases: dict[str, list[Candidate]]) -> bool:
    """Whether word j is a hyphen before another country's adjective: "russo" names Russia
    in "russo-ukrainien", not in "Indo-Pacifique" or as a surname."""
    return j + 1 < len(words) and words[j] == "-" and any(
        c.kind == "demonym" for c in phrases.get(words[j + 1], ()))


_NO_CANDIDATES: list[Candidate] = []  # shared by every plain token's item; never changed

REGION_CAPITAL_POPULATION = 50_000  # a region named after a city is named after a big one


def _region_capitals(keys: list[str], g: Gazetteer) -> tuple[str, ...]:
    """The cities of the first key that names one big enough to give a region its name
    ("Московская" is no region of Moscow, Idaho)."""
    for k in keys:
        big = tuple(p for p in g.city_keys.get(k, ())
                    if g.population.get(p, 0) >= REGION_CAPITAL_POPULATION)
        if big:
            return big
    return ()


def _plausible(k: str, cities: tuple[str, ...], g: Gazetteer) -> tuple[str, ...]:
    """GeoNames aliases are noisy ("La Maison Blanche" names an Algerian town): a city is
    matched by its own name, or by an alias only when it is a big city (exonyms such as
    Moscou, Kiev); curated forms (places.curated.tsv) cover the rest."""
    return tuple(p for p in cities
                 if (k, p) in g.primary_keys or g.population.get(p, 0) >= ALIAS_POPULATION)


def _overrun(words: list[str], i: int, size: int, phrases: dict[str, list[Candidate]],
             index: dict[str, int]) -> bool:
    """Whether a known phrase starts inside a city match and ends beyond it
    ("L'Union européenne" is not the town of L'Union)."""
    for j in range(i + 1, i + size):
        k = words[j]
        end = j + 1
        while True:
            if end > i + size and k in phrases:
                return True
            if not index.get(k, 0) & 2 or end >= len(words):
                break
            k = k + " " + words[end]
            end += 1
    return False


def _fits(cand: Candidate, surface: str, has_upper: bool, prev: str) -> bool:
    if cand.exact is not None and surface != cand.exact:
        return False
    if cand.cased and not has_upper:
        return False
    return cand.before is None or prev in cand.before


# -- level 2 ---------------------------------------------------------------------------


def _compose(items: list[Item], root: Node) -> tuple[list[Unit], list[Item]]:
    """The units that can name something (matched forms and templates), and the plain words
    left outside them (kept apart: no unit is made for a word that names nothing)."""
    units: list[Unit] = []
    plain: list[Item] = []
    starts = root.children
    p = 0
    while p < len(items):
        item = items[p]
        if not item.matched and item.token not in starts:
            plain.append(item)  # most words: no form, no template starts with them
            p += 1
            continue
        if item.matched:
            useful = any(s in starts for s in item.slots()) or (
                item.j - item.i == 1 and item.token in starts)
            best = _longest(items, p, root) if useful else None
        else:  # a plain word a template starts with
            best = _longest(items, p, root)
        if best is not None:
            q, template, bindings = best
            covers = items[q - 1].j - item.i
            if covers > item.j - item.i or not item.matched:
                units.append(Unit(item.i, items[q - 1].j, None, template, bindings))
                p = q
                continue
        if item.matched:
            units.append(Unit(item.i, item.j, item))
        else:
            plain.append(item)
        p += 1
    return units, plain


def _longest(items: list[Item], p: int, root: Node
             ) -> tuple[int, Template, list[tuple[str, Item]]] | None:
    """Longest template starting at item ``p`` (depth-first over the template trie)."""
    best: tuple[int, Template, list[tuple[str, Item]]] | None = None
    stack: list[tuple[Node, int, list[tuple[str, Item]]]] = [(root, p, [])]
    while stack:
        node, q, bound = stack.pop()
        if q > p and node.templates and (best is None or q > best[0]):
            best = (q, node.templates[0], bound)
        if q >= len(items):
            continue
        item = items[q]
        if item.matched:
            for slot in item.slots():
                child = node.children.get(slot)
                if child is not None:
                    stack.append((child, q + 1, bound + [(slot, item)]))
        if item.j - item.i == 1:
            child = node.children.get(item.token)
            if child is not None:
                stack.append((child, q + 1, bound))
    return best


# -- resolution -------------------------------------------------------------------------


@dataclass
class Draft:
    mention: Mention
    unit: Unit
    countries: list[str] = field(default_factory=list)  # candidate countries, best first
    composed: str | None = None  # institution kind for context resolution
    official: str | None = None  # an office named alone ("the governor"): its role
    role: str | None = None  # the office a title gave a person ("Foreign Minister X")


def _resolve(units: list[Unit], plain: list[Item], toks: list[tuple[int, int, str]],
             view: TextView, text: str, lex: Lexicon, date: str | None, rules: NameRules,
             tags: Tags, orgs: OrgRules | None = None) -> list[Mention]:
    g = gazetteer()
    drafts: list[Draft] = []
    for unit in units:
        s, e = view.original_span(toks[unit.i][0], toks[unit.j - 1][1])
        draft = _draft(unit, s, e, text, lex)
        if draft is not None:
            drafts.append(draft)
    drafts = _merge_titles(drafts, text, toks, view, rules, tags, lex.offices)
    drafts = _defined_forms(drafts, plain, toks, view, text)
    if orgs is not None and tags.sentences:
        drafts = _named_organisations(drafts, toks, view, text, tags, orgs, rules)

    # Countries the document names without doubt: they settle ambiguous names and cities.
    sure: dict[str, int] = {}
    for d in drafts:
        if len(d.countries) == 1:
            sure[d.countries[0]] = sure.get(d.countries[0], 0) + 1
        elif d.mention.actor is not None and d.mention.actor.country and not d.countries:
            sure[d.mention.actor.country] = sure.get(d.mention.actor.country, 0) + 1

    mentions: list[Mention] = []
    people = _People()
    last_kind: dict[str, int] = {}
    officials = Officials(tags.sentences, date)
    starts_at = {d.unit.i: d for d in drafts}
    forms = _state_forms()
    last_form: dict[str, int] = {}  # form of state -> latest mention of a country of that form
    seated: list[tuple[int, str]] = []  # institutions named without a country, and their kind
    filed: list[tuple[int, str | None, bool]] = []  # of a family: the dateline's country, bare
    for d in drafts:
        m = d.mention
        unit = d.unit
        if m.label == "PLACE" and (dateline_month(text, m.start, m.end)
                                   or in_dateline_wire(text, m.start, m.end)):
            continue  # "ASMARA, Nov 3 (Nile Wire) -": the dateline's month and its wire
        if unit.item is not None and unit.item.cities and m.actor is None and m.place is None:
            _place_from_cities(m, unit.item.cities, sure, g)
        elif len(d.countries) > 1 and m.actor is not None:
            best = max(d.countries, key=lambda c: (sure.get(c, 0), -d.countries.index(c)))
            m.actor = _with_country(m.actor, best, d.mention.text)
        template = unit.template
        if template is not None and template.family == "region":
            _region(m, unit, sure, g)
        elif template is not None and template.family == "person":
            _person(m, template.value, mentions, people, date)
        elif template is not None and template.family == "group":
            _group(m, template.value, mentions, _venues(mentions, text, lex.venue))
        elif d.official is not None:
            owner = _office_owner(d, toks, text, lex, rules, starts_at)
            if isinstance(owner, Draft) and owner.mention.label == "PLACE" and \
                    official_institutions().get(d.official) != "place":
                owner = False  # a national office "of" a city that stands for no country
            if owner is False:
                continue  # "the former governor", "the club's mayor", "the mayor of the club"
            country = _owner_country(owner, sure, g) if isinstance(owner, Draft) else None
            if country:
                m.actor = Actor(name=m.text, country=country, sector="GOV", type="person")
            elif owner is not None or not officials.resolve(m, d.official, mentions,
                                                            _near_country(mentions, m, text)):
                continue
            if m.actor is not None and m.actor.canonical is None:
                _person(m, d.official, mentions, people, date)  # who held it, when listed
        elif d.role in official_institutions() and m.actor is not None \
                and m.actor.type == "person" and not m.actor.country:
            country = officials.country_of_named(
                d.role, mentions, _near_country(mentions, m, text),  # type: ignore[arg-type]
                _sentence_before_country(mentions, m, text, tags.sentences))
            if country:  # "Außenministerin Nino Kapanadse" in a text filed in Tbilisi
                m.actor = replace(m.actor, country=country)
        elif template is not None and template.family == "form":
            prior = last_form.get(template.value)
            if prior is None:
                continue  # "the Kingdom" with no kingdom named before: nobody
            m.actor = country_actor(m.text, mentions[prior].actor.country)  # type: ignore[union-attr,arg-type]
            m.resolved_from = prior
        elif d.composed and m.actor is not None and m.actor.country is None:
            prior = last_kind.get(d.composed)
            family = _kind_families().get(d.composed, ())
            bare = len(family) > 1  # "the ministry": a kind that stands for several
            if bare and unit.j < len(toks) and toks[unit.j][2] in lex.complements:
                continue  # "das Ministerium für Schifffahrt": another one, named by its task
            if prior is None and bare:  # "das Ministerium" after "das Außenministerium"
                prior = max((last_kind[k] for k in family if k in last_kind), default=None)
                if prior is None and not officials.dateline:
                    continue  # "a spokesman for the ministry": whose, the text does not say
                if prior is None and _near_country(mentions, m, text):
                    continue  # "Eritrea's information ministry": the country named speaks
            seated.append((len(mentions), d.composed))
            if prior is not None and mentions[prior].actor is not None:
                source = mentions[prior].actor
                m.actor = replace(source, name=m.text)  # type: ignore[arg-type]
                m.resolved_from = prior
            if family:
                filed.append((len(mentions), officials.dateline if bare or prior is None
                              else None, bare))
        if d.composed:
            last_kind[d.composed] = len(mentions)
        if m.label == "PLACE" and m.place is None:
            continue
        people.add(m, len(mentions))
        role = d.official or d.role or (template.value if template is not None
                                        and template.family == "person" else None)
        officials.add(m, len(mentions), role, d.composed)
        if m.actor is not None and m.actor.country in forms:
            for form in forms[m.actor.country]:
                last_form[form] = len(mentions)
        mentions.append(m)
    for k, composed in seated:
        seat = _seat_after(mentions, k, text)
        if seat is not None:  # "die Regierung in Minsk", "il governo di Khartoum"
            m = mentions[k]
            spec = lex.kinds.get(composed, {})
            m.actor = replace(m.actor, country=seat,  # type: ignore[arg-type]
                              canonical=_fill(spec.get("canonical", composed), seat, lex),
                              entity=f"{composed}:{seat}")
            m.resolved_from = None
    _settle_referring_institutions(mentions, filed)
    return mentions


def _settle_referring_institutions(mentions: list[Mention],
                                   filed: list[tuple[int, str | None, bool]]) -> None:
    """An institution that refers back to one named before ("Das Ministerium bestellte ..."
    after "das Außenministerium in Zagreb") takes the country that one got from its seat;
    one of a family (``kind_families``) still without a country, with none of its kind
    before, is the dateline's ("Le ministère a convoqué ..." in a text filed in Nouakchott,
    "Das Außenministerium bestellte ..." in one filed in Chisinau), as an official is; a
    bare one ("the ministry") that stays without a country names no actor."""
    for m in mentions:
        source = mentions[m.resolved_from] if m.resolved_from is not None else None
        if m.actor is not None and m.actor.country is None and source is not None \
                and source.actor is not None and source.actor.country:
            m.actor = replace(source.actor, name=m.text)
    for k, country, bare in filed:
        m = mentions[k]
        if m.actor is not None and m.actor.country is None and (country or bare):
            m.actor = replace(m.actor, country=country) if country else None


@lru_cache(maxsize=1)
def _kind_families() -> dict[str, tuple[str, ...]]:
    """Kind -> the kinds whose latest mention a bare mention of it refers back to
    (``institutions.yaml`` ``kind_families``: "the ministry" -> the foreign ministry)."""
    families = lang.shared_section("institutions").get("kind_families") or {}
    return {str(k): tuple(str(v) for v in vs) for k, vs in families.items()}


def _seat_after(mentions: list[Mention], k: int, text: str) -> str | None:
    """The country whose seat of government a short word joins right after the institution
    of mention ``k`` ("die Regierung in Minsk", "il governo di Khartoum", "the ministry in
    Athens"): it says whose the institution is, before any of its kind named earlier."""
    if k + 1 >= len(mentions):
        return None
    m, after = mentions[k], mentions[k + 1]
    between = text[m.end:after.start]
    words = between.split()
    if after.kind != "capital" or after.actor is None or not after.actor.country \
            or len(words) != 1 or not words[0].isalpha() or not words[0].islower() \
            or len(words[0]) > 3 or any(c in between for c in ",.;:()\n"):
        return None
    return after.actor.country


def _near_country(mentions: list[Mention], m: Mention, text: str) -> str | None:
    """The country of the mention a few words before ``m`` in its clause ("Eritrea's
    information minister"), which an office's owner found elsewhere must not contradict."""
    near = mentions[-1] if mentions and _words_between(text, mentions[-1].end, m.start) <= 3 \
        else None
    return near.actor.country if near is not None and near.actor is not None else None


def _sentence_before_country(mentions: list[Mention], m: Mention, text: str,
                             sentences: Sequence[Sentence]) -> str | None:
    """The one country the subject of the sentence right before ``m``'s names, in the same
    paragraph ("Serbien wies die Vorwürfe zurück. ..., erklärte Innenminister X": X is
    Serbia's, not the dateline's); None when it names none or several, when the sentence
    has no parse, or a paragraph lies between."""
    here = next((k for k, s in enumerate(sentences) if s.start <= m.start < s.end), None)
    if not here:
        return None
    before = sentences[here - 1]
    if "\n" in text[before.end:sentences[here].start] or before.parse is None:
        return None
    spans = [(before.parse_start + w.left_edge.idx,
              before.parse_start + w.right_edge.idx + len(w.right_edge))
             for root in before.parse if root.dep_ == "ROOT"
             for w in root.children if w.dep_ == "nsubj"]
    found = {p.actor.country for p in mentions
             if any(a <= p.start < b for a, b in spans) and p.actor is not None
             and p.actor.country and p.actor.country not in ORG_CODES}
    return found.pop() if len(found) == 1 else None


def _words_between(text: str, start: int, end: int) -> int:
    """How many words stand between two offsets of one clause (a punctuation mark: many)."""
    between = text[start:end] if start <= end else ","
    if any(c in between for c in ",.;:()\n"):
        return 99
    return len(between.split())


def _draft(unit: Unit, s: int, e: int, text: str, lex: Lexicon) -> Draft | None:
    surface = text[s:e]
    if unit.item is not None:
        item = unit.item
        cands = sorted(item.cands, key=lambda c: -c.rank)
        if not cands:
            return Draft(Mention(s, e, "PLACE", surface), unit)
        top = cands[0]
        if top.label == "SOURCE":
            entity = gazetteer().entities.get(top.ref)
            return Draft(Mention(s, e, "SOURCE", surface, source=entity.canonical if entity
                                 else top.ref), unit)
        if top.label == "PLACE":
            if top.ref.startswith("geonames:"):
                if not item.cities or item.cities[0] != top.ref:  # rebuild only when it moves
                    item.cities = tuple(dict.fromkeys((top.ref, *item.cities)))
                return Draft(Mention(s, e, "PLACE", surface), unit)
            place = gazetteer().places.get(top.ref)
            return Draft(Mention(s, e, "PLACE", surface,
                                 place=replace(place, name=surface) if place else None), unit)
        if top.ref.startswith("country:"):
            same = [c for c in cands if c.rank == top.rank and c.ref.startswith("country:")]
            countries = list(dict.fromkeys(c.ref[8:] for c in same))
            actor = country_actor(surface, countries[0])
            return Draft(Mention(s, e, "ACTOR", surface, actor=actor, kind=top.kind), unit,
                         countries)
        return Draft(Mention(s, e, "ACTOR", surface, actor=entity_actor(surface, top.ref)), unit)
    template = unit.template
    assert template is not None
    countries = [_country_of(item) for slot, item in unit.bindings if slot != "{city}"]
    countries = [c for c in countries if c]
    if template.family == "composed":
        spec = lex.kinds.get(template.value, {})
        code = countries[0] if countries else None
        canonical = _fill(spec.get("canonical", template.value), code, lex)
        if spec.get("label") == "SOURCE":
            return Draft(Mention(s, e, "SOURCE", surface, source=canonical), unit)
        actor = Actor(name=surface, canonical=canonical, country=code, sector=spec.get("sector"),
                      type=spec.get("type", "organization"),
                      entity=f"{template.value}:{code}" if code else None)
        kind = "name" if code else "description"
        return Draft(Mention(s, e, "ACTOR", surface, actor=actor, kind=kind), unit,
                     composed=template.value)
    if template.family == "pair":
        spec = lex.kinds.get(template.value, {})
        members = [Actor(name=surface, canonical=_fill(spec.get("canonical", ""), c, lex),
                         country=c, sector=spec.get("sector"), type="group",
                         entity=f"{template.value}:{c}") for c in countries]
        actor = Actor(name=surface, canonical=" and ".join(m.canonical or "" for m in members),
                      sector=spec.get("sector"), type="group")
        return Draft(Mention(s, e, "ACTOR", surface, actor=actor, kind="group", members=members),
                     unit)
    if template.family == "person":
        code = countries[0] if countries else None
        actor = Actor(name=surface, country=code, sector="GOV", type="person")
        return Draft(Mention(s, e, "ACTOR", surface, actor=actor, kind="description"), unit)
    if template.family == "group":
        return Draft(Mention(s, e, "ACTOR", surface, actor=Actor(name=surface, type="group"),
                             kind="group"), unit)
    if template.family == "region":
        return Draft(Mention(s, e, "PLACE", surface), unit)
    if template.family == "title":
        return Draft(Mention(s, e, "ACTOR", surface, kind="title"), unit)
    if template.family == "form":
        return Draft(Mention(s, e, "ACTOR", surface, kind="description"), unit)
    if template.family == "official":
        return Draft(Mention(s, e, "ACTOR", surface, kind="description"), unit,
                     official=template.value)
    return None


def _country_of(item: Item) -> str | None:
    for cand in sorted(item.cands, key=lambda c: -c.rank):
        if cand.ref.startswith("country:"):
            return cand.ref[8:]
    return None


def _fill(pattern: str, code: str | None, lex: Lexicon) -> str:
    if code is None:
        return pattern.replace("{adj} ", "").replace("{country}", "").strip()
    g = gazetteer()
    adjective = lex.adjectives.get(code) or (g.countries[code].canonical
                                             if code in g.countries else code)
    name = g.countries[code].canonical if code in g.countries else code
    return pattern.replace("{adj}", adjective).replace("{country}", name)


def composed_actor(kind: str, code: str, surface: str, language: str) -> Actor:
    """The actor a composed description of ``kind`` names for a country ("Egyptian
    officials"), for a stage that reads the description from words the templates miss."""
    lex = lexicon(language)
    spec = lex.kinds.get(kind, {})
    return Actor(name=surface, canonical=_fill(spec.get("canonical", kind), code, lex),
                 country=code, sector=spec.get("sector"), type=spec.get("type", "organization"),
                 entity=f"{kind}:{code}")


def _with_country(actor: Actor, code: str, surface: str) -> Actor:
    return replace(country_actor(surface, code), sector=actor.sector)


def _merge_titles(drafts: list[Draft], text: str, toks: list[tuple[int, int, str]],
                  view: TextView, rules: NameRules, tags: Tags,
                  offices: dict[str, str] | None = None) -> list[Draft]:
    """Titles and person descriptions join the person name right after them: a known name
    ("President Trump"), else capitalised words the lexicon does not know ("Gambian
    President Jon Tarvel": a person of that country; "President Jon Tarvel": a person)."""
    places = {d.unit.i: d.unit.j for d in drafts
              if d.mention.label == "PLACE" and d.mention.text[:1].isupper()}
    taken = {d.unit.i for d in drafts if d.unit.i not in places}
    headlines = Headlines(text)
    merged: list[Draft] = []
    k = 0
    bare: Mention | None = None  # the last title that joined no name ("spokesman" before
    # "Colonel X"): the next title right after it holds its office
    while k < len(drafts):
        d = drafts[k]
        m = d.mention
        nxt = drafts[k + 1].mention if k + 1 < len(drafts) else None
        joinable = m.kind == "title" or d.official is not None or (
            m.kind == "description" and m.actor is not None and m.actor.type == "person")
        template = d.unit.template
        role = d.official or (offices or {}).get(key(m.text)) or (
            template.value if template is not None and template.family == "person" else None)
        if joinable and nxt is not None and nxt.actor is not None and nxt.actor.type == "person" \
                and nxt.kind == "name" and text[m.end:nxt.start].strip() in ("", ",") \
                and (m.kind == "title" or m.actor is None or m.actor.country in (
                    None, nxt.actor.country)):
            actor = replace(nxt.actor, name=text[m.start:nxt.end])
            nd = drafts[k + 1]
            merged.append(Draft(Mention(m.start, nxt.end, "ACTOR", text[m.start:nxt.end],
                                        actor=actor), nd.unit, role=role))
            k += 2
            continue
        named = _unlisted_name(d, toks, view, text, rules, places, taken, headlines, tags) \
            if joinable else None
        if named is not None:
            k += 1
            while k < len(drafts) and drafts[k].unit.i < named.unit.j:
                k += 1  # place words taken into the name
            known = drafts[k] if k < len(drafts) else None
            if known is not None and known.unit.i == named.unit.j and _same_person(
                    named.mention, known.mention, text):
                assert known.mention.actor is not None  # "Emmanuel" + listed "Macron"
                surface = text[m.start:known.mention.end]
                merged.append(Draft(Mention(m.start, known.mention.end, "ACTOR", surface,
                                            actor=replace(known.mention.actor, name=surface)),
                                    known.unit, role=role))
                k += 1
                continue
            owner = None
            # "Thai army spokesman Colonel X": a rank after a title that took no name
            held = bare if bare is not None and m.kind == "title" and \
                text[bare.end:m.start] == " " else m
            if m.kind == "title" and merged and (_owner(merged[-1], held, text, rules)
                                                  or _title_of(merged[-1], held, text)):
                owner = merged[-1].mention.actor  # "Gambia's long-serving leader General X"
            elif m.kind == "title" and k < len(drafts) and _of_country(named, drafts[k], toks,
                                                                         rules):
                owner = drafts[k].mention.actor  # "President Jon Tarvel of Gambia"
            if owner is not None and named.mention.actor is not None:
                named.mention.actor = replace(named.mention.actor, country=owner.country)
            named.role = role
            merged.append(named)
            continue
        if m.kind != "title":
            merged.append(d)
        elif offices and key(m.text) in offices:  # "the foreign minister said": an office
            merged.append(Draft(Mention(m.start, m.end, "ACTOR", m.text, kind="description"),
                                d.unit, official=offices[key(m.text)]))
        else:
            bare = m
        k += 1
    return merged


def _same_person(named: Mention, known: Mention, text: str) -> bool:
    """A listed person right after an unknown first name ("президент Франции Эммануэль
    Макрон" where only the surname is listed), of the same country if one is known."""
    a, b = named.actor, known.actor
    return b is not None and b.type == "person" and known.kind == "name" and \
        text[named.end:known.start] == " " and a is not None and a.country in (None, b.country)


def _owner(prev: Draft, title: Mention, text: str, rules: NameRules) -> bool:
    """ "Gambia's long-serving leader General X": the country that owns the title."""
    a = prev.mention.actor
    return a is not None and a.type == "country" and a.country is not None and \
        possessed(text[prev.mention.end:title.start], rules)


def _title_of(prev: Draft, title: Mention, text: str) -> bool:
    """ "Kenyan opposition leader X", "Hamas leader X": a title right after a group or an
    organisation of a country is held in it, and so the person is of that country."""
    a = prev.mention.actor
    return a is not None and a.type in ("group", "organization") and a.country is not None \
        and text[prev.mention.end:title.start] == " "


def _of_country(named: Draft, nxt: Draft, toks: list[tuple[int, int, str]],
                rules: NameRules) -> bool:
    """ "President Jon Tarvel of Gambia": the country right after the name."""
    a = nxt.mention.actor
    between = " ".join(t[2] for t in toks[named.unit.j:nxt.unit.i])
    return a is not None and a.type == "country" and a.country is not None and \
        between in rules.of_country


def _unlisted_name(d: Draft, toks: list[tuple[int, int, str]], view: TextView, text: str,
                   rules: NameRules, places: dict[int, int], taken: set[int],
                   headlines: Headlines, tags: Tags) -> Draft | None:
    """A person from a title or description and the unknown name right after it."""
    m = d.mention
    last = view.original_span(toks[d.unit.j - 1][0], toks[d.unit.j - 1][1])[0]
    if m.kind == "title" and tags.pos(last) == "ADJ":
        return None  # "the General Staff": an adjective, not a title
    p = d.unit.j
    if p < len(toks) and toks[p][2] == "," and m.kind == "description":
        p += 1  # "the Kenyan foreign minister, Paul Otieno"
    if p >= len(toks) or (p > d.unit.j and text[m.end:m.end + 2] != ", "):
        return None
    first, _ = view.original_span(toks[p][0], toks[p][1])
    if text[m.end:first] not in (" ", ", ") or headlines.at(m.start):
        return None
    end = name_end(toks, p, text, view, rules, places, taken, tags)
    if end == p:
        return None
    name_start, name_end_at = view.original_span(toks[p][0], toks[end - 1][1])
    name = text[name_start:name_end_at]
    surface = text[m.start:name_end_at]
    country = m.actor.country if m.actor is not None else None
    sector = m.actor.sector if m.actor is not None else None
    actor = Actor(name=surface, canonical=name, country=country, sector=sector, type="person",
                  entity="person:" + slug(name))
    return Draft(Mention(m.start, name_end_at, "ACTOR", surface, actor=actor),
                 Unit(d.unit.i, end))


def _defined_forms(drafts: list[Draft], plain: list[Item], toks: list[tuple[int, int, str]],
                   view: TextView, text: str) -> list[Draft]:
    """Short forms the text itself defines: "The Revolutionary Front of Gambia (RFG)" is an
    organisation (of the country named inside it, if any) whose short form, in the brackets
    and later, is the same actor; after "President Jon Tarvel", a bare "Tarvel" is him."""
    short: list[tuple[int, str, Actor]] = []  # (where defined, short form, actor)
    known = gazetteer().entities
    for d in drafts:
        a = d.mention.actor
        if a is not None and a.type == "person" and a.entity not in known and a.canonical:
            words = a.canonical.split()
            if len(words) > 1:
                short.append((d.mention.end, words[-1], a))
    found = definitions(text)
    if not found and not short:
        return drafts
    starts = [view.original_span(t[0], t[1])[0] for t in toks]
    out: list[Draft] = []
    k = 0
    for d in found:
        while k < len(drafts) and drafts[k].mention.start < d.start:
            out.append(drafts[k])
            k += 1
        j = k
        while j < len(drafts) and drafts[j].mention.start < d.end:
            j += 1
        inner = drafts[k:j]
        if any(x.mention.end > d.end for x in inner) or (out and out[-1].mention.end > d.start):
            continue  # a known name runs across the long form's edge
        whole = inner[0].mention.actor if len(inner) == 1 and inner[0].mention.start == d.start \
            and inner[0].mention.end == d.end else None
        if whole is not None:
            short.append((d.end, d.short, whole))  # a listed name: keep it as it is
            continue
        country = next((x.mention.actor.country for x in inner
                        if x.mention.actor is not None and x.mention.actor.country), None)
        surface = text[d.start:d.end]
        actor = Actor(name=surface, canonical=surface, country=country, type="organization",
                      entity="org:" + slug(surface))
        first = bisect_left(starts, d.start)
        out.append(Draft(Mention(d.start, d.end, "ACTOR", surface, actor=actor),
                         Unit(first, bisect_left(starts, d.end))))
        short.append((d.end, d.short, actor))
        k = j
    out.extend(drafts[k:])
    covered = bytearray(len(toks))  # tokens inside a mention (names take unknown words)
    for d in out:
        covered[d.unit.i:d.unit.j] = b"\x01" * (d.unit.j - d.unit.i)
    short.sort(key=lambda x: x[0])
    current: dict[str, Actor] = {}  # short form -> its latest definition so far
    at = 0
    later: list[Draft] = []
    for item in plain:
        if item.j - item.i != 1 or covered[item.i]:
            continue
        s, e = view.original_span(toks[item.i][0], toks[item.i][1])
        while at < len(short) and short[at][0] <= s:
            current[short[at][1]] = short[at][2]
            at += 1
        defined = current.get(text[s:e])
        if defined is not None:
            later.append(Draft(Mention(s, e, "ACTOR", text[s:e],
                                       actor=replace(defined, name=text[s:e])),
                               Unit(item.i, item.j, item)))
    if not later:
        return out
    return list(merge(out, later, key=lambda x: x.mention.start))


def _office_owner(d: Draft, toks: list[tuple[int, int, str]], text: str, lex: Lexicon,
                  rules: NameRules, starts_at: dict[int, Draft]) -> Draft | bool | None:
    """Whose office an office named alone is, from the words around it: False when they rule
    the office out ("former", a possessive, a complement that is no country or place), the
    country or place right after it ("the governor of Kursk region", "губернатор
    Курской области"), else None (the context decides)."""
    i, j = d.unit.i, d.unit.j
    if i > 0 and toks[i - 1][2] in lex.offices_not_after:
        return False
    if any(text[:d.mention.start].endswith(mark + " ") for mark in rules.possessives):
        return False
    p = j
    while p < len(toks) and p - j < 2 and toks[p][2] in _single(rules.of_country):
        p += 1
    nxt = starts_at.get(p)
    if nxt is not None and "\n" not in text[d.mention.end:nxt.mention.start] and (
            nxt.mention.label == "PLACE" or (nxt.mention.actor is not None
                                             and nxt.mention.actor.type == "country")):
        return nxt
    return False if p > j else None


def _owner_country(owner: Draft, sure: dict[str, int], g: Gazetteer) -> str | None:
    """The country of the country or place that owns an office (a city is picked as the
    resolution picks it; the owner itself is resolved again in its turn)."""
    m = owner.mention
    if m.actor is not None and m.actor.type == "country" and m.actor.country:
        return m.actor.country
    if m.place is not None and m.place.country:
        return m.place.country
    item = owner.unit.item
    if item is not None and item.cities:
        probe = Mention(m.start, m.end, "PLACE", m.text)
        _place_from_cities(probe, item.cities, sure, g)
        return probe.place.country if probe.place is not None else None
    return None


@lru_cache(maxsize=16)
def _single_words(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for phrase in words for w in phrase.split())


def _single(words: frozenset[str]) -> frozenset[str]:
    """The single words of the of_country phrases ("of the" -> of, the)."""
    return _single_words(words)


def _named_organisations(drafts: list[Draft], toks: list[tuple[int, int, str]],
                         view: TextView, text: str, tags: Tags, orgs: OrgRules,
                         rules: NameRules) -> list[Draft]:
    """Organisations named by a head noun ("the Revolutionary Front of Gambia"): one actor
    of the country named inside it (if any), with the head noun's sector. A name that cuts a
    listed actor in two, or holds a listed person or organisation, is left alone."""
    spans = [(d.mention.start, d.mention.end) for d in drafts]
    starts = [s for s, _ in spans]

    def inside(offset: int) -> int | None:
        k = bisect_left(starts, offset + 1) - 1
        return k if k >= 0 and spans[k][0] <= offset < spans[k][1] else None

    found = named_organisations(tags.sentences, orgs, lambda o: inside(o) is not None,
                                rules.not_names)
    if not found:
        return drafts
    headlines = Headlines(text)
    token_starts = [view.original_span(t[0], t[1])[0] for t in toks]
    out: list[Draft] = []
    latest: dict[str, Actor] = {}  # head noun -> the latest organisation named with it
    k = 0
    for org in found:
        while k < len(drafts) and drafts[k].mention.end <= org.start:
            out.append(drafts[k])
            k += 1
        if org.short:  # "the Front" after "the Revolutionary Front": the same organisation
            known = latest.get(org.head)
            if known is not None and (k >= len(drafts) or drafts[k].mention.start >= org.end):
                surface = text[org.start:org.end]
                unit = Unit(bisect_left(token_starts, org.start),
                            bisect_left(token_starts, org.end))
                out.append(Draft(Mention(org.start, org.end, "ACTOR", surface,
                                         actor=replace(known, name=surface)), unit))
            continue
        j = k
        while j < len(drafts) and drafts[j].mention.start < org.end:
            j += 1
        inner = drafts[k:j]
        if headlines.at(org.start) or any(
                d.mention.start < org.start or d.mention.end > org.end or (
                    d.mention.actor is not None and d.mention.actor.type != "country"
                    and d.composed is None)  # "Serbian Workers' Union": a composed group
                for d in inner):
            continue
        country = next((d.mention.actor.country for d in inner if d.mention.actor is not None
                        and d.mention.actor.country), None)
        sector = next((d.mention.actor.sector for d in inner if d.composed is not None
                       and d.mention.actor is not None and d.mention.actor.sector), org.sector)
        surface = text[org.start:org.end]  # the sector of a composed group inside wins:
        actor = Actor(name=surface, canonical=surface, country=country, sector=sector,
                      type="organization", entity="org:" + slug(surface))  # "Kenyan Army"
        unit = Unit(bisect_left(token_starts, org.start), bisect_left(token_starts, org.end))
        out.append(Draft(Mention(org.start, org.end, "ACTOR", surface, actor=actor), unit))
        latest[org.head] = actor
        k = j
    out.extend(drafts[k:])
    return out


def _place_from_cities(m: Mention, cities: tuple[str, ...], sure: dict[str, int],
                       g: Gazetteer) -> None:
    """Pick a city: its own name over an alias (unless the alias names a city five times
    bigger: "Odessa" is Odesa, not the Texan town), then a country of the document, then a
    capital, then the most populous."""
    k = key(m.text)
    own = max((g.population.get(p, 0) for p in cities if (k, p) in g.primary_keys), default=0)

    def named(p: str) -> bool:
        return (k, p) in g.primary_keys or g.population.get(p, 0) >= EXONYM_RATIO * max(own, 1)

    best = max(cities, key=lambda p: (
        named(p),
        sure.get(g.cities[p][1], 0) > 0 if p in g.cities else False,
        p in g.capitals,
        g.population.get(p, 0),
    ))
    place = g.place(best)
    if place is None:
        return
    m.place = replace(place, name=m.text)
    info = g.countries.get(place.country or "")
    seated = _seats().get(best)
    if seated in g.countries:  # "Abidjan said": the seat of government, not the capital
        m.label = "ACTOR"
        m.kind = "capital"
        m.actor = country_actor(m.text, seated, "GOV")
    elif seated is not None:  # "Brussels said": the European Union, not Belgium
        m.label = "ACTOR"
        m.kind = "capital"
        m.actor = entity_actor(m.text, seated)
    elif best in g.capitals and info is not None and info.capital_metonym:
        m.label = "ACTOR"
        m.kind = "capital"
        m.actor = country_actor(m.text, info.code, "GOV")


@lru_cache(maxsize=1)
def _state_forms() -> dict[str, tuple[str, ...]]:
    """Country -> its forms of state ("kingdom", "islamic_republic"): ``state_forms.tsv``."""
    found: dict[str, tuple[str, ...]] = {}
    for row in lang.shared_table("state_forms"):
        found[row["country"]] = found.get(row["country"], ()) + (row["form"],)
    return found


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """City id -> the organisation, or the country whose government sits there, that its
    name stands for as an actor (``_shared/seats.tsv``)."""
    g = gazetteer()
    found: dict[str, str] = {}
    for row in lang.shared_table("seats"):
        pid = resolve_city(row["place"], g)
        if pid is not None and (row["entity"] in g.entities or row["entity"] in g.countries):
            found[pid] = row["entity"]
    return found


def _region(m: Mention, unit: Unit, sure: dict[str, int], g: Gazetteer) -> None:
    for slot, item in unit.bindings:
        if slot == "{city}":
            probe = Mention(m.start, m.end, "PLACE", item.token)
            cities = item.cities or tuple(
                c.ref for c in item.cands if c.ref.startswith("geonames:"))
            if not cities:
                return
            _place_from_cities(probe, cities, sure, g)
            if probe.place is not None:
                region = f"{probe.place.canonical} region"
                m.place = replace(probe.place, name=m.text, canonical=region, admin1=region)
            m.label = "PLACE"
            m.actor = None
            m.kind = "name"
            return


class _People:
    """The latest mention of each named person, by country, latest last.

    A description ("the Ukrainian leader") looks here instead of scanning every earlier
    mention backwards, which cost a long document its length squared; what it finds is the
    same, since whether a person fits depends on the person (``entity``) alone.
    """

    def __init__(self) -> None:
        self.latest: dict[str, dict[str, int]] = {}  # country -> entity -> mention index

    def add(self, m: Mention, index: int) -> None:
        a = m.actor
        if a is None or a.type != "person" or not a.country or not a.entity:
            return
        by_entity = self.latest.setdefault(a.country, {})
        by_entity.pop(a.entity, None)  # re-inserted last: dict order is recency order
        by_entity[a.entity] = index

    def latest_first(self, country: str) -> list[tuple[str, int]]:
        return list(reversed(self.latest.get(country, {}).items()))


APPOSITION_GAP = 12  # characters from a name to a description set off after it: ", the "
# roles (descriptions.yaml people) whose description right after a name is that person's,
# though the gazetteer lists few of their holders; never a leader's ("X, the Russian
# president's spokesman" is no president)
APPOSED_ROLES = frozenset({"envoy", "negotiator", "ambassador"})


def _apposed(named: Mention, m: Mention) -> bool:
    """ "Rustem Umerov, the Ukrainian envoy": a description right after a name of its
    country describes that person, whatever role the gazetteer lists for them."""
    return 0 < m.start - named.end <= APPOSITION_GAP


def _person(m: Mention, role: str, prior: list[Mention], people: _People,
            date: str | None) -> None:
    """A description of a person: latest fitting person of that country, else role holder."""
    country = m.actor.country if m.actor else None
    if country is None:
        return
    for entity, index in people.latest_first(country):
        if role == "any" or holds(entity, role, date) or (
                role in APPOSED_ROLES and _apposed(prior[index], m)):
            m.actor = replace(prior[index].actor, name=m.text)  # type: ignore[arg-type]
            m.resolved_from = index
            return
    entity = holder(country, "leader" if role == "any" else role, date)
    if entity is not None:
        m.actor = entity_actor(m.text, entity)


def _venues(prior: list[Mention], text: str, venue: re.Pattern[str] | None) -> set[int]:
    """Which earlier mentions are a capital named as where something took place ("the
    delegations met in Riyadh"): the words before it are a venue word of the language."""
    return {n for n, p in enumerate(prior) if p.place is not None
            and venue_before(fold(text[max(0, p.start - 12):p.start]), venue)}


def _group(m: Mention, mode: str, prior: list[Mention], venues: set[int]) -> None:
    """"The two leaders" / "les deux parties": the two latest distinct-country actors, not a
    capital named as a venue (``venues``: indexes into ``prior``)."""
    def collect(persons_only: bool) -> list[Actor]:
        found: list[Actor] = []
        seen: set[str] = set()
        for n in range(len(prior) - 1, -1, -1):
            p = prior[n]
            a = p.actor
            if a is None or p.kind == "group" or not a.country or a.country in seen \
                    or n in venues:
                continue
            if persons_only and a.type != "person":
                continue
            if not persons_only and a.country in ORG_CODES:
                continue
            seen.add(a.country)
            found.append(a if persons_only else country_actor(a.country, a.country, "GOV"))
            if len(found) == 2:
                break
        return list(reversed(found))

    members = collect(True) if mode == "persons" else []
    if len(members) < 2:
        members = collect(False)
    if len(members) == 2:
        m.members = [replace(a, name=a.canonical or a.name) for a in members]
        m.actor = Actor(name=m.text, canonical=" and ".join(a.canonical or "" for a in members),
                        type="group")
