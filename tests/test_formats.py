"""The format table: names, aliases and MIME types, and each format's output."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store, parse

from uncac_kg import formats
from uncac_kg.errors import QueryError
from uncac_kg.formats import FORMATS, Format, Kind
from uncac_kg.rdf.namespaces import prefixes
from uncac_kg.store import EmbeddedStore

EXPECTED = [
    # name, an alias or None, MIME type, extension, kind
    ("table", "text", "text/plain", "txt", Kind.RESULTS),
    ("csv", None, "text/csv", "csv", Kind.RESULTS),
    ("tsv", None, "text/tab-separated-values", "tsv", Kind.RESULTS),
    ("json", "srj", "application/sparql-results+json", "srj", Kind.RESULTS),
    ("xml", "srx", "application/sparql-results+xml", "srx", Kind.RESULTS),
    ("ttl", "turtle", "text/turtle", "ttl", Kind.GRAPH),
    ("nt", "ntriples", "application/n-triples", "nt", Kind.GRAPH),
    ("nq", "nquads", "application/n-quads", "nq", Kind.GRAPH),
    ("trig", None, "application/trig", "trig", Kind.GRAPH),
    ("jsonld", "json-ld", "application/ld+json", "jsonld", Kind.GRAPH),
    ("rdfxml", "rdf", "application/rdf+xml", "rdf", Kind.GRAPH),
]
CITATION_VARIABLES = "document,paragraph,speaker,role,affiliation,affiliationType,cited,citedType"


@pytest.mark.parametrize(("name", "alias", "media_type", "extension", "kind"), EXPECTED)
def test_registry(
    name: str, alias: str | None, media_type: str, extension: str, kind: Kind
) -> None:
    fmt = formats.get(name)
    assert (fmt.name, fmt.media_type, fmt.extension, fmt.kind) == (
        name,
        media_type,
        extension,
        kind,
    )
    assert formats.get(name.upper()) is fmt
    if alias is not None:
        assert formats.get(alias) is fmt
    assert formats.for_media_type(media_type) is fmt
    assert formats.for_media_type(f"{media_type}; charset=utf-8") is fmt


def test_the_table_is_complete_and_unambiguous() -> None:
    assert [f.name for f in FORMATS] == [row[0] for row in EXPECTED]
    all_names = formats.names()
    assert len(all_names) == len(set(all_names))
    assert len({f.media_type for f in FORMATS}) == len(FORMATS)
    assert set(formats.names(Kind.RESULTS)) & set(formats.names(Kind.GRAPH)) == set()


def test_unknown_format() -> None:
    with pytest.raises(QueryError, match="unknown format 'yaml'"):
        formats.get("yaml")
    assert formats.for_media_type("application/yaml") is None


def test_csv_header_has_bare_variable_names(loaded_store: EmbeddedStore) -> None:
    result = loaded_store.query(_citations_query())
    data = formats.serialize(result, formats.get("csv")).decode("utf-8")
    assert data.splitlines()[0] == CITATION_VARIABLES
    first = next(csv.DictReader(io.StringIO(data)))
    assert first["affiliation"] == "Italy"
    assert first["paragraph"] == "1"


def test_csv_leaves_unbound_cells_empty(loaded_store: EmbeddedStore) -> None:
    result = loaded_store.query(_citations_query())
    data = formats.serialize(result, formats.get("csv")).decode("utf-8")
    last = list(csv.DictReader(io.StringIO(data)))[-1]
    assert last["cited"] == ""
    assert last["affiliationType"] == "Organization"


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.kind is Kind.RESULTS], ids=str)
def test_every_results_format_writes_a_select(fmt: Format) -> None:
    data = formats.serialize(_store().query("SELECT ?s ?o WHERE { ?s ?p ?o }"), fmt)
    assert b"hello" in data
    if fmt.name == "json":
        assert json.loads(data)["head"]["vars"] == ["s", "o"]


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.kind is Kind.RESULTS], ids=str)
def test_every_results_format_writes_an_ask(fmt: Format) -> None:
    data = formats.serialize(_store().query("ASK { ?s ?p ?o }"), fmt)
    assert b"true" in data


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f.kind is Kind.GRAPH], ids=str)
def test_every_graph_format_writes_a_construct(fmt: Format) -> None:
    result = _store().query("CONSTRUCT WHERE { ?s ?p ?o }")
    data = formats.serialize(result, fmt, prefixes())
    rdf_format = RdfFormat.from_extension(fmt.extension)
    assert rdf_format is not None
    (quad,) = list(parse(data, rdf_format))
    assert quad.object == Literal("hello")


@pytest.mark.parametrize(
    ("query", "fmt"),
    [("SELECT * WHERE { ?s ?p ?o }", "ttl"), ("CONSTRUCT WHERE { ?s ?p ?o }", "csv")],
)
def test_a_format_of_the_wrong_kind_is_refused(query: str, fmt: str) -> None:
    with pytest.raises(QueryError, match="cannot show the result"):
        formats.serialize(_store().query(query), formats.get(fmt))


def test_defaults_follow_the_kind_of_result() -> None:
    store = _store()
    assert formats.default_for(store.query("SELECT * WHERE { ?s ?p ?o }")).name == "table"
    assert formats.default_for(store.query("ASK { ?s ?p ?o }")).name == "table"
    assert formats.default_for(store.query("DESCRIBE <https://example.org/s>")).name == "ttl"


def test_table_is_aligned_and_counts_rows(loaded_store: EmbeddedStore) -> None:
    result = loaded_store.query(_citations_query())
    text = formats.serialize(result, formats.get("table")).decode("utf-8")
    lines = text.splitlines()
    assert lines[0].split() == CITATION_VARIABLES.split(",")
    assert set(lines[1]) <= {"-", " "}
    assert lines[-1] == "(7 rows)"
    assert lines[2].index("State") == lines[0].index("affiliationType")


def test_table_shortens_iris_and_truncates_long_cells() -> None:
    store = _store()
    long_text = "word " * 40
    store.add(Quad(NamedNode("https://w3id.org/uncac-kg/state/ITA"), _P, Literal(long_text)))
    result = store.query("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s")
    text = formats.render_table(result, prefixes("https://w3id.org/uncac-kg/"))  # type: ignore[arg-type]
    assert "<https://example.org/s>" in text
    assert "kg:state/ITA" in text
    (long_line,) = [line for line in text.splitlines() if "kg:state/ITA" in line]
    assert long_line.endswith("…")
    assert text.endswith("(2 rows)\n")


def test_table_of_an_ask() -> None:
    assert formats.serialize(_store().query("ASK { ?s ?p 1 }"), formats.get("table")) == b"false\n"


_P = NamedNode("https://example.org/p")


def _store() -> Store:
    store = Store()
    store.add(Quad(NamedNode("https://example.org/s"), _P, Literal("hello")))
    return store


def _citations_query() -> str:
    from uncac_kg.resources import queries_dir

    return (queries_dir() / "citations.rq").read_text(encoding="utf-8")
