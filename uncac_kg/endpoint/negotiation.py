"""HTTP content negotiation: an ``Accept`` header (with q-values) against a table of offers.

The offers come from ``uncac_kg.formats``, the one registry of formats: each
media type a SELECT/ASK result or a graph can be served in, in the server's
order of preference. The rules are RFC 9110's: the most specific media range
that matches an offer gives its quality; ``q=0`` refuses it; among offers of
equal quality the client's more specific range wins, then the server's order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from uncac_kg import formats
from uncac_kg.formats import Format, Kind

HTML = "text/html"


@dataclass(frozen=True, slots=True)
class MediaRange:
    """One element of an ``Accept`` header."""

    type: str
    subtype: str
    q: float = 1.0

    def specificity(self, media_type: str) -> int:
        """How precisely this range names ``media_type``: 2, 1 or 0, or -1 for no match."""
        kind, _, sub = media_type.partition("/")
        if self.type == kind and self.subtype == sub:
            return 2
        if self.type == kind and self.subtype == "*":
            return 1
        if self.type == "*" and self.subtype == "*":
            return 0
        return -1


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an ``Accept`` header; malformed elements are skipped."""
    ranges: list[MediaRange] = []
    for element in (header or "").split(","):
        media, *params = (part.strip() for part in element.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(kind, sub, q))
    return ranges


def choose(header: str | None, offers: Sequence[str]) -> str | None:
    """The offer (a media type) the ``Accept`` header prefers, or None when none is
    acceptable. No header, or an empty one, accepts the first offer."""
    ranges = parse_accept(header)
    if not ranges:
        return offers[0] if offers else None
    best: tuple[float, int, int] | None = None
    chosen: str | None = None
    for position, offer in enumerate(offers):
        matches = [(r.specificity(offer), r.q) for r in ranges]
        specificity, q = max(matches)
        if specificity < 0 or q <= 0:
            continue
        score = (q, specificity, -position)
        if best is None or score > best:
            best, chosen = score, offer
    return chosen


def offers(kind: Kind) -> list[str]:
    """The media types a result of ``kind`` can be served in, preferred first."""
    return [media_type for media_type, _ in formats.media_types(kind)]


def negotiate(header: str | None, kind: Kind) -> Format | None:
    """The format to serve a result of ``kind`` in, or None (406 Not Acceptable)."""
    table = dict(reversed(formats.media_types(kind)))
    chosen = choose(header, offers(kind))
    return None if chosen is None else table[chosen]


def media_type_of(fmt: Format, header: str | None) -> str:
    """The media type to label a response in ``fmt`` with: the one the client asked for
    when it is an alias of ``fmt`` (``application/json`` for JSON results), else the
    format's own."""
    aliases = [m for m, f in formats.media_types(fmt.kind) if f == fmt]
    chosen = choose(header, aliases)
    return chosen or fmt.media_type


def prefers_html(header: str | None, kind: Kind = Kind.GRAPH) -> bool:
    """Whether a client (a browser) would rather have a page than data of ``kind``: it
    must rank HTML above every data format (``*/*`` alone does not)."""
    return choose(header, [*offers(kind), HTML]) == HTML
