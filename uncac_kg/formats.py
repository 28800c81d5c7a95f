"""Output formats by name: one table drives ``--format``, content negotiation and export.

A format has a short name, aliases, a MIME type, a file extension and a kind:
``results`` formats show SELECT and ASK results, ``graph`` formats show the
triples of CONSTRUCT and DESCRIBE. ``serialize`` writes a query result in one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
    Triple,
)
from pyoxigraph import serialize as serialize_rdf

from uncac_kg.errors import QueryError
from uncac_kg.rdf.namespaces import shorten
from uncac_kg.store.base import QueryResult


class Kind(StrEnum):
    """What a format can show."""

    RESULTS = "results"  # SELECT and ASK
    GRAPH = "graph"  # CONSTRUCT and DESCRIBE


@dataclass(frozen=True, slots=True)
class Format:
    """One output format."""

    name: str
    aliases: tuple[str, ...]
    media_type: str
    extension: str
    kind: Kind
    description: str


FORMATS: tuple[Format, ...] = (
    Format("table", ("text", "txt"), "text/plain", "txt", Kind.RESULTS, "aligned text table"),
    Format("csv", (), "text/csv", "csv", Kind.RESULTS, "SPARQL 1.1 CSV results"),
    Format("tsv", (), "text/tab-separated-values", "tsv", Kind.RESULTS, "SPARQL 1.1 TSV results"),
    Format(
        "json", ("srj",), "application/sparql-results+json", "srj", Kind.RESULTS,
        "SPARQL 1.1 JSON results",
    ),
    Format(
        "xml", ("srx",), "application/sparql-results+xml", "srx", Kind.RESULTS,
        "SPARQL XML results",
    ),
    Format("ttl", ("turtle",), "text/turtle", "ttl", Kind.GRAPH, "Turtle"),
    Format("nt", ("ntriples", "n-triples"), "application/n-triples", "nt", Kind.GRAPH, "N-Triples"),
    Format("nq", ("nquads", "n-quads"), "application/n-quads", "nq", Kind.GRAPH, "N-Quads"),
    Format("trig", (), "application/trig", "trig", Kind.GRAPH, "TriG"),
    Format("jsonld", ("json-ld",), "application/ld+json", "jsonld", Kind.GRAPH, "JSON-LD"),
    Format("rdfxml", ("rdf", "owl"), "application/rdf+xml", "rdf", Kind.GRAPH, "RDF/XML"),
)  # fmt: skip

_RESULTS_FORMATS = {
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
    "json": QueryResultsFormat.JSON,
    "xml": QueryResultsFormat.XML,
}
_RDF_FORMATS = {
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}
_BY_NAME = {name: f for f in FORMATS for name in (f.name, *f.aliases)}
_BY_MEDIA_TYPE = {f.media_type: f for f in FORMATS}

#: Longest cell of a ``table``; longer values end in '…'.
MAX_CELL = 60


def names(kind: Kind | None = None) -> list[str]:
    """Every name and alias (of one kind, if given), in table order."""
    return [n for f in FORMATS if kind in (None, f.kind) for n in (f.name, *f.aliases)]


def get(name: str) -> Format:
    """The format called ``name`` (or one of its aliases), case-insensitively."""
    try:
        return _BY_NAME[name.lower()]
    except KeyError:
        raise QueryError(f"unknown format {name!r}; choose one of {', '.join(names())}") from None


def for_media_type(media_type: str) -> Format | None:
    """The format with this MIME type (parameters such as ``charset`` are ignored)."""
    return _BY_MEDIA_TYPE.get(media_type.split(";")[0].strip().lower())


def kind_of(result: QueryResult) -> Kind:
    return Kind.GRAPH if isinstance(result, QueryTriples) else Kind.RESULTS


def default_for(result: QueryResult) -> Format:
    """``table`` for SELECT and ASK, ``ttl`` for CONSTRUCT and DESCRIBE."""
    return get("ttl" if kind_of(result) is Kind.GRAPH else "table")


def serialize(result: QueryResult, fmt: Format, prefixes: dict[str, str] | None = None) -> bytes:
    """``result`` written in ``fmt``; ``prefixes`` shorten IRIs where the format allows.

    Raises ``QueryError`` when the format cannot show this kind of result.
    """
    kind = kind_of(result)
    if fmt.kind is not kind:
        query = "CONSTRUCT or DESCRIBE" if kind is Kind.GRAPH else "SELECT or ASK"
        raise QueryError(
            f"--format {fmt.name} cannot show the result of a {query} query; "
            f"choose one of {', '.join(f.name for f in FORMATS if f.kind is kind)}"
        )
    if isinstance(result, QueryTriples):
        rdf_format = _RDF_FORMATS[fmt.name]
        if rdf_format.supports_datasets:  # N-Quads and TriG take quads: the default graph's
            items: list[Quad] | list[Triple] = [
                Quad(t.subject, t.predicate, t.object) for t in result
            ]
        else:
            items = list(result)
        return _bytes(serialize_rdf(items, format=rdf_format, prefixes=prefixes))
    if fmt.name == "table":
        return render_table(result, prefixes or {}).encode("utf-8")
    return _bytes(result.serialize(format=_RESULTS_FORMATS[fmt.name]))


def _bytes(data: bytes | None) -> bytes:
    return data or b""


def render_table(result: QuerySolutions | QueryBoolean, prefixes: dict[str, str]) -> str:
    """An aligned text table with a row count; IRIs as prefixed names where a prefix is known."""
    if isinstance(result, QueryBoolean):
        return f"{'true' if bool(result) else 'false'}\n"
    header = [v.value for v in result.variables]
    rows = [
        [_cell(solution[variable], prefixes) for variable in result.variables]
        for solution in result
    ]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _cell(term: object, prefixes: dict[str, str]) -> str:
    if term is None:
        text = ""
    elif isinstance(term, NamedNode):
        text = shorten(term.value, prefixes)
    elif isinstance(term, BlankNode):
        text = f"_:{term.value}"
    elif isinstance(term, Literal):
        text = term.value
    else:  # a quoted triple
        text = str(term)
    text = " ".join(text.split())  # one line per row
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
