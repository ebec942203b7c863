"""Meetings (``session`` records): agenda, attendance, the live state, the
Themenspeicher (parking items) and decisions."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from lip_desktop.model import codes, live, orm, queries, voting
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import (
    ConflictError,
    LipError,
    ValidationError,
)
from lip_desktop.model.records import (
    Meeting,
    clean_record,
    to_record,
)
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit, now_text
from lip_desktop.model.values import (
    Captured,
    Decision,
    LiveState,
    MinutesInputs,
    ParkingItem,
)


def _parking(row: orm.ParkingItemRow) -> ParkingItem:
    return ParkingItem(row.id, row.session_id, row.text, row.created_at, row.status,
                       row.converted_type, row.converted_id)


def _decision(row: orm.DecisionRow) -> Decision:
    return Decision(row.id, row.session_id, row.agenda_item_id, row.text, row.subject_type,
                    row.subject_id, row.vote_id, row.created_at)


class MeetingsManager(Manager):
    """Meetings (``session`` records): planning, agenda, attendance, the live state, the
    Themenspeicher, decisions and what the minutes are made of."""

    def add_meeting(self, group_id: str, title: str, starts_at: str, **fields: Any
                    ) -> Outcome[Meeting]:
        """Plan a session; every member of the group is listed as absent until marked."""
        def work(unit: Unit) -> Meeting:
            values = self._create(unit, "session", {"group_id": group_id, "title": title,
                                                 "starts_at": starts_at, **fields})
            members = unit.db.scalars(select(orm.MembershipRow).where(
                orm.MembershipRow.group_id == group_id).order_by(orm.MembershipRow.position))
            for i, m in enumerate(members):
                unit.db.add(orm.AttendanceRow(session_id=values["id"], person_id=m.person_id,
                                                present=False, position=i))
            unit.db.flush()
            return self._meeting(unit, values["id"])
        return self._run("add_session", work)

    def _meeting(self, unit: Unit, meeting_id: str) -> Meeting:
        row = self._get(unit, "session", meeting_id)
        values = self._values("session", row)
        att = unit.db.scalars(select(orm.AttendanceRow).where(
            orm.AttendanceRow.session_id == meeting_id).order_by(orm.AttendanceRow.position))
        agenda = unit.db.scalars(select(orm.AgendaItemRow).where(
            orm.AgendaItemRow.session_id == meeting_id).order_by(orm.AgendaItemRow.position))
        values["attendance"] = tuple(to_record("attendance", {"person_id": a.person_id,
                                                              "present": a.present})
                                     for a in att)
        values["agenda"] = tuple(to_record("agenda_item", self._values("agenda_item", a))
                                 for a in agenda)
        return to_record("session", values)  # type: ignore[no-any-return]

    def get_meeting(self, meeting_id: str) -> Meeting:
        with self._read() as unit:
            return self._meeting(unit, meeting_id)

    def _open_meeting(self, unit: Unit, meeting_id: str) -> orm.MeetingRow:
        row: orm.MeetingRow = self._get(unit, "session", meeting_id)
        if row.status == "closed":
            raise ConflictError("session_closed", record=row.title)
        return row

    def update_meeting(self, meeting_id: str, **changes: Any) -> Outcome[Meeting]:
        """Change a session's details; a closed session accepts only its notes."""
        def work(unit: Unit) -> Meeting:
            row = self._get(unit, "session", meeting_id)
            if row.status == "closed" and set(changes) - {"notes"}:
                raise ConflictError("session_closed", record=row.title)
            if changes.get("status") == "closed":
                raise TypeError("use close_meeting")
            if "group_id" in changes:
                raise TypeError("a session stays with its group")
            self._update(unit, "session", meeting_id, self._keep_meeting_length(row, changes))
            return self._meeting(unit, meeting_id)
        return self._run("update_session", work)

    def close_meeting(self, meeting_id: str, ends_at: str | None = None) -> Outcome[Meeting]:
        def work(unit: Unit) -> Meeting:
            row = self._open_meeting(unit, meeting_id)
            self._assert_no_open_votes(unit, row)
            changes: dict[str, Any] = {"status": "closed"}
            if ends_at is not None or row.ends_at is None:
                changes["ends_at"] = ends_at or datetime.now().strftime("%Y-%m-%dT%H:%M")
            end = changes.get("ends_at") or row.ends_at
            if end and row.starts_at and end < row.starts_at:
                # Ending is never refused for the plan: a session that ran before its
                # planned begin (started before this rule recorded the real start) gets
                # the moment it really started, or its end when that is unknown.
                started = self._started_at(unit, meeting_id)
                changes["starts_at"] = started if started and started <= end else end
            self._update(unit, "session", meeting_id, changes)
            # The speech running at the end becomes a record, ending at the given end.
            self._service.speakers._finish(
                unit, meeting_id, datetime.fromisoformat(ends_at) if ends_at else None)
            row.current_item_id = None
            row.item_started_at = None
            return self._meeting(unit, meeting_id)
        return self._run("close_session", work)

    @staticmethod
    def _keep_meeting_length(row: orm.MeetingRow, changes: Mapping[str, Any]
                             ) -> Mapping[str, Any]:
        """A planned session moved to another begin keeps its length: its end moves along
        (otherwise moving a session to a later day is refused for its old end)."""
        start = changes.get("starts_at")
        if (not start or "ends_at" in changes or not row.ends_at or not row.starts_at
                or row.status != "planned"):
            return changes
        try:
            shift = datetime.fromisoformat(str(start)) - datetime.fromisoformat(row.starts_at)
            end = datetime.fromisoformat(row.ends_at) + shift
        except ValueError:
            return changes  # a bad value: the record's own check names it
        return {**changes, "ends_at": end.strftime("%Y-%m-%dT%H:%M")}

    def check_close_meeting(self, meeting_id: str) -> None:
        """Raise what ``close_meeting`` would refuse (closed, a vote still open) without
        changing anything, so the screen can say so before asking for confirmation."""
        with self._read() as unit:
            self._assert_no_open_votes(unit, self._open_meeting(unit, meeting_id))

    @staticmethod
    def _assert_no_open_votes(unit: Unit, row: orm.MeetingRow) -> None:
        open_votes = unit.db.scalar(select(func.count()).select_from(orm.VoteRow).where(
            orm.VoteRow.session_id == row.id, orm.VoteRow.status == "open"))
        if open_votes:
            raise ConflictError("session_has_open_votes", record=row.title)

    @staticmethod
    def _started_at(unit: Unit, meeting_id: str) -> str | None:
        """When the session's status last became "running", from the change log."""
        at = unit.db.scalar(select(orm.ChangeRow.at).where(
            orm.ChangeRow.record_type == "session", orm.ChangeRow.record_id == meeting_id,
            orm.ChangeRow.field == "status", orm.ChangeRow.new == json.dumps("running"))
            .order_by(orm.ChangeRow.at.desc()).limit(1))
        return None if at is None else str(at)[:16]

    def captured_records(self, meeting_id: str) -> list[Captured]:
        """The goals and measures captured in a session, in the order they were captured
        (also those deleted since: the caller looks them up)."""
        with self._read() as unit:
            rows = unit.db.execute(select(orm.ChangeRow.at, orm.ChangeRow.new).where(
                orm.ChangeRow.record_type == "session",
                orm.ChangeRow.record_id == meeting_id,
                orm.ChangeRow.field == "captured").order_by(orm.ChangeRow.id)).all()
        out = []
        for at, new in rows:
            value = json.loads(new or "{}")
            out.append(Captured(str(value.get("record_type")), str(value.get("record_id")),
                                value.get("agenda_item_id"), str(at)))
        return out

    def set_attendance(self, meeting_id: str, person_id: str, present: bool
                       ) -> Outcome[Meeting]:
        """Mark a person present or absent. Refused when it would change a closed vote's
        result or strand a ballot already cast in an open vote."""
        def work(unit: Unit) -> Meeting:
            self._open_meeting(unit, meeting_id)
            self._get(unit, "person", person_id)
            row = unit.db.get(orm.AttendanceRow, (meeting_id, person_id))
            old = row.present if row else None
            if old == present:
                return self._meeting(unit, meeting_id)
            if row is None:
                top = unit.db.scalar(select(func.max(orm.AttendanceRow.position)).where(
                    orm.AttendanceRow.session_id == meeting_id))
                unit.db.add(orm.AttendanceRow(session_id=meeting_id, person_id=person_id,
                                                present=present,
                                                position=0 if top is None else top + 1))
            else:
                row.present = present
            unit.db.flush()
            unit.log("update", "session", meeting_id, None, f"attendance:{person_id}", old, present)
            unit.changes.updated["session"].add(meeting_id)
            self._service.votes._assert_closed_votes_unchanged(unit, [meeting_id])
            self._service.votes._assert_open_ballots_valid(unit, [meeting_id])
            self._service.votes._refresh_open_results(unit, meeting_id)
            return self._meeting(unit, meeting_id)
        return self._run("set_attendance", work)

    def add_agenda_item(self, meeting_id: str, title: str, minutes: int | None = None,
                        subject_type: str | None = None, subject_id: str | None = None,
                        index: int | None = None) -> Outcome[Meeting]:
        def work(unit: Unit) -> Meeting:
            self._open_meeting(unit, meeting_id)
            item_id = self._insert_agenda_item(unit, meeting_id, title, minutes,
                                               subject_type, subject_id)
            if index is not None:
                self._move_agenda(unit, meeting_id, item_id, index)
            return self._meeting(unit, meeting_id)
        return self._run("add_agenda_item", work)

    def _insert_agenda_item(self, unit: Unit, meeting_id: str, title: str,
                            minutes: int | None = None, subject_type: str | None = None,
                            subject_id: str | None = None) -> str:
        """A checked new agenda item at the end of an open meeting's agenda (its id)."""
        values = clean_record("agenda_item", {
            "id": str(uuid.uuid4()), "title": title, "minutes": minutes,
            "subject_type": subject_type, "subject_id": subject_id})
        self._check_subject(unit, "agenda_item", values)
        top = unit.db.scalar(select(func.max(orm.AgendaItemRow.position)).where(
            orm.AgendaItemRow.session_id == meeting_id))
        unit.db.add(orm.AgendaItemRow(session_id=meeting_id, **{
            **values, "position": 0 if top is None else top + 1}))
        unit.db.flush()
        unit.log("create", "agenda_item", values["id"], None, None, None,
                 {k: values[k] for k in ("title", "minutes", "subject_type", "subject_id")})
        unit.changes.updated["session"].add(meeting_id)
        return str(values["id"])

    def update_agenda_item(self, meeting_id: str, item_id: str, **changes: Any
                           ) -> Outcome[Meeting]:
        def work(unit: Unit) -> Meeting:
            self._open_meeting(unit, meeting_id)
            item = unit.db.get(orm.AgendaItemRow, item_id)
            if item is None or item.session_id != meeting_id:
                raise LipError("not_found", record_type="Tagesordnungspunkt", record=item_id)
            before = self._values("agenda_item", item)
            after = clean_record("agenda_item", {**before, **changes})
            self._check_subject(unit, "agenda_item", after)
            for key in changes:
                if before[key] != after[key]:
                    unit.log("update", "agenda_item", item_id, None, key, before[key], after[key])
                    setattr(item, key, after[key])
            unit.changes.updated["session"].add(meeting_id)
            return self._meeting(unit, meeting_id)
        return self._run("update_agenda_item", work)

    def move_agenda_item(self, meeting_id: str, item_id: str, index: int) -> Outcome[Meeting]:
        def work(unit: Unit) -> Meeting:
            self._open_meeting(unit, meeting_id)
            self._move_agenda(unit, meeting_id, item_id, index)
            unit.changes.updated["session"].add(meeting_id)
            return self._meeting(unit, meeting_id)
        return self._run("move_agenda_item", work)

    def _move_agenda(self, unit: Unit, meeting_id: str, item_id: str, index: int) -> None:
        rows = list(unit.db.scalars(select(orm.AgendaItemRow).where(
            orm.AgendaItemRow.session_id == meeting_id).order_by(orm.AgendaItemRow.position)))
        moving = next((r for r in rows if r.id == item_id), None)
        if moving is None:
            raise LipError("not_found", record_type="Tagesordnungspunkt", record=item_id)
        rows.remove(moving)
        rows.insert(max(0, min(index, len(rows))), moving)
        for pos, r in enumerate(rows):
            if r.position != pos:
                unit.log("update", "agenda_item", r.id, None, "position", r.position, pos)
                r.position = pos
        unit.db.flush()

    def remove_agenda_item(self, meeting_id: str, item_id: str) -> Outcome[Meeting]:
        def work(unit: Unit) -> Meeting:
            self._open_meeting(unit, meeting_id)
            item = unit.db.get(orm.AgendaItemRow, item_id)
            if item is None or item.session_id != meeting_id:
                raise LipError("not_found", record_type="Tagesordnungspunkt", record=item_id)
            unit.log("delete", "agenda_item", item_id, None, None,
                     self._values("agenda_item", item))
            # Decisions taken under the item stay in the session's list, without the item.
            for decision in unit.db.scalars(select(orm.DecisionRow).where(
                    orm.DecisionRow.agenda_item_id == item_id)):
                unit.log("update", "decision", decision.id, None, "agenda_item_id", item_id,
                         None)
                decision.agenda_item_id = None
            # So do speeches and requests to speak (their time still counts for the session).
            for speech in unit.db.scalars(select(orm.SpeechRow).where(
                    orm.SpeechRow.agenda_item_id == item_id)):
                speech.agenda_item_id = None
            for entry in unit.db.scalars(select(orm.SpeakerEntryRow).where(
                    orm.SpeakerEntryRow.agenda_item_id == item_id)):
                entry.agenda_item_id = None
            unit.db.delete(item)
            unit.db.flush()
            unit.changes.updated["session"].add(meeting_id)
            return self._meeting(unit, meeting_id)
        return self._run("remove_agenda_item", work)

    def copy_agenda(self, from_meeting_id: str, to_meeting_id: str) -> Outcome[Meeting]:
        """Append the agenda of an earlier session to another (planning the next one)."""
        def work(unit: Unit) -> Meeting:
            self._open_meeting(unit, to_meeting_id)
            source = self._meeting(unit, from_meeting_id)
            top = unit.db.scalar(select(func.max(orm.AgendaItemRow.position)).where(
                orm.AgendaItemRow.session_id == to_meeting_id))
            start = 0 if top is None else top + 1
            for i, item in enumerate(source.agenda):
                new = orm.AgendaItemRow(id=str(uuid.uuid4()), session_id=to_meeting_id,
                                        title=item.title, minutes=item.minutes,
                                        subject_type=item.subject_type,
                                        subject_id=item.subject_id, position=start + i)
                unit.db.add(new)
                unit.log("create", "agenda_item", new.id, None, None, None, item.title)
            unit.db.flush()
            unit.changes.updated["session"].add(to_meeting_id)
            return self._meeting(unit, to_meeting_id)
        return self._run("copy_agenda", work)

    def start_meeting(self, meeting_id: str, now: datetime | None = None) -> Outcome[Meeting]:
        """Begin a planned session: status "läuft", the first agenda item is current."""
        def work(unit: Unit) -> Meeting:
            row = self._open_meeting(unit, meeting_id)
            stamp = (now or datetime.now()).replace(microsecond=0).isoformat()
            first = unit.db.scalar(select(orm.AgendaItemRow.id).where(
                orm.AgendaItemRow.session_id == meeting_id).order_by(
                orm.AgendaItemRow.position).limit(1))
            if row.status != "running":
                # The real start replaces the planned begin (a workshop often starts early
                # or late); a planned end before it no longer holds.
                changes: dict[str, Any] = {"status": "running", "starts_at": stamp[:16]}
                if row.ends_at and row.ends_at < stamp[:16]:
                    changes["ends_at"] = None
                self._update(unit, "session", meeting_id, changes)
            if row.current_item_id is None:
                row.current_item_id = first
                row.item_started_at = stamp if first else None
            unit.changes.updated["session"].add(meeting_id)
            return self._meeting(unit, meeting_id)
        return self._run("start_session", work)

    def set_current_item(self, meeting_id: str, item_id: str | None,
                         now: datetime | None = None) -> Outcome[Meeting]:
        """Move the session to an agenda item; its time box starts now."""
        def work(unit: Unit) -> Meeting:
            row = self._open_meeting(unit, meeting_id)
            if item_id is not None:
                item = unit.db.get(orm.AgendaItemRow, item_id)
                if item is None or item.session_id != meeting_id:
                    raise LipError("not_found", record_type="Tagesordnungspunkt",
                                   record=item_id)
            unit.log("update", "session", meeting_id, None, "current_item_id",
                  row.current_item_id, item_id)
            row.current_item_id = item_id
            row.item_started_at = (None if item_id is None else
                                   (now or datetime.now()).replace(microsecond=0).isoformat())
            unit.changes.updated["session"].add(meeting_id)
            return self._meeting(unit, meeting_id)
        return self._run("set_current_item", work)

    def live_state(self, meeting_id: str, now: datetime | None = None) -> LiveState:
        """Everything the session screen and the projector show, from one read."""
        now = now or datetime.now()
        with self._read() as unit:
            meeting = self._meeting(unit, meeting_id)
            row = self._get(unit, "session", meeting_id)
            group = self._get(unit, "group", meeting.group_id)
            members = [{"person_id": m.person_id, "role": m.role}
                       for m in unit.db.scalars(select(orm.MembershipRow).where(
                           orm.MembershipRow.group_id == meeting.group_id))]
            sides = dict(unit.db.execute(
                select(orm.PersonRow.id, orm.PersonRow.side)).all())
            quorum = voting.normalize_rule(
                "yes_no", (group.vote_defaults or {}).get("yes_no"))["quorum_min_present"]
            present = {a.person_id for a in meeting.attendance if a.present}
            summary = live.attendance_summary(members, sides, present, quorum)
            ids = [a.id for a in meeting.agenda]
            index = ids.index(row.current_item_id) if row.current_item_id in ids else None
            started = (datetime.fromisoformat(row.item_started_at)
                       if row.item_started_at else None)
            timing = live.agenda_timing([a.minutes for a in meeting.agenda], index, started,
                                        now)
            return LiveState(meeting, summary, timing,
                             meeting.agenda[index] if index is not None else None)

    def add_parking_item(self, meeting_id: str, text: str) -> Outcome[ParkingItem]:
        """Park a topic in the Themenspeicher to come back to later."""
        def work(unit: Unit) -> ParkingItem:
            self._open_meeting(unit, meeting_id)
            if not text.strip():
                raise ValidationError("required", record_type="Themenspeicher", record="",
                                      field="Thema", field_key="text")
            top = unit.db.scalar(select(func.max(orm.ParkingItemRow.position)).where(
                orm.ParkingItemRow.session_id == meeting_id))
            row = orm.ParkingItemRow(id=str(uuid.uuid4()), session_id=meeting_id,
                                     text=text.strip(), created_at=now_text(), status="open",
                                     position=0 if top is None else top + 1)
            unit.db.add(row)
            unit.db.flush()
            unit.log("create", "parking_item", row.id, None, None, None, row.text)
            unit.changes.updated["session"].add(meeting_id)
            return _parking(row)
        return self._run("add_parking_item", work)

    def parking_items(self, meeting_id: str) -> list[ParkingItem]:
        with self._read() as unit:
            return [_parking(r) for r in unit.db.scalars(select(orm.ParkingItemRow).where(
                orm.ParkingItemRow.session_id == meeting_id).order_by(
                orm.ParkingItemRow.position))]

    def resolve_parking_item(self, item_id: str, *, into: str | None, parent_id: str = ""
                             ) -> Outcome[ParkingItem]:
        """Turn a parked topic into a goal (``parent_id`` = action field) or a measure
        (``parent_id`` = goal), or drop it (``into=None``). Allowed after the session."""
        def work(unit: Unit) -> ParkingItem:
            row = unit.db.get(orm.ParkingItemRow, item_id)
            if row is None:
                raise LipError("not_found", record_type="Themenspeicher", record=item_id)
            if into == "goal":
                field = self._get(unit, "action_field", parent_id)
                code = codes.next_goal_code(field.code, None, self._taken_codes(unit))
                created = self._create(unit, "goal", {
                    "action_field_id": parent_id, "parent_id": None, "title": row.text,
                    "code": code, "position": self._next_position(
                        unit, "goal", {"action_field_id": parent_id, "parent_id": None})})
            elif into == "measure":
                goal = self._get(unit, "goal", parent_id)
                created = self._create(unit, "measure", {
                    "goal_id": parent_id, "title": row.text,
                    "code": self._service.structure._new_measure_code(unit, goal),
                    "position": self._next_position(unit, "measure", {"goal_id": parent_id})})
            elif into is None:
                created = None
            else:
                raise TypeError(into)
            row.status = "dropped" if into is None else "converted"
            row.converted_type = into
            row.converted_id = created["id"] if created else None
            unit.log("update", "parking_item", row.id, None, "status", "open", row.status)
            unit.changes.updated["session"].add(row.session_id)
            return _parking(row)
        return self._run("resolve_parking_item", work)

    def add_decision(self, meeting_id: str, text: str, *, agenda_item_id: str | None = None,
                     subject_type: str | None = None, subject_id: str | None = None,
                     vote_id: str | None = None) -> Outcome[Decision]:
        """Add an entry to the session's running decision list."""
        def work(unit: Unit) -> Decision:
            self._open_meeting(unit, meeting_id)
            return self._insert_decision(unit, meeting_id, text, agenda_item_id=agenda_item_id,
                                         subject_type=subject_type, subject_id=subject_id,
                                         vote_id=vote_id)
        return self._run("add_decision", work)

    def _insert_decision(self, unit: Unit, meeting_id: str, text: str, *,
                         agenda_item_id: str | None = None, subject_type: str | None = None,
                         subject_id: str | None = None, vote_id: str | None = None
                         ) -> Decision:
        """A checked new entry at the end of an open meeting's decision list."""
        if not text.strip():
            raise ValidationError("required", record_type="Beschluss", record="",
                                  field="Beschluss", field_key="text")
        if subject_type is not None:
            self._check_subject(unit, "position", {"subject_type": subject_type,
                                                "subject_id": subject_id})
        top = unit.db.scalar(select(func.max(orm.DecisionRow.position)).where(
            orm.DecisionRow.session_id == meeting_id))
        row = orm.DecisionRow(id=str(uuid.uuid4()), session_id=meeting_id,
                              agenda_item_id=agenda_item_id, text=text.strip(),
                              subject_type=subject_type, subject_id=subject_id,
                              vote_id=vote_id, created_at=now_text(),
                              position=0 if top is None else top + 1)
        unit.db.add(row)
        unit.db.flush()
        unit.log("create", "decision", row.id, None, None, None, row.text)
        unit.changes.updated["session"].add(meeting_id)
        return _decision(row)

    def remove_decision(self, decision_id: str) -> Outcome[Decision]:
        def work(unit: Unit) -> Decision:
            row = unit.db.get(orm.DecisionRow, decision_id)
            if row is None:
                raise LipError("not_found", record_type="Beschluss", record=decision_id)
            self._open_meeting(unit, row.session_id)
            value = _decision(row)
            unit.log("delete", "decision", row.id, None, None, row.text, None)
            unit.db.delete(row)
            unit.changes.updated["session"].add(row.session_id)
            return value
        return self._run("remove_decision", work)

    def decisions(self, meeting_id: str) -> list[Decision]:
        with self._read() as unit:
            return [_decision(r) for r in unit.db.scalars(select(orm.DecisionRow).where(
                orm.DecisionRow.session_id == meeting_id).order_by(orm.DecisionRow.position))]

    def minutes_inputs(self, meeting_id: str) -> MinutesInputs:
        """One ``export_document`` read plus the reads of what the interchange format does
        not carry, for the minutes of meeting ``session_id``."""
        doc = queries.export_document(self.catalogue)  # the one reader every export uses
        meeting = next((s for s in doc.get("sessions") or () if s.get("id") == meeting_id),
                       None)
        if meeting is None:
            return MinutesInputs(doc, meeting_id, (), (), {}, None)
        votes = [v for v in doc.get("votes") or () if v.get("session_id") == meeting_id]
        rule = self._service.people.group_vote_defaults(meeting["group_id"], "yes_no")
        quorum = rule.get("quorum_min_present")
        votes_manager = self._service.votes
        return MinutesInputs(
            doc=doc, session_id=meeting_id,
            decisions=tuple(self.decisions(meeting_id)),
            parking=tuple(self.parking_items(meeting_id)),
            vote_notes={v["id"]: note for v in votes
                        if (note := votes_manager.vote_note(v["id"]))},
            quorum=int(quorum) if quorum is not None else None,
            captured=tuple(self.captured_records(meeting_id)),
            status=self._service.minutes.status(meeting_id))
