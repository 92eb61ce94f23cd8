"""Help explicitly withheld: limited or negated giving, unwillingness, no duty or need, ending help,
refused requests, negated exclusions (kg.extract.exclusions).

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import covers


def _excluded(record):
    return [(o.provider, tuple(o.recipients), tuple(i.text for i in o.excluded), o.status)
            for o in record.aid_offers if o.excluded]


@pytest.mark.parametrize("sentence, provider, excluded", [
    # ruling out, refusing, stopping (lexicon cues)
    ("Deutschland schließt die Entsendung von Bodentruppen aus.", "country:DE", {"Entsendung von Bodentruppen"}),
    ("Die Regierung in Berlin lehnte weitere Hilfen für Griechenland ab.", "country:DE", {"weitere Hilfen"}),
    ("Die USA stellen ihre Militärhilfe für Ägypten ein.", "country:US", {"Militärhilfe"}),
    ("Von einer Beteiligung an dem Einsatz sieht Berlin ab.", "country:DE", {"Beteiligung"}),
    # "nicht infrage kommen" in one word, with a für-phrase naming who rules it out
    ("Für Deutschland kommen Waffenlieferungen an die Ukraine nicht infrage.", "country:DE", {"Waffenlieferungen"}),
    ("Waffenlieferungen an die Ukraine kommen für Deutschland nicht infrage.", "country:DE", {"Waffenlieferungen"}),
    # a negated taking in of people
    ("Österreich wird keine weiteren Flüchtlinge aufnehmen.", "country:AT", {"weiteren Flüchtlinge"}),
    # limiting: "nur noch", "nicht mehr als", "kaum"
    ("Österreich will ab Montag nur noch Tageskontingente ins Land lassen.", "country:AT", {"Tageskontingente"}),
    ("Ungarn will nicht mehr als 500 Flüchtlinge aufnehmen.", "country:HU", {"500 Flüchtlinge"}),
    ("Dänemark will künftig nur noch 1000 Asylwerber pro Jahr aufnehmen.", "country:DK", {"1000 Asylwerber"}),
    ("Polen hat bisher kaum Flüchtlinge aufgenommen.", "country:PL", {"kaum Flüchtlinge"}),
    ("Die Slowakei hat kaum Asylwerber aufgenommen.", "country:SK", {"kaum Asylwerber"}),
    # "keine ... mehr" with a granting verb, also in the passive (the giver is the one told before)
    ("Schweden soll Flüchtlingen aus dem Irak keine Aufenthaltserlaubnis mehr erteilen.", "country:SE",
     {"Aufenthaltserlaubnis"}),
    ("Finnland verschärft sein Asylrecht. Afghanen soll keine Aufenthaltsbewilligung mehr erteilt werden.",
     "country:FI", {"Aufenthaltsbewilligung"}),
    # money not paid
    ("Das Land Salzburg will die 20 Millionen Euro nicht zahlen.", "org:land-salzburg", {"20 Millionen Euro"}),
    # unwillingness: "nicht zu X bereit", "nicht bereit, ... zu", "weigert sich, ... zu"
    ("Frankreich zeigte sich nicht zu weiteren Zahlungen bereit.", "country:FR", {"weiteren Zahlungen"}),
    ("Die Bundesregierung ist nicht bereit, weitere Soldaten nach Mali zu schicken.", "country:DE",
     {"weitere Soldaten"}),
    ("Polen weigert sich, Flüchtlinge aufzunehmen.", "country:PL", {"Flüchtlinge"}),
    # no duty, no need
    ("Die Schweiz sieht sich bei der Aufnahme von Flüchtlingen nicht in der Pflicht.", "country:CH",
     {"nicht in der Pflicht", "Aufnahme von Flüchtlingen"}),
    ("Eine Verlängerung des Bundeswehreinsatzes in Mali sei nicht nötig, sagte Verteidigungsministerin Ursula von der Leyen.",
     "person:ursula-von-der-leyen", {"Verlängerung des Bundeswehreinsatzes"}),
    # ending or suspending help
    ("Die EU kündigte die Einstellung der Hilfszahlungen an Niger an.", "org:eu", {"Einstellung der Hilfszahlungen"}),
    ("Die Weltbank hat beschlossen, ihre Unterstützung für Mali auszusetzen.", "org:weltbank", {"Unterstützung"}),
    ("Die Vereinten Nationen zogen ihre Mitarbeiter aus Darfur ab.", "org:vereinte-nationen", {"ihre Mitarbeiter"}),
    ("Kanada beendet seinen Militäreinsatz in Afghanistan.", "country:CA", {"Militäreinsatz"}),
    # a request for help refused
    ("Die Deutsche Forschungsgemeinschaft hatte alle Anträge auf finanzielle Förderung abgelehnt.",
     "org:deutsche-forschungsgemeinschaft", {"Anträge auf finanzielle Förderung"}),
    # the end of exports of weapons: the action noun is what is ruled out
    ("Das Innenministerium hat die Ausfuhr zumindest für Granaten untersagt.", "org:innenministerium",
     {"Ausfuhr zumindest für Granaten"}),
    # a central bank's help refused
    ("Vom Mittwoch an will die EZB keine weiteren Staatsanleihen Griechenlands als Sicherheiten akzeptieren.",
     "org:ezb", {"Staatsanleihen"}),
])

def test_withheld_help(extract, sentence, provider, excluded):
    found = _excluded(extract(sentence))
    assert found, sentence
    assert any(p == provider and covers(items, excluded) and status == "refused"
               for p, _, items, status in found), found


@pytest.mark.parametrize("sentence", [
    # negations and limits in sentences about no help
    "Die Gespräche brachten keine Einigung.",
    "Der Minister lehnte eine Stellungnahme ab.",
    "Die Regierung will keine Neuwahlen.",
    "Die Opposition ist nicht bereit, den Kompromiss mitzutragen.",
    "Die Polizei stellte die Ermittlungen ein.",
    "Die Polizei beendete den Einsatz am Abend.",
    "Der Bahnhof wurde am Sonntag geschlossen.",
    "Das Gericht lehnte den Antrag der Verteidigung ab.",
    "Der Kanzler hat bisher kaum Fehler gemacht.",
    "Eine Entschuldigung sei nicht nötig, sagte der Sprecher.",
    "Die FPÖ liegt nun nur mehr 21 Stimmen hinter den Grünen.",
    "Die Firma zog ihre Mitarbeiter aus dem Werk ab.",
    "Die Befürworter einer Einstellung des Verfahrens argumentieren, dass es keine Beweise gebe.",
    "Deutschland sieht sich bei der Frage der Neuwahlen nicht in der Pflicht.",
    "Die Bank akzeptiert keine weiteren Schecks.",
    "Die EU sagte Griechenland Hilfe zu. An der Börse schlossen die Titel der Erste Group mit einem Plus "
    "von 1,4 Prozent auf 13,05 Euro.",
])
def test_no_exclusion_without_help(extract, sentence):
    assert _excluded(extract(sentence)) == []


def test_ceiling_is_an_offer(extract):
    # "höchstens", "maximal": a ceiling on what is given, not an exclusion
    record = extract("Die Schweiz nimmt höchstens 3000 Flüchtlinge aus Syrien auf.")
    assert _excluded(record) == []
    assert [o.provider for o in record.aid_offers] == ["country:CH"]


def test_limit_after_sondern_is_what_is_given(extract):
    record = extract("Die EZB will Griechenland keine Kredite mehr geben, sondern nur noch die Notfallhilfe gewähren.")
    assert not any("Notfallhilfe" in i.text for o in record.aid_offers for i in o.excluded)


def test_negated_exclusion_keeps_help_open(extract):
    # "nicht ausgeschlossen": help stays possible
    record = extract("Frankreich habe nicht die Absicht, Truppen aus Mali abzuziehen, auch eine Aufstockung "
                     "sei nicht ausgeschlossen.")
    assert _excluded(record) == []
    # and a negated exclusion with no help named creates nothing
    assert extract("Dass einzelne Jäger es tun, kann man nicht ausschließen, erklärt der Verband.").aid_offers == []


def test_withdrawal_negated_is_no_exclusion(extract):
    assert _excluded(extract("Russland hat nicht die Absicht, seine Truppen aus Syrien abzuziehen.")) == []


def test_reason_clause_is_not_what_is_ruled_out(extract):
    record = extract("Die Frauen müssen auf eigenen Nachwuchs verzichten, weil die Behandlung sie geheilt hat, "
                     "die Eierstöcke aber durch die nötigen Medikamente geschädigt wurden, sagte Professor Beckmann.")
    assert not any("Medikamente" in i.text for o in record.aid_offers for i in o.excluded)


def test_impersonal_limit_has_no_state_as_giver(extract):
    # "man" names no giver: no state of the paragraph is made to refuse
    record = extract("Bregenz – Vorarlberg nimmt viele Flüchtlinge auf. Im Tobelhaus möchte man aber nicht mehr "
                     "als 35 Menschen aufnehmen.")
    assert not any(o.provider == "country:AT" and o.excluded for o in record.aid_offers)


def test_refused_request_names_the_applicant(extract):
    found = _excluded(extract("Die EU-Kommission lehnte den Antrag Griechenlands auf weitere Finanzhilfen ab."))
    assert [(p, r) for p, r, _, _ in found] == [("org:eu-kommission", ("country:GR",))]
    assert extract("Das Gericht lehnte den Antrag der Verteidigung auf Haftentlassung ab.").aid_offers == []
