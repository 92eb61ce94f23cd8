"""States that an article names only as places do not become actors: the rest of a list after one
preposition, a distance from a state, a state described by "sein" as a kind of country or the head
of a statistic, the land something is extended to, the genitive after a superlative or after the
people of a land, a state in brackets after a town and a state in the dateline. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


@pytest.mark.parametrize("text, states", [
    # a list after one "aus": commas, a dative article, "und"
    ("Die Opfer stammen aus Kanada, Italien, den Niederlanden, Polen und den USA.",
     {"Niederlande", "Polen", "USA"}),
    ("Die Flüchtlinge kommen überwiegend aus dem Libanon, Syrien und dem Irak.", {"Syrien", "Irak"}),
    # "Gebiete der Nachbarländer ..."
    ("Die Miliz beherrscht Gebiete der Nachbarländer Kamerun, Niger und Tschad.", {"Niger", "Tschad"}),
    # a distance
    ("Das Lager liegt rund 300 Kilometer von Libyen entfernt.", {"Libyen"}),
    # described by a copula
    ("Laut der Studie sind Ungarn und Rumänien die einzigen Länder ohne solches Gesetz.", {"Ungarn", "Rumänien"}),
    ("Die Umfrage ergab, dass Belgien Teilzeitweltmeister sei.", {"Belgien"}),
    # extended to a land
    ("Die Fahndung wurde über Europol auf Tschechien ausgedehnt.", {"Tschechien"}),
    # the scope of a superlative, the people of a land
    ("Er gilt als einer der reichsten Unternehmer Norwegens.", {"Norwegen"}),
    ("Der Papst sprach den Menschen Portugals sein Beileid aus.", {"Portugal"}),
    # in brackets after a town, in the dateline
    ("Ein Bus ist in Kaunas (Litauen) verunglückt.", {"Litauen"}),
    ("Valletta/Monaco – Der Gipfel beginnt am Montag.", {"Monaco"}),
])
def test_states_only_named_as_places_are_no_actors(extract, text, states):
    record = extract(text)
    assert not states & set(actor_labels(record))
    assert states <= set(place_labels(record))


def test_a_person_s_country_in_brackets_is_neither(extract):
    record = extract("Der Lauf wurde von Tom Becker (Kanada) gewonnen.")
    assert "Kanada" not in actor_labels(record)


@pytest.mark.parametrize("text, state", [
    # a new clause after a state used as a place, not a list
    ("Russland fliegt Angriffe in Syrien, die Türkei will das verhindern.", "Türkei"),
    # a donor described by a copula is a party
    ("Deutschland ist das größte Geberland der Organisation.", "Deutschland"),
    # what a state fears, and sanctions extended to a state
    ("Die größte Sorge Russlands ist die Erweiterung der Nato.", "Russland"),
    ("Die EU will die Sanktionen auf Weißrussland ausdehnen.", "Weißrussland"),
    # the list item that acts
    ("Die Waffen kommen aus Russland, doch Frankreich kritisierte die Lieferung.", "Frankreich"),
])
def test_states_that_act_stay_actors(extract, text, state):
    assert state in actor_labels(extract(text))


def test_a_state_s_own_body_ranked_by_a_superlative_is_no_place(extract):
    record = extract("Die modernste Armee Israels griff am Montag an.")
    assert "Israel" not in place_labels(record)


@pytest.mark.parametrize("sentence, state", [
    ("Der höchste Vertreter Irans traf am Montag den Außenminister.", "Iran"),
    ("Die ranghöchsten Diplomaten Russlands trafen sich am Montag in Genf.", "Russland"),
])
def test_a_states_highest_representatives_act_for_it(extract, sentence, state):
    assert state in {a.label for a in extract(sentence).actors}


def test_an_article_ending_on_a_state_after_a_copula(extract):
    assert "Österreich" in {a.label for a in extract("Das Land ist Österreich").actors}


@pytest.mark.parametrize("text, states", [
    # a minister's state named only as a place: the minister acts for it, it does not act
    ("Unter den Toten war ein Techniker aus Moldau, wie der moldauische Regierungschef Ion Lupu in "
     "Chisinau sagte.", {"Moldau"}),
    # the stops of a journey, described by "sein", in a list with commas
    ("Peru, Chile und Bolivien sind die Stationen der Reise des Papstes.", {"Peru", "Chile", "Bolivien"}),
    # a state after "Heimat"
    ("Seine Heimat Argentinien besucht der Papst erst im nächsten Jahr.", {"Argentinien"}),
    # the border regions next to a state
    ("Die Festgenommenen hätten sich in Grenzgebieten zum Irak versteckt.", {"Irak"}),
    # the place another one stands in for
    ("Neue Botschaften werden in Peru und Chile (statt Ecuador) eröffnet.", {"Ecuador"}),
])
def test_more_states_only_named_as_places_are_no_actors(extract, text, states):
    record = extract(text)
    assert not states & set(actor_labels(record))
    assert states <= set(place_labels(record))


@pytest.mark.parametrize("text, state", [
    # a capital naming an agreement, before a finite verb: no government acting
    ("Der Friedensplan von Minsk sieht Wahlen in den umkämpften Gebieten vor.", "Belarus"),
    # a capital's name ending another name: an airport
    ("Der Gast wurde auf dem Flughafen Mariscal Sucre vom Präsidenten empfangen.", "Bolivien"),
    # in a federal state, a government seated outside the capital is a town's or a Land's
    ("Graz – Die Opposition kritisierte die Regierung in Wiener Neustadt scharf.", "Österreich"),
])
def test_capitals_and_governments_that_are_not_the_state(extract, text, state):
    assert state not in actor_labels(extract(text))


def test_a_capital_ending_another_name_is_no_place(extract):
    assert "Sucre" not in place_labels(extract("Der Gast wurde auf dem Flughafen Mariscal Sucre empfangen."))


@pytest.mark.parametrize("text, capital", [
    # after a person's name a capital is a name of its own, the place visited
    ("Am Montag besuchte Merkel Paris, wo sie mit Hollande sprach.", "Paris"),
    ("Am Dienstag besuchte Außenminister Steinmeier Kiew.", "Kiew"),
])
def test_a_capital_after_a_persons_name_is_a_place(extract, text, capital):
    assert capital in place_labels(extract(text))


def test_a_capital_that_takes_part_still_acts_for_its_state(extract):
    assert "Russland" in actor_labels(extract("Die von Moskau unterstützten Rebellen griffen am Montag an."))
