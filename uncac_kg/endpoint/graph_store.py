"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store``.

A graph is named indirectly (``/store?graph=IRI``, or ``/store?default`` for the
default graph) or directly (``/store/anything`` is the graph whose IRI is that
URL). ``GET /store`` with neither is the whole dataset (N-Quads, TriG or
JSON-LD). GET and HEAD are open to all; PUT, POST and DELETE need the write
token. PUT replaces a graph (201 when it creates it, else 204), POST adds to
it (a ``multipart/form-data`` body adds each part) or, at ``/store`` itself,
creates a new graph and answers 201 with its IRI in ``Location``; DELETE
removes it; a graph that is not there is 404.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser

from pyoxigraph import NamedNode, RdfFormat
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from uncac_kg import formats
from uncac_kg.endpoint import negotiation
from uncac_kg.endpoint.auth import require_write_access
from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.jobs import DumpJob, WriteJob
from uncac_kg.formats import Kind

DATASET_FORMATS = ("nq", "trig", "jsonld")


@dataclass(frozen=True, slots=True)
class Target:
    """What a request names: a graph (``iri``; None is the default graph) or the dataset."""

    iri: str | None
    dataset: bool = False


def target(request: Request) -> Target:
    """The graph (or the dataset) a request names; 400 for a bad or ambiguous name."""
    params = request.query_params
    path = request.path_params.get("path", "")
    named = params.getlist("graph")
    default = "default" in params
    if path:
        if named or default:
            raise EndpointError(400, "a graph named by the URL cannot also have ?graph or ?default")
        return Target(str(request.url.replace(query="", fragment="")))
    if len(named) > 1 or (named and default):
        raise EndpointError(400, "name one graph: ?graph=IRI or ?default")
    if default:
        return Target(None)
    if not named:
        return Target(None, dataset=True)
    try:
        return Target(NamedNode(named[0]).value)
    except ValueError:
        raise EndpointError(400, f"graph is not an absolute IRI: {named[0]}") from None


def _offers(dataset: bool) -> list[tuple[str, formats.Format]]:
    offers = formats.media_types(Kind.GRAPH)
    if dataset:
        return [(m, f) for m, f in offers if f.name in DATASET_FORMATS]
    return [
        (m, f)
        for m, f in offers
        if not formats.rdf_format(f).supports_datasets or f.name == "jsonld"
    ]


async def graph_store(request: Request) -> Response:
    """``/store`` and ``/store/{path}``: read or write a graph."""
    backend: Backend = request.app.state.backend
    named = target(request)
    if request.method in ("GET", "HEAD"):
        return await _read(request, backend, named)
    require_write_access(request, backend.options.write_token)
    timeout = backend.options.limits.timeout_for(request.query_params.get("timeout"))
    if request.method == "DELETE":
        if named.dataset:
            raise EndpointError(400, "name the graph to delete: ?graph=IRI or ?default")
        job = WriteJob(backend.store, "delete", graph=named.iri, timeout=timeout)
        await backend.write(job)
        return Response(status_code=204)
    parts = await _parts(request)
    location = None
    if named.dataset:
        if request.method != "POST":
            raise EndpointError(400, "name the graph to replace: ?graph=IRI or ?default")
        location = f"{request.base_url}store/{uuid.uuid4().hex}"
        named = Target(location)
    operation = "put" if request.method == "PUT" else "post"
    job = WriteJob(
        backend.store, operation, graph=named.iri, parts=parts, base_iri=named.iri, timeout=timeout
    )
    written = await backend.write(job)
    headers = {"Location": location} if location else {}
    return Response(status_code=201 if written.created else 204, headers=headers)


async def _read(request: Request, backend: Backend, named: Target) -> Response:
    offers = _offers(named.dataset)
    accept = request.headers.get("accept")
    chosen = negotiation.choose(accept, [m for m, _ in offers])
    if chosen is None:
        kinds = ", ".join(dict.fromkeys(m for m, _ in offers))
        raise EndpointError(406, f"this resource is available as {kinds}")
    fmt = dict(offers)[chosen]
    media_type = f"{chosen}; charset=utf-8" if chosen.startswith("text/") else chosen
    snapshot = backend.snapshot
    etag = snapshot.etag if snapshot else None
    headers = {"Vary": "Accept", **({"ETag": etag} if etag else {})}
    if etag and etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    if named.dataset and fmt.name == "nq" and snapshot is not None:
        if request.method == "HEAD":
            headers["Content-Length"] = str(snapshot.path.stat().st_size)
            return Response(media_type=media_type, headers=headers)
        return FileResponse(snapshot.path, media_type=media_type, headers=headers)
    body = await backend.dump(DumpJob(fmt.name, named.iri, whole=named.dataset))
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(media_type=media_type, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


async def _parts(request: Request) -> tuple[tuple[str, bytes], ...]:
    """The RDF a write sends: the body, or each part of a ``multipart/form-data`` body."""
    content_type = request.headers.get("content-type", "")
    body = await request.body()
    if content_type.split(";")[0].strip().lower() != "multipart/form-data":
        return ((content_type, body),)
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise EndpointError(400, "the multipart/form-data body has no parts")
    parts = []
    for part in message.iter_parts():
        data = part.get_payload(decode=True) or b""
        media_type = part.get("content-type", "")
        if not media_type:
            extension = (part.get_filename() or "").rpartition(".")[2]
            guessed = RdfFormat.from_extension(extension) if extension else None
            media_type = guessed.media_type if guessed else ""
        parts.append((str(media_type), bytes(data)))
    return tuple(parts)
