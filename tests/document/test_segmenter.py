"""Segmenting reports: title, date, agenda items, sections and numbered paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from uncac_kg.document import Document, clean, parse_text, read_document, segment
from uncac_kg.errors import InputError

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "ungass2021-intersessional-2.txt"
DATA = ROOT / "tests" / "data" / "document"


@pytest.fixture(scope="module")
def sample() -> Document:
    return read_document(EXAMPLE)


def paragraph(document: Document, number: int) -> str:
    found = [p for p in document.paragraphs if p.number == number]
    assert len(found) == 1
    return found[0].text


def assert_spans(document: Document) -> None:
    for part in document.paragraphs:
        assert part.span.slice(document.text) == part.text
        assert part.text == part.text.strip() and part.text
    for item in document.items:
        assert item.span.slice(document.text).endswith(item.title)
    for section in document.sections:
        heading = section.span.slice(document.text)
        assert heading.startswith((f"({section.letter}) ", f"{section.letter}. "))
        assert heading.endswith(section.title)


# the bundled example


def test_sample_title_and_date(sample: Document) -> None:
    assert sample.title == (
        "Outcome of the second intersessional meeting on preparations for the special session"
        " of the General Assembly against corruption"
    )
    assert sample.date == "19-20 November 2020"
    assert sample.encoding == "utf-8"


def test_sample_paragraphs_are_numbered_one_to_42(sample: Document) -> None:
    assert [p.number for p in sample.paragraphs] == list(range(1, 43))
    assert sample.paragraphs[0].text.startswith("H.E. Mr. Harib Saeed Al Amimi")
    assert sample.paragraphs[-1].text.endswith("the recovery of assets.")


def test_sample_items(sample: Document) -> None:
    assert [(i.number, i.title) for i in sample.items] == [
        ("1", "Opening of the meeting and adoption of the agenda"),
        (
            "2",
            "Preparations for the special session of the General Assembly against corruption"
            " in 2021",
        ),
    ]
    assert sample.items[1].heading.startswith("Item 2. Preparations")


def test_sample_sections(sample: Document) -> None:
    assert [(s.item, s.letter, s.title) for s in sample.sections] == [
        ("2", "a", "Status of preparations for the special session"),
        ("2", "b", "General discussion"),
        ("2", "c", "Denying safe havens to corruption offenders and their proceeds of crime"),
        (
            "2",
            "d",
            "Challenges in identifying, tracing and freezing proceeds of corruption,"
            " and possible solutions",
        ),
        (
            "2",
            "e",
            "Optimizing cooperation and assistance mechanisms, especially those involving"
            " vast quantities of assets",
        ),
    ]


def test_sample_paragraphs_sit_under_their_headings(sample: Document) -> None:
    where = {p.number: (p.item, p.section) for p in sample.paragraphs}
    assert where[1] == ("1", None)
    assert where[2] == where[3] == ("2", None)
    assert where[4] == where[5] == where[6] == ("2", "a")
    assert where[7] == where[20] == ("2", "b")
    assert where[21] == where[27] == ("2", "c")
    assert where[28] == where[35] == ("2", "d")
    assert where[36] == where[42] == ("2", "e")
    section = sample.section_of(sample.paragraphs[35])
    assert section is not None and section.letter == "e"
    item = sample.item_of(sample.paragraphs[0])
    assert item is not None and item.number == "1"


def test_sample_page_break_inside_paragraph_13(sample: Document) -> None:
    text = paragraph(sample, 13)
    assert "halting of transactions prior to the transfer of funds across borders" in text
    assert "Conference of the States Parties to the" not in text
    assert " 4 " not in text
    assert "all-crimes approach" in text


def test_sample_in_paragraph_lists_are_not_sections(sample: Document) -> None:
    assert "General Assembly: (a) had reiterated its invitation" in paragraph(sample, 5)
    assert "(b) had also requested the Conference" in paragraph(sample, 5)
    assert "(b) the fact that some national legislations" in paragraph(sample, 29)
    assert "by 18 Iberoamerican Prosecutor’s Offices" in paragraph(sample, 29)
    text = paragraph(sample, 31)
    assert "(b) the SIDNA databank" in text and "(c) the “Molecola” Programme" in text
    assert "€25 billion" in text


def test_sample_hyphenation(sample: Document) -> None:
    assert "a concise and action-oriented political declaration" in paragraph(sample, 5)
    assert "global anti-corruption efforts" in paragraph(sample, 10)
    assert "long-term sustainable" in paragraph(sample, 18)
    assert "capacity-building and international" in paragraph(sample, 32)
    assert "state-owned-companies" in paragraph(sample, 33)


def test_sample_spans(sample: Document) -> None:
    assert_spans(sample)
    first = sample.paragraphs[0]
    assert sample.text[first.span.start - 3 : first.span.start] == "1. "
    assert "\n" not in "".join(p.text for p in sample.paragraphs)


def test_sample_text_is_clean(sample: Document) -> None:
    assert "  " not in sample.text
    assert "***" not in sample.text
    assert sample.text == clean(EXAMPLE.read_text(encoding="utf-8"))


# other report styles


def test_un_document_style_with_roman_chapters_and_letter_sections() -> None:
    document = read_document(DATA / "irg-style.txt")
    assert document.title == (
        "Report of the Implementation Review Group on its twelfth session, held in Vienna from"
        " 14 to 18 June 2021"
    )
    assert document.date == "14–18 June 2021"
    assert [(i.number, i.title) for i in document.items] == [
        ("I", "Introduction"),
        ("II", "Organization of the session"),
        ("III", "Adoption of the report"),
    ]
    assert [(s.item, s.letter, s.title) for s in document.sections] == [
        ("II", "A", "Opening of the session"),
        ("II", "B", "Adoption of the agenda"),
    ]
    where = [(p.number, p.item, p.section) for p in document.paragraphs]
    assert where == [
        (1, "I", None),
        (2, "II", "A"),
        (3, "II", "B"),
        (4, "II", "B"),
        (5, "II", "B"),
        (6, "III", None),
    ]
    assert "recalled the implementation of the mandate" in paragraph(document, 2)
    assert "country-led reviews" in paragraph(document, 2)
    assert "agenda: (a) Review of implementation" in paragraph(document, 3)
    assert paragraph(document, 4).endswith(
        "consider 2020 as a reference year for the data presented by the secretariat."
    )
    assert "the steps taken to provide such assistance." in paragraph(document, 5)
    for furniture in ("CAC/COSP", "V.21-05123", "2/5", "*2105123*"):
        assert furniture not in document.text
    assert "Austria" not in "".join(p.text for p in document.paragraphs)
    assert_spans(document)


def test_working_group_style_with_form_feeds() -> None:
    document = read_document(DATA / "working-group-style.txt")
    assert document.title == (
        "Report on the meeting of the Open-ended Intergovernmental Working Group on Asset"
        " Recovery held in Vienna on 7 and 8 September 2020"
    )
    assert document.date == "7 and 8 September 2020"
    assert [p.number for p in document.paragraphs] == [1, 2, 3, 4, 5]
    assert "importance of international cooperation in the recovery" in paragraph(document, 1)
    assert "and specific additional information before executing" in paragraph(document, 2)
    assert paragraph(document, 3) == (
        "The Working Group recommended that: (a) States parties should consider the use of"
        " non-conviction-based confiscation; (b) States parties should share information"
        " spontaneously."
    )
    assert paragraph(document, 4) == "The meeting was opened by the Chair."
    assert [(s.item, s.letter) for s in document.sections] == [("II", "A"), ("II", "B")]
    assert "\f" not in document.text and "V.20-01234" not in document.text
    assert_spans(document)


@pytest.mark.parametrize("name", ["irg-style.txt", "working-group-style.txt", "unnumbered.txt"])
def test_cleaning_is_idempotent(name: str) -> None:
    once = clean((DATA / name).read_text(encoding="utf-8"))
    assert clean(once) == once


def test_cleaning_the_sample_is_idempotent(sample: Document) -> None:
    assert clean(sample.text) == sample.text


def test_unnumbered_paragraphs_fall_back_to_blocks() -> None:
    document = read_document(DATA / "unnumbered.txt")
    assert document.title == "Chair’s summary of the expert meeting on international cooperation"
    assert document.date == "3 and 4 October 2022"
    assert [p.number for p in document.paragraphs] == [1, 2, 3]
    assert document.paragraphs[0].text.startswith("The meeting was opened by the Chair")
    assert document.paragraphs[1].text.endswith("– “before any request”.")
    assert document.paragraphs[2].text == "The Chair closed the meeting."
    assert not document.items and not document.sections
    assert_spans(document)


def test_unnumbered_paragraphs_under_headings() -> None:
    raw = "Item 1. Opening\n\nThe Chair opened.\n\nItem 2. Closing\n\nThe Chair closed.\n"
    document = parse_text(raw, "x")
    assert [(p.number, p.item, p.text) for p in document.paragraphs] == [
        (1, "1", "The Chair opened."),
        (2, "2", "The Chair closed."),
    ]


def test_numbered_paragraphs_without_headings() -> None:
    document = parse_text("1. First point.\n2. Second point.\n\n3. Third point.\n", "plain")
    assert [p.text for p in document.paragraphs] == [
        "First point.",
        "Second point.",
        "Third point.",
    ]
    assert document.items == () and document.sections == ()
    assert (document.title, document.date, document.source) == ("plain", None, "<text>")
    assert all(p.item is None and p.section is None for p in document.paragraphs)


def test_section_heading_versus_in_paragraph_list() -> None:
    raw = (
        "Item 3. International cooperation\n"
        "(a) Mutual legal assistance\n"
        "1. The Group recommended that States parties:\n"
        "(a) Designate a central authority;\n"
        "(b) Train their staff.\n"
        "2. Speakers noted that (a) requests were slow.\n"
        "(b) Extradition\n"
        "3. Speakers described their practice.\n"
        "(c) the last point was noted by\n"
        "several speakers.\n"
        "(i) Informal contacts\n"
        "4. End.\n"
    )
    document = parse_text(raw, "x")
    assert [(s.letter, s.title) for s in document.sections] == [
        ("a", "Mutual legal assistance"),
        ("b", "Extradition"),
    ]
    assert paragraph(document, 1).endswith(
        "(a) Designate a central authority; (b) Train their staff."
    )
    assert paragraph(document, 3).endswith(
        "(c) the last point was noted by several speakers. (i) Informal contacts"
    )
    assert [p.section for p in document.paragraphs] == ["a", "a", "b", "b"]


def test_a_lost_section_does_not_hide_the_next_ones() -> None:
    raw = "(a) First topic\n1. One.\n(c) Third topic\n2. Two.\n(d) Fourth topic\n3. Three.\n"
    document = parse_text(raw, "x")
    assert [s.letter for s in document.sections] == ["a", "c", "d"]
    assert [p.section for p in document.paragraphs] == ["a", "c", "d"]


def test_sections_restart_under_each_item() -> None:
    raw = (
        "Item 1. Opening\n(a) Welcome\n1. One.\n(b) Agenda\n2. Two.\n"
        "Item 2. Review\n(a) Progress\n3. Three.\n"
    )
    document = parse_text(raw, "x")
    assert [(s.item, s.letter) for s in document.sections] == [("1", "a"), ("1", "b"), ("2", "a")]
    assert [(p.item, p.section) for p in document.paragraphs] == [
        ("1", "a"),
        ("1", "b"),
        ("2", "a"),
    ]


def test_letters_that_are_roman_numerals() -> None:
    letters = "ABCDEFGH"
    raw = "I. Organization\n" + "".join(
        f"{letter}. Topic {letter}\n{n}. Text {n}.\n" for n, letter in enumerate(letters, start=1)
    )
    raw += "I. Topic I\n9. Text 9.\nII. Closing\nA. Adoption\n10. Text 10.\n"
    document = parse_text(raw, "x")
    assert [i.number for i in document.items] == ["I", "II"]
    assert [s.letter for s in document.sections] == [*letters, "I", "A"]
    assert [(p.item, p.section) for p in document.paragraphs][-2:] == [("I", "I"), ("II", "A")]


def test_chapter_headings() -> None:
    raw = "Chapter I Introduction\n1. Text one.\nChapter II\n2. Text two.\n"
    document = parse_text(raw, "x")
    assert [(i.number, i.title) for i in document.items] == [("I", "Introduction"), ("II", "")]


def test_paragraph_numbers_must_follow_each_other() -> None:
    raw = "1. First point.\n\n3. Not a paragraph.\n\n2. Second point.\n\n4 Not one either.\n"
    document = parse_text(raw, "x")
    assert [p.number for p in document.paragraphs] == [1, 2]
    assert document.paragraphs[0].text == "First point.\n\n3. Not a paragraph."
    assert document.paragraphs[1].text == "Second point.\n\n4 Not one either."
    assert_spans(document)


def test_annex_ends_the_paragraphs() -> None:
    document = parse_text("1. The only paragraph.\n\nAnnex\n\nList of participants\n", "x")
    assert [p.text for p in document.paragraphs] == ["The only paragraph."]


def test_segment_takes_encoding_and_source() -> None:
    document = segment("1. Text.\n", "id", "report.txt", encoding="cp1252")
    assert (document.identifier, document.source, document.encoding) == (
        "id",
        "report.txt",
        "cp1252",
    )


@pytest.mark.parametrize("raw", ["", "   \n\n", "Report of the meeting\n", "4\n\n*2006829*\n"])
def test_no_paragraph_is_an_input_error(raw: str) -> None:
    with pytest.raises(InputError, match="no paragraph found"):
        parse_text(raw, "x", source="empty.txt")
