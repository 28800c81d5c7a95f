"""Where the graph lives: an embedded Oxigraph store in a folder (remote stores to come)."""

from __future__ import annotations

import re

from uncac_kg.errors import StoreError
from uncac_kg.store.base import QueryResult, Store
from uncac_kg.store.embedded import EmbeddedStore

__all__ = ["EmbeddedStore", "QueryResult", "Store", "open_store"]


def open_store(location: str, *, create: bool = True) -> Store:
    """The store at ``location``: a folder path (an embedded store) or, later, an http(s) URL.

    ``create=False`` reports a folder without a store instead of creating one.
    """
    if re.match(r"https?://", location, flags=re.IGNORECASE):
        raise StoreError(f"remote stores are not supported yet: {location}")
    return EmbeddedStore(location, create=create)
