"""The store interface every backend implements: a few verbs named after the standards."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Protocol

from rdflib.term import Node, URIRef

Triple = tuple[Node, Node, Node]

#: Export formats: name -> (file extension, whether it keeps named graphs)
EXPORT_FORMATS = {
    "turtle": ("ttl", False),
    "nt": ("nt", False),
    "rdfxml": ("rdf", False),
    "trig": ("trig", True),
    "nquads": ("nq", True),
    "jsonld": ("jsonld", True),
}


@dataclass
class QueryResult:
    """The answer to a query. SELECT: ``variables`` and ``rows``; ASK: ``boolean``;
    CONSTRUCT/DESCRIBE: ``triples``. Rows map variable names to rdflib terms (None if unbound)."""

    variables: list[str] = field(default_factory=list)
    rows: Iterable[dict[str, Node | None]] = ()
    boolean: bool | None = None
    triples: Iterable[Triple] | None = None

    @property
    def kind(self) -> str:
        if self.boolean is not None:
            return "ask"
        return "graph" if self.triples is not None else "select"


@dataclass(frozen=True)
class ArticleInfo:
    graph: str
    headline: str
    content_hash: str
    triples: int = 0


class Store(Protocol):
    location: str

    def replace_article(self, graph: URIRef, triples: Iterable[Triple]) -> int:
        """Atomically replace the named graph ``graph`` with ``triples``; returns their count."""

    def remove_article(self, graph: URIRef) -> bool:
        """Drop one article's graph; False if it was not there."""

    def content_hash(self, graph: URIRef) -> str | None:
        """The stored ``kg:contentHash`` of an article, to skip unchanged ones."""

    def articles(self) -> list[ArticleInfo]:
        """The articles in the store, in IRI order."""

    def query(self, sparql: str, *, bindings: dict[str, Node] | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs; ``bindings`` pre-bind variables."""

    def export(self, output: Path | BinaryIO, *, format: str = "turtle") -> None:
        """Write every graph in an RDF format from :data:`EXPORT_FORMATS`."""

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node]]:
        """Every quad (subject, predicate, object, graph)."""

    def __len__(self) -> int:
        """Number of quads."""

    def close(self) -> None: ...
