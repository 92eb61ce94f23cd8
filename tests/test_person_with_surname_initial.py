"""The press often names a suspect by given name and the initial of the surname ("Iliass K."); where
the NER takes only the initial, the unknown capitalised word before it is the given name, and both
are the person. An ordinary noun before an initial is none. The sentences are made up."""

from __future__ import annotations

import pytest


def people(record) -> set[str]:
    return {a.label for a in record.actors if a.category == "Person"}


@pytest.mark.parametrize("sentence, person", [
    ("Der Mann namens Iliass K. wurde zu fünf Jahren Haft verurteilt, die Hälfte davon auf Bewährung.", "Iliass K."),
    ("Nach Angaben der Ermittler hatte Yassin B. die Tat bereits im Mai geplant.", "Yassin B."),
])
def test_given_name_and_initial_are_a_person(extract, sentence, person):
    assert person in people(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "Die Gruppe K. hatte das Haus im Mai besetzt.",
    "Die Zelle K. des Gefängnisses wurde am Montag geräumt.",
])
def test_no_person_from_a_noun_before_an_initial(extract, sentence):
    assert not any(label.endswith(" K.") for label in people(extract(sentence)))
