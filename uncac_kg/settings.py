"""Configuration: one typed object, environment overrides (``UNCAC_KG_*``), passed explicitly."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_BASE_IRI = "https://w3id.org/uncac-kg/"
DEFAULT_STORE = Path("graph") / "store"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a command needs to know that is not its input.

    ``store`` is a folder (the embedded Oxigraph store) or a SPARQL endpoint URL;
    ``update_url`` and ``gsp_url`` override the update and Graph Store URLs that
    are otherwise derived from it (or read from ``UNCAC_KG_UPDATE_URL`` and
    ``UNCAC_KG_GSP_URL``).
    """

    store: str = str(DEFAULT_STORE)
    base_iri: str = DEFAULT_BASE_IRI
    update_url: str | None = None  # remote stores: SPARQL Update URL, when not derived
    gsp_url: str | None = None  # remote stores: Graph Store Protocol URL, when not derived

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ``UNCAC_KG_*`` variables, then explicit non-None overrides."""
        env = os.environ if environ is None else environ
        settings = cls(
            store=env.get("UNCAC_KG_STORE", str(DEFAULT_STORE)),
            base_iri=env.get("UNCAC_KG_BASE_IRI", DEFAULT_BASE_IRI),
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        settings = replace(settings, **given)  # type: ignore[arg-type]
        if not settings.base_iri.endswith(("/", "#")):
            raise ValueError(f"base IRI must end with '/' or '#': {settings.base_iri}")
        return settings
