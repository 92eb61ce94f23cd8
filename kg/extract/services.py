"""Emergency and rescue services named by their place: the stage of entity resolution that makes
"die Bergrettung Axams", "die Berufsfeuerwehren aus Köln und Düsseldorf", "die Wiener Feuerwehr"
or "der steirischen Polizei" the named organisations they are (the annotation guidelines), where
bare "die Polizei" or "die Feuerwehr" stay generic. :class:`ServiceFinding` is mixed into
:class:`kg.extract.entities.EntityResolver`, whose gazetteer it uses.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from kg.extract.grammar import ADJECTIVE_ENDING, is_agent_noun, is_common_noun, is_dictionary_noun
from kg.extract.mentions import TIME_WORDS, EntityIndex
from kg.extract.places import TIME_ADVERBS, named_like_a_town
from kg.extract.records import Actor
from kg.nlp.normalize import slug




@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("kg").joinpath("data/lexicon/services.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Services organised by town or region, and adjectives of regions (kg/data/lexicon/services.json)."""
    data = _data()
    services = frozenset(data["rescue_services_by_place"]) | frozenset(data["other_services_by_place"])
    return services, frozenset(data["region_adjectives"])


@lru_cache(maxsize=1)
def rescue_service_words() -> frozenset[str]:
    """Words and phrases for emergency services, whose being at work or called out is help
    (kg.extract.rescue.is_rescue_service): the rescue services organised by place and national
    ones ("THW", "rotes kreuz"), not the police or local help organisations of the same list."""
    data = _data()
    return frozenset(data["rescue_services_by_place"]) | frozenset(data["other_rescue_services"])


_LIST_GLUE = frozenset({",", "und", "sowie"})

#: Labels of the statistical NER for places.
PLACE_LABELS = frozenset({"LOC", "GPE"})


def _service(word: str) -> tuple[str, bool] | None:
    """The service a word names, in the singular, and whether the word is a plural
    ("Bergrettungen" -> ("Bergrettung", True)); None for other words."""
    lower = word.lower()
    services = _lexicon()[0]
    if lower in services:
        return word, False
    if lower.endswith("en") and lower[:-2] in services:
        return word[:-2], True
    return None


def _region_adjective(word: str) -> str | None:
    """ "steirischen" -> "Steirische": a region's adjective in the nominative before a feminine
    service (all services of the lexicon are feminine), else None."""
    ending = ADJECTIVE_ENDING.search(word.lower())
    if ending is not None and word.lower()[:ending.start()] in _lexicon()[1]:
        return word[:ending.start()].capitalize() + "e"
    return None


class ServiceFinding:
    """Finds place-named services. Needs ``self.gazetteer`` and ``self._town_of_adjective``."""

    def _place_services(self, doc: Doc, index: EntityIndex, add) -> None:
        """One organisation per place a service is named by: "der Wiener Feuerwehr", "die Bergrettung
        Axams", "die Bergrettungen Riezlern, Mittelberg und Oberstdorf" (three), "die Berufsfeuerwehren
        aus Köln und Düsseldorf" (two). A singular service before a list names none of its places
        ("die Polizei Köln und Bonn" is ambiguous)."""
        for token in doc:
            service = _service(token.text) if token.text[:1].isupper() and token.is_alpha else None
            if service is None:
                continue
            name, plural = service
            adjective = self._service_adjective(doc, token.i)
            if adjective is not None and not plural:
                self._add_service(doc, index, add, f"{adjective} {name}", token.i - 1, token.i + 1)
                continue
            after = token.i + 1
            locative = after < len(doc) and doc[after].lower_ == "aus" and plural
            seats = self._seats(doc, index, after + 1 if locative else after, places_only=locative)
            for number, (start, end) in enumerate(seats if plural or len(seats) == 1 else ()):
                label = f"{name} {doc[start:end].text}"
                if locative:
                    # "aus Köln" stays a place of the article; the service is named by its noun
                    self._add_service(doc, index, add, label, token.i, token.i + 1, forget=False)
                else:
                    # "Axams" in "die Bergrettung Axams" is part of a name, no place of the article
                    self._add_service(doc, index, add, label, token.i if number == 0 else start, end)

    def _service_adjective(self, doc: Doc, i: int) -> str | None:
        """ "Wiener" in "die Wiener Feuerwehr", "Steirische" for "der steirischen Polizei": the
        town's or region's adjective before a service, in its name's form; not a state's ("die
        griechische Polizei" is the state acting)."""
        if i == 0 or not doc[i - 1].is_alpha:
            return None
        word = doc[i - 1].text
        if word[:1].isupper() and self._town_of_adjective(word) is not None:
            return word
        return _region_adjective(word)

    def _seats(self, doc: Doc, index: EntityIndex, i: int, *, places_only: bool) -> list[tuple[int, int]]:
        """The token ranges of the place names listed from ``i`` on ("Riezlern, Mittelberg und
        Oberstdorf"): places the article names, or, unless ``places_only``, a name it does not know
        otherwise ("Axams")."""
        seats = []
        while i < len(doc):
            start, end = i, self._seat_end(doc, index, i, places_only=places_only)
            if end is None:
                break
            seats.append((start, end))
            if end + 1 < len(doc) and doc[end].text in _LIST_GLUE and doc[end + 1].text not in _LIST_GLUE:
                i = end + 1
            else:
                break
        return seats

    def _seat_end(self, doc: Doc, index: EntityIndex, i: int, *, places_only: bool) -> int | None:
        if i >= len(doc):
            return None
        span = next(((start, end, key) for start, end, key, _kind in index.spans if start == i), None)
        if span is not None:
            start, end, key = span
            actor = index.actors.get(key)
            unlinked_name = actor is not None and key.startswith("org:") and end - start == 1 \
                and key not in self.gazetteer.entries
            if key in index.places and key not in index.actors or unlinked_name and not places_only:
                return end
            return None
        # a word no component took for a name: one the NER labels a place, one that is no ordinary
        # noun ("Axams"), or a compound named like a town ("Hopfgarten"), not "der Polizei
        # Ordnungsaufgaben" nor "die Polizei Wasserwerfer auffuhr" (one who throws is no town)
        token = doc[i]
        labelled = token.ent_type_ in PLACE_LABELS and token.ent_iob_ == "B"
        if places_only or i in index.by_token or not token.text[:1].isupper() or not token.is_alpha \
                or is_dictionary_noun(token.text) and not labelled \
                or is_common_noun(token.text) and not (labelled or named_like_a_town(token.text)
                                                       and not is_agent_noun(token.text)) \
                or token.is_sent_start \
                or token.text in TIME_WORDS | TIME_ADVERBS:
            return None
        return i + 1

    @staticmethod
    def _add_service(doc: Doc, index: EntityIndex, add, label: str, start: int, end: int, *,
                     forget: bool = True) -> None:
        key = f"org:{slug(label)}"
        if forget:
            index.forget_mentions(doc, start, end, keep=key)
        index.actors.setdefault(key, Actor(key=key, label=label, category="Organization"))
        add(start, end, key, "name")
