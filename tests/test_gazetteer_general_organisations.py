"""General knowledge of organisations and media (kg/data/gazetteer/organisations.jsonl): well-known
parties of other countries, companies, international bodies, NGOs, unions, churches, sports bodies
and news outlets are found under their German and native names; names that are also ordinary words,
surnames or towns stay out of the file, so those words stay what they are."""
import json
from pathlib import Path

import pytest

from conftest import record_of

ORGS = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer" / "organisations.jsonl"


def actors(nlp, text: str) -> dict[str, str]:
    return {actor.key: actor.category for actor in record_of(nlp, text).actors}


@pytest.mark.parametrize("text, key, category", [
    ("Der Rüstungskonzern Raytheon erhielt am Montag einen Großauftrag.", "org:raytheon", "Organization"),
    ("General Dynamics und Northrop Grumman meldeten höhere Gewinne.", "org:general-dynamics", "Organization"),
    ("General Dynamics und Northrop Grumman meldeten höhere Gewinne.", "org:northrop-grumman", "Organization"),
    ("Die Fraktion der D66 stimmte im niederländischen Parlament gegen den Antrag.", "org:d66", "Organization"),
    ("Die Schwedendemokraten legten bei der Wahl in Stockholm deutlich zu.", "org:schwedendemokraten",
     "Organization"),
    ("Die Partei Georgischer Traum gewann die Parlamentswahl in Georgien.", "org:georgischer-traum", "Organization"),
    ("Die Nationale Sammlungspartei stellte in Helsinki den Ministerpräsidenten.", "org:nationale-sammlungspartei",
     "Organization"),
    ("Die Schweizerische Volkspartei gewann die Wahl in der Schweiz.", "org:svp", "Organization"),
    ("Die Gewerkschaft GDL rief am Dienstag zu einem neuen Streik bei der Bahn auf.", "org:gdl", "Organization"),
    ("Nach Angaben des Robert-Koch-Instituts stieg die Zahl der Fälle in Berlin.", "org:rki", "Organization"),
    ("Die Welt-Anti-Doping-Agentur sperrte den Athleten für vier Jahre.", "org:wada", "Organization"),
    ("Der Vermögensverwalter Blackrock kaufte weitere Anteile.", "org:blackrock", "Organization"),
    ("Die Organisation Sea-Watch rettete vor Libyen 60 Menschen aus dem Mittelmeer.", "org:sea-watch",
     "Organization"),
    ("Die Friedrich-Ebert-Stiftung legte am Montag eine neue Studie vor.", "org:fes", "Organization"),
    ("Das Bundesamt für Sicherheit in der Informationstechnik warnte vor der Lücke.", "org:bsi", "Organization"),
    ("Die Zeitung Jyllands-Posten veröffentlichte die Karikaturen im Jahr 2005.", "org:jyllands-posten", "Media"),
    ("Das Satiremagazin Charlie Hebdo wurde im Jänner 2015 in Paris angegriffen.", "org:charlie-hebdo", "Media"),
    ("Die Nachrichtenagentur PAP meldete am Abend neue Zahlen aus Warschau.", "org:pap", "Media"),
    ("Die Rote Armee Fraktion und die Rote Brigaden gehörten zu den bekanntesten Terrorgruppen.",
     "org:rote-brigaden", "ArmedGroup"),
    ("Die Polisario-Front fordert die Unabhängigkeit der Westsahara.", "org:polisario", "ArmedGroup"),
])
def test_well_known_organisations_are_found(nlp, text, key, category):
    found = actors(nlp, text)
    assert found.get(key) == category, found


@pytest.mark.parametrize("text, absent", [
    # a surname one letter longer than "Lehman" (Brothers) stays the person
    ("Der Torwart Jens Lehmann sagte am Sonntag, er sei zufrieden.", "org:lehman-brothers"),
    # the Land is no company named Bayer (stem "bayer"), the town of Thale no Thales
    ("In Bayern regnete es am Montag stark.", "org:bayer-ag"),
    ("Die Stadt Thale im Harz erwartet viele Touristen.", "org:thales"),
])
def test_words_like_new_names_stay_what_they_are(nlp, text, absent):
    assert absent not in actors(nlp, text)


@pytest.mark.parametrize("text", [
    "Die Politiken der Regierung stießen auf Kritik.",
    "Die Volksstimme war eindeutig: Die Wähler wollten einen Wechsel.",
])
def test_ordinary_nouns_are_no_outlets(nlp, text):
    assert not any(category == "Media" for category in actors(nlp, text).values())


def test_a_surname_is_no_newspaper(nlp):
    found = actors(nlp, "Der Stürmer Kayhan traf in Graz zweimal.")
    assert not any(category == "Media" for category in found.values()), found


def test_ambiguous_words_are_no_aliases():
    """Words left out on purpose: ordinary nouns or their stems ("Politik(en)", "Mission" ~ Missio,
    "Volksstimme", "Abendzeitung", "Städtebund"), surnames and painters ("Lehmann" ~ Lehman, Stadler,
    Kayhan, Bruegel, Oetker), towns and regions (Santander, Carrefour, Iberia, Styria, Zama ~ Zaman),
    stock indices (Nikkei, Dow Jones), acronyms of several bodies (HVB, IKG)."""
    forms = set()
    for line in ORGS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        forms.update([row["name"], *row["aliases"]])
    for word in ("Politiken", "Missio", "Volksstimme", "Abendzeitung", "Städtebund", "Lehman", "Stadler",
                 "Kayhan", "Bruegel", "Oetker", "Santander", "Carrefour", "Iberia", "Styria", "Zaman",
                 "Nikkei", "Dow Jones", "HVB", "IKG", "Freie Presse", "Liberaldemokraten", "Zara"):
        assert word not in forms, word


@pytest.mark.parametrize("text, wrong", [
    ("In Island bleibt Gunnlaugsson Vorsitzender der Fortschrittspartei.", "org:fortschrittspartei-norwegen"),
    ("In Moldau verließ die Liberaldemokratische Partei die Koalition.", "org:ldp-japan"),
])
def test_a_party_name_several_states_share_links_to_none_of_them(nlp, text, wrong):
    assert wrong not in actors(nlp, text)
