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


@pytest.mark.parametrize("text, sentence", [
    # "abstreiten", split or joined, denies as "bestreiten" does
    ("Die Stadt wirft dem Verein Betrug vor. Der Verein Grünes Tal streitet dies ab. Er habe alle "
     "Regeln eingehalten.", 2),
    ("Monatelang hat die Firma Siemens abgestritten, dass die Anlage unsicher sei.", 1),
])
def test_a_denial_with_abstreiten_is_a_statement(extract, text, sentence):
    record = extract(text)
    assert [c.sentence for c in record.claims if c.cue.endswith(("streitet", "abgestritten"))] == [sentence]


def test_the_subjunctive_after_a_denial_is_no_claim_of_its_own(extract):
    # the reported speech after "streitet dies ab" continues the denial (one claim, in its sentence)
    record = extract("Die Stadt wirft dem Verein Betrug vor. Der Verein Grünes Tal streitet dies ab. Er habe "
                     "alle Regeln eingehalten.")
    assert 3 not in [c.sentence for c in record.claims]


def test_quarrelling_now_and_then_is_no_denial(extract):
    # "streiten … ab und zu": the particle of "ab und zu" (now and then) makes no "abstreiten"
    assert extract("Die Nachbarn streiten seit Jahren ab und zu über den Zaun.").claims == []
