"""Seeded synthetic meeting reports in the layout of the bundled example report.

Each report has a title, a date, agenda items ("Item 2. ..."), lettered sections
("(a) ...") and numbered paragraphs in which speakers from many States and
organizations cite mechanisms, legal instruments, articles of the Convention,
initiatives, bodies, cases and meetings. What they cite is drawn from a
long-tailed pool (a Zipf law over a few thousand names): a few names recur in
most reports, most are rare, and most are in no vocabulary, so the extractor
has to find them by their patterns.

The text is laid out like text extracted from a PDF: lines of about 90
characters, each followed by an empty line; words hyphenated across line
breaks; and, every page or so, a running header and a bare page number in the
middle of a sentence.

Report ``i`` of seed ``s`` depends only on ``(s, i)``, so the corpus of 10
reports is the first tenth of the corpus of 100::

    python bench/generate.py --count 100 --seed 8 --out bench/work/corpus-100
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "ontology" / "vocab"
SKOS = "http://www.w3.org/2004/02/skos/core#"
UNCAC = "https://w3id.org/uncac-kg/ontology#"
DEFAULT_SEED = 8
#: Changes whenever the same seed would give different reports.
VERSION = 1
LINE_WIDTH = 90
PAGE_LINES = 44  # text lines per page before a page break is due

ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()
SYLLABLES = (
    "ka lo ri ta ne vo mi sa do ra lu te ni ko pa ze ma ro li be an el or is ul ar en"
).split()
# fmt: off
QUALIFIERS = [
    "electronic", "central", "national", "public", "integrated", "unified", "digital",
    "interagency", "regional", "online", "automated", "secure", "shared", "real-time",
]
OBJECTS = [
    "asset declaration", "beneficial ownership", "bank account", "procurement", "land title",
    "case management", "asset tracing", "company", "vehicle", "politically exposed persons",
    "conflict of interest", "whistle-blower", "customs", "tax information", "court records",
    "seized assets", "mutual legal assistance request", "financial disclosure", "lobbying",
    "public contracts", "cross-border payments", "virtual asset", "trust and foundation",
]
DEVICES = [
    "register", "registry", "database", "platform", "system", "portal", "databank",
    "tracking tool", "data exchange", "reporting channel", "verification system", "index",
]
TOPICS = [
    "the prevention of corruption", "asset recovery", "beneficial ownership transparency",
    "the protection of reporting persons", "public procurement", "conflicts of interest",
    "the confiscation of criminal assets", "international cooperation in criminal matters",
    "the liability of legal persons", "money-laundering", "access to information",
    "the financing of political parties", "the management of seized property",
]
BODY_HEADS = [
    "Anti-Corruption Commission", "Financial Intelligence Unit", "Asset Recovery Office",
    "Office of the Special Prosecutor", "Agency for the Prevention of Corruption",
    "Court of Audit", "Directorate for Economic Crime", "Integrity Commission",
    "Central Authority for Mutual Legal Assistance", "Public Procurement Authority",
]
NETWORK_HEADS = [
    "Network of Anti-Corruption Prosecutors", "Forum of Asset Recovery Practitioners",
    "Association of Integrity Authorities", "Network of Financial Investigators",
    "Alliance for Open Contracting", "Coalition against Illicit Financial Flows",
]
TITLES = [
    "Director", "Head", "Chief Prosecutor", "Deputy Director", "Senior Adviser",
    "Commissioner", "Legal Officer", "Chief Investigator",
]
GIVEN = [
    "Amina", "Carlos", "Elena", "Farid", "Grace", "Hiroshi", "Ingrid", "Jorge", "Katarzyna",
    "Liam", "Mariam", "Nikolai", "Olufemi", "Priya", "Rafael", "Sofia", "Tomas", "Yasmin",
]
FAMILY = [
    "Okafor", "Lindqvist", "Haddad", "Moreno", "Takahashi", "Kowalski", "Mensah", "Ferreira",
    "Novak", "Rahman", "Castillo", "Dubois", "Petrov", "Abdullah", "Silva", "Banerjee",
]
ITEMS = [
    "Opening of the meeting and adoption of the agenda",
    "Review of the implementation of the Convention",
    "Preventive measures and the role of anti-corruption bodies",
    "International cooperation in asset recovery",
    "Technical assistance and capacity-building",
    "Preparations for the next session of the Conference",
    "Other matters",
]
SECTIONS = [
    "Status of the review process", "General discussion", "Panel discussion",
    "Challenges in identifying, tracing and freezing proceeds of corruption",
    "Good practices in the return of confiscated assets", "Use of new technologies",
    "Cooperation between financial intelligence units", "Measures to protect reporting persons",
    "Transparency in public procurement", "Denying safe havens to corruption offenders",
]
VERBS = [
    "highlighted", "emphasized", "noted", "stressed", "underlined", "described", "presented",
    "referred to", "pointed to", "outlined",
]
FILLER = [
    "Political will and adequate resources were described as essential for progress.",
    "Coordination among domestic authorities was described as a precondition for "
    "effective cooperation across borders.",
    "Delays in the execution of requests remained a concern for many practitioners.",
    "The exchange of good practices was considered valuable for all States parties.",
    "Several practical difficulties were acknowledged, in particular where legal systems "
    "differed considerably.",
]
# fmt: on


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """What a generated report declares: its file, identifier and parts."""

    file: str
    identifier: str
    paragraphs: int
    items: int
    sections: int
    citations: int
    pages: int


class Pools:
    """The names a corpus draws from: States and bodies of the vocabularies, and coined names.

    Each kind of cited thing is a list of names drawn with a Zipf law over its
    rank, so the first few are cited everywhere and the tail only now and then.
    """

    def __init__(self, seed: int, size: int = 2500) -> None:
        rng = random.Random(f"pools:{seed}")
        self.states = _vocab_labels(VOCAB / "states.ttl", f"{UNCAC}State")
        rng.shuffle(self.states)
        known_mechanisms = _vocab_labels(VOCAB / "mechanisms.ttl", f"{SKOS}Concept")
        known_bodies = _acronyms(VOCAB / "bodies.ttl")
        self.cities = _unique(lambda: _coin(rng, 2, 3), 120)
        self.coined = _unique(lambda: _coin(rng, 2, 4), size)
        generic = [f"{q} {o} {d}" for q in QUALIFIERS for o in OBJECTS for d in DEVICES]
        rng.shuffle(generic)
        proper = [f"{name} {rng.choice(DEVICES)}" for name in self.coined[: size // 4]]
        # a vocabulary mechanism now and then among many the vocabularies do not know
        self.mechanisms = _interleave(rng, generic[:size] + proper, known_mechanisms, every=12)
        self.instruments = [_instrument(rng, self) for _ in range(size)]
        self.initiatives = [_initiative(rng, name) for name in self.coined[size // 4 : size // 2]]
        self.bodies = _interleave(
            rng, [_body(rng, self) for _ in range(size // 2)], known_bodies, every=8
        )
        self.cases = [f"{name} case" for name in self.coined[size // 2 : size // 2 + 300]]
        self._cumulative: dict[int, list[float]] = {}

    def pick(self, rng: random.Random, names: Sequence[str], exponent: float = 1.1) -> str:
        """A name from ``names``, rank ``r`` with a weight proportional to ``1 / r**exponent``."""
        weights = self._cumulative.get(len(names))
        if weights is None:
            weights = list(itertools.accumulate(1 / r**exponent for r in range(1, len(names) + 1)))
            self._cumulative[len(names)] = weights
        return names[bisect.bisect(weights, rng.random() * weights[-1])]


def _vocab_labels(path: Path, cls: str) -> list[str]:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    query = (
        f"SELECT ?label WHERE {{ ?s a <{cls}> ; <{SKOS}prefLabel> ?label "
        f"FILTER NOT EXISTS {{ ?s a <{SKOS}ConceptScheme> }} }} ORDER BY ?label"
    )
    return [str(row["label"].value) for row in store.query(query)]  # type: ignore[union-attr]


def _acronyms(path: Path) -> list[str]:
    """Organizations of the vocabulary by their short names (UNODC, CARIN...)."""
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    query = (
        f"SELECT ?label WHERE {{ ?s a <{UNCAC}Organization> ; <{SKOS}altLabel> ?label "
        f'FILTER REGEX(?label, "^[A-Z]{{3,8}}$") }} ORDER BY ?label'
    )
    return [str(row["label"].value) for row in store.query(query)]  # type: ignore[union-attr]


def _unique(make: object, count: int) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < count:
        seen[make()] = None  # type: ignore[operator]
    return list(seen)


def _coin(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


def _interleave(rng: random.Random, coined: list[str], known: list[str], every: int) -> list[str]:
    known = known[:]
    rng.shuffle(known)
    out: list[str] = []
    for i, name in enumerate(coined):
        if i % every == 0 and known:
            out.append(known.pop())
        out.append(name)
    return out


def _instrument(rng: random.Random, pools: Pools) -> str:
    topic = rng.choice(TOPICS)
    year = rng.randint(1995, 2023)
    kind = rng.randrange(5)
    if kind == 0:
        return f"Law No. {rng.randint(1, 400)} of {year} on {topic}"
    if kind == 1:
        words = topic.removeprefix("the ").split()
        return " ".join(w.capitalize() for w in words[:3] if w not in ("of", "in")) + f" Act {year}"
    if kind == 2:
        return f"General Assembly resolution {rng.randint(55, 78)}/{rng.randint(1, 320)}"
    if kind == 3:
        return f"{rng.choice(pools.cities)} Declaration on {topic}"
    return f"Decree {rng.randint(1, 999)}/{year} on {topic}"


def _initiative(rng: random.Random, name: str) -> str:
    return f"{name} {rng.choice(['Initiative', 'Programme', 'Partnership', 'Project'])}"


def _body(rng: random.Random, pools: Pools) -> str:
    if rng.random() < 0.7:
        return f"{rng.choice(BODY_HEADS)} of {rng.choice(pools.states)}"
    return f"{rng.choice(pools.cities)} {rng.choice(NETWORK_HEADS)}"


# --- one report --------------------------------------------------------------------------


class _Writer:
    """Draws the paragraphs of one report."""

    def __init__(self, rng: random.Random, pools: Pools) -> None:
        self.rng = rng
        self.pools = pools
        self.citations = 0

    def cited(self) -> str:
        rng, pools = self.rng, self.pools
        self.citations += 1
        kind = rng.random()
        if kind < 0.40:
            return f"the {pools.pick(rng, pools.mechanisms)}"
        if kind < 0.58:
            return f"the {pools.pick(rng, pools.instruments)}"
        if kind < 0.70:
            return f"the {pools.pick(rng, pools.initiatives)}"
        if kind < 0.84:
            return f"the {pools.pick(rng, pools.bodies)}"
        if kind < 0.94:
            number = pools.pick(rng, [str(n) for n in range(5, 72)], exponent=0.8)
            if rng.random() < 0.3:
                return f"article {number}, paragraph {rng.randint(1, 6)}, of the Convention"
            return f"article {number} of the Convention"
        if kind < 0.97:
            return f"the {pools.pick(rng, pools.cases)}"
        return f"the {rng.choice(ORDINALS)} session of the Conference"

    def cites(self, count: int) -> str:
        names = [self.cited() for _ in range(count)]
        return names[0] if count == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def speaker(self) -> tuple[str, str]:
        """The words that introduce a speaker, and the pronoun that continues them."""
        rng, pools = self.rng, self.pools
        state = pools.pick(rng, pools.states, exponent=0.6)
        pronoun = rng.choice(["He", "She"])
        kind = rng.random()
        if kind < 0.25:
            return f"A panellist from {state}", pronoun
        if kind < 0.45:
            return f"The representative of {state}", pronoun
        if kind < 0.60:
            name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
            honorific = "Mr." if pronoun == "He" else "Ms."
            body = pools.pick(rng, pools.bodies)
            return f"{honorific} {name}, {rng.choice(TITLES)} of the {body},", pronoun
        if kind < 0.70:
            return f"A representative of {pools.pick(rng, pools.bodies)}", pronoun
        if kind < 0.80:
            return rng.choice(["One speaker", "Another speaker", "Several speakers"]), "They"
        if kind < 0.88:
            return f"Panellists from {state} and {rng.choice(pools.states)}", "They"
        if kind < 0.94:
            return "A representative of the secretariat", pronoun
        return "The Chair", pronoun

    def paragraph(self) -> str:
        rng = self.rng
        sentences: list[str] = []
        for turn in range(rng.choice([1, 1, 1, 2, 2])):
            who, pronoun = self.speaker()
            if turn and rng.random() < 0.5:
                who = "In the ensuing discussion, " + who[0].lower() + who[1:]
            verb = rng.choice(VERBS)
            sentences.append(
                f"{who} {verb} {self.cites(rng.choice([1, 1, 2, 3]))} in the context of "
                f"{rng.choice(TOPICS)}."
            )
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                also = rng.choice(["also", "further", "in particular"])
                sentences.append(
                    f"{pronoun} {also} {rng.choice(VERBS)} the experience gained with "
                    f"{self.cites(rng.choice([1, 1, 2]))}, which had been established in "
                    f"{rng.randint(2005, 2023)} and was used by the competent authorities."
                )
            if rng.random() < 0.4:
                sentences.append(rng.choice(FILLER))
        return " ".join(sentences)


def generate_report(seed: int, index: int, pools: Pools) -> tuple[str, ReportInfo]:
    """The text of report ``index`` of the corpus of seed ``seed``, and what it declares."""
    rng = random.Random(f"report:{seed}:{index}")
    writer = _Writer(rng, pools)
    identifier = f"report-{index:04d}"
    body = rng.choice(
        [
            "Working Group on Asset Recovery",
            "Working Group on Prevention",
            "Implementation Review Group",
            "Conference of the States Parties",
        ]
    )
    session = rng.choice(ORDINALS)
    year = rng.randint(2006, 2024)
    day = rng.randint(1, 26)
    title = (
        f"Report on the meeting of the {body} held in {rng.choice(pools.cities)} at its "
        f"{session} session on {rng.choice(TOPICS)}"
    )
    header = ("Conference of the States Parties to the", f"{body} at its {session} session")
    blocks: list[tuple[str, str]] = []  # (kind, text): kinds front, heading, paragraph
    blocks.append(("front", title))
    blocks.append(("front", f"{day}-{day + 1} {rng.choice(MONTHS)} {year}"))
    number = 0
    items = rng.sample(range(1, len(ITEMS)), rng.randint(1, 3))
    sections = 0
    for n, item in enumerate(sorted(items), start=1):
        blocks.append(("heading", f"Item {n}.  {ITEMS[item]}"))
        sections_here = 0
        lettered = rng.sample(SECTIONS, rng.choice([0, 1, 2, 3]))
        # paragraphs straight under the item, before its first section, now and then
        groups: list[str | None] = [None] if not lettered or rng.random() < 0.5 else []
        groups += lettered
        for heading in groups:
            if heading is not None:
                blocks.append(("heading", f"({'abcdefgh'[sections_here]}) {heading}"))
                sections_here += 1
            for _ in range(rng.randint(1, 3)):
                number += 1
                blocks.append(("paragraph", f"{number}. {writer.paragraph()}"))
        sections += sections_here
    text, pages = _layout(rng, blocks, header)
    info = ReportInfo(
        f"{identifier}.txt", identifier, number, len(items), sections, writer.citations, pages
    )
    return text, info


# --- layout -----------------------------------------------------------------------------


def _wrap(rng: random.Random, text: str) -> list[str]:
    """``text`` cut into lines of about ``LINE_WIDTH`` characters; long words now and then
    hyphenated across the break."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= LINE_WIDTH:
            line += " " + word
        else:
            room = LINE_WIDTH - len(line) - 2
            if re.fullmatch(r"[a-z]{9,}", word) and room >= 4 and rng.random() < 0.3:
                cut = min(room, len(word) - 4)
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
            else:
                lines.append(line)
                line = word
    if line:
        lines.append(line)
    return lines


def _layout(
    rng: random.Random, blocks: list[tuple[str, str]], header: tuple[str, str]
) -> tuple[str, int]:
    """The blocks as a PDF's extracted text: one empty line after every line, two between
    blocks, and a running header with a page number where a sentence breaks across lines."""
    out: list[str] = []
    since_break = 0
    page = 1
    for kind, text in blocks:
        lines = _wrap(rng, text) if kind != "heading" else [text]
        for i, line in enumerate(lines):
            out.append((" " if rng.random() < 0.05 else "") + line + " ")
            out.append("")
            since_break += 1
            following = lines[i + 1] if i + 1 < len(lines) else ""
            breakable = (
                kind == "paragraph"
                and since_break >= PAGE_LINES
                and following[:1].islower()
                and not line.endswith((".", ";", ":", "-"))
            )
            if breakable:
                page += 1
                out += ["", "", f"{header[0]}  ", "", f"{header[1]} ", "", " ", "", f"{page} ", ""]
                out += [" ", ""]
                since_break = 0
        out += [" ", ""]
    return "\n".join(out) + "\n", page


def generate_corpus(out: Path, count: int, seed: int = DEFAULT_SEED) -> list[ReportInfo]:
    """Write reports ``0 .. count-1`` of ``seed`` into ``out`` with a ``manifest.json``."""
    out.mkdir(parents=True, exist_ok=True)
    pools = Pools(seed)
    infos: list[ReportInfo] = []
    for index in range(count):
        text, info = generate_report(seed, index, pools)
        (out / info.file).write_text(text, encoding="utf-8")
        infos.append(info)
    reports = [asdict(i) for i in infos]
    manifest = {"version": VERSION, "seed": seed, "count": count, "reports": reports}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return infos


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10, help="number of reports")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    args = parser.parse_args(argv)
    infos = generate_corpus(args.out, args.count, args.seed)
    paragraphs = sum(i.paragraphs for i in infos)
    print(f"{len(infos)} reports, {paragraphs} paragraphs in {args.out}")


if __name__ == "__main__":
    main()
