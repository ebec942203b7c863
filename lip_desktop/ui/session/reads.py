"""The list reads the session screens need that the service has no call for yet.

The service reads one session (``get_session``, ``live_state``); planning also needs the
sessions of a group, the running sessions (to reopen after a crash) and the goals and
measures an agenda item or a captured entry can refer to. Each is one query on the read
connection, like ``ui/forms/reads.py``; they can move into the service unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lip_desktop.model import orm
from lip_desktop.model.catalogue import Catalogue

#: How the session screens write a date and time (stored form: ISO, minutes).
STORED_FORMAT = "%Y-%m-%dT%H:%M"
#: The German display of a date and time.
DISPLAY_FORMAT = "%d.%m.%Y %H:%M"


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One session as the planning list shows it."""

    id: str
    group_id: str
    title: str
    starts_at: str
    location: str
    status: str


@dataclass(frozen=True, slots=True)
class SubjectChoice:
    """A goal or measure an agenda item can refer to, with what locates it."""

    subject_type: str  # "goal" | "measure"
    id: str
    code: str
    title: str
    action_field_id: str
    goal_id: str | None  # the measure's goal; for a goal: itself

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}"


@dataclass(frozen=True, slots=True)
class FieldChoice:
    id: str
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def sessions_of(catalogue: Catalogue, group_id: str | None = None) -> list[SessionRow]:
    """Sessions of one group (all groups for ``None``), in date order."""
    m = orm.MeetingRow
    stmt = select(m.id, m.group_id, m.title, m.starts_at, m.location, m.status)
    if group_id is not None:
        stmt = stmt.where(m.group_id == group_id)
    with catalogue.read() as conn:
        rows = conn.execute(stmt.order_by(m.starts_at, m.title, m.id)).all()
    return [SessionRow(r[0], r[1], r[2], r[3], r[4] or "", r[5]) for r in rows]


def running_session_ids(catalogue: Catalogue) -> list[str]:
    """Sessions with status "running", the most recently started first."""
    m = orm.MeetingRow
    with catalogue.read() as conn:
        rows = conn.execute(select(m.id).where(m.status == "running")
                            .order_by(m.starts_at.desc(), m.id)).all()
    return [r[0] for r in rows]


def subject_choices(catalogue: Catalogue) -> list[SubjectChoice]:
    """All goals and measures, ordered by code (goals before their measures)."""
    g, ms = orm.GoalRow, orm.MeasureRow
    with catalogue.read() as conn:
        goals = conn.execute(select(g.id, g.code, g.title, g.action_field_id)).all()
        field_of = {r[0]: r[3] for r in goals}
        measures = conn.execute(select(ms.id, ms.code, ms.title, ms.goal_id)).all()
    out = [SubjectChoice("goal", r[0], r[1], r[2], r[3], r[0]) for r in goals]
    out += [SubjectChoice("measure", r[0], r[1], r[2], field_of.get(r[3], ""), r[3])
            for r in measures]
    return sorted(out, key=lambda c: (c.code, c.subject_type))


def action_fields(catalogue: Catalogue) -> list[FieldChoice]:
    f = orm.ActionFieldRow
    with catalogue.read() as conn:
        rows = conn.execute(select(f.id, f.code, f.name).order_by(f.position, f.id)).all()
    return [FieldChoice(r[0], r[1], r[2]) for r in rows]


def parse_stamp(value: str | None) -> datetime | None:
    """A stored date and time (ISO, with or without seconds); None when empty or bad."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def display_stamp(value: str | None) -> str:
    """"19.01.2027 17:00" for a stored "2027-01-19T17:00"; unreadable values as they are."""
    stamp = parse_stamp(value)
    if stamp is None:
        return value or ""
    return stamp.strftime(DISPLAY_FORMAT)
