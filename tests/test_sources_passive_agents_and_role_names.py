"""Passive speech acts with their agent anywhere in the clause, a role's holder named after what the
role is for, and coordinated speakers with a state's office; German sentences written for these tests
(not taken from any corpus)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sources", [
    # the agent opens the sentence, before the auxiliary
    ("Von der SPD wurde der Entwurf als unsozial bezeichnet.", ["org:spd"]),
    # a demand after the auxiliary: the agent demands
    ("Weitere Konsequenzen wurden am Montag vom Europarat gefordert.", ["org:europarat"]),
    # a fronted participle: the parser hangs the agent on the subject
    ("Kritisiert wurde der Entwurf vor allem von der SPD.", ["org:spd"]),
    ("Bestätigt wurde die Schließung vom Innenministerium am Montag.", ["org:innenministerium"]),
    # a subordinate clause, the agent after the subject
    ("Der Plan scheiterte, weil der Entwurf von der SPD kritisiert worden war.", ["org:spd"]),
    # a thing welcomed or condemned: the agent says so
    ("Der Vorschlag wurde von Greenpeace ausdrücklich begrüßt.", ["org:greenpeace"]),
    ("Der Anschlag wurde von der NATO scharf verurteilt.", ["org:nato"]),
    # a passive declaration by a named body
    ("Die Wahl wurde vom Verfassungsgericht zum Verstoß gegen die Verfassung erklärt.", ["org:verfassungsgericht"]),
])
def test_the_named_agent_of_a_passive_speech_act_speaks(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


@pytest.mark.parametrize("text", [
    # "von" in the noun phrase before the finite verb, or a bare name after a noun: an attribute
    "Die Forderungen von Greenpeace wurden am Montag kritisiert.",
    "Am Montag wurde die Forderung von Greenpeace kritisiert.",
    # no speech verb, a span of time, a way from one place to another
    "Die Stadt wurde von Truppen der NATO eingenommen.",
    "Der Bericht wurde von Montag an erwartet.",
    "Die Strecke von Berlin nach Paris wurde als Erfolg bezeichnet.",
    # people greeted or sentenced: a host and a judge, no speakers
    "Die Gäste wurden von Greenpeace am Flughafen begrüßt.",
    "Die Delegation wurde vom Präsidenten Putin begrüßt.",
    "Merkel wurde von Obama im Weißen Haus begrüßt.",
    # a fronted "von" before a demand names whom it is made of
    "Von der Bundesregierung wird gefordert, mehr Flüchtlinge aufzunehmen.",
    "Von Griechenland werden weitere Reformen gefordert.",
    "Er wurde vom Landgericht Wien verurteilt.",
    # a toll is no demand
    "Von dem Sturm wurden zwölf Menschenleben gefordert.",
])
def test_no_agent_speaks(extract, text):
    assert extract(text).claims == []


def test_a_passive_in_a_report_is_said_by_the_reports_owner(extract):
    # the parser hangs "werden" on the noun: the participle with "werden" before it is still a passive
    record = extract("In einem Bericht von Greenpeace werden die Pläne als „gefährlich“ bezeichnet.")
    assert [(c.source, c.kind) for c in record.claims] == [("org:greenpeace", "reported")]


def test_the_subjunctive_after_an_accusation_is_not_the_accuseds(extract):
    record = extract("Der Bürgermeisterin Anna Berger wird Untreue vorgeworfen. Sie habe Geld der Stadt "
                     "für private Reisen ausgegeben.")
    assert "person:anna-berger" not in [c.source for c in record.claims]


@pytest.mark.parametrize("text, source", [
    # what the office is for, with "und" inside, between the role and the name
    ("Am Montag empfahl der EU-Kommissar für Handel und Zölle Anton Gruber, die Gespräche aufzunehmen.",
     "person:anton-gruber"),
    # the rest of the body's name in the genitive complement
    ("Der Entwurf wurde vom Sprecher der CDU/CSU-Bundestagsfraktion Anton Gruber begrüßt.", "person:anton-gruber"),
    # the place of the office
    ("Die Lage sei ruhig, sagte der deutsche Botschafter in Moskau Anton Gruber.", "person:anton-gruber"),
    # an adjective between a state's genitive and the office
    ("Die Lage sei ruhig, sagte Österreichs neuer Außenminister Anton Gruber.", "person:anton-gruber"),
])
def test_the_person_named_after_a_role_phrase_speaks(extract, text, source):
    assert [c.source for c in extract(text).claims] == [source]


@pytest.mark.parametrize("text, sources", [
    # no name after the role: the body speaks
    ("Die Lage sei ruhig, sagte der Sprecher des Innenministeriums.", ["org:innenministerium"]),
    # "und" before the name joins a second speaker, the role stays the state's
    ("Die Lage sei ruhig, sagten der Präsident Frankreichs und Anna Berger.", ["country:FR", "person:anna-berger"]),
])
def test_a_role_without_its_holders_name(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


@pytest.mark.parametrize("text, sources", [
    ("Anna Berger und Österreichs Außenminister Anton Gruber schlossen eine Koalition aus.",
     ["person:anna-berger", "person:anton-gruber"]),
    ("Die Pläne seien falsch, sagten Anna Berger und Österreichs Außenminister Anton Gruber.",
     ["person:anna-berger", "person:anton-gruber"]),
    # only one of them named
    ("Anna Berger und ihr Sprecher schlossen eine Koalition aus.", ["person:anna-berger"]),
])
def test_each_named_person_of_a_coordinated_subject_speaks(extract, text, sources):
    assert [c.source for c in extract(text).claims] == sources


def test_a_speech_verb_tagged_as_a_participle_after_a_clause_speaks(extract):
    # the tagger takes "verdeutlichte" before a noun for an attributive participle
    record = extract("Die Kosten steigen jedes Jahr, verdeutlichte Expertin Anna Berger.")
    assert [c.source for c in record.claims] == ["person:anna-berger"]


def test_a_participle_describing_guests_is_no_speech(extract):
    assert extract("Sie kamen, erwartete Gäste wie Anna Berger auch.").claims == []
