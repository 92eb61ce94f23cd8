"""A body named by its head noun and what it is for or whom it gathers is called in the nominative,
however the article inflects it: "des Instituts für Friedensforschung" is the "Institut für
Friedensforschung", "des Verbandes Deutscher Lehrer" the "Verband Deutscher Lehrer" (the members
in the genitive plural, without an article, are part of the name). The sentences are made up."""

from __future__ import annotations

import pytest


def labels(record) -> set[str]:
    return {a.label for a in record.actors}


@pytest.mark.parametrize("sentence, label", [
    ("Nach Erkenntnissen des Instituts für Friedensforschung in Hamburg stieg die Zahl der Konflikte.",
     "Institut für Friedensforschung"),
    ("Laut einem Bericht des Komitees für Menschenrechte in Genf wurden 40 Journalisten verhaftet.",
     "Komitee für Menschenrechte"),
    ("Nach Angaben des Bundesinstituts für Risikobewertung ist das Mittel sicher.",
     "Bundesinstitut für Risikobewertung"),
    ("Einer Mitteilung des Verbandes Deutscher Lehrer zufolge fehlen 5000 Stellen.",
     "Verband Deutscher Lehrer"),
    ("Der Verband Österreichischer Zeitungen kritisierte das neue Mediengesetz.",
     "Verband Österreichischer Zeitungen"),
])
def test_a_body_is_called_in_the_nominative(extract, sentence, label):
    found = labels(extract(sentence))
    assert label in found
    assert not any(other != label and label.split()[-1] in other for other in found)


def test_a_fonds_keeps_its_s(extract):
    found = labels(extract("Der Direktor des Fonds für Entwicklungshilfe, Peter Huber, sagte, das Geld reiche nicht."))
    assert not any(label.startswith("Fond ") for label in found)


def test_a_verband_with_a_lowercase_adjective_names_no_members(extract):
    found = labels(extract("Der Verband kritisierte deutsche Politiker und forderte mehr Geld."))
    assert not any("Verband " in label for label in found)
