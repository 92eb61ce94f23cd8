"""Session 17 additions to kg/data/gazetteer (general knowledge): defence and foreign ministers of
EU, NATO and G20 states, EU commissioners, UN envoys and agency heads, leaders of armed groups, German,
Austrian and Swiss federal and Land politicians, generals and heads of aid organisations; UN missions
and offices, EU agencies and missions, aid organisations, armed groups and militias, central banks,
courts and a few media; spelling variants of people already listed. The sentences are made up."""

from __future__ import annotations

import pytest

from tests.conftest import actor_labels, place_labels


def named(record) -> dict[str, str]:
    return {a.label: a.category for a in record.actors if a.named}


@pytest.mark.parametrize("sentence, label, category", [
    # people
    ("Die Verteidigungsministerin Kajsa Ollongren besuchte Kiew.", "Kajsa Ollongren", "Person"),
    ("Kenias Außenminister Musalia Mudavadi empfing seinen Amtskollegen.", "Musalia Mudavadi", "Person"),
    ("Irans Verteidigungsminister Asis Nasirsadeh drohte mit Vergeltung.", "Asis Nasirsadeh", "Person"),
    ("Die Hamas-Sprecher Ghazi Hamad und Basem Naim wiesen das zurück.", "Basem Naim", "Person"),
    ("Der IS-Anführer Abu Hafs al-Haschimi al-Kuraschi rief zu Anschlägen auf.",
     "Abu Hafs al-Haschimi al-Kuraschi", "Person"),
    ("Die Reform wurde von Sugiono verteidigt, dem indonesischen Außenminister.", "Sugiono", "Person"),
    ("Hubert Aiwanger kritisierte die Bundesregierung scharf.", "Hubert Aiwanger", "Person"),
    ("Der frühere Präsident Leonid Kutschma sprach mit Andrij Sadowyj.", "Andrij Sadowyj", "Person"),
    ("Nach Angaben von Eva Maria Welskop-Deffaa fehlen Pflegekräfte.", "Eva Maria Welskop-Deffaa", "Person"),
    ("Die EU-Kommissarin Roxana Mînzatu stellte den Plan vor.", "Roxana Mînzatu", "Person"),
    # a new spelling of a person already listed gives the listed label
    ("Der Verteidigungsminister Rustem Umerow traf in Brüssel ein.", "Rustem Umjerow", "Person"),
    ("Massud Barzani rief zur Ruhe auf.", "Masud Barsani", "Person"),
    # organisations
    ("Die Harakat al-Nudschaba drohte mit Angriffen auf US-Stützpunkte.", "Harakat al-Nudschaba", "ArmedGroup"),
    ("Kämpfer der Arakan Army eroberten einen Stützpunkt.", "Arakan Army", "ArmedGroup"),
    ("Der Chef des Jalisco-Kartells wurde festgenommen.", "Jalisco-Kartell", "ArmedGroup"),
    ("Die Operation Aspides soll Handelsschiffe schützen.", "Operation Aspides", "Organization"),
    ("Der Zentrale Nothilfefonds der Vereinten Nationen stellte 20 Millionen Dollar bereit.",
     "Zentraler Nothilfefonds der Vereinten Nationen", "Organization"),
    ("Die Asylagentur der Europäischen Union veröffentlichte neue Zahlen.",
     "Asylagentur der Europäischen Union", "Organization"),
    ("Die Russische Zentralbank hob den Leitzins an.", "Russische Zentralbank", "Organization"),
    ("Helvetas und die Glückskette sammelten Spenden für die Opfer.", "Glückskette", "Organization"),
    ("Das Kosovo-Sondergericht in Den Haag verurteilte den Angeklagten.", "Kosovo-Sondergericht", "Organization"),
    ("Laut dem Jesuiten-Flüchtlingsdienst fehlen Unterkünfte.", "Jesuiten-Flüchtlingsdienst", "Organization"),
    ("Laut Euronews wurde die Grenze geschlossen.", "Euronews", "Media"),
    ("Laut OCHA-Sprecher Jens Laerke fehlen Lebensmittel.", "Jens Laerke", "Person"),
    ("Der Innenminister Georg Maier sagte, die Lage sei ernst.", "Georg Maier", "Person"),
    ("Die UNSMIL rief zur Ruhe auf.", "UNSMIL", "Organization"),
    ("Der Südliche Übergangsrat übernahm die Kontrolle über Aden.", "Südlicher Übergangsrat", "Organization"),
    ("Das Landeskriminalamt Niedersachsen ermittelt.", "Landeskriminalamt Niedersachsen", "Organization"),
    ("Die Schweizerische Flüchtlingshilfe kritisierte den Entscheid.", "Schweizerische Flüchtlingshilfe",
     "Organization"),
])
def test_new_entry_is_the_right_actor(extract, sentence, label, category):
    assert named(extract(sentence)).get(label) == category


def test_surname_alone_is_the_same_new_person(extract):
    labels = actor_labels(extract("Hubert Aiwanger kritisierte die Bundesregierung. Aiwanger forderte Neuwahlen."))
    assert "Hubert Aiwanger" in labels and "Aiwanger" not in labels


@pytest.mark.parametrize("sentence, words", [
    # ordinary words and phrases that are not (or no longer) names of the new entries
    ("Der Saldo der Leistungsbilanz war negativ.", {"Saldo", "Wladimir Saldo"}),
    ("Die Pfarre startete ihre Fastenaktion mit einem Gottesdienst.", {"Fastenaktion"}),
    ("Das Projekt setzt auf Hilfe zur Selbsthilfe in den Dörfern.", {"Help - Hilfe zur Selbsthilfe"}),
    ("Die Demonstranten riefen \"Frieden jetzt\" vor dem Parlament.", {"Peace Now"}),
    ("Am Abend lief auf Kanal 12 ein alter Spielfilm.", {"Channel 12", "Kanal 12"}),
    ("Die Nachbarn halfen einem Nachbar in Not mit Lebensmitteln.", {"Nachbar in Not"}),
    ("Sie bildeten eine Widerstandsfront gegen das Projekt.", {"The Resistance Front"}),
    ("Auf der Memorial-Veranstaltung sprach der Bürgermeister.", {"Menschenrechtsorganisation Memorial"}),
    ("Ein Emergency-Team der Klinik rückte aus.", {"Emergency"}),
    # a German police unit, a trial in Berlin, a sermon's phrase, the UN's troops in Lebanon (review)
    ("Beamte des SEK und des MEK nahmen den Mann fest.", {"Volksmudschahedin"}),
    ("Im Berliner Prozess gegen den Attentäter sagte ein Zeuge aus.", {"Berliner Prozess"}),
    ("Der Bischof sagte, Jesus sei das Licht für die Welt.", {"Licht für die Welt"}),
    ("Die Schutztruppe der Vereinten Nationen im Libanon wurde verstärkt.", {"UNPROFOR"}),
])
def test_ordinary_words_stay_ordinary_words(extract, sentence, words):
    assert not actor_labels(extract(sentence)) & words


@pytest.mark.parametrize("sentence, place", [
    # descriptive names with a place ("Parlament in Tobruk", "UN-Mission in Libyen") are no aliases:
    # the place stays one of the article's locations
    ("Das Parlament in Tobruk lehnte die Regierung ab.", "Tobruk"),
    ("Die UN-Mission in Libyen rief zur Ruhe auf.", "Libyen"),
    ("Die Polizei sagte, das Büro der Vereinten Nationen in Wien sei geräumt worden.", "Wien"),
])
def test_place_in_a_descriptive_name_stays_a_place(extract, sentence, place):
    assert place in place_labels(extract(sentence))
