"""HTTP load: a mix of stored queries sent by 1 or more concurrent clients, for a bounded time.

Each client is a thread with one kept-alive connection that sends SPARQL
queries (``POST``, ``application/sparql-query``, results asked for as SPARQL
JSON) in a fixed rotation, until the run has sent ``max_requests`` or spent
``max_seconds``. Servers run on 127.0.0.1 as subprocesses:

- ``oxigraph serve-read-only --union-default-graph`` (the ``oxigraph`` package),
- ``uncac-kg serve`` when that command exists (``uncac-kg serve --help`` succeeds).
"""

from __future__ import annotations

import http.client
import itertools
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
ACCEPT = "application/sparql-results+json"
START_TIMEOUT = 600.0  # a server may load a large snapshot before it answers


@dataclass(frozen=True)
class Server:
    """A running server: its name, SPARQL query URL and the seconds it took to be ready."""

    name: str
    url: str
    ready_seconds: float


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _post(connection: http.client.HTTPConnection, path: str, query: str) -> tuple[int, bytes]:
    connection.request(
        "POST",
        path,
        body=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": ACCEPT},
    )
    response = connection.getresponse()
    return response.status, response.read()


def load(
    url: str,
    queries: Sequence[str],
    clients: int,
    *,
    max_requests: int,
    max_seconds: float,
    request_timeout: float = 300.0,
) -> dict[str, Any]:
    """Send the queries in rotation from ``clients`` threads; latencies and throughput."""
    parts = urlsplit(url)
    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    failures: list[str] = []
    deadline = time.perf_counter() + max_seconds

    def client() -> None:
        connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1", parts.port, timeout=request_timeout
        )
        try:
            while time.perf_counter() < deadline:
                index = next(counter)
                if index >= max_requests:
                    return
                clock = time.perf_counter()
                try:
                    status, body = _post(connection, parts.path, queries[index % len(queries)])
                except (OSError, http.client.HTTPException) as error:
                    connection.close()
                    with lock:
                        failures.append(f"{type(error).__name__}: {error}")
                    continue
                seconds = time.perf_counter() - clock
                with lock:
                    if status == 200:
                        latencies.append(seconds)
                    else:
                        failures.append(f"HTTP {status}: {body[:200]!r}")
        finally:
            connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)

    def percentile(share: float) -> float | None:
        if not ordered:
            return None
        return ordered[min(int(share * len(ordered) + 0.999999) - 1, len(ordered) - 1)]

    return {
        "clients": clients,
        "requests": len(ordered),
        "failures": len(failures),
        "first_failure": failures[0] if failures else None,
        "seconds": elapsed,
        "rps": len(ordered) / elapsed if elapsed else 0.0,
        "p50": percentile(0.50),
        "p99": percentile(0.99),
    }


def _get(url: str) -> int:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", parts.path)
        return connection.getresponse().status
    finally:
        connection.close()


def _wait_until_ready(
    url: str, process: subprocess.Popen[bytes], timeout: float, health: str | None = None
) -> float:
    """Wait until the server answers a query from its data (and ``health`` says 200: the
    server has finished starting, search index included); the seconds it took."""
    parts = urlsplit(url)
    started = time.monotonic()
    deadline = started + timeout
    answering = False
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode}")
        try:
            if not answering:
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                status, body = _post(connection, parts.path, "ASK { ?s ?p ?o }")
                connection.close()
                answering = status == 200 and b"true" in body  # from the data
            if answering and (health is None or _get(health) == 200):
                return time.monotonic() - started
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server was not ready at {url} within {timeout:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def oxigraph_server(store: Path) -> Iterator[Server]:
    """``oxigraph serve-read-only`` on ``store``, every query over the union of the graphs."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    command = [binary, "serve-read-only", "--location", str(store)]
    command += ["--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        ready = _wait_until_ready(url, process, START_TIMEOUT)
        yield Server("oxigraph serve", url, ready)
    finally:
        _stop(process)


def uncac_serve_help(executable: Path) -> str | None:
    """The help of ``uncac-kg serve``, or None when the command does not exist."""
    try:
        done = subprocess.run(
            [str(executable), "serve", "--help"], capture_output=True, text=True, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


@contextmanager
def uncac_server(executable: Path, store: Path, help_text: str) -> Iterator[Server]:
    """``uncac-kg serve`` on ``store``, without the limits meant for the public (row cap,
    short timeout) where the command has such options, so both servers do the same work."""
    port = free_port()
    command = [str(executable), "serve", "--store", str(store)]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    for option, value in (("--max-rows", "100000000"), ("--timeout", "600")):
        if re.search(rf"{option}\b", help_text):
            command += [option, value]
    if "--no-access-log" in help_text:
        command.append("--no-access-log")
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        ready = _wait_until_ready(url, process, START_TIMEOUT, f"http://127.0.0.1:{port}/health")
        yield Server("uncac-kg serve", url, ready)
    finally:
        _stop(process)
