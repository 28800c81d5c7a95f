"""``/dump``: the whole dataset in one document, the data dump the VoID description points to.

N-Quads unless the client asks for TriG or JSON-LD (``Accept``, or
``?format=nq|trig|jsonld``); every graph is in it, each quad in its graph. The
same data as ``GET /store`` without a graph, but with N-Quads first, the format
dump consumers expect when they say nothing (``Accept: */*``).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from uncac_kg import formats
from uncac_kg.endpoint import negotiation
from uncac_kg.endpoint.backend import Backend
from uncac_kg.endpoint.errors import EndpointError
from uncac_kg.endpoint.jobs import DumpJob
from uncac_kg.endpoint.responses import with_charset
from uncac_kg.formats import Kind

#: The formats a dataset can be written in, preferred first.
DATASET_FORMATS = ("nq", "trig", "jsonld")


def offers() -> list[tuple[str, formats.Format]]:
    """The media types the dump is served in, N-Quads first."""
    found = [(m, f) for m, f in formats.media_types(Kind.GRAPH) if f.name in DATASET_FORMATS]
    return sorted(found, key=lambda offer: DATASET_FORMATS.index(offer[1].name))


def _choice(request: Request) -> tuple[str, formats.Format]:
    table = offers()
    forced = request.query_params.get("format")
    if forced:
        by_name = {f.name: (m, f) for m, f in reversed(table)}
        fmt = formats.for_media_type(forced)
        if fmt is None and forced.lower() in formats.names(Kind.GRAPH):
            fmt = formats.get(forced)
        if fmt is None or fmt.name not in by_name:
            raise EndpointError(400, f"unknown format {forced!r}; use nq, trig or jsonld")
        return by_name[fmt.name]
    chosen = negotiation.choose(request.headers.get("accept"), [m for m, _ in table])
    if chosen is None:
        kinds = ", ".join(dict.fromkeys(m for m, _ in table))
        raise EndpointError(406, f"the dump is available as {kinds}")
    return chosen, dict(table)[chosen]


async def dataset_dump(request: Request) -> Response:
    """``GET /dump``: every quad of the dataset."""
    backend: Backend = request.app.state.backend
    media_type, fmt = _choice(request)
    media_type = with_charset(media_type)
    snapshot = backend.snapshot
    headers = {"Vary": "Accept", **({"ETag": snapshot.etag} if snapshot else {})}
    if snapshot and snapshot.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    if fmt.name == "nq" and snapshot is not None:  # the snapshot file is the dump
        if request.method == "HEAD":
            headers["Content-Length"] = str(snapshot.path.stat().st_size)
            return Response(media_type=media_type, headers=headers)
        return FileResponse(snapshot.path, media_type=media_type, headers=headers)
    body = await backend.dump(DumpJob(fmt.name, None, whole=True))
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(media_type=media_type, headers=headers)
    return Response(body, media_type=media_type, headers=headers)
