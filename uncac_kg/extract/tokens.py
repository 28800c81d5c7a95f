"""Word tokens with character offsets, and sentence boundaries.

Matching works on *keys*: lower-cased words with hyphens, quotes and
possessive endings set aside, so "non-conviction-based" and "non conviction
based" compare equal, and "China’s" matches "China".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"\d+(?:/\d+)+|[A-Za-z0-9\u00C0-\u024F]+(?:[’'][A-Za-z]+)?|[^\sA-Za-z0-9\u00C0-\u024F]"
)
#: The capital letters of the Latin scripts, accented ones too ("Émile", "Łukasz", "Şule"),
#: to put in character classes.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())


def compile_capitals(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with each "[A-Z" character class taking accented capitals too:
    people and places are named "Mr. Évariste Ndikumana", "Ms. Żaneta Łukasik", "Öresund"."""
    return re.compile(pattern.replace("[A-Z", "[" + CAPITALS), flags)


_POSSESSIVE = re.compile(r"[’']s$")
#: Abbreviations that go on inside a proper name ("the Chr. Michelsen Institute").
NAME_ABBREVIATIONS = frozenset({"Chr", "St", "Ste", "Mt", "Ft", "Jr", "Sr"})
_ABBREVIATIONS = (
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "H.E.",
    "No.",
    "Nos.",
    "e.g.",
    "i.e.",
    "art.",
    "Prof.",
    "Col.",
    "Lt.",
    "Gen.",
    "Maj.",
    "Capt.",
    "Supt.",
    *(f"{a}." for a in sorted(NAME_ABBREVIATIONS)),
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark; ``start``/``end`` are offsets into the source text."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def key(self) -> str:
        return word_key(self.text)

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper() or (
            self.text[0].isdigit() and any(c.isupper() for c in self.text)
        )


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The comparison form of one word: lower case, no possessive ending."""
    return _POSSESSIVE.sub("", word).lower()


_GLUED = re.compile(r"^(the|of|and|to)([A-Z][A-Za-z0-9]+)$")


def tokenize(text: str) -> list[Token]:
    """Words and punctuation marks; a function word glued to a name ("theG20") is split."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        glued = _GLUED.match(m.group())
        if glued:
            cut = m.start() + len(glued.group(1))
            tokens.append(Token(glued.group(1), m.start(), cut))
            tokens.append(Token(glued.group(2), cut, m.end()))
        else:
            tokens.append(Token(m.group(), m.start(), m.end()))
    return tokens


def label_keys(label: str) -> tuple[str, ...]:
    """The comparison keys of a multi-word label (words only, lower case)."""
    return tuple(t.key for t in tokenize(label) if t.is_word)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A cautious singular of an English plural noun (keys only; never shown to users)."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


_SENTENCE_END = compile_capitals(r"[.;!?](?=\s+[A-Z“\"(]|\s*$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` covering ``text``; abbreviations do not end sentences."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        before = text[max(0, end - 6) : end]
        if any(before.endswith(a) for a in _ABBREVIATIONS):
            continue
        if re.search(r"\b[A-Z]\.$", before):  # an initial: "John F."
            continue
        if m.group() == ";":
            continue
        spans.append((start, end))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans
