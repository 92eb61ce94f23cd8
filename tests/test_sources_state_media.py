"""A state's media named only by its prefix ("US-Medien", "US-Zeitungen") are unnamed media, not the
state speaking; the state's government named so ("laut US-Regierung") is the state, and a medium
named after the prefix ("der US-Sender NBC") is that medium. The sentences are made up."""

from __future__ import annotations

import pytest


def sources(record) -> set[str]:
    return {c.source for c in record.claims}


@pytest.mark.parametrize("sentence", [
    "Berichten verschiedener US-Medien zufolge fand am gestrigen Abend ein Treffen der beiden statt.",
    "Die US-Medien berichteten am Montag, drei Soldaten seien bei dem Angriff getötet worden.",
    "Mehreren US-Zeitungen zufolge wurden drei Soldaten bei dem Angriff getötet.",
])
def test_a_states_media_are_not_the_state(extract, sentence):
    assert "country:US" not in sources(extract(sentence))


@pytest.mark.parametrize("sentence, source", [
    ("Laut US-Regierung wurden drei Soldaten bei dem Angriff getötet.", "country:US"),
    ("Der US-Sender NBC berichtete, drei Soldaten seien getötet worden.", "org:nbc"),
])
def test_a_states_government_and_a_named_medium_speak(extract, sentence, source):
    assert source in sources(extract(sentence))
