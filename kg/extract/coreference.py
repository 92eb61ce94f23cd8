"""Short names: an organisation named in full once and then by the noun at the head of its name.

"Wie die in Großbritannien ansässige Syrische Beobachtungsstelle für Menschenrechte berichtete …
Nach Angaben der Beobachtungsstelle …": the second is the same actor. News does this with most
bodies whose names are descriptions ("der Internationale Währungsfonds" … "der Währungsfonds",
"die Europäische Kommission" … "die Kommission"). Only where exactly one organisation of the article
has that head noun, only after its full name, and only with a definite article, so that "eine
Kommission" or a second body of the same kind is not taken for it.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from kg.extract.grammar import DEFINITE_ARTICLES, is_adjective_like
from kg.extract.mentions import EntityIndex

#: Actors that are named by a description and so referred to by its noun.
SHORT_NAME_CATEGORIES = frozenset({"Organization", "Media", "ArmedGroup"})

#: Articles that refer back to something named before.
_DEFINITE = DEFINITE_ARTICLES | {"diese", "dieser", "dieses", "diesem", "diesen"}

#: Head nouns that alone mostly name something else: "der Staat" (a country), "die Union" (CDU/CSU).
_AMBIGUOUS_HEADS = frozenset({"staat", "staaten", "nationen", "union", "kreuz", "republik", "land", "länder"})

#: Case endings a head noun may take in the singular: "des Währungsfonds" (not "die Banken", others).
_CASE_ENDINGS = ("", "s", "es")


def head_noun(doc: Doc, start: int, end: int) -> str | None:
    """The noun a name written at tokens ``start:end`` is built on, lower case: the last common
    noun before the name's own attributes ("Syrische Beobachtungsstelle für Menschenrechte" ->
    "beobachtungsstelle", "Freiheitliche Partei Österreichs" -> "partei", "Oberster Gerichtshof" ->
    "gerichtshof"); None for a name of one word, one without a common noun ("Human Rights
    Watch"), or one whose noun alone mostly means something else ("Islamischer Staat")."""
    if end - start < 2:
        return None
    head = None
    for token in doc[start:end]:
        if token.pos_ in ("ADP", "DET", "CCONJ") or token.text[:1].islower():
            break  # "für Menschenrechte": the name's attributes follow its head
        if token.pos_ == "NOUN":
            head = token.lower_
    return head if head not in _AMBIGUOUS_HEADS else None


def refer_back_by_head(doc: Doc, index: EntityIndex, add: Callable[[int, int, str, str], None]) -> None:
    """Add (by ``add(start, end, key, kind)``, the resolver's), as mentions of their organisation,
    the definite noun phrases that name it again by the head noun of its name, after its first full
    mention."""
    heads: dict[str, set[str]] = {}
    first_mention: dict[str, int] = {}
    for start, end, key, _kind in sorted(index.spans):
        first_mention.setdefault(key, start)
        actor = index.actors.get(key)
        if actor is None or actor.category not in SHORT_NAME_CATEGORIES or not actor.named:
            continue
        head = head_noun(doc, start, end)
        if head is not None:
            heads.setdefault(head, set()).add(key)
    unique = {head: next(iter(keys)) for head, keys in heads.items() if len(keys) == 1}
    if not unique:
        return
    for token in doc:
        if token.i in index.by_token or not token.text[:1].isupper() or token.pos_ != "NOUN":
            continue
        key = next((unique[token.lower_[: len(token.lower_) - len(e)]] for e in _CASE_ENDINGS
                    if token.lower_.endswith(e) and token.lower_[: len(token.lower_) - len(e)] in unique), None)
        if key is None or token.i <= first_mention[key]:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.text[:1].isupper() and following.pos_ in ("NOUN", "PROPN"):
            continue  # "der Wiener Philharmoniker": the word only begins another name
        k = token.i - 1
        while k >= 0 and is_adjective_like(doc[k]):
            k -= 1
        if k >= 0 and doc[k].lower_ in _DEFINITE:
            add(token.i, token.i + 1, key, "alias")
