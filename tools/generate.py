"""Generate the files derived from the ontology, or check that they are up to date.

    python tools/generate.py            # write every generated file
    python tools/generate.py --check    # exit 1 when a committed file differs from the ontology

From ``ontology/uncac.ttl`` this writes:

- ``uncac_kg/vocab.py``: the ontology's terms as an rdflib ``DefinedNamespace`` with
  ``_fail = True`` (``UNCAC.Statment`` raises), and ``ONTOLOGY_IRI``;
- ``ontology/context.jsonld``: a JSON-LD 1.1 context with the file's prefixes and a key per
  term (its local name; the ontology's own terms win over external ones, and external terms
  that share a local name get none), object properties typed ``@id``, datatype properties
  typed with their range unless it is a plain string;
- ``docs/ontology/index.html``: the HTML documentation (``ontology_html.py``).

The HTML is written by a small rdflib-based generator rather than pyLODE: pyLODE 3.4.1
fails on import (it reads a ``pyproject.toml`` its wheel does not ship) and 3.3.4 orders
classes and union members differently from one run to the next, so its output cannot be
checked for drift. Output here is byte-stable: the same ontology gives the same files.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from ontology_html import render_html
from ontology_terms import HEADER, KINDS, ROOT, Ontology, load, local_name
from rdflib import OWL, RDF, RDFS, XSD, URIRef

#: Datatypes that JSON strings already stand for: no @type coercion.
PLAIN = {XSD.string, RDFS.Literal, RDF.langString}
#: Keys for RDF, RDFS and OWL terms that the ontology uses without declaring them.
BUILT_INS = {
    "id": "@id",
    "type": "@type",
    "label": "rdfs:label",
    "comment": "rdfs:comment",
    "isDefinedBy": {"@id": "rdfs:isDefinedBy", "@type": "@id"},
    "seeAlso": {"@id": "rdfs:seeAlso", "@type": "@id"},
    "sameAs": {"@id": "owl:sameAs", "@type": "@id"},
}


def render_namespace(onto: Ontology) -> str:
    """``uncac_kg/vocab.py``: one annotated attribute per term, its definition as a comment."""
    lines = [
        f"# {HEADER}",
        '"""The uncac-kg ontology\'s terms as a typed namespace: a misspelt term raises.',
        "",
        f"Version {onto.version} of ``ontology/uncac.ttl``. Regenerate with",
        "``python tools/generate.py`` after editing the ontology.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        f'ONTOLOGY_IRI = "{onto.iri}"',
        "",
        "",
        "class UNCAC(DefinedNamespace):",
        '    """Classes and properties of the uncac-kg ontology."""',
        "",
        "    _fail = True",
        f'    _NS = Namespace(ONTOLOGY_IRI + "{onto.namespace.removeprefix(str(onto.iri))}")',
    ]
    for kind, title in KINDS:
        terms = onto.terms(kind)
        if not terms:
            continue
        lines += ["", f"    # --- {title} ---"]
        for term in terms:
            comment = textwrap.wrap(
                onto.definition(term),
                width=100,
                initial_indent="    # ",
                subsequent_indent="    # ",
                break_long_words=False,
                break_on_hyphens=False,
            )
            lines += ["", *comment, f"    {local_name(term)}: URIRef"]
    return "\n".join(lines) + "\n"


def _term_definition(onto: Ontology, term: URIRef, compact: str) -> str | dict[str, str]:
    kind = onto.kind_of(term)
    if kind == OWL.ObjectProperty:
        return {"@id": compact, "@type": "@id"}
    if kind == OWL.DatatypeProperty:
        ranges = set(onto.graph.objects(term, RDFS.range))
        if len(ranges) == 1 and not ranges <= PLAIN:
            return {"@id": compact, "@type": _compact(onto, URIRef(str(ranges.pop())))}
    return compact


def _compact(onto: Ontology, iri: URIRef) -> str:
    for prefix, namespace in onto.prefixes().items():
        if str(iri).startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{str(iri)[len(namespace) :]}"
    return str(iri)


def render_context(onto: Ontology) -> str:
    """``ontology/context.jsonld``: prefixes, keyword aliases, then a key per term."""
    chosen = {local_name(t): t for kind, _ in KINDS for t in onto.terms(kind)}
    clash = sorted(chosen.keys() & BUILT_INS.keys())
    if clash:
        raise SystemExit(f"ontology terms {clash} clash with the context's built-in keys")
    external: dict[str, list[URIRef]] = {}
    for kind, _ in KINDS:
        for term in onto.terms(kind, own=False):
            external.setdefault(local_name(term), []).append(term)
    for key, terms in external.items():
        if key not in chosen and key not in BUILT_INS and len(terms) == 1:
            chosen[key] = terms[0]
    context: dict[str, object] = {"@version": 1.1, **onto.prefixes(), **BUILT_INS}
    for key in sorted(chosen, key=lambda k: (k.lower(), k)):
        context[key] = _term_definition(onto, chosen[key], _compact(onto, chosen[key]))
    document = {"_comment": HEADER, "@context": context}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


TARGETS: dict[str, Callable[[Ontology], str]] = {
    "uncac_kg/vocab.py": render_namespace,
    "ontology/context.jsonld": render_context,
    "docs/ontology/index.html": render_html,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    args = parser.parse_args(argv)
    onto = load()
    stale = 0
    for name, render in TARGETS.items():
        path: Path = ROOT / name
        wanted = render(onto)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == wanted:
            continue
        if args.check:
            stale += 1
            print(f"{name} is out of date; run `python tools/generate.py`", file=sys.stderr)
            diff = difflib.unified_diff(
                (current or "").splitlines(), wanted.splitlines(), name, "generated", lineterm=""
            )
            for line in list(diff)[:20]:
                print(f"  {line}", file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(wanted, encoding="utf-8")
            print(f"wrote {name}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
