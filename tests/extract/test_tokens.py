"""Tokens, keys and sentences."""

from __future__ import annotations

from uncac_kg.extract.tokens import label_keys, sentences, singular, tokenize


def test_offsets_slice_the_text() -> None:
    text = "China’s efforts in theG20 Anti-Corruption Working Group (ACWG)."
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert [t.text for t in tokenize(text)][3:5] == ["the", "G20"]


def test_keys_ignore_case_hyphens_and_possessives() -> None:
    assert label_keys("Non-conviction-based confiscation") == label_keys(
        "non conviction based confiscation"
    )
    assert label_keys("China’s") == ("china",)


def test_singular() -> None:
    assert singular("registers") == "register"
    assert singular("authorities") == "authority"
    assert singular("process") == "process"


def test_abbreviations_do_not_end_sentences() -> None:
    text = "H.E. Mr. Smith spoke. He noted progress. The panellist agreed."
    assert len(sentences(text)) == 3


def test_a_sentence_may_start_with_an_accented_capital() -> None:
    text = "The panellist agreed. Élodie Martin then spoke. Łukasz Nowak closed."
    assert len(sentences(text)) == 3
