"""The index of one article's actors and places, and the token tests every resolution stage shares.

:class:`EntityIndex` is what entity resolution hands to the later extractors (aid, sources, events);
the helpers here read a Doc without resolver state, so the place and role stages can use them too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract.grammar import is_common_noun, _lemma_table
from kg.extract.records import Actor, Mention, Place
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.normalize import slug

#: Declension endings of German adjectives and nouns in names.
_WORD_ENDING = re.compile(r"(e|er|en|es|em)$")

#: The role of "Chef", "Leiter", "Führer": "der UN-Chef" is whoever the article has leading the UN.
#: Nouns for a person that a name follows in apposition, not as a genitive: "Bans Vorgänger Boutros".
APPOSITION_NOUNS = frozenset({"vorgänger", "vorgängerin", "nachfolger", "nachfolgerin", "herausforderer",
                              "herausforderin", "rivale", "rivalin", "kandidat", "kandidatin"})


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
