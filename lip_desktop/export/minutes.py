"""The minutes (Protokoll) of one session as a Word document: "after the session".

A facilitator sends the minutes to the group within days of a session, and the group
approves them at the next one; so the minutes must say, without the app at hand, who was
there (by side, because the groups are staffed in parity), whether the group could
decide, what was said on each agenda item (positions, compromises with their
Sondervoten), how each vote came out, what was decided and what was parked for later.

What belongs to an agenda item: the positions, compromises and votes *recorded in this
session* whose subject is the item's subject. A compromise's own positions and votes
(subject = the compromise) follow their compromise's subject, so they land on the same
item. A vote without a matching subject goes to the item a decision links it to. What is
left goes to "Weitere Punkte", grouped by subject, so nothing recorded in the session
is missing from its minutes. Records of earlier sessions are not repeated: they are in
their own minutes and in the plan draft.

The document is built like the plan draft, from the same parts
(:mod:`lip_desktop.export.docx_parts`): built-in heading styles (Word's navigation pane
and a later table of contents work), German language, A4, "Seite X von Y" in the footer,
document properties, user text sanitised and escaped. Decisions, the Themenspeicher,
vote notes and the group's quorum are not part of the interchange format; the caller
reads them from the service (:func:`gather_minutes` does that in one go).
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, Protocol

from lip_desktop.export.docx_parts import (
    BOLD,
    DASH,
    ITALIC,
    NBSP,
    TEXT_W,
    Body,
    Styles,
    bad_document,
    drop_stale_parts,
    empty_body,
    escape,
    header_footer,
    page_setup,
    paragraphs,
    ppr,
    prepare_settings,
    prepare_styles,
    read_back,
    runs,
    table_open,
    tc_width,
)
from lip_desktop.export.result import ExportResult
from lip_desktop.export.text import clean, sanitize
from lip_desktop.model import enums, live, minutes_state
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.naming import holder_text
from lip_desktop.model.speakers import clock_text, side_times
from lip_desktop.model.vote_wording import (
    outcome_line,
    ranking_table,
    rule_line,
    side_figures,
    yes_no_line,
)

if TYPE_CHECKING:
    from lip_desktop.model.minutes_state import MinutesStatus
    from lip_desktop.model.values import Captured, Decision, MinutesInputs, ParkingItem

#: Title of the document properties and the first words a reader sees.
TITLE_PREFIX: Final = "Protokoll"
_WEEKDAYS: Final = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                    "Sonntag")
#: Roles named beside a person in the attendance lists; plain members need no label.
_NAMED_ROLES: Final = frozenset({"facilitator", "minutes", "guest"})
_SIDES: Final = ("administration", "external")
#: Tables of a vote's ranking are indented like the vote's other lines ("LIP Unterpunkt").
_TABLE_INDENT: Final = 567
#: Each column wide enough for the longest word of its head in bold ("Rang", "Widerstand",
#: "Mittelwert") plus the margins, also in a wide substitute font (DejaVu Sans).
_DOTS_COLS: Final = (900, TEXT_W - _TABLE_INDENT - 900 - 1200, 1200)
_CONSENT_COLS: Final = (900, TEXT_W - _TABLE_INDENT - 900 - 1600 - 1600 - 1650, 1600, 1600,
                        1650)
#: Column widths per poll method: dots ("Punkte"), consent ("Widerstand gesamt",
#: "Mittelwert", "Akzeptanz"), score ("Bewertungen", "Summe", "Mittelwert") and ranked
#: polls ("Punkte", "Platz 1").
_POLL_COLS: Final = {
    "dots": _DOTS_COLS,
    "consent": _CONSENT_COLS,
    "score": (900, TEXT_W - _TABLE_INDENT - 900 - 1650 - 1200 - 1650, 1650, 1200, 1650),
    "ranked": (900, TEXT_W - _TABLE_INDENT - 900 - 1200 - 1200, 1200, 1200),
}
#: Keeps a line on the page of the line after it (a vote's lines belong together).
_KEEP: Final = "<w:keepNext/>"
_FACT_COLS: Final = (2200, TEXT_W - 2200)
#: Characters Windows does not allow in file names ("Expert*innengruppe" has one).
_BAD_FILE_CHARS: Final = str.maketrans(dict.fromkeys('<>:"/\\|?*', "_"))

Key = tuple[str, str | None]  # (subject type, subject id); ("", None) for "no subject"
_NO_SUBJECT: Final[Key] = ("", None)


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class MinutesSources:
    """Everything the minutes are made of, read from the catalogue in one go.

    Split from :func:`build_minutes` so the UI can read on its own thread (the catalogue
    connection belongs to it) and build in the background.
    """

    doc: Mapping[str, Any]
    session_id: str
    decisions: Sequence[Decision]
    parking: Sequence[ParkingItem]
    vote_notes: Mapping[str, str]
    quorum: int | None
    captured: Sequence[Captured] = ()
    status: MinutesStatus | None = None

    def build(self, *, progress: Callable[[int, int], bool] | None = None,
              now: datetime | None = None) -> ExportResult:
        return build_minutes(self.doc, self.session_id, decisions=self.decisions,
                             parking=self.parking, vote_notes=self.vote_notes,
                             quorum=self.quorum, progress=progress, now=now,
                             captured=self.captured, status=self.status)

    def file_name(self) -> str:
        return minutes_file_name(self.doc, self.session_id)


class UnknownSessionError(LipError):
    """The session id is not in the catalogue. The message lists the sessions there are
    (id, date, title): the id is what the user has to type, and they cannot see it
    anywhere else from the command line."""

    def __init__(self, session_id: str, sessions: Sequence[tuple[str, str, str]]) -> None:
        self.sessions = tuple(sessions)
        super().__init__("not_found", record_type="Sitzung", record=session_id)

    @property
    def message(self) -> str:
        base = super().message
        if not self.sessions:
            return f"{base} Der Katalog enthält noch keine Sitzungen."
        lines = [f"  {sid}  {day or DASH:10}  {title}" for sid, day, title in self.sessions]
        return base + "\nVorhandene Sitzungen (ID, Datum, Titel):\n" + "\n".join(lines)


def session_overview(doc: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """``(id, "10.03.2026", title)`` of every session, earliest first."""
    sessions = sorted(doc.get("sessions") or (), key=lambda s: str(s.get("starts_at") or ""))
    return [(str(s["id"]), _date(s.get("starts_at")), clean(s.get("title") or ""))
            for s in sessions]


def _session(doc: Mapping[str, Any], session_id: str) -> Mapping[str, Any]:
    for s in doc.get("sessions") or ():
        if s.get("id") == session_id:
            return s  # type: ignore[no-any-return]
    raise UnknownSessionError(session_id, session_overview(doc))


class _MinutesReads(Protocol):
    def minutes_inputs(self, session_id: str) -> MinutesInputs: ...


class CatalogueReads(Protocol):
    """What the minutes need of a catalogue service (``CatalogueService`` has it): the
    export layer stays free of the services and the storage behind them."""

    @property
    def meetings(self) -> _MinutesReads: ...


def gather_minutes(service: CatalogueReads, session_id: str) -> MinutesSources:
    """The service's one read of everything the minutes of a session are made of.

    Raises :class:`UnknownSessionError` for an id the catalogue does not have.
    """
    inputs = service.meetings.minutes_inputs(session_id)
    _session(inputs.doc, session_id)
    return MinutesSources(doc=inputs.doc, session_id=session_id, decisions=inputs.decisions,
                          parking=inputs.parking, vote_notes=inputs.vote_notes,
                          quorum=inputs.quorum, captured=inputs.captured,
                          status=inputs.status)


def minutes_for(service: CatalogueReads, session_id: str, *,
                progress: Callable[[int, int], bool] | None = None,
                now: datetime | None = None) -> ExportResult:
    """The minutes of a session, read and built in one call (command line, tests)."""
    return gather_minutes(service, session_id).build(progress=progress, now=now)


def minutes_file_name(doc: Mapping[str, Any], session_id: str) -> str:
    """"Protokoll 2026-03-10 3. Sitzung Expert_innengruppe Bildung.docx".

    The ISO date first, so Explorer lists the minutes of a group in order; characters
    Windows refuses in file names become "_".
    """
    session = _session(doc, session_id)
    day = str(session.get("starts_at") or "")[:10]
    name = " ".join(p for p in (TITLE_PREFIX, day, clean(session.get("title") or "")) if p)
    name = "".join(c for c in name.translate(_BAD_FILE_CHARS) if c >= " ")
    return " ".join(name.split())[:150].rstrip(" .") + ".docx"


# --------------------------------------------------------------------------- formatting


def _date(value: Any) -> str:
    """"2026-03-10T17:00" → "10.03.2026"; empty when there is no date."""
    text = str(value or "")
    parts = text[:10].split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    return text


def _time(value: Any) -> str:
    """"2026-03-10T17:00" → "17:00"; empty without a time."""
    text = str(value or "")
    return text[11:16] if len(text) >= 16 and text[10] == "T" else ""


def _weekday_date(value: Any) -> str:
    """"Dienstag, 10.03.2026", as German minutes name the day."""
    try:
        day = datetime.fromisoformat(str(value)[:10])
    except ValueError:
        return _date(value) or DASH
    return f"{_WEEKDAYS[day.weekday()]}, {_date(value)}"


def _span(start: Any, end: Any) -> str:
    """"17:00–19:30 Uhr", "ab 17:00 Uhr" or "" (times of the session or a vote)."""
    t0, t1 = _time(start), _time(end)
    if t0 and t0 == t1 and _date(start) == _date(end):
        return f"{t0} Uhr"
    if t0 and t1 and _date(start) == _date(end):
        return f"{t0}–{t1} Uhr"
    if t0 and t1:
        return f"{t0} Uhr – {_date(end)} {t1} Uhr"
    if t0:
        return f"ab {t0} Uhr"
    return ""


def _short(text: Any, limit: int = 70) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- the document


class _Minutes:
    """One export run: the indexes over the document and the writer of each part."""

    def __init__(self, doc: Mapping[str, Any], session: Mapping[str, Any], body: Body,
                 styles: Styles, bullet_style: str, decisions: Sequence[Decision],
                 vote_notes: Mapping[str, str], captured: Sequence[Captured] = ()) -> None:
        self.doc = doc
        self.session = session
        self.body = body
        self.styles = styles
        self.bullet_style = bullet_style
        self.decisions = list(decisions)
        self.vote_notes = vote_notes
        sid = session["id"]
        self.people = {p["id"]: p for p in doc.get("people") or ()}
        self.records: dict[str, Mapping[str, Any]] = {}
        for kind in ("goals", "measures", "strategy_sections", "compromises"):
            for record in doc.get(kind) or ():
                self.records[record["id"]] = record
        self.all_compromises = {c["id"]: c for c in doc.get("compromises") or ()}
        self.positions_by_id = {p["id"]: p for p in doc.get("positions") or ()}
        self.votes_by_id = {v["id"]: v for v in doc.get("votes") or ()}
        self.agenda = sorted(session.get("agenda") or (), key=lambda a: a.get("position", 0))
        self.item_number = {a["id"]: n for n, a in enumerate(self.agenda, 1)}
        self.decision_number = {d.id: n for n, d in enumerate(self.decisions, 1)}
        # Goals and measures captured here that are still in the catalogue, once each.
        seen_captures: set[str] = set()
        self.captured: list[tuple[Mapping[str, Any], str, str | None]] = []
        for c in captured:
            record = self.records.get(c.record_id)
            if record is not None and c.record_id not in seen_captures:
                seen_captures.add(c.record_id)
                item_id = c.agenda_item_id if c.agenda_item_id in self.item_number else None
                self.captured.append((record, c.record_type, item_id))

        # This session's records by their direct subject, in catalogue order.
        self.by_subject: defaultdict[Key, dict[str, list[Mapping[str, Any]]]] = defaultdict(
            lambda: {"positions": [], "compromises": [], "votes": []})
        self.order: list[tuple[Key, Key]] = []  # (root subject, direct subject), first seen
        self.vote_item: dict[str, str] = {}
        for kind in ("positions", "compromises", "votes"):
            for record in doc.get(kind) or ():
                if record.get("session_id") != sid:
                    continue
                key = _key(record)
                self.by_subject[key][kind].append(record)
                pair = (self.root(key), key)
                if pair not in self.order:
                    self.order.append(pair)
        # The agenda item that owns a subject: the first one about it.
        self.owner: dict[Key, str] = {}
        for item in self.agenda:
            key = _key(item)
            if key != _NO_SUBJECT:
                self.owner.setdefault(key, item["id"])
        # A vote on no agenda subject belongs to the item a decision links it to.
        for d in self.decisions:
            if d.vote_id and d.agenda_item_id and d.agenda_item_id in self.item_number:
                self.vote_item.setdefault(d.vote_id, d.agenda_item_id)
        self.done: set[Key] = set()
        self.done_votes: set[str] = set()

    # --- indexes -----------------------------------------------------------------------

    def root(self, key: Key) -> Key:
        """The subject a record is finally about: a compromise stands for its subject."""
        seen: set[str] = set()
        while key[0] == "compromise" and key[1] is not None and key[1] not in seen:
            compromise = self.all_compromises.get(key[1])
            if compromise is None:
                break
            seen.add(key[1])
            key = _key(compromise)
        return key

    def subject_label(self, key: Key) -> str:
        kind, rid = key
        if rid is None:
            return "Ohne Bezug zu einem Ziel oder einer Maßnahme"
        record = self.records.get(rid)
        label = enums.label(enums.SUBJECT_TYPE, kind)
        if record is None:
            return f"{label} (nicht mehr im Katalog)"
        if kind == "strategy_section":
            return f"{label}: {record.get('title') or 'Abschnitt'}"
        if kind == "compromise":
            return f"Kompromiss „{_short(record.get('text'))}“"
        name = f"{record.get('code') or ''} {record.get('title') or ''}".strip()
        return f"{label} {name}".strip()

    # --- small pieces ----------------------------------------------------------------

    def para(self, text: Any, style: str | None = None, *, rpr: str = "",
             extra_ppr: str = "") -> None:
        self.body.parts.append(f"<w:p>{ppr(style, extra_ppr)}{runs(self.body, text, rpr)}"
                               "</w:p>")

    def labelled(self, label: str, text: Any, style: str = "LIPEintrag", *,
                 extra_ppr: str = "") -> None:
        """``label`` in bold, then the text."""
        self.body.parts.append(f"<w:p>{ppr(style, extra_ppr)}{runs(self.body, label, BOLD)}"
                               f"{runs(self.body, text)}</w:p>")

    def text_block(self, text: Any, style: str | None = None) -> None:
        for paragraph in paragraphs(text):
            self.para(paragraph, style)

    def heading(self, level: int, text: str) -> None:
        value, removed = sanitize(text)
        self.body.removed += removed
        self.para(" ".join(value.split()), self.styles.heading(level))

    def table(self, widths: Sequence[int], heads: Sequence[str],
              rows: Sequence[Sequence[str]], numeric: Sequence[bool]) -> None:
        """A small table with a head row that repeats on a new page; numbers right-aligned."""
        right = "<w:pPr><w:jc w:val=\"right\"/></w:pPr>"
        parts = self.body.parts
        parts.append(table_open(widths, first_row=True, first_col=False, indent=_TABLE_INDENT))
        parts.append("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>")
        for head, is_number, width in zip(heads, numeric, widths, strict=True):
            parts.append(f"<w:tc>{tc_width(width)}<w:p>{right if is_number else ''}"
                         f"{runs(self.body, head)}</w:p></w:tc>")
        parts.append("</w:tr>")
        for row in rows:
            parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for value, is_number in zip(row, numeric, strict=True):
                parts.append(f"<w:tc><w:p>{right if is_number else ''}"
                             f"{runs(self.body, value)}</w:p></w:tc>")
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        self.para("", "LIPUnterpunkt")  # Word needs a paragraph between adjacent tables

    # --- title and header facts --------------------------------------------------------

    def title(self, now: datetime) -> None:
        s = self.session
        self.para(TITLE_PREFIX, self.styles.title)
        self.para(s.get("title") or "Sitzung", "LIPTitelzeile")
        if s.get("status") != "closed":
            status = enums.label(enums.SESSION_STATUS, s.get("status"))
            self.para(f"Vorläufiges Protokoll: Die Sitzung ist noch nicht abgeschlossen "
                      f"(Status „{status}“, Stand {now:%d.%m.%Y %H:%M} Uhr).", "LIPHinweis")

    def facts(self, group: Mapping[str, Any] | None, field: Mapping[str, Any] | None) -> None:
        s = self.session
        rows = [
            ("Gruppe", (group or {}).get("name") or DASH),
            ("Handlungsfeld", (field or {}).get("name") or DASH),
            ("Datum", _weekday_date(s.get("starts_at"))),
            ("Uhrzeit", _span(s.get("starts_at"), s.get("ends_at")) or DASH),
            ("Ort", s.get("location") or DASH),
        ]
        parts = self.body.parts
        parts.append(table_open(_FACT_COLS, first_row=False, first_col=True))
        for label, value in rows:
            parts.append(f"<w:tr><w:tc><w:p>{runs(self.body, label)}</w:p></w:tc>"
                         f"<w:tc><w:p>{runs(self.body, value)}</w:p></w:tc></w:tr>")
        parts.append("</w:tbl>")

    def attendance(self, group: Mapping[str, Any] | None, quorum: int | None) -> None:
        """Present and absent people by side, with the roles that do not vote; then
        whether the group was quorate, counted as the live session screen counts."""
        members = [m for m in (group or {}).get("members") or () if m.get("person_id")]
        roles = {m["person_id"]: m.get("role") or "" for m in members}
        marked = {a["person_id"]: bool(a.get("present"))
                  for a in self.session.get("attendance") or ()}
        order = [m["person_id"] for m in members]
        order += [pid for pid in marked if pid not in roles]
        present = {pid for pid, here in marked.items() if here}

        self.heading(1, "Anwesenheit")
        for title, wanted in (("Anwesend", True), ("Abwesend", False)):
            self.para(title, "LIPZwischentitel")
            listed = False
            for side in _SIDES:
                names = [self.person_name(pid, roles.get(pid, "")) for pid in order
                         if (pid in present) == wanted
                         and (self.people.get(pid) or {}).get("side") == side]
                if names:
                    self.labelled(f"{enums.SIDE[side]}: ", ", ".join(names))
                    listed = True
            others = [self.person_name(pid, roles.get(pid, "")) for pid in order
                      if (pid in present) == wanted
                      and (self.people.get(pid) or {}).get("side") not in _SIDES]
            if others:
                self.labelled("ohne Zuordnung: ", ", ".join(others))
                listed = True
            if not listed:
                self.para("niemand", "LIPEintrag")

        sides = {pid: str(p.get("side") or "") for pid, p in self.people.items()}
        summary = live.attendance_summary(
            [{"person_id": m["person_id"], "role": m.get("role") or ""} for m in members],
            sides, present, quorum)
        if quorum is None:
            verdict = "Die Gruppe war beschlussfähig (kein Quorum festgelegt)."
        elif summary.quorate:
            verdict = f"Die Gruppe war beschlussfähig (Quorum: {quorum} Anwesende)."
        else:
            verdict = f"Die Gruppe war nicht beschlussfähig (Quorum: {quorum} Anwesende)."
        counts = (f"Anwesend waren {summary.present_total} von "
                  f"{summary.members.administration + summary.members.external} "
                  f"stimmberechtigten Mitgliedern (Verwaltung {summary.present.administration}"
                  f" von {summary.members.administration}, extern "
                  f"{summary.present.external} von {summary.members.external}).")
        self.para("Beschlussfähigkeit", "LIPZwischentitel")
        self.para(verdict, "LIPEintrag", rpr=BOLD)
        self.para(counts, "LIPEintrag")
        if summary.present_total and summary.staffing_warning:
            self.para("Die beiden Seiten waren nicht gleich stark vertreten.", "LIPEintrag")

    def person_name(self, person_id: str, role: str) -> str:
        person = self.people.get(person_id) or {}
        name = str(person.get("name") or "ohne Namen")
        if role in _NAMED_ROLES:
            return f"{name} ({enums.ROLE[role]})"
        return name

    def notes_and_agenda(self) -> None:
        if paragraphs(self.session.get("notes")):
            self.heading(1, "Zusammenfassung")
            self.text_block(self.session.get("notes"))
        self.heading(1, "Tagesordnung")
        if not self.agenda:
            self.para("Für diese Sitzung war keine Tagesordnung erfasst.", "LIPHinweis")
        for n, item in enumerate(self.agenda, 1):
            box = f" ({item['minutes']}{NBSP}Min.)" if item.get("minutes") else ""
            self.labelled(f"TOP {n}: ", f"{item.get('title') or 'ohne Titel'}{box}")

    # --- the minutes' own state (Entwurf, versandt, genehmigt) ----------------------------

    def approval_state(self, status: MinutesStatus) -> None:
        """Where these minutes stand, under the facts; then, once corrections were recorded
        at approval, the "Korrekturen" section: the minutes are the version sent, and the
        corrections the group decided stand here (as "genehmigt mit Korrekturen")."""
        self.labelled("Stand des Protokolls: ", minutes_state.state_line(status),
                      "LIPHinweis")
        if not status.corrections:
            return
        self.heading(1, "Korrekturen")
        self.para(f"Bei der Genehmigung in der Sitzung „{status.approved_in_title}“ vom "
                  f"{_date(status.approved_in_starts_at)} beschlossene Korrekturen zu "
                  f"Version {status.version}:", "LIPHinweis", extra_ppr=_KEEP)
        for n, text in enumerate(status.corrections, 1):
            self.labelled(f"{n}. ", text)

    # --- agenda items and negotiation --------------------------------------------------

    def item(self, item: Mapping[str, Any]) -> None:
        n = self.item_number[item["id"]]
        self.heading(1, f"TOP {n}: {item.get('title') or 'ohne Titel'}")
        key = _key(item)
        facts = []
        if key != _NO_SUBJECT:
            facts.append(f"Gegenstand: {self.subject_label(key)}")
        if item.get("minutes"):
            facts.append(f"Zeitrahmen: {item['minutes']}{NBSP}Minuten")
        if facts:
            self.para(" · ".join(facts), "LIPHinweis", extra_ppr=_KEEP)
        written = len(self.body.parts)
        owner = self.owner.get(key)
        if key != _NO_SUBJECT and owner != item["id"]:
            if any(root == key for root, _ in self.order):  # a second item on one subject
                self.para("Positionen, Kompromisse und Abstimmungen zu diesem Gegenstand "
                          f"stehen unter TOP {self.item_number[owner or '']}.", "LIPHinweis")
        elif key != _NO_SUBJECT:
            self.subject_records(key)
        for vote_id, item_id in self.vote_item.items():
            vote = self.votes_by_id.get(vote_id)
            if item_id == item["id"] and vote is not None and self.unplaced_vote(vote):
                self.vote(vote)
        new_here = [(r, rt) for r, rt, item_id in self.captured if item_id == item["id"]]
        if new_here:
            self.para("In der Sitzung erfasst", "LIPZwischentitel")
            for record, rt in new_here:
                self.captured_line(record, rt)
        own = [d for d in self.decisions if d.agenda_item_id == item["id"]]
        if own:
            self.para("Beschluss" if len(own) == 1 else "Beschlüsse", "LIPZwischentitel")
            for d in own:
                self.labelled(f"Beschluss {self.decision_number[d.id]}: ", d.text)
        if len(self.body.parts) == written:
            self.para("Zu diesem Punkt wurden keine Positionen, Kompromisse, Abstimmungen, "
                      "Beschlüsse, Ziele oder Maßnahmen erfasst.", "LIPHinweis")

    def captured_line(self, record: Mapping[str, Any], record_type: str,
                      item_id: str | None = None) -> None:
        """"Maßnahme BIL-M1.1.3: Elterncafé (unter BIL-Z1.1 …; TOP 2)"."""
        label = self.subject_label((record_type, record["id"]))
        parent_id = record.get("goal_id") or record.get("parent_id")
        parent = self.records.get(parent_id or "")
        where = []
        if parent is not None:
            where.append(f"unter {parent.get('code') or ''} {_short(parent.get('title'), 50)}"
                         .replace("  ", " "))
        if item_id is not None:
            where.append(f"TOP {self.item_number[item_id]}")
        suffix = f" ({'; '.join(where)})" if where else ""
        self.para(label + suffix, self.bullet_style)

    def captured_section(self) -> None:
        """Every goal and measure captured in the session, in the order captured."""
        if not self.captured:
            return
        self.heading(1, "In der Sitzung erfasste Ziele und Maßnahmen")
        for record, rt, item_id in self.captured:
            self.captured_line(record, rt, item_id)

    def unplaced_vote(self, vote: Mapping[str, Any]) -> bool:
        """A vote not yet written whose subject no agenda item owns."""
        return (vote["id"] not in self.done_votes
                and self.root(_key(vote)) not in self.owner)

    def subject_records(self, root: Key) -> None:
        """Everything of this session about ``root``: first what is directly about it,
        then what is about its compromises (compromises of this session bring their own
        positions and votes along; those of earlier sessions get a lead line)."""
        self.negotiation(root)
        for record_root, key in self.order:
            if record_root == root and self.pending(key):
                self.para(f"Zu: {self.subject_label(key)}", "LIPZwischentitel")
                self.negotiation(key)

    def pending(self, key: Key) -> bool:
        """Whether records of this session about ``key`` are still to be written."""
        found = self.by_subject.get(key)
        if found is None:
            return False
        if any(v["id"] not in self.done_votes for v in found["votes"]):
            return True
        return key not in self.done and bool(found["positions"] or found["compromises"])

    def negotiation(self, key: Key) -> None:
        """Positions, compromises (each with what is about it) and votes on ``key``.

        Writes a subject once; a vote once, even when a decision already placed it."""
        found = self.by_subject.get(key)
        if found is None or not self.pending(key):
            self.done.add(key)
            return
        first_time = key not in self.done
        self.done.add(key)
        if first_time and found["positions"]:
            self.para("Positionen", "LIPZwischentitel")
            for p in found["positions"]:
                self.labelled(f"{holder_text(p, self.people)}: ", p.get("text"))
        for c in found["compromises"] if first_time else ():
            self.compromise(c)
        for v in found["votes"]:
            if v["id"] not in self.done_votes:
                self.vote(v)

    def compromise(self, c: Mapping[str, Any]) -> None:
        status = enums.label(enums.COMPROMISE_STATUS, c.get("status"))
        self.para(f"Kompromiss ({status})", "LIPZwischentitel")
        self.text_block(c.get("text"), "LIPEintrag")
        holders = [holder_text(self.positions_by_id[pid], self.people)
                   for pid in c.get("position_ids") or () if pid in self.positions_by_id]
        if holders:
            self.para("Führt die Positionen zusammen von: " + "; ".join(holders),
                      "LIPEintrag", rpr=ITALIC)
        for dissent in c.get("dissents") or ():
            self.labelled(f"Sondervotum {holder_text(dissent, self.people)}: ",
                          dissent.get("text"))
        self.negotiation(("compromise", c["id"]))

    def vote(self, v: Mapping[str, Any]) -> None:
        self.done_votes.add(v["id"])
        self.para(f"Abstimmung: {_short(v.get('question'), 10_000) or 'ohne Frage'}",
                  "LIPZwischentitel")
        how = [rule_line(v.get("method") or "", v.get("rule") or {}, with_method=True)]
        when = _span(v.get("opened_at"), v.get("closed_at"))
        if when:
            how.append(when)
        if v.get("counts"):
            how.append("nur Summen erfasst (Handzeichen)")
        self.para(" · ".join(how), "LIPUnterpunkt", rpr=ITALIC, extra_ppr=_KEEP)
        result = v.get("result")
        method = v.get("method")
        if v.get("status") == "open":
            self.para("Die Abstimmung ist noch offen; das Ergebnis steht noch nicht fest.",
                      "LIPUnterpunkt")
        elif not result:
            self.para("Kein Ergebnis erfasst.", "LIPUnterpunkt")
        elif method == "yes_no":
            parity = bool((v.get("rule") or {}).get("parity"))
            self.labelled("Ergebnis: ", yes_no_line(result), "LIPUnterpunkt",
                          extra_ppr=_KEEP if parity else "")
            if parity:
                by_side = result.get("by_side") or {}
                for side in _SIDES:
                    if side in by_side:
                        self.labelled(f"{enums.SIDE[side]}: ", side_figures(by_side[side]),
                                      "LIPUnterpunkt")
        else:
            self.ranking(v, result)
        note = self.vote_notes.get(v["id"])
        if note and note.strip():
            self.labelled("Anmerkung: ", note.strip(), "LIPUnterpunkt")

    def ranking(self, v: Mapping[str, Any], result: Mapping[str, Any]) -> None:
        """A poll's outcome in the shared one-line wording, then its table: the same
        words and figures as the projector, the vote list and the Excel list
        (``model.vote_wording``), for every poll method."""
        entries = list(result.get("ranking") or ())
        if not entries:
            self.para("Es wurden keine Stimmen abgegeben.", "LIPUnterpunkt")
            return
        method = v.get("method") or ""
        labels = {o["id"]: o.get("label") or DASH for o in v.get("options") or ()}
        self.labelled("Ergebnis: ", outcome_line(method, result, labels), "LIPUnterpunkt",
                      extra_ppr=_KEEP)
        if method not in _POLL_COLS:
            return
        heads, rows = ranking_table(method, result, labels)
        widths = _POLL_COLS[method]
        self.table(widths, heads, rows, (True, False, *(True,) * (len(widths) - 2)))

    def further(self) -> None:
        """"Weitere Punkte": this session's records about subjects no agenda item has."""
        roots: list[Key] = []
        for root, key in self.order:
            if root not in roots and self.pending(key):
                roots.append(root)
        if not roots:
            return
        self.heading(1, "Weitere Punkte")
        self.para("In der Sitzung erfasst, aber keinem Tagesordnungspunkt zugeordnet.",
                  "LIPHinweis", extra_ppr=_KEEP)
        for root in roots:
            self.heading(2, self.subject_label(root))
            self.subject_records(root)

    # --- decisions and Themenspeicher --------------------------------------------------

    def decision_list(self) -> None:
        self.heading(1, "Beschlüsse")
        if not self.decisions:
            self.para("In dieser Sitzung wurden keine Beschlüsse festgehalten.", "LIPHinweis")
            return
        for n, d in enumerate(self.decisions, 1):
            self.labelled(f"{n}. ", d.text)
            refs = []
            if d.agenda_item_id in self.item_number:
                refs.append(f"TOP {self.item_number[d.agenda_item_id or '']}")
            if d.subject_type and d.subject_id:
                refs.append(self.subject_label((d.subject_type, d.subject_id)))
            vote = self.votes_by_id.get(d.vote_id or "")
            if vote is not None:
                refs.append(f"Abstimmung: {self.vote_outcome(vote)}")
            if refs:
                self.para(" · ".join(refs), "LIPUnterpunkt", rpr=ITALIC)

    def vote_outcome(self, v: Mapping[str, Any]) -> str:
        """The decided vote in the shared one-line wording (``model.vote_wording``)."""
        if v.get("status") == "open":
            return "noch offen"
        labels = {o["id"]: o.get("label") or DASH for o in v.get("options") or ()}
        outcome = outcome_line(v.get("method") or "", v.get("result"), labels)
        if v.get("method") == "yes_no":
            return outcome
        return f"{enums.label(enums.VOTE_METHOD, v.get('method'))}: {outcome}"

    def parking_list(self, parking: Sequence[ParkingItem]) -> None:
        self.heading(1, "Themenspeicher")
        open_items = [p for p in parking if p.status == "open"]
        converted = [p for p in parking if p.status == "converted"]
        if not open_items and not converted:
            self.para("Im Themenspeicher dieser Sitzung stehen keine offenen oder "
                      "übernommenen Themen.", "LIPHinweis")
            return
        if open_items:
            self.para("Offen (für eine der nächsten Sitzungen)", "LIPZwischentitel")
            for p in open_items:
                self.para(p.text, self.bullet_style)
        if converted:
            self.para("In den Katalog übernommen", "LIPZwischentitel")
            for p in converted:
                # The new record's title is the parked text: its code is what is new.
                kind = enums.label(enums.SUBJECT_TYPE, p.converted_type, "Eintrag")
                code = (self.records.get(p.converted_id or "") or {}).get("code")
                where = f"als {kind} {code} übernommen" if code else f"als {kind} übernommen"
                self.body.parts.append(
                    f"<w:p>{ppr(self.bullet_style)}{runs(self.body, p.text)}"
                    f"{runs(self.body, f' → {where}', ITALIC)}</w:p>")


# --------------------------------------------------------------- speaking time (Redeliste)
# Issue 11, speakers list: one small table of speaking time per side and agenda item, from
# the session's ``speeches`` records. Kept apart from the other parts of the minutes.


def speaking_time_section(minutes: _Minutes) -> None:
    """"Redezeit": per agenda item the number of speeches and the time per side, then the
    session. Nothing is written for a session without speeches (no list was kept)."""
    sid = minutes.session["id"]
    speeches = [s for s in minutes.doc.get("speeches") or () if s.get("session_id") == sid]
    if not speeches:
        return
    by_item: dict[str | None, list[tuple[str | None, int]]] = {}
    for s in speeches:
        item_id = s.get("agenda_item_id")
        key = item_id if item_id in minutes.item_number else None
        side = (minutes.people.get(s.get("person_id") or "") or {}).get("side")
        by_item.setdefault(key, []).append((side, int(s.get("seconds") or 0)))
    rows: list[list[str]] = []
    titles = {a["id"]: a.get("title") or "ohne Titel" for a in minutes.agenda}
    for item_id in [a["id"] for a in minutes.agenda] + [None]:
        if item_id not in by_item:
            continue
        times = side_times(by_item[item_id])
        label = (f"TOP {minutes.item_number[item_id]}: {_short(titles[item_id], 50)}"
                 if item_id is not None else "ohne Tagesordnungspunkt")
        rows.append([label, str(len(by_item[item_id])), clock_text(times.administration),
                     clock_text(times.external)])
    total = side_times(p for entries in by_item.values() for p in entries)
    rows.append(["Sitzung gesamt", str(len(speeches)), clock_text(total.administration),
                 clock_text(total.external)])
    minutes.heading(1, "Redezeit")
    minutes.para("Nach der Redeliste: Wortmeldungen und Redezeit (Minuten:Sekunden) je "
                 "Seite.", "LIPHinweis", extra_ppr=_KEEP)
    minutes.table((TEXT_W - _TABLE_INDENT - 1300 - 1500 - 1500, 1300, 1500, 1500),
                  ("Tagesordnungspunkt", "Beiträge", "Verwaltung", "extern"), rows,
                  (False, True, True, True))


def _key(record: Mapping[str, Any]) -> Key:
    kind, rid = record.get("subject_type"), record.get("subject_id")
    if kind and rid:
        return str(kind), str(rid)
    return _NO_SUBJECT


def _header_state(session: Mapping[str, Any], status: MinutesStatus | None) -> str:
    """The page header's right side: the session's date, with the minutes' state."""
    day = _date(session.get("starts_at"))
    if status is None:
        return day
    return f"{day} · {minutes_state.short_label(status)}" if day else minutes_state.short_label(
        status)


# --------------------------------------------------------------------------- entry points


def build_minutes(doc: Mapping[str, Any], session_id: str, *,
                  decisions: Sequence[Decision], parking: Sequence[ParkingItem],
                  vote_notes: Mapping[str, str], quorum: int | None,
                  progress: Callable[[int, int], bool] | None = None,
                  now: datetime | None = None,
                  captured: Sequence[Captured] = (),
                  status: MinutesStatus | None = None) -> ExportResult:
    """The minutes of session ``session_id`` of ``doc`` (an interchange dict).

    ``decisions`` and ``parking`` are the session's decision list and Themenspeicher,
    ``vote_notes`` maps a vote id to its note, ``quorum`` is the group's yes/no quorum
    (``None``: none set). ``progress(done, total)`` is called per part; returning
    ``False`` cancels with :class:`CancelledError`. ``now`` stamps the document
    properties (tests fix it). The result's warnings say how many characters XML forbids
    were removed from the text. Raises
    :class:`UnknownSessionError` for an id the document does not have. ``captured`` are
    the goals and measures captured in the session (``MeetingsManager.captured_records``).
    ``status`` is where the minutes stand (``service.minutes.status``): shown in the page
    header and under the facts, with a "Korrekturen" section once corrections were recorded
    at approval; ``None`` leaves both out.
    """
    import docx  # noqa: PLC0415 - 0.16 s of import, only when minutes are made
    from docx.oxml.parser import parse_xml  # noqa: PLC0415

    stamp = now or datetime.now()
    session = _session(doc, session_id)
    group = next((g for g in doc.get("groups") or () if g.get("id") == session.get("group_id")),
                 None)
    field = next((f for f in doc.get("action_fields") or ()
                  if group is not None and f.get("id") == group.get("action_field_id")), None)

    total = len(session.get("agenda") or ()) + 4
    done = 0

    def tick(step: int = 1) -> None:
        nonlocal done
        done += step
        if progress is not None and progress(min(done, total), total) is False:
            raise CancelledError()

    tick(0)
    document = docx.Document()
    styles = prepare_styles(document, parse_xml)
    by_name = {s.name: s.style_id for s in document.styles}
    prepare_settings(document, parse_xml, update_fields=False)
    page_setup(document)
    drop_stale_parts(document)
    _properties(document, session, group, stamp)
    body = empty_body(document, parse_xml)
    # Header and footer before the body is written (python-docx scans the body for them).
    header_footer(document, parse_xml,
                  escape(clean(f"{TITLE_PREFIX}: {session.get('title') or 'Sitzung'}")),
                  escape(clean(_header_state(session, status))), title_page=False)

    minutes = _Minutes(doc, session, body, styles, by_name.get("List Bullet", "ListBullet"),
                       decisions, vote_notes, captured)
    minutes.title(stamp)
    minutes.facts(group, field)
    if status is not None:
        minutes.approval_state(status)
    minutes.attendance(group, quorum)
    minutes.notes_and_agenda()
    tick()
    for item in minutes.agenda:
        minutes.item(item)
        tick()
    minutes.further()
    minutes.captured_section()
    minutes.decision_list()
    speaking_time_section(minutes)  # the speakers list (issue 11)
    tick()
    minutes.parking_list(parking)
    body.flush()
    tick()
    warnings: list[str] = []
    if body.removed:
        warnings.append(f"{body.removed} Steuerzeichen, die in Word-Dokumenten nicht erlaubt "
                        "sind, wurden im Protokoll weggelassen (der Katalog bleibt "
                        "unverändert).")
    out = io.BytesIO()
    document.save(out)
    tick(total)
    return ExportResult(out.getvalue(), warnings)


def _properties(document: Any, session: Mapping[str, Any], group: Mapping[str, Any] | None,
                now: datetime) -> None:
    """Title "Protokoll: <session>", German, dated: what Explorer and Outlook show."""
    props = document.core_properties
    title = clean(session.get("title") or "Sitzung")
    group_name = clean((group or {}).get("name") or "")
    props.title = f"{TITLE_PREFIX}: {title}"[:255]
    props.subject = group_name[:255]
    props.author = (group_name or "LIP Desktop")[:255]
    props.last_modified_by = "LIP Desktop"
    day = _date(session.get("starts_at"))
    props.comments = f"Protokoll der Sitzung vom {day}" if day else "Protokoll der Sitzung"
    props.category = TITLE_PREFIX
    props.keywords = "Lokaler Integrationsplan; Protokoll"
    props.language = "de-DE"
    props.revision = 1
    # Core properties are UTC (W3CDTF with "Z"); ``now`` is local time like everything else.
    props.created = props.modified = now.replace(microsecond=0).astimezone(UTC)


def verify_minutes(data: bytes) -> None:
    """Read built minutes back before they replace a file: Word must find the title,
    headings and the "Protokoll" document title.

    Raises ``LipError("bad_office_file")`` otherwise.
    """
    document = read_back(data)
    if not str(document.core_properties.title or "").startswith(TITLE_PREFIX):
        raise bad_document("kein Protokoll")
