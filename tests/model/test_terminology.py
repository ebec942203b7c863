"""Tests for the terminology check: every form of an outdated term is found, nothing else."""

from __future__ import annotations

import itertools
import random
import string
import uuid
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lip_desktop.model.terminology import (
    DEFAULT_RULES,
    Finding,
    TermChecker,
    TermRule,
    find_terms,
    replace_finding,
)

CHECKER = TermChecker(DEFAULT_RULES)
AUFNAHME, MEHRHEIT, MIGRATION = DEFAULT_RULES


def spans(text: str, checker: TermChecker = CHECKER) -> list[str]:
    """The found texts, which is what most tests care about."""
    return [finding.found for finding in checker.find(text)]


def only(text: str, checker: TermChecker = CHECKER) -> Finding:
    """The single finding in ``text``."""
    findings = checker.find(text)
    assert len(findings) == 1, findings
    return findings[0]


# --- rules -------------------------------------------------------------------------------


def test_default_rules_have_fixed_uuid5_ids() -> None:
    for rule in DEFAULT_RULES:
        expected = uuid.uuid5(uuid.NAMESPACE_URL, f"lip-desktop:terminology:{rule.term}")
        assert rule.id == str(expected)
    assert [rule.replacement for rule in DEFAULT_RULES] == [
        "Stadtgesellschaft",
        "Mehrheitsbevölkerung",
        "Menschen mit internationaler Geschichte",
    ]
    assert all(rule.note for rule in DEFAULT_RULES)


@pytest.mark.parametrize("rule", DEFAULT_RULES, ids=lambda rule: rule.term)
def test_each_default_rule_is_found(rule: TermRule) -> None:
    text = f"Im Text steht {rule.term} mitten im Satz."
    finding = only(text)
    assert finding.found == rule.term
    assert finding.rule == rule


# --- forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "found",
    ["mehrheitsgesellschaft", "MEHRHEITSGESELLSCHAFT", "MehrheitsGesellschaft"],
)
def test_match_is_case_insensitive(found: str) -> None:
    assert only(f"die {found} hier").rule == MEHRHEIT


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in der Mehrheitsgesellschaft leben", "Mehrheitsgesellschaft"),
        ("Mehrheitsgesellschaften gibt es viele", "Mehrheitsgesellschaften"),
        ("der Aufnahmegesellschaften wegen", "Aufnahmegesellschaften"),
    ],
)
def test_inflected_forms_are_found_as_whole_words(text: str, found: str) -> None:
    assert spans(text) == [found]


@pytest.mark.parametrize(
    ("text", "found", "rule"),
    [
        ("eine Nichtaufnahmegesellschaft also", "Nichtaufnahmegesellschaft", AUFNAHME),
        ("das Aufnahmegesellschaftsmodell ist", "Aufnahmegesellschaftsmodell", AUFNAHME),
        ("sie ist migrationshintergrundbezogen.", "migrationshintergrundbezogen", MIGRATION),
        ("die Mehrheitsgesellschaftsdebatte", "Mehrheitsgesellschaftsdebatte", MEHRHEIT),
    ],
)
def test_compounds_are_found_and_cover_the_whole_word(
    text: str, found: str, rule: TermRule
) -> None:
    finding = only(text)
    assert (finding.found, finding.rule) == (found, rule)


@pytest.mark.parametrize("found", ["Migrationshintergründe", "Migrationshintergründen"])
def test_umlaut_plural_is_found(found: str) -> None:
    assert spans(f"viele {found} hier") == [found]


def test_decomposed_umlaut_is_found() -> None:
    found = "Migrationshintergru\u0308nde"
    assert spans(f"die {found}.") == [found]


def test_hyphen_ends_the_finding() -> None:
    assert spans("die Mehrheitsgesellschafts-Debatte") == ["Mehrheitsgesellschafts"]
    assert spans("Nicht-Aufnahmegesellschaft") == ["Aufnahmegesellschaft"]
    assert spans("Aufnahme- und Mehrheitsgesellschaft") == ["Mehrheitsgesellschaft"]


def test_gender_marker_between_letters_is_part_of_the_word() -> None:
    checker = TermChecker([TermRule("a", "Ausländer", "Eingewanderte")])
    assert spans("Ausländer*innen, Ausländer:innen und Ausländer_innen", checker) == [
        "Ausländer*innen",
        "Ausländer:innen",
        "Ausländer_innen",
    ]
    # A colon followed by a space ends the word.
    assert spans("Ausländer: nein", checker) == ["Ausländer"]


# --- phrases ---------------------------------------------------------------------------


@pytest.mark.parametrize("space", ["\n", "\r\n", "\u00a0", "  \t", " \n "])
def test_phrase_is_found_across_line_break_and_other_whitespace(space: str) -> None:
    text = f"Für Menschen{space}mit Migrationshintergrund gilt"
    finding = only(text)
    assert finding.found == f"Menschen{space}mit Migrationshintergrund"
    assert finding.rule == MIGRATION


def test_phrase_with_inflected_last_word_spans_to_the_word_end() -> None:
    assert spans("bei Menschen mit Migrationshintergründen.") == [
        "Menschen mit Migrationshintergründen"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Migrationshintergrund ist kein Kriterium", "Migrationshintergrund"),
        ("Schüler*innen mit Migrationshintergrund", "Migrationshintergrund"),
        ("ohne migrationshintergrundbezogene Daten", "migrationshintergrundbezogene"),
        ("Menschen ohne Migrationshintergrund", "Migrationshintergrund"),
    ],
)
def test_head_word_alone_is_found(text: str, found: str) -> None:
    finding = only(text)
    assert (finding.found, finding.rule) == (found, MIGRATION)


def test_phrase_is_preferred_over_head_word() -> None:
    findings = CHECKER.find("Menschen mit Migrationshintergrund")
    assert [(f.start, f.end) for f in findings] == [(0, 34)]


def test_overlap_keeps_the_longest_finding() -> None:
    short = TermRule("s", "wir Menschen", "wir alle")
    checker = TermChecker([short, *DEFAULT_RULES])
    # "wir Menschen" starts first, but the phrase overlapping it is longer.
    assert spans("wir Menschen mit Migrationshintergrund", checker) == [
        "Menschen mit Migrationshintergrund"
    ]
    assert spans("wir Menschen ohne Migrationshintergrund", checker) == [
        "wir Menschen",
        "Migrationshintergrund",
    ]


def test_positions_are_exact() -> None:
    text = (
        "Die Mehrheitsgesellschaft und die\nAufnahmegesellschaften sowie Menschen mit\n"
        "Migrationshintergrund, Schüler*innen mit Migrationshintergründen."
    )
    findings = CHECKER.find(text)
    assert [f.found for f in findings] == [
        "Mehrheitsgesellschaft",
        "Aufnahmegesellschaften",
        "Menschen mit\nMigrationshintergrund",
        "Migrationshintergründen",
    ]
    for finding in findings:
        assert text[finding.start : finding.end] == finding.found
    assert findings[0].start == text.index("Mehrheits")


@pytest.mark.parametrize(
    "text",
    [
        "Gesellschaft",
        "Stadtgesellschaft",
        "Migration",
        "Migrationsgeschichte",
        "Mehrheit",
        "Aufnahme",
        "Hintergrund",
        "Menschen mit Behinderung",
        "Aufnahme-Gesellschaft",  # two words; the writer split them on purpose
        "",
    ],
)
def test_no_false_positive(text: str) -> None:
    assert CHECKER.find(text) == []


# --- rule sets ----------------------------------------------------------------------------


@pytest.mark.parametrize("term", ["", "   ", "\n\u00a0"])
def test_empty_rule_is_ignored(term: str) -> None:
    empty = TermRule("e", term, "nichts")
    assert TermChecker([empty]).find("irgendein Text") == []
    checker = TermChecker([empty, *DEFAULT_RULES])
    assert checker.rules == DEFAULT_RULES
    assert spans("die Mehrheitsgesellschaft", checker) == ["Mehrheitsgesellschaft"]


def test_custom_rule() -> None:
    rule = TermRule("c", "Integrationsverweigerer", "Menschen ohne Zugang zu Kursen", "Nie.")
    findings = find_terms("Sogenannte INTEGRATIONSVERWEIGERER*innen gibt es nicht.", [rule])
    assert [(f.found, f.rule) for f in findings] == [("INTEGRATIONSVERWEIGERER*innen", rule)]


def test_custom_phrase_rule_with_gender_marker_matches_other_markers() -> None:
    rule = TermRule("c", "Bürger*innen mit Fluchtgeschichte", "Geflüchtete")
    assert spans("alle Bürger:innen mit\nFluchtgeschichten", TermChecker([rule])) == [
        "Bürger:innen mit\nFluchtgeschichten"
    ]


def test_find_terms_is_the_checker() -> None:
    text = "Menschen mit Migrationshintergrund in der Mehrheitsgesellschaft"
    assert find_terms(text, DEFAULT_RULES) == CHECKER.find(text)
    assert find_terms(text, iter(DEFAULT_RULES)) == CHECKER.find(text)


def test_checker_handles_21000_texts() -> None:
    """The catalogue-wide check size; timing is benchmarked elsewhere, not asserted here."""
    rnd = random.Random(20240521)
    filler = "Die Stadt Hannover fördert Teilhabe in Bildung, Arbeit und Wohnen. "
    terms = [rule.term for rule in DEFAULT_RULES]
    texts: list[str] = []
    expected = 0
    for _ in range(21_000):
        words = (filler * 5)[:300].split(" ")
        if rnd.random() < 0.1:
            words.insert(rnd.randrange(len(words) + 1), rnd.choice(terms))
            expected += 1
        texts.append(" ".join(words))
    assert sum(len(CHECKER.find(text)) for text in texts) == expected


# --- replacement ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Mehrheitsgesellschaft wächst.", "Die Mehrheitsbevölkerung wächst."),
        ("in der mehrheitsgesellschaft", "in der mehrheitsbevölkerung"),
        ("DIE MEHRHEITSGESELLSCHAFT", "DIE MEHRHEITSBEVÖLKERUNG"),
        ("die Mehrheitsgesellschaften", "die Mehrheitsbevölkerung"),
        ("das Aufnahmegesellschaftsmodell", "das Stadtgesellschaftsmodell"),
        ("eine Nichtaufnahmegesellschaft", "eine Nichtstadtgesellschaft"),
        ("die Mehrheitsgesellschafts-Debatte", "die Mehrheitsbevölkerungs-Debatte"),
        (
            "Für Menschen mit\nMigrationshintergründen gilt",
            "Für Menschen mit internationaler Geschichte gilt",
        ),
        (
            "Schüler*innen mit Migrationshintergrund",
            "Schüler*innen mit internationaler Geschichte",
        ),
        (
            "Gut so. Migrationshintergrund ist kein Kriterium.",
            "Gut so. Internationaler Geschichte ist kein Kriterium.",
        ),
        ("migrationshintergrundbezogen", "internationaler-Geschichte-bezogen"),
    ],
)
def test_replace_finding_result(text: str, expected: str) -> None:
    assert replace_finding(text, only(text)) == expected


def test_replace_finding_rejects_a_stale_finding() -> None:
    finding = only("die Mehrheitsgesellschaft")
    with pytest.raises(ValueError, match="check again"):
        replace_finding("die große Mehrheitsgesellschaft", finding)
    with pytest.raises(ValueError, match="check again"):
        replace_finding("kurz", finding)


def test_replace_finding_with_a_hand_made_finding_replaces_it_whole() -> None:
    rule = TermRule("x", "Ausländer", "Eingewanderte")
    text = "Fremde raus"
    finding = Finding(0, 6, "Fremde", rule)
    assert replace_finding(text, finding) == "Eingewanderte raus"


def test_replace_all_findings_from_the_end_leaves_no_findings() -> None:
    text = "Die Mehrheitsgesellschaft und Menschen mit Migrationshintergrund."
    for finding in reversed(CHECKER.find(text)):
        text = replace_finding(text, finding)
    assert text == "Die Mehrheitsbevölkerung und Menschen mit internationaler Geschichte."
    assert CHECKER.find(text) == []


# --- properties ---------------------------------------------------------------------------

#: Letters the default terms are made of (so random text produces near misses), plus
#: separators, markers and hyphens that border on words.
NEAR_MISS_ALPHABET = "aAeEfghilmnorsStuUäüMGHw *:_-.,\n\u00a0"


@given(
    before=st.text(alphabet=NEAR_MISS_ALPHABET, max_size=40),
    after=st.text(alphabet=NEAR_MISS_ALPHABET, max_size=40),
    rule=st.sampled_from(DEFAULT_RULES),
    case=st.sampled_from([str, str.upper, str.lower]),
)
def test_inserted_term_is_covered_by_a_finding(
    before: str, after: str, rule: TermRule, case: Callable[[str], str]
) -> None:
    term = case(rule.term)
    text = f"{before} {term} {after}"
    start = len(before) + 1
    end = start + len(term)
    findings = CHECKER.find(text)
    assert any(f.start <= start and end <= f.end for f in findings), (text, findings)


@given(st.text(alphabet=NEAR_MISS_ALPHABET + "ÄÖÜöß\u0308") | st.text())
def test_findings_are_sorted_non_overlapping_and_exact(text: str) -> None:
    findings = CHECKER.find(text)
    for finding in findings:
        assert finding.start < finding.end
        assert text[finding.start : finding.end] == finding.found
    for earlier, later in itertools.pairwise(findings):
        assert earlier.end <= later.start


def _shares_letter_with_terms(char: str) -> bool:
    letters = {c for rule in DEFAULT_RULES for c in rule.term.casefold() if c.isalpha()}
    letters |= {"ä", "ö", "ü"}
    return bool({char, char.lower(), char.upper(), char.casefold()} & letters)


@given(
    st.text(
        alphabet=st.characters(codec="utf-8").filter(lambda c: not _shares_letter_with_terms(c))
    )
    | st.text(alphabet=string.digits + string.punctuation + " \njkpqxyzJKPQXYZß")
)
def test_text_without_term_letters_has_no_findings(text: str) -> None:
    assert CHECKER.find(text) == []
