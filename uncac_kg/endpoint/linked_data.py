"""Linked-data dereferencing: every IRI the graph mints resolves on the server.

A request path maps to the IRI under the base (``/entity/sidna-databank`` is
``https://w3id.org/uncac-kg/entity/sidna-databank``, percent-encoding kept as
minted). The answer is negotiated directly from ``Accept`` (no 303: the IRIs
are already redirected to this server by their persistent-identifier service,
and one round trip is kinder to clients): HTML for browsers, or the triples
about the IRI (as subject or object) in Turtle, JSON-LD, N-Triples or RDF/XML.
``?format=ttl`` (or ``html``) overrides ``Accept``. A named graph's IRI
(``graph/<id>``) answers with the graph's content.
"""

from __future__ import annotations

from urllib.parse import quote

import pyoxigraph
from pyoxigraph import NamedNode, RdfFormat, Triple
from starlette.requests import Request
from starlette.responses import Response

from uncac_kg import formats
from uncac_kg.endpoint import negotiation
from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.execute import serialize_triples
from uncac_kg.endpoint.html import Linker, esc, page, root
from uncac_kg.endpoint.jobs import DumpJob, QueryJob, uri
from uncac_kg.endpoint.page_queries import DESCRIBE
from uncac_kg.endpoint.pages import resource_page
from uncac_kg.endpoint.responses import answer_response, with_charset
from uncac_kg.formats import Kind
from uncac_kg.rdf.namespaces import prefixes
from uncac_kg.rdf.void import VOID, dataset_iri, void_graph
from uncac_kg.settings import Settings

HTML = negotiation.HTML
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
VOID_DATASET = NamedNode(f"{VOID}Dataset")
VOID_SPARQL_ENDPOINT = NamedNode(f"{VOID}sparqlEndpoint")
VOID_DATA_DUMP = NamedNode(f"{VOID}dataDump")


def _offers() -> list[tuple[str, formats.Format | None]]:
    graph = [(m, f) for m, f in formats.media_types(Kind.GRAPH) if f.name not in ("nq", "trig")]
    return [(HTML, None), *graph]


def requested_iri(request: Request, settings: Settings) -> str:
    """The IRI a request path stands for (its percent-encoding kept as is)."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.decode("latin-1").split("?", 1)[0]
    mount = root(request)
    if mount and path.startswith(mount):
        path = path[len(mount) :]
    return settings.base_iri + path.lstrip("/")


def _choice(request: Request) -> formats.Format | None:
    """The format asked for: None for HTML; 406 when nothing offered is acceptable."""
    offers = _offers()
    forced = request.query_params.get("format")
    if forced:
        if forced.lower() in ("html", HTML):
            return None
        by_name = {f.name: f for _, f in offers if f is not None}
        by_type = {m: f for m, f in offers if f is not None}
        fmt = by_name.get(forced.lower()) or by_type.get(forced.lower())
        if fmt is None:
            raise EndpointError(
                400, f"unknown format {forced!r}; use html or one of {', '.join(by_name)}"
            )
        return fmt
    chosen = negotiation.choose(request.headers.get("accept"), [m for m, _ in offers])
    if chosen is None:
        raise EndpointError(
            406, "this resource is available as HTML, Turtle, JSON-LD, N-Triples or RDF/XML"
        )
    return dict(offers)[chosen]


async def resource(request: Request) -> Response:
    """Any path not taken by another route: the resource the graph calls by that IRI."""
    backend: Backend = request.app.state.backend
    settings: Settings = request.app.state.settings
    iri = requested_iri(request, settings)
    fmt = _choice(request)
    linker = Linker(settings.base_iri, root(request), prefixes(settings.base_iri))
    if iri.startswith(settings.base_iri + "graph/"):
        return await _graph(request, backend, iri, fmt, linker)
    if fmt is None:
        found = await resource_page(request, backend, iri, linker)
        if found is None:
            return _not_found(request, iri)
        return found
    job = QueryJob(
        DESCRIBE,
        results_format=None,
        graph_format=fmt.name,
        max_rows=backend.options.limits.max_rows,
        timeout=backend.options.limits.timeout,
        substitutions=(("this", uri(iri)),),
        prefixes=tuple(prefixes(None).items()),
    )
    answer = await backend.query(job)
    if answer.rows == 0:
        raise EndpointError(404, f"nothing in the graph is called {iri}")
    response = answer_response(answer, request.headers.get("accept"), job.max_rows, job.timeout)
    response.headers["Link"] = (
        f'<{request.url.path}?format=html>; rel="alternate"; type="text/html"'
    )
    return response


async def void_description(request: Request) -> Response:
    """``/.well-known/void``: the dataset's VoID description, written at build time, with
    where this server offers the dataset: its SPARQL endpoint (``void:sparqlEndpoint``)
    and its dump (``void:dataDump``), absolute URLs under the request's base URL.

    A store without a description (built before descriptions were written) gets one
    that says only that much.
    """
    backend: Backend = request.app.state.backend
    settings: Settings = request.app.state.settings
    fmt = _choice(request) or formats.get("ttl")
    try:
        data = await backend.dump(DumpJob("nt", void_graph(settings.base_iri).value))
        triples = [q.triple for q in pyoxigraph.parse(data, format=RdfFormat.N_TRIPLES)]
    except EndpointError as error:
        if error.status != 404:
            raise
        triples = []
    dataset = dataset_iri(settings.base_iri)
    base = str(request.base_url)
    served = [
        Triple(dataset, RDF_TYPE, VOID_DATASET),
        Triple(dataset, VOID_SPARQL_ENDPOINT, NamedNode(f"{base}sparql")),
        Triple(dataset, VOID_DATA_DUMP, NamedNode(f"{base}dump")),
    ]
    triples += [t for t in served if t not in set(triples)]
    shown = {**prefixes(None), "void": VOID}
    body = serialize_triples(triples, fmt, shown)
    return Response(body, media_type=with_charset(fmt.media_type), headers={"Vary": "Accept"})


async def _graph(
    request: Request, backend: Backend, iri: str, fmt: formats.Format | None, linker: Linker
) -> Response:
    """A named graph: its content, or a page that says what it holds."""
    if fmt is not None:
        data = await backend.dump(DumpJob(fmt.name, iri))
        return Response(data, media_type=with_charset(fmt.media_type), headers={"Vary": "Accept"})
    await backend.dump(DumpJob("nt", iri))  # 404 when there is no such graph
    name = iri.rpartition("/")[2]
    report = iri.replace("/graph/", "/doc/", 1)
    store = esc(f"{root(request)}/store?graph={quote(iri, safe='')}")
    body = (
        '<article class="resource"><header><p class="kind">Named graph · '
        f"<code>{esc(linker.short(iri))}</code></p><h1>Graph {esc(name)}</h1></header>"
        f"<p>Everything taken from one report, or reference data. Its content: "
        f'<a href="{store}">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> · '
        f'<a href="?format=nt">N-Triples</a>.</p>'
        f"<p>The report it holds, if any: {linker.iri(report, name)}</p></article>"
    )
    return page(request, f"Graph {name}", body)


def _not_found(request: Request, iri: str) -> Response:
    body = (
        "<h1>Not in the graph</h1>"
        f"<p>Nothing in the knowledge graph is called <code>{esc(iri)}</code>.</p>"
        f'<p>Try the <a href="{esc(root(request))}/search">search</a> or the '
        f'<a href="{esc(root(request))}/documents">list of reports</a>.</p>'
    )
    return page(request, "Not found", body, status=404)
