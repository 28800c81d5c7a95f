"""What the analysis offers, by name: its projections, metrics and table formats.

Only names and descriptions live here, so the command line can list them
without loading networkx; ``projections`` and ``metrics`` do the work.
"""

from __future__ import annotations

from dataclasses import dataclass

from uncac_kg.analysis.rows import FilterError

#: The metrics, in the order tables show them (see ``metrics``).
METRICS = ("degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "community")

#: The seed of Louvain, betweenness sampling and layouts, unless another is given.
DEFAULT_SEED = 42

#: The formats ``analyze --format`` writes (names from ``uncac_kg.formats``).
TABLE_FORMATS = ("table", "csv", "json")


@dataclass(frozen=True, slots=True)
class Projection:
    """How one projection is made: its query, its columns and the shape of its graph."""

    name: str
    title: str
    description: str
    query: str  # the analysis query its rows come from
    directed: bool
    source: str  # prefix of the source node's columns (``actor`` → actor, actorLabel, actorType)
    target: str
    weight: str | None  # the column that holds an edge's weight (None: 1 per row)
    detail: str | None  # the column that says where an edge comes from
    parts: tuple[str, str]  # what the source and the target nodes are
    type_columns: tuple[str, ...] = ()
    state_columns: tuple[str, ...] = ()
    has_sections: bool = True
    bipartite: str | None = None  # "actor" or "entity": a projection of ``citations`` onto it


PROJECTIONS: dict[str, Projection] = {
    p.name: p
    for p in (
        Projection(
            name="citations",
            title="Actors and what they cited",
            description="States and organizations (through their speakers) to the entities "
            "they cited; weight: citing statements.",
            query="citations",
            directed=True,
            source="actor",
            target="entity",
            weight="citations",
            detail="paragraphs",
            parts=("actor", "entity"),
            type_columns=("entityType",),
            state_columns=("actor",),
        ),
        Projection(
            name="co-citations",
            title="Entities cited together",
            description="Entities cited by the same statement; weight: statements citing both.",
            query="co-citations",
            directed=False,
            source="source",
            target="target",
            weight="statements",
            detail="paragraphs",
            parts=("entity", "entity"),
            type_columns=("sourceType", "targetType"),
            state_columns=("actor",),
        ),
        Projection(
            name="co-cited-by-actor",
            title="Entities cited by the same actors",
            description="Entities cited by the same State or organization (bipartite "
            "projection of citations); weight: actors citing both.",
            query="citations",
            directed=False,
            source="actor",
            target="entity",
            weight=None,
            detail=None,
            parts=("entity", "entity"),
            type_columns=("entityType",),
            state_columns=("actor",),
            bipartite="entity",
        ),
        Projection(
            name="shared-citations",
            title="Actors citing the same entities in a report",
            description="States and organizations whose speakers cited the same entities in "
            "the same report; weight: shared entities, once per report.",
            query="shared-citations",
            directed=False,
            source="source",
            target="target",
            weight="entities",
            detail="shared",
            parts=("actor", "actor"),
            type_columns=("entityType",),
            state_columns=("source", "target"),
            has_sections=False,
        ),
        Projection(
            name="actor-overlap",
            title="Actors citing the same entities",
            description="States and organizations that cited the same entities anywhere "
            "(bipartite projection of citations); weight: entities both cited.",
            query="citations",
            directed=False,
            source="actor",
            target="entity",
            weight=None,
            detail=None,
            parts=("actor", "actor"),
            type_columns=("entityType",),
            state_columns=("actor",),
            bipartite="actor",
        ),
        Projection(
            name="structure",
            title="Reports, sections, paragraphs and what they name",
            description="Each report's agenda items, sections and paragraphs, and the "
            "entities each paragraph names; for navigation.",
            query="structure",
            directed=True,
            source="parent",
            target="child",
            weight=None,
            detail=None,
            parts=("structure", "structure"),
            type_columns=("childType",),
        ),
    )
}


def get(name: str) -> Projection:
    """The projection called ``name``."""
    try:
        return PROJECTIONS[name]
    except KeyError:
        known = ", ".join(PROJECTIONS)
        raise FilterError(f"unknown projection {name!r}; choose one of {known}") from None
