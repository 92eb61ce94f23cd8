"""People of a nation counted in millions or by "Tausende"/"Hunderttausende" ("eine Million Syrer",
"Hunderttausende Afghanen") are people taken in or helped, not their state as a recipient, as
"20.000 Syrer" already were.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("sentence, provider", [
    ("Jordanien hat seit 2011 mehr als eine Million Syrer aufgenommen.", "country:JO"),
    ("Pakistan beherbergt seit Jahrzehnten Hunderttausende Afghanen.", "country:PK"),
    ("Der Irak hat nach Angaben der Regierung 1,5 Millionen Syrer aufgenommen.", "country:IQ"),
])
def test_counted_people_are_no_state(extract, sentence, provider):
    found = offers(extract(sentence))
    assert [(p, r) for p, r, *_ in found] == [(provider, ())], found


@pytest.mark.parametrize("sentence", [
    # counted people who do something themselves: no help
    "Tausende Syrer demonstrierten am Samstag in Berlin gegen die Regierung.",
    "Millionen Syrer sind nach Angaben der UNO auf der Flucht.",
])
def test_no_offer(extract, sentence):
    assert offers(extract(sentence)) == []
