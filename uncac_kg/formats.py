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
    NETWORK = "network"  # a projection of the graph into nodes and edges (``export``)


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

#: What ``uncac-kg export`` writes: networks (a projection of the graph, see
#: ``uncac_kg.analysis``) besides the RDF formats above. Export names are looked up with
#: ``get_export``, where ``csv`` is a network's node and edge lists, not SPARQL results.
NETWORK_FORMATS: tuple[Format, ...] = (
    Format("graphml", (), "application/graphml+xml", "graphml", Kind.NETWORK, "GraphML"),
    Format("gexf", ("gephi",), "application/gexf+xml", "gexf", Kind.NETWORK, "GEXF 1.2 (Gephi)"),
    Format(
        "cyjs", ("cytoscape", "cytoscape-json"), "application/json", "cyjs", Kind.NETWORK,
        "Cytoscape.js JSON",
    ),
    Format("dot", ("graphviz", "gv"), "text/vnd.graphviz", "dot", Kind.NETWORK, "Graphviz DOT"),
    Format("csv", (), "text/csv", "csv", Kind.NETWORK, "CSV node and edge lists"),
    Format(
        "html", ("viewer",), "text/html", "html", Kind.NETWORK,
        "interactive HTML view (self-contained)",
    ),
)  # fmt: skip
EXPORT_FORMATS: tuple[Format, ...] = (
    *(f for f in FORMATS if f.kind is Kind.GRAPH),
    *NETWORK_FORMATS,
)
_EXPORT_BY_NAME = {name: f for f in EXPORT_FORMATS for name in (f.name, *f.aliases)}

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


def export_names(kind: Kind | None = None) -> list[str]:
    """Every name and alias ``uncac-kg export`` takes (of one kind, if given), in table order."""
    return [n for f in EXPORT_FORMATS if kind in (None, f.kind) for n in (f.name, *f.aliases)]


def get_export(name: str) -> Format:
    """The export format called ``name`` (or one of its aliases), case-insensitively."""
    try:
        return _EXPORT_BY_NAME[name.lower()]
    except KeyError:
        raise QueryError(
            f"unknown export format {name!r}; choose one of {', '.join(export_names())}"
        ) from None


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


# HTTP content negotiation (used by the SPARQL endpoint): which media types a
# response of each kind can be served in, in the server's order of preference.

#: Media types clients also ask for or send, each served or read as the format named.
MEDIA_TYPE_ALIASES: tuple[tuple[str, str], ...] = (
    ("application/json", "json"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    ("application/json", "jsonld"),
    ("application/x-turtle", "ttl"),
    ("text/plain", "nt"),
    ("application/xml", "rdfxml"),
    ("text/xml", "rdfxml"),
)

#: The server's order of preference when a client accepts several formats equally.
NEGOTIATION_ORDER: tuple[str, ...] = (
    "json", "xml", "csv", "tsv", "table", "ttl", "nt", "jsonld", "rdfxml", "trig", "nq",
)  # fmt: skip


def media_types(kind: Kind) -> list[tuple[str, Format]]:
    """Every media type a response of ``kind`` can be negotiated to, with its format.

    Each format's own MIME type comes first, in ``NEGOTIATION_ORDER``, then the aliases.
    ``text/plain`` is the ``table`` of SELECT and ASK results, and N-Triples for graphs.
    """
    servable = [f for f in FORMATS if f.kind is kind and _servable(f)]
    rank = {name: i for i, name in enumerate(NEGOTIATION_ORDER)}
    ordered = sorted(servable, key=lambda f: rank.get(f.name, len(rank)))
    offers = [(f.media_type, f) for f in ordered]
    taken = {media_type for media_type, _ in offers}
    for media_type, name in MEDIA_TYPE_ALIASES:
        fmt = _BY_NAME[name]
        if fmt.kind is kind and _servable(fmt) and media_type not in taken:
            offers.append((media_type, fmt))
            taken.add(media_type)
    return offers


def _servable(fmt: Format) -> bool:
    """Whether pyoxigraph (or ``render_table``) writes this format."""
    return fmt.name in _RESULTS_FORMATS or fmt.name in _RDF_FORMATS or fmt.name == "table"


def results_format(fmt: Format) -> QueryResultsFormat:
    """pyoxigraph's writer of a ``results`` format (not ``table``, which is ours)."""
    try:
        return _RESULTS_FORMATS[fmt.name]
    except KeyError:
        raise QueryError(f"{fmt.name} is not a SPARQL results format") from None


def rdf_format(fmt: Format) -> RdfFormat:
    """pyoxigraph's writer of a ``graph`` format."""
    try:
        return _RDF_FORMATS[fmt.name]
    except KeyError:
        raise QueryError(f"{fmt.name} is not an RDF format") from None
