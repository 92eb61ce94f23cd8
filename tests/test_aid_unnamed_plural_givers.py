"""A bare name right after "die" + a plural noun naming no actor and their plural verb is no
subject: "Die Geldgeber haben Athen Hilfe zugesagt" names the one helped, and with the givers
unnamed there is no offer (not the helped state as its own giver). Listed names after the verb
stay subjects.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("sentence", [
    "Die Kreditgeber haben Portugal weitere Notkredite zugesagt.",
    "Die internationalen Geldgeber haben Kiew neue Milliardenhilfen zugesagt.",
    "Die Euro-Länder gewähren Zypern Notkredite in Höhe von zehn Milliarden Euro.",
    "Die Helfer versorgen Italien mit Zelten und Decken.",
    "Die Geberländer gewähren Griechenland neue Kredite.",
])
def test_unnamed_plural_givers_give_nothing_named(extract, sentence):
    assert offers(extract(sentence)) == []


@pytest.mark.parametrize("sentence, providers, recipient", [
    # names listed after the verb are its subjects
    ("Jetzt gewähren Deutschland und Frankreich Portugal neue Kredite.", {"country:DE", "country:FR"}, "country:PT"),
    # a plural name is the plural verb's subject
    ("Die Vereinigten Staaten liefern Israel weitere Abfangraketen.", {"country:US"}, "country:IL"),
    # the plural noun is the one helped when the giver is named
    ("Die Flüchtlinge erhalten Decken und Zelte vom Roten Kreuz.", {"org:rotes-kreuz"}, None),
])
def test_named_givers_stay(extract, sentence, providers, recipient):
    found = offers(extract(sentence))
    assert {p for p, *_ in found} == providers, found
    assert all(r == ((recipient,) if recipient else ()) for _p, r, *_ in found), found
