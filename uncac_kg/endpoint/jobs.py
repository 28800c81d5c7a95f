"""The work the server hands to its query workers, and what they hand back.

Plain frozen dataclasses: they cross the pipe to a worker process pickled.
Terms travel in the SPARQL 1.1 JSON results shape (``{"type": "uri", "value": ...}``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: An RDF term in the SPARQL JSON results shape.
JsonTerm = dict[str, object]


@dataclass(frozen=True, slots=True)
class Dataset:
    """The RDF dataset a request names (protocol ``default-graph-uri``/``named-graph-uri``)."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class QueryJob:
    """Run a query over the loaded snapshot and serialize its result.

    ``results_format`` and ``graph_format`` name the formats (from ``uncac_kg.formats``)
    for SELECT/ASK and for CONSTRUCT/DESCRIBE; None where the client accepts none,
    which becomes 406 once the query's form is known.
    """

    sparql: str
    base_iri: str | None = None
    union_default: bool = True
    dataset: Dataset | None = None
    results_format: str | None = "json"
    graph_format: str | None = "ttl"
    max_rows: int = 10_000
    timeout: float = 10.0
    substitutions: tuple[tuple[str, JsonTerm], ...] = ()
    prefixes: tuple[tuple[str, str], ...] = ()
    #: Keep only the solutions whose variable has this value (its lexical form or IRI).
    filters: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """A serialized query result: ``rows`` solutions or triples, cut at the cap if
    ``truncated``; ``boolean`` for ASK."""

    kind: str  # "results" or "graph"
    format: str
    body: bytes
    rows: int = 0
    truncated: bool = False
    boolean: bool | None = None


@dataclass(frozen=True, slots=True)
class DumpJob:
    """Serialize one graph of the snapshot (None: the default graph) or, with
    ``whole``, the whole dataset. ``exists`` is checked first: 404 when missing."""

    format: str
    graph: str | None = None
    whole: bool = False


@dataclass(frozen=True, slots=True)
class WriteJob:
    """Change the on-disk store: a SPARQL update, or a Graph Store Protocol write
    (``put``, ``post`` or ``delete`` of ``graph``; None is the default graph) of the
    RDF in ``parts``. The worker then writes a snapshot to ``snapshot``."""

    store: Path
    operation: str  # "update", "put", "post" or "delete"
    update: str = ""
    graph: str | None = None
    parts: tuple[tuple[str, bytes], ...] = ()  # (media type, data) of each part of the body
    base_iri: str | None = None
    timeout: float = 10.0
    snapshot: Path = Path()  # set by the server: where the new snapshot goes


@dataclass(frozen=True, slots=True)
class Written:
    """What a write did: whether the graph was created, existed, and the new snapshot."""

    created: bool
    existed: bool
    snapshot: Path
    quads: int
    signature: tuple[tuple[str, int, int], ...] | None = None


@dataclass(frozen=True, slots=True)
class IndexJob:
    """Build the full-text search index of the loaded snapshot into ``path``."""

    path: Path


@dataclass(frozen=True, slots=True)
class LoadJob:
    """Answer from the snapshot ``path`` (``generation``) from now on."""

    path: Path
    generation: int


def uri(iri: str) -> JsonTerm:
    """An IRI as a term (to bind a query's variable to)."""
    return {"type": "uri", "value": iri}
