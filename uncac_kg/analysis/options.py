"""Command-line options shared by ``analyze`` and ``export``: the store, the projection and
the filters that select its rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from uncac_kg.analysis.catalog import PROJECTIONS
from uncac_kg.analysis.rows import ENTITY_TYPES, Filters
from uncac_kg.errors import UncacKgError
from uncac_kg.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


def settings_for(store: str | None) -> Settings:
    """The settings, ``--store`` taking precedence over ``UNCAC_KG_STORE``."""
    try:
        return Settings.from_env(store=store)
    except ValueError as error:
        raise UncacKgError(str(error)) from None


store_option = click.option(
    "--store",
    metavar="DIR|URL",
    default=None,
    help="Folder of the store, or a SPARQL endpoint's URL.  "
    "[default: $UNCAC_KG_STORE, else graph/store]",
)

projection_option = click.option(
    "--projection",
    "-p",
    type=click.Choice(list(PROJECTIONS)),
    metavar="NAME",
    default="citations",
    show_default=True,
    help="Which network: "
    + "; ".join(f"{p.name} ({p.title.lower()})" for p in PROJECTIONS.values())
    + ".",
)


def filter_options(function: F) -> F:
    """``--document``, ``--section``, ``--type``, ``--state`` and ``--min-weight``."""
    decorators = [
        click.option(
            "--document",
            "-d",
            "documents",
            metavar="ID",
            multiple=True,
            help="Only this report (repeatable).",
        ),
        click.option(
            "--section",
            "sections",
            metavar="WORDS",
            multiple=True,
            help="Only sections (or agenda items) whose heading contains WORDS (repeatable).",
        ),
        click.option(
            "--type",
            "types",
            type=click.Choice(ENTITY_TYPES, case_sensitive=False),
            metavar="TYPE",
            multiple=True,
            help=f"Only cited entities of this type (repeatable): {', '.join(ENTITY_TYPES)}.",
        ),
        click.option(
            "--state",
            "states",
            metavar="STATE",
            multiple=True,
            help="Only what this State's speakers cited: a name or ISO 3166 code (repeatable).",
        ),
        click.option(
            "--min-weight",
            type=click.IntRange(min=1),
            default=None,
            help="Leave out edges lighter than this.  [default: 1, or what keeps the "
            "250,000 heaviest edges of a larger projection]",
        ),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def filters_from(
    documents: tuple[str, ...],
    sections: tuple[str, ...],
    types: tuple[str, ...],
    states: tuple[str, ...],
) -> Filters:
    """The filters the options give."""
    return Filters(documents=documents, sections=sections, types=types, states=states)
