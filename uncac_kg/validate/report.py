"""The outcome of ``validate`` as readable text or as JSON.

Text groups SHACL results by severity, one block per result (focus node, path and value,
message, shape), and summarises what HermiT concluded; IRIs are shortened with the
project's prefixes (``kg:`` for the base IRI, ``ush:`` for the shapes).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass

from uncac_kg.rdf.namespaces import prefixes, shorten
from uncac_kg.validate.reasoning import ReasoningReport
from uncac_kg.validate.shapes import Finding, ShapesReport

#: Extra prefixes for reports, beyond the project's.
EXTRA_PREFIXES = {
    "ush": "https://w3id.org/uncac-kg/shapes#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
}
#: How many examples of a kind of result the text report shows.
SHOWN = 25


@dataclass(frozen=True, slots=True)
class Outcome:
    """Everything ``validate`` found about one target."""

    target: str
    shapes: ShapesReport
    reasoning: ReasoningReport | None = None

    @property
    def ok(self) -> bool:
        return self.shapes.conforms and (self.reasoning is None or self.reasoning.ok)


def render(outcome: Outcome, fmt: str, base_iri: str) -> str:
    """The outcome as ``text`` or ``json``."""
    return render_json(outcome) if fmt == "json" else render_text(outcome, base_iri)


def render_text(outcome: Outcome, base_iri: str) -> str:
    table = {**prefixes(base_iri), **EXTRA_PREFIXES}

    def short(term: str | None) -> str:
        if term is None:
            return "-"
        if term.startswith("^"):
            return "^" + short(term[1:])
        text = shorten(term, table) if "://" in term and not term.startswith('"') else term
        return text if len(text) <= 100 else text[:97] + "..."

    lines = [f"Validated: {outcome.target}", ""]
    reasoning = outcome.reasoning
    if reasoning is None:
        lines += ["Reasoner: not run (--no-reasoner)", ""]
    else:
        state = "consistent" if reasoning.consistent else "INCONSISTENT"
        lines.append(f"Reasoner (HermiT): the ontology is {state}")
        lines.append(f"  reasoned over {reasoning.scope}, in {reasoning.seconds:.1f} s")
        if reasoning.consistent:
            unsat = ", ".join(short(c) for c in reasoning.unsatisfiable) or "none"
            beyond = len(reasoning.inferred)
            lines += [
                f"  named classes: {reasoning.classes}; unsatisfiable: {unsat}; "
                f"inferred subclass axioms: {len(reasoning.inferred_subclasses)}",
                f"  class memberships: {reasoning.asserted} stated, {reasoning.entailed} entailed, "
                f"{reasoning.entailed - reasoning.asserted} inferred "
                f"({reasoning.by_subclass} through the class hierarchy, {beyond} beyond it)",
            ]
            top = list(reasoning.inferred_classes.items())[:8]
            if top:
                lines.append("  inferred most: " + ", ".join(f"{short(c)} {n}" for c, n in top))
            grouped: dict[str, list[str]] = {}
            for individual, cls in reasoning.inferred:
                grouped.setdefault(individual, []).append(short(cls))
            for individual, classes in list(grouped.items())[:SHOWN]:
                lines.append(f"    {short(individual)} is a {', '.join(classes)}")
        lines.append("")
    shapes = outcome.shapes
    violations, warnings = shapes.count("Violation"), shapes.count("Warning")
    verdict = "conforms" if shapes.conforms else "does NOT conform"
    lines.append(
        f"Shapes (SHACL): the graph {verdict}: {violations} violation{'s' * (violations != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)} "
        f"({shapes.triples} triples, {shapes.seconds:.1f} s)"
    )
    for severity in ("Violation", "Warning", "Info"):
        found = [f for f in shapes.findings if f.severity == severity]
        for finding in found[:SHOWN]:
            lines += _block(finding, short)
        if len(found) > SHOWN:
            lines.append(
                f"  ... and {len(found) - SHOWN} more {severity.lower()}s (see --format json)"
            )
    lines += ["", "Result: " + ("valid" if outcome.ok else "NOT valid")]
    return "\n".join(lines) + "\n"


def _block(finding: Finding, short: Callable[[str | None], str]) -> list[str]:
    lines = ["", f"  {finding.severity.lower()}: {short(finding.focus)}"]
    if finding.path:
        lines.append(f"    {short(finding.path)} {short(finding.value)}")
    elif finding.value:
        lines.append(f"    value {short(finding.value)}")
    lines.append(f"    {finding.message}")
    lines.append(f"    shape {short(finding.shape)} ({finding.component})")
    return lines


def render_json(outcome: Outcome) -> str:
    reasoning = outcome.reasoning
    document = {
        "target": outcome.target,
        "valid": outcome.ok,
        "reasoning": None
        if reasoning is None
        else {
            "scope": reasoning.scope,
            "consistent": reasoning.consistent,
            "unsatisfiable": list(reasoning.unsatisfiable),
            "classes": reasoning.classes,
            "individuals": reasoning.individuals,
            "memberships": {
                "stated": reasoning.asserted,
                "entailed": reasoning.entailed,
                "inferredThroughHierarchy": reasoning.by_subclass,
                "inferredBeyondHierarchy": [
                    {"individual": i, "class": c} for i, c in reasoning.inferred
                ],
                "inferredByClass": reasoning.inferred_classes,
            },
            "inferredSubclasses": [
                {"class": c, "superclass": s} for c, s in reasoning.inferred_subclasses
            ],
            "seconds": round(reasoning.seconds, 2),
        },
        "shapes": {
            "conforms": outcome.shapes.conforms,
            "violations": outcome.shapes.count("Violation"),
            "warnings": outcome.shapes.count("Warning"),
            "triples": outcome.shapes.triples,
            "seconds": round(outcome.shapes.seconds, 2),
            "results": [asdict(f) for f in outcome.shapes.findings],
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
