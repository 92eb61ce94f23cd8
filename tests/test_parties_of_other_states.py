"""Parties of many states share a name ("Konservative Partei", "Demokratische Partei"): where the
article says whose with a state's genitive ("die Konservative Partei Kanadas"), the party is that
state's, not the known party of another state with the same name. The sentences are made up."""

from __future__ import annotations

import pytest


def by_label(record) -> dict[str, str]:
    return {a.label: a.key for a in record.actors}


@pytest.mark.parametrize("sentence, label, not_key", [
    ("Bei der Wahl hatte die Konservative Partei Kanadas 125 Sitze errungen.",
     "Konservative Partei Kanadas", "org:tories"),
    ("Die Demokratische Partei Japans verlor die Wahl deutlich, sagte der Premier.",
     "Demokratische Partei Japans", "org:demokraten-us"),
])
def test_a_shared_party_name_with_a_state_is_that_states_party(extract, sentence, label, not_key):
    actors = by_label(extract(sentence))
    assert label in actors
    assert not_key not in actors.values()


@pytest.mark.parametrize("sentence, key", [
    ("Die Konservative Partei gewann die Unterhauswahl in Großbritannien.", "org:tories"),
    ("Die Demokratische Partei nominierte am Donnerstag ihren Kandidaten für das Weiße Haus.", "org:demokraten-us"),
])
def test_the_known_party_without_a_state(extract, sentence, key):
    assert key in by_label(extract(sentence)).values()
