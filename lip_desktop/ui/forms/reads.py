"""The few list reads the forms need that the service has no call for yet.

``CatalogueService.get_record`` reads one record; the measure form also needs the
indicators of a measure (in their order), the terminology rules and the partners and
target groups already used (for completion). Each is one query on the read connection,
turned into the model's own records (``snapshot.record_from_row`` + ``to_record``) at
once, like ``tree_model`` and ``glossary`` do. They belong in the service
(``indicators_of``, ``term_rules``, ``used_tags``) and can move there unchanged.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from lip_desktop.model import orm
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.records import Indicator, to_record
from lip_desktop.model.snapshot import record_from_row
from lip_desktop.model.terminology import TermRule


def indicators_of(catalogue: Catalogue, measure_id: str) -> list[Indicator]:
    """The indicators of one measure in their stored order."""
    table = orm.IndicatorRow.__table__
    stmt = (select(table).where(table.c.measure_id == measure_id)
            .order_by(table.c.position, table.c.id))
    with catalogue.read() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    return [to_record("indicator", record_from_row("indicator", r)) for r in rows]


def term_rules(catalogue: Catalogue) -> list[TermRule]:
    """The catalogue's terminology rules, in list order."""
    t = orm.TermRuleRow
    with catalogue.read() as conn:
        rows = conn.execute(select(t.id, t.term, t.replacement, t.note)
                            .order_by(t.position, t.id)).all()
    return [TermRule(r[0], r[1], r[2], r[3] or "") for r in rows]


def used_tags(catalogue: Catalogue, key: str) -> set[str]:
    """Every entry of ``partners`` or ``target_groups`` used by any measure."""
    if key not in ("partners", "target_groups"):
        raise ValueError(key)
    column = orm.MeasureRow.__table__.c[key]
    out: set[str] = set()
    with catalogue.read() as conn:
        for (value,) in conn.execute(select(column)):
            entries: Any = json.loads(value) if isinstance(value, str) else value
            out.update(e for e in entries or () if isinstance(e, str))
    return out
