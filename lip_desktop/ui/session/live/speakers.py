"""The speakers list (Redeliste) of the live window: requests on the current item,
"Nächste*r", a stopwatch per speech, parity order, a speaking-time limit, speaking time
per side.

Everything is a service call (``service.speakers``) committed at once; the panel only
shows ``SpeakersState``. The stopwatch is the clock's tick: it computes the time from the
stored start of the running speech, so a window reopened after a crash goes on where
the speech stood, and a tick never reads the catalogue.

Keys: Enter in the person field puts the person on the list; in the list, Entf removes,
Alt+Up/Alt+Down move; F7 ("Nächste*r") and Shift+F7 ("Rede beenden") work anywhere in
the window (they are window actions). The attendance toggles add a person too: a click
with Shift, or "+" on a focused toggle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums
from lip_desktop.model.services.speakers import MAX_LIMIT_MINUTES
from lip_desktop.model.speakers import SpeakersState, clock_text
from lip_desktop.ui import a11y, labels
from lip_desktop.ui.session.live.context import (
    LiveContext,
    record_list,
    refill,
    select_in,
    selected_id,
)


class SpeakersPanel(QWidget):
    """"Redeliste": person field, running speech with stopwatch, the ordered list with
    reasons, the buttons, the options and the speaking time per side."""

    #: The list was shown again (the projector and the status bar follow).
    sig_state_shown = Signal()

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.speakers: SpeakersState = context.hub.service.speakers.state(context.session_id)

        self.person_combo = QComboBox()
        self.person_combo.setObjectName("speakerPerson")
        self.person_combo.setAccessibleName(self.tr("Person für die Redeliste"))
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_button = QPushButton(self.tr("Auf die &Liste"))
        self.add_button.setAccessibleName(self.tr("Person auf die Redeliste setzen"))

        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        self.running_label = QLabel()
        self.running_label.setObjectName("runningSpeech")
        self.running_label.setAccessibleName(self.tr("Es spricht"))
        self.running_label.setFont(bold)
        self.limit_warning = QLabel()
        self.limit_warning.setObjectName("speechLimitWarning")
        self.limit_warning.setAccessibleName(self.tr("Warnung zur Redezeit"))
        self.limit_warning.setStyleSheet(a11y.warning_style())
        self.limit_warning.setWordWrap(True)
        self.limit_warning.hide()

        self.speaker_list = record_list("speakerList", self.tr("Redeliste: wartende Personen"))
        self.speaker_list.installEventFilter(self)
        self.next_button = QPushButton(self.tr("Nächste*r (F7)"))
        self.next_button.setAccessibleName(self.tr("Nächste Person aufrufen"))
        self.finish_button = QPushButton(self.tr("Rede beenden (Umschalt+F7)"))
        self.finish_button.setAccessibleName(self.tr("Laufende Rede beenden"))
        self.up_button = QPushButton(self.tr("nach oben"))
        self.up_button.setAccessibleName(self.tr("Wortmeldung nach oben schieben"))
        self.down_button = QPushButton(self.tr("nach unten"))
        self.down_button.setAccessibleName(self.tr("Wortmeldung nach unten schieben"))
        self.remove_button = QPushButton(self.tr("entfernen"))
        self.remove_button.setAccessibleName(self.tr("Wortmeldung von der Liste nehmen"))

        self.parity_check = QCheckBox(self.tr("&Quotiert: Verwaltung und extern im Wechsel, "
                                              "erste Beiträge zuerst"))
        self.parity_check.setObjectName("speakerParity")
        self.limit_spin = QSpinBox()
        self.limit_spin.setObjectName("speechLimit")
        self.limit_spin.setRange(0, MAX_LIMIT_MINUTES)
        self.limit_spin.setSpecialValueText(self.tr("keine"))
        self.limit_spin.setSuffix(self.tr(" Min."))
        self.limit_spin.setAccessibleName(self.tr("Redezeit je Beitrag zu diesem TOP"))
        self.projector_check = QCheckBox(self.tr("Redezeit auf dem Bea&mer zeigen"))
        self.projector_check.setObjectName("speakerTimesOnProjector")
        self.times_label = QLabel()
        self.times_label.setObjectName("speakingTimes")
        self.times_label.setAccessibleName(self.tr("Redezeit je Seite"))
        self.times_label.setWordWrap(True)

        add_row = QHBoxLayout()
        add_row.addWidget(self.person_combo, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for button in (self.next_button, self.finish_button, self.up_button,
                       self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        options = QFormLayout()
        options.addRow(self.parity_check)
        options.addRow(self.tr("Redezeit &je Beitrag:"), self.limit_spin)
        options.addRow(self.projector_check)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.running_label)
        layout.addWidget(self.limit_warning)
        layout.addWidget(self.speaker_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.times_label)
        layout.addLayout(options)

        self.add_button.clicked.connect(self.add_selected_person)
        line = self.person_combo.lineEdit()
        assert line is not None
        line.returnPressed.connect(self.add_selected_person)
        self.next_button.clicked.connect(self.next_speaker)
        self.finish_button.clicked.connect(self.finish_speech)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.speaker_list.itemSelectionChanged.connect(self.update_buttons)
        self.parity_check.toggled.connect(self.on_parity_check_toggled)
        self.projector_check.toggled.connect(self.on_projector_check_toggled)
        self.limit_spin.editingFinished.connect(self.on_limit_spin_editing_finished)

    # --- showing -------------------------------------------------------------------------

    def show_state(self) -> None:
        """Read the list again and show it (after any change to the session)."""
        self.speakers = self.context.hub.service.speakers.state(self.context.session_id)
        state = self.speakers
        self._fill_people()
        entries = []
        for n, entry in enumerate(state.waiting, 1):
            text = self.tr("%1. %2 (%3) – %4").replace("%1", str(n)).replace(
                "%2", entry.name).replace("%3", labels.label(enums.SIDE, entry.side)).replace(
                "%4", entry.reason)
            item = QListWidgetItem(text)
            item.setToolTip(entry.reason)
            entries.append((entry.id, item))
        refill(self.speaker_list, entries)
        if self.speaker_list.currentRow() < 0 and entries:
            self.speaker_list.setCurrentRow(0)
        for box, value in ((self.parity_check, state.parity),
                           (self.projector_check, state.show_times)):
            with QSignalBlocker(box):
                box.setChecked(value)
        with QSignalBlocker(self.limit_spin):
            self.limit_spin.setValue((state.limit_seconds or 0) // 60)
        editable = not self.context.read_only
        for widget in (self.person_combo, self.add_button, self.parity_check,
                       self.projector_check):
            widget.setEnabled(editable)
        self.limit_spin.setEnabled(editable and state.agenda_item_id is not None)
        self.update_buttons()
        self.show_time()
        self.sig_state_shown.emit()

    def _fill_people(self) -> None:
        """Present members first (they are who asks to speak), then the others."""
        present = {a.person_id for a in self.context.state.meeting.attendance if a.present}
        people = sorted(self.context.members, key=lambda m: m[0].id not in present)
        wanted = [(p.id, f"{p.name} ({labels.label(enums.SIDE, p.side)})") for p, _ in people]
        current = [(self.person_combo.itemData(i), self.person_combo.itemText(i))
                   for i in range(self.person_combo.count())]
        if wanted == current:
            return
        chosen = self.person_combo.currentData()
        with QSignalBlocker(self.person_combo):
            self.person_combo.clear()
            for pid, text in wanted:
                self.person_combo.addItem(text, pid)
            index = self.person_combo.findData(chosen)
            self.person_combo.setCurrentIndex(max(index, 0))

    def update_buttons(self) -> None:
        editable = not self.context.read_only
        selected = self.selected_entry_id() is not None
        self.next_button.setEnabled(editable and (bool(self.speakers.waiting)
                                                  or self.speakers.running is not None))
        self.finish_button.setEnabled(editable and self.speakers.running is not None)
        for button in (self.up_button, self.down_button):
            button.setEnabled(editable and selected and not self.speakers.parity)
        self.remove_button.setEnabled(editable and selected)

    def show_time(self) -> None:
        """Each tick: the stopwatch, the limit warning and the sums, from the stored start
        and the clock (no read)."""
        state, now = self.speakers, self.context.clock.now()
        running = state.running
        if running is None:
            self.running_label.setText(self.tr("Niemand spricht."))
        else:
            self.running_label.setText(self.tr("Es spricht: %1 (%2) · %3").replace(
                "%1", running.name).replace("%2", labels.label(enums.SIDE, running.side))
                .replace("%3", clock_text(running.elapsed(now))))
        over = state.over_limit(now)
        if over and state.limit_seconds is not None:
            self.limit_warning.setText(self.tr(
                "⚠ Redezeit überschritten: %1 von %2 je Beitrag").replace(
                "%1", clock_text(running.elapsed(now) if running else 0)).replace(
                "%2", clock_text(state.limit_seconds)))
        if over != self.limit_warning.isVisible():
            self.limit_warning.setVisible(over)
            if over:
                a11y.announce(self.limit_warning, self.limit_warning.text(), assertive=True)
        item_times, session_times = state.times(now)
        self.times_label.setText(self.tr("Dieser TOP: %1\nSitzung: %2").replace(
            "%1", self.times_text(item_times.administration, item_times.external)).replace(
            "%2", self.times_text(session_times.administration, session_times.external)))

    def times_text(self, administration: int, external: int) -> str:
        return self.tr("Redezeit Verwaltung %1 · extern %2").replace(
            "%1", clock_text(administration)).replace("%2", clock_text(external))

    def selected_entry_id(self) -> str | None:
        return selected_id(self.speaker_list)

    # --- acting --------------------------------------------------------------------------

    def add_person(self, person_id: str) -> str | None:
        """Put a person on the list of the current item; returns the entry id."""
        sid = self.context.session_id
        entry_id = self.context.call(lambda s: s.speakers.add(sid, person_id))
        if entry_id is None:
            return None
        name = next((p.name for p, _ in self.context.members if p.id == person_id), "")
        self.context.saved(self.tr("Redeliste: %1").replace("%1", name))
        return str(entry_id)

    def add_selected_person(self) -> str | None:
        person_id = self.person_combo.currentData()
        if not person_id:
            return None
        return self.add_person(str(person_id))

    def next_speaker(self) -> None:
        sid, now = self.context.session_id, self.context.clock.now()
        self.context.call(lambda s: s.speakers.next(sid, now))

    def finish_speech(self) -> None:
        sid, now = self.context.session_id, self.context.clock.now()
        self.context.call(lambda s: s.speakers.finish(sid, now))

    def move_selected(self, delta: int) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        sid = self.context.session_id
        if self.context.call(lambda s: s.speakers.move(sid, entry_id, delta)) is not None:
            select_in(self.speaker_list, entry_id)

    def remove_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id is None:
            return
        row = self.speaker_list.currentRow()
        sid = self.context.session_id
        if self.context.call(lambda s: s.speakers.remove(sid, entry_id)) is not None:
            self.speaker_list.setCurrentRow(min(row, self.speaker_list.count() - 1))

    def on_parity_check_toggled(self, on: bool) -> None:
        sid = self.context.session_id
        self.context.call(lambda s: s.speakers.set_parity(sid, on))

    def on_projector_check_toggled(self, on: bool) -> None:
        sid = self.context.session_id
        self.context.call(lambda s: s.speakers.set_show_times(sid, on))

    def on_limit_spin_editing_finished(self) -> None:
        item_id = self.speakers.agenda_item_id
        minutes = self.limit_spin.value() or None
        if item_id is None or (minutes or 0) * 60 == (self.speakers.limit_seconds or 0):
            return
        sid = self.context.session_id
        self.context.call(lambda s: s.speakers.set_limit(sid, item_id, minutes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list: Entf removes, Alt+Up/Alt+Down move the selected request."""
        if watched is self.speaker_list and isinstance(event, QKeyEvent) and (
                event.type() == QEvent.Type.KeyPress):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_Delete and not alt:
                self.remove_selected()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else +1)
                return True
        return super().eventFilter(watched, event)
