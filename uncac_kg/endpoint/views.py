"""Pages for people that are not about one IRI: the query UI, the reports, the search."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from uncac_kg import queries
from uncac_kg.endpoint import negotiation
from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.html import Linker, esc, fill, page, root, table, truncation_notice, value
from uncac_kg.endpoint.page_queries import PREFIXES
from uncac_kg.endpoint.search import FACETS
from uncac_kg.rdf.namespaces import prefixes
from uncac_kg.settings import Settings

DOCUMENTS = f"""{PREFIXES}SELECT ?doc ?id ?title ?date (COUNT(DISTINCT ?p) AS ?paragraphs)
WHERE {{ GRAPH ?g {{ ?doc a uncac:Document ; dcterms:identifier ?id .
  OPTIONAL {{ ?doc dcterms:title ?title }} OPTIONAL {{ ?doc dcterms:date ?date }}
  OPTIONAL {{ ?p uncac:inDocument ?doc ; a uncac:Paragraph }} }} }}
GROUP BY ?doc ?id ?title ?date ORDER BY ?id"""
PAGE_SIZE = 20


def _script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


async def home(request: Request) -> Response:
    """The query UI (YASGUI), one tab per stored query."""
    backend: Backend = request.app.state.backend
    canned = [
        {"name": q.name, "title": q.title or q.name, "query": q.sparql} for q in queries.stored()
    ]
    limits = backend.options.limits
    body = fill(
        "index.html",
        {
            "root": esc(root(request)),
            "endpoint": esc(f"{request.base_url}sparql"),
            "queries": _script_json(canned),
            "prefixes": _script_json(prefixes(request.app.state.settings.base_iri)),
            "max_rows": esc(limits.max_rows),
            "timeout": esc(f"{limits.timeout:g}"),
        },
    )
    head = f'<link rel="stylesheet" href="{esc(root(request))}/static/yasgui/yasgui.min.css">'
    return page(request, "Query", body, head=head)


def _linker(request: Request) -> Linker:
    settings: Settings = request.app.state.settings
    return Linker(settings.base_iri, root(request), prefixes(settings.base_iri))


async def documents(request: Request) -> Response:
    """Every report in the store, with links to their document views."""
    backend: Backend = request.app.state.backend
    linker = _linker(request)
    rows, cut = await backend.rows(DOCUMENTS)
    cells = [[linker.iri(value(r, "doc"), value(r, "title") or value(r, "id")), esc(value(r, "id")),
              esc(value(r, "date")), esc(value(r, "paragraphs"))] for r in rows]  # fmt: skip
    body = (
        "<h1>Reports</h1>"
        + (
            table(["title", "identifier", "date", "paragraphs"], cells)
            if cells
            else "<p>No report yet.</p>"
        )
        + truncation_notice(cut, "reports", backend.options.limits.max_rows)
    )
    return page(request, "Reports", body)


async def search(request: Request) -> Response:
    """``/search?q=...&state=&type=&document=``: paragraphs, as a page or as JSON."""
    backend: Backend = request.app.state.backend
    if backend.index is None:
        raise EndpointError(
            503, "the search index is being built; try again shortly", {"Retry-After": "2"}
        )
    params = request.query_params
    text = params.get("q", "")
    filters = {kind: params.get(kind, "") for kind in FACETS}
    try:
        number = max(int(params.get("page", "1")), 1)
    except ValueError:
        raise EndpointError(400, "page must be a number") from None
    results = backend.index.search(text, filters, PAGE_SIZE, (number - 1) * PAGE_SIZE)
    linker = _linker(request)
    wants_json = params.get("format") == "json" or (
        "format" not in params
        and negotiation.choose(
            request.headers.get("accept"), [negotiation.HTML, "application/json"]
        )
        == "application/json"
    )
    if wants_json:
        hits = [
            {"paragraph": h.iri, "document": h.document, "number": h.number,
             "snippet": h.snippet, "url": linker.href(h.iri)}
            for h in results.hits
        ]  # fmt: skip
        return JSONResponse(
            {"query": text, "filters": filters, "total": results.total, "hits": hits}
        )
    choices = backend.index.choices()
    form = _form(text, filters, choices)
    items = "".join(
        f'<li><a href="{esc(linker.href(h.iri))}">{esc(h.document)} ¶ {h.number}</a>'
        f"<p>{h.snippet}</p></li>"
        for h in results.hits
    )
    shown = f"<p>{results.total} paragraph{'s' * (results.total != 1)} found.</p>"
    more = ""
    if number * PAGE_SIZE < results.total:
        query = urlencode(
            {"q": text, **{k: v for k, v in filters.items() if v}, "page": number + 1}
        )
        more = f'<p><a href="?{esc(query)}">Next {PAGE_SIZE}</a></p>'
    body = f'<h1>Search the reports</h1>{form}{shown}<ol class="hits">{items}</ol>{more}'
    return page(request, "Search", body)


def _form(text: str, filters: dict[str, str], choices: dict[str, list[tuple[str, str]]]) -> str:
    names = {"state": "State", "type": "Entity type", "document": "Report"}
    selects = []
    for kind in FACETS:
        options = [f'<option value="">any {esc(names[kind].lower())}</option>']
        for value_, label in choices.get(kind, []):
            selected = " selected" if value_.lower() == filters.get(kind, "").lower() else ""
            options.append(f'<option value="{esc(value_)}"{selected}>{esc(label)}</option>')
        selects.append(
            f'<label>{esc(names[kind])} <select name="{kind}">{"".join(options)}</select></label>'
        )
    return (
        '<form class="search" method="get" action="">'
        f'<input type="search" name="q" value="{esc(text)}" placeholder="words in the paragraphs" '
        f'aria-label="words">{"".join(selects)}<button type="submit">Search</button></form>'
    )
