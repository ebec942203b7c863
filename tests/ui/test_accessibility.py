"""Accessibility (EN 301 549 chapter 11) of every window and dialog, as Qt exposes it.

Each window and dialog is opened the way the app opens it; then every control must have
an accessible name and a specific role, every label of a form must be the buddy of its
field, and the focus chain must follow the reading order of each form. The editor gets
the width it needs at 1366×768 and 1280×720; tree moves work by keyboard; under a
high-contrast preference the status colours become the palette's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QTabWidget,
    QWidget,
)
from support import create_from

from lip_desktop.model import demo
from lip_desktop.ui import a11y
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.session.clock import ManualClock

T0 = datetime(2027, 1, 19, 17, 0)


def activate(qtbot: Any, window: QWidget) -> None:
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, answers: Any) -> Iterator[MainWindow]:
    path = tmp_path / "demo.lip"
    create_from(path, demo.demo_catalogue()).close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.open_path(path)
    yield w
    w.close()


def record_id(window: MainWindow, table: str, where: str = "1=1") -> str:
    assert window.hub is not None
    with window.hub.catalogue.read() as conn:
        return str(conn.exec_driver_sql(
            f"SELECT id FROM {table} WHERE {where} LIMIT 1").scalar())


def check_window(root: QWidget) -> list[str]:
    """Problems of one window: unnamed controls, generic roles, labels without buddy,
    form fields out of reading order in the focus chain."""
    problems: list[str] = []
    for widget in a11y.name_controls(root):
        owners = []
        parent = widget.parentWidget()
        while parent is not None and len(owners) < 4:
            owners.append(type(parent).__name__ + ":" + parent.objectName())
            parent = parent.parentWidget()
        problems.append(f"ohne Namen: {type(widget).__name__} {widget.objectName()!r} "
                        f"in {' < '.join(owners)}")
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, a11y.CONTROL_TYPES) or not widget.isVisibleTo(root) \
                or isinstance(widget, QHeaderView | QScrollBar) \
                or widget.objectName().startswith("qt_") or a11y.inside_composite(widget):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or (iface.role() in (QAccessible.Role.NoRole, QAccessible.Role.Client)
                             and not isinstance(widget, QTabWidget)):  # its tab bar has one
            problems.append(f"ohne Rolle: {type(widget).__name__} {widget.accessibleName()!r}")
        elif not iface.text(QAccessible.Text.Name):
            problems.append(f"Name nicht gemeldet: {widget.accessibleName()!r}")
    for form in root.findChildren(QFormLayout):
        fields: list[QWidget] = []
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item else None
            field = field_item.widget() if field_item else None
            if isinstance(label, QLabel) and label.text() and field is not None \
                    and field.focusPolicy() != Qt.FocusPolicy.NoFocus:
                if label.buddy() is not field:
                    problems.append(f"Beschriftung ohne Feld: {label.text()!r}")
                fields.append(field)
        problems += focus_order_problems(fields)
    return problems


def focus_order_problems(fields: list[QWidget]) -> list[str]:
    """The fields of a form must come in row order along the Tab chain."""
    if len(fields) < 2:
        return []
    position: dict[int, int] = {}
    widget = fields[0]
    for step in range(5000):
        position.setdefault(id(widget), step)
        widget = widget.nextInFocusChain()
        if widget is fields[0]:
            break
    steps = [position.get(id(f), -1) for f in fields]
    if steps != sorted(steps) or -1 in steps:
        return ["Fokusreihenfolge weicht von der Leserichtung ab: "
                + ", ".join(f.accessibleName() for f in fields)]
    return []


def test_every_window_and_dialog_names_its_controls(window: MainWindow, qtbot: Any) -> None:
    from lip_desktop.ui.backups_dialog import BackupsDialog
    from lip_desktop.ui.glossary import GlossaryDialog
    from lip_desktop.ui.office import WordOptionsDialog
    from lip_desktop.ui.settings_dialog import SettingsDialog

    assert window.hub is not None
    problems: dict[str, list[str]] = {}
    # the catalogue page with each kind of record in the editor
    for record_type, table in (("measure", "measure"), ("goal", "goal"),
                               ("action_field", "action_field"),
                               ("strategy_section", "strategy_section")):
        window.on_hub_record_selected(record_type, record_id(window, table))
        problems[f"Editor {record_type}"] = check_window(window)
    for n in range(window.tabs.count()):
        window.show_tab(n)
        QApplication.processEvents()
        problems[f"Reiter {window.tabs.tabText(n)}"] = check_window(window)
    for dialog_class in (SettingsDialog, BackupsDialog, GlossaryDialog):
        dialog = dialog_class(window.hub, window)
        qtbot.addWidget(dialog)
        dialog.show()
        problems[dialog_class.__name__] = check_window(dialog)
        dialog.close()
    word = WordOptionsDialog(window.hub, window)
    qtbot.addWidget(word)
    word.show()
    problems["WordOptionsDialog"] = check_window(word)

    sid = record_id(window, "meeting", "status = 'planned'")
    live = window.sessions_view.open_live_window(sid, ManualClock(T0))
    qtbot.addWidget(live)
    live.agenda.start_session()
    for n in range(live.tabs.count()):
        live.tabs.setCurrentIndex(n)
        problems[f"Sitzung {live.tabs.tabText(n)}"] = check_window(live)
    projector = live.open_projector()
    assert projector is not None
    problems["Beamer"] = check_window(projector)
    assert projector.accessibleName() == "Beamer-Ansicht"
    report = "\n".join(f"{k}: {p}" for k, v in problems.items() for p in v)
    assert not report, report


def test_the_live_window_reads_from_left_to_right_with_tab(window: MainWindow,
                                                            qtbot: Any) -> None:
    """Tab goes through attendance, then the current item and the agenda, then the tabs."""
    sid = record_id(window, "meeting", "status = 'planned'")
    live = window.sessions_view.open_live_window(sid, ManualClock(T0))
    qtbot.addWidget(live)
    live.agenda.start_session()
    live.show()
    activate(qtbot, live)
    first = next(iter(live.attendance.attendance_buttons.values()))
    first.setFocus()
    seen: list[QWidget] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    def index(widget: QWidget) -> int:
        return next(i for i, w in enumerate(seen) if w is widget)
    assert index(first) < index(live.agenda.next_button) < index(live.agenda.agenda_list) \
        < index(live.tabs.tabBar())
    # every control the facilitator needs is reached
    for control in (live.agenda.prev_button, live.agenda.next_button, live.agenda.agenda_list,
                    *live.attendance.attendance_buttons.values()):
        assert control in seen or not control.isEnabled(), control.accessibleName()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_editor_form_gets_the_width_it_needs(window: MainWindow, qtbot: Any,
                                                 size: tuple[int, int]) -> None:
    window.resize(*size)
    window.on_hub_record_selected("measure", record_id(window, "measure"))
    QApplication.processEvents()
    form = window.editor.current_form()
    assert form is not None
    page = next(p for p in window.editor.findChildren(QScrollArea) if p.isVisible())
    assert window.centralWidget().width() >= form.minimumSizeHint().width() + window.tree.width()
    assert page.viewport().width() >= form.minimumSizeHint().width()
    assert page.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    assert window.editor.width() >= 0.55 * window.centralWidget().width()
    # labels are whole: each label is at least as wide as its text
    for label in form.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), \
                label.text()
    indicators = form.findChild(QWidget, "indicators")
    assert indicators is not None
    header = indicators.horizontalHeader()  # type: ignore[attr-defined]
    assert indicators.horizontalScrollBar().maximum() == 0  # type: ignore[attr-defined]
    right = max(header.sectionViewportPosition(i) + header.sectionSize(i)
                for i in range(header.count()))
    assert right <= indicators.viewport().width() + 1  # type: ignore[attr-defined]
    # the docks gave way and can come back by keyboard from the "Ansicht" menu
    toggles = [a for a in window.view_menu.actions() if a.isCheckable()]
    assert [a.shortcut().toString() for a in toggles] == ["Ctrl+Alt+1", "Ctrl+Alt+2"]


def test_measures_move_by_keyboard(window: MainWindow, qtbot: Any,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.hub is not None
    with window.hub.catalogue.read() as conn:
        goal_id, first, second = conn.exec_driver_sql(
            "SELECT m1.goal_id, m1.id, m2.id FROM measure m1 JOIN measure m2 "
            "ON m1.goal_id = m2.goal_id AND m2.position > m1.position "
            "ORDER BY m1.position LIMIT 1").one()
    activate(qtbot, window)
    window.on_hub_record_selected("measure", first)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    _parent, index_after = window.hub.service.structure.place_of("measure", first)
    _parent2, index_second = window.hub.service.structure.place_of("measure", second)
    assert index_after > index_second
    # "Verschieben nach …": another goal, chosen in a list by keyboard
    labels: list[str] = []
    code = window.hub.record("goal", goal_id).code

    def choose(_title: str, _label: str, items: list[str]) -> tuple[str, bool]:
        labels.extend(items)
        return next(i for i in items if not i.startswith(code + " ")), True

    monkeypatch.setattr(window, "_choose", choose)
    qtbot.keyClick(window.tree, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    parent, _index = window.hub.service.structure.place_of("measure", first)
    assert labels and parent != goal_id


def test_high_contrast_gives_the_palette_the_say(window: MainWindow) -> None:
    from lip_desktop.ui import palette

    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    assert a11y.colour("good") != text
    model = window.tree_model
    agreed = record_id(window, "measure", "status = 'agreed'")
    status = model.index_of("measure", agreed).siblingAtColumn(1)
    coloured = status.data(Qt.ItemDataRole.ForegroundRole).color()  # the tree caches it
    assert coloured == a11y.colour("good")
    a11y.set_high_contrast(True)
    try:
        for meaning in ("good", "bad", "neutral", "caution", "accent"):
            assert a11y.colour(meaning) == text
        assert palette.current() is palette.HIGH_CONTRAST  # votes and the Beamer
        assert status.data(Qt.ItemDataRole.ForegroundRole).color() == text
        assert status.data(Qt.ItemDataRole.DisplayRole) == "vereinbart"  # said as text
    finally:
        a11y.set_high_contrast(None)
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == coloured


def test_high_contrast_is_a_setting(window: MainWindow, qtbot: Any) -> None:
    from lip_desktop.ui.settings import Settings
    from lip_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.hub, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.contrast_combo.setFocus()
    qtbot.keyClick(dialog.contrast_combo, Qt.Key.Key_Down)  # "Hoher Kontrast"
    try:
        dialog.accept()
        assert Settings().contrast == "high"
        assert a11y.high_contrast()
        text = QApplication.palette().color(QPalette.ColorRole.WindowText)
        assert a11y.colour("bad") == text
    finally:
        a11y.set_high_contrast(None)


def test_ctrl_number_takes_the_keyboard_into_the_page_it_shows(window: MainWindow,
                                                                 qtbot: Any) -> None:
    """From the tree, Strg+2 shows the measure list and what is typed next filters it
    (it went to the search field before); Strg+1 brings the keyboard back to the tree."""
    window.wait_loaded()
    activate(qtbot, window)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)
    page = window.measure_list
    assert window.tabs.currentWidget() is page
    focus = QApplication.focusWidget()
    assert focus is page.text_edit
    qtbot.keyClicks(focus, "kita")
    assert page.text_edit.text() == "kita"
    assert window.search.findChild(QLineEdit).text() == ""
    qtbot.keyClick(page.text_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.tree


def test_the_measure_list_fits_a_laptop_beside_the_search_panel(window: MainWindow,
                                                                  qtbot: Any) -> None:
    """At 1366 px with the search panel open, every filter and the count are on screen
    (the combos were as wide as their longest entry, and the count was cut off), and an
    open filter list still shows its longest entry whole."""
    window.wait_loaded()
    window.show_tab(1)
    page = window.measure_list
    qtbot.waitUntil(page.isVisible)
    assert page.minimumSizeHint().width() <= page.width()
    for widget in (page.count_label, page.target_combo, page.implementation_combo,
                   page.reset_button):
        right = widget.mapTo(page, widget.rect().topRight()).x()
        assert widget.isVisible() and right < page.width(), widget.accessibleName()
    longest = max(page.field_combo.itemText(i) for i in range(page.field_combo.count()))
    view = page.field_combo.view()
    assert view.minimumWidth() >= view.fontMetrics().horizontalAdvance(longest)


def test_controls_are_named_when_their_window_or_page_is_reached(window: MainWindow,
                                                                 qtbot: Any) -> None:
    """Naming follows activation and the keyboard, not an application-wide event filter
    (that put a Python call into every GUI event and made the window wait for a running
    job's GIL): a dialog built anywhere is named when it becomes active, and a page added
    to a stack after its window was named is named when Tab brings the keyboard into it."""
    from PySide6.QtWidgets import QDialog, QFormLayout, QPushButton, QStackedWidget

    window.wait_loaded()
    dialog = QDialog(window)
    form = QFormLayout(dialog)
    field = QLineEdit()
    form.addRow("Ort der Sitzung", field)  # the label becomes the field's buddy
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert field.accessibleName() == "Ort der Sitzung"

    host = QWidget()
    qtbot.addWidget(host)
    start = QPushButton("Weiter", host)
    stack = QStackedWidget(host)
    host.show()
    activate(qtbot, host)
    page = QWidget()
    later = QLineEdit(page)
    later.setPlaceholderText("Raum")
    stack.addWidget(page)  # built after its window was named
    assert later.accessibleName() == ""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, Qt.Key.Key_Tab)  # a real key moves the keyboard into the page
    assert QApplication.focusWidget() is later
    assert later.accessibleName() == "Raum"
