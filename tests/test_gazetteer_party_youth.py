"""Parties' youth organisations are organisations of their own ("Grüne Jugend", "Junge Union",
"Jusos"), not the party: "bei der Grünen Jugend" is no mention of the Greens. The sentences are
made up."""

from __future__ import annotations

import pytest


def keys(record) -> set[str]:
    return {a.key for a in record.actors}


@pytest.mark.parametrize("sentence, key", [
    ("Bei der Grünen Jugend herrscht Unzufriedenheit mit der Kandidatur.", "org:gruene-jugend"),
    ("Der Chef der Jungen Union forderte am Sonntag Neuwahlen.", "org:junge-union"),
    ("Die Jusos lehnten den Koalitionsvertrag ab.", "org:jusos"),
    ("Die Sozialistische Jugend protestierte vor dem Parlament.", "org:sozialistische-jugend"),
])
def test_a_youth_organisation_is_its_own_actor(extract, sentence, key):
    found = keys(extract(sentence))
    assert key in found
    assert not {"org:gruene", "org:gruene-at", "org:cdu", "org:spd", "org:spoe"} & found


def test_the_party_itself_stays_the_party(extract):
    found = keys(extract("Die Grünen kritisierten die Regierung, die Union wies die Kritik zurück."))
    assert "org:gruene" in found and "org:gruene-jugend" not in found
