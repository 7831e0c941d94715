"""Language identification: the function-word count first, lingua when it is not decisive.

Tables of texts written for this test (invented happenings), per language:

- ``PARAGRAPHS``: a news paragraph in each of the seven languages; the count decides alone;
- ``SHORT``: one short sentence in each; whoever decides, the language is right, and the
  count never names another language;
- ``NEIGHBOURS``: close languages eventwire has no data for; the count abstains (lingua
  then keeps the text's own code where it knows the language);
- mixed texts: a sentence half in one language and half in another is left to lingua, and a
  long passage in another language than its document's gets its own language.
"""

from __future__ import annotations

import pytest

from eventwire import lang
from eventwire.ingest.readers import read_text
from eventwire.text.language import detect, guess, identify_language, passage_languages
from eventwire.text.passages import split_passages

PARAGRAPHS = {
    "en": "The two delegations met for four hours on Tuesday in the border town and agreed "
          "that prisoners would be exchanged by the end of the month. The mediator said the "
          "talks had been difficult but that both sides were ready to sign a longer truce, "
          "which they will discuss again after the holidays.",
    "fr": "Les deux délégations se sont réunies pendant quatre heures mardi dans la ville "
          "frontalière et ont convenu que les prisonniers seraient échangés avant la fin du "
          "mois. Selon le médiateur, les discussions ont été difficiles, mais les deux camps "
          "sont prêts à signer une trêve plus longue, dont ils parleront après les fêtes.",
    "de": "Die beiden Delegationen trafen sich am Dienstag vier Stunden lang in der Grenzstadt "
          "und vereinbarten, dass die Gefangenen bis zum Ende des Monats ausgetauscht werden. "
          "Der Vermittler sagte, die Gespräche seien schwierig gewesen, aber beide Seiten "
          "seien bereit, eine längere Waffenruhe zu unterzeichnen.",
    "es": "Las dos delegaciones se reunieron durante cuatro horas el martes en la ciudad "
          "fronteriza y acordaron que los prisioneros serán canjeados antes del final del mes. "
          "Según el mediador, las conversaciones fueron difíciles, pero ambas partes están "
          "dispuestas a firmar una tregua más larga, que volverán a discutir tras las fiestas.",
    "it": "Le due delegazioni si sono incontrate per quattro ore martedì nella città di "
          "confine e hanno concordato che i prigionieri saranno scambiati entro la fine del "
          "mese. Secondo il mediatore, i colloqui sono stati difficili, ma entrambe le parti "
          "sono pronte a firmare una tregua più lunga, di cui parleranno dopo le feste.",
    "ru": "Две делегации во вторник в течение четырёх часов встречались в приграничном городе "
          "и договорились, что пленные будут обменены до конца месяца. Как сообщил "
          "посредник, переговоры были трудными, но обе стороны готовы подписать более "
          "длительное перемирие, которое они обсудят после праздников.",
    "uk": "Дві делегації у вівторок протягом чотирьох годин зустрічалися в прикордонному місті "
          "та домовилися, що полонених обміняють до кінця місяця. Як повідомив посередник, "
          "переговори були важкими, але обидві сторони готові підписати довше перемир'я, яке "
          "вони обговорять після свят.",
}

SHORT = [
    ("en", "The governor said the bridge was hit twice overnight."),
    ("fr", "Le gouverneur a dit que le pont a été touché deux fois."),
    ("de", "Der Gouverneur sagte, die Brücke sei zweimal getroffen worden."),
    ("es", "El gobernador dijo que el puente fue alcanzado dos veces."),
    ("it", "Il governatore ha detto che il ponte è stato colpito due volte."),
    ("ru", "Губернатор сказал, что мост был поражён дважды."),
    ("uk", "Губернатор сказав, що міст був уражений двічі."),
]

NEIGHBOURS = {
    "pt": "O governo anunciou na segunda-feira que as negociações com a oposição vão continuar "
          "na próxima semana. Segundo o ministro, as duas delegações chegaram a um acordo "
          "sobre a troca de prisioneiros, mas ainda não há data para a assinatura.",
    "ca": "El president va dir que els soldats sortiran de la ciutat abans del final del mes i "
          "que el acord es complirà.",
    "gl": "O goberno anunciou o luns que as negociacións coa oposición van continuar a "
          "próxima semana. Segundo o ministro, as dúas delegacións chegaron a un acordo, pero "
          "aínda non hai data para a sinatura.",
    "nl": "De regering heeft maandag aangekondigd dat de onderhandelingen met de oppositie "
          "volgende week worden voortgezet. Volgens de minister hebben de twee delegaties een "
          "akkoord bereikt, maar er is nog geen datum voor de ondertekening.",
    "ro": "Guvernul a anunțat luni că negocierile cu opoziția vor continua săptămâna viitoare. "
          "Potrivit ministrului, cele două delegații au ajuns la un acord privind schimbul de "
          "prizonieri, dar încă nu există o dată pentru semnare.",
    "bg": "Правителството обяви в понеделник, че преговорите с опозицията ще продължат "
          "следващата седмица. Според министъра двете делегации са постигнали споразумение "
          "за размяна на затворници, но все още няма дата за подписването.",
    "be": "Урад абвясціў у панядзелак, што перамовы з апазіцыяй працягнуцца на наступным "
          "тыдні. Па словах міністра, дзве дэлегацыі дасягнулі пагаднення аб абмене "
          "палоннымі, але дата падпісання яшчэ не вызначана.",
    "sr": "Влада је у понедељак објавила да ће се преговори са опозицијом наставити следеће "
          "недеље. Према речима министра, две делегације су постигле договор о размени "
          "заробљеника, али још увек нема датума за потписивање.",
    "pl": "Rząd ogłosił w poniedziałek, że negocjacje z opozycją będą kontynuowane w przyszłym "
          "tygodniu. Według ministra obie delegacje osiągnęły porozumienie w sprawie wymiany "
          "jeńców, ale nie ma jeszcze daty podpisania.",
}

LINGUA_SAYS = {"gl": "es"}  # lingua has no Galician model: what it answers instead


def test_the_tables_cover_every_language_with_data() -> None:
    assert set(PARAGRAPHS) == {code for code, _ in SHORT} == set(lang.having("identify"))
    assert set(lang.having("identify")) == set(lang.available())


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_news_paragraph_is_decided_by_its_function_words(code: str) -> None:
    assert guess(PARAGRAPHS[code]) == code
    assert detect(PARAGRAPHS[code]) == code


@pytest.mark.parametrize(("code", "text"), SHORT, ids=[code for code, _ in SHORT])
def test_a_short_sentence_gets_its_language(code: str, text: str) -> None:
    assert guess(text) in (code, None)
    assert detect(text) == code


@pytest.mark.parametrize("code", sorted(NEIGHBOURS))
def test_a_close_language_without_data_is_left_to_lingua(code: str) -> None:
    assert guess(NEIGHBOURS[code]) is None
    assert detect(NEIGHBOURS[code]) == LINGUA_SAYS.get(code, code)


def test_a_one_word_text_is_left_to_lingua() -> None:
    assert guess("Kyiv") is None
    assert guess("") is None


@pytest.mark.parametrize(("first", "second"), [("en", "fr"), ("de", "it"), ("es", "en"),
                                               ("ru", "uk"), ("uk", "de"), ("it", "ru"),
                                               ("fr", "es")])
def test_a_text_half_in_each_of_two_languages_is_left_to_lingua(first: str, second: str) -> None:
    mixed = SHORT_BY_CODE[first] + " " + SHORT_BY_CODE[second]
    assert guess(mixed) is None
    assert detect(mixed) in (first, second)


SHORT_BY_CODE = dict(SHORT)


@pytest.mark.parametrize(("document", "quoted"), [("fr", "en"), ("en", "uk"), ("de", "es"),
                                                  ("ru", "it"), ("it", "fr"), ("es", "de"),
                                                  ("uk", "ru")])
def test_a_long_passage_in_another_language_gets_its_own(document: str, quoted: str) -> None:
    # A live blog of five time-stamped entries; the document's language is read from its
    # first 1,000 characters, so three entries in its language come first.
    entries = [PARAGRAPHS[document]] * 3 + [PARAGRAPHS[quoted], PARAGRAPHS[document]]
    text = "\n".join(f"1{n}:05\n{entry}" for n, entry in enumerate(entries))
    doc = read_text(text, id="mixed")
    identify_language(doc)
    split_passages(doc)
    passage_languages(doc)
    assert doc.language == document
    assert [p.language or doc.language for p in doc.passages] == [document] * 3 + [quoted, document]


def test_the_function_word_data_keeps_its_rules() -> None:
    """Each word in its language's letters, in lower case; no function word counted for two
    languages; no language lists as a neighbour's word one of its own."""
    data = {code: lang.section(code, "identify") for code in lang.having("identify")}
    owners: dict[str, list[str]] = {}
    for code, section in sorted(data.items()):
        letters = set(section["letters"])
        for word in section["words"]:
            owners.setdefault(word, []).append(code)
            assert word == word.lower() and set(word) <= letters, (code, word)
        assert not set(section["words"]) & set(section.get("neighbours", ())), code
    assert {word: codes for word, codes in owners.items() if len(codes) > 1} == {}
