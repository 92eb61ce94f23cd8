"""End-to-end build throughput: articles/s, words/s, peak RSS and store size, with 1 and 2 workers.

Corpora: the 10kGNAD test split (1,028 DER STANDARD articles) and the texts of the quotation
attribution dev set. Each configuration runs in a fresh process (so peak RSS is its own) and
builds into a fresh embedded store; the pipeline load is timed separately. CPU seconds are
this process's and its workers' (user + system): words per CPU second is the per-core speed,
which a busy machine slows down less than it slows down words per second.

    .venv/bin/python bench/build.py                 # everything
    .venv/bin/python bench/build.py --limit 200     # quick
    .venv/bin/python bench/build.py --workers 1,2 --corpus 10kgnad --shared /work/shared/data
    .venv/bin/python bench/build.py --scheduler tcp://127.0.0.1:8786 --workers 1 --limit 200
    .venv/bin/python bench/build.py --stages --limit 150    # where one worker's time goes
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

CORPORA = {
    "10kgnad": ("german-news/10kGNAD-test.csv", {"csv_format": "10kgnad"}),
    "quotes": ("quote-attribution-de/dev.jsonl.gz", {"text_field": "originalText"}),
}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_one(corpus: str, workers: int, limit: int | None, shared: Path, scheduler: str | None = None) -> dict:
    """One configuration, in this process."""
    import kg
    from kg.api import load_nlp
    from kg.corpus import iter_articles

    relative, options = CORPORA[corpus]
    started = time.perf_counter()
    load_nlp()
    load_seconds = time.perf_counter() - started
    counted = {"articles": 0, "words": 0}

    def articles():
        for article in islice(iter_articles([shared / relative], **options), limit):
            counted["articles"] += 1
            counted["words"] += len(article.text.split())
            yield article

    def cpu_seconds() -> float:  # this process and its (finished) workers
        return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        store = kg.open_store(str(Path(tmp) / "store"))
        started, cpu_started = time.perf_counter(), cpu_seconds()
        report = kg.build(articles(), store=store, workers=workers, scheduler=scheduler, force=True)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu_started  # the workers have exited: their time is counted
        triples = sum(count for _, _, count in report.built)
        store.close()
        size = dir_size(Path(tmp) / "store")
        # RocksDB's write-ahead log (*.log) is most of a freshly written store; the tables are the data
        tables = sum(p.stat().st_size for p in (Path(tmp) / "store").glob("*.sst"))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "corpus": corpus, "workers": workers, "articles": counted["articles"], "words": counted["words"],
        "built": len(report.built), "failed": len(report.failed), "triples": triples,
        "seconds": round(seconds, 1), "articles_per_s": round(counted["articles"] / seconds, 2),
        "words_per_s": round(counted["words"] / seconds), "load_s": round(load_seconds, 1),
        "cpu_s": round(cpu, 1), "words_per_cpu_s": round(counted["words"] / cpu),
        "peak_rss_mb": round(own), "peak_rss_worker_mb": round(children) if workers > 1 else None,
        "store_mb": round(size / 1e6, 1), "tables_mb": round(tables / 1e6, 1),
    }


def stage_times(corpus: str, limit: int | None, shared: Path) -> None:
    """Where one worker's time goes: spaCy, kg's extraction, RDF mapping, N-Triples, writing."""
    from kg.api import _gazetteer_of, _provenance, load_nlp
    from kg.corpus import iter_articles
    from kg.extract import extract_record
    from kg.rdf import record_to_triples
    from kg.store.base import ArticleGraph
    from kg.store.embedded import EmbeddedStore

    relative, options = CORPORA[corpus]
    nlp = load_nlp()
    gazetteer, provenance = _gazetteer_of(nlp), _provenance(nlp)
    articles = list(islice(iter_articles([shared / relative], **options), limit or 150))
    words = sum(len(article.text.split()) for article in articles)
    seconds: dict[str, float] = {}

    def timed(stage: str, work):
        started = time.perf_counter()
        result = work()
        seconds[stage] = time.perf_counter() - started
        return result

    docs = timed("spaCy", lambda: list(nlp.pipe([a.text for a in articles], batch_size=16)))
    records = timed("extraction", lambda: [extract_record(d, a, gazetteer=gazetteer, pipeline=provenance)
                                           for d, a in zip(docs, articles)])
    graphs = timed("RDF mapping", lambda: [record_to_triples(record) for record in records])
    serialized = timed("N-Triples", lambda: [ArticleGraph.of(graph, triples) for graph, triples in graphs])
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        timed("writing", lambda: [store.replace_articles(serialized[i:i + 64]) for i in range(0, len(serialized), 64)])
        store.close()
    total = sum(seconds.values())
    print(f"{len(articles)} articles, {words:,} words, {total:.1f} s, load average {os.getloadavg()[0]:.1f}")
    for stage, spent in seconds.items():
        print(f"{stage:12} {spent:7.2f} s {100 * spent / total:5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="articles per corpus (default: all)")
    parser.add_argument("--shared", type=Path, default=Path("/work/shared/data"), help="shared data directory")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--corpus", default=",".join(CORPORA), help="comma-separated: " + ", ".join(CORPORA))
    parser.add_argument("--scheduler", help="extract on this Dask cluster (its CPU time is not counted)")
    parser.add_argument("--stages", action="store_true", help="time each stage of one worker instead")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stages:
        stage_times(args.corpus.split(",")[0], args.limit, args.shared)
        return
    if args.one:
        print(json.dumps(run_one(args.corpus, int(args.workers), args.limit, args.shared, args.scheduler)))
        return
    print(f"kg build benchmark, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} (words per CPU second "
          "stays meaningful on a shared machine)", flush=True)
    header = ("corpus", "workers", "articles", "words", "triples", "seconds", "articles/s", "words/s",
              "CPU s", "words per CPU s", "load s", "peak RSS MB", "worker RSS MB", "store MB", "of it tables MB",
              "failed")
    print(" | ".join(header), flush=True)
    for corpus in args.corpus.split(","):
        for workers in [int(w) for w in args.workers.split(",")]:
            command = [sys.executable, __file__, "--one", "--corpus", corpus, "--workers", str(workers),
                       "--shared", str(args.shared)] + (["--limit", str(args.limit)] if args.limit else []) + \
                (["--scheduler", args.scheduler] if args.scheduler else [])
            out = subprocess.run(command, capture_output=True, text=True)
            if out.returncode:
                print(f"{corpus} workers={workers}: failed\n{out.stderr[-2000:]}", flush=True)
                continue
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(" | ".join(str(x) for x in (r["corpus"], r["workers"], r["articles"], r["words"], r["triples"],
                                              r["seconds"], r["articles_per_s"], r["words_per_s"], r["cpu_s"],
                                              r["words_per_cpu_s"], r["load_s"],
                                              r["peak_rss_mb"], r["peak_rss_worker_mb"] or "-", r["store_mb"], r["tables_mb"],
                                              r["failed"])) + f" | load average {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
