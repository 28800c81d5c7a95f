"""Reference knowledge read from ``ontology/vocab/``: names the extractor recognises.

The gazetteer knows States (names, alternative names, adjectives), UNCAC
articles and chapters, speaker roles, known international bodies and generic
mechanism types. It is data, loaded from the vocabulary files; nothing here
lists a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import RDF, SKOS, Graph, URIRef
from rdflib.term import Literal

from uncac_kg.extract.model import EntityType
from uncac_kg.extract.tokens import Token, label_keys, singular
from uncac_kg.resources import vocab_dir
from uncac_kg.settings import DEFAULT_BASE_IRI
from uncac_kg.vocab import UNCAC

_TOP_TYPES = {UNCAC[t.value]: t for t in EntityType}
_SUBTYPES = ("Convention", "Resolution", "NationalLaw", "Declaration", "Agreement")


@dataclass(frozen=True, slots=True)
class Entry:
    """One vocabulary entity: its key (IRI relative to the base), label, type and names."""

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    subtype: str | None = None
    iri: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    """A vocabulary name found in a text: tokens ``[first, last]`` and the entry."""

    entry: Entry
    start: int
    end: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Wording:
    """A kind named by the action it consists of (uncac:actionWording): the words of what is
    acted on, then those of the manner, "information … spontaneously"."""

    acted_on: tuple[str, ...]
    manner: tuple[str, ...]
    key: str


#: How many words may stand between the two halves of an action wording.
_WORDING_GAP = 8
#: Tokens that end a clause: an action wording does not run past them.
_CLAUSE_ENDS = frozenset(".;:?!")


def _is_acronym(name: str) -> bool:
    return " " not in name and sum(c.isupper() for c in name) >= 2


@dataclass
class Gazetteer:
    """Lookup tables over the vocabulary's names."""

    entries: dict[str, Entry] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)  # adjective key -> State key
    roles: dict[tuple[str, ...], str] = field(default_factory=dict)  # name keys -> role name
    #: Professions, which name a speaker only as one from somewhere (the alternative labels
    #: of a role's narrower concept): "a prosecutor from Serbia" (name keys).
    professions: set[tuple[str, ...]] = field(default_factory=set)
    articles: dict[int, str] = field(default_factory=dict)  # article number -> chapter key
    #: Short forms that name a kind in a report that has named it in full: "declarations"
    #: after "asset declarations" (skos:hiddenLabel) -> the kind's key.
    short_forms: dict[str, str] = field(default_factory=dict)
    wordings: list[Wording] = field(default_factory=list)
    _names: dict[tuple[str, ...], str] = field(default_factory=dict)
    _exact: dict[str, str] = field(default_factory=dict)  # acronyms, case-sensitive
    _capitalized: set[tuple[str, ...]] = field(default_factory=set)
    _prefixes: set[tuple[str, ...]] = field(default_factory=set)  # every name's beginnings
    _before_comma: set[tuple[str, ...]] = field(default_factory=set)  # "Hong Kong, China"

    def add(self, entry: Entry) -> None:
        self.entries[entry.key] = entry
        if entry.type is EntityType.UNCAC_ARTICLE:
            return  # articles are found by their reference patterns, with their context
        for name in (entry.label, *entry.aliases):
            self.add_name(name, entry.key)

    def add_name(self, name: str, key: str) -> None:
        if _is_acronym(name):
            self._exact.setdefault(name, key)
            if name.isalnum():
                return  # "ARIN-AP", "I-24/7": several tokens, found as a name too
        name = re.sub(r"^(?:the|The)\s+", "", name)
        keys = label_keys(name)
        if not keys:
            return
        if ", " in name:
            self._before_comma.add(label_keys(name.split(", ")[0]))
        variants = {keys, (*keys[:-1], singular(keys[-1]))}
        if "of" in keys[1:]:  # "declarations of assets" also names "declaration of assets"
            k = keys.index("of", 1)
            variants |= {(*v[: k - 1], singular(v[k - 1]), *v[k:]) for v in list(variants)}
        for variant in variants:
            self._names.setdefault(variant, key)
            if len(keys) == 1 and name[:1].isupper():
                self._capitalized.add(variant)
            self._prefixes.update(variant[:n] for n in range(1, len(variant) + 1))

    def acronym(self, word: str) -> Entry | None:
        """The entry an acronym names ("UNODC"), compared case-sensitively."""
        key = self._exact.get(word)
        return self.entries[key] if key is not None else None

    def knows_acronym(self, word: str) -> bool:
        return word in self._exact

    def state_for_adjective(self, word: str) -> str | None:
        return self.adjectives.get(word.lower())

    def find(self, tokens: list[Token]) -> Iterator[Match]:
        """The longest vocabulary name starting at each word (they may overlap; the caller
        keeps the longest of overlapping ones)."""
        words = [i for i, t in enumerate(tokens) if t.is_word]
        keys = [tokens[i].key for i in words]
        for i, first in enumerate(words):
            found = None
            j = i
            while j < len(words):
                if j > i and not (
                    self._adjacent(tokens, words[j - 1], words[j])
                    or (
                        tuple(keys[i:j]) in self._before_comma
                        and words[j] - words[j - 1] == 2
                        and tokens[words[j - 1] + 1].text == ","
                    )
                ):
                    break
                cand = tuple(keys[i : j + 1])
                key = self._names.get(cand) or self._names.get((*cand[:-1], singular(cand[-1])))
                if (
                    key is not None
                    and not (cand in self._capitalized and not tokens[first].is_capitalized)
                    and _balanced(tokens, first, words[j])
                ):
                    found = (key, j)
                if cand not in self._prefixes:
                    break
                j += 1
            if found is None and tokens[first].text in self._exact:
                found = (self._exact[tokens[first].text], i)
            if found is not None:
                key, j = found
                last = words[j]
                yield Match(self.entries[key], tokens[first].start, tokens[last].end, first, last)

    def actions(self, tokens: list[Token]) -> Iterator[tuple[Match, int]]:
        """Kinds named by their action ("to transmit information and evidence spontaneously"):
        each match, from what is acted on to the manner, with the token where the manner
        begins."""
        if not self.wordings:
            return
        firsts = {w.acted_on[0] for w in self.wordings}
        starts = [i for i, t in enumerate(tokens) if t.is_word and t.key in firsts]
        for wording in self.wordings:
            for i in starts:
                if not _keys_at(tokens, i, wording.acted_on):
                    continue
                gap = 0
                k = i + len(wording.acted_on)
                while k < len(tokens) and gap <= _WORDING_GAP:
                    if tokens[k].text in _CLAUSE_ENDS:
                        break
                    if _keys_at(tokens, k, wording.manner):
                        last = k + len(wording.manner) - 1
                        entry = self.entries[wording.key]
                        yield Match(entry, tokens[i].start, tokens[last].end, i, last), k
                        break
                    gap += tokens[k].is_word
                    k += 1

    def elisions(self, tokens: list[Token]) -> Iterator[Match]:
        """First halves of coordinations that share the second half's head: "central bank
        account and beneficial ownership registers" names central bank account registers,
        "informal and interinstitutional cooperation" names informal cooperation."""
        for k, tok in enumerate(tokens):
            if tok.text.lower() not in {"and", "or"} or k < 1:
                continue
            words = [t for t in tokens[k + 1 : k + 5] if t.is_word]
            found = self._elided(tokens, k, [t.key for t in words])
            if found is not None and not _one_body(words[: found[1] + 1]):
                yield found[0]

    def _elided(self, tokens: list[Token], k: int, right: list[str]) -> tuple[Match, int] | None:
        """The elided first half before "and" at ``k``, and where its shared head is in
        ``right``."""
        for size in (3, 2, 1):
            lo = k - size
            if lo < 0 or not all(t.is_word for t in tokens[lo:k]):
                continue
            before = tuple(t.key for t in tokens[lo:k])
            for j in range(1, len(right)):
                for head in (right[j : j + 1], right[j - 1 : j + 1]):
                    cand = (*before, *head)
                    key = self._names.get(cand) or self._names.get((*cand[:-1], singular(cand[-1])))
                    if key is not None:
                        match = Match(
                            self.entries[key], tokens[lo].start, tokens[k - 1].end, lo, k - 1
                        )
                        return match, j
        return None

    @staticmethod
    def _adjacent(tokens: list[Token], first: int, last: int) -> bool:
        """No sentence punctuation between the words of a name (hyphens, quotes, '/' allowed)."""
        return all(t.is_word or t.text in "-–/“”\"'’()" for t in tokens[first : last + 1])


def _keys_at(tokens: list[Token], i: int, keys: tuple[str, ...]) -> bool:
    """Whether the words ``keys`` stand at token ``i`` and after it."""
    return i + len(keys) <= len(tokens) and all(
        tokens[i + n].key == key for n, key in enumerate(keys)
    )


def _one_body(words: list[Token]) -> bool:
    """Whether the words after "and", up to the shared head, make one proper name with
    the words before it: capitalized, with a singular head ("the Crime and Corruption
    Commission"), not "the Civil and Criminal Law Conventions"."""
    return (
        bool(words)
        and all(t.text[:1].isupper() for t in words)
        and (singular(words[-1].key) == words[-1].key)
    )


def _balanced(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the parentheses between two words close as they open: "FATF) standards"
    (after "Financial Action Task Force (FATF)") is not a name."""
    depth = 0
    for t in tokens[first : last + 1]:
        depth += (t.text == "(") - (t.text == ")")
        if depth < 0:
            return False
    return depth == 0


def _text(value: object) -> str:
    return str(value) if isinstance(value, Literal) else ""


def _relative(iri: URIRef, base: str) -> str:
    return str(iri)[len(base) :] if str(iri).startswith(base) else str(iri)


def _local_name(iri: URIRef, base: str) -> str:
    """The last part of a vocabulary IRI: "speaker" for its role:speaker."""
    return _relative(iri, base).rsplit("/", 1)[-1]


def build_gazetteer(graph: Graph, base: str = DEFAULT_BASE_IRI) -> Gazetteer:
    """A gazetteer from an RDF graph of vocabulary data."""
    gaz = Gazetteer()
    subjects = {s for s in graph.subjects(SKOS.prefLabel, None) if isinstance(s, URIRef)}
    for subject in sorted(subjects):
        types = {t for t in graph.objects(subject, RDF.type) if isinstance(t, URIRef)}
        top = next((_TOP_TYPES[t] for t in types if t in _TOP_TYPES), None)
        label = _text(graph.value(subject, SKOS.prefLabel))
        if UNCAC.SpeakerRole in types:
            role = _local_name(subject, base)
            for name in (label, *map(_text, graph.objects(subject, SKOS.altLabel))):
                gaz.roles[label_keys(name)] = role
            continue
        broader = graph.value(subject, SKOS.broader)
        if isinstance(broader, URIRef) and (broader, RDF.type, UNCAC.SpeakerRole) in graph:
            role = _local_name(broader, base)  # professions of a role
            for name in map(_text, graph.objects(subject, SKOS.altLabel)):
                gaz.roles[label_keys(name)] = role
                gaz.professions.add(label_keys(name))
            continue
        if top is None:
            continue
        aliases = tuple(sorted({_text(a) for a in graph.objects(subject, SKOS.altLabel)} - {label}))
        subtype = next((s for s in _SUBTYPES if UNCAC[s] in types), None)
        key = _relative(subject, base)
        gaz.add(Entry(key, label, top, aliases, subtype, str(subject)))
        for short in graph.objects(subject, SKOS.hiddenLabel):
            gaz.short_forms[_text(short)] = key
        for wording in graph.objects(subject, UNCAC.actionWording):
            acted_on, manner = _text(wording).split("…")
            gaz.wordings.append(Wording(label_keys(acted_on), label_keys(manner), key))
        for adjective in graph.objects(subject, UNCAC.adjective):
            gaz.adjectives.setdefault(_text(adjective).lower(), key)
        number = graph.value(subject, UNCAC.articleNumber)
        chapter = graph.value(subject, UNCAC.inChapter)
        if isinstance(number, Literal) and isinstance(chapter, URIRef):
            gaz.articles[int(number.toPython())] = _relative(chapter, base)
    return gaz


def vocabulary_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or vocab_dir()).glob("*.ttl"))


@cache
def _load(paths: tuple[Path, ...], base: str) -> Gazetteer:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return build_gazetteer(graph, base)


def load_gazetteer(paths: Iterable[Path] | None = None, base: str = DEFAULT_BASE_IRI) -> Gazetteer:
    """The gazetteer of the project's vocabularies (cached per set of files)."""
    return _load(tuple(paths if paths is not None else vocabulary_files()), base)
