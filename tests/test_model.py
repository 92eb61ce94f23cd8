"""Tests for the shipped German pipelines kg/models/de_kg_news (default) and de_kg_news_accurate.

The sentences below were written for these tests (not taken from any corpus).
"""
from pathlib import Path

import pytest
import spacy

MODELS = Path(__file__).resolve().parent.parent / "kg" / "models"
#: folder -> the name in its meta.json (provenance tells the pipelines apart by it)
SHIPPED = {"de_kg_news": "kg_news", "de_kg_news_accurate": "kg_news_accurate"}


@pytest.fixture(scope="module", params=sorted(SHIPPED))
def nlp(request):
    return spacy.load(MODELS / request.param)


def ents(doc):
    return {(e.text, e.label_) for e in doc.ents}


def test_meta_and_components(nlp):
    assert nlp.lang == "de"
    assert nlp.meta["name"] == SHIPPED[Path(nlp.path).name]
    assert nlp.meta["version"] == "0.2.0"
    for name in ("morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    assert "nsubj" in nlp.get_pipe("parser").labels
    assert (Path(nlp.path) / "README.md").is_file()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bundeskanzlerin Angela Merkel traf am Montag in Paris den französischen "
            "Präsidenten Emmanuel Macron.",
            {("Angela Merkel", "PER"), ("Paris", "LOC"), ("Emmanuel Macron", "PER")},
        ),
        (
            "Der Vorstandschef der Deutschen Bank, Christian Sewing, sprach in Frankfurt "
            "vor Journalisten.",
            {("Deutschen Bank", "ORG"), ("Christian Sewing", "PER"), ("Frankfurt", "LOC")},
        ),
        (
            "Nach Angaben der Polizei in Hamburg wurde niemand verletzt, sagte Peter Schulz.",
            {("Hamburg", "LOC"), ("Peter Schulz", "PER")},
        ),
        (
            "Siemens hat seinen Sitz in München.",
            {("Siemens", "ORG"), ("München", "LOC")},
        ),
        (
            "Der Trainer des FC Bayern München, Thomas Tuchel, lobte seine Mannschaft.",
            {("FC Bayern München", "ORG"), ("Thomas Tuchel", "PER")},
        ),
        (
            "Olaf Scholz reist nächste Woche nach Washington.",
            {("Olaf Scholz", "PER"), ("Washington", "LOC")},
        ),
    ],
)
def test_finds_entities(nlp, text, expected):
    found = ents(nlp(text))
    assert expected <= found, found


def test_pipe_sets_sentences_pos_lemmas(nlp):
    texts = [
        "Der Zug nach Berlin hatte am Morgen Verspätung. Viele Fahrgäste mussten lange warten.",
        "Die Stadt baut eine neue Schule. Sie soll im Herbst eröffnen.",
    ]
    docs = list(nlp.pipe(texts, batch_size=2))
    for doc in docs:
        assert doc.has_annotation("SENT_START")
        assert doc.has_annotation("POS") and doc.has_annotation("LEMMA") and doc.has_annotation("DEP")
        assert all(t.pos_ and t.lemma_ for t in doc)
        sents = list(doc.sents)
        assert len(sents) == 2
    assert [s.text for s in docs[0].sents][1] == "Viele Fahrgäste mussten lange warten."
    assert [s.text for s in docs[1].sents][1] == "Sie soll im Herbst eröffnen."
    tok = {t.text: t for d in docs for t in d}
    assert tok["Zug"].pos_ == "NOUN"
    assert tok["Stadt"].pos_ == "NOUN"
    assert tok["Berlin"].pos_ == "PROPN"
    assert tok["hatte"].lemma_ == "haben"
    assert tok["mussten"].lemma_ == "müssen"
    assert tok["baut"].lemma_ == "bauen"
    assert tok["Schule"].dep_ == "obj"
