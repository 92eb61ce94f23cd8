"""Aid offers kg missed in unannotated news: money named by a participle before the thing it pays
for ("die vom Wissenschaftsfonds FWF finanzierte Studie", "das vom Land Tirol geförderte Projekt"),
a participle set off before its clause ("Ebenfalls von der Stiftung finanziert, verpasste die
Liste ..."), an agent named after a common noun ("vom Emirat", "von der Hilfsorganisation") and
agents listed with commas and articles ("von der EU, dem Bund und dem Land Bayern") and the owner
of a funded undertaking as its receiver ("das von der EU finanzierte Projekt der Caritas"); with
what looks alike but gives nothing (oil "gefördert", a finite verb the tagger takes for a
participle).

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


def _givers(found) -> set[str]:
    return {provider for provider, _r, _o, _e, _s in found}


# -- a participle before the thing its agent pays for -----------------------------------------
@pytest.mark.parametrize("sentence, provider, item", [
    ("Die vom Wissenschaftsfonds FWF finanzierte Studie erscheint im Herbst.", "org:fwf", "finanzierte Studie"),
    ("Das vom Land Tirol geförderte Projekt startet im Mai.", "org:land-tirol", "geförderte Projekt"),
    ("Die von der EU finanzierte Schule wurde am Montag eröffnet.", "org:eu", "finanzierte Schule"),
    # an "Erz…" that is no ore
    ("Das vom Land Tirol geförderte Erziehungsprojekt startet im Mai.", "org:land-tirol", "geförderte Erziehungsprojekt"),
])
def test_participle_before_the_thing_paid_for(extract, sentence, provider, item):
    found = offers(extract(sentence))
    assert any(p == provider and item in offered and status == "delivered"
               for p, _r, offered, _e, status in found), found


def test_participle_set_off_before_its_clause(extract):
    found = offers(extract("Ebenfalls von der UETD finanziert, verpasste die Fraktion den Einzug ins Parlament."))
    assert "org:uetd" in _givers(found), found


@pytest.mark.parametrize("sentence", [
    # oil and gas are "gefördert" (extracted), not funded
    "Die von Saudi-Arabien geförderte Ölmenge steigt weiter.",
    "Das von Russland geförderte Erdgas fließt nach Europa.",
    # a finite verb the tagger may take for a participle before a noun
    "Frankreichs Teamführung schickte Stürmer-Star Anelka nach Hause.",
    # funded by no one named
    "Die geförderten Wohnungen sind noch immer zu teuer.",
    # paid for, but no undertaking or help: propaganda, a commissioned programme, "gefördert" as promoted
    "Die von Russland finanzierte Propaganda in Serbien wirkt.",
    "Die vom Sender finanzierte Dokumentation läuft am Sonntag.",
    "Die von den USA geförderte Demokratie bleibt schwach.",
])
def test_no_funding_without_a_giver_or_with_extraction(extract, sentence):
    assert offers(extract(sentence)) == []


# -- agents listed in the passive -------------------------------------------------------------
@pytest.mark.parametrize("sentence, providers", [
    ("Das Projekt wurde von der EU, dem Bund und dem Land Bayern finanziert.",
     {"org:eu", "country:DE", "org:land-bayern"}),
    ("Die Hilfsgüter wurden von der Caritas, dem Roten Kreuz und der Diakonie geliefert.",
     {"org:caritas", "org:rotes-kreuz", "org:diakonie"}),
])
def test_each_listed_agent_gives(extract, sentence, providers):
    found = offers(extract(sentence))
    assert _givers(found) == providers, found
    assert all(recipients == () for _p, recipients, _o, _e, _s in found), found  # the others give, not receive


# -- the owner of a funded undertaking receives ----------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Das von der EU finanzierte Projekt der Caritas startet im Mai.",
    "Das Projekt der Caritas wird von der EU finanziert.",
])
def test_owner_of_the_funded_undertaking_receives(extract, sentence):
    assert ("org:eu", ("org:caritas",)) in {(p, r) for p, r, _o, _e, _s in offers(extract(sentence))}


def test_owner_of_what_is_not_an_undertaking_receives_nothing(extract):
    found = offers(extract("Die von der EU finanzierte Politik der Türkei scheitert."))
    assert found == [], found  # paid-for politics is no undertaking, so no offer and no receiver
