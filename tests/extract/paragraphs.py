"""Run the extractor on made-up paragraphs, for the tests read with the project's vocabularies."""

from __future__ import annotations

from uncac_kg.document.model import Document, Paragraph, Span
from uncac_kg.extract import EntityType, Extraction, extract_document
from uncac_kg.extract.gazetteer import Gazetteer
from uncac_kg.extract.model import Statement


def read_one(gazetteer: Gazetteer, text: str) -> Extraction:
    document = Document(
        "test-doc", "Test", text, "test.txt", paragraphs=(Paragraph(1, text, Span(0, len(text))),)
    )
    return extract_document(document, gazetteer)


def read_paragraphs(gazetteer: Gazetteer, *texts: str, title: str = "T") -> Extraction:
    """A report of several paragraphs, without headings."""
    full, paragraphs = "", []
    for n, text in enumerate(texts, start=1):
        paragraphs.append(Paragraph(n, text, Span(len(full), len(full) + len(text))))
        full += text + "\n"
    return extract_document(
        Document("t", title, full, "t.txt", paragraphs=tuple(paragraphs)), gazetteer
    )


def first_typed(ex: Extraction) -> set[tuple[str, EntityType]]:
    return {
        (ex.entities[m.entity].label, ex.entities[m.entity].type) for m in ex.paragraphs[0].mentions
    }


def speakers_in(ex: Extraction, n: int) -> list[tuple[str, str | None]]:
    """Paragraph ``n``'s statements as (role, affiliation label)."""
    return [
        (s.role.value, s.affiliation.label if s.affiliation else None)
        for s in ex.paragraphs[n - 1].statements
    ]


def first_speakers(ex: Extraction) -> list[tuple[str, str | None]]:
    return speakers_in(ex, 1)


def first_keys(ex: Extraction) -> set[str]:
    """The keys of the entities the first paragraph names."""
    return {ex.entities[m.entity].key for m in ex.paragraphs[0].mentions}


def cited_labels(ex: Extraction, statement: Statement) -> list[str]:
    """The labels of what ``statement`` cites, in order."""
    return [ex.entities[c.entity].label for c in statement.citations]
