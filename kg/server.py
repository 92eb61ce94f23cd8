"""``kg serve``: the embedded store over the SPARQL 1.1 Protocol, for YASGUI or another kg.

Small on purpose: the standard library's threading HTTP server over pyoxigraph, which parses,
evaluates and serializes. Endpoints (the layout of ``oxigraph serve``):

- ``GET|POST /query`` (also ``/sparql``): ``query=`` as a URL or form parameter, or a POST body of
  type ``application/sparql-query``; ``default-graph-uri``/``named-graph-uri`` select graphs.
  Without ``default-graph-uri`` the default graph is the union of all article graphs, as in
  ``kg query``; kg's prefixes (kg:, schema:, prov:, …) are predeclared.
- ``POST /update``: ``update=`` form parameter or an ``application/sparql-update`` body; only
  with ``writable``, else 403 Forbidden.

Results by content negotiation (``Accept``): SELECT/ASK as SPARQL JSON (default), XML, CSV or TSV;
CONSTRUCT/DESCRIBE as Turtle (default), N-Triples or RDF/XML. Unacceptable types get 406.
"""

from __future__ import annotations

import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.vocab import PREFIXES
from kg.store.embedded import EmbeddedStore, syntax_message

#: media type -> format, first = default
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
MAX_BODY = 200_000_000


def negotiate(accept: str | None, offered: dict) -> str | None:
    """The offered media type that best matches an ``Accept`` header (q-values, wildcards);
    None if nothing is acceptable.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES)
    'application/sparql-results+xml'
    >>> negotiate(None, GRAPH_TYPES), negotiate("*/*", GRAPH_TYPES), negotiate("image/png", GRAPH_TYPES)
    ('text/turtle', 'text/turtle', None)
    """
    types = list(offered)
    if not accept:
        return types[0]
    ranges = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, media.count("*"), position, media.lower()))
    for _, _, _, media in sorted(ranges):
        if media in offered:
            return media
        if media == "*/*":
            return types[0]
        if media.endswith("/*"):
            prefix = media[:-1]
            for candidate in types:
                if candidate.startswith(prefix):
                    return candidate
    return None


class SparqlHandler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "kg-serve"

    # -- routing ----------------------------------------------------------------------------
    def do_GET(self):
        path, params = self._target()
        if path in ("/query", "/sparql"):
            if "query" not in params:
                return self._text(HTTPStatus.BAD_REQUEST, "missing query parameter\n")
            return self._query(params["query"][0], params)
        if path in ("/", ""):
            return self._text(HTTPStatus.OK, self.server.about())
        if path == "/update":
            return self._text(HTTPStatus.METHOD_NOT_ALLOWED, "use POST for updates\n", allow="POST")
        return self._text(HTTPStatus.NOT_FOUND, f"no such endpoint: {path}\n")

    def do_POST(self):
        path, params = self._target()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large\n")
        body = self.rfile.read(length).decode("utf-8", errors="replace") if length else ""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        if path in ("/query", "/sparql") and (content_type == "application/sparql-query" or "query" in params):
            text = body if content_type == "application/sparql-query" else params["query"][0]
            return self._query(text, params)
        if path in ("/update", "/sparql") and (content_type == "application/sparql-update" or "update" in params):
            text = body if content_type == "application/sparql-update" else params["update"][0]
            return self._update(text, params)
        if path in ("/query", "/update", "/sparql"):
            return self._text(HTTPStatus.BAD_REQUEST, "expected a query or update (form parameter or "
                              "application/sparql-query / application/sparql-update body)\n")
        return self._text(HTTPStatus.NOT_FOUND, f"no such endpoint: {path}\n")

    def do_OPTIONS(self):  # CORS preflight, for YASGUI in a browser
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- SPARQL -----------------------------------------------------------------------------
    def _query(self, text: str, params: dict[str, list[str]]):
        default_graphs = [ox.NamedNode(g) for g in params.get("default-graph-uri", [])]
        named_graphs = [ox.NamedNode(g) for g in params.get("named-graph-uri", [])] or None
        try:
            result = self.server.store.query(
                text, prefixes=PREFIXES, use_default_graph_as_union=not default_graphs,
                default_graph=default_graphs or None, named_graphs=named_graphs)
        except (SyntaxError, ValueError) as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"malformed SPARQL query: {syntax_message(exc)}\n")
        except OSError as exc:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"reading the store failed: {exc}\n")
        offered = GRAPH_TYPES if isinstance(result, ox.QueryTriples) else RESULT_TYPES
        media = negotiate(self.headers.get("Accept"), offered)
        if media is None:
            return self._text(HTTPStatus.NOT_ACCEPTABLE, "acceptable types: " + ", ".join(offered) + "\n")
        try:
            fmt = offered[media]
            if isinstance(result, ox.QueryTriples) and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
                data = ox.serialize(result, format=fmt, prefixes=PREFIXES)  # readable Turtle
            else:
                data = result.serialize(format=fmt)
        except OSError as exc:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"reading the store failed: {exc}\n")
        charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
        self._send(HTTPStatus.OK, data, media + charset)

    def _update(self, text: str, params: dict[str, list[str]]):
        if not self.server.writable:
            return self._text(HTTPStatus.FORBIDDEN, "this endpoint is read-only (start kg serve with --writable)\n")
        try:
            self.server.store.update(text, prefixes=PREFIXES)
        except (SyntaxError, ValueError) as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"malformed SPARQL update: {syntax_message(exc)}\n")
        except OSError as exc:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"writing the store failed: {exc}\n")
        self._send(HTTPStatus.NO_CONTENT, b"", None)

    # -- HTTP -------------------------------------------------------------------------------
    def _target(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        return parts.path.rstrip("/") or "/", parse_qs(parts.query, keep_blank_values=True)

    def _cors(self):
        self.send_header("Access-Control-Allow-Origin", "*")

    def _send(self, status: HTTPStatus, data: bytes, content_type: str | None, **headers):
        self.send_response(status)
        self._cors()
        if content_type:
            self.send_header("Content-Type", content_type)
        for key, value in headers.items():
            self.send_header(key.replace("_", "-").title(), value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if data and self.command != "HEAD":
            self.wfile.write(data)

    def _text(self, status: HTTPStatus, text: str, **headers):
        self._send(status, text.encode("utf-8"), "text/plain; charset=utf-8", **headers)

    def log_message(self, format, *args):
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server answering SPARQL over one store; ``url`` is its query endpoint."""

    daemon_threads = True

    def __init__(self, store: EmbeddedStore, host: str, port: int, *, writable: bool, quiet: bool) -> None:
        self.kg_store = store
        self.store = store._store  # pyoxigraph parses, evaluates and serializes
        self.writable = writable
        self.quiet = quiet
        super().__init__((host, port), SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/query"

    def about(self) -> str:
        mode = "read-write" if self.writable else "read-only"
        return (f"kg SPARQL endpoint over {self.kg_store.location} ({mode})\n"
                f"query:  GET/POST {self.url}\n"
                f"update: POST {self.url[:-len('query')]}update" + ("" if self.writable else " (refused: read-only)") + "\n")

    def server_close(self) -> None:
        super().server_close()
        self.kg_store.close()


def make_server(location: str, *, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
                quiet: bool = False) -> SparqlServer:
    """Open the store and bind the server (``port=0`` picks a free port); call ``serve_forever``.

    :raises StoreError: the store cannot be opened, or the address is taken.
    """
    store = EmbeddedStore(location, read_only=not writable, create=writable)
    try:
        return SparqlServer(store, host, port, writable=writable, quiet=quiet)
    except OSError as exc:
        store.close()
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         hint="choose another --port, or stop the server using it") from exc


def serve_in_thread(location: str, **options) -> tuple[SparqlServer, threading.Thread]:
    """Start a server in a background thread (for tests and notebooks); stop it with
    ``server.shutdown(); server.server_close()``."""
    server = make_server(location, **options)
    thread = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    thread.start()
    return server, thread
