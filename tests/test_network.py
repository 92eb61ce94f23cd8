"""kg.network: the actor network built from the store, its filters, and what it hands to kg.render."""

from __future__ import annotations

import dataclasses

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import EXAMPLE, rows
from kg.cli import cli
from kg.errors import QueryError
from kg.network import RELATIONS, actor_network, articles, describe_filters
from kg.render import LIST_SEPARATOR, write_network

KGID = "https://w3id.org/kg-news/id/"
KERRY = KGID + "person/john-kerry"
IRAQ = KGID + "country/IQ"
ISIS = KGID + "org/islamischer-staat"
FALLUDSCHA = KGID + "place/99454"
# The example article three times: two dated, one without a date.
DATES = {"https://example.org/a": "2014-01-10", "https://example.org/b": "2014-03-01", "https://example.org/c": None}


@pytest.fixture(scope="module")
def dated(tmp_path_factory, nlp):
    """A store with the example article under three URLs: 2014-01-10, 2014-03-01 and undated."""
    import kg

    path = tmp_path_factory.mktemp("dated") / "store"
    store = kg.open_store(str(path))
    base = kg.read_article(EXAMPLE)
    copies = [dataclasses.replace(base, url=url, date=date) for url, date in DATES.items()]
    report = kg.build(copies, store=store)
    assert report.ok and len(report.built) == 3
    by_date = {info.date: iri for iri, info in articles(store).items()}
    assert set(by_date) == set(DATES.values())
    yield store, by_date
    store.close()


def _weights(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], int]:
    return {(u, v, k): d["weight"] for u, v, k, d in graph.edges(keys=True, data=True)}


# ---------------------------------------------------------------- nodes and edges


def test_nodes_are_the_actors_plus_captured_places(seed_store):
    graph = actor_network(seed_store)
    actors = {r["actor"] for r in rows(seed_store, "actors")}
    places = {n for n, d in graph.nodes(data=True) if d["type"] == "Place"}
    assert places == {FALLUDSCHA}
    assert set(graph) == actors | places
    assert graph.nodes[FALLUDSCHA]["label"] == "Falludscha"
    assert graph.nodes[FALLUDSCHA]["mentions"] >= 1 and graph.nodes[FALLUDSCHA]["articles"]


def test_node_attributes_for_hover(seed_store):
    graph = actor_network(seed_store)
    kerry = graph.nodes[KERRY]
    assert kerry["label"] == "John Kerry" and kerry["type"] == "Person"
    assert kerry["role"] == "Außenminister" and kerry["mentions"] == 7
    assert kerry["wikidata"] == "http://www.wikidata.org/entity/Q22316"
    assert "Islamischer Staat" in graph.nodes[ISIS]["aliases"]
    for _node, data in graph.nodes(data=True):
        assert set(data) >= {"label", "type", "mentions", "articles", "wikidata", "role", "aliases"}


def test_edges_carry_relation_sentences_and_articles(seed_store):
    graph = actor_network(seed_store)
    import kg

    text = kg.read_article(EXAMPLE).text
    relations = {k for _u, _v, k in graph.edges(keys=True)}
    assert relations == {"offers_aid_to", "opposes", "captured", "cites", "represents"}
    for u, v, key, d in graph.edges(keys=True, data=True):
        assert d["relation"] == key and d["label"].startswith(key.replace("_", " "))
        assert d["weight"] == len(d["sentences"]) == len(d["articles"]) >= 1, (u, v, key)
        assert all(s and " ".join(s.split()) in " ".join(text.split()) for s in d["sentences"]), (u, v, key)
    aid = graph.edges[KERRY, IRAQ, "offers_aid_to"]
    assert "militärischen Beistand jeglicher Art" in aid["offered"]
    assert "Entsendung amerikanischer Truppen" in aid["excluded"]
    assert "excluded: " in aid["label"] and "Hilfe" in aid["label"]
    assert graph.has_edge(ISIS, FALLUDSCHA, "captured")
    assert graph.has_edge(KGID + "org/washington-post", KERRY, "cites")


def test_represents_is_supported_by_sentences_naming_both(seed_store):
    edge = actor_network(seed_store).edges[KERRY, KGID + "country/US", "represents"]
    assert any("Außenminister der Vereinigten Staaten, John Kerry" in s for s in edge["sentences"])
    assert not any(s.startswith("Kampf um Falludscha") for s in edge["sentences"])  # Kerry alone


def test_weight_counts_sentences_across_articles(seed_store, dated):
    store, _ = dated
    single, triple = _weights(actor_network(seed_store)), _weights(actor_network(store))
    assert triple == {edge: 3 * weight for edge, weight in single.items()}
    edge = actor_network(store).edges[KERRY, IRAQ, "offers_aid_to"]
    assert len(set(edge["articles"])) == 3
    assert actor_network(store).nodes[KERRY]["mentions"] == 3 * 7


# ---------------------------------------------------------------- filters


def test_date_filters(seed_store, dated):
    store, by_date = dated
    single = _weights(actor_network(seed_store))
    january = actor_network(store, until="2014-01-31")
    assert _weights(january) == single
    assert all(d["articles"] == [by_date["2014-01-10"]] for _n, d in january.nodes(data=True))
    march = actor_network(store, since="2014-02-01")
    assert {a for _u, _v, d in march.edges(data=True) for a in d["articles"]} == {by_date["2014-03-01"]}
    # Both dated articles, never the undated one, once any date filter is given.
    both = actor_network(store, since="2014-01-10", until="2014-03-01")
    assert _weights(both) == {e: 2 * w for e, w in single.items()}
    assert by_date[None] not in {a for _n, d in both.nodes(data=True) for a in d["articles"]}
    assert actor_network(store, since="2015-01-01").number_of_nodes() == 0


def test_article_filter_accepts_iri_and_prefixed_name(dated):
    store, by_date = dated
    undated = by_date[None]
    graph = actor_network(store, article=undated)
    assert {a for _n, d in graph.nodes(data=True) for a in d["articles"]} == {undated}
    short = actor_network(store, article="kgid:" + undated[len(KGID):])
    assert _weights(short) == _weights(graph)


def test_relation_filter_keeps_only_connected_nodes(seed_store):
    graph = actor_network(seed_store, relations=["captured"])
    assert set(graph) == {ISIS, FALLUDSCHA}
    assert graph.nodes[FALLUDSCHA]["type"] == "Place"
    two = actor_network(seed_store, relations=("cites", "represents"))
    assert {k for _u, _v, k in two.edges(keys=True)} == {"cites", "represents"}


def test_actor_neighbourhood(seed_store):
    assert set(actor_network(seed_store, actor="John Kerry", hops=0)) == {KERRY}
    one = set(actor_network(seed_store, actor="john kerry", hops=1))
    assert one == {KERRY, IRAQ, KGID + "country/US", KGID + "org/al-qaida", KGID + "org/washington-post"}
    assert KGID + "country/IR" in set(actor_network(seed_store, actor="John Kerry", hops=2))
    by_alias = actor_network(seed_store, actor="Islamischer Staat", hops=1)  # an alias of ISIS
    assert set(by_alias) == {ISIS, FALLUDSCHA}
    assert set(actor_network(seed_store, actor=KERRY, hops=0)) == {KERRY}


@pytest.mark.parametrize("filters,words", [
    ({"actor": "Nobody"}, "no actor labelled"),
    ({"actor": "Kery"}, "no actor labelled"),
    ({"article": "kgid:article/nope"}, "no article"),
    ({"since": "10.01.2014"}, "not a date"),
    ({"until": "2014-02-30"}, "not a valid date"),
    ({"since": "2014-03-01", "until": "2014-01-01"}, "after"),
    ({"relations": ["hugs"]}, "unknown relation"),
])
def test_bad_filters_raise_query_error(seed_store, filters, words):
    with pytest.raises(QueryError) as caught:
        actor_network(seed_store, **filters)
    assert caught.value.code == "KG200" and words in caught.value.message


def test_unknown_actor_suggests_a_close_label(seed_store):
    with pytest.raises(QueryError) as caught:
        actor_network(seed_store, actor="Kery")
    assert "John Kerry" in caught.value.hint


def test_describe_filters():
    assert describe_filters() == ""
    assert describe_filters(since="2014-01-01", relations=("fights",), actor="ISIS", hops=2) == (
        "published 2014-01-01 to …; relations fights; 2 hops around ISIS")


def test_relations_match_the_cli_choices():
    option = next(p for p in cli.commands["graph"].params if p.name == "relations")
    assert tuple(option.type.choices) == RELATIONS


# ---------------------------------------------------------------- exchange formats


@pytest.mark.parametrize("suffix,reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_exchange_formats_keep_every_attribute_of_the_builder(seed_store, tmp_path, suffix, reader):
    graph = actor_network(seed_store)
    back = reader(write_network(graph, tmp_path / f"actors{suffix}"))

    def flat(value):
        return LIST_SEPARATOR.join(value) if isinstance(value, list) else value

    assert set(back) == set(graph)
    for node, data in graph.nodes(data=True):
        for key, value in data.items():
            assert back.nodes[node][key] == flat(value), (node, key)
    assert back.number_of_edges() == graph.number_of_edges()
    got = {(u, v, d["relation"]): d for u, v, d in back.edges(data=True)}
    for u, v, key, data in graph.edges(keys=True, data=True):
        for name, value in data.items():
            expected = flat(value)
            actual = got[(u, v, key)][name]
            if name == "weight":
                actual = int(float(actual))
            assert actual == expected, (u, v, key, name)


# ---------------------------------------------------------------- command line


def test_cli_graph_filters(tmp_path):
    runner = CliRunner()
    store = tmp_path / "store"
    assert runner.invoke(cli, ["build", str(EXAMPLE), "--store", str(store)]).exit_code == 0
    out = tmp_path / "isis.graphml"
    result = runner.invoke(cli, ["graph", "--store", str(store), "-o", str(out), "--relation", "captured"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith(": 2 nodes, 1 relations")
    assert nx.read_graphml(out).nodes[FALLUDSCHA]["type"] == "Place"

    none = runner.invoke(cli, ["graph", "--store", str(store), "-o", str(tmp_path / "x.html"), "--since", "2014-01-01"])
    assert none.exit_code == 1 and "(KG200)" in none.stderr and "no actors match" in none.stderr
    assert not (tmp_path / "x.html").exists()
    bad = runner.invoke(cli, ["graph", "--store", str(store), "-o", str(tmp_path / "x.html"), "--until", "gestern"])
    assert bad.exit_code == 1 and "(KG200)" in bad.stderr
    nobody = runner.invoke(cli, ["graph", "--store", str(store), "-o", str(tmp_path / "x.png"), "--actor", "Kery"])
    assert nobody.exit_code == 1 and "(KG200)" in nobody.stderr and "John Kerry" in nobody.stderr


def test_cli_graph_on_an_empty_store(tmp_path):
    import kg

    kg.open_store(str(tmp_path / "empty")).close()
    result = CliRunner().invoke(cli, ["graph", "--store", str(tmp_path / "empty"), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "no actors in the store (KG200)" in result.stderr
