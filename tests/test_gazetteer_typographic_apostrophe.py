"""A known name with an apostrophe's "s" is found whether the article writes a straight or a
typographic apostrophe, which spaCy splits off ("Lord", "’s"), and it is called as the article
writes it. A possessive of an unknown name is no known name. The sentences are made up."""

from __future__ import annotations

import pytest


def by_key(record) -> dict[str, str]:
    return {a.key: a.label for a in record.actors}


@pytest.mark.parametrize("sentence, label", [
    ("Die Vorwürfe richten sich gegen die ugandische Lord’s Resistance Army und gegen die Armee.",
     "Lord’s Resistance Army"),
    ("Die Vorwürfe richten sich gegen die ugandische Lord's Resistance Army und gegen die Armee.",
     "Lord's Resistance Army"),
])
def test_either_apostrophe(extract, sentence, label):
    assert by_key(extract(sentence)).get("org:lra") == label


def test_another_possessive_is_no_known_name(extract):
    record = extract("Die Anhänger von Lord’s Party protestierten vor dem Parlament in Kampala.")
    assert "org:lra" not in by_key(record)
