"""Full-text search over paragraph text: a small SQLite FTS5 index built from the data served.

Oxigraph has no full-text index, so the server builds one, in a query worker,
each time it takes a snapshot of the store (a few milliseconds for a report of
fifty paragraphs), or, for a remote store, from that store's answers each time
its content changes. Each paragraph is indexed with its text and the labels of
what it names; facets let a search be narrowed to the paragraphs that name a
State (or whose speaker represents one), an entity type, or a document.
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
from pyoxigraph import QuerySolutions

from uncac_kg.store.base import QueryResult

UNCAC = "https://w3id.org/uncac-kg/ontology#"
_PREFIXES = f"""PREFIX uncac: <{UNCAC}>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_PARAGRAPHS = (
    _PREFIXES
    + """SELECT ?p ?doc ?title ?n ?text WHERE { GRAPH ?g {
  ?p a uncac:Paragraph ; uncac:inDocument ?d ; uncac:number ?n ; uncac:text ?text .
  ?d dcterms:identifier ?doc . OPTIONAL { ?d dcterms:title ?title } } }
ORDER BY ?doc ?n ?p"""
)
#: What each paragraph names, with the type and label its report gives it (read in the
#: report's own graph: an entity is typed and labelled in every report that names it, and
#: the union of all graphs would repeat each of those facts once per report).
_NAMED = (
    _PREFIXES
    + """SELECT DISTINCT ?p ?e ?class ?label ?code WHERE {
  GRAPH ?g { ?p a uncac:Paragraph .
    { ?p uncac:mentions ?e } UNION { ?p uncac:hasStatement/uncac:speaker/uncac:represents ?e }
    ?e a ?class ; rdfs:label ?label . }
  OPTIONAL { ?e uncac:iso3166Alpha3 ?code }
  FILTER (STRSTARTS(STR(?class), STR(uncac:)) && ?class != uncac:Entity) }"""
)
_SCHEMA = """
CREATE VIRTUAL TABLE paragraphs USING fts5(
  text, labels, iri UNINDEXED, document UNINDEXED, number UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE facets (paragraph INTEGER, kind TEXT, value TEXT);
CREATE INDEX facets_by_value ON facets (kind, value, paragraph);
CREATE TABLE choices (kind TEXT, value TEXT, label TEXT, PRIMARY KEY (kind, value));
"""
FACETS = ("state", "type", "document")
_FACET = "SELECT paragraph FROM facets WHERE kind = ? AND value = ? COLLATE NOCASE"


def build_index(store: pyoxigraph.Store, path: Path) -> int:
    """Write the search index of ``store`` to ``path`` (replacing it); the paragraphs indexed."""
    return build_index_from(
        lambda sparql: store.query(sparql, use_default_graph_as_union=True), path
    )


def build_index_from(run: Callable[[str], QueryResult], path: Path) -> int:
    """Write to ``path`` (replacing it) the search index of the data that ``run`` queries
    (a SELECT query in, its solutions out, the default graph being the union of the
    named graphs); the paragraphs indexed. The two queries are run before ``path`` is
    touched."""
    rows: dict[str, tuple[int, str, str, str, int]] = {}
    named: dict[str, list[tuple[str, str, str, str | None]]] = {}
    for s in _solutions(run(_PARAGRAPHS)):
        entry = (
            len(rows) + 1,
            s["doc"].value,
            _text(s["title"]),
            s["text"].value,
            int(s["n"].value),
        )
        rows.setdefault(s["p"].value, entry)
    for s in _solutions(run(_NAMED)):
        code = s["code"].value if s["code"] is not None else None
        local = re.sub(r"^.*[#/]", "", s["class"].value)
        named.setdefault(s["p"].value, []).append((s["e"].value, local, s["label"].value, code))
    path.unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as db:
        db.executescript(_SCHEMA)
        for iri, (rowid, doc, title, text, number) in rows.items():
            entities = named.get(iri, [])
            labels = " ; ".join(sorted({label for _, _, label, _ in entities}))
            db.execute(
                "INSERT INTO paragraphs (rowid, text, labels, iri, document, number) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (rowid, text, labels, iri, doc, number),
            )
            facets = {("document", doc, title or doc)}
            for _, local, label, code in entities:
                facets.add(("type", local, local))
                if local == "State":
                    facets.add(("state", code or label, label))
                    facets.add(("state-name", label, label))
            for kind, value, label in facets:
                stored_kind = "state" if kind == "state-name" else kind
                db.execute("INSERT INTO facets VALUES (?, ?, ?)", (rowid, stored_kind, value))
                if kind != "state-name":
                    db.execute(
                        "INSERT OR IGNORE INTO choices VALUES (?, ?, ?)", (kind, value, label)
                    )
        db.commit()
    return len(rows)


def _solutions(result: QueryResult) -> QuerySolutions:
    if not isinstance(result, QuerySolutions):
        raise TypeError("the search index is built from SELECT queries' solutions")
    return result


def _text(term: object) -> str:
    return str(getattr(term, "value", "")) if term is not None else ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One paragraph found: where it is, and its text around the words searched for
    (``snippet`` is HTML: escaped, with ``<mark>`` around the matches)."""

    iri: str
    document: str
    number: int
    snippet: str


@dataclass(frozen=True, slots=True)
class Results:
    """A page of hits and how many paragraphs match in all."""

    total: int
    hits: tuple[Hit, ...]


def fts_query(text: str) -> str:
    """A user's words as a safe FTS5 query: each word (or "quoted phrase") must appear;
    a trailing ``*`` matches a prefix. FTS5's own syntax is never passed through."""
    terms = []
    for match in re.finditer(r'"([^"]*)"|([\w][\w\'’-]*)(\*?)', text):
        phrase, word, star = match.groups()
        words = re.findall(r"\w+", phrase if phrase is not None else word)
        if words:
            terms.append('"' + " ".join(words) + '"' + ("*" if star and word else ""))
    return " ".join(terms)


class SearchIndex:
    """Read access to one index file (a new SQLite connection per search: thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as db:
            yield db

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        """For each facet, its values and their labels, sorted by label."""
        found: dict[str, list[tuple[str, str]]] = {kind: [] for kind in FACETS}
        with self._db() as db:
            for kind, value, label in db.execute("SELECT * FROM choices ORDER BY kind, label"):
                found[kind].append((value, label))
        return found

    def search(
        self, text: str, filters: dict[str, str], limit: int = 20, offset: int = 0
    ) -> Results:
        """Paragraphs whose text (or the labels of what they name) has every word of
        ``text``, narrowed by ``filters`` (facet → value); best matches first."""
        query = fts_query(text)
        where, args = [], []
        if query:
            where.append("paragraphs MATCH ?")
            args.append(query)
        for kind, value in filters.items():
            if value and kind in FACETS:
                where.append(f"rowid IN ({_FACET})")
                args += [kind, value]
        condition = f"WHERE {' AND '.join(where)}" if where else ""
        order = "ORDER BY rank" if query else "ORDER BY document, number"
        excerpt = (
            "snippet(paragraphs, 0, char(2), char(3), '…', 40)" if query else "substr(text, 1, 240)"
        )
        with self._db() as db:
            (total,) = db.execute(f"SELECT count(*) FROM paragraphs {condition}", args).fetchone()
            found = db.execute(
                f"SELECT iri, document, number, {excerpt} FROM paragraphs {condition} "
                f"{order} LIMIT ? OFFSET ?",
                [*args, limit, offset],
            ).fetchall()
        hits = tuple(Hit(iri, doc, int(n), _marked(snippet)) for iri, doc, n, snippet in found)
        return Results(int(total), hits)


def _marked(snippet: str) -> str:
    escaped = html.escape(snippet)
    return escaped.replace("\x02", "<mark>").replace("\x03", "</mark>")
