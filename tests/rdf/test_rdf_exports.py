"""The public names of ``uncac_kg.rdf`` and ``uncac_kg.store``, pinned."""

from __future__ import annotations

import uncac_kg.rdf
import uncac_kg.store


def test_rdf_exports() -> None:
    assert sorted(uncac_kg.rdf.__all__) == [
        "IriMinter", "prefixes", "reference_quads", "safe_id", "shorten", "to_quads",
    ]  # fmt: skip
    assert all(hasattr(uncac_kg.rdf, name) for name in uncac_kg.rdf.__all__)


def test_store_exports() -> None:
    assert sorted(uncac_kg.store.__all__) == [
        "EmbeddedStore",
        "Endpoints",
        "QueryResult",
        "RemoteStore",
        "Store",
        "open_store",
    ]
    assert all(hasattr(uncac_kg.store, name) for name in uncac_kg.store.__all__)
