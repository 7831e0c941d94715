"""Three invented sets of one pair read in one batch (examples/stories, texts written for
eventwire): Ethiopia and Eritrea's leaders' call of 2 November (asmara-call), their truce
signed in Djibouti on 19 November (djibouti-truce) and their truce signed in Kampala on 10
December with a shelling of 6 December (kampala-truce). Reports of one truce read much like
reports of the next; what keeps them apart is the day each tells (stories.OtherDays), the
sides each names (Djibouti, a city of its country's name, is where they signed, not a third
side: facts.subject.parties_near), and a report left alone joining the story it is closest
to among those not kept apart from it (stories._closest_story). Twentieth session: 5
stories as the gold (was 4: djibouti-truce's reports and kampala-truce's pooled)."""

from __future__ import annotations

from pathlib import Path

from stories_data import sets_in_one_batch

from eventwire.reconcile.scoring import bcubed

SETS = ("asmara-call", "djibouti-truce", "kampala-truce")


def test_one_pair_three_happenings_apart(tmp_path: Path) -> None:
    stories, gold = sets_in_one_batch(SETS, tmp_path)
    assert bcubed(stories, gold)["f1"] == 1.0
    assert stories == gold
