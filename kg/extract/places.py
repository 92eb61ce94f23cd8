"""Places found by their context: the stage of entity resolution that decides what is a place.

A name is a place when the words around it say so ("in Kiew", "der Ort Bachmut", "im Bezirk Baden"),
even when no gazetteer or NER label says it; a state named as a place ("in der Ukraine") is
recorded as used locatively. :class:`PlaceFinding` is mixed into
:class:`kg.extract.entities.EntityResolver`, whose gazetteer and name tests it uses.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from kg.extract.grammar import (
    DETERMINERS, LIST_JOINERS, clause_bounds, continues_list, is_adjective_like, is_common_noun, is_dictionary_noun,
    is_finite, is_finite_verb, marker_at, _noun_lemmas, marker_before, skip_adjectives, word_list,
)
from kg.extract.mentions import EntityIndex, _Candidate, particle_plus_lemma
from kg.extract.records import Actor, Place
from kg.extract.timex import MONTH_NAMES, WEEKDAY_NAMES
from kg.nlp.components import is_given_name, lemma_lookup_table
from kg.nlp.normalize import slug, stem

#: Prefixes of a region of a known place: "Ostukraine", "Nordsyrien", "Südwestdeutschland".
COMPASS_PREFIXES = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral")

#: Prepositions that make a state a place: "in Syrien", "nach Jordanien", "aus dem Irak".
LOCATIVE = frozenset({"in", "im", "nach", "aus", "bei", "beim", "durch", "zu", "nahe", "innerhalb", "außerhalb",
                      "über", "ins", "via"})

#: States on islands, which German puts after "auf": "in Lager auf Nauru", "auf Zypern", "auf den Philippinen".
ISLAND_STATES = frozenset({"country:" + c for c in (
    "AG", "BB", "BS", "CU", "CV", "CY", "DM", "FJ", "FO", "GD", "GL", "HT", "IS", "JM", "KI", "KM", "KN", "LC", "LK",
    "MG", "MH", "MT", "MU", "MV", "NR", "PH", "PR", "PW", "SB", "SC", "ST", "TL", "TO", "TT", "TV", "TW", "VC", "VU",
    "WS", "FM")})

#: Nouns that a state in apposition names as a destination, origin or kind of place: "Flüchtlinge mit
#: Zielland Österreich", "mit dem Ziel Deutschland", "im Pazifik-Inselstaat Nauru".
PLACE_APPOSITION_NOUNS = ("ziel", "zielland", "ziellandes", "zielländer", "zielländern", "zielstaat", "zielstaaten",
                          "herkunftsland", "herkunftslandes", "herkunftsländer", "herkunftsländern", "herkunftsstaat",
                          "herkunftsstaaten", "transitland", "transitlandes", "transitländer", "transitländern",
                          "inselstaat", "inselstaates", "inselstaats", "inselstaaten", "urlaubsland", "urlaubsländer",
                          "reiseland", "reiseziel", "drittstaat", "drittstaaten", "drittland", "drittländer",
                          "aufnahmeland", "aufnahmeländer", "aufnahmeländern", "zufluchtsland", "exil",
                          "heimat", "heimatland", "heimatlandes", "heimatländer", "heimatländern")

#: Nouns for people that "von der" + state after them tells where they come from: "ein Prediger
#: von der Elfenbeinküste", "Flüchtlinge von den Philippinen" (not "Unterstützung von der Türkei").
PERSON_NOUN_ENDINGS = ("prediger", "bürger", "arbeiter", "händler", "besucher", "kämpfer", "einwohner",
                       "ling", "linge", "lingen", "ten", "tin", "tinnen", "nten", "urist", "uristen", "erin",
                       "erinnen", "ger", "ler", "ner")

#: Words that open an example after a noun: "aus Staaten wie etwa Pakistan".
EXAMPLE_WORDS = frozenset({"etwa", "beispielsweise", "insbesondere", "vor", "allem", "zum", "beispiel"})

#: Words of direction right before a place that the grammar helpers take for no preposition:
#: "via Russland", "Gaslieferungen Richtung Ukraine".
DIRECTION_WORDS = frozenset({"via", "richtung"})  # not "von": "die von Russland unterstützten Truppen" is an agent
#: Endings of nouns for help, money or arms a capital's state is given ("Militärhilfepaket für Kiew").
HELP_GIVEN = ("hilfe", "hilfen", "hilfspaket", "hilfepaket", "hilfspakete", "hilfepakete", "zahlungen",
              "kredit", "kredite", "darlehen", "lieferung", "lieferungen", "unterstützung", "waffen", "spenden",
              "hilfsgelder", "finanzhilfe", "milliarden", "millionen", "geld", "gelder", "tranche", "zusagen")

#: A state as the subject of a verb starting so (the forms, because the lemmatizer misses some:
#: "liege") with one of the ranking words in its sentence is placed in a ranking: "liegt die
#: Türkei auf Platz 149".
RANKING_VERB_STARTS = ("lieg", "lag", "läg", "rangier", "beleg")
RANKING_WORDS = frozenset({"platz", "rang", "mittelfeld", "spitze", "schlusslicht", "rangliste", "ranking",
                           "schnitt", "durchschnitt", "eu-schnitt", "eu-durchschnitt"})

#: Nouns whose genitive is a place: "im Westteil des Iraks", "an der Grenze Syriens".
PLACE_PARTS = ("teil", "norden", "süden", "osten", "westen", "grenze", "hauptstadt", "provinz", "region",
               "gebiet", "gebiete", "küste", "zentrum", "landes", "regionen", "städte", "stadt", "grenzen",
               "territorium", "gebieten", "städten", "provinzen")


#: Nouns ending in "teil" that name no part of a place, whose genitive is a party: "die Vorteile
#: Chinas", "die Anteile Russlands", "im Gegenteil Frankreichs".
NOT_PLACE_PARTS = ("vorteil", "nachteil", "anteil", "urteil", "gegenteil", "bestandteil")


def without_compass_prefix(word: str) -> str:
    """A name without the compass point it opens with, capitalised ("Ostukraine": "Ukraine"), or
    the word itself when none does or too little is left ("Nordens")."""
    lower = word.lower()
    prefix = next((p for p in COMPASS_PREFIXES if lower.startswith(p) and len(lower) > len(p) + 2), "")
    return word[len(prefix):].capitalize() if prefix else word


def names_a_place_part(word: str) -> bool:
    """Whether a lowercase noun names a part of a place, also in the plural: "im Westteil",
    "in weiten Teilen", "an den Grenzen", "in den Landesteilen" (not "die Vorteile")."""
    singular = word.removesuffix("n").removesuffix("e")
    return any(form.endswith(PLACE_PARTS) and not form.endswith(NOT_PLACE_PARTS) for form in (word, singular))


#: Endings of nouns for an action, whose doer "durch" names: "die Annexion der Krim durch Russland".
ACTION_NOUN_ENDINGS = ("ung", "ion", "nahme", "nahmen", "ungen", "ionen")

#: Words before a state that another one stands in for: "in Kolumbien (statt Venezuela)".
INSTEAD_WORDS = frozenset({"statt", "anstatt", "anstelle"})

#: Verbs whose object is a place, not a state acting: "besuchte Wien".
#: Capitals that stand for an organisation seated there, not for their state: "Brüssel und Moskau
#: haben sich geeinigt" is the EU, not Belgium.
SEATS_OF_ORGANISATIONS = {"Brüssel": "org:eu"}

#: Organisations that are also a territory, judged like a state: "die EU fordert" acts, "die
#: Rückgeschobenen aus der EU" names a place.
TERRITORIAL_UNIONS = frozenset({"org:eu"})

#: Nouns of what a government sends or says, which come "aus" its capital: "Gelder aus Brüssel",
#: "Aus Washington kommen Solidaritätsadressen", "nach Angaben aus Khartum".
SEAT_MESSAGES = ("gelder", "mittel", "weisungen", "weisung", "signale", "signal", "kritik", "angaben", "adressen",
                 "töne", "reaktionen", "reaktion", "warnungen", "warnung", "drohungen", "forderungen", "zusagen",
                 "vorwürfe", "dementi", "stellungnahme", "erklärung")

#: Nouns of plans and solutions, after which "für" names what they are about: "eine Friedenslösung für Syrien".
TOPIC_NOUNS = ("lösung", "strategie", "plan", "konzept", "perspektive", "zukunft", "fahrplan", "prognose")

#: Nouns of relations, after which "zu" names a party, not a place: "die Beziehungen zu den USA".
RELATION_NOUNS = ("beziehung", "beziehungen", "verhältnis", "verhältnisses", "kontakte", "kontakten", "verbindungen",
                  "annäherung", "distanz", "haltung", "vertrauen", "partnerschaft")

#: Nouns of a way or border between two places, before "zwischen": "die Strecke zwischen Wien und Budapest".
ROUTE_WORDS = ("grenze", "grenzen", "strecke", "route", "weg", "wege", "verbindung", "flug", "flüge", "flügen",
               "zug", "züge", "zügen", "straße", "autobahn", "korridor", "bahnlinie", "pendeln", "entfernung",
               "fahrt", "reise", "luftlinie")


#: Endings of superlatives: "der größten", "die reichste", "der erste".
SUPERLATIVE_ENDINGS = ("ste", "sten", "ster", "stes", "ßte", "ßten", "ßter", "ßtes")

#: Endings of nouns for the people of a land, whose genitive is where they live: "den Menschen Russlands".
POPULATION_NOUN_ENDINGS = ("menschen", "bürger", "bürgern", "bürgerinnen", "bevölkerung", "einwohner", "einwohnern",
                           "einwohnerzahl", "bewohner", "bewohnern", "volk", "volkes")

#: Forms of "sein" and "bleiben" that say what a state is: "Pakistan ist das einzige Land, ...".
COPULA_FORMS = frozenset({"ist", "sind", "sei", "seien", "war", "waren", "wäre", "wären", "bleibt", "bleiben",
                          "blieb", "blieben"})

#: Endings of nouns that, said of a state by a copula, describe it as a country, rank it in a
#: statistic or make it a stop of a journey rather than have it act: "ein reiches Land", "ein
#: Transitland", "Überstundenweltmeister", "die Stationen der Reise".
DESCRIBING_NOUN_ENDINGS = ("land", "länder", "staat", "staaten", "weltmeister", "europameister", "spitzenreiter",
                           "schlusslicht", "station", "stationen", "etappe", "etappen",
                           # a capital described as a town: "Kairo ist eine der größten Städte"
                           "stadt", "städte", "metropole", "metropolen")

#: Starts of such nouns that make the state a party after all: "Geberland", "Partnerstaat", "Mitgliedsland".
PARTY_NOUN_STARTS = ("geber", "partner", "mitglied", "vertrag", "unterzeichner", "bündnis", "verbündet")

#: Starts of the verbs that extend something to a land: "auf Ungarn ausgedehnt", "auf Syrien auszuweiten".
EXTENDING_STARTS = ("ausgedehnt", "ausgeweitet", "auszudehnen", "auszuweiten", "ausdehn", "ausweit")

#: Starts of words for measures against a state, which make it a party when extended to it.
SANCTION_STARTS = ("sanktion", "embargo", "strafzöll", "einreiseverbot", "boykott")

#: Words that say a state is hit by something rather than acting: "ist auch Brasilien von der
#: Epidemie betroffen".
AFFECTED_WORDS = frozenset({"betroffen"})

VISITING_VERBS = frozenset({"besuchen", "erreichen", "verlassen", "bereisen", "anfliegen", "ansteuern"})

#: Verbs whose object is a town as a place, not its administration: "die Stadt Azaz einnehmen".
CAPTURING_VERBS = frozenset({"einnehmen", "erobern", "angreifen", "bombardieren", "belagern", "beschießen",
                             "zurückerobern", "umzingeln", "einkesseln", "stürmen", "evakuieren", "räumen",
                             "überfallen", "überrennen"})

#: Stems of those verbs in their inflected forms, for where the lemmatizer fails ("bombardierten").
CAPTURING_STEMS = ("erober", "bombardier", "belager", "beschieß", "beschoss", "angegriff", "umzingel",
                   "eingekessel", "stürmt", "evakuier", "eingenommen", "überfiel", "überfall", "überrannt")

#: First parts of compounds that measure an amount: "Milliardenhöhe", "Rekordniveau".
AMOUNT_PREFIXES = ("millionen", "milliarden", "tausend", "hundert", "rekord")
#: News agencies written with a capital only at the start, in a dateline's bracket: "Kairo (Reuters) – ".
NEWS_AGENCIES = frozenset({"Reuters", "Xinhua", "Kyodo", "Interfax", "Anadolu", "Bloomberg", "Yonhap", "Tass",
                           "Itar-Tass", "Belga", "Efe", "Ansa", "Keystone"})
#: What follows the place name of a dateline: "Wien – ", "Kiew/Moskau – ".
DATELINE_DASHES = frozenset({"–", "—", "-", "/"})

#: Prepositions of place besides LOCATIVE: "am Land Salzburg" is no administration acting.
PLACE_PREPOSITIONS = frozenset({"am", "vor", "um", "hinter", "an", "ans", "zur", "zum", "nördlich", "südlich",
                                "östlich", "westlich"})

#: Words for the administration of a town or region (or its church), before its name: "die Stadt
#: Wien", "die Erzdiözese Wien".
LOCAL_GOVERNMENTS = frozenset({"stadt", "gemeinde", "marktgemeinde", "stadtgemeinde", "land", "bundesland",
                               "kanton", "landkreis", "stadtverwaltung", "landesregierung", "magistrat",
                               "stadtregierung", "gemeindeverwaltung", "bezirkshauptmannschaft",
                               "diözese", "erzdiözese", "pfarre", "pfarrgemeinde"})

#: Words for a kind of place, before a name that is then a place's, whatever the NER says:
#: "die Ortschaft Tal Rifaat", "die Häfen Piräus und Kavala", "die Städte Adschdabiya und Misrata".
PLACE_KIND_WORDS = frozenset({"ort", "ortes", "orte", "orten", "ortschaft", "region", "metropole", "insel", "inseln",
                              "provinz", "distrikt", "bezirk", "stadtteil", "vorort", "viertel", "siedlung",
                              "ortsteil", "ortsteils", "orts", "standorten", "gemeindegebiet", "landkreis",
                              "landkreises", "kreis", "kreises"})

#: Words for a town or a municipality, which the NER may take into the town's name: "Großgemeinde Lukeqin".
TOWN_KIND_WORDS = frozenset({"stadt", "kleinstadt", "hafenstadt", "gemeinde", "großgemeinde", "marktgemeinde",
                             "dorf", "kommune"})

#: Words for a state's administrative divisions: the name after one is a place's, though the NER
#: takes it for a person ("im US-Bundesstaat Guerrero", "im Département Seine-Saint-Denis").
STATE_DIVISIONS = frozenset({"bundesstaat", "bundesstaates", "bundesstaats", "département", "départements",
                             "departement", "departements", "präfektur", "woiwodschaft", "komitat", "gouvernement", "grafschaft",
                             "gouvernements", "oblast", "provinz", "distrikt", "distrikts", "bezirk", "bezirks"})

#: A town by who holds it: "die Rebellenhochburg Duma", "nahe Jihadistenhochburg Raqqa".
STRONGHOLD_WORDS = ("hochburg", "hochburgen")

PLACE_KIND_ENDINGS = ("stadt", "städte", "städten", "städtchen", "dorf", "dörfer", "dörfern", "hafen", "häfen",
                      "hafenstadt", "gemeinde", "gemeinden", "provinz", "insel", "inseln", *STRONGHOLD_WORDS)

#: Prepositions after which a name with no article is a place's: "in Althofen", "nach Łask".
BARE_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus"})

#: Prepositions with an article, after which a name no noun is a region's: "im Latium", "in der Lombardei".
ARTICLE_PLACE_PREPOSITIONS = frozenset({"im", "in der", "in den"})

UNLABELLED_WEAK_CONTEXTS = ("bare", "article")

#: Contexts that make a one-word name the NER labels a place its place whatever it sounds like.
STRONG_PLACE_CONTEXTS = ("kind", "bare", "dateline", "joined", "range", "compass")

#: A direction from a place: "östlich", "west-südwestlich", "nordöstlich" (of "... von Acapulco").
_COMPASS_ADVERB = re.compile(r"(?:(?:nord|süd|ost|west)-?)*(?:nörd|süd|öst|west)lich")

#: Endings of abstract nouns, which come without an article after "in" ("in Untersuchungshaft"): no places.
ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "haft", "ion", "tät", "ismus", "arbeit", "nahme", "weise")

#: Endings of nouns for what a state wants, fears or does, for its partners and for its own bodies,
#: whose superlative makes no ranking of things in the state: "die größte Sorge Russlands", "der
#: engste Verbündete Saudi-Arabiens", "die modernste Armee Israels".
STANCE_NOUN_ENDINGS = (*ABSTRACT_ENDINGS, "ungen", "ionen", "heiten", "keiten", "sorge", "sorgen", "ziel", "ziele",
                       "interesse", "interessen", "anliegen", "partner", "partnern", "verbündete", "verbündeten",
                       "verbündeter", "gegner", "gegnern", "feind", "feinde", "feinden", "waffe", "waffen", "problem",
                       "probleme", "wunsch", "angst", "ängste", "priorität", "prioritäten", "erfolg", "erfolge",
                       "niederlage", "fehler", "schritt", "schritte", "beitrag", "angebot", "hilfe", "armee",
                       "streitkräfte", "militär", "luftwaffe", "marine", "geheimdienst", "behörde", "behörden", "vertreter",
                       "diplomat", "diplomaten")

#: Kinds of role whose holders act for their state: a superlative among them ranks no one in the state.
STATE_ROLE_CATEGORIES = frozenset({"government", "diplomacy", "spokesperson", "military"})

#: Heads that make a hyphenated compound of a name a region: "Omo-Region", "Irrawaddy-Delta".
REGION_HEADS = ("-region", "-gebiet", "-delta", "-tal", "-becken")

#: Nouns for a part or a town of a state named in the genitive before them: "Australiens Ostküste".
PARTS_OF_A_STATE = (*PLACE_PARTS, *PLACE_KIND_ENDINGS, "küste")

#: Words for a district before the name of its town: "Bezirk Mödling", "Landkreis Oder-Spree".
DISTRICT_WORDS = {"Bezirk": "Bezirk", "Bezirks": "Bezirk", "Bezirkes": "Bezirk", "Landkreis": "Landkreis",
                  "Landkreises": "Landkreis", "Kreis": "Kreis", "Kreises": "Kreis"}

#: Districts whose official name includes the word for their kind: "Landkreis Oder-Spree".
NAMED_WITH_THEIR_KIND = frozenset({"Landkreis"})

#: Words for a state's government that stand for the state: "die Regierung", "das Regime", "die
#: Behörden" (entities.GOVERNMENT_WORDS and entities.CABINET_WORDS are derived from it).
GOVERNMENT_BODIES = frozenset({"regierung", "führung", "staatsführung", "administration", "behörden", "regime",
                               "kabinett"})

#: A state's government named by where it sits, before "in" and the town: "die Regierung in
#: Kinshasa", "die Führung in Tiraspol" (the guidelines' metonym). Not a ministry or a court ("das
#: Außenministerium in Wien", "ein Gericht in Virginia"), nor authorities, which are local as often
#: as not ("die Behörden in Lampedusa"): readers take their town for a place.
SEATED_GOVERNMENTS = (GOVERNMENT_BODIES - {"behörden"}) | {"bundesregierung"}

#: Verbs by which a capital, as their subject, is the town where it lies, not its government
#: ("Wien liegt an der Donau", "Berlin grenzt an Brandenburg"; but "Berlin bietet Hilfe an").
LOCATING_VERBS = frozenset({"liegen", "grenzen"})

#: Verbs by which a Land of Austria or Germany, as their subject, acts as its government does
#: ("Vorarlberg erfüllt seine Aufnahmequote", "Bayern fordert eine Obergrenze"), beside the
#: verbs of speaking and of giving help (not "Tirol braucht Schnee", "Sachsen stöhnt unter der Hitze").
GOVERNING_VERBS = frozenset({"fordern", "verlangen", "beschließen", "ablehnen", "erfüllen", "klagen", "planen",
                             "prüfen", "zahlen", "finanzieren", "investieren", "aufnehmen", "übernehmen",
                             "unterbringen", "einführen", "verschärfen", "lockern", "verbieten", "erlauben",
                             "genehmigen", "stoppen", "aussetzen", "weigern", "drohen", "setzen"})

#: Cues of help on its way, whose "nach" names the town or region it goes to ("Mittel sollen nach
#: South Carolina fließen"); aid.py reads them too.
FLOWING = frozenset({"fließen", "gehen an"})

#: Cues of people finding shelter, whose host may be a town by the house it runs ("fanden Aufnahme im
#: Lustenauer Sozialzentrum"); aid.py reads them too.
SHELTER_FOUND = frozenset({"Aufnahme finden"})

#: Houses a town runs, which its adjective names as their host: "im Lustenauer Sozialzentrum".
TOWN_HOUSES = ("sozialzentrum", "gemeindeamt", "gemeindezentrum", "gemeindehaus", "rathaus", "stadthalle",
               "gemeindesaal", "bürgerhaus", "jugendzentrum")

#: endings of nouns for disasters whose place names the state in need ("nach dem Erdbeben im Westen
#: Afghanistans", "die Waldbrände nördlich von Athen")
DISASTERS = ("erdbeben", "seebeben", "zyklon", "zyklons", "wirbelsturm", "wirbelsturms", "hurrikan", "hurrikans",
             "taifun", "taifuns", "tsunami", "sturzflut", "sturzfluten", "flutkatastrophe", "überschwemmung",
             "überschwemmungen", "hochwasser", "hochwassers", "waldbrände", "waldbränden", "waldbrand",
             "waldbrands", "dürre", "hungersnot", "erdrutsch", "erdrutsche", "erdrutschen", "vulkanausbruch",
             "vulkanausbruchs")
#: words that end a disaster's noun, for a subject that strikes ("Ein Beben", "Der Sturm")
DISASTER_ENDINGS = (*DISASTERS, "beben", "sturm", "unwetter")

#: Kinds of kg's cues whose verb, with a Land as its subject, has the Land act: it speaks, or gives,
#: or rules out help.
_GOVERNING_CUE_KINDS = frozenset({"speech_verb", "aid_offer", "aid_exclude"})

#: Verbs by which a disaster strikes a land ("Ein Erdbeben hat Großbritannien erschüttert").
#: (the beginnings of their forms: the lemmatizer leaves many participles as they are)
STRIKING_VERBS = ("treff", "trifft", "traf", "getroffen", "erschütter", "heimgesucht", "sucht", "suchte", "verwüst",
                  "erfass", "überschwemm", "überflut", "zerstör")

#: Months, which statistical NER sometimes takes for places ("zwischen Jänner und März").
MONTHS = frozenset(MONTH_NAMES)

#: Adverbs of time, which statistical NER takes for a surname at the start of a sentence ("Heuer
#: sollen ..."); a full name ("Hans Heuer") is still one.
TIME_ADVERBS = frozenset({"Heuer", "Heute", "Gestern", "Vorgestern", "Morgen", "Übermorgen", "Damals", "Bisher",
                          "Bislang", "Zuletzt", "Derzeit", "Jüngst", "Neuerdings"})

#: Diseases, which statistical NER sometimes takes for places ("Cholera", "Typhus").
DISEASES = frozenset({"Cholera", "Typhus", "Malaria", "Ebola", "Dengue", "Dengue-Fieber", "Masern", "Pest",
                      "Tuberkulose", "Zika", "Polio", "Grippe", "Corona"})

#: English ordinals, which name districts ("Lower Ninth", "Third Ward") but no person.
ENGLISH_ORDINALS = frozenset({"Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                              "Eleventh", "Twelfth"})

#: Offices of a town or region, whose holder's "von" names it: "Gouverneur von Virginia" (as
#: endings: "Erzbischof", "Oberbürgermeister").
LOCAL_OFFICES = ("gouverneur", "bürgermeister", "bischof", "landrat", "präfekt")

#: Prepositions after which an unknown name the NER took for a place is one: "auf Elba", "bei Röszke",
#: "nahe Accumoli", "rund um Weiz", "oberhalb Weiz", "Richtung Hegyeshalom". ("bei" goes with firms too,
#: "bei Tchibo", but the NER took the name for a place.)
PLACING_PREPOSITIONS = frozenset({"auf", "bei", "beim", "nahe", "unweit", "um", "oberhalb", "unterhalb",
                                  *DIRECTION_WORDS})

#: Events at a place and its people, whose "von" names it: "die Schlacht von Ilowajsk", "nach dem
#: Erdbeben von Amatrice", "unter den Trümmern von Amatrice", "die Bewohner von Zwettl".
EVENTS_AT_A_PLACE = ("schlacht", "massaker", "niederlage", "belagerung", "einnahme", "eroberung", "befreiung",
                     "räumung", "trümmer", "anschlag", "anschläge", "angriff", "angriffe", "katastrophe",
                     *DISASTER_ENDINGS)
PEOPLE_OF_A_PLACE = ("bewohner", "einwohner", "bürger", "bürgerinnen", "mädchen", "kinder", "menschen")

#: Nouns (as endings) whose "von" names a place: its kind, part, office, events and people ("die
#: Provinzhauptstadt von Abyan", "in der Nähe von Lübbenau", "Gouverneur von Virginia").
NOUNS_OF_A_PLACE = (*PLACE_KIND_ENDINGS, *PLACE_PARTS, *PLACE_KIND_WORDS, *LOCAL_OFFICES, "bereich", "umgebung",
                    "nähe", "oase", *EVENTS_AT_A_PLACE, *PEOPLE_OF_A_PLACE)

#: A match's result ("2:1", "die 0:3-Niederlage"), not a time of day ("um 16:30 Uhr", "6:54:45 Stunden").
MATCH_RESULT = re.compile(r"(?<![\d:.,])\d{1,2}:\d{1,2}(?![\d:])(?!\s*Uhr)")

#: The year of its founding that a club carries after its town: "Mainz 05", "Hannover 96", "TSV 1860".
CLUB_YEAR = re.compile(r"\d\d|1[89]\d\d")

#: Prepositions of the ground a match is played on: "Rapid gewann in Altach 2:1".
GROUND_PREPOSITIONS = BARE_PLACE_PREPOSITIONS | {"im", "bei", "beim"}

#: Endings of nouns for a match, whose "gegen" names the opponent: "Sieg gegen", "Heimspiel gegen".
MATCH_NOUNS = ("sieg", "spiel", "niederlage", "partie", "remis", "unentschieden", "duell", "finale", "match",
               "derby", "punktgewinn")

#: Verbs of playing a match, whose "gegen" names the opponent: "verlor gegen Altach".
PLAYING_VERBS = frozenset({"gewinnen", "verlieren", "siegen", "unterliegen", "spielen", "treffen", "remisieren"})

#: Words before two numbers with a colon that make them a ratio, no result: "im Verhältnis 1:1".
RATIO_WORDS = ("verhältnis", "maßstab", "mehrheit")

#: Dashes that pair two teams in a fixture: "Hannover 96 – Mainz 05 2:2".
FIXTURE_DASHES = DATELINE_DASHES - {"/"}

#: What ends a headline before a dateline: "... einiges". Madrid – ".
HEADLINE_ENDS = frozenset({".", "!", "?", '"', "“", "”", "«", "»"})

#: Definite articles a plural takes: "die Amerikaner", "den Russen", "der Briten".
DEFINITE_PLURAL_ARTICLES = frozenset({"die", "den", "der"})


class PlaceFinding:
    """Finds places by context. Needs ``self.gazetteer`` and the resolver's name tests."""

    def _compass_regions(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "in Süditalien", "Nordsyrien", "in der Südsteiermark": a compass point and a known state
        or region is a place, even where the statistical NER saw no name."""
        taken = {i for cand in found for i in range(cand.start, cand.end)}
        regions = []
        for token in doc:
            base = without_compass_prefix(token.text)
            if token.i in taken or not token.is_alpha or not token.text[:1].isupper() or base == token.text:
                continue
            state = self.gazetteer.lookup([base])
            region = state is not None and (state.startswith("country:")
                                            or self.gazetteer.entries[state].place_kind == "region")
            if region and self.gazetteer.lookup([token.text]) is None:
                regions.append(_Candidate(token.i, token.i + 1, "Place", None, "name", 2))  # not a town: "Ostende"
        return regions

    def _place_context(self, doc: Doc, start: int, end: int, place_words: set[int]) -> str | None:
        """What makes the name at ``start:end`` a place's, whatever the statistical NER saw: a word
        for a kind of place before it ("das Bergdorf Raggal", "im Ortsteil Sondernohe"), "in",
        "nach" or "aus" with no article ("in Althofen"), "im" or "in der" ("im Latium"), a dateline
        ("Lustenau/Raggal – "), "von ... bis" ("von Gmunden bis Amstetten") or "und", "oder" or a comma
        joining it to a place ("Flachslanden und Obernzenn", "Cherbourg, Dieppe oder Dünkirchen").
        ``None`` where nothing does."""
        before = doc[start - 1] if start > 0 else None
        kind_before_von = doc[start - 2] if before is not None and before.lower_ == "von" and start > 1 else None
        if kind_before_von is not None and kind_before_von.text[:1].isupper() \
                and kind_before_von.lower_ in PLACE_KIND_WORDS:
            return "kind"  # "im Gemeindegebiet von Hopfgarten"
        if before is not None and before.text[:1].isupper() and (
                before.lower_ in PLACE_KIND_WORDS or before.lower_.endswith(PLACE_KIND_ENDINGS)):
            return "kind"
        if before is not None and before.lower_ in BARE_PLACE_PREPOSITIONS:
            return "bare"
        if kind_before_von is not None and _COMPASS_ADVERB.fullmatch(kind_before_von.lower_):
            return "compass"  # "185 Kilometer östlich von Acapulco", "südwestlich von Kimbe"
        # "von Gmunden bis Amstetten": the ends of a stretch of land
        if before is not None and (
                before.lower_ == "von" and end < len(doc) and doc[end].lower_ == "bis"
                or before.lower_ == "bis" and any(doc[k].lower_ == "von" for k in range(max(0, start - 5), start - 1))):
            return "range"
        two_before = f"{doc[start - 2].lower_} {before.lower_}" if start > 1 else ""
        if before is not None and (before.lower_ in ARTICLE_PLACE_PREPOSITIONS or two_before in ARTICLE_PLACE_PREPOSITIONS):
            return "article"
        if start < 40 and in_dateline(doc, start, end):
            return "dateline"
        def place_at(i: int) -> bool:  # "zwischen Zorn und Zuversicht": no town Zorn
            return i in place_words and not is_dictionary_noun(doc[i].text)

        joined = (before is not None and before.lower_ in ("und", "oder", ",") and place_at(start - 2)) \
            or (end + 1 < len(doc) and doc[end].lower_ in ("und", "oder", ",") and place_at(end + 1))
        return "joined" if joined else None

    def _unlabelled_places(self, doc: Doc, found: list[_Candidate], place_words: set[int]) -> list[_Candidate]:
        """Towns and regions no component found, by their context (see ``_place_context``): "in
        Althofen", "das nordsyrische Städtchen Amude", "Weitra/Wien – ", "die Omo-Region". A word
        that is an ordinary noun is none ("in Zelten"), nor a compound noun after a bare
        preposition unless it is in its base form ("in Notquartieren", but "in Mittelfranken")."""
        taken = {i for cand in found for i in range(cand.start, cand.end)}
        # places by their context too: "den Städten Al-Fu'ah und Kafriya", the first a person to the NER
        place_words |= {i for cand in found if cand.category == "Place" for i in range(cand.start, cand.end)}
        places: list[_Candidate] = []
        changed = True
        while changed:  # "in den Orten Flachslanden und Obernzenn": a place joins the next
            changed = False
            for token in doc:
                word = token.text
                if token.i in taken or not word[:1].isupper() or len(word) < 4 or token.is_upper:
                    continue
                region = word.lower().endswith(REGION_HEADS) and word.count("-") == 1 \
                    and word[:1].isupper() and not is_common_noun(word.partition("-")[0]) \
                    or self._named_district(word) or self._district_of_towns(doc, token)
                if not region and (not word.isalpha() or is_dictionary_noun(word) or word in MONTHS | TIME_ADVERBS | DISEASES
                                   or is_given_name(word, self.gazetteer.given_names)
                                   or self.gazetteer.lookup([word]) is not None
                                   or token.pos_ in ("VERB", "AUX", "ADJ", "ADV", "PRON", "DET")):
                    continue
                if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].is_alpha \
                        and not doc[token.i + 1].is_sent_start:
                    continue  # "in Spital am Semmering" aside, a longer name is the NER's to find
                context = "kind" if region else self._place_context(doc, token.i, token.i + 1, place_words)
                if context is None or token.is_sent_start and context != "dateline" \
                        or context in UNLABELLED_WEAK_CONTEXTS:
                    continue
                if context == "range" and word.startswith(WEEKDAY_NAMES):  # days also begin times of day
                    continue  # "von Montagfrüh bis ...": a time
                if is_common_noun(word) and not region:
                    if context in ("article", "joined", "range"):
                        continue
                    if context == "bare" and not named_like_a_town(word):
                        continue
                elif context == "article" and word.lower().endswith(ABSTRACT_ENDINGS):
                    continue
                places.append(_Candidate(token.i, token.i + 1, "Place", None, "name", 2))
                taken.add(token.i)
                place_words.add(token.i)
                changed = True
        return places

    @staticmethod
    def _district_of_towns(doc: Doc, token: Token) -> bool:
        """ "Landkreis Straubing-Bogen", "Kreis Siegen-Wittgenstein": a district named by towns
        joined with a hyphen, whatever the last part means ("Bogen")."""
        parts = token.text.split("-")
        return token.i > 0 and doc[token.i - 1].text in DISTRICT_WORDS and len(parts) > 1 \
            and all(part[:1].isupper() and part.isalpha() for part in parts) and not is_common_noun(parts[0])

    @staticmethod
    def _named_district(word: str) -> bool:
        """ "Hohenlohekreis", "Rhein-Sieg-Kreis": a district named with "-kreis" after a name, not
        after a noun ("Wahlkreis", "Freundeskreis")."""
        lower = word.lower()
        if not lower.endswith("kreis") or len(word) <= len("kreis") + 3:
            return False
        name = word[:-len("kreis")].rstrip("-")
        if "-" in name:  # "Rhein-Sieg-Kreis", "Main-Taunus-Kreis": named after rivers and landscapes
            return all(part[:1].isupper() and (is_river(part) or not is_common_noun(part)) for part in name.split("-"))
        return name[:1].isupper() and not is_common_noun(name) and not is_common_noun(name.rstrip("s"))

    def _local_governments(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "Die Stadt Wien spendet", "vom Land Salzburg", "die Gemeinde Traiskirchen": a town or
        region named with the word for its administration acts as that administration, an
        organisation of its own. Not so "in der Stadt Wien", "die syrische Stadt Azaz" or "in der
        Nähe der Stadt Constanța": places. The place keeps its mention either way (see
        ``resolve``, kind "administration")."""
        governments = []
        place_starts = {cand.start for cand in found if cand.category == "Place"}
        for cand in found:
            word = doc[cand.start - 1] if cand.start > 0 else None
            if cand.category != "Place" or word is None or word.lower_ not in LOCAL_GOVERNMENTS \
                    or not word.text[:1].isupper() or (cand.key or "").startswith("country:"):
                continue
            sentence_start = doc[cand.start].sent.start if doc.has_annotation("SENT_START") else 0
            marker = marker_at(doc, word.i, sentence_start)
            described = is_adjective_like(doc[word.i - 1]) if word.i > sentence_start else False
            # "in der Nähe der Stadt", "nahe der Stadt Thessaloniki", "außerhalb der Stadt"
            part_of = marker is not None and marker > sentence_start and (
                doc[marker - 1].lower_.endswith(PLACE_PARTS + ("nähe", "umgebung", "rand"))
                or doc[marker - 1].lower_ in LOCATIVE | PLACE_PREPOSITIONS)
            # "Angriffe auf die Stadt Azaz", "sollten Kämpfer die Stadt Azaz einnehmen": a town attacked or taken
            target = marker is not None and doc[marker].lower_ == "auf" or \
                word.dep_ == "obj" and _taken_or_visited(word.head)
            # "Sankt Englmar (Landkreis Straubing-Bogen)": where a town lies, said in brackets
            located = word.i > 0 and doc[word.i - 1].text == "("
            # "der Grenzübergang von der Stadt Salzburg ins bayerische Freilassing": a route's end, when
            # a place follows (not "die Förderung vom Land Salzburg bis Ende 2025", "nach langem Streit")
            route = marker is not None and doc[marker].lower_ in ("von", "vom") \
                and any(doc[k].lower_ in ("nach", "ins", "bis") and skip_adjectives(doc, k + 1, len(doc)) in place_starts
                        for k in range(cand.end, min(len(doc), cand.end + 2)))
            if described or part_of or target or located or route \
                    or (marker is not None and doc[marker].lower_ in LOCATIVE | PLACE_PREPOSITIONS):
                continue
            governments.append(_Candidate(cand.start - 1, cand.end, "Organization", None, "administration", 0))
        return governments

    def _placed(self, doc: Doc, span: Span, place_words: set[int]) -> bool:
        """Whether a name the statistical NER took for a person or organisation is a place by its
        context: after a word for a kind of place ("die Ortschaft Tal Rifaat", "die Häfen Piräus"),
        after a state's administrative division ("im Bundesstaat Guerrero"), right after "in" or "nach"
        with no article ("in Slavonski Brod"), or joined by "und" to a
        place ("zwischen Gartz und Friedrichsthal"), or English words for a part of a town ("Lower
        Ninth"). Not a known person's name ("in Merkels Sicht")."""
        start, end = span.start, span.end
        if len(span) > 1 and span[0].text in ("Lower", "Upper") or any(t.text in ENGLISH_ORDINALS for t in span):
            return True  # "Lower Ninth", "Upper East Side", "Third Ward": English names of districts
        if start > 0 and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].lower_.rsplit("-", 1)[-1] in STATE_DIVISIONS:
            return True  # "im US-Bundesstaat Guerrero", "im Département Seine-Saint-Denis": whatever it sounds like
        if is_given_name(span[0].text, self.gazetteer.given_names) or (end < len(doc) and doc[end].text[:1].isupper()
                                                             and doc[end].is_alpha):
            return False
        before = doc[start - 1] if start > 0 else None
        if before is None:
            return False
        kind_of_place = before.text[:1].isupper() and (before.lower_ in PLACE_KIND_WORDS
                                                       or before.lower_.endswith(PLACE_KIND_ENDINGS))
        after_preposition = before.lower_ in ("in", "nach")
        joined = not place_words & set(range(start, end)) and (  # not "der TU Wien und Graz"
            (before.lower_ in ("und", "oder") and start - 2 in place_words)
            or (end + 1 < len(doc) and doc[end].lower_ in ("und", "oder") and end + 1 in place_words))
        return kind_of_place or after_preposition or joined

    def _locative_countries(self, doc: Doc, index: EntityIndex) -> None:
        """Which states the article uses as places ("in Syrien", "im Westteil des Iraks"), as
        opposed to states that only act ("Syrien kritisierte ...")."""
        for start, _end, key, kind in index.spans:
            if key.startswith("country:") and kind in ("name", "demonym") \
                    and self._attribute_of_role(doc, start, _end, self._names_of(key)):
                index.attributive.add(start)  # "Österreichs Außenminister", "Deutscher Finanzminister"
            elif key.startswith("country:") and kind == "name" and self._topic_of_noun(doc, start):
                index.attributive.add(start)  # "eine Friedenslösung für Syrien": what a plan is about
            elif key.startswith("country:") and self._market_figure(doc, start, _end):
                index.attributive.add(start)  # "FTSE/London -0,84 Prozent": an exchange's figure
            elif key.startswith("country:") and self._owner_of_organ(doc, index, start, key):
                index.attributive.add(start)  # "das Auswärtige Amt der Bundesrepublik" acts, for its state
            elif key.startswith("country:") and self._in_brackets_after_name(doc, index, start, _end) \
                    and (index.key_at(start - 2) or "").startswith("person:"):
                index.attributive.add(start)  # "Bromell (USA)": a person's country, like an adjective
        place_ends = set()  # where a state used as a place ends
        body_start = index.body_start
        for start, _end, key, kind in sorted(index.spans):
            if not (key.startswith("country:") or key in TERRITORIAL_UNIONS) or kind not in ("name", "alias") \
                    or start in index.attributive:
                continue
            if kind == "alias" and doc[start].lower_ in GOVERNMENT_BODIES \
                    and self._used_as_place(doc, start, _end, key):
                continue  # "in der Regierung sitzen", "bei der Regierung": a body, no place (nor acting there)
            # "Togliatti (Russland)", "St. Gallen (Schweiz)": the state a place lies in
            in_brackets = self._in_brackets_after_name(doc, index, start, _end)
            if self._used_as_place(doc, start, _end, key) or self._joined_to_place(doc, start, place_ends) \
                    or in_brackets:
                if start < body_start:
                    continue  # "Kämpfe in Nordsyrien" over the story: the headline sums up, the text names the places
                index.locative.add(key)
                place_ends.add(_end)
                if start > 0 and doc[start - 1].lower_.endswith(("partner", "partners", "verbündeten", "verbündeter")):
                    index.acting.add(key)  # "ins Exil beim Bündnispartner Saudi-Arabien": a place and a party
            else:
                index.acting.add(key)
        for start, _end, key, kind in index.spans:
            # "die Amerikaner" act; a prefix ("US-Dollar", "US-geführte Allianz") is no more than an adjective
            if key.startswith("country:") and kind == "demonym" and start not in index.attributive \
                    and self._people_as_state(doc, start):
                index.acting.add(key)

    def _places_that_act(self, doc: Doc, index: EntityIndex, add) -> None:
        """A Land, region or town that does what its administration does is an actor (of type
        Other, as the annotation guidelines have Austrian Länder) and keeps its place's key, so that
        it stays a location where the article uses it as one:

        * a Land of Austria or Germany as the subject of a finite verb of governing, speaking or
          helping ("Vorarlberg erfüllt seine Aufnahmequote nur schleppend", "Bayern fordert eine
          Obergrenze"); not one that lies, has or is something ("Tirol grenzt an Italien", "Tirol
          braucht Schnee"), nor one named only in the headline;
        * any region or town that gives or receives help: the subject of a verb of help ("Tirol hat
          angeboten, ... zu finanzieren", "Lustenau stellt zehn Wohnungen zur Verfügung", "Odessa hat
          ... erhalten"), the place money flows to ("Mittel sollen nach South Carolina fließen") and
          the town whose house takes people in ("fanden Aufnahme im Lustenauer Sozialzentrum", the
          adjective then a mention of the town).
          Whether it gives or receives is the aid extractor's to say: these are listed in
          ``index.acting_by_help`` and become places only again where they do neither
          (:func:`keep_places_that_acted`).

        Not a place in a prepositional phrase ("in Vorarlberg wurden ... aufgenommen", "aus
        Lustenau", "Kiew erhielt von Berlin Waffen"), nor a dateline, where the paper writes from,
        nor a capital that stands for its state's government ("Wien sagte zu": an alias of the state)."""
        cues = doc.spans.get("kg_cues", [])
        governing = {c.start for c in cues if c.label_ in _GOVERNING_CUE_KINDS}
        for verb in doc:
            if verb.pos_ == "VERB" and is_finite(verb) \
                    and (verb.i in governing or particle_plus_lemma(verb) in GOVERNING_VERBS):
                for span in _subject_phrases(doc, verb, climb=False):
                    place = self._place_named_in(doc, index, span)
                    entry = self.gazetteer.entries.get(place.key) if place is not None else None
                    if entry is not None and entry.country in ("AT", "DE") and entry.place_kind == "region" \
                            and span.start >= index.body_start:
                        self._place_acts(index, place)
        for cue in cues:
            if cue.label_ != "aid_offer":
                continue
            start, end = clause_bounds(doc[cue.start].sent, cue.start)
            spans = _subject_phrases(doc, cue.root)
            if cue.kb_id_ in FLOWING:
                spans += [range(i + 1, index.mention_end(i + 1)) for i in range(start, end - 1)
                          if doc[i].lower_ == "nach" and index.key_at(i + 1) is not None]
            helping = [self._place_named_in(doc, index, span) for span in spans]
            if cue.kb_id_ in SHELTER_FOUND:
                helping += [index.places.get(self._town_running_house(doc, index, j, add) or "")
                            for i in range(start, end - 1) if doc[i].lower_ in ("in", "im")
                            for j in range(i + 1, min(i + 4, end - 1))]
            for place in helping:
                if place is not None and place.key not in index.actors:
                    self._place_acts(index, place)
                    index.acting_by_help.add(place.key)

    @staticmethod
    def _place_named_in(doc: Doc, index: EntityIndex, span: range) -> Place | None:
        """The town or region a subject phrase names by its name and nothing else ("Tirol", "Die
        Steiermark"; not a state, nor one in the genitive of a subject ("Niedersachsens
        Ministerpräsidentin"), nor "Innsbruck – Tirol hat angeboten", a dateline before it)."""
        hits = [index.by_token.get(j) for j in span]
        head = hits[-1]  # the phrase's head, the subject itself
        place = index.places.get(head[0]) if head is not None and head[1] == "name" else None
        if place is None or place.kind == "country" or place.country is None \
                or any(hit is not None and hit[0] != place.key for hit in hits) \
                or in_dateline(doc, span.start, span.stop):
            return None
        return place

    @staticmethod
    def _place_acts(index: EntityIndex, place: Place) -> None:
        index.actors.setdefault(place.key, Actor(key=place.key, label=place.label, category="Other",
                                                 mentions=list(place.mentions)))

    def _town_running_house(self, doc: Doc, index: EntityIndex, k: int, add) -> str | None:
        """ "im Lustenauer Sozialzentrum": the article's town whose adjective at ``k`` names a house it
        runs (:func:`town_running_house`), found by the adjective's form where it is no mention yet
        (and then made one)."""
        town = town_running_house(doc, index, k)
        if town is None and k not in index.by_token and doc[k].text[:1].isupper() and _town_house_after(doc, k):
            town = self._town_of_adjective(doc[k].text, index)
            place = index.places.get(town or "")
            if place is None or place.kind == "country":
                return None
            add(k, k + 1, town, "adjective")
        return town

    @staticmethod
    def _seats_of_governments(doc: Doc, index: EntityIndex) -> None:
        """ "Die Regierung in Kinshasa begrüßte", "bot der Führung in Tiraspol an": a town after a
        government and "in" is the government's seat, an alias of the state that acts; the town is
        a location only where the article uses it as one elsewhere (a state named so is still a
        place: "die Behörden in Syrien")."""
        for start, _end, key, kind in index.spans:
            if start >= 2 and kind == "name" and not key.startswith("country:") and doc[start - 1].lower_ == "in" \
                    and doc[start - 2].lower_ in SEATED_GOVERNMENTS:
                index.seats.add(start)

    @staticmethod
    def _in_brackets_after_name(doc: Doc, index: EntityIndex, start: int, end: int) -> bool:
        """ "Togliatti (Russland)", "Bromell (USA)": a state alone in brackets right after a name
        (not after a noun: "die Befreiung (Jerusalems)")."""
        return start >= 2 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text.startswith(")") \
            and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha \
            and (index.key_at(start - 2) is not None or doc[start - 2].pos_ == "PROPN")

    @staticmethod
    def _joined_to_place(doc: Doc, start: int, place_ends: set[int]) -> bool:
        """ "besuchen Litauen und Rumänien", "die Nachbarländer Kamerun, Niger und Tschad": a state
        in a list whose item before it is a state used as a place is a place too. A shared
        preposition ("aus Syrien, dem Irak und Afghanistan") is found by :func:`marker_at`; this is
        for items that are places without one, under the same rule of when a list goes on
        (:func:`continues_list`: not "in Kiew, die Türkei setze")."""
        k = start - 1
        if k >= 1 and doc[k].lower_ in INSTEAD_WORDS:
            # "in Kolumbien (statt Venezuela)", "nach Athen statt Rom": what the place stands in for
            k -= 1
            return doc[k].text == "(" and k in place_ends or k + 1 in place_ends
        article = None
        if k >= 1 and doc[k].lower_ in DETERMINERS:
            article, k = doc[k].lower_, k - 1
        return k >= 1 and doc[k].lower_ in LIST_JOINERS and k in place_ends and continues_list(doc, k, start, article)

    @staticmethod
    def _owner_of_organ(doc: Doc, index: EntityIndex, start: int, key: str) -> bool:
        """Whether the state at ``start`` is named in the genitive of one of its own organs named
        just before: "das Auswärtige Amt der Bundesrepublik"."""
        if start < 2 or doc[start - 1].lower_ not in ("der", "des"):
            return False
        organ = index.actors.get(index.key_at(start - 2) or "")
        return organ is not None and organ.represents == key

    @staticmethod
    def _members_as_place(doc: Doc, i: int) -> bool:
        """Whether the members of an alliance named by a compound are where something is or comes
        from ("aus anderen EU-Staaten", "in einem der EU-Staaten"), not a party that acts."""
        k = i - 1
        while k >= 0 and (doc[k].pos_ in ("DET", "NUM") or is_adjective_like(doc[k])) and doc[k].lower_ not in LOCATIVE:
            k -= 1
        return k >= 0 and doc[k].lower_ in LOCATIVE

    @staticmethod
    def _topic_of_noun(doc: Doc, start: int) -> bool:
        """ "eine Friedenslösung für Syrien", "die Strategie für Afghanistan": a state after "für"
        that completes a noun is what a plan or solution is about, not a party to it."""
        k = start - 1
        while k > 0 and doc[k].pos_ == "DET":
            k -= 1
        return k > 0 and doc[k].lower_ == "für" and doc[k - 1].pos_ == "NOUN" \
            and doc[k - 1].lower_.endswith(TOPIC_NOUNS)

    def _names_of(self, key: str) -> set[str]:
        """The nominative names of a gazetteer entry."""
        entry = self.gazetteer.entries[key]
        return {entry.name, *entry.aliases}

    def _used_as_place(self, doc: Doc, start: int, _end: int, key: str) -> bool:
        """Whether one mention of a state uses it as a place ("in Syrien", "im Westteil des
        Iraks", "von Griechenland in die Türkei") rather than as a party."""
        sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
        at = marker_at(doc, start, sentence_start)
        marker = doc[at].lower_ if at is not None else None
        # "im Westteil des Iraks", "an der Grenze zur Türkei", "im Osten von Papua-Neuguinea",
        # "im Süden Afghanistans", "im Osten des Nachbarlandes Bolivien"
        part_of = start >= 2 and doc[start - 1].lower_ in ("des", "der", "von", "zu", "zur", "zum") \
            and names_a_place_part(doc[start - 2].lower_) \
            or start >= 1 and doc[start - 1].pos_ == "NOUN" and names_a_place_part(doc[start - 1].lower_) \
            and doc[_end - 1].text.endswith("s") and doc[_end - 1].text != self.gazetteer.entries[key].name \
            or at is not None and at >= 1 and at < start - 1 and marker in ("des", "der") \
            and doc[at - 1].lower_.endswith(PLACE_PARTS)
        if self._is_capital(doc[start:_end].text) and self._seat_speaking(doc, start, _end, sentence_start):
            return False  # "Aus Paris hieß es": the government speaks
        if self._government_seat(doc[start:_end].text):
            return False  # "Im Weißen Haus gab es Bedenken": a government, not a place of its state
        if marker == "innerhalb" and key in TERRITORIAL_UNIONS:
            marker = None  # "sich innerhalb der EU für eine Maut starkmachen": a member acts in the union's bodies
        if marker == "zu" and at > sentence_start and doc[at - 1].lower_.endswith(RELATION_NOUNS):
            marker = None  # "die Beziehungen zu den USA": a party to relations
        if marker == "durch" and self._agent_of_action(doc, at, sentence_start):
            marker = None  # "die Annexion der Krim durch Russland": Russia acts
        # "von Griechenland in die Türkei", "die Grenze von Slowenien nach Österreich": a route
        # (not "das von Saudi-Arabien finanzierte Zentrum in Wien": an agent)
        route = marker in ("von", "vom") and any(t.lower_ in ("nach", "in", "bis") for t in doc[_end:_end + 3]) \
            and not _agent_of_participle(doc, _end, at)
        # "rund 4.000 Kilometer von Syrien entfernt", "weit vom Irak entfernt": a distance from a place
        distance = marker in ("von", "vom") and any(t.lower_ == "entfernt" for t in doc[_end:_end + 2])
        # "Sollten weiterhin Migranten Italien erreichen": a state reached or left is a place
        # ("hatte den Jemen wieder verlassen", where the parser takes the accusative for a subject)
        visited = (doc[start].dep_ == "obj" or marker == "den") and doc[start].head.lemma_.lower() in VISITING_VERBS
        direction = start > 0 and doc[start - 1].lower_ in DIRECTION_WORDS
        # "brechen von Libyen aus auf": where people set out from
        # ("von der Türkei aus der Luft unterstützt" is an agent)
        origin = marker in ("von", "vom") and _end + 1 < len(doc) and doc[_end].lower_ == "aus" \
            and doc[_end + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
        # "Ereignisse rund um Syrien"; "innerhalb Österreichs", "aus ganz Österreich": the land as a whole
        around = start >= 2 and doc[start - 2].lower_ == "rund" and doc[start - 1].lower_ == "um" \
            or start >= 1 and doc[start - 1].lower_ in ("innerhalb", "außerhalb", "ganz", "quer")
        # "ist auch Brasilien von der Epidemie betroffen": a state hit by a disaster is where it happens;
        # so is one a disaster strikes ("Ein Erdbeben hat Großbritannien erschüttert")
        affected = doc[start].head.lower_ in AFFECTED_WORDS and doc[start].dep_.startswith("nsubj") \
            or self._struck_by_disaster(doc, start)
        # "in Lager auf Nauru", "auf den Philippinen": an island state after "auf"
        island = marker == "auf" and key in ISLAND_STATES
        # "ein Prediger von der Elfenbeinküste": where a person comes from
        home = marker in ("von", "vom") and at is not None and at < start - 1 and at > sentence_start \
            and doc[at + 1].pos_ == "DET" and doc[at - 1].pos_ == "NOUN" \
            and doc[at - 1].lower_.endswith(PERSON_NOUN_ENDINGS) and not doc[at - 1].lower_.endswith(ACTION_NOUN_ENDINGS)
        # "Ermittlungen, die auf Ungarn ausgedehnt wurden", "eine Ausweitung des Einsatzes auf Syrien":
        # the land something is extended to (but sanctions extended to a state are against it)
        extended = marker == "auf" and (
            any(t.lower_.startswith(EXTENDING_STARTS) for t in doc[_end:_end + 3])
            or any(t.lower_ in ("ausweitung", "ausdehnung") for t in doc[max(sentence_start, start - 7):start])) \
            and not any(t.lower_.startswith(SANCTION_STARTS) for t in doc[start].sent)
        # "Holguin/Vatikanstadt – ": a state in the dateline is where the paper writes from
        dateline = start < 40 and in_dateline(doc, start, _end)
        stretch_end = self._end_of_a_stretch(doc, start, sentence_start)
        return bool(marker in LOCATIVE or direction or part_of or route or distance or dateline or extended
                    or stretch_end
                    or visited or origin or around or island or affected or home or self._in_statistics(doc, _end)
                    or self._ranked(doc, start) or self._described_by_copula(doc, start, _end)
                    or self._scope_of_superlative(doc, start, _end, at, key)
                    or self._people_of_state(doc, start, _end, at, key)
                    or self._owner_of_place(doc, start, _end)
                    or self._ends_of_a_route(doc, start, sentence_start)
                    or self._place_in_apposition(doc, start, sentence_start))

    def _end_of_a_stretch(self, doc: Doc, start: int, sentence_start: int) -> bool:
        """ "die Küste von der Grenze zu den Niederlanden bis Dänemark", "Das Gebiet reicht von Polen
        bis Russland": the far end of a stretch of land or a way, whose "von" phrase hangs on a noun
        of land or way or a place, or on a verb such a noun is the subject of. Not the end of a
        range of parties ("Kritik kam von der EU bis China"), nor the subject of a clause "bis"
        opens ("gewartet, bis Russland einlenkt"), which the parse tells: "bis" a conjunction, or
        the state hanging on a later verb that the "von" phrase does not hang on."""
        if start == 0 or doc[start - 1].lower_ != "bis":
            return False
        von = next((k for k in range(start - 2, max(sentence_start, start - 12) - 1, -1)
                    if doc[k].lower_ in ("von", "vom")), None)
        if von is None:
            return False
        phrase = doc[von].head  # the noun "von" opens: "von der Grenze"
        head = doc[start].head
        if doc[start - 1].pos_ == "SCONJ" or head.pos_ in ("VERB", "AUX") and head.i > start and head != phrase.head:
            return False
        anchors = [phrase.head, doc[von - 1]] if von > sentence_start else [phrase.head]
        anchors += [child for anchor in anchors if anchor.pos_ in ("VERB", "AUX")
                    for child in anchor.children if child.dep_.startswith("nsubj")]
        return any(self._land_or_way(anchor) for anchor in anchors)

    def _land_or_way(self, token: Token) -> bool:
        """Whether a token is a noun of land or of a way ("Küste", "Gebiet", "Strecke", "Grenze")
        or a place's name ("ganz Europa von Portugal bis Polen")."""
        lower = token.lower_
        if token.pos_ == "NOUN":
            return lower.endswith(ROUTE_WORDS + PARTS_OF_A_STATE) and not lower.endswith(NOT_PLACE_PARTS)
        entry = self.gazetteer.entries.get(self.gazetteer.lookup([token.text]) or "")
        return token.pos_ == "PROPN" and entry is not None and entry.place_kind is not None

    @staticmethod
    def _struck_by_disaster(doc: Doc, start: int) -> bool:
        """ "Ein Erdbeben der Stärke 5,3 hat Großbritannien erschüttert", "Ein Taifun hat Japan
        getroffen": a disaster, a verb of striking and the state, not its subject, in one clause (not
        "Das Erdbeben veranlasste Österreich zu einer Spende", "Der Tsunami traf Japan, worauf die USA
        Hilfe anboten", nor "Nach dem Erdbeben hat Japan Hilfe angeboten")."""
        if doc[start].dep_.startswith(("nsubj", "sb")):
            return False
        clause_start, clause_end = clause_bounds(doc[start].sent, start)
        return any(t.lower_.startswith(STRIKING_VERBS) for t in doc[clause_start:clause_end]) and any(
            t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN") and t.lower_.endswith(DISASTER_ENDINGS)
            for t in doc[clause_start:start])

    @staticmethod
    def _place_in_apposition(doc: Doc, start: int, sentence_start: int) -> bool:
        """ "Flüchtlinge mit Zielland Österreich", "im Pazifik-Inselstaat Nauru": a state after a noun
        for a destination, origin or kind of place; "aus anderen Staaten wie etwa Pakistan": an
        example of places, after a noun that a locative preposition opens."""
        k = start - 1
        while k > sentence_start and doc[k].lower_ in EXAMPLE_WORDS:
            k -= 1
        example = k > sentence_start and doc[k].lower_ == "wie"
        if example:
            k -= 1
        if k < sentence_start or doc[k].pos_ not in ("NOUN", "PROPN") or not doc[k].text[:1].isupper():
            return False
        noun = doc[k].lower_.rsplit("-", 1)[-1]
        if noun.endswith(PLACE_APPOSITION_NOUNS):
            return True
        if not example:
            return False
        k -= 1
        while k > sentence_start and (doc[k].pos_ in ("DET", "NUM") or is_adjective_like(doc[k])) \
                and doc[k].lower_ not in LOCATIVE:
            k -= 1
        return k >= sentence_start and doc[k].lower_ in LOCATIVE

    @staticmethod
    def _market_figure(doc: Doc, start: int, end: int) -> bool:
        """ "FTSE/London -0,84 Prozent", "Dow Jones/New York +0,20 Prozent": a market report's
        exchange, named by its town or state before a signed figure."""
        if end >= len(doc):
            return False
        after = doc[end].text
        signed = after[:1] in "+-–" and any(c.isdigit() for c in after) \
            or after in ("+", "-", "–") and end + 1 < len(doc) and doc[end + 1].like_num
        return signed and (start > 0 and doc[start - 1].text == "/"
                           or any(t.lower_ == "prozent" for t in doc[end:end + 3]))

    def _ends_of_a_route(self, doc: Doc, start: int, sentence_start: int) -> bool:
        """ "die Grenze zwischen Österreich und Ungarn", "der Weg über die Adria zwischen Albanien
        und Apulien": the two ends of a border or way are places (but "die Spannungen zwischen der
        Türkei und Russland" are parties)."""
        k = start - 1
        while k > sentence_start and doc[k].lower_ != "zwischen" and start - k <= 6 and (
                doc[k].text[:1].isupper() or doc[k].lower_ in ("und", "der", "die", "dem", "den")
                or is_adjective_like(doc[k])):
            k -= 1
        return doc[k].lower_ == "zwischen" and self._route_before(doc, k)

    def _genitive_after(self, doc: Doc, start: int, end: int, at: int | None, key: str) -> int | None:
        """The noun that the state at ``start`` follows in the genitive ("Bierimporteure Österreichs",
        "Mann der Türkei"), if it does."""
        if at is not None and at == start - 1 and doc[at].lower_ in ("der", "des"):
            noun = at - 1  # "der Türkei"
        elif doc[end - 1].text.endswith("s") and doc[start:end].text not in self._names_of(key):
            noun = start - 1  # "Österreichs"
        else:
            return None
        if noun < 1 or doc[noun].pos_ not in ("NOUN", "PROPN") or not doc[noun].text[:1].isupper():
            return None
        return noun

    def _people_of_state(self, doc: Doc, start: int, end: int, at: int | None, key: str) -> bool:
        """ "den Menschen Russlands", "die Bevölkerung Brasiliens": the people who live in a state."""
        noun = self._genitive_after(doc, start, end, at, key)
        return noun is not None and doc[noun].lower_.endswith(POPULATION_NOUN_ENDINGS)

    def _scope_of_superlative(self, doc: Doc, start: int, end: int, at: int | None, key: str) -> bool:
        """ "einer der größten Bierimporteure Österreichs", "der reichste Mann der Türkei": a state in
        the genitive after a noun ranked by a superlative is where the ranking holds, not a party."""
        noun = self._genitive_after(doc, start, end, at, key)
        if noun is None or doc[noun].lower_.endswith(STANCE_NOUN_ENDINGS):
            return False  # "die größte Sorge Russlands", "der wichtigste Partner Chinas": the state's own
        role = self.gazetteer.role_of(doc[noun].text)
        if role is not None and role.category in STATE_ROLE_CATEGORIES:
            return False  # "der höchste Vertreter Irans", "die ranghöchsten Diplomaten Russlands": it acts
        k = noun - 1
        while k >= 0 and is_adjective_like(doc[k]) and not doc[k].lower_.endswith(SUPERLATIVE_ENDINGS):
            k -= 1  # "der größten österreichischen Banken"
        word = doc[k].lower_ if k >= 0 else ""
        return word.endswith(SUPERLATIVE_ENDINGS) and len(word) > 5 and word.islower() and doc[k].pos_ == "ADJ"

    @staticmethod
    def _described_by_copula(doc: Doc, start: int, end: int) -> bool:
        """ "Pakistan und Afghanistan sind die einzigen Länder, in denen ...", "dass Österreich
        Überstundenweltmeister sei": a state said by "sein" to be a country of some kind or to head a
        statistic is described, not acting (but "Deutschland ist das größte Geberland" is a party)."""
        sentence_end = doc[end - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
        k = end
        while k + 1 < sentence_end and (doc[k].lower_ in ("und", "sowie") and doc[k + 1].pos_ in ("DET", "PROPN")
                                        or doc[k].text == "," and doc[k + 1].pos_ == "PROPN"):
            k += 1  # "Pakistan und ein Afghanistan sind", "Peru, Chile und Bolivien sind": the other states
            while k < sentence_end and (doc[k].pos_ == "DET" or doc[k].text[:1].isupper() and doc[k].is_alpha):
                k += 1

        def describing(i: int) -> bool:
            if i >= sentence_end:
                return False  # the sentence (or the article) ends after the copula
            noun = doc[i].lower_.rsplit("-", 1)[-1]
            return doc[i].text[:1].isupper() and noun.endswith(DESCRIBING_NOUN_ENDINGS) \
                and not noun.startswith(PARTY_NOUN_STARTS)

        def after_modifiers(i: int) -> int:
            while i < sentence_end and (doc[i].pos_ in ("DET", "ADV", "NUM", "PART") or is_adjective_like(doc[i])):
                i += 1
            return i

        if k < sentence_end and doc[k].lower_ in COPULA_FORMS:
            return describing(after_modifiers(k + 1))  # "Österreich ist ein reiches Land"
        if start > 0 and doc[start - 1].lower_ in COPULA_FORMS:
            return describing(after_modifiers(k))  # "Laut der Studie sind Ungarn und Rumänien die einzigen Länder"
        noun = after_modifiers(k)  # "dass Österreich Überstundenweltmeister sei"
        return describing(noun) and noun + 1 < sentence_end and doc[noun + 1].lower_ in COPULA_FORMS

    @staticmethod
    def _ranked(doc: Doc, start: int) -> bool:
        """ "liege Österreich im guten Mittelfeld", "liegt die Türkei auf Platz 149": a state placed
        in a ranking is a unit of a statistic, not a party acting."""
        token = doc[start]
        verb = token.head
        if not token.dep_.startswith("nsubj") or not verb.lower_.startswith(RANKING_VERB_STARTS):
            return False
        sentence = token.sent
        return any(t.lower_ in RANKING_WORDS for t in sentence)

    @staticmethod
    def _in_statistics(doc: Doc, end: int) -> bool:
        """ "gefolgt von Brasilien mit 7,4 Milliarden und ...", "Mexiko ist mit 23 Milliarden der
        größte Empfänger": a state ranked by a figure is a place the figure is counted in. Not a
        state that takes part with a sum ("will sich Österreich mit 11,5 Millionen am Fonds beteiligen")."""
        k = end + 1 if end < len(doc) and doc[end].lemma_ == "sein" else end
        if not (k + 1 < len(doc) and doc[k].lower_ == "mit" and doc[k + 1].like_num):
            return False
        if k > end:
            return True  # "Mexiko ist mit 23 Milliarden ..."
        after = k + 2
        while after < min(k + 4, len(doc)) and doc[after].pos_ in ("NOUN", "NUM", "PROPN"):
            after += 1  # the unit: "Milliarden", "Millionen US-Dollar"
        return after >= len(doc) or doc[after].is_punct or doc[after].lower_ in ("und", "sowie", "oder")

    @staticmethod
    def _agent_of_action(doc: Doc, durch: int, sentence_start: int) -> bool:
        """Whether "durch" names who does an action named just before ("die Abschiebung von
        Uiguren durch Thailand", "die Annexion der Krim durch Russland") rather than a way through
        ("die Route durch Ungarn")."""
        return any(doc[k].pos_ == "NOUN" and doc[k].lower_.endswith(ACTION_NOUN_ENDINGS)
                   for k in range(max(sentence_start, durch - 5), durch))

    @staticmethod
    def _owner_of_place(doc: Doc, start: int, end: int) -> bool:
        """ "Österreichs größte Marktgemeinde", "Australiens Ostküste": a state in the genitive
        before a part or a town of it is a place."""
        if not doc[end - 1].text.endswith("s"):
            return False
        k = skip_adjectives(doc, end, len(doc))
        return k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].lower_.endswith(PARTS_OF_A_STATE)

    @staticmethod
    def _people_as_state(doc: Doc, i: int) -> bool:
        """Whether a demonym stands for its state: "die Amerikaner wollen verhindern", "mit den
        Russen". Not one person ("der Australier Peter Greste", "ein Österreicher"), people with
        no article ("42 Syrer", "keine Deutschen") nor a language ("auf Deutsch")."""
        k = i - 1
        while k >= 0 and is_adjective_like(doc[k]):
            k -= 1
        definite = k >= 0 and doc[k].lower_ in DEFINITE_PLURAL_ARTICLES
        named_after = i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].text[:1].isupper()
        return definite and "Plur" in doc[i].morph.get("Number") and not named_after

    def _dateline_state(self, doc: Doc, index: EntityIndex) -> str | None:
        """The state of the dateline ("Wien – ", "Addis Abeba/Bujumbura – "): of the places named
        before a dash in the first 40 tokens, the state the article names most (the first at equal
        counts), which is the one it is about: "Wien/Spielfeld/Athen/Belgrad" is Austria."""
        for start, end, key, _kind in sorted(index.spans):  # later stages append out of order
            if start > 40:
                break
            other_places, dash_follows = _rest_of_dateline(doc, end)
            if dash_follows:
                dateline = [key, *map(index.key_at, other_places)]
                states = [state for state in map(index.state_of, filter(None, dateline)) if state]
                named = Counter(index.state_of(k) for _s, _e, k, _kind in index.spans)
                return max(states, key=lambda state: named[state], default=None)
        return None

    @staticmethod
    def _one_kind_per_name(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """An unknown one-word name the article uses as a place after a preposition ("in Abyei",
        "von Abyei entfernt") is that place also where the statistical NER took it for an
        organisation or a person ("Abyei charakterisiert sich", "die Bewohner Abyeis"): one name,
        one thing within an article. A place by the NER alone proves nothing ("Kerry reiste ab")."""
        # not "bei Tchibo", "bei der PSOE": "bei" goes with companies and parties as well
        places = {doc[c.start].text for c in candidates
                  if c.category == "Place" and c.key is None and c.end - c.start == 1 and c.start > 0
                  and doc[c.start - 1].lower_ in (LOCATIVE | PLACE_PREPOSITIONS | {"von", "um"}) - {"bei"}
                  and not doc[c.start].text.isupper()}

        def as_place(cand: _Candidate) -> _Candidate:
            word = doc[cand.start].text
            if cand.key is not None or cand.category not in ("Organization", "Person") or cand.kind != "name" \
                    or cand.end - cand.start != 1 or not (word in places or word.endswith("s") and word[:-1] in places):
                return cand
            return _Candidate(cand.start, cand.end, "Place", None, cand.kind, cand.priority)

        return [as_place(c) for c in candidates]

    def _placed_by_nothing(self, doc: Doc, span: Span, place_words: set[int]) -> bool:
        """Whether a one-word name that only the statistical NER takes for a place, and that the
        gazetteer does not know, has nothing around it that makes it a place (see ``_place_context``,
        ``_placed`` and ``_placing_words``). Such a name is a player's in a line-up, a product's, a
        club's or an ordinary word's as often as a town's ("Kuster – Höller, Malic", "Bluetooth 4.0",
        "vor Scham"): no place."""
        word = span.text
        if self.gazetteer.lookup([word]) is not None or self._known_name(word):
            return False
        if span.start > 0 and doc[span.start - 1].lower_ == "laut":
            return False  # "Laut Redaktionsstatut": left as it was, else the source finder takes it for a source
        return not self._placing_words(doc, span.start, span.end, place_words) \
            and not self._placed(doc, span, place_words) \
            and self._place_context(doc, span.start, span.end, place_words) is None

    def _placing_words(self, doc: Doc, start: int, end: int, place_words: set[int]) -> bool:
        """Words around an unknown name that make it a place, beside those ``_place_context`` reads:
        "zwischen Ebern und Untermerzbach", "und" or a comma joining it to a known place, "in" and a
        known place after it ("bei Lauffenburg in der Schweiz"), a route ("von Westerbork nach Sobibór", "von Kimbe auf
        Neubritannien nach Lae"), a placing preposition ("auf Elba", "bei Röszke", "rund um Weiz",
        "Richtung Hegyeshalom"), a place's part, office, event or people or a word of nearness before
        "von" ("die Provinzhauptstadt von Abyan", "in der Nähe von Lübbenau", "Gouverneur von
        Virginia", "nach dem Erdbeben von Amatrice", "oberhalb von Weiz"), a verb that takes, attacks,
        reaches or clears it ("überfiel Baga", "Idomeni wurde geräumt"), an
        article after a preposition or joined to a place ("in die Karibik", "Lateinamerika und der
        Karibik"), a state's adjective ("im indischen Dharamshala"), a word for a kind of place in
        front of it or of the list it ends ("nahe der Großsiedlung Ariel", "im Lager Idomeni", "der Regionen Côte-d'Or,
        Bouches-du-Rhône und Seine-Maritime"), a river after it ("Kirchberg an der Jagst"), a
        direction ("Aurskog östlich von Oslo") or a dateline ("Litvinov/Hamar – ")."""
        sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
        before = doc[start - 1] if start > sentence_start else None
        two_before = doc[start - 2] if start - 1 > sentence_start else None
        after = doc[end] if end < len(doc) else None
        if any(doc[k].lower_ == "zwischen" for k in range(max(sentence_start, start - 3), start)):
            return True
        if before is not None and before.lower_ == "von" \
                and any(doc[k].lower_ in ("nach", "bis") for k in range(end, min(len(doc), end + 2))):
            return True
        if before is not None and before.lower_ in PLACING_PREPOSITIONS:
            return True  # "auf Elba", "bei Röszke", "nahe Accumoli", "rund um Weiz", "Richtung Hegyeshalom"
        if before is not None and before.lower_ == "von" and two_before is not None and (
                two_before.lower_ in NEARNESS_WORDS
                or two_before.text[:1].isupper() and _noun_ending_in(two_before.lower_, NOUNS_OF_A_PLACE)):
            return True  # "oberhalb von Weiz", "Bürgermeister von Zwettl", "nach dem Erdbeben von Amatrice"
        if doc[end - 1].dep_ in ("obj", "nsubj:pass") and _taken_or_visited(doc[end - 1].head):
            return True  # "überfiel Baga", "Idomeni wurde geräumt", "haben Schyrokyne unter Beschuss genommen"
        if before is not None and before.lower_ in ("und", "oder", ",") and self._known_place_at(doc, start - 2) \
                or after is not None and after.lower_ in ("und", "oder", ",") and self._known_place_at(doc, end + 1):
            return True  # "in Dublin und Monaghan" (which ``_place_context`` leaves to the NER: "Dublin" is in the lemma table)
        if after is not None and after.lower_ in ("in", "im") \
                and any(self._known_place_at(doc, k) for k in range(end + 1, min(len(doc), end + 3))):
            return True  # "bei Lauffenburg in der Schweiz"
        if before is not None and before.lower_ in DETERMINERS and two_before is not None and (
                two_before.lower_ in LOCATIVE | PLACE_PREPOSITIONS | {"auf"}
                or two_before.lower_ in ("und", "oder") and start - 3 in place_words):
            return True
        if before is not None and before.is_lower and self.gazetteer.adjectives.get(stem(before.text)):
            return True
        k = start - 1  # back over the list the name ends: "Côte-d'Or, Bouches-du-Rhône und"
        while k - 1 > sentence_start and doc[k].lower_ in (",", "und", "oder") and doc[k - 1].text[:1].isupper() \
                and start - k < 8:
            k -= 2
        if k >= sentence_start and doc[k].text[:1].isupper() \
                and _noun_ending_in(doc[k].lower_, (*PLACE_KIND_ENDINGS, *PLACE_KIND_WORDS, "raum", "lager", "übergang")):
            return True  # also "des Dorfes Nowomychajliwka", "im Raum Mitrovica", "im Lager Idomeni"
        if river_suffix_end(doc, end) > end or after is not None and _COMPASS_ADVERB.fullmatch(after.lower_):
            return True
        return _rest_of_dateline(doc, end)[1] or before is not None and before.text == "/"

    def _known_place_at(self, doc: Doc, k: int) -> bool:
        """Whether the word at ``k`` is a state or place the gazetteer knows."""
        key = self.gazetteer.lookup([doc[k].text]) if 0 <= k < len(doc) else None
        return key is not None and self.gazetteer.entries[key].category in ("Place", "Country")

    @staticmethod
    def _town_as_team(doc: Doc, cand: _Candidate) -> bool:
        """ "ein 2:1 gegen Ingolstadt", "Handtor Hannover 0:1", "Hannover 96 – Mainz 05 2:2": in a
        sentence with a match's result, a town that is the opponent of a result, a match or a verb of
        playing, that the result or (with no preposition before it) a club's year follows, or that a
        dash pairs with another team right before a result, is its club, no place. Not the ground
        ("Rapid gewann in Altach 2:1", "in Berlin 1936"), a dateline ("London – Bis zum 5:5 ..."), a
        region or state, nor a town in a sentence whose numbers are votes or ratios ("mit 5:4 Stimmen
        gegen Texas", "im Verhältnis 1:1")."""
        key = cand.key or ""
        if cand.category != "Place" or key.startswith(("country:", "place:region-")):
            return False
        sentence = doc[cand.start].sent if doc.has_annotation("SENT_START") else doc[:]
        results = [t.i for t in sentence if _is_match_result(doc, t.i)]
        if not results or in_dateline(doc, cand.start, cand.end):
            return False
        before = doc[cand.start - 1] if cand.start > sentence.start else None
        if before is not None and before.lower_ in GROUND_PREPOSITIONS:
            return False  # "in Altach 2:1", "bei den Spielen in Berlin 1936": where the match was
        after = doc[cand.end].text if cand.end < sentence.end else ""
        if before is not None and before.lower_ in ("gegen", "für"):
            # "2:0 gegen Altach", "das 1:0 für Salzburg", "Sieg gegen Altach", "verlor gegen Altach":
            # an opponent only of a match (not "entschied gegen Texas", "protestierte gegen Moskau")
            match = doc[cand.start - 2] if cand.start - 1 > sentence.start else None
            return match is not None and (match.i in results or _noun_ending_in(match.lower_, MATCH_NOUNS)) \
                or doc[cand.start].head.lemma_ in PLAYING_VERBS
        # "Hannover 96 – Mainz 05 2:2": a fixture, its result right after it ("... einiges". Madrid –
        # Die Klubführung" is a dateline after the headline; "Der Zug Wien – Salzburg" a route)
        paired = after in FIXTURE_DASHES and not (cand.start == 0 or doc[cand.start - 1].text in HEADLINE_ENDS) \
            and any(cand.end < i <= cand.end + 5 for i in results)
        return paired or cand.end in results \
            or bool(CLUB_YEAR.fullmatch(after)) and (before is None or before.pos_ != "ADP")

    def _capital_ending_a_name(self, doc: Doc, cand: _Candidate, person_words: set[str]) -> bool:
        """ "auf dem Flughafen Mariscal Sucre": a capital's name after another proper name (not at the
        start of the sentence) is the end of a longer name, neither the capital nor its state. Not
        after a person ("besuchte Merkel Paris", "Außenminister Steinmeier Kiew"): two names."""
        entry = self.gazetteer.entries[cand.key]
        if entry.kind != "place" or not entry.country or self.gazetteer.capitals.get(entry.country) != entry.key:
            return False
        sentence_start = doc[cand.start].sent.start if doc.has_annotation("SENT_START") else 0
        return _is_name_word(doc, cand.start - 1, sentence_start) \
            and self._person_before(doc, cand.start, sentence_start, person_words) is None

    def _person_before(self, doc: Doc, start: int, sentence_start: int, person_words: set[str]) -> int | None:
        """Where the person named right before ``start`` begins, with a title before the name
        ("Außenminister Steinmeier", "Merkel"), or None: a run of proper names is a person's where
        one of its words is in ``person_words`` (stems of the article's and the gazetteer's persons'
        names) or a title stands before it, not a noun for a thing ("der Flughafen Mariscal")."""
        first = start
        while _is_name_word(doc, first - 1, sentence_start):
            first -= 1
        if first == start:
            return None
        titled = first > sentence_start and self.gazetteer.role_of(doc[first - 1].text) is not None
        if titled:
            return first - 1
        thing = first > sentence_start and doc[first - 1].pos_ == "NOUN" and doc[first - 1].text[:1].isupper()
        if not thing and any(stem(doc[k].text) in person_words for k in range(first, start)):
            return first
        return None

    def _capital_as_state(self, doc: Doc, cand: _Candidate, person_words: set[str]) -> _Candidate:
        """ "Moskau kritisierte ...": a capital named without a preposition stands for its state."""
        entry = self.gazetteer.entries[cand.key]
        if entry.kind != "place" or not entry.country:
            return cand
        state = self.gazetteer.entries.get(SEATS_OF_ORGANISATIONS.get(entry.name, f"country:{entry.country}"))
        if state is None or self.gazetteer.capitals.get(entry.country) != entry.key:
            return cand
        sentence_start = doc[cand.start].sent.start if doc.has_annotation("SENT_START") else 0
        if cand.end < len(doc) and (doc[cand.end].text in DATELINE_DASHES or in_dateline(doc, cand.start, cand.end)):
            return cand  # the dateline "Wien – ...", "Kiew/Moskau – ...", "Wien (APA) – ": where the news comes from
        if cand.start >= 3 and doc[cand.start - 1].text == ")" and doc[cand.start - 3].text == "(" \
                and doc[cand.start - 2].text.isupper():
            return cand  # "Technische Universität (TU) Wien", "Oberlandesgericht (OLG) Wien": the end of a name
        # "besuchte Merkel Paris": the visitor may stand between the verb and the place
        visitor = self._person_before(doc, cand.start, sentence_start, person_words)
        verb = (visitor if visitor is not None else cand.start) - 1
        # (not the subject after a fronted phrase: "Am Montag bombardierte Washington Stellungen des IS")
        object_follows = cand.end < len(doc) and doc[cand.end].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM")
        if cand.start > 0 and (verb >= 0 and _taken_or_visited(doc[verb]) and not object_follows
                               or doc[cand.start - 1].lower_ in DIRECTION_WORDS):
            # "besuchte Wien", "verließ Moskau", "in Richtung Abu Dhabi": a place one goes to;
            # "bombardierte Sanaa": a town attacked
            return cand
        if cand.start > 0 and doc[cand.start - 1].lower_ == "bis" and not self._clause_after(doc, cand.end):
            # "bis London zu spüren", "von Wien bis Budapest": how far something reaches (not "bis
            # Moskau einlenkt", a clause with the capital as its subject)
            return cand
        if self._described_by_copula(doc, cand.start, cand.end) or doc[cand.end - 1].dep_ in ("nsubj", "sb") \
                and doc[cand.end - 1].head.lemma_.lower() in LOCATING_VERBS:
            # "Kairo ist eine der größten Städte", "Wien liegt an der Donau": the town described or
            # placed, no government
            return cand
        noun = doc[cand.start - 1] if cand.start > sentence_start else None
        if noun is not None and noun.text[:1].isupper() and "-" in noun.text and is_common_noun(noun.text) \
                and not noun.lower_.rsplit("-", 1)[-1].startswith(PARTY_NOUN_STARTS) \
                and self.gazetteer.role_of(noun.text) is None:
            # "im VW-Standort Brüssel", "am EU-Gipfelort Brüssel": the town in apposition to a
            # compound for a site (a plain noun is the marker's to judge: "im Werk Brüssel")
            return cand
        # "Laut Teheran sind ...", "Moskau zufolge": a capital as a source is its government
        quoted = cand.start > 0 and doc[cand.start - 1].lower_ == "laut" \
            or cand.end < len(doc) and doc[cand.end].lower_ == "zufolge"
        # "Eine Entsendung ist für London unvorstellbar", "für Berlin kommt das nicht in Frage": who judges
        judging = cand.start > 0 and doc[cand.start - 1].lower_ == "für" and any(
            doc[k].lower_ in JUDGEMENT_WORDS for k in range(cand.end, min(len(doc), cand.end + 6)))
        if quoted or judging or self._seat_speaking(doc, cand.start, cand.end, sentence_start):
            category = "Country" if state.kind == "country" else state.category
            return _Candidate(cand.start, cand.end, category, state.key, "alias", cand.priority)
        if marker_before(doc, cand.start, sentence_start) is None and cand.end < len(doc):
            written = doc[cand.start:cand.end].text
            # "Moskaus Unterstützung", "Washingtons Politik": a possessive capital is its state too.
            genitive = written.endswith("s") and written != entry.name
            possessive = genitive and doc[cand.end].text[:1].isupper()
            if genitive and cand.start > sentence_start and _names_a_town_part(doc[cand.start - 1].lower_):
                return cand  # "auf den Straßen Bangkoks", "die Bewohner Kiews": the town itself
            # "Washington hat Bagdad Luftunterstützung angeboten": a dative after the finite verb,
            # before the thing given (not "Berlin Mitte", "Wien Hauptbahnhof": no verb before)
            dative = cand.start > sentence_start and doc[cand.start - 1].pos_ in ("AUX", "VERB") \
                and is_common_noun(doc[cand.end].text)
            if possessive or dative or not doc[cand.end].text[:1].isupper():
                category = "Country" if state.kind == "country" else state.category
                return _Candidate(cand.start, cand.end, category, state.key, "alias", cand.priority)
        return cand

    @staticmethod
    def _clause_after(doc: Doc, end: int) -> bool:
        """Whether a finite verb follows ``end`` before the next punctuation: the name opened a
        clause ("bis Moskau einlenkt")."""
        for token in doc[end:]:
            if token.is_punct:
                return False
            if is_finite_verb(token):
                return True
        return False

    def _seat_speaking(self, doc: Doc, start: int, end: int, sentence_start: int) -> bool:
        """Whether a capital after a preposition still stands for its government: the agent of a
        participle ("eine von Riad geführte Allianz"), one side of a relation between two capitals
        ("das Verhältnis zwischen Ankara und Peking", not "die Strecke zwischen Wien und Budapest"),
        or where statements, instructions or money come from ("Aus Paris hieß es", "Aus Washington
        kommen Solidaritätsadressen", "Gelder aus Brüssel")."""
        at = marker_at(doc, start, sentence_start)
        marker = doc[at].lower_ if at is not None else None
        if marker in ("von", "vom"):
            return _agent_of_participle(doc, end, at)
        if start > sentence_start and doc[start - 1].lower_ == "und":
            return self._between_capitals(doc, start - 1, sentence_start)
        if marker == "zwischen":
            return self._capital_after(doc, end) and not self._route_before(doc, at)
        if marker == "aus":
            near = doc[max(sentence_start, start - 7):min(len(doc), end + 5)]
            return any(t.lower_.endswith(SEAT_MESSAGES) or t.lower_ in ("hieß", "verlautete") for t in near)
        if marker in ("für", "an") and at is not None:
            return self._help_before(doc, at, sentence_start)
        return False

    @staticmethod
    def _help_before(doc: Doc, at: int, sentence_start: int) -> bool:
        """ "Militärhilfe für Kiew", "Kredite der EU an Athen": help, money or arms given to a capital
        go to its state. The noun given stands before the preposition, perhaps with its giver in the
        genitive between."""
        k = at - 1
        if k > sentence_start + 1 and doc[k - 1].lower_ in ("der", "des") and doc[k].text[:1].isupper():
            k -= 2  # "Hilfszahlungen der EU an Athen"
        return k >= sentence_start and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].lower_.endswith(HELP_GIVEN)

    def _government_seat(self, name: str) -> bool:
        """ "Weißes Haus", "Kreml", "Pentagon": a government named by its building."""
        key = self.gazetteer.lookup(name.split())
        entry = self.gazetteer.entries.get(key) if key else None
        return entry is not None and entry.category in ("Government", "Military")

    def _capital_after(self, doc: Doc, end: int) -> bool:
        """ "Ankara und Moskau": another capital follows after "und"."""
        return end + 1 < len(doc) and doc[end].lower_ == "und" and self._is_capital(doc[end + 1].text)

    def _between_capitals(self, doc: Doc, und: int, sentence_start: int) -> bool:
        """ "zwischen Ankara und Moskau" at the "und": a capital before it, "zwischen" before that,
        and no route ("die Strecke zwischen Wien und Budapest")."""
        k = und - 1
        while k > sentence_start and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ != "zwischen":
            k -= 1
        return k - 1 >= sentence_start and doc[k - 1].lower_ == "zwischen" and self._is_capital(doc[k:und].text) \
            and not self._route_before(doc, k - 1)

    def _is_capital(self, name: str) -> bool:
        key = self.gazetteer.lookup(name.split())
        entry = self.gazetteer.entries.get(key) if key else None
        return entry is not None and entry.kind == "place" and entry.country is not None \
            and self.gazetteer.capitals.get(entry.country) == entry.key

    @staticmethod
    def _route_before(doc: Doc, zwischen: int) -> bool:
        """ "die Grenze zwischen", "Flüge zwischen", "der Weg über die Adria zwischen": a way or
        border between two places, named up to a few words before "zwischen"."""
        sentence_start = doc[zwischen].sent.start if doc.has_annotation("SENT_START") else 0
        return any(doc[k].lower_.endswith(ROUTE_WORDS) and doc[k].pos_ == "NOUN"
                   for k in range(max(sentence_start, zwischen - 5), zwischen))

    @staticmethod
    def _districts(doc: Doc, index: EntityIndex, add) -> None:
        """ "im Landkreis Oder-Spree", "im Landkreis Straubing-Bogen": a German district is a place
        of its own, called so officially, located where its town is. An Austrian "Bezirk Mödling",
        a "Bezirk Sisli" of Istanbul or a Chinese "Kreis Piqan" go by their bare name, which the
        town or the district has already (one place, as readers and gazetteers name it)."""
        for start, end, key, _kind in list(index.spans):
            town = index.places.get(key)
            if town is None or key in index.actors or start == 0 \
                    or DISTRICT_WORDS.get(doc[start - 1].text) not in NAMED_WITH_THEIR_KIND:
                continue
            label = f"{DISTRICT_WORDS[doc[start - 1].text]} {doc[start:end].text}"
            district = f"place:{slug(label)}"
            index.places.setdefault(district, Place(key=district, label=label, kind="region", lat=town.lat,
                                                    long=town.long, country=town.country))
            index.forget_mentions(doc, start, end)
            add(start - 1, end, district, "name")

    def _town_of_adjective(self, text: str, index: EntityIndex | None = None) -> str | None:
        """The town a place adjective is made of: "Lustenauer" -> Lustenau, "New Yorker" -> New York;
        a known one, or, with ``index``, a town the article names that no gazetteer knows."""
        words = text.split()
        if not words[-1].endswith("er") or len(words[-1]) < 5:
            return None
        name = [*words[:-1], words[-1][:-2]]
        key = self.gazetteer.lookup(name)
        if key is not None and self.gazetteer.entries[key].kind == "place":
            return key
        named = " ".join(name)
        return next((key for key, place in (index.places if index else {}).items() if place.label == named), None)


def _subject_phrases(doc: Doc, verb: Token, *, climb: bool = True) -> list[range]:
    """The token ranges of a verb's subjects that no preposition is part of (not "Kiew erhielt
    von Berlin Waffen", a phrase the parser hung on the subject). With ``climb``, an infinitive's
    subject is that of the verb it depends on ("Tirol hat angeboten, ... zu finanzieren"), not past
    a verb whose object does it ("Tirol verpflichtete Innsbruck, ... aufzunehmen"); and a bare name
    right after the finite verb that the parser took for its object is one too ("habe Tirol
    angeboten")."""
    while climb and verb.dep_ == "xcomp" and verb.head.i != verb.i \
            and not any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("obj", "iobj") for c in verb.head.children):
        verb = verb.head
    phrases = [c for c in verb.children if c.dep_ in ("nsubj", "sb")]
    if not phrases and climb:
        phrases = [c for c in verb.children if c.dep_ == "obj" and c.left_edge.i > 0
                   and is_finite_verb(doc[c.left_edge.i - 1])
                   and doc[c.left_edge.i].pos_ == "PROPN"]
    return [range(c.left_edge.i, c.i + 1) for c in phrases
            if not any(doc[j].pos_ == "ADP" for j in range(c.left_edge.i, c.i + 1))]


def _town_house_after(doc: Doc, k: int) -> bool:
    return k + 1 < len(doc) and doc[k + 1].lower_.endswith(TOWN_HOUSES)


def town_running_house(doc: Doc, index: EntityIndex, k: int) -> str | None:
    """ "im Lustenauer Sozialzentrum": the town (or region) whose adjective, a mention of it at ``k``,
    names a house it runs (TOWN_HOUSES; not "im Berliner Dom", "in einer Frankfurter Turnhalle"),
    which hosts as the town does."""
    hit = index.by_token.get(k)
    if hit is None or hit[1] != "adjective" or not _town_house_after(doc, k):
        return None
    place = index.places.get(hit[0])
    return hit[0] if place is not None and place.kind != "country" else None


def keep_places_that_acted(index: EntityIndex, involved: set[str]) -> None:
    """A town or region taken for an actor as the subject of help (``index.acting_by_help``) that
    then gives and receives nothing, and says nothing either, is only a place again."""
    for key in index.acting_by_help - involved:
        index.actors.pop(key, None)


def _is_name_word(doc: Doc, k: int, sentence_start: int) -> bool:
    """Whether the token at ``k``, after the start of its sentence, is a word of a proper name
    ("Mariscal", "Merkel"; not an acronym)."""
    word = doc[k] if k > sentence_start else None
    return word is not None and word.pos_ == "PROPN" and word.text[:1].isupper() and word.is_alpha \
        and not word.text.isupper()


def _agent_of_participle(doc: Doc, end: int, von: int | None = None) -> bool:
    """Whether the name after "von" that ends at ``end`` is the agent of the participle right after
    it: "von Riad geführte", "das von Saudi-Arabien finanzierte Zentrum" (where an article before
    "von" shows the participle, which the tagger may take for a past tense). Not a finite verb:
    "der Plan von Minsk sieht vor"."""
    if von is not None and von > 0 and doc[von - 1].lower_ in NEARNESS_WORDS:
        return False
    following = doc[end] if end < len(doc) else None
    if following is None or not following.is_lower or following.pos_ not in ("ADJ", "VERB") \
            or not following.lower_.rstrip("ens").endswith("t"):
        return False
    attributive = von is not None and von > 0 and doc[von - 1].lower_ in DETERMINERS
    return attributive or "Fin" not in following.morph.get("VerbForm")


#: Words before "von" that place something near a town, so the town is no agent: "in der Nähe von
#: Brüssel verhaftet", "nördlich von Kiew gelegen".
NEARNESS_WORDS = frozenset({"nähe", "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich",
                            "südöstlich", "südwestlich", "unweit", "unfern", "abseits", "umgebung", "oberhalb",
                            "unterhalb"})

#: Endings of nouns for the parts, streets and people of a town, after which a capital in the
#: genitive is the town, not its government: "auf den Straßen Bangkoks", "die Bewohner Kiews"
#: (but "die Haltung Moskaus"); compounds too ("Haupteinkaufsstraßen").
TOWN_PART_NOUNS = ("straßen", "straße", "plätzen", "platz", "zentrum", "innenstadt", "altstadt", "stadtteil",
                   "stadtteils", "stadtteilen", "viertel", "vierteln", "viertels", "vororte", "vororten",
                   "vorstadt", "vorstädte", "umgebung", "umland", "stadtrand", "einwohner", "einwohnern",
                   "bewohner", "bewohnern", "flughafen", "flughafens", "bahnhof", "gebäude", "gebäuden",
                   "straßenzüge", "skyline")
#: Short words of the same kind, matched whole: "Kosten" ends like "Osten", "Brand" like "Rand".
TOWN_PART_WORDS = frozenset({"norden", "süden", "osten", "westen", "rand", "himmel", "hafen", "häfen", "häuser",
                             "häusern", "bezirk", "bezirken", "bezirks", "nähe"})


#: Nouns that end like "Ort" and are none: "Export", "Sport", "Antwort".
NOT_PLACE_ENDINGS = ("port", "wort")


def _noun_ending_in(lower: str, endings: tuple[str, ...]) -> bool:
    """Whether a lowercased noun ends in one of ``endings``, also in the genitive or plural
    ("dorfes", "raums", "regionen"); not "Export" or "Antwort" for "-ort"."""
    if lower.rstrip("ens").endswith(NOT_PLACE_ENDINGS):
        return False
    return lower.endswith(endings) or any(lower.endswith(inflection) and lower[:-len(inflection)].endswith(endings)
                                          for inflection in ("es", "en", "s", "n"))


def _is_match_result(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a match's result ("2:1", "0:3-Niederlage"), not a vote or a ratio
    ("mit 5:4 Stimmen", "im Verhältnis 1:1", "der Sicherheitsrat stimmte 13:2")."""
    if not MATCH_RESULT.match(doc[i].text):
        return False
    if i + 1 < len(doc) and doc[i + 1].lower_.startswith("stimme"):
        return False
    return not any(doc[k].lower_.endswith(RATIO_WORDS) or doc[k].lemma_.lower().endswith("stimmen")
                   for k in range(max(0, i - 2), i))


def _names_a_town_part(word: str) -> bool:
    return word.endswith(TOWN_PART_NOUNS) or word in TOWN_PART_WORDS


#: Words by which a "für" phrase names who judges: "für Berlin undenkbar", "für Moskau nicht in Frage".
JUDGEMENT_WORDS = frozenset({"unvorstellbar", "undenkbar", "inakzeptabel", "unannehmbar", "ausgeschlossen", "frage",
                             "tabu"})


def _taken_or_visited(verb: Token) -> bool:
    """Whether a verb's object is a place by what is done to it: taken, attacked ("unter Beschuss
    genommen") or visited."""
    return particle_plus_lemma(verb) in VISITING_VERBS | CAPTURING_VERBS \
        or verb.text.lower().startswith(CAPTURING_STEMS) \
        or verb.lemma_ == "nehmen" and any(child.lower_ == "beschuss" for child in verb.children)


def inflected_noun_compound(word: str) -> bool:
    """ "Online-Foren": a hyphenated compound whose last part is an inflected ordinary noun, which
    no town's name is (unlike "Garmisch-Partenkirchen")."""
    last = word.rpartition("-")[2]
    lemma = lemma_lookup_table().get(last)
    return "-" in word and bool(lemma) and lemma[:1].isupper() and lemma != last


def named_like_a_town(word: str) -> bool:
    """Whether a compound noun may be a town's name: its last part in the base form and no
    abstract noun ("Althofen", "Hopfgarten"; not "Notquartieren", "Ordnungsaufgaben")."""
    if word.lower().endswith(ABSTRACT_ENDINGS) or word.lower().startswith(AMOUNT_PREFIXES):
        return False  # "in Milliardenhöhe", "in Rekordhöhe": an amount, no town
    table, lemmas = lemma_lookup_table(), _noun_lemmas()
    for cut in range(2, len(word) - 3):
        tail = word[cut].upper() + word[cut + 1:]
        if table.get(tail):
            return table[tail] == tail
        if tail in lemmas:
            return True  # a base form the table has only as a lemma: "-garten"
    return False


def rivers() -> frozenset[str]:
    """Names of rivers (kg/data/lexicon/rivers.txt), which are no places by the guidelines."""
    return word_list("rivers.txt")


def is_river(name: str) -> bool:
    """ "Donau", "Neckars": a river's name, also in the genitive."""
    return name in rivers() or name.endswith("s") and name[:-1] in rivers()


def river_suffix_end(doc: Doc, end: int) -> int:
    """Where a town's name ends that goes on with its river: "Kirchberg an der Jagst", "Frankfurt
    an der Oder", "Weil am Rhein" (``end`` when no river follows)."""
    if end + 1 < len(doc) and doc[end].lower_ == "am" and doc[end + 1].text in rivers():
        return end + 2
    if end + 2 < len(doc) and doc[end].lower_ == "an" and doc[end + 1].lower_ == "der" \
            and doc[end + 2].text in rivers():
        return end + 3
    return end


#: Lowercase particles inside Spanish, Portuguese and Italian place names: "Burguillos del Cerro",
#: "Villanueva de la Serena", "Castel di Sangro".
ROMANCE_PARTICLES = frozenset({"de", "del", "della", "la", "las", "los", "di", "do", "dos"})


def romance_name_end(doc: Doc, end: int) -> int:
    """Where a place's name ending at ``end`` goes on with its particle and another name, which
    the NER and the gazetteer cut off: "Burguillos" of "Burguillos del Cerro" (``end`` when none follows)."""
    k = end
    while k < len(doc) and doc[k].text in ROMANCE_PARTICLES:
        k += 1
    if k > end and k - end <= 2 and k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha \
            and not doc[k].is_sent_start:
        return k + 1
    return end


def name_after_kind_word(doc: Doc, start: int, end: int) -> str | None:
    """ "Großgemeinde Lukeqin", "Insel Lesbos", "Kreis Piqan" taken as one name by the statistical
    NER: the place's name without the word for its kind, as it is known (None when the span does not
    begin with one). Not an official name with it: "Landkreis Oder-Spree"."""
    first = doc[start]
    if end - start < 2 or not doc[start + 1].text[:1].isupper() or first.text in NAMED_WITH_THEIR_KIND:
        return None
    if first.lower_ in PLACE_KIND_WORDS | STATE_DIVISIONS | TOWN_KIND_WORDS:
        return doc[start + 1:end].text
    return None


def headline_end(doc: Doc, title: str | None) -> int:
    """Where the text below the headline begins (token index; 0 when the article has no headline).
    The title is the text's first line; it is a headline when more text follows and it ends without
    a full stop ("Erdbeben in Ostanatolien: EU bietet Hilfe an"), not a lead's first sentence
    given as the title. Places named only in a headline are no locations of the article: the
    headline sums up, the text names its places again as it uses them."""
    title, text = (title or "").strip(), doc.text  # spaCy builds doc.text anew at each reading
    if not title or title.endswith(".") or not text.startswith(title) or not text[len(title):].strip():
        return 0
    return next((t.i for t in doc if t.idx >= len(title)), len(doc))


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` is one of the places of a dateline: "Weitra/Wien – ", "Lustenau/Raggal - ",
    where the paper writes from, which need not be where its story happens."""
    k = start
    while k >= 2 and doc[k - 1].text == "/" and doc[k - 2].text[:1].isupper():
        k -= 2
    if not (k == 0 or doc[k - 1].is_space or "\n" in doc[k - 1].whitespace_ or doc[k - 1].text in (".", ":")
            and "\n" in doc[k - 1].whitespace_):
        return False
    return _rest_of_dateline(doc, end)[1]


def _rest_of_dateline(doc: Doc, end: int) -> tuple[list[int], bool]:
    """What follows a place ending at ``end`` in a dateline: where the other places joined by "/"
    begin ("Wien/Spielfeld/Bad Radkersburg – "), and whether a dash then ends the dateline, after
    the news agency's bracket if there is one ("Kairo (dpa) – ")."""
    others = []
    k = end
    while k + 1 < len(doc) and doc[k].text == "/" and doc[k + 1].text[:1].isupper():
        others.append(k + 1)
        k += 2
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
    k = _after_agency(doc, k)
    return others, k < len(doc) and doc[k].text in DATELINE_DASHES and doc[k].text != "/"


def _after_agency(doc: Doc, k: int) -> int:
    """Past the agency bracket that may follow a dateline's places at ``k`` ("(APA)", "(dpa/AFP)",
    "(Reuters)"), or ``k`` itself."""
    if k >= len(doc) or doc[k].text != "(":
        return k
    j = k + 1
    # an agency's short name is written in capitals or small letters ("APA", "dpa", "sda"); not
    # "Columbia (South Carolina) – ", a place's state
    while j < len(doc) and j - k <= 5 and (doc[j].text in ("/", ",", "-") or doc[j].is_alpha and (
            doc[j].text.isupper() or doc[j].text.islower() or doc[j].text in NEWS_AGENCIES)):
        j += 1
    return j + 1 if j > k + 1 and j < len(doc) and doc[j].text == ")" else k


def in_agency_bracket(doc: Doc, start: int) -> bool:
    """Whether token ``start`` is inside the news agency's bracket of a dateline ("Wien (APA) – ",
    "Kairo (dpa/AFP) – "): the agency that sent the story, no actor in it."""
    opening = next((j for j in range(start - 1, max(-1, start - 5), -1) if doc[j].text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or opening == 0:
        return False
    first = opening
    while first > 0 and (doc[first - 1].text == "/" or doc[first - 1].text[:1].isupper() and (
            doc[first - 1].is_alpha or doc[first - 1].text.endswith("."))):  # "St. Pölten (APA) – "
        first -= 1
    return first < opening and in_dateline(doc, first, opening)
