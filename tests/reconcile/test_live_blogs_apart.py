"""Live blogs of Russia-Ukraine talks on other days, read in one batch (examples/stories,
texts written for eventwire): a live blog's dateline stands alone on its line, its entries
below ("КИЇВ, 14 жовтня (Вісник) -" and a line break), and gives its days as a wire's
dateline does (stories.days_anchored). Before the twentieth session such a blog counted as
undated, was kept apart from no story, and the blogs of four sets' talks (Abu Dhabi, Ankara,
Astana, Istanbul) pooled with a fifth set's report into one story."""

from __future__ import annotations

from pathlib import Path

import pytest
from stories_data import sets_in_one_batch

from eventwire.reconcile.stories import days_anchored

SETS = ("abu-dhabi-talks", "ankara-exchange", "astana-talks", "istanbul-swap")


@pytest.mark.parametrize(("text", "anchored"), [
    ("Talks in Geneva: live\n\nKYIV, 14 October (Northern Wire) -\n\n19:40 The talks ended.",
     True),
    ("Переговори: онлайн\n\nКИЇВ, 14 жовтня (Вісник) -\n\n19:40 Переговори завершилися.", True),
    ("KYIV, 14 October (Northern Wire) - The talks ended on Tuesday.", True),
    ("Talks in Geneva: live\n\n19:40 The talks ended on Tuesday.", False),
    ("KYIV (Northern Wire) -\n\n19:40 The talks ended on Tuesday.", False),
])
def test_a_dateline_alone_on_its_line_anchors_the_days(text: str, anchored: bool) -> None:
    assert days_anchored({"text": text}) is anchored


def test_live_blogs_of_talks_on_other_days_stay_apart(tmp_path: Path) -> None:
    stories, gold = sets_in_one_batch(SETS, tmp_path)
    assert stories == gold
