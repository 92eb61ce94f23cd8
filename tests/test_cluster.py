"""Extraction on a Dask cluster (``kg build --scheduler``): a local cluster with one worker process
must give the graphs a local build gives, written by this process into an embedded store or an
``oxigraph serve``, with the same incremental semantics."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli
from test_corpus import TEXTS, summary, write_jsonl
from test_remote_store import free_port, oxigraph  # noqa: F401 (a fixture)

pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster: one worker process with one thread, so the pipeline crosses a process boundary."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def quads(location: str) -> set[tuple[str, ...]]:
    """The store's quads without the build timestamps."""
    import kg

    store = kg.open_store(location, read_only=True)
    try:
        return {tuple(term.n3() for term in quad) for quad in store.quads() if not str(quad[1]).endswith("startedAtTime")}
    finally:
        store.close()


def build(*args) -> object:
    return CliRunner().invoke(cli, ["build", *map(str, args)])


@pytest.fixture(scope="module")
def local_build(tmp_path_factory, nlp):
    """The corpus built locally, the reference."""
    directory = tmp_path_factory.mktemp("local")
    corpus = write_jsonl(directory / "corpus.jsonl")
    result = build(corpus, "--store", directory / "store", "--quiet")
    assert result.exit_code == 0, result.output
    return corpus, quads(str(directory / "store"))


def test_cluster_build_into_embedded_store(scheduler, local_build, tmp_path):
    corpus, expected = local_build
    store = tmp_path / "store"
    first = build(corpus, "--store", store, "--scheduler", scheduler, "--quiet")
    assert first.exit_code == 0, first.output
    assert summary(first).startswith("3 built, 0 unchanged, 0 failed")
    assert quads(str(store)) == expected
    again = build(corpus, "--store", store, "--scheduler", scheduler, "--quiet")
    assert summary(again).startswith("0 built, 3 unchanged, 0 failed")


def test_cluster_build_into_sparql_server(scheduler, local_build, oxigraph, tmp_path):  # noqa: F811
    corpus, expected = local_build
    first = build(corpus, "--store", oxigraph, "--scheduler", scheduler, "--quiet")
    assert first.exit_code == 0, first.output
    assert quads(oxigraph) == expected
    changed = list(TEXTS)
    changed[2] = (changed[2][0], changed[2][1] + " Sie sprachen über die Ukraine.")
    write_jsonl(tmp_path / "corpus.jsonl", changed)
    again = build(tmp_path / "corpus.jsonl", "--store", oxigraph, "--scheduler", scheduler, "--quiet")
    assert summary(again).startswith("1 built, 2 unchanged, 0 failed")


def test_cluster_dry_run_gives_the_local_triples(scheduler, nlp, tmp_path):
    import kg
    from kg.corpus import iter_articles

    articles = list(iter_articles([write_jsonl(tmp_path / "c.jsonl")]))

    def triples(report):
        return {g: sorted((s.n3(), p.n3(), o.n3()) for s, p, o in t if not str(p).endswith("startedAtTime"))
                for g, t in report.triples}

    local = kg.build(articles, store=None, dry_run=True)
    remote = kg.build(articles, store=None, dry_run=True, scheduler=scheduler, batch_size=1)
    assert triples(remote) == triples(local) and len(triples(local)) == 3


def test_unreachable_scheduler_is_one_line_kg600(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_DASK_TIMEOUT", "1")
    corpus = write_jsonl(tmp_path / "c.jsonl")
    result = build(corpus, "--store", tmp_path / "store", "--scheduler", f"tcp://127.0.0.1:{free_port()}")
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.output and "(KG600)" in result.output
    assert "Traceback" not in result.output
    assert [line for line in result.output.splitlines() if line.startswith("Error:")] == \
        [result.output.splitlines()[0]]


def test_missing_dask_is_one_line_kg600(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now fails
    result = build(write_jsonl(tmp_path / "c.jsonl"), "--store", tmp_path / "store", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 1 and "(KG600)" in result.output and "kg[cluster]" in result.output
    assert "Traceback" not in result.output
