"""Forces a giver raises where they serve are help to that state, as troops stationed there are
(eval/dev/README: deployments to allies, NATO troops kept in Afghanistan); forces raised at home,
on one's own border or nowhere named help no one.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from conftest import offer_rows as offers


@pytest.mark.parametrize("text, provider, recipient", [
    ("Die USA wollen die Zahl ihrer Soldaten im Irak verdoppeln.", "USA", "Irak"),
    ("Die USA stocken ihre Truppen im Irak auf.", "USA", "Irak"),
    ("Kanada will seine Truppen in Lettland aufstocken.", "Kanada", "Lettland"),
])
def test_forces_raised_in_a_state_help_it(nlp, text, provider, recipient):
    assert [(p, r, s) for p, r, s, *_ in offers(nlp, text)] == [(provider, [recipient], "offered")]


@pytest.mark.parametrize("text", [
    "Die Türkei verdoppelt die Zahl ihrer Soldaten an der syrischen Grenze.",
    "Österreich stockt die Zahl der Soldaten an der Grenze auf.",
    "Die USA wollen die Zahl ihrer Soldaten verdoppeln.",
])
def test_forces_raised_at_home_help_no_one(nlp, text):
    assert offers(nlp, text) == []


def test_help_raised_for_a_state_is_still_help(nlp):
    """Not forces: raising aid for someone stays an offer, receiver or not."""
    assert [(p, r) for p, r, *_ in offers(nlp, "Die USA wollen ihre Hilfe für den Irak verdoppeln.")] == \
        [("USA", ["Irak"])]
    assert [(p, o) for p, _r, _s, o, _e in offers(nlp, "Deutschland stockt seine Hilfe im Libanon auf.")] == \
        [("Deutschland", ["Hilfe"])]


def test_forces_not_raised_are_refused_to_the_same_state(nlp):
    assert offers(nlp, "Die USA wollen ihre Truppen im Irak nicht aufstocken.") == \
        [("USA", ["Irak"], "refused", [], ["ihre Truppen"])]


def test_forces_raised_by_an_invader_help_no_one(nlp):
    found = offers(nlp, "Nach der Annexion der Krim will Russland seine Truppen in der Ukraine aufstocken.")
    assert all(recipients == [] for _p, recipients, *_ in found)
