"""Store benchmarks: loading speed and canned-query latency, embedded Oxigraph vs rdflib vs HTTP.

1. Triples from N articles (10kGNAD, extracted once, or quads from an existing store: --from).
2. Loading into fresh embedded stores, in triples/s: ``bulk_replace`` (``Store.bulk_load``, not
   atomic), ``replace_articles`` (64 articles per transaction, as ``kg build`` writes; then again,
   replacing every graph) and ``replace_article`` (one transaction per article).
3. Canned queries, median of --runs runs, on the embedded store; on rdflib's in-memory
   ``Dataset`` (union default graph) loaded with the same quads, as a speed ratio; through
   ``kg serve`` (a thread) and through ``oxigraph serve`` (a subprocess on a copy of the store),
   both queried by kg's remote store (HTTP + JSON parsing included).

    .venv/bin/python bench/store.py --limit 200
    .venv/bin/python bench/store.py --from out/store
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

QUERIES = [
    ("actors", {}), ("locations", {}), ("aid-offers", {}), ("sources", {}),
    ("aid-across-articles", {}), ("actors-by-relations", {}),
    ("outlet-claims", {"name": "APA"}), ("actors-near-place", {"name": "Wien", "km": "300"}),
]
#: Left out unless asked for (--queries): on 300 10kGNAD articles actors-near-place took 249 s on
#: oxigraph serve (its union-default-graph join on places grows with the number of articles).
SLOW = {"actors-near-place"}


def load_graphs(args) -> list:
    import kg

    if args.source:
        store = kg.open_store(args.source, read_only=True)
        graphs: dict = {}
        for s, p, o, g in store.quads():
            graphs.setdefault(g, []).append((s, p, o))
        store.close()
        return list(graphs.items())
    from kg.corpus import iter_articles

    corpus = args.shared / "german-news" / "10kGNAD-test.csv"
    articles = islice(iter_articles([corpus], csv_format="10kgnad"), args.limit)
    report = kg.build(articles, store=None, dry_run=True, workers=args.workers)
    return [(g, t) for g, t in report.triples]


def median_ms(function, runs: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        count = function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), count


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=200, help="10kGNAD articles to extract (default 200)")
    parser.add_argument("--from", dest="source", help="take the quads from this store instead")
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--workers", type=int, default=1, help="spaCy processes for the extraction")
    parser.add_argument("--runs", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib (slow on big stores)")
    parser.add_argument("--queries", help="comma-separated canned queries (default: all but " + ", ".join(SLOW) + ")")
    parser.add_argument("--rdflib-timeout", type=float, default=60, help="seconds before giving up on an rdflib query")
    args = parser.parse_args()

    import rdflib
    from rdflib import URIRef

    from kg.queries import load_query
    from kg.rdf.vocab import PREFIXES
    from kg.store.base import ArticleGraph
    from kg.store.embedded import EmbeddedStore

    print(f"kg store benchmark, {os.cpu_count()} CPUs (shared with other jobs: treat as indicative)", flush=True)
    started = time.perf_counter()
    graphs = load_graphs(args)
    total = sum(len(t) for _, t in graphs)
    print(f"data: {len(graphs)} article graphs, {total:,} triples (prepared in {time.perf_counter() - started:.0f} s)",
          flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    processes = []
    try:
        # -- loading ----------------------------------------------------------------------------
        # Workers serialize each article's graph to N-Triples (kg.cluster); the writer only loads.
        def write_rate(label: str, write) -> object:
            started = time.perf_counter()
            result = write()
            seconds = time.perf_counter() - started
            print(f"{label}: {total / seconds:,.0f} triples/s ({seconds:.2f} s)", flush=True)
            return result

        articles = write_rate("serializing to N-Triples (in the workers)",
                              lambda: [ArticleGraph.of(URIRef(str(g)), t) for g, t in graphs])
        bulk = EmbeddedStore(tmp / "bulk")
        write_rate("bulk_replace (not atomic)", lambda: bulk.bulk_replace(articles))
        batched = EmbeddedStore(tmp / "batched")

        def in_batches():
            for first in range(0, len(articles), 64):
                batched.replace_articles(articles[first:first + 64])

        write_rate("replace_articles (64 articles per transaction, as kg build writes)", in_batches)
        write_rate("replace_articles again (every graph replaced: DROP + INSERT DATA)", in_batches)
        batched.close()
        atomic = EmbeddedStore(tmp / "atomic")
        write_rate("replace_article (rdflib triples, one transaction per article)",
                   lambda: [atomic.replace_article(URIRef(str(g)), t) for g, t in graphs])
        atomic.close()
        size = sum(p.stat().st_size for p in (tmp / "bulk").rglob("*") if p.is_file())
        print(f"store size: {size / 1e6:.1f} MB, {len(bulk):,} quads", flush=True)

        # -- the other engines ------------------------------------------------------------------
        dataset = None
        if not args.no_rdflib:
            started = time.perf_counter()
            dataset = rdflib.Dataset(default_union=True)
            for g, t in graphs:
                context = dataset.graph(URIRef(str(g)))
                for triple in t:
                    context.add(triple)
            print(f"rdflib Dataset load: {total / (time.perf_counter() - started):,.0f} triples/s", flush=True)

        from kg.server import serve_in_thread
        from kg.store.remote import RemoteStore

        bulk.close()
        shutil.copytree(tmp / "bulk", tmp / "oxcopy")
        embedded = EmbeddedStore(tmp / "bulk", read_only=True)
        server, thread = serve_in_thread(str(tmp / "bulk"), port=0, quiet=True)
        kg_serve = RemoteStore(server.url)
        oxigraph_store = None
        binary = Path(sys.executable).parent / "oxigraph"
        if binary.exists():
            port = free_port()
            process = subprocess.Popen([str(binary), "serve", "--location", str(tmp / "oxcopy"),
                                        "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
            processes.append(process)
            oxigraph_store = RemoteStore(f"http://127.0.0.1:{port}/query", retries=8, backoff=0.25)

        # -- queries: the HTTP engines first, rdflib last (it can take minutes on some queries) ----
        results = {}
        wanted = args.queries.split(",") if args.queries else [n for n, _ in QUERIES if n not in SLOW]
        for name, params in QUERIES:
            if name not in wanted:
                continue
            q = load_query(name)
            text, bindings = q.prepare(q.bind(params))
            ox_ms, rows = median_ms(lambda: len(list(embedded.query(text, bindings=bindings).rows)), args.runs)
            serve_ms, _ = median_ms(lambda: len(list(kg_serve.query(text, bindings=bindings).rows)), args.runs)
            oxs_ms = None
            if oxigraph_store is not None:
                oxs_ms, _ = median_ms(lambda: len(list(oxigraph_store.query(text, bindings=bindings).rows)), args.runs)
            results[name] = (text, bindings, rows, ox_ms, serve_ms, oxs_ms)
        server.shutdown()
        server.server_close()
        embedded.close()
        rdflib_cells = {}
        for name, (text, bindings, rows, ox_ms, _, _) in results.items():
            if dataset is None:
                rdflib_cells[name] = ("-", "-")
                continue
            outcome = {}

            def measure():
                try:
                    outcome["value"] = median_ms(lambda: len(list(dataset.query(text, initNs=PREFIXES,
                                                                                 initBindings=bindings))),
                                                 max(1, min(args.runs, 3)))
                except Exception as exc:  # rdflib's engine fails on some queries
                    outcome["error"] = type(exc).__name__

            worker = threading.Thread(target=measure, daemon=True)
            worker.start()
            worker.join(args.rdflib_timeout)
            if worker.is_alive():
                rdflib_cells[name] = (f"> {args.rdflib_timeout * 1000:.0f}", f"> {args.rdflib_timeout * 1000 / ox_ms:.0f}x")
                break  # the thread still runs: later rdflib timings would be skewed
            if "error" in outcome:
                rdflib_cells[name] = (f"error: {outcome['error']}", "-")
                continue
            rdf_ms, rdf_rows = outcome["value"]
            rdflib_cells[name] = (f"{rdf_ms:.1f}", f"{rdf_ms / ox_ms:.0f}x" + ("" if rdf_rows == rows else f" ({rdf_rows} rows!)"))
        columns = ["query", "rows", "oxigraph ms", "rdflib ms", "rdflib/oxigraph", "kg serve ms", "oxigraph serve ms"]
        print(" | ".join(columns), flush=True)
        for name, (_, _, rows, ox_ms, serve_ms, oxs_ms) in results.items():
            rdf_ms, ratio = rdflib_cells.get(name, ("not run", "-"))
            print(" | ".join([name, str(rows), f"{ox_ms:.1f}", rdf_ms, ratio, f"{serve_ms:.1f}",
                              f"{oxs_ms:.1f}" if oxs_ms is not None else "-"]), flush=True)
    finally:
        for process in processes:
            process.terminate()
            process.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
