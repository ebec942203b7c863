"""Negotiation: positions of the two sides, compromises and dissents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from lip_desktop.model import enums, orm
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import (
    ConflictError,
    LipError,
    ValidationError,
)
from lip_desktop.model.records import (
    Compromise,
    NegotiationPosition,
    clean_record,
    to_record,
)
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit


class NegotiationManager(Manager):
    """Positions of the two sides, compromises and Sondervoten."""

    def add_position(self, subject_type: str, subject_id: str, text: str, *,
                     person_id: str | None = None, side: str | None = None, label: str = "",
                     session_id: str | None = None) -> Outcome[NegotiationPosition]:
        def work(unit: Unit) -> NegotiationPosition:
            if session_id is not None:
                self._service.meetings._open_meeting(unit, session_id)
            values = self._create(unit, "position", {
                "subject_type": subject_type, "subject_id": subject_id, "text": text,
                "person_id": person_id, "side": side, "label": label,
                "session_id": session_id, "position": self._next_position(unit, "position", {})})
            return to_record("position", values)  # type: ignore[no-any-return]
        return self._run("add_position", work)

    def update_position(self, position_id: str, **changes: Any) -> Outcome[NegotiationPosition]:
        return self._update_plain("position", position_id, changes)

    def remove_position(self, position_id: str) -> Outcome[NegotiationPosition]:
        def work(unit: Unit) -> NegotiationPosition:
            row = self._get(unit, "position", position_id)
            if unit.db.scalar(select(func.count()).select_from(orm.CompromisePositionRow)
                                .where(orm.CompromisePositionRow.position_id == position_id)):
                holder = row.label or (unit.db.get(orm.PersonRow, row.person_id).name  # type: ignore[union-attr]
                                       if row.person_id else enums.label(enums.SIDE, row.side))
                raise ConflictError("position_settled", record=f"{holder}: {row.text[:50]}")
            return to_record("position", self._delete(unit, "position", position_id))  # type: ignore[no-any-return]
        return self._run("remove_position", work)

    def add_compromise(self, subject_type: str, subject_id: str, text: str, *,
                       position_ids: Sequence[str] = (), status: str = "proposed",
                       session_id: str | None = None) -> Outcome[Compromise]:
        def work(unit: Unit) -> Compromise:
            values = self._create(unit, "compromise", {
                "subject_type": subject_type, "subject_id": subject_id, "text": text,
                "status": status, "session_id": session_id,
                "position": self._next_position(unit, "compromise", {})})
            self._link_positions(unit, values["id"], position_ids)
            return self._compromise(unit, values["id"])
        return self._run("add_compromise", work)

    def _link_positions(self, unit: Unit, compromise_id: str, position_ids: Sequence[str]) -> None:
        for old in unit.db.scalars(select(orm.CompromisePositionRow).where(
                orm.CompromisePositionRow.compromise_id == compromise_id)):
            unit.db.delete(old)
        unit.db.flush()
        for i, pid in enumerate(dict.fromkeys(position_ids)):
            self._get(unit, "position", pid)
            unit.db.add(orm.CompromisePositionRow(compromise_id=compromise_id,
                                                    position_id=pid, ordinal=i))
        unit.db.flush()

    def _compromise(self, unit: Unit, compromise_id: str) -> Compromise:
        values = self._values("compromise", self._get(unit, "compromise", compromise_id))
        values["position_ids"] = tuple(unit.db.scalars(
            select(orm.CompromisePositionRow.position_id).where(
                orm.CompromisePositionRow.compromise_id == compromise_id)
            .order_by(orm.CompromisePositionRow.ordinal)))
        values["dissents"] = tuple(
            to_record("dissent", {"person_id": d.person_id, "label": d.label, "text": d.text})
            for d in unit.db.scalars(select(orm.DissentRow).where(
                orm.DissentRow.compromise_id == compromise_id).order_by(orm.DissentRow.ordinal)))
        return to_record("compromise", values)  # type: ignore[no-any-return]

    def update_compromise(self, compromise_id: str, *, position_ids: Sequence[str] | None = None,
                          **changes: Any) -> Outcome[Compromise]:
        def work(unit: Unit) -> Compromise:
            if changes:
                self._update(unit, "compromise", compromise_id, changes)
            if position_ids is not None:
                before = self._compromise(unit, compromise_id).position_ids
                self._link_positions(unit, compromise_id, position_ids)
                unit.log("update", "compromise", compromise_id, None, "position_ids", before,
                      list(position_ids))
                unit.changes.updated["compromise"].add(compromise_id)
            return self._compromise(unit, compromise_id)
        return self._run("update_compromise", work)

    def add_dissent(self, compromise_id: str, text: str, *, person_id: str | None = None,
                    label: str = "") -> Outcome[Compromise]:
        """Record a Sondervotum: a minority opinion held by a person or a named group."""
        def work(unit: Unit) -> Compromise:
            self._get(unit, "compromise", compromise_id)
            values = clean_record("dissent", {"person_id": person_id, "label": label,
                                              "text": text})
            if person_id is not None:
                self._get(unit, "person", person_id)
            elif not label.strip():
                raise ValidationError("required", record_type="Sondervotum", record=text[:30],
                                      field="vertreten von", field_key="label")
            top = unit.db.scalar(select(func.max(orm.DissentRow.ordinal)).where(
                orm.DissentRow.compromise_id == compromise_id))
            unit.db.add(orm.DissentRow(compromise_id=compromise_id,
                                         ordinal=0 if top is None else top + 1, **values))
            unit.db.flush()
            unit.log("update", "compromise", compromise_id, None, "dissents", None, values)
            unit.changes.updated["compromise"].add(compromise_id)
            return self._compromise(unit, compromise_id)
        return self._run("add_dissent", work)

    def remove_dissent(self, compromise_id: str, index: int) -> Outcome[Compromise]:
        def work(unit: Unit) -> Compromise:
            rows = list(unit.db.scalars(select(orm.DissentRow).where(
                orm.DissentRow.compromise_id == compromise_id).order_by(orm.DissentRow.ordinal)))
            if not 0 <= index < len(rows):
                raise LipError("not_found", record_type="Sondervotum", record=str(index + 1))
            row = rows[index]
            unit.log("update", "compromise", compromise_id, None, "dissents",
                  {"person_id": row.person_id, "label": row.label, "text": row.text}, None)
            unit.db.delete(row)
            unit.db.flush()
            unit.changes.updated["compromise"].add(compromise_id)
            return self._compromise(unit, compromise_id)
        return self._run("remove_dissent", work)

    def remove_compromise(self, compromise_id: str) -> Outcome[Compromise]:
        def work(unit: Unit) -> Compromise:
            before = self._compromise(unit, compromise_id)
            self._service.structure._assert_subject_unused(unit, compromise_id)
            self._delete(unit, "compromise", compromise_id)
            return before
        return self._run("remove_compromise", work)
