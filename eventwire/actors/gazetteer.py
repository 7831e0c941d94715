"""Language-neutral knowledge: countries, people and roles, organisations, sources, places.

Everything here is read once per process from ``eventwire/lang/_shared/`` (the files are
data: curated ``*.tsv`` beside ``*.generated.tsv`` written by ``scripts/generate_gazetteer.py``)
and kept in plain dicts and tuples, so recognising a document only probes dicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire import lang
from eventwire.model import Actor, Place

# Cities big enough that their names are declined from data (``places.yaml`` ``declension``).
DECLINED_POPULATION = 100_000
# Codes that stand for organisations rather than ISO countries in Actor.country.
ORG_CODES = frozenset({"UN", "EU", "NATO", "OSCE", "IAEA", "ICRC", "IGO"})


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-3 (XKX for Kosovo)
    canonical: str
    un_member: str
    capital_id: int | None
    capital_metonym: bool


@dataclass(frozen=True)
class Entity:
    """A person, organisation or news source, with what an Actor record needs."""

    id: str
    canonical: str
    country: str | None
    sector: str | None
    type: str  # person | organization | country | group | source


@dataclass(frozen=True)
class Role:
    entity: str
    country: str
    role: str
    start: str
    end: str  # "" when still held
    leader: bool


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, Country]
    entities: dict[str, Entity]
    roles: tuple[Role, ...]
    places: dict[str, Place]  # curated places by id ("place:...")
    population: dict[str, int]
    capitals: frozenset[str]  # place ids of capital cities
    city_keys: dict[str, tuple[str, ...]]  # folded key -> city place ids
    primary_keys: frozenset[tuple[str, str]]  # (key, place id) when key is the city's own name
    cities: dict[str, tuple[str, ...]]  # place id -> (name, country, lat, lon, geonameid)

    def place(self, pid: str) -> Place | None:
        """The Place of an id (cities are built on demand: there are ~70,000)."""
        if pid in self.places:
            return self.places[pid]
        row = self.cities.get(pid)
        if row is None:
            return None
        name, country, lat, lon, gid = row
        return Place(name=name, canonical=name, country=country, lat=float(lat), lon=float(lon),
                     geonames_id=int(gid))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load the shared tables once per process."""
    generated = {row["country"]: row for row in lang.shared_table("countries.generated")}
    countries: dict[str, Country] = {}
    for row in lang.shared_table("countries.curated"):
        code = row["country"]
        capital = (generated.get(code) or {}).get("capital_geonameid") or ""
        countries[code] = Country(
            code=code,
            canonical=row["canonical"],
            un_member=row["un_member"],
            capital_id=int(capital) if capital else None,
            capital_metonym=row["capital_metonym"] == "yes",
        )
    entities: dict[str, Entity] = {}
    for row in lang.shared_table("people"):
        entities[row["entity"]] = Entity(
            row["entity"], row["canonical"], row["country"] or None, row["sector"] or None, "person"
        )
    for row in lang.shared_table("organizations"):
        entities[row["entity"]] = Entity(
            row["entity"], row["canonical"], row["country"] or None, row["sector"] or None,
            row["type"] or "organization",
        )
    for row in lang.shared_table("sources"):
        entities[row["entity"]] = Entity(
            row["entity"], row["canonical"], row["country"] or None, "MED", "source"
        )
    roles = tuple(
        Role(r["entity"], r["country"], r["role"], r["start"], r["end"] or "", r["leader"] == "yes")
        for r in lang.shared_table("roles")
    )
    places: dict[str, Place] = {}
    population: dict[str, int] = {}
    for row in lang.shared_table("places.curated"):
        places[row["id"]] = Place(
            name=row["canonical"], canonical=row["canonical"], country=row["country"] or None,
            admin1=row["admin1"] or None, lat=float(row["lat"]), lon=float(row["lon"]),
        )
    city_keys: dict[str, tuple[str, ...]] = {}
    primary: set[tuple[str, str]] = set()
    capitals: set[str] = set()
    cities: dict[str, tuple[str, ...]] = {}
    # Plain splitting (not csv) and lazy Place objects: this file has ~70,000 rows.
    path = lang.folder("_shared") / "places.generated.tsv"
    with path.open(encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    for line in lines[2:]:
        if not line:
            continue
        gid, name, country, admin1, lat, lon, pop, capital, keys = line.split("\t")
        pid = "geonames:" + gid
        cities[pid] = (name, country, lat, lon, gid)
        population[pid] = int(pop)
        if capital:
            capitals.add(pid)
        names = keys.split("|")
        primary.add((names[0], pid))
        for k in names:
            city_keys[k] = city_keys.get(k, ()) + (pid,)
    _add_declined(city_keys, population)
    return Gazetteer(
        countries=countries,
        entities=entities,
        roles=roles,
        places=places,
        population=population,
        capitals=frozenset(capitals),
        city_keys=city_keys,
        cities=cities,
        primary_keys=frozenset(primary),
    )


def _add_declined(city_keys: dict[str, tuple[str, ...]], population: dict[str, int]) -> None:
    """Add the oblique-case forms of big cities' names where a language declines them
    ("в Вене", "по Сумам", "до Кишинева"), from each language's ``places.yaml``: ending of
    the name -> endings of its cases, and stem alternations. A form that already names a
    place or is a common word of the language is not added, unless the language's
    ``places.declined.generated.tsv`` holds it (simplemma gives the city as its lemma:
    "берні" is Bern's, not Burnie's)."""
    found: dict[str, set[str]] = {}
    for code in lang.having("places"):
        data = lang.section(code, "places")
        declension: dict[str, list[str]] = data.get("declension") or {}
        if not declension:
            continue
        alternations: dict[str, list[str]] = data.get("alternations") or {}
        stop = {row["key"] for row in lang.table(code, "places.stop.generated")}
        stop |= {str(w).casefold() for w in data.get("stop") or []}
        endings = sorted(declension, key=lambda e: -len(e))
        letters = declined_letters(declension)
        trusted = {row["form"] for row in lang.table(code, "places.declined.generated")}
        for name, pids in city_keys.items():
            big = [p for p in pids if population.get(p, 0) >= DECLINED_POPULATION]
            if not big or " " in name or not name.isalpha() or not letters & set(name):
                continue  # a name of another script or alphabet
            for form in _forms(name, endings, declension, alternations):
                if form != name and (form in trusted
                                     or (form not in city_keys and form not in stop)):
                    found.setdefault(form, set()).update(big)
    for form in sorted(found):  # a trusted form keeps the smaller places it names too
        city_keys[form] = tuple(sorted(set(city_keys.get(form, ())) | found[form]))


def declined_letters(declension: dict[str, list[str]]) -> set[str]:
    """The letters of a language's name and case endings: a name holding none of them is of
    another alphabet, not declined ("Берн" holds "е", as "Берні" does; "Bern" none)."""
    return {c for ending, cases in declension.items() for word in (ending, *cases)
            for c in word}


def _forms(name: str, endings: list[str], declension: dict[str, list[str]],
           alternations: dict[str, list[str]]) -> list[str]:
    """The case forms of a name by the first ending of ``declension`` it ends with ("" for
    a name ending in a consonant), with its stem's alternations ("Харків": "Харкова")."""
    vowels = {e[-1] for e in endings if e}
    for ending in endings:
        if ending and not name.endswith(ending):
            continue
        if not ending and name[-1] in vowels:
            return []
        stem = name[:len(name) - len(ending)]
        stems = [stem] + [stem[:-len(a)] + b for a, bs in alternations.items()
                          if stem.endswith(a) for b in bs]
        return [s + e for s in stems for e in declension[ending] if len(s) >= 2]
    return []


def country_actor(name: str, code: str, sector: str | None = None) -> Actor:
    """The Actor of a country (or of an organisation code such as EU)."""
    g = gazetteer()
    info = g.countries.get(code)
    canonical = info.canonical if info else code
    return Actor(name=name, canonical=canonical, country=code, sector=sector, type="country",
                 entity=f"country:{code}")


def entity_actor(name: str, entity_id: str) -> Actor:
    e = gazetteer().entities[entity_id]
    kind = e.type if e.type in ("person", "organization", "country", "group") else "organization"
    return Actor(name=name, canonical=e.canonical, country=e.country, sector=e.sector,
                 type=kind, entity=e.id)  # type: ignore[arg-type]


def holder(country: str, role: str, date: str | None) -> str | None:
    """Entity id of who held ``role`` (or the leader role when role is "leader") of a
    country on ``date`` (ISO; None means "now": the role with no end date)."""
    day = (date or "9999-12-31")[:10]
    best: Role | None = None
    holding: set[str] = set()
    for r in gazetteer().roles:
        if r.country != country:
            continue
        if role == "leader":
            if not r.leader:
                continue
        elif r.role != role:
            continue
        if r.start <= day and (not r.end or day < r.end):
            holding.add(r.entity)
            if best is None or r.start > best.start:
                best = r
    if role != "leader" and len(holding) > 1:
        return None  # two envoys in office: "the US envoy" names neither for sure
    return best.entity if best else None


def holds(entity_id: str, role: str, date: str | None) -> bool:
    """Whether a person held a role on a date ("leader": any role marked leader)."""
    day = (date or "9999-12-31")[:10]
    for r in gazetteer().roles:
        if r.entity != entity_id:
            continue
        if (r.leader if role == "leader" else r.role == role) and r.start <= day and (
            not r.end or day < r.end
        ):
            return True
    return False
