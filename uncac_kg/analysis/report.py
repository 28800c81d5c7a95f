"""The HTML report of an analysis: one self-contained page (inline CSS and SVG, no script,
nothing fetched), with charts of the top actors and mechanisms, a picture of the
network, the ranking and the communities."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

import networkx as nx

from uncac_kg import __version__
from uncac_kg.analysis.catalog import METRICS
from uncac_kg.analysis.layout import top_nodes
from uncac_kg.analysis.palette import colour
from uncac_kg.analysis.result import Analysis
from uncac_kg.analysis.svg import Bar, bar_chart, network_drawing
from uncac_kg.analysis.tables import ranked

#: Bars in each chart.
CHART_BARS = 15

#: Most nodes the network picture draws (the highest by the ranking metric).
MAX_DRAWN = 300

#: Rows of the ranking table.
TABLE_ROWS = 50

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 1100px;
  padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; }
.lead { color: #555; margin-top: 0; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.summary dt { font-weight: 600; }
svg text { font: 12px system-ui, sans-serif; fill: #222; }
svg.network { width: 100%; max-width: 900px; height: auto; border: 1px solid #ddd; }
svg.network .edges line { stroke: #999; stroke-opacity: .45; }
svg.network .nodes circle { stroke: #fff; stroke-width: .8; }
svg.network .labels text { font-size: 11px; paint-order: stroke; stroke: #fff;
  stroke-width: 3px; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
ul.legend span { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%;
  margin-right: .3rem; vertical-align: middle; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid #e4e4e4; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 3rem; color: #777; font-size: 13px; }
"""


def render_report(
    analysis: Analysis, citations: Analysis, *, sort: str = "weighted_degree", seed: int = 42
) -> str:
    """The report of ``analysis``; its charts come from ``citations`` (the same filters)."""
    projection, summary = analysis.projection, analysis.metrics.summary
    title = f"uncac-kg analysis: {projection.title}"
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="lead">{escape(projection.description)}</p>',
        _summary(analysis),
        '<section id="top-actors"><h2>Top actors</h2>',
        "<p>States and organizations by the number of citations their speakers made.</p>",
        bar_chart(_top_actors(citations.graph)),
        "</section>",
        '<section id="top-mechanisms"><h2>Top mechanisms</h2>',
        "<p>Mechanisms by the number of statements citing them.</p>",
        bar_chart(_top_mechanisms(citations.graph)),
        "</section>",
        _network(analysis, sort, seed),
        _ranking(analysis, sort),
        _communities(analysis),
        f"<footer>Made by uncac-kg {escape(__version__)} with seed {seed}; "
        f"{summary.nodes} nodes, {summary.edges} edges; analysis took "
        f"{analysis.total_seconds:.2f} s.</footer>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _summary(analysis: Analysis) -> str:
    summary = analysis.metrics.summary
    rows = [
        ("Projection", analysis.projection.name),
        ("Filters", analysis.filters.describe()),
        ("Nodes", str(summary.nodes)),
        ("Edges", str(summary.edges)),
        ("Components", str(summary.components)),
        ("Communities", str(summary.communities)
         + (f" (modularity {summary.modularity:.3f})" if summary.modularity is not None else "")),
        ("Density", f"{summary.density:.4f}"),
        *(("Note", note) for note in summary.notes),
    ]  # fmt: skip
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    return f'<dl class="summary">{items}</dl>'


def _top_actors(graph: nx.Graph) -> list[Bar]:
    out = graph.out_degree if isinstance(graph, nx.DiGraph) else graph.degree
    actors = [n for n, part in graph.nodes(data="part", default="") if "actor" in part]
    made = {n: out(n, weight="weight") for n in actors}
    best = sorted(actors, key=lambda n: (-made[n], graph.nodes[n]["label"]))[:CHART_BARS]
    return [
        Bar(graph.nodes[n]["label"], made[n], colour(graph.nodes[n]["type"]),
            f"cited {out(n)} entities")
        for n in best
    ]  # fmt: skip


def _top_mechanisms(graph: nx.Graph) -> list[Bar]:
    into = graph.in_degree if isinstance(graph, nx.DiGraph) else graph.degree
    mechanisms = [n for n, kind in graph.nodes(data="type", default="") if kind == "Mechanism"]
    received = {n: into(n, weight="weight") for n in mechanisms}
    best = sorted(mechanisms, key=lambda n: (-received[n], graph.nodes[n]["label"]))[:CHART_BARS]
    return [
        Bar(graph.nodes[n]["label"], received[n], colour("Mechanism"),
            f"cited by {into(n)} actors")
        for n in best
    ]  # fmt: skip


def _network(analysis: Analysis, sort: str, seed: int) -> str:
    graph = analysis.graph
    metric = sort if sort != "community" else "weighted_degree"
    drawn = graph.subgraph(top_nodes(graph, metric, MAX_DRAWN))
    caption = (
        f"All {len(graph)} nodes"
        if len(drawn) == len(graph)
        else f"The {len(drawn)} nodes with the highest {metric.replace('_', ' ')}, of {len(graph)}"
    )
    types = sorted({str(t) for _, t in drawn.nodes(data="type", default="")})
    legend = "".join(
        f'<li><span style="background:{colour(t)}"></span>{escape(t)}</li>' for t in types
    )
    return (
        f'<section id="network"><h2>The network</h2><figure>'
        f"{network_drawing(drawn, metric=metric, seed=seed)}"
        f"<figcaption>{escape(caption)}; node size: {escape(metric.replace('_', ' '))}; "
        f'colour: type.</figcaption></figure><ul class="legend">{legend}</ul></section>'
    )


def _ranking(analysis: Analysis, sort: str) -> str:
    nodes = ranked(analysis, sort)[:TABLE_ROWS]
    header = "".join(f"<th>{escape(h)}</th>" for h in ("#", "label", "type", *_headings()))
    rows = "".join(_ranking_row(row) for row in nodes)
    return (
        f'<section id="ranking"><h2>Ranking by {escape(sort.replace("_", " "))}</h2>'
        f"<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _ranking_row(row: dict[str, Any]) -> str:
    cells = [f'<td class="n">{row["rank"]}</td>', f"<td>{escape(str(row['label']))}</td>",
             f"<td>{escape(str(row['type']))}</td>"]  # fmt: skip
    for metric in METRICS:
        value = row[metric]
        text = "" if value is None else f"{value:.4f}" if isinstance(value, float) else str(value)
        cells.append(f'<td class="n">{text}</td>')
    return f"<tr>{''.join(cells)}</tr>"


def _headings() -> Sequence[str]:
    return [m.replace("_", " ") for m in METRICS]


def _communities(analysis: Analysis, shown: int = 10) -> str:
    graph = analysis.graph
    items = []
    for number, members in enumerate(analysis.metrics.communities[:shown], start=1):
        best = sorted(
            members,
            key=lambda m: (
                -float(graph.nodes[m].get("weighted_degree", 0)),
                graph.nodes[m]["label"],
            ),
        )
        names = ", ".join(escape(str(graph.nodes[m]["label"])) for m in best[:12])
        more = f" and {len(members) - 12} more" if len(members) > 12 else ""
        items.append(f"<li><strong>{number}</strong> ({len(members)} nodes): {names}{more}</li>")
    listed = "".join(items) or "<li>none</li>"
    return (
        '<section id="communities"><h2>Communities</h2>'
        f"<p>Louvain communities, largest first.</p><ol>{listed}</ol></section>"
    )
