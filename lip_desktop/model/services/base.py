"""What every manager shares: opening a unit, and creating, updating, deleting and moving
a record of any type with validation, code checks and history entries. Topic managers call
these; nothing outside the services package does."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lip_desktop.model import orm
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.changes import Outcome
from lip_desktop.model.dates import german
from lip_desktop.model.errors import (
    ConflictError,
    LipError,
    ValidationError,
)
from lip_desktop.model.records import (
    SPECS,
    Kind,
    clean_record,
    record_name,
    to_record,
)
from lip_desktop.model.services.unit import R, Unit, jsonable, read_unit, run, write_unit
from lip_desktop.model.snapshot import record_from_row

if TYPE_CHECKING:
    from lip_desktop.model.services.facade import CatalogueService

SUBJECT_TABLES: dict[str, type[orm.Base]] = {
    "goal": orm.GoalRow,
    "measure": orm.MeasureRow,
    "compromise": orm.CompromiseRow,
    "strategy_section": orm.StrategySectionRow,
    "contribution": orm.ContributionRow,  # what a review comment may be about, too
}


class Manager:
    """Base of the topic managers: each holds the facade, to reach the other managers."""

    def __init__(self, service: CatalogueService) -> None:
        self._service = service
        self.catalogue: Catalogue = service.catalogue

    @contextmanager
    def _unit(self, operation: str) -> Iterator[Unit]:
        with write_unit(self.catalogue, operation) as unit:
            yield unit

    @contextmanager
    def _read(self) -> Iterator[Unit]:
        with read_unit(self.catalogue) as unit:
            yield unit

    def _run(self, operation: str, work: Callable[[Unit], R]) -> Outcome[R]:
        return run(self.catalogue, operation, work)

    @staticmethod
    def _values(record_type: str, row: orm.Base) -> dict[str, Any]:
        columns = [fs.column or key for key, fs in SPECS[record_type].fields.items()]
        return record_from_row(record_type, {c: getattr(row, c, None) for c in columns})

    def _get(self, unit: Unit, record_type: str, record_id: str) -> Any:
        row = unit.db.get(orm.TABLES[record_type], record_id)
        if row is None:
            raise LipError("not_found", record_type=SPECS[record_type].label, record=record_id)
        return row

    def _taken_codes(self, unit: Unit) -> set[str]:
        """Codes in use and codes ever given: a deleted record's code is not handed out
        again, since drafts and spreadsheets may still cite it."""
        taken: set[str] = set()
        for cls in (orm.ActionFieldRow, orm.GoalRow, orm.MeasureRow):
            taken.update(unit.db.scalars(select(cls.code)))
        taken.update(c for c in unit.db.scalars(
            select(orm.ChangeRow.record_code).where(
                orm.ChangeRow.record_type.in_(("goal", "measure")),
                orm.ChangeRow.record_code.is_not(None)).distinct()) if c)
        return taken

    def _check_code(self, unit: Unit, record_type: str, record_id: str, code: str) -> None:
        for cls, other_rt in ((orm.ActionFieldRow, "action_field"), (orm.GoalRow, "goal"),
                              (orm.MeasureRow, "measure")):
            owner = unit.db.scalar(
                select(cls.id).where(cls.code == code))
            if owner is not None and owner != record_id:
                raise LipError("duplicate_code", value=code,
                               first=f"{SPECS[other_rt].label} {code}",
                               second=f"{SPECS[record_type].label} {record_id}")

    def _check_subject(self, unit: Unit, record_type: str, values: Mapping[str, Any]) -> None:
        st, sid = values.get("subject_type"), values.get("subject_id")
        if st is None and sid is None:
            return
        if st is None or sid is None or unit.db.get(SUBJECT_TABLES[st], sid) is None:
            raise ValidationError("dangling", record_type=SPECS[record_type].label,
                                  record=record_name(SPECS[record_type], values), field="Bezug",
                                  field_key="subject_id",
                                  target=SPECS[st].label if st else "?", target_id=sid)

    def _check_refs(self, unit: Unit, record_type: str, values: Mapping[str, Any],
                    changed: Collection[str] | None = None) -> None:
        """Every reference of ``values`` names an existing record; an update passes the
        keys it ``changed``: a reference it keeps was checked when it was set (and the
        database's foreign keys hold it), so a title edit reads no goal."""
        spec = SPECS[record_type]
        targets = {"action_field": orm.ActionFieldRow, "goal": orm.GoalRow,
                   "measure": orm.MeasureRow, "person": orm.PersonRow,
                   "group": orm.GroupRow, "session": orm.MeetingRow}
        for key, fs in spec.fields.items():
            if fs.kind is not Kind.REF or fs.ref not in targets:
                continue
            if changed is not None and key not in changed:
                continue
            value = values.get(key)
            if value is not None and unit.db.get(targets[fs.ref], value) is None:
                raise ValidationError("dangling", record_type=spec.label,
                                      record=record_name(spec, values), field=fs.label,
                                      field_key=key, target=SPECS[fs.ref].label,
                                      target_id=value)
        if "subject_type" in spec.fields and (
                changed is None or {"subject_type", "subject_id"} & set(changed)):
            self._check_subject(unit, record_type, values)

    def _next_position(self, unit: Unit, record_type: str, where: Mapping[str, Any]) -> int:
        cls = orm.TABLES[record_type]
        stmt = select(func.max(cls.position))  # type: ignore[attr-defined]
        for key, value in where.items():
            col = getattr(cls, key)
            stmt = stmt.where(col.is_(None) if value is None else col == value)
        top = unit.db.scalar(stmt)
        return 0 if top is None else int(top) + 1

    def _create(self, unit: Unit, record_type: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        values = clean_record(record_type, {"id": str(uuid.uuid4()), **raw})
        self._check_refs(unit, record_type, values)
        if values.get("code"):
            self._check_code(unit, record_type, values["id"], values["code"])
        cls = orm.TABLES[record_type]
        columns = {c.name for c in cls.__table__.columns}
        fields = SPECS[record_type].fields
        stored = {(fields[k].column or k) if k in fields else k: v for k, v in values.items()}
        unit.db.add(cls(**{k: jsonable(v) for k, v in stored.items() if k in columns}))
        unit.db.flush()
        unit.changes.created[record_type].add(values["id"])
        unit.log("create", record_type, values["id"], values.get("code"), None, None,
              {k: v for k, v in values.items() if k in SPECS[record_type].exchanged})
        return values

    def _update(self, unit: Unit, record_type: str, record_id: str, changes: Mapping[str, Any]
                ) -> dict[str, Any]:
        spec = SPECS[record_type]
        unknown = [k for k in changes if k not in spec.fields or k == "id"
                   or spec.fields[k].kind is Kind.NESTED]
        if unknown:
            raise TypeError(f"{record_type}: cannot update {unknown}")
        row = self._get(unit, record_type, record_id)
        before = self._values(record_type, row)
        self._service.check_expected(
            record_type, record_id, before,
            lambda key: self._last_change(unit.db, record_type, record_id, key))
        after = clean_record(record_type, {**before, **changes})
        self._check_refs(unit, record_type, after, changes.keys())
        if after.get("code") and after.get("code") != before.get("code"):
            self._check_code(unit, record_type, record_id, after["code"])
        for key in changes:
            old, new = jsonable(before.get(key)), jsonable(after.get(key))
            if old == new:
                continue
            setattr(row, spec.fields[key].column or key, new)
            unit.log("update", record_type, record_id, after.get("code"), key, old, new)
            unit.changes.updated[record_type].add(record_id)
            if key == "position" or key.endswith("_id"):
                unit.changes.moved = True
        seen_version = getattr(row, "version", None)
        try:
            unit.db.flush()
        except StaleDataError:
            # The version checked in the UPDATE moved: someone saved this record on the
            # server after it was read here. Say what they saved instead of writing over it.
            raise self._changed_meanwhile(record_type, record_id, changes,
                                          seen_version) from None
        return after

    def _last_change(self, db: Session | Connection, record_type: str, record_id: str,
                     key: str) -> tuple[str, str] | None:
        """Who changed ``key`` of the record last, and when (from the history)."""
        found = db.execute(
            select(orm.ChangeRow.actor, orm.ChangeRow.at)
            .where(orm.ChangeRow.record_type == record_type,
                   orm.ChangeRow.record_id == record_id, orm.ChangeRow.field == key)
            .order_by(orm.ChangeRow.id.desc()).limit(1)).first()
        return (found[0], found[1]) if found is not None else None

    def _changed_meanwhile(self, record_type: str, record_id: str,
                           changes: Mapping[str, Any], seen_version: int | None = None
                           ) -> LipError:
        """The refusal after a failed version check, from what the other writer committed
        (read on a connection of its own: this unit's transaction is spoilt). A row still
        at the version seen was not changed meanwhile: the server's row-level security
        filtered the UPDATE out (rights granted otherwise since the catalogue was opened)."""
        table = orm.TABLES[record_type].__table__
        key = next(iter(changes))
        with self._service.catalogue.read() as conn:
            row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
            change = self._last_change(conn, record_type, record_id, key)
        if row is None:
            return LipError("not_found", record_type=SPECS[record_type].label,
                            record=record_id)
        if seen_version is not None and row.get("version") == seen_version:
            spec = SPECS[record_type]
            return LipError("rights_refused_server_field", record_type=spec.label,
                            record=record_name(spec, record_from_row(record_type, dict(row))),
                            field=spec.fields[key].label if key in spec.fields else key)
        return changed_meanwhile(record_type, record_from_row(record_type, dict(row)), key,
                                 change)

    def _delete(self, unit: Unit, record_type: str, record_id: str) -> dict[str, Any]:
        row = self._get(unit, record_type, record_id)
        before = self._values(record_type, row)
        seen_version = getattr(row, "version", None)
        unit.db.delete(row)
        try:
            unit.db.flush()
        except StaleDataError:
            # The DELETE found no row: still there at the version seen means the server's
            # row-level security kept it (rights granted otherwise since opening).
            with self._service.catalogue.read() as conn:
                table = orm.TABLES[record_type].__table__
                now = conn.execute(select(table.c.version).where(
                    table.c.id == record_id)).scalar()
            if seen_version is None or now != seen_version:
                raise
            spec = SPECS[record_type]
            raise LipError("rights_refused_server_record", record_type=spec.label,
                           record=record_name(spec, before)) from None
        unit.changes.deleted[record_type].add(record_id)
        unit.log("delete", record_type, record_id, before.get("code"), None,
              {k: v for k, v in before.items() if k in SPECS[record_type].exchanged}, None)
        return before

    def _move(self, unit: Unit, record_type: str, record_id: str, index: int,
              siblings_where: Mapping[str, Any]) -> None:
        """Put a record at ``index`` among its siblings and renumber their positions."""
        cls = orm.TABLES[record_type]
        stmt = select(cls)
        for key, value in siblings_where.items():
            col = getattr(cls, key)
            stmt = stmt.where(col.is_(None) if value is None else col == value)
        rows = list(unit.db.scalars(stmt.order_by(cls.position, cls.id)))  # type: ignore[attr-defined]
        moving = next((r for r in rows if r.id == record_id), None)  # type: ignore[attr-defined]
        if moving is None:
            raise LipError("not_found", record_type=SPECS[record_type].label, record=record_id)
        rows.remove(moving)
        rows.insert(max(0, min(index, len(rows))), moving)
        for pos, r in enumerate(rows):
            if r.position != pos:  # type: ignore[attr-defined]
                unit.log("update", record_type, r.id, getattr(r, "code", None), "position",  # type: ignore[attr-defined]
                      r.position, pos)  # type: ignore[attr-defined]
                r.position = pos  # type: ignore[attr-defined]
                unit.changes.updated[record_type].add(r.id)  # type: ignore[attr-defined]
        unit.changes.moved = True
        unit.db.flush()

    def _add_plain(self, record_type: str, raw: dict[str, Any]) -> Outcome[Any]:
        def work(unit: Unit) -> Any:
            raw["position"] = self._next_position(unit, record_type, {})
            return to_record(record_type, self._create(unit, record_type, raw))
        return self._run(f"add_{record_type}", work)

    def _update_plain(self, record_type: str, record_id: str, changes: Mapping[str, Any]
                      ) -> Outcome[Any]:
        return self._run(f"update_{record_type}",
                         lambda unit: to_record(record_type, self._update(
                             unit, record_type, record_id, changes)))


def changed_meanwhile(record_type: str, current: Mapping[str, Any], key: str,
                      change: tuple[str, str] | None) -> ConflictError:
    """The refusal of an edit over a value someone else saved in between: who, when (the
    German way) and what the field holds now."""
    spec = SPECS[record_type]
    shown = current.get(key)
    if change is None:
        by = "von anderer Seite"
    else:
        actor, at = change
        by = f"von {actor} am {german(at)} Uhr"
    return ConflictError(
        "changed_meanwhile", record_type=spec.label, record=record_name(spec, current),
        field=spec.fields[key].label if key in spec.fields else key, field_key=key, by=by,
        current="leer" if shown in (None, "") else str(shown))
