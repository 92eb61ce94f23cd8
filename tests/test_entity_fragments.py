"""Fragments of names and words that are no entities: what the statistical NER cuts or mistakes."""

from __future__ import annotations

import pytest

import kg
from kg.cleaning import clean_text


@pytest.fixture(scope="module")
def nlp():
    return kg.load_nlp()


def _extract(nlp, body: str):
    return kg.extract(kg.article_from_text(f"Eine Meldung.\n\n{body}", source="test"), nlp=nlp)


def _actors(record) -> set[str]:
    return {a.label for a in record.actors}


def _places(record) -> set[str]:
    return {p.label for p in record.places}


def test_dateline_of_a_town_of_several_words_loses_its_hyphen():
    assert clean_text("Frankfurt am Main- Die Fluglinie startet.") == "Frankfurt am Main - Die Fluglinie startet."
    assert clean_text("Halle an der Saale- Der Zug fährt.") == "Halle an der Saale - Der Zug fährt."
    assert clean_text("Istanbul- Der Konflikt wächst.") == "Istanbul - Der Konflikt wächst."


def test_compounds_cut_short_at_the_start_of_a_line_keep_their_hyphen():
    assert clean_text("Ein- und Ausfuhr steigen.") == "Ein- und Ausfuhr steigen."
    assert clean_text("Die Nord- Ostsee-Route ist frei.") == "Die Nord- Ostsee-Route ist frei."


def test_dateline_town_of_several_words_is_one_place(nlp):
    record = _extract(nlp, "Frankfurt am Main- Die Fluglinie startet für Flüge in Deutschland ein neues System.")
    assert "Frankfurt am Main" in _places(record)
    assert not any(label.endswith("-") for label in _places(record))


def test_given_name_ending_in_s_keeps_it(nlp):
    record = _extract(nlp, "Das sagte der zuständige Vorstand Jens Bischof am Montag in einer Aussendung.")
    assert "Jens Bischof" in _actors(record)
    assert "Jen" not in _actors(record)


def test_surname_after_a_capitalised_particle_is_kept(nlp):
    record = _extract(nlp, "Das teilte die belgische Gesundheitsministerin Maggie De Block am Abend mit.")
    assert "Maggie De Block" in _actors(record)


def test_name_after_particles_the_ner_stopped_at(nlp):
    record = _extract(nlp, "Die Forscherinnen um Nienke van der Marel von der Sternwarte in Leiden fanden einen Ring.")
    assert "Nienke van der Marel" in _actors(record)
    assert "Nienke" not in _actors(record)


def test_end_of_a_known_persons_name_is_that_person(nlp):
    record = _extract(nlp, "Der Kandidat Alexander Van der Bellen tritt an. Während Van der Bellen müde wirkte, "
                           "punktete sie.")
    assert "Van" not in _actors(record)
    assert "Van der Bellen" not in _actors(record)
    assert "Alexander Van der Bellen" in _actors(record)


def test_given_name_before_a_known_word_is_a_person(nlp):
    record = _extract(nlp, "Das sagt IHS-Ökonom Helmut Hofer. Die Zahlen seien zu hoch.")
    assert "Helmut Hofer" in _actors(record)
    assert "Helmut" not in _actors(record)


def test_noun_for_what_a_person_is_is_no_part_of_the_name(nlp):
    record = _extract(nlp, "Zuvor war der Stürmer an Leverkusens Tormann Bernd Leno gescheitert. Der Ingenieur "
                           "und Astronaut Andreas Mogensen erreichte die Raumstation.")
    assert {"Bernd Leno", "Andreas Mogensen"} <= _actors(record)
    assert not any(label.startswith(("Tormann", "Astronaut")) for label in _actors(record))


def test_lowercase_word_after_a_role_names_no_one(nlp):
    record = _extract(nlp, "Im Grundgesetz steht, dass der neue Sultan ein männlicher Nachkomme sein muss. Die "
                           "Familie versucht, sich auf einen Sultan zu einigen.")
    assert not any(label[:1].islower() for label in _actors(record))


def test_compass_part_cut_short_is_the_whole_region(nlp):
    record = _extract(nlp, "Die Grenze auf dem Brenner zwischen Nord- und Südtirol soll kontrolliert werden. Auch "
                           "in Ober- und Niederösterreich wird gewählt.")
    places = _places(record)
    assert {"Nordtirol", "Südtirol", "Oberösterreich", "Niederösterreich"} <= places
    assert not any(label.endswith("-") for label in places)


def test_compound_cut_short_before_a_common_noun_names_no_town(nlp):
    record = _extract(nlp, "Der Präsident hielt eine Rede vor dem britischen Ober- und Unterhaus in London.")
    assert "Oberhausen" not in _places(record)


def test_sun_and_planets_are_no_places(nlp):
    record = _extract(nlp, "Der Planet ist 14-mal so schwer wie Jupiter und so weit weg wie Neptun von der Sonne. "
                           "Forscher in Mondsee beobachten ihn.")
    assert not _places(record) & {"Sonne", "Jupiter", "Neptun"}
    assert "Mondsee" in _places(record)


def test_nation_codes_in_a_results_list_are_no_organisations(nlp):
    record = _extract(nlp, "Das Ergebnis: 1. Fabian Rießle (GER) 25:22,4 Min. – 2. Akito Watabe (JPN) +12,5 Sek. "
                           "– 4. Bernhard Gruber (AUT) 19,0 Sek. Der Landeshauptmann Hans Niessl (SPÖ) gratulierte.")
    actors = _actors(record)
    assert not actors & {"GER", "JPN", "AUT"}
    assert {"Fabian Rießle", "Bernhard Gruber", "SPÖ"} <= actors


def test_demonym_before_a_name_is_no_part_of_it(nlp):
    record = _extract(nlp, "Der Deutsche Fabian Rießle gewann vor dem Japaner Akito Watabe.")
    assert "Fabian Rießle" in _actors(record)
    assert not any(label.startswith("Deutsche") for label in _actors(record))


def test_ordinary_noun_the_lemma_table_lacks_is_no_place(nlp):
    record = _extract(nlp, "Die Funktionäre wollen draußen vor Ort Politik machen, sagte der Generalsekretär in Graz.")
    assert "Politik" not in _places(record)
    assert "Graz" in _places(record)


def test_treaty_named_after_a_place_is_no_place(nlp):
    record = _extract(nlp, "Norwegen nimmt am Verzicht auf Grenzkontrollen (Schengener Abkommen) in Europa teil.")
    assert "Schengener Abkommen" not in _places(record)
    assert "Europa" in _places(record)


def test_kind_of_group_before_its_name_is_no_part_of_it(nlp):
    record = _extract(nlp, "Die Terrororganisation Jemaah Islamiyah (JI) bekannte sich zu dem Anschlag auf Bali.")
    assert "Jemaah Islamiyah" in _actors(record)
    assert not any(label.startswith("Terrororganisation") for label in _actors(record))


def test_names_listed_after_a_word_for_products_are_products(nlp):
    record = _extract(nlp, "Ab dem Herbst werden die drei Tarife Light, Classic und Flex in der Economy-Klasse "
                           "eingeführt, teilte die Fluglinie mit.")
    assert not (_actors(record) | _places(record)) & {"Light", "Classic", "Flex"}


def test_given_name_alone_is_the_one_person_who_has_it(nlp):
    record = _extract(nlp, "Der FC Barcelona hat Angreifer Pedro Rodriguez am Donnerstag an Chelsea abgegeben. In "
                           "der Vorwoche hatte Pedro seiner Mannschaft mit einem Treffer geholfen.")
    assert "Pedro Rodriguez" in _actors(record)
    assert "Pedro" not in _actors(record)


def test_dateline_of_two_towns_is_two_places(nlp):
    record = _extract(nlp, "Graz/Wien – Die Landesregierung hat am Montag ein neues Gesetz beschlossen.")
    places = _places(record)
    assert {"Graz", "Wien"} <= places
    assert "Graz/Wien" not in places
