"""Actors and locations on constructions frequent in unseen German news, on sentences written for
these tests (not taken from any corpus): ordinary nouns the statistical NER takes for names,
acronyms and codes taken for places, descriptor nouns before a product's name, declined and
shortened forms of one actor, capitals as sources.
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


# An ordinary noun the NER labels a place is none: the article uses it as a noun elsewhere, it is
# plural, or it is a compound ending in a noun.
@pytest.mark.parametrize("text, noun", [
    ("Der Verdächtige wurde in Hotelzimmer festgenommen. In dem Hotelzimmer fand die Polizei Waffen.",
     "Hotelzimmer"),
    ("Die Ministerin will Gefährder zu Hausarrest und Fußfesseln verpflichten. Ein vorbeugender "
     "Hausarrest sei aber kaum möglich, sagte der Jurist.", "Hausarrest"),
    ("Der Kandidat nutzte sein Talent auch in Wahlkampfreden in der Hauptstadt.", "Wahlkampfreden"),
    ("Die Ermittlungen in der Korruptions-Affäre dauern an. Sie begannen in Baufirmen-Affäre vor zwei Jahren.",
     "Baufirmen-Affäre"),
])
def test_ordinary_nouns_are_no_places(extract, text, noun):
    assert noun not in place_labels(extract(text))


# Acronyms and codes are no places (places with acronyms are known: "USA"), languages neither.
@pytest.mark.parametrize("text, code", [
    ("Die Fahrgäste müssen künftig in die U6 umsteigen, teilten die Verkehrsbetriebe mit.", "U6"),
    ("Die Jugendorganisation will mit der JG über den Antrag reden. Gespräche zwischen der JG und "
     "dem Vorstand soll es noch geben.", "JG"),
    ("Die Gedenktafel in Graz soll auch in Hebräisch beschriftet werden.", "Hebräisch"),
])
def test_codes_and_languages_are_no_places(extract, text, code):
    assert code not in place_labels(extract(text))


def test_a_town_after_in_stays_a_place(extract):
    record = extract("Das Lager in Traiskirchen ist überfüllt, sagte der Bürgermeister.")
    assert "Traiskirchen" in place_labels(record)


# A thing named after the noun for its kind (a drug, a currency) is neither actor nor place.
@pytest.mark.parametrize("text, name", [
    ("Das Gericht prüfte das Beruhigungsmittel Midazolam, das bei Hinrichtungen verwendet wird.", "Midazolam"),
    ("Die ukrainische Währung Hrywnja hat stark an Wert verloren.", "Hrywnja"),
])
def test_products_are_no_actors(extract, text, name):
    record = extract(text)
    assert name not in actor_labels(record)
    assert name not in place_labels(record)


# Function words that open a sentence are no names.
@pytest.mark.parametrize("text, word", [
    ("Der Minister will die Regeln verschärfen. Bloß: Die Verfassung lässt das kaum zu.", "Bloß"),
    ("Die Preise steigen seit Monaten. Woran das liegt, ist unklar, sagte Anna Berger vom Institut.", "Woran"),
])
def test_function_words_are_no_actors(extract, text, word):
    assert word not in actor_labels(extract(text))


# One real actor, one node: a shortened form of a person's or an organisation's name is that actor.
@pytest.mark.parametrize("text, full, part", [
    ("Präsident Enrique Peña Nieto kündigte Reformen an. Kritiker werfen Peña Nieto vor, zu zögern.",
     "Enrique Peña Nieto", "Peña Nieto"),  # the name's end
    ("Regierungschef Sigmundur Davíð Gunnlaugsson trat zurück. Zuvor hatte Sigmundur Davíð jede Verfehlung "
     "bestritten.", "Sigmundur Davíð Gunnlaugsson", "Sigmundur Davíð"),  # the name's beginning
])
def test_part_of_a_full_name_is_the_same_person(extract, text, full, part):
    labels = actor_labels(extract(text))
    assert full in labels
    assert part not in labels


def test_name_with_its_own_s_keeps_it(extract):
    labels = actor_labels(extract("Der Komiker und Politneuling Jimmy Morales landete auf dem ersten Platz. "
                                  "Am Wahlabend versprach Morales erneut mehr Transparenz."))
    assert "Jimmy Morales" in labels
    assert "Jimmy Morale" not in labels


def test_genitive_after_a_hyphenated_noun_loses_its_s(extract):
    labels = actor_labels(extract("Er arbeitete lange im Magna-Konzern Frank Stronachs unter strenger Aufsicht."))
    assert "Frank Stronachs" not in labels


def test_organisation_ending_in_a_person_is_that_person(extract):
    labels = actor_labels(extract("Als Drahtzieher galt dem Gericht Ex-FPÖ-Werber Gernot Rumpold, der zu "
                                  "drei Jahren Haft verurteilt wurde."))
    assert "Gernot Rumpold" in labels
    assert not any(label.startswith("Gericht") for label in labels)


def test_feminine_body_in_the_nominative(extract):
    labels = actor_labels(extract("Das Verfahren wurde laut Zentraler Staatsanwaltschaft eingestellt, "
                                  "sagte ein Sprecher der Behörde."))
    assert "Zentraler Staatsanwaltschaft" not in labels


def test_capital_as_source_is_its_state(extract):
    record = extract("Teheran – Die Polizei hat Razzien angekündigt. Laut Teheran sind die "
                     "Revolutionsgarden beteiligt.")
    assert "Iran" in actor_labels(record)
    assert "Teheran" not in actor_labels(record)


# Well-known media and organisations of German-language news are known by name.
@pytest.mark.parametrize("text, name", [
    ("Via Kurier machte sich die Ministerin für eine Debatte stark.", "Kurier"),
    ("Nach Informationen der Berliner Zeitung handelt es sich um rivalisierende Familien.", "Berliner Zeitung"),
    ("Die Ratingagentur Moody's stufte die Bank herab.", "Moody's"),
    ("Die Islamistengruppe Ansar Dine griff die Stadt an.", "Ansar Dine"),
])
def test_known_media_and_organisations(extract, text, name):
    labels = actor_labels(extract(text))
    assert name in labels
    assert "Via" not in labels and "Dine" not in labels


# Compounds of an inflected noun, abbreviations of things and adjectives alone are no actors.
@pytest.mark.parametrize("text, word", [
    ("Es läuft auf ein Duell zwischen dem Immobilien-Milliardär und der früheren Ministerin hinaus.",
     "Immobilien-Milliardär"),
    ("Die Bank informierte ihre Kunden per SMS über die neuen Gebühren.", "SMS"),
])
def test_noun_compounds_and_abbreviations_are_no_actors(extract, text, word):
    assert word not in actor_labels(extract(text))


# A state named as the land as a whole is a place, not a party.
@pytest.mark.parametrize("text", [
    "Die Jugendlichen sind auch innerhalb Österreichs mobiler geworden.",
    "Für die Veranstaltung kamen Beamte aus ganz Österreich zusammen.",
])
def test_state_as_a_whole_is_a_place(extract, text):
    record = extract(text)
    assert "Österreich" in place_labels(record)
    assert "Österreich" not in actor_labels(record)


def test_acronym_after_a_state_is_not_the_states(extract):
    record = extract("Laut der Kommission gegen Straflosigkeit in Guatemala (CICIG) stammt das Geld der "
                     "Parteien aus der Korruption. Die CICIG ermittelt seit Jahren.")
    guatemala = [a for a in record.actors if a.label == "Guatemala"]
    assert not guatemala or "CICIG" not in guatemala[0].aliases


def test_acronym_of_a_mission_acts_for_its_organisation(extract):
    record = extract("Eine EU-Mission in Niger (EUCAP) berät seit Jahren die dortige Polizei. "
                     "Die EUCAP bildet auch Grenzschützer aus.")
    niger = [a for a in record.actors if a.label == "Niger"]
    assert not niger or "EUCAP" not in niger[0].aliases
    eucap = [a for a in record.actors if a.label == "EUCAP"]
    assert eucap and eucap[0].represents == "org:eu"
