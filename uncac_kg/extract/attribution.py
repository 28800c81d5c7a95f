"""Who cited what: mentions are attributed to the statement whose speaker is talking.

A speaker goes on talking until the next speaker mention or the end of the
paragraph; a passive agent ("was raised by several delegations") owns its
whole sentence. States are never cited, nor is the speaker's own affiliation,
nor anything named in the words that introduce the speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from uncac_kg.document.model import Span
from uncac_kg.extract.entities import CHAPTER_OF, SEAT, RawMention
from uncac_kg.extract.heads import (
    FOREIGN_PUBLIC_HEADS,
    PRIVATE_HEADS,
    REGION_NAMES,
    UNIT_HEADS,
    civil_society_name,
)
from uncac_kg.extract.model import Affiliation, Citation, Entity, EntityType, Role, Statement
from uncac_kg.extract.names import type_of_name
from uncac_kg.extract.speakers import SpeakerMention
from uncac_kg.extract.tokens import compile_capitals, sentences

_AFFILIATION_TYPES = (
    EntityType.STATE,
    EntityType.ORGANIZATION,
    EntityType.INITIATIVE,
    EntityType.MECHANISM,
)


#: What comes before an item of a list: its start, a comma or "and".
_BEFORE_AN_ITEM = re.compile(r"(?:^|,|\band)\s*(?:the\s+)?$")


def _an_item(text: str, s: SpeakerMention, m: RawMention) -> bool:
    """Whether ``m`` is an item of the list of bodies a plural speaker speaks for."""
    return bool(text) and _BEFORE_AN_ITEM.search(text[s.affil_start : m.start]) is not None


def affiliations(
    s: SpeakerMention, mentions: list[RawMention], entities: dict[str, Entity], text: str = ""
) -> list[Affiliation | None]:
    """Whom ``s`` speaks for, from the entities named in its affiliation phrase: one for
    each State of a plural speaker, else one (a State before an organization); [None]
    when the phrase names none."""
    if s.affil_start < 0:
        return [None]
    if s.role is Role.SECRETARIAT:  # "a representative of the secretariat": no one's; "A
        # representative of UNODC": the body that serves as the secretariat
        body = [
            entities[m.candidate.key]
            for m in mentions
            if s.affil_start <= m.start <= s.affil_start + len("the ")
            and m.candidate.type is EntityType.ORGANIZATION
        ]
        return (
            [Affiliation(body[0].key, body[0].label, EntityType.ORGANIZATION)] if body else [None]
        )
    spoken = [
        m
        for m in mentions
        if s.affil_start <= m.start < s.affil_end
        and (
            m.candidate.type in _AFFILIATION_TYPES
            or (s.plural and m.candidate.type is EntityType.MEETING and _an_item(text, s, m))
        )
    ]  # each of a list of bodies, though one is named as a forum ("Observers for several
    # NGOs, among them Migrant Forum in Asia and Anti-Slavery International")
    spoken = [
        m
        for m in spoken
        if m.candidate.type is EntityType.STATE
        or not any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            for o in spoken
        )
    ]  # not a partner named inside a body's name: "the EU-ASEAN Business Council"
    behalf = ON_BEHALF.search(text, s.affil_start, s.affil_end) if text else None
    if behalf is not None and any(m.start < behalf.start() for m in spoken):
        # "an expert from Europol, speaking on behalf of the secretariat of CARIN": her body
        spoken = [m for m in spoken if m.start < behalf.start()]
    second = _SECOND_POST.search(text, s.affil_start, s.affil_end) if text else None
    if second is not None and not s.plural and any(m.start < second.start() for m in spoken):
        # "Professor at the University of Gothenburg and researcher at the Quality of
        # Government Institute": the first post's body
        spoken = [m for m in spoken if m.start < second.start()]
    inside = [
        entities[m.candidate.key]
        for m in spoken
        if not (
            m.candidate.type is EntityType.STATE and _a_word_of_a_body(m, spoken, entities, text)
        )
    ]
    if not inside and s.role is not Role.CHAIR:  # "The observer for the Civil Forum for
        # Asset Recovery (CiFAR)": what sends an observer is a body, though named as a forum;
        # so is one that has members ("board member of the Forum for African Investigative
        # Reporters")
        inside = [
            entities[m.candidate.key]
            for m in mentions
            if s.affil_start <= m.start < s.affil_end
            and m.candidate.type is EntityType.MEETING
            and (
                m.start <= s.affil_start + len("the ")
                or _MEMBER_OF.search(text, max(0, m.start - 30), m.start)
            )
        ]
    states = [e for e in inside if e.type is EntityType.STATE]
    if s.role is Role.CHAIR and not states and not s.personal:
        return [None]
    if s.plural:
        chosen = states or [e for e in inside if e.type is not EntityType.STATE]
        unique = list({e.key: e for e in chosen}.values())
        return [Affiliation(e.key, e.label, e.type) for e in unique] or [None]
    pick = states[0] if states else (inside[-1] if inside else None)
    chapters = [
        entities[m.candidate.key]
        for m in spoken
        if m.candidate.type is EntityType.ORGANIZATION and text and CHAPTER_OF.match(text, m.end)
    ]
    if chapters and not states:  # "Coordinator of the X Programme at Proética, the Peruvian
        return [Affiliation(chapters[0].key, chapters[0].label, EntityType.ORGANIZATION)]
        # chapter of Transparency International": the chapter she works for
    if not states and len(inside) > 1 and text:
        pick = next(
            (
                entities[m.candidate.key]
                for m in spoken[:-1]
                if entities[m.candidate.key].type is EntityType.ORGANIZATION
                and _a_body_of_its_own(entities[m.candidate.key], text[m.end :])
            ),
            pick,
        )  # not "the Global Programme against Money Laundering ... of UNODC": its
        # programme; "Head of the Cryptocurrency Team of the European Cybercrime Centre (EC3)
        # of Europol": past the team, the centre with an acronym of its own
    if pick is None:
        return [None]
    pick = _parent_named_first(pick, entities) or pick
    owner = (
        entities.get(pick.owner or "")
        or _owner_up_the_chain(pick, spoken, mentions, entities)
        or _the_only_state_named(pick, mentions, entities)
    )
    if (
        owner is not None
        and owner.type is EntityType.STATE
        and not _private(pick.label)
        and not _OBSERVER.search(s.text)  # "The observer for the Centro de Integridade
    ):  # Pública": States send representatives; bodies that observe speak for themselves
        pick = owner  # "Ms. A, Deputy Chief Commissioner of the Malaysian Anti-Corruption
        # Commission": a national body in the speaker's title gives its State
    kind = EntityType.STATE if pick.type is EntityType.STATE else EntityType.ORGANIZATION
    return [Affiliation(pick.key, pick.label, kind)]


def _owner_up_the_chain(
    pick: Entity,
    spoken: list[RawMention],
    mentions: list[RawMention],
    entities: dict[str, Entity],
) -> Entity | None:
    """The State that owns a body the chosen one belongs to, named after it or around it,
    when the paragraph names that State: "Director of the Asset Examination Bureau of the
    Office of the National Anti-Corruption Commission" (the Office being Thailand's) speaks
    for Thailand."""
    named = {m.candidate.key for m in mentions if m.candidate.type is EntityType.STATE}
    at = next((i for i, m in enumerate(spoken) if m.candidate.key == pick.key), None)
    if at is None:
        return None
    for i, m in enumerate(spoken):
        body = entities[m.candidate.key]
        owner = entities.get(body.owner or "")
        if (
            i != at
            and body.type is EntityType.ORGANIZATION
            and owner is not None
            and owner.key in named
            and (i > at or pick.label in body.label)
        ):
            return owner
    return None


def _the_only_state_named(
    pick: Entity, mentions: list[RawMention], entities: dict[str, Entity]
) -> Entity | None:
    """The State a public body no one is said to own belongs to, when the paragraph names
    that State and no other: "Deputy Head of SAPO" in a paragraph on "the Law of Ukraine on
    the Prosecutor's Office" speaks for Ukraine. Not a body the vocabulary knows, nor one
    named as international or regional ("the European Public Prosecutor's Office")."""
    if pick.type is not EntityType.ORGANIZATION or pick.owner or pick.reference:
        return None
    words = pick.label.replace("’", "'").split()
    typed = type_of_name(words)
    head = typed.head.lower().removesuffix("'s") if typed else ""
    national = words[0] in _NATIONAL_WORDS
    if not (head in _PUBLIC_HEADS or (national and head in UNIT_HEADS)) or any(
        w.strip(",()") in _BEYOND_A_STATE for w in words
    ):
        return None
    states = {m.candidate.key for m in mentions if m.candidate.type is EntityType.STATE}
    return entities.get(states.pop()) if len(states) == 1 else None


#: Heads of the names of a State's public bodies, also in French, Spanish and Portuguese
#: ("Instance Nationale de ...", "Fiscalía General de ...").
_PUBLIC_HEADS = FOREIGN_PUBLIC_HEADS | frozenset(
    "court tribunal bureau office directorate commission agency authority ministry service "
    "inspectorate police procuracy prosecution".split()
)
#: First words of the names of a State's own bodies: "National Anticorruption Centre".
_NATIONAL_WORDS = frozenset("National State Federal High Supreme Central".split())
#: Words of the names of bodies beyond one State.
_BEYOND_A_STATE = REGION_NAMES | frozenset(
    "International European African Asian Arab Inter-American Regional Global United "
    "Commonwealth World Islamic Latin Nordic Baltic Ibero-American Pan-African "
    "Internationale Européenne Africaine Régionale Communautaire Interafricaine Internacional "
    "Regional Africana Europea Iberoamericana Interamericana".split()
)


#: An observer's words: "The observer for X".
_OBSERVER = re.compile(r"\bobservers?\s+(?:for|of|from)\b", re.IGNORECASE)
#: A body a speaker speaks for besides their own: "..., speaking on behalf of the X".
ON_BEHALF = compile_capitals(r"\bon\s+behalf\s+of\b")
#: A second post in a person's title: "... and researcher at the X".
_SECOND_POST = compile_capitals(
    r"\s+and\s+(?:a\s+|an\s+|the\s+)?(?:senior\s+|former\s+|associate\s+|visiting\s+)?"
    r"(?:researcher|member|fellow|director|head|professor|lecturer|adviser|advisor|coordinator|"
    r"consultant|board\s+member|expert|chair|co-founder|founder|partner)\s+(?:at|of|with|in)\s"
)
#: Words before a body whose member or officer the speaker is: "board member of the".
_MEMBER_OF = compile_capitals(
    r"\b(?:member|members|director|head|coordinator|president|secretary|officer|manager|"
    r"adviser|advisor)\s+(?:of|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # also "Programme Director at the Civil Forum for Asset Recovery"


#: A body's name that ends with the city it sits in: "Public Affairs Centre in Bengaluru".
_IN_A_CITY = compile_capitals(r"\sin\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")


def _a_word_of_a_body(
    state: RawMention, spoken: list[RawMention], entities: dict[str, Entity], text: str
) -> bool:
    """Whether a State named where a speaker's body is said is only a word of that body's
    name or its seat, not whom the speaker speaks for: "the Kenya Private Sector Alliance"
    (a private body), "Transparency International Vanuatu" (a chapter), "the UNDP Pacific
    Office in Fiji" (where the office sits). Not "the Office of the Attorney General of
    Colombia", a body the State owns."""
    for o in spoken:
        if o is state or o.candidate.type is EntityType.STATE:
            continue
        body = entities[o.candidate.key]
        if o.start <= state.start and state.end <= o.end:
            if (
                _private(body.label)
                or body.owner != state.candidate.key
                or SEAT.search(text, o.start, state.start) is not None
            ):  # "the Office of the Nordic Council of Ministers in Latvia": its seat
                return True
        elif o.end <= state.start and re.fullmatch(
            r"(?:\s*\([^()]{1,120}\))?\s+(?:in|to)\s+(?:the\s+)?", text[o.end : state.start]
        ):  # also after its acronym: "the Anti-Corruption Action Centre (AntAC) in Ukraine";
            # the State a body is accredited to: "the Delegation of the European Union to Colombia"
            return True
        elif (
            o.end <= state.start
            and re.fullmatch(r",\s+(?:the\s+)?", text[o.end : state.start])
            and _IN_A_CITY.search(o.text)
        ):
            return True  # "the Public Affairs Centre in Bengaluru, India": where it sits
        elif (
            o.end <= state.start
            and (chapter := CHAPTER_OF.match(text, o.end)) is not None
            and state.start < chapter.end()
        ):
            return True  # "I Watch, the Tunisian chapter of ...": the chapter's country
    return False


def _private(label: str) -> bool:
    typed = type_of_name(label.split())
    return civil_society_name(label) or (typed is not None and typed.head.lower() in PRIVATE_HEADS)


#: Heads of a body's administrative units, which its acronym does not make a body of its
#: own: "the Office of Anticorruption and Integrity (OAI) of the Asian Development Bank".
_ADMINISTRATIVE_UNITS = frozenset(
    "office division unit section branch department directorate faculty school".split()
)


def _unit_head(label: str) -> bool:
    """Whether a name is headed like a unit of an organization ("UNODC Regional Office for
    Southeast Asia", "Division for Treaty Affairs"); a name without a head counts as one."""
    typed = type_of_name(label.split())
    return typed is None or typed.head.lower() in UNIT_HEADS


#: Heads of the parts of a body that speak for it, not for themselves: "a member of the
#: Advisory Board of the Global Judicial Integrity Network", "Head of the Cryptocurrency Team
#: of ...", "Policy Officer in the Directorate-General for Justice and Consumers of the
#: European Commission". Not units in names of their own ("the African Union Advisory Board
#: on Corruption"), so only here.
_PARTS = frozenset("board team services directorate-general".split())


def _a_body_of_its_own(body: Entity, after: str) -> bool:
    """Whether the first of two bodies named together ("X of Y", "X at Y") is whom one
    speaks for, rather than the second: "the Group of States against Corruption (GRECO) of
    the Council of Europe" (its own acronym), "the International Institute for Educational
    Planning of UNESCO" (not a unit), "the Centre for the Study of Corruption at the
    University of Sussex" (located at the second), "the U4 Anti-Corruption Resource Centre of
    the Chr. Michelsen Institute" (a centre, as readers take it); not "the Division for
    Treaty Affairs of UNODC", a unit of the second, nor "the Office of Anticorruption and
    Integrity (OAI) of the Asian Development Bank", a unit with an acronym of its own."""
    label = body.label
    typed = type_of_name(label.split())
    part = typed is not None and typed.head.lower() in _PARTS
    own = (not _unit_head(label) and not part) or label.split()[-1].lower() in ("centre", "center")
    administrative = typed is not None and typed.head.lower() in _ADMINISTRATIVE_UNITS
    of_its_own = label.split()[-1].lower() not in UNIT_HEADS and not administrative
    own_acronym = (of_its_own or body.reference is not None) and re.match(
        r"\s*\([A-Z][A-Za-z-]*[A-Z]\)\s+of\s", after
    )
    located = re.match(r"\s*at\s", after)
    parent_introduced = re.match(r"\s*of\s+(?:the\s+)?[A-Z][^,;()]*\([A-Z][A-Za-z-]*[A-Z]\)", after)
    if parent_introduced and not own_acronym:
        return False  # "the Commission on ... of the International Chamber of Commerce (ICC)"
    return bool(own_acronym or located or (own and re.match(r"\s*(?:\([^()]*\)\s*)?of\s", after)))


_UNITED_NATIONS = "entity/united-nations"


def _parent_named_first(unit: Entity, entities: dict[str, Entity]) -> Entity | None:
    """The organization a unit's name starts with, when the report names it too: an expert
    "from the INTERPOL Financial Crime and Anti-Corruption Centre" speaks for INTERPOL; so
    does one of any body named with its possessive: the Director of "Transparency
    International's Defence and Security Programme" speaks for Transparency International."""
    words = unit.label.split()
    owned = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
    if owned is not None:  # the owner's name is the words up to the possessive
        words = [*words[:owned], words[owned][:-2], *words[owned + 1 :]]
    elif (
        unit.type is not EntityType.ORGANIZATION
        or len(words) < 3
        or type_of_name(words) is None
        or not _unit_head(unit.label)
    ):
        return None
    for other in entities.values():
        if (
            other.key == unit.key
            or other.type is not EntityType.ORGANIZATION
            or other.key == _UNITED_NATIONS
        ):  # "the United Nations Youth Office" is a body of its own, as are the United
            # Nations' other offices, programmes and funds named after it
            continue
        for name in (other.label, *other.aliases):
            n = len(name.split())
            if (
                n < len(words) - 1
                and words[:n] == name.split()
                and owned in (None, n - 1)
                and (owned is not None or name.isupper() or words[n] not in REGION_NAMES)
            ):  # not "the Commonwealth Africa Anti-Corruption Centre", a region's body (but
                # "the UNDP Pacific Office" is UNDP's)
                return other
    return None


#: A phrase before the speaker that opens the sentence ("Referring to the X, ", "With
#: regard to Y, "): what it names, the speaker refers to.
_LEADING_PHRASE = compile_capitals(
    r"(?:[A-Z][a-z]+ing|In|On|Under|With|As|Regarding|Concerning|For|Within|Through|Beyond|"
    r"Besides|Apart|Against)\b(?![^.;]*\bthat\b)[^.;]*,\s*"
)


#: A verb of telling or thanking before those addressed: "informed the Group", "briefed the
#: Conference", "thanked the meeting": whom a speaker spoke to, not what they cited (not
#: "addressed", which also means dealing with a subject: "the round addressed declarations").
ADDRESSED = compile_capitals(
    r"\b(?:informed|told|briefed|reminded|assured|updated|thanked|asked|invited)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Where an answer starts after a question: ", he acknowledged", ", the panellist said".
_ANSWER = re.compile(r",\s+(?:he|she|they|the|a|an|Mr\.|Ms\.|Mrs\.|Dr\.)\s")
#: Speakers named again together: "Both panellists", "both speakers".
_BOTH = re.compile(r"\bboth\s+(?:of\s+the\s+)?[a-z]", re.IGNORECASE)


def attribute(
    text: str,
    speakers: list[SpeakerMention],
    mentions: list[RawMention],
    entities: dict[str, Entity],
) -> list[Statement]:
    """The paragraph's statements, each with what its speaker cited."""
    if not speakers:
        return []
    sents = sentences(text)

    def sentence_of(pos: int) -> tuple[int, int]:
        return next(((a, b) for a, b in sents if a <= pos < b), (0, len(text)))

    starts: list[int] = []
    for k, s in enumerate(speakers):
        sentence_start = sentence_of(s.start)[0]
        leading = _LEADING_PHRASE.fullmatch(text, sentence_start, s.start) and not any(
            sentence_start <= o.start < s.start for o in speakers[:k]
        )  # "Referring to the FATF, one delegate said": what the phrase names is theirs
        starts.append(sentence_start if s.passive or leading else s.start)
    bounds = []
    for k, s in enumerate(speakers):
        end = len(text)
        for later in range(k + 1, len(speakers)):
            if starts[later] > starts[k]:
                end = starts[later]
                break
        if s.passive:
            end = max(end, sentence_of(s.start)[1])
        bounds.append((starts[k], end))

    asked = {  # where a question ends: "Asked by the moderator whether X, he ..."
        k: q.start() if (q := _ANSWER.search(text, s.end, bounds[k][1])) else bounds[k][1]
        for k, s in enumerate(speakers)
        if s.asks
    }
    owner: dict[int, int] = {}
    for i, m in enumerate(mentions):
        best = None
        for k, (a, b) in enumerate(bounds):
            if a <= m.start < b and (best is None or bounds[best][0] <= a):
                best = k
        while best is not None and best in asked and m.start >= asked[best]:
            best = best - 1 if best > 0 else None  # the answer is the one asked
        if best is not None:
            owner[i] = best

    # the words that introduce a speaker are nobody's citation ("made by the Executive
    # Director of UNODC and by the President": UNODC is not the President's)
    intros = [(s.start, max(s.end, s.affil_end, s.intro_end)) for s in speakers]
    statements: list[Statement] = []
    made: list[list[int]] = []  # each speaker's statements, by index in ``statements``
    for k, s in enumerate(speakers):
        made.append([])
        a, b = bounds[k]
        while b > a and text[b - 1].isspace():
            b -= 1
        intro_end = max(s.end, s.affil_end, s.intro_end)
        # the offices in the speaker's own words stay theirs when named again later ("The
        # representative of the Assets Recovery Agency of Kenya ... the Agency could apply")
        own = {
            m.candidate.key
            for m in mentions
            if s.start <= m.start < intro_end and m.candidate.type is EntityType.ORGANIZATION
        }
        together = affiliations(s, mentions, entities, text)
        if together == [None] and _BOTH.search(text, max(0, s.start - 5), s.start + 5):
            # "Panellists from Jordan and Paraguay described ... Both panellists
            # emphasized": the two named before
            group = next((o for o in reversed(speakers[:k]) if o.plural), None)
            if group is not None:
                together = affiliations(group, mentions, entities, text)
        for affiliation in together:
            # "Speakers from Kenya and Sri Lanka described the Business Registration Service
            # of Kenya and the Registrar of Companies of Sri Lanka": each State its own
            others = (
                {a.entity for a in together if a is not None and a != affiliation}
                if s.plural
                else set()
            )
            seen: set[str] = set()
            cites: list[Citation] = []
            for i, m in enumerate(mentions):
                key = m.candidate.key
                if owner.get(i) != k or key in seen:
                    continue
                if m.candidate.type is EntityType.STATE:
                    continue
                if ADDRESSED.search(text, max(0, m.start - 30), m.start):
                    continue  # "informed the Group that ...": whom they spoke to
                if s.start <= m.start < intro_end or any(a <= m.start < b for a, b in intros):
                    continue
                if (affiliation is not None and key == affiliation.entity) or key in own:
                    continue
                cited = entities.get(key)
                if cited is not None and cited.owner in others:
                    continue
                seen.add(key)
                cites.append(Citation(key, Span(m.start, m.end), m.text))
            made[k].append(len(statements))
            statements.append(
                Statement(
                    index=len(statements) + 1,
                    speaker=s.text,
                    speaker_span=Span(s.start, s.start + len(s.text)),
                    role=statements[-1].role if s.counterpart and statements else s.role,
                    affiliation=affiliation,
                    span=Span(a, b),
                    text=text[a:b],
                    citations=tuple(cites),
                    name=s.name,
                    title=s.title,
                )
            )
    for k, s in enumerate(speakers[:-1]):  # "Ms. A and Mr. B thanked ...": what B cites, A does
        if s.joint and made[k + 1]:
            partner = statements[made[k + 1][0]]
            for i in made[k]:
                theirs = statements[i].affiliation
                kept = tuple(
                    c for c in partner.citations if theirs is None or c.entity != theirs.entity
                )
                statements[i] = replace(statements[i], citations=kept)
    return statements
