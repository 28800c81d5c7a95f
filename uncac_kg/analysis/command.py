"""``uncac-kg analyze``: a projection of the store as ranked tables, and an HTML report."""

from __future__ import annotations

from pathlib import Path

import click

from uncac_kg.analysis.catalog import DEFAULT_SEED, METRICS, TABLE_FORMATS
from uncac_kg.analysis.options import (
    filter_options,
    filters_from,
    projection_option,
    settings_for,
    store_option,
)


@click.command("analyze")
@projection_option
@store_option
@filter_options
@click.option(
    "--sort",
    type=click.Choice(METRICS),
    metavar="METRIC",
    default="weighted_degree",
    show_default=True,
    help=f"The metric nodes are ranked by: {', '.join(METRICS)}.",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=None,
    help="Rows per table (0: all).  [default: 20 in a table, all in CSV and JSON]",
)
@click.option(
    "--format",
    "-f",
    "format_name",
    type=click.Choice(TABLE_FORMATS, case_sensitive=False),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Also write an HTML report (charts, network picture, tables) to this file.",
)
@click.option(
    "--seed",
    type=int,
    default=DEFAULT_SEED,
    show_default=True,
    help="Seed of community detection, sampling and layout (same seed, same results).",
)
def analyze_command(
    projection: str,
    store: str | None,
    documents: tuple[str, ...],
    sections: tuple[str, ...],
    types: tuple[str, ...],
    states: tuple[str, ...],
    min_weight: int | None,
    sort: str,
    top: int | None,
    format_name: str,
    html_path: Path | None,
    seed: int,
) -> None:
    """Who cites what, what travels together, who sits at the centre.

    Projects the store into a network (see --projection), computes degree,
    weighted degree, betweenness, PageRank, eigenvector centrality and Louvain
    communities, and prints the nodes ranked by --sort. The edges come from the
    SPARQL queries in queries/analysis/.

    \b
    Examples:
      uncac-kg analyze                                  # actors and what they cited
      uncac-kg analyze -p co-citations --type Mechanism --top 10
      uncac-kg analyze -p actor-overlap --sort pagerank --format csv > actors.csv
      uncac-kg analyze --state Italy --document ungass2021-intersessional-2
      uncac-kg analyze --html report.html
    """
    from uncac_kg.analysis import tables
    from uncac_kg.analysis.result import analyze
    from uncac_kg.store import open_store

    settings = settings_for(store)
    filters = filters_from(documents, sections, types, states)
    with open_store(settings.store, create=False) as kg:
        analysis = analyze(kg, projection, filters, min_weight=min_weight, seed=seed)
        citations = None
        if html_path is not None and projection != "citations":
            citations = analyze(kg, "citations", filters, min_weight=min_weight, seed=seed)
    click.echo(tables.render(analysis, format_name.lower(), sort=sort, top=top), nl=False)
    if html_path is not None:
        from uncac_kg.analysis.report import render_report

        html_path.write_text(
            render_report(analysis, citations or analysis, sort=sort, seed=seed), encoding="utf-8"
        )
        click.echo(f"report written to {html_path}", err=True)
