"""Aid offers in constructions of reports the earlier rules were not written for: emergency services
at work, care in someone's facility, offering with "bieten", spending with "Geld in die Hand nehmen",
donations of a sum from one party to another.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.extract.aid import AidExtractor
from kg.extract.rescue import is_rescue_service
from conftest import offer_rows
from test_extract import covers, offers

SERVICES = frozenset({"feuerwehr", "rettung", "rotes kreuz"})


@pytest.mark.parametrize("label, service", [
    ("Wiener Feuerwehr", True),
    ("Berufsfeuerwehr Köln", True),
    ("Bergrettung Axams", True),
    ("Rotes Kreuz", True),
    ("Caritas", False),
    ("Feuerwehrmuseum", False),
    ("Kreuzritter", False),
])
def test_rescue_service_names(label, service):
    assert is_rescue_service(label, SERVICES) is service


@pytest.mark.parametrize("sentence, provider, recipients, offered", [
    # an emergency service at work helps, with no word for help
    ("Beim Brand in der Lagerhalle war das Rote Kreuz im Einsatz.", "org:rotes-kreuz", (), {"im Einsatz"}),
    # called out: in the passive, or as the object of who calls
    ("Nach dem Unfall wurde das Rote Kreuz alarmiert.", "org:rotes-kreuz", (), {"alarmiert"}),
    ("Ein Passant alarmierte sofort das Rote Kreuz.", "org:rotes-kreuz", (), {"alarmierte"}),
    # rescuing someone no lexicon word names
    ("Der Abgestürzte wurde schließlich vom Roten Kreuz geborgen.", "org:rotes-kreuz", (), {"geborgen"}),
    # carrying the injured
    ("Die Verletzten wurden vom Roten Kreuz zum Stützpunkt gebracht.", "org:rotes-kreuz", (), {"gebracht"}),
    # a fronted task belongs to the main clause past the commas of a list of helpers
    ("An der Bergung waren mehrere Hundeführer, zwei Bergführer und das Rote Kreuz beteiligt.",
     "org:rotes-kreuz", (), {"Bergung"}),
    # the owner of a place of care cares for those treated there
    ("Die Verletzten wurden in einem Lazarett der ISAF versorgt.", "org:isaf", (), set()),
    # "bieten" with a word for help; "Geld in die Hand nehmen"
    ("Die Caritas bietet den Flüchtlingen kostenlose Deutschkurse.", "org:caritas", (), {"Deutschkurse"}),
    ("Österreich nimmt zusätzliches Geld in die Hand, um die Menschen zu versorgen.", "country:AT", (),
     {"zusätzliches Geld"}),
    # a donation of a sum, from one party to another
    ("Es gab eine Spende von 500 Dollar vom Innenministerium an das Rote Kreuz.", "org:innenministerium",
     ("org:rotes-kreuz",), {"Spende", "500 Dollar"}),
])
def test_recall_constructions(extract, sentence, provider, recipients, offered):
    found = offers(extract(sentence))
    assert len(found) == 1, found
    got_provider, got_recipients, got_offered, _excluded, _status = found[0]
    assert (got_provider, got_recipients) == (provider, recipients), found
    assert covers(got_offered, offered), got_offered


def test_each_service_at_work_helps(extract):
    found = offers(extract("Das Rote Kreuz und die Caritas waren die ganze Nacht im Einsatz."))
    assert [provider for provider, *_ in found] == ["org:rotes-kreuz", "org:caritas"]


@pytest.mark.parametrize("sentence, providers, recipients", [
    # each member of a listed passive agent gives
    ("Der Abgestürzte wurde schließlich vom Roten Kreuz und der Caritas geborgen.",
     ["org:rotes-kreuz", "org:caritas"], ()),
    # a participle opening its passive clause has its agent anywhere after it
    ("Unterstützt wird die Ukraine dabei von den USA und Kanada.", ["country:US", "country:CA"], ("country:UA",)),
])
def test_listed_passive_agents(extract, sentence, providers, recipients):
    found = offers(extract(sentence))
    assert [provider for provider, *_ in found] == providers
    assert all(got == recipients for _, got, *_ in found), found


@pytest.mark.parametrize("sentence, expected", [
    # a participle set off by commas after a name qualifies that name
    ("Die YPG, unterstützt von den USA, rückt auf Rakka vor.", [("country:US", ("org:ypg",))]),
    # not the agent of a participle before the comma
    ("Bewaffnet von den Amerikanern, unterstützt durch die Luftangriffe der Russen, nutzt die YPG die Lage.",
     [("country:US", ("org:ypg",)), ("country:RU", ("org:ypg",))]),
    # a person backed by a person is no aid
    ("Hillary Clinton, unterstützt von Barack Obama, gewann die Vorwahl.", []),
])
def test_participle_set_off_after_a_name(extract, sentence, expected):
    assert [(provider, recipients) for provider, recipients, *_ in offers(extract(sentence))] == expected


def test_a_finite_verb_that_looks_like_a_participle_lists_no_agents(extract):
    """ "von NPR und PBS" after a noun of a clause in the active voice is no list of givers."""
    found = offers(extract("Kritiker monieren, dass der Bund Steuergelder zur Kofinanzierung von NPR und PBS "
                           "einsetzt."))
    assert len(found) <= 1


def test_actors_sharing_one_mention():
    """ "Die Berufsfeuerwehren aus Köln und Düsseldorf": one plural mention for two brigades."""
    index = SimpleNamespace(spans=[(3, 4, "org:feuerwehr-koeln", "name"), (3, 4, "org:feuerwehr-duesseldorf", "name"),
                                   (5, 6, "place:koeln", "name")],
                            actors={"org:feuerwehr-koeln": None, "org:feuerwehr-duesseldorf": None})
    assert AidExtractor._sharing_the_mention(index, 3, "org:feuerwehr-koeln") == ["org:feuerwehr-duesseldorf"]
    assert AidExtractor._sharing_the_mention(index, 5, "place:koeln") == []


@pytest.mark.parametrize("sentence", [
    # at work or called out, but no emergency service
    "Die Bundeswehr war im Einsatz.",
    "Die Caritas wurde über den Vorfall alarmiert.",
    # who calls out a service does not turn out
    "Das Rote Kreuz alarmierte die Caritas.",
    # taking part in what is no rescue; a fronted time is no task
    "Das Rote Kreuz war an der Ausarbeitung des Konzepts beteiligt.",
    # cared for in a place of no one named
    "Die Verletzten wurden im Krankenhaus versorgt.",
    # "bieten" with nothing the lexicon calls help, or as an idiom
    "Die Caritas bietet einen Einblick in ihre Arbeit.",
    "Die Caritas bot der Regierung die Stirn.",
    "Österreich nimmt die Sache selbst in die Hand.",
])
def test_no_offer_from_these_rules(extract, sentence):
    assert extract(sentence).aid_offers == []


def test_fronted_time_is_no_task(extract):
    """ "Am Dienstag ..." opens the sentence; the task is the an-phrase of the infinitive."""
    found = offers(extract("Am Dienstag beschloss die deutsche Regierung, dem Wunsch Frankreichs zu folgen und "
                           "sich an einer Militäraktion in Syrien zu beteiligen."))
    assert [(provider, recipients) for provider, recipients, *_ in found] == [("country:DE", ("country:FR",))]
    assert covers(found[0][2], {"Militäraktion"})


def test_security_forces_at_work_are_not_whom_they_help(nlp):
    text = ("Rund eine Million Pilger sind im Land. Im vergangenen Jahr waren mehr als 50.000 Sicherheitskräfte "
            "des Königreichs im Einsatz, um einen reibungslosen Ablauf zu gewährleisten.")
    assert offer_rows(nlp, "Riad – " + text) == []
