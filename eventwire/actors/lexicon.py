"""Per-language lexicons: surface forms to candidates, and composition templates.

Two levels, both plain dicts keyed by folded tokens (see :mod:`eventwire.text.tokens`):

1. ``phrases``: a surface form ("ministère", no; "Poutine", "russes", "Reuters", "mer Noire")
   -> the candidates it may stand for; cities come from the gazetteer's own key index.
2. ``templates``: sequences of literal tokens and slots ({adj}, {country}, {city}) over the
   level-1 matches -> what the whole sequence means ("ministère {adj} de la défense" ->
   defence ministry of that country; "région de {city}" -> a region; "les deux
   dirigeants" -> a group).

Everything is read from ``eventwire/lang/<code>/`` and ``_shared/``; nothing here names a
language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventwire import lang
from eventwire.actors.gazetteer import Gazetteer, gazetteer
from eventwire.facts.lexicon import fact_words
from eventwire.text.tokens import key

SLOTS = ("{adj}", "{country}", "{city}")


@dataclass(frozen=True)
class Candidate:
    """What a level-1 surface form may stand for."""

    label: str  # ACTOR | PLACE | SOURCE | TITLE
    kind: str  # name | demonym | capital | title
    ref: str  # "country:RUS", "person:...", "org:...", "source:...", "place:...", "geonames:N"
    slots: frozenset[str] = frozenset()  # which template slots it can fill
    cased: bool = False  # the text must show a capital letter (proper names)
    exact: str | None = None  # short acronyms: the text must be written exactly so
    before: frozenset[str] | None = None  # the previous token must be one of these
    rank: int = 0  # among candidates of one span, the highest rank wins
    combining: bool = False  # "russo" of "russo-ukrainien": only before a hyphen and a demonym


@dataclass(frozen=True)
class Template:
    """What a level-2 sequence means."""

    family: str  # composed | pair | person | group | title | region | form | official
    value: str  # institution kind, role, group mode...


@dataclass
class Node:
    children: dict[str, Node] = field(default_factory=dict)
    templates: list[Template] = field(default_factory=list)


@dataclass
class Lexicon:
    phrases: dict[str, list[Candidate]]
    index: dict[str, int]  # key -> 1 if a phrase or city key, | 2 if the prefix of a longer one
    stop: frozenset[str]  # city keys never taken as places in this language
    templates: Node
    adjectives: dict[str, str]  # country -> canonical-language adjective
    kinds: dict[str, dict[str, Any]]
    size: dict[str, int]
    offices: dict[str, str] = field(default_factory=dict)  # folded office -> role
    offices_not_after: frozenset[str] = frozenset()  # "former": no office holder named
    city_adjectives: CityAdjectives | None = None  # "Брянская область": Bryansk's region
    # "pro-Iranian", "Russian-backed": a side's name joined by a hyphen to these words names
    # whom a group sides with, not the group (descriptions.yaml, ``affiliations``)
    affiliated_after: frozenset[str] = frozenset()  # "pro", "anti" before the hyphen
    affiliated_before: frozenset[str] = frozenset()  # "backed", "aligned" after it
    # the words before a capital that make it where something took place ("met in Riyadh"),
    # no side "both sides" can refer back to: the venue words of the language's facts.yaml
    venue: re.Pattern[str] | None = None
    # words after a bare institution that say which one it is ("Ministerium für Schifffahrt",
    # "ministero dell'Interno di ..."): then it refers back to none named before
    complements: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CityAdjectives:
    """A region named by an adjective of its city ("Брянская область", "Херсонській
    області"): the city's name is the adjective's stem less an adjective suffix, plus an
    ending ("брянск|ой" -> Брянск, "херсон|ськ|ій" -> Херсон, "оде|ськ|а" -> Одеса).

    Per-language data (``places.yaml``, ``city_adjectives``): ``inflections`` (case endings,
    longest first), ``suffixes`` (what makes a city an adjective), ``endings`` (what a city's
    name ends in instead) and ``before`` (the region nouns it must stand before)."""

    inflections: tuple[str, ...]
    suffixes: tuple[str, ...]
    endings: tuple[str, ...]
    before: frozenset[str]

    def city_keys(self, word: str) -> list[str]:
        """Folded city names the adjective may come from, longest stem first."""
        found: list[str] = []
        for inflection in self.inflections:
            if not word.endswith(inflection) or len(word) - len(inflection) < 3:
                continue
            stem = word[: len(word) - len(inflection)]
            stems = [stem] + [stem[: -len(s)] for s in self.suffixes if stem.endswith(s)]
            found.extend(k + e for k in stems for e in self.endings if len(k) >= 3)
            break
        return found


def _cased(surface: str) -> tuple[bool, str | None]:
    """Proper names need a capital in the text; short acronyms (UN, WHO, EI) exact case."""
    letters = [c for c in surface if c.isalpha()]
    if letters and len(letters) <= 4 and all(c.isupper() for c in letters):
        return True, surface
    return any(c.isupper() for c in surface), None


def _inflect(form: str, rules: list[list[Any]]) -> list[str]:
    for suffix, endings in rules:
        if form.endswith(suffix):
            stem = form[: len(form) - len(suffix)] if suffix else form
            return [form] + [stem + ending for ending in endings]
    return [form]


def resolve_city(ref: str, g: Gazetteer) -> str | None:
    """``city:Name@ISO3`` -> the most populous GeoNames city of that name (in that country)."""
    name, _, country = ref[5:].partition("@")
    pids = [p for p in g.city_keys.get(key(name), ()) if (key(name), p) in g.primary_keys]
    pids = pids or list(g.city_keys.get(key(name), ()))
    same = [p for p in pids if g.cities[p][1] == country] or pids
    return max(same, key=lambda p: g.population.get(p, 0)) if same else None


@lru_cache(maxsize=16)
def lexicon(code: str) -> Lexicon:
    """Build (once per process) the lexicon of one language."""
    g = gazetteer()
    phrases: dict[str, list[Candidate]] = {}

    def add(surface: str, cand: Candidate) -> None:
        k = key(surface)
        if not k:
            return
        bucket = phrases.setdefault(k, [])
        if cand not in bucket:
            bucket.append(cand)

    def proper(surface: str, **fields: Any) -> Candidate:
        cased, exact = _cased(surface)
        return Candidate(cased=cased, exact=exact, **fields)

    # Countries: curated names, then generated ones (CLDR, pycountry): a surface of two
    # countries is tried in the curated order first ("Congo": the DRC before the Republic),
    # the document's context deciding when it names one of them without doubt.
    for name in ("countries.curated", "countries.generated"):
        for row in lang.table(code, name):
            if row["country"] in g.countries:
                add(row["surface"], proper(row["surface"], label="ACTOR", kind="name",
                                           ref="country:" + row["country"],
                                           slots=frozenset({"{country}"}), rank=3))
    # Demonyms in all their forms.
    rules = lang.section(code, "demonyms").get("inflect", [])
    for row in lang.table(code, "demonyms"):
        for base in row["forms"].split("|"):
            for form in _inflect(base, rules):
                acronym = _cased(form)[1]  # "US" forces, never the pronoun "us"
                add(form, Candidate(label="ACTOR", kind="demonym", ref="country:" + row["country"],
                                    slots=frozenset({"{adj}"}), rank=2,
                                    cased=acronym is not None, exact=acronym))
    for country, forms in (lang.section(code, "demonyms").get("combining") or {}).items():
        for form in forms:
            add(form, Candidate(label="ACTOR", kind="demonym", ref="country:" + country,
                                slots=frozenset({"{adj}"}), rank=2, combining=True))
    # People, organisations, sources: shared aliases, then this language's forms.
    for table in ("people", "organizations"):
        for row in lang.shared_table(table):
            for alias in row["aliases"].split("|") if row["aliases"] else ():
                add(alias, proper(alias, label="ACTOR", kind="name", ref=row["entity"], rank=5))
    for row in lang.table(code, "actors"):
        add(row["surface"], proper(row["surface"], label="ACTOR", kind="name", ref=row["entity"],
                                   rank=5))
    for row in lang.shared_table("sources"):
        for alias in row["aliases"].split("|") if row["aliases"] else ():
            add(alias, proper(alias, label="SOURCE", kind="name", ref=row["entity"], rank=4))
    for row in lang.table(code, "sources"):
        before = frozenset(key(w) for w in row["before"].split("|")) if row.get("before") else None
        cased, exact = _cased(row["surface"])
        add(row["surface"], Candidate(label="SOURCE", kind="name", ref=row["entity"], cased=cased,
                                      exact=exact, before=before, rank=4))
    # Curated places (regions, seas) and curated city forms (Moscou -> Moscow).
    for row in lang.table(code, "places.curated"):
        ref = row["place"]
        if ref.startswith("city:"):
            ref = resolve_city(ref, g) or ""
        if ref:
            add(row["surface"], proper(row["surface"], label="PLACE", kind="name", ref=ref,
                                       slots=frozenset({"{city}"}), rank=1))

    # Level 2: composition templates.
    root = Node()
    desc = lang.section(code, "descriptions")
    of_country = desc.get("of_country", [])

    def expand(pattern: str) -> list[str]:
        if "{of_country}" not in pattern:
            return [pattern]
        return [pattern.replace("{of_country}", f"{p} {{country}}") for p in of_country]

    def add_template(pattern: str, template: Template) -> None:
        for variant in expand(pattern):
            node = root
            for part in _template_tokens(variant):
                node = node.children.setdefault(part, Node())
            if template not in node.templates:
                node.templates.append(template)

    for kind, patterns in (desc.get("composed") or {}).items():
        for pattern in patterns:
            add_template(pattern, Template("composed", kind))
    for kind, patterns in (desc.get("pairs") or {}).items():
        for pattern in patterns:
            add_template(pattern, Template("pair", kind))
    for role, patterns in (desc.get("people") or {}).items():
        for pattern in patterns:
            add_template(pattern, Template("person", role))
    for mode, patterns in (desc.get("groups") or {}).items():
        for pattern in patterns:
            add_template(pattern, Template("group", mode))
    for form, patterns in (desc.get("state_forms") or {}).items():
        for pattern in patterns:
            add_template(pattern, Template("form", form))
    for title in desc.get("titles") or []:
        add_template(title, Template("title", ""))
    offices: dict[str, str] = {}
    for role, patterns in (desc.get("officials") or {}).items():
        for pattern in patterns:
            add_template(pattern, Template("official", role))  # after titles: a title first
            offices[key(pattern)] = role
    place_data = lang.section(code, "places")
    for pattern in place_data.get("regions") or []:
        add_template(pattern, Template("region", ""))
    adjectival = place_data.get("city_adjectives") or {}
    city_adjectives = CityAdjectives(
        tuple(sorted(adjectival.get("inflections") or [], key=len, reverse=True)),
        tuple(adjectival.get("suffixes") or []),
        ("", *(adjectival.get("endings") or [])),
        frozenset(key(w) for w in adjectival.get("before") or []),
    ) if adjectival else None

    affiliations = desc.get("affiliations") or {}
    stop = {k["key"] for k in lang.table(code, "places.stop.generated")}
    stop.update(key(w) for w in place_data.get("stop") or [])
    stop -= {row["form"] for row in lang.table(code, "places.declined.generated")}

    index = dict(_city_index())
    for k in phrases:
        index[k] = index.get(k, 0) | 1
    for k in _prefixes(phrases):
        index[k] = index.get(k, 0) | 2
    shared = lang.shared_section("institutions")
    canonical_language = shared.get("canonical_language", code)
    adjectives = {
        row["country"]: row["forms"].split("|")[0]
        for row in lang.table(canonical_language, "demonyms")
    }
    size = {
        "surface_forms": len(phrases),
        "city_keys": len(g.city_keys),
        "templates": _count(root),
    }
    return Lexicon(phrases, index, frozenset(stop), root, adjectives,
                   shared.get("kinds", {}), size, offices,
                   frozenset(key(w) for w in desc.get("officials_not_after") or []),
                   city_adjectives,
                   frozenset(key(w) for w in affiliations.get("prefixes") or []),
                   frozenset(key(w) for w in affiliations.get("suffixes") or []),
                   facts.venue if (facts := fact_words(code)) else None,
                   frozenset(key(w) for p in [*desc.get("of_country", []),
                                               *(desc.get("complements") or [])]
                             for w in key(p).split()))


def _template_tokens(pattern: str) -> list[str]:
    """Tokens of a template, keeping slots whole: "{country}'s army" -> {country} ' s army."""
    parts: list[str] = []
    rest = pattern
    while rest:
        positions = [(rest.find(s), s) for s in SLOTS if s in rest]
        if not positions:
            parts.extend(key(rest).split())
            break
        at, slot = min(positions)
        parts.extend(key(rest[:at]).split())
        parts.append(slot)
        rest = rest[at + len(slot):]
    return parts


def _prefixes(keys: Any) -> set[str]:
    found: set[str] = set()
    for k in keys:
        at = k.find(" ")
        while at != -1:
            found.add(k[:at])
            at = k.find(" ", at + 1)
    return found


@lru_cache(maxsize=1)
def _city_index() -> dict[str, int]:
    """Flags of city keys and their prefixes, shared by every language's index."""
    index = dict.fromkeys(gazetteer().city_keys, 1)
    for k in _prefixes(index):
        index[k] = index.get(k, 0) | 2
    return index


def _count(node: Node) -> int:
    return len(node.templates) + sum(_count(child) for child in node.children.values())
