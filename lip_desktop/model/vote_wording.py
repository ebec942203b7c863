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
#: How a ranked poll counts, in every rule line.
BORDA: Final = "Borda-Punkte (Platz 1 erhält die meisten)"
#: An option of a score poll nobody scored.
NOT_SCORED: Final = "nicht bewertet"


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


def raters_text(raters: int) -> str:
    return f"{raters} Bewertung" if raters == 1 else f"{raters} Bewertungen"


def firsts_text(first: int) -> str:
    """How often an option was ranked first: "2 × Platz 1"."""
    return f"{first} × Platz 1"


def mean_text(mean: float) -> str:
    """A score poll's mean: "Mittelwert 4,333"."""
    return f"Mittelwert {number_text(mean)}"


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
    elif method == "score":
        parts.append(f"Bewertung von {rule.get('scale_min', 0)} bis {rule.get('scale_max', 5)}"
                     " · höchster Mittelwert zuerst")
    elif method == "ranked":
        max_ranks = rule.get("max_ranks")
        parts.append(f"höchstens {max_ranks} Plätze je Person" if max_ranks
                     else "alle Optionen dürfen gereiht werden")
        parts.append(BORDA)
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
    if method == "score":
        if not first or first[0].get("mean") is None:
            return "noch keine Bewertung"
        return f"1. {names} – {figure_text(method, first[0])}"
    if method == "ranked":
        if not first or not first[0].get("points"):
            return "noch keine Rangfolge"
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
    if method in ("dots", "score", "ranked"):
        score = figure_text(method, mine)
    elif mine.get("acceptance") is None:
        score = "nicht bewertet"
    else:
        score = f"Akzeptanz {percent_text(mine['acceptance'])}"
    return f"Rang {mine.get('rank')} von {len(ranking)} ({score})"


def figure_text(method: str, entry: Mapping[str, Any]) -> str:
    """What one option of a dots, score or ranked poll got, as the projector bar, the
    Word draft and the Excel list say it: "3 Punkte"; "Mittelwert 4,333 (3 Bewertungen)"
    or "nicht bewertet"; "8 Punkte · 2 × Platz 1"."""
    if method == "score":
        if entry.get("mean") is None:
            return NOT_SCORED
        return f"{mean_text(float(entry['mean']))} ({raters_text(int(entry.get('raters') or 0))})"
    points = points_text(int(entry.get("points") or 0))
    if method == "ranked":
        return f"{points} · {firsts_text(int(entry.get('first') or 0))}"
    return points


#: Column heads of a ranking table in the minutes, per method (after "Rang", "Option").
_TABLE_HEADS: Final[Mapping[str, tuple[str, ...]]] = {
    "dots": ("Punkte",),
    "consent": ("Widerstand gesamt", "Mittelwert", "Akzeptanz"),
    "score": ("Bewertungen", "Summe", "Mittelwert"),
    "ranked": ("Punkte", "Platz 1"),
}


def ranking_table(method: str, result: Mapping[str, Any] | None,
                  labels: Mapping[str, str]) -> tuple[tuple[str, ...], list[list[str]]]:
    """A dots, consent, score or ranked poll's result as a table: heads and one row per
    option, best first ("Rang", "Option", then the figures), the way the minutes print it.
    Figures are worded as everywhere else: means with up to three decimals, acceptance
    as "73,3 %" (``percent_text``), an option nobody rated "nicht bewertet"."""
    heads = ("Rang", "Option", *_TABLE_HEADS[method])
    rows: list[list[str]] = []
    for entry in (result or {}).get("ranking") or ():
        if not isinstance(entry, Mapping):
            continue
        option_id = entry.get("option_id") or ""
        row = [str(entry.get("rank", "")), labels.get(option_id, option_id)]
        if method == "score":
            mean = entry.get("mean")
            row += [str(entry.get("raters") or 0), str(entry.get("total") or 0),
                    NOT_SCORED if mean is None else number_text(float(mean))]
        elif method == "consent":
            mean = entry.get("mean")
            row += (["–", "–", NOT_SCORED] if mean is None else
                    [number_text(float(entry.get("total") or 0)), number_text(float(mean)),
                     percent_text(float(entry.get("acceptance") or 0))])
        elif method == "dots":
            row += [str(entry.get("points") or 0)]
        else:
            row += [str(entry.get("points") or 0), str(entry.get("first") or 0)]
        rows.append(row)
    return heads, rows


#: The article before a subject's kind in a question ("die Maßnahme", "das Ziel").
_ARTICLE: Final[Mapping[str, str]] = {"measure": "die", "goal": "das", "compromise": "der",
                                      "strategy_section": "der"}


def question_on(subject_type: str | None, subject_name: str) -> str:
    """The usual question on a subject, offered when a vote is opened on it:
    "Soll die Maßnahme BIL-M1.2 „…“ beschlossen werden?"."""
    article = _ARTICLE.get(subject_type or "", "die")
    return f"Soll {article} {subject_name} beschlossen werden?"
