"""A slash joins names ("Bündnis 90/Die Grünen", "CDU/CSU"); it never ends a sentence, even where the
parser, trained on little data, starts one after it. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Renate Künast, Fraktionschefin von Bündnis 90/Die Grünen, kritisierte den Plan.",
    "Bündnis 90/Die Grünen kritisierten den Plan am Montag scharf.",
    "Die Abgeordneten von CDU/CSU und SPD stimmten dem Gesetz zu.",
])
def test_a_slash_does_not_end_a_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


def test_final_punctuation_still_ends_sentences(nlp):
    doc = nlp("Die Grünen kritisierten den Plan. Die SPD schwieg dazu. Wer hat recht?")
    assert len(list(doc.sents)) == 3


def test_the_party_with_a_slash_in_its_name_speaks(extract):
    record = extract("Bündnis 90/Die Grünen kritisierten den Plan.")
    assert [c.source for c in record.claims] == ["org:gruene"]
