"""Speech cues whose set phrase stands in the field before the verb ("Kritik an dem Gesetz übte
…", "Mit einem Anstieg rechnen …"); a word quoted after "als" inside the clause ("hat die
Vorwürfe als „haltlos“ bezeichnet"), which is no quotation fronted before the verb; and a bare
plural after a singular verb ("…, sagte Reportern, dass …"), whom the speaker told, not who
spoke. Sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest


def sources_of(record) -> list[str]:
    return [c.source for c in record.claims]


# -- a set phrase fronted with its attributes ------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Kritik an dem neuen Gesetz übte Cem Özdemir.", "person:cem-oezdemir"),
    ("Scharfe Kritik an den Plänen der Regierung übte der Vorsitzende der Grünen, Cem Özdemir.",
     "person:cem-oezdemir"),
    ("Mit einem Anstieg der Preise rechnen die Experten des Ifo-Instituts.", "org:ifo-institut"),
])
def test_a_phrase_fronted_with_its_attributes_still_cues_speech(extract, text, source):
    assert sources_of(extract(text)) == [source]


@pytest.mark.parametrize("text", [
    # the phrase is the subject, the verb is another one's ("übte ... aus": exerted)
    "Die Kritik an dem Gesetz übte keinen Einfluss auf die Entscheidung des Parlaments aus.",
    # a fronted clause, not a fronted phrase: the comma ends the field before the verb
    "Ohne Kritik an dem Gesetz, übte Cem Özdemir am Montag Klavier.",
])
def test_no_speech_from_a_phrase_that_is_not_the_verbs_object(extract, text):
    assert extract(text).claims == []


def test_the_phrase_must_stand_in_the_same_sentence(extract):
    # "Kritik" ends the sentence before; the verb of the next one has no phrase of its own
    record = extract("Das Gesetz stieß auf Kritik. Übte Cem Özdemir am Montag Klavier?")
    assert record.claims == []


# -- a word quoted after "als" inside the clause -------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Die Bundesregierung hat den Bericht der Zeitung als „falsch“ zurückgewiesen.", "country:DE"),
    ("Der Minister Hans Müller hat die Vorwürfe als „haltlos“ bezeichnet.", "person:hans-mueller"),
])
def test_a_word_quoted_after_als_keeps_the_subject_before_it(extract, text, source):
    assert sources_of(extract(text)) == [source]


def test_a_quotation_fronted_before_the_verb_still_has_its_speaker_after_it(extract):
    # the quotation opens the sentence: the speaker follows the verb, as before
    record = extract("„Das ist als Erfolg zu werten“, sagte der Minister Hans Müller.")
    assert sources_of(record) == ["person:hans-mueller"]


def test_no_subject_from_a_quoted_word_after_als(extract):
    # the quoted word is what someone was called, not who spoke; no one speaks here
    record = extract("Das Haus wurde als „Villa Sonnenschein“ bekannt.")
    assert record.claims == []


# -- a bare plural after a singular verb is whom the speaker told ---------------------------------

@pytest.mark.parametrize("text, source", [
    ("Der frühere Präsident Jimmy Carter, der als Wahlbeobachter im Land war, sagte Reportern, "
     "dass alles friedlich verlaufen sei.", "person:jimmy-carter"),
    ("Die Ministerin Anna Berger, die gestern in Berlin war, erklärte Journalisten, die Lage sei ernst.",
     "person:anna-berger"),
])
def test_a_plural_after_a_singular_verb_is_no_speaker(extract, text, source):
    assert sources_of(extract(text)) == [source]


def test_a_plural_after_a_plural_verb_still_speaks(extract):
    # the verb agrees with the plural: its subject
    assert sources_of(extract("Die Lage sei ernst, sagten Journalisten aus Berlin.")) == ["other:journalisten"]


def test_an_unknown_name_after_a_singular_verb_still_speaks(extract):
    # a name the parser may read as a plural noun is no common noun
    record = extract("„Das war Handball“, erklärte McClaren in einem Interview.")
    assert [c.source_span.text for c in record.claims] == ["McClaren"]


# -- "es" as the object before the subject after the verb -----------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Als wichtige Aufgabe der Politik sah es Bundespräsident Horst Köhler an, die Renten zu sichern.",
     "person:horst-koehler"),
    ("Als seine wichtigste Aufgabe sieht es der Präsident Álvaro Uribe an, Frieden zu schließen.",
     "person:alvaro-uribe"),
])
def test_the_subject_after_an_object_es_speaks(extract, text, source):
    assert sources_of(extract(text)) == [source]


def test_es_alone_after_the_verb_names_no_speaker(extract):
    assert extract("Die Lage sei ernst, sagte es.").claims == []


# -- a named object fronted before the verb -------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Ihren Rivalen Karl Berg von der Bauernpartei forderte die Ministerin Anna Lang auf, über "
     "einen Rücktritt nachzudenken.", "person:anna-lang"),
    ("Seinen Kollegen Karl Berg kritisierte der Bürgermeister Peter Lang am Montag scharf.", "person:peter-lang"),
])
def test_a_fronted_object_with_a_name_does_not_speak(extract, text, source):
    # "Ihren", "Seinen": no nominative; the subject after the verb speaks
    assert sources_of(extract(text)) == [source]


def test_a_fronted_nominative_with_a_name_still_speaks(extract):
    # "Seine Kollegin" may be nominative: the phrase before the verb stays its subject
    record = extract("Seine Kollegin Anna Berg kritisierte den Bürgermeister Peter Lang am Montag scharf.")
    assert sources_of(record) == ["person:anna-berg"]
