"""Which endpoints a federated query may call: ``SERVICE`` only to endpoints the operator lists.

A ``SERVICE <url> { ... }`` clause makes the store send part of the query to
another server. The operator lists the endpoints allowed in
``UNCAC_KG_ALLOWED_SERVICES`` (URLs separated by spaces or commas, compared
exactly); a query or update that calls any other endpoint, or a ``SERVICE ?var``
whose endpoint is only known at run time, is refused before it reaches the store.

Queries without the word ``SERVICE`` are let through at once; the others are
parsed with rdflib's SPARQL parser (prefixed names resolved), which is not
thread-safe, hence the lock. What it cannot parse (a ``SERVICE`` nested in
another, for one) is refused: a check that cannot be made is not passed.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Collection, Mapping

from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef, Variable

from uncac_kg.errors import QueryError
from uncac_kg.store.remote import UPDATE_OPERATIONS, query_form

ENVIRONMENT_VARIABLE = "UNCAC_KG_ALLOWED_SERVICES"

_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_PARSER_LOCK = threading.Lock()


def allowed_services(environ: Mapping[str, str] | None = None) -> frozenset[str]:
    """The endpoints listed in ``UNCAC_KG_ALLOWED_SERVICES`` (none when it is unset)."""
    env = os.environ if environ is None else environ
    return frozenset(re.split(r"[\s,]+", env.get(ENVIRONMENT_VARIABLE, "").strip())) - {""}


def service_endpoints(sparql: str) -> list[str]:
    """The endpoints the ``SERVICE`` clauses of a query or update name, in order, once each.

    A variable endpoint is given as ``?name``. Raises ``QueryError`` when the
    text mentions ``SERVICE`` but cannot be parsed.
    """
    if not _SERVICE.search(sparql):
        return []
    update = query_form(sparql) in UPDATE_OPERATIONS
    with _PARSER_LOCK:
        try:
            algebra: object = (
                translateUpdate(parseUpdate(sparql)).algebra
                if update
                else translateQuery(parseQuery(sparql)).algebra
            )
        except Exception as error:  # rdflib's parser raises many kinds
            message = " ".join(str(error).split())[:160] or type(error).__name__
            raise QueryError(f"cannot check the SERVICE clauses of this query: {message}") from None
    found: dict[str, None] = {}
    _collect(algebra, found)
    return list(found)


def check_services(sparql: str, allowed: Collection[str]) -> None:
    """Refuse (``QueryError``) a query or update that calls an endpoint not in ``allowed``."""
    for endpoint in service_endpoints(sparql):
        if endpoint.startswith("?"):
            raise QueryError(
                f"SERVICE {endpoint} is refused: only endpoints named in the query "
                f"and listed in {ENVIRONMENT_VARIABLE} may be called"
            )
        if endpoint not in allowed:
            listed = ", ".join(sorted(allowed)) or "none"
            raise QueryError(
                f"SERVICE <{endpoint}> is not allowed; the operator lists the endpoints a "
                f"query may call in {ENVIRONMENT_VARIABLE} (allowed now: {listed})"
            )


def _collect(node: object, found: dict[str, None]) -> None:
    """Walk rdflib's algebra, noting the term of every ``ServiceGraphPattern`` (nested too)."""
    if isinstance(node, CompValue) and node.name == "ServiceGraphPattern":
        term = node.get("term")
        if isinstance(term, Variable):
            found[f"?{term}"] = None
        elif isinstance(term, URIRef):
            found[str(term)] = None
    if isinstance(node, dict):  # a CompValue too
        for value in node.values():
            _collect(value, found)
    elif isinstance(node, list | tuple):
        for value in node:
            _collect(value, found)
