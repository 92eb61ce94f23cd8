"""A bare surname with the particles of its person's full name ("so Van der Bellen", "sagte von
der Leyen") is that person as a whole: the particles are no speaker or actor of their own; an
article before a surname ("der Müller") is no particle. The sentences are made up."""

from __future__ import annotations

import pytest


def labels(record) -> set[str]:
    return {a.label for a in record.actors}


@pytest.mark.parametrize("sentence, person", [
    ("Alexander Van der Bellen tritt an. Ein Präsident, so Van der Bellen, müsse Vertrauen in die Regierung haben.",
     "Alexander Van der Bellen"),
    ("Ursula von der Leyen reiste nach Kiew. Dort sagte von der Leyen, die Union helfe weiter.",
     "Ursula von der Leyen"),
])
def test_the_particles_belong_to_the_surname(extract, sentence, person):
    record = extract(sentence)
    assert labels(record) == {person} | ({"Union"} & labels(record))
    speakers = {c.source for c in record.claims}
    assert speakers and all(s.startswith("person:") for s in speakers)


def test_an_article_before_a_surname_is_no_particle(extract):
    record = extract("Der Minister Thomas Müller sagte am Montag, die Lage sei ernst. Die Kritik der Opposition wies Müller zurück.")
    mentions = [m.text for a in record.actors if a.label == "Thomas Müller" for m in a.mentions]
    assert "Müller" in mentions and not any(m.startswith(("der ", "die ")) for m in mentions)
