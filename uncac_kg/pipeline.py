"""Building the graph: reports in, one named graph per report out, plus the reference graphs.

``build`` works in two phases. First it reads and segments every input, so a
report that cannot be read stops the build with an ``InputError`` before the
store is opened, let alone changed. Then, report by report, it extracts,
maps to quads and replaces that report's named graph in one transaction. A
failure in this second phase (a store error, say) leaves the reports already
stored in place and the failing report's previous graph untouched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from uncac_kg.document import read_document
from uncac_kg.document.model import Document
from uncac_kg.errors import InputError
from uncac_kg.extract import extract_document
from uncac_kg.extract.model import Extraction
from uncac_kg.rdf import IriMinter, reference_quads, to_quads
from uncac_kg.rdf.void import void_graph, void_quads
from uncac_kg.resources import ontology_dir
from uncac_kg.settings import Settings
from uncac_kg.store import open_store

#: The kinds of file a folder is searched for.
REPORT_SUFFIXES = (".txt", ".pdf")

#: Called as ``progress(stage, path)`` with stage ``"read"``, then ``"stored"``, for each report.
Progress = Callable[[str, Path], None]


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What the graph holds for one report."""

    identifier: str
    source: str
    paragraphs: int
    statements: int
    citations: int
    entities: Mapping[str, int]  # by entity type
    triples: int


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a build stored, report by report, and where."""

    store: str
    documents: tuple[DocumentSummary, ...] = ()
    reference_triples: int = 0
    entities: Mapping[str, int] = field(default_factory=dict)  # totals by type

    def total(self, name: str) -> int:
        """The sum of one count (``"paragraphs"``, ``"statements"``...) over the reports."""
        return sum(int(getattr(d, name)) for d in self.documents)


def collect(paths: Sequence[Path]) -> list[Path]:
    """The report files ``paths`` name: files as given, folders searched for reports.

    Folders are searched recursively for ``*.txt`` and ``*.pdf`` files, taken in
    sorted order; a file named twice is read once.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
            )
            if not found:
                raise InputError(f"no reports (.txt or .pdf) in the folder {path}")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"no such file or folder: {path}")
    seen: set[Path] = set()
    unique: list[Path] = []
    for path in files:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique


def build(
    paths: Sequence[Path], settings: Settings, progress: Progress | None = None
) -> BuildSummary:
    """Read, extract and store every report in ``paths``; see the module's docstring."""
    report = progress or (lambda stage, path: None)
    files = collect(paths)
    documents = list(_read_all(files, report))
    minter = IriMinter(settings.base_iri)
    summaries: list[DocumentSummary] = []
    with open_store(
        settings.store, update_url=settings.update_url, gsp_url=settings.gsp_url
    ) as store:
        reference = reference_quads(minter, ontology_dir())
        reference_triples = store.replace_graphs(reference) if reference else 0
        for path, document in zip(files, documents, strict=True):
            extraction = extract_document(document)
            quads = to_quads(document, extraction, settings.base_iri)
            store.replace_graph(minter.graph(document.identifier).value, quads)
            summaries.append(_summary(document, extraction, len(quads)))
            report("stored", path)
        # the dataset's VoID description, counted over what the store now holds
        store.replace_graph(
            void_graph(settings.base_iri).value, void_quads(store, settings.base_iri)
        )
    entities: Counter[str] = Counter()
    for summary in summaries:
        entities.update(summary.entities)
    return BuildSummary(settings.store, tuple(summaries), reference_triples, dict(entities))


def _read_all(files: Sequence[Path], report: Progress) -> Iterator[Document]:
    """Each file read and segmented; two reports may not share an identifier."""
    seen: dict[str, Path] = {}
    for path in files:
        document = read_document(path)
        if document.identifier in seen:
            raise InputError(
                f"{seen[document.identifier]} and {path} have the same identifier "
                f"{document.identifier!r}; rename one of them"
            )
        seen[document.identifier] = path
        report("read", path)
        yield document


def _summary(document: Document, extraction: Extraction, triples: int) -> DocumentSummary:
    statements = [s for p in extraction.paragraphs for s in p.statements]
    return DocumentSummary(
        identifier=document.identifier,
        source=document.source,
        paragraphs=len(document.paragraphs),
        statements=len(statements),
        citations=sum(len(s.citations) for s in statements),
        entities=dict(Counter(e.type.value for e in extraction.entities.values())),
        triples=triples,
    )
