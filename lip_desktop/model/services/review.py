"""Review: comments read back from Word drafts and steering decisions from Excel."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from lip_desktop.model import enums, orm
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import (
    InterchangeError,
    LipError,
    ValidationError,
)
from lip_desktop.model.records import (
    ReviewComment,
    to_record,
)
from lip_desktop.model.services.base import SUBJECT_TABLES, Manager
from lip_desktop.model.services.unit import Unit, now_text
from lip_desktop.model.steering import DecisionList, MeasureIdentity, match_decisions
from lip_desktop.model.values import (
    ReviewCommentIn,
    ReviewImportSummary,
    SteeringDecisionIn,
)

_REVIEW_NS = uuid.UUID("6f1c1a3e-2b1d-4c38-9a57-2f0c8e0b5a11")


class ReviewManager(Manager):
    """Comments from reviewed Word drafts and steering decisions from returned lists."""

    def add_review_comment(self, subject_type: str, subject_id: str, text: str, *,
                           author: str | None = None, source: str = "manual",
                           created_at: str | None = None) -> Outcome[ReviewComment]:
        def work(unit: Unit) -> ReviewComment:
            values = self._create(unit, "review_comment", {
                "subject_type": subject_type, "subject_id": subject_id, "text": text,
                "author": author if author is not None else unit.actor, "source": source,
                "created_at": created_at or now_text(), "resolved": False})
            return to_record("review_comment", values)  # type: ignore[no-any-return]
        return self._run("add_review_comment", work)

    def set_comment_resolved(self, comment_id: str, resolved: bool) -> Outcome[ReviewComment]:
        return self._update_plain("review_comment", comment_id, {"resolved": resolved})

    def remove_review_comment(self, comment_id: str) -> Outcome[ReviewComment]:
        return self._run("remove_review_comment",
                         lambda unit: to_record("review_comment",
                                             self._delete(unit, "review_comment", comment_id)))

    def import_review_comments(self, comments: Sequence[ReviewCommentIn]
                               ) -> Outcome[ReviewImportSummary]:
        """Attach comments from a reviewed Word draft; importing a file twice adds nothing.

        Each comment gets an id derived from its subject, author, date and text, so a
        comment already imported is recognised and skipped. Comments whose subject no
        longer exists are counted, not attached.
        """
        return self._run("import_review", lambda unit: self._import_comments(unit, comments))

    def _import_comments(self, unit: Unit, comments: Sequence[ReviewCommentIn]
                         ) -> ReviewImportSummary:
        """The work of :meth:`import_review_comments`, inside a caller's unit."""
        added: dict[str, int] = {}
        known = skipped = orphaned = 0
        for c in comments:
            table = SUBJECT_TABLES.get(c.subject_type)
            if table is None or unit.db.get(table, c.subject_id) is None:
                orphaned += 1
                continue
            record_id = str(uuid.uuid5(_REVIEW_NS, "\x1f".join(
                (c.subject_type, c.subject_id, c.author, c.created_at or "", c.text))))
            if unit.db.get(orm.ReviewCommentRow, record_id) is not None:
                known += 1
                continue
            if not c.text.strip():
                skipped += 1
                continue
            self._create(unit, "review_comment", {
                "id": record_id, "subject_type": c.subject_type, "subject_id": c.subject_id,
                "author": c.author, "text": c.text, "created_at": c.created_at,
                "source": "word_review", "resolved": False,
                "position": self._next_position(unit, "review_comment", {})})
            added[c.subject_type] = added.get(c.subject_type, 0) + 1
        return ReviewImportSummary(added, known, orphaned, skipped)

    def apply_steering_decisions(self, decisions: DecisionList | Sequence[SteeringDecisionIn],
                                 *, accept_changed: bool = False) -> Outcome[int]:
        """Set the steering group's decision and note per measure, all or nothing.

        Rows are matched by record id (``model.steering.match_decisions``): a list from
        another catalogue, a deleted measure, a row without id or (unless
        ``accept_changed``) a renumbered or retitled measure refuses the whole list,
        naming every bad row. An unknown decision is refused too. ``decision=None`` and
        ``note=None`` leave that field as it is. Returns the number of measures changed;
        every change is in the history.
        """
        def work(unit: Unit) -> int:
            catalogue = unit.db.execute(
                select(orm.CatalogueRow.id, orm.CatalogueRow.title)).one()
            measures = {row.id: MeasureIdentity(row.id, row.code, row.title)
                        for row in unit.db.execute(select(
                            orm.MeasureRow.id, orm.MeasureRow.code, orm.MeasureRow.title))}
            bad_labels: list[LipError] = [
                ValidationError("bad_decision_row", row=d.row, value=d.decision,
                                allowed=", ".join(enums.STEERING_DECISION.values()),
                                field_key="steering_decision")
                for d in decisions
                if d.decision is not None and d.decision not in enums.STEERING_DECISION]
            if bad_labels:
                raise InterchangeError(bad_labels)
            matched = match_decisions(decisions, catalogue_id=catalogue.id,
                                      catalogue_title=catalogue.title, measures=measures,
                                      accept_changed=accept_changed)
            changed = 0
            for d, measure_id in matched:
                changes: dict[str, Any] = {}
                if d.decision is not None:
                    changes["steering_decision"] = d.decision
                if d.note is not None:
                    changes["steering_note"] = d.note
                if not changes:
                    continue
                before = set(unit.changes.updated.get("measure", set()))
                self._update(unit, "measure", measure_id, changes)
                if measure_id in unit.changes.updated.get("measure", set()) - before:
                    changed += 1
            return changed
        return self._run("import_decisions", work)
