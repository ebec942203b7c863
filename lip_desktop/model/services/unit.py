"""One running operation: its database session, who runs it, what it changed, and the
history entries it writes. Every manager opens its work through these, so one service call is
one transaction and one set of history entries."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from lip_desktop.model import orm
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.changes import ChangeCollector, Outcome
from lip_desktop.model.errors import ConflictError
from lip_desktop.model.records import SPECS

R = TypeVar("R")


def now_text() -> str:
    """The time stamp of history entries: local time to the second."""
    return datetime.now().replace(microsecond=0).isoformat(timespec="seconds")


def jsonable(value: Any) -> Any:
    """Tuples as lists, as they are stored in JSON columns and history values."""
    if isinstance(value, tuple):
        return [jsonable(v) for v in value]
    return value


@dataclass(slots=True)
class Unit:
    """State of one running operation: its database session (``db``) and what it changed."""

    db: Session
    actor: str
    operation: str
    changes: ChangeCollector
    at: str

    def log(self, action: str, record_type: str, record_id: str, code: str | None,
            key: str | None = None, old: Any = None, new: Any = None) -> None:
        self.db.add(orm.ChangeRow(
            at=self.at, actor=self.actor, operation=self.operation, action=action,
            record_type=record_type, record_id=record_id, record_code=code, field=key,
            old=None if old is None else json.dumps(jsonable(old), ensure_ascii=False),
            new=None if new is None else json.dumps(jsonable(new), ensure_ascii=False)))


@contextmanager
def write_unit(catalogue: Catalogue, operation: str) -> Iterator[Unit]:
    """A write transaction; its history entries carry ``operation``.

    A record whose version moved between this unit's read and its UPDATE or DELETE
    (another writer on the server committed in between) fails the ORM's version check.
    Field edits turn that into ``changed_meanwhile`` with who, when and what
    (``Manager._update``); every other path (moves, meeting state, merges) ends here as
    ``saved_meanwhile``, a German refusal naming the kind of record, never a traceback.
    """
    try:
        with catalogue.unit() as db:
            yield Unit(db, catalogue.actor, operation, ChangeCollector(), now_text())
    except StaleDataError as exc:
        raise ConflictError("saved_meanwhile", what=_what_of(str(exc))) from None


def _what_of(message: str) -> str:
    """"Ein Eintrag (Maßnahme)" from the ORM's "... on table 'measure' ..." message."""
    for record_type, cls in orm.TABLES.items():
        if f"'{cls.__tablename__}'" in message and record_type in SPECS:
            return f"Ein Eintrag ({SPECS[record_type].label})"
    return "Ein Eintrag"


@contextmanager
def read_unit(catalogue: Catalogue) -> Iterator[Unit]:
    """A consistent read: no write lock, and the catalogue is not marked as changed
    (the projector and the session screen read often)."""
    with catalogue.read() as conn, Session(bind=conn) as db:
        yield Unit(db, catalogue.actor, "read", ChangeCollector(), now_text())


def run(catalogue: Catalogue, operation: str, work: Callable[[Unit], R]) -> Outcome[R]:
    """Run ``work`` in one write transaction and return its value with its changes."""
    with write_unit(catalogue, operation) as unit:
        value = work(unit)
        changes = unit.changes.freeze()
    return Outcome(value, changes)
