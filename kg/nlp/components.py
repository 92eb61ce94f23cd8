"""kg's spaCy components. Each one *finds* with a pure function over tokens and then *writes* its
results into a named ``doc.spans`` key (or a Doc extension), so a later stage can read them and a
test can call the finder alone. Factories and default settings are in :mod:`kg.nlp.factories`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from functools import lru_cache
from typing import Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.normalize import stem

if not Doc.has_extension("kg_prefixes"):
    # Names inside hyphenated compounds ("US-Außenminister"): (start_char, end_char, token_i, key).
    # They cannot be spans, because they cover only part of a token.
    Doc.set_extension("kg_prefixes", default=None)

#: Lowercase name particles that may stand inside a personal name ("Baschar al-Assad").
NAME_PARTICLES = frozenset({"al", "el", "as", "ad", "ar", "asch", "bin", "ibn", "bint", "abu", "abd",
                            "von", "van", "der", "de", "da", "di", "del", "la", "le", "du", "ben"})
_NAME_PARTICLE_PREFIXES = ("al-", "el-", "as-", "ad-", "ar-", "asch-", "an-", "at-", "ibn-", "abu-")


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


class KgSentencizer:
    """Sentence boundaries at line breaks, and at final punctuation when no parser does it.

    With ``only_after_punctuation``, no sentence may start right after a word (the parser then
    splits only where punctuation or a line break allows): a parser trained on little data
    otherwise breaks "haben 1,153 | Milliarden Euro ... versprochen" apart.
    """

    def __init__(self, *, punctuation: bool = True, only_after_punctuation: bool = False) -> None:
        self.punctuation = punctuation
        self.only_after_punctuation = only_after_punctuation

    def __call__(self, doc: Doc) -> Doc:
        for token, start in zip(doc, self.find_starts(doc)):
            if start is not None:
                token.is_sent_start = start
        return doc

    @staticmethod
    def _may_end_sentence(doc: Doc, i: int) -> bool:
        """Final punctuation, or a closing quote or bracket; not a word, a comma, a colon ("Faymann
        sagte: Das geht so nicht weiter." is one sentence) or a slash ("Bündnis 90/Die Grünen")."""
        token = doc[i]
        if token.text in {".", "!", "?", "…"}:
            return True
        return token.is_punct and token.text not in {",", ":", ";", "-", "–", "(", "„", "«", "/", "&", "+"} and not token.is_alpha

    def find_starts(self, doc: Doc) -> list[bool | None]:
        starts: list[bool | None] = [None] * len(doc)
        if len(doc):
            starts[0] = True
        closing = {"“", "”", "\"", "»", "«", "'", "’", ")", "]"}
        for i in range(1, len(doc)):
            previous = doc[i - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                starts[i] = True
            elif doc[i].is_space:
                starts[i] = False
            elif self.punctuation:
                end = previous.text in {".", "!", "?", "…"} or (
                    previous.text in closing and i >= 2 and doc[i - 2].text in {".", "!", "?"}
                )
                if end and doc[i].text not in closing:
                    first = doc[i].text[:1]
                    starts[i] = first.isupper() or first.isdigit() or first in "„\"»("
                else:
                    starts[i] = False
            elif self.only_after_punctuation and not self._may_end_sentence(doc, i - 1):
                starts[i] = False
        return starts


def _other_name_stem(doc: Doc, i: int) -> str | None:
    """A second stem of token ``i`` for gazetteer lookup, where the stemmer leaves a short word
    of a name in another form than its nominative: a capitalised adjective in the dative before
    another capitalised word ("von Rotem Kreuz" for "Rotes Kreuz"), and a short noun in the
    genitive ending a name ("des Auswärtigen Amtes", "des Europäischen Rates"); and a name set in
    capitals ("der GRÜNEN"). Tried only where the usual stems match nothing ("Financial Times" is
    no "Tim")."""
    word = doc[i].text
    lower = word.lower()
    if not (word[:1].isupper() and word.isalpha()):
        return None
    if word.isupper() and len(word) >= 5:
        return stem(word.capitalize())  # (an acronym has fewer letters or is known as written: "UNICEF")
    name_follows = i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
    name_before = i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha
    if lower.endswith("em") and name_follows and stem(word) == lower:
        return stem(word[:-1])
    if lower.endswith("es") and name_before and not name_follows and stem(word) == lower[:-1]:
        return stem(word[:-2])
    return None


def _another_word_by_its_ending(word: str, entry) -> bool:
    """Whether ``word`` reads as a one-word name of ``entry`` only by a weak ending -n/-en that makes
    it another German word: the plural of another noun ("Arten", plural of "Art", is no case form
    of the channel Arte) or a verb used as a noun ("das Sparen" is no case form of the grocer Spar).
    A party named by an adjective keeps its weak form ("der Grünen", "die Linken": the lookup
    table gives "Grüne", "Linke", the names themselves)."""
    names = (entry.name, *entry.aliases)
    if word in names:
        return False
    base = next((name for name in names if word.startswith(name) and word[len(name):] in ("n", "en")), None)
    if base is None:
        return False
    table = lemma_lookup_table("de")
    lemma = table.get(word)
    if lemma is not None:
        # "den Emiraten" is a case form of "Emirate", both forms of the table's "Emirat"
        return lemma != base and table.get(base) != lemma and lemma[:1].isupper()
    return word.endswith("en") and word.lower() in _verb_infinitives()


@lru_cache(maxsize=1)
def _verb_infinitives() -> frozenset[str]:
    """The infinitives of the lookup table: its lowercase base forms ending in -en ("sparen")."""
    return frozenset(v for v in lemma_lookup_table("de").values() if v.endswith("en") and v.islower())


def _lowercase_names(gazetteer: Gazetteer) -> dict[str, str]:
    """One-word names of organisations written in lowercase ("voestalpine", "taz", "epd"), which
    German text writes no other word like."""
    names = {}
    for key, entry in gazetteer.entries.items():
        if entry.kind != "org":
            continue
        for name in (entry.name, *entry.aliases):
            if name[:1].islower() and " " not in name and len(name) >= 3 and name.replace("-", "").isalnum():
                names[name] = key
    return names


#: Legal forms of companies, which follow their names: "Volkswagen AG", "Robert Bosch GmbH", "Apple Inc.".
LEGAL_FORMS = frozenset({"AG", "GmbH", "SE", "KG", "KGaA", "OHG", "Inc.", "Inc", "Corp.", "Ltd.", "Ltd", "plc", "PLC",
                         "LLC", "S.A.", "SA", "N.V.", "NV", "B.V.", "S.p.A.", "SpA", "ASA", "Oyj"})


def _legal_forms_after(doc: Doc, name: str) -> set[str]:
    """The legal forms the article writes after ``name`` ("Porsche SE", "Porsche AG")."""
    return {doc[k + 1].text for k in range(len(doc) - 1) if doc[k].text == name and doc[k + 1].text in LEGAL_FORMS}


class GazetteerMatcher:
    """Links names, country adjectives, demonyms and compound prefixes to gazetteer entries.

    Writes ``doc.spans[spans_key]`` (label: the entry's category, ``kb_id``: its key) and
    ``doc._.kg_prefixes``. Matching is longest-first over token stems, so inflected forms match.
    """

    def __init__(self, gazetteer: Gazetteer, *, spans_key: str = "kg_gazetteer") -> None:
        self.gazetteer = gazetteer
        self.spans_key = spans_key
        self.lowercase_names = _lowercase_names(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        spans, prefixes = self.find(doc)
        doc.spans[self.spans_key] = [
            Span(doc, start, end, label=label, kb_id=key) for start, end, label, key in spans
        ]
        doc._.kg_prefixes = prefixes
        return doc

    def find(self, doc: Doc) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, int, str]]]:
        gaz = self.gazetteer
        words = [t.text for t in doc]
        stems = [stem(w) for w in words]
        other_stems = [_other_name_stem(doc, i) for i in range(len(doc))]
        if any(other_stems):
            other_stems = [other or usual for other, usual in zip(other_stems, stems)]
        spans: list[tuple[int, int, str, str]] = []
        prefixes: list[tuple[int, int, int, str]] = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if _is_capitalised(token) or token.text[:3].lower() in ("al-", "el-"):
                found = gaz.match_at(stems, i, words)
                compound = self._name_before_compound(doc, i)
                if compound and (not found or compound[0] > found[0]):
                    # "Human Rights Watch-Sprecher Tom Malinowski", "ein Amnesty International-Bericht":
                    # a name of several words opens the compound, as "HRW-Sprecher" does
                    prefixes.append(compound[1])
                    i += compound[0]
                    continue
                if not found and any(other_stems):
                    found = gaz.match_at(other_stems, i, words)
                name_follows = i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or (
                    doc[i + 1].lower_ in NAME_PARTICLES and i + 2 < len(doc) and doc[i + 2].text[:1].isupper()))
                if found and found[0] == 1 and token.lower_ in NAME_PARTICLES and name_follows \
                        and gaz.entries[found[1]].kind == "place":
                    found = None  # "Van der Bellen", "De Maizière": a name particle, not a town
                if found and found[0] == 1 and _another_word_by_its_ending(token.text, gaz.entries[found[1]]):
                    found = None  # "alle Arten", "das Sparen": a word of their own, not the channel Arte or the grocer Spar
                if found and found[0] == 1 and token.text in ("Island", "Islands") and i > 0 \
                        and _is_capitalised(doc[i - 1]) and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
                    found = None  # "Fraser Island", "Lady Elliot Island": an English island, not Iceland
                if found:
                    length, key = found
                    if gaz.entries[key].kind == "org" and i + length < len(doc) and doc[i + length].text in LEGAL_FORMS \
                            and len(_legal_forms_after(doc, doc[i + length - 1].text)) == 1:
                        # "die Volkswagen AG", "Apple Inc.": the company's full name, unless the article
                        # names two companies so ("die Porsche SE" and "die Porsche AG")
                        length += 1
                    spans.append((i, i + length, gaz.entries[key].category, key))
                    i += length
                    continue
                if stems[i] in gaz.demonyms:
                    spans.append((i, i + 1, "Demonym", gaz.demonyms[stems[i]]))
                    i += 1
                    continue
            elif (key := self.lowercase_names.get(token.text)) is not None:
                # "Titel der voestalpine", "laut taz": an organisation that writes its name in lowercase
                spans.append((i, i + 1, gaz.entries[key].category, key))
                i += 1
                continue
            if stems[i] in gaz.adjectives and token.text[:1].isalpha():
                spans.append((i, i + 1, "CountryAdjective", gaz.adjectives[stems[i]]))
            elif "-" in token.text[1:] and _is_capitalised(token):
                prefix = self._compound_prefix(token)
                if prefix:
                    prefixes.append(prefix)
            i += 1
        return spans, prefixes

    def _name_before_compound(self, doc: Doc, i: int) -> tuple[int, tuple[int, int, int, str]] | None:
        """A name of several words whose last word opens a hyphenated compound, from token ``i``
        ("Human Rights Watch-Sprecher"): (tokens taken, its compound prefix), else None."""
        for length in range(min(self.gazetteer.max_len, len(doc) - i), 1, -1):
            last = doc[i + length - 1]
            if "-" not in last.text[1:] or not _is_capitalised(last) or self.gazetteer.lookup_written([last.text]):
                continue  # "Die Welt-Anti-Doping-Agentur" is a name of its own, not the paper's compound
            prefix = self._compound_prefix(last, [stem(t.text) for t in doc[i:i + length - 1]])
            if prefix is not None:
                return length, (doc[i].idx, *prefix[1:])
        return None

    def _compound_prefix(self, token: Token, words_before: list[str] = ()) -> tuple[int, int, int, str] | None:
        """The known name or country adjective that opens the compound ``token`` ("FPÖ-Chef"), or
        with ``words_before`` (stems) ends a name of several words ("Human Rights Watch-Sprecher")."""
        parts = token.text.split("-")
        if parts[-1][:1].islower():
            return None  # "der Griechenland-skeptischen Finnen": an adjective, in which the state does not act
        for cut in range(len(parts) - 1, 0, -1):
            prefix = "-".join(parts[:cut])
            key = self.gazetteer.names.get((*words_before, stem(prefix)))
            if words_before:
                if key is not None and self.gazetteer.entries[key].is_actor:
                    return token.idx, token.idx + len(prefix), token.i, key
                continue
            if key is None and prefix.lower() in self.gazetteer.adjectives:
                key = self.gazetteer.adjectives[prefix.lower()]
            if key is not None and self.gazetteer.entries[key].is_actor:
                return token.idx, token.idx + len(prefix), token.i, key
        return None


#: Heads of named institutions: a capitalised word ending in one of these is an organisation.
INSTITUTIONS = ("ministerium", "kanzleramt", "parlament", "kongress", "senat", "repräsentantenhaus",
                "nationalrat", "bundesrat", "bundestag", "sicherheitsrat", "bundesheer", "geheimdienst",
                "nachrichtendienst", "verfassungsgericht", "gerichtshof", "staatsanwaltschaft", "bundesanwaltschaft",
                "außenamt", "innenministerium", "präsidialamt", "menschenrechtsrat", "kriminalamt", "bundesamt",
                "landesamt", "umweltamt", "gesundheitsamt", "jugendamt", "landesgericht", "bezirksgericht",
                "verwaltungsgericht", "bezirkshauptmannschaft", "nationalgarde")


#: Institution words that alone name no particular body: "das Ministerium", "im Parlament".
GENERIC_INSTITUTIONS = frozenset({"ministerium", "parlament", "außenamt", "bundesamt", "landesamt",
                                  "landesgericht", "bezirksgericht", "verwaltungsgericht", "kriminalamt",
                                  "landeskriminalamt", "bezirkshauptmannschaft", "umweltamt", "gesundheitsamt",
                                  "jugendamt", "staatsanwaltschaft", "geheimdienst", "nachrichtendienst"})


def _after_indefinite_article(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows "ein", "einem" ... (over lowercase adjectives): "in einem
    Minderheitenparlament", "ein neues Außenministerium" are kinds of body, not one named."""
    k = i - 1
    while k >= 0 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ == "ADJ":
        k -= 1
    return k >= 0 and doc[k].lower_ in ("ein", "eine", "einer", "einem", "einen", "eines")


def institution_name(word: str, *, seated: bool = False) -> str | None:
    """ "Verteidigungsministerium", "des Bundesverfassungsgerichts": the nominative of a word
    naming a particular institution, or None. A generic one ("Landesgericht") names one only
    with its seat after it (``seated``: "Landesgericht Wiener Neustadt")."""
    lower = word.lower()
    for ending in ("", "s", "es"):
        base = lower[: len(lower) - len(ending)]
        if lower.endswith(ending) and base.endswith(INSTITUTIONS) and len(base) > 6 \
                and (seated or base not in GENERIC_INSTITUTIONS):
            return word[: len(word) - len(ending)]
    return None

#: Nouns that introduce the name of an organisation or armed group right after them: "die
#: Menschenrechtsorganisation Cepadho", "die Miliz Fursan al-Hak" (label for the name).
NAME_DESCRIPTORS = {"organisation": "ORG", "partei": "ORG", "gewerkschaft": "ORG", "stiftung": "ORG",
                    "initiative": "ORG", "bewegung": "ORG", "verband": "ORG", "netzwerk": "ORG", "verein": "ORG",
                    "konzern": "ORG", "firma": "ORG", "hilfswerk": "ORG",
                    # companies by their trade: "des Unternehmens Badijah", "der Autobauer Tesla"
                    "unternehmen": "ORG", "hersteller": "ORG", "autobauer": "ORG", "fluggesellschaft": "ORG",
                    "reederei": "ORG", "bank": "ORG", "bankhaus": "ORG", "versicherer": "ORG", "label": "ORG",
                    "airline": "ORG",
                    # "der Anwaltskanzlei Lansky", "die Heimwerkerkette Baumax", "die Werbeagentur Jung von Matt"
                    # (a news agency is a medium: "nachrichtenagentur")
                    "kanzlei": "ORG", "kette": "ORG", "werbeagentur": "ORG", "investmentfonds": "ORG",
                    "zeitung": "MEDIA", "nachrichtenagentur": "MEDIA", "sender": "MEDIA", "magazin": "MEDIA",
                    "portal": "MEDIA", "medium": "MEDIA", "fachblatt": "MEDIA", "wochenblatt": "MEDIA",
                    "boulevardblatt": "MEDIA",
                    "miliz": "ARMED", "rebellengruppe": "ARMED", "terrorgruppe": "ARMED",
                    "extremistengruppe": "ARMED", "terrormiliz": "ARMED", "dschihadistengruppe": "ARMED"}

#: Nouns that name a charity or a university together with its town: "Flüchtlingshilfe
#: Kaltenleutgeben", "Volkshilfe Wien", "Medizin-Uni Wien" (not "Hilfe" alone).
SEATED_NAMES = ("flüchtlingshilfe", "volkshilfe", "kinderhilfe", "nachbarschaftshilfe", "obdachlosenhilfe",
                "familienhilfe", "asylhilfe", "lebenshilfe", "diakonie", "tafel", "-uni", "universität", "hochschule")
_DESCRIPTOR_ENDINGS = (*NAME_DESCRIPTORS, *SEATED_NAMES)
#: Quotation marks around a name after its descriptor: „…“, »…«, "…", ''…''.
OPENING_QUOTES = frozenset({"„", "»", "\"", "''", "‚", "“"})
CLOSING_QUOTES = frozenset({"“", "”", "«", "\"", "''", "‘"})

#: A named group of fighters: "Houthi-Rebellen", "Mai-Mai-Milizen", "Al-Nusra-Brigaden".
_ARMED_COMPOUND = re.compile(r"^[A-ZÄÖÜ][\w-]*-(Rebellen|Miliz|Milizen|Brigade|Brigaden|Kämpfer|Dschihadisten|Extremisten)$")


def is_given_name(word: str, given_names: frozenset[str]) -> bool:
    """A known given name, also a double one whose parts are given names ("Hans-Werner",
    "Karl-Heinz")."""
    lower = word.lower()
    parts = lower.split("-")
    return lower in given_names or len(parts) > 1 and all(part in given_names for part in parts)


def _function_word_before_noun(doc: Doc, i: int) -> bool:
    """ "Per Dekret ordnete ...", "Nur Flüchtlinge dürfen ...": a word that is also a given name
    ("Per", "Nur") opens a sentence as a preposition or adverb before an ordinary noun."""
    from kg.extract.grammar import is_dictionary_noun  # (the grammar helpers import this module)
    token = doc[i]
    opens = token.is_sent_start or i > 0 and (doc[i - 1].text in OPENING_QUOTES or doc[i - 1].text in (":", "–"))
    return opens and token.pos_ in ("ADP", "ADV", "CCONJ", "SCONJ", "DET", "PRON", "PART") \
        and i + 1 < len(doc) and doc[i + 1].is_alpha \
        and (doc[i + 1].pos_ == "NOUN" or is_dictionary_noun(doc[i + 1].text))


def _ordinary_noun(token: Token) -> bool:
    """Whether a capitalised word is an ordinary German noun ("Respekt", "Stellung")."""
    from kg.extract.grammar import is_common_noun
    return is_common_noun(token.text)


def _inflected_noun(token: Token) -> bool:
    """ "der russische Präsident Maßnahmen zur Unterstützung": an inflected form of an ordinary noun
    (a plural) after a role is no surname (but "Präsident Fischer" may be)."""
    from kg.extract.grammar import is_common_noun
    lemma = lemma_lookup_table().get(token.text)
    return bool(lemma) and lemma != token.text and is_common_noun(token.text)


class NameFinder:
    """Rule-based persons and roles, for pipelines without (or besides) a statistical NER.

    A person is a known given name followed by capitalised name words ("John Kerry",
    "Baschar al-Assads"), or a role noun followed by an unknown capitalised word ("Außenminister
    Lawrow"). Roles ("Außenminister", "US-Außenminister", "Militärsprecher") are written too.
    """

    def __init__(self, gazetteer: Gazetteer, *, names_key: str = "kg_names",
                 roles_key: str = "kg_roles", gazetteer_key: str = "kg_gazetteer",
                 max_name_tokens: int = 4) -> None:
        self.gazetteer = gazetteer
        self.names_key = names_key
        self.roles_key = roles_key
        self.gazetteer_key = gazetteer_key
        self.max_name_tokens = max_name_tokens

    def __call__(self, doc: Doc) -> Doc:
        names, roles = self.find(doc)
        doc.spans[self.names_key] = [Span(doc, s, e, label=label) for s, e, label in names]
        doc.spans[self.roles_key] = [Span(doc, s, e, label=cat, kb_id=name) for s, e, cat, name in roles]
        return doc

    def find(self, doc: Doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str, str]]]:
        linked = set()
        seats = {}  # start -> end of places that can be an institution's seat
        for span in doc.spans.get(self.gazetteer_key, []):
            linked.update(range(span.start, span.end))
            if span.label_ == "Place":
                seats[span.start] = span.end
        roles = []
        names = []
        i = 0
        while i < len(doc):
            token = doc[i]
            # "der Kurznachrichtendienst Twitter": the word describes the name after it, not an institution
            describes_name = i + 1 < len(doc) and i + 1 not in seats and i + 1 not in linked \
                and doc[i + 1].pos_ == "PROPN" and _is_capitalised(doc[i + 1])
            if i not in linked and _is_capitalised(token) and not describes_name \
                    and institution_name(token.text, seated=i + 1 in seats) and not _after_indefinite_article(doc, i):
                # "Verteidigungsministerium", "US-Außenministerium", and with its seat:
                # "Landeskriminalamt Niederösterreich", "Landesgericht Wiener Neustadt"
                end = seats.get(i + 1, i + 1)
                names.append((i, end, "ORG"))
                i = end
                continue
            if i not in linked and _ARMED_COMPOUND.match(token.text):
                names.append((i, i + 1, "ARMED"))  # "Houthi-Rebellen", "Mai-Mai-Milizen"
                i += 1
                continue
            role = self.gazetteer.role_of(token.text) if _is_capitalised(token) else None
            declined = False
            if role is None and _is_capitalised(token) and _after_oblique_article(doc, i):
                role = self.gazetteer.declined_role_of(token.text)  # "nach Ansicht des UN-Generalsekretärs"
                declined = role is not None
            if role is not None:
                roles.append((i, i + 1, role.category, role.name))
            starts_name = (
                (is_given_name(token.text, self.gazetteer.given_names) and not _function_word_before_noun(doc, i))
                or (role is not None and i + 1 < len(doc) and self._is_surname(doc[i + 1], linked)
                    and not _inflected_noun(doc[i + 1])
                    # "dem Bundespräsidenten Respekt zollen": a declined role's object is no surname
                    and not (declined and _ordinary_noun(doc[i + 1])))
            )
            if starts_name and i not in linked and _is_capitalised(token):
                begin = i if role is None else i + 1
                end = begin + 1
                while end < len(doc) and end - begin < self.max_name_tokens and \
                        self._continues_name(doc[end], linked, end - begin):
                    end += 1
                if role is not None or end - begin >= 2:
                    names.append((begin, end, "PER"))
                    i = end
                    continue
            i += 1
        named = {k for start, end, _ in names for k in range(start, end)}
        for start, end in self._appositions(doc, roles, linked):
            if not named & set(range(start, end)):
                names.append((start, end, "PER"))
                named.update(range(start, end))
        for start, end, label in self._described_names(doc, linked):
            if not named & set(range(start, end)):
                names.append((start, end, label))
        names.sort()
        return names, roles

    def _described_names(self, doc: Doc, linked: set[int]) -> list[tuple[int, int, str]]:
        """ "die Menschenrechtsorganisation Cepadho": a proper noun (by the tagger) right after a
        noun for a kind of organisation is the name of one."""
        found = []
        for token in doc[:-1]:
            lower = token.lower_
            if not lower.endswith(_DESCRIPTOR_ENDINGS):
                # the genitive: "des Technologiekonzerns Infineon", "des Vereins Fairplay"
                lower = lower[:-2] if lower.endswith("es") and lower[:-2].endswith(_DESCRIPTOR_ENDINGS) else lower[:-1]
                if not lower.endswith(_DESCRIPTOR_ENDINGS):
                    continue
            label = next((lab for word, lab in NAME_DESCRIPTORS.items() if lower.endswith(word)), None)
            following = doc[token.i + 1]
            quoted = self._quoted_name(doc, following.i) if label else None
            if quoted is not None:
                found.append((*quoted, label))  # "die Tageszeitung „La Nacion“"
                continue
            town = (_is_capitalised(following) and following.is_alpha and following.i not in linked) \
                or following.ent_type_ in ("LOC", "GPE")
            if lower.endswith(SEATED_NAMES) and town:
                found.append((token.i, following.i + 1, "ORG"))  # "die Flüchtlingshilfe Kaltenleutgeben"
                continue
            if label is None or following.i in linked or not _is_capitalised(following):
                continue
            if following.pos_ != "PROPN" and not (label == "ORG" and following.is_alpha and not _ordinary_noun(following)):
                continue  # (the tagger takes a company's unknown name for a noun: "der Spielzeughersteller Mattel")
            end = following.i + 1
            while end < len(doc) and end - following.i < self.max_name_tokens and \
                    (doc[end].pos_ == "PROPN" or doc[end].lower_.startswith(_NAME_PARTICLE_PREFIXES)) \
                    and self._continues_name(doc[end], linked, end - following.i):
                end += 1
            if end == following.i + 1 and end < len(doc) and _is_capitalised(doc[end]) and doc[end].is_alpha \
                    and following.text.endswith(("e", "er", "es")) and following.text[:1].isupper():
                # "die Partei Wahre Finnen", "die Hilfsorganisation Vie Active": a capitalised
                # adjective (or what ends like one) is no name alone
                end += 1
            number = doc[end].text if end < len(doc) else ""
            if label == "MEDIA" and number.removesuffix(".").isdigit() and len(number.removesuffix(".")) <= 3 \
                    and (number.isdigit() or end + 1 == len(doc) or doc[end + 1].is_sent_start
                         or doc[end + 1].text[:1].isupper()):
                # a channel's number is part of its name: "der Sender Rossija 24", "Kanal 5", also
                # where the sentence ends after it ("dem Fernsehsender Rossija 24. Bei ...")
                end += 1
            found.append((following.i, end, label))
        return found

    def _quoted_name(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """The tokens of a name in quotation marks starting at ``i`` ("„Yemen Observer“", "''La
        Nacion''"), or None."""
        if doc[i].text not in OPENING_QUOTES:
            return None
        close = next((j for j in range(i + 1, min(len(doc), i + 2 + self.max_name_tokens))
                      if doc[j].text in CLOSING_QUOTES), None)
        # a known name inside may be part of it ("„Yemen Observer“"): the longer name wins later
        if close is None or close == i + 1 or not _is_capitalised(doc[i + 1]) \
                or any(doc[k].is_punct for k in range(i + 1, close)):
            return None
        return i + 1, close

    def _appositions(self, doc: Doc, roles: list[tuple[int, int, str, str]], linked: set[int]) -> list[tuple[int, int]]:
        """ "Der Sondergesandte der Afrikanischen Union, Ibrahima Fall, sagte": a name set off by
        commas right after a role phrase is that person, whether or not the given name is known."""
        found = []
        for _start, role_end, _category, _name in roles:
            comma = next((j for j in range(role_end, min(len(doc), role_end + 8))
                          if doc[j].is_punct), None)
            if comma is None or doc[comma].text != ",":
                continue
            end = comma + 1
            while end < len(doc) and end - comma - 1 < self.max_name_tokens and \
                    self._continues_name(doc[end], linked, end - comma - 1):
                end += 1
            closed = end < len(doc) and doc[end].text in (",", "(", ")", "–")
            if 2 <= end - comma - 1 and closed and doc[end - 1].text[:1].isupper():
                found.append((comma + 1, end))
        return found

    def _is_surname(self, token: Token, linked: set[int]) -> bool:
        return (
            _is_capitalised(token) and token.i not in linked and token.is_alpha
            and self.gazetteer.role_of(token.text) is None and token.lower_ not in _COMMON_CAPITALISED
        ) or token.text.lower().startswith(_NAME_PARTICLE_PREFIXES)

    def _continues_name(self, token: Token, linked: set[int], length: int) -> bool:
        """Whether ``token`` goes on a name of ``length`` tokens so far."""
        if token.i in linked or token.is_punct or token.is_space:
            return False
        text = token.text
        if text.lower().startswith(_NAME_PARTICLE_PREFIXES):
            return True
        if text.lower() in _PARTICLES_AFTER_GIVEN_NAME and length >= 2 and \
                token.doc[token.i - 1].lower_ not in NAME_PARTICLES:
            return False  # "Ursula von der Leyen", but "Günter Metzges von der Organisation Campact"
        if text.lower() in NAME_PARTICLES and token.i + 1 < len(token.doc):
            if text.lower() == "der" and token.doc[token.i - 1].lower_ not in ("von", "van", "de"):
                return False  # "Christina Kalogirou der Zeitung ...": a genitive, "von der Leyen" a name
            following = token.doc[token.i + 1]
            if following.lower_ in NAME_PARTICLES and token.i + 2 < len(token.doc):
                following = token.doc[token.i + 2]  # "Van der Bellen", "de la Calle"
            return _is_capitalised(following)
        return (_is_capitalised(token) and text.replace("-", "").isalpha()
                and self.gazetteer.role_of(text) is None and token.lower_ not in _COMMON_CAPITALISED)


#: Particles that follow a given name ("von der Leyen"); after given name and surname, "von"
#: starts a phrase of its own ("Günter Metzges von der Organisation Campact").
_PARTICLES_AFTER_GIVEN_NAME = frozenset({"von", "vom", "van", "zu", "de", "der"})

# Capitalised words that follow names or roles but are never part of them.
_COMMON_CAPITALISED = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "und", "in", "im", "am", "an",
    "auf", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über", "unter", "gegen",
    "er", "sie", "es", "wir", "ihr", "man", "hat", "ist", "war", "sagte", "sagt", "am", "um",
})


@dataclass(frozen=True)
class Cue:
    """One entry of the cue lexicon (``kg/data/lexicon/cues.jsonl``)."""

    id: str
    kind: str
    lemmas: frozenset[str]
    forms: frozenset[str]
    suffixes: tuple[str, ...] = ()
    particle: str | None = None
    phrase: tuple[str, ...] = ()
    unless_particles: frozenset[str] = frozenset()
    status: str | None = None
    cameo: str | None = None
    #: words one of which must come right before the cue word ("im" for "im Einsatz")
    after: frozenset[str] = frozenset()

    @classmethod
    def from_json(cls, row: dict) -> "Cue":
        return cls(
            id=row["id"], kind=row["kind"],
            lemmas=frozenset(x.lower() for x in row.get("lemmas", ())),
            forms=frozenset(x.lower() for x in row.get("forms", ())),
            suffixes=tuple(x.lower() for x in row.get("suffixes", ())),
            particle=row.get("particle"), phrase=tuple(x.lower() for x in row.get("phrase", ())),
            unless_particles=frozenset(row.get("unless_particles", ())),
            status=row.get("status"), cameo=row.get("cameo"),
            after=frozenset(x.lower() for x in row.get("after", ())),
        )


def load_cues(path: str | Path) -> list[Cue]:
    lines = Path(path).read_text("utf-8").splitlines()
    return [Cue.from_json(json.loads(line)) for line in lines if line.strip() and not line.startswith("//")]


#: Marks that end the field before a main clause's verb: a subordinate clause, a quote or a list.
#: Prepositions that open sentences as adverbials or roles, no fronted part of a cue's phrase by themselves.
_ADVERBIAL_OPENERS = frozenset({"für", "als"})
_PREFIELD_BREAKS = frozenset({",", ":", ";", "„", "“", "”", "\"", "»", "«", "–", "(", ")"})
_CLAUSE_END = frozenset({".", "!", "?", ";", ":", ",", "und", "oder", "aber", "doch", "sondern", "–", ")"})
_SENTENCE_STOP = frozenset({".", "!", "?", ";", "dass", "weil", "obwohl", "nachdem", "während"})
#: Marks that set an inserted clause apart: "kündigte, so hieß es, … an", "kündigte – das bestätigte er – … an".
_STRETCH_BREAKS = frozenset({",", "–", "-", "(", ")"})

#: Separable verb particles that can close a German main clause.
SEPARABLE_PARTICLES = frozenset({"an", "aus", "ab", "zu", "vor", "ein", "mit", "bei", "fest", "zurück",
                                 "auf", "hin", "her", "weg", "los", "dar", "frei", "bereit", "fort", "bekannt",
                                 "hinzu", "hervor", "entgegen", "heraus", "fest", "stark", "klar", "unter"})


#: Articles of the oblique cases after which a role noun is declined: "des Präsidenten", "dem Minister".
_OBLIQUE_ARTICLES = frozenset({"des", "dem", "den", "eines", "einem", "einen", "dieses", "diesem", "diesen"})


def _after_oblique_article(doc: Doc, i: int) -> bool:
    """Whether the noun at ``i`` follows a genitive, dative or accusative article, past adjectives:
    "des neuen US-Präsidenten"."""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k -= 1
    return k >= 0 and doc[k].lower_ in _OBLIQUE_ARTICLES


class CueMatcher:
    """Finds trigger words: offers of aid, exclusions, attribution cues and conflict events.

    German separable verbs split over the clause ("bietet ... an", "schloss ... aus"): a cue with a
    ``particle`` matches only when that particle closes the clause. Writes ``doc.spans[spans_key]``
    with the cue's kind as label and its id as ``kb_id``.
    """

    def __init__(self, cues: Iterable[Cue], *, spans_key: str = "kg_cues") -> None:
        self.cues = list(cues)
        self.spans_key = spans_key
        self.by_form: dict[str, list[Cue]] = {}
        self.by_lemma: dict[str, list[Cue]] = {}
        self.with_suffix = [c for c in self.cues if c.suffixes]
        #: verb forms written together with their particle ("angaben"), which as nouns are no verbs
        self.joined: set[Cue] = set()
        #: Konjunktiv I forms of the aid verbs, matched in lower case only ("entsende", not "Spende")
        self.by_subjunctive: dict[str, list[Cue]] = {}
        infinitives = _infinitives_by_id(self.cues)
        for cue in self.cues:
            for form in cue.forms:
                self.by_form.setdefault(form, []).append(cue)
            subjunctives = _subjunctives(cue, infinitives) - cue.forms
            for form in subjunctives:
                self.by_subjunctive.setdefault(form, []).append(cue)
            if cue.particle and not cue.phrase:
                # verb-final in a subordinate clause the particle is written on: "dass die
                # Slowakei 500 Asylwerber aufnimmt", "wie er bekanntgab"
                joined = replace(cue, particle=None, forms=frozenset(cue.particle + f for f in cue.forms))
                self.joined.add(joined)
                for form in joined.forms:
                    self.by_form.setdefault(form, []).append(joined)
                for form in subjunctives:
                    self.by_subjunctive.setdefault(cue.particle + form, []).append(joined)
            for lemma in cue.lemmas:
                self.by_lemma.setdefault(lemma, []).append(cue)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = [
            Span(doc, start, end, label=cue.kind, kb_id=cue.id) for start, end, cue in self.find(doc)
        ]
        return doc

    def find(self, doc: Doc) -> list[tuple[int, int, Cue]]:
        found = []
        sentence_end = _sentence_ends(doc)
        suffixes = tuple(x for c in self.with_suffix for x in c.suffixes)
        for token in doc:
            lower = token.lower_
            candidates = {*self.by_form.get(lower, ()), *self.by_lemma.get(token.lemma_.lower(), ())}
            if token.text == lower:
                candidates.update(self.by_subjunctive.get(lower, ()))
            if suffixes and len(lower) > 3 and lower.endswith(suffixes):
                candidates.update(c for c in self.with_suffix if lower.endswith(c.suffixes))
            if not candidates:
                continue
            end = sentence_end[token.i]
            particle = self._clause_particle(doc, token.i, end)
            matched = [(token.i, token.i + 1, cue) for cue in candidates if self._matches(doc, token.i, end, cue, particle)]
            matched = [m for m in matched if particle not in m[2].unless_particles]
            found.extend(sorted(matched, key=lambda m: (m[2].kind, m[2].id)))
        return found

    def _matches(self, doc: Doc, i: int, sentence_end: int, cue: Cue, particle: str | None) -> bool:
        if cue in self.joined and (doc[i].pos_ in ("NOUN", "PROPN") or (
                _is_capitalised(doc[i]) and i > 0 and not doc[i].is_sent_start)):
            return False  # "nach Angaben des Ministeriums": a noun, not "angaben" at the end of a clause
        # "gab ... bekannt", or the particle written apart before a final verb: "will ... bekannt geben"
        # (not "zu", which before a verb marks its infinitive: "die Grenze besser zu sichern")
        particle_before = i > 0 and doc[i - 1].lower_ == cue.particle and cue.particle != "zu"
        if cue.particle and particle != cue.particle and not particle_before:
            return False
        if cue.after and (i == 0 or doc[i - 1].lower_ not in cue.after):
            return False
        return not cue.phrase or self._phrase_follows(doc, i, sentence_end, cue.phrase) \
            or self._phrase_precedes(doc, i, cue.phrase) \
            or (cue.kind == "speech_verb" and self._phrase_in_prefield(doc, i, cue.phrase, viewed_as=particle == "an"))

    @staticmethod
    def _clause_particle(doc: Doc, i: int, sentence_end: int) -> str | None:
        """The separable particle that closes the clause of token ``i`` ("an" in "bietet ... an.").

        Commas do not stop the search, because appositions sit between verb and particle
        ("bietet der Außenminister, John Kerry, dem Irak Hilfe an"). A parse, where there is one,
        also finds it behind a subordinate clause ("weist den Vorwurf, dass ..., zurück").
        """
        if doc.has_annotation("DEP"):
            particle = next((c.lower_ for c in doc[i].children if c.dep_ in ("compound:prt", "svp")
                             and c.lower_ in SEPARABLE_PARTICLES), None)
            if particle is not None:
                return particle
        from kg.extract.grammar import is_finite_verb

        # a main clause's own verb in the particle's stretch takes the particle: "gab nach, der Index
        # legte zu"; one in a stretch of its own does not: "kündigte, so hieß es, Sanktionen an"
        verb_in_stretch = False
        for j in range(i + 1, sentence_end):
            word = doc[j]
            if word.lower_ in _SENTENCE_STOP or word.is_space:
                return None
            if word.text in _STRETCH_BREAKS:
                verb_in_stretch = False
            elif is_finite_verb(word) and j + 1 < sentence_end \
                    and doc[j + 1].lower_ not in _CLAUSE_END and not doc[j + 1].is_space:
                verb_in_stretch = True
            if word.lower_ in SEPARABLE_PARTICLES:
                following = doc[j + 1] if j + 1 < sentence_end else None
                if following is None or following.is_space or following.lower_ in _CLAUSE_END:
                    return None if verb_in_stretch else word.lower_
        return None

    @staticmethod
    def _phrase_follows(doc: Doc, i: int, sentence_end: int, phrase: tuple[str, ...]) -> bool:
        # not inside a relative or subordinate clause, which has its own verb: "nahmen IS-Kämpfer
        # unter Beschuss, die in dem Ort Stellung bezogen hatten" does not "nehmen … Stellung", "ließ
        # ihn frei, obwohl es keinen Zweifel gab" not "keinen Zweifel lassen" (but "riet den
        # Menschen, die Wassermassen ernst zu nehmen" is an infinitive, with no finite verb)
        from kg.extract.grammar import is_finite_verb

        openers = _subordinate_openers()
        tokens, k = [], i + 1
        while k < sentence_end:
            if doc[k].text == "," and k + 1 < sentence_end and doc[k + 1].lower_ in openers:
                close = next((j for j in range(k + 1, sentence_end) if doc[j].text == ","), sentence_end)
                if any(is_finite_verb(t) for t in doc[k + 1:close]):
                    k = close + 1  # past the relative clause and its closing comma
                    continue
            tokens.append(doc[k])
            k += 1
        return _has_phrase(tokens, phrase)

    @staticmethod
    def _phrase_in_prefield(doc: Doc, i: int, phrase: tuple[str, ...], *, viewed_as: bool = False) -> bool:
        """A main clause may put the verb's object, with its attributes, first: "Kritik an dem
        Gesetz übte …", "Keinen Grund zur Sorge sieht …". The phrase then stands anywhere in
        the short stretch before the verb that opens the sentence (no comma, colon or quotation
        mark, which would make it a clause or quote of its own)."""
        # not a bare "für" or "als", which open sentences as often as not ("Für die Zukunft hält sich
        # Russland …", "Als Kind sah sie …"), unless "ansehen" confirms it ("Als wichtige Aufgabe sah
        # es Köhler an", ``viewed_as``)
        if not doc.has_annotation("SENT_START") or i == 0 \
                or not viewed_as and all(word in _ADVERBIAL_OPENERS for word in phrase):
            return False
        start = i
        while start > 0 and not doc[start].is_sent_start:
            start -= 1
        if start == i or i - start > 8 or any(t.text in _PREFIELD_BREAKS or t.is_space for t in doc[start:i]):
            return False
        return _has_phrase(doc[start:i], phrase)

    @staticmethod
    def _phrase_precedes(doc: Doc, i: int, phrase: tuple[str, ...]) -> bool:
        """A verb at the end of its clause has its phrase right before it: "in Sicherheit
        gebracht", "zur Verfügung zu stellen"."""
        start = i - 1 if i > 0 and doc[i - 1].lower_ == "zu" else i
        return tuple(t.lower_ for t in doc[max(0, start - len(phrase)) : start]) == phrase


@lru_cache(maxsize=1)
def _subordinate_openers() -> frozenset[str]:
    """Words that open a relative or subordinate clause after a comma (grammar's lists: it imports
    this module, so they are read on first use)."""
    from kg.extract.grammar import ADVERBIAL_SUBORDINATORS, RELATIVE_PRONOUNS

    return RELATIVE_PRONOUNS | ADVERBIAL_SUBORDINATORS | {"dass", "ob", "wie"}


def _has_phrase(tokens, phrase: tuple[str, ...]) -> bool:
    """Whether the lowercase words ``phrase`` stand one after another among ``tokens``."""
    words = [t.lower_ for t in tokens]
    n = len(phrase)
    return any(tuple(words[k : k + n]) == phrase for k in range(len(words) - n + 1))


#: Cue kinds whose verbs indirect speech puts in Konjunktiv I: "Deutschland entsende 40 Soldaten".
_SUBJUNCTIVE_KINDS = frozenset({"aid_offer", "aid_exclude"})


def _infinitives_by_id(cues: list[Cue]) -> dict[str, set[str]]:
    """The infinitives each cue id is written with: its lemmas and its "zu" forms ("zu entsenden")."""
    found: dict[str, set[str]] = {}
    for cue in cues:
        found.setdefault(cue.id, set()).update(
            {lemma for lemma in cue.lemmas if " " not in lemma}
            | {form[3:] for form in cue.forms if form.startswith("zu ")})
    return found


def _subjunctives(cue: Cue, infinitives: dict[str, set[str]]) -> set[str]:
    """Third person singular Konjunktiv I of a verb cue: the stem and "e" ("entsende", "liefere";
    for a separable verb the part before its particle: "biete ... an"). The cue lexicon lists
    the indicative forms; indirect speech, frequent in news, needs these too."""
    if cue.kind not in _SUBJUNCTIVE_KINDS or cue.phrase:
        return set()
    verbs = infinitives.get(cue.id, set())
    if cue.particle:
        # the bare verb of "anbieten" is the infinitive form written without its particle
        verbs = {form for form in cue.forms if cue.particle + form in verbs}
    else:
        verbs = verbs & set(cue.forms) | {lemma for lemma in cue.lemmas if lemma in verbs}
    return {verb[:-1] + "e" if verb.endswith(("ern", "eln")) else verb[:-2] + "e"
            for verb in verbs if verb.endswith("en") or verb.endswith(("ern", "eln"))}


def _sentence_ends(doc: Doc) -> list[int]:
    """For each token, the end of its sentence (the whole doc before sentences are set)."""
    if not doc.has_annotation("SENT_START"):
        return [len(doc)] * len(doc)
    ends = []
    for sent in doc.sents:
        ends.extend([sent.end] * (sent.end - sent.start))
    return ends


def lemma_lookup_table(language: str = "de") -> Mapping[str, str]:
    """spaCy's lemma lookup table of a language (spacy-lookups-data): inflected form -> base form."""
    # one cache key per language however it is called: ``lemma_lookup_table()`` and
    # ``lemma_lookup_table("de")`` would otherwise each load the German table (about 100 MB)
    return _lemma_lookup_table(language)


@lru_cache(maxsize=None)
def _lemma_lookup_table(language: str) -> Mapping[str, str]:
    from spacy.lookups import load_lookups

    return load_lookups(language, ["lemma_lookup"]).get_table("lemma_lookup")


class VerbLemmas:
    """Gives verbs the infinitive that the lookup table knows for their form.

    The shipped pipeline's trainable lemmatizer learned from 2,000 UD sentences and often builds
    no infinitive for a strong or a particle verb ("verspricht" -> "versprichen", "untergebracht"
    -> "untergebrachen", "griff" -> "griff"). kg's rules read verbs by their lemma, so where the
    table knows the form, its infinitive wins: on the held-out half of UD German-GSD dev this
    raises the accuracy of verb lemmas from 0.859 to 0.943 (`bench/verb_lemmas.py`). Forms the
    table lacks keep the statistical lemma. ``ignored`` lists table values that are no
    infinitives of a verb ("sein" is also the possessive, which the table maps to "mein");
    ``kept_forms`` lists forms the table gets wrong ("getroffen" -> "triefen"), which keep theirs.
    """

    def __init__(self, table: Mapping[str, str], *, ignored: Iterable[str] = (),
                 kept_forms: Iterable[str] = ()) -> None:
        self.table = table
        self.ignored = frozenset(ignored)
        self.kept_forms = frozenset(kept_forms)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            infinitive = self.infinitive(token)
            if infinitive is not None:
                token.lemma_ = infinitive
        return doc

    def infinitive(self, token: Token) -> str | None:
        """The table's infinitive for a verb's form, or None to keep its lemma."""
        if token.pos_ not in ("VERB", "AUX"):
            return None
        # a verb opening a sentence is written with a capital; the table's verb forms are lowercase
        form = token.text if token.text[:1].islower() else token.text.lower()
        if form in self.kept_forms:
            return None
        infinitive = self.table.get(form)
        if infinitive and infinitive[:1].islower() and infinitive.endswith("n") and infinitive not in self.ignored:
            return infinitive
        return None

