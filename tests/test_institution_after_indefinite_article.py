"""A word for an institution after an indefinite article names a kind of body, not a particular
one: "in einem Minderheitenparlament", "ein neues Verteidigungsministerium" are no actors, while
"das Verteidigungsministerium" of the article's state is. The sentences are made up."""

from __future__ import annotations

import pytest


def labels(record) -> set[str]:
    return {a.label for a in record.actors if a.named}


@pytest.mark.parametrize("sentence, word", [
    ("Änderungen in einem Minderheitenparlament voranzutreiben bedeute zusammenzuarbeiten, hieß es.",
     "Minderheitenparlament"),
    ("Die Regierung plant ein neues Digitalministerium, sagte der Sprecher.", "Digitalministerium"),
])
def test_a_kind_of_body_is_no_actor(extract, sentence, word):
    assert word not in labels(extract(sentence))


def test_a_particular_body_stays(extract):
    found = labels(extract("Das Verteidigungsministerium kündigte am Montag neue Manöver an."))
    assert "Verteidigungsministerium" in found
