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

With ``jobs`` above 1, worker processes read, extract and map the reports and
serialize their graphs as N-Quads (results are taken in input order); the
store is written by the calling process only, so the guarantees above hold
whatever the number of jobs.

The dataset's VoID description is counted from the triples the build writes,
as it writes them (``uncac_kg.rdf.void_counts``); when the store holds graphs
the build did not write, it is counted with SPARQL over the whole store.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, suppress
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
from uncac_kg.rdf import IriMinter, reference_quads
from uncac_kg.rdf.iris import IriLayout
from uncac_kg.rdf.mapper import map_document, to_nquads
from uncac_kg.rdf.void import describe, graphs_in_scope, statistics, void_graph
from uncac_kg.rdf.void_counts import DatasetCounts, GraphCounts, graph_counts, term
from uncac_kg.resources import ontology_dir
from uncac_kg.settings import Settings
from uncac_kg.store import EmbeddedStore, Store, open_store

#: The kinds of file a folder is searched for.
REPORT_SUFFIXES = (".txt", ".pdf")

#: Called as ``progress(stage, path)`` with stage ``"read"``, then ``"stored"``, for each report.
Progress = Callable[[str, Path], None]

#: New reports' graphs are bulk-loaded in batches of about this many quads (each batch
#: costs the store some work to merge it with the others: fewer, larger batches cost less)...
BATCH_QUADS = 200_000

#: ...except towards the end of a build, when less than a batch is still to come: the
#: loading thread then takes whatever it finds, from this many quads on, so that the
#: batch left to load once every report is made is small.
MIN_BATCH_QUADS = 50_000

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
    #: dataset description (counting what each report adds, then writing it). New
    #: reports are stored while the next ones are extracted, and with ``jobs`` above 1
    #: read, extract, map and the counting run side by side in the workers, so the
    #: stages may add up to more than the total.
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
        # the workers start on the first reports while the store is opened
        converted = _convert_all(documents, settings.base_iri, pool, workers)
        with open_store(
            settings.store, update_url=settings.update_url, gsp_url=settings.gsp_url
        ) as store:
            clock = time.perf_counter()
            reference = reference_quads(minter, ontology_dir())
            reference_triples = _put(store, reference)
            timings["store"] += time.perf_counter() - clock
            clock = time.perf_counter()
            counts = DatasetCounts(settings.base_iri)
            if isinstance(store, EmbeddedStore):
                for graph in reference:
                    counts.add(_stored_counts(store, graph, settings.base_iri))
            timings["void"] += time.perf_counter() - clock
            with _Writer(store, report, timings, len(documents)) as writer:
                for path, document, result in zip(files, documents, converted, strict=True):
                    timings["extract"] += result.extract_seconds
                    timings["map"] += result.map_seconds
                    clock = time.perf_counter()
                    counts.add(result.counts)
                    timings["void"] += result.void_seconds + time.perf_counter() - clock
                    graph = minter.graph(document.identifier).value
                    writer.add(path, graph, result.nquads, result.summary.triples)
                    summaries.append(result.summary)
            clock = time.perf_counter()
            _describe(store, settings.base_iri, counts)
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


def _describe(store: Store, base_iri: str, counts: DatasetCounts) -> None:
    """Write the dataset's VoID description: from what the build counted when the store
    holds nothing else in scope (and is the embedded store, whose terms are the ones
    written), else counted with SPARQL over what the store now holds."""
    stats = None
    if isinstance(store, EmbeddedStore):
        stats = counts.statistics(graphs_in_scope(store, base_iri))
    if stats is None:
        stats = statistics(store, base_iri)
    _put(store, {void_graph(base_iri).value: describe(stats, base_iri)})


def _put(store: Store, graphs: Mapping[str, Sequence[pyoxigraph.Quad]]) -> int:
    """Replace ``graphs``, all in one transaction; on the embedded store, with the bulk
    loader when it holds none of them yet (as safe, and faster). The quads stored."""
    if not graphs:
        return 0
    if isinstance(store, EmbeddedStore) and not any(
        store.store.contains_named_graph(pyoxigraph.NamedNode(graph)) for graph in graphs
    ):
        return store.add_graphs(graphs)
    return store.replace_graphs(graphs)


def _stored_counts(store: EmbeddedStore, graph: str, base_iri: str) -> GraphCounts:
    """The VoID counts of a graph as the store holds it."""
    quads = store.store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(graph))
    triples = [(term(q.subject), term(q.predicate), term(q.object)) for q in quads]
    return graph_counts(graph, triples, base_iri)


@dataclass(frozen=True, slots=True)
class _Converted:
    """One report extracted and mapped: its summary, its quads as N-Quads (much faster
    to send between processes than pickled quads, and what the bulk loader reads), its
    VoID counts, and the seconds each step took."""

    summary: DocumentSummary
    nquads: bytes
    counts: GraphCounts
    extract_seconds: float
    map_seconds: float
    void_seconds: float


def _convert(document: Document, base_iri: str) -> _Converted:
    """Extract ``document``, map it to N-Quads and count what the VoID description needs."""
    clock = time.perf_counter()
    extraction = extract_document(document)
    extracted = time.perf_counter()
    graph, triples = map_document(document, extraction, base_iri)
    nquads = to_nquads(graph, triples)
    mapped = time.perf_counter()
    namespace = IriLayout(base_iri).document(document.identifier)
    counts = graph_counts(graph, triples, base_iri, namespace)
    summary = _summary(document, extraction, len(triples))
    return _Converted(
        summary,
        nquads,
        counts,
        extracted - clock,
        mapped - extracted,
        time.perf_counter() - mapped,
    )


def _convert_all(
    documents: Sequence[Document], base_iri: str, pool: Executor | None, workers: int
) -> Iterator[_Converted]:
    """Each document converted, in order: in ``pool`` if given (work on the first ones
    starts at once), else one by one as they are asked for."""
    if pool is None:
        return (_convert(document, base_iri) for document in documents)
    work = partial(_convert, base_iri=base_iri)
    return _in_order(pool, work, documents, AHEAD_PER_JOB * workers)


class _Writer:
    """Stores reports' graphs: new ones in bulk batches, ones already stored one by one.

    On the embedded store a batch is loaded by a thread of its own: Oxigraph's bulk
    loader does not hold Python's global lock, so the next reports are extracted
    meanwhile. One batch is loaded at a time, and before anything else is written
    the batch being loaded is waited for. A batch goes to the thread once it is
    large (``BATCH_QUADS``), or, near the end of the build and when the thread is
    free, once it is not small (``MIN_BATCH_QUADS``). Leaving the ``with`` block
    waits for the batch being loaded; only a block left without an error stores the
    last batch.
    """

    def __init__(
        self, store: Store, report: Progress, timings: dict[str, float], expected: int
    ) -> None:
        self.store = store
        self.report = report
        self.timings = timings
        self.expected = expected  # the number of reports the build will add
        self.added = 0  # reports added so far, and their quads
        self.quads = 0
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
        self.added += 1
        self.quads += count
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
        if self.size >= BATCH_QUADS or (
            self.size >= MIN_BATCH_QUADS and self._ending() and self._free()
        ):
            self.flush()

    def _ending(self) -> bool:
        """Whether less than a batch of quads is still to come (estimated from the reports
        added so far)."""
        return (self.expected - self.added) * self.quads < BATCH_QUADS * self.added

    def _free(self) -> bool:
        """Whether the loading thread has no batch to load."""
        return self.loading is None or self.loading[0].done()

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


@contextmanager
def _pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes, started fresh ("spawn": nothing of this process's state, threads
    or open store is inherited); none for a single job. Work not started when the block
    is left is dropped."""
    if workers <= 1:
        yield None
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(
    pool: Executor, work: Callable[[T], R], items: Iterable[T], ahead: int
) -> Iterator[R]:
    """``work`` of each item, run in ``pool``, yielded in input order, at most ``ahead``
    items submitted before their results are taken. The first ``ahead`` are submitted at
    once, before the first result is asked for."""
    remaining = iter(items)
    pending: deque[Future[R]] = deque(
        pool.submit(work, item) for item in itertools.islice(remaining, ahead)
    )
    return _results(pool, work, remaining, pending)


def _results(
    pool: Executor, work: Callable[[T], R], items: Iterator[T], pending: deque[Future[R]]
) -> Iterator[R]:
    try:
        while pending:
            result = pending.popleft().result()
            for item in itertools.islice(items, 1):
                pending.append(pool.submit(work, item))
            yield result
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
