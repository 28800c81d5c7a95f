"""The one error type handlers raise: an HTTP status with a message for the client."""

from __future__ import annotations

from collections.abc import Mapping


class EndpointError(Exception):
    """A request the server answers with ``status`` and a one-line ``message``.

    It crosses process boundaries (query workers raise it too), so it pickles
    with its arguments.
    """

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status, message, dict(headers or {}))
        self.status = status
        self.message = message
        self.headers = dict(headers or {})

    def __str__(self) -> str:
        return f"{self.status}: {self.message}"
