"""Responses shared by the routes: a query's answer with its caps, and errors."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from uncac_kg import formats
from uncac_kg.endpoint import negotiation
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.html import esc, page
from uncac_kg.endpoint.jobs import Answer
from uncac_kg.endpoint.limits import LIMIT_HEADER, ROWS_HEADER, TIMEOUT_HEADER, TRUNCATED_HEADER

#: Response headers a browser script may read when CORS is on.
EXPOSED_HEADERS = (TRUNCATED_HEADER, ROWS_HEADER, LIMIT_HEADER, TIMEOUT_HEADER, "Location", "ETag")


def with_charset(media_type: str) -> str:
    """``text/*`` media types labelled UTF-8 (the others define their own encoding)."""
    return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


def answer_response(answer: Answer, accept: str | None, max_rows: int, timeout: float) -> Response:
    """A query's answer as a response; the row count, and the cap when it was hit, in headers."""
    fmt = formats.get(answer.format)
    media_type = with_charset(negotiation.media_type_of(fmt, accept))
    headers = {ROWS_HEADER: str(answer.rows), TIMEOUT_HEADER: f"{timeout:g}", "Vary": "Accept"}
    if answer.truncated:
        headers[TRUNCATED_HEADER] = "true"
        headers[LIMIT_HEADER] = str(max_rows)
    return Response(answer.body, media_type=media_type, headers=headers)


async def error_response(request: Request, error: Exception) -> Response:
    """An ``EndpointError`` as a page for browsers, as one line of text for programs."""
    assert isinstance(error, EndpointError)
    accept = request.headers.get("accept")
    if negotiation.choose(accept, ["text/plain", negotiation.HTML]) == negotiation.HTML:
        body = f"<h1>Error {error.status}</h1><p>{esc(error.message)}</p>"
        response: Response = page(request, f"Error {error.status}", body, status=error.status)
    else:
        response = PlainTextResponse(error.message + "\n", status_code=error.status)
    response.headers.update(error.headers)
    return response
