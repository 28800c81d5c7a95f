"""Ranked tables of an analysis: aligned text for the terminal, CSV and JSON.

Nodes are ranked by one metric (highest first, ties by label). In text, each
part of the projection (actors, entities, report parts) gets its own table,
followed by the largest communities; CSV has one row per node and JSON holds
everything, summary and communities included.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from uncac_kg.analysis.catalog import METRICS, TABLE_FORMATS
from uncac_kg.analysis.metrics import Value
from uncac_kg.analysis.result import Analysis

#: Rows of each text table, unless told otherwise.
DEFAULT_TOP = 20

#: Longest label in a text table; longer ones end in '…'.
MAX_LABEL = 50

_PART_TITLES = {"actor": "actors", "entity": "entities", "structure": "report parts"}
_HEADINGS = {"weighted_degree": "weighted degree"}


def ranked(analysis: Analysis, sort: str = "weighted_degree") -> list[dict[str, Any]]:
    """Every node with its attributes and metrics, best first by ``sort``."""
    if sort not in METRICS:
        raise ValueError(f"unknown metric {sort!r}; choose one of {', '.join(METRICS)}")
    graph = analysis.graph
    nodes = []
    for node, data in graph.nodes(data=True):
        row: dict[str, Any] = {
            "id": node,
            "label": data.get("label", node),
            "type": data.get("type", ""),
            "part": data.get("part", ""),
        }
        row.update(analysis.metrics.of(node))
        nodes.append(row)
    ascending = sort == "community"  # community 1 is the largest
    nodes.sort(key=lambda r: (_sort_key(r[sort], ascending), r["label"], r["id"]))
    for rank, row in enumerate(nodes, start=1):
        row["rank"] = rank
    return nodes


def render(
    analysis: Analysis, fmt: str = "table", *, sort: str = "weighted_degree", top: int | None = None
) -> str:
    """The analysis in ``fmt`` (``table``, ``csv`` or ``json``); ``top`` rows per table.

    ``top`` defaults to ``DEFAULT_TOP`` for ``table`` and to every node otherwise;
    0 means every node.
    """
    nodes = ranked(analysis, sort)
    if fmt == "table":
        return render_text(analysis, nodes, sort, DEFAULT_TOP if top is None else top)
    limit = top or None
    if fmt == "csv":
        return render_csv(nodes[:limit])
    if fmt == "json":
        return render_json(analysis, nodes[:limit], sort)
    raise ValueError(f"unknown table format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")


def render_text(analysis: Analysis, nodes: list[dict[str, Any]], sort: str, top: int) -> str:
    """The summary, a table per part of the projection, and the largest communities."""
    projection, summary = analysis.projection, analysis.metrics.summary
    lines = [
        f"{projection.name}: {projection.title}",
        projection.description,
        f"filters: {analysis.filters.describe()}",
        f"{summary.nodes} nodes, {summary.edges} edges, {summary.components} component"
        f"{'s' * (summary.components != 1)}, {summary.communities} communities"
        + (f" (modularity {summary.modularity:.3f})" if summary.modularity is not None else "")
        + f", density {summary.density:.4f}",
        *(f"note: {note}" for note in summary.notes),
    ]
    parts = list(dict.fromkeys(_part(row) for row in nodes))
    for part in parts:
        rows = [row for row in nodes if _part(row) == part]
        rows = [{**row, "rank": i} for i, row in enumerate(rows, start=1)]
        shown = rows[: top or None]
        title = _PART_TITLES.get(part, part)
        lines += ["", f"Top {title} by {_HEADINGS.get(sort, sort)} ({len(shown)} of {len(rows)})"]
        lines += _aligned(shown)
    lines += ["", *_communities_text(analysis, nodes)]
    seconds = analysis.seconds
    lines += ["", f"time: query {seconds['query']:.2f} s, metrics {seconds['metrics']:.2f} s"]
    return "\n".join(lines) + "\n"


def render_csv(nodes: Sequence[dict[str, Any]]) -> str:
    """One row per node: rank, IRI, label, type, part and every metric (blank where undefined)."""
    columns = ["rank", "id", "label", "type", "part", *METRICS]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in nodes:
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in columns})
    return out.getvalue()


def render_json(analysis: Analysis, nodes: Sequence[dict[str, Any]], sort: str) -> str:
    """The whole analysis as one JSON object."""
    labels = {row["id"]: row["label"] for row in ranked(analysis, "weighted_degree")}
    document = {
        "projection": analysis.projection.name,
        "title": analysis.projection.title,
        "description": analysis.projection.description,
        "directed": analysis.graph.is_directed(),
        "filters": asdict(analysis.filters),
        "summary": asdict(analysis.metrics.summary),
        "seconds": {k: round(v, 3) for k, v in analysis.seconds.items()},
        "sort": sort,
        "nodes": [{k: row[k] for k in ("rank", "id", "label", "type", "part", *METRICS)}
                  for row in nodes],
        "communities": [
            {"community": i, "size": len(members),
             "members": sorted((labels[m] for m in members), key=str.casefold)}
            for i, members in enumerate(analysis.metrics.communities, start=1)
        ],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _part(row: dict[str, Any]) -> str:
    """Which table a node goes in: an actor that is also cited counts as an actor."""
    part = str(row["part"])
    return "actor" if "actor" in part.split("+") else part


def _aligned(rows: Sequence[dict[str, Any]]) -> list[str]:
    header = ["rank", "label", "type", *(_HEADINGS.get(m, m) for m in METRICS)]
    table = [
        [str(row["rank"]), _shorten(str(row["label"])), str(row["type"]),
         *(_number(row[m]) for m in METRICS)]
        for row in rows
    ]  # fmt: skip
    widths = [max([len(h), *(len(r[i]) for r in table)]) for i, h in enumerate(header)]
    left = {1, 2}  # labels and types read left-aligned, numbers right-aligned

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.ljust(w) if i in left else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(padded).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in table)]


def _communities_text(
    analysis: Analysis, nodes: Sequence[dict[str, Any]], shown: int = 8
) -> list[str]:
    communities = analysis.metrics.communities
    if not communities:
        return ["Communities: none"]
    strength = {row["id"]: row["weighted_degree"] or 0 for row in nodes}
    labels = {row["id"]: str(row["label"]) for row in nodes}
    lines = [f"Communities, largest first ({min(shown, len(communities))} of {len(communities)})"]
    for number, members in enumerate(communities[:shown], start=1):
        best = sorted(members, key=lambda m: (-strength.get(m, 0), labels.get(m, m)))[:5]
        names = ", ".join(_shorten(labels.get(m, m), 30) for m in best)
        more = f" and {len(members) - len(best)} more" if len(members) > len(best) else ""
        lines.append(f"{number:>4}  {len(members):>5} nodes: {names}{more}")
    return lines


def _number(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def _shorten(text: str, limit: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sort_key(value: Value, ascending: bool) -> tuple[int, float]:
    if value is None:
        return (1, 0.0)
    return (0, float(value) if ascending else -float(value))
