"""The default store: an Oxigraph database in a folder on disk (``graph/store``).

Oxigraph's RocksDB files admit one process at a time; a second process gets a
clear ``StoreError`` instead of RocksDB's lock message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Self

import pyoxigraph
from pyoxigraph import Quad

from uncac_kg.errors import QueryError, StoreError
from uncac_kg.store.base import QueryResult

# RocksDB writes this file first in every database folder it creates.
_MARKER = "CURRENT"


class EmbeddedStore:
    """An on-disk Oxigraph store; ``create=False`` refuses a folder that holds no store yet."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self.location = str(path)
        self._store: pyoxigraph.Store | None = self._open(create)

    def _open(self, create: bool) -> pyoxigraph.Store:
        path, marker = self.path, self.path / _MARKER
        if path.exists() and not path.is_dir():
            raise StoreError(f"the store at {path} is not a folder")
        if not marker.is_file():
            if not create:
                raise StoreError(f"no store at {path}; run `uncac-kg build` first")
            if path.is_dir() and any(path.iterdir()):
                raise StoreError(f"{path} holds other files, not a store; choose an empty folder")
        try:
            path.mkdir(parents=True, exist_ok=True)
            return pyoxigraph.Store(str(path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreError(f"the store at {path} is in use by another process") from None
            raise StoreError(f"cannot open the store at {path}: {error}") from None

    @property
    def store(self) -> pyoxigraph.Store:
        """The open pyoxigraph store."""
        if self._store is None:
            raise StoreError(f"the store at {self.path} is closed")
        return self._store

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> int:
        """Make ``quads`` the whole content of ``graph``, atomically; the number stored."""
        return self.replace_graphs({graph: quads})

    def replace_graphs(self, graphs: Mapping[str, Iterable[Quad]]) -> int:
        """Drop each graph and insert its quads, all in one SPARQL update (one transaction).

        The quads are gathered before the store is touched, so an input that
        fails midway leaves every graph as it was.
        """
        batches = {graph: list(quads) for graph, quads in graphs.items()}
        drops: list[str] = []
        blocks: list[str] = []
        for graph, quads in batches.items():
            name = pyoxigraph.NamedNode(graph)
            for quad in quads:
                if quad.graph_name != name:
                    raise ValueError(f"a quad for {quad.graph_name} given for the graph {graph}")
            drops.append(f"DROP SILENT GRAPH {name}")
            if quads:
                lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
                blocks.append(f"GRAPH {name} {{\n{lines}\n}}")
        if not drops:
            return 0
        update = " ;\n".join(drops)
        if blocks:
            update += " ;\nINSERT DATA {\n" + "\n".join(blocks) + "\n}"
        try:
            self.store.update(update)
        except (OSError, SyntaxError) as error:
            raise StoreError(f"cannot write to the store at {self.path}: {error}") from None
        return sum(len(quads) for quads in batches.values())

    def remove_graph(self, graph: str) -> bool:
        name = pyoxigraph.NamedNode(graph)
        if not self.store.contains_named_graph(name):
            return False
        self.store.remove_graph(name)
        return True

    def graphs(self) -> list[str]:
        return sorted(
            g.value for g in self.store.named_graphs() if isinstance(g, pyoxigraph.NamedNode)
        )

    def query(self, sparql: str) -> QueryResult:
        """Run ``sparql`` with the union of all named graphs as the default graph."""
        try:
            return self.store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"invalid SPARQL query: {_shorten(str(error))}") from None
        except OSError as error:
            raise StoreError(f"cannot read the store at {self.path}: {error}") from None

    def close(self) -> None:
        """Flush to disk and release the folder's lock (closing twice is harmless)."""
        if self._store is not None:
            self._store.flush()
            self._store = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _shorten(message: str, limit: int = 200) -> str:
    """The parser's message, its list of expected tokens cut to fit on a line."""
    if len(message) <= limit:
        return message
    return message[:limit].rsplit(", ", 1)[0] + ", …"
