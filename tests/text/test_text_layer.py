"""Text-layer checks beyond the tables: generated data, spans, the founding example, speed."""

from __future__ import annotations

import time

from eventwire import lang
from eventwire.text import cldr
from tests.conftest import shared_path
from tests.text.conftest import run_text


def test_generated_cldr_names_match_babel() -> None:
    """dates_cldr.yaml files are what the generator makes from CLDR today."""
    for code in sorted(set(lang.available()) | set(lang.having("dates"))):
        path = lang.folder(code) / "dates_cldr.yaml"
        assert path.read_text(encoding="utf-8") == cldr.render(code), (
            f"{path} is stale: run python -m eventwire.text.cldr")


def test_every_span_points_into_the_stored_text() -> None:
    text = ("Trump : l'appel a duré plus d'une heure\n"
            "Des milliers de soldats ont capturé environ 1,300 XNUMX kilomètres carrés "
            "en août dernier. « Ils échangeront 175 prisonniers mercredi », a-t-il dit.")
    doc = run_text(text, "fr", "2025-03-18")
    assert doc.dates and doc.quantities and doc.sentences
    for item in [*doc.dates, *doc.quantities]:
        assert doc.text[item.start:item.end] == item.text
    assert doc.text == text  # the stored text never changes


def test_no_reference_date_reads_relative_dates_against_the_latest_full_date() -> None:
    doc = run_text("They will meet on Wednesday, as agreed on 18 March 2025.", "en")
    assert [(d.text, d.value) for d in doc.dates] == [
        ("Wednesday", "2025-03-19"), ("18 March 2025", "2025-03-18")]


def test_no_reference_and_no_full_date_keeps_relative_dates_unresolved() -> None:
    doc = run_text("They will meet on Wednesday, as agreed in 2025.", "en")
    assert [(d.text, d.value) for d in doc.dates] == [("Wednesday", None), ("2025", "2025")]


def test_founding_example_is_newest_first_and_counted() -> None:
    seed = sorted(shared_path("seed").glob("*.txt"))
    if not seed:
        return
    doc = run_text(seed[0].read_text(encoding="utf-8"), "fr", "2025-03-18")
    assert doc.metadata["passage_order"] == "newest_first"
    ended = next(p for p in doc.passages if p.heading and p.heading.startswith("Fin"))
    begun = next(p for p in doc.passages if p.heading and "commencé" in p.heading)
    assert ended.chronological is not None and begun.chronological is not None
    assert ended.chronological > begun.chronological
    units = {(q.value, q.unit) for q in doc.quantities}
    assert {(175, "prisoner"), (23, "soldier"), (1300, "km2"), (5, "attempt"),
            (30, "day"), (1, "hour")} <= units
    values = {d.text: d.value for d in doc.dates}
    assert values["mardi"] == "2025-03-18"
    assert values["août dernier"] == "2024-08"
    assert values["la semaine dernière"] == "2025-03-10"


def test_long_documents_stay_linear() -> None:
    """Segmentation, dates and quantities grow linearly: four times the text costs about four
    times the CPU (a quadratic step would cost sixteen). CPU time, so a busy machine does
    not fail the test."""
    para = ("Le président a déclaré mardi que 175 prisonniers seraient échangés. "
            "« Nous y parviendrons », a-t-il dit. M. Zelensky a parlé pendant deux heures.\n")
    run_text(para * 20, "fr", "2025-03-18")  # load the lexicons first
    costs = []
    for copies in (300, 1200):
        started = time.process_time()
        doc = run_text(para * copies, "fr", "2025-03-18")
        costs.append(time.process_time() - started)
        assert len(doc.sentences) == 3 * copies
    assert costs[1] < 8 * max(costs[0], 0.05)
