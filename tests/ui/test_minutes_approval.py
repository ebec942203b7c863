"""Minutes that get approved, driven as a facilitator does it: mark the minutes of the
3rd session as sent in the planning, put their approval on the 4th session's agenda,
approve them there with corrections (keys and mouse), and read both minutes back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from lip_desktop.ui.session.clock import ManualClock
from lip_desktop.ui.session.live import LiveSessionWindow
from lip_desktop.ui.session.planning import SessionPlanningView
from tests.ui.test_session_mode import T0, activate, group_id, session_of, type_text

EARLIER = "3. Sitzung Expert*innengruppe Bildung"
LATER = "4. Sitzung Expert*innengruppe Bildung"


@pytest.fixture
def view(qtbot: Any, hub: Any) -> SessionPlanningView:
    v = SessionPlanningView(hub, ManualClock(T0))
    qtbot.addWidget(v)
    v.resize(1200, 900)
    v.show()
    v.select_group(group_id(hub))
    return v


def retype(qtbot: Any, edit: QWidget, text: str) -> None:
    """Select what is there (Ctrl+A) and type over it, like a user."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def export(qtbot: Any, window: LiveSessionWindow, answers: Any, target: Path) -> Any:
    answers.files.append(target)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=15_000):
        window.act_export_minutes.trigger()
    return docx.Document(str(target))


def paragraphs(document: Any) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_minutes_are_sent_planned_approved_with_corrections_and_read_back(
        qtbot: Any, hub: Any, view: SessionPlanningView, answers: Any, tmp_path: Path) -> None:
    earlier, later = session_of(hub, EARLIER), session_of(hub, LATER)
    box = view.minutes_box
    view.select_session(earlier)
    assert box.state_label.text() == "Entwurf (noch nicht versandt)"

    # A date that does not exist is refused, naming the session, its date and the field.
    retype(qtbot, box.sent_on_edit, "31.02.2026")
    qtbot.keyClick(box.sent_on_edit, Qt.Key.Key_Return)
    assert "„Versandt am“ ist kein gültiges Datum" in answers.texts()
    assert f"„{EARLIER}“ vom 10.03.2026" in answers.texts()
    assert hub.service.minutes.status(earlier).state == "draft"

    retype(qtbot, box.sent_on_edit, "12.03.2026")
    qtbot.mouseClick(box.send_button, Qt.MouseButton.LeftButton)
    assert box.state_label.text() == "Version 1, versandt am 12.03.2026"
    assert not box.send_button.isEnabled()

    box.approver_combo.setFocus()
    assert box.approver_combo.currentData() == later  # the next session comes first
    qtbot.mouseClick(box.plan_button, Qt.MouseButton.LeftButton)
    assert not box.plan_button.isEnabled()  # planned once

    view.select_session(later)
    titles = [view.agenda_table.item(r, 0).text() for r in range(view.agenda_table.rowCount())]
    assert titles[-1].endswith("Genehmigung des Protokolls vom 10.03.2026")

    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    window = view.live_windows[later]
    qtbot.waitExposed(window)
    activate(qtbot, window)
    panel = window.minutes_approval
    assert not panel.isVisible()  # the first item is another one
    for _ in range(len(titles) - 1):
        qtbot.keyClick(window.agenda.agenda_list, Qt.Key.Key_PageDown)
    assert window.current_item is not None
    assert window.current_item.title == "Genehmigung des Protokolls vom 10.03.2026"
    assert panel.isVisible() and window.act_approve_minutes.isEnabled()
    assert "Version 1, versandt am 12.03.2026" in panel.minutes_label.text()

    type_text(panel.corrections_edit, "Frau Ay war entschuldigt.")
    qtbot.keyClick(panel.corrections_edit, Qt.Key.Key_Return)
    type_text(panel.corrections_edit, "TOP 2: 19 statt 18 Monate.")
    qtbot.keyClick(panel.corrections_edit, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    status = hub.service.minutes.status(earlier)
    assert status.state == "approved" and status.approved_in == later
    assert status.corrections == ("Frau Ay war entschuldigt.", "TOP 2: 19 statt 18 Monate.")
    assert not panel.approve_button.isEnabled() and not window.act_approve_minutes.isEnabled()
    assert "genehmigt in der Sitzung" in panel.minutes_label.text()
    decisions = [window.decisions.decision_list.item(r).text()
                 for r in range(window.decisions.decision_list.count())]
    approval = ("Protokoll der Sitzung vom 10.03.2026 (Version 1) genehmigt, mit 2 "
                "Korrekturen: 1. Frau Ay war entschuldigt.; 2. TOP 2: 19 statt 18 Monate.")
    assert decisions == [f"TOP {len(titles)}: {approval}"]

    # The approving session's minutes hold the approval under its item and in the list.
    approving = paragraphs(export(qtbot, window, answers, tmp_path / "later.docx"))
    assert f"TOP {len(titles)}: Genehmigung des Protokolls vom 10.03.2026" in approving
    assert f"1. {approval}" in approving

    # The approved minutes: state in the header, the corrections in their own section.
    view.select_session(earlier)
    assert box.reopen_button.isEnabled() and not box.plan_button.isEnabled()
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)  # "Sitzung ansehen"
    old_window = view.live_windows[earlier]
    qtbot.waitExposed(old_window)
    document = export(qtbot, old_window, answers, tmp_path / "earlier.docx")
    assert document.sections[0].header.paragraphs[0].text.endswith(
        "10.03.2026 · Version 1, genehmigt")
    text = paragraphs(document)
    assert ("Stand des Protokolls: Version 1, versandt am 12.03.2026, genehmigt in der "
            f"Sitzung „{LATER}“ vom 02.02.2027 mit 2 Korrekturen") in text
    at = text.index("Korrekturen")
    assert text[at + 2:at + 4] == ["1. Frau Ay war entschuldigt.",
                                   "2. TOP 2: 19 statt 18 Monate."]


def test_reopening_asks_and_the_next_sending_is_version_two(
        qtbot: Any, hub: Any, view: SessionPlanningView, answers: Any) -> None:
    earlier = session_of(hub, EARLIER)
    box = view.minutes_box
    view.select_session(earlier)
    retype(qtbot, box.sent_on_edit, "12.03.2026")
    qtbot.keyClick(box.sent_on_edit, Qt.Key.Key_Return)
    answers.yes = False
    qtbot.mouseClick(box.reopen_button, Qt.MouseButton.LeftButton)
    assert hub.service.minutes.status(earlier).state == "sent"
    answers.yes = True
    box.reopen_button.setFocus()
    qtbot.keyClick(box.reopen_button, Qt.Key.Key_Space)
    assert box.state_label.text() == "Entwurf von Version 2 (Version 1, versandt am 12.03.2026)"
    retype(qtbot, box.sent_on_edit, "20.03.2026")
    qtbot.keyClick(box.sent_on_edit, Qt.Key.Key_Return)
    assert box.state_label.text() == "Version 2, versandt am 20.03.2026"


def test_the_minutes_box_is_named_and_reachable_by_keyboard(view: SessionPlanningView) -> None:
    box = view.minutes_box
    for widget in (box.sent_on_edit, box.send_button, box.approver_combo, box.plan_button,
                   box.reopen_button, box.state_label):
        assert widget.accessibleName()
    chain = []
    widget: QWidget = box.sent_on_edit
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == [box.send_button, box.approver_combo, box.plan_button, box.reopen_button]
