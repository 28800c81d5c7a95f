"""uncac-kg: a knowledge graph of UN anti-corruption meeting reports."""

__version__ = "0.1.0"
