"""Handing over a task or a charge ("übergab den Militäreinsatz der UNO-Truppe", "überließ das
Kommando der Armee") helps no one: the task changes hands. Goods handed over still help, also where
a word of a task is only part of another phrase ("Hilfsgüter für die Missionsstation").

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("sentence", [
    "Frankreich übergab den Militäreinsatz später der UNO-Truppe MINUSMA.",
    "Die Nato übergab das Kommando über den Flughafen an die afghanische Armee.",
    "Großbritannien überließ die Verantwortung für die Provinz den Vereinigten Staaten.",
])
def test_a_task_handed_over_is_no_help(extract, sentence):
    assert offers(extract(sentence)) == []


@pytest.mark.parametrize("sentence, provider, recipient", [
    ("Frankreich übergab der malischen Armee 20 Panzer.", "country:FR", "country:ML"),
    ("Deutschland übergab dem Roten Kreuz Hilfsgüter für die Missionsstation.", "country:DE", "org:rotes-kreuz"),
])
def test_goods_handed_over_still_help(extract, sentence, provider, recipient):
    assert [(p, r) for p, r, *_ in offers(extract(sentence))] == [(provider, (recipient,))], offers(extract(sentence))
