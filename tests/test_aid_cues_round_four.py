"""Aid cues, offer nouns and status (session 11): equipping ("ausstatten"), handing over
("überlassen"), paying in ("zuschießen"), freezing help ("fror ... ein"), offers withdrawn by
their giver or accepted by their receiver, credit offers refused, inflected compounds of
weapons, and sending told after a semicolon."""

import pytest

from conftest import offer_rows as offers
from kg.extract.aid import aid_lexicon


def test_equipping_with_weapons_is_an_offer(nlp):
    found = offers(nlp, "Italien will Albanien mit Panzern ausstatten.")
    assert [(p, r, s) for p, r, s, _o, _e in found] == [("Italien", ["Albanien"], "offered")]


def test_handing_over_jets_is_an_offer(nlp):
    found = offers(nlp, "Norwegen will Polen weitere Kampfjets überlassen.")
    assert [(p, r, off) for p, r, _s, off, _e in found] == [("Norwegen", ["Polen"], ["weitere Kampfjets"])]


def test_handing_over_a_topic_is_no_offer(nlp):
    assert offers(nlp, "Der Kanzler hat das Thema der Innenministerin überlassen.") == []


def test_freezing_military_aid_refuses_it(nlp):
    found = offers(nlp, "Kanada fror die Militärhilfe für Mali ein.")
    # "einfrieren" withdraws, like "beenden": the item is the whole phrase ("die Finanzhilfe")
    assert [(p, r, s, [item.removeprefix("die ") for item in e]) for p, r, s, _o, e in found] \
        == [("Kanada", ["Mali"], "refused", ["Militärhilfe"])]


def test_a_frozen_council_is_no_aid(nlp):
    assert offers(nlp, "Der Nato-Russland-Rat ist seit dem Krieg eingefroren.") == []


def test_withdrawn_pledge_is_refused_by_its_giver(nlp):
    found = offers(nlp, "Schweden hat seine Zusage über zehn Millionen Euro für Somalia zurückgezogen.")
    assert [(p, r, s) for p, r, s, _o, _e in found] == [("Schweden", ["Somalia"], "refused")]


def test_withdrawn_bid_is_no_aid(nlp):
    assert offers(nlp, "Siemens zog sein Angebot für den Bau des Bahnhofs in Kairo zurück.") == []


def test_accepted_offer_goes_to_who_accepts_it(nlp):
    found = offers(nlp, "Chile nahm das Hilfsangebot Argentiniens an.")
    assert [(p, r) for p, r, _s, _o, _e in found] == [("Argentinien", ["Chile"])]


def test_refused_credit_offer(nlp):
    found = offers(nlp, "Argentinien wies ein Kreditangebot des Internationalen Währungsfonds zurück.")
    assert [(p, r, s) for p, r, s, _o, _e in found] == [("Internationaler Währungsfonds", ["Argentinien"], "refused")]


def test_ruled_out_delivery_of_an_inflected_weapon_compound(nlp):
    found = offers(nlp, "Kanzler Scholz hat die Lieferung von Taurus-Marschflugkörpern an die Ukraine ausgeschlossen.")
    assert [(r, s) for _p, r, s, _o, _e in found] == [(["Ukraine"], "refused")]
    assert aid_lexicon().category_of("Taurus-Marschflugkörpern") == "Weapons"


def test_sending_after_a_semicolon_is_delivered(nlp):
    # the particle "bereit" of the clause before the semicolon is no "bereit" of willingness
    found = offers(nlp, "Die Europäische Union stellte Zelte bereit; Italien entsandte 50 Ärzte nach Kroatien.")
    assert ("Italien", ["Kroatien"], "delivered") in [(p, r, s) for p, r, s, _o, _e in found]


@pytest.mark.parametrize("text", [
    "Die Ukraine ist gut mit Waffen ausgestattet.",
    "Deutschland finanziert Reisen von Journalisten in die Ukraine.",
])
def test_being_equipped_and_travel_are_no_help_given(nlp, text):
    assert offers(nlp, text) == []


def test_widening_help_is_an_offer(nlp):
    found = offers(nlp, "Spanien weitet seine humanitäre Hilfe für den Sudan aus.")
    assert [(p, r, s) for p, r, s, _o, _e in found] == [("Spanien", ["Sudan"], "offered")]


def test_widening_attacks_is_no_offer(nlp):
    assert offers(nlp, "Die Luftwaffe weitete ihre Angriffe aus: 30 Kampfjets flogen nach Norden.") == []
