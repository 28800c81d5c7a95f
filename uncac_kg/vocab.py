"""The uncac-kg ontology's terms as a typed namespace: a misspelt term raises.

Kept in step with ``ontology/uncac.ttl`` (a test compares the two).
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/uncac-kg/ontology"


class UNCAC(DefinedNamespace):
    """Classes and properties of the uncac-kg ontology."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes: the report and its parts
    Document: URIRef
    AgendaItem: URIRef
    Section: URIRef
    Paragraph: URIRef
    Statement: URIRef
    Speaker: URIRef
    SpeakerRole: URIRef
    Citation: URIRef
    Mention: URIRef
    # classes: what reports talk about
    Entity: URIRef
    State: URIRef
    Organization: URIRef
    Initiative: URIRef
    LegalInstrument: URIRef
    Convention: URIRef
    Resolution: URIRef
    NationalLaw: URIRef
    Declaration: URIRef
    Agreement: URIRef
    UNCACArticle: URIRef
    UNCACChapter: URIRef
    Mechanism: URIRef
    Case: URIRef
    Meeting: URIRef

    # document structure
    text: URIRef
    inDocument: URIRef
    hasParagraph: URIRef
    inAgendaItem: URIRef
    inSection: URIRef
    number: URIRef
    letter: URIRef
    heading: URIRef
    # text positions (offsets into the document's cleaned text)
    beginIndex: URIRef
    endIndex: URIRef
    quote: URIRef
    # statements
    hasStatement: URIRef
    inParagraph: URIRef
    speaker: URIRef
    role: URIRef
    represents: URIRef
    personName: URIRef
    personTitle: URIRef
    cites: URIRef
    hasCitation: URIRef
    citedEntity: URIRef
    # mentions
    mentions: URIRef
    hasMention: URIRef
    mentionOf: URIRef
    # entities
    ownedBy: URIRef
    adjective: URIRef
    iso3166Alpha2: URIRef
    iso3166Alpha3: URIRef
    m49Code: URIRef
    articleNumber: URIRef
    articleParagraph: URIRef
    partOfArticle: URIRef
    inChapter: URIRef
    chapterNumber: URIRef
