"""The reference graphs are read from the ontology's Turtle files, when they exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import BASE_IRI
from pyoxigraph import BlankNode

from uncac_kg.errors import UncacKgError
from uncac_kg.rdf import IriMinter, reference_quads

minter = IriMinter(BASE_IRI)
ONTOLOGY = """@prefix owl: <http://www.w3.org/2002/07/owl#> .
<https://w3id.org/uncac-kg/ontology> a owl:Ontology .
<https://w3id.org/uncac-kg/ontology#Case> owl:disjointWith [ a owl:Class ] .
"""
VOCAB = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/uncac-kg/{key}> skos:prefLabel "{label}"@en ; skos:note [ skos:notation "x" ] .
"""


def write(folder: Path) -> None:
    (folder / "vocab").mkdir(parents=True)
    (folder / "uncac.ttl").write_text(ONTOLOGY, encoding="utf-8")
    for name, key, label in [("states", "state/ITA", "Italy"), ("roles", "role/chair", "chair")]:
        text = VOCAB.format(key=key, label=label)
        (folder / "vocab" / f"{name}.ttl").write_text(text, encoding="utf-8")


def test_ontology_and_vocabularies_go_to_their_graphs(tmp_path: Path) -> None:
    write(tmp_path)
    graphs = reference_quads(minter, tmp_path)
    assert set(graphs) == {minter.ontology_graph().value, minter.vocab_graph().value}
    assert len(graphs[minter.ontology_graph().value]) == 3
    vocab = graphs[minter.vocab_graph().value]
    assert len(vocab) == 6
    assert all(q.graph_name == minter.vocab_graph() for q in vocab)


def test_blank_nodes_of_two_files_stay_apart(tmp_path: Path) -> None:
    write(tmp_path)
    vocab = reference_quads(minter, tmp_path)[minter.vocab_graph().value]
    blanks = {q.object for q in vocab if isinstance(q.object, BlankNode)}
    assert len(blanks) == 2


def test_missing_files_are_skipped(tmp_path: Path) -> None:
    assert reference_quads(minter, tmp_path) == {}


def test_a_broken_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "uncac.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(UncacKgError, match=r"uncac\.ttl"):
        reference_quads(minter, tmp_path)
