"""Faults a read-only review found in session 16's entity rules, each a sentence written for the
test (not taken from any corpus)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Papst Benedikt XVI. sagte, die Kirche müsse sich erneuern.",
    "Am Sonntag traf Angela Merkel Papst Benedikt XVI.",
])
def test_a_regnal_number_spacy_splits_still_finds_the_known_person(extract, text):
    assert "person:papst-benedikt-xvi" in {a.key for a in extract(text).actors}


@pytest.mark.parametrize("text, state", [
    ("Die Knesset hat am Montag ein Hilfspaket für die Ukraine beschlossen.", "country:IL"),
    ("Die Staatsduma billigte Militärhilfe für Syrien.", "country:RU"),
])
def test_a_parliament_acts_for_its_state(extract, text, state):
    record = extract(text)
    assert [record.actor(o.provider).represents for o in record.aid_offers] == [state]


def test_a_plural_case_form_of_a_plural_name_is_found(extract):
    record = extract("Saudi-Arabien und die Emirate stoppten die Lieferungen. Aus den Emiraten hieß es, man prüfe "
                     "die Lage.")
    assert "country:AE" in {c.source for c in record.claims}


def test_the_plural_of_another_noun_is_still_no_name(extract):
    assert extract("Alle Arten von Hilfe sind willkommen.").actors == []


def test_an_office_after_a_comma_but_no_name_keeps_its_states_actor(extract):
    labels = {a.label for a in extract("Zu dem Gipfel kamen Diplomaten, Botschafter Chinas und Vertreter der "
                                       "Zivilgesellschaft.").actors}
    assert "China" in labels


def test_states_whose_ministers_come_in_the_plural_are_actors(extract):
    labels = {a.label for a in extract("Mit den Außenministern Indiens, Pakistans und der Mongolei nehmen in "
                                       "Hamburg neue Mitglieder teil.").actors}
    assert {"Indien", "Pakistan"} <= labels


def test_the_lemma_table_is_loaded_once_however_it_is_asked_for():
    from kg.nlp.components import lemma_lookup_table

    assert lemma_lookup_table() is lemma_lookup_table("de")
