"""Faults a read-only review found in session 16's aid rules, each a passage written for the test
(not taken from any corpus): rhetorical questions in reports and a giver asked about are no
receivers; "im ganzen/eigenen Land" is the giver's own; "das Land" after two states, a giver or a
federal state names none of them; goods handed over beside a task are still help; a pronoun giver
that stands for no one gives nothing to the receiver."""

from __future__ import annotations

import pytest

from test_extract import offers


@pytest.mark.parametrize("text", [
    "Doch wie reagiert Moskau auf die neuen Waffenlieferungen? Deutschland hat am Montag weitere 20 Marder "
    "geliefert.",
    "Wie lange kann Russland den Krieg noch finanzieren? Die USA haben unterdessen weitere 300 Millionen Dollar "
    "Militärhilfe bewilligt.",
    "FAZ: Wie viel Geld gibt Japan?\nBotschafter: Auch Südkorea hat zehn Milliarden Dollar zugesagt.",
    "Russland greift die Ukraine an. Deutschland will im ganzen Land Notunterkünfte für Flüchtlinge bereitstellen.",
    "Russland hat in der Nacht erneut Kiew angegriffen. Großbritannien will nun weitere Raketen in das Land "
    "schicken.",
    "Die Taliban haben die Macht übernommen. Pakistan unterstützt die Islamisten. Die USA schicken 3000 Soldaten "
    "in das Land, um die Evakuierung zu sichern.",
    "Tschechien kämpft mit Überschwemmungen. In Bayern sind die Pegel ebenfalls gestiegen. Der Bund schickt 300 "
    "Soldaten des THW in das Land.",
])
def test_no_state_named_before_is_made_the_receiver(extract, text):
    assert all(recipients == () for _, recipients, *_ in offers(extract(text)))


def test_refugees_in_the_givers_own_land_still_are_an_offer(extract):
    found = offers(extract("Millionen Menschen sind aus Syrien geflohen. Deutschland will den Flüchtlingen im "
                           "eigenen Land Schutz bieten."))
    assert [(provider, recipients) for provider, recipients, *_ in found] == [("country:DE", ())]


@pytest.mark.parametrize("text, provider", [
    ("Die EU übergab der Ukraine eine reparierte Stromleitung und 500 Generatoren.", "org:eu"),
    ("Die Bundeswehr übergab der Armee die Einsatzleitung und zehn Hubschrauber.", "org:bundeswehr"),
    ("Deutschland übergab der Ukraine am Montag die Kontrolle über 30 Leopard-Panzer.", "country:DE"),
])
def test_goods_handed_over_beside_a_task_are_help(extract, text, provider):
    assert [p for p, *_ in offers(extract(text))] == [provider]


def test_a_task_alone_handed_over_is_no_help(extract):
    assert offers(extract("Frankreich übergab den Militäreinsatz der MINUSMA.")) == []


def test_a_pronoun_giver_for_no_one_makes_the_receiver_no_giver(extract):
    found = offers(extract("Olaf Scholz traf am Montag die Entwicklungsministerin. Sie sagte Äthiopien 50 Millionen "
                           "Euro zu."))
    assert all(provider != "country:ET" for provider, *_ in found)
