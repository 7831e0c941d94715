"""A list announced by a colon: "X gave details:" followed by bulleted lines.

The items are what was said; news agencies set them as lines opening with a dash or a bullet,
often with blank lines between them.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"[ \t]*(?:[-–—•*▪·]|\d{1,2}[.)])[ \t]+(?=\S)")


def list_after(text: str, colon: int) -> tuple[int, int] | None:
    """The span of the bulleted lines after the colon at ``colon`` (bullets left out of its
    start), or None when no list follows on the next lines."""
    if text[colon : colon + 1] != ":" or text[colon + 1 : colon + 2].strip():
        return None
    position = colon + 1
    start = end = None
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if line.strip():
            if start is None and position == colon + 1:
                return None  # text goes on after the colon on the same line
            item = _ITEM.match(line)
            if item is None:
                break
            if start is None:
                start = position + item.end()
            end = position + len(line.rstrip())
        position = line_end + 1
    if start is None or end is None:
        return None
    while end > start and text[end - 1] in ".;,":
        end -= 1
    return start, end
