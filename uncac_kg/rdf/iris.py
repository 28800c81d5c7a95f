"""Deterministic IRIs for everything the graph records: the same input always gets the same IRIs.

Every node is a named node (no blank nodes), so two builds of one report give
graphs that compare by isomorphism and diff cleanly. Layout under the base IRI::

    doc/<id>                                   the document
    graph/<id>                                 its named graph
    graph/ontology, graph/vocab                the reference graphs
    doc/<id>/item/<n>                          an agenda item
    doc/<id>/section/<item>-<letter>           a section (``<letter>`` when there is no item)
    doc/<id>/paragraph/<n>                     a numbered paragraph
      .../paragraph/<n>/mention/<j>            where an entity is named
      .../paragraph/<n>/statement/<k>          what one speaker said
      .../statement/<k>/speaker                who said it
      .../statement/<k>/citation/<j>           what they cited, and where
    role/<name>                                a speaker role
    <Entity.key>                               an entity (``state/ITA``, ``article/46-4``...)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import NamedNode

_SAFE_ID = re.compile(r"[A-Za-z0-9._-]+")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")

#: Names of the reference graphs; a document may not take one of them as its id.
RESERVED_IDS = frozenset({"ontology", "vocab", "void"})


@lru_cache(maxsize=4096)
def safe_id(identifier: str) -> str:
    """``identifier`` itself when it is safe in an IRI path segment, else a deterministic slug.

    Safe means letters, digits, ``-``, ``_`` and ``.`` only, not just dots, and
    not the name of a reference graph. A slug keeps the safe characters, joins
    the rest with ``-`` and adds eight hex digits of the identifier's SHA-1, so
    two different identifiers never share a slug.
    """
    if not identifier:
        raise ValueError("a document identifier cannot be empty")
    if (
        _SAFE_ID.fullmatch(identifier)
        and identifier.strip(".")
        and identifier.lower() not in RESERVED_IDS
    ):
        return identifier
    ascii_form = unicodedata.normalize("NFKD", identifier).encode("ascii", "ignore").decode()
    stem = _UNSAFE_RUN.sub("-", ascii_form).strip("-.")[:60] or "document"
    digest = hashlib.sha1(identifier.encode("utf-8")).hexdigest()[:8]
    return f"{stem}-{digest}"


@lru_cache(maxsize=65536)
def _segment(value: str) -> str:
    """One path segment, percent-encoded."""
    if not value:
        raise ValueError("an IRI path segment cannot be empty")
    return quote(value, safe="-._~")


class IriLayout:
    """The IRIs of one knowledge graph under ``base_iri`` (ending in ``/`` or ``#``), as strings.

    What ``IriMinter`` mints, without making a ``NamedNode`` of each: the mapper writes
    N-Quads text, and checks its IRIs once (the base and every absolute reference).
    """

    def __init__(self, base_iri: str) -> None:
        if not base_iri.endswith(("/", "#")):
            raise ValueError(f"base IRI must end with '/' or '#': {base_iri}")
        self.base = base_iri
        self._entities: dict[str, str] = {}

    # the document and its graph

    def document(self, doc_id: str) -> str:
        return f"{self.base}doc/{safe_id(doc_id)}"

    def graph(self, doc_id: str) -> str:
        return f"{self.base}graph/{safe_id(doc_id)}"

    def ontology_graph(self) -> str:
        return f"{self.base}graph/ontology"

    def vocab_graph(self) -> str:
        return f"{self.base}graph/vocab"

    # the document's parts

    def agenda_item(self, doc_id: str, number: str) -> str:
        return f"{self.document(doc_id)}/item/{_segment(number)}"

    def section(self, doc_id: str, letter: str, item: str | None = None) -> str:
        name = letter if item is None else f"{item}-{letter}"
        return f"{self.document(doc_id)}/section/{_segment(name)}"

    def paragraph(self, doc_id: str, number: int) -> str:
        return f"{self.document(doc_id)}/paragraph/{number}"

    def mention(self, doc_id: str, paragraph: int, index: int) -> str:
        return f"{self.paragraph(doc_id, paragraph)}/mention/{index}"

    def statement(self, doc_id: str, paragraph: int, index: int) -> str:
        return f"{self.paragraph(doc_id, paragraph)}/statement/{index}"

    def speaker(self, doc_id: str, paragraph: int, statement: int) -> str:
        return f"{self.statement(doc_id, paragraph, statement)}/speaker"

    def citation(self, doc_id: str, paragraph: int, statement: int, index: int) -> str:
        return f"{self.statement(doc_id, paragraph, statement)}/citation/{index}"

    # things shared across documents

    def role(self, name: str) -> str:
        return f"{self.base}role/{_segment(name)}"

    def entity(self, key: str) -> str:
        """The IRI of an entity: its key (``state/ITA``) under the base, each segment encoded."""
        iri = self._entities.get(key)
        if iri is None:
            iri = self.base + "/".join(_segment(segment) for segment in key.split("/"))
            self._entities[key] = iri
        return iri

    def reference(self, value: str) -> str:
        """A vocabulary entry: an absolute IRI as is (refused when it is not a valid IRI),
        anything else as an entity key."""
        if _ABSOLUTE.match(value):
            return _checked(value)
        return self.entity(value)

    def article(self, number: int) -> str:
        """A UNCAC article as a whole (``article/46``)."""
        return f"{self.base}article/{number}"


@lru_cache(maxsize=4096)
def _checked(iri: str) -> str:
    """``iri`` when it is a valid absolute IRI; ``ValueError`` otherwise."""
    return NamedNode(iri).value


class IriMinter:
    """Mints the IRIs of one knowledge graph under ``base_iri`` (ending in ``/`` or ``#``).

    The layout is ``IriLayout``'s (``layout``); each IRI comes as a ``NamedNode``.
    """

    def __init__(self, base_iri: str) -> None:
        self.layout = IriLayout(base_iri)
        self.base = base_iri
        self._entities: dict[str, NamedNode] = {}

    # the document and its graph

    def document(self, doc_id: str) -> NamedNode:
        return NamedNode(self.layout.document(doc_id))

    def graph(self, doc_id: str) -> NamedNode:
        """The named graph that holds everything taken from one document."""
        return NamedNode(self.layout.graph(doc_id))

    def ontology_graph(self) -> NamedNode:
        return NamedNode(self.layout.ontology_graph())

    def vocab_graph(self) -> NamedNode:
        return NamedNode(self.layout.vocab_graph())

    # the document's parts

    def agenda_item(self, doc_id: str, number: str) -> NamedNode:
        return NamedNode(self.layout.agenda_item(doc_id, number))

    def section(self, doc_id: str, letter: str, item: str | None = None) -> NamedNode:
        return NamedNode(self.layout.section(doc_id, letter, item))

    def paragraph(self, doc_id: str, number: int) -> NamedNode:
        return NamedNode(self.layout.paragraph(doc_id, number))

    def mention(self, doc_id: str, paragraph: int, index: int) -> NamedNode:
        return NamedNode(self.layout.mention(doc_id, paragraph, index))

    def statement(self, doc_id: str, paragraph: int, index: int) -> NamedNode:
        return NamedNode(self.layout.statement(doc_id, paragraph, index))

    def speaker(self, doc_id: str, paragraph: int, statement: int) -> NamedNode:
        return NamedNode(self.layout.speaker(doc_id, paragraph, statement))

    def citation(self, doc_id: str, paragraph: int, statement: int, index: int) -> NamedNode:
        return NamedNode(self.layout.citation(doc_id, paragraph, statement, index))

    # things shared across documents

    def role(self, name: str) -> NamedNode:
        return NamedNode(self.layout.role(name))

    def entity(self, key: str) -> NamedNode:
        """The IRI of an entity: its key (``state/ITA``) under the base, each segment encoded."""
        node = self._entities.get(key)
        if node is None:
            node = NamedNode(self.layout.entity(key))
            self._entities[key] = node
        return node

    def reference(self, value: str) -> NamedNode:
        """A vocabulary entry: an absolute IRI as is, anything else as an entity key."""
        return NamedNode(self.layout.reference(value))

    def article(self, number: int) -> NamedNode:
        """A UNCAC article as a whole (``article/46``)."""
        return NamedNode(self.layout.article(number))
