"""Colours of node types, shared by the HTML report, the interactive view and DOT exports.

Entity types take the Okabe-Ito palette (distinct for most colour-vision
deficiencies); the parts of a report take greys.
"""

from __future__ import annotations

TYPE_COLOURS: dict[str, str] = {
    "State": "#0072B2",
    "Organization": "#E69F00",
    "Initiative": "#009E73",
    "LegalInstrument": "#CC79A7",
    "UNCACArticle": "#D55E00",
    "Mechanism": "#56B4E9",
    "Case": "#F0E442",
    "Meeting": "#8C6D31",
    "Document": "#222222",
    "AgendaItem": "#555555",
    "Section": "#777777",
    "Paragraph": "#AAAAAA",
}

#: The colour of a type the table does not know.
OTHER_COLOUR = "#BBBBBB"


def colour(node_type: str) -> str:
    """The colour of a node type."""
    return TYPE_COLOURS.get(node_type, OTHER_COLOUR)
