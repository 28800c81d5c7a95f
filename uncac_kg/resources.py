"""Where the project's data files live: the ontology, vocabularies, queries and example.

In a source checkout (or an editable install) they sit at the top of the
repository; in a wheel they are packaged under ``uncac_kg/_resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_root() -> Path:
    """The folder that holds ``ontology/``, ``queries/`` and ``examples/``."""
    packaged = _PACKAGE / "_resources"
    if (packaged / "ontology").is_dir():
        return packaged
    return _PACKAGE.parent


def ontology_dir() -> Path:
    return resource_root() / "ontology"


def vocab_dir() -> Path:
    return ontology_dir() / "vocab"


def queries_dir() -> Path:
    return resource_root() / "queries"


def examples_dir() -> Path:
    return resource_root() / "examples"
