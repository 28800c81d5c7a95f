"""The W3C SPARQL 1.1 Protocol, Graph Store Protocol and selected query-evaluation tests,
run against the server over HTTP (see ``w3c_runner.py`` and ``tests/data/w3c``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import TOKEN, serving
from w3c_runner import DATA, Outcome, Runner

SUITES = {
    "protocol": [DATA / "protocol" / "manifest.ttl"],
    "graph-store": [
        DATA / "graph-store-protocol" / "manifest-indirect.ttl",
        DATA / "graph-store-protocol" / "manifest-direct.ttl",
    ],
}


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    store = tmp_path_factory.mktemp("w3c") / "store"
    with serving(store, write_token=TOKEN) as client:
        yield Runner(client, TOKEN)


def _report(outcomes: list[Outcome]) -> str:
    failed = [o for o in outcomes if not o.passed]
    lines = [f"{len(outcomes) - len(failed)}/{len(outcomes)} passed"]
    lines += [f"  {o.name}: {o.reason}" for o in failed]
    print("\n".join(lines))
    return "\n".join(lines)


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_http_suites(runner: Runner, suite: str) -> None:
    outcomes = [o for m in SUITES[suite] for o in runner.run_http_manifest(suite, m)]
    assert outcomes
    assert all(o.passed for o in outcomes), _report(outcomes)


def test_query_evaluation(runner: Runner) -> None:
    outcomes = runner.run_query_evaluation(DATA / "query-eval" / "selected-tests.txt")
    assert len(outcomes) > 40
    assert all(o.passed for o in outcomes), _report(outcomes)
