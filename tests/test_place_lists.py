"""One rule for when a state after a list separator shares the list's preposition (and so is a
place): the grammar's ``marker_at`` and the places' ``_joined_to_place`` both ask
``continues_list``. After "und" the list goes on (unless a non-dative article and a verb start a
clause); after a comma it goes on only if another item follows, and only a dative article may
come between. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels
from kg.extract.grammar import marker_before


def _marker(nlp, sentence: str, word: str) -> str | None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    return marker_before(doc, token.i, token.sent.start)


@pytest.mark.parametrize("sentence, word, marker", [
    ("Die Flüchtlinge kommen aus Syrien, dem Irak und Afghanistan.", "Irak", "aus"),
    ("Die Flüchtlinge kommen aus Syrien, dem Irak und Afghanistan.", "Afghanistan", "aus"),
    ("Die Touristen kamen aus Spanien, Italien, den Niederlanden und Belgien.", "Niederlanden", "aus"),
    ("Die Waffen stammen aus Polen, Bulgarien und Rumänien.", "Bulgarien", "aus"),
    # a capitalised preposition opening the sentence is no part of the first name
    ("In Pakistan und Afghanistan gab es neue Fälle.", "Afghanistan", "in"),
    # a comma and no further item: a new clause
    ("Russland fliegt Angriffe in Syrien, Iran will das verhindern.", "Iran", None),
    # a comma and a nominative article: a new clause
    ("Die Lage in Kiew ist ruhig, die Türkei setzt auf Gespräche.", "Türkei", "die"),
    # a comma that closes an apposition is no further item
    ("Das sagte der Chef von Vodafone, der Österreicher Hans Huber, am Montag.", "Österreicher", "der"),
    # lowercase particles and a bracket inside a list item
    ("Im Vergleich zu Huber, Van der Bellen und Meier liegt er vorn.", "Van", "zu"),
    ("Es gibt Unterricht in Arabisch, Dari (Persisch), Kurdisch und Türkisch.", "Dari", "in"),
])
def test_list_preposition(nlp, sentence, word, marker):
    assert _marker(nlp, sentence, word) == marker


@pytest.mark.parametrize("text, actor", [
    ("Russland fliegt Angriffe in Syrien, Iran will das verhindern.", "Iran"),
    ("Es gab schwere Kämpfe in Syrien und die Türkei will eingreifen.", "Türkei"),
])
def test_state_starting_a_clause_after_a_place_acts(extract, text, actor):
    record = extract(text)
    assert actor in actor_labels(record)


@pytest.mark.parametrize("text, states", [
    ("Die Flüchtlinge kommen aus Syrien, dem Irak und Afghanistan.", {"Syrien", "Irak", "Afghanistan"}),
    ("Die Touristen kamen aus Spanien, Italien, den Niederlanden und Belgien.",
     {"Spanien", "Italien", "Niederlande", "Belgien"}),
    # no preposition: the first item is a place because it is visited
    ("Amerikanische Kampfjets besuchen Litauen und Rumänien.", {"Litauen", "Rumänien"}),
    ("In Pakistan und Afghanistan gab es neue Fälle von Kinderlähmung.", {"Pakistan", "Afghanistan"}),
])
def test_list_items_are_places_not_actors(extract, text, states):
    record = extract(text)
    assert states <= place_labels(record)
    assert not states & actor_labels(record)
