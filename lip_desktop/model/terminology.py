"""Terminology check: find outdated terms in strategy texts and offer the agreed replacement.

The LIP 2.0 replaces terms such as „Mehrheitsgesellschaft“ or „Menschen mit
Migrationshintergrund“. The texts are written by many expert groups, so the terms turn up
inflected („der Mehrheitsgesellschaften“), in compounds („Aufnahmegesellschaftsmodell“),
with umlaut plurals („Migrationshintergründe“) and broken across lines. A plain substring
search would miss most of them, and a word-boundary search misses all compounds; this
module is the one place that knows how to find them, so every place that checks texts
agrees on what counts as a finding.

Decisions, and why:

* **One regular expression for all rules.** The catalogue check runs over every text of
  every record (some 21,000 texts); compiling once and letting the regex engine scan each
  text once keeps that well under a second. Case-insensitivity is spelled out as character
  classes (``[Mm]``) instead of ``re.IGNORECASE``, and every branch starts with a plain
  character: then the engine can jump straight to candidate characters instead of trying
  every branch at every position (measured about four times faster).
* **Findings cover whole words.** A term is matched anywhere, also inside a word, and the
  finding is widened to the word that contains it: the user sees (and the UI highlights)
  „Nichtaufnahmegesellschaft“, not a fragment of it. A word is Unicode letters (with
  combining marks, for decomposed umlauts) plus the gender markers ``*``, ``:`` and ``_``
  *between* letters, so „Ausländer*innen“ is one word but „Mehrheitsgesellschaft: Sie…“ is
  not.
* **A hyphen ends a word.** In „Mehrheitsgesellschafts-Debatte“ the finding is
  „Mehrheitsgesellschafts“. The hyphen is the writer's own joint: the part after it is
  not affected by the replacement („Mehrheitsbevölkerungs-Debatte“), and hyphens are also
  used as „Ergänzungsstrich“ („Aufnahme- und Mehrheitsgesellschaft“) and at line ends,
  where crossing them would glue unrelated words into one finding.
* **Phrases and their head word.** A multi-word term matches as a phrase with any
  whitespace (line breaks, non-breaking spaces) between its words; inner words may carry
  up to three extra letters (inflection), the first word may end a compound („Mitmenschen
  mit …“) and the last one may go on into one. Its *head word* (the
  longest word; on a tie the later one, since German puts the noun last) also matches
  alone: „Schüler*innen mit Migrationshintergrund“ is just as outdated. Where both match,
  the phrase wins because the longer finding wins.
* **Overlaps: the longest finding wins, then the earliest.** The scan restarts one
  character after each match, so a short match never hides a longer one that starts a
  little later.
* **Umlauts.** ``a``/``o``/``u`` in a term also match ``ä``/``ö``/``ü`` (plurals such as
  „Hintergründe“); a term's ``ä`` also matches the decomposed ``a`` + U+0308.

Known limits: the head-word rule makes a custom phrase as broad as its longest word, e.g.
„farbige Menschen“ would flag every „Menschen“, so phrase rules need a distinctive longest
word. :func:`replace_finding` is a one-click draft, not grammar: it cannot re-inflect the
replacement, and a multi-word replacement inside a compound comes out hyphenated
(„internationaler-Geschichte-bezogen“) and wants a human look.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

__all__ = [
    "DEFAULT_RULES",
    "Finding",
    "TermChecker",
    "TermRule",
    "find_terms",
    "replace_finding",
]


@dataclass(frozen=True, slots=True)
class TermRule:
    """One outdated term and what the strategy says instead.

    Frozen (and therefore hashable) so that compiled checkers can be cached per rule set and
    a finding can carry its rule without the rule changing underneath it.
    """

    id: str
    term: str
    replacement: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One occurrence of a rule's term in a text.

    ``start`` and ``end`` are Python ``str`` indices into the checked text (so
    ``text[start:end] == found``); keeping ``found`` lets :func:`replace_finding` detect a
    finding that has gone stale because the text was edited after the check.
    """

    start: int
    end: int
    found: str
    rule: TermRule


def _default_rule(term: str, replacement: str, note: str) -> TermRule:
    """Build a built-in rule with an id derived from its term.

    uuid5 keeps the id identical across installations and releases, so a catalogue that
    records „rule X was deliberately ignored here“ still means the same rule tomorrow.
    """
    rule_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"lip-desktop:terminology:{term}"))
    return TermRule(id=rule_id, term=term, replacement=replacement, note=note)


#: The replacements agreed in the LIP 2.0 strategy.
DEFAULT_RULES: Final[tuple[TermRule, ...]] = (
    _default_rule(
        "Aufnahmegesellschaft",
        "Stadtgesellschaft",
        "Eingewanderte gehören selbst zur aufnehmenden Gesellschaft; "
        "Zielgruppe ist die ganze Stadtgesellschaft.",
    ),
    _default_rule(
        "Mehrheitsgesellschaft",
        "Mehrheitsbevölkerung",
        "Wo Machtverhältnisse gemeint sind: Dominanzgesellschaft.",
    ),
    _default_rule(
        "Menschen mit Migrationshintergrund",
        "Menschen mit internationaler Geschichte",
        "Oder: Eingewanderte und ihre Nachkommen. "
        "In Statistik und Zitaten bleibt der Begriff zulässig.",
    ),
)

_Kind = Literal["term", "phrase", "head"]

_GENDER_MARKERS: Final = "*:_"
_HYPHENS: Final = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
_DIAERESIS: Final = "\u0308"  # combining diaeresis of a decomposed (NFD) umlaut
_UMLAUT_OF: Final = {"a": "ä", "o": "ö", "u": "ü"}
_BASE_OF: Final = {"ä": "a", "ö": "o", "ü": "u"}
#: One letter of a word, in regex form (combining marks count: decomposed umlauts).
_LETTER: Final = r"(?:[^\W\d_]|[\u0300-\u036f])"
#: Inner words of a phrase may carry this many extra letters („kulturelle“ → „kulturellen“);
#: more would let „mit“ match „mitnichten“.
_INNER_ENDING: Final = _LETTER + "{0,3}"
_PHRASE_SPACE: Final = r"\s+"  # \s includes line breaks and non-breaking spaces
#: Endings that only inflect a word. :func:`replace_finding` drops them, because the
#: replacement is a different word with its own inflection („Mehrheitsgesellschaften“ must
#: not become „internationaler Geschichteen“); longer tails are compound parts and stay.
_INFLECTIONS: Final = frozenset({"e", "em", "en", "ens", "er", "ern", "es", "n", "ns", "s"})


@dataclass(frozen=True, slots=True)
class _Branch:
    """What a named group of the compiled pattern stands for."""

    rule: TermRule
    kind: _Kind


def _char_variants(char: str) -> tuple[list[str], str]:
    """Return the spellings of one term character in a text, plus a regex that may follow.

    Spelled out instead of ``re.IGNORECASE`` so that every branch can start with a literal
    (see the module docstring); umlaut and marker variants live here for the same reason.
    """
    lower = char.lower()
    if char in _GENDER_MARKERS:
        return list(_GENDER_MARKERS), ""
    if char in _HYPHENS:
        return list(_HYPHENS), ""
    if lower in _UMLAUT_OF:
        umlaut = _UMLAUT_OF[lower]
        return [lower, lower.upper(), umlaut, umlaut.upper()], _DIAERESIS + "?"
    if lower in _BASE_OF:
        base = _BASE_OF[lower]
        return [lower, lower.upper(), base + _DIAERESIS, base.upper() + _DIAERESIS], ""
    variants = dict.fromkeys((char, lower, char.upper(), char.swapcase()))
    # Multi-character case mappings (ß → SS) would change lengths; leave them out.
    return [v for v in variants if len(v) == 1], ""


def _char_pattern(char: str) -> str:
    """Regex for one term character, as a single class where possible (cheapest to match)."""
    variants, tail = _char_variants(char)
    if len(variants) == 1:
        body = re.escape(variants[0])
    elif all(len(v) == 1 for v in variants):
        body = "[" + "".join(re.escape(v) for v in variants) + "]"
    else:
        body = "(?:" + "|".join(re.escape(v) for v in variants) + ")"
    return body + tail


def _word_pattern(word: str) -> str:
    """Regex for one term word, letter by letter."""
    return "".join(_char_pattern(char) for char in word)


def _term_words(term: str) -> list[str]:
    """Split a term into words; NFC first so a term typed decomposed matches like any other."""
    return unicodedata.normalize("NFC", term).split()


def _head_index(words: list[str]) -> int:
    """Index of the head word: the longest, the later one on a tie (the German noun)."""
    return max(range(len(words)), key=lambda i: (len(words[i]), i))


def _alternatives(term: str) -> list[tuple[_Kind, list[str]]]:
    """What to search for one term: the word itself, or a phrase plus its head word."""
    words = _term_words(term)
    if not words:
        return []
    if len(words) == 1:
        return [("term", words)]
    return [("phrase", words), ("head", [words[_head_index(words)]])]


def _branches(name: str, words: list[str]) -> list[str]:
    """Regex branches for one alternative, each starting with a literal first character.

    The rest of the alternative sits in a named group (``name`` plus the variant number) so
    that ``match.lastgroup`` tells which rule matched; everything inside is non-capturing.
    """
    first, *_ = words
    variants, tail = _char_variants(first[0])
    parts = [tail + _word_pattern(first[1:])]
    for word in words[1:]:
        parts.extend((_INNER_ENDING, _PHRASE_SPACE, _word_pattern(word)))
    rest = "".join(parts)
    return [f"{re.escape(v)}(?P<{name}_{i}>{rest})" for i, v in enumerate(variants)]


def _compile(rules: tuple[TermRule, ...]) -> tuple[re.Pattern[str] | None, dict[str, _Branch]]:
    """Compile all rules into one pattern, longest term first, and map group names back.

    Longest first because at one position the regex engine takes the first branch that
    matches; a phrase must beat its own head word and a long term a shorter one.
    """
    entries: list[tuple[tuple[int, bool, int], str, _Branch, list[str]]] = []
    for index, rule in enumerate(rules):
        for kind, words in _alternatives(rule.term):
            key = (-len(" ".join(words)), kind == "head", index)
            entries.append((key, f"r{index}{kind}", _Branch(rule, kind), words))
    entries.sort(key=lambda entry: entry[0])
    sources: list[str] = []
    groups: dict[str, _Branch] = {}
    for _, name, branch, words in entries:
        for variant, source in enumerate(_branches(name, words)):
            groups[f"{name}_{variant}"] = branch
            sources.append(source)
    if not sources:
        return None, groups
    return re.compile("|".join(sources)), groups


def _is_letter(char: str) -> bool:
    """Letters and combining marks (the second half of a decomposed umlaut)."""
    return char.isalpha() or unicodedata.category(char).startswith("M")


def _is_word_char(text: str, index: int) -> bool:
    """Whether ``text[index]`` belongs to a word; gender markers only between letters."""
    char = text[index]
    if _is_letter(char):
        return True
    if char in _GENDER_MARKERS:
        return (
            0 < index < len(text) - 1
            and _is_letter(text[index - 1])
            and _is_letter(text[index + 1])
        )
    return False


def _word_start(text: str, index: int) -> int:
    """Widen a match to the left to the start of its word (compound prefixes)."""
    while index > 0 and _is_word_char(text, index - 1):
        index -= 1
    return index


def _word_end(text: str, index: int) -> int:
    """Widen a match to the right to the end of its word (endings, compound tails)."""
    while index < len(text) and _is_word_char(text, index):
        index += 1
    return index


class TermChecker:
    """Finds the terms of a fixed rule set; build once, call :meth:`find` for every text.

    Compiling is the expensive part, so the catalogue-wide check keeps one checker for all
    texts. Rules whose term is empty or only whitespace are dropped: they would match
    everywhere (or nowhere) and can only come from a half-edited rule list.
    """

    __slots__ = ("_groups", "_pattern", "rules")

    def __init__(self, rules: Iterable[TermRule]) -> None:
        #: The rules actually checked (without the empty ones), in the given order.
        self.rules: tuple[TermRule, ...] = tuple(rule for rule in rules if rule.term.strip())
        self._pattern, self._groups = _compile(self.rules)

    def find(self, text: str) -> list[Finding]:
        """Return the findings in ``text``, sorted by start and never overlapping."""
        if self._pattern is None:
            return []
        candidates: list[tuple[int, int, TermRule]] = []
        search = self._pattern.search
        match = search(text)
        while match is not None:
            core_start, core_end = match.span()
            group = match.lastgroup
            assert group is not None  # every branch ends in a named group
            start, end = _word_start(text, core_start), _word_end(text, core_end)
            candidates.append((start, end, self._groups[group].rule))
            # Restart just after the match start, not at its end: a longer finding may
            # start inside this one (the overlap rule below then picks the longest).
            match = search(text, core_start + 1)
        return _resolve(text, candidates)


def _resolve(text: str, candidates: list[tuple[int, int, TermRule]]) -> list[Finding]:
    """Drop overlapping candidates: the longest wins, then the earliest, then the first found.

    Greedy in that order, with the kept spans in a sorted list so each check is a bisect.
    """
    order = sorted(
        range(len(candidates)),
        key=lambda k: (candidates[k][0] - candidates[k][1], candidates[k][0], k),
    )
    starts: list[int] = []
    ends: list[int] = []
    rules: list[TermRule] = []
    for k in order:
        start, end, rule = candidates[k]
        position = bisect.bisect_right(starts, start)
        if position > 0 and ends[position - 1] > start:
            continue
        if position < len(starts) and starts[position] < end:
            continue
        starts.insert(position, start)
        ends.insert(position, end)
        rules.insert(position, rule)
    return [
        Finding(start, end, text[start:end], rule)
        for start, end, rule in zip(starts, ends, rules, strict=True)
    ]


@lru_cache(maxsize=32)
def _checker_for(rules: tuple[TermRule, ...]) -> TermChecker:
    """Cache checkers per rule set so the convenience function does not recompile."""
    return TermChecker(rules)


def find_terms(text: str, rules: Iterable[TermRule]) -> list[Finding]:
    """Check one text; for many texts with the same rules prefer a :class:`TermChecker`."""
    return _checker_for(tuple(rules)).find(text)


@lru_cache(maxsize=256)
def _rule_matcher(rule: TermRule) -> tuple[re.Pattern[str] | None, dict[str, _Branch]]:
    """The pattern of a single rule, to find the term again inside a finding's word."""
    return _compile((rule,))


def _head_replacement(rule: TermRule) -> str:
    """Replacement for a phrase's head word found alone.

    Leading words that term and replacement share are dropped: „Migrationshintergrund“ in
    „Schüler*innen mit Migrationshintergrund“ becomes „internationaler Geschichte“, not a
    second „Menschen mit“. If the phrase does not have that shape, the whole replacement.
    """
    words = _term_words(rule.term)
    head = _head_index(words)
    replacement = rule.replacement.split()
    shared = 0
    while (
        shared < min(head, len(replacement))
        and words[shared].casefold() == replacement[shared].casefold()
    ):
        shared += 1
    if shared == head == len(words) - 1 and shared < len(replacement):
        return " ".join(replacement[shared:])
    return rule.replacement


def _with_first(text: str, upper: bool) -> str:
    """``text`` with its first character upper- or lower-cased, the rest untouched."""
    if not text:
        return text
    first = text[0].upper() if upper else text[0].lower()
    return first + text[1:]


#: Skipped when looking back for the end of the previous sentence: spaces, opening
#: quotes and brackets, list bullets.
_SENTENCE_LEAD: Final = " \t\u00a0\u202f„“”\"'‚‘’»«([•–—-"


def _starts_sentence(text: str, index: int) -> bool:
    """Whether ``text[index]`` begins a sentence, a line or a list item.

    Only there may a replacement that starts with a lower-case word („internationaler
    Geschichte“) be capitalised; everywhere else German spelling decides, not the position.
    """
    before = text[:index].rstrip(_SENTENCE_LEAD)
    return not before or before[-1] in ".!?\n\r\u2028\u2029"


def _matched_word(rule: TermRule, kind: _Kind) -> str:
    """The term word a match of ``kind`` starts with (head word or first word)."""
    words = _term_words(rule.term)
    return words[_head_index(words)] if kind == "head" else words[0]


def _adapt_case(replacement: str, core: str, term_word: str, sentence_start: bool) -> str:
    """Give the replacement the capitalisation the found text asks for, sensibly.

    All capitals stay all capitals. A first letter whose case *differs* from the rule's own
    spelling is deliberate and is carried over: a lower-case noun is a compound tail or a
    derived adjective („Nichtaufnahmegesellschaft“, „migrationshintergrundbezogen“), an
    upper-case adjective starts a sentence. Otherwise the replacement keeps its own spelling
    (German capitalises by word class, so „Migrationshintergrund“ becomes „internationaler
    Geschichte“), capitalised only at the start of a sentence.
    """
    letters = [char for char in core if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return replacement.upper()
    found_first, term_first = core[:1], term_word[:1]
    if found_first.islower() and term_first.isupper():
        return _with_first(replacement, upper=False)
    if (found_first.isupper() and term_first.islower()) or sentence_start:
        return _with_first(replacement, upper=True)
    return replacement


def _replacement_for(
    found: str, rule: TermRule, *, before_hyphen: bool, sentence_start: bool
) -> str:
    """The text that replaces ``found``: prefix + adapted replacement + compound tail."""
    pattern, groups = _rule_matcher(rule)
    match = pattern.search(found) if pattern is not None else None
    kind: _Kind = "term"
    if match is None or match.lastgroup is None:
        # Not a finding of this rule (made by hand): replace the whole text.
        prefix, core, suffix = "", found, ""
    else:
        prefix, core, suffix = found[: match.start()], match.group(), found[match.end() :]
        kind = groups[match.lastgroup].kind
    replacement = _head_replacement(rule) if kind == "head" else rule.replacement
    if suffix.casefold() in _INFLECTIONS and not before_hyphen:
        # A plain inflection ending belongs to the old word. Before a hyphen the same
        # letters are a linking element („Mehrheitsgesellschafts-Debatte“) and stay.
        suffix = ""
    replacement = _adapt_case(
        replacement, core, _matched_word(rule, kind), sentence_start and not prefix
    )
    words = replacement.split()
    if len(words) > 1 and kind != "phrase" and (prefix or suffix):
        # A word group inside a compound is joined with hyphens (Durchkopplung:
        # „internationaler-Geschichte-bezogen“) rather than glued to the compound's parts.
        return "-".join([part for part in (prefix, *words, suffix) if part])
    return prefix + replacement + suffix


def replace_finding(text: str, finding: Finding) -> str:
    """Return ``text`` with ``finding`` replaced by its rule's replacement (one click).

    Compound parts around the term are kept („Aufnahmegesellschaftsmodell“ →
    „Stadtgesellschaftsmodell“); plain inflection endings are dropped („der
    Mehrheitsgesellschaften“ → „der Mehrheitsbevölkerung“: number and case may need a
    manual touch, but the word is never garbled); capitalisation follows
    :func:`_adapt_case`. A head word found alone gets only the part of the replacement that
    differs from the phrase („Schüler*innen mit internationaler Geschichte“).

    Raises ``ValueError`` if the finding does not fit ``text`` any more: replacing by
    stale offsets would silently corrupt an edited text, so the caller must check again.
    """
    start, end = finding.start, finding.end
    if not 0 <= start <= end <= len(text) or text[start:end] != finding.found:
        raise ValueError(
            f"finding {finding.found!r} at {start}:{end} does not match the text; check again"
        )
    replacement = _replacement_for(
        finding.found,
        finding.rule,
        before_hyphen=end < len(text) and text[end] in _HYPHENS,
        sentence_start=_starts_sentence(text, start),
    )
    return text[:start] + replacement + text[end:]
