"""The state of a session's minutes: sending, planning the approval, approving, reopening.

The rules are in :mod:`lip_desktop.model.minutes_state`; this manager reads and writes the
local ``minutes_state`` table and records every step in the session's change history. An
approval also adds a decision to the approving session ("Protokoll der Sitzung vom … genehmigt
…"), linked to its approval item: the state is local to the file, the decision travels in
the interchange JSON.

None of these steps is undoable (like a vote): reopening is the explicit way back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import select

from lip_desktop.model import minutes_state as rules
from lip_desktop.model import orm
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import ConflictError, LipError
from lip_desktop.model.minutes_state import MeetingFacts, MinutesStatus
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit


def _facts(row: orm.MeetingRow) -> MeetingFacts:
    return MeetingFacts(row.id, row.title, row.starts_at or "", row.status, row.group_id)


class MinutesManager(Manager):
    """``service.minutes``: where a session's minutes stand and the steps that move them."""

    # --- reads -------------------------------------------------------------------------

    def _meeting_facts(self, unit: Unit, meeting_id: str) -> MeetingFacts:
        return _facts(self._get(unit, "session", meeting_id))

    def _status(self, unit: Unit, meeting_id: str) -> MinutesStatus:
        row = unit.db.get(orm.MinutesStateRow, meeting_id)
        if row is None:
            return MinutesStatus(meeting_id)
        approver = unit.db.get(orm.MeetingRow, row.approved_in) if row.approved_in else None
        gone = row.approved_in is not None and approver is None
        item = (unit.db.get(orm.AgendaItemRow, row.approval_item_id)
                if row.approval_item_id else None)
        return MinutesStatus(
            meeting_id, row.state, row.version, row.sent_on, row.approved_in,
            approver.title if approver is not None else ("gelöschte Sitzung" if gone else ""),
            (approver.starts_at or "") if approver is not None else "",
            item.id if item is not None else None,
            tuple(str(c) for c in row.corrections or ()))

    def status(self, meeting_id: str) -> MinutesStatus:
        """Where the minutes of ``meeting_id`` stand (Entwurf, never sent, without a row)."""
        with self._read() as unit:
            self._get(unit, "session", meeting_id)
            return self._status(unit, meeting_id)

    def approval_of_item(self, item_id: str) -> tuple[MeetingFacts, MinutesStatus] | None:
        """The earlier session whose minutes the agenda item ``item_id`` approves, with
        their state; ``None`` for any other item."""
        with self._read() as unit:
            row = unit.db.scalar(select(orm.MinutesStateRow).where(
                orm.MinutesStateRow.approval_item_id == item_id).limit(1))
            if row is None:
                return None
            return self._meeting_facts(unit, row.session_id), self._status(unit, row.session_id)

    # --- steps -------------------------------------------------------------------------

    def _write(self, unit: Unit, before: MinutesStatus, after: MinutesStatus) -> None:
        row = unit.db.get(orm.MinutesStateRow, after.session_id)
        if row is None:
            row = orm.MinutesStateRow(session_id=after.session_id)
            unit.db.add(row)
        row.state = after.state
        row.version = after.version
        row.sent_on = after.sent_on
        row.approved_in = after.approved_in
        row.approval_item_id = after.approval_item_id
        row.corrections = list(after.corrections)
        unit.db.flush()
        unit.log("update", "session", after.session_id, None, "minutes",
                 _logged(before), _logged(after))
        unit.changes.updated["session"].add(after.session_id)

    def mark_sent(self, meeting_id: str, sent_on: str) -> Outcome[MinutesStatus]:
        """The minutes sent on ``sent_on``, a date as typed ("15.03.2026"): the next version."""
        def work(unit: Unit) -> MinutesStatus:
            session = self._meeting_facts(unit, meeting_id)
            before = self._status(unit, meeting_id)
            after = rules.send(before, session, rules.parse_sent_on(sent_on, session))
            self._write(unit, before, after)
            return after
        return self._run("send_minutes", work)

    def plan_approval(self, meeting_id: str, in_meeting_id: str) -> Outcome[MinutesStatus]:
        """Put "Genehmigung des Protokolls vom …" on the agenda of a later session of the
        group (at the end), linked to the minutes of ``meeting_id``."""
        def work(unit: Unit) -> MinutesStatus:
            session = self._meeting_facts(unit, meeting_id)
            approver = _facts(self._service.meetings._open_meeting(unit, in_meeting_id))
            before = self._status(unit, meeting_id)
            rules.check_approver(before, session, approver)
            if before.approval_item_id is not None:
                item = unit.db.get(orm.AgendaItemRow, before.approval_item_id)
                holder = unit.db.get(orm.MeetingRow, item.session_id) if item else None
                if holder is not None:
                    raise ConflictError("minutes_planned", record=session.title,
                                        day=session.day, other=holder.title,
                                        other_day=(holder.starts_at or "")[:10])
            item_id = self._service.meetings._insert_agenda_item(
                unit, in_meeting_id, rules.approval_item_title(session))
            after = replace(before, approval_item_id=item_id)
            self._write(unit, before, after)
            unit.changes.updated["session"].add(in_meeting_id)
            return after
        return self._run("plan_minutes_approval", work)

    def approve(self, meeting_id: str, in_meeting_id: str, corrections: Iterable[str] = (),
                item_id: str | None = None) -> Outcome[MinutesStatus]:
        """The minutes of ``meeting_id`` approved in the running or planned session
        ``in_meeting_id`` (under its agenda item ``item_id``) with ``corrections``; adds
        the approval to that session's decision list."""
        def work(unit: Unit) -> MinutesStatus:
            session = self._meeting_facts(unit, meeting_id)
            approver = _facts(self._service.meetings._open_meeting(unit, in_meeting_id))
            if item_id is not None:
                item = unit.db.get(orm.AgendaItemRow, item_id)
                if item is None or item.session_id != in_meeting_id:
                    raise LipError("not_found", record_type="Tagesordnungspunkt",
                                   record=item_id)
            before = self._status(unit, meeting_id)
            after = rules.approve(before, session, approver, corrections, item_id)
            self._write(unit, before, after)
            self._service.meetings._insert_decision(
                unit, in_meeting_id, rules.approval_decision_text(session, after),
                agenda_item_id=item_id)
            return after
        return self._run("approve_minutes", work)

    def approve_item(self, item_id: str, corrections: Iterable[str] = ()
                     ) -> Outcome[MinutesStatus]:
        """Approve the minutes an approval item of the agenda stands for, in its session."""
        with self._read() as unit:
            item = unit.db.get(orm.AgendaItemRow, item_id)
            row = unit.db.scalar(select(orm.MinutesStateRow).where(
                orm.MinutesStateRow.approval_item_id == item_id).limit(1))
            if item is None or row is None:
                raise ConflictError("minutes_no_approval_item",
                                    record=item.title if item else "")
            meeting_id, in_meeting_id = row.session_id, item.session_id
        return self.approve(meeting_id, in_meeting_id, corrections, item_id)

    def reopen(self, meeting_id: str) -> Outcome[MinutesStatus]:
        """Back to Entwurf, explicitly (the change history keeps what was)."""
        def work(unit: Unit) -> MinutesStatus:
            session = self._meeting_facts(unit, meeting_id)
            before = self._status(unit, meeting_id)
            after = rules.reopen(before, session)
            self._write(unit, before, after)
            return after
        return self._run("reopen_minutes", work)


def _logged(status: MinutesStatus) -> dict[str, object]:
    """The stored part of the state, as the change history keeps it."""
    return {"state": status.state, "version": status.version, "sent_on": status.sent_on,
            "approved_in": status.approved_in, "corrections": list(status.corrections)}
