"""Who said it: one quote, told by two outlets in any two languages, given to different
named people is a ``speaker`` discrepancy (facts.quotes reads each quote's concepts from
``lang/<code>/quotes.yaml``; reconcile.quotes sets the people side by side). Near-misses
stay silent: two different quotes, one person in two scripts or named more or less
fully, a quote given to no one by name. Each row pins the whole output: the speaker
records of the two documents, read as one story (invented quotes and people)."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.facts.quotes import SPEAKER
from eventwire.reconcile.quotes import quote_discrepancies
from eventwire.records import FactRecord

CHILDREN = {  # "our children deserve a future without war"
    "en": '"Our children deserve a future without war," {who} said after the signing.',
    "fr": "« Nos enfants méritent un avenir sans guerre », a déclaré {who}.",
    "de": "„Unsere Kinder verdienen eine Zukunft ohne Krieg“, sagte {who}.",
    "es": '"Nuestros hijos merecen un futuro sin guerra", afirmó {who}.',
    "it": '"I nostri figli meritano un futuro senza guerra", ha detto {who}.',
    "ru": "«Наши дети заслуживают будущего без войны», — заявил {who}.",
    "uk": "«Наші діти заслуговують на майбутнє без війни», — заявив {who}.",
}
TRUST = {  # another quote: "trust between our peoples will come back through dialogue"
    "en": '"Trust between our peoples will come back through dialogue," {who} said.',
    "ru": "«Доверие между нашими народами вернётся через диалог», — заявил {who}.",
}
VARGA = {"ru": "Томаш Варга", "uk": "Томаш Варга"}  # Tomas Varga in Cyrillic
KOVACS = {"ru": "Илона Ковач", "uk": "Ілона Ковач"}

ROWS = [
    # (lang a, quote a, speaker a, lang b, quote b, speaker b, the values reported)
    ("en", CHILDREN, "Tomas Varga", "fr", CHILDREN, "Ilona Kovacs",
     ["Tomas Varga", "Ilona Kovacs"]),
    ("de", CHILDREN, "Tomas Varga", "es", CHILDREN, "Ilona Kovacs",
     ["Tomas Varga", "Ilona Kovacs"]),
    ("it", CHILDREN, "Ilona Kovacs", "ru", CHILDREN, VARGA["ru"],
     ["Ilona Kovacs", VARGA["ru"]]),
    ("uk", CHILDREN, KOVACS["uk"], "en", CHILDREN, "Tomas Varga",
     [KOVACS["uk"], "Tomas Varga"]),
    # near-misses: another quote; one person in two scripts; a speaker with no name
    ("en", CHILDREN, "Tomas Varga", "ru", TRUST, KOVACS["ru"], None),
    ("uk", CHILDREN, VARGA["uk"], "en", CHILDREN, "Tomas Varga", None),
    ("es", CHILDREN, "un portavoz del Gobierno", "en", CHILDREN, "Tomas Varga", None),
    # near-miss: one person named more or less fully (the German parse keeps "Ilona" alone)
    ("de", CHILDREN, "Ilona Kovacs", "en", CHILDREN, "Ilona Kovacs", None),
]


def _speaker_facts(doc_id: str, lang: str, text: str) -> list[FactRecord]:
    records = extract_text(text, language=lang, id=doc_id).records
    return [FactRecord.from_json(r) for r in records
            if r["kind"] == "fact" and r["attribute"] == SPEAKER]


@pytest.mark.parametrize(("lang_a", "quote_a", "who_a", "lang_b", "quote_b", "who_b", "want"),
                         ROWS)
def test_who_said_it(lang_a: str, quote_a: dict[str, str], who_a: str, lang_b: str,
                     quote_b: dict[str, str], who_b: str, want: list[str] | None) -> None:
    facts = (_speaker_facts("a", lang_a, quote_a[lang_a].format(who=who_a))
             + _speaker_facts("b", lang_b, quote_b[lang_b].format(who=who_b)))
    found = quote_discrepancies(facts, {"a": "story", "b": "story"}, {}, {})
    assert [[v.value for v in d.values] for d in found] == ([want] if want else [])
    if want:  # each side stands on its own document
        assert [list(v.sources) for v in found[0].values] == [["a"], ["b"]]
        assert [d.attribute for d in found] == [SPEAKER]


def test_who_said_it_in_words() -> None:
    """The summary and the web page's sentence name the quote, then each side's person."""
    from eventwire.web.words import discrepancy_sentence

    facts = (_speaker_facts("a", "en", CHILDREN["en"].format(who="Tomas Varga"))
             + _speaker_facts("b", "fr", CHILDREN["fr"].format(who="Ilona Kovacs")))
    [found] = quote_discrepancies(facts, {"a": "story", "b": "story"}, {},
                                  {"a": {"outlet": "Wire A"}, "b": {"outlet": "Wire B"}})
    assert found.summary == ("Who said “Our children deserve a future without war”: "
                             "Tomas Varga (Wire A) vs Ilona Kovacs (Wire B)")
    assert discrepancy_sentence(found, None) == (
        "Sources disagree on who said “Our children deserve a future without war”: "
        "Tomas Varga or Ilona Kovacs.")
