"""The OpenAPI 3.1 description of the server, served at ``/openapi.json``."""

from __future__ import annotations

from typing import Any

from uncac_kg import __version__, formats
from uncac_kg.formats import Kind

_RESULTS = [m for m, _ in formats.media_types(Kind.RESULTS)]
_GRAPHS = [m for m, _ in formats.media_types(Kind.GRAPH)]
_FORM = "application/x-www-form-urlencoded"


def _content(media_types: list[str]) -> dict[str, Any]:
    return {m: {"schema": {"type": "string"}} for m in media_types}


def _param(name: str, text: str, where: str = "query", *, many: bool = False) -> dict[str, Any]:
    string = {"type": "string"}
    schema = {"type": "array", "items": string} if many else string
    required = where == "path"
    return {"name": name, "in": where, "description": text, "required": required, "schema": schema}


def _op(summary: str, responses: dict[str, Any], *params: dict[str, Any], **extra: Any) -> Any:
    operation: dict[str, Any] = {"summary": summary, "responses": responses}
    if params:
        operation["parameters"] = list(params)
    if extra.pop("secure", False):
        operation["security"] = [{"writeToken": []}]
    if "body" in extra:
        operation["requestBody"] = {"content": _content(extra.pop("body"))}
    return operation


def _says(text: str, media_types: list[str] | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {"description": text}
    if media_types:
        answer["content"] = _content(media_types)
    return answer


_DATASET = (
    _param("default-graph-uri", "Graphs whose merge is the default graph.", many=True),
    _param("named-graph-uri", "The named graphs of the dataset.", many=True),
    _param("timeout", "A time limit in seconds, lower than the server's."),
    _param("format", "A format name or media type, instead of Accept."),
)
_ERRORS = {
    "400": _says("Malformed request or query (with the parser's message)."),
    "403": _says("SERVICE or LOAD to an endpoint the server may not reach."),
    "406": _says("No acceptable format for this kind of result."),
    "413": _says("Request larger than the server accepts."),
    "503": _says("Query stopped at the time limit, or all workers busy."),
}
_AUTH = {
    "401": _says("Missing or wrong bearer token."),
    "403": _says("Read-only server (started without a write token)."),
}
_ANSWER = _says(
    "The result. X-Result-Rows counts its rows; X-Result-Truncated: true (with X-Result-Limit) "
    "when the server's row cap cut it.",
    _RESULTS + _GRAPHS,
)
_TARGET = (
    _param("graph", "The IRI of the graph."),
    _param("default", "Present, without a value: the default graph."),
)
_SEARCH = (
    _param("q", 'Words that must appear; "a phrase"; prefix*.'),
    _param("state", "A State's ISO 3166 alpha-3 code or name."),
    _param("type", "An entity type: Mechanism, Organization, State..."),
    _param("document", "A report's identifier."),
    _param("page", "The page of results, from 1."),
)


def document(base_url: str) -> dict[str, Any]:
    """The OpenAPI document for a server at ``base_url``."""
    sparql = _param("query", "A SPARQL 1.1 query.")
    using = (
        _param("using-graph-uri", "USING graphs.", many=True),
        _param("using-named-graph-uri", "USING NAMED graphs.", many=True),
    )
    done = {"201": _says("Created."), "204": _says("Done."), **_AUTH}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "uncac-kg",
            "version": __version__,
            "description": "A knowledge graph of UN anti-corruption meeting reports: SPARQL 1.1 "
            "Protocol and Graph Store Protocol, linked-data pages, full-text search, stored "
            "queries.",
        },
        "servers": [{"url": base_url.rstrip("/")}],
        "components": {"securitySchemes": {"writeToken": {"type": "http", "scheme": "bearer"}}},
        "paths": {
            "/sparql": {
                "get": _op("SPARQL query", {"200": _ANSWER, **_ERRORS}, sparql, *_DATASET),
                "post": _op(
                    "SPARQL query (or, with the write token, update) by POST",
                    {"200": _ANSWER, **_ERRORS},
                    *_DATASET,
                    body=[_FORM, "application/sparql-query"],
                ),
            },
            "/update": {
                "post": _op(
                    "SPARQL 1.1 Update",
                    {"204": _says("Done."), **_ERRORS, **_AUTH},
                    *using,
                    body=[_FORM, "application/sparql-update"],
                    secure=True,
                )
            },
            "/store": {
                "get": _op(
                    "A graph (?graph=, ?default) or, with neither, the whole dataset",
                    {"200": _says("RDF", _GRAPHS), "404": _says("No such graph.")},
                    *_TARGET,
                ),
                "head": _op("As GET, without the body", {"200": _says("Exists.")}, *_TARGET),
                "put": _op("Replace a graph", done, *_TARGET, body=_GRAPHS, secure=True),
                "post": _op(
                    "Add to a graph; at /store itself, create one (201 and Location)",
                    done,
                    *_TARGET,
                    body=[*_GRAPHS, "multipart/form-data"],
                    secure=True,
                ),
                "delete": _op(
                    "Remove a graph",
                    {**done, "404": _says("No such graph.")},
                    *_TARGET,
                    secure=True,
                ),
            },
            "/dump": {
                "get": _op(
                    "The whole dataset in one document (the VoID data dump)",
                    {
                        "200": _says(
                            "RDF",
                            ["application/n-quads", "application/trig", "application/ld+json"],
                        )
                    },
                )
            },
            "/queries": {"get": _op("The stored queries", {"200": _says("A JSON list.")})},
            "/queries/{name}": {
                "get": _op(
                    "Run a stored query; other parameters bind its variables, as RDF terms",
                    {"200": _says("Rows", ["application/json", *_RESULTS]), "404": _says("None.")},
                    _param("name", "The query's name.", "path"),
                    _param("format", "json, csv, tsv, srj or xml."),
                )
            },
            "/search": {
                "get": _op(
                    "Full-text search over the paragraphs",
                    {"200": _says("HTML, or JSON", ["text/html", "application/json"])},
                    *_SEARCH,
                )
            },
            "/health": {
                "get": _op("Readiness", {"200": _says("Serving."), "503": _says("Starting.")})
            },
            "/{path}": {
                "get": _op(
                    "Dereference an IRI of the graph (the base IRI + path): a page or RDF",
                    {"200": _says("The resource", ["text/html", *_GRAPHS]), "404": _says("None.")},
                    _param("path", "The IRI's path under the base IRI.", "path"),
                    _param("format", "html, ttl, jsonld, nt or rdfxml, instead of Accept."),
                )
            },
        },
    }
