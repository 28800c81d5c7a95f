"""Validation: HermiT checks the ontology, pySHACL checks built graphs against the shapes.

``uncac-kg validate`` (``validate_command``) runs both. As a library: read a graph with
``from_store`` or ``from_file``, then ``check_shapes`` it; ``reason`` over the ontology and a
``sample_individuals`` of it. Everything but the command loads on first use, so importing
the command does not load owlready2 and pySHACL.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from uncac_kg.validate.command import validate_command

if TYPE_CHECKING:
    from uncac_kg.validate.reasoning import ReasoningReport, reason
    from uncac_kg.validate.report import Outcome, render
    from uncac_kg.validate.sample import Sample, sample_individuals
    from uncac_kg.validate.shapes import Finding, ShapesReport, check_shapes, load_shapes
    from uncac_kg.validate.sources import Target, from_file, from_store

#: Where each lazily loaded name lives.
_MODULES = {
    "ReasoningReport": "reasoning",
    "reason": "reasoning",
    "Outcome": "report",
    "render": "report",
    "Sample": "sample",
    "sample_individuals": "sample",
    "Finding": "shapes",
    "ShapesReport": "shapes",
    "check_shapes": "shapes",
    "load_shapes": "shapes",
    "Target": "sources",
    "from_file": "sources",
    "from_store": "sources",
}

__all__ = [
    "Finding",
    "Outcome",
    "ReasoningReport",
    "Sample",
    "ShapesReport",
    "Target",
    "check_shapes",
    "from_file",
    "from_store",
    "load_shapes",
    "reason",
    "render",
    "sample_individuals",
    "validate_command",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
