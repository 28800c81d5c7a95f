"""Read a meeting report and cut it into its parts: title, items, sections, paragraphs."""

from __future__ import annotations

import os
from pathlib import Path

from uncac_kg.document.cleaner import clean
from uncac_kg.document.model import AgendaItem, Document, Paragraph, Section, Span
from uncac_kg.document.reader import MAX_BYTES, read_text
from uncac_kg.document.segmenter import segment

__all__ = [
    "MAX_BYTES",
    "AgendaItem",
    "Document",
    "Paragraph",
    "Section",
    "Span",
    "clean",
    "parse_text",
    "read_document",
    "read_text",
    "segment",
]


def parse_text(
    raw: str, identifier: str, source: str = "<text>", encoding: str = "utf-8"
) -> Document:
    """Clean and segment ``raw`` report text."""
    return segment(clean(raw), identifier, source, encoding)


def read_document(
    path: str | os.PathLike[str], identifier: str | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """Read, clean and segment the report at ``path`` (.txt or .pdf).

    ``identifier`` defaults to the file's stem; raises InputError on unusable input.
    """
    file = Path(path)
    raw, encoding = read_text(file, max_bytes)
    return parse_text(raw, identifier or file.stem, str(file), encoding)
