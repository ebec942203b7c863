"""Starting the desktop app: QApplication, error routing, the main window.

The workspace issue fills the main window; this module owns start-up, opening a
catalogue (with the German messages for every known problem), the backup timer and a
clean close that backs up and releases the writer lock.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from lip_desktop import crashlog
from lip_desktop.model import appdirs
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import LipError

#: Replaced in tests: modal dialogs block offscreen runs forever.
Notifier = Callable[[QWidget | None, str, str], None]


def _message_box(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


notify: Notifier = _message_box

DEMO_FILE_NAME = "Demo-Katalog.lip"


def demo_path() -> Path:
    return appdirs.data_dir() / DEMO_FILE_NAME


def ensure_demo() -> Path:
    """The demo catalogue in the data folder, created on first use."""
    path = demo_path()
    if not path.exists():
        from lip_desktop.model import demo, interchange  # noqa: PLC0415

        appdirs.ensure_dir(path.parent)
        doc = demo.demo_catalogue()
        Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "")
                         and None).close()
    return path


class MainWindow(QMainWindow):
    """The catalogue window. Owns the open catalogue and closes it on exit."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.setObjectName("mainWindow")
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60_000)
        self._backup_timer.timeout.connect(self.on_backup_timer_timeout)
        self._backup_timer.start()
        self._build()

    def _build(self) -> None:
        from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

        info = CatalogueService(self.catalogue).catalogue_info()
        self.setWindowTitle(self.tr("%1 – LIP Desktop").replace("%1", info.title))
        with self.catalogue.read() as conn:
            counts = {
                name: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for name, table in (("fields", "action_field"), ("goals", "goal"),
                                    ("measures", "measure"), ("sessions", "meeting"))
            }
        text = self.tr(
            "<h2>%1</h2><p>%2 · %3</p>"
            "<p>%4 Handlungsfelder · %5 Ziele · %6 Maßnahmen · %7 Sitzungen</p>"
            "<p>Datei: %8</p>")
        for n, value in enumerate((info.title, info.city, info.process, counts["fields"],
                                   counts["goals"], counts["measures"], counts["sessions"],
                                   str(self.catalogue.path)), start=1):
            text = text.replace(f"%{n}", str(value))
        label = QLabel(text)
        label.setObjectName("overview")
        label.setWordWrap(True)
        label.setMargin(24)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setAccessibleName(self.tr("Übersicht des Katalogs"))
        self.setCentralWidget(label)
        self.resize(900, 600)

    def on_backup_timer_timeout(self) -> None:
        try:
            self.catalogue.backup_if_due()
        except LipError as exc:
            self.statusBar().showMessage(exc.message, 10_000)

    def closeEvent(self, event: object) -> None:
        self._backup_timer.stop()
        try:
            self.catalogue.close()
        except LipError as exc:
            notify(self, self.tr("Sicherung beim Schließen"), exc.message)
        super().closeEvent(event)  # type: ignore[arg-type]


def open_catalogue_window(path: Path) -> MainWindow | None:
    """Open ``path`` in a window, or tell the user in German why not."""
    try:
        cat = Catalogue.open(path)
    except LipError as exc:
        notify(None, "Katalog öffnen", exc.message)
        return None
    window = MainWindow(cat)
    if cat.info.storage_warning:
        notify(window, "Speicherort", cat.info.storage_warning)
    QSettings().setValue("recent/last", str(cat.path))
    return window


def run(path: Path | None = None, *, demo: bool = False) -> int:
    """Entry point of the GUI. Without a path: the last catalogue, else the demo."""
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        print("Kein Bildschirm gefunden (DISPLAY ist nicht gesetzt). Das Programm braucht "
              "eine grafische Oberfläche.", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("LIP Desktop")
    app.setApplicationName("LIP Desktop")

    def show_bug(exc: BaseException, log: Path) -> None:
        notify(None, "Unerwarteter Fehler",
               f"Ein unerwarteter Fehler ist aufgetreten ({type(exc).__name__}). "
               f"Ihre bestätigten Eingaben sind gespeichert. Details: {log}")

    crashlog.install(show_bug)
    if path is None and not demo:
        last = QSettings().value("recent/last", "")
        if isinstance(last, str) and last and Path(last).exists():
            path = Path(last)
    if path is None:
        try:
            path = ensure_demo()
        except LipError as exc:
            notify(None, "Demo-Katalog", exc.message)
            return 1
    window = open_catalogue_window(path)
    if window is None:
        return 1
    window.show()
    return int(app.exec())
