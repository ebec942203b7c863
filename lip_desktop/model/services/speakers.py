"""The speakers list (Redeliste) of a live session: requests, the running speech, the
finished speeches (``speeches`` records) and the list's options.

Every call commits at once: the waiting list and the running speech (a waiting entry with
its start) are in the catalogue, so closing the window or a crash mid-speech loses
nothing; the stopwatch goes on from the stored start. A speech becomes a ``speech`` record
(exchanged, merged) only when it ends: "Nächste*r", "Rede beenden" or closing the session.
The order and the sums are ``model/speakers.py``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Final

from sqlalchemy import func, select

from lip_desktop.model import orm
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import LipError
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit
from lip_desktop.model.speakers import (
    RunningSpeech,
    SpeakerEntry,
    SpeakersState,
    Waiting,
    side_times,
    speaking_order,
)

#: The longest speaking-time limit per contribution, in minutes.
MAX_LIMIT_MINUTES: Final = 120


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).replace(microsecond=0).isoformat()


class SpeakersManager(Manager):
    """``service.speakers``: the speakers list of a session's current agenda item."""

    # --- reading -------------------------------------------------------------------------

    def state(self, meeting_id: str) -> SpeakersState:
        """The list on the current item, in speaking order with reasons, and the sums.
        A fixed number of queries, however long the session."""
        with self._read() as unit:
            return self._state(unit, meeting_id)

    def _state(self, unit: Unit, meeting_id: str) -> SpeakersState:
        meeting: orm.MeetingRow = self._get(unit, "session", meeting_id)
        item_id = meeting.current_item_id
        setting = unit.db.get(orm.SpeakerSettingRow, meeting_id)
        parity = bool(setting and setting.parity)
        limits = dict(setting.limits or {}) if setting else {}
        entries = list(unit.db.scalars(select(orm.SpeakerEntryRow).where(
            orm.SpeakerEntryRow.session_id == meeting_id).order_by(
            orm.SpeakerEntryRow.position, orm.SpeakerEntryRow.id)))
        speeches = unit.db.execute(
            select(orm.SpeechRow.agenda_item_id, orm.SpeechRow.person_id,
                   orm.SpeechRow.seconds, orm.SpeechRow.started_at)
            .where(orm.SpeechRow.session_id == meeting_id)
            .order_by(orm.SpeechRow.position, orm.SpeechRow.started_at)).all()
        ids = {e.person_id for e in entries} | {s.person_id for s in speeches}
        people: dict[str, tuple[str, str]] = {p.id: (p.name, p.side) for p in unit.db.execute(
            select(orm.PersonRow.id, orm.PersonRow.name, orm.PersonRow.side).where(
                orm.PersonRow.id.in_(ids)))} if ids else {}

        def side(person_id: str) -> str:
            return people.get(person_id, ("", "external"))[1]

        def name(person_id: str) -> str:
            return people.get(person_id, ("?", ""))[0]

        on_item = [s for s in speeches if s.agenda_item_id == item_id]
        spoken: dict[str, int] = {}
        for s in on_item:
            spoken[s.person_id] = spoken.get(s.person_id, 0) + 1
        last_side = side(on_item[-1].person_id) if on_item else None
        running_row = next((e for e in entries if e.started_at is not None), None)
        running = None
        if running_row is not None:
            running = RunningSpeech(running_row.id, running_row.person_id,
                                    name(running_row.person_id), side(running_row.person_id),
                                    running_row.agenda_item_id,
                                    datetime.fromisoformat(running_row.started_at or ""))
            if running_row.agenda_item_id == item_id:
                spoken[running.person_id] = spoken.get(running.person_id, 0) + 1
                last_side = running.side
        waiting = [Waiting(e.id, e.person_id, side(e.person_id)) for e in entries
                   if e.started_at is None and e.agenda_item_id == item_id]
        placed = speaking_order(waiting, spoken, last_side, parity=parity)
        limit = limits.get(item_id or "")
        return SpeakersState(
            meeting_id, item_id, parity, bool(setting and setting.show_times),
            int(limit) if limit else None,
            tuple(SpeakerEntry(p.entry_id, p.person_id, name(p.person_id), p.side,
                               p.contribution, p.reason) for p in placed),
            running,
            side_times((side(s.person_id), s.seconds) for s in on_item),
            side_times((side(s.person_id), s.seconds) for s in speeches),
            len(on_item))

    # --- the list ------------------------------------------------------------------------

    def add(self, meeting_id: str, person_id: str) -> Outcome[str]:
        """Put a person on the list of the current item (at its end); returns the entry's
        id. Refused when the person is already waiting there."""
        def work(unit: Unit) -> str:
            meeting = self._service.meetings._open_meeting(unit, meeting_id)
            person = self._get(unit, "person", person_id)
            item_id = meeting.current_item_id
            if unit.db.scalar(select(func.count()).select_from(orm.SpeakerEntryRow).where(
                    orm.SpeakerEntryRow.session_id == meeting_id,
                    orm.SpeakerEntryRow.person_id == person_id,
                    orm.SpeakerEntryRow.started_at.is_(None),
                    orm.SpeakerEntryRow.agenda_item_id.is_(None) if item_id is None else
                    orm.SpeakerEntryRow.agenda_item_id == item_id)):
                raise LipError("speaker_waiting", record=person.name)
            top = unit.db.scalar(select(func.max(orm.SpeakerEntryRow.position)).where(
                orm.SpeakerEntryRow.session_id == meeting_id))
            row = orm.SpeakerEntryRow(id=str(uuid.uuid4()), session_id=meeting_id,
                                      agenda_item_id=item_id, person_id=person_id,
                                      position=0 if top is None else top + 1, started_at=None)
            unit.db.add(row)
            unit.changes.updated["session"].add(meeting_id)
            return row.id
        return self._run("add_speaker", work)

    def remove(self, meeting_id: str, entry_id: str) -> Outcome[None]:
        """Take a waiting request off the list (a running speech is ended instead)."""
        def work(unit: Unit) -> None:
            self._service.meetings._open_meeting(unit, meeting_id)
            row = self._entry(unit, meeting_id, entry_id)
            if row.started_at is not None:
                self._finish(unit, meeting_id, None)
            else:
                unit.db.delete(row)
            unit.changes.updated["session"].add(meeting_id)
        return self._run("remove_speaker", work)

    def move(self, meeting_id: str, entry_id: str, delta: int) -> Outcome[None]:
        """Move a waiting request up (``delta`` < 0) or down among the requests of its
        item. Refused while the parity order is on: the rule orders that list."""
        def work(unit: Unit) -> None:
            self._service.meetings._open_meeting(unit, meeting_id)
            row = self._entry(unit, meeting_id, entry_id)
            setting = unit.db.get(orm.SpeakerSettingRow, meeting_id)
            if setting is not None and setting.parity:
                person = self._get(unit, "person", row.person_id)
                raise LipError("speaker_parity_order", record=person.name)
            rows = [e for e in unit.db.scalars(select(orm.SpeakerEntryRow).where(
                orm.SpeakerEntryRow.session_id == meeting_id,
                orm.SpeakerEntryRow.started_at.is_(None)).order_by(
                orm.SpeakerEntryRow.position, orm.SpeakerEntryRow.id))
                if e.agenda_item_id == row.agenda_item_id]
            index = rows.index(row)
            rows.insert(max(0, min(index + delta, len(rows) - 1)), rows.pop(index))
            positions = sorted(e.position for e in rows)
            for e, position in zip(rows, positions, strict=True):
                e.position = position
            if len(set(positions)) < len(positions):  # equal positions: renumber
                for n, e in enumerate(rows):
                    e.position = positions[0] + n
            unit.changes.updated["session"].add(meeting_id)
        return self._run("move_speaker", work)

    def next(self, meeting_id: str, now: datetime | None = None) -> Outcome[str | None]:
        """"Nächste*r": end the running speech (it becomes a ``speech`` record) and start
        the first of the list in speaking order. Returns the new speaker's person id."""
        def work(unit: Unit) -> str | None:
            self._service.meetings._open_meeting(unit, meeting_id)
            unit.changes.updated["session"].add(meeting_id)  # the list changes
            self._finish(unit, meeting_id, now)
            unit.db.flush()
            state = self._state(unit, meeting_id)
            if not state.waiting:
                return None
            first = state.waiting[0]
            row = self._entry(unit, meeting_id, first.id)
            row.started_at = _stamp(now)
            return first.person_id
        return self._run("next_speaker", work)

    def finish(self, meeting_id: str, now: datetime | None = None) -> Outcome[bool]:
        """"Rede beenden": the running speech becomes a record; nobody starts."""
        def work(unit: Unit) -> bool:
            self._service.meetings._open_meeting(unit, meeting_id)
            return self._finish(unit, meeting_id, now)
        return self._run("finish_speech", work)

    def _finish(self, unit: Unit, meeting_id: str, now: datetime | None) -> bool:
        """End the running speech of the session, if any, as a ``speech`` record. Also
        called by ``close_meeting``: a session never ends with a speech left open."""
        row = unit.db.scalar(select(orm.SpeakerEntryRow).where(
            orm.SpeakerEntryRow.session_id == meeting_id,
            orm.SpeakerEntryRow.started_at.is_not(None)))
        if row is None:
            return False
        started = datetime.fromisoformat(row.started_at or "")
        end = (now or datetime.now()).replace(microsecond=0)
        top = unit.db.scalar(select(func.max(orm.SpeechRow.position)).where(
            orm.SpeechRow.session_id == meeting_id))
        speech = orm.SpeechRow(id=str(uuid.uuid4()), session_id=meeting_id,
                               agenda_item_id=row.agenda_item_id, person_id=row.person_id,
                               started_at=started.isoformat(),
                               seconds=max(int((end - started).total_seconds()), 0),
                               position=0 if top is None else top + 1)
        unit.db.add(speech)
        unit.db.delete(row)
        unit.db.flush()
        unit.log("create", "speech", speech.id, None, None, None,
                 {"person_id": speech.person_id, "seconds": speech.seconds})
        unit.changes.created["speech"].add(speech.id)
        unit.changes.updated["session"].add(meeting_id)
        return True

    def _entry(self, unit: Unit, meeting_id: str, entry_id: str) -> orm.SpeakerEntryRow:
        row = unit.db.get(orm.SpeakerEntryRow, entry_id)
        if row is None or row.session_id != meeting_id:
            raise LipError("not_found", record_type="Redeliste", record=entry_id)
        return row

    # --- options -------------------------------------------------------------------------

    def _setting(self, unit: Unit, meeting_id: str) -> orm.SpeakerSettingRow:
        self._service.meetings._open_meeting(unit, meeting_id)
        row = unit.db.get(orm.SpeakerSettingRow, meeting_id)
        if row is None:
            row = orm.SpeakerSettingRow(session_id=meeting_id, parity=False,
                                        show_times=False, limits={})
            unit.db.add(row)
        unit.changes.updated["session"].add(meeting_id)
        return row

    def set_parity(self, meeting_id: str, on: bool) -> Outcome[None]:
        """Quotierte Redeliste on or off (the waiting requests keep their order)."""
        def work(unit: Unit) -> None:
            self._setting(unit, meeting_id).parity = on
        return self._run("set_speaker_parity", work)

    def set_show_times(self, meeting_id: str, on: bool) -> Outcome[None]:
        """Show the speaking time per side on the projector."""
        def work(unit: Unit) -> None:
            self._setting(unit, meeting_id).show_times = on
        return self._run("set_speaker_times_shown", work)

    def set_limit(self, meeting_id: str, item_id: str, minutes: int | None) -> Outcome[None]:
        """The speaking-time limit per contribution on one agenda item (None: none)."""
        def work(unit: Unit) -> None:
            if minutes is not None and not 1 <= minutes <= MAX_LIMIT_MINUTES:
                raise LipError("speaker_limit", maximum=MAX_LIMIT_MINUTES, value=minutes)
            item = unit.db.get(orm.AgendaItemRow, item_id)
            if item is None or item.session_id != meeting_id:
                raise LipError("not_found", record_type="Tagesordnungspunkt", record=item_id)
            row = self._setting(unit, meeting_id)
            limits = dict(row.limits or {})
            if minutes is None:
                limits.pop(item_id, None)
            else:
                limits[item_id] = minutes * 60
            row.limits = limits  # a new dict: SQLAlchemy sees the JSON change
        return self._run("set_speaker_limit", work)
