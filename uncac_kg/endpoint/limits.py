"""Limits that tell the truth: a time limit per query, a cap on result rows, a cap on request size.

A query that runs out of time is stopped (its worker process is ended) and the
client is told so; a result longer than the cap is cut at the cap and the
response says so in ``X-Result-Truncated``; a request body over the cap gets
413 before it is read any further.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from uncac_kg.endpoint.errors import EndpointError

#: Response headers that report the caps (exposed to browsers when CORS is on).
TRUNCATED_HEADER = "X-Result-Truncated"
ROWS_HEADER = "X-Result-Rows"
LIMIT_HEADER = "X-Result-Limit"
TIMEOUT_HEADER = "X-Query-Timeout"


@dataclass(frozen=True, slots=True)
class Limits:
    """The server's limits; a request may ask for a lower time limit, never a higher one."""

    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 8 * 1024 * 1024

    def __post_init__(self) -> None:
        if not (self.timeout > 0 and math.isfinite(self.timeout)):
            raise ValueError(f"the time limit must be a positive number of seconds: {self.timeout}")
        if self.max_rows < 1 or self.max_request_bytes < 1:
            raise ValueError("the row and request-size caps must be positive")

    def timeout_for(self, requested: str | None) -> float:
        """The time limit of one request: the server's, or the lower one it asks for
        (``timeout`` parameter, in seconds)."""
        if requested is None or not requested.strip():
            return self.timeout
        try:
            seconds = float(requested)
        except ValueError:
            seconds = math.nan
        if not (seconds > 0 and math.isfinite(seconds)):
            raise EndpointError(400, f"timeout must be a positive number of seconds: {requested}")
        return min(seconds, self.timeout)


class RequestSizeLimit:
    """ASGI middleware: 413 for a request whose body is larger than ``max_bytes``.

    A ``Content-Length`` over the cap is refused at once; a body sent without one
    is read up to the cap and refused as soon as it goes over.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        text = f"the request is larger than this server accepts ({self.max_bytes} bytes)\n"
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": text.encode()})
