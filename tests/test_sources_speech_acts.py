"""Speech acts the annotation guidelines count as statements: answers, rebukes, insistence, doubt."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Innenministerin Johanna Berger erwiderte, die Kritik sei haltlos.",
    "Der Rechnungshof rügte die Vergabe der Aufträge als intransparent.",
    "Oppositionschef Peter Huber geißelte die Pläne der Regierung als unsozial.",
    "Die Gewerkschaft beharrte darauf, dass die Löhne steigen müssten.",
    "Der Anwalt Karl Maier zweifelte die Echtheit der Dokumente an.",
    "Die Ministerin pflichtete dem Vorschlag bei, die Grenzen zu öffnen.",
])
def test_a_speech_act_is_a_statement(extract, sentence):
    assert len(extract(sentence).claims) == 1


def test_returning_a_visit_is_no_statement(extract):
    # "erwidern" of a greeting or a visit has nothing said beside it
    assert extract("Der Präsident Franz Huber erwiderte den Besuch im Mai.").claims == []


@pytest.mark.parametrize("sentence", [
    "Für den Wiederaufbau hält die EU zwei Milliarden Euro bereit.",
    "Als Kind sah Angela Merkel ihren Vater selten.",
    "Auf dem Markt spekulierten Händler mit Weizen.",
])
def test_a_preposition_opening_the_sentence_or_a_market_bet_is_no_statement(extract, sentence):
    assert extract(sentence).claims == []
