"""The kg_verb_lemmas component: verbs take the lookup table's infinitive where it knows their form.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp.components import VerbLemmas


def tagged(words: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("de").vocab, words=words, pos=pos, lemmas=lemmas)


TABLE = {"verspricht": "versprechen", "untergebracht": "unterbringen", "sein": "mein", "Hilfe": "Hilfe"}


def test_a_verb_the_table_knows_takes_its_infinitive():
    doc = VerbLemmas(TABLE)(tagged(["Berlin", "verspricht", "Hilfe"], ["PROPN", "VERB", "NOUN"],
                                   ["Berlin", "versprichen", "Hilfe"]))
    assert [t.lemma_ for t in doc] == ["Berlin", "versprechen", "Hilfe"]


def test_a_verb_opening_a_sentence_is_looked_up_in_lowercase():
    doc = VerbLemmas(TABLE)(tagged(["Untergebracht", "wurden", "sie"], ["VERB", "AUX", "PRON"],
                                   ["Untergebracht", "werden", "sie"]))
    assert doc[0].lemma_ == "unterbringen"


@pytest.mark.parametrize("words, pos, lemmas, kept", [
    (["Die", "Hilfe", "kommt"], ["DET", "NOUN", "VERB"], ["der", "Hilfe", "kommen"], "Hilfe"),  # no verb
    (["Er", "muss", "sein"], ["PRON", "VERB", "AUX"], ["er", "müssen", "sein"], "sein"),  # ignored value
    (["Er", "lief"], ["PRON", "VERB"], ["er", "laufen"], "laufen"),  # form the table lacks
])
def test_other_tokens_keep_their_lemma(words, pos, lemmas, kept):
    doc = VerbLemmas(TABLE, ignored=["mein"])(tagged(words, pos, lemmas))
    assert kept in [t.lemma_ for t in doc]


def test_the_pipeline_runs_it_after_the_statistical_lemmatizer(nlp):
    names = nlp.pipe_names
    assert names.index("kg_verb_lemmas") > names.index("trainable_lemmatizer")
    doc = nlp("Die Regierung verspricht den Gemeinden mehr Geld.")
    assert next(t.lemma_ for t in doc if t.text == "verspricht") == "versprechen"
