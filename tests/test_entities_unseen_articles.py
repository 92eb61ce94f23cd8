"""Actors and locations on constructions frequent in unseen German news, on sentences written for
these tests (not taken from any corpus): ordinary nouns the statistical NER takes for names,
acronyms and codes taken for places, descriptor nouns before a product's name, declined and
shortened forms of one actor, capitals as sources.
"""

from __future__ import annotations

import pytest

from conftest import actor_labels, place_labels


# An ordinary noun the NER labels a place is none: the article uses it as a noun elsewhere, it is
# plural, or it is a compound ending in a noun.
@pytest.mark.parametrize("text, noun", [
    ("Der Verdächtige wurde in Hotelzimmer festgenommen. In dem Hotelzimmer fand die Polizei Waffen.",
     "Hotelzimmer"),
    ("Die Ministerin will Gefährder zu Hausarrest und Fußfesseln verpflichten. Ein vorbeugender "
     "Hausarrest sei aber kaum möglich, sagte der Jurist.", "Hausarrest"),
    ("Der Kandidat nutzte sein Talent auch in Wahlkampfreden in der Hauptstadt.", "Wahlkampfreden"),
    ("Die Ermittlungen in der Korruptions-Affäre dauern an. Sie begannen in Baufirmen-Affäre vor zwei Jahren.",
     "Baufirmen-Affäre"),
])
def test_ordinary_nouns_are_no_places(extract, text, noun):
    assert noun not in place_labels(extract(text))


# Acronyms and codes are no places (places with acronyms are known: "USA"), languages neither.
@pytest.mark.parametrize("text, code", [
    ("Die Fahrgäste müssen künftig in die U6 umsteigen, teilten die Verkehrsbetriebe mit.", "U6"),
    ("Die Jugendorganisation will mit der JG über den Antrag reden. Gespräche zwischen der JG und "
     "dem Vorstand soll es noch geben.", "JG"),
    ("Die Gedenktafel in Graz soll auch in Hebräisch beschriftet werden.", "Hebräisch"),
])
def test_codes_and_languages_are_no_places(extract, text, code):
    assert code not in place_labels(extract(text))


def test_a_town_after_in_stays_a_place(extract):
    record = extract("Das Lager in Traiskirchen ist überfüllt, sagte der Bürgermeister.")
    assert "Traiskirchen" in place_labels(record)


# A thing named after the noun for its kind (a drug, a currency) is neither actor nor place.
@pytest.mark.parametrize("text, name", [
    ("Das Gericht prüfte das Beruhigungsmittel Midazolam, das bei Hinrichtungen verwendet wird.", "Midazolam"),
    ("Die ukrainische Währung Hrywnja hat stark an Wert verloren.", "Hrywnja"),
])
def test_products_are_no_actors(extract, text, name):
    record = extract(text)
    assert name not in actor_labels(record)
    assert name not in place_labels(record)


# Function words that open a sentence are no names.
@pytest.mark.parametrize("text, word", [
    ("Der Minister will die Regeln verschärfen. Bloß: Die Verfassung lässt das kaum zu.", "Bloß"),
    ("Die Preise steigen seit Monaten. Woran das liegt, ist unklar, sagte Anna Berger vom Institut.", "Woran"),
])
def test_function_words_are_no_actors(extract, text, word):
    assert word not in actor_labels(extract(text))


# One real actor, one node: a shortened form of a person's or an organisation's name is that actor.
@pytest.mark.parametrize("text, full, part", [
    ("Präsident Enrique Peña Nieto kündigte Reformen an. Kritiker werfen Peña Nieto vor, zu zögern.",
     "Enrique Peña Nieto", "Peña Nieto"),  # the name's end
    ("Regierungschef Sigmundur Davíð Gunnlaugsson trat zurück. Zuvor hatte Sigmundur Davíð jede Verfehlung "
     "bestritten.", "Sigmundur Davíð Gunnlaugsson", "Sigmundur Davíð"),  # the name's beginning
])
def test_part_of_a_full_name_is_the_same_person(extract, text, full, part):
    labels = actor_labels(extract(text))
    assert full in labels
    assert part not in labels


def test_name_with_its_own_s_keeps_it(extract):
    labels = actor_labels(extract("Der Komiker und Politneuling Jimmy Morales landete auf dem ersten Platz. "
                                  "Am Wahlabend versprach Morales erneut mehr Transparenz."))
    assert "Jimmy Morales" in labels
    assert "Jimmy Morale" not in labels


def test_genitive_after_a_hyphenated_noun_loses_its_s(extract):
    labels = actor_labels(extract("Er arbeitete lange im Magna-Konzern Frank Stronachs unter strenger Aufsicht."))
    assert "Frank Stronachs" not in labels


def test_organisation_ending_in_a_person_is_that_person(extract):
    labels = actor_labels(extract("Als Drahtzieher galt dem Gericht Ex-FPÖ-Werber Gernot Rumpold, der zu "
                                  "drei Jahren Haft verurteilt wurde."))
    assert "Gernot Rumpold" in labels
    assert not any(label.startswith("Gericht") for label in labels)


def test_feminine_body_in_the_nominative(extract):
    labels = actor_labels(extract("Das Verfahren wurde laut Zentraler Staatsanwaltschaft eingestellt, "
                                  "sagte ein Sprecher der Behörde."))
    assert "Zentraler Staatsanwaltschaft" not in labels


def test_capital_as_source_is_its_state(extract):
    record = extract("Teheran – Die Polizei hat Razzien angekündigt. Laut Teheran sind die "
                     "Revolutionsgarden beteiligt.")
    assert "Iran" in actor_labels(record)
    assert "Teheran" not in actor_labels(record)


# Well-known media and organisations of German-language news are known by name.
@pytest.mark.parametrize("text, name", [
    ("Via Kurier machte sich die Ministerin für eine Debatte stark.", "Kurier"),
    ("Nach Informationen der Berliner Zeitung handelt es sich um rivalisierende Familien.", "Berliner Zeitung"),
    ("Die Ratingagentur Moody's stufte die Bank herab.", "Moody's"),
    ("Die Islamistengruppe Ansar Dine griff die Stadt an.", "Ansar Dine"),
])
def test_known_media_and_organisations(extract, text, name):
    labels = actor_labels(extract(text))
    assert name in labels
    assert "Via" not in labels and "Dine" not in labels


# Compounds of an inflected noun, abbreviations of things and adjectives alone are no actors.
@pytest.mark.parametrize("text, word", [
    ("Es läuft auf ein Duell zwischen dem Immobilien-Milliardär und der früheren Ministerin hinaus.",
     "Immobilien-Milliardär"),
    ("Die Bank informierte ihre Kunden per SMS über die neuen Gebühren.", "SMS"),
])
def test_noun_compounds_and_abbreviations_are_no_actors(extract, text, word):
    assert word not in actor_labels(extract(text))


# A state named as the land as a whole is a place, not a party.
@pytest.mark.parametrize("text", [
    "Die Jugendlichen sind auch innerhalb Österreichs mobiler geworden.",
    "Für die Veranstaltung kamen Beamte aus ganz Österreich zusammen.",
])
def test_state_as_a_whole_is_a_place(extract, text):
    record = extract(text)
    assert "Österreich" in place_labels(record)
    assert "Österreich" not in actor_labels(record)


def test_acronym_after_a_state_is_not_the_states(extract):
    record = extract("Laut der Kommission gegen Straflosigkeit in Guatemala (CICIG) stammt das Geld der "
                     "Parteien aus der Korruption. Die CICIG ermittelt seit Jahren.")
    guatemala = [a for a in record.actors if a.label == "Guatemala"]
    assert not guatemala or "CICIG" not in guatemala[0].aliases


def test_acronym_of_a_mission_acts_for_its_organisation(extract):
    record = extract("Eine EU-Mission in Niger (EUCAP) berät seit Jahren die dortige Polizei. "
                     "Die EUCAP bildet auch Grenzschützer aus.")
    niger = [a for a in record.actors if a.label == "Niger"]
    assert not niger or "EUCAP" not in niger[0].aliases
    eucap = [a for a in record.actors if a.label == "EUCAP"]
    assert eucap and eucap[0].represents == "org:eu"


def test_a_surname_that_merely_ends_in_a_noun_stays_in_the_name(extract):
    # "Miliband" ends in "Band", but after one given name it is a surname, not a noun the NER ran on to
    record = extract("Auch das Image-Management, das Vorgänger wie Tony Blair und Ed Miliband betrieben, "
                     "lehnt der Parteichef ab.")
    assert "Ed Miliband" in actor_labels(record)
    assert "Ed" not in actor_labels(record)


def test_a_name_the_ner_reads_as_a_person_is_no_place(extract):
    # the NER takes one surname for a place once; the article names both as persons elsewhere
    record = extract("Ankara – Die Justiz hat Ermittlungen gegen HDP-Chef Selahattin Demirtaş eingeleitet. "
                     "Gegen Figen Yüksekdag seien Ermittlungen eingeleitet worden, berichtete Anadolu. "
                     "Demirtas und Yüksekdag bilden die Doppelspitze der Kurdenpartei HDP. Bei den "
                     "Ermittlungen gegen Yüksekdag geht es um Äußerungen.")
    assert not {"Demirtas", "Yüksekdag"} & place_labels(record)


@pytest.mark.parametrize("text, media", [
    ("Istanbul – Im Gebäude sind die Sender Kanalnord und Yildiz TV untergebracht. Der Chefredakteur von "
     "Yildiz TV sprach von einem Angriff.", {"Kanalnord"}),
    ("Ankara – Rund 20 Menschen seien verletzt worden, berichtet die Zeitung Hürriyet Daily News am Montag.",
     {"Hürriyet Daily News"}),
])
def test_names_after_a_noun_for_a_medium_are_media(extract, text, media):
    record = extract(text)
    assert media <= actor_labels(record)
    assert not media & place_labels(record)



def test_names_the_ner_reads_more_often_as_persons_or_organisations_are_no_places(nlp):
    from spacy.tokens import Span

    from kg.api import _gazetteer_of
    from kg.extract.entities import EntityResolver

    doc = nlp("Die LBVOG zahlte mehr als die LBVOG früher. Gegen Yildiz und Wien ermittelt Yildiz.")
    words = {t.text: [] for t in doc}
    for t in doc:
        words[t.text].append(t.i)
    lbvog, yildiz, wien = words["LBVOG"], words["Yildiz"], words["Wien"]
    doc.ents = [Span(doc, lbvog[0], lbvog[0] + 1, "ORG"), Span(doc, lbvog[1], lbvog[1] + 1, "LOC"),
                Span(doc, yildiz[0], yildiz[0] + 1, "LOC"), Span(doc, yildiz[1], yildiz[1] + 1, "PER"),
                Span(doc, wien[0], wien[0] + 1, "LOC")]
    categories = EntityResolver(_gazetteer_of(nlp))._names_rather_than_places(doc)
    assert categories == {"LBVOG": "Organization", "Yildiz": "Person"}


@pytest.mark.parametrize("text, name", [
    ("Der Papst erwähnte den peruanischen Vulkan Misti als Bild für die Kirche.", "Misti"),
    ("In Bolivien will er auch die Haftanstalt Chonchocoro besuchen.", "Chonchocoro"),
])
def test_names_of_volcanoes_and_prisons_are_no_actors(extract, text, name):
    assert name not in actor_labels(extract(text))


def test_a_persons_deed_the_ner_takes_for_an_organisation_is_none(nlp):
    from spacy.tokens import Span

    from kg.api import _gazetteer_of
    from kg.extract.entities import EntityResolver

    doc = nlp("Präsident Pedro Castillo begrüßte den Gast. Der Gast lobte Castillos Verurteilung der Korruption.")
    words = [t.text for t in doc]
    person, deed = words.index("Pedro"), words.index("Castillos")
    doc.ents = [Span(doc, person, person + 2, "PER"), Span(doc, deed, deed + 3, "ORG")]
    candidates = EntityResolver(_gazetteer_of(nlp))._candidates(doc)
    assert not any(c.category == "Organization" and c.start == deed for c in candidates)
