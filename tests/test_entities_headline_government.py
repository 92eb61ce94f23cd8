""""Die Regierung" with no state named in its phrase, in its sentence or the one before, and no
dateline, is the government of the one state the headline names: the article is about it
("Republik Kongo: Häftlinge ausgebrochen ... Nachdem die Regierung den Insassen mehr Essen zur
Verfügung gestellt hatte"). Not where the headline names two states, and a state named just before
still comes first.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest


def givers(nlp, text: str) -> list[str]:
    import kg

    record = kg.extract(kg.article_from_text(text), nlp=nlp)
    return [offer.provider for offer in record.aid_offers]


BODY = ("Die Häftlinge hatten zuvor die Wärter angegriffen. Der Aufstand dauerte zwei Tage. "
        "Erst als die Regierung den Insassen mehr Lebensmittel zur Verfügung stellte, gaben sie auf.")


def test_the_headline_state_governs(nlp):
    assert givers(nlp, "Haiti: Häftlinge proben den Aufstand\n\n" + BODY) == ["country:HT"]


@pytest.mark.parametrize("text, expected", [
    # two states in the headline: no one to tell
    ("Haiti und Kuba: Häftlinge proben den Aufstand\n\n" + BODY, []),
    # a state named in the sentence before is the government's
    ("Haiti: Häftlinge proben den Aufstand\n\nDie Häftlinge hatten zuvor die Wärter angegriffen. "
     "Kuba verurteilte den Aufstand. Erst als die Regierung den Insassen mehr Lebensmittel zur Verfügung stellte, "
     "gaben sie auf.", ["country:CU"]),
])
def test_no_headline_state_or_a_nearer_one(nlp, text, expected):
    assert givers(nlp, text) == expected
