"""The endpoint's public façade."""

from __future__ import annotations

import pytest

import uncac_kg.endpoint as endpoint


def test_public_names() -> None:
    assert endpoint.__all__ == ["Limits", "ServerOptions", "create_app"]
    for name in endpoint.__all__:
        assert getattr(endpoint, name).__name__ == name
    with pytest.raises(AttributeError):
        endpoint.nothing  # noqa: B018
