"""Every shipped pipeline loads by language and parses a sentence of its language.

How well each parses is measured on the UD test sets (docs/models.md), not here; this checks
that each model loads, annotates every token and maps it back to the document's characters.
"""

from __future__ import annotations

import pytest

from eventwire.model import Document, Sentence
from eventwire.syntax import models
from eventwire.syntax.parse import char_span, parse_sentences

# Sentences written for these tests (invented happenings): subject, verb, object.
SENTENCES = {
    "en": ("The council approved the plan.", "council", "approve", "plan"),
    "fr": ("Le conseil a approuvé le plan.", "conseil", "approuver", "plan"),
    "de": ("Der Rat billigte den Plan.", "Rat", "billigen", "Plan"),
    "es": ("El consejo ha aprobado el plan.", "consejo", "aprobar", "plan"),
    "it": ("Il consiglio ha approvato il piano.", "consiglio", "approvare", "piano"),
    "ru": ("Совет одобрил план.", "Совет", "одобрить", "план"),
    "uk": ("Рада схвалила план.", "Рада", "схвалити", "план"),
}


def test_every_language_ships_a_model():
    assert models.available() == tuple(sorted(SENTENCES))


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_model_parses_subject_verb_object(lang):
    text, subject, verb, obj = SENTENCES[lang]
    doc = Document(id="t", text="Intro. " + text, language=lang)
    doc.sentences = [Sentence(0, 6), Sentence(7, len(doc.text))]
    parse_sentences(doc)
    parsed = doc.sentences[1].parse
    assert doc.sentences[0].parse is not None
    assert [t.dep_ for t in parsed].count("ROOT") >= 1
    assert all(t.lemma_ and t.pos_ and t.dep_ for t in parsed)  # every token annotated
    token = next(t for t in parsed if t.text == obj)
    start, end = char_span(doc.sentences[1], token)
    assert doc.text[start:end] == obj
    verb_token = next(t for t in parsed if t.text.lower().startswith(verb[:4].lower()))
    assert verb_token.pos_ in ("VERB", "AUX")


def test_unknown_language_has_no_model():
    assert models.load("xx") is None
    assert models.load("../en") is None
