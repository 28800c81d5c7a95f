"""How ``uncac-kg serve`` is configured: one typed object, with ``UNCAC_KG_*`` overrides."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from uncac_kg.endpoint.limits import Limits

#: Environment variables read by ``ServerOptions.from_env``.
ENVIRONMENT = {
    "write_token": "UNCAC_KG_WRITE_TOKEN",
    "timeout": "UNCAC_KG_QUERY_TIMEOUT",
    "max_rows": "UNCAC_KG_MAX_ROWS",
    "max_request_bytes": "UNCAC_KG_MAX_REQUEST_BYTES",
    "workers": "UNCAC_KG_WORKERS",
    "cors_origins": "UNCAC_KG_CORS_ORIGINS",
    "allow_service": "UNCAC_KG_ALLOWED_SERVICES",  # as for `uncac-kg query`
}


@dataclass(frozen=True, slots=True)
class ServerOptions:
    """What the server allows and how much.

    ``write_token``: writes (SPARQL Update, Graph Store PUT/POST/DELETE) need it
    as ``Authorization: Bearer TOKEN``; without one, the server refuses every write.
    ``cors_origins``: origins allowed to call the server from a browser (none:
    CORS off; ``*``: any). ``allow_service``: the endpoints ``SERVICE`` and ``LOAD``
    may name (exactly; none: no federation, the server never fetches anything).
    ``poll_interval``: seconds between looks at an embedded store's files for a
    new build. ``remote_poll_interval``: seconds between checks of a remote
    store's content (one small query), after which a changed content is indexed
    for search again.
    """

    write_token: str | None = None
    limits: Limits = field(default_factory=Limits)
    workers: int = 2
    cors_origins: tuple[str, ...] = ()
    allow_service: tuple[str, ...] = ()
    poll_interval: float = 1.0
    remote_poll_interval: float = 5.0
    access_log: bool = True

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError("the server needs at least one query worker")
        if not (self.poll_interval > 0 and self.remote_poll_interval > 0):
            raise ValueError("the poll intervals must be positive numbers of seconds")
        if self.write_token is not None and not self.write_token.strip():
            raise ValueError("the write token cannot be empty")

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: object
    ) -> ServerOptions:
        """Defaults, then ``UNCAC_KG_*`` variables, then explicit non-None ``overrides``
        (``timeout``, ``max_rows`` and ``max_request_bytes`` go into ``limits``)."""
        env = os.environ if environ is None else environ
        given: dict[str, object] = {}
        for name, variable in ENVIRONMENT.items():
            raw = env.get(variable)
            if raw is not None and raw.strip():
                given[name] = _convert(name, raw.strip())
        given.update({k: v for k, v in overrides.items() if v is not None})
        limit_names = ("timeout", "max_rows", "max_request_bytes")
        defaults = Limits()
        limits = Limits(**{n: given.pop(n, getattr(defaults, n)) for n in limit_names})  # type: ignore[arg-type]
        return cls(limits=limits, **given)  # type: ignore[arg-type]


def _convert(name: str, raw: str) -> object:
    try:
        if name == "timeout":
            return float(raw)
        if name in ("max_rows", "max_request_bytes", "workers"):
            return int(raw)
    except ValueError:
        raise ValueError(f"{ENVIRONMENT[name]} must be a number: {raw!r}") from None
    if name in ("cors_origins", "allow_service"):
        return tuple(part for part in re.split(r"[\s,]+", raw) if part)
    return raw
