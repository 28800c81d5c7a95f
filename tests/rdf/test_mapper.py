"""The document graph: deterministic, blank-node free, and every quote where its offsets say."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

import pytest
from fixtures import BASE_IRI, ENTITIES, make_document, make_extraction
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple, parse, serialize
from rdflib import Graph
from rdflib.compare import isomorphic

from uncac_kg.document.model import Document, Span
from uncac_kg.extract.model import Entity, EntityType, Extraction
from uncac_kg.rdf import IriMinter, to_quads
from uncac_kg.rdf.mapper import map_document, to_nquads
from uncac_kg.settings import Settings

UNCAC = "https://w3id.org/uncac-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TOP_CLASSES = {UNCAC + t.value for t in EntityType}
STANDARD = (
    UNCAC,
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    SKOS,
    "http://purl.org/dc/terms/",
    "http://www.w3.org/ns/prov#",
)
minter = IriMinter(BASE_IRI)


@pytest.fixture
def quads(document: Document, extraction: Extraction) -> list[Quad]:
    return to_quads(document, extraction, BASE_IRI)


def by_subject(quads: list[Quad]) -> dict[str, dict[str, list[object]]]:
    table: dict[str, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for q in quads:
        assert isinstance(q.subject, NamedNode)
        table[q.subject.value][q.predicate.value].append(q.object)
    return table


def as_graphs(quads: list[Quad]) -> dict[str, Graph]:
    """rdflib graphs by graph name, to compare by isomorphism."""
    triples: dict[str, list[Triple]] = defaultdict(list)
    for q in quads:
        assert isinstance(q.graph_name, NamedNode)
        triples[q.graph_name.value].append(Triple(q.subject, q.predicate, q.object))
    return {
        name: Graph().parse(data=serialize(ts, format=RdfFormat.N_TRIPLES), format="nt")
        for name, ts in triples.items()
    }


def test_no_blank_nodes(quads: list[Quad]) -> None:
    assert quads
    for q in quads:
        assert not any(isinstance(t, BlankNode) for t in (q.subject, q.object, q.graph_name))


def test_same_input_gives_the_same_graph(document: Document, extraction: Extraction) -> None:
    first = to_quads(document, extraction, BASE_IRI)
    second = to_quads(make_document(), make_extraction(make_document()), Settings())
    assert first == second
    graphs_1, graphs_2 = as_graphs(first), as_graphs(second)
    assert graphs_1.keys() == graphs_2.keys()
    assert all(isomorphic(graphs_1[name], graphs_2[name]) for name in graphs_1)


def test_no_duplicate_quads(quads: list[Quad]) -> None:
    assert len(quads) == len(set(quads))


def test_one_named_graph_per_document(document: Document) -> None:
    other = make_document("meeting-2021")
    graphs_a = {q.graph_name for q in to_quads(document, make_extraction(document), BASE_IRI)}
    graphs_b = {q.graph_name for q in to_quads(other, make_extraction(other), BASE_IRI)}
    assert graphs_a == {minter.graph("meeting-2020")}
    assert graphs_b == {minter.graph("meeting-2021")}


def test_only_ontology_and_standard_terms(quads: list[Quad]) -> None:
    for q in quads:
        assert q.predicate.value.startswith(STANDARD), q.predicate
        if q.predicate.value == RDF_TYPE:
            assert isinstance(q.object, NamedNode)
            assert q.object.value.startswith(UNCAC)


def test_offsets_slice_the_document_text_to_each_quote(
    quads: list[Quad], document: Document
) -> None:
    """Mentions, speakers and citations carry uncac:quote; paragraphs and statements uncac:text."""
    checked: dict[str, int] = defaultdict(int)
    for subject, props in by_subject(quads).items():
        words = props.get(UNCAC + "quote") or props.get(UNCAC + "text")
        if UNCAC + "beginIndex" not in props or not words:
            continue
        ((kind,), (quote,)) = props[RDF_TYPE], words
        (begin,) = props[UNCAC + "beginIndex"]
        (end,) = props[UNCAC + "endIndex"]
        assert isinstance(quote, Literal)
        assert isinstance(begin, Literal)
        assert isinstance(end, Literal)
        assert begin.datatype.value == end.datatype.value == XSD + "nonNegativeInteger"
        assert document.text[int(begin.value) : int(end.value)] == quote.value, subject
        assert isinstance(kind, NamedNode)
        checked[kind.value.removeprefix(UNCAC)] += 1
    assert checked == {"Mention": 8, "Statement": 4, "Speaker": 4, "Citation": 6, "Paragraph": 2}


def test_quote_only_where_the_ontology_allows_it(quads: list[Quad]) -> None:
    table = by_subject(quads)
    for props in table.values():
        if UNCAC + "quote" in props:
            (kind,) = props[RDF_TYPE]
            assert kind in {NamedNode(UNCAC + c) for c in ("Citation", "Mention", "Speaker")}


def test_paragraph_offsets_and_text(quads: list[Quad], document: Document) -> None:
    props = by_subject(quads)[minter.paragraph("meeting-2020", 2).value]
    (text,) = props[UNCAC + "text"]
    (begin,) = props[UNCAC + "beginIndex"]
    assert isinstance(text, Literal)
    assert isinstance(begin, Literal)
    assert document.text[int(begin.value) :].startswith(text.value)
    assert props[UNCAC + "inSection"] == [minter.section("meeting-2020", "a", "2")]
    assert props[UNCAC + "inAgendaItem"] == [minter.agenda_item("meeting-2020", "2")]


def test_statement_shape(quads: list[Quad]) -> None:
    table = by_subject(quads)
    statement = minter.statement("meeting-2020", 1, 1)
    paragraph = minter.paragraph("meeting-2020", 1)
    speaker = minter.speaker("meeting-2020", 1, 1)
    props = table[statement.value]
    assert props[RDF_TYPE] == [NamedNode(UNCAC + "Statement")]
    assert props[UNCAC + "inParagraph"] == [paragraph]
    assert props["http://www.w3.org/ns/prov#wasDerivedFrom"] == [paragraph]
    assert props[UNCAC + "speaker"] == [speaker]
    assert set(props[UNCAC + "cites"]) == {
        minter.entity("entity/sidna-databank"),
        minter.entity("entity/central-register-of-accounts"),
    }
    assert len(props[UNCAC + "hasCitation"]) == 2
    assert statement in table[paragraph.value][UNCAC + "hasStatement"]
    who = table[speaker.value]
    assert who["http://www.w3.org/2000/01/rdf-schema#label"] == [Literal("A panellist from Italy")]
    assert who[UNCAC + "role"] == [minter.role("panellist")]
    assert who[UNCAC + "represents"] == [minter.entity("state/ITA")]
    citation = table[minter.citation("meeting-2020", 1, 1, 1).value]
    assert citation[UNCAC + "citedEntity"] == [minter.entity("entity/sidna-databank")]


def test_named_speaker_has_name_and_title(quads: list[Quad]) -> None:
    who = by_subject(quads)[minter.speaker("meeting-2020", 2, 3).value]
    assert who[UNCAC + "personName"] == [Literal("Mr. John Smith")]
    assert who[UNCAC + "personTitle"] == [Literal("representative of the World Bank")]


def test_mentions_and_shortcut(quads: list[Quad]) -> None:
    table = by_subject(quads)
    paragraph = table[minter.paragraph("meeting-2020", 1).value]
    assert len(paragraph[UNCAC + "hasMention"]) == 3
    assert minter.entity("state/ITA") in paragraph[UNCAC + "mentions"]
    mention = table[minter.mention("meeting-2020", 1, 1).value]
    assert mention[UNCAC + "mentionOf"] == [minter.entity("state/ITA")]


def test_every_entity_has_one_top_class_and_one_label(quads: list[Quad]) -> None:
    table = by_subject(quads)
    for entity in ENTITIES:
        props = table[minter.entity(entity.key).value]
        classes = {c.value for c in props[RDF_TYPE] if isinstance(c, NamedNode)}
        assert classes & TOP_CLASSES == {UNCAC + entity.type.value}
        assert UNCAC + "Entity" in classes
        assert props["http://www.w3.org/2000/01/rdf-schema#label"] == [Literal(entity.label)]
        # a vocabulary entity's prefLabel lives in the vocabulary graph, not in each report's
        expected = [] if entity.reference else [Literal(entity.label)]
        assert props.get(SKOS + "prefLabel", []) == expected
        if entity.subtype:
            assert UNCAC + entity.subtype in classes


def test_labels_are_plain_strings(quads: list[Quad]) -> None:
    for q in quads:
        if q.predicate.value in (SKOS + "prefLabel", SKOS + "altLabel"):
            assert isinstance(q.object, Literal)
            assert q.object.language is None
            assert q.object.datatype.value == XSD + "string"


def test_aliases_owner_and_articles(quads: list[Quad]) -> None:
    table = by_subject(quads)
    convention = table[minter.entity("entity/united-nations-convention-against-corruption").value]
    assert set(convention[SKOS + "altLabel"]) == {Literal("Convention"), Literal("UNCAC")}
    sidna = table[minter.entity("entity/sidna-databank").value]
    assert sidna[UNCAC + "ownedBy"] == [minter.entity("state/ITA")]
    article = table[minter.entity("article/46-4").value]
    assert article[UNCAC + "partOfArticle"] == [minter.article(46)]
    assert [int(n.value) for n in article[UNCAC + "articleNumber"]] == [46]  # type: ignore[attr-defined]
    assert [int(n.value) for n in article[UNCAC + "articleParagraph"]] == [4]  # type: ignore[attr-defined]


def test_whole_article_gets_its_number(document: Document, extraction: Extraction) -> None:
    whole = Entity("article/46", "article 46", EntityType.UNCAC_ARTICLE)
    entities = {**extraction.entities, whole.key: whole}
    quads = to_quads(document, dataclasses.replace(extraction, entities=entities), BASE_IRI)
    props = by_subject(quads)[minter.article(46).value]
    assert [int(n.value) for n in props[UNCAC + "articleNumber"]] == [46]  # type: ignore[attr-defined]
    assert UNCAC + "partOfArticle" not in props


def test_document_node(quads: list[Quad], document: Document) -> None:
    props = by_subject(quads)[minter.document("meeting-2020").value]
    assert props["http://purl.org/dc/terms/identifier"] == [Literal("meeting-2020")]
    assert props["http://purl.org/dc/terms/source"] == [Literal("meeting-2020.txt")]
    assert props["http://purl.org/dc/terms/date"] == [
        Literal("2020-11-19", datatype=NamedNode(XSD + "date"))
    ]
    assert props[UNCAC + "text"] == [Literal(document.text)]
    assert len(props[UNCAC + "hasParagraph"]) == 2


def test_affiliation_outside_the_entities_is_described(
    document: Document, extraction: Extraction
) -> None:
    entities = {k: e for k, e in extraction.entities.items() if k != "entity/world-bank"}
    second = extraction.paragraphs[1]
    mentions = tuple(m for m in second.mentions if m.entity != "entity/world-bank")
    paragraphs = (extraction.paragraphs[0], dataclasses.replace(second, mentions=mentions))
    changed = dataclasses.replace(extraction, entities=entities, paragraphs=paragraphs)
    quads = to_quads(document, changed, BASE_IRI)
    props = by_subject(quads)[minter.entity("entity/world-bank").value]
    assert props[SKOS + "prefLabel"] == [Literal("World Bank")]
    assert NamedNode(UNCAC + "Organization") in props[RDF_TYPE]


def test_a_span_that_misses_its_quote_is_refused(
    document: Document, extraction: Extraction
) -> None:
    first = extraction.paragraphs[0]
    statement = dataclasses.replace(first.statements[0], span=Span(0, 5))
    broken = dataclasses.replace(first, statements=(statement,))
    with pytest.raises(ValueError, match="not the quote"):
        to_quads(document, dataclasses.replace(extraction, paragraphs=(broken,)), BASE_IRI)


def test_unknown_entity_is_refused(document: Document, extraction: Extraction) -> None:
    entities = {k: e for k, e in extraction.entities.items() if k != "state/ITA"}
    with pytest.raises(ValueError, match="state/ITA"):
        to_quads(document, dataclasses.replace(extraction, entities=entities), BASE_IRI)


def test_unknown_paragraph_is_refused(document: Document, extraction: Extraction) -> None:
    stray = dataclasses.replace(extraction.paragraphs[0], number=99)
    with pytest.raises(ValueError, match="no paragraph 99"):
        to_quads(document, dataclasses.replace(extraction, paragraphs=(stray,)), BASE_IRI)


def test_another_documents_extraction_is_refused(document: Document) -> None:
    other = make_extraction(make_document("elsewhere"))
    with pytest.raises(ValueError, match="elsewhere"):
        to_quads(document, other, BASE_IRI)


def test_unknown_subtype_is_refused(document: Document, extraction: Extraction) -> None:
    odd = dataclasses.replace(ENTITIES[0], subtype="Kingdom")
    entities = {**extraction.entities, odd.key: odd}
    with pytest.raises(ValueError, match="Kingdom"):
        to_quads(document, dataclasses.replace(extraction, entities=entities), BASE_IRI)


def test_a_cited_entity_counts_as_mentioned(document: Document, extraction: Extraction) -> None:
    first = dataclasses.replace(extraction.paragraphs[0], mentions=())
    changed = dataclasses.replace(extraction, paragraphs=(first, extraction.paragraphs[1]))
    quads = to_quads(document, changed, BASE_IRI)
    paragraph = by_subject(quads)[minter.paragraph("meeting-2020", 1).value]
    assert UNCAC + "hasMention" not in paragraph
    assert minter.entity("entity/sidna-databank") in paragraph[UNCAC + "mentions"]


# --- the N-Quads the pipeline loads ------------------------------------------------------


def test_the_n_quads_are_the_quads(document: Document, extraction: Extraction) -> None:
    graph, triples = map_document(document, extraction, BASE_IRI)
    assert graph == minter.graph("meeting-2020").value
    assert len(triples) == len(set(triples))
    nquads = to_nquads(graph, triples)
    assert nquads.count(b"\n") == len(triples)
    assert list(parse(nquads, format=RdfFormat.N_QUADS)) == to_quads(document, extraction, BASE_IRI)


@pytest.mark.parametrize(
    "words",
    ['a "quoted" word', "back\\slash", "two\nlines\r\n", "tab\tand\x0bvt", "nul\x00 \x1f \x7f",
     "é ü 中文 \u2028 🙂", "\\u0041 is not A", ""],
)  # fmt: skip
def test_any_text_survives_the_n_quads(
    document: Document, extraction: Extraction, words: str
) -> None:
    """Literals are escaped by the mapper itself: what the store reads back is the text."""
    odd = dataclasses.replace(document, title=words, text=document.text + words)
    quads = to_quads(odd, extraction, BASE_IRI)
    props = by_subject(quads)[minter.document("meeting-2020").value]
    assert props["http://purl.org/dc/terms/title"] == [Literal(words)]
    assert props[UNCAC + "text"] == [Literal(odd.text)]


def test_a_base_that_is_not_an_iri_is_refused(document: Document, extraction: Extraction) -> None:
    with pytest.raises(ValueError):
        to_quads(document, extraction, "not an iri/")


def test_a_reference_that_is_not_an_iri_is_refused(
    document: Document, extraction: Extraction
) -> None:
    odd = dataclasses.replace(ENTITIES[0], reference="http://example.org/a b")
    entities = {**extraction.entities, odd.key: odd}
    with pytest.raises(ValueError):
        to_quads(document, dataclasses.replace(extraction, entities=entities), BASE_IRI)


def test_a_speaker_with_a_title_in_several_parts_maps_with_its_exact_words() -> None:
    """Regression: the speaker's words ran past the end of its span, and mapping failed."""
    from uncac_kg.document import parse_text
    from uncac_kg.extract import extract_document

    raw = (
        "Report of the meeting\n\n"
        "1. Mr. Andreas Berg, Chief of the Implementation Support Section, Corruption and "
        "Economic Crime Branch, UNODC, introduced the item and referred to article 52.\n"
    )
    document = parse_text(raw, "titled")
    extraction = extract_document(document)
    (statement,) = extraction.paragraphs[0].statements
    assert statement.speaker.endswith("UNODC")
    quads = to_quads(document, extraction, BASE_IRI)
    quotes = {q.object.value for q in quads if q.predicate.value == UNCAC + "quote"}
    assert statement.speaker in quotes
