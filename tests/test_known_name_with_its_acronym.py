"""A known name followed by its acronym without brackets ("der Internationalen Atomenergiebehörde
IAEA"), which the statistical NER takes as one name, is the known organisation, not a second one
called with its acronym; a name the NER finds across two known names of different things ("die
Caritas Wien": the charity and its town) stays the NER's. The sentences are made up."""

from __future__ import annotations

import pytest


def by_label(record) -> dict[str, str]:
    return {a.label: a.key for a in record.actors}


@pytest.mark.parametrize("sentence, key", [
    ("Viele gratulierten, so der Leiter der Internationalen Atomenergiebehörde IAEA, Mohammed ElBaradei.", "org:iaea"),
    ("Die Welthandelsorganisation WTO kritisierte die neuen Zölle scharf.", "org:wto"),
    ("Ein Sprecher der Weltgesundheitsorganisation WHO sagte, die Lage sei ernst.", "org:who"),
])
def test_a_known_name_and_its_acronym_are_the_known_organisation(extract, sentence, key):
    actors = by_label(extract(sentence))
    assert key in actors.values()
    assert not any(label.endswith((" IAEA", " WTO", " WHO")) for label in actors)


def test_two_known_names_of_different_things_stay_one_name(extract):
    assert "Caritas Wien" in by_label(extract("Die Caritas Wien verteilte am Montag Decken an Obdachlose."))
