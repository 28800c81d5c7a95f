"""What every store offers: atomic replacement of named graphs and SPARQL queries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Protocol, Self

from pyoxigraph import Quad, QueryBoolean, QuerySolutions, QueryTriples

#: The result of a query: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).
QueryResult = QuerySolutions | QueryBoolean | QueryTriples


class Store(Protocol):
    """A quad store holding one named graph per document plus the reference graphs.

    Queries see the union of all named graphs as their default graph. Writes
    are atomic: when one fails, the store is exactly as it was before it.
    """

    location: str

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> int:
        """Make ``quads`` the whole content of the named graph ``graph``; the number stored."""
        ...

    def replace_graphs(self, graphs: Mapping[str, Iterable[Quad]]) -> int:
        """Replace several named graphs in one transaction; the number of quads stored."""
        ...

    def remove_graph(self, graph: str) -> bool:
        """Remove a named graph; whether it was there."""
        ...

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        ...

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of the named graphs."""
        ...

    def close(self) -> None:
        """Write everything to disk and release the store."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
