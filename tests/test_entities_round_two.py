"""Actors and locations, second round, on sentences written for these tests: states the article
only uses as places (destinations, examples, islands, origins of persons, market figures), names of
things (aircraft, types, norms, stock indices), sentence-initial words glued to a noun, and
organisations that write their names in lowercase.
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


# A state used only as a place is a location, no actor.
@pytest.mark.parametrize("text, state", [
    # a destination in apposition, and a state joined to it by "oder"
    ("Nur Reisende mit Zielland Schweden oder Norwegen dürfen die Fähre nehmen.", "Norwegen"),
    ("Die Behörden lassen nur Busse mit dem Ziel Schweden oder Norwegen passieren.", "Schweden"),
    # an example after a noun that a locative preposition opens
    ("Arbeiter aus anderen Staaten wie etwa Bangladesch werden nach Hause geschickt.", "Bangladesch"),
    # an island state after "auf", and one joined to it
    ("Die Touristen werden in Hotels auf Malta oder Zypern untergebracht.", "Malta"),
    ("Die Touristen werden in Hotels auf Malta oder Zypern untergebracht.", "Zypern"),
    # where a person comes from
    ("Unter den Verhafteten sei ein Händler von der Elfenbeinküste, sagte die Polizei.", "Elfenbeinküste"),
    # a place of exile with "beim"
    ("Der Oppositionelle lebt seit Jahren beim Nachbarn Tansania im Exil.", "Tansania"),
])
def test_states_used_as_places(extract, text, state):
    record = extract(text)
    assert state not in actor_labels(record)
    assert state in place_labels(record)


def test_a_state_that_acts_stays_an_actor(extract):
    record = extract("Schweden und Norwegen kritisierten die Entscheidung am Montag scharf.")
    assert {"Schweden", "Norwegen"} <= set(actor_labels(record))


def test_market_figures_name_no_states_and_no_indices(extract):
    record = extract("Die Börsen schlossen uneinheitlich. Zum Vergleich: DAX/Frankfurt -0,31 Prozent, "
                     "CAC-40/Paris +0,12 Prozent. Der ATX schloss mit einem Minus von 0,4 Prozent.")
    actors = actor_labels(record)
    assert not {"Frankreich", "ATX", "DAX"} & set(actors)
    assert not any("0,31" in p for p in place_labels(record))


# Names of aircraft, types and norms are no actors.
@pytest.mark.parametrize("text, thing", [
    ("Der Rettungshubschrauber „Kilian 12“ fliegt ab Montag von einem neuen Standort.", "Kilian 12"),
    ("Die Firma liefert künftig Flugzeuge vom Typ Dash Q400 an die Airline.", "Dash Q400"),
    ("Das neue Modell XT 70 soll im Herbst in Serie gehen, sagte der Hersteller.", "XT"),
])
def test_things_with_codes_are_no_actors(extract, text, thing):
    assert not any(thing in label for label in actor_labels(extract(text)))


def test_a_racing_series_with_a_number_stays_an_actor(extract):
    record = extract("Der Australier gewann beim Klassiker der Formel 1 in Monaco vor dem Weltmeister.")
    assert "Formel 1" in actor_labels(record)


# A word that is also a given name ("Per", "Nur") opening a sentence before a noun is no person;
# a plural noun after a role is no surname.
@pytest.mark.parametrize("text, wrong", [
    ("Das Gesetz trat im Mai in Kraft. Per Erlass regelte die Ministerin die Details.", "Per Erlass"),
    ("Die Grenze ist offen. Nur Lastwagen dürfen passieren, sagte die Polizei.", "Nur Lastwagen"),
    ("Am Montag kündigte der Präsident Reformen für die Landwirtschaft an.", "Reformen"),
])
def test_glued_function_words_and_plural_nouns_are_no_persons(extract, text, wrong):
    assert wrong not in actor_labels(extract(text))


# Organisations: known ones from the gazetteer, also those that write their names in lowercase.
@pytest.mark.parametrize("text, organisation", [
    ("Die Beschwerde landete beim Presserat, der das Foto prüfen will.", "Presserat"),
    ("Die IG Metall fordert mehr Lohn für die Beschäftigten.", "IG Metall"),
    ("Die Aktien der voestalpine legten um zwei Prozent zu.", "voestalpine"),
    ("Die Wiener Börse hat am Montag fester geschlossen.", "Wiener Börse"),
])
def test_known_organisations(extract, text, organisation):
    labels = [label.lower() for label in actor_labels(extract(text))]
    assert organisation.lower() in labels


def test_a_state_in_a_ranking_is_no_acting_party(extract):
    record = extract("Auf der Rangliste der Pressefreiheit liegt die Türkei auf Platz 149 von 180 Staaten.")
    assert "country:TR" not in {a.key for a in record.actors}


def test_a_genitive_place_folds_into_its_name_in_an_article_with_a_full_person_name(extract):
    record = extract("Sudanesische Soldaten sind in Abyei einmarschiert. Abyei charakterisiert sich dadurch, "
                     "dass dort Nomaden leben. Die Bewohner Abyeis flohen. Das sagte Hans Müller.")
    assert {p.label for p in record.places} == {"Abyei"}
