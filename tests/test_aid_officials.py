"""Aid given by officials: a minister speaks for his state, not for the party a description of
him names; a federal minister ("Bundesfinanzminister") is of the article's federal state; the
official after the colon of "Auch der Bund sagte Hilfe zu: ..." is not the giver.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import kg
from test_extract import offers


def _offers(nlp, text: str):
    return offers(kg.extract(kg.article_from_text(text), nlp=nlp))


def _providers(found) -> set[str]:
    return {provider for provider, *_ in found}


def test_a_party_description_does_not_take_the_minister_from_his_state(nlp):
    found = _offers(nlp, "Titel\n\nWarschau (dpa) – Deutschland schickt Polen zwei Hubschrauber. Das kündigte "
                         "Innenminister Markus Keller bei einem Besuch an. Weitere Hilfe sei möglich, sagte der "
                         "SPD-Politiker. Die Entsendung von Soldaten schloss Keller aus.")
    assert _providers(found) == {"country:DE"}
    assert any("Soldaten" in " ".join(excluded) for _p, _r, _o, excluded, _s in found)


def test_the_headlines_minister_gives_for_the_state_named_with_him(nlp):
    found = _offers(nlp, "Keller sagt Warschau Hubschrauber zu\n\nWarschau (dpa) – Deutschland schickt Polen zwei "
                         "Hubschrauber. Das kündigte Innenminister Markus Keller bei einem Besuch an.")
    assert _providers(found) == {"country:DE"}


def test_a_federal_minister_is_of_the_datelines_federal_state(nlp):
    found = _offers(nlp, "Titel\n\nBremen (dpa) – Die Reederei hofft auf Geld vom Bund. Bundesfinanzminister "
                         "Karl Berger (FDP) schloss eine Staatsbeteiligung an der Reederei aus.")
    assert _providers(found) == {"country:DE"}


def test_the_official_after_the_colon_gives_for_the_federal_state(nlp):
    found = _offers(nlp, "Titel\n\nGraz (APA) – Nach dem Hochwasser sind viele Keller überflutet. Auch der Bund "
                         "sagte Unterstützung zu: Innenminister Franz Huber versprach Geld aus dem Katastrophenfonds.")
    assert _providers(found) == {"country:AT"}


def test_a_minister_of_no_state_and_no_state_offer_stays_the_giver(nlp):
    found = _offers(nlp, "Titel\n\nDie Lage im Katastrophengebiet ist ernst. Innenminister Franz Huber versprach "
                         "den Opfern rasche Hilfe.")
    assert _providers(found) <= {"person:franz-huber"}


def test_a_minister_after_his_states_refusal_speaks_for_it(nlp):
    found = _offers(nlp, "Titel\n\nSofia (dpa) – Bulgarien lehnt die Aufnahme von Flüchtlingen ab. „Wir werden "
                         "keinen einzigen Flüchtling aufnehmen“, sagte Innenminister Petar Iwanow.")
    assert _providers(found) == {"country:BG"}


def test_a_minister_after_his_federal_government_is_named_speaks_for_it(nlp):
    found = _offers(nlp, "Titel\n\nLinz (APA) – Die Bundesregierung verwies auf frühere Beschlüsse. Sozialminister "
                         "Karl Huber kündigte an, den Heizkostenfonds um 20 Millionen Euro aufzustocken.")
    assert _providers(found) == {"country:AT"}


def test_a_land_minister_after_the_federal_government_stays_the_giver(nlp):
    found = _offers(nlp, "Titel\n\nBerlin (dpa) – Die Bundesregierung verwies auf frühere Beschlüsse. Bayerns "
                         "Innenminister Florian Steiner lehnte eine Übernahme der Kosten ab.")
    assert "country:DE" not in _providers(found)
