"""Who attacks: the side named in the event word ("US-Luftangriff"), a state's forces named by
its adjective ("israelische Kampfflugzeuge"), and a subject after the verb ("erschoss die Armee")."""

from __future__ import annotations

import pytest


def attackers_of(record, kind: str) -> list[str]:
    event = next(e for e in record.events if e.kind == kind)
    return event.attackers


@pytest.mark.parametrize("sentence, kind, attacker", [
    ("Bei einem US-Luftangriff auf ein Lager in Libyen starben 40 Menschen.", "airstrike", "country:US"),
    ("Bei einem IS-Anschlag in Tunis wurden 20 Touristen getötet.", "fight", "org:islamischer-staat"),
])
def test_the_side_named_in_the_event_word_attacks(extract, sentence, kind, attacker):
    assert attackers_of(extract(sentence), kind) == [attacker]


@pytest.mark.parametrize("sentence, kind", [
    ("Israelische Kampfflugzeuge bombardierten in der Nacht Ziele im Gazastreifen.", "airstrike"),
    ("In Hebron erschossen israelische Soldaten am Freitag einen Angreifer.", "fight"),
    ("Israelische Luftangriffe trafen am Sonntag ein Haus in Gaza.", "airstrike"),
])
def test_a_states_forces_named_by_its_adjective_are_the_state_attacking(extract, sentence, kind):
    assert attackers_of(extract(sentence), kind) == ["country:IL"]


def test_a_subject_after_the_verb_attacks(extract):
    record = extract("Bei einer Kundgebung in Chan Junis erschoss die israelische Armee einen Demonstranten.")
    assert attackers_of(record, "fight") == ["country:IL"]


@pytest.mark.parametrize("sentence", [
    "Bei einem Anschlag in Kabul wurden zwei deutsche Soldaten getötet.",
    "In Kabul starben am Montag deutsche Soldaten bei einem Anschlag.",
    "Deutsche Soldaten nahmen nach dem Anschlag in Kabul einen Verdächtigen fest.",
])
def test_a_states_soldiers_hit_or_near_an_attack_do_not_make_it(extract, sentence):
    record = extract(sentence)
    assert attackers_of(record, "fight") == []


def test_soldiers_counted_by_a_number_still_attack(extract):
    record = extract("Zwei türkische Soldaten griffen am Morgen in Afrin eine Stellung an.")
    assert attackers_of(record, "fight") == ["country:TR"]


def test_the_agent_of_a_passive_attacks(extract):
    record = extract("Der Angriff auf die Kaserne in Diyarbakir wurde von der PKK verübt.")
    assert attackers_of(record, "fight") == ["org:pkk"]


def test_the_speaker_of_a_clause_about_fighting_is_no_side(extract):
    record = extract("Kerry betonte, dass der Kampf um Falludscha vom Irak und nicht von den USA geführt werde.")
    assert attackers_of(record, "fight") == ["country:IQ"]


def test_who_claims_an_attack_made_it(extract):
    record = extract("Die PKK bekannte sich zu dem Anschlag auf eine Polizeiwache in Diyarbakir.")
    assert "org:pkk" in attackers_of(record, "fight")


@pytest.mark.parametrize("sentence", [
    "Das Dorf bei Aleppo wurde von russischen Truppen beschossen.",
    "In Homs wurde ein Konvoi von russischen Kampfjets angegriffen.",
])
def test_a_states_forces_as_agent_of_a_passive_attack(extract, sentence):
    assert attackers_of(extract(sentence), "fight") == ["country:RU"]


def test_who_reports_an_attack_is_not_its_agent(extract):
    record = extract("Die Stadt Homs wurde nach Angaben von syrischen Soldaten bombardiert.")
    assert attackers_of(record, "airstrike") == []


def test_a_side_counted_among_the_dead_is_hit_not_attacking(extract):
    record = extract("Die Agentur meldete, bei den Luftangriffen seien 260 PKK-Kämpfer getötet worden.")
    death = next(e for e in record.events if e.kind == "death")
    assert death.attackers == [] and death.targets == ["org:pkk"]


def test_fighters_counted_as_the_subject_of_killing_are_no_target(extract):
    record = extract("Zwei PKK-Kämpfer töteten bei einem Angriff in Diyarbakir drei Soldaten.")
    assert all("org:pkk" not in e.targets for e in record.events)


@pytest.mark.parametrize("sentence", [
    "Bei Gefechten wurden 20 PKK-Kämpfer getötet.",
    "Die Armee tötete bei Gefechten 20 PKK-Kämpfer.",
    "Bei dem Angriff der Armee kamen zwei PKK-Kämpfer ums Leben.",
])
def test_fighters_counted_among_the_dead_are_the_target(extract, sentence):
    assert any("org:pkk" in e.targets for e in extract(sentence).events)
