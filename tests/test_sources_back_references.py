"""Attribution rules of the SourceExtractor added in session 7 (second round), on German sentences
written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from conftest import claim_sources


@pytest.mark.parametrize("sentence, source", [
    # expectations and estimates are statements of their holder
    ("Mit 800 Gästen rechnet das Rote Kreuz am Wochenende.", "org:rotes-kreuz"),
    ("Die SPD erwartete Gewinne in allen Bezirken.", "org:spd"),
    ("Anna Berger titelte in einer Aussendung: Schluss mit dem Chaos!", "person:anna-berger"),
    ("Greenpeace erhebt schwere Vorwürfe gegen die Regierung.", "org:greenpeace"),
    ("Anna Berger machte zudem auf die Gefahr aufmerksam.", "person:anna-berger"),
])
def test_expectations_headlines_and_demands_are_speech(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


@pytest.mark.parametrize("sentence", [
    # a participle describing a noun says nothing
    "Der von der SPD erwartete Aufruhr blieb aus.",
    # "erheben" only with what is said
    "Die Stadt erhebt eine Gebühr.",
])
def test_no_speech_without_a_speaking_verb(extract, sentence):
    assert extract(sentence).claims == []


@pytest.mark.parametrize("text, last", [
    # the noun refers back to the person who just spoke
    ("Der Prozess wurde vertagt, sagte Anwalt Roland Gerlach. Der Anwalt hält den Fall für vergleichbar.",
     ("person:roland-gerlach", "Anwalt")),
    # ... or to the person it described before
    ("Der Rat unter Leitung des Ökonomen Bernhard Felderer tagte. Am Abend erwartet der Ökonom sich positive "
     "Effekte.", ("person:bernhard-felderer", "Ökonom")),
    # another person named in between: the noun stays someone only described
    ("Die Brücke ist alt, sagte Anna Berger. Dann kam Peter Huber. Der Arzt hält den Fall für ernst.",
     ("other:arzt", "Arzt")),
])
def test_a_definite_noun_for_a_person_refers_back(extract, text, last):
    assert claim_sources(extract(text))[-1] == last


def test_an_academic_title_marks_a_name(extract):
    record = extract("Wie Privatdozent Dr. Dittrich aus dem Forscherteam erklärte, sei das Verfahren sicher.")
    (claim,) = record.claims
    assert claim.source == "other:dittrich"
    assert next(a for a in record.actors if a.key == claim.source).category == "Person"


def test_a_noun_without_a_title_names_no_one(extract):
    assert claim_sources(extract("Wie der Arzt erklärte, sei das Verfahren sicher.")) == [("other:arzt", "Arzt")]


@pytest.mark.parametrize("text, sources", [
    ("Erstellt wurde der Bericht von Greenpeace. Laut den Autoren des Berichts ist es schwierig, Fälle zu zählen.",
     [("org:greenpeace", "Autoren des Berichts")]),
    # a report nobody was said to write
    ("Die Studie wurde gestern vorgestellt. Laut den Autoren der Studie ist es schwierig, Fälle zu zählen.", []),
])
def test_the_authors_of_a_report_speak_for_its_owner(extract, text, sources):
    assert claim_sources(extract(text)) == sources


def test_a_verlautbarung_is_a_report_of_its_owner(extract):
    record = extract("Wie aus einer Verlautbarung der NATO hervorgeht, wurden drei Soldaten getötet.")
    assert [c.source for c in record.claims] == ["org:nato"]


@pytest.mark.parametrize("text, source", [
    # a body's name shortened to its first word
    ("Ärzte ohne Grenzen versorgte die Verletzten. Laut Ärzte ist die Lage ruhig.", "org:aerzte-ohne-grenzen"),
    # with no such body named before, the word only describes a source
    ("Laut Ärzte ist die Lage ruhig.", "other:aerzte"),
])
def test_a_body_shortened_to_its_first_word(extract, text, source):
    assert [c.source for c in extract(text).claims][-1] == source


@pytest.mark.parametrize("text, sources", [
    ("Laut ndr.de blieben einige Demonstranten auf dem Platz.", [("other:ndr-de", "ndr.de")]),
    # an abbreviation with dots is no website
    ("Laut z.B. der Polizei blieben einige Demonstranten auf dem Platz.", []),
])
def test_a_website_after_laut_is_a_medium(extract, text, sources):
    assert claim_sources(extract(text)) == sources


@pytest.mark.parametrize("text, sources", [
    ("Stadtrat Peter Huber auf die Frage, ob die Brücke hält? Das wissen wir nicht.",
     [("person:peter-huber", "Peter Huber")]),
    # with a verb of its own the sentence tells what he did, not what he answered
    ("Peter Huber reagierte auf die Frage der Zeitung gelassen.", []),
    # someone only described gives no answer here
    ("Die Polizei auf die Frage, ob sie komme: Nein.", []),
])
def test_a_named_source_auf_die_frage_answers(extract, text, sources):
    assert claim_sources(extract(text)) == sources


@pytest.mark.parametrize("genitive, noun", [
    ("rates", "rat"), ("amtes", "amt"), ("verbandes", "verband"), ("verbands", "verband"),
    ("ministeriums", "ministerium"), ("bündnisses", "bündnis"), ("landes", "land"),
])
def test_a_noun_after_des_loses_its_genitive_ending(genitive, noun):
    from kg.extract.sources import _without_genitive

    assert _without_genitive(genitive) == noun


def test_a_body_named_again_by_its_head_in_the_genitive(extract):
    record = extract("Das Auswärtige Amt warnte vor Reisen. Nach Angaben des Amtes sind zwei Deutsche verletzt.")
    assert [c.source for c in record.claims][-1] == "org:auswaertiges-amt"


@pytest.mark.parametrize("text, source", [
    ("Greenpeace kritisierte den Plan. Die Umweltorganisation erklärte, er sei schädlich.", "org:greenpeace"),
    ("Die Organisation Ärzte ohne Grenzen warnte vor einer Katastrophe. Die Hilfsorganisation erklärte, es fehle an "
     "Medikamenten.", None),
])
def test_a_compound_of_a_kind_refers_back_to_the_body_of_that_kind(extract, text, source):
    last = claim_sources(extract(text))[-1][0]
    assert last == source if source else not last.startswith("other:")
