"""Speakers told only by a description (session 17): an age ("der 62-Jährige"), a noun for a person
with an adjective the tagger misreads as plural ("der 62-jährige Politiker"), a party member
("der Sozialdemokrat") and "die beiden Politiker". Sentences written for these tests."""

from __future__ import annotations

import pytest


def sources_of_last_sentence(record) -> list[str]:
    last = max(c.sentence for c in record.claims)
    return sorted(c.source for c in record.claims if c.sentence == last)


@pytest.mark.parametrize("text, speaker", [
    # the age as the subject before the verb and after it, with a quotation
    ("Der SPD-Politiker Peter Huber (62) trat am Montag zurück. Der 62-Jährige sagte, er habe keine Kraft mehr.",
     "person:peter-huber"),
    ("Der SPD-Politiker Peter Huber (62) trat am Montag zurück. „Ich habe keine Kraft mehr“, sagte der 62-Jährige.",
     "person:peter-huber"),
    # the age the article gave decides between two people
    ("Die Polizei nahm Anna Berger (43) und ihre Schwester Eva Berger (51) fest. Die 51-Jährige sagte, sie sei "
     "unschuldig.", "person:eva-berger"),
    ("Die 51-jährige Eva Berger und ihre Schwester Anna Berger wurden festgenommen. Die 51-Jährige sagte, sie sei "
     "unschuldig.", "person:eva-berger"),
    # with no age given, the sex tells which of two people
    ("Die Polizei nahm Anna Berger und ihren Mann Peter Berger fest. Die 43-Jährige sagte, sie sei unschuldig.",
     "person:anna-berger"),
    # an adjective before a noun for a person: the article says one person
    ("Der SPD-Politiker Peter Huber trat am Montag zurück. „Ich habe keine Kraft mehr“, sagte der 62-jährige "
     "Politiker.", "person:peter-huber"),
    # a party member noun for the person who was the subject before
    ("Der Bürgermeister von Köln, Jürgen Roters, besuchte das Lager. Der Sozialdemokrat kündigte an, die Stadt "
     "werde helfen.", "person:juergen-roters"),
])
def test_a_description_refers_back_to_the_person(extract, text, speaker):
    assert sources_of_last_sentence(extract(text)) == [speaker]


@pytest.mark.parametrize("text", [
    # two women named, no age given: which one is unclear
    "Anna Berger und Eva Meier wurden festgenommen. Die 43-Jährige sagte, sie sei unschuldig.",
    # a man is not "die 43-Jährige"
    "Peter Huber wurde festgenommen. Die 43-Jährige sagte, sie sei unschuldig.",
    # several people of that age
    "Anna Berger und Eva Meier wurden festgenommen. Die 20-Jährigen sagten, sie seien unschuldig.",
])
def test_an_age_that_fits_no_single_person_names_no_one(extract, text):
    record = extract(text)
    assert all(c.source.startswith("other:") for c in record.claims if c.sentence == 1)


def test_die_beiden_politiker_are_the_two_people_named_before(extract):
    record = extract("Die Kanzlerin Angela Merkel traf den französischen Präsidenten Emmanuel Macron. Die beiden "
                     "Politiker erklärten, sie wollten enger zusammenarbeiten.")
    assert sources_of_last_sentence(record) == ["person:angela-merkel", "person:emmanuel-macron"]


@pytest.mark.parametrize("text", [
    # three people named: which two is unclear
    "Angela Merkel traf Emmanuel Macron und Wladimir Putin. Die beiden Politiker erklärten, sie wollten "
    "enger zusammenarbeiten.",
    # two states are no two politicians
    "Deutschland und Frankreich einigten sich. Die beiden Politiker erklärten, man wolle zusammenarbeiten.",
])
def test_die_beiden_politiker_without_two_people_names_no_one(extract, text):
    record = extract(text)
    assert not any(c.source.startswith(("person:", "country:")) for c in record.claims if c.sentence == 1)
