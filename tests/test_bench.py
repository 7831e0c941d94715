"""``eventwire bench``: what a run reports (never how fast: timings are not tested)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.bench import _spread, format_bench, run_bench

INVENTED = (
    "Officials in the port city of Lorvany said on Tuesday that talks between the two "
    "delegations would resume next week. \"We expect an agreement on prisoners,\" the "
    "mediator told reporters.\n"
)


@pytest.mark.parametrize(("ratios", "shown"), [
    ([], "-"),
    ([1.41], "1.41x"),
    ([1.41, 1.41], "1.41x"),
    ([1.52, 1.38, 1.45], "1.38-1.52x"),
])
def test_spread_of_pass_ratios(ratios: list[float], shown: str) -> None:
    assert _spread(ratios) == shown


def test_a_run_reports_extract_over_parse_pass_by_pass(tmp_path: Path) -> None:
    for n in range(2):
        (tmp_path / f"invented-{n}.txt").write_text(INVENTED, encoding="utf-8")
    result = run_bench([str(tmp_path)], repeat=2, language="en")
    data = result.as_dict()
    assert (data["documents"], data["repeat"], data["languages"], data["errors"]) == (
        2, 2, ["en"], 0)
    assert len(data["extract_to_parse_passes"]) == 2
    overall = result.extract_seconds / result.parse_seconds
    assert min(result.pass_ratios) - 1e-9 <= overall <= max(result.pass_ratios) + 1e-9
    assert "(pass by pass: " in format_bench(result)
