"""The speaker of "ich"/"wir" who opens the clause right before an infinitive clause of help is
its subject, however long that clause is ("Wir haben vom Parlament den Auftrag bekommen, der
Ukraine Panzer zu liefern, sagte X"); one who asks or urges someone else to help gives nothing.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("sentence, provider, recipient", [
    ("Wir haben vom Parlament in Oslo den Auftrag bekommen, dem Libanon weitere Hilfe zu gewähren, "
     "sagte Jonas Gahr Støre am Montag.", "country:NO", "country:LB"),
    ("Ich habe am Freitag die Zustimmung des Kabinetts erhalten, Jordanien zusätzlich 50 Millionen Euro "
     "bereitzustellen, sagte Entwicklungsministerin Svenja Schulze.", "country:DE", "country:JO"),
])
def test_speaker_controls_infinitive(extract, sentence, provider, recipient):
    found = offers(extract(sentence))
    assert [(p, r) for p, r, *_ in found] == [(provider, (recipient,))], found


@pytest.mark.parametrize("sentence", [
    # asking or urging another to help: the one asked is the infinitive's subject, and it is a demand
    "Ich habe die Regierung in Kopenhagen gebeten, dem Libanon weitere Hilfe zu gewähren, sagte Jonas Gahr Støre.",
    "Wir fordern die Europäische Union auf, Jordanien zusätzlich 50 Millionen Euro bereitzustellen, "
    "sagte Svenja Schulze.",
])
def test_asking_others_gives_nothing(extract, sentence):
    assert offers(extract(sentence)) == []


@pytest.mark.parametrize("sentence, provider", [
    # a purpose clause, and "rief ... aus", which declares, do not ask for the help they go with
    ("Die Regierung in Rom rief den Notstand aus, um den Flüchtlingen auf Lampedusa Zelte zu liefern.",
     "country:IT"),
    # the noun "auf Bitten" asks nothing of the giver
    ("Norwegen hat auf Bitten Jordaniens beschlossen, dem Land weitere Zelte zu liefern.", "country:NO"),
])
def test_no_demand(extract, sentence, provider):
    found = offers(extract(sentence))
    assert [p for p, *_ in found] == [provider], found
