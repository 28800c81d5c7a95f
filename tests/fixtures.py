"""A small hand-built report and its extraction, for tests that must not depend on the
reading and extraction stages.

The report has one agenda item, one section and two paragraphs:

1. A panellist from Italy shared insights on the SIDNA databank and the central register
   of accounts.
2. The President recalled General Assembly resolution 74/276 and article 46(4) of the
   Convention. One speaker referred to beneficial ownership registers. Mr. John Smith, a
   representative of the World Bank, welcomed the discussion.

Every span is computed from the text, so the fixture cannot drift from it.
"""

from __future__ import annotations

from uncac_kg.document.model import AgendaItem, Document, Paragraph, Section, Span
from uncac_kg.extract.model import (
    Affiliation,
    Citation,
    Entity,
    EntityType,
    Extraction,
    Mention,
    ParagraphExtraction,
    Role,
    Statement,
)

BASE_IRI = "https://w3id.org/uncac-kg/"
IDENTIFIER = "meeting-2020"

TITLE = "Outcome of the meeting on international cooperation against corruption"
ITEM_TITLE = "Good practices in preventing and combating corruption"
SECTION_TITLE = "Registers and databases"
PARAGRAPH_1 = (
    "A panellist from Italy shared insights on the SIDNA databank and the central register "
    "of accounts."
)
SENTENCES_2 = (
    "The President recalled General Assembly resolution 74/276 and article 46(4) of the "
    "Convention.",
    "One speaker referred to beneficial ownership registers.",
    "Mr. John Smith, a representative of the World Bank, welcomed the discussion.",
)
PARAGRAPH_2 = " ".join(SENTENCES_2)

ENTITIES = (
    Entity("state/ITA", "Italy", EntityType.STATE, reference=BASE_IRI + "state/ITA"),
    Entity("entity/sidna-databank", "SIDNA databank", EntityType.MECHANISM, owner="state/ITA"),
    Entity(
        "entity/central-register-of-accounts",
        "central register of accounts",
        EntityType.MECHANISM,
        owner="state/ITA",
    ),
    Entity(
        "entity/general-assembly-resolution-74-276",
        "General Assembly resolution 74/276",
        EntityType.LEGAL_INSTRUMENT,
        aliases=("resolution 74/276",),
        subtype="Resolution",
    ),
    Entity("article/46-4", "article 46(4)", EntityType.UNCAC_ARTICLE),
    Entity(
        "entity/united-nations-convention-against-corruption",
        "United Nations Convention against Corruption",
        EntityType.LEGAL_INSTRUMENT,
        aliases=("Convention", "UNCAC"),
        subtype="Convention",
    ),
    Entity(
        "entity/beneficial-ownership-registers",
        "beneficial ownership registers",
        EntityType.MECHANISM,
    ),
    Entity("entity/world-bank", "World Bank", EntityType.ORGANIZATION),
)


def span_of(text: str, words: str, start: int = 0) -> Span:
    """Where ``words`` first occur in ``text`` at or after ``start``."""
    begin = text.index(words, start)
    return Span(begin, begin + len(words))


def make_document(identifier: str = IDENTIFIER) -> Document:
    """The report, cleaned and segmented as the reading stage gives it."""
    item_heading = f"Item 2.  {ITEM_TITLE}"
    section_heading = f"(a) {SECTION_TITLE}"
    text = (
        f"{TITLE}\n\n2020-11-19\n\n{item_heading}\n\n{section_heading}\n\n"
        f"1. {PARAGRAPH_1}\n\n2. {PARAGRAPH_2}\n"
    )
    return Document(
        identifier=identifier,
        title=TITLE,
        text=text,
        source=f"reports/{identifier}.txt",
        date="2020-11-19",
        items=(AgendaItem("2", ITEM_TITLE, span_of(text, item_heading)),),
        sections=(Section("a", SECTION_TITLE, span_of(text, section_heading), item="2"),),
        paragraphs=(
            Paragraph(1, PARAGRAPH_1, span_of(text, PARAGRAPH_1), item="2", section="a"),
            Paragraph(2, PARAGRAPH_2, span_of(text, PARAGRAPH_2), item="2", section="a"),
        ),
    )


def _mentions(text: str, named: list[tuple[str, str]]) -> tuple[Mention, ...]:
    return tuple(Mention(key, span_of(text, words), words) for key, words in named)


def _citations(text: str, cited: list[tuple[str, str]]) -> tuple[Citation, ...]:
    return tuple(Citation(key, span_of(text, words), words) for key, words in cited)


def _statement(
    text: str, index: int, speaker: str, role: Role, said: str, **extra: object
) -> Statement:
    return Statement(
        index=index,
        speaker=speaker,
        speaker_span=span_of(text, speaker),
        role=role,
        span=span_of(text, said),
        text=said,
        **extra,  # type: ignore[arg-type]
    )


def make_extraction(document: Document) -> Extraction:
    """What the extraction stage should find in ``make_document``'s report."""
    italy = Affiliation("state/ITA", "Italy", EntityType.STATE)
    world_bank = Affiliation("entity/world-bank", "World Bank", EntityType.ORGANIZATION)
    p1 = ParagraphExtraction(
        number=1,
        mentions=_mentions(
            PARAGRAPH_1,
            [
                ("state/ITA", "Italy"),
                ("entity/sidna-databank", "SIDNA databank"),
                ("entity/central-register-of-accounts", "central register of accounts"),
            ],
        ),
        statements=(
            _statement(
                PARAGRAPH_1,
                1,
                "A panellist from Italy",
                Role.PANELLIST,
                PARAGRAPH_1,
                affiliation=italy,
                citations=_citations(
                    PARAGRAPH_1,
                    [
                        ("entity/sidna-databank", "SIDNA databank"),
                        ("entity/central-register-of-accounts", "central register of accounts"),
                    ],
                ),
            ),
        ),
    )
    p2 = ParagraphExtraction(
        number=2,
        mentions=_mentions(
            PARAGRAPH_2,
            [
                ("entity/general-assembly-resolution-74-276", "General Assembly resolution 74/276"),
                ("article/46-4", "article 46(4)"),
                ("entity/united-nations-convention-against-corruption", "Convention"),
                ("entity/beneficial-ownership-registers", "beneficial ownership registers"),
                ("entity/world-bank", "World Bank"),
            ],
        ),
        statements=(
            _statement(
                PARAGRAPH_2,
                1,
                "The President",
                Role.CHAIR,
                SENTENCES_2[0],
                affiliation=None,
                citations=_citations(
                    PARAGRAPH_2,
                    [
                        (
                            "entity/general-assembly-resolution-74-276",
                            "General Assembly resolution 74/276",
                        ),
                        ("article/46-4", "article 46(4)"),
                        ("entity/united-nations-convention-against-corruption", "Convention"),
                    ],
                ),
            ),
            _statement(
                PARAGRAPH_2,
                2,
                "One speaker",
                Role.SPEAKER,
                SENTENCES_2[1],
                affiliation=None,
                citations=_citations(
                    PARAGRAPH_2,
                    [("entity/beneficial-ownership-registers", "beneficial ownership registers")],
                ),
            ),
            _statement(
                PARAGRAPH_2,
                3,
                "Mr. John Smith, a representative of the World Bank",
                Role.OFFICIAL,
                SENTENCES_2[2],
                affiliation=world_bank,
                name="Mr. John Smith",
                title="representative of the World Bank",
            ),
        ),
    )
    return Extraction(
        document=document.identifier,
        entities={entity.key: entity for entity in ENTITIES},
        paragraphs=(p1, p2),
    )


#: citations.rq's rows for the fixture, in order (None where a variable is unbound).
CITATION_ROWS = [
    ("1", "A panellist from Italy", "panellist", "Italy", "State", "SIDNA databank", "Mechanism"),
    (
        "1", "A panellist from Italy", "panellist", "Italy", "State",
        "central register of accounts", "Mechanism",
    ),
    (
        "2", "The President", "chair", None, None,
        "General Assembly resolution 74/276", "LegalInstrument",
    ),
    ("2", "The President", "chair", None, None, "article 46(4)", "UNCACArticle"),
    (
        "2", "The President", "chair", None, None,
        "United Nations Convention against Corruption", "LegalInstrument",
    ),
    ("2", "One speaker", "speaker", None, None, "beneficial ownership registers", "Mechanism"),
    (
        "2", "Mr. John Smith, a representative of the World Bank", "official", "World Bank",
        "Organization", None, None,
    ),
]  # fmt: skip
