"""The default store: an Oxigraph database in a folder on disk (``graph/store``).

Oxigraph's RocksDB files admit one process at a time; a second process gets a
clear ``StoreError`` instead of RocksDB's lock message.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Self

import pyoxigraph
from pyoxigraph import Quad, RdfFormat

from uncac_kg.errors import QueryError, StoreError
from uncac_kg.store.base import QueryResult

# RocksDB writes this file first in every database folder it creates.
_MARKER = "CURRENT"
# Lists the graphs a bulk load is adding; removed once they are all on disk (see add_graphs).
_PENDING = "uncac-kg-pending-graphs.json"


class StoreInUseError(StoreError):
    """Another process holds the store (RocksDB's lock)."""


class EmbeddedStore:
    """An on-disk Oxigraph store; ``create=False`` refuses a folder that holds no store yet.

    ``lock_wait`` is how many seconds to keep trying while another process holds
    the store (by default none: ``StoreInUseError`` at once). A server that writes
    to the store for a moment, or a build that should wait for one, sets it.
    """

    def __init__(self, path: str | Path, *, create: bool = True, lock_wait: float = 0.0) -> None:
        self.path = Path(path)
        self.location = str(path)
        deadline = time.monotonic() + lock_wait
        while True:
            try:
                self._store: pyoxigraph.Store | None = self._open(create)
                break
            except StoreInUseError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(min(0.1, max(deadline - time.monotonic(), 0.0)))
        self._drop_pending()

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
                raise StoreInUseError(f"the store at {path} is in use by another process") from None
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

    def add_graphs(self, graphs: Mapping[str, Iterable[Quad]]) -> int:
        """Add graphs the store does not hold yet with Oxigraph's bulk loader: all or none.

        Much faster than ``replace_graphs`` for many quads, and as safe: the graphs'
        names are written to a file in the store's folder before loading and removed
        once the load is on disk; if the load fails, the graphs are removed, and if
        the process dies, the next process to open the store removes them. A graph
        the store already holds is refused (``replace_graphs`` replaces one).
        """
        encoded: dict[str, bytes] = {}
        count = 0
        for graph, quads in graphs.items():
            name, batch = pyoxigraph.NamedNode(graph), list(quads)
            for quad in batch:
                if quad.graph_name != name:
                    raise ValueError(f"a quad for {quad.graph_name} given for the graph {graph}")
            encoded[graph] = pyoxigraph.serialize(batch, format=RdfFormat.N_QUADS) or b""
            count += len(batch)
        self.add_nquads(encoded)
        return count

    def add_nquads(self, graphs: Mapping[str, bytes]) -> None:
        """``add_graphs`` for graphs given as N-Quads, each holding quads of its graph only.

        That is not checked: this is for N-Quads the program serialized itself from
        its own quads (``add_graphs`` checks, then serializes). Oxigraph parses and
        loads without holding Python's global lock, so other threads run meanwhile.
        """
        names = [pyoxigraph.NamedNode(graph) for graph in graphs]
        held = [name.value for name in names if self.store.contains_named_graph(name)]
        if held:
            raise ValueError(f"the store already holds the graph {held[0]}")
        if not names:
            return
        pending = self.path / _PENDING
        _write_synced(pending, json.dumps([name.value for name in names]))
        try:
            data = b"".join(graphs.values())
            self.store.bulk_load(data, format=RdfFormat.N_QUADS, lenient=True)
        except BaseException:
            self._remove_graphs(names)
            pending.unlink()
            raise
        pending.unlink()

    def _drop_pending(self) -> None:
        """Remove the graphs of a bulk load that did not finish (see ``add_graphs``)."""
        pending = self.path / _PENDING
        if pending.is_file():
            graphs = json.loads(pending.read_text(encoding="utf-8"))
            self._remove_graphs([pyoxigraph.NamedNode(graph) for graph in graphs])
            pending.unlink()

    def _remove_graphs(self, names: Iterable[pyoxigraph.NamedNode]) -> None:
        for name in names:
            if self.store.contains_named_graph(name):
                self.store.remove_graph(name)

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


def _write_synced(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` and wait until it is on disk."""
    with path.open("w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())


def _shorten(message: str, limit: int = 200) -> str:
    """The parser's message, its list of expected tokens cut to fit on a line."""
    if len(message) <= limit:
        return message
    return message[:limit].rsplit(", ", 1)[0] + ", …"
