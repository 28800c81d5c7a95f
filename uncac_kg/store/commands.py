"""Command-line pieces for remote stores: ``push``, ``pull`` and the options any command can add.

``remote_options`` adds ``--update-url`` and ``--gsp-url`` to a command that
takes ``--store``; the command passes them on to ``open_store``. Logins are
never options (they would stay in the shell's history): they come from
``UNCAC_KG_USER`` and ``UNCAC_KG_PASSWORD``, or ``UNCAC_KG_TOKEN``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click
from pyoxigraph import NamedNode, Quad, QueryTriples

from uncac_kg.errors import StoreError, UncacKgError
from uncac_kg.settings import Settings
from uncac_kg.store import Store, open_store

__all__ = ["copy_graphs", "graph_quads", "pull_command", "push_command", "remote_options"]

Command = TypeVar("Command", bound=Callable[..., Any])


def remote_options(command: Command) -> Command:
    """Add ``--update-url`` and ``--gsp-url`` (keyword arguments ``update_url``, ``gsp_url``)."""
    command = click.option(
        "--gsp-url",
        metavar="URL",
        default=None,
        help="Graph Store HTTP Protocol URL of a remote store.  "
        "[default: $UNCAC_KG_GSP_URL, else derived from the query URL]",
    )(command)
    command = click.option(
        "--update-url",
        metavar="URL",
        default=None,
        help="SPARQL Update URL of a remote store.  "
        "[default: $UNCAC_KG_UPDATE_URL, else derived from the query URL]",
    )(command)
    return command


def graph_quads(store: Store, graph: str) -> list[Quad]:
    """Every quad of the named graph ``graph``, read with a SPARQL CONSTRUCT (any store)."""
    name = NamedNode(graph)
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}")
    if not isinstance(result, QueryTriples):
        raise StoreError(f"the store at {store.location} did not answer with triples")
    return [Quad(t.subject, t.predicate, t.object, name) for t in result]


def copy_graphs(source: Store, target: Store, graphs: Sequence[str] = ()) -> list[tuple[str, int]]:
    """Copy named graphs (all of ``source``'s when none are named); each graph with its size.

    Each graph replaces its namesake in ``target`` in one atomic step, so an
    interrupted copy leaves every graph either as it was or fully copied.
    Graphs of ``target`` that ``source`` does not have are left alone.
    """
    available = source.graphs()
    missing = [g for g in graphs if g not in available]
    if missing:
        raise StoreError(f"no graph {missing[0]} in the store at {source.location}")
    copied: list[tuple[str, int]] = []
    for graph in graphs or available:
        copied.append((graph, target.replace_graph(graph, graph_quads(source, graph))))
    return copied


def _local_store(store: str | None) -> str:
    try:
        return Settings.from_env(store=store).store
    except ValueError as error:
        raise UncacKgError(str(error)) from None


def _copy(source: Store, target: Store, graphs: Sequence[str]) -> None:
    copied = copy_graphs(source, target, graphs)
    width = max((len(g) for g, _ in copied), default=0)
    for graph, size in copied:
        click.echo(f"{graph.ljust(width)}  {size:>8} triples")
    total = sum(size for _, size in copied)
    count = len(copied)
    click.echo(
        f"copied {count} graph{'s' * (count != 1)} ({total} triples) "
        f"from {source.location} to {target.location}"
    )


_store_option = click.option(
    "--store",
    metavar="DIR|URL",
    default=None,
    help="The local store.  [default: $UNCAC_KG_STORE, else graph/store]",
)
_graph_option = click.option(
    "--graph",
    "graphs",
    metavar="IRI",
    multiple=True,
    help="Copy only this named graph (repeatable).  [default: every graph]",
)


@click.command("push")
@click.argument("url")
@_store_option
@remote_options
@_graph_option
def push_command(
    url: str,
    store: str | None,
    update_url: str | None,
    gsp_url: str | None,
    graphs: tuple[str, ...],
) -> None:
    """Copy the local store's graphs to the remote store at URL.

    URL is the remote store's SPARQL query endpoint. Each graph (report,
    vocabularies, ontology) replaces its namesake there, atomically; the
    remote store's other graphs are left alone. A login comes from the
    environment: UNCAC_KG_USER and UNCAC_KG_PASSWORD, or UNCAC_KG_TOKEN.

    \b
    Examples:
      uncac-kg push http://localhost:7878/query
      uncac-kg push https://kg.example.org/ds/sparql --store /tmp/kg
    """
    local = _local_store(store)
    with (
        open_store(local, create=False) as source,
        open_store(url, update_url=update_url, gsp_url=gsp_url) as target,
    ):
        _copy(source, target, graphs)


@click.command("pull")
@click.argument("url")
@_store_option
@remote_options
@_graph_option
def pull_command(
    url: str,
    store: str | None,
    update_url: str | None,
    gsp_url: str | None,
    graphs: tuple[str, ...],
) -> None:
    """Copy the graphs of the remote store at URL to the local store.

    URL is the remote store's SPARQL query endpoint. Each graph replaces its
    namesake in the local store (created if need be); its other graphs are
    left alone. A login comes from the environment: UNCAC_KG_USER and
    UNCAC_KG_PASSWORD, or UNCAC_KG_TOKEN.

    \b
    Examples:
      uncac-kg pull http://localhost:7878/query
      uncac-kg pull https://kg.example.org/ds/sparql --store /tmp/kg
    """
    local = _local_store(store)
    with (
        open_store(url, update_url=update_url, gsp_url=gsp_url) as source,
        open_store(local) as target,
    ):
        _copy(source, target, graphs)
