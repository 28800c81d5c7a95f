"""The SPARQL 1.1 Protocol: queries at ``/sparql``, updates at ``/update``.

Queries come by GET (``?query=``), by POST of a form (``query=``) or by POST of
``application/sparql-query``; ``default-graph-uri`` and ``named-graph-uri`` set
the dataset, else the default graph is the union of every graph (unless the
query says ``FROM``). Updates come by POST of a form (``update=``) or of
``application/sparql-update``, with ``using-graph-uri`` and
``using-named-graph-uri``; ``/sparql`` accepts them too. The result's format is
negotiated from ``Accept`` (or forced with ``format=``); ``timeout=`` lowers
the time limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from pyoxigraph import NamedNode
from starlette.requests import Request
from starlette.responses import Response

from uncac_kg import formats
from uncac_kg.endpoint import negotiation
from uncac_kg.endpoint.auth import require_write_access
from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.jobs import Dataset, QueryJob, WriteJob
from uncac_kg.endpoint.responses import answer_response
from uncac_kg.endpoint.sparql_text import (
    DatasetConflict,
    declares_dataset,
    refused_remote_access,
    with_dataset,
)
from uncac_kg.errors import QueryError
from uncac_kg.formats import Kind
from uncac_kg.rdf.namespaces import prefixes

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


@dataclass(frozen=True, slots=True)
class Operation:
    """A query or an update, and every parameter of the request (URL and form)."""

    kind: str  # "query" or "update"
    text: str
    params: tuple[tuple[str, str], ...]

    def all(self, name: str) -> list[str]:
        return [value for key, value in self.params if key == name]

    def one(self, name: str) -> str | None:
        values = self.all(name)
        if len(values) > 1:
            raise EndpointError(400, f"the request has {len(values)} {name} parameters; give one")
        return values[0] if values else None


async def read_operation(request: Request) -> Operation:
    """The operation a request carries, checked against the protocol (400, 415)."""
    params = list(parse_qsl(request.url.query, keep_blank_values=True))
    if request.method in ("GET", "HEAD"):
        if any(key == "update" for key, _ in params):
            raise EndpointError(400, "updates must be sent by POST")
        return _operation(params, "query")
    media_type, charset = _content_type(request)
    body = await request.body()
    text = _decode(body, charset)
    if media_type == FORM:
        return _operation(params + parse_qsl(text, keep_blank_values=True), None)
    if media_type in (QUERY, UPDATE):
        if any(key in ("query", "update") for key, _ in params):
            raise EndpointError(400, "a query or update in the body cannot also be in the URL")
        kind = "query" if media_type == QUERY else "update"
        return Operation(kind, text, tuple(params))
    raise EndpointError(
        415, f"POST a form ({FORM}), {QUERY} or {UPDATE}, not {media_type or 'no content type'}"
    )


def _content_type(request: Request) -> tuple[str, str]:
    media_type, *parameters = request.headers.get("content-type", "").split(";")
    charset = "utf-8"
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media_type.strip().lower(), charset


def _decode(body: bytes, charset: str) -> str:
    if charset not in ("utf-8", "utf8"):
        raise EndpointError(415, f"send the request in UTF-8, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise EndpointError(400, "the request body is not valid UTF-8") from None


def _operation(params: list[tuple[str, str]], only: str | None) -> Operation:
    found = {key for key, _ in params} & {"query", "update"}
    if len(found) > 1:
        raise EndpointError(400, "a request carries a query or an update, not both")
    if not found or (only is not None and only not in found):
        raise EndpointError(400, f"missing the {only or 'query (or update)'} parameter")
    kind = found.pop()
    values = [value for key, value in params if key == kind]
    if len(values) > 1:
        raise EndpointError(400, f"the request has {len(values)} {kind} parameters; give one")
    return Operation(kind, values[0], tuple(params))


def graph_iris(operation: Operation, name: str) -> tuple[str, ...]:
    """The IRIs given as ``name`` parameters, each checked (400 for a bad one)."""
    iris = operation.all(name)
    for iri in iris:
        try:
            NamedNode(iri)
        except ValueError:
            raise EndpointError(400, f"{name} is not an absolute IRI: {iri}") from None
    return tuple(iris)


async def run_query(request: Request, operation: Operation, backend: Backend) -> Response:
    """Answer a query operation."""
    options = backend.options
    refusal = refused_remote_access(operation.text, options.allow_service, update=False)
    if refusal:
        raise EndpointError(403, refusal)
    default = graph_iris(operation, "default-graph-uri")
    named = graph_iris(operation, "named-graph-uri")
    dataset = Dataset(default, named) if default or named else None
    accept = request.headers.get("accept")
    results = negotiation.negotiate(accept, Kind.RESULTS)
    graph = negotiation.negotiate(accept, Kind.GRAPH)
    forced = operation.one("format")
    if forced:
        fmt = formats.for_media_type(forced) or _format_named(forced)
        results, graph = (fmt, graph) if fmt.kind is Kind.RESULTS else (results, fmt)
        accept = None
    timeout = options.limits.timeout_for(operation.one("timeout"))
    job = QueryJob(
        operation.text,
        base_iri=f"{request.base_url}sparql",
        union_default=dataset is None and not declares_dataset(operation.text),
        dataset=dataset,
        results_format=results.name if results else None,
        graph_format=graph.name if graph else None,
        max_rows=options.limits.max_rows,
        timeout=timeout,
        prefixes=tuple(prefixes(None).items()),
    )
    answer = await backend.query(job)
    return answer_response(answer, accept, options.limits.max_rows, timeout)


def _format_named(name: str) -> formats.Format:
    try:
        return formats.get(name)
    except QueryError:
        raise EndpointError(400, f"unknown format {name!r}") from None


async def run_update(request: Request, operation: Operation, backend: Backend) -> Response:
    """Apply an update operation (the caller has checked the write token)."""
    options = backend.options
    refusal = refused_remote_access(operation.text, options.allow_service, update=True)
    if refusal:
        raise EndpointError(403, refusal)
    default = graph_iris(operation, "using-graph-uri")
    named = graph_iris(operation, "using-named-graph-uri")
    try:
        update = with_dataset(operation.text, default, named)
    except DatasetConflict as error:
        raise EndpointError(400, str(error)) from None
    job = WriteJob(
        backend.store,
        "update",
        update=update,
        base_iri=f"{request.base_url}update",
        timeout=options.limits.timeout_for(operation.one("timeout")),
    )
    await backend.write(job)
    return Response(status_code=204)


async def sparql_endpoint(request: Request) -> Response:
    """``/sparql``: queries, and updates for clients that send them here."""
    backend: Backend = request.app.state.backend
    accept = request.headers.get("accept")
    if request.method == "GET" and not request.url.query and negotiation.prefers_html(accept):
        return Response(status_code=303, headers={"Location": f"{request.base_url}"})
    operation = await read_operation(request)
    if operation.kind == "update":
        require_write_access(request, backend.options.write_token)
        return await run_update(request, operation, backend)
    return await run_query(request, operation, backend)


async def update_endpoint(request: Request) -> Response:
    """``/update``: SPARQL Update by POST, with the write token."""
    backend: Backend = request.app.state.backend
    require_write_access(request, backend.options.write_token)
    operation = await read_operation(request)
    if operation.kind != "update":
        raise EndpointError(400, "send queries to /sparql; /update takes updates")
    return await run_update(request, operation, backend)
