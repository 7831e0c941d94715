"""CAMEO-coded events, tab-separated in GDELT 2.0's event table column order, no header.

Made for users of GDELT tooling: the 61 columns of GDELT's event table, in its order, one row
per *asserted* event (GDELT counts things that happened; negated, future, hypothetical and
uncertain events are left out). ``SQLDATE`` is the event's own date, else the date its story
gives it, else its document's date (GDELT's 61 columns have no room to say which: the CSV
and Parquet tables' ``dated_by`` does). The PLOVER -> CAMEO mapping is the data file
``plover_cameo.tsv`` beside this module; docs/exports.md explains the choices.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import IO, Any

from eventwire.model import Actor, Place
from eventwire.reconcile.story_dates import event_date, story_dates
from eventwire.records import DocumentRecord, EventRecord

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

# organisation codes of the contract -> CAMEO known-group codes where CAMEO has one
KNOWN_GROUPS = {"UN": "UNO", "NATO": "NAT", "EU": "EEC"}
ROOT_EVENT_CHARS = 400  # evidence starting this early counts as the lead ("IsRootEvent")


@cache
def mapping() -> dict[tuple[str, str], dict[str, str]]:
    """(PLOVER type, mode or "*") -> row of plover_cameo.tsv."""
    text = resources.files("eventwire.export").joinpath("plover_cameo.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    return {(row["plover_type"], row["mode"]): row for row in reader}


def cameo_code(plover_type: str, mode: str | None) -> dict[str, str]:
    """The CAMEO row for a PLOVER type and mode (the type's fallback when the mode is unknown)."""
    table = mapping()
    return table.get((plover_type, (mode or "").lower())) or table[(plover_type, "*")]


def event_number(record_id: str) -> int:
    """GDELT wants an integer id: the first 48 bits of the SHA-1 of eventwire's id."""
    return int(hashlib.sha1(record_id.encode("utf-8")).hexdigest()[:12], 16)


def _date_parts(date: str | None) -> tuple[str, str, str, str]:
    if not date or len(date) < 4:
        return "", "", "", ""
    year = date[:4]
    month = date[5:7] if len(date) >= 7 else "01"
    day = date[8:10] if len(date) >= 10 else "01"
    fraction = f"{int(year) + (int(month) * 30 + int(day)) / 365:.4f}"
    return f"{year}{month}{day}", f"{year}{month}", year, fraction


def _actor(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * 10
    country = actor.country or ""
    sector = actor.sector or ""
    group = KNOWN_GROUPS.get(country, country if len(country) != 3 else "")
    cameo_country = country if len(country) == 3 else ""
    name = (actor.canonical or actor.name or "").upper()
    return [f"{group or cameo_country}{sector}", name, cameo_country, group, "", "", "",
            sector, "", ""]


def _geo(place: Place | None) -> list[str]:
    if place is None:
        return [""] * 8
    country = place.country or ""
    name = place.canonical or place.name or ""
    has_point = place.lat is not None and place.lon is not None
    geo_type = "4" if has_point and name else "1"
    return [geo_type, ", ".join(x for x in (name, place.admin1, country) if x), country,
            place.admin1 or "", "", _num(place.lat), _num(place.lon),
            str(place.geonames_id or "")]


def _num(value: Any) -> str:
    return "" if value is None else f"{float(value):.4f}"


def cameo_rows(records: Iterable[dict[str, Any]]) -> list[list[str]]:
    """GDELT-ordered rows for the asserted events among the records."""
    docs: dict[str, DocumentRecord] = {}
    rows: list[list[str]] = []
    records = list(records)
    given = story_dates(records)  # story records come after the events they date
    for body in records:
        if body["kind"] == "document":
            docs[body["id"]] = DocumentRecord.from_json(body)
        if body["kind"] != "event" or body.get("modality") != "asserted":
            continue
        event = EventRecord.from_json(body)
        doc = docs.get(event.document)
        published = (doc.published or doc.reference_date) if doc else None
        sqldate, month, year, fraction = _date_parts(event_date(body, given)[0] or published)
        code = cameo_code(event.type, event.mode)
        span = event.evidence.span or (0, 0)
        added = _date_parts(published)[0]
        rows.append([
            str(event_number(event.id)), sqldate, month, year, fraction,
            *_actor(event.actors[0] if event.actors else None),
            *_actor(event.recipients[0] if event.recipients else None),
            "1" if span[0] < ROOT_EVENT_CHARS else "0",
            code["cameo_code"], code["cameo_code"][:3], code["cameo_root"],
            code["quad_class"], code["goldstein"], "1", "1", "1", "",
            *_geo(None), *_geo(None), *_geo(event.location),
            f"{added}000000" if added else "", (doc.url or doc.source or "") if doc else "",
        ])
    return rows


def write_cameo(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    rows = cameo_rows(records)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return len(rows)
