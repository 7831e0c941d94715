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


# -- limits: sentence length and the time budget per document -----------------------------

def _long_sentence(words: int) -> str:
    rng = random.Random(7)
    vocabulary = VOCABULARY["en"][:12] + ["Arland", "Borvia", "talks", "officials"]
    parts = [rng.choice(vocabulary).strip() or "talks" for _ in range(words)]
    return " ".join(p for p in parts if p) + "."


def test_a_sentence_without_end_is_cut_into_bounded_pieces() -> None:
    """A 160 KB run without a full stop used to cost its length squared (31 s); its
    pieces now hold at most MAX_SENTENCE_TOKENS words each and cover every word."""
    from eventwire.pipeline import MAX_SENTENCE_TOKENS

    text = _long_sentence(27_000)
    assert len(text) > 150_000
    result = extract_text(text, language="en", reference_date="2026-03-18")
    assert result.errors == []
    doc = result.documents[0]
    assert doc.metadata["long_sentences_cut"] == 1
    sizes = [len(doc.text[s.start:s.end].split()) for s in doc.sentences]
    assert max(sizes) == MAX_SENTENCE_TOKENS and sum(sizes) == len(text.split())


def test_pieces_end_at_a_pause_in_their_second_half() -> None:
    from eventwire.model import Document, Sentence
    from eventwire.pipeline import bound_sentences

    words = [f"w{n}," if n in (150, 320) else f"w{n}" for n in range(450)]
    text = " ".join(words)
    doc = Document(id="d", text=text, sentences=[Sentence(0, len(text))])
    bound_sentences(doc)
    pieces = [doc.text[s.start:s.end].split() for s in doc.sentences]
    assert [(p[0], p[-1], len(p)) for p in pieces] == [
        ("w0", "w150,", 151), ("w151", "w320,", 170), ("w321", "w449", 129)]


def test_short_sentences_are_left_alone() -> None:
    result = extract_text("Arland and Borvia agreed to talks. Officials said so.", language="en")
    assert "long_sentences_cut" not in result.documents[0].metadata


def _spin(doc: object) -> None:
    while True:  # only the budget's alarm ends this stage
        pass


def test_a_document_over_its_time_budget_is_an_error_and_the_batch_goes_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire import api, pipeline
    from eventwire.ingest.readers import read_text

    api.extract_text("Arland and Borvia agreed to talks.", language="en")  # lexicons loaded
    real = pipeline.process_batch

    def process_batch(docs: list, budget: float | None = None) -> list:
        return [out for doc in docs for out in real(
            [doc], (pipeline.Stage("spin", _spin, (), ()),) if doc.id == "slow"
            else pipeline.STAGES, budget=budget)]

    monkeypatch.setattr(api, "process_batch", process_batch)
    docs = [read_text("Arland and Borvia agreed to talks.", id=name, language="en")
            for name in ("before", "slow", "after")]
    result = api.extract_documents(docs, time_budget=1)
    assert [d.id for d in result.documents] == ["before", "after"]
    assert [str(e) for e in result.errors] == [
        "<text>: over the time budget (1 s per document): skipped"]


def test_outside_the_main_thread_the_budget_is_checked_between_stages() -> None:
    import threading
    import time

    from eventwire.model import Document
    from eventwire.pipeline import OverBudget, Stage, process

    raised: list[BaseException] = []

    def run() -> None:
        def burn(doc: object) -> None:  # CPU time: the budget counts CPU, not the clock
            end = time.thread_time() + 1.5
            while time.thread_time() < end:
                pass

        stage = Stage("burn", burn, (), ())
        try:
            process(Document(id="d", text="x", language="en"), (stage, stage), budget=1)
        except OverBudget as error:
            raised.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    assert [str(e) for e in raised] == ["over the time budget (1 s per document)"]
