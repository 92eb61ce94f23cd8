"""Precision of aid offers on news kg has not seen: prices, market levels, purchases, rewards,
jobs, weapons used, candidates backed, idioms of "gewähren" and "absehen", someone retiring,
what another verb's clause names, goods supplied — none of them help; and the help that looks
like them (money paid to a state or for victims, help doubled, asylum granted, arms deliveries
ruled out), which must still be read with its giver and receiver.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import offers


# -- no help ---------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # a price per unit, a price or a level reached
    "An der Börse in London mussten Händler für ein Barrel der Sorte Brent 84,50 US-Dollar pro Barrel bezahlen.",
    "Der Kupferpreis hat mit 9.800 US-Dollar pro Tonne in London den höchsten Stand seit zehn Jahren erreicht.",
    "Nachdem bekannt wurde, dass Nordex seine Windparks an den Energiekonzern Vattenfall verkauft, stieg die "
    "Nordex-Aktie auf 12,4 Euro und hat ihren Kurswert verdoppelt.",
    "Im Frühjahr bot Microsoft die neue Version von Windows für etwa 100 Euro an.",
    # a purchase
    "Volkswagen will den italienischen Motorradhersteller Ducati für rund 860 Millionen Euro übernehmen.",
    # a reward
    "Das FBI hatte für Hinweise auf den Aufenthaltsort des Flüchtigen umgerechnet 4,5 Millionen Euro ausgesetzt.",
    # tournaments awarded
    "Der Europäische Fußballverband vergab die Endrunde der Meisterschaft nach Deutschland.",
    # weapons used, not given
    "Sollte Russland taktische Atomwaffen einsetzen, würde die NATO entschlossen reagieren.",
    # letting someone be, apart from, targeting
    "Die Niederlande hätten die Extremisten viel zu lange gewähren lassen, sagte die Abgeordnete.",
    "Abgesehen davon, dass Italien das letzte Spiel gewinnen muss, darf es zwischen Spanien und Kroatien kein Remis geben.",
    "Die Polizei geht davon aus, dass es die Terroristen auf zwölf Flugzeuge abgesehen hatten, berichtet Reuters.",
    # someone retiring
    "Nach dem Verkauf verließ Peter Hartmann den 40.000 Mitarbeiter umfassenden Konzern und zog sich ins Privatleben zurück.",
    # what another verb's clause names is not what is turned down
    "Nach seiner Ankunft verzichtete Bundeskanzler Olaf Scholz auf die Limousine und fuhr mit seinen Beratern im Bus "
    "in die gemeinsame Unterkunft.",
    # a participle opening the sentence says what someone is
    "Bewaffnete Polizeieinheiten der Regierung schossen in Teheran in die Luft.",
    # goods supplied with nothing the lexicon calls help
    "Der Kleinwagen wird mit Batterien ausgestattet, die vom US-Autobauer Tesla geliefert werden.",
])
def test_no_help(extract, sentence):
    assert offers(extract(sentence)) == []


def test_candidate_backed_is_politics(extract):
    found = offers(extract("Die Kommunistische Partei Frankreichs will bei der Präsidentschaftswahl den "
                           "Vorsitzenden der Linkspartei, Jean-Luc Mélenchon, unterstützen."))
    assert found == []


# -- help alike -------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, provider, recipient", [
    # money with a receiver
    ("Deutschland zahlt der Ukraine weitere 100 Millionen Euro.", "country:DE", "country:UA"),
    ("Die Europäische Union stellt Griechenland 500 Millionen Euro zur Verfügung.", "org:eu", "country:GR"),
    # help doubled, help given to a state
    ("Frankreich verdoppelt seine Finanzhilfe für Mali auf 200 Millionen Euro.", "country:FR", "country:ML"),
    ("Island will dem Whistleblower Edward Snowden politisches Asyl gewähren.", "country:IS", "person:edward-snowden"),
    ("Die USA liefern der Ukraine weitere Waffen.", "country:US", "country:UA"),
])
def test_help_stays(extract, sentence, provider, recipient):
    found = offers(extract(sentence))
    assert any(p == provider and recipient in r and status in ("offered", "delivered")
               for p, r, _o, _x, status in found), found


def test_money_for_victims_stays(extract):
    found = offers(extract("Japan stellt für die Flutopfer in Pakistan zehn Millionen Dollar zur Verfügung."))
    assert [p for p, *_ in found] == ["country:JP"], found


@pytest.mark.parametrize("sentence, provider, excluded", [
    ("Frankreich will vorerst von der Entsendung von Soldaten nach Mali absehen.", "country:FR", "Soldaten"),
    ("Italien verzichtet auf die Lieferung von Kampfpanzern an die Ukraine.", "country:IT", "Kampfpanzern"),
    ("Die Niederlande ziehen ihre Soldaten aus Mali ab.", "country:NL", "Soldaten"),
])
def test_refusals_stay(extract, sentence, provider, excluded):
    found = offers(extract(sentence))
    assert any(p == provider and any(excluded in x for x in xs) for p, _r, _o, xs, _s in found), found


# -- the review of the precision rules (sentences that the first version of these rules misread) ----
@pytest.mark.parametrize("sentence", [
    # help stopped by force is no help at work
    "Russische Truppen stoppten den Hilfskonvoi an der Grenze.",
    # talks broken off, a bank's loans to companies
    "Der IWF hat die Gespräche über ein Hilfspaket für Griechenland abgebrochen.",
    "Die Deutsche Bank verhandelt mit Investoren über Kredite für Unternehmen.",
    # a deployment denied, ended, or sent into exile by another state
    "Eine Entsendung deutscher Soldaten nach Syrien steht nicht zur Debatte.",
    "Die Stationierung von US-Truppen in Polen wurde beendet.",
    "Die Sowjetunion schickte Solschenizyn ins Exil nach Deutschland.",
    # "gewähren lassen" with "lassen" before it
    "Deutschland ließ die Rebellen gewähren.",
])
def test_no_help_after_the_review(extract, sentence):
    assert not any(status in ("offered", "delivered") for *_rest, status in offers(extract(sentence)))


@pytest.mark.parametrize("sentence, provider, item", [
    # a rate of giving is no price
    ("Deutschland zahlt der Türkei 500 Millionen Euro pro Jahr.", "country:DE", "500 Millionen Euro"),
    ("Die Caritas spendet 50 Euro pro Familie.", "org:caritas", "50 Euro"),
    # the new total of help raised
    ("Die EU erhöht ihre Hilfe für die Türkei auf drei Milliarden Euro.", "org:eu", "drei Milliarden Euro"),
    # forces and vehicles put to use to help, or where they help
    ("Frankreich setzt Kampfflugzeuge gegen den IS ein, um den Kurden zu helfen.", "country:FR", "Kampfflugzeuge"),
    ("Das Rote Kreuz setzte 30 Fahrzeuge im Katastrophengebiet in Pakistan ein.", "org:rotes-kreuz", "30 Fahrzeuge"),
])
def test_help_stays_after_the_review(extract, sentence, provider, item):
    found = offers(extract(sentence))
    assert any(p == provider and item in o for p, _r, o, _x, _s in found), found


def test_a_militia_backed_beside_an_election_is_still_backed(extract):
    found = offers(extract("Der Iran unterstützt die Hisbollah, die bei den Wahlen im Libanon gewann."))
    assert [p for p, *_ in found] == ["country:IR"], found
