"""Helpers the name stages share (kg.extract.grammar): a word joined to an ordinary noun, adjectives
by the lemma table and by their suffix; and the one list of emergency services (services.json)
read by entity resolution and by the aid extractor.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from kg.extract.grammar import (
    INFLECTED_ADJECTIVE, INFLECTED_ADJECTIVE_OR_LOANWORD, INFLECTED_DERIVED_ADJECTIVE, is_lemma_table_adjective,
    is_compound_of_nouns, joined_to_common_noun, nominative_name, skip_adjectives,
)

LISTS = ("und", "oder", ",")


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_joined_by_und_to_a_common_noun(nlp):
    assert joined_to_common_noun(_token(nlp, "Das Land erlebte Krieg und Gemetzel.", "Gemetzel"))


def test_names_joined_to_names_are_not(nlp):
    # the neighbour is an entity of the NER, no common noun
    assert not joined_to_common_noun(_token(nlp, "Gestern trafen sich Merkel und Kohl in Berlin.", "Kohl"))


def test_a_comma_joins_only_when_asked(nlp):
    token = _token(nlp, "Die Partei forderte Bildung, Arbeit.", "Arbeit")
    assert not joined_to_common_noun(token)
    assert joined_to_common_noun(token, LISTS)


def test_a_sentence_opener_is_skipped_only_when_asked(nlp):
    token = _token(nlp, "Krieg und Gemetzel prägten das Land.", "Gemetzel")
    assert joined_to_common_noun(token, LISTS)
    assert not joined_to_common_noun(token, LISTS, skip_sentence_openers=True)


@pytest.mark.parametrize("word, adjective", [
    ("wütende", True), ("empörte", True),  # adjective and participle with their endings
    ("wütend", False),  # no inflection ending
    ("haus", False),
])
def test_lemma_table_adjective(word, adjective):
    assert is_lemma_table_adjective(word) is adjective


@pytest.mark.parametrize("word, derived, name_adjective, with_loanwords", [
    ("staatlichen", True, True, True),
    ("Europäischer", True, True, True),
    ("Internationalen", False, True, True),
    ("Zentrale", False, True, True),  # also a noun: not taken by the narrowest test
    ("Aktiven", False, False, True),
    ("Präsidenten", False, False, True),  # a noun: only where the tagger has said adjective
    ("Haus", False, False, False),
    ("Europäisch", False, False, False),  # no inflection ending
])
def test_three_widths_of_the_adjective_suffix_test(word, derived, name_adjective, with_loanwords):
    assert bool(INFLECTED_DERIVED_ADJECTIVE.search(word)) is derived
    assert bool(INFLECTED_ADJECTIVE.search(word)) is name_adjective
    assert bool(INFLECTED_ADJECTIVE_OR_LOANWORD.search(word)) is with_loanwords


def test_skip_adjectives_to_the_noun(nlp):
    doc = nlp("Berlin plant einen raschen militärischen Einsatz.")
    article = next(t.i for t in doc if t.text == "einen")
    noun = skip_adjectives(doc, article + 1, len(doc))
    assert doc[noun].text == "Einsatz"
    assert skip_adjectives(doc, article + 1, article + 2) == article + 2  # never beyond the end given
    assert skip_adjectives(doc, noun, len(doc)) == noun  # no adjective: where it starts


def test_one_list_of_emergency_services():
    from kg.extract.aid import aid_lexicon
    from kg.extract.services import _lexicon

    by_place, rescue = _lexicon()[0], aid_lexicon().rescue_services
    assert {"feuerwehr", "bergrettung"} <= by_place & rescue  # both uses
    assert "polizei" in by_place and "polizei" not in rescue  # police at work is no help
    assert "thw" in rescue and "thw" not in by_place  # a national organisation, not named by town


@pytest.mark.parametrize("words, nominative", [
    (["Steiermärkische", "Landesrechnungshof"], "Steiermärkischer Landesrechnungshof"),
    (["Deutschen", "Gewerkschaftsbundes"], "Deutscher Gewerkschaftsbund"),
])
def test_bodies_with_a_masculine_head_in_the_nominative(words, nominative):
    assert nominative_name(words) == nominative


@pytest.mark.parametrize("word, compound", [
    ("Wahlkampf", True), ("Amtszeit", True), ("Miliband", False), ("Hollande", False),
])
def test_compounds_of_two_nouns_and_names_that_end_like_a_noun(word, compound):
    assert is_compound_of_nouns(word) is compound


def test_a_comma_before_a_name_and_its_verb_ends_a_clause(nlp):
    from kg.extract.grammar import clause_bounds
    doc = nlp("Die Regierung bat die USA um Luftangriffe, Washington sagte Unterstützung zu.")
    sent = next(doc.sents)
    washington = next(t.i for t in doc if t.text == "Washington")
    assert clause_bounds(sent, washington)[0] == washington
    listed = nlp("Hilfe geht an Syrien, Jordanien und den Libanon.")
    jordanien = next(t.i for t in listed if t.text == "Jordanien")
    assert clause_bounds(next(listed.sents), jordanien)[0] == 0
