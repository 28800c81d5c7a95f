"""Turns one segmented document and what was extracted from it into quads of one named graph.

The graph records the report's structure (document, agenda items, sections,
paragraphs), where each entity is named (mentions), and who said what
(statements, their speakers and citations). Every mention, speaker and
citation carries ``uncac:quote`` with its exact words, every paragraph and
statement ``uncac:text``, and all of them ``uncac:beginIndex``/``uncac:endIndex``:
offsets into the document's cleaned text (``uncac:text`` of the document), so
``text[begin:end]`` is exactly those words. The
extractor's spans are paragraph offsets; this module shifts them by the
paragraph's own offset and refuses input whose spans and quotes disagree.

``paragraph uncac:mentions entity`` is a shortcut for "the paragraph names
the entity": it holds for every mention and for every citation.
"""

from __future__ import annotations

import datetime
import re

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from uncac_kg.document.model import AgendaItem, Document, Paragraph, Section, Span
from uncac_kg.extract.model import Extraction, ParagraphExtraction, Statement
from uncac_kg.rdf.entities import entity_triples, implied_entities
from uncac_kg.rdf.iris import IriLayout
from uncac_kg.rdf.terms import (
    DCTERMS_DATE,
    DCTERMS_IDENTIFIER,
    DCTERMS_SOURCE,
    DCTERMS_TITLE,
    PROV_WAS_DERIVED_FROM,
    RDF_TYPE,
    RDFS_LABEL,
    RdfTriple,
    date,
    integer,
    iri,
    offset,
    string,
    uncac,
)
from uncac_kg.settings import Settings


def to_quads(
    document: Document, extraction: Extraction, settings_or_base_iri: Settings | str
) -> list[Quad]:
    """All quads of ``document``'s named graph, in a deterministic order, without duplicates.

    Raises ``ValueError`` when the extraction does not fit the document: another
    document's identifier, an unknown paragraph or entity, or a span that does
    not slice the text to its quote.
    """
    base_iri = (
        settings_or_base_iri.base_iri
        if isinstance(settings_or_base_iri, Settings)
        else settings_or_base_iri
    )
    graph, triples = map_document(document, extraction, base_iri)
    return list(parse(to_nquads(graph, triples), format=RdfFormat.N_QUADS))


def map_document(
    document: Document, extraction: Extraction, base_iri: str
) -> tuple[str, list[RdfTriple]]:
    """``document``'s named graph (its IRI) and its triples in N-Triples syntax: what
    ``to_quads`` gives, before the quads are made; same order, no duplicates.

    Raises ``ValueError`` as ``to_quads`` does, and for a base IRI that is not a valid IRI.
    """
    if extraction.document != document.identifier:
        raise ValueError(
            f"extraction of {extraction.document!r} given for document {document.identifier!r}"
        )
    layout = IriLayout(base_iri)
    graph = NamedNode(layout.graph(document.identifier)).value  # checks the base IRI
    triples = _DocumentMapper(document, layout).triples(extraction)
    triples.extend(entity_triples(implied_entities(extraction), layout))
    # duplicates dropped, first occurrence kept
    return graph, list(dict.fromkeys(triples))


def to_nquads(graph: str, triples: list[RdfTriple]) -> bytes:
    """``triples`` in the named graph ``graph``, as N-Quads (UTF-8), one quad a line."""
    if not triples:
        return b""
    end = f" <{graph}> .\n"
    return (end.join(map(" ".join, triples)) + end).encode("utf-8")


class _DocumentMapper:
    """The triples of one document's structure, mentions and statements."""

    def __init__(self, document: Document, layout: IriLayout) -> None:
        self.document = document
        self.layout = layout
        self.doc_id = document.identifier
        self.doc = iri(layout.document(document.identifier))
        self.out: list[RdfTriple] = []

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.out.append((subject, predicate, obj))

    def position(self, node: str, span: Span, words: str, prop: str = "quote") -> None:
        """``node``'s exact words (``uncac:<prop>``) and offsets; ``span`` in document offsets."""
        if span.slice(self.document.text) != words:
            raise ValueError(
                f"{node[1:-1]}: document text [{span.start}, {span.end}) is "
                f"{span.slice(self.document.text)!r}, not the quote {words!r}"
            )
        self.add(node, uncac(prop), string(words))
        self.add_span(node, span)

    def triples(self, extraction: Extraction) -> list[RdfTriple]:
        self.add_document()
        for item in self.document.items:
            self.add_item(item)
        for section in self.document.sections:
            self.add_section(section)
        paragraphs: dict[int, Paragraph] = {}
        for paragraph in self.document.paragraphs:
            if paragraph.number in paragraphs:
                raise ValueError(f"{self.doc_id}: paragraph {paragraph.number} appears twice")
            paragraphs[paragraph.number] = paragraph
            self.add_paragraph(paragraph)
        for found in extraction.paragraphs:
            if found.number not in paragraphs:
                raise ValueError(f"{self.doc_id}: no paragraph {found.number} in the document")
            self.add_extraction(paragraphs[found.number], found, extraction)
        return self.out

    def add_document(self) -> None:
        document, doc = self.document, self.doc
        self.add(doc, RDF_TYPE, uncac("Document"))
        self.add(doc, DCTERMS_IDENTIFIER, string(document.identifier))
        self.add(doc, DCTERMS_TITLE, string(document.title))
        if document.date:  # an xsd:date when it is one, else the words of the report
            self.add(doc, DCTERMS_DATE, _date(document.date))
        # the file's name only: a full path would tie the graph to one machine
        self.add(doc, DCTERMS_SOURCE, string(re.split(r"[\\/]", document.source)[-1]))
        self.add(doc, uncac("text"), string(document.text))

    def add_item(self, item: AgendaItem) -> None:
        node = iri(self.layout.agenda_item(self.doc_id, item.number))
        self.add(node, RDF_TYPE, uncac("AgendaItem"))
        is_integer = item.number.isascii() and item.number.isdigit()
        number = integer(int(item.number)) if is_integer else string(item.number)
        self.add(node, uncac("number"), number)
        self.add(node, uncac("heading"), string(item.heading))
        self.add(node, uncac("inDocument"), self.doc)
        self.add_span(node, item.span)

    def add_section(self, section: Section) -> None:
        node = iri(self.layout.section(self.doc_id, section.letter, section.item))
        self.add(node, RDF_TYPE, uncac("Section"))
        self.add(node, uncac("letter"), string(section.letter))
        self.add(node, uncac("heading"), string(section.heading))
        self.add(node, uncac("inDocument"), self.doc)
        if section.item is not None and any(i.number == section.item for i in self.document.items):
            item = iri(self.layout.agenda_item(self.doc_id, section.item))
            self.add(node, uncac("inAgendaItem"), item)
        self.add_span(node, section.span)

    def add_span(self, node: str, span: Span) -> None:
        self.add(node, uncac("beginIndex"), offset(span.start))
        self.add(node, uncac("endIndex"), offset(span.end))

    def add_paragraph(self, paragraph: Paragraph) -> None:
        if paragraph.span.slice(self.document.text) != paragraph.text:
            raise ValueError(f"{self.doc_id}: paragraph {paragraph.number}'s span misses its text")
        node = iri(self.layout.paragraph(self.doc_id, paragraph.number))
        self.add(node, RDF_TYPE, uncac("Paragraph"))
        self.add(node, uncac("number"), integer(paragraph.number))
        self.add(node, uncac("inDocument"), self.doc)
        self.add(self.doc, uncac("hasParagraph"), node)
        section = self.document.section_of(paragraph)
        if section is not None:
            part = iri(self.layout.section(self.doc_id, section.letter, section.item))
            self.add(node, uncac("inSection"), part)
        item = self.document.item_of(paragraph)
        if item is not None:
            part = iri(self.layout.agenda_item(self.doc_id, item.number))
            self.add(node, uncac("inAgendaItem"), part)
        self.add(node, uncac("text"), string(paragraph.text))
        self.add_span(node, paragraph.span)

    def add_extraction(
        self, paragraph: Paragraph, found: ParagraphExtraction, extraction: Extraction
    ) -> None:
        node = iri(self.layout.paragraph(self.doc_id, paragraph.number))
        start = paragraph.span.start
        for j, mention in enumerate(found.mentions, start=1):
            entity = self.entity(mention.entity, extraction)
            name = iri(self.layout.mention(self.doc_id, paragraph.number, j))
            self.add(node, uncac("hasMention"), name)
            self.add(node, uncac("mentions"), entity)
            self.add(name, RDF_TYPE, uncac("Mention"))
            self.add(name, uncac("mentionOf"), entity)
            self.position(name, mention.span.shift(start), mention.text)
        indexes = [statement.index for statement in found.statements]
        if len(set(indexes)) != len(indexes):
            raise ValueError(
                f"{self.doc_id}: paragraph {paragraph.number} repeats a statement index"
            )
        for statement in found.statements:
            self.add_statement(paragraph, statement, extraction)

    def add_statement(
        self, paragraph: Paragraph, statement: Statement, extraction: Extraction
    ) -> None:
        number, start = paragraph.number, paragraph.span.start
        para = iri(self.layout.paragraph(self.doc_id, number))
        node = iri(self.layout.statement(self.doc_id, number, statement.index))
        speaker = iri(self.layout.speaker(self.doc_id, number, statement.index))
        self.add(para, uncac("hasStatement"), node)
        self.add(node, RDF_TYPE, uncac("Statement"))
        self.add(node, uncac("inParagraph"), para)
        self.add(node, PROV_WAS_DERIVED_FROM, para)
        self.add(node, uncac("speaker"), speaker)
        # a statement's words are its uncac:text: the ontology keeps uncac:quote for the
        # speaker, citation and mention nodes
        self.position(node, statement.span.shift(start), statement.text, prop="text")

        self.add(speaker, RDF_TYPE, uncac("Speaker"))
        self.add(speaker, RDFS_LABEL, string(statement.speaker))
        self.add(speaker, uncac("role"), iri(self.layout.role(statement.role.value)))
        if statement.affiliation is not None:
            represents = iri(self.layout.entity(statement.affiliation.entity))
            self.add(speaker, uncac("represents"), represents)
        if statement.name:
            self.add(speaker, uncac("personName"), string(statement.name))
        if statement.title:
            self.add(speaker, uncac("personTitle"), string(statement.title))
        self.position(speaker, statement.speaker_span.shift(start), statement.speaker)

        for j, citation in enumerate(statement.citations, start=1):
            entity = self.entity(citation.entity, extraction)
            name = iri(self.layout.citation(self.doc_id, number, statement.index, j))
            self.add(node, uncac("cites"), entity)
            self.add(node, uncac("hasCitation"), name)
            self.add(para, uncac("mentions"), entity)  # a citation names what it cites
            self.add(name, RDF_TYPE, uncac("Citation"))
            self.add(name, uncac("citedEntity"), entity)
            self.position(name, citation.span.shift(start), citation.text)

    def entity(self, key: str, extraction: Extraction) -> str:
        if key not in extraction.entities:
            raise ValueError(f"{self.doc_id}: {key!r} is cited or mentioned but not an entity")
        return iri(self.layout.entity(key))


def _date(value: str) -> str:
    """An ``xsd:date`` for a valid ``YYYY-MM-DD``, else the text as it is."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return date(datetime.date.fromisoformat(value).isoformat())
        except ValueError:  # a day that does not exist
            pass
    return string(value)
