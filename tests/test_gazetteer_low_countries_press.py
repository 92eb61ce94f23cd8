"""Newspapers of Belgium and the Netherlands and the US broadcaster Radio Free Asia are known media,
so that foreign titles the German NER cuts or takes for a person or a place ("Het Laatste", "La")
are the papers; other names beginning with the same articles stay what they are. The sentences
are made up."""

from __future__ import annotations

import pytest


def by_label(record) -> dict[str, str]:
    return {a.label: a.category for a in record.actors}


@pytest.mark.parametrize("sentence, media", [
    ("Der Verdächtige sei wieder frei, berichteten die Zeitungen La Dernière Heure und Het Laatste Nieuws.",
     {"La Dernière Heure", "Het Laatste Nieuws"}),
    ("Wie Het Nieuwsblad am Montag schrieb, tritt der Minister zurück.", {"Het Nieuwsblad"}),
    ("Der Sender Radio Free Asia (RFA) meldete die Festnahme von drei Mönchen.", {"Radio Free Asia"}),
])
def test_known_papers_and_broadcasters(extract, sentence, media):
    actors = by_label(extract(sentence))
    assert {label for label, category in actors.items() if category == "Media"} >= media
    assert not {"La", "Het Laatste", "Sender Radio Free Asia"} & set(actors)


def test_a_town_with_the_same_article_is_no_paper(extract):
    record = extract("Der Präsident landete am Abend in La Paz und sprach mit der Regierung.")
    assert not any(category == "Media" for category in by_label(record).values())
