"""Records said in words for people: country names for codes, discrepancies as sentences,
documents by their headline, links only where they are safe to follow.

Read defensively: records from older or newer stores may lack a field or hold another type;
a value that cannot be worded is shown as it is, never raises.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from eventwire.facts.quotes import SPEAKER
from eventwire.model import Actor
from eventwire.reconcile.discrepancies import KIND_NAMES, attribute_name, quoted, value_text
from eventwire.records import (
    AgreementRecord,
    DiscrepancyRecord,
    DocumentRecord,
    EventRecord,
    HappeningRef,
    SideOfDiscrepancy,
    StoryRecord,
    TypedRecord,
)

HEADLINE_MAX = 160
SAFE_SCHEMES = ("http", "https")

# attribute -> (what it is, the unit its numbers are in)
ATTRIBUTES: dict[str, tuple[str, str]] = {
    "duration_days": ("duration", "days"),
    "duration_hours": ("duration", "hours"),
    "duration_minutes": ("duration", "minutes"),
    "parties": ("parties", ""),
    "sides": ("sides", ""),
    "scope": ("scope", ""),
    "location": ("place", ""),
    "date": ("date", ""),
    "start": ("start date", ""),
    "end": ("end date", ""),
    "status": ("status", ""),
}
EVENT_WORDS = {"CONSULT": "talks", "AGREE": "agreement", "ASSAULT": "attack",
               "ACCUSE": "accusation", "REQUEST": "demand", "REJECT": "rejection",
               "THREATEN": "threat", "MOBILIZE": "mobilisation", "COERCE": "coercion",
               "COOPERATE": "cooperation", "AID": "aid", "RETREAT": "withdrawal",
               "CONCEDE": "concession", "SUPPORT": "support", "PROTEST": "protest",
               "SANCTION": "sanctions"}


def safe_url(url: Any) -> str | None:
    """The URL when it is http(s) with a host, else None: a stored ``javascript:`` or
    ``data:`` link is shown as text, never made a live link."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc else None


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """'RUS' -> 'Russia' (CLDR's English short name through babel); unknown codes as given."""
    import pycountry
    from babel import Locale

    if not isinstance(code, str) or not code:
        return str(code)
    found = pycountry.countries.get(alpha_3=code.upper()) if len(code) == 3 else \
        pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    if found is None:
        return code
    return Locale("en").territories.get(found.alpha_2) or getattr(found, "common_name", None) \
        or found.name


def join_words(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def actor_words(actor: Any) -> str:
    """An actor as a reader knows it: 'Hakan Fidan (Turkey)'."""
    if not isinstance(actor, Actor):  # a stored actor that is not an object: as it is
        return str(actor) if actor else ""
    name, country = actor.canonical or actor.name or "?", actor.country
    if not country:
        return str(name)
    place = country_name(country)
    return str(name) if place == name else f"{name} ({place})"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def value_words(attribute: str, value: Any) -> str:
    """A discrepancy value in words: country lists by name, numbers with their unit."""
    unit = ATTRIBUTES.get(attribute, ("", ""))[1]
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        if attribute.startswith(("count_", "quantities.")):
            unit = attribute_words(attribute).removeprefix("number of ")
        return f"{_number(value)} {unit}".strip()
    if isinstance(value, list):
        words = [country_name(v) if isinstance(v, str) and v.isupper() and len(v) in (2, 3)
                 else str(v).replace("_", " ") for v in value]
        return join_words(words) if words else "none"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return "unknown" if value is None else str(value)


def attribute_words(attribute: str) -> str:
    """'duration' -> 'length'; 'count_prisoner_per_side' -> 'number of prisoners per side'
    (the reconcile stage's names; older stores' 'quantities.prisoner' read as a count)."""
    if attribute in ATTRIBUTES:
        return ATTRIBUTES[attribute][0]
    if attribute.startswith("quantities."):
        attribute = "count_" + attribute.rsplit(".", 1)[-1]
    return attribute_name(attribute)


def happening_words(ref: HappeningRef) -> str:
    """A happening as a reader names it: 'the call between Russia and the United States on
    2025-03-18'."""
    phrase = f"the {KIND_NAMES.get(ref.kind, ref.kind)}"
    if ref.parties:
        phrase += " between " + join_words([country_name(p) for p in ref.parties])
    if ref.venue:
        phrase += f" in {ref.venue}"
    if ref.date:
        phrase += f" on {ref.date}"
    return phrase


def subject_words(discrepancy: DiscrepancyRecord, subject: TypedRecord | None) -> str:
    """What the sources differ about: the happening the facts are about, else the agreement
    or event the discrepancy is on, else the story's title; never an id."""
    if discrepancy.happening is not None:
        return happening_words(discrepancy.happening)
    if isinstance(subject, AgreementRecord):
        what = subject.subject.replace("_", " ")
        scope = [s.replace("_", " ") for s in subject.scope]
        return f"the {what}" + (f" ({', '.join(scope)})" if scope else "")
    if isinstance(subject, EventRecord):
        what = EVENT_WORDS.get(subject.type, subject.type.lower())
        mode = (subject.mode or "").replace("_", " ")
        sides = [country_name(a.country) for a in (*subject.actors, *subject.recipients)
                 if a.country]
        phrase = f"the {mode + ' ' if mode and mode != what else ''}{what}"
        if sides:
            phrase += (" between " if len(sides) > 1 else " by ") + join_words(
                list(dict.fromkeys(sides)))
        return phrase
    if isinstance(subject, StoryRecord) and subject.title:
        return f"“{subject.title}”"
    return "the story"


def side_words(discrepancy: DiscrepancyRecord, side: SideOfDiscrepancy) -> str:
    """One side's value as a reader says it: '2.25 to 2.5 hours', '175 prisoners',
    'Russia and Ukraine'."""
    value = side.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        interval = side.interval
        if (interval and len(interval) == 2 and interval[0] != interval[1]) \
                or discrepancy.unit in ("hour", "day"):
            return value_text(value, discrepancy.unit, interval)
    return value_words(discrepancy.attribute, value)


def discrepancy_sentence(discrepancy: DiscrepancyRecord, subject: TypedRecord | None) -> str:
    """One sentence: 'Sources disagree on the length of the call between Russia and the
    United States on 2025-03-18: 1.5 hours or 2 hours.'"""
    said = " or ".join(side_words(discrepancy, v) for v in discrepancy.values)
    verb = "give different precision for" if discrepancy.nature == "precision" \
        else "disagree on"
    if discrepancy.attribute == SPEAKER and discrepancy.values:  # the quote says which
        return (f"Sources disagree on who said “{quoted(discrepancy.values[0].text or '')}”"
                f": {said}.")
    link = "in" if discrepancy.attribute.startswith(("count_", "quantities.")) else "of"
    return (f"Sources {verb} the {attribute_words(discrepancy.attribute)} {link} "
            f"{subject_words(discrepancy, subject)}: {said}.")


def headline(document: DocumentRecord | None) -> str:
    """A document's title, or its first line when it has none (a file's headline), or its id
    ('untitled' when the document is not in the store)."""
    if document is None:
        return "untitled"
    title = document.title
    if isinstance(title, str) and title.strip():
        return title.strip()
    if isinstance(document.text, str):
        for line in document.text.splitlines():
            line = line.strip()
            if line:
                return line if len(line) <= HEADLINE_MAX else \
                    line[:HEADLINE_MAX].rsplit(" ", 1)[0] + "…"
    return str(document.id or "untitled")


def outlet(document: DocumentRecord | None) -> str:
    """The outlet, or the host of the document's URL, or '' when neither is known."""
    if document is None:
        return ""
    if document.outlet:
        return str(document.outlet)
    url = safe_url(document.url)
    return urlsplit(url).netloc.removeprefix("www.") if url else ""


def document_date(document: DocumentRecord | None) -> str:
    """Published date, else the reference date it was read with, else ''."""
    if document is None:
        return ""
    for value in (document.published, document.reference_date):
        if isinstance(value, str) and value:
            return value[:10]
    return ""
