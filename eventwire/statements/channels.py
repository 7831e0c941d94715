"""Through whom a statement reached us: the news sources named around it.

A source in the sentence ("rapporte Reuters", "told TASS"), or after a quote that runs on
past it, is in ``reported_by``; one that is a channel where the speaker posts (Truth Social,
Telegram, a press conference) is also the statement's ``channel``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from eventwire.model import Mention
from eventwire.spans import SpanIndex

CHANNEL_REACH = 80  # characters after a quote that runs on where its source may stand


@lru_cache(maxsize=1)
def channel_names() -> frozenset[str]:
    path = resources.files("eventwire.statements") / "channels.yaml"
    return frozenset(yaml.safe_load(path.read_text(encoding="utf-8"))["channels"])


def reported_by(
    sources: SpanIndex[Mention], sentence_start: int, sentence_end: int, quote_close: int | None
) -> tuple[list[str], str | None]:
    """The sources named in the sentence (and after a quote that runs on past it), in text
    order without repeats, and the first of them that is a channel."""
    mentions = sources.within(sentence_start, sentence_end)
    if quote_close is not None and quote_close > sentence_end:  # the quote runs on
        mentions += sources.within(sentence_end, quote_close + CHANNEL_REACH)
    names: list[str] = []
    for mention in mentions:
        if mention.source and mention.source not in names:
            names.append(mention.source)
    return names, next((n for n in names if n in channel_names()), None)
