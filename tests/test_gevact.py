"""Persons and organisations in single news sentences (the kinds eval/germeval_actors.py found kg
missing): a known person's surname alone, a speaker called by a surname no dictionary has, a name
opening with its particles, a given name before a surname the lookup table lists, companies after a
word for their trade, associations after a town's adjective, hyphenated names of schools and
foundations, sports clubs with their rank, year or town; and the nouns that stay no one.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from conftest import actor_labels


def persons(record) -> set[str]:
    return {a.label for a in record.actors if a.named and a.category == "Person"}


def organisations(record) -> set[str]:
    return {a.label for a in record.actors if a.named and a.category in ("Organization", "Media", "ArmedGroup")}


# -- a known person's surname alone ----------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Am Ende war es Merkel die Mühe nicht wert.", "Merkel"),
    ("Die Demonstranten wurden damals von Schröder scharf kritisiert.", "Schröder"),
])
def test_a_known_surname_alone_is_a_person(extract, text, name):
    assert name in persons(extract(text))


@pytest.mark.parametrize("text, noun", [
    ("Aus dem Dach des Lagers trat am Morgen dichter Rauch aus.", "Rauch"),
    ("Die Ermittler fanden in der Wohnung Heroin und Bargeld.", "Heroin"),
    ("Die Fischer bekommen für ihren Fang immer weniger Geld.", "Fischer"),
])
def test_a_noun_that_is_also_a_surname_stays_a_noun(extract, text, noun):
    assert noun not in actor_labels(extract(text))


# -- a speaker by surname ----------------------------------------------------------------------------
def test_a_speaker_called_by_an_unknown_surname_is_a_named_person(extract):
    record = extract("Wir haben lange auf eine Antwort gewartet, sagte Oberhuemer.")
    assert "Oberhuemer" in persons(record)


@pytest.mark.parametrize("text, noun", [
    ("Die Lage sei ernst, sagten Experten am Montag.", "Experten"),
    ("Die Zahlen seien gut, sagte der Sprecher.", "Sprecher"),
    ("Das Geschäft laufe gut, erklärte der offizielle Ausrüster am Montag.", "Ausrüster"),
])
def test_a_speaker_called_by_a_noun_is_no_named_person(extract, text, noun):
    assert noun not in persons(extract(text))


# -- a name opening with its particles; a given name before a listed surname -----------------------------
def test_a_surname_opening_with_its_particles_is_a_person(extract):
    assert "van der Berghe" in persons(extract("Wir wollen gewinnen, erklärte van der Berghe nach dem Training."))


def test_a_given_name_keeps_its_surname_after_a_noun_is_cut(extract):
    labels = persons(extract("Die Sängerin hat nach der Trennung von ihrem Freund Matthew Williams Liebeskummer."))
    assert any(label.startswith("Matthew Willi") for label in labels) and "Matthew" not in labels


# -- organisations --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Der Spielzeughersteller Quorbit meldete am Dienstag einen Gewinnsprung.", "Quorbit"),
    ("Das Bankhaus Vallorne Privato hat seine Filialen geschlossen.", "Vallorne Privato"),
    ("Das Plattenlabel Sonorix hat gegen den Dienst geklagt.", "Sonorix"),
])
def test_a_name_after_a_word_for_a_company_is_an_organisation(extract, text, name):
    assert name in organisations(extract(text))


def test_an_english_name_ending_in_a_company_word_is_an_organisation(extract):
    labels = organisations(extract("Die Aktie stieg, während British Airways an der Börse verlor."))
    assert "British Airways" in labels


def test_a_word_for_a_company_before_an_ordinary_noun_names_none(extract):
    assert not organisations(extract("Der Hersteller Aufträge zu verschaffen war schwer."))


@pytest.mark.parametrize("text, name", [
    ("Der Sprecher des Kölner Mietervereins kritisierte die geplante Erhöhung.", "Kölner Mieterverein"),
    ("Der Bayerische Bauernverband und der Münchner Sportverein luden zum Fest.", "Münchner Sportverein"),
])
def test_an_association_after_a_towns_adjective_is_one_organisation(extract, text, name):
    assert name in organisations(extract(text))


def test_an_association_word_alone_after_a_towns_adjective_is_no_name(extract):
    assert "Kölner Verein" not in organisations(extract("Ein Kölner Verein sammelte Spenden für die Opfer."))


@pytest.mark.parametrize("text, name", [
    ("Der Chor des Albert-Schweitzer-Gymnasiums gab am Abend ein Konzert.", "Albert-Schweitzer-Gymnasium"),
    ("Die Lehrer der Max-Planck-Schule streiken am Montag.", "Max-Planck-Schule"),
    ("Die Studie der Heinrich-Böll-Stiftung erscheint im Herbst.", "Heinrich-Böll-Stiftung"),
])
def test_a_hyphenated_school_or_foundation_after_a_person_is_an_organisation(extract, text, name):
    assert any(label.startswith(name[:-2]) for label in organisations(extract(text)))


def test_a_hyphenated_compound_of_nouns_with_a_school_word_is_none(extract):
    assert not organisations(extract("Die Sport-Schule und die Online-Akademie schließen im Sommer."))


def test_a_comparison_ends_an_organisations_name(extract):
    labels = actor_labels(extract("Das Turnier sieht der Verband als Chance, neue Mitglieder zu gewinnen."))
    assert not any("Chance" in label for label in labels)


# -- sports clubs ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Der Stürmer kehrte ins Training des Bundesligisten 1. FC Nürnberg zurück.", "1. FC Nürnberg"),
    ("Der Kreisläufer spielt seit dem Sommer für den THW Kiel und ist dort Stammspieler.", "THW Kiel"),
    ("Die Auszeichnung für Mainz 05, so der Präsident, sei verdient.", "Mainz 05"),
])
def test_a_club_keeps_its_rank_town_and_year(extract, text, name):
    assert name in organisations(extract(text))


@pytest.mark.parametrize("text", [
    "Am Nachmittag wurden in Wien 25 Grad gemessen.",
    "Die Ausstellung in Berlin 36 Jahre nach dem Fall der Mauer war gut besucht.",
])
def test_a_town_before_a_number_that_is_no_year_stays_a_place(extract, text):
    assert not organisations(extract(text))


# -- a dateline in capitals ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "BOCHUM - Das Schauspielhaus stellt am Freitag seinen neuen Spielplan vor.",
    "RIEDLINGEN Dass die Ortsdurchfahrt saniert wird, freut die Anwohner.",
])
def test_a_town_in_capitals_opening_the_text_is_no_actor(nlp, text):
    from conftest import record_of

    record = record_of(nlp, text)
    assert not any(label.isupper() for label in actor_labels(record))


def test_an_acronym_opening_the_text_stays_an_organisation(nlp):
    from conftest import record_of

    assert "ORF" in actor_labels(record_of(nlp, "ORF und ARD übertragen das Spiel am Sonntag live."))


# -- a given name that is also a town's --------------------------------------------------------------------
def test_a_given_name_that_is_a_towns_before_a_surname_is_a_person(extract):
    assert "Lars Müller" in persons(extract("Nach einem schnellen Konter bediente Lars Müller den Stürmer."))


def test_a_given_name_that_is_a_towns_after_a_preposition_of_place_stays_the_town(extract):
    record = extract("Die Reise führte die Gruppe im Sommer nach Lars Gebirge.")
    assert not any(label.startswith("Lars") for label in persons(record))


# -- a name with an age in brackets ---------------------------------------------------------------------
def test_two_capitalised_words_with_an_age_in_brackets_are_a_person(extract):
    labels = persons(extract("Am Stand warben Stürmer Ragnor Dalsgaard (26) und Ilka Brennecke (24) für die Aktion."))
    assert {"Ragnor Dalsgaard", "Ilka Brennecke"} <= labels


def test_a_place_with_a_number_in_brackets_is_no_person(extract):
    assert not persons(extract("Im Bezirk Nord (12) und in Neue Heimat (7) gab es die meisten Einsätze."))


@pytest.mark.parametrize("text, noun", [
    ("Damals lebten dort nur wenige hundert Jäger und Sammlerinnen.", "Jäger"),
    ("Der Fahrer (33) wurde am Montag einem Richter vorgeführt.", "Fahrer"),
])
def test_a_counted_noun_or_an_article_with_an_age_is_no_person(extract, text, noun):
    assert not any(noun in label for label in persons(extract(text)))


@pytest.mark.parametrize("text, noun", [
    ("Laut Berliner Polizei verlief die Kundgebung am Samstag friedlich.", "Polizei"),
    ("Laut Polizei verlief die Kundgebung am Samstag friedlich.", "Polizei"),
])
def test_a_body_is_no_person(extract, text, noun):
    assert not any(noun in label for label in persons(extract(text)))


def test_capitalised_adjective_opening_a_sentence_is_no_speaker(extract):
    record = extract("Frankreich schickt Soldaten in die Ukraine. Zurückhaltender äußerte sich Berlin: Eine Entsendung "
                     "von Bodentruppen stehe nicht zur Debatte, sagte Bundeskanzler Friedrich Merz.")
    assert not persons(record) & {"Zurückhaltender"}
    assert {o.provider for o in record.aid_offers if o.excluded} == {"country:DE"}
