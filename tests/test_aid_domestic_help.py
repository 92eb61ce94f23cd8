"""Aid offers in domestic and NGO help as refugee-crisis news tells it: shelter found with a host,
caring for people, housing, creating places, organising and doubling help; and what is handed
over or offered without being help (an honour, a court's suspensive effect, a seller's bid, a
topic of talks).

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import covers, offers


@pytest.mark.parametrize("sentence, provider, offered", [
    # "Aufnahme/Unterkunft/Zuflucht finden": the host is a bei- or in-phrase's body or state
    ("Vier Familien aus dem Irak fanden Aufnahme bei der Diakonie.", "org:diakonie", {"Aufnahme"}),
    ("Die Kinder fanden Unterkunft in einem Heim der Caritas.", "org:caritas", {"Unterkunft"}),
    ("Fast eine Million Menschen aus Syrien haben im Libanon Zuflucht gefunden.", "country:LB", {"Zuflucht"}),
    # a town's adjective in the in-phrase stands for the town's government named before
    ("Bregenz – Die Stadt Bregenz sucht Quartiere. Zwölf Asylwerber fanden nun Aufnahme im Bregenzer "
     "Sozialzentrum.", "org:stadt-bregenz", {"Aufnahme"}),
    # caring for people: the um-phrase is who is helped
    ("Das Rote Kreuz kümmert sich am Westbahnhof um die Neuankömmlinge.", "org:rotes-kreuz", set()),
    # in charge of care, also in an apposition
    ("Für die Versorgung der Asylwerber ist die Volkshilfe zuständig.", "org:volkshilfe", {"Versorgung"}),
    ("Die Diakonie, in Bayern für die Betreuung zuständig, sucht dringend Wohnungen.", "org:diakonie", {"Betreuung"}),
    # housing people
    ("Die Gemeinde Alberschwende beherbergt seit Mai 40 Asylsuchende.", "org:gemeinde-alberschwende", set()),
    # creating places of shelter (the strong forms of "schaffen")
    ("Die Stadt Linz hat in einer Messehalle 400 Schlafplätze geschaffen.", "org:stadt-linz", {"400 Schlafplätze"}),
    # organising help that the lexicon names
    ("Die Volkshilfe organisierte Hilfstransporte nach Serbien.", "org:volkshilfe", {"Hilfstransporte"}),
    # doubling help
    ("Die Schweiz verdoppelt ihre Hilfe für den Libanon.", "country:CH", {"Hilfe"}),
    # "bis zu" bounds a count of people taken in, it is no preposition
    ("Kanada nimmt bis zu 25.000 Flüchtlinge auf.", "country:CA", set()),
    ("Irland nimmt mehr als 4.000 Flüchtlinge auf.", "country:IE", set()),
    # caring "mit", besides others
    ("Die Volkshilfe hat die Familien aus Syrien mitbetreut.", "org:volkshilfe", set()),
    # a place of care named as a compound of "Versorgungsstelle"
    ("Die Johanniter richteten am Ostbahnhof eine Erstversorgungsstelle ein.", "org:johanniter",
     {"Erstversorgungsstelle"}),
    # willing to give what a zu-phrase names
    ("Rumänien hat sich zur Aufnahme von 300 Flüchtlingen bereit erklärt.", "country:RO", {"Aufnahme"}),
    ("Norwegen ist zu weiteren Zahlungen an das Welternährungsprogramm bereit.", "country:NO", {"Zahlungen"}),
    # rescue at sea: taking people on board
    ("Die italienische Küstenwache nahm in der Nacht 250 Migranten an Bord.", "country:IT", set()),
    # treating the wounded and sick, also in a passive
    ("Ärzte ohne Grenzen behandelte in der Klinik mehr als 500 Patienten.", "org:aerzte-ohne-grenzen", set()),
    ("Die Verletzten wurden vom Roten Kreuz behandelt.", "org:rotes-kreuz", set()),
    # a single tent is shelter as tents are
    ("Das Rote Kreuz hat ein Zelt für 100 Menschen aufgebaut.", "org:rotes-kreuz", {"Zelt"}),
    # places or beds for people help is for are shelter
    ("Das Land Kärnten schafft 300 zusätzliche Plätze für Asylwerber.", "org:land-kaernten", {"300 zusätzliche Plätze"}),
    # approving help by the idiom "grünes Licht geben"; a sum in words from six up
    ("Der IWF gab grünes Licht für die Auszahlung von sieben Milliarden Euro an die Ukraine.", "org:iwf",
     {"sieben Milliarden Euro"}),
    # shelter and board offered
    ("Die Pfarre Gries bietet 20 Flüchtlingen Obdach.", "org:pfarre-gries", {"Obdach"}),
    ("Schweden bietet den Flüchtlingen Unterkunft und Verpflegung.", "country:SE", {"Unterkunft", "Verpflegung"}),
    # a shelter named as a compound of "Zentrum"
    ("Der Mann lebte in einem von Australien finanzierten Flüchtlingszentrum.", "country:AU",
     {"Flüchtlingszentrum"}),
])
def test_domestic_help(extract, sentence, provider, offered):
    found = offers(extract(sentence))
    assert len(found) == 1, found
    got_provider, recipients, got_offered, _excluded, status = found[0]
    assert got_provider == provider, found
    assert covers(got_offered, offered), got_offered


def test_those_who_find_shelter_are_no_recipient(extract):
    """ "Syrer fanden Zuflucht in der Türkei": the people taken in do not make their state a recipient."""
    (found,) = offers(extract("Mehr als zwei Millionen Syrer haben in der Türkei Zuflucht gefunden."))
    assert found[0] == "country:TR" and found[1] == () and found[4] == "delivered"


@pytest.mark.parametrize("sentence", [
    # finding shelter with no host named, with a person, or finding something else
    "Die Flüchtlinge fanden Aufnahme in Zelten.",
    "Der Flüchtling fand Unterschlupf bei seinem Freund Peter Maier.",
    "Der Vorschlag fand keine Aufnahme im Programm der Partei.",
    "Die Caritas fand keine Unterkunft für die Familie.",
    # willing to talk, which is no help; unwilling to pay, which is no offer
    "Die Regierung hat sich zu Gesprächen mit der Opposition bereit erklärt.",
    # taking on board what is no rescue; treating a topic, not people
    "Der Pilot Karl Huber nahm zwei Journalisten an Bord.",
    "Der Nationalrat behandelt am Montag das Thema Flüchtlinge.",
    "Der Nationalrat behandelt am Montag die Lage der Flüchtlinge.",
    "Die Demonstranten bauten ein Zelt vor dem Parlament auf.",
    # places for things; abolishing; approving what is no help
    "Die Stadt Graz schafft 100 Plätze für Autos.",
    "Die Regierung schafft die Visapflicht für Ukrainer ab.",
    "Die Behörde gab grünes Licht für den Bau der Autobahn.",
    # the worth of what is no help is no money given
    "Die Bundesregierung hat im vergangenen Jahr Rüstungsexporte im Wert von rund zwölf Milliarden Euro genehmigt.",
    # in charge of what is no help
    "Die Polizei Wien ist für die Sicherheit am Bahnhof zuständig.",
    # caring for things, not people
    "Das Innenministerium kümmert sich um die Sicherheit am Bahnhof.",
    # housing a thing; creating jobs; "schaffte es" manages
    "Die Stadt Wien beherbergt den Sitz der OPEC.",
    "Die Stadt Wien hat neue Arbeitsplätze geschaffen.",
    "Die Caritas schaffte es, alle Flüchtlinge unterzubringen.",
    # organising what is no help, even for people help is for
    "Die Opposition organisierte Proteste gegen die Regierung.",
    "Die Grünen organisierten eine Demonstration für Flüchtlinge.",
    # doubling what is no help
    "Der Konzern verdoppelte seinen Gewinn.",
    # handing over an honour, granting a court's suspensive effect
    "Bischof Franz Huber dankte dem Polizeichef Peter Maier für sein Handeln im Zuge der Flüchtlingshilfe "
    "und überreichte ihm den Martinsorden in Gold.",
    "In beiden Fällen gewährte der Verwaltungsgerichtshof den Beschwerdeführern aufschiebende Wirkung.",
    # a priced "Angebot" is a seller's bid
    "Die Türkei hatte sich 2013 für ein 3,4 Milliarden US-Dollar teures Angebot der China Precision "
    "Machinery Import and Export Corporation ausgesprochen.",
    # "es geht um": a topic of talks, no money going anywhere
    "Die Sprecherin des deutschen Finanzministers äußerte sich. Nach ihren Worten geht es bei den Gesprächen "
    "um ein Hilfspaket für Griechenland.",
    # shelter denied, a shelter only where something was found, refuge of fighters, membership
    "Die Flüchtlinge fanden in Ungarn keine Aufnahme, sie wurden abgewiesen.",
    "Die Flüchtlinge fanden keine Aufnahme bei der Caritas.",
    "Die Polizei fand die Leiche in der Unterkunft der Caritas.",
    "Die Taliban-Kämpfer fanden Unterschlupf in Pakistan.",
    "Kroatien fand 2013 Aufnahme in die Europäische Union.",
    # treating people some way; caring for or in charge of what is done to people
    "Ungarn hat die Flüchtlinge schlecht behandelt, kritisierte Amnesty International.",
    "Das Innenministerium kümmert sich um die Abschiebung der Asylwerber.",
    "Das Innenministerium ist für die Abschiebung der Asylwerber zuständig.",
    # ready to take back, to sell, to pay debts
    "Die Türkei ist zur Rücknahme der Flüchtlinge aus Griechenland bereit.",
    "Russland ist zur Lieferung von Gas an die Ukraine bereit.",
    "Griechenland ist zur Zahlung der Schulden an den IWF bereit.",
])
def test_no_offer(extract, sentence):
    assert offers(extract(sentence)) == []


def test_taking_in_apart_from_help_to_a_state(extract):
    """Taking people in at home is an act of its own beside money for another state, even told
    by the same giver in the next sentence."""
    found = offers(extract("Australien will 12.000 Flüchtlinge aus Syrien aufnehmen. Zudem schickt Australien "
                           "dem Libanon 40 Millionen Dollar."))
    assert {(provider, recipients) for provider, recipients, *_ in found} == {
        ("country:AU", ()), ("country:AU", ("country:LB",))}


def test_weapons_housed_stay_with_their_stationing(extract):
    """Weapons "untergebracht" are stored where they are stationed: no taking in of people."""
    found = offers(extract("Die USA stationieren Panzer in Polen. Die Panzer sollen in einem Depot untergebracht "
                           "werden, teilte das Pentagon mit."))
    assert [(provider, recipients) for provider, recipients, *_ in found] == [("country:US", ("country:PL",))]


def test_help_sent_from_a_state_in_a_passive(extract):
    """ "wurden Löschflugzeuge aus Spanien entsandt": who help is sent from sends it; the origin of a
    passive does not reach the next clause's giver."""
    found = offers(extract("Lissabon – Portugal bekommt Hilfe. Über die EU wurden drei Löschflugzeuge aus Spanien "
                           "entsandt, Frankreich schickte 60 Feuerwehrleute."))
    assert {(provider, recipients) for provider, recipients, *_ in found} == {
        ("country:ES", ("country:PT",)), ("country:FR", ("country:PT",))}


def test_unwilling_stays_refused(extract):
    (found,) = offers(extract("Finnland hat sich nicht zu weiteren Zahlungen bereit gezeigt."))
    assert found[0] == "country:FI" and not found[2] and found[4] == "refused"


def test_help_handed_over_stays_help(extract):
    """Handing over goods, and money on its way to someone, are still help."""
    (found,) = offers(extract("Der Bürgermeister Hans Moser übergab dem Roten Kreuz 200 Decken."))
    assert found[0] == "person:hans-moser" and covers(found[2], {"200 Decken"})
    (found,) = offers(extract("Die Gelder der EU gehen vor allem an die Türkei."))
    assert found[:2] == ("org:eu", ("country:TR",))
    (found,) = offers(extract("Iran hat dem Irak ein Angebot über Hilfe in Höhe von 100 Millionen Dollar gemacht."))
    assert found[:2] == ("country:IR", ("country:IQ",))


@pytest.mark.parametrize("sentence", [
    "Es fließen drei Milliarden Euro von der EU an die Türkei.",
    "Die EU machte der Ukraine ein Angebot über 500 Millionen Euro. In einer anderen Sache wählte die Stadt Kiew "
    "einen Bieter für die neue U-Bahn.",
])
def test_money_flowing_or_offered_beside_other_business_is_an_offer(extract, sentence):
    assert offers(extract(sentence)) != []
