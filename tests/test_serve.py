"""``kg serve``: the embedded store over the SPARQL 1.1 Protocol, queried by HTTP clients and by kg."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from conftest import EXAMPLE
from kg.cli import cli
from test_remote_store import CANNED, free_port, normalised, run, stop, wait_ready


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, nlp):
    directory = tmp_path_factory.mktemp("served") / "store"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--store", str(directory)])
    assert result.exit_code == 0, result.output
    return str(directory)


@pytest.fixture(scope="module")
def served(store_dir):
    """A read-only kg serve in a thread, on a free port."""
    from kg.server import serve_in_thread

    server, thread = serve_in_thread(store_dir, port=0, quiet=True)
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def http(url, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.mark.parametrize("accept, media, start", [
    (None, "application/sparql-results+json", '{"head":{"vars":["n"]}'),
    ("application/sparql-results+json", "application/sparql-results+json", '{"head"'),
    ("application/sparql-results+xml", "application/sparql-results+xml", "<?xml"),
    ("text/csv", "text/csv", "n\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", "?n\n"),
    ("text/html;q=0.9, text/csv;q=0.5, */*;q=0.1", "text/csv", "n\r\n"),
])
def test_select_content_negotiation(served, accept, media, start):
    status, content_type, body = http(served + "?" + urllib.parse.urlencode({"query": COUNT}),
                                      headers={"Accept": accept} if accept else {})
    assert status == 200 and content_type.startswith(media) and body.startswith(start)


def test_union_default_graph(served, seed_store):
    status, _, body = http(served + "?" + urllib.parse.urlencode({"query": COUNT}))
    count = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert count == len(seed_store)


def test_post_form_and_direct_and_construct(served):
    construct = "CONSTRUCT { ?a schema:headline ?h } WHERE { ?a schema:headline ?h }"
    form = urllib.parse.urlencode({"query": construct}).encode()
    status, content_type, body = http(served, data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/n-triples"})
    assert status == 200 and content_type.startswith("application/n-triples") and "Falludscha" in body
    status, content_type, body = http(served, data=construct.encode(), headers={
        "Content-Type": "application/sparql-query"})
    assert status == 200 and content_type.startswith("text/turtle") and "schema:headline" in body
    status, _, body = http(served, data=b"ASK { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"})
    assert json.loads(body)["boolean"] is True


def test_errors(served):
    status, _, body = http(served + "?query=" + urllib.parse.quote("SELECT ?x WHERE { ?x"))
    assert status == 400 and "malformed" in body
    status, _, _ = http(served + "?" + urllib.parse.urlencode({"query": COUNT}), headers={"Accept": "image/png"})
    assert status == 406
    status, _, _ = http(served.replace("/query", "/nothing"))
    assert status == 404


def test_read_only_refuses_updates(served):
    update = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    status, _, body = http(served.replace("/query", "/update"), data=update,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and "read-only" in body
    result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--store", served, "--force"])
    assert result.exit_code == 1 and "(KG300)" in result.output and "HTTP 403" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name, params", CANNED)
def test_kg_client_against_kg_serve(served, store_dir, name, params):
    assert normalised(run("query", name, "--store", served, "--format", "json", *params)) == \
        normalised(run("query", name, "--store", store_dir, "--format", "json", *params))


def test_kg_client_commands(served, store_dir, tmp_path):
    assert run("articles", "--store", served) == run("articles", "--store", store_dir)
    assert run("validate", "--store", served) == run("validate", "--store", store_dir)
    run("export", "--store", served, "-o", str(tmp_path / "g.nq"))
    run("export", "--store", store_dir, "-o", str(tmp_path / "l.nq"))
    assert sorted((tmp_path / "g.nq").read_text().splitlines()) == sorted((tmp_path / "l.nq").read_text().splitlines())


def test_writable_serve_takes_a_build(tmp_path, nlp, store_dir):
    from kg.server import serve_in_thread

    server, thread = serve_in_thread(str(tmp_path / "fresh"), port=0, writable=True, quiet=True)
    try:
        result = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--store", server.url])
        assert result.exit_code == 0 and result.output.startswith("built "), result.output
        assert normalised(run("query", "aid-offers", "--store", server.url, "--format", "json")) == \
            normalised(run("query", "aid-offers", "--store", store_dir, "--format", "json"))
        again = CliRunner().invoke(cli, ["build", str(EXAMPLE), "--store", server.url])
        assert again.output.startswith("unchanged")
        import kg
        from rdflib import URIRef

        remote = kg.open_store(server.url)
        graph = URIRef(remote.articles()[0].graph)
        assert remote.remove_article(graph) is True and remote.remove_article(graph) is False
        assert remote.articles() == [] and len(remote) == 0
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_serve_command_in_a_subprocess(store_dir):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", store_dir, "--port", str(port),
                                "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query"
    try:
        wait_ready(url, process)
        assert run("query", "ASK { ?a a schema:NewsArticle }", "--store", url).strip() == "true"
    finally:
        stop(process)


def test_serve_errors(tmp_path, store_dir):
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "(KG300)" in result.output
    from kg.server import serve_in_thread

    server, thread = serve_in_thread(store_dir, port=0, quiet=True)
    try:
        port = server.server_address[1]
        result = CliRunner().invoke(cli, ["serve", "--store", store_dir, "--port", str(port)])
        assert result.exit_code == 1 and "(KG300)" in result.output and "cannot listen" in result.output
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
