"""Fixtures of the endpoint's tests: the bundled report built once, and servers on it."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from server_process import server_process
from starlette.testclient import TestClient

from uncac_kg.endpoint import ServerOptions, create_app
from uncac_kg.pipeline import build
from uncac_kg.resources import examples_dir
from uncac_kg.settings import Settings

EXAMPLE = examples_dir() / "ungass2021-intersessional-2.txt"
DOC = "ungass2021-intersessional-2"
BASE = "https://w3id.org/uncac-kg/"
TOKEN = "test-token"


@contextmanager
def serving(store: Path, **options: Any) -> Iterator[TestClient]:
    """An in-process server on ``store``, started (its first snapshot served) and stopped."""
    settings = Settings(store=str(store))
    options = {"access_log": False, "poll_interval": 0.2, **options}
    app = create_app(store, settings, ServerOptions(**options))
    with TestClient(app) as client:
        deadline = time.monotonic() + 60
        while client.get("/health").status_code != 200:
            assert time.monotonic() < deadline, "the server did not become ready"
            time.sleep(0.05)
        yield client


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the bundled report, built once for the session."""
    store = tmp_path_factory.mktemp("endpoint") / "store"
    build([EXAMPLE], Settings(store=str(store)))
    return store


@pytest.fixture(scope="module")
def client(built_store: Path) -> Iterator[TestClient]:
    """A read-only server on the bundled report."""
    with serving(built_store) as running:
        yield running


@contextmanager
def live_server(store: Path, *arguments: str, log: Path | None = None) -> Iterator[str]:
    """``uncac-kg serve`` (as ``python -m uncac_kg.endpoint``) on a free port; its URL."""
    command = [sys.executable, "-m", "uncac_kg.endpoint", "--store", str(store), "--port", "0"]
    log_path = log or store.parent / f"serve-{time.monotonic_ns()}.log"
    with server_process([*command, *arguments], log_path) as url:
        yield url


@pytest.fixture(scope="session")
def live(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server on the bundled report in its own process (a copy of the store, so builds
    elsewhere in the session do not touch it); its URL."""
    store = tmp_path_factory.mktemp("live") / "store"
    shutil.copytree(built_store, store)
    with live_server(store, "--timeout", "3", "--no-access-log") as url:
        yield url


@pytest.fixture(scope="session")
def live_capped(
    live: str, tmp_path_factory: pytest.TempPathFactory, built_store: Path
) -> Iterator[str]:
    """A server process whose results are capped at 10 rows; its URL."""
    store = tmp_path_factory.mktemp("capped") / "store"
    shutil.copytree(built_store, store)
    with live_server(store, "--max-rows", "10", "--workers", "1", "--no-access-log") as url:
        yield url
