"""``uncac-kg serve``: run the server (uvicorn) on the store, and say where it listens."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

import click

from uncac_kg.errors import StoreError, UncacKgError
from uncac_kg.settings import Settings
from uncac_kg.store.commands import remote_options
from uncac_kg.store.endpoints import is_url, resolve


@click.command(name="serve")
@click.option(
    "--store",
    metavar="DIR|URL",
    default=None,
    help="Folder of the embedded store, or the SPARQL query URL of a remote store.  "
    "[default: $UNCAC_KG_STORE, else graph/store]",
)
@remote_options
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--write-token",
    metavar="TOKEN",
    default=None,
    help="Accept writes (SPARQL Update, Graph Store PUT/POST/DELETE) that carry "
    "'Authorization: Bearer TOKEN'.  [default: $UNCAC_KG_WRITE_TOKEN, else read-only]",
)
@click.option(
    "--timeout",
    metavar="SECONDS",
    type=float,
    default=None,
    help="Time limit of a query; requests may ask for less.  [default: 10]",
)
@click.option(
    "--max-rows",
    metavar="N",
    type=int,
    default=None,
    help="Cap on result rows; a result cut there says so.  [default: 10000]",
)
@click.option(
    "--max-request-size",
    "max_request_bytes",
    metavar="BYTES",
    type=int,
    default=None,
    help="Cap on a request's body.  [default: 8388608]",
)
@click.option(
    "--workers",
    metavar="N",
    type=int,
    default=None,
    help="Query worker processes (queries run in parallel; none for a remote store).  [default: 2]",
)
@click.option(
    "--cors-origin",
    "cors_origins",
    metavar="ORIGIN",
    multiple=True,
    help="Let scripts from ORIGIN (or '*') call the server.  [default: CORS off]",
)
@click.option(
    "--allow-service",
    metavar="URL",
    multiple=True,
    help="Let SERVICE and LOAD call the endpoint URL (repeatable).  "
    "[default: $UNCAC_KG_ALLOWED_SERVICES, else none]",
)
@click.option("--access-log/--no-access-log", default=True, help="Log every request.")
def serve_command(
    store: str | None,
    update_url: str | None,
    gsp_url: str | None,
    host: str,
    port: int,
    access_log: bool,
    **given: Any,
) -> None:
    """Serve the knowledge graph over HTTP: SPARQL, linked data, search, a query UI.

    The server answers from snapshots of an embedded store, so `uncac-kg build`
    can run while it serves: the new data is served as soon as the build has
    finished. A remote store (a SPARQL query URL) is asked every question; its
    login comes from the environment (UNCAC_KG_USER and UNCAC_KG_PASSWORD, or
    UNCAC_KG_TOKEN), and the server does not start if the store cannot be reached.

    \b
    Examples:
      uncac-kg serve                                # http://127.0.0.1:8000/
      uncac-kg serve --store /tmp/kg --port 8080 --timeout 5
      UNCAC_KG_WRITE_TOKEN=s3cret uncac-kg serve    # accept writes with that token
      uncac-kg serve --store http://localhost:7878/query   # an Oxigraph server's data
    """
    import uvicorn

    from uncac_kg.endpoint.app import create_app
    from uncac_kg.endpoint.config import ServerOptions

    try:
        settings = Settings.from_env(store=store, update_url=update_url, gsp_url=gsp_url)
        overrides = {k: (v or None) if isinstance(v, tuple) else v for k, v in given.items()}
        options = ServerOptions.from_env(None, access_log=access_log, **overrides)
    except ValueError as error:
        raise UncacKgError(str(error)) from None
    if is_url(settings.store):
        check_remote(settings, writable=options.write_token is not None)
        shown = settings.store
    else:
        path = Path(settings.store)
        if not (path / "CURRENT").is_file():
            message = (
                f"no store at {path} yet: serving an empty graph until `uncac-kg build` makes one"
            )
            click.echo(f"uncac-kg: {message}", err=True)
        shown = str(path)
    app = create_app(settings.store, settings, options)
    config = uvicorn.Config(
        app, host=host, port=port, access_log=False, log_config=_log_config(), lifespan="on"
    )
    asyncio.run(_serve(uvicorn.Server(config), app.state.backend, shown))


def check_remote(settings: Settings, *, writable: bool) -> None:
    """Make sure the remote store at ``settings.store`` answers (and takes the login);
    ``StoreError`` with the reason otherwise. A server that accepts writes needs the
    store's update URL."""
    from uncac_kg.store.remote import RemoteStore

    endpoints = resolve(settings.store, update_url=settings.update_url, gsp_url=settings.gsp_url)
    if writable and not endpoints.update_url:
        raise StoreError(
            f"the store at {settings.store} has no known update URL, so writes cannot be "
            "accepted; give --update-url or set UNCAC_KG_UPDATE_URL"
        )
    with RemoteStore(endpoints) as remote:
        remote.query("ASK {}")


async def _serve(server: Any, backend: Any, store: str) -> None:
    """Run ``server``; once it listens and serves the data, print its URL."""

    async def announce() -> None:
        while not server.started or not backend.ready:
            if server.should_exit:
                return
            await asyncio.sleep(0.05)
        host, port = server.servers[0].sockets[0].getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        url = f"http://{shown}:{port}/"
        click.echo(f"uncac-kg: serving {store} at {url} (SPARQL endpoint {url}sparql)")
        sys.stdout.flush()

    task = asyncio.create_task(announce())
    try:
        await server.serve()
    finally:
        task.cancel()


def _log_config() -> dict[str, Any]:
    """uvicorn's logging, with the server's own loggers (access log included) on stderr."""
    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = {**LOGGING_CONFIG, "loggers": dict(LOGGING_CONFIG["loggers"])}
    config["loggers"]["uncac_kg"] = {
        "handlers": ["default"],
        "level": logging.INFO,
        "propagate": False,
    }
    return config
