"""Records said in words for people: country names for codes, discrepancies as sentences,
documents by their headline, links only where they are safe to follow.

Read defensively: records from older or newer stores may lack a field or hold another type;
a value that cannot be worded is shown as it is, never raises.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

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
    if not isinstance(actor, dict):
        return str(actor) if actor else ""
    name = actor.get("canonical") or actor.get("name") or "?"
    country = actor.get("country")
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
            tail = attribute.rsplit(".", 1)[-1].removeprefix("count_")
            unit = tail.replace("_", " ") + ("" if tail.endswith("s") else "s")
        return f"{_number(value)} {unit}".strip()
    if isinstance(value, list):
        words = [country_name(v) if isinstance(v, str) and v.isupper() and len(v) in (2, 3)
                 else str(v).replace("_", " ") for v in value]
        return join_words(words) if words else "none"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return "unknown" if value is None else str(value)


def attribute_words(attribute: str) -> str:
    """'count_soldier' -> 'number of soldiers'; 'quantities.prisoner' -> 'number of prisoners'."""
    if attribute in ATTRIBUTES:
        return ATTRIBUTES[attribute][0]
    tail = attribute.rsplit(".", 1)[-1]
    if attribute.startswith(("count_", "quantities.")):
        tail = tail.removeprefix("count_").replace("_", " ")
        return f"number of {tail}{'' if tail.endswith('s') else 's'}"
    return tail.replace("_", " ")


def subject_words(discrepancy: dict[str, Any], subject: dict[str, Any] | None) -> str:
    """What the sources differ about: 'the phone talks between Argentina and Chile'."""
    event = discrepancy.get("event") if isinstance(discrepancy.get("event"), dict) else None
    agreement = discrepancy.get("agreement") if isinstance(discrepancy.get("agreement"),
                                                           dict) else None
    if agreement is None and subject and subject.get("kind") == "agreement":
        agreement = subject
    if agreement is not None:
        what = str(agreement.get("subject") or "agreement").replace("_", " ")
        scope = [str(s).replace("_", " ") for s in agreement.get("scope") or []
                 if isinstance(s, str)]
        return f"the {what}" + (f" ({', '.join(scope)})" if scope else "")
    if event is not None:
        what = EVENT_WORDS.get(str(event.get("type")), str(event.get("type") or "event").lower())
        mode = str(event.get("mode") or "").replace("_", " ")
        sides = [country_name(s) for s in event.get("sides") or [] if isinstance(s, str)]
        phrase = f"the {mode + ' ' if mode and mode != what else ''}{what}"
        if sides:
            phrase += (" between " if len(sides) > 1 else " by ") + join_words(sides)
        return phrase
    return str(discrepancy.get("subject") or "the story")


def discrepancy_sentence(discrepancy: dict[str, Any], subject: dict[str, Any] | None) -> str:
    """One sentence: 'Sources disagree on the duration of the ceasefire: 14 days or 15 days.'"""
    attribute = str(discrepancy.get("attribute") or "")
    values = [v for v in discrepancy.get("values") or [] if isinstance(v, dict)]
    said = " or ".join(value_words(attribute, v.get("value")) for v in values)
    verb = "give different precision for" if discrepancy.get("nature") == "precision" \
        else "disagree on"
    return (f"Sources {verb} the {attribute_words(attribute)} of "
            f"{subject_words(discrepancy, subject)}: {said}.")


def headline(document: dict[str, Any]) -> str:
    """A document's title, or its first line when it has none (a file's headline), or its id."""
    title = document.get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    text = document.get("text")
    if isinstance(text, str):
        for line in text.splitlines():
            line = line.strip()
            if line:
                return line if len(line) <= HEADLINE_MAX else \
                    line[:HEADLINE_MAX].rsplit(" ", 1)[0] + "…"
    return str(document.get("id") or "untitled")


def outlet(document: dict[str, Any]) -> str:
    """The outlet, or the host of the document's URL, or '' when neither is known."""
    if document.get("outlet"):
        return str(document["outlet"])
    url = safe_url(document.get("url"))
    return urlsplit(url).netloc.removeprefix("www.") if url else ""


def document_date(document: dict[str, Any]) -> str:
    """Published date, else the reference date it was read with, else ''."""
    for key in ("published", "reference_date"):
        if isinstance(document.get(key), str) and document[key]:
            return str(document[key])[:10]
    return ""
