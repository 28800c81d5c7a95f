"""Extraction of one document: entities, speakers, and what each speaker cited.

Two passes over the paragraphs: the first collects the document's own
aliases (acronyms introduced in parentheses, in either order), the second
finds mentions and statements with those aliases known. Identity is settled
per document: one key and one canonical label per thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from uncac_kg.document.model import Document, Paragraph, Span
from uncac_kg.extract.acronyms import spells
from uncac_kg.extract.attribution import ADDRESSED, ON_BEHALF, affiliations, attribute
from uncac_kg.extract.entities import (
    MEETING,
    TITLE_WORDS,
    Candidate,
    MentionFinder,
    RawMention,
    clean_label,
    from_entry,
    numbered_law,
    slug,
)
from uncac_kg.extract.foreign import SMALL_WORDS, looks_foreign
from uncac_kg.extract.gazetteer import Gazetteer, load_gazetteer
from uncac_kg.extract.heads import (
    CONNECTORS,
    LEGAL_FORMS,
    REGION_NAMES,
    REGION_QUALIFIERS,
    head_type,
)
from uncac_kg.extract.model import (
    Affiliation,
    Entity,
    EntityType,
    Extraction,
    Mention,
    ParagraphExtraction,
    Role,
    Statement,
)
from uncac_kg.extract.names import type_of_name
from uncac_kg.extract.speakers import (
    NAMED_PERSON,
    SpeakerFinder,
    SpeakerMention,
    after_the_floor_opened,
    call_names,
    in_national_capacity,
    introductions,
    opens_the_floor,
    role_said_with_name,
    setting_of,
    surname,
    the_panel_presents,
)
from uncac_kg.extract.tokens import compile_capitals, label_keys, sentences, singular

#: A capitalized name without a head word, with the small words of English and other
#: languages: "Protect", "Tournons La Page", "Spotlight on Corruption".
_BODY_NAME = (
    r"(?P<name>(?!(?:The|A|An|His|Her|Their|Its)\b)[A-Z][\w'’&-]*(?:\s+(?:(?:"
    + "|".join(map(re.escape, sorted(SMALL_WORDS | {"for", "of", "on", "and", "the"})))
    + r")\s+)*[A-Z][\w'’&-]*)*)(?:\s*\([A-Z][\w&-]*\))?\s*(?:,|\)|$)"
)  # also with its acronym: "Global Financial Integrity (GFI)"
#: Such a name where a speaker's affiliation is said, at its start or after "from", "of" or
#: "at": "Protect", "of Tournons La Page", "from Transparency Maroc".
_HEADLESS_BODY = compile_capitals(r"(?:^|\b(?:from|of|at|with)\s+)" + _BODY_NAME)
#: The same name at the end of a named person's title: "Head of Litigation at Sherpa".
_BODY_IN_TITLE = compile_capitals(r"\b(?:from|of|at|with)\s+(?:the\s+)?" + _BODY_NAME)
#: Heads of a body's programmes, whose staff speak for the body.
_PROGRAMME_HEADS = frozenset({"programme", "program", "project"})
#: Words of people's titles, which name no body: "Associate Professor of Criminal Law".
_TITLES = TITLE_WORDS | {
    "professor",
    "dean",
    "lecturer",
    "researcher",
    "fellow",
    "consultant",
    "partner",
}
#: Names of places, not bodies: "a representative of Latin America", "from the Pacific".
_PLACE = compile_capitals(
    r"\b(?:Africa|America|Americas|Asia|Europe|Pacific|Caribbean|East|West|Balkans|Oceania|"
    r"Region|Islands|Countries|States)$"
)
#: Words of the names of regions: "Latin America", "South-East Asia", "Asia and the
#: Pacific"; not "Access Info Europe", a body named after its region.
_REGION_WORDS = (
    REGION_QUALIFIERS
    | REGION_NAMES
    | frozenset(
        "Sub-Saharan South-East Southeast North-East Northeast Middle Small Island Developing "
        "and the of".split()
    )
)


def _a_place(name: str) -> bool:
    """Whether a capitalized name is a region's ("from West Africa"), not a body's."""
    return _PLACE.search(name) is not None and all(w in _REGION_WORDS for w in name.split()[:-1])


_PAREN = compile_capitals(r"\s\((?P<alias>[^()]{2,150})\)")
#: A name in another language and an acronym, given together in parentheses.
_NAME_AND_ACRONYM = compile_capitals(
    r"(?P<name>[A-Z][^,]{3,140}),\s+(?P<acronym>[A-Z][\w-]*[A-Z][\w-]*)"
)
_ACRONYM = compile_capitals(r"^[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*(?:\s\d{4})?$")
#: A name of one long word, as German laws are named: "(Hinweisgeberschutzgesetz)".
_ONE_WORD_NAME = re.compile(r"(?=\w{12})[A-ZÄÖÜ][a-zäöüß]+(?:[A-Z][a-zäöüß]+)*[a-zäöüß]{2,}")
#: The report's own meeting, referred to from within: "this meeting", "the present session".
_OWN_MEETING = compile_capitals(
    r"\b(?:(?:this|the\s+present|the\s+current)\s+(?P<kind>meeting|session)|"
    r"the\s+(?P<bare>meeting))\b(?!\s+(?:of|on|in|for|with)\b)",
    re.IGNORECASE,
)
#: A title that describes the report's own meeting: "Report on the expert meeting on
#: integrity in the private sector, held in Vienna", "Regional expert group meeting on
#: asset recovery": the words up to where and when it was held (not a numbered meeting,
#: "the sixth meeting of the X", nor "the meeting of the Working Group").
_OWN_DESCRIBED = compile_capitals(
    r"(?:(?:Report|Outcome|Summary|Proceedings)\s+(?:on|of)\s+the\s+)?"
    r"(?P<phrase>(?P<lead>(?!(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|resumed|special\s+session)\b)[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?\s+(?:meeting|"
    r"forum|event|dialogue|seminar|workshop|conference|consultation))\s+(?:on|for|of)\s+"
    r"(?!the\s+[A-Z])(?:[^,]|,(?=\s+[a-z])(?!\s+held\b))+?)"
    r"(?=,\s+held\b|,(?!\s+[a-z])|\s+held\b|\s+of\s+the\s+(?:Conference|Working\s+Group|Group|"
    r"Implementation|States\s+Parties|United\s+Nations|General\s+Assembly)\b|$)"
)  # "the regional workshop for small island developing States of the Caribbean on ..."; a list
# in the topic ("on the role of civil society, academia and the private sector in ..."); not
# "... of the Conference", the body whose meeting it is
_GENERIC_LEAD = frozenset("national international regional global federal central".split())
_FOREIGN_NAME = compile_capitals(
    r"^(?!.*\b(?:and|of|the|for|on|in|with|to)\s+[a-z])[A-Z][\w’'-]+(?:\s+[\w’'-]+){1,15}$"
)  # "Fiscalía General de la Nación"; not "Criminalization and law enforcement", a title (a
# name of more than six words only when in another language: see ``_another_name``)
_INNER = compile_capitals(
    r"(?P<long>(?:[A-Z][\w-]*\s+)(?:(?:of|for|and|the|on|to)\s+|[A-Z][\w-]*\s+)*?)"
    r"\((?P<acr>[A-Z][A-Za-z]*[A-Z][A-Za-z]*)\)\s+(?P<head>[A-Z][\w-]*)"
)


def _role_names(gaz: Gazetteer) -> dict[str, Role]:
    names: dict[str, Role] = {}
    for keys, role in gaz.roles.items():
        if "states" in keys:
            continue  # "States parties should ...": not a speaker mention
        if keys and role in Role._value2member_map_:
            names[" ".join(keys)] = Role(role)
    return names


#: A chair elected in the paragraph, with words that may tie them to a State.
_ELECTED_CHAIR = compile_capitals(
    r"(?:\belected,?\s+(?:by\s+acclamation,?\s+)?|(?:(?<=Chair)|(?<=President))\s+and\s+)"
    r"(?P<who>(?:Mr\.|Ms\.|Mrs\.|Dr\.|H\.E\.|[^.;]){3,200}?)"
    r"\s+as\s+(?:its\s+)?(?P<vice>Vice-)?"
    r"(?:President|Chair|Chairperson)\b"
)  # also the next officer elected: "... as Chair and Ms. B (Paraguay) as Vice-Chair"


#: A list of the organizations represented at a meeting, up to its colon.
_REPRESENTED = re.compile(
    r"\b(?:organi[sz]ations|entities|bodies|institutions)\b[^.:;]{0,80}?\b(?:were|was)\s+"
    r"(?:also\s+)?represented\b[^.:;]{0,60}:"
)
#: The verb after a list of bodies that attended as observers.
_AS_OBSERVERS = re.compile(
    r"\b(?:attended|participated|were\s+(?:also\s+)?represented)\s+(?:the\s+meeting\s+)?as\s+"
    r"observers\b"
)
#: Types a name's head gives that a list of represented organizations overrides.
_NOT_BODIES_BY_NAME = frozenset(
    {EntityType.MEETING, EntityType.MECHANISM, EntityType.LEGAL_INSTRUMENT, EntityType.CASE}
)


@dataclass(frozen=True, slots=True)
class OwnMeeting:
    """The meeting a report's title names: its first words ("second intersessional
    meeting"), the word of its kind ("meeting" or "session"), and whether the title names it
    by a description ("expert meeting on ..."), which only those words refer back to, not
    "the meeting"."""

    lead: str
    kind: str
    described: bool = False


class DocumentExtractor:
    """Extracts one document; holds the document-level identity tables."""

    def __init__(self, document: Document, gazetteer: Gazetteer) -> None:
        self.document = document
        self.gaz = gazetteer
        self.aliases: dict[str, Candidate] = {}
        self.entities: dict[str, Entity] = {}
        self.recent_by_head: dict[str, str] = {}
        self.used: dict[str, list[str]] = {}
        self._before_acronyms: list[str] | None = None
        self._flat_text: str | None = None  # the text on one line, read when needed
        #: Names introduced in full with an acronym ("the Ethics and Anti-Corruption
        #: Commission (EACC)"): never a short reference to a longer name seen before.
        self.introduced: set[str] = set()
        #: Names in another language given in parentheses after the name the report uses
        #: ("Tax Administration Service (Servicio de Administración Tributaria, SAT)"): they
        #: refer to it but do not label it.
        self.translations: set[str] = set()
        #: The States whose adjective opens the English name given to a body named in its
        #: own language: "Commission Tunisienne des Analyses Financières (Tunisian Financial
        #: Analysis Committee)" is Tunisia's (key -> State key).
        self.owners_in_english: dict[str, str] = {}
        self.speakers = SpeakerFinder(
            _role_names(gazetteer), {" ".join(k) for k in gazetteer.professions}
        )
        #: The States the paragraph being read names, and those named where each entity
        #: was first named: "the Anti-Corruption Commission" in a paragraph on Sierra Leone
        #: is not Ethiopia's "Federal Ethics and Anti-Corruption Commission" named before.
        self.states_here: set[str] = set()
        self.first_states: dict[str, frozenset[str]] = {}
        #: The meeting the title names, which "the meeting" or "this session" refers to.
        self.own_meeting: OwnMeeting | None = None
        described = _described_meeting(document.title or "")
        own = None if described else MEETING.search(document.title or "")
        if described is not None:
            phrase, lead = described
            self.aliases[phrase] = Candidate("entity/" + slug(phrase), phrase, EntityType.MEETING)
            self.own_meeting = OwnMeeting(lead, lead.split()[-1], described=True)
        if own is not None:
            kind = re.sub(r"\s+", " ", own.group("kind").lower()).removesuffix("s")
            self.own_meeting = OwnMeeting(f"{own.group('ord').lower()} {kind}", kind.split()[-1])
        #: The bodies the title names ("Report on the meeting of the Open-ended
        #: Intergovernmental Working Group on Asset Recovery"): "the Working Group" is that one.
        title = document.title or ""
        finder = MentionFinder(gazetteer, {})
        named = finder.find(title)
        if own is not None and own.group("body"):  # "the sixth meeting of the X Platform":
            # the body's name, as far as it goes ("of the Working Group of Experts on
            # Corruption Risks in Free Zones, Special Economic Zones and Tax Incentives")
            named += [m for m in finder.find(title[own.start("body") :]) if m.start == 0]
        self.title_bodies = [
            m.candidate
            for m in named
            if m.candidate.key
            and m.candidate.type in (EntityType.ORGANIZATION, EntityType.INITIATIVE)
        ]  # also "the Southeast Asia Regional Platform to Fast-Track ...", which meets too
        #: Whom each person introduced so far speaks for, by the name they are called by.
        self.people: dict[str, Affiliation | None] = {}
        #: The role each named person was introduced in ("chaired by Ms. A B", "The
        #: panellists were Mr. C D, ..."), by the name they are called by.
        self.roles: dict[str, Role] = {}

    def _represented_bodies(self, text: str, raw: list[RawMention]) -> None:
        """What a list of represented organizations names is a body, whatever its name's head
        ("The following organizations were represented: ..., the International Forum of
        Sovereign Wealth Funds"; "..., the Principles for Responsible Investment (PRI) and the
        Basel Institute on Governance attended as observers"); an initiative keeps its type,
        and so does what the vocabularies type."""
        spans = []
        for a, b in sentences(text):
            listed = _REPRESENTED.search(text, a, b)
            if listed:
                spans.append((listed.end(), b))
            observers = _AS_OBSERVERS.search(text, a, b)
            if observers:
                spans.append((a, observers.start()))
        for start, end in spans:
            for m in raw:
                entity = self.entities.get(m.candidate.key)
                if (
                    entity is not None
                    and start <= m.start < end
                    and entity.type in _NOT_BODIES_BY_NAME
                    and entity.subtype != "Convention"
                    and m.candidate.key not in self.gaz.entries
                ):
                    self._is_a_body(entity)

    def _is_a_body(self, entity: Entity) -> None:
        """``entity`` is an organization, whatever its name's head made it; later mentions
        take this type (``_resolve``)."""
        self.entities[entity.key] = replace(entity, type=EntityType.ORGANIZATION, subtype=None)

    def run(self) -> Extraction:
        self._collect_aliases()
        finder = MentionFinder(self.gaz, self.aliases)
        paragraphs = []
        last: Statement | None = None  # the previous paragraph's last speaker
        floor_under: str | None = None  # the heading whose discussion from the floor began
        for para in self.document.paragraphs:
            found = _named_by_the_parentheses(
                para.text, _not_in_a_company(finder.find(para.text), self.gaz)
            )
            self.states_here = {
                m.candidate.key for m in found if m.candidate.type is EntityType.STATE
            }
            inside = {  # a State named inside a body's name does not choose its label
                id(m)
                for m in found
                if m.candidate.type is EntityType.STATE
                and any(
                    o.candidate.type is not EntityType.STATE and o.start <= m.start < m.end <= o.end
                    for o in found
                )
            }
            raw = [
                r for r in (self._resolve(m, id(m) not in inside) for m in found) if r is not None
            ]
            raw = self._short_forms(para.text, raw)
            heading = self._heading(para)
            setting = setting_of(heading)
            if (
                heading is not None
                and heading == floor_under
                and the_panel_presents(para.text, heading)
            ):
                floor_under = None  # "Mr. A (Lithuania), Deputy Director of the X, shared":
                # a panellist presents again after the floor's questions
            if heading is not None and heading == floor_under:
                setting = after_the_floor_opened(setting)
            elif opens_the_floor(para.text):
                floor_under = heading
            speakers = self.speakers.find(para.text, setting)
            raw = self._bodies_speakers_come_from(para.text, speakers, raw)
            carried = _carried_over(para.text, speakers, last, self.speakers.role_names)
            raw = self._own_meeting_mentions(para.text, raw)
            statements = attribute(para.text, [*carried, *speakers], raw, self.entities)
            if carried and last is not None and statements:
                statements[0] = _as_before(statements[0], last)
            statements = self._known_people(para.text, raw, statements)
            statements = [self._not_the_chaired_body(s) for s in statements]
            statements = [self._body_of_its_programme(s) for s in statements]
            last = statements[-1] if statements else None
            for st in statements:  # a forum that sends an observer is a body
                spoken_for = st.affiliation and self.entities.get(st.affiliation.entity)
                if spoken_for and spoken_for.type is EntityType.MEETING:
                    self._is_a_body(spoken_for)
            self._represented_bodies(para.text, raw)
            mentions = tuple(Mention(m.candidate.key, Span(m.start, m.end), m.text) for m in raw)
            paragraphs.append(ParagraphExtraction(para.number, mentions, tuple(statements)))
        entities = _referenced(self._labelled(), paragraphs)
        return Extraction(
            self.document.identifier,
            entities,
            tuple(_relabel(p, entities) for p in paragraphs),
        )

    def _short_forms(self, text: str, raw: list[RawMention]) -> list[RawMention]:
        """A kind's short form names the kind once the report has named it in full:
        "declarations" after "asset declarations" ("the Commission verified the
        declarations"); not where other words make it another kind ("customs declarations",
        "declarations and reservations", "declarations of intent")."""
        named = set(self.entities) | {m.candidate.key for m in raw}
        found = []
        for word, key in self.gaz.short_forms.items():
            if key not in named:
                continue
            for f in re.finditer(rf"(?<![\w-]){re.escape(word)}\b", text):
                if any(m.start < f.end() and f.start() < m.end for m in raw):
                    continue
                if not (
                    _ALONE_BEFORE.search(text, max(0, f.start() - 30), f.start())
                    and _ALONE_AFTER.match(text, f.end())
                ):
                    continue
                short = RawMention(f.start(), f.end(), f.group(), from_entry(self.gaz.entries[key]))
                resolved = self._resolve(short, labels=False)
                if resolved is not None:
                    found.append(resolved)
        return sorted([*raw, *found], key=lambda m: m.start) if found else raw

    def _heading(self, para: Paragraph) -> str | None:
        """The title of the innermost heading the paragraph sits under, if any."""
        section = self.document.section_of(para)
        if section is not None:
            return section.title
        item = self.document.item_of(para)
        return item.title if item is not None else None

    def _bodies_speakers_come_from(
        self, text: str, speakers: list[SpeakerMention], raw: list[RawMention]
    ) -> list[RawMention]:
        """A body without a head word, named as where a speaker comes from, is a body: "An
        expert from Protect, a whistle-blowing charity", "Ms. A, of Tournons La Page,"; each
        of a list ("Observers for several NGOs, among them A and B,"). It is remembered for
        the rest of the report."""
        added = []
        for s in speakers:
            if s.affil_start < 0:
                continue
            parts = (
                [
                    (s.affil_start + a, s.affil_start + b)
                    for a, b in _items(text[s.affil_start : s.affil_end])
                ]
                if s.plural
                else [(s.affil_start, s.affil_end)]
            )
            for a_start, a_end in parts:
                mention = self._headless_body(text, s, a_start, a_end, raw)
                if mention is not None:
                    added.append(mention)
        return sorted([*raw, *added], key=lambda r: (r.start, r.end)) if added else raw

    def _headless_body(
        self, text: str, s: SpeakerMention, a_start: int, a_end: int, raw: list[RawMention]
    ) -> RawMention | None:
        """The body named without a head word in a speaker's affiliation ``[a_start, a_end)``."""
        behalf = ON_BEHALF.search(text, a_start, a_end)
        if behalf is not None:  # "legal adviser with I Watch, speaking on behalf of several
            a_end = behalf.start()  # Tunisian organizations": her own body, before the aside
        overlap = [r for r in raw if r.start < a_end and a_start < r.end]
        if any(r.candidate.type is not EntityType.STATE for r in overlap):
            return None
        span = text[a_start:a_end]
        found = (
            next(reversed(list(_BODY_IN_TITLE.finditer(span))), None)
            if s.name
            else _HEADLESS_BODY.search(span)
        )  # "Ms. A, Executive Editor of CONNECTAS": the body after her title
        if (
            found is None
            or _a_place(found.group("name"))
            or any(w.lower() in _TITLES for w in found.group("name").split())
            or head_type(found.group("name").split()[-1]) not in (None, EntityType.ORGANIZATION)
            # "Associate Professor of Criminal Law": a field, not a body
            or (not s.name and s.affil_end < s.end and not s.plural)
            # "an African expert": a region's adjective before the role noun
        ):
            return None
        start = a_start + found.start("name")
        name = found.group("name")
        if overlap and not _ends_with_its_state(name, start, overlap):
            return None
        cand = self.aliases.get(name) or Candidate(
            "entity/" + slug(name), name, EntityType.ORGANIZATION
        )
        self.aliases.setdefault(name, cand)
        return self._resolve(RawMention(start, start + len(name), name, cand, 2))

    def _own_meeting_mentions(self, text: str, raw: list[RawMention]) -> list[RawMention]:
        """Mentions of the report's own meeting by "this meeting", "the present session"
        or "the meeting": the meeting its title names ("Report on the second
        intersessional meeting ..."), once the report has named it in full."""
        own = self.own_meeting
        if own is None:
            return raw
        lead, kind, described = own.lead, own.kind, own.described
        entity = next(
            (
                e
                for e in self.entities.values()
                if e.type is EntityType.MEETING and e.label.lower().startswith(lead)
            ),
            None,
        )
        if entity is None:
            return raw
        added = []
        pattern = (
            compile_capitals(
                rf"\b(?:the|this|the\s+present)\s+{re.escape(lead)}\b(?!\s+(?:of|on|in|for)\b)"
            )
            if described
            else _OWN_MEETING
        )
        for m in pattern.finditer(text):
            if not described and (m.group("kind") or m.group("bare")).lower() != kind:
                continue
            if described:  # "the expert meeting", found as a name of its own
                raw = [
                    r
                    for r in raw
                    if not (
                        r.candidate.type is EntityType.MEETING
                        and r.candidate.key != entity.key
                        and m.start() <= r.start
                        and r.end <= m.end()
                        and r.text.lower().removeprefix("the ") == lead
                    )
                ]
            if any(r.start < m.end() and m.start() < r.end for r in raw):
                continue
            if ADDRESSED.search(text, 0, m.start()):
                continue  # "informed the meeting that": the people present, not the event
            cand = Candidate(entity.key, entity.label, EntityType.MEETING, head="elided")
            added.append(RawMention(m.start(), m.end(), m.group(), cand, 1))
        if not added:
            return raw
        self.used.setdefault(entity.key, []).extend(entity.label for _ in added)
        return sorted([*raw, *added], key=lambda r: (r.start, r.end))

    def _not_the_chaired_body(self, statement: Statement) -> Statement:
        """The chair of the meeting does not cite the body whose meeting it is: that body is
        in their title ("opened by its Chair, ..., who recalled that the Conference had
        established the Working Group")."""
        if statement.role is not Role.CHAIR or not self.title_bodies:
            return statement
        chaired = {body.key for body in self.title_bodies if body.label[:1].isupper()}
        kept = tuple(c for c in statement.citations if c.entity not in chaired)
        return (
            statement
            if len(kept) == len(statement.citations)
            else replace(statement, citations=kept)
        )

    def _body_of_its_programme(self, statement: Statement) -> Statement:
        """Staff of a programme that a known body's acronym opens speak for that body: "an
        expert from the UNODC Global Programme on Prison Challenges" for UNODC, "Programme
        Officer of the IGAD Security Sector Programme" for IGAD."""
        said = statement.affiliation
        programme = self.entities.get(said.entity) if said is not None else None
        if (
            programme is None
            or programme.type is not EntityType.INITIATIVE
            or (typed := type_of_name(programme.label.split())) is None
            or typed.head.lower() not in _PROGRAMME_HEADS
        ):
            return statement  # not "the INTOSAI Development Initiative", a body of its own
        acronym = programme.label.split()[0]
        named = self.aliases.get(acronym)  # the report's own: "the Intergovernmental
        # Authority on Development (IGAD)"
        if (
            named is not None
            and named.type is EntityType.ORGANIZATION
            and named.key in self.entities
        ):
            body = self.entities[named.key]
        else:
            entry = self.gaz.acronym(acronym)
            if entry is None or entry.type is not EntityType.ORGANIZATION:
                return statement
            body = self.entities.setdefault(  # named only in the programme's name
                entry.key,
                Entity(
                    entry.key,
                    entry.label,
                    entry.type,
                    entry.aliases,
                    entry.subtype,
                    reference=entry.iri,
                ),
            )
        return replace(statement, affiliation=Affiliation(body.key, body.label, body.type))

    def _known_people(
        self, text: str, raw: list[RawMention], statements: list[Statement]
    ) -> list[Statement]:
        """A named speaker whose affiliation this paragraph does not say speaks for what
        they were introduced with earlier ("Ms. A B, Director, the World Bank Group, ...
        Ms. B noted that ..."); the people this paragraph introduces are remembered."""
        chairs: list[tuple[int, Affiliation]] = []  # chairs introduced in this paragraph
        introduced = introductions(text)
        for intro in introduced:
            mention = SpeakerMention(0, 0, "", Role.OFFICIAL, intro.affil_start, intro.affil_end)
            said = affiliations(mention, raw, self.entities)[0]
            if intro.chair and said is not None:
                chairs.append((intro.start, said))
            apposed = next(
                (
                    st
                    for st in statements
                    if not st.name
                    and st.affiliation is not None
                    and re.fullmatch(r",\s*", text[st.speaker_span.end : intro.start])
                ),
                None,
            )  # "A panellist from Saint Kitts and Nevis, Mr. A B, Chief Executive Officer of
            # the X Unit, explained": whom and as what the statement gives, not the post
            if apposed is not None:
                said = apposed.affiliation
                self.roles.setdefault(intro.surname, apposed.role)
            for name in intro.names:  # "Mr. Tan" or "Mr. Leong" for "Mr. Desmond Tan Kok Leong"
                self.people.setdefault(name, said)
        for m in _ELECTED_CHAIR.finditer(text):  # "elected the Chair of the X of Egypt as
            # President of the Conference": the President speaks for Egypt
            mention = SpeakerMention(0, 0, "", Role.OFFICIAL, m.start("who"), m.end("who"))
            said = affiliations(mention, raw, self.entities)[0]
            if said is not None:
                if not m.group("vice"):  # the Chair, not a Vice-Chair, is "the Chair"
                    chairs.append((m.start(), said))
                person = NAMED_PERSON.match(m.group("who"))
                if person is not None:  # "elected Ms. A B (Czechia) as Chair. ... Ms. B"
                    self.people[surname(person.group("name"))] = said
        chairs.sort(key=lambda c: c[0])
        out = []
        for s in statements:
            if s.role is Role.CHAIR and not s.name and s.affiliation is None:
                at, end = s.speaker_span.start, s.speaker_span.end
                before = [a for start, a in chairs if start < at] or [
                    a for start, a in chairs if end <= start <= end + 80
                ]  # "opened by the Chair of the Steering Committee, Mr. A (Egypt)"
                if before:  # "opened by its Chair, Mr. A (Egypt). ... the Chair recalled"
                    kept = tuple(c for c in s.citations if c.entity != before[-1].entity)
                    s = replace(s, affiliation=before[-1], citations=kept)
            if s.name and s.affiliation is None:
                known = self.people.get(surname(s.name))
                if known is not None:
                    kept = tuple(c for c in s.citations if c.entity != known.entity)
                    s = replace(s, affiliation=known, citations=kept)
            elif s.name:  # "Ms. A B (Peru) and Mr. C D (Nepal) both stressed ...", then
                for name in call_names(s.name):  # "Mr. D explained"
                    self.people.setdefault(name, s.affiliation)
            start, end = s.speaker_span.start, s.speaker_span.end
            if (
                s.name
                and surname(s.name) in self.roles
                and (s.role is Role.OFFICIAL or not s.title)
                and not role_said_with_name(text, start, end)
            ):
                # "chaired by Ms. A B, ..." then "Ms. B noted"; "The panellists were Mr. C
                # D, ...", then "Mr. D presented"
                s = replace(s, role=self.roles[surname(s.name)])
            elif (
                s.name
                and (s.role is not Role.OFFICIAL or s.title)
                and not in_national_capacity(text, end)
            ):
                # (an official is remembered when introduced with a title: "Mr. A B, Chief of
                # the X Section, UNODC, introduced ..." then "Mr. B also presented ..."; "Colonel
                # Hoàng Minh Tuấn, Deputy Commander ..." then "Colonel Hoàng clarified")
                for name in call_names(s.name):
                    self.roles.setdefault(name, s.role)
            out.append(s)
        for intro in introduced:
            if intro.chair:  # "chaired by Mr. A B, ..." (no more), then "Mr. B explained"
                self.roles.setdefault(intro.surname, Role.CHAIR)
        return out

    def _labelled(self) -> dict[str, Entity]:
        """Each entity is labelled with the fullest form the document uses for it, as a
        careful reader would ("UNODC" in a report that never spells it out); States and
        articles keep their reference labels."""
        out: dict[str, Entity] = {}
        for key, e in self.entities.items():
            used = [_bare(u) for u in self.used.get(key, [])]
            used = [u for u in used if _unquoted(u) not in self.translations] or used
            if e.type is EntityType.STATE:
                out[key] = self._state_label(e, used)
                continue
            if e.type is EntityType.UNCAC_ARTICLE or not used:
                out[key] = e
                continue
            introduced = [u for u in used if self._introduced_with_acronym(u)]
            label = max(introduced or used, key=lambda u: (len(u.split()), len(u)))
            if (
                e.reference
                and _uses(used, e.label)
                and not (e.type is EntityType.ORGANIZATION and _extends(label, e.label))
                and not (_ACRONYM.match(e.label) and _spells_out(used, e))
            ):
                label = _as_written(used, e.label)  # the document uses the reference name
            elif (
                len(label.split()) < 2
                and e.reference
                and (
                    e.label[:1].islower()
                    or (head_type(label) is not None and not _ACRONYM.match(label))
                )
            ):  # "the Convention", "FIUs": the reference name says more; not "Eurojust"
                label = e.label
            elif e.reference and e.label[:1].isupper() and all(u[:1].islower() for u in used):
                label = e.label  # a proper name described in lower case ("the second review
                # cycle" of the Implementation Review Mechanism)
            elif e.reference and _ACRONYM.match(label) and self._written(e.label):
                label = e.label  # the full name written inside a longer one: "the
                # Secretariat of the Southern African Development Community (SADC)"
            aliases = tuple(sorted({n for n in (e.label, *e.aliases) if n != label}))
            out[key] = Entity(key, label, e.type, aliases, e.subtype, e.owner, e.reference)
        return out

    def _written(self, name: str) -> bool:
        """Whether the report's text has ``name`` anywhere, across line breaks."""
        if self._flat_text is None:
            self._flat_text = " ".join(self.document.text.split())
        return (
            re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", self._flat_text) is not None
        )

    def _introduced_with_acronym(self, name: str) -> bool:
        """Whether the report introduces ``name`` with its acronym, as it names a body
        formally: "the Infrastructure Transparency Initiative (CoST)" (not its former name,
        "launched as the Construction Sector Transparency Initiative")."""
        if len(name.split()) < 2:
            return False
        if self._before_acronyms is None:  # the words before each acronym in parentheses,
            # across the lines of the text
            self._before_acronyms = [
                " ".join(self.document.text[max(0, m.start() - 300) : m.start()].split())
                for m in _ACRONYM_INTRODUCED.finditer(self.document.text)
            ]
        name = " ".join(name.split())
        return any(b.endswith(name) for b in self._before_acronyms)

    def _state_label(self, state: Entity, used: list[str]) -> Entity:
        """A State as the report usually names it ("the United States", "Uzbekistan" though
        once "the Republic of Uzbekistan"; the fuller of two names used as often); named only
        by its adjective, its short reference name ("Netherlands")."""
        adjectives = {a for a, k in self.gaz.adjectives.items() if k == state.key}
        names = [u for u in used if u.lower() not in adjectives]
        if names:
            label = max(names, key=lambda u: (names.count(u), len(u.split()), len(u)))
        else:
            label = re.sub(r"\s*\([^()]*\)$", "", state.label)
        if label == state.label:
            return state
        aliases = tuple(sorted({n for n in (state.label, *state.aliases) if n != label}))
        return replace(state, label=label, aliases=aliases)

    def _collect_aliases(self) -> None:
        """Acronyms and alternative names given in parentheses after a name."""
        finder = MentionFinder(self.gaz, {})
        for para in self.document.paragraphs:
            text = para.text
            for m in _INNER.finditer(text):
                long_name = f"{m.group('long').strip()} {m.group('head')}"
                cand = self._named(long_name, text, finder)
                if cand is not None:
                    self._alias(m.group("acr"), cand)
                    self._alias(f"{m.group('acr')} {m.group('head')}", cand)
                    self._alias(m.group(), cand)
            mentions = finder.find(text)
            for x in mentions:
                short = re.match(
                    r"^([a-z][\w-]*(?: [a-z][\w-]*)+) (?:of|on|against|for) ", x.candidate.label
                )
                if short and x.candidate.type is EntityType.MEETING and x.candidate.key:
                    self._alias(short.group(1), x.candidate)
            after: dict[int, int] = {}  # where a name's parentheses end -> where it ends
            for p in _PAREN.finditer(text):
                at = after.get(p.start(), p.start())  # also a second pair: "the Office
                # national ... (OFNAC) (National Office for Combating Fraud and Corruption)"
                if not any(x.end == at for x in mentions):
                    continue
                after[p.end()] = at
                alias = re.sub(r"^the\s+", "", p.group("alias").strip())
                both = _NAME_AND_ACRONYM.fullmatch(alias)
                # "Tax Administration Service (Servicio de Administración Tributaria, SAT)"
                for part in both.groups() if both else (alias,):
                    self._paren_alias(part, _named_before(part, at, mentions), finder)

    def _paren_alias(self, alias: str, cand: Candidate, finder: MentionFinder) -> None:
        """Another name of ``cand`` given in parentheses after it, when it is one."""
        written, alias = alias, _unquoted(alias)  # as written, and its words
        if _DESCRIBED_AS_PART.search(alias):
            return  # "Poder Ciudadano (the Argentine chapter of TI)": what it is, not a name
        numbered = cand.type is EntityType.LEGAL_INSTRUMENT and numbered_law(alias)
        # "the Companies Act, 2019 (Act 992)", "Law No. 16/2022 on ... (Lei n.º 16/2022)"
        gloss = _english_name_of(alias, cand)
        compound = (
            cand.type is EntityType.LEGAL_INSTRUMENT
            and _ONE_WORD_NAME.fullmatch(alias) is not None
            and head_type(alias) is None
        )
        if not (_ACRONYM.match(alias) or _another_name(alias) or numbered or gloss or compound):
            return  # "(Vienna)", "(Argentina)": a place, not another name
        if not cand.key or cand.type is EntityType.STATE:
            return
        if cand.reference is not None and cand.label[:1].islower() and not _ACRONYM.match(alias):
            return  # "the Financial Intelligence Unit (Unidad de Inteligencia Financiera)":
            # one State's unit, not another name of the kind
        if not _ACRONYM.match(alias) and not numbered:
            typed = type_of_name(alias.split())
            if typed is not None and typed.type is not cand.type:
                return  # "... within the Commonwealth (Harare Scheme)": the scheme's name
        if self._acronym_of_its_parent(alias, cand, finder):
            return
        known = [x for x in finder.find(alias) if x.end - x.start == len(alias) and x.priority >= 2]
        if not numbered and any(
            x.candidate.key != cand.key
            and (x.candidate.reference is not None or x.candidate.type is not cand.type)
            for x in known
        ):  # a name the report alone makes ("(TI Portugal)") may be another name of it
            if _ACRONYM.match(alias) and _same_body(cand, known[0].candidate):
                self._alias(cand.label, known[0].candidate)  # "the Ibero-American Network
                # of International Legal Cooperation (IberRed)": the known body, in a wording
                # of its name the vocabulary lacks
            return  # "(United States)": another thing, not another name
        if (looks_foreign(alias) or gloss or compound) and not _ACRONYM.match(alias):
            self.translations.add(alias)  # not the label: the body's own name is
        if gloss and cand.owner is None:
            owner = finder.owner_by_adjective(alias.split())
            if owner is not None:
                self.owners_in_english[cand.key] = owner
        own_language = compound or looks_foreign(alias) or _in_sentence_case(alias)
        if (
            cand.reference is None
            and cand.type is EntityType.LEGAL_INSTRUMENT
            and own_language
            and not (gloss or numbered or _ACRONYM.match(alias))
        ):  # "the Whistleblower Protection Act (Hinweisgeberschutzgesetz)", "(Wet bescherming
            # klokkenluiders)": an act known by its own name in its own language, as other
            # States' acts of the same English name are by theirs
            cand = replace(cand, key="entity/" + slug(alias))
        self._alias(alias, cand)
        if written != alias:  # 'the "I Do Not Accept Corruption" Institute'
            self._alias(written, cand)
        if _ACRONYM.match(alias):
            self.introduced.add(cand.key)  # named in full, with its own acronym

    def _acronym_of_its_parent(self, alias: str, cand: Candidate, finder: MentionFinder) -> bool:
        """Whether the acronym after a body "of the" another is the other's: "the Commission
        of the Economic Community of West African States (ECOWAS)". Then "the ECOWAS
        Commission" and "the Commission of ECOWAS" are that Commission, and the acronym
        names the Community (labelled as the report spells it, when no vocabulary knows it)."""
        head_of = _HEAD_OF_THE.fullmatch(cand.label)
        if not (head_of and _ACRONYM.match(alias) and spells(alias, head_of["rest"].split())):
            return False
        head, rest = head_of["head"], head_of["rest"]
        for form in (f"{alias} {head}", f"{head} of {alias}", f"{head} of the {alias}"):
            self._alias(form, cand)
        body = self._named(rest, rest, finder)
        if body is not None and body.key != cand.key:
            self._alias(alias, body)
            if body.reference is None:
                self.used.setdefault(body.key, []).append(rest)
        return True

    def _named(self, name: str, text: str, finder: MentionFinder) -> Candidate | None:
        found = [m for m in finder.find(name) if m.start == 0 and m.end == len(name)]
        return found[0].candidate if found and found[0].candidate.key else None

    def _alias(self, alias: str, cand: Candidate) -> None:
        if self.gaz.knows_acronym(alias) or alias in self.aliases:
            return
        self.aliases[alias] = cand

    def _fuller(self, cand: Candidate) -> Entity | None:
        """A longer name of the same type, seen before, that contains this one's words."""
        words = cand.label.lower().split()
        if (
            cand.key in self.entities
            or cand.key in self.introduced
            or not words
            or (words[0] in _GENERIC_LEAD and cand.label[:1].islower())
        ):
            return None
        for body in self.title_bodies:
            other = body.label.lower().split()
            if body.type is cand.type and len(other) > len(words) and _contains(other, words):
                return self._title_entity(body)
        for entity in reversed(list(self.entities.values())):
            other = entity.label.lower().split()
            if entity.type is not cand.type or len(other) <= len(words):
                continue
            there = self.first_states.get(entity.key, frozenset())
            if there and self.states_here and not there & self.states_here:
                continue  # named where other States were spoken of: another State's body
            at = [
                i for i in range(len(other) - len(words) + 1) if other[i : i + len(words)] == words
            ]
            if at and not (len(words) > 1 and other[at[-1] - 2 : at[-1]] == ["of", "the"]):
                return entity  # not "Commission of the West African Economic and Monetary
                # Union" for the Union: a body of it, not a fuller name of it
        return None

    def _resolve(self, m: RawMention, labels: bool = True) -> RawMention | None:
        """Settle the mention's entity: anaphora, shared identity, canonical label (which
        the words of the mention count towards when ``labels``)."""
        cand = m.candidate
        if not cand.key:  # a bare head word: "the Initiative" is the last initiative named
            own = self._title_body_with_head(cand.head or "")  # "the Group" in an IRG report
            key = own.key if own is not None else self.recent_by_head.get(cand.head or "")
            if key is None and cand.names_itself and cand.label:
                key = "entity/" + slug(cand.label)  # "its Terms of Reference", none before
                self.entities.setdefault(key, Entity(key, cand.label, cand.type))
                self.recent_by_head[cand.head or ""] = key
            if key is None:
                return None
            entity = self.entities[key]
            return RawMention(m.start, m.end, m.text, Candidate(key, entity.label, entity.type))
        if cand.reference is None and cand.type is not EntityType.MEETING:
            fuller = self._fuller(cand)
            if fuller is not None:  # "the Working Group": the one named in full before
                cand = Candidate(fuller.key, fuller.label, fuller.type, head=cand.head)
        known = self.entities.get(cand.key)
        if known is not None:
            entity = known
            if known.type is not cand.type:  # a body, once a list of represented bodies or
                # a speaker's affiliation has shown it is one: "the PRI" after "the Principles
                # for Responsible Investment (PRI) ... attended as observers"
                cand = replace(cand, type=known.type, subtype=known.subtype)
        else:
            entity = Entity(
                key=cand.key,
                label=clean_label(cand.label),
                type=cand.type,
                aliases=tuple(a for a in cand.aliases if a != cand.label),
                subtype=cand.subtype,
                owner=cand.owner or self.owners_in_english.get(cand.key),
                reference=cand.reference,
            )
            self.entities[cand.key] = entity
            self.first_states[cand.key] = frozenset(self.states_here)
            state = self.gaz.entries.get(entity.owner or "")
            if state is not None and state.key not in self.entities:  # whose body it is: the
                # State a speaker from "the Malaysian Anti-Corruption Commission" speaks for
                self.entities[state.key] = Entity(state.key, state.label, state.type, state.aliases)
        elided = cand.head in {"elided", "action"}  # the words are not the kind's name
        surface = cand.label if cand.type is EntityType.CASE or elided else clean_label(m.text)
        if labels:
            self.used.setdefault(cand.key, []).append(surface)
        if surface.lower() != entity.label.lower() and surface not in entity.aliases:
            self.entities[cand.key] = Entity(
                entity.key,
                entity.label,
                entity.type,
                (*entity.aliases, surface),
                entity.subtype,
                entity.owner,
                entity.reference,
            )
        head = cand.head
        if head is None and cand.reference is not None and entity.label[:1].isupper():
            head = entity.label.split()[-1].lower()  # "the Implementation Review Mechanism",
            # then "the second cycle of the Mechanism"
        if head and not elided:
            self.recent_by_head[head] = cand.key
            if head.endswith("s"):
                self.recent_by_head[head[:-1]] = cand.key
        return RawMention(m.start, m.end, m.text, cand, m.priority)

    def _title_body_with_head(self, head: str) -> Entity | None:
        """The body the title names whose name ends with ``head`` ("Group")."""
        for body in self.title_bodies:
            typed = type_of_name(body.label.split())
            heads = {body.label.split()[-1].lower(), (typed.head if typed else "").lower()}
            if head in heads:  # "the Network" in a report of the Global Operational
                return self._title_entity(body)  # Network of ... Authorities
        return None

    def _title_entity(self, body: Candidate) -> Entity:
        """The entity of a body the title names, labelled as the title says if not yet seen."""
        known = self.entities.get(body.key)
        if known is None:
            known = Entity(
                body.key, body.label, body.type, body.aliases, body.subtype, None, body.reference
            )
            self.entities[body.key] = known
            self.used.setdefault(body.key, []).append(body.label)
        return known


#: A paragraph that opens with the last speaker, named again by their role or a pronoun:
#: "The panellist added that ...", "She also noted ...".
_GOES_ON = compile_capitals(
    r"(?:The\s+(?:same\s+)?(?P<noun>panellist|speaker|representative|expert|moderator|observer|"
    r"delegate|"
    r"Chair|President)|He|She)\b(?=\s+(?:also\s+|further\s+)?[a-z]+(?:ed|d)\b)"
)
_MANY = compile_capitals(
    r"\b(?:speakers|panellists|representatives|delegations|experts|participants)\b"
)


def _carried_over(
    text: str, speakers: list[SpeakerMention], last: Statement | None, roles: dict[str, Role]
) -> list[SpeakerMention]:
    """The previous paragraph's last speaker, when this paragraph opens by naming them again
    ("The panellist added that her Office had ...") and names no one else first."""
    m = _GOES_ON.match(text)
    if m is None or last is None or _MANY.search(last.speaker, 0) or last.role is Role.DELEGATIONS:
        return []
    if speakers and speakers[0].start < m.end():
        return []
    noun = (m.group("noun") or "").lower()
    if noun and noun not in last.speaker.lower() and roles.get(noun) is not last.role:
        return []  # "The representative" after a panellist: someone else
    return [SpeakerMention(m.start(), m.end(), m.group(), last.role)]


#: Words too common in names of bodies to tell two names apart.
_NAME_FILLER = frozenset("of the for and on in against to international network".split())


def _same_body(found: Candidate, known: Candidate) -> bool:
    """Whether a name found by its form is another wording of a known body's name: both of
    one type, the known one proper-named, and most of the words of the shorter name that
    set it apart in the other ("Ibero-American Network of International Legal Cooperation"
    and "Ibero-American Network for International Legal Cooperation")."""
    if found.reference is not None or known.reference is None or found.type is not known.type:
        return False
    if not known.label[:1].isupper() or found.type is EntityType.STATE:
        return False
    words = [{w.lower() for w in n.split()} - _NAME_FILLER for n in (found.label, known.label)]
    shorter = min(words, key=len)
    return len(shorter) >= 2 and len(words[0] & words[1]) >= 0.75 * len(shorter)


def _another_name(alias: str) -> bool:
    """Whether words in parentheses are a name: capitalized, without an English phrase in
    lower case; more than six words only in another language ("Secretaría Nacional para la
    Lucha contra el Lavado de Activos ...")."""
    return _FOREIGN_NAME.match(alias) is not None and (
        len(alias.split()) <= 6 or looks_foreign(alias)
    )


def _named_before(alias: str, at: int, mentions: list[RawMention]) -> Candidate:
    """What a name in parentheses at ``at`` is another name of: the name right before it,
    or, when that is of another kind, the last name before it with the same head ("the High
    Level Panel on ... for Achieving the 2030 Agenda (FACTI Panel)")."""
    before = [x for x in mentions if x.end <= at]
    # the longest name that ends there: "the National Anti-Corruption Bureau of Ukraine
    # (NABU)" names the bureau, not Ukraine
    cand = min((x for x in before if x.end == at), key=lambda x: x.start).candidate
    typed = type_of_name(alias.split())
    if typed is None or _ACRONYM.match(alias) or typed.type is cand.type:
        return cand
    same_head = [
        x.candidate
        for x in before
        if at - x.end <= 80 and x.candidate.head == typed.head.lower() and x.candidate.key
    ]
    return same_head[-1] if same_head else cand


def _as_before(statement: Statement, last: Statement) -> Statement:
    """A statement by the same speaker as ``last``: their role, affiliation and name."""
    spoken_for = last.affiliation.entity if last.affiliation else None
    return replace(
        statement,
        role=last.role,
        affiliation=last.affiliation,
        name=last.name,
        title=last.title,
        citations=tuple(c for c in statement.citations if c.entity != spoken_for),
    )


def _described_meeting(title: str) -> tuple[str, str] | None:
    """The meeting a title describes, and the words that name its kind: ("expert meeting on
    integrity in the private sector", "expert meeting")."""
    described = _OWN_DESCRIBED.match(title)
    if described is None:
        return None
    phrase = re.sub(r"\s+", " ", described.group("phrase")).strip()
    phrase = phrase[0].lower() + phrase[1:]
    return phrase, phrase[: described.end("lead") - described.start("phrase")].lower()


def _referenced(
    entities: dict[str, Entity], paragraphs: list[ParagraphExtraction]
) -> dict[str, Entity]:
    """The entities the paragraphs name, speak for or cite, and the States that own them:
    not a name found and then read as another ("the expert meeting", the report's own)."""
    keys = {m.entity for p in paragraphs for m in p.mentions}
    for p in paragraphs:
        for st in p.statements:
            keys |= {c.entity for c in st.citations}
            if st.affiliation is not None:
                keys.add(st.affiliation.entity)
    keys |= {entities[k].owner or "" for k in keys if k in entities}
    return {k: e for k, e in entities.items() if k in keys}


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


#: An acronym in parentheses after the name it abbreviates: "(CoST)".
_ACRONYM_INTRODUCED = re.compile(r"\s*\([A-Z][\w-]*[A-Z][\w-]*\)")


def _relabel(p: ParagraphExtraction, entities: dict[str, Entity]) -> ParagraphExtraction:
    """Affiliations carry the entity's final, document-level label."""
    statements = tuple(
        replace(s, affiliation=replace(s.affiliation, label=entities[s.affiliation.entity].label))
        if s.affiliation is not None
        else s
        for s in p.statements
    )
    return replace(p, statements=statements)


#: What may stand before a kind's short form: a determiner, a preposition, a verb in
#: "-ed", punctuation ("the declarations", "of declarations", "verified declarations").
_ALONE_BEFORE = compile_capitals(
    r"(?:^|[,;:(]\s*|\b(?:the|their|its|his|her|all|such|these|those|of|on|in|to|for|with|from|"
    r"and|or|that|whose|annual|periodic|statutory|sworn|public|first|new|online|electronic|"
    r"[a-z]+ed)\s+)$"
)
#: What may follow it: not another kind's complement ("declarations of intent", "of
#: interest", "under article 44") nor a treaty's declarations ("and reservations").
_ALONE_AFTER = compile_capitals(
    r"(?!\s+(?:of\s+(?:intent|interest|conformity|compliance|principles?|independence|war|"
    r"support|commitment)|under\s+article|(?:and|or)\s+reservations))"
)


def _not_in_a_company(found: list[RawMention], gaz: Gazetteer) -> list[RawMention]:
    """Without the States named by their adjective inside a company's name: "Anglo
    American plc" is no one's; "the Kenya Revenue Authority" is Kenya's."""
    companies = [
        m
        for m in found
        if m.candidate.type is EntityType.ORGANIZATION
        and m.text.rstrip(".").rsplit(None, 1)[-1].lower() in LEGAL_FORMS
    ]
    if not companies:
        return found
    return [
        m
        for m in found
        if not (
            m.candidate.type is EntityType.STATE
            and m.text.lower() in gaz.adjectives
            and any(c.start <= m.start < m.end <= c.end for c in companies)
        )
    ]


def _extends(longer: str, name: str) -> bool:
    """Whether ``longer`` is the proper name ``name`` with words after it ("European
    Judicial Network in criminal matters"), the fullest form of it; not with a head word
    naming a body around or within it ("World Bank Group", "OECD Secretariat"), which
    readers label by the name itself."""
    if not (name[:1].isupper() and longer.lower().startswith(name.lower() + " ")):
        return False
    rest = longer[len(name) + 1 :].split()
    return not (len(rest) == 1 and rest[0][:1].isupper() and head_type(rest[0]) is not None)


def _spells_out(used: list[str], entity: Entity) -> bool:
    """Whether the document also gives the full name of a body known by its acronym
    ("United Nations Office on Drugs and Crime" besides "UNODC")."""
    return any(_uses(used, alias) for alias in entity.aliases if not _ACRONYM.match(alias))


#: Words that describe a body as part of another: "the Argentine chapter of TI".
_DESCRIBED_AS_PART = compile_capitals(r"\b(?:chapter|branch|affiliate|section|member)\s+of\b")
#: A body's name as its head "of the" another's: "Commission of the West African Economic
#: and Monetary Union".
_HEAD_OF_THE = re.compile(r"(?P<head>[A-Z][\w-]*(?: [A-Z][\w-]*)?) of the (?P<rest>[A-Z].+)")


def _as_written(used: list[str], name: str) -> str:
    """The reference ``name`` as the document writes it, where it writes it with other
    punctuation ("CoST - the Infrastructure Transparency Initiative", not "CoST –")."""
    plain = _DASHES.sub(" ", name)
    return next((u for u in used if _DASHES.sub(" ", u) == plain), name)


#: Spaces and dashes of any kind, which punctuate the same name differently.
_DASHES = re.compile(r"[\s\-\u2010-\u2015]+")


def _unquoted(name: str) -> str:
    """A name without its quotation marks: 'the "I Do Not Accept Corruption" Institute'."""
    return re.sub(r"[\"“”]", "", name)


def _english_name_of(alias: str, cand: Candidate) -> bool:
    """Whether words in parentheses are the English name of a name in another language:
    "the Office national de lutte contre la fraude et la corruption (National Office for
    Combating Fraud and Corruption)"."""
    if not looks_foreign(cand.label) or looks_foreign(alias):
        return False
    if not all(w[:1].isupper() or w in CONNECTORS for w in alias.split()):
        return False
    typed = type_of_name(alias.split())
    return typed is not None and typed.type is cand.type


def _uses(used: list[str], name: str) -> bool:
    keys = label_keys(name)
    if not keys:
        return False
    forms = {keys, (*keys[:-1], singular(keys[-1]))}
    return any(
        k in forms or (*k[:-1], singular(k[-1])) in forms for k in map(label_keys, used) if k
    )


def _bare(name: str) -> str:
    """A name without a parenthesised acronym: "Stolen Asset Recovery (StAR) Initiative"."""
    return re.sub(
        r"\s*\((?=[^()\s]*[A-Z][^()\s]*[A-Z])[^()\s]*\)(?!\s*(?:\d|No\b))", "", name
    ).strip()  # not a European act's "(EU)" or "(EC)": "Regulation (EC) No 1370/2007"


def _ends_with_its_state(name: str, start: int, states: list[RawMention]) -> bool:
    """Whether a name where a speaker comes from ends with the only State named in it, after
    capitalized words that are not small words and do not start with a head: "Transparency
    Maldives", "Accountability Lab Nepal" (not "the Government of Nepal", "Bank Indonesia")."""
    end = start + len(name)
    if len(states) != 1 or states[0].end != end or states[0].start <= start:
        return False
    before = name[: states[0].start - start].split()
    return (
        bool(before)
        and head_type(before[0]) is None
        and all(w[:1].isupper() and w.lower() not in CONNECTORS for w in before)
    )


def _named_by_the_parentheses(text: str, found: list[RawMention]) -> list[RawMention]:
    """A name that is another thing's English name, followed by a name in parentheses that
    is this one's own: "the Whistleblower Protection Act (HinweisgeberInnenschutzgesetz)" of
    Austria, though the report gave "Whistleblower Protection Act" as the English name of
    the Dutch "Wet bescherming klokkenluiders"."""
    out = []
    for m in found:
        paren = re.match(r"\s*\(", text[m.end :])
        own = paren and next(
            (
                p
                for p in found
                if p.start == m.end + paren.end()
                and text[p.end : p.end + 1] == ")"
                and p.candidate.key != m.candidate.key
                and p.candidate.label.lower() == m.text.lower()
            ),
            None,
        )
        out.append(replace(m, candidate=own.candidate) if own else m)
    return out


#: Where the items of a list end: "A, B and C", "A and B".
_ITEM_END = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _items(words: str) -> list[tuple[int, int]]:
    """The spans of the items of a list ("Migrant Forum in Asia and Anti-Slavery
    International")."""
    out, at = [], 0
    for m in _ITEM_END.finditer(words):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, len(words)))
    return [(a, b) for a, b in out if b > a]


def _in_sentence_case(name: str) -> bool:
    """Whether a name is written as names are in many languages but English, its later
    words in lower case: "Wet bescherming klokkenluiders"; not "Clean Company Act"."""
    words = name.split()
    return len(words) > 1 and any(
        w.isalpha() and w.islower() and len(w) > 3 and w not in CONNECTORS for w in words[1:]
    )


def extract_document(document: Document, gazetteer: Gazetteer | None = None) -> Extraction:
    """Everything the graph records about ``document``'s paragraphs."""
    return DocumentExtractor(document, gazetteer or load_gazetteer()).run()


__all__ = ["DocumentExtractor", "extract_document", "slug"]
