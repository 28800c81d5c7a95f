"""Cut a cleaned report into its parts: title, date, agenda items, sections, paragraphs.

The cleaned text holds one block per line (see ``cleaner``). A block is one of:

- a numbered paragraph, ``"N. text"``, where N is the previous paragraph's number
  plus one (the first paragraph may carry any number);
- an agenda-item heading: ``"Item 2. Title"``, ``"Chapter IV Title"``, or a roman
  numeral heading ``"II. Title"`` whose numeral follows the previous one (``I.`` first);
- a section heading: ``"(c) Title"`` or ``"C. Title"`` whose letter follows the previous
  section's letter under the same item (``a``/``A`` first). A single letter that is also
  a roman numeral (``I.``, ``V.``, ``C.``) is a section when it fits as a letter, else an
  item when it fits as a numeral. Letters and numerals may skip ``MAX_SKIPPED`` values
  (a heading lost in extraction does not hide the ones after it), so ``"(i)"`` after
  ``"(b)"`` is not a section;
- front matter: the blocks before the first of those. The longest one that is not a
  date or document metadata is the title; the first date line after it is the date
  (failing that, the last one before it, as on the cover of an official document).
  Without front matter the title is the document's identifier;
- anything else continues the paragraph before it, except after an ``Annex`` heading,
  where loose blocks belong to no paragraph.

A heading's title starts with a capital letter; the heading is at most
``MAX_HEADING`` characters long and does not end with ``. ; : ,``.

When no block is a numbered paragraph, the report is taken to have unnumbered
paragraphs: every other block after the front matter is a paragraph, numbered 1..n.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from uncac_kg.document.model import AgendaItem, Document, Paragraph, Section, Span
from uncac_kg.errors import InputError

MAX_HEADING = 200
MAX_SKIPPED = 2

_PARAGRAPH = re.compile(r"(\d{1,3})\.\s+(?=\S)")
_TITLE = r"(?P<title>[A-Z“\"‘'].*)"
_ITEM = re.compile(r"Item\s+(?P<label>\d{1,2}[a-z]?)\s*[.:]\s+" + _TITLE)
_CHAPTER = re.compile(r"Chapter\s+(?P<label>[IVXL]+|\d{1,2})\b\.?\s*(?P<title>.*)")
_ROMAN = re.compile(r"(?P<label>[IVXLC]{1,7})\.\s+" + _TITLE)
_LETTER = re.compile(r"(?P<label>[A-Z])\.\s+" + _TITLE)
_SECTION = re.compile(r"\((?P<label>[a-z])\)\s+" + _TITLE)
_ANY_START = (_PARAGRAPH, _ITEM, _CHAPTER, _ROMAN, _LETTER, _SECTION)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_DAY = r"\d{1,2}"
DATE_LINE = re.compile(
    rf"(?:[A-Z][\w .,’'-]{{0,60}},\s*)?(?P<date>{_DAY}(?:\s+{_MONTH})?"
    rf"(?:\s*(?:[-–—]|and|to)\s*{_DAY})?\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{4}})"
)
META_LINE = re.compile(r"(?:Distr\.|Original:|Agenda item\b|United Nations$|Annex\b)", re.I)
_ANNEX = re.compile(r"Annex(?:es)?\b(?:\s+[IVX]+)?$")
_UNITS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
_ROMANS = {"X" * (value // 10) + _UNITS[value % 10]: value for value in range(1, 40)}

Kind = Literal["paragraph", "item", "section"]


@dataclass(frozen=True, slots=True)
class Start:
    """A block that opens a part: its kind, number or letter, heading title, body offset."""

    kind: Kind
    label: str
    title: str
    body: int


def looks_like_start(line: str) -> bool:
    """True when ``line`` has the shape of a paragraph or heading, ignoring numbering."""
    return any(pattern.match(line) for pattern in _ANY_START)


def heading_shaped(text: str) -> bool:
    """True when ``text`` is short enough and ends the way a heading ends."""
    return 0 < len(text) <= MAX_HEADING and text[-1] not in ".;:,"


@dataclass(slots=True)
class Outline:
    """The numbering read so far; decides whether a block opens a part."""

    paragraph: int = 0
    item: str | None = None
    roman: int = 0
    section: str | None = None
    letters: dict[str, str] = field(default_factory=dict)

    def _fits(self, letter: str) -> bool:
        """Whether ``letter`` can be the next section letter (skipping at most two)."""
        last = self.letters.get("upper" if letter.isupper() else "lower")
        previous = ord("A" if letter.isupper() else "a") - 1 if last is None else ord(last)
        return 1 <= ord(letter) - previous <= 1 + MAX_SKIPPED

    def match(self, block: str) -> Start | None:
        """The part ``block`` opens, or None when it opens none."""
        found = _PARAGRAPH.match(block)
        if found:
            number = int(found.group(1))
            if number == self.paragraph + 1 or (self.paragraph == 0 and number > 0):
                return Start("paragraph", str(number), "", found.end())
            return None
        if not heading_shaped(block):
            return None
        if found := _ITEM.match(block) or _CHAPTER.match(block):
            return Start("item", found["label"], found["title"], found.start("title"))
        if found := _ROMAN.match(block):
            label = found["label"]
            if len(label) == 1 and self._fits(label):
                return Start("section", label, found["title"], found.start("title"))
            if 1 <= _ROMANS.get(label, 0) - self.roman <= 1 + MAX_SKIPPED:
                return Start("item", label, found["title"], found.start("title"))
        for pattern in (_LETTER, _SECTION):
            found = pattern.match(block)
            if found and self._fits(found["label"]):
                return Start("section", found["label"], found["title"], found.start("title"))
        return None

    def advance(self, start: Start) -> None:
        """Record that ``start`` opened a part."""
        if start.kind == "paragraph":
            self.paragraph = int(start.label)
        elif start.kind == "item":
            self.item, self.section = start.label, None
            self.roman = _ROMANS.get(start.label, self.roman)
            self.letters.clear()
        else:
            self.section = start.label
            self.letters["upper" if start.label.isupper() else "lower"] = start.label


def _blocks(text: str) -> list[Span]:
    """Spans of the non-blank lines of ``text``, without surrounding spaces."""
    spans = []
    for found in re.finditer(r"[^\n]+", text):
        line = found.group()
        stripped = line.strip()
        if stripped:
            start = found.start() + len(line) - len(line.lstrip())
            spans.append(Span(start, start + len(stripped)))
    return spans


def _title_and_date(front: list[str]) -> tuple[str | None, str | None]:
    candidates = [
        (index, block)
        for index, block in enumerate(front)
        if not DATE_LINE.fullmatch(block) and not META_LINE.match(block)
    ]
    if not candidates:
        return None, None
    index, title = max(candidates, key=lambda pair: len(pair[1]))
    after = front[index + 1 :]
    for block in [*after, *reversed(front[:index])]:
        if found := DATE_LINE.fullmatch(block):
            return title, found["date"]
    return title, None


@dataclass(slots=True)
class _Builder:
    text: str
    unnumbered: bool
    outline: Outline = field(default_factory=Outline)
    front: list[str] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    in_annex: bool = False

    def _paragraph(self, number: int, span: Span) -> None:
        body = span.slice(self.text)
        outline = self.outline
        self.paragraphs.append(Paragraph(number, body, span, outline.item, outline.section))

    def _extend(self, span: Span) -> None:
        last = self.paragraphs[-1]
        whole = Span(last.span.start, span.end)
        body = whole.slice(self.text)
        self.paragraphs[-1] = Paragraph(last.number, body, whole, last.item, last.section)

    def split_front(self) -> None:
        """Without any heading, the leading heading-shaped blocks are the front matter."""
        if self._started():
            return
        blocks = _blocks(self.text)
        count = 0
        while count < len(blocks) and heading_shaped(blocks[count].slice(self.text)):
            count += 1
        self.front = [span.slice(self.text) for span in blocks[:count]]
        for number, span in enumerate(blocks[count:], start=1):
            self._paragraph(number, span)

    def _started(self) -> bool:
        return bool(self.items or self.sections or self.paragraphs)

    def add(self, span: Span) -> None:
        block = span.slice(self.text)
        start = self.outline.match(block)
        if start is None:
            if _ANNEX.match(block) and self._started():
                self.in_annex = True
            elif self.in_annex:
                pass
            elif self.unnumbered and self._started():
                self._paragraph(len(self.paragraphs) + 1, span)
            elif self.paragraphs:
                self._extend(span)
            elif not self._started():
                self.front.append(block)
            return
        self.outline.advance(start)
        if start.kind == "paragraph":
            self.in_annex = False
            self._paragraph(int(start.label), Span(span.start + start.body, span.end))
        elif start.kind == "item":
            self.items.append(AgendaItem(start.label, start.title, span))
        else:
            self.sections.append(Section(start.label, start.title, span, self.outline.item))


def segment(text: str, identifier: str, source: str, encoding: str = "utf-8") -> Document:
    """Segment cleaned ``text`` into a Document; raise InputError when it holds no paragraph."""
    builder = _Builder(text, unnumbered=False)
    for span in _blocks(text):
        builder.add(span)
    if not builder.paragraphs:
        builder = _Builder(text, unnumbered=True)
        for span in _blocks(text):
            builder.add(span)
        builder.split_front()
    if not builder.paragraphs:
        raise InputError(f"{source}: no paragraph found in the report")
    title, date = _title_and_date(builder.front)
    return Document(
        identifier=identifier,
        title=title or identifier,
        text=text,
        source=source,
        encoding=encoding,
        date=date,
        items=tuple(builder.items),
        sections=tuple(builder.sections),
        paragraphs=tuple(builder.paragraphs),
    )
