"""The ``kg`` command line: thin commands over :mod:`kg.api`.

Every user error is one line on stderr, ``Error: <what> (KGnnn)``, maybe followed by a hint, and a
non-zero exit status; never a traceback (set ``KG_DEBUG=1`` to see one for a bug report).
"""

from __future__ import annotations

import io
import os
import sys
import traceback
from pathlib import Path

import click

from kg.errors import KgError, StoreError

STORE_OPTION = click.option("--store", "store_path", required=True, metavar="DIR|URL",
                            help="Store directory (created by kg build), or a SPARQL endpoint URL.")


class KgGroup(click.Group):
    """Turns kg's errors into one-line messages and exit codes."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"Error: {exc}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            ctx.exit(exc.exit_code if exc.exit_code else 1)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("Interrupted: what was committed before stays in the store.", err=True)
            ctx.exit(130)
        except Exception as exc:  # a bug: still no traceback for the user, unless asked for
            if os.environ.get("KG_DEBUG"):
                traceback.print_exc()
            click.echo(f"Error: internal error: {type(exc).__name__}: {exc} (KG999)", err=True)
            click.echo("Hint: run again with KG_DEBUG=1 and report the traceback", err=True)
            ctx.exit(70)


def _open(path: str, *, read_only: bool):
    """Open a store that is flushed and closed when the command ends, however it ends."""
    from kg.store import open_store

    store = open_store(path, read_only=read_only, create=not read_only)
    click.get_current_context().call_on_close(store.close)
    return store


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: German news articles to an RDF knowledge graph.

    Actors, places, offers of aid, conflict events and who said what, each traceable to its
    article, sentence and character offsets, in a SPARQL store.

    \b
    Example:
        kg build examples/falludscha-kerry.txt --store out/store
        kg query aid-offers --store out/store
    """


@cli.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--store", "store_path", required=True, metavar="DIR|URL",
              help="Store directory, or a SPARQL endpoint URL (http://host:7878/query).")
@click.option("--update-endpoint", metavar="URL", envvar="KG_UPDATE_ENDPOINT",
              help="SPARQL Update endpoint of a remote store [default: …/update next to …/query, "
              "else the store URL].")
@click.option("--pipeline", metavar="NAME|PATH", help="spaCy pipeline: kg's 'default' or 'accurate', a "
              "package name such as de_core_news_lg, a path, or blank:de.")
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of text files.")
@click.option("--csv-format", type=click.Choice(["header", "10kgnad"]), default="header", show_default=True,
              help="CSV corpus layout: a header row naming text, title, date, url, id; or 10kGNAD "
              "(label;text, ';'-delimited, no header).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Local processes for spaCy, extraction and RDF mapping (writes stay in this process).")
@click.option("--scheduler", metavar="ADDRESS", envvar="KG_SCHEDULER",
              help="Run extraction on a Dask cluster (tcp://host:8786) instead of --workers; needs "
              "kg[cluster] here and on the workers. Writes stay in this process.")
@click.option("--force", is_flag=True, help="Rebuild articles even if their text is unchanged.")
@click.option("--dry-run", is_flag=True, help="Print the triples as N-Triples instead of storing them.")
@click.option("-q", "--quiet", is_flag=True, help="No line per article; errors and the summary only.")
def build(files, store_path, update_endpoint, pipeline, encoding, csv_format, workers, scheduler, force, dry_run,
          quiet):
    """Extract articles into the store, one named graph per article.

    FILE is a UTF-8 text file (title on the first line), an .html page, a directory (its .txt,
    .html and .htm files, recursively), a glob, or a corpus file: .jsonl (one JSON object per
    line: text, and optionally title, date, url, id) or .csv (see --csv-format). Page furniture
    ("Mehr zum Thema", comment prompts, share buttons) is removed first. Building an article
    again replaces its graph; unchanged articles are skipped, so an interrupted build resumes
    where it stopped.

    \b
    Example:
        kg build news/*.txt --store out/store
        kg build corpus.jsonl --store out/store --workers 2 --quiet
        kg build corpus.jsonl --store http://localhost:7878/query --scheduler tcp://10.0.0.5:8786
        kg build 10kGNAD-test.csv --csv-format 10kgnad --store http://localhost:7878/query
        kg build article.html --store out/store --dry-run
    """
    import time

    from kg import api
    from kg.corpus import corpus_kind

    if dry_run:
        store = None
    else:
        from kg.store import open_store

        store = open_store(store_path, update_endpoint=update_endpoint)
        click.get_current_context().call_on_close(store.close)
    bar = None
    many = len(files) > 1 or any(Path(f).is_dir() or corpus_kind(Path(f)) or any(c in f for c in "*?[") for f in files)
    if many and not dry_run:
        from tqdm import tqdm

        from kg.corpus import count_articles

        bar = tqdm(total=count_articles(files, csv_format=csv_format), unit="article", file=sys.stderr,
                   disable=None, dynamic_ncols=True)
    if scheduler is None:
        api.load_nlp(pipeline)  # once (cached; forked workers inherit it): the rate below counts articles only
    started = time.perf_counter()
    try:
        report = api.build(files, store=store, pipeline=pipeline, encoding=encoding, force=force,
                           dry_run=dry_run, workers=workers, scheduler=scheduler, csv_format=csv_format,
                           progress=(lambda _source: bar.update()) if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()
    elapsed = time.perf_counter() - started
    if dry_run:
        from rdflib.term import Node

        def nt(term: Node) -> str:
            return term.n3()

        for graph, triples in report.triples:
            for s, p, o in triples:
                click.echo(f"{nt(s)} {nt(p)} {nt(o)} <{graph}> .")
    if not quiet:
        for source, graph, count in report.built:
            click.echo(f"{'would build' if dry_run else 'built'} {source}: {count} triples in <{graph}>", err=dry_run)
        for source, graph in report.unchanged:
            click.echo(f"unchanged {source}: <{graph}> (use --force to rebuild)")
    for source, error in report.failed:
        click.echo(f"Error: {error}", err=True)
        if error.hint:
            click.echo(f"Hint: {error.hint}", err=True)
    done = len(report.built) + len(report.unchanged)
    if many or quiet:
        click.echo(f"{len(report.built)} built, {len(report.unchanged)} unchanged, {len(report.failed)} failed "
                   f"in {elapsed:.1f} s ({done / elapsed if elapsed else 0:.1f} articles/s)", err=True)
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("query_spec", metavar="QUERY")
@STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="json and csv are the W3C SPARQL 1.1 results formats.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE as an RDF term (repeatable).")
@click.option("--show", is_flag=True, help="Print the query with its bound parameters and exit.")
def query(query_spec, store_path, fmt, params, show):
    """Run a canned query by name, a .rq file, or SPARQL text.

    \b
    Example:
        kg query aid-offers --store out/store
        kg query outlet-claims --store out/store --param name="Washington Post"
        kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --store out/store
    """
    from kg.errors import QueryError
    from kg.queries import load_query, write_result

    q = load_query(query_spec)
    values = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise QueryError(f"--param {item!r} is not NAME=VALUE")
        values[name.strip().lstrip("?$")] = value
    bindings = q.bind(values)
    if show:
        click.echo(q.show(bindings), nl=False)
        return
    store = _open(store_path, read_only=True)
    text, pre_bound = q.prepare(bindings)
    result = store.query(text, bindings=pre_bound)
    # newline="" keeps the CRLF line ends the W3C CSV results format prescribes.
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
    try:
        write_result(result, out, format=fmt)
    finally:
        out.detach()


@cli.command("queries")
def list_queries():
    """List the canned queries with what they answer and their parameters."""
    from kg.queries import canned_queries, load_query

    for name in canned_queries():
        q = load_query(name)
        click.echo(f"{name}\n    {q.description}")
        for p in q.parameters.values():
            click.echo(f"    --param {p.name}=<{p.type}>  {p.description}")


@cli.command()
@STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nt", "nquads", "jsonld", "rdfxml"]),
              help="RDF format; default from the file extension (.ttl .trig .nt .nq .jsonld .rdf).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
def export(store_path, fmt, output):
    """Export the whole graph as RDF. Turtle, N-Triples and RDF/XML hold the union of all
    article graphs; TriG, N-Quads and JSON-LD keep one named graph per article.

    \b
    Example:
        kg export --store out/store -o out/graph.ttl
        kg export --store out/store --format trig -o out/graph.trig
    """
    from kg import api

    store = _open(store_path, read_only=True)
    path = api.export(store, output, format=fmt)
    click.echo(f"wrote {path} ({path.stat().st_size:,} bytes)")


@cli.command()
@STORE_OPTION
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="File to write: .html (interactive, offline), .png, .svg, .graphml, .gexf.")
@click.option("--article", metavar="IRI", help="Only this article's graph (IRI, or kgid:article/… as `kg query` prints it).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only articles published on or before this date.")
@click.option("--relation", "relations", multiple=True,
              type=click.Choice(["offers_aid_to", "opposes", "fights", "captured", "cites", "represents"]),
              help="Only these relations and the actors they connect (repeatable).")
@click.option("--actor", metavar="LABEL", help="Only the neighbourhood of this actor (label, alias or IRI).")
@click.option("--hops", default=1, show_default=True, type=click.IntRange(0, 10), help="Neighbourhood radius.")
def graph(store_path, output, article, since, until, relations, actor, hops):
    """Draw the actor network: who offers aid to whom, who fights whom, who cites whom.

    Nodes are actors (and captured places), sized by mentions; edges are relations, weighted
    by their supporting sentences. Articles without a publication date are left out only when
    --since or --until is given.

    \b
    Example:
        kg graph --store out/store -o out/actors.html
        kg graph --store out/store -o out/kerry.png --actor "John Kerry" --hops 2
        kg graph --store out/store -o out/aid.gexf --relation offers_aid_to --since 2014-01-01
    """
    from kg import api
    from kg.errors import ExportError, QueryError
    from kg.network import describe_filters
    from kg.render import SUPPORTED_SUFFIXES, write_network

    if not output.lower().endswith(SUPPORTED_SUFFIXES):
        raise ExportError(f"cannot tell the format of {output}", hint="use one of: " + ", ".join(SUPPORTED_SUFFIXES))
    store = _open(store_path, read_only=True)
    filters = dict(article=article, since=since, until=until, relations=tuple(relations) or None, actor=actor, hops=hops)
    network = api.actor_network(store, **filters)
    if network.number_of_nodes() == 0:
        described = describe_filters(**filters)
        raise QueryError("no actors" + (f" match the filters ({described})" if described else " in the store"),
                         hint="widen the filters, or check the store with: kg articles --store DIR")
    try:
        path = write_network(network, output)
    except ValueError as exc:
        raise ExportError(str(exc)) from exc
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {path}: {network.number_of_nodes()} nodes, {network.number_of_edges()} relations")


@cli.command()
@STORE_OPTION
def validate(store_path):
    """Check the graph against the SHACL shapes in ontologies/shapes.ttl.

    Exits with status 1 and lists the violations if there are any.

    \b
    Example:
        kg validate --store out/store
    """
    from kg import api
    from kg.errors import ValidationFailed

    report = api.validate(_open(store_path, read_only=True))
    click.echo(report.summary())
    if not report.conforms:
        raise ValidationFailed(f"{len(report.violations)} SHACL violation(s)")


@cli.command()
@STORE_OPTION
def articles(store_path):
    """List the articles in the store: graph IRI, triples and headline."""
    store = _open(store_path, read_only=True)
    for info in store.articles():
        click.echo(f"{info.graph}\t{info.triples}\t{info.headline}")


@cli.command()
@click.option("--store", "store_path", required=True, metavar="DIR", help="Store directory to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--writable", is_flag=True, help="Accept SPARQL Update on /update (else 403 Forbidden).")
@click.option("--quiet", is_flag=True, help="No request log on stderr.")
def serve(store_path, host, port, writable, quiet):
    """Serve the store over the SPARQL 1.1 Protocol, for YASGUI or another kg.

    Queries on /query (GET or POST; JSON, XML, CSV, TSV results; Turtle or N-Triples graphs),
    updates on /update with --writable only. The default graph is the union of all article
    graphs, as in kg query.

    \b
    Example:
        kg serve --store out/store --port 7878
        kg query aid-offers --store http://127.0.0.1:7878/query
    """
    from kg.server import make_server

    if store_path.startswith(("http://", "https://")):
        raise StoreError("kg serve serves a store directory, not a URL")
    server = make_server(store_path, host=host, port=port, writable=writable, quiet=quiet)
    click.echo(f"kg serve: SPARQL endpoint {server.url} ({'read-write' if writable else 'read-only'}); "
               "Ctrl-C stops it", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
