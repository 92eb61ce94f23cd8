"""A party's name for itself ("die Freien Demokraten" for the FDP) is the party: one actor with the
party's key and Wikidata id, whatever case the article puts it in. The sentences are made up."""

from __future__ import annotations

import pytest


def keys(record) -> set[str]:
    return {a.key for a in record.actors}


@pytest.mark.parametrize("sentence", [
    "Die Freien Demokraten schließen eine Koalition mit der SPD aus.",
    "Der Chef der Freien Demokraten, Christian Lindner, sagte, er sei zufrieden.",
    "Die FDP lehnt den Entwurf ab. Die Freien Demokraten wollen weniger Steuern.",
])
def test_free_democrats_are_the_fdp(extract, sentence):
    record = extract(sentence)
    assert "org:fdp" in keys(record)
    assert not any(a.label == "Demokraten" for a in record.actors)
    assert sum(a.key == "org:fdp" for a in record.actors) == 1


def test_democrats_elsewhere_are_not_the_fdp(extract):
    record = extract("Die Demokraten im US-Kongress lehnten den Haushalt von Präsident Trump ab.")
    assert "org:fdp" not in keys(record)
