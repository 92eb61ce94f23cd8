"""Every CLI command, in-process, with its output and its errors (matched by code)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLE
from kg.cli import cli


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def store_dir(tmp_path, seed_store):
    """A private copy of a store holding the example article."""
    target = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--store", str(target)])
    assert result.exit_code == 0, result.output
    return target


def quad_count(path) -> int:
    import kg

    store = kg.open_store(str(path), read_only=True)
    count = len(store)
    store.close()
    return count


def test_build_reports_and_is_idempotent(runner, store_dir):
    before = quad_count(store_dir)
    again = runner.invoke(cli, ["build", str(EXAMPLE), "--store", str(store_dir)])
    assert again.exit_code == 0 and "unchanged" in again.output
    forced = runner.invoke(cli, ["build", str(EXAMPLE), "--store", str(store_dir), "--force"])
    assert forced.exit_code == 0 and forced.output.startswith("built ")
    assert quad_count(store_dir) == before


def test_build_dry_run_prints_triples_and_writes_nothing(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(EXAMPLE), "--store", str(tmp_path / "none"), "--dry-run"])
    assert result.exit_code == 0
    assert "<https://schema.org/headline>" in result.stdout
    assert not (tmp_path / "none").exists()


@pytest.mark.parametrize("content, message", [
    (None, "no such file"), (b"", "is empty"), (b"\x00\x00\xff\xfebinary", "binary file"),
    ("Titel\n\nÄrger mit Umlauten".encode("latin-1"), "not valid utf-8"),
])
def test_build_bad_input_leaves_store_unchanged(runner, store_dir, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    before = quad_count(store_dir)
    result = runner.invoke(cli, ["build", str(bad), "--store", str(store_dir)])
    assert result.exit_code == 1
    assert message in result.stderr and "(KG100)" in result.stderr
    assert "Traceback" not in result.output
    assert quad_count(store_dir) == before


def test_build_good_and_bad_files_together(runner, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(cli, ["build", str(EXAMPLE), str(tmp_path / "empty.txt"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert quad_count(tmp_path / "s") > 0


def test_build_html(runner, tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<html><body><h1>Deutschland sagt der Ukraine Hilfe zu</h1><p>Die Bundesregierung "
                    "bietet der Ukraine humanitäre Hilfe an.</p></body></html>", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(page), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(runner, store_dir, fmt):
    result = runner.invoke(cli, ["query", "actors", "--store", str(store_dir), "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data["head"]["vars"] == ["actor", "label", "type", "aliases", "wikidata", "article"]
        kerry = next(b for b in data["results"]["bindings"] if b["label"]["value"] == "John Kerry")
        assert kerry["label"]["xml:lang"] == "de" and "Kerry" in kerry["aliases"]["value"].split(" | ")
        assert kerry["wikidata"]["value"] == "http://www.wikidata.org/entity/Q22316"
    elif fmt == "csv":
        assert result.stdout_bytes.startswith(b"actor,label,type,aliases,wikidata,article\r\n")
    else:
        assert "John Kerry" in result.stdout


def test_query_with_parameter_and_show(runner, store_dir):
    result = runner.invoke(cli, ["query", "outlet-claims", "--store", str(store_dir), "--param", "name=Washington Post",
                                 "--format", "csv"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 2
    shown = runner.invoke(cli, ["query", "outlet-claims", "--store", str(store_dir), "--param", 'name=x" } DROP ALL #', "--show"])
    assert shown.exit_code == 0 and '"x\\" } DROP ALL #"' in shown.stdout


def test_parameter_cannot_inject(runner, store_dir):
    before = quad_count(store_dir)
    result = runner.invoke(cli, ["query", "outlet-claims", "--store", str(store_dir), "--param",
                                 'name=x")) } } ; DROP ALL ; SELECT * { (("', "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.strip() == "sourceLabel,cue,claim,headline,article"
    assert quad_count(store_dir) == before


def test_query_sparql_text_and_file(runner, store_dir, tmp_path):
    text = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", str(store_dir), "--format", "csv"])
    assert text.exit_code == 0 and int(text.stdout.splitlines()[1]) > 100
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?a a schema:NewsArticle }")
    asked = runner.invoke(cli, ["query", str(rq), "--store", str(store_dir)])
    assert asked.exit_code == 0 and asked.stdout.strip() == "true"


@pytest.mark.parametrize("args, code", [
    (["query", "SELECT ?x WHERE { ?x ", "--store", "{store}"], "KG200"),
    (["query", "no-such-query", "--store", "{store}"], "KG200"),
    (["query", "actors", "--store", "{store}", "--param", "nonsense"], "KG200"),
    (["query", "actors", "--store", "{store}", "--param", "zzz=1"], "KG200"),
    (["query", "actors", "--store", "{missing}"], "KG300"),
])
def test_query_errors_are_one_line(runner, store_dir, tmp_path, args, code):
    args = [a.replace("{store}", str(store_dir)).replace("{missing}", str(tmp_path / "missing")) for a in args]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith("Error: ") and first.endswith(f"({code})")
    assert "Traceback" not in result.output


def test_queries_lists_canned_queries(runner):
    result = runner.invoke(cli, ["queries"])
    assert result.exit_code == 0
    for name in ("actors", "locations", "aid-offers", "sources", "outlet-claims"):
        assert name in result.stdout


@pytest.mark.parametrize("suffix, fmt", [("ttl", None), ("trig", "trig"), ("nt", None), ("jsonld", None), ("nq", None)])
def test_export(runner, store_dir, tmp_path, suffix, fmt):
    import rdflib

    out = tmp_path / f"graph.{suffix}"
    args = ["export", "--store", str(store_dir), "-o", str(out)] + (["--format", fmt] if fmt else [])
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    graph = rdflib.Dataset() if suffix in ("trig", "nq", "jsonld") else rdflib.Graph()
    graph.parse(out, format={"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[suffix])
    assert len(graph) > 100 or sum(1 for _ in graph.quads()) > 100


def test_export_unknown_extension(runner, store_dir, tmp_path):
    result = runner.invoke(cli, ["export", "--store", str(store_dir), "-o", str(tmp_path / "g.xyz")])
    assert result.exit_code == 1 and "(KG400)" in result.stderr


@pytest.mark.parametrize("suffix", ["html", "png", "graphml", "gexf"])
def test_graph(runner, store_dir, tmp_path, suffix):
    out = tmp_path / f"actors.{suffix}"
    result = runner.invoke(cli, ["graph", "--store", str(store_dir), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 500
    if suffix == "html":
        html = out.read_text("utf-8")
        assert "John Kerry" in html and "<script src=" not in html


def test_graph_around_actor_and_errors(runner, store_dir, tmp_path):
    result = runner.invoke(cli, ["graph", "--store", str(store_dir), "-o", str(tmp_path / "k.graphml"),
                                 "--actor", "John Kerry", "--hops", "1"])
    assert result.exit_code == 0, result.output
    missing = runner.invoke(cli, ["graph", "--store", str(store_dir), "-o", str(tmp_path / "k.graphml"), "--actor", "Nobody"])
    assert missing.exit_code == 1 and "(KG200)" in missing.stderr
    wrong = runner.invoke(cli, ["graph", "--store", str(store_dir), "-o", str(tmp_path / "k.doc")])
    assert wrong.exit_code == 1 and "(KG400)" in wrong.stderr


def test_validate(runner, store_dir):
    result = runner.invoke(cli, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("valid:")


def test_validate_reports_violations(runner, store_dir):
    import kg
    from rdflib import URIRef

    store = kg.open_store(str(store_dir))
    bad = URIRef("https://w3id.org/kg-news/id/article/broken")
    store.replace_article(bad, [(bad, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                 URIRef("https://schema.org/NewsArticle"))])
    store.close()
    del store
    result = runner.invoke(cli, ["validate", "--store", str(store_dir)])
    assert result.exit_code == 1
    assert "violation" in result.stdout and "(KG500)" in result.stderr


def test_articles(runner, store_dir):
    result = runner.invoke(cli, ["articles", "--store", str(store_dir)])
    assert result.exit_code == 0
    assert "Kampf um Falludscha" in result.stdout


def test_store_that_is_not_a_store(runner, tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("hi")
    result = runner.invoke(cli, ["build", str(EXAMPLE), "--store", str(tmp_path / "x")])
    assert result.exit_code == 1 and "(KG300)" in result.stderr
