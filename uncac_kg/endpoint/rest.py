"""The stored queries of ``queries/`` as a small REST surface.

``GET /queries`` lists them (name, title, description, variables, parameters);
``GET /queries/<name>`` runs one and answers JSON (``{"variables": [...],
"rows": [{...}]}``, numbers as numbers), CSV (a header of bare variable names),
or any SPARQL results format, by ``Accept`` or ``?format=json|csv|tsv|srj|xml``.
Other query parameters narrow the rows to those where a variable the query
projects (its ``# variables:`` header) has that value:
``/queries/citations?affiliation=Italy&paragraph=31``. A query may also declare
inputs (``# param: state iri The State``): those are bound as RDF terms before
it runs (an IRI, an integer or a string, or the type the header gives). No
value is ever pasted into a query's text.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

from pyoxigraph import NamedNode
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from uncac_kg import formats, queries
from uncac_kg.endpoint import negotiation
from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.html import esc, page
from uncac_kg.endpoint.jobs import JsonTerm, QueryJob
from uncac_kg.endpoint.responses import answer_response
from uncac_kg.endpoint.sparql_text import refused_remote_access
from uncac_kg.formats import Kind

XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = {
    "integer": XSD + "integer",
    "decimal": XSD + "decimal",
    "double": XSD + "double",
    "boolean": XSD + "boolean",
    "date": XSD + "date",
    "string": None,
}
INTEGERS = {
    XSD + t
    for t in (
        "integer",
        "long",
        "int",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
    )
}
DECIMALS = {XSD + t for t in ("decimal", "double", "float")}
RESERVED = ("format", "timeout")
SIMPLE_JSON = "application/json"


def describe(stored: queries.StoredQuery, base: str) -> dict[str, object]:
    """What a client needs to know about a stored query."""
    return {
        "name": stored.name,
        "title": stored.title,
        "description": stored.description,
        "variables": list(stored.variables),
        "parameters": [_param(p) for p in stored.params],
        "url": f"{base}queries/{stored.name}",
    }


def _param(declaration: str) -> dict[str, str]:
    name, _, rest = declaration.strip().partition(" ")
    kind, _, text = rest.strip().partition(" ")
    if kind not in TYPES and kind != "iri":
        kind, text = "", rest.strip()
    return {"name": name.lstrip("?$"), "type": kind or "auto", "description": text.strip()}


def bind(name: str, raw: str, kind: str) -> JsonTerm:
    """A parameter's value as an RDF term (in the JSON results shape)."""
    if kind == "iri" or (kind == "auto" and re.match(r"https?://\S+$", raw)):
        iri = raw.strip("<>")
        try:
            NamedNode(iri)
        except ValueError:
            raise EndpointError(400, f"{name} must be an IRI: {raw}") from None
        return {"type": "uri", "value": iri}
    if kind == "auto":
        kind = "integer" if re.fullmatch(r"[+-]?\d+", raw) else "string"
    datatype = TYPES.get(kind)
    return {"type": "literal", "value": raw, **({"datatype": datatype} if datatype else {})}


def _parameters(
    request: Request, stored: queries.StoredQuery
) -> tuple[tuple[tuple[str, JsonTerm], ...], tuple[tuple[str, str], ...]]:
    """The request's parameters as (bindings of ``# param:`` variables, filters on the
    ``# variables:`` it projects)."""
    declared = {p["name"]: p["type"] for p in map(_param, stored.params)}
    bound, filters = [], []
    for name, raw in request.query_params.multi_items():
        if name in RESERVED:
            continue
        if name in declared:
            bound.append((name, bind(name, raw, declared[name])))
        elif name in stored.variables:
            filters.append((name, raw))
        else:
            known = ", ".join(sorted({*declared, *stored.variables})) or "none"
            raise EndpointError(400, f"{stored.name} has no parameter {name!r} (it has: {known})")
    return tuple(bound), tuple(filters)


async def list_queries(request: Request) -> Response:
    """``GET /queries``: every stored query (a page for browsers, else JSON)."""
    base = str(request.base_url)
    stored = queries.stored()
    if not negotiation.prefers_html(request.headers.get("accept"), Kind.RESULTS):
        return JSONResponse([describe(q, base) for q in stored])
    items = []
    for query in stored:
        url = esc(f"{base}queries/{query.name}")
        editor = esc(f"{base}?{urlencode({'query': query.sparql})}")
        items.append(
            f"<li><strong>{esc(query.title or query.name)}</strong> "
            f"<code>{esc(query.name)}</code><p>{esc(query.description)}</p>"
            f'<p><a href="{editor}">open in the query editor</a> · <a href="{url}">JSON</a> · '
            f'<a href="{url}?format=csv">CSV</a></p></li>'
        )
    intro = (
        "<h1>Stored queries</h1><p>The queries of <code>queries/</code>, as REST: "
        "<code>GET /queries/NAME</code> answers JSON or CSV; parameters named after a "
        "variable keep the rows with that value.</p>"
    )
    return page(request, "Stored queries", f'{intro}<ul class="queries">{"".join(items)}</ul>')


async def run_stored_query(request: Request) -> Response:
    """``GET /queries/<name>``: run a stored query with its parameters bound."""
    backend: Backend = request.app.state.backend
    stored = queries.find(request.path_params["name"])
    if stored is None:
        raise EndpointError(404, f"no stored query named {request.path_params['name']!r}")
    offers = [SIMPLE_JSON, *(m for m, _ in formats.media_types(Kind.RESULTS) if m != SIMPLE_JSON)]
    accept = request.headers.get("accept")
    forced = request.query_params.get("format")
    if forced:
        media_type = SIMPLE_JSON if forced == "json" else _forced(forced).media_type
        accept = media_type
    else:
        media_type = negotiation.choose(accept, offers) or ""
    if not media_type:
        raise EndpointError(406, "stored queries answer as JSON, CSV, TSV or SPARQL results")
    fmt = (
        formats.get("json")
        if media_type == SIMPLE_JSON
        else dict(formats.media_types(Kind.RESULTS))[media_type]
    )
    refusal = refused_remote_access(stored.sparql, backend.options.allow_service, update=False)
    if refusal:  # a stored query is held to the same rule as one sent to /sparql
        raise EndpointError(403, refusal)
    limits = backend.options.limits
    substitutions, filters = _parameters(request, stored)
    job = QueryJob(
        stored.sparql,
        results_format=fmt.name,
        graph_format="ttl",
        max_rows=limits.max_rows,
        timeout=limits.timeout_for(request.query_params.get("timeout")),
        substitutions=substitutions,
        filters=filters,
    )
    answer = await backend.query(job)
    response = answer_response(answer, accept, limits.max_rows, job.timeout)
    if media_type == SIMPLE_JSON and answer.kind == "results":
        document = json.loads(answer.body)
        simple = {
            "query": stored.name,
            "title": stored.title,
            "variables": document.get("head", {}).get("vars", []),
            "rows": [
                {k: plain(v) for k, v in row.items()}
                for row in document.get("results", {}).get("bindings", [])
            ],
            "truncated": answer.truncated,
        }
        headers = {k: v for k, v in response.headers.items() if k.lower().startswith("x-")}
        return JSONResponse(simple, headers={**headers, "Vary": "Accept"})
    return response


def _forced(name: str) -> formats.Format:
    alias = {"srj": "json", "srx": "xml"}.get(name, name)
    fmt = formats.get(alias) if alias in formats.names(Kind.RESULTS) else None
    if fmt is None or fmt.name == "table":
        raise EndpointError(400, f"unknown format {name!r}; use json, csv, tsv, srj or xml")
    return fmt


def plain(term: JsonTerm) -> object:
    """A term as a plain JSON value: numbers and booleans as such, the rest as strings."""
    text = str(term.get("value", ""))
    datatype = term.get("datatype")
    try:
        if datatype in INTEGERS:
            return int(text)
        if datatype in DECIMALS:
            return float(text)
    except ValueError:
        return text
    if datatype == XSD + "boolean":
        return text in ("true", "1")
    return text
