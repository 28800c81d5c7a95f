"""The document stage's output: a cleaned report cut into its parts.

Every span is a pair of character offsets into ``Document.text`` (the cleaned
text), end exclusive, so ``document.text[start:end]`` is exactly the part.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into a text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """An agenda item heading such as "Item 2. Preparations for ...".

    ``number`` is the item's number as written ("2"); ``title`` the heading text
    after it, on one line; ``span`` covers the whole heading in the cleaned text.
    """

    number: str
    title: str
    span: Span

    @property
    def heading(self) -> str:
        return f"Item {self.number}. {self.title}"


@dataclass(frozen=True, slots=True)
class Section:
    """A lettered section heading such as "(c) Denying safe havens ...".

    ``letter`` is the letter without parentheses ("c"); ``item`` the number of
    the agenda item it sits under (None when the report has no items).
    """

    letter: str
    title: str
    span: Span
    item: str | None = None

    @property
    def heading(self) -> str:
        return f"({self.letter}) {self.title}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A numbered paragraph.

    ``span`` covers the paragraph's body in the cleaned text, after its number
    and the spaces that follow it; ``text`` equals ``document.text[span.start:span.end]``.
    ``item`` and ``section`` name the headings it sits under (None when absent).
    """

    number: int
    text: str
    span: Span
    item: str | None = None
    section: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned, segmented meeting report.

    ``identifier`` is the short identifier (by default the file's stem);
    ``text`` the cleaned text all spans point into; ``source`` where it was read from.
    """

    identifier: str
    title: str
    text: str
    source: str
    encoding: str = "utf-8"
    date: str | None = None
    items: tuple[AgendaItem, ...] = field(default_factory=tuple)
    sections: tuple[Section, ...] = field(default_factory=tuple)
    paragraphs: tuple[Paragraph, ...] = field(default_factory=tuple)

    def section_of(self, paragraph: Paragraph) -> Section | None:
        for section in self.sections:
            if (section.item, section.letter) == (paragraph.item, paragraph.section):
                return section
        return None

    def item_of(self, paragraph: Paragraph) -> AgendaItem | None:
        for item in self.items:
            if item.number == paragraph.item:
                return item
        return None
