"""A new user opens a damaged catalogue: the app names the right backup and restores it.

Driven with real mouse clicks: on the welcome page's "Katalog öffnen" button and on the
"Yes" button of the real question box (not a replaced ``dialogs.ask``), so the text the
user reads is the text checked. Two catalogues called ``plan.lip`` share one id; the
other one's backups are newer: the offer must still be this file's backup.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from support import create_from

from lip_desktop.model import defaults
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.services import CatalogueService
from lip_desktop.ui import dialogs
from lip_desktop.ui.main_window import MainWindow

#: The real message boxes (the autouse ``answers`` fixture replaces them in other tests).
REAL = {name: getattr(dialogs, name) for name in ("ask", "inform", "warn", "show_error")}


def _two_catalogues(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "gruppe-a" / "plan.lip"
    b = tmp_path / "gruppe-b" / "plan.lip"
    a.parent.mkdir()
    b.parent.mkdir()
    cat = create_from(a, defaults.new_catalogue_document("Katalog Bildung"))
    service = CatalogueService(cat)
    field = service.structure.add_action_field("Gesundheit").value
    goal = service.structure.add_goal(field.id, "Gesund aufwachsen").value
    for n in range(3):
        service.structure.add_measure(goal.id, f"Maßnahme {n}")
    cat.close()  # a close backup of A
    b.write_bytes(a.read_bytes())
    with Catalogue.open(b) as other:
        CatalogueService(other).structure.update_catalogue(title="Katalog Sport")
    return a, b


class BoxClicker:
    """Answers every real message box with a mouse click, remembering its text."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.seen.append(widget.text())
                button = (widget.button(QMessageBox.StandardButton.Yes)
                          or widget.button(QMessageBox.StandardButton.Ok))
                assert button is not None
                self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_damaged_catalogue_offers_its_own_backup_with_date_and_title_and_restores_it(
        qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    a, _b = _two_catalogues(tmp_path)
    damaged = os.urandom(a.stat().st_size)  # nothing of it readable, not even the id
    a.write_bytes(damaged)
    monkeypatch.setattr(dialogs, "open_file", lambda *_args, **_kw: a)
    for name, real in REAL.items():
        monkeypatch.setattr(dialogs, name, real)

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    clicker = BoxClicker(qtbot)
    qtbot.mouseClick(window.welcome.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.hub is not None, timeout=10_000)
    clicker.timer.stop()

    offer = clicker.seen[0]
    assert "„plan.lip“ ist beschädigt" in offer
    assert "Die neueste gültige Sicherung vom" in offer and "Uhr wiederherstellen?" in offer
    assert "„Katalog Bildung“ (3 Maßnahmen, 1 Ziel, 0 Sitzungen)" in offer
    assert "Katalog Sport" not in offer
    assert str(a) in offer
    assert window.hub is not None
    assert window.hub.service.structure.catalogue_info().title == "Katalog Bildung"
    assert "Katalog Bildung" in window.windowTitle()
    kept = list(a.parent.glob("plan_ersetzt_*.lip"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    window.close()
