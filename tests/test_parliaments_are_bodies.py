"""A parliament is a body of its own, not a metonym for its state: annotators list "Deutscher
Bundestag" or "US-Kongress" beside Germany and the USA, as kg lists the Nationalrat or the Sejm,
while a government ("die Bundesregierung", "das Weiße Haus") still stands for its state. The
sentences are made up."""

from __future__ import annotations

import pytest


def by_key(record) -> dict[str, str]:
    return {a.key: a.category for a in record.actors}


@pytest.mark.parametrize("sentence, parliament", [
    ("Der Bundestag stimmte am Donnerstag mit großer Mehrheit für das neue Gesetz.", "org:bundestag"),
    ("Der Deutsche Bundestag hat den Haushalt für das kommende Jahr beschlossen.", "org:bundestag"),
    ("Der US-Kongress lehnte die Pläne des Präsidenten für eine Steuerreform ab.", "org:kongress-us"),
    ("Die Knesset billigte am Abend ein umstrittenes Gesetz zur Justizreform.", "org:knesset"),
    ("Die Duma verabschiedete das Gesetz in dritter Lesung.", "org:duma"),
])
def test_a_parliament_is_its_own_organisation(extract, sentence, parliament):
    assert by_key(extract(sentence)).get(parliament) == "Organization"


def test_the_bundestag_alone_makes_no_german_state_actor(extract):
    record = extract("Der Bundestag stimmte am Donnerstag mit großer Mehrheit für das neue Gesetz.")
    assert "country:DE" not in {a.key for a in record.actors}


@pytest.mark.parametrize("sentence, state", [
    ("Die Bundesregierung beschloss am Mittwoch ein neues Hilfspaket.", "country:DE"),
    ("Das Weiße Haus wies die Vorwürfe am Montag zurück.", "country:US"),
])
def test_a_government_still_stands_for_its_state(extract, sentence, state):
    record = extract(sentence)
    assert state in {a.key for a in record.actors}
    assert not any(a.label in ("Bundesregierung", "Weißes Haus") for a in record.actors)
