"""One agreement per commitment, with its history; a one-off act's scope is its own clause's.
Hand-written records (invented happenings)."""

from __future__ import annotations

from eventwire.reconcile import reconcile


def _actor(code: str) -> dict:
    return {"name": code, "canonical": code, "country": code, "sector": None, "type": "country"}


def _doc(doc: str, published: str | None, text: str) -> dict:
    return {"kind": "document", "id": doc, "language": "en", "outlet": doc, "title": None,
            "published": published, "text": text}


def _event(doc: dict, n: int, etype: str, mode: str, actors: list[str], evidence: str,
           date: str | None = None, recipients: list[str] = (), quantities: list = ()) -> dict:
    start = doc["text"].index(evidence)
    return {"kind": "event", "id": f"{doc['id']}#e{n}", "document": doc["id"], "type": etype,
            "mode": mode, "actors": [_actor(c) for c in actors],
            "recipients": [_actor(c) for c in recipients], "date": date, "location": None,
            "quantities": list(quantities), "modality": "asserted", "statement": None,
            "claimed_by": None,
            "evidence": {"text": evidence, "span": [start, start + len(evidence)]}}


BLOG = _doc("blog", "2025-05-07", (
    "Brazil proposed a 20-day halt to strikes on energy facilities. "
    "Argentina accepted the truce on energy facilities on Tuesday, and the two sides will "
    "swap 50 prisoners each. "
    "Brazil said the truce on energy sites holds."))
NEXT = _doc("next", "2025-05-08", (
    "A day after Argentina agreed to halt strikes on energy facilities, officials said the "
    "ceasefire was respected. Brazil had proposed the truce."))


def _records() -> list[dict]:
    return [BLOG, NEXT,
            _event(BLOG, 1, "REQUEST", "ceasefire", ["BRA"],
                   "Brazil proposed a 20-day halt to strikes on energy facilities",
                   recipients=["ARG"], quantities=[{"value": 20, "unit": "day"}]),
            _event(BLOG, 2, "AGREE", "ceasefire", ["ARG"],
                   "Argentina accepted the truce on energy facilities on Tuesday",
                   date="2025-05-06", recipients=["BRA"]),
            _event(BLOG, 3, "AGREE", "prisoner_exchange", ["ARG", "BRA"],
                   "the two sides will swap 50 prisoners each",
                   quantities=[{"value": 50, "unit": "prisoner"}]),
            _event(NEXT, 1, "AGREE", "ceasefire", ["ARG"],
                   "Argentina agreed to halt strikes on energy facilities"),
            _event(NEXT, 2, "REQUEST", "ceasefire", ["BRA"], "Brazil had proposed the truce")]


def test_proposal_and_acceptance_are_one_truce_with_a_history() -> None:
    out = reconcile(_records())
    truces = [a for a in out if a["kind"] == "agreement" and a["subject"] == "ceasefire"]
    assert len(truces) == 1
    truce = truces[0]
    assert truce["scope"] == ["energy"] and truce["sources"] == ["blog", "next"]
    steps = [(h["status"], h["date"]) for h in truce["history"]]
    # the proposal reported in the next day's article came before the acceptance, and that
    # article's "agreed" is the same step again
    assert steps == [("proposed", "2025-05-06"), ("agreed", "2025-05-06"),
                     ("in_force", "2025-05-06")]
    assert truce["status"] == "in_force"


def test_an_exchange_agreed_beside_a_truce_has_no_truce_scope() -> None:
    out = reconcile(_records())
    exchange = [a for a in out if a["kind"] == "agreement"
                and a["subject"] == "prisoner_exchange"]
    assert len(exchange) == 1
    assert exchange[0]["scope"] == [] and exchange[0]["scope_words"] == []


def test_truces_of_other_parties_or_periods_stay_apart() -> None:
    far = _doc("far", "2025-07-20", "Argentina agreed to halt strikes on energy facilities.")
    other = _doc("other", "2025-05-08", "Chile and Peru agreed a truce on energy facilities.")
    records = _records() + [
        far, other,
        _event(far, 1, "AGREE", "ceasefire", ["ARG", "BRA"],
               "Argentina agreed to halt strikes on energy facilities", date="2025-07-20"),
        _event(other, 1, "AGREE", "ceasefire", ["CHL", "PER"],
               "Chile and Peru agreed a truce on energy facilities", date="2025-05-07")]
    truces = [a for a in reconcile(records) if a["kind"] == "agreement"
              and a["subject"] == "ceasefire"]
    by_sources = sorted(a["sources"] for a in truces)
    assert ["blog", "next"] in by_sources and ["far"] in by_sources and ["other"] in by_sources


def test_a_scope_word_inside_a_place_name_is_no_scope() -> None:
    """"Port Sudan" and "Port of Spain" name places, no ports (agreements.name_spans: the
    names of the document's records, as the facts' scope reads the document's mentions);
    "the Black Sea", a name that is the scope phrase itself, is the scope."""
    text = ("Sudan and Chad agreed in Port Sudan on Monday to a truce. "
            "Guyana and Brazil agreed in Port of Spain to a truce in the Black Sea.")
    doc = _doc("ports", "2025-05-06", text)
    place = {"name": "Port Sudan", "canonical": "Port Sudan", "country": "SDN"}
    first = _event(doc, 1, "AGREE", "ceasefire", ["SDN", "TCD"],
                   "Sudan and Chad agreed in Port Sudan on Monday to a truce",
                   date="2025-05-05")
    second = _event(doc, 2, "AGREE", "ceasefire", ["BRA", "GUY"],
                    "Guyana and Brazil agreed in Port of Spain to a truce in the Black Sea",
                    date="2025-05-06")
    first["location"] = place
    second["location"] = {**place, "name": "Port of Spain", "canonical": "Port of Spain",
                          "country": "TTO"}
    truces = {tuple(p["country"] for p in a["parties"]): a["scope"]
              for a in reconcile([doc, first, second]) if a["kind"] == "agreement"}
    assert truces == {("SDN", "TCD"): [], ("BRA", "GUY"): ["black_sea", "naval"]}
