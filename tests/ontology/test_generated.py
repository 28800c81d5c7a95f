"""Files generated from ``ontology/uncac.ttl`` by ``tools/generate.py`` match the ontology.

The namespace module, the JSON-LD context and the HTML documentation are checked for drift,
and each is checked to do its job: a misspelt term raises, the context expands to the
ontology's IRIs and datatypes, the documentation has a section per term.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse
from rdflib import OWL, RDF, XSD, Graph, Literal, URIRef

from uncac_kg.validate.sources import ntriples
from uncac_kg.vocab import ONTOLOGY_IRI, UNCAC

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ("uncac_kg/vocab.py", "ontology/context.jsonld", "docs/ontology/index.html")
TOOLS = ("generate.py", "ontology_terms.py", "ontology_html.py")
HEADER = "generated from ontology/uncac.ttl by tools/generate.py; do not edit"
KG = "https://w3id.org/uncac-kg/"


def generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "tools" / "generate.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "uncac.ttl", format="turtle")


def own_terms(ontology: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {
        str(term)
        for kind in kinds
        for term in ontology.subjects(RDF.type, kind)
        if str(term).startswith(ONTOLOGY_IRI + "#")
    }


def test_generated_files_are_up_to_date() -> None:
    result = generate(ROOT, "--check")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_check_reports_a_stale_file(tmp_path: Path) -> None:
    """In a copy of the sources, a generated file edited by hand is reported, then rewritten."""
    for name in TOOLS:
        (tmp_path / "tools").mkdir(exist_ok=True)
        shutil.copy(ROOT / "tools" / name, tmp_path / "tools" / name)
    (tmp_path / "ontology").mkdir()
    shutil.copy(ROOT / "ontology" / "uncac.ttl", tmp_path / "ontology" / "uncac.ttl")
    for name in GENERATED:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    stale = tmp_path / "ontology" / "context.jsonld"
    stale.write_text(stale.read_text(encoding="utf-8").replace("uncac:quote", "uncac:qoute"))
    result = generate(tmp_path, "--check")
    assert result.returncode == 1
    assert "ontology/context.jsonld is out of date" in result.stderr
    assert "vocab.py" not in result.stderr
    assert generate(tmp_path).stdout == "wrote ontology/context.jsonld\n"
    assert generate(tmp_path, "--check").returncode == 0


@pytest.mark.parametrize("name", GENERATED)
def test_generated_files_say_so(name: str) -> None:
    head = (ROOT / name).read_text(encoding="utf-8")[:300]
    assert HEADER in head


def test_namespace_has_every_term_and_rejects_others(ontology: Graph) -> None:
    assert {str(UNCAC[name]) for name in UNCAC.__annotations__} == own_terms(ontology)
    with pytest.raises(AttributeError):
        _ = UNCAC.Statment
    assert str(UNCAC.Statement) == ONTOLOGY_IRI + "#Statement"


@pytest.fixture(scope="module")
def context() -> dict[str, object]:
    document = json.loads((ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8"))
    assert set(document) == {"_comment", "@context"}
    context = document["@context"]
    assert isinstance(context, dict)
    return context


def test_context_has_a_key_per_term(ontology: Graph, context: dict[str, object]) -> None:
    assert context["@version"] == 1.1
    assert context["uncac"] == ONTOLOGY_IRI + "#"
    for iri in own_terms(ontology):
        key = iri.rsplit("#", 1)[1]
        entry = context[key]
        compact = entry["@id"] if isinstance(entry, dict) else entry
        assert compact == f"uncac:{key}", key
    assert context["speaker"] == {"@id": "uncac:speaker", "@type": "@id"}
    assert context["beginIndex"] == {"@id": "uncac:beginIndex", "@type": "xsd:nonNegativeInteger"}
    assert context["quote"] == "uncac:quote"  # a plain string needs no coercion
    assert "Agent" not in context  # foaf:Agent and prov:Agent share the name: neither gets it


def test_context_expands_to_the_ontology(context: dict[str, object]) -> None:
    statement = f"{KG}doc/x/paragraph/1/statement/1"
    document = {
        "@context": context,
        "id": statement,
        "type": "Statement",
        "speaker": f"{statement}/speaker",
        "beginIndex": 10,
        "endIndex": 13,
        "text": "abc",
        "label": "a statement",
    }
    quads = parse(json.dumps(document).encode("utf-8"), format=RdfFormat.JSON_LD)
    graph = Graph().parse(data=ntriples(quads), format="nt")
    s = URIRef(statement)
    assert set(graph) == {
        (s, RDF.type, UNCAC.Statement),
        (s, UNCAC.speaker, URIRef(f"{statement}/speaker")),
        (s, UNCAC.beginIndex, Literal("10", datatype=XSD.nonNegativeInteger)),
        (s, UNCAC.endIndex, Literal("13", datatype=XSD.nonNegativeInteger)),
        (s, UNCAC.text, Literal("abc")),
        (s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("a statement")),
    }


def test_documentation_has_a_section_per_term(ontology: Graph) -> None:
    html = (ROOT / "docs" / "ontology" / "index.html").read_text(encoding="utf-8")
    for iri in own_terms(ontology):
        name = iri.rsplit("#", 1)[1]
        assert f'<section class="term" id="{name}">' in html, name
    assert "https://w3id.org/uncac-kg/ontology/0.1.0" in html  # the version IRI
