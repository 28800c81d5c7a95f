"""The rows of the analysis queries (``queries/analysis/*.rq``) and the filters that select them.

A projection's edges are what its query returns; filters only choose which of
those rows count. Every row is a dict from variable name to the value's text,
without the variables a row leaves unbound.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pyoxigraph import QuerySolutions

from uncac_kg import queries
from uncac_kg.errors import QueryError, UncacKgError
from uncac_kg.store import Store
from uncac_kg.store.service_policy import allowed_services, check_services

#: A row of an analysis query: variable name → value (unbound variables are absent).
Row = Mapping[str, str]

#: The ontology's entity classes, as the queries name types.
ENTITY_TYPES = (
    "State",
    "Organization",
    "Initiative",
    "LegalInstrument",
    "UNCACArticle",
    "Mechanism",
    "Case",
    "Meeting",
)


class FilterError(UncacKgError):
    """A filter that cannot apply: an unknown type, or a report or State with no rows."""


def select(store: Store, name: str) -> list[dict[str, str]]:
    """The rows of the analysis query ``name`` (``queries/analysis/<name>.rq``).

    The query is looked up like any stored query, so a ``queries/analysis/``
    folder in the current directory overrides the packaged one. Raises
    ``QueryError`` when it is missing or does not project what its header says.
    """
    stored = queries.find(f"analysis/{name}")
    if stored is None:
        raise QueryError(f"no analysis query named {name!r} (queries/analysis/{name}.rq)")
    check_services(stored.sparql, allowed_services())  # a local override may call out
    result = store.query(stored.sparql)
    if not isinstance(result, QuerySolutions):
        raise QueryError(f"queries/analysis/{name}.rq must be a SELECT query")
    variables = [v.value for v in result.variables]
    missing = [v for v in stored.variables if v not in variables]
    if missing:
        raise QueryError(f"queries/analysis/{name}.rq does not project {', '.join(missing)}")
    rows: list[dict[str, str]] = []
    for solution in result:
        rows.append(
            {var: term.value for var, term in zip(variables, solution, strict=True) if term}
        )
    return rows


def entity_type(name: str) -> str:
    """The entity type called ``name``, spelt as the ontology does (case-insensitively)."""
    for known in ENTITY_TYPES:
        if known.lower() == name.lower():
            return known
    raise FilterError(f"unknown entity type {name!r}; choose one of {', '.join(ENTITY_TYPES)}")


@dataclass(frozen=True, slots=True)
class Filters:
    """Which rows of a projection's query count.

    - ``documents``: report identifiers, exactly;
    - ``sections``: words of a section's (or agenda item's) heading, case-insensitively;
    - ``types``: entity types the cited entities must have (structural nodes always pass);
    - ``states``: States (name, ISO 3166 alpha-3 code or IRI) the citing actor must be.

    An empty field does not filter.
    """

    documents: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    states: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "types", tuple(entity_type(t) for t in self.types))

    def describe(self) -> str:
        """The filters in words, or ``"none"``."""
        parts = [
            f"{name} {', '.join(values)}"
            for name, values in (
                ("report", self.documents),
                ("section", self.sections),
                ("type", self.types),
                ("State", self.states),
            )
            if values
        ]
        return "; ".join(parts) or "none"

    def apply(
        self,
        rows: Sequence[Row],
        *,
        projection: str,
        type_columns: Sequence[str] = (),
        state_columns: Sequence[str] = (),
        has_sections: bool = True,
    ) -> list[Row]:
        """The rows that pass every filter.

        ``type_columns`` hold entity types (each must be among ``types``);
        ``state_columns`` are prefixes of IRI, ``Label`` and ``Type`` columns, one of
        which must be a wanted State; ``has_sections`` says whether rows have a
        ``section``. A filter the projection's rows cannot answer, or a report or
        State no row names, raises ``FilterError``.
        """
        if self.sections and not has_sections:
            raise FilterError(f"--section does not apply to the {projection} projection")
        if self.states and not state_columns:
            raise FilterError(f"--state does not apply to the {projection} projection")
        kept = list(rows)
        if self.documents:
            wanted = set(self.documents)
            _check_known(wanted, {r.get("document", "") for r in kept}, "report", projection)
            kept = [r for r in kept if r.get("document") in wanted]
        if self.sections:
            words = [s.lower() for s in self.sections]
            kept = [r for r in kept if any(w in r.get("section", "").lower() for w in words)]
        if self.types:
            types = set(self.types)
            kept = [r for r in kept if all(_type_passes(r.get(c), types) for c in type_columns)]
        if self.states:
            kept = self._by_state(kept, projection, state_columns)
        return kept

    def _by_state(
        self, rows: Sequence[Row], projection: str, state_columns: Sequence[str]
    ) -> list[Row]:
        matched: set[str] = set()
        kept: list[Row] = []
        for row in rows:
            hits = {
                wanted
                for prefix in state_columns
                if row.get(f"{prefix}Type") == "State"
                for wanted in self.states
                if _is_state(wanted, row.get(prefix, ""), row.get(f"{prefix}Label", ""))
            }
            if hits:
                matched |= hits
                kept.append(row)
        unknown = [s for s in self.states if s not in matched]
        if unknown:
            raise FilterError(
                f"no State called {', '.join(repr(s) for s in unknown)} has rows in the "
                f"{projection} projection"
            )
        return kept


def _type_passes(value: str | None, types: set[str]) -> bool:
    """An entity type must be wanted; a structural type (Paragraph...) or none passes."""
    return value is None or value not in ENTITY_TYPES or value in types


def _is_state(wanted: str, iri: str, label: str) -> bool:
    """Whether ``wanted`` names the State with this IRI and label."""
    folded = wanted.casefold()
    return folded in (iri.casefold(), label.casefold(), iri.rsplit("/", 1)[-1].casefold())


def _check_known(wanted: Iterable[str], known: set[str], what: str, projection: str) -> None:
    unknown = sorted(set(wanted) - known)
    if unknown:
        names = sorted(known - {""})
        listed = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
        raise FilterError(
            f"no {what} called {', '.join(repr(u) for u in unknown)} has rows in the "
            f"{projection} projection (reports with rows: {listed or 'none'})"
        )
