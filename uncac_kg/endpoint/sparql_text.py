"""What the server must know about a SPARQL text before running it, read from its tokens.

Oxigraph parses and runs the queries; this module only tokenizes them (strings,
IRIs, comments and prefixed names are single tokens, so a keyword inside one is
never mistaken for the keyword) to answer three questions:

- does the text reach out to the network (``SERVICE`` in a query or update,
  ``LOAD`` in an update), and to which endpoints;
- does a query name its own dataset (``FROM``, ``FROM NAMED``), in which case
  the default graph is not the union of all graphs;
- where to add ``USING`` clauses to an update whose dataset the SPARQL 1.1
  Protocol's ``using-graph-uri`` and ``using-named-graph-uri`` parameters set.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'{1,2}(?!'))*'''|\"\"\"(?:[^"\\]|\\.|"{1,2}(?!"))*\"\"\"
        |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<var>[?$][\w\u00b7]+)
    | (?P<bnode>_:[\w.\-\u00b7]+)
    | (?P<pname>(?:[^\W\d][\w.\-\u00b7]*)?:(?:[\w.\-:%\u00b7]|\\.)*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_SKIPPED = frozenset({"space", "comment"})


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its kind (``word``, ``iri``, ``string``, ...), text and position."""

    kind: str
    text: str
    start: int
    end: int

    def is_word(self, *words: str) -> bool:
        """Whether this is one of ``words`` (keywords compare case-insensitively)."""
        return self.kind == "word" and self.text.upper() in words


class DatasetConflict(ValueError):
    """An update names its own dataset (``WITH``, ``USING``) and the request sets one too."""


def tokens(text: str) -> list[Token]:
    """The significant tokens of ``text`` (no spaces or comments); never fails."""
    return [
        Token(m.lastgroup or "other", m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text)
        if m.lastgroup not in _SKIPPED
    ]


def remote_targets(text: str, *, update: bool) -> list[str | None]:
    """The endpoints a query (or update) would contact: the IRI after each ``SERVICE``
    (and, in an update, each ``LOAD``), or None where it is not a plain absolute IRI."""
    keywords = ("SERVICE", "LOAD") if update else ("SERVICE",)
    found: list[str | None] = []
    items = tokens(text)
    for i, token in enumerate(items):
        if token.is_word(*keywords):
            following = [t for t in items[i + 1 : i + 3] if not t.is_word("SILENT")]
            target = following[0] if following else None
            found.append(target.text[1:-1] if target and target.kind == "iri" else None)
    return found


def refused_remote_access(text: str, allowed: Collection[str], *, update: bool) -> str | None:
    """Why the server refuses to run ``text``, or None: a ``SERVICE`` or ``LOAD`` may only
    name, by its full IRI, an endpoint the operator listed in ``allowed``."""
    for target in remote_targets(text, update=update):
        if target is None:
            return "SERVICE and LOAD must name their endpoint by its full IRI"
        if target not in allowed:
            return (
                f"SERVICE or LOAD to <{target}> is not allowed: the server calls only the "
                "endpoints its operator lists (uncac-kg serve --allow-service URL, or "
                "UNCAC_KG_ALLOWED_SERVICES)"
            )
    return None


def declares_dataset(query: str) -> bool:
    """Whether a query names its dataset with ``FROM`` or ``FROM NAMED``."""
    return any(token.is_word("FROM") for token in tokens(query))


def star_order(query: str) -> list[str] | None:
    """For ``SELECT *``, its variables in the order the query first names them (the order
    people expect as columns), else None."""
    items = tokens(query)
    select = next((i for i, t in enumerate(items) if t.is_word("SELECT")), None)
    if select is None:
        return None
    rest = [t for t in items[select + 1 : select + 3] if not t.is_word("DISTINCT", "REDUCED")]
    if not rest or rest[0].text != "*":
        return None
    return list(dict.fromkeys(t.text[1:] for t in items if t.kind == "var"))


def _operations(items: list[Token]) -> Iterator[list[Token]]:
    """An update's operations: the tokens between top-level ``;`` separators."""
    depth, current = 0, list[Token]()
    for token in items:
        if token.kind == "other" and token.text in "{(":
            depth += 1
        elif token.kind == "other" and token.text in "})":
            depth -= 1
        if depth == 0 and token.kind == "other" and token.text == ";":
            yield current
            current = []
        else:
            current.append(token)
    yield current


def with_dataset(update: str, default: Sequence[str], named: Sequence[str]) -> str:
    """``update`` with ``USING <g>`` for each ``default`` and ``USING NAMED <g>`` for each
    ``named`` graph added to each of its ``DELETE``/``INSERT ... WHERE`` operations.

    ``DELETE WHERE { P }`` becomes ``DELETE { P } USING ... WHERE { P }``. Raises
    ``DatasetConflict`` when an operation already has ``WITH`` or ``USING``.
    """
    if not default and not named:
        return update
    clause = " ".join([*(f"USING <{g}>" for g in default), *(f"USING NAMED <{g}>" for g in named)])
    edits: list[tuple[int, int, str]] = []
    for operation in _operations(tokens(update)):
        body = _skip_prologue(operation)
        if not body or not body[0].is_word("WITH", "DELETE", "INSERT"):
            continue
        if body[0].is_word("DELETE", "INSERT") and len(body) > 1 and body[1].is_word("DATA"):
            continue
        if any(t.is_word("WITH", "USING") for t in _top_level(body)):
            raise DatasetConflict(
                "the update names its dataset (WITH or USING) and the request sets one "
                "(using-graph-uri or using-named-graph-uri); use one or the other"
            )
        where = next((t for t in _top_level(body) if t.is_word("WHERE")), None)
        if where is None:
            continue
        if body[0].is_word("DELETE") and body[1] is where:  # DELETE WHERE { pattern }
            pattern = update[body[2].start : body[-1].end]
            edits.append(
                (body[0].start, body[-1].end, f"DELETE {pattern} {clause} WHERE {pattern}")
            )
        else:
            edits.append((where.start, where.start, f"{clause} "))
    for start, end, text in sorted(edits, reverse=True):
        update = update[:start] + text + update[end:]
    return update


def _skip_prologue(operation: list[Token]) -> list[Token]:
    """The operation without its ``PREFIX`` and ``BASE`` declarations."""
    i = 0
    while i < len(operation) and operation[i].is_word("PREFIX", "BASE"):
        i += 3 if operation[i].is_word("PREFIX") else 2
    return operation[i:]


def _top_level(operation: list[Token]) -> Iterator[Token]:
    """The tokens of an operation outside its braces (its keywords, not its patterns)."""
    depth = 0
    for token in operation:
        if token.kind == "other" and token.text == "{":
            depth += 1
        elif token.kind == "other" and token.text == "}":
            depth -= 1
        elif depth == 0:
            yield token
