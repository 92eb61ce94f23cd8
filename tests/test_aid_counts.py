"""A count of what is given keeps the words that bound it: "weniger als 100 Soldaten", "bis zu fünf
Millionen Euro", "über 100 Flüchtlinge".

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from conftest import offer_rows as offers, record_of


@pytest.mark.parametrize("bound", ["weniger als", "mehr als", "bis zu", "höchstens", "mindestens", "maximal", "knapp",
                                   "gut", "rund", "etwa", "über", "fast"])
def test_troops_keep_the_bound_of_their_count(nlp, bound):
    found = offers(nlp, f"Deutschland schickt {bound} 100 Soldaten nach Mali.")
    assert [(p, r, o) for p, r, _s, o, _e in found] == [("Deutschland", ["Mali"], [f"{bound} 100 Soldaten"])]


@pytest.mark.parametrize("bound", ["weniger als", "bis zu", "mindestens"])
def test_money_keeps_the_bound_of_its_sum(nlp, bound):
    record = record_of(nlp, f"Deutschland gibt Mali {bound} fünf Millionen Euro.")
    [item] = [i for o in record.aid_offers for i in o.offered]
    assert (item.text, item.amount) == (f"{bound} fünf Millionen Euro", f"{bound} fünf Millionen Euro")


def test_people_taken_in_keep_the_bound_of_their_count(nlp):
    record = record_of(nlp, "Österreich nimmt über 100 Flüchtlinge auf.")
    assert [b.text for o in record.aid_offers for b in o.beneficiaries] == ["über 100 Flüchtlinge"]


@pytest.mark.parametrize("text, offered", [
    # no number after the word: no bound of a count
    ("Deutschland schickt mehr Soldaten nach Mali.", ["Soldaten"]),
    ("Deutschland schickt 100 Soldaten nach Mali.", ["100 Soldaten"]),
    # "zu" and "als" alone bound nothing
    ("Deutschland schickt zusätzlich zu 100 Soldaten auch Ärzte nach Mali.", ["100 Soldaten", "Ärzte"]),
])
def test_words_that_bound_no_count_stay_out(nlp, text, offered):
    assert [o for _p, _r, _s, o, _e in offers(nlp, text)] == [offered]


def test_a_preposition_before_a_count_still_keeps_those_people_out(nlp):
    record = record_of(nlp, "Die Caritas versorgt gemeinsam mit über 100 Asylwerbern Obdachlose mit Decken.")
    assert [[b.text for b in o.beneficiaries] for o in record.aid_offers] == [["Obdachlose"]]
