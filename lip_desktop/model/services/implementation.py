"""Implementation tracking after adoption: a measure's state, its yearly reports, the
measured values of its indicators, and the answers of the departments' return sheets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from lip_desktop.model import orm
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import ValidationError
from lip_desktop.model.records import (
    SPECS,
    IndicatorValueRecord,
    Measure,
    ProgressReportRecord,
    record_name,
    to_record,
)
from lip_desktop.model.returns import ReturnSheet, check_returns
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit


@dataclass(frozen=True, slots=True)
class ReturnsSummary:
    """What applying a return file changed (all zero for a file applied before)."""

    reports_created: int
    reports_updated: int
    states_changed: int
    values_set: int

    @property
    def changed(self) -> int:
        return self.reports_created + self.reports_updated + self.states_changed \
            + self.values_set


def today() -> str:
    """Dates of reports and states: the day, as the controlling reports give them."""
    return date.today().isoformat()


class ImplementationManager(Manager):
    """Implementation state per measure, progress reports, indicator values, returns."""

    # -- the state of a measure --------------------------------------------------------

    def set_implementation(self, measure_id: str, *, status: str | None = None,
                           responsible: str | None = None, note: str | None = None
                           ) -> Outcome[Measure]:
        """Set a measure's implementation status, responsible unit and note.

        ``None`` keeps a key as it is (a measure without a state starts at
        ``not_started``); an empty responsible unit means the measure's lead. The date
        of the state is today, set only when something changed.
        """
        def work(unit: Unit) -> Measure:
            return to_record("measure", self._set_state(  # type: ignore[no-any-return]
                unit, measure_id, status=status, responsible=responsible, note=note))
        return self._run("set_implementation", work)

    def clear_implementation(self, measure_id: str) -> Outcome[Measure]:
        """The measure has no implementation state (the plan is not adopted yet)."""
        return self._update_plain("measure", measure_id, {"implementation": None})

    def _set_state(self, unit: Unit, measure_id: str, *, status: str | None,
                   responsible: str | None, note: str | None) -> dict[str, Any]:
        row = self._get(unit, "measure", measure_id)
        before: dict[str, Any] = dict(row.implementation or {})
        after = {
            "status": status if status is not None else before.get("status", "not_started"),
            "responsible": responsible if responsible is not None
            else before.get("responsible", ""),
            "note": note if note is not None else before.get("note", ""),
            "updated_at": before.get("updated_at"),
        }
        if not str(after["responsible"] or "").strip():
            after["responsible"] = row.lead
        same = {k: v for k, v in after.items() if k != "updated_at"} == \
            {k: before.get(k) for k in after if k != "updated_at"}
        if before and same:
            return self._values("measure", row)
        after["updated_at"] = today()
        return self._update(unit, "measure", measure_id, {"implementation": after})

    # -- progress reports ----------------------------------------------------------------

    def add_progress_report(self, measure_id: str, year: int, status: str, text: str = "", *,
                            reported_by: str | None = None, reported_at: str | None = None
                            ) -> Outcome[ProgressReportRecord]:
        """A measure's report for ``year``; one per measure and year (a second is refused:
        change the first). ``reported_by`` defaults to the responsible unit."""
        def work(unit: Unit) -> ProgressReportRecord:
            measure = self._get(unit, "measure", measure_id)
            self._refuse_second_report(unit, measure, year)
            by = reported_by if reported_by is not None else _responsible(measure)
            values = self._create(unit, "progress_report", {
                "measure_id": measure_id, "year": year, "status": status, "text": text,
                "reported_by": by, "reported_at": reported_at or today()})
            return to_record("progress_report", values)  # type: ignore[no-any-return]
        return self._run("add_progress_report", work)

    def update_progress_report(self, report_id: str, **changes: Any
                               ) -> Outcome[ProgressReportRecord]:
        def work(unit: Unit) -> ProgressReportRecord:
            if "year" in changes:
                row = self._get(unit, "progress_report", report_id)
                measure = self._get(unit, "measure", row.measure_id)
                self._refuse_second_report(unit, measure, changes["year"], report_id)
            return to_record("progress_report",  # type: ignore[no-any-return]
                             self._update(unit, "progress_report", report_id, changes))
        return self._run("update_progress_report", work)

    def remove_progress_report(self, report_id: str) -> Outcome[ProgressReportRecord]:
        return self._run("remove_progress_report", lambda unit: to_record(
            "progress_report", self._delete(unit, "progress_report", report_id)))

    def progress_reports(self, measure_id: str) -> list[ProgressReportRecord]:
        """A measure's reports, oldest year first."""
        with self._read() as unit:
            rows = unit.db.scalars(select(orm.ProgressReportRow).where(
                orm.ProgressReportRow.measure_id == measure_id).order_by(
                orm.ProgressReportRow.year, orm.ProgressReportRow.id))
            return [to_record("progress_report", self._values("progress_report", r))
                    for r in rows]

    def _refuse_second_report(self, unit: Unit, measure: orm.MeasureRow, year: Any,
                              own_id: str | None = None) -> None:
        other = unit.db.scalar(select(orm.ProgressReportRow.id).where(
            orm.ProgressReportRow.measure_id == measure.id,
            orm.ProgressReportRow.year == year))
        if other is not None and other != own_id:
            raise ValidationError("duplicate_yearly_report",
                                  record=record_name(SPECS["measure"], _named(measure)),
                                  year=year, field="Berichtsjahr", field_key="year")

    # -- indicator values ----------------------------------------------------------------

    def set_indicator_value(self, indicator_id: str, year: int, value: float, *,
                            as_of: str | None = None, source: str | None = None,
                            note: str | None = None) -> Outcome[IndicatorValueRecord]:
        """The value of an indicator for ``year``: one per year, so an existing value of
        that year is changed rather than a second one added. ``None`` keeps a key."""
        def work(unit: Unit) -> IndicatorValueRecord:
            return to_record("indicator_value",  # type: ignore[no-any-return]
                             self._set_value(unit, indicator_id, year, value, as_of=as_of,
                                             source=source, note=note))
        return self._run("set_indicator_value", work)

    def update_indicator_value(self, value_id: str, **changes: Any
                               ) -> Outcome[IndicatorValueRecord]:
        """Change a stored value (value, date, source, note; the year through
        ``set_indicator_value``), as the undoable ``UpdateFields`` does."""
        return self._run("update_indicator_value", lambda unit: to_record(
            "indicator_value", self._update(unit, "indicator_value", value_id, changes)))

    def remove_indicator_value(self, value_id: str) -> Outcome[IndicatorValueRecord]:
        return self._run("remove_indicator_value", lambda unit: to_record(
            "indicator_value", self._delete(unit, "indicator_value", value_id)))

    def indicator_values(self, indicator_id: str) -> list[IndicatorValueRecord]:
        """An indicator's values, oldest year first."""
        with self._read() as unit:
            rows = unit.db.scalars(select(orm.IndicatorValueRow).where(
                orm.IndicatorValueRow.indicator_id == indicator_id).order_by(
                orm.IndicatorValueRow.year))
            return [to_record("indicator_value", self._values("indicator_value", r))
                    for r in rows]

    def _set_value(self, unit: Unit, indicator_id: str, year: int, value: float, *,
                   as_of: str | None, source: str | None, note: str | None) -> dict[str, Any]:
        indicator = self._get(unit, "indicator", indicator_id)
        existing = unit.db.scalar(select(orm.IndicatorValueRow).where(
            orm.IndicatorValueRow.indicator_id == indicator_id,
            orm.IndicatorValueRow.year == year))
        given = {k: v for k, v in (("value", value), ("as_of", as_of), ("source", source),
                                   ("note", note)) if v is not None}
        try:
            if existing is None:
                return self._create(unit, "indicator_value", {
                    "indicator_id": indicator_id, "year": year, **given})
            return self._update(unit, "indicator_value", existing.id, given)
        except ValidationError as err:  # name the indicator, not just the year
            err.params["record"] = f"„{indicator.name}“ {err.params.get('record', '')}".strip()
            raise

    # -- return sheets -------------------------------------------------------------------

    def apply_returns(self, sheet: ReturnSheet, *, year: int | None = None
                      ) -> Outcome[ReturnsSummary]:
        """Apply a department's answer file, all or nothing.

        Refused whole when it comes from another catalogue or (with ``year``) another
        reporting year, or when any row is refused (``model.returns.check_returns``).
        Per answered measure, the report of the file's year is created or changed, and
        the implementation state follows it unless a later year was reported already.
        Per answered indicator, the value of that year is set. What already holds the
        answer is left alone, so applying the same file twice changes nothing.
        """
        def work(unit: Unit) -> ReturnsSummary:
            catalogue = unit.db.execute(
                select(orm.CatalogueRow.id, orm.CatalogueRow.title)).one()
            measures = {r.id: r.code for r in unit.db.execute(
                select(orm.MeasureRow.id, orm.MeasureRow.code))}
            indicators = {r.id: r.name for r in unit.db.execute(
                select(orm.IndicatorRow.id, orm.IndicatorRow.name))}
            check_returns(sheet, catalogue_id=catalogue.id, catalogue_title=catalogue.title,
                          year=year, measures=measures, indicators=indicators)
            assert sheet.year is not None  # check_returns refuses a file without one
            return self._apply(unit, sheet, sheet.year)
        return self._run("import_returns", work)

    def _apply(self, unit: Unit, sheet: ReturnSheet, year: int) -> ReturnsSummary:
        created = updated = states = values = 0
        for answer in sheet.measures:
            if answer.status is None:
                continue
            measure = self._get(unit, "measure", answer.measure_id)
            report = unit.db.scalar(select(orm.ProgressReportRow).where(
                orm.ProgressReportRow.measure_id == measure.id,
                orm.ProgressReportRow.year == year))
            text = answer.text or ""
            if report is None:
                self._create(unit, "progress_report", {
                    "measure_id": measure.id, "year": year, "status": answer.status,
                    "text": text, "reported_by": sheet.unit, "reported_at": today()})
                created += 1
            elif (report.status, report.text) != (answer.status, text):
                self._update(unit, "progress_report", report.id, {
                    "status": answer.status, "text": text, "reported_by": sheet.unit,
                    "reported_at": today()})
                updated += 1
            latest = max(unit.db.scalars(select(orm.ProgressReportRow.year).where(
                orm.ProgressReportRow.measure_id == measure.id)), default=year)
            current = (measure.implementation or {}).get("status")
            if latest <= year and current != answer.status:
                self._set_state(unit, measure.id, status=answer.status, responsible=None,
                                note=None)
                states += 1
        for value in sheet.indicators:
            if value.value is None:
                continue
            existing = unit.db.scalar(select(orm.IndicatorValueRow.value).where(
                orm.IndicatorValueRow.indicator_id == value.indicator_id,
                orm.IndicatorValueRow.year == year))
            if existing == value.value:
                continue
            self._set_value(unit, value.indicator_id, year, value.value, as_of=None,
                            source=sheet.unit if existing is None else None, note=None)
            values += 1
        return ReturnsSummary(created, updated, states, values)


def _responsible(measure: orm.MeasureRow) -> str:
    """The unit that reports on a measure: the one named in its state, else its lead."""
    named = (measure.implementation or {}).get("responsible") or ""
    return str(named) if named.strip() else measure.lead


def _named(measure: orm.MeasureRow) -> dict[str, Any]:
    return {"code": measure.code, "title": measure.title}
