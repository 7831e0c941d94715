"""Random news-like texts never crash the pipeline, and every span stays inside its text."""

from __future__ import annotations

import random

import pytest

from eventwire.api import extract_text

VOCABULARY = {
    "en": ["Russia", "Ukraine", "the Kremlin", "said", "that", "agreed", "to", "a", "ceasefire",
           "on", "Tuesday", "\"", "“", "”", ",", ".", ":", "attacks", "175", "prisoners",
           "Trump", "Putin", "will", "not", "accused", "each other", "of", "Reuters", "reported",
           "more than", "an hour", "between", "and", "\n", "\n\n", "(", ")", "XNUMX", "1,300",
           "the two leaders", "his", "call with", "Zelenskyy", "according to", "Israel", "Hamas"],
    "fr": ["la Russie", "l'Ukraine", "le Kremlin", "a déclaré", "que", "ont convenu", "d'un",
           "cessez-le-feu", "mardi", "«", "»", ",", ".", ":", "frappes", "175", "prisonniers",
           "Poutine", "Zelensky", "ne", "pas", "s'accusent", "mutuellement", "rapporte", "l'AFP",
           "plus d'une heure", "entre", "et", "\n", "a-t-il", "écrit", "selon",
           "les deux dirigeants", "son", "appel téléphonique avec", "1 300", "XNUMX", "Israël",
           "le Hamas", "-"],
}


def _text(rng: random.Random, language: str) -> str:
    words = VOCABULARY[language]
    return " ".join(rng.choice(words) for _ in range(rng.randint(1, 120)))


@pytest.mark.parametrize("language", sorted(VOCABULARY))
def test_random_texts_keep_every_span_inside_the_text(language: str) -> None:
    rng = random.Random(20260318)
    for _ in range(150):
        text = _text(rng, language)
        result = extract_text(text, language=language, reference_date="2026-03-18")
        assert not result.errors, (text, result.errors)
        doc = result.documents[0]
        for record in result.records:
            if record["kind"] == "statement":
                start, end = record["span"]
                assert doc.text[start:end] == record["text"]
            elif record["kind"] == "event":
                start, end = record["evidence"]["span"]
                assert 0 <= start < end <= len(doc.text)
                assert doc.text[start:end] == record["evidence"]["text"]
