"""Across documents: stories, merged events, agreements and discrepancies.

Works on the contract's records (JSON dicts in and out, typed through
:mod:`eventwire.records` inside), so it can run on fresh extractions and on what a store
holds alike. :func:`reconcile` is the one entry point the API calls.
"""

from __future__ import annotations

from eventwire.reconcile.build import reconcile

CROSS_DOCUMENT_KINDS = ("agreement", "story", "discrepancy")

__all__ = ["CROSS_DOCUMENT_KINDS", "reconcile"]
