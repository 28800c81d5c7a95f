"""HTML for people: the page layout and small builders, every value escaped.

Templates are package data (``templates/*.html``) filled with ``string.Template``;
whatever goes into them is either escaped here (``esc``) or built from
escaped pieces by the functions below.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from string import Template

from starlette.requests import Request
from starlette.responses import HTMLResponse

from uncac_kg.endpoint.jobs import JsonTerm
from uncac_kg.rdf.namespaces import shorten

TEMPLATES = Path(__file__).parent / "templates"
WIKIDATA = re.compile(r"https?://www\.wikidata\.org/entity/(Q\d+)$")


def esc(value: object) -> str:
    """Text made safe for HTML (content and quoted attribute values)."""
    return html.escape(str(value), quote=True)


@cache
def template(name: str) -> Template:
    """A template of the package, by file name."""
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def root(request: Request) -> str:
    """The path the application is mounted at ('' at the root)."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def page(
    request: Request, title: str, body: str, *, status: int = 200, head: str = ""
) -> HTMLResponse:
    """A whole page: ``body`` (HTML) in the site layout, ``title`` escaped."""
    text = template("layout.html").substitute(
        title=esc(title), root=esc(root(request)), head=head, body=body
    )
    return HTMLResponse(text, status_code=status, headers={"Vary": "Accept"})


def fill(name: str, values: Mapping[str, str]) -> str:
    """A template filled with ``values`` (already HTML)."""
    return template(name).substitute(values)


class Linker:
    """Links to the server's own pages for IRIs it mints, and to the world for others."""

    def __init__(self, base_iri: str, root_path: str, prefixes: Mapping[str, str]) -> None:
        self.base_iri = base_iri
        self.root_path = root_path
        self.prefixes = dict(prefixes)

    def href(self, iri: str) -> str:
        """Where a link to ``iri`` goes: a local path for the server's IRIs."""
        if iri.startswith(self.base_iri) and len(iri) > len(self.base_iri):
            return f"{self.root_path}/{iri[len(self.base_iri) :]}"
        found = WIKIDATA.match(iri)
        if found:
            return f"https://www.wikidata.org/wiki/{found[1]}"
        return iri

    def safe_href(self, iri: str) -> str:
        """``href(iri)`` when it is a local path or an http(s) URL, else '' (no link)."""
        href = self.href(iri)
        return href if href.startswith((f"{self.root_path}/", "http://", "https://")) else ""

    def short(self, iri: str) -> str:
        """An IRI as a prefixed name where a prefix is known."""
        shown = shorten(iri, self.prefixes)
        return shown[1:-1] if shown.startswith("<") else shown

    def iri(self, iri: str, text: str | None = None, css: str = "") -> str:
        """A link to ``iri`` showing ``text`` (default: the IRI, shortened); IRIs that are
        neither the server's nor http(s) (``javascript:``, ``urn:``...) are shown, not linked."""
        label = text if text is not None else self.short(iri)
        href = self.safe_href(iri)
        if not href:
            return f"<code>{esc(label)}</code>"
        attribute = f' class="{esc(css)}"' if css else ""
        return f'<a href="{esc(href)}"{attribute}>{esc(label)}</a>'

    def term(self, term: JsonTerm | None, labels: Mapping[str, str] | None = None) -> str:
        """A JSON results term: IRIs as links (with a label if known), literals as text."""
        if term is None:
            return ""
        value = str(term.get("value", ""))
        if term.get("type") == "uri":
            return self.iri(value, (labels or {}).get(value))
        if term.get("type") == "bnode":
            return f"<code>_:{esc(value)}</code>"
        language = term.get("xml:lang")
        suffix = f' <span class="lang">@{esc(language)}</span>' if language else ""
        return f"{esc(value)}{suffix}"


def table(headers: Iterable[str], rows: Iterable[Iterable[str]], css: str = "") -> str:
    """A table: ``headers`` are text (escaped), cells are HTML."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    attribute = f' class="{esc(css)}"' if css else ""
    return f"<table{attribute}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def value(row: Mapping[str, JsonTerm], name: str) -> str:
    """The value of one variable of a solution ('' when unbound)."""
    term = row.get(name)
    return str(term.get("value", "")) if term else ""


def truncation_notice(truncated: bool, what: str, limit: int) -> str:
    """A visible notice when a list was cut at the row cap."""
    if not truncated:
        return ""
    return (
        f'<p class="notice">Only the first {limit} {esc(what)} are shown (the server\'s cap).</p>'
    )
