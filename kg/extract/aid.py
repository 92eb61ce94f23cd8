"""Offers of aid: who offers or promises what help to whom, against whom, and what is ruled out.

Per sentence, cue words from the lexicon (``kg_cues`` spans) are the anchors: offer verbs
("bietet ... an", "stellt ... in Aussicht", "zu helfen"), offer nouns ("das Angebot des Irans")
and exclusions ("schloss ... aus", "will ... absehen", "nahm ... aus"). Around each cue:

* the **provider** is the subject (a name, a pronoun resolved to the last person, or a role
  phrase such as "der Sprecher des iranischen Militärs", which stands for its state), or for a
  noun the genitive ("des Irans", "Kerrys");
* the **recipient** is a dative ("dem Irak") or a für/an phrase; the **adversary** a gegen phrase;
* the **items** are noun phrases headed by words for help (``aid_items.json``), each given to the
  nearest cue; negated items ("keine Soldaten", "weder Geld noch Waffen", "ohne Waffen") are
  excluded, and a cue all of whose items a determiner denies ("Keine Hilfe bekommt die Ukraine")
  rules them out.

Emergency services help by turning out, with no word for help ("Die Feuerwehr war im Einsatz");
that and care in someone's facility are in :mod:`kg.extract.rescue`.

Mentions of the same offer across the article (headline, lead, body) are then merged: same
principal provider (a minister counts for his state) and compatible recipients.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from kg.extract import exclusions
from kg.extract.entities import FEDERAL_STATES, EntityIndex
from kg.extract.grammar import (
    ADJECTIVE_ENDINGS, ARTICLE_GENDERS, CURRENCIES, DATIVE_MARKERS, DEFINITE_ARTICLES, DENYING_WORDS, DETERMINERS,
    INDEFINITE_ARTICLES, MODALS, NEGATING_ADVERBS, NEGATIONS, PREPOSITIONS, PRONOUN_GENDERS, SUBJECT_PRONOUNS,
    UD_GENDERS, can_be_subject, clause_around_relatives, clause_bounds, dative_plural_stems, gender_of,
    is_adjective_like, is_dictionary_noun, is_finite, is_finite_verb, is_genitive_attribute, is_infinitive_with_zu,
    is_noun_like, is_ordinary_noun, line_break_after, marker_at, marker_before, negates, negates_clause, not_yet,
    skip_adjectives, span_text,
)
from kg.extract.places import (
    COMPASS_PREFIXES, COPULA_FORMS, DISASTERS, FLOWING, LOCAL_GOVERNMENTS, SHELTER_FOUND, town_running_house,
)
from kg.extract.records import Actor, AidItem, AidOffer, Claim, TextSpan
from kg.extract.roles import GOVERNMENT_ROLES
from kg.extract.rescue import (
    CALLING_OUT, RESCUE_WORK, is_rescue_service, owner_of_care_facility, services_called_out, work_item,
)
from kg.extract.services import rescue_service_words
from kg.extract.timex import parse_date, resolve
from kg.nlp.components import OPENING_QUOTES
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.normalize import stem

OFFER_KINDS = ("aid_offer", "aid_noun")
#: Words that make a clause repeat what was told before, for someone else: "auch Schweden schickt Leute".
REPEATING = frozenset({"auch", "ebenfalls", "ebenso", "gleichfalls"})
ACTOR_KINDS = ("name", "alias", "role", "demonym")
MILITARY = {"MilitaryAid", "Troops", "MilitaryEquipment", "Weapons", "MilitaryAdvisers",
            "MilitaryTraining", "AirSupport", "Intelligence", "Personnel"}
HUMANITARIAN = {"HumanitarianAid", "MedicalAid", "FoodAid", "Shelter"}
#: Categories of help named by no more than a word for help or backing ("Unterstützung", "Hilfe").
VAGUE_HELP = {"UnspecifiedAid", "PoliticalSupport"}
ECONOMIC = {"FinancialAid", "EconomicAid"}
_MONEY = re.compile(r"^(\d[\d.,]*|ein(e[mr]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig"
                    r"|dreißig|vierzig|fünfzig|hundert|tausend)$", re.IGNORECASE)
_LARGE_NUMBERS = ("million", "millionen", "milliarde", "milliarden", "mio.", "mrd.")


@dataclass(frozen=True)
class AidLexicon:
    heads: dict[str, str]
    modifiers: dict[str, str]
    prefixes: dict[str, str]
    actions: frozenset[str]
    beneficiaries: frozenset[str] = frozenset()
    state_organs: frozenset[str] = frozenset()
    state_services: frozenset[str] = frozenset()
    rescue_services: frozenset[str] = frozenset()
    care_facilities: frozenset[str] = frozenset()
    not_help: tuple[str, ...] = ()
    _categories: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def is_beneficiary(self, word: str) -> bool:
        """ "Flüchtlinge", "Kriegsflüchtlinge", "Krankenhäuser": people or places help is for."""
        lower = word.lower()
        # and their dative plural: "von Asylbewerbern", "mit Flüchtlingen"
        forms = dative_plural_stems(lower)
        return any(form in self.beneficiaries or any(form.endswith(head) and len(form) > len(head) + 3
                                                      for head in self.beneficiaries if len(head) >= 6)
                   for form in forms)

    def category_of(self, word: str) -> str | None:
        lower = word.lower()
        if lower not in self._categories:  # asked for every word of every aid sentence
            self._categories[lower] = self._category_of(lower)
        return self._categories[lower]

    def _category_of(self, lower: str) -> str | None:
        if any(word in lower for word in self.not_help):
            return None
        if lower in self.heads:
            return self.heads[lower]
        # dative plural and genitive: "mit Medikamenten", "des Zeltes", "von Taurus-Marschflugkörpern"
        stripped = {ending: lower[: -len(ending)] for ending in ("n", "en", "s", "es") if lower.endswith(ending)}
        for form in stripped.values():
            if form in self.heads:
                return self.heads[form]
        # a compound's dative plural too ("Kampfpanzern"), not its genitive ("des Fährschiffes")
        for form in dative_plural_stems(lower):
            for head, category in self.heads.items():
                if len(head) >= 5 and form.endswith(head) and len(form) > len(head) + 2:
                    prefix = form[: -len(head)].rstrip("s-")
                    return self.prefixes.get(prefix, category)
        return None


def _named_as_bund(index: EntityIndex, key: str, sentences: range | None = None) -> bool:
    """Whether the article calls the federal state ``key`` "der Bund" or "die Bundesregierung" (in
    one of ``sentences``, if given)."""
    return key in index.actors and any(m.kind == "alias" and m.text.lower().startswith("bund")
                                       and (sentences is None or m.sentence in sentences)
                                       for m in index.actors[key].mentions)


@lru_cache(maxsize=1)
def cues_requiring_items() -> frozenset[str]:
    """Cue ids that mean help only together with a word for it ("einsetzen", "ankündigen")."""
    lines = resources.files("kg").joinpath("data/lexicon/cues.jsonl").read_text("utf-8").splitlines()
    rows = (json.loads(line) for line in lines if line.strip() and not line.startswith("//"))
    return frozenset(row["id"] for row in rows if row.get("requires_item"))


@lru_cache(maxsize=1)
def aid_lexicon() -> AidLexicon:
    data = json.loads(resources.files("kg").joinpath("data/lexicon/aid_items.json").read_text("utf-8"))
    return AidLexicon(heads=data["heads"], modifiers={stem(k): v for k, v in data["modifiers"].items()},
                      prefixes=data["prefixes"], actions=frozenset(data["actions"]),
                      beneficiaries=frozenset(data.get("beneficiaries", ())),
                      state_organs=frozenset(data.get("state_organs", ())),
                      state_services=frozenset(data.get("state_services", ())),
                      rescue_services=rescue_service_words(),  # one list with services.py's
                      care_facilities=frozenset(data.get("care_facilities", ())),
                      not_help=tuple(data.get("not_help", ())))


def cameo_code(status: str, categories: set[str]) -> str:
    """CAMEO code of an offer: 033x intent to provide aid, 07x provide aid, 122x reject (a request
    for) aid, by the kind of help."""
    root = {"delivered": "07", "refused": "122"}.get(status, "033")
    if categories & MILITARY:
        return root + "2"
    if categories & HUMANITARIAN:
        return root + "3"
    if categories & ECONOMIC:
        return root + "1"
    return root + "0" if root == "07" else root


@dataclass
class _Found:
    """An offer or exclusion as found at one cue, before merging."""

    cue: Span
    kind: str  # offer | exclude
    provider: str | None
    recipients: list[str] = field(default_factory=list)
    adversaries: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    offered: list[AidItem] = field(default_factory=list)
    excluded: list[AidItem] = field(default_factory=list)
    beneficiaries: list[TextSpan] = field(default_factory=list)
    sentence: int = 0
    status: str = "offered"
    noun: bool = False
    co_providers: list[str] = field(default_factory=list)  # "Deutschland und Frankreich liefern"


class AidExtractor:
    def __init__(self, *, cues_key: str = "kg_cues", lexicon: AidLexicon | None = None) -> None:
        self.cues_key = cues_key
        self.lexicon = lexicon or aid_lexicon()

    def extract(self, doc: Doc, index: EntityIndex, *, date: str | None = None,
                claims: list[Claim] = ()) -> list[AidOffer]:
        """Offers of the article; ``claims`` tell who speaks in a sentence, for "wir" and "ich"."""
        found: list[_Found] = []
        self._found = found
        self._in_sentence: list[_Found] = []  # the findings of the sentence at hand so far
        self._minister_of: dict[str, str] = {}  # person -> the state a minister was found to speak for
        self._co_subjects: list[str] = []  # the other members of a listed subject, set by _subject
        self._co_agents: list[str] = []  # the other members of a listed passive agent, set by _passive
        self._speakers = {claim.sentence: claim.source for claim in claims}
        # not a word inside a name: "Aktion Deutschland Hilft" helps no one by its name
        cues = [c for c in doc.spans.get(self.cues_key, [])
                if c.label_ in (*OFFER_KINDS, "aid_exclude", "aid_support_noun")
                and not (c.label_ == "aid_offer" and index.by_token.get(c.start, ("", ""))[1] == "name")
                and not self._noun_for_a_verb(c)]
        # read once per article: every cue asks who speaks and which sentences come before
        self._speech_cues = [c for c in doc.spans.get(self.cues_key, []) if c.label_ == "speech_verb"]
        # words of cues, which the tagger may take for adjectives of an item ("schicken Soldaten")
        self._cue_tokens = {i for c in doc.spans.get(self.cues_key, []) if c.label_ != "aid_support_noun"
                            for i in range(c.start, c.end)}
        self._sentences = list(doc.sents)
        self._topic_state = self._state_written_about(doc, index)
        self._lead = self._lead_sentences(doc)
        self._sentence_text = {}
        self._asking: dict[int, set[str]] = {}  # sentence number -> the states it makes ask for help
        self._sentence_at = {sent.start: number for number, sent in enumerate(self._sentences)}
        self._negotiation: tuple[int, AidItem, str | None] | None = None  # the last package under negotiation
        for number, sent in enumerate(self._sentences):
            self._sentence_text[number] = sent.text
            if sent.text.rstrip().endswith("?"):
                continue  # a question ("Wie viele Polizisten sind im Einsatz?") asserts no help
            in_sentence = [c for c in cues if sent.start <= c.start < sent.end]
            if in_sentence or exclusions.may_withhold(sent):
                found.extend(self._sentence(doc, sent, number, in_sentence, index))
            found.extend(self._deployments(doc, sent, number, index))
            if not any(c.label_ == "aid_exclude" for c in in_sentence) and not any(f.sentence == number for f in found):
                # (what a cue of the sentence says of the deployment comes first: "lehnt die Entsendung ... ab")
                found.extend(self._deployments_by_noun(doc, sent, number, index))
            found.extend(self._supporters(doc, sent, number, index))
            found.extend(self._exile_hosts(doc, sent, number, index))
            found.extend(self._negotiated_packages(doc, sent, number, index))
        for finding in found:
            # "Albrecht sagt Kiew System zu" over "Deutschland liefert ... Das kündigte
            # Verteidigungsminister Jens Albrecht an": the headline's minister gives for his state too
            if finding.co_providers or finding.provider not in index.actors:
                continue
            state = self._minister_of.get(finding.provider) or self._state_announced_by(
                index.actors[finding.provider], [f for f in found if f.sentence > finding.sentence])
            if state is not None:
                finding.provider = state
        return self._merge(found, index, date)

    @staticmethod
    def _noun_for_a_verb(cue: Span) -> bool:
        """A verb cue written as a noun: "sammelt Spenden", "Spenden offenzulegen" name
        donations, they do not donate."""
        token = cue[0]
        return cue.label_ == "aid_offer" and cue.kb_id_ not in NOUN_CUES and token.text[:1].isupper() \
            and not token.is_sent_start and token.pos_ in ("NOUN", "PROPN")

    def _backs_a_cause(self, doc: Doc, cue: Span, index: EntityIndex) -> bool:
        """ "unterstützt die Möglichkeit", "keinen Kandidaten unterstützen", "unterstützt die
        Ausschussvorsitzende Doris Bures": backing a cause or a person is no aid."""
        if cue.kb_id_ not in BACKING:
            return False
        sent = cue.sent
        start, end = clause_bounds(sent, cue.start)
        for k in range(start, end - 1):
            if doc[k].lower_ in ("bei", "beim"):
                j = k + 1
                while j < end and (doc[j].pos_ == "DET" or is_adjective_like(doc[j])):
                    j += 1
                if j < end and doc[j].lower_.endswith(CAUSES) and not any(
                        self.lexicon.category_of(t.text) for t in doc[start:end] if t.i != j) \
                        and not self._money(doc, doc[start:end]):
                    return True  # "das Nachbarland bei der Bewerbung unterstützen": backing a bid
        for child in cue[0].children:
            if child.dep_ != "obj":
                continue
            if child.lower_.endswith(CAUSES) or child.lower_ in POLITICIANS:
                return True
            person = index.key_at(child.i) or next((index.key_at(c.i) for c in child.children
                                                     if c.dep_ in ("appos", "flat:name", "nmod")), None)
            if person is not None and index.category(person) == "Person":
                return True
        return False

    def _sends_no_help(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> bool:
        """ "Mazedonien hat Migranten nach Griechenland zurückgeschickt", "China wird seinen
        Vize-Außenminister entsenden": people sent back or envoys sent to talks are no help
        given, unless a word for help is in the clause ("Ärzte für die Flüchtlinge"); whatever is
        sent "zurück" is no help unless it is military (forces sent back to a front are)."""
        start, end = clause_bounds(sent, cue.start)
        if any(t.lower_ == "zurück" and _of_verb(t, cue) for t in doc[start:end]) and not any(
                self.lexicon.category_of(t.text) and _preposition_of(doc, t.i, sent.start) != "mit" for t in sent):
            # "wurden mit Lastwagen zurück nach Griechenland gebracht" (but "Die Hilfsgüter, die …, schickt
            # das Rote Kreuz zurück nach Syrien" and troops sent back to a front are help)
            return True
        sent_people = None
        for token in doc[start:end]:
            if not is_noun_like(token) or token.i in index.by_token:
                continue
            if _preposition_of(doc, token.i, start):
                continue  # "Ärzte zu den Flüchtlingen", "Hilfe für Migranten": whom it is for
            lower = token.lower_
            if lower.endswith(ENVOYS) or (cue.kb_id_ in ("schicken", "entsenden", "senden")
                                          and lower.rstrip("n") in PEOPLE_ON_THE_MOVE):
                sent_people = token.i
                break
        if sent_people is None:
            return False
        return not any(self.lexicon.category_of(t.text) for t in doc[start:end]
                       if t.i != sent_people and t.i not in index.by_token and not t.lower_.endswith(ENVOYS))

    @staticmethod
    def _trades_goods(doc: Doc, sent: Span, cue: Span, items: list[tuple[AidItem, tuple[int, int], bool]]) -> bool:
        """ "Texas liefert Öl nach Europa", "Russland liefert der Ukraine Gas": commodities delivered
        are trade, not help (the guidelines leave out commercial sales), unless the clause names help
        too ("liefert Waffen und Treibstoff") or a favour ("Strom zu Vorzugspreisen")."""
        start, end = clause_bounds(sent, cue.start)
        if any(start <= s < end for _item, (s, _e), _negated in items):
            return False
        words = doc[start:end]
        return any(t.lower_ in COMMODITIES for t in words) and not any(t.lower_.startswith(FAVOURS) for t in words)

    def _borrows(self, doc: Doc, sent: Span, cue: Span, items: list[tuple[AidItem, tuple[int, int], bool]]) -> bool:
        """ "Kärnten nimmt einen Kredit auf", "will neue Schulden aufnehmen", "nimmt 500 Millionen
        Euro am Kapitalmarkt auf": money taken up is borrowed, not help given (but "nimmt 500
        Flüchtlinge auf" takes people in)."""
        start, end = clause_bounds(sent, cue.start)
        inside = [item for item, (s, _e), _negated in items if start <= s < end]
        nouns = [t for t in doc[start:end] if is_noun_like(t)]
        money = any(t.lower_.endswith(BORROWED) for t in nouns) or (
            bool(inside) and all(item.category in ECONOMIC for item in inside))
        return money and not any(self.lexicon.is_beneficiary(t.text) for t in nouns)

    def _help_as_agent(self, doc: Doc, cue: Span, index: EntityIndex) -> bool:
        """Whether the active subject of an exclusion verb is itself a word for help: "Eine
        französische Militärintervention stoppte den Vormarsch", "Die Luftunterstützung beendete die
        Belagerung": the help does the stopping, nothing is withheld (unlike "Die Regierung stoppte
        die Hilfe", or a passive the parser gives a subject: "sollen sechs Aufnahmezentren
        geschlossen werden", "Eine Entsendung von Soldaten ist ausgeschlossen"). No actor may be
        named beside it in the clause, who could be the one ruling the help out."""
        if cue.kb_id_ in exclusions.JUDGED:
            return False  # "Bodentruppen kommen nicht infrage": ruled out by its nature, the help is the subject
        start, end = clause_bounds(cue.sent, cue.start)
        if _is_participle(doc, cue.sent, cue) and any(doc[i].lower_ in PASSIVE_AUXILIARIES | COPULA_FORMS
                                                      for i in range(start, end)):
            return False  # "wurde gestoppt", "ist ausgeschlossen", "bleibt ausgesetzt": the help is ruled out
        help_subject = next((child for child in cue.root.children if child.dep_ == "nsubj"
                             and self.lexicon.category_of(child.text) is not None), None)
        if help_subject is None:
            return False
        if any(c.dep_ == "obj" and self.lexicon.category_of(c.text) is not None for c in cue.root.children):
            return False  # "Russische Truppen stoppten den Hilfskonvoi": help stopped, by force
        # the help fronted as object, its ruler named after the verb: "Finanzhilfen schloss
        # Innenminister Karner aus", which the parser may read with the help as subject; or told
        # by a pronoun or a role the parser makes a second subject: "Budgethilfe schloss er aus",
        # "Waffenlieferungen schließt die Landesregierung aus"
        phrase = {t.i for t in help_subject.subtree}
        if any(child.dep_ == "nsubj" and child.i != help_subject.i and (child.pos_ == "PRON" or child.i in index.by_token)
               for child in cue.root.children):
            return False
        return not any(i not in phrase and self._is_actor(index, i) for i in range(start, end))

    def _nothing_given_yet(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Help not yet given nor promised before ("noch keine Waffen geliefert"), or only asked
        about ("prüft, ob sie Panzer liefert"): nothing offered yet."""
        return _not_yet_given(doc, sent, cue) and not _promised_before(self.lexicon, doc, sent, cue) \
            or _asked_whether(doc, sent, cue)

    def _widens_help(self, cue: Span) -> bool:
        """Whether a widening verb's object is a word for help: "weitet ihre Unterstützung aus"."""
        objects = [c for c in cue[0].children if c.dep_ == "obj"]
        return bool(objects) and self.lexicon.category_of(objects[0].text) is not None

    def _organisation_referred_to(self, doc: Doc, sent: Span, token, index: EntityIndex) -> str | None:
        """ "Die Nato will ... Das Bündnis werde Soldaten verlegen", "Die Weltbank ... Die
        Organisation stellt einen Kredit in Aussicht": a definite noun for a body stands for the
        organisation named last before it (within three sentences)."""
        if token.lower_ not in BODY_NOUNS or token.i in index.by_token or token.i == sent.start:
            return None
        following = doc[token.i + 1] if token.i + 1 < sent.end else None
        if following is not None and (following.i in index.by_token or following.pos_ == "PROPN"
                                      or following.text in OPENING_QUOTES):
            return None  # "Der Verein Flüchtlingshilfe Linz": the name that follows, not one before
        article = doc[token.i - 1].lower_
        members = token.i - 2 >= sent.start and article in ("der", "des") \
            and doc[token.i - 2].lower_.rpartition("-")[2] in MEMBER_NOUNS
        if not members:
            # "die Einsatzkräfte der Organisation" act for it; otherwise only its subject form
            if article not in ("das", "die", "der") or is_genitive_attribute(doc, token.i, sent.start):
                return None
            masculine_subject = "Masc" in token.morph.get("Gender") and "Nom" in token.morph.get("Case")
            if article == "der" and gender_of(token.text) != "masculine" and not masculine_subject:
                return None  # "der Organisation" (dative, genitive) is not the subject; "Der Verein" is
        kind = SELF_NAMED_BODIES.get(token.lower_)
        if kind is not None:
            # "Eine Stiftung aus Hamburg … Die Stiftung": the unnamed one just introduced
            introduced = next((t.i for t in reversed(doc[max(0, token.i - 80):token.i - 1])
                               if t.lower_.endswith(kind) and t.i > 0 and doc[t.i - 1].lower_ in INDEFINITE_ARTICLES), -1)
        for _sentence, mentions in self._mentions_before(doc, index, token.i):
            for i, key in reversed(mentions):
                if index.category(key) != "Organization":
                    continue
                if kind is None:
                    return key
                if i > introduced and _may_be_called(doc, index, i, key, kind):
                    return key
        return None

    def _armed_group_referred_to(self, doc: Doc, index: EntityIndex, i: int, agent: str) -> str | None:
        """The armed group a noun for fighters at ``i`` ("die Miliz", "die Rebellen") refers back to:
        the one named last within three sentences, not the agent's own. A plural refers back only to
        a group named by it ("die Huthi-Rebellen … die Rebellen"), not to one group ("Der IS … die vom
        Iran unterstützten Milizen")."""
        plural = "Plur" in doc[i].morph.get("Number")
        for _sentence, mentions in self._mentions_before(doc, index, i, reach=3):
            for _j, key in reversed(mentions):
                if index.category(key) == "ArmedGroup" and index.principal(key) != index.principal(agent) and (
                        not plural or any(m.text.lower().endswith(doc[i].lower_) for m in index.actors[key].mentions)):
                    return key
        return None

    def _state_of_armed_subject(self, doc: Doc, sent: Span, token, index: EntityIndex, cue: Span) -> str | None:
        """ "russische Kampfjets unterstützen die syrische Armee", "Amerikanische Soldaten bilden
        ... aus": a state's adjective on the help that is the subject gives that state."""
        hit = index.by_token.get(token.i)
        if not hit or hit[1] != "adjective" or index.category(hit[0]) != "Country" or token.i + 1 >= sent.end:
            return None
        head = doc[token.i + 1]
        # the parse's subject, or the phrase right after a fronted finite verb ("Seit Monaten
        # unterstützen russische Kampfjets die Armee")
        inverted = token.i == cue.end and cue.start > sent.start and cue[0].pos_ in ("VERB", "AUX")
        if not (head.dep_ == "nsubj" or inverted) or not is_noun_like(head) or head.i in index.by_token:
            return None
        if self.lexicon.category_of(head.text) not in SENT_HELP:
            return None
        return hit[0]

    def _stops_people(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """ "Die Migranten wurden von den Sicherheitskräften gestoppt": people stopped at a
        border are no help withheld."""
        start, end = clause_bounds(sent, cue.start)
        return any(self.lexicon.is_beneficiary(t.text) and t.lower_.rstrip("n") in PEOPLE_ON_THE_MOVE
                   for t in doc[start:end])

    def _manner(self, doc: Doc, sent: Span, cue: Span) -> AidItem | None:
        """The kind of help an adverb gives a verb of helping: "unterstützt die Separatisten
        militärisch" (not "politisch": backing gives nothing)."""
        start, end = clause_bounds(sent, cue.start)
        for token in doc[start:end]:
            if token.pos_ not in ("ADV", "ADJD", "ADJ") or token.dep_ == "amod":
                continue
            if token.i + 1 < end and is_noun_like(doc[token.i + 1]):
                continue  # "militärische Hilfe" is an item of its own
            category = self.lexicon.modifiers.get(stem(token.text))
            if category is None or category == "PoliticalSupport":
                continue
            begin, finish, text = span_text(doc, token.i, token.i + 1)
            return AidItem(text=text, category=category, span=TextSpan(begin, finish, text))
        return None

    def _demanded(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """ "Experten fordern, Asylwerbern die Chance zu geben", "rief die EU auf, mehr Geld
        bereitzustellen": help asked for is not offered."""
        start, end = clause_bounds(sent, cue.start)
        # the cue may be the noun of an infinitive clause: "die Hilfe für den Sudan aufzustocken"
        if not (any(is_infinitive_with_zu(doc[i]) for i in range(cue.start, end)) or doc[start].lower_ == "dass"):
            return False
        speech = [c for c in self._speech_cues if sent.start <= c.start < start]
        if speech and _verb_forms(speech[-1][0]) & DEMANDING_VERBS:
            return True
        # "Ich habe die Regierung gebeten, dem Libanon Hilfe zu gewähren": the asking verb of the
        # clause right before, where the speech cues do not list it (not "um ... zu", a purpose)
        return start - 2 >= sent.start and doc[start].lower_ != "um" and _asks(doc, *clause_bounds(sent, start - 2))

    # -- one sentence -----------------------------------------------------------------------
    def _sentence(self, doc: Doc, sent: Span, number: int, cues: list[Span], index: EntityIndex) -> list[_Found]:
        """The offers of one sentence; called without cues only where help may be withheld in it."""
        withheld_without_cues = not cues
        items = self._items(doc, sent, index)
        item_tokens = {i for _, (s, e), _ in items for i in range(s, e)}
        results: list[_Found] = []
        self._in_sentence = results
        for cue in [c for c in cues if c.label_ == "aid_support_noun"]:
            if self._nothing_given_yet(doc, sent, cue):
                continue  # "hat der Ukraine noch keine Hilfe zugesagt", "unklar, ob er Militärhilfe leistet"
            found = self._noun_offer(doc, sent, cue, index, number)
            if found is not None and _denied(doc, sent, cue.start):
                # "dass Polen keine Hilfe leisten werde", "Keinerlei Unterstützung bekam Griechenland"
                found.kind, found.excluded, found.offered = "exclude", found.offered, []
            if found is not None and not self._demanded(doc, sent, cue):
                results.append(found)
        cues = [c for c in cues if c.label_ != "aid_support_noun"]
        # help withheld without an exclusion cue: "nicht zu einer Nachbesserung bereit", "die Einstellung der Hilfen"
        results += exclusions.withheld_by_phrases(self, doc, sent, number, index)
        if not cues and not results and not withheld_without_cues and not exclusions.may_withhold(sent):
            return []
        for cue in cues:
            there_is = cue.kb_id_ == "geben" and _there_is(doc, sent, cue)
            from_whom = self._giver_of_what_there_is(doc, sent, cue, index, item_tokens) if there_is else None
            if there_is and from_whom is None:
                continue  # "wenn es mehr Mittel gibt": there being, not giving
            if self._backs_a_cause(doc, cue, index) or self._demanded(doc, sent, cue):
                continue
            if self._nothing_given_yet(doc, sent, cue):
                continue  # "hat noch keine Waffen geliefert", "prüft, ob sie Panzer liefert"
            near = range(max(sent.start, cue.start - 6), min(sent.end, cue.end + 2))
            if cue.kb_id_ in SELF_HELP and any(doc[j].lower_ == "sich" for j in near):
                continue  # "konnten sich nicht aus ihren Fahrzeugen retten": no one rescued them
            if cue.kb_id_ in CARRYING and self._carrying_idiom(doc, sent, cue):
                continue  # "hat Notstandskredite ins Spiel gebracht": proposed, not carried
            if cue.kb_id_ in RECIPROCAL and "sich" in {doc[j].lower_ for j in (cue.start - 1, cue.end) if j in near}:
                continue  # "liefern sich schwere Gefechte": fighting each other
            if cue.kb_id_ in ADJUSTING and any(doc[j].lower_ in REFLEXIVE_PRONOUNS and _of_verb(doc[j], cue)
                                               for j in range(*clause_bounds(sent, cue.start))):
                continue  # "muss mich im Training darauf einstellen": adjusting oneself, nothing stopped
            if cue.kb_id_ in OFFERING and cue.end < sent.end and doc[cue.end].lower_ == "sich":
                continue  # "Die Stadt bietet sich als Kulisse an": lends itself, offers nothing
            if cue.kb_id_ in SENDING and self._sends_no_help(doc, sent, cue, index):
                continue  # "hat Migranten nach Griechenland geschickt", "entsendet seinen Außenminister"
            if cue.kb_id_ in TAKING_IN and self._troops_housed(doc, sent, cue):
                continue  # "Die Soldaten sind in Kasernen in Litauen untergebracht": quarters, not help
            if cue.kb_id_ in TREATING and not self._treats_people(doc, sent, cue):
                continue  # "behandelt die Lage der Flüchtlinge": a topic, not the wounded treated
            if cue.kb_id_ in HANDING_OVER and _hands_over_no_goods(cue):
                continue  # "überreichte ihm den Verdienstorden": an honour, not help
            if cue.kb_id_ == "übergeben" and _hands_over_a_task(cue):
                continue  # "übergab den Militäreinsatz der UNO-Truppe": the task changes hands, no one is helped
            if cue.kb_id_ in TRADING and self._trades_goods(doc, sent, cue, items):
                continue  # "Texas liefert Öl nach Europa": trade, not help
            if cue.kb_id_ in BORROWING and self._borrows(doc, sent, cue, items):
                continue  # "Kärnten nimmt einen Kredit auf": borrowing, not taking people in
            if cue.kb_id_ in FLOWING and any(doc[j].lower_ == "es" for j in (cue.start - 1, cue.start + 1)
                                              if sent.start <= j < sent.end) \
                    and any(doc[j].lower_ == "um" for j in range(cue.end, sent.end)):
                # "geht es bei den Gesprächen um ein Hilfspaket": a topic, no money going anywhere (but
                # "Es fließen drei Milliarden Euro an die Türkei")
                continue
            if cue.kb_id_ == "gewähren" and _lets_be(doc, sent, cue):
                continue  # "wenn wir die Radikalen nur gewähren lassen": letting them be, nothing granted
            if cue.kb_id_ == "absehen" and _looks_past_or_targets(doc, sent, cue):
                continue  # "Abgesehen davon, dass …", "auf die es die Täter abgesehen hatten": nothing ruled out
            if cue.kb_id_ in WIDENING and not self._widens_help(cue):
                continue  # "weitete ihre Angriffe auf die PKK aus: 30 Kampfjets …" widens no help
            if cue.kb_id_ in CALLING_OUT:
                results.extend(self._called_out(doc, sent, cue, index, number))
                continue
            noun = cue.label_ == "aid_noun"
            if noun and cue[0].lower_.startswith("angebot") and _a_bid(doc, sent, cue):
                continue  # "ein 3,4 Milliarden Dollar teures Angebot", an Angebot in a tender: a bid
            negated = not noun and self._negated(doc, sent, cue)
            if negated and cue.kb_id_ == "unvorstellbar":
                continue  # "sind nicht mehr tabu", "nicht undenkbar": neither ruled out nor offered
            if negated and cue.kb_id_ in MEETING_QUOTAS:
                continue  # "erfüllt die Asylquote nicht": behind its share, no help refused
            self._co_agents = []
            kind = exclusions.kind_at(cue, negated)
            acting_help = kind == "exclude" and not negated and self._help_as_agent(doc, cue, index)
            if acting_help:
                kind = "offer"  # "Eine französische Militärintervention stoppte den Vormarsch": help at work
            if cue.kb_id_ in SHELTER_FOUND:
                passive = self._sheltered_by(doc, sent, cue, index)
                if passive is None:
                    continue
            elif cue.kb_id_ in RECEIVING:
                received = self._received(doc, sent, cue, index, item_tokens)
                if received is None:
                    continue
                passive = received  # (giver, receiver), as for "die vom Iran unterstützten Rebellen"
            elif cue.kb_id_ in ARRIVING:
                passive = self._arrived(doc, sent, cue, index, items)
            elif from_whom is not None:
                passive = (from_whom, None)  # "Kein Geld gibt es von Frankreich für Griechenland"
            elif cue.kb_id_ in FLOWING:
                # "Die gleiche Summe soll an UN-Organisationen gehen": money on its way has the
                # giver the paragraph names; the receivers are its an/für phrases
                start, end = clause_bounds(sent, cue.start)
                if not any(t.lower_ in ("an", "für", "in", "nach") for t in doc[start:end]) or (
                        not self._money(doc, sent) and not any(
                            self.lexicon.category_of(t.text) in ECONOMIC for t in doc[start:end])):
                    continue  # "es geht um", "die Zeit fließt": no money going anywhere
                giver = self._subject(doc, sent, cue, index, item_tokens)
                if giver is not None and not (start <= self._first_mention(doc, sent, index, giver) < end):
                    giver = None  # "…, davon 5,5 Millionen für das UNHCR": a receiver further on
                if giver is not None and any(
                        marker_before(doc, k, sent.start) in ("an", "für") for k, _ in self._coordination(
                            doc, sent, index, self._first_mention(doc, sent, index, giver))):
                    giver = None  # "an die WHO und das Kinderhilfswerk Unicef": listed with a receiver
                # "Mittel fließen aus Washington in den Bundesstaat", "von der Weltbank fließen 500
                # Millionen", "die Hilfsgelder der Weltbank fließen": where money comes from gives it
                source = next((agent for k in range(start, end) if doc[k].lower_ in ("aus", "von", "vom")
                               and (agent := self._agent_at(doc, sent, index, k + 1)) is not None), None) \
                    or next((agent for k in range(start, end - 1)
                             if self.lexicon.category_of(doc[k].text) in ECONOMIC
                             and doc[k + 1].lower_ in ("der", "des")
                             and (agent := self._agent_at(doc, sent, index, k + 2)) is not None), None)
                passive = (giver or source, None)
            else:
                # ("wird die Ukraine nicht im Stich lassen": an infinitive with the future's "wird")
                passive = None if noun or cue[0].lower_ == "lassen" or not _is_participle(doc, sent, cue) \
                    else self._passive(doc, sent, cue, index)
                if passive is None and not noun and _is_attributive(doc, sent, cue):
                    continue  # "fordert die versprochene Visa-Liberalisierung": promised by no one named here
                if not noun and (passive is None or passive[0] is None) and _opens_as_attribute(doc, sent, cue):
                    continue  # "Bewaffnete Polizeieinheiten schossen": what they are, armed by no one named
            if passive is not None:
                provider, recipient = passive
                # "wurde von den Bergrettungen Riezlern, Mittelberg und Oberstdorf geborgen": each agent gives
                co_providers = list(self._co_agents) if provider is not None else []
                if provider is None and cue.kb_id_ in HOME_CARE:
                    # "Die Verletzten wurden in einem Lazarett der ISAF versorgt"
                    provider = self._care_facility_owner(doc, sent, cue, index)
                if provider is None:
                    provider = self._inherited_provider(index, number) or self._home_giver(doc, sent, cue, index)
                    if provider is None or index.principal(provider) == index.principal(recipient or ""):
                        continue
            else:
                self._co_subjects = []
                provider = self._noun_provider(doc, cue, index) if noun else None if cue.kb_id_ in HELP_AS_SUBJECT \
                    else self._subject(doc, sent, cue, index, item_tokens)
                co_providers = list(self._co_subjects)
                if provider is None and not noun and cue.kb_id_ in HOME_CARE and self._housed_state(doc, sent, cue):
                    # "Die Flüchtlinge sind in Zelten des Roten Kreuzes untergebracht": being housed
                    # or cared for in a body's place, the body gives it, as in the passive
                    provider = self._care_facility_owner(doc, sent, cue, index)
                if noun and provider is None and self._enacted(cue):
                    # "Der US-Senat hat Waffenlieferungen an die Ukraine abgesegnet": who approves gives.
                    provider = self._subject(doc, sent, cue, index, item_tokens)
                recipient = None
                taken = _offer_taken(cue) if noun else None
                if taken == "withdrawn" and cue[0].lower_.startswith("angebot"):
                    taken = None  # "zogen ihr Angebot für den Bau von Tankflugzeugen zurück": a bid, not help
                if taken == "withdrawn" and provider is None and _possessed(cue):
                    # "Die Niederlande haben ihre Zusage zurückgezogen": the subject's own offer, withdrawn
                    provider = self._subject(doc, sent, cue, index, item_tokens)
                elif taken == "accepted" and provider is not None:
                    # "Kuba nahm das Hilfsangebot der USA an": who accepts the offer receives it
                    taker = self._subject(doc, sent, cue, index, item_tokens | set(range(cue.start, cue.end + 4)))
                    if taker is not None and index.principal(taker) != index.principal(provider):
                        recipient = taker
            found = _Found(cue=cue, kind=kind, provider=provider, sentence=number, noun=noun,
                           status="refused" if noun and taken == "withdrawn" and provider is not None
                           else self._status(doc, sent, cue),
                           co_providers=co_providers if provider is not None else [])
            if passive is not None:
                # "die vom Iran unterstützten Rebellen": support given, unless "soll ... unterstützt
                # werden" or "wurden ... versprochen"
                # (an agentless passive is a clause of its own: "..., es sollten Panzer stationiert werden")
                since = clause_bounds(sent, cue.start)[0] if passive[0] is not None else sent.start
                modal = MODALS & {t.lower_ for t in doc[since:cue.start]}
                if cue.end >= sent.end or doc[cue.end].lower_ != "werden":
                    # "wird von der EU finanziert" is done; "wird ... finanziert werden" is not
                    modal -= PASSIVE_AUXILIARIES
                found.status = "delivered" if cue.kb_id_ in DELIVERING and not modal else "offered"
            if recipient:
                found.recipients = [recipient]
            if acting_help:
                found.status = "delivered"  # help that stopped something was there
                if found.provider is None:
                    # "Eine französische Militärintervention": the state whose adjective the help carries
                    found.provider = next((state for c in cue.root.children if c.dep_ == "nsubj"
                                           and (state := self._state_adjective_in(c, index, cue.start))), None)
            if cue.kb_id_ in SHELTER_FOUND:
                # what was found is the help, though the lexicon has "Aufnahme" for no item
                k = _found_shelter(doc, sent, cue)
                begin, finish, text = span_text(doc, k, k + 1)
                found.offered.append(AidItem(text=text, category="Shelter", span=TextSpan(begin, finish, text)))
            results.append(found)
        # limited or negated giving: "nur noch Tageskontingente ins Land lassen", "kaum Schutzsuchende aufgenommen"
        results += exclusions.withheld_by_verbs(self, doc, sent, number, index, results, items)
        exclusions.refused_by_infinitive(self, doc, sent, results)
        exclusions.refused_requests(self, doc, sent, results, index)
        if not results:
            return []
        # Every item goes to the nearest cue of its own clause, else the nearest in the sentence;
        # negated items are excluded wherever they are.
        denied: set[int] = set()  # items a determiner negates: "keine Soldaten", "keinen Beitrag zur Aufnahme"
        for item, (start, end), negated in items:
            clause = clause_bounds(sent, start)
            # a cue that means help only with a word for it ("einstellen") takes only its own clause's,
            # but money on its way also the amounts that split it up ("…, davon 5,5 Millionen für das UNHCR")
            # and so does what an infinitive clause says ("hat angekündigt, keine Hilfe mehr leisten zu wollen")
            complement = any(is_infinitive_with_zu(t) for t in doc[max(clause[0], clause[1] - 3):clause[1]])
            # planned or built help is civilian: "beschloss, eine Flugverbotszone einzurichten" decides it
            takers = [f for f in results if not (f.cue.kb_id_ in CIVILIAN_ONLY and item.category in MILITARY)]
            # a clause without a verb goes on the one an insertion broke off ("verweigerten dem Gericht,
            # wie das Land heißt, jede Unterstützung")
            fragment = not any(t.pos_ in ("VERB", "AUX") for t in doc[clause[0]:clause[1]])
            # (an exclusion rules out only what its own clause names: "verzichtete auf den Wagen und
            # fuhr in die gemeinsame Unterkunft" turns down no shelter)
            local = [f for f in takers if clause[0] <= f.cue.start < clause[1]] or \
                [f for f in takers if (f.cue.kb_id_ not in cues_requiring_items() and f.kind != "exclude")
                 or f.cue.kb_id_ in FLOWING or complement or (fragment and f.cue.start < start)]
            if not local:
                continue
            nearest = min(local, key=lambda f: min(abs(f.cue.start - start), abs(f.cue.start - end)))
            if nearest.cue.kb_id_ in CONTRIBUTING and marker_before(doc, start, sent.start) in CONTRIBUTION_MARKERS:
                continue  # "sich am Wiederaufbau beteiligen": what one pays into, not what one gives
            if nearest.cue.kb_id_ in CLOSING and item.amount is not None:
                continue  # "die Titel schlossen ... auf 13,05 Euro": a price closes, not a shelter
            if nearest.kind == "exclude" and _in_next_coordinated_clause(doc, nearest.cue.end, start):
                continue  # "verzichtete auf den Wagen und fuhr in die Unterkunft": not what is turned down
            if nearest.kind == "exclude" and exclusions.in_other_reason(doc, sent, nearest.cue, start):
                continue  # "müssen auf Nachwuchs verzichten, weil ... die nötigen Medikamente": not what is ruled out
            # "keine Soldaten schicken, sondern nur Geld": what follows "sondern" is still given
            # (not "lehnt nicht nur Soldaten, sondern auch Panzer ab": both are ruled out)
            instead = not negated and any(doc[k].lower_ == "sondern" and any(negates(doc, j) for j in range(sent.start, k))
                                          for k in range(sent.start, start))
            if (nearest.kind == "exclude" and not instead) or negated:
                nearest.excluded.append(item)
                if negated and _denied(doc, sent, start):
                    denied.add(id(item))
            else:
                nearest.offered.append(item)
        for found in results:
            if found.kind == "offer" and not found.offered and found.cue.kb_id_ in BY_MANNER:
                manner = self._manner(doc, sent, found.cue)
                if manner is not None:
                    found.offered.append(manner)  # "unterstützt die Rebellen finanziell"
        for found in results:
            if found.kind == "offer" and not found.offered and found.cue.kb_id_ == "im Stich lassen":
                # "Wir werden Haiti nicht im Stich lassen": support, promised by denying abandonment
                k = next((j for j in range(max(sent.start, found.cue.start - 3), found.cue.start)
                          if doc[j].lower_ == "im"), found.cue.start)
                begin, finish, text = span_text(doc, k, found.cue.end)
                found.offered.append(AidItem(text=text, category="UnspecifiedAid", span=TextSpan(begin, finish, text)))
            if found.cue.kb_id_ in CIVILIAN_ONLY:
                # "plant Luftangriffe auf Aleppo", "stellt neue Truppen auf": planned or built help is civilian
                found.offered = [item for item in found.offered if item.category not in MILITARY]
            if not found.recipients and found.cue.kb_id_ not in SHELTER_FOUND:  # "fanden ... Syrer Zuflucht": people
                # also what an exclusion withholds from whom: "die Ausfuhr von Panzern nach Saudi-Arabien gestoppt"
                # (not one listed with the giver: "die von Saudi-Arabien und Katar unterstützten Rebellen")
                found.recipients = [key for key in self._recipients(doc, sent, found, index, item_tokens)
                                    if key not in found.co_providers]
            if found.kind == "offer" and not found.recipients and found.cue.kb_id_ not in SHELTER_FOUND:
                found.recipients = self._recipients_repeated(doc, sent, found, index, results)
            if found.kind == "offer" and not found.recipients:
                found.beneficiaries = self._beneficiaries(doc, sent, found.cue, item_tokens, index)
                if found.cue.kb_id_ in AT_WORK:
                    # "waren 70.000 Sicherheitskräfte im Einsatz": who is at work (the subject, or the
                    # root "im Einsatz" depends on in a copula's parse) helps, is not helped
                    found.beneficiaries = [b for b in found.beneficiaries if not any(
                        t.dep_ in ("nsubj", "nsubj:pass", "ROOT")
                        for t in doc.char_span(b.start, b.end, alignment_mode="expand"))]
            if found.kind == "offer":
                found.adversaries = self._by_marker(doc, sent, index, {"gegen"}, item_tokens)
                found.places = self._by_marker(doc, sent, index, {"in", "im"}, item_tokens, places=True)
                funded = found.cue.kb_id_ in FUNDED_BY_AGENT and _participle_after_agent(doc, sent, found.cue)
                if not found.offered and (found.cue.kb_id_ in GIVING or funded) and not (
                        found.cue[0].lower_ in AWARDING_FORMS and not found.recipients):
                    # "Die Stadt Wien spendete einige dieser Anlagen": what is given, even if the
                    # lexicon has no word for it.
                    given = self._direct_object(doc, found.cue, index)
                    if given is not None and {w.lower() for w in given.text.split()} & (MESSAGES | FINDINGS | NOT_GOODS):
                        given = None  # "eine Botschaft senden", "eine Grundlage liefern" send no help
                    if given is not None and not any(x.span.start <= given.span.start < x.span.end
                                                     or given.span.start <= x.span.start < given.span.end
                                                     for x in found.excluded):
                        found.offered.append(given)  # not "keine Waffen", already excluded
                elif not found.offered and found.cue.kb_id_ in AT_WORK:
                    members = self._members(doc, sent, found.cue)
                    if members is not None:
                        found.offered.append(members)  # "Die Mitarbeiter des THW sind im Dauereinsatz"
                elif found.cue.kb_id_ in TASK_PREPOSITIONS:
                    task = self._task(doc, sent, found.cue, index)
                    if task is not None and all(task.span.start <= item.span.start < task.span.end
                                                for item in found.offered):
                        found.offered = [task]  # "beim Aufbau von Zeltkliniken", not just "Zeltkliniken"
                if not found.offered and found.cue.kb_id_ in RESCUE_WORK \
                        and self._rescue_service(index, found.provider):
                    found.offered.append(work_item(doc, found.cue))  # "Die Feuerwehr war im Einsatz"
            elif not found.excluded and not found.offered and found.cue.kb_id_ not in CARRYING | WORDED_ONLY | CLOSING \
                    and not (found.cue.kb_id_ in cues_requiring_items()
                             and self._stops_people(doc, sent, found.cue)) \
                    and not (found.kind == "exclude" and exclusions.ruled_out_noun(found, results)):
                # "werden uns nicht an einem Krieg beteiligen", "schließt einen Kampfeinsatz aus"
                # (but "hat noch nie eine Lösung gebracht" carries nothing the lexicon calls help)
                fallback = self._task(doc, sent, found.cue, index) or self._object_phrase(doc, sent, found.cue, index)
                if fallback is not None:
                    found.excluded.append(fallback)
        for found in results:
            if found.kind == "offer" and found.excluded and not found.offered \
                    and all(id(item) in denied for item in found.excluded) \
                    and not any(t.lower_ in CONTRASTS for t in sent):
                # "Keine Soldaten schickt Deutschland", "dass Polen keinen Beitrag zur Aufnahme leiste":
                # a cue all of whose help is denied gives none; its parties are read as the cue's
                # without the negation. Not so "unterstützt die Ukraine, aber nicht mit Soldaten" or
                # "will Ausbilder, aber keine Kampftruppen stellen", which give what the lexicon may not name.
                found.kind = "exclude"
            if found.kind == "exclude":
                found.status = "offered"  # "liefert nie Waffen": nothing ruled out is delivered; the merge refuses it
            if found.kind == "exclude" and found.provider is None:
                # "Ein Einsatz deutscher Bodentruppen ist ausgeschlossen"; else the paragraph's giver
                found.provider = self._owner_of_items(doc, found.excluded, index) or \
                    self._inherited_provider(index, number) or self._home_giver(doc, sent, found.cue, index)
            elif found.kind == "offer" and found.cue.kb_id_ in ANNOUNCING and found.provider is not None:
                # "Die Regierung in Warschau kündigte die Stationierung von US-Waffen an": the
                # announcer receives what another state gives.
                owner = self._owner_of_items(doc, found.offered, index)
                if owner is not None and owner != index.principal(found.provider):
                    if index.category(found.provider) == "Country" and not found.recipients:
                        found.recipients = [found.provider]
                    found.provider, found.co_providers = owner, []
        # "unterstützt die Ausschussvorsitzende Doris Bures": backing a person with nothing given
        results = [f for f in results if not (f.cue.kb_id_ in BACKING and not f.offered and f.recipients
                                              and all(index.category(r) == "Person" for r in f.recipients))]
        exclusions.tidy(self, doc, sent, results, index)
        results = self._refusals(results)
        # "das Angebot des Irans, dem Irak ... zu helfen": the infinitive belongs to the noun.
        merged: list[_Found] = []
        for found in results:
            if (not found.noun and found.kind == "offer" and is_infinitive_with_zu(found.cue[0])
                    and merged and merged[-1].noun and merged[-1].cue.start < found.cue.start):
                host = merged[-1]
                host.recipients += [r for r in found.recipients if r not in host.recipients and r != host.provider]
                host.offered += found.offered
                host.excluded += found.excluded
                host.adversaries += [a for a in found.adversaries if a not in host.adversaries]
                continue
            merged.append(found)
        # A cue without a provider ("weitere Waffenlieferungen ... zugesagt") adds what it found
        # to the nearest offer of the sentence that has one.
        for found in [f for f in merged if f.kind == "offer" and f.provider is None]:
            hosts = [f for f in merged if f.kind == "offer" and f.provider is not None]
            if hosts:
                host = min(hosts, key=lambda h: abs(h.cue.start - found.cue.start))
                host.offered += found.offered
                host.excluded += found.excluded
                host.recipients += [r for r in found.recipients if r not in host.recipients and r != host.provider]
                merged.remove(found)
        # "Deutschland und Frankreich liefern Waffen": the same offer from each of them
        for found in list(merged):
            for co in found.co_providers:
                merged.append(replace(found, provider=co, co_providers=[], recipients=list(found.recipients),
                                      offered=list(found.offered), excluded=list(found.excluded)))
        return merged

    def _rescue_service(self, index: EntityIndex, key: str | None) -> bool:
        return key is not None and key in index.actors \
            and is_rescue_service(index.actors[key].label, self.lexicon.rescue_services)

    def _called_out(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, number: int) -> list[_Found]:
        """ "Die Wiener Feuerwehr wurde alarmiert", "Die Polizei alarmierte die Bergrettung": each
        emergency service called out turns out to help; anyone else called out gives nothing."""
        services = services_called_out(doc, sent, cue, index, self.lexicon.rescue_services, self._is_actor)
        if not services:
            return []
        found = _Found(cue=cue, kind="offer", provider=services[0], sentence=number, status="delivered",
                       co_providers=services[1:])
        found.offered.append(work_item(doc, cue))
        return [found]

    def _passive(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> tuple[str, str | None] | None:
        """Agent and patient of a participle: "die vom Iran unterstützten Houthi-Rebellen",
        "bewaffnet von den Amerikanern, nutzt die YPG ...", "X wird von Y unterstützt"."""
        agent = None
        # The agent phrase after the participle first ("unterstützt durch die Luftangriffe der
        # Russen"), then before it ("die vom Iran unterstützten").
        after = []
        for i in range(cue.end, min(sent.end, cue.end + 3)):
            after.append(i)
            if is_noun_like(doc[i]):
                break  # "unterstützten Regierung von Assad": that "von" belongs to the noun
        # In a passive clause the agent may stand far before the final participle ("wurden von
        # der EU ... für die Türkei versprochen"); otherwise it stays close to it.
        clause_start, clause_end = clause_bounds(sent, cue.start)
        while clause_start - 2 > sent.start and doc[clause_start - 1].text == "," \
                and clause_start - 2 in index.by_token and doc[clause_start].lower_ in DEFINITE_ARTICLES \
                and clause_start + 1 in index.by_token:
            # "wurde von der EU, dem Bund und dem Land Bayern finanziert": a comma listing the
            # agents ends no clause
            clause_start = clause_bounds(sent, clause_start - 2)[0]
        passive_clause = any(doc[i].lower_ in PASSIVE_AUXILIARIES for i in range(clause_start, clause_end))
        reach = clause_start if passive_clause else max(sent.start, cue.start - 5)
        if passive_clause and cue.start == clause_start and cue.end < sent.end \
                and doc[cue.end].lower_ in PASSIVE_AUXILIARIES:
            # "Unterstützt wurde Franz Stephan dabei von Wolfgang von Kempelen": a participle
            # opening its passive clause has the agent anywhere after it
            after = list(range(cue.end, clause_end))
        window = [*after, *range(cue.start - 1, reach - 1, -1)]
        # "wird aus Russland bezahlt", "aus Mitteln der EU finanziert": who money comes from pays;
        # "wurden zwei Löschflugzeuge aus Italien entsandt": who help is sent from sends it
        markers = ("von", "vom", "durch", "aus") if cue.kb_id_ in PAYING | SENDING else ("von", "vom", "durch")
        origin = False
        for i in window:
            if doc[i].lower_ == "aus" and cue.kb_id_ not in PAYING and not (
                    passive_clause and clause_start <= i < clause_end):
                continue  # "aus Italien entsandt, Rumänien schickte ...": the origin of a passive only
            if doc[i].lower_ in markers and i != cue.start:
                agent = self._agent_at(doc, sent, index, i + 1)
                origin = doc[i].lower_ == "aus"
                if agent is not None:
                    # "die von Saudi-Arabien und Katar unterstützten Rebellen": an agent phrase
                    # before an inflected participle and its noun lists givers too
                    before_attribute = i < cue.start and _declined_before_noun(doc, sent, cue)
                    if passive_clause or before_attribute or _is_attributive(doc, sent, cue):
                        # (not for a finite verb that only looks like a participle: "der Bund
                        # Steuergelder zur Kofinanzierung von NPR und PBS einsetzt")
                        self._co_agents = self._co_listed(doc, sent, index, agent, i + 1)
                    break
        if agent is None:
            return self._agentless_passive(doc, sent, cue, index)
        # The supported party: the noun phrase the participle qualifies ("die vom Iran
        # unterstützten Houthi-Rebellen"), else the subject of the clause ("Bewaffnet von den
        # Amerikanern, nutzt die YPG ..."), never a genitive attribute ("der Russen").
        k = skip_adjectives(doc, cue.end, sent.end)
        fronted = cue.end < sent.end and doc[cue.end].text == ","
        patient = None if fronted or k >= sent.end else self._is_actor(index, k)
        if patient is None and not fronted and k < sent.end and is_noun_like(doc[k]):
            if cue.kb_id_ not in ACCUSATIVE_RECIPIENT | BACKING and (
                    self._names_help(doc, cue.end, sent.end)
                    or any(start == cue.end or start == k for start, _ in self._money(doc, sent))):
                return agent, None  # "die von der EU zugesagten drei Milliarden Euro": what the agent gives
            if cue.kb_id_ in BACKING and self.lexicon.is_beneficiary(doc[k].text):
                # "die von der Türkei unterstützten Milizen der SNA": their owner; "Die Hisbollah … Die
                # vom Iran unterstützte Miliz": the armed group named last; else fighters kg does not
                # name ("die vom Iran unterstützten schiitischen Milizen")
                owner = self._actor_after_articles(doc, sent, index, k + 1) \
                    if k + 1 < sent.end and doc[k + 1].lower_ in ("der", "des") else None
                return agent, owner or self._armed_group_referred_to(doc, index, k, agent)
            if cue.kb_id_ in FUNDED_BY_AGENT and _funded_undertaking(self.lexicon, doc[k]) \
                    and not (cue.kb_id_ == "fördern" and _extracted(doc[k])):
                # "die vom Wissenschaftsfonds finanzierte Studie": money for the thing named, as in
                # "Die Studie wird vom Wissenschaftsfonds finanziert"
                return agent, None
            return None  # "die von Russland unterstützten Truppen": the supported are not named
        if patient is None and cue.start - 2 >= sent.start and doc[cue.start - 1].text == ",":
            # "Die YPG, unterstützt von den USA, rückt vor": a participle set off after a name qualifies it
            # (not "Bewaffnet von den Amerikanern, unterstützt von ...": an agent before the comma)
            before = self._is_actor(index, cue.start - 2)
            first = cue.start - 2
            while first - 1 >= sent.start and index.key_at(first - 1) == before:
                first -= 1
            named = before is not None and marker_before(doc, first, sent.start) in (None, "die", "der", "das")
            patient = before if named and index.principal(before) != index.principal(agent) else None
        if patient is None:
            for i, key in self._actor_mentions(doc, sent, index, set()):
                marker = marker_before(doc, i, sent.start)
                genitive = is_genitive_attribute(doc, i, sent.start)
                if origin and i >= clause_end:
                    break  # "wurden Löschflugzeuge aus Italien entsandt, Rumänien schickte ...": another giver
                if key != agent and index.principal(key) != index.principal(agent) and not genitive and \
                        marker in (None, "die", "der", "das") and i > cue.start:
                    patient = key
                    break
        return agent, patient

    def _co_listed(self, doc: Doc, sent: Span, index: EntityIndex, key: str, start: int) -> list[str]:
        """The actors listed with ``key`` whose phrase starts at ``start``: "von den Bergrettungen
        Riezlern, Mittelberg und Oberstdorf" lists three."""
        first = next((j for j in range(start, min(sent.end, start + 6)) if self._is_actor(index, j) == key), None)
        chain = self._coordination(doc, sent, index, first) if first is not None else []
        shared = self._sharing_the_mention(index, first, key) if first is not None else []
        return [other for _, other in chain if other != key] + shared

    @staticmethod
    def _state_adjective_in(head, index: EntityIndex, before: int) -> str | None:
        """The state whose adjective or prefix a phrase carries before ``before``: "der deutschen
        Panzerbrigade", "Eine französische Militärintervention"."""
        for token in head.subtree:
            hit = index.by_token.get(token.i)
            if token.i < before and hit and hit[1] in ("adjective", "prefix") and index.category(hit[0]) == "Country":
                return hit[0]
        return None

    @staticmethod
    def _owner_of_items(doc: Doc, items: list[AidItem], index: EntityIndex) -> str | None:
        """Whose help an item is: "Ein Einsatz deutscher Bodentruppen ist ausgeschlossen",
        "die Stationierung von US-Waffen" (a state's adjective or prefix inside the item)."""
        for item in items:
            for token in _item_span(doc, item) or ():
                hit = index.by_token.get(token.i)
                if hit and hit[1] in ("adjective", "prefix") and index.category(hit[0]) == "Country":
                    return hit[0]  # "deutscher Bodentruppen", "US-Waffen"
        return None

    def _deployments(self, doc: Doc, sent: Span, number: int, index: EntityIndex) -> list[_Found]:
        """ "UN-Soldaten ... in der Demokratischen Republik Kongo", "die EU-Mission im Kongo": an
        international organisation's troops or mission in a country are help deployed there."""
        found = []
        for token in sent:
            hit = index.by_token.get(token.i)
            head = token.lower_.rpartition("-")[2]
            if not hit or hit[1] != "prefix" or head not in DEPLOYMENT_HEADS \
                    or index.category(hit[0]) != "Organization":
                continue
            start, end = clause_bounds(sent, token.i)
            hosts = [key for i in range(start, end) if (key := self._is_actor(index, i)) is not None
                     and key.startswith("country:") and marker_before(doc, i, sent.start) in ("in", "im")
                     and (i == 0 or index.key_at(i - 1) != key)]
            if not hosts:
                continue
            cue = Span(doc, token.i, token.i + 1, label="aid_noun", kb_id="entsenden")
            deployed = _Found(cue=cue, kind="offer", provider=hit[0], sentence=number, noun=True, status="delivered")
            deployed.recipients = hosts[:1]
            deployed.offered.append(AidItem(text=token.text, category=self.lexicon.category_of(head) or "Troops",
                                            span=TextSpan(token.idx, token.idx + len(token), token.text)))
            found.append(deployed)
        return found

    def _deployments_by_noun(self, doc: Doc, sent: Span, number: int, index: EntityIndex) -> list[_Found]:
        """ "die Entsendung deutscher Soldaten nach Mali", "die Stationierung von US-Truppen in
        Polen": troops or arms whose adjective or prefix names a state, sent to a named state, are
        help that state offers it, whoever speaks of it."""
        found = []
        for token in sent:
            if not token.lower_.endswith(DEPLOYING_NOUNS):
                continue
            start, end = clause_bounds(sent, token.i)
            # "steht nicht zur Debatte", "wäre ein Fehler", "wurde beendet", "die Debatte über die
            # Entsendung": a deployment denied, supposed, ended or only argued about
            if any(negates(doc, k) for k in range(start, end)) or any(
                    t.lemma_ in ENDING_VERBS or "Sub" in t.morph.get("Mood") or t.lower_ in DEBATED
                    for t in doc[start:end]):
                continue
            k = token.i + 1
            if k < end and doc[k].lower_ == "von":
                k += 1
            while k < end and (doc[k].pos_ in ("DET", "NUM") or is_adjective_like(doc[k])):
                k += 1
            if k >= end or self.lexicon.category_of(doc[k].text) not in MILITARY:
                continue
            sender = next((hit[0] for j in range(token.i + 1, k + 1) if (hit := index.by_token.get(j))
                           and hit[1] in ("adjective", "prefix") and index.category(hit[0]) == "Country"), None)
            force = self._is_actor(index, k)
            if sender is None and force is not None and self._state_of_force(index.actors[force]):
                sender = force  # "von US-Truppen": a state's force named as an actor of its own
            host = next((key for j in range(k + 2, min(end, k + 4)) if doc[j - 1].lower_ in DESTINATION_MARKERS
                         and (key := self._is_actor(index, j)) is not None and index.category(key) == "Country"), None)
            if sender is None or host is None or sender == host:
                continue
            cue = Span(doc, token.i, token.i + 1, label="aid_noun", kb_id="entsenden")
            deployment = _Found(cue=cue, kind="offer", provider=sender, sentence=number, noun=True,
                                status="offered", recipients=[host])
            begin, finish, text = span_text(doc, token.i, k + 1)
            deployment.offered.append(AidItem(text=text, category=self.lexicon.category_of(doc[k].text),
                                              span=TextSpan(begin, finish, text)))
            found.append(deployment)
        return found

    def _exile_hosts(self, doc: Doc, sent: Span, number: int, index: EntityIndex) -> list[_Found]:
        """ "war ins Exil nach Saudi-Arabien geflohen", "floh ins Exil beim Bündnispartner Katar",
        "ging ins britische Exil": the state that takes in an exile gives refuge (the guidelines count
        asylum given), to the clause's subject when it is named. An exile without a host state ("die
        ins Exil geflohene Opposition") records nothing, nor does living in exile ("lebt im Exil in
        Portugal"), which the annotations leave out as a state of affairs."""
        found = []
        for token in sent:
            if not token.lower_.endswith(EXILE) or token.i in index.by_token \
                    or marker_before(doc, token.i, sent.start) != "ins":
                continue  # going into exile, not living in it ("der seit 2007 im Exil in Portugal lebt")
            start, end = clause_bounds(sent, token.i)
            if any(negates(doc, k) for k in range(start, token.i)):
                continue  # "ging nicht ins Exil nach Katar"
            if any(doc[k].lemma_ in BANISHING for k in range(start, end)):
                continue  # "schickte Solschenizyn ins Exil nach Deutschland": sent away, not taken in
            host = self._state_adjective_in(token, index, token.i)  # "ins saudi-arabische Exil"
            for j in range(token.i + 1, min(end, token.i + 1 + EXILE_HOST_REACH)):
                key = self._is_actor(index, j)
                if key is not None and index.category(key) == "Country" \
                        and any(doc[k].lower_ in HOST_MARKERS for k in range(token.i + 1, j)):
                    host = host or key  # "ins Exil nach Saudi-Arabien", "beim Bündnispartner Saudi-Arabien"
                    break
            if host is None:
                continue
            verb = self._nearest_verb(token)
            # the exile is the subject: a person, rather than the state named with him ("Jemens Präsident Hadi")
            named = [key for c in (doc[verb].children if verb is not None else ()) if c.dep_ == "nsubj"
                     for t in c.subtree if (key := self._is_actor(index, t.i)) is not None]
            subject = min(named, key=lambda key: index.category(key) != "Person", default=None)
            cue = Span(doc, token.i, token.i + 1, label="aid_noun", kb_id="Zuflucht")
            refuge = _Found(cue=cue, kind="offer", provider=host, sentence=number, noun=True, status="delivered",
                            recipients=[subject] if subject is not None and subject != host else [])
            refuge.offered.append(AidItem(text=token.text, category="Shelter",
                                          span=TextSpan(token.idx, token.idx + len(token), token.text)))
            found.append(refuge)
        return found

    def _negotiated_packages(self, doc: Doc, sent: Span, number: int, index: EntityIndex) -> list[_Found]:
        """ "Die EU und der IWF verhandeln mit Athen über ein drittes Hilfspaket", "Die Verhandlungen
        über neue Kredite für die Ukraine haben begonnen. Die Gespräche führen der IWF und die
        Weltbank": the organisations that negotiate a loan or package offer it, to the state it is for
        (or the state they negotiate with). Only organisations give here: a state at the table may be
        the one that asks ("Griechenland verhandelt mit den Geldgebern über ein Hilfspaket")."""
        if not any(is_negotiation(t) for t in sent) or self._talks_stopped(doc, sent):
            return []
        # a package of help or rescue ("Hilfspaket", "Rettungskredite") or for a state ("neue Kredite für
        # die Ukraine"), not any loan ("verhandelt mit Investoren über Kredite für Unternehmen")
        package = next((t for t in sent if self.lexicon.category_of(t.text) in ECONOMIC
                        and (t.lower_.startswith(RESCUE_PACKAGE_PREFIXES)
                             or index.category(self._for_whom(doc, sent, t, index) or "") == "Country")
                        and t.i not in index.by_token and self._negotiated_about(doc, sent, t)), None)
        if package is not None:
            begin, finish, text = span_text(doc, self._phrase_start(doc, sent, package.i), package.i + 1)
            item = AidItem(text=text, category="FinancialAid", span=TextSpan(begin, finish, text))
            recipient = self._for_whom(doc, sent, package, index)
            self._negotiation = (number, item, recipient)
        elif self._negotiation is not None and number - self._negotiation[0] <= NEGOTIATION_REACH \
                and any(is_negotiation(t) and marker_before(doc, t.i, sent.start) in DEFINITE_ARTICLES for t in sent):
            _, item, recipient = self._negotiation  # "Die Gespräche führen ...": the talks just told of
        else:
            return []
        mentions = [(i, key) for i, key in self._actor_mentions(doc, sent, index, set())
                    if not self._reporting_clause(doc, sent, i) and not self._speech_in_clause(doc, sent, i)]
        if recipient is None:
            recipient = next((key for _i, key in mentions if index.category(key) == "Country"), None)
        lenders = list(dict.fromkeys(key for _i, key in mentions if index.category(key) == "Organization"
                                     and key != recipient))
        talks = next(t for t in sent if is_negotiation(t))
        found = []
        for lender in lenders:
            cue = Span(doc, talks.i, talks.i + 1, label="aid_noun", kb_id="Verhandlung")
            offer = _Found(cue=cue, kind="offer", provider=lender, sentence=number, noun=True, status="offered",
                           recipients=[recipient] if recipient is not None else [])
            offer.offered.append(item)
            found.append(offer)
        return found

    def _for_whom(self, doc: Doc, sent: Span, token, index: EntityIndex) -> str | None:
        """The actor named by "für" right after the noun at ``token``: "Kredite für die Ukraine"."""
        after = token.i + 1
        return self._actor_after_articles(doc, sent, index, after + 1) \
            if after < sent.end and doc[after].lower_ == "für" else None

    def _talks_stopped(self, doc: Doc, sent: Span) -> bool:
        """ "Der IWF hat die Gespräche über ein Hilfspaket abgebrochen": talks ended, failed or ruled
        out offer nothing."""
        return any(t.lemma_ in ENDING_VERBS for t in sent) or any(
            c.label_ in ("aid_exclude", "aid_refuse") and sent.start <= c.start < sent.end
            for c in doc.spans.get(self.cues_key, []))

    def _paying_verb_in_clause(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether a verb of paying ("finanziert", "bezahlt") stands in the clause of ``cue``."""
        start, end = clause_bounds(sent, cue.start)
        return any(c.label_ == "aid_offer" and c.kb_id_ in PAYING and start <= c.start < end
                   for c in doc.spans.get(self.cues_key, []))

    def _negotiated_about(self, doc: Doc, sent: Span, token) -> bool:
        """Whether a noun is what talks are about: "über ein drittes Hilfspaket"."""
        k = self._phrase_start(doc, sent, token.i) - 1
        return k >= sent.start and doc[k].lower_ == "über"

    @staticmethod
    def _phrase_start(doc: Doc, sent: Span, i: int) -> int:
        """Where the noun phrase of the noun at ``i`` begins: its articles, numbers and adjectives."""
        k = i
        while k - 1 >= sent.start and (doc[k - 1].pos_ in ("DET", "NUM") or is_adjective_like(doc[k - 1])):
            k -= 1
        return k

    def _supporters(self, doc: Doc, sent: Span, number: int, index: EntityIndex) -> list[_Found]:
        """ "Russland ist der wichtigste Waffenlieferant Syriens", "Der größte Geldgeber des
        Hilfswerks sind die USA": a state or organisation called, by a copula, the giver of another
        gives it help."""
        found = []
        for token in sent:
            if token.lower_ not in SUPPORTER_NOUNS or token.i in index.by_token:
                continue
            start, end = clause_bounds(sent, token.i)
            if not any(doc[k].lower_ in COPULAS for k in range(start, end)) \
                    or any(negates(doc, k) for k in range(start, token.i)):
                continue  # "Russland ist nicht mehr der wichtigste Waffenlieferant Syriens"
            k = token.i + 1
            recipient = self._is_actor(index, k) if k < end and doc[k].text.endswith("s") else None
            if recipient is None and k < end and doc[k].lower_ in ("der", "des", "für"):
                recipient = self._agent_at(doc, sent, index, k + 1)
            if recipient is None:
                continue
            # the giver: the copula's other side, named without a preposition ("nach den USA" ranks)
            # (a person backing another is politics: "Der Milliardär ist ein Unterstützer Trumps")
            givers = [key for i in range(start, end) if (key := self._is_actor(index, i)) is not None
                      and index.category(key) != "Person" and index.category(recipient) != "Person"
                      and key != recipient and not (i > token.i and i <= token.i + 3)
                      and marker_before(doc, i, sent.start) in (None, "die", "der", "das")
                      and not is_genitive_attribute(doc, i, sent.start)  # "Nach Angaben der UNO ist …"
                      and index.key_at(i - 1) != key]
            if not givers:
                continue
            cue = Span(doc, token.i, token.i + 1, label="aid_noun", kb_id="unterstützen")
            supporter = _Found(cue=cue, kind="offer", provider=givers[0], sentence=number, noun=True,
                               status="delivered", recipients=[recipient])
            supporter.offered.append(AidItem(text=token.text, category=self.lexicon.category_of(token.text)
                                             or "UnspecifiedAid",
                                             span=TextSpan(token.idx, token.idx + len(token), token.text)))
            found.append(supporter)
        return found

    def _received(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, skip: set[int]) -> tuple[str, str] | None:
        """ "Die Türkei erhält von der EU drei Milliarden Euro": (giver, receiver), or None when
        no von-phrase names the giver."""
        start, end = clause_bounds(sent, cue.start)
        giver = next((agent for i in range(start, end) if doc[i].lower_ in ("von", "vom")
                      and (agent := self._agent_at(doc, sent, index, i + 1)) is not None), None)
        if giver is None:
            # "erhält ein drittes Hilfspaket der Euro-Staaten", "bekam Kredite des IWF": the
            # genitive of the help received gives it
            giver = next((agent for k in range(start, end - 2) if k > cue.start
                          and self.lexicon.category_of(doc[k].text) is not None and k not in index.by_token
                          and doc[k + 1].lower_ in ("der", "des")
                          and (agent := self._agent_at(doc, sent, index, k + 2)) is not None), None)
        if giver is None:
            # "Die Rebellen erhalten Waffen aus Saudi-Arabien", "erhält aus Frankreich Waffen": where
            # the help received comes from
            giver = next((agent for k in range(cue.end, end - 1) if doc[k].lower_ == "aus"
                          and (k == cue.end or self.lexicon.category_of(doc[k - 1].text) is not None)
                          and (agent := self._agent_at(doc, sent, index, k + 1)) is not None), None)
        receiver = self._subject(doc, sent, cue, index, skip)
        if receiver is None and giver is not None and any(
                self.lexicon.is_beneficiary(t.text) for t in doc[start:cue.start] if is_noun_like(t)):
            return giver, None  # "Die Rebellen erhalten ...": help for people kg does not name
        if giver is None or receiver is None or index.principal(giver) == index.principal(receiver):
            return None
        return giver, receiver

    def _sheltered_by(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> tuple[str, None] | None:
        """ "Drei Syrer fanden Aufnahme bei der Caritas", "haben in der Türkei Zuflucht gefunden",
        "fanden Unterkunft in einem Heim der Diakonie": (host, None), the host a bei- or in-phrase's
        actor (not a person's: "fand Unterschlupf bei einem Freund"); those taken in are the subject.
        None when no phrase names a host ("fanden Aufnahme in Zelten")."""
        start, end = clause_bounds(sent, cue.start)
        if _found_shelter(doc, sent, cue) is None or any(
                doc[k].dep_.startswith("nsubj") and doc[k].lower_.endswith((*FIGHTERS, "täter"))
                for k in range(start, end)):
            return None  # not "Die Polizei fand die Leiche in der Unterkunft", nor IS-Kämpfer finding refuge
        for i in range(start, end):
            # a host where people stay (dative), not one they join ("fand Aufnahme in die EU")
            if not (doc[i].lower_ in ("bei", "beim", "im")
                    or doc[i].lower_ == "in" and i + 1 < end and doc[i + 1].lower_ in ("der", "dem", "einem", "einer")):
                continue
            j = i + 1
            while j < end and doc[j].lower_ in DETERMINERS:
                j += 1  # "in einem Heim der Caritas"
            host = self._agent_at(doc, sent, index, j)
            # "im Lustenauer Sozialzentrum": the town whose house it is (an actor, see
            # places.PlaceFinding._places_that_act), or its government where the article names it
            # ("Die Stadt Bregenz sucht Quartiere")
            town = next((t for k in range(i + 1, min(i + 4, end)) if (t := town_running_house(doc, index, k))), None)
            if town is not None and host in (None, town):
                label = index.places[town].label
                host = next((key for key, actor in index.actors.items() if _town_government(actor.label, label)),
                            town if town in index.actors else None)
            if host is not None and index.category(host) not in ("Person", None):
                return host, None
        return None

    def _arrived(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex,
                 items: list[tuple[AidItem, tuple[int, int], bool]]) -> tuple[str | None, str | None]:
        """ "Hilfsgüter aus Deutschland erreichten Nepal", "der deutsche Hilfsflug sei in Rangun
        eingetroffen": (giver, receiver) of help arriving. The giver is named with "aus" or in the
        items; the receiver is a state it arrives in or, for "erreichen", reaches."""
        start, end = clause_bounds(sent, cue.start)
        giver = next((agent for i in range(start, end) if doc[i].lower_ == "aus"
                      and (agent := self._agent_at(doc, sent, index, i + 1)) is not None), None)
        giver = giver or self._owner_of_items(doc, [item for item, (s, _e), _ in items if start <= s < end], index)
        if giver is None:
            # "Die ersten Soldaten der deutschen Panzerbrigade sind eingetroffen": a state's adjective
            # in the genitive that the arriving item's subject carries
            for _item, (s, e), _ in items:
                head = next((t for t in doc[s:e] if t.dep_ == "nsubj" and t.head.i == cue.root.i), None) \
                    if start <= s < end else None
                giver = self._state_adjective_in(head, index, cue.start) if head is not None else None
                if giver is not None:
                    break
        receiver = None
        for i, key in self._actor_mentions(doc, sent, index, set()):
            marker = marker_before(doc, i, sent.start)
            reached = cue.text.lower().startswith("erreich") and i > cue.start and marker not in ("aus", "von", "vom")
            if start <= i < end and index.category(key) == "Country" and key != giver \
                    and (marker in ("in", "im", "nach") or reached):
                receiver = key
                break
        return giver, receiver

    def _agentless_passive(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> tuple[None, str] | None:
        """ "Der Fonds soll mit drei Millionen unterstützt werden": the subject of a passive clause
        is the one helped; who helps is left to the sentences before (see ``_inherited_provider``)."""
        start, end = clause_bounds(sent, cue.start)
        if not any(doc[i].lower_ in PASSIVE_AUXILIARIES for i in range(start, end) if i != cue.start):
            return None
        if any(doc[i].lower_ in ("von", "vom", "durch") and not self._names_help(doc, i + 1, end)
               for i in range(start, end)):
            return None  # an agent kg does not know ("von den Geberländern"): not an unnamed one
        helped = self._subject(doc, sent, cue, index, set())
        if helped is not None and not (start <= self._first_mention(doc, sent, index, helped) < end):
            helped = None  # "..., es sollten in Polen Panzer stationiert werden": the place says who
        return None, helped

    @staticmethod
    def _carrying_idiom(doc: Doc, sent: Span, cue: Span) -> bool:
        """ "ins Spiel bringen", "zur Sprache bringen", "auf den Weg bringen": an idiom of the cue's clause."""
        start, end = clause_bounds(sent, cue.start)
        return any(doc[i].lower_ in IDIOM_PREPOSITIONS and any(doc[j].lower_ in CARRYING_IDIOMS for j in (i + 1, i + 2))
                   for i in range(start, min(end - 1, len(doc) - 2)))

    def _names_help(self, doc: Doc, k: int, end: int) -> bool:
        """Whether the phrase at ``k`` names help, as in "der Export von Granaten" (what is given,
        not who gives it)."""
        while k < end and (doc[k].lower_ in DETERMINERS or is_adjective_like(doc[k]) or doc[k].like_num):
            k += 1
        return k < end and is_noun_like(doc[k]) and self.lexicon.category_of(doc[k].text) is not None

    def _home_giver(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> str | None:
        """Who takes in, houses or rescues in an agentless passive: the article's own state ("Wien –
        ... Heuer sollen maximal 37.500 Flüchtlinge aufgenommen werden"), when the article names
        it as an actor and the clause names no other actor or place; with no dateline, the one state
        the clause puts it in."""
        if cue.kb_id_ not in HOME_CARE:
            return None
        start, end = clause_bounds(sent, cue.start)
        named = {index.key_at(i) for i in range(start, end)
                 if index.key_at(i) is not None and index.by_token[i][1] != "adjective"}
        hosts = {key for i in range(start, end) if (key := self._is_actor(index, i)) is not None
                 and index.category(key) == "Country" and marker_before(doc, i, sent.start) in ("in", "im")}
        home = index.dateline_state
        if home is None and len(hosts) == 1 and named == hosts:
            # "In Schweden wurden 160.000 Flüchtlinge aufgenommen": the state they are taken in (a
            # report from a dateline elsewhere leaves open who took them in)
            return hosts.pop()
        if home is None or home not in index.actors:
            return None
        if any(index.key_at(i) not in (None, home) and index.by_token[i][1] != "adjective" for i in range(start, end)):
            return None  # "In Ungarn wurden 300 Flüchtlinge aufgenommen": someone else's help
        return home

    def _first_mention(self, doc: Doc, sent: Span, index: EntityIndex, key: str) -> int:
        return next((i for i, k in self._actor_mentions(doc, sent, index, set()) if k == key), -1)

    def _inherited_provider(self, index: EntityIndex, number: int) -> str | None:
        """Who gives in an agentless passive: the state or organisation that says so ("Das
        US-Verteidigungsministerium teilte mit, es sollten Panzer stationiert werden"), else the
        provider of the last offer in this or the two sentences before (a paragraph that lists
        contributions)."""
        speaker = self._speakers.get(number)
        # a paper reports, it gives not; nor does "eine Sprecherin", an unnamed speaker (Other)
        if speaker is not None and index.category(speaker) not in ("Person", "Media", "Other"):
            principal = index.principal(speaker)
            helped = next((earlier.provider for earlier in reversed(self._found) if number - 4 <= earlier.sentence
                           and earlier.kind == "offer" and earlier.provider is not None
                           and principal in {index.principal(r) for r in earlier.recipients}), None)
            if helped is not None:
                # "Deutschland stockte seine Hilfe für den Sudan auf ... Die Mittel sollen nach Angaben des
                # Ministeriums an das WFP gehen": a speaker taken for the state helped just before does
                # not give; the giver of that help does
                return helped
            return principal if index.category(principal) is not None else speaker
        for earlier in reversed(self._found):
            if earlier.sentence < number - 2:
                break
            # also who just ruled out giving ("Österreich liefert keine Waffen. Zwar wurde der Export
            # von Granaten genehmigt"), not who declined help ("Platter lehnte Hubschrauber ab")
            if (earlier.kind == "offer" or earlier.cue.label_ == "aid_offer") and earlier.provider is not None:
                return earlier.provider
        return None

    def _agent_at(self, doc: Doc, sent: Span, index: EntityIndex, k: int) -> str | None:
        """The actor of a von/durch phrase: "von den Amerikanern", "durch die Luftangriffe der
        Russen", "von italienischen Schiffen" (a state's adjective on what acts for it)."""
        state_adjective = None
        while k < sent.end and (doc[k].lower_ in DEFINITE_ARTICLES
                                or is_adjective_like(doc[k])):
            hit = index.by_token.get(k)
            if hit and hit[1] == "adjective" and hit[0] in index.actors:
                state_adjective = hit[0]
            k += 1
        if k >= sent.end:
            return None
        hit = index.by_token.get(k)
        if hit and hit[0] in index.actors:
            return hit[0]
        if is_noun_like(doc[k]) and k + 1 < sent.end and doc[k + 1].lower_ in ("der", "des"):
            return self._agent_at(doc, sent, index, k + 2) or state_adjective
        named = index.by_token.get(k + 1) if is_noun_like(doc[k]) else None
        if named and named[1] == "name" and named[0] in index.actors:
            return named[0]  # "vom Wissenschaftsfonds FWF", "vom Emirat Katar": a noun before the name it describes
        return state_adjective

    def _noun_offer(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, number: int) -> _Found | None:
        """ "Moskaus Unterstützung für die syrische Armee", "die Hilfe Deutschlands für Griechenland",
        "zur Unterstützung der syrischen Armee": a noun for help with both parties named."""
        if cue.kb_id_ in FUNDS and (not self._with_help_of(doc, sent, cue, markers=PAYING_WITH)
                                    or self._paying_verb_in_clause(doc, sent, cue)):
            # "Mittel", "Gelder" are someone's help only as what is paid with ("mit Mitteln der EU
            # gebaut"), and a verb of paying reads them as its own item ("aus Mitteln der EU finanziert")
            return None
        purpose = cue.start > sent.start and doc[cue.start - 1].lower_ in ("zur", "zu")
        # "zur Unterstützung der syrischen Armee": after "zur" the genitive is the supported party.
        self._co_subjects = []
        provider = None if purpose else self._noun_provider(doc, cue, index)
        agents = None if purpose else self._givers_by_agent_phrase(doc, cue, index)
        by_agents = agents is not None and provider == agents[0][0]
        if by_agents:
            # "die Tranche der Hilfszahlungen durch EU, IWF und EZB": named givers, each giving
            found = self._noun_offer_by_agents(doc, sent, cue, index, number, agents)
            found.co_providers = [key for key in agents[0][1:] if key not in found.recipients]
            return found
        if self._with_help_of(doc, sent, cue, markers=PAYING_WITH if cue.kb_id_ in FUNDS else WITH) \
                and provider is not None:
            # "Die USA fliegen mit Unterstützung Großbritanniens Angriffe": the clause's subject is helped.
            # "Mit Hilfe des Roten Kreuzes wurden 2000 Menschen evakuiert": help given, to no named party.
            helped = self._subject(doc, sent, cue, index, set(range(cue.start, cue.end + 3)))
            if helped is not None and index.principal(helped) == index.principal(provider):
                return None
            found = _Found(cue=cue, kind="offer", provider=provider, sentence=number, noun=True, status="delivered")
            found.recipients = [helped] if helped else []
            found.offered.append(self._noun_item(doc, cue))
            return found
        recipient = None
        enacted = self._enacted(cue)
        k = self._past_noun_giver(doc, sent, cue, index, provider)
        phrase_start = doc[cue.end].idx if cue.end < len(doc) else doc[-1].idx + len(doc[-1].text_with_ws)
        if enacted:
            # "Finanzhilfen in Höhe von 450 Millionen Dollar für Kolumbien zugesagt"
            clause_end = clause_bounds(sent, cue.start)[1]
            k = next((j for j in range(cue.end, min(clause_end, cue.end + 10)) if doc[j].lower_ in ("für", "an")), k)
        if k < sent.end and doc[k].lower_ in ("für", "an"):
            k += 1
        elif k < sent.end and doc[k].lower_ in ("der", "des") and provider is None:
            pass
        else:
            k = None
        if k is not None:
            recipient = self._actor_after_articles(doc, sent, index, k) or self._owner_of_action(doc, sent, index, k)
        beneficiaries = []
        if recipient is None and k is not None and k < sent.end and provider is not None:
            # "türkische Hilfe für uigurische Flüchtlinge": help for people no actor stands for
            beneficiaries = [b for b in self._beneficiaries(doc, sent, cue, set()) if b.start >= phrase_start]
        if recipient is None and not beneficiaries and enacted:
            # "die Regierung leiste große Unterstützung": the clause's subject grants help, to
            # no named party, or to the genitive of an action noun ("Ausrüstung und logistische
            # Unterstützung der ukrainischen Streitkräfte ausgeben")
            giver = self._subject(doc, sent, cue, index, set())
            objective = provider is not None and cue[0].lower_ in OBJECTIVE_GENITIVE_NOUNS
            if giver is None or (provider is not None and not objective):
                return None
            promised = _verb_forms(self._granting_verb(cue)) & (PROMISING_VERBS | APPROVING_VERBS)
            found = _Found(cue=cue, kind="offer", provider=giver, sentence=number, noun=True,
                           status="offered" if promised else "delivered")
            if objective and index.principal(provider) != index.principal(giver):
                found.recipients = [provider]
            found.offered.append(self._noun_item(doc, cue))
            return found
        if recipient is None and not beneficiaries:
            if provider is not None and self._declined(doc, sent, cue):
                # "Ungarn hat die Hilfe Kroatiens abgelehnt": the offer whose receiver
                # _refusals names by who declines it
                found = _Found(cue=cue, kind="offer", provider=provider, sentence=number, noun=True, status="offered")
                found.offered.append(self._noun_item(doc, cue))
                return found
            return None
        if recipient is None:
            found = _Found(cue=cue, kind="offer", provider=provider, sentence=number, noun=True, status="delivered")
            found.beneficiaries = beneficiaries[:1]
            found.offered.append(self._noun_item(doc, cue))
            return found
        if provider is None and (purpose or enacted):
            # "Russland fliegt zur Unterstützung der syrischen Armee Luftangriffe", "Kerry sagte
            # Kolumbien Finanzhilfen zu": the clause's subject gives. Not so for "Russland
            # kritisierte die Hilfe für die Ukraine".
            provider = self._subject(doc, sent, cue, index, set())
        if provider is None or index.principal(provider) == index.principal(recipient):
            return None
        promised = enacted and _verb_forms(self._granting_verb(cue)) & (PROMISING_VERBS | APPROVING_VERBS)
        found = _Found(cue=cue, kind="offer", provider=provider, sentence=number, noun=True,
                       status="offered" if promised else "delivered")
        found.recipients = [recipient]
        found.offered.append(self._noun_item(doc, cue))
        return found

    def _owner_of_action(self, doc: Doc, sent: Span, index: EntityIndex, k: int) -> str | None:
        """ "die Unterstützung Chinas für den Feldzug der sudanesischen Regierung", "Hilfe für den
        Wiederaufbau Syriens": help for someone's war or undertaking helps its owner."""
        while k < sent.end and (doc[k].lower_ in DEFINITE_ARTICLES or is_adjective_like(doc[k])):
            k += 1
        if k + 1 >= sent.end or not doc[k].lower_.endswith(MILITARY_ACTIONS + REBUILDING + UNDERTAKINGS):
            return None
        if doc[k + 1].text.endswith("s") and (owner := self._is_actor(index, k + 1)) is not None:
            return owner  # "den Wiederaufbau Syriens"
        return self._actor_after_articles(doc, sent, index, k + 2) if doc[k + 1].lower_ in ("der", "des") else None

    def _giver_of_what_there_is(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex,
                                item_tokens: set[int]) -> str | None:
        """Who gives what "es gibt" from them: "Geld gibt es von Frankreich", "gibt es Waffen vom
        Iran"; not the von-phrase of another noun ("gibt es Kritik von Frankreich an der Hilfe")."""
        start, end = clause_bounds(sent, cue.start)
        # a fronted von-phrase gives only what is an item: "Von Frankreich gibt es Geld", not "Von
        # Frankreich gibt es Kritik an der Militärhilfe"
        there_is = next((t for t in doc[cue.end:end] if is_noun_like(t) and t.lower_ != "es"), None)
        fronted_gives = there_is is not None and there_is.i in item_tokens
        for k in range(start, end - 1):
            if doc[k].lower_ in ("von", "vom") and (k == start and fronted_gives or doc[k - 1].lower_ == "es"
                                                    or k - 1 in item_tokens or cue.start <= k - 1 < cue.end):
                giver = self._agent_at(doc, sent, index, k + 1)
                if giver is not None:
                    return giver
        return None

    def _declined(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether a refusal cue ("ablehnen", "zurückweisen") shares the clause of the noun ``cue``."""
        start, end = clause_bounds(sent, cue.start)
        return any(c.label_ == "aid_exclude" and c.kb_id_ in REFUSALS and start <= c.start < end
                   for c in doc.spans.get(self.cues_key, []))

    def _past_noun_giver(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, provider: str | None) -> int:
        """Where a noun's phrase goes on after its giver: "die Finanzhilfe der EU | für Griechenland",
        "die Militärhilfe Russlands | für Syrien"; the noun's end when no giver follows it."""
        k = self._past_amount(doc, cue)
        if provider is None:
            return cue.end
        if k < sent.end and doc[k].lower_ in NOUN_GIVER_MARKERS:
            k += 1
            k = skip_adjectives(doc, k, sent.end)
        if k >= sent.end or self._genitive_giver(index, k) != provider:
            return cue.end
        named = index.key_at(k)
        while k < sent.end and index.key_at(k) == named:
            k += 1
        return k

    def _genitive_giver(self, index: EntityIndex, j: int) -> str | None:
        """The actor a name at ``j`` stands for: itself, or for a capital the state it governs
        ("die Unterstützung Moskaus für die Separatisten")."""
        key = index.key_at(j)
        if key in index.actors:
            return key
        place = index.places.get(key or "")
        if place is None or not self._capital_of_state(place.key, place):
            return None
        state = f"country:{place.country}"
        return state if state in index.actors else None

    def _past_amount(self, doc: Doc, cue: Span) -> int:
        """Where a noun's phrase goes on after the sum it is of: "eine Spende von 180 Dollar | vom
        Innenministerium an das Rote Kreuz"; the noun's end when no sum follows it."""
        k = cue.end
        if k < cue.sent.end and doc[k].lower_ == "von":
            return next((end for start, end in self._money(doc, cue.sent) if start == k + 1), k)
        return k

    def _noun_offer_by_agents(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, number: int,
                              agents: tuple[list[str], int]) -> _Found:
        """ "die Lieferung von Waffen durch die USA an die Kurden": a noun of help whose givers a
        durch-phrase names is help given, to the an/für phrase after it if there is one."""
        givers, end = agents
        recipient = None
        if end < sent.end and doc[end].lower_ in ("an", "für"):
            recipient = self._actor_after_articles(doc, sent, index, end + 1)
        if recipient is None:
            recipient = self._asker(doc, sent, index, max(sent.start, cue.start - 6), min(sent.end, end + 12))
        if recipient is not None and index.principal(recipient) in {index.principal(g) for g in givers}:
            recipient = None
        promised = self._enacted(cue) and _verb_forms(self._granting_verb(cue)) & (PROMISING_VERBS | APPROVING_VERBS)
        found = _Found(cue=cue, kind="offer", provider=givers[0], sentence=number, noun=True,
                       status="offered" if promised else "delivered")
        found.recipients = [recipient] if recipient else []
        found.offered.append(self._noun_item(doc, cue))
        return found

    def _actor_after_articles(self, doc: Doc, sent: Span, index: EntityIndex, k: int) -> str | None:
        """The actor named at ``k`` past its article and adjectives: "(für) die syrische Armee"."""
        while k < sent.end and (doc[k].lower_ in DEFINITE_ARTICLES or is_adjective_like(doc[k])):
            k += 1
        return self._is_actor(index, k) if k < sent.end else None

    def _asker(self, doc: Doc, sent: Span, index: EntityIndex, start: int, end: int) -> str | None:
        """Who needs or asks for the help: "die von Griechenland dringend benötigt wird", "die von
        der Ukraine beantragten Kredite" (a von-phrase before a participle of needing)."""
        for i in range(start, end - 1):
            if doc[i].lower_ not in ("von", "vom"):
                continue
            asker = self._agent_at(doc, sent, index, i + 1)
            if asker is not None and any(doc[j].lower_.startswith(NEEDING) for j in range(i + 2, min(end, i + 6))):
                return asker
        return None

    def _noun_item(self, doc: Doc, cue: Span) -> AidItem:
        """The help a noun cue names: "Unterstützung", "Finanzhilfen"."""
        begin, finish, text = span_text(doc, cue.start, cue.end)
        return AidItem(text=text, category=self.lexicon.category_of(text) or "UnspecifiedAid",
                       span=TextSpan(begin, finish, text))

    @staticmethod
    def _enacted(cue: Span) -> bool:
        """Whether the offer noun is the object of a verb that grants it ("genehmigte Waffenlieferungen",
        "hat eine Zusage gemacht"), as opposed to one that talks about it ("kritisierte ...")."""
        return AidExtractor._granting_verb(cue) is not None

    @staticmethod
    def _granting_verb(cue: Span):
        """The verb that grants the offer noun: its own head, or the first of coordinated verbs
        ("... tolerant sei und die Regierung große Unterstützung leiste"); for coordinated nouns
        ("Waffen und Hilfe zugesagt"), that of the first noun."""
        token = cue[0]
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        verb = token.head
        if token.dep_ in ("obl:arg", "iobj", "obl") and _approves(verb, token):
            return verb  # "stimmte dem Hilfspaket zu", "wird für das Hilfspaket stimmen"
        # a verb has one subject: of two the parser gives it, the later is its object ("Die EZB hat
        # die Nothilfe für die Banken erhöht")
        second_subject = token.dep_ == "nsubj" and any(
            child.dep_ == "nsubj" and child.i < token.i for child in verb.children)
        if token.dep_ not in ("obj", "nsubj:pass") and not second_subject:
            return None
        while True:
            if _verb_forms(verb) & (ENACTING_VERBS | APPROVING_VERBS):
                return verb
            if verb.dep_ != "conj" or verb.head is verb:
                return None
            verb = verb.head

    @staticmethod
    def _with_help_of(doc: Doc, sent: Span, cue: Span, *, markers: frozenset[str] | None = None) -> bool:
        """ "mit Unterstützung", "mit der Hilfe", "mit amerikanischer Hilfe", "mithilfe"; for
        funds also "aus Mitteln des Ministeriums" (``markers``) """
        if cue[0].lower_ == "mithilfe":
            return True
        i = cue.start - 1
        while i >= sent.start and (doc[i].lower_ in ("der", "tatkräftiger") or is_adjective_like(doc[i])):
            i -= 1
        return i >= sent.start and doc[i].lower_ in (markers or WITH)

    @staticmethod
    def _refusals(results: list[_Found]) -> list[_Found]:
        """ "Der Irak lehnte das Hilfsangebot des Irans ab": the one who declines is the recipient."""
        nouns = [f for f in results if f.noun]
        kept = []
        for found in results:
            if found.kind == "exclude" and found.cue.kb_id_ in REFUSALS and nouns and found.provider:
                host = min(nouns, key=lambda n: abs(n.cue.start - found.cue.start))
                if host.provider is None and host.cue.kb_id_ in ("Lieferung", "Hilfsflug"):
                    # "Die USA lehnen Waffenlieferungen an die Ukraine ab": help nobody else offers
                    # is what the one who rejects it withholds
                    found.excluded += [i for i in host.offered if i not in found.excluded]
                    found.recipients += [r for r in host.recipients if r not in found.recipients]
                    host.offered = []
                    kept.append(found)
                    continue
                if found.provider not in host.recipients and found.provider != host.provider:
                    host.recipients.append(found.provider)
                host.status = "refused"
                continue
            kept.append(found)
        return kept

    @staticmethod
    def _negated(doc: Doc, sent: Span, cue: Span) -> bool:
        """ "werde Ankara nicht entsenden", "will sich nicht an den Luftangriffen beteiligen", "weder
        Frankreich noch Italien schicken", "ohne Waffen zu liefern"; not "nicht nur Geld, sondern auch
        Waffen liefern"."""
        start, end = clause_bounds(sent, cue.start)
        for i in range(max(start, cue.start - 8), cue.start):
            if negates_clause(doc, i):
                return True
        if doc[start].lower_ in WITHOUT and is_infinitive_with_zu(cue[-1]):
            return True  # "unterstützt Kiew, ohne Waffen zu liefern", "statt Soldaten zu schicken"
        if cue.end - cue.start == 1 and is_finite_verb(cue[0]):
            # a finite verb in second place: "Österreich beteiligt sich nicht an der Mission",
            # "schickt vorerst keine Soldaten" is the item's own negation
            for i in range(cue.end, min(end, cue.end + 3)):
                if negates_clause(doc, i):
                    # "schickt nicht Soldaten, sondern Ärzte": the negation is the item's
                    return not any(doc[j].lower_ == "sondern" for j in range(i, sent.end))
                if doc[i].lower_ in ("sondern", "aber", "doch") or doc[i].pos_ == "PUNCT":
                    break
        return False

    def _status(self, doc: Doc, sent: Span, cue: Span) -> str:
        if cue.kb_id_ in DONE_IN_PERFECT and cue[0].lower_.startswith("beteiligt") and not cue[0].lower_.endswith("e"):
            # "Die Bundeswehr hat sich an den Abwürfen beteiligt": taken part, done (not "will sich beteiligen")
            start, end = clause_bounds(sent, cue.start)
            words = {doc[i].lower_ for i in range(start, end)}
            if words & {"hat", "haben", "hatte", "hatten"} and not words & MODALS:
                return "delivered"
        if cue.kb_id_ not in DELIVERING or _not_yet_given(doc, sent, cue):
            return "offered"  # "hat die zugesagten Waffen noch nicht geliefert": promised, still to come
        start, end = clause_bounds(sent, cue.start)
        if any(doc[i].lower_ == "licht" and doc[i - 1].lower_.startswith("grün") for i in range(max(start, 1), end)):
            return "offered"  # "hat grünes Licht für eine Aufstockung des Kredits gegeben": approved, not paid
        granting = self._granting_verb(cue) if cue.label_ == "aid_noun" else None
        if granting is not None and _verb_forms(granting) & PROMISING_VERBS:
            return "offered"  # "hat weitere Waffenlieferungen zugesagt": promised, not delivered
        # "will liefern", "werde entsenden", "dass es helfen wolle": intended, not yet done.
        # (from the last semicolon on: "stellte Bilder bereit; Frankreich entsandte Feuerwehrleute")
        start = max([i + 1 for i in range(sent.start, cue.start) if doc[i].text == ";"], default=sent.start)
        before = {doc[i].lower_ for i in range(start, cue.start) if doc[i].dep_ not in ("compound:prt", "svp")}
        after = {doc[i].lower_ for i in range(cue.end, min(sent.end, cue.end + 2))}
        return "offered" if (before | after) & MODALS or is_infinitive_with_zu(cue[0]) else "delivered"

    def _is_actor(self, index: EntityIndex, i: int) -> str | None:
        hit = index.by_token.get(i)
        # An unnamed source ("die Polizei") may speak, but is no provider or recipient of aid.
        if hit and hit[1] in ACTOR_KINDS and hit[0] in index.actors and index.actors[hit[0]].named:
            return hit[0]
        return None

    @staticmethod
    def _mention_text(doc: Doc, index: EntityIndex, i: int) -> str:
        """The words of the mention starting at ``i``, as written."""
        key = index.key_at(i)
        end = i
        while end < len(doc) and index.key_at(end) == key:
            end += 1
        return doc[i:end].text

    def _mentions_before(self, doc: Doc, index: EntityIndex, i: int, *, reach: int = 4
                         ) -> Iterator[tuple[Span, list[tuple[int, str]]]]:
        """Each sentence within reach of token ``i`` (its own and the ``reach`` - 1 before it, where
        a pronoun or a body's staff refer back to), latest first, with its actor mentions before
        ``i``; read lazily, as callers stop at the first fitting one."""
        number = self._sentence_at[doc[i].sent.start]
        for sentence in reversed(self._sentences[max(0, number - reach + 1):number + 1]):
            yield sentence, [(j, key) for j, key in self._actor_mentions(doc, sentence, index, set()) if j < i]

    def _actor_mentions(self, doc: Doc, sent: Span, index: EntityIndex, skip: set[int]) -> list[tuple[int, str]]:
        """(first token, key) of each actor mention in the sentence, outside item phrases."""
        mentions = []
        previous = None
        for i in range(sent.start, sent.end):
            key = self._is_actor(index, i)
            if key is None or i in skip:
                previous = None
                continue
            in_brackets = i >= 2 and doc[i - 1].text == "(" and index.key_at(i - 2) == key
            if key != previous and not in_brackets:  # "Islamischer Staat (IS)" is one mention
                mentions.append((i, key))
            previous = key
        return mentions

    def _subject(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex, skip: set[int]) -> str | None:
        """The provider: the first noun phrase that can be a subject, preferring the cue's clause.

        German puts the subject first or right after the finite verb; datives ("dem Irak"),
        genitive attributes ("der Vereinigten Staaten" after a noun) and prepositional phrases
        are never subjects. A role phrase ("der Sprecher des iranischen Militärs") stands for its
        person or, unnamed, for its state; "er"/"sie" for the last person named.
        """
        candidates: list[tuple[int, str]] = []
        unresolved_subject = None  # a subject pronoun that stands for no one named
        beside: list[tuple[int, str]] = []
        self._pronoun_list: tuple[int, list[str]] | None = None
        sentence = self._sentence_at.get(sent.start)
        for ref in index.roles:
            if sent.start <= ref.start < sent.end and (ref.person or ref.affiliation):
                marker = marker_before(doc, ref.start, sent.start)
                feminine_form = doc[ref.start].lower_.endswith(("in", "innen"))
                genitive = is_genitive_attribute(doc, ref.start, sent.start)
                if not genitive and (marker in (None, "die", "das") or (marker == "der" and not feminine_form)):
                    candidates.append((ref.start, ref.person or ref.affiliation))
        for i, key in self._actor_mentions(doc, sent, index, skip):
            if index.role_at(i):
                continue  # already counted as (part of) a role phrase
            if self._after_role_with_preposition(doc, sent, index, i):
                continue  # "Laut Feuerwehrsprecher Nikos Tsoukalas sind ... im Einsatz": who says so
            marker = marker_before(doc, i, sent.start)
            if is_genitive_attribute(doc, i, sent.start) and not self._after_opening_word(doc, sent, i):
                # "Soldaten des Bundesheeres halfen": the members act for their body; otherwise a
                # genitive attribute is no subject ("Außenminister der Vereinigten Staaten")
                head = marker_at(doc, i, sent.start)
                head = head - 1 if head is not None else None
                if head is not None and head >= sent.start and doc[head].lower_.rpartition("-")[2] in MEMBER_NOUNS \
                        and can_be_subject(marker_before(doc, head, sent.start), doc[head].text):
                    candidates.append((head, key))
                continue
            if index.by_token[i][1] == "demonym" and marker in ("ein", "eine", "einer"):
                continue  # "ist auch ein Österreicher beteiligt": a person, not the state
            if marker is None and self._after_unnamed_givers(doc, sent, i):
                continue  # "haben mehrere Mitgliedstaaten Griechenland Hilfe zugesagt": a dative
            if self._object_after_plural_subject(doc, sent, index, i, key):
                # "Die Geberländer gewähren Griechenland Kredite" (the tagger may take the verb for an
                # adjective, and "die" for the name's article)
                continue
            if self._saxon_genitive_after_noun(doc, index, sent, i, key):
                continue  # "im Zentrum Mosambiks", "in der Hauptstadt Syriens": whose, not who
            if (marker is None or marker in DEFINITE_ARTICLES and self._beside(doc, sent, i)) \
                    and self._in_prepositional_phrase(doc, sent, i):
                # "Neben Deutschland und Frankreich haben auch Italien ... angekündigt": no subject,
                # but who does the same besides it
                if self._beside(doc, sent, i):
                    beside.append((i, key))
                continue
            key = self._state_named_as_actor(doc, sent, index, i, key)
            # "der mexikanische Präsident Felipe Calderón": a man's name after "der" is nominative.
            # "der Bundestag" for Deutschland: the words as written decide the case; an acronym's
            # gender is unknown, so the parse decides ("Der MIF wird ... unterstützen")
            written = self._mention_text(doc, index, i)
            if can_be_subject(marker, index.actors[key].label) or can_be_subject(marker, written) \
                    or (marker == "der" and (index.category(key) == "Person"
                                             or (doc[i].text.isupper() and doc[i].dep_ == "nsubj")
                                             or self._masculine_alias_subject(doc, index, i)
                                             # "Der Konzern Siemens": "der" with a masculine noun is nominative
                                             or _described_as(doc, i, sent.start) == "masculine")):
                candidates.append((i, key))
        for token in sent:
            if token.lower_ == "sie" and _plural_subject(doc, token.i, sent):
                # "Die beiden Länder sind die wichtigsten Helfer. Sie haben angekündigt, ...": the
                # actors listed last
                listed = self._listed_before(doc, index, token.i)
                if listed:
                    candidates.append((token.i, listed[0]))
                    self._pronoun_list = (token.i, listed[1:])
                elif abs(token.i - cue.start) <= 4:
                    body = self._body_referred_to(doc, index, token, "plural")
                    if body:
                        candidates.append((token.i, body))
            elif token.lower_ in COUNT_WORDS and abs(token.i - cue.start) <= 8 and token.i + 1 < sent.end \
                    and doc[token.i + 1].pos_ == "NOUN" and "Plur" in doc[token.i + 1].morph.get("Number") \
                    and (token.i == sent.start or doc[token.i - 1].lower_ in ("die", "alle")):
                # "Die USA und Japan ... Die beiden Länder sagten Hilfe zu": the list of as many named before
                listed = self._listed_before(doc, index, token.i)
                if len(listed) == COUNT_WORDS[token.lower_]:
                    candidates.append((token.i, listed[0]))
                    self._pronoun_list = (token.i, listed[1:])
            elif token.lower_ in SUBJECT_PRONOUNS and abs(token.i - cue.start) <= 4:
                referent = self._body_referred_to(doc, index, token, PRONOUN_GENDERS[token.lower_]) \
                    or index.person_referred_to(token.i, PRONOUN_GENDERS[token.lower_])
                if referent:
                    candidates.append((token.i, referent))
                elif token.dep_ in ("nsubj", "nsubj:pass"):
                    unresolved_subject = token.i
            elif token.lower_ in DEMONSTRATIVE_GENDERS and cue.label_ in OFFER_KINDS \
                    and token.i + 1 < sent.end and is_finite(doc[token.i + 1]) \
                    and (abs(token.i - cue.start) <= 4 or self._subject_of_cue_verb(token, cue)) \
                    and self._clause_names_help(doc, sent, cue):
                # (a demonstrative right before the finite verb stands alone, whatever the tagger says;
                # taken up only where the clause names help, as "liefert ein Erklärungsmodell" does not,
                # and only as giver: "Dieser lehnt die Entsendung von Truppen ab" may refuse another's)
                # "… bei der Landeszentrale, die … Diese unterstützt die Seite mit 1.500 Euro": the
                # demonstrative takes up the actor named last, whatever its case there
                referent = self._named_last(doc, index, token, DEMONSTRATIVE_GENDERS[token.lower_])
                if referent:
                    candidates.append((token.i, referent))
            elif token.lower_ in SPEAKER_PRONOUNS and (abs(token.i - cue.start) <= 6
                                                       or self._controls_infinitive(doc, sent, token.i, cue)):
                speaker = self._speaker(index, sentence)
                if speaker:
                    candidates.append((token.i, speaker))
            elif token.lower_ == "man" and self._speakers.get(sentence):
                # "Man hoffe, die Flüchtlinge unterzubringen, begründete das Innenministerium": in
                # what a body says, "man" is that body
                candidates.append((token.i, self._speakers[sentence]))
            elif token.lower_ in POSSESSIVES and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "land" \
                    and (abs(token.i - cue.start) <= 6 or self._opens_cue_clause(doc, sent, token.i, cue)):
                # "Gillard erklärte, ihr Land unterstütze ...": the state the person speaks for
                person = self._speaker(index, sentence) if token.lower_ == "unser" \
                    else index.last_person_before(token.i)
                state = index.principal(person) if person else None
                if state and state != person and index.category(state) == "Country":
                    candidates.append((token.i, state))
        for token in sent:
            # an unnamed body, an armed force, a state's organ, a unit's or a sender's members: the
            # actor each of them stands for at this token, in this order
            for actor in (self._organisation_referred_to(doc, sent, token, index),
                          self._state_of_armed_subject(doc, sent, token, index, cue),
                          self._state_of_organ(doc, sent, token, index),
                          self._army_of_unit_members(doc, sent, token, index),
                          self._sender_of_members(doc, sent, token)):
                if actor is not None:
                    candidates.append((token.i, actor))
        unnamed = self._unnamed_subject(sent, cue, index)
        if unnamed is not None:
            # "Das Geld lieferte der Investor Richard Chandler – gegen ihn ermittelte die CIA": the
            # parse names a subject that is no actor, so no actor elsewhere in the sentence gives
            candidates = [c for c in candidates if unnamed.left_edge.i <= c[0] <= unnamed.right_edge.i]
        if not candidates:
            # "Kritik kam von den Grünen an Österreich, das 500 Flüchtlinge aufnimmt": the antecedent
            # of a relative clause is its subject whatever its own case
            return self._relative_antecedent(doc, sent, index, clause_bounds(sent, cue.start)[0], [])
        candidates.sort()
        clause_start, clause_end = clause_bounds(sent, cue.start)
        if clause_start == sent.start:
            # "Kiew beschuldigt Teheran, Russland … zu beliefern": the comma between the names
            # ends the accusation, it lists nothing
            clause_start = self._after_accusation(doc, sent, cue.start) or clause_start
        if any(is_infinitive_with_zu(t) for t in doc[max(clause_start, clause_end - 3):clause_end]) \
                and clause_start > sent.start:
            # "Der IWF hat angekündigt, Griechenland keine Hilfe mehr leisten zu wollen": an infinitive
            # clause has no subject of its own; whoever is named in it is helped
            candidates = [c for c in candidates if not clause_start <= c[0] < clause_end]
            accused = self._accused(doc, sent, index, clause_start, skip)
            if accused is not None:
                return accused
            if not candidates:
                return None
        if unresolved_subject is not None and clause_start <= unresolved_subject < clause_end:
            # "Sie sagte Äthiopien Geld zu" with no one "sie" can be: the giver is unknown, not the
            # receiver named after it
            return None
        in_clause = [c for c in candidates if clause_start <= c[0] < clause_end]
        antecedent = self._relative_antecedent(doc, sent, index, clause_start, in_clause)
        if antecedent is not None:
            return antecedent
        if in_clause:
            return self._state_of_minister(index, sentence, self._with_those_beside(
                doc, sent, beside, in_clause[0], self._listed_subject(doc, sent, index, in_clause[0])))
        # No subject in the cue's clause ("Lawrow sagte, Russland sei bereit, ... zu helfen"):
        # the subject of the nearest clause before it, else the first after it.
        earlier = [c for c in candidates if c[0] < clause_start]
        before = [c for c in earlier if not self._reporting_clause(doc, sent, c[0])]
        speech = {c.start for c in self._speech_cues}
        if earlier and doc[clause_start].lower_ in ("dass", "das", "ob") and not is_infinitive_with_zu(cue[0]) \
                and any(sent.start <= j < clause_start for j in speech):
            # "Das Pentagon räumte ein, dass einige von ihnen ihre Waffen ausgehändigt haben", "So
            # sagte der Koordinator, X, dass 14 Boote im Einsatz seien": the speaker is not the
            # subject of what is said
            return None
        if before:
            nearest_clause = clause_bounds(sent, before[-1][0])
            first = next(c for c in before if nearest_clause[0] <= c[0] < nearest_clause[1])
            return self._with_those_beside(doc, sent, beside, first, self._listed_subject(doc, sent, index, first))
        if earlier and not before and (is_infinitive_with_zu(cue[0])
                                       or all(index.category(key) == "Media" for _, key in candidates)):
            # "So sagte X, dass Boote im Einsatz seien, um Menschen zu retten", "Wie die FT
            # berichtete, sind Abschläge geplant": who only reports it does not give (but "Wie die
            # Aktion Deutschland Hilft mitteilte, werde Hilfe geleistet" reports its own help)
            return None
        if any(j in speech for j in range(clause_end, candidates[0][0])):
            return None  # "... wollen keine Flüchtlinge aufnehmen, beschrieb Roland Frühstück": he only says so
        return candidates[0][1]

    @staticmethod
    def _after_unnamed_givers(doc: Doc, sent: Span, i: int) -> bool:
        """Whether the bare name at ``i`` follows a counted plural ("mehrere Mitgliedstaaten
        Griechenland"): that phrase is the subject, the name a dative."""
        return i - 2 >= sent.start and doc[i - 2].lower_ in UNNAMED_COUNTS and doc[i - 1].pos_ == "NOUN" \
            and "Plur" in doc[i - 1].morph.get("Number")

    def _object_after_plural_subject(self, doc: Doc, sent: Span, index: EntityIndex, i: int, key: str) -> bool:
        """Whether the bare name at ``i`` follows "die" + a plural noun naming no actor and their
        plural verb: "Die Geberländer gewähren Griechenland Kredite", "Die Geldgeber haben Athen Hilfe
        zugesagt" (a singular name cannot be that verb's subject; "Nun gewähren Deutschland und
        Frankreich ..." lists subjects)."""
        verb = i - 1
        if verb - 2 < sent.start or "plural" in (gender_of(index.actors[key].label), gender_of(doc[i].text)) \
                or index.mention_end(i) < sent.end and doc[index.mention_end(i)].lower_ in ("und", "sowie", ","):
            return False
        noun = article = verb - 1
        while article - 1 >= sent.start and (article == noun or is_adjective_like(doc[article])):
            article -= 1  # "Die europäischen Geldgeber"
        plural_verb = doc[verb].lower_ in PLURAL_FINITE or doc[verb].pos_ in ("VERB", "AUX", "ADJ") \
            and doc[verb].lower_.endswith(("en", "ern", "eln")) and not is_infinitive_with_zu(doc[verb])
        return plural_verb and doc[article].lower_ == "die" \
            and "Plur" in doc[noun].morph.get("Number") and is_noun_like(doc[noun]) \
            and self._is_actor(index, noun) is None and noun not in index.by_token

    def _accused(self, doc: Doc, sent: Span, index: EntityIndex, clause_start: int, skip: set[int]) -> str | None:
        """ "Die Ukraine wirft dem Iran vor, Russland mit Drohnen zu beliefern", "Kiew beschuldigt
        Teheran, …": the one accused before an infinitive clause is who does what it tells; the
        dative ("dem Iran"), else the actor named first after the accusing verb."""
        verbs = [t.i for t in doc[sent.start:clause_start] if _accuses(t) and _opens_next_clause(doc, t.i, clause_start)]
        if not verbs:
            return None
        mentions = [(i, key) for i, key in self._actor_mentions(doc, sent, index, skip) if sent.start <= i < clause_start]
        dative = [key for i, key in mentions if marker_before(doc, i, sent.start) in ("dem", "den")]
        after = [key for i, key in mentions if i > verbs[0]]
        return (dative or after or [None])[0]

    @staticmethod
    def _after_accusation(doc: Doc, sent: Span, cue_start: int) -> int | None:
        """Where the clause after an accusing verb's comma starts, if that comma is the last one
        before the cue at ``cue_start``."""
        comma = next((k for k in range(cue_start - 1, sent.start, -1) if doc[k].text == ","), None)
        if comma is None:
            return None
        accusing = any(_accuses(t) and _opens_next_clause(doc, t.i, comma + 1) for t in doc[sent.start:comma])
        return comma + 1 if accusing else None

    @staticmethod
    def _after_role_with_preposition(doc: Doc, sent: Span, index: EntityIndex, i: int) -> bool:
        """Whether the name at ``i`` follows its role phrase, itself in a prepositional phrase:
        "laut Regierungssprecher Peter Lang", "nach Angaben von Minister X", "mit Außenminister X"
        (the role's preposition is the name's too, so the name is no subject)."""
        role = next((r for r in index.roles if r.end == i and sent.start <= r.start < i), None)
        return role is not None and marker_before(doc, role.start, sent.start) in PREPOSITIONS

    @staticmethod
    def _saxon_genitive_after_noun(doc: Doc, index: EntityIndex, sent: Span, i: int, key: str) -> bool:
        """Whether the name at ``i`` is a genitive in "-s" right after the noun of a prepositional
        phrase: "im Zentrum Mosambiks", "in der Hauptstadt Syriens" (not "Die Militärregierung
        Myanmars hat ... abgelehnt", where the state's government acts)."""
        if i - 1 < sent.start or index.mention_end(i) != i + 1 or index.category(key) != "Country":
            return False
        word, label, before = doc[i].text, index.actors[key].label, doc[i - 1]
        if word == label or word not in (label + "s", label + "es") or before.pos_ != "NOUN" \
                or not before.text[:1].isupper() or before.i in index.by_token:
            return False
        k = before.i - 1
        while k >= sent.start and (doc[k].pos_ in ("DET", "ADJ", "NUM") or is_adjective_like(doc[k])):
            k -= 1
        return k >= sent.start and doc[k].pos_ == "ADP"

    @staticmethod
    def _masculine_alias_subject(doc: Doc, index: EntityIndex, i: int) -> bool:
        """ "stellt der Bund eine Million Franken bereit": a masculine word standing for a state (of
        another gender) is the subject after "der" where the parse reads it as a masculine nominative."""
        token = doc[i]
        return index.by_token.get(i, ("", ""))[1] == "alias" and token.dep_ == "nsubj" and token.text[:1].isupper() \
            and "Nom" in token.morph.get("Case") and "Masc" in token.morph.get("Gender")

    @staticmethod
    def _in_prepositional_phrase(doc: Doc, sent: Span, i: int) -> bool:
        """Whether the name at ``i``, with no article or preposition the word lists know, heads a
        prepositional phrase by the parse, itself or as the first of a list: "Neben Deutschland
        und Frankreich", "Außer Spanien"."""
        token = doc[i]
        while token.dep_ == "conj" and token.head.i < token.i and token.head.i >= sent.start:
            token = token.head  # "und Frankreich": the list's first name has the preposition
        return any(c.dep_ == "case" and c.pos_ == "ADP" and c.i < token.i and c.i >= sent.start
                   and c.i == token.left_edge.i for c in token.children)

    def _with_those_beside(self, doc: Doc, sent: Span, beside: list[tuple[int, str]], candidate: tuple[int, str],
                           subject: str) -> str:
        """The subject, with the actors named after "neben" before it in its clause as co-subjects."""
        start = clause_bounds(sent, candidate[0])[0]
        others = [key for j, key in beside if start <= j < candidate[0] and key != subject]
        if others:
            self._co_subjects = list(dict.fromkeys([*self._co_subjects, *others]))
        return subject

    def _state_of_minister(self, index: EntityIndex, sentence: int | None, subject: str) -> str:
        """ "Österreich will Slowenien ... unterstützen. Finanzhilfen schloss Innenminister Gerhard
        Karner jedoch aus": a minister or head of government of no stated state speaks for the
        state whose offer the sentence before (or his own) reported."""
        actor = index.actors.get(subject)
        if sentence is None or actor is None or actor.represents:
            return subject
        unit_of = self._state_of_force(actor)
        if unit_of is None and (actor.category != "Person" or not (actor.role or "").lower().endswith(GOVERNMENT_ROLES)):
            return subject
        if unit_of is None:
            federal = self._federal_state(index, actor) or self._federal_state_just_named(index, actor, sentence)
            if federal is not None:
                self._minister_of[subject] = federal
                return federal
            # "Deutschland liefert der Ukraine ein System. Das kündigte Verteidigungsminister Jens
            # Albrecht an. ... Die Lieferung von Taurus schloss Albrecht aus": the minister named with
            # a state's offer speaks for that state later on too
            # ("Auch der Bund sagte Hilfe zu: Innenminister Gerhard Plank versprach Mittel")
            state = self._state_announced_by(actor, [f for f in [*self._found, *self._in_sentence]
                                                     if f.sentence <= sentence])
            if state is not None:
                self._minister_of[subject] = state
                return state
        for earlier in reversed(self._found):
            if earlier.sentence < sentence - 1:
                break
            if earlier.kind == "offer" and earlier.provider is not None and earlier.provider.startswith("country:") \
                    and not earlier.co_providers and unit_of in (None, "", earlier.provider):
                # "Russland hat Militärausbilder nach Mali verlegt. Die Einheiten des Afrikakorps sollen
                # die Armee ... unterstützen": a state's force sent by it acts for it
                return earlier.provider
        return subject

    @staticmethod
    def _state_announced_by(actor, findings: list[_Found]) -> str | None:
        """The one state whose offer or refusal among ``findings`` the sentence that reports it, or
        the one after it, names the minister with: "Deutschland liefert der Ukraine ein System. Das
        kündigte Verteidigungsminister Jens Albrecht an", "Ungarn lehnt die Aufnahme ab. „Wir nehmen
        niemanden auf“, sagte Innenminister …"."""
        if actor.category != "Person" or actor.represents or not (actor.role or "").lower().endswith(GOVERNMENT_ROLES):
            return None
        spoken = {m.sentence for m in actor.mentions}
        announced = {f.provider for f in findings
                     if not f.co_providers and (f.provider or "").startswith("country:")
                     and spoken & {f.sentence, f.sentence + 1}}
        return announced.pop() if len(announced) == 1 else None

    @staticmethod
    def _after_opening_word(doc: Doc, sent: Span, i: int) -> bool:
        """ "Auch der Bund sagte Unterstützung zu": the article of the name at ``i`` follows only the
        sentence's first word, capitalised as every first word is but no noun; the name is no
        genitive after a noun."""
        found = marker_at(doc, i, sent.start)
        return found is not None and found - 1 == sent.start and doc[sent.start].pos_ not in ("NOUN", "PROPN", "X")

    @staticmethod
    def _federal_state(index: EntityIndex, actor) -> str | None:
        """ "Bundeswirtschaftsministerin Petra Hahnemann" of no stated state: a federal minister or
        chancellor is of the article's federal state (Germany, Austria or Switzerland): the
        dateline's, else the one the article's "Bund" or "Bundesregierung" stands for."""
        role = (actor.role or "").lower()
        if not role.startswith("bundes") or not role.endswith(GOVERNMENT_ROLES):
            return None
        if index.dateline_state in FEDERAL_STATES and index.dateline_state in index.actors:
            return index.dateline_state
        federal = {key for key in FEDERAL_STATES if _named_as_bund(index, key)}
        return federal.pop() if len(federal) == 1 else None

    def _federal_state_just_named(self, index: EntityIndex, actor, sentence: int) -> str | None:
        """ "Die Bundesregierung verwies auf ihre Beschlüsse. Sozialminister Karl Huber kündigte an,
        …": a minister of no stated state ("Bayerns Innenminister" states one) speaks for the federal
        state whose "Bund" or "Bundesregierung" this sentence or the one before names."""
        doc = self._sentences[0].doc
        first = min(actor.mentions, key=lambda m: m.start, default=None)
        if first is None or first.kind != "name":
            return None
        name_start = doc.char_span(first.start, first.end, alignment_mode="expand")
        role_at = name_start.start - 1 if name_start is not None else -1
        if role_at < 0 or not doc[role_at].lower_.endswith(GOVERNMENT_ROLES) \
                or (role_at > 0 and doc[role_at - 1].pos_ in ("PROPN", "ADJ")):
            return None
        window = range(sentence - 1, sentence + 1)
        named = {key for key in FEDERAL_STATES if _named_as_bund(index, key, window)}
        if len(named) != 1:
            return None
        federal = named.pop()
        # "Die Bundesregierung kritisierte Ungarn. Innenminister Sándor Pintér …": the minister may
        # be the other state's
        others = any(key != federal and a.category == "Country" and any(m.sentence in window for m in a.mentions)
                     for key, a in index.actors.items())
        return None if others else federal

    @staticmethod
    def _state_of_force(actor) -> str | None:
        """For an armed force or military unit of no state the article names: the state it belongs
        to by the gazetteer ("Afrikakorps": Russia), "" if unknown ("das 3. Panzerkorps"), else None."""
        label = actor.label.lower()
        if actor.category not in ("ArmedGroup", "Organization") or not label.endswith(FORCE_ENDINGS):
            return None
        entry = load_gazetteer().entries.get(actor.key)
        if entry is not None and entry.country:
            return f"country:{entry.country}"
        # unknown, only a unit by its name: not "die Freie Syrische Armee", a force of its own
        return "" if label.endswith(UNIT_ENDINGS) else None

    @staticmethod
    def _beside(doc: Doc, sent: Span, i: int) -> bool:
        """Whether the name at ``i`` follows "neben" (in a list too): "Neben Deutschland und Frankreich"."""
        token = doc[i]
        while token.dep_ == "conj" and sent.start <= token.head.i < token.i:
            token = token.head
        first = token.left_edge.i  # (the parse puts "Neben" into the phrase: "Neben den USA")
        return doc[first].lower_ == "neben" or (first - 1 >= sent.start and doc[first - 1].lower_ == "neben")

    def _care_facility_owner(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> str | None:
        """The body whose place of care people were housed or treated in ("Die Verletzten wurden in
        einem Lazarett der ISAF versorgt", "sind in Zelten des Roten Kreuzes untergebracht"); not a
        store for goods ("Die Waffen wurden in Hallen der Bundeswehr untergebracht")."""
        start, end = clause_bounds(sent, cue.start)
        if any(doc[k].dep_.startswith("nsubj") and self.lexicon.category_of(doc[k].text) is not None
               and not self.lexicon.is_beneficiary(doc[k].text) for k in range(start, end)):
            return None
        return owner_of_care_facility(doc, sent, cue, index, self.lexicon.care_facilities, self._is_actor)

    def _troops_housed(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether the subject of a passive or a state of being housed is soldiers or fighters:
        "Die Soldaten wurden in Zelten untergebracht" (those housed are no people in need)."""
        start, end = clause_bounds(sent, cue.start)
        # "werden" with a participle, not the future "werden … aufnehmen"
        passive = _is_participle(doc, sent, cue) and any(
            doc[k].lower_ in PASSIVE_AUXILIARIES for k in range(start, end) if k != cue.start)
        # the fighters themselves, not "Kindersoldaten", children who were made to fight
        return (passive or self._housed_state(doc, sent, cue)) and any(
            doc[k].dep_.startswith("nsubj") and doc[k].lower_.rpartition("-")[2].endswith(FIGHTERS)
            and not doc[k].lower_.startswith(CHILDREN) for k in range(start, end))

    @staticmethod
    def _housed_state(doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether the cue is a participle of a state with "sein": "sind ... untergebracht",
        "waren ... versorgt"."""
        start = clause_bounds(sent, cue.start)[0]
        return _is_participle(doc, sent, cue) and any(doc[k].lower_ in COPULA_FORMS for k in range(start, cue.start))

    @staticmethod
    def _controls_infinitive(doc: Doc, sent: Span, i: int, cue: Span) -> bool:
        """Whether token ``i`` opens the clause right before the cue's infinitive clause, whose
        subject it is: "Ich habe das Mandat erhalten, das dritte Hilfspaket zu bewilligen" (not
        when it asks someone else to: "Ich habe die Regierung gebeten, ... zu gewähren")."""
        if not is_infinitive_with_zu(cue[0]):
            return False
        start, end = clause_bounds(sent, i)
        return i == start and end == clause_bounds(sent, cue.start)[0] - 1 and not _asks(doc, start, end)

    @staticmethod
    def _opens_cue_clause(doc: Doc, sent: Span, i: int, cue: Span) -> bool:
        """Whether token ``i`` opens the cue's clause, right after "dass"/"ob" or at its start:
        "bekräftigte, dass sein Land der Ukraine beim Wiederaufbau ... helfen werde"."""
        start, end = clause_bounds(sent, cue.start)
        if not start <= i < end:
            return False
        return i == start or (i - 1 == start and doc[start].lower_ in ("dass", "ob"))

    def _state_named_as_actor(self, doc: Doc, sent: Span, index: EntityIndex, i: int, key: str) -> str:
        """ "Kanada will 25.000 syrische Flüchtlinge aufnehmen. Zudem stellt das Land dem Libanon
        ... bereit": "das Land" as subject is the state last named as the subject of a sentence
        before, not one only named by an adjective ("syrische") or as an object."""
        if doc[i].lower_ != "land" or index.by_token.get(i, ("", ""))[1] != "alias" \
                or not key.startswith("country:") or marker_before(doc, i, sent.start) != "das":
            return key
        for earlier, mentions in self._mentions_before(doc, index, i, reach=3):
            if earlier.start == sent.start:
                continue
            for j, other in reversed(mentions):
                if not other.startswith("country:") or index.by_token.get(j, ("", ""))[1] not in ("name", "alias"):
                    continue
                marker = marker_before(doc, j, earlier.start)
                if doc[j].dep_.startswith("nsubj") and can_be_subject(marker, index.actors[other].label) \
                        and not is_genitive_attribute(doc, j, earlier.start):
                    return other
        return key

    def _state_of_organ(self, doc: Doc, sent: Span, token, index: EntityIndex) -> str | None:
        """ "Das Parlament stellte zusätzliche Gelder bereit", "Die Militärführung hatte erklärt, ...",
        "Die griechische Küstenwache barg 14 Menschen": a state organ or service as subject, with no
        name of its own, acts for the state of its adjective, or the one it is placed in ("das
        Parlament in Asunción"), or (an organ, which every state has) for the state the article is about."""
        organ = token.lower_ in self.lexicon.state_organs
        if not (organ or token.lower_ in self.lexicon.state_services) or self._is_actor(index, token.i) is not None:
            return None  # (an unnamed speaker, "die Militärführung erklärte", is no actor of its own)
        marker = marker_before(doc, token.i, sent.start)
        if not can_be_subject(marker, token.text) or is_genitive_attribute(doc, token.i, sent.start):
            return None
        adjective = index.by_token.get(token.i - 1) if token.i > sent.start else None
        if adjective is not None and adjective[1] == "adjective":
            return adjective[0] if adjective[0] in index.actors else None  # "die griechische Küstenwache"
        state = self._topic_state if organ else None
        if token.i + 2 < sent.end and doc[token.i + 1].lower_ in ("in", "von", "des", "der"):
            seat = index.key_at(token.i + 2)
            if seat is not None:
                state = index.state_of(seat)  # "das Parlament in Asunción"; not another's
        return state if state is not None and state in index.actors else None

    def _army_of_unit_members(self, doc: Doc, sent: Span, token, index: EntityIndex) -> str | None:
        """ "21 Soldaten der 6. Jägerbrigade werden das Rote Kreuz unterstützen": members of a
        numbered unit act for the armed forces the article named before them ("das Bundesheer"),
        else for the state it is about."""
        k = token.i + 1
        if token.lower_.rpartition("-")[2] not in MEMBER_NOUNS or k + 2 >= sent.end \
                or doc[k].lower_ not in ("der", "des") or not re.fullmatch(r"\d+\.", doc[k + 1].text) \
                or not doc[k + 2].lower_.endswith(MILITARY_UNITS):
            return None
        if not can_be_subject(marker_before(doc, token.i, sent.start), token.text) \
                or is_genitive_attribute(doc, token.i, sent.start):
            return None
        armies = [key for start, _end, key, _kind in index.spans if start < token.i and key in index.actors
                  and index.actors[key].label.lower().endswith(ARMED_FORCES)]
        army = armies[-1] if armies else self._topic_state
        return army if army is not None and army in index.actors else None

    def _sender_of_members(self, doc: Doc, sent: Span, token) -> str | None:
        """ "Das Bundesheer verlegte 100 Soldaten nach Kufstein. Die Soldaten sollen die Polizei
        unterstützen": people named again with "die" act for whoever sent them just before."""
        if token.lower_ not in MEMBER_NOUNS or token.i == sent.start or doc[token.i - 1].lower_ != "die" \
                or (token.i + 1 < sent.end and doc[token.i + 1].lower_ in ("der", "des", "von", "vom")):
            return None
        number = self._sentence_at.get(sent.start, 0)
        for earlier in reversed(self._found):
            if earlier.sentence < number - 2:
                break
            if earlier.sentence < number and earlier.kind == "offer" and earlier.provider is not None and any(
                    item.text.lower().split()[-1] == token.lower_ for item in earlier.offered):
                return earlier.provider
        for earlier in reversed(self._found):
            # "Die Bundeswehr soll sich mit 650 Soldaten an der Mission beteiligen. ... die Soldaten
            # sollten Aufklärung übernehmen": named in the clause of the offer, if not as its item
            if earlier.sentence < number - 2:
                break
            if earlier.sentence < number and earlier.kind == "offer" and earlier.provider is not None:
                where = self._sentences[earlier.sentence]
                start, end = clause_bounds(where, earlier.cue.start)
                if any(t.lower_ == token.lower_ for t in doc[start:end]):
                    return earlier.provider
        return None

    def _has_headline(self, doc: Doc) -> bool:
        """Whether the first sentence is a headline on a line of its own."""
        if len(self._sentences) < 2:
            return False
        headline = self._sentences[0]
        own_line = "\n" in headline.text.strip(" ") or doc.text[headline.end_char:headline.end_char + 1] == "\n"
        return own_line and headline.text.rstrip()[-1:] not in ".!?"

    def _lead_sentences(self, doc: Doc) -> range:
        """The numbers of the sentences of the first paragraph after the headline."""
        start = 1 if self._has_headline(doc) else 0
        end = start + 1
        text = doc.text  # built anew from the tokens at each reading
        while end < len(self._sentences):
            before = self._sentences[end - 1].text
            if "\n" in before[len(before.rstrip()):] + text[self._sentences[end - 1].end_char:
                                                          self._sentences[end].start_char]:
                break
            end += 1
        return range(start, end)

    def _state_written_about(self, doc: Doc, index: EntityIndex) -> str | None:
        """The state of the dateline ("Wien – "), else the one state the headline places the story
        in ("Kairo: Tote bei Kämpfen", "Paraguay ruft den Notstand aus")."""
        if index.dateline_state is not None or len(self._sentences) < 2:
            return index.dateline_state
        headline = self._sentences[0]
        if not self._has_headline(doc):
            return None  # the first sentence is no headline of its own line
        states = {index.state_of(key) for start, _end, key, _kind in index.spans
                  if headline.start <= start < headline.end}
        states.discard(None)
        return states.pop() if len(states) == 1 else None

    def _relative_antecedent(self, doc: Doc, sent: Span, index: EntityIndex, clause_start: int,
                             in_clause: list[tuple[int, str]]) -> str | None:
        """ "Die Vereinten Nationen, die in Haiti 5.000 Blauhelme stationiert haben, ...", "bei der
        Landeszentrale, die dem Projekt 5.000 Euro zur Verfügung stellen wollte": a relative clause
        on an actor, whose pronoun is its subject, has that actor as subject, whatever its case in
        the main clause ("Die EU will die Türkei, die viele Flüchtlinge aufgenommen hat,
        unterstützen": the Türkei takes them in); not "die Ukraine, der die USA Waffen liefern" (a
        dative) nor "die Türkei, die die EU unterstützt" (the clause names a subject of its own)."""
        pronoun = doc[clause_start]
        if clause_start - 2 < sent.start or doc[clause_start - 1].text != "," \
                or pronoun.lower_ not in ARTICLE_GENDERS or not self._pronoun_as_subject(index, pronoun):
            return None
        antecedent = self._is_actor(index, clause_start - 2)
        if antecedent is None or any(marker_before(doc, i, sent.start) in ARTICLE_GENDERS
                                     and marker_at(doc, i, sent.start) != clause_start for i, _ in in_clause):
            return None
        start = clause_start - 2
        while start - 1 >= sent.start and index.key_at(start - 1) == antecedent:
            start -= 1
        # (an oblique article tells no gender: "der Weltbank, die ...", "bei der Landeszentrale für
        # politische Bildung, die ...": the name's, or its head noun's)
        genders = self._genders_of_mention(doc, index, start, antecedent, marker_before(doc, start, sent.start))
        agrees = ARTICLE_GENDERS[pronoun.lower_] in genders or (pronoun.lower_ == "die" and "plural" in genders)
        return antecedent if agrees else None

    @staticmethod
    def _pronoun_as_subject(index: EntityIndex, pronoun) -> bool:
        """Whether the relative pronoun ``pronoun`` is its clause's subject. The parser may take it
        for the article of the noun after it, which it cannot be when they disagree: "Österreich,
        das 500 Flüchtlinge aufnimmt" (a plural), "der Weltbank, die Ägypten einen Kredit gewährt"
        (a name used without article)."""
        if pronoun.dep_.startswith("nsubj"):
            return True
        head = pronoun.head
        if pronoun.dep_ != "det" or head.i <= pronoun.i:
            return False
        if "Plur" in head.morph.get("Number"):
            return pronoun.lower_ != "die"
        key = index.key_at(head.i)
        if key is None or key not in index.actors or index.category(key) != "Country":
            return False
        return gender_of(index.actors[key].label) not in (ARTICLE_GENDERS[pronoun.lower_], "plural")

    def _unnamed_subject(self, sent: Span, cue: Span, index: EntityIndex):
        """The cue verb's subject by the parse when it is a noun phrase of the cue's clause that
        names no actor ("die Erwerbstätigen", "der Investor"), else None."""
        if cue.label_ != "aid_offer":
            return None  # what is ruled out is the subject: "Ein Einsatz ist ausgeschlossen"
        clause_start, clause_end = clause_bounds(sent, cue.start)
        subjects = [c for c in cue[0].children if c.dep_ == "nsubj" and clause_start <= c.i < clause_end]
        # (a role names someone only with a person or body: not "Die Finanzminister der Eurozone")
        named = [c for c in subjects if any(self._is_actor(index, t.i) or self._named_role(index, t.i)
                                            for t in c.subtree)]
        if named:
            return None  # the parser may call the object a subject too ("Österreich will 500 Flüchtlinge aufnehmen")
        return next((c for c in subjects if self._plain_noun_phrase(c)), None)

    @staticmethod
    def _named_role(index: EntityIndex, i: int) -> bool:
        ref = index.role_at(i)
        return ref is not None and bool(ref.person or ref.affiliation)

    def _plain_noun_phrase(self, head) -> bool:
        """Whether a noun the parser calls a subject can be one: a common noun in no dative or
        genitive and after no preposition or "als" ("Als neutralem Staat"), and no word for help or
        for people helped, which are objects the parser mistook ("Das Geld lieferte der Investor")."""
        return head.pos_ == "NOUN" and not {"Dat", "Gen"} & set(head.morph.get("Case")) \
            and (is_dictionary_noun(head.text) or any(t.dep_ == "det" for t in head.children)) \
            and head.left_edge.pos_ not in ("ADP", "SCONJ", "CCONJ") and head.left_edge.lower_ != "als" \
            and self.lexicon.category_of(head.text) is None and head.lower_ not in self.lexicon.actions \
            and not self.lexicon.is_beneficiary(head.text)

    def _body_referred_to(self, doc: Doc, index: EntityIndex, pronoun, gender: str) -> str | None:
        """ "Die japanische Regierung reagierte rasch. Sie schickte 200 Soldaten": "sie", "er"
        or a plural "sie" stands for the body named last before it whose gender or number
        agrees ("die Regierung", "der Bund", "die französischen Behörden"), unless a person is
        named after that body. The pronoun may go on through sentences that name no one
        ("Sie versuchen ... Dann stellten sie ...")."""
        for sentence, mentions in self._mentions_before(doc, index, pronoun.i):
            for i, key in reversed(mentions):
                if index.category(key) == "Person":
                    if gender == "plural":
                        continue
                    return None  # the person named last is who "er"/"sie" is
                marker = marker_before(doc, i, sentence.start)
                if is_genitive_attribute(doc, i, sentence.start) or not can_be_subject(marker, index.actors[key].label):
                    continue  # "stellt dem Irak Hilfe in Aussicht. ... schloss er aus": not the Irak
                if self._mention_gender(doc, index, i, marker) == gender:
                    return key
            if mentions:
                return None
        return None

    def _named_last(self, doc: Doc, index: EntityIndex, pronoun, genders: tuple[str, ...]) -> str | None:
        """The actor named last in the sentences before ``pronoun``, if its name or its head noun
        agrees with one of ``genders``."""
        for sentence, mentions in self._mentions_before(doc, index, pronoun.i):
            if not mentions or sentence.start <= pronoun.i < sentence.end:
                continue
            i, key = mentions[-1]
            end = i
            while end < sentence.end and index.key_at(end) == key:
                end += 1
            if any(t.pos_ == "NOUN" and t.i not in index.by_token for t in doc[end:sentence.end]):
                return None  # "… der Ukraine Raketen geliefert. Diese unterstützen …": the nearer noun is meant
            start = i
            while start - 1 >= sentence.start and index.key_at(start - 1) == key:
                start -= 1
            return key if self._genders_of_mention(doc, index, start, key, None) & set(genders) else None
        return None

    def _genders_of_mention(self, doc: Doc, index: EntityIndex, start: int, key: str, marker: str | None) -> set[str]:
        """The genders the mention of ``key`` at ``start`` may have: by its article (``marker``), its
        name and the tagger's reading of its first word (an oblique article tells none: "der
        Weltbank", "bei der Landeszentrale")."""
        return {self._mention_gender(doc, index, start, marker), gender_of(index.actors[key].label),
                *(gender for gender, ud in UD_GENDERS.items() if ud in doc[start].morph.get("Gender"))}

    def _clause_names_help(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether the cue's clause names a kind of help or a sum of money."""
        start, end = clause_bounds(sent, cue.start)
        return any(self.lexicon.category_of(t.text) for t in doc[start:end]) or bool(self._money(doc, doc[start:end]))

    @staticmethod
    def _subject_of_cue_verb(token, cue: Span) -> bool:
        """Whether ``token`` is the subject of the cue's verb, or of the verb it is coordinated with
        ("Diese kündigte den Vertrag und unterstützt die Seite nur noch mit 1.500 Euro")."""
        verb = cue.root
        return token.head == verb or (verb.dep_ == "conj" and token.head == verb.head)

    def _mention_gender(self, doc: Doc, index: EntityIndex, i: int, marker: str | None) -> str:
        """The gender of the actor mention at ``i``, or "plural": by its name's, by a plural
        noun in it ("Behörden"), else by the article before it."""
        key = index.key_at(i)
        gender = gender_of(index.actors[key].label)
        end = i
        while end < len(doc) and index.key_at(end) == key:
            end += 1
        if gender == "plural" or any(t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") for t in doc[i:end]):
            return "plural"
        return ARTICLE_GENDERS.get(marker or "", gender)

    def _reporting_clause(self, doc: Doc, sent: Span, i: int) -> bool:
        """ "Wie ein Sprecher der UN mitteilte, hat die Regierung ... im Einsatz": who reports it
        does not give."""
        return doc[clause_bounds(sent, i)[0]].lower_ in ("wie", "so") and self._speech_in_clause(doc, sent, i)

    def _speech_in_clause(self, doc: Doc, sent: Span, i: int) -> bool:
        start, end = clause_bounds(sent, i)
        return any(start <= c.start < end for c in self._speech_cues)

    def _listed_before(self, doc: Doc, index: EntityIndex, i: int) -> list[str]:
        """The states or organisations named together last before token ``i``, within two
        sentences: "verstimmte die USA und die Niederlande" -> [USA, Niederlande]."""
        for earlier, mentions in self._mentions_before(doc, index, i, reach=3):
            mentions = [(k, key) for k, key in mentions if index.category(key) != "Person"]
            for k, _key in reversed(mentions):
                chain = self._coordination(doc, earlier, index, k)
                if len(chain) >= 2:
                    return [key for _, key in chain]
        return []

    def _listed_subject(self, doc: Doc, sent: Span, index: EntityIndex, candidate: tuple[int, str]) -> str:
        """ "Die USA, Großbritannien und Frankreich haben ... zugesagt": the list's first member
        (the commas of a list are no clause bounds); the others give too (``_co_subjects``)."""
        if self._pronoun_list and self._pronoun_list[0] == candidate[0]:
            self._co_subjects = list(self._pronoun_list[1])  # "Sie" for the actors listed last
            return candidate[1]
        chain = self._coordination(doc, sent, index, candidate[0])
        if candidate[1] not in {key for _, key in chain}:
            return candidate[1]  # a role's person ("US-Außenminister John Kerry"), no list
        shared = self._sharing_the_mention(index, candidate[0], chain[0][1])
        self._co_subjects = [key for _, key in chain[1:]] + shared
        return chain[0][1]

    @staticmethod
    def _sharing_the_mention(index: EntityIndex, i: int, key: str) -> list[str]:
        """Other actors named by the same words as ``key`` at ``i``: "Die Berufsfeuerwehren aus Köln
        und Düsseldorf" is one mention of two brigades."""
        words = next(((start, end) for start, end, other, _kind in index.spans if other == key and start <= i < end),
                     None)
        return [other for start, end, other, _kind in index.spans
                if (start, end) == words and other != key and other in index.actors]

    def _coordination(self, doc: Doc, sent: Span, index: EntityIndex, i: int) -> list[tuple[int, str]]:
        """The actor mentions listed together with the one at ``i`` ("A, B und C"), in order."""
        mentions = self._actor_mentions(doc, sent, index, set())
        ends = {}
        for start, key in mentions:
            end = start
            while end < sent.end and index.key_at(end) == key:
                end += 1
            if end + 1 < sent.end and doc[end].text == "(" and index.key_at(end + 1) == key:
                # "Internationalem Währungsfonds (IWF) und ...": the bracketed short name is the same mention
                close = end + 1
                while close < sent.end and index.key_at(close) == key:
                    close += 1
                if close < sent.end and doc[close].text == ")":
                    end = close + 1
            ends[start] = end

        def link(a: int, b: int) -> str | None:
            between = [t.lower_ for t in doc[ends[a]:b]]
            articled = len(between) >= 2 and between[1] in ("die", "der", "das", "den", "dem")
            if between == [","] or (len(between) == 2 and between[0] == "," and articled):
                return ","  # "von der EU, dem Bund und dem Land Bayern"
            # "an die WHO und das Kinderhilfswerk Unicef": a common noun may say what the next one is
            described = len(between) == 3 and articled and doc[b - 1].pos_ == "NOUN" and index.key_at(b - 1) is None
            joined = between[:1] in (["und"], ["sowie"], ["oder"]) or (between[:1] == ["noch"] and negates(doc, ends[a]))
            if joined and (  # "weder Frankreich noch Italien" lists too
                    len(between) == 1 or (len(between) == 2 and articled) or described):
                return "und"
            return None

        position = next((k for k, (start, _) in enumerate(mentions) if start == i), None)
        if position is None:
            return [(i, index.key_at(i))]
        first = position
        while first > 0 and link(mentions[first - 1][0], mentions[first][0]):
            first -= 1
        last = position
        while last + 1 < len(mentions) and link(mentions[last][0], mentions[last + 1][0]):
            last += 1
        links = [link(mentions[k][0], mentions[k + 1][0]) for k in range(first, last)]
        if "und" not in links and not (links and self._list_goes_on(doc, sent, ends[mentions[last][0]])):
            return [mentions[position]]  # "der Afrikanischen Union, Ibrahima Fall,": an apposition
        chain = mentions[first:last + 1]
        keys = list(dict.fromkeys(key for _, key in chain))
        return [next(m for m in chain if m[1] == key) for key in keys]

    def _members(self, doc: Doc, sent: Span, cue: Span) -> AidItem | None:
        """The people at work, the subject before "im Einsatz": "Die Mitarbeiter von ...",
        "Helfer des Roten Kreuzes"."""
        # from the sentence start: the commas of a list of bodies end no clause here
        for token in doc[max(sent.start, cue.start - 25):cue.start]:
            if token.lower_.rpartition("-")[2] in MEMBER_NOUNS and token.dep_ in ("nsubj", "nsubj:pass"):
                begin, finish, text = span_text(doc, token.i, token.i + 1)
                return AidItem(text=text, category="Personnel", span=TextSpan(begin, finish, text))
        return None

    @staticmethod
    def _list_goes_on(doc: Doc, sent: Span, end: int) -> bool:
        """Whether a list of names goes on with unnamed members up to its "und": "von Feuerwehr,
        Technischem Hilfswerk, Rotem Kreuz, Lebensrettungs-Gesellschaft und Polizei"."""
        for k in range(end, min(sent.end, end + 8)):
            word = doc[k]
            if word.lower_ in ("und", "sowie"):
                return k > end
            if word.text != "," and not word.text[:1].isupper():
                return False
        return False

    def _speaker(self, index: EntityIndex, sentence: int | None) -> str | None:
        """Who says "wir helfen": the speaker of the sentence or of the quote just before, for
        the state or organisation they speak for."""
        if sentence is None:
            return None
        speaker = self._speakers.get(sentence) or self._speakers.get(sentence + 1) or self._speakers.get(sentence - 1)
        return index.principal(speaker) if speaker else None

    def _noun_provider(self, doc: Doc, cue: Span, index: EntityIndex) -> str | None:
        """ "das Angebot des Irans", "Kerrys Angebot", "das iranische Angebot", "Hilfe aus Deutschland" """
        j = self._past_amount(doc, cue)
        if j < len(doc) and doc[j].lower_ in NOUN_GIVER_MARKERS:
            k = skip_adjectives(doc, j + 1, len(doc))
            key = index.key_at(k)
            if key and key in index.actors:
                return key
        if j < len(doc) and doc[j].text.endswith("s") and (giver := self._genitive_giver(index, j)) is not None:
            return giver  # "die Unterstützung Großbritanniens", "… Moskaus"
        i = cue.start - 1
        if i >= 0:
            hit = index.by_token.get(i)
            if hit and hit[0] in index.actors and (hit[1] == "adjective" or doc[i].text.endswith("s")):
                return hit[0]
        own = index.by_token.get(cue.start)
        if own and own[1] == "prefix" and own[0] in index.actors and (
                index.category(own[0]) in ("Country", "ArmedGroup") or _international_body(own[0])):
            # "die US-Militärhilfe", "die Nato-Unterstützung", "IWF-Kredite": the state or body the compound
            # names (a company's are business: "die Raiffeisen-Kredite", "die Siemens-Hilfe")
            return own[0]
        givers = self._givers_by_agent_phrase(doc, cue, index)
        if givers is not None:
            self._co_subjects = givers[0][1:]
            return givers[0][0]
        return None

    def _givers_by_agent_phrase(self, doc: Doc, cue: Span, index: EntityIndex) -> tuple[list[str], int] | None:
        """ "die Tranche der Hilfszahlungen durch EU, IWF und EZB", "die Lieferung von Waffen durch
        die USA an die Kurden": the givers of a durch-phrase closing the noun's phrase (past what it
        gives), and the token after the phrase, where a recipient may follow."""
        sent = cue.sent
        for k in range(cue.end, min(sent.end - 1, cue.end + AGENT_PHRASE_REACH)):
            word = doc[k]
            if word.lower_ == "durch":
                break
            if word.is_punct or word.pos_ in ("VERB", "AUX"):
                return None
        else:
            return None
        giver = self._agent_at(doc, sent, index, k + 1)
        first = next((i for i in range(k + 1, min(sent.end, k + 6)) if self._is_actor(index, i) == giver), None)
        if giver is None or first is None:
            return None
        chain = self._coordination(doc, sent, index, first)
        end = chain[-1][0]
        while end < sent.end and index.key_at(end) == chain[-1][1]:
            end += 1
        return [key for _, key in chain], end

    def _recipients(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex, skip: set[int]) -> list[str]:
        recipients = []
        bare = []
        clause_start, clause_end = clause_around_relatives(sent, found.cue.start)
        if clause_start == sent.start:
            clause_start = self._after_accusation(doc, sent, found.cue.start) or clause_start
        sending = found.cue.kb_id_ in SENDING | FLOWING or found.kind == "exclude" or any(
            t.lower_.endswith(SENDING_NOUNS) for t in doc[clause_start:clause_end])  # "die Entsendung von Experten"
        accusative = found.cue.kb_id_ in ACCUSATIVE_RECIPIENT
        contributing = found.cue.kb_id_ in CONTRIBUTING
        # forces raised where they serve are stationed there: "stocken ihre Truppen im Irak auf"
        # (not where the article tells of an invasion: "Russland stockt seine Truppen in der Ukraine auf")
        stationed = found.cue.kb_id_ in RAISING and _military(found.offered + found.excluded) \
            and not _tells_of_occupation(doc)
        for i, key in self._actor_mentions(doc, sent, index, skip):
            if key == found.provider or index.principal(key) == index.principal(found.provider or "") \
                    or key in found.co_providers:
                continue
            if index.role_at(i) and not self._fighters_of(doc, index, i, key) \
                    or self._affiliation_in_brackets(doc, index, i) or self._counted_people(doc, index, i):
                continue
            marker = marker_before(doc, i, sent.start)
            if self._after_giving_relative_pronoun(doc, sent, index, found, i):
                marker = None  # "der Weltbank, die Ägypten einen Kredit gewährt": the pronoun is no article
            if marker is None and i - 1 > sent.start and doc[i - 1].lower_ in ("und", "sowie", "oder") and recipients:
                recipients.append(key)  # "nach Rumänien und Litauen"
                continue
            label = index.actors[key].label
            # not after a name: "dass Deutschland der Türkei drei Milliarden Euro bereitstelle" is a dative
            after_noun = is_genitive_attribute(doc, i, sent.start) and not self._after_a_name(doc, index, i, sent)
            coordinated = i - 1 > sent.start and doc[i - 1].lower_ in ("und", "sowie")
            plural = "plural" in (gender_of(label), gender_of(self._mention_text(doc, index, i)))
            if marker in DATIVE_MARKERS or marker in ("für", "an") or (marker in CONTRIBUTION_MARKERS and contributing):
                recipients.append(key)
            elif after_noun and contributing and self._owns_undertaking(doc, i, sent.start):
                recipients.append(key)  # "trägt zu dem Hilfsfonds der Vereinten Nationen bei"
            elif marker == "den" and plural and not after_noun:
                recipients.append(key)  # a plural name's dative: "den USA", "den Vereinten Nationen"
            elif marker in ("den", "die", "das", "seinen", "ihren") and accusative and clause_start <= i < clause_end \
                    and not after_noun and not coordinated:
                recipients.append(key)  # "Die Nato will die Türkei ... unterstützen"
            elif after_noun and self._owner_helped(doc, i, sent.start):
                recipients.append(key)  # "stellt der Mission der AU ... bereit", "für den Wiederaufbau der Ukraine"
            elif after_noun and (accusative or found.cue.kb_id_ in FUNDED_BY_AGENT) \
                    and self._owns_object(doc, found.cue, i, sent.start):
                # "wird ein neues Programm des IFAD unterstützen", "das von der EU finanzierte Projekt der Caritas"
                recipients.append(key)
            elif marker == "der" and not after_noun and "feminine" in {gender_of(label), gender_of(self._mention_text(doc, index, i)),
                                                                      _described_as(doc, i, sent.start)} | \
                    ({"plural"} if gender_of(label) == "plural" else set()):
                # dative of a feminine name: "der Ukraine", "der Freien Syrischen Armee" (FSA), or of
                # a name after a feminine noun: "der Firma Porsche"
                recipients.append(key)
            elif marker == "der" and not after_noun and not coordinated \
                    and self._dative_after_named_giver(doc, sent, index, found, i, key):
                recipients.append(key)  # "Siemens hat der Caritas 20.000 Euro gespendet"
            elif (marker in ("in", "nach") and sending or marker in ("in", "im") and stationed) \
                    and index.category(key) == "Country" \
                    and not doc[marker_at(doc, i, sent.start) - 1].lower_.endswith(MILITARY_ACTIONS):
                recipients.append(key)  # "schicken 300 Berater in den Irak", not "ein Krieg in Libyen"
            elif marker == "nach" and found.cue.kb_id_ in FLOWING and key in index.places:
                recipients.append(key)  # "Mittel fließen nach South Carolina": the region taken for an actor
            elif marker is None and clause_start <= i < clause_end and \
                    index.category(key) in ("Country", "Organization", "ArmedGroup"):
                bare.append(key)
        if not recipients and bare and not found.noun:
            recipients = bare[:1]  # "Kerry sagt Irak Unterstützung zu", "will Mali unterstützen"
        if not recipients:
            recipients = self._people_of_a_state(doc, sent, found, index, clause_start, clause_end)
        if not recipients:
            recipients = self._organ_of_state_written_about(doc, sent, found, index, clause_start, clause_end)
        if not recipients:
            recipients = self._dative_antecedent(doc, sent, found, index)
        if not recipients and sending:
            recipients = self._state_of_destination(doc, sent, found, index, clause_start, clause_end)
        if not recipients and found.kind == "offer":
            recipients = self._state_referred_to(doc, sent, found, index, clause_start, clause_end, sending)
        if not recipients and found.kind == "offer":
            recipients = self._state_relieved(doc, sent, found, index)
        if not recipients and found.kind == "offer" and not found.noun:
            recipients = self._state_in_need(doc, sent, found, index, clause_start, clause_end)
        if not recipients and found.kind == "offer":
            recipients = self._recipient_asked_about(doc, sent, found, index)
        # "unterstützt Syrien und den Iran": the other members of a recipient's list
        starts = {key: i for i, key in reversed(self._actor_mentions(doc, sent, index, skip))}
        givers = {found.provider, *found.co_providers}
        listed = [key for r in recipients if r in starts
                  for _, key in self._coordination(doc, sent, index, starts[r]) if key not in givers]
        return list(dict.fromkeys([*recipients, *listed]))

    def _after_giving_relative_pronoun(self, doc: Doc, sent: Span, index: EntityIndex, found: _Found, i: int) -> bool:
        """Whether the name at ``i`` follows a relative pronoun that is the clause's subject and
        stands for the giver named before its comma."""
        k = i - 1
        return k - 2 >= sent.start and doc[k].lower_ in ARTICLE_GENDERS and doc[k - 1].text == "," \
            and self._pronoun_as_subject(index, doc[k]) and found.provider is not None \
            and self._is_actor(index, k - 2) == found.provider

    def _dative_after_named_giver(self, doc: Doc, sent: Span, index: EntityIndex, found: _Found, i: int,
                                  key: str) -> bool:
        """ "Siemens hat der Caritas 20.000 Euro gespendet", "stellte der Volkshilfe Geld zur
        Verfügung": a name of no known gender after "der" is a nominative only if masculine; once the
        giver is named earlier in the clause as its subject, "der" + name is the dative of a feminine
        one (most organisations' nouns: "die Caritas", "die Diakonie"). Only for help named as
        something given, not bare "Unterstützung" or an "Angebot", which parties make each other
        ("Die Union hat der FDP ein Angebot gemacht")."""
        if not any(item.category not in VAGUE_HELP for item in found.offered):
            return False
        label = index.actors[key].label
        if "masculine" in (gender_of(label), gender_of(self._mention_text(doc, index, i))) \
                or _described_as(doc, i, sent.start) == "masculine":
            return False
        clause_start, clause_end = clause_bounds(sent, found.cue.start)
        if not clause_start <= i < clause_end or found.provider is None:
            return False
        article = i - 1
        while article > clause_start and is_adjective_like(doc[article]):
            article -= 1
        if article > sent.start and doc[article - 1].lower_ in ALONGSIDE:
            return False  # "Siemens hat wie der ORF gespendet": another giver, not a recipient
        giver = self._first_mention(doc, sent, index, found.provider)
        return clause_start <= giver < i

    def _dative_antecedent(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex) -> list[str]:
        """ "die Ukraine, der die USA Waffen liefern", "Griechenland, dem die EU Kredite gewährt": the
        actor before a relative clause whose pronoun is a dative is the one helped."""
        start = clause_bounds(sent, found.cue.start)[0]
        if start - 2 < sent.start or doc[start - 1].text != ",":
            return []
        antecedent = self._is_actor(index, start - 2)
        if antecedent is None or index.principal(antecedent) == index.principal(found.provider or ""):
            return []
        first = start - 2
        while first - 1 >= sent.start and index.key_at(first - 1) == antecedent:
            first -= 1
        gender = self._mention_gender(doc, index, first, marker_before(doc, first, sent.start))
        pronoun = doc[start].lower_
        dative = pronoun == "dem" and gender in ("masculine", "neuter") or pronoun == "der" and gender == "feminine" \
            or pronoun == "denen" and gender == "plural"
        return [antecedent] if dative else []

    def _after_a_name(self, doc: Doc, index: EntityIndex, i: int, sent: Span) -> bool:
        """Whether the article before the mention at ``i`` follows an actor's name."""
        marker = marker_at(doc, i, sent.start)
        return marker is not None and marker > sent.start and self._is_actor(index, marker - 1) is not None

    @staticmethod
    def _owns_undertaking(doc: Doc, i: int, sentence_start: int) -> bool:
        """Whether the genitive at ``i`` owns an undertaking one pays into: "am Fonds der Weltbank",
        "zum Hilfsprogramm des UNHCR"."""
        marker = marker_at(doc, i, sentence_start)
        if marker is None or marker <= sentence_start:
            return False
        head = marker - 1
        return doc[head].lower_.endswith(UNDERTAKINGS) \
            and marker_before(doc, head, sentence_start) in CONTRIBUTION_MARKERS

    @staticmethod
    def _fighters_of(doc: Doc, index: EntityIndex, i: int, key: str) -> bool:
        """ "bildet kurdische Peschmerga-Kämpfer aus": fighters named by their force, as the first
        part of a compound, are that force helped (a person's office is not)."""
        role = index.role_at(i)
        return role is not None and role.person is None and role.start == i and role.end == i + 1 \
            and index.category(key) in ("Organization", "ArmedGroup") and "-" in doc[i].text \
            and doc[i].lower_.endswith(FIGHTERS)

    @staticmethod
    def _owner_helped(doc: Doc, i: int, sentence_start: int) -> bool:
        """Whether the genitive at ``i`` owns what help is given to or for: a mission or force in
        the dative ("stellt der Mission der Afrikanischen Union Flugzeuge zur Verfügung"), or the
        rebuilding help pays for ("300 Millionen für den Wiederaufbau der Ukraine")."""
        marker = marker_at(doc, i, sentence_start)
        if marker is None or marker <= sentence_start:
            return False
        head = marker - 1
        before = marker_before(doc, head, sentence_start)
        if doc[head].lower_.endswith(HELPED_BODIES):
            return before in ("der", "dem")
        return doc[head].lower_.endswith(REBUILDING) and before in ("für", "zum", "den")
    @staticmethod
    def _owns_object(doc: Doc, cue: Span, i: int, sentence_start: int) -> bool:
        """Whether the genitive at ``i`` belongs to the cue verb's object, an undertaking: "ein
        Programm des IFAD unterstützen" supports the IFAD, "die Politik der Türkei" does not; so does
        the subject of its passive or the noun its participle qualifies ("Das Projekt der Caritas wird
        finanziert", "das finanzierte Projekt der Caritas")."""
        marker = marker_at(doc, i, sentence_start)
        head = doc[marker - 1] if marker is not None and marker > sentence_start else None
        verb = cue[0]
        return head is not None and head.lower_.endswith(UNDERTAKINGS) and (
            (head.dep_ in ("obj", "nsubj:pass") and head.head.i == verb.i)
            or (verb.dep_ == "amod" and verb.head.i == head.i))

    def _people_of_a_state(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex,
                           clause_start: int, clause_end: int) -> list[str]:
        """ "der griechischen Bevölkerung helfen": the people of a state, in the dative, are that
        state helped; so is a state's organ named by the state's adjective ("überwies der
        libanesischen Zentralbank eine Milliarde")."""
        for token in doc[clause_start:clause_end - 1]:
            hit = index.by_token.get(token.i)
            following = doc[token.i + 1]
            if hit and hit[1] == "adjective" and hit[0] in index.actors and index.category(hit[0]) == "Country" \
                    and (following.lower_ in PEOPLE_OF_A_STATE or following.lower_.endswith(ORGANS_OF_A_STATE)) \
                    and marker_before(doc, token.i + 1, sent.start) in ("der", "dem") \
                    and index.principal(hit[0]) != index.principal(found.provider or ""):
                return [hit[0]]
        return []

    def _organ_of_state_written_about(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex,
                                      clause_start: int, clause_end: int) -> list[str]:
        """ "Beirut – … Die USA hatten 95 Millionen Dollar für die Streitkräfte freigegeben": a state's
        organ of no named state ("die Armee", "die Regierung"), as what the help is for or, after
        "unterstützen", whom it helps, is that of the state the article is about, if not the giver's."""
        state = self._topic_state
        if state is None or state not in index.actors or index.principal(state) == index.principal(found.provider or ""):
            return []
        accusative = found.cue.kb_id_ in ACCUSATIVE_RECIPIENT
        for token in doc[clause_start:clause_end]:
            if not (token.lower_.endswith(ORGANS_OF_A_STATE) or token.lower_ == "streitkräfte") \
                    or token.i in index.by_token or index.key_at(token.i - 1) is not None:
                continue  # (not "die libanesische Armee", an adjective's state, told by _people_of_a_state)
            marker = marker_before(doc, token.i, sent.start)
            owned = token.i + 1 < sent.end and doc[token.i + 1].lower_ in ("des", "der", "von")
            if not owned and (marker in ("für", "an") or accusative and marker in ("die", "den")):
                return [state]
        return []

    def _state_of_destination(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex,
                              clause_start: int, clause_end: int) -> list[str]:
        """Help sent into part of a state goes to that state: "schickt Helfer in die Region Tigray",
        "liefert Waffen in den Nordirak"; or into a place named by a common noun ("in die
        Katastrophenregion", "in die Provinz Hatay") where the sentence names that state and no other
        ("nach dem Erdbeben im Osten der Türkei")."""
        giver = index.principal(found.provider or "")
        for start, _end, key, _kind in index.spans:
            if not clause_start <= start < clause_end or key in index.actors:
                continue
            place = index.places.get(key)
            if place is None or not self._sent_into(doc, sent, start):
                continue
            state = f"country:{place.country}" if place.country and place.kind == "region" \
                else self._compass_state(place.label)
            if state is None and self._capital_of_state(key, place) and found.offered \
                    and doc[marker_at(doc, start, sent.start)].lower_ == "nach":
                state = f"country:{place.country}"  # "Frachtflugzeuge mit Zelten nach Islamabad"
            if state is not None and state != giver and self._state_actor(index, state):
                return [state]
        vague = next((t for t in doc[clause_start:clause_end]
                      if t.lower_.endswith(VAGUE_DESTINATIONS) and t.pos_ == "NOUN"
                      and self._sent_into(doc, sent, t.i)), None)
        if vague is None:
            return []
        states = {key for start, _end, key, kind in index.spans
                  if sent.start <= start < sent.end and key.startswith("country:") and kind in ("name", "alias")
                  and key in index.actors and key != giver}
        return [states.pop()] if len(states) == 1 else []

    def _state_referred_to(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex,
                           clause_start: int, clause_end: int, sending: bool) -> list[str]:
        """ "Die USA wollen in dem südamerikanischen Land beim Räumen der Minen helfen", "sagte dem
        Land Hilfe zu", "Mittel fließen in den Bundesstaat": a definite common noun for a state (or a
        federal state) refers back to the one named last before it that is not the giver, and as the
        receiver of the help (dative, für/an, or where it goes) names that state helped. Not "ihr
        Land" (the speaker's own, see _subject) nor "jedem Land"; and a bare "im Land" after sentences
        that named the giver last is its own land ("Deutschland hat Flüchtlinge aufgenommen. Die
        Regierung will den Menschen im Land helfen"), where an adjective that describes the state
        ("dem südamerikanischen Land") tells of another one."""
        giver = index.principal(found.provider or "")
        accusative = found.cue.kb_id_ in ACCUSATIVE_RECIPIENT
        for token in doc[clause_start:clause_end]:
            kind = STATE_NOUNS.get(token.lower_)
            if kind is None or token.pos_ not in ("NOUN", "PROPN") or token.i in index.by_token:
                continue
            at = marker_at(doc, token.i, sent.start)
            if at is None:
                continue
            words = [t.lower_ for t in doc[at:token.i]]
            if not any(w in REFERRING_DETERMINERS for w in words):
                continue  # "ein Land", "ihr Land", "jedes Land": no state named before
            marker = words[0]
            receives = marker in ("dem", "für", "an") or (marker in ("den", "das") and accusative) \
                or (marker in ("in", "ins", "nach") and sending) \
                or (marker in ("in", "im") and index.category(giver) == "Country" and kind == "country")
            if not receives:
                continue
            if any(t.lower_.startswith(OWN_LAND_WORDS) for t in doc[at + 1:token.i]):
                continue  # "im ganzen Land", "im eigenen Land": the giver's own
            # "dem südamerikanischen Land" describes a state other than the one just talked about
            described = any(is_adjective_like(t) and t.lower_ not in REFERRING_DETERMINERS for t in doc[at + 1:token.i])
            state = self._last_state_before(doc, index, token.i, 0 if described else sent.start, giver, kind)
            if state is not None and (self._state_actor(index, state) if kind == "country"
                                      else self._place_actor(index, state)):
                return [state]
        return []

    def _recipient_asked_about(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex) -> list[str]:
        """ "STANDARD: Wer bezahlt die Reformen in Odessa? Saakaschwili: Die USA haben drei Millionen
        Dollar gegeben": an answer that tells help with no receiver answers the question about help
        right before it, and the one party that question names besides the giver is helped (not the
        interview's speakers, named before a colon, nor a paper)."""
        number = self._sentence_at.get(sent.start)
        if not number:
            return []
        question = self._sentences[number - 1]
        if not question.text.rstrip().endswith("?") or not (_speaker_tagged(question) or _speaker_tagged(sent)):
            return []  # an interview's question, not a report's rhetorical one ("Doch wie reagiert Moskau?")
        # a cue of help, with a word for it where the cue alone means none ("Wie geht es den Menschen?");
        # who pays for something is asked about its funding ("Wer bezahlt die Reformen?")
        names_help = any(is_noun_like(t) and self.lexicon.category_of(t.text) for t in question)
        if not any(question.start <= c.start < question.end and c.label_ in OFFER_KINDS
                   and (c.kb_id_ not in cues_requiring_items() or c.kb_id_ in PAYING or names_help)
                   for c in doc.spans.get(self.cues_key, [])):
            return []
        giver = index.principal(found.provider or "")
        asked = set()
        for start, end, key, kind in index.spans:
            if not question.start <= start < question.end or kind not in ("name", "alias") \
                    or end < len(doc) and doc[end].text == ":" or index.category(key) == "Media":
                continue
            # what the question asks about, in a phrase of place or purpose ("die Reformen in
            # Odessa") or as the one who gets ("Wie viel Geld bekommt Moldau?"), not one asked about
            # as a giver ("Wie viel Geld gibt Japan?")
            receives = any(t.dep_ in ("nsubj", "nsubj:pass") and t.head.lemma_ in RECEIVING_VERBS for t in doc[start:end])
            if index.principal(key) != giver and index.state_of(key) != giver and (receives or any(
                    t.lower_ in ("in", "im", "für", "an", "nach") for t in doc[max(question.start, start - 3):start])):
                asked.add(key)
        if len(asked) != 1:
            return []
        key = asked.pop()
        if key in index.actors:
            return [key]
        return [key] if self._state_actor(index, key) or self._place_actor(index, key) else []

    @staticmethod
    def _place_actor(index: EntityIndex, key: str) -> bool:
        """Make the town or federal state at ``key`` an actor, as a receiver of help is one (as places.py
        makes the region money flows to by name: "Mittel sollen nach South Carolina fließen")."""
        place = index.places.get(key)
        if place is None:
            return False
        index.actors.setdefault(key, Actor(key=key, label=place.label, category="Other", mentions=list(place.mentions)))
        return True

    @staticmethod
    def _last_state_before(doc: Doc, index: EntityIndex, i: int, skip_from: int, giver: str, kind: str) -> str | None:
        """The state (``kind`` "country") or federal state ("region") named last before token ``i``,
        skipping the giver's mentions from ``skip_from`` on (in the sentence at hand "das Land" is not
        the subject's own); None if the one named last before that is the giver."""
        found = None
        towns: list[tuple[int, str]] = []  # (start, state) of towns named, latest first
        givers = {c.start for c in doc.spans.get("kg_cues", []) if c.label_ in OFFER_KINDS}
        for start, end, key, mention in sorted(index.spans, key=lambda span: span[0], reverse=True):
            if start >= i or mention == "alias" and end - start == 1 and doc[start].lower_.endswith(GOVERNMENT_WORDS):
                # "der Regierung" refers back itself, and is no name to refer back to ("Kiew", "der
                # kolumbianischen Regierung" are)
                continue
            if any(t.dep_ in ("nsubj", "nsubj:pass") and t.head.i in givers for t in doc[start:end]):
                continue  # "Pakistan unterstützt die Islamisten": a giver named before is not the land helped
            region = key in index.places and index.places[key].kind == "region"
            place = index.places.get(key)
            if kind == "country" and place is not None and place.kind == "city" and place.country:
                towns.append((start, f"country:{place.country}"))  # "Kiew": its state is named too
                continue
            if kind == "country" and key.startswith("country:"):
                state = key  # by its name or adjective: "der kolumbianischen Regierung"
            elif region:
                if kind == "country":
                    return None  # "In Bayern … in das Land": a federal state named last is the land meant
                state = key
            else:
                continue
            if index.principal(state) == giver:
                if start >= skip_from:
                    continue
                return found
            if found is None:
                found, named_at = state, start
                if any(town_state not in (found, giver) and doc[town].sent.start == doc[start].sent.start
                       for town, town_state in towns):
                    return None  # "Russland hat Kiew angegriffen": two states in one sentence besides the giver
            elif index.principal(state) != index.principal(found) and doc[start].sent.start >= doc[named_at].sent.start - 1:
                return None  # two states named lately besides the giver: which one is meant?
            else:
                break
        return found

    def _state_relieved(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex) -> list[str]:
        """ "will die Republik Moldau entlasten und 2500 Menschen aufnehmen", "aufnehmen, um Athen zu
        entlasten": the state relieved, the object of "entlasten" in the sentence, is helped."""
        return [state] if (state := self._relieved_in(doc, sent, index)) is not None \
            and state != index.principal(found.provider or "") and self._state_actor(index, state) else []

    def _relieved_in(self, doc: Doc, sent: Span, index: EntityIndex) -> str | None:
        """The state a sentence relieves: the state, or its capital, named as the object of "entlasten"."""
        for token in sent:
            if not token.lower_.startswith("entlast") or token.pos_ not in ("VERB", "AUX"):
                continue
            start = clause_bounds(sent, token.i)[0]
            for i in range(token.i - 1, start - 1, -1):
                key = index.key_at(i)
                if key is None or (i > start and index.key_at(i - 1) == key):
                    continue
                state = index.state_of(key)
                if state is not None and marker_before(doc, i, sent.start) in (None, "die", "den", "das", "um"):
                    return state  # "die Republik Moldau ... entlasten", "um Athen zu entlasten"
        return None

    def _state_in_need(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex,
                       clause_start: int, clause_end: int) -> list[str]:
        """Help with no recipient of its own, told in a paragraph about one state in need: "Nach dem
        Zyklon im Zentrum Mosambiks ...", "Griechenland erhält Unterstützung aus mehreren Ländern.
        Rumänien schickte 40 Feuerwehrleute", "Bei einer Geberkonferenz für den Sudan ... Allein
        Deutschland sagte 244 Millionen Euro zu", "Die Ukraine kann auf weitere Hilfe hoffen". The
        nearest of this and up to three sentences before it, in the same paragraph, that names a state
        in need names the state helped, if one only and not the giver."""
        giver = index.principal(found.provider or "")
        if not giver or index.category(giver) not in ("Country", "Organization", "Person"):
            return []
        # a destination of its own in the clause ("Hilfsgüter nach Jordanien"): not this state's help
        for start, _end, key, _kind in index.spans:
            if clause_start <= start < clause_end and marker_before(doc, start, sent.start) in ("nach", "ins", "für", "an") \
                    and index.state_of(key) not in (None, giver):
                return []
        number = self._sentence_at.get(sent.start)
        if number is None:
            return []
        for n in range(number, max(-1, number - 4), -1):
            if n < number and line_break_after(doc, self._sentences[n], self._sentences[n + 1].start):
                break  # another paragraph
            states = self._states_in_need(doc, self._sentences[n], index) - {giver}
            if states:
                state = states.pop()
                return [state] if not states and self._state_actor(index, state) else []
        # "Nach dem schweren Erdbeben im Osten der Türkei ... [five sentences on] Griechenland schickte
        # ein Team": an article about one state in need, named further up, names the state helped
        # (a state giving only: an aid agency or a guard of that state helps wherever it is; in this
        # paragraph only)
        states = set()
        for n in range(number - 1 if index.category(giver) == "Country" else -1, -1, -1):
            if line_break_after(doc, self._sentences[n], self._sentences[n + 1].start):
                break
            states |= self._states_in_need(doc, self._sentences[n], index)
        states -= {giver}
        if not states:
            # "Bosnien-Herzegowina hat internationale Hilfe angefordert. [a paragraph on] Kroatien
            # schickte zwei Hubschrauber": the one state that called for help earlier in the article,
            # whoever gives after answers the call (not one receiving help: "Portugal erhält Unterstützung"
            # tells of that paragraph's givers). In a sentence: a headline's loose grammar ("UN bitten um
            # Hilfe, Berlin sagt Geld zu") tells no asker.
            states = set().union(*(self._sentence_asking(doc, n, index) for n in range(number)
                                   if self._sentences[n].text.rstrip().endswith((".", "!", "?", "“", '"'))))
            states -= {giver}
        if len(states) == 1:
            state = states.pop()
            return [state] if self._state_actor(index, state) else []
        return []

    def _states_in_need(self, doc: Doc, sent: Span, index: EntityIndex) -> set[str]:
        """The states a sentence makes the ones in need: struck by a disaster ("nach dem Erdbeben im
        Westen Afghanistans", "die Waldbrände nördlich von Athen"), helped by a conference ("eine
        Geberkonferenz für den Sudan"), relieved ("die Republik Moldau entlasten"), promised help by
        givers left unnamed ("mehrere Mitgliedstaaten haben Griechenland Hilfe zugesagt"), or asking
        for help."""
        states = self._states_asking(doc, sent, index)
        if any(t.lower_.startswith(HELP_WORDS) for t in sent):
            states |= {key for i, key in self._actor_mentions(doc, sent, index, set())
                       if index.category(key) == "Country" and marker_before(doc, i, sent.start) is None
                       and self._after_unnamed_givers(doc, sent, i)}
        relieved = self._relieved_in(doc, sent, index)
        if relieved is not None:
            states.add(relieved)
        for token in sent:
            word = token.lower_
            # (not "die bereits vor dem Zyklon in Myanmar tätig waren": before it, no one was in need)
            # ("das Beben", "die Flut", not "Wahlbeben", "Flüchtlingsflut")
            disaster = token.pos_ in ("NOUN", "PROPN") and (word.endswith(DISASTERS) or word in ("beben", "flut", "fluten")) \
                and marker_before(doc, token.i, sent.start) != "vor"
            conference = word.endswith("konferenz") and token.i + 1 < sent.end and doc[token.i + 1].lower_ == "für"
            if not (disaster or conference):
                continue
            for i in range(token.i + 1, min(sent.end, token.i + 8)):
                if doc[i].text in (",", ";", ".") or doc[i].pos_ in ("VERB", "AUX"):
                    break
                key = index.key_at(i)
                state = index.state_of(key) if key is not None else None
                if state is not None:
                    states.add(state)
                    break
        return states

    def _sentence_asking(self, doc: Doc, number: int, index: EntityIndex) -> set[str]:
        """The states sentence ``number`` makes ask for help, by ASKING_VERBS (asked again for every
        offer with no receiver after it, so read once)."""
        if number not in self._asking:
            self._asking[number] = self._states_asking(doc, self._sentences[number], index, ASKING_VERBS)
        return self._asking[number]

    def _states_asking(self, doc: Doc, sent: Span, index: EntityIndex,
                       verbs: frozenset[str] | None = None) -> set[str]:
        """The states a sentence makes the subject of receiving, hoping or asking for help
        ("erhält Griechenland Unterstützung", "hat internationale Hilfe angefordert"), by ``verbs``
        (all NEEDING_VERBS unless given)."""
        states: set[str] = set()
        needing = {t.i for t in sent if t.lower_ in (verbs or NEEDING_VERBS)}
        # help by its name or its kind: "bat um Hilfe", "bat die USA um Luftangriffe"
        if needing and any(t.lower_.startswith(HELP_WORDS) or is_noun_like(t) and self.lexicon.category_of(t.text)
                           for t in sent):
            for i, key in self._actor_mentions(doc, sent, index, set()):
                marker = marker_before(doc, i, sent.start)
                if self._nearest_verb(doc[i]) in needing \
                        and index.category(key) == "Country" and key.startswith("country:") \
                        and marker in (None, "die", "der", "das") and not is_genitive_attribute(doc, i, sent.start) \
                        and index.by_token.get(i, ("", ""))[1] in ("name", "alias"):
                    states.add(key)
        return states

    @staticmethod
    def _nearest_verb(token) -> int | None:
        """The verb a token depends on, as parsed: the subject's of "UN bitten um Hilfe, Berlin
        sagt Geld zu" for "Berlin" is "sagt"."""
        while token.head.i != token.i:
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return token.i
        return None

    @staticmethod
    def _capital_of_state(key: str, place) -> bool:
        """Whether the place is the capital of its state (help sent there goes to that state)."""
        return place.country is not None and place.kind == "city" \
            and load_gazetteer().capitals.get(place.country) == key

    @staticmethod
    def _sent_into(doc: Doc, sent: Span, i: int) -> bool:
        """Whether the place at ``i`` is where something goes: "in den Nordirak", "ins Krisengebiet",
        "nach Tigray", not where it is ("in der Region", "in Rangun eingetroffen")."""
        at = marker_at(doc, i, sent.start)
        if at is None or doc[at].lower_ not in DESTINATION_MARKERS:
            return False
        between = {t.lower_ for t in doc[at + 1:i]}
        return doc[at].lower_ != "in" or bool(between & {"den", "die", "das"})

    @staticmethod
    def _state_actor(index: EntityIndex, state: str) -> bool:
        """Whether ``state`` is an actor of the article, made one from the gazetteer if need be: a
        state helped through one of its regions is a party to the help ("in den Nordirak")."""
        if state in index.actors:
            return True
        entry = load_gazetteer().entries.get(state)
        if entry is None:
            return False
        index.actors[state] = Actor(key=state, label=entry.name, category="Country", wikidata=entry.wikidata)
        return True

    @staticmethod
    def _compass_state(label: str) -> str | None:
        """ "Nordirak", "Ostukraine": the state a compass point names part of."""
        lower = label.lower()
        prefix = next((p for p in COMPASS_PREFIXES if lower.startswith(p) and len(lower) > len(p) + 2), None)
        if prefix is None or " " in label:
            return None
        key = load_gazetteer().lookup([label[len(prefix):].capitalize()])
        return key if key is not None and key.startswith("country:") else None

    def _recipients_repeated(self, doc: Doc, sent: Span, found: _Found, index: EntityIndex,
                             in_sentence: list[_Found]) -> list[str]:
        """ "Österreich hat die Entsendung von Experten nach Griechenland zugesagt. Faymann sagte,
        auch Länder wie Deutschland und Schweden würden Leute schicken": "auch" repeats the offer
        told just before, with its recipients, for other givers."""
        start, end = clause_bounds(sent, found.cue.start)
        if not any(t.lower_ in REPEATING for t in doc[start:end]):
            return []
        sentence = found.sentence
        earlier = [f for f in [*self._found, *in_sentence] if f is not found and f.kind == "offer" and f.recipients
                   and (sentence - 2 <= f.sentence < sentence
                        or (f.sentence == sentence and f.cue.start < found.cue.start))]
        if not earlier:
            return []
        givers = {index.principal(found.provider or ""), *(index.principal(c) for c in found.co_providers)}
        return [r for r in earlier[-1].recipients if index.principal(r) not in givers]

    @staticmethod
    def _counted_people(doc: Doc, index: EntityIndex, i: int) -> bool:
        """ "20.000 Syrer aufnehmen", "2,5 Millionen Syrer", "Tausende Syrer": counted people of a
        nation, not their state."""
        hit = index.by_token.get(i)
        if hit is None or hit[1] != "demonym" or i == 0:
            return False
        count = doc[i - 1]
        return count.like_num or count.lower_ in _LARGE_NUMBERS or count.lower_ in SHARES_OF_PEOPLE \
            or count.lower_.endswith(("hunderte", "tausende"))  # "Hunderttausende"

    @staticmethod
    def _affiliation_in_brackets(doc: Doc, index: EntityIndex, i: int) -> bool:
        """ "Innenministerin Johanna Mikl-Leitner (ÖVP)": the party of the person before the bracket."""
        return i >= 2 and doc[i - 1].text == "(" and index.key_at(i - 2) is not None \
            and index.category(index.key_at(i - 2)) == "Person"

    def _by_marker(self, doc: Doc, sent: Span, index: EntityIndex, markers: set[str], skip: set[int],
                   *, places: bool = False) -> list[str]:
        keys = []
        for i in range(sent.start, sent.end):
            key = index.key_at(i)
            if key is None or i in skip or (i > sent.start and index.key_at(i - 1) == key):
                continue
            table = index.places if places else index.actors
            if key in table and marker_before(doc, i, sent.start) in markers:
                keys.append(key)
        return list(dict.fromkeys(keys))

    def _object_phrase(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> AidItem | None:
        """What an exclusion rules out when no word for help names it: "schließt einen Kampfeinsatz aus"."""
        start, end = clause_bounds(sent, cue.start)
        for i in range(start, end):
            if i > cue.end and _in_next_coordinated_clause(doc, cue.end, i):
                break  # "verzichtete auf den Wagen und fuhr in die Unterkunft": another verb's object
            if doc[i].lower_ in OBJECT_DETERMINERS:
                k = skip_adjectives(doc, i + 1, end)
                if k < end and is_noun_like(doc[k]) and k not in index.by_token:
                    if not self._participation_in_help(doc, sent, doc[k]):
                        return None  # "schließt eine Regierungsbeteiligung aus": no help ruled out
                    stop = k + 1
                    tail = self._genitive_head(doc, stop, end)
                    if tail is not None and tail[0] not in index.by_token:
                        stop = tail[1]
                    begin, finish, text = span_text(doc, i + 1, stop)
                    return AidItem(text=text, category=self.lexicon.category_of(doc[k].text) or "UnspecifiedAid",
                                   span=TextSpan(begin, finish, text))
        return None

    def _beneficiaries(self, doc: Doc, sent: Span, cue: Span, skip: set[int],
                       index: EntityIndex | None = None) -> list[TextSpan]:
        """Who the help is for, when no actor is named: "unterstützt Familien", "hilft den
        Flüchtlingen", "Hilfe für uigurische Flüchtlinge", in the cue's clause."""
        start, end = clause_bounds(sent, cue.start)
        found = []
        for i in range(start, end):
            counted = index is not None and self._counted_people(doc, index, i)  # "20.000 Syrer"
            if i in skip or not is_noun_like(doc[i]) or not (self.lexicon.is_beneficiary(doc[i].text) or counted):
                continue
            marker = marker_before(doc, i, sent.start)
            at = marker_at(doc, i, sent.start)
            first = i
            while first - 1 >= start and (is_adjective_like(doc[first - 1]) or doc[first - 1].like_num):
                first -= 1
            counted_from = _count_start(doc, first, start) if doc[first].like_num else first
            if counted_from < first:
                # "bis zu 800.000 Flüchtlinge", "über 100 Asylwerber": a count's bound, and the marker
                # before it ("mit über 100 Asylwerbern")
                before = marker_before(doc, counted_from, sent.start)
                marker = before if before in MARKERS_BEFORE_COUNTS else None
            if marker not in (None, "für", "an", "den", "die", "dem", "der") and not (marker or "").isdigit() \
                    and not (marker == "um" and cue.kb_id_ in CARING_FOR):
                continue  # "mit Flüchtlingen", "von Bauern": not who is helped
            if marker in ("der", "des") and at is not None and at > start and is_noun_like(doc[at - 1]) \
                    and self.lexicon.category_of(doc[at - 1].text) is None \
                    and not doc[at - 1].lower_.endswith(SHARES_OF_PEOPLE):
                # "um die Abschiebung der Asylwerber" (but "die Versorgung der Flüchtlinge", "den
                # Großteil der Flüchtlinge aufnehmen")
                continue
            begin, finish, text = span_text(doc, counted_from, i + 1)
            found.append(TextSpan(begin, finish, text))
        return found[:2]

    def _treats_people(self, doc: Doc, sent: Span, cue: Span) -> bool:
        """Whether the cue's clause has the sick or wounded as a phrase of their own ("behandelte mehr
        als 300 Verletzte"), not after a noun ("die Lage der Verletzten", "das Thema Patienten")."""
        start, end = clause_bounds(sent, cue.start)
        for i in range(start, end):
            # the sick and wounded, not people treated in some way ("hat die Flüchtlinge schlecht behandelt")
            if not is_noun_like(doc[i]) or not doc[i].lower_.endswith(TREATED_PEOPLE):
                continue
            k = i - 1
            while k >= start and is_adjective_like(doc[k]):
                k -= 1
            if k >= start and is_noun_like(doc[k]) and doc[k].lower_ not in DETERMINERS:
                continue  # "das Thema Flüchtlinge" (not "Die Verletzten" opening the sentence)
            while k >= start and doc[k].like_num:
                k -= 1
            k = _count_start(doc, k + 1, start) - 1  # "mehr als 300 Verletzte"
            if k > start and doc[k].lower_ in ("der", "des") and is_noun_like(doc[k - 1]):
                continue  # "die Lage der Flüchtlinge"
            return True
        return False

    def _task(self, doc: Doc, sent: Span, cue: Span, index: EntityIndex) -> AidItem | None:
        """What the help is with: "beim Aufbau von Zeltkliniken helfen", "bei der Suche nach
        Überlebenden unterstützen", "sich an einem Krieg beteiligen" (military action)."""
        prepositions = TASK_PREPOSITIONS.get(cue.kb_id_)
        if not prepositions:
            return None
        start, end = clause_bounds(sent, cue.start)
        places = [(i, end) for i in range(start, end - 1) if doc[i].lower_ in prepositions]
        fronted = sent.start < start and doc[sent.start].lower_ in prepositions
        if fronted:
            # "An der Bergung waren die Bergrettung, mehrere Hundeführer und das Rote Kreuz beteiligt":
            # a fronted task belongs to the main clause, past the commas of a list of helpers (but
            # "Am Dienstag ..." is a time, so only a word for help counts there)
            places.append((sent.start, clause_bounds(sent, sent.start)[1]))
        for i, end in places:
            k = i + 1
            if doc[k].lower_ in ("der", "dem", "den", "einem", "einer", "einen"):
                k += 1
            k = skip_adjectives(doc, k, end)
            if k >= end or not is_noun_like(doc[k]) or k in index.by_token:
                continue
            stop = k + 1
            tail = self._genitive_head(doc, stop, end)
            if tail is None and stop < end and doc[stop].lower_ == "nach":
                tail = self._genitive_head(doc, stop + 1, end, articles=False)
            if tail is not None and tail[0] not in index.by_token:
                stop = tail[1]
            category = self.lexicon.category_of(doc[k].text) or \
                (self.lexicon.category_of(doc[stop - 1].text) if stop > k + 1 else None) or \
                ("Troops" if doc[k].lower_.endswith(MILITARY_ACTIONS) else None)
            if category is None and (cue.kb_id_ in CONTRIBUTING or i < start):
                return None  # "war an der Ausarbeitung des Konzepts beteiligt": taking part, not helping
            begin, finish, text = span_text(doc, k, stop)
            return AidItem(text=text, category=category or "UnspecifiedAid", span=TextSpan(begin, finish, text))
        return None

    def _direct_object(self, doc: Doc, cue: Span, index: EntityIndex) -> AidItem | None:
        """The parsed accusative object of a giving verb, or the subject of its passive ("Die
        Schule wird von der EU finanziert"), unless it is an actor, a pronoun or reflexive
        ("lieferten sich Gefechte" is fighting)."""
        verb = cue[0]
        if verb.dep_ == "amod" and verb.i < verb.head.i and _participle_after_agent(doc, cue.sent, cue):
            # "die von der EU finanzierte Schule": a participle before its noun is said of it
            head = verb.head
            if head.i in index.by_token or not is_noun_like(head):
                return None
            begin, finish, text = span_text(doc, verb.i, head.i + 1)
            return AidItem(text=text, category=self.lexicon.category_of(head.text) or "UnspecifiedAid",
                           span=TextSpan(begin, finish, text))
        objects = [c for c in verb.children if c.dep_ == "obj"] or [c for c in verb.children if c.dep_ == "nsubj:pass"]
        if not objects and verb.dep_ == "advcl" and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ",":
            # "Finanziert von der Weltbank, eröffnete die Schule im Mai": a participle set off before
            # its clause is said of the clause's subject
            objects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not objects or any(c.lower_ == "sich" for c in verb.children):
            return None
        head = objects[0]
        if head.i in index.by_token or head.pos_ in ("PRON", "PROPN") or not is_noun_like(head):
            return None
        tokens = sorted(t.i for t in head.subtree if t.i <= head.i or t.dep_ in ("nmod", "det", "amod"))
        start = next(i for i in tokens if doc[i].dep_ not in ("det",) or i == head.i)
        end = max(tokens) + 1
        if end - start > 8:
            start, end = head.i, head.i + 1
        begin, finish, text = span_text(doc, start, end)
        return AidItem(text=text, category=self.lexicon.category_of(head.text) or "UnspecifiedAid",
                       span=TextSpan(begin, finish, text))

    # -- items ------------------------------------------------------------------------------
    def _items(self, doc: Doc, sent: Span, index: EntityIndex) -> list[tuple[AidItem, tuple[int, int], bool]]:
        lex = self.lexicon
        items = []
        taken: set[int] = set()
        for start, end in self._money(doc, sent):
            start = _count_start(doc, start, sent.start)  # "bis zu fünf Millionen Euro"
            k = start - 1  # "im Wert von rund zwölf Milliarden Euro"
            if k - 3 >= sent.start and [t.lower_ for t in doc[k - 2:k + 1]] == ["im", "wert", "von"] \
                    and lex.category_of(doc[k - 3].text) is None:
                continue  # "Rüstungsexporte im Wert von zwölf Milliarden Euro genehmigt": the worth of no help
            begin, finish, text = span_text(doc, start, end)
            negated = any(negates(doc, k) for k in range(max(sent.start, start - 2), start))
            items.append((AidItem(text=text, category="FinancialAid", span=TextSpan(begin, finish, text), amount=text),
                          (start, end), negated))
            taken.update(range(start, end))
        for token in sent:
            if token.i in taken or not is_noun_like(token):
                continue
            if token.i > sent.start and doc[token.i - 1].lower_ in ("laut", "gemäß"):
                continue  # "laut STANDARD-Informationen": where a claim comes from, not what is given
            if token.lower_ in lex.actions:
                inner = self._genitive_head(doc, token.i + 1, sent.end)
                if inner is None:
                    continue
                head_i, end = inner
                category = lex.category_of(doc[head_i].text)
                if category is None and token.lower_ == "aufnahme" and lex.is_beneficiary(doc[head_i].text):
                    category = "Shelter"  # "die Aufnahme von Asylbewerbern": taking people in is the help
                if category is None:
                    continue
                start = token.i
            else:
                category = lex.category_of(token.text)
                if category is None and token.lower_ in BEDS and self._for_people(doc, token.i + 1, sent.end):
                    category = "Shelter"  # "250 zusätzliche Plätze für Asylwerber" (not "Plätze im Parlament")
                if category is None or token.i in index.by_token:
                    continue
                if token.lower_ in COMPLICITY and token.i + 1 < sent.end and doc[token.i + 1].lower_ in ("zu", "zum", "zur"):
                    continue  # "Beihilfe zur Untreue", "Mithilfe zum Mord": aiding a crime, not help given
                if not self._participation_in_help(doc, sent, token):
                    continue  # "eine Koalition mit Beteiligung der Linkspartei", "Regierungsbeteiligung": politics
                start, end = token.i, token.i + 1
                # ("keinesfalls Panzer" is no adjective's, nor "schicken Soldaten", a cue the tagger took for one)
                while start - 1 >= sent.start and is_adjective_like(doc[start - 1]) and doc[start - 1].i not in index.by_token \
                        and doc[start - 1].lower_ not in NEGATING_ADVERBS and start - 1 not in self._cue_tokens:
                    start -= 1
                if doc[start].like_num:
                    start = _count_start(doc, start, sent.start)  # "weniger als 100 Soldaten", "bis zu 500 Ärzte"
                for i in range(start, token.i):
                    refined = lex.modifiers.get(stem(doc[i].text))
                    if refined and category in ("UnspecifiedAid", "PoliticalSupport"):
                        category = refined
                tail = self._genitive_head(doc, end, sent.end, articles=False)
                if tail is not None and lex.category_of(doc[tail[0]].text) is None and tail[0] not in index.by_token:
                    end = tail[1]
            amount = self._amount(doc, start, end)
            begin, finish, text = span_text(doc, start, end)
            negated = any(negates(doc, k) for k in range(max(sent.start, start - 2), start)) \
                or _negated_after(doc, sent, end) or _denied(doc, sent, start) or _without(doc, sent, start)
            items.append((AidItem(text=text, category=category, span=TextSpan(begin, finish, text), amount=amount),
                          (start, end), negated))
            taken.update(range(start, end))
        items.extend(self._kinds_ruled_out(doc, sent, taken))
        return items

    @staticmethod
    def _participation_in_help(doc: Doc, sent: Span, token) -> bool:
        """Whether a word for taking part ("Beteiligung") may name help: not a share in government
        ("Regierungsbeteiligung", "eine Beteiligung an der Regierung") nor "with the participation
        of" ("eine Koalition mit Beteiligung der Linkspartei"); but "eine Beteiligung an
        Luftangriffen", "eine Staatsbeteiligung an der Reederei", "die Beteiligung der Bundeswehr".
        Any other word is left as the lexicon has it."""
        lower = token.lower_
        stem_at = max(lower.rfind(word) for word in PARTICIPATION)
        if stem_at < 0:
            return True
        if lower[:stem_at].rstrip("s-").endswith(GOVERNING):
            return False  # "Regierungsbeteiligung", "Koalitionsbeteiligung"
        if token.i > sent.start and doc[token.i - 1].lower_ == "mit":
            return False  # "mit Beteiligung der Linkspartei": who is included, not help
        # "an der Regierung": what is taken part in, past a genitive ("der Bundeswehr an der Mission")
        k = next((j + 1 for j in range(token.i + 1, min(sent.end, token.i + 5))
                  if doc[j].lower_ in ("an", "am", "bei", "beim")), None)
        if k is None:
            return True
        while k < sent.end and (doc[k].pos_ == "DET" or is_adjective_like(doc[k])):
            k += 1
        return k >= sent.end or not doc[k].lower_.rstrip("sn").endswith(GOVERNING)

    def _for_people(self, doc: Doc, k: int, end: int) -> bool:
        """Whether a für-phrase at ``k`` names people help is for: "für 300 Asylwerber"."""
        if k >= end or doc[k].lower_ != "für":
            return False
        k += 1
        while k < end and (doc[k].lower_ in DETERMINERS or is_adjective_like(doc[k]) or doc[k].like_num):
            k += 1
        return k < end and self.lexicon.is_beneficiary(doc[k].text)

    def _kinds_ruled_out(self, doc: Doc, sent: Span, taken: set[int]) -> list[tuple[AidItem, tuple[int, int], bool]]:
        """ "humanitär, aber nicht militärisch": a kind of help ruled out by a negated adverb (one
        that qualifies no noun after it)."""
        found = []
        for token in sent:
            if token.i in taken or token.i == sent.start or doc[token.i - 1].lower_ != "nicht" \
                    or not token.text[:1].islower():
                continue
            category = self.lexicon.modifiers.get(stem(token.text))
            following = doc[token.i + 1] if token.i + 1 < sent.end else None
            if category is None or category == "PoliticalSupport" or following is not None and is_noun_like(following):
                continue
            begin, finish, text = span_text(doc, token.i - 1, token.i + 1)
            found.append((AidItem(text=text, category=category, span=TextSpan(begin, finish, text)),
                          (token.i - 1, token.i + 1), True))
        return found

    @staticmethod
    def _genitive_head(doc: Doc, j: int, limit: int, *, articles: bool = True) -> tuple[int, int] | None:
        """ "amerikanischer Truppen", "der Truppen", "von Soldaten", "jeglicher Art": (head, end) """
        k = j
        if articles and k < limit and doc[k].lower_ in ("der", "des", "von", "vom"):
            k += 1
        if k < limit and doc[k].lower_ in GENITIVE_QUANTIFIERS:
            k += 1  # "die Aufnahme weiterer Flüchtlinge", "die Lieferung zahlreicher Panzer"
        k = skip_adjectives(doc, k, limit)
        if k < limit and k > j and is_noun_like(doc[k]):
            return k, k + 1
        return None

    @staticmethod
    def _money(doc: Doc, sent: Span) -> list[tuple[int, int]]:
        """ "500 Millionen Euro", "1,5 Milliarden US-Dollar", and "mit 11,5 Millionen am Fonds":
        a sum whose currency the article gave before (but not "zwei Millionen Menschen")."""
        found = []
        i = sent.start
        while i < sent.end:
            if _MONEY.match(doc[i].text):
                k = i + 1
                while k < sent.end and k < i + 4 and doc[k].lower_ in (*_LARGE_NUMBERS, *CURRENCIES):
                    k += 1
                currency = k > i + 1 and doc[k - 1].lower_ in CURRENCIES
                bare_sum = k > i + 1 and doc[k - 1].lower_ in _LARGE_NUMBERS and \
                    (k >= sent.end or not is_noun_like(doc[k]))
                if currency or bare_sum:
                    found.append((i, k))
                    i = k
                    continue
            i += 1
        return found

    @staticmethod
    def _amount(doc: Doc, start: int, end: int) -> str | None:
        """A quantity right before an item: "2000 Soldaten", "300 Militärberater"."""
        if start > 0 and doc[start - 1].like_num:
            return doc[start - 1].text
        return None

    def _date(self, offer: AidOffer, article_date: str | None) -> None:
        """The offer's date: a time expression in its first dated sentence, else the article's."""
        anchor = parse_date(article_date)
        for number in sorted(offer.sentences):
            when = resolve(self._sentence_text.get(number, ""), anchor)
            if when is not None:
                offer.date = when.begin.isoformat()
                offer.date_end = None if when.is_day else when.end.isoformat()
                return
        offer.date = article_date[:10] if article_date else None

    # -- merging ----------------------------------------------------------------------------
    def _lend_the_article_recipient(self, offers: list[AidOffer], index: EntityIndex) -> None:
        """In an article about help to one state ("EU zahlt weiter Subventionen an Griechenland"),
        money or arms an organisation gives to no named party in a sentence go to that state ("die
        EZB will nur noch die bestehende Notfallkreditlinie gewähren"). A state giving to no one
        named, later than the lead names that state helped, gives to it too when the story is set
        there ("Manila – ... Japan schickte Ärzte. ... China bot Hilfsgüter an") or the lead names it
        helped by several givers ("Portugal und Irland sagten Griechenland Plätze zu. ... Auch Polen
        will Geld geben"); otherwise it may give to another ("Die USA liefern der Ukraine Waffen.
        Polen schickt Soldaten."), and help told before the lead's is no part of it."""
        helped = {index.principal(r) for offer in offers for r in offer.recipients}
        states_helped = {state for state in helped if index.category(state) == "Country"}
        if len(states_helped) != 1:
            return
        state = next(iter(states_helped))
        topic = index.principal(self._topic_state) if self._topic_state in index.actors else None
        # the lead's, not the headline's ("Erdbeben in Afghanistan: Deutschland hilft" names the place hit)
        helped_in_lead = [offer for offer in offers if state in {index.principal(r) for r in offer.recipients}
                          and any(sentence in self._lead for sentence in offer.sentences)]
        first_told = min((sentence for offer in helped_in_lead for sentence in offer.sentences
                          if sentence in self._lead), default=None)
        story_of_help = state == topic or len({index.principal(offer.provider) for offer in helped_in_lead}) > 1
        for offer in offers:
            giver = index.principal(offer.provider)
            if offer.recipients or giver == state:
                continue
            if len(helped) == 1 and index.category(giver) == "Organization" \
                    and {item.category for item in offer.offered} & (ECONOMIC | MILITARY):
                offer.recipients = [state]
            elif story_of_help and first_told is not None and index.category(giver) == "Country" \
                    and not offer.beneficiaries and self._first_in_body(offer) > first_told:
                offer.recipients = [state]

    def _first_in_body(self, offer: AidOffer) -> int:
        """The first sentence after the headline that tells of an offer."""
        return min((sentence for sentence in offer.sentences if sentence >= self._lead.start), default=0)

    @staticmethod
    def _for_own_people(found: _Found, index: EntityIndex) -> bool:
        """ "Die Bundesregierung hat ein Entlastungspaket für deutsche Haushalte beschlossen": a
        state's relief for its own households and firms is no aid to anyone."""
        if found.kind != "offer" or found.recipients or found.provider is None:
            return False
        state = index.principal(found.provider)
        if index.category(state) != "Country":
            return False
        sent = found.cue.sent
        for k in range(sent.start, sent.end - 2):
            if sent.doc[k].lower_ != "für":
                continue
            j = k + 1
            while j < sent.end and sent.doc[j].pos_ == "DET":
                j += 1
            hit = index.by_token.get(j)
            if hit and hit[1] == "adjective" and index.principal(hit[0]) == state \
                    and j + 1 < sent.end and sent.doc[j + 1].lower_ in DOMESTIC_PEOPLE:
                return True
        return False

    @staticmethod
    def _refuses_others_troops(found: _Found, index: EntityIndex) -> bool:
        """ "Russland lehnt jede Präsenz westlicher Truppen in der Ukraine ab": ruling out the forces
        of others (foreign, western) is no help of its own withheld."""
        if found.kind != "exclude" or found.offered or not found.excluded or found.provider is None:
            return False

        def others(item) -> bool:
            span = _item_span(found.cue.doc, item)
            if span is None or span.text != item.text:
                return any(w.lower().startswith(OTHERS_ADJECTIVES) for w in item.text.split())
            k = span.start  # with the adjectives before the item: "ausländische Soldaten"
            while k - 1 >= span.sent.start and is_adjective_like(span.doc[k - 1]):
                k -= 1
            # (not a state's adjective: "stoppt die Ausbildung syrischer Rebellen" ends help to them)
            return any(token.lower_.startswith(OTHERS_ADJECTIVES) for token in span.doc[k:span.end])
        return all(others(item) for item in found.excluded)

    def _hands_over_mere_things(self, found: _Found, index: EntityIndex) -> bool:
        """ "Google liefert ein neues Gerät", "schickt ein Ensemble ins Rennen", "steuerte zwei Treffer
        bei": a verb of handing over or carrying whose every item is a thing the lexicon knows no help
        in, given by no state or town to no state, armed group or people in need, is trade, sport or a
        parcel, not help ("liefert der Ukraine Iris-T" names a state that gets it; "spendete Anlagen"
        is a gift)."""
        if found.kind != "offer" or found.noun or not found.offered or found.beneficiaries \
                or found.cue.kb_id_ not in (GIVING | CARRYING | TRADING) - GIFTS_AND_FUNDS:
            return False
        if any(index.category(index.principal(key)) in ("Country", "ArmedGroup") for key in found.recipients):
            return False
        giver = index.principal(found.provider) if found.provider else None
        # a state or town named as giver hands over help ("Die Stadt Graz schickt der Partnerstadt zwei
        # Feuerwehrautos"); one only behind a demonym is a person's origin ("der 43-jährige Tscheche")
        named_state = index.category(giver) == "Country" and any(
            m.sentence == found.sentence and m.kind in ("name", "alias") for m in index.actors[giver].mentions)
        if giver in index.actors and (named_state or giver.startswith("place:")
                                      or index.actors[giver].label.split()[0].lower() in LOCAL_GOVERNMENTS):
            return False
        # ("29 Tonnen medizinisches Material": a word of the lexicon's modifiers makes the thing help)
        return not any(item.amount or any(self.lexicon.category_of(word) or stem(word.lower()) in self.lexicon.modifiers
                                          for word in re.findall(r"[\w-]+", item.text))
                       for item in found.offered)

    def _merge(self, found: list[_Found], index: EntityIndex, date: str | None) -> list[AidOffer]:
        offers: list[AidOffer] = []
        last_sentence: dict[int, int] = {}
        named_by_noun: set[int] = set()  # offers told also as a thing: "das Hilfsangebot des Irans"
        affirmed: set[int] = set()  # offers some cue states, not only rules out

        def absorb(offer: AidOffer, f: _Found) -> None:
            for r in f.recipients:
                if r not in offer.recipients:
                    offer.recipients.append(r)
            for a in f.adversaries:
                if a not in offer.adversaries and a not in offer.recipients:
                    offer.adversaries.append(a)
            for p in f.places:
                if p not in offer.places:
                    offer.places.append(p)
            for b in f.beneficiaries:
                if b.text not in {x.text for x in offer.beneficiaries}:
                    offer.beneficiaries.append(b)
            known = {i.text for i in offer.offered + offer.excluded}
            for target, items in ((offer.offered, f.offered), (offer.excluded, f.excluded)):
                for item in items:
                    if item.text in known:
                        continue
                    # "Unterstützung" (the cue) and "große Unterstützung" (the phrase): keep the phrase
                    inside = [i for i in target if i.span.start <= item.span.start and item.span.end <= i.span.end]
                    if inside:
                        continue
                    target[:] = [i for i in target if not (item.span.start <= i.span.start and i.span.end <= item.span.end)]
                    known.add(item.text)
                    target.append(item)
            offer.triggers.append(f.cue.kb_id_)
            begin, finish, text = span_text(f.cue.doc, f.cue.start, f.cue.end)
            offer.evidence.append(TextSpan(begin, finish, text))
            if f.sentence not in offer.sentences:
                offer.sentences.append(f.sentence)
            if f.status == "delivered" and offer.status == "offered":
                offer.status = "delivered"
            if f.provider and index.category(offer.provider) != "Person" and index.category(f.provider) == "Person":
                offer.provider = f.provider
            last_sentence[id(offer)] = f.sentence
            if f.kind == "offer" and (f.offered or f.recipients):
                affirmed.add(id(offer))  # not "will nur noch 1000 Asylwerber aufnehmen": limited only
            if f.noun:
                named_by_noun.add(id(offer))

        def compatible(offer: AidOffer, f: _Found) -> bool:
            if f.provider is None or index.principal(offer.provider) != index.principal(f.provider):
                return False
            if bool(offer.recipients) != bool(f.recipients) and f.sentence != last_sentence.get(id(offer)) and (
                    (not f.recipients and f.cue.kb_id_ in TAKING_IN and not _military(f.offered))
                    or (not offer.recipients and offer.triggers and set(offer.triggers) <= TAKING_IN
                        and not _military(offer.offered))):
                # "Kanada will 25.000 Flüchtlinge aufnehmen. Zudem stellt das Land dem Libanon 100
                # Millionen Dollar bereit": taking people in at home is no part of help to a state
                # told in another sentence (but "Panzer sollen in Polen untergebracht werden" is the
                # stationing told)
                return False
            if offer.recipients and not f.recipients and f.kind == "offer" \
                    and 0 <= f.sentence - last_sentence.get(id(offer), f.sentence) <= 2:
                # "Die Zusage Japans für die Ukraine ... Das Geld soll in die Stromnetze fließen":
                # the same giver's help told on without a receiver is the offer just told
                return True
            if bool(offer.recipients) != bool(f.recipients) and not f.noun and id(offer) not in named_by_noun:
                # help to no named party far from help to a named one is a separate act ("Das
                # Bundesheer verlegte Soldaten nach Kufstein ... Soldaten werden das Rote Kreuz
                # unterstützen"); "das Hilfsangebot" names an offer told elsewhere
                return abs(last_sentence.get(id(offer), f.sentence) - f.sentence) <= MERGE_DISTANCE
            return not offer.recipients or bool(set(offer.recipients) & set(f.recipients))

        pending_exclusions = []
        for f in found:
            # a fine, damages or a fee is money owed, never help: "muss 200 Euro Strafe zahlen", "eine
            # Entschädigung von 8 Millionen Euro", "eine Rekordstrafe von 105 Millionen Dollar an die Behörden"
            f.offered, f.excluded = (_without_sums(f.cue.doc, items, _owed) for items in (f.offered, f.excluded))
            if not (f.recipients or f.beneficiaries):
                f.offered = [item for item in f.offered if not _own_costs(f.cue, item)]
            # a price or a level is never money given: "90 Dollar pro Barrel", "stieg auf 2,3 Euro";
            # a sum handed to someone named is ("zahlt der Türkei 500 Millionen Euro pro Jahr"), but a
            # sum raised may be a price's new level ("die Aktie hat ihren Kurswert verdoppelt")
            if f.cue.kb_id_ not in RAISING and (f.recipients or f.beneficiaries or f.cue.kb_id_ in HANDING_MONEY | GIVING):
                continue
            f.offered, f.excluded = (_without_sums(f.cue.doc, items, _priced) for items in (f.offered, f.excluded))
        # people arriving are no help arriving ("kamen 5.500 Flüchtlinge aus Serbien an"), nor is a
        # plan for people help ("das Pensionsalter der Frauen rascher als geplant anheben")
        found = [f for f in found if f.cue.kb_id_ not in cues_requiring_items() or f.offered or f.excluded
                 or (f.beneficiaries and f.cue.kb_id_ not in ARRIVING | CIVILIAN_ONLY)]
        found = [f for f in found if not _backs_a_campaign(f) and not self._for_own_people(f, index)
                 and not self._refuses_others_troops(f, index) and not _raises_forces_at_home(f)
                 and not _uses_force(f) and not _backs_a_candidate(f) and not _supplies_goods(f)
                 and not self._hands_over_mere_things(f, index)]
        for f in found:
            if f.kind == "exclude":
                pending_exclusions.append(f)
                continue
            if f.provider is None:
                continue
            if f.noun and not (f.offered or f.recipients) and not f.cue.text.lower().startswith(("hilfs", "unterstützungs")):
                # "Angebot" alone is often commercial; keep it only if it merges with a real offer.
                target = next((o for o in offers if compatible(o, f)), None)
                if target is not None:
                    absorb(target, f)
                else:
                    pending_exclusions.append(f)  # retried after all offers are known
                continue
            target = next((o for o in offers if compatible(o, f)), None)
            if target is None:
                target = AidOffer(provider=f.provider, date=date, status=f.status)
                offers.append(target)
            absorb(target, f)

        for f in pending_exclusions:
            if f.kind == "offer":
                target = next((o for o in offers if compatible(o, f)), None)
                if target is not None:
                    absorb(target, f)
                continue
            principal = index.principal(f.provider) if f.provider else None
            target = None
            if principal:
                # the giver's offer to the same party, or to none; not "Kurz soll Geld an das WFP
                # überweisen" for "keinerlei Waffen in die Emirate exportiert" (a pair of its own)
                target = next((o for o in offers if index.principal(o.provider) == principal and (
                    not f.recipients or not o.recipients or set(f.recipients) & set(o.recipients))), None)
                refused = next((o for o in offers if principal in {index.principal(r) for r in o.recipients}), None)
                if target is None and refused is not None and not f.excluded:
                    refused.status = "refused"
                    absorb(refused, f)
                    continue
            if target is None and principal is None:
                near = [o for o in offers if abs(last_sentence.get(id(o), -9) - f.sentence) <= 2]
                target = near[-1] if near else exclusions.open_target(f, offers, last_sentence)
            names_aid = any(self.lexicon.category_of(item.text.split()[-1]) or item.category in MILITARY
                            for item in f.excluded) or exclusions.names_help(self.lexicon, f)
            if target is None and f.provider and names_aid:  # not "wies die Vorwürfe zurück"
                target = AidOffer(provider=f.provider, date=date)
                if not f.recipients and (f.cue.kb_id_ in exclusions.JUDGED or any(
                        t.lower_ in CONTRASTS for t in f.cue.sent)):
                    # "Frankreich will Soldaten in die Ukraine schicken … Bodentruppen stehen für Berlin
                    # nicht zur Debatte": ruled out for whom the others just gave to (not "Russland liefert
                    # Syrien Waffen. Die USA schließen Waffenlieferungen aus", a line of one's own)
                    f.recipients = _recipients_just_given(offers, f, last_sentence, index)
                offers.append(target)
            if target is not None and f.excluded and not names_aid and not f.recipients:
                continue  # "wenn sie ein Stellenangebot ablehnen": what is turned down is no help
            if target is not None:
                absorb(target, f)
        # Help for people with nothing given is a body's help only: "er wolle den Kindern
        # helfen" says what a person means to do, not what they give; an armed group training
        # fighters or a newspaper asking a question gives nothing.
        offers = [o for o in offers if o.offered or o.excluded or o.recipients
                  or (o.beneficiaries and index.category(o.provider) in ("Country", "Organization", "Other"))]
        self._lend_the_article_recipient(offers, index)
        offers = [o for o in offers if not _sum_not_given(o)]
        # police for no one named is policing ("Graz stellt Polizisten bereit"); the guidelines count
        # police sent to a state or body ("80 statt bisher 40 Polizisten" for Hungary's border), also
        # where the state is named only by its adjective ("schickt Polizisten an die griechische Grenze")
        offers = [o for o in offers if o.recipients or o.beneficiaries or o.excluded
                  or any(trigger in SENDING for trigger in o.triggers)
                  or not o.offered or not all(_police(item) for item in o.offered)]
        for offer in offers:
            self._date(offer, date)
            inside_excluded = [i for i in offer.offered if i.span is not None and any(
                x.span is not None and x.span.start <= i.span.start and i.span.end <= x.span.end
                for x in offer.excluded)]
            if inside_excluded and len(inside_excluded) == len(offer.offered):
                # "Eine Entsendung von Nato-Truppen werde es nicht geben": the troops told are
                # those ruled out
                offer.offered = []
                offer.status = "refused"
            if offer.excluded and not offer.offered and offer.status == "offered" and id(offer) not in affirmed:
                # only ruled out: "schließen den Einsatz von Bodentruppen aus"; but "würden dem Irak
                # helfen ... Bodentruppen werde man nicht schicken" offers help, without troops
                offer.status = "refused"
            kinds = offer.offered if offer.status != "refused" or offer.offered else offer.excluded
            offer.cameo = cameo_code(offer.status, {i.category for i in kinds})
        return offers


#: A state's own people and firms its relief is for: "für deutsche Haushalte und Unternehmen".
DOMESTIC_PEOPLE = frozenset({"haushalte", "bürger", "bürgerinnen", "familien", "unternehmen", "firmen", "betriebe",
                             "rentner", "landwirte", "bauern", "steuerzahler", "verbraucher", "pendler", "mieter",
                             "arbeitnehmer", "beschäftigte", "sparer", "autofahrer", "studenten", "studierende"})
#: Campaigns backed with "Unterstützung": "volle Unterstützung für den Wahlkampf", "für seine Kandidatur".
CAMPAIGNS = ("wahlkampf", "wahlkampfs", "wahlkampfes", "kandidatur", "wiederwahl", "wahl",
             "kampagne", "präsidentschaftskandidatur", "bewerbung", "parteivorsitz")


def _may_be_called(doc: Doc, index: EntityIndex, i: int, key: str, kind: str) -> bool:
    """Whether the organisation mentioned at ``i`` may be referred back to as "der Verein" or "die
    Stiftung" (``kind``): one that calls itself so ("der Verein Flüchtlingshilfe Linz"), or the
    subject of its sentence that calls itself nothing else ("Rapid Wien hat gewonnen. Der Verein
    …"), not the recipient in it ("… an die UNICEF gespendet. Der Verein …") nor the "Stiftung
    Warentest" for a "Verein"."""
    label = index.actors[key].label.lower()
    if kind in label or (i > 0 and doc[i - 1].lower_.endswith(kind)):
        return True
    if any(other in label for other in set(SELF_NAMED_BODIES.values()) - {kind}):
        return False
    return any(doc[j].dep_.startswith("nsubj") for j in range(i, index.mention_end(i)))


def _backs_a_campaign(found: "_Found") -> bool:
    """ "sagte ihm volle Unterstützung für den Wahlkampf zu", "sagte ihr die Rückendeckung seiner
    Partei zu": backing a candidate or campaign with nothing but support is no aid."""
    if found.kind != "offer" or not found.offered or found.excluded:
        return False
    if any(item.category not in ("UnspecifiedAid", "PoliticalSupport") or item.amount for item in found.offered):
        return False
    if all(item.category == "PoliticalSupport" for item in found.offered) and not found.recipients:
        return True  # backing with no one named who gets it
    doc = found.cue.doc
    for item in found.offered:
        span = _item_span(doc, item)
        if span is None:
            continue
        j = span.end
        if j < len(doc) and doc[j].lower_ == "für":
            j += 1
            while j < len(doc) and (doc[j].pos_ in ("DET", "ADJ") or doc[j].lower_ in ("sein", "seine", "ihre")):
                j += 1
            if j < len(doc) and doc[j].lower_.endswith(CAMPAIGNS):
                return True
    return False


#: Nouns of helping whose genitive is the one helped: "Unterstützung der ukrainischen Streitkräfte".
OBJECTIVE_GENITIVE_NOUNS = frozenset({"unterstützung", "ausbildung", "ausrüstung", "versorgung", "finanzierung",
                                      "bewaffnung", "stärkung"})
#: Forms of "werden" that, with a participle, make a clause passive: "soll ... unterstützt werden".
PASSIVE_AUXILIARIES = frozenset({"wird", "werden", "wurde", "wurden", "worden", "werde"})
_STRONG_PARTICIPLE = re.compile(r"^(an|zu|aus|bereit|auf|ein|unter|vor|zurück)?ge\w+en$")


def _described_as(doc: Doc, i: int, sentence_start: int) -> str | None:
    """The gender of the noun a name stands in apposition to ("der Firma Porsche": feminine)."""
    marker = marker_at(doc, i, sentence_start)
    before = i - 2 if doc[i - 1].text in OPENING_QUOTES else i - 1
    if marker is None or before <= marker or not is_ordinary_noun(doc[before]):
        return None
    noun = doc[before]
    return {"Fem": "feminine", "Masc": "masculine", "Neut": "neuter"}.get(next(iter(noun.morph.get("Gender")), ""))


def _plural_subject(doc: Doc, i: int, sent: Span) -> bool:
    """Whether "sie" at ``i`` is the plural subject: a plural finite verb next to it ("Sie haben",
    "erklärten sie")."""
    for j in (i - 1, i + 1):
        if sent.start <= j < sent.end and doc[j].pos_ in ("AUX", "VERB"):
            return "Plur" in doc[j].morph.get("Number") or doc[j].lower_ in PLURAL_FINITE
    return False


def _accuses(token) -> bool:
    """ "beschuldigt", "wirft … vor": a verb accusing someone of what an infinitive clause tells."""
    return token.lower_ in ACCUSING_FORMS or (token.lower_ in ACCUSING_STEMS and any(
        c.dep_ in ("compound:prt", "svp") and c.lower_ == "vor" for c in token.children))


def _opens_next_clause(doc: Doc, verb: int, clause_start: int) -> bool:
    """Whether the clause of the verb at ``verb`` runs on to the clause at ``clause_start``: "wirft
    Russland vor, Zivilisten anzugreifen, und bittet Deutschland, …" accuses only of the first."""
    between = doc[verb + 1:clause_start - 1] if doc[clause_start - 1].text == "," else doc[verb + 1:clause_start]
    return not any(t.lower_ in ("und", "oder", ",") or is_finite(t) or is_infinitive_with_zu(t) for t in between)


def _count_start(doc: Doc, start: int, floor: int) -> int:
    """Where the count at ``start`` begins with the words that bound it (not before ``floor``):
    "weniger als 100 Soldaten", "bis zu fünf Millionen Euro", "mindestens 300 Ärzte"."""
    k = start
    while True:
        if k - 2 >= floor and (doc[k - 1].lower_, doc[k - 2].lower_) in COUNT_PHRASES:
            k -= 2
        elif k - 1 >= floor and doc[k - 1].lower_ in COUNT_BOUNDS:
            k -= 1
        else:
            return k


#: Prepositions that may stand before a count's bound: "mit über 100 Asylwerbern", "für bis zu 500 Menschen".
MARKERS_BEFORE_COUNTS = frozenset({"mit", "von", "vom", "gegen", "bei", "aus", "für", "an", "unter", "zwischen", "nach"})
#: Forms of the Konjunktiv II that make an "ohne" phrase a condition: "Ohne die Waffen wäre Kiew gefallen".
COUNTERFACTUALS = frozenset({"wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten"})
#: Words opening a clause whose infinitive is not done: "ohne Waffen zu liefern", "statt Soldaten zu schicken".
WITHOUT = frozenset({"ohne", "statt", "anstatt"})
#: Prepositions after a noun that say what it is for: "keinen Beitrag zur Aufnahme", "kein Geld für Waffen".
PURPOSE_MARKERS = frozenset({"zu", "zum", "zur", "für", "an", "am"})
#: Endings of nouns that carry help to what they are for: "keinen Beitrag zur Aufnahme", "kein Geld für
#: Waffen" (not "keine Alternative zur Militärhilfe").
GIVING_VEHICLES = ("beitrag", "beiträge", "geld", "gelder", "mittel", "zusage", "zusagen", "bereitschaft", "cent",
                   "euro", "dollar", "zuschuss", "zuschüsse", "finanzierung", "unterstützung", "hilfe", "hilfen")
#: Words that set help given against help denied: "Ausbilder, aber keine Kampftruppen".
CONTRASTS = frozenset({"aber", "jedoch", "sondern", "doch", "allerdings", "lediglich", "dafür"})


def _denied(doc: Doc, sent: Span, start: int) -> bool:
    """Whether the noun phrase at ``start`` is negated by a determiner, its own or that of the noun it
    hangs on by what it is for: "keine Soldaten", "weder Geld noch Waffen", "keinen Beitrag zur Aufnahme der
    Flüchtlinge"; not "aber nicht mit Soldaten" (help given, not in this way) or "keine Woche ohne neue Hilfe"."""
    if any(doc[k].lower_ in DENYING_WORDS and negates(doc, k) for k in range(max(sent.start, start - 2), start)):
        return True
    marker = marker_at(doc, start, sent.start)
    if marker is None or marker - 1 <= sent.start or doc[marker].lower_ not in PURPOSE_MARKERS \
            or not is_noun_like(doc[marker - 1]):
        return False  # (not "keinen Widerstand gegen die Aufnahme": no help denied)
    if not doc[marker - 1].lower_.endswith(GIVING_VEHICLES):
        return False  # "keine Alternative zur Militärhilfe", "keinen Zweifel an der Unterstützung"
    determiner = marker_at(doc, marker - 1, sent.start)
    return determiner is not None and doc[determiner].lower_ in DENYING_WORDS - {"weder", "noch"}


def _without(doc: Doc, sent: Span, start: int) -> bool:
    """ "schickt Soldaten ohne Waffen": what goes without is not given (but "nicht ohne Waffen" and
    "Keine Woche vergeht ohne neue Hilfe" give it: two negations)."""
    marker = marker_at(doc, start, sent.start)
    if marker is None or doc[marker].lower_ != "ohne" or marker == sent.start \
            or any(t.lower_ in COUNTERFACTUALS for t in sent):
        return False  # "Ohne die Waffen, die die USA liefern, wäre Kiew gefallen": a condition
    return not any(doc[k].lower_ in DENYING_WORDS | NEGATING_ADVERBS for k in range(sent.start, marker))


def _negated_after(doc: Doc, sent: Span, end: int) -> bool:
    """ "Ausbilder ja, Kampftruppen aber nicht", "Kampfflugzeuge hingegen nicht.": an item
    negated by a "nicht" that closes its phrase."""
    k = end
    while k < sent.end and doc[k].lower_ in ("aber", "jedoch", "hingegen", "dagegen", "allerdings"):
        k += 1
    return k > end and k < sent.end and doc[k].lower_ == "nicht" and (
        k + 1 >= sent.end or doc[k + 1].is_punct)


#: Verbs that withdraw an offer ("zog ihre Zusage zurück") or accept it ("nahm das Angebot an"),
#: by their forms, as the lemmatizer leaves many of them as they are; particle verbs by stem and particle.
WITHDRAWING_FORMS = frozenset({"zurückziehen", "zurückgezogen", "zurückzuziehen", "zurücknehmen", "zurückgenommen",
                               "zurückzunehmen", "widerrufen", "widerrief", "widerriefen", "widerruft"})
WITHDRAWING_STEMS = frozenset({"zog", "zogen", "zieht", "ziehen", "nahm", "nahmen", "nimmt", "nehmen"})
ACCEPTING_FORMS = frozenset({"annehmen", "angenommen", "anzunehmen", "akzeptieren", "akzeptiert", "akzeptierte",
                             "akzeptierten"})
ACCEPTING_STEMS = frozenset({"nahm", "nahmen", "nimmt", "nehmen"})


def _offer_taken(cue: Span) -> str | None:
    """ "withdrawn" when the offer noun is the object of a verb that withdraws it ("hat ihre Zusage
    zurückgezogen", "zog sein Angebot zurück"), "accepted" for one that accepts it ("nahm das
    Hilfsangebot an"), else None."""
    token = cue[0]
    if token.dep_ != "obj":
        return None
    verb = token.head
    lower = verb.lower_
    particles = {c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")}
    if lower in WITHDRAWING_FORMS or (lower in WITHDRAWING_STEMS and "zurück" in particles):
        return "withdrawn"
    if lower in ACCEPTING_FORMS or (lower in ACCEPTING_STEMS and "an" in particles):
        return "accepted"
    return None


def _hands_over_no_goods(cue: Span) -> bool:
    """The parsed object of a handing-over verb is an honour, a right or information, by itself or as
    a compound's last part ("den Martinsorden", "aufschiebende Wirkung")."""
    # not "ihm"; a bare noun the parser calls oblique ("überreichte ihm den St. Martinsorden") is one too
    objects = [c for c in cue[0].children if c.pos_ != "PRON" and (
        c.dep_ == "obj" or (c.dep_ == "obl" and not any(g.dep_ == "case" for g in c.children)))]
    return bool(objects) and any(objects[0].lower_ == word or (len(word) >= 5 and objects[0].lower_.endswith(word))
                                 for word in NOT_GOODS)


#: Forms of "vergeben", which awards prizes, contracts and tournaments: what it gives to no one named
#: is no help unless the lexicon names it ("vergab die Endrunde nach Deutschland").
AWARDING_FORMS = frozenset({"vergibt", "vergab", "vergaben", "vergeben", "zu vergeben"})
#: Cues of putting to use: weapons or forces used for no one named are force, not help.
USING = frozenset({"einsetzen"})
#: Kinds of help that a state using them for no one named turns against someone: weapons (vehicles,
#: aircraft and troops are also sent to help where they go: "setzte Hubschrauber ein, um … zu retten").
FORCE = frozenset({"Weapons"})
#: Words of a purpose of help: "um den Kurden zu helfen", "zum Schutz der Zivilbevölkerung".
HELPING_PURPOSE = frozenset({"helfen", "unterstützen", "schützen", "retten", "schutz", "unterstützung", "hilfe",
                             "rettung", "verteidigung"})
#: Words after a sum that make it a price: "90 Dollar pro Barrel", "je Aktie".
PER_UNIT = frozenset({"pro", "je"})
#: What a sum is given per, unlike a price's unit: "500 Millionen Euro pro Jahr", "40 Euro pro Tag und Flüchtling".
RATE_UNITS = ("jahr", "monat", "woche", "tag", "quartal", "kopf", "person", "familie", "haushalt", "kind",
              "flüchtling", "einwohner", "asylwerber", "asylbewerber", "bedürftig", "opfer", "schüler", "patient")
#: Verbs of prices and levels, beside which "auf" and a sum tell a level: "stieg auf 2,3 Euro".
LEVEL_VERBS = frozenset({"steigen", "fallen", "sinken", "klettern", "schließen", "notieren", "zulegen", "nachgeben",
                         "erreichen", "anziehen", "abrutschen", "springen"})
#: Words of elections and candidates, alone or ending a compound ("Präsidentschaftswahl",
#: "Spitzenkandidaten"), whose backing with nothing given is politics.
ELECTION_WORDS = ("wahl", "wahlen", "wahlkampf", "kandidat", "kandidaten", "kandidatin", "kandidatur", "parteitag")
#: Beginnings of compounds with those endings that are no elections: "Auswahl", "Beitrittskandidaten", "Zuwahl".
NOT_ELECTIONS = ("aus", "beitritt", "zu")


def _in_next_coordinated_clause(doc: Doc, after: int, start: int) -> bool:
    """Whether a conjunction with a finite verb of its own stands between ``after`` and ``start``:
    "… auf den Wagen und fuhr … in die Unterkunft"."""
    return any(doc[j].lower_ in ("und", "oder", "aber") and is_finite_verb(doc[j + 1])
               for j in range(after, start - 1))


def _lets_be(doc: Doc, sent: Span, cue: Span) -> bool:
    """ "gewähren lassen": to let someone do as they please, not to grant them something ("ließ die
    Rebellen gewähren", "will sie gewähren lassen")."""
    start, end = clause_bounds(sent, cue.start)
    return any(doc[j].lemma_ == "lassen" or doc[j].lower_ in ("lässt", "ließ", "ließen", "gelassen")
               for j in range(start, end))


def _looks_past_or_targets(doc: Doc, sent: Span, cue: Span) -> bool:
    """The idioms of "absehen" that rule nothing out: "abgesehen von/davon" (apart from) and "es auf
    etwas abgesehen haben" (to target it). Ruling out names what with a von-phrase in the clause
    ("sieht von Waffenlieferungen ab"); "abgesehen" right before "von" or "davon" is the preposition."""
    if cue.end < sent.end and doc[cue.end].lower_ in ("von", "vom", "davon"):
        return True  # "Abgesehen von den Kosten", "abgesehen davon, dass …"
    start, end = clause_bounds(sent, cue.start)
    if cue[-1].lower_ == "abgesehen" and not any(doc[j].lemma_.lower() in ("haben", "sein", "werden")
                                                   for j in range(start, end)):
        return True  # "– von der Stiftunterstützung abgesehen –": no one has refrained from anything
    return not any(doc[j].lower_ in ("von", "vom", "davon") for j in range(start, end)) \
        and any(doc[j].lower_ == "es" for j in range(start, end))


def _opens_as_attribute(doc: Doc, sent: Span, cue: Span) -> bool:
    """A participle opening the sentence before its noun: "Bewaffnete Polizeieinheiten schossen …"."""
    return cue.start == sent.start and len(cue) == 1 and cue[0].text[:1].isupper() \
        and _declined_before_noun(doc, sent, cue)


def _declined_before_noun(doc: Doc, sent: Span, cue: Span) -> bool:
    """Whether the cue is a declined participle right before the noun it qualifies: "die … unterstützten
    Rebellen", "Bewaffnete Polizeieinheiten"."""
    return cue[0].lower_.endswith(ADJECTIVE_ENDINGS) and cue.end < sent.end and is_noun_like(doc[cue.end])


def _participle_after_agent(doc: Doc, sent: Span, cue: Span) -> bool:
    """ "die von der EU finanzierte Schule": a declined participle between its agent phrase and its
    noun (not the finite verb of "Die Teamführung schickte Stürmer-Star Anelka nach Hause")."""
    return _declined_before_noun(doc, sent, cue) and any(
        doc[j].lower_ in ("von", "vom", "durch") for j in range(max(sent.start, cue.start - 5), cue.start))


def _uses_force(found: "_Found") -> bool:
    """ "Würde Nordkorea Atomwaffen einsetzen": weapons or forces put to use for no one named are
    force, not help (but "setzt Kampfjets zur Unterstützung der Ukraine ein" names whom they help)."""
    return found.kind == "offer" and found.cue.kb_id_ in USING and not found.recipients \
        and not found.beneficiaries and not found.places and bool(found.offered) \
        and all(item.category in FORCE for item in found.offered) \
        and not any(t.lemma_.lower() in HELPING_PURPOSE or t.lower_ in HELPING_PURPOSE for t in found.cue.sent)


def _supplies_goods(found: "_Found") -> bool:
    """ "Batterien, die von Tesla geliefert werden": a supply verb with nothing the lexicon calls
    help is trade (help delivered names it: "liefert Waffen", "lieferte Hilfsgüter")."""
    return found.kind == "offer" and found.cue.kb_id_ in TRADING and not found.offered and not found.noun


def _backs_a_candidate(found: "_Found") -> bool:
    """ "ob die Partei Mélenchon bei der Präsidentschaftswahl unterstützen wird": backing with nothing
    given, in a sentence about an election or candidates, is politics."""
    if found.kind != "offer" or found.offered or found.excluded or found.cue.kb_id_ not in BACKING \
            or any(key.startswith("country:") for key in found.recipients):
        return False
    start, end = clause_bounds(found.cue.sent, found.cue.start)
    # in the cue's own clause ("Der Iran unterstützt die Hisbollah, die bei den Wahlen gewann" backs
    # a militia), and a whole word or its compound ("Präsidentschaftswahl"), not "Auswahl" or
    # "Beitrittskandidaten"
    return any(t.lower_.endswith(ELECTION_WORDS) and not t.lower_.startswith(NOT_ELECTIONS)
               for t in found.cue.doc[start:end])


#: Cues that bear costs, which is help when the costs are not one's own.
COST_BEARING = frozenset({"übernehmen", "zahlen", "finanzieren", "beteiligen", "tragen"})
#: Kinds of costs that are a lawsuit's or a business's own (the compound's first part, "Verfahrens-kosten").
OWN_COST_KINDS = ("verfahren", "prozess", "anwalt", "gericht", "produktion", "betrieb", "personal", "verwaltung",
                  "lohn", "entwicklung", "herstellung", "werbung", "vertrieb", "wahlkampf")
#: Words after "Kosten" that name whose they are or what they are for: "des Bundesheeres", "für die Unterbringung".
COSTS_OWNED = frozenset({"des", "der", "eines", "einer", "für", "von", "vom"})
#: Words between a noun and the sum it has: "Strafe von", "Entschädigung in Höhe von", "Schaden über".
SUM_LINKS = frozenset({"von", "in", "höhe", "über"})
#: Endings of nouns of sums owed, earned or lost rather than given: fines, damages, fees, ransom, pay, business.
SUMS_NOT_GIVEN = ("strafe", "strafen", "bußgeld", "bußgelder", "entschädigung", "schadenersatz", "schadensersatz", "abfindung",
         "lösegeld", "gebühr", "gebühren", "gage", "gehalt", "honorar", "kaution", "ablöse", "ablösesumme", "prämie", "prämien",
         # and sums of business, earned or lost: "Geschäftsabschlüsse in Höhe von zwei Milliarden Euro"
         "abschlüsse", "aufträge", "umsatz", "umsätze", "gewinn", "gewinne", "verlust", "verluste", "schaden",
         "schäden", "einnahmen")
#: Cues that hand money over, fund or add to a fund by themselves, a sum being enough to say what:
#: "beteiligt sich mit einer Milliarde Euro an den Kosten", "überwies 20 Millionen Euro", "stellte 200
#: Millionen Euro bereit", "fördert das Projekt mit 200.000 Euro", "den Heizkostenfonds um 20 Millionen
#: Euro aufstocken" (a level reached, "auf 2,3 Euro", is priced apart).
HANDING_MONEY = frozenset({"zahlen", "finanzieren", "beteiligen", "beitragen", "überweisen", "aufstocken",
                           "bereitstellen", "zur Verfügung stellen", "fördern"})


#: What is extracted, not funded, where it is "gefördert": "die von Saudi-Arabien geförderte Ölmenge",
#: by its first part ("Gasvorkommen"; not "Erz", which opens "Erziehungsprojekt") or its last.
EXTRACTED_FIRST = ("öl", "gas", "kohle", "rohstoff", "uran")
EXTRACTED = (*EXTRACTED_FIRST, "erz", "menge", "mengen")


def _extracted(noun) -> bool:
    lower = noun.lower_
    return lower.startswith(EXTRACTED_FIRST) or lower.endswith(EXTRACTED)


def _funded_undertaking(lexicon: AidLexicon, noun) -> bool:
    """Whether a noun after a funding participle is an undertaking or help paid for."""
    lower = noun.lower_
    return lower.endswith(FUNDED_THINGS) or lexicon.category_of(noun.text) is not None


def _is_sum(item: AidItem) -> bool:
    """A sum of money read as an item by itself ("500 Millionen Euro"), not a word for help."""
    return item.amount is not None and item.amount == item.text


def _priced(doc: Doc, item: AidItem) -> bool:
    """A sum that is a price or a level, not money handed over: "90 Dollar pro Barrel", "stieg
    auf 2,3 Euro", "bot die Software für 50 Euro an", "für einen Preis von 3 Milliarden Euro"."""
    span = _item_span(doc, item)
    if span is None:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    unit = doc[span.end + 1].lower_ if span.end + 1 < len(doc) else ""
    before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]]
    # "pro Jahr", "je Flüchtling": a rate of giving, not a price
    per_unit = after in PER_UNIT and not unit.startswith(RATE_UNITS)
    # "auf drei Milliarden Euro" is a level only beside a verb of levels ("stieg auf"), not "erhöht die Hilfe auf"
    level = before[-1:] == ["auf"] and any(t.lemma_ in LEVEL_VERBS for t in span.sent)
    return per_unit or level or before[-1:] == ["für"] or any(word.endswith("preis") for word in before)


def _own_costs(cue: Span, item: AidItem) -> bool:
    """Costs that are one's own bills: of a lawsuit or a business ("muss die Verfahrenskosten
    übernehmen", "niedrigere Produktionskosten"), or costs passed on or kept low ("gibt die Kosten
    weiter"). Costs borne, plain ("Die Kosten übernimmt das Land Tirol") or someone else's ("die
    Mehrkosten des Bundesheeres", "die Kosten für die Unterbringung"), are help."""
    words = re.findall(r"[\w-]+", item.text)
    last = words[-1].lower() if words else ""
    if not last.endswith("kosten"):
        return False
    doc = cue.doc
    span = _item_span(doc, item)
    if span is not None and span.end < len(doc) and doc[span.end].lower_ in COSTS_OWNED:
        return False
    if last == "kosten":
        return cue.kb_id_ not in COST_BEARING
    kind = last[: -len("kosten")].rstrip("-")
    # with or without the linking s: "Prozess-kosten", "Verfahren-s-kosten"
    return kind.endswith(OWN_COST_KINDS) or kind.endswith("s") and kind[:-1].endswith(OWN_COST_KINDS)


def _preposition_of(doc: Doc, i: int, start: int) -> str | None:
    """The preposition that governs the noun at ``i`` ("mit" in "mit mehreren Lastwagen"), past its
    determiners, numbers and adjectives, looking no further back than ``start``."""
    k = i - 1
    while k >= start and (doc[k].pos_ in ("DET", "NUM", "ADJ") or doc[k].lower_ in ("mehrere", "hundert")):
        k -= 1
    return doc[k].lower_ if k >= start and doc[k].pos_ == "ADP" else None


def _of_verb(token, cue: Span) -> bool:
    """Whether ``token`` belongs to the cue's verb rather than to a verb coordinated with it
    ("stellen die Hilfe ein und ziehen sich zurück"): its dependent, or, unparsed, no other finite
    verb between them."""
    verb = cue.root
    if token.head == verb:
        return True
    low, high = sorted((token.i, verb.i))
    return not any(is_finite_verb(t) and t.i != verb.i
                   and not (t.head == verb and t.dep_.startswith(("aux", "cop")))  # "hat … zurückgeschickt"
                   for t in token.doc[low + 1:high])


def _international_body(key: str) -> bool:
    """An organisation the gazetteer knows as belonging to no state: NATO, IWF, EU, UNHCR (not a
    company or a national body: Raiffeisen, Gazprom, Siemens)."""
    entry = load_gazetteer().entries.get(key)
    return entry is not None and entry.category == "Organization" and entry.country is None


def _there_is(doc: Doc, sent: Span, cue: Span) -> bool:
    """ "es gibt", "gibt es", and "dass es in Afghanistan keinen Krieg gebe" ("es" opening the clause
    the verb ends): there being something, not someone giving it."""
    if any(doc[j].lower_ == "es" for j in (cue.start - 1, cue.start + 1) if sent.start <= j < sent.end):
        return True
    start = clause_bounds(sent, cue.start)[0]
    return any(doc[j].lower_ == "es" for j in (start, start + 1) if j < cue.start)


def _without_sums(doc: Doc, items: list[AidItem], test: Callable[[Doc, AidItem], bool]) -> list[AidItem]:
    """``items`` but the sums of money that ``test`` finds are no money given (owed, priced)."""
    return [item for item in items if not (_is_sum(item) and test(doc, item))]


def _item_span(doc: Doc, item: AidItem) -> Span | None:
    """The tokens of an item's text, or None for an item with no place in the text."""
    return doc.char_span(item.span.start, item.span.end, alignment_mode="expand") if item.span else None


def _owed(doc: Doc, item: AidItem) -> bool:
    """A sum that is a fine, damages, a fee or a pay: "200 Euro Strafe", "eine Geldstrafe von 20.000
    Euro", "Schadenersatz in Höhe von 3 Millionen Euro"."""
    span = _item_span(doc, item)
    if span is None:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    start = span.start
    if start > 0 and doc[start - 1].text == "(":
        # a sum converted in brackets owes what the sum before it owes: "Strafe von 105 Millionen Dollar (96 Mio. Euro)"
        start -= 1
        while start > span.sent.start and (doc[start - 1].like_num or doc[start - 1].lower_ in _LARGE_NUMBERS
                                           or doc[start - 1].text in CURRENCIES or doc[start - 1].lower_ in CURRENCIES):
            start -= 1
    before = [t.lower_ for t in doc[max(span.sent.start, start - 4):start]]
    # the noun whose complement the sum is ("Strafe von", "Entschädigung in Höhe von"), not a noun
    # of another phrase ("für die Hochwasserschäden 30 Millionen Euro" pays for the damage)
    linking = list(itertools.takewhile(lambda word: word in SUM_LINKS, reversed(before)))
    owing_before = before[-len(linking) - 1] if linking and "von" in linking and len(linking) < len(before) else ""
    return after.endswith(SUMS_NOT_GIVEN) or owing_before.endswith(SUMS_NOT_GIVEN)


def _recipients_just_given(offers: list, found, last_sentence: dict, index) -> list[str]:
    """The one party other givers helped in the three sentences before an exclusion that names no
    receiver, unless it is the excluding side itself."""
    recent = [o for o in offers if o.recipients and 0 <= found.sentence - last_sentence.get(id(o), -9) <= 3]
    parties = {index.principal(r) for o in recent for r in o.recipients}
    if len(parties) != 1 or index.principal(found.provider) in parties:
        return []
    return list(recent[-1].recipients)


def _not_yet_given(doc: Doc, sent: Span, cue: Span) -> bool:
    """ "hat die zugesagten Waffen noch nicht geliefert", "noch keine Hilfe zugesagt": a "noch nicht"
    or "noch kein" in the cue's clause that is the clause's own (not "an noch nicht geimpfte
    Menschen", said of a noun) and no other negation beside it ("liefert noch keine Waffen und
    wird auch künftig keine liefern" rules them out)."""
    start, end = clause_bounds(sent, cue.start)
    pending = any(not_yet(doc, i) and not _said_of_a_noun(doc, i + 1, end) for i in range(start, end))
    return pending and not any(negates(doc, i) for i in range(start, end))


def _said_of_a_noun(doc: Doc, i: int, end: int) -> bool:
    """Whether the words from ``i`` are an adjective or participle before a noun: "noch nicht
    *geimpfte Menschen*"."""
    return i + 1 < end and is_adjective_like(doc[i]) and is_noun_like(doc[skip_adjectives(doc, i, end)])


#: Participles by which help yet to come was promised: "die zugesagten Waffen", "das versprochene Geld".
PROMISED_STEMS = ("zugesagt", "versprochen", "angekündigt", "zugesichert", "beschlossen", "vereinbart", "bewilligt")
#: Words of a sum of money: "die versprochenen 40 Millionen (Euro)".
AMOUNT_WORDS = CURRENCIES | {"millionen", "milliarden", "million", "milliarde", "mio.", "mrd."}


def _promised_before(lexicon: AidLexicon, doc: Doc, sent: Span, cue: Span) -> bool:
    """Whether help not yet given was promised: a promising participle declined before a word for
    help or money in the cue's clause ("die zugesagten Waffen", "die versprochenen 40 Millionen";
    not the verb of "noch keine Hilfe zugesagt", nor "wegen der angekündigten Reformen")."""
    start, end = clause_bounds(sent, cue.start)
    for i in range(start, end - 1):
        if doc[i].lower_.startswith(PROMISED_STEMS) and doc[i].lower_ not in PROMISED_STEMS:
            k = i + 1
            while k < end and (doc[k].like_num or doc[k].lower_ in AMOUNT_WORDS or is_adjective_like(doc[k])):
                k += 1
            if k > i + 1 and doc[k - 1].lower_ in AMOUNT_WORDS or k < end and (
                    cue.start <= k < cue.end or lexicon.category_of(doc[k].text) is not None):
                return True
    return False


def _asked_whether(doc: Doc, sent: Span, cue: Span) -> bool:
    """ "hat noch nicht entschieden, ob es der Ukraine Panzer liefert": a cue in an "ob" clause is an
    open question, no help given or promised; also past an inserted "wie" clause ("ob Berlin, wie
    von Kiew gefordert, Panzer liefert")."""
    start, _ = clause_bounds(sent, cue.start)
    while doc[start].lower_ != "ob":
        if start - 2 <= sent.start or doc[start - 1].text != ",":
            return False
        inserted, _ = clause_bounds(sent, start - 2)
        if doc[inserted].lower_ != "wie" or inserted - 2 <= sent.start:
            return False
        start, _ = clause_bounds(sent, inserted - 2)
    return True


def _sum_not_given(offer: AidOffer) -> bool:
    """An offer that rests on sums of money alone, told with verbs that are not help by themselves
    ("übernehmen", "erreichen", "aussetzen", "schaffen", "planen"): a purchase, a
    price, a reward or a count, not help, unless someone is named who gets it or a
    place it goes to ("zahlt der Ukraine 100 Millionen Euro", "für die Flutopfer", "in Pakistan")."""
    items = offer.offered + offer.excluded
    if not items or not all(_is_sum(item) for item in items):
        return False
    # (a sum that "reached" somewhere is a level: "wurde 1980 mit 850 Dollar erreicht, nach dem
    # Einmarsch in Afghanistan")
    going_to_a_place = bool(offer.places) and not set(offer.triggers) & ARRIVING
    return not offer.recipients and not offer.beneficiaries and not going_to_a_place \
        and all(trigger in cues_requiring_items() and trigger not in HANDING_MONEY for trigger in offer.triggers)


def _speaker_tagged(sent: Span) -> bool:
    """ "STANDARD: Wer bezahlt …?", "Saakaschwili: Die USA …": an interview's line opens with its
    speaker and a colon."""
    return any(t.text == ":" for t in sent[1:4]) and sent[0].text[:1].isupper()


def _hands_over_a_task(cue: Span) -> bool:
    """The parsed object of "übergeben" ("übergab", "überließ") is a task or a charge, by itself or as a
    compound's last part ("den Militäreinsatz", "das Kommando", "die Verantwortung"): who takes it over
    is not helped, and who hands it over gives nothing."""
    objects = [c for c in cue[0].children if c.pos_ != "PRON" and (
        c.dep_ == "obj" or (c.dep_ == "obl" and not any(g.dep_ == "case" for g in c.children)))]
    if not objects or not _names_a_task(objects[0].lower_):
        return False
    # "die Einsatzleitung und zehn Hubschrauber", "die Kontrolle über 30 Panzer": goods change hands too
    task = objects[0]
    return not any(c.dep_ == "conj" and not _names_a_task(c.lower_) for c in task.children) \
        and not any(c.dep_ in ("nmod", "obl") and any(g.lower_ in ("über", "von") for g in c.children)
                    for c in task.children)


def _names_a_task(word: str) -> bool:
    """A task word, or a compound ending in one ("Militäreinsatz", "Einsatzleitung"), not a thing
    that only ends so ("Stromleitung", "Wasserleitung")."""
    return word in TASKS_HANDED_OVER or word.endswith(TASKS_HANDED_OVER) and not word.endswith(LINES)


def _police(item: AidItem) -> bool:
    """ "zehn Polizisten", "200 Polizeibeamte": police officers."""
    return item.category == "Personnel" and any(word.lower().endswith(POLICE) for word in item.text.split())


def _military(items: list[AidItem]) -> bool:
    return any(item.category in MILITARY for item in items)


#: Words of an invasion or occupation, after which forces raised in a state are no help to it.
OCCUPATION_WORDS = ("invasion", "einmarsch", "besatzung", "besetzung", "annexion", "annektiert", "okkupation",
                    "angriffskrieg", "aggression", "überfall", "besatzer", "invasoren")


def _tells_of_occupation(doc: Doc) -> bool:
    return any(token.lower_.rstrip("s").endswith(OCCUPATION_WORDS) for token in doc if token.is_alpha)


def _raises_forces_at_home(found: "_Found") -> bool:
    """ "Die Türkei verdoppelt die Zahl ihrer Soldaten an der Grenze", "Die USA wollen ihre Truppen
    aufstocken": forces raised with no state they serve in helps no one (but "stocken ihre Truppen im
    Irak auf" is help to Iraq, as troops stationed there are)."""
    return found.kind == "offer" and found.cue.kb_id_ in RAISING and bool(found.offered) \
        and all(item.category in MILITARY for item in found.offered) and not found.recipients


#: cues of meeting a share of refugees to take in: done help when met, nothing when not
MEETING_QUOTAS = frozenset({"Aufnahmequote erfüllen"})


def _town_government(label: str, town: str) -> bool:
    """ "Gemeinde Lustenau", "Stadt Wien": the town's government (not "FC Lustenau", its club)."""
    words = label.split()
    return len(words) == 2 and words[1] == town and words[0].lower() in LOCAL_GOVERNMENTS


def _found_shelter(doc: Doc, sent: Span, cue: Span) -> int | None:
    """Where the clause of "finden" names the shelter found: "fanden Aufnahme", "fanden eine
    Unterkunft", not one named by a phrase ("fand die Leiche in der Unterkunft") nor one denied
    ("fanden keine Aufnahme")."""
    start, end = clause_bounds(sent, cue.start)
    for k in range(start, end):
        if doc[k].lower_ not in SHELTER_FOUND_NOUNS:
            continue
        before = k - 1
        while before >= start and is_adjective_like(doc[before]):
            before -= 1
        word = doc[before].lower_ if before >= start else ""
        if word in DEFINITE_ARTICLES or word in PREPOSITIONS or word in NEGATIONS or word.startswith("kein"):
            continue
        return k
    return None


def _a_bid(doc: Doc, sent: Span, cue: Span) -> bool:
    """A plain "Angebot" that is a seller's: priced in its clause ("ein teures Angebot") or told
    after a tender, in its sentence or the three before ("die Ausschreibung", "die Bieter")."""
    start, end = clause_bounds(sent, cue.start)
    if any(t.lower_.startswith(PRICE_ADJECTIVES) for t in doc[start:end]):
        return True
    # "ein Angebot der Novomatic zur Übernahme ihrer Anteile", "das Angebot zum Kauf": a buyer's bid
    if any(doc[k].lower_ in ("zur", "zum") and k + 1 < end and doc[k + 1].lower_.startswith(PURCHASES)
           for k in range(cue.end, min(end, cue.end + 5))):
        return True
    earlier = sent
    for _ in range(3):
        earlier = doc[earlier.start - 1].sent if earlier.start > 0 else earlier
    return any(t.lower_.startswith(TENDER_WORDS) for t in doc[earlier.start:sent.end])


def _possessed(cue: Span) -> bool:
    """ "ihre Zusage", "sein Hilfsangebot": the noun has a possessive determiner."""
    return any(c.dep_ == "det:poss" or (c.dep_ == "det" and c.lower_.startswith(tuple(POSSESSIVES)))
               for c in cue[0].children)


def _asks(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb between ``start`` and ``end`` asks or urges ("gebeten", "fordert ... auf"),
    not the noun "auf Bitten Frankreichs" nor "rief", which calls out as often ("rief den Notstand aus")."""
    return any(doc[k].pos_ in ("VERB", "AUX") and doc[k].lower_ not in CALLING_FORMS
               and (_verb_forms(doc[k]) | {doc[k].lower_}) & (DEMANDING_VERBS | ASKING_PARTICIPLES)
               for k in range(start, end))


def _verb_forms(verb) -> set[str]:
    """The verb's lemma and the infinitives its form may come from: the lemmatizer misses some
    subjunctives ("leiste" -> "leisten")."""
    lower = verb.lower_
    forms = {verb.lemma_.lower(), lower, lower + "n"}
    for ending in ("et", "ete", "eten", "te", "ten", "t"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            forms.add(lower[: -len(ending)] + "en")
    return forms


def _approves(verb, noun) -> bool:
    """Whether ``verb`` approves what ``noun`` names: "stimmte dem Hilfspaket zu" (a dative of
    zustimmen), "für das Hilfspaket stimmen" (a vote for it)."""
    forms = _verb_forms(verb)
    if "zustimmen" in forms or "zugestimmt" in forms:
        return True
    particle = any(c.dep_ == "compound:prt" and c.lower_ == "zu" for c in verb.children)
    voted_for = any(c.dep_ == "case" and c.lower_ == "für" for c in noun.children)
    return "stimmen" in forms and (particle and not voted_for or voted_for and not particle)


def _is_attributive(doc: Doc, sent: Span, cue: Span) -> bool:
    """ "die versprochene Militärhilfe", "die gelieferten Kampfjets": a participle before its noun."""
    # by the words, not the tag: the tagger calls finite verbs adjectives too ("Polen schickt Soldaten")
    following = doc[cue.end] if cue.end < sent.end else None
    k = cue.start - 1
    while k > sent.start and doc[k].lower_ in TIME_ADVERBS:
        k -= 1  # "die bereits gelieferten Patriot-Systeme", "die bisher zugesagten Mittel"
    before = doc[k] if k >= sent.start and cue.start > sent.start else None
    return cue[0].lower_.endswith(("e", "en", "es", "er", "em")) and before is not None \
        and (before.lower_ in DETERMINERS or is_adjective_like(before)) \
        and following is not None and (is_noun_like(following) or following.like_num)


#: Nouns that call a state or body the giver of another's help: "der größte Geldgeber der UNRWA".
SUPPORTER_NOUNS = frozenset({"geber", "geldgeber", "hauptgeber", "kreditgeber", "hauptgeldgeber", "spender",
                             "großspender", "unterstützer", "hauptunterstützer", "förderer", "financier", "finanzier",
                             "waffenlieferant", "hauptwaffenlieferant", "rüstungslieferant"})
#: Demonstratives standing for an actor, and the genders they agree with: "Diese unterstützt die Seite".
DEMONSTRATIVE_GENDERS = {"diese": ("feminine", "plural"), "dieser": ("masculine",), "dieses": ("neuter",)}
#: Forms of "sein" and its like that make a subject what a noun says it is: places' copulas, and
#: "gilt als", "wurde zum" (a giver is called so, or became one).
COPULAS = COPULA_FORMS | {"gilt", "gelten", "galt", "galten", "wurde", "wurden"}
#: Quantifiers before a genitive plural that the tagger takes for determiners: "weiterer Flüchtlinge".
GENITIVE_QUANTIFIERS = frozenset({"weiterer", "mehrerer", "einiger", "vieler", "zahlreicher", "aller", "tausender",
                                  "hunderter", "dutzender"})
#: Adjectives of forces that are someone else's: "westlicher Truppen", "ausländische Soldaten".
OTHERS_ADJECTIVES = ("westlich", "ausländisch", "fremd")
#: Adverbs of time between an article and a participle before its noun: "die bereits gelieferten".
TIME_ADVERBS = frozenset({"bereits", "schon", "bisher", "bislang", "zuvor", "kürzlich", "jüngst", "zuletzt",
                          "ursprünglich", "damals", "einst", "früher", "erst", "noch", "vorher"})


def _is_participle(doc: Doc, sent: Span, cue: Span) -> bool:
    """ "unterstützt", "zugesagt", and strong "angeboten", or "versprochen" with "wurden" in its
    clause (by the morphology where the pipeline has one)."""
    verb = cue[0]
    lower = verb.lower_
    if lower == cue.kb_id_.lower():
        return False  # the infinitive "geben", which only looks like a participle (ge-b-en)
    if "Part" in verb.morph.get("VerbForm") or lower.endswith(("t", "te", "ten", "tes", "ter", "ene", "enen", "enes")) \
            or _STRONG_PARTICIPLE.match(lower):
        return True
    start, end = clause_bounds(sent, cue.start)
    return lower.endswith("en") and not is_infinitive_with_zu(verb) and \
        any(doc[i].lower_ in PASSIVE_AUXILIARIES for i in range(start, end))

#: Cues of handing something over, which is help whatever it is: "spendete einige dieser Anlagen".
GIVING = frozenset({"spenden", "schenken", "zur Verfügung stellen", "bereitstellen", "liefern", "gewähren",
                    "überweisen", "schicken", "entsenden", "senden", "finanzieren"})
#: Cues that are help whatever they hand over: a gift ("spendete drei Generatoren"), or money for the
#: thing named ("Die Schule wird von der EU finanziert").
GIFTS_AND_FUNDS = frozenset({"spenden", "schenken", "finanzieren"})
#: Cues whose participle before a noun, with its agent, pays for that thing: "die vom Wissenschaftsfonds
#: geförderte Studie" ("fördern" only so: "fördert den Sport" promotes it, "fördert Öl" extracts it).
FUNDED_BY_AGENT = GIFTS_AND_FUNDS | {"fördern"}
#: Cues of planning, building, running or carrying, which plan, build, run or carry help only when it
#: is civilian ("stellt Zelte auf", not "stellt Truppen auf"; "brachte Hilfsgüter", not "brachte Panzer
#: in Stellung").
CIVILIAN_ONLY = frozenset({"planen", "errichten", "bringen", "fliegen", "betreiben", "mobilisieren",
                           "organisieren"})
#: Cues of carrying something somewhere, and the nouns of the idioms they make with a preposition
#: ("ins Spiel bringen" is proposing; "auf den Weg bringen" starting).
CARRYING = frozenset({"bringen", "fliegen"})
#: Prepositions that begin those idioms ("ins Spiel", "zur Sprache", "auf den Weg").
IDIOM_PREPOSITIONS = frozenset({"ins", "in", "zur", "zum", "zu", "auf", "unter", "aufs", "an", "ans", "hinter"})
CARRYING_IDIOMS = frozenset({"spiel", "sprache", "ausdruck", "verbindung", "gespräch", "weg", "papier", "umlauf",
                             "stellung", "kontrolle", "schweigen", "gefahr", "fall", "ruhe", "erinnerung", "bewegung",
                             "abschluss", "tageslicht", "licht", "rollen", "laufen", "protokoll", "geltung", "einsatz",
                             "verhandlungstisch", "tisch", "wanken", "fallen", "welt", "markt", "griff", "schluss",
                             "gang", "trab", "spur", "hals", "raum", "stillstand", "erliegen", "gerede"})
#: Cues of help arriving somewhere: "Hilfsgüter aus Deutschland erreichten Nepal".
ARRIVING = frozenset({"eintreffen"})
#: Undertakings whose owner is helped when they are supported ("ein Projekt der Caritas").
UNDERTAKINGS = ("programm", "programme", "projekt", "projekte", "arbeit", "einsatz", "mission", "aufbau",
                "ausbau", "fonds", "hilfsaktion")
#: What a giver pays for when "finanziert" or "gefördert" stands before it: "die vom FWF finanzierte
#: Studie"; not "die von Russland finanzierte Propaganda" or "die vom ORF finanzierte Dokumentation".
FUNDED_THINGS = UNDERTAKINGS + ("studie", "studien", "forschung", "schule", "schulen", "kindergarten", "zentrum",
                                "initiative", "stipendium", "stipendien", "ausbildung", "bau", "neubau", "heim",
                                "klinik", "spital", "krankenhaus", "unterkunft", "quartier", "einrichtung")
#: bodies whose owner is helped when they are given something ("der Mission der Afrikanischen Union")
HELPED_BODIES = ("mission", "friedenstruppe", "schutztruppe", "eingreiftruppe")
#: members of a force named by the force as a compound's first part ("Peschmerga-Kämpfer")
FIGHTERS = ("kämpfer", "kämpfern", "soldaten", "milizionäre", "milizionären", "einheiten", "truppen")
#: the first part of a compound for those made to fight, who are helped when housed: "Kindersoldaten"
CHILDREN = ("kinder", "jugend")
#: what help pays for, whose owner it helps ("für den Wiederaufbau der Ukraine")
REBUILDING = ("wiederaufbau", "aufbau")
#: prepositions of where help is sent ("in den Nordirak", "nach Aleppo", "ins Krisengebiet")
DESTINATION_MARKERS = frozenset({"in", "ins", "nach"})
#: common nouns of a part of a state help is sent into ("in die Katastrophenregion", "ins Erdbebengebiet")
VAGUE_DESTINATIONS = ("region", "gebiet", "provinz")
#: Common nouns that refer back to a state ("das Land", "dem Staat") or a federal state ("den
#: Bundesstaat") named before, by the kind of place they refer to.
STATE_NOUNS = {"land": "country", "lande": "country", "staat": "country", "bundesstaat": "region"}
#: Determiners that refer back to something named before: "dem Land", "dieses Land".
REFERRING_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "diese", "dieser", "dieses", "diesem",
                                   "diesen", "im", "ins"})
#: verbs of a state in need as the subject: "erhält Unterstützung", "kann auf Hilfe hoffen", "bittet um Hilfe",
#: "hat Hilfsangebote angenommen"
NEEDING_VERBS = frozenset({"erhält", "erhalten", "erhielt", "bekommt", "bekommen", "bekam", "hofft", "hoffen",
                           "hoffte", "bittet", "bat", "baten", "bitten", "angewiesen", "benötigt", "braucht",
                           "angenommen", "akzeptiert", "akzeptierte", "angefordert", "ersucht", "ersuchte"})
#: the needing verbs that call for help: "hat internationale Hilfe angefordert", "bat um Hilfe"
ASKING_VERBS = frozenset({"bittet", "bat", "baten", "bitten", "angefordert", "ersucht", "ersuchte"})
#: beginnings of words for help a state in need wants: "Unterstützung", "Hilfe", "Hilfsgüter"
HELP_WORDS = ("unterstützung", "hilfe", "hilfen", "hilfs", "soforthilfe", "nothilfe")
#: Words for the people of a state, which stand for the state helped ("der griechischen Bevölkerung").
PEOPLE_OF_A_STATE = frozenset({"bevölkerung", "volk", "volke"})
#: endings of a state's organs that receive for it when named by the state's adjective ("der
#: libanesischen Zentralbank", "der irakischen Armee")
ORGANS_OF_A_STATE = ("zentralbank", "notenbank", "nationalbank", "regierung", "armee", "streitkräften")
#: Cues of closing what gives help ("hat zwei Flüchtlingsheime geschlossen"); any amount is a price.
CLOSING = frozenset({"schließen"})
#: Places counted for people, shelter when a für-phrase names people help is for.
BEDS = frozenset({"plätze", "platz", "betten", "bett"})
#: Cues of taking people in at home, an act of its own beside help given to a state.
TAKING_IN = frozenset({"aufnehmen", "unterbringen", "Aufnahme finden"})
#: Cues of care a state gives, or ends, at home: taking in, housing and rescuing people, setting up
#: shelter, closing it.
HOME_CARE = frozenset({"aufnehmen", "unterbringen", "betreuen", "versorgen", "errichten", "retten"}) | CLOSING
#: Cues of helping with a task, and the prepositions that name it: "beim Aufbau von Zeltkliniken
#: helfen", "sich an einem Krieg beteiligen".
TASK_PREPOSITIONS = {"helfen": ("bei", "beim"), "unterstützen": ("bei", "beim"), "mithelfen": ("bei", "beim"),
                     "beteiligen": ("an", "am")}
#: Nouns of military action, the help one takes part in: "an einem Krieg", "am Kampf gegen den IS".
MILITARY_ACTIONS = ("krieg", "krieges", "kriegs", "kampf", "kampfes", "kämpfen", "offensive", "angriffen", "feldzug",
                    "einsatz", "militäreinsatz", "mission", "operation", "operationen", "intervention")
#: People (and parts) who act for the body in their genitive: "Soldaten des Bundesheeres", "Helfer des
#: Roten Kreuzes", "ein Konvoi des Roten Kreuzes", "die Österreich-Tochter des Konzerns Infineon".
MEMBER_NOUNS = frozenset({"soldaten", "helfer", "helferinnen", "mitarbeiter", "mitarbeiterinnen", "experten",
                          "ärzte", "polizisten", "einsatzkräfte", "truppen", "einheiten", "kräfte", "teams",
                          "freiwillige", "freiwilligen", "pioniere", "sanitäter", "piloten", "konvoi", "konvois",
                          "hilfskonvoi", "schiff", "schiffe", "tochter", "tochterfirma", "tochtergesellschaft"})
#: Numbered units of armed forces: "der 6. Jägerbrigade", "des 3. Bataillons".
MILITARY_UNITS = ("brigade", "division", "regiment", "regiments", "bataillon", "bataillons", "kompanie",
                  "geschwader", "geschwaders", "korps", "flotte", "staffel")
#: Names of armed forces as a body: "Bundesheer", "Bundeswehr", "US-Armee".
ARMED_FORCES = ("heer", "bundeswehr", "armee", "streitkräfte", "marine", "luftwaffe", "nationalgarde")
#: Finite verbs that are plural whatever the tagger says: "Sie haben angekündigt".
PLURAL_FINITE = frozenset({"haben", "hatten", "sind", "waren", "wollen", "wollten", "werden", "wurden", "können",
                           "konnten", "sollen", "sollten", "müssen", "mussten"})
#: What is sent without being help: "sandte eine klare Botschaft".
MESSAGES = frozenset({"botschaft", "botschaften", "signal", "signale", "nachricht", "nachrichten", "brief", "briefe",
                      "zeichen", "grüße", "warnung", "einladung", "appell", "mail", "e-mail", "sms", "video"})
#: What is supplied in argument, not in help: "eine Grundlage liefern", "Beweise liefern".
FINDINGS = frozenset({"grundlage", "grundlagen", "beweis", "beweise", "argument", "argumente", "antwort",
                      "antworten", "erklärung", "begründung", "hinweis", "hinweise", "daten", "ergebnis",
                      "ergebnisse", "schlagzeilen", "bilder", "stoff", "vorlage", "beitrag"})
#: Offer cues that are nouns by design: "sechs Hubschrauber im Einsatz".
NOUN_CUES = frozenset({"im Einsatz"})
#: Forms of "rufen" that ask only with their particle ("rief ... auf"), not on their own ("rief ... aus").
CALLING_FORMS = frozenset({"rief", "riefen"})
#: Verbs of asking for something, whose complement is a demand, not an offer.
DEMANDING_VERBS = frozenset({"fordern", "verlangen", "appellieren", "aufrufen", "auffordern", "drängen", "bitten",
                             "ersuchen", "mahnen", "anmahnen", "fordert", "forderte", "forderten", "gefordert",
                             "rief", "riefen", "bat", "baten"})
#: Participles of asking, read only in the clause right before an infinitive clause of help ("hat die
#: Regierung gebeten, … zu gewähren"), not anywhere before it ("hat, wie von der Ukraine gebeten, zugesagt").
ASKING_PARTICIPLES = frozenset({"gebeten", "aufgefordert", "gedrängt", "ersucht"})
#: Cues that with "sich" are what people do for themselves: "sich retten", "sich sorgen".
SELF_HELP = frozenset({"retten", "sorgen"})
#: Cues that with "sich" are what two sides do to each other: "liefern sich Gefechte".
RECIPROCAL = frozenset({"liefern"})
#: Cues of stopping that, reflexive, mean adjusting oneself ("sich auf etwas einstellen").
ADJUSTING = frozenset({"einstellen"})
REFLEXIVE_PRONOUNS = frozenset({"mich", "dich", "sich", "uns", "euch"})
#: Cues of offering, which with "sich" right after ("bietet sich an") mean lending oneself to something.
OFFERING = frozenset({"anbieten", "bieten"})
#: Words counting unnamed givers: "mehrere Mitgliedstaaten", "zahlreiche Länder"
UNNAMED_COUNTS = frozenset({"mehrere", "zahlreiche", "viele", "einige", "etliche", "weitere", "andere"})
#: Number words of a group named before: "die beiden Länder", "die vier Projektpartner".
COUNT_WORDS = {"beiden": 2, "beide": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6}
#: Cues of help at work, whose workers are what is given: "Helfer sind im Einsatz".
AT_WORK = frozenset({"im Einsatz"})
#: Definite nouns that refer back to an organisation named before: "das Bündnis", "die Organisation".
BODY_NOUNS = frozenset({"bündnis", "militärbündnis", "verteidigungsbündnis", "allianz", "organisation",
                        "hilfsorganisation", "weltorganisation", "uno-organisation", "un-organisation", "hilfswerk",
                        "fonds", "währungsfonds", "institution", "verein", "hilfsverein", "stiftung"})
#: Words before "der" + a name that make it a giver beside the subject, or one compared with it
#: ("wie der ORF", "neben der Caritas", "mehr als der ÖAMTC"), not the one given to.
ALONGSIDE = frozenset({"wie", "als", "neben", "außer", "samt", "nebst", "mit", "zusammen", "gemeinsam"})
#: Body nouns that stand only for an organisation whose own name has them: "Verein", "Stiftung".
SELF_NAMED_BODIES = {"verein": "verein", "hilfsverein": "verein", "stiftung": "stiftung"}
#: Exclusion cues that withhold help only when a word for help says so ("verweigerte jede Hilfe",
#: not "verweigerte das Besuchsrecht").
WORDED_ONLY = frozenset({"verweigern", "enden"})
#: Cues whose subject is the help itself, whose giver is the help's owner: "endet der Einsatz deutscher Ausbilder".
HELP_AS_SUBJECT = frozenset({"enden"})
#: Kinds of help that act as a subject: "russische Kampfjets unterstützen", "deutsche Ärzte helfen".
SENT_HELP = frozenset({"Troops", "Weapons", "MilitaryEquipment", "AirSupport", "Personnel", "MedicalAid",
                       "MilitaryAdvisers", "MilitaryTraining", "Intelligence"})
#: Cues of helping whose adverb says with what: "unterstützt die Rebellen finanziell".
BY_MANNER = frozenset({"unterstützen"})
#: What is granted or handed over without being help: "gewährte Einsicht in das Angebot", "ein Interview geben".
NOT_GOODS = frozenset({"einsicht", "einblick", "einblicke", "auskunft", "auskünfte", "interview", "interviews",
                       "rabatt", "rabatte", "preis", "preise", "auszeichnung", "orden", "urkunde", "schlüssel",
                       "wirkung", "medaille", "ehrenzeichen", "ehrenbürgerschaft"})
#: Stems of adjectives that price an offer, and words of a tender: an "Angebot" then is a bid.
PRICE_ADJECTIVES = ("teure", "teures", "teuren", "teurer", "preiswert")  # not "günstige Kredite", which help
TENDER_WORDS = ("ausschreibung", "bieter", "auftragsvergabe")
#: What a buyer's bid is for: "Angebot zur Übernahme", "zum Kauf", "zum Erwerb".
PURCHASES = ("übernahme", "kauf", "erwerb", "rückkauf")
#: Cues that hand over a thing, which is no help when it is one of NOT_GOODS ("überreichte ihm den
#: Verdienstorden", "gewährte der Beschwerde aufschiebende Wirkung").
HANDING_OVER = GIVING | {"übergeben"}
#: Endings of tasks and charges that change hands ("übergab den Militäreinsatz", "das Kommando"), no help.
TASKS_HANDED_OVER = ("einsatz", "mission", "kommando", "oberbefehl", "verantwortung", "kontrolle", "führung",
                     "leitung", "vorsitz", "zuständigkeit", "amtsgeschäfte")
#: Things that end like "Leitung" but are pipes and wires: "Stromleitung", "Wasserleitung".
LINES = ("stromleitung", "wasserleitung", "gasleitung", "ölleitung", "pipeline", "hochspannungsleitung")
#: Verbs whose subject gets help: "Wie viel Geld bekommt Moldau?"
RECEIVING_VERBS = frozenset({"bekommen", "erhalten", "empfangen", "brauchen", "benötigen"})
#: Words for a state's government, which refer back themselves ("der Regierung") and are no name of a state.
GOVERNMENT_WORDS = ("regierung", "kabinett", "führung", "administration", "ministerium", "ministerrat", "behörde")
#: Adjectives by which "das Land" is the giver's own: "im ganzen Land", "im eigenen Land".
OWN_LAND_WORDS = ("ganz", "gesamt", "eigen", "restlich")
#: Words for aiding someone in a crime when "zu"/"zur" follows: "Beihilfe zur Steuerhinterziehung".
COMPLICITY = frozenset({"beihilfe", "mithilfe"})
#: People sent who are not help (endings): envoys to talks ("seinen Vize-Außenminister entsenden").
ENVOYS = ("minister", "ministerin", "botschafter", "botschafterin", "gesandten", "gesandte", "delegation",
          "delegationen", "unterhändler", "vertreter", "vertreterin", "emissär", "sondergesandten", "diplomaten")
#: People sent back or on across a border, not help: "schickte Migranten nach Griechenland".
PEOPLE_ON_THE_MOVE = frozenset({"migrante", "flüchtlinge", "flüchtling", "asylwerber", "asylsuchende",
                                "schutzsuchende", "geflüchtete", "mensche"})
#: Cues of backing, which back a cause or a person as often as they help.
BACKING = frozenset({"unterstützen"})
#: Causes one backs (endings): "die Möglichkeit", "den Vorschlag", "die Kandidatur".
CAUSES = ("möglichkeit", "vorschlag", "vorschläge", "plan", "pläne", "idee", "forderung", "forderungen",
          "kandidatur", "antrag", "kurs", "position", "linie", "resolution", "gesetz", "reform", "entscheidung",
          "politik", "ansatz", "initiative", "bewerbung", "wahl", "volksbegehren", "petition", "haltung")
#: People one backs in politics: "keinen Kandidaten unterstützen".
POLITICIANS = frozenset({"kandidat", "kandidaten", "kandidatin", "bewerber", "bewerberin", "vorsitzende",
                         "vorsitzenden", "präsidenten", "kanzler", "regierungschef", "partei", "parteien"})
#: Pronouns of the speaker: "Wir helfen Griechenland", sagte der Kommissar.
SPEAKER_PRONOUNS = frozenset({"wir", "ich"})
#: Cues that widen what their object names, help only if it is a word for help ("weitet die Hilfe aus").
WIDENING = frozenset({"ausweiten"})
#: Verbs accusing someone of what an infinitive clause tells: "wirft dem Iran vor, …", "beschuldigt Teheran, …"
ACCUSING_FORMS = frozenset({"vorgeworfen", "vorzuwerfen", "vorwerfen", "beschuldigt", "beschuldigte", "beschuldigten",
                            "beschuldigen", "bezichtigt", "bezichtigte", "bezichtigten", "verdächtigt", "verdächtigte"})
#: ... and the stems of "vorwerfen" with its particle apart ("wirft ... vor")
ACCUSING_STEMS = frozenset({"wirft", "warf", "warfen", "werfen", "werfe"})
#: Cues whose accusative object is the one helped: "unterstützt die Türkei", "rüstet die Peschmerga aus".
ACCUSATIVE_RECIPIENT = frozenset({"unterstützen", "ausrüsten", "ausbilden", "versorgen", "beliefern", "im Stich lassen",
                                  "entlasten"})
#: Verbs that grant what their object names: "genehmigt Waffenlieferungen", "beschloss Hilfen".
ENACTING_VERBS = frozenset({
    "genehmigen", "genehmigt", "absegnen", "abgesegnet", "billigen", "gebilligt", "beschließen", "beschlossen",
    "bewilligen", "bewilligt", "ankündigen", "angekündigt", "leisten", "geleistet", "machen", "gemacht",
    "aufnehmen", "aufgenommen", "fortsetzen", "fortgesetzt", "starten", "gestartet", "erhöhen", "erhöht",
    "aufstocken", "aufgestockt", "zusagen", "zugesagt", "anbieten", "angeboten", "versprechen", "versprochen",
    "vereinbaren", "vereinbart", "unterzeichnen", "unterzeichnet", "freigeben", "freigegeben",
    # strong past forms, which the lemmatizer often leaves as they are
    "beschloss", "beschlossen", "versprach", "versprachen", "bot", "boten", "nahm", "nahmen"})
#: Granting verbs that approve help, which is then promised, not yet given.
APPROVING_VERBS = frozenset({"genehmigen", "genehmigt", "absegnen", "abgesegnet", "billigen", "gebilligt",
                             "bewilligen", "bewilligt", "zustimmen", "zugestimmt", "stimmen"})
#: Granting verbs that only promise: "sagte Hilfen zu", "kündigte Hilfen an".
PROMISING_VERBS = frozenset({"zusagen", "zugesagt", "versprechen", "versprochen", "anbieten", "angeboten",
                             "ankündigen", "angekündigt", "vereinbaren", "vereinbart", "machen", "gemacht",
                             # approved is not yet delivered: "hat Waffenlieferungen genehmigt"
                             "genehmigen", "genehmigt", "absegnen", "abgesegnet", "billigen", "gebilligt",
                             "beschließen", "beschlossen", "bewilligen", "bewilligt", "freigeben", "freigegeben",
                             "beschloss", "versprach", "versprachen", "bot", "boten"})
#: What an international organisation deploys: "UN-Soldaten", "Nato-Truppen", "EU-Mission".
DEPLOYMENT_HEADS = frozenset({"soldaten", "truppen", "blauhelme", "blauhelmen", "friedenstruppen", "mission",
                              "friedensmission", "einsatz", "militärberater", "ausbilder", "beobachter",
                              "polizisten", "einheiten", "kampfjets", "kampfflugzeuge"})
#: Cues whose subject is the one helped: "erhält von der EU drei Milliarden Euro".
RECEIVING = frozenset({"erhalten", "bekommen"})
#: "fanden Aufnahme bei ..." (places.SHELTER_FOUND): those taken in are the subject, the host a bei-
#: or in-phrase; the nouns are those of the cue's phrases in the lexicon.
SHELTER_FOUND_NOUNS = frozenset({"aufnahme", "unterkunft", "obdach", "unterschlupf", "zuflucht"})
#: Cues of medical care, help only when their object is people help is for ("behandelte 300 Verletzte").
TREATING = frozenset({"behandeln"})
#: nouns for a share of a group of people, whose genitive is the people themselves: "den Großteil der Flüchtlinge"
SHARES_OF_PEOPLE = ("teil", "mehrheit", "hälfte", "drittel", "viertel", "zahl", "gruppe", "hunderte", "tausende",
                    "rest", "kontingent")
#: endings of the people a treating verb helps: the sick and wounded
TREATED_PEOPLE = ("verletzte", "verletzten", "verwundete", "verwundeten", "patienten", "patientinnen", "kranke",
                  "kranken", "erkrankte", "erkrankten", "opfer", "opfern")
#: Words that bound a count, part of what is given: "rund 300 Verletzte", "mindestens fünf Millionen Euro".
COUNT_BOUNDS = frozenset({"rund", "etwa", "über", "knapp", "fast", "insgesamt", "höchstens", "mindestens", "wenigstens",
                          "maximal", "gut", "nahezu", "annähernd", "ungefähr", "zirka", "circa", "ca.", "exakt", "genau"})
#: (word, word before): bounds of two words: "mehr als 300 Verletzte", "weniger als 100 Soldaten", "bis zu 500 Patienten".
COUNT_PHRASES = frozenset({("zu", "bis"), ("als", "mehr"), ("als", "weniger")})
#: Cues that raise what a giver has somewhere already: "stockt ihre Truppen im Irak auf", "verdoppelt die Hilfe".
RAISING = frozenset({"aufstocken"})
#: Cues whose um-phrase is who is helped: "kümmert sich um Flüchtlinge".
CARING_FOR = frozenset({"kümmern"})
#: Words that put a noun's giver after it: "die Hilfe des Irans", "von der EU", "aus Deutschland".
NOUN_GIVER_MARKERS = frozenset({"des", "der", "von", "vom", "aus"})
#: Noun cues for money that is help only when something is paid with it ("mit Mitteln der EU").
FUNDS = frozenset({"Mittel"})
#: What help is given with: "mit Unterstützung Großbritanniens".
WITH = frozenset({"mit"})
#: What is paid with funds or out of them: "mit Geldern aus Deutschland", "aus Mitteln des Ministeriums".
PAYING_WITH = WITH | {"aus"}
#: Words for talks about help: "Verhandlungen", "Detailverhandlungen", "Gespräche", "verhandeln".
NEGOTIATION_STEMS = ("verhandlung", "verhandel", "verhandl", "gespräch")
#: How many sentences later "die Gespräche" still refers to talks about a package.
NEGOTIATION_REACH = 2


def is_negotiation(token) -> bool:
    """A word for negotiating: "Verhandlungen", "Detailverhandlungen", "verhandelt", "Gespräche"."""
    lower = token.lower_
    return any(stem in lower for stem in NEGOTIATION_STEMS) and not lower.startswith(("gesprächs", "verhandlungs"))


#: Nouns of sending forces somewhere (not "Lieferung", "Export": arms sold are trade as often as help).
DEPLOYING_NOUNS = ("entsendung", "stationierung", "verlegung")
#: Verbs that end or stop what they are said of: a deployment ended, talks broken off.
ENDING_VERBS = frozenset({"beenden", "abbrechen", "scheitern", "stoppen", "einstellen", "aussetzen", "absagen"})
#: Words after which a deployment is only argued about: "die Debatte über die Entsendung".
DEBATED = frozenset({"debatte", "diskussion", "streit", "kritik", "kritisierte", "kritisiert", "kritisieren"})
#: Verbs of sending someone into exile: the host state does not take him in by it.
BANISHING = frozenset({"schicken", "verbannen", "abschieben", "ausweisen", "verjagen", "vertreiben"})
#: Beginnings of a package negotiated as help: "Hilfspaket", "Rettungskredite", "Hilfskredite".
RESCUE_PACKAGE_PREFIXES = ("hilf", "rettung", "notkredit", "überbrückung")
#: Words for taking part, no help when in government (AidExtractor._participation_in_help).
PARTICIPATION = ("beteiligung",)
#: Bodies one takes part in that are politics, not help: "an der Regierung", "Koalitionsbeteiligung".
GOVERNING = ("regierung", "koalition", "kabinett", "parlament", "macht")
#: "Exil", "Exils": refuge a host state gives (not "Exilregierung", a body in exile).
EXILE = ("exil", "exils")
#: Prepositions that name where an exile goes: "ins Exil nach Katar", "ins Exil beim Verbündeten Saudi-Arabien".
HOST_MARKERS = frozenset({"nach", "in", "bei", "beim"})
#: How many words after "Exil" the host may be named ("ins Exil beim Bündnispartner Saudi-Arabien").
EXILE_HOST_REACH = 4

#: How many sentences apart mentions of help with and without a named recipient still tell one offer.
MERGE_DISTANCE = 3
#: How far after a noun of help its durch-phrase may begin: "die Lieferung von 200 Panzern durch".
AGENT_PHRASE_REACH = 5
#: Participles of needing or asking for help, whose von-phrase names the one helped: "von Griechenland benötigt".
NEEDING = ("benötigt", "gebraucht", "beantragt", "erbeten", "angefordert", "erhofft")
#: Cues of paying, whose passive names the payer also with "aus": "wird aus Mitteln der EU finanziert".
PAYING = frozenset({"zahlen", "finanzieren"})
#: Cues of paying into something: "beteiligt sich mit 11,5 Millionen am Fonds".
CONTRIBUTING = frozenset({"beteiligen", "beitragen"})
#: Prepositions of what one pays into: "sich am Fonds beteiligen", "zum Wiederaufbau beitragen".
CONTRIBUTION_MARKERS = frozenset({"am", "beim", "an", "zu", "zum", "zur"})
#: Cues of delivering goods, which deliver trade when the goods are COMMODITIES: "Texas liefert Öl".
TRADING = frozenset({"liefern", "beliefern", "exportieren"})
#: Commodities, traded rather than given (not fuel, "Treibstoff", which the lexicon has for help).
COMMODITIES = frozenset({"öl", "erdöl", "rohöl", "gas", "erdgas", "flüssiggas", "lng", "kohle", "steinkohle",
                         "braunkohle", "strom", "uran", "erz", "erze", "eisenerz", "rohstoffe", "stahl", "kupfer",
                         "aluminium"})
#: Starts of words that make commodities delivered a favour, not trade: "Strom zu Vorzugspreisen".
FAVOURS = ("vorzugs", "kostenlos", "gratis", "unentgeltlich", "geschenkt", "verbilligt")
#: Cues that take up what they are given: people taken in, or money borrowed ("nimmt einen Kredit auf").
BORROWING = frozenset({"aufnehmen"})
#: Endings of nouns for money borrowed: "Kredit", "Milliardenkredit", "neue Schulden", "eine Anleihe".
BORROWED = ("kredit", "kredite", "darlehen", "anleihe", "anleihen", "schulden", "hypothek")
#: Endings of words for police officers, who help only when sent to someone (see AidExtractor._merge).
POLICE = ("polizisten", "polizistinnen", "polizeibeamte", "polizeibeamten", "polizeikräfte", "polizei")
#: Cues whose help is sent somewhere: "in den Irak", "nach Syrien" name the recipient.
SENDING = frozenset({"schicken", "entsenden", "senden", "liefern", "verlegen", "stationieren", "exportieren",
                     "im Einsatz", "bringen", "fliegen"})
#: Nouns of help on its way somewhere, whatever the verb: "hat die Entsendung von Experten nach Griechenland zugesagt".
SENDING_NOUNS = ("entsendung", "lieferung", "lieferungen", "verlegung", "hilfsflug", "hilfsflüge", "hilfskonvoi",
                 "export", "exporte", "ausfuhr", "ausfuhren")
#: Cues of saying that help will come, whoever gives it.
ANNOUNCING = frozenset({"ankündigen"})
#: "sein Land", "ihr Land", "unser Land": the state of the person speaking.
POSSESSIVES = frozenset({"sein", "ihr", "unser"})
#: Ends of the names of military units and forces: "Afrikakorps", "Panzerbrigade", "Fremdenlegion".
UNIT_ENDINGS = ("korps", "brigade", "division", "regiment", "bataillon", "kontingent")
FORCE_ENDINGS = (*UNIT_ENDINGS, "legion", "streitkräfte", "luftwaffe", "marine", "armee", "truppe", "truppen", "gruppe")
#: Cues that describe help as given rather than promised (unless a modal verb says otherwise).
DELIVERING = SENDING | RECEIVING | ARRIVING | SHELTER_FOUND | CARING_FOR | TREATING | {"organisieren",
    "fördern", "übergeben", "errichten", "gewähren", "geben", "spenden", "verteilen", "übernehmen", "Lieferung",
    "Hilfsflug", "mithelfen", "ausrüsten", "ausbilden", "versorgen", "betreiben", "leisten",
    "beliefern", "überweisen", "unterstützen", "helfen", "betreuen", "unterbringen", "aufnehmen", "retten",
    "finanzieren"}
#: Cues of taking part whose perfect tells help given: "hat sich an den Abwürfen beteiligt".
DONE_IN_PERFECT = frozenset({"beteiligen"})
#: Exclusion cues that, with an offer as object, mean the recipient declines it.
REFUSALS = frozenset({"ablehnen", "zurückweisen", "ausschlagen"})
OBJECT_DETERMINERS = frozenset({"einen", "eine", "ein", "den", "die", "das", "keine", "keinen", "jede", "jeden", "jegliche", "jeglichen"})
