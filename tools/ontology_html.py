"""HTML documentation of the ontology: one page, a section per term, stable output.

For each class: definition, comment, super- and subclasses, disjoint classes, keys and the
properties whose domain or range names it. For each property: characteristics, super-
properties, inverse, property chain, domain and range. Own terms link within the page;
external terms show as prefixed names linking to their IRI.
"""

from __future__ import annotations

from html import escape

from ontology_terms import HEADER, KINDS, Ontology, local_name, text
from rdflib import DCTERMS, OWL, RDF, RDFS, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.5; color: #222; }
code { font-size: 0.9em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2.5rem; }
section.term { border-left: 3px solid #3a6ea5; padding: 0.2rem 1rem; margin: 1.5rem 0; }
dl { display: grid; grid-template-columns: 11rem 1fr; gap: 0.3rem 1rem; }
dt { font-weight: 600; color: #555; } dd { margin: 0; }
table { border-collapse: collapse; } td, th { padding: 0.2rem 0.8rem; text-align: left; }
"""
CHARACTERISTICS = (
    (OWL.FunctionalProperty, "functional"),
    (OWL.InverseFunctionalProperty, "inverse functional"),
    (OWL.TransitiveProperty, "transitive"),
    (OWL.SymmetricProperty, "symmetric"),
)


class _Page:
    """Renders terms of one ontology as HTML fragments."""

    def __init__(self, onto: Ontology) -> None:
        self.onto = onto
        self.graph = onto.graph
        self.prefixes = onto.prefixes()

    def link(self, node: Node) -> str:
        if isinstance(node, URIRef) and str(node).startswith(self.onto.namespace):
            name = escape(local_name(node))
            return f'<a href="#{name}"><code>{name}</code></a>'
        if not isinstance(node, URIRef):
            members = self.onto.members(node)
            return " or ".join(self.link(m) for m in members) if len(members) > 1 else "(anonymous)"
        name = str(node)
        for prefix, namespace in self.prefixes.items():
            if name.startswith(namespace):
                name = f"{prefix}:{name[len(namespace) :]}"
                break
        return f'<a href="{escape(str(node))}"><code>{escape(name)}</code></a>'

    def links(self, nodes: list[Node]) -> str:
        return ", ".join(self.link(n) for n in sorted(nodes, key=str))

    def referring(self, cls: URIRef, predicate: URIRef) -> list[Node]:
        """Properties whose domain (or range) is ``cls`` or a union naming it."""
        found: list[Node] = []
        for prop, value in self.graph.subject_objects(predicate):
            if isinstance(prop, URIRef) and cls in self.onto.members(value):
                found.append(prop)
        return found

    def disjoint(self, cls: URIRef) -> list[Node]:
        found = set(self.graph.objects(cls, OWL.disjointWith))
        found |= set(self.graph.subjects(OWL.disjointWith, cls))
        for group in self.graph.subjects(RDF.type, OWL.AllDisjointClasses):
            listed = self.graph.value(group, OWL.members)
            members = set(Collection(self.graph, listed)) if listed is not None else set()
            if cls in members:
                found |= members - {cls}
        return list(found)

    def rows(self, term: URIRef, kind: URIRef) -> list[tuple[str, str]]:
        g = self.graph
        rows = [("IRI", f"<code>{escape(str(term))}</code>")]
        rows.append(("Definition", escape(self.onto.definition(term))))
        comment = text(g, term, RDFS.comment)
        if comment and comment != self.onto.definition(term):
            rows.append(("Comment", escape(comment)))
        if kind == OWL.Class:
            keys = [k for key in g.objects(term, OWL.hasKey) for k in Collection(g, key)]
            related = [
                ("Subclass of", list(g.objects(term, RDFS.subClassOf))),
                ("Superclass of", list(g.subjects(RDFS.subClassOf, term))),
                ("Disjoint with", self.disjoint(term)),
                ("Key", keys),
                ("In domain of", self.referring(term, RDFS.domain)),
                ("In range of", self.referring(term, RDFS.range)),
            ]
        else:
            marks = [name for mark, name in CHARACTERISTICS if (term, RDF.type, mark) in g]
            if marks:
                rows.append(("Characteristics", ", ".join(marks)))
            chains = [list(Collection(g, c)) for c in g.objects(term, OWL.propertyChainAxiom)]
            inverse = list(g.objects(term, OWL.inverseOf)) + list(g.subjects(OWL.inverseOf, term))
            related = [
                ("Subproperty of", list(g.objects(term, RDFS.subPropertyOf))),
                ("Superproperty of", list(g.subjects(RDFS.subPropertyOf, term))),
                ("Inverse of", inverse),
                ("Domain", list(g.objects(term, RDFS.domain))),
                ("Range", list(g.objects(term, RDFS.range))),
            ]
            for chain in chains:
                rows.append(("Chain", " then ".join(self.link(p) for p in chain)))
        rows += [(label, self.links(nodes)) for label, nodes in related if nodes]
        return rows

    def term(self, term: URIRef, kind: URIRef) -> str:
        name = escape(local_name(term))
        label = escape(text(self.graph, term, RDFS.label) or local_name(term))
        cells = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in self.rows(term, kind))
        return (
            f'<section class="term" id="{name}">\n<h3>{label} <small><code>uncac:{name}'
            f"</code></small></h3>\n<dl>{cells}</dl>\n</section>"
        )


def render_html(onto: Ontology) -> str:
    """The whole page."""
    page, g, iri = _Page(onto), onto.graph, onto.iri
    title = escape(text(g, iri, DCTERMS.title) or str(iri))
    licence = g.value(iri, DCTERMS.license)
    facts = [
        ("Ontology IRI", f"<code>{escape(str(iri))}</code>"),
        ("Version IRI", f"<code>{escape(onto.version_iri)}</code>"),
        ("Version", escape(onto.version)),
        ("Namespace", f"<code>{escape(onto.namespace)}</code>"),
        ("Creator", escape(text(g, iri, DCTERMS.creator))),
        ("Licence", f'<a href="{escape(str(licence))}">{escape(str(licence))}</a>'),
    ]
    out = [
        "<!DOCTYPE html>",
        f"<!-- {HEADER} -->",
        '<html lang="en">\n<head>\n<meta charset="utf-8">',
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        f"<h1>{title}</h1>",
        f"<p>{escape(text(g, iri, DCTERMS.description))}</p>",
        "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>",
        "<h2>Namespaces</h2>\n<table>",
        *(f"<tr><td><code>{p}:</code></td><td><code>{escape(n)}</code></td></tr>"
          for p, n in page.prefixes.items()),
        "</table>",
    ]  # fmt: skip
    for kind, heading in KINDS:
        terms = onto.terms(kind)
        if terms:
            out.append(f"<h2>{heading.capitalize()}</h2>")
            out.append("<p>" + " · ".join(page.link(t) for t in terms) + "</p>")
            out.extend(page.term(t, kind) for t in terms)
    out.append("<h2>External terms</h2>\n<p>Declared with their kind only.</p>\n<ul>")
    for kind, heading in KINDS:
        terms = onto.terms(kind, own=False)
        if terms:
            out.append(f"<li>{heading}: {page.links(list(terms))}</li>")
    out.append("</ul>\n</body>\n</html>")
    return "\n".join(out) + "\n"
