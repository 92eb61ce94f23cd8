"""Attribution rules of the SourceExtractor, on German sentences written for these tests (not
taken from any corpus)."""

from __future__ import annotations

import pytest

import kg


@pytest.fixture(scope="module")
def extract(nlp):
    def run(sentence: str):
        return kg.extract(kg.article_from_text("Titel der Meldung\n\n" + sentence), nlp=nlp)
    return run


def test_the_subjunctive_after_a_statement_reports_its_subject(extract):
    record = extract("Bürgermeisterin Anna Berger ist beunruhigt. Die Lage in der Stadt sei ernst.")
    assert [(c.source, c.text) for c in record.claims] == [
        ("person:anna-berger", "Die Lage in der Stadt sei ernst.")]
    assert record.claims[0].source_span.text == "Anna Berger"


@pytest.mark.parametrize("text", [
    # the speaker is known from the claim before: no second claim for the same speaker
    "Bürgermeisterin Anna Berger sagte, man sei vorbereitet. Die Lage sei ernst.",
    # "soll" passes on hearsay: its subject reports nothing
    "Anna Berger soll die Stadt verlassen haben. Die Lage sei ernst.",
])
def test_the_subjunctive_adds_no_claim_after_a_claim_or_hearsay(extract, text):
    claims = extract(text).claims
    assert all(c.sentence != 2 for c in claims), [(c.source, c.text) for c in claims]


def test_a_plural_pronoun_speaks_for_the_plural_subject_before_it(extract):
    record = extract("Die Gewerkschafter protestierten am Montag, weil sie befürchten, dass Stellen wegfallen.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("other:gewerkschafter", "sie")]


def test_a_plural_pronoun_after_a_description_speaks_for_each_actor_listed(extract):
    record = extract("Der Beschluss verärgerte Frankreich und Italien. Die beiden Länder sind wichtige Partner. "
                     "Sie haben angekündigt, das Abkommen zu prüfen.")
    assert [c.source for c in record.claims] == ["country:FR", "country:IT"]


def test_an_adverb_between_verb_and_speaker(extract):
    (claim,) = extract("Das bestätigte gestern ein Polizeisprecher.").claims
    assert (claim.source, claim.source_span.text) == ("other:polizeisprecher", "Polizeisprecher")


@pytest.mark.parametrize("sentence, source", [
    ("Die Stadtverwaltung teilte mit, dass die Brücke gesperrt bleibe.", "other:stadtverwaltung"),
    ("Ein Augenzeuge berichtete, dass Steine flogen.", "other:augenzeuge"),
])
def test_administrations_and_witnesses_speak(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]
