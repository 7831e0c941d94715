"""Invented wire texts (five rounds of one a language, a sixth and a seventh in all seven,
an eighth in all seven, a ninth in four, a tenth in five, an eleventh, a twelfth, a
thirteenth and a fourteenth in all seven), scored against their gold
(tests/evaluate/wires): the events matched, predicted and in gold, the statements likewise,
and every missed and false event key, per document. A change that gains or loses an event
here fails until the table says so, so the move is seen and explained."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from eventwire.evaluate.scorer import _key_text, evaluate_files

WIRES = Path(__file__).parent / "wires"


class Row(NamedTuple):
    events: str  # matched/predicted/gold
    statements: str
    missed: list[str]
    false: list[str]


EXPECTED = {
    "b-de": Row("5/5/5", "2/2/2", missed=[], false=[]),
    "b-en": Row("7/8/7", "4/4/4",
                # the claimed shelling's town is not known to be Ethiopian: no target there
                missed=[],
                false=["ASSAULT ERI -> -"]),
    "b-es": Row("6/7/6", "2/2/3",
                # "exigió ... y acusó": the second verb hung on an adjective (session 17:
                # _verb_conjoined_inside_object); "violar la soberanía" is defied (REJECT)
                missed=[],
                false=["AGREE BRA -> -"]),
    "b-fr": Row("5/8/5", "3/3/3", missed=[],
                false=["CONCEDE COD+RWA -> -", "CONSULT QAT -> -", "REJECT RWA -> COD"]),
    "b-it": Row("6/7/6", "2/2/3", missed=[], false=["CONSULT ARM+AZE -> -"]),
    "b-ru": Row("6/7/6", "2/2/2", missed=[], false=["CONSULT IGO+UN -> -"]),
    "b-uk": Row("3/6/4", "4/4/4", missed=["REQUEST UKR -> RUS"],
                false=["CONCEDE UKR -> -", "CONSULT ARE -> -", "SUPPORT UKR -> ARE"]),
    # round two (session 11): scored once before any fix at events 24/35/51, statements 14/18/21
    "c-de": Row("5/5/9", "3/3/4",
                missed=["ACCUSE RUS -> UKR", "AGREE RUS+UKR -> -", "ASSAULT UKR -> RUS",
                        "REJECT RUS -> -"], false=[]),
    "c-en": Row("7/10/10", "4/5/4",  # session 19: "spoke ... with both leaders and urged
                # them to": the pronoun stands for the partners of the first verb; "agreed on
                # Monday to hold border talks ... next week" gives the planned talks (future),
                # which the gold does not code, no longer folded into Malaysia's call of
                # Sunday (a mention with another day of its own is another happening)
                missed=["MOBILIZE THA -> KHM", "REQUEST CHN -> -", "SUPPORT USA -> -"],
                false=["AGREE USA -> -", "CONSULT KHM+THA -> -", "SANCTION THA -> -"]),
    "c-es": Row("5/7/6", "2/2/2", missed=["MOBILIZE VEN -> COL"],
                false=["CONSULT BRA -> -", "MOBILIZE VEN -> -"]),
    "c-fr": Row("3/6/6", "3/3/3",
                missed=["ACCUSE NER -> BEN", "AGREE NER -> BEN", "SUPPORT AU+IGO -> -"],
                false=["ACCUSE NER -> -", "CONCEDE NER -> BEN", "CONSULT TGO -> -"]),
    "c-it": Row("7/7/9", "2/2/3",  # session 17: "ha accusato X di armare ... e ha chiesto";
                # session 19: patrols reinforced (goods) are NATO's MOBILIZE
                missed=["CONCEDE SRB -> -", "CONSULT SRB+XKX -> -"],
                false=[]),
    "c-ru": Row("3/4/6", "3/3/3",
                missed=["ASSAULT AZE -> ARM", "CONSULT ARM+AZE -> -", "REJECT AZE -> -"],
                false=["ASSAULT AZE -> -"]),
    "c-uk": Row("3/3/5", "2/2/2",
                missed=["ASSAULT RUS -> UKR", "SUPPORT UKR -> ICRC+IGO"],
                false=[]),
    "d-de": Row("4/4/7", "2/2/4",  # session 18: "telefonierte mit beiden Regierungschefs"
                missed=["COERCE TUR -> GRC", "REQUEST DEU -> GRC+TUR", "THREATEN TUR -> -"],
                false=[]),
    "d-en": Row("6/9/7", "4/4/4",  # statements8: "..., his office said" speaks for the
                # person the sentence names (was 3/3/4)
                missed=["ASSAULT ERI -> ETH"],
                # session 18: "will host delegations from both countries" is a second CONSULT
                # beside the offer to mediate, which the gold codes as one
                false=["ASSAULT ERI -> -", "CONSULT KEN -> ERI+ETH", "SANCTION ETH -> -"]),
    "d-es": Row("3/4/6", "4/4/4",
                missed=["CONSULT GUY+VEN -> -", "MOBILIZE VEN -> GUY", "THREATEN USA -> -"],
                false=["MOBILIZE VEN -> -"]),
    "d-fr": Row("3/6/6", "2/2/2",
                missed=["ACCUSE COD -> RWA", "CONSULT COD+RWA -> -", "REJECT RWA -> COD"],
                # "sous l'égide du CICR": a mediation the gold does not code
                false=["ACCUSE COD -> -", "CONSULT ICRC+IGO -> -", "CONSULT QAT -> -"]),
    "d-it": Row("3/4/6", "2/3/2",
                missed=["ASSAULT - -> XKX", "CONSULT SRB+XKX -> -", "REJECT SRB -> XKX"],
                false=["AID SRB -> -"]),
    "d-ru": Row("6/9/7", "4/4/4",
                missed=["ASSAULT TJK -> KGZ"],
                false=["ASSAULT TJK -> -", "CONSULT RUS -> -", "RETREAT KGZ -> -"]),
    "d-uk": Row("3/4/5", "1/3/2",
                missed=["AID EU+IGO -> MDA", "SUPPORT ROU+UKR -> MDA"],
                false=["AID EU+IGO -> -"]),
    # round four (session 13): scored once before any fix at events 23/37/49 (gold amended for
    # two mediations), statements 19/21/29
    "e-de": Row("5/6/7", "4/4/4",  # session 17: "sicherten ... zu" (zusichern) lends its dative
                missed=["ASSAULT - -> POL", "SANCTION POL -> BLR"],
                # session 19: the crossings closed are read, the neighbour they lead to is not
                false=["SANCTION POL -> -"]),
    "e-en": Row("5/7/9", "3/4/5",
                missed=["ASSAULT PAK -> IND", "REQUEST SAU -> IND+PAK", "SANCTION PAK -> IND",
                        "THREATEN PAK -> IND"],
                false=["ASSAULT PAK -> -", "REQUEST SAU -> -"]),
    "e-es": Row("4/6/5", "4/4/4",
                missed=["CONCEDE COL -> ECU"],
                false=["REJECT COL -> ECU", "REQUEST ECU -> COL"]),
    "e-fr": Row("4/6/7", "2/2/4",
                missed=["REQUEST IGO -> DZA+MLI", "SANCTION BFA+NER -> DZA", "SANCTION MLI -> DZA"],
                false=["REQUEST IGO -> -", "SANCTION BFA+NER -> -"]),
    "e-it": Row("7/7/7", "2/2/3",
                missed=[],
                false=[]),
    "e-ru": Row("5/5/7", "4/4/4",
                missed=["ASSAULT AZE -> RUS", "COERCE AZE -> RUS"],
                false=[]),
    "e-uk": Row("5/5/6", "4/4/5",
                missed=["AGREE RUS -> UKR"],
                false=[]),
    "f-de": Row("5/6/7", "3/3/3",
                missed=["CONSULT EU+IGO -> SRB+XKX", "REJECT XKX -> SRB"],
                false=["REQUEST EU+IGO -> -"]),
    "f-en": Row("8/9/10", "5/5/5",
                missed=["ASSAULT THA -> KHM", "CONSULT THA -> KHM"],
                false=["ASSAULT THA -> -"]),
    "f-es": Row("5/6/5", "4/5/4",
                missed=[],
                false=["CONCEDE GUY -> USA"]),
    "f-fr": Row("5/6/7", "3/3/3",
                missed=["ASSAULT COD -> RWA", "CONSULT QAT -> COD+RWA"],
                false=["AGREE IGO -> -"]),  # session 18: the venue's country is no receiver
    "f-it": Row("4/5/4", "2/2/3",
                missed=[],
                false=["CONSULT IGO+NATO -> -"]),
    "f-ru": Row("7/7/7", "3/3/4",
                missed=[],
                false=[]),
    "f-uk": Row("5/5/5", "3/3/3",
                missed=[],
                false=[]),
    # round g (session 15): German, Italian and Spanish only, scored once as first run
    "g-de": Row("6/6/6", "6/6/6",  # first run 1/3/6 (F1 0.22); then "zur Mäßigung",
                missed=[],  # "hat Russland vorgeworfen, ... zu haben"
                false=[]),
    "g-es": Row("7/8/7", "4/4/5",  # "negó haber enviado": repair (session 16)
                missed=[],
                false=["MOBILIZE NIC -> -"]),
    "g-it": Row("3/5/5", "3/3/3",
                missed=["CONSULT AU+IGO -> EGY+ETH+SDN", "REQUEST ETH -> EGY+SDN"],
                false=["AGREE ETH -> -", "REQUEST IGO -> ETH"]),
    "g-en": Row("7/7/8", "6/6/6",
                missed=["THREATEN ARM -> AZE"],
                false=[]),
    # session 19: a source set off by commas inside a clause, the whole sentence said
    "g-fr": Row("5/6/6", "4/5/5",  # session 18: "s'est entretenu par téléphone avec"
                missed=["THREATEN TCD -> SDN"],
                false=["AGREE IGO -> -"]),  # an offer to host, which the gold codes CONSULT
    "g-ru": Row("3/6/7", "4/5/4",
                missed=["COERCE RUS -> GEO", "CONCEDE RUS -> GEO", "REJECT RUS -> GEO",
                        "SANCTION GEO -> RUS"],
                false=["AGREE RUS -> GEO", "COERCE RUS -> -", "SANCTION GEO -> -"]),
    "g-uk": Row("4/4/7", "4/4/4",
                missed=["CONCEDE POL -> UKR", "CONSULT POL+UKR -> -", "PROTEST POL -> UKR"],
                false=[]),
    # round h (session 16): en, fr, ru and uk, scored once as first run at events 17/25/27
    "h-en": Row("7/8/9", "4/7/6",  # session 18: a call with "the leaders of both countries"
                missed=["ASSAULT ETH -> SOM", "REQUEST SOM -> AU+IGO"],
                false=["ASSAULT ETH -> -"]),
    "h-fr": Row("7/7/7", "3/3/3",
                missed=[],
                false=[]),
    "h-ru": Row("5/7/6", "4/4/4",
                missed=["CONSULT RUS+UKR -> -"],
                false=["CONCEDE RUS+UKR -> -", "CONSULT ICRC+IGO -> -"]),
    "h-uk": Row("5/6/6", "2/3/4",
                missed=["ACCUSE UKR -> BLR"],
                false=["ACCUSE UKR -> -"]),
    # round h (session 16): German, Italian and Spanish, scored once as first run (14/17/23)
    "h-de": Row("5/5/8", "4/4/5",  # first run 3/5/8 (F1 0.46); then "auf, ... abzuziehen";
                # session 20: "Das Außenministerium bestellte ... ein" in a text filed in
                # Chisinau is Moldova's (the summons merges with the accusation)
                missed=["COERCE RUS -> MDA", "CONSULT IGO+OSCE -> MDA+RUS", "SUPPORT ROU -> MDA"],
                false=[]),
    "h-es": Row("6/6/7", "6/7/6",  # first run F1 0.83; session 20: "Exigimos la
                # liberación ...", a first-person demand with no pronoun, is the speaker's
                missed=["CONCEDE CHL -> BOL"],
                false=[]),
    "h-it": Row("6/7/8", "5/5/5",  # first run F1 0.80
                missed=["COERCE LBY -> TUN", "REQUEST TUN -> LBY"],
                false=["COERCE LBY -> -"]),
    # round i (session 17): en, fr, ru and uk, scored once as first run at events 20/29/29
    "i-en": Row("6/7/8", "6/6/6",  # first run 5/9/8; session 19: the summoned chargé
                # d'affaires is a protest addressed to his country
                missed=["ASSAULT VEN -> GUY", "COERCE VEN -> GUY"],
                false=["COERCE VEN -> -"]),
    "i-fr": Row("7/7/8", "3/4/4",  # first run 6/7/8
                missed=["AGREE TZA -> BDI+RWA"],
                false=[]),
    "i-ru": Row("6/8/7", "4/4/4",  # first run 5/7/7
                missed=["ASSAULT AFG -> TJK"],
                false=["ASSAULT AFG -> -", "CONCEDE AFG -> -"]),
    "i-uk": Row("4/5/6", "4/4/4",  # first run 4/6/6
                missed=["ACCUSE UKR -> RUS", "ASSAULT RUS -> UKR"],
                false=["ACCUSE UKR -> -"]),
    # round i (session 17): German, Italian and Spanish, scored once as first run (14/17/27:
    # de 0.86, es 0.80, it 0.27); then a dateline "N'Djamena, ..." and "il governo di
    # Khartoum" after Chad's government (it 0.62)
    "i-de": Row("6/6/8", "3/3/4",  # first run F1 0.86
                missed=["CONSULT IGO+NATO -> EST", "REQUEST IGO+NATO -> RUS"],
                false=[]),
    "i-es": Row("6/6/9", "4/4/4",  # first run F1 0.80
                missed=["AGREE ECU+PER -> -", "CONCEDE ECU -> PER", "CONSULT ECU+PER -> -"],
                false=[]),
    "i-it": Row("7/8/10", "3/3/4",  # first run 2/5/10 (F1 0.27); session 18: the call, N'Djamena
                missed=["CONSULT SDN+TCD -> -", "MOBILIZE TCD -> -", "REQUEST KEN -> SDN+TCD"],
                false=["REQUEST KEN -> -"]),
    # round j (session 18): en, fr, ru and uk, scored once as first run at events 25/29/31
    # (F1 0.83); then names between commas after a source, coordinated verbs keeping their
    # own receivers, relative clauses on nameless doers, time stamps set apart by a dash,
    # stances on an act told before, "its" after plural doers
    "j-en": Row("8/9/9", "6/6/7",  # first run 8/9/9, the wrong ASSAULT matched
                # the headline's clash is coded; the gold codes the body's attacks only
                missed=["CONSULT QAT -> AFG+PAK"],
                false=["ASSAULT AFG+PAK -> -"]),
    "j-fr": Row("6/6/7", "3/4/4",  # first run 6/7/7
                # the two claimed attacks of one doer on one side are one event
                missed=["ASSAULT TCD -> CAF"],
                false=[]),
    # session 19: "По словам председателя комитета X": X speaks, for the committee's country
    "j-ru": Row("7/7/9", "2/2/2",  # first run 7/7/9
                missed=["ASSAULT LTU -> BLR", "CONSULT BLR+LVA -> -"],
                false=[]),
    "j-uk": Row("5/7/6", "4/4/4",  # first run 4/6/6
                # a promise of supplies is AGREE in the lexicon, AID (future) in the gold
                missed=["AID POL -> UKR"],
                false=["AGREE POL -> UKR", "CONCEDE UKR -> -"]),
    # round j (session 18): German, Italian and Spanish, scored once as first run (16/19/23:
    # de 0.67, es 0.63, it 1.00); then "el Gobierno de transición haitiano" after the
    # Dominican government (es 0.78)
    "j-de": Row("7/7/7", "2/4/3",  # first run F1 0.67; session 19: the airspace violated
                # (an accusative hung on the instrument) is defied, no attack; "kündigte an, ...
                # zu verstärken" and "erklärten sich solidarisch" read
                missed=[],
                false=[]),
    "j-es": Row("7/8/9", "3/3/4",  # first run 5/7/9 (F1 0.63)
                # session 19: "y cerró todos los pasos fronterizos con el país vecino" is read,
                # the neighbour is no side; "ordenó además el despliegue" has a person of no country
                missed=["MOBILIZE DOM -> -", "SANCTION DOM -> HTI"],
                false=["SANCTION DOM -> -"]),
    "j-it": Row("7/7/7", "3/3/4",  # first run F1 1.00
                missed=[],
                false=[]),
    # round k (session 19, de es it ru uk), first run before any fix: events 29/35/50
    # (F1 0.68), statements 13/20/17; de 0.29, es 0.84, it 0.82, ru 0.80, uk 0.53
    "k-de": Row("5/7/10", "1/4/2",  # first run 2/4/10; session 23 (wireso): "nach Angaben
                # eines Diplomaten ... in Brüssel" no longer given to Brussels (was 1/5/2)
                missed=["ACCUSE BLR -> LTU", "ACCUSE LTU -> BLR", "ASSAULT - -> LTU",
                        "MOBILIZE LTU -> -", "REQUEST LTU -> BLR"],
                false=["ACCUSE - -> BLR", "MOBILIZE - -> -"]),
    "k-es": Row("8/9/11", "4/4/4",  # first run 8/8/11 (its REQUEST was "ordenó el despliegue")
                missed=["CONCEDE NIC -> CRI", "REQUEST CRI -> NIC", "SANCTION CRI -> NIC"],
                false=["SANCTION CRI -> -"]),
    "k-it": Row("8/9/10", "3/6/4",  # first run 7/7/10; session 19: "gli ha chiesto di";
                # "ha annunciato l'invio di altri due sistemi Patriot" is read, but the text
                # names no receiver in that sentence (Ukraine only by context)
                missed=["ACCUSE UKR -> RUS", "AID DEU -> UKR"],
                false=["AID DEU -> -"]),
    "k-ru": Row("9/10/11", "1/1/3",  # first run 8/9/11; session 19: "провел разговоры с
                # лидерами обеих стран и призвал их": the call's verb hung on the countries
                missed=["ASSAULT KGZ -> TJK", "REQUEST KGZ -> TJK"],
                false=["ASSAULT TJK -> -"]),
    "k-uk": Row("6/9/8", "4/4/4",  # first run 4/7/8; session 19: "дрон у ніч на понеділок
                # атакував" (a subject hung on the time phrase) is read, so the condemnation is
                # addressed; the ship is under Panama's flag in a port of no known country;
                # "підняв у повітря винищувачі" (jets scrambled) is a MOBILIZE
                missed=["ASSAULT RUS -> UKR", "REJECT RUS -> UKR"],
                false=["ASSAULT RUS -> -", "ASSAULT RUS -> PAN", "REJECT RUS -> ROU"]),
    # round l (session 20): all seven languages, scored once as first run at events 36/47/64,
    # statements 17/31/33; rows after the session's fixes (first-person demands, an apposed
    # subject, a bare ministry referring back, "1er décembre" in a dateline)
    "l-de": Row("6/7/10", "3/5/3",  # statements8: a speaker that had no name now has
                # one, of Croatia (was 2/5/3); first run 6/8/10: "Das Ministerium" now the Croatian
                # foreign ministry; "Serbien wies ... zurück. ..., erklärte Innenminister X"
                # makes X Serbian, not the dateline's; "Er warf Zagreb vor" and "erwarten
                # von" are left
                missed=["ACCUSE SRB -> HRV", "CONSULT HRV+SRB -> -", "MOBILIZE HRV -> -",
                        "REQUEST HRV -> SRB"],
                false=["CONSULT EU+IGO -> -"]),
    "l-en": Row("8/8/10", "4/5/7",  # first run 4/4/10: "China's special envoy, Li Wenhai,
                # spoke" had no verb; the REQUEST found since session 22's merged branches
                missed=["ACCUSE MMR -> BGD", "ASSAULT MMR -> BGD"],
                false=[]),
    "l-es": Row("9/9/9", "3/5/5",  # first run 8/9/9: "la cartera" the Bolivian ministry
                missed=[], false=[]),
    "l-fr": Row("5/6/8", "3/5/4",  # first run 4/6/8: "1er décembre" in the dateline, so
                # "Le ministère" is the dateline's; "doivent se retrouver" left a REQUEST
                missed=["AGREE SEN -> MLI+MRT", "CONSULT SEN -> MLI+MRT", "MOBILIZE MRT -> -"],
                false=["REQUEST SEN -> MLI+MRT"]),
    "l-it": Row("5/6/8", "3/3/3",  # first run 4/5/8: "Il ministero degli Esteri ha
                # convocato" is the dateline's (Albania's); "Il portavoce ha accusato" no one
                missed=["ACCUSE GRC -> ALB", "ASSAULT GRC -> ALB", "CONSULT ITA -> ALB+GRC"],
                false=["ACCUSE - -> ALB"]),
    "l-ru": Row("6/8/10", "4/5/5",  # first run 5/8/10 with CONCEDE - -> KGZ ("Мы требуем
                # от ... освободить" read as a release): now a demand; its speaker, a
                # spokesperson of the institution the sentence before names, has its country
                # again (statements2, statements/owners.py)
                missed=["ACCUSE KGZ -> KAZ", "AGREE KAZ+KGZ -> -", "COERCE KGZ -> KAZ",
                        "CONSULT UZB -> KAZ+KGZ"],
                false=["ACCUSE KAZ -> -", "COERCE KAZ -> -"]),
    "l-uk": Row("6/7/9", "3/5/6",  # first run 5/7/9: Uzhhorod unknown, so no target;
                # "викликала посла Росії і вимагає пояснень": the demand is of Russia
                missed=["ACCUSE RUS -> UKR", "ASSAULT RUS -> UKR", "CONSULT SVK+UKR -> -"],
                false=["ASSAULT RUS -> -"]),
    # round m (session 21): all seven languages, registers the earlier rounds lack (an agency
    # relaying a ministry relaying a commander, a live blog, an explainer with dated
    # background, an interview with split quotes, Konjunktiv I); scored once as first run at
    # events 52/70/78, statements 48/72/81; rows after the session's fixes (indirect
    # questions, a first-person conjunct, a border violated, support offered)
    "m-de": Row("7/8/12", "4/14/13",  # first run 6/10/12: "die Grenze verletzt" an ASSAULT,
                # (statements 3/13/13 until session 23: "teilte die Behörde mit" is now the
                # Estonian border police named before, statements9's office_back_nouns)
                # "ob Tallinn die Grenzübergänge schließen werde" a closure planned; the
                # conditional "Sollte Russland ... nicht freilassen" is still a refused release
                missed=["ACCUSE RUS -> EST", "CONSULT FIN -> EST+RUS", "MOBILIZE EST -> -",
                        "THREATEN EST -> RUS", "THREATEN RUS -> EST"],
                false=["CONCEDE RUS -> -"]),
    "m-en": Row("6/7/10", "9/13/12",  # statements8: "..., his office said" (was
                # 8/12/12); the headline's "says ..., accuses" no longer
                # inverted (branch precision, claims.says_with_content): 5/7/10 before;
                # "Saudi Arabia's foreign minister, Faisal bin Nasser, called ..." no verb
                missed=["ASSAULT IND -> PAK", "CONSULT IND+PAK -> -",
                        "MOBILIZE IND -> -", "REQUEST SAU -> IND+PAK"],
                false=["ASSAULT IND -> -"]),
    "m-es": Row("7/11/9", "6/6/7",  # the headline "choque entre ..." an ASSAULT on the USA
                # (likely "San Juan" taken for a city); "El
                # canciller, Andrés Solano," names no person, so "Solano exigió" no actor
                missed=["MOBILIZE NIC -> CRI", "REQUEST CRI -> NIC"],
                false=["ACCUSE CRI -> -", "ASSAULT CRI+NIC -> USA", "CONCEDE CRI -> NIC",
                       "MOBILIZE NIC -> -"]),
    "m-fr": Row("10/10/12", "8/8/12",
                missed=["REQUEST IGO+UN -> DZA+MAR", "THREATEN DZA -> MAR"],
                false=[]),
    "m-it": Row("7/11/12", "10/11/13",  # first run 7/11/12: "Mosca ci minaccia, ma non
                # cederemo" no longer Russia's; "ha offerto il proprio sostegno" now SUPPORT
                # with no receiver (the AGREE it was matched the 2022 accord by luck);
                # "Morozova ha accusato" (a surname after "la portavoce ..., Elena Morozova,")
                # no actor; session 23 (wireso): "l'Osce" (title-cased acronym) now known, so
                # "chiediamo all'Osce" is matched and "con la mediazione dell'Osce" (a meeting
                # offered) gives a CONSULT the gold does not code
                missed=["ACCUSE RUS -> MDA", "AGREE MDA+ROU -> -", "MOBILIZE RUS -> MDA",
                        "SUPPORT ROU -> MDA", "THREATEN RUS -> MDA"],
                false=["ACCUSE - -> MDA", "CONSULT IGO+OSCE -> -", "REJECT MDA -> RUS",
                       "THREATEN - -> RUS"]),
    "m-ru": Row("10/12/13", "8/9/10",  # "Она также обвинила" (a pronoun) no actor;
                # the government source kept (statements.tree_checks.unnamed_subject)
                missed=["ACCUSE RUS -> GEO", "AGREE RUS -> GEO", "CONCEDE RUS -> GEO"],
                false=["ACCUSE GEO -> -", "CONCEDE RUS -> -"]),
    "m-uk": Row("7/9/10", "8/12/14",  # "Генеральний секретар ООН привітав ... і закликав"
                # no actor
                missed=["ACCUSE UKR -> RUS", "CONCEDE RUS+UKR -> -", "REQUEST IGO+UN -> RUS+UKR"],
                false=["REQUEST - -> RUS+UKR", "SUPPORT UKR -> ARE"]),
    # round n (session 22): all seven languages, registers the earlier rounds lack (monitors'
    # report, a call readout, an analysis with dated background, Spanish clitic prose, an
    # Italian summit live blog, ru/uk official passives); scored once as first run at events
    # 23/38/71 (gold amended once, n-uk), statements 14/24/31; rows after the session's fixes
    "n-de": Row("7/8/11", "3/4/4",  # first run 6/8/11: "hatte Warschau 2000 zusätzliche
                # Soldaten ... verlegt" a deployment against Poland (the subject on the
                # auxiliary); "Warnschüsse ... abgegeben haben" and "in Aussicht" not read
                missed=["AID EU+IGO -> POL", "ASSAULT BLR -> POL", "CONCEDE BLR+POL -> -",
                        "SANCTION LTU -> BLR"],
                false=["SANCTION LTU -> -"]),
    "n-en": Row("5/5/12", "7/7/8",  # statements 4/5/8 until session 23, when "the
                # monitors said", "the mission said" became the EU mission named before and
                # "the report said" the mission's (statements9's institution_back_nouns); 3/4/12
                # and 3/4/8 until "said Azerbaijani units fired
                # mortars at ..." ("fired" read as an adjective of "mortars") was mended in
                # session 22; "warned that Baku would respond decisively" no threat; "the
                # monitors", "the head of the mission" no side; "the report said" given to
                # the last speaker (Azerbaijan's ministry), not the mission
                missed=["AGREE ARM+AZE -> -", "CONSULT EU+IGO -> ARM", "CONSULT EU+IGO -> AZE",
                        "MOBILIZE ARM+AZE -> -", "REQUEST ARM -> EU+IGO", "RETREAT ARM+AZE -> -",
                        "THREATEN AZE -> ARM"],
                false=[]),
    "n-es": Row("3/6/10", "1/5/4",  # first run 3/5/10: "ordenó reforzar los controles" was a
                # request to Chile (matched "le exigió" by luck), now MOBILIZE; "le exigió"
                # (a clitic) names no one asked; statements 1/6/4 until "se niegan a" (a
                # refusal) stopped being read as a denial said
                missed=["AGREE PER -> BOL+CHL", "COERCE CHL -> BOL", "CONSULT BOL -> CHL",
                        "REJECT CHL -> BOL", "REQUEST BOL -> CHL", "SANCTION BOL -> CHL",
                        "THREATEN BOL -> CHL"],
                false=["REJECT CHL -> -", "REQUEST BOL -> -", "SANCTION - -> CHL"]),
    "n-fr": Row("3/6/9", "2/3/4",  # first run: "toute incursion de l'armée burkinabè" an
                # attack on Burkina Faso, now by it; "Il a démenti" still resolved to the
                # Ivorian minister, not "Le ministre Zongo" of the sentence before
                missed=["ACCUSE BFA -> CIV", "ACCUSE CIV -> BFA", "COERCE BFA -> CIV",
                        "REJECT BFA -> CIV", "REQUEST CIV -> BFA", "SANCTION CIV -> BFA"],
                false=["ASSAULT BFA -> CIV", "REJECT CIV -> -", "REQUEST CIV -> -"]),
    "n-it": Row("5/6/9", "3/3/4",  # first run 4/6/9: the seizure negated ("ha fermato un
                # peschereccio ... sequestrandogli") and "e ha chiesto ad Ankara" Turkey's;
                # statements 1/1/4 until "ha ricordato ai giornalisti che" and "spiegando
                # che" were speech (session 22)
                missed=["AGREE GRC+TUR -> -", "COERCE TUR -> GRC", "CONSULT TUR -> GRC",
                        "REQUEST GRC -> EU+IGO"],
                false=["COERCE TUR -> -"]),
    "n-ru": Row("1/3/9", "1/1/2",  # official style the model misparses ("вручена нота",
                # "потребовано", "была выражена поддержка", "заявлено о готовности"); the
                # headline "направил Вильнюсу ноту протеста в связи с задержанием" still
                # gives Minsk the detention
                missed=["ACCUSE BLR -> LTU", "AGREE BLR -> LTU", "COERCE LTU -> BLR",
                        "CONSULT BLR+LTU -> -", "REQUEST BLR -> LTU", "SANCTION BLR -> LTU",
                        "SANCTION LTU -> BLR", "SUPPORT LVA+POL -> LTU"],
                false=["COERCE BLR -> LTU", "COERCE LTU -> -"]),
    "n-uk": Row("3/7/11", "3/5/5",  # first run 3/6/11: the Vatican, a mediator, was given as
                # releasing; "Ми вже передали" (the speaker after a long indirect question)
                # has no actor; session 23 (wireso): "Міністерством ... засуджено ... та
                # висловлено вимогу до Європейського Союзу" now Ukraine's demand, its addressee
                # (hung on the infinitive) not read
                missed=["AGREE RUS+UKR -> -", "AGREE UKR -> RUS", "AID POL -> UKR",
                        "ASSAULT RUS -> UKR", "CONCEDE RUS -> UKR", "CONSULT RUS+UKR -> -",
                        "REQUEST UKR -> EU+IGO", "REQUEST UKR -> RUS"],
                false=["ASSAULT RUS -> -", "CONCEDE RUS -> -", "REQUEST - -> RUS",
                       "REQUEST UKR -> -"]),
    # round o (session 23): all seven languages, registers the earlier rounds lack (an
    # explainer, "selon", Konjunktiv I, several speakers, relayed agencies, a Russian
    # ministry communiqué, a Ukrainian general-staff report); first run on the amended gold
    # events 39/51/75, statements 25/37/40
    "o-de": Row("6/6/10", "2/5/8",  # Konjunktiv I without a cue has no speaker; "bestellt ...
                # ein" in the headline dates the summons by the text's day
                missed=["ACCUSE EST -> RUS", "REQUEST FIN -> RUS", "SANCTION FIN -> RUS",
                        "SUPPORT EST+SWE -> FIN"],
                false=[]),
    "o-en": Row("8/10/12", "6/6/6",  # "India has not ruled out sending more troops" is also
                # a rejection denied; "Chinese state media accused India" names no actor
                missed=["ACCUSE CHN -> IND", "COERCE CHN -> IND", "CONSULT CHN+IND -> -",
                        "MOBILIZE IND -> -"],
                false=["ACCUSE - -> IND", "REJECT IND -> CHN"]),
    "o-es": Row("6/9/11", "4/7/6",  # first run: "el canciller peruano" given the Ecuadorian
                # minister's name (session 23: every word of the title); boats captured read
                # as an attack and the crews' detention with no receiver
                missed=["ACCUSE PER -> ECU", "COERCE PER -> ECU", "MOBILIZE ECU -> -",
                        "REQUEST COL -> ECU+PER", "REQUEST ECU -> PER"],
                false=["ACCUSE - -> ECU", "ASSAULT PER -> ECU", "COERCE PER -> -"]),
    "o-fr": Row("3/6/9", "4/6/5",  # first run: "Le Niger n'a pas confirmé cette visite" a
                # negated visit (session 23: unconfirmed, uncertain) and "Selon un diplomate en
                # poste à Niamey" Niger's words (session 23: no statement); "Selon lui" after
                # "Pour un chercheur ..." still goes to the minister quoted before
                missed=["COERCE NER -> BEN", "CONSULT TGO -> BEN+NER", "REJECT BEN -> NER",
                        "REQUEST BEN -> NER", "REQUEST IGO -> BEN+NER", "SANCTION BEN -> NER"],
                false=["COERCE - -> BEN", "CONCEDE BEN -> -", "THREATEN - -> NER"]),
    "o-it": Row("6/7/10", "4/4/6",  # first run 6/7/10, 3/4/6: the FSB's claim relayed by Tass
                # was the EU mission's ("l'Fsb" unknown; session 23)
                missed=["ACCUSE GEO -> RUS", "COERCE RUS -> GEO", "CONSULT GEO+RUS -> -",
                        "SUPPORT FRA -> GEO"],
                false=["ACCUSE GEO -> -"]),
    "o-ru": Row("2/2/10", "2/2/2",  # first run 2/3/10: the 2025 detention "эстонскими
                # пограничниками было задержано российское судно" had Estonia held (session 23:
                # the instrumental is the doer); agentless passives of the ministry ("вручена
                # нота", "отвергаются"), "Со стороны X ... выражена солидарность" and the
                # nominal "Нанесение удара ..." are still unread
                missed=["ACCUSE RUS -> EST", "ASSAULT EST -> RUS", "CONCEDE EST -> RUS",
                        "CONSULT EST+RUS -> -", "MOBILIZE IGO+NATO -> -", "REJECT RUS -> EST",
                        "SUPPORT FIN+LVA -> EST", "THREATEN RUS -> EST"],
                false=[]),
    "o-uk": Row("8/10/13", "4/6/7",  # the main night attack ("противник атакував Україну")
                # and "уразили нафтопереробний завод" unread; "Гриценко" after "речника МЗС
                # Олега Гриценка" has no country
                missed=["ACCUSE UKR -> RUS", "AGREE UKR -> TUR", "ASSAULT UKR -> RUS",
                        "CONCEDE RUS -> UKR", "REJECT UKR -> RUS"],
                false=["ACCUSE UKR -> -", "CONCEDE RUS -> -"]),
}


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return {d.document: d for d in evaluate_files([WIRES]).documents}


@pytest.mark.parametrize("document", sorted(EXPECTED))
def test_invented_wire(report, document: str) -> None:  # type: ignore[no-untyped-def]
    score = report[document]
    got = Row(
        f"{score.events.true_positive}/{score.events.predicted}/{score.events.gold}",
        f"{score.statements.true_positive}/{score.statements.predicted}/{score.statements.gold}",
        sorted(_key_text(k) for k in score.missed_events),
        sorted(_key_text(k) for k in score.false_events),
    )
    assert got == EXPECTED[document]
