"""The application factory: ``create_app(store, settings)`` gives the whole server as ASGI.

Routes, in the order they are tried::

    /                      the query UI (YASGUI), one tab per stored query
    /sparql, /update       SPARQL 1.1 Protocol (query; update with the write token);
                           /query too, so that clients of Oxigraph's server layout work
    /store[/...]           SPARQL 1.1 Graph Store HTTP Protocol
    /queries[/<name>]      stored queries as REST (JSON or CSV)
    /search                full-text search over paragraphs
    /documents             the reports
    /health, /openapi.json readiness, and the API's description
    /.well-known/void      the dataset's VoID description
    /dump                  the whole dataset (N-Quads, TriG or JSON-LD)
    /static/...            the UI's files (vendored: no CDN)
    /<anything else>       the IRI base + path, dereferenced (HTML or RDF)
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from uncac_kg.endpoint import openapi
from uncac_kg.endpoint.backend import Backend, SnapshotBackend
from uncac_kg.endpoint.config import ServerOptions
from uncac_kg.endpoint.dump import dataset_dump
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.graph_store import graph_store
from uncac_kg.endpoint.limits import RequestSizeLimit
from uncac_kg.endpoint.linked_data import resource, void_description
from uncac_kg.endpoint.protocol import sparql_endpoint, update_endpoint
from uncac_kg.endpoint.remote_backend import RemoteBackend
from uncac_kg.endpoint.responses import EXPOSED_HEADERS, error_response
from uncac_kg.endpoint.rest import list_queries, run_stored_query
from uncac_kg.endpoint.views import documents, home, search
from uncac_kg.settings import Settings
from uncac_kg.store.endpoints import is_url, resolve

STATIC = Path(__file__).parent / "static"
WRITES = ["GET", "PUT", "POST", "DELETE"]
access_log = logging.getLogger("uncac_kg.endpoint.access")


def create_app(
    store: str | os.PathLike[str], settings: Settings, options: ServerOptions | None = None
) -> Starlette:
    """The server for the store at ``store``: the folder of an embedded store, or the
    SPARQL query URL of a remote store.

    The server never holds an embedded store: it serves snapshots of it (see
    ``uncac_kg.endpoint.snapshots``), so ``uncac-kg build`` can run meanwhile.
    A folder without a store yet is served as an empty dataset until one appears.
    A remote store is asked every question (see ``uncac_kg.endpoint.remote_backend``);
    its update and Graph Store URLs are ``settings``' or derived from its query URL,
    its login comes from the environment. Raises ``StoreError`` for a URL that
    cannot name a store.
    """
    options = options or ServerOptions()
    backend = open_backend(os.fspath(store), settings, options)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await backend.start()
        try:
            yield
        finally:
            await backend.close()

    routes = [
        Route("/", home, methods=["GET"]),
        Route("/sparql", sparql_endpoint, methods=["GET", "POST"], name="sparql"),
        Route("/sparql/", sparql_endpoint, methods=["GET", "POST"]),
        Route("/query", sparql_endpoint, methods=["GET", "POST"]),  # Oxigraph server's layout
        Route("/update", update_endpoint, methods=["POST"], name="update"),
        Route("/update/", update_endpoint, methods=["POST"]),
        Route("/store", graph_store, methods=WRITES, name="store"),
        Route("/store/{path:path}", graph_store, methods=WRITES),
        Route("/queries", list_queries, methods=["GET"]),
        Route("/queries/{name:path}", run_stored_query, methods=["GET"]),
        Route("/search", search, methods=["GET"]),
        Route("/documents", documents, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/openapi.json", openapi_json, methods=["GET"]),
        Route("/.well-known/void", void_description, methods=["GET"]),
        Route("/dump", dataset_dump, methods=["GET", "HEAD"], name="dump"),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
        Route("/{path:path}", resource, methods=["GET"]),
    ]
    middleware = []
    if options.access_log:
        middleware.append(Middleware(AccessLog))
    if options.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(options.cors_origins),
                allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE"],
                allow_headers=["Accept", "Authorization", "Content-Type"],
                expose_headers=list(EXPOSED_HEADERS),
            )
        )
    middleware.append(Middleware(RequestSizeLimit, max_bytes=options.limits.max_request_bytes))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={EndpointError: error_response},
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.settings = settings
    app.state.options = options
    return app


def open_backend(store: str, settings: Settings, options: ServerOptions) -> Backend:
    """The backend for ``store``: a remote store's for an http(s) URL, else the snapshots'."""
    if is_url(store):
        endpoints = resolve(store, update_url=settings.update_url, gsp_url=settings.gsp_url)
        return RemoteBackend(endpoints, options, settings.base_iri)
    return SnapshotBackend(Path(store), options)


async def health(request: Request) -> Response:
    """200 once the data is served (with what it holds), 503 before or while it cannot be."""
    backend: Backend = request.app.state.backend
    return JSONResponse(backend.health(), status_code=200 if backend.ready else 503)


async def openapi_json(request: Request) -> Response:
    """The OpenAPI description."""
    return JSONResponse(openapi.document(str(request.base_url)))


class AccessLog:
    """ASGI middleware: one line per request (client, request line, status, size, time)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status, size = 500, 0

        async def counting(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting)
        finally:
            client = scope.get("client") or ("-", 0)
            query = scope.get("query_string", b"").decode("latin-1")
            target = scope["path"] + (f"?{query[:200]}" if query else "")
            access_log.info(
                '%s "%s %s HTTP/%s" %d %d %.1fms',
                client[0],
                scope["method"],
                target,
                scope.get("http_version", "1.1"),
                status,
                size,
                (time.perf_counter() - started) * 1000,
            )
