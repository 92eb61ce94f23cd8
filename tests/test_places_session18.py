"""Places on unseen news (session 18): a town that names a club in a match's report is no place,
its ground is."""

import pytest

from conftest import record_of


def places(nlp, text):
    return {p.label for p in record_of(nlp, text).places}


@pytest.mark.parametrize("text, town", [
    ("Die Gastgeber feierten mit einem 2:0 gegen Freiburg den dritten Sieg in Serie.", "Freiburg"),
    ("Nach dem Eigentor stand es Bochum 1:1, dann kippte die Partie.", "Bochum"),
    ("Ergebnisse vom Samstag: Hannover 96 - Eintracht Trier 2:2 (1:0)", "Hannover"),
    ("Kurz vor der Pause fiel das 1:0 für Osnabrück durch einen Kopfball.", "Osnabrück"),
    ("Der Abwehrchef fehlte beim 3:1 gegen Lecce wegen einer Sperre.", "Lecce"),
])
def test_a_town_that_plays_a_match_is_its_club(nlp, text, town):
    assert town not in places(nlp, text)


@pytest.mark.parametrize("text, town", [
    ("Das Team gewann am Sonntag in Freiburg mit 2:0.", "Freiburg"),  # the ground
    ("Regensburg – Das Spiel der Gastgeber endete 1:1, die Fans pfiffen.", "Regensburg"),  # a dateline
    ("Die Demonstranten protestierten gegen Pläne der Stadt, in Bochum ein Stadion zu bauen.", "Bochum"),
    ("Der Zug nach Osnabrück fährt um 16:30 Uhr ab.", "Osnabrück"),  # a time, no result
])
def test_a_ground_a_dateline_or_a_town_without_a_match_stays_a_place(nlp, text, town):
    assert town in places(nlp, text)


def test_a_dateline_after_a_headline_with_a_result_stays_a_place(nlp):
    text = "Trainer darf nach 0:4-Blamage bleiben – \"Wir stehen zu ihm\". Lissabon – Die Klubführung " \
           "hat dem Trainer nach der Niederlage den Rücken gestärkt."
    assert "Lissabon" in places(nlp, text)
