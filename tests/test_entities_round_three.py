"""Actors and locations, third round, on sentences written for these tests: a company named by a
compound with the word for its kind ("der Nissan-Konzern"), names after the word for a state's
administrative division ("im Bundesstaat ...", "im Département ...") and organisations the
gazetteer now knows (UN programmes, railways, carmakers, banks, groups of states).
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


# "Nissan-Konzern", "Lufthansa-Gruppe": the compound names the company itself, which acts.
@pytest.mark.parametrize("text, company", [
    ("Die meisten Autos stammen aus den Werken des japanischen Nissan-Konzerns.", "Nissan"),
    ("Der Siemens-Konzern kündigte am Dienstag den Abbau von Stellen an.", "Siemens"),
    ("Die Lufthansa-Gruppe will im Sommer mehr Flüge anbieten.", "Lufthansa"),
])
def test_company_named_by_compound_with_its_kind(extract, text, company):
    assert company in actor_labels(extract(text))


# Other compounds with a known name still name no actor: a party's chairman, an EU directive.
def test_other_compounds_name_no_company(extract):
    record = extract("Die Nissan-Händler in der Stadt klagen über schwache Verkäufe.")
    assert "Nissan" not in actor_labels(record)


# After the word for an administrative division a name is a place's, not a person's.
@pytest.mark.parametrize("text, place", [
    ("Im Département Seine-Saint-Denis brannten in der Nacht wieder Autos.", "Seine-Saint-Denis"),
    ("Im US-Bundesstaat Guerrero wurden am Montag zwei Leichen gefunden.", "Guerrero"),
    ("Im Departement Yvelines wurden mehrere Schulen geschlossen.", "Yvelines"),
])
def test_name_after_administrative_division_is_a_place(extract, text, place):
    record = extract(text)
    assert place in place_labels(record)
    assert not any(label.startswith(place[:5]) for label in actor_labels(record))


# Organisations the gazetteer knows now, under their German names.
@pytest.mark.parametrize("text, label", [
    ("Das Umweltprogramm der Vereinten Nationen warnte am Montag vor der Dürre.",
     "Umweltprogramm der Vereinten Nationen"),
    # (an organisation is called what the article calls it)
    ("Die UNEP legte einen neuen Bericht über Plastik im Meer vor.", "UNEP"),
    ("Trotz eines Moratoriums der Internationalen Walfangkommission jagt das Land wieder Wale.",
     "Internationale Walfangkommission"),
    ("Die französische Bahn SNCF strich wegen des Streiks viele Züge.", "SNCF"),
    ("Die Citigroup meldete einen Gewinnrückgang.", "Citigroup"),
    ("Die Staaten der G8 berieten über die Schuldenkrise.", "G8"),
])
def test_known_organisations(extract, text, label):
    assert label in actor_labels(extract(text))


# A town named like a noun is the noun after an article and adjectives, the town after an
# adjective of its region.
@pytest.mark.parametrize("text, town, is_place", [
    ("Ein geplantes Essen mit einem Freund fand am Abend statt.", "Essen", False),
    ("In der großen Halle wurde bis in die Nacht gefeiert.", "Halle", False),
    ("Im sächsischen Halle wurde bis in die Nacht gefeiert.", "Halle", True),
])
def test_town_named_like_a_noun_after_adjectives(extract, text, town, is_place):
    assert (town in place_labels(extract(text))) is is_place
