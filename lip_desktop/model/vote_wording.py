"""How a vote is worded, in one place: the rule line, the one-line outcome, the side line.

The vote panel, the projector, the minutes, the Word draft and the Excel list all say
what a vote's rule was and how it came out. Each used to word it itself ("doppelte
Mehrheit" here, "Parität: Mehrheit in Verwaltung und extern" there, "beschlussfähig ab 5
Anwesenden" beside "Quorum: mindestens 5 anwesend"), so a reader of the minutes and a
member watching the projector read different words for the same rule. Every one of
them now calls this module; the words below are the only ones.

Terms: "Parität" is only the vote rule that asks for a majority on both sides
(administration and external), worded as "doppelte Mehrheit". Whether a group is
staffed evenly is the "Besetzung" (see ``model.staffing``), never "Parität".

Plain German strings without Qt: the model's texts are German like its error messages;
the UI translates its own labels around them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from lip_desktop.model import enums

#: The vote rule "majority on both sides", as every rule line words it.
DOUBLE_MAJORITY: Final = "Parität: doppelte Mehrheit (Verwaltung und extern je für sich)"
#: The verdicts of a whole yes/no vote and of one side of a parity vote.
ADOPTED: Final = "angenommen"
REJECTED: Final = "abgelehnt"
NOT_QUORATE: Final = "nicht beschlussfähig"
SIDE_MAJORITY: Final = "Mehrheit"
SIDE_NO_MAJORITY: Final = "keine Mehrheit"


# --- figures ------------------------------------------------------------------------------


def number_text(value: float) -> str:
    """A figure the way the model rounded it (≤ 3 decimals), with a German comma."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def percent_text(fraction: float) -> str:
    """An acceptance (0..1, three decimals) as "87,5 %": exact, since the model rounds
    to three decimals."""
    return f"{fraction * 100:.1f}".replace(".", ",").removesuffix(",0") + " %"


def points_text(points: int) -> str:
    return f"{points} Punkt" if points == 1 else f"{points} Punkte"


# --- the rule -----------------------------------------------------------------------------


def rule_line(method: str, rule: Mapping[str, Any], *, with_method: bool = False) -> str:
    """The vote's rule in one German line, so the room (and the reader) knows what counts.

    "einfache Mehrheit · Parität: doppelte Mehrheit (…) · Quorum: mindestens 6 anwesend";
    "3 Punkte je Person · höchstens 2 je Option"; "Widerstand von 0 (keiner) bis 10
    (sehr groß)". ``with_method`` puts the method first ("Ja/Nein · …"), for documents
    that do not name it elsewhere.
    """
    parts = [enums.label(enums.VOTE_METHOD, method)] if with_method else []
    if method == "yes_no":
        parts.append(enums.label(enums.MAJORITY, rule.get("majority") or "simple"))
        if rule.get("parity"):
            parts.append(DOUBLE_MAJORITY)
        quorum = rule.get("quorum_min_present")
        parts.append(f"Quorum: mindestens {quorum} anwesend" if quorum else "kein Quorum")
    elif method == "dots":
        parts.append(f"{points_text(int(rule.get('dots_per_person') or 0))} je Person")
        limit = rule.get("max_per_option")
        if limit:
            parts.append(f"höchstens {limit} je Option")
    elif method == "consent":
        parts.append(f"Widerstand von 0 (keiner) bis {rule.get('scale_max', 10)} (sehr groß)")
    return " · ".join(parts)


# --- yes/no outcome and sides ---------------------------------------------------------------


def verdict(result: Mapping[str, Any]) -> str:
    """A yes/no vote's verdict. Not quorate is not "abgelehnt": the group did not
    decide, which is not the same as deciding against."""
    if not result["quorate"]:
        return NOT_QUORATE
    return ADOPTED if result["passed"] else REJECTED


def yes_no_line(result: Mapping[str, Any]) -> str:
    """"Ja 6 / Nein 1 / Enthaltung 2 – angenommen"."""
    return (f"Ja {result['yes']} / Nein {result['no']} / Enthaltung {result['abstain']} – "
            f"{verdict(result)}")


def side_verdict(figures: Mapping[str, Any]) -> str:
    """A side of a parity vote has a majority or not; "angenommen" is for the vote."""
    return SIDE_MAJORITY if figures.get("passed") else SIDE_NO_MAJORITY


def side_figures(figures: Mapping[str, Any]) -> str:
    """One side's figures: "Ja 3 / Nein 1 / Enthaltung 0 – Mehrheit"."""
    return (f"Ja {figures.get('yes', 0)} / Nein {figures.get('no', 0)} / "
            f"Enthaltung {figures.get('abstain', 0)} – {side_verdict(figures)}")


def side_line(side: str, figures: Mapping[str, Any]) -> str:
    """"Verwaltung: Ja 2 / Nein 0 / Enthaltung 1 – Mehrheit"."""
    return f"{enums.label(enums.SIDE, side)}: {side_figures(figures)}"


# --- outcome of any method --------------------------------------------------------------------


def outcome_line(method: str, result: Mapping[str, Any] | None,
                 labels: Mapping[str, str]) -> str:
    """The short outcome of a vote in one line (vote list, minutes' decisions, Excel).

    Yes/no: ``yes_no_line``; rankings: the first place(s) with points or acceptance.
    ``labels`` maps option id → label.
    """
    if not result:
        return "kein Ergebnis"
    if method == "yes_no":
        if not (result.get("yes") or result.get("no") or result.get("abstain")):
            return "noch keine Stimmen"
        return yes_no_line(result)
    ranking = [e for e in result.get("ranking") or [] if isinstance(e, Mapping)]
    first = [e for e in ranking if e.get("rank") == 1]
    names = ", ".join(labels.get(e.get("option_id") or "", e.get("option_id") or "?")
                      for e in first)
    if method == "dots":
        if not first or not first[0].get("points"):
            return "noch keine Punkte"
        return f"1. {names} – {points_text(first[0]['points'])}"
    if not first or first[0].get("acceptance") is None:
        return "noch keine Bewertung"
    return f"1. {names} – Akzeptanz {percent_text(first[0]['acceptance'])}"


def option_line(method: str, result: Mapping[str, Any] | None, option_id: str) -> str:
    """Where one option came out in a ranking: "Rang 2 von 5 (4 Punkte)"."""
    ranking = [e for e in (result or {}).get("ranking") or [] if isinstance(e, Mapping)]
    mine = next((e for e in ranking if e.get("option_id") == option_id), None)
    if mine is None:
        return "ohne Ergebnis für diese Option"
    if method == "dots":
        score = points_text(int(mine.get("points") or 0))
    elif mine.get("acceptance") is None:
        score = "nicht bewertet"
    else:
        score = f"Akzeptanz {percent_text(mine['acceptance'])}"
    return f"Rang {mine.get('rank')} von {len(ranking)} ({score})"


#: The article before a subject's kind in a question ("die Maßnahme", "das Ziel").
_ARTICLE: Final[Mapping[str, str]] = {"measure": "die", "goal": "das", "compromise": "der",
                                      "strategy_section": "der"}


def question_on(subject_type: str | None, subject_name: str) -> str:
    """The usual question on a subject, offered when a vote is opened on it:
    "Soll die Maßnahme BIL-M1.2 „…“ beschlossen werden?"."""
    article = _ARTICLE.get(subject_type or "", "die")
    return f"Soll {article} {subject_name} beschlossen werden?"
