"""Officials named by their office alone: "the governor said", "сообщил губернатор", "le
ministre de la Défense a déclaré".

Such a mention is an actor only when the text says whose office it is, read in document
order from what came before it (precision first):

1. the latest person of that office (a description such as "the Gambian foreign minister",
   a listed person who held the office on the document's date, or an earlier official
   resolved so), unless people of that office from two countries were named: ambiguous;
2. else the latest institution the office belongs to ("Gambia's foreign ministry" for the
   foreign minister; any place with a country for a governor or a mayor), whichever of 1
   and 2 came last;
3. else the country of the dateline before it ("BANJUL, May 4 (Wire) -");
4. else nobody.

A person the text names with such an office and a name no list knows ("Foreign Minister
Ana Ruiz", "il ministro degli Esteri Karim Belhadj") is someone else than the office holders
met before: their country is the one that every sign agrees on, the dateline, the latest
institution of the office, the countries of its earlier holders and a country named a few
words before the title; none, or two: no country.

The offices, their institutions and the words that rule a title out ("former", a complement
"of ...") are data: ``_shared/institutions.yaml`` (official_roles) and
``lang/<code>/descriptions.yaml`` (officials, officials_not_after). Every step is a dict
lookup: nothing scans the earlier mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from eventwire import lang
from eventwire.actors.gazetteer import gazetteer
from eventwire.model import Actor, Mention, Sentence

__all__ = ["Officials", "official_institutions", "roles_held"]


@lru_cache(maxsize=1)
def official_institutions() -> dict[str, str]:
    """Office -> the institution kind it belongs to ("place": any place with a country)."""
    return dict(lang.shared_section("institutions").get("official_roles") or {})


@lru_cache(maxsize=1)
def _roles_by_entity() -> dict[str, tuple[tuple[str, str, str], ...]]:
    found: dict[str, tuple[tuple[str, str, str], ...]] = {}
    for r in gazetteer().roles:
        found[r.entity] = found.get(r.entity, ()) + ((r.role, r.start, r.end),)
    return found


def roles_held(entity: str | None, date: str | None) -> tuple[str, ...]:
    """The offices a listed person held on a date (None: today)."""
    if not entity:
        return ()
    day = (date or "9999-12-31")[:10]
    return tuple(role for role, start, end in _roles_by_entity().get(entity, ())
                 if start <= day and (not end or day < end))


@dataclass
class Officials:
    """What officials may resolve to, kept up to date mention by mention."""

    sentences: Sequence[Sentence] = ()
    date: str | None = None
    holders: dict[str, tuple[int, frozenset[str]]] = field(default_factory=dict)
    institutions: dict[str, int] = field(default_factory=dict)  # kind -> latest mention
    dateline: str | None = None  # country of the latest dateline read so far
    dateline_region: int = -1  # the dateline region that set it
    dateline_split: int = -1  # a dateline region whose places are of two countries

    def __post_init__(self) -> None:
        # Datelines: the text before the parse of a sentence ("BANJUL, May 4 (Wire) -").
        self.regions = [(s.start, s.parse_start) for s in self.sentences
                        if s.parse is not None and s.parse_start > s.start]
        self.region = 0

    def add(self, m: Mention, index: int, role: str | None = None,
            composed: str | None = None) -> None:
        """Record a mention (``role``: the office its description gave)."""
        a = m.actor
        country = a.country if a is not None else None
        if m.place is not None and m.place.country:
            self.institutions["place"] = index
            country = country or m.place.country
        if composed and country:
            self.institutions[composed] = index
        while self.region < len(self.regions) and self.regions[self.region][1] <= m.start:
            self.region += 1
        if country and self.region < len(self.regions) and \
                self.regions[self.region][0] <= m.start < self.regions[self.region][1]:
            # "Belgrad/Pristina (dpa) -": a dateline of two countries' places names none
            two = self.dateline_region == self.region and self.dateline not in (None, country)
            self.dateline = None if two or self.dateline_split == self.region else country
            self.dateline_split = self.region if two else self.dateline_split
            self.dateline_region = self.region
        if a is None or a.type != "person" or not country:
            return
        for office in {role, *roles_held(a.entity, self.date)} - {None}:
            _, seen = self.holders.get(office, (index, frozenset()))  # type: ignore[arg-type]
            self.holders[office] = (index, seen | {country})  # type: ignore[index]

    def resolve(self, m: Mention, role: str, prior: list[Mention],
                near: str | None = None) -> bool:
        """Give an official its actor; False when the text does not say whose office it is,
        or when what it says disagrees with ``near``, a country named a few words before the
        office ("Eritrea's information minister" in a text filed in Addis Ababa)."""
        held = self.holders.get(role)
        if held is not None and len(held[1]) > 1:
            return False  # two countries' foreign ministers so far: which one?
        person = held[0] if held is not None else -1
        place = self.institutions.get(official_institutions().get(role, ""), -1)
        if person > place:
            if near and prior[person].actor is not None and \
                    prior[person].actor.country != near:
                return False
            m.actor = replace(prior[person].actor, name=m.text)  # type: ignore[arg-type]
            m.resolved_from = person
            return True
        if place >= 0:
            source = prior[place]
            country = source.actor.country if source.actor is not None else None
            country = country or (source.place.country if source.place is not None else None)
            m.resolved_from = place
        else:
            country = self.dateline
        if not country or near and country != near:
            return False
        kind = "organization" if role in _official_bodies() else "person"
        m.actor = Actor(name=m.text, country=country, sector="GOV", type=kind)
        return True


    def country_of_named(self, role: str, prior: list[Mention],
                         near: str | None = None, before: str | None = None) -> str | None:
        """The country of a newly named holder of ``role`` (see the module's docstring);
        ``near``: the country of a mention a few words before the title ("Eritrean
        Information Minister X") is one more sign; ``before``: the one country the sentence
        before names, in the same paragraph, is one too and outweighs the dateline
        ("Serbien wies ... zurück. ..., erklärte Innenminister X" filed in Zagreb)."""
        signs = set(self.holders[role][1]) if role in self.holders else set()
        signs.add(near)
        place = self.institutions.get(official_institutions().get(role, ""), -1)
        if place >= 0:
            source = prior[place]
            country = source.actor.country if source.actor is not None else None
            signs.add(country or (source.place.country if source.place is not None else None))
        signs.add(before or self.dateline)
        signs.discard(None)
        return signs.pop() if len(signs) == 1 else None


@lru_cache(maxsize=1)
def _official_bodies() -> frozenset[str]:
    """Offices that are bodies, not people (``official_bodies``)."""
    return frozenset(lang.shared_section("institutions").get("official_bodies") or [])
