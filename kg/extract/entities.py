"""Mentions to actors and places: entity resolution within one article.

Sources of mentions, in order of trust: gazetteer matches (linked), rule-based names and roles,
then the statistical NER of the base pipeline. Overlaps are settled longest-first. Then:

* persons: "John Kerry", "Kerry", "Kerrys" are one person (surname and genitive matching), and
  a role phrase in apposition ("der Außenminister der Vereinigten Staaten, John Kerry") or
  before the name ("US-Außenminister John Kerry") is a mention of that person, giving its role
  and the state it represents;
* states: names, adjectives ("iranisch"), demonyms ("Amerikaner"), compound prefixes ("US-")
  and governments ("die US-Regierung", "Weißes Haus") all resolve to the state;
* organisations and places: one node per gazetteer entry, or per normalised name when unlinked.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.coreference import refer_back_by_head
from kg.extract.grammar import (
    INFLECTED_ADJECTIVE, INFLECTED_ADJECTIVE_OR_LOANWORD, _masculine_nominative, clause_bounds, is_adjective_like,
    is_common_noun, is_compound_of_nouns, is_dictionary_noun, is_english_phrase, is_lemma_table_adjective,
    is_inflected_noun, is_lowercase_word, is_noun_like, is_ordinary_noun, is_untabled_noun, joined_to_common_noun,
    nominative_name, positions_of,
)
# EntityIndex, RoleRef and LOCATIVE are imported from here by aid, sources and events.
from kg.extract.mentions import (
    GROUP_NOUNS, MEDIA_KIND_ENDINGS, EntityIndex, _Candidate, _adjective_endings_only,
    _capitalised_only_as_opening, _described_plural, _end_before_object, _joined_person_names, _linked_keys,
    _ministry_field, _ministry_name, _names_with_lowercase_adjective, _not_the_party, _person_name, _sentence_index,
    _in_byline, FEMININE_PERSON_ENDINGS, _names_a_person, _surname, _surname_of, _used_as_noun, is_relational_noun,
    nominative_by_gender,
)
from kg.extract.places import (
    CLUB_YEAR, COMPASS_PREFIXES, DATELINE_DASHES, DISEASES, GOVERNMENT_BODIES, GROUND_PREPOSITIONS, LOCAL_GOVERNMENTS,
    LOCATIVE, MONTHS, PLACE_KIND_ENDINGS, PLACE_PREPOSITIONS, STRONG_PLACE_CONTEXTS, STRONGHOLD_WORDS,
    PlaceFinding, SEATS_OF_ORGANISATIONS, TIME_ADVERBS, TOWN_KIND_WORDS,
    in_agency_bracket, inflected_noun_compound, is_river, name_after_kind_word, named_like_a_town, names_a_place_part,
    river_suffix_end, romance_name_end, without_compass_prefix,
)
from kg.extract.records import Actor, Place
from kg.extract.roles import INDEFINITE_ARTICLES, RoleFinding
from kg.extract.services import ServiceFinding
from kg.nlp.components import (
    CLOSING_QUOTES, INSTITUTIONS, LEGAL_FORMS, NAME_DESCRIPTORS, OPENING_QUOTES, SEATED_NAMES, institution_name,
    is_given_name, lemma_lookup_table,
)
from kg.nlp.gazetteer import Entry, Gazetteer
from kg.nlp.normalize import slug, stem

#: Words for a region's government before its name: "das Land Tirol", "der Kanton Zürich" (the regions
#: among places.LOCAL_GOVERNMENTS, which act as a state does; unlike places.DISTRICT_WORDS, whose
#: districts are only places).
REGION_GOVERNMENTS = frozenset({"land", "bundesland", "kanton"})

#: Government metonyms resolve to the state; words that make "US-Regierung" mean the state (and
#: "US-Staat", which alone is no government: "der Staat" may be any state).
GOVERNMENT_WORDS = GOVERNMENT_BODIES | {"staat"}

_ORG_CATEGORY = {"Organization": "Organization", "ArmedGroup": "ArmedGroup", "Media": "Media",
                 "Military": "Organization", "Party": "Organization", "Government": "Country", "Person": "Person",
                 "Country": "Country"}

#: The members of an organisation acting together: "die EU-Staaten haben ... versprochen".
MEMBER_WORDS = frozenset({"staaten", "länder", "ländern", "mitgliedstaaten", "mitgliedsstaaten", "mitgliedsländer",
                          "mitgliedsländern", "mitglieder", "mitgliedern", "partner", "partnern", "verbündete",
                          "verbündeten", "regierungen"})

#: Heads of compounds that make the organisation before them the source of what the article reports
#: ("nach UNO-Angaben", "laut APA-Informationen", "nach UN-Schätzungen"): it takes part as one who
#: informs, unlike "der FPÖ-Chef" or "die EU-Richtlinie".
REPORT_HEADS = frozenset({"angaben", "informationen", "infos", "recherchen", "schätzung", "schätzungen", "zählung",
                          "zählungen", "zahlen"})

#: Heads of compounds that name the organisation before them itself, by its kind: "der Nissan-Konzern",
#: "die Lufthansa-Gruppe" are the company (unlike "FPÖ-Chef" or "EU-Asylrichtlinie").
SELF_HEADS = frozenset({"konzern", "konzerns", "konzernes", "gruppe", "unternehmen", "unternehmens", "holding"})

#: Words for a public body that is named by its field after "für": "die Behörde für Meteorologie",
#: "das Amt für Statistik" (without a field's noun, "die Behörde für Asylwerber" is any).
FIELD_BODIES = frozenset({"Behörde", "Amt", "Amtes", "Amts", "Agentur", "Bundesamt", "Bundesamtes", "Landesamt",
                          "Landesamtes"})

#: Endings of nouns for a field of work: "Meteorologie", "Statistik", "Integration", "Forschung".
FIELD_ENDINGS = ("ie", "ik", "ung", "ion", "tät", "schaft", "wesen", "ismus", "sorge", "kunde", "heit", "keit")

DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "vom", "zum", "zur", "beim", "im", "am"})

#: Heads of associations named by whom they gather: "Verband der Automobilindustrie", "Gewerkschaft
#: der Seeleute", "Dachverband der Elternvereine".
ASSOCIATION_HEADS = ("verband", "verbands", "verbandes", "gewerkschaft", "vereinigung", "innung")

#: Bodies of a state that act for it: "die syrische Armee" is Syria acting.
STATE_BODIES = frozenset({"regierung", "regierungen", "regime", "armee", "armeen", "streitkräfte", "streitkräften",
                          "militär", "militärs", "luftwaffe", "marine", "führung", "staatsführung",
                          "behörden", "staatsmedien", "sicherheitskräfte", "sicherheitskräften",
                          "administration", "präsidentschaft"})

#: Words for a body that, after an article, begin a name with "für": "die Gesellschaft für bedrohte
#: Völker", "das Zentrum für politische Bildung".
PURPOSE_BODIES = frozenset({"Gesellschaft", "Institut", "Instituts", "Zentrum", "Zentrums", "Stiftung", "Komitee",
                            "Komitees", "Verein", "Vereins", "Bund", "Bundes", "Kommission", "Fonds", "Rat", "Rates",
                            "Verband", "Verbandes", "Forum", "Forums", "Allianz", "Liga", "Büro", "Büros"})

#: Endings of unknown place names that are streets, squares, bases or buildings, which kg does
#: not geocode as places: "Merasin-Straße", "Inönü-Boulevard", "Luftwaffenstützpunkt".
NOT_SETTLEMENTS = ("straße", "strasse", "boulevard", "allee", "gasse", "platz", "brücke", "kaserne",
                   "stützpunkt", "flughafen", "bahnhof", "grenzübergang", "palast", "moschee",
                   "kirche", "spital", "krankenhaus", "stadion", "gefängnis")

#: Lowercase words inside personal names before an article: "von der Leyen", "van der Bellen".
NAME_PARTICLES = frozenset({"von", "van", "de", "vom", "zu"})

#: Words cut short before "und" that a place's name begins with: "Nord- und Südtirol", "Ober- und
#: Niederösterreich".
ELIDED_PLACE_PREFIXES = frozenset({*COMPASS_PREFIXES, "ober", "nieder", "mittel", "unter", "inner"})
_ELIDED_PREFIXES_LONGEST_FIRST = sorted(ELIDED_PLACE_PREFIXES, key=len, reverse=True)

#: The sun, the moon and the planets, which statistical NER takes for places ("von der Sonne",
#: "so schwer wie Jupiter") and the gazetteer may know as towns (Jupiter, Florida): no places on earth.
CELESTIAL_BODIES = frozenset({"Sonne", "Mond", "Mondes", "Merkur", "Merkurs", "Venus", "Mars", "Jupiter", "Jupiters",
                              "Saturn", "Saturns", "Uranus", "Neptun", "Neptuns", "Pluto", "Plutos", "Milchstraße"})

#: Words for treaties and agreements, after which a name is the document's, not a place: "Schengener
#: Abkommen", "Kyoto-Protokoll", "Lissabon-Vertrag", "Normandie-Format".
AGREEMENT_WORDS = ("abkommen", "abkommens", "vertrag", "vertrags", "vertrages", "protokoll", "protokolls",
                   "übereinkommen", "übereinkommens", "konvention", "format", "formats")

#: Particles before a surname, in any case: the word after one is the surname, whatever it means
#: ("Maggie De Block", "Kevin De Bruyne", "Nienke van der Marel").
SURNAME_PARTICLES = NAME_PARTICLES | {"der", "den", "da", "di", "del", "della", "du", "le", "la", "dos", "ten", "ter"}

#: Words a statistical span sometimes runs on into: "Vereinigten Arabischen Emirate und".
TRAILING_FUNCTION_WORDS = frozenset({"und", "oder", "sowie", "der", "des", "die", "von", "im", "in"})

#: Heads that make a compound with a known name an institution of its own ("EU-Kommission").
INSTITUTION_HEADS = (*INSTITUTIONS, "rat", "kommission", "agentur", "behörde", "amt", "gericht", "bank",
                     "fonds", "armee", "polizei", "partei", "mission", "gruppe")

#: Abbreviations that open the name of a sports club: "FC Schalke 04", "TSV 1860", "THW Kiel".
CLUB_ABBREVIATIONS = frozenset({"FC", "SC", "SV", "TSV", "VfB", "VfL", "VfR", "TSG", "THW", "SG", "TuS", "BSC", "FSV",
                                "SpVgg", "SSV", "MSV", "KSV", "ESV", "SK", "SKN", "ASK", "USV", "FK", "SSC", "EHC",
                                "ERC", "TSC", "SCR"})

#: Last words of English company names: "Jet Airways", "Swiss Solar Systems", "Tesla Motors".
ENGLISH_COMPANY_HEADS = frozenset({"airways", "airlines", "systems", "technologies", "solutions", "software", "motors",
                                   "pharmaceuticals", "holdings", "industries", "corporation", "entertainment",
                                   "records", "pictures", "networks", "communications", "electronics", "ventures"})

#: Words for a company by its trade, before its name: "der Spielzeughersteller Mattel", "das Label EMI".
COMPANY_KIND_ENDINGS = ("konzern", "firma", "unternehmen", "hersteller", "autobauer", "fluggesellschaft", "reederei",
                        "bankhaus", "versicherer", "label", "kette", "airline")

#: Heads of the hyphenated names of schools, foundations, clinics and associations after a person or place:
#: "Otto-Schott-Gymnasium", "Heinrich-Böll-Stiftung", "Robert-Koch-Institut".
NAMED_INSTITUTION_HEADS = ("gymnasium", "schule", "universität", "hochschule", "akademie", "institut", "stiftung",
                           "klinik", "klinikum", "krankenhaus", "spital", "museum", "verein", "verband")

#: Heads of public bodies that are told apart by their seat: "Universität Wien", "Landesgericht Linz".
_SEAT_DISTINGUISHED_HEADS = ("gericht", "universität", "hochschule", "direktion", "hauptmannschaft")

#: Heads of bodies named after their seat: "Landesgericht Wiener Neustadt", "Landeskriminalamt
#: Niederösterreich", "Universität Wien".
NAMED_BY_SEAT = (*INSTITUTION_HEADS, *_SEAT_DISTINGUISHED_HEADS, "klinik", "klinikum", "krankenhaus",
                 "museum", "theater", "oper", "zoo", "flughafen")

#: Heads of bodies that go by the town or region they sit in, which follows them: "Ärztekammer
#: Steiermark", "Landesgericht Linz", "Staatsanwaltschaft Wien", "Universität Innsbruck".
SEATED_BODY_HEADS = (*_SEAT_DISTINGUISHED_HEADS, "kammer", "gerichtshof", "anwaltschaft", "kriminalamt")

#: A Land's government, which its adjective names: "die Tiroler Landesregierung".
LAND_GOVERNMENT_WORDS = frozenset({"landesregierung", "landesregierungen"})

#: Acronyms for a kind of body, not one body: "Mehrere NGOs kritisierten".
GENERIC_ACRONYMS = frozenset({"NGO", "NGOs", "NRO", "NROs"})

#: Heads of nouns for things that texts abbreviate with an acronym in brackets: "die Ostautobahn
#: (A4)", "ein hämorrhagisches Dengue-Fieber (DHF)", "ein globales Vertriebssystem (GDS)".
ABBREVIATED_THINGS = ("autobahn", "straße", "fieber", "krankheit", "syndrom", "system", "programm", "verfahren",
                      "gesetz", "index", "steuer", "technologie", "satellit", "teleskop", "reaktor")

#: Function words (adverbs, particles, interrogatives, prepositions) that the statistical NER takes for a
#: name where they open a sentence: "Bloß: ...", "Woran liegt es?", "Via Kurier ließ sie wissen".
FUNCTION_WORDS = frozenset({
    "bloß", "via", "per", "pro", "laut", "samt", "nebst", "statt", "zwecks", "woran", "worauf", "worüber",
    "wobei", "womit", "wodurch", "wofür", "wogegen", "wozu", "warum", "wieso", "weshalb", "weswegen", "wann",
    "woher", "wohin", "dennoch", "trotzdem", "jedoch", "zwar", "allerdings", "immerhin", "freilich", "sogar",
    "also", "denn", "doch", "nur", "auch", "schon", "noch", "eben", "halt", "gar", "hingegen", "außerdem",
    "deshalb", "daher", "darum", "somit", "folglich", "indes", "indessen", "nun", "jetzt", "ja", "nein",
    "tja", "ach", "naja", "ebenso", "ebenfalls", "zudem", "überdies", "obendrein", "vielmehr", "stattdessen",
    "hierzulande", "anschließend", "zunächst", "schließlich", "letztlich", "offenbar", "offensichtlich",
    "angeblich", "vermutlich", "wahrscheinlich", "womöglich", "tatsächlich", "eigentlich", "natürlich",
    "selbstverständlich", "jedenfalls", "ohnehin", "sowieso", "ebenda", "dort", "hier", "da", "dabei", "dazu",
    "damit", "davon", "dafür", "dagegen", "darauf", "daraus", "darin", "darüber", "danach", "davor"})

#: Abbreviations of things, subjects and units that the statistical NER takes for organisations.
COMMON_ABBREVIATIONS = frozenset({
    "SMS", "MMS", "BWL", "VWL", "EDV", "PKW", "LKW", "KFZ", "BIP", "KMU", "GMBH", "PC", "TV", "DVD", "CD", "USB",
    "GPS", "DNA", "DNS", "HIV", "AIDS", "WLAN", "IT", "KI", "PR", "CEO", "CFO", "CO2", "PS", "KM", "KW", "KWH",
    "MW", "GW", "SUV", "LED", "PDF", "URL", "SIM", "PIN", "TAN", "IBAN", "ISIN", "BIC", "AGB", "FAQ", "HD", "UKW",
    "MRT", "EKG", "OP", "ICE", "IC", "WC", "DJ", "MBA", "PHD", "AHS", "BHS", "HTL", "HAK", "NMS", "VS", "WM", "EM"})

#: Heads of compounds naming a body an organisation or state sends: "EU-Mission", "UN-Kommission".
MISSION_HEADS = ("mission", "kommission", "einsatz", "truppe", "truppen", "operation", "beobachtermission")

#: Demonstratives, which take a noun, not a name: "dieser Causa".
DEMONSTRATIVES = frozenset({"dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes", "jenem",
                            "jenen"})

#: Prepositions with the article in them: "zum Essen" is the noun as "das Essen" is.
ARTICLE_CONTRACTIONS = frozenset({"zum", "zur", "beim", "vom"})

#: Words for amounts, after which a capitalised word is a unit or currency: "zwei Milliarden Złoty".
AMOUNT_WORDS = frozenset({"millionen", "milliarden", "mio.", "mrd.", "tausend", "hunderttausend", "billionen"})

#: Articles, which a town's name does not take but a common noun does: "in der Halle".
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"})
#: Words after which a phrase of English words names someone: "laut Sue Gray", "so Rose Young".
NAME_MARKERS = frozenset({"laut", "so", "von", "vom", "nach", "mit", "und", "sowie", "gegen"})

#: An article, or a preposition with one in it, before a body's name: "der Ärztekammer", "beim Landesgericht".
_ARTICLE_FORMS = ARTICLES | ARTICLE_CONTRACTIONS

#: Generic words before a place name: "Provinz Hama" is labelled "Hama" when the article says both
#: (but not "Bezirk Mödling", a district named after its town).
PLACE_GENERIC = ("provinz ", "region ", "gouvernement ", "oblast ", "gebiet ", "stadt ", "kanton ")

#: A state's neighbour, which refers back like "das Land": "unterstützt seinen nördlichen Nachbarn".
NEIGHBOUR_WORDS = frozenset({"nachbarn", "nachbar", "nachbarland", "nachbarlandes", "nachbarstaat", "nachbarstaates",
                             "nachbarstaats"})

NEIGHBOUR_DETERMINERS = frozenset({"den", "dem", "des", "der", "das", "seinen", "seinem", "seines", "sein", "ihren",
                                   "ihrem", "ihres", "ihr"})

#: States whose federal government is "die Bundesregierung" or "der Bund".
FEDERAL_STATES = frozenset({"country:DE", "country:AT", "country:CH"})
#: Nouns a state is referred back to by: "das Land", "die Republik", "das Emirat" (Katar), "das Königreich".
STATE_NOUNS = frozenset({"land", "landes", "republik", "emirat", "emirats", "königreich", "königreichs"})

#: Words for a state's government as a body: "die Regierung", "der Ministerrat" (Austria's cabinet).
#: Unlike GOVERNMENT_BODIES, not "Führung", "Administration", "Regime" or "Behörden": alone, with no
#: state named, they are not taken for the dateline's government ("die Führung" may lead a party, "die
#: Behörden" be a town's); they stand for a state only with one named beside them.
CABINET_WORDS = (GOVERNMENT_BODIES - {"führung", "administration", "regime", "behörden"}) | {"ministerrat"}

#: Heads of compounds with a known name that are bodies of their own: "EU-Syrien-Fonds".
OWN_INSTITUTION_HEADS = ("fonds", "kommissariat", "hochkommissariat", "gerichtshof", "behörde", "agentur",
                         # a state's forces with a name of their own: "US-Küstenwache", "US-Nationalgarde"
                         "küstenwache", "nationalgarde", "grenzpolizei", "grenzschutz")

#: Organs of a state that act for it even when the article does not say whose they are.
STATE_ORGANS = ("ministerium", "kanzleramt", "außenamt", "auswärtiges amt", "bundesheer", "präsidialamt", "ministerrat",
                "nationalgarde", "knesset", "duma", "sejm", "rada")

#: Last words of a hyphenated name of a body, which ordinary nouns can make up ("Arbeiter-Samariter-Bund",
#: "Ärzte-Kammer"); not "Sicherheits-Apparat", "Lebensmittel-Vorrat" (see _compound_of_common_nouns).
_NAMED_BODY_ENDINGS = ("bund", "initiative", "hilfe", "front", "allianz", "rat", "kammer", "zentrale", "verlag", "werk")

#: Heads of compounds that name a kind of place, not one place: "Ölregion", "Hafenstadt", "Mittelmeer".
GENERIC_PLACE_HEADS = ("region", "gebiet", "stadt", "hafen", "dorf", "insel", "meer", "see", "ozean")

#: Words of amount before a noun, which a town's name does not take: "mehr Essen".
QUANTIFIERS = frozenset({"mehr", "weniger", "viel", "wenig", "genug", "kein", "keine", "keinen", "keinem", "etwas",
                         "ausreichend", "zusätzliches", "frisches", "warmes", "genügend"})

#: Words before the name of a storm: "Zyklon Hamish", "Hurrikan Katrina" (events, not actors).
STORM_WORDS = frozenset({"Zyklon", "Zyklons", "Hurrikan", "Hurrikans", "Taifun", "Taifuns", "Wirbelsturm",
                         "Wirbelsturms", "Tropensturm", "Tropensturms", "Orkan", "Orkans", "Sturmtief", "Sturmtiefs",
                         "Tief", "Tiefs", "Hoch", "Hochs", "Tiefdruckgebiet", "Tiefdruckgebiets",
                         "Tiefdruckgebietes", "Hochdruckgebiet", "Hochdruckgebiets", "Unwettertief"})

#: A weekday with its time of day, which statistical NER takes for a name: "Montagfrüh".
_TIME_OF_DAY = re.compile(r"^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                          r"(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)s?$")

#: Apostrophes and quotes, which the tokenizer sometimes leaves as a word of their own after a name.
_APOSTROPHES = frozenset("’'‘`´")

#: An initial inside a person's name: the "W." of "Matthias W. Beckmann".
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")

#: Acronyms of ministries (Austrian and German), by the field of the ministry: "das BMI".
MINISTRY_ACRONYMS = {"BMI": "innen", "BMF": "finanz", "BMJ": "justiz", "BMLV": "verteidigung",
                     "BMVg": "verteidigung", "BMVG": "verteidigung", "BMEIA": "außen", "BMZ": "entwicklung",
                     "BMG": "gesundheit", "BMAS": "arbeit", "BMBF": "bildung", "BMWi": "wirtschaft",
                     "BMWK": "wirtschaft", "BMEL": "landwirtschaft", "BMVI": "verkehr", "BMDV": "verkehr"}

#: Words before "Ressort" or "Ministerium" that refer back to a ministry named before: "das Ressort".
MINISTRY_DETERMINERS = frozenset({"das", "des", "dem", "im", "vom", "beim", "zum", "dieses", "diesem"})

#: Words inside English names of organisations, and their last words ("Safety Authority").
ENGLISH_NAME_GLUE = frozenset({"and", "of", "for", "&"})

ENGLISH_NAME_HEADS = frozenset({"Authority", "Agency", "Corporation", "Company", "Council", "Service", "Office",
                                "Foundation", "Institute", "Association", "Organization", "Organisation",
                                "Commission", "Bureau", "Administration", "Department", "Board", "Fund",
                                "Trust", "Society", "Alliance", "Network", "Center", "Centre", "Group"})

#: Words before the name of a military operation or exercise, which names no place: "im Rahmen der
#: Operation Muschtarak".
OPERATION_WORDS = ("operation", "militäroperation", "offensive", "mission", "manöver")

#: Words for ships, bases, buildings, volcanoes and events: a name after one of them, or with one as its
#: first or last word, is no actor ("der Zerstörer Donald Cook", "Hotel Kobenzl", "der EU-Gipfel",
#: "die Haftanstalt Palmasola", "der Deutsche Aktienindex").
THING_WORDS = ("zerstörer", "fregatte", "kreuzer", "flugzeugträger", "schiff", "fähre", "frachter", "tanker",
               "stützpunkt", "flugplatz", "flughafen", "kaserne", "fliegerhorst", "hotel", "grenzübergang",
               "festival", "airshow", "airport", "spaceport", "raumstation", "gipfel", "vulkan", "gefängnis", "haftanstalt",
               "gala", "stadion", "hubschrauber", "helikopter", "flugzeug", "jet", "baumuster", "typ", "motto",
               "slogan", "vorschrift", "vorschriften", "norm", "richtlinie", "paragraf", "paragraph", "index",
               *OPERATION_WORDS)

#: Last words of the names of events, prizes and eras ("Australian Open", "Rallye-WM", "Emmy Award",
#: "Spanischer Bürgerkrieg", "De-Gaulle-Ära"), which name no actor; unlike THING_WORDS not before
#: a name, which they govern as a genitive or apposition ("die Ära Merkel", "der Krieg Assads").
EVENT_WORDS = ("award", "awards", "trophy", "contest", "championship", "championships", "meisterschaft", "ära",
               "krieg", "kriegs", "biennale", "turnier", "turniers")
#: Short ones, which only a whole word is ("IWM", "Knowm" end in no "WM").
EVENT_WORDS_WHOLE = frozenset({"open", "prix", "wm", "em", "cup"})
#: Event words that are German surnames too ("der Politologe Andreas Krieg").
SURNAMES_AMONG_EVENT_WORDS = frozenset({"krieg"})
#: Words that open a prize's name: "Prix Goncourt", "Grand Prix Eurovision".
EVENT_WORDS_OPENING = frozenset({"prix", "grand"})

#: Last words of street names ("Sukhumvit Road", "Pennsylvania Avenue"), which the annotation
#: guidelines count neither as actors nor as places; not first words ("Road Runner Records").
STREET_WORDS = ("straße", "strasse", "gasse", "allee", "road", "street", "avenue", "boulevard")

#: Barracks, air bases and police stations named by their town: the town in "die Kaserne Fehring"
#: is part of the facility's name, not a place the article tells of (the annotation guidelines).
FACILITY_SEATS = ("kaserne", "fliegerhorst", "polizeiinspektion", "polizeiposten", "justizanstalt")

#: Stock market indices, which market reports name like organisations ("Der ATX schloss ...",
#: "Dow Jones/New York +0,20 Prozent"): no actors.
STOCK_INDICES = frozenset({"ATX", "ATX Prime", "DAX", "MDAX", "SDAX", "TecDAX", "FTSE", "FTSE 100", "Footsie",
                           "Dow Jones", "Dow", "Dow-Jones", "Dow Jones Industrial", "Nasdaq", "Nasdaq Composite",
                           "S&P 500", "S&P", "CAC-40", "CAC 40", "CAC", "Nikkei 225", "Hang Seng",
                           "Euro Stoxx", "Euro Stoxx 50", "Euro-Stoxx-50", "EuroStoxx", "Stoxx", "SMI", "IBEX",
                           "Ibex 35", "FTSE MIB", "Shanghai Composite", "CSI 300", "Kospi", "Sensex",
                           "Micex", "ATX-Index", "DAX-Index"})

_STOCK_INDICES_CASEFOLDED = frozenset(name.casefold() for name in STOCK_INDICES)

#: A code of a type or model: a word with letters and digits ("A380", "UH-1D", "B-52").
_MODEL_CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Z0-9][A-Za-z0-9-]{2,}$")

#: A short model code ending a name of several words: "Lumix G7", "BeoPlay H7" (alone, "G7" is a group of states).
_SHORT_MODEL_CODE = re.compile(r"^[A-Z]{1,2}\d{1,2}$")

#: Words for products, drugs, works, cars and currencies, after which an unknown name is the thing's,
#: neither an actor nor a place: "das Beruhigungsmittel Midazolam", "die Währung Hrywnja", "die
#: Comedy-Serie Moralejas", "der Wirkstoff Glyphosat", "das Passat-Coupé (CC)".
PRODUCT_WORDS = ("mittel", "medikament", "medikaments", "wirkstoff", "präparat", "droge", "währung", "software",
                 "film", "filme", "serie", "roman", "album", "oper", "musical", "sendung", "marke", "modell",
                 "produkt", "anleihe", "aktie", "gewehr", "rakete", "raketen", "drohne", "virus", "impfstoff",
                 "computerspiel", "videospiel", "smartphone", "song", "single", "theaterstück", "buch", "tarif",
                 "tarife", "modelle", "kleinwagen", "sportwagen", "geländewagen", "limousine", "coupé", "cabrio",
                 "sujet", "sujets")

#: Heads of nouns for things whose acronym in brackets names no actor: "die Ostautobahn (A4)".
_THINGS_WITH_ACRONYMS = (*ABBREVIATED_THINGS, *THING_WORDS, *PRODUCT_WORDS, *AGREEMENT_WORDS)

#: Beginnings of verbs whose subject, when it is a newspaper called by a common noun with its article ("der
#: Standard", "die Krone", "die Zeit"), is that newspaper: "Wie der Standard erfuhr", "Die Krone
#: berichtete" (but not "die Zeit drängt").
REPORTING_VERBS = ("bericht", "erfahr", "erfuhr", "schreib", "schrieb", "meld", "zitier", "titel", "enthüll",
                   "veröffentlich", "recherch", "zufolge")

#: What follows a name that makes it a TV channel's: "Bugün TV".
TV_SUFFIXES = frozenset({"TV"})

_STAT_LABELS = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "LOC": "Place",
                "GPE": "Place"}

#: id of a gazetteer -> the gazetteer and its newspapers called by a common noun (see
#: EntityResolver._press_nouns); holding the gazetteer keeps its id from being reused by another
_PRESS_NOUNS: dict[int, tuple[object, dict[str, str]]] = {}
#: id of a gazetteer -> the gazetteer and the stems of its persons' surnames, held the same way
_SURNAMES: dict[int, tuple[object, set[str]]] = {}

#: Nouns for a firm (the sources' anaphora read them too: "bestätigte der Konzern").
FIRM_NOUNS = ("firma", "konzern", "unternehmen", "fluggesellschaft", "fluglinie", "airline", "hersteller")

#: Endings of nouns for a firm, after which a name the NER takes for a place is the firm's: "der
#: Firmen Conradty Carbon und Conradty COVA", "der Softwarekonzern Nordwind".
_FIRM_NOUN_ENDINGS = (*FIRM_NOUNS, "firmen", "konzerns", "konzerne", "unternehmens", "herstellers")

#: Nouns for a firm by its trade, which no firm's name begins with: "der Anwaltskanzlei Lansky".
_TRADE_NOUNS = ("kanzlei", "kette", "werbeagentur")

#: Last words of newspapers' names ("Beijing Times", "Deccan Herald"; not "Post", a postal service's too).
_NEWSPAPER_WORDS = frozenset({"Times", "Daily", "Herald", "Tribune", "Gazette", "Telegraph", "Chronicle", "Zeitung",
                              "Rundschau"})

#: Last words of the names of bands and labels, which no surname is: "Problembär Records".
_ENSEMBLE_WORDS = frozenset({"band", "records", "orchestra", "ensemble", "quartet"})

#: Last words of companies' names, which no surname is: "Ipek Holding", "Kenon Holdings".
_COMPANY_WORDS = frozenset({"holding", "holdings", "group", "gruppe", "corporation", "company", "capital", "partners",
                            "ventures", "industries", "international", "media", "bank", "lab", "labs",
                            *(form.lower().rstrip(".") for form in LEGAL_FORMS)})
#: Last words of a firm's or an ensemble's name.
_FIRM_LAST_WORDS = _COMPANY_WORDS | _ENSEMBLE_WORDS


#: Verbs whose subject is given to, not acting: "Die Ukraine erhält von der Schweiz 100 Millionen Franken".
RECEIVING_LEMMAS = frozenset({"erhalten", "bekommen", "empfangen", "kriegen"})


def _acting_subject(token) -> bool:
    """Whether a name (its root token) is its clause's subject: the parser's label, unless the
    morphology declines it ("stellt der Ukraine Geld zur Verfügung", which the parser may also call a
    subject). Not a passive's subject nor a receiver's, who are acted upon ("Die Ukraine wird
    beliefert", "Die Ukraine erhält Geld")."""
    return token.dep_ == "nsubj" and not {"Dat", "Acc", "Gen"} & set(token.morph.get("Case")) \
        and token.head.lemma_ not in RECEIVING_LEMMAS


class EntityResolver(PlaceFinding, RoleFinding, ServiceFinding):
    """Builds the :class:`EntityIndex` of one Doc. Reads spans written by kg's components."""

    def __init__(self, gazetteer: Gazetteer, *, gazetteer_key: str = "kg_gazetteer",
                 names_key: str = "kg_names", roles_key: str = "kg_roles") -> None:
        self.gazetteer = gazetteer
        self.gazetteer_key = gazetteer_key
        self.names_key = names_key
        self.roles_key = roles_key

    def _known_surnames(self) -> set[str]:
        """The stems of the surnames of the gazetteer's persons ("Merkel"), computed once per
        gazetteer (a resolver is made for each article)."""
        gazetteer, cached = _SURNAMES.get(id(self.gazetteer), (None, None))
        if gazetteer is not self.gazetteer:
            cached = {stem(_surname(entry)) for entry in self.gazetteer.entries.values() if entry.kind == "person"}
            _SURNAMES[id(self.gazetteer)] = (self.gazetteer, cached)
        return cached

    def _same_person_spelt(self, written: str, known: str) -> bool:
        """Whether the name the article writes is a known person's, shortened ("Tayyip Erdoğan" of
        "Recep Tayyip Erdoğan") or transliterated otherwise ("Micheil Saakaschwili" of "Michail
        Saakaschwili", "Umar al-Baschir" of "Omar al-Baschir": the same surname, and a given name
        spelt with a letter or two otherwise)."""
        written_words, known_words = written.split(), known.split()
        if {stem(w) for w in written_words} <= {stem(w) for w in known_words}:
            return True
        given, known_given = written_words[0].lower(), known_words[0].lower()
        sexes = {self.gazetteer.given_name_genders.get(given), self.gazetteer.given_name_genders.get(known_given)}
        # "Susanne Kurz" is not "Sebastian Kurz", nor "Anna Scholz" "Olaf Scholz": the given names
        # differ by a letter or two at most, and are not known as a man's and a woman's
        return stem(written_words[-1]) == stem(known_words[-1]) and min(len(given), len(known_given)) >= 4 \
            and _edit_distance(given, known_given) <= 2 and not {"m", "f"} <= sexes

    def _candidates(self, doc: Doc) -> list[_Candidate]:
        found: list[_Candidate] = []
        press = self._press_nouns()
        of_another_state = set()  # "Kanadas" of "der Konservativen Partei Kanadas": part of a party's name
        for span in doc.spans.get(self.gazetteer_key, []):
            kind = {"CountryAdjective": "adjective", "Demonym": "demonym"}.get(span.label_, "name")
            if span.start in of_another_state:
                continue
            if self._party_of_another_state(doc, span):
                # "die Konservative Partei Kanadas" is not the British party of that name
                found.append(_Candidate(span.start, span.end + 1, "Organization", None, "name", 0))
                of_another_state.add(span.end)
                continue
            if span.label_ == "Party" and _not_the_party(doc, span.start, span.end, self._names_of(span.kb_id_)):
                continue  # "kein Grünes Licht", "dem Grünen": the colour, one member
            if len(span) == 2 and press.get(span[1].lower_) == span.kb_id_ and span[0].lower_ in ARTICLES \
                    and not span[1].is_upper and (span.start == 0 or span[0].is_sent_start
                                                  or _opens_quotation(doc, span.start, span.end)):
                # "Die Krone berichtete" is the paper (named as "Krone"), "Die Zeit drängt" is time
                if self._reported_by(doc, span.start + 1):
                    found.append(_Candidate(span.start + 1, span.end, span.label_, span.kb_id_, kind, 0))
                continue
            if span.label_ == "Place" and len(span) == 1 and span.start > 0 and \
                    doc[_before_adjectives(doc, span.start)].lower_ in ARTICLES | ARTICLE_CONTRACTIONS \
                    and is_dictionary_noun(span.text) and self.gazetteer.entries[span.kb_id_].place_kind != "region":
                # "in der Halle", "das Essen", "Chips zum Essen", "ein geplantes Essen": the noun, not
                # the town ("vom Balkan" is the region, whose name takes the article)
                continue
            if span.label_ == "Place" and len(span) == 1 and is_dictionary_noun(span.text) \
                    and not self._written_as_named(span.text, self.gazetteer.entries[span.kb_id_]):
                continue  # "Daten" (of "Datum") is no inflection of the town Date
            if span.label_ == "Place" and self._town_read_only_as_person(doc, span):
                continue  # "die Regierung Bush", "sagte Bush": the president, not the Egyptian town
            if span.label_ == "Place" and len(span) == 1 and span.start > 0 \
                    and doc[span.start - 1].morph.get("Poss") == ["Yes"]:
                continue  # "mit seinem Van": a thing someone owns, not the town
            if span.label_ == "Place" and len(span) == 1 and is_dictionary_noun(span.text) and span.start > 0 \
                    and doc[span.start - 1].lower_ in QUANTIFIERS:
                continue  # "mehr Essen", "kein Hof": an amount of the noun, not the town
            if span.label_ == "Place" and len(span) == 1 and self._given_name_before_surname(doc, span.start):
                # "bediente Lars Müller den Stürmer": a given name that is also a town's, then a surname
                found.append(_Candidate(span.start, span.end + 1, "Person", None, "name", 1))
                continue
            if span.label_ == "Place" and len(span) == 1 and span.start > 0 \
                    and doc[span.start - 1].text[:1].isupper() and is_given_name(doc[span.start - 1].text, self.gazetteer.given_names):
                # "Richard Chandler": a given name and a town's name are a person, not the town
                found.append(_Candidate(span.start - 1, span.end, "Person", None, "name", 1))
                continue
            found.append(_Candidate(span.start, span.end, span.label_, span.kb_id_, kind, 0))
        gazetteer_words = {i for span in doc.spans.get(self.gazetteer_key, []) for i in range(span.start, span.end)}
        # one-word known names in the genitive ("Moskaus", "Irans") that may open a noun phrase
        known_genitives = {span.start for span in doc.spans.get(self.gazetteer_key, [])
                           if len(span) == 1 and span.text.endswith("s") and span.text != self.gazetteer.entries[span.kb_id_].name}
        for token in doc[1:]:
            # "Wie der Standard erfuhr", "Die Krone berichtete", "Auf Nachfrage des Standard": a
            # newspaper called by the common noun of its name, where it reports or is asked
            key = press.get(token.lower_)
            if key is not None and token.i not in gazetteer_words and token.text[:1].isupper() \
                    and doc[token.i - 1].lower_ in ARTICLES - INDEFINITE_ARTICLES and self._reported_by(doc, token.i):
                found.append(_Candidate(token.i, token.i + 1, "Media", key, "name", 0))
        # where each known organisation's name begins and ends
        known_orgs = {span.start: span.end for span in doc.spans.get(self.gazetteer_key, [])
                      if self.gazetteer.entries[span.kb_id_].kind == "org"}
        for span in doc.spans.get(self.names_key, []):
            if len(span) == 1 and span.label_ != "PER" and span.end in known_orgs and is_common_noun(span.text):
                continue  # "auf dem Kurznachrichtendienst Twitter": a descriptor of the known name after it
            if span[0].lower_.endswith(SEATED_NAMES) and is_dictionary_noun(span[-1].text) \
                    and not self._known_name(span[-1].text):
                continue  # "Nachbarschaftshilfe Arbeiten": no town after the charity's name (but "Wien")
            category = {"ORG": "Organization", "ARMED": "ArmedGroup", "MEDIA": "Media"}.get(span.label_, "Person")
            if category == "Person" and all(t.is_lower for t in span):
                continue  # "der neue Sultan ein männlicher ...": a word after a role that names no one
            if category == "Person" and len(span) > 2:
                # "Rob Morgan Ansteckabzeichen": the rule-based finder runs on over an ordinary noun
                span = doc[span.start:span.start + self._name_length(doc, span.start, span.end)]
            known = self._known_group(span) if category == "ArmedGroup" else None
            found.append(_Candidate(span.start, span.end, category, known, "alias" if known else "name", 1))
        cue_words = {i for cue in doc.spans.get("kg_cues", []) for i in range(cue.start, cue.end)}
        not_places = self._names_rather_than_places(doc)
        place_words = {i for span in [*doc.ents, *doc.spans.get(self.gazetteer_key, [])]
                       if span.label_ in ("LOC", "GPE", "Place", "Country") and span.text not in not_places
                       for i in range(span.start, span.end)}
        # tokens of known organisations and media: "zitierte die Nachrichtenagentur TASR Fico" is
        # the agency and the person, not one person "TASR Fico"
        org_words = {i for span in doc.spans.get(self.gazetteer_key, [])
                     if self.gazetteer.entries[span.kb_id_].kind == "org" for i in range(span.start, span.end)}
        # where the rule-based finder's persons end: "dem Gericht Ex-FPÖ-Werber Gernot Rumpold" is
        # the person at its end, no organisation
        person_ends = {s.end: s.start for s in doc.spans.get(self.names_key, []) if s.label_ == "PER" and len(s) > 1}
        person_spans = [(s.start, s.end) for s in [*doc.ents, *doc.spans.get(self.names_key, [])] if s.label_ == "PER"]
        person_tokens = {i for start, end in person_spans for i in range(start, end)}
        person_starts = {start for start, _end in person_spans} | {
            span.start for span in doc.spans.get(self.gazetteer_key, [])
            if self.gazetteer.entries[span.kb_id_].kind == "person"}
        person_surnames = {doc[end - 1].text for _start, end in person_spans}
        demonym_starts = {s.start for s in doc.spans.get(self.gazetteer_key, []) if s.label_ == "Demonym" and len(s) == 1}
        known_person_words = {i for span in doc.spans.get(self.gazetteer_key, [])
                              if self.gazetteer.entries[span.kb_id_].kind == "person"
                              for i in range(span.start, span.end)}
        known_key_at = {i: span.kb_id_ for span in doc.spans.get(self.gazetteer_key, []) for i in range(span.start, span.end)}
        for span in _split_at_slashes(doc.ents):
            category = _STAT_LABELS.get(span.label_)
            if len(span) > 1 and len({known_key_at.get(i) for i in range(span.start, span.end)} - {None}) == 1 \
                    and all(i in known_key_at for i in range(span.start, span.end)):
                continue  # "der Internationalen Atomenergiebehörde IAEA": a known name and its acronym
            if category == "Organization" and len(span) == 1 and span[0].is_upper and len(span[0]) <= 3 \
                    and span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc) \
                    and doc[span.end].text == ")" and span.start - 2 in person_tokens \
                    and span.text in self.gazetteer.nation_codes | _IOC_CODES and self.gazetteer.lookup([span.text]) is None:
                continue  # "Fabian Rießle (GER)": a sportsman's nation in a results list, no organisation
            if category in ("Organization", "Person") and span.start in demonym_starts and len(span) >= 3 \
                    and is_given_name(doc[span.start + 1].text, self.gazetteer.given_names):
                # "der Deutsche Fabian Rießle": the demonym says where the person is from
                span, category = doc[span.start + 1:span.end], "Person"
            if category in ("Place", "Person") and span.end < len(doc) and doc[span.end].text in TV_SUFFIXES:
                span, category = doc[span.start:span.end + 1], "Media"  # "Bugün TV": a channel, no town
            elif category in ("Place", "Person") and len(span) >= 2 and span[-1].lower_ in ENGLISH_COMPANY_HEADS:
                # "Jet Airways", "Swiss Solar Systems": a company, no person or town (trimmed as one)
                span, category = Span(doc, span.start, span.end, label="ORG"), "Organization"
            elif category in ("Place", "Person") and self._after_media_noun(doc, span.start) \
                    and not any(i in known_person_words or is_given_name(doc[i].text, self.gazetteer.given_names)
                                or any(k not in range(span.start, span.end) for k in positions_of(doc, doc[i].text))
                                for i in range(span.start + 1, span.end)):
                # not "zitierte die Agentur TASR Fico": the agency and a person the article names again
                category = "Media"  # "die Zeitung Hürriyet Daily News": no person, no town
            if category == "Organization" and len(span) >= 2 and span[0].text.endswith("s") \
                    and (span[0].text[:-1] in person_surnames or span.start in known_genitives) \
                    and (is_common_noun(span[1].text) or span[1].pos_ == "NOUN"):
                # "Correas Anprangerung der Ungleichheit", "Moskaus Unterstützung für Assad": a
                # person's or a state's deed, no organisation
                continue
            if category == "Place" and self._after_firm_noun(doc, span.start):
                category = "Organization"  # "der Firmen Conradty Carbon und Conradty COVA": firms, no towns
            if category == "Place" and span.text in not_places:
                category = not_places[span.text]  # "Demirtas und Yüksekdag bilden ...": a person, not a place
            if category == "Person" and len(span) == 1 and _INITIAL.match(span.text) and span.start > 0 \
                    and self._given_name_before_initial(doc[span.start - 1]):
                # "der Mann namens Iliass K.": the NER took only the initial the press leaves of a
                # suspect's surname; the word before it, a name no dictionary knows, is his given name
                span = doc[span.start - 1:span.end]
            if category == "Organization" and span.start < person_ends.get(span.end, span.start) \
                    and any(t.text[:1].islower() or "-" in t.text for t in doc[span.start:person_ends[span.end]]):
                continue
            known = self._lowercase_known_name(span)
            if known is not None:
                found.append(_Candidate(span.start, span.end, category, known, "name", 0))
                continue
            known_end = known_orgs.get(span.start)
            if category == "Organization" and known_end is not None and known_end < span.end \
                    and (doc[known_end].lower_ in ("der", "des", "in", "im") or known_end in person_starts):
                # "das Auswärtige Amt der Bundesrepublik", "des Auswärtigen Amts in Berlin": the known
                # body and its state or seat; "Generalsekretär der Vereinten Nationen Ban Ki-moon": the
                # body and the person holding the office
                continue
            if category == "Organization" and len(span) >= 2 and self._noun_for_the_person(doc, span.start) \
                    and all(t.text[:1].isupper() and t.is_alpha and not is_common_noun(t.text)
                            and t.lower_ not in _FIRM_LAST_WORDS for t in span[1:]):
                span, category = doc[span.start + 1:span.end], "Person"  # "der Exlobbyist Sardana": no organisation
            if category in ("Person", "Place") and len(span) >= 2 \
                    and span[-1].lower_ in _FIRM_LAST_WORDS:
                # "der Investmentfonds Blairmore Holding", "die Skiffle Group", "Analysen von Kaspersky
                # Lab": no person, no place
                category = "Organization"
            if category in ("Person", "Organization") and len(span) >= 2 and span[-1].text in _NEWSPAPER_WORDS:
                category = "Media"  # "nach Informationen der China Digital Times"
            if category:
                island = self._island(span)
                if island is not None:
                    # "Lady Elliot Island", "die Heron Islands": an island, not a person
                    found.append(_Candidate(island.start, island.end, "Place", None, "name", 2))
                    continue
                untrimmed = span
                span = self._trim(span, cue_words)
                if span is not None and category == "Organization" \
                        and self._possessor_named_bare(untrimmed, span):
                    category = "Person"  # "Bouterses Partei" where the article also says "Desi Bouterse"
                if span is not None and category == "Organization":
                    span = self._english_name(span)
                if span is not None and category == "Person" and span.start in org_words:
                    start = span.start
                    while start < span.end and start in org_words:
                        start += 1
                    span = doc[start:span.end] if start < span.end else None
                if span is not None and category in ("Person", "Organization") and self._placed(doc, span, place_words):
                    # "die Stadt Marat Numan", "in Slavonski Brod", "Donezk und Marjinka", "im Bundesstaat Guerrero"
                    category = "Place"
                if span is not None and category == "Place" and 2 <= len(span) <= 3 \
                        and is_given_name(span[0].text, self.gazetteer.given_names) \
                        and all(t.text[:1].isupper() and t.is_alpha for t in span[1:]) \
                        and self.gazetteer.lookup([t.text for t in span]) is None \
                        and not (span.start > 0 and (doc[span.start - 1].lower_ in LOCATIVE | PLACE_PREPOSITIONS
                                                     or doc[span.start - 1].lower_ in LOCAL_GOVERNMENTS)):
                    category = "Person"  # "der Oberbefehlshaber vor Ort, Karlheinz Viereck": a person's name
                # "Gemeinde Traiskirchen": after the word for its administration a name is a place's,
                # whatever it sounds like ("-kirchen")
                administered = span is not None and span.start > 0 and doc[span.start - 1].lower_ in LOCAL_GOVERNMENTS
                if span is not None and category == "Place" and len(span) == 1 and "-" in span.text \
                        and span.text.lower().endswith(OWN_INSTITUTION_HEADS):
                    category = "Organization"  # "EU-Syrien-Fonds" is a body, whatever the NER says
                # "in Traiskirchen", "Wien/Traiskirchen – ": a place by the NER and by its context,
                # though its last part is a noun ("-kirchen")
                context = self._place_context(doc, span.start, span.end, place_words) \
                    if span is not None and category == "Place" and len(span) == 1 and span.text[:1].isupper() \
                    and not is_dictionary_noun(span.text) and not span.text.lower().endswith(GENERIC_PLACE_HEADS) \
                    and not inflected_noun_compound(span.text) else None
                placed = context in STRONG_PLACE_CONTEXTS
                if placed and is_common_noun(span.text) and (
                        context == "joined" and not named_like_a_town(span.text)
                        or context == "bare" and (span[0].morph.get("Number") == ["Plur"]
                                                  or not named_like_a_town(span.text))):
                    placed = False  # "zu Hausarrest und Fußfesseln", "in Wahlkampfreden": nouns, no towns
                if placed and "-" in span.text and context != "dateline" \
                        and is_dictionary_noun(span.text.rpartition("-")[2]):
                    placed = False  # "in der Petrobras-Affäre": a compound ending in a noun is no town
                if span is not None and not administered and self._noun_not_name(doc, span, category, gazetteer_words):
                    continue
                if span is not None and category == "Person" and self._english_words_not_a_name(span):
                    continue
                if span is not None and category == "Person" and len(span) == 1 and span.start > 0 \
                        and doc[span.start - 1].lower_ in ARTICLES - INDEFINITE_ARTICLES \
                        and not any(end - start >= 2 and doc[end - 1].text == span.text
                                    for start, end in person_spans):
                    continue  # "der Cyberspace sei": no one is called by a bare surname after an article
                if span is not None and category == "Place" and len(span) == 1 and not administered and not placed \
                        and self._placed_by_nothing(doc, span, place_words):
                    continue
                institution = span is not None and self._named_institution(span, category)
                if span is not None and (administered or placed or institution or self._plausible_name(span, category)
                                         or self._known_surname_alone(span, category)) \
                        and not self._compound_of_known(doc, span) \
                        and not (category == "Organization" and not institution and self._compound_of_common_nouns(span)):
                    found.append(_Candidate(span.start, span.end, category, None, "name", 2))
        found.extend(_names_with_lowercase_adjective(doc, self.gazetteer))
        found.extend(self._media_after_kind_nouns(doc, found))
        found.extend(self._unlabelled_places(doc, found, place_words))
        found.extend(self._local_governments(doc, found))
        found.extend(self._compass_regions(doc, found))
        found.extend(self._elided_compounds(doc, found))
        found.extend(self._elided_places(doc))
        found.extend(self._qualified_bodies(doc, found))
        found.extend(self._bodies_for_a_purpose(doc, found))
        found.extend(self._listed_purposes(doc, found))
        found.extend(self._associations_of_members(doc))
        found.extend(self._bodies_at_seats(doc, found))
        found.extend(_club_names(doc, found))
        found.extend(self._institutions_named_after_persons(doc))
        found.extend(self._datelines_in_capitals(doc))
        found.extend(self._names_with_ages(doc))
        # an acronym of a thing ("die Ostautobahn (A4)") or of a kind of body ("Mehrere NGOs
        # kritisierten") names no actor
        found = [c for c in found if not self._acronym_of_a_thing(doc, c, found)
                 and not (c.key is None and doc[c.start:c.end].text in GENERIC_ACRONYMS)]
        # "die syrische Armee" found by a statistical NER as an organisation is the state acting.
        for number, cand in enumerate(found):
            if cand.key is None and cand.category == "Organization" and cand.end - cand.start == 2:
                state = self.gazetteer.adjectives.get(stem(doc[cand.start].text))
                if state and doc[cand.end - 1].lower_ in STATE_BODIES:
                    found[number] = _Candidate(cand.start, cand.end, "Country", state, "alias", 0)
        if doc.has_annotation("SENT_START"):
            # A mention never runs across a sentence boundary, even where the sentencizer cut a
            # name ("Wr. Neustadt"): what lies in the next sentence is dropped.
            found = [_Candidate(c.start, min(c.end, doc[c.start].sent.end), c.category, c.key, c.kind, c.priority)
                     if c.key is None else c for c in found
                     if c.key is None or c.end <= doc[c.start].sent.end]
        # "von der Sonne", "so schwer wie Jupiter": a celestial body is no place; "in der Politik": an
        # ordinary noun the lemma table lacks is none either
        found = [c for c in found if not (c.end - c.start == 1 and (
            c.category == "Place" and doc[c.start].text in CELESTIAL_BODIES
            or c.key is None and c.kind == "name" and is_untabled_noun(doc[c.start].text)))]
        # "Schengener Abkommen", "das Kyoto-Protokoll": a treaty named after a place is no place; "St."
        # of "St. Pölten" cut off by the sentencizer is an abbreviation, which alone names nothing
        found = [c for c in found if not (c.category == "Place" and c.key is None and (
            doc[c.end - 1].lower_.rsplit("-", 1)[-1].endswith(AGREEMENT_WORDS)
            or c.end - c.start == 1 and doc[c.start].text.endswith(".") and len(doc[c.start].text) <= 4))]
        # an event's, a prize's or an era's name is no actor, nor a state's adjective or a sponsor inside
        # it ("bei den Australian Open", "beim Turnier Erste Bank Open")
        events = [c for c in found if self._names_an_event(doc, c)]
        found = [c for c in found if not any(e.start <= c.start and c.end <= e.end for e in events)]
        # a byline's author is no actor, its agency is ("(APA, 24.10.2015)": Media)
        found = [c for c in found if not self._names_a_thing(doc, c, org_words)
                 and not (c.category == "Person" and _in_byline(doc, c.start, c.end))]
        # "über der Stadt Burguillos del Cerro": one town, though the NER stops at the particle (not a
        # town the gazetteer knows by that name: "in Sevilla de la Vega" is Seville)
        found = [replace(c, end=romance_name_end(doc, c.end))
                 if c.category == "Place" and c.key is None and not self._known_place(doc[c.start:c.end]) else c
                 for c in found]
        # "zum Neckar (Fils, Rems)": rivers are no places; "Kirchberg an der Jagst" is one town
        found = [replace(c, end=river_suffix_end(doc, c.end)) if c.category == "Place" else c for c in found
                 if not (c.key is None and c.category == "Place" and is_river(doc[c.start:c.end].text))]
        found = _joined_person_names(doc, found)
        # the first words of a name that opens a compound ("Human Rights" of "Human Rights
        # Watch-Sprecher") are the prefix's, whatever the NER made of them
        prefix_words = {i for start, _end, token_i, _key in doc._.kg_prefixes or ()
                        for i in range(doc.char_span(start, start + 1, alignment_mode="expand").start, token_i)}
        found = [c for c in found if not prefix_words.intersection(range(c.start, c.end))]
        # Longest first, then most trusted; a token belongs to at most one mention.
        found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
        taken: set[int] = set()
        chosen = []
        for cand in found:
            tokens = set(range(cand.start, cand.end))
            if tokens & taken:
                continue
            taken |= tokens
            chosen.append(cand)
        return sorted(chosen, key=lambda c: c.start)

    def _given_name_before_surname(self, doc: Doc, i: int) -> bool:
        """Whether the word at ``i`` is a given name followed by a surname: a known person's, or a
        capitalised word no dictionary has; not after a preposition of place ("in Lars")."""
        if i + 1 >= len(doc) or not is_given_name(doc[i].text, self.gazetteer.given_names):
            return False
        after = doc[i + 1]
        return after.text[:1].isupper() and after.is_alpha and not after.is_upper and not after.is_sent_start \
            and (stem(after.text) in self._known_surnames() or not is_common_noun(after.text)) \
            and self.gazetteer.lookup([after.text]) is None \
            and not (i > 0 and doc[i - 1].lower_ in LOCATIVE | PLACE_PREPOSITIONS | {"von", "aus", "nach"})

    def _given_name_before_initial(self, token: Token) -> bool:
        """Whether a word before a surname's initial is a given name: capitalised, inside a
        sentence, and no ordinary noun or known name of something else ("Gruppe K.", "Wien K.")."""
        return token.text[:1].isupper() and token.is_alpha and len(token.text) > 2 and not token.is_sent_start \
            and (is_given_name(token.text, self.gazetteer.given_names)
                 or not is_common_noun(token.text) and not is_dictionary_noun(token.text)
                 and self.gazetteer.lookup([token.text]) is None)

    def _party_of_another_state(self, doc: Doc, span: Span) -> bool:
        """Whether a known party's name is one that parties of many states share ("Konservative
        Partei", "Demokratische Partei"), said here of another state than the known party's by that
        state's genitive right after it ("der Konservativen Partei Kanadas")."""
        entry = self.gazetteer.entries[span.kb_id_]
        end = span.end
        if entry.category != "Party" or not entry.country or len(span) < 2 or end >= len(doc) \
                or not doc[end].text.endswith("s"):
            return False
        state = self.gazetteer.lookup([doc[end].text])
        return state is not None and state.startswith("country:") and state != f"country:{entry.country}" \
            and doc[end].text != self.gazetteer.entries[state].name

    def _after_media_noun(self, doc: Doc, start: int) -> bool:
        """Whether a name follows a noun for a kind of medium: "die Sender Kanaltürk", "der Zeitung
        Hürriyet Daily News" (not a role: "Senderchef")."""
        before = doc[start - 1] if start > 0 else None
        return before is not None and before.pos_ == "NOUN" and before.lower_.endswith(MEDIA_KIND_ENDINGS) \
            and doc[start].text[:1].isupper() and self.gazetteer.role_of(before.text) is None

    @staticmethod
    def _after_firm_noun(doc: Doc, start: int) -> bool:
        """Whether a name follows a noun for a firm, also as one of the names listed after it: "die
        Firma Nordwind", "der Firmen Nordwind und Südlicht"."""
        k = start - 1
        while k >= 2 and doc[k].lower_ in (",", "und", "oder") and doc[k - 1].text[:1].isupper() and start - k < 8:
            k -= 1
            while k >= 1 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha \
                    and not doc[k - 1].lower_.endswith(_FIRM_NOUN_ENDINGS):
                k -= 1  # "Conradty Carbon und": the words of the name listed before
            k -= 1
        return k >= 0 and doc[k].pos_ == "NOUN" and doc[k].lower_.endswith(_FIRM_NOUN_ENDINGS)

    def _media_after_kind_nouns(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """One-word names no component found, after a noun for a kind of medium: "die Sender
        Kanaltürk und ...", whatever their context would make them (a town joined to a place)."""
        taken = {i for cand in found for i in range(cand.start, cand.end)}
        named = [_Candidate(token.i, token.i + 1, "Media", None, "name", 2) for token in doc[1:]
                 if token.i not in taken and token.is_alpha and len(token) > 2 and self._after_media_noun(doc, token.i)
                 and not is_dictionary_noun(token.text) and self.gazetteer.lookup([token.text]) is None]
        # "laut der Website „icelandreview.com“", "das Branchenportal meedia.de": a site by its address
        return named + [_Candidate(token.i, token.i + 1, "Media", None, "name", 2) for token in doc[2:]
                        if token.i not in taken and _WEB_ADDRESS.fullmatch(token.text)
                        and _web_medium_noun(doc[token.i - (2 if doc[token.i - 1].text in OPENING_QUOTES else 1)])]

    def _names_rather_than_places(self, doc: Doc) -> dict[str, str]:
        """One-word names the statistical NER reads as a person's (alone or ending a full name,
        diacritics aside: "Demirtaş"), or acronyms it reads as an organisation's, at least as often
        as a place's, and no gazetteer place has: the NER's guess of a place for them is noise
        ("Demirtas und Yüksekdag", "die Vermögensverwaltung (KVOG)"). Their category instead."""
        def folded(word: str) -> str:
            return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))

        as_person = Counter(folded(span[-1].text) for span in doc.ents if span.label_ in ("PER", "PERSON"))
        as_organisation = Counter(span.text for span in doc.ents if span.label_ == "ORG" and span.text.isupper())
        as_place = Counter(span.text for span in doc.ents if span.label_ in ("LOC", "GPE") and len(span) == 1)
        categories = {}
        for word, count in as_place.items():
            if self.gazetteer.lookup([word]) is not None:
                continue
            if as_person[folded(word)] >= count:
                categories[word] = "Person"
            elif as_organisation[word] >= count:
                categories[word] = "Organization"
        return categories

    def _press_nouns(self) -> dict[str, str]:
        """Newspapers whose name (or an alias) is an article and a common noun ("Der Standard",
        "Die Krone"): the lowercase noun -> the entry's key."""
        gazetteer, cached = _PRESS_NOUNS.get(id(self.gazetteer), (None, None))
        if gazetteer is not self.gazetteer:
            cached = {}
            for entry in self.gazetteer.entries.values():
                if entry.category != "Media":
                    continue
                for name in (entry.name, *entry.aliases):
                    article, _, noun = name.partition(" ")
                    if article.lower() in ("der", "die", "das") and noun and " " not in noun and is_dictionary_noun(noun):
                        cached.setdefault(noun.lower(), entry.key)
            _PRESS_NOUNS[id(self.gazetteer)] = (self.gazetteer, cached)
        return cached

    @staticmethod
    def _reported_by(doc: Doc, i: int) -> bool:
        """Whether the noun at ``i`` after its article is a newspaper by what is said of it: it
        reports or is reported to ("Wie der Standard erfuhr", "sagte er der Krone", "der Zeit
        zufolge", "laut der Krone"), or it takes no genitive ending where a common noun would ("Auf
        Nachfrage des Standard")."""
        if doc[i - 1].lower_ == "des" and not doc[i].lower_.endswith("s") or i >= 2 and doc[i - 2].lower_ == "laut":
            return True
        sentence = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
        speech = {c.start for c in doc.spans.get("kg_cues", []) if c.label_ == "speech_verb"}
        near = range(max(sentence.start, i - 4), min(sentence.end, i + 4))
        told = doc[i - 1].lower_ in ("dem", "der") and any(k in speech for k in range(max(sentence.start, i - 5), i))
        return told or any(doc[k].is_lower and doc[k].text.startswith(REPORTING_VERBS) for k in near if k != i)

    @staticmethod
    def _written_as_named(word: str, entry: Entry) -> bool:
        """Whether a word is a gazetteer name as such or in the genitive ("Europas"), not only
        by its stem."""
        names = {entry.name, *entry.aliases}
        return any(form in names for form in (word, word.removesuffix("s"), word.removesuffix("es")))

    def _home_state(self, doc: Doc, candidates: list[_Candidate]) -> str | None:
        """The article's own state (ISO code): its dateline's, else the one its known names belong
        to most. Only needed where a name is ambiguous between states (``Gazetteer.namesakes``)."""
        if not self.gazetteer.namesakes:
            return None
        states = Counter()
        for cand in candidates:
            entry = self.gazetteer.entries.get(cand.key or "")
            state = entry.key.split(":", 1)[1] if entry and entry.kind == "country" else entry.country if entry else None
            if state is None:
                continue
            if cand.start <= 40 and cand.end < len(doc) and doc[cand.end].text in DATELINE_DASHES - {"/"}:
                states[state] += 1000  # the dateline "Wien – ": where the paper writes from
            states[state] += 1
        return states.most_common(1)[0][0] if states else None

    def _at_home(self, key: str | None, home: str | None) -> str | None:
        """A name two states' actors share is the one of the article's state: "die Grünen" in a
        Vienna paper are the Austrian party."""
        if key is None or home is None or self.gazetteer.entries[key].country == home:
            return key
        return next((k for k in self.gazetteer.namesakes.get(key, ()) if self.gazetteer.entries[k].country == home), key)

    @staticmethod
    def _elided_compounds(doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "der Friedens- und Sicherheitsrat der AU": a body's name whose first compound is cut
        short ("Friedens-") is the whole phrase, not the body the last word alone would name."""
        longer = []
        for cand in found:
            start = cand.start
            if cand.category != "Place" and cand.kind != "adjective" and doc[start].text[:1].isupper() \
                    and start >= 2 and doc[start - 1].lower_ in ("und", "oder") \
                    and doc[start - 2].text.endswith("-") and doc[start - 2].text[:1].isupper():
                longer.append(_Candidate(start - 2, cand.end, "Organization" if cand.key else cand.category,
                                         None, "name", cand.priority))
        return longer

    def _elided_place_name(self, doc: Doc, i: int) -> tuple[str | None, str | None]:
        """ "zwischen Nord- und Südtirol", "in Nord- und Mittelamerika", "Ober- und Niederösterreich":
        the place a compass word cut short at token ``i`` names, completed by the rest of the word
        after "und" or "oder" ("Nordtirol", "Nordamerika"): its gazetteer key where the gazetteer knows
        it, and its name; (None, None) where the words name no place."""
        token = doc[i]
        if not token.text.endswith("-") or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("und", "oder", "bis"):
            return None, None
        first, other = token.text[:-1], doc[i + 2].text
        if first.lower() not in ELIDED_PLACE_PREFIXES:
            return None, None
        prefix = next((p for p in _ELIDED_PREFIXES_LONGEST_FIRST
                       if other.lower().startswith(p) and len(other) > len(p) + 2), None)
        if prefix is None or not other.isalpha():
            return None, None
        rest = other[len(prefix):]
        name = first + rest
        key = self.gazetteer.lookup([name])
        entry = self.gazetteer.entries.get(key or "")
        # the name itself, not a town its stem begins ("Oberhaus" of "Ober- und Unterhaus" is no "Oberhausen")
        if entry is not None and entry.kind in ("place", "country") and name in (entry.name, *entry.aliases):
            return key, name
        whole = self.gazetteer.lookup([rest.capitalize()])
        if whole is not None and first.lower() in COMPASS_PREFIXES and self.gazetteer.entries[whole].kind in (
                "place", "country") and (whole.startswith("country:") or self.gazetteer.entries[whole].place_kind == "region"):
            return None, name  # "Nordtirol": a compass part of a known region
        return None, None

    def _elided_places(self, doc: Doc) -> list[_Candidate]:
        """The compass parts cut short before "und": "Nord-" of "Nord- und Mittelamerika" (see
        ``_elided_place_name``), as the known place they name or an unknown one."""
        found = []
        for token in doc[:-2]:
            if token.text.endswith("-") and token.text[:1].isupper():
                key, name = self._elided_place_name(doc, token.i)
                if name is not None:
                    found.append(_Candidate(token.i, token.i + 1, "Place", key, "name", 0 if key else 1))
        return found

    def _qualified_bodies(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "der Nationale Sicherheitsrat", "des Europäischen Forschungsrates": an adjective that is
        part of a name makes another body than the known one its noun alone names (the UN Security
        Council); not a state's adjective ("des Deutschen Bundestages")."""
        longer = []
        for cand in found:
            start = cand.start
            entry = self.gazetteer.entries.get(cand.key or "")
            if entry is None or entry.kind != "org" or start < 2 or cand.end - start != 1:
                continue
            adjective = doc[start - 1]
            # (a noun the tagger took for an adjective is none: "die Handelsketten Hofer")
            if adjective.text[:1].isupper() and adjective.is_alpha and adjective.pos_ == "ADJ" \
                    and (INFLECTED_ADJECTIVE.search(adjective.text) or not is_common_noun(adjective.text)) \
                    and doc[start - 2].lower_ in ARTICLES and stem(adjective.text) not in self.gazetteer.adjectives:
                longer.append(_Candidate(start - 1, cand.end, "Organization", None, "name", cand.priority))
        return longer

    def _bodies_at_seats(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "die Ärztekammer Steiermark", "der Arbeiterkammer Oberösterreich", "die Staatsanwaltschaft
        Wien": a chamber, court or university named with the town or region it sits in is one body,
        where the statistical NER sees a noun and a place (or only the place)."""
        places = {c.start: c for c in found if c.category in ("Place", "Country") and c.key is not None}
        bodies = []
        for token in doc[1:]:
            # in the genitive too: "des Landesgerichts Linz", "des Landesgerichtes Linz"
            place = places.get(token.i + 1)
            if place is None or not token.is_alpha or not token.text[:1].isupper() or _seated_body_noun(token.text) is None \
                    or doc[token.i - 1].lower_ not in _ARTICLE_FORMS \
                    or place.end < len(doc) and doc[place.end].text[:1].isupper() and doc[place.end].is_alpha:
                continue
            bodies.append(_Candidate(token.i, place.end, "Organization", None, "name", 1))
        for token in doc[1:-1]:
            # the town's adjective before the body: "das Grazer Landesgericht", "die Kölner Staatsanwaltschaft"
            body = doc[token.i + 1]
            if doc[token.i - 1].lower_ in _ARTICLE_FORMS and token.text[:1].isupper() \
                    and body.is_alpha and body.text[:1].isupper() and self._body_of_town_adjective(doc, token.i, token.i + 2):
                bodies.append(_Candidate(token.i, token.i + 2, "Organization", None, "name", 1))
        return bodies

    def _bodies_for_a_purpose(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "des Internationalen Fonds für landwirtschaftliche Entwicklung", "der Gesellschaft für
        bedrohte Völker": a body's name goes on with "für" and what the body is for. Taken where
        the name before "für" begins with a capitalised adjective (an organisation the NER found,
        or a word for a body: "vom Internationalen Fonds"), and for a bare word for a body after
        an article when an adjective follows "für" (not "die Gesellschaft für Flüchtlinge", which
        may be any)."""
        ends = {cand.end: cand for cand in found if cand.category == "Organization"}
        longer = []
        for i, token in enumerate(doc[:-2]):
            if doc[i + 1].lower_ != "für" or self.gazetteer.role_of(token.text):
                continue  # "Professor für Komplexitätsforschung" is a person's role
            named = ends.get(i + 1)
            if named is not None and named.end - named.start >= 2 and self._name_adjective(doc[named.start]):
                start = named.start
            elif token.text in PURPOSE_BODIES and i > 1 and not doc[i - 1].is_sent_start \
                    and self._name_adjective(doc[i - 1]):
                start = i - 1
            elif token.text in PURPOSE_BODIES and i > 0 and doc[i - 1].lower_ in ARTICLES:
                start = None  # bare: only with an adjective after "für", or a field's noun
            elif token.text in FIELD_BODIES and i > 0 and (doc[i - 1].lower_ in DEFINITE_ARTICLES or i > 1
                                                            and doc[i - 1].is_lower and is_adjective_like(doc[i - 1])
                                                            and doc[i - 2].lower_ in DEFINITE_ARTICLES):
                start = None  # "die (australische) Behörde für Meteorologie": only with a field's noun
            else:
                continue
            k = i + 2
            while k < len(doc) and doc[k].is_lower and doc[k].is_alpha and is_adjective_like(doc[k]):
                k += 1
            field = k == i + 2 and k < len(doc) and self._field_noun(doc, k) \
                and (doc[i - 1].lower_ in DEFINITE_ARTICLES or token.text in FIELD_BODIES)
            if (start is None and k == i + 2 and not field) or k >= len(doc) or not is_noun_like(doc[k]) \
                    or self.gazetteer.lookup([doc[k].text]) is not None:
                continue  # "für Syrien": whom the body is for, not its name
            longer.append(_Candidate(i if start is None else start, k + 1, "Organization", None, "name", 1))
        return longer

    def _associations_of_members(self, doc: Doc) -> list[_Candidate]:
        """ "der Verband der Automobilindustrie", "die Gewerkschaft der Seeleute", "der Bundesverband
        der Hersteller von Nährmitteln aus Getreide und Reis": an association is named by whom it
        gathers, in the genitive after it, which the NER often cuts off ("Bundesverband"). The
        name goes on over "von", "aus" or "für" with a further noun, "und" joining two of them."""
        found = []
        for i, token in enumerate(doc[:-2]):
            if not (token.text[:1].isupper() and token.is_alpha and token.lower_.endswith(ASSOCIATION_HEADS)) \
                    or i == 0 or token.is_sent_start \
                    and token.lower_ not in ("verband", "verbands", "verbandes", "gewerkschaft"):
                continue
            if doc[i + 1].lower_ in ("der", "des"):
                end = self._named_members(doc, i + 2)
            elif self._members_adjective(doc[i + 1]):
                # "der Verband Deutscher Realschullehrer", "des Bundes Deutscher Architekten": the
                # members in the genitive plural without an article, their adjective in -er
                end = self._named_members(doc, i + 2) if doc[i + 2].text[:1].isupper() else None
            else:
                continue
            if end is None:
                continue  # "die Gewerkschaft der Syrer": a people, not the association's members
            for _ in range(2):
                if end + 1 < len(doc) and doc[end].lower_ in ("von", "aus", "für"):
                    further = self._named_members(doc, end + 1)
                    if further is None:
                        break
                    end = further
            found.append(_Candidate(i, end, "Organization", None, "name", 1))
        return found

    @staticmethod
    def _members_adjective(token: Token) -> bool:
        """A capitalised adjective in the strong genitive plural: "Deutscher", "Freier", "Katholischer"."""
        return token.text[:1].isupper() and token.is_alpha and token.lower_.endswith("er") and len(token.text) > 4 \
            and (is_lemma_table_adjective(token.lower_) or INFLECTED_ADJECTIVE.search(token.text) is not None) \
            and not is_common_noun(token.text)

    def _named_members(self, doc: Doc, k: int) -> int | None:
        """The end of "[adjectives] Noun [und Noun]" from token ``k`` on, the nouns no names of the
        gazetteer (which would be a place or a body of their own), or None."""
        while k < len(doc) and doc[k].is_lower and doc[k].is_alpha and is_adjective_like(doc[k]):
            k += 1
        if k >= len(doc) or not self._member_noun(doc[k]):
            return None
        if k + 2 < len(doc) and doc[k + 1].lower_ == "und" and self._member_noun(doc[k + 2]) \
                and not (k + 3 < len(doc) and doc[k + 3].lower_ in ("der", "des")):
            return k + 3
        return k + 1

    def _member_noun(self, token: Token) -> bool:
        return is_noun_like(token) and token.is_alpha and not token.ent_type_ in ("PER", "LOC", "GPE") \
            and self.gazetteer.lookup([token.text]) is None and self.gazetteer.demonyms.get(stem(token.text)) is None

    @staticmethod
    def _field_noun(doc: Doc, k: int) -> bool:
        """ "Meteorologie", "Integration", "Gesundheitsvorsorge": a field of work in the singular,
        which names the body it follows ("das Zentrum für Integration"), unlike those it serves
        ("die Gesellschaft für Flüchtlinge", which may be any)."""
        token = doc[k]
        return token.is_alpha and token.text[:1].isupper() and token.lower_.endswith(FIELD_ENDINGS) \
            and token.morph.get("Number") != ["Plur"] and not (k + 1 < len(doc) and doc[k + 1].text == "-")

    def _listed_purposes(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "das Bundeszentrum für Interkulturalität, Migration und Mehrsprachigkeit": a body's
        purpose after "für" may be a list of nouns, closed by "und", which the name takes whole."""
        longer = []
        for cand in found:
            if cand.category != "Organization" or cand.key is not None \
                    or "für" not in {t.lower_ for t in doc[cand.start:cand.end - 1]}:
                continue
            end = cand.end
            while end + 1 < len(doc) and doc[end].text == "," and self._purpose_noun(doc[end + 1]):
                end += 2
            if end + 1 < len(doc) and doc[end].lower_ == "und" and self._purpose_noun(doc[end + 1]):
                longer.append(_Candidate(cand.start, end + 2, "Organization", None, "name", cand.priority))
        return longer

    def _purpose_noun(self, token: Token) -> bool:
        """A capitalised ordinary noun that no name is: "Migration", "Flüchtlinge"."""
        return token.text[:1].isupper() and token.is_alpha and is_noun_like(token) and not token.ent_type_ \
            and self.gazetteer.lookup([token.text]) is None

    @staticmethod
    def _name_adjective(token: Token) -> bool:
        """A capitalised adjective inside a name: "Internationalen", "Europäischer"."""
        return token.text[:1].isupper() and (token.pos_ == "ADJ" or INFLECTED_ADJECTIVE.search(token.text) is not None)

    @staticmethod
    def _plausible_name(span: Span, category: str) -> bool:
        """Statistical entities need to look like names: capitalised, and a single word no
        ordinary noun ("Panzern", "Flüchtlingskrise"); acronyms always pass."""
        first = span[0].text
        if category == "Person" and len(span) >= 2 and first in SURNAME_PARTICLES and span[-1].text[:1].isupper() \
                and not is_dictionary_noun(span[-1].text):
            first = span[-1].text  # "erklärt van der Vaart", "sagte von der Leyen": a surname opening with its particles
        if any(t.text in ("®", "™") for t in span):
            return False  # "Horizon®": a registered product name, no actor
        named_storm = span.start > 0 and span.doc[span.start - 1].text in STORM_WORDS  # "Tiefdruckgebiet Yolanthe"
        if not first[:1].isupper() or _TIME_OF_DAY.match(first) or first in STORM_WORDS or named_storm \
                or (len(span) == 1 and first in MONTHS | DISEASES | TIME_ADVERBS):
            return False  # "Montagfrüh", "Jänner", "Heuer" are times, "Zyklon Larry" a storm, "Cholera" a disease
        if len(span) == 2 and category in ("Person", "Organization") and _described_plural(span):
            return False  # "Erboste Muslime griffen an": a crowd described, no name
        if len(span) == 1 and _capitalised_only_as_opening(span[0]):
            return False  # "Schneller als erwartet ...", "Nordeuropäisches Land ...": no name
        if len(span) == 1 and category == "Person" and _used_as_noun(span[0]):
            return False  # "seine Notdurft", "mit Snowboards", "Krieg und Gemetzel"
        if len(span) == 1 and category == "Organization" and not first.isupper() \
                and joined_to_common_noun(span[0], ("und", "oder", ","), skip_sentence_openers=True):
            return False  # "als Übervater, Volkstribun und Ikone": a noun among nouns
        if first.endswith("-") or span[-1].text.endswith("-"):
            # "Zelt-" of "Zelt- und Budenstadt", "Vorarlbergs Kinder-" of "Kinder- und Jugendanwalt": a
            # compound cut short
            return False
        if len(span) == 1 and span.start > 0 and (span.doc[span.start - 1].like_num
                                                  or span.doc[span.start - 1].lower_ in AMOUNT_WORDS):
            return False  # "zwei Milliarden Złoty", "300 Rubel": a currency or unit after an amount
        if len(span) == 1 and (len(first.rstrip(".")) < 2 or first.endswith(".") and len(first) <= 4
                               and first[:-1].isalpha() and not first[:-1].isupper()):
            return False  # "B." of "z. B.", "St." of "St. Martinsorden": an abbreviation alone names nothing
        if len(span) == 1:
            # a one-word person is a surname, which an ordinary noun ("Schmuggel") is not; a
            # surname that is one ("Fischer") still finds its person once the full name is known
            return first.isupper() or not is_common_noun(first)
        return True

    def _known_surname_alone(self, span: Span, category: str) -> bool:
        """Whether a one-word person the NER found, a word the lookup table also has (it lists names
        as lemmas of their genitives: "Merkel" of "Merkels"), is a known person's surname in the
        singular: "Das war es Merkel nicht wert", "von Schröder angezeigt"; not "Fischer bekommen",
        "300 Jäger und Sammlerinnen" (counted, or among nouns), nor one the table has as a form of
        its own, as it has nouns ("trat Rauch ein")."""
        token = span[0]
        word = token.text
        before = span.doc[span.start - 1] if span.start > 0 else None
        counted = before is not None and (before.like_num or before.lower_ in AMOUNT_WORDS) \
            or joined_to_common_noun(token, ("und", "oder", ","), skip_sentence_openers=True)
        return category == "Person" and len(span) == 1 and word[:1].isupper() and token.is_alpha and not counted \
            and token.morph.get("Number") != ["Plur"] and lemma_lookup_table().get(word) != word \
            and stem(word) in self._known_surnames()

    def _named_institution(self, span: Span, category: str) -> bool:
        """Whether a one-word organisation the NER found is the hyphenated name of a school, a
        foundation, a clinic or an association after a person or place: "Otto-Schott-Gymnasium",
        "Heinrich-Böll-Stiftung" (whose parts a dictionary may all have, names among them), not
        "Kinder-Klinik"."""
        return category == "Organization" and len(span) == 1 and self._institution_after_a_name(
            span[0].text, lambda part: self._personal_name_word(part) or not is_common_noun(part))

    def _institution_after_a_name(self, word: str, names) -> bool:
        """Whether ``word`` is hyphenated, ends in the word for a school, foundation, clinic or
        association, and one of the parts before it is a name by ``names``."""
        parts = word.split("-")
        return len(parts) >= 2 and all(part[:1].isupper() and part.isalpha() for part in parts) \
            and _without_genitive_ending(parts[-1]).lower().endswith(NAMED_INSTITUTION_HEADS) \
            and any(names(part) for part in parts[:-1])

    def _personal_name_word(self, word: str) -> bool:
        return is_given_name(word, self.gazetteer.given_names) or stem(word) in self._known_surnames()

    def _names_with_ages(self, doc: Doc) -> list[_Candidate]:
        """ "Eva Brylka (24), Ragnar Dam (26) und ...": two capitalised words with an age in brackets
        after them are a person's name, given name known or not (not "Der Fahrer (33)": an article
        and a noun)."""
        found = []
        for token in doc[:-4]:
            i = token.i
            first, last = doc[i], doc[i + 1]
            if doc[i + 2].text == "(" and doc[i + 4].text == ")" and re.fullmatch(r"\d{1,2}", doc[i + 3].text) \
                    and all(t.text[:1].isupper() and not t.is_upper and t.text.replace("-", "").isalpha() for t in (first, last)) \
                    and (i == 0 or not doc[i - 1].text[:1].isupper() or is_common_noun(doc[i - 1].text)) \
                    and not first.is_stop and first.pos_ not in ("DET", "PRON") \
                    and not is_common_noun(first.text) and self.gazetteer.lookup([first.text]) is None \
                    and (is_given_name(first.text, self.gazetteer.given_names) or not is_dictionary_noun(last.text)):
                found.append(_Candidate(i, i + 2, "Person", None, "name", 1))
        return found

    def _datelines_in_capitals(self, doc: Doc) -> list[_Candidate]:
        """ "RIEDLINGEN - Thema ...", "BOCHUM Dass er ...": a town the regional press writes in capitals
        where a line opens, before a dash or the first word of the text, is that town (the paper's
        dateline), no person or organisation the NER may take it for."""
        found = []
        for token in doc[:-1]:
            opens_line = token.i == 0 or doc[token.i - 1].is_space or "\n" in doc[token.i - 1].whitespace_
            after = doc[token.i + 1]
            if not (opens_line and token.is_upper and token.is_alpha and len(token.text) >= 4
                    and (after.text in DATELINE_DASHES or after.text[:1].isupper() and not after.is_upper)):
                continue
            key = self.gazetteer.lookup([token.text])
            if key is not None and self.gazetteer.entries[key].kind == "place":
                found.append(_Candidate(token.i, token.i + 1, "Place", key, "name", 0))
        return found

    def _institutions_named_after_persons(self, doc: Doc) -> list[_Candidate]:
        """ "des Albert-Schweitzer-Gymnasiums", "die Max-Planck-Schule": a school, foundation or clinic
        whose name opens with a person's given name or a known surname, where no NER found it."""
        return [_Candidate(t.i, t.i + 1, "Organization", None, "name", 2) for t in doc
                if "-" in t.text and self._personal_name_word(t.text.split("-")[0])
                and self._institution_after_a_name(t.text, self._personal_name_word)]

    def _noun_not_name(self, doc: Doc, span: Span, category: str, gazetteer_words: set[int]) -> bool:
        """Whether a one-word statistical entity no gazetteer knows is an ordinary noun or a code,
        not a name: the article uses the same word elsewhere as a noun, after an article or an
        adjective and with no entity label ("vorbeugenden Hausarrest", "dieser Causa", "in dem
        Hotelzimmer"); or, for a place, the word is an acronym or code ("der PSOE", "die U6", "JG")
        or comes after an article or adjective that no preposition opens ("dem Ramsch-Rating",
        "eine dritte Causa"), which a town's name does not."""
        if len(span) != 1:
            return False
        token = span[0]
        word = token.text
        if self.gazetteer.lookup_written([word]) is not None or is_given_name(word, self.gazetteer.given_names):
            return False
        if word.lower() in FUNCTION_WORDS or word.endswith("isch") and len(word) > 6 and not word.isupper():
            return True  # "Bloß: ...", "Via Kurier", "Woran liegt es": no name; "Arabisch": a language
        if "ß" in word and category == "Place" and is_common_noun(word):
            return True  # "nach Börsenschluß": a noun in the old spelling, which no new town takes
        if word.upper() in COMMON_ABBREVIATIONS:
            return True  # "per SMS", "ein BWL-Studium": an abbreviation of a thing, no organisation
        if not word.isupper() and not token.is_sent_start and is_lemma_table_adjective(word.lower()) \
                and not is_common_noun(word):
            return True  # "das Hohe": an adjective alone names nothing
        noun = is_common_noun(word)
        for other in (doc[i] for i in positions_of(doc, word)):
            if other.i == token.i or other.ent_type_ or other.i in gazetteer_words or other.i == 0 or word.isupper():
                continue
            before = doc[other.i - 1]
            # "der Karibik" is a region's article, "einer Causa", "dieser Causa" and "in dem
            # Hotelzimmer" are a noun's
            if before.lower_ in INDEFINITE_ARTICLES | DEMONSTRATIVES or noun and before.lower_ in ARTICLES - {"des"} \
                    or before.pos_ == "ADJ" and before.text[:1].islower() and before.lower_ not in LOCATIVE:
                return True
        parts = word.split("-")
        if len(parts) == 2 and parts[0].endswith("en") and is_dictionary_noun(parts[0]) and parts[1][:1].isupper() \
                and self.gazetteer.lookup([parts[0]]) is None \
                and not is_given_name(parts[1], self.gazetteer.given_names):
            return True  # "dem Immobilien-Milliardär", "in Umfragen-Samplings": a noun's compound
        if category != "Place":
            return False
        if any(c.isdigit() for c in word) or word.isupper() and doc[token.i - 1].text != "(":
            return True  # acronyms of places are the gazetteer's ("USA", "NRW"); "U6" is a line
        parts = word.split("-")
        if len(parts) > 1 and (parts[-1][:1].islower() or parts[0].endswith("en") and is_dictionary_noun(parts[0])
                               and self.gazetteer.lookup([parts[0]]) is None):
            return True  # "aus All-in", "in Umfragen-Samplings": a compound of a noun, no town
        before = doc[token.i - 1] if token.i > 0 else None
        described = before is not None and before.text[:1].islower() and before.pos_ in ("DET", "ADJ") \
            and before.lower_ not in ARTICLES
        # an article alone comes with regions too ("der Karibik"), not with a town
        if before is None or not (described or before.lower_ in ARTICLES and (noun or "-" in word)):
            return False
        opener = doc[before.i - 1] if before.i > 0 else None
        return opener is None or opener.lower_ not in LOCATIVE | PLACE_PREPOSITIONS | {"von", "vom"}

    def _town_read_only_as_person(self, doc: Doc, span: Span) -> bool:
        """Whether a one-word town's name is a known person's surname, and that person's wherever
        the article writes it: the statistical NER reads each mention as a person's and none comes
        after a preposition of place ("Bush befürchtet", never "in Bush"). Not a region or a
        state's capital, which articles name as such. The article must name that person, which a
        name tagged PER alone does not ("Das Hochwasser traf Roth"): by a full name ("Claudia
        Roth") or by a role or government before the surname ("die Regierung Bush"); and a
        word for a town before any mention keeps the town ("Die Kreisstadt Roth")."""
        entry = self.gazetteer.entries[span.kb_id_]
        if len(span) != 1 or entry.place_kind != "city" or entry.key in self.gazetteer.capitals.values() \
                or stem(span.text) not in self._known_surnames():
            return False
        mentions = positions_of(doc, span.text)
        if any(k > 0 and (doc[k - 1].lower_.endswith(PLACE_KIND_ENDINGS) or doc[k - 1].lower_ in TOWN_KIND_WORDS | {"markt"})
               for k in mentions):
            return False  # "Die Kreisstadt Roth", "der Markt Roth"
        role_ends = {role.end for role in doc.spans.get(self.roles_key, [])}
        named = any(ent.label_ == "PER" and len(ent) > 1 and ent[-1].text == span.text for ent in doc.ents) \
            or any(k in role_ends or k > 0 and doc[k - 1].lower_ in GOVERNMENT_BODIES for k in mentions)
        return named and all(doc[k].ent_type_ == "PER"
                             and not (k > 0 and doc[k - 1].lower_ in LOCATIVE | PLACE_PREPOSITIONS) for k in mentions)

    def _possessor_named_bare(self, untrimmed: Span, span: Span) -> bool:
        """Whether an unknown name cut from a statistical organisation is a possessive genitive
        ("Bouterses" of "Bouterses Partei") that the article also writes without its "-s", outside
        any organisation or place: a person's name in the genitive, not a body's."""
        doc = span.doc
        word = span.text
        if len(span) != 1 or span.end >= untrimmed.end or not word.endswith("s") or len(word) < 5 \
                or self.gazetteer.lookup_written([word]) is not None:
            return False
        # the bare name must be a person's there: tagged so, or after a given name ("Desi Bouterse"),
        # not a company's the tagger left alone ("Northvolts Werk … Northvolt sagte")
        return any(doc[k].ent_type_ == "PER" or k > 0 and is_given_name(doc[k - 1].text, self.gazetteer.given_names)
                   for k in positions_of(doc, word[:-1]))

    def _english_words_not_a_name(self, span: Span) -> bool:
        """Whether a statistical person of several words is a phrase of ordinary English words, none
        a given name or a known person's surname: "aus Big Data", "das Very Large Array" (cut to
        "Large Array"), not "Gordon Brown" or "Ban Ki-moon", nor a name whose last word the article
        uses alone (after no capitalised word), as it does a surname ("Rose Young ... Young sagte")."""
        words = [t.text for t in span]
        if len(words) < 2 or not is_english_phrase(words):
            return False
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and (before.lower_ in NAME_MARKERS or before.pos_ == "NOUN"
                                   and is_common_noun(before.text)):
            return False  # "Die Sängerin Rose Young", "Die Gruppe Just Stop Oil", "Laut Sue Gray": named
        surname_alone = any(k == 0 or not doc[k - 1].text[:1].isupper() for k in positions_of(doc, words[-1]))
        return not surname_alone and not any(
            is_given_name(word, self.gazetteer.given_names) or stem(word) in self._known_surnames()
            or self.gazetteer.lookup_written([word]) for word in words)

    def _lowercase_known_name(self, span: Span) -> str | None:
        """The key of a known organisation written in lowercase, as the gazetteer writes it, where
        the statistical NER found it ("medico international", "ver.di"): the gazetteer's own matching
        takes only one-word lowercase names ("dpa", "voestalpine")."""
        if not span.text.islower() or span.label_ not in ("ORG", "MEDIA"):
            return None
        key = self.gazetteer.lookup(t.text for t in span)
        entry = self.gazetteer.entries.get(key or "")
        return key if entry is not None and entry.kind == "org" and span.text in (entry.name, *entry.aliases) else None

    def _compass_region_in_genitive(self, word: str) -> bool:
        """Whether a word is a compass point and a known state's or region's name in the genitive:
        "Norddeutschlands", "Südtirols" (not "Nordens")."""
        base = without_compass_prefix(word[:-1])
        entry = self.gazetteer.entries.get(self.gazetteer.lookup_written([base]) or "") if base != word[:-1] else None
        return entry is not None and base in (entry.name, *entry.aliases)

    def _known_place(self, span: Span) -> bool:
        """Whether the gazetteer knows a span's words, as written, as a place's name."""
        entry = self.gazetteer.entries.get(self.gazetteer.lookup_written(t.text for t in span) or "")
        return entry is not None and entry.place_kind is not None

    def _known_name(self, word: str) -> bool:
        """A name the gazetteer knows, also with a compass prefix: "Ukraine", "Ostukraine"."""
        return any(self.gazetteer.lookup([form]) for form in {word, without_compass_prefix(word).capitalize()})

    def _trim(self, span: Span, cue_words: set[int]) -> Span | None:
        """Statistical spans sometimes swallow a role or article: "US-Außenminister John Kerry";
        ``cue_words`` are the tokens of kg's cue words, which no name ends in."""
        start, end = span.start, span.end
        doc = span.doc
        if doc.has_annotation("SENT_START"):
            end = min(end, doc[start].sent.end)  # an entity never runs across a sentence boundary
        # "Cuban American National Foundation (CANF": the bracket opens the acronym, another mention
        end = next((k for k in range(start + 1, end) if doc[k].text == "("), end)
        while span.label_ in ("LOC", "GPE") and end - start > 1 and doc[end - 1].like_num:
            end -= 1  # "in Aleppo 20 Menschen getötet": a count after the place, no part of its name
        # a capitalised adjective inside a sentence opens a name, stop word or not: "die Neue
        # Demokratische Partei" is not the "Demokratische Partei"
        while start < end and (self.gazetteer.role_of(doc[start].text) or doc[start].is_punct
                               or doc[start].is_stop and not (end - start >= 2 and doc[start].pos_ == "ADJ"
                                                              and doc[start].text[:1].isupper()
                                                              and not doc[start].is_sent_start)):
            start += 1
        if span.label_ in ("PER", "PERSON") and end - start >= 3 and doc[start].text[:1].isupper() \
                and is_common_noun(doc[start].text) and not is_given_name(doc[start].text, self.gazetteer.given_names) \
                and is_given_name(doc[start + 1].text, self.gazetteer.given_names):
            start += 1  # "Tormann Bernd Leno", "Astronaut Andreas Mogensen": a noun for what the person is
        elif span.label_ in ("PER", "PERSON") and end - start == 2 and not doc[start].is_sent_start \
                and is_dictionary_noun(doc[start].text) and not is_given_name(doc[start].text, self.gazetteer.given_names) \
                and self.gazetteer.lookup([doc[start].text]) is None and doc[start + 1].text.endswith("s") \
                and not is_common_noun(doc[start + 1].text):
            start += 1  # "der Widersacher Trongs": a noun and whose it is, the person in the genitive
        elif span.label_ in ("PER", "PERSON") and end > start and self._noun_for_the_person(doc, start):
            start += 1  # "sagt Dokumentarfilmer Riha", "der Franzose Mathieu": what the person is, then the name (if any)
        # "Enklave Kaliningrad", "Stellungen der Jihadistenmiliz Islamischer Staat": a common noun
        # before a name (or its genitive) describes the entity and is not part of its name.
        while end - start > 1 and self._descriptive_noun(doc, start, end):
            start += 2 if doc[start + 1].lower_ in ("der", "des") else 1
        if span.label_ in ("PER", "PERSON") and end < len(doc) and doc[end - 1].lower_ in SURNAME_PARTICLES:
            # "Van der" of "Van der Bellen", "Nienke van der" of "Nienke van der Marel": the statistical
            # NER stopped before the surname its particles open
            k = end
            while k < len(doc) and k - end < 2 and doc[k].lower_ in SURNAME_PARTICLES:
                k += 1
            sentence_end = doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc)
            if k < sentence_end and doc[k].text[:1].isupper() and doc[k].is_alpha:
                end = k + 1
        # "Pilz’ Vorwurf": the apostrophe of a genitive is no part of the name, whatever the tokenizer says
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or _APOSTROPHES.issuperset(doc[end - 1].text)
                               or doc[end - 1].lower_ in TRAILING_FUNCTION_WORDS
                               # "Das Auswärtige Amt rät", "in die ASVG regle", "Antisemitismusbericht
                               # für das": no name ends in a lowercase word
                               or end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha
                               # "konnte Katzian Mittwochfrüh nicht bestätigen": a time after the name
                               or end - start > 1 and _TIME_OF_DAY.match(doc[end - 1].text)
                               # "Frankfurt -0,25 Prozent": a market figure is no part of the name
                               or end - start > 1 and doc[end - 1].text[:1] in "+-–"
                               and any(c.isdigit() for c in doc[end - 1].text)):
            end -= 1
        if span.label_ == "ORG" and end > start:  # (not for a span that was only a role: "IHS-Ökonom")
            # "sieht der Verband als Chance": a name never goes on over a comparison's "als" or "wie"
            end = next((k for k in range(start + 1, end) if doc[k].lower_ in ("als", "wie")), end)
            end = _end_before_object(doc, start, end, self.gazetteer)
        # ("Landkreis Straubing-Bogen" is no possessive: its first word is a noun)
        if end - start == 2 and doc[start].text.endswith("s") and not is_common_noun(doc[start].text) \
                and (is_common_noun(doc[start + 1].text) or start + 1 in cue_words) \
                and not (span.label_ in ("PER", "PERSON") and "-" in doc[start + 1].text
                         and self._first_or_double_name(doc[start + 1].text)):
            end -= 1  # "Kerrys Angebot" (taken for a name): a possessive name and its noun
        elif end - start >= 2 and self._known_name(doc[start].text) and all(
                k in cue_words or is_common_noun(doc[k].text) for k in range(start + 1, end)) \
                and not self._body_of_town_adjective(doc, start, end):
            end = start + 1  # "der Ukraine Hilfe", "Ostukraine Lebensmittel": a known name and nouns
        if span.label_ in ("PER", "PERSON") and end - start == 1 and end + 1 < len(doc) \
                and is_given_name(doc[start].text, self.gazetteer.given_names) \
                and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start \
                and self.gazetteer.role_of(doc[end].text) is not None and not doc[end + 1].text[:1].isupper():
            end += 1  # "Vorstand Jens Bischof", "Peter Kaiser": a surname that is also a role's word
        if span.label_ in ("PER", "PERSON"):
            # "Christina Kalogirou der Zeitung Kathimerini": an article inside a person's name
            # starts a genitive, unless a particle holds it ("Ursula von der Leyen").
            for k in range(start + 1, end):
                if doc[k].lower_ in ("der", "des", "dem", "die") and doc[k - 1].lower_ not in NAME_PARTICLES:
                    end = k
                    break
                if doc[k].lower_ in ("von", "vom") and self._agent_after_name(doc, start, k, end):
                    end = k  # "wurde Hu von der Staatssicherheit verhaftet": the name, then who acted
                    break
            # Names do not end in ordinary nouns: "Kerrys Vorstoß" is Kerry's initiative. A known
            # given name and one more word are a name, whatever that word means ("Steve Marshall").
            end = start + self._name_length(doc, start, end)
            while end > start and _APOSTROPHES.issuperset(doc[end - 1].text):
                end -= 1  # "Pilz’ Vorwurf" cut to "Pilz’": the genitive's apostrophe goes too
        return doc[start:end] if end > start else None

    def _noun_for_the_person(self, doc: Doc, i: int) -> bool:
        """Whether the first word of a person's name as the NER took it is a noun for what the person
        is: a demonym ("der Franzose Mathieu"), a compound ("Basel-Stürmer Janko", "Dokumentarfilmer
        Riha") or, after an article or adjective, a shorter noun ("der Sänger Jones"). Alone, a short
        one may be a given name ("Parker Posey", "Wagner Moura")."""
        token = doc[i]
        # (a long feminine noun for a person is one though no dictionary has it: "Schlagerveteranin")
        noun = is_common_noun(token.text) or len(token.text) >= 10 and token.lower_.endswith(FEMININE_PERSON_ENDINGS)
        if not noun or is_given_name(token.text, self.gazetteer.given_names) \
                or self.gazetteer.lookup([token.text]) is not None or not _names_a_person(token, self.gazetteer):
            return False
        determined = i > 0 and (doc[i - 1].lower_ in ARTICLES or doc[i - 1].is_lower and is_adjective_like(doc[i - 1]))
        return determined or "-" in token.text or len(token.text) >= 9 or stem(token.text) in self.gazetteer.demonyms

    def _agent_after_name(self, doc: Doc, start: int, k: int, end: int) -> bool:
        """Whether "von"/"vom" at token ``k`` of a person's name opens a phrase of an ordinary noun
        ("Hu von der Staatssicherheit", "Kim vom Geheimdienst") rather than a surname with its
        particle ("Ursula von der Leyen", "Friedrich von der Heide": a given name before it)."""
        noun = k + 2 if doc[k].lower_ == "von" and k + 2 < end and doc[k + 1].lower_ in ("der", "dem", "den") else k + 1
        if noun >= end or noun != end - 1:
            return False
        word = doc[noun].text
        return is_common_noun(word) and not (k - start == 1 and is_given_name(doc[start].text, self.gazetteer.given_names)) \
            and stem(word) not in self._known_surnames()

    def _body_of_town_adjective(self, doc: Doc, start: int, end: int) -> bool:
        """ "die Brüsseler Staatsanwaltschaft", "das Hamburger Oberverwaltungsgericht": a town's
        adjective and the noun of a body that goes by its seat are that body's name (not "das
        Budapester Parlament", which stands for the state)."""
        if end - start != 2 or end > len(doc):
            return False
        adjective, body = doc[start].text, doc[start + 1]
        # not a body the gazetteer knows: "das Karlsruher Bundesverfassungsgericht" is the court it lists
        if self._known_name(body.text):
            return False
        # in the genitive too: "des Linzer Landesgerichts"
        return adjective.endswith("er") and self._town_of_adjective(adjective) is not None \
            and (_seated_body_noun(body.text) is not None or _association_compound(body.text))

    @staticmethod
    def _names_a_thing(doc: Doc, cand: _Candidate, org_words: set[int] = frozenset()) -> bool:
        """Whether an unknown name the statistical NER took for a person or organisation names a
        ship, a base, a building or an event: after a word for one ("der Lenkwaffenzerstörer
        Donald Cook", "des Fährschiffes „Rabaul Queen“", "auf dem Luftwaffenstützpunkt Mihail
        Kogalniceanu") or with one as its first or last word ("Hotel Kobenzl", "Vomper Kaserne",
        "Ars Electronica Festival", "der EU-Gipfel"; events are _names_an_event's); also an operation
        the NER took for a place ("der Operation Muschtarak"). ``org_words`` are the tokens of known organisations, which
        are no word for a thing ("der Europäischen Kommission Anna Kovacs" is no mission)."""
        if cand.key is None and cand.category == "Place" and cand.start > 0 \
                and doc[cand.start - 1].lower_ in OPERATION_WORDS:
            return True
        if cand.key is None and cand.category in ("Person", "Organization", "Place") and cand.start > 0 \
                and cand.end - cand.start == 1:
            # also a name listed after the word: "die drei Tarife Light, Classic und Flex"
            k = cand.start - 1
            while k >= 2 and doc[k].lower_ in (",", "und", "oder") and doc[k - 1].text[:1].isupper() \
                    and doc[k - 1].is_alpha and cand.start - k < 8:
                k -= 2
            if doc[k].text[:1].isupper() and doc[k].lower_.rsplit("-", 1)[-1].endswith(PRODUCT_WORDS):
                return True
        if cand.category == "Place" and cand.start >= 4 and doc[cand.start - 1].text == ")" \
                and doc[cand.start - 3].text == "(" and doc[cand.start - 2].text.isupper() \
                and institution_name(doc[cand.start - 4].text, seated=True):
            return True  # "die Bezirkshauptmannschaft (BH) Gmünd": the seat names the authority
        if cand.category in ("Person", "Organization", "Media") \
                and doc[cand.start:cand.end].text.casefold() in _STOCK_INDICES_CASEFOLDED:
            return True  # "Der ATX schloss ...", "Der EURO STOXX 50 schloss": an index, no actor
        if cand.category == "Place" and cand.start > 0 and doc[cand.start - 1].lower_.endswith(FACILITY_SEATS):
            return True  # "die Kaserne Fehring", "die Polizeiinspektion Freyung": a facility's name, no place told
        if cand.key is not None or cand.category not in ("Person", "Organization"):
            return False
        last = doc[cand.end - 1].text
        after = doc[cand.end].text if cand.end < len(doc) else ""
        quoted = cand.start > 0 and doc[cand.start - 1].text in OPENING_QUOTES
        if last.isdigit() and cand.end - cand.start > 1 and (cand.category == "Person" or quoted) \
                or _MODEL_CODE.match(last) or (last.isupper() or "-" in last) and after.isdigit() \
                or cand.end - cand.start > 1 and _SHORT_MODEL_CODE.match(last) and cand.end - 1 not in org_words:
            # "„Christoph 29“", "„SAR 71“", "Bell UH-1D", "A380", "NH 90", "JAR-OPS 3": a type or a
            # unit (but "die Formel 1", "Hannover 96" are organisations)
            return True
        before = cand.start - 1
        if before >= 0 and doc[before].text in OPENING_QUOTES:
            before -= 1
        word = doc[before].lower_ if before >= 0 else ""
        for ending in ("es", "s"):
            if word.endswith(ending) and word[:-len(ending)].endswith(THING_WORDS):
                word = word[:-len(ending)]
        first, last = doc[cand.start].lower_, doc[cand.end - 1].lower_.rsplit("-", 1)[-1]
        return word.endswith(THING_WORDS) and before not in org_words \
            or first in THING_WORDS and cand.end - cand.start > 1 or last.endswith(THING_WORDS + STREET_WORDS)

    @staticmethod
    def _names_an_event(doc: Doc, cand: _Candidate) -> bool:
        """Whether an unknown name the NER took for a person or organisation is an event's, a
        prize's or an era's by its first or last word ("Prix Goncourt", "die Australian Open")."""
        if cand.key is not None or cand.category not in ("Person", "Organization"):
            return False
        first, last = doc[cand.start].lower_, doc[cand.end - 1].lower_.rsplit("-", 1)[-1]
        if last in SURNAMES_AMONG_EVENT_WORDS and cand.category == "Person" and cand.end - cand.start > 1:
            return False  # "Andreas Krieg": a person whose surname is the word itself (not "Bürgerkrieg")
        # only a prize opens its name with the word ("Prix Goncourt"; "Open Text", "EM Sport Media AG" are firms)
        return first in EVENT_WORDS_OPENING and cand.end - cand.start > 1 \
            or last in EVENT_WORDS_WHOLE or last.endswith(EVENT_WORDS)

    @staticmethod
    def _acronym_of_a_thing(doc: Doc, cand: _Candidate, found: list[_Candidate]) -> bool:
        """Whether an unknown acronym in brackets abbreviates the noun for a thing before it: "die
        Ostautobahn (A4)", "ein hämorrhagisches Dengue-Fieber (DHF)", "über ein globales
        Vertriebssystem (GDS)". Not the acronym of any other noun ("die Arbeiterkammer (AK)",
        "der Verfassungsschutz (BfV)": bodies) nor of a name the NER found ("die Syrische
        Beobachtungsstelle für Menschenrechte (SOHR)")."""
        word = doc[cand.start].text
        if cand.key is not None or cand.category not in ("Organization", "Person", "Media") \
                or cand.end - cand.start != 1 or not (word.isupper() and word.isalnum() and 2 <= len(word) <= 8) \
                or cand.start < 3 or cand.end >= len(doc) or doc[cand.start - 1].text != "(" \
                or doc[cand.end].text != ")":
            return False
        noun = cand.start - 2
        if doc[noun].text in CLOSING_QUOTES:
            noun -= 1  # "ein „Vertriebssystem“ (GDS)"
        lower = doc[noun].lower_
        return doc[noun].text[:1].isupper() \
            and any(form.endswith(_THINGS_WITH_ACRONYMS) for form in (lower, lower.removesuffix("s"), lower.removesuffix("es"))) \
            and not any(c.start <= noun < c.end for c in found)

    @staticmethod
    def _island(span: Span) -> Span | None:
        """An English island's name the statistical NER cut or took for a person: "Elliot
        Island" in "Lady Elliot Island", "Heron" in "die Heron Islands"; None for other spans."""
        doc = span.doc
        start, end = span.start, span.end
        if end < len(doc) and doc[end].text in ("Island", "Islands"):
            end += 1
        if doc[end - 1].text not in ("Island", "Islands") or end - start < 2:
            return None
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                and not doc[start - 1].is_stop and end - start < 4 \
                and len(positions_of(doc, doc[start - 1].text)) == 1:  # not the storm "Hamish" of "Zyklon Hamish"
            start -= 1
        return doc[start:end]

    def _english_name(self, span: Span) -> Span:
        """An English organisation's name as a whole, where the statistical NER stops short or
        starts early: "China Precision Machinery Import and Export Corporation" (on over "and",
        "of", "for" and "&" to capitalised words), "National Maritime Safety Authority" (on to an
        English head), without a state in the genitive before it ("Papua-Neuguineas")."""
        doc = span.doc
        start, end = span.start, span.end
        sentence_end = doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc)
        while True:
            run = end + 1 if end < sentence_end and doc[end].text in ENGLISH_NAME_GLUE else end
            stop = run
            while stop < sentence_end and stop - run < 3 and doc[stop].is_alpha and doc[stop].text[:1].isupper():
                stop += 1
            if stop > run and (run > end or doc[stop - 1].text in ENGLISH_NAME_HEADS):
                end = stop
            else:
                break
        first = doc[start]
        key = self.gazetteer.lookup([first.text[:-1]]) if first.text.endswith("s") else None
        if end - start > 2 and key and key.startswith("country:") and doc[start + 1].text[:1].isupper():
            start += 1
        return doc[start:end] if (start, end) != (span.start, span.end) else span

    def _name_length(self, doc: Doc, start: int, end: int) -> int:
        """How many of the tokens ``start:end`` of a person's name are the name: names do not end
        in ordinary nouns ("Kerrys Vorstoß", "Rob Morgan Ansteckabzeichen"). A known given name
        and one more word are a name, whatever that word means ("Steve Marshall"), and so are a
        given name ("Baher Mohammed") and a double name ("Boutros Boutros-Ghali") at the end."""
        # "Matthias W. Beckmann": given names and initials before the last word make it a surname,
        # also once a noun after it is cut ("Matthew Williams Liebeskummer")
        def given(end: int) -> bool:
            return all(is_given_name(t.text, self.gazetteer.given_names) or _INITIAL.match(t.text)
                       for t in doc[start:end - 1])

        # "Said Raad al-Hussein": a lowercase particle opens a name's part, never a noun ("-sein")
        # "Serena Williams gewann": no genitive before it, and the parse joins them
        surname = end - start == 2 and self._surname_by_the_parse(doc, start, end - 1)
        while end - start > 1 and doc[end - 1].text[:1].isupper() and not surname \
                and self._noun_ending_a_name(doc, start, end) \
                and not (given(end) and is_given_name(doc[start].text, self.gazetteer.given_names)) \
                and not self._first_or_double_name(doc[end - 1].text) \
                and not (end - start > 2 and doc[end - 2].lower_ in SURNAME_PARTICLES):  # "Maggie De Block"
            end -= 1
        return end - start

    def _surname_by_the_parse(self, doc: Doc, first: int, last: int) -> bool:
        """Whether the capitalised word at ``last`` is the surname of a name that begins at ``first``:
        the first word is no genitive ("Kerrys Vorstoß"), no ordinary noun, English word or known
        surname ("Schwarz Weiß", "Point Break", "Sobotka Schelling"), the second no known place or body
        ("Arminia Bielefeld"), company's word ("Ipek Holding"), lowercase word or noun the lookup table
        inflects ("Jelic Ersatz"), and the parser tags the second a proper noun of the first's name
        ("Serena Williams")."""
        given, surname = doc[first], doc[last]
        # the parse first: it is cheap and rules out most spans
        return surname.pos_ == "PROPN" and surname.dep_ in ("flat", "flat:name", "appos") and surname.head.i == first \
            and not given.text.endswith(("s", "'", "’")) and not is_common_noun(given.text) \
            and not is_lowercase_word(given.text) and not is_english_phrase([given.text]) \
            and stem(given.text) not in self._known_surnames() \
            and self.gazetteer.lookup([surname.text]) is None and surname.lower_ not in _COMPANY_WORDS \
            and not is_lowercase_word(surname.text) and not is_inflected_noun(surname.text)

    @staticmethod
    def _noun_ending_a_name(doc: Doc, start: int, end: int) -> bool:
        """Whether the last word of ``start:end`` is an ordinary noun the NER ran on to. After one
        word only, a word that merely ends in a noun is a surname ("Ed Miliband", "François
        Hollande"); a noun of its own or two nouns joined are no name ("Kerrys Vorstoß")."""
        word = doc[end - 1].text
        return is_common_noun(word) and (end - start > 2 or is_dictionary_noun(word) or is_compound_of_nouns(word))

    def _first_or_double_name(self, word: str) -> bool:
        """ "Mohammed", "Boutros-Ghali", "Mikl-Leitner": a given name, or capitalised parts that
        are no ordinary nouns joined by a hyphen."""
        parts = word.split("-")
        return is_given_name(word, self.gazetteer.given_names) or len(parts) > 1 and all(
            part[:1].isupper() and not is_dictionary_noun(part) and self.gazetteer.lookup([part]) is None
            for part in parts)

    def _state_prefix(self, name: str) -> str | None:
        """ "US-Senat", "Iran-Miliz": the state whose body or force an unknown organisation is."""
        if "-" not in name:
            return None
        key = self.gazetteer.lookup([name.split("-")[0]])
        return key if key and key.startswith("country:") else None

    def _known_group(self, span: Span) -> str | None:
        """ "Houthi-Rebellen", "Taliban-Kämpfer": the fighters of a group the gazetteer knows."""
        prefix = span.text.rpartition("-")[0]
        key = self.gazetteer.lookup(t for t in prefix.split("-") if t)
        entry = self.gazetteer.entries.get(key) if key else None
        return key if entry is not None and entry.category == "ArmedGroup" else None

    def _descriptive_noun(self, doc: Doc, start: int, end: int) -> bool:
        first, second = doc[start], doc[start + 1]
        if end - start == 2 and _web_medium_noun(first) and _WEB_ADDRESS.fullmatch(second.text):
            return True  # "das Branchenmedium atmedia.at": the kind of medium, then its address
        if is_given_name(first.text, self.gazetteer.given_names) and second.text[:1].isupper() \
                and (first.pos_ == "PROPN" or not is_common_noun(first.text)):
            return False  # "Helmut Hofer": a given name before a known word begins a person's name
        if first.lower_.endswith(STRONGHOLD_WORDS) and first.is_alpha and second.text[:1].isupper():
            # "nahe Jihadistenhochburg Raqqa": whose town, then its name (not a name the gazetteer
            # knows for something else: "die Rebellenhochburg Duma" is no parliament)
            known = self.gazetteer.lookup(t.text for t in doc[start + 1:end])
            return known is None or known.startswith("place:")
        # "die Jihadistenhochburg Raqqa": a compound noun before a known name describes it too
        compound = is_common_noun(first.text) and not first.is_sent_start \
            and self.gazetteer.lookup(t.text for t in doc[start + 1:end]) is not None
        if first.is_upper or not (is_ordinary_noun(first) or compound) \
                or self.gazetteer.lookup([first.text]) \
                or first.pos_ == "ADJ" and not first.is_sent_start and "-" not in first.text and (
                    end - start > 2 or doc[end - 1].lower_.endswith(NAMED_BY_SEAT)):
            # a capitalised adjective inside a sentence is part of the name: "die Neue Demokratische
            # Partei", "des Europäischen Forschungsrats", "der Technischen Universität" (not "die
            # Nachhaltigen Entwicklungsziele")
            return False
        if first.lower_.endswith(_TRADE_NOUNS) and second.text[:1].isupper() and second.is_alpha \
                and not is_common_noun(second.text):
            return True  # "der Anwaltskanzlei Lansky", "die Heimwerkerkette Baumax": the trade, then the firm
        if first.lower_.endswith(MEDIA_KIND_ENDINGS) and second.text[:1].isupper() \
                and not is_dictionary_noun(second.text) and self.gazetteer.role_of(first.text) is None:
            return True  # "der Nachrichtenagentur Xinhua", "der Zeitung China Daily", "dem Sender RTS"
        if _without_genitive_ending(first.text).lower().endswith(COMPANY_KIND_ENDINGS) and second.text[:1].isupper() \
                and second.is_alpha and not is_dictionary_noun(second.text) and self.gazetteer.role_of(first.text) is None:
            return True  # "das Plattenlabel Sonorix", "des Spielzeugherstellers Mattel": the trade, then the company
        if first.lower_ in GROUP_NOUNS and end - start > 2 and self._name_adjective(second):
            return True  # "der Gruppe Erste Küstendivision", "die Miliz Freie Syrische Armee"
        if first.lower_ != "partei" and first.lower_.endswith(tuple(GROUP_NOUNS)) and second.text[:1].isupper() \
                and second.is_alpha and not is_common_noun(second.text) and not self._name_adjective(second) \
                and self.gazetteer.role_of(first.text) is None:
            return True  # "die Terrororganisation Jemaah Islamiyah": the kind of group, then its name
        if start > 0 and doc[start - 1].lower_ in GROUP_NOUNS and self._name_adjective(first):
            return False  # the name after the group noun begins with its adjective: "Erste Küstendivision"
        rest = tuple(stem(t.text) for t in doc[start + 1:end])
        known = self.gazetteer.names.get(rest)
        seat = known is None or self.gazetteer.entries[known].kind in ("place", "country")
        if first.lower_.endswith(NAMED_BY_SEAT) and seat:
            # "Landesgericht Wiener Neustadt", "Universität Wien": the seat is part of the name (but
            # "Nachrichtenagentur Reuters" is Reuters)
            return False
        if second.lower_ in ("der", "des"):
            return end - start > 2  # "Stellungen der Jihadistenmiliz Islamischer Staat"
        if not (second.text[:1].isupper() and second.is_alpha):
            return False
        # "Enklave Kaliningrad", "Landesteils Republika Srpska", but "Radio France Internationale":
        # the noun goes when the rest is a known name or when it is inflected, as a name's head is not.
        inflected = first.lemma_ not in ("", first.text)
        rest = tuple(stem(t.text) for t in doc[start + 1:end])
        return inflected or self.gazetteer.names.get(rest) is not None

    def _compound_of_known(self, doc: Doc, span: Span) -> bool:
        """ "EU-Budget", "NATO-Mitglied", "Ukraine-Konflikt": a known name in front of an
        ordinary noun is a mention of that name, not a new organisation."""
        if len(span) != 1 or "-" not in span.text:
            return False
        prefix, _, head = span.text.rpartition("-")
        known = self.gazetteer.lookup(t for t in prefix.split("-") if t)
        head_lower = head.lower()
        head = head[:1].upper() + head[1:]
        # "aus Neos-Sicht": the press nouns the lookup table lacks ("Sicht", "Image") end compounds too
        return known is not None and (span[0].pos_ == "NOUN" or is_common_noun(head) or is_untabled_noun(head)) \
            and not head_lower.endswith(INSTITUTION_HEADS)

    @staticmethod
    def _compound_of_common_nouns(span: Span) -> bool:
        """ "mit Saubermann-Image", "das Bonus-Malus-Modell": a hyphenated word whose parts are all
        ordinary nouns is an ordinary noun, whatever the NER says, unless its last part is the
        word for a body ("Arbeiter-Samariter-Bund", "Bürger-Initiative"), which a name may end in."""
        if len(span) != 1 or "-" not in span.text.strip("-"):
            return False
        parts = [part[:1].upper() + part[1:] for part in span.text.split("-")]
        head = parts[-1].lower()
        if not all(len(part) > 2 and part.isalpha() and (is_common_noun(part) or is_untabled_noun(part)) for part in parts) \
                or head.endswith((*INSTITUTION_HEADS, *GROUP_NOUNS, *ASSOCIATION_HEADS, *MEDIA_KIND_ENDINGS, *NAME_DESCRIPTORS)) \
                or parts[-1] in PURPOSE_BODIES or head.endswith(_NAMED_BODY_ENDINGS) and not head.endswith(("apparat", "vorrat")):
            return False
        return True

    def resolve(self, doc: Doc, *, body_start: int = 0) -> EntityIndex:
        """The actors and places of an analysed article; ``body_start`` is where the text below
        its headline begins (see :func:`kg.extract.places.headline_end`)."""
        index = EntityIndex(body_start=body_start)
        sentence_of = index.sentence_of = _sentence_index(doc)
        forms: dict[str, Counter] = {}
        persons: dict[str, str] = {}  # surname stem -> person key

        def add(start: int, end: int, key: str, kind: str, **chars) -> None:
            index.add_mention(doc, start, end, key, kind, sentence=sentence_of[start], **chars)

        # the agency of a dateline ("Wien (APA) – ") sent the story; it does not act in it
        candidates = [c for c in self._candidates(doc) if not in_agency_bracket(doc, c.start)
                      and not self._town_as_team(doc, c)]
        home = self._home_state(doc, candidates)
        candidates = [replace(c, key=self._at_home(c.key, home)) for c in self._one_kind_per_name(doc, candidates)]
        # "Aval" after "Raiffeisen Bank Aval", "Kapsch" beside "Kapsch TrafficCom": a name's first or last
        # word alone is that organisation, where it is no ordinary noun and the word of one name only
        long_forms: dict[str, set[str]] = {}
        for cand in candidates:
            if cand.key is None and cand.category in ("Organization", "Media") and cand.end - cand.start > 1:
                span = doc[cand.start:cand.end]
                for word in {span[0].text, span[-1].text}:
                    if word[:1].isupper() and word.isalpha() and not is_common_noun(word) and len(word) > 2:
                        long_forms.setdefault(word, set()).add(span.text)
        short_forms = {word: names.pop() for word, names in long_forms.items() if len(names) == 1}
        candidates = self._organisations_taken_for_persons(doc, candidates, short_forms)
        # Full person names first, linked or not, so that surnames and genitives anywhere in the
        # article ("Kerry" in the headline, "Kerrys") find them.
        full_names: dict[tuple[str, ...], str] = {}  # a full name's words -> its person
        full_name_sentences: dict[tuple[str, ...], set[int]] = {}  # a full name's words -> where the text writes it
        decided: dict[tuple[str, ...], str] = {}  # an unknown person's name's words -> the person it was taken for
        named_in_full: set[str] = set()  # the persons the text names with more than one word
        # known first, so that "Tayyip Erdoğan" or "Micheil Saakaschwili" is the known "Recep Tayyip
        # Erdoğan" or "Michail Saakaschwili" the article names elsewhere by surname only, no second person
        known_persons = list(dict.fromkeys(cand.key for cand in candidates
                                           if cand.key is not None and cand.key.startswith("person:")))
        for key in known_persons:
            full_names.setdefault(tuple(stem(w) for w in self.gazetteer.entries[key].name.split()), key)
        for cand in sorted(candidates, key=lambda c: c.start - c.end):
            if cand.category == "Person" and cand.key is None and cand.end - cand.start >= 2:
                name = _person_name(doc, cand.start, cand.end, self.gazetteer)
                stems = tuple(stem(w) for w in name.split())
                # "Peña Nieto" after "Enrique Peña Nieto": the end of a longer name is that person
                # and so is its beginning: "Sigmundur Davíð" after "Sigmundur Davíð Gunnlaugsson"
                # and "Oliver Jufer" after "Oliver Rudolf Jufer": the same name without the middle one.
                # Not a relative or namesake ("Hans Peter Müller und sein Sohn Hans Müller") nor a
                # name the sentence of the longer one writes too: there it tells two persons apart
                # (and its later mentions are that other person too)
                related = cand.start > 0 and is_relational_noun(doc[cand.start - 1].lower_)
                key = decided.get(stems) or next((k for known, k in full_names.items() if len(known) > len(stems) and not related
                            and sentence_of[cand.start] not in full_name_sentences.get(known, ())
                            and (stems in (known[-len(stems):], known[:len(stems)])
                                 or len(stems) == 2 and stems == (known[0], known[-1]))), None) \
                    or next((k for k in known_persons
                             if self._same_person_spelt(name, self.gazetteer.entries[k].name)), None) \
                    or self._person_key(name)
                full_names.setdefault(stems, key)
                decided.setdefault(stems, key)
                full_name_sentences.setdefault(stems, set()).add(sentence_of[cand.start])
                named_in_full.add(key)
                self._ensure_person(index, key, name)
                persons.setdefault(stem(name.split()[-1]), key)
            elif cand.key is not None and cand.key.startswith("person:"):
                entry = self.gazetteer.entries[cand.key]
                persons.setdefault(stem(_surname(entry)), cand.key)
                if cand.end - cand.start > 1:
                    named_in_full.add(cand.key)
                # "Van der Bellen" after "Alexander Van der Bellen": the end of a known person's name
                full_names.setdefault(tuple(stem(w) for w in entry.name.split()), cand.key)
                # the surname in the other spellings of a known person: "Netanyahu" of "Benjamin
                # Netanjahu", where the article writes "Benjamin Netanyahu"
                for alias in entry.aliases:
                    if len(alias.split()) > 1 and alias.split()[-1][:1].isupper():
                        persons.setdefault(stem(alias.split()[-1]), cand.key)
        # A statistical ORG or LOC that is a known surname is that person ("Kerrys Vorstoß").
        for number, cand in enumerate(candidates):
            # also a known town's, company's or state's word, but not after "in", "nach" ...:
            # "Chandler sagte" after "Richard Chandler", "so Hofer" after "Norbert Hofer",
            # "bedauerte Deutsch" after "Oskar Deutsch"
            namesake = cand.key is not None and self.gazetteer.entries[cand.key].kind != "person" \
                and not (cand.start > 0 and doc[cand.start - 1].lower_ in LOCATIVE | PLACE_PREPOSITIONS)
            if (cand.key is None or namesake) and cand.category != "Person" and cand.end - cand.start == 1 \
                    and stem(doc[cand.start].text) in persons:
                candidates[number] = _Candidate(cand.start, cand.end, "Person", None, "name", cand.priority)
        # A known person's surname alone is the article's own person of that surname when only that
        # one is named in full: "Der Historiker Igor Putin sagte … Putin betonte" is Igor Putin.
        for number, cand in enumerate(candidates):
            if cand.key is None or not cand.key.startswith("person:") or cand.end - cand.start != 1 \
                    or cand.key in named_in_full:
                continue
            namesake = persons.get(stem(doc[cand.start].text))
            if namesake is None or namesake == cand.key or namesake not in named_in_full:
                continue
            # (a namesake named in full is an actor of the article by now, or a known person)
            written = index.actors[namesake].label if namesake in index.actors else self.gazetteer.entries[namesake].name
            if not self._same_person_spelt(written, self.gazetteer.entries[cand.key].name):
                candidates[number] = _Candidate(cand.start, cand.end, "Person", None, "name", cand.priority)
        # the words of persons' names, which no capital after them continues: "besuchte Merkel Paris"
        person_words = set(persons) | self._known_surnames() | {
            stem(t.text) for c in candidates if c.category == "Person" for t in doc[c.start:c.end]}
        for cand in candidates:
            if cand.category == "Person" and cand.key is None:
                name = _person_name(doc, cand.start, cand.end, self.gazetteer)
                key = _surname_of(persons, stem(name.split()[-1])) if cand.end - cand.start == 1 \
                    else full_names.get(tuple(stem(w) for w in name.split()))
                if key is None and cand.end - cand.start == 1 \
                        and is_given_name(doc[cand.start].text, self.gazetteer.given_names):
                    # "In der Vorwoche hatte Pedro ..." after "Angreifer Pedro Rodriguez": a given name
                    # alone is the one person of the article who has it
                    owners = {k for known, k in full_names.items() if len(known) > 1 and known[0] == stem(name)}
                    key = owners.pop() if len(owners) == 1 else None
                key = key or self._person_key(name)
                self._ensure_person(index, key, name)
                forms.setdefault(key, Counter())[name] += 1
                add(cand.start, cand.end, key, "name")
            elif cand.key is not None:
                if self._capital_ending_a_name(doc, cand, person_words):
                    continue
                cand = self._capital_as_state(doc, cand, person_words)
                key, kind = self._linked(index, cand)
                # "Houthi-Rebellen" names the group "Houthi" as the article spells it.
                form = self._surface_form(doc, cand) if kind == "name" else \
                    doc[cand.start].text.rpartition("-")[0] if cand.category == "ArmedGroup" else None
                if form:
                    forms.setdefault(key, Counter())[form] += 1
                add(cand.start, cand.end, key, kind)
                entry = self.gazetteer.entries[cand.key]
                if entry.kind == "person":
                    persons.setdefault(stem(_surname(entry)), key)
            else:
                text = doc[cand.start:cand.end].text
                if cand.end - cand.start == 1 and cand.category != "Person" and self._known_name(text) \
                        and text.lower().startswith(COMPASS_PREFIXES):
                    cand = _Candidate(cand.start, cand.end, "Place", None, cand.kind, cand.priority)  # "Ostukraine"
                if cand.category == "Place" and text.lower().endswith(NOT_SETTLEMENTS):
                    continue  # "Inönü-Boulevard", "Merasin-Straße": streets and sites, not places
                town = self._town_of_adjective(text) if cand.category != "Person" else None
                if town is not None:
                    # "im Lustenauer Sozialzentrum": the town Lustenau
                    key, _ = self._linked(index, _Candidate(cand.start, cand.end, "Place", town, "adjective", 0))
                    add(cand.start, cand.end, key, "adjective")
                    continue
                if cand.category == "Place" and text.endswith("-"):
                    # "Nord-" of "zwischen Nord- und Südtirol" is "Nordtirol"; a part cut short that
                    # names no place is none
                    text = self._elided_place_name(doc, cand.start)[1] if cand.end - cand.start == 1 else None
                    if text is None:
                        continue
                if cand.category == "Place":
                    if cand.end - cand.start == 1 and text.endswith("s") \
                            and (positions_of(doc, text[:-1]) or self._compass_region_in_genitive(text)):
                        text = text[:-1]  # "die Bewohner Abyeis" is Abyei, named so elsewhere; "Norddeutschlands"
                    text = name_after_kind_word(doc, cand.start, cand.end) or text
                    key = f"place:{slug(text)}"
                    index.places.setdefault(key, Place(key=key, label=text, kind="place"))
                else:
                    # "der Österreichischen Hagelversicherung" is "Österreichische Hagelversicherung",
                    # one node with "Die Österreichische Hagelversicherung" elsewhere in the article.
                    if text.endswith(".") and doc[cand.end - 1].text[:-1].isdigit():
                        text = text[:-1]  # "Rossija 24." at the end of a sentence is "Rossija 24"
                    text = short_forms.get(text, text) if cand.end - cand.start == 1 else text
                    written = text
                    text = _nominative(text.split(" "))
                    by_gender = nominative_by_gender(doc[cand.start:cand.end])
                    # also where the head loses its genitive ending: "des Statistischen Bundesamts"
                    head_changed = by_gender is not None and by_gender.rsplit(" ", 1)[-1] != written.rsplit(" ", 1)[-1]
                    if text == written or head_changed:
                        text = by_gender or text
                    first, _, seat = text.partition(" ")  # "des Innenministeriums", "des Landesgerichts Wels"
                    text = " ".join(filter(None, [institution_name(first, seated=bool(seat)) or first, seat]))
                    if self._body_of_town_adjective(doc, cand.start, cand.end):
                        # as written ("Leipziger" is no adjective to inflect), "des Linzer Landesgerichts"
                        body = doc[cand.start + 1].text
                        text = f"{doc[cand.start].text} {_seated_body_noun(body) or _without_genitive_ending(body)}"
                    if first.lower().endswith(("verbands", "verbandes")) and seat:
                        # "des Verbands der Privatsender" is the "Verband der Privatsender"
                        text = f"{first[:-2] if first.endswith('es') else first[:-1]} {seat}"
                    elif seat and seat[:1].islower() and cand.start > 0 and doc[cand.start - 1].lower_ in ("des", "eines"):
                        # "des Instituts für Nationales Gedenken", "des Komitees zum Schutz von
                        # Journalisten": a head noun in the genitive, then what the body is for
                        text = f"{_without_genitive_ending(first)} {seat}"
                    key = f"org:{slug(text)}"
                    if key in self.gazetteer.entries:
                        # the name of a known organisation: one IRI, one kind, in every article
                        key, _ = self._linked(index, _Candidate(cand.start, cand.end, "", key, "name", 0))
                    index.actors.setdefault(key, Actor(key=key, label=text, category=cand.category,
                                                       represents=self._state_prefix(text)))
                forms.setdefault(key, Counter())[text] += 1
                add(cand.start, cand.end, key, "name")

        for cand in (c for c in candidates if c.kind == "administration"):
            # "die Stadt Wien" acts as an organisation and still names the place Wien
            seat = cand.start + 1
            text = doc[seat:cand.end].text
            known = self.gazetteer.lookup(text.split())
            if known is not None and self.gazetteer.entries[known].kind == "place":
                key, _ = self._linked(index, _Candidate(seat, cand.end, "Place", known, "name", 0))
            else:
                key = f"place:{slug(text)}"
                index.places.setdefault(key, Place(key=key, label=text, kind="place"))
            add(seat, cand.end, key, "name")
            if doc[cand.start].lower_ in REGION_GOVERNMENTS:
                # "Das Land Tirol stellt ... bereit": a region acts as a state does, a location only
                # where the article uses it as one (a town's "Die Stadt Künzelsau teilte mit" still
                # says where the news is)
                index.seats.add(seat)

        self._regional_governments(doc, index, add)

        for cand in candidates:
            if cand.kind == "adjective" and cand.end < len(doc) and doc[cand.end].lower_ in STATE_BODIES \
                    and cand.end not in index.by_token:
                # "die syrische Armee", "der türkischen Regierung": the state acting.
                key, _ = self._linked(index, _Candidate(cand.start, cand.end + 1, "", cand.key, "alias", 0))
                index.forget_mentions(doc, cand.start, cand.end + 1, keep=key)
                add(cand.start, cand.end + 1, key, "alias")

        for start, end, token_i, key in doc._.kg_prefixes or ():
            key, _ = self._linked(index, _Candidate(token_i, token_i + 1, "", self._at_home(key, home), "prefix", 0))
            token = doc[token_i]
            # "Human Rights Watch-Sprecher": the name's words from the token the prefix starts in
            first = doc.char_span(start, start + 1, alignment_mode="expand").start
            head = token.text[end - token.idx + 1:].lower()
            # "die US-Regierung" is the state; "die EU-Staaten", "die Nato-Partner" the alliance
            speaks_for = GOVERNMENT_WORDS if key.startswith("country:") else MEMBER_WORDS
            # "aus anderen EU-Staaten" is a place the members make up, not the alliance acting
            kind = "alias" if head in speaks_for and not self._members_as_place(doc, token_i) else "prefix"
            if head in REPORT_HEADS and not key.startswith("country:"):
                kind = "alias"  # "nach UNO-Angaben": the organisation reports
            if head in SELF_HEADS and not key.startswith("country:"):
                kind = "alias"  # "des Nissan-Konzerns", "die Lufthansa-Gruppe": the company itself
            if head.endswith(OWN_INSTITUTION_HEADS) and token_i not in index.by_token:
                # "der EU-Syrien-Fonds", "das UN-Flüchtlingshochkommissariat": a body of its own
                own = f"org:{slug(token.text)}"
                index.actors.setdefault(own, Actor(key=own, label=token.text, category="Organization",
                                                   represents=self._state_prefix(token.text)))
                add(token_i, token_i + 1, own, "name")
            if kind == "alias":
                add(first, token_i + 1, key, kind)
            else:
                add(first, token_i + 1, key, kind, char_start=start, char_end=end)

        self._place_services(doc, index, add)
        self._districts(doc, index, add)
        self._surnames(doc, index, persons, add)
        self._acronyms(doc, index, add)
        self._roles(doc, index, sentence_of, add)
        # Read once: the dateline's places are all found by now, and the stages below and the
        # aid extractor ask for the article's own state.
        index.dateline_state = self._dateline_state(doc, index)
        self._country_again(doc, index, sentence_of, add)
        self._unqualified_government(doc, index, sentence_of, add)
        self._federal_government(doc, index, add)
        self._ministry_references(doc, index, add)
        self._state_of_unnamed_organs(doc, index, sentence_of)
        self._locative_countries(doc, index)
        self._places_that_act(doc, index, add)
        self._seats_of_governments(doc, index)
        refer_back_by_head(doc, index, add)  # "nach Angaben der Beobachtungsstelle" after its full name
        self._labels(index, forms)
        for actor in index.actors.values():
            if actor.category == "Person":
                actor.gender = self.gazetteer.person_gender(actor.label, actor.role, key=actor.key)
        index.spans = sorted(index.spans)  # a new list: see EntityIndex.spans
        return index

    def _organisations_taken_for_persons(self, doc: Doc, candidates: list[_Candidate],
                                         short_forms: dict[str, str]) -> list[_Candidate]:
        """ "Nokta erscheint wöchentlich" after "die Zeitschrift Nokta", "Blairmore beschäftigte" after
        "der Investmentfonds Blairmore Holding": a one-word name the statistical NER took for a person
        is the organisation or medium the article names so at least as often (or the company whose
        name it opens), one node, where no person of the article is called so. Not "Prince" named
        ten times as a person and once as a body, nor "Horvath" after "Klemens Horvath", a person's
        name the NER took for a body's."""
        unknown = [(doc[c.start:c.end].text, c) for c in candidates if c.key is None]
        kinds = {text: c.category for text, c in unknown if c.category in ("Organization", "Media")}
        times = Counter((c.category, text) for text, c in unknown)
        person_words = {t.text for _text, c in unknown if c.category == "Person" and c.end - c.start > 1
                        for t in doc[c.start:c.end]}

        def kind_of(word: str) -> str | None:
            long_form = short_forms.get(word, "")
            if word in kinds and times[kinds[word], word] >= times["Person", word]:
                kind = kinds[word]
            elif long_form.split(" ")[0] == word and long_form.rpartition(" ")[2].lower() in _COMPANY_WORDS:
                kind = kinds.get(long_form)
            else:
                return None
            if word in person_words or is_given_name(word, self.gazetteer.given_names) \
                    or stem(word) in self._known_surnames():
                return None
            return kind

        bodies = {text: kind_of(text) for text, c in unknown if c.category == "Person" and c.end - c.start == 1}
        return [replace(c, category=bodies[doc[c.start].text]) if c.key is None and c.category == "Person"
                and c.end - c.start == 1 and bodies.get(doc[c.start].text) else c for c in candidates]

    def _regional_governments(self, doc: Doc, index: EntityIndex, add) -> None:
        """ "Die Tiroler Landesregierung beschloss": the government of a Land named by its adjective
        is the Land acting, the actor "das Land Tirol" is (not the town of a town's adjective:
        "die Innsbrucker Stadtregierung" has no Land)."""
        for token in doc[1:]:
            if token.lower_ not in LAND_GOVERNMENT_WORDS or token.i in index.by_token:
                continue
            adjective = doc[token.i - 1]
            region = self._town_of_adjective(adjective.text) if adjective.text[:1].isupper() else None
            entry = self.gazetteer.entries.get(region or "")
            if entry is None or entry.place_kind != "region":
                continue
            text = f"Land {entry.name}"
            key = f"org:{slug(text)}"
            index.actors.setdefault(key, Actor(key=key, label=text, category="Organization"))
            add(token.i, token.i + 1, key, "alias")

    def _ministry_references(self, doc: Doc, index: EntityIndex, add) -> None:
        """Other words for a ministry: its acronym ("das BMI" for the Innenministerium named in the
        article), "Ressort" with its field ("das Innenressort" is the Innenministerium, named so or
        not), a minister's ("Mikl-Leitners Ministerium", of the Innenministerin) and "das Ressort"
        or "das Ministerium", which refer back to the ministry named last."""
        ministries: dict[str, str] = {}  # key -> field ("innen", "verteidigung")
        for key, actor in index.actors.items():
            if actor.category == "Organization" and actor.label.lower().endswith("ministerium"):
                ministries[key] = _ministry_field(actor.label)

        def of_field(field: str | None) -> str | None:
            matching = [key for key, own in ministries.items() if field and own == field]
            return matching[0] if len(matching) == 1 else None

        def named(name: str | None) -> str | None:
            """The ministry of this name, made an actor if the article has none of its field."""
            if not name:
                return None
            key = of_field(_ministry_field(name))
            if key is None and not any(own == _ministry_field(name) for own in ministries.values()):
                key = f"org:{slug(name)}"
                index.actors.setdefault(key, Actor(key=key, label=name, category="Organization"))
                ministries[key] = _ministry_field(name)
            return key

        for token in doc:
            lower = token.lower_
            known = index.key_at(token.i)
            if known in ministries:
                continue
            if token.text in MINISTRY_ACRONYMS:
                key = of_field(MINISTRY_ACRONYMS[token.text])
            elif lower.endswith(("ressort", "ressorts")) and len(lower) > len("ressorts") and token.is_alpha \
                    and token.text[:1].isupper():
                key = named(_ministry_name(token.text))  # "das Innenressort", "des Verteidigungsressorts"
            elif lower in ("ressort", "ressorts", "ministerium", "ministeriums") and token.i > 0:
                before = doc[token.i - 1]
                owner = index.key_at(before.i)
                person = index.actors.get(owner) if owner else None
                # the ministry named last before: "das Ressort", "das Ministerium" refer back to it
                only = max(((start, key) for start, _end, key, _kind in index.spans
                            if key in ministries and start < token.i), default=(0, None))[1]
                if person is not None and person.category == "Person" and before.text.endswith("s"):
                    # "Mikl-Leitners Ministerium": the ministry its minister leads
                    key = named(_ministry_name(person.role)) if person.role else only
                elif before.lower_ in MINISTRY_DETERMINERS:
                    key = only
                else:
                    key = None
            else:
                continue
            if key is None:
                continue
            if known is not None:
                actor = index.actors.get(known)
                if actor is None or actor.category not in ("Organization", "Other") or known in _linked_keys(index):
                    continue
                index.forget_mentions(doc, token.i, token.i + 1, keep=key)
            add(token.i, token.i + 1, key, "alias")
            if token.text in MINISTRY_ACRONYMS and token.text not in index.actors[key].aliases:
                index.actors[key].aliases.append(token.text)

    def _surface_form(self, doc: Doc, cand: _Candidate) -> str | None:
        """The name as the article writes it, in the nominative: "Irans" -> "Iran", and
        "des Islamischen Staates" -> the gazetteer's "Islamischer Staat". A descriptor noun is no
        part of it: "die Terrormiliz IS", "die IS-Miliz" are called "IS"."""
        form = self._written_form(doc, cand)
        if form is None and cand.end - cand.start == 1 and doc[cand.start].text.endswith("-"):
            form = self._elided_place_name(doc, cand.start)[1]  # "Nord-" of "Nord- und Südtirol": "Nordtirol"
        if form is None:
            return None
        entry = self.gazetteer.entries[cand.key]
        known = {entry.name, *entry.aliases}
        if _adjective_endings_only(form, entry.name):
            return entry.name  # "das Auswärtige Amt" is the "Auswärtiges Amt"
        if entry.kind != "org":
            return form
        descriptor, _, rest = form.partition(" ")
        if rest in known and descriptor[:1].isupper() and is_common_noun(descriptor) \
                and not is_adjective_like(doc[cand.start]):
            return rest
        rest, _, descriptor = form.rpartition("-")
        if rest in known and " " not in form and descriptor.lower() in GROUP_NOUNS:
            return rest
        return form

    def _written_form(self, doc: Doc, cand: _Candidate) -> str | None:
        entry = self.gazetteer.entries[cand.key]
        known = {entry.name, *entry.aliases}
        text = doc[cand.start:cand.end].text
        if cand.end - cand.start > 1 and doc[cand.end - 1].text in LEGAL_FORMS and text not in known:
            # "der Volkswagen AG": the known name as written, with the company's legal form
            name = self._written_form(doc, replace(cand, end=cand.end - 1))
            return f"{name} {doc[cand.end - 1].text}" if name else None
        article, _, rest = entry.name.partition(" ")
        if article in ("Der", "Die", "Das") and rest and tuple(stem(t).lower() for t in rest.split()) == \
                tuple(stem(t.text).lower() for t in doc[cand.start:cand.end]):
            return entry.name  # "der Grünen", "dem STANDARD": the article is part of the name
        for candidate in (text, text[:-1] if text.endswith("s") else None, text[:-2] if text.endswith("es") else None):
            if candidate and candidate in known:
                return candidate
        if text.replace("’", "'") in known:
            return text  # "Lord’s Resistance Army" as written, the gazetteer's with a straight apostrophe
        form = self.gazetteer.forms.get(tuple(stem(t.text) for t in doc[cand.start:cand.end]))
        if form and _adjective_endings_only(form, entry.name):
            return entry.name  # "im Nahen Osten" found by the alias "Nahe Osten": the name is "Naher Osten"
        return form

    def _acronyms(self, doc: Doc, index: EntityIndex, add) -> None:
        """ "Syrische Beobachtungsstelle für Menschenrechte (SOHR)": the acronym, here and
        wherever else the article uses it, is the same actor as the long form."""
        self._long_forms(doc, index, add)
        for start, end, key, _kind in list(index.spans):
            actor = index.actors.get(key)
            if actor is None or actor.category == "Person" or end + 2 >= len(doc):
                continue
            acronym = _acronym_in_brackets(doc, end)
            if acronym is None:
                continue
            if key.startswith("country:") and acronym[0] != actor.label[0] \
                    and acronym not in self._names_of(key):
                # "die UN-Kommission gegen Straffreiheit in Guatemala (CICIG)", "eine EU-Mission im
                # Kongo (EUSEC)": the body of the compound before the state, not the state; it acts
                # for the organisation its compound names
                own = index.key_at(end + 1)
                sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
                body = next((t for t in reversed(doc[max(sentence_start, start - 6):start])
                             if "-" in t.text and t.text.lower().endswith(MISSION_HEADS)), None)
                parent = self.gazetteer.lookup([body.text.partition("-")[0]]) if body is not None else None
                if own in index.actors and parent is not None and index.actors[own].represents is None \
                        and index.actors[own].category != "Person":
                    parent, _ = self._linked(index, _Candidate(body.i, body.i + 1, "", parent, "alias", 0))
                    index.actors[own].represents = parent
                    # the organisation acts through the body it sends: "EU-Mission" names the EU as a party
                    if index.key_at(body.i) == parent:
                        index.spans = [(a, b, k, "alias" if a == body.i and k == parent else kd)
                                       for a, b, k, kd in index.spans]
                        index.by_token[body.i] = (parent, "alias")
                    elif index.key_at(body.i) is None:
                        add(body.i, body.i + 1, parent, "alias")
                continue
            for token in doc:
                if token.text != acronym:
                    continue
                other = index.key_at(token.i)
                if other == key:
                    continue
                if other is not None and other in index.actors and other.startswith(("org:", "other:")) \
                        and other not in _linked_keys(index):
                    # An unlinked node for the acronym: fold it into the long form.
                    folded = index.actors.pop(other)
                    actor.mentions.extend(folded.mentions)
                    index.spans = [(a, b, key if k == other else k, kd) for a, b, k, kd in index.spans]
                    index.by_token = {i: ((key, kd) if k == other else (k, kd)) for i, (k, kd) in index.by_token.items()}
                elif other is None:
                    add(token.i, token.i + 1, key, "alias")
            if acronym not in actor.aliases and acronym != actor.label:
                actor.aliases.append(acronym)

    def _long_forms(self, doc: Doc, index: EntityIndex, add) -> None:
        """An unknown organisation introduced with its acronym, "die Demokratische Allianz für
        Nordland (DAN)": the capitalised phrase before the parenthesis becomes the actor."""
        glue = {"für", "der", "des", "von", "und", "zur", "zum", "in", "im"}
        for i in range(2, len(doc) - 2):
            acronym = _acronym_in_brackets(doc, i)
            if acronym is None:
                continue
            known = index.key_at(i - 1)
            if known is not None and known in _linked_keys(index):
                continue
            start = i
            while start - 1 >= 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in glue
                                      or is_adjective_like(doc[start - 1])) and not doc[start - 1].is_sent_start:
                start -= 1
            if i - start > _LONGEST_LONG_FORM:
                # "die Mehrheitsverhältnisse in der Folge des Verbots der Thaksin-Partei Phak Palang
                # Prachachon (PPP)": no name runs that long; its end, the words since the last glue word, is
                start = max((k + 1 for k in range(start, i) if doc[k].lower_ in glue), default=start)
            while start < i and (doc[start].lower_ in glue or not doc[start].text[:1].isupper()
                                 or i - start > 1 and self._descriptive_noun(doc, start, i)):
                # "(vor zwei) Tagen Stellungen der kurdischen Volksverteidigungseinheiten (YPG)"
                start += 1
            words = [t for t in doc[start:i] if t.text[:1].isupper()]
            seat = self._seat_after_acronym(doc, index, i) if words else None
            if len(words) < (1 if seat else 2) \
                    or any(index.key_at(k) in _linked_keys(index) for k in range(start, i) if index.key_at(k)):
                continue
            if known is not None and all(index.key_at(k) == known for k in range(start, i)) and seat is None:
                continue  # already one entity, found by the NER (without its seat, it is built again below)
            label = _nominative(doc[start:i].text.split(" "))
            if seat is not None:
                # "der Technischen Universität (TU) Wien": the seat after the acronym ends the name,
                # as it does without one ("der Medizinischen Universität Wien")
                label = f"{label} {doc[seat].text}"
                index.forget_mentions(doc, seat, seat + 1)
            # "die kurdischen Volksverteidigungseinheiten (YPG)": the long form of a known acronym
            key = self.gazetteer.lookup([acronym]) or f"org:{slug(label)}"
            if key in self.gazetteer.entries:
                key, _ = self._linked(index, _Candidate(start, i, "", key, "alias", 0))
            for k in range(start, i):
                other = index.key_at(k)
                if other is not None and other != key:
                    # a fragment of the long form: "Allianz", or "Nordland" taken for a place
                    index.actors.pop(other, None)
                    index.places.pop(other, None)
            index.spans = [sp for sp in index.spans if not (start <= sp[0] < i)]
            for k in range(start, i):
                index.by_token.pop(k, None)
            index.actors.setdefault(key, Actor(key=key, label=label, category="Organization"))
            add(start, i, key, "name")
            if seat is not None:
                add(seat, seat + 1, key, "alias")

    @staticmethod
    def _seat_after_acronym(doc: Doc, index: EntityIndex, i: int) -> int | None:
        """Where the town stands that ends an institution's name after its acronym in brackets
        ("der Technischen Universität (TU) Wien", "der Bezirkshauptmannschaft (BH) Gmünd"), or None."""
        seat = i + 3
        if seat >= len(doc) or not doc[i - 1].lower_.endswith(NAMED_BY_SEAT):
            return None
        key = index.key_at(seat)
        return seat if key is not None and key in index.places and index.key_at(seat - 1) != key else None

    def _country_again(self, doc: Doc, index: EntityIndex, sentence_of: list[int], add) -> None:
        """ "Die Streitkräfte des Landes", "für das südamerikanische Land", "die Republik": the state
        the article is about among those named in the sentence and the two before it. Not "auf
        dem Land" (the countryside) or "das Land Salzburg" (a region, see ``_local_governments``),
        which can also be the one meant ("das Land Salzburg ... des Landes")."""
        home = index.dateline_state
        for token in doc:
            neighbour = token.lower_ in NEIGHBOUR_WORDS
            if token.lower_ not in STATE_NOUNS and not neighbour or token.i in index.by_token \
                    or token.i == 0:
                continue
            k = token.i - 1
            while k > 0 and is_adjective_like(doc[k]):
                k -= 1
            articles = ("die", "der") if token.lower_ == "republik" else ("das", "des", "dem")
            if doc[k].lower_ not in articles and not (neighbour and doc[k].lower_ in NEIGHBOUR_DETERMINERS):
                continue  # not "sein Land", the state of whoever speaks (see the aid extractor)
            before = doc[k - 1].lower_ if k > 0 else ""
            if before in ("auf", "vom", "von") or before in LOCATIVE \
                    or names_a_place_part(before) \
                    or (token.i + 1 < len(doc) and (token.i + 1 in index.by_token or doc[token.i + 1].pos_ == "PROPN")):
                # "auf dem Land" is the countryside, "das Land Salzburg" a region, and "im Norden des
                # Landes", "in dem Land" places, which the article names anyway
                continue
            # among the states named lately, the one the article is about: "Die USA und die
            # Niederlande sind die wichtigsten Helfer für das südamerikanische Land" is Suriname
            states = [(start, key) for start, _end, key, _kind in index.spans if start < token.i
                      and (key.startswith("country:") or self._is_region_government(index, key))]
            # not a state of its own clause: "Die USA wollen dem Land helfen" is another state
            clause_start = clause_bounds(token.sent, token.i)[0] if doc.has_annotation("SENT_START") else 0
            if neighbour and doc.has_annotation("SENT_START"):
                clause_start = token.sent.start  # "Australien ..., ihr Land unterstütze seinen Nachbarn": another state
            own = {key for start, key in states if start >= clause_start}
            recent = [key for start, key in states if sentence_of[token.i] - sentence_of[start] <= 2 and key not in own]
            just_before = {key for start, key in states if sentence_of[token.i] - sentence_of[start] == 1}
            opening = doc[k].is_sent_start and not own
            if token.lower_ == "republik" and home is not None and home not in own:
                state = home  # "die Republik" in a Vienna paper: Austria
            elif opening and len(just_before) == 1:
                # "Nur bei Montenegro ist das anders. Das kleine Land ...": the one state just named
                state = just_before.pop()
            elif recent:
                so_far = Counter(key for _start, key in states if key not in own)
                candidates = [*dict.fromkeys(reversed(recent)), so_far.most_common(1)[0][0]]
                state = max(candidates, key=lambda key: so_far[key])  # ties: the one named last
            else:
                continue
            if state.startswith("country:"):
                state, _ = self._linked(index, _Candidate(token.i, token.i + 1, "", state, "alias", 0))
            add(token.i, token.i + 1, state, "alias")

    @staticmethod
    def _is_region_government(index: EntityIndex, key: str) -> bool:
        actor = index.actors.get(key)
        return actor is not None and actor.label.split(" ")[0].lower() in REGION_GOVERNMENTS

    def _unqualified_government(self, doc: Doc, index: EntityIndex, sentence_of: list[int], add) -> None:
        """ "Die Regierung beschloss ...": with no state named in the phrase, the government of the
        dateline's country ("Wien – ..."), else of the state named last in the same sentence or the
        one before."""
        home = index.dateline_state
        for token in doc:
            ministry = token.lower_.endswith("ministerium") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "in"
            if (token.lower_ in STATE_BODIES and token.i not in index.by_token) or ministry:
                # "die Behörden in Ankara", "das Außenministerium in Moskau": that state acting
                state = self._state_of_body(doc, index, token.i)
                if state is not None and ministry and not self._seat_of_state(index, index.key_at(token.i + 2)):
                    # "das Innenministerium in Stuttgart" is a region's (Baden-Württemberg's), not the state's
                    index.regional.add(index.key_at(token.i) or "")
                    continue
                own = index.key_at(token.i) if ministry else None
                if state is not None and own in index.actors and index.category(own) == "Organization":
                    # "das Außenministerium in Moskau" speaks as the ministry, for its state
                    index.actors[own].represents = index.actors[own].represents or state
                    continue
                if state in FEDERAL_STATES and token.lower_ in CABINET_WORDS and doc[token.i + 1].lower_ == "in" \
                        and not self._seat_of_state(index, self._key_after_articles(doc, index, token.i + 2)):
                    # "die Regierung in Wiener Neustadt": in a federal state, a government seated
                    # elsewhere than the capital is a Land's or a town's
                    continue
                if state is not None and ministry:
                    index.forget_mentions(doc, token.i, token.i + 1, keep=state)
                if state is not None:
                    key, _ = self._linked(index, _Candidate(token.i, token.i + 1, "", state, "alias", 0)) \
                        if state in self.gazetteer.entries else (state, "alias")
                    ruler = self._ruler_of_body(doc, index, token.i)
                    if ruler is not None:
                        # "Die Regierung von Tsipras betonte": the state speaks, not its head
                        index.forget_mentions(doc, token.i, ruler)
                        add(token.i, ruler, key, "alias")
                        continue
                    add(token.i, token.i + 1, key, "alias")
                    continue
            if token.lower_ not in CABINET_WORDS or token.i in index.by_token or token.i == 0:
                continue
            named_after = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("von", "des", "der", "in", "unter", "im", "aus") \
                and any(k in index.by_token or doc[k].pos_ == "PROPN" for k in range(token.i + 2, min(token.i + 5, len(doc))))
            if doc[token.i - 1].lower_ not in ("die", "der") or named_after:
                # "die Regierung in Kiew", "die Regierung unter Mugabe" are for the place to say, not
                # "die Regierung in dem Katastrophengebiet"
                continue
            near = [(start, end, key) for start, end, key, _kind in reversed(index.spans)
                    if start < token.i and key.startswith("country:") and sentence_of[token.i] - sentence_of[start] <= 1]
            # the state that acted, before one acted upon: "Die Schweiz stellt der Ukraine Geld zur
            # Verfügung. Waffen schließt die Regierung aus" is the Swiss government (the name's root
            # bears the label: "Staaten" of "Die Vereinigten Staaten")
            state = home or next((key for start, end, key in near if _acting_subject(doc[start:end].root)),
                                 near[0][2] if near else None)
            if state is not None:
                key, _ = self._linked(index, _Candidate(token.i, token.i + 1, "", state, "alias", 0))
                add(token.i, token.i + 1, key, "alias")

    def _federal_government(self, doc: Doc, index: EntityIndex, add) -> None:
        """ "die Bundesregierung", "der Bund" (and in Switzerland "die Landesregierung") with no state
        named in the phrase: the federal state the article is written in. That is the dateline's
        ("Wien (APA) – ... Die Bundesregierung stockt ... auf" is Austria), else the one of Germany,
        Austria and Switzerland the article names most; "Bundesregierung" stays Germany's (the
        gazetteer's) unless Germany is not named at all."""
        federal_words = ("bundesregierung", "bund", "bundes", "landesregierung")
        lowered = doc.text.lower()  # most articles name no federal government: one look at the text
        if not any(f"{word} " in lowered or f"{word}." in lowered or f"{word}," in lowered for word in federal_words):
            return
        named = Counter()
        for start, _end, key, _kind in index.spans:
            entry = self.gazetteer.entries.get(key)
            state = index.state_of(key) or (f"country:{entry.country}" if entry is not None and entry.country
                                      and entry.category in ("Military", "Government") else None)
            if state in FEDERAL_STATES and doc[start].lower_ not in federal_words:
                named[state] += 1  # "Bundesheer" is Austria's, "Bundeswehr" Germany's
        home = index.dateline_state
        home = home if home in FEDERAL_STATES else None
        dated = home is not None
        if home is None and named:
            home = named.most_common(1)[0][0]
        if home is None:
            return
        for token in doc:
            word = token.lower_
            if word not in federal_words or token.i == 0:
                continue
            before, after = doc[token.i - 1], doc[token.i + 1] if token.i + 1 < len(doc) else None
            if is_adjective_like(before) or before.text in OPENING_QUOTES:
                continue  # "die deutsche Bundesregierung", "der „Bund“" (the Bern paper)
            named_after = after is not None and after.lower_ in ("in", "von", "unter", "aus") and any(
                k in index.by_token or doc[k].pos_ == "PROPN" for k in range(after.i + 1, min(after.i + 4, len(doc))))
            if after is not None and (after.lower_ in ("des", "der", "für", "fürs", "mit") and word != "bundes"
                                      or after.pos_ == "PROPN" or after.i in index.by_token
                                      or after.pos_ == "ADJ" and after.text[:1].isupper()) or named_after:
                # "die Bundesregierung in Berlin", "der Bund der Steuerzahler", "der Bund für Umwelt",
                # "der Bund Deutscher Architekten"
                continue
            if word == "bundesregierung":
                if home == "country:DE" or index.key_at(token.i) not in (None, "country:DE") \
                        or not dated and named["country:DE"]:
                    continue
            elif word == "landesregierung":
                # elsewhere a Land's government ("die Landesregierung in Innsbruck")
                if home != "country:CH" or not dated or token.i in index.by_token:
                    continue
            elif before.lower_ not in ("der", "den", "dem", "des", "vom", "beim", "zum") or token.i in index.by_token:
                continue
            index.forget_mentions(doc, token.i, token.i + 1, keep=home)
            key, _ = self._linked(index, _Candidate(token.i, token.i + 1, "", home, "alias", 0))
            add(token.i, token.i + 1, key, "alias")

    def _state_of_unnamed_organs(self, doc: Doc, index: EntityIndex, sentence_of: list[int]) -> None:
        """ "das Innenministerium", "das Bundeskanzleramt" (a name of two states) with no state in its
        name acts for the dateline's state, else for the state named in its sentence or the one
        before, as an unqualified government does."""
        home = index.dateline_state
        for actor in index.actors.values():
            entry = self.gazetteer.entries.get(actor.key)
            if actor.represents or (entry is not None and entry.country) or actor.category != "Organization" \
                    or actor.key in index.regional \
                    or not actor.label.lower().endswith(STATE_ORGANS) or not actor.mentions:
                continue
            first = next(start for start, _end, key, _kind in index.spans if key == actor.key)
            actor.represents = home or next((key for start, _end, key, _kind in reversed(index.spans)
                                             if start < first and key.startswith("country:")
                                             and sentence_of[first] - sentence_of[start] <= 1), None)

    def _seat_of_state(self, index: EntityIndex, key: str | None) -> bool:
        """Whether a place stands for its state's government: the state itself or its capital
        ("das Außenministerium in Moskau"), not another town ("das Innenministerium in Stuttgart")."""
        place = index.places.get(key or "")
        return key is not None and (key.startswith("country:") or key in index.actors and not place
                                    or place is not None and self.gazetteer.capitals.get(place.country or "") == key)

    @staticmethod
    def _ruler_of_body(doc: Doc, index: EntityIndex, i: int) -> int | None:
        """ "die Regierung von Tsipras", "das Regime von Baschar al-Assad": the end of the person
        named as whose the government is (right after "von", and named elsewhere too), or None."""
        j = i + 1
        if j + 1 >= len(doc) or doc[j].lower_ != "von" or index.category(index.key_at(j + 1) or "") != "Person":
            return None
        person = index.key_at(j + 1)
        end = j + 1
        while end < len(doc) and index.key_at(end) == person:
            end += 1
        named_elsewhere = any(not doc[j + 1].idx <= m.start < doc[end - 1].idx + len(doc[end - 1])
                              for m in index.actors[person].mentions)
        return end if named_elsewhere else None  # a person named only here stays named

    @staticmethod
    def _key_after_articles(doc: Doc, index: EntityIndex, j: int) -> str | None:
        """The entity named at ``j`` after articles and adjectives ("der", "dem", "bunten")."""
        while j < len(doc) and (doc[j].lower_ in ("den", "dem", "der", "die", "des") or is_adjective_like(doc[j])):
            j += 1
        return index.key_at(j) if j < len(doc) else None

    @staticmethod
    def _state_of_body(doc: Doc, index: EntityIndex, i: int) -> str | None:
        """ "die Regierung in Damaskus", "die Behörden in Ankara", "die Regierung von Baschar
        al-Assad", "die Armee der Ukraine": whose government or forces these are."""
        j = i + 1
        if j >= len(doc) or doc[j].lower_ not in ("in", "von", "vom", "des", "der"):
            return None
        key = EntityResolver._key_after_articles(doc, index, j + 1)
        place = index.places.get(key or "")
        if key in index.actors and index.category(index.principal(key)) != "Person":
            return index.principal(key)
        if place is not None and place.country:
            return f"country:{place.country}"
        return None

    def _person_key(self, name: str) -> str:
        key = self.gazetteer.lookup(name.split())
        if key and key.startswith("person:"):
            return key
        return f"person:{slug(name)}"

    def _ensure_person(self, index: EntityIndex, key: str, name: str) -> None:
        actor = index.actors.get(key)
        if actor is None:
            entry = self.gazetteer.entries.get(key)
            index.actors[key] = Actor(
                key=key, label=entry.name if entry else name, category="Person",
                wikidata=entry.wikidata if entry else None,
                represents=f"country:{entry.country}" if entry and entry.country else None,
            )
        elif len(name) > len(actor.label) and key not in self.gazetteer.entries:
            actor.label = name

    def _linked(self, index: EntityIndex, cand: _Candidate) -> tuple[str, str]:
        """Actor/place records for a gazetteer entry; governments become their state."""
        entry: Entry = self.gazetteer.entries[cand.key]
        kind = cand.kind
        if entry.category == "Government" and entry.country:
            state = self.gazetteer.entries.get(SEATS_OF_ORGANISATIONS.get(entry.name, f"country:{entry.country}"))
            if state is not None:
                entry, kind = state, "alias"
        key = entry.key
        if entry.kind == "country":
            index.actors.setdefault(key, Actor(key=key, label=entry.name, category="Country",
                                               wikidata=entry.wikidata))
            index.places.setdefault(key, self._place(entry))
        elif entry.kind == "place":
            index.places.setdefault(key, self._place(entry))
        elif entry.kind == "person":
            self._ensure_person(index, key, entry.name)
        else:
            # A state's forces and organs ("US-Senat", "Pentagon") act for it; a company does not.
            state_organ = entry.category == "Military" or entry.name.lower().endswith((*INSTITUTIONS, *STATE_ORGANS))
            represents = f"country:{entry.country}" if state_organ and entry.country else None
            index.actors.setdefault(key, Actor(key=key, label=entry.name,
                                               category=_ORG_CATEGORY.get(entry.category, "Organization"),
                                               wikidata=entry.wikidata, represents=represents))
        return key, kind

    @staticmethod
    def _place(entry: Entry) -> Place:
        return Place(key=entry.key, label=entry.name, kind=entry.place_kind or "place",
                     lat=entry.lat, long=entry.long, geonames=entry.geonames,
                     wikidata=entry.wikidata, country=entry.country)

    def _surnames(self, doc: Doc, index: EntityIndex, persons: dict[str, str], add) -> None:
        """Bare surnames and their genitives ("Kerry", "Kerrys") refer to the named person."""
        for token in doc:
            if token.i in index.by_token or not token.text[:1].isupper() or len(token) < 3:
                continue
            key = persons.get(stem(token.text))
            if key is not None and token.text.replace("-", "").isalpha():  # also "Mikl-Leitners"
                add(self._particles_before(doc, index, token.i, key), token.i + 1, key, "name")

    @staticmethod
    def _particles_before(doc: Doc, index: EntityIndex, i: int, key: str) -> int:
        """Where a bare surname at token ``i`` begins with the particles its person's full name has
        before it ("so Van der Bellen" of "Alexander Van der Bellen", "de Maizière"): ``i`` where the
        article writes none."""
        actor = index.actors.get(key)
        words = actor.label.split() if actor is not None else []
        particles = []
        for word in reversed(words[:-1]):
            if word.lower() not in SURNAME_PARTICLES:
                break
            particles.insert(0, word.lower())
        start = i - len(particles)
        if particles and start >= 0 and [t.lower_ for t in doc[start:i]] == particles \
                and not any(k in index.by_token for k in range(start, i)):
            return start
        return i

    @staticmethod
    def _labels(index: EntityIndex, forms: dict[str, Counter]) -> None:
        """Organisations are called what the article calls them most; aliases keep the rest."""
        for key, actor in index.actors.items():
            seen = forms.get(key, Counter())
            if actor.category == "Country" and seen and actor.label not in seen:
                # A state keeps its full name where the article uses it ("Demokratische Republik
                # Kongo" over a later "Kongo"), else it is called as the article calls it ("USA").
                actor.label = max(seen.items(), key=lambda item: item[1])[0]
            elif actor.category in ("Organization", "ArmedGroup", "Media") and seen:
                # ties go to the known name, however it is capitalised ("Unicef" for "UNICEF" over
                # "UN-Kinderhilfswerk" in "das UN-Kinderhilfswerk Unicef")
                # a company keeps its full name with its legal form where the article writes it
                # ("Volkswagen AG" over a later "VW"), as a state keeps its full name
                best = max(seen.items(), key=lambda item: (item[0].rpartition(" ")[2] in LEGAL_FORMS, item[1],
                                                          item[0] == actor.label,
                                                          item[0].casefold() == actor.label.casefold()))[0]
                actor.label = best
            actor.aliases = sorted({*seen, *actor.aliases} - {actor.label})
            actor.mentions.sort(key=lambda m: m.start)
        for key, place in index.places.items():
            place.mentions.sort(key=lambda m: m.start)
            seen = forms.get(key, Counter())
            actor = index.actors.get(key)
            if actor is not None and actor.category != "Other":
                # A state is one node, place and actor: it carries one label, "USA" in an article
                # that says "USA", not a second "Vereinigte Staaten".
                place.label = actor.label
            elif seen:
                # Places are called what the article calls them ("Azaz", not GeoNames' "A'zaz").
                best = max(seen.items(), key=lambda item: (item[1], item[0] == place.label))[0]
                bare = next((best[len(g):] for g in PLACE_GENERIC if best.lower().startswith(g)), None)
                place.label = bare if bare and bare in seen or bare and len(seen) == 1 else best
            if actor is not None and actor.category == "Other":
                # so is a Land or town that acts (places.PlaceFinding._places_that_act), called as
                # the article calls the place
                actor.label = place.label
                actor.aliases = [alias for alias in actor.aliases if alias != place.label]


#: The sports codes of nations where they differ from ISO 3166 alpha-3 ("GER" for DEU, "SUI" for CHE).
_IOC_CODES = frozenset({"GER", "SUI", "NED", "SLO", "CRO", "POR", "GRE", "DEN", "BUL", "LAT", "RSA", "CHI", "INA",
                        "IRI", "KSA", "MAS", "PHI", "UAE", "ALG", "ANG", "BAH", "BAN", "BAR", "BER", "BOT", "BRU",
                        "CAM", "CRC", "ESA", "FIJ", "GAM", "GUA", "HAI", "HON", "KUW", "LIB", "MAW", "MGL", "MRI",
                        "MYA", "NCA", "NEP", "NGR", "NIG", "OMA", "PAR", "PUR", "SRI", "SUD", "TAN", "TGA", "TPE",
                        "URU", "VAN", "VIE", "ZAM", "ZIM", "ENG", "SCO", "WAL", "NIR"})


def _opens_quotation(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` open a quotation that runs on past them ("„Die Welt schaut
    weg“": capitalised as a sentence's first word), not a title quoted as a whole ("der Zeitung
    „Die Welt“")."""
    return start > 0 and doc[start - 1].text in ("„", "»", "«", "\"", "‚") \
        and not (end < len(doc) and doc[end].is_quote)


def _before_adjectives(doc: Doc, i: int) -> int:
    """The token before the lowercase adjectives that precede token ``i`` ("ein geplantes Essen",
    "in der großen Halle": the article), or ``i - 1`` where none do. An adjective of a region or
    state ends the search: "im sächsischen Halle", "im oberfränkischen Hof" are the towns."""
    k = i - 1
    while k > 0 and doc[k].is_lower and doc[k].is_alpha and is_adjective_like(doc[k]) and "isch" not in doc[k].lower_:
        k -= 1
    return k


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def _split_at_slashes(spans) -> list[Span]:
    """The statistical entities, each cut at a slash between words into its parts: "Graz/Wien – "
    (a dateline of two towns), "Frankfurt/Wien" are two places, not one."""
    parts = []
    for span in spans:
        start = span.start
        for token in span:
            if token.text == "/" and start < token.i < span.end - 1:
                parts.append(Span(span.doc, start, token.i, label=span.label_))
                start = token.i + 1
        parts.append(span if start == span.start else Span(span.doc, start, span.end, label=span.label_))
    return parts


def _seated_body_noun(word: str) -> str | None:
    """The noun of a body that goes by its seat (``SEATED_BODY_HEADS``) without a genitive ending
    ("Landesgerichts" -> "Landesgericht"), or None for any other word."""
    for ending in ("", "es", "s"):
        noun = word[:len(word) - len(ending)]
        if word.endswith(ending) and noun.lower().endswith(SEATED_BODY_HEADS):
            return noun
    return None


def _club_names(doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
    """A sports club's whole name where a mention holds only part of it: its rank before a club's
    abbreviation ("1. FC Nürnberg"), its year after it ("FC Schalke 04", "TSV 1860"), the town after
    an abbreviation alone ("THW Kiel", "SV Ried"), a town with a club's two-digit year ("für Mainz 05,")."""
    clubs = []
    for cand in found:
        words = [t.text for t in doc[cand.start:cand.end]]
        start, end = cand.start, cand.end
        if cand.category == "Organization" and words[0] in CLUB_ABBREVIATIONS:
            if start > 0 and re.fullmatch(r"\d\.", doc[start - 1].text):
                start -= 1
            if end - cand.start == 1 and end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha \
                    and any(c.start == end and c.category == "Place" for c in found):
                end += 1
            if end < len(doc) and CLUB_YEAR.fullmatch(doc[end].text):
                end += 1
        elif cand.category == "Place" and cand.end - cand.start == 1 and not (cand.key or "").startswith("country:") \
                and end + 1 < len(doc) and re.fullmatch(r"\d\d", doc[end].text) \
                and not (doc[end + 1].text[:1].isupper() or doc[end + 1].like_num or doc[end + 1].text in ("%", "-", "–")) \
                and not (start > 0 and doc[start - 1].lower_ in GROUND_PREPOSITIONS):
            end += 1
        if (start, end) != (cand.start, cand.end) and (not doc.has_annotation("SENT_START") or doc[start].sent == doc[end - 1].sent):
            clubs.append(_Candidate(start, end, "Organization", None, "name", 1))
    return clubs


def _association_compound(word: str) -> bool:
    """Whether a noun names an association by whom it gathers, a compound ending in its word:
    "Mieterverein", "Bauernverband", "Sportverein" (not "Verein" alone, any association)."""
    noun = _without_genitive_ending(word).lower()
    head = next((h for h in ("verein", "verband", "vereinigung", "gewerkschaft", "innung") if noun.endswith(h)), None)
    return head is not None and len(noun) - len(head) >= 3


def _without_genitive_ending(noun: str) -> str:
    """A masculine or neuter noun without its genitive ending, as the lookup table gives it for the
    noun or the last part of a compound ("Instituts" -> "Institut", "Forschungszentrums" ->
    "Forschungszentrum", "Komitees" -> "Komitee"); as written where the table knows no such form,
    or where the nominative itself ends in -s ("des Fonds", "Fond" being another noun)."""
    if noun.lower().endswith("fonds"):
        return noun
    table = lemma_lookup_table()
    for cut in range(0, len(noun) - 3):
        tail = noun[cut:] if cut == 0 else noun[cut].upper() + noun[cut + 1:]
        lemma = (table.get(tail) or "").replace("ß", "ss")  # the table's old spelling: "Kongreß"
        if lemma[:1].isupper() and tail.startswith(lemma) and tail[len(lemma):] in ("s", "es", "ses"):
            return noun[: len(noun) - len(tail) + len(lemma)]  # ("Bündnisses": "Bündnis")
    return noun


def _nominative(words: list[str]) -> str:
    """``nominative_name`` where the words it changes are adjectives ("Zentralen", "Österreichischen"),
    not a name that ends like one ("Raiffeisen Bank Aval" stays as written)."""
    result = nominative_name(words)
    if _masculine_nominative(words) is not None:
        return result  # "Obersten Gerichtshof" -> "Oberster Gerichtshof": a known masculine head
    # the adjectives it rewrote (a masculine head loses its genitive -s: "Gerichtshofs")
    changed = [w for w, n in zip(words, result.split(" ")) if w != n and n.endswith(("e", "er", "es"))]
    if len(result.split(" ")) != len(words) or all(
            is_lemma_table_adjective(w.lower()) or INFLECTED_ADJECTIVE_OR_LOANWORD.search(w.lower())
            for w in changed):
        return result
    return " ".join(words)


#: A web address that names a site: "meedia.de", "news.bbc.co.uk" (not an e-mail address).
_WEB_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")

#: Nouns for a website, besides those for a kind of medium.
_WEBSITE_NOUNS = ("website", "webseite", "internetseite", "homepage", "blog", "onlineausgabe", "nachrichtenseite",
                  "medium")


def _web_medium_noun(token: Token) -> bool:
    """Whether the word before a web address says it is a medium: "der Website", "das Portal"."""
    return token.text[:1].isupper() and token.lower_.endswith((*MEDIA_KIND_ENDINGS, *_WEBSITE_NOUNS))


#: Words at most in an organisation's long form before its acronym ("Organisation für Sicherheit und
#: Zusammenarbeit in Europa" has seven).
_LONGEST_LONG_FORM = 8


def _acronym_in_brackets(doc: Doc, i: int) -> str | None:
    """The acronym bracketed from token ``i`` on, "(SOHR)": two to eight capital letters, the
    same test for an actor's acronym and for an unknown body introduced with one; None where
    there is none. Needs ``i + 2 < len(doc)``."""
    if doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    acronym = doc[i + 1].text
    return acronym if acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha() else None
