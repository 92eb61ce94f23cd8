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
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.records import Actor, Mention, Place
from kg.nlp.components import INSTITUTIONS, OPENING_QUOTES, SEATED_NAMES, institution_name, is_given_name
from kg.nlp.gazetteer import Entry, Gazetteer
from kg.extract.grammar import (
    DETERMINERS, clause_bounds, is_adjective_like, is_common_noun, is_dictionary_noun, is_noun_like, is_ordinary_noun, marker_at,
    _lemma_table,
    marker_before, nominative_name,
)
from kg.nlp.normalize import slug, stem

#: Government metonyms resolve to the state; words that make "US-Regierung" mean the state.
GOVERNMENT_WORDS = frozenset({"regierung", "führung", "administration", "staatsführung", "behörden",
                              "staat", "regime", "kabinett"})
_ORG_CATEGORY = {"Organization": "Organization", "ArmedGroup": "ArmedGroup", "Media": "Media",
                 "Military": "Organization", "Party": "Organization", "Government": "Country", "Person": "Person",
                 "Country": "Country"}
#: The members of an organisation acting together: "die EU-Staaten haben ... versprochen".
MEMBER_WORDS = frozenset({"staaten", "länder", "ländern", "mitgliedstaaten", "mitgliedsstaaten", "mitgliedsländer",
                          "mitgliedsländern", "mitglieder", "mitgliedern", "partner", "partnern", "verbündete",
                          "verbündeten", "regierungen"})
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

#: Prefixes of a region of a known place: "Ostukraine", "Nordsyrien", "Südwestdeutschland".
COMPASS_PREFIXES = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral")

#: Prepositions that make a state a place: "in Syrien", "nach Jordanien", "aus dem Irak".
LOCATIVE = frozenset({"in", "im", "nach", "aus", "bei", "durch", "zu", "nahe", "innerhalb", "außerhalb",
                      "über", "ins", "via"})
#: Words of direction right before a place that the grammar helpers take for no preposition:
#: "via Russland", "Gaslieferungen Richtung Ukraine".
DIRECTION_WORDS = frozenset({"via", "richtung"})  # not "von": "die von Russland unterstützten Truppen" is an agent
#: Nouns whose genitive is a place: "im Westteil des Iraks", "an der Grenze Syriens".
PLACE_PARTS = ("teil", "norden", "süden", "osten", "westen", "grenze", "hauptstadt", "provinz", "region",
               "gebiet", "gebiete", "küste", "zentrum", "landes", "regionen", "städte", "stadt", "grenzen",
               "territorium")
#: Endings of nouns for an action, whose doer "durch" names: "die Annexion der Krim durch Russland".
ACTION_NOUN_ENDINGS = ("ung", "ion", "nahme", "nahmen", "ungen", "ionen")
#: Lowercase words inside personal names before an article: "von der Leyen", "van der Bellen".
NAME_PARTICLES = frozenset({"von", "van", "de", "vom", "zu"})
#: Words a statistical span sometimes runs on into: "Vereinigten Arabischen Emirate und".
TRAILING_FUNCTION_WORDS = frozenset({"und", "oder", "sowie", "der", "des", "die", "von", "im", "in"})
#: Heads that make a compound with a known name an institution of its own ("EU-Kommission").
INSTITUTION_HEADS = (*INSTITUTIONS, "rat", "kommission", "agentur", "behörde", "amt", "gericht", "bank",
                     "fonds", "armee", "polizei", "partei", "mission", "gruppe")
#: Heads of bodies named after their seat: "Landesgericht Wiener Neustadt", "Landeskriminalamt
#: Niederösterreich", "Universität Wien".
NAMED_BY_SEAT = (*INSTITUTION_HEADS, "universität", "hochschule", "klinik", "klinikum", "krankenhaus",
                 "hauptmannschaft", "direktion", "museum", "theater", "oper", "zoo", "flughafen")
#: Verbs whose object is a place, not a state acting: "besuchte Wien".
#: Capitals that stand for an organisation seated there, not for their state: "Brüssel und Moskau
#: haben sich geeinigt" is the EU, not Belgium.
SEATS_OF_ORGANISATIONS = {"Brüssel": "org:eu"}
#: Words that say a state is hit by something rather than acting: "ist auch Brasilien von der
#: Epidemie betroffen".
AFFECTED_WORDS = frozenset({"betroffen"})
VISITING_VERBS = frozenset({"besuchen", "erreichen", "verlassen", "bereisen", "anfliegen", "ansteuern"})
#: Verbs whose object is a town as a place, not its administration: "die Stadt Azaz einnehmen".
CAPTURING_VERBS = frozenset({"einnehmen", "erobern", "angreifen", "bombardieren", "belagern", "beschießen",
                             "zurückerobern", "umzingeln", "einkesseln", "stürmen", "evakuieren", "räumen"})
#: What follows the place name of a dateline: "Wien – ", "Kiew/Moskau – ".
DATELINE_DASHES = frozenset({"–", "—", "-", "/"})
#: Prepositions of place besides LOCATIVE: "am Land Salzburg" is no administration acting.
PLACE_PREPOSITIONS = frozenset({"am", "vor", "um", "hinter", "an", "ans", "zur", "zum", "nördlich", "südlich",
                                "östlich", "westlich"})
#: Articles, which a town's name does not take but a common noun does: "in der Halle".
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"})
#: Words for the administration of a town or region (or its church), before its name: "die Stadt
#: Wien", "die Erzdiözese Wien".
LOCAL_GOVERNMENTS = frozenset({"stadt", "gemeinde", "marktgemeinde", "stadtgemeinde", "land", "bundesland",
                               "kanton", "landkreis", "stadtverwaltung", "landesregierung", "magistrat",
                               "stadtregierung", "gemeindeverwaltung", "bezirkshauptmannschaft",
                               "diözese", "erzdiözese", "pfarre", "pfarrgemeinde"})
#: Generic words before a place name: "Provinz Hama" is labelled "Hama" when the article says both
#: (but not "Bezirk Mödling", a district named after its town).
PLACE_GENERIC = ("provinz ", "region ", "gouvernement ", "oblast ", "gebiet ", "stadt ", "kanton ")
#: A state's neighbour, which refers back like "das Land": "unterstützt seinen nördlichen Nachbarn".
NEIGHBOUR_WORDS = frozenset({"nachbarn", "nachbar", "nachbarland", "nachbarlandes", "nachbarstaat", "nachbarstaates",
                             "nachbarstaats"})
NEIGHBOUR_DETERMINERS = frozenset({"den", "dem", "des", "der", "das", "seinen", "seinem", "seines", "sein", "ihren",
                                   "ihrem", "ihres", "ihr"})
#: Words for a state's government as a body: "die Regierung", "der Ministerrat" (Austria's cabinet).
CABINET_WORDS = frozenset({"regierung", "staatsführung", "ministerrat", "kabinett"})
#: Heads of compounds with a known name that are bodies of their own: "EU-Syrien-Fonds".
OWN_INSTITUTION_HEADS = ("fonds", "kommissariat", "hochkommissariat", "gerichtshof", "behörde", "agentur",
                         # a state's forces with a name of their own: "US-Küstenwache", "US-Nationalgarde"
                         "küstenwache", "nationalgarde", "grenzpolizei", "grenzschutz")
#: Organs of a state that act for it even when the article does not say whose they are.
STATE_ORGANS = ("ministerium", "kanzleramt", "außenamt", "auswärtiges amt", "bundesheer", "präsidialamt", "ministerrat",
                "nationalgarde")
#: Words for a kind of place, before a name that is then a place's, whatever the NER says:
#: "die Ortschaft Tal Rifaat", "die Häfen Piräus und Kavala", "die Städte Adschdabiya und Misrata".
PLACE_KIND_WORDS = frozenset({"ort", "ortes", "orte", "orten", "ortschaft", "region", "metropole", "insel", "inseln",
                              "provinz", "distrikt", "bezirk", "stadtteil", "vorort", "viertel", "siedlung",
                              "ortsteil", "ortsteils", "orts", "standorten", "gemeindegebiet"})
PLACE_KIND_ENDINGS = ("stadt", "städte", "städten", "städtchen", "dorf", "dörfer", "dörfern", "hafen", "häfen",
                      "hafenstadt", "gemeinde", "gemeinden", "provinz", "insel", "inseln")
#: Prepositions after which a name with no article is a place's: "in Althofen", "nach Łask".
BARE_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus"})
#: Prepositions with an article, after which a name no noun is a region's: "im Latium", "in der Lombardei".
ARTICLE_PLACE_PREPOSITIONS = frozenset({"im", "in der", "in den"})
UNLABELLED_WEAK_CONTEXTS = ("bare", "article")
#: Heads of compounds that name a kind of place, not one place: "Ölregion", "Hafenstadt", "Mittelmeer".
GENERIC_PLACE_HEADS = ("region", "gebiet", "stadt", "hafen", "dorf", "insel", "meer", "see", "ozean")
#: Words of amount before a noun, which a town's name does not take: "mehr Essen".
QUANTIFIERS = frozenset({"mehr", "weniger", "viel", "wenig", "genug", "kein", "keine", "keinen", "keinem", "etwas",
                         "ausreichend", "zusätzliches", "frisches", "warmes", "genügend"})
#: Endings of abstract nouns, which come without an article after "in" ("in Untersuchungshaft"): no places.
ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "haft", "ion", "tät", "ismus", "arbeit", "nahme", "weise")
#: Heads that make a hyphenated compound of a name a region: "Omo-Region", "Irrawaddy-Delta".
REGION_HEADS = ("-region", "-gebiet", "-delta", "-tal", "-becken")
#: Nouns for a part or a town of a state named in the genitive before them: "Australiens Ostküste".
PARTS_OF_A_STATE = (*PLACE_PARTS, *PLACE_KIND_ENDINGS, "küste")
#: Words for a district before the name of its town: "Bezirk Mödling", "Landkreis Oder-Spree".
DISTRICT_WORDS = {"Bezirk": "Bezirk", "Bezirks": "Bezirk", "Bezirkes": "Bezirk", "Landkreis": "Landkreis",
                  "Landkreises": "Landkreis", "Kreis": "Kreis", "Kreises": "Kreis"}
#: Months, which statistical NER sometimes takes for places ("zwischen Jänner und März").
MONTHS = frozenset({"Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
                    "September", "Oktober", "November", "Dezember"})
#: Adverbs of time, which statistical NER takes for a surname at the start of a sentence ("Heuer
#: sollen ..."); a full name ("Hans Heuer") is still one.
TIME_ADVERBS = frozenset({"Heuer", "Heute", "Gestern", "Vorgestern", "Morgen", "Übermorgen", "Damals", "Bisher",
                          "Bislang", "Zuletzt", "Derzeit", "Jüngst", "Neuerdings"})
#: Diseases, which statistical NER sometimes takes for places ("Cholera", "Typhus").
DISEASES = frozenset({"Cholera", "Typhus", "Malaria", "Ebola", "Dengue", "Dengue-Fieber", "Masern", "Pest",
                      "Tuberkulose", "Zika", "Polio", "Grippe", "Corona"})
#: Words before the name of a storm: "Zyklon Hamish", "Hurrikan Katrina" (events, not actors).
STORM_WORDS = frozenset({"Zyklon", "Zyklons", "Hurrikan", "Hurrikans", "Taifun", "Taifuns", "Wirbelsturm",
                         "Wirbelsturms", "Tropensturm", "Tropensturms", "Orkan", "Orkans", "Sturmtief", "Sturmtiefs"})
#: A weekday with its time of day, which statistical NER takes for a name: "Montagfrüh".
_TIME_OF_DAY = re.compile(r"^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
                          r"(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)s?$")
#: A capitalised adjective in a name, by its suffix and ending: "Internationalen", "Europäischer".
_ADJECTIVE_STEM = re.compile(r"(isch|al|ig|lich|ell)(e|er|en|es|em)$")
#: Declension endings of German adjectives and nouns in names.
_WORD_ENDING = re.compile(r"(e|er|en|es|em)$")
#: The role of "Chef", "Leiter", "Führer": "der UN-Chef" is whoever the article has leading the UN.
#: Nouns for a person that a name follows in apposition, not as a genitive: "Bans Vorgänger Boutros".
APPOSITION_NOUNS = frozenset({"vorgänger", "vorgängerin", "nachfolger", "nachfolgerin", "herausforderer",
                              "herausforderin", "rivale", "rivalin", "kandidat", "kandidatin"})
#: Acronyms of ministries (Austrian and German), by the field of the ministry: "das BMI".
MINISTRY_ACRONYMS = {"BMI": "innen", "BMF": "finanz", "BMJ": "justiz", "BMLV": "verteidigung",
                     "BMVg": "verteidigung", "BMVG": "verteidigung", "BMEIA": "außen", "BMZ": "entwicklung",
                     "BMG": "gesundheit", "BMAS": "arbeit", "BMBF": "bildung", "BMWi": "wirtschaft",
                     "BMWK": "wirtschaft", "BMEL": "landwirtschaft", "BMVI": "verkehr", "BMDV": "verkehr"}
#: Words before "Ressort" or "Ministerium" that refer back to a ministry named before: "das Ressort".
MINISTRY_DETERMINERS = frozenset({"das", "des", "dem", "im", "vom", "beim", "zum", "dieses", "diesem"})
#: English ordinals, which name districts ("Lower Ninth", "Third Ward") but no person.
ENGLISH_ORDINALS = frozenset({"Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                              "Eleventh", "Twelfth"})
#: Words inside English names of organisations, and their last words ("Safety Authority").
ENGLISH_NAME_GLUE = frozenset({"and", "of", "for", "&"})
ENGLISH_NAME_HEADS = frozenset({"Authority", "Agency", "Corporation", "Company", "Council", "Service", "Office",
                                "Foundation", "Institute", "Association", "Organization", "Organisation",
                                "Commission", "Bureau", "Administration", "Department", "Board", "Fund",
                                "Trust", "Society", "Alliance", "Network", "Center", "Centre", "Group"})
#: Words for ships, bases, buildings and events: a name after one of them, or with one as its
#: first or last word, is no actor ("der Zerstörer Donald Cook", "Hotel Kobenzl", "der EU-Gipfel").
THING_WORDS = ("zerstörer", "fregatte", "kreuzer", "flugzeugträger", "schiff", "fähre", "frachter", "tanker",
               "stützpunkt", "flugplatz", "flughafen", "kaserne", "hotel", "grenzübergang", "festival", "gipfel",
               "gala", "stadion")
HEAD_ROLE = "Anführer"
#: Roles (as named in roles.jsonl) that are names of one office: "der Premier" after
#: "Regierungschef Ahmet Davutoğlu" is Davutoğlu.
SAME_OFFICES = (frozenset({"Premierminister", "Regierungschef", "Ministerpräsident", "Bundeskanzler"}),
                frozenset({"Präsident", "Bundespräsident"}))
#: Beginnings of roles that are a deputy's or a former holder's: "der Kanzler" is not the "Vizekanzler".
DEPUTY_PREFIXES = ("vize", "stellvertret", "ex", "alt", "ehemalig", "früher")
#: Words that make a role phrase mean several or some new person: "die beiden Minister", "ein Sprecher".
COUNTING_WORDS = frozenset({"beiden", "beide", "zwei", "drei", "vier", "mehrere", "einige", "viele", "andere",
                            "anderen", "weitere", "weiteren"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})
#: Definite articles a plural takes: "die Amerikaner", "den Russen", "der Briten".
DEFINITE_PLURAL_ARTICLES = frozenset({"die", "den", "der"})
#: Beginnings of verbs whose subject, when it is a newspaper called by a common noun with its article ("der
#: Standard", "die Krone", "die Zeit"), is that newspaper: "Wie der Standard erfuhr", "Die Krone
#: berichtete" (but not "die Zeit drängt").
REPORTING_VERBS = ("bericht", "erfahr", "erfuhr", "schreib", "schrieb", "meld", "zitier", "titel", "enthüll",
                   "veröffentlich", "recherch", "zufolge")
_STAT_LABELS = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "LOC": "Place",
                "GPE": "Place"}


#: id of a gazetteer -> its newspapers called by a common noun (see EntityResolver._press_nouns)
_PRESS_NOUNS: dict[int, dict[str, str]] = {}


@dataclass
class RoleRef:
    """A role phrase: "der Sprecher des iranischen Militärs", "US-Außenminister"."""

    start: int  # token index
    end: int
    role: str
    affiliation: str | None  # key of the state/organisation
    person: str | None = None  # key of the person, when named


@dataclass
class EntityIndex:
    """Resolved actors and places of one article, and where each is mentioned."""

    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    #: token index -> (key, mention kind) for every token inside a mention
    by_token: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: mentions as token ranges: (start, end, key, kind), in text order
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    roles: list[RoleRef] = field(default_factory=list)
    #: states the article uses as places (see EntityResolver._locative_countries)
    locative: set[str] = field(default_factory=set)
    #: states the article names as doing or saying something (not only as places or adjectives)
    acting: set[str] = field(default_factory=set)
    #: the state of the article's dateline ("Wien – " gives "country:AT"), where it writes from
    dateline_state: str | None = None
    #: organs seated in a region's town, which act for no state ("das Innenministerium in Stuttgart")
    regional: set[str] = field(default_factory=set)

    def key_at(self, i: int) -> str | None:
        hit = self.by_token.get(i)
        return hit[0] if hit else None

    def category(self, key: str) -> str | None:
        actor = self.actors.get(key)
        return actor.category if actor else None

    def principal(self, key: str) -> str:
        """The state or organisation an actor acts for, or the actor itself."""
        actor = self.actors.get(key)
        return actor.represents if actor and actor.represents else key

    def role_at(self, i: int) -> RoleRef | None:
        return next((r for r in self.roles if r.start <= i < r.end), None)

    def add_unlinked(self, doc: Doc, start: int, end: int, *, label: str, sentence: int,
                     category: str = "Other", named: bool = True) -> str:
        """An actor known only from this article, e.g. a speaker "die Polizei": key, mention."""
        key = f"other:{slug(label)}"
        self.actors.setdefault(key, Actor(key=key, label=label, category=category, named=named))
        self.add_mention(doc, start, end, key, "name", sentence=sentence)
        return key

    def add_mention(self, doc: Doc, start: int, end: int, key: str, kind: str, *, sentence: int,
                    char_start: int | None = None, char_end: int | None = None) -> None:
        """Record that tokens ``start:end`` (or the characters given, for part of a token)
        mention the actor or place ``key``."""
        begin = doc[start].idx if char_start is None else char_start
        finish = doc[end - 1].idx + len(doc[end - 1]) if char_end is None else char_end
        # doc[...].text, not doc.text[...]: spaCy rebuilds doc.text on every access
        first = doc[start]
        text = doc[start:end].text if char_start is None and char_end is None else \
            first.text[begin - first.idx:finish - first.idx] if end - start == 1 else doc.text[begin:finish]
        mention = Mention(begin, finish, text, sentence=sentence, kind=kind)
        if key in self.actors:
            self.actors[key].mentions.append(mention)
        if key in self.places:
            self.places[key].mentions.append(mention)
        self.spans.append((start, end, key, kind))
        for i in range(start, end):
            self.by_token.setdefault(i, (key, kind))

    def forget_mentions(self, doc: Doc, start: int, end: int, *, keep: str | None = None) -> None:
        """Undo the mentions that begin on tokens ``start:end``, before they are read again as
        something else (``keep``, which stays even if left with no mention for now); any other
        actor or place left with no mention goes too."""
        begins = {doc[i].idx for i in range(start, end)}
        forgotten = {key for first, _end, key, _kind in self.spans if start <= first < end}
        self.spans = [sp for sp in self.spans if not (start <= sp[0] < end)]
        for i in range(start, end):
            self.by_token.pop(i, None)
        for key in forgotten:
            for table in (self.actors, self.places):
                entity = table.get(key)
                if entity is not None:
                    entity.mentions = [m for m in entity.mentions if m.start not in begins]
                    if not entity.mentions and key != keep:
                        del table[key]

    def last_person_before(self, i: int, *, window: int = 400) -> str | None:
        return self.last_actor_before(i, ("Person",), window=window)

    def last_actor_before(self, i: int, categories: tuple[str, ...], *, window: int = 400) -> str | None:
        """The actor of one of ``categories`` mentioned last before token ``i``."""
        for start, _end, key, _kind in reversed(self.spans):
            if start < i and i - start < window and self.category(key) in categories \
                    and self.actors[key].named:
                return key
        return None


@dataclass
class _Candidate:
    start: int
    end: int
    category: str
    key: str | None
    kind: str
    priority: int


def _linked_keys(index: EntityIndex) -> set[str]:
    """Keys of actors that come from the gazetteer (they are never folded into another)."""
    return {k for k, a in index.actors.items() if a.wikidata or not k.startswith(("org:", "other:"))}


def _sentence_index(doc: Doc) -> list[int]:
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _is_genitive(doc: Doc, start: int, end: int) -> bool:
    """A name ending in -s used as genitive: "Kerrys Angebot", "der Armee Baschar al-Assads"."""
    last = doc[end - 1].text
    if not last.endswith("s") or last.endswith(("ss", "'s")) or len(last) < 4:
        return False
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    prenominal = after is not None and after.text[:1].isupper() and after.is_alpha
    postnominal = (before is not None and before.text[:1].isupper() and before.is_alpha
                   and not before.is_sent_start)
    return prenominal or postnominal


def _prenominal(doc: Doc, end: int) -> bool:
    """Whether a capitalised word follows a name, as a noun after a genitive does ("Kerrys Angebot")."""
    return end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha


def _ministry_field(word: str) -> str:
    """The field of a ministry, its minister or its "Ressort": "innen" for "Innenministerium",
    "Bundesinnenministerium", "Innenministerin" and "Innenressorts"."""
    lower = word.lower().rsplit("-", 1)[-1]
    for ending in ("ministeriums", "ministerium", "ministerin", "minister", "ressorts", "ressort"):
        if lower.endswith(ending):
            lower = lower[:-len(ending)]
            break
    lower = lower.removeprefix("bundes")
    return lower[:-1] if lower.endswith("s") and len(lower) > 4 else lower


def _ministry_name(word: str | None) -> str | None:
    """The ministry of a minister or a "Ressort": "Innenministerium" for "Innenministerin" and
    "Innenressorts", "Verteidigungsministerium" for "Verteidigungsminister"; None for other words."""
    if not word:
        return None
    last = word.rsplit("-", 1)[-1]
    for ending in ("ministerin", "minister", "ressorts", "ressort"):
        if last.lower().endswith(ending) and len(last) > len(ending) + 2:
            return last[:-len(ending)] + "ministerium"
    return None


def _described_plural(span: Span) -> bool:
    """ "Erboste Muslime", "Wütende Demonstranten" at the start of a sentence: an adjective
    (capitalised only there) and a plural common noun describe people, they do not name them.
    A name keeps its capital inside a sentence too ("die Wahren Finnen")."""
    first, noun = span[0], span[1]
    opening = first.is_sent_start or first.i > 0 and first.nbor(-1).is_space
    if not opening or not is_common_noun(noun.text) or noun.pos_ == "PROPN" \
            or not noun.text.endswith(("e", "en", "er", "n", "s")):
        return False
    lower = first.lower_
    adjective = _lemma_table_adjective(lower) or lower.endswith(("te", "ende", "ische", "ige", "liche"))
    stem_ = _WORD_ENDING.sub("", first.text)
    capitalised_elsewhere = any(t.text.startswith(stem_) and not t.is_sent_start for t in span.doc)
    return adjective and not capitalised_elsewhere


def _lemma_table_adjective(word: str) -> bool:
    """Whether spaCy's lookup table gives an inflected lowercase word a lowercase lemma, as it
    does adjectives and participles ("wütende": "wütend", "empörte": "empören")."""
    lemma = _lemma_table().get(word)
    return bool(lemma) and lemma.islower() and word.endswith(("e", "en", "er", "es", "em"))


def _adjective_endings_only(form: str, name: str) -> bool:
    """Whether two names differ only in the endings of their words ("Nahe Osten", "Naher Osten")."""
    words, names = form.split(), name.split()
    return form != name and len(words) == len(names) and all(
        _WORD_ENDING.sub("", a) == _WORD_ENDING.sub("", b) for a, b in zip(words, names))


def _verb_lemma(verb: Token) -> str:
    """The lemma of a verb with its separable particle: "griff ... an" is "angreifen"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")), "")
    return particle + verb.lemma_.lower()


def _person_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer | None = None) -> str:
    """The name of a person mentioned at ``start:end``, a genitive -s taken off ("Kerrys"). After
    a role the name is in apposition and keeps its -s: "Präsident Evo Morales"."""
    words = [t.text for t in doc[start:end]]
    before = doc[start - 1] if start > 0 else None
    apposition = before is not None and gazetteer is not None and (
        gazetteer.role_of(before.text) is not None or before.lower_ in APPOSITION_NOUNS)
    # unless the article also has the name without the -s ("die Bewohner Abyeis" ... "in Abyei")
    apposition = apposition and not _prenominal(doc, end) and not any(t.text == words[-1][:-1] for t in doc)
    if _is_genitive(doc, start, end) and not apposition:
        words[-1] = words[-1][:-1]
    return " ".join(words)


class EntityResolver:
    """Builds the :class:`EntityIndex` of one Doc. Reads spans written by kg's components."""

    def __init__(self, gazetteer: Gazetteer, *, gazetteer_key: str = "kg_gazetteer",
                 names_key: str = "kg_names", roles_key: str = "kg_roles") -> None:
        self.gazetteer = gazetteer
        self.gazetteer_key = gazetteer_key
        self.names_key = names_key
        self.roles_key = roles_key

    # -- candidates -------------------------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[_Candidate]:
        found: list[_Candidate] = []
        press = self._press_nouns()
        for span in doc.spans.get(self.gazetteer_key, []):
            kind = {"CountryAdjective": "adjective", "Demonym": "demonym"}.get(span.label_, "name")
            if len(span) == 2 and press.get(span[1].lower_) == span.kb_id_ and span[0].lower_ in ARTICLES \
                    and not span[1].is_upper and (span.start == 0 or span[0].is_sent_start):
                # "Die Krone berichtete" is the paper (named as "Krone"), "Die Zeit drängt" is time
                if self._reported_by(doc, span.start + 1):
                    found.append(_Candidate(span.start + 1, span.end, span.label_, span.kb_id_, kind, 0))
                continue
            if span.label_ == "Place" and len(span) == 1 and span.start > 0 and \
                    doc[span.start - 1].lower_ in ARTICLES and is_dictionary_noun(span.text):
                continue  # "in der Halle", "das Essen": the noun, not the town
            if span.label_ == "Place" and len(span) == 1 and is_dictionary_noun(span.text) \
                    and not self._written_as_named(span.text, self.gazetteer.entries[span.kb_id_]):
                continue  # "Daten" (of "Datum") is no inflection of the town Date
            if span.label_ == "Place" and len(span) == 1 and is_dictionary_noun(span.text) and span.start > 0 \
                    and doc[span.start - 1].lower_ in QUANTIFIERS:
                continue  # "mehr Essen", "kein Hof": an amount of the noun, not the town
            if span.label_ == "Place" and len(span) == 1 and span.start > 0 \
                    and doc[span.start - 1].text[:1].isupper() and is_given_name(doc[span.start - 1].text, self.gazetteer.given_names):
                # "Richard Chandler": a given name and a town's name are a person, not the town
                found.append(_Candidate(span.start - 1, span.end, "Person", None, "name", 1))
                continue
            found.append(_Candidate(span.start, span.end, span.label_, span.kb_id_, kind, 0))
        gazetteer_words = {i for span in doc.spans.get(self.gazetteer_key, []) for i in range(span.start, span.end)}
        for token in doc[1:]:
            # "Wie der Standard erfuhr", "Die Krone berichtete", "Auf Nachfrage des Standard": a
            # newspaper called by the common noun of its name, where it reports or is asked
            key = press.get(token.lower_)
            if key is not None and token.i not in gazetteer_words and token.text[:1].isupper() \
                    and doc[token.i - 1].lower_ in ARTICLES - INDEFINITE_ARTICLES and self._reported_by(doc, token.i):
                found.append(_Candidate(token.i, token.i + 1, "Media", key, "name", 0))
        for span in doc.spans.get(self.names_key, []):
            if span[0].lower_.endswith(SEATED_NAMES) and is_dictionary_noun(span[-1].text) \
                    and not self._known_name(span[-1].text):
                continue  # "Nachbarschaftshilfe Arbeiten": no town after the charity's name (but "Wien")
            category = {"ORG": "Organization", "ARMED": "ArmedGroup", "MEDIA": "Media"}.get(span.label_, "Person")
            if category == "Person" and len(span) > 2:
                # "Rob Morgan Ansteckabzeichen": the rule-based finder runs on over an ordinary noun
                span = doc[span.start:span.start + self._name_length(doc, span.start, span.end)]
            known = self._known_group(span) if category == "ArmedGroup" else None
            found.append(_Candidate(span.start, span.end, category, known, "alias" if known else "name", 1))
        cue_words = {i for cue in doc.spans.get("kg_cues", []) for i in range(cue.start, cue.end)}
        place_words = {i for span in [*doc.ents, *doc.spans.get(self.gazetteer_key, [])]
                       if span.label_ in ("LOC", "GPE", "Place", "Country") for i in range(span.start, span.end)}
        # tokens of known organisations and media: "zitierte die Nachrichtenagentur TASR Fico" is
        # the agency and the person, not one person "TASR Fico"
        org_words = {i for span in doc.spans.get(self.gazetteer_key, [])
                     if self.gazetteer.entries[span.kb_id_].kind == "org" for i in range(span.start, span.end)}
        for span in doc.ents:
            category = _STAT_LABELS.get(span.label_)
            if category:
                island = self._island(span)
                if island is not None:
                    # "Lady Elliot Island", "die Heron Islands": an island, not a person
                    found.append(_Candidate(island.start, island.end, "Place", None, "name", 2))
                    continue
                span = self._trim(span, cue_words)
                if span is not None and category == "Organization":
                    span = self._english_name(span)
                if span is not None and category == "Person" and span.start in org_words:
                    start = span.start
                    while start < span.end and start in org_words:
                        start += 1
                    span = doc[start:span.end] if start < span.end else None
                if span is not None and category in ("Person", "Organization") and self._placed(doc, span, place_words):
                    category = "Place"  # "die Stadt Marat Numan", "in Slavonski Brod", "Donezk und Marjinka"
                # "Gemeinde Traiskirchen": after the word for its administration a name is a place's,
                # whatever it sounds like ("-kirchen")
                administered = span is not None and span.start > 0 and doc[span.start - 1].lower_ in LOCAL_GOVERNMENTS
                if span is not None and category == "Place" and len(span) == 1 and "-" in span.text \
                        and span.text.lower().endswith(OWN_INSTITUTION_HEADS):
                    category = "Organization"  # "EU-Syrien-Fonds" is a body, whatever the NER says
                # "in Traiskirchen", "Wien/Traiskirchen – ": a place by the NER and by its context,
                # though its last part is a noun ("-kirchen")
                placed = span is not None and category == "Place" and len(span) == 1 and span.text[:1].isupper() \
                    and not is_dictionary_noun(span.text) and not span.text.lower().endswith(GENERIC_PLACE_HEADS) \
                    and self._place_context(doc, span.start, span.end, place_words) in ("kind", "bare", "dateline", "joined")
                if span is not None and (administered or placed or self._plausible_name(span, category)) \
                        and not self._compound_of_known(doc, span):
                    found.append(_Candidate(span.start, span.end, category, None, "name", 2))
        found.extend(self._unlabelled_places(doc, found, place_words))
        found.extend(self._local_governments(doc, found))
        found.extend(self._compass_regions(doc, found))
        found.extend(self._elided_compounds(doc, found))
        found.extend(self._qualified_bodies(doc, found))
        found.extend(self._bodies_for_a_purpose(doc, found))
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
        found = [c for c in found if not self._names_a_thing(doc, c)]
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

    def _press_nouns(self) -> dict[str, str]:
        """Newspapers whose name (or an alias) is an article and a common noun ("Der Standard",
        "Die Krone"): the lowercase noun -> the entry's key."""
        cached = _PRESS_NOUNS.get(id(self.gazetteer))
        if cached is None:
            cached = {}
            for entry in self.gazetteer.entries.values():
                if entry.category != "Media":
                    continue
                for name in (entry.name, *entry.aliases):
                    article, _, noun = name.partition(" ")
                    if article.lower() in ("der", "die", "das") and noun and " " not in noun and is_dictionary_noun(noun):
                        cached.setdefault(noun.lower(), entry.key)
            _PRESS_NOUNS[id(self.gazetteer)] = cached
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
            if cand.category != "Place" and start >= 2 and doc[start - 1].lower_ in ("und", "oder") \
                    and doc[start - 2].text.endswith("-") and doc[start - 2].text[:1].isupper():
                longer.append(_Candidate(start - 2, cand.end, "Organization" if cand.key else cand.category,
                                         None, "name", cand.priority))
        return longer

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
            if adjective.text[:1].isupper() and adjective.is_alpha and adjective.pos_ == "ADJ" \
                    and doc[start - 2].lower_ in ARTICLES and stem(adjective.text) not in self.gazetteer.adjectives:
                longer.append(_Candidate(start - 1, cand.end, "Organization", None, "name", cand.priority))
        return longer

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
                start = None  # bare: only with an adjective after "für"
            else:
                continue
            k = i + 2
            while k < len(doc) and doc[k].is_lower and doc[k].is_alpha and is_adjective_like(doc[k]):
                k += 1
            if (start is None and k == i + 2) or k >= len(doc) or not is_noun_like(doc[k]) \
                    or self.gazetteer.names.get((stem(doc[k].text),)) is not None:
                continue  # "für Syrien": whom the body is for, not its name
            longer.append(_Candidate(i if start is None else start, k + 1, "Organization", None, "name", 1))
        return longer

    @staticmethod
    def _name_adjective(token: Token) -> bool:
        """A capitalised adjective inside a name: "Internationalen", "Europäischer"."""
        return token.text[:1].isupper() and (token.pos_ == "ADJ" or _ADJECTIVE_STEM.search(token.text) is not None)

    def _compass_regions(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "in Süditalien", "Nordsyrien": a compass point and a known state is a place, even where
        the statistical NER saw no name."""
        taken = {i for cand in found for i in range(cand.start, cand.end)}
        regions = []
        for token in doc:
            lower = token.lower_
            prefix = next((p for p in COMPASS_PREFIXES if lower.startswith(p) and len(lower) > len(p) + 2), None)
            if token.i in taken or not token.is_alpha or not token.text[:1].isupper() or prefix is None:
                continue
            state = self.gazetteer.names.get((stem(token.text[len(prefix):].capitalize()),))
            if state is not None and state.startswith("country:") and self.gazetteer.names.get((stem(token.text),)) is None:
                regions.append(_Candidate(token.i, token.i + 1, "Place", None, "name", 2))  # not a town: "Ostende"
        return regions

    def _place_context(self, doc: Doc, start: int, end: int, place_words: set[int]) -> str | None:
        """What makes the name at ``start:end`` a place's, whatever the statistical NER saw: a word
        for a kind of place before it ("das Bergdorf Raggal", "im Ortsteil Sondernohe"), "in",
        "nach" or "aus" with no article ("in Althofen"), "im" or "in der" ("im Latium"), a dateline
        ("Lustenau/Raggal – ") or "und", "oder" or a comma joining it to a place ("Flachslanden und
        Obernzenn", "Cherbourg, Dieppe oder Dünkirchen"). ``None`` where nothing does."""
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.text[:1].isupper() and (
                before.lower_ in PLACE_KIND_WORDS or before.lower_.endswith(PLACE_KIND_ENDINGS)):
            return "kind"
        if before is not None and before.lower_ in BARE_PLACE_PREPOSITIONS:
            return "bare"
        two_before = f"{doc[start - 2].lower_} {before.lower_}" if start > 1 else ""
        if before is not None and (before.lower_ in ARTICLE_PLACE_PREPOSITIONS or two_before in ARTICLE_PLACE_PREPOSITIONS):
            return "article"
        if start < 40 and self._in_dateline(doc, start, end):
            return "dateline"
        def place_at(i: int) -> bool:  # "zwischen Zorn und Zuversicht": no town Zorn
            return i in place_words and not is_dictionary_noun(doc[i].text)

        joined = (before is not None and before.lower_ in ("und", "oder", ",") and place_at(start - 2)) \
            or (end + 1 < len(doc) and doc[end].lower_ in ("und", "oder", ",") and place_at(end + 1))
        return "joined" if joined else None

    @staticmethod
    def _in_dateline(doc: Doc, start: int, end: int) -> bool:
        """Whether ``start:end`` is one of the places of a dateline: "Weitra/Wien – ", "Lustenau/Raggal - "."""
        k = start
        while k >= 2 and doc[k - 1].text == "/" and doc[k - 2].text[:1].isupper():
            k -= 2
        if not (k == 0 or doc[k - 1].is_space or "\n" in doc[k - 1].whitespace_ or doc[k - 1].text in (".", ":")
                and "\n" in doc[k - 1].whitespace_):
            return False
        k = end
        while k + 1 < len(doc) and doc[k].text == "/" and doc[k + 1].text[:1].isupper():
            k += 2
            while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
        return k < len(doc) and doc[k].text in DATELINE_DASHES and doc[k].text != "/"

    def _unlabelled_places(self, doc: Doc, found: list[_Candidate], place_words: set[int]) -> list[_Candidate]:
        """Towns and regions no component found, by their context (see ``_place_context``): "in
        Althofen", "das nordsyrische Städtchen Amude", "Weitra/Wien – ", "die Omo-Region". A word
        that is an ordinary noun is none ("in Zelten"), nor a compound noun after a bare
        preposition unless it is in its base form ("in Notquartieren", but "in Mittelfranken")."""
        taken = {i for cand in found for i in range(cand.start, cand.end)}
        places: list[_Candidate] = []
        table = _lemma_table()
        changed = True
        while changed:  # "in den Orten Flachslanden und Obernzenn": a place joins the next
            changed = False
            for token in doc:
                word = token.text
                if token.i in taken or not word[:1].isupper() or len(word) < 4 or token.is_upper:
                    continue
                region = word.lower().endswith(REGION_HEADS) and word.count("-") == 1 \
                    and word[:1].isupper() and not is_common_noun(word.partition("-")[0])
                if not region and (not word.isalpha() or is_dictionary_noun(word) or word in MONTHS | TIME_ADVERBS | DISEASES
                                   or is_given_name(word, self.gazetteer.given_names)
                                   or self.gazetteer.names.get((stem(word),)) is not None
                                   or token.pos_ in ("VERB", "AUX", "ADJ", "ADV", "PRON", "DET")):
                    continue
                if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].is_alpha \
                        and not doc[token.i + 1].is_sent_start:
                    continue  # "in Spital am Semmering" aside, a longer name is the NER's to find
                context = "kind" if region else self._place_context(doc, token.i, token.i + 1, place_words)
                if context is None or token.is_sent_start and context != "dateline" \
                        or context in UNLABELLED_WEAK_CONTEXTS:
                    continue
                if is_common_noun(word) and not region:
                    if context in ("article", "joined"):
                        continue
                    if context == "bare":
                        # a compound noun in its base form: "Althofen", not "Notquartieren"
                        tail = next((word[c].upper() + word[c + 1:] for c in range(2, len(word) - 3)
                                     if table.get(word[c].upper() + word[c + 1:])), None)
                        if tail is None or table.get(tail) != tail or word.lower().endswith(ABSTRACT_ENDINGS):
                            continue
                elif context == "article" and word.lower().endswith(ABSTRACT_ENDINGS):
                    continue
                places.append(_Candidate(token.i, token.i + 1, "Place", None, "name", 2))
                taken.add(token.i)
                place_words.add(token.i)
                changed = True
        return places

    def _local_governments(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "Die Stadt Wien spendet", "vom Land Salzburg", "die Gemeinde Traiskirchen": a town or
        region named with the word for its administration acts as that administration, an
        organisation of its own. Not so "in der Stadt Wien", "die syrische Stadt Azaz" or "in der
        Nähe der Stadt Constanța": places. The place keeps its mention either way (see
        ``resolve``, kind "administration")."""
        governments = []
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
                word.dep_ == "obj" and _verb_lemma(word.head) in VISITING_VERBS | CAPTURING_VERBS
            if described or part_of or target or (marker is not None and doc[marker].lower_ in LOCATIVE | PLACE_PREPOSITIONS):
                continue
            governments.append(_Candidate(cand.start - 1, cand.end, "Organization", None, "administration", 0))
        return governments

    @staticmethod
    def _plausible_name(span: Span, category: str) -> bool:
        """Statistical entities need to look like names: capitalised, and a single word no
        ordinary noun ("Panzern", "Flüchtlingskrise"); acronyms always pass."""
        first = span[0].text
        if not first[:1].isupper() or _TIME_OF_DAY.match(first) or first in STORM_WORDS \
                or (len(span) == 1 and first in MONTHS | DISEASES | TIME_ADVERBS):
            return False  # "Montagfrüh", "Jänner", "Heuer" are times, "Zyklon Larry" a storm, "Cholera" a disease
        if len(span) == 2 and category in ("Person", "Organization") and _described_plural(span):
            return False  # "Erboste Muslime griffen an": a crowd described, no name
        if len(span) == 1:
            # a one-word person is a surname, which an ordinary noun ("Schmuggel") is not; a
            # surname that is one ("Fischer") still finds its person once the full name is known
            return first.isupper() or not is_common_noun(first)
        return True

    def _placed(self, doc: Doc, span: Span, place_words: set[int]) -> bool:
        """Whether a name the statistical NER took for a person or organisation is a place by its
        context: after a word for a kind of place ("die Ortschaft Tal Rifaat", "die Häfen Piräus"),
        right after "in" or "nach" with no article ("in Slavonski Brod"), or joined by "und" to a
        place ("zwischen Gartz und Friedrichsthal"), or English words for a part of a town ("Lower
        Ninth"). Not a known person's name ("in Merkels Sicht")."""
        start, end = span.start, span.end
        if len(span) > 1 and span[0].text in ("Lower", "Upper") or any(t.text in ENGLISH_ORDINALS for t in span):
            return True  # "Lower Ninth", "Upper East Side", "Third Ward": English names of districts
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

    def _known_name(self, word: str) -> bool:
        """A name the gazetteer knows, also with a compass prefix: "Ukraine", "Ostukraine"."""
        lower = word.lower()
        prefix = next((p for p in COMPASS_PREFIXES if lower.startswith(p) and len(lower) > len(p) + 2), "")
        return any(self.gazetteer.names.get((stem(form),)) for form in {word, word[len(prefix):].capitalize()})

    def _trim(self, span: Span, cue_words: set[int]) -> Span | None:
        """Statistical spans sometimes swallow a role or article: "US-Außenminister John Kerry";
        ``cue_words`` are the tokens of kg's cue words, which no name ends in."""
        start, end = span.start, span.end
        doc = span.doc
        if doc.has_annotation("SENT_START"):
            end = min(end, doc[start].sent.end)  # an entity never runs across a sentence boundary
        # a capitalised adjective inside a sentence opens a name, stop word or not: "die Neue
        # Demokratische Partei" is not the "Demokratische Partei"
        while start < end and (self.gazetteer.role_of(doc[start].text) or doc[start].is_punct
                               or doc[start].is_stop and not (end - start > 2 and doc[start].pos_ == "ADJ"
                                                              and doc[start].text[:1].isupper()
                                                              and not doc[start].is_sent_start)):
            start += 1
        # "Enklave Kaliningrad", "Stellungen der Jihadistenmiliz Islamischer Staat": a common noun
        # before a name (or its genitive) describes the entity and is not part of its name.
        while end - start > 1 and self._descriptive_noun(doc, start, end):
            start += 2 if doc[start + 1].lower_ in ("der", "des") else 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                               or doc[end - 1].lower_ in TRAILING_FUNCTION_WORDS
                               # "Das Auswärtige Amt rät": no name ends in a lowercase verb
                               or end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in ("VERB", "AUX")):
            end -= 1
        if end - start == 2 and doc[start].text.endswith("s") and (is_common_noun(doc[start + 1].text)
                                                                   or start + 1 in cue_words) \
                and not (span.label_ in ("PER", "PERSON") and "-" in doc[start + 1].text
                         and self._first_or_double_name(doc[start + 1].text)):
            end -= 1  # "Kerrys Angebot" (taken for a name): a possessive name and its noun
        elif end - start >= 2 and self._known_name(doc[start].text) and all(
                k in cue_words or is_common_noun(doc[k].text) for k in range(start + 1, end)):
            end = start + 1  # "der Ukraine Hilfe", "Ostukraine Lebensmittel": a known name and nouns
        if span.label_ in ("PER", "PERSON"):
            # "Christina Kalogirou der Zeitung Kathimerini": an article inside a person's name
            # starts a genitive, unless a particle holds it ("Ursula von der Leyen").
            for k in range(start + 1, end):
                if doc[k].lower_ in ("der", "des", "dem", "die") and doc[k - 1].lower_ not in NAME_PARTICLES:
                    end = k
                    break
            # Names do not end in ordinary nouns: "Kerrys Vorstoß" is Kerry's initiative. A known
            # given name and one more word are a name, whatever that word means ("Steve Marshall").
            end = start + self._name_length(doc, start, end)
        return doc[start:end] if end > start else None

    @staticmethod
    def _names_a_thing(doc: Doc, cand: _Candidate) -> bool:
        """Whether an unknown name the statistical NER took for a person or organisation names a
        ship, a base, a building or an event: after a word for one ("der Lenkwaffenzerstörer
        Donald Cook", "des Fährschiffes „Rabaul Queen“", "auf dem Luftwaffenstützpunkt Mihail
        Kogalniceanu") or with one as its first or last word ("Hotel Kobenzl", "Vomper Kaserne",
        "Ars Electronica Festival", "der EU-Gipfel")."""
        if cand.key is not None or cand.category not in ("Person", "Organization"):
            return False
        before = cand.start - 1
        if before >= 0 and doc[before].text in OPENING_QUOTES:
            before -= 1
        word = doc[before].lower_ if before >= 0 else ""
        for ending in ("es", "s"):
            if word.endswith(ending) and word[:-len(ending)].endswith(THING_WORDS):
                word = word[:-len(ending)]
        first, last = doc[cand.start].lower_, doc[cand.end - 1].lower_.rsplit("-", 1)[-1]
        return word.endswith(THING_WORDS) or first in THING_WORDS and cand.end - cand.start > 1 \
            or last.endswith(THING_WORDS)

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
                and sum(t.text == doc[start - 1].text for t in doc) == 1:  # not the storm "Hamish" of "Zyklon Hamish"
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
        key = self.gazetteer.names.get((stem(first.text[:-1]),)) if first.text.endswith("s") else None
        if end - start > 2 and key and key.startswith("country:") and doc[start + 1].text[:1].isupper():
            start += 1
        return doc[start:end] if (start, end) != (span.start, span.end) else span

    def _name_length(self, doc: Doc, start: int, end: int) -> int:
        """How many of the tokens ``start:end`` of a person's name are the name: names do not end
        in ordinary nouns ("Kerrys Vorstoß", "Rob Morgan Ansteckabzeichen"). A known given name
        and one more word are a name, whatever that word means ("Steve Marshall"), and so are a
        given name ("Baher Mohammed") and a double name ("Boutros Boutros-Ghali") at the end."""
        while end - start > 1 and is_common_noun(doc[end - 1].text) and not (
                end - start == 2 and is_given_name(doc[start].text, self.gazetteer.given_names)) \
                and not self._first_or_double_name(doc[end - 1].text):
            end -= 1
        return end - start

    def _first_or_double_name(self, word: str) -> bool:
        """ "Mohammed", "Boutros-Ghali", "Mikl-Leitner": a given name, or capitalised parts that
        are no ordinary nouns joined by a hyphen."""
        parts = word.split("-")
        return is_given_name(word, self.gazetteer.given_names) or len(parts) > 1 and all(
            part[:1].isupper() and not is_dictionary_noun(part) and self.gazetteer.names.get((stem(part),)) is None
            for part in parts)

    def _state_prefix(self, name: str) -> str | None:
        """ "US-Senat", "Iran-Miliz": the state whose body or force an unknown organisation is."""
        if "-" not in name:
            return None
        key = self.gazetteer.names.get((stem(name.split("-")[0]),))
        return key if key and key.startswith("country:") else None

    def _known_group(self, span: Span) -> str | None:
        """ "Houthi-Rebellen", "Taliban-Kämpfer": the fighters of a group the gazetteer knows."""
        prefix = span.text.rpartition("-")[0]
        key = self.gazetteer.names.get(tuple(stem(t) for t in prefix.split("-") if t))
        entry = self.gazetteer.entries.get(key) if key else None
        return key if entry is not None and entry.category == "ArmedGroup" else None

    def _descriptive_noun(self, doc: Doc, start: int, end: int) -> bool:
        first, second = doc[start], doc[start + 1]
        if first.is_upper or not is_ordinary_noun(first) or self.gazetteer.names.get((stem(first.text),)) \
                or first.pos_ == "ADJ" and not first.is_sent_start and "-" not in first.text and (
                    end - start > 2 or doc[end - 1].lower_.endswith(INSTITUTION_HEADS)):
            # a capitalised adjective inside a sentence is part of the name: "die Neue Demokratische
            # Partei", "des Europäischen Forschungsrats" (not "die Nachhaltigen Entwicklungsziele")
            return False
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
        known = self.gazetteer.names.get(tuple(stem(t) for t in prefix.split("-") if t))
        head_lower = head.lower()
        return known is not None and (span[0].pos_ == "NOUN" or is_common_noun(head[:1].upper() + head[1:])) \
            and not head_lower.endswith(INSTITUTION_HEADS)

    # -- resolution -------------------------------------------------------------------------
    def resolve(self, doc: Doc) -> EntityIndex:
        index = EntityIndex()
        sentence_of = _sentence_index(doc)
        forms: dict[str, Counter] = {}
        persons: dict[str, str] = {}  # surname stem -> person key

        def add(start: int, end: int, key: str, kind: str, **chars) -> None:
            index.add_mention(doc, start, end, key, kind, sentence=sentence_of[start], **chars)

        candidates = self._candidates(doc)
        home = self._home_state(doc, candidates)
        candidates = [replace(c, key=self._at_home(c.key, home)) for c in candidates]
        # Full person names first, linked or not, so that surnames and genitives anywhere in the
        # article ("Kerry" in the headline, "Kerrys") find them.
        for cand in candidates:
            if cand.category == "Person" and cand.key is None and cand.end - cand.start >= 2:
                name = _person_name(doc, cand.start, cand.end, self.gazetteer)
                key = self._person_key(name)
                self._ensure_person(index, key, name)
                persons.setdefault(stem(name.split()[-1]), key)
            elif cand.key is not None and cand.key.startswith("person:"):
                persons.setdefault(stem(self.gazetteer.entries[cand.key].name.split()[-1]), cand.key)
        # A statistical ORG or LOC that is a known surname is that person ("Kerrys Vorstoß").
        for number, cand in enumerate(candidates):
            # also a town's name, but not after "in", "nach" ...: "Chandler sagte" after "Richard Chandler"
            town = cand.key is not None and self.gazetteer.entries[cand.key].kind == "place" \
                and not (cand.start > 0 and doc[cand.start - 1].lower_ in LOCATIVE | PLACE_PREPOSITIONS)
            if (cand.key is None or town) and cand.category != "Person" and cand.end - cand.start == 1 \
                    and stem(doc[cand.start].text) in persons:
                candidates[number] = _Candidate(cand.start, cand.end, "Person", None, "name", cand.priority)
        for cand in candidates:
            if cand.category == "Person" and cand.key is None:
                name = _person_name(doc, cand.start, cand.end, self.gazetteer)
                key = persons.get(stem(name.split()[-1])) if cand.end - cand.start == 1 else None
                key = key or self._person_key(name)
                self._ensure_person(index, key, name)
                forms.setdefault(key, Counter())[name] += 1
                add(cand.start, cand.end, key, "name")
            elif cand.key is not None:
                cand = self._capital_as_state(doc, cand)
                key, kind = self._linked(index, cand)
                # "Houthi-Rebellen" names the group "Houthi" as the article spells it.
                form = self._surface_form(doc, cand) if kind == "name" else \
                    doc[cand.start].text.rpartition("-")[0] if cand.category == "ArmedGroup" else None
                if form:
                    forms.setdefault(key, Counter())[form] += 1
                add(cand.start, cand.end, key, kind)
                entry = self.gazetteer.entries[cand.key]
                if entry.kind == "person":
                    persons.setdefault(stem(entry.name.split()[-1]), key)
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
                if cand.category == "Place":
                    key = f"place:{slug(text)}"
                    index.places.setdefault(key, Place(key=key, label=text, kind="place"))
                else:
                    # "der Österreichischen Hagelversicherung" is "Österreichische Hagelversicherung",
                    # one node with "Die Österreichische Hagelversicherung" elsewhere in the article.
                    if text.endswith(".") and doc[cand.end - 1].text[:-1].isdigit():
                        text = text[:-1]  # "Rossija 24." at the end of a sentence is "Rossija 24"
                    text = nominative_name(text.split(" "))
                    first, _, seat = text.partition(" ")  # "des Innenministeriums", "des Landesgerichts Wels"
                    text = " ".join(filter(None, [institution_name(first, seated=bool(seat)) or first, seat]))
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
            known = self.gazetteer.names.get(tuple(stem(t) for t in text.split()))
            if known is not None and self.gazetteer.entries[known].kind == "place":
                key, _ = self._linked(index, _Candidate(seat, cand.end, "Place", known, "name", 0))
            else:
                key = f"place:{slug(text)}"
                index.places.setdefault(key, Place(key=key, label=text, kind="place"))
            add(seat, cand.end, key, "name")

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
            head = token.text[end - token.idx + 1:].lower()
            # "die US-Regierung" is the state; "die EU-Staaten", "die Nato-Partner" the alliance
            speaks_for = GOVERNMENT_WORDS if key.startswith("country:") else MEMBER_WORDS
            kind = "alias" if head in speaks_for else "prefix"
            if head.endswith(OWN_INSTITUTION_HEADS) and token_i not in index.by_token:
                # "der EU-Syrien-Fonds", "das UN-Flüchtlingshochkommissariat": a body of its own
                own = f"org:{slug(token.text)}"
                index.actors.setdefault(own, Actor(key=own, label=token.text, category="Organization",
                                                   represents=self._state_prefix(token.text)))
                add(token_i, token_i + 1, own, "name")
            if kind == "alias":
                add(token_i, token_i + 1, key, kind)
            else:
                add(token_i, token_i + 1, key, kind, char_start=start, char_end=end)

        self._districts(doc, index, add)
        self._surnames(doc, index, persons, add)
        self._acronyms(doc, index, add)
        self._roles(doc, index, sentence_of, add)
        self._country_again(doc, index, sentence_of, add)
        self._unqualified_government(doc, index, sentence_of, add)
        self._ministry_references(doc, index, add)
        self._state_of_unnamed_organs(doc, index, sentence_of)
        self._locative_countries(doc, index)
        self._labels(index, forms)
        index.spans.sort()
        index.dateline_state = self._dateline_state(doc, index)
        return index

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

    def _locative_countries(self, doc: Doc, index: EntityIndex) -> None:
        """Which states the article uses as places ("in Syrien", "im Westteil des Iraks"), as
        opposed to states that only act ("Syrien kritisierte ...")."""
        for start, _end, key, kind in index.spans:
            if not key.startswith("country:") or kind not in ("name", "alias"):
                continue
            if self._used_as_place(doc, start, _end, key):
                index.locative.add(key)
            else:
                index.acting.add(key)
        for start, _end, key, kind in index.spans:
            # "die Amerikaner" act; a prefix ("US-Dollar", "US-geführte Allianz") is no more than an adjective
            if key.startswith("country:") and kind == "demonym" and self._people_as_state(doc, start):
                index.acting.add(key)

    def _used_as_place(self, doc: Doc, start: int, _end: int, key: str) -> bool:
        """Whether one mention of a state uses it as a place ("in Syrien", "im Westteil des
        Iraks", "von Griechenland in die Türkei") rather than as a party."""
        sentence_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
        at = marker_at(doc, start, sentence_start)
        marker = doc[at].lower_ if at is not None else None
        # "im Westteil des Iraks", "an der Grenze zur Türkei", "im Osten von Papua-Neuguinea",
        # "im Süden Afghanistans", "im Osten des Nachbarlandes Bolivien"
        part_of = start >= 2 and doc[start - 1].lower_ in ("des", "der", "von", "zu", "zur", "zum") \
            and doc[start - 2].lower_.endswith(PLACE_PARTS) \
            or start >= 1 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].lower_.endswith(PLACE_PARTS) \
            and doc[_end - 1].text.endswith("s") and doc[_end - 1].text != self.gazetteer.entries[key].name \
            or at is not None and at >= 1 and at < start - 1 and marker in ("des", "der") \
            and doc[at - 1].lower_.endswith(PLACE_PARTS)
        if marker == "durch" and self._agent_of_action(doc, at, sentence_start):
            marker = None  # "die Annexion der Krim durch Russland": Russia acts
        # "von Griechenland in die Türkei", "die Grenze von Slowenien nach Österreich": a route
        route = marker in ("von", "vom") and any(t.lower_ in ("nach", "in", "bis") for t in doc[_end:_end + 3])
        # "Sollten weiterhin Migranten Italien erreichen": a state reached or left is a place
        visited = doc[start].dep_ == "obj" and doc[start].head.lemma_.lower() in VISITING_VERBS
        direction = start > 0 and doc[start - 1].lower_ in DIRECTION_WORDS
        # "brechen von Libyen aus auf": where people set out from
        # ("von der Türkei aus der Luft unterstützt" is an agent)
        origin = marker in ("von", "vom") and _end + 1 < len(doc) and doc[_end].lower_ == "aus" \
            and doc[_end + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
        # "Ereignisse rund um Syrien"
        around = start >= 2 and doc[start - 2].lower_ == "rund" and doc[start - 1].lower_ == "um"
        # "ist auch Brasilien von der Epidemie betroffen": a state hit by a disaster is where it happens
        affected = doc[start].head.lower_ in AFFECTED_WORDS and doc[start].dep_.startswith("nsubj")
        return bool(marker in LOCATIVE or direction or part_of or route or visited or origin or around
                    or affected or self._in_statistics(doc, _end) or self._owner_of_place(doc, start, _end))

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
        k = end
        while k < len(doc) and is_adjective_like(doc[k]):
            k += 1
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

    def _surface_form(self, doc: Doc, cand: _Candidate) -> str | None:
        """The name as the article writes it, in the nominative: "Irans" -> "Iran", and
        "des Islamischen Staates" -> the gazetteer's "Islamischer Staat"."""
        entry = self.gazetteer.entries[cand.key]
        known = {entry.name, *entry.aliases}
        text = doc[cand.start:cand.end].text
        article, _, rest = entry.name.partition(" ")
        if article in ("Der", "Die", "Das") and rest and tuple(stem(t).lower() for t in rest.split()) == \
                tuple(stem(t.text).lower() for t in doc[cand.start:cand.end]):
            return entry.name  # "der Grünen", "dem STANDARD": the article is part of the name
        for candidate in (text, text[:-1] if text.endswith("s") else None, text[:-2] if text.endswith("es") else None):
            if candidate and candidate in known:
                return candidate
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
            if doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            acronym = doc[end + 1].text
            if not (acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha()):
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
            if doc[i].text != "(" or doc[i + 2].text != ")":
                continue
            acronym = doc[i + 1].text
            if not (acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha()):
                continue
            known = index.key_at(i - 1)
            if known is not None and known in _linked_keys(index):
                continue
            start = i
            while start - 1 >= 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in glue
                                      or is_adjective_like(doc[start - 1])) and not doc[start - 1].is_sent_start:
                start -= 1
            while start < i and (doc[start].lower_ in glue or not doc[start].text[:1].isupper()
                                 or i - start > 1 and self._descriptive_noun(doc, start, i)):
                # "(vor zwei) Tagen Stellungen der kurdischen Volksverteidigungseinheiten (YPG)"
                start += 1
            words = [t for t in doc[start:i] if t.text[:1].isupper()]
            if len(words) < 2 or any(index.key_at(k) in _linked_keys(index) for k in range(start, i) if index.key_at(k)):
                continue
            if known is not None and all(index.key_at(k) == known for k in range(start, i)):
                continue  # already one entity, found by the NER
            label = nominative_name(doc[start:i].text.split(" "))
            # "die kurdischen Volksverteidigungseinheiten (YPG)": the long form of a known acronym
            key = self.gazetteer.names.get((stem(acronym),)) or f"org:{slug(label)}"
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

    def _country_again(self, doc: Doc, index: EntityIndex, sentence_of: list[int], add) -> None:
        """ "Die Streitkräfte des Landes", "für das südamerikanische Land", "die Republik": the state
        the article is about among those named in the sentence and the two before it. Not "auf
        dem Land" (the countryside) or "das Land Salzburg" (a region, see ``_local_governments``),
        which can also be the one meant ("das Land Salzburg ... des Landes")."""
        home = self._dateline_state(doc, index)
        for token in doc:
            neighbour = token.lower_ in NEIGHBOUR_WORDS
            if token.lower_ not in ("land", "landes", "republik") and not neighbour or token.i in index.by_token \
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
                    or before.endswith(PLACE_PARTS) or before.rstrip("en").endswith(PLACE_PARTS) \
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
            if token.lower_ == "republik" and home is not None and home not in own:
                state = home  # "die Republik" in a Vienna paper: Austria
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
        return actor is not None and actor.label.split(" ")[0] in ("Land", "Bundesland", "Kanton")

    def _unqualified_government(self, doc: Doc, index: EntityIndex, sentence_of: list[int], add) -> None:
        """ "Die Regierung beschloss ...": with no state named in the phrase, the government of the
        dateline's country ("Wien – ..."), else of the state named last in the same sentence or the
        one before."""
        home = self._dateline_state(doc, index)
        for token in doc:
            ministry = token.lower_.endswith("ministerium") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "in"
            if (token.lower_ in STATE_BODIES and token.i not in index.by_token) or ministry:
                # "die Behörden in Ankara", "das Außenministerium in Moskau": that state acting
                state = self._state_of_body(doc, index, token.i)
                if state is not None and ministry and not self._seat_of_state(index, index.key_at(token.i + 2)):
                    # "das Innenministerium in Stuttgart" is a region's (Baden-Württemberg's), not the state's
                    index.regional.add(index.key_at(token.i) or "")
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
            state = home or next((key for start, _end, key, _kind in reversed(index.spans)
                                  if start < token.i and key.startswith("country:")
                                  and sentence_of[token.i] - sentence_of[start] <= 1), None)
            if state is not None:
                key, _ = self._linked(index, _Candidate(token.i, token.i + 1, "", state, "alias", 0))
                add(token.i, token.i + 1, key, "alias")

    def _state_of_unnamed_organs(self, doc: Doc, index: EntityIndex, sentence_of: list[int]) -> None:
        """ "das Innenministerium", "das Bundeskanzleramt" (a name of two states) with no state in its
        name acts for the dateline's state, else for the state named in its sentence or the one
        before, as an unqualified government does."""
        home = self._dateline_state(doc, index)
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
    def _state_of_body(doc: Doc, index: EntityIndex, i: int) -> str | None:
        """ "die Regierung in Damaskus", "die Behörden in Ankara", "die Regierung von Baschar
        al-Assad", "die Armee der Ukraine": whose government or forces these are."""
        j = i + 1
        if j >= len(doc) or doc[j].lower_ not in ("in", "von", "vom", "des", "der"):
            return None
        j += 1
        while j < len(doc) and (doc[j].lower_ in ("den", "dem", "der", "die", "des") or is_adjective_like(doc[j])):
            j += 1
        key = index.key_at(j) if j < len(doc) else None
        place = index.places.get(key or "")
        if key in index.actors and index.category(index.principal(key)) != "Person":
            return index.principal(key)
        if place is not None and place.country:
            return f"country:{place.country}"
        return None

    def _dateline_state(self, doc: Doc, index: EntityIndex) -> str | None:
        """The state of the dateline ("Wien – ", "Addis Abeba/Bujumbura – "): of the places named
        before a dash in the first 40 tokens, the state the article names most (the first at equal
        counts), which is the one it is about: "Wien/Spielfeld/Athen/Belgrad" is Austria."""
        def state_of(key: str) -> str | None:
            place = index.places.get(key)
            return f"country:{place.country}" if place is not None and place.country else \
                key if key.startswith("country:") else None

        for start, end, key, _kind in index.spans:
            if start > 40:
                break
            dateline = [key]
            while end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].text[:1].isupper():
                dateline.append(index.key_at(end + 1))  # the other places of "Wien/Spielfeld/Bad Radkersburg – "
                end += 2
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                    end += 1
            if end < len(doc) and doc[end].text in DATELINE_DASHES and doc[end].text != "/":
                states = [state for state in map(state_of, filter(None, dateline)) if state]
                named = Counter(state_of(k) for _s, _e, k, _kind in index.spans)
                return max(states, key=lambda state: named[state], default=None)
        return None

    def _capital_as_state(self, doc: Doc, cand: _Candidate) -> _Candidate:
        """ "Moskau kritisierte ...": a capital named without a preposition stands for its state."""
        entry = self.gazetteer.entries[cand.key]
        if entry.kind != "place" or not entry.country:
            return cand
        state = self.gazetteer.entries.get(SEATS_OF_ORGANISATIONS.get(entry.name, f"country:{entry.country}"))
        if state is None or self.gazetteer.capitals.get(entry.country) != entry.key:
            return cand
        sentence_start = doc[cand.start].sent.start if doc.has_annotation("SENT_START") else 0
        if cand.end < len(doc) and doc[cand.end].text in DATELINE_DASHES:
            return cand  # the dateline "Wien – ...", "Kiew/Moskau – ...": where the news comes from
        if cand.start > 0 and doc[cand.start - 1].lemma_.lower() in VISITING_VERBS:
            return cand  # "besuchte Wien", "verließ Moskau": a place one goes to
        if marker_before(doc, cand.start, sentence_start) is None and cand.end < len(doc):
            written = doc[cand.start:cand.end].text
            # "Moskaus Unterstützung", "Washingtons Politik": a possessive capital is its state too.
            possessive = written.endswith("s") and written != entry.name and doc[cand.end].text[:1].isupper()
            if possessive or not doc[cand.end].text[:1].isupper():
                category = "Country" if state.kind == "country" else state.category
                return _Candidate(cand.start, cand.end, category, state.key, "alias", cand.priority)
        return cand

    @staticmethod
    def _districts(doc: Doc, index: EntityIndex, add) -> None:
        """ "aus dem Bezirk Mödling", "im Landkreis Oder-Spree": a district named after its town
        is a place of its own, located where its town is."""
        for start, end, key, _kind in list(index.spans):
            town = index.places.get(key)
            if town is None or key in index.actors or start == 0 or doc[start - 1].text not in DISTRICT_WORDS:
                continue
            label = f"{DISTRICT_WORDS[doc[start - 1].text]} {doc[start:end].text}"
            district = f"place:{slug(label)}"
            index.places.setdefault(district, Place(key=district, label=label, kind="region", lat=town.lat,
                                                    long=town.long, country=town.country))
            index.forget_mentions(doc, start, end)
            add(start - 1, end, district, "name")

    def _town_of_adjective(self, text: str) -> str | None:
        """The known town a place adjective is made of: "Lustenauer" -> Lustenau, "New Yorker" -> New York."""
        words = text.split()
        if not words[-1].endswith("er") or len(words[-1]) < 5:
            return None
        key = self.gazetteer.names.get(tuple(stem(w) for w in [*words[:-1], words[-1][:-2]]))
        return key if key is not None and self.gazetteer.entries[key].kind == "place" else None

    def _person_key(self, name: str) -> str:
        key = self.gazetteer.names.get(tuple(stem(t) for t in name.split()))
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
                add(token.i, token.i + 1, key, "name")

    def _roles(self, doc: Doc, index: EntityIndex, sentence_of: list[int], add) -> None:
        """Role phrases: give persons their role and state, and resolve appositions."""
        members = self._party_members(doc, index)
        for span in doc.spans.get(self.roles_key, []):
            start, end = span.start, span.end
            affiliation = None
            hit = index.by_token.get(start)
            if hit and hit[1] == "prefix":
                affiliation = hit[0]
            if affiliation is None:
                affiliation = self._body_in_compound(index, span)
            if affiliation is None and start > 0:
                before = index.by_token.get(start - 1)
                if before and before[1] in ("adjective", "prefix", "name") and index.category(before[0]) in ("Country", "Organization"):
                    affiliation = before[0]
            # Genitive complement: "Außenminister der Vereinigten Staaten", "Sprecher des iranischen Militärs".
            j = end
            if j < len(doc) and doc[j].lower_ in ("der", "des"):
                k = j + 1
                while k < len(doc) and k < j + 5:
                    hit = index.by_token.get(k)
                    if hit and index.category(hit[0]) in ("Country", "Organization", "ArmedGroup", "Media"):
                        affiliation = affiliation or index.principal(hit[0])
                        while k + 1 < len(doc) and index.by_token.get(k + 1, (None,))[0] == hit[0]:
                            k += 1
                        end = k + 1
                        if k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha \
                                and (k + 1) not in index.by_token:
                            end = k + 2  # the noun after an adjective: "des iranischen Militärs"
                        break
                    if not (doc[k].is_lower or doc[k].text[:1].isupper()) or doc[k].is_punct:
                        break
                    k += 1
            if end == span.end and end + 1 < len(doc) and doc[end].lower_ in ("von", "vom", "aus") \
                    and end + 1 in index.by_token:
                # "Der Bürgermeister von Graz, Siegfried Nagl": a complement with "von" before the apposition
                key = index.by_token[end + 1][0]
                end += 1
                while end < len(doc) and index.by_token.get(end, (None,))[0] == key:
                    end += 1
                if key in index.actors and index.category(key) in ("Country", "Organization") \
                        and (key.startswith("country:") or key in self.gazetteer.entries):
                    affiliation = affiliation or index.principal(key)
            named = self._person_for_role(doc, index, span.start, end) or \
                self._name_beside_role(doc, index, span.start, end, add) or \
                self._name_after_complement(doc, index, end, add)
            person = named or (self._person_with_role(doc, index, span, affiliation, members, sentence_of)
                               if self._refers_back(doc, span.start) else None)
            if named and self._is_party(affiliation):
                members.setdefault(named, affiliation)  # "ÖVP-Klubobmann Reinhold Lopatka"
            ref = RoleRef(span.start, end, span.kb_id_, affiliation, person)
            index.roles.append(ref)
            if person is not None:
                actor = index.actors[person]
                actor.role = actor.role or span.text.split("-")[-1]
                # "UN-Generalsekretär Ban Ki-moon" acts for the UN, whatever his nationality.
                if affiliation and (not actor.represents or named and actor.role == span.text.split("-")[-1]):
                    actor.represents = affiliation
                phrase_start = span.start
                if end > span.end:
                    add(phrase_start, end, person, "role") if not any(
                        i in index.by_token and index.by_token[i][0] == person for i in range(phrase_start, end)
                    ) else None

    def _body_in_compound(self, index: EntityIndex, span: Span) -> str | None:
        """ "ein Heeressprecher" where the article names the Bundesheer, "der Ministeriumssprecher"
        with the Innenministerium: a role compound whose first part is the last part of the name
        of the one organisation of the article that ends so speaks for it."""
        word = span.text.rsplit("-", 1)[-1].lower()
        head = next((word[cut:] for cut in range(len(word)) if word[cut:] in self.gazetteer.roles), None)
        prefix = word[:len(word) - len(head)] if head else ""
        for ending in ("es", "s"):
            if prefix.endswith(ending) and len(prefix) - len(ending) >= 3:
                body = prefix[:-len(ending)]
                break
        else:
            body = prefix
        if len(body) < 3:
            return None
        bodies = {key for key, actor in index.actors.items() if actor.category in ("Organization", "ArmedGroup")
                  and actor.named and actor.mentions and actor.label.lower().endswith((body, prefix))}
        return bodies.pop() if len(bodies) == 1 else None

    def _name_beside_role(self, doc: Doc, index: EntityIndex, start: int, end: int, add) -> str | None:
        """ "Andres Granier, der Gouverneur von Tabasco": a name set off beside a role phrase is a
        person's, even where the statistical NER took it for an organisation."""
        spots = []
        if end + 1 < len(doc) and doc[end].text == ",":
            spots.append(end + 1)  # the role, then the name
        if start >= 3 and doc[start - 1].lower_ in ("der", "die") and doc[start - 2].text == ",":
            spots.append(start - 3)  # the name, then the role (read from its last token)
        for i in spots:
            key = index.key_at(i)
            if key is None or not key.startswith("org:") or key in self.gazetteer.entries:
                continue
            first, last = i, i
            while first - 1 >= 0 and index.key_at(first - 1) == key:
                first -= 1
            while last + 1 < len(doc) and index.key_at(last + 1) == key:
                last += 1
            words = doc[first:last + 1]
            if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
                    or is_common_noun(words[-1].text) or len(index.actors[key].mentions) > 1:
                continue
            name = words.text
            person = self._person_key(name)
            index.forget_mentions(doc, first, last + 1)
            self._ensure_person(index, person, name)
            add(first, last + 1, person, "name")
            return person
        return None

    def _name_after_complement(self, doc: Doc, index: EntityIndex, end: int, add) -> str | None:
        """ "der Vizechef der Präsidialverwaltung Andej Taranow": after a role and its genitive
        complement of a common noun comes the person: one already found, or else capitalised
        words that nothing else took, up to the end of the clause, however foreign the name."""
        if end >= len(doc) or doc[end].lower_ not in ("der", "des"):
            return None
        noun = end + 1
        while noun < len(doc) and is_adjective_like(doc[noun]):
            noun += 1
        if noun >= len(doc) or noun in index.by_token or not is_common_noun(doc[noun].text):
            return None
        first = last = noun + 1
        known = index.key_at(first)
        if known is not None and index.category(known) == "Person":
            return known  # "der Sprecher des Verbandes Otto Huber"
        while last < len(doc) and last - first < 3 and last not in index.by_token and doc[last].text[:1].isupper() \
                and doc[last].text.replace("-", "").isalpha() and not is_common_noun(doc[last].text) \
                and self.gazetteer.role_of(doc[last].text) is None:
            last += 1
        clause_ends = last == len(doc) or doc[last].is_punct or doc[last].is_lower
        if last - first < 2 or not clause_ends:
            return None
        name = doc[first:last].text
        person = self._person_key(name)
        self._ensure_person(index, person, name)
        add(first, last, person, "name")
        return person

    def _is_party(self, key: str | None) -> bool:
        entry = self.gazetteer.entries.get(key or "")
        return entry is not None and entry.category == "Party"

    def _party_members(self, doc: Doc, index: EntityIndex) -> dict[str, str]:
        """ "Finanzminister Hans Jörg Schelling (ÖVP)": persons whose party the article gives in
        brackets after their name (person key -> party key)."""
        members: dict[str, str] = {}
        for _start, end, key, _kind in index.spans:
            if index.category(key) != "Person" or end + 2 >= len(doc) or doc[end].text != "(":
                continue
            party = index.key_at(end + 1)
            k = end + 1
            while k < len(doc) and index.key_at(k) == party:
                k += 1
            if self._is_party(party) and k < len(doc) and doc[k].text == ")":
                members.setdefault(key, party)
        return members

    def _member_of(self, index: EntityIndex, key: str, party: str, members: dict[str, str]) -> bool:
        """Whether a person can belong to ``party``: not known to be of another party, and not
        acting for another state than the party's (a minister of the party's state can be)."""
        if members.get(key) not in (None, party):
            return False
        actor = index.actors[key]
        entry = self.gazetteer.entries.get(key)
        state = actor.represents if (actor.represents or "").startswith("country:") else \
            f"country:{entry.country}" if entry is not None and entry.country else None
        home = self.gazetteer.entries[party].country
        return actor.represents in (None, party) or state is None or home is None or state == f"country:{home}"

    def _person_with_role(self, doc: Doc, index: EntityIndex, span: Span, affiliation: str | None,
                          members: dict[str, str] | None = None, sentence_of: list[int] | None = None) -> str | None:
        """ "der UN-Generalsekretär" after "UN-Generalsekretär Ban Ki-moon": the person the article
        already introduced with this role (and, if stated, the same affiliation), or with a role
        the phrase can stand for (see :meth:`_role_match`); the closest match wins, then the
        person mentioned last. A head ("der UN-Chef") with no such person is the one person the
        article has acting for that affiliation. A role in a party ("der ÖVP-Chef", "der
        SPD-Politiker", "die Integrationssprecherin der SPÖ") with no such person is the one
        person the article gives that party, else the person named last in its sentence or the
        two before, where that person can belong to the party (see :meth:`_member_of`)."""
        members = members or {}
        party = affiliation if self._is_party(affiliation) else None
        before = doc[span.start].idx
        best = None
        acting_for = set()
        latest = None  # (start of the last mention before the phrase, key) of a possible member
        for key, actor in index.actors.items():
            earlier = [m.start for m in actor.mentions if m.start < before]
            if actor.category != "Person" or not earlier:
                continue
            if affiliation is not None and (actor.represents == affiliation or members.get(key) == affiliation):
                acting_for.add(key)
            if party is not None:
                if not self._member_of(index, key, party, members):
                    continue
                last = max((m for m in actor.mentions if m.start < before), key=lambda m: m.start)
                if sentence_of is not None and sentence_of[span.start] - last.sentence <= 2 \
                        and (latest is None or last.start > latest[0]):
                    latest = (last.start, key)
            elif affiliation is not None and actor.represents not in (None, affiliation):
                continue
            # at equal fit the role the article gives wins: the gazetteer lists the roles of a whole career
            entry = self.gazetteer.entries.get(key)
            known_roles = [(actor.role, True)] if actor.role else []
            known_roles += [(role, False) for role in entry.roles] if entry is not None else []
            fit = max(((self._role_match(span, role), in_article) for role, in_article in known_roles), default=(0, False))
            if fit[0] and (best is None or (*fit, max(earlier)) > best[:3]):
                best = (*fit, max(earlier), key)
        if best is not None:
            return best[3]
        if len(acting_for) == 1 and (span.kb_id_ == HEAD_ROLE or party is not None):
            return acting_for.pop()
        if party is not None and not acting_for and latest is not None:
            return latest[1]
        return None

    def _role_match(self, span: Span, known: str) -> int:
        """How well a role phrase fits a role a person is known by: 3 the same role ("der
        Premier" for "Premierminister"), 2 another name of the same office ("der Premier" for
        "Regierungschef"), 1 a generic word for it ("der Minister" for "Außenministerin", but
        not "der Kanzler" for a "Vizekanzler"), 0 not at all."""
        role = self.gazetteer.role_of(known)
        if role is not None and role.name == span.kb_id_:
            return 3
        if role is not None and any({role.name, span.kb_id_} <= office for office in SAME_OFFICES):
            return 2
        word, known_word = span.text.rsplit("-", 1)[-1].lower(), known.rsplit("-", 1)[-1].lower()
        if known_word.endswith(word) and not known_word.startswith(DEPUTY_PREFIXES):
            return 1
        return 0

    @staticmethod
    def _refers_back(doc: Doc, start: int) -> bool:
        """Whether a role phrase can mean someone named before: "der Minister" can, "ein
        Minister", "die beiden Minister" and "der Rauswurf dieser Minister" cannot."""
        i = start - 1
        while i >= 0 and (is_adjective_like(doc[i]) or doc[i].lower_ in COUNTING_WORDS):
            if doc[i].lower_ in COUNTING_WORDS:
                return False
            i -= 1
        determiner = doc[i] if i >= 0 else None
        if determiner is not None and (determiner.lower_ in INDEFINITE_ARTICLES
                                       or determiner.lower_ in DETERMINERS and "Plur" in determiner.morph.get("Number")):
            return False
        # "den Rauswurf dieser Minister": after a noun, "der"/"dieser" and a masculine form without
        # -s is a genitive plural (the singular would be "dieses Ministers")
        genitive_plural = determiner is not None and determiner.lower_ in ("der", "dieser") and i >= 1 \
            and doc[i - 1].pos_ == "NOUN" and not doc[start].lower_.endswith(("in", "s"))
        return not genitive_plural and "Plur" not in doc[start].morph.get("Number")

    @staticmethod
    def _client(doc: Doc, index: EntityIndex, i: int) -> bool:
        """ "Die Anwältin Samanis bestritt": a surname in the genitive after a role, not followed
        by the noun it qualifies ("Präsident Obamas Rede"), names whose lawyer, aide or the like
        the role holder is, not the holder."""
        word = doc[i].text
        following = doc[i + 1] if i + 1 < len(doc) else None
        if not word.endswith("s") or following is not None and following.text[:1].isupper() and following.is_alpha:
            return False
        surnames = {actor.label.split()[-1] for actor in index.actors.values() if actor.category == "Person"}
        return word[:-1] in surnames and word not in surnames

    @staticmethod
    def _person_for_role(doc: Doc, index: EntityIndex, start: int, end: int) -> str | None:
        """The person a role phrase names: directly after it (not a genitive, see :meth:`_client`),
        or in apposition after a comma."""
        for position in (end, end + 1):
            if position < len(doc) and (position == end or doc[end].text == ","):
                hit = index.by_token.get(position)
                if hit and index.category(hit[0]) == "Person" and not EntityResolver._client(doc, index, position):
                    return hit[0]
        # "John Kerry, der Außenminister der USA": apposition before the role.
        if start >= 2 and doc[start - 1].lower_ in ("der", "die") and doc[start - 2].text == ",":
            hit = index.by_token.get(start - 3) if start >= 3 else None
            if hit and index.category(hit[0]) == "Person":
                return hit[0]
        return None

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
                best = max(seen.items(), key=lambda item: (item[1], item[0] == actor.label))[0]
                actor.label = best
            actor.aliases = sorted({*seen, *actor.aliases} - {actor.label})
            actor.mentions.sort(key=lambda m: m.start)
        for key, place in index.places.items():
            place.mentions.sort(key=lambda m: m.start)
            seen = forms.get(key, Counter())
            if key in index.actors:
                # A state is one node, place and actor: it carries one label, "USA" in an article
                # that says "USA", not a second "Vereinigte Staaten".
                place.label = index.actors[key].label
            elif seen:
                # Places are called what the article calls them ("Azaz", not GeoNames' "A'zaz").
                best = max(seen.items(), key=lambda item: (item[1], item[0] == place.label))[0]
                bare = next((best[len(g):] for g in PLACE_GENERIC if best.lower().startswith(g)), None)
                place.label = bare if bare and bare in seen or bare and len(seen) == 1 else best
