"""The HTTP service: SPARQL 1.1 Protocol, Graph Store Protocol, UI, linked-data pages, search.

``create_app(store, settings, options)`` builds the ASGI application;
``uncac-kg serve`` runs it. Importing this package is light: query workers
(separate processes) import only what they need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from uncac_kg.endpoint.app import create_app
    from uncac_kg.endpoint.config import ServerOptions
    from uncac_kg.endpoint.limits import Limits

__all__ = ["Limits", "ServerOptions", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from uncac_kg.endpoint.app import create_app

        return create_app
    if name == "ServerOptions":
        from uncac_kg.endpoint.config import ServerOptions

        return ServerOptions
    if name == "Limits":
        from uncac_kg.endpoint.limits import Limits

        return Limits
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
