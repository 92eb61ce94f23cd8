"""The embedded store: Oxigraph (pyoxigraph) on disk, one named graph per article."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import ExportError, QueryError, StoreError
from kg.rdf.vocab import PREFIXES
from kg.store.base import EXPORT_FORMATS, ArticleGraph, ArticleInfo, QueryResult, Triple, replace_update

_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML,
    "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
}

_ARTICLES = """
PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?g ?headline ?hash (COUNT(*) AS ?n) WHERE {
  GRAPH ?g { ?g a schema:NewsArticle ; schema:headline ?headline ; kg:contentHash ?hash . ?s ?p ?o }
} GROUP BY ?g ?headline ?hash ORDER BY ?g
"""


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_rdflib(term) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported term {term!r}")


def syntax_message(exc: Exception) -> str:
    """Oxigraph's parse error on one line: "line 1, column 22: expected one of ..."."""
    import re

    text = " ".join(str(exc).split())
    match = re.match(r"error at (\d+):(\d+): (.*)", text)
    if match:
        line, column, rest = match.groups()
        text = f"line {line}, column {column}: {rest}"
    return text if len(text) <= 160 else text[:157] + "..."


class EmbeddedStore:
    """An Oxigraph store in a directory.

    >>> import tempfile
    >>> from rdflib import URIRef, Literal
    >>> store = EmbeddedStore(tempfile.mkdtemp())
    >>> g = URIRef("https://example.org/article/1")
    >>> store.replace_article(g, [(g, URIRef("https://schema.org/headline"), Literal("Titel"))])
    1
    >>> store.replace_article(g, [(g, URIRef("https://schema.org/headline"), Literal("Neu"))])
    1
    >>> [str(row["h"]) for row in store.query("SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }").rows]
    ['Neu']
    """

    def __init__(self, location: str | Path, *, read_only: bool = False, create: bool = True) -> None:
        path = Path(location)
        self.location = str(path)
        self.read_only = read_only
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not a store directory")
        if not path.exists() and (read_only or not create):
            raise StoreError(f"no store at {path}", hint="build one first: kg build ARTICLE --store " + str(path))
        if path.exists() and any(path.iterdir()) and not (path / "CURRENT").exists():
            raise StoreError(f"{path} is not a kg store (an Oxigraph directory)",
                             hint="choose an empty or new directory for --store")
        try:
            if not read_only:
                path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except (OSError, RuntimeError) as exc:
            raise StoreError(
                f"cannot open the store at {path}: {' '.join(str(exc).split())[:200]}",
                hint="another kg process may be writing to it; wait for it or use another --store",
            ) from exc

    # -- writing ----------------------------------------------------------------------------
    def replace_article(self, graph: URIRef, triples: Iterable[Triple]) -> int:
        article = ArticleGraph.of(graph, triples)
        self.replace_articles([article])
        return article.count

    def replace_articles(self, articles: Sequence[ArticleGraph]) -> None:
        """Write a batch of articles, each replacing its graph, in at most two transactions:
        graphs the store does not hold yet are loaded as N-Quads (``Store.load``, the fast
        path), graphs it holds are replaced by one SPARQL update (``DROP`` + ``INSERT DATA``).
        Readers see an article's old graph or its new one, never a mix, and a crash leaves
        each article either fully written, with its content hash, or as it was."""
        self._writable()
        latest = {article.graph: article for article in articles}  # the same article twice: the last wins
        fresh, existing = [], []
        for article in latest.values():
            held = self._store.contains_named_graph(ox.NamedNode(article.graph))
            (existing if held else fresh).append(article)
        try:
            if fresh:
                self._store.load(b"".join(article.nquads() for article in fresh), ox.RdfFormat.N_QUADS)
            if existing:
                self._store.update(replace_update(existing))
        except (OSError, SyntaxError, ValueError) as exc:
            if len(latest) > 1 and isinstance(exc, (SyntaxError, ValueError)):
                for article in latest.values():  # nothing of the batch was written: find the bad one
                    self.replace_articles([article])
                return  # each article alone went in
            raise StoreError(f"writing {', '.join(latest)} failed: {syntax_message(exc)}") from exc

    def bulk_replace(self, articles: Iterable[ArticleGraph], *, chunk_bytes: int = 64 << 20) -> int:
        """**Not atomic**: the fastest load (``Store.bulk_load``), for rebuilding a store from
        scratch. A crash part-way leaves some graphs written and others not, or half written;
        use :meth:`replace_articles` otherwise. Returns the number of triples."""
        self._writable()
        count, chunk, size = 0, [], 0

        def load() -> None:
            self._store.bulk_load(b"".join(chunk), ox.RdfFormat.N_QUADS)

        for article in articles:
            name = ox.NamedNode(article.graph)
            if self._store.contains_named_graph(name):
                self._store.remove_graph(name)
            chunk.append(article.nquads())
            size += len(chunk[-1])
            count += article.count
            if size >= chunk_bytes:
                load()
                chunk, size = [], 0
        if chunk:
            load()
        self._store.flush()
        return count

    def remove_article(self, graph: URIRef) -> bool:
        self._writable()
        name = ox.NamedNode(str(graph))
        if not self._store.contains_named_graph(name):
            return False
        self._store.remove_graph(name)
        return True

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")

    # -- reading ----------------------------------------------------------------------------
    def content_hash(self, graph: URIRef) -> str | None:
        result = self._store.query(
            "SELECT ?g ?h WHERE { GRAPH ?g { ?g <https://w3id.org/kg-news/ontology#contentHash> ?h } }",
            substitutions={ox.Variable("g"): ox.NamedNode(str(graph))},
        )
        for solution in result:
            return solution["h"].value
        return None

    def articles(self) -> list[ArticleInfo]:
        return [
            ArticleInfo(graph=s["g"].value, headline=s["headline"].value, content_hash=s["hash"].value,
                        triples=int(s["n"].value))
            for s in self._store.query(_ARTICLES)
        ]

    def query(self, sparql: str, *, bindings: dict[str, Node] | None = None) -> QueryResult:
        substitutions = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        try:
            result = self._store.query(sparql, use_default_graph_as_union=True,
                                       substitutions=substitutions or None, prefixes=PREFIXES)
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"malformed SPARQL query: {syntax_message(exc)}",
                             hint="check the line and column given; prefixes kg:, schema:, prov:, nif:, sem: are predeclared") from exc
        except OSError as exc:
            raise StoreError(f"reading the store failed: {exc}") from exc
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            return QueryResult(triples=((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in result))
        variables = [v.value for v in result.variables]
        rows = ({name: to_rdflib(solution[name]) for name in variables} for solution in result)
        return QueryResult(variables=variables, rows=rows)

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node]]:
        for quad in self._store:
            yield to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object), to_rdflib(quad.graph_name)

    def export(self, output: Path | BinaryIO, *, format: str = "turtle") -> None:
        if format not in EXPORT_FORMATS:
            raise ExportError(f"unknown export format {format!r}", hint="choose one of " + ", ".join(EXPORT_FORMATS))
        ox_format = _OX_FORMATS[format]
        target = str(output) if isinstance(output, Path) else output
        prefixes = PREFIXES if format in ("turtle", "trig", "rdfxml", "jsonld") else None
        try:
            if EXPORT_FORMATS[format][1]:
                self._store.dump(target, ox_format, prefixes=prefixes) if prefixes else self._store.dump(target, ox_format)
            else:
                # A triple format holds no graphs: write the union, each triple once.
                seen = set()

                def triples():
                    for quad in self._store:
                        triple = ox.Triple(quad.subject, quad.predicate, quad.object)
                        if triple not in seen:
                            seen.add(triple)
                            yield triple

                ox.serialize(triples(), target, ox_format, prefixes=prefixes) if prefixes else ox.serialize(triples(), target, ox_format)
        except OSError as exc:
            raise ExportError(f"cannot write {output}: {exc}") from exc

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        """Flush and close. Idempotent; the store cannot be used afterwards."""
        if self._store is not None and not self.read_only:
            self._store.flush()
        self._store = None  # the Rust side closes the database when the object is dropped

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
