"""The actor network: actors as nodes, relations from the graph as directed, weighted edges.

Relations: ``offers_aid_to`` (provider -> recipient, with what is offered and excluded),
``opposes`` (the provider of aid "gegen" an adversary -> the adversary), ``fights`` (attacker ->
target), ``captured`` (actor -> place), ``cites`` (a source that reports what a speaker said ->
the speaker), ``represents`` (a person -> the state or organisation it acts for).

Edge weight is the number of supporting sentences across articles (distinct sentence IRIs;
the same wording in two articles counts twice). The graph follows the contract in
:mod:`kg.render`:

* node id: the actor's IRI; attributes ``label``, ``type`` (Person, Organization, Country,
  ArmedGroup, Media, Other, or Place for a captured place that is no actor), ``mentions``
  (summed over the selected articles), ``articles`` (IRIs), ``wikidata``, ``role``,
  ``aliases`` (alternative labels);
* edge key: the relation; attributes ``relation``, ``label`` (e.g. "offers aid to: Hilfe;
  excluded: Truppen"), ``weight``, ``sentences`` (the supporting sentences' text),
  ``articles`` (the article of each sentence, parallel to ``sentences``), ``offered``,
  ``excluded``.

Filters (all optional, combined with AND): ``article`` (one article IRI), ``since``/``until``
(``YYYY-MM-DD``, inclusive, on the article's ``schema:datePublished``; articles without a date
are dropped only when one of the two is given), ``relations`` (only these edges, and only the
nodes they connect), ``actor`` + ``hops`` (the neighbourhood of one actor, by label, alias or
IRI).
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

import networkx as nx

from kg.errors import QueryError
from kg.store.base import Store

RELATIONS = ("offers_aid_to", "opposes", "fights", "captured", "cites", "represents")
KGID = "https://w3id.org/kg-news/id/"

_ARTICLES = """
PREFIX schema: <https://schema.org/>
SELECT ?article ?date ?headline WHERE {
  GRAPH ?article { ?article a schema:NewsArticle .
    OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article schema:headline ?headline } }
}"""
_TYPES = """
PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?actor ?label ?type ?article ?mentions ?role ?wikidata WHERE {
  GRAPH ?article { ?actor a sem:Actor ; a ?class ; rdfs:label ?label .
    OPTIONAL { ?actor kg:mentionCount ?mentions } OPTIONAL { ?actor schema:jobTitle ?role }
    OPTIONAL { ?actor owl:sameAs ?wikidata FILTER(STRSTARTS(STR(?wikidata), "http://www.wikidata.org/")) } }
  VALUES (?class ?type) { (schema:Person "Person") (schema:Organization "Organization")
    (schema:Country "Country") (kg:ArmedGroup "ArmedGroup") (schema:NewsMediaOrganization "Media")
    (kg:OtherActor "Other") }
}"""
_ALIASES = """SELECT ?actor ?alias ?article WHERE { GRAPH ?article {
  ?actor a sem:Actor ; skos:altLabel ?alias } }"""
# Nodes that are the end of an edge but no actor: the places a group captured.
_OTHER_NODES = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?node ?label ?article ?mentions ?place ?wikidata WHERE {
  VALUES ?node { __NODES__ }
  GRAPH ?article { ?node rdfs:label ?label .
    OPTIONAL { ?node kg:mentionCount ?mentions }
    OPTIONAL { ?node a ?place FILTER(?place = sem:Place) }
    OPTIONAL { ?node owl:sameAs ?wikidata FILTER(STRSTARTS(STR(?wikidata), "http://www.wikidata.org/")) } }
}"""
# Each edge query returns ?from ?to ?s (the sentence IRI) ?sentence (its text) ?article.
_EDGES = {
    "offers_aid_to": """SELECT ?from ?to ?s ?sentence ?article ?offered ?excluded WHERE { GRAPH ?article {
        ?o a kg:AidOffer ; kg:provider ?from ; kg:recipient ?to ; kg:sentence ?s . ?s nif:anchorOf ?sentence .
        OPTIONAL { ?o kg:offeredItem/rdfs:label ?offered } OPTIONAL { ?o kg:excludedItem/rdfs:label ?excluded } } }""",
    "opposes": """SELECT ?from ?to ?s ?sentence ?article WHERE { GRAPH ?article {
        ?o a kg:AidOffer ; kg:provider ?from ; kg:adversary ?to ; kg:sentence ?s . ?s nif:anchorOf ?sentence .
        FILTER EXISTS { ?m itsrdf:taIdentRef ?to ; nif:sentence ?s } } }""",
    "fights": """SELECT ?from ?to ?s ?sentence ?article WHERE { GRAPH ?article {
        ?e a kg:ConflictEvent ; kg:attacker ?from ; kg:target ?to ; kg:sentence ?s . ?s nif:anchorOf ?sentence . } }""",
    "captured": """SELECT ?from ?to ?s ?sentence ?article WHERE { GRAPH ?article {
        ?e a kg:ConflictEvent ; sem:eventType cameo:192 ; kg:attacker ?from ; sem:hasPlace ?to ;
           kg:sentence ?s . ?s nif:anchorOf ?sentence . } }""",
    "cites": """SELECT ?from ?to ?s ?sentence ?article WHERE { GRAPH ?article {
        ?a a kg:Claim ; prov:wasAttributedTo ?from ; kg:attributionKind kg:Reported ; kg:sentence ?s .
        ?b a kg:Claim ; prov:wasAttributedTo ?to ; kg:sentence ?s . ?s nif:anchorOf ?sentence .
        FILTER(?from != ?to) } }""",
    # Supporting sentences of "represents": those naming both the person and what it acts for
    # ("der Außenminister der Vereinigten Staaten, John Kerry"); if there are none, the first
    # sentence naming the person (?both is false there).
    "represents": """SELECT ?from ?to ?s ?sentence ?article ?both WHERE { GRAPH ?article {
        ?from a schema:Person ; prov:actedOnBehalfOf ?to . ?to a sem:Actor .
        OPTIONAL { ?m itsrdf:taIdentRef ?from ; nif:sentence ?s . ?s nif:anchorOf ?sentence . }
        BIND(BOUND(?s) && EXISTS { ?n itsrdf:taIdentRef ?to ; nif:sentence ?s } AS ?both) } }""",
}
_PREFIXES = {
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "schema": "https://schema.org/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/", "kg": "https://w3id.org/kg-news/ontology#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "prov": "http://www.w3.org/ns/prov#", "itsrdf": "http://www.w3.org/2005/11/its/rdf#",
    "cameo": "https://w3id.org/kg-news/cameo/",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Characters that may not appear in an IRIREF; such a node keeps its IRI as label.
_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _sparql(text: str) -> str:
    declared = set(re.findall(r"PREFIX\s+(\w+):", text))
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in _PREFIXES.items() if p not in declared)
    return head + text


@dataclass(frozen=True)
class ArticleInfo:
    """An article graph in the store: IRI, publication date (``YYYY-MM-DD`` or None), headline."""

    iri: str
    date: str | None
    headline: str


def articles(store: Store) -> dict[str, ArticleInfo]:
    """Every article graph in the store, by IRI."""
    found: dict[str, ArticleInfo] = {}
    for row in store.query(_sparql(_ARTICLES)).rows:
        iri = str(row["article"])
        date = str(row["date"])[:10] if row["date"] is not None else None
        found[iri] = ArticleInfo(iri, date, str(row["headline"] or ""))
    return found


def _as_date(value, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not _DATE.match(text):
        raise QueryError(f"--{name} {text!r} is not a date", hint="write dates as YYYY-MM-DD, e.g. 2014-01-10")
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"--{name} {text!r} is not a valid date", hint="write dates as YYYY-MM-DD") from None
    return text


def _article_iri(value: str) -> str:
    value = value.strip().strip("<>")
    if value.startswith("kgid:"):
        return KGID + value[len("kgid:"):]
    return value


def select_articles(store: Store, *, article: str | None = None, since=None, until=None) -> set[str] | None:
    """The article IRIs the filters keep, or None when there is no article or date filter.

    Raises :class:`~kg.errors.QueryError` for an unknown article, a malformed date or
    ``since`` after ``until``.
    """
    since, until = _as_date(since, "since"), _as_date(until, "until")
    if since and until and since > until:
        raise QueryError(f"--since {since} is after --until {until}", hint="swap the two dates")
    if article is None and since is None and until is None:
        return None
    known = articles(store)
    keep = set(known)
    if article is not None:
        iri = _article_iri(article)
        if iri not in known:
            raise QueryError(f"no article {iri} in the store", hint="list the articles with: kg articles --store DIR")
        keep = {iri}
    if since or until:
        keep = {a for a in keep if known[a].date is not None
                and (since is None or known[a].date >= since) and (until is None or known[a].date <= until)}
    return keep


def describe_filters(*, article=None, since=None, until=None, relations=None, actor=None, hops=1) -> str:
    """A short human description of the filters, e.g. for titles and error messages."""
    parts = []
    if article:
        parts.append(f"article {_article_iri(article)}")
    if since or until:
        parts.append(f"published {since or '…'} to {until or '…'}")
    if relations:
        parts.append("relations " + ", ".join(relations))
    if actor:
        parts.append(f"{hops} hop{'s' if hops != 1 else ''} around {actor}")
    return "; ".join(parts)


def actor_network(store: Store, *, article: str | None = None, since=None, until=None,
                  relations: Iterable[str] | None = None, actor: str | None = None,
                  hops: int = 1) -> nx.MultiDiGraph:
    """Build the network from the store (see the module docstring for nodes, edges, filters).

    Parameters:
        store: the kg store.
        article: only this article graph (its IRI; ``kgid:article/…`` is expanded).
        since, until: inclusive bounds on ``schema:datePublished`` (``YYYY-MM-DD`` or a date).
        relations: only these relations (see :data:`RELATIONS`); nodes without any such edge
            are dropped.
        actor: only the neighbourhood of the actor with this label, alias or IRI
            (case-insensitive), within ``hops`` edges in either direction.

    Returns:
        A ``networkx.MultiDiGraph``; empty if nothing matches (the CLI reports that as an error).

    Raises:
        QueryError: an unknown article, relation or actor, or a malformed date.
    """
    relations = tuple(relations) if relations else None
    unknown = [r for r in relations or () if r not in RELATIONS]
    if unknown:
        raise QueryError(f"unknown relation {unknown[0]!r}", hint="relations: " + ", ".join(RELATIONS))
    keep = select_articles(store, article=article, since=since, until=until)
    title = "kg actor network"
    described = describe_filters(article=article, since=since, until=until, relations=relations, actor=actor, hops=hops)
    graph = nx.MultiDiGraph(title=f"{title} — {described}" if described else title)

    def rows(text: str):
        if keep is not None and not keep:
            return
        for row in store.query(_sparql(text)).rows:
            if keep is None or str(row["article"]) in keep:
                yield row

    for row in rows(_TYPES):
        node = str(row["actor"])
        if node not in graph:
            graph.add_node(node, label=str(row["label"]), type=str(row["type"]), mentions=0, articles=[],
                           wikidata=str(row["wikidata"] or ""), role=str(row["role"] or ""), aliases=[])
        data = graph.nodes[node]
        _add_article(data, row)
        if not data["role"] and row["role"] is not None:
            data["role"] = str(row["role"])
    for row in rows(_ALIASES):
        node = str(row["actor"])
        if node in graph and str(row["alias"]) not in graph.nodes[node]["aliases"]:
            graph.nodes[node]["aliases"].append(str(row["alias"]))

    edges: dict[tuple[str, str, str], dict] = defaultdict(
        lambda: {"support": {}, "fallback": {}, "offered": [], "excluded": []})
    for relation in relations or RELATIONS:
        for row in rows(_EDGES[relation]):
            edge = edges[(str(row["from"]), str(row["to"]), relation)]
            if row["s"] is not None:
                both = str(row.get("both")) == "true" if relation == "represents" else True
                target = edge["support"] if both else edge["fallback"]
                target.setdefault((str(row["article"]), str(row["s"])), str(row["sentence"] or ""))
            for kind in ("offered", "excluded"):
                value = row.get(kind)
                if value is not None and str(value) not in edge[kind]:
                    edge[kind].append(str(value))

    missing = {n for s, t, _ in edges for n in (s, t) if n not in graph}
    safe = sorted(n for n in missing if not _UNSAFE_IRI.search(n))
    if safe:
        for row in rows(_OTHER_NODES.replace("__NODES__", " ".join(f"<{n}>" for n in safe))):
            node = str(row["node"])
            if node not in missing:
                continue
            if node not in graph:
                graph.add_node(node, label=str(row["label"]), type="Place" if row["place"] is not None else "Other",
                               mentions=0, articles=[], wikidata=str(row["wikidata"] or ""), role="", aliases=[])
            _add_article(graph.nodes[node], row)
    for (source, target, relation), edge in sorted(edges.items()):
        for node in (source, target):
            if node not in graph:  # no label anywhere: keep the edge, name the node by its IRI
                graph.add_node(node, label=node.rsplit("/", 1)[-1], type="Other", mentions=0, articles=[],
                               wikidata="", role="", aliases=[])
        support = edge["support"] or dict(list(_by_offset(edge["fallback"]).items())[:1])
        support = _by_offset(support)
        label = relation.replace("_", " ")
        if edge["offered"]:
            label += ": " + "; ".join(edge["offered"])
        if edge["excluded"]:
            label += ("; " if edge["offered"] else ": ") + "excluded: " + "; ".join(edge["excluded"])
        graph.add_edge(source, target, key=relation, relation=relation, label=label,
                       weight=max(1, len(support)), sentences=list(support.values()),
                       articles=[a for a, _ in support], offered=edge["offered"], excluded=edge["excluded"])
    if relations:
        graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    if actor:
        graph = _around(graph, actor, hops)
    return graph


def _add_article(data: dict, row) -> None:
    article = str(row["article"])
    if article not in data["articles"]:
        data["articles"].append(article)
        data["mentions"] += int(row["mentions"] or 0) if row["mentions"] is not None else 0


def _by_offset(sentences: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Sentences in article order, then by their begin offset (``…#char=begin,end``)."""
    def key(item):
        (article, iri), _text = item
        match = re.search(r"#char=(\d+),", iri)
        return (article, int(match.group(1)) if match else 0, iri)

    return dict(sorted(sentences.items(), key=key))


def find_actor(graph: nx.Graph, actor: str) -> list[str]:
    """Nodes whose IRI, label or an alias is ``actor`` (case-insensitive)."""
    wanted = actor.strip().casefold()
    return [n for n, d in graph.nodes(data=True)
            if n == actor.strip() or str(d.get("label", "")).casefold() == wanted
            or any(str(a).casefold() == wanted for a in d.get("aliases") or ())]


def _around(graph: nx.MultiDiGraph, actor: str, hops: int) -> nx.MultiDiGraph:
    centres = find_actor(graph, actor)
    if not centres:
        labels = sorted({str(d.get("label", "")) for _, d in graph.nodes(data=True)})
        close = difflib.get_close_matches(actor, labels, n=3, cutoff=0.5)
        hint = ("did you mean: " + ", ".join(close)) if close else "list actors with: kg query actors --store DIR"
        raise QueryError(f"no actor labelled {actor!r} in the network", hint=hint)
    keep = set()
    undirected = graph.to_undirected(as_view=True)
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
    sub = graph.subgraph(keep).copy()
    sub.graph.update(graph.graph)
    return sub
