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


@pytest.mark.parametrize("sentence, source", [
    # a compound joined by a hyphen is one noun
    ("Ein Hafen-Sprecher teilte mit, dass die Fähre ausfalle.", "other:hafen-sprecher"),
    # the feminine of a noun for a person
    ("Die Aktivistin zeigte sich besorgt, dass die Frist zu kurz sei.", "other:aktivistin"),
    # people named by what they are
    ("Bei der Messe sagte der Bischof, dass die Gemeinde wachse.", "other:bischof"),
])
def test_nouns_for_people_speak(extract, sentence, source):
    assert [c.source for c in extract(sentence).claims] == [source]


def test_a_verb_joined_by_und_shares_the_subject(extract):
    record = extract("Anna Berger war am Montag im Rathaus und sagte, sie freue sich über den Neubau.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("person:anna-berger", "Anna Berger")]


@pytest.mark.parametrize("sentence", [
    # the subject of a passive is addressed or accused, it does not speak
    "Die Stadtverwaltung wurde kritisiert, weil die Brücke gesperrt blieb.",
    "Dem Bürgermeister wird vorgeworfen, die Brücke zu spät gesperrt zu haben.",
])
def test_a_passive_subject_does_not_speak(extract, sentence):
    assert extract(sentence).claims == []


def test_an_object_after_the_verb_does_not_speak(extract):
    # "den Helfern" is whom the thanks go to, not who gives them
    claims = extract("Gestern dankte den Helfern auch die Bürgermeisterin.").claims
    assert all(c.source != "other:helfern" for c in claims), [(c.source, c.cue) for c in claims]


def test_speech_verbs_of_the_lexicon(extract):
    (claim,) = extract("Die Gewerkschaft argumentiert, dass die Löhne zu niedrig seien.").claims
    assert (claim.source, claim.cue) == ("other:gewerkschaft", "Gewerkschaft argumentiert")


def test_demnach_with_no_claim_before_reports_the_subject_before(extract):
    record = extract("Die Stadtverwaltung hat am Montag ihren Jahresbericht vorgelegt. "
                     "Demnach sind die Kosten für den Winterdienst gestiegen.")
    assert [(c.source, c.source_span.text, c.sentence) for c in record.claims] == [
        ("other:stadtverwaltung", "Demnach", 2)]


def test_a_pronoun_for_a_person_only_described(extract):
    record = extract("Am Abend betrat ein Mann die Bank. Er erklärte, dass er eine Waffe trage.")
    assert [(c.source, c.source_span.text) for c in record.claims] == [("other:mann", "Er")]
