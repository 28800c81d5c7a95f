"""Stored queries: the ``.rq`` files in ``queries/``, found by name and described by their header.

A stored query starts with comment lines that describe it::

    # title: What each State's speakers cited
    # description: One row per State and cited entity, with how often.
    # variables: state stateLabel cited citedType citations

``resolve`` turns what a user typed (a SPARQL string, a path to a file, or
the name of a stored query) into the text of a query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from uncac_kg.errors import QueryError
from uncac_kg.resources import queries_dir

_HEADER = re.compile(r"#\s*(title|description|variables|param)\s*:\s*(.*)")
_NAME = re.compile(r"[\w.-]+(/[\w.-]+)*")


@dataclass(frozen=True, slots=True)
class StoredQuery:
    """A query file and what its header says about it."""

    name: str
    path: Path
    sparql: str
    title: str = ""
    description: str = ""
    variables: tuple[str, ...] = ()
    params: tuple[str, ...] = ()


def search_path() -> list[Path]:
    """Where names are looked up: ``queries/`` in the current folder, then the packaged ones."""
    folders = [Path("queries"), queries_dir()]
    unique: list[Path] = []
    for folder in folders:
        if folder.is_dir() and all(folder.resolve() != u.resolve() for u in unique):
            unique.append(folder)
    return unique


def load(path: Path, name: str | None = None) -> StoredQuery:
    """Read a query file and its header."""
    sparql = path.read_text(encoding="utf-8")
    fields: dict[str, list[str]] = {"title": [], "description": [], "variables": [], "param": []}
    for line in sparql.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break  # the header ends at the first line of SPARQL
            continue
        match = _HEADER.fullmatch(line.strip())
        if match:
            fields[match[1]].append(match[2].strip())
    return StoredQuery(
        name=name or path.stem,
        path=path,
        sparql=sparql,
        title=" ".join(fields["title"]),
        description=" ".join(fields["description"]),
        variables=tuple(v.lstrip("?") for line in fields["variables"] for v in line.split()),
        params=tuple(fields["param"]),
    )


def stored(folders: Sequence[Path] | None = None) -> list[StoredQuery]:
    """Every stored query, by name; a name found in an earlier folder hides later ones."""
    found: dict[str, StoredQuery] = {}
    for folder in search_path() if folders is None else folders:
        for path in sorted(folder.rglob("*.rq")):
            name = path.relative_to(folder).with_suffix("").as_posix()
            found.setdefault(name, load(path, name))
    return [found[name] for name in sorted(found)]


def find(name: str, folders: Sequence[Path] | None = None) -> StoredQuery | None:
    """The stored query called ``name`` (with or without ``.rq``), or None."""
    stem = name.removesuffix(".rq")
    if not _NAME.fullmatch(stem) or ".." in stem.split("/"):
        return None
    for folder in search_path() if folders is None else folders:
        path = folder / f"{stem}.rq"
        if path.is_file():
            return load(path, stem)
    return None


def resolve(query: str, folders: Sequence[Path] | None = None) -> str:
    """The SPARQL text ``query`` stands for: a file's content, a stored query's, or itself."""
    text = query.strip()
    if not text:
        raise QueryError("the query is empty")
    if text.endswith((".rq", ".sparql")) or not re.search(r"[\s{}]", text):
        path = Path(text).expanduser()
        if path.is_file():
            return path.read_text(encoding="utf-8")
        found = find(text, folders)
        if found is not None:
            return found.sparql
        known = ", ".join(q.name for q in stored(folders)) or "none"
        raise QueryError(f"no query file or stored query named {text!r} (stored queries: {known})")
    return query
