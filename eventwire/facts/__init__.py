"""Facts of one document that an analyst compares across sources (the contract's ``fact``).

:func:`find_facts` is the pipeline stage; the subject of each fact is found by
:func:`eventwire.facts.subject.subject_at`.
"""

from __future__ import annotations

from eventwire.facts.slots import find_facts, subject_key

__all__ = ["find_facts", "subject_key"]
