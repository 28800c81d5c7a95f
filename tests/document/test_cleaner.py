"""Cleaning extracted text: spacing, page furniture, hyphenation, blocks."""

from __future__ import annotations

import pytest

from uncac_kg.document import clean
from uncac_kg.document.cleaner import keep_hyphen, word_counts

BODY = (
    "1. The Working Group recommended that States parties consider the wider\n"
    "use of special investigative techniques in cases that involve the\n"
)


def blocks(raw: str) -> list[str]:
    return clean(raw).split("\n\n")


def test_empty_and_blank_input() -> None:
    assert clean("") == ""
    assert clean(" \n\n\t\n") == ""


def test_newlines_spaces_and_non_ascii() -> None:
    raw = "  1.  The  Chair’s\r\nstatement\t– “zero” draft,\rworth €5.  \r\n"
    assert clean(raw) == "1. The Chair’s statement – “zero” draft, worth €5.\n"


def test_control_characters_ligatures_and_soft_hyphens() -> None:
    raw = "1. The ﬁnal\x07 report on imple\u00ad\nmentation\u200b was adopted.\n"
    assert clean(raw) == "1. The final report on implementation was adopted.\n"


def test_unicode_hyphens_are_plain_hyphens() -> None:
    raw = "9. Ms. A B, Vice\u2011Minister for Justice, described the Anti\u2010Corruption Act.\n"
    assert (
        clean(raw) == "9. Ms. A B, Vice-Minister for Justice, described the Anti-Corruption Act.\n"
    )


def test_double_spacing_is_collapsed_and_real_breaks_kept() -> None:
    raw = (
        "Report of the meeting on\n\nasset recovery\n\n \n\n"
        "1. Speakers noted that\n\nthe process was\n\nlengthy and costly.\n\n \n\n"
        "2. Others agreed with\n\nthat view.\n\n"
    )
    assert blocks(raw) == [
        "Report of the meeting on asset recovery",
        "1. Speakers noted that the process was lengthy and costly.",
        "2. Others agreed with that view.\n",
    ]


def test_single_spaced_blocks_are_not_collapsed() -> None:
    raw = "Summary\n\nThe meeting opened.\n\nSpeakers spoke.\n\nThe meeting closed.\n"
    assert blocks(raw) == [
        "Summary",
        "The meeting opened.",
        "Speakers spoke.",
        "The meeting closed.\n",
    ]


def test_text_running_on_across_an_empty_line_is_joined() -> None:
    raw = "1. The Group noted that the\n\nprocess was lengthy.\n\nThe Chair agreed.\n"
    assert blocks(raw) == [
        "1. The Group noted that the process was lengthy.",
        "The Chair agreed.\n",
    ]


def test_header_group_and_page_number_inside_a_sentence_are_removed() -> None:
    raw = (
        BODY + "Working Group on Asset Recovery\nFifteenth meeting\n\n7\n\n"
        "laundering of proceeds of crime and report back to the Group.\n"
        "2. The Chair agreed.\n"
    )
    assert blocks(raw) == [
        "1. The Working Group recommended that States parties consider the wider use of special"
        " investigative techniques in cases that involve the laundering of proceeds of crime and"
        " report back to the Group.",
        "2. The Chair agreed.\n",
    ]


def test_header_group_at_a_paragraph_boundary_is_removed() -> None:
    raw = (
        BODY + "laundering of proceeds of crime and report back to the Group.\n"
        "Working Group on Asset Recovery\n\n- 7 -\n\n2. The Chair agreed.\n"
    )
    assert "Working Group on Asset Recovery" not in clean(raw)
    assert blocks(raw)[1] == "2. The Chair agreed.\n"


def test_short_last_line_of_a_paragraph_is_kept() -> None:
    raw = BODY + "laundering of proceeds.\n\n7\n\n2. The Chair agreed.\n"
    assert blocks(raw)[0].endswith("involve the laundering of proceeds.")


def test_header_like_group_is_kept_when_the_text_does_not_run_past_it() -> None:
    raw = BODY + "Financial Action Task Force\n\n7\n\nThe Chair agreed.\n"
    assert "involve the Financial Action Task Force" in clean(raw)


@pytest.mark.parametrize(
    "furniture",
    [
        "4",
        "- 12 -",
        "Page 3",
        "2/13",
        "3 of 10",
        "CAC/COSP/2021/3",
        "CAC/COSP/WG.2/2020/4",
        "V.20-06829 (E) 151220 161220",
        "V.20-06829",
        "*2006829*",
        "4 CAC/COSP/IRG/2021/4",
        "-----",
        "***",
        "\f",
    ],
)
def test_page_furniture_lines_are_removed(furniture: str) -> None:
    raw = f"1. The Group noted that the\n{furniture}\nprocess was lengthy.\n"
    assert clean(raw) == "1. The Group noted that the process was lengthy.\n"


def test_running_titles_repeated_three_times_are_removed() -> None:
    title = "Report of the Working Group on Prevention"
    paragraphs = [f"{n}. Paragraph number {n} was adopted.\n{title}\n" for n in range(1, 4)]
    cleaned = clean("".join(paragraphs))
    assert title not in cleaned
    assert cleaned.count("was adopted.") == 3


def test_a_line_seen_twice_is_not_a_running_title() -> None:
    raw = "1. Some noted the\nrole of civil society\n2. Others noted the\nrole of civil society\n"
    assert clean(raw).count("role of civil society") == 2


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        ("anti", "corruption", True),
        ("action", "oriented", True),
        ("long", "term", True),
        ("capacity", "building", True),
        ("state-owned", "companies", True),
        ("non", "conviction", True),
        ("follow", "up", True),
        ("inter", "agency", True),
        ("e", "government", True),
        ("COVID", "19", True),
        ("Asia", "Pacific", True),
        ("UNODC", "led", True),
        ("imple", "mentation", False),
        ("pro", "vide", False),
        ("inter", "national", False),
        ("follow", "ing", False),
        ("state", "ment", False),
    ],
)
def test_keep_hyphen_without_evidence(first: str, second: str, kept: bool) -> None:
    assert keep_hyphen(first, second) is kept


def test_keep_hyphen_follows_the_report_usage() -> None:
    assert keep_hyphen("co", "operation", word_counts("the Co-operation of States")) is True
    assert keep_hyphen("co", "operation", word_counts("cooperation and cooperation")) is False
    assert keep_hyphen("money", "laundering", word_counts("of money-laundering")) is True
    assert keep_hyphen("inter", "agency", word_counts("interagency networks")) is False
    assert keep_hyphen("non", "conviction", word_counts("non-conviction-based")) is True


def test_word_counts() -> None:
    counts = word_counts("Non-conviction-based confiscation; non-conviction.")
    assert counts["non-conviction-based"] == 1
    assert counts["non-conviction"] == 2
    assert counts["conviction-based"] == 1
    assert counts["confiscation"] == 1


def test_words_split_across_lines_are_joined() -> None:
    raw = (
        "1. A concise and action-\noriented declaration on anti-\ncorruption and imple-\n"
        "mentation of long-\nterm capacity-\nbuilding for state-owned-\ncompanies and COVID-\n"
        "19 recovery; the co-\noperation of 19-\n20 States; see cooperation.\n"
    )
    assert clean(raw) == (
        "1. A concise and action-oriented declaration on anti-corruption and implementation of"
        " long-term capacity-building for state-owned-companies and COVID-19 recovery; the"
        " cooperation of 19-20 States; see cooperation.\n"
    )


def test_dash_at_line_end_is_not_a_hyphen() -> None:
    assert clean("1. Costs rose –\nsharply -\nin 2020.\n") == "1. Costs rose – sharply - in 2020.\n"


def test_in_paragraph_list_stays_in_its_paragraph() -> None:
    raw = (
        "5. The General Assembly:\n(a) Had reiterated its invitation;\n\n"
        "(b) had also requested a\ndeclaration.\n6. Next.\n"
    )
    assert blocks(raw) == [
        "5. The General Assembly: (a) Had reiterated its invitation; (b) had also requested a"
        " declaration.",
        "6. Next.\n",
    ]


def test_wrapped_headings_are_joined_and_stand_alone() -> None:
    raw = (
        "Item 2. Preparations for the special session of the General Assembly\nin 2021\n"
        "1. Text of the first paragraph.\n"
        "(a) Challenges in tracing proceeds of corruption, and possible\nsolutions\n"
        "2. Text of the second paragraph.\n"
    )
    assert blocks(raw) == [
        "Item 2. Preparations for the special session of the General Assembly in 2021",
        "1. Text of the first paragraph.",
        "(a) Challenges in tracing proceeds of corruption, and possible solutions",
        "2. Text of the second paragraph.\n",
    ]


def test_lines_starting_with_numbers_inside_a_paragraph_are_not_new_blocks() -> None:
    raw = (
        "1. The Interinstitutional Cooperation Agreement signed by\n18 Iberoamerican"
        " prosecution offices entered into force in\n2019. It covers\n3. Kinds of request.\n"
        "2. Next paragraph.\n"
    )
    assert blocks(raw) == [
        "1. The Interinstitutional Cooperation Agreement signed by 18 Iberoamerican prosecution"
        " offices entered into force in 2019. It covers 3. Kinds of request.",
        "2. Next paragraph.\n",
    ]


def test_front_matter_dates_stand_alone() -> None:
    raw = "Outcome of the meeting\non prevention\n19-20 November 2020\n1. Text.\n"
    assert blocks(raw) == [
        "Outcome of the meeting on prevention",
        "19-20 November 2020",
        "1. Text.\n",
    ]


def test_labels_alone_on_their_line_join_the_next_line() -> None:
    raw = (
        "(a)\nOpening of the session\n\n1.\n\nThe Group met in Vienna as provided in paragraph\n"
        "2.\nThe Chair agreed.\n\n2.\nIt closed.\n"
    )
    assert blocks(raw) == [
        "(a) Opening of the session",
        "1. The Group met in Vienna as provided in paragraph 2. The Chair agreed.",
        "2. It closed.\n",
    ]


def test_a_number_ending_a_sentence_is_not_attached_to_the_next_paragraph() -> None:
    raw = "1. The Group applied the rules as provided in article\n4.\n\n2. The Chair agreed.\n"
    assert blocks(raw) == [
        "1. The Group applied the rules as provided in article 4.",
        "2. The Chair agreed.\n",
    ]


def test_footnotes_under_a_rule_are_dropped_and_the_paragraph_runs_on() -> None:
    raw = (
        "3. A representative of the secretariat recalled resolution 10/6, entitled\n"
        '"Preventing and combating corruption",1 and noted that the Working Group\n'
        "__________________\n"
        "1 See CAC/COSP/2023/15, chap. I, sect. A; the resolution was adopted\n"
        "at the tenth session.\n"
        "2 General Assembly resolution 58/4, annex.\n"
        "CAC/COSP/WG.2/2023/4\n"
        "2/6 V.23-11234\n"
        "had met twice since then.\n"
        "\n"
        "4. The representative of Italy spoke.\n"
    )
    assert blocks(raw) == [
        "3. A representative of the secretariat recalled resolution 10/6, entitled "
        '"Preventing and combating corruption", and noted that the Working Group had met '
        "twice since then.",
        "4. The representative of Italy spoke.\n",
    ]


def test_the_numbers_of_dropped_footnotes_leave_the_words_they_annotate() -> None:
    raw = (
        "5. A panellist from Slovenia described the Beneficial Ownership Register2 of the\n"
        "Agency and the G20 principles, recalling resolution 74/276,3 and 12 cases.\n"
        "__________________\n"
        "2 See www.ajpes.si.\n"
        "3 General Assembly resolution.\n"
        "\n"
        "6. The representative of Italy spoke of article 12.\n"
    )
    assert blocks(raw) == [
        "5. A panellist from Slovenia described the Beneficial Ownership Register of the "
        "Agency and the G20 principles, recalling resolution 74/276, and 12 cases.",
        "6. The representative of Italy spoke of article 12.\n",
    ]


def test_a_rule_of_underscores_without_notes_under_it_is_only_a_rule() -> None:
    raw = "3. The Chair spoke.\n__________\n\n4. The representative of Italy spoke.\n"
    assert blocks(raw) == ["3. The Chair spoke.", "4. The representative of Italy spoke.\n"]
