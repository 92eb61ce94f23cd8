"""kg: German news articles to an RDF knowledge graph of actors, places, aid offers, conflict
events and attributed claims, with provenance down to character offsets.

The Python API mirrors the CLI (``kg build``, ``kg query``, ...)::

    import kg
    store = kg.open_store("out/store")
    kg.build(["examples/falludscha-kerry.txt"], store=store)
    for row in kg.query(store, "aid-offers").rows:
        print(row["providerLabel"], row["recipientLabel"], row["aid"])
"""

__version__ = "0.1.0"

from kg.api import (  # noqa: E402
    BuildReport, actor_network, build, export, extract, load_nlp, query, to_rdf, validate,
)
from kg.article import Article, article_from_text, read_article  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.store import open_store  # noqa: E402

__all__ = [
    "Article", "BuildReport", "KgError", "actor_network", "article_from_text", "build", "export",
    "extract", "load_nlp", "open_store", "query", "read_article", "to_rdf", "validate",
]
