"""Aid offers in constructions of real news that kg missed: help that does the stopping ("Eine
französische Militärintervention stoppte den Vormarsch"), exile taken in a host state ("floh ins
Exil nach Katar"), funds paid with ("mit Mitteln der EU", "aus Mitteln des Ministeriums") and
loans or packages negotiated by named lenders ("Die EU und der IWF verhandeln über ein
Hilfspaket"); with what looks alike but is no help, no such giver or a refusal after all.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


# -- help as the agent of a stopping verb ------------------------------------------------------
@pytest.mark.parametrize("sentence, provider", [
    ("Eine französische Militärintervention stoppte im Frühjahr den Vormarsch der Rebellen.", "country:FR"),
    ("Ein amerikanischer Militäreinsatz stoppte im Herbst die Offensive der Milizen.", "country:US"),
])
def test_help_that_stops_is_delivered(extract, sentence, provider):
    found = offers(extract(sentence))
    assert [(p, status, excluded) for p, _r, _o, excluded, status in found] == [(provider, "delivered", ())], found


@pytest.mark.parametrize("sentence, provider, excluded", [
    # the help is what is stopped: a refusal, as before
    ("Frankreich stoppte die Militärhilfe für Mali.", "country:FR", "Militärhilfe"),
    ("Die Militärhilfe für Mali wurde von Frankreich gestoppt.", "country:FR", "Militärhilfe"),
    # fronted object, the one ruling it out named after the verb
    ("Spanien will Portugal mit Pumpen helfen. Finanzhilfen schloss Ministerpräsident Pedro Sánchez jedoch aus.",
     None, "Finanzhilfen"),
])
def test_help_stopped_stays_refused(extract, sentence, provider, excluded):
    found = offers(extract(sentence))
    refusals = [f for f in found if f[4] == "refused" or f[3]]
    assert refusals and any(excluded in " ".join(f[3]) for f in refusals), found
    assert not any(f[4] == "delivered" and any(excluded in o for o in f[2]) for f in found), found
    if provider is not None:
        assert any(f[0] == provider for f in refusals), found


def test_passive_closing_with_parsed_subject_stays_refused(extract):
    found = offers(extract("In Finnland sollen vier Aufnahmezentren für Flüchtlinge geschlossen werden."))
    assert not any(f[4] == "delivered" for f in found), found


# -- going into exile in a host state --------------------------------------------------------
@pytest.mark.parametrize("sentence, provider, recipient", [
    ("Der gestürzte Präsident Omar Halabi war im Frühjahr ins Exil nach Katar geflohen.", "country:QA",
     "person:omar-halabi"),
    ("Omar Halabi floh ins Exil beim Verbündeten Saudi-Arabien.", "country:SA", "person:omar-halabi"),
    ("Der Dichter ging 1933 ins britische Exil.", "country:GB", None),
])
def test_exile_host_gives_refuge(extract, sentence, provider, recipient):
    found = offers(extract(sentence))
    assert len(found) == 1, found
    got_provider, recipients, offered, _excluded, status = found[0]
    assert got_provider == provider and status == "delivered" and offered == ("Exil",), found
    assert recipients == ((recipient,) if recipient else ()), found


@pytest.mark.parametrize("sentence", [
    # living in exile is a state of affairs, not refuge given
    "Der Oppositionsführer lebt seit Jahren im Exil in Großbritannien.",
    # no host state
    "Der gestürzte Präsident ging nach dem Putsch ins Exil.",
    "Die Exilregierung in London kritisierte die Wahl.",
    # not gone
    "Omar Halabi ging nicht ins Exil nach Katar.",
])
def test_no_refuge_without_going_into_exile_in_a_state(extract, sentence):
    assert offers(extract(sentence)) == [], offers(extract(sentence))


# -- funds paid with ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, provider", [
    ("Mit Mitteln der Europäischen Union wurden in der Provinz zwei Krankenhäuser gebaut.", "org:eu"),
    ("Die Schule wurde mit Geldern aus Deutschland errichtet.", "country:DE"),
    ("Das Projekt wird aus Mitteln des Sozialministeriums gefördert.", "org:sozialministerium"),
])
def test_funds_paid_with_are_help(extract, sentence, provider):
    found = offers(extract(sentence))
    assert [(f[0], f[4]) for f in found] == [(provider, "delivered")], found


@pytest.mark.parametrize("sentence", [
    "Die Regierung will den Aufstand mit allen Mitteln niederschlagen.",
    "Die Mittel der EU reichen für den Ausbau nicht aus.",
    "Die Partei wurde mit Geldern ihrer Mitglieder gegründet.",
    "Mit dem Geld sollen neue Fahrzeuge beschafft werden.",
])
def test_funds_without_a_giver_paying_are_no_help(extract, sentence):
    assert offers(extract(sentence)) == [], offers(extract(sentence))


# -- packages negotiated by named lenders ---------------------------------------------------
def test_lenders_negotiating_a_package_offer_it(extract):
    found = offers(extract("Die EU und der IWF verhandeln mit Griechenland über ein drittes Hilfspaket."))
    assert sorted((f[0], f[1], f[4]) for f in found) == [
        ("org:eu", ("country:GR",), "offered"), ("org:iwf", ("country:GR",), "offered")], found


def test_talks_named_again_take_the_package_of_the_sentence_before(extract):
    found = offers(extract("Mit Verspätung haben die Verhandlungen über neue Kredite für die Ukraine begonnen. "
                           "Die Gespräche führen der IWF und die Weltbank."))
    assert sorted((f[0], f[1]) for f in found) == [
        ("org:iwf", ("country:UA",)), ("org:weltbank", ("country:UA",))], found


@pytest.mark.parametrize("sentence", [
    # a state at the table may be the one that asks: only organisations give
    "Griechenland verhandelt mit den Geldgebern über ein neues Hilfspaket.",
    # talks about no help
    "Die EU verhandelt mit der Türkei über ein Freihandelsabkommen.",
    "Die Gespräche zwischen der EU und Russland über Gaspreise dauern an.",
])
def test_no_offer_from_other_talks(extract, sentence):
    assert offers(extract(sentence)) == [], offers(extract(sentence))


# -- taking part: help only by what is taken part in -----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Die Grünen schlossen eine Koalition mit Beteiligung der Konservativen aus.",
    "Die Liberalen schließen eine Regierungsbeteiligung der Nationalisten aus.",
    "Die CDU lehnt eine Beteiligung an der Landesregierung ab.",
])
def test_political_participation_is_no_help(extract, sentence):
    assert offers(extract(sentence)) == [], offers(extract(sentence))


@pytest.mark.parametrize("sentence, provider, status", [
    ("Italien schließt eine Beteiligung an Luftangriffen aus.", "country:IT", "refused"),
    ("Japan sagte eine Beteiligung am Wiederaufbau zu.", "country:JP", "offered"),
    ("Schweden bietet eine Truppenbeteiligung an.", "country:SE", "offered"),
    # a genitive of who takes part before what is taken part in
    ("Rom lehnt eine Beteiligung der italienischen Marine an der Mission ab.", "country:IT", "refused"),
])
def test_participation_in_help_or_fighting_stays(extract, sentence, provider, status):
    found = offers(extract(sentence))
    assert [(f[0], f[4]) for f in found] == [(provider, status)], found


# -- an object that is there and is no help ----------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Der Bischof sagte, die Kirche akzeptiere Gewalt gegen Frauen nicht.",
    "Die Schule akzeptiert Mobbing gegen Flüchtlinge nicht, sagte die Direktorin Anna Berger.",
])
def test_refusing_a_non_help_object_withholds_nothing(extract, sentence):
    assert offers(extract(sentence)) == [], offers(extract(sentence))


def test_lost_object_before_the_verb_is_still_withheld(extract):
    found = offers(extract("Die notwendigen 30 Millionen Euro wollte und konnte die Bawag nicht aufbringen."))
    assert [(f[0], f[4]) for f in found] == [("org:bawag", "refused")] and "30 Millionen Euro" in found[0][3][0], found


# -- deployments named by a noun -----------------------------------------------------------
@pytest.mark.parametrize("sentence, provider, recipient", [
    ("Die Entsendung italienischer Soldaten nach Libyen ist im Parlament umstritten.", "country:IT", "country:LY"),
    ("Die Verlegung britischer Kampfjets nach Zypern wurde am Montag abgeschlossen.", "country:GB", "country:CY"),
    ("Die Stationierung von US-Truppen in Rumänien beginnt im Herbst.", "org:us-armee", "country:RO"),
])
def test_deployment_noun_with_state_and_host(extract, sentence, provider, recipient):
    found = offers(extract(sentence))
    assert [(f[0], f[1]) for f in found] == [(provider, (recipient,))], found


@pytest.mark.parametrize("sentence", [
    # no forces sent: diplomats, an embassy
    "Die Entsendung italienischer Diplomaten nach Moskau wurde bestätigt.",
    "Die Verlegung der Botschaft nach Jerusalem sorgt für Kritik.",
    # no state of the forces named
    "Die Entsendung von Soldaten nach Libyen ist umstritten.",
])
def test_no_deployment_without_forces_of_a_state(extract, sentence):
    assert offers(extract(sentence)) == [], offers(extract(sentence))


def test_deployment_ruled_out_stays_refused(extract):
    found = offers(extract("Die Kanzlerin lehnt die Entsendung deutscher Soldaten nach Syrien ab."))
    assert found and all(f[4] == "refused" for f in found), found


@pytest.mark.parametrize("sentence, provider", [
    # a state passive with "sein" or "bleiben": the help is what is ruled out
    ("Ein Einsatz französischer Bodentruppen ist ausgeschlossen.", "country:FR"),
    ("Ein Einsatz französischer Bodentruppen bleibt ausgeschlossen.", "country:FR"),
])
def test_help_ruled_out_by_state_passive_stays_refused(extract, sentence, provider):
    found = offers(extract(sentence))
    assert [(f[0], f[4]) for f in found] == [(provider, "refused")], found


def test_staff_withdrawn_stays_refused(extract):
    # the parser may hang the staff on the other organisations: still what is withdrawn
    found = offers(extract("Im Juli wurden Helfer getötet, woraufhin die UN und andere Hilfsorganisationen "
                           "ihre Mitarbeiter abzogen."))
    assert any(f[0] == "org:vereinte-nationen" and f[4] == "refused" for f in found), found
