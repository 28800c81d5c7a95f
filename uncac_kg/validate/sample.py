"""The individuals the reasoner sees: a few paragraphs and everything they lead to.

Reasoning over a whole report takes HermiT several seconds per report; a sample of
paragraphs keeps ``validate`` quick while still exercising every class and property the
loader writes. From the first paragraphs (by document and number) the sample follows the
report's structure (document, section, agenda item), statements, speakers and their roles
and affiliations, citations, mentions, the entities named, their owners, articles and
chapters. It keeps every triple about those individuals except the long texts
(``uncac:text``), and drops links to individuals outside the sample (the document's other
paragraphs), so nothing is inferred about individuals the sample does not describe.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.term import Node

from uncac_kg.vocab import UNCAC

#: How many paragraphs the reasoner sees by default.
DEFAULT_PARAGRAPHS = 8

#: The links followed from the sampled paragraphs.
FOLLOW = (
    UNCAC.inDocument, UNCAC.inSection, UNCAC.inAgendaItem, UNCAC.hasStatement,
    UNCAC.hasMention, UNCAC.speaker, UNCAC.hasCitation, UNCAC.role, UNCAC.represents,
    UNCAC.citedEntity, UNCAC.mentionOf, UNCAC.cites, UNCAC.mentions, UNCAC.ownedBy,
    UNCAC.partOfArticle, UNCAC.inChapter, UNCAC.heldBy, UNCAC.partOfMeeting, UNCAC.reportOf,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sample:
    """Triples about sampled individuals, each declared an ``owl:NamedIndividual``."""

    graph: Graph
    paragraphs: int
    individuals: int

    @property
    def description(self) -> str:
        if not self.individuals:
            return "the ontology alone (no paragraphs sampled)"
        return (
            f"the ontology and {self.individuals} individuals reached from "
            f"{self.paragraphs} paragraph{'s' * (self.paragraphs != 1)} ({len(self.graph)} triples)"
        )


def sample_individuals(graph: Graph, paragraphs: int = DEFAULT_PARAGRAPHS) -> Sample:
    """The first ``paragraphs`` paragraphs of ``graph`` and what they lead to."""
    chosen = sorted(
        (s for s in graph.subjects(RDF.type, UNCAC.Paragraph) if isinstance(s, URIRef)),
        key=lambda p: (
            str(graph.value(p, UNCAC.inDocument)),
            _number(graph.value(p, UNCAC.number)),
            str(p),
        ),
    )[: max(paragraphs, 0)]
    nodes: set[Node] = set(chosen)
    frontier: list[Node] = list(chosen)
    while frontier:
        node = frontier.pop()
        for link in FOLLOW:
            for target in graph.objects(node, link):
                if isinstance(target, URIRef) and target not in nodes:
                    nodes.add(target)
                    frontier.append(target)
    sample = Graph()
    for node in sorted(nodes, key=str):
        sample.add((node, RDF.type, OWL.NamedIndividual))
        for predicate, obj in graph.predicate_objects(node):
            if predicate == UNCAC.text:
                continue
            linked = isinstance(obj, URIRef) and predicate != RDF.type
            outside = linked and obj not in nodes and (obj, None, None) in graph
            if isinstance(obj, Literal | URIRef) and not outside:
                sample.add((node, predicate, obj))
    return Sample(sample, len(chosen), len(nodes))


def _number(value: Node | None) -> int:
    """A paragraph number as an integer (0 when it is missing or not a number)."""
    try:
        return int(str(value))
    except ValueError:
        return 0
