"""Syntax: eventwire's own dependency parsers, one per language, and the stage that runs them.

The pipelines under ``eventwire/models/<lang>/`` are trained here from Universal Dependencies
(``scripts/train_models.py``); :mod:`eventwire.syntax.models` loads them by language the first
time a language is met, and :mod:`eventwire.syntax.parse` gives every sentence its parse.
"""
