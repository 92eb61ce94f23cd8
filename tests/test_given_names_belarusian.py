"""Belarusian given names in German transliteration ("Mikola" for Mykola/Nikolai) open a person's
name, so that a list of released prisoners is a list of persons, not one given name and a town.
The sentences are made up."""

from __future__ import annotations


def labels(record) -> set[str]:
    return {a.label for a in record.actors}


def test_a_list_of_belarusian_names_is_a_list_of_persons(extract):
    record = extract("Freigelassen wurden nach Angaben der Behörden Mikola Rubzew, Mikola Dedok und Igor Olinewitsch.")
    found = labels(record)
    assert {"Mikola Rubzew", "Mikola Dedok"} <= found
    assert "Mikola" not in found
    assert "Rubzew" not in {p.label for p in record.places}


def test_a_given_name_alone_makes_no_person(extract):
    record = extract("Die Regierung in Minsk ließ am Samstag sechs politische Gefangene frei.")
    assert not any(a.category == "Person" for a in record.actors)
