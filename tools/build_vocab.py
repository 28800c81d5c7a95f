"""Regenerate the States and UNCAC articles vocabularies from their CSV sources.

    python tools/build_vocab.py            # write ontology/vocab/states.ttl and uncac-articles.ttl
    python tools/build_vocab.py --check    # exit 1 if the committed files are out of date

Inputs (``ontology/vocab/sources/``):

- ``states.csv``: one row per State (ISO 3166 codes, M49 code, UN names, Wikidata id,
  adjectives and alternative names separated by ``;``).
- ``jurisdictions.csv``: the same columns and a ``note``, for jurisdictions that are not
  States but that reports name as countries of their own (Jersey, Hong Kong, ...).
- ``state_extra_names.csv``: hand-curated extra names (``kind`` is ``altLabel`` or
  ``adjective``) merged into the rows of ``states.csv``.
- ``uncac_articles.csv``: the 71 articles of the Convention with their titles and chapters.

The Turtle is written in a fixed order (States by alpha-3 code, articles and chapters by
number, labels sorted), so the same sources always give byte-identical files.
Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "ontology" / "vocab"
SOURCES = VOCAB / "sources"

BASE = "https://w3id.org/uncac-kg/"
CONVENTION = "entity:united-nations-convention-against-corruption"
UNCAC_TEXT = "https://www.unodc.org/unodc/en/treaties/CAC/"

PREFIXES = {
    "article": BASE + "article/",
    "chapter": BASE + "chapter/",
    "dcterms": "http://purl.org/dc/terms/",
    "entity": BASE + "entity/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "scheme": BASE + "scheme/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "state": BASE + "state/",
    "uncac": "https://w3id.org/uncac-kg/ontology#",
    "wd": "http://www.wikidata.org/entity/",
}

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
EXTRA_KINDS = ("altLabel", "adjective")
STRAIGHT, CURLY = "'", "\u2019"


class SourceError(ValueError):
    """A source CSV holds a value the vocabulary cannot be built from."""


# --- Turtle text -------------------------------------------------------------------------


def literal(text: str, lang: str | None = "en") -> str:
    """A Turtle string literal (with a language tag unless ``lang`` is None)."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def header(comment: Iterable[str], prefixes: Iterable[str]) -> str:
    lines = [f"# {line}".rstrip() for line in comment]
    lines.append("")
    lines += [f"@prefix {p}: <{PREFIXES[p]}> ." for p in sorted(prefixes)]
    return "\n".join(lines) + "\n"


def block(subject: str, types: Iterable[str], pairs: Iterable[tuple[str, str]]) -> str:
    """One subject: ``a`` types, then its predicates in the given order.

    Consecutive pairs with the same predicate become one object list, one object a line.
    """
    groups: list[tuple[str, list[str]]] = []
    for predicate, obj in pairs:
        if groups and groups[-1][0] == predicate:
            groups[-1][1].append(obj)
        else:
            groups.append((predicate, [obj]))
    lines = [f"{subject} a {', '.join(types)}"]
    lines += [f"    {p} " + ",\n        ".join(objects) for p, objects in groups]
    return " ;\n".join(lines) + " .\n"


# --- States ------------------------------------------------------------------------------


@dataclass
class State:
    iso2: str
    iso3: str
    m49: str
    name: str
    wikidata: str
    alt_labels: set[str] = field(default_factory=set)
    adjectives: set[str] = field(default_factory=set)
    note: str = ""


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def clean_name(name: str) -> str | None:
    """An alternative name as reports write it, or None for ISO list forms.

    "United Arab Emirates (the)" and "the State of Eritrea" lose their article;
    inverted list forms ("Korea, Republic of", "Korea (the Republic of)") are dropped.
    """
    name = " ".join(name.split())
    name = name.removesuffix(" (the)")
    if name.lower().startswith("the "):
        name = name[4:]
    if ", " in name or re.search(r"\(the [^)]*\)$", name):
        return None
    return name or None


def apostrophe_variants(name: str) -> set[str]:
    """The name with straight and with typographic apostrophes (reports use both)."""
    return {name, name.replace(CURLY, STRAIGHT), name.replace(STRAIGHT, CURLY)}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_states(states_csv: Path, extra_csv: Path, jurisdictions_csv: Path) -> list[State]:
    states: dict[str, State] = {}
    for row in read_csv(states_csv) + read_csv(jurisdictions_csv):
        iso2, iso3, m49 = row["iso2"].strip(), row["iso3"].strip(), row["m49"].strip()
        if not (re.fullmatch(r"[A-Z]{2}", iso2) and re.fullmatch(r"[A-Z]{3}", iso3)):
            raise SourceError(f"bad ISO 3166 codes {iso2!r}/{iso3!r}")
        if not m49.isdigit() or len(m49) > 3:
            raise SourceError(f"{iso3}: bad M49 code {m49!r}")
        if not re.fullmatch(r"Q[1-9][0-9]*", row["wikidata"].strip()):
            raise SourceError(f"{iso3}: bad Wikidata id {row['wikidata']!r}")
        if iso3 in states:
            raise SourceError(f"{iso3}: listed twice")
        state = State(iso2, iso3, m49.zfill(3), row["name"].strip(), row["wikidata"].strip())
        for raw in (row["formal_name"], row["short_name"], *split_list(row["alt_names"])):
            name = clean_name(raw)
            if name:
                state.alt_labels.add(name)
        state.adjectives.update(split_list(row["adjectives"]))
        state.note = (row.get("note") or "").strip()
        if row["un_status"].strip() == "territory" and not state.note:
            raise SourceError(f"{iso3}: a jurisdiction that is not a State needs a note saying so")
        states[iso3] = state
    for row in read_csv(extra_csv):
        iso3, name, kind = row["iso3"].strip(), row["name"].strip(), row["kind"].strip()
        if iso3 not in states:
            raise SourceError(f"{extra_csv.name}: unknown State {iso3!r}")
        if kind not in EXTRA_KINDS or not name:
            raise SourceError(f"{extra_csv.name}: bad row {row!r}")
        (states[iso3].alt_labels if kind == "altLabel" else states[iso3].adjectives).add(name)
    for state in states.values():
        names = {v for n in state.alt_labels for v in apostrophe_variants(n)}
        pref_forms = apostrophe_variants(state.name)
        state.alt_labels = (names | pref_forms) - {state.name}
    return [states[k] for k in sorted(states)]


def sort_key(text: str) -> tuple[str, str]:
    return (text.casefold(), text)


def states_turtle(states: list[State]) -> str:
    parts = [
        header(
            [
                "States: the 193 Member States of the United Nations, the non-member States",
                "that take part in the Convention's meetings, and the jurisdictions that are not",
                "States but that reports name as countries of their own (Crown Dependencies,",
                "special administrative regions, overseas territories; each with a scopeNote),",
                "with ISO 3166 and M49 codes, names, adjectives and Wikidata links.",
                "",
                "Generated by tools/build_vocab.py from sources/states.csv,",
                "sources/jurisdictions.csv and sources/state_extra_names.csv: edit those and",
                "run the script; do not edit here.",
            ],
            ["dcterms", "owl", "rdfs", "scheme", "skos", "state", "uncac", "wd"],
        ),
        block(
            "scheme:states",
            ["skos:ConceptScheme"],
            [
                ("rdfs:label", literal("States")),
                ("dcterms:title", literal("States")),
                (
                    "dcterms:description",
                    literal(
                        "States as named in reports of meetings under the United Nations "
                        "Convention against Corruption, identified by ISO 3166-1 alpha-3 code."
                    ),
                ),
                (
                    "dcterms:source",
                    literal(
                        "UN terminology and M49 codes, ISO 3166-1, Wikidata and curated "
                        "additions; see ontology/vocab/sources/README.md."
                    ),
                ),
            ],
        ),
    ]
    for s in states:
        pairs = [("skos:inScheme", "scheme:states"), ("skos:prefLabel", literal(s.name))]
        pairs += [("skos:altLabel", literal(a)) for a in sorted(s.alt_labels, key=sort_key)]
        pairs += [("uncac:adjective", literal(a)) for a in sorted(s.adjectives, key=sort_key)]
        if s.note:
            pairs.append(("skos:scopeNote", literal(s.note)))
        pairs += [
            ("uncac:iso3166Alpha2", literal(s.iso2, None)),
            ("uncac:iso3166Alpha3", literal(s.iso3, None)),
            ("uncac:m49Code", literal(s.m49, None)),
            ("owl:sameAs", f"wd:{s.wikidata}"),
        ]
        parts.append(block(f"state:{s.iso3}", ["uncac:State", "skos:Concept"], pairs))
    return "\n".join(parts)


# --- UNCAC articles ----------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    number: int
    title: str
    chapter: str


def load_articles(path: Path) -> tuple[list[Article], dict[str, str]]:
    articles: list[Article] = []
    chapters: dict[str, str] = {}
    for row in read_csv(path):
        number, chapter = int(row["article"]), row["chapter"].strip()
        if chapter not in ROMAN:
            raise SourceError(f"article {number}: unknown chapter {chapter!r}")
        title = row["chapter_title"].strip()
        if chapters.setdefault(chapter, title) != title:
            raise SourceError(f"chapter {chapter}: two titles")
        articles.append(Article(number, row["title"].strip(), chapter))
    numbers = sorted(a.number for a in articles)
    if numbers != list(range(1, len(numbers) + 1)):
        raise SourceError("articles are not numbered 1..n without gaps")
    return sorted(articles, key=lambda a: a.number), chapters


def articles_turtle(articles: list[Article], chapters: dict[str, str]) -> str:
    order = sorted(chapters, key=ROMAN.__getitem__)
    parts = [
        header(
            [
                "The United Nations Convention against Corruption: its 8 chapters and 71 articles.",
                "Article paragraphs (article/46-4 for article 46(4)) are minted when a report",
                "cites them, linked to their article with uncac:partOfArticle.",
                "",
                "Generated by tools/build_vocab.py from sources/uncac_articles.csv:",
                "edit that file and run the script; do not edit here.",
            ],
            ["article", "chapter", "dcterms", "entity", "rdfs", "scheme", "skos", "uncac"],
        ),
        block(
            "scheme:uncac-articles",
            ["skos:ConceptScheme"],
            [
                ("rdfs:label", literal("Chapters and articles of the Convention")),
                (
                    "dcterms:title",
                    literal(
                        "Chapters and articles of the United Nations Convention against Corruption"
                    ),
                ),
                ("dcterms:source", f"<{UNCAC_TEXT}>"),
                *[("skos:hasTopConcept", f"chapter:{c}") for c in order],
            ],
        ),
        block(
            CONVENTION,
            ["uncac:LegalInstrument", "uncac:Convention"],
            [("dcterms:hasPart", f"chapter:{c}") for c in order],
        ),
    ]
    for c in order:
        parts.append(
            block(
                f"chapter:{c}",
                ["uncac:UNCACChapter", "skos:Concept"],
                [
                    ("skos:inScheme", "scheme:uncac-articles"),
                    ("skos:topConceptOf", "scheme:uncac-articles"),
                    ("skos:prefLabel", literal(f"Chapter {c}")),
                    ("dcterms:title", literal(chapters[c])),
                    ("uncac:chapterNumber", str(ROMAN[c])),
                    ("dcterms:isPartOf", CONVENTION),
                ],
            )
        )
    for a in articles:
        parts.append(
            block(
                f"article:{a.number}",
                ["uncac:UNCACArticle", "skos:Concept"],
                [
                    ("skos:inScheme", "scheme:uncac-articles"),
                    ("skos:prefLabel", literal(f"article {a.number}")),
                    ("dcterms:title", literal(a.title)),
                    ("uncac:articleNumber", str(a.number)),
                    ("uncac:inChapter", f"chapter:{a.chapter}"),
                ],
            )
        )
    return "\n".join(parts)


# --- main --------------------------------------------------------------------------------


def generate(sources: Path = SOURCES) -> dict[str, str]:
    """File name (in ``ontology/vocab``) to the Turtle text it must hold."""
    states = load_states(
        sources / "states.csv", sources / "state_extra_names.csv", sources / "jurisdictions.csv"
    )
    articles, chapters = load_articles(sources / "uncac_articles.csv")
    return {
        "states.ttl": states_turtle(states),
        "uncac-articles.ttl": articles_turtle(articles, chapters),
    }


def check(outputs: dict[str, str], folder: Path) -> list[str]:
    """Names of the files in ``folder`` that differ from ``outputs``, with a short diff."""
    problems = []
    for name, text in outputs.items():
        path = folder / name
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            diff = difflib.unified_diff(
                current.splitlines(), text.splitlines(), f"{name} (committed)", f"{name} (built)"
            )
            problems.append("\n".join([*list(diff)[:40], ""]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="report out-of-date files instead of writing them"
    )
    args = parser.parse_args(argv)
    try:
        outputs = generate()
    except SourceError as err:
        print(f"build_vocab: {err}", file=sys.stderr)
        return 2
    if args.check:
        problems = check(outputs, VOCAB)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("build_vocab: out of date; run python tools/build_vocab.py", file=sys.stderr)
            return 1
        return 0
    for name, text in outputs.items():
        (VOCAB / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote ontology/vocab/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
