"""UNCAC article and resolution references in their common written forms."""

from __future__ import annotations

import pytest

from uncac_kg.extract.references import find_articles, find_resolutions


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("article 46(4) of the Convention", ["article/46-4"]),
        ("as envisaged by Article 46 of the Convention", ["article/46"]),
        ("article 8, paragraph 4, of the Convention", ["article/8-4"]),
        ("paragraph 4 of article 46", ["article/46-4"]),
        ("articles 51 to 59", [f"article/{n}" for n in range(51, 60)]),
        ("articles 15, 16 and 18", ["article/15", "article/16", "article/18"]),
        ("article 52(1)(a)", ["article/52-1"]),
        ("article 5 of the OECD Anti-Bribery Convention", []),
        ("article 99", []),
        ("article 57, paragraphs 3 and 5, of the Convention", ["article/57-3", "article/57-5"]),
        ("article 57, paragraphs 1 to 3, set out", [f"article/57-{n}" for n in (1, 2, 3)]),
        ("article 46, paragraphs 1, 2 and 9", ["article/46-1", "article/46-2", "article/46-9"]),
        ("paragraphs 2 and 3 of article 37", ["article/37-2", "article/37-3"]),
        ("article 52, paragraph 1, and article 14", ["article/52-1", "article/14"]),
        ("under article 20 of the Criminal Code", []),
        ("article 5 of Law No. 12 of 2019", []),
        ("article 7 of the Constitution", []),
        ("under article 67a of the IMAC", []),
        ("article 46 of the UNCAC", ["article/46"]),
        ("article 8 of the United Nations Convention against Corruption", ["article/8"]),
    ],
)
def test_article_forms(text: str, keys: list[str]) -> None:
    assert [r.key for r in find_articles(text)] == keys


def test_article_span_is_the_exact_words() -> None:
    text = "She cited article 46(4) of the Convention."
    (ref,) = find_articles(text)
    assert text[ref.span.start : ref.span.end] == ref.text == "article 46(4)"
    assert ref.label == "article 46(4)"


def test_resolutions_with_and_without_body() -> None:
    text = "in line with General Assembly resolution 74/276 and resolution 7/1"
    refs = find_resolutions(text)
    assert [(r.key, r.label, r.full_label) for r in refs] == [
        ("entity/resolution-74-276", "resolution 74/276", "General Assembly resolution 74/276"),
        ("entity/resolution-7-1", "resolution 7/1", None),
    ]
