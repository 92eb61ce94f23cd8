"""Session 17: a surname that is also an ordinary word stays part of a name the parse joins ("Serena
Williams"); a known person's surname alone is the article's own namesake named in full ("Der
Historiker Igor Putin … Putin betonte"); and a shorter form of a known person's name is that person
("Tayyip Erdoğan" with "Erdoğan"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import actor_labels


def test_a_surname_that_is_also_a_word_stays_in_the_name(extract):
    record = extract("Serena Williams gewann am Mittwoch. Ich bin glücklich, stellte Williams fest.")
    assert actor_labels(record) == {"Serena Williams"}
    assert [c.source for c in record.claims] == ["person:serena-williams"]


@pytest.mark.parametrize("sentence, label", [
    # a genitive and its noun are still cut: Kerry's initiative
    ("Kerrys Vorstoß scheiterte am Widerstand der Republikaner.", "John Kerry"),
    # a name and an ordinary noun after it (three words) are still cut
    ("Der Mann trug ein Peter Huber Ansteckabzeichen.", None),
])
def test_nouns_after_names_are_still_cut(extract, sentence, label):
    labels = actor_labels(extract(sentence))
    if label is None:
        assert not any("Ansteckabzeichen" in found for found in labels)
    else:
        assert label in labels and not any("Vorstoß" in found for found in labels)


def test_a_known_surname_is_the_namesake_the_article_names_in_full(extract):
    record = extract("Der Historiker Igor Putin sagte, das sei falsch. Putin betonte, er kenne die Akten.")
    assert actor_labels(record) == {"Igor Putin"}
    assert {c.source for c in record.claims} == {"person:igor-putin"}


@pytest.mark.parametrize("text", [
    # nobody else of that name: the known person
    "Putin betonte, er kenne die Akten.",
    # the known person named in full himself
    "Der russische Präsident Wladimir Putin sagte, das sei falsch. Putin betonte, er kenne die Akten.",
])
def test_a_known_surname_stays_the_known_person(extract, text):
    record = extract(text)
    assert {c.source for c in record.claims} == {"person:wladimir-putin"}


def test_a_shorter_form_of_a_known_name_is_that_person(extract):
    record = extract("Auch Tayyip Erdoğan nimmt die Nato-Verbündeten in die Pflicht. 14 Verdächtige seien "
                     "gefasst worden, sagt Erdoğan.")
    persons = [a for a in record.actors if a.category == "Person"]
    assert [a.key for a in persons] == ["person:recep-tayyip-erdogan"]


@pytest.mark.parametrize("text, key", [
    # a known person's distinctive surname alone, with nobody else of that name in the article
    ("Merkel schwieg zu den Vorwürfen.", "person:angela-merkel"),
    ("Kurz nach Mitternacht schwieg Faymann.", "person:werner-faymann"),
])
def test_a_distinctive_surname_alone_is_the_known_person(extract, text, key):
    assert key in {a.key for a in extract(text).actors}


@pytest.mark.parametrize("text, absent", [
    # another person of that surname named in full
    ("Der Politologe Wolfgang Merkel sagte, das sei falsch. Merkel betonte, er kenne die Akten.",
     "person:angela-merkel"),
    # an ordinary noun that is also a known person's surname ("Schiff": Adam Schiff) and an adverb
    # that is one too ("Kurz": Sebastian Kurz) name nobody
    ("Das Schiff sank vor Lampedusa.", "person:adam-schiff"),
    ("Kurz nach Mitternacht sank das Boot.", "person:sebastian-kurz"),
    # a surname too common to name anyone alone
    ("Schmidt sagte, das sei falsch.", "person:helmut-schmidt"),
])
def test_a_surname_that_names_another_or_no_one(extract, text, absent):
    assert absent not in {a.key for a in extract(text).actors}


@pytest.mark.parametrize("text, key, alias", [
    # another transliteration of a known person's given name is that person
    ("Präsident Micheil Saakaschwili regiert seit 2004. Saakaschwili darf nicht mehr kandidieren.",
     "person:michail-saakaschwili", "Micheil Saakaschwili"),
    ("Präsident Umar al-Baschir reiste ab. Der Haftbefehl gegen al-Baschir gilt weiter.",
     "person:omar-al-baschir", "Umar al-Baschir"),
])
def test_another_spelling_of_a_known_person_is_that_person(extract, text, key, alias):
    persons = [a for a in extract(text).actors if a.category == "Person"]
    assert [a.key for a in persons] == [key] and alias in persons[0].aliases
