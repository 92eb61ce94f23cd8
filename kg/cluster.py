"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

A worker loads the spaCy pipeline once (it is cached per process) and turns a batch of articles
into plain results: the article's graph name and its triples serialized as N-Triples
(:class:`~kg.store.base.ArticleGraph`). spaCy, extraction and the RDF mapping all run in the
worker; only the process running ``kg build`` touches the store, so the store's incremental
semantics (skip unchanged articles, replace changed ones, resume after a crash) are the same
whichever way extraction runs.

- :class:`Extractor`: in this process (``--workers 1``);
- :class:`ProcessExtractor`: ``--workers N`` local processes;
- :class:`DaskExtractor`: the workers of a Dask cluster (``--scheduler tcp://host:8786``);
  they need kg (and the pipeline, if it is a path) installed, ``pip install 'kg[cluster]'``.

Batches are handed out in order and a bounded number at a time, so a corpus of any size streams
through with bounded memory and results come back in corpus order.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from kg.article import Article
from kg.errors import ClusterError, one_line
from kg.store.base import ArticleGraph, Triple

#: A spaCy pipeline is not safe to share between threads, and a Dask worker may run several
#: tasks at once in threads: they take turns.
_PIPELINE_LOCK = threading.Lock()


@dataclass(frozen=True)
class Extracted:
    """One article as a worker sends it back."""

    source: str
    article: ArticleGraph
    triples: list[Triple] | None = None  # the rdflib triples, for dry runs only


def provenance_of(pipeline: str | None) -> str:
    """The pipeline description recorded in every graph (and compared to skip unchanged articles)."""
    from kg.api import _provenance, load_nlp

    return _provenance(load_nlp(pipeline))


def extract_batch(articles: list[Article], pipeline: str | None, keep_triples: bool = False) -> list[Extracted]:
    """Analyse, extract and map a batch of articles: the work of one task."""
    from kg.api import _gazetteer_of, _provenance, load_nlp
    from kg.extract import extract_record
    from kg.rdf import record_to_triples

    with _PIPELINE_LOCK:
        nlp = load_nlp(pipeline)
        gazetteer, provenance = _gazetteer_of(nlp), _provenance(nlp)
        results = []
        for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=len(articles)):
            record = extract_record(doc, article, gazetteer=gazetteer, pipeline=provenance)
            graph, triples = record_to_triples(record)
            results.append(Extracted(article.source or article.title, ArticleGraph.of(graph, triples),
                                     triples if keep_triples else None))
    return results


def _in_order(submit: Callable[[list[Article]], object], batches: Iterable[list[Article]],
              window: int) -> Iterator[list[Extracted]]:
    """Submit batches, at most ``window`` unfinished at a time, and yield their results in order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class Extractor:
    """Extraction in this process."""

    def __init__(self, *, pipeline: str | None = None, keep_triples: bool = False) -> None:
        self.pipeline = pipeline
        self.keep_triples = keep_triples

    def provenance(self) -> str:
        return provenance_of(self.pipeline)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Extracted]]:
        for batch in batches:
            yield extract_batch(batch, self.pipeline, self.keep_triples)

    def close(self, *, wait: bool = True) -> None:
        """Stop the workers: after the running batches are done, or at once (``wait=False``)."""

    def __enter__(self) -> "Extractor":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.close(wait=exc_type is None)  # after Ctrl-C or an error, what still runs is of no use


def _start_local_worker(pipeline: str | None) -> None:
    from kg.api import load_nlp

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    load_nlp(pipeline)  # once per worker; a forked worker inherits the parent's


class ProcessExtractor(Extractor):
    """Extraction in ``workers`` local processes."""

    def __init__(self, workers: int, *, pipeline: str | None = None, keep_triples: bool = False) -> None:
        from concurrent.futures import ProcessPoolExecutor

        super().__init__(pipeline=pipeline, keep_triples=keep_triples)
        self.workers = workers
        self._pool = ProcessPoolExecutor(workers, initializer=_start_local_worker, initargs=(pipeline,))

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Extracted]]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            yield from _in_order(lambda batch: self._pool.submit(extract_batch, batch, self.pipeline,
                                                                 self.keep_triples),
                                 batches, window=2 * self.workers)
        except BrokenProcessPool as exc:
            raise ClusterError("a worker process died while extracting",
                               hint="out of memory? try fewer --workers; build again to resume") from exc

    def close(self, *, wait: bool = True) -> None:
        if not wait:
            for process in list((self._pool._processes or {}).values()):  # no public way before Python 3.14
                process.terminate()
        self._pool.shutdown(wait=wait, cancel_futures=True)


class DaskExtractor(Extractor):
    """Extraction on the workers of a Dask cluster. ``scheduler`` is the scheduler's address
    (``tcp://host:8786``) or anything :class:`distributed.Client` takes, such as a ``LocalCluster``.

    :raises ClusterError: Dask is not installed, the scheduler does not answer within
        ``KG_DASK_TIMEOUT`` seconds (default 10), or no worker joins it in that time.
    """

    def __init__(self, scheduler, *, pipeline: str | None = None, keep_triples: bool = False) -> None:
        super().__init__(pipeline=pipeline, keep_triples=keep_triples)
        try:
            from distributed import Client
        except ImportError as exc:
            raise ClusterError("--scheduler needs Dask's distributed scheduler, which is not installed",
                               hint="pip install 'kg[cluster]' here and on the workers") from exc
        self.scheduler = scheduler
        timeout = float(os.environ.get("KG_DASK_TIMEOUT") or 10)
        if isinstance(scheduler, str):
            _check_address(scheduler)
        try:
            self._client = Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {one_line(exc)}",
                               hint="start one (dask scheduler; dask worker ADDRESS) or check the address") from exc
        try:
            self._client.wait_for_workers(1, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterError(f"the Dask scheduler at {scheduler} has no workers",
                               hint=f"start one: dask worker {scheduler}") from exc
        self.threads = sum(self._client.nthreads().values()) or 1

    def provenance(self) -> str:
        # Asked of a worker, which loads the pipeline now (and fails now if it cannot).
        return self._client.submit(provenance_of, self.pipeline, pure=False).result()

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Extracted]]:
        from distributed import KilledWorker

        try:
            yield from _in_order(lambda batch: self._client.submit(extract_batch, batch, self.pipeline,
                                                                   self.keep_triples, pure=False),
                                 batches, window=2 * self.threads)
        except KilledWorker as exc:
            raise ClusterError(f"Dask workers kept dying while extracting: {one_line(exc)}",
                               hint="look at the workers' logs (memory?); build again to resume") from exc

    def close(self, *, wait: bool = True) -> None:
        self._client.close()  # the scheduler drops the tasks of a client that leaves


def open_extractor(*, pipeline: str | None = None, workers: int = 1, scheduler=None,
                   keep_triples: bool = False) -> Extractor:
    """The extractor for ``kg build``'s options: a Dask cluster when ``scheduler`` is given, else
    ``workers`` local processes (this process for one)."""
    if scheduler is not None:
        return DaskExtractor(scheduler, pipeline=pipeline, keep_triples=keep_triples)
    if workers > 1:
        return ProcessExtractor(workers, pipeline=pipeline, keep_triples=keep_triples)
    return Extractor(pipeline=pipeline, keep_triples=keep_triples)


def _check_address(address: str) -> None:
    """A malformed address is refused here: given to a Dask client, it leaves one behind that
    complains at exit."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import get_backend

    try:
        scheme, location = parse_address(address)
        get_backend(scheme)
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except (ValueError, TypeError) as exc:
        raise ClusterError(f"{address!r} is not a Dask scheduler address: {one_line(exc)}",
                           hint="give it as tcp://host:8786") from exc
