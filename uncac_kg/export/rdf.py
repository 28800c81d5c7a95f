"""RDF exports of the store: every named graph (the reports and the reference graphs), or the
graphs of some reports, in any RDF format of ``uncac_kg.formats``.

N-Quads, TriG and JSON-LD keep the graphs apart and are written graph by graph,
so a large store is never held in memory at once. Turtle, N-Triples and RDF/XML
hold one graph: exporting several merges them (``merged`` says so). JSON-LD is
compacted with ``ontology/context.jsonld`` (see ``jsonld``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import IO

from pyoxigraph import Quad, Triple, serialize

from uncac_kg import formats
from uncac_kg.errors import QueryError, UncacKgError
from uncac_kg.export.jsonld import context, context_file, write_jsonld
from uncac_kg.formats import Format, Kind
from uncac_kg.rdf import IriMinter, prefixes
from uncac_kg.rdf.iris import RESERVED_IDS
from uncac_kg.store import Store
from uncac_kg.store.commands import graph_quads

_NO_CONTEXT = (
    "ontology/context.jsonld is missing: JSON-LD compacted with the prefixes of "
    "uncac_kg.rdf.namespaces instead"
)


@dataclass(frozen=True, slots=True)
class RdfExport:
    """What an export wrote: the graphs it holds, notes for the user and, from
    ``export_rdf``, the data itself."""

    graphs: tuple[str, ...]
    merged: bool  # several graphs written as one
    notes: tuple[str, ...] = ()
    data: bytes = b""


def export_rdf(
    store: Store, fmt: Format, *, base_iri: str, documents: Sequence[str] = ()
) -> RdfExport:
    """The store's named graphs (only those of ``documents``, if given) in ``fmt``, in memory."""
    buffer = io.BytesIO()
    written = write_rdf(store, fmt, buffer, base_iri=base_iri, documents=documents)
    return replace(written, data=buffer.getvalue())


def write_rdf(
    store: Store, fmt: Format, out: IO[bytes], *, base_iri: str, documents: Sequence[str] = ()
) -> RdfExport:
    """Write the store's named graphs (only those of ``documents``, if given) in ``fmt``."""
    if fmt.kind is not Kind.GRAPH:
        raise QueryError(f"{fmt.name} is not an RDF format")
    graphs = tuple(_graphs(store, base_iri, documents))
    if fmt.name == "jsonld":
        write_jsonld(_each(store, graphs), context(base_iri), out)
        return RdfExport(graphs, False, () if context_file().is_file() else (_NO_CONTEXT,))
    rdf_format = formats.rdf_format(fmt)
    shown = prefixes()  # no prefix for the base IRI: its local names would need escapes
    if rdf_format.supports_datasets:
        for _, quads in _each(store, graphs):
            out.write(serialize(quads, format=rdf_format, prefixes=shown) or b"")
        return RdfExport(graphs, False)
    triples = list(
        dict.fromkeys(
            Triple(q.subject, q.predicate, q.object)
            for _, quads in _each(store, graphs)
            for q in quads
        )
    )
    out.write(serialize(triples, format=rdf_format, prefixes=shown) or b"")
    if len(graphs) <= 1:
        return RdfExport(graphs, False)
    note = (
        f"{fmt.description} holds one graph: the {len(graphs)} named graphs are merged "
        "(nq, trig or jsonld keep them apart)"
    )
    return RdfExport(graphs, True, (note,))


def _each(store: Store, graphs: Sequence[str]) -> Iterator[tuple[str, list[Quad]]]:
    """Each graph with its quads, read one graph at a time."""
    for graph in graphs:
        yield graph, graph_quads(store, graph)


def _graphs(store: Store, base_iri: str, documents: Sequence[str]) -> list[str]:
    """The named graphs to export: all of them, or those of ``documents``."""
    present = store.graphs()
    if not documents:
        return present
    minter = IriMinter(base_iri)
    wanted = [minter.graph(document).value for document in documents]
    missing = [d for d, g in zip(documents, wanted, strict=True) if g not in present]
    if missing:
        prefix = minter.graph("x").value[:-1]
        reports = [g[len(prefix) :] for g in present if g.startswith(prefix)]
        known = [r for r in reports if r not in RESERVED_IDS]
        raise UncacKgError(
            f"no report called {', '.join(repr(m) for m in missing)} in the store "
            f"(reports: {', '.join(known) or 'none'})"
        )
    return list(dict.fromkeys(wanted))
