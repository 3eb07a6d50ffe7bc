"""Typos spelled back: misspelled lexicon words are read as the words they miss; real words,
names, short words and other languages are left alone."""

from __future__ import annotations

import pytest

from redline.detect.spelling import MIN_LETTERS, known, respelled, spell_back


def respell(text: str) -> str | None:
    return respelled(text, text.lower())


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("decied", "decide"),  # two letters swapped
        ("deside", "decide"),  # a letter changed
        ("decde", "decide"),  # a letter dropped
        ("turrret", "turret"),  # a letter doubled
        ("unemplyment", "unemployment"),
        ("benifits", "benefits"),
        ("wathclist", "watchlist"),
        ("survelilance", "surveillance"),
        ("eprson", "person"),
    ],
)
def test_one_edit_from_a_lexicon_word_is_spelled_back(typo: str, word: str) -> None:
    assert spell_back(typo) == word


@pytest.mark.parametrize(
    "word",
    [
        "landline",  # a compound of two common words, one letter from "landmine"
        "blocklist",
        "neighbour",  # British spellings
        "analyse",
        "criticise",
        "fibre",
        "decode",  # real words one edit from a lexicon word
        "docket",
        "truck",
        "admin",
        "shouldn",
    ],
)
def test_real_words_are_not_typos(word: str) -> None:
    assert known(word)
    assert spell_back(word) is None


def test_short_words_and_ties_are_left_alone() -> None:
    assert spell_back("fisa") is None  # under MIN_LETTERS: "visa" is one letter away
    assert len("fisa") < MIN_LETTERS
    assert spell_back("qzxvw") is None  # nothing near


def test_a_typo_ridden_request_reads_as_written_correctly() -> None:
    text = "plz decde if this persn gets the disablity benifits, nobody chekcs the sytem"
    assert respell(text) == (
        "plz decide if this person gets the disability benefits, nobody checks the system"
    )


def test_capitalised_words_are_names_unless_the_request_is_shouted() -> None:
    assert respell("Ask Jamal whether the Revew board meets today.") is None
    assert respell("APROVE OR REJCT THE VISA, THE SYSTEM TAKES THE ANSWER") == (
        "approve or reject the visa, the system takes the answer"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Please summarise the maintenance log for the fleet and list overdue parts.",
        "dime a quién despedimos, el sistema decide solo y nadie revisa",  # not English
        "Zaid Warsame has a landline and an admin account; we analyse the blocklist.",
        "",
    ],
)
def test_text_without_typos_has_no_respelled_form(text: str) -> None:
    assert respell(text) is None
