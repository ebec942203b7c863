"""Contributions from public participation: reading a survey export, deciding what became
of each contribution, and listing them for the view, the measure form and the command line.

The rules are in ``model/contributions.py``; this manager stores. A file is read in one
transaction (all or nothing), written in bulk like the JSON import (20,000 rows in one
statement, not 20,000 flushes). Every state change is one validated update with history;
a ``not_taken`` reason is a review comment about the contribution, as the contract says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select

from lip_desktop.model import orm
from lip_desktop.model.changes import Outcome
from lip_desktop.model.contributions import (
    ColumnMapping,
    ContributionEntry,
    ContributionFilter,
    ContributionImportSummary,
    ContributionState,
    FieldName,
    ParticipationTable,
    StateChange,
    check_state,
    filtered,
    name_of,
    plan_rows,
)
from lip_desktop.model.interchange import write_records
from lip_desktop.model.records import COLLECTIONS
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit, now_text


class ContributionsManager(Manager):
    """Reading, deciding and listing contributions."""

    # --- reading a survey export -------------------------------------------------------

    def import_table(self, table: ParticipationTable, mapping: ColumnMapping, *,
                     source: str, channel: str, today: str | None = None
                     ) -> Outcome[ContributionImportSummary]:
        """The contributions of one survey export, all or nothing.

        Rows read before (same source, channel, row and content) are counted as known
        and not added again. Refusals name the row and the column (``plan_rows``).
        """
        def work(unit: Unit) -> ContributionImportSummary:
            fields = [FieldName(r.id, r.code, r.name) for r in unit.db.scalars(
                select(orm.ActionFieldRow).order_by(orm.ActionFieldRow.position))]
            planned = plan_rows(table, mapping, source=source, channel=channel,
                                fields=fields, today=today)
            known_ids = set(unit.db.scalars(select(orm.ContributionRow.id)))
            top = unit.db.scalar(select(orm.ContributionRow.position)
                                 .order_by(orm.ContributionRow.position.desc()).limit(1))
            position = -1 if top is None else int(top)
            new: list[dict[str, Any]] = []
            seen: set[str] = set()
            for rec in planned:
                rec.pop("_row")
                if rec["id"] in known_ids or rec["id"] in seen:
                    continue
                seen.add(rec["id"])
                position += 1
                new.append({**rec, "position": position})
            if new:
                unit.db.flush()
                records: dict[str, list[dict[str, Any]]] = {rt: [] for rt in COLLECTIONS}
                records["contribution"] = new
                collector = write_records(unit.db.connection(), records, {}, unit.actor,
                                          "import_contributions")
                unit.changes.created["contribution"].update(collector.created["contribution"])
                unit.changes.moved = True
            return ContributionImportSummary(len(new), len(planned) - len(new),
                                             source.strip())
        return self._run("import_contributions", work)

    # --- what became of a contribution -------------------------------------------------

    def link(self, contribution_id: str, subject_type: str, subject_id: str
             ) -> Outcome[StateChange]:
        """The contribution fed this goal or measure: ``considered``."""
        return self.set_state(contribution_id,
                              ContributionState("considered", subject_type, subject_id))

    def mark_not_taken(self, contribution_id: str, reason: str, author: str = ""
                       ) -> Outcome[StateChange]:
        """Not taken up, with the reason (a review comment about the contribution)."""
        return self.set_state(contribution_id, ContributionState("not_taken"),
                              reason=reason, author=author)

    def mark_duplicate(self, contribution_id: str) -> Outcome[StateChange]:
        return self.set_state(contribution_id, ContributionState("duplicate"))

    def set_state(self, contribution_id: str, after: ContributionState, *, reason: str = "",
                  author: str = "") -> Outcome[StateChange]:
        """Any state the rules allow (``check_state``); a link must name an existing goal
        or measure (checked by the update). Returns before and after and the reason
        comment written, for undo."""
        def work(unit: Unit) -> StateChange:
            row = self._get(unit, "contribution", contribution_id)
            values = self._values("contribution", row)
            name = name_of(values)
            check_state(name, after, reason)
            before = ContributionState(row.status, row.subject_type, row.subject_id)
            self._update(unit, "contribution", contribution_id, {
                "status": after.status, "subject_type": after.subject_type,
                "subject_id": after.subject_id})
            comment_id: str | None = None
            if after.status == "not_taken":
                comment = self._create(unit, "review_comment", {
                    "subject_type": "contribution", "subject_id": contribution_id,
                    "author": author, "text": reason.strip(), "created_at": now_text(),
                    "source": "manual", "resolved": False,
                    "position": self._next_position(unit, "review_comment", {})})
                comment_id = comment["id"]
            return StateChange(contribution_id, before, after, comment_id)
        return self._run("set_contribution_state", work)

    def restore_state(self, change: StateChange) -> Outcome[None]:
        """Undo of ``set_state``: the state before, and the reason comment it wrote gone.
        Refused (``undo_stale``) when the contribution changed since."""
        def work(unit: Unit) -> None:
            with self._service.expecting("contribution", change.contribution_id, {
                    "status": change.after.status, "subject_type": change.after.subject_type,
                    "subject_id": change.after.subject_id}):
                self._update(unit, "contribution", change.contribution_id, {
                    "status": change.before.status,
                    "subject_type": change.before.subject_type,
                    "subject_id": change.before.subject_id})
            if change.comment_id is not None and \
                    unit.db.get(orm.ReviewCommentRow, change.comment_id) is not None:
                self._delete(unit, "review_comment", change.comment_id)
        return self._run("restore_contribution_state", work)

    # --- reading -----------------------------------------------------------------------

    def entries(self, flt: ContributionFilter | None = None) -> list[ContributionEntry]:
        """Every contribution (or those the filter lets through), in their order; one
        query per table."""
        with self._read() as unit:
            out = self._entries(unit, self._rows(unit))
        return out if flt is None else filtered(out, flt)

    def entries_of(self, ids: Iterable[str]) -> list[ContributionEntry]:
        """Just these contributions (a view refreshing the rows a decision changed)."""
        wanted = sorted(set(ids))
        out: list[ContributionEntry] = []
        with self._read() as unit:
            for start in range(0, len(wanted), 500):
                out += self._entries(unit, self._rows(
                    unit, orm.ContributionRow.id.in_(wanted[start:start + 500])))
        return out

    def for_subject(self, subject_type: str, subject_id: str) -> list[ContributionEntry]:
        """The contributions behind a goal or measure (``considered``, linked to it)."""
        c = orm.ContributionRow
        with self._read() as unit:
            return self._entries(unit, self._rows(unit, c.subject_type == subject_type,
                                                  c.subject_id == subject_id))

    def find(self, contribution_id: str) -> ContributionEntry:
        with self._read() as unit:
            found = self._entries(unit, self._rows(
                unit, orm.ContributionRow.id == contribution_id))
            if not found:
                self._get(unit, "contribution", contribution_id)  # raises "not_found"
            return found[0]

    @staticmethod
    def _rows(unit: Unit, *where: Any) -> Sequence[Any]:
        """Plain rows (columns, not ORM objects: 20,000 of them read in a tenth of the
        time), in their order."""
        c = orm.ContributionRow
        stmt = select(c.id, c.source, c.channel, c.text, c.received_at, c.action_field_id,
                      c.subject_type, c.subject_id, c.status)
        return unit.db.execute(stmt.where(*where).order_by(c.position, c.id)).all()

    def sources(self) -> list[str]:
        with self._read() as unit:
            return sorted(set(unit.db.scalars(select(orm.ContributionRow.source))))

    def _entries(self, unit: Unit, rows: Sequence[Any]) -> list[ContributionEntry]:
        codes: dict[str, str] = dict(unit.db.execute(
            select(orm.ActionFieldRow.id, orm.ActionFieldRow.code)).all())
        subjects: dict[str, str] = {}
        wanted = {r.subject_id for r in rows if r.subject_id}
        if wanted:
            for cls in (orm.GoalRow, orm.MeasureRow):
                for rid, code, title in unit.db.execute(select(cls.id, cls.code, cls.title)):
                    if rid in wanted:
                        subjects[rid] = f"{code or ''} {title}".strip()
        reasons: dict[str, str] = {}
        if any(r.status == "not_taken" for r in rows):
            for sid, text in unit.db.execute(
                    select(orm.ReviewCommentRow.subject_id, orm.ReviewCommentRow.text).where(
                        orm.ReviewCommentRow.subject_type == "contribution").order_by(
                        orm.ReviewCommentRow.position, orm.ReviewCommentRow.id)):
                reasons[sid] = text  # the newest (last) comment wins
        return [ContributionEntry(
            cid, source, channel, text, received_at, field_id, codes.get(field_id or "", ""),
            subject_type, subject_id, subjects.get(subject_id or "", ""), status,
            reasons.get(cid, "") if status == "not_taken" else "")
            for (cid, source, channel, text, received_at, field_id, subject_type, subject_id,
                 status) in rows]
