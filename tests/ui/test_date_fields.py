"""Month and date-time fields: what is typed the German way is what is stored, wherever
the cursor was placed (mouse clicks into each part, Home/End), and nothing incomplete or
merely untouched is ever stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from lip_desktop.model import demo
from lip_desktop.ui.forms import EditorStack, MeasureForm
from lip_desktop.ui.session.clock import ManualClock
from lip_desktop.ui.session.planning import SessionPlanningView
from lip_desktop.ui.widgets.datetime_edit import DateTimeEdit
from lip_desktop.ui.widgets.month_edit import MonthEdit

DEMO = demo.demo_catalogue()
MEASURE = next(m["id"] for m in DEMO["measures"] if m["code"] == "BIL-M1.1")


def click_at(qtbot: Any, edit: QLineEdit, fraction: float) -> None:
    """A real mouse click at ``fraction`` of the text's width (0: before the first
    character; 0.5: in the middle part; 0.95: in the last part)."""
    width = edit.fontMetrics().horizontalAdvance(edit.text())
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton,
                     pos=QPoint(6 + int(width * fraction), edit.height() // 2))


def press(qtbot: Any, edit: QLineEdit, key: Qt.Key) -> None:
    qtbot.keyClick(edit, key)


PLACEMENTS: dict[str, Callable[[Any, QLineEdit], None]] = {
    "click first part": lambda qtbot, e: click_at(qtbot, e, 0.1),
    "click middle part": lambda qtbot, e: click_at(qtbot, e, 0.5),
    "click last part": lambda qtbot, e: click_at(qtbot, e, 0.95),
    "click, Home": lambda qtbot, e: (click_at(qtbot, e, 0.5), press(qtbot, e, Qt.Key.Key_Home)),
    "click, End": lambda qtbot, e: (click_at(qtbot, e, 0.5), press(qtbot, e, Qt.Key.Key_End)),
    "click, Right": lambda qtbot, e: (click_at(qtbot, e, 0.1),
                                      press(qtbot, e, Qt.Key.Key_Right)),
}


@pytest.fixture
def form(stack: EditorStack) -> MeasureForm:
    stack.show_record("measure", MEASURE)
    current = stack.current_form()
    assert isinstance(current, MeasureForm)
    return current


@pytest.mark.parametrize(("place", "typed"), [
    (place, ("09/2027", "9.2027", "092027", "9/2027")[n % 4])
    for n, place in enumerate(PLACEMENTS)])  # every placement, every way of writing it
def test_a_typed_month_is_stored_wherever_the_cursor_was(
        qtbot: Any, form: MeasureForm, hub: Any, place: str, typed: str) -> None:
    edit = form.end.month_text
    assert edit.text() == "08/2028"
    PLACEMENTS[place](qtbot, edit)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert hub.service.structure.get_record("measure", MEASURE).end == "2027-09"
    assert edit.text() == "09/2027"
    assert form.error_text("end") == ""


def test_an_incomplete_month_is_not_stored_and_stays_red(qtbot: Any, form: MeasureForm,
                                                         hub: Any) -> None:
    edit = form.end.month_text
    click_at(qtbot, edit, 0.5)
    qtbot.keyClicks(edit, "09/20")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert hub.service.structure.get_record("measure", MEASURE).end == "2028-08"
    assert "ist kein Monat" in form.error_text("end")
    assert edit.property("invalid") is True
    assert hub.undo_stack.count() == 0
    qtbot.keyClicks(edit, "27")  # completing the text stores it
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert hub.service.structure.get_record("measure", MEASURE).end == "2027-09"


def test_correcting_one_digit_after_backspace_edits_in_place(qtbot: Any, form: MeasureForm,
                                                             hub: Any) -> None:
    edit = form.end.month_text
    click_at(qtbot, edit, 0.1)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "9")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert hub.service.structure.get_record("measure", MEASURE).end == "2029-08"


def test_unticking_open_stores_nothing_until_a_month_is_typed(qtbot: Any, form: MeasureForm,
                                                             hub: Any) -> None:
    qtbot.mouseClick(form.end.open_box, Qt.MouseButton.LeftButton)  # "offen"
    assert hub.service.structure.get_record("measure", MEASURE).end is None
    count = hub.undo_stack.count()
    qtbot.mouseClick(form.end.open_box, Qt.MouseButton.LeftButton)  # no longer "offen"
    assert form.end.month_text.hasFocus()
    qtbot.keyClick(form.end.month_text, Qt.Key.Key_Tab)  # leaving without typing
    assert hub.service.structure.get_record("measure", MEASURE).end is None
    assert hub.undo_stack.count() == count
    assert form.end.open_box.isChecked()
    qtbot.mouseClick(form.end.month_text, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.end.month_text, "092027")
    assert not form.end.open_box.isChecked()
    qtbot.keyClick(form.end.month_text, Qt.Key.Key_Return)
    assert hub.service.structure.get_record("measure", MEASURE).end == "2027-09"


def test_the_calendar_picks_a_month_by_keyboard(qtbot: Any) -> None:
    edit = MonthEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setValue("2027-09")
    with qtbot.waitSignal(edit.sig_value_committed):
        qtbot.keyClick(edit.month_text, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        calendar = edit.calendar_popup.calendar
        qtbot.waitUntil(calendar.isVisible)
        days = calendar.findChild(QAbstractItemView)
        assert days is not None
        qtbot.keyClick(days, Qt.Key.Key_PageDown)  # next month
        qtbot.keyClick(days, Qt.Key.Key_Return)
    assert edit.value() == "2027-10"


@pytest.fixture
def planning(qtbot: Any, hub: Any) -> SessionPlanningView:
    from datetime import datetime
    view = SessionPlanningView(hub, ManualClock(datetime(2026, 12, 2, 16, 0)))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("place", list(PLACEMENTS))
def test_a_typed_session_begin_is_stored_wherever_the_cursor_was(
        qtbot: Any, hub: Any, planning: SessionPlanningView, place: str,
        answers: Any) -> None:
    sid = planning.selected_session_id()
    assert sid is not None
    edit = planning.starts_edit
    assert isinstance(edit, DateTimeEdit)
    PLACEMENTS[place](qtbot, edit)
    qtbot.keyClicks(edit, "15.09.2027 17:00")
    assert edit.text() == "15.09.2027 17:00", edit.isEnabled()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert answers.shown == []
    assert hub.service.meetings.get_meeting(sid).starts_at == "2027-09-15T17:00"
    assert edit.text() == "15.09.2027 17:00"


def test_an_incomplete_session_begin_is_not_stored(qtbot: Any, hub: Any,
                                                   planning: SessionPlanningView) -> None:
    sid = planning.selected_session_id()
    assert sid is not None
    before = hub.service.meetings.get_meeting(sid).starts_at
    edit = planning.starts_edit
    click_at(qtbot, edit, 0.3)
    qtbot.keyClicks(edit, "15.09.20")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert hub.service.meetings.get_meeting(sid).starts_at == before
    assert edit.property("invalid") is True and edit.text() == "15.09.20"


def test_a_new_session_is_planned_on_the_typed_begin(qtbot: Any, hub: Any,
                                                     planning: SessionPlanningView) -> None:
    qtbot.keyClicks(planning.new_title, "Auftakt")
    click_at(qtbot, planning.new_starts, 0.4)
    qtbot.keyClicks(planning.new_starts, "15.09.2027 17:00")
    qtbot.mouseClick(planning.plan_button, Qt.MouseButton.LeftButton)
    sid = planning.selected_session_id()
    assert sid is not None
    meeting = hub.service.meetings.get_meeting(sid)
    assert (meeting.title, meeting.starts_at) == ("Auftakt", "2027-09-15T17:00")
