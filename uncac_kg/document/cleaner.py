"""Clean text extracted from a report: one block (heading or paragraph) per line.

The rules, in order:

1. Newlines become ``\\n``; runs of spaces, tabs and other blanks become one space;
   each line is stripped; ligatures (``ﬁ``) are spelled out; control characters and
   zero-width characters are dropped; a soft hyphen at a line end joins the word. Every
   other character is kept as it is.
2. Double spacing: when at least 60% of the text lines are followed by an empty line and
   at least half of those neither end a sentence nor open a part (so they are wrapped
   lines), one empty line is an artefact of extraction and only runs of two or more
   empty lines break a block.
3. Page furniture is removed: lines made only of page numbers ("4", "- 4 -", "2/13"),
   document symbols ("CAC/COSP/2021/3"), job numbers ("V.20-06829 (E)"), bar codes
   ("*2006829*") and date stamps; rules ("-----", "***"); footnotes under a rule of
   underscores (lines opening with the note's number, up to the page's furniture or the
   next paragraph), and their numbers glued to the words they annotate above the rule
   ("corruption",1 and; "Register2 of"), each the first after the previous one; any line of
   two or more words repeated at least three times that neither ends a sentence nor opens a
   part (running titles); and a group of up to three short lines (under 3/4 of the usual
   line length) that do not end a sentence, beside a page number, other furniture or a form
   feed, when it does not continue the sentence: the text on either side of group and
   furniture runs on (the line before is open and the line after starts in lower case), or
   a sentence ends before them and a part opens after them.
4. A paragraph number or heading label alone on its line ("12.", "(b)", "IV.") is put
   before the text line that follows it. Lines are then joined into blocks. A block opens
   at a paragraph or heading that fits the numbering (see ``segmenter.Outline``) when its
   context allows it: a paragraph after a blank line, a finished sentence, a heading or a
   short line; a heading after a finished sentence or a heading. In the front matter a
   date or metadata line is a block of its own. An empty line ends a block unless the
   text runs on (the line before does not end a sentence and the next starts in lower
   case or with "("); a removed page break ends only a heading.
5. A line ending in a hyphen joins the next line without a space. The hyphen is dropped
   (a syllable split, "imple-/mentation") unless: the next part starts with a capital or
   digit ("COVID-19"); the first part holds a hyphen or digit or is an acronym
   ("state-owned-/companies"); the report itself writes the pair more often with a hyphen
   than as one word; or, failing that evidence, the first part is a common compound
   prefix or word (anti, non, co, self, well, cross, e, action, capacity, long, high, ...)
   or the second a common compound ending (based, building, oriented, owned, term, up,
   agency, ...). Prefixes that also end common syllables (inter-national, multi-lateral,
   follow-ing, state-ment) count only through the second list (inter-agency, follow-up,
   state-owned). Other lines join with one space.

Blocks are separated by one empty line. The clean text is canonical: all spans point into it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from itertools import pairwise

from uncac_kg.document.segmenter import DATE_LINE, META_LINE, Outline, Start, looks_like_start

PAGE = "\f"

_DROP = dict.fromkeys([*range(0, 9), 11, *range(14, 32), 127, 0x200B, 0xFEFF, 0xAD])
_LIGATURES = str.maketrans(
    # ligatures, and the Unicode hyphen and non-breaking hyphen ("Vice‑Minister") as "-"
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "\u2010": "-", "\u2011": "-", **_DROP}
)
_SOFT_BREAK = re.compile(r"\u00ad[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*")
_BLANKS = re.compile(r"[^\S\n\f]+")
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:/|of)\s*\d{1,3})?", re.I)
_FURNITURE = re.compile(
    r"[A-Z]{1,6}(?:/[A-Za-z0-9.-]*[A-Za-z0-9]){2,}|[A-Z]\.\d{2}-\d{4,6}|\*\d{5,9}\*"
    r"|\([A-Z]\)|\d{1,3}(?:/\d{1,3})?|\d{6}"
)
_RULE = re.compile(r"[-_*=–—•·. ]{3,}")
_CLOSED = re.compile(r"[.!?][”’\"')\]]*\d{0,2}$")
_HYPHEN_END = re.compile(r"(?P<first>[^\W_](?:[\w-]*[^\W_])?)-$")
_LABEL = re.compile(r"\d{1,3}\.|\([a-z]\)|[IVXLC]{1,7}\.|[A-Z]\.|Item \d{1,2}[a-z]?\.")
_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_WORD = re.compile(r"[^\W\d_]+")
# fmt: off
_PREFIXES = frozenset({
    "anti", "non", "co", "self", "well", "cross", "e", "action", "capacity", "long", "short",
    "high", "low", "all", "half",
})
_SECONDS = frozenset({
    "based", "related", "level", "term", "making", "building", "oriented", "owned", "up",
    "wide", "specific", "sensitive", "led", "free", "driven", "scale", "sharing", "funded",
    "border", "agency", "stakeholder", "sized",
})
# fmt: on


def _lines(raw: str) -> list[str]:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace(PAGE, f"\n{PAGE}\n")
    text = _SOFT_BREAK.sub("", text)
    lines = _BLANKS.sub(" ", text.translate(_LIGATURES)).split("\n")
    return [line if line == PAGE else line.strip() for line in lines]


def _closes(line: str) -> bool:
    return bool(_CLOSED.search(line))


def _collapse_double_spacing(lines: list[str]) -> list[str]:
    text = [i for i, line in enumerate(lines) if line and line != PAGE]
    spaced = [i for i in text if i + 1 < len(lines) and not lines[i + 1]]
    wrapped = [i for i in spaced if not _closes(lines[i]) and not looks_like_start(lines[i])]
    if len(text) < 4 or len(spaced) < 0.6 * len(text) or len(wrapped) < 0.5 * len(spaced):
        return lines
    out: list[str] = []
    empty = 0
    for line in lines:
        if not line:
            empty += 1
            continue
        if empty >= 2 and out:
            out.append("")
        empty = 0
        out.append(line)
    return out


def _attach_labels(lines: list[str]) -> list[str]:
    """Join a number or letter standing alone on its line to the text line after it."""
    out: list[str] = []
    skip = 0
    for i, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        j = i + 1
        while _LABEL.fullmatch(line) and j < len(lines) and not lines[j]:
            j += 1
        text = lines[j] if j < len(lines) else PAGE
        label = _LABEL.fullmatch(line) and not _LABEL.fullmatch(text)
        if label and text != PAGE and not looks_like_start(text):
            out.append(f"{line} {text}")
            skip = j - i
        else:
            out.append(line)
    return out


def _is_furniture(line: str) -> bool:
    if line == PAGE or _PAGE_NUMBER.fullmatch(line) or _RULE.fullmatch(line):
        return True
    return all(_FURNITURE.fullmatch(token) for token in line.split())


def _header_like(line: str, width: float) -> bool:
    return (
        bool(line)
        and line != PAGE
        and len(line) < 0.75 * width
        and line[-1] not in ".;:,!?"
        and not looks_like_start(line)
    )


def _skip_gaps(lines: list[str], index: int, step: int) -> int:
    while 0 <= index < len(lines) and (not lines[index] or lines[index] == PAGE):
        index += step
    return index


def _text_at(lines: list[str], index: int) -> str:
    return lines[index] if 0 <= index < len(lines) else ""


def _interrupting_group(lines: list[str], edge: int, step: int, width: float) -> list[int]:
    """Indices of the short lines beside the furniture line ``edge`` that interrupt the text."""
    j = _skip_gaps(lines, edge + step, step)
    group: list[int] = []
    while 0 <= j < len(lines) and len(group) < 3 and _header_like(lines[j], width):
        group.append(j)
        j += step
    if not group:
        return []
    beyond = _text_at(lines, _skip_gaps(lines, j, step))
    far = _text_at(lines, _skip_gaps(lines, edge - step, -step))
    before, after = (beyond, far) if step < 0 else (far, beyond)
    runs_on = bool(before) and not _closes(before) and after[:1].islower()
    restarts = _closes(before) and looks_like_start(after)
    return group if runs_on or restarts else []


def _running_title(line: str, counts: Counter[str]) -> bool:
    return counts[line] >= 3 and " " in line and line[-1] not in ".;:,!?"


def _width(lines: list[str]) -> int:
    """The usual length of a full text line (the third quartile)."""
    lengths = sorted(len(line) for line in lines if line and line != PAGE)
    return lengths[3 * len(lengths) // 4] if lengths else 0


#: The rule above a page's footnotes, and a footnote's opening: "1 See CAC/COSP/2023/15".
_FOOTNOTE_RULE = re.compile(r"_{5,}")
_FOOTNOTE = re.compile(r"(?:\*{1,3}|\d{1,3})\s+\S")


def _remove_footnotes(lines: list[str]) -> list[str]:
    """Drop the footnotes under a rule of underscores at a page's foot (see rule 3): the
    lines that open with a note's number or asterisk and the lines that go on from them, up
    to the page's furniture, a page break or the next paragraph or heading. The notes' numbers
    left glued to the words they annotate above the rule go too ("corruption",1 and)."""
    out = list(lines)
    marked = 0  # where the search for the next note's number in the text starts
    i = 0
    while i < len(out):
        if not _FOOTNOTE_RULE.fullmatch(out[i]):
            i += 1
            continue
        j = _skip_gaps(out, i + 1, 1)
        if j >= len(out) or not _FOOTNOTE.match(out[j]):
            i += 1
            continue
        rule = i
        out[i] = ""
        while j < len(out):
            line = out[j]
            if line == PAGE or _is_furniture(line) or looks_like_start(line):
                break
            if not line:
                ahead = _skip_gaps(out, j, 1)
                if ahead >= len(out) or not _FOOTNOTE.match(out[ahead]):
                    break
            number = _NOTE_NUMBER.match(line)
            if number:
                marked = _unmark(out, number.group(1), marked, rule)
            out[j] = ""
            j += 1
        i = j
    return out


#: A note's number at the start of its footnote, and glued to the word it annotates: after
#: a lower-case letter, a closing quote or bracket, or a punctuation mark, before a space or
#: a punctuation mark.
_NOTE_NUMBER = re.compile(r"(\d{1,3})\s+\S")
_GLUED_NOTE = r"(?<=[a-z)\]”’\".,;:]){}(?=[\s,.;:)]|$)"


def _unmark(lines: list[str], number: str, start: int, stop: int) -> int:
    """Remove the first glued reference to note ``number`` in ``lines[start:stop]``; the
    line after which to look for the next note's reference."""
    glued = re.compile(_GLUED_NOTE.format(re.escape(number)))
    for k in range(start, stop):
        found = glued.search(lines[k])
        if found:
            lines[k] = lines[k][: found.start()] + lines[k][found.end() :]
            return k
    return start


def _remove_furniture(lines: list[str]) -> list[str]:
    """Replace page furniture with PAGE and rules with an empty line (see rule 3)."""
    out = ["" if _RULE.fullmatch(line) else line for line in _remove_footnotes(lines)]
    edges = [i for i, line in enumerate(out) if line and _is_furniture(line)]
    at_edge = set(edges)
    counts = Counter(out)
    for i, line in enumerate(out):
        if not line or line == PAGE or looks_like_start(line):
            continue
        if i in at_edge or _running_title(line, counts):
            out[i] = PAGE
    width = _width(out)
    for edge in edges:
        for step in (-1, 1):
            for i in _interrupting_group(out, edge, step, width):
                out[i] = PAGE
    return out


def word_counts(text: str) -> Counter[str]:
    """Lower-case words of ``text`` and the hyphenated pairs inside compounds, counted."""
    counts: Counter[str] = Counter()
    for word in _COMPOUND.findall(text.lower()):
        counts[word] += 1
        parts = word.split("-")
        if len(parts) > 2:
            counts.update(f"{a}-{b}" for a, b in pairwise(parts))
    return counts


def keep_hyphen(first: str, second: str, evidence: Mapping[str, int] | None = None) -> bool:
    """Whether "first-" at a line end and "second" on the next line keep their hyphen.

    ``evidence`` holds the report's word counts (see ``word_counts``).
    """
    if not second[:1].islower():
        return True
    if "-" in first or any(c.isdigit() for c in first) or (len(first) > 1 and first.isupper()):
        return True
    counts = evidence or {}
    joined = counts.get(f"{first}-{second}".lower(), 0)
    solid = counts.get(f"{first}{second}".lower(), 0)
    if joined != solid:
        return joined > solid
    return first.lower() in _PREFIXES or second.lower() in _SECONDS


def _join(head: str, line: str, evidence: Mapping[str, int]) -> str:
    found = _HYPHEN_END.search(head)
    second = _WORD.match(line)
    if found and (second or line[:1].isdigit()):
        kept = keep_hyphen(found["first"], second.group() if second else line, evidence)
        return (head if kept else head[:-1]) + line
    return f"{head} {line}"


def _extent(lines: list[str], index: int) -> str:
    """The block that would open at ``index``: lines up to a gap or another opening."""
    parts = [lines[index]]
    for later in range(index + 1, len(lines)):
        line = lines[later]
        if not line or line == PAGE or looks_like_start(line):
            break
        parts.append(line)
    return " ".join(parts)


def _previous(lines: list[str], index: int) -> str:
    for back in range(index - 1, -1, -1):
        if lines[back] and lines[back] != PAGE:
            return lines[back]
    return ""


class _Joiner:
    """Joins cleaned lines into blocks (rules 4 and 5)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.width = _width(lines)
        self.evidence = word_counts("\n".join(lines))
        self.outline = Outline()
        self.kind = "front"  # kind of the open block: front, heading, paragraph or text
        self.gap = ""  # what lies between the open block and this line: "", blank or page

    def opening(self, index: int) -> Start | None:
        """The part opening at ``index``, when the numbering and the context allow it."""
        if not looks_like_start(self.lines[index]):
            return None
        start = self.outline.match(_extent(self.lines, index))
        if start is None:
            return None
        previous = _previous(self.lines, index)
        if self.kind in ("front", "heading") or _closes(previous):
            return start
        ended = bool(self.gap) or len(previous) < 0.75 * self.width
        return start if start.kind == "paragraph" and ended else None

    def runs_on(self, previous: str, line: str) -> bool:
        """Whether ``line`` continues the open block ending with ``previous``."""
        if not self.gap:
            return True
        if self.kind == "heading":
            return False
        if self.gap == "page":
            return True
        return not _closes(previous) and (line[:1].islower() or line.startswith("("))

    def blocks(self) -> list[str]:
        blocks: list[str] = []
        alone = False
        for index, line in enumerate(self.lines):
            if not line or line == PAGE:
                if blocks:
                    self.gap = "page" if line == PAGE or self.gap == "page" else "blank"
                continue
            start = self.opening(index)
            stands_alone = self.kind == "front" and bool(
                DATE_LINE.fullmatch(line) or META_LINE.match(line)
            )
            if start is not None:
                self.outline.advance(start)
                self.kind = "paragraph" if start.kind == "paragraph" else "heading"
                blocks.append(line)
            elif blocks and not (alone or stands_alone) and self.runs_on(blocks[-1], line):
                blocks[-1] = _join(blocks[-1], line, self.evidence)
            else:
                blocks.append(line)
                self.kind = "front" if self.kind == "front" else "text"
            self.gap, alone = "", stands_alone
        return blocks


def clean(raw: str) -> str:
    """The clean text of ``raw``: one block per line, blocks separated by an empty line."""
    lines = _attach_labels(_remove_furniture(_collapse_double_spacing(_lines(raw))))
    blocks = _Joiner(lines).blocks()
    return "\n\n".join(blocks) + "\n" if blocks else ""
