"""Names that are no actors: an acronym in brackets after the noun for a thing, a capital used as a
town (how far something reaches, described as a town, in apposition to a compound for a site), a
state after a genitive preposition ("außerhalb der Vereinigten Staaten") and a state in the
genitive after a role ("der Innenminister Frankreichs"). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


@pytest.mark.parametrize("text, acronym", [
    ("Die Klage betrifft die Ostautobahn (A4) bei Wien.", "A4"),
    ("Die Ärzte stellten ein hämorrhagisches Fieber (HFS) fest.", "HFS"),
    ("Die Fluglinie verlangt einen Aufpreis für Buchungen über ein globales Vertriebssystem (GDS).", "GDS"),
    ("Das Parlament beschloss ein neues Freihandelsabkommen (CETA) mit Kanada.", "CETA"),
])
def test_an_acronym_of_a_thing_is_no_actor(extract, text, acronym):
    assert acronym not in actor_labels(extract(text))


@pytest.mark.parametrize("text, actor, acronym", [
    # a body's noun, a body's name: the acronym is its alias
    ("Die Arbeiterkammer (AK) kritisierte die Regierung.", "Arbeiterkammer", "AK"),
    ("Der Bericht des Verfassungsschutzes (BfV) warnt vor Extremisten.", "Verfassungsschutz", "BfV"),
])
def test_an_acronym_of_a_body_stays_its_alias(extract, text, actor, acronym):
    record = extract(text)
    actors = {a.label: a for a in record.actors if a.named}
    assert actor in actors and acronym in actors[actor].aliases


@pytest.mark.parametrize("text, town, state", [
    ("Das Beben war bis London zu spüren.", "London", "Großbritannien"),
    ("Der Zug fährt von Wien bis Budapest.", "Budapest", "Ungarn"),
    ("Kairo ist eine der größten Städte Afrikas. Dort leben viele Menschen.", "Kairo", "Ägypten"),
    ("Der Konzern will im belgischen VW-Standort Brüssel einen Kleinwagen bauen.", "Brüssel", "Europäische Union"),
])
def test_a_capital_used_as_a_town_is_no_state(extract, text, town, state):
    record = extract(text)
    assert state not in actor_labels(record)
    assert town in place_labels(record)


@pytest.mark.parametrize("text, state", [
    # "bis" opening a clause with the capital as its subject: the government
    ("Die Sanktionen bleiben in Kraft, bis Moskau einlenkt.", "Russland"),
    ("Die Gespräche dauern an, bis Washington neue Vorschläge vorlegt.", "Vereinigte Staaten"),
])
def test_a_capital_opening_a_clause_after_bis_is_its_state(extract, text, state):
    assert state in actor_labels(extract(text))


@pytest.mark.parametrize("text, state", [
    ("Der Vorwurf müsse außerhalb der Vereinigten Staaten geprüft werden, sagte der Richter.", "Vereinigte Staaten"),
    ("Die Spenden sollen auch innerhalb der Schweiz gesammelt werden.", "Schweiz"),
])
def test_a_state_after_a_genitive_preposition_is_a_place(extract, text, state):
    record = extract(text)
    assert state not in actor_labels(record)
    assert state in place_labels(record)


def test_a_member_acting_within_the_union_keeps_the_union_an_actor(extract):
    record = extract("So sollte sich Österreich innerhalb der EU für eine Mindestmaut starkmachen.")
    assert "EU" in actor_labels(record)


def test_a_state_in_the_genitive_after_a_role_is_no_actor(extract):
    record = extract("Der Innenminister Frankreichs, Nicolas Sarkozy, verteidigte die Polizei.")
    assert "Frankreich" not in actor_labels(record)
    assert "Nicolas Sarkozy" in actor_labels(record)


def test_a_state_acting_elsewhere_stays_an_actor_beside_its_minister(extract):
    record = extract("Frankreich schickt Truppen. Der Innenminister Frankreichs, Nicolas Sarkozy, "
                     "verteidigte die Entscheidung.")
    assert "Frankreich" in actor_labels(record)


@pytest.mark.parametrize("text, town", [
    ("Drei Kämpfer starben nahe Jihadistenhochburg Raqqa. Raqqa gilt als Hauptstadt der Miliz.", "Raqqa"),
    ("Die Armee rückt auf die Rebellenhochburg Homs vor.", "Homs"),
])
def test_a_stronghold_is_a_town_named_after_the_word(extract, text, town):
    record = extract(text)
    assert town in place_labels(record)
    assert not any(town in label for label in actor_labels(record))


@pytest.mark.parametrize("text, state", [
    ("Ein Erdbeben der Stärke 5,3 hat in der Nacht gegen 1:56 Uhr MEZ Großbritannien erschüttert.", "Großbritannien"),
    ("Das Beben erschütterte Nepal. Indien schickte Helfer.", "Nepal"),
])
def test_a_state_a_disaster_strikes_is_a_place(extract, text, state):
    record = extract(text)
    assert state not in actor_labels(record)
    assert state in place_labels(record)


def test_a_state_that_offers_after_a_disaster_stays_an_actor(extract):
    assert "Japan" in actor_labels(extract("Nach dem Erdbeben hat Japan Hilfe angeboten."))


@pytest.mark.parametrize("text, site", [
    ("Laut der Website „icelandreview.com“ wird das Schiff bald bereit sein.", "icelandreview.com"),
    ("Das berichtete das Nachrichtenportal welt.de am Montag.", "welt.de"),
])
def test_a_web_address_after_a_word_for_a_medium_is_a_medium(extract, text, site):
    record = extract(text)
    assert any(a.label == site and a.category == "Media" for a in record.actors)


def test_a_web_address_alone_is_no_actor(extract):
    assert not actor_labels(extract("Mehr Informationen gibt es unter www.caritas.at im Netz."))


def test_a_noun_for_an_office_as_a_source_is_no_named_actor(extract):
    record = extract("Dabei kamen nach Angaben des Bürgermeisters 49 Menschen ums Leben.")
    assert "Bürgermeister" not in actor_labels(record)


@pytest.mark.parametrize("text, noun", [
    ("Jeder achte Mensch in der Obhut des UNHCR ist von Obdachlosigkeit bedroht.", "Obhut"),
    ("Der Presserat wird sich am Dienstag mit der Causa beschäftigen.", "Causa"),
    ("Die Kosten für Home-Office werden selten abgegolten.", "Home-Office"),
    ("Mitglieder der Militärjunta, die das Land regiert, wandten sich an die Demonstranten.", "Militärjunta"),
])
def test_an_ordinary_noun_after_a_preposition_is_no_place(extract, text, noun):
    record = extract(text)
    assert noun not in place_labels(record)
    assert noun not in actor_labels(record)


def test_the_organisation_beside_the_noun_stays_an_actor(extract):
    assert "UNHCR" in actor_labels(extract("Jeder achte Mensch in der Obhut des UNHCR ist von Obdachlosigkeit bedroht."))


@pytest.mark.parametrize("text", [
    "Mehrere NGOs kritisierten die Regierung.",
    "Die Zeitung will den Erlös als Spende an NGOs weitergeben.",
])
def test_an_acronym_for_a_kind_of_body_is_no_actor(extract, text):
    assert not {"NGO", "NGOs"} & actor_labels(extract(text))


def test_a_body_named_after_the_kind_acronym_is_an_actor(extract):
    assert "Ärzte ohne Grenzen" in actor_labels(extract("Die NGO Ärzte ohne Grenzen kritisierte die Regierung."))


@pytest.mark.parametrize("text, town", [
    ("Das Epizentrum lag 185 Kilometer östlich von Acapulco in der Nähe der Küste.", "Acapulco"),
    ("Das Dorf liegt zehn Kilometer nordöstlich von Kimbe.", "Kimbe"),
    ("Das Beben lag etwa 160 Kilometer west-südwestlich von Oaxaca.", "Oaxaca"),
])
def test_a_name_after_a_direction_from_it_is_a_place(extract, text, town):
    assert town in place_labels(extract(text))


def test_a_person_after_von_is_no_place(extract):
    record = extract("Die Forderung von Schröder stieß auf Kritik.")
    assert "Schröder" not in place_labels(record)


@pytest.mark.parametrize("text, name, alias", [
    ("Die Studie entstand an der Technischen Universität (TU) Wien.", "Technische Universität Wien", "TU"),
    ("Die Wissenschaftler der Wirtschaftsuniversität (WU) Wien warnen vor einer Rezession.",
     "Wirtschaftsuniversität Wien", "WU"),
])
def test_a_seat_after_the_acronym_ends_the_institutions_name(extract, text, name, alias):
    record = extract(text)
    actors = {a.label: a for a in record.actors if a.named}
    assert name in actors and alias in actors[name].aliases
    assert alias not in actors


def test_an_acronym_before_a_town_that_is_no_seat_keeps_the_town(extract):
    record = extract("Die Syrische Beobachtungsstelle für Menschenrechte (SOHR) meldete 20 Tote in Aleppo.")
    assert "Syrische Beobachtungsstelle für Menschenrechte" in actor_labels(record)
    assert "Aleppo" in place_labels(record)


def test_a_long_phrase_before_an_acronym_keeps_only_the_name_at_its_end(extract):
    record = extract("Seine Ernennung wurde erst durch eine Veränderung der parlamentarischen Mehrheitsverhältnisse "
                     "in der Folge des Verbots der Thaksin-Partei Phak Palang Prachachon (PPP) möglich.")
    assert "Phak Palang Prachachon" in actor_labels(record)
    assert not any(label.startswith("Mehrheitsverhältnisse") for label in actor_labels(record))


def test_a_long_name_with_glue_words_before_its_acronym_stays_whole(extract):
    record = extract("Die Demokratische Allianz für Nordland (DAN) gewann die Wahl.")
    assert "Demokratische Allianz für Nordland" in actor_labels(record)


@pytest.mark.parametrize("text, company", [
    ("Ein Sprecher des betroffenen Unternehmens Badijah sagte, von 250 Angestellten fehle jede Spur.", "Badijah"),
    ("Der Autobauer Tesla will in Brandenburg ein Werk bauen.", "Tesla"),
])
def test_a_name_after_a_word_for_a_company_is_the_company(extract, text, company):
    record = extract(text)
    assert company in actor_labels(record)
    assert company not in place_labels(record)


def test_companies_in_a_town_name_no_company(extract):
    record = extract("Viele Unternehmen in Wien suchen Personal.")
    assert not actor_labels(record)
    assert "Wien" in place_labels(record)


@pytest.mark.parametrize("text, body", [
    ("Die Ärztekammer Steiermark warnte vor Engpässen.", "Ärztekammer Steiermark"),
    ("Wien – Die Arbeiterkammer Oberösterreich fordert mehr Geld für die Pflege.", "Arbeiterkammer Oberösterreich"),
    ("Laut der Staatsanwaltschaft Wien wird gegen drei Männer ermittelt.", "Staatsanwaltschaft Wien"),
])
def test_a_body_named_with_its_seat_is_one_actor(extract, text, body):
    assert body in actor_labels(extract(text))


def test_a_body_in_a_town_is_no_body_named_by_the_town(extract):
    record = extract("Die Kammer tagte in Wien. Das Gericht in Graz entschied.")
    assert not actor_labels(record)
    assert {"Wien", "Graz"} <= place_labels(record)


@pytest.mark.parametrize("text, land", [
    ("Die Kärntner Landesregierung beschloss ein Hilfspaket.", "Land Kärnten"),
    ("Das Land Tirol stellt 300 Quartiere bereit. Die Tiroler Landesregierung beschloss zudem ein Hilfspaket.",
     "Land Tirol"),
])
def test_a_lands_government_by_its_adjective_is_the_land(extract, text, land):
    labels = actor_labels(extract(text))
    assert land in labels and len(labels) == 1


def test_a_towns_adjective_before_landesregierung_names_no_land(extract):
    assert not actor_labels(extract("Die Innsbrucker Landesregierung beschloss ein Hilfspaket."))


def test_a_count_after_a_place_is_no_part_of_its_name(extract):
    record = extract("Wie die Nachrichtenagentur Reuters berichtet, wurden in Aleppo 20 Menschen getötet.")
    assert "Aleppo" in place_labels(record)
    assert "Aleppo 20" not in place_labels(record)


def test_the_seat_of_the_federal_government_is_its_alias_no_place(extract):
    record = extract("Die Bundesregierung in Berlin hat die Lieferung von Waffen an die Kurden genehmigt.")
    assert "Deutschland" in actor_labels(record)
    assert "Berlin" not in place_labels(record)


def test_a_known_body_and_its_seat_are_no_name_of_their_own(extract):
    record = extract("Ein Sprecher des Auswärtigen Amts in Berlin bestätigte den Vorfall.")
    assert actor_labels(record) == {"Auswärtiges Amt"}


@pytest.mark.parametrize("text, label", [
    ("Nach Angaben des Statistischen Bundesamts stieg die Inflation.", "Statistisches Bundesamt"),
    ("Nach Angaben des Statistischen Bundesamtes stieg die Inflation.", "Statistisches Bundesamt"),
    ("Ein Sprecher des Amerikanischen Kongresses sagte, die Lage sei ernst.", "Amerikanischer Kongress"),
    ("Ein Sprecher des Internationalen Währungsfonds sagte, die Lage sei ernst.", "Internationaler Währungsfonds"),
])
def test_a_body_in_the_genitive_is_labelled_in_the_nominative(extract, text, label):
    assert label in actor_labels(extract(text))


@pytest.mark.parametrize("text, land", [
    ("Vorarlberg erfüllt seine Aufnahmequote nur schleppend. Derzeit leben 1549 Asylwerber in Vorarlberg.",
     "Vorarlberg"),
    ("Bayern fordert eine Obergrenze für Flüchtlinge.", "Bayern"),
])
def test_a_land_that_acts_is_an_actor_and_a_place(extract, text, land):
    record = extract(text)
    assert land in actor_labels(record)
    assert land in place_labels(record)


@pytest.mark.parametrize("text, name", [
    ("In Bayern kamen am Wochenende 5000 Flüchtlinge an.", "Bayern"),
    ("Tirol grenzt an Italien.", "Tirol"),
])
def test_a_land_that_does_not_act_is_only_a_place(extract, text, name):
    assert name not in actor_labels(extract(text))


def test_a_capital_that_lies_somewhere_is_the_town(extract):
    record = extract("Wien liegt an der Donau. Die Stadt wächst.")
    assert "Österreich" not in actor_labels(record)
    assert "Wien" in place_labels(record)


@pytest.mark.parametrize("text, provider, recipient", [
    ("Berlin bietet Athen Hilfe beim Grenzschutz an.", "country:DE", "country:GR"),
    ("Wien bietet Belgrad Unterstützung beim Grenzschutz an.", "country:AT", "country:RS"),
])
def test_a_capital_acting_by_an_ordinary_verb_stays_its_government(extract, text, provider, recipient):
    offers = extract(text).aid_offers
    assert [(o.provider, o.recipients) for o in offers] == [(provider, [recipient])]


@pytest.mark.parametrize("text, region", [
    ("Tirol braucht mehr Schnee für die Saison.", "Tirol"),
    ("Sachsen stöhnt unter der Hitze.", "Sachsen"),
])
def test_a_land_that_undergoes_something_is_no_actor(extract, text, region):
    assert region not in actor_labels(extract(text))


@pytest.mark.parametrize("text, state", [
    ("Das Erdbeben veranlasste Österreich zu einer Spende von einer Million Euro an Nepal.", "Österreich"),
    ("Der Tsunami traf Japan, worauf die USA dem Land Hilfe anboten.", "Vereinigte Staaten"),
])
def test_a_state_acting_after_a_disaster_is_no_place(extract, text, state):
    assert state not in place_labels(extract(text))


def test_a_stronghold_named_like_a_known_body_is_not_that_body(extract):
    record = extract("Die Rebellenhochburg Duma wurde am Sonntag bombardiert.")
    assert "Russland" not in actor_labels(record)


def test_a_fund_keeps_the_s_of_its_nominative(extract):
    assert "Europäischer Sozialfonds" in actor_labels(extract("Laut einem Sprecher des Europäischen Sozialfonds fehlt Geld."))


def test_north_of_a_town_names_the_town(extract):
    assert "Acapulco" in place_labels(extract("Das Beben ereignete sich 185 Kilometer nördlich von Acapulco."))


@pytest.mark.parametrize("text, street", [
    ("Der Konvoi fuhr über die Sukhumvit Road zum Flughafen.", "Sukhumvit Road"),
    ("Die Demonstranten blockierten die Lexington Avenue stundenlang.", "Lexington Avenue"),
])
def test_a_street_is_no_actor(extract, text, street):
    assert not {street, street.split()[-1]} & actor_labels(extract(text))


def test_a_company_whose_name_starts_with_a_street_word_stays_an_actor(extract):
    assert any("Records" in label for label in actor_labels(extract("Road Runner Records veröffentlichte das Album.")))


@pytest.mark.parametrize("text, town, state", [
    ("Der Verdächtige wurde in der Nähe von Brüssel festgenommen.", "Brüssel", "Europäische Union"),
    ("Die Proteste auf den Straßen Bangkoks gingen weiter.", "Bangkok", "Thailand"),
    ("Die Bewohner Kiews harren in ihren Kellern aus.", "Kiew", "Ukraine"),
    ("Kampfflugzeuge bombardierten Sanaa.", "Sanaa", "Jemen"),
])
def test_a_capital_near_which_or_in_which_things_happen_is_the_town(extract, text, town, state):
    record = extract(text)
    assert town in place_labels(record) and state not in actor_labels(record)


@pytest.mark.parametrize("text, state", [
    ("Eine von Riad geführte Allianz griff die Rebellen an.", "Saudi-Arabien"),
    ("Washington hat Bagdad Luftunterstützung angeboten.", "Irak"),
    ("Moskau kritisierte die Sanktionen scharf.", "Russland"),
])
def test_a_capital_that_acts_or_receives_stays_its_state(extract, text, state):
    assert state in actor_labels(extract(text))


@pytest.mark.parametrize("text, state, phrase", [
    ("Moskaus Unterstützung für Assad ist ungebrochen.", "Russland", "Moskaus Unterstützung für Assad"),
    ("Teherans Einfluss auf die Milizen wächst.", "Iran", "Teherans Einfluss auf die Milizen"),
])
def test_a_known_name_in_the_genitive_opens_a_noun_phrase_not_an_organisation(extract, text, state, phrase):
    labels = actor_labels(extract(text))
    assert state in labels and phrase not in labels


def test_an_organisation_named_with_a_preposition_stays_whole(extract):
    assert "Bundesamt für Migration und Flüchtlinge" in actor_labels(
        extract("Das Bundesamt für Migration und Flüchtlinge prüft die Anträge."))


@pytest.mark.parametrize("text, body", [
    ("Die Brüsseler Staatsanwaltschaft erhob Anklage gegen den Mann.", "Brüsseler Staatsanwaltschaft"),
    ("Das Hamburger Oberverwaltungsgericht bestätigte das Verbot.", "Hamburger Oberverwaltungsgericht"),
    ("Das Grazer Landesgericht verurteilte den Angeklagten.", "Grazer Landesgericht"),
    ("Ein Sprecher des Linzer Landesgerichts bestätigte das Urteil.", "Linzer Landesgericht"),
])
def test_a_town_adjective_and_a_body_name_the_body(extract, text, body):
    assert body in actor_labels(extract(text))


def test_a_state_and_a_noun_of_help_stay_apart(extract):
    labels = actor_labels(extract("Der Ukraine Hilfe zu leisten ist eine Pflicht."))
    assert "Ukraine" in labels and "Ukraine Hilfe" not in labels


def test_a_town_adjective_before_an_ordinary_noun_names_no_body(extract):
    assert actor_labels(extract("Die Grazer Bevölkerung ist empört über das Urteil.")) == set()


def test_a_capital_after_an_attack_verb_with_an_object_after_it_is_its_state(extract):
    record = extract("Am Montag bombardierte Washington Stellungen des IS in Syrien.")
    assert "Vereinigte Staaten" in actor_labels(record) and "Washington" not in place_labels(record)


def test_a_capital_in_the_genitive_after_kosten_is_its_state(extract):
    assert "Washington" not in place_labels(extract("Die Ukraine erhält Waffen auf Kosten Washingtons."))


def test_an_unknown_organisation_ending_the_text_is_found(extract):
    assert "Zentrexa" in actor_labels(extract("Das Geld stammt vom Konzern Zentrexa"))


@pytest.mark.parametrize("text, body", [
    ("Das Karlsruher Bundesverfassungsgericht kippte das Gesetz.", "Bundesverfassungsgericht"),
    ("Die Leipziger Staatsanwaltschaft ermittelt gegen den Mann.", "Leipziger Staatsanwaltschaft"),
])
def test_a_town_adjective_keeps_a_known_body_and_its_own_spelling(extract, text, body):
    assert body in actor_labels(extract(text))
