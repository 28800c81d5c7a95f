"""The public names of ``uncac_kg.analysis`` and ``uncac_kg.export``, pinned, and the
command line's promise that registering the commands does not load networkx."""

from __future__ import annotations

import subprocess
import sys

import pytest

import uncac_kg.analysis
import uncac_kg.export


def test_analysis_exports() -> None:
    assert sorted(uncac_kg.analysis.__all__) == [
        "Analysis", "FilterError", "Filters", "METRICS", "Metrics", "PROJECTIONS",
        "Projection", "Summary", "analyze", "analyze_command", "compute", "load", "ranked",
        "render", "render_report",
    ]  # fmt: skip
    assert all(hasattr(uncac_kg.analysis, name) for name in uncac_kg.analysis.__all__)


def test_export_exports() -> None:
    assert sorted(uncac_kg.export.__all__) == [
        "RdfExport", "WRITERS", "export_command", "export_rdf", "render_viewer", "write_csv",
        "write_cyjs", "write_dot", "write_gexf", "write_graphml",
    ]  # fmt: skip
    assert all(hasattr(uncac_kg.export, name) for name in uncac_kg.export.__all__)


@pytest.mark.parametrize("package", [uncac_kg.analysis, uncac_kg.export])
def test_unknown_names_raise(package: object) -> None:
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        getattr(package, "nope")  # noqa: B009


def test_the_commands_load_without_networkx() -> None:
    code = (
        "import sys, uncac_kg.analysis.command, uncac_kg.export.command; "
        "print(sorted(m for m in ('networkx', 'numpy', 'scipy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
