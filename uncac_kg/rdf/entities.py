"""The triples that describe entities: their classes, labels, owners and article numbers.

Each entity gets exactly one top-level class (its ``EntityType``), optionally a
more specific one (its ``subtype``), and exactly one ``rdfs:label`` in a
document's graph: the name as that report gives it (the fullest form it uses,
"UNODC" in a report that never spells it out), so queries that read "the type"
or "the label" of an entity in a document's graph get one row per entity.
``skos:prefLabel`` is the label across all reports: the vocabulary's for the
entities it knows (kept in the vocabulary graph), the extracted label otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from uncac_kg.extract.model import Entity, EntityType, Extraction
from uncac_kg.rdf.iris import IriLayout
from uncac_kg.rdf.terms import (
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT_LABEL,
    SKOS_EXACT_MATCH,
    SKOS_PREF_LABEL,
    RdfTriple,
    integer,
    iri,
    string,
    uncac,
)

_ARTICLE_KEY = re.compile(r"article/(\d+)(?:-(\d+))?")


def implied_entities(extraction: Extraction) -> list[Entity]:
    """The extraction's entities, plus any speaker affiliation that is not among them, by key."""
    entities = dict(extraction.entities)
    for found in extraction.paragraphs:
        for statement in found.statements:
            affiliation = statement.affiliation
            if affiliation is not None and affiliation.entity not in entities:
                entities[affiliation.entity] = Entity(
                    key=affiliation.entity, label=affiliation.label, type=affiliation.type
                )
    return [entities[key] for key in sorted(entities)]


def entity_triples(entities: Iterable[Entity], layout: IriLayout) -> list[RdfTriple]:
    """Classes, labels, owner and article numbers of each entity, in N-Triples syntax."""
    out: list[RdfTriple] = []
    for entity in entities:
        node = iri(layout.entity(entity.key))
        out.append((node, RDF_TYPE, uncac("Entity")))
        out.append((node, RDF_TYPE, uncac(entity.type.value)))
        if entity.subtype:
            out.append((node, RDF_TYPE, uncac(entity.subtype)))
        if not entity.reference:
            out.append((node, SKOS_PREF_LABEL, string(entity.label)))
        out.append((node, RDFS_LABEL, string(entity.label)))
        for alias in entity.aliases:
            if alias != entity.label:
                out.append((node, SKOS_ALT_LABEL, string(alias)))
        if entity.owner:
            out.append((node, uncac("ownedBy"), iri(layout.entity(entity.owner))))
        if entity.reference:
            reference = iri(layout.reference(entity.reference))
            if reference != node:
                out.append((node, SKOS_EXACT_MATCH, reference))
        article = _ARTICLE_KEY.fullmatch(entity.key)
        if article is not None and entity.type is EntityType.UNCAC_ARTICLE:
            out.append((node, uncac("articleNumber"), integer(int(article[1]))))
            if article[2] is not None:
                out.append((node, uncac("articleParagraph"), integer(int(article[2]))))
                out.append((node, uncac("partOfArticle"), iri(layout.article(int(article[1])))))
    return out
