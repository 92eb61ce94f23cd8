"""Actors in news paragraphs: a quotation opening with "Die Welt" is the world, not the newspaper;
well-known organisations, parties and media with their German names are found as named."""
import pytest

from conftest import record_of


def actor_keys(nlp, text: str) -> set[str]:
    return {actor.key for actor in record_of(nlp, text).actors}


def place_labels(nlp, text: str) -> set[str]:
    return {place.label for place in record_of(nlp, text).places}


@pytest.mark.parametrize("text", [
    "„Die Welt schaut zu, während die Kinder hungern“, sagte die Ministerin in Berlin.",
    "Der Bischof sagte: „Die Welt braucht jetzt Frieden.“",
])
def test_the_world_opening_a_quotation_is_no_newspaper(nlp, text):
    assert "org:die-welt" not in actor_keys(nlp, text)


@pytest.mark.parametrize("text", [
    "„Wir bleiben hart“, sagte der Minister der Zeitung „Die Welt“.",
    "Die Welt berichtete am Montag über neue Pläne der Regierung.",
])
def test_the_newspaper_is_still_found(nlp, text):
    assert "org:die-welt" in actor_keys(nlp, text)


@pytest.mark.parametrize("text, key", [
    ("Dem Wirtschaftsdachverband Economiesuisse zufolge fehlen Fachkräfte.", "org:economiesuisse"),
    ("Das meldete der Sender Al-Kahera News am Abend.", "org:al-kahera-news"),
    ("Der Bundeswehrverband kritisierte die Pläne scharf.", "org:bundeswehrverband"),
    ("Die Freien Wähler lehnten den Antrag im Landtag ab.", "org:freie-waehler"),
    ("Die KPÖ Plus kündigte einen eigenen Antrag an.", "org:kpoe-plus"),
    ("Die Partei Vereinigtes Tora-Judentum drohte mit dem Austritt aus der Koalition.",
     "org:vereinigtes-tora-judentum"),
    ("Das sagte der Landrat der Augsburger Allgemeinen.", "org:augsburger-allgemeine"),
])
def test_known_organisations(nlp, text, key):
    assert key in actor_keys(nlp, text)


def test_a_country_word_inside_a_known_name_is_no_state(nlp):
    keys = actor_keys(nlp, "GeoSphere Austria warnte am Dienstag vor heftigen Gewittern in Kärnten.")
    assert "org:geosphere-austria" in keys
    assert "country:AT" not in keys


def test_german_spelling_of_el_fasher(nlp):
    assert "El Fascher" in place_labels(nlp, "Der Hilfskonvoi erreichte am Sonntag El Fascher.")


def test_st_gallen_abbreviated(nlp):
    assert "St. Gallen" in place_labels(nlp, "Das Bundesverwaltungsgericht in St. Gallen entschied am Montag.")


@pytest.mark.parametrize("text", [
    "St. Gallen (sda) – Das Gericht wies die Klage am Montag ab.",
    "Die Zentrale des Unternehmens liegt in St. Gallen.",
])
def test_abbreviated_saint_in_a_place_name(nlp, text):
    assert "St. Gallen" in place_labels(nlp, text)
