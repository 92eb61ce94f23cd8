"""Where graphs live: one interface (:class:`~kg.store.base.Store`), an embedded Oxigraph store on
disk, and (for teams) a SPARQL 1.1 endpoint."""

from __future__ import annotations

from kg.store.base import ArticleInfo, QueryResult, Store
from kg.store.embedded import EmbeddedStore


def open_store(location: str, *, read_only: bool = False, create: bool = True) -> Store:
    """Open the store at ``location``: a directory (embedded Oxigraph).

    :raises StoreError: it cannot be opened (locked by another process, not a store, missing
        while ``create`` is false).
    """
    return EmbeddedStore(location, read_only=read_only, create=create)


__all__ = ["open_store", "Store", "EmbeddedStore", "QueryResult", "ArticleInfo"]
