"""Agreements across documents: ceasefires, prisoner exchanges and releases, talks.

Built from the merged events of :mod:`eventwire.reconcile.stories`; see
:func:`build_agreements`. Scope words are language data (``lang/<code>/scope.yaml``). An
agreement's status is decided in one place, :mod:`eventwire.reconcile.agreements.status`
(:func:`current_status`, :func:`is_open`), for the pages and the report to import.
"""

from __future__ import annotations

from eventwire.facts.scope import find_scope, scope_tags
from eventwire.reconcile.agreements.build import build_agreements, open_commitments
from eventwire.reconcile.agreements.status import current_status, is_open

__all__ = ["build_agreements", "current_status", "find_scope", "is_open", "open_commitments",
           "scope_tags"]
