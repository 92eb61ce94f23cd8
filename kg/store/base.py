"""The store interface every backend implements: a few verbs named after the standards."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Protocol, Sequence

from rdflib.term import BNode, Literal, Node, URIRef

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


# N-Triples string escapes: a raw line break may only end a statement, so that a graph's
# N-Triples can be turned into N-Quads by rewriting its line ends (ArticleGraph.nquads).
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term: Node) -> str:
    """An rdflib term in N-Triples syntax (the fast path: no intermediate objects).

    >>> nt_term(Literal('Er sagte: "Hilfe"\\n', lang="de"))
    '"Er sagte: \\\\"Hilfe\\\\"\\\\n"@de'
    """
    if type(term) is URIRef:
        return f"<{term}>"
    if isinstance(term, Literal):
        quoted = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        return f"{quoted}^^<{term.datatype}>" if term.datatype else quoted
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, URIRef):
        return f"<{term}>"
    raise TypeError(f"not an RDF term: {term!r}")


@dataclass(frozen=True)
class ArticleGraph:
    """One article's graph serialized as N-Triples: what extraction (in this process, in worker
    processes or on a Dask cluster) hands to the store, so writing never touches rdflib terms.

    >>> article = ArticleGraph.of(URIRef("https://x.org/a"), [(URIRef("https://x.org/a"), URIRef("https://x.org/p"), Literal(1))])
    >>> article.nquads()
    b'<https://x.org/a> <https://x.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <https://x.org/a> .\\n'
    """

    graph: str
    ntriples: bytes
    count: int

    @classmethod
    def of(cls, graph: URIRef | str, triples: Iterable[Triple]) -> "ArticleGraph":
        lines = [f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in triples]
        return cls(str(graph), "".join(lines).encode("utf-8"), len(lines))

    def nquads(self) -> bytes:
        # Literals carry their line breaks escaped, so " .\n" only ever ends a statement.
        return self.ntriples.replace(b" .\n", f" <{self.graph}> .\n".encode("utf-8"))


def replace_update(articles: Iterable[ArticleGraph]) -> str:
    """One SPARQL Update that replaces each article's graph: a store runs it as one transaction.

    >>> print(replace_update([ArticleGraph("https://x.org/a", b"<https://x.org/a> <https://x.org/p> <https://x.org/o> .\\n", 1)]))
    DROP SILENT GRAPH <https://x.org/a> ;
    INSERT DATA {
    GRAPH <https://x.org/a> {
    <https://x.org/a> <https://x.org/p> <https://x.org/o> .
    }
    }
    """
    articles = list(articles)
    drops = "".join(f"DROP SILENT GRAPH <{a.graph}> ;\n" for a in articles)
    graphs = "".join(f"GRAPH <{a.graph}> {{\n{a.ntriples.decode('utf-8')}}}\n" for a in articles)
    return f"{drops}INSERT DATA {{\n{graphs}}}"


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

    def replace_articles(self, articles: Sequence[ArticleGraph]) -> None:
        """Replace several articles' graphs in as few transactions as the backend allows. Each
        article is atomic: afterwards it is stored whole, with its content hash, or (when this
        raises) as it was before."""

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
