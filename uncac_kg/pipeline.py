"""Building the graph: reports in, one named graph per report out, plus the reference graphs.

``build`` works in two phases. First it reads and segments every input, so a
report that cannot be read stops the build with an ``InputError`` before the
store is opened, let alone changed. Then, report by report, it extracts,
maps to quads and stores that report's named graph, all or nothing: a graph
the store already holds is replaced in one transaction; new graphs go to the
embedded store's bulk loader a batch at a time (``EmbeddedStore.add_graphs``),
each batch all or nothing. A failure in this second phase (a store error,
say) leaves the reports already stored in place and the failing report's
previous graph untouched.

With ``jobs`` above 1, worker processes read, extract and map the reports
(results are taken in input order); the store is written by the calling
process only, so the guarantees above hold whatever the number of jobs.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import nullcontext, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

import pyoxigraph
from pyoxigraph import RdfFormat

from uncac_kg.document import read_document
from uncac_kg.document.model import Document
from uncac_kg.errors import InputError
from uncac_kg.extract import extract_document
from uncac_kg.extract.model import Extraction
from uncac_kg.rdf import IriMinter, reference_quads, to_quads
from uncac_kg.rdf.void import void_graph, void_quads
from uncac_kg.resources import ontology_dir
from uncac_kg.settings import Settings
from uncac_kg.store import EmbeddedStore, Store, open_store

#: The kinds of file a folder is searched for.
REPORT_SUFFIXES = (".txt", ".pdf")

#: Called as ``progress(stage, path)`` with stage ``"read"``, then ``"stored"``, for each report.
Progress = Callable[[str, Path], None]

#: New reports' graphs are bulk-loaded in batches of about this many quads.
BATCH_QUADS = 200_000

#: Reports each worker process may have finished ahead of the store (bounds memory).
AHEAD_PER_JOB = 128

#: The stages ``BuildSummary.timings`` reports, in the order they run.
STAGES = ("read", "extract", "map", "store", "void")

T = TypeVar("T")
R = TypeVar("R")


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
    #: Seconds per stage (``STAGES``) summed over the reports, and ``"total"``, the build's
    #: wall-clock time. ``read`` covers reading, cleaning and segmenting, ``map`` the
    #: quads and their serialization as N-Quads, ``store`` the writes, ``void`` the
    #: dataset description. New reports are stored while the next ones are extracted,
    #: and with ``jobs`` above 1 read, extract and map run side by side in the workers,
    #: so the stages may add up to more than the total.
    timings: Mapping[str, float] = field(default_factory=dict)

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
    paths: Sequence[Path],
    settings: Settings,
    progress: Progress | None = None,
    jobs: int = 1,
) -> BuildSummary:
    """Read, extract and store every report in ``paths``; see the module's docstring.

    ``jobs`` is the number of worker processes that read, extract and map the
    reports (``0``: one per core; ``1``, the default: none, all in this process).
    """
    started = time.perf_counter()
    report = progress or (lambda stage, path: None)
    files = collect(paths)
    timings = dict.fromkeys(STAGES, 0.0)
    workers = min(jobs if jobs > 0 else cpu_count(), len(files))
    with _pool(workers) as pool:
        documents = _read_all(files, report, pool, timings, workers)
        minter = IriMinter(settings.base_iri)
        summaries: list[DocumentSummary] = []
        with open_store(
            settings.store, update_url=settings.update_url, gsp_url=settings.gsp_url
        ) as store:
            clock = time.perf_counter()
            reference = reference_quads(minter, ontology_dir())
            reference_triples = store.replace_graphs(reference) if reference else 0
            timings["store"] += time.perf_counter() - clock
            converted = _convert_all(documents, settings.base_iri, pool, workers)
            with _Writer(store, report, timings) as writer:
                for path, document, result in zip(files, documents, converted, strict=True):
                    timings["extract"] += result.extract_seconds
                    timings["map"] += result.map_seconds
                    graph = minter.graph(document.identifier).value
                    writer.add(path, graph, result.nquads, result.summary.triples)
                    summaries.append(result.summary)
            # the dataset's VoID description, counted over what the store now holds
            clock = time.perf_counter()
            store.replace_graph(
                void_graph(settings.base_iri).value, void_quads(store, settings.base_iri)
            )
            timings["void"] += time.perf_counter() - clock
    entities: Counter[str] = Counter()
    for summary in summaries:
        entities.update(summary.entities)
    timings["total"] = time.perf_counter() - started
    return BuildSummary(
        settings.store, tuple(summaries), reference_triples, dict(entities), timings
    )


def cpu_count() -> int:
    """The number of cores this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class _Converted:
    """One report extracted and mapped: its summary, its quads as N-Quads (much faster
    to send between processes than pickled quads, and what the bulk loader reads), and
    the seconds each step took."""

    summary: DocumentSummary
    nquads: bytes
    extract_seconds: float
    map_seconds: float


def _convert(document: Document, base_iri: str) -> _Converted:
    """Extract ``document``, map it to quads and serialize them."""
    clock = time.perf_counter()
    extraction = extract_document(document)
    extracted = time.perf_counter()
    quads = to_quads(document, extraction, base_iri)
    nquads = pyoxigraph.serialize(quads, format=RdfFormat.N_QUADS) or b""
    summary = _summary(document, extraction, len(quads))
    return _Converted(summary, nquads, extracted - clock, time.perf_counter() - extracted)


def _convert_all(
    documents: Sequence[Document], base_iri: str, pool: Executor | None, workers: int
) -> Iterator[_Converted]:
    if pool is None:
        return (_convert(document, base_iri) for document in documents)
    work = partial(_convert, base_iri=base_iri)
    return _in_order(pool, work, documents, AHEAD_PER_JOB * workers)


class _Writer:
    """Stores reports' graphs: new ones in bulk batches, ones already stored one by one.

    On the embedded store a batch is loaded by a thread of its own: Oxigraph's bulk
    loader does not hold Python's global lock, so the next reports are extracted
    meanwhile. One batch is loaded at a time, and before anything else is written
    the batch being loaded is waited for. Leaving the ``with`` block waits for the
    batch being loaded; only a block left without an error stores the last batch.
    """

    def __init__(self, store: Store, report: Progress, timings: dict[str, float]) -> None:
        self.store = store
        self.report = report
        self.timings = timings
        self.embedded = store if isinstance(store, EmbeddedStore) else None
        self.batch: dict[str, bytes] = {}
        self.paths: list[Path] = []
        self.size = 0
        self.loader = ThreadPoolExecutor(max_workers=1) if self.embedded else None
        self.loading: tuple[Future[float], list[Path]] | None = None

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        try:
            if kind is None:
                self.flush()
                self.wait()
            else:  # the error that stopped the build is the one to raise
                with suppress(Exception):
                    self.wait()
        finally:
            if self.loader is not None:
                self.loader.shutdown()

    def add(self, path: Path, graph: str, nquads: bytes, count: int) -> None:
        if self.embedded is None or graph in self.batch or self._holds(graph):
            self.flush()
            self.wait()
            clock = time.perf_counter()
            quads = pyoxigraph.parse(nquads, format=RdfFormat.N_QUADS)
            self.store.replace_graph(graph, quads)
            self.timings["store"] += time.perf_counter() - clock
            self.report("stored", path)
            return
        self.batch[graph] = nquads
        self.paths.append(path)
        self.size += count
        if self.size >= BATCH_QUADS:
            self.flush()

    def _holds(self, graph: str) -> bool:
        assert self.embedded is not None
        return self.embedded.store.contains_named_graph(pyoxigraph.NamedNode(graph))

    def flush(self) -> None:
        """Hand the batch of new graphs to the loading thread, once the previous is in."""
        if not self.batch:
            return
        assert self.embedded is not None and self.loader is not None
        self.wait()
        self.loading = (self.loader.submit(_load, self.embedded, self.batch), self.paths)
        self.batch, self.paths, self.size = {}, [], 0

    def wait(self) -> None:
        """Wait for the batch being loaded; raise its error, if it failed."""
        if self.loading is None:
            return
        future, paths = self.loading
        self.loading = None
        self.timings["store"] += future.result()
        for path in paths:
            self.report("stored", path)


def _load(store: EmbeddedStore, batch: Mapping[str, bytes]) -> float:
    """Bulk-load a batch of new graphs, all or nothing; the seconds it took."""
    clock = time.perf_counter()
    store.add_nquads(batch)
    return time.perf_counter() - clock


def _pool(workers: int) -> ProcessPoolExecutor | nullcontext[None]:
    """Worker processes, started fresh ("spawn": nothing of this process's state, threads
    or open store is inherited); none for a single job."""
    if workers <= 1:
        return nullcontext()
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _in_order(
    pool: Executor, work: Callable[[T], R], items: Iterable[T], ahead: int
) -> Iterator[R]:
    """``work`` of each item, run in ``pool``, yielded in input order, at most ``ahead``
    items submitted before their results are taken."""
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(work, item))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _read_all(
    files: Sequence[Path],
    report: Progress,
    pool: Executor | None,
    timings: dict[str, float],
    workers: int,
) -> list[Document]:
    """Each file read and segmented; two reports may not share an identifier."""
    seen: dict[str, Path] = {}
    documents: list[Document] = []
    if pool is None:
        read: Iterator[tuple[Document, float]] = (_read(path) for path in files)
    else:
        read = _in_order(pool, _read, files, AHEAD_PER_JOB * workers)
    for path, (document, seconds) in zip(files, read, strict=False):
        timings["read"] += seconds
        if document.identifier in seen:
            raise InputError(
                f"{seen[document.identifier]} and {path} have the same identifier "
                f"{document.identifier!r}; rename one of them"
            )
        seen[document.identifier] = path
        report("read", path)
        documents.append(document)
    return documents


def _read(path: Path) -> tuple[Document, float]:
    clock = time.perf_counter()
    document = read_document(path)
    return document, time.perf_counter() - clock


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
