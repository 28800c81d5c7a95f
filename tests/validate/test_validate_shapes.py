"""SHACL: the built graphs conform to ``ontology/shapes.ttl``; broken ones are caught."""

from __future__ import annotations

import pytest
from fixtures import BASE_IRI
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from validate_support import copy

from uncac_kg.validate import Finding, ShapesReport, Target, check_shapes
from uncac_kg.vocab import UNCAC

KG = Namespace(BASE_IRI)
USH = Namespace("https://w3id.org/uncac-kg/shapes#")
P2 = "doc/meeting-2020/paragraph/2"
STATEMENT = KG[f"{P2}/statement/1"]  # "The President recalled ..."
SPEAKER = KG[f"{P2}/statement/2/speaker"]  # "One speaker"
CITATION = KG[f"{P2}/statement/1/citation/1"]  # "General Assembly resolution 74/276"
MENTION = KG[f"{P2}/mention/2"]  # "article 46(4)"
SIDNA = KG["entity/sidna-databank"]
ORPHAN = KG[f"{P2}/statement/3/speaker"]  # its statement loses it
ARTICLE_99 = KG["article/99"]


def test_the_example_report_conforms(example: Target) -> None:
    report = check_shapes(example.graph)
    violations = [f for f in report.findings if f.severity == "Violation"]
    assert violations == [], violations[:5]
    assert report.conforms
    # one warning: a panellist from the StAR Initiative, typed Initiative, not Organization
    assert [(f.severity, f.value) for f in report.findings] == [
        ("Warning", str(KG["entity/stolen-asset-recovery-initiative"]))
    ]


def test_the_fixture_report_conforms(fixture_union: Graph) -> None:
    report = check_shapes(fixture_union)
    assert report.findings == (), report.findings


def break_graph(graph: Graph) -> Graph:
    """The fixture report with one thing of each kind broken, each on a different node."""
    g = copy(graph)
    g.remove((KG[f"{P2}/statement/3"], UNCAC.speaker, None))  # a statement without speaker
    begin, end = g.value(CITATION, UNCAC.beginIndex), g.value(CITATION, UNCAC.endIndex)
    g.set((CITATION, UNCAC.beginIndex, end))  # offsets reversed
    g.set((CITATION, UNCAC.endIndex, begin))
    g.set((MENTION, UNCAC.quote, Literal("article 64(4)")))  # words not those of the text
    g.remove((SIDNA, RDFS.label, None))  # a cited entity without a label
    g.remove((SIDNA, SKOS.prefLabel, None))
    g.add((STATEMENT, UNCAC.cites, ARTICLE_99))  # article 99 (of 71), without chapter
    g.add((ARTICLE_99, RDF.type, UNCAC.Entity))
    g.add((ARTICLE_99, RDF.type, UNCAC.UNCACArticle))
    g.add((ARTICLE_99, RDFS.label, Literal("article 99")))
    g.add((ARTICLE_99, UNCAC.articleNumber, Literal(99, datatype=XSD.integer)))
    g.add((SPEAKER, UNCAC.represents, KG["article/46"]))  # speaks for an article
    g.add((KG["entity/world-bank"], RDF.type, URIRef(f"{UNCAC}Organisation")))  # misspelt
    return g


@pytest.fixture(scope="module")
def broken(fixture_union: Graph) -> ShapesReport:
    return check_shapes(break_graph(fixture_union))


def found(report: ShapesReport, focus: URIRef, shape: str, component: str) -> list[Finding]:
    return [
        f
        for f in report.findings
        if f.focus == str(focus) and f.shape == str(USH[shape]) and f.component == component
    ]


@pytest.mark.parametrize(
    ("focus", "shape", "component", "words"),
    [
        (KG[f"{P2}/statement/3"], "StatementShape", "MinCount", "exactly one uncac:speaker"),
        (CITATION, "SpanShape", "LessThanOrEquals", "begins after it ends"),
        (MENTION, "SpanShape", "SPARQL", "not the document's text"),
        (SIDNA, "EntityShape", "Or", "with a label"),
        (ARTICLE_99, "ArticleShape", "MaxInclusive", "from 1 to 71"),
        (ARTICLE_99, "ArticleShape", "SPARQL", "has no chapter"),
        (SPEAKER, "SpeakerShape", "Or", "State, organization or initiative"),
        (
            URIRef("https://w3id.org/uncac-kg/ontology"),
            "OntologyTermsShape",
            "SPARQL",
            "Organisation",
        ),
    ],
)
def test_a_broken_graph_is_caught(
    broken: ShapesReport, focus: URIRef, shape: str, component: str, words: str
) -> None:
    assert not broken.conforms
    results = found(broken, focus, shape, component)
    assert results, [f for f in broken.findings if f.focus == str(focus)]
    assert all(f.severity == "Violation" for f in results)
    assert any(words in f.message for f in results), [f.message for f in results]


def test_reversed_offsets_also_break_the_length_of_the_words(broken: ShapesReport) -> None:
    [length] = [
        f for f in found(broken, CITATION, "SpanShape", "SPARQL") if "characters long" in f.message
    ]
    assert "-34" in length.message  # "... but its offsets span -34"


def test_nothing_else_is_reported(broken: ShapesReport) -> None:
    """Each break gives the results above and no stray ones elsewhere in the graph."""
    broken_nodes = {str(n) for n in (STATEMENT, SPEAKER, CITATION, MENTION, SIDNA, ARTICLE_99)}
    broken_nodes |= {str(KG[f"{P2}/statement/3"]), "https://w3id.org/uncac-kg/ontology"}
    assert {f.focus for f in broken.findings} <= broken_nodes | {str(ORPHAN)}


def test_a_speaker_without_statement_is_caught(broken: ShapesReport) -> None:
    [orphan] = found(broken, ORPHAN, "SpeakerShape", "MinCount")
    assert orphan.path == f"^{UNCAC.speaker}"
    assert orphan.message == "a speaker is the speaker of exactly one statement"
