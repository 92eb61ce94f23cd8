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
    # "von" after a draft is the agent of the passive, no owner; a draft referred back to is no
    # medium's just because one spoke before
    ("Bezahlt wird diese Rechnung laut Entwurf von Rentnern und Kranken.", None),
    ("Das Gesetz kommt, berichtet der „Spiegel“. Dem Entwurf zufolge sollen die Quoten steigen.", "org:der-spiegel"),
    # the source beside a day still speaks
    ("Nach Angaben der Polizei vom Mittwoch wurden drei Menschen verletzt.", "other:polizei"),
    # a speaker who is willing to say something still says it
    ("Die Ministerin Anna Berger kündigte an, sie werde am Montag berichten.", "person:anna-berger"),
])
def test_sources_beside_those_words_still_speak(extract, text, source):
    sources = [c.source for c in extract(text).claims]
    assert sources == ([source] if source else [])
