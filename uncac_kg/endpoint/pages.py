"""The HTML page of any IRI the graph mints: an entity, a report, a paragraph, or anything else.

An entity's page shows its labels and type, its links to Wikidata, who cited
it where (speaker, role, whom they represent, the quoted words, a link to the
paragraph), where it is mentioned and, for a State or organization, what its
speakers cited. Reports and paragraphs get the document view; every other
resource a table of its properties and of the links to it. The IRI is always
bound as an RDF term (``?this``), never pasted into a query.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse

from uncac_kg.endpoint import document_view
from uncac_kg.endpoint.backend import Backend, Row
from uncac_kg.endpoint.html import Linker, esc, page, table, truncation_notice, value
from uncac_kg.endpoint.jobs import JsonTerm, uri
from uncac_kg.endpoint.page_queries import (
    CITED,
    INCOMING,
    MENTIONED,
    PROPERTIES,
    REPRESENTED,
    UNCAC,
)

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
)
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
DATA_LINKS = (("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"), ("rdfxml", "RDF/XML"))
INCOMING_CAP = 200


async def resource_page(
    request: Request, backend: Backend, iri: str, linker: Linker
) -> HTMLResponse | None:
    """The page of ``iri``, or None when the graph says nothing about it."""
    this = {"this": uri(iri)}
    properties, cut = await backend.rows(PROPERTIES, this)
    incoming, cut_in = await backend.rows(INCOMING, this, max_rows=INCOMING_CAP)
    if not properties and not incoming:
        return None
    types = [value(r, "o") for r in properties if value(r, "p") == RDF_TYPE]
    if UNCAC + "Document" in types:
        return await document_view.document_page(request, backend, iri, linker)
    if UNCAC + "Paragraph" in types:
        return await document_view.paragraph_page(request, backend, iri, linker)
    labels = _values(properties, *LABELS) or [linker.short(iri)]
    limit = backend.options.limits.max_rows
    sections = [_header(iri, labels, types, properties, linker)]
    if any(t.startswith(UNCAC) for t in types):
        sections += await _entity_sections(backend, this, labels[0], linker, limit)
    sections.append(_properties(properties, cut, linker, limit))
    if incoming:
        rows = [[linker.term(r.get("s"), _labels(r, "s")), esc(linker.short(value(r, "p")))]
                for r in incoming]  # fmt: skip
        notice = truncation_notice(cut_in, "links", INCOMING_CAP)
        sections.append(_section("Other links to it", table(["from", "property"], rows), notice))
    return page(request, labels[0], f'<article class="resource">{"".join(sections)}</article>')


def _section(title: str, content: str, notice: str = "") -> str:
    return f"<section><h2>{esc(title)}</h2>{content}{notice}</section>"


def _values(rows: list[Row], *predicates: str) -> list[str]:
    """The objects of ``predicates`` (in that order of preference), each once."""
    found: list[str] = []
    for predicate in predicates:
        for row in rows:
            text = value(row, "o")
            if value(row, "p") == predicate and text not in found:
                found.append(text)
    return found


def _labels(row: Row, name: str, label: str = "label") -> dict[str, str]:
    """``{iri: label}`` for the term ``name`` of a row, when the row has its label."""
    text = value(row, label)
    return {value(row, name): text} if text else {}


def _header(iri: str, labels: list[str], types: list[str], rows: list[Row], linker: Linker) -> str:
    shown = [t for t in types if t != UNCAC + "Entity"] or types  # every entity is an Entity
    kinds = [linker.iri(t, t.rpartition("#")[2] if t.startswith(UNCAC) else None) for t in shown]
    also = [a for a in dict.fromkeys([*labels[1:], *_values(rows, ALT_LABEL)]) if a != labels[0]]
    same = [s for s in _values(rows, SAME_AS) if "wikidata.org/entity/" in s]
    data = " ".join(f'<a href="?format={name}">{label}</a>' for name, label in DATA_LINKS)
    parts = [
        f'<p class="kind">{" · ".join(kinds) or "Resource"} · <code>{esc(linker.short(iri))}</code>'
        "</p>",
        f"<h1>{esc(labels[0])}</h1>",
    ]
    if also:
        parts.append(f'<p class="also">Also called: {esc(", ".join(also))}</p>')
    if same:
        links = " ".join(linker.iri(s, s.rpartition("/")[2]) for s in same)
        parts.append(f'<p class="wikidata">Wikidata: {links}</p>')
    parts.append(f'<p class="data">As data: {data}</p>')
    return "<header>" + "".join(parts) + "</header>"


async def _entity_sections(
    backend: Backend, this: dict[str, JsonTerm], name: str, linker: Linker, limit: int
) -> list[str]:
    """Who cited the entity, what its representatives cited, where it is mentioned."""
    sections = []
    cited, cut = await backend.rows(CITED, this)
    if cited:
        headers = ["report", "paragraph", "speaker", "role", "representing", "quoted words"]
        rows = [
            [
                esc(value(r, "docId")),
                _paragraph(r, linker),
                esc(value(r, "speaker")),
                esc(value(r, "role")),
                linker.term(r.get("aff"), _labels(r, "aff", "affLabel")),
                f"<q>{esc(value(r, 'quote'))}</q>",
            ]
            for r in cited
        ]
        notice = truncation_notice(cut, "citations", limit)
        sections.append(_section("Cited by", table(headers, rows, "citations"), notice))
    spoken, cut = await backend.rows(REPRESENTED, this)
    if spoken:
        headers = ["report", "paragraph", "speaker", "cited"]
        rows = [
            [esc(value(r, "docId")), _paragraph(r, linker), esc(value(r, "speaker")),
             esc(value(r, "cited"))]
            for r in spoken
        ]  # fmt: skip
        title = f"What speakers representing {name} cited"
        sections.append(
            _section(title, table(headers, rows), truncation_notice(cut, "rows", limit))
        )
    mentioned, cut = await backend.rows(MENTIONED, this)
    if mentioned:
        rows = [
            [esc(value(r, "docId")), _paragraph(r, linker), f"<q>{esc(value(r, 'quotes'))}</q>"]
            for r in mentioned
        ]
        notice = truncation_notice(cut, "paragraphs", limit)
        sections.append(
            _section("Mentioned in", table(["report", "paragraph", "words"], rows), notice)
        )
    return sections


def _paragraph(row: Row, linker: Linker) -> str:
    return linker.iri(value(row, "paragraph"), f"¶ {value(row, 'n')}")


def _properties(rows: list[Row], cut: bool, linker: Linker, limit: int) -> str:
    shown: dict[tuple[str, str], Row] = {}
    for row in rows:
        shown.setdefault((value(row, "p"), value(row, "o")), row)
    cells = [
        [esc(linker.short(p)), linker.term(r.get("o"), _labels(r, "o"))]
        for (p, _), r in shown.items()
    ]
    content = table(["property", "value"], cells, "properties")
    return _section("All properties", content, truncation_notice(cut, "properties", limit))
