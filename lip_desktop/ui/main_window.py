"""The main window: welcome page or the workspace of one open catalogue.

The window owns the open catalogue's hub and builds the workspace on it: navigation tree
and editor, the measure list, people and groups, open comments, the search panel and the
side panel with history and comments. Every action is a menu entry with a shortcut; the
edits go through ``hub.run_undoable`` so that they are committed at once and undoable.

Opening a catalogue *file* paints its navigation tree from a first look at the file
(``model/first_look.py``: stdlib ``sqlite3``, no SQLAlchemy) and opens it properly
(``Catalogue.open``: quick_check, engine, open backup) on the loading thread right after
the paint (``ui/startup.py``). Until that open has succeeded ``hub`` is not there for the
window's own code (every catalogue action stays disabled, the tree accepts no drop);
asking ``window.hub`` from outside waits for the open. A failed open takes the workspace
down again and reports like an open before the paint did (the damaged-file offer,
German refusals). Files the first look does not vouch for, and server addresses, take
the full open before anything is painted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from lip_desktop.model import enums, first_look
from lip_desktop.model.errors import CatalogueOpenError, LipError
from lip_desktop.model.files import atomic_write
from lip_desktop.model.location import is_server_address
from lip_desktop.ui import a11y, dialogs, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.navigation_view import NavigationTreeView
from lip_desktop.ui.roles import RecordIdRole, RecordTypeRole
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.startup import WorkspaceLoader
from lip_desktop.ui.tree_model import COL_STATUS, COL_STEERING, CatalogueTreeModel
from lip_desktop.ui.undo import redo_shortcuts
from lip_desktop.ui.welcome import WelcomePage
from lip_desktop.ui.worker import Progress, TaskRunner, checkpoint, share

if TYPE_CHECKING:
    from types import ModuleType

    from lip_desktop.model.catalogue import Catalogue, DamagedCatalogueError
    from lip_desktop.ui.live_refresh import LiveRefresh
    from lip_desktop.ui.session.clock import Clock
    from lip_desktop.ui.session.live import LiveSessionWindow

JSON_FILTER = dialogs.JSON_FILTER
DOCX_FILTER = dialogs.DOCX_FILTER
XLSX_FILTER = dialogs.XLSX_FILTER
#: Below this window width the two side docks share one column (laptops at 1366 px).
WIDE_WINDOW = 1600
#: Default width of a side dock: the editor form needs the rest.
DOCK_WIDTH = 230


class MainWindow(QMainWindow):
    #: A catalogue was opened (path) or closed (None) in this window.
    sig_catalogue_opened = Signal(object)
    #: The workspace of the opened catalogue is complete: the tree is painted first, the
    #: editor, panels and docks follow in idle time (``wait_loaded`` to have them now).
    sig_workspace_loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            a11y.install(app)  # every window and dialog gets named controls
        self.settings = Settings()
        self.runner = TaskRunner(self)
        self._hub: CatalogueHub | None = None
        #: A file painted from its first look whose full open has not been taken over yet.
        self._first_look: first_look.FirstLook | None = None
        self._server_connector: Any = None
        self.workspace: QWidget | None = None
        #: Others' changes to a server catalogue shown as they happen (None for a file).
        self.live_refresh: LiveRefresh | None = None
        self._loader: WorkspaceLoader | None = None
        #: Parts of the workspace built after the first paint (editor, panels, docks).
        self._parts: dict[str, Any] = {}
        #: A record chosen in the tree before the editor was there; shown once it is.
        self._pending_record: tuple[str, str | None] | None = None
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(60_000)
        self._backup_timer.timeout.connect(self.on_backup_timer_timeout)
        self.pages = QStackedWidget()
        self.welcome = WelcomePage()
        self.welcome.sig_open_requested.connect(self.open_path)
        self.welcome.sig_action_requested.connect(self.on_welcome_action_requested)
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)
        self._make_actions()
        self._make_menus()
        self._refresh_title()
        self._set_catalogue_actions_enabled(False)
        self.welcome.set_recent(self.settings.recent)
        geometry = self.settings.geometry("main")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self._fit_first_size()

    @property
    def hub(self) -> CatalogueHub | None:
        """The open catalogue's hub; while a file painted from its first look is still
        being opened, asking waits for the open (and its checks) to end."""
        if self._hub is None and self._first_look is not None:
            self._settle_first_look()
        return self._hub

    @hub.setter
    def hub(self, hub: CatalogueHub | None) -> None:
        self._hub = hub

    def _fit_first_size(self) -> None:
        """1280×800 at first start, but never larger than the screen: on the city's
        1366×768 laptops (minus taskbar and title bar) the bottom rows were cut off."""
        available = self.screen().availableGeometry()
        frame_allowance = 40  # title bar and borders the window manager adds
        self.resize(min(1280, available.width()),
                    min(800, available.height() - frame_allowance))
        if available.height() < 800 + frame_allowance or available.width() < 1280:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    # --- actions and menus -------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.act_new = a(
            self.tr("&Neuer Katalog …"), self.new_catalogue, QKeySequence.StandardKey.New
        )
        self.act_open = a(self.tr("Ö&ffnen …"), self.choose_and_open, QKeySequence.StandardKey.Open)
        self.act_connect = a(self.tr("M&it Server verbinden …"), self.connect_server,
                             "Ctrl+Shift+O")
        self.act_demo = a(self.tr("&Demo-Katalog öffnen"), self.open_demo)
        self.act_import_json = a(self.tr("Austauschdatei (JSON) &einlesen …"), self.import_json)
        self.act_export_json = a(self.tr("Austauschdatei (JSON) &schreiben …"), self.export_json)
        self.act_export_word = a(self.tr("&Word-Entwurf exportieren …"), self.export_word)
        self.act_export_excel = a(
            self.tr("&Maßnahmenliste (Excel) exportieren …"), self.export_excel
        )
        self.act_import_review = a(
            self.tr("Über&arbeiteten Entwurf einlesen …"), self.import_review
        )
        self.act_import_decisions = a(
            self.tr("&Voten der Lenkungsgruppe übernehmen …"), self.import_decisions
        )
        self.act_export_returns = a(self.tr("Abfra&ge an Fachbereiche …"), self.export_returns)
        self.act_import_returns = a(self.tr("&Rückläufe einlesen …"), self.import_returns)
        self.act_export_controlling = a(
            self.tr("Contro&llingbericht (Word) …"), self.export_controlling
        )
        self.act_merge = a(self.tr("Katalog zusammen&führen …"), self.merge_catalogue)
        self.act_offline_copy = a(self.tr("Offline-&Kopie für eine Sitzung …"),
                                  self.offline_copy)
        self.act_conflicts = a(self.tr("Kon&flikte"), self.show_conflicts, "Ctrl+6")
        self.act_proposals = a(self.tr("Änderungs&vorschläge"), self.show_proposals, "Ctrl+7")
        self.act_contributions = a(self.tr("Beiträge aus der &Beteiligung"),
                                   self.show_contributions, "Ctrl+8")
        self.act_import_contributions = a(self.tr("Be&teiligung einlesen …"),
                                          self.import_contributions)
        self.act_export_participation = a(self.tr("Bericht zur Bürgerbeteili&gung (Word) …"),
                                          self.export_participation)
        self.act_backups = a(self.tr("Si&cherungen …"), self.show_backups)
        self.act_settings = a(
            self.tr("&Einstellungen …"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        self.act_close = a(
            self.tr("Katalog s&chließen"), self.close_catalogue, QKeySequence.StandardKey.Close
        )
        self.act_quit = a(self.tr("&Beenden"), self.close, QKeySequence.StandardKey.Quit)
        self.act_find = a(self.tr("&Suchen"), self.focus_search, QKeySequence.StandardKey.Find)
        self.act_new_field = a(self.tr("Neues &Handlungsfeld"), self.add_action_field)
        self.act_new_section = a(self.tr("Neuer &Abschnitt im Strategieteil"), self.add_section)
        self.act_new_goal = a(self.tr("Neues &Ziel"), self.add_goal, "Ctrl+Shift+G")
        self.act_new_subgoal = a(self.tr("Neues &Teilziel"), self.add_subgoal, "Ctrl+Alt+G")
        self.act_new_measure = a(self.tr("Neue &Maßnahme"), self.add_measure, "Ctrl+Shift+M")
        self.act_duplicate = a(self.tr("&Duplizieren"), self.duplicate_selected, "Ctrl+D")
        self.act_delete = a(
            self.tr("&Löschen …"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.act_up = a(self.tr("Nach &oben"), lambda: self.move_selected(-1), "Alt+Up")
        self.act_down = a(self.tr("Nach &unten"), lambda: self.move_selected(+1), "Alt+Down")
        self.act_move_to = a(
            self.tr("Maßnahme zu anderem Ziel &verschieben …"),
            self.move_selected_to_goal,
            "Ctrl+Shift+V",
        )
        self.act_renumber = a(self.tr("Kennungen &neu vergeben …"), self.renumber)
        self.act_check = a(self.tr("Katalog &prüfen"), self.check_catalogue)
        self.act_glossary = a(self.tr("&Begriffe und Begriffsbericht …"), self.show_glossary)
        self.act_views: list[QAction] = []
        for n, name in enumerate(
            (
                self.tr("&Katalog"),
                self.tr("&Maßnahmenliste"),
                self.tr("&Personen und Gruppen"),
                self.tr("Offene &Kommentare"),
            )
        ):
            self.act_views.append(a(name, self._tab_switcher(n), f"Ctrl+{n + 1}"))
        self.act_about = a(self.tr("Ü&ber LIP Desktop"), self.about)
        self.act_plan_sessions = a(self.tr("Sitzungen &planen"), self.show_sessions, "Ctrl+5")
        self.act_resume_session = a(
            self.tr("&Laufende Sitzung öffnen"), self.on_resume_session_triggered
        )
        self.act_export_minutes = a(
            self.tr("&Protokoll der Sitzung (Word) …"), self.export_minutes
        )
        self.recent_menu = QMenu(self.tr("&Zuletzt geöffnet"), self)
        self.recent_menu.aboutToShow.connect(self.on_recent_menu_about_to_show)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None

    def _tab_switcher(self, n: int) -> Callable[[], None]:
        return lambda: self.show_tab(n)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        for item in (
            self.act_new,
            self.act_open,
            self.act_connect,
            self.recent_menu,
            self.act_demo,
            None,
            self.act_import_json,
            self.act_export_json,
            self.act_merge,
            self.act_offline_copy,
            None,
            self.act_export_word,
            self.act_import_review,
            self.act_export_excel,
            self.act_import_decisions,
            None,
            self.act_export_returns,
            self.act_import_returns,
            self.act_export_controlling,
            self.act_import_contributions,
            self.act_export_participation,
            None,
            self.act_backups,
            self.act_settings,
            None,
            self.act_close,
            self.act_quit,
        ):
            if item is None:
                file_menu.addSeparator()
            elif isinstance(item, QMenu):
                file_menu.addMenu(item)
            else:
                file_menu.addAction(item)
        self.edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        view_menu = bar.addMenu(self.tr("&Ansicht"))
        self.view_menu = view_menu
        for action in self.act_views:
            view_menu.addAction(action)
        view_menu.addAction(self.act_conflicts)
        view_menu.addAction(self.act_proposals)
        view_menu.addAction(self.act_contributions)
        view_menu.addSeparator()
        view_menu.addAction(self.act_glossary)
        view_menu.addAction(self.act_check)
        session_menu = bar.addMenu(self.tr("&Sitzung"))
        session_menu.addAction(self.act_plan_sessions)
        session_menu.addAction(self.act_resume_session)
        session_menu.addSeparator()
        session_menu.addAction(self.act_export_minutes)
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self.act_about)
        self._fill_edit_menu()

    def _fill_edit_menu(self) -> None:
        menu = self.edit_menu
        menu.clear()
        if self._hub is not None:
            self.undo_action = self._hub.undo_stack.createUndoAction(self, self.tr("Rückgängig"))
            self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
            self.redo_action = self._hub.undo_stack.createRedoAction(self, self.tr("Wiederholen"))
            self.redo_action.setShortcuts(redo_shortcuts())
            menu.addAction(self.undo_action)
            menu.addAction(self.redo_action)
            menu.addSeparator()
        for action in (
            self.act_find,
            None,
            self.act_new_goal,
            self.act_new_subgoal,
            self.act_new_measure,
            self.act_duplicate,
            self.act_delete,
            None,
            self.act_up,
            self.act_down,
            self.act_move_to,
            None,
            self.act_renumber,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)

    def _set_catalogue_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.act_import_json,
            self.act_export_json,
            self.act_merge,
            self.act_offline_copy,
            self.act_conflicts,
            self.act_proposals,
            self.act_contributions,
            self.act_import_contributions,
            self.act_export_participation,
            self.act_export_word,
            self.act_export_excel,
            self.act_import_review,
            self.act_import_decisions,
            self.act_export_returns,
            self.act_import_returns,
            self.act_export_controlling,
            self.act_backups,
            self.act_close,
            self.act_find,
            self.act_new_goal,
            self.act_new_subgoal,
            self.act_new_measure,
            self.act_duplicate,
            self.act_delete,
            self.act_up,
            self.act_down,
            self.act_move_to,
            self.act_renumber,
            self.act_check,
            self.act_glossary,
            *self.act_views,
            self.act_plan_sessions,
            self.act_resume_session,
            self.act_export_minutes,
        ):
            action.setEnabled(enabled)

    def _refresh_title(self) -> None:
        if self._hub is not None:
            from lip_desktop.model import queries  # noqa: PLC0415 - brings SQLAlchemy

            title = queries.catalogue_title(self._hub.catalogue)
            name = self._hub.catalogue.display_name
        elif self._first_look is not None:
            title, name = self._first_look.title, self._first_look.path.name
        else:
            self.setWindowTitle("LIP Desktop")
            return
        self.setWindowTitle(
            self.tr("%1 – %2 – LIP Desktop").replace("%1", title).replace("%2", name))

    # --- opening and closing -----------------------------------------------------------

    def open_path(self, path: Path | str) -> bool:
        """Open a catalogue in this window; known problems become German messages.

        A server address (``postgresql://…``, kept as text) is opened in the background
        (``connect_address``): the result then shows later, and True means "started"."""
        if isinstance(path, str) and is_server_address(path):
            return self.connect_address(path)
        path = Path(path)
        if self.hub is not None and not self.close_catalogue():
            return False
        look = first_look.take(path)
        if look is not None:
            self._show_first_look(look)
            return True
        from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

        try:
            catalogue = Catalogue.open(path, actor=self.settings.user_name)
        except LipError as error:
            self._report_open_error(path, error)
            return False
        return self.show_catalogue(catalogue)

    def _report_open_error(self, path: Path, error: LipError) -> None:
        """Why a catalogue did not open: a damaged file offers its backup, a missing one
        leaves the recent list, the rest is said in German."""
        from lip_desktop.model.catalogue import DamagedCatalogueError  # noqa: PLC0415

        if isinstance(error, DamagedCatalogueError):
            self._offer_restore(error)
            return
        if isinstance(error, CatalogueOpenError) and error.code == "file_not_found":
            self.settings.remove_recent(str(path))
            self.welcome.set_recent(self.settings.recent)
        dialogs.show_error(self, error, self.tr("Katalog öffnen"))

    def _show_first_look(self, look: first_look.FirstLook) -> None:
        """Paint the tree from the first look; the full open follows on the loading
        thread (``_take_over_opened`` is the loader's first step). Every catalogue
        action stays disabled meanwhile."""
        self._first_look = look
        actor = self.settings.chosen_user_name

        def opening() -> Catalogue:
            from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

            return Catalogue.open(look.path, actor=actor, lock=look.take_lock())

        self.workspace = self._build_workspace(None, look=look, opening=opening)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        # What only reads may be asked for at once (it waits for the open); edits wait.
        for action in (self.act_find, self.act_close, *self.act_views):
            action.setEnabled(True)
        self.act_new_field.setEnabled(False)
        self.act_new_section.setEnabled(False)
        self._refresh_title()
        self.tree.setFocus()

    def _settle_first_look(self) -> None:
        """A file painted from its first look: wait for its full open (or run it now)
        and take the result over, before its turn among the loader's steps."""
        if self._first_look is not None and self._loader is not None:
            self._loader.wait_opened()
            self._take_over_opened()

    def _take_over_opened(self) -> None:
        """The loader's first step for a file painted from its first look: the full
        open's result. A catalogue becomes the window's (hub, actions, messages as after
        an open before the paint); an error takes the workspace down and is reported."""
        look, self._first_look = self._first_look, None
        if look is None or self._loader is None:
            return
        opened = self._loader.opened
        look.close()  # releases the lock only if the open did not take it
        if isinstance(opened, BaseException):
            self._drop_workspace()
            if isinstance(opened, LipError):
                self._report_open_error(look.path, opened)
                return
            raise opened  # a bug, as it would have been from an open before the paint
        catalogue: Catalogue = opened  # type: ignore[assignment]
        self._attach(catalogue, built=True)
        self._tell_about_opening(catalogue)

    def show_catalogue(self, catalogue: Catalogue) -> bool:
        """Show an opened catalogue here (the current one is closed first) and tell what
        the user must know about it; False (and ``catalogue`` closed) when the current
        one cannot be closed."""
        if self.hub is not None and not self.close_catalogue():
            catalogue.close()
            return False
        self._attach(catalogue)
        self._tell_about_opening(catalogue)
        return True

    def _tell_about_opening(self, catalogue: Catalogue) -> None:
        """What the user must know about a catalogue just opened."""
        if catalogue.info.migrated_from is not None:
            dialogs.inform(
                self,
                self.tr("Katalog aktualisiert"),
                self.tr(
                    "Der Katalog wurde auf die aktuelle Version gebracht; vorher wurde eine "
                    "Sicherung angelegt."
                ),
            )
        if catalogue.info.storage_warning:
            dialogs.warn(self, self.tr("Speicherort"), catalogue.info.storage_warning)
        if catalogue.info.readonly_reason:
            dialogs.inform(self, self.tr("Nur zum Lesen geöffnet"), catalogue.info.readonly_reason)
        if catalogue.info.backup_warning:
            dialogs.warn(self, self.tr("Sicherung"), catalogue.info.backup_warning)

    def wait_loaded(self) -> None:
        """Build the parts of the workspace still waiting for idle time, now (tests, and
        whoever needs the editor or a panel at once)."""
        if self._loader is not None:
            self._loader.finish()

    @property
    def workspace_loaded(self) -> bool:
        return self._loader is None or self._loader.loaded

    def _part(self, name: str) -> Any:
        if name not in self._parts:
            self.wait_loaded()
        return self._parts[name]

    @property
    def editor(self) -> Any:
        return self._part("editor")

    @property
    def search(self) -> Any:
        return self._part("search")

    @property
    def side(self) -> Any:
        return self._part("side")

    @property
    def conflict_view(self) -> Any:
        return self._part("conflict_view")

    @property
    def conflict_dock(self) -> QDockWidget:
        dock: QDockWidget = self._part("conflict_dock")
        return dock

    @property
    def proposal_view(self) -> Any:
        return self._part("proposal_view")

    @property
    def proposal_dock(self) -> QDockWidget:
        dock: QDockWidget = self._part("proposal_dock")
        return dock

    @property
    def contribution_view(self) -> Any:
        return self._part("contribution_view")

    @property
    def contribution_dock(self) -> QDockWidget:
        dock: QDockWidget = self._part("contribution_dock")
        return dock

    def _offer_restore(self, error: DamagedCatalogueError) -> None:
        from lip_desktop.model.catalogue import restore  # noqa: PLC0415
        from lip_desktop.ui.backups_dialog import offer_restore_for_damaged  # noqa: PLC0415

        backup = offer_restore_for_damaged(self, error)
        if backup is None:
            return
        try:
            restore(error.path, backup)
        except LipError as problem:
            dialogs.show_error(self, problem)
            return
        self.open_path(error.path)

    def _attach(self, catalogue: Catalogue, *, built: bool = False) -> None:
        """Make ``catalogue`` the window's; ``built``: the workspace was painted from the
        first look already, its tree now reads through the hub."""
        hub = self._hub = CatalogueHub(catalogue, self)
        hub.error_parent = self
        hub.sig_status.connect(lambda text: self.statusBar().showMessage(text, 4000))
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        hub.sig_record_selected.connect(self.on_hub_record_selected)
        if built:
            self.tree_model.attach(hub)
        else:
            self.workspace = self._build_workspace(hub)
            self.pages.addWidget(self.workspace)
            self.pages.setCurrentWidget(self.workspace)
        self._fill_edit_menu()
        self._set_catalogue_actions_enabled(True)
        self.act_new_field.setEnabled(True)
        self.act_new_section.setEnabled(True)
        self.settings.add_recent(catalogue.location)
        self.welcome.set_recent(self.settings.recent)
        self._refresh_title()
        self._backup_timer.start()
        if catalogue.server is not None:
            # Lazy: the listener's driver import costs half a second, files need none.
            from lip_desktop.ui.live_refresh import LiveRefresh  # noqa: PLC0415

            self.live_refresh = LiveRefresh.start_for(hub, self)
        if not built:
            self.tree.setFocus()
        self._update_edit_actions()
        self.sig_catalogue_opened.emit(catalogue.path)

    def _after_opening(self) -> None:
        """The last part: what opening says beyond the tree (open conflicts, a session
        left running)."""
        if self.hub is None:
            return
        open_conflicts = self.hub.service.merge.open_count()
        if open_conflicts:
            # Unresolved conflicts are not forgotten: say so whenever the catalogue opens.
            text = (self.tr("1 offener Konflikt aus dem Zusammenführen – Ansicht → "
                            "Konflikte (Strg+6).") if open_conflicts == 1 else
                    self.tr("%1 offene Konflikte aus dem Zusammenführen – Ansicht → "
                            "Konflikte (Strg+6).").replace("%1", str(open_conflicts)))
            self.statusBar().showMessage(text, 30_000)
        self.resume_running_session()  # after a crash: back into the running session
        a11y.name_controls(self)  # the workspace is complete (a11y: named when active too)
        self.sig_workspace_loaded.emit()

    def close_catalogue(self) -> bool:
        self._settle_first_look()  # an open under way ends first (its lock, its checks)
        if self._hub is None:
            return True
        self.runner.wait()
        if self._loader is not None:
            self._loader.cancel()  # parts not built yet are not needed any more
            self._loader = None
        if self.workspace is not None:
            if "editor" in self._parts:
                self.editor.commit_pending()  # a field still being typed in is saved, too
            if "search" in self._parts:
                self.search.rebuild_timer.stop()
                self.search.wait_for_rebuild()
            if "sessions_view" in self._built_pages:
                self.sessions_view.close_live_windows()  # saves their notes first
        self._backup_timer.stop()
        if self.live_refresh is not None:
            self.live_refresh.stop()
            self.live_refresh.deleteLater()
            self.live_refresh = None
        hub, self._hub = self._hub, None
        self._drop_workspace()
        try:
            hub.catalogue.close()
        except LipError as error:
            dialogs.show_error(self, error, self.tr("Sicherung beim Schließen"))
        hub.deleteLater()
        self.sig_catalogue_opened.emit(None)
        return True

    def _drop_workspace(self) -> None:
        """Take the workspace down, back to the welcome page (closing, or a file painted
        from its first look whose full open failed)."""
        if self._loader is not None:
            self._loader.cancel()
            self._loader = None
        for dock in self.findChildren(QDockWidget):
            self.removeDockWidget(dock)
            dock.deleteLater()
        if self.workspace is not None:
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self._parts = {}
        self._pending_record = None
        self.pages.setCurrentWidget(self.welcome)
        self._fill_edit_menu()
        self._set_catalogue_actions_enabled(False)
        self._refresh_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_geometry("main", bytes(self.saveGeometry().data()))
        self.close_catalogue()
        super().closeEvent(event)

    def connect_server(self) -> None:
        """Datei → Mit Server verbinden …: choose a saved or new connection, then open it."""
        from lip_desktop.ui.server_dialog import ServerDialog  # noqa: PLC0415

        dialog = ServerDialog(self.settings, self)
        dialog.accepted.connect(lambda: self._connect_chosen(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _connect_chosen(self, dialog: Any) -> None:
        if dialog.chosen is not None:
            self.server_connector().open(dialog.chosen.address(),
                                         remember=dialog.remember_box.isChecked())

    def connect_address(self, text: str) -> bool:
        """Open the server catalogue at ``text`` (command line, recent list): the same
        password path as the dialog; False when the address itself is refused."""
        from lip_desktop.model.server import ServerAddress  # noqa: PLC0415

        try:
            address = ServerAddress.parse(text)
        except LipError as error:
            dialogs.show_error(self, error, self.tr("Katalog öffnen"))
            return False
        self.server_connector().open(address)
        return True

    def server_connector(self) -> Any:
        """The window's one ``ServerConnector`` (made on first use)."""
        from lip_desktop.ui.server_dialog import ServerConnector  # noqa: PLC0415

        if self._server_connector is None:
            self._server_connector = ServerConnector(
                self, self.runner, lambda: self.settings.user_name, self.show_catalogue)
        return self._server_connector

    def choose_and_open(self) -> None:
        path = dialogs.open_file(self, self.tr("Katalog öffnen"), self.settings.export_folder)
        if path is not None:
            self.open_path(path)

    def new_catalogue(self) -> None:
        path = dialogs.save_file(
            self,
            self.tr("Neuer Katalog"),
            str(Path(self.settings.export_folder) / "LIP-Katalog.lip"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".lip":
            path = path.with_suffix(".lip")
        from lip_desktop.model import defaults, interchange  # noqa: PLC0415
        from lip_desktop.model.catalogue import Catalogue  # noqa: PLC0415

        doc = defaults.new_catalogue_document()
        try:
            Catalogue.create(
                path, lambda s: interchange.import_into_new(s, doc, self.settings.user_name)
            ).close()
        except LipError as error:
            dialogs.show_error(self, error, self.tr("Neuer Katalog"))
            return
        self.open_path(path)

    def open_demo(self) -> None:
        from lip_desktop.ui.app import ensure_demo  # noqa: PLC0415 - app imports this module

        try:
            self.open_path(ensure_demo())
        except LipError as error:
            dialogs.show_error(self, error)

    def on_welcome_action_requested(self, action: str) -> None:
        {"new": self.new_catalogue, "open": self.choose_and_open, "demo": self.open_demo,
         "server": self.connect_server}[action]()

    def on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        for entry in self.settings.recent:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_path(p))
        if not self.settings.recent:
            self.recent_menu.addAction(self.tr("(keine)")).setEnabled(False)

    def on_backup_timer_timeout(self) -> None:
        if self.hub is None:
            return
        catalogue = self.hub.catalogue
        before = catalogue.backup_warning
        try:
            info = catalogue.backup_if_due()
        except LipError as error:
            self.statusBar().showMessage(error.message, 10_000)
            return
        if catalogue.backup_warning and catalogue.backup_warning != before:
            # A failed backup (full disk) must be seen, but editing goes on.
            self.statusBar().showMessage(catalogue.backup_warning, 30_000)
        if info is not None:
            self.statusBar().showMessage(self.tr("Sicherung angelegt."), 4000)

    # --- the workspace -----------------------------------------------------------------

    def _build_workspace(self, hub: CatalogueHub | None, *,
                         look: first_look.FirstLook | None = None,
                         opening: Callable[[], object] | None = None) -> QWidget:
        """The navigation tree and the tabs now; the editor, the panels and the docks
        after the tree's first paint (``WorkspaceLoader``), with "wird geladen …" in the
        editor's place until then. Without ``hub`` the tree is painted from ``look`` and
        ``opening`` (the full open) runs on the loader's thread; taking over its result
        is the first step."""
        self.tree_model = CatalogueTreeModel(hub, self, first_look=look)
        self.tree = NavigationTreeView()
        self.tree.setObjectName("navigation")
        self.tree.setAccessibleName(
            self.tr("Navigation: Strategieteil, Handlungsfelder, Ziele und Maßnahmen")
        )
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.on_tree_custom_context_menu_requested)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the longest label, never ResizeToContents: that mode measures
        # every loaded row on each change (120 ms per expansion at 21,000 measures).
        for column, mapping in ((COL_STATUS, enums.STATUS), (COL_STEERING,
                                                             enums.STEERING_DECISION)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self._label_column_width(column, mapping))
        self.tree.selectionModel().currentChanged.connect(self.on_tree_current_changed)

        self._editor_placeholder = QLabel(self.tr("wird geladen …"))
        self._editor_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        catalogue_page = QSplitter(Qt.Orientation.Horizontal)
        self._catalogue_page = catalogue_page
        catalogue_page.addWidget(self.tree)
        catalogue_page.addWidget(self._editor_placeholder)
        catalogue_page.setStretchFactor(0, 2)
        catalogue_page.setStretchFactor(1, 3)
        catalogue_page.setSizes([400, 700])  # the form needs more than the tree
        self.tree.setMinimumWidth(220)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.addTab(catalogue_page, self.tr("Katalog"))
        # The other pages load all measures, people or sessions: they are built when first
        # shown, so a catalogue of 21,000 measures opens with just the (lazy) tree.
        self._lazy_pages: dict[str, tuple[int, Callable[[], QWidget]]] = {}
        self._built_pages: dict[str, QWidget] = {}
        for name, label, factory in (
                ("measure_list", self.tr("Maßnahmenliste"), lambda: _measure_list(self._opened())),
                ("people", self.tr("Personen und Gruppen"), lambda: _people(self._opened())),
                ("open_comments", self.tr("Offene Kommentare"),
                 lambda: _open_comments(self._opened())),
                ("sessions_view", self.tr("Sitzungen"), lambda: _sessions(self._opened()))):
            index = self.tabs.addTab(QWidget(), label)
            self._lazy_pages[name] = (index, factory)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        first = [self._take_over_opened] if opening is not None else []
        self._loader = WorkspaceLoader(
            self.tree.viewport(),
            [*first, lambda: self._add_editor(self._opened()),
             lambda: self._add_side_docks(self._opened()),
             lambda: self._add_conflict_dock(self._opened()),
             lambda: self._add_proposal_dock(self._opened()),
             lambda: self._add_contribution_dock(self._opened()), self._after_opening],
            parent=self.tabs, opening=opening)
        return self.tabs

    def _opened(self) -> CatalogueHub:
        """The hub, for the parts built once the catalogue is open."""
        hub = self.hub
        if hub is None:
            raise RuntimeError("no catalogue is open")
        return hub

    def _add_editor(self, hub: CatalogueHub) -> None:
        from lip_desktop.ui.forms import EditorStack  # noqa: PLC0415

        editor = EditorStack(hub)
        editor.setObjectName("editor")
        self._parts["editor"] = editor
        self._catalogue_page.replaceWidget(1, editor)
        self._editor_placeholder.deleteLater()
        if self._pending_record is not None:
            editor.show_record(*self._pending_record)

    def _add_side_docks(self, hub: CatalogueHub) -> None:
        from lip_desktop.ui.history import RecordSidePanel  # noqa: PLC0415
        from lip_desktop.ui.search_panel import SearchPanel  # noqa: PLC0415

        search = self._parts["search"] = SearchPanel(hub)
        search_dock = QDockWidget(self.tr("Suche"), self)
        search_dock.setObjectName("searchDock")
        search_dock.setWidget(search)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, search_dock)
        side = self._parts["side"] = RecordSidePanel(hub)
        side_dock = QDockWidget(self.tr("Verlauf und Kommentare"), self)
        side_dock.setObjectName("sideDock")
        side_dock.setWidget(side)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, side_dock)
        self._fit_docks(search_dock, side_dock)
        if self._pending_record is not None and self._pending_record[0] != "catalogue":
            side.show_record(*self._pending_record)
        self._pending_record = None

    def _add_conflict_dock(self, hub: CatalogueHub) -> None:
        """The conflict queue below the workspace, hidden until asked for (Ansicht →
        Konflikte, or the merge report); it reads the queue only while shown."""
        from lip_desktop.ui.merge.conflicts import ConflictView  # noqa: PLC0415

        view = self._parts["conflict_view"] = ConflictView(hub)
        dock = self._parts["conflict_dock"] = QDockWidget(self.tr("Konflikte"), self)
        dock.setObjectName("conflictDock")
        dock.setWidget(view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()


    def _add_proposal_dock(self, hub: CatalogueHub) -> None:
        """The review view (wording proposals from reviewed drafts) below the workspace,
        hidden until asked for (Ansicht → Änderungsvorschläge, or after reading a draft)."""
        from lip_desktop.ui.proposals import ProposalView  # noqa: PLC0415

        view = self._parts["proposal_view"] = ProposalView(hub)
        dock = self._parts["proposal_dock"] = QDockWidget(self.tr("Änderungsvorschläge"), self)
        dock.setObjectName("proposalDock")
        dock.setWidget(view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()

    def _add_contribution_dock(self, hub: CatalogueHub) -> None:
        """Contributions from public participation below the workspace, hidden until
        asked for (Ansicht → Beiträge aus der Beteiligung, or after reading a survey)."""
        from lip_desktop.ui.contributions import ContributionView  # noqa: PLC0415

        view = self._parts["contribution_view"] = ContributionView(hub)
        dock = self._parts["contribution_dock"] = QDockWidget(
            self.tr("Beiträge aus der Beteiligung"), self)
        dock.setObjectName("contributionDock")
        dock.setWidget(view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()

    def _label_column_width(self, column: int, mapping: Mapping[str, str]) -> int:
        """Wide enough for the header and the longest label the column can show."""
        metrics = self.tree.fontMetrics()
        title = str(self.tree_model.headerData(column, Qt.Orientation.Horizontal,
                                               Qt.ItemDataRole.DisplayRole) or "")
        texts = [title, *(labels.label(mapping, key) for key in mapping)]
        padding = 4 * metrics.averageCharWidth()
        return max(metrics.horizontalAdvance(text) for text in texts) + padding

    def _fit_docks(self, search_dock: QDockWidget, side_dock: QDockWidget) -> None:
        """Designed for a 1280–1366 px laptop: the editor form gets the width it needs
        and the side docks give way. Below ``WIDE_WINDOW`` both docks share one narrow
        column as tabs; each can be hidden and shown again from the "Ansicht" menu."""
        if self.width() < WIDE_WINDOW:
            self.tabifyDockWidget(search_dock, side_dock)
            search_dock.raise_()
        self.resizeDocks([search_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        if self.width() >= WIDE_WINDOW:
            self.resizeDocks([side_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        for dock, key in ((search_dock, "Ctrl+Alt+1"), (side_dock, "Ctrl+Alt+2")):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(key))
            self.view_menu.addAction(toggle)

    def _page(self, name: str) -> Any:
        """A workspace page, built on first use in place of its placeholder tab."""
        page = self._built_pages.get(name)
        if page is None:
            index, factory = self._lazy_pages[name]
            current = self.tabs.currentIndex()
            label = self.tabs.tabText(index)
            placeholder = self.tabs.widget(index)
            page = factory()
            self._built_pages[name] = page
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, label)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return page

    def on_tabs_current_changed(self, index: int) -> None:
        if self.hub is None:
            return  # a file painted from its first look whose full open failed: no pages
        for name, (page_index, _factory) in self._lazy_pages.items():
            if page_index == index and name not in self._built_pages:
                self._page(name)
                self.tabs.setCurrentIndex(index)

    @property
    def measure_list(self) -> Any:
        return self._page("measure_list")

    @property
    def people(self) -> Any:
        return self._page("people")

    @property
    def open_comments(self) -> Any:
        return self._page("open_comments")

    @property
    def sessions_view(self) -> Any:
        return self._page("sessions_view")

    def export_minutes(self) -> None:
        """The minutes of the session chosen in the session planning (shown for it)."""
        if self.hub is None:
            return
        self.show_sessions()
        if self.sessions_view.selected_session_id() is None:
            self.statusBar().showMessage(self.tr("Bitte zuerst eine Sitzung wählen."), 6000)
            return
        self.sessions_view.export_minutes()

    def show_sessions(self) -> None:
        if self.workspace is not None:
            self.tabs.setCurrentWidget(self.sessions_view)

    def resume_running_session(self, clock: Clock | None = None) -> LiveSessionWindow | None:
        """Open the live window on a session left running (crash, closed lid): the same
        agenda item, its time box still counting. The window, or None if none runs."""
        if self.hub is None or self.workspace is None:
            return None
        from lip_desktop.model import queries  # noqa: PLC0415

        running = queries.running_session_ids(self.hub.catalogue)
        if not running:
            return None
        window: LiveSessionWindow | None = self.sessions_view.open_live_window(running[0], clock)
        return window

    def on_resume_session_triggered(self) -> None:
        if self.resume_running_session() is None:
            self.statusBar().showMessage(self.tr("Es läuft keine Sitzung."), 4000)

    def show_tab(self, n: int) -> None:
        if self.workspace is not None:
            self.tabs.setCurrentIndex(n)
            self._focus_into(self.tabs.currentWidget())

    @staticmethod
    def _focus_into(page: QWidget | None) -> None:
        """Strg+1 … Strg+5 take the keyboard into the page they show (its first widget in
        the tab order): the focus stayed on the hidden page's widget, Qt handed it on
        to the next one in the chain, the search field, and a facilitator's typing went
        there instead of into the list's filter."""
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and page.isAncestorOf(focus)):
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def focus_search(self) -> None:
        if self.hub is not None:
            built = "search" in self._parts
            focus = getattr(self.search, "focus_search", None)
            if not callable(focus):
                focus = self.search.setFocus
            if built:
                focus()
            else:  # Ctrl+F before the panel was there: focus it once it is laid out
                QTimer.singleShot(0, self, focus)

    def on_hub_catalogue_changed(self, changes: Any) -> None:
        if changes.touched("catalogue"):
            self._refresh_title()

    def on_hub_record_selected(self, record_type: str, record_id: str) -> None:
        """Jump from a list, search hit or comment to the record in the tree and editor."""
        if self.hub is None:
            return
        if record_type in ("person", "group"):
            self.tabs.setCurrentWidget(self.people)
            if record_type == "person":
                self.people.select_person(record_id)
            else:
                self.people.select_group(record_id)
            return
        if record_type == "session":
            planning = self.sessions_view
            self.tabs.setCurrentWidget(planning)
            planning.select_session(record_id)
            return
        self.tabs.setCurrentIndex(0)
        index = self.tree_model.index_of(record_type, record_id)
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)
        self.editor.show_record(record_type, record_id)
        self.side.show_record(record_type, record_id)

    def on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = current.data(RecordTypeRole) if current.isValid() else None
        rid = current.data(RecordIdRole) if current.isValid() else None
        if kind in ("action_field", "goal", "measure", "strategy_section"):
            shown: tuple[str, str | None] | None = (kind, rid)
        elif kind == "strategy":
            shown = ("catalogue", self._catalogue_id())
        else:
            shown = None
        if shown is not None and "side" not in self._parts:
            # Moving through the tree right after the first paint: the editor and the
            # side panel (built in that order, in idle time) show the record once there.
            self._pending_record = shown
            if "editor" in self._parts:
                self.editor.show_record(*shown)
        elif shown is not None:
            self.editor.show_record(*shown)
            if shown[0] != "catalogue":
                self.side.show_record(*shown)
        self._update_edit_actions()

    def _catalogue_id(self) -> str | None:
        if self._hub is not None:
            return self._hub.catalogue.id
        return self._first_look.catalogue_id if self._first_look is not None else None

    def _update_edit_actions(self) -> None:
        if self._hub is None:
            return  # nothing is editable before the catalogue is open (and checked)
        kind = self.current_kind()
        self.act_new_section.setEnabled(True)
        self.act_new_field.setEnabled(True)
        self.act_new_subgoal.setEnabled(kind == "goal")
        self.act_new_measure.setEnabled(kind in ("goal", "measure"))
        self.act_new_goal.setEnabled(kind in ("action_field", "goal", "measure"))
        self.act_duplicate.setEnabled(kind == "measure")
        self.act_delete.setEnabled(kind in ("goal", "measure", "strategy_section", "action_field"))
        self.act_up.setEnabled(kind in ("goal", "measure", "strategy_section", "action_field"))
        self.act_down.setEnabled(self.act_up.isEnabled())
        self.act_move_to.setEnabled(kind == "measure")

    def on_tree_custom_context_menu_requested(self, pos: QPoint) -> None:
        self._update_edit_actions()
        menu = QMenu(self)
        for action in (
            self.act_new_goal,
            self.act_new_subgoal,
            self.act_new_measure,
            None,
            self.act_duplicate,
            self.act_delete,
            None,
            self.act_up,
            self.act_down,
            self.act_move_to,
        ):
            if action is None:
                menu.addSeparator()
            elif action.isEnabled():
                menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # --- editing commands (all through the hub: committed at once, undoable) -------------

    def current(self) -> tuple[str | None, str | None]:
        if self.hub is None or self.workspace is None:
            return None, None
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(RecordTypeRole), index.data(RecordIdRole)

    def current_kind(self) -> str | None:
        return self.current()[0]

    def _select_new(self, record_type: str, record_id: str | None) -> None:
        if record_id is not None:
            self.on_hub_record_selected(record_type, record_id)
            focus = getattr(self.editor, "focus_first_field", None)
            if callable(focus):
                focus()

    def add_goal(self) -> None:
        kind, rid = self.current()
        if self.hub is None or kind is None or rid is None:
            return
        if kind == "action_field":
            field_id, parent_id = rid, None
        else:
            goal_id = rid if kind == "goal" else self.hub.record("measure", rid).goal_id
            goal = self.hub.record("goal", goal_id)
            field_id, parent_id = goal.action_field_id, goal.parent_id
        title = self.tr("Neues Ziel")
        command = _commands().AddRecord(
            self.tr("Ziel anlegen"), lambda s: s.structure.add_goal(field_id, title,
                                                                    parent_id), "goal"
        )
        if self.hub.run_undoable(command):
            self._select_new("goal", command.record_id)

    def add_action_field(self) -> None:
        if self.hub is None:
            return
        name = self.tr("Neues Handlungsfeld")
        command = _commands().AddRecord(self.tr("Handlungsfeld anlegen"),
                            lambda s: s.structure.add_action_field(name), "action_field")
        if self.hub.run_undoable(command):
            self._select_new("action_field", command.record_id)

    def add_section(self) -> None:
        if self.hub is None:
            return
        title = self.tr("Neuer Abschnitt")
        command = _commands().AddRecord(self.tr("Abschnitt anlegen"),
                            lambda s: s.structure.add_strategy_section(title), "strategy_section")
        if self.hub.run_undoable(command):
            self._select_new("strategy_section", command.record_id)

    def add_subgoal(self) -> None:
        kind, rid = self.current()
        if self.hub is None or kind != "goal" or rid is None:
            return
        goal = self.hub.record("goal", rid)
        title = self.tr("Neues Teilziel")
        command = _commands().AddRecord(
            self.tr("Teilziel anlegen"),
            lambda s: s.structure.add_goal(goal.action_field_id, title, rid),
            "goal",
        )
        if self.hub.run_undoable(command):
            self._select_new("goal", command.record_id)

    def add_measure(self) -> None:
        kind, rid = self.current()
        if self.hub is None or kind not in ("goal", "measure") or rid is None:
            return
        goal_id = rid if kind == "goal" else self.hub.record("measure", rid).goal_id
        title = self.tr("Neue Maßnahme")
        command = _commands().AddRecord(
            self.tr("Maßnahme anlegen"), lambda s: s.structure.add_measure(goal_id,
                                                                           title), "measure"
        )
        if self.hub.run_undoable(command):
            self._select_new("measure", command.record_id)

    def duplicate_selected(self) -> None:
        kind, rid = self.current()
        if self.hub is None or kind != "measure" or rid is None:
            return
        command = _commands().AddRecord(
            self.tr("Maßnahme duplizieren"), lambda s: s.structure.duplicate_measure(rid), "measure"
        )
        if self.hub.run_undoable(command):
            self._select_new("measure", command.record_id)

    def delete_selected(self) -> None:
        kind, rid = self.current()
        if self.hub is None or kind is None or rid is None:
            return
        label = str(self.tree.currentIndex().data())
        question = self.tr("„%1“ löschen?").replace("%1", label)
        if kind == "goal":
            question += " " + self.tr("Teilziele und Maßnahmen darunter werden mit gelöscht.")
        question += " " + self.tr("(Rückgängig mit Strg+Z)")
        if not dialogs.ask(self, self.tr("Löschen"), question):
            return
        self.hub.run_undoable(_commands().DeleteRecord(
            kind, rid, self.tr("„%1“ löschen").replace("%1", label)))

    def move_selected(self, step: int) -> None:
        kind, rid = self.current()
        if self.hub is None or kind is None or rid is None:
            return
        parent, index = self.hub.service.structure.place_of(kind, rid)
        target = max(0, index + step)
        if kind == "measure":
            assert parent is not None
            command: Any = _commands().MoveMeasure(rid, parent, target,
                                                   self.tr("Maßnahme verschieben"))
        elif kind in ("goal", "action_field", "strategy_section"):
            command = _commands().MoveSibling(kind, rid, target, self.tr("Verschieben"))
        else:
            return
        if self.hub.run_undoable(command):
            self.on_hub_record_selected(kind, rid)

    def move_selected_to_goal(self) -> None:
        kind, rid = self.current()
        if self.hub is None or kind != "measure" or rid is None:
            return
        from lip_desktop.model import queries  # noqa: PLC0415

        goals = queries.goal_choices(self.hub.catalogue)
        choices = [f"{code} {title}" for _, code, title in goals]
        choice, ok = self._choose(
            self.tr("Maßnahme verschieben"), self.tr("Zu welchem Ziel?"), choices
        )
        if not ok or choice not in choices:
            return
        goal_id = goals[choices.index(choice)][0]
        self.hub.run_undoable(
            _commands().MoveMeasure(rid, goal_id, 1 << 20,
                                    self.tr("Maßnahme zu anderem Ziel verschieben"))
        )
        self.on_hub_record_selected("measure", rid)

    def _choose(self, title: str, label: str, items: list[str]) -> tuple[str, bool]:
        """A list choice; tests replace it (modal)."""
        return QInputDialog.getItem(self, title, label, items, 0, False)

    def renumber(self) -> None:
        if self.hub is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Kennungen neu vergeben"),
            self.tr(
                "Alle Kennungen der Ziele und Maßnahmen werden nach der aktuellen Reihenfolge "
                "neu vergeben. Bereits verschickte Entwürfe und Listen nennen dann andere "
                "Kennungen. Fortfahren?"
            ),
        ):
            return
        count = self.hub.run_without_undo(lambda s: s.structure.renumber())
        if count is not None:
            self.statusBar().showMessage(
                self.tr("%1 Kennungen neu vergeben.").replace("%1", str(count)), 6000
            )

    # --- dialogs -----------------------------------------------------------------------

    def show_backups(self) -> None:
        from lip_desktop.ui.backups_dialog import BackupsDialog  # noqa: PLC0415

        if self.hub is None:
            return
        catalogue = self.hub.catalogue
        if catalogue.server is not None:
            # Backups of a server catalogue are the database's; a copy of one's own is JSON.
            text = LipError("server_backup", path=catalogue.location).message
            if dialogs.ask(self, self.tr("Sicherungen"),
                           text + "\n\n" + self.tr("Jetzt eine Austauschdatei (JSON) "
                                                   "schreiben?")):
                self.export_json()
            return
        dialog = BackupsDialog(self.hub, self)
        dialog.sig_restore_requested.connect(self.restore_backup)
        dialog.open()

    def restore_backup(self, backup: Path) -> None:
        if self.hub is None:
            return
        path = self.hub.catalogue.path
        self.close_catalogue()
        from lip_desktop.model.catalogue import restore  # noqa: PLC0415

        try:
            aside = restore(path, backup)
        except LipError as error:
            dialogs.show_error(self, error)
            self.open_path(path)
            return
        self.open_path(path)
        if aside is not None:
            self.statusBar().showMessage(
                self.tr("Wiederhergestellt. Der vorherige Stand liegt unter %1.").replace(
                    "%1", str(aside)
                )
            )

    def show_settings(self) -> None:
        from lip_desktop.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        SettingsDialog(self.hub, self).open()

    def show_glossary(self) -> None:
        from lip_desktop.ui.glossary import GlossaryDialog  # noqa: PLC0415

        if self.hub is not None:
            self._glossary = GlossaryDialog(self.hub, self)
            self._glossary.show()  # not modal: a double-click in the report jumps to the record

    def check_catalogue(self) -> None:
        from lip_desktop.model.checks import check_catalogue  # noqa: PLC0415

        if self.hub is None:
            return
        hub = self.hub

        def done(findings: Any) -> None:
            lines = [f"{f.level}: {f.record}: {f.message}" for f in findings]
            text = "\n".join(lines[:200]) if lines else self.tr("Keine Auffälligkeiten.")
            dialogs.inform(self, self.tr("Prüfung des Katalogs"), text)

        def work(progress: Progress) -> Any:
            findings = check_catalogue(hub.catalogue)
            checkpoint(progress, 1, 1)  # "Abbrechen" meanwhile: no report
            return findings

        self.runner.start(self.tr("Katalog wird geprüft …"), work, done)

    def about(self) -> None:
        from lip_desktop import __version__  # noqa: PLC0415

        dialogs.inform(
            self,
            self.tr("Über LIP Desktop"),
            self.tr(
                "LIP Desktop %1\nWerkzeug für die Expert*innengruppen des Lokalen "
                "Integrationsplans."
            ).replace("%1", __version__),
        )

    # --- interchange and office files (long work runs in the background) ---------------

    def import_json(self) -> None:
        if self.hub is None:
            return
        path = dialogs.open_file(
            self, self.tr("Austauschdatei einlesen"), self.settings.export_folder, JSON_FILTER
        )
        if path is None:
            return
        hub = self.hub

        def work(progress: Progress) -> Any:
            from lip_desktop.model import interchange  # noqa: PLC0415
            from lip_desktop.model.collector import release  # noqa: PLC0415

            doc = interchange.read_json(path)
            try:
                checkpoint(progress, 1, 4)  # "Abbrechen" while reading: nothing imported
                # and while it is applied: each step asks before it goes on
                return hub.service.structure.import_document(doc, share(progress, 25, 75))
            finally:
                release(doc)  # a record at a time, not one cascade on return

        def done(outcome: Any) -> None:
            hub.broadcast(outcome.changes)
            report = outcome.value
            text = self.tr("Eingelesen: %1").replace("%1", report.summary())
            if report.warnings:
                text += "\n\n" + "\n".join(report.warnings[:20])
            dialogs.inform(self, self.tr("Austauschdatei einlesen"), text)

        self.runner.start(self.tr("Austauschdatei wird eingelesen …"), work, done)

    def export_json(self) -> None:
        if self.hub is None:
            return
        suggestion = str(Path(self.settings.export_folder) / f"{self.hub.catalogue.base_name}.json")
        path = dialogs.save_file(self, self.tr("Austauschdatei schreiben"), suggestion, JSON_FILTER)
        if path is None:
            return
        hub = self.hub

        def work(progress: Progress) -> Path:
            from lip_desktop.model import interchange, queries  # noqa: PLC0415
            from lip_desktop.model.collector import released  # noqa: PLC0415

            # emptied a record at a time after use, not in one cascade (collector.py)
            with released(queries.export_document(hub.catalogue)) as doc:
                data = interchange.dump_bytes(doc)
            checkpoint(progress, 1, 2)  # "Abbrechen" meanwhile: no file written
            atomic_write(path, data, protected=hub.catalogue.own_files)
            return path

        self.runner.start(
            self.tr("Austauschdatei wird geschrieben …"),
            work,
            lambda p: self.statusBar().showMessage(
                self.tr("Geschrieben: %1").replace("%1", str(p)), 8000
            ),
        )

    def export_word(self) -> None:
        from lip_desktop.ui.office import export_word  # noqa: PLC0415

        if self.hub is not None:
            export_word(self, self.hub)

    def export_excel(self) -> None:
        from lip_desktop.ui.office import export_excel  # noqa: PLC0415

        if self.hub is not None:
            export_excel(self, self.hub)

    def merge_catalogue(self) -> None:
        from lip_desktop.ui.merge.run import merge_catalogue  # noqa: PLC0415

        if self.hub is not None:
            merge_catalogue(self, self.hub, self.runner, self.settings, self.show_conflicts)

    def offline_copy(self) -> None:
        """Datei → Offline-Kopie für eine Sitzung …: fields, file, then the copy in the
        background (``ui/merge/checkout.py``)."""
        from lip_desktop.ui.merge.checkout import offline_copy  # noqa: PLC0415

        if self.hub is not None:
            offline_copy(self, self.hub, self.runner, self.settings)

    def show_conflicts(self) -> None:
        """Ansicht → Konflikte: the conflict queue, shown and focused."""
        if self.hub is None or self.workspace is None:
            return
        self.conflict_dock.show()
        self.conflict_dock.raise_()
        self.activateWindow()  # coming from the merge report, the dialog had the focus
        self.conflict_view.focus_table()

    def show_proposals(self) -> None:
        """Ansicht → Änderungsvorschläge: the review view, shown and focused."""
        if self.hub is None or self.workspace is None:
            return
        self.proposal_dock.show()
        self.proposal_dock.raise_()
        self.activateWindow()
        self.proposal_view.focus_table()

    def show_contributions(self) -> None:
        """Ansicht → Beiträge aus der Beteiligung: the view, shown and focused."""
        if self.hub is None or self.workspace is None:
            return
        self.contribution_dock.show()
        self.contribution_dock.raise_()
        self.activateWindow()
        self.contribution_view.focus_table()

    def import_contributions(self) -> None:
        from lip_desktop.ui.contributions import import_contributions  # noqa: PLC0415

        if self.hub is not None:
            import_contributions(self, self.hub)

    def export_participation(self) -> None:
        from lip_desktop.ui.contributions import export_participation  # noqa: PLC0415

        if self.hub is not None:
            export_participation(self, self.hub)

    def import_review(self) -> None:
        from lip_desktop.ui.office import import_review  # noqa: PLC0415

        if self.hub is not None:
            import_review(self, self.hub)

    def export_returns(self) -> None:
        from lip_desktop.ui.controlling import export_returns  # noqa: PLC0415

        if self.hub is not None:
            export_returns(self, self.hub)

    def import_returns(self) -> None:
        from lip_desktop.ui.controlling import import_returns  # noqa: PLC0415

        if self.hub is not None:
            import_returns(self, self.hub)

    def export_controlling(self) -> None:
        from lip_desktop.ui.controlling import export_controlling  # noqa: PLC0415

        if self.hub is not None:
            export_controlling(self, self.hub)

    def import_decisions(self) -> None:
        from lip_desktop.ui.office import import_decisions  # noqa: PLC0415

        if self.hub is not None:
            import_decisions(self, self.hub)


# The pages behind the other tabs, imported when first shown (not for the first paint).

def _measure_list(hub: CatalogueHub) -> QWidget:
    from lip_desktop.ui.measure_list import MeasureListView  # noqa: PLC0415

    return MeasureListView(hub)


def _people(hub: CatalogueHub) -> QWidget:
    from lip_desktop.ui.people import PeopleView  # noqa: PLC0415

    return PeopleView(hub)


def _open_comments(hub: CatalogueHub) -> QWidget:
    from lip_desktop.ui.history import OpenCommentsView  # noqa: PLC0415

    return OpenCommentsView(hub)


def _sessions(hub: CatalogueHub) -> QWidget:
    from lip_desktop.ui.session.planning import SessionPlanningView  # noqa: PLC0415

    return SessionPlanningView(hub)


def _commands() -> ModuleType:
    """``model.commands``, imported with the first edit: its record specs cost a tenth of
    a second that the first paint does without."""
    from lip_desktop.model import commands  # noqa: PLC0415

    return commands
