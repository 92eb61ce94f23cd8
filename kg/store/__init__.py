"""Where graphs live: one interface (:class:`~kg.store.base.Store`), an embedded Oxigraph store on
disk, and (for teams) a SPARQL 1.1 endpoint."""

from __future__ import annotations

from kg.store.base import ArticleInfo, QueryResult, Store
from kg.store.embedded import EmbeddedStore
from kg.store.remote import RemoteStore, is_endpoint


def open_store(location: str, *, read_only: bool = False, create: bool = True,
               update_endpoint: str | None = None) -> Store:
    """Open the store at ``location``: a directory (embedded Oxigraph) or the URL of a SPARQL 1.1
    query endpoint (``http://localhost:7878/query``; updates go to ``update_endpoint``, by default
    ``KG_UPDATE_ENDPOINT`` or ``…/update`` next to ``…/query``).

    :raises StoreError: it cannot be opened (locked by another process, not a store, missing
        while ``create`` is false, the endpoint does not answer).
    """
    location = str(location)
    if is_endpoint(location):
        return RemoteStore(location, update_endpoint=update_endpoint, read_only=read_only)
    return EmbeddedStore(location, read_only=read_only, create=create)


__all__ = ["open_store", "Store", "EmbeddedStore", "RemoteStore", "QueryResult", "ArticleInfo"]
