"""Who may write: a server started with a write token accepts writes that carry it.

Writes are SPARQL Update and Graph Store Protocol PUT, POST and DELETE. A
server started without a token refuses every write with 403; with one, a write
without ``Authorization: Bearer TOKEN`` (or with another token) gets 401.
"""

from __future__ import annotations

import hmac

from starlette.requests import Request

from uncac_kg.endpoint.errors import EndpointError

CHALLENGE = 'Bearer realm="uncac-kg"'


def require_write_access(request: Request, token: str | None) -> None:
    """Raise 403 or 401 unless ``request`` may write."""
    if token is None:
        raise EndpointError(
            403,
            "this server is read-only: it accepts writes only when started with a write token "
            "(uncac-kg serve --write-token TOKEN, or UNCAC_KG_WRITE_TOKEN)",
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise EndpointError(
            401,
            "writes need the server's token: Authorization: Bearer TOKEN",
            {"WWW-Authenticate": CHALLENGE},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise EndpointError(
            401,
            "the write token is not valid",
            {"WWW-Authenticate": f'{CHALLENGE}, error="invalid_token"'},
        )
