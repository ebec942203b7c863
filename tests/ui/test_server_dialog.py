"""Datei → Mit Server verbinden …: a server catalogue opened in the window, typed as a user
would, with passwords asked, kept in a (test) credential store, and never written to a file.

Runs against the session's PostgreSQL test server (``pg_cluster``: skipped without one,
failed on CI). The credential store is always replaced here: an in-memory backend, or
keyring's "no store" backend, never the machine's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from sqlalchemy.engine import URL
from support import MemoryKeyring, address, create_from

from lip_desktop import cli
from lip_desktop.model import connections, demo
from lip_desktop.ui import crash, dialogs
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.server_dialog import ServerDialog
from lip_desktop.ui.welcome import WelcomePage

PASSWORD = "Sesam-0815"




@pytest.fixture(autouse=True)
def no_store() -> Iterator[None]:
    """No credential store unless a test sets one (never the machine's own)."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def store() -> MemoryKeyring:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    return memory


@pytest.fixture(scope="module")
def served(pg_cluster: Any) -> Iterator[URL]:
    """A demo catalogue on the test server (opened, never changed, by each test)."""
    url = pg_cluster.new_database()
    create_from(address(url), demo.demo_catalogue()).close()  # type: ignore[arg-type]
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture
def password_url(pg_cluster: Any, served: URL) -> URL:
    """The demo catalogue's address for a login the server asks a password of."""
    if not pg_cluster.password_logins:
        pytest.skip("password logins need the local test cluster")
    login = pg_cluster.password_login("lip_connect_pw", PASSWORD)
    return login.set(database=served.database)


@pytest.fixture
def window(qtbot: Any) -> Iterator[MainWindow]:
    w = MainWindow()
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
    yield w
    w.runner.wait()
    w.close()


class PasswordTyper:
    """Answers the password dialog when it comes up, typing like a user: each answer
    is typed and confirmed with Enter; with no answer left the dialog is cancelled."""

    def __init__(self, qtbot: Any, answers: list[str]) -> None:
        self.qtbot = qtbot
        self.answers = list(answers)
        self.asked: list[str] = []  # the dialog's label each time it was shown
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QInputDialog) or modal.objectName() != "passwordDialog":
            return
        self.asked.append(modal.labelText())
        edit = modal.findChild(QLineEdit)
        assert edit is not None and edit.echoMode() == QLineEdit.EchoMode.Password
        if self.answers:
            self.qtbot.keyClicks(edit, self.answers.pop(0))
            self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        else:
            self.qtbot.keyClick(edit, Qt.Key.Key_Escape)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def typer(qtbot: Any) -> Iterator[PasswordTyper]:
    made = PasswordTyper(qtbot, [])
    yield made
    made.stop()


def open_dialog(window: MainWindow, qtbot: Any) -> ServerDialog:
    window.act_connect.trigger()
    dialog = window.findChild(ServerDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    handle = dialog.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def fill(dialog: ServerDialog, qtbot: Any, url: URL, name: str = "Rathaus") -> None:
    """The fields typed one after another, moving on with Tab as a user does."""
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.host_edit, str(url.host))
    qtbot.keyClick(dialog.host_edit, Qt.Key.Key_Tab)
    assert dialog.port_edit.hasFocus()
    qtbot.keyClick(dialog.port_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.port_edit, str(url.port))
    qtbot.keyClick(dialog.port_edit, Qt.Key.Key_Tab)
    assert dialog.database_edit.hasFocus()
    qtbot.keyClicks(dialog.database_edit, str(url.database))
    qtbot.keyClick(dialog.database_edit, Qt.Key.Key_Tab)
    assert dialog.login_edit.hasFocus()
    qtbot.keyClicks(dialog.login_edit, str(url.username))


def wait_done(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.server_connector().sig_attempt_finished, timeout=20_000):
        pass


def connect_by_dialog(window: MainWindow, qtbot: Any, url: URL, *,
                      remember: bool = False) -> None:
    dialog = open_dialog(window, qtbot)
    fill(dialog, qtbot, url)
    if remember:
        qtbot.mouseClick(dialog.remember_box, Qt.MouseButton.LeftButton)
        assert dialog.remember_box.isChecked()
    with qtbot.waitSignal(window.server_connector().sig_attempt_finished, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def tree_rows(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def settings_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in folder.rglob("*") if p.is_file())


# --- the dialog -------------------------------------------------------------------------


def test_a_connection_typed_into_the_dialog_opens_the_server_catalogue(
        window: MainWindow, qtbot: Any, served: URL, answers: Any,
        qt_settings: Path) -> None:
    connect_by_dialog(window, qtbot, served)
    assert window.hub is not None, answers.texts()
    assert "BIL Bildung" in tree_rows(window)
    assert window.hub.catalogue.server is not None
    # The title and the suggested file names show the database's name.
    assert str(served.database) in window.windowTitle()
    shown = address(served)
    assert window.settings.recent[0] == shown
    saved = window.settings.server_connections
    assert [(c.name, c.host, c.port, c.database, c.login) for c in saved] == [
        ("Rathaus", served.host, served.port, served.database, served.username)]
    suggested: list[str] = []
    window_save = dialogs.save_file

    def record(_parent: Any, _title: str, suggestion: str = "", *_a: Any) -> None:
        suggested.append(suggestion)

    dialogs.save_file = record  # type: ignore[assignment]
    try:
        window.export_json()
    finally:
        dialogs.save_file = window_save
    assert suggested and Path(suggested[0]).name == f"{served.database}.json"
    # Backups: the database's job, said in German, with the way to a copy.
    answers.yes = False
    window.show_backups()
    assert "Sache der Datenbank" in answers.shown[-1][1]
    assert "Austauschdatei" in answers.shown[-1][1]


def test_a_saved_connection_is_chosen_from_the_list_with_the_keyboard(
        window: MainWindow, qtbot: Any, served: URL, answers: Any) -> None:
    connect_by_dialog(window, qtbot, served)
    assert window.close_catalogue() and window.hub is None
    dialog = open_dialog(window, qtbot)
    assert dialog.saved_list.hasFocus() and dialog.saved_list.count() == 1
    assert dialog.database_edit.text() == served.database
    with qtbot.waitSignal(window.server_connector().sig_attempt_finished, timeout=20_000):
        qtbot.keyClick(dialog.saved_list, Qt.Key.Key_Return)
    assert window.hub is not None, answers.texts()


def test_a_missing_field_is_named_and_nothing_is_saved(
        window: MainWindow, qtbot: Any, served: URL, answers: Any) -> None:
    dialog = open_dialog(window, qtbot)
    fill(dialog, qtbot, served.set(username=""))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "„Anmeldename“" in answers.shown[-1][1]
    assert dialog.isVisible() and window.settings.server_connections == []
    dialog.reject()


def test_return_in_a_field_connects_and_never_cancels(
        window: MainWindow, qtbot: Any, served: URL, answers: Any) -> None:
    dialog = open_dialog(window, qtbot)
    fill(dialog, qtbot, served.set(username=""))
    qtbot.keyClick(dialog.database_edit, Qt.Key.Key_Return)
    assert answers.shown and "„Anmeldename“" in answers.shown[-1][1]
    assert dialog.isVisible()
    dialog.reject()


def test_without_a_credential_store_the_checkbox_is_off_and_says_why(
        window: MainWindow, qtbot: Any) -> None:
    dialog = open_dialog(window, qtbot)
    assert not dialog.remember_box.isEnabled()
    assert "bei jeder Verbindung abgefragt" in dialog.store_note.text()
    dialog.reject()


def test_with_a_credential_store_the_checkbox_can_be_ticked(
        window: MainWindow, qtbot: Any, store: MemoryKeyring) -> None:
    dialog = open_dialog(window, qtbot)
    assert dialog.remember_box.isEnabled() and dialog.store_note.isHidden()
    dialog.reject()


# --- passwords --------------------------------------------------------------------------


def test_a_password_is_asked_a_wrong_one_refused_in_german_the_right_one_opens(
        window: MainWindow, qtbot: Any, password_url: URL, answers: Any,
        typer: PasswordTyper, qt_settings: Path) -> None:
    typer.answers = ["falsch-123"]
    connect_by_dialog(window, qtbot, password_url)
    assert len(typer.asked) == 1 and "lip_connect_pw@" in typer.asked[0]
    assert window.hub is None
    assert "Passwort ist falsch" in answers.shown[-1][1]
    assert "falsch-123" not in answers.texts()
    # Again from the recent list's address: the same way, asked again.
    typer.answers = [PASSWORD]
    assert window.open_path(address(password_url))
    wait_done(window, qtbot)
    assert len(typer.asked) == 2
    assert window.hub is not None and "BIL Bildung" in tree_rows(window)
    assert window.settings.recent[0] == address(password_url)
    # Nothing was kept: no store here, and never a file of ours.
    assert PASSWORD not in settings_text(qt_settings)
    assert "falsch-123" not in settings_text(qt_settings)


def test_cancelling_the_password_opens_nothing_and_says_nothing(
        window: MainWindow, qtbot: Any, password_url: URL, answers: Any,
        typer: PasswordTyper) -> None:
    connect_by_dialog(window, qtbot, password_url)  # no answer: Escape
    assert len(typer.asked) == 1 and window.hub is None and answers.shown == []


def test_a_password_kept_in_the_credential_store_is_used_without_asking(
        window: MainWindow, qtbot: Any, password_url: URL, answers: Any,
        typer: PasswordTyper, store: MemoryKeyring, qt_settings: Path) -> None:
    typer.answers = [PASSWORD]
    connect_by_dialog(window, qtbot, password_url, remember=True)
    assert window.hub is not None, answers.texts()
    key = (connections.SERVICE,
           f"lip_connect_pw@{password_url.host}:{password_url.port}")
    assert store.kept == {key: PASSWORD}
    assert PASSWORD not in settings_text(qt_settings)
    assert window.close_catalogue()
    # Reopened from the recent list: the kept password serves, nobody is asked.
    assert window.open_path(window.settings.recent[0])
    wait_done(window, qtbot)
    assert window.hub is not None and len(typer.asked) == 1
    assert window.close_catalogue()
    # A kept password that became wrong is forgotten; the new one asked for is kept.
    store.kept[key] = "veraltet"
    typer.answers = [PASSWORD]
    assert window.open_path(window.settings.recent[0])
    wait_done(window, qtbot)
    assert window.hub is not None and len(typer.asked) == 2
    assert store.kept == {key: PASSWORD}


def test_a_password_is_not_kept_unless_the_box_is_ticked(
        window: MainWindow, qtbot: Any, password_url: URL, answers: Any,
        typer: PasswordTyper, store: MemoryKeyring) -> None:
    typer.answers = [PASSWORD]
    connect_by_dialog(window, qtbot, password_url)
    assert window.hub is not None, answers.texts()
    assert store.kept == {}


# --- the command line -------------------------------------------------------------------


def test_open_keeps_a_server_address_as_text() -> None:
    url = "postgresql://anna@db.example:5432/lip"
    for argv in (["open", url], cli.with_open_command([url])):
        assert cli._parser().parse_args(argv).paths == [url]
    assert cli._parser().parse_args(["open", "plan.lip"]).paths == [Path("plan.lip")]


def test_open_url_from_the_command_line_reaches_the_window(
        qtbot: Any, served: URL, monkeypatch: pytest.MonkeyPatch, fresh_log: Path) -> None:
    """The real start with ``lip-desktop URL`` (splash, window, the address opened in the
    background) up to the event loop, which is stood in for: a finished ``exec`` leaves
    offscreen Qt unable to activate windows for the tests after it."""
    monkeypatch.setattr(crash, "install", lambda window: None)
    monkeypatch.setattr(dialogs, "show_bug", dialogs.show_bug)
    seen: list[str] = []

    def event_loop(_app: Any) -> int:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.hub is not None, timeout=20_000)
        seen.append(window.windowTitle())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert cli.main([address(served)]) == 0
    assert seen and str(served.database) in seen[0]


# --- the welcome page -------------------------------------------------------------------


def test_the_welcome_page_connects_and_reopens_a_server_from_the_recent_list(
        window: MainWindow, qtbot: Any) -> None:
    qtbot.mouseClick(window.welcome.server_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ServerDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    # The recent list on its own page (not connected to a window: nothing is opened).
    page = WelcomePage()
    qtbot.addWidget(page)
    url = "postgresql://anna@127.0.0.1:5432/lip"
    page.set_recent([url, "/tmp/plan.lip"])
    view = page.recent_view
    with qtbot.waitSignal(page.sig_open_requested) as blocker:
        view.activated.emit(view.model().index(0, 0))
    assert blocker.args == [url]  # text: a path would fold the "//"
    with qtbot.waitSignal(page.sig_open_requested) as blocker:
        view.activated.emit(view.model().index(1, 0))
    assert blocker.args == [Path("/tmp/plan.lip")]


def test_the_dialog_names_its_controls_reads_in_order_and_fits_a_laptop(
        window: MainWindow, qtbot: Any, store: MemoryKeyring) -> None:
    from test_accessibility import check_window

    dialog = open_dialog(window, qtbot)
    assert check_window(dialog) == []
    hint = dialog.sizeHint()
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert hint.width() <= 1366 and hint.height() <= 700
    dialog.reject()


def test_ctrl_shift_o_opens_the_connection_dialog(window: MainWindow, qtbot: Any) -> None:
    """The keyboard way to a server catalogue, from the window (menu and welcome page
    have their own tests)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(ServerDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
