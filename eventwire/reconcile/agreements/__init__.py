"""Agreements across documents: ceasefires, prisoner exchanges and releases, talks.

Built from the merged events of :mod:`eventwire.reconcile.stories`; see
:func:`build_agreements`. Scope words are language data (``lang/<code>/scope.yaml``).
"""

from __future__ import annotations

from eventwire.facts.scope import find_scope, scope_tags
from eventwire.reconcile.agreements.build import build_agreements, open_commitments

__all__ = ["build_agreements", "find_scope", "open_commitments", "scope_tags"]
