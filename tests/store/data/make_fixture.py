"""Build ``fixture.jsonl``: hand-written contract records over two texts written for the tests.

The texts are invented for eventwire's tests (no third-party text). Spans are found with
``str.index`` so they stay right when a text is edited. Run ``python make_fixture.py`` to
rewrite the file; a test checks that the committed file matches this script.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

TEXT_A = (
    "Prisoner exchange agreed after talks in Istanbul\n\n"
    "Russia and Ukraine agreed on Wednesday to exchange 175 prisoners each, Turkish officials "
    "said after two days of talks in Istanbul.\n\n"
    "\"We will carry out the exchange on Friday,\" Ukrainian President Volodymyr Zelensky said "
    "in a statement posted on Telegram.\n\n"
    "Kremlin spokesman Dmitry Peskov told reporters the talks had been constructive.\n\n"
    "Hours later, Ukraine accused Russia of shelling Kharkiv overnight, in breach of the "
    "energy truce. A reader comment quoted here read <script>alert('x')</script> & nothing else."
)

TEXT_B = (
    "Échange de prisonniers : la Russie et l'Ukraine s'accordent à Istanbul\n\n"
    "La Russie et l'Ukraine se sont mises d'accord mercredi pour échanger 150 prisonniers "
    "chacune, selon des responsables turcs.\n\n"
    "« Les négociations ont été difficiles mais honnêtes », a déclaré Dmitri Peskov, "
    "porte-parole du Kremlin, cité par l'agence TASS.\n\n"
    "Le ministère russe de la Défense a accusé l'Ukraine d'avoir frappé des installations "
    "énergétiques près de Koursk, en violation de la trêve."
)


def actor(name: str, canonical: str, country: str, sector: str | None,
          kind: str = "country") -> dict[str, Any]:
    return {"name": name, "canonical": canonical, "country": country, "sector": sector,
            "type": kind}


def span(text: str, piece: str) -> list[int]:
    start = text.index(piece)
    return [start, start + len(piece)]


def document(doc_id: str, text: str, title: str, outlet: str, language: str,
             url: str) -> list[dict[str, Any]]:
    return [
        {"kind": "document", "id": doc_id, "title": title, "url": url, "outlet": outlet,
         "language": language, "published": "2025-03-19", "reference_date": "2025-03-19",
         "passages": 1, "source": f"{doc_id}.txt", "metadata": {}, "text": text},
        {"kind": "passage", "id": f"{doc_id}/p0", "document": doc_id, "index": 0,
         "heading": None, "heading_span": None, "span": [0, len(text)],
         "published": "2025-03-19"},
    ]


def statement(doc_id: str, text: str, n: int, piece: str, speaker: dict[str, Any],
              reported_by: list[str], channel: str | None, direct: bool) -> dict[str, Any]:
    return {"kind": "statement", "id": f"{doc_id}/s{n}", "document": doc_id,
            "passage": f"{doc_id}/p0", "speaker": speaker, "reported_by": reported_by,
            "channel": channel, "direct": direct, "text": piece, "span": span(text, piece),
            "date": "2025-03-19"}


def event(doc_id: str, text: str, n: int, piece: str, type_: str, mode: str | None,
          actors: list[dict[str, Any]], recipients: list[dict[str, Any]], date: str | None,
          modality: str = "asserted", location: dict[str, Any] | None = None,
          quantities: list[dict[str, Any]] | None = None, statement_id: str | None = None,
          claimed_by: dict[str, Any] | None = None,
          context: list[str] | None = None) -> dict[str, Any]:
    return {"kind": "event", "id": f"{doc_id}/e{n}", "document": doc_id,
            "passage": f"{doc_id}/p0", "type": type_, "mode": mode, "context": context or [],
            "actors": actors, "recipients": recipients, "date": date, "location": location,
            "quantities": quantities or [], "modality": modality, "statement": statement_id,
            "claimed_by": claimed_by, "evidence": {"text": piece, "span": span(text, piece)},
            "trigger": None, "confidence": 0.8}


def place(name: str, canonical: str, country: str, lat: float, lon: float,
          geonames_id: int | None = None) -> dict[str, Any]:
    return {"name": name, "canonical": canonical, "country": country, "admin1": None,
            "lat": lat, "lon": lon, "geonames_id": geonames_id}


RUS = actor("Russia", "Russia", "RUS", "GOV")
UKR = actor("Ukraine", "Ukraine", "UKR", "GOV")
ISTANBUL = place("Istanbul", "Istanbul", "TUR", 41.01, 28.95)


def build() -> list[dict[str, Any]]:
    a, b = TEXT_A, TEXT_B
    zelensky = actor("Volodymyr Zelensky", "Volodymyr Zelensky", "UKR", "GOV", "person")
    peskov = actor("Dmitry Peskov", "Dmitry Peskov", "RUS", "GOV", "person")
    peskov_fr = actor("Dmitri Peskov", "Dmitry Peskov", "RUS", "GOV", "person")
    mod = actor("Le ministère russe de la Défense", "Russian Ministry of Defence", "RUS", "MIL",
                "organization")
    records = document("fx-a", a, "Prisoner exchange agreed after talks in Istanbul",
                       "example-wire", "en", "https://example.org/a")
    records += [
        statement("fx-a", a, 0, "We will carry out the exchange on Friday,", zelensky,
                  ["example-wire"], "Telegram", True),
        statement("fx-a", a, 1, "the talks had been constructive", peskov, ["example-wire"],
                  None, False),
        event("fx-a", a, 0, "Russia and Ukraine agreed on Wednesday to exchange 175 prisoners "
              "each", "AGREE", None, [RUS], [UKR], "2025-03-19", location=ISTANBUL,
              quantities=[{"value": 175, "unit": "prisoner", "text": "175 prisoners"}],
              context=["pow"]),
        event("fx-a", a, 1, "We will carry out the exchange on Friday", "COOPERATE", None,
              [UKR], [RUS], "2025-03-21", modality="future", statement_id="fx-a/s0"),
        event("fx-a", a, 2, "Ukraine accused Russia of shelling Kharkiv overnight", "ACCUSE",
              None, [UKR], [RUS], "2025-03-19"),
        event("fx-a", a, 3, "shelling Kharkiv overnight", "ASSAULT", "firearms", [RUS], [UKR],
              "2025-03-19", location=place("Kharkiv", "Kharkiv", "UKR", 49.98, 36.25, 706483),
              claimed_by=UKR, context=["military"]),
    ]
    records += document("fx-b", b, "Échange de prisonniers : la Russie et l'Ukraine "
                        "s'accordent à Istanbul", "exemple-presse", "fr",
                        "https://example.org/b")
    records += [
        statement("fx-b", b, 0, "Les négociations ont été difficiles mais honnêtes", peskov_fr,
                  ["exemple-presse", "TASS"], None, True),
        event("fx-b", b, 0, "La Russie et l'Ukraine se sont mises d'accord mercredi pour "
              "échanger 150 prisonniers", "AGREE", None,
              [actor("La Russie", "Russia", "RUS", "GOV")],
              [actor("l'Ukraine", "Ukraine", "UKR", "GOV")], "2025-03-19", location=ISTANBUL,
              quantities=[{"value": 150, "unit": "prisoner", "text": "150 prisonniers"}],
              context=["pow"]),
        event("fx-b", b, 1, "Le ministère russe de la Défense a accusé l'Ukraine", "ACCUSE",
              None, [mod], [actor("l'Ukraine", "Ukraine", "UKR", "GOV")], "2025-03-19"),
        event("fx-b", b, 2, "frappé des installations énergétiques près de Koursk", "ASSAULT",
              "aerial", [actor("l'Ukraine", "Ukraine", "UKR", "MIL")], [RUS], "2025-03-18",
              modality="uncertain", location=place("Koursk", "Kursk", "RUS", 51.73, 36.19),
              claimed_by=mod),
    ]
    records += [
        {"kind": "agreement", "id": "agreement:prisoner-exchange", "subject": "prisoner exchange",
         "scope": ["prisoners"], "parties": [RUS, UKR],
         "mediators": [actor("Turkish officials", "Turkey", "TUR", "GOV")],
         "start": "2025-03-19", "end": None, "duration_days": None, "status": "agreed",
         "conditions": [], "quantities": [{"value": 175, "unit": "prisoner", "text": None}],
         "events": ["fx-a/e0", "fx-b/e0", "fx-a/e1"], "sources": ["fx-a", "fx-b"]},
        {"kind": "agreement", "id": "agreement:energy-truce", "subject": "ceasefire",
         "scope": ["energy infrastructure"], "parties": [RUS, UKR], "mediators": [],
         "start": "2025-03-18", "end": None, "duration_days": 30, "status": "violated",
         "conditions": [], "quantities": [{"value": 30, "unit": "day", "text": None}],
         "events": ["fx-a/e2", "fx-a/e3", "fx-b/e1", "fx-b/e2"], "sources": ["fx-a", "fx-b"],
         "violations": ["fx-a/e3", "fx-b/e2"]},
        {"kind": "story", "id": "story:istanbul-exchange",
         "title": "Prisoner exchange agreed in Istanbul", "documents": ["fx-a", "fx-b"],
         "events": ["fx-a/e0", "fx-b/e0", "fx-a/e1", "fx-a/e2", "fx-a/e3", "fx-b/e1",
                    "fx-b/e2"]},
        {"kind": "discrepancy", "id": "discrepancy:exchange-count",
         "subject": "agreement:prisoner-exchange", "attribute": "quantities.prisoner",
         "values": [{"value": 175, "text": "175 prisoners", "sources": ["fx-a"]},
                    {"value": 150, "text": "150 prisonniers", "sources": ["fx-b"]}]},
    ]
    return records


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for r in records)


if __name__ == "__main__":
    (HERE / "fixture.jsonl").write_text(dump(build()), encoding="utf-8")
