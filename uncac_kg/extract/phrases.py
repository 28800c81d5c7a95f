"""Descriptive names in lower case: "a dispute mediation mechanism", "the law on mutual
legal assistance in criminal matters", "an online directory of Competent National Authorities".

Reports often name a tool, body or instrument by describing it. Such a phrase
counts when its head is a tool-like noun and the phrase specifies it: a noun
modifier in front ("dispute mediation mechanism", "federal tax service") or a
complement after ("agreements on extradition", "commission responsible for
investigating ..."). Bare generic plurals ("existing instruments", "competent
authorities") do not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uncac_kg.extract.model import EntityType
from uncac_kg.extract.tokens import Token

_MEC = EntityType.MECHANISM
_ORG = EntityType.ORGANIZATION
_LAW = EntityType.LEGAL_INSTRUMENT

#: Lower-case head nouns of descriptive names, by the type they signal.
HEADS: dict[str, EntityType] = {
    **dict.fromkeys(
        (
            "mechanism system platform database databank channel directory portal "
            "register registry tool solution app hotline guide compendium handbook toolkit "
            "template dashboard checklist"
        ).split(),
        _MEC,
    ),
    **dict.fromkeys(["network", "commission", "service", "unit", "office", "team"], _ORG),
    **dict.fromkeys(["instrument", "agreement", "law", "treaty", "directive", "bill"], _LAW),
    **dict.fromkeys(["consultations", "dialogue"], EntityType.MEETING),
    "plan": EntityType.INITIATIVE,  # "the draft work plan of the Network for 2026–2027"
    **dict.fromkeys(
        "meeting workshop seminar webinar conference symposium roundtable".split(),
        EntityType.MEETING,
    ),
}
#: Meeting heads that count only with a noun in front ("expert group meeting on ...",
#: not "the meeting", "a bilateral meeting" or "the meeting of the Working Group").
_MODIFIER_ONLY = frozenset(
    "meeting workshop seminar webinar conference symposium roundtable".split()
)
#: Modifiers that any meeting may have, which name none ("joint meetings").
_ANY_MEETING = frozenset(
    "joint bilateral regular virtual online hybrid annual informal formal plenary follow-up "
    "separate parallel additional".split()
)
#: Heads that count only with a complement ("informal consultations on the draft ...").
_COMPLEMENT_ONLY = frozenset({"consultations", "dialogue"})
#: Law in general, which describes no one instrument: "foreign bribery laws" ("legislation"
#: is no head at all); a law is one: "the draft law on the protection of whistle-blowers".
_BODY_OF_LAW = frozenset({"laws"})
#: Words in -ing that name a kind of tool, not an action: "reporting template", "case
#: management system", "whistle-blowing channel", "training programme".
_GERUND_MODIFIERS = frozenset(
    "reporting monitoring training whistle-blowing whistleblowing screening sharing tracking "
    "tracing vetting matching profiling filing auditing banking licensing accounting "
    "learning processing budgeting planning funding".split()
)
#: Words that make "agreement" a consensus: "broad agreement on the need to ...".
_CONSENSUS = frozenset("broad general wide widespread unanimous full".split())
#: Nouns after a head that make it a modifier of people: "company service providers".
_USERS = frozenset("provider providers users operators".split())
#: Modifiers that make a kind of legal instrument: "bilateral instruments", "regional treaties".
_SCOPE = frozenset("bilateral multilateral regional".split())
_ONLINE = frozenset(["online", "electronic", "digital", "web-based", "internet"])
#: Words that end a phrase on its left: determiners, quantifiers, evaluative adjectives.
_LEFT_STOP = frozenset(
    (
        "a an another the its their his her our your this that these those such several various "
        "similar "
        "other some any all more most many few number variety existing additional "
        "relevant effective robust global legal appropriate available necessary possible "
        "same different new? and or of in on for to with by from at as between into "
        "through among against about is are was were be been being had has have not also "
        "which who what each every both either neither own further current international "
        "national domestic specific particular certain key important main major strong "
        "stronger could would should can may might will must shall do does did offer "
        "provide use make take find give build develop ensure support enhance strengthen "
        "establish create improve need help allow enable promote address adopt set apply "
        "implement consider share one two three four five six seven eight nine ten prior "
        "like via within without across over under although though whereas while because unless "
        "whether where when if since until next last future upcoming forthcoming recent how why "
        "subsequent previous conclude sign negotiate revise amend introduce launch operate "
        "maintain manage adopted enacted introduced established amended passed revised "
        "approved strengthened developed launched created implemented maintained operated no "
        "whose"
    ).split()
)
_COMPLEMENT = re.compile(
    r"\s+(?:on|for|between|of|responsible\s+for|providing|that\s+contains?|against)\s+"
)
#: A complement that is a body's full proper name: "of the State Tax Service" (not a short
#: reference, "the secure communication platform of the Network").
_PROPER_OF = re.compile(r"\s+of\s+the\s+[A-Z][\w-]*\s+[A-Z]")
_COMPLEMENT_STOP = frozenset(
    (
        "and or but which who that whose with by from at as through among into while "
        "could would should can may might will shall must is are was were be been had has "
        "have did does do such including to prior before after during under within "
        "without across beyond via like until than where when if whether more less fewer "
        "over about approximately nearly almost"
    ).split()
)
#: Irregular past participles that end a complement: "the meeting on X held in Vienna".
_PARTICIPLES = frozenset(
    "held made taken given known seen done sent shown brought built led set put kept told "
    "found paid heard run written drawn chosen spoken".split()
)
_ADJECTIVE_END = re.compile(r"(?:al|ive|ous|ic|ed|ing|ent|ant|ful|ible|able|ary|less|ile|ly)$")
_PROCESS_END = re.compile(r"(?:tion|sion|ance|ence|ment)$")


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    text: str
    type: EntityType
    head: str
    head_start: int


def _head_type(word: str) -> EntityType | None:
    w = word.lower()
    for form in (w, w[:-1] if w.endswith("s") else w, w[:-3] + "y" if w.endswith("ies") else w):
        if form in HEADS:
            return HEADS[form]
    return None


def _head_word(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and w[:-1] in HEADS else w


def _is_modifier(tok: Token) -> bool:
    t = tok.text
    low = t.lower()
    if not (t[0].islower() and t.isascii() and t.replace("-", "").isalpha()):
        return False
    if low in _LEFT_STOP or low.endswith("ly"):
        return False
    if low.endswith("ing") and low not in _GERUND_MODIFIERS:
        return False  # "using platforms", "developing tools": a verb, not a kind
    return not (low.endswith("s") and not low.endswith(("ss", "ous", "is")))


def find_phrases(text: str, tokens: list[Token]) -> list[Phrase]:
    """Descriptive lower-case names in ``text``."""
    out: list[Phrase] = []
    for i, tok in enumerate(tokens):
        kind = _head_type(tok.text) if tok.text[0].islower() else None
        if kind is None or tok.text.lower() in _BODY_OF_LAW:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text in _USERS:
            continue  # "trust and company service providers": who provide it, not the thing
        if i > 0 and tok.text.lower() == "agreement" and tokens[i - 1].text in _CONSENSUS:
            continue  # "noted broad agreement on the value of ...": consensus, no instrument
        first = i
        while first > 0 and (_is_modifier(tokens[first - 1]) or tokens[first - 1].text == "-"):
            first -= 1
            if tokens[first].text == "-" and first > 0 and tokens[first - 1].is_word:
                first -= 1  # "Vienna-based", "follow-up"
        while first < i and not tokens[first].text[0].isalnum():
            first += 1
        modifiers = [t for t in tokens[first:i] if t.is_word]
        nouns = [t for t in modifiers if not _ADJECTIVE_END.search(t.text.lower())]
        noun_modifier = len(nouns) >= 2 or any(
            not _PROCESS_END.search(t.text.lower()) for t in nouns
        )
        end = tok.end
        comp = _COMPLEMENT.match(text, tok.end)
        if _head_word(tok.text) in _MODIFIER_ONLY:
            if not noun_modifier or all(t.text.lower() in _ANY_MEETING for t in modifiers):
                continue  # "joint meetings", "a bilateral meeting": which, the words do not say
            if comp and not comp.group().strip().startswith("on"):
                comp = None
        if comp and _PROPER_OF.match(text, comp.start()):
            comp = None  # "the databases of the State Tax Service": the service is named
        if comp:
            end = _complement_end(text, comp.end()) or tok.end
        scoped = kind is _LAW and any(t.text.lower() in _SCOPE for t in modifiers)
        if end == tok.end and (
            not (noun_modifier or scoped) or tok.text.lower() in _COMPLEMENT_ONLY
        ):
            continue
        if end == tok.end and len(modifiers) == 0:
            continue
        start = tokens[first].start
        if kind is _ORG and any(t.text.lower() in _ONLINE for t in modifiers):
            kind = _MEC
        out.append(Phrase(start, end, text[start:end], kind, tok.text.lower(), tok.start))
    return out


def _complement_end(text: str, pos: int) -> int | None:
    """End of a complement noun phrase starting at ``pos`` (None when there is none)."""
    end = None
    previous = ""
    for words, m in enumerate(re.finditer(r"\d{4}[–-]\d{2,4}|[\w’'-]+|[^\w\s]", text[pos:])):
        w = m.group()
        before, previous = previous, w.lower()
        if previous == "to" and before in ("subject", "related", "relating"):
            continue  # "register of persons subject to asset return proceedings"
        if not (w[0].isalnum()) or w.lower() in _COMPLEMENT_STOP or words >= 8:
            break
        if (w.endswith("ed") and "-" not in w and words > 0) or w.lower() in _PARTICIPLES:
            after = re.match(r"\s+(?:and\s+[a-z]+ed\s+)?([a-z][\w-]*)", text[pos + m.end() :])
            if not (
                w.endswith("ed")
                and after
                and after.group(1) not in _COMPLEMENT_STOP
                and after.group(1) not in {"the", "a", "an", "in", "on", "for", "of"}
            ):
                break  # "... held in 2019", "... established by law"; not "recovered assets"
        if (
            words == 0
            and w.endswith("ing")
            and re.match(r"\s*(?:[,;.]|and\b|$)", text[pos + m.end() :])
        ):
            return None  # "systems of tracing and ...": a process, not a thing
        if w.lower() not in {"the", "a", "an", "of", "in", "on", "for"}:
            end = pos + m.end()
    return end
