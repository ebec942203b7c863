"""Starting the desktop app: QApplication, translations, error routing, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from lip_desktop.model import appdirs, crashlog
from lip_desktop.ui import a11y, crash
from lip_desktop.ui.settings import Settings

DEMO_FILE_NAME = "Demo-Katalog.lip"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
SPLASH_BACKGROUND = QColor("#1f4e79")
SPLASH_TEXT = QColor("white")


def demo_path() -> Path:
    return appdirs.data_dir() / DEMO_FILE_NAME


def ensure_demo() -> Path:
    """The demo catalogue in the data folder, created on first use."""
    path = demo_path()
    if not path.exists():
        from lip_desktop.model import demo, interchange  # noqa: PLC0415
        from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

        appdirs.ensure_dir(path.parent)
        doc = demo.demo_catalogue()
        Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "")).close()
    return path


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """German is the source language; English loads our .qm. Qt's own dialogs follow."""
    loaded: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        loaded.append(qt_tr)
    if language != "de":
        ours = QTranslator(app)
        if ours.load(f"lip_desktop_{language}", str(TRANSLATIONS)):
            app.installTranslator(ours)
            loaded.append(ours)
    return loaded


def show_splash(app: QApplication) -> QLabel:
    """Something on screen at once, while the storage layer (SQLAlchemy) is imported.

    A plain frameless label, not ``QSplashScreen``: its ``show()`` waits up to a second
    for the window system to expose it (measured 1.0 s on the offscreen platform, the
    same on X11 without a compositor), and that second was most of the start-up time.
    """
    splash = QLabel(QApplication.translate("app", "LIP Desktop wird geöffnet …"), None,
                    Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setObjectName("splash")
    splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
    splash.setFixedSize(460, 120)
    # Colours by palette, not a style sheet: a style sheet puts a style-sheet style in
    # front of the widget's, parsed and polished before the first frame (about 2 ms).
    colours = splash.palette()
    colours.setColor(QPalette.ColorRole.Window, SPLASH_BACKGROUND)
    colours.setColor(QPalette.ColorRole.WindowText, SPLASH_TEXT)
    splash.setPalette(colours)
    splash.setAutoFillBackground(True)
    splash.show()
    app.processEvents()
    return splash


def run(path: Path | str | None = None, *, demo: bool = False, note: str | None = None,
        quit_after_ms: int | None = None) -> int:
    """Entry point of the GUI: a given catalogue, the demo, the last one, or welcome.

    ``note`` is shown in the status bar once the window is there (e.g. that only the
    first of several dropped catalogues was opened). ``quit_after_ms`` closes the window
    that long after the event loop started (the bundle's smoke test).
    """
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        print("Kein Bildschirm gefunden (DISPLAY ist nicht gesetzt). Das Programm braucht "
              "eine grafische Oberfläche.", file=sys.stderr)
        return 1
    # Before any window: a crash while the window is built is logged too (and a hard
    # crash lands in this run's crash file). Once the window is there, ``crash.install``
    # adds the bug dialog over it.
    crashlog.install()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("LIP Desktop")
    app.setApplicationName("LIP Desktop")
    settings = Settings()
    install_translations(app, settings.language)
    a11y.set_high_contrast(settings.high_contrast)
    splash = show_splash(app)
    from lip_desktop.ui.main_window import MainWindow  # noqa: PLC0415 - after the splash

    window = MainWindow()
    crash.install(window)
    window.show()
    splash.close()
    crash.offer_previous_crashes(window)
    if demo:
        window.open_demo()
    elif path is not None:
        window.open_path(path)  # a server address stays text (opened in the background)
    elif settings.last and Path(settings.last).exists():
        # Only a file is reopened by itself: a server (last used in the office) may be out
        # of reach in the room, and waiting for it or asking its password at every start
        # would be worse than one click in the recent list.
        window.open_path(Path(settings.last))
    if note:
        window.statusBar().showMessage(note, 20_000)
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
        QTimer.singleShot(quit_after_ms, app.quit)
    return int(app.exec())
