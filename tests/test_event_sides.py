"""Who attacks, beyond the words of the event itself: a state's forces as the subject of the event
verb far from it or of the verb the event belongs to ("nahmen … unter Beschuss"), forces named by
a prefix ("US-Streitkräfte"), deaths in an attack told in the same sentence, and sentences that go
on with the event told just before ("Dabei kamen … ums Leben")."""

from __future__ import annotations

import pytest


def events_of(record, kind: str):
    return [e for e in record.events if e.kind == kind]


def test_forces_far_from_the_event_verb_are_the_state_attacking(extract):
    record = extract("Bei Razzien gegen die Arbeiterpartei Kurdistans (PKK) haben türkische Sicherheitskräfte "
                     "in der Provinz Hakkari binnen einer Woche 14 mutmaßliche Kämpfer getötet.")
    death = events_of(record, "death")[0]
    assert death.attackers == ["country:TR"]
    assert "org:pkk" not in death.attackers  # the name in brackets is the target "gegen" names


def test_forces_that_take_a_place_under_fire_attack(extract):
    record = extract("Irakische Regierungstruppen nahmen am Montag Stellungen der Miliz unter Beschuss.")
    assert [e.attackers for e in events_of(record, "artillery")] == [["country:IQ"]]


def test_forces_named_by_a_prefix_are_their_state_attacking(extract):
    record = extract("Die US-Streitkräfte griffen am Morgen ein Lager bei Sabratha in Libyen an.")
    assert events_of(record, "fight")[0].attackers == ["country:US"]
    assert "country:US" in {a.key for a in record.actors}  # an actor of the article, not only a principal


def test_a_subject_told_after_an_attack_did_not_make_it(extract):
    record = extract("Die Türkei ist nach mehreren Selbstmordanschlägen in Alarmbereitschaft.")
    assert all("country:TR" not in e.attackers for e in record.events)


def test_a_subject_in_another_clause_did_not_attack(extract):
    record = extract("Die PKK bekannte sich zu einem Anschlag in Van; die Regierung setzte ihre Luftangriffe "
                     "im Nordirak fort.")
    assert all("org:pkk" not in e.attackers for e in events_of(record, "airstrike"))


def test_deaths_in_an_attack_of_the_sentence_have_its_attacker(extract):
    record = extract("Bei einem IS-Anschlag in Bagdad wurden am Freitag zwölf Menschen getötet.")
    assert events_of(record, "death")[0].attackers == ["org:islamischer-staat"]


@pytest.mark.parametrize("follow_up", [
    "Dabei kamen nach Angaben der Behörden zwölf Menschen ums Leben.",
    "Bei den Angriffen starben nach Angaben der Behörden zwölf Menschen.",
])
def test_a_sentence_going_on_with_the_event_before_has_its_attacker(extract, follow_up):
    record = extract("Israelische Kampfflugzeuge bombardierten am Sonntag Ziele im Gazastreifen. " + follow_up)
    assert events_of(record, "death")[0].attackers == ["country:IL"]


def test_deaths_told_without_reference_keep_no_attacker(extract):
    record = extract("Israelische Kampfflugzeuge bombardierten am Sonntag Ziele im Gazastreifen. "
                     "In Rafah starben am Montag drei Menschen.")
    assert events_of(record, "death")[0].attackers == []


def test_an_event_long_after_keeps_no_attacker(extract):
    record = extract("Israelische Kampfflugzeuge bombardierten am Sonntag Ziele im Gazastreifen. "
                     "Die Regierung tagte am Montag. Der Minister sprach von Fortschritten. "
                     "Die Opposition widersprach. Dabei kamen in Rafah drei Menschen ums Leben.")
    assert events_of(record, "death")[0].attackers == []


def test_a_state_attacking_stays_a_place_where_named_as_one(extract):
    record = extract("Im Süden Afghanistans wurden zwei US-Soldaten von einem afghanischen Soldaten erschossen.")
    fight = events_of(record, "fight")[0]
    assert fight.attackers == ["country:AF"]
    assert "country:AF" in fight.places


@pytest.mark.parametrize("text", [
    "Die USA flogen Luftangriffe auf den IS in Syrien. Die Anschläge in Paris töteten 130 Menschen.",
    "Russland bombardierte Aleppo. Das Attentat auf den Botschafter in Ankara forderte ein Todesopfer.",
    "Die USA flogen Luftangriffe auf den IS in Syrien. Bei diesen Anschlägen in Paris starben 130 Menschen.",
])
def test_an_event_told_after_another_is_not_its_attackers(extract, text):
    first, *later = extract(text).events
    assert first.attackers and all(e.attackers == [] for e in later if e.sentence != first.sentence)
