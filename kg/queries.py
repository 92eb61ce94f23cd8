"""Canned and ad-hoc SPARQL queries: finding them, binding parameters, formatting results.

A canned query is a ``.rq`` file in ``queries/``. Its header comment says what it answers and
declares parameters::

    # Aid offers: who offers what to whom, and what is ruled out.
    # @param provider string  Label of the providing actor (optional)

``--param provider="John Kerry"`` binds ``?provider`` to an RDF term of the declared type before
the query runs (SEP-0007 substitution); the value is never pasted into the query text, so a
parameter cannot change the query.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import QueryError
from kg.store.base import QueryResult

QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
PARAM_TYPES = ("string", "iri", "integer", "decimal", "date", "boolean", "literal")
_KEYWORDS = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str = ""


@dataclass
class Query:
    """A query ready to run: its text, where it came from and the parameters it declares."""

    text: str
    name: str
    description: str = ""
    parameters: dict[str, Parameter] = field(default_factory=dict)

    def bind(self, values: dict[str, str]) -> dict[str, Node]:
        """Turn ``NAME=VALUE`` strings into RDF terms, checked against the declarations."""
        bound = {}
        for name, value in values.items():
            declared = self.parameters.get(name)
            if declared is None and not re.search(rf"[?$]{re.escape(name)}\b", self.text):
                raise QueryError(f"query {self.name!r} has no parameter or variable ?{name}",
                                 hint=self._parameter_hint())
            bound[name] = parse_term(value, declared.type if declared else None, name=name)
        return bound

    def _parameter_hint(self) -> str:
        if not self.parameters:
            return "this query declares no parameters"
        return "its parameters: " + ", ".join(f"{p.name} ({p.type})" for p in self.parameters.values())

    def prepare(self, bindings: dict[str, Node]) -> tuple[str, dict[str, Node]]:
        """Split bindings: projected variables are pre-bound by the store (SEP-0007); the others
        are replaced in the query body by the escaped N3 form of their term."""
        projected = projected_variables(self.text)
        text = self.text
        pre_bound = {}
        for name, term in bindings.items():
            if projected is None or name in projected:
                pre_bound[name] = term
            else:
                text = substitute_variable(text, name, term)
        return text, pre_bound

    def show(self, bindings: dict[str, Node]) -> str:
        """The query with its bindings as a VALUES block, for ``kg query --show``."""
        if not bindings:
            return self.text
        names = " ".join(f"?{n}" for n in bindings)
        terms = " ".join(t.n3() for t in bindings.values())
        return f"{self.text.rstrip()}\n# bound parameters:\nVALUES ({names}) {{ ({terms}) }}\n"


_LEXICAL = re.compile(
    r'(?P<skip>"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r'|(?P<var>[?$][A-Za-z_][A-Za-z0-9_]*)'
)


def projected_variables(text: str) -> set[str] | None:
    """Variables in the first SELECT clause; None for ``SELECT *`` or non-SELECT queries."""
    body = _LEXICAL.sub(lambda m: " " if m.group("skip") else m.group(0), text)
    match = re.search(r"\bSELECT\b(.*?)(\bWHERE\b|\{)", body, re.IGNORECASE | re.DOTALL)
    if not match or "*" in match.group(1):
        return None
    clause = match.group(1)
    # (expr AS ?x) projects ?x only, not the variables inside expr.
    named = set(re.findall(r"\bAS\s+[?$](\w+)", clause, re.IGNORECASE))
    clause = re.sub(r"\([^()]*(\([^()]*\)[^()]*)*\)", " ", clause)
    return named | set(re.findall(r"[?$](\w+)", clause))


def substitute_variable(text: str, name: str, term: Node) -> str:
    """Replace ``?name``/``$name`` outside strings, IRIs and comments by the term's N3 form."""
    replacement = term.n3()

    def swap(match: re.Match) -> str:
        if match.group("var") and match.group("var")[1:] == name:
            return replacement
        return match.group(0)

    return _LEXICAL.sub(swap, text)


def parse_header(text: str) -> tuple[str, dict[str, Parameter]]:
    description = []
    parameters = {}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        match = re.match(r"@param\s+(\w+)\s+(\w+)\s*(.*)", body)
        if match:
            name, kind, about = match.groups()
            if kind not in PARAM_TYPES:
                raise QueryError(f"parameter {name} has unknown type {kind!r}", hint="types: " + ", ".join(PARAM_TYPES))
            parameters[name] = Parameter(name, kind, about.strip())
        elif body and not body.startswith("@"):
            description.append(body)
    return " ".join(description), parameters


def canned_queries(directory: Path = QUERY_DIR) -> dict[str, Path]:
    return {p.stem: p for p in sorted(directory.glob("*.rq"))} if directory.exists() else {}


def load_query(spec: str, *, directory: Path = QUERY_DIR) -> Query:
    """A canned query name ("aid-offers"), a path to a ``.rq`` file, or SPARQL text."""
    canned = canned_queries(directory)
    name = spec[:-3] if spec.endswith(".rq") and spec[:-3] in canned else spec
    if name in canned:
        text, origin = canned[name].read_text("utf-8"), name
    elif len(spec) < 4096 and "\n" not in spec and Path(spec).is_file():
        try:
            text, origin = Path(spec).read_text("utf-8"), spec
        except UnicodeDecodeError as exc:
            raise QueryError(f"{spec} is not a UTF-8 text file") from exc
    elif _KEYWORDS.search(spec):
        text, origin = spec, "query"
    else:
        raise QueryError(
            f"unknown query {spec!r}: not a canned query, not a file, and not SPARQL",
            hint="canned queries: " + ", ".join(canned) if canned else "write SPARQL or give a .rq file",
        )
    description, parameters = parse_header(text)
    return Query(text=text, name=origin, description=description, parameters=parameters)


def parse_term(value: str, kind: str | None = None, *, name: str = "value") -> Node:
    """An RDF term from a command-line string.

    Without a declared type: ``<iri>`` or ``http(s)://…`` is an IRI, ``"text"@de`` a tagged
    literal, an integer or decimal a number, anything else a plain string.

    >>> parse_term("John Kerry"), parse_term("38"), parse_term("<https://x.org/a>")
    (rdflib.term.Literal('John Kerry'), rdflib.term.Literal('38', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), rdflib.term.URIRef('https://x.org/a'))
    """
    try:
        if kind == "iri" or (kind is None and (value.startswith("<") and value.endswith(">") or re.match(r"https?://\S+$", value))):
            iri = value[1:-1] if value.startswith("<") else value
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", iri):
                raise ValueError("not an absolute IRI")
            return URIRef(iri)
        if kind == "integer" or (kind is None and re.fullmatch(r"-?\d+", value)):
            return Literal(int(value), datatype=XSD.integer)
        if kind == "decimal" or (kind is None and re.fullmatch(r"-?\d+\.\d+", value)):
            return Literal(value, datatype=XSD.decimal) if float(value) == float(value) else None
        if kind == "boolean":
            if value.lower() not in ("true", "false"):
                raise ValueError("expected true or false")
            return Literal(value.lower() == "true")
        if kind == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError("expected YYYY-MM-DD")
            return Literal(value, datatype=XSD.date)
        match = re.fullmatch(r'"(.*)"@([a-zA-Z]+(-[a-zA-Z0-9]+)*)', value, re.DOTALL)
        if match and kind in (None, "literal"):
            return Literal(match.group(1), lang=match.group(2))
        return Literal(value)
    except ValueError as exc:
        raise QueryError(f"parameter {name}={value!r} is not a valid {kind or 'value'}: {exc}") from exc


# -- output ----------------------------------------------------------------------------------
FORMATS = ("table", "csv", "tsv", "json")


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _plain(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def write_result(result: QueryResult, out: TextIO, *, format: str = "table") -> int:
    """Write a query result; returns the number of rows. SELECT results stream row by row.

    ``json`` is the W3C SPARQL 1.1 Query Results JSON format and ``csv`` the W3C CSV format;
    ``table`` is for people, ``tsv`` for shell pipelines.
    """
    if result.kind == "ask":
        if format == "json":
            json.dump({"head": {}, "boolean": result.boolean}, out)
            out.write("\n")
        else:
            out.write(("true" if result.boolean else "false") + "\n")
        return 1
    if result.kind == "graph":
        from rdflib import Graph

        graph = Graph()
        for triple in result.triples:
            graph.add(triple)
        out.write(graph.serialize(format="json-ld" if format == "json" else "turtle"))
        return len(graph)
    variables = result.variables
    count = 0
    if format == "json":
        out.write('{"head": {"vars": %s}, "results": {"bindings": [' % json.dumps(variables))
        for row in result.rows:
            binding = {k: _json_term(v) for k, v in row.items() if v is not None}
            out.write(("," if count else "") + "\n  " + json.dumps(binding, ensure_ascii=False))
            count += 1
        out.write("\n]}}\n")
        return count
    if format in ("csv", "tsv"):
        writer = csv.writer(out, delimiter="," if format == "csv" else "\t", lineterminator="\r\n" if format == "csv" else "\n")
        writer.writerow(variables)
        for row in result.rows:
            writer.writerow([_plain(row.get(v)) for v in variables])
            count += 1
        return count
    if format != "table":
        raise QueryError(f"unknown output format {format!r}", hint="choose one of " + ", ".join(FORMATS))
    rows = [[_shorten(_plain(row.get(v))) for v in variables] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(variables)]
    out.write("  ".join(v.ljust(w) for v, w in zip(variables, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n")
    return len(rows)


def _shorten(text: str, limit: int = 70) -> str:
    text = text.replace("\n", " ")
    for namespace, prefix in (("https://w3id.org/kg-news/id/", "kgid:"),):
        if text.startswith(namespace):
            text = prefix + text[len(namespace):]
    return text if len(text) <= limit else text[: limit - 1] + "…"
