"""``uncac-kg export``: the store as RDF, or one of its projections as a network file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import click

from uncac_kg import formats
from uncac_kg.analysis.catalog import DEFAULT_SEED, METRICS
from uncac_kg.analysis.options import (
    filter_options,
    filters_from,
    projection_option,
    settings_for,
    store_option,
)
from uncac_kg.errors import UncacKgError
from uncac_kg.formats import Kind


@click.command("export")
@click.argument(
    "format_name",
    metavar="FORMAT",
    type=click.Choice(formats.export_names(), case_sensitive=False),
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write to this file instead of standard output (csv: FILE-nodes.csv, FILE-edges.csv).",
)
@store_option
@projection_option
@filter_options
@click.option(
    "--size-by",
    type=click.Choice([m for m in METRICS if m != "community"]),
    metavar="METRIC",
    default="weighted_degree",
    show_default=True,
    help="html: the metric that sizes the nodes at first.",
)
@click.option(
    "--seed",
    type=int,
    default=DEFAULT_SEED,
    show_default=True,
    help="Seed of communities, sampling and layouts (same seed, same file).",
)
def export_command(
    format_name: str,
    output: Path | None,
    store: str | None,
    projection: str,
    documents: tuple[str, ...],
    sections: tuple[str, ...],
    types: tuple[str, ...],
    states: tuple[str, ...],
    min_weight: int | None,
    size_by: str,
    seed: int,
) -> None:
    """Write the graph in an RDF format, or a network for Gephi, Cytoscape, Graphviz...

    \b
    RDF (every named graph, or --document's):  ttl nt nq trig rdfxml jsonld
    Networks (a projection, see --projection): graphml gexf cyjs dot csv html

    Turtle, N-Triples and RDF/XML hold one graph, so several are merged; N-Quads,
    TriG and JSON-LD keep each report's graph apart. JSON-LD is compacted with
    ontology/context.jsonld. Networks carry node labels, types, IRIs and
    metrics, and edge weights; --document, --section, --type, --state and
    --min-weight choose what they hold; html is an interactive page that
    works offline.

    \b
    Examples:
      uncac-kg export trig -o graph/exports/all.trig
      uncac-kg export ttl --document ungass2021-intersessional-2 -o report.ttl
      uncac-kg export gexf -o citations.gexf             # open in Gephi
      uncac-kg export graphml -p co-citations --type Mechanism -o mechanisms.graphml
      uncac-kg export dot -p actor-overlap | dot -Tsvg > actors.svg
      uncac-kg export csv -o citations.csv               # citations-nodes.csv, -edges.csv
      uncac-kg export html --size-by pagerank -o network.html
    """
    from uncac_kg.store import open_store

    fmt = formats.get_export(format_name)
    settings = settings_for(store)
    if fmt.kind is Kind.GRAPH:
        network_only = {"--section": sections, "--type": types, "--state": states}
        given = [name for name, value in network_only.items() if value]
        given += ["--min-weight"] if min_weight is not None else []
        given += ["--projection"] if _given("projection") else []
        if given:
            raise UncacKgError(f"{', '.join(given)} apply to network formats, not to {fmt.name}")
        from uncac_kg.export.rdf import write_rdf

        with open_store(settings.store, create=False) as kg, _target(output) as out:
            written = write_rdf(kg, fmt, out, base_iri=settings.base_iri, documents=documents)
        for note in written.notes:
            click.echo(f"note: {note}", err=True)
        if output is not None:
            click.echo(f"wrote {output} ({output.stat().st_size:,} bytes)", err=True)
        return

    from uncac_kg.analysis.result import analyze

    filters = filters_from(documents, sections, types, states)
    with open_store(settings.store, create=False) as kg:
        analysis = analyze(kg, projection, filters, min_weight=min_weight, seed=seed)
    graph = analysis.graph
    if fmt.name == "csv":
        from uncac_kg.export.networks import write_csv

        nodes, edges = write_csv(graph)
        if output is None:
            click.echo("note: the edge list only; -o FILE writes the node list too", err=True)
            _write(edges, None)
        else:
            _write(nodes, output.with_name(f"{output.stem}-nodes{output.suffix or '.csv'}"))
            _write(edges, output.with_name(f"{output.stem}-edges{output.suffix or '.csv'}"))
    elif fmt.name == "html":
        from uncac_kg.export.viewer import render_viewer

        page = render_viewer(graph, size_by=size_by, seed=seed)
        _write(page.encode("utf-8"), output)
    else:
        from uncac_kg.export.networks import WRITERS

        _write(WRITERS[fmt.name](graph, seed=seed), output)
    click.echo(
        f"{projection}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges",
        err=True,
    )


def _given(parameter: str) -> bool:
    """Whether the user gave ``parameter`` rather than leaving its default."""
    source = click.get_current_context().get_parameter_source(parameter)
    return source not in (None, click.core.ParameterSource.DEFAULT)


@contextmanager
def _target(path: Path | None) -> Iterator[IO[bytes]]:
    """Standard output, or the file at ``path`` (its folder made if need be).

    The file is written beside it under another name and takes its place only
    once complete: an export that fails leaves no partial file behind.
    """
    if path is None:
        yield sys.stdout.buffer
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("wb") as out:
            yield out
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _write(data: bytes, path: Path | None) -> None:
    with _target(path) as out:
        out.write(data)
    if path is not None:
        click.echo(f"wrote {path} ({len(data):,} bytes)", err=True)
