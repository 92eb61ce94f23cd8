"""Conflict events as news tells them: bombings, the number of dead for each group, the place of
the story rather than of the dateline, events only spoken of."""

from __future__ import annotations

import pytest


def kinds(record) -> list[str]:
    return [e.kind for e in record.events]


def place_names(record, event) -> set[str]:
    labels = {p.key: p.label for p in record.places}
    return {labels.get(key, key) for key in event.places}


def test_a_bomb_attack_is_a_bombing_not_fighting(extract):
    record = extract("Bei einem Bombenanschlag in Kabul sind am Montag 20 Menschen getötet worden.")
    assert sorted(kinds(record)) == ["bombing", "death"]
    bombing = next(e for e in record.events if e.kind == "bombing")
    assert bombing.cameo == "183" and place_names(record, bombing) == {"Kabul"}


def test_a_drone_strike_is_an_air_strike(extract):
    record = extract("Bei einem Drohnenangriff nahe der syrischen Stadt Rakka wurde ein Kommandeur getötet.")
    assert "airstrike" in kinds(record) and "fight" not in kinds(record)


def test_the_dateline_is_where_the_paper_writes_from_not_where_the_attack_was(extract):
    record = extract("Belgrad – Bei einem Luftangriff auf ein Lager in Libyen starben 40 Menschen.")
    strike = next(e for e in record.events if e.kind == "airstrike")
    assert place_names(record, strike) == {"Libyen"}


@pytest.mark.parametrize("sentence, tolls", [
    ("Seit Oktober starben 50 Palästinenser, zwölf Israelis und zwei Ausländer.", [50, 12, 2]),
    ("Bei dem Anschlag kamen 14 Soldaten ums Leben.", [14]),
    ("Drei Polizisten erlagen am Abend ihren Verletzungen.", [3]),
    ("Bei den Kämpfen sind 198 Zivilisten getötet worden, darunter 39 Kinder.", [198]),
])
def test_each_group_of_dead_is_counted(extract, sentence, tolls):
    assert [e.casualties for e in extract(sentence).events if e.kind == "death"] == tolls


@pytest.mark.parametrize("sentence", [
    "In 14 Ländern starben im vergangenen Jahr Menschen an der Krankheit.",
    "Seit drei Jahren sterben dort Menschen an Hunger.",
])
def test_a_number_of_places_or_years_is_no_toll(extract, sentence):
    assert "death" not in kinds(extract(sentence))


def test_dead_in_the_next_sentence_died_where_the_fighting_was(extract):
    record = extract("Die Armee griff am Montag Stellungen der Rebellen in Aleppo an. Dabei starben zwölf Kämpfer.")
    death = next(e for e in record.events if e.kind == "death")
    assert death.casualties == 12 and place_names(record, death) == {"Aleppo"}


def test_an_occupied_territory_was_not_captured_today(extract):
    record = extract("Im besetzten Westjordanland wurde am Freitag ein Palästinenser erschossen.")
    assert "capture" not in kinds(record)


def test_an_attack_only_condemned_has_no_sides(extract):
    record = extract("Das Auswärtige Amt der Bundesrepublik verurteilte den Anschlag als zutiefst erschütternd.")
    assert record.events == []
