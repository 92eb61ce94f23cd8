"""A person's name ends before "von der"/"vom" with an ordinary noun, which says who acted on the
person ("wurde Hu von der Staatssicherheit verhaftet"), not before a surname's particle ("Ursula von
der Leyen", "Friedrich von der Heide": a given name, then the particle). The sentences are made up."""

from __future__ import annotations

import pytest


def labels(record) -> set[str]:
    return {a.label for a in record.actors}


@pytest.mark.parametrize("sentence", [
    "Der Bürgerrechtler Hu Jia kritisierte die Spiele. Einige Zeit später wurde Hu von der Staatssicherheit verhaftet.",
    "Die Aktivistin Li Wei protestierte. Danach wurde Li vom Geheimdienst verhört.",
])
def test_the_agent_is_no_part_of_the_name(extract, sentence):
    found = labels(extract(sentence))
    assert not any(" von " in label or " vom " in label for label in found)


@pytest.mark.parametrize("sentence, label", [
    ("Ursula von der Leyen sagte am Montag, die Lage sei ernst.", "Ursula von der Leyen"),
    ("Der Abgeordnete Friedrich von der Heide sagte, die Lage sei ernst.", "Friedrich von der Heide"),
])
def test_a_surname_with_its_particle_stays(extract, sentence, label):
    assert label in labels(extract(sentence))
