"""Proper names found by their shape: capitalized words ending in a head word.

A name is a run of capitalized words, possibly joined by connectors ("of",
"for", "and"...), hyphens, a possessive or a parenthesised insert, optionally
followed by a lower-case head ("the SIDNA databank", "the Open Data portal")
or a year ("Act 2019"). Its head word gives its type (``heads.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uncac_kg.extract.acronyms import spelled_by_acronym
from uncac_kg.extract.foreign import foreign_long_form, goes_on_in_another_language
from uncac_kg.extract.heads import (
    BODY_DOCUMENTS,
    COMPOUND_HEADS,
    CONNECTORS,
    FOREIGN_FIRST_HEADS,
    FOREIGN_LAST_HEADS,
    FOREIGN_LEADS,
    LEGAL_FORMS,
    LOWERCASE_HEADS,
    NON_NAME_STARTS,
    NUMBERED_HEADS,
    REGION_NAMES,
    head_type,
    legal_subtype,
)
from uncac_kg.extract.model import EntityType
from uncac_kg.extract.tokens import NAME_ABBREVIATIONS, Token, singular

_QUOTES = "“”\"‘’'"
_ORDINALS = re.compile(r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth)$", re.I)


_YEAR_RANGE = re.compile(r"(?:19|20)\d\d(?:\s?[–-]\s?(?:19|20)?\d\d)?\b")
_LAW_NUMBER = re.compile(
    r"No\.\s*\d(?:[\d./-]|,(?=\d{3}(?!\d)))*(?:-[A-Z]/\d+)?\d?(?:-[A-Z]{2,}\b)?"
    r"(?:/[A-Z]{2,}(?:-[A-Z]{2,})?\b)*(?:\s+of\s+(?:19|20)\d\d)?\b"
    r"|No\.\s*\d+\b"
    r"|CM/Rec\((?:19|20)\d\d\)\d+"
)
#: Verbs that may follow "to" inside a name ("Agency to Combat Corruption").
_INFINITIVES = frozenset(
    "prevent combat fight counter promote support monitor enhance strengthen protect end "
    "eradicate address recover return reduce improve advance assist facilitate investigate "
    "fast accelerate expedite implement achieve ensure foster build".split()
)
_MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
#: Second halves of regions named with "and the": "Asia and the Pacific".
_REGIONS_AFTER_AND = frozenset({"Pacific", "Caribbean"})
#: Lower-case words that never stand between a name and its lower-case head.
_NOT_MODIFIERS = frozenset(
    (
        "the a an of and or to in on for with by from at as is was are were be been has had "
        "have which that who its their his her this these those such other "
        # what speakers do: "Speakers from the Philippines described cases"
        "described presented noted highlighted discussed shared cited reviewed reported "
        "outlined explained mentioned recalled examined analysed analyzed illustrated provided "
        "said stressed emphasized emphasised underlined welcomed gave "
        "published investigated prosecuted handled pursued brought settled opened closed won "
        # and quantifiers: "the Ministry published all cases"
        "all some many several any no both each every most"
    ).split()
)
#: Heads a code or "No." number may follow inside a name ("Regulation No. 54",
#: "Recommendation CM/Rec(2014)7"); plain numbers after heads are heads.NUMBERED_HEADS.
_CODE_NUMBERED_HEADS = frozenset({"regulation", "recommendation"})
#: Heads a year may follow after a comma: "Companies Act, 2019".
_YEAR_AFTER_COMMA = frozenset("act law bill code ordinance decree regulations proclamation".split())


@dataclass(frozen=True, slots=True)
class NameChunk:
    """A run of tokens ``[first, last]`` that looks like a proper name."""

    first: int
    last: int
    text: str
    start: int
    end: int


def _capital(tok: Token) -> bool:
    t = tok.text
    if not t[0].isalnum():
        return False
    return (
        t[0].isupper()
        or (t[0].isdigit() and any(c.isupper() for c in t))
        or (len(t) > 2 and t[0] in "ei" and t[1].isupper())  # "eDisclosure", "iTrack"
        or t in LEGAL_FORMS  # written in lower case, part of a name: "Anglo American plc"
    )


def _year_first(tokens: list[Token], i: int) -> bool:
    """A year opening a name after "the": "the 2050 Strategy for the Blue Pacific Continent"."""
    return (
        0 < i < len(tokens) - 1
        and re.fullmatch(r"(?:19|20)\d\d", tokens[i].text) is not None
        and tokens[i - 1].text.lower() == "the"
        and tokens[i + 1].text[:1].isupper()
    )


def _quoted_capital(tokens: list[Token], i: int) -> bool:
    return tokens[i].text in _QUOTES and i + 1 < len(tokens) and _capital(tokens[i + 1])


def name_chunks(text: str, tokens: list[Token]) -> list[NameChunk]:
    """Maximal runs of capitalized words with their connectors."""
    chunks: list[NameChunk] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not (_capital(tokens[i]) or _quoted_capital(tokens, i) or _year_first(tokens, i)):
            i += 1
            continue
        first = i
        if (
            i >= 2
            and tokens[i - 1].text == "-"
            and tokens[i - 2].text in ("e", "m")
            and tokens[i - 2].end == tokens[i - 1].start
            and tokens[i - 1].end == tokens[i].start
        ):
            first = i - 2  # "the e-People portal", "the e-Procurement System"
        last = i
        j = i + 1
        while j < n:
            tok = tokens[j]
            gap = text[tokens[j - 1].end : tok.start]
            if len(gap) > 1 or "\n" in gap:
                break
            if (
                tok.text == "for"
                and j + 1 < n
                and _YEAR_RANGE.match(text, tokens[j + 1].start)
                and head_type(tokens[j - 1].text) is EntityType.INITIATIVE
            ):
                span = _YEAR_RANGE.match(text, tokens[j + 1].start)
                assert span is not None
                j += 1  # "Anti-Corruption Strategy for 2021–2025"
                while j < n and tokens[j].end <= span.end():
                    last, j = j, j + 1
                break
            if (
                tok.text == "of"
                and j + 1 < n
                and re.fullmatch(r"(?:19|20)\d\d", tokens[j + 1].text)
                and tokens[j - 1].text.lower() in _YEAR_AFTER_COMMA
            ):
                last, j = j + 1, j + 2  # "the Ombudsman Act of 1989"
                break
            numbered = _LAW_NUMBER.match(text, tok.start)
            if numbered and tokens[j - 1].text.lower() in _YEAR_AFTER_COMMA | _CODE_NUMBERED_HEADS:
                # "Presidential Regulation No. 54 of 2018", "Law No. 133/2016"
                while j < n and tokens[j].end <= numbered.end():
                    last, j = j, j + 1
                break
            if _capital(tok) or (
                tok.text in _QUOTES and (_capital(tokens[j - 1]) or _quoted_capital(tokens, j))
            ):
                last = j
                j += 1
                continue
            if (
                tok.text == "."
                and tokens[j - 1].text in NAME_ABBREVIATIONS
                and j + 1 < n
                and _capital(tokens[j + 1])
            ):
                j += 1  # "the U4 Anti-Corruption Resource Centre of the Chr. Michelsen Institute"
                continue
            if tok.text == "-" and j + 1 < n and tokens[j + 1].is_word and not gap:
                j += 2  # "Anti-Corruption", "Inter-agency", "I-24/7"
                if tokens[j - 1].text[0].isdigit() or _capital(tokens[j - 1]):
                    last = j - 1
                continue
            if (
                tok.text.lower() == "and"
                and j + 2 < n
                and tokens[j + 1].text.lower() in ("to", "of", "on", "for", "in", "with")
                and tokens[j + 2].text.lower() == "the"
            ):
                break  # "the EU Network against Corruption and to the Egmont Centre": two names
            if (
                tok.text == "and"
                and j >= first + 3
                and tokens[j - 1].text in REGION_NAMES
                and tokens[j - 2].text == "in"
                and j + 1 < n
                and _capital(tokens[j + 1])
                and not any(t.text in REGION_NAMES for t in tokens[j + 1 : j + 3])
            ):
                break  # "Migrant Forum in Asia and Anti-Slavery International": where the
                # first body is ends its name; not "in Asia and the Pacific"
            if tok.text.lower() == "and" and j + 1 < n and tokens[j + 1].text.lower() == "the":
                if j + 2 < n and tokens[j + 2].text in _REGIONS_AFTER_AND:
                    j += 2  # "for Southeast Asia and the Pacific", "Latin America and the
                    continue  # Caribbean": one region
                if _topic_goes_on(tokens, first, j + 2):
                    j += 2  # "Federal Act on the Freezing and the Restitution of ..."
                    continue
                break  # "the Egmont Group and the Financial Action Task Force": two names
            if (
                tok.text == "by"
                and j + 1 < n
                and _capital(tokens[j - 1])
                and _capital(tokens[j + 1])
                and any(head_type(t.text) is not None for t in tokens[j + 1 : j + 4])
            ):
                j += 1  # "Citizenship by Investment Programme": a kind of scheme, by name
                continue
            if (
                tok.text.lower() in _PARTICIPLES
                and j + 2 < n
                and tokens[j + 1].text.lower() in ("by", "to")
                and _capital(tokens[j + 2])
                and _head_then_topic(tokens, first, j)
            ):
                j += 2  # "... of Illicit Assets held by Foreign Politically Exposed Persons"
                continue
            if (
                tok.text == "to"
                and j == first + 1
                and j + 2 < n
                and tokens[j + 1].text == "the"
                and head_type(tokens[first].text) is None
            ):
                break  # "the delegate of Zambia to the Forfeiture of Proceeds of Crime Act"
            if (
                tok.text.lower() in ("to", "from")
                and head_type(tokens[j - 1].text) is not None
                and j + 1 < n
                and tokens[j + 1].text.lower() not in _INFINITIVES
            ):
                # "from the Civil Service Bureau to the Anti-Corruption Bureau", "the support
                # of the Office to States"; not "Global Programme to Prevent and Combat ..."
                break
            if (
                tok.text == ","
                and j + 4 < n
                and [t.text for t in tokens[j + 1 : j + 3]] == ["etc", "."]
                and tokens[j + 3].text in ("of", "for", "on")
                and _capital(tokens[j + 4])
            ):
                j += 4  # "Act on the Aggravated Punishment, etc. of Specific Economic Crimes"
                continue
            if (
                tok.text == ","
                and not _after_honorific(tokens, first)
                and _listed_name(
                    tokens, j, _body_then_topic(tokens, first, j) or _acts_listed(tokens, first, j)
                )
            ):
                j += 1  # "Fund for Rehabilitation, Social Investment and Fight ... (FRISCO)"
                continue
            if (
                tok.text == "against"
                and j + 1 < n
                and tokens[j + 1].text == "corruption"
                and head_type(tokens[j - 1].text) is not None
            ):
                last = j + 1  # "the EU Network against corruption"
                j += 2
                break
            parties = _parties(tokens, first, j)
            if parties is not None:
                last, j = parties - 1, parties  # "Treaty between the Government of X and
                continue  # the Government of Y for the Extradition of Fugitives"
            if (
                tok.text in ("through", "between", "concerning", "regarding")
                and j + 2 < n
                and (
                    _capital(tokens[j + 1])
                    or (
                        tok.text in ("concerning", "regarding")
                        and tokens[j + 1].text == "the"
                        and _capital(tokens[j + 2])
                    )
                )
                and (_head_then_topic(tokens, first, j) or _acronym_and_head_ahead(tokens, j + 1))
            ):  # also "Act on Special Cases concerning the Confiscation and Return of ..."
                # "Global Programme to Prevent and Combat Corruption through Effective
                # Implementation of the ...", "Convention on the Use of Videoconference in
                # International Cooperation between Justice Systems"
                j += 1
                continue
            if (
                tok.text.lower() in CONNECTORS
                and j + 2 < n
                and tokens[j + 1].text in _MONTHS
                and tokens[j + 2].text[:1].isdigit()
            ):
                break  # "the House of Representatives in May 2023": a date, not the name
            if tok.text == "into" and head_type(tokens[j - 1].text) is not None:
                break  # "transferred by the X Authority into the Y Fund": two names; not
                # "Commission of Inquiry into Allegations of State Capture"
            if tok.text == "in" and _case_ahead(tokens, j + 1):
                break  # "the Public Prosecutor's Office of Peru in the Odebrecht case": two
            if tok.text.lower() in CONNECTORS or tok.text == "&":
                j += 1
                continue
            if tok.text == "or" and _acronym_spells_across(tokens, first, j):
                j += 1  # "Commission to Investigate Allegations of Bribery or Corruption
                continue  # (CIABOC)": its acronym spells the words after "or" too
            if tok.text in ("a", "an") and tokens[j - 1].text in ("of", "for", "to"):
                j += 1  # "Initiative for the Establishment of a Global Operational Network"
                continue
            if (
                tok.text.isdigit()
                and len(tok.text) <= 3
                and tokens[j - 1].text.lower() in NUMBERED_HEADS
            ):
                last = j  # "FATF Recommendation 24", "Sustainable Development Goal 16"
                j += 1
                break
            if tok.text == "(":
                close = _paren_insert(tokens, j)
                if close is not None and tokens[close + 1].text == "(":
                    last, j = close, close + 1  # another insert follows
                    continue
                if close is not None:
                    last = close + 1
                    j = close + 2
                    continue
            if tok.text.isdigit() and len(tok.text) == 4 and _capital(tokens[j - 1]):
                last = j  # "Act 2019"
                j += 1
                span = _YEAR_RANGE.match(text, tok.start)
                if span:  # "Strategy 2019–2022"
                    while j < n and tokens[j].end <= span.end():
                        last, j = j, j + 1
                if _event_goes_on(tokens, first, j) or _dated_name_goes_on(tokens, j):
                    continue  # "the Brisbane 2032 Olympic and Paralympic Games"
                break
            if (
                tok.text == ","
                and tokens[j - 1].text.lower() in _YEAR_AFTER_COMMA
                and j + 1 < n
                and re.fullmatch(r"(?:19|20)\d\d", tokens[j + 1].text)
            ):
                last = j + 1  # "Prevention of Organised Crime Act, 1998"
                j += 2
                break
            break
        last = foreign_long_form(tokens, first, last)
        # a lower-case head right after the capitalized run: "SIDNA databank", "Prozorro
        # electronic procurement system"
        if (
            last + 4 < n
            and tokens[last + 1].text == "("
            and tokens[last + 3].text == ")"
            and sum(c.isupper() for c in tokens[last + 2].text) >= 2
            and tokens[last + 4].text in LOWERCASE_HEADS
        ):  # "the Monitoring of Recovered Assets (MANTRA) project"
            last += 4
        for extra in range(5):  # (a hyphenated modifier counts: "ARACHNE risk-scoring tool")
            k = last + 1 + extra
            if k >= n or not all(_lower_modifier(text, tokens, i) for i in range(last + 1, k + 1)):
                break
            if tokens[k].text in LOWERCASE_HEADS or tokens[k].text == "cases":
                last = k  # "the Glencore cases": the case, however many proceedings
                break
        first, last = _trim(tokens, first, last)
        if first > 0 and tokens[first - 1].text.isdigit() and tokens[first].text.lower() != "case":
            first = last + 1  # "18 Iberoamerican Prosecutor’s Offices": a count, not a name
        if first <= last:
            start, end = tokens[first].start, tokens[last].end
            chunks.append(NameChunk(first, last, text[start:end], start, end))
        i = max(j, last + 1, i + 1)
    return chunks


def _case_ahead(tokens: list[Token], k: int) -> bool:
    """Whether a case named by its capitalized words and "case" starts at ``k``: "the
    Odebrecht case"."""
    if k < len(tokens) and tokens[k].text == "the":
        k += 1
    while k < len(tokens) and _capital(tokens[k]):
        k += 1
    return (
        k < len(tokens) and tokens[k].text in ("case", "cases") and tokens[k - 1].text[:1].isupper()
    )


def _event_goes_on(tokens: list[Token], first: int, j: int) -> bool:
    """Whether an event's name goes on after a place and a year: "Brisbane 2032 Olympic and
    Paralympic Games" (not "Act 2019", a law's year)."""
    if j >= len(tokens) or not _capital(tokens[j]) or head_type(tokens[j - 2].text) is not None:
        return False
    for k in range(j, min(len(tokens), j + 6)):
        if head_type(tokens[k].text) is EntityType.MEETING:
            return True
        if not (_capital(tokens[k]) or tokens[k].text in ("and", "-")):
            return False
    return False


def _dated_name_goes_on(tokens: list[Token], j: int) -> bool:
    """Whether a head word right after a dated title's year heads the name: "Vision 2030
    Fund", "Vision 2030 Programme Office" (not a law's "Act 2019 Regulations")."""
    before = head_type(tokens[j - 2].text)
    return (
        j < len(tokens)
        and _capital(tokens[j])
        and before not in (None, EntityType.LEGAL_INSTRUMENT)
        and head_type(tokens[j].text) not in (None, EntityType.LEGAL_INSTRUMENT)
    )


def purpose_title(tokens: list[Token], first: int, stop: int) -> bool:
    """Whether the words open with a programme's head and its purpose ("Global Programme to
    Prevent and Combat Corruption"): such a title reads on through the names inside it."""
    return any(
        (
            head_type(tokens[k].text) is EntityType.INITIATIVE
            or (head_type(tokens[k].text) is not None and tokens[k + 2].text[:1].isupper())
        )  # also "Regional Platform to Fast-Track the Implementation of the ..."
        and tokens[k + 1].text == "to"
        and tokens[k + 2].text.lower() in _INFINITIVES
        for k in range(first, min(stop, len(tokens) - 2))
    )


def _lower_modifier(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` may stand between a name and its lower-case head: a lower-case
    word after a space, or a part of a hyphenated one ("risk-scoring")."""
    gap = text[tokens[i - 1].end : tokens[i].start]
    if tokens[i].text == "-":
        return not gap and i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end
    joined = not gap and tokens[i - 1].text == "-"
    return (
        (gap == " " or joined)
        and tokens[i].text.isalpha()
        and tokens[i].text.islower()
        and tokens[i].text not in _NOT_MODIFIERS
    )


def _after_honorific(tokens: list[Token], first: int) -> bool:
    """Whether the run starts with a person's name ("Mr. Alain Duret, Director General, ...")."""
    k = first - 1
    if k > 0 and tokens[k].text == ".":
        k -= 1  # "Mr" "." "Alain"
    return k >= 0 and tokens[k].text.rstrip(".") in _HONORIFICS


#: Honorifics before a person's name (compared without their full stop).
_HONORIFICS = frozenset("Mr Ms Mrs Dr Prof Professor Hon Sir Dame H.E E".split())


def _listed_name(tokens: list[Token], j: int, topic: bool = False) -> bool:
    """Whether the comma at ``j`` separates items of a list inside one long name: capitalized
    items, the last after "and", the whole followed by its acronym in parentheses; or, after
    a head and its topic (``topic``: "Ministry of Foreign Affairs, International Trade and
    Worship"), items with no head of their own."""
    if head_type(tokens[j - 1].text) is not None or not _capital(tokens[j + 1]):
        return False  # "the X Office, the Y Court and ...": a list of names
    k = j
    seen_and = False
    headless = items_headless = True
    while k < len(tokens) and k - j < 30:
        t = tokens[k]
        if head_type(t.text) is not None:
            headless = False
        if topic and seen_and and headless and not (_capital(t) or t.text in "-("):
            return _capital(tokens[k - 1])
        if (
            not topic
            and seen_and
            and items_headless
            and head_type(t.text) is not None
            and tokens[k - 1].text.lower() != "and"
        ):
            return True  # headless items, then the head of them all: "Small Business,
            # Enterprise and Employment Act 2015"
        if not seen_and and head_type(t.text) is not None:
            items_headless = False
        if t.text == "(":
            close = k + 2 < len(tokens) and tokens[k + 2].text == ")"
            return seen_and and close and sum(c.isupper() for c in tokens[k + 1].text) >= 2
        if t.text.lower() == "and":
            seen_and = True
            if k + 1 < len(tokens) and tokens[k + 1].text.lower() == "the":
                if not _topic_goes_on(tokens, j - 1, k + 2, need_head=False):
                    return False
                k += 1
        elif not (
            t.text == ","
            or _capital(t)
            or t.text.lower() in CONNECTORS
            or t.text == "-"
            or tokens[k - 1].text == "-"
        ):
            return False
        k += 1
    return False


#: Participles that continue the topic of a law's title ("Assets held by Foreign ...").
_PARTICIPLES = frozenset("held committed related relating owned".split())
#: Nouns of action that continue a title's topic after "and the" ("... and the Restitution
#: of Illicit Assets", "... and the Fight against Organized Crime").
_ACTION_NOUN = re.compile(r"(?:tion|sion|ment|ing|ance|ence|ery|al|ure)$|^(?:Fight|Return|Use)$")


def _head_then_topic(tokens: list[Token], first: int, stop: int) -> bool:
    """Whether the name opens with its head and then its topic ("Act on ...", "Fund for ...")."""
    return any(
        head_type(tokens[k].text) is not None
        and tokens[k + 1].text.lower() in ("on", "for", "of", "against", "to")
        for k in range(first, stop - 1)
    )


def _acronym_and_head_ahead(tokens: list[Token], k: int) -> bool:
    """Whether capitalized words from ``k`` run to an acronym in parentheses and then a head:
    "Monitoring of Recovered Assets through Transparency and Accountability (MANTRA)
    project" is one name, which its head ends."""
    while k < len(tokens) and (_capital(tokens[k]) or tokens[k].text.lower() in CONNECTORS):
        k += 1
    return (
        k + 3 < len(tokens)
        and tokens[k].text == "("
        and tokens[k + 2].text == ")"
        and sum(c.isupper() for c in tokens[k + 1].text) >= 2
        and head_type(tokens[k + 3].text) is not None
        and (tokens[k + 3].text[:1].isupper() or tokens[k + 3].text in LOWERCASE_HEADS)
    )


def _body_then_topic(tokens: list[Token], first: int, stop: int) -> bool:
    """Whether the name opens with a body's, a programme's or a meeting's head and then its
    topic ("Ministry of ...", "Global Programme against ...", "Conference on ..."); not an
    instrument's ("Convention against Corruption, Kenya and Ghana" lists States after the
    name)."""
    return any(
        (
            head_type(tokens[k].text) in (EntityType.ORGANIZATION, EntityType.INITIATIVE)
            and tokens[k + 1].text.lower() in ("on", "for", "of", "against")
        )  # also a meeting's topic: "International Conference on Government, Crime, ..."
        or (head_type(tokens[k].text) is EntityType.MEETING and tokens[k + 1].text == "on")
        for k in range(first, stop - 1)
    )


def _parties(tokens: list[Token], first: int, j: int) -> int | None:
    """Where the parties of a treaty named by them end, if "between" at ``j`` names them:
    "Extradition Treaty between the United States of America and the Republic of Peru",
    "Treaty between Switzerland and the United States of America on Mutual Assistance"."""
    if tokens[j].text != "between" or not any(
        head_type(tokens[k].text) is EntityType.LEGAL_INSTRUMENT for k in range(first, j)
    ):
        return None
    k = j + 1
    for party in range(2):
        if k < len(tokens) and tokens[k].text == "the":
            k += 1
        if k >= len(tokens) or not _capital(tokens[k]):
            return None
        while k < len(tokens) and (
            _capital(tokens[k])
            or tokens[k].text in ("’", "'", "-")
            or (
                tokens[k].text in ("of", "the")
                and k + 1 < len(tokens)
                and (_capital(tokens[k + 1]) or tokens[k + 1].text == "the")
            )
        ):
            k += 1
        if party == 0:
            if k >= len(tokens) or tokens[k].text != "and":
                return None
            k += 1
    return k


def named_by_parties(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name ``[first, last]`` is a treaty named by its parties: one name, not
    split at its "and" or at its States."""
    return any(
        tokens[j].text == "between" and (_parties(tokens, first, j) or 0) > j
        for j in range(first + 1, last)
    )


def _acts_listed(tokens: list[Token], first: int, j: int) -> bool:
    """Whether the comma at ``j`` lists acts in an instrument's topic: "Convention on the
    Prevention, Punishment and Eradication of Violence against Women", "Protocol for the
    Prevention, Attention and Sanction of ..." (not "Convention against Corruption, Kenya
    and Ghana", States listed after it)."""
    return (
        j + 1 < len(tokens)
        and _ACTION_NOUN.search(tokens[j - 1].text) is not None
        and _ACTION_NOUN.search(tokens[j + 1].text) is not None
        and head_type(tokens[j + 1].text) is None
        and any(
            head_type(tokens[k].text) is EntityType.LEGAL_INSTRUMENT
            and tokens[k + 1].text.lower() in ("on", "for", "of", "against")
            for k in range(first, j - 1)
        )
    )


def _topic_goes_on(tokens: list[Token], first: int, at: int, need_head: bool = True) -> bool:
    """Whether the words at ``at``, after "and the", go on with the topic of the name begun at
    ``first`` rather than start a second name: a noun of action that does not open a name of
    its own ("... and the Restitution of", not "... and the Implementation Review Group")."""
    if at >= len(tokens) or not _capital(tokens[at]) or not _ACTION_NOUN.search(tokens[at].text):
        return False
    if head_type(tokens[at].text) is not None:
        return False  # "the Law on X and the Regulation on Y": two instruments
    if need_head and not _head_then_topic(tokens, first, at - 2):
        return False
    k = at
    while k + 1 < len(tokens) and (_capital(tokens[k + 1]) or tokens[k + 1].text == "-"):
        k += 1
    return k == at or head_type(tokens[k].text) is None


def _paren_insert(tokens: list[Token], j: int) -> int | None:
    """A capitalized insert in parentheses: "Proceeds of Crime (Recovery ...) Agency Bill"."""
    k = j + 1
    while k < len(tokens) and tokens[k].text != ")" and k - j < 14:
        if not (
            _capital(tokens[k])
            or tokens[k].text.lower() in CONNECTORS
            or tokens[k].text == "-"
            or tokens[k - 1].text == "-"  # "(International Co-operation)"
        ):
            return None
        k += 1
    if k >= len(tokens) or tokens[k].text != ")" or k + 1 >= len(tokens):
        return None
    if k == j + 1 or not (
        _capital(tokens[k + 1])
        or (tokens[k + 1].text == "(" and _paren_insert(tokens, k + 1) is not None)
    ):  # "Civil Asset Recovery (International Co-operation) (Jersey) Law 2007"
        return None
    if k == j + 2 and sum(c.isupper() for c in tokens[j + 1].text) >= 2:
        return None  # an acronym: "Stolen Asset Recovery (StAR) Initiative" is handled apart
    return k


def _trim(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    if first < last and tokens[first + 1].text == "-" and tokens[first].text in ("e", "m"):
        return first, last  # "e-People portal": a prefix, not a connector
    while first <= last and (
        tokens[first].text.lower() in NON_NAME_STARTS
        or tokens[first].text.lower() in CONNECTORS
        or tokens[first].text in _QUOTES + "-&"
        or tokens[first].text in ("a", "an")
        or _ORDINALS.match(tokens[first].text)
    ):
        first += 1
    while last >= first and (
        tokens[last].text.lower() in CONNECTORS
        or tokens[last].text in ("a", "an")
        or tokens[last].text in "-&“‘\"'"
    ):
        last -= 1
    return first, last


@dataclass(frozen=True, slots=True)
class TypedName:
    """A name's type from its head word; ``words`` > 0 when only the last ``words`` words
    of the run are the name ("Effective Implementation of the Doha Declaration")."""

    type: EntityType
    subtype: str | None
    head: str
    words: int = 0


def type_of_name(words: list[str]) -> TypedName | None:
    """The type of a name from its head word: the last word, or the word before "of"/"for"."""
    typed = _typed_by_head(words)
    if (
        typed is not None
        and typed.head.lower() in ("platform", "platforms")
        and "regional" in (w.lower() for w in words)
    ):  # "Southeast Asia Regional Platform to Fast-Track ...": States meeting as a platform
        return TypedName(EntityType.INITIATIVE, None, typed.head, typed.words)
    return typed


def _typed_by_head(words: list[str]) -> TypedName | None:
    if "(" in words[1:] and ")" in words and words.index(")") < len(words) - 1:
        # "Constitutional Amendment (Independent Commission Against Corruption) Law 2014":
        # what the insert names is not what the name is
        opens, closes = words.index("(", 1), words.index(")")
        if opens < closes:
            words = words[:opens] + words[closes + 1 :]
    at = [i for i, w in enumerate(words) if w[0].isalnum()]  # where each clean word stands
    clean = [words[i] for i in at]
    if not clean:
        return None
    if (
        len(clean) >= 3
        and re.fullmatch(r"(?:19|20)\d\d", clean[-1])
        and head_type(clean[-3]) is EntityType.MEETING
        and head_type(clean[-2]) is None
    ):  # an event named by its place and year: "Olympic and Paralympic Games Paris 2024"
        return TypedName(EntityType.MEETING, None, clean[-3])
    lowered = [w.lower() for w in clean]
    if "no" in lowered[1:]:  # "Presidential Regulation No. 54 of 2018": named by its number
        return type_of_name(clean[: lowered.index("no", 1)])
    if "cm" in lowered[1:] and lowered[lowered.index("cm", 1) - 1] in _CODE_NUMBERED_HEADS:
        return type_of_name(clean[: lowered.index("cm", 1)])  # "... Recommendation CM/Rec(..)"
    for k in range(1, len(clean) - 2):
        if lowered[k : k + 2] == ["of", "the"] and not any(
            head_type(w) for w in clean[:k] if w.lower() not in BODY_DOCUMENTS
        ):  # also "Report of the Implementation Review Group": the body's report
            inner = type_of_name(words[at[k + 2] :])  # "Implementation of the Doha
            # Declaration"; "Ms. A of the Directorate-General for Justice", hyphen kept
            if inner is not None:
                return TypedName(inner.type, inner.subtype, inner.head, len(clean) - k - 2)
            break
    if _PERSON_TITLE.match(" ".join(lowered)):
        return None  # "Senior Prosecutor", "Associate Professor of Criminal Law": a person's
    lead = 1 if len(clean) > 2 and lowered[0] in FOREIGN_LEADS else 0  # "Haute Autorité ..."
    foreign = FOREIGN_FIRST_HEADS.get(lowered[lead]) if len(clean) > 1 else None
    if foreign is not None and lowered[lead + 1] not in ("of", "for", "on"):
        return TypedName(foreign, None, clean[lead])  # "Fiscalía General de la Nación"
    opening = head_type(clean[lead])
    if opening is not None and goes_on_in_another_language(clean[lead + 1 : lead + 3]):
        return TypedName(opening, None, clean[lead])  # "Office National de Lutte contre ..."
    foreign = FOREIGN_LAST_HEADS.get(lowered[-1]) or next(
        (
            FOREIGN_LAST_HEADS[w]
            for w in lowered[:-1]
            if w in FOREIGN_LAST_HEADS and "für" in lowered
        ),
        None,
    )
    if foreign is not None:  # "Deutsche Gesellschaft für Internationale Zusammenarbeit"
        return TypedName(foreign, None, clean[-1])
    if len(clean) > 2 and clean[-1].isdigit():
        dated = type_of_name(clean[:-1])  # "Office of the Special Prosecutor Act, 2017":
        if dated is not None and dated.type is EntityType.LEGAL_INSTRUMENT:  # an act of a
            return dated  # year, whatever its title's words name
    last = clean[-1]
    t = head_type(last)
    if last == "cases":
        return TypedName(EntityType.CASE, None, "case")
    if last.lower() in ("law", "laws") and len(clean) > 2 and lowered[-2] in ("in", "of"):
        t = None  # "Senior Lecturer in Law", "Faculty of Law": not a law
    if last.lower() == "law" and len(clean) > 2:
        body = _head_before_preposition(_hyphens_joined(words))
        if body is not None and body.type is EntityType.ORGANIZATION:
            return body  # "Directorate of International Law", "Institute of Criminal Law"
    if len(clean) > 1:
        compound = COMPOUND_HEADS.get((lowered[-2], singular(lowered[-1])))
        if compound is not None:
            return TypedName(compound, None, last)
        if t is EntityType.MEETING and lowered[-1] == "forum" and clean[-2][:1].isupper():
            return TypedName(EntityType.ORGANIZATION, None, last)  # "Pacific Islands Forum"
    if t is EntityType.LEGAL_INSTRUMENT and lowered[-1].endswith("s") and len(clean) > 2:
        t_before = _head_before_preposition(clean)  # "Unified State Register of Declarations":
        if t_before is not None:  # a register of laws is a register; a law is named singly
            return t_before
    if t is EntityType.LEGAL_INSTRUMENT or (t is not None and not _has_preposition(clean)):
        return TypedName(t, legal_subtype(last) if t is EntityType.LEGAL_INSTRUMENT else None, last)
    before = _head_before_preposition(_hyphens_joined(words))
    if before is not None:
        return before
    if t is not None:
        return TypedName(t, None, last)
    if last.isdigit() and len(clean) > 1:
        return type_of_name(clean[:-1])
    return None


#: A person's title written like a name: a rank and a person's noun, nothing after, or an
#: academic post and its subject.
_PERSON_TITLE = re.compile(
    r"(?:(?:senior|deputy|assistant|associate|principal|chief|lead|special|former)\s+)+"
    r"(?:prosecutor|commissioner|counsel|adviser|advisor|investigator|judge|auditor|inspector)s?$"
    r"|(?:(?:senior|associate|assistant|full|visiting|adjunct|emeritus)\s+)*"
    r"(?:professor|lecturer|reader|fellow|researcher)\s+(?:of|in)\s"
)


def _acronym_spells_across(tokens: list[Token], first: int, k: int) -> bool:
    """Whether the words from ``first`` through the capitalized words after ``k`` are
    spelled by an acronym in parentheses right after them."""
    end = k + 1
    while end < len(tokens) and (_capital(tokens[end]) or tokens[end].text.lower() in CONNECTORS):
        end += 1
    return end > k + 1 and spelled_by_acronym(tokens, first, end - 1)


def _hyphens_joined(words: list[str]) -> list[str]:
    """The words with hyphenated ones whole again: "Directorate-General", not "General"."""
    out: list[str] = []
    for w in words:
        if (w == "-" and out) or (out and out[-1].endswith("-") and w[0].isalnum()):
            out[-1] += w
        elif w[0].isalnum():
            out.append(w)
    return out


def head_before(head: str, preposition: str) -> EntityType | None:
    """The type ``head`` gives a name it opens before ``preposition``: a forum of members or
    for a cause is a body ("International Forum of Sovereign Wealth Funds", "Civil Forum for
    Asset Recovery"), one on a topic is held ("Global Forum on Asset Recovery")."""
    h = head_type(head)
    if h is EntityType.MEETING and head.lower() == "forum" and preposition.lower() != "on":
        return EntityType.ORGANIZATION
    return h


def _head_before_preposition(words: list[str]) -> TypedName | None:
    """The type the word before a name's first preposition gives ("Office for X")."""
    for k, w in enumerate(words):
        if w.lower() in {"of", "for", "on", "to", "against", "in"} and k > 0:
            h = head_before(words[k - 1], w)
            if h is None and w.lower() == "against" and words[k - 1] in ("Parties", "Partners"):
                h = EntityType.ORGANIZATION  # "ASEAN Parties Against Corruption"; not the
                # "States Parties" to a convention
            if h is None or (words[k - 1].lower() in BODY_DOCUMENTS and w.lower() == "of"):
                return None  # "Report of the Implementation Review Group": the body's
            sub = legal_subtype(words[k - 1]) if h is EntityType.LEGAL_INSTRUMENT else None
            return TypedName(h, sub, words[k - 1])
    return None


def _has_preposition(words: list[str]) -> bool:
    return any(w.lower() in {"of", "for", "on", "to", "against", "in"} for w in words[1:])
