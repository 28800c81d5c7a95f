"""Run one query over an in-memory store and serialize its result, capped (worker side).

Solutions are read one by one, so the row cap and the time limit are checked as
the engine produces them; a result longer than the cap is cut there and marked
``truncated``. The rows kept are written as SPARQL TSV, read back by pyoxigraph
and written with its own serializers in the format asked for.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import pyoxigraph
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    Triple,
    Variable,
)

from uncac_kg import formats
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.jobs import Answer, JsonTerm, QueryJob
from uncac_kg.endpoint.sparql_text import star_order

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: Terms pyoxigraph's results hold.
Term = NamedNode | BlankNode | Literal | Triple


def run_query(store: pyoxigraph.Store, job: QueryJob) -> Answer:
    """The answer to ``job``, or an ``EndpointError`` (400 for a syntax error, 406 when
    the client accepts no format for this form of query, 503 past the time limit)."""
    deadline = time.monotonic() + job.timeout
    options: dict[str, object] = {}
    if job.dataset is not None:
        options["default_graph"] = [NamedNode(g) for g in job.dataset.default]
        options["named_graphs"] = [NamedNode(g) for g in job.dataset.named]
    elif job.union_default:
        options["use_default_graph_as_union"] = True
    try:
        if job.substitutions:
            options["substitutions"] = {Variable(n): from_json(t) for n, t in job.substitutions}
        result = store.query(job.sparql, base_iri=job.base_iri, **options)  # type: ignore[arg-type]
        if isinstance(result, QueryBoolean):
            return _boolean(result, job)
        if isinstance(result, QuerySolutions):
            return _solutions(result, job, deadline)
        return _triples(result, job, deadline)
    except SyntaxError as error:
        raise EndpointError(400, f"invalid SPARQL query: {error}") from None
    except ValueError as error:
        raise EndpointError(400, f"the query cannot be run: {error}") from None
    except OSError as error:
        raise EndpointError(500, f"the query failed: {error}") from None


def _format(name: str | None, form: str) -> formats.Format:
    if name is None:
        raise EndpointError(406, f"none of the formats in the Accept header can show {form}")
    return formats.get(name)


def _boolean(result: QueryBoolean, job: QueryJob) -> Answer:
    fmt = _format(job.results_format, "the result of an ASK query")
    if fmt.name == "table":
        body = formats.render_table(result, {}).encode()
    else:
        body = result.serialize(format=formats.results_format(fmt)) or b""
    return Answer("results", fmt.name, body, 1, False, bool(result))


def _solutions(result: QuerySolutions, job: QueryJob, deadline: float) -> Answer:
    """The solutions, read one by one up to the cap, written as SPARQL TSV (each term in
    N-Triples syntax, which keeps every term exactly), then read back by pyoxigraph and
    written in the format asked for."""
    fmt = _format(job.results_format, "the results of a SELECT query")
    names = [v.value for v in result.variables]
    columns = list(range(len(names)))
    order = star_order(job.sparql)
    if order:  # SELECT *: columns in the order the query names them
        rank = {name: i for i, name in enumerate(order)}
        columns.sort(key=lambda i: rank.get(names[i], len(rank)))
    wanted = [(names.index(n) if n in names else -1, value) for n, value in job.filters]
    lines = ["\t".join(f"?{names[i]}" for i in columns)]
    truncated = False
    for solution in result:
        _check(deadline, job.timeout)
        row = tuple(solution)
        if any(i < 0 or _value(row[i]) != value for i, value in wanted):
            continue
        if len(lines) > job.max_rows:
            truncated = True
            break
        lines.append("\t".join("" if row[i] is None else str(row[i]) for i in columns))
    tsv = ("\n".join(lines) + "\n").encode()
    parsed = pyoxigraph.parse_query_results(tsv, format=QueryResultsFormat.TSV)
    assert isinstance(parsed, QuerySolutions)
    if fmt.name == "table":
        body = formats.render_table(parsed, dict(job.prefixes)).encode()
    else:
        body = parsed.serialize(format=formats.results_format(fmt)) or b""
    return Answer("results", fmt.name, body, len(lines) - 1, truncated)


def _value(term: Term | None) -> str | None:
    return None if term is None else str(getattr(term, "value", term))


def _triples(result: Iterable[Triple], job: QueryJob, deadline: float) -> Answer:
    fmt = _format(job.graph_format, "the graph of a CONSTRUCT or DESCRIBE query")
    kept: dict[Triple, None] = {}  # a graph is a set: the same triple once
    truncated = False
    for triple in result:
        if triple in kept:
            continue
        if len(kept) == job.max_rows:
            truncated = True
            break
        _check(deadline, job.timeout)
        kept[triple] = None
    body = serialize_triples(list(kept), fmt, dict(job.prefixes))
    return Answer("graph", fmt.name, body, len(kept), truncated)


def serialize_triples(
    triples: list[Triple], fmt: formats.Format, prefixes: dict[str, str] | None = None
) -> bytes:
    """``triples`` in a graph format; N-Quads and TriG put them in the default graph."""
    rdf_format = formats.rdf_format(fmt)
    items: list[Triple] | list[Quad] = triples
    if rdf_format.supports_datasets:
        items = [Quad(t.subject, t.predicate, t.object) for t in triples]
    shown = (
        prefixes if rdf_format in (pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.TRIG) else None
    )
    return pyoxigraph.serialize(items, format=rdf_format, prefixes=shown) or b""


def _check(deadline: float, timeout: float) -> None:
    if time.monotonic() > deadline:
        raise EndpointError(503, time_limit_message(timeout))


def time_limit_message(timeout: float) -> str:
    """What a client is told when its query was stopped."""
    return (
        f"the query was stopped after {timeout:g} s, the time limit of this server; "
        "narrow it down (LIMIT, more specific patterns) and try again"
    )


def from_json(term: JsonTerm) -> Term:
    """The term a JSON results term stands for (``uri``, ``bnode`` or ``literal``)."""
    kind, value = term.get("type"), str(term.get("value", ""))
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    language = term.get("xml:lang")
    if language:
        return Literal(value, language=str(language))
    datatype = term.get("datatype")
    return Literal(value, datatype=NamedNode(str(datatype)) if datatype else None)
