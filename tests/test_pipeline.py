"""Building: inputs are all read before the store is touched, then stored report by report.

These tests use the ``stub_stages`` fixture: the reading and extraction stages
are replaced by the hand-built report of ``fixtures.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import BASE_IRI, make_document, make_extraction

from uncac_kg import pipeline
from uncac_kg.errors import InputError
from uncac_kg.rdf import IriMinter, to_quads
from uncac_kg.settings import Settings
from uncac_kg.store import EmbeddedStore


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    return path


def test_collect_searches_folders_for_reports(tmp_path: Path) -> None:
    b = touch(tmp_path / "in" / "b.txt")
    a = touch(tmp_path / "in" / "sub" / "a.PDF")
    touch(tmp_path / "in" / "notes.md")
    single = touch(tmp_path / "single.text")
    assert pipeline.collect([tmp_path / "in", single, b]) == [b, a, single]


def test_collect_refuses_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        pipeline.collect([tmp_path / "missing.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no reports"):
        pipeline.collect([tmp_path / "empty"])


def test_build_stores_each_report_in_its_graph(tmp_path: Path, stub_stages: None) -> None:
    files = [touch(tmp_path / "meeting-2020.txt"), touch(tmp_path / "meeting-2021.txt")]
    settings = Settings(store=str(tmp_path / "kg"), base_iri=BASE_IRI)
    seen: list[tuple[str, str]] = []
    summary = pipeline.build(files, settings, lambda stage, path: seen.append((stage, path.name)))
    assert seen == [
        ("read", "meeting-2020.txt"),
        ("read", "meeting-2021.txt"),
        ("stored", "meeting-2020.txt"),
        ("stored", "meeting-2021.txt"),
    ]
    assert [d.identifier for d in summary.documents] == ["meeting-2020", "meeting-2021"]
    first = summary.documents[0]
    assert (first.paragraphs, first.statements, first.citations) == (2, 4, 6)
    assert first.entities == {"State": 1, "Mechanism": 3, "LegalInstrument": 2,
                              "UNCACArticle": 1, "Organization": 1}  # fmt: skip
    assert summary.total("citations") == 12
    assert summary.entities["Mechanism"] == 6
    minter = IriMinter(BASE_IRI)
    with EmbeddedStore(settings.store) as store:
        graphs = store.graphs()
    assert minter.graph("meeting-2020").value in graphs
    assert minter.graph("meeting-2021").value in graphs


def test_a_bad_input_leaves_the_store_untouched(tmp_path: Path, stub_stages: None) -> None:
    files = [touch(tmp_path / "meeting-2020.txt"), touch(tmp_path / "broken.txt")]
    settings = Settings(store=str(tmp_path / "kg"))
    with pytest.raises(InputError, match="broken"):
        pipeline.build(files, settings)
    assert not (tmp_path / "kg").exists()


def test_two_reports_may_not_share_an_identifier(tmp_path: Path, stub_stages: None) -> None:
    files = [touch(tmp_path / "a" / "meeting.txt"), touch(tmp_path / "b" / "meeting.pdf")]
    with pytest.raises(InputError, match="same identifier 'meeting'"):
        pipeline.build(files, Settings(store=str(tmp_path / "kg")))
    assert not (tmp_path / "kg").exists()


def test_build_loads_the_reference_graphs(
    tmp_path: Path, stub_stages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    ontology = tmp_path / "ontology"
    (ontology / "vocab").mkdir(parents=True)
    (ontology / "uncac.ttl").write_text(
        "<https://w3id.org/uncac-kg/ontology> a <http://www.w3.org/2002/07/owl#Ontology> .",
        encoding="utf-8",
    )
    chair = "<https://w3id.org/uncac-kg/role/chair>"
    label = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    (ontology / "vocab" / "roles.ttl").write_text(f'{chair} {label} "chair"@en .', encoding="utf-8")
    monkeypatch.setattr(pipeline, "ontology_dir", lambda: ontology)
    settings = Settings(store=str(tmp_path / "kg"), base_iri=BASE_IRI)
    files = [touch(tmp_path / "meeting-2020.txt")]
    pipeline.build(files, settings)
    summary = pipeline.build(files, settings)  # a second build replaces them
    assert summary.reference_triples == 2
    minter = IriMinter(BASE_IRI)
    with EmbeddedStore(settings.store) as store:
        assert store.graphs() == sorted(
            [minter.graph("meeting-2020").value, minter.ontology_graph().value,
             minter.vocab_graph().value, BASE_IRI + "graph/void"]
        )  # fmt: skip


def test_batches_shrink_towards_the_end_of_a_build(
    tmp_path: Path, stub_stages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Full batches while much is still to come; then whatever the loading thread finds."""
    document = make_document()
    quads = len(to_quads(document, make_extraction(document), BASE_IRI))  # every report's
    monkeypatch.setattr(pipeline, "BATCH_QUADS", quads * 5 // 2)
    monkeypatch.setattr(pipeline, "MIN_BATCH_QUADS", 1)
    monkeypatch.setattr(pipeline._Writer, "_free", lambda self: True)
    batches: list[list[str]] = []
    real = EmbeddedStore.add_nquads

    def recorded(self: EmbeddedStore, graphs: dict[str, bytes]) -> None:
        if any("/graph/meeting-" in graph for graph in graphs):  # not the reference graphs
            batches.append([graph.rsplit("/", 1)[-1] for graph in graphs])
        real(self, graphs)

    monkeypatch.setattr(EmbeddedStore, "add_nquads", recorded)
    files = [touch(tmp_path / f"meeting-{year}.txt") for year in range(2020, 2024)]
    pipeline.build(files, Settings(store=str(tmp_path / "kg"), base_iri=BASE_IRI))
    # without the shrinking: [[2020, 2021, 2022], [2023]]
    assert batches == [["meeting-2020", "meeting-2021"], ["meeting-2022"], ["meeting-2023"]]
