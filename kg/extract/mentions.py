"""The index of one article's actors and places, and the token tests every resolution stage shares.

:class:`EntityIndex` is what entity resolution hands to the later extractors (aid, sources, events);
the helpers here read a Doc without resolver state, so the place and role stages can use them too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.grammar import (
    ADJECTIVE_ENDING, ADJECTIVE_ENDINGS, INFLECTED_ADJECTIVE_OR_LOANWORD, INFLECTED_DERIVED_ADJECTIVE, gender_of,
    is_adjective_like, is_common_noun, is_lemma_table_adjective, joined_to_common_noun, positions_of,
)
from kg.extract.records import Actor, Mention, Place
from kg.extract.timex import MONTH_NAMES, WEEKDAY_NAMES
from kg.nlp.components import OPENING_QUOTES, is_given_name, lemma_lookup_table
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.normalize import slug, stem

#: The role of "Chef", "Leiter", "Führer": "der UN-Chef" is whoever the article has leading the UN.
#: Nouns for a person that a name follows in apposition, not as a genitive: "Bans Vorgänger Boutros".
APPOSITION_NOUNS = frozenset({"vorgänger", "vorgängerin", "nachfolger", "nachfolgerin", "herausforderer",
                              "herausforderin", "rivale", "rivalin", "kandidat", "kandidatin"})


#: Articles of one person or thing in the singular: "dem Grünen" is a Green politician, not the party.
_SINGULAR_ARTICLES = frozenset({"dem", "einem", "ein", "eine", "einer", "einen", "eines"})
#: Articles of a singular noun, also those shared with the plural ("der" mostly so before a name:
#: "der Sänger Tom Jones").
SINGULAR_ARTICLES = _SINGULAR_ARTICLES | {"der", "des"}
#: Verbs that join a subject to a predicate, after which a name and a noun are no genitive.
COPULAS = frozenset({"sein", "werden", "bleiben"})

#: Endings of nouns for a person by what they do or where they are from ("Sänger", "Bassist",
#: "Seismologin", "Landsmann"): a name after one is in apposition, so an -s ending it is the
#: name's own ("der britische Sänger Robbie Williams"), no genitive.
PERSON_NOUN_ENDINGS = ("er", "in", "ist", "ant", "eur", "euse", "ière", "oge", "oph", "ador", "ator", "mann", "frau",
                       "veteran", "ikone", "-ceo")
#: Of those, the feminine ones long enough that no name ends so ("Schlagerveteranin", "Seismologin"):
#: such a word is a noun for a person even where no dictionary has it.
FEMININE_PERSON_ENDINGS = ("erin", "antin", "entin", "istin", "anin", "ogin", "eurin", "ärin")

#: Nouns ending so that name things, after which a name is a genitive: "im Lager Hillary Clintons".
_THINGS_ENDING_LIKE_PERSONS = frozenset({"lager", "theater", "orchester", "kader", "körper", "charakter", "kloster",
                                         "zimmer", "alter", "sommer", "winter", "center", "magazin", "medizin",
                                         "termin", "kalender", "ufer", "fenster", "muster", "wasser", "feuer",
                                         "imperium", "ära"})

#: Nouns for a person by kinship or allegiance to another, who follows in the genitive: "die
#: Tochter John F. Kennedys", "Anhänger Mohammed Mursis" (compounds that name the other themselves,
#: "Präsidentengattin", are in apposition).
RELATIONAL_NOUNS = frozenset({"tochter", "sohn", "witwe", "witwer", "frau", "ehefrau", "gattin", "gatte", "ehemann",
                              "mann", "vater", "mutter", "bruder", "schwester", "enkel", "enkelin", "neffe", "nichte",
                              "onkel", "tante", "cousin", "cousine", "anwalt", "anwältin", "verteidiger",
                              "verteidigerin", "anhänger", "anhängerin", "gegner", "gegnerin", "kritiker",
                              "kritikerin", "unterstützer", "unterstützerin", "freund", "freundin", "mörder",
                              "mörderin", "biograf", "biografin", "biograph", "leibwächter", "mitarbeiter",
                              "mitarbeiterin", "stellvertreter", "stellvertreterin", "berater", "beraterin",
                              "lebensgefährte", "lebensgefährtin", "erbe", "erbin", "schüler", "schülerin",
                              "vertraute", "vertrauter", "gefolgsmann", "schwager", "schwägerin", "namensvetter",
                              "namensvetterin"})

#: What turns a kinship noun into another of its kind: "Stieftochter", "Ex-Frau", "Schwiegersohn".
_KINSHIP_PREFIXES = ("stief", "schwieger", "groß", "ur", "halb", "adoptiv", "ehe")


#: Words for a body whose name is a noun after them: "Stiftung Warentest", "Aktion Mensch",
#: "Bataillon Tornado".
NAMED_BY_A_NOUN = frozenset({"stiftung", "aktion", "initiative", "verein", "bündnis", "plattform", "netzwerk",
                             "forum", "projekt", "kampagne", "haus", "zentrum", "institut", "bataillon", "brigade",
                             "regiment", "division", "einheit", "kommando", "operation", "mission", "miliz"})


#: Words for a kind of group before its name, which begins with a capitalised adjective: "der Gruppe
#: Erste Küstendivision", "die Miliz Freie Syrische Armee".
GROUP_NOUNS = frozenset({"gruppe", "gruppierung", "miliz", "organisation", "bewegung", "partei", "rebellengruppe",
                         "rebellenmiliz", "terrorgruppe", "terrormiliz", "extremistengruppe", "dschihadistengruppe",
                         "islamistengruppe", "splittergruppe"})


#: Words for a kind of medium before its name, which is no part of it: "die Nachrichtenagentur Xinhua",
#: "der Zeitung Kathimerini", "der Sender RTS", "das Nachrichtenportal Politico".
MEDIA_KIND_ENDINGS = ("agentur", "zeitung", "zeitschrift", "magazin", "sender", "senders", "portal", "blatt",
                      "agenturen", "zeitungen", "sendern")

#: Words for a time a name never ends in, after a preposition: "das Auswärtige Amt am Dienstag".
#: The Austrian "Feber" has never been among them; it stays out so that results do not change.
TIME_WORDS = (frozenset(WEEKDAY_NAMES) | (frozenset(MONTH_NAMES) - {"Feber"})
              | frozenset({"Wochenende", "Vormittag", "Nachmittag", "Abend", "Morgen", "Vortag", "Anfang", "Ende"}))


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
    #: mentions as token ranges: (start, end, key, kind), in text order (mentions added after
    #: resolution aside); replaced, never reordered in place, which :meth:`_start_order` relies on
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    roles: list[RoleRef] = field(default_factory=list)
    #: states the article uses as places (see EntityResolver._locative_countries)
    locative: set[str] = field(default_factory=set)
    #: the first token below the headline (0 when the article has none; see places.headline_end)
    body_start: int = 0
    #: first tokens of place mentions that only name a government ("die Regierung in Kinshasa",
    #: "das Land Tirol stellt bereit"): the government acts, its seat or region is no location for that alone
    seats: set[int] = field(default_factory=set)
    #: states the article names as doing or saying something (not only as places or adjectives)
    acting: set[str] = field(default_factory=set)
    #: towns and regions taken for actors as the subjects of help, which are only places again if they
    #: give, receive and say nothing (see places.PlaceFinding._places_that_act)
    acting_by_help: set[str] = field(default_factory=set)
    #: the state of the article's dateline ("Wien – " gives "country:AT"), where it writes from
    dateline_state: str | None = None
    #: organs seated in a region's town, which act for no state ("das Innenministerium in Stuttgart")
    regional: set[str] = field(default_factory=set)
    #: token index -> number of its sentence, made when first needed
    sentence_of: list[int] = field(default_factory=list)
    #: first tokens of state mentions that only say whose an office is ("Österreichs Außenminister"),
    #: as an adjective would: they make the state neither a party nor a place
    attributive: set[int] = field(default_factory=set)
    #: (spans, how many of them are in the order, (start, position) of those by start): see _start_order
    _start_order_of: tuple | None = field(default=None, init=False, repr=False, compare=False)

    def key_at(self, i: int) -> str | None:
        hit = self.by_token.get(i)
        return hit[0] if hit else None

    def mention_end(self, start: int) -> int:
        """Where the mention of the actor or place at token ``start`` ends (exclusive)."""
        key = self.key_at(start)
        end = start + 1
        while self.key_at(end) == key:
            end += 1
        return end

    def category(self, key: str) -> str | None:
        actor = self.actors.get(key)
        return actor.category if actor else None

    def state_of(self, key: str) -> str | None:
        """The state an actor or place key stands in: "country:PY" itself, or a town's country."""
        if key.startswith("country:"):
            return key
        place = self.places.get(key)
        return f"country:{place.country}" if place is not None and place.country else None

    def principal(self, key: str) -> str:
        """The state or organisation an actor acts for, or the actor itself."""
        actor = self.actors.get(key)
        return actor.represents if actor and actor.represents else key

    def role_at(self, i: int) -> RoleRef | None:
        return next((r for r in self.roles if r.start <= i < r.end), None)

    def add_unlinked(self, doc: Doc, start: int, end: int, *, label: str,
                     category: str = "Other", named: bool = True) -> str:
        """An actor known only from this article, e.g. a speaker "die Polizei": key, mention (in the
        sentence of its words, which may come before the claim it speaks: "die Ermittler. Sie baten")."""
        key = f"other:{slug(label)}"
        # a name the article has for an actor already ("teilte Tchibo mit" after "verkauft Tchibo") is that actor
        same = next((k for k, a in self.actors.items() if named and a.named and a.label == label), None)
        key = same or key
        self.actors.setdefault(key, Actor(key=key, label=label, category=category, named=named))
        if len(self.sentence_of) != len(doc):
            self.sentence_of = _sentence_index(doc) if doc.has_annotation("SENT_START") else [0] * len(doc)
        sentence = self.sentence_of[start]
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

    def person_referred_to(self, i: int, gender: str | None, *,
                           accept: Callable[[int, int, str], bool] | None = None) -> str | None:
        """The named person a pronoun of ``gender`` ("feminine" for "sie", "masculine" for "er") at
        token ``i`` stands for: the one named last who is not known to be of the other sex.
        ``accept`` as in :meth:`last_actor_before`."""
        def fits(start: int, end: int, key: str) -> bool:
            return self.actors[key].gender in (None, gender) and (accept is None or accept(start, end, key))

        return self.last_actor_before(i, ("Person",), accept=fits if gender is not None else accept)

    def last_actor_before(self, i: int, categories: tuple[str, ...] | None, *, window: int = 400,
                          accept: Callable[[int, int, str], bool] | None = None) -> str | None:
        """The named actor of one of ``categories`` (of any, if None) mentioned last, less than
        ``window`` tokens before token ``i``; with ``accept``, the last whose mention (start, end,
        key) it accepts."""
        return next((key for start, end, key in self._named_before(i, categories, window)
                     if accept is None or accept(start, end, key)), None)

    def actors_before(self, i: int, categories: tuple[str, ...] | None, *, window: int = 400) -> set[str]:
        """The named actors of one of ``categories`` (of any, if None) mentioned less than ``window``
        tokens before token ``i``."""
        return {key for _start, _end, key in self._named_before(i, categories, window)}

    def _named_before(self, i: int, categories: tuple[str, ...] | None, window: int):
        """(start, end, key) of the mentions of named actors of ``categories`` less than ``window``
        tokens before token ``i``, the latest added first."""
        spans = self.spans
        for position in self._spans_before(i, window):
            start, end, key, _kind = spans[position]
            actor = self.actors.get(key)
            if actor is not None and actor.named and (categories is None or actor.category in categories):
                yield start, end, key

    def _spans_before(self, i: int, window: int) -> list[int]:
        """Positions in ``spans`` of the mentions that start less than ``window`` tokens before
        token ``i``, the latest added first (as a walk back through ``spans`` meets them: mentions
        added after resolution, such as a speaker's, may stand out of text order)."""
        order = self._start_order()
        low = bisect_left(order, (i - window + 1, -1))
        high = bisect_left(order, (i, -1), low)
        return sorted((position for _start, position in order[low:high]), reverse=True)

    def _start_order(self) -> list[tuple[int, int]]:
        """(start, position in ``spans``) of every mention, by start; kept up to date as mentions
        are added and rebuilt when ``spans`` is replaced."""
        cached = self._start_order_of
        if cached is None or cached[0] is not self.spans or cached[1] > len(self.spans):
            cached = (self.spans, 0, [])
        spans, known, order = cached
        for position in range(known, len(spans)):
            insort(order, (spans[position][0], position))
        self._start_order_of = (spans, len(spans), order)
        return order


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
    if after is not None and after.text in ("'", "’"):
        return False  # "Bill Gates' Stiftung": the apostrophe is the genitive, the -s the name's own
    before = doc[start - 1] if start > 0 else None
    prenominal = _prenominal(doc, start, end)
    postnominal = (before is not None and before.text[:1].isupper() and before.text.replace("-", "").isalpha()
                   and not before.is_sent_start)  # also "im Magna-Konzern Frank Stronachs"
    return prenominal or postnominal


def _prenominal(doc: Doc, start: int, end: int) -> bool:
    """Whether a noun follows a name, as it does a genitive: "Kerrys Angebot", also after the
    noun's adjectives or in quotes ("Maria Schraders neuem Kinofilm", "Werner Schwabs „Fäkaliendrama“"),
    but not the agent of a participle ("ein von Steve Jobs verwendetes Zitat")."""
    k = end
    # (only inflected adjectives, not an adverb: "wurde Nikos Pappas erneut Minister"; and after a
    # copula only oblique ones: "ist Markus Haas neuer Chef" has a predicate, "war Maria Schraders
    # neuem Film zu verdanken" a genitive)
    after_copula = start > 0 and doc[start - 1].pos_ == "AUX" and doc[start - 1].lemma_ in COPULAS
    endings = ("en", "em") if after_copula else ADJECTIVE_ENDINGS
    while k < min(len(doc), end + 3) and doc[k].is_lower and is_adjective_like(doc[k]) and doc[k].lower_.endswith(endings):
        k += 1
    lemma = lemma_lookup_table().get(doc[end].lower_, "") if k > end else ""
    participle = len(lemma) > 5 and lemma.endswith(("t", "en"))  # "verwendet", not "erst"
    if participle and any(t.lower_ in ("von", "vom") for t in doc[max(0, start - 2):start]):
        k = end
    if k == end and k < len(doc) - 1 and doc[k].text in OPENING_QUOTES:
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha


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
    adjective = is_lemma_table_adjective(lower) or lower.endswith(("te", "ende", "ische", "ige", "liche"))
    stem_ = ADJECTIVE_ENDING.sub("", first.text)
    capitalised_elsewhere = any(t.text.startswith(stem_) and not t.is_sent_start for t in span.doc)
    return adjective and not capitalised_elsewhere


def _adjective_endings_only(form: str, name: str) -> bool:
    """Whether two names differ only in the endings of their words ("Nahe Osten", "Naher Osten")."""
    words, names = form.split(), name.split()
    return form != name and len(words) == len(names) and all(
        ADJECTIVE_ENDING.sub("", a) == ADJECTIVE_ENDING.sub("", b) for a, b in zip(words, names))


#: Endings of feminine nouns: "Staatsanwaltschaft", "Vereinigung", "Kommission".
_FEMININE_ENDINGS = ("schaft", "ung", "heit", "keit", "ion", "tät", "anstalt", "behörde", "kammer", "partei",
                     "agentur", "bank", "stiftung", "union", "front", "allianz", "liga", "holding", "schule",
                     "akademie", "kirche", "gruppe")

#: Strong nominative endings of an adjective before a singular noun without article, by the noun's gender.
_NOMINATIVE_ENDINGS = {"Fem": "e", "Masc": "er", "Neut": "es"}


def nominative_by_gender(span: Span) -> str | None:
    """A name that begins with inflected adjectives, in the nominative as a label says it, by
    the gender of its head noun: "der Pädagogischen Hochschule Steiermark" -> "Pädagogische
    Hochschule Steiermark", "das Auswärtige Amt" -> "Auswärtiges Amt". None where that is not
    certain: no adjective, a plural head ("Vereinten Nationen"), or a masculine or neuter head in
    the genitive, whose own ending would stay."""
    k = 0
    while k < len(span) and span[k].text[:1].isupper() and ADJECTIVE_ENDING.search(span[k].text) and (
            span[k].pos_ == "ADJ" and INFLECTED_ADJECTIVE_OR_LOANWORD.search(span[k].lower_)
            or is_lemma_table_adjective(span[k].lower_) and not is_common_noun(span[k].text)):  # not "Gemeinde"
        k += 1  # not a name the tagger takes for an adjective: "Raiffeisen Bank Aval"
    if k == 0 or k == len(span) or span[k].pos_ not in ("NOUN", "PROPN"):
        return None
    head = span[k]
    gender, number = head.morph.get("Gender"), head.morph.get("Number")
    if head.lower_.endswith(_FEMININE_ENDINGS):
        gender = ["Fem"]  # "der Zentralen Staatsanwaltschaft": the ending knows the gender better than the tagger
    rest = [t.text for t in span[k:]]
    doc = span.doc
    genitive = head.morph.get("Case") == ["Gen"] or span.start > 0 and doc[span.start - 1].lower_ in ("des", "eines")
    # "des Statistischen Bundesamts" -> "Statistisches Bundesamt": a masculine or neuter head loses its
    # genitive ending where what is left is a noun, of the gender kg's heads give it (the tagger may
    # call "Bundesamts" feminine)
    ending = "es" if head.text.endswith("es") else "s"  # not "Kongresse" of "Kongresses"
    base = head.text[:-len(ending)] if genitive and head.text.endswith(ending) else None
    # not a head whose nominative ends in -s itself ("des Europäischen Sozialfonds")
    base = base if base and len(base) >= 3 and is_common_noun(base) \
        and not (gender_of(head.text) == "masculine" and gender_of(base) != "masculine") else None
    by_head = {"masculine": ["Masc"], "neuter": ["Neut"]}.get(gender_of(base)) if base else None
    if by_head is not None and number == ["Sing"]:
        gender, rest[0] = by_head, base
    elif number != ["Sing"] or len(gender) != 1 or gender[0] != "Fem" and head.morph.get("Case") == ["Gen"]:
        return None
    adjectives = [ADJECTIVE_ENDING.sub("", t.text) + _NOMINATIVE_ENDINGS[gender[0]] for t in span[:k]]
    return " ".join([*adjectives, *rest])


def _used_as_noun(token: Token) -> bool:
    """Whether a capitalised word the NER took for a surname is used as a noun: after a
    possessive ("seine Notdurft"), in the plural ("mit Snowboards"), or joined by "und" to an
    ordinary noun ("Krieg und Gemetzel")."""
    doc, i = token.doc, token.i
    if i > 0 and doc[i - 1].morph.get("Poss") == ["Yes"] or token.morph.get("Number") == ["Plur"]:
        return True
    return joined_to_common_noun(token)


_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$")


def _in_byline(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` lie in the author's byline that closes an article, "(Colette
    M. Schmidt, 24.10.2015)", "(APA, 24.10.2015)"."""
    opening = next((k for k in range(start, max(-1, start - 5), -1) if doc[k].text == "("), None)
    if opening is None or len(doc) - opening > 12:
        return False
    closing = next((k for k in range(end, len(doc)) if doc[k].text == ")"), None)
    return closing is not None and closing >= len(doc) - 2 \
        and any(_DATE.match(doc[k].text) for k in range(end, closing))


def particle_plus_lemma(verb: Token) -> str:
    """The lemma of a verb with its separable particle (either dependency label) put in front:
    "griff ... an" is "angreifen". Unlike exclusions._infinitive_from_tables it trusts the lemmatizer."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "svp")), "")
    return particle + verb.lemma_.lower()


def _person_name(doc: Doc, start: int, end: int, gazetteer: Gazetteer | None = None) -> str:
    """The name of a person mentioned at ``start:end``, a genitive -s taken off ("Kerrys"). After
    a role the name is in apposition and keeps its -s: "Präsident Evo Morales"."""
    words = [t.text for t in doc[start:end]]
    before = doc[start - 1] if start > 0 else None
    apposition = before is not None and gazetteer is not None and (
        gazetteer.role_of(before.text) is not None or before.lower_ in APPOSITION_NOUNS
        or _names_a_person(before, gazetteer)
        # "der Sprecher für Außenpolitik Hans Kraus": a role and what it is for, then its holder
        or start >= 3 and doc[start - 2].pos_ == "ADP" and gazetteer.role_of(doc[start - 3].text) is not None)
    # unless the article also has the name without the -s ("die Bewohner Abyeis" ... "in Abyei")
    without_s = bool(positions_of(doc, words[-1][:-1]))
    apposition = apposition and not _prenominal(doc, start, end) and not without_s
    # "Politneuling Jimmy Morales landete" is no genitive where the article also has the name
    # with its -s where no genitive can be ("Morales, der ...", "nützte Morales auch")
    own_s = not without_s and any(
        i != end - 1 and not _is_genitive(doc, i, i + 1) and not (i > 0 and doc[i - 1].text[:1].isupper())
        for i in positions_of(doc, words[-1]))
    # "Vorstand Jens Bischof", "sagte Klaus": a given name alone that ends in -s keeps it ("Jens"
    # is no genitive of "Jen"), unless the article has the name without it too
    given = len(words) == 1 and gazetteer is not None and not without_s \
        and is_given_name(words[0], gazetteer.given_names) and not is_given_name(words[0][:-1], gazetteer.given_names)
    if _is_genitive(doc, start, end) and not apposition and not own_s and not given:
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _names_a_person(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether a noun before a name is one for a person the name is in apposition to: a demonym
    ("der Bolivianer"), or a noun ending as a person's do ("Sänger", "Partnerin") that names
    neither a thing nor someone's relative ("im Lager", "die Tochter")."""
    word = token.lower_
    if not token.text[:1].isupper() or len(word) < 4 or not token.is_alpha and "-" not in word:
        return False
    if "Plur" in token.morph.get("Number") and not _after_singular_article(token):
        return False  # "die Bilder Picassos", "die Kinder Niki Laudas", "die Wähler Trumps": a plural takes a genitive
    if stem(token.text) in gazetteer.demonyms:
        return True
    head = word.rsplit("-", 1)[-1]
    return word.endswith(PERSON_NOUN_ENDINGS) and head not in _THINGS_ENDING_LIKE_PERSONS \
        and not is_relational_noun(word)


def is_relational_noun(word: str) -> bool:
    """Whether a lowercase noun names a person by kinship or allegiance to another
    (``RELATIONAL_NOUNS``), also with a kinship prefix ("Stieftochter") or as the head after a
    hyphen ("Ex-Frau")."""
    head = word.rsplit("-", 1)[-1]
    return head in RELATIONAL_NOUNS or any(
        head.startswith(prefix) and head[len(prefix):] in RELATIONAL_NOUNS for prefix in _KINSHIP_PREFIXES)


def _after_singular_article(token: Token) -> bool:
    """ "der walisische Sänger", "einem Bassisten": a noun the tagger may call plural whose article,
    past its adjectives, is a singular one."""
    k = token.i - 1
    while k >= 0 and token.doc[k].is_lower and is_adjective_like(token.doc[k]):
        k -= 1
    return k >= 0 and token.doc[k].lower_ in SINGULAR_ARTICLES


def _end_before_object(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where an organisation's name ends that the statistical NER ran on into the next noun
    phrase: "mit der Polizei Ordnungsaufgaben durchführen", "dass der Bund Steuergelder einsetzt",
    "für Bayern 90 Liter", "an der Med-Uni Wien Professor". German names do not end in a plural
    common noun right after another noun, nor in a figure and its unit, nor in a person's role, nor
    in a time ("das Auswärtige Amt am Dienstag"), and two bare common nouns are no name at all."""
    original = end
    while end - start > 1:
        last, before = doc[end - 1], doc[end - 2]
        if gazetteer.role_of(last.text) is not None and last.text[:1].isupper():
            end -= 1
        elif last.text in TIME_WORDS and before.is_lower:
            end -= 2  # "am Dienstag", "im März"
        elif is_common_noun(last.text) and before.text[:1].isdigit():
            end -= 2  # "90 Liter"
        elif is_common_noun(last.text) and _unknown(last, gazetteer) and _unknown(before, gazetteer) \
                and before.pos_ == "NOUN" and before.lower_ not in NAMED_BY_A_NOUN \
                and ("Plur" in last.morph.get("Number") or end - start == 2):
            end -= 1  # "der Polizei Ordnungsaufgaben", "der Bund Steuergelder": two nouns, no name
        else:
            break
    if end < original and end - start == 1 and doc[start].pos_ == "NOUN" and not doc[start].is_upper \
            and _unknown(doc[start], gazetteer):
        return start  # what is left, "Polizei", "Bund", is a common noun
    return max(end, start + 1)


def _unknown(token: Token, gazetteer: Gazetteer) -> bool:
    """Whether no gazetteer name is this word ("Wien", which spaCy's lookup table has as a noun)."""
    return gazetteer.lookup([token.text]) is None


def _capitalised_only_as_opening(token: Token) -> bool:
    """A word capitalised only because it opens a sentence or headline, which the statistical NER
    takes for a name: "Schneller als erwartet kommt die Welle", "Nordeuropäisches Land verschärft
    Asylpolitik". An adjective or adverb by spaCy's lookup table or by its ending, written nowhere
    else in the article with a capital inside a sentence."""
    opening = token.is_sent_start or token.i == 0 or token.nbor(-1).is_space
    if not opening or not token.is_alpha or token.is_upper:
        return False
    lower = token.lower_
    # the table has some adjectives only under their capitalised form ("Heikle" -> "heikel")
    lemma = lemma_lookup_table().get(lower) or lemma_lookup_table().get(token.text)
    adjective = bool(lemma) and lemma.islower() or INFLECTED_DERIVED_ADJECTIVE.search(lower) is not None
    capitalised_elsewhere = any(t.text == token.text and not (t.is_sent_start or t.i == 0 or t.nbor(-1).is_space)
                                for t in token.doc)
    return adjective and not capitalised_elsewhere


def _surname_of(persons: dict[str, str], surname: str) -> str | None:
    """The person a bare surname names: the one with that surname, else the one whose surname is
    spelt with one other letter, as transliterations vary within an article ("Karzai" and "Hamid
    Karsai"); not for short names, and only where one person fits."""
    key = persons.get(surname)
    if key is not None or len(surname) < 5:
        return key
    near = {k for known, k in persons.items() if len(known) == len(surname) and known[0] == surname[0]
            and sum(a != b for a, b in zip(known, surname)) == 1}
    return near.pop() if len(near) == 1 else None


def _joined_person_names(doc: Doc, found: list) -> list:
    """ "Susilo Bambang Yudhoyono" found as "Susilo" and "Bambang Yudhoyono": a one-word person
    right before another unknown person's name, with nothing between, is the first part of that
    name (German puts no two persons side by side without a comma or "und"). So is a one-word person
    before an unknown one-word organisation the parser hangs on it as the rest of the name: "Ensaf"
    and "Haidar" (ORG) are "Ensaf Haidar"."""
    def surname_taken_for_body(c) -> bool:
        word = doc[c.start]
        return c.category == "Organization" and c.key is None and c.end - c.start == 1 \
            and word.dep_ in ("flat", "flat:name") and word.head.i == c.start - 1 and word.head.ent_type_ == "PER"

    persons = sorted((c for c in found if c.category == "Person" and c.key is None or surname_taken_for_body(c)),
                     key=lambda c: c.start)
    joined = {}
    for first, second in zip(persons, persons[1:]):
        if first.category == "Person" and first.end == second.start and first.end - first.start == 1 \
                and doc[first.start].text[:1].isupper() \
                and not doc[second.start].is_sent_start and first.start not in joined:
            joined[first.start] = _Candidate(first.start, second.end, "Person", None, "name", second.priority)
    return [*found, *joined.values()]


def _not_the_party(doc: Doc, start: int, end: int, names: set[str]) -> bool:
    """Whether a one-word party named like an adjective ("Grüne", "Linke") is not the party here:
    an adjective of another ending before a noun ("kein Grünes Licht") or one member in the singular
    ("übermittelte dem Grünen eine Liste")."""
    if end - start != 1:
        return False
    word = doc[start]
    if word.text in names or not word.lower_.endswith(("e", "en", "es", "er", "em")):
        return False
    other_ending = not word.lower_.endswith(("e", "en"))  # (also "der GRÜNEN" in capitals)
    singular = start > 0 and doc[start - 1].lower_ in _SINGULAR_ARTICLES
    return other_ending or singular


#: States whose names put the family name first: "Ban Ki-moon" is "Ban", "Kim Jong-un" is "Kim".
FAMILY_NAME_FIRST = frozenset({"CN", "KR", "KP", "VN", "TW", "HK", "MO"})


def _surname(entry) -> str:
    """The name a known person is called by alone: the last word, or the first where the
    person's state puts the family name first ("Bans Erklärung" for Ban Ki-moon)."""
    words = entry.name.split()
    return words[0] if entry.country in FAMILY_NAME_FIRST and len(words) > 1 else words[-1]


def _names_with_lowercase_adjective(doc: Doc, gazetteer: Gazetteer) -> list[_Candidate]:
    """ "die europäische Union", "der arabischen Liga": a known international organisation's name
    whose adjective the writer did not capitalise (the gazetteer matches names from a capital only)."""
    found = []
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if not (token.is_lower and token.is_alpha and token.pos_ == "ADJ" and following.text[:1].isupper()):
            continue
        key = gazetteer.lookup([token.text.capitalize(), following.text])
        entry = gazetteer.entries.get(key) if key else None
        # not a state's own body ("die russische Armee" is Russia acting, see STATE_BODIES)
        if entry is not None and entry.kind == "org" and entry.country is None:
            found.append(_Candidate(token.i, token.i + 2, entry.category, key, "name", 0))
    return found
