"""The actor network: actors as nodes, relations from the graph as directed, weighted edges.

Relations: ``offers_aid_to`` (provider -> recipient, with what is offered and excluded),
``opposes`` (the provider of aid "gegen" an adversary -> the adversary), ``fights`` (attacker -> target), ``captured`` (actor -> place), ``cites`` (a source that reports
what a speaker said -> the speaker), ``represents`` (a person -> the state it acts for).
Edge weight is the number of supporting sentences across articles.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.store.base import Store

RELATIONS = ("offers_aid_to", "opposes", "fights", "captured", "cites", "represents")
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
_EDGES = {
    "offers_aid_to": """SELECT ?from ?to ?sentence ?article ?offered ?excluded WHERE { GRAPH ?article {
        ?o a kg:AidOffer ; kg:provider ?from ; kg:recipient ?to ; kg:sentence/nif:anchorOf ?sentence .
        OPTIONAL { ?o kg:offeredItem/rdfs:label ?offered } OPTIONAL { ?o kg:excludedItem/rdfs:label ?excluded } } }""",
    "opposes": """SELECT ?from ?to ?sentence ?article WHERE { GRAPH ?article {
        ?o a kg:AidOffer ; kg:provider ?from ; kg:adversary ?to ; kg:sentence/nif:anchorOf ?sentence . } }""",
    "fights": """SELECT ?from ?to ?sentence ?article WHERE { GRAPH ?article {
        ?e a kg:ConflictEvent ; kg:attacker ?from ; kg:target ?to ; kg:sentence/nif:anchorOf ?sentence . } }""",
    "captured": """SELECT ?from ?to ?sentence ?article WHERE { GRAPH ?article {
        ?e a kg:ConflictEvent ; sem:eventType cameo:192 ; kg:attacker ?from ; sem:hasPlace ?to ;
           kg:sentence/nif:anchorOf ?sentence . } }""",
    "cites": """SELECT ?from ?to ?sentence ?article WHERE { GRAPH ?article {
        ?a a kg:Claim ; prov:wasAttributedTo ?from ; kg:attributionKind kg:Reported ; kg:sentence ?s .
        ?b a kg:Claim ; prov:wasAttributedTo ?to ; kg:sentence ?s . ?s nif:anchorOf ?sentence .
        FILTER(?from != ?to) } }""",
    "represents": """SELECT ?from ?to ?sentence ?article WHERE { GRAPH ?article {
        ?from a schema:Person ; prov:actedOnBehalfOf ?to . ?to a sem:Actor .
        OPTIONAL { ?m itsrdf:taIdentRef ?from ; nif:sentence/nif:anchorOf ?sentence } } }""",
}


def actor_network(store: Store, *, article: str | None = None, relations: tuple[str, ...] | None = None,
                  actor: str | None = None, hops: int = 1) -> nx.MultiDiGraph:
    """Build the network from the store, optionally around one actor (by label) within ``hops``."""
    graph = nx.MultiDiGraph(title="kg actor network")
    bindings = {"article": _iri(article)} if article else None
    for row in store.query(_TYPES, bindings=bindings).rows:
        node = str(row["actor"])
        data = graph.nodes[node] if node in graph else None
        if data is None:
            graph.add_node(node, label=str(row["label"]), type=str(row["type"]), mentions=0, articles=[],
                           wikidata=str(row["wikidata"] or ""), role=str(row["role"] or ""))
            data = graph.nodes[node]
        data["mentions"] += int(row["mentions"] or 0)
        if str(row["article"]) not in data["articles"]:
            data["articles"].append(str(row["article"]))
    edges: dict[tuple[str, str, str], dict] = defaultdict(lambda: {"sentences": [], "articles": [], "offered": [], "excluded": []})
    for relation in relations or RELATIONS:
        for row in store.query(_EDGES[relation], bindings=bindings).rows:
            source, target = str(row["from"]), str(row["to"])
            edge = edges[(source, target, relation)]
            sentence = str(row["sentence"] or "")
            if sentence and sentence not in edge["sentences"]:
                edge["sentences"].append(sentence)
                edge["articles"].append(str(row["article"]))
            for kind in ("offered", "excluded"):
                value = row.get(kind)
                if value is not None and str(value) not in edge[kind]:
                    edge[kind].append(str(value))
    labels = _labels(store, {n for s, t, _ in edges for n in (s, t) if n not in graph})
    for (source, target, relation), edge in edges.items():
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, label=labels.get(node, node.rsplit("/", 1)[-1]), type="Other",
                               mentions=0, articles=[], wikidata="", role="")
        label = relation.replace("_", " ")
        if edge["offered"]:
            label += ": " + "; ".join(edge["offered"])
        if edge["excluded"]:
            label += "; excluded: " + "; ".join(edge["excluded"])
        graph.add_edge(source, target, key=relation, relation=relation, label=label,
                       weight=max(1, len(edge["sentences"])), sentences=edge["sentences"],
                       articles=edge["articles"], offered=edge["offered"], excluded=edge["excluded"])
    if actor:
        graph = _around(graph, actor, hops)
    return graph


def _labels(store: Store, nodes: set[str]) -> dict[str, str]:
    """Labels of nodes that are not actors (places a group captured)."""
    if not nodes:
        return {}
    values = " ".join(f"<{n}>" for n in sorted(nodes) if "<" not in n and ">" not in n)
    result = store.query(f"SELECT ?n (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?n {{ {values} }} ?n rdfs:label ?l }} GROUP BY ?n")
    return {str(r["n"]): str(r["label"]) for r in result.rows if r["label"] is not None}


def _around(graph: nx.MultiDiGraph, actor: str, hops: int) -> nx.MultiDiGraph:
    from kg.errors import QueryError

    wanted = actor.casefold()
    centres = [n for n, d in graph.nodes(data=True) if d.get("label", "").casefold() == wanted or n == actor]
    if not centres:
        raise QueryError(f"no actor labelled {actor!r} in the network",
                         hint="list actors with: kg query actors --store DIR")
    keep = set()
    undirected = graph.to_undirected(as_view=True)
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=hops))
    return graph.subgraph(keep).copy()


def _iri(value: str):
    from rdflib import URIRef

    return URIRef(value)
