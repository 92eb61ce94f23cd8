"""Help not yet given or promised ("noch nicht", "noch keine") is neither an offer nor a refusal,
unless it was promised before ("die zugesagten Waffen noch nicht geliefert"), and help asked about
in an "ob" clause is no offer (kg.extract.aid, kg.extract.grammar.not_yet).

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers




@pytest.mark.parametrize("text", [
    "Die EU hat der Ukraine noch keine Hilfe zugesagt.",
    "Frankreich will Mali noch nicht unterstützen.",
    "Die Bundesregierung hat die Hilfsgelder für Griechenland noch nicht überwiesen.",
    "Deutschland hat noch nicht entschieden, ob es der Ukraine Panzer liefert.",
    "Die Regierung prüft, ob sie Jordanien Zelte schickt.",
    "Es ist unklar, ob Deutschland der Ukraine weitere Militärhilfe leistet.",
    "Unklar ist, ob Berlin, wie von Kiew gefordert, Panzer liefert.",
    # a promise of something else is no promise of the help
    "Die EU hat wegen der angekündigten Reformen Griechenland noch keine Hilfe zugesagt.",
])
def test_not_yet_or_asked_is_no_offer(extract, text):
    assert not extract(text).aid_offers


def test_promised_help_not_yet_delivered_is_offered(extract):
    found = offers(extract("Die USA haben die zugesagten Waffen noch nicht geliefert."))
    assert [(provider, status) for provider, _r, _o, _x, status in found] == [("country:US", "offered")]
    assert "Waffen" in found[0][2] and not found[0][3]


def test_not_yet_said_of_a_noun_leaves_the_help(extract):
    found = offers(extract("Die EU schickt Impfstoff an noch nicht geimpfte Menschen in Afrika."))
    assert any(provider == "org:eu" and "Impfstoff" in offered for provider, _r, offered, _x, _s in found)


def test_promised_sum_not_yet_paid_is_offered(extract):
    found = offers(extract("Die USA haben die zugesagten 40 Millionen Euro noch nicht überwiesen."))
    assert [(provider, status) for provider, _r, _o, _x, status in found] == [("country:US", "offered")]


@pytest.mark.parametrize("text, excluded", [
    ("Die USA haben weder Geld noch Waffen geliefert.", {"Geld", "Waffen"}),
    # "not even", and a "not yet" ruled out for good later in the sentence
    ("Ungarn will der Ukraine noch nicht einmal Helme liefern.", {"Helme"}),
    ("Österreich liefert noch keine Waffen und wird auch künftig keine liefern.", {"Waffen"}),
    ("Deutschland liefert keine Waffen mehr an die Ukraine.", {"Waffen"}),
])
def test_negations_that_are_not_not_yet(extract, text, excluded):
    found = offers(extract(text))
    assert any(set(x) >= excluded and status == "refused" for _p, _r, _o, x, status in found)
