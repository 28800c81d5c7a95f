"""The backend of a remote store: every request answered by the SPARQL store ``--store`` names.

Queries are forwarded through the project's remote store (SPARQLWrapper: JSON
results for SELECT and ASK, Turtle for graphs, the union of the named graphs as
the default graph where the server lets a request ask for it, the time limit
passed on where the server takes one). What the embedded backend gives
pyoxigraph beside a query (base IRI, bindings, row cap) is written into its
text (``uncac_kg.endpoint.remote_sparql``); the protocol's dataset parameters
are passed on. The answer is read back by pyoxigraph, cut at the row cap (and
marked so) and written in the format asked for, exactly as the embedded backend
writes it.

Dumps come from the store's Graph Store Protocol URL (a named graph, the
default graph, and, from an Oxigraph server, the whole dataset), else from
SPARQL queries. Writes are forwarded as SPARQL updates, one request each (one
transaction on the store); Graph Store writes are parsed here first, as the
embedded backend parses them, so they are refused or accepted alike.

The search index is built from the store's answers, and built again when the
store's content changes: every ``remote_poll_interval`` seconds one small query
asks for the number of quads and the VoID description (which every build
rewrites), and after each write made through this server at once.

A store that cannot be reached or refuses the login is a 503 for the request
(and ``/health``), one that does not answer within the time limit a 504, one
that fails a 502; each with a one-line message that does not show the store's
URL (the log does).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import http.client
import logging
import shutil
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote, urlencode

import anyio
import anyio.to_thread
import pyoxigraph
from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
    Triple,
)
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    Unauthorized,
    URITooLong,
)

from uncac_kg import formats
from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.config import ServerOptions
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.execute import (
    Deadline,
    answer,
    format_for,
    from_json,
    serialize_triples,
)
from uncac_kg.endpoint.jobs import Answer, DumpJob, QueryJob, WriteJob, Written
from uncac_kg.endpoint.remote_sparql import with_base, with_bindings, with_row_cap
from uncac_kg.endpoint.search import SearchIndex, build_index_from
from uncac_kg.endpoint.sparql_text import refused_remote_access
from uncac_kg.endpoint.writes import request_triples
from uncac_kg.errors import QueryError
from uncac_kg.store.base import QueryResult
from uncac_kg.store.endpoints import Endpoints
from uncac_kg.store.remote import (
    QUERY_FORMS,
    TEMPORARY_PREFIX,
    USER_AGENT,
    RemoteStore,
    failure,
    query_form,
)

log = logging.getLogger("uncac_kg.endpoint")

T = TypeVar("T")

#: Seconds a request waits, beyond its time limit, for the store's answer to be read.
GRACE = 1.0
#: Seconds the queries that build the search index may take.
INDEX_TIMEOUT = 300.0
#: Seconds the check for a changed content may take.
CHECK_TIMEOUT = 30.0

#: The HTTP status of the answers SPARQLWrapper turns into exceptions of its own.
_WRAPPER_STATUS = {
    QueryBadFormed: 400,
    Unauthorized: 401,
    EndPointNotFound: 404,
    URITooLong: 414,
    EndPointInternalError: 500,
}


def _content_check(void_graph: str) -> str:
    """The query whose answer changes when the store's content does: the number of
    quads in its named graphs, and the VoID description every build rewrites."""
    return (
        "SELECT ?n ?s ?p ?o WHERE {\n"
        "  { SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?b ?c } } }\n"
        f"  UNION {{ GRAPH {NamedNode(void_graph)} {{ ?s ?p ?o }} }}\n"
        "}"
    )


class RemoteBackend(Backend):
    """The server's state when it serves a remote store (see the module's docstring)."""

    def __init__(self, endpoints: Endpoints, options: ServerOptions, base_iri: str) -> None:
        super().__init__(Path(), options)
        self.endpoints = endpoints
        self.location = endpoints.query_url
        self.base_iri = base_iri
        self.workdir = Path()  # a private temporary folder for the search index, made by ``start``
        self.generation = 0  # how many times the content was indexed
        self.quads: int | None = None
        self.checked_at: float | None = None
        self.problem: str | None = None  # why the store cannot be used now, if it cannot
        self._indexed: str | None = None  # the content the search index is of
        self._poller: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._write_lock = asyncio.Lock()

    # readiness

    @property
    def ready(self) -> bool:
        """Whether the store answered the last check and its content is indexed."""
        return self.index is not None and self.problem is None

    def health(self) -> dict[str, object]:
        """Readiness, and what the last check of the store found."""
        status = "ok" if self.ready else "unavailable" if self.problem else "starting"
        body: dict[str, object] = {"status": status, "store": "remote"}
        if self.checked_at is not None:
            checked = datetime.fromtimestamp(self.checked_at, UTC).isoformat(timespec="seconds")
            body |= {"generation": self.generation, "quads": self.quads, "checked": checked}
        if self.problem:
            body["problem"] = self.problem
        body["writable"] = self.options.write_token is not None
        return body

    async def start(self) -> None:
        """Start the task that checks the store and indexes its content."""
        self.workdir = Path(tempfile.mkdtemp(prefix="uncac-kg-serve-"))
        self._wake = asyncio.Event()
        self._poller = asyncio.create_task(self._poll(), name="uncac-kg-remote-poller")

    async def close(self) -> None:
        """Stop checking the store; remove the search index."""
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
        if self.workdir != Path():
            shutil.rmtree(self.workdir, ignore_errors=True)

    async def _poll(self) -> None:
        assert self._wake is not None
        while True:
            try:
                await self.refresh()
            except Exception:  # keep checking; the next try may succeed
                log.exception("could not index the store at %s", self.location)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.options.remote_poll_interval)
            self._wake.clear()

    async def refresh(self) -> bool:
        """Check the store; index its content again if it changed. Whether it was indexed."""
        try:
            quads, content = await self._call(self._check, CHECK_TIMEOUT)
            self._clear_problem()
            self.quads, self.checked_at = quads, time.time()
            if content == self._indexed and self.index is not None:
                return False
            path = self.workdir / f"search-{self.generation + 1:06d}.sqlite"
            paragraphs = await self._call(functools.partial(self._build_index, path), INDEX_TIMEOUT)
        except EndpointError as error:
            self._set_problem(error)
            return False
        self.generation += 1
        self.index, self._indexed = SearchIndex(path), content
        for old in sorted(self.workdir.glob("search-*.sqlite"))[:-2]:
            old.unlink(missing_ok=True)
        log.info(
            "indexed the store at %s: %d quads, %d paragraphs (generation %d)",
            self.location,
            quads,
            paragraphs,
            self.generation,
        )
        return True

    def _set_problem(self, error: EndpointError) -> None:
        if self.problem != error.message:
            log.warning("the store at %s cannot be used: %s", self.location, error.message)
        self.problem = error.message

    def _clear_problem(self) -> None:
        if self.problem is not None:
            log.info("the store at %s answers again", self.location)
        self.problem = None

    def _check(self) -> tuple[int, str]:
        """The number of quads in the store's named graphs, and a digest of its content."""
        store = RemoteStore(self._endpoints(CHECK_TIMEOUT))
        try:
            result = store.query(_content_check(f"{self.base_iri}graph/void"))
        except Exception as error:  # reported by ``refresh``, once
            raise self._failure(error, CHECK_TIMEOUT, logged=False) from None
        if not isinstance(result, QuerySolutions):
            raise EndpointError(502, "the remote store did not answer with solutions")
        quads, lines = 0, []
        for solution in result:
            count = solution["n"]
            if count is not None:
                quads = int(count.value)
            lines.append(" ".join(str(term) for term in solution if term is not None))
        digest = hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()
        return quads, digest

    def _build_index(self, path: Path) -> int:
        store = RemoteStore(self._endpoints(INDEX_TIMEOUT))
        try:
            return build_index_from(store.query, path)
        except Exception as error:
            path.unlink(missing_ok=True)
            raise self._failure(error, INDEX_TIMEOUT, logged=False) from None

    # the work of the handlers

    async def query(self, job: QueryJob) -> Answer:
        """Run a query job on the store; raises ``EndpointError``."""
        return await self._call(functools.partial(self._answer, job), job.timeout)

    async def dump(self, job: DumpJob) -> bytes:
        """A graph, or the dataset, serialized; 404 for a missing graph."""
        timeout = self.options.limits.timeout * 6
        return await self._call(functools.partial(self._dump, job, timeout), timeout)

    async def write(self, job: WriteJob) -> Written:
        """Apply a write to the store (one at a time); its content is indexed again at once."""
        async with self._write_lock:
            try:  # a write may take two requests (does the graph exist, then the update)
                return await self._call(functools.partial(self._write, job), 2 * job.timeout)
            finally:
                if self._wake is not None:
                    self._wake.set()

    async def _call(self, function: Callable[[], T], timeout: float) -> T:
        """``function()`` in a thread; 504 when it has not returned in ``timeout`` seconds
        (and a moment more: it reports its own time limit first when it can)."""
        with anyio.move_on_after(timeout + GRACE):
            return await anyio.to_thread.run_sync(function, abandon_on_cancel=True)
        raise EndpointError(504, _late(timeout))

    def _endpoints(
        self, timeout: float, parameters: tuple[tuple[str, str], ...] | None = None
    ) -> Endpoints:
        """The store's endpoints with the time limit ``timeout`` and, when given, these
        request ``parameters`` instead of those that make the default graph the union."""
        layout = self.endpoints.layout
        if parameters is not None:
            layout = replace(layout, union_parameters=parameters)
        return replace(self.endpoints, layout=layout, timeout=timeout)

    # queries

    def _answer(self, job: QueryJob) -> Answer:
        deadline = Deadline.after(job.timeout, 504, _late)
        refusal = refused_remote_access(job.sparql, self.options.allow_service, update=False)
        if refusal:  # the store would call that endpoint on this server's behalf
            raise EndpointError(403, refusal)
        form = query_form(job.sparql)
        if form == "SELECT":
            format_for(job.results_format, "the results of a SELECT query")
        elif form == "ASK":
            format_for(job.results_format, "the result of an ASK query")
        elif form in QUERY_FORMS:
            format_for(job.graph_format, "the graph of a CONSTRUCT or DESCRIBE query")
        try:
            bound = with_bindings(job.sparql, [(n, from_json(t)) for n, t in job.substitutions])
        except ValueError as error:
            raise EndpointError(400, f"the query cannot be run: {error}") from None
        sparql = bound
        if form == "SELECT" and not job.filters:
            sparql = with_row_cap(sparql, job.max_rows + 1)
        if job.base_iri:
            sparql = with_base(sparql, job.base_iri)
        store = RemoteStore(self._endpoints(job.timeout, _dataset_parameters(job)))
        try:
            try:
                result = store.query(sparql)
            except QueryError:
                if sparql == bound:
                    raise
                # refused as it was sent: what the store says of the query as it was
                # written tells the client where it is wrong (the cap is applied here)
                result = store.query(bound)
        except Exception as error:
            raise self._failure(error, job.timeout) from None
        return answer(result, job, deadline)

    # dumps

    def _dump(self, job: DumpJob, timeout: float) -> bytes:
        fmt = formats.get(job.format)
        if job.whole:
            quads = [
                q
                for q in self._dataset(timeout)
                if not (
                    isinstance(q.graph_name, NamedNode)
                    and q.graph_name.value.startswith(TEMPORARY_PREFIX)
                )
            ]
            return pyoxigraph.serialize(quads, format=formats.rdf_format(fmt)) or b""
        return serialize_triples(self._graph(job.graph, timeout), fmt)

    def _dataset(self, timeout: float) -> Iterable[Quad]:
        """Every quad: the Graph Store's dataset from an Oxigraph server, else the named
        graphs' quads from a SPARQL query."""
        gsp = self.endpoints.gsp_url
        if gsp and self.endpoints.layout.name == "oxigraph":
            fetched = self._fetch(gsp, "application/n-quads", timeout)
            if fetched is not None:
                return _parse(*fetched, RdfFormat.N_QUADS)
        result = self._select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", timeout)
        return [Quad(s["s"], s["p"], s["o"], s["g"]) for s in result]

    def _graph(self, graph: str | None, timeout: float) -> list[Triple]:
        """The triples of the named graph ``graph`` (None: the default graph); 404 when
        the store has no such graph."""
        gsp = self.endpoints.gsp_url
        missing = EndpointError(404, f"no graph {graph} in this store")
        if gsp:
            target = "default" if graph is None else urlencode({"graph": graph}, quote_via=quote)
            fetched = self._fetch(f"{gsp}?{target}", "application/n-triples", timeout)
            if fetched is None:
                raise missing
            return [q.triple for q in _parse(*fetched, RdfFormat.N_TRIPLES)]
        if graph is not None:
            asked = self._query(f"ASK {{ GRAPH {NamedNode(graph)} {{ }} }}", timeout)
            if not (isinstance(asked, QueryBoolean) and bool(asked)):
                raise missing
            pattern = f"GRAPH {NamedNode(graph)} {{ ?s ?p ?o }}"
        else:
            pattern = "?s ?p ?o"
        construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}"
        result = self._query(construct, timeout, parameters=())
        if isinstance(result, QueryBoolean | QuerySolutions):
            raise EndpointError(502, "the remote store did not answer with triples")
        return list(result)

    def _fetch(self, url: str, accept: str, timeout: float) -> tuple[bytes, str] | None:
        """GET ``url`` from the Graph Store: its body and media type, or None for 404."""
        request = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": USER_AGENT})
        authorization = self.endpoints.credentials.authorization()
        if authorization:
            request.add_header("Authorization", authorization)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as error:
            if error.code == 404:
                error.close()
                return None
            told = failure(error, url.split("?", 1)[0], self.endpoints, reading=True)
            raise self._failure(told, timeout, error) from None
        except Exception as error:
            told = failure(error, url.split("?", 1)[0], self.endpoints, reading=True)
            raise self._failure(told, timeout, error) from None

    def _query(
        self, sparql: str, timeout: float, parameters: tuple[tuple[str, str], ...] | None = None
    ) -> QueryResult:
        store = RemoteStore(self._endpoints(timeout, parameters))
        try:
            return store.query(sparql)
        except Exception as error:
            raise self._failure(error, timeout) from None

    def _select(self, sparql: str, timeout: float) -> QuerySolutions:
        result = self._query(sparql, timeout)
        if not isinstance(result, QuerySolutions):
            raise EndpointError(502, "the remote store did not answer with solutions")
        return result

    # writes

    def _write(self, job: WriteJob) -> Written:
        if not self.endpoints.update_url:
            raise EndpointError(
                503,
                "the remote store has no known update URL: the server's operator must give "
                "--update-url (or UNCAC_KG_UPDATE_URL)",
            )
        if job.operation == "update":
            update = with_base(job.update, job.base_iri) if job.base_iri else job.update
            self._update(update, job.timeout)
            return Written(False, True, Path(), 0)
        name = NamedNode(job.graph) if job.graph is not None else DefaultGraph()
        target = "DEFAULT" if job.graph is None else f"GRAPH {name}"
        existed = job.graph is None or self._has_graph(job.graph, job.timeout)
        if job.operation == "delete":
            if not existed:
                raise EndpointError(404, f"no graph {job.graph} in this store")
            self._update(f"DROP {target}", job.timeout)
            return Written(False, True, Path(), 0)
        lines = [
            line
            for media_type, data in job.parts
            for line in request_triples(media_type, data, job.base_iri or job.graph)
        ]
        steps = []
        if job.operation == "put":
            steps.append(f"DROP SILENT {target}")
        if job.graph is not None:
            steps.append(f"CREATE SILENT GRAPH {name}")
        if lines:
            body = "\n".join(lines)
            inner = body if job.graph is None else f"GRAPH {name} {{\n{body}\n}}"
            steps.append(f"INSERT DATA {{\n{inner}\n}}")
        self._update(" ;\n".join(steps), job.timeout)
        return Written(not existed, existed, Path(), len(lines))

    def _has_graph(self, graph: str, timeout: float) -> bool:
        asked = self._query(f"ASK {{ GRAPH {NamedNode(graph)} {{ }} }}", timeout)
        return isinstance(asked, QueryBoolean) and bool(asked)

    def _update(self, update: str, timeout: float) -> None:
        try:
            RemoteStore(self._endpoints(timeout)).update(update)
        except Exception as error:
            failed = self._failure(error, timeout)
            if failed.status == 400:
                explanation = failed.message.partition("): ")[2] or failed.message
                raise EndpointError(400, f"the store refused the update: {explanation}") from None
            raise failed from None

    # errors

    def _failure(
        self,
        error: Exception,
        timeout: float,
        origin: BaseException | None = None,
        *,
        logged: bool = True,
    ) -> EndpointError:
        """What a request is told when talking to the store failed with ``error``, as
        ``uncac_kg.store.remote`` reports it; ``origin`` is the network's or the
        server's own error (by default the context ``error`` was raised in). A failure
        that is not the client's is logged, with the store's URL, if ``logged``."""
        if isinstance(error, EndpointError):
            return error
        origin = origin or error.__context__ or error
        status, timed_out = _upstream(origin)
        message = self._public(" ".join(str(error).split()) or type(error).__name__)
        if isinstance(error, QueryError) or status == 400:
            return EndpointError(400, message)
        unreachable = status is None and isinstance(origin, OSError | http.client.HTTPException)
        if timed_out or status in (408, 504):
            failed = EndpointError(504, _late(timeout))
        elif unreachable or status in (401, 403, 404, 503):  # the operator must see to it
            failed = EndpointError(503, message, {"Retry-After": "5"})
        else:
            failed = EndpointError(502, message)
        if logged:
            log.warning("%s (answered %d)", " ".join(str(error).split()), failed.status)
        return failed

    def _public(self, message: str) -> str:
        """``message`` without the store's URLs (a client learns what failed, not where)."""
        for url in (self.endpoints.query_url, self.endpoints.update_url, self.endpoints.gsp_url):
            if url:
                message = message.replace(f"the store at {url}", "the remote store")
                message = message.replace(url, "the remote store's URL")
        return message


def _upstream(error: BaseException) -> tuple[int | None, bool]:
    """The HTTP status the store answered with (None when none came), and whether the
    request timed out."""
    if isinstance(error, urllib.error.HTTPError):
        return error.code, False
    for kind, status in _WRAPPER_STATUS.items():
        if isinstance(error, kind):
            return status, False
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    return None, isinstance(reason, TimeoutError)


def _late(timeout: float) -> str:
    return (
        f"the store did not answer within {timeout:g} s, the time limit of this server; "
        "narrow the query down (LIMIT, more specific patterns) and try again"
    )


def _dataset_parameters(job: QueryJob) -> tuple[tuple[str, str], ...] | None:
    """The request parameters that set a query's dataset: the protocol's, those that make
    the default graph the union of the named graphs (None: the store's usual ones), or
    none when the query names its dataset itself."""
    if job.dataset is not None:
        return tuple(
            [("default-graph-uri", g) for g in job.dataset.default]
            + [("named-graph-uri", g) for g in job.dataset.named]
        )
    return None if job.union_default else ()


def _parse(body: bytes, media_type: str, expected: RdfFormat) -> list[Quad]:
    """The quads of a Graph Store answer."""
    syntax = RdfFormat.from_media_type(media_type) or expected
    try:
        return list(pyoxigraph.parse(body, format=syntax))
    except (SyntaxError, ValueError) as error:
        message = f"the remote store sent unreadable {syntax.name}: {error}"
        raise EndpointError(502, " ".join(message.split())) from None
