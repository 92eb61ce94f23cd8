"""A state named only to say whose an office is ("Hugo Chávez, Staatspräsident Venezuelas", "des
Staatspräsidenten Venezuelas") is no party of the article, as
"der venezolanische Präsident" names none; a state that acts itself, or whose government does, is
one. The sentences are made up."""

from __future__ import annotations

import pytest


def keys(record) -> set[str]:
    return {a.key for a in record.actors}


@pytest.mark.parametrize("sentence", [
    "Der Kandidat wurde von Hugo Chávez, Staatspräsident Venezuelas, im Wahlkampf unterstützt.",
    "Der Wahlsieger traf am Montag den Berater des Staatspräsidenten Venezuelas zu einem Gespräch.",
])
def test_the_state_of_an_office_is_no_actor(extract, sentence):
    assert "country:VE" not in keys(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "Venezuela kritisierte am Montag die Sanktionen der Europäischen Union scharf.",
    "Die Regierung Venezuelas kritisierte am Montag die Sanktionen der Europäischen Union scharf.",
])
def test_a_state_that_acts_is_an_actor(extract, sentence):
    assert "country:VE" in keys(extract(sentence))
