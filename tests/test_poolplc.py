"""Locations on unannotated news judged by hand (a sample drawn with Random(1919), session 19): a
town named like a known person's surname where the article means the person, firms and labs the NER
took for places, a noun in the old spelling, a US state before a foreign town of its name, a
Spanish town's name with its particle, districts named after rivers, the plural of a part of a
land, the far end of a stretch of land and the Banat and the Batschka.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


def place_keys(record) -> dict[str, str]:
    return {p.label: p.key for p in record.places}


# -- a known person's surname that is also a small town's name ---------------------------------------
def test_a_surname_read_as_a_person_everywhere_is_no_town(extract):
    record = extract("Die Regierung Bush glaubt nicht an die Angaben. Bush befürchtet neuen Druck der Medien.")
    assert "Bush" not in place_labels(record)


def test_a_town_after_a_preposition_of_place_stays_a_town(extract):
    assert "Avignon" in place_labels(extract("Das Dorf liegt in der Nähe von Avignon und hat 500 Einwohner."))


# -- firms and labs the NER took for places ----------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Analysen von Korsakov Lab ergaben, dass Nutzer in Italien besonders gefährdet sind.", "Korsakov Lab"),
    ("Drei Manager der Firmen Wendl Graphit und Wendl Tec mit Sitz in Nürnberg wurden verurteilt.", "Wendl Tec"),
    ("Das Auktionshaus legte am Dienstag nach Börsenschluß seine Zahlen vor.", "Börsenschluß"),
])
def test_firms_and_nouns_are_no_places(extract, text, name):
    assert name not in place_labels(extract(text))


def test_a_town_after_a_firm_elsewhere_in_the_sentence_stays_a_town(extract):
    assert "Graz" in place_labels(extract("Die Firma verlegte ihre Zentrale von Wien nach Graz."))


# -- the right entry, the whole name ------------------------------------------------------------------
def test_a_us_state_is_no_cuban_town(extract):
    keys = place_keys(extract("Eine Operation im US-Bundesstaat Florida wurde abgesagt."))
    assert keys.get("Florida") == "place:region-florida"


def test_a_spanish_town_keeps_its_particle(extract):
    labels = place_labels(extract("Das Flugzeug verschwand über der Stadt Villar del Campo in Spanien."))
    assert "Villar del Campo" in labels
    assert "Campo" not in labels


def test_a_town_before_a_latin_phrase_stays_as_it_is(extract):
    assert "Wien" in place_labels(extract("Die Entscheidung fiel in Wien de facto schon im Mai."))


# -- districts and parts of a land --------------------------------------------------------------------
def test_a_district_named_after_rivers_is_a_place(extract):
    assert "Rhein-Sieg-Kreis" in place_labels(extract("Hohe Brandgefahr wird aus Bonn und dem Rhein-Sieg-Kreis gemeldet."))


def test_a_circle_of_experts_is_no_district(extract):
    assert not place_labels(extract("Das Papier wurde im Experten-Kreis besprochen."))


def test_a_land_in_the_plural_of_its_parts_is_a_place(extract):
    assert "Deutschland" in place_labels(extract("Die Waldbrandgefahr ist in weiten Teilen Deutschlands hoch."))


def test_the_far_end_of_a_stretch_of_land_is_a_place(extract):
    labels = place_labels(extract("Die Warnung gilt für die Küste von der Grenze zu den Niederlanden bis Dänemark."))
    assert {"Niederlande", "Dänemark"} <= labels


def test_a_state_in_a_clause_opened_by_bis_is_no_place(extract):
    assert "Russland" not in place_labels(extract("Von Montag an wird gewartet, bis Russland einlenkt."))


def test_historic_regions_of_the_danube_are_places(extract):
    labels = place_labels(extract("Die Siedler zogen nach Ungarn, in den Banat und in die Batschka."))
    assert {"Banat", "Batschka"} <= labels


def test_a_compass_region_in_the_genitive_is_named_in_the_nominative(extract):
    labels = place_labels(extract("Die Gefahr ist in weiten Teilen Norddeutschlands sehr hoch."))
    assert "Norddeutschland" in labels
    assert "Norddeutschlands" not in labels


# -- review of the above: parties no place, towns kept -----------------------------------------------
@pytest.mark.parametrize("text, state", [
    ("Die Vorteile Chinas im Wettbewerb mit Europa sind beträchtlich.", "China"),
    ("Die Anteile Russlands am Ölmarkt gehen seit Jahren zurück.", "Russland"),
    ("Die Nachteile Frankreichs im Streit um die Agrarpolitik sind offensichtlich.", "Frankreich"),
    ("Der Vorteil Japans liegt in seiner Technik.", "Japan"),
])
def test_a_states_advantages_or_shares_make_it_no_place(extract, text, state):
    record = extract(text)
    assert state not in place_labels(record)
    assert state in actor_labels(record)


@pytest.mark.parametrize("text, place", [
    ("In den Landesteilen Sachsens lag am Morgen Schnee.", "Sachsen"),
    ("In mehreren Stadtteilen Berlins wurde demonstriert.", "Berlin"),
])
def test_the_plural_of_a_part_of_a_place_compound_is_still_a_place(extract, text, place):
    assert place in place_labels(extract(text))


def test_a_town_named_like_a_known_surname_stays_a_town(extract):
    record = extract("Die Kreisstadt Roth bekommt Geld vom Freistaat. Roth will damit eine Halle bauen.")
    assert "Roth" in place_labels(record)
    assert "Roth" in place_labels(extract("Der Sturm hat Roth in der Nacht schwer getroffen."))


def test_a_known_surname_named_in_full_is_no_town(extract):
    record = extract("Claudia Roth lobte den Entwurf. Roth sagte, er komme spät.")
    assert "Roth" not in place_labels(record)


@pytest.mark.parametrize("text, state", [
    ("Lob kam von der EU bis Japan.", "Japan"),
    ("Hilfe kam von Italien bis Polen.", "Polen"),
])
def test_the_end_of_a_range_of_parties_is_no_place(extract, text, state):
    record = extract(text)
    assert state not in place_labels(record)
    assert state in actor_labels(record)


def test_the_end_of_a_stretch_of_coast_is_a_place_before_a_verb(extract):
    record = extract("Die Küste von der Grenze zu den Niederlanden bis Dänemark ist überflutet.")
    assert "Dänemark" in place_labels(record)
    assert "Dänemark" not in actor_labels(record)


def test_a_known_town_keeps_its_name_before_a_particle(extract):
    labels = place_labels(extract("Der Minister sprach mit Bürgern in Sevilla de la Vega."))
    assert "Sevilla" in labels
    assert "Sevilla de la Vega" not in labels
