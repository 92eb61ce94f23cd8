"""Aid offers in constructions German news repeats: contributions, money on its way, nouns of help
with their givers in a durch-phrase, state organs and military units as givers, plural datives.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

import kg
from test_extract import covers, offers


@pytest.mark.parametrize("sentence, provider, recipients, offered", [
    # a plural name's dative is "den": "den Vereinten Nationen", "den Philippinen"
    ("Kanada stellte den Vereinten Nationen 20 Millionen Dollar in Aussicht.",
     "country:CA", ("org:vereinte-nationen",), {"20 Millionen Dollar"}),
    ("Es heißt, dass Japan den Philippinen zehn Millionen Dollar zugesagt habe.",
     "country:JP", ("country:PH",), {"zehn Millionen Dollar"}),
    # a feminine dative right after the giver's name is no genitive of it
    ("Die Regierung teilte mit, dass Deutschland der Türkei drei Milliarden Euro bereitstellen werde.",
     "country:DE", ("country:TR",), {"drei Milliarden Euro"}),
    # contributing: "mit <Betrag> zu X beitragen", "sich mit <Betrag> an X beteiligen"
    ("Die Schweiz trägt mit zehn Millionen Franken zum Hilfsprogramm des UNHCR bei.",
     "country:CH", ("org:unhcr",), {"zehn Millionen Franken"}),
    ("Kanada hat mit 50 Millionen Dollar zur Arbeit des Welternährungsprogramms beigetragen.",
     "country:CA", ("org:wfp",), {"50 Millionen Dollar"}),
    ("Die Europäische Union werde sich mit einer Milliarde Euro an den Kosten beteiligen.",
     "org:eu", (), {"einer Milliarde Euro"}),
    # money on its way: its source is a von-phrase or the genitive of the money
    ("Von der Weltbank fließen 500 Millionen Dollar an Haiti.",
     "org:weltbank", ("country:HT",), {"500 Millionen Dollar"}),
    ("Die Gelder der EU gehen vor allem an die Türkei.",
     "org:eu", ("country:TR",), {"Gelder"}),
    # a noun of help whose giver is a durch-phrase; who asks for it is helped
    ("Die von der Ukraine beantragten Hilfskredite durch den Internationalen Währungsfonds sollen im Mai fließen.",
     "org:iwf", ("country:UA",), {"Hilfskredite"}),
    # a state's service with the state's adjective; a state organ of the dateline's state
    ("Die griechische Küstenwache barg in der Nacht 14 Menschen aus dem Meer.",
     "country:GR", (), set()),
    ("Madrid – Das Parlament stellte zusätzliche Gelder für die Opfer des Erdbebens bereit. Spanien ist schwer getroffen.",
     "country:ES", (), {"zusätzliche Gelder"}),
    # members of a numbered unit act for the armed forces named before them
    ("Berlin – Die Bundeswehr hilft bei der Flut. Rund 300 Soldaten der 1. Panzerdivision sollen dem "
     "Technischen Hilfswerk beim Bau von Deichen helfen.",
     "org:bundeswehr", ("org:thw",), {"Flut", "300 Soldaten"}),
    # an agentless passive of taking in: the one state the clause puts it in
    ("In Schweden sind im vergangenen Jahr 160.000 Asylwerber untergebracht worden.",
     "country:SE", (), set()),
    ("Die Caritas versorgt die Flüchtlinge am Bahnhof mit Kleidung und Getränken.",
     "org:caritas", (), {"Kleidung", "Getränken"}),
    # a noun of help with its giver after it and then its recipient
    ("Die Finanzhilfe der EU für Griechenland wurde verlängert.", "org:eu", ("country:GR",), {"Finanzhilfe"}),
    ("Die Militärhilfe Russlands für Syrien ist umstritten.", "country:RU", ("country:SY",), {"Militärhilfe"}),
    ("Die Hilfe aus Japan für die Philippinen kam schnell.", "country:JP", ("country:PH",), {"Hilfe"}),
    # carrying civilian help somewhere; a convoy acts for the body in its genitive
    ("Die Bundeswehr flog 40 Tonnen Hilfsgüter nach Nepal.", "org:bundeswehr", ("country:NP",), {"Hilfsgüter"}),
    ("Ein Konvoi des Roten Kreuzes brachte Lebensmittel und Medikamente nach Aleppo.",
     "org:rotes-kreuz", (), {"Lebensmittel", "Medikamente"}),
    # idioms of helping
    ("Die EU greift der Ukraine finanziell unter die Arme.", "org:eu", ("country:UA",), set()),
    ("Russland steht Syrien militärisch zur Seite.", "country:RU", ("country:SY",), set()),
    # the payer of a passive of paying, also with "aus"
    ("Die Schule wird aus Mitteln der EU finanziert.", "org:eu", (), {"Mitteln"}),
    # an attributive participle of giving: its von-phrase gives the noun after it
    ("Die Türkei wartet noch auf die von der EU zugesagten drei Milliarden Euro.", "org:eu", (),
     {"drei Milliarden Euro"}),
    ("Die von den USA versprochene Militärhilfe für die Ukraine verzögert sich.", "country:US", ("country:UA",),
     {"Militärhilfe"}),
    # running a place of help
    ("Die Caritas betreibt in der Halle ein Notquartier für 300 Flüchtlinge.", "org:caritas", (), {"Notquartier"}),
    ("Das Zeltlager wird vom Roten Kreuz betrieben.", "org:rotes-kreuz", (), {"Zeltlager"}),
    # people sent just before, named again with "die", act for who sent them
    ("Wien – Das Bundesheer verlegte am Montag 100 Soldaten nach Kufstein. Dort werden die Soldaten das Rote "
     "Kreuz unterstützen.", "org:bundesheer", ("org:rotes-kreuz",), {"100 Soldaten", "Soldaten"}),
    # rendering help
    ("Schweden leistet Haiti Soforthilfe.", "country:SE", ("country:HT",), {"Soforthilfe"}),
    ("Die Schweiz hat Nepal Nothilfe geleistet.", "country:CH", ("country:NP",), {"Nothilfe"}),
    # approving help
    ("Die Weltbank billigte einen Kredit über 500 Millionen Dollar für Ägypten.",
     "org:weltbank", ("country:EG",), {"500 Millionen Dollar", "Kredit"}),
])
def test_recurring_constructions(extract, sentence, provider, recipients, offered):
    found = offers(extract(sentence))
    assert len(found) == 1, found
    got_provider, got_recipients, got_offered, _excluded, _status = found[0]
    assert (got_provider, got_recipients) == (provider, recipients), found
    assert covers(got_offered, offered), got_offered


def test_givers_listed_in_a_durch_phrase(extract):
    """ "die Tranche der Hilfskredite durch den IWF und die Weltbank": each listed giver gives,
    a bracketed short name included."""
    found = offers(extract("Die Ukraine wartet auf die nächste Tranche der Hilfskredite durch den "
                           "Internationalen Währungsfonds (IWF) und die Weltbank."))
    assert {(provider, recipients) for provider, recipients, *_ in found} == {("org:iwf", ()), ("org:weltbank", ())}
    found = offers(extract("Die Kritik an der Finanzhilfe durch Deutschland und Frankreich wächst."))
    assert [provider for provider, *_ in found] == ["country:DE", "country:FR"]


def test_state_organ_of_the_headline_state(nlp):
    record = kg.extract(kg.article_from_text(
        "Dengue-Fieber: Paraguay ruft den Notstand aus\n\nIn Paraguay sind 13.000 Menschen erkrankt. Um die "
        "Epidemie einzudämmen, stellte das Parlament zusätzliche Gelder zur Bekämpfung der Mücken bereit."), nlp=nlp)
    assert [(o.provider, o.recipients) for o in record.aid_offers] == [("country:PY", [])]


@pytest.mark.parametrize("sentence", [
    # the first sentence is no headline: the organ's state is unknown, not the state it helps
    "Das Parlament beschloss, die Gelder für die Ukraine aufzustocken.",
    "Die Opposition trug zur Lösung der Krise bei.",
    "Wien – Soldaten der 7. Jägerbrigade kritisierten den Einsatz.",
    "In Syrien wurden 20 Menschen getötet.",
    # idioms of carrying, military carrying, and fighting each other
    "Martin Schulz hat Notstandskredite für Griechenland ins Spiel gebracht.",
    "Eine Frist hat noch nie eine Lösung gebracht, sagte Foglar.",
    "Die Armee brachte Panzer in Stellung.",
    "Russische Kampfjets flogen Luftangriffe auf Aleppo.",
    "In der Stadt liefern sich türkische Soldaten und kurdische Rebellen seit Tagen schwere Gefechte.",
    # an attributive participle with no giver named: not the clause's subject's help
    "So fordert die Türkei die versprochene Visa-Liberalisierung schneller ein.",
    "Die Firma betreibt ein Kraftwerk.",
    "Die Rebellen leisteten der Armee erbitterten Widerstand.",
    "Die Soldaten kritisierten die Regierung.",
])
def test_no_offer_from_these_rules(extract, sentence):
    assert extract(sentence).aid_offers == []


def test_von_phrase_of_what_is_given_is_no_agent(extract):
    """ "der Export von Granaten ... genehmigt": an agentless passive, whose giver is the paragraph's."""
    found = offers(extract("Wien – Österreich liefert keine Waffen. Zwar wurde im Juli der Export von Granaten "
                           "nach Saudi-Arabien genehmigt, aber im Oktober widerrufen."))
    assert [(provider, recipients) for provider, recipients, *_ in found] == [("country:AT", ("country:SA",))]


def test_help_to_no_one_far_from_help_to_someone_is_another_offer(extract):
    """Soldiers sent at the start of a report and soldiers supporting the Red Cross paragraphs later
    are two offers; told in one breath they would be one."""
    found = offers(extract("Wien – Das Bundesheer verlegte am Montag 100 Soldaten nach Kufstein. Die Lage an der "
                           "Grenze ist ruhig. Am Sonntag kamen 400 Menschen. Die Polizei erwartet mehr. Zusätzlich "
                           "werden 20 Soldaten des Bundesheeres das Rote Kreuz unterstützen."))
    assert [(provider, recipients) for provider, recipients, *_ in found] == [
        ("org:bundesheer", ()), ("org:bundesheer", ("org:rotes-kreuz",))]


@pytest.mark.parametrize("text, unnamed", [
    # in an article about help to one state, money given to no named party goes to that state
    ("Japan sagte Nepal nach dem Erdbeben 200 Millionen Dollar zu. Experten rechnen mit hohen Schäden. "
     "Der Internationale Währungsfonds stellte einen Kredit über 100 Millionen Dollar bereit.", ("country:NP",)),
    # not when the article helps more than one state, nor care at home
    ("Japan sagte Nepal 200 Millionen Dollar zu. Der IWF sagte Bangladesch einen Kredit zu. Die Weltbank "
     "stellte einen Kredit über 100 Millionen Dollar bereit.", ()),
    ("Japan sagte Nepal nach dem Erdbeben 200 Millionen Dollar zu. Indien nahm 500 Verletzte auf.", ()),
])
def test_the_article_recipient_of_money_to_no_one(extract, text, unnamed):
    found = offers(extract(text))
    assert found[0][:2] == ("country:JP", ("country:NP",)) and found[-1][1] == unnamed, found


@pytest.mark.parametrize("sentence, provider, recipients", [
    # a relative clause whose pronoun is its subject: the actor before the comma gives
    ("Die Vereinten Nationen, die in Haiti 5.000 Blauhelme stationiert haben, ziehen ab.", "org:vereinte-nationen",
     ("country:HT",)),
    # a dative pronoun: the actor before the comma is helped
    ("Die Ukraine, der die USA Waffen liefern, fordert mehr.", "country:US", ("country:UA",)),
    ("Griechenland, dem die EU Kredite gewährt, muss sparen.", "org:eu", ("country:GR",)),
    # a clause with a subject of its own
    ("Die Türkei, die die EU mit drei Milliarden Euro unterstützt, fordert mehr.", "org:eu", ()),
])
def test_relative_clauses(extract, sentence, provider, recipients):
    assert [found[:2] for found in offers(extract(sentence))] == [(provider, recipients)]


def test_who_declined_help_gives_none_in_the_passive_after(extract):
    """ "lehnte die Hilfe ab": the one who declines is helped, so an agentless passive after it
    takes the giver of that help, never the one who declined."""
    found = offers(extract("Der Bürgermeister Hans Gruber lehnte die Hilfe des Bundesheeres ab. "
                           "Zusätzlich wurden 20 Hubschrauber bereitgestellt."))
    assert "person:hans-gruber" not in {provider for provider, *_ in found}
