"""Actors and locations on German sentences written for these tests (not taken from any corpus).

Each case states what an analyst reads in the sentence: who the actors are under the annotation
guidelines (persons, organisations, states and media named as parties) and which places are named.
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


# A state in the genitive or its demonym before a role says whose the office is, as an
# adjective does ("der österreichische Außenminister"): no state acting, no place.
@pytest.mark.parametrize("sentence, person, state", [
    ("Österreichs Außenminister Sebastian Kurz besuchte am Donnerstag Sarajevo.", "Sebastian Kurz", "Österreich"),
    ("Boliviens Ministerpräsident Evo Morales gab dem Westen die Schuld an den Überschwemmungen.",
     "Evo Morales", "Bolivien"),
    ("Deutscher Finanzminister Schäuble schließt ein Ende der Gespräche aus.", "Schäuble", "Deutschland"),
    ("Russlands neuer Präsident Wladimir Putin traf sich mit Journalisten.", "Wladimir Putin", "Russland"),
])
def test_state_before_a_role_is_no_actor(extract, sentence, person, state):
    record = extract(sentence)
    assert person in actor_labels(record)
    assert state not in actor_labels(record)
    assert state not in place_labels(record)


def test_state_acting_elsewhere_stays_an_actor(extract):
    record = extract("Österreichs Außenminister Kurz reiste nach Kiew. Österreich sagte der Ukraine "
                     "zehn Millionen Euro zu.")
    assert "Österreich" in actor_labels(record)


# The members of an alliance named by a compound after a preposition of place are where something
# is or comes from, not the alliance acting.
@pytest.mark.parametrize("sentence", [
    "Die Grenzposten sollen durch zusätzliche Beamte aus anderen EU-Staaten verstärkt werden.",
    "Die Flüchtlinge sollen in einem der EU-Staaten aufgenommen werden.",
])
def test_members_as_a_place_are_no_actor(extract, sentence):
    assert "Europäische Union" not in actor_labels(extract(sentence))


def test_members_acted_upon_are_the_alliance(extract):
    record = extract("Erdoğan nimmt die Nato-Verbündeten wegen der Kurden in die Pflicht.")
    assert {a.key for a in record.actors} >= {"org:nato"}


# A statistical name that runs on into the next noun phrase ends where the name does.
@pytest.mark.parametrize("sentence, wrong, kept", [
    ("Die Soldaten sollen gemeinsam mit der Polizei Ordnungsaufgaben am Bahnhof durchführen.",
     "Polizei Ordnungsaufgaben", None),
    ("Politiker hatten kritisiert, dass der Bund Steuergelder zur Finanzierung der Sender einsetzt.",
     "Bund Steuergelder", None),
    ("Das sagte Thurner, der an der Med-Uni Wien Professor für Komplexitätsforschung ist.",
     "Med-Uni Wien Professor", "Med-Uni Wien"),
])
def test_name_ends_before_the_object(extract, sentence, wrong, kept):
    labels = actor_labels(extract(sentence))
    assert wrong not in labels
    assert kept is None or kept in labels


@pytest.mark.parametrize("sentence, name", [
    ("Die Stiftung Warentest prüfte im Sommer zwanzig Fahrradhelme.", "Stiftung Warentest"),
    ("Die Aktion Mensch spendete dem Verein 5000 Euro.", "Aktion Mensch"),
])
def test_body_named_by_a_noun_keeps_its_name(extract, sentence, name):
    assert name in actor_labels(extract(sentence))


def test_figure_and_unit_end_no_name(extract):
    record = extract("Der Durchschnitt beträgt für Bayern 90 Liter pro Quadratmeter.")
    assert not any("Liter" in label for label in actor_labels(record))


# Words capitalised only because they open a sentence, and names of weather systems, are no actors.
@pytest.mark.parametrize("sentence, word", [
    ("Nordeuropäisches Land verschärft Asylpolitik. Die Regierung plant neue Abschiebezentren.", "Nordeuropäisches"),
    ("Schneller als die Hydrologen vorausgesagt hatten, kommt die Hochwasserwelle.", "Schneller"),
    ("In Polen starben durch das Tiefdruckgebiet Yolanthe bereits 16 Menschen.", "Yolanthe"),
])
def test_no_actor_from_opening_words_or_weather(extract, sentence, word):
    assert not any(word in label for label in actor_labels(extract(sentence)))


def test_genitive_apostrophe_is_no_part_of_the_name(extract):
    record = extract("Peter Pilz kritisierte das Ministerium. Außenamtssprecher Thomas Schnöll weist "
                     "Pilz’ Vorwurf, dass das Ministerium Druck ausübe, zurück.")
    assert actor_labels(record) == {"Peter Pilz", "Thomas Schnöll"}


def test_person_split_by_the_ner_is_one_person(extract):
    record = extract("Der indonesische Präsident Susilo Bambang Yudhoyono besuchte am Montag Dili.")
    persons = [a.label for a in record.actors if a.category == "Person"]
    assert persons == ["Susilo Bambang Yudhoyono"]


def test_surname_spelt_another_way_is_the_same_person(extract):
    record = extract("Karzai will weiter verhandeln. Der afghanische Präsident Hamid Karsai sagte am Sonntag, "
                     "er wolle mit den Taliban sprechen.")
    persons = [a.label for a in record.actors if a.category == "Person"]
    assert persons == ["Hamid Karsai"]


def test_short_surnames_are_not_matched_loosely(extract):
    record = extract("Der Politiker Hans Bauer sagte, er sei zufrieden. Auch Peter Mauer äußerte sich.")
    persons = {a.label for a in record.actors if a.category == "Person"}
    assert persons == {"Hans Bauer", "Peter Mauer"}


# A capital stands for its government also after a preposition, where it speaks, sends or leads.
@pytest.mark.parametrize("sentence, state, capital", [
    ("Das Verhältnis zwischen Ankara und Peking ist belastet.", "Türkei", "Ankara"),
    ("Das Verhältnis zwischen Ankara und Peking ist belastet.", "China", "Peking"),
    ("Aus Paris hieß es, das Vorgehen sei eine Verletzung des Abkommens.", "Frankreich", "Paris"),
    ("Aus Washington kommen Solidaritätsadressen an die Regierung.", "Vereinigte Staaten", "Washington"),
    ("Im März startete eine von Riad geführte Allianz Angriffe auf die Rebellen.", "Saudi-Arabien", "Riad"),
])
def test_capital_as_government(extract, sentence, state, capital):
    record = extract(sentence)
    assert state in actor_labels(record)
    assert capital not in place_labels(record) and state not in place_labels(record)


@pytest.mark.parametrize("sentence, places", [
    ("Die Strecke zwischen Wien und Budapest wurde gesperrt.", {"Wien", "Budapest"}),
    ("Tausende Menschen flohen aus Damaskus in den Libanon.", {"Damaskus"}),
    ("Der Minister reiste von Wien nach Berlin.", {"Wien", "Berlin"}),
    ("Im Juli wurde der Export von Granaten in Richtung Abu Dhabi genehmigt.", {"Abu Dhabi"}),
])
def test_capital_as_place(extract, sentence, places):
    assert place_labels(extract(sentence)) >= places


# Regions of general knowledge: states and provinces, Austrian valleys, German exonyms.
@pytest.mark.parametrize("sentence, places", [
    ("In der Lombardei und im Latium werden neue Lager errichtet.", {"Lombardei", "Latium"}),
    ("Im US-Bundesstaat South Carolina stieg das Wasser weiter.", {"South Carolina"}),
    ("In Mittelfranken und in der Oberpfalz blieb es ruhig.", {"Mittelfranken", "Oberpfalz"}),
    ("Die Straßen im Paznaun und im Zillertal waren gesperrt.", {"Paznaun", "Zillertal"}),
    ("Die Migranten versuchen es nun von Dünkirchen aus.", {"Dünkirchen"}),
    ("Die Fähre legte in Piräus ab und erreichte am Abend Lesbos.", {"Piräus", "Lesbos"}),
])
def test_regions_and_exonyms(extract, sentence, places):
    assert place_labels(extract(sentence)) >= places


# The two ends of a border or way are places; the two sides of a conflict are parties.
def test_ends_of_a_border_are_places(extract):
    record = extract("Die Grenze zwischen Österreich und Ungarn bleibt offen.")
    assert place_labels(record) >= {"Österreich", "Ungarn"}
    assert not {"Österreich", "Ungarn"} & actor_labels(record)


def test_way_between_a_state_and_a_region(extract):
    record = extract("Auch der Weg über die Adria zwischen Albanien und der süditalienischen Region Apulien "
                     "wird genutzt.")
    assert "Albanien" in place_labels(record) and "Albanien" not in actor_labels(record)


def test_sides_of_a_conflict_are_parties(extract):
    assert actor_labels(extract("Die Spannungen zwischen der Türkei und Russland wachsen.")) >= {"Türkei", "Russland"}


# A party named like an adjective ("die Grünen") is not the colour, nor one of its members.
@pytest.mark.parametrize("sentence", [
    "Es gab kein Grünes Licht der Finanzminister für das Paket.",
    "Die Ministerin hat dem Grünen eine Liste übermittelt.",
])
def test_party_adjective_not_the_party(extract, sentence):
    assert not any("Grün" in label for label in actor_labels(extract(sentence)))


@pytest.mark.parametrize("sentence", [
    "Die Grünen kritisierten die Regierung scharf.",
    "Der Antrag der Grünen wurde im Parlament abgelehnt.",
])
def test_party_named_so_is_the_party(extract, sentence):
    assert any("Grün" in label for label in actor_labels(extract(sentence)))


# A word for a kind of group before a name that opens with an adjective is no part of the name.
@pytest.mark.parametrize("sentence, name", [
    ("Eine Kooperation werde erwogen, sagte ein Sprecher der Gruppe Erste Küstendivision.", "Erste Küstendivision"),
    ("Kämpfer der Miliz Freie Syrische Armee griffen den Ort an.", "Freie Syrische Armee"),
    ("Die Gruppe Wagner kämpft in Mali.", "Gruppe Wagner"),
])
def test_group_noun_before_a_name(extract, sentence, name):
    assert name in actor_labels(extract(sentence))


# Organisations of general knowledge in the gazetteer.
@pytest.mark.parametrize("sentence, name", [
    ("Die Eurogruppe gab die nächste Tranche frei.", "Eurogruppe"),
    ("Die Deutsche Bahn stellte Sonderzüge bereit.", "Deutsche Bahn"),
    ("Der Nationalrat beschloss am Mittwoch das Gesetz.", "Nationalrat"),
    ("Unterstützt wird sie von der Johanniter Unfall-Hilfe.", "Johanniter Unfall-Hilfe"),
])
def test_known_organisations(extract, sentence, name):
    assert name in actor_labels(extract(sentence))


# Rivers are no places by the guidelines; a town named after its river keeps the river in its name.
def test_rivers_are_no_places(extract):
    record = extract("Besonders betroffen waren die Zuflüsse zur Donau und zum Neckar (Fils, Rems, Kocher, Jagst).")
    assert place_labels(record) == set()


def test_town_on_a_river(extract):
    record = extract("An der Messstation Kirchberg an der Jagst fielen 87 Liter pro Quadratmeter. "
                     "In Krems an der Donau blieb es trocken.")
    assert place_labels(record) == {"Kirchberg an der Jagst", "Krems an der Donau"}


def test_one_name_one_thing(extract):
    record = extract("Sudanesische Soldaten sind in Abyei einmarschiert. Abyei charakterisiert sich dadurch, "
                     "dass dort Nomaden leben. Die Bewohner Abyeis flohen.")
    assert place_labels(record) == {"Abyei"}
    assert "Abyei" not in actor_labels(record)


def test_family_name_first(extract):
    record = extract("UNO-Generalsekretär Ban Ki Moon hat den Angriff verurteilt. Das hieß es in einer Erklärung "
                     "Bans. Ban klagte, es gebe wieder Bombardierungen.")
    assert actor_labels(record) == {"Ban Ki-moon"}
    assert place_labels(record) == set()


# The EU is also a territory: named only as a place, it is no actor.
def test_eu_as_a_place_is_no_actor(extract):
    assert actor_labels(extract("Die Regierung verhandelt über die Rückgeschobenen aus der EU.")) == set()


def test_eu_acting_is_an_actor(extract):
    assert "EU" in actor_labels(extract("Die EU fordert von Athen mehr Reformen."))


# "Das Land" opening a sentence refers to the one state the sentence before named.
def test_the_country_just_named(extract):
    record = extract("Die Außenminister sprachen über Syrien. Syrien bleibt das Hauptthema, Syrien wird weiter "
                     "diskutiert. Nur bei Montenegro ist das anders. Das kleine Land auf dem Westbalkan wird "
                     "eingeladen.")
    montenegro = next(a for a in record.actors if a.label == "Montenegro")
    assert [m.kind for m in montenegro.mentions] == ["name", "alias"]


def test_name_ends_before_a_time(extract):
    labels = actor_labels(extract("Das teilte das Auswärtige Amt am Dienstag mit."))
    assert not any("Dienstag" in label for label in labels)


def test_kind_of_medium_is_no_part_of_its_name(extract):
    assert "RTS" in actor_labels(extract("Das sagte der Minister dem Sender RTS."))


def test_international_body_with_a_lowercase_adjective(extract):
    record = extract("Die Vereinigten Staaten und die europäische Union verhängten Sanktionen.")
    assert "Europäische Union" in actor_labels(record) and "Union" not in actor_labels(record)
    assert "Arabische Liga" in actor_labels(extract("Die arabische Liga tagte in Kairo."))


@pytest.mark.parametrize("sentence", ["Das sagte der Minister der Presse.", "Die Zeit drängt, sagte er."])
def test_article_and_noun_are_no_medium(extract, sentence):
    assert actor_labels(extract(sentence)) == set()


# A government named by its building, and a party to relations, are no places of their state.
@pytest.mark.parametrize("sentence, state", [
    ("Im Weißen Haus gab es bisher Bedenken gegen das Gesetz.", "Vereinigte Staaten"),
    ("Das könnte sich negativ auf die Beziehungen zu den USA auswirken.", "USA"),
])
def test_government_and_relations_are_no_place(extract, sentence, state):
    record = extract(sentence)
    assert state in actor_labels(record) and place_labels(record) == set()


def test_border_to_a_state_is_a_place(extract):
    assert "Serbien" in place_labels(extract("Die Flüchtlinge kamen über die Grenze zu Serbien."))


def test_what_a_plan_is_about_is_no_party(extract):
    record = extract("Russland werde bei den Verhandlungen über eine Friedenslösung für Syrien einen Preis fordern.")
    assert "Syrien" not in actor_labels(record)
    assert "Syrien" in actor_labels(extract("Deutschland sagte 100 Millionen Euro für Syrien zu."))


def test_the_last_actor_before_a_token_is_the_last_mention_added_within_the_window():
    from kg.extract.mentions import EntityIndex
    from kg.extract.records import Actor

    index = EntityIndex()
    for key, category in (("org:a", "Organization"), ("org:b", "Organization"), ("person:c", "Person")):
        index.actors[key] = Actor(key=key, label=key, category=category)
    index.spans = [(5, 6, "org:a", "name"), (40, 41, "person:c", "name"), (60, 61, "org:b", "name")]
    assert index.last_actor_before(50, ("Organization",)) == "org:a"
    assert index.last_actor_before(50, None) == "person:c"
    assert index.last_actor_before(50, ("Organization",), window=20) is None  # "org:a" lies too far back
    assert index.last_actor_before(60, ("Organization",)) == "org:a"  # not the mention at the token itself
    # a mention added later out of text order (a speaker's) is met first, as before
    index.spans.append((10, 11, "org:b", "name"))
    assert index.last_actor_before(50, ("Organization",)) == "org:b"
    assert index.last_actor_before(50, ("Organization",), accept=lambda _s, _e, key: key == "org:a") == "org:a"
    # a replaced list of mentions is read afresh
    index.spans = [(30, 31, "person:c", "name")]
    assert index.last_actor_before(50, None) == "person:c" and index.last_actor_before(50, ("Organization",)) is None
