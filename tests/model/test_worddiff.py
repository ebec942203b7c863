"""Word-level difference of two texts (the conflict view shows it like tracked changes)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from lip_desktop.model.worddiff import new_text, old_text, tokens, word_diff


def test_tokens_keep_words_with_umlauts_whitespace_and_punctuation() -> None:
    text = "Größere  Bäume,\nauch für Bürger*innen."
    assert tokens(text) == ["Größere", "  ", "Bäume", ",", "\n", "auch", " ", "für", " ",
                            "Bürger", "*", "innen", "."]
    assert "".join(tokens(text)) == text


def test_a_changed_word_is_one_deletion_and_one_insertion_of_whole_words() -> None:
    assert word_diff("Sprachkurse für Eltern", "Sprachkurse für Mütter") == [
        ("equal", "Sprachkurse für "), ("delete", "Eltern"), ("insert", "Mütter")]


def test_umlaut_and_eszett_words_are_never_split() -> None:
    assert word_diff("die Straße säumen", "die Straßen säumen") == [
        ("equal", "die "), ("delete", "Straße"), ("insert", "Straßen"),
        ("equal", " säumen")]


def test_punctuation_changes_alone() -> None:
    assert word_diff("Beratung, Begleitung.", "Beratung; Begleitung!") == [
        ("equal", "Beratung"), ("delete", ","), ("insert", ";"), ("equal", " Begleitung"),
        ("delete", "."), ("insert", "!")]


def test_neighbouring_replaced_words_read_as_one_block() -> None:
    assert word_diff("Der alte lange Text.", "Der neue kurze Text.") == [
        ("equal", "Der "), ("delete", "alte lange"), ("insert", "neue kurze"),
        ("equal", " Text.")]


def test_inserted_words_only() -> None:
    assert word_diff("Kurse für Eltern", "Kurse für Eltern und Kinder") == [
        ("equal", "Kurse für Eltern"), ("insert", " und Kinder")]


def test_empty_texts() -> None:
    assert word_diff("", "") == []
    assert word_diff("", "neu hier") == [("insert", "neu hier")]
    assert word_diff("alles weg", "") == [("delete", "alles weg")]


def test_identical_texts_are_one_equal_piece() -> None:
    text = "Mehrsprachige Elternabende an allen Grundschulen.\nZweiter Absatz."
    assert word_diff(text, text) == [("equal", text)]


def test_line_breaks_survive() -> None:
    pieces = word_diff("Erster Absatz.\n\nZweiter Absatz.", "Erster Absatz.\nZweiter Teil.")
    assert old_text(pieces) == "Erster Absatz.\n\nZweiter Absatz."
    assert new_text(pieces) == "Erster Absatz.\nZweiter Teil."


_words = st.lists(st.sampled_from(["Bäume", "straße", "Kurs", "für", "Ö", "a", " ", "  ",
                                   "\n", ",", ".", "ß", "*", "1"]), max_size=30).map("".join)


@given(_words, _words)
def test_both_texts_come_back_whole_and_no_piece_is_empty(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    assert old_text(pieces) == old and new_text(pieces) == new
    assert all(text for _, text in pieces)
    assert all(a[0] != b[0] for a, b in itertools.pairwise(pieces))
