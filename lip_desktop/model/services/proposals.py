"""Wording proposals: tracked changes read from reviewed Word drafts, accepted or rejected.

A proposal changes nothing by itself. Accepting one is an ordinary validated update of
the record's field, with a history entry whose actor names the reviewer as well as the
facilitator; it is refused when the field no longer holds the text the reviewer changed
(the proposal is ``outdated`` and is never applied blindly).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from lip_desktop.model import enums, orm
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import ConflictError, LipError
from lip_desktop.model.proposals import holds, proposal_id, shown_text, stored_value
from lip_desktop.model.records import SPECS, record_name
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit, now_text
from lip_desktop.model.values import (
    ProposalEntry,
    ProposalImportSummary,
    ReviewedDraft,
    ReviewImportSummary,
    UnplacedChange,
)

#: Subject type → ORM table of the records a proposal can be about.
_SUBJECTS: dict[str, type[orm.Base]] = {
    "goal": orm.GoalRow, "measure": orm.MeasureRow,
    "strategy_section": orm.StrategySectionRow, "indicator": orm.IndicatorRow,
}
_COMMENT_SUBJECTS: dict[str, type[orm.Base]] = {
    "goal": orm.GoalRow, "measure": orm.MeasureRow,
    "strategy_section": orm.StrategySectionRow, "compromise": orm.CompromiseRow,
}


class ProposalsManager(Manager):
    """Reading proposals in, listing them, accepting and rejecting them."""

    # --- reading a reviewed draft ------------------------------------------------------

    def import_reviewed_draft(self, draft: ReviewedDraft
                              ) -> Outcome[tuple[ReviewImportSummary, ProposalImportSummary]]:
        """Comments and proposals of one reviewed draft, in one transaction.

        Reading the same file again adds nothing (ids derive from record, field, author
        and texts); several reviewers' copies give one proposal per reviewer and field.
        A proposal whose field changed since the draft was made arrives ``outdated``.
        """
        def work(unit: Unit) -> tuple[ReviewImportSummary, ProposalImportSummary]:
            comments = self._service.review._import_comments(unit, draft.comments)
            self._refresh_outdated(unit)
            added = known = outdated = orphaned = 0
            warnings: list[str] = []
            catalogue_version = unit.db.scalar(select(orm.CatalogueRow.draft_version)) or 0
            if draft.draft_version is not None and draft.draft_version < catalogue_version:
                warnings.append(
                    f"Der überarbeitete Entwurf ist Version {draft.draft_version}, der Katalog "
                    f"ist inzwischen bei Version {catalogue_version}. Die Vorschläge wurden "
                    "eingelesen; Felder, die sich seither geändert haben, sind als veraltet "
                    "markiert.")
            for p in draft.proposals:
                row = self._subject(unit, p.subject_type, p.subject_id)
                if row is None or p.field not in SPECS[p.subject_type].fields:
                    orphaned += 1
                    continue
                record_id = proposal_id(p.subject_type, p.subject_id, p.field, p.author,
                                        p.old_text, p.new_text, draft.draft_version)
                if unit.db.get(orm.ProposalRow, record_id) is not None:
                    known += 1
                    continue
                fresh = holds(p.subject_type, p.field, getattr(row, p.field), p.old_text)
                self._create(unit, "proposal", {
                    "id": record_id, "subject_type": p.subject_type,
                    "subject_id": p.subject_id, "field": p.field, "old_text": p.old_text,
                    "new_text": p.new_text, "author": p.author, "created_at": p.created_at,
                    "source": "word_tracked_change",
                    "status": "open" if fresh else "outdated",
                    "decided_at": None if fresh else now_text(), "decided_by": None,
                    "draft_version": draft.draft_version, "thread": "\n".join(p.thread),
                    "position": self._next_position(unit, "proposal", {})})
                added += 1
                outdated += not fresh
            untracked_added, untracked_known = self._untracked(unit, draft, warnings)
            added += untracked_added
            known += untracked_known
            warnings.extend(self._unplaced_line(unit, u) for u in draft.unplaced)
            return comments, ProposalImportSummary(added, known, outdated, orphaned,
                                                   tuple(warnings))
        return self._run("import_review", work)

    def _untracked(self, unit: Unit, draft: ReviewedDraft, warnings: list[str]
                   ) -> tuple[int, int]:
        """Fields a reviewer changed without tracking: their text in the file differs
        from the catalogue's. When the catalogue's field was not changed since the draft
        was made, the difference is the reviewer's: a proposal of an unknown author.
        Otherwise nobody can tell whose change it is, and a warning says so."""
        if not draft.texts:
            return 0, 0
        changed_since: set[tuple[str, str, str]] = set()
        if draft.created_at is not None:
            changed_since = {(r.record_type, r.record_id, r.field) for r in unit.db.execute(
                select(orm.ChangeRow.record_type, orm.ChangeRow.record_id, orm.ChangeRow.field)
                .where(orm.ChangeRow.at >= draft.created_at,
                       orm.ChangeRow.field.is_not(None)))}
        wanted = {t.subject_type for t in draft.texts}
        rows: dict[tuple[str, str], orm.Base] = {
            (subject_type, str(getattr(row, "id"))): row  # noqa: B009 - four row classes
            for subject_type in wanted if subject_type in _SUBJECTS
            for row in unit.db.scalars(select(_SUBJECTS[subject_type]))}
        added = known = 0
        for t in draft.texts:
            row = rows.get((t.subject_type, t.subject_id))
            if row is None or t.field not in SPECS[t.subject_type].fields:
                continue
            value = getattr(row, t.field)
            if holds(t.subject_type, t.field, value, t.text):
                continue
            spec = SPECS[t.subject_type]
            if draft.created_at is None or \
                    (t.subject_type, t.subject_id, t.field) in changed_since:
                name = record_name(spec, self._values(t.subject_type, row))
                warnings.append(
                    f"{spec.label} {name}, „{spec.fields[t.field].label}“ wurde im Entwurf "
                    "ohne Nachverfolgung geändert, im Katalog aber seit dem Entwurf ebenfalls; "
                    "daraus wurde kein Vorschlag.")
                continue
            old = shown_text(t.subject_type, t.field, value)
            record_id = proposal_id(t.subject_type, t.subject_id, t.field, "", old, t.text,
                                    draft.draft_version)
            if unit.db.get(orm.ProposalRow, record_id) is not None:
                known += 1
                continue
            self._create(unit, "proposal", {
                "id": record_id, "subject_type": t.subject_type, "subject_id": t.subject_id,
                "field": t.field, "old_text": old, "new_text": t.text, "author": "",
                "created_at": None, "source": "word_tracked_change", "status": "open",
                "decided_at": None, "decided_by": None, "draft_version": draft.draft_version,
                "thread": "", "position": self._next_position(unit, "proposal", {})})
            added += 1
        return added, known

    # --- reading -----------------------------------------------------------------------

    def proposals(self, *, include_decided: bool = True) -> list[ProposalEntry]:
        """Every proposal in the catalogue's order, with its effective status."""
        with self._read() as unit:
            rows = list(unit.db.scalars(
                select(orm.ProposalRow).order_by(orm.ProposalRow.position,
                                                 orm.ProposalRow.id)))
            areas = _Areas(unit)
            entries = [self._entry(unit, row, areas) for row in rows]
        if include_decided:
            return entries
        return [e for e in entries if e.status == "open"]

    def find(self, text: str) -> ProposalEntry:
        """The proposal whose id is ``text`` or starts with it (at least four characters,
        as the command line shows eight)."""
        key = text.strip().lower()
        matches = [e for e in self.proposals() if e.id == key
                   or (len(key) >= 4 and e.id.startswith(key))]
        if not matches:
            raise LipError("not_found", record_type="Änderungsvorschlag", record=text.strip())
        if len(matches) > 1:
            raise LipError("proposal_ambiguous", value=text.strip())
        return matches[0]

    # --- deciding ----------------------------------------------------------------------

    def accept(self, proposal_id_: str, text: str | None = None) -> Outcome[ProposalEntry]:
        """Write the proposed text (or ``text``, the facilitator's edit of it) into the
        field and mark the proposal accepted. Refused for a decided proposal and, with
        ``proposal_outdated``, when the field no longer holds ``old_text``."""
        def work(unit: Unit) -> ProposalEntry:
            row, _ = self._open_row(unit, proposal_id_)
            value = row.new_text if text is None else text
            reviewer = row.author.strip() or "unbekannt"
            facilitator = unit.actor
            unit.actor = f"{facilitator} (Vorschlag von {reviewer})"
            try:
                self._update(unit, row.subject_type, row.subject_id,
                             {row.field: stored_value(row.subject_type, row.field, value)})
            finally:
                unit.actor = facilitator
            self._update(unit, "proposal", row.id, {
                "status": "accepted", "decided_at": now_text(), "decided_by": facilitator})
            return self._entry(unit, row, _Areas(unit))
        try:
            return self._run("accept_proposal", work)
        except ConflictError as error:
            if error.code == "proposal_outdated":  # the refusal itself is a finding to keep
                self._run("outdate_proposals", self._refresh_outdated)
            raise

    def reject(self, proposal_id_: str) -> Outcome[ProposalEntry]:
        """Mark an open proposal rejected; the record stays as it is."""
        def work(unit: Unit) -> ProposalEntry:
            row = self._row(unit, proposal_id_)
            if row.status != "open":
                raise ConflictError("proposal_decided", **self._names(unit, row),
                                    status=enums.PROPOSAL_STATUS.get(row.status, row.status))
            self._update(unit, "proposal", row.id, {
                "status": "rejected", "decided_at": now_text(), "decided_by": unit.actor})
            return self._entry(unit, row, _Areas(unit))
        return self._run("reject_proposal", work)

    def reopen(self, proposal_id_: str, *, written: str | None = None,
               before: str | None = None) -> Outcome[ProposalEntry]:
        """Undo of a decision. An accepted proposal puts back ``before`` into its field,
        refused with ``undo_stale`` when the field no longer holds ``written``."""
        def work(unit: Unit) -> ProposalEntry:
            row = self._row(unit, proposal_id_)
            if row.status not in ("accepted", "rejected"):
                raise ConflictError("proposal_not_decided", **self._names(unit, row))
            if row.status == "accepted" and written is not None:
                subject = self._subject(unit, row.subject_type, row.subject_id)
                current = getattr(subject, row.field) if subject is not None else None
                if current != written:
                    spec = SPECS[row.subject_type]
                    raise ConflictError(
                        "undo_stale", record_type=spec.label,
                        record=self._names(unit, row)["record"],
                        field=spec.fields[row.field].label, field_key=row.field,
                        current="leer" if not current else str(current)[:80])
                self._update(unit, row.subject_type, row.subject_id, {row.field: before or ""})
            self._update(unit, "proposal", row.id,
                         {"status": "open", "decided_at": None, "decided_by": None})
            return self._entry(unit, row, _Areas(unit))
        return self._run("reopen_proposal", work)

    # --- inside a unit -----------------------------------------------------------------

    def _row(self, unit: Unit, record_id: str) -> orm.ProposalRow:
        row = unit.db.get(orm.ProposalRow, record_id)
        if row is None:
            raise LipError("not_found", record_type="Änderungsvorschlag", record=record_id)
        return row

    def _open_row(self, unit: Unit, record_id: str) -> tuple[orm.ProposalRow, orm.Base]:
        """An open proposal whose field still holds its ``old_text``, and its record."""
        row = self._row(unit, record_id)
        if row.status != "open":
            raise ConflictError("proposal_decided", **self._names(unit, row),
                                status=enums.PROPOSAL_STATUS.get(row.status, row.status))
        subject = self._subject(unit, row.subject_type, row.subject_id)
        if subject is None:
            raise LipError("not_found", record_type=SPECS[row.subject_type].label,
                           record=row.subject_id)
        current = getattr(subject, row.field)
        if not holds(row.subject_type, row.field, current, row.old_text):
            raise ConflictError("proposal_outdated", **self._names(unit, row),
                                current=_short(current))
        return row, subject

    def _refresh_outdated(self, unit: Unit) -> None:
        """Open proposals whose field changed since are stored as ``outdated``."""
        for row in list(unit.db.scalars(select(orm.ProposalRow).where(
                orm.ProposalRow.status == "open"))):
            subject = self._subject(unit, row.subject_type, row.subject_id)
            current = getattr(subject, row.field, None) if subject is not None else None
            if subject is None or not holds(row.subject_type, row.field, current, row.old_text):
                self._update(unit, "proposal", row.id,
                             {"status": "outdated", "decided_at": now_text()})

    @staticmethod
    def _subject(unit: Unit, subject_type: str, subject_id: str) -> orm.Base | None:
        table = _SUBJECTS.get(subject_type)
        return None if table is None else unit.db.get(table, subject_id)

    def _names(self, unit: Unit, row: orm.ProposalRow) -> dict[str, str]:
        """``author``, ``record`` and ``field`` of a proposal for messages (no ids)."""
        spec = SPECS[row.subject_type]
        subject = self._subject(unit, row.subject_type, row.subject_id)
        name = (f"{spec.label} {record_name(spec, self._values(row.subject_type, subject))}"
                if subject is not None else f"{spec.label} (gelöscht)")
        label = spec.fields[row.field].label if row.field in spec.fields else row.field
        return {"author": row.author or "unbekannt", "record": name, "field": label}

    def _entry(self, unit: Unit, row: orm.ProposalRow, areas: _Areas) -> ProposalEntry:
        subject = self._subject(unit, row.subject_type, row.subject_id)
        current = getattr(subject, row.field, None) if subject is not None else None
        status = row.status
        if status == "open" and (subject is None or not holds(
                row.subject_type, row.field, current, row.old_text)):
            status = "outdated"
        names = self._names(unit, row)
        return ProposalEntry(
            id=row.id, subject_type=row.subject_type, subject_id=row.subject_id,
            field=row.field, old_text=row.old_text, new_text=row.new_text, author=row.author,
            created_at=row.created_at, source=row.source, status=status,
            decided_at=row.decided_at, decided_by=row.decided_by,
            draft_version=row.draft_version,
            thread=tuple(line for line in (row.thread or "").split("\n") if line),
            record=names["record"], field_label=names["field"],
            current_text=shown_text(row.subject_type, row.field,
                                    current if isinstance(current, str | list | tuple)
                                    else ""),
            area=areas.of(row.subject_type, row.subject_id))

    def _unplaced_line(self, unit: Unit, change: UnplacedChange) -> str:
        what = "Einfügung" if change.kind == "insertion" else "Löschung"
        where = "auf der Titelseite oder im Inhaltsverzeichnis"
        table = _COMMENT_SUBJECTS.get(change.subject_type)
        subject = unit.db.get(table, change.subject_id) if table is not None else None
        if subject is not None:
            spec = SPECS[change.subject_type]
            where = f"in {spec.label} {record_name(spec, self._values(spec.rtype, subject))}"
        elif change.heading:
            where = f"bei „{_short(change.heading)}“"
        text = "Absatzwechsel" if change.text == "¶" else f"„{_short(change.text)}“"
        return (f"Nicht zuzuordnen (außerhalb der Texte des Katalogs): {what} von "
                f"{change.author or 'unbekannt'} {where}: {text}")


def _short(value: Any, limit: int = 80) -> str:
    if isinstance(value, list | tuple):
        value = ", ".join(str(entry) for entry in value)
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else f"{text[:limit - 1]}…"


class _Areas:
    """Which action field a record belongs to (the review view groups by it)."""

    def __init__(self, unit: Unit) -> None:
        db = unit.db
        self.fields = {r.id: r.name for r in db.execute(
            select(orm.ActionFieldRow.id, orm.ActionFieldRow.name))}
        self.goals = {r.id: r.action_field_id for r in db.execute(
            select(orm.GoalRow.id, orm.GoalRow.action_field_id))}
        self.measures = {r.id: r.goal_id for r in db.execute(
            select(orm.MeasureRow.id, orm.MeasureRow.goal_id))}
        self.indicators = {r.id: r.measure_id for r in db.execute(
            select(orm.IndicatorRow.id, orm.IndicatorRow.measure_id))}

    def of(self, subject_type: str, subject_id: str) -> str:
        if subject_type == "strategy_section":
            return "Strategieteil"
        record_id: str | None = subject_id
        if subject_type == "indicator":
            record_id = self.indicators.get(subject_id)
            subject_type = "measure"
        if subject_type == "measure":
            record_id = self.measures.get(record_id or "")
        field_id = self.goals.get(record_id or "")
        return str(self.fields.get(field_id or "", ""))


def contract_list(entries: Sequence[ProposalEntry]) -> list[dict[str, Any]]:
    """The ``--json`` output: objects with exactly the contract's keys."""
    return [e.contract() for e in entries]
