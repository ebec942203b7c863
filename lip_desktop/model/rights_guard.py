"""The service's check of the rights, before anything reaches the server.

One ``before_flush`` hook on every write unit of a login that is not the lead
(``Catalogue.unit``): whatever a service, an undo or an import is about to insert, update
or delete is checked against ``rights.Rights`` row by row, and a refusal names the record
and the field in German before a single statement ran, so the transaction is rolled back
with nothing written. Hooking the flush rather than each service method means no write
path can forget the check; the server's roles and policies (``server_rights``) stay the
backstop for everything else, a plain SQL client included.

A row's action field is found by the same SQL helpers the policies use (``FIELD_OF``),
on the values about to be written; for an update that moves a row (a goal into another
field) the old values are checked too, as the policy's ``USING`` clause does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.orm import Session

from lip_desktop.model import orm
from lip_desktop.model.records import ID_RE, SPECS, record_name
from lip_desktop.model.rights import FILED_BY_FACILITATOR, Rights
from lip_desktop.model.server_rights import AUXILIARY, FIELD_OF, table_record_type
from lip_desktop.model.tracking import TRACKED

#: Tables that are no record type, as a refusal names them.
_OTHER_LABELS = {"merge_conflict": "Konflikt aus dem Zusammenführen"}

#: Columns every ORM update changes by itself (the record's version), never the user.
_BOOKKEEPING = frozenset({"version"})


def watch(db: Session, rights: Rights) -> None:
    """Check every flush of ``db`` against ``rights`` (nothing to do for the lead)."""
    if rights.is_lead:
        return
    event.listen(db, "before_flush", _hook(rights))


def _hook(rights: Rights) -> Callable[[Session, Any, Any], None]:
    def check(db: Session, _context: Any, _instances: Any) -> None:
        with db.no_autoflush:
            for obj in list(db.new):
                _check(db, rights, obj, None)
            for obj in list(db.deleted):
                _check(db, rights, obj, None)
            for obj in list(db.dirty):
                if db.is_modified(obj, include_collections=False):
                    changed = [a.key for a in inspect(obj).attrs
                               if a.key not in _BOOKKEEPING and a.history.has_changes()]
                    for key in changed:
                        _check(db, rights, obj, key)
    return check


def _check(db: Session, rights: Rights, obj: Any, column: str | None) -> None:
    table = obj.__table__.name
    if table in AUXILIARY:
        return
    rtype = table_record_type(table) or table
    own_table = orm.TABLES.get(rtype) is type(obj)
    if own_table and column is not None:
        key: str | None = _field_key(rtype, column)
    else:  # a part of a record counts as the record; a filed entry's change is a change
        key = column if rtype in FILED_BY_FACILITATOR else None
    codes = _field_codes(db, obj, table, column)
    if all(rights.may_change(rtype, key, code) for code in codes):
        return
    spec = SPECS.get(rtype)
    label = spec.label if spec is not None else _OTHER_LABELS.get(table, "Eintrag")
    field_label = (spec.fields[key].label
                   if spec is not None and key is not None and key in spec.fields
                   else "Entscheidung" if spec is None and key is not None else None)
    raise rights.refusal(label, _name(db, obj, rtype, own_table), field_label)


def _field_key(rtype: str, column: str) -> str:
    """The record's field key stored in ``column`` (a vote's ``note`` is ``annotation``)."""
    spec = SPECS.get(rtype)
    if spec is None:
        return column
    for key, field in spec.fields.items():
        if (field.column or key) == column:
            return key
    return column


def _field_codes(db: Session, obj: Any, table: str, column: str | None) -> list[str | None]:
    """The action field code(s) the row belongs to: after the change, and before it when
    the change touches what ties the row to its field."""
    if table not in FIELD_OF:
        return [None]
    _rtype, helper, columns = FIELD_OF[table]
    state = inspect(obj)
    now = [getattr(obj, c) for c in columns]
    found = [_code(db, helper, now)]
    if column in columns:
        before = [state.attrs[c].history.deleted[0] if state.attrs[c].history.deleted
                  else getattr(obj, c) for c in columns]
        found.append(_code(db, helper, before))
    return found


def _code(db: Session, helper: str, args: Iterable[Any]) -> str | None:
    values = list(args)
    marks = ", ".join(f":a{i}" for i in range(len(values)))
    code = db.execute(text(f"SELECT {helper}({marks})"),
                      {f"a{i}": v for i, v in enumerate(values)}).scalar()
    return None if code is None else str(code)


def _name(db: Session, obj: Any, rtype: str, own_table: bool) -> str:
    """How the refusal names the record: the row's own code or title, or for a part of
    a record (a ballot, an attendance) the record it belongs to."""
    spec = SPECS.get(rtype)
    if spec is None:
        number = getattr(obj, "id", None)
        return f"Nr. {number}" if isinstance(number, int) else "(unbenannt)"
    if not own_table:
        owner_column = TRACKED.get(obj.__table__.name, (rtype, "session_id"))[1]
        owner_id = getattr(obj, owner_column, None)
        owner = None if owner_id is None else db.get(orm.TABLES[rtype], owner_id)
        if owner is None:
            return "(neu)"
        obj = owner
    values = {c.key: getattr(obj, c.key) for c in inspect(obj).mapper.column_attrs}
    name = record_name(spec, values)
    return "(ohne Titel)" if ID_RE.match(name) else name
