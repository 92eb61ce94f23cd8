"""Actors the article names that the statistical NER misses: churches written with a lowercase
adjective, an organisation that reports ("nach UNO-Angaben"), associations named by their members
("der Verband der Automobilindustrie")."""

from __future__ import annotations

import pytest

from tests.conftest import actor_labels


@pytest.mark.parametrize("sentence, label", [
    ("Der Bischof sagte, die katholische Kirche werde den Flüchtlingen in der Stadt helfen.", "Katholische Kirche"),
    ("Die Spenden sammelt die Katholische Kirche in allen Pfarren.", "Katholische Kirche"),
    ("Ostern feiert die orthodoxe Kirche heuer eine Woche später.", "Orthodoxe Kirche"),
    ("Die Russisch-Orthodoxe Kirche unterstützt die Politik der Regierung.", "Russisch-Orthodoxe Kirche"),
])
def test_church_is_an_actor(extract, sentence, label):
    assert label in actor_labels(extract(sentence))


@pytest.mark.parametrize("sentence, label", [
    ("Nach UNO-Angaben sind im Land mehr als 3000 Menschen geflohen.", "Vereinte Nationen"),
    ("Nach Pentagon-Angaben wurden bei dem Angriff zwei Kommandeure getötet.", "Pentagon"),
    ("Nach UN-Schätzungen leben in den Lagern rund 40.000 Menschen.", "Vereinte Nationen"),
])
def test_organisation_that_reports_in_a_compound_is_an_actor(extract, sentence, label):
    assert label in actor_labels(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "Die EU-Richtlinie tritt im Mai in Kraft.",
    "Der FPÖ-Chef trat am Abend vor die Presse.",
])
def test_organisation_named_only_in_other_compounds_is_still_no_actor(extract, sentence):
    labels = actor_labels(extract(sentence))
    assert not labels & {"Europäische Union", "EU", "FPÖ", "Freiheitliche Partei Österreichs"}


def test_state_in_a_reporting_compound_is_the_source_for_its_government(extract):
    # "nach US-Angaben": the state reports (its government), so it is an actor as the claim's source
    record = extract("Nach US-Angaben starben dort 30 Menschen.")
    assert [c.source for c in record.claims] == ["country:US"]
    assert "Vereinigte Staaten" in actor_labels(record)


@pytest.mark.parametrize("sentence, label", [
    ("Der Verband der Automobilindustrie warnte am Montag vor neuen Zöllen.", "Verband der Automobilindustrie"),
    ("Laut dem Präsidenten des Verbands der Privatsender ist das Gesetz falsch.", "Verband der Privatsender"),
    ("Die Gewerkschaft der Seeleute rief zum Streik in den Häfen auf.", "Gewerkschaft der Seeleute"),
    ("Der Bundesverband der Hersteller von Nährmitteln aus Getreide und Reis kritisierte die Firma.",
     "Bundesverband der Hersteller von Nährmitteln aus Getreide und Reis"),
    ("Der Fachverband der Mineralölindustrie und die Arbeiterkammer fordern Hilfe.",
     "Fachverband der Mineralölindustrie"),
])
def test_association_named_by_its_members_is_one_actor(extract, sentence, label):
    labels = actor_labels(extract(sentence))
    assert label in labels
    assert not labels & {"Verband", "Bundesverband", "Gewerkschaft", "Fachverband"}


def test_association_of_a_people_is_not_taken_as_named_by_members(extract):
    # "der Syrer" is a demonym: whose association it is, not a name kg should make up
    labels = actor_labels(extract("Die Gewerkschaft der Syrer in Österreich hilft den Neuankömmlingen."))
    assert "Gewerkschaft der Syrer" not in labels


def test_association_name_stops_before_a_known_place(extract):
    labels = actor_labels(extract("Der Verband der Hersteller aus Österreich fordert niedrigere Steuern."))
    assert "Verband der Hersteller" in labels


@pytest.mark.parametrize("sentence, label", [
    ("Am Samstag hat die australische Behörde für Meteorologie den Sturm hochgestuft.", "Behörde für Meteorologie"),
    ("Das Zentrum für Integration berät seit dem Frühjahr Zuwanderer.", "Zentrum für Integration"),
    ("Die Behörde für Gesundheitsvorsorge warnte vor dem Virus.", "Behörde für Gesundheitsvorsorge"),
])
def test_body_named_by_its_field_after_fuer(extract, sentence, label):
    assert label in actor_labels(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "Die Gesellschaft für Flüchtlinge sammelt Geld.",
    "Ein Zentrum für Integration soll im Ort entstehen.",
    "Die Behörde für Asylwerber ist überlastet.",
])
def test_body_for_whom_or_an_indefinite_one_is_no_name(extract, sentence):
    labels = actor_labels(extract(sentence))
    assert not any(label.endswith(("Flüchtlinge", "Integration", "Asylwerber")) for label in labels)
