"""Event dates on the shared development corpus: a floor under the figures measured
(dated share 0.61: 98 of 161 events; right date on 0.84 of matched events with a gold date:
46 of 55, after the dates work and the events precision pass of issue #11, which removed
false events, several of them dated).

The undated events (71 of 188 when they were checked one by one): 63 are in texts that
carry no publication date, no dateline with a day, no URL date, and write no year at all
(weekdays, "today", "2 June" without a year, or no date); 8 are in texts whose only years
are background or a photo caption's ("recaptured in 2023" beside "Aug. 8"; "Tuesday" beside
pictures of February). Those stay undated rather than guessed. Of the wrong dates, most are
undated events whose gold year the text never writes; two are genuine: an agreement dated
by its entry into force, and a call referred back to ("his call with Putin", dated by the
day of the sentence that mentions it). Two calls between the same sides are paired by their
dates since the scorer keeps, of two equally good pairings, the one whose dates agree.
"""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluate.scorer import evaluate_files
from tests.conftest import shared_path

DATED_FLOOR = 0.58
RIGHT_FLOOR = 0.78


def test_dev_corpus_events_are_dated_and_mostly_right() -> None:
    report = evaluate_files([shared_path("dev", "corpus")])
    dates = report.total_dates()
    assert dates.judged >= 45, f"only {dates.judged} matched events with a gold date"
    assert dates.dated_share >= DATED_FLOOR, f"dated share {dates.dated_share:.2f}"
    assert dates.accuracy >= RIGHT_FLOOR, f"right dates {dates.accuracy:.2f}"


TEXT_DATED_FLOOR = 0.57  # --without-published: 0.54 -> 0.58 by reading the texts' headers
TEXT_RIGHT_FLOOR = 0.78  # 0.74 -> 0.79


def test_dev_corpus_texts_alone_date_their_events() -> None:
    """With the gold's publication dates withheld, the texts' own headers ("date 2025-03",
    a byline under a caption) date them."""
    dates = evaluate_files([shared_path("dev", "corpus")], published=False).total_dates()
    assert dates.dated_share >= TEXT_DATED_FLOOR, f"dated share {dates.dated_share:.2f}"
    assert dates.accuracy >= TEXT_RIGHT_FLOOR, f"right dates {dates.accuracy:.2f}"


def test_a_gold_text_without_a_publication_date_is_dated_by_its_url(tmp_path: Path) -> None:
    """As the readers date a document by its URL, evaluation dates a gold text by its gold URL."""
    (tmp_path / "g1.txt").write_text("Russia accused Ukraine of shelling a port.", encoding="utf-8")
    gold = {"id": "g1", "language": "en", "url": "https://wire.example/2025/03/18/port",
            "events": [{"type": "ACCUSE", "actors": ["RUS"], "recipients": ["UKR"],
                        "date": "2025-03-18", "evidence": "Russia accused Ukraine"}],
            "statements": []}
    (tmp_path / "g1.json").write_text(json.dumps(gold), encoding="utf-8")
    dates = evaluate_files([tmp_path]).total_dates()
    assert (dates.dated, dates.events, dates.right, dates.judged) == (2, 2, 1, 1)


def test_without_published_withholds_the_gold_date_and_url(tmp_path: Path) -> None:
    """``evaluate --without-published`` scores what the text alone dates: the gold's
    publication date and its URL's date are withheld."""
    from tests.conftest import run_cli

    (tmp_path / "g2.txt").write_text("Russia accused Ukraine of shelling a port.", encoding="utf-8")
    gold = {"id": "g2", "language": "en", "published": "2025-03-18",
            "url": "https://wire.example/2025/03/18/port",
            "events": [{"type": "ACCUSE", "actors": ["RUS"], "recipients": ["UKR"],
                        "date": "2025-03-18", "evidence": "Russia accused Ukraine"}],
            "statements": []}
    (tmp_path / "g2.json").write_text(json.dumps(gold), encoding="utf-8")
    given = evaluate_files([tmp_path]).total_dates()
    withheld = evaluate_files([tmp_path], published=False).total_dates()
    assert (given.dated, given.right) == (2, 1)
    assert (withheld.dated, withheld.right) == (0, 0)
    result = run_cli("evaluate", str(tmp_path / "g2.json"), "--without-published")
    assert result.returncode == 0, result.stderr
    assert b"dated  0.00 (0/2 events)" in result.stdout


STORY_DATED_FLOOR = 0.64  # one batch with story dates: 105/160 (0.66) beside 95/160 alone
STORY_RIGHT_FLOOR = 0.82  # 48/57 (0.84): the two story-dated events with a gold date are right


def test_dev_corpus_read_as_one_batch_dates_more_with_stories() -> None:
    """Read as one batch, each document scores as it does alone; the dates its stories give
    the events a text leaves undated are a line of their own, and hold up."""
    report = evaluate_files([shared_path("dev", "corpus")], stories=True)
    alone, stories = report.total_dates(), report.story_dates
    assert stories is not None
    assert (alone.dated, alone.right) <= (stories.dated, stories.right)
    assert stories.dated_share >= STORY_DATED_FLOOR, f"dated share {stories.dated_share:.2f}"
    assert stories.accuracy >= STORY_RIGHT_FLOOR, f"right dates {stories.accuracy:.2f}"


def test_evaluate_reports_the_dates_stories_give(tmp_path: Path) -> None:
    """Two accounts of one agreement, one dated in its own words and one not: ``evaluate``
    scores the second undated, and dated by its story on the line "with stories"."""
    from tests.conftest import run_cli

    texts = {"a": "Russia and Ukraine agreed on 18 March 2025 to exchange 175 prisoners of war, "
                  "the Turkish foreign ministry said in Ankara.",
             "b": "Russia and Ukraine agreed to exchange 175 prisoners of war, the Turkish "
                  "foreign ministry said in Ankara on Tuesday."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"id": name, "language": "en", "statements": [],
                "events": [{"type": "AGREE", "actors": ["RUS", "UKR"], "recipients": [],
                            "date": "2025-03-18", "evidence": "agreed"}]}
        (tmp_path / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")
    result = run_cli("evaluate", str(tmp_path / "a.json"), str(tmp_path / "b.json"))
    assert result.returncode == 0, result.stderr
    assert b"ALL dates              dated  0.67 (2/3 events)  right  0.50 (1/2" in result.stdout
    assert b"ALL dates with stories dated  1.00 (3/3 events)  right  1.00 (2/2" in result.stdout
