"""A store behind SPARQL 1.1 endpoints (Oxigraph server, Fuseki, GraphDB, Virtuoso...).

Queries go through SPARQLWrapper: JSON results for SELECT and ASK, Turtle
for CONSTRUCT and DESCRIBE, GET for short queries and POST for long ones, the
server-side timeout where the server takes one, and the union of the named
graphs as the default graph where the server lets a request ask for it.
Answers come back as the same pyoxigraph objects the embedded store gives,
so every consumer works unchanged.

Replacing a graph never leaves a half-written graph behind. Its triples are
first uploaded to a temporary graph (``urn:uncac-kg:upload:...``) with a Graph
Store HTTP Protocol ``PUT`` of N-Triples, or with SPARQL Update ``INSERT DATA``
when the server has no Graph Store URL. The server is then asked how many
triples the temporary graph holds; only when every one arrived does a single
SPARQL update ``MOVE`` the temporary graphs onto their targets. A server runs
one update request in one transaction (Oxigraph and Fuseki do), so readers see
the old graph or the new one, never a mix. An upload cut short leaves the
target as it was; the temporary graph is dropped, or, if the process itself
died, left for the next upload of that graph to overwrite and hidden from
``graphs()``. Servers whose ``PUT`` is itself transactional (Fuseki) take a
single graph with one ``PUT``. Blank nodes are scoped to one graph's upload.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import http.client
import platform
import re
import socket
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Self
from urllib.parse import quote, urlencode

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QuerySolutions, QueryTriples, Triple
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import __version__ as sparqlwrapper_version
from SPARQLWrapper.SPARQLExceptions import (
    EndPointInternalError,
    EndPointNotFound,
    QueryBadFormed,
    SPARQLWrapperException,
    Unauthorized,
    URITooLong,
)

from uncac_kg import __version__
from uncac_kg.errors import QueryError, StoreError
from uncac_kg.store.base import QueryResult
from uncac_kg.store.endpoints import Endpoints

#: Where uploads wait before they are moved onto their graph.
TEMPORARY_PREFIX = "urn:uncac-kg:upload:"

#: Longest URL-encoded query sent with GET; longer ones are POSTed (no 414 errors).
GET_LIMIT = 2000

USER_AGENT = (
    f"uncac-kg/{__version__} (SPARQLWrapper/{sparqlwrapper_version}; "
    f"Python/{platform.python_version()})"
)


#: The forms of a SPARQL query, and the operations that start a SPARQL update.
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_OPERATIONS = (
    "INSERT",
    "DELETE",
    "WITH",
    "LOAD",
    "CLEAR",
    "CREATE",
    "DROP",
    "COPY",
    "MOVE",
    "ADD",
)

# What may come before the first keyword: space, comments, BASE and PREFIX declarations.
_PROLOGUE = re.compile(
    r"\s*(?:\#[^\n]*(?:\n|$)|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)", re.IGNORECASE
)
_KEYWORD = re.compile(r"\s*([A-Za-z]+)")


def query_form(sparql: str) -> str:
    """The first keyword after the prologue, upper-cased: ``SELECT``, ``CONSTRUCT``, ``INSERT``...

    (SPARQLWrapper's own guess strips only every other line of a block of
    comments, so a word like "add" in a query's header made it an update.)
    """
    position = 0
    while (found := _PROLOGUE.match(sparql, position)) and found.end() > position:
        position = found.end()
    keyword = _KEYWORD.match(sparql, position)
    return keyword[1].upper() if keyword else ""


def temporary_graph(graph: str) -> str:
    """The graph an upload to ``graph`` goes to first: one per target, so a retry overwrites it."""
    return TEMPORARY_PREFIX + hashlib.sha256(graph.encode("utf-8")).hexdigest()[:32]


class RemoteStore:
    """A store reached over HTTP; see the module's docstring for how writes stay atomic."""

    def __init__(self, endpoints: Endpoints) -> None:
        self.endpoints = endpoints
        self.location = endpoints.query_url
        self._open = True

    # reading

    def query(self, sparql: str) -> QueryResult:
        """Run ``sparql`` on the server; the answer as pyoxigraph solutions, boolean or triples."""
        self._check_open()
        form = query_form(sparql)
        if form in UPDATE_OPERATIONS:
            raise QueryError("this is a SPARQL update, not a query; queries only read the store")
        if form not in QUERY_FORMS:
            form = "SELECT"  # not a query: the server's parser will say what is wrong
        wrapper = self._wrapper(sparql, form)
        graph_result = form in ("CONSTRUCT", "DESCRIBE")
        wrapper.setReturnFormat(TURTLE if graph_result else JSON)
        url = self.endpoints.query_url
        try:
            response = wrapper.query().response
            try:
                body: bytes = response.read()
                media_type = response.headers.get_content_type()
            finally:
                response.close()
        except Exception as error:
            raise failure(error, url, self.endpoints, reading=True) from None
        try:
            if graph_result:
                return _triples(body, media_type)
            results_format = pyoxigraph.QueryResultsFormat.from_media_type(media_type)
            return pyoxigraph.parse_query_results(
                body, format=results_format or pyoxigraph.QueryResultsFormat.JSON
            )
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"the store at {url} sent an unreadable answer: {error}") from None

    def graphs(self) -> list[str]:
        """The named graphs, sorted; temporary upload graphs are left out."""
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        assert isinstance(result, QuerySolutions)
        names = {s["g"].value for s in result if isinstance(s["g"], NamedNode)}
        return sorted(n for n in names if not n.startswith(TEMPORARY_PREFIX))

    def count(self, graph: str) -> int:
        """How many triples the named graph ``graph`` holds."""
        result = self.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {NamedNode(graph)} {{ ?s ?p ?o }} }}"
        )
        assert isinstance(result, QuerySolutions)
        return sum(int(s["n"].value) for s in result)

    # writing

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (one request, which the server runs as one transaction)."""
        self._check_open()
        url, body = self._update_url(), sparql.encode("utf-8")
        send(self.endpoints, "POST", url, body, "application/sparql-update")

    def replace_graph(self, graph: str, quads: Iterable[Quad]) -> int:
        """Make ``quads`` the whole content of ``graph``, atomically; the number given."""
        return self.replace_graphs({graph: quads})

    def replace_graphs(self, graphs: Mapping[str, Iterable[Quad]]) -> int:
        """Replace several graphs: upload each to its temporary graph, then move them all at once.

        The quads are gathered and checked before the server is contacted.
        """
        self._check_open()
        batches = _gather(graphs)
        if not batches:
            return 0
        self._update_url()  # fail early on a read-only store
        direct = len(batches) == 1 and self.endpoints.layout.atomic_put and self.endpoints.gsp_url
        staged: dict[str, str] = {}
        try:
            for graph, triples in batches.items():
                if triples and direct:
                    self._put(graph, triples)
                elif triples:
                    staged[graph] = temporary_graph(graph)
                    self._stage(staged[graph], triples)
            operations = [
                f"MOVE GRAPH {NamedNode(staged[graph])} TO GRAPH {NamedNode(graph)}"
                if graph in staged
                else f"DROP SILENT GRAPH {NamedNode(graph)}"
                for graph, triples in batches.items()
                if graph in staged or not triples
            ]
            if operations:
                self.update(" ;\n".join(operations))
        except BaseException:
            self._discard(staged.values())
            raise
        return sum(len(triples) for triples in batches.values())

    def remove_graph(self, graph: str) -> bool:
        """Remove a named graph; whether it held any triples."""
        present = self.count(graph) > 0
        self.update(f"DROP SILENT GRAPH {NamedNode(graph)}")
        return present

    def close(self) -> None:
        """Forget the store (nothing is buffered: every write is sent when it is made)."""
        self._open = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # the steps of a write

    def _stage(self, temporary: str, triples: list[Triple]) -> None:
        """Upload ``triples`` to ``temporary`` and check that the server holds every one."""
        if self.endpoints.gsp_url:
            self._put(temporary, triples)
        else:
            name = NamedNode(temporary)
            lines = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
            insert = f"INSERT DATA {{ GRAPH {name} {{\n{lines}\n}} }}"
            self.update(f"DROP SILENT GRAPH {name} ;\n{insert}")
        expected, found = len(set(triples)), self.count(temporary)
        if found != expected:
            raise StoreError(
                f"the upload to {self.location} was incomplete ({found} of {expected} triples); "
                "the graph was left as it was"
            )

    def _put(self, graph: str, triples: list[Triple]) -> None:
        """Replace ``graph`` with a Graph Store HTTP Protocol PUT of N-Triples."""
        assert self.endpoints.gsp_url is not None
        body = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        url = f"{self.endpoints.gsp_url}?{urlencode({'graph': graph}, quote_via=quote)}"
        send(self.endpoints, "PUT", url, body, "application/n-triples")

    def _discard(self, temporaries: Iterable[str]) -> None:
        """Drop temporary graphs after a failure, as far as the server still answers."""
        names = [NamedNode(t) for t in temporaries]
        if not names:
            return
        with contextlib.suppress(Exception):  # the first error is the one to report
            self.update(" ;\n".join(f"DROP SILENT GRAPH {name}" for name in names))

    def _wrapper(self, sparql: str, form: str) -> SPARQLWrapper:
        endpoints = self.endpoints
        wrapper = SPARQLWrapper(endpoints.query_url, agent=USER_AGENT)
        with warnings.catch_warnings():  # its own guess at the query's form is not used
            warnings.simplefilter("ignore", RuntimeWarning)
            wrapper.setQuery(sparql)
        wrapper.queryType = form
        wrapper.setOnlyConneg(True)
        wrapper.setTimeout(max(1, round(endpoints.timeout)))
        layout = endpoints.layout
        for name, value in layout.union_parameters:
            wrapper.addParameter(name, value)
        if layout.timeout_parameter:
            wrapper.addParameter(
                layout.timeout_parameter, f"{endpoints.timeout / layout.timeout_unit:g}"
            )
        authorization = endpoints.credentials.authorization()
        if authorization:
            wrapper.addCustomHttpHeader("Authorization", authorization)
        if len(urlencode({"query": sparql})) > GET_LIMIT:
            wrapper.setMethod(POST)
        return wrapper

    def _update_url(self) -> str:
        if not self.endpoints.update_url:
            raise StoreError(
                f"the store at {self.location} has no known update URL; "
                "give --update-url or set UNCAC_KG_UPDATE_URL"
            )
        return self.endpoints.update_url

    def _check_open(self) -> None:
        if not self._open:
            raise StoreError(f"the store at {self.location} is closed")


def _gather(graphs: Mapping[str, Iterable[Quad]]) -> dict[str, list[Triple]]:
    """Each graph's triples, checked to belong to it, before anything is sent."""
    batches: dict[str, list[Triple]] = {}
    for graph, quads in graphs.items():
        name = NamedNode(graph)
        triples: list[Triple] = []
        for quad in quads:
            if quad.graph_name != name:
                raise ValueError(f"a quad for {quad.graph_name} given for the graph {graph}")
            triples.append(quad.triple)
        batches[graph] = triples
    return batches


def _triples(body: bytes, media_type: str) -> QueryTriples:
    """A CONSTRUCT or DESCRIBE answer as ``QueryTriples``, as the embedded store gives it."""
    rdf_format = pyoxigraph.RdfFormat.from_media_type(media_type) or pyoxigraph.RdfFormat.TURTLE
    memory = pyoxigraph.Store()
    memory.bulk_extend(pyoxigraph.parse(body, format=rdf_format))
    result = memory.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, QueryTriples)
    return result


# HTTP: sending a request and saying in one line what went wrong


def send(endpoints: Endpoints, method: str, url: str, body: bytes, content_type: str) -> None:
    """Send one write request (an update or a Graph Store request); errors as one-line errors."""
    request = urllib.request.Request(url, data=body, method=method)
    request.add_header("Content-Type", f"{content_type}; charset=utf-8")
    request.add_header("User-Agent", USER_AGENT)
    authorization = endpoints.credentials.authorization()
    if authorization:
        request.add_header("Authorization", authorization)
    try:
        with urllib.request.urlopen(request, timeout=endpoints.timeout) as response:
            response.read()
    except Exception as error:
        raise failure(error, url.split("?", 1)[0], endpoints, reading=False) from None


_STATUS = {
    QueryBadFormed: 400,
    Unauthorized: 401,
    EndPointNotFound: 404,
    URITooLong: 414,
    EndPointInternalError: 500,
}
#: Where SPARQLWrapper's exceptions quote the server's answer (as a bytes literal).
_RESPONSE = re.compile(r"""Response:\n(b(['"]).*\2)\s*$""", re.DOTALL)
_LOGIN_HINTS = {
    "none": "no credentials were given: set UNCAC_KG_USER and UNCAC_KG_PASSWORD, or UNCAC_KG_TOKEN",
    "basic": "check UNCAC_KG_USER and UNCAC_KG_PASSWORD",
    "bearer": "check UNCAC_KG_TOKEN",
}


def failure(error: Exception, url: str, endpoints: Endpoints, *, reading: bool) -> Exception:
    """The one-line error that says what ``error``, met while talking to ``url``, means.

    Errors that are not about the network or the server are returned as they are.
    """
    status, detail = _status(error)
    if status in (401, 403):
        hint = _LOGIN_HINTS[endpoints.credentials.kind]
        return StoreError(f"the store at {url} refused the login (HTTP {status}); {hint}")
    if status == 400 and reading:
        return QueryError(f"the store at {url} refused the query: {detail}")
    if status == 404:
        return StoreError(f"nothing answers at {url} (HTTP 404); is it the store's endpoint?")
    if status is not None:
        return StoreError(f"the store at {url} failed (HTTP {status}): {detail}")
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError):
        return StoreError(f"the store at {url} did not answer within {endpoints.timeout:g} s")
    if isinstance(reason, ConnectionRefusedError):
        return StoreError(f"cannot reach the store at {url}: connection refused")
    if isinstance(reason, socket.gaierror):
        return StoreError(f"cannot reach the store at {url}: unknown host")
    if isinstance(reason, ConnectionError | http.client.HTTPException):
        return StoreError(f"the connection to the store at {url} was cut: {_reason(reason)}")
    if isinstance(reason, OSError):
        return StoreError(f"cannot reach the store at {url}: {_reason(reason)}")
    return error


def _status(error: Exception) -> tuple[int | None, str]:
    """The HTTP status of a failed request and the first line of the server's explanation."""
    if isinstance(error, urllib.error.HTTPError):
        try:
            text = error.read().decode("utf-8", "replace")
        finally:
            error.close()
        return error.code, _first_line(text)
    if isinstance(error, SPARQLWrapperException):
        status = next((s for kind, s in _STATUS.items() if isinstance(error, kind)), None)
        found = _RESPONSE.search(str(error))
        text = ast.literal_eval(found[1]).decode("utf-8", "replace") if found else ""
        return status, _first_line(text or type(error).msg)
    return None, ""


def _first_line(text: str, limit: int = 200) -> str:
    line = next((t.strip() for t in text.splitlines() if t.strip()), "no explanation")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _reason(error: BaseException) -> str:
    return _first_line(str(error) or type(error).__name__)
