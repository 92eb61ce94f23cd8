"""Small German surface-grammar helpers shared by the extractors.

They work on bare tokens, so extraction runs with any base pipeline, including one without a
parser; where a parser is present its sentence boundaries are used.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg.nlp.components import OPENING_QUOTES, lemma_lookup_table

PREPOSITIONS = frozenset({"in", "im", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom",
                          "zu", "zum", "zur", "für", "über", "unter", "vor", "gegen", "um", "durch",
                          "ohne", "seit", "gegenüber", "zwischen", "wegen", "trotz", "laut", "ins", "nahe", "unweit",
                          # genitive prepositions, before an article: "außerhalb der Vereinigten Staaten"
                          "innerhalb", "außerhalb"})
#: currency words after an amount: "60 Millionen Euro"
CURRENCIES = frozenset({"dollar", "us-dollar", "euro", "pfund", "franken", "rubel", "yuan", "yen", "złoty", "zloty",
                        "kronen", "lira", "rupien"})
DATIVE_MARKERS = frozenset({"dem", "einem", "seinem", "ihrem"})
NEGATIONS = frozenset({"kein", "keine", "keinen", "keiner", "keinem", "keines", "keinerlei", "nicht"})
#: Determiners and conjunctions that negate the noun phrase after them: "keine Soldaten", "weder Geld noch Waffen".
DENYING_WORDS = (NEGATIONS - {"nicht"}) | {"weder", "noch"}
#: Adverbs that negate a clause: "will nicht liefern", "hat nie gezahlt", "weder Geld noch Waffen".
NEGATING_ADVERBS = frozenset({"nicht", "nie", "niemals", "keinesfalls", "weder"})
#: Words after "nicht" that leave the clause affirmed, the negation being their own: "nicht nur Geld,
#: sondern auch", "nicht zuletzt", "nicht ohne Grund" (two negations), "nicht erst seit", "nicht umsonst".
PARTIAL_NEGATIONS = frozenset({"nur", "bloß", "allein", "zuletzt", "ohne", "erst", "erstmals", "umsonst", "zufällig"})
#: ... and such phrases of two words: "nicht zum ersten Mal", "nicht das erste Mal".
PARTIAL_NEGATION_PHRASES = frozenset({("zum", "ersten"), ("das", "erste"), ("zum", "wiederholten")})
DEFINITE_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                         "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
                         "jede", "jeder", "jedes", "jeden", "jedem", "sein", "seine", "seinen", "seinem",
                         "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dieser", "diese", "dieses",
                         "diesen", "diesem", "alle", "allen", "aller",
                         # the genitive relative and demonstrative: "dessen Anwältin", "deren Chef"
                         "dessen", "deren"})
SUBJECT_PRONOUNS = frozenset({"er", "sie"})
#: Words that join the items of a list: "in Polen, Bulgarien und Rumänien".
LIST_JOINERS = frozenset({",", "und", "oder", "sowie", "bzw."})
#: Dative articles of a list item after a comma: "aus Italien, den Niederlanden und Belgien".
LIST_ARTICLES = frozenset({"dem", "den", "der"})
#: The gender a singular subject pronoun agrees with, and the gender a nominative article shows.
PRONOUN_GENDERS = {"er": "masculine", "sie": "feminine", "es": "neuter"}
#: The same genders as the morphologizer writes them (Universal Dependencies features).
UD_GENDERS = {"masculine": "Masc", "feminine": "Fem", "neuter": "Neut"}
ARTICLE_GENDERS = {"der": "masculine", "die": "feminine", "das": "neuter"}
#: Words that make an action intended rather than done: "will liefern", "werde entsenden".
MODALS = frozenset({"will", "wollen", "wolle", "wollte", "wollten", "werde", "werden", "wird", "soll", "sollen",
                    "solle", "sollte", "sollten", "könnte", "könnten", "kann", "können", "plant", "planen",
                    "bereit", "erwägt", "erwägen", "prüft", "prüfen", "möchte", "möchten", "würde", "würden"})


#: Lowercase words with adjective-like endings that are not attributive adjectives.
_NOT_ADJECTIVES = frozenset({"gegen", "wegen", "neben", "oben", "unten", "eben", "heute", "gestern", "morgen",
                             "gerne", "gern", "ohne", "werden", "haben", "sollen", "wollen", "können",
                             "müssen", "denen", "deren", "dessen", "welche", "welcher", "welches", "welchen",
                             "immer", "aber", "oder", "wieder", "weiter", "später", "seither", "daher",
                             "außer", "hinter", "unter", "über", "nie", "bereits", "sowie", "seine", "ihre"})


#: The endings of an inflected adjective, which many nouns share: "zentral-e", "-er", "-en", "-es", "-em".
ADJECTIVE_ENDINGS = ("e", "er", "en", "es", "em")
ADJECTIVE_ENDING = re.compile(f"({'|'.join(ADJECTIVE_ENDINGS)})$")


def is_adjective_like(token: Token) -> bool:
    """An inflected lowercase attributive word: "militärischen", "amerikanischer".

    With a tagger, the tag decides; without one, the ending does, minus function words.
    """
    if token.pos_ in ("ADJ", "NUM"):
        return True
    # Taggers trained on little data call inflected adjectives adverbs ("humanitäre" as ADV);
    # only verb and function-word tags overrule the ending.
    if token.pos_ in ("VERB", "AUX", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT"):
        return False
    return (token.is_alpha and token.is_lower and len(token) > 3 and token.lower_ not in DETERMINERS
            and token.lower_ not in PREPOSITIONS and token.lower_ not in _NOT_ADJECTIVES
            and token.text.endswith(ADJECTIVE_ENDINGS))


def dative_plural_stems(word: str) -> list[str]:
    """``word`` (lowercase) and what it is without a dative plural's "-n"/"-en": "flüchtlingen" is
    also "flüchtling", "kampffliegern" also "kampfflieger"."""
    return [word] + [word[: -len(ending)] for ending in ("n", "en") if word.endswith(ending)]


def skip_adjectives(doc: Doc, k: int, end: int) -> int:
    """The first token from ``k`` on, before ``end``, that is no inflected adjective
    (``is_adjective_like``), or ``end``: where the noun of "einen raschen militärischen Einsatz"
    begins after its article."""
    while k < end and is_adjective_like(doc[k]):
        k += 1
    return k


def is_noun_like(token: Token) -> bool:
    """Capitalised and made of letters, also with digits or hyphens ("F-22-Kampfflugzeuge")."""
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and not token.is_punct and (
        token.is_alpha or all(c.isalnum() or c in "-." for c in text))


def is_ordinary_noun(token: Token) -> bool:
    """A common noun rather than a name ("Enklave", "EU-Budget"): the tagger's NOUN where the
    pipeline has a tagger, and spaCy's German lookup table in any case."""
    return token.pos_ == "NOUN" or is_common_noun(token.text)


@lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    data = json.loads(resources.files("kg").joinpath("data/lexicon/gender.json").read_text("utf-8"))
    return {name: gender for gender in ("masculine", "feminine", "plural") for name in data[gender]}


_FEMININE_HEADS = ("ung", "heit", "keit", "schaft", "ion", "ei", "ie", "tät", "ik", "ur", "ee", "front", "liga",
                   "union", "armee", "partei", "polizei", "miliz", "brigade", "garde", "behörde", "agentur",
                   "bank", "bewegung", "gruppe", "truppe", "kirche", "zeitung", "post", "presse")
_MASCULINE_HEADS = ("rat", "bund", "dienst", "verband", "ausschuss", "konzern", "fonds", "senat", "kongress",
                    "hof", "tag", "staat", "sender", "rundfunk", "spiegel", "standard", "kurier")
#: Heads that make a one-word compound name masculine ("Ministerrat"), unlike short names ("Katar").
_COMPOUND_MASCULINE_HEADS = ("rat", "dienst", "verband", "ausschuss", "konzern", "fonds", "senat", "kongress",
                             "hof", "bundestag", "landtag", "reichstag", "bund", "verein")


def gender_of(name: str) -> str:
    """Grammatical gender of a name: masculine, feminine, plural, or neuter (the default).

    Listed names first (gender.json); a multiword or compound name takes the gender of its head,
    guessed from common endings ("Freie Syrische Armee" is feminine, "UN-Sicherheitsrat" masculine).
    """
    listed = _genders().get(name)
    if listed:
        return listed
    if " " in name or "-" in name:
        # the head is the last word before an attribute: "Sicherheitsrat der Vereinten Nationen"
        words = name.replace("-", " ").split()
        attribute = next((k for k, w in enumerate(words) if k and w[:1].islower()), len(words))
        head = words[attribute - 1].lower()
        if head.endswith(_FEMININE_HEADS):
            return "feminine"
        if head.endswith(_MASCULINE_HEADS):
            return "masculine"
    elif name[:1].isupper() and name.lower().endswith(_COMPOUND_MASCULINE_HEADS) and len(name) > 6:
        return "masculine"  # a compound named by its head: "Ministerrat", "Bundesrat", "Währungsfonds"
    return "neuter"


def nominative_name(words: list[str]) -> str:
    """A name read in an oblique case, in the nominative: "Österreichischen Hagelversicherung" ->
    "Österreichische Hagelversicherung", "Syrischen Beobachtungsstelle für Menschenrechte" ->
    "Syrische Beobachtungsstelle für Menschenrechte". Only feminine heads, whose form does not
    change, are certain enough to rewrite; other names are returned as written."""
    masculine = _masculine_nominative(words)
    if masculine is not None:
        return masculine
    head = next((k for k, w in enumerate(words) if not w.endswith("en") or not w[:1].isupper()), None)
    if not head or not words[head].lower().endswith(_FEMININE_HEADS) or len(words[head]) < 4:
        return " ".join(words)
    adjectives = [w[:-1] for w in words[:head]]  # "Österreichischen" -> "Österreichische"
    return " ".join(adjectives + words[head:])




def _masculine_nominative(words: list[str]) -> str | None:
    """ "Europäischen Forschungsrates" -> "Europäischer Forschungsrat", "Nationale Sicherheitsrat" ->
    "Nationaler Sicherheitsrat": a body with a masculine head ("-rat", "-gerichtshof") named with
    adjectives, in the nominative without an article; None for other names."""
    k = 0
    while k < len(words) - 1 and words[k][:1].isupper() and ADJECTIVE_ENDING.search(words[k]):
        k += 1
    if k == 0:
        return None
    head = words[k]
    for ending in ("es", "s"):
        if head.lower().endswith(ending) and head.lower()[: -len(ending)].endswith(_COMPOUND_MASCULINE_HEADS):
            head = head[: -len(ending)]
            break
    if not head.lower().endswith(_COMPOUND_MASCULINE_HEADS):
        return None
    adjectives = [ADJECTIVE_ENDING.sub("", w) + "er" for w in words[:k]]
    return " ".join([*adjectives, head, *words[k + 1:]])


def can_be_subject(marker: str | None, name: str) -> bool:
    """Whether a noun phrase with this article can be the subject (nominative).

    "der Irak" can, "der Ukraine" cannot (dative/genitive of a feminine name); "dem", "des",
    "den" and prepositions never can.
    """
    if marker is None or marker in ("die", "das", "ein", "eine"):
        return marker != "die" or gender_of(name) != "masculine"
    if marker == "der":
        return gender_of(name) == "masculine"
    return False


#: Endings of place names that are also nouns ("Thailand", "Hamburg"): not evidence of a common noun.
_TOPONYM_ENDINGS = ("land", "burg", "berg", "stadt", "dorf", "heim", "hausen", "feld", "bach", "furt", "hafen",
                    "see", "tal", "brück", "brücken", "ingen", "au", "stein", "wald")



@lru_cache(maxsize=1)
def _noun_lemmas() -> frozenset[str]:
    """The capitalised lemmas of the lookup table: base forms ("Ebene", "Gespräch") are lemmas,
    not keys, of a table that maps inflected forms to them."""
    return frozenset(v for v in lemma_lookup_table().values() if v[:1].isupper())


@lru_cache(maxsize=1)
def _lowercase_lemmas() -> frozenset[str]:
    """The lowercase lemmas of the lookup table ("kurz", "kahl"); its forms are read by key."""
    return frozenset(v for v in lemma_lookup_table().values() if v.islower())


def is_lowercase_word(word: str) -> bool:
    """Whether ``word``, lowercased, is an ordinary lowercase word of the lookup table, as a form or
    a base form: "Kurz" is "kurz", "Schwarz" "schwarz"."""
    lower = word.lower()
    return lower in lemma_lookup_table() or lower in _lowercase_lemmas()


def is_inflected_noun(word: str) -> bool:
    """Whether the lookup table inflects ``word`` as a noun beyond a genitive -s ("Schiffen",
    "Bächen" are a ship's and a brook's; "Merkels" alone makes no noun of "Merkel")."""
    table = lemma_lookup_table()
    return any(table.get(word + ending) == word for ending in ("e", "en", "n", "es", "er"))


#: Endings kg adds to the base forms of ``nouns.txt``: "Hotspots", "Enklaven", "Konvois".
_NOUN_ENDINGS = ("", "s", "e", "n", "en", "es")


def is_agent_noun(word: str) -> bool:
    """Whether a noun (or its last part) names one who does what a verb says, "-er" on the verb's stem:
    "Wasserwerfer" (werfen), "Fahrer" (fahren); no town's name ends so ("Hopfgarten", "Althofen")."""
    lower = word.lower()
    if not lower.endswith("er"):
        return False
    table = lemma_lookup_table()
    for cut in range(0, len(lower) - 5):
        verb_stem = lower[cut:-2]
        if table.get(verb_stem + "e") == verb_stem + "en":
            return True  # "werfe" is a form of "werfen"
    return False


@lru_cache(maxsize=1)
def _english_lemmas() -> frozenset[str]:
    """The base forms of spaCy's English lemma lookup table."""
    return frozenset(lemma_lookup_table("en").values())


def is_english_phrase(words: list[str]) -> bool:
    """Whether every word is an ordinary English word, a form or base form of spaCy's English
    lookup table ("Large Array", "Big Data"): a loan phrase or an English name's fragment, which a
    statistical NER may take for a person's name."""
    table, lemmas = lemma_lookup_table("en"), _english_lemmas()
    return bool(words) and all(w.lower() in lemmas or w.lower() in table for w in words)


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of ``kg/data/lexicon/<name>``, one a line ("#" starts a comment line)."""
    text = resources.files("kg").joinpath(f"data/lexicon/{name}").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _extra_nouns() -> frozenset[str]:
    """Nouns the lookup table lacks (kg/data/lexicon/nouns.txt), as base forms."""
    return word_list("nouns.txt")


@lru_cache(maxsize=1)
def _untabled_nouns() -> frozenset[str]:
    return word_list("press_nouns.txt") | _extra_nouns()


def is_untabled_noun(word: str) -> bool:
    """A word of ``press_nouns.txt`` or ``nouns.txt`` (ordinary nouns of news the lemma table lacks
    as keys, such as "Politik" or "Obhut"), also in the genitive ("der Politik", "des Kollapses")."""
    nouns = _untabled_nouns()
    return word in nouns or word.endswith("s") and word[:-1] in nouns or word.endswith("es") and word[:-2] in nouns


def _is_extra_noun(word: str) -> bool:
    nouns = _extra_nouns()
    return any(word.endswith(ending) and word[:len(word) - len(ending)] in nouns for ending in _NOUN_ENDINGS)


def is_dictionary_noun(word: str) -> bool:
    """A capitalised word that is itself an ordinary noun of the lookup table ("Halle", "Essen")
    or of kg's own noun list ("Enklave"), not only by its last part ("Sahelzone")."""
    lemma = lemma_lookup_table().get(word)
    return (bool(lemma) and lemma[:1].isupper() and lemma[:1] == word[:1]) or word in _noun_lemmas() \
        or _is_extra_noun(word)


@lru_cache(maxsize=50_000)
def is_common_noun(word: str) -> bool:
    """Whether a capitalised word is an ordinary German noun ("Panzern", "Flüchtlingskrise"),
    judged by spaCy's German lookup table and kg's own noun list, compounds by their last part."""
    table = lemma_lookup_table()
    lemma = table.get(word)
    if lemma:
        return lemma[:1].isupper() and lemma[:1] == word[:1]
    nouns = _noun_lemmas()
    if word in nouns or _is_extra_noun(word):
        return True
    lower = word.lower()
    if lower.endswith(_TOPONYM_ENDINGS):
        return False
    for cut in range(2, len(word) - 3):
        tail = word[cut].upper() + word[cut + 1:]
        lemma = table.get(tail)
        if (lemma and lemma[:1].isupper()) or tail in nouns or _is_extra_noun(tail):
            return True
    return False


@lru_cache(maxsize=50_000)
def is_compound_of_nouns(word: str) -> bool:
    """Whether a capitalised word splits into two ordinary nouns ("Kurzbesuch" no, "Wahlkampf",
    "Amtszeit" yes, with a linking -s), not merely ends in one ("Miliband", "Hollande": names)."""
    table, nouns = lemma_lookup_table(), _noun_lemmas()

    def noun(part: str) -> bool:
        lemma = table.get(part)
        return part in nouns or bool(lemma) and lemma[:1].isupper()

    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut].upper() + word[cut + 1:]
        if noun(tail) and (noun(head) or head.endswith("s") and noun(head[:-1])):
            return True
    return False


#: Prepositions fused with an article: "im Golfstaat Jemen".
CONTRACTIONS = frozenset({"im", "am", "zum", "zur", "vom", "beim", "ins", "ans"})


def positions_of(doc: Doc, text: str) -> list[int]:
    """Where the article has a token written ``text``; the index is built once per document,
    because resolving names asks this for every name (a scan of the article each time)."""
    positions = doc.user_data.get("kg_token_positions")
    if positions is None:
        positions = {}
        for token in doc:
            positions.setdefault(token.text, []).append(token.i)
        doc.user_data["kg_token_positions"] = positions
    return positions.get(text, [])


def marker_before(doc: Doc, start: int, sentence_start: int) -> str | None:
    """The determiner or preposition governing a noun phrase that starts at ``start``.

    Skips attributive adjectives: in "dem Irak" and "dem krisengeschüttelten Irak" both give "dem".
    """
    found = marker_at(doc, start, sentence_start)
    return doc[found].lower_ if found is not None else None


def marker_at(doc: Doc, start: int, sentence_start: int) -> int | None:
    """Where :func:`marker_before` finds the marker of the noun phrase at ``start``."""
    i = start - 1
    if i > sentence_start and doc[i].text in OPENING_QUOTES:
        # a quoted name has the case of the words before the quote: "dem Autobauer „Think Global“"
        i -= 1
    while i >= sentence_start and is_adjective_like(doc[i]):
        i -= 1
    if i < sentence_start:
        return None
    word = doc[i].lower_
    if word in DETERMINERS or word in PREPOSITIONS:
        # "gegen die Armee", "von den Amerikanern": the preposition decides.
        if word in DETERMINERS and i - 1 >= sentence_start and doc[i - 1].lower_ in PREPOSITIONS:
            return i - 1
        if word in DETERMINERS and i - 1 > sentence_start and _joins_names(doc, i - 1, sentence_start) \
                and continues_list(doc, i - 1, start, word):
            # "aus Syrien, Afghanistan und dem Irak", "aus Italien, den Niederlanden und Belgien": the
            # list's preposition, if it has one
            return _list_preposition(doc, i - 1, sentence_start) or i
        return i
    if i > sentence_start and doc[i].is_alpha and doc[i].text[:1].isupper() and is_ordinary_noun(doc[i]) \
            and doc[start].pos_ != "NOUN":
        # An apposition: "gegen die Islamistenmiliz Islamischer Staat", "der Nachrichtenagentur Reuters"
        # (a name after the noun, not another noun: "im Vorjahr Asylwerber aufgenommen").
        j = i - 1
        while j >= sentence_start and is_adjective_like(doc[j]):
            j -= 1
        if j >= sentence_start and (doc[j].lower_ in DETERMINERS or doc[j].lower_ in CONTRACTIONS):
            # "im Golfstaat Jemen", "der Nachrichtenagentur Reuters", but not "seit Jahren Familien"
            return marker_at(doc, i, sentence_start)
    if _joins_names(doc, i, sentence_start) and continues_list(doc, i, start, None):
        # "in Polen, Bulgarien und Rumänien": every name of a list shares the first one's preposition.
        return _list_preposition(doc, i, sentence_start)
    return None


def continues_list(doc: Doc, joiner: int, start: int, article: str | None) -> bool:
    """Whether the name at ``start`` (after ``article``, if any) is an item of the list that
    ``joiner`` continues rather than the subject of a new clause. After "und" it is unless an
    article that is not dative and a verb follow ("in Syrien und die Türkei will"); after a comma
    only a dative article may come between ("aus Syrien, dem Irak und Iran") and the list has to
    go on behind the name to its "und" ("in Syrien, Iran will" and "in Kiew, die Türkei setze"
    start clauses; so does an apposition: "von Vodafone, der Österreicher Hannes Ametsreiter,
    sagte")."""
    end = _name_end(doc, start)
    if doc[joiner].text != ",":
        # "in Syrien und die Türkei will": a nominative article and a verb start a clause
        return article is None or article in LIST_ARTICLES or end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX")
    if article is not None and article not in LIST_ARTICLES:
        return False
    while end < len(doc) and doc[end].text == ",":
        # further items: "in Italien, den USA, China und Indien"
        item = end + 1
        if item < len(doc) and doc[item].lower_ in DETERMINERS:
            item += 1
        if item >= len(doc) or not doc[item].text[:1].isupper() or doc[item].is_punct:
            return False
        end = _name_end(doc, item)
    return end < len(doc) and doc[end].lower_ in LIST_JOINERS


#: Lowercase words inside a name: "Van der Bellen", "Monte dei Paschi".
LIST_NAME_PARTICLES = frozenset({"van", "von", "der", "de", "di", "da", "del", "dei", "du", "le", "la", "al", "bin"})


def _name_end(doc: Doc, start: int) -> int:
    """Where the name that starts at ``start`` ends: "Van der Bellen", "US-Umweltbehörde EPA"."""
    end = start + 1
    while end < len(doc):
        token = doc[end]
        if token.text == "(":
            # a bracket after the name belongs to it: "Dari (Neupersisch), Kurdisch und"
            close = next((k for k in range(end + 1, min(end + 8, len(doc))) if doc[k].text == ")"), None)
            if close is None:
                break
            end = close + 1
        elif token.ent_iob_ == "I" or token.is_alpha and token.text[:1].isupper() and token.pos_ == "PROPN":
            end += 1
        elif token.lower_ in LIST_NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].is_alpha:
            end += 2
        else:
            break
    return end


def _list_preposition(doc: Doc, joiner: int, sentence_start: int) -> int | None:
    """The preposition before the name that the comma or "und" at ``joiner`` follows, if any."""
    previous = joiner - 1
    # back over the name before: "Cote dIvorie" is one name, lowercase word and all
    while previous - 1 >= sentence_start and doc[previous - 1].is_alpha and (
            doc[previous - 1].text[:1].isupper() or doc[previous].ent_iob_ == "I") \
            and doc[previous - 1].lower_ not in PREPOSITIONS and doc[previous - 1].lower_ not in DETERMINERS:
        # (not over a capitalised preposition: "In Pakistan und Afghanistan")
        previous -= 1
    outer = marker_at(doc, previous, sentence_start)
    return outer if outer is not None and doc[outer].lower_ in PREPOSITIONS else None


def is_genitive_attribute(doc: Doc, start: int, sentence_start: int) -> bool:
    """Whether the noun phrase at ``start`` is a genitive after a noun: "Außenminister der
    Vereinigten Staaten", "Sprecher des Ministeriums" (not "Der Präsident" opening a sentence)."""
    found = marker_at(doc, start, sentence_start)
    if found is None or doc[found].lower_ not in ("der", "des") or found - 1 < sentence_start:
        return False
    before = doc[found - 1]
    return is_noun_like(before) and before.lower_ not in DETERMINERS


def _joins_names(doc: Doc, i: int, sentence_start: int) -> bool:
    """Whether token ``i`` joins two names of a list: the comma or "und" in "Polen, Bulgarien und Rumänien"."""
    if doc[i].lower_ not in LIST_JOINERS or i - 1 < sentence_start:
        return False
    before = doc[i - 1]
    if not (before.is_alpha and (before.text[:1].isupper() or before.ent_iob_ == "I")):
        return False  # (a name may end in a lowercase word: "Cote dIvoire")
    # After a comma the name must be one, not a noun ending a clause ("..., sagte Kerry").
    return doc[i].text != "," or before.pos_ in ("PROPN", "")


def line_break_after(doc: Doc, sent: Span, end: int) -> bool:
    """Whether a line break parts the last word of ``sent`` from token ``end`` (a headline or a
    paragraph ending), read from the tokens' whitespace: ``Doc.text`` would join the whole article."""
    last = next((t.i for t in reversed(sent) if not t.is_space), sent.start)
    return "\n" in doc[last].whitespace_ or any("\n" in t.text_with_ws for t in doc[last + 1:end])


def clause_bounds(sent: Span, i: int) -> tuple[int, int]:
    """Token range of the clause around ``i``: between commas, semicolons and colons.

    Appositions make this approximate; callers use it only to prefer near over far.
    """
    doc = sent.doc

    def bound(k: int) -> bool:
        # a comma between two names or nouns lists them ("für Syrien, UN-Organisationen und
        # afrikanische Länder"); it ends no clause
        if doc[k].text == "," and sent.start < k < sent.end - 1 and _lists(doc[k - 1], doc[k + 1]):
            return False
        return doc[k].text in {",", ";", ":", "–"}

    start = i
    while start > sent.start and not bound(start - 1):
        start -= 1
    end = i + 1
    while end < sent.end and not bound(end):
        end += 1
    return start, end


#: Pronouns that open a relative clause: ", die besonders viele Flüchtlinge aufgenommen hat,".
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher",
                               "welches"})

#: Conjunctions that open a clause giving a reason, time or condition of what the main clause says.
ADVERBIAL_SUBORDINATORS = frozenset({"weil", "da", "obwohl", "obgleich", "wenn", "falls", "als", "nachdem", "bevor",
                                     "während", "seit", "seitdem", "sodass", "zumal", "sobald"})


def clause_around_relatives(sent: Span, i: int) -> tuple[int, int]:
    """Like :func:`clause_bounds`, but a relative clause set off by commas does not split the
    clause around it: in "Die EU will die Türkei, die viele Flüchtlinge aufgenommen hat, finanziell
    unterstützen" the clause of "unterstützen" starts at "Die EU"."""
    start, end = clause_bounds(sent, i)
    doc = sent.doc
    while start - 1 > sent.start and doc[start - 1].text == ",":
        relative = clause_bounds(sent, start - 2)
        if doc[relative[0]].lower_ not in RELATIVE_PRONOUNS or relative[0] - 1 <= sent.start \
                or doc[relative[0] - 1].text != ",":
            break
        start = clause_bounds(sent, relative[0] - 2)[0]
    return start, end


def _lists(before: Token, after: Token) -> bool:
    """Whether a comma between these tokens separates members of a list of names or nouns."""
    return before.pos_ in ("PROPN", "NOUN") and after.pos_ in ("PROPN", "NOUN") and after.text[:1].isupper() \
        and after.lower_ not in DETERMINERS and not _opens_main_clause(after)


def is_finite(token: Token) -> bool:
    """Whether the morphology makes the token a finite verb form (the tagger gives some finite
    verbs a mood only, some a VerbForm only)."""
    return bool(token.morph.get("Mood")) or "Fin" in token.morph.get("VerbForm")


def is_finite_verb(token: Token) -> bool:
    """Whether the token is a verb or auxiliary in a finite form ("legte", "hat"), not a finite-looking
    word of another part of speech."""
    return token.pos_ in ("VERB", "AUX") and is_finite(token)


def _opens_main_clause(token: Token) -> bool:
    """ "…, Washington sagte Unterstützung zu": a name right before its own finite verb begins a clause."""
    doc = token.doc
    verb = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return verb is not None and token.dep_ == "nsubj" and token.head.i == verb.i and verb.pos_ in ("VERB", "AUX") \
        and is_finite(verb)


def span_text(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """Character offsets and text of tokens ``start:end``."""
    begin = doc[start].idx
    finish = doc[end - 1].idx + len(doc[end - 1])
    return begin, finish, doc[start:end].text  # not doc.text, which spaCy rebuilds on every access


def is_infinitive_with_zu(token: Token) -> bool:
    """ "zu helfen", "anzubieten", "zurückzuerobern" """
    doc = token.doc
    if not token.is_alpha:
        return False  # "sagt ... zu." or "zu\n\n": a particle before punctuation or a line break
    return (token.i > 0 and doc[token.i - 1].lower_ == "zu") or ("zu" in token.lower_[2:-3]
                                                                  and token.lower_.endswith("en"))


# -- inflected adjectives and nouns beside others, shared by the name stages (mentions, entities) --

#: Suffixes of derived adjectives that few nouns end in: "europäisch", "staatlich", "mutig".
_DERIVED_ADJECTIVE_SUFFIXES = ("isch", "lich", "ig")
#: Suffixes of adjectives that some nouns end in too: "zentral" ("die Zentrale"), "aktuell" ("Hersteller").
_AL_ADJECTIVE_SUFFIXES = ("al", "ell")
#: Suffixes of borrowed adjectives ("aktiv", "populär", "permanent", "brisant") that many nouns for
#: people and things end in too: "Präsidenten", "Migranten", "Funktionäre", "Initiative".
_LOANWORD_ADJECTIVE_SUFFIXES = ("iv", "är", "ent", "ant")


def _inflected_with(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """A word ending in one of these adjective suffixes and an inflection ending."""
    return re.compile(f"({'|'.join(suffixes)})({'|'.join(ADJECTIVE_ENDINGS)})$")


# One test of an inflected adjective by its suffix, in three widths, as the wider ones also take
# nouns: each caller uses the widest its other evidence allows. In 10kGNAD the words the widths
# differ on are mostly such nouns ("Präsidenten", "Migranten", "Hersteller", "Zentrale"), so a
# caller with no other evidence keeps a narrow one.

#: Alone, on any word, also one that opens a sentence: "Nordeuropäisches", "staatlichen".
INFLECTED_DERIVED_ADJECTIVE = _inflected_with(_DERIVED_ADJECTIVE_SUFFIXES)
#: On a capitalised word inside a name: "Internationalen", "Europäischer", "Zentralen".
INFLECTED_ADJECTIVE = _inflected_with(_DERIVED_ADJECTIVE_SUFFIXES + _AL_ADJECTIVE_SUFFIXES)
#: Where other evidence already says adjective (the tagger's ADJ, or a word before the known head
#: of a name that ``nominative_name`` rewrote): "Aktiven", "Permanente".
INFLECTED_ADJECTIVE_OR_LOANWORD = _inflected_with(
    _DERIVED_ADJECTIVE_SUFFIXES + _AL_ADJECTIVE_SUFFIXES + _LOANWORD_ADJECTIVE_SUFFIXES)


def is_lemma_table_adjective(word: str) -> bool:
    """Whether spaCy's lookup table gives an inflected lowercase word a lowercase lemma, as it
    does adjectives and participles ("wütende": "wütend", "empörte": "empören")."""
    lemma = lemma_lookup_table().get(word)
    return bool(lemma) and lemma.islower() and word.endswith(ADJECTIVE_ENDINGS)


def joined_to_common_noun(token: Token, joiners: tuple[str, ...] = ("und", "oder"),
                          skip_sentence_openers: bool = False) -> bool:
    """Whether a word stands beside an ordinary noun, joined to it by one of ``joiners``: "Krieg
    und Gemetzel", "Übervater, Volkstribun und Ikone" (with ","). The neighbour must be
    capitalised, no entity of the NER, and a common noun (``is_common_noun``), so a word joined to
    it is a noun too, not a name. ``skip_sentence_openers`` leaves out a neighbour that opens a
    sentence, whose capital says nothing."""
    doc, i = token.doc, token.i
    for k, glue in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= k < len(doc) and doc[glue].lower_ in joiners and doc[k].text[:1].isupper() \
                and not doc[k].ent_type_ and is_common_noun(doc[k].text) \
                and not (skip_sentence_openers and doc[k].is_sent_start):
            return True
    return False


def negates(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` negates what follows it: "keine Waffen", "nicht entsenden", "nie", both
    parts of "weder Geld noch Waffen"; not "nicht nur Geld, sondern auch Zelte", "nicht ohne Grund" or
    "nicht zum ersten Mal", where "nicht" takes only the next words."""
    lower = doc[i].lower_
    if lower == "noch":
        # only the "noch" of a "weder" in its own clause: not "..., Deutschland will noch mehr Hilfe leisten"
        if i + 1 < len(doc) and doc[i + 1].lower_ in ("mehr", "immer", "nicht", "kein", "keine", "weitere", "einmal"):
            return False
        start = clause_bounds(doc[i].sent, i)[0]
        return any(t.lower_ == "weder" for t in doc[start:i])
    if lower not in NEGATIONS | NEGATING_ADVERBS:
        return False
    after = tuple(t.lower_ for t in doc[i + 1:i + 3])
    return not (after[:1] and after[0] in PARTIAL_NEGATIONS or after in PARTIAL_NEGATION_PHRASES)


def negates_clause(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` negates its clause, not only a noun phrase: "nicht", "nie", "weder ...
    noch" (not "keine", which denies what it determines)."""
    return doc[i].lower_ in NEGATING_ADVERBS | {"noch"} and negates(doc, i)

