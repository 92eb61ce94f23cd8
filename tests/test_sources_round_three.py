"""Sources, round three: a rule or a file named after "laut" is no speaker, the person named after a
genitive and a noun for how he stands to the first one speaks, and the three ways a title in
quotation marks names a medium (one shared helper). German sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import claim_sources


@pytest.mark.parametrize("sentence", [
    "Ein Ziel des Unterrichts ist es laut Erlass, die Kinder zu fördern.",
    "Laut Redaktionsstatut entscheidet die Redaktion über die Besetzung.",
    "Laut Dokumenten wusste der Minister seit Monaten davon.",
    "Laut Verordnung sind solche Besuche an Schulen verboten.",
])
def test_rules_and_files_after_laut_are_no_sources(extract, sentence):
    assert claim_sources(extract(sentence)) == []


def test_a_name_after_laut_still_speaks(extract):
    assert [source for source, _named in claim_sources(extract("Laut Statista wächst der Markt weiter."))] \
        == ["other:statista"]


@pytest.mark.parametrize("sentence, source, named", [
    ("Firtaschs Anwalt Dieter Böhmdorfer erklärte, sein Mandant sei unschuldig.",
     "person:dieter-boehmdorfer", "Dieter Böhmdorfer"),
    ("Kachelmanns Verteidiger Johann Schwenn betonte, der Prozess sei unfair.",
     "person:johann-schwenn", "Johann Schwenn"),
])
def test_person_after_genitive_and_relation_noun_speaks(extract, sentence, source, named):
    assert claim_sources(extract(sentence)) == [(source, named)]


def test_person_after_genitive_after_laut(extract):
    claims = claim_sources(extract("Die Vorwürfe sind laut Firtaschs Anwalt Dieter Böhmdorfer falsch."))
    assert [source for source, _named in claims] == ["person:dieter-boehmdorfer"]


def test_a_single_person_subject_is_unchanged(extract):
    assert [s for s, _n in claim_sources(extract("Peter Schmidt sagte, die Lage sei ernst."))][:1] \
        == ["person:peter-schmidt"]


@pytest.mark.parametrize("sentence, label", [
    # after "laut": the title alone
    ("Die Verhandlungen sind laut „Abendpost“ gescheitert.", "Abendpost"),
    # after a noun for a medium
    ("Das Magazin „Technikwoche“ berichtete, der Konzern plane Entlassungen.", "Technikwoche"),
    # the medium that quotes someone, after an article
    ("Der Sprecher Michael Weber wird von der „Abendpost“ mit den Worten zitiert, er sei zufrieden.",
     "Abendpost"),
])
def test_titles_in_quotation_marks_name_media(extract, sentence, label):
    record = extract(sentence)
    labels = {a.label for a in record.actors} | {c.source_span.text for c in record.claims if c.source_span}
    assert any(label in text for text in labels), (claim_sources(record), labels)


@pytest.mark.parametrize("sentence, source", [
    ("Nach neuen Zahlen des Verbandes sind mehr Betriebe betroffen.", "other:verband"),
    ("Nach Zahlen der Kammer sank die Zahl der Lehrlinge.", "other:kammer"),
])
def test_figures_of_a_body_name_it(extract, sentence, source):
    assert [s for s, _named in claim_sources(extract(sentence))] == [source]


def test_the_verb_zahlen_is_no_marker(extract):
    assert claim_sources(extract("Die Mieter zahlen seit dem Frühjahr mehr.")) == []
    assert claim_sources(extract("Nach neuen Zahlen steigen die Preise.")) == []
