"""The vocabularies kg writes, as closed namespaces (unknown terms raise AttributeError).

kg's own terms come from the generated :mod:`kg.rdf.kg_vocab`; the reused vocabularies list only
the terms kg uses, so a typo cannot create an IRI nobody queries.
"""

from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.rdf.kg_vocab import KG


class SCHEMA(DefinedNamespace):
    _NS = Namespace("https://schema.org/")
    _fail = True
    NewsArticle: URIRef
    Person: URIRef
    Organization: URIRef
    NewsMediaOrganization: URIRef
    Country: URIRef
    Place: URIRef
    City: URIRef
    AdministrativeArea: URIRef
    headline: URIRef
    datePublished: URIRef
    url: URIRef
    inLanguage: URIRef
    jobTitle: URIRef
    gender: URIRef
    Female: URIRef
    Male: URIRef
    containedInPlace: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True
    Event: URIRef
    Actor: URIRef
    Place: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTimeStamp: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef
    eventType: URIRef


class NIF(DefinedNamespace):
    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True
    Context: URIRef
    Sentence: URIRef
    Phrase: URIRef
    isString: URIRef
    anchorOf: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    referenceContext: URIRef
    sentence: URIRef


class ITSRDF(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True
    taIdentRef: URIRef


class WGS84(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    _fail = True
    SpatialThing: URIRef
    lat: URIRef
    long: URIRef


class GN(DefinedNamespace):
    _NS = Namespace("http://www.geonames.org/ontology#")
    _fail = True
    countryCode: URIRef


#: CAMEO event codes (ontologies/cameo.ttl): CAMEO["0332"]
CAMEO = Namespace("https://w3id.org/kg-news/cameo/")

#: Prefixes used in exports and queries.
PREFIXES = {
    "kg": str(KG._NS), "cameo": str(CAMEO), "schema": str(SCHEMA._NS), "sem": str(SEM._NS),
    "prov": str(PROV), "nif": str(NIF._NS), "itsrdf": str(ITSRDF._NS), "geo": str(WGS84._NS),
    "gn": str(GN._NS), "skos": str(SKOS), "owl": str(OWL), "rdfs": str(RDFS), "rdf": str(RDF),
    "xsd": str(XSD), "wd": "http://www.wikidata.org/entity/", "kgid": "https://w3id.org/kg-news/id/",
}

__all__ = ["KG", "SCHEMA", "SEM", "NIF", "ITSRDF", "WGS84", "GN", "CAMEO", "PREFIXES",
           "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
