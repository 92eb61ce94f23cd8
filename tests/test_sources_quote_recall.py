"""Sources named by reference in a marker phrase, and the subject of a sentence a continuation in
reported speech goes back to, on German sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from conftest import claim_sources


@pytest.mark.parametrize("text, source", [
    # "eigen" names the subject of the clause, whatever form the phrase takes
    ("Der Minister Karl Huber war nach eigenem Bekunden überrascht.", ("person:karl-huber", "eigenem")),
    ("Der Redakteur Hans Maier hatte laut eigenen Angaben gute Absichten.", ("person:hans-maier", "eigenen")),
    ("Eigenen Angaben zufolge hat der Konzern Siemens viel Geld investiert.", ("org:siemens", "Eigenen")),
    ("Siemens hat nach eigener Aussage den Fehler behoben.", ("org:siemens", "eigener")),
])
def test_own_account_is_the_subjects(extract, text, source):
    assert claim_sources(extract(text)) == [source]


@pytest.mark.parametrize("text, source", [
    # a possessive after "laut" or "gemäß" stands for whoever spoke just before
    ("Der Minister Karl Huber sprach in Berlin. Gemäß seiner Aussage werden die Steuern sinken.",
     ("person:karl-huber", "seiner")),
    ("Die Ministerin Anna Berg sprach mit Reportern. Laut ihren Aussagen ist der Plan gescheitert.",
     ("person:anna-berg", "ihren")),
    # a demonstrative or a pronoun for the actor named just before
    ("Forscher der Universität Bonn stellten die Studie vor. Nach deren Angaben ist Obst gesund.",
     ("org:universitaet-bonn", "deren")),
    ("Wahlbeobachter der OSZE legten Zahlen vor. Ihnen zufolge ist die Wahl fair verlaufen.",
     ("org:osze", "Ihnen")),
])
def test_a_marker_may_name_its_source_by_reference(extract, text, source):
    assert claim_sources(extract(text))[-1] == source
    assert extract(text).claims[-1].kind == "reported"


@pytest.mark.parametrize("text", [
    # "deren" before a noun that is no statement: no source
    "Forscher der Universität Bonn stellten die Studie vor. Nach deren Veröffentlichung stieg der Absatz.",
    # a possessive with no one who spoke or was named before it
    "Laut ihren Aussagen ist der Plan gescheitert.",
])
def test_a_reference_with_nothing_to_refer_to_names_no_source(extract, text):
    assert [c for c in extract(text).claims if c.kind == "reported"] == []


@pytest.mark.parametrize("text, source", [
    # a possessive in the genitive after a report noun: the owner is the one it names
    ("Die Ärzte sollen laut Angaben ihrer Kollegin Anna Berger zu viel gearbeitet haben.",
     ("person:anna-berger", "Anna Berger")),
    ("Sie wollte das laut Auskunft ihrer Freundin Anna Berger nicht wahrhaben.",
     ("person:anna-berger", "Anna Berger")),
])
def test_a_report_of_a_person_named_in_the_genitive(extract, text, source):
    assert claim_sources(extract(text)) == [source]


@pytest.mark.parametrize("text, source", [
    # the object first: the parser may take it for the subject and the real subject for an object
    ("Die Vorwürfe konnte der Minister Hans Maier nicht bestätigen. Der Vorgang werde zurzeit untersucht.",
     "person:hans-maier"),
    ("Am Rande des Parteitages in Bremen nahm gestern auch der Bürgermeister der Stadt Bremen, Karl Huber, "
     "zu den Plänen Stellung. Die Stadt habe kein Geld.", "person:karl-huber"),
])
def test_a_continuation_goes_back_to_a_subject_after_the_verb(extract, text, source):
    record = extract(text)
    assert [c.source for c in record.claims] == [source]
    assert record.claims[0].sentence == max(c.sentence for c in record.claims)


@pytest.mark.parametrize("text, source", [
    # a relative "dessen" after a named person
    ("Die Polizei befragte den Sprecher Karl Huber, nach dessen Angaben der Wagen defekt war.",
     ("person:karl-huber", "dessen")),
])
def test_a_relative_demonstrative_after_a_name(extract, text, source):
    assert source in claim_sources(extract(text))


@pytest.mark.parametrize("text", [
    # the noun just before names no actor: not the man named before it
    "Der Regierungschef Karl Huber kündigte seiner Partei nach deren Angaben den Rücktritt an.",
    # "dessen" for the driver, not for the company in his phrase
    "Die Polizei befragte den Fahrer von Siemens, nach dessen Angaben der Wagen defekt war.",
])
def test_a_demonstrative_for_a_noun_that_is_no_actor(extract, text):
    assert [c for c in extract(text).claims if c.kind == "reported"] == []


@pytest.mark.parametrize("text, source", [
    # a name the recogniser does not know, right after "laut"
    ("Die Auswahl des Players sei laut Veltronix künftig überflüssig.", ("other:veltronix", "Veltronix")),
    ("Der Schaden stieg – laut Eurofound ein Viertel mehr als im Vorjahr.", ("other:eurofound", "Eurofound")),
])
def test_laut_before_an_unknown_name(extract, text, source):
    assert claim_sources(extract(text)) == [source]


@pytest.mark.parametrize("text", [
    # ordinary nouns after "laut" name no source
    "Die Regierung muss laut Verfassung zurücktreten.",
    "Die Preise steigen laut Umfrage weiter.",
])
def test_laut_before_an_ordinary_noun(extract, text):
    assert extract(text).claims == []
