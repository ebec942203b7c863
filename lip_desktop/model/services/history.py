"""The change history, read newest first."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from lip_desktop.model import orm
from lip_desktop.model.services.base import Manager
from lip_desktop.model.values import (
    HistoryEntry,
)


class HistoryManager(Manager):
    """Reads of the change history."""

    def entries(self, record_type: str | None = None, record_id: str | None = None,
                limit: int = 500) -> list[HistoryEntry]:
        stmt = select(orm.ChangeRow).order_by(orm.ChangeRow.id.desc()).limit(limit)
        if record_type is not None:
            stmt = stmt.where(orm.ChangeRow.record_type == record_type)
        if record_id is not None:
            stmt = stmt.where(orm.ChangeRow.record_id == record_id)
        with self.catalogue.read() as conn, Session(bind=conn) as db:
            return [HistoryEntry(r.at, r.actor, r.operation, r.action, r.record_type,
                                 r.record_id, r.record_code, r.field,
                                 None if r.old is None else json.loads(r.old),
                                 None if r.new is None else json.loads(r.new))
                    for r in db.scalars(stmt)]
