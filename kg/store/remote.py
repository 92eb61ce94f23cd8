"""A store behind a SPARQL 1.1 endpoint: ``oxigraph serve``, ``kg serve``, Virtuoso, Fuseki…

Reads go through SPARQLWrapper (SPARQL 1.1 Protocol, JSON results); articles are written by
SPARQL Update requests, ``DROP SILENT GRAPH <g> ; … INSERT DATA { GRAPH <g> { … } … }``, a batch
of articles (up to 20,000 triples) per request, which the server runs as one transaction:
readers see an article's old graph or its new one, and a failed request leaves the old graphs
in place.

Endpoints: ``--store http://host:7878/query`` queries ``/query`` and updates ``/update`` (the
layout of ``oxigraph serve`` and ``kg serve``); any other URL (Virtuoso's ``/sparql``, Fuseki's
``/ds``) takes updates at the same URL. ``update_endpoint=`` or ``KG_UPDATE_ENDPOINT`` overrides.

Default graph: kg's queries need the default graph to be the union of all article graphs.
Every query carries Oxigraph's ``union-default-graph`` parameter, so a plain ``oxigraph serve``
answers correctly; servers that do not know the parameter ignore it and must be configured for
union semantics themselves (Virtuoso is by default; Fuseki: ``tdb2:unionDefaultGraph true``).

Reads (queries) are retried with backoff when the server is unreachable, times out or answers
5xx; writes are never retried: a failed write is reported and the next ``kg build`` redoes it.
"""

from __future__ import annotations

import os
import re
import socket
import time
import urllib.error
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import ExportError, QueryError, StoreError, one_line
from kg.rdf.vocab import PREFIXES
from kg.store.base import EXPORT_FORMATS, ArticleGraph, ArticleInfo, QueryResult, Triple, replace_update
from kg.store.embedded import _ARTICLES, _OX_FORMATS, to_rdflib

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RETRY_STATUS = {500, 502, 503, 504}
#: What goes before every write, by the product in the endpoint's ``Server`` header. Virtuoso's
#: endpoint otherwise compiles each constant of an update into SQL text: an INSERT DATA of more
#: than about 1,000 triples fails ("SP031 … exceeded 10000 lines") and smaller ones run at about
#: 1,000 triples/s; with constants passed as parameters it takes 20,000 at 4,000-6,000 triples/s.
_UPDATE_PROLOGUES = {"Virtuoso": "DEFINE sql:big-data-const 1\n"}
# kg's graphs are its article graphs: a shared server may hold others (Virtuoso always does, its
# own schemas), which exports, validation and counts must not pick up.
_GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } } ORDER BY ?g"
_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> . ?s ?p ?o } }"


def is_endpoint(location: str) -> bool:
    """Whether ``--store`` names a SPARQL endpoint rather than a directory."""
    return location.startswith(("http://", "https://"))


def update_endpoint_for(query_endpoint: str) -> str:
    """``…/query`` → ``…/update`` (oxigraph serve, kg serve); anything else is its own update endpoint.

    >>> update_endpoint_for("http://localhost:7878/query")
    'http://localhost:7878/update'
    >>> update_endpoint_for("http://localhost:8890/sparql")
    'http://localhost:8890/sparql'
    """
    parts = urlsplit(query_endpoint)
    if parts.path.rstrip("/").endswith("/query"):
        path = parts.path.rstrip("/")[: -len("query")] + "update"
        return urlunsplit(parts._replace(path=path))
    return query_endpoint


def term_from_json(value: dict) -> Node:
    """A SPARQL 1.1 JSON results term as an rdflib term, exactly as the embedded store returns it:
    plain ``xsd:string`` literals without a datatype, language tags kept.

    >>> term_from_json({"type": "literal", "value": "Kerry", "datatype": XSD_STRING})
    rdflib.term.Literal('Kerry')
    >>> term_from_json({"type": "literal", "value": "Bagdad", "xml:lang": "de"})
    rdflib.term.Literal('Bagdad', lang='de')
    """
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if value.get("xml:lang"):
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if not datatype or datatype == XSD_STRING:
            return Literal(value["value"])
        return Literal(value["value"], datatype=URIRef(datatype))
    raise StoreError(f"the endpoint returned an unsupported term type {kind!r}")


def _ox_from_json(value: dict):
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":  # Virtuoso's are "nodeID://b10001", not a valid blank node label
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", value["value"]))
    if value.get("xml:lang"):
        return ox.Literal(value["value"], language=value["xml:lang"])
    if value.get("datatype"):
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def with_values(sparql: str, bindings: dict[str, Node]) -> str:
    """Bind variables by a trailing ``VALUES`` clause (terms in their N3 form).

    >>> print(with_values("SELECT ?a WHERE { ?a ?p ?o }", {"a": URIRef("https://x.org/1")}))
    SELECT ?a WHERE { ?a ?p ?o }
    VALUES (?a) { (<https://x.org/1>) }
    """
    if not bindings:
        return sparql
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(term.n3() for term in bindings.values())
    return f"{sparql.rstrip()}\nVALUES ({names}) {{ ({terms}) }}"


class RemoteStore:
    """A SPARQL 1.1 endpoint as a kg store.

    :param endpoint: the query endpoint, e.g. ``http://localhost:7878/query``.
    :param update_endpoint: where updates go; default from ``KG_UPDATE_ENDPOINT`` or derived
        from ``endpoint`` (see :func:`update_endpoint_for`).
    :param timeout: seconds per request (``KG_SPARQL_TIMEOUT``, default 60).
    :param retries: extra attempts for a failed read, never for a write (``KG_SPARQL_RETRIES``,
        default 3; waits 0.5, 1, 2 s).
    :param update_triples: most triples per update request when writing several articles
        (``KG_SPARQL_UPDATE_TRIPLES``, default 20,000); an article larger than that goes alone.
    :raises StoreError: the endpoint does not answer (checked when the store is opened).
    """

    def __init__(self, endpoint: str, *, update_endpoint: str | None = None, read_only: bool = False,
                 timeout: float | None = None, retries: int | None = None, backoff: float = 0.5,
                 update_triples: int | None = None, check: bool = True) -> None:
        self.location = endpoint
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or os.environ.get("KG_UPDATE_ENDPOINT") or update_endpoint_for(endpoint)
        self.read_only = read_only
        self.timeout = float(timeout or os.environ.get("KG_SPARQL_TIMEOUT") or 60)
        self.retries = int(os.environ.get("KG_SPARQL_RETRIES", 3)) if retries is None else retries
        self.backoff = backoff
        self.update_triples = update_triples or int(os.environ.get("KG_SPARQL_UPDATE_TRIPLES") or 20_000)
        self._prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        self._update_prologue = ""
        if check:
            response, _ = self._select_response("ASK {}")
            server = (response.response.headers.get("Server") or "").split("/")[0].strip()
            self._update_prologue = _UPDATE_PROLOGUES.get(server, "")

    # -- HTTP -------------------------------------------------------------------------------
    def _wrapper(self, endpoint: str):
        from SPARQLWrapper import SPARQLWrapper

        wrapper = SPARQLWrapper(endpoint, agent="kg (SPARQLWrapper)")
        wrapper.timeout = self.timeout  # setTimeout() would truncate to whole seconds (0 = none)
        wrapper.setOnlyConneg(True)  # no format= parameters: Accept headers only
        wrapper.setMethod("POST")  # long queries and updates do not fit in a URL
        return wrapper

    def _read(self, sparql: str, return_format: str, consume=lambda response: response.response.read()):
        """Send one query and ``consume`` its response, both retried on transient failures
        (unreachable, timeout, 5xx)."""
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

        wrapper = self._wrapper(self.endpoint)
        wrapper.addParameter("union-default-graph", "true")
        wrapper.setReturnFormat(return_format)
        wrapper.setQuery(sparql)
        attempt = 0
        while True:
            try:
                response = wrapper.query()
                return response, consume(response)
            except QueryBadFormed as exc:
                raise QueryError(f"the endpoint rejected the query: {one_line(_detail(exc))}",
                                 hint="check the SPARQL syntax; prefixes kg:, schema:, prov:, nif:, sem: are predeclared") from exc
            except (urllib.error.URLError, SPARQLWrapperException, socket.timeout, TimeoutError,
                    ConnectionError, OSError) as exc:
                status = _status(exc)
                transient = status is None or status in _RETRY_STATUS
                if not transient or attempt >= self.retries:
                    raise StoreError(f"querying {self.endpoint} failed: {_describe(exc)}",
                                     hint=_hint(status)) from exc
                time.sleep(self.backoff * 2 ** attempt)
                attempt += 1

    def _select(self, sparql: str) -> dict:
        return self._select_response(sparql)[1]

    def _select_response(self, sparql: str) -> tuple[object, dict]:
        from SPARQLWrapper import JSON

        def convert(response) -> dict:
            try:
                return response.convert()
            except (ValueError, TypeError) as exc:  # a proxy's HTML page, truncated JSON…
                raise StoreError(f"{self.endpoint} did not answer with SPARQL JSON results: {one_line(exc)}") from exc

        return self._read(sparql, JSON, convert)

    def _update(self, update: str) -> None:
        """One SPARQL Update request, never retried: a blind retry could repeat a write the server
        did commit before the connection dropped."""
        from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

        if self.read_only:
            raise StoreError(f"the store at {self.location} is open read-only")
        wrapper = self._wrapper(self.update_endpoint)
        wrapper.setQuery(update)
        try:
            wrapper.query().response.read()
        except QueryBadFormed as exc:
            raise StoreError(f"{self.update_endpoint} rejected the update: {one_line(_detail(exc))}") from exc
        except Exception as exc:
            status = _status(exc)
            raise StoreError(f"writing to {self.update_endpoint} failed: {_describe(exc)}",
                             hint=_hint(status, write=True)) from exc

    # -- writing ----------------------------------------------------------------------------
    def replace_article(self, graph: URIRef, triples: Iterable[Triple]) -> int:
        article = ArticleGraph.of(graph, triples)
        self.replace_articles([article])
        return article.count

    def replace_articles(self, articles: Sequence[ArticleGraph]) -> None:
        """One update request (``DROP SILENT GRAPH`` + ``INSERT DATA``) per group of articles of
        up to :attr:`update_triples` triples; the server runs each request as one transaction."""
        latest = list({article.graph: article for article in articles}.values())
        group: list[ArticleGraph] = []
        size = 0
        for article in latest:
            if group and size + article.count > self.update_triples:
                self._update(self._update_prologue + replace_update(group))
                group, size = [], 0
            group.append(article)
            size += article.count
        if group:
            self._update(self._update_prologue + replace_update(group))

    def remove_article(self, graph: URIRef) -> bool:
        present = self._select(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").get("boolean")
        if not present:
            return False
        self._update(f"DROP SILENT GRAPH <{graph}>")
        return True

    # -- reading ----------------------------------------------------------------------------
    def _rows(self, sparql: str) -> tuple[list[str], list[dict[str, Node | None]]]:
        data = self._select(sparql)
        variables = data.get("head", {}).get("vars", [])
        rows = [{v: term_from_json(b[v]) if v in b else None for v in variables}
                for b in data.get("results", {}).get("bindings", [])]
        return variables, rows

    def content_hash(self, graph: URIRef) -> str | None:
        _, rows = self._rows(f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{graph}> "
                             "<https://w3id.org/kg-news/ontology#contentHash> ?h } }")
        return str(rows[0]["h"]) if rows else None

    def articles(self) -> list[ArticleInfo]:
        _, rows = self._rows(_ARTICLES)
        return [ArticleInfo(graph=str(r["g"]), headline=str(r["headline"]), content_hash=str(r["hash"]),
                            triples=int(r["n"])) for r in rows]

    def query(self, sparql: str, *, bindings: dict[str, Node] | None = None) -> QueryResult:
        text = self._prefixes + with_values(sparql, bindings or {})
        kind = _query_kind(sparql)
        if kind == "graph":
            from SPARQLWrapper import N3  # Accept: text/turtle and friends

            response, data = self._read(text, N3)
            content_type = (response.response.headers.get("Content-Type") or "text/turtle").split(";")[0].strip()
            try:
                parsed = ox.parse(data, ox.RdfFormat.from_media_type(content_type) or ox.RdfFormat.TURTLE)
                triples = [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)) for t in parsed]
            except (SyntaxError, ValueError) as exc:
                raise StoreError(f"cannot read the graph {self.endpoint} returned: {one_line(exc)}") from exc
            return QueryResult(triples=iter(triples))
        data = self._select(text)
        if "boolean" in data:
            return QueryResult(boolean=bool(data["boolean"]))
        variables = data.get("head", {}).get("vars", [])
        bindings_list = data.get("results", {}).get("bindings", [])
        rows = ({v: term_from_json(b[v]) if v in b else None for v in variables} for b in bindings_list)
        return QueryResult(variables=variables, rows=rows)

    def graphs(self) -> list[URIRef]:
        _, rows = self._rows(_GRAPHS)
        return [r["g"] for r in rows if isinstance(r["g"], URIRef)]

    def _ox_quads(self) -> Iterator[ox.Quad]:
        """Graph by graph, one request each, so memory stays bounded by the largest article. Terms
        go straight from JSON to Oxigraph, keeping lexical forms exactly as the server has them."""
        for graph in self.graphs():
            data = self._select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            name = ox.NamedNode(str(graph))
            for b in data.get("results", {}).get("bindings", []):
                yield ox.Quad(_ox_from_json(b["s"]), _ox_from_json(b["p"]), _ox_from_json(b["o"]), name)

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node]]:
        for quad in self._ox_quads():
            yield to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object), to_rdflib(quad.graph_name)

    def export(self, output: Path | BinaryIO, *, format: str = "turtle") -> None:
        if format not in EXPORT_FORMATS:
            raise ExportError(f"unknown export format {format!r}", hint="choose one of " + ", ".join(EXPORT_FORMATS))
        ox_format = _OX_FORMATS[format]
        keeps_graphs = EXPORT_FORMATS[format][1]
        prefixes = PREFIXES if format in ("turtle", "trig", "rdfxml", "jsonld") else None
        seen = set()

        def statements():
            for quad in self._ox_quads():
                if keeps_graphs:
                    yield quad
                else:
                    triple = ox.Triple(quad.subject, quad.predicate, quad.object)
                    if triple not in seen:
                        seen.add(triple)
                        yield triple

        target = str(output) if isinstance(output, Path) else output
        try:
            if prefixes:
                ox.serialize(statements(), target, ox_format, prefixes=prefixes)
            else:
                ox.serialize(statements(), target, ox_format)
        except OSError as exc:
            raise ExportError(f"cannot write {output}: {exc}") from exc

    def __len__(self) -> int:
        _, rows = self._rows(_COUNT)
        return int(rows[0]["n"]) if rows else 0

    def close(self) -> None:
        """Nothing to flush: every write was committed by its own request."""

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r}, update_endpoint={self.update_endpoint!r})"


def _query_kind(sparql: str) -> str:
    from kg.queries import _KEYWORDS, _LEXICAL

    body = _LEXICAL.sub(lambda m: " " if m.group("skip") else m.group(0), sparql)
    match = _KEYWORDS.search(body)
    keyword = match.group(1).upper() if match else "SELECT"
    return "graph" if keyword in ("CONSTRUCT", "DESCRIBE") else "select"


def _status(exc: BaseException) -> int | None:
    """The HTTP status behind an exception, None for network failures (refused, reset, timeout)."""
    from SPARQLWrapper.SPARQLExceptions import (EndPointInternalError, EndPointNotFound, Unauthorized,
                                                URITooLong)

    if isinstance(exc, urllib.error.HTTPError):
        return exc.code
    for cls, code in ((EndPointNotFound, 404), (Unauthorized, 401), (URITooLong, 414), (EndPointInternalError, 500)):
        if isinstance(exc, cls):
            return code
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, urllib.error.HTTPError):
        return cause.code
    return None


def _detail(exc: BaseException) -> str:
    text = str(exc)
    for marker in ("Response:\n", "Response:"):
        if marker in text:
            text = text.split(marker, 1)[1]
    text = text.strip()
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1].encode().decode("unicode_escape", errors="replace")
    return text


def _describe(exc: BaseException) -> str:
    status = _status(exc)
    if status is not None:
        return f"HTTP {status}: {one_line(_detail(exc), 150)}"
    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, (socket.timeout, TimeoutError)) or "timed out" in str(reason):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(reason, socket.gaierror):
        return f"unknown host ({reason.strerror or reason})"
    return one_line(getattr(reason, "strerror", None) or reason, 150)


def _hint(status: int | None, *, write: bool = False) -> str | None:
    if status is None:
        return ("start the server (see README: oxigraph serve / kg serve) or check the URL"
                if not write else "the server kept the old graph or took the new one whole; build again to be sure")
    if status == 403:
        return "the server refuses updates: start kg serve with --writable, or use the update endpoint (--update-endpoint)"
    if status == 404:
        return "check the endpoint path, e.g. http://localhost:7878/query for oxigraph serve"
    if status == 401:
        return "the endpoint needs credentials"
    return None
