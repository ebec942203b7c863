""""Abbrechen" during an import that reads its file in one piece stops it before anything
is applied (it used to hide the dialog only, and the import went on); the status bar
says so and the catalogue is unchanged."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from lip_desktop.model import interchange, queries
from lip_desktop.ui.main_window import MainWindow


def press_abbrechen(window: MainWindow, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=10_000)
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Abbrechen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class Held:
    """A job's step held until ``go_on`` is set (a large file, a long check): ``reached``
    tells the test the job is inside it, where the user presses "Abbrechen"."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> None:
        self.reached, self.go_on = threading.Event(), threading.Event()
        real = getattr(owner, name)

        def held(*args: Any, **kwargs: Any) -> Any:
            self.reached.set()
            self.go_on.wait(20)
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)


@pytest.mark.parametrize("held", ["read_json", "plan_import"])
def test_abbrechen_during_the_json_import_writes_nothing(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, held: str) -> None:
    """While the file is read (``read_json``), or while its records are checked against
    the catalogue inside the import's transaction (``plan_import``), the user presses
    "Abbrechen": the import stops before it writes."""
    hub = window.hub
    assert hub is not None
    doc = queries.export_document(hub.catalogue)
    measure = doc["measures"][0]
    measure["title"] = "Neuer Titel aus der Datei"
    source = tmp_path / "kopie.json"
    source.write_text(interchange.dumps(doc), encoding="utf-8")
    step = Held(monkeypatch, interchange, held)
    answers.files.append(source)
    window.act_import_json.trigger()
    qtbot.waitUntil(step.reached.is_set, timeout=10_000)
    press_abbrechen(window, qtbot)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        step.go_on.set()
    assert "Abgebrochen" in window.statusBar().currentMessage()
    titles = {m["id"]: m["title"] for m in queries.export_document(hub.catalogue)["measures"]}
    assert titles[measure["id"]] != "Neuer Titel aus der Datei"
    assert not any(title == "Austauschdatei einlesen" for title, _ in answers.shown)
    # the same file without "Abbrechen" goes in: the stop was the button, not the file
    answers.files.append(source)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_import_json.trigger()
        step.go_on.set()
    titles = {m["id"]: m["title"] for m in queries.export_document(hub.catalogue)["measures"]}
    assert titles[measure["id"]] == "Neuer Titel aus der Datei"


def test_abbrechen_while_the_catalogue_is_checked_shows_no_report(
        window: MainWindow, qtbot: Any, answers: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from lip_desktop.model import checks

    step = Held(monkeypatch, checks, "check_catalogue")
    window.act_check.trigger()
    qtbot.waitUntil(step.reached.is_set, timeout=10_000)
    press_abbrechen(window, qtbot)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        step.go_on.set()
    assert "Abgebrochen" in window.statusBar().currentMessage()
    assert not any(title == "Prüfung des Katalogs" for title, _ in answers.shown)


def test_abbrechen_while_the_word_draft_reads_the_catalogue_writes_nothing(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lip_desktop.export.word import DraftOptions
    from lip_desktop.ui.office import export_word

    step = Held(monkeypatch, queries, "export_document")
    target = tmp_path / "Entwurf.docx"
    answers.files.append(target)
    assert window.hub is not None
    export_word(window, window.hub, options=DraftOptions())
    qtbot.waitUntil(step.reached.is_set, timeout=10_000)
    press_abbrechen(window, qtbot)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        step.go_on.set()
    assert "Abgebrochen" in window.statusBar().currentMessage()
    window.runner.wait()
    assert answers.files == [target]  # the file dialog was never shown
    assert not target.exists()
