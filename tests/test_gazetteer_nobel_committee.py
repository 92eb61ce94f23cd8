"""The Norwegian Nobel Committee is a named body ("das Nobelkomitee würdigte ..."), an actor and a
source, not a generic committee; "das Komitee" alone names none. The sentences are made up."""

from __future__ import annotations


def test_the_nobel_committee_is_an_actor_and_a_source(extract):
    record = extract("Das Nobelkomitee in Oslo würdigte damit den Einsatz für Abrüstung, sagte dessen Vorsitzender.")
    assert "org:nobelkomitee" in {a.key for a in record.actors}


def test_a_committee_alone_is_no_nobel_committee(extract):
    record = extract("Das Komitee tagt am Freitag in Genf und berät über die Vorwürfe.")
    assert "org:nobelkomitee" not in {a.key for a in record.actors}
