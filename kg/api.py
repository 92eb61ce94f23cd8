"""kg's Python API. The CLI is a thin layer over these functions, so a notebook and
``kg build`` produce the same triples."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import networkx as nx
from rdflib import URIRef
from spacy.language import Language

from kg.article import Article, article_from_text
from kg.cluster import Extracted, open_extractor
from kg.errors import KgError
from kg.extract import ArticleRecord, extract_record
from kg.nlp import load_pipeline, pipeline_description
from kg.nlp.gazetteer import load_gazetteer
from kg.queries import Query, load_query
from kg.rdf import record_to_triples
from kg.rdf.iris import article_iri
from kg.rdf.mapping import Triple
from kg.store.base import QueryResult, Store


@lru_cache(maxsize=4)
def load_nlp(pipeline: str | None = None) -> Language:
    """The spaCy pipeline with kg's components (cached per process). ``pipeline`` is a package
    name, a path, ``"blank:de"`` or None for kg's default."""
    return load_pipeline(pipeline)


def _gazetteer_of(nlp: Language):
    if "kg_gazetteer" in nlp.pipe_names:
        return nlp.get_pipe("kg_gazetteer").gazetteer
    return load_gazetteer()


def extract(article: Article | str, *, nlp: Language | None = None, pipeline: str | None = None) -> ArticleRecord:
    """Analyse one article (an :class:`Article` or its text, title on the first line)."""
    nlp = nlp or load_nlp(pipeline)
    if isinstance(article, str):
        article = article_from_text(article)
    doc = nlp(article.text)
    return extract_record(doc, article, gazetteer=_gazetteer_of(nlp), pipeline=_provenance(nlp))


def _provenance(nlp: Language) -> str:
    from kg import __version__

    return f"{pipeline_description(nlp)} kg-{__version__}"


def to_rdf(record: ArticleRecord) -> tuple[URIRef, list[Triple]]:
    """The article's graph name and triples."""
    return record_to_triples(record)


@dataclass
class BuildReport:
    """What ``build`` did, file by file."""

    built: list[tuple[str, str, int]] = field(default_factory=list)  # (source, graph, triples)
    unchanged: list[tuple[str, str]] = field(default_factory=list)  # (source, graph)
    failed: list[tuple[str, KgError]] = field(default_factory=list)
    triples: list[tuple[str, list[Triple]]] = field(default_factory=list)  # only with dry_run

    @property
    def ok(self) -> bool:
        return not self.failed


def build(
    sources: Iterable[str | Path | Article],
    *,
    store: Store | None,
    pipeline: str | None = None,
    encoding: str = "utf-8",
    force: bool = False,
    dry_run: bool = False,
    batch_size: int = 16,
    workers: int = 1,
    scheduler: str | None = None,
    csv_format: str = "header",
    progress: Callable[[str | None], None] | None = None,
) -> BuildReport:
    """Read, analyse and store articles, each into its own named graph.

    ``sources`` are article files, directories, globs and corpus files (``.jsonl``, ``.csv``;
    see :mod:`kg.corpus`), or :class:`Article` objects; they are streamed, never all held in
    memory. Bad files and corpus rows are reported in :attr:`BuildReport.failed` and never touch
    the store. An article whose text and pipeline are unchanged is skipped (``force`` rebuilds
    it); a changed one replaces its graph. Articles are written in batches, each article
    atomically, so a run that is killed part-way can simply be started again. With ``dry_run``
    nothing is written and the triples are returned in the report instead.

    Extraction (spaCy, kg's rules and the RDF mapping) runs in ``batch_size`` batches: in this
    process, in ``workers`` local processes, or on the Dask cluster whose scheduler address is
    ``scheduler`` (see :mod:`kg.cluster`); writes stay in this process. ``progress`` is called
    once per article with its source, once per failed source with None.
    """
    from kg.corpus import iter_articles

    report = BuildReport()
    keep_triples = dry_run or store is None

    def failed(source: str, error: KgError) -> None:
        report.failed.append((source, error))
        if progress:
            progress(None)

    with open_extractor(pipeline=pipeline, workers=workers, scheduler=scheduler, keep_triples=keep_triples) as extractor:
        provenance = extractor.provenance()

        def batches() -> Iterator[list[Article]]:
            articles = iter_articles(sources, encoding=encoding, csv_format=csv_format, on_error=failed)
            while batch := list(islice(articles, batch_size)):
                if store is not None and not force and not dry_run:
                    batch = _changed(store, batch, provenance, report, progress)
                if batch:
                    yield batch

        def built(extracted: Extracted) -> None:
            report.built.append((extracted.source, extracted.article.graph, extracted.article.count))
            if keep_triples:
                report.triples.append((extracted.article.graph, extracted.triples))
            if progress:
                progress(extracted.source)

        writer = _Writer(store, on_written=built)
        try:
            for results in extractor.map(batches()):
                for extracted in results:
                    if keep_triples:  # nothing to write
                        built(extracted)
                    else:
                        writer.add(extracted)
        except BaseException:
            writer.flush_after_failure()  # what was extracted before Ctrl-C or an error is kept
            raise
        writer.flush()
    return report


class _Writer:
    """Collects extracted articles and writes them in batches: one or two transactions per
    batch instead of one per article, each article still atomic. A batch is written when it
    holds :attr:`ARTICLES` articles or :attr:`TRIPLES` triples, or :attr:`SECONDS` after the
    last write, so a crash loses little work."""

    ARTICLES = 64
    TRIPLES = 50_000
    SECONDS = 2.0

    def __init__(self, store: Store | None, *, on_written: Callable[[Extracted], None]) -> None:
        self.store, self.on_written = store, on_written
        self.pending: list[Extracted] = []
        self.triples = 0
        self.written_at = time.monotonic()
        self.broken = False

    def add(self, extracted: Extracted) -> None:
        self.pending.append(extracted)
        self.triples += extracted.article.count
        if len(self.pending) >= self.ARTICLES or self.triples >= self.TRIPLES or \
                time.monotonic() - self.written_at >= self.SECONDS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        self.broken = True  # until the write returns
        self.store.replace_articles([extracted.article for extracted in self.pending])
        self.broken = False
        for extracted in self.pending:
            self.on_written(extracted)
        self.pending, self.triples, self.written_at = [], 0, time.monotonic()

    def flush_after_failure(self) -> None:
        """Write what is pending unless writing is what failed."""
        if not self.broken and self.store is not None:
            self.flush()


_STORED = """SELECT ?g ?hash ?pipeline WHERE { VALUES ?g { %s } GRAPH ?g {
  ?g <https://w3id.org/kg-news/ontology#contentHash> ?hash ;
     <http://www.w3.org/ns/prov#wasGeneratedBy> ?x . ?x <https://w3id.org/kg-news/ontology#pipeline> ?pipeline } }"""


def _changed(store: Store, batch: list[Article], provenance: str, report: BuildReport, progress) -> list[Article]:
    """The articles of ``batch`` whose text or pipeline differ from what the store holds (one
    query for the batch); the others are reported unchanged."""
    graphs = [article_iri(article.identity) for article in batch]
    stored = {(str(row["g"]), str(row["hash"]), str(row["pipeline"]))
              for row in store.query(_STORED % " ".join(f"<{g}>" for g in graphs)).rows}
    changed = []
    for graph, article in zip(graphs, batch):
        if (str(graph), article.content_hash, provenance) in stored:
            report.unchanged.append((article.source or article.title, str(graph)))
            if progress:
                progress(article.source or article.title)
        else:
            changed.append(article)
    return changed


def query(store: Store, spec: str | Query, params: dict[str, str] | None = None) -> QueryResult:
    """Run a canned query by name ("aid-offers"), a ``.rq`` path, or SPARQL text, with
    parameters bound as RDF terms."""
    q = spec if isinstance(spec, Query) else load_query(spec)
    text, bindings = q.prepare(q.bind(params or {}))
    return store.query(text, bindings=bindings)


def export(store: Store, path: str | Path, *, format: str | None = None) -> Path:
    """Write the whole graph to ``path``; the format defaults to the file extension."""
    from kg.errors import ExportError
    from kg.store.base import EXPORT_FORMATS

    path = Path(path)
    if format is None:
        by_extension = {ext: name for name, (ext, _) in EXPORT_FORMATS.items()} | {"json": "jsonld", "xml": "rdfxml"}
        format = by_extension.get(path.suffix.lstrip(".").lower())
        if format is None:
            raise ExportError(f"cannot tell the format of {path.name}", hint="pass --format: " + ", ".join(EXPORT_FORMATS))
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    store.export(path, format=format)
    return path


def actor_network(store: Store, **filters) -> nx.MultiDiGraph:
    """The actor network (see :func:`kg.network.actor_network`)."""
    from kg.network import actor_network as build_network

    return build_network(store, **filters)


def validate(store: Store):
    """SHACL validation of the whole graph (see :func:`kg.validation.validate_store`)."""
    from kg.validation import validate_store

    return validate_store(store)


__all__ = ["BuildReport", "actor_network", "build", "export", "extract", "load_nlp", "query",
           "to_rdf", "validate"]
