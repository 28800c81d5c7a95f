"""Runs W3C SPARQL 1.1 tests (Protocol, Graph Store Protocol, query evaluation) over HTTP.

The manifests in ``tests/data/w3c`` describe each test as HTTP requests and
expected responses (Protocol, Graph Store) or as data, a query and its
expected result (query evaluation). ``Runner`` plays them against any HTTP
client bound to a server (the in-process application in the tests): requests
for ``/sparql/`` go to ``/sparql`` or, for updates, to ``/update``; ``/gsp``
goes to ``/store``. Every test starts from an empty store, and every request
carries the server's write token.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pyoxigraph
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

DATA = Path(__file__).resolve().parent.parent / "data" / "w3c"
W3C = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/"
XSD = "http://www.w3.org/2001/XMLSchema#"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
STATUS = {"OK": {200}, "Created": {201}, "NoContent": {204}, "NotFound": {404}}
FORMATS = {
    "boolean": ("application/sparql-results+xml", "application/sparql-results+json"),
    "tabular": (
        "application/sparql-results+xml",
        "application/sparql-results+json",
        "text/csv",
        "text/tab-separated-values",
    ),
    "RDF": ("application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json"),
}
RESULT_TYPES = {
    ".srx": "application/sparql-results+xml",
    ".srj": "application/sparql-results+json",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".ttl": "text/turtle",
}
DATA_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".rdf": "application/rdf+xml"}


@dataclass(frozen=True)
class Outcome:
    """One test's verdict and, when it failed, why."""

    suite: str
    name: str
    passed: bool
    reason: str = ""


@dataclass
class Runner:
    """Plays tests through ``client`` (an ``httpx.Client``-like object) with ``token``."""

    client: Any
    token: str
    outcomes: list[Outcome] = field(default_factory=list)

    # -- plumbing

    def _auth(self, headers: dict[str, str] | None = None) -> dict[str, str]:
        return {**(headers or {}), "authorization": f"Bearer {self.token}"}

    def reset(self) -> None:
        """Empty the store."""
        response = self.client.post(
            "/update",
            content="DROP ALL",
            headers=self._auth({"content-type": "application/sparql-update"}),
        )
        assert response.status_code == 204, response.text

    def put(self, path: Path, graph: str | None) -> None:
        """Load a data file into ``graph`` (None: the default graph)."""
        target = "/store?default" if graph is None else f"/store?graph={quote(graph, safe='')}"
        media_type = DATA_TYPES[path.suffix]
        response = self.client.put(
            target, content=path.read_bytes(), headers=self._auth({"content-type": media_type})
        )
        assert response.status_code in (201, 204), response.text

    def record(self, suite: str, name: str, check: Callable[[], None]) -> Outcome:
        try:
            self.reset()
            check()
            outcome = Outcome(suite, name, True)
        except AssertionError as error:
            outcome = Outcome(suite, name, False, str(error) or "assertion failed")
        self.outcomes.append(outcome)
        return outcome

    # -- the Protocol and Graph Store Protocol manifests: HTTP exchanges

    def run_http_manifest(self, suite: str, manifest: Path) -> list[Outcome]:
        graph = _manifest(manifest)
        base = _base(manifest)
        tests = _entries(graph, base)
        return [
            self.record(suite, _name(t), lambda t=t: self._exchange(graph, t, base)) for t in tests
        ]

    def _exchange(self, graph: rdflib.Graph, test: rdflib.term.Node, base: str) -> None:
        for data in graph.objects(test, UT.graphData):
            name = str(graph.value(data, rdflib.RDFS.label))
            self.put(_local(str(graph.value(data, UT.graph)), base), name)
        connection = graph.value(test, MF.action)
        location = None
        for request in rdflib.collection.Collection(graph, graph.value(connection, HT.requests)):
            location = self._request(graph, request, location)

    def _request(
        self, graph: rdflib.Graph, request: rdflib.term.Node, location: str | None
    ) -> str | None:
        method = str(graph.value(request, HT.methodName))
        path = str(graph.value(request, HT.absolutePath))
        headers = {}
        for header in _list(graph, graph.value(request, HT.headers)):
            headers[str(graph.value(header, HT.fieldName)).lower()] = str(
                graph.value(header, HT.fieldValue)
            )
        body = b""
        content = graph.value(request, HT.body)
        if content is not None:
            encoding = str(graph.value(content, CNT.characterEncoding) or "UTF-8")
            text = str(graph.value(content, CNT.chars))
            if location:
                text = text.replace("$LOCATION$", location)
            body = text.encode("utf-16" if encoding.upper() == "UTF-16" else "utf-8")
        if location:
            path = path.replace("$LOCATION$", location)
        path = _endpoint(path, headers, body)
        response = self.client.request(
            method, path, content=body or None, headers=self._auth(headers)
        )
        expected = graph.value(request, HT.resp)
        _check_status(graph, expected, response, f"{method} {path}")
        found = graph.value(expected, MF.expectedLocation)
        if found is not None:
            assert "location" in response.headers, f"{method} {path}: no Location header"
            location = response.headers["location"]
        _check_format(graph, expected, response)
        _check_boolean(graph, expected, response)
        _check_headers_and_body(graph, expected, response)
        return location

    # -- query evaluation: data, a query, an expected result

    def run_query_evaluation(self, selected: Path) -> list[Outcome]:
        outcomes = []
        for directory, name in _selected(selected):
            manifest = DATA / "query-eval" / directory / "manifest.ttl"
            graph = _manifest(manifest)
            base = _base(manifest)
            test = rdflib.URIRef(f"{W3C}{directory}/manifest#{name}")
            if (test, RDF.type, None) not in graph:
                test = rdflib.URIRef(f"{base}manifest#{name}")
            check = lambda graph=graph, test=test, base=base: self._evaluate(graph, test, base)  # noqa: E731
            outcomes.append(self.record("query-eval", f"{directory}/{name}", check))
        return outcomes

    def _evaluate(self, graph: rdflib.Graph, test: rdflib.term.Node, base: str) -> None:
        action = graph.value(test, MF.action)
        assert action is not None, f"{test}: not in the manifest"
        for data in graph.objects(action, QT.data):
            self.put(_local(str(data), base), None)
        for data in graph.objects(action, QT.graphData):
            self.put(_local(str(data), base), str(data))
        query = _local(str(graph.value(action, QT.query)), base).read_text(encoding="utf-8")
        expected = _local(str(graph.value(test, MF.result)), base)
        accept = RESULT_TYPES[expected.suffix]
        response = self.client.post(
            "/sparql",
            content=f"BASE <{base}>\n{query}".encode(),
            headers={"content-type": "application/sparql-query", "accept": accept},
        )
        assert response.status_code == 200, f"status {response.status_code}: {response.text[:300]}"
        compare_results(expected, response.content, response.headers.get("content-type", ""))


# -- manifests


def _manifest(path: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(path, format="turtle", publicID=_base(path) + path.name)
    return graph


def _base(path: Path) -> str:
    relative = path.parent.relative_to(DATA)
    parts = relative.parts[1:] if relative.parts[0] == "query-eval" else relative.parts
    return W3C + "".join(f"{p}/" for p in parts)


def _local(iri: str, base: str) -> Path:
    assert iri.startswith(W3C), iri
    relative = iri[len(W3C) :]
    for folder in (DATA / "query-eval", DATA):
        if (folder / relative).is_file():
            return folder / relative
    raise AssertionError(f"missing test file {relative}")


def _list(graph: rdflib.Graph, head: rdflib.term.Node | None) -> list[rdflib.term.Node]:
    return [] if head is None else list(rdflib.collection.Collection(graph, head))


def _entries(graph: rdflib.Graph, base: str) -> list[rdflib.term.Node]:
    found = []
    for manifest in graph.subjects(RDF.type, MF.Manifest):
        found += _list(graph, graph.value(manifest, MF.entries))
    return found


def _name(test: rdflib.term.Node) -> str:
    return str(test).rpartition("#")[2]


def _selected(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            directory, name = line.split()
            yield directory, name


def _endpoint(path: str, headers: dict[str, str], body: bytes) -> str:
    """The server's path for a manifest's ``/sparql/...`` or ``/gsp...``."""
    if path.startswith("/gsp"):
        return "/store" + path[len("/gsp") :]
    rest = path[len("/sparql/") :] if path.startswith("/sparql/") else path
    content_type = headers.get("content-type", "")
    update = (
        content_type.startswith("application/sparql-update")
        or body.startswith(b"update=")
        or re.search(r"(^|[?&])(update|using-graph-uri|using-named-graph-uri)=", rest) is not None
    )
    return ("/update" if update else "/sparql") + rest


# -- expectations


def _check_status(graph: rdflib.Graph, expected: Any, response: httpx.Response, what: str) -> None:
    allowed: set[int] = set()
    for status in graph.objects(expected, MF.expectedStatus):
        name = str(status).rpartition("#")[2]
        match = re.fullmatch(r"StatusCode(\d)xx", name)
        if match:
            first = int(match[1])
            allowed |= set(range(first * 100, first * 100 + 100))
        else:
            allowed |= STATUS[name]
    expected_codes = f"{sorted(allowed)[:3]}..."
    assert not allowed or response.status_code in allowed, (
        f"{what}: status {response.status_code}, expected {expected_codes}: {response.text[:200]}"
    )


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _check_format(graph: rdflib.Graph, expected: Any, response: httpx.Response) -> None:
    kind = graph.value(expected, MF.expectedFormat)
    if kind is not None:
        assert _media_type(response) in FORMATS[str(kind)], (
            f"{kind} answered as {_media_type(response)}"
        )


def _check_boolean(graph: rdflib.Graph, expected: Any, response: httpx.Response) -> None:
    value = graph.value(expected, MF.expectedBoolean)
    if value is not None:
        result = pyoxigraph.parse_query_results(response.content, media_type_format(response))
        assert bool(result) == value.toPython(), f"ASK answered {bool(result)}"


def _check_headers_and_body(graph: rdflib.Graph, expected: Any, response: httpx.Response) -> None:
    wanted = {}
    for header in _list(graph, graph.value(expected, HT.headers)):
        wanted[str(graph.value(header, HT.fieldName)).lower()] = str(
            graph.value(header, HT.fieldValue)
        )
    if "content-type" in wanted:
        want = wanted["content-type"].split(";")[0].strip()
        assert _media_type(response) == want, (
            f"content type {_media_type(response)}, expected {want}"
        )
    content = graph.value(expected, HT.body)
    if content is not None:
        expected_graph = rdflib.Graph().parse(
            data=str(graph.value(content, CNT.chars)), format="turtle"
        )
        actual = rdflib.Graph().parse(data=response.text, format="turtle")
        assert isomorphic(expected_graph, actual), f"graph differs:\n{response.text}"


def media_type_format(response: httpx.Response) -> pyoxigraph.QueryResultsFormat:
    found = pyoxigraph.QueryResultsFormat.from_media_type(_media_type(response))
    assert found is not None, f"not a results format: {_media_type(response)}"
    return found


# -- results


def compare_results(expected: Path, actual: bytes, content_type: str) -> None:
    """Assert that ``actual`` (the server's answer) has the results of the file ``expected``."""
    if expected.suffix == ".ttl":
        want = rdflib.Graph().parse(expected, format="turtle")
        got = rdflib.Graph().parse(data=actual.decode("utf-8"), format="turtle")
        assert isomorphic(want, got), f"graphs differ:\n{actual.decode()}"
        return
    if expected.suffix == ".csv":
        want_rows = _csv(expected.read_text(encoding="utf-8"))
        got_rows = _csv(actual.decode("utf-8"))
        assert want_rows[0] == got_rows[0], f"header {got_rows[0]}, expected {want_rows[0]}"
        assert want_rows == got_rows, f"rows differ:\n{actual.decode()}"
        return
    kind = pyoxigraph.QueryResultsFormat.from_extension(expected.suffix[1:])
    assert kind is not None
    want = pyoxigraph.parse_query_results(expected.read_bytes(), kind)
    got = pyoxigraph.parse_query_results(
        actual, pyoxigraph.QueryResultsFormat.from_media_type(content_type.split(";")[0])
    )
    if isinstance(want, pyoxigraph.QueryBoolean):
        assert isinstance(got, pyoxigraph.QueryBoolean) and bool(got) == bool(want)
        return
    assert isinstance(want, pyoxigraph.QuerySolutions) and isinstance(
        got, pyoxigraph.QuerySolutions
    )
    want_vars = {v.value for v in want.variables}
    got_vars = {v.value for v in got.variables}
    assert want_vars == got_vars, f"variables {sorted(got_vars)}, expected {sorted(want_vars)}"
    names = sorted(want_vars)
    want_rows = [tuple(_term(s[n]) for n in names) for s in want]
    got_rows = [tuple(_term(s[n]) for n in names) for s in got]
    assert _same_solutions(want_rows, got_rows), (
        f"solutions differ:\n{got_rows}\nexpected\n{want_rows}"
    )


def _csv(text: str) -> list[list[str]]:
    """CSV rows, blank node labels made equal and numbers compared by value (CSV drops
    datatypes, and the server writes numbers in their canonical form)."""
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n"))))
    return [[_csv_cell(cell) for cell in row] for row in rows if row]


def _csv_cell(cell: str) -> str:
    if cell.startswith("_:"):
        return "_:b"
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", cell):
        return repr(float(cell))
    return cell


def _term(term: object) -> str | None:
    """A term as text to compare; numeric literals by value (Oxigraph stores them in their
    canonical form: "3.21E4"^^xsd:double comes back as "32100", xsd:negativeInteger as
    xsd:integer), which is how results of the same value are told apart from different ones."""
    if term is None:
        return None
    if isinstance(term, pyoxigraph.Literal):
        datatype = term.datatype.value
        if datatype.endswith("#string"):
            return json.dumps(term.value)
        number = _number(term.value, datatype)
        if number is not None:
            return number
    return str(term)


INTEGER_TYPES = (
    "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte",
)  # fmt: skip


def _number(text: str, datatype: str) -> str | None:
    local = datatype.rpartition("#")[2]
    try:
        if datatype.startswith(XSD) and local in INTEGER_TYPES:
            return f"integer:{int(text)}"
        if datatype == XSD + "decimal":
            return f"decimal:{Decimal(text).normalize()}"
        if datatype in (XSD + "double", XSD + "float"):
            return f"{local}:{float(text)!r}"
        if datatype == XSD + "boolean":
            return f"boolean:{text.strip() in ('1', 'true')}"
    except (ValueError, ArithmeticError):
        return None
    return None


def _same_solutions(want: list[tuple[str | None, ...]], got: list[tuple[str | None, ...]]) -> bool:
    """Equal as multisets of solutions, blank nodes matched by a consistent renaming."""
    if len(want) != len(got):
        return False
    if not any(c and c.startswith("_:") for row in want + got for c in row):
        return Counter(want) == Counter(got)
    return _match(list(want), list(got), {})


def _match(
    want: list[tuple[str | None, ...]], got: list[tuple[str | None, ...]], names: dict[str, str]
) -> bool:
    if not want:
        return True
    first, rest = want[0], want[1:]
    for i, candidate in enumerate(got):
        mapping = dict(names)
        same = all(_cell(a, b, mapping) for a, b in zip(first, candidate, strict=True))
        if same and _match(rest, got[:i] + got[i + 1 :], mapping):
            return True
    return False


def _cell(a: str | None, b: str | None, mapping: dict[str, str]) -> bool:
    if a is not None and b is not None and a.startswith("_:") and b.startswith("_:"):
        if mapping.get(a, b) != b or (b in mapping.values() and mapping.get(a) != b):
            return False
        mapping[a] = b
        return True
    return a == b
