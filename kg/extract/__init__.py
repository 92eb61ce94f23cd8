"""From an analysed spaCy Doc to an :class:`~kg.extract.records.ArticleRecord`.

This stage knows spaCy (it reads tokens and spans) but nothing of RDF.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.article import Article
from kg.extract.aid import AidExtractor
from kg.extract.entities import EntityResolver
from kg.extract.events import EventExtractor
from kg.extract.places import TERRITORIAL_UNIONS, headline_end, keep_places_that_acted
from kg.extract.records import Actor, ArticleRecord, Sentence
from kg.extract.sources import SourceExtractor
from kg.nlp.gazetteer import Gazetteer

__all__ = ["extract_record", "ArticleRecord"]


def extract_record(doc: Doc, article: Article, *, gazetteer: Gazetteer, pipeline: str) -> ArticleRecord:
    """Everything kg extracts from one analysed article."""
    sentences = []
    for number, sent in enumerate(doc.sents):
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        sentences.append(Sentence(start, start + len(stripped), stripped, index=number))
    index = EntityResolver(gazetteer).resolve(doc, body_start=headline_end(doc, article.title))
    record = ArticleRecord(article=article, pipeline=pipeline, sentences=sentences)
    # Sources first: a speaker known only from its noun phrase ("die Polizei") becomes an actor.
    record.claims = SourceExtractor().extract(doc, index)
    record.aid_offers = AidExtractor().extract(doc, index, date=article.date, claims=record.claims)
    in_offers = {k for o in record.aid_offers for k in (o.provider, *o.recipients, *o.adversaries)}
    # a town taken for an actor as the subject of help that gives, receives and says nothing is a place
    keep_places_that_acted(index, in_offers | {c.source for c in record.claims})
    record.events = EventExtractor().extract(doc, index, date=article.date)
    _only_named_actors_act(record, index)
    # A state is an actor where the article has it act, speak or be acted upon, not where it is
    # only a place ("in Syrien") or an adjective ("syrische Flüchtlinge").
    involved = set(in_offers)
    # people of a state named only by their demonym ("25.000 Palästinenser ausbilden") are no state
    # that takes part in an event
    by_name = {key for _start, _end, key, kind in index.spans if kind in ("name", "alias")} | index.acting
    involved |= {k for e in record.events for k in (*e.attackers, *e.targets, *e.actors)
                 if not k.startswith("country:") or k in by_name}
    # An organisation's body makes it an actor where the article names it ("eine EU-Mission (EUSEC)").
    # A minister's or ministry's state is no actor for that alone: where the article names the state
    # only as a place ("ein Ingenieur aus Moldau, wie der moldauische Regierungschef sagte") it is a
    # place, and the minister acts on its behalf (prov:actedOnBehalfOf, a principal below).
    named_organisations = {key for start, _end, key, kind in index.spans
                           if kind in ("name", "alias", "demonym") and start not in index.attributive
                           and not key.startswith("country:")}
    involved |= {c.source for c in record.claims} | {a.represents for a in index.actors.values()
                                                      if a.represents in named_organisations}
    # the EU too: "aus der EU" is a place, "die EU fordert" an actor
    actors = [a for a in index.actors.values()
              if (a.category != "Country" and a.key not in TERRITORIAL_UNIONS or a.key in index.acting
                  or a.key in involved)
              and (a.key in involved or not _named_only_in_compounds(a))]
    record.actors = sorted(actors, key=lambda a: a.mentions[0].start if a.mentions else 0)
    # A state is a location where the article uses it as one, or where something happens in it.
    event_places = {k for fact in (*record.aid_offers, *record.events) for k in fact.places}
    seats = {doc[i].idx for i in index.seats}
    body_start = doc[index.body_start].idx if index.body_start < len(doc) else len(doc.text)
    places = [p for p in index.places.values()
              if (p.kind != "country" or p.key in index.locative or p.key in event_places)
              # not one named only in the headline, nor one named only as where a government sits
              # ("die Regierung in Kinshasa") or as a region whose government acts ("das Land Tirol")
              and (not p.mentions or any(m.start >= body_start and m.start not in seats for m in p.mentions))]
    record.places = sorted(places, key=lambda p: p.mentions[0].start if p.mentions else 0)
    record.principals = _principals(record, index, gazetteer)
    _principals_that_fight_act(record)
    _only_actors_take_part(record)
    return record


def _principals_that_fight_act(record: ArticleRecord) -> None:
    """A state whose body attacks or is attacked ("die US-Streitkräfte griffen an") takes part in
    the event: an actor of the article, though only its body is named."""
    sides = {k for e in record.events for k in (*e.attackers, *e.targets)}
    record.actors += [p for p in record.principals if p.key in sides]
    record.principals = [p for p in record.principals if p.key not in sides]


def _only_actors_take_part(record: ArticleRecord) -> None:
    """The sides of an event are actors of the article: a state named only by its people ("bei
    Angriffen von Palästinensern") is none, and an event names no side the graph does not describe."""
    _keep_event_sides(record.events, {a.key for a in record.actors}.__contains__)


def _keep_event_sides(events, keep) -> None:
    """Of each event's attackers, targets and other actors, only those ``keep`` accepts."""
    for event in events:
        event.attackers = [k for k in event.attackers if keep(k)]
        event.targets = [k for k in event.targets if keep(k)]
        event.actors = [k for k in event.actors if keep(k)]


def _named_only_in_compounds(actor: Actor) -> bool:
    """An organisation or person named only as the first part of compounds ("FPÖ-Chef",
    "EU-Asylrichtlinie", "G-20-Gipfel") is no actor of the article unless it takes part in what
    the article reports (the annotation guidelines); a state is judged by whether it acts."""
    return actor.category != "Country" and bool(actor.mentions) and all(m.kind == "prefix" for m in actor.mentions)


def _principals(record: ArticleRecord, index, gazetteer: Gazetteer) -> list[Actor]:
    """The states and organisations the article's actors act for but that are not actors of
    their own in it: an unnamed ministry's state, a minister's country named only in a prefix."""
    listed = {a.key for a in record.actors} | {p.key for p in record.places}  # described already
    principals = []
    for key in dict.fromkeys(a.represents for a in record.actors if a.represents and a.represents not in listed):
        actor = index.actors.get(key)
        entry = gazetteer.entries.get(key)
        if actor is None and entry is not None:
            actor = Actor(key=key, label=entry.name, category="Country" if entry.kind == "country" else "Organization",
                          wikidata=entry.wikidata)
        if actor is not None:
            principals.append(actor)
    return principals


def _only_named_actors_act(record: ArticleRecord, index) -> None:
    """An unnamed source ("ein Sprecher", "die Polizei") can be cited, but it gives, receives or
    fights nothing that kg could put in the graph as a sem:Actor."""
    def named(key: str) -> bool:
        actor = index.actors.get(key)
        return actor is None or actor.named

    record.aid_offers = [o for o in record.aid_offers if named(o.provider)]
    for offer in record.aid_offers:
        offer.recipients = [k for k in offer.recipients if named(k)]
        offer.adversaries = [k for k in offer.adversaries if named(k)]
    _keep_event_sides(record.events, named)
