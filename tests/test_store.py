"""Writing to the stores: articles serialized once as N-Triples, written in batches, each atomic."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import StoreError
from kg.store.base import ArticleGraph
from kg.store.embedded import EmbeddedStore, to_ox
from kg.store.remote import RemoteStore

HEADLINE = URIRef("https://schema.org/headline")


def article(name: str, *headlines: str) -> tuple[URIRef, list]:
    graph = URIRef(f"https://example.org/article/{name}")
    return graph, [(graph, HEADLINE, Literal(h, lang="de")) for h in headlines]


def headlines(store: EmbeddedStore, graph: URIRef) -> list[str]:
    rows = store.query("SELECT ?g ?h WHERE { GRAPH ?g { ?g <https://schema.org/headline> ?h } } ORDER BY ?h",
                       bindings={"g": graph}).rows
    return [str(row["h"]) for row in rows]


def test_serialized_terms_load_as_the_terms_themselves(tmp_path):
    """Quotes, backslashes, line breaks, tabs, language tags and datatypes survive N-Triples."""
    graph = URIRef("https://example.org/article/a")
    tricky = [Literal('Er sagte: "Hilfe!"\nZeile 2\r\\ Ende\tTab ü €'), Literal("Bagdad", lang="de"),
              Literal(42, datatype=XSD.integer), Literal("2014-01-05", datatype=XSD.date), Literal(" . ")]
    triples = [(graph, URIRef(f"https://example.org/p{n}"), term) for n, term in enumerate(tricky)]
    serialized = ArticleGraph.of(graph, triples)
    assert serialized.count == len(tricky) and serialized.nquads().count(b"\n") == len(tricky)
    loaded = set(ox.parse(serialized.nquads(), ox.RdfFormat.N_QUADS))
    assert loaded == {ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(graph)) for s, p, o in triples}


def test_a_batch_adds_new_graphs_and_replaces_held_ones(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    a, b = article("a", "alt"), article("b", "erst")
    store.replace_article(*a)
    store.replace_articles([ArticleGraph.of(*article("a", "neu", "zwei")), ArticleGraph.of(*b),
                            ArticleGraph.of(*article("b", "zuletzt"))])
    assert headlines(store, a[0]) == ["neu", "zwei"]
    assert headlines(store, b[0]) == ["zuletzt"]  # the same article twice in a batch: the last wins
    assert len(store) == 3


def test_a_bad_article_is_named_and_leaves_its_graph(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    good, held = article("good", "gut"), article("held", "vorher")
    store.replace_article(*held)
    broken = ArticleGraph(str(held[0]), b'<https://example.org/s> <https://example.org/p> "open .\n', 1)
    with pytest.raises(StoreError, match="writing https://example.org/article/held failed"):
        store.replace_articles([ArticleGraph.of(*good), broken])
    assert headlines(store, held[0]) == ["vorher"]
    assert headlines(store, good[0]) == ["gut"]  # written alone once the batch failed


def test_bulk_replace_replaces_and_counts(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    a = article("a", "alt")
    store.replace_article(*a)
    count = store.bulk_replace(ArticleGraph.of(*article(name, "x", "y")) for name in ("a", "b", "c"))
    assert count == 6 and len(store) == 6 and headlines(store, a[0]) == ["x", "y"]


def test_remote_writes_a_request_per_group_of_triples(monkeypatch):
    store = RemoteStore("http://127.0.0.1:1/query", check=False, update_triples=3)
    requests = []
    monkeypatch.setattr(store, "_update", requests.append)
    store.replace_articles([ArticleGraph.of(*article(name, *["h"] * size)) for name, size in
                            (("a", 1), ("b", 2), ("c", 2), ("d", 5))])
    assert [request.count("DROP SILENT GRAPH") for request in requests] == [2, 1, 1]
    assert "GRAPH <https://example.org/article/d>" in requests[-1]
