"""Map an :class:`~kg.extract.records.ArticleRecord` to RDF triples by kg's ontology.

A pure function: records in, triples out, no store. The triples of one article go into one named
graph (the article IRI), so an article can be replaced or removed as a unit, and every fact's
provenance is its graph plus its ``kg:sentence`` and ``kg:evidence`` offsets.
"""

from __future__ import annotations

from datetime import datetime, timezone
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.extract.records import AidItem, ArticleRecord, TextSpan
from kg.rdf.iris import article_iri, entity_iri, geonames_iri, offset_iri, part_iri, wikidata_iri
from kg.rdf.vocab import CAMEO, GN, ITSRDF, KG, NIF, OWL, PREFIXES, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, WGS84, XSD

Triple = tuple[Node, Node, Node]

ACTOR_CLASSES = {
    "Person": SCHEMA.Person, "Organization": SCHEMA.Organization, "Country": SCHEMA.Country,
    "ArmedGroup": KG.ArmedGroup, "Media": SCHEMA.NewsMediaOrganization, "Other": KG.OtherActor,
}
#: schema:gender of a person whose sex the given name, the gazetteer or the role's form tells
_GENDERS = {"feminine": SCHEMA.Female, "masculine": SCHEMA.Male}
PLACE_CLASSES = {"city": SCHEMA.City, "region": SCHEMA.AdministrativeArea, "country": SCHEMA.Country}
STATUS = {"offered": KG.Offered, "delivered": KG.Delivered, "refused": KG.Refused, "withdrawn": KG.Withdrawn}
ATTRIBUTION = {"reported": KG.Reported, "direct_quote": KG.DirectQuote, "indirect_speech": KG.IndirectSpeech}
EVENT_CUE_CAMEO = {"fight": "190", "airstrike": "195", "artillery": "194", "capture": "192", "death": "190"}


def _de(text: str) -> Literal:
    return Literal(text, lang="de")


def _integer(value: int) -> Literal:
    # xsd:integer, not nonNegativeInteger: Oxigraph canonicalises derived integer types on
    # storage, and exported graphs must equal what was written (see ontologies/README.md).
    return Literal(value, datatype=XSD.integer)


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.dateTime)


class _Mapper:
    def __init__(self, record: ArticleRecord, *, generated_at: datetime | None = None) -> None:
        self.record = record
        self.article = article_iri(record.article.identity)
        self.context = offset_iri(self.article, 0, len(record.article.text))
        self.sentences = {s.index: s for s in record.sentences}
        self.generated_at = generated_at or datetime.now(timezone.utc)
        self.triples: list[Triple] = []

    def add(self, s: Node, p: Node, o: Node | None) -> None:
        if o is not None:
            self.triples.append((s, p, o))

    # -- building blocks ----------------------------------------------------------------------
    def nif_string(self, span: TextSpan, kind: URIRef) -> URIRef:
        """A stretch of the article as a NIF string (``<article>#char=b,e``) of class ``kind``."""
        node = offset_iri(self.article, span.start, span.end)
        self.add(node, RDF.type, kind)
        self.add(node, NIF.anchorOf, Literal(span.text))
        self.add(node, NIF.beginIndex, _integer(span.start))
        self.add(node, NIF.endIndex, _integer(span.end))
        self.add(node, NIF.referenceContext, self.context)
        return node

    def phrase(self, span: TextSpan, *, sentence: int | None = None) -> URIRef:
        node = self.nif_string(span, NIF.Phrase)
        if sentence is not None and sentence in self.sentences:
            self.add(node, NIF.sentence, self.sentence_iri(sentence))
        return node

    def sentence_iri(self, index: int) -> URIRef:
        s = self.sentences[index]
        return offset_iri(self.article, s.start, s.end)

    def sentence_of(self, span: TextSpan) -> int | None:
        return next((s.index for s in self.record.sentences if s.start <= span.start < s.end), None)

    # -- sections -----------------------------------------------------------------------------
    def map(self) -> list[Triple]:
        self.map_article()
        self.map_text()
        self.map_actors()
        self.map_principals()
        self.map_places()
        for number, offer in enumerate(self.record.aid_offers, start=1):
            self.map_offer(number, offer)
        for number, event in enumerate(self.record.events, start=1):
            self.map_event(number, event)
        for number, claim in enumerate(self.record.claims, start=1):
            self.map_claim(number, claim)
        return self.triples

    def map_article(self) -> None:
        art = self.record.article
        a = self.article
        self.add(a, RDF.type, SCHEMA.NewsArticle)
        self.add(a, RDF.type, PROV.Entity)
        self.add(a, SCHEMA.headline, Literal(art.title))
        self.add(a, SCHEMA.inLanguage, Literal(art.language))
        self.add(a, KG.contentHash, Literal(art.content_hash))
        if art.date:
            self.add(a, SCHEMA.datePublished, _date(art.date))
        if art.url:
            self.add(a, SCHEMA.url, URIRef(art.url))
        activity = URIRef(f"{a}/extraction")
        self.add(a, PROV.wasGeneratedBy, activity)
        self.add(activity, RDF.type, KG.Extraction)
        self.add(activity, RDF.type, PROV.Activity)
        self.add(activity, PROV.used, a)
        self.add(activity, KG.pipeline, Literal(self.record.pipeline))
        self.add(activity, PROV.startedAtTime, Literal(self.generated_at.isoformat(timespec="seconds"), datatype=XSD.dateTime))

    def map_text(self) -> None:
        text = self.record.article.text
        c = self.context
        self.add(c, RDF.type, NIF.Context)
        self.add(c, NIF.isString, Literal(text))
        self.add(c, NIF.beginIndex, _integer(0))
        self.add(c, NIF.endIndex, _integer(len(text)))
        self.add(c, PROV.wasDerivedFrom, self.article)
        for sentence in self.record.sentences:
            self.nif_string(sentence, NIF.Sentence)

    def map_mentions(self, node: URIRef, mentions) -> None:
        for mention in mentions:
            # the sentence its offsets lie in, which the shapes check, whatever the extractor recorded
            phrase = self.phrase(mention, sentence=self.sentence_of(mention))
            self.add(phrase, ITSRDF.taIdentRef, node)
        self.add(node, KG.mentionCount, _integer(len(mentions)))

    def map_actors(self) -> None:
        for actor in self.record.actors:
            node = entity_iri(actor.key)
            self.add(node, RDF.type, PROV.Agent)
            if actor.named:
                self.add(node, RDF.type, SEM.Actor)
                self.add(node, RDF.type, ACTOR_CLASSES.get(actor.category, KG.OtherActor))
            else:
                self.add(node, RDF.type, KG.UnnamedSource)
            self.add(node, RDFS.label, _de(actor.label))
            for alias in actor.aliases:
                self.add(node, SKOS.altLabel, _de(alias))
            if actor.wikidata:
                self.add(node, OWL.sameAs, wikidata_iri(actor.wikidata))
            if actor.role:
                self.add(node, SCHEMA.jobTitle, _de(actor.role))
            if actor.category == "Person" and actor.gender in _GENDERS:
                self.add(node, SCHEMA.gender, _GENDERS[actor.gender])
            if actor.represents:
                self.add(node, PROV.actedOnBehalfOf, entity_iri(actor.represents))
            if self.record.place(actor.key) is None:
                self.map_mentions(node, actor.mentions)

    def map_principals(self) -> None:
        """The states and organisations actors act for (prov:actedOnBehalfOf) that are not actors
        of the article themselves: an agent with its name, so that no reference dangles."""
        for principal in self.record.principals:
            node = entity_iri(principal.key)
            self.add(node, RDF.type, PROV.Agent)
            self.add(node, RDFS.label, _de(principal.label))
            if principal.wikidata:
                self.add(node, OWL.sameAs, wikidata_iri(principal.wikidata))

    def map_places(self) -> None:
        for place in self.record.places:
            node = entity_iri(place.key)
            self.add(node, RDF.type, SCHEMA.Place)
            self.add(node, RDF.type, SEM.Place)
            if place.kind in PLACE_CLASSES:
                self.add(node, RDF.type, PLACE_CLASSES[place.kind])
            self.add(node, RDFS.label, _de(place.label))
            if place.lat is not None and place.long is not None:
                self.add(node, RDF.type, WGS84.SpatialThing)
                self.add(node, WGS84.lat, Literal(f"{place.lat:.5f}", datatype=XSD.decimal))
                self.add(node, WGS84.long, Literal(f"{place.long:.5f}", datatype=XSD.decimal))
            if place.geonames:
                self.add(node, OWL.sameAs, geonames_iri(place.geonames))
            if place.wikidata:
                self.add(node, OWL.sameAs, wikidata_iri(place.wikidata))
            if place.country:
                self.add(node, GN.countryCode, Literal(place.country))
                if place.kind != "country":
                    self.add(node, SCHEMA.containedInPlace, entity_iri(f"country:{place.country}"))
            actor = self.record.actor(place.key)
            mentions = sorted({*place.mentions, *(actor.mentions if actor else ())}, key=lambda m: m.start)
            self.map_mentions(node, mentions)

    def map_item(self, node: URIRef, item: AidItem) -> URIRef:
        self.add(node, RDF.type, KG.AidItem)
        self.add(node, RDFS.label, _de(item.text))
        self.add(node, KG.aidCategory, KG[item.category])
        if item.amount:
            self.add(node, KG.amount, Literal(item.amount))
        if item.span is not None:
            self.add(node, KG.evidence, self.phrase(item.span, sentence=self.sentence_of(item.span)))
        return node

    def map_fact(self, node: URIRef, *, sentences, evidence, triggers) -> None:
        for index in sentences:
            if index in self.sentences:
                self.add(node, KG.sentence, self.sentence_iri(index))
        for span in evidence:
            self.add(node, KG.evidence, self.phrase(span, sentence=self.sentence_of(span)))
        for trigger in dict.fromkeys(triggers):
            self.add(node, KG.trigger, Literal(trigger))
        self.add(node, PROV.wasDerivedFrom, self.article)

    def map_time(self, node: URIRef, begin: str | None, end: str | None) -> None:
        """A day is a sem:hasTimeStamp; a range ("vergangene Woche") begin and end stamps."""
        if begin and end and end != begin:
            self.add(node, SEM.hasBeginTimeStamp, _date(begin[:10]))
            self.add(node, SEM.hasEndTimeStamp, _date(end[:10]))
        elif begin:
            self.add(node, SEM.hasTimeStamp, _date(begin[:10]))

    def map_offer(self, number: int, offer) -> None:
        node = part_iri(self.article, "aid-offer", number)
        self.add(node, RDF.type, KG.AidOffer)
        self.add(node, RDF.type, SEM.Event)
        self.add(node, KG.provider, entity_iri(offer.provider))
        for key in offer.recipients:
            self.add(node, KG.recipient, entity_iri(key))
        for key in offer.adversaries:
            self.add(node, KG.adversary, entity_iri(key))
        for key in offer.places:
            self.add(node, SEM.hasPlace, entity_iri(key))
        for beneficiary in offer.beneficiaries:
            self.add(node, KG.beneficiary, _de(beneficiary.text))
        for position, item in enumerate(offer.offered, start=1):
            self.add(node, KG.offeredItem, self.map_item(part_iri(self.article, "aid-offer", number, position), item))
        for position, item in enumerate(offer.excluded, start=len(offer.offered) + 1):
            self.add(node, KG.excludedItem, self.map_item(part_iri(self.article, "aid-offer", number, position), item))
        self.add(node, KG.offerStatus, STATUS[offer.status])
        self.add(node, SEM.eventType, CAMEO[offer.cameo])
        self.map_time(node, offer.date, offer.date_end)
        self.map_fact(node, sentences=offer.sentences, evidence=offer.evidence, triggers=offer.triggers)

    def map_event(self, number: int, event) -> None:
        node = part_iri(self.article, "event", number)
        self.add(node, RDF.type, KG.ConflictEvent)
        self.add(node, RDF.type, SEM.Event)
        self.add(node, SEM.eventType, CAMEO[event.cameo])
        for key in event.attackers:
            self.add(node, KG.attacker, entity_iri(key))
        for key in event.targets:
            self.add(node, KG.target, entity_iri(key))
        for key in event.actors:
            self.add(node, SEM.hasActor, entity_iri(key))
        for key in event.places:
            self.add(node, SEM.hasPlace, entity_iri(key))
        if event.casualties is not None:
            self.add(node, KG.casualties, _integer(event.casualties))
        self.map_time(node, event.date, event.date_end)
        evidence = [event.evidence] if event.evidence else []
        self.map_fact(node, sentences=[event.sentence], evidence=evidence, triggers=[event.trigger])

    def map_claim(self, number: int, claim) -> None:
        node = part_iri(self.article, "claim", number)
        self.add(node, RDF.type, KG.Claim)
        self.add(node, RDF.type, PROV.Entity)
        self.add(node, PROV.wasAttributedTo, entity_iri(claim.source))
        self.add(node, KG.claimText, Literal(claim.text))
        self.add(node, KG.cue, Literal(claim.cue))
        self.add(node, KG.attributionKind, ATTRIBUTION[claim.kind])
        if claim.quote:
            self.add(node, KG.quote, Literal(claim.quote))
        self.map_fact(node, sentences=[claim.sentence], evidence=[claim.evidence], triggers=[])


def record_to_triples(record: ArticleRecord, *, generated_at: datetime | None = None) -> tuple[URIRef, list[Triple]]:
    """The article's graph name and its triples (duplicates removed, order stable)."""
    mapper = _Mapper(record, generated_at=generated_at)
    triples = list(dict.fromkeys(mapper.map()))
    return mapper.article, triples


def record_to_graph(record: ArticleRecord, *, generated_at: datetime | None = None) -> tuple[URIRef, Graph]:
    """The same as :func:`record_to_triples`, as an rdflib Graph with kg's prefixes bound."""
    name, triples = record_to_triples(record, generated_at=generated_at)
    graph = Graph(identifier=name)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in triples:
        graph.add(triple)
    return name, graph


__all__ = ["record_to_triples", "record_to_graph", "Triple", "BNode"]
