"""Words that name no source (session 17): a day ("nach Angaben vom Mittwoch"), a bare draft ("laut
Entwurf"), and "sein" with "zu" and a verb of saying ("Auch Positives ist zu berichten"), which tells
what is to be said by no one. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Die Ermittlungskommission ist nach Angaben vom Mittwoch verstärkt worden.",
    "Die Zahl der Verletzten stieg laut Angaben vom Montagabend auf zwölf.",
    "Bestandteil wird laut Entwurf daher auch eine Eröffnungsbilanz sein.",
    "Auch Positives ist zu berichten: Eine weitere Diskriminierung wurde beseitigt.",
    "Dazu ist noch zu sagen, dass die Regierung versagt hat.",
])
def test_no_source(extract, text):
    record = extract(text)
    assert record.claims == []
    assert record.actors == []


@pytest.mark.parametrize("text, source", [
    # a draft's owner in the genitive speaks through it
    ("Laut dem Entwurf der EU-Kommission sollen die Quoten steigen.", "org:eu-kommission"),
    # the source beside a day still speaks
    ("Nach Angaben der Polizei vom Mittwoch wurden drei Menschen verletzt.", "other:polizei"),
    # a speaker who is willing to say something still says it
    ("Die Ministerin Anna Berger kündigte an, sie werde am Montag berichten.", "person:anna-berger"),
])
def test_sources_beside_those_words_still_speak(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]
