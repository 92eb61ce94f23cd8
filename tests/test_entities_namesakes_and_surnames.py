"""Session 17: a surname that is also an ordinary word stays part of a name the parse joins ("Serena
Williams"); a known person's surname alone is the article's own namesake named in full ("Der
Historiker Igor Putin … Putin betonte"); and a shorter form or another transliteration of a known
person's name is that person ("Tayyip Erdoğan" with "Erdoğan", "Micheil Saakaschwili"), but a
namesake is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import actor_labels


def test_a_surname_that_is_also_a_word_stays_in_the_name(extract):
    record = extract("Serena Williams gewann am Mittwoch. Ich bin glücklich, stellte Williams fest.")
    assert actor_labels(record) == {"Serena Williams"}
    assert [c.source for c in record.claims] == ["person:serena-williams"]


@pytest.mark.parametrize("sentence, label, not_a_name", [
    # a genitive and its noun are still cut: Kerry's initiative
    ("Kerrys Vorstoß scheiterte am Widerstand der Republikaner.", "Kerry", "Vorstoß"),
    # the NER's "Morgan Ansteckabzeichen": the noun after the name is cut
    ("Der Mann trug ein Rob Morgan Ansteckabzeichen.", "Rob Morgan", "Ansteckabzeichen"),
    # two known surnames side by side are no one's given name and surname
    ("Sobotka Schelling und Kurz stimmten zu.", "Sobotka", "Sobotka Schelling"),
])
def test_nouns_and_names_after_names_are_still_cut(extract, sentence, label, not_a_name):
    labels = actor_labels(extract(sentence))
    assert label in labels and not any(not_a_name in found for found in labels - {label})


def test_an_english_phrase_is_no_name(extract):
    assert not any("Break" in label for label in actor_labels(extract("Der Film Point Break lief gestern im Kino.")))


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


@pytest.mark.parametrize("text, key, other", [
    # the same surname and a given name far from the known person's, or of the other sex: two people
    ("Sebastian Kurz trat zurück. Die Lehrerin Susanne Kurz sagte, sie sei überrascht.",
     "person:sebastian-kurz", "Susanne Kurz"),
    ("Angela Merkel reiste ab. Der Historiker Ulrich Merkel sagte, das sei gut.", "person:angela-merkel",
     "Ulrich Merkel"),
])
def test_namesakes_of_known_persons_stay_apart(extract, text, key, other):
    record = extract(text)
    persons = {a.key: a for a in record.actors if a.category == "Person"}
    assert key in persons and other in {a.label for a in persons.values()} and other not in persons[key].aliases


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
