"""A query made ready for a remote store: what pyoxigraph takes as options, written into the text.

The embedded backend gives pyoxigraph a base IRI, bindings of variables and a
row cap beside the query; a SPARQL endpoint takes none of them, so they are
written into the query itself, keeping its meaning:

- the base IRI becomes a ``BASE`` declaration in front of a query that has
  relative IRIs (a ``BASE`` the query declares itself comes later, so it still
  wins);
- the bindings become a ``VALUES`` block at the start of the query's WHERE
  clause, joined with its pattern before anything else is evaluated, as a
  substitution is (a query without a WHERE clause that can take one gets a
  trailing ``VALUES`` clause instead);
- the row cap becomes a ``LIMIT`` of one row more than the cap (or lowers a
  larger ``LIMIT``), so that the store never sends more than is served plus the
  row that tells the result was cut.

The text is only tokenized (``uncac_kg.endpoint.sparql_text``), never parsed:
strings, IRIs and comments are single tokens, so a brace or a keyword inside one
is never taken for the real thing. A text that is not SPARQL stays as wrong as
it was, and the store says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from uncac_kg.endpoint.sparql_text import Token, tokens

#: The terms a binding may give (blank nodes and quoted triples cannot be written in VALUES).
Term = NamedNode | BlankNode | Literal | Triple

_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
#: An absolute IRI starts with its scheme.
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def with_base(sparql: str, base_iri: str) -> str:
    """``sparql`` resolving relative IRIs against ``base_iri`` (unless it declares its own).

    A text without relative IRIs is left as it is. The declaration goes on the
    first line, so the line numbers in the store's error messages stay those of
    the text.
    """
    if not any(t.kind == "iri" and not _ABSOLUTE.match(t.text[1:-1]) for t in tokens(sparql)):
        return sparql
    return f"BASE {NamedNode(base_iri)} {sparql}"


def with_bindings(sparql: str, bindings: Sequence[tuple[str, Term]]) -> str:
    """``sparql`` with each variable of ``bindings`` bound to its term.

    Raises ``ValueError`` for a blank node or a quoted triple (no ``VALUES`` can hold one).
    """
    if not bindings:
        return sparql
    for name, term in bindings:
        if not isinstance(term, NamedNode | Literal):
            raise ValueError(f"?{name} can only be bound to an IRI or a literal, not {term}")
    names = " ".join(f"?{name}" for name, _ in bindings)
    row = " ".join(str(term) for _, term in bindings)
    block = f"VALUES ({names}) {{ ({row}) }}"
    brace = _where_brace(tokens(sparql))
    if brace is None:
        return f"{sparql}\n{block}"
    return f"{sparql[: brace.end]} {block} {sparql[brace.end :]}"


def with_row_cap(sparql: str, rows: int) -> str:
    """``sparql`` (a SELECT query) asking for at most ``rows`` solutions."""
    depth = 0
    limit: Token | None = None
    values: Token | None = None
    for token in tokens(sparql):
        if token.kind == "other" and token.text == "{":
            depth += 1
        elif token.kind == "other" and token.text == "}":
            depth -= 1
        elif depth == 0 and token.is_word("LIMIT"):
            limit = token
        elif depth == 0 and token.is_word("VALUES") and values is None:
            values = token  # the trailing VALUES clause: the LIMIT goes before it
    if limit is not None:
        number = re.compile(r"\s*(\d+)").match(sparql, limit.end)
        if number is None or int(number[1]) <= rows:
            return sparql
        return f"{sparql[: number.start(1)]}{rows}{sparql[number.end(1) :]}"
    if values is not None:
        return f"{sparql[: values.start]}LIMIT {rows}\n{sparql[values.start :]}"
    return f"{sparql}\nLIMIT {rows}"


def _where_brace(items: list[Token]) -> Token | None:
    """The ``{`` that opens the query's WHERE clause, or None where a ``VALUES`` block
    cannot go inside it (no WHERE clause, or ``CONSTRUCT WHERE``, whose pattern is
    also its template)."""
    start = next((i for i, t in enumerate(items) if t.is_word(*_FORMS)), None)
    if start is None:
        return None
    position = start + 1
    if items[start].is_word("CONSTRUCT"):
        if position >= len(items) or items[position].text != "{":
            return None
        position = _after_group(items, position)
    depth = 0  # of parentheses: a projection's (EXISTS { ... } AS ?x) is not the WHERE clause
    for token in items[position:]:
        if token.kind != "other":
            continue
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif token.text == "{" and depth == 0:
            return token
    return None


def _after_group(items: list[Token], opening: int) -> int:
    """The index of the token after the group that opens at ``items[opening]``."""
    depth = 0
    for index in range(opening, len(items)):
        token = items[index]
        if token.kind == "other" and token.text == "{":
            depth += 1
        elif token.kind == "other" and token.text == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(items)
