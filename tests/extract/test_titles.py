"""Publication titles read after the word that introduces them (``extract/titles.py``)."""

from __future__ import annotations

import pytest
from paragraphs import first_typed, read_one

from uncac_kg.extract import EntityType
from uncac_kg.extract.gazetteer import Gazetteer
from uncac_kg.extract.titles import publication_titles
from uncac_kg.extract.tokens import tokenize


def _titles(text: str) -> list[str]:
    return [text[s:e] for s, e in publication_titles(text, tokenize(text))]


def _typed(gazetteer: Gazetteer, text: str) -> set[tuple[str, EntityType]]:
    return first_typed(read_one(gazetteer, text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "She drew on the StAR study Few and Far: The Hard Facts on Stolen Asset Recovery, "
            "which had tracked returns over a decade.",
            "Few and Far: The Hard Facts on Stolen Asset Recovery",
        ),
        (
            "He presented the toolkit Lifting the Veil, Tracing the Owners and its annexes.",
            "Lifting the Veil, Tracing the Owners",
        ),
        (
            "The observer referred to the publication entitled Public Office, Private Interests: "
            "Accountability through Income and Asset Disclosure.",
            "Public Office, Private Interests: Accountability through Income and Asset Disclosure",
        ),
        (
            "Speakers welcomed the report Corruption is Not Inevitable: What Works and Why It "
            "Matters, published in 2023.",
            "Corruption is Not Inevitable: What Works and Why It Matters",
        ),
        (
            "She recalled the findings of the report Exporting Corruption 2022 on enforcement.",
            "Exporting Corruption 2022",
        ),
    ],
)
def test_a_title_runs_through_small_words_subtitles_and_short_lists(text: str, title: str) -> None:
    assert _titles(text) == [title]


def test_a_title_ends_where_a_second_name_is_joined_by_and_to_the() -> None:
    text = (
        "He referred to the paper Integrity in the Allocation of Emergency Funds and to the "
        "Guidebook on Anti-Corruption in Public Procurement."
    )
    assert _titles(text) == ["Integrity in the Allocation of Emergency Funds"]


def test_a_second_subtitle_ends_the_title() -> None:
    text = "It cited the study Tracing Wealth: Methods and Limits: A Reply, and others."
    assert _titles(text) == ["Tracing Wealth: Methods and Limits"]


@pytest.mark.parametrize(
    "text",
    [
        "A note by the Secretariat entitled “Good practices in the use of registers” was read.",
        "The report UNODC had prepared was welcomed.",
        "The study of the World Bank was cited.",
        "She presented a study on Kenya and Ghana.",
    ],
)
def test_sentence_case_titles_and_bodies_after_a_cue_are_no_title(text: str) -> None:
    assert _titles(text) == []


def test_a_publication_title_is_one_tool_not_the_names_inside_it(vocabulary: Gazetteer) -> None:
    typed = _typed(
        vocabulary,
        "A panellist from Brazil referred to the UNODC study Fraud and the Financial Action "
        "Task Force: Lessons from Ten Years of Mutual Evaluations, which had been widely read.",
    )
    title = (
        "Fraud and the Financial Action Task Force: Lessons from Ten Years of Mutual Evaluations"
    )
    assert (title, EntityType.MECHANISM) in typed
    assert not any(label == "Financial Action Task Force" for label, _ in typed)


def test_a_publication_named_by_its_head_goes_on_through_its_subtitle(
    vocabulary: Gazetteer,
) -> None:
    typed = _typed(
        vocabulary,
        "She drew attention to the second edition of the Asset Recovery Handbook: A Guide for "
        "Practitioners and the Asset Recovery Watch database.",
    )
    assert ("Asset Recovery Handbook: A Guide for Practitioners", EntityType.MECHANISM) in typed
    assert not any(label == "Guide for Practitioners" for label, _ in typed)


def test_and_the_ends_a_title_unless_it_lists_its_parts() -> None:
    assert _titles(
        "He cited the report Integrity in Public Procurement and the OECD Principles."
    ) == ["Integrity in Public Procurement"]
    assert _titles(
        "She presented the publication Education for Integrity: Teaching on Anti-Corruption, "
        "Values and the Rule of Law, a guide."
    ) == ["Education for Integrity: Teaching on Anti-Corruption, Values and the Rule of Law"]
