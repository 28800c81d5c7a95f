"""``uncac-kg build`` while the server answers: the build neither fails nor waits, the
server keeps answering from what it had, then from the new data, without a restart."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
from conftest import EXAMPLE, live_server

COUNT = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/uncac-kg/ontology#Document> }"
COPIES = 2


def documents(url: str) -> int:
    response = httpx.get(f"{url}sparql", params={"query": COUNT}, timeout=10)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_build_while_serving(built_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(built_store, store)
    reports = tmp_path / "reports"
    reports.mkdir()
    for i in range(COPIES):
        shutil.copy(EXAMPLE, reports / f"copy-{i}.txt")
    with live_server(store, "--no-access-log") as url:
        assert documents(url) == 1
        build = subprocess.Popen(
            [sys.executable, "-m", "uncac_kg", "build", str(reports), "--store", str(store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        seen = []
        while build.poll() is None:
            seen.append(documents(url))  # every query answered while the build runs
            dump = httpx.get(f"{url}store", headers={"accept": "application/n-quads"}, timeout=10)
            assert dump.status_code == 200
        _, errors = build.communicate()
        assert build.returncode == 0, errors
        assert "in use" not in errors
        assert seen and seen[0] == 1  # the old data, while the build held the store
        deadline = time.monotonic() + 20
        while documents(url) != 1 + COPIES:
            assert time.monotonic() < deadline, "the server did not pick up the new build"
            time.sleep(0.2)
        assert set(seen) <= {1, 1 + COPIES}  # never a half-built store
        page = httpx.get(f"{url}doc/copy-0", headers={"accept": "text/html"}, timeout=10)
        assert page.status_code == 200 and 'id="p31"' in page.text
        hits = httpx.get(f"{url}search", params={"q": "SIDNA", "format": "json"}, timeout=10)
        deadline = time.monotonic() + 20
        while hits.json().get("total") != 1 + COPIES:  # the search index follows
            assert time.monotonic() < deadline, hits.text
            time.sleep(0.2)
            hits = httpx.get(f"{url}search", params={"q": "SIDNA", "format": "json"}, timeout=10)
