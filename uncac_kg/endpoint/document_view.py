"""A report as people read it: its paragraphs, with speakers and what they named highlighted.

The graph keeps character offsets (``uncac:beginIndex``/``uncac:endIndex``)
into the report's text for every speaker, citation and mention; a paragraph's
own offsets place its ``uncac:text`` in the report. Highlights are laid out
without overlap, speakers first, then cited entities, then mentions; each links
to the page of what it stands for.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import HTMLResponse

from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.html import Linker, esc, page, truncation_notice, value
from uncac_kg.endpoint.jobs import uri
from uncac_kg.endpoint.page_queries import ANNOTATIONS, DOCUMENT, HEADINGS, PARAGRAPHS

#: Highlight kinds, in order of precedence when two overlap.
KINDS = ("speaker", "cited", "mention")


@dataclass(frozen=True, slots=True)
class Span:
    """A highlight: characters ``begin``..``end`` of a paragraph's text."""

    begin: int
    end: int
    kind: str
    href: str
    title: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: its IRI, number, text and where its text starts in the report."""

    iri: str
    number: str
    text: str
    begin: int


def highlight(text: str, spans: list[Span]) -> str:
    """``text`` as HTML with non-overlapping ``spans`` as links (higher kinds win)."""
    chosen: list[Span] = []
    ordered = sorted(spans, key=lambda s: (KINDS.index(s.kind), s.begin, -(s.end - s.begin)))
    for span in ordered:
        if 0 <= span.begin < span.end <= len(text) and all(
            span.end <= c.begin or span.begin >= c.end for c in chosen
        ):
            chosen.append(span)
    out, at = [], 0
    for span in sorted(chosen, key=lambda s: s.begin):
        out.append(esc(text[at : span.begin]))
        words = esc(text[span.begin : span.end])
        css, title = f"hl {span.kind}", esc(span.title)
        if span.href:
            out.append(f'<a class="{css}" href="{esc(span.href)}" title="{title}">{words}</a>')
        else:
            out.append(f'<span class="{css}" title="{title}">{words}</span>')
        at = span.end
    out.append(esc(text[at:]))
    return "".join(out)


async def _content(
    backend: Backend, document: str, linker: Linker
) -> tuple[list[Paragraph], dict[str, list[Span]], list[tuple[int, str]], bool]:
    this = {"this": uri(document)}
    paragraphs_rows, cut1 = await backend.rows(PARAGRAPHS, this)
    annotation_rows, cut2 = await backend.rows(ANNOTATIONS, this)
    heading_rows, _ = await backend.rows(HEADINGS, this)
    paragraphs = [
        Paragraph(value(r, "p"), value(r, "n"), value(r, "text"), int(value(r, "begin") or 0))
        for r in paragraphs_rows
    ]
    starts = {p.iri: p.begin for p in paragraphs}
    spans: dict[str, list[Span]] = {}
    for row in annotation_rows:
        paragraph = value(row, "p")
        if paragraph not in starts:
            continue
        offset = starts[paragraph]
        target = value(row, "target")
        spans.setdefault(paragraph, []).append(
            Span(
                int(value(row, "begin")) - offset,
                int(value(row, "end")) - offset,
                value(row, "kind"),
                linker.safe_href(target) if target else "",
                value(row, "note"),
            )
        )
    headings = sorted((int(value(r, "begin") or 0), value(r, "heading")) for r in heading_rows)
    return paragraphs, spans, headings, cut1 or cut2


def _paragraph_html(paragraph: Paragraph, spans: list[Span], linker: Linker) -> str:
    number = linker.iri(paragraph.iri, f"{paragraph.number}.", "number")
    body = highlight(paragraph.text, spans)
    return (
        f'<section class="paragraph" id="p{esc(paragraph.number)}">{number} <p>{body}</p></section>'
    )


LEGEND = (
    '<p class="legend">Highlighted: <span class="hl speaker">speakers</span> '
    '<span class="hl cited">what they cited</span> '
    '<span class="hl mention">other entities named</span></p>'
)


async def document_page(
    request: Request, backend: Backend, iri: str, linker: Linker
) -> HTMLResponse:
    """The document view of a report."""
    rows, _ = await backend.rows(DOCUMENT, {"this": uri(iri)})
    info = rows[0] if rows else {}
    title = value(info, "title") or value(info, "id") or linker.short(iri)
    paragraphs, spans, headings, cut = await _content(backend, iri, linker)
    parts = [
        f'<header><p class="kind">Report · <code>{esc(value(info, "id"))}</code></p>',
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">{esc(value(info, "date"))} · source: {esc(value(info, "source"))} · '
        f"{len(paragraphs)} paragraphs · "
        '<a href="?format=ttl">its description as Turtle</a></p>',
        f"{LEGEND}</header>",
        truncation_notice(cut, "annotations", backend.options.limits.max_rows),
    ]
    pending = list(headings)
    for paragraph in paragraphs:
        while pending and pending[0][0] <= paragraph.begin:
            parts.append(f'<h2 class="heading">{esc(pending.pop(0)[1])}</h2>')
        parts.append(_paragraph_html(paragraph, spans.get(paragraph.iri, []), linker))
    return page(request, title, f'<article class="document">{"".join(parts)}</article>')


async def paragraph_page(
    request: Request, backend: Backend, iri: str, linker: Linker
) -> HTMLResponse:
    """One paragraph, highlighted, with a link to it in its report."""
    document, _, number = iri.rpartition("/paragraph/")
    rows, _ = await backend.rows(DOCUMENT, {"this": uri(document)})
    info = rows[0] if rows else {}
    paragraphs, spans, _, cut = await _content(backend, document, linker)
    found = [p for p in paragraphs if p.iri == iri]
    report = value(info, "title") or value(info, "id")
    in_report = f"{linker.href(document)}#p{number}"
    parts = [
        f'<header><p class="kind">Paragraph {esc(number)} of '
        f'<a href="{esc(in_report)}">{esc(report)}</a></p>',
        f"<h1>¶ {esc(number)}</h1>{LEGEND}</header>",
        *(_paragraph_html(p, spans.get(p.iri, []), linker) for p in found),
        truncation_notice(cut, "annotations", backend.options.limits.max_rows),
        '<p class="data">As data: <a href="?format=ttl">Turtle</a> '
        '<a href="?format=jsonld">JSON-LD</a> <a href="?format=nt">N-Triples</a></p>',
    ]
    return page(
        request, f"¶ {number} · {report}", f'<article class="document">{"".join(parts)}</article>'
    )
