"""Word drafts and Excel lists from the window: options, progress, safe writing.

Reading the catalogue, building, reading back and writing run in the background with
progress and cancel (``ui/saving.py``); the file is written only when complete and
verified. A target that cannot be written (open in Word, read-only folder) is reported
in German with the offer to choose another name; the built document is kept meanwhile,
so nothing is built twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import queries
from lip_desktop.model.checks import term_findings
from lip_desktop.model.collector import released
from lip_desktop.model.errors import LipError
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.saving import (
    Written,
    after_writing,
    already_verified,
    protected_paths,
    write_in_worker,
)
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.worker import Progress, checkpoint, share

DOCX_FILTER = dialogs.DOCX_FILTER
XLSX_FILTER = dialogs.XLSX_FILTER


class WordOptionsDialog(QDialog):
    """What goes into the draft: scope, internal or public, version."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Word-Entwurf exportieren"))
        info = hub.service.structure.catalogue_info()
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("Umfang"))
        self.field.addItem(self.tr("Ganzer Katalog"), None)
        for code, name in queries.action_field_names(hub.catalogue):
            self.field.addItem(f"{code} {name}", code)
        self.internal = QRadioButton(self.tr("Interner Arbeitsentwurf (alles)"))
        self.public = QRadioButton(self.tr("Entwurf für die öffentliche Beteiligung"))
        self.internal.setChecked(True)
        self.rejected_box = QCheckBox(self.tr("Abgelehnte und zurückgestellte Maßnahmen aufnehmen"))
        self.negotiation_box = QCheckBox(
            self.tr("Positionen, Kompromisse und Abstimmungen aufnehmen")
        )
        self.rejected_box.setChecked(True)
        self.negotiation_box.setChecked(True)
        self.public.toggled.connect(self.on_public_toggled)
        self.raise_version = QCheckBox(
            self.tr("Entwurfsversion erhöhen (von %1 auf %2)")
            .replace("%1", str(info.draft_version))
            .replace("%2", str(info.draft_version + 1))
        )
        form = QFormLayout()
        form.addRow(self.tr("&Umfang:"), self.field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for w in (
            self.internal,
            self.public,
            self.rejected_box,
            self.negotiation_box,
            self.raise_version,
        ):
            layout.addWidget(w)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def on_public_toggled(self, public: bool) -> None:
        self.rejected_box.setChecked(not public)
        self.negotiation_box.setChecked(not public)
        self.rejected_box.setEnabled(not public)
        self.negotiation_box.setEnabled(not public)

    def options(self) -> tuple[Any, bool]:
        from lip_desktop.export.word import DraftOptions  # noqa: PLC0415

        return DraftOptions(
            field_code=self.field.currentData(),
            include_rejected=self.rejected_box.isChecked(),
            include_negotiation=self.negotiation_box.isChecked(),
            public=self.public.isChecked(),
        ), self.raise_version.isChecked()


def show_warnings(window: Any, title: str, warnings: Sequence[str]) -> None:
    """An export's warnings (``ExportResult.warnings``: removed characters, cut cells),
    shown after the file was written, the first 40 of them."""
    if not warnings:
        return
    shown = list(warnings[:40])
    if len(warnings) > 40:
        shown.append(QCoreApplication.translate("MainWindow", "… und %1 weitere").replace(
            "%1", str(len(warnings) - 40)))
    dialogs.warn(window, title, "\n".join(shown))


def choose_target(window: Any, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
    folder = Path(Settings().export_folder)
    path = dialogs.save_file(window, title, str(folder / name), file_filter)
    if path is None:
        return None
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def export_word(
    window: Any, hub: CatalogueHub, options: Any = None, raise_version: bool = False
) -> None:
    """Export the Word draft; without ``options`` the options dialog asks (modal)."""
    from lip_desktop.export.word import (  # noqa: PLC0415
        build_draft,
        draft_file_name,
        verify_draft,
    )

    if options is None:
        dialog = WordOptionsDialog(hub, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options, raise_version = dialog.options()
    catalogue = hub.catalogue

    def read(progress: Progress) -> Any:
        # At 21,000 measures reading the catalogue takes seconds: in the worker, not on
        # the GUI thread; the questions (outdated terms, where to save) come after it.
        doc = queries.export_document(catalogue)
        findings = term_findings(doc)
        checkpoint(progress, 1, 1)  # "Abbrechen" while reading: no questions, no draft
        return doc, findings

    def build(read_back: Any) -> None:
        doc, findings = read_back
        if findings:
            lines = "\n".join(f"{f.record}: {f.message}" for f in findings[:30])
            question = QCoreApplication.translate(
                "MainWindow",
                "Im Text stehen %1 veraltete Begriffe (der Text wird nicht verändert):",
            ).replace("%1", str(len(findings)))
            if not dialogs.ask(
                window,
                QCoreApplication.translate("MainWindow", "Begriffsbericht"),
                f"{question}\n\n{lines}\n\n"
                + QCoreApplication.translate("MainWindow", "Trotzdem exportieren?"),
            ):
                return
        version = doc["catalogue"].get("draft_version", 0) + (1 if raise_version else 0)
        doc["catalogue"]["draft_version"] = version
        name = draft_file_name(hub.catalogue.base_name, version)
        path = choose_target(
            window,
            QCoreApplication.translate("MainWindow", "Word-Entwurf speichern"),
            name,
            DOCX_FILTER,
            ".docx",
        )
        if path is None:
            return
        protected = protected_paths(window)

        def work(progress: Progress) -> Written:
            # Reading the draft back and writing it take seconds on a large catalogue: here
            # in the worker, with the same bar and the same cancel, not on the GUI thread.
            result = build_draft(doc, options, progress=share(progress, 0, 75))
            verify_draft(result.data, progress=share(progress, 75, 20))
            return write_in_worker(result, path, already_verified, protected,
                                   share(progress, 95, 5))

        def done(written: Written) -> None:
            after_writing(window, written, already_verified, DOCX_FILTER, finished)

        def finished(written: Written) -> None:
            result = written.result
            if raise_version:
                hub.run_without_undo(
                    lambda s: s.structure.update_catalogue(draft_version=version))
            show_warnings(window, QCoreApplication.translate(
                "MainWindow", "Word-Entwurf: Hinweise"), result.warnings)
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Word-Entwurf geschrieben: %1").replace(
                    "%1", str(written.path)
                ),
                8000,
            )

        window.runner.start(
            QCoreApplication.translate("MainWindow", "Word-Entwurf wird erstellt …"), work, done
        )

    window.runner.start(
        QCoreApplication.translate("MainWindow", "Katalog wird gelesen …"), read, build)


def export_minutes(window: Any, hub: CatalogueHub, session_id: str) -> None:
    """Export the minutes of a session as Word.

    Only the session itself is read here, for the suggested file name (one row); the
    minutes' sources (the whole catalogue: seconds at 21,000 measures) are gathered,
    built, read back and written in the background. Unknown session: the error says so.
    """
    from lip_desktop.export.minutes import (  # noqa: PLC0415
        gather_minutes,
        minutes_file_name,
        verify_minutes,
    )

    try:
        meeting = hub.service.meetings.get_meeting(session_id)
    except LipError as error:
        dialogs.show_error(window, error)
        return
    name = minutes_file_name({"sessions": [{"id": session_id, "title": meeting.title,
                                            "starts_at": meeting.starts_at}]}, session_id)
    path = choose_target(
        window,
        QCoreApplication.translate("MainWindow", "Protokoll speichern"),
        name,
        DOCX_FILTER,
        ".docx",
    )
    if path is None:
        return
    service, protected = hub.service, protected_paths(window)

    def work(progress: Progress) -> Written:
        sources = gather_minutes(service, session_id)
        result = sources.build(progress=share(progress, 0, 80))
        return write_in_worker(result, path, verify_minutes, protected,
                               share(progress, 80, 20))

    def done(written: Written) -> None:
        after_writing(window, written, verify_minutes, DOCX_FILTER, finished)

    def finished(written: Written) -> None:
        show_warnings(window, QCoreApplication.translate("MainWindow", "Protokoll: Hinweise"),
                      written.result.warnings)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Protokoll geschrieben: %1").replace(
                "%1", str(written.path)
            ),
            8000,
        )

    window.runner.start(
        QCoreApplication.translate("MainWindow", "Protokoll wird erstellt …"), work, done
    )


def export_excel(window: Any, hub: CatalogueHub) -> None:
    catalogue = hub.catalogue
    name = f"{catalogue.base_name} – Maßnahmenliste.xlsx"
    path = choose_target(
        window,
        QCoreApplication.translate("MainWindow", "Maßnahmenliste speichern"),
        name,
        XLSX_FILTER,
        ".xlsx",
    )
    if path is None:
        return
    protected = protected_paths(window)

    def work(progress: Progress) -> Written:
        # reading the catalogue, reading the list back and writing it take seconds at
        # 21,000 measures: all here in the worker, not on the GUI thread; so does
        # importing openpyxl (a quarter second, bench/bench_responsiveness.py)
        from lip_desktop.export.excel import (  # noqa: PLC0415
            build_measure_list,
            verify_measure_list,
        )

        with released(queries.export_document(catalogue)) as doc:  # not one cascade
            result = build_measure_list(doc, progress=share(progress, 0, 90))
        verify_measure_list(result.data)
        return write_in_worker(result, path, already_verified, protected,
                               share(progress, 95, 5))

    def done(written: Written) -> None:
        after_writing(window, written, already_verified, XLSX_FILTER, finished)

    def finished(written: Written) -> None:
        show_warnings(
            window, QCoreApplication.translate("MainWindow", "Maßnahmenliste: Hinweise"),
            written.result.warnings)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Maßnahmenliste geschrieben: %1").replace(
                "%1", str(written.path)
            ),
            8000,
        )

    window.runner.start(
        QCoreApplication.translate("MainWindow", "Maßnahmenliste wird erstellt …"), work, done
    )


def import_review(window: Any, hub: CatalogueHub) -> None:
    path = dialogs.open_file(
        window,
        QCoreApplication.translate("MainWindow", "Überarbeiteten Word-Entwurf wählen"),
        Settings().export_folder,
        DOCX_FILTER,
    )
    if path is None:
        return

    def work(progress: Progress) -> Any:
        # the reader's modules (python-docx) are imported here too, not on the GUI thread
        from lip_desktop.export.files import read_office_file  # noqa: PLC0415
        from lip_desktop.export.review import read_reviewed_draft  # noqa: PLC0415

        # the walk over the body reports and asks: "Abbrechen" stops the reading there
        draft = read_reviewed_draft(read_office_file(path, "Word"), str(path),
                                    share(progress, 0, 90))
        checkpoint(progress, 90, 100)  # and before anything is imported
        return hub.service.proposals.import_reviewed_draft(draft)

    def done(outcome: Any) -> None:
        hub.broadcast(outcome.changes)
        comments, proposals = outcome.value
        text = "\n\n".join((comments.summary(), proposals.summary(), *proposals.warnings))
        dialogs.inform(
            window,
            QCoreApplication.translate("MainWindow", "Überarbeiteter Entwurf eingelesen"),
            text,
        )
        if proposals.added and hasattr(window, "show_proposals"):
            window.show_proposals()

    window.runner.start(
        QCoreApplication.translate("MainWindow", "Kommentare werden gelesen …"), work, done
    )


def import_decisions(window: Any, hub: CatalogueHub) -> None:
    """Read a returned measure list and apply it, all or nothing, matched by record id.

    When the only problems are measures renumbered or retitled since the export, the
    rows are shown (list code and title beside today's) and the user confirms them
    explicitly; anything else (another catalogue, a deleted measure) is refused.
    """
    from lip_desktop.model.errors import InterchangeError  # noqa: PLC0415
    from lip_desktop.model.steering import only_changed_rows  # noqa: PLC0415

    path = dialogs.open_file(
        window,
        QCoreApplication.translate("MainWindow", "Maßnahmenliste der Lenkungsgruppe wählen"),
        Settings().export_folder,
        XLSX_FILTER,
    )
    if path is None:
        return

    def start(accept_changed: bool) -> None:
        def work(progress: Progress) -> Any:
            # openpyxl is imported here, not on the GUI thread (a quarter second)
            from lip_desktop.export.decisions import read_decisions  # noqa: PLC0415
            from lip_desktop.export.files import read_office_file  # noqa: PLC0415

            rows = read_decisions(read_office_file(path, "Excel"), str(path))
            checkpoint(progress, 1, 2)  # "Abbrechen" while reading: nothing applied
            try:
                return len(rows), hub.service.review.apply_steering_decisions(
                    rows, accept_changed=accept_changed)
            except InterchangeError as error:
                if accept_changed or not only_changed_rows(error):
                    raise
                # without its traceback: its frames hold every row of the list and the
                # error itself, a cycle left to a collector pass on the GUI thread
                return len(rows), error.with_traceback(None)

        window.runner.start(
            QCoreApplication.translate("MainWindow", "Voten werden gelesen …"), work, done
        )

    def done(result: Any) -> None:
        count, outcome = result
        if isinstance(outcome, InterchangeError):
            lines = "\n".join(f"– {p.message}" for p in outcome.problems[:30])
            if dialogs.ask(
                window,
                QCoreApplication.translate("MainWindow", "Maßnahmen seit dem Export geändert"),
                QCoreApplication.translate(
                    "MainWindow",
                    "Diese Maßnahmen wurden seit dem Export umnummeriert oder umbenannt:",
                )
                + f"\n\n{lines}\n\n"
                + QCoreApplication.translate(
                    "MainWindow", "Die Voten trotzdem diesen Maßnahmen zuordnen?"
                ),
            ):
                start(True)
            return
        hub.broadcast(outcome.changes)
        dialogs.inform(
            window,
            QCoreApplication.translate("MainWindow", "Voten übernommen"),
            QCoreApplication.translate("MainWindow", "%1 Zeilen gelesen, %2 Maßnahmen geändert.")
            .replace("%1", str(count))
            .replace("%2", str(outcome.value)),
        )

    start(False)
