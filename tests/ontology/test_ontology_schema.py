"""The ontology ``ontology/uncac.ttl``: in step with ``uncac_kg.vocab``, documented, OWL 2 DL."""

from __future__ import annotations

from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, XSD
from rdflib.term import Literal, Node

from uncac_kg.vocab import ONTOLOGY_IRI, UNCAC

ONTOLOGY_FILE = Path(__file__).resolve().parents[2] / "ontology" / "uncac.ttl"
NS = ONTOLOGY_IRI + "#"
ONTOLOGY = URIRef(ONTOLOGY_IRI)

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "http://schema.org/"
ORG = "http://www.w3.org/ns/org#"

KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
# Annotation properties OWL 2 knows without a declaration.
BUILT_IN_ANNOTATIONS = {
    RDFS.label,
    RDFS.comment,
    RDFS.seeAlso,
    RDFS.isDefinedBy,
    OWL.versionInfo,
    OWL.deprecated,
}
# Predicates of the OWL 2 RDF mapping itself.
STRUCTURAL = {
    RDF.type,
    RDF.first,
    RDF.rest,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    RDFS.domain,
    RDFS.range,
    OWL.versionIRI,
    OWL.inverseOf,
    OWL.propertyChainAxiom,
    OWL.unionOf,
    OWL.members,
    OWL.disjointWith,
    OWL.hasKey,
}
DATATYPES = {XSD.string, XSD.integer, XSD.nonNegativeInteger, RDF.langString, RDFS.Literal}


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_FILE, format="turtle")
    return g


def vocab_terms() -> list[str]:
    return list(UNCAC.__annotations__)


def term(name: str) -> URIRef:
    """The IRI of an ontology term, as ``uncac_kg.vocab.UNCAC`` resolves it."""
    value = getattr(UNCAC, name)
    assert isinstance(value, URIRef)
    return value


def declared(graph: Graph, kind: URIRef) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}


def own_terms(graph: Graph) -> set[URIRef]:
    return {t for kind in KINDS for t in declared(graph, kind) if str(t).startswith(NS)}


def members(graph: Graph, node: Node) -> set[Node]:
    """The members of an RDF list, or of the owl:unionOf list of a class expression."""
    union = graph.value(node, OWL.unionOf)
    return set(Collection(graph, union if union is not None else node))


def test_header(graph: Graph) -> None:
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in graph
    assert graph.value(ONTOLOGY, OWL.versionIRI) == URIRef(ONTOLOGY_IRI + "/0.1.0")
    assert graph.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert graph.value(ONTOLOGY, DCTERMS.creator) == Literal("uncac-kg contributors")
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license):
        assert graph.value(ONTOLOGY, prop) is not None, prop


@pytest.mark.parametrize("name", vocab_terms())
def test_vocab_term_is_defined(graph: Graph, name: str) -> None:
    iri = term(name)
    kinds = {k for k in KINDS if (iri, RDF.type, k) in graph}
    assert len(kinds) == 1, f"{name}: declared as {kinds or 'nothing'}"
    labels = list(graph.objects(iri, RDFS.label))
    assert labels, f"{name}: no rdfs:label"
    assert all(isinstance(label, Literal) and label.language == "en" for label in labels)
    assert graph.value(iri, SKOS.definition) or graph.value(iri, RDFS.comment), name
    assert graph.value(iri, RDFS.isDefinedBy) == ONTOLOGY


def test_every_own_term_is_in_vocab(graph: Graph) -> None:
    in_vocab = {term(name) for name in vocab_terms()}
    assert own_terms(graph) - in_vocab == set()


def test_nothing_else_in_the_namespace(graph: Graph) -> None:
    """Every uncac: IRI the file uses is a declared term (catches misspellings)."""
    used = {
        n for triple in graph for n in triple if isinstance(n, URIRef) and str(n).startswith(NS)
    }
    assert used - own_terms(graph) == set()


def test_every_property_has_domain_and_range(graph: Graph) -> None:
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in declared(graph, kind) & own_terms(graph):
            assert graph.value(prop, RDFS.domain) is not None, f"{prop}: no domain"
            assert graph.value(prop, RDFS.range) is not None, f"{prop}: no range"


def test_owl2_dl_declarations(graph: Graph) -> None:
    """Each IRI has one kind, and is used only as that kind (OWL 2 DL typing)."""
    kinds: dict[URIRef, set[URIRef]] = {}
    for kind in KINDS:
        for term in declared(graph, kind):
            kinds.setdefault(term, set()).add(kind)
    assert {t: k for t, k in kinds.items() if len(k) > 1} == {}

    def kind_of(term: Node) -> URIRef | None:
        found = kinds.get(term) if isinstance(term, URIRef) else None
        return next(iter(found)) if found else None

    for sub, sup in graph.subject_objects(RDFS.subClassOf):
        assert kind_of(sub) == OWL.Class and kind_of(sup) == OWL.Class, (sub, sup)
    for sub, sup in graph.subject_objects(RDFS.subPropertyOf):
        assert kind_of(sub) is not None and kind_of(sub) == kind_of(sup), (sub, sup)
    for prop in declared(graph, OWL.DatatypeProperty) & own_terms(graph):
        ranges = list(graph.objects(prop, RDFS.range))
        assert ranges and all(r in DATATYPES for r in ranges), (prop, ranges)
    for prop in declared(graph, OWL.ObjectProperty) & own_terms(graph):
        for rng in graph.objects(prop, RDFS.range):
            classes = members(graph, rng) if graph.value(rng, OWL.unionOf) else {rng}
            assert all(kind_of(c) == OWL.Class for c in classes), (prop, rng)
    for pred in set(graph.predicates()):
        if pred in STRUCTURAL:
            continue
        assert pred in BUILT_IN_ANNOTATIONS or kind_of(pred) == OWL.AnnotationProperty, pred


def test_functional_properties(graph: Graph) -> None:
    functional = declared(graph, OWL.FunctionalProperty)
    for name in ("speaker", "inParagraph", "beginIndex", "endIndex", "inChapter", "partOfArticle"):
        assert term(name) in functional, name


def test_subclass_structure(graph: Graph) -> None:
    def parents(name: str) -> set[Node]:
        return set(graph.objects(term(name), RDFS.subClassOf))

    for name in ("Convention", "Resolution", "NationalLaw", "Declaration", "Agreement"):
        assert UNCAC.LegalInstrument in parents(name), name
    for name in (
        "State",
        "Organization",
        "Initiative",
        "LegalInstrument",
        "UNCACArticle",
        "Mechanism",
        "Case",
        "Meeting",
    ):
        assert UNCAC.Entity in parents(name), name
    assert SKOS.Concept in parents("SpeakerRole")


@pytest.mark.parametrize(
    ("name", "axiom", "external"),
    [
        ("Organization", RDFS.subClassOf, ORG + "Organization"),
        ("Organization", RDFS.subClassOf, FOAF + "Organization"),
        ("State", RDFS.subClassOf, SCHEMA + "Country"),
        ("Document", RDFS.subClassOf, FOAF + "Document"),
        ("Document", RDFS.subClassOf, SCHEMA + "Report"),
        ("Statement", RDFS.subClassOf, PROV + "Entity"),
        ("Speaker", RDFS.subClassOf, PROV + "Agent"),
        ("Speaker", RDFS.subClassOf, FOAF + "Agent"),
        ("NationalLaw", RDFS.subClassOf, "http://data.europa.eu/eli/ontology#LegalResource"),
        ("Meeting", RDFS.subClassOf, SCHEMA + "Event"),
        ("beginIndex", RDFS.subPropertyOf, NIF + "beginIndex"),
        ("endIndex", RDFS.subPropertyOf, NIF + "endIndex"),
        ("text", RDFS.subPropertyOf, NIF + "isString"),
        ("quote", RDFS.subPropertyOf, "http://www.w3.org/ns/oa#exact"),
        ("inDocument", RDFS.subPropertyOf, str(DCTERMS.isPartOf)),
        ("hasParagraph", RDFS.subPropertyOf, str(DCTERMS.hasPart)),
        ("represents", RDFS.subPropertyOf, PROV + "actedOnBehalfOf"),
        ("speaker", RDFS.subPropertyOf, PROV + "wasAttributedTo"),
        ("mentions", RDFS.subPropertyOf, SCHEMA + "mentions"),
        ("cites", RDFS.subPropertyOf, str(DCTERMS.references)),
    ],
)
def test_alignment(graph: Graph, name: str, axiom: URIRef, external: str) -> None:
    assert (term(name), axiom, URIRef(external)) in graph


def test_disjointness(graph: Graph) -> None:
    groups = []
    for node in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        listed = graph.value(node, OWL.members)
        assert listed is not None
        groups.append(members(graph, listed))

    def disjoint(a: str, b: str) -> bool:
        pair = {term(a), term(b)}
        explicit = (term(a), OWL.disjointWith, term(b)) in graph
        return explicit or any(pair <= group for group in groups)

    structure = [
        "Document",
        "AgendaItem",
        "Section",
        "Paragraph",
        "Statement",
        "Speaker",
        "Citation",
        "Mention",
    ]
    for i, a in enumerate(structure):
        assert disjoint(a, "Entity"), a
        for b in structure[i + 1 :]:
            assert disjoint(a, b), (a, b)
    assert disjoint("State", "Organization")


def test_key_ranges(graph: Graph) -> None:
    def rng(name: str) -> Node | None:
        return graph.value(term(name), RDFS.range)

    assert rng("ownedBy") == UNCAC.State
    assert graph.value(UNCAC.ownedBy, RDFS.domain) == UNCAC.Entity
    assert rng("inChapter") == UNCAC.UNCACChapter
    assert rng("partOfArticle") == UNCAC.UNCACArticle
    for name in ("articleNumber", "articleParagraph", "chapterNumber"):
        assert rng(name) == XSD.integer, name
    for name in ("iso3166Alpha2", "iso3166Alpha3", "m49Code"):
        assert rng(name) == XSD.string, name
    assert rng("adjective") == RDF.langString


def test_loads_in_owlready2(graph: Graph, tmp_path: Path) -> None:
    """owlready2 reads RDF/XML, not Turtle: convert, then load into a world of its own."""
    rdfxml = tmp_path / "uncac.owl"
    graph.serialize(rdfxml, format="xml")
    world = owlready2.World()
    onto = world.get_ontology(rdfxml.as_uri()).load()
    classes = {c.name for c in onto.classes()}
    assert {"Document", "Statement", "State", "UNCACArticle"} <= classes
    properties = {p.name for p in onto.properties()}
    assert {"speaker", "beginIndex", "ownedBy", "adjective"} <= properties
    world.close()
