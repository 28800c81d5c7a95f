"""Errors users see as one clear line (the CLI prints them without a traceback)."""

from __future__ import annotations


class UncacKgError(Exception):
    """Base class of every error uncac-kg reports to a user."""


class InputError(UncacKgError):
    """A report could not be read or segmented (empty, binary, undecodable, malformed)."""


class StoreError(UncacKgError):
    """The store could not be opened, read or written."""


class QueryError(UncacKgError):
    """A SPARQL query could not be parsed or run."""
