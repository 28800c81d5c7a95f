"""Where the graph lives: an embedded Oxigraph store in a folder, or a remote SPARQL store."""

from __future__ import annotations

from collections.abc import Mapping

from uncac_kg.store.base import QueryResult, Store
from uncac_kg.store.embedded import EmbeddedStore
from uncac_kg.store.endpoints import Endpoints, is_url, resolve
from uncac_kg.store.remote import RemoteStore

__all__ = ["EmbeddedStore", "Endpoints", "QueryResult", "RemoteStore", "Store", "open_store"]


def open_store(
    location: str,
    *,
    create: bool = True,
    update_url: str | None = None,
    gsp_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Store:
    """The store at ``location``: a folder path (an embedded store) or an http(s) SPARQL URL.

    ``create=False`` reports a folder without a store instead of creating one.
    For a URL (the store's SPARQL query endpoint), ``update_url`` and ``gsp_url``
    override the update and Graph Store URLs that ``UNCAC_KG_UPDATE_URL`` and
    ``UNCAC_KG_GSP_URL`` give or the server's known layout implies; the
    login comes from the environment (see ``uncac_kg.store.endpoints``).
    Nothing is sent until the store is first used.
    """
    if is_url(location):
        return RemoteStore(
            resolve(location, update_url=update_url, gsp_url=gsp_url, environ=environ)
        )
    return EmbeddedStore(location, create=create)
