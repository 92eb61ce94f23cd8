"""Aid offers in domestic, NGO and company help: opening places of help, a company named after its
noun ("der Konzern Siemens"), an organisation helped in the dative after "der" ("hat der
Caritas 20.000 Euro gespendet"), people housed in the places of care of a named body ("in
Quartieren der Caritas untergebracht"); with what looks alike but is no help or no recipient.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from test_extract import covers, offers


@pytest.mark.parametrize("sentence, provider, offered", [
    # opening a place of shelter, care or food
    ("Die Volkshilfe hat in Villach ein Notquartier für 150 Asylwerber eröffnet.", "org:volkshilfe",
     {"Notquartier"}),
    ("Die Diakonie eröffnete am Montag eine Unterkunft für minderjährige Flüchtlinge.", "org:diakonie",
     {"Unterkunft"}),
    # a name after a masculine noun in the nominative is the subject
    ("Der Konzern Siemens finanziert die Betreuung von 30 Flüchtlingskindern.", "org:siemens", {"Betreuung"}),
    ("Der Handelskonzern Rewe spendete Lebensmittel an die Flüchtlinge.", "org:rewe", {"Lebensmittel"}),
])
def test_domestic_giver(extract, sentence, provider, offered):
    found = offers(extract(sentence))
    assert len(found) == 1, found
    got_provider, _recipients, got_offered, _excluded, _status = found[0]
    assert got_provider == provider, found
    assert covers(got_offered, offered), got_offered


@pytest.mark.parametrize("sentence, provider, recipient", [
    # "der" + a name of no known gender after the named giver: a feminine organisation's dative
    ("Die Erste Bank hat der Caritas 50.000 Euro gespendet.", "org:erste-group", "org:caritas"),
    ("Das Land Salzburg stellte der Volkshilfe 80.000 Euro zur Verfügung.", "org:land-salzburg",
     "org:volkshilfe"),
    ("Die Stadt Graz überlässt der Diakonie 300 Feldbetten für Asylwerber.", "org:stadt-graz", "org:diakonie"),
    # a masculine name after "der" stays the giver, the dative stays the recipient
    ("Der Technologiekonzern Infineon hat der Caritas 25.000 Euro gespendet.", "org:infineon", "org:caritas"),
])
def test_dative_organisation_is_recipient(extract, sentence, provider, recipient):
    found = offers(extract(sentence))
    assert len(found) == 1, found
    assert found[0][0] == provider and found[0][1] == (recipient,), found


@pytest.mark.parametrize("sentence, provider", [
    # only help named as something given: parties back each other and make offers
    ("Die ÖVP hat der FPÖ ihre Unterstützung bei der Wahl zugesagt.", "org:oevp"),
    ("Die Grünen sicherten der SPÖ ihre Unterstützung im Parlament zu.", "org:gruene"),
    # a second nominative after "und" is a giver beside the first, not helped
    ("Die Erste Bank und der ÖGB spendeten je 10.000 Euro.", "org:erste-group"),
    # the giver named after "der" itself: no one before it in the clause to give
    ("Laut Caritas hat der ÖGB 10.000 Euro gespendet.", "org:oesterreichischer-gewerkschaftsbund"),
])
def test_nominative_after_der_is_no_recipient(extract, sentence, provider):
    found = offers(extract(sentence))
    assert found and all(recipients == () for _p, recipients, *_ in found), found
    assert provider in {p for p, *_ in found}, found


@pytest.mark.parametrize("sentence, host", [
    # the owner of the places people are housed in, also in the dative plural
    ("Seit Oktober werden 60 Asylwerber in Wohnungen der Volkshilfe untergebracht.", "org:volkshilfe"),
    ("Die Familien wurden in Zelten des Roten Kreuzes versorgt.", "org:rotes-kreuz"),
    ("Die minderjährigen Flüchtlinge wurden in Heimen der Caritas betreut.", "org:caritas"),
])
def test_housed_in_places_of_a_body(extract, sentence, host):
    found = offers(extract(sentence))
    assert [p for p, *_ in found] == [host], found


@pytest.mark.parametrize("sentence", [
    # places of no one named, or of a body that is no actor
    "Die Asylwerber wurden in Wohnungen im dritten Bezirk untergebracht.",
    "Die Flüchtlinge wurden in Zelten der Gemeinde untergebracht.",
    # opening what is no place of help: fire, a trial, a branch, an offensive, a session
    "Die Polizei eröffnete das Feuer auf die Angreifer.",
    "Das Landesgericht Linz eröffnete das Verfahren gegen die Schlepper.",
    "Die Firma Spar eröffnet eine neue Filiale in Leoben.",
    "Die Armee eröffnete eine neue Offensive gegen die Rebellen.",
    "Der Bürgermeister eröffnete die Sitzung des Gemeinderats.",
])
def test_no_offer(extract, sentence):
    assert offers(extract(sentence)) == []


def test_party_offer_is_no_help(extract):
    """ "ein Angebot" between parties names nothing given: no offer, with or without a recipient."""
    assert offers(extract("Die CDU hat der FDP ein Angebot gemacht.")) == []


@pytest.mark.parametrize("text, provider", [
    # "der Verein", "die Stiftung": the organisation named last before
    ("Die Volkshilfe sucht dringend Freiwillige. Der Verein betreut seit dem Sommer 400 Asylwerber in Wels.",
     "org:volkshilfe"),
    ("Die Diakonie zieht Bilanz. Die Stiftung hat 30.000 Euro für Flüchtlingsfamilien gespendet.", "org:diakonie"),
    # a body noun with its own name after it is that name, not the one before
    ("Die Caritas zieht Bilanz. Der Verein Flüchtlingshilfe Linz versorgt 50 Asylwerber mit Kleidung.",
     "org:fluechtlingshilfe-linz"),
])
def test_body_noun_refers_back(extract, text, provider):
    found = offers(extract(text))
    assert [p for p, *_ in found] == [provider], found


@pytest.mark.parametrize("text", [
    # the body noun in the dative or as a member's genitive gives nothing itself
    "Die Volkshilfe sucht dringend Freiwillige. Die Stadt Wels hat dem Verein am Montag neue Räume gezeigt.",
    "Die Volkshilfe sucht dringend Freiwillige. Der Obmann des Vereins sprach von einer schwierigen Lage.",
])
def test_body_noun_gives_nothing(extract, text):
    assert offers(extract(text)) == []
