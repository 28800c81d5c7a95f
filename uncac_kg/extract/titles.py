"""Titles of publications, read after the word that introduces them.

Reports name studies, guides and toolkits by their titles, which have no head
word to type them: "the StAR study The Puppet Masters: How the Corrupt Use
Legal Structures to Hide Stolen Assets", "the toolkit Naming, Shaming and Ending
Sextortion", "the publication entitled Getting the Full Picture on Public
Officials: A How-To Guide for Effective Financial Disclosure". A title runs on
through capitalized words, the small words between them, numbers, and a
subtitle after a colon or an exclamation mark; it ends at the first other
lower-case word or punctuation mark. A publication named by its head goes on
through its subtitle too: "the Asset Recovery Handbook: A Guide for
Practitioners".
"""

from __future__ import annotations

from uncac_kg.extract.tokens import Token

#: Lower-case words after which a title is introduced: "the OECD study X", "the report X".
CUES = frozenset(
    "study publication report toolkit handbook guide paper book manual brochure compendium "
    "entitled titled".split()
)
#: Lower-case words a title may hold between its capitalized words.
_SMALL = frozenset(
    "of the and or on to for in with around a an through from by at against about into is are "
    "up out how what why when where who do it not its their our your beyond under over after "
    "before between without within vs".split()
)
#: Words after "and" that open a second name rather than go on with the title.
_SECOND_NAME = frozenset("to on for in with from at by".split())
#: Marks after which a subtitle begins.
_SUBTITLE = frozenset({":", "!", "?", "–", "—"})
_QUOTES = '“”"‘’'
#: Heads of publications whose subtitle is part of their name.
_PUBLICATION_HEADS = frozenset(
    "Handbook Guide Manual Toolkit Compendium Guidelines Study Report Guidebook Primer".split()
)
#: Small words inside a publication's name before its subtitle.
_NAME_WORDS = frozenset("of the and on for in to against".split())


def _capital(tok: Token) -> bool:
    return tok.text[0].isupper() or tok.text.isdigit()


def _title_end(tokens: list[Token], first: int) -> int:
    """The last token of the title that starts at ``first``."""
    n = len(tokens)
    last = first
    colons = 0
    words = 1
    listed = False  # a comma has listed parts of the title
    j = first + 1
    while j < n:
        tok = tokens[j]
        if tokens[j - 1].end != tok.start and tokens[j - 1].end + 1 != tok.start:
            break  # a line break or wide gap
        if _capital(tok):
            last, words, j = j, words + 1, j + 1
            continue
        if tok.text == "-" and j + 1 < n and tokens[j + 1].start == tok.end:
            last, j = j + 1, j + 2  # "How-To", "Non-Trial"
            continue
        ahead = j
        while ahead < n and tokens[ahead].text in _SMALL:
            ahead += 1
        if tok.text in ("and", "or") and ahead > j + 1 and tokens[j + 1].text in _SECOND_NAME:
            break  # "X and to the Guidebook on ...": a second name
        if tok.text == "and" and tokens[j + 1].text == "the" and words >= 3 and not listed:
            break  # "... A Guide for Practitioners and the Asset Recovery Watch": two names;
            # not "Teaching on Anti-Corruption, Values and the Rule of Law", a list
        if ahead > j and ahead < n and tokens[ahead].text[0].isupper():
            j = ahead  # "Breaking the Silence around Sextortion"
            continue
        if tok.text in _SUBTITLE and j + 1 < n and tokens[j + 1].text[0].isupper():
            colons += tok.text == ":"
            if colons > 1:
                break  # a second subtitle: a second title ("X: Y and Z: W")
            j += 1
            continue
        if (
            tok.text == ","
            and j + 1 < n
            and tokens[j + 1].text[0].isupper()
            and tokens[j + 1].text not in ("The", "A", "An")
            and (words <= 2 or colons)
        ):
            listed = True
            j += 1  # "Naming, Shaming and Ending Sextortion"; "...: Teaching on
            continue  # Anti-Corruption, Values and the Rule of Law"
        break
    return last


def publication_titles(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the titles introduced by a cue word in ``text``."""
    spans: list[tuple[int, int]] = []
    j = 0
    n = len(tokens)
    while j < n - 1:
        if tokens[j].text not in CUES:
            j += 1
            continue
        first = j + 1
        if tokens[first].text in ("entitled", "titled") and first + 1 < n:
            first += 1
        if tokens[first].text in _QUOTES and first + 1 < n:
            first += 1
        if not tokens[first].text[0].isupper():
            j = first
            continue
        last = _title_end(tokens, first)
        capitals = sum(1 for t in tokens[first : last + 1] if t.text[0].isupper())
        if capitals >= 2:
            spans.append((tokens[first].start, tokens[last].end))
        j = last + 1
    return spans


def subtitled_names(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token spans ``(first, last)`` of publications named by their head and a subtitle:
    "the Asset Recovery Handbook: A Guide for Practitioners"."""
    spans: list[tuple[int, int]] = []
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k].text != ":"
            or tokens[k - 1].text not in _PUBLICATION_HEADS
            or tokens[k - 1].end != tokens[k].start
            or not tokens[k + 1].text[0].isupper()
        ):
            continue
        first = k - 1
        while first > 0 and (
            tokens[first - 1].text[0].isupper() or tokens[first - 1].text in _NAME_WORDS
        ):
            first -= 1
        while tokens[first].text in _NAME_WORDS or tokens[first].text in ("The", "A"):
            first += 1
        last = _title_end(tokens, k + 1)
        if last > k + 1:
            spans.append((first, last))
    return spans
