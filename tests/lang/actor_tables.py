"""What the per-language end-to-end tables share: the actor countries found in a sentence."""

from __future__ import annotations

from eventwire.actors.recognize import recognize_actors
from eventwire.model import Document
from eventwire.text.view import TextView


def recognized_countries(text: str, code: str) -> set[str]:
    """The countries of the actors recognised in ``text``, the actor stage alone."""
    doc = Document(id="t", text=text, language=code, reference_date=None)
    doc.view = TextView.of(text)
    recognize_actors(doc)
    return {m.actor.country for m in doc.mentions if m.actor is not None}
