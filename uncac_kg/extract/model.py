"""The extract stage's output: speakers, entities and what each speaker cited.

Spans are offsets into the *paragraph's* text (``Paragraph.text``), end
exclusive; ``rdf/`` adds the paragraph's own offset when it needs document
offsets. Nothing here knows about RDF: entities carry a canonical ``key`` that
``rdf/`` turns into an IRI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from uncac_kg.document.model import Span


class EntityType(StrEnum):
    """The top-level classes of the ontology an extracted entity can have."""

    STATE = "State"
    ORGANIZATION = "Organization"
    INITIATIVE = "Initiative"
    LEGAL_INSTRUMENT = "LegalInstrument"
    UNCAC_ARTICLE = "UNCACArticle"
    MECHANISM = "Mechanism"
    CASE = "Case"
    MEETING = "Meeting"


class Role(StrEnum):
    """Speaker roles, as the ``citations.rq`` contract names them."""

    CHAIR = "chair"
    OFFICIAL = "official"
    SECRETARIAT = "secretariat"
    CO_FACILITATOR = "co-facilitator"
    PANELLIST = "panellist"
    SPEAKER = "speaker"
    DELEGATIONS = "delegations"


@dataclass(frozen=True, slots=True)
class Entity:
    """A thing in the graph, identified across paragraphs and documents by ``key``.

    ``key`` is stable and canonical, and is the entity's IRI relative to the
    graph's base IRI: ``state/ITA`` for States (ISO 3166 alpha-3),
    ``article/46`` or ``article/46-4`` for UNCAC articles, ``entity/<slug>``
    for vocabulary entries and for new things (slug of the canonical label).
    ``subtype`` optionally names a more specific ontology class
    (``Convention``, ``Resolution``, ``NationalLaw``...). ``owner`` is the key
    of the State whose national body, law or tool it is. ``reference`` is the
    IRI of the vocabulary entry it was matched to, when it was.
    """

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    subtype: str | None = None
    owner: str | None = None
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in a paragraph where an entity is named: ``text`` is the exact words."""

    entity: str  # Entity.key
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Affiliation:
    """What a speaker represents: a State or an organization (an Entity key)."""

    entity: str  # Entity.key
    label: str
    type: EntityType


@dataclass(frozen=True, slots=True)
class Citation:
    """A statement citing an entity at a given mention."""

    entity: str  # Entity.key
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Statement:
    """One speaker mention that says something in a paragraph.

    ``speaker`` is the exact words that introduce the speaker (``speaker_span``
    in the paragraph); ``span`` the whole stretch of the paragraph attributed
    to this statement (from its speaker mention up to the next one or the end),
    and ``text`` those words.
    """

    index: int
    speaker: str
    speaker_span: Span
    role: Role
    affiliation: Affiliation | None
    span: Span
    text: str
    citations: tuple[Citation, ...] = ()
    name: str | None = None  # a person's name when the text gives it ("Mr. John Brandolino")
    title: str | None = None  # their title ("Director of the Division for Treaty Affairs")


@dataclass(frozen=True, slots=True)
class ParagraphExtraction:
    """What was extracted from one numbered paragraph."""

    number: int
    mentions: tuple[Mention, ...] = ()
    statements: tuple[Statement, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """What was extracted from one document: entities by key, and each paragraph's facts."""

    document: str  # Document.identifier
    entities: dict[str, Entity] = field(default_factory=dict)
    paragraphs: tuple[ParagraphExtraction, ...] = ()

    def entity(self, key: str) -> Entity:
        return self.entities[key]
