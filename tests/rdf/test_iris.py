"""IRIs are deterministic, scoped by document, and safe whatever the identifier."""

from __future__ import annotations

import pytest

from uncac_kg.rdf.iris import IriLayout, IriMinter, safe_id

BASE = "https://w3id.org/uncac-kg/"


@pytest.fixture
def minter() -> IriMinter:
    return IriMinter(BASE)


@pytest.mark.parametrize(
    ("method", "args", "expected"),
    [
        ("document", ("cosp8",), "doc/cosp8"),
        ("graph", ("cosp8",), "graph/cosp8"),
        ("ontology_graph", (), "graph/ontology"),
        ("vocab_graph", (), "graph/vocab"),
        ("agenda_item", ("cosp8", "2"), "doc/cosp8/item/2"),
        ("section", ("cosp8", "c", "2"), "doc/cosp8/section/2-c"),
        ("section", ("cosp8", "c"), "doc/cosp8/section/c"),
        ("paragraph", ("cosp8", 24), "doc/cosp8/paragraph/24"),
        ("mention", ("cosp8", 24, 3), "doc/cosp8/paragraph/24/mention/3"),
        ("statement", ("cosp8", 24, 2), "doc/cosp8/paragraph/24/statement/2"),
        ("speaker", ("cosp8", 24, 2), "doc/cosp8/paragraph/24/statement/2/speaker"),
        ("citation", ("cosp8", 24, 2, 5), "doc/cosp8/paragraph/24/statement/2/citation/5"),
        ("role", ("co-facilitator",), "role/co-facilitator"),
        ("entity", ("state/ITA",), "state/ITA"),
        ("entity", ("article/46-4",), "article/46-4"),
        ("entity", ("entity/sidna-databank",), "entity/sidna-databank"),
        ("article", (46,), "article/46"),
    ],
)
def test_layout(minter: IriMinter, method: str, args: tuple[object, ...], expected: str) -> None:
    assert getattr(minter, method)(*args).value == BASE + expected
    # the same IRI as a string, for the N-Quads the mapper writes
    assert getattr(IriLayout(BASE), method)(*args) == BASE + expected


def test_same_input_same_iri(minter: IriMinter) -> None:
    assert IriMinter(BASE).statement("a b", 3, 1) == minter.statement("a b", 3, 1)


@pytest.mark.parametrize("identifier", ["cosp8", "UNGASS_2021", "report-2.v1", "A.B-c_d"])
def test_safe_identifiers_are_kept(identifier: str) -> None:
    assert safe_id(identifier) == identifier


@pytest.mark.parametrize(
    "identifier", ["two words", "Séance 1", "a/b", "..", "x?y#z", "ontology", "vocab", "é"]
)
def test_unsafe_identifiers_become_slugs(identifier: str) -> None:
    slug = safe_id(identifier)
    assert slug != identifier
    assert slug == safe_id(identifier)  # deterministic
    assert all(c.isascii() and (c.isalnum() or c in "-_.") for c in slug)
    assert slug.strip(".")


def test_slugs_of_different_identifiers_differ() -> None:
    assert safe_id("a b") != safe_id("a-b")
    assert safe_id("a b") != safe_id("a  b")


def test_reference_graph_names_cannot_be_taken_by_documents(minter: IriMinter) -> None:
    assert minter.graph("ontology") != minter.ontology_graph()
    assert minter.graph("vocab") != minter.vocab_graph()


def test_unusual_parts_are_percent_encoded(minter: IriMinter) -> None:
    assert minter.agenda_item("d", "2 bis").value == BASE + "doc/d/item/2%20bis"
    assert minter.entity("entity/café crème").value == BASE + "entity/caf%C3%A9%20cr%C3%A8me"


def test_references_resolve_keys_and_keep_iris(minter: IriMinter) -> None:
    assert minter.reference("state/ITA") == minter.entity("state/ITA")
    assert minter.reference("http://www.wikidata.org/entity/Q38").value.endswith("Q38")


def test_a_reference_that_is_not_an_iri_is_refused() -> None:
    with pytest.raises(ValueError):
        IriLayout(BASE).reference("http://www.wikidata.org/entity/Q 38")


@pytest.mark.parametrize("bad", ["", "a//b"])
def test_empty_parts_are_refused(minter: IriMinter, bad: str) -> None:
    with pytest.raises(ValueError):
        minter.entity(bad)


def test_empty_identifier_is_refused() -> None:
    with pytest.raises(ValueError):
        safe_id("")


def test_base_must_end_with_a_separator() -> None:
    with pytest.raises(ValueError, match="must end with"):
        IriMinter("https://example.org/kg")
    with pytest.raises(ValueError, match="must end with"):
        IriLayout("https://example.org/kg")
