"""Minting IRIs: the only place that decides what kg's resources are called.

Actors and places get article-independent IRIs from their keys, so that John Kerry is one node
in every article's graph. Everything that belongs to one article (mentions, sentences, offers,
claims) lives under the article's IRI, mentions with NIF's ``#char=begin,end`` convention.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import URIRef

BASE = "https://w3id.org/kg-news/id/"


def article_iri(identity: str) -> URIRef:
    """IRI of an article, from :attr:`kg.article.Article.identity`.

    >>> article_iri("url:https://example.org/a")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/article/010cec320b0ab0d0')
    """
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{BASE}article/{digest}")


def entity_iri(key: str) -> URIRef:
    """IRI of an actor or place from its key ("country:IQ" -> .../country/IQ)."""
    kind, _, name = key.partition(":")
    return URIRef(f"{BASE}{quote(kind)}/{quote(name, safe='-_.~')}")


def offset_iri(article: URIRef, start: int, end: int) -> URIRef:
    """A NIF string IRI: the characters ``start:end`` of the article's text."""
    return URIRef(f"{article}#char={start},{end}")


def part_iri(article: URIRef, kind: str, *numbers: int) -> URIRef:
    """An extracted fact of the article: ``<article>/aid-offer/1``, ``<article>/aid-offer/1/item/2``."""
    path = "/".join(str(n) for n in numbers)
    return URIRef(f"{article}/{kind}/{path}")


def wikidata_iri(qid: str) -> URIRef:
    return URIRef(f"http://www.wikidata.org/entity/{qid}")


def geonames_iri(geonames_id: int) -> URIRef:
    return URIRef(f"https://sws.geonames.org/{geonames_id}/")
