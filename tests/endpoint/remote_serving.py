"""Helpers of the tests of ``uncac-kg serve --store URL``: a real Oxigraph server holding
the bundled report, the server on it (in-process or as a process), and a login gateway.

``oxigraph_server`` and ``free_port`` are the remote store tests' own
(``tests/store/test_remote.py``): ``oxigraph serve`` from the virtualenv on a free
port of 127.0.0.1, with a temporary folder.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

sys.path.append(str(Path(__file__).resolve().parents[1] / "store"))

from conftest import EXAMPLE
from server_process import server_process
from test_remote import free_port, oxigraph_server

from uncac_kg.endpoint import ServerOptions, create_app
from uncac_kg.settings import Settings

__all__ = [
    "build_into",
    "free_port",
    "login_gateway",
    "oxigraph_server",
    "serve_process",
    "serving_remote",
    "uncac_kg",
]


def uncac_kg() -> list[str]:
    """The ``uncac-kg`` command installed beside this Python."""
    script = Path(sys.executable).parent / "uncac-kg"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "uncac_kg"]


@contextlib.contextmanager
def example_on_oxigraph(folder: Path) -> Iterator[str]:
    """A real Oxigraph server with the bundled report, built by ``uncac-kg build --store``."""
    with oxigraph_server(folder) as url:
        build_into(url, EXAMPLE)
        yield url


def build_into(url: str, *reports: Path) -> str:
    """``uncac-kg build REPORT... --store URL``; its output."""
    done = subprocess.run(
        [*uncac_kg(), "build", *map(str, reports), "--store", url],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@contextlib.contextmanager
def serving_remote(url: str, ready: bool = True, **options: Any) -> Iterator[TestClient]:
    """An in-process server on the remote store at ``url``, started (and, with ``ready``,
    answering and indexed) and stopped."""
    settings = Settings(store=url)
    given = {"access_log": False, "remote_poll_interval": 0.3, **options}
    app = create_app(url, settings, ServerOptions(**given))
    with TestClient(app) as client:
        deadline = time.monotonic() + 60
        while ready and client.get("/health").status_code != 200:
            assert time.monotonic() < deadline, client.get("/health").text
            time.sleep(0.05)
        yield client


@contextlib.contextmanager
def serve_process(
    store: str, *arguments: str, log: Path, env: dict[str, str] | None = None
) -> Iterator[str]:
    """``uncac-kg serve --store STORE`` on a free port, once it serves; its URL."""
    command = [*uncac_kg(), "serve", "--store", store, "--port", "0", "--no-access-log"]
    with server_process([*command, *arguments], log, env) as url:
        yield url


@contextlib.contextmanager
def login_gateway(
    target: str, token: str, mount: str = "", seen: list[str] | None = None
) -> Iterator[str]:
    """A gateway in front of the store at ``target`` (its query URL) that lets through,
    to the store, only the requests carrying ``Authorization: Bearer token``, and
    answers 401 to the others, as stores behind a login do; the gateway's query URL.

    The store's paths are served under ``mount`` (``/ds``: ``/ds/query`` is the
    store's ``/query``, the layout of a Fuseki server); each request's path and
    query string is added to ``seen``.
    """
    origin = target.rsplit("/", 1)[0]

    class Gateway(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _relay(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            if seen is not None:
                seen.append(self.path)
            if self.headers.get("Authorization") != f"Bearer {token}":
                self._answer(401, b"", {"WWW-Authenticate": 'Bearer realm="store"'})
                return
            path = self.path.removeprefix(mount)
            request = urllib.request.Request(origin + path, data=body, method=self.command)
            for name in ("Accept", "Content-Type"):
                if self.headers.get(name):
                    request.add_header(name, self.headers[name])
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    status, data = response.status, response.read()
                    kind = response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as error:
                status, data, kind = error.code, error.read(), error.headers.get("Content-Type", "")
            self._answer(status, data, {"Content-Type": kind} if kind else {})

        def _answer(self, status: int, data: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = _relay

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{mount}/query"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
