"""Attendance in the live session: one large toggle per member, by side, with the counts,
the quorum and a staffing warning (all figures from ``live_state``).

The toggles also put a person on the speakers list: a click with Shift, or "+" on a
focused toggle (``sig_speaker_requested``); presence does not change then."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums
from lip_desktop.ui import a11y, labels
from lip_desktop.ui.session.live.context import TOGGLE_HEIGHT, LiveContext

#: The attendance column grows to its longest name up to this width (px).
ATTENDANCE_MAX_WIDTH: Final = 560
#: Before a present person's name (presence is never shown by colour alone).
PRESENT_MARK: Final = "✓ "


class AttendancePanel(QGroupBox):
    """"Anwesenheit": a click on a member stores it at once."""

    #: The quorum was shown (quorate, its text): the announcer speaks on a change.
    sig_quorum_shown = Signal(bool, str)
    #: Shift+click or "+" on a member's toggle: put that person (id) on the speakers list.
    sig_speaker_requested = Signal(str)

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Anwesenheit"))
        self.context = context
        self.attendance_buttons: dict[str, QPushButton] = {}
        self._shift_click = False
        self.attendance_label = QLabel()
        self.attendance_label.setObjectName("attendanceCounts")
        self.attendance_label.setAccessibleName(self.tr("Anwesende je Seite"))
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.attendance_label.setFont(bold)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setAccessibleName(self.tr("Beschlussfähigkeit"))
        self.quorum_label.setWordWrap(True)
        self.staffing_label = QLabel(self.tr(
            "⚠ Besetzung: eine Seite ist unter den Anwesenden unterrepräsentiert."))
        self.staffing_label.setObjectName("staffingWarning")
        self.staffing_label.setAccessibleName(self.tr("Warnung zur Besetzung"))
        self.staffing_label.setWordWrap(True)
        self.staffing_label.setStyleSheet(a11y.warning_style())
        self.side_boxes: dict[str, QGroupBox] = {}
        side_row = QHBoxLayout()
        for side, label in labels.items(enums.SIDE):
            box = QGroupBox(label)
            box.setObjectName(f"attendance_{side}")
            QVBoxLayout(box).setAlignment(Qt.AlignmentFlag.AlignTop)
            self.side_boxes[side] = box
            side_row.addWidget(box)
        toggles = QWidget()
        toggles.setObjectName("attendanceToggles")
        toggles.setStyleSheet(a11y.checked_style("good", bold=False))
        toggles.setLayout(side_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(toggles)
        self.attendance_toggles, self.attendance_scroll = toggles, scroll
        layout = QVBoxLayout(self)
        layout.addWidget(self.attendance_label)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.staffing_label)
        layout.addWidget(scroll, 1)

    def show_state(self) -> None:
        if set(self.attendance_buttons) != {p.id for p, _ in self.context.members}:
            self._build_toggles()
        self.show_attendance()
        for box in self.side_boxes.values():
            box.setEnabled(not self.context.read_only)

    def _build_toggles(self) -> None:
        for button in self.attendance_buttons.values():
            button.deleteLater()
        self.attendance_buttons = {}
        for person, role in self.context.members:
            box = self.side_boxes.get(person.side) or self.side_boxes["external"]
            text = person.name
            if role != "member":
                text += f" ({labels.label(enums.ROLE, role)})"
            button = QPushButton(text)
            button.setCheckable(True)
            button.setMinimumHeight(TOGGLE_HEIGHT)
            # Present is said by a check mark, not only the colour; the toggle keeps its
            # width in both states, so the name is never clipped.
            button.setProperty("name", text)
            button.setMinimumWidth(
                QFontMetrics(button.font()).horizontalAdvance(PRESENT_MARK + text) + 28)
            button.setAccessibleName(self.tr("Anwesenheit: %1").replace("%1", text))
            button.setToolTip(person.organisation)
            button.setProperty("person_id", person.id)
            button.installEventFilter(self)
            button.clicked.connect(
                lambda checked, pid=person.id: self.on_toggle_clicked(pid, bool(checked)))
            layout = box.layout()
            assert layout is not None
            layout.addWidget(button)
            self.attendance_buttons[person.id] = button
        self._fit_width()

    def _fit_width(self) -> None:
        """The attendance gets the width its longest names need (no sideways scrolling),
        up to ``ATTENDANCE_MAX_WIDTH`` so the capture side keeps the rest."""
        toggles = self.attendance_toggles
        for widget in (*self.side_boxes.values(), toggles):
            layout = widget.layout()
            if layout is not None:
                layout.activate()  # the new toggles count before the window is shown
        metric = self.style().pixelMetric
        need = (max(toggles.sizeHint().width(), toggles.minimumSizeHint().width())
                + 2 * metric(QStyle.PixelMetric.PM_DefaultFrameWidth)
                + metric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4)
        self.attendance_scroll.setMinimumWidth(min(need, ATTENDANCE_MAX_WIDTH))

    def show_attendance(self) -> None:
        state = self.context.state
        present = {a.person_id for a in state.meeting.attendance if a.present}
        for pid, button in self.attendance_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(pid in present)
            button.setText((PRESENT_MARK if pid in present else "") + button.property("name"))
            button.setAccessibleDescription(
                self.tr("anwesend") if pid in present else self.tr("abwesend"))
        summary = state.attendance
        self.attendance_label.setText(self.tr("anwesend: Verwaltung %1 · extern %2").replace(
            "%1", str(summary.present.administration)).replace(
                "%2", str(summary.present.external)))
        if summary.quorum is None:
            text = self.tr("beschlussfähig (kein Quorum festgelegt)")
        elif summary.quorate:
            text = self.tr("beschlussfähig (Quorum %1 erreicht)").replace(
                "%1", str(summary.quorum))
        else:
            text = self.tr("nicht beschlussfähig: Quorum %1, anwesend %2").replace(
                "%1", str(summary.quorum)).replace("%2", str(summary.present_total))
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet("" if summary.quorate else a11y.warning_style())
        self.sig_quorum_shown.emit(summary.quorate, text)
        self.staffing_label.setHidden(not summary.staffing_warning)

    def on_toggle_clicked(self, person_id: str, checked: bool) -> None:
        shift, self._shift_click = self._shift_click, False
        if shift:
            self.show_attendance()  # the toggle goes back: presence is unchanged
            self.sig_speaker_requested.emit(person_id)
            return
        self.set_present(person_id, checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """"+" on a focused toggle asks for the speakers list; a click's Shift is noted
        (the release comes before the toggle's ``clicked``)."""
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease:
            self._shift_click = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        elif (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Plus):
            person_id = watched.property("person_id")
            if person_id:
                self.sig_speaker_requested.emit(str(person_id))
                return True
        return super().eventFilter(watched, event)

    def set_present(self, person_id: str, present: bool) -> bool:
        """One click on a member. Refused (it would change a closed vote): the German
        message, and the toggle goes back to what is stored."""
        sid = self.context.session_id
        done = self.context.call(
            lambda s: s.meetings.set_attendance(sid, person_id, present)) is not None
        if not done:
            self.show_attendance()
        return done
