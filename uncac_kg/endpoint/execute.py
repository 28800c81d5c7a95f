"""Run one query over a snapshot and serialize its result, capped (worker side).

pyoxigraph writes the solutions as SPARQL TSV into a file that keeps the
header and up to the cap's number of lines and stops the writing at the next
one (or past the time limit), so a result is never built beyond the cap and no
Python code runs per solution; a result longer than the cap is marked
``truncated``. The rows kept are read back by pyoxigraph and written with its
own serializers in the format asked for. Results narrowed by filters on values
are read solution by solution instead.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any, cast

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
    deadline = Deadline.after(job.timeout)
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
        return answer(result, job, deadline)
    except SyntaxError as error:
        raise EndpointError(400, f"invalid SPARQL query: {error}") from None
    except ValueError as error:
        raise EndpointError(400, f"the query cannot be run: {error}") from None
    except OSError as error:
        raise EndpointError(500, f"the query failed: {error}") from None


def answer(
    result: QueryBoolean | QuerySolutions | Iterable[Triple], job: QueryJob, deadline: Deadline
) -> Answer:
    """A query's result, capped, filtered and serialized as ``job`` asks."""
    if isinstance(result, QueryBoolean):
        return _boolean(result, job)
    if isinstance(result, QuerySolutions):
        return _solutions(result, job, deadline)
    return _triples(result, job, deadline)


def format_for(name: str | None, form: str) -> formats.Format:
    """The format ``name``; 406 when the client accepts none for this ``form`` of result."""
    if name is None:
        raise EndpointError(406, f"none of the formats in the Accept header can show {form}")
    return formats.get(name)


def _boolean(result: QueryBoolean, job: QueryJob) -> Answer:
    fmt = format_for(job.results_format, "the result of an ASK query")
    if fmt.name == "table":
        body = formats.render_table(result, {}).encode()
    else:
        body = result.serialize(format=formats.results_format(fmt)) or b""
    return Answer("results", fmt.name, body, 1, False, bool(result))


def _solutions(result: QuerySolutions, job: QueryJob, deadline: Deadline) -> Answer:
    """The solutions up to the cap, as SPARQL TSV (each term in N-Triples syntax, which
    keeps every term exactly), read back by pyoxigraph and written in the format asked
    for. Without filters pyoxigraph writes the TSV itself, stopped at the cap by the
    file it writes to; with filters the solutions are read one by one."""
    fmt = format_for(job.results_format, "the results of a SELECT query")
    names = [v.value for v in result.variables]
    columns = list(range(len(names)))
    order = star_order(job.sparql)
    if order:  # SELECT *: columns in the order the query names them
        rank = {name: i for i, name in enumerate(order)}
        columns.sort(key=lambda i: rank.get(names[i], len(rank)))
    if job.filters:
        lines, truncated = _filtered(result, job, deadline, names, columns)
        tsv = ("\n".join(lines) + "\n").encode()
    else:
        tsv, truncated = _capped_tsv(result, job, deadline)
        if columns != sorted(columns):
            tsv = _reorder(tsv, columns)
    rows = tsv.count(b"\n") - 1
    parsed = pyoxigraph.parse_query_results(tsv, format=QueryResultsFormat.TSV)
    assert isinstance(parsed, QuerySolutions)
    if fmt.name == "table":
        body = formats.render_table(parsed, dict(job.prefixes)).encode()
    else:
        body = parsed.serialize(format=formats.results_format(fmt)) or b""
    return Answer("results", fmt.name, body, rows, truncated)


class _Full(Exception):
    """The capped TSV has all the lines it may hold."""


class _CappedWriter(io.RawIOBase):
    """A file pyoxigraph writes TSV results to: it keeps the header and up to ``rows``
    solutions, and stops the writing (raising ``_Full``) once one more line arrives or
    the deadline has passed (raising ``EndpointError``)."""

    def __init__(self, rows: int, deadline: Deadline) -> None:
        super().__init__()
        self.lines_left = rows + 1  # the header line too
        self.deadline = deadline
        self.chunks: list[bytes] = []
        self.full = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.deadline.check()
        newlines = chunk.count(b"\n")
        if newlines >= self.lines_left:
            cut = -1
            for _ in range(self.lines_left):
                cut = chunk.index(b"\n", cut + 1)
            self.chunks.append(chunk[: cut + 1])
            self.lines_left = 0
            # a line after the cut means more solutions than the cap
            self.full = self.full or cut + 1 < len(chunk)
            if self.full:
                raise _Full
            return len(chunk)
        if self.lines_left == 0 and chunk:
            self.full = True
            raise _Full
        self.lines_left -= newlines
        self.chunks.append(chunk)
        return len(chunk)


def _capped_tsv(result: QuerySolutions, job: QueryJob, deadline: Deadline) -> tuple[bytes, bool]:
    writer = _CappedWriter(job.max_rows, deadline)
    with contextlib.suppress(_Full):
        result.serialize(cast(IO[bytes], writer), format=QueryResultsFormat.TSV)
    tsv = b"".join(writer.chunks)
    if not tsv.endswith(b"\n"):
        tsv += b"\n"
    return tsv, writer.full


def _reorder(tsv: bytes, columns: list[int]) -> bytes:
    """The TSV with its columns in the order ``columns`` gives."""
    out = []
    for line in tsv.decode().split("\n")[:-1]:
        cells = line.split("\t")
        out.append("\t".join(cells[i] for i in columns))
    return ("\n".join(out) + "\n").encode()


def _filtered(
    result: QuerySolutions, job: QueryJob, deadline: Deadline, names: list[str], columns: list[int]
) -> tuple[list[str], bool]:
    """The TSV lines of the solutions that pass ``job.filters``, up to the cap."""
    wanted = [(names.index(n) if n in names else -1, value) for n, value in job.filters]
    lines = ["\t".join(f"?{names[i]}" for i in columns)]
    truncated = False
    for solution in result:
        deadline.check()
        row = tuple(solution)
        if any(i < 0 or _value(row[i]) != value for i, value in wanted):
            continue
        if len(lines) > job.max_rows:
            truncated = True
            break
        lines.append("\t".join("" if row[i] is None else str(row[i]) for i in columns))
    return lines, truncated


def _value(term: Term | None) -> str | None:
    return None if term is None else str(getattr(term, "value", term))


def _triples(result: Iterable[Triple], job: QueryJob, deadline: Deadline) -> Answer:
    fmt = format_for(job.graph_format, "the graph of a CONSTRUCT or DESCRIBE query")
    kept: dict[Triple, None] = {}  # a graph is a set: the same triple once
    truncated = False
    for triple in result:
        if triple in kept:
            continue
        if len(kept) == job.max_rows:
            truncated = True
            break
        deadline.check()
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


def time_limit_message(timeout: float) -> str:
    """What a client is told when its query was stopped."""
    return (
        f"the query was stopped after {timeout:g} s, the time limit of this server; "
        "narrow it down (LIMIT, more specific patterns) and try again"
    )


@dataclass(frozen=True, slots=True)
class Deadline:
    """When a job's time is up (``time.monotonic()``), and what the client is then told."""

    at: float
    timeout: float
    status: int
    message: Callable[[float], str]

    @classmethod
    def after(
        cls, timeout: float, status: int = 503, message: Callable[[float], str] = time_limit_message
    ) -> Deadline:
        """The deadline ``timeout`` seconds from now (503 with the time limit by default)."""
        return cls(time.monotonic() + timeout, timeout, status, message)

    def check(self) -> None:
        """Raise the client's error if the time is up."""
        if time.monotonic() > self.at:
            raise EndpointError(self.status, self.message(self.timeout))


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
