"""The query workers: answers, a worker that dies, a worker past its time limit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.jobs import Answer, QueryJob
from uncac_kg.endpoint.pool import WorkerPool

ASK = QueryJob("ASK {}")


@pytest.fixture
def pool() -> Iterator[WorkerPool]:
    workers = WorkerPool(1)
    try:
        yield workers
    finally:
        workers.close()
        workers.close()  # twice is harmless


def test_a_job_is_answered(pool: WorkerPool) -> None:
    answer = pool.run(ASK, 5, None, 5)
    assert isinstance(answer, Answer) and answer.boolean is True


def test_a_worker_that_dies_is_replaced(pool: WorkerPool) -> None:
    (process,) = pool._all
    process.process.kill()
    with pytest.raises(EndpointError) as ended:
        pool.run(ASK, 5, None, 5)
    assert ended.value.status == 503
    answer = pool.run(ASK, 5, None, 5)  # a new worker took its place
    assert isinstance(answer, Answer)
    assert pool._all and process not in pool._all


def test_errors_come_back_as_they_are(pool: WorkerPool) -> None:
    with pytest.raises(EndpointError) as refused:
        pool.run(QueryJob("SELEC nothing"), 5, None, 5)
    assert refused.value.status == 400 and "invalid SPARQL query" in refused.value.message
    assert isinstance(pool.run(ASK, 5, None, 5), Answer)  # the same worker goes on


def test_a_closed_pool_refuses_work() -> None:
    workers = WorkerPool(1)
    workers.close()
    with pytest.raises(EndpointError, match="shutting down"):
        workers.run(ASK, 5, None, 5)
