"""Reading SPARQL texts by their tokens: network access, datasets, USING clauses."""

from __future__ import annotations

import pytest

from uncac_kg.endpoint.sparql_text import (
    DatasetConflict,
    declares_dataset,
    refused_remote_access,
    remote_targets,
    star_order,
    with_dataset,
)


@pytest.mark.parametrize(
    ("text", "update", "targets"),
    [
        ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", False, ["http://x/"]),
        ("select * { service SILENT <http://x/> {} }", False, ["http://x/"]),
        ("SELECT * { SERVICE ?endpoint {} }", False, [None]),
        ("PREFIX e: <http://x/> SELECT * { SERVICE e:sparql {} }", False, [None]),
        ('SELECT * { ?s ?p "SERVICE <http://x/>" }', False, []),
        ("SELECT * { ?s ?p '''a\nSERVICE <http://x/>''' }", False, []),
        ("SELECT * { ?s ?p ?o } # SERVICE <http://x/>", False, []),
        ("SELECT * { ?service <urn:SERVICE> ex:service }", False, []),
        ("LOAD <http://x/data.ttl> INTO GRAPH <urn:g>", True, ["http://x/data.ttl"]),
        ("LOAD SILENT <file:///etc/passwd>", True, ["file:///etc/passwd"]),
        ("LOAD <http://x/data.ttl>", False, []),  # not an update: not a LOAD
        ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True, ["http://x/"]),
    ],
)
def test_remote_targets(text: str, update: bool, targets: list[str | None]) -> None:
    assert remote_targets(text, update=update) == targets


def test_a_listed_endpoint_lets_a_service_through() -> None:
    query = "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"
    assert refused_remote_access(query, [], update=False)
    assert refused_remote_access(query, ["https://query.wikidata.org/sparql"], update=False) is None
    assert refused_remote_access(query, ["https://query.wikidata.org/"], update=False)
    assert refused_remote_access("SELECT * { SERVICE ?x {} }", ["?x"], update=False)


def test_from_declares_a_dataset() -> None:
    assert declares_dataset("SELECT * FROM <urn:g> { ?s ?p ?o }")
    assert declares_dataset("SELECT * from named <urn:g> { GRAPH ?g { ?s ?p ?o } }")
    assert not declares_dataset('SELECT * { ?s <urn:from> "FROM" }')


def test_using_clauses_go_before_each_where() -> None:
    update = (
        "PREFIX ex: <http://example.org/> CLEAR ALL ; INSERT DATA { ex:a ex:b ex:c } ;\n"
        "INSERT { GRAPH ex:t { ?s a ex:B } } WHERE { ?s a ex:A } ;\n"
        "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o ; ex:x 'WHERE ; {' }"
    )
    rewritten = with_dataset(update, ["urn:d"], ["urn:n"])
    assert rewritten.count("USING <urn:d> USING NAMED <urn:n> WHERE") == 2
    assert "INSERT DATA { ex:a ex:b ex:c }" in rewritten
    assert "'WHERE ; {'" in rewritten


def test_delete_where_is_expanded_to_take_using() -> None:
    rewritten = with_dataset("DELETE WHERE { ?s <urn:p> ?o }", ["urn:d"], [])
    assert rewritten == "DELETE { ?s <urn:p> ?o } USING <urn:d> WHERE { ?s <urn:p> ?o }"


@pytest.mark.parametrize(
    "update",
    [
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } USING <urn:g> WHERE { ?s ?p ?o }",
    ],
)
def test_a_dataset_in_the_update_and_the_request_conflict(update: str) -> None:
    with pytest.raises(DatasetConflict):
        with_dataset(update, [], ["urn:n"])
    assert with_dataset(update, [], []) == update


def test_select_star_columns() -> None:
    assert star_order("SELECT * WHERE { ?s ?p ?o . ?x ?p ?s }") == ["s", "p", "o", "x"]
    assert star_order("SELECT REDUCED * { $b ?a }") == ["b", "a"]
    assert star_order("SELECT ?o ?s { ?s ?p ?o }") is None
    assert star_order("ASK { ?s ?p ?o }") is None
