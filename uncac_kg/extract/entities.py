"""Entity mentions in a paragraph: vocabulary names, references, and names found by shape.

Candidates come from several finders; where they overlap the longest span
wins, so a name inside a longer proper name is not listed separately
("the Convention" inside "Conference of the States Parties to the United
Nations Convention against Corruption").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from uncac_kg.extract.acronyms import spelled_by_acronym
from uncac_kg.extract.foreign import SMALL_WORDS
from uncac_kg.extract.gazetteer import Entry, Gazetteer, Match
from uncac_kg.extract.heads import (
    BODY_DOCUMENTS,
    CONNECTORS,
    LOWERCASE_HEADS,
    NON_NAME_STARTS,
    NUMBERED_HEADS,
    POST_QUALIFIERS,
    PRIVATE_HEADS,
    RANKS,
    REGION_NAMES,
    REGION_QUALIFIERS,
    UNIT_HEADS,
    civil_society_name,
    head_type,
    legal_subtype,
)
from uncac_kg.extract.model import EntityType
from uncac_kg.extract.names import (
    TypedName,
    head_before,
    name_chunks,
    named_by_parties,
    purpose_title,
    type_of_name,
)
from uncac_kg.extract.phrases import Phrase, find_phrases
from uncac_kg.extract.references import find_articles, find_resolutions
from uncac_kg.extract.titles import publication_titles, subtitled_names
from uncac_kg.extract.tokens import Token, compile_capitals, singular, tokenize

_QUOTES = compile_capitals(r"[“”\"‘]|’(?!\w)|(?<!\w)’")
_CASE = compile_capitals(
    r"\b(?:the\s+)?(?P<name>(?=[\w-]*[A-Z])[A-Z0-9][\w-]*[A-Z0-9][\w-]*)"
    r"(?:\s+[a-z][\w-]*){0,2}\s+cases?\b"
    r"|\bthe\s+(?P<year>(?:19|20)\d\d(?:\s+[a-z][\w-]*){1,3}\s+case)\b"
    r"|\bso-called\s+(?P<called>(?:[a-z][\w-]*\s+){1,3}(?:case|proceedings|affair))\b"
)
#: Assets named after the person who stole them, as a case: "the return of the Abacha
#: assets", "the Marcos Swiss deposits".
_ASSETS_OF = compile_capitals(
    r"\bthe\s+(?P<who>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:Swiss\s+)?"
    r"(?:assets|funds|deposits|loot|monies|millions)\b"
)
#: Capitalized words before "assets" or "funds" that name no person.
_NOT_A_PERSON = frozenset(
    "Government State Public National Federal Treasury Trust Crown Union Bank Republic "
    "Kingdom Convention Conference Group Network Fund Office Court".split()
)  # "the 1MDB case", "the 2014 bank fraud case", "the so-called hidden debts case"
_ORDINAL = (
    r"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|"
    r"fiftieth|sixtieth|seventieth|eightieth|ninetieth|\d{1,2}(?:st|nd|rd|th))"
)
#: A session or meeting named by its number alone, and the words that tie it to the body
#: named just before: "the Conference, at its tenth session".
_BARE_SESSION = compile_capitals(rf"{_ORDINAL}\s+(?:session|meeting)")
_AT_ITS = compile_capitals(r"\s*,?\s+(?:at|during)\s+its\s+")
#: The Conference of the States Parties, whose sessions reports name "of the Conference".
_CONFERENCE = "entity/conference-of-the-states-parties"
#: A numbered meeting or session, and the body it belongs to.
MEETING = compile_capitals(
    rf"(?<![\w-])(?P<ord>(?:resumed\s+)?{_ORDINAL}|special|resumed)\s+(?P<kind>(?:intersessional\s+|regular\s+)?"
    r"(?:session|meeting)s?)(?P<of>\s+of\s+the\s+(?P<body>[A-Z][\w-]*"
    # the body's name may go on with small words: "Working Group on Prevention"
    r"(?:\s+(?:(?:of|on|to|for|against|the)\s+)*[A-Z][\w-]*)*))?"
)
#: Numbered recommendations listed together: "Recommendations 4 and 38", "24, 25 and 29".
_RECOMMENDATIONS = compile_capitals(
    r"\bRecommendations\s+(?P<numbers>\d{1,2}(?:\s*,\s*\d{1,2})*,?\s+and\s+\d{1,2})\b"
)
#: A case named by the person it concerns.
_CASE_CONCERNING = compile_capitals(
    r"\b(?:cases?\s+(?:concerning|against|relating\s+to)|(?:criminal\s+)?proceedings\s+against)\s+"
    r"(?P<who>(?!The\b)[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|bin|de|da|dos))*\s+[A-Z][\w’'-]+)"
)
#: Words that end what comes before a case's own name ("by Jersey in the X case").
_CASE_CUT = frozenset("of for on the to against in into from and by with".split())
#: A tool named by its head word alone, after it was named in full ("the platform").
_BARE_TOOL = compile_capitals(
    r"\b[Tt]he\s+(?P<head>platform|portal|database|databank|register|registry|directory|"
    r"hotline)\b(?!\s+(?:of|for|on|to)\b|[-‑])"
)
#: The terms of reference of a body: "the Terms of Reference of the Network".
_TERMS_OF_REFERENCE = compile_capitals(
    r"\b[Tt]erms\s+of\s+[Rr]eference\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,6}"
    r"|\bTerms\s+of\s+Reference\b(?!\s+of\b)"
)
#: A case named by its parties: "WM and Sovim SA v. Luxembourg Business Registers".
_WORD = r"(?:(?:[A-Z]\.)+|[A-Z][\w&’'-]*)"
_PARTY = rf"{_WORD}(?:\s+(?:{_WORD}|and(?!\s+the\b)|of|the|&|de|du)(?![\w’'-]))*"
_VERSUS = compile_capitals(rf"(?<![\w-])(?P<name>{_PARTY}?\s+vs?\.?\s+{_PARTY})")
#: A kind of agreement reports name in lower case: "a memorandum of understanding".
_MOU = compile_capitals(r"\bmemorand(?:ums?|a)\s+of\s+understanding\b")
_A_SITTING = compile_capitals(
    r"\s+(?:was\s+(?:moderated|chaired|devoted|dedicated|opened|co-chaired)|focused|examined|"
    r"addressed|featured|discussed|considered|explored)\b"
)
#: An operation that names a case: "Operation Car Wash".
_OPERATION = compile_capitals(r"\bOperation\s+(?:[A-Z][\w’'-]*\s?){1,3}")
_SAME_RESOLUTION = compile_capitals(r"\b(?:the same|that|this|the said)\s+(?P<res>resolution)\b")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: A day: "12 November 2004".
_DAY = rf"\d{{1,2}}\s+(?:{_MONTHS})\s+(?:19|20)\d\d\b"
#: Heads of laws, which end a title's list or follow it as another law.
_LAW_HEADS = (
    r"(?:Law|Act|Decree|Code|Convention|Constitution|Directive|Regulation|Resolution|Ordinance)"
)
NUMBERED_LAW = _NUMBERED = compile_capitals(
    r"\b(?:(?:Council|Commission)\s+(?:(?:Delegated|Implementing)\s+)?(?=\w+\s+\(E))?"
    r"(?:(?:Organic|Federal|Royal|Executive|Legislative|Presidential|Ministerial|Government)\s+)?"
    r"(?P<head>Law|Act|Decree|Decree-Law|Ordinance|Bill|Order|Recommendation|Directive|Decision|"
    r"Regulation|Proclamation)\s+(?:\((?:EU|EC|EEC|EU,\s*Euratom)\)\s+)?"
    r"(?:of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}\s+(?=No\.))?"
    r"(?:No\.\s*|Nos?\s+|n[º°]\s*)?"
    r"(?:(?:(?:(?<=No\.\s)|(?<=No\.))[A-Z]{1,4}-\d+(?:-[A-Z]{1,4})?\b"
    r"|\d(?:[\d./-]|,(?=\d{3}(?!\d)))*(?:-[A-Z]/\d+)?\d\b(?:-[A-Z]{2,}\b)?"
    r"|(?:(?<=No\.\s)|(?<=No\.))\d\b)"  # "Law No. 4 of 2023": one digit after "No." only
    r"(?:/[A-Z]{2,}(?:-[A-Z]{2,})?\b)*"
    r"(?:\s+of\s+(?:19|20)\d\d\b)?"
    r"|CM/Rec\((?:19|20)\d\d\)\d+"
    rf"|of\s+{_DAY})"  # "Law of 12 November 2004"
)  # "Law No. 12.846/2013", "Directive (EU) 2019/1937", "Decree 440 of 2020",
# "Decree-Law No. 109-E/2021", "Recommendation CM/Rec(2014)7", "Law No. 12,846 of 2013",
# "Directive No. 01/2009/CM/UEMOA", "Decree No. 130/2020/ND-CP", "Federal Law No. 273-FZ",
# "Law of Georgia No. 4417 of 2025", "Law No. HO-209-N of 2019", "Council Regulation (EU)
# 2017/1939", "Organic Law No. 2017-10"
#: Heads of numbered laws whose title can follow the number: "Law No. 3628 on Declaration of
#: Property", "Law No. 8422 against Corruption", "Act No. 315/2016 Coll.".
_TITLED_HEADS = frozenset(
    {"law", "act", "decree", "decree-law", "ordinance", "proclamation", "directive", "regulation"}
)  # also "Directive (EU) 2024/1260 on asset recovery and confiscation"
#: The day a numbered law was enacted, or the collection it is published in.
_ENACTED_ON = compile_capitals(rf"\s+of\s+{_DAY}|\s+Coll\.(?=\s|$|[,;)])")
#: The words that open a law's title after its number.
_TITLE_OPENS = compile_capitals(
    r"\s+(?:on|against|regulating|governing|determining|concerning|establishing|amending|"
    r"relating\s+to|relative\s+to|aimed\s+at|laying\s+down|regarding)\s+"
    r"(?!\d|the\s+(?:basis|grounds?|date)\b|(?<=establishing\s)the\s+[A-Z])"
)  # not "establishing the Recovery and Resilience Facility": what it establishes has a name
# of its own
#: Words after which a law's title does not go on: a verb, a clause, a date or another law.
_TITLE_STOPS = re.compile(
    r"(?:had|has|have|was|were|is|are|be|been|being|which|that|whose|would|could|should|"
    r"can|will|may|must|shall|did|does|do|since|until|when|where|while|as|because|by|under|"
    r"through|following|into|with|from|its|their|his|her|also|or|Law|Act|Decree|Article|"
    r"article|Directive|Regulation|Resolution)$"
)
#: A title's list going on after a comma, to its last item after "and", with no other law
#: nor clause in it: ", organization and functioning of the Office".
_TITLE_LIST_GOES_ON = compile_capitals(
    r"\s+(?!(?:and|or|which|who|that|as|while|whereas|but)\b)"
    rf"(?:(?!{_LAW_HEADS}\b)"
    r"[\w’'-]+\s+){0,6}and\s"
)
#: Another law after "and": "and Law No. 132/2016", "and the Criminal Code".
_ANOTHER_LAW = compile_capitals(
    r"\s+(?:(?:to|in|under|with)\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}"
    rf"{_LAW_HEADS}\b"
)  # also "... and to Council Regulation (EU) 2017/1939"
#: Another law, or its amendments, after "and" in a title with no list: "and the amendments
#: of 2022" (not "on ethics and the rights and obligations of civil servants").
_ANOTHER_ITEM = compile_capitals(
    _ANOTHER_LAW.pattern + r"|\s+the\s+amendments?\b|\s+(?:the|its|their)\s+[A-Z]"
)  # also "... and the ISO 37002 standard": another thing, named
_TITLE_CONNECTORS = frozenset("of on the and for to in a an against at".split())
#: The words of a title, one by one, and its punctuation marks.
_TITLE_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_DETERMINER = r"(?:the|a|an|its|their)"
#: What goes on with a title after "from" or "or": a word in lower case, not a determiner
#: ("from manifestly unfounded claims or abusive court proceedings"; not "or directly on the
#: basis of", nor "from the Ministry").
_GOES_ON_AFTER = {
    "from": re.compile(rf"\s+(?!{_DETERMINER}\b)[a-z]"),
    "or": re.compile(rf"\s+(?!{_DETERMINER}\b|[a-z]+ly\b)[a-z]"),
}
#: The legislators named after a European act's number.
ENACTED_BY = compile_capitals(
    r"\s+of\s+the\s+European\s+Parliament\s+and\s+of\s+the\s+Council(?:\s+of\s+the\s+"
    r"European\s+Union)?\b"
)
_SYMBOL = compile_capitals(r"\b[A-Z]{1,8}(?:/[A-Z0-9.-]+){2,}\b")
TITLE_WORDS = frozenset(
    (
        "president vice-president chair chairperson director minister secretary head "
        "deputy permanent representative ambassador judge prosecutor commissioner "
        "coordinator chief executive under-secretary-general adviser advisor officer "
        "member advocate counsel attorney inspector investigator analyst specialist expert "
        "lead manager"
    ).split()
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What a mention refers to before document-level identity is settled."""

    key: str
    label: str
    type: EntityType
    subtype: str | None = None
    aliases: tuple[str, ...] = ()
    owner: str | None = None
    reference: str | None = None
    head: str | None = None  # the head word of a name found by its shape
    # with no key: refer back to the last entity with this head, else name itself by its label
    names_itself: bool = False


@dataclass(frozen=True, slots=True)
class RawMention:
    start: int
    end: int
    text: str
    candidate: Candidate
    priority: int = 0  # higher wins among equally long overlapping candidates


def _heads_another_name(tokens: list[Token], m: Match) -> bool:
    """A single known word right after a capitalized word is the head of a longer name."""
    if m.first != m.last or m.first == 0 or not tokens[m.first - 1].is_capitalized:
        return False
    return m.entry.type is not EntityType.STATE and not _is_acronym(tokens[m.first].text)


def _a_kind_by_plural(tokens: list[Token], m: Match) -> bool:
    """Capitalized words in the plural with no determiner still name the kind: "the use of
    Integrity Pacts"; not "the Beneficial Ownership Registers of the region"."""
    last = tokens[m.last].text
    if not (last.endswith("s") and singular(last.lower()) != last.lower()):
        return False
    before = tokens[m.first - 1].text if m.first > 0 else ""
    after = tokens[m.last + 1].text if m.last + 1 < len(tokens) else ""
    ahead = tokens[m.first - 2].text if m.first > 1 else ""
    return (
        before in {"of", "on", "for", "and", "or", "with", "as"}
        and ahead[:1].islower()  # "the use of Integrity Pacts", not "Treaty on Mutual ..."
        and not after[:1].isupper()
        and after not in {"of", "on", "for", "and", "("}
    )


def _candidate(label: str, kind: EntityType) -> Candidate:
    """A thing named by ``label`` in the report, keyed by its words."""
    return Candidate("entity/" + slug(label), label, kind)


def _a_kind_after_the_head(text: str, phrase: Phrase, taken: list[RawMention]) -> bool:
    """Whether a tool described as serving a known kind of tool, and nothing more, names
    that kind: "a platform for informal cooperation", "channels for mutual legal
    assistance" (the words between head and kind are only "for" or "of")."""
    return any(
        m.end == phrase.end
        and m.candidate.reference is not None
        and m.candidate.label[:1].islower()
        and re.fullmatch(
            r"\s+(?:for|of)\s+(?:the\s+)?", text[phrase.head_start + len(phrase.head) : m.start]
        )
        is not None
        for m in taken
    )


def _chapters(text: str, found: list[RawMention]) -> list[RawMention]:
    """A known international body followed by a State's or a region's name, as its national
    or regional chapters are named: "Transparency International Vanuatu", "Global Compact
    Network Kenya", "Tax Justice Network Africa"."""
    out = []
    for body in found:
        if body.candidate.type is not EntityType.ORGANIZATION or body.candidate.reference is None:
            continue
        state = next(
            (m for m in found if m.candidate.type is EntityType.STATE and m.start == body.end + 1),
            None,
        )
        region = (
            None
            if state is not None or _INSIDE_A_NAME.search(text, max(0, body.start - 6), body.start)
            else _REGION_AFTER.match(text, body.end)
        )  # not "the Association of Anti-Corruption Agencies in Commonwealth Africa"
        end = state.end if state is not None else region.end() if region is not None else -1
        if (
            end < 0
            or text[body.end] != " "
            or re.match(r"\s+(?:[A-Z]|of\b)", text[end:])  # a longer name goes on
        ):
            continue
        label = text[body.start : end]
        cand = _candidate(label, EntityType.ORGANIZATION)
        out.append(RawMention(body.start, end, label, cand, 2))
    return out


#: A connector before a known body, which makes it a word of a longer name.
_INSIDE_A_NAME = re.compile(r"\b(?:in|of|for)\s+$")
#: A region's name right after a body's: "Tax Justice Network Africa".
_REGION_AFTER = compile_capitals(
    r" (?:(?:" + "|".join(sorted(REGION_QUALIFIERS)) + r")\s+)?"
    r"(?:" + "|".join(sorted(REGION_NAMES)) + r")\b"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:which|who|was|were|had|has|is|are|spoke|said|[a-z]+ed)\b"
    r"|\s+(?:and|or)\s+(?!Far\b|Middle\b|Near\b|the\s+(?:Pacific|Caribbean)\b)"
    r"(?:the\s+)?[A-Z][\w-]*\s+[A-Z])"
)  # not "the World Bank Africa region", nor "United Nations Asia and Far East Institute"


#: What follows a body's name to say whose national part it is: "Rasheed for Integrity and
#: Transparency, the Jordanian chapter of Transparency International".
CHAPTER_OF = compile_capitals(
    r"(?:\s*\([A-Z][\w-]*\))?"  # its acronym may come first: "Fundación ... (FCD), the"
    r"(?:,|\s*\()\s*(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}(?:chapter|branch|affiliate|section)\s+"
    r"of\s+"
)  # also in parentheses: "Poder Ciudadano (the Argentine chapter of TI)"
#: Small words a body's name may hold before such an apposition.
_CHAPTER_NAME_WORDS = frozenset({*"for and on against in".split(), *SMALL_WORDS})
# (also of other languages: "Fundación Ciudadanía y Desarrollo")


def _named_chapters(text: str, tokens: list[Token]) -> list[RawMention]:
    """A body named without a head but described as a national chapter of another:
    "I Watch, the Tunisian chapter of Transparency International"."""
    out = []
    for m in CHAPTER_OF.finditer(text):
        last = next((k for k, t in enumerate(tokens) if t.end == m.start()), None)
        if last is None or not tokens[last].text[0].isupper():
            continue
        first = last
        while first > 0 and (
            tokens[first - 1].text[0].isupper()
            or tokens[first - 1].text in _CHAPTER_NAME_WORDS
            or tokens[first - 1].text in ("-", "’", "'")
        ):
            first -= 1
        while tokens[first].text in _CHAPTER_NAME_WORDS or tokens[first].text in ("The", "A"):
            first += 1
        if first > last:
            continue
        label = clean_label(text[tokens[first].start : tokens[last].end])
        cand = _candidate(label, EntityType.ORGANIZATION)
        out.append(RawMention(tokens[first].start, tokens[last].end, label, cand, 2))
    return out


#: An international standard by its number: "ISO 37001", "ISO/IEC 27001:2022".
_STANDARD = compile_capitals(r"\bISO(?:/IEC)?\s+\d{3,5}(?:-\d{1,2})?(?::(?:19|20)\d\d)?\b")


def _standards(text: str) -> list[RawMention]:
    """Standards named by number, a management system's requirements: tools, as readers take
    them ("ISO 37001 on anti-bribery management systems")."""
    out = []
    for m in _STANDARD.finditer(text):
        label = re.sub(r":(?:19|20)\d\d$", "", m.group())
        cand = _candidate(label, EntityType.MECHANISM)
        out.append(RawMention(m.start(), m.end(), m.group(), cand, 2))
    return out


def _titles(text: str, tokens: list[Token]) -> list[RawMention]:
    """Publications named by their titles ("the StAR study The Puppet Masters: ..."): tools,
    as readers take them."""
    out = []
    for start, end in publication_titles(text, tokens):
        label = clean_label(text[start:end])
        cand = _candidate(label, EntityType.MECHANISM)
        out.append(RawMention(start, end, text[start:end], cand, 2))
    for first, last in subtitled_names(tokens):  # "Asset Recovery Handbook: A Guide for ..."
        start, end = tokens[first].start, tokens[last].end
        label = clean_label(text[start:end])
        words = [t.text for t in tokens[first : last + 1]]
        typed = type_of_name(words[: words.index(":")])
        kind = typed.type if typed is not None else EntityType.MECHANISM
        cand = _candidate(label, kind)
        out.append(RawMention(start, end, text[start:end], cand, 2))
    return out


_ROUND_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))"
#: A round of peer evaluation, by its number: "the fifth evaluation round of GRECO", "the
#: fifth round of monitoring", "Phase 4 evaluations" of the OECD Working Group ("the fourth
#: round of mutual evaluations" is the vocabulary's mutual evaluations).
_ROUND = compile_capitals(
    rf"\b{_ROUND_ORDINAL}\s+(?:(?:evaluation|monitoring|assessment)\s+round"
    r"|round\s+of\s+(?:evaluations?|monitoring|assessments?))\b"
    r"|\bPhase\s+\d\w?\s+(?:evaluations?|reviews?|monitoring)\b",
    re.IGNORECASE,
)


def _rounds(text: str) -> list[RawMention]:
    """Rounds of peer evaluation by a monitoring body: tools, as readers take them. (A
    review cycle of the Implementation Review Mechanism is the Mechanism's own.)"""
    out = []
    for m in _ROUND.finditer(text):
        label = m.group()
        cand = _candidate(label, EntityType.MECHANISM)
        out.append(RawMention(m.start(), m.end(), label, cand, 2))
    return out


def _is_acronym(word: str) -> bool:
    return word[:1].isupper() and sum(c.isupper() or c.isdigit() for c in word) >= 2


def slug(label: str) -> str:
    s = _QUOTES.sub("", label).lower()
    s = re.sub(r"[’']s\b", "s", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def clean_label(text: str) -> str:
    """A label from the words of a mention: no quotes, no possessive ending, single spaces."""
    label = re.sub(r"\s+", " ", _QUOTES.sub("", text)).strip()
    return re.sub(r"[’']s$", "", label)


#: Acronyms joined by a slash or a hyphen at the start of a name: "ADB/OECD", "UNODC-WCO".
_JOINED_ACRONYMS = re.compile(r"[A-Z][A-Za-z]*[A-Z](?:[/-][A-Z][A-Za-z]*[A-Z])+(?=\s)")


def from_entry(entry: Entry) -> Candidate:
    return Candidate(
        entry.key, entry.label, entry.type, entry.subtype, entry.aliases, reference=entry.iri
    )


class MentionFinder:
    """Finds the entity mentions of one paragraph, given the document's known aliases."""

    def __init__(self, gazetteer: Gazetteer, aliases: dict[str, Candidate]) -> None:
        self.gaz = gazetteer
        self.aliases = aliases  # surface form -> candidate, from the whole document

    def find(self, text: str) -> list[RawMention]:
        # document symbols ("CAC/COSP/IRG/2022/2") name documents, not bodies
        text = _SYMBOL.sub(lambda m: " " * len(m.group()), text)
        tokens = tokenize(text)
        found: list[RawMention] = []
        found += self._references(text)
        found += self._vocabulary(text, tokens)
        found += [c for c in _chapters(text, found) if c.text not in self.aliases]
        # not a chapter's name the report gives as another name of a body: "the Associação
        # Cívica Transparência e Integridade (TI Portugal)"
        found += self._document_aliases(text)
        found += self._meetings(text)
        found += self._cases(text)
        found += _standards(text)
        found += _titles(text, tokens)
        found += _rounds(text)
        found += _named_chapters(text, tokens)
        found += self._names(text, tokens, found)
        found += self._phrases(text, tokens, found)
        chosen = self._sessions_of_a_body(text, _select(found))
        chosen += self._adjectives(text, tokens, chosen)
        chosen += self._actions(text, tokens, chosen)
        chosen += self._partners(text, chosen)
        return sorted(chosen, key=lambda m: (m.start, m.end))

    def _partners(self, text: str, chosen: list[RawMention]) -> list[RawMention]:
        """The bodies whose acronyms, joined, open a longer name, as its partners: "the
        ADB/OECD Anti-Corruption Initiative" names the ADB and the OECD, "the UNODC-WCO
        Container Control Programme" UNODC and the WCO."""
        out = []
        for m in chosen:
            joined = _JOINED_ACRONYMS.match(text, m.start)
            if joined is None or joined.end() >= m.end:
                continue
            for part in re.finditer(r"[^/-]+", joined.group()):
                entry = self.gaz.acronym(part.group())
                start, end = m.start + part.start(), m.start + part.end()
                if (
                    entry is not None
                    and entry.type is EntityType.ORGANIZATION
                    and not any(c.start == start and c.end == end for c in chosen)
                ):
                    out.append(RawMention(start, end, part.group(), from_entry(entry), 2))
        return out

    def _references(self, text: str) -> list[RawMention]:
        out: list[RawMention] = []
        for ref in find_articles(text):
            out.append(
                RawMention(
                    ref.span.start,
                    ref.span.end,
                    ref.text,
                    Candidate(ref.key, ref.label, EntityType.UNCAC_ARTICLE),
                    3,
                )
            )
        for m in _NUMBERED.finditer(text):  # "Law No. 12.846/2013", "Recommendation 24"
            if m.group() in self.aliases:
                continue  # another name of a law named in full: "(Act 992)"
            if re.search(r"[A-Z][\w’'-]*\)?\s$", text[max(0, m.start() - 40) : m.start()]):
                continue  # "... Laundering Act 2019": the end of a longer name
            label = m.group().rstrip(".")
            head = m.group("head").lower()
            cand = Candidate(
                "entity/" + slug(label),
                label,
                EntityType.LEGAL_INSTRUMENT,
                legal_subtype(head),
                head=head,
            )
            end = m.start() + len(label)
            enacted = ENACTED_BY.match(text, end)
            if enacted:  # "Directive (EU) 2019/1937 of the European Parliament and of the
                end = enacted.end()  # Council": who enacted it, part of its name
            if head in _TITLED_HEADS:
                titled = _title_end(text, end)
                if titled > end:  # "... of the Council on the protection of persons who
                    # report breaches of Union law"
                    end = titled
                    label = re.sub(r"\s+", " ", text[m.start() : end])
                    cand = replace(cand, key="entity/" + slug(label), label=label)
            out.append(RawMention(m.start(), end, text[m.start() : end], cand, 3))
        for m in _FOREIGN_NUMBERED.finditer(text):  # "Ley N° 523/95 de Zonas Francas"
            if m.group() in self.aliases:
                continue  # "Law No. 16/2022 on ... (Lei n.º 16/2022)": another name of it
            end = _foreign_title_end(text, m.end())
            label = re.sub(r"\s+", " ", text[m.start() : end])
            head = m.group("head").split()[0].lower()
            cand = Candidate(
                "entity/" + slug(label),
                label,
                EntityType.LEGAL_INSTRUMENT,
                "NationalLaw",
                head=head,
            )
            out.append(RawMention(m.start(), end, text[m.start() : end], cand, 3))
        for m in _RECOMMENDATIONS.finditer(text):  # "Recommendations 4 and 38 of the FATF"
            for number in re.finditer(r"\d{1,2}", m.group("numbers")):
                label = f"Recommendation {number.group()}"
                cand = Candidate(
                    "entity/" + slug(label),
                    label,
                    EntityType.LEGAL_INSTRUMENT,
                    head="elided",
                )
                at = m.start("numbers") + number.start()
                out.append(RawMention(at, at + len(number.group()), number.group(), cand, 3))
        for res in find_resolutions(text):
            aliases = (res.full_label,) if res.full_label else ()
            cand = Candidate(
                res.key,
                res.label,
                EntityType.LEGAL_INSTRUMENT,
                "Resolution",
                aliases,
                # one of a list: labelled "resolution N" whatever the words ("2/3")
                head="elided" if res.listed else "resolution",
            )
            out.append(RawMention(res.span.start, res.span.end, res.text, cand, 3))
        for m in _TERMS_OF_REFERENCE.finditer(text):  # "the Terms of Reference of the Network"
            label = m.group()  # or "its Terms of Reference": the last named, or a name itself
            key = "entity/" + slug(label) if " of the " in label else ""
            cand = Candidate(
                key, label, EntityType.LEGAL_INSTRUMENT, head="reference", names_itself=True
            )
            out.append(RawMention(m.start(), m.end(), label, cand, 2))
        for m in _MOU.finditer(text):
            label = m.group()
            cand = Candidate(
                "entity/memorandum-of-understanding",
                "memorandum of understanding",
                EntityType.LEGAL_INSTRUMENT,
                "Agreement",
            )
            out.append(RawMention(m.start(), m.end(), label, cand, 1))
        for m in _SAME_RESOLUTION.finditer(text):  # "the same resolution": the last one named
            cand = Candidate("", "", EntityType.LEGAL_INSTRUMENT, head="resolution")
            out.append(RawMention(m.start("res"), m.end(), m.group("res"), cand, 1))
        return out

    def _vocabulary(self, text: str, tokens: list[Token]) -> list[RawMention]:
        out = []
        for m in self.gaz.find(tokens):
            words = [
                t
                for t in tokens[m.first : m.last + 1]
                if t.is_word and t.text.lower() not in CONNECTORS
            ]
            if _heads_another_name(tokens, m):
                continue  # "Anti-Bribery Convention": the head of another name
            if m.entry.type is EntityType.ORGANIZATION and text.startswith(" system", m.end):
                continue  # "the UN system": the organizations of the family, not the body
            if (
                tokens[m.last].text.lower() in NUMBERED_HEADS
                and m.last + 1 < len(tokens)
                and tokens[m.last + 1].text.isdigit()
            ):
                continue  # "FATF Recommendation 24": one of them, named by the longer name
            after_new = m.first > 0 and tokens[m.first - 1].text == "New"
            if m.entry.type is EntityType.STATE and after_new:
                continue  # "New Jersey", "New Mexico": a place named after the State's name
            generic = m.entry.label[:1].islower() and m.entry.type is not EntityType.STATE
            if (
                generic
                and len(words) > 1
                and all(t.is_capitalized for t in words)
                and not _a_kind_by_plural(tokens, m)
            ):
                continue  # "the Beneficial Ownership Register" of a State, not the generic type
            out.append(RawMention(m.start, m.end, text[m.start : m.end], from_entry(m.entry), 2))
        for half in self.gaz.elisions(tokens):  # the words are only part of the name
            cand = replace(from_entry(half.entry), head="elided")
            out.append(RawMention(half.start, half.end, text[half.start : half.end], cand, 1))
        return out

    def _actions(
        self, text: str, tokens: list[Token], chosen: list[RawMention]
    ) -> list[RawMention]:
        """Kinds named by the action they consist of ("to transmit information and evidence
        spontaneously"): the words from what is acted on to the manner, or the manner alone
        where a name stands between them ("shared information with the Financial Reporting
        Centre spontaneously")."""
        out = []
        for m, manner in self.gaz.actions(tokens):
            start = m.start
            if any(c.start < m.end and start < c.end for c in chosen):
                start = tokens[manner].start
                if any(c.start < m.end and start < c.end for c in chosen):
                    continue
            cand = replace(from_entry(m.entry), head="action")
            out.append(RawMention(start, m.end, text[start : m.end], cand, 1))
        return out

    def _document_aliases(self, text: str) -> list[RawMention]:
        out = []
        for surface, cand in self.aliases.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
                out.append(RawMention(m.start(), m.end(), m.group(), cand, 2))
        return out

    def _sessions_of_a_body(self, text: str, chosen: list[RawMention]) -> list[RawMention]:
        """A session named after the body that held it: "the Commission on the Status of
        Women, at its sixty-ninth session" is the "sixty-ninth session of the Commission on
        the Status of Women", and "the Conference at its tenth session" the Conference's
        tenth, known by that name to the vocabulary."""
        out = sorted(chosen, key=lambda r: (r.start, r.end))
        for i, m in enumerate(out):
            if m.candidate.type is not EntityType.MEETING or not _BARE_SESSION.fullmatch(
                m.candidate.label
            ):
                continue
            body = next((b for b in reversed(out[:i]) if b.end <= m.start), None)
            if (
                body is None
                or body.candidate.type is not EntityType.ORGANIZATION
                or not _AT_ITS.fullmatch(text, body.end, m.start)
            ):
                continue
            name = re.sub(r"\s+", " ", body.text).removeprefix("the ")
            if body.candidate.key == _CONFERENCE:
                name = "Conference"  # as the Conference's sessions are named
            label = f"{m.candidate.label} of the {name}"
            known = [
                f
                for f in self.gaz.find(tokenize(label))
                if f.start == 0 and f.end == len(label) and f.entry.type is EntityType.MEETING
            ]
            cand = from_entry(known[0].entry) if known else _candidate(label, EntityType.MEETING)
            out[i] = replace(m, candidate=cand)
        return out

    def _meetings(self, text: str) -> list[RawMention]:
        out = []
        for m in MEETING.finditer(text):
            kind = re.sub(r"s$", "", m.group("kind"))
            body = m.group("body")
            end = m.end() if body else m.end("kind")
            label = f"{m.group('ord')} {kind}" + (f" of the {body}" if body else "")
            if m.group("ord") in ("special", "resumed") and not body:
                continue  # "its resumed session": which one, the words do not say
            if not body and kind.endswith("session") and _A_SITTING.match(text, end):
                continue  # "The second session was moderated by": a part of this meeting
            if (
                not body
                and (kind.endswith("meeting") or m.group("ord")[:1].isdigit())
                and re.search(r"\b(?:at|during|in)\s+(?:its|their)\s+$", text[: m.start()], re.I)
            ):
                continue  # "At its 1st meeting, on 4 June", "At its 4th session, the plenary":
                # a sitting of the body, not a meeting ("at its eighth session" is one)
            cand = _candidate(label, EntityType.MEETING)
            out.append(RawMention(m.start(), end, text[m.start() : end], cand, 1))
        return out

    def _cases(self, text: str) -> list[RawMention]:
        out = []
        for m in _OPERATION.finditer(text):
            label = m.group().strip()
            cand = _candidate(label, EntityType.CASE)
            out.append(RawMention(m.start(), m.start() + len(label), label, cand, 2))
        for m in _VERSUS.finditer(text):
            start = m.start()
            words = m.group().split()
            while words and words[0].lower() in NON_NAME_STARTS:  # "In Smith v. Jones"
                start += len(words[0]) + 1
                words = words[1:]
            name = clean_label(text[start : m.end()])
            if len(words) < 3:
                continue
            cand = _candidate(name, EntityType.CASE)
            out.append(RawMention(start, m.end(), text[start : m.end()], cand, 2))
        for m in _CASE_CONCERNING.finditer(text):  # "the case concerning Teodoro Nguema
            # Obiang Mangue", "criminal proceedings against Gulnara Karimova"
            label = re.sub(r"\s+", " ", m.group())
            person = m.group("who")
            if any(
                f.entry.type is EntityType.STATE and f.end - f.start == len(person)
                for f in self.gaz.find(tokenize(person))
            ):
                continue  # "the case concerning Equatorial Guinea": a State, not a person
            cand = _candidate(label, EntityType.CASE)
            out.append(RawMention(m.start(), m.end(), m.group(), cand, 2))
        for m in _ASSETS_OF.finditer(text):
            who = m.group("who")
            if (
                who in _NOT_A_PERSON
                or head_type(who) is not None
                or self.gaz.state_for_adjective(who)
                or any(True for _ in self.gaz.find(tokenize(who)))
            ):
                continue  # "the Government funds", "the Nigerian assets": no one's loot
            label = f"{who} case"
            cand = _candidate(label, EntityType.CASE)
            out.append(RawMention(m.start("who"), m.end(), text[m.start("who") : m.end()], cand, 1))
        for m in _CASE.finditer(text):
            described = next((g for g in ("year", "called") if m.group(g)), None)
            if described is not None:
                label = m.group(described)
                cand = _candidate(label, EntityType.CASE)
                out.append(RawMention(m.start(described), m.end(), label, cand, 1))
                continue
            name = m.group("name")
            if re.search(
                r"[A-Z][\w’'-]*\s+$", text[max(0, m.start("name") - 40) : m.start("name")]
            ):
                continue  # "the Ruta del Sol II case": the end of a longer name, found as one
            cand = Candidate(
                "entity/" + slug(name), name, EntityType.CASE, aliases=(f"{name} case",)
            )
            out.append(
                RawMention(m.start("name"), m.end(), text[m.start("name") : m.end()], cand, 1)
            )
        return out

    def _names(self, text: str, tokens: list[Token], taken: list[RawMention]) -> list[RawMention]:
        out = []
        # a State inside a name stays part of it: "National Anti-Corruption Bureau of Ukraine"
        others = [m for m in taken if m.candidate.type is not EntityType.STATE]
        for chunk in name_chunks(text, tokens):
            inside = [
                m for m in others if not _word_of_a_longer_name(tokens, chunk.first, chunk.last, m)
            ]
            pieces = _pieces(tokens, chunk.first, chunk.last, inside)
            if (
                any(t.text in ("a", "an") for t in tokens[chunk.first : chunk.last + 1])
                or spelled_by_acronym(tokens, chunk.first, chunk.last)
                or purpose_title(tokens, chunk.first, chunk.last)
                or _instrument_of_a_body(tokens, chunk.first, chunk.last)
                or named_by_parties(tokens, chunk.first, chunk.last)
            ):  # "Egmont Centre of FIU Excellence and Leadership (ECOFEL)", "Global Programme
                # to Prevent ... the United Nations Convention against Corruption in ...": one
                # "Initiative for the Establishment of a Global ... Network": a known name
                # after "of a" is part of the longer name, not its parent body
                pieces = [(chunk.first, chunk.last)]
            pieces = [part for piece in pieces for part in _split_parent(tokens, *piece)]
            pieces = [part for piece in pieces for part in _split_and(tokens, *piece)]
            pieces = [_without_place(tokens, *piece, taken) for piece in pieces]
            for first, last in pieces:
                words = [t.text for t in tokens[first : last + 1]]
                first, words = _drop_title(first, words)
                if not words:
                    continue
                named = _name_before(text, tokens[first].start, taken)
                if named is not None and len(words) > 1 and not _is_acronym(named.text):
                    named = None  # "EU Anti-Corruption Directive"; not "World Bank StAR ..."
                typed = type_of_name(words) if named is not None else None
                if named is not None and typed is not None:  # "the Egmont Group Principles"
                    end = tokens[first + len(words) - 1].end
                    start = _with_ordinal(text, named.start, typed)
                    out.append(_named_mention(text, start, end, typed, 3))
                    continue
                if len(words) == 1 and words[0].lower() in BODY_DOCUMENTS:
                    continue  # "Report of the Implementation Review Group": the body's report
                if len(words) == 1 and last + 1 < len(tokens):
                    parent = _parent_after(text, tokens[last].end, taken)
                    if parent is not None:  # "Bureau of the Conference": one name
                        words = [*words, text[tokens[last].end : parent.end]]
                        last = first
                        typed = type_of_name(words[:1])
                        if typed is not None:
                            start = tokens[first].start
                            out.append(_named_mention(text, start, parent.end, typed, 1))
                        continue
                typed = type_of_name(words)
                private = civil_society_name(" ".join(words))
                if typed is None:  # "the Anti-Corruption Commission Seychelles"
                    typed = _body_named_with_its_state(text, tokens, first, len(words), taken)
                    private = private or (typed is not None and typed.head.lower() in PRIVATE_HEADS)
                if typed is None and named_by_parties(tokens, first, last):
                    typed = type_of_name(words[: words.index("between")])  # "Extradition
                    # Treaty between the United States of America and the Republic of Peru"
                    typed = typed and replace(typed, words=0)
                if typed is None and "and" in words[1:-1]:
                    # "the South African Revenue Service and West African networks"
                    words = words[: len(words) - 1 - words[::-1].index("and")]
                    typed = type_of_name(words)
                if (
                    typed is None
                    and len(words) >= 3
                    and all(w[:1].isupper() or w in CONNECTORS for w in words)
                    and spelled_by_acronym(tokens, first, first + len(words) - 1)
                ):  # a headless body its acronym spells: "Arab Parliamentarians Against
                    # Corruption (ARPAC)", "Global Financial Integrity (GFI)"
                    typed = TypedName(EntityType.ORGANIZATION, None, words[-1])
                if typed is None or self._family_of_a_body(words):
                    continue
                if typed.type is EntityType.CASE and re.fullmatch(r"(?:19|20)\d\d", words[0]):
                    first, words = first + 1, words[1:]  # "the 2016 Bangladesh Bank heist"
                if typed.type is EntityType.CASE and words[-1] == "case":
                    # "returned by Jersey in the Windward Trading case": the case's own name
                    # (not cut at a particle of another language: "Ruta del Sol II case")
                    cut = max((i + 1 for i, w in enumerate(words) if w in _CASE_CUT), default=0)
                    first, words = first + cut, words[cut:]
                if typed.words:
                    cut = _start_of_last_words(words, typed.words)
                    first, words = first + cut, words[cut:]
                start, end = tokens[first].start, tokens[first + len(words) - 1].end
                start = _with_ordinal(text, start, typed)
                label = clean_label(text[start:end])
                if len([w for w in words if w[0].isalnum()]) == 1:
                    head = typed.head.lower()  # "the Platform": the last one named; but
                    # "Parliament" names the legislature, if no other was named before
                    cand = Candidate(
                        "",
                        label,
                        typed.type,
                        typed.subtype,
                        head=head,
                        names_itself=head in _LEGISLATURES,
                    )
                else:
                    owner = (
                        None
                        if private
                        else (
                            self.owner_by_adjective(words)
                            or _state_after_acronym(text, end, taken)  # "the Office of the
                            # Special Inspector General for Afghanistan Reconstruction (SIGAR)
                            # of the United States": said so, not the State of its purpose
                            or next(
                                (
                                    m.candidate.key
                                    for m in taken
                                    if m.candidate.type is EntityType.STATE
                                    and start <= m.start < end
                                    and not SEAT.search(text, start, m.start)
                                ),  # not "the Office of the Nordic Council of Ministers in
                                # Latvia": where it sits
                                None,
                            )
                        )
                    )
                    cand = Candidate(
                        "entity/" + slug(label),
                        label,
                        typed.type,
                        typed.subtype,
                        owner=owner,
                        head=typed.head.lower(),
                    )
                out.append(RawMention(start, end, text[start:end], cand, 1))
        return out

    def _phrases(self, text: str, tokens: list[Token], taken: list[RawMention]) -> list[RawMention]:
        out = []
        for bare in _BARE_TOOL.finditer(text):  # "the platform": the last one named
            cand = Candidate("", "", EntityType.MECHANISM, head=bare.group("head").lower())
            out.append(RawMention(bare.start("head"), bare.end(), bare.group("head"), cand, 0))
        for p in find_phrases(text, tokens):
            label = clean_label(p.text)
            head = singular(p.head) if p.type is EntityType.MECHANISM else None
            cand = Candidate("entity/" + slug(label), label, p.type, head=head)
            covering = [
                m for m in taken if m.start <= p.head_start < m.end and m.candidate.key != cand.key
            ]
            if covering and not all(
                p.start < m.start
                and m.end == p.end
                and m.candidate.label[:1].islower()
                and not re.search(r"ed\b", text[p.start : m.start])  # not "recommended ..."
                for m in covering
            ):  # the head belongs to a known name: "registers on beneficial ownership"; but
                # "online asset declaration system" says more than the known words it ends with
                continue
            if p.type is EntityType.MECHANISM and _a_kind_after_the_head(text, p, taken):
                continue  # "a platform for informal cooperation": the kind of tool named
            out.append(RawMention(p.start, p.end, p.text, cand, 0))
        return out

    def _family_of_a_body(self, words: list[str]) -> bool:
        """ "the UN system": a known organization's family, not a new name."""
        if len(words) != 2 or words[1] != "system":
            return False
        entry = self.gaz.acronym(words[0])
        return entry is not None and entry.type is EntityType.ORGANIZATION

    def owner_by_adjective(self, words: list[str]) -> str | None:
        """ "Swiss Federal Office of Justice", "South African Revenue Service", "Administration
        of the German Bundestag"."""
        of = next((k for k, w in enumerate(words[1:4], 1) if w == "of"), None)
        if of is not None and not _MANY_STATES.intersection(words[of:]):  # not "the Bank of
            # Central African States"
            after = of + 1 + (1 if of + 1 < len(words) and words[of + 1] == "the" else 0)
            state = self._owner_by_adjective_at(words[after:])
            if state is not None:
                return state
        return self._owner_by_adjective_at(words)

    def _owner_by_adjective_at(self, words: list[str]) -> str | None:
        for k in range(min(2, len(words))):
            for form in (" ".join(words[k : k + 2]), words[k]):
                state = self.gaz.state_for_adjective(form)
                at_sea = k + 1 < len(words) and words[k + 1] in _WATERS  # "Indian Ocean
                # Commission": a sea's, no State's
                if state and not (k == 1 and words[0] in REGION_QUALIFIERS) and not at_sea:
                    return state
        return None

    def _adjectives(
        self, text: str, tokens: list[Token], chosen: list[RawMention]
    ) -> list[RawMention]:
        out = []
        skip = -1
        languages = [(m.start(), m.end()) for m in _LANGUAGE_LIST.finditer(text)]
        for i, tok in enumerate(tokens):
            if i <= skip or not tok.is_capitalized:
                continue
            if any(a <= tok.start < b for a, b in languages):
                continue  # "available in English, French, Russian and Spanish": languages
            if i + 1 < len(tokens) and tokens[i + 1].is_capitalized:
                pair = self.gaz.state_for_adjective(f"{tok.text} {tokens[i + 1].text}")
                if pair is not None:  # "South African", "Costa Rican"
                    tok = Token(tok.text + " " + tokens[i + 1].text, tok.start, tokens[i + 1].end)
                    skip = i + 1
            state = self.gaz.state_for_adjective(tok.text)
            if state is None or (i > 0 and tokens[i - 1].text == "-"):
                continue
            if i > 0 and tokens[i - 1].text in REGION_QUALIFIERS:
                continue  # "Latin American", "North African": a region, not a State
            if i + 1 < len(tokens) and tokens[i + 1].text in _WATERS:
                continue  # "the Indian Ocean Commission", "the Arabian Sea": a sea's name
            if any(
                m.start <= tok.start < m.end
                and (m.candidate.key == state or m.candidate.type is EntityType.STATE)
                for m in chosen
            ):
                continue  # "British Virgin Islands": part of another State's name
            if _inside_a_known_body(tok.start, tok.end, chosen):
                continue  # "Organization of American States"
            entry = self.gaz.entries.get(state)
            if entry is not None:
                out.append(RawMention(tok.start, tok.end, tok.text, from_entry(entry), 0))
        return out


#: Names of waters that a State's adjective may begin ("Indian Ocean", "Arabian Sea").
_WATERS = frozenset("Ocean Sea Gulf".split())
_LANGUAGE = r"(?:Arabic|Chinese|English|French|Russian|Spanish|Portuguese|German)"
#: Languages listed together: "in Arabic, English and French".
_LANGUAGE_LIST = compile_capitals(
    rf"\b(?:in|into)\s+{_LANGUAGE}(?:,\s*{_LANGUAGE})*,?\s+(?:and|or)\s+{_LANGUAGE}\b"
)


#: Words of a name that say it is of several States: "the Bank of Central African States".
_MANY_STATES = frozenset({"States", "Countries", "Nations", "Peoples"})
#: The words before a State that is where a body sits: "... Council of Ministers in Latvia".
SEAT = re.compile(r"\s+in\s+(?:the\s+)?$")


def _parent_after(text: str, pos: int, taken: list[RawMention]) -> RawMention | None:
    m = re.match(r" of the ", text[pos:])
    if not m:
        return None
    return next((t for t in taken if t.start == pos + m.end() and t.priority >= 2), None)


_ORDINAL_BEFORE = compile_capitals(rf"\b{_ORDINAL}\s+$", re.IGNORECASE)


#: Legislatures, which a report may name by their head word alone ("before Parliament").
_LEGISLATURES = frozenset({"parliament", "congress", "senate"})
#: A name's acronym and then "of" the State it belongs to: " (KPK) of Indonesia".
_ACRONYM_THEN_OF = compile_capitals(r"\s*\([A-Z][A-Za-z0-9-]{1,11}\)\s+of\s+(?:the\s+)?")


def _body_named_with_its_state(
    text: str, tokens: list[Token], first: int, count: int, taken: list[RawMention]
) -> TypedName | None:
    """The type of a body's name that ends with its State's name, nothing between: "the
    Anti-Corruption Commission Seychelles", "the Money Laundering Reporting Office
    Switzerland"; capitalized words only. Not when another body is named in it ("the UNODC
    Country Office Nigeria")."""
    start, end = tokens[first].start, tokens[first + count - 1].end
    state = next(
        (
            m
            for m in taken
            if m.candidate.type is EntityType.STATE and m.end == end and start < m.start
        ),
        None,
    )
    if state is None or any(
        start <= m.start < state.start for m in taken if m.candidate.type is not EntityType.STATE
    ):
        return None
    before = text[start : state.start].split()
    if len(before) < 2 or not all(w[:1].isupper() for w in before):
        return None  # not "Country Director of Accountability Lab Nepal": a title before it
    typed = type_of_name(before)
    if (
        typed is None
        or typed.type not in (EntityType.ORGANIZATION, EntityType.INITIATIVE)
        or typed.head != before[-1]
    ):
        return None
    return replace(typed, words=0)


def _state_after_acronym(text: str, end: int, taken: list[RawMention]) -> str | None:
    """The State a name belongs to, said after its acronym: "the Corruption Eradication
    Commission (KPK) of Indonesia"."""
    m = _ACRONYM_THEN_OF.match(text, end)
    if m is None:
        return None
    return next(
        (
            t.candidate.key
            for t in taken
            if t.candidate.type is EntityType.STATE and t.start == m.end()
        ),
        None,
    )


def _with_ordinal(text: str, start: int, typed: TypedName) -> int:
    """A meeting's name keeps its number: "Fourteenth United Nations Congress on ..."."""
    if typed.type is not EntityType.MEETING:
        return start
    m = _ORDINAL_BEFORE.search(text, max(0, start - 20), start)
    return m.start() if m else start


def _named_mention(text: str, start: int, end: int, typed: TypedName, priority: int) -> RawMention:
    """A mention of a new name spanning ``text[start:end]``, typed by its head word."""
    label = clean_label(text[start:end])
    cand = Candidate(
        "entity/" + slug(label), label, typed.type, typed.subtype, head=typed.head.lower()
    )
    return RawMention(start, end, text[start:end], cand, priority)


def _start_of_last_words(words: list[str], count: int) -> int:
    """Index in ``words`` where its last ``count`` alphanumeric words begin."""
    seen = 0
    for i in range(len(words) - 1, -1, -1):
        if words[i][0].isalnum():
            seen += 1
            if seen == count:
                return i
    return 0


def _name_before(text: str, pos: int, taken: list[RawMention]) -> RawMention | None:
    """A vocabulary name that ends just before ``pos``, separated by one space."""
    return next(
        (
            t
            for t in taken
            if t.end == pos - 1
            and text[t.end] == " "
            and t.priority == 2
            and t.candidate.type is not EntityType.STATE
        ),
        None,
    )


def _pieces(
    tokens: list[Token], first: int, last: int, taken: list[RawMention]
) -> list[tuple[int, int]]:
    """Parts of a name chunk not covered by mentions already found."""
    pieces: list[tuple[int, int]] = []
    cur: int | None = None
    for i in range(first, last + 1):
        covered = any(m.start < tokens[i].end and tokens[i].start < m.end for m in taken)
        if covered:
            if cur is not None:
                pieces.append((cur, i - 1))
            cur = None
        elif cur is None:
            cur = i
    if cur is not None:
        pieces.append((cur, last))
    trimmed = []
    for a, b in pieces:
        while a <= b and not tokens[a].text[0].isupper() and not tokens[a].text[0].isdigit():
            if tokens[a].text in ("e", "m") and a < b and tokens[a + 1].text == "-":
                break  # "the e-People portal"
            if len(tokens[a].text) > 2 and tokens[a].text[1].isupper():
                break  # "the eDisclosure system"
            a += 1
        while b >= a and (
            tokens[b].text.lower() in {"of", "the", "and", "for", "on", "to", "in"}
            or not tokens[b].text[0].isalnum()
        ):
            b -= 1
        if a <= b:
            trimmed.append((a, b))
    return trimmed


def _instrument_of_a_body(tokens: list[Token], first: int, last: int) -> bool:
    """An instrument named by its head, the body that adopted it and its topic is one name:
    "Recommendation of the OECD Council on Public Integrity"."""
    if last - first < 5 or [t.text for t in tokens[first + 1 : first + 3]] != ["of", "the"]:
        return False
    words = [t.text for t in tokens[first : last + 1]]
    opening = type_of_name(words[:1])
    return (
        opening is not None
        and opening.type is EntityType.LEGAL_INSTRUMENT
        and words[0].lower() not in BODY_DOCUMENTS
        and "on" in words[4:]
    )


def _split_parent(tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """A body or programme "of the" a body, both named with their heads, is two names: "Asset
    Recovery Office of the Criminal Police", "Committee of Ministers of the Council of
    Europe", "Kleptocracy Asset Recovery Initiative of the Department of Justice"."""
    for k in range(first + 2, last - 2):
        if tokens[k].text != "of" or tokens[k + 1].text != "the":
            continue
        # (after a person's title: "Principal Integrity Officer in the Office of X of the Y")
        left_type = type_of_name(_drop_title(first, [t.text for t in tokens[first:k]])[1])
        if head_type(tokens[k - 1].text) not in (
            EntityType.ORGANIZATION,
            EntityType.INITIATIVE,
        ) and not (
            left_type is not None
            and left_type.type in (EntityType.ORGANIZATION, EntityType.LEGAL_INSTRUMENT)
        ):  # "Directorate of International Affairs of the Office of the Attorney General";
            # "Kleptocracy Asset Recovery Initiative of the Department of Justice"; "Agreement
            # on Government Procurement of the World Trade Organization"
            continue
        right = [t.text for t in tokens[k + 2 : last + 1]]
        typed = type_of_name(right)
        if len(right) >= 2 and typed is not None and typed.type is EntityType.ORGANIZATION:
            return [(first, k - 1), *_split_parent(tokens, k + 2, last)]  # also "Section of
            # the X Directorate of the Commonwealth Secretariat": three
    for k in range(first + 2, last - 2):  # "Addis Ababa Action Agenda of the Third
        # International Conference on Financing for Development": the agenda and the meeting
        if tokens[k].text != "of" or tokens[k + 1].text != "the":
            continue
        left = type_of_name([t.text for t in tokens[first:k]])
        right_type = type_of_name([t.text for t in tokens[k + 2 : last + 1]])
        if (
            left is not None
            and head_type(tokens[k - 1].text) is not None
            and right_type is not None
            and right_type.type is EntityType.MEETING
            and last - k - 1 >= 2
        ):
            return [(first, k - 1), (k + 2, last)]
    return [(first, last)]


def _renamed_after(tokens: list[Token], last: int) -> bool:
    """Whether a name is followed by another name of it in parentheses, in capitalized words
    ("(Venice Commission)"), not an acronym."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != "(":
        return False
    inner: list[Token] = []
    for t in tokens[last + 2 : last + 8]:
        if t.text == ")":
            return len(inner) >= 2 and all(w.is_word and w.text[:1].isupper() for w in inner)
        inner.append(t)
    return False


def _word_of_a_longer_name(tokens: list[Token], first: int, last: int, m: RawMention) -> bool:
    """A known single word that is only a word of a longer name: "Association of
    Anti-Corruption Agencies in Commonwealth Africa", "Convention on Mutual Administrative
    Assistance in Tax Matters", "Commonwealth Secretariat", "Convention on Extradition"."""
    if (
        m.candidate.reference is not None
        and m.candidate.label[:1].islower()
        and tokens[first].start < m.start
        and m.end <= tokens[last].end
        and tokens[last].text in LOWERCASE_HEADS
        and tokens[first].text[:1].isupper()
    ):  # a generic kind's words inside a tool's proper name: "the ProZorro electronic public
        # procurement system"
        return True
    if _joined_by_hyphen(tokens, first, last, m):
        return True  # "the UNODC-INEGI Centre of Excellence", "the UNDP-UNODC Joint Programme"
    if (
        tokens[first].start == m.start
        and m.end < tokens[last].end
        and m.candidate.type is EntityType.ORGANIZATION
        and _renamed_after(tokens, last)
    ):
        k = next(i for i in range(first, last + 1) if tokens[i].start >= m.end)
        if tokens[k].text in ("for", "on", "of"):
            return True  # "the European Commission for Democracy through Law (Venice
            # Commission)": the longer name has a name of its own
    if " " in m.text or _is_acronym(m.text) or m.candidate.reference is None:
        return False
    if tokens[first].start < m.start and m.end == tokens[last].end:
        # a generic kind's word ending a name: "the ECOWAS Convention on Extradition"
        return m.candidate.label[:1].islower()
    if not (tokens[first].start <= m.start and m.end < tokens[last].end):
        return False
    if tokens[first].start < m.start:
        return True  # inside
    k = next(i for i in range(first, last + 1) if tokens[i].start >= m.end)
    if head_type(tokens[k].text) is not None:
        return True  # "Commonwealth Secretariat"
    named = type_of_name([t.text for t in tokens[k : last + 1]])
    if (
        m.candidate.type is EntityType.ORGANIZATION
        and tokens[k].is_capitalized
        and named is not None
        and named.type in (EntityType.ORGANIZATION, EntityType.INITIATIVE)
        and named.words == 0
        and (named.head.lower() not in UNIT_HEADS or tokens[k].text in REGION_NAMES)
    ):  # "the Commonwealth Caribbean Association of Integrity Commissions", "the Commonwealth
        # Africa Anti-Corruption Centre" (a region's body); not a unit of the body ("Europol
        # Financial Intelligence Group")
        return True
    rest = [t for t in tokens[k + 1 : last + 1] if t.is_word and t.text[0].isupper()]
    return tokens[k].text.lower() in CONNECTORS and len(rest) >= 3


def _joined_by_hyphen(tokens: list[Token], first: int, last: int, m: RawMention) -> bool:
    """Whether a body's acronym is joined by a hyphen to another name's first word, the two
    opening a longer name: "UNODC-INEGI Centre", "OECD-UNDP Tax Inspectors Without Borders"."""
    if not (tokens[first].start <= m.start and m.end < tokens[last].end):
        return False  # outside the name, or ending it
    i = next(i for i in range(first, last + 1) if tokens[i].start >= m.start)
    k = next((k for k in range(i, last + 1) if tokens[k].start >= m.end), None)
    if k is None:
        return False
    after = (
        k + 2 <= last
        and tokens[k].text == "-"
        and tokens[k].start == m.end
        and tokens[k + 1].start == tokens[k].end
        and tokens[k + 1].text[:1].isupper()
    )
    before = (
        i - 2 >= first
        and tokens[i - 1].text == "-"
        and tokens[i - 1].end == m.start
        and tokens[i - 2].end == tokens[i - 1].start
        and _is_acronym(tokens[i - 2].text)
    )
    return (after or before) and _is_acronym(m.text)


def _title_end(text: str, end: int) -> int:
    """Where a numbered law's name ends, with its date, collection and title: "Law No.
    2014-17 of 2 April 2014 on the declaration of assets", "Act No. 315/2016 Coll."; its
    title runs over at most twenty-four words, up to a punctuation mark, a verb or a clause,
    or another law joined by "and"; a comma goes on in a list closed by "and" ("on
    transparency, the fight against corruption and the modernization of economic life")."""
    while (dated := _ENACTED_ON.match(text, end)) is not None:
        end = dated.end()
    opens = _TITLE_OPENS.match(text, end)
    if opens is None:
        return end
    last, prev, prev2, listed = end, "", "", False
    joined: int | None = None  # where the last "and" before a determiner was, and where the
    # title ended before it
    before_and = before_prev = end
    for k, word in enumerate(_TITLE_WORD.finditer(text, opens.end())):
        w, after = word.group(), word.end()
        if w == "," and not listed and _TITLE_LIST_GOES_ON.match(text, after):
            listed = True
            continue
        if k >= 24 or not w[0].isalnum():
            break
        if _TITLE_STOPS.match(w) and not (
            w in _GOES_ON_AFTER and _GOES_ON_AFTER[w].match(text, after)
        ):
            break
        if (
            re.fullmatch(r"[a-z]+ed", w)
            and (
                (
                    prev not in _TITLE_CONNECTORS
                    and not prev.endswith("ing")
                    and not re.fullmatch(r"un(?!der)[a-z]+", w)  # "manifestly unfounded claims"
                    and not (prev.endswith("ly") and prev2 in _TITLE_CONNECTORS)  # "on the
                    # return of illegally acquired assets": an adjective
                )
                or (prev == "and" and re.match(rf"\s+{_DETERMINER}\s", text[after:]))
            )
        ):  # also "... of Union law and amended the Protected Disclosures Act"
            if prev.endswith("ly"):
                last = before_prev  # "... and confiscation expressly covered"
            if joined is not None and k - joined <= 3:
                last = before_and  # "on access to public information and the oversight
                # exercised by": what "and" joins is the verb's subject, not the title's (not
                # "on defence and security procurement accommodated")
            break  # "... in the Civil Service applied": the sentence's verb
        if w == "in" and re.match(r"\s+(?:force|\d)", text[after:]):
            break  # "in force", "in 2019"
        if w == "and" and re.match(_ANOTHER_LAW if listed else _ANOTHER_ITEM, text[after:]):
            break  # "... and Law No. 132/2016": another law; "... and the amendments of 2022"
        if w == "and" and re.match(rf"\s+{_DETERMINER}\s", text[after:]):
            joined, before_and = k, last
        prev2, prev, before_prev = prev, w, last
        if w.lower() not in _TITLE_CONNECTORS:
            last = after
    return last


#: A law, decree or order in French, Spanish or Portuguese, by its number: "Ley N° 523/95",
#: "Loi n° 2017-06", "Lei nº 12.846/2013", "Decreto Legislativo No. 1373", "Ley 2/2023",
#: "Loi n° 2021-1031 du 4 août 2021", "Ley 23 de 2015".
_FOREIGN_NUMBERED = compile_capitals(
    r"\b(?P<head>(?:[Ll]ey|[Ll]oi|[Ll]ei|[Dd]ecreto|[Dd]écret|[Oo]rdonnance|[Aa]rrêté|"
    r"[Rr]esolución|[Pp]ortaria)(?:[\s-]+(?:[Ll]egislativo|[Ss]upremo|[Ll]ey|[Ll]ei|"
    r"[Oo]rgánica|[Oo]rganique|[Cc]omplementar|[Ff]ederal))?)\s+"
    r"(?:[Nn](?:o\.|ro\.|úm\.|[º°]|\.[º°]|r\.)\s*)?"
    r"(?P<number>\d(?:[\d./-]*\d)?(?:/[A-Z]{2,})*)\b"
    r"(?:\s+(?:de|du)\s+(?:\d{1,2}(?:er|º)?\s+(?:de\s+)?[a-zéû]{3,9}\s+(?:de\s+)?)?"
    r"(?:19|20)\d\d\b)?"
)
#: Words that open the title of such a law: "de Zonas Francas", "relative aux zones
#: économiques spéciales", "portant modalités d'attribution des fréquences".
_FOREIGN_TITLE = compile_capitals(
    r"\s+(?:de|del|sobre|contra|portant|sur|relativ[ae]\s+(?:à|aux|au|a|al)|relatif\s+"
    r"(?:à|aux|au))\s+(?=\w)"
)
#: English words, which end a title in another language.
_ENGLISH = re.compile(
    r"(?:and|or|the|of|on|in|to|which|that|had|has|have|was|were|is|are|as|with|by|for|from|"
    r"under|also|been|would|could|should|[a-z]+ed)$"
)


def _foreign_title_end(text: str, end: int) -> int:
    """Where the title of a law in another language ends: at a punctuation mark other than
    an apostrophe or a hyphen, or at an English word, within sixteen words."""
    opens = _FOREIGN_TITLE.match(text, end)
    if opens is None:
        return end
    last = end
    for k, word in enumerate(_TITLE_WORD.finditer(text, opens.end())):
        w = word.group()
        if k >= 16 or not w[0].isalnum() or _ENGLISH.match(w):
            break
        last = word.end()
    return last


def numbered_law(words: str) -> bool:
    """Whether words are a law named by its number, in English or in the law's own language:
    "Act 992", "Lei n.º 16/2022"."""
    return (
        NUMBERED_LAW.fullmatch(words) is not None or _FOREIGN_NUMBERED.fullmatch(words) is not None
    )


def _numbered_at_end(words: str) -> bool:
    """Whether a name ends with a numbered instrument: "Republic Act No. 6770"."""
    return any(m.end() == len(words) for m in _NUMBERED.finditer(words))


#: The ending of an adjective of a place, which names nothing on its own ("Latin American",
#: "Caribbean", "Asian", "Pacific").
_AN_ADJECTIVE = re.compile(r"(?:ican|ian|ean|ese|ish|ic)$")


def _split_and(tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Two bodies joined by "and", each with its head: "the BOTA Foundation and Companies
    House"; not "Ministry of Justice and Public Security", nor a document's two parts
    ("National Anti-Corruption Strategy and Action Plan")."""
    for k in range(first + 1, last):
        if tokens[k].text != "and":
            continue
        left = [t.text for t in tokens[first:k]]
        right = [t.text for t in tokens[k + 1 : last + 1]]
        typed = (type_of_name(left), type_of_name(right))
        if _members_listed(left, right):
            continue  # "Association of Integrity Commissions and Anti-Corruption Bodies"
        if "of" in left[1:] and _AN_ADJECTIVE.search(left[-1]):
            continue  # "Organization of Latin American and Caribbean Supreme Audit
            # Institutions": two adjectives of one noun
        if any(spelled_by_acronym(tokens, i, last) for i in range(first, k)):
            continue  # "Commission of the West African Economic and Monetary Union (WAEMU)":
            # its acronym spells words on both sides
        if len(right) == 1 and right[0].lower() in TITLE_WORDS:
            return [(first, k - 1)]  # "Member of the Parliament of Ghana and Chair of its
            # Public Accounts Committee": a second post, not a second body
        if (
            len(right) >= 2
            and head_type(right[-1]) is EntityType.ORGANIZATION
            and all(t is not None and t.type is EntityType.ORGANIZATION for t in typed)
        ) or (
            typed[0] is not None
            and typed[0].type is EntityType.LEGAL_INSTRUMENT
            and _numbered_at_end(" ".join(right).replace(" .", "."))
        ):  # also "the 1987 Constitution and Republic Act No. 6770": two instruments
            return [(first, k - 1), *_split_and(tokens, k + 1, last)]
    return [(first, last)]


def _members_listed(left: list[str], right: list[str]) -> bool:
    """Whether "and" joins the kinds of member a body is "of", both plural: "Association of
    Integrity Commissions and Anti-Corruption Bodies", "Network of Prosecutors and Judges"."""
    return (
        "of" in left[1:]
        and "of" not in right
        and all(w[-1:] == "s" and not w.endswith("ss") for w in (left[-1], right[-1]))
        and head_before(left[left.index("of") - 1], "of") is EntityType.ORGANIZATION
    )


def _without_place(
    tokens: list[Token], first: int, last: int, taken: list[RawMention]
) -> tuple[int, int]:
    """ "the BOTA Foundation in Kazakhstan": the name ends at its head, before the State."""
    for k in range(last - 1, first, -1):
        if tokens[k].text != "in" or head_type(tokens[k - 1].text) is None:
            continue
        start = tokens[k + 2].start if tokens[k + 1].text == "the" else tokens[k + 1].start
        if any(
            m.candidate.type is EntityType.STATE and m.start == start and m.end == tokens[last].end
            for m in taken
        ):
            return first, k - 1
    return first, last


#: People who come from a body, in the plural or as observers: "Observers for the X".
_PEOPLE = frozenset(
    "observer observers representatives delegates delegations experts members".split()
)


#: Words that say whose service a post is in: "Senior Public Prosecutor", "State Counsel".
_OF_THE_STATE = frozenset({"public", "state"})


def _drop_title(first: int, words: list[str]) -> tuple[int, list[str]]:
    """'Director of the Division for Treaty Affairs' -> 'Division for Treaty Affairs';
    'Senior State Advocate in the Asset Forfeiture Unit' -> 'Asset Forfeiture Unit'."""
    lowered = [w.lower() for w in words]
    for k, w in enumerate(lowered[:4]):
        if w.endswith(("'s", "’s")) and k + 1 < len(words) and head_type(words[k + 1]):
            return first, words  # "the Attorney-General's Department", "the Prosecutor
            # General's Office": the office of the post, a body
    for k, w in enumerate(lowered[:5]):
        if w in ("in", "at") and any(t in TITLE_WORDS for t in lowered[:k]):
            rest = k + 1 + (1 if k + 1 < len(lowered) and lowered[k + 1] == "the" else 0)
            return first + rest, words[rest:]
        if w in ("of", "for", "to"):
            break
    if len(lowered) > 2 and lowered[0] in _PEOPLE and lowered[1] in ("of", "for", "from"):
        rest = 2 + (1 if lowered[2] == "the" else 0)  # "Observers for the World Customs
        return first + rest, words[rest:]  # Organization" opening a sentence
    if (
        len(lowered) > 1
        and lowered[-1] in TITLE_WORDS
        and any(w in RANKS for w in lowered)
        and all(w in TITLE_WORDS or w in RANKS or w in _OF_THE_STATE for w in lowered)
    ):
        return first + len(words), []  # "Senior Public Prosecutor": a post, not a body (but
        # "the Public Prosecutor", an office, is one)
    if lowered and (
        lowered[0] in TITLE_WORDS
        or (len(lowered) > 2 and lowered[0] in POST_QUALIFIERS and lowered[1] in TITLE_WORDS)
    ):  # also "Programme Officer of the IGAD Security Sector Programme"
        for k, w in enumerate(lowered):
            if w == "of":
                rest = k + 1 + (1 if k + 1 < len(lowered) and lowered[k + 1] == "the" else 0)
                return _drop_office(first + rest, words[rest:])
        return first + len(words), []
    return first, words


def _drop_office(first: int, words: list[str]) -> tuple[int, list[str]]:
    """ "(Director of) Legal Affairs of the Inspectorate of Government": the words before
    "of the" that name no body are still the title."""
    lowered = [w.lower() for w in words]
    for k in range(1, len(words) - 2):
        if lowered[k : k + 2] == ["of", "the"]:
            if type_of_name(words[:k]) is None and type_of_name(words[k + 2 :]) is not None:
                return first + k + 2, words[k + 2 :]
            break
    return first, words


def _select(found: list[RawMention]) -> list[RawMention]:
    """Non-overlapping mentions, longest first, then by priority, then leftmost. States are
    chosen among themselves: a State named inside a longer name is still named; so are
    meetings described by their topic."""
    states = [m for m in found if m.candidate.type is EntityType.STATE]
    # a name that is only a State's name ("the Russian Federation" read as a federation)
    # is the State
    found = [m for m in found if m.candidate.type is EntityType.STATE or not _a_state(m, states)]
    order = sorted(found, key=lambda m: (-(m.end - m.start), -m.priority, m.start))
    chosen: list[RawMention] = []
    for layer_of in (0, 1, 2):
        layer: list[RawMention] = []
        for m in order:
            if _layer(m) != layer_of:
                continue
            if any(
                c.candidate.key == m.candidate.key and c.start <= m.start and m.end <= c.end
                for c in chosen
            ):
                continue  # the same thing at the same words, found twice
            if all(m.end <= c.start or c.end <= m.start for c in layer):
                layer.append(m)
        if layer_of == 2:  # "Sovereign Military Order of Malta": a known body, not a State
            layer = [m for m in layer if not _inside_a_known_body(m.start, m.end, chosen)]
        chosen += layer
    # several article references share the span of "articles 51 to 59"
    for m in order:
        if (
            m.candidate.type is EntityType.UNCAC_ARTICLE
            and m not in chosen
            and any(
                c.start == m.start and c.end == m.end and c.candidate.type is m.candidate.type
                for c in chosen
            )
        ):
            chosen.append(m)
    return chosen


def _inside_a_known_body(start: int, end: int, chosen: list[RawMention]) -> bool:
    """Inside a known international body's name, or a case's, or opening a declaration's:
    "Sovereign Military Order of Malta", "WM and Sovim SA v. Luxembourg Business Registers",
    "the Mexico Declaration on SAI Independence" (where it was adopted)."""
    return any(
        c.start <= start
        and end <= c.end
        and (
            (c.candidate.reference is not None and c.candidate.type is not EntityType.STATE)
            or c.candidate.type is EntityType.CASE
            or (c.start == start and c.candidate.subtype == "Declaration")
        )
        for c in chosen
    )


def _layer(m: RawMention) -> int:
    """States, and meetings described by their topic ("informal consultations on the draft
    political declaration"), are chosen apart: what they name inside is named too."""
    if m.candidate.type is EntityType.STATE:
        return 2
    if m.candidate.type is EntityType.MEETING and m.priority == 0 and m.text[:1].islower():
        return 1
    return 0


def _a_state(m: RawMention, states: list[RawMention]) -> bool:
    start = m.start + len(m.text) - len(re.sub(r"^the\s+", "", m.text, flags=re.IGNORECASE))
    return any(s.start <= start and m.end <= s.end for s in states)


def with_key(mention: RawMention, candidate: Candidate) -> RawMention:
    return replace(mention, candidate=candidate)
