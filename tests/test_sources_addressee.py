"""Sources, session 10: the medium that quotes someone, the addressee of a speech verb, a company
told by its kind in the genitive, and the person an apposition after a body's genitive introduces.
German sentences written for these tests (not taken from any corpus)."""

from __future__ import annotations

import pytest

from conftest import claim_sources


def _sources(record) -> dict[str, str]:
    """Source key -> the words naming it, over the claims of a record."""
    return dict(claim_sources(record))


# -- a medium that quotes someone speaks too, named by its own words ------------------------------

@pytest.mark.parametrize("sentence, person, medium, medium_words", [
    # active, the medium between the verb and the person
    ("„Das wird ein großer Erfolg“, zitiert der Spiegel den Polizeisprecher Michael Weber.",
     "person:michael-weber", "org:der-spiegel", "Spiegel"),
    # active, the medium a title in quotation marks kg does not know
    ("„Das wird ein großer Erfolg“, zitiert die „Technikwoche“ den Manager Kevin Weber in einem Bericht.",
     "person:kevin-weber", None, "Technikwoche"),
    # active, the medium the subject before the verb
    ("Die Nachrichtenagentur Reuters zitierte den Minister Michael Weber mit den Worten, das werde ein Erfolg.",
     "person:michael-weber", "org:reuters", "Nachrichtenagentur Reuters"),
    # passive, the agent after "von"
    ("Der Sprecher Michael Weber wird von der Nachrichtenagentur Reuters mit den Worten zitiert, er habe mit "
     "dem Kandidaten gesprochen.", "person:michael-weber", "org:reuters", "Nachrichtenagentur Reuters"),
    ("Der Fraktionschef der Grünen, Volker Weber, wird von der „Abendpost“ mit den Worten zitiert: „Er ist "
     "angeschlagen.“", "person:volker-weber", None, "Abendpost"),
    # passive, the medium after "in"
    ("„Das wird ein großer Erfolg“, wird der Minister Michael Weber in der Zeitung „Die Welt“ zitiert.",
     "person:michael-weber", None, "Die Welt"),
])
def test_the_quoting_medium_is_a_source_of_its_own(extract, sentence, person, medium, medium_words):
    found = claim_sources(extract(sentence))
    assert person in {key for key, _words in found}
    words = {text for key, text in found if key != person}
    assert medium_words in words
    if medium is not None:
        assert medium in {key for key, _words in found}


# -- whom a speaker told is not the speaker ---------------------------------------------------------

def test_dative_agency_after_the_verb_is_no_speaker(extract):
    record = extract("Die Lufthansa will ihre Tarife ändern. Eine Sprecherin des Unternehmens sagte der "
                     "Deutschen Presse-Agentur, die Preise würden steigen.")
    assert [c.source for c in record.claims] == ["org:lufthansa"]
    assert record.claims[0].source_span.text == "Sprecherin des Unternehmens"


def test_dative_agency_without_a_company_named_before(extract):
    record = extract("Eine Sprecherin des Unternehmens sagte der Deutschen Presse-Agentur, die Preise würden steigen.")
    assert "org:dpa" not in [c.source for c in record.claims]


# -- a company told by its kind in the genitive -----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Die Lufthansa will ihre Tarife ändern. Nach Angaben des Unternehmens würden die Preise steigen.",
    "Die Lufthansa will ihre Tarife ändern. Ein Sprecher des Konzerns sagte, die Preise würden steigen.",
    # a company only in a compound is not the one meant
    "Die AUA-Mutter Lufthansa will ihre Tarife ändern. Ein Sprecher des Konzerns sagte, die Preise würden steigen.",
])
def test_company_in_the_genitive_is_the_one_named_before(extract, sentence):
    assert [c.source for c in extract(sentence).claims] == ["org:lufthansa"]


def test_company_in_the_genitive_stays_unresolved_among_two(extract):
    record = extract("Die Lufthansa und Siemens streiten. Der Chef des Unternehmens sagte, die Preise würden steigen.")
    assert [c.source for c in record.claims if c.source in ("org:lufthansa", "org:siemens")] == []


# -- the person an apposition after a body's genitive introduces ------------------------------------

@pytest.mark.parametrize("sentence, person", [
    # the subject after the verb, an acronym in brackets before the comma
    ("Das sagte der Sprecher der Kommission für Menschenrechte (KMR), Pedro Alvarez, am Montag.",
     "person:pedro-alvarez"),
    ("Die Lage sei ernst, sagte der Chef der Internet-Polizei (IIP), Karim Haddad, am Montag der Agentur.",
     "person:karim-haddad"),
    # two spaces after the article
    ("Die Lage sei ernst, sagte der  Sprecher von Präsident Wladimir Putin, Dmitri Peskow.",
     "person:dmitri-peskow"),
])
def test_apposition_after_the_body_names_the_speaker(extract, sentence, person):
    assert [c.source for c in extract(sentence).claims] == [person]


def test_body_speaks_without_an_apposition(extract):
    record = extract("Das sagte der Sprecher der Kommission für Menschenrechte am Montag.")
    assert [c.source_span.text for c in record.claims] == ["Kommission"]


def test_two_spaces_after_the_article_of_the_speaker(nlp):
    import kg

    # an article read as it is, with a double space the text kept
    record = kg.extract(kg.Article(title="", text="Die Lage sei ernst, sagte der  Sprecher von Präsident Wladimir "
                                   "Putin, Dmitri Peskow.", source="x"), nlp=nlp)
    assert [c.source for c in record.claims] == ["person:dmitri-peskow"]


@pytest.mark.parametrize("sentence", [
    "Michael Weber wird in Berlin oft zitiert.",
    "Auf der Internetseite von Siemens wird Michael Weber wie folgt zitiert: „Wir wachsen.“",
    "In der Meldung auf der Seite wird Michael Weber wie folgt zitiert: „Wir wachsen.“",
])
def test_a_place_or_page_where_someone_is_quoted_is_no_source(extract, sentence):
    sources = {c.source for c in extract(sentence).claims}
    assert sources <= {"person:michael-weber"}


@pytest.mark.parametrize("text", [
    "Am Sonntag waren in vielen Orten des Landes Kundgebungen und Märsche der Oppositionsanhänger abgehalten "
    "worden. Auch sie forderten Neuwahlen.",
    "Viele Eigentümer hätten kein Interesse an einer Vermietung. Weil sie fürchten, dass die Wohnung blockiert "
    "ist, sagt Anna Fischer.",
])
def test_a_plural_pronoun_does_not_stand_for_things(extract, text):
    assert not [c.cue for c in extract(text).claims if "sie" in c.cue.split()]
