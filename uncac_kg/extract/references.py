"""Numbered references: UNCAC articles (in every common form) and resolutions.

"article 46(4) of the Convention", "article 46, paragraph 4", "paragraph 4 of
article 46", "article 57, paragraphs 1 to 3" (one reference per paragraph), "articles 51
to 59", "articles 15, 16 and 18", "Article 46", "art. 52"; "General Assembly resolution
74/276", "resolution 7/1".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uncac_kg.document.model import Span

_NUM = r"\d{1,2}"
_PARA = r"(?:\((\d{1,2})\)(?:\([a-z]\))?)"
#: What separates the numbers of a list of paragraphs: "paragraphs 1, 2 and 4", "1 to 3".
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+|\s*[-–]\s*)"
_ARTICLE = re.compile(
    rf"\b(?P<word>[Aa]rticles?|[Aa]rts?\.)\s+"
    rf"(?P<list>{_NUM}{_PARA}?(?:\s*(?:,|and|or|to|-|–)\s*{_NUM}{_PARA}?)*)"
    rf"(?P<para>,\s+paragraphs?\s+(?P<pn>{_NUM}(?:{_SEP}{_NUM})*))?"
)
_PARAGRAPH_OF = re.compile(
    rf"\bparagraphs?\s+(?P<p>{_NUM}(?:{_SEP}{_NUM})*)\s+of\s+article\s+(?P<a>{_NUM})\b"
)
_OF_OTHER = re.compile(
    r"[a-z]{0,3}\s+of\s+(?:"
    r"(?:the\s+)?(?!(?:United Nations |UN )?Convention\b(?!\s+(?:on|for|of)\s+(?:the\s+)?[A-Z]))"
    r"(?:[A-Z][\w-]*\s+){0,6}(?:Convention|Protocol|Treaty|Law|Act|Code|Charter|Constitution|"
    r"Directive|Decree|Regulation|Ordinance)\b"
    r"|the\s+(?!UNCAC\b)[A-Z]{2,}[a-z]?\b(?!\s+[A-Z])"  # "of the IMAC", another law's acronym
    r")"
)  # also "article 67a of the IMAC", "article 5 of Law No. 12", "article 7 of the Constitution"
_RES_NUM = r"(?:S-)?\d{1,4}/\d{1,4}|\d{3,4}\s+\(\d{4}\)"
_RESOLUTION = re.compile(
    r"\b(?P<body>(?:General Assembly|Conference|Security Council|Economic and Social Council|"
    r"Human Rights Council|Commission on Crime Prevention and Criminal Justice)\s+)?"
    r"[Rr]esolutions?\s+(?P<num>" + _RES_NUM + r")"
    r"(?P<more>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:" + _RES_NUM + r"))*)"
)
_RES_NUM_RE = re.compile(_RES_NUM)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """A reference to UNCAC article ``number`` (paragraph ``paragraph`` if given)."""

    number: int
    paragraph: int | None
    span: Span
    text: str

    @property
    def key(self) -> str:
        return f"article/{self.number}" + (f"-{self.paragraph}" if self.paragraph else "")

    @property
    def label(self) -> str:
        return f"article {self.number}" + (f"({self.paragraph})" if self.paragraph else "")


@dataclass(frozen=True, slots=True)
class ResolutionRef:
    """A numbered resolution; ``body`` is the adopting body when the text names it."""

    number: str
    body: str | None
    span: Span
    text: str
    #: One of several numbers after "resolutions" ("resolutions 1/4, 2/3 and 7/1"): ``text``
    #: is the number alone, or the plural with the first.
    listed: bool = False

    @property
    def key(self) -> str:
        return "entity/resolution-" + re.sub(r"[^0-9]+", "-", self.number).strip("-")

    @property
    def label(self) -> str:
        return f"resolution {self.number}"

    @property
    def full_label(self) -> str | None:
        return f"{self.body} resolution {self.number}" if self.body else None


def _expand(listing: str) -> list[tuple[int, int | None]]:
    parts = re.findall(rf"({_NUM}){_PARA}?|(to|-|–)", listing)
    refs: list[tuple[int, int | None]] = []
    pending_range = False
    for num, para, sep in parts:
        if sep:
            pending_range = bool(refs)
            continue
        n = int(num)
        if pending_range and refs and refs[-1][0] < n <= refs[-1][0] + 30:
            refs.extend((k, None) for k in range(refs[-1][0] + 1, n))
        refs.append((n, int(para) if para else None))
        pending_range = False
    return refs


def _paragraphs(listing: str) -> list[int]:
    """The paragraph numbers of "1, 2 and 4" or "1 to 3"."""
    numbers: list[int] = []
    in_range = False
    for m in re.finditer(r"(\d{1,2})|\bto\b|[-–]", listing):
        if m.group(1) is None:
            in_range = bool(numbers)
            continue
        n = int(m.group(1))
        if in_range and numbers[-1] < n <= numbers[-1] + 10:
            numbers.extend(range(numbers[-1] + 1, n))
        numbers.append(n)
        in_range = False
    return numbers


def find_articles(text: str, last_article: int = 71) -> list[ArticleRef]:
    """UNCAC article references in ``text`` (not articles of another named instrument)."""
    refs: list[ArticleRef] = []
    taken: list[tuple[int, int]] = []
    for m in _PARAGRAPH_OF.finditer(text):
        if not _OF_OTHER.match(text, m.end()):
            n = int(m.group("a"))
            if 1 <= n <= last_article:
                span = Span(m.start(), m.end())
                refs.extend(ArticleRef(n, p, span, m.group()) for p in _paragraphs(m.group("p")))
                taken.append((m.start(), m.end()))
    for m in _ARTICLE.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or _OF_OTHER.match(text, m.end()):
            continue
        items = _expand(m.group("list"))
        if m.group("para") and len(items) == 1 and items[0][1] is None:
            items = [(items[0][0], p) for p in _paragraphs(m.group("pn"))]
        span = Span(m.start(), m.end())
        refs.extend(ArticleRef(n, p, span, m.group()) for n, p in items if 1 <= n <= last_article)
    refs.sort(key=lambda r: (r.span.start, r.number))
    return refs


def find_resolutions(text: str) -> list[ResolutionRef]:
    """Numbered resolutions in ``text``; a list ("resolutions 1/4, 2/3 and 7/1") gives one
    reference per number."""
    refs = []
    for m in _RESOLUTION.finditer(text):
        body = (m.group("body") or "").strip() or None
        more = m.group("more")
        refs.append(
            ResolutionRef(
                m.group("num"),
                body,
                Span(m.start(), m.end("num")),
                text[m.start() : m.end("num")],
                bool(more),
            )
        )
        for n in _RES_NUM_RE.finditer(more):
            a, b = m.start("more") + n.start(), m.start("more") + n.end()
            refs.append(ResolutionRef(n.group(), body, Span(a, b), n.group(), True))
    return refs
