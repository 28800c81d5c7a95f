"""Speakers, entities and citations from a segmented report."""

from uncac_kg.extract.extractor import extract_document
from uncac_kg.extract.model import (
    Affiliation,
    Citation,
    Entity,
    EntityType,
    Extraction,
    Mention,
    ParagraphExtraction,
    Role,
    Statement,
)

__all__ = [
    "Affiliation",
    "Citation",
    "Entity",
    "EntityType",
    "Extraction",
    "Mention",
    "ParagraphExtraction",
    "Role",
    "Statement",
    "extract_document",
]
