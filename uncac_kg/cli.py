"""The ``uncac-kg`` command: a thin layer over the pipeline, the store and the formats.

Every error a user can cause is printed as one line, ``uncac-kg: error: ...``,
with exit status 1; usage errors exit with 2, as click does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from uncac_kg import __version__, formats, queries
from uncac_kg.analysis.command import analyze_command
from uncac_kg.endpoint.command import serve_command
from uncac_kg.errors import UncacKgError
from uncac_kg.export.command import export_command
from uncac_kg.rdf.namespaces import prefixes
from uncac_kg.settings import Settings
from uncac_kg.store import open_store
from uncac_kg.store.commands import pull_command, push_command, remote_options
from uncac_kg.store.service_policy import allowed_services, check_services
from uncac_kg.validate import validate_command

if TYPE_CHECKING:
    from uncac_kg.pipeline import BuildSummary

#: Above this many reports, ``build`` shows a progress bar on stderr.
PROGRESS_THRESHOLD = 3


class Failure(click.ClickException):
    """An error shown as one line, exit status 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"uncac-kg: error: {self.format_message()}", err=True)


class Group(click.Group):
    """A click group that turns the project's errors into ``Failure``s: no tracebacks."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("prog_name", "uncac-kg")  # also under ``python -m uncac_kg``
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise  # click's own handling: a closed pipe ends output quietly
        except (UncacKgError, OSError, SyntaxError) as error:
            raise Failure(" ".join(str(error).split()) or type(error).__name__) from None


def _settings(
    store: str | None, update_url: str | None = None, gsp_url: str | None = None
) -> Settings:
    try:
        return Settings.from_env(store=store, update_url=update_url, gsp_url=gsp_url)
    except ValueError as error:
        raise UncacKgError(str(error)) from None


store_option = click.option(
    "--store",
    metavar="DIR|URL",
    default=None,
    help="Folder of the embedded store, or the SPARQL query URL of a remote store.  "
    "[default: $UNCAC_KG_STORE, else graph/store]",
)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "--version", prog_name="uncac-kg", message="%(prog)s %(version)s"
)
def main() -> None:
    """Build and query a knowledge graph of UN anti-corruption meeting reports.

    \b
    Examples:
      uncac-kg build examples/                  # every .txt and .pdf report in a folder
      uncac-kg query state-citations            # a stored query from queries/, by name
      uncac-kg query queries/citations.rq --format csv > citations.csv
      uncac-kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """


@main.command()
@click.argument(
    "paths", metavar="PATH...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@store_option
@remote_options
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes that extract and map reports (0: one per core).",
)
def build(
    paths: tuple[Path, ...],
    store: str | None,
    update_url: str | None,
    gsp_url: str | None,
    jobs: int,
) -> None:
    """Read reports and store their graphs.

    Each PATH is a report (.txt or .pdf) or a folder searched for reports.
    Every report is read and segmented before anything is stored; a report
    that cannot be read stops the build and leaves the store unchanged.
    Building a report again replaces its graph.

    \b
    Examples:
      uncac-kg build examples/ungass2021-intersessional-2.txt
      uncac-kg build reports/ --store /tmp/kg
      uncac-kg build reports/ --store http://localhost:7878/query   # an Oxigraph server
    """
    from uncac_kg import pipeline  # the extraction stack loads only when a build needs it

    settings = _settings(store, update_url, gsp_url)
    files = pipeline.collect(paths)
    if len(files) > PROGRESS_THRESHOLD:
        with click.progressbar(length=2 * len(files), label="Building", file=sys.stderr) as bar:
            summary = pipeline.build(files, settings, lambda stage, path: bar.update(1), jobs=jobs)
    else:
        summary = pipeline.build(files, settings, jobs=jobs)
    click.echo(render_summary(summary))


@main.command()
@click.argument("query")
@store_option
@click.option(
    "--format",
    "-f",
    "format_name",
    type=click.Choice(formats.names(), case_sensitive=False),
    metavar="FORMAT",
    default=None,
    help="Output format: table, csv, tsv, json or xml for SELECT and ASK; ttl, nt, nq, "
    "trig, jsonld or rdfxml for CONSTRUCT and DESCRIBE.  [default: table, or ttl for graphs]",
)
def query(query: str, store: str | None, format_name: str | None) -> None:
    """Run a SPARQL query over every report in the store.

    QUERY is a SPARQL query, a path to a .rq file, or the name of a stored
    query in queries/ (with or without .rq). The query sees the union of all
    graphs as its default graph.

    \b
    Examples:
      uncac-kg query citations                  # queries/citations.rq
      uncac-kg query mentions --format csv
      uncac-kg query my-query.rq --format json
      uncac-kg query 'CONSTRUCT WHERE { ?s a ?c }' --format nt
    """
    sparql = queries.resolve(query)
    check_services(sparql, allowed_services())
    settings = _settings(store)
    with open_store(settings.store, create=False) as kg:
        result = kg.query(sparql)
        fmt = formats.get(format_name) if format_name else formats.default_for(result)
        # the base IRI's prefix reads well in a table; in Turtle its local names need escapes
        shown = prefixes(settings.base_iri if fmt.name == "table" else None)
        data = formats.serialize(result, fmt, shown)
    click.echo(data, nl=False)


def render_summary(summary: BuildSummary) -> str:
    """A build summary as an aligned table, then the entities by type and where they went."""
    columns = ("paragraphs", "statements", "citations", "triples")
    header = ("document", *columns, "entities")
    rows = [
        (d.identifier, *(str(getattr(d, c)) for c in columns), str(sum(d.entities.values())))
        for d in summary.documents
    ]
    total_entities = str(sum(summary.entities.values()))
    count = len(rows)
    rows.append(
        (f"total ({count} report{'s' * (count != 1)})", *(str(summary.total(c)) for c in columns),
         total_entities)
    )  # fmt: skip
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        first = cells[0].ljust(widths[0])
        return "  ".join([first, *(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))])

    lines = [line(header), *(line(r) for r in rows)]
    by_type = ", ".join(f"{t} {n}" for t, n in sorted(summary.entities.items()))
    lines.append(f"entities by type: {by_type or 'none'}")
    lines.append(
        f"stored in {summary.store} (reference graphs: {summary.reference_triples} triples)"
    )
    return "\n".join(lines)


main.add_command(push_command)
main.add_command(pull_command)
main.add_command(validate_command)
main.add_command(serve_command)
main.add_command(analyze_command)
main.add_command(export_command)
