"""A measure's implementation state in the form: status, responsible unit, short note.

The three parts are one field of the record (``implementation``), committed together, so
an undo restores the whole state. The date of the state (``updated_at``) is not typed: it
becomes today when the status, unit or note changes, and stays as it was otherwise.
An empty unit means the measure's lead (the model fills it in).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from lip_desktop.model import enums
from lip_desktop.ui.widgets.enum_combo import EnumCombo


class ImplementationEdit(QWidget):
    """``value()``: ``None`` (no state yet) or ``{status, responsible, note, updated_at}``."""

    #: The user finished an edit (picked a status, left or confirmed a text).
    sig_value_committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[str, Any] | None = None
        self.status = EnumCombo(enums.IMPLEMENTATION_STATUS,
                                empty=self.tr("– noch nicht erfasst –"))
        self.status.setObjectName("implementation_status")
        self.status.setAccessibleName(self.tr("Umsetzungsstatus"))
        self.responsible = QLineEdit()
        self.responsible.setObjectName("implementation_responsible")
        self.responsible.setAccessibleName(self.tr("Verantwortlich"))
        self.responsible.setPlaceholderText(self.tr("leer: die Federführung"))
        self.note = QLineEdit()
        self.note.setObjectName("implementation_note")
        self.note.setAccessibleName(self.tr("Umsetzungsnotiz"))
        self.since = QLabel()
        self.since.setObjectName("implementation_since")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Stand der Umsetzung:"), self.status)
        form.addRow(self.tr("Verantwortlich:"), self.responsible)
        form.addRow(self.tr("Notiz:"), self.note)
        form.addRow(self.tr("Stand vom:"), self.since)
        self.status.sig_value_committed.connect(self.sig_value_committed.emit)
        self.responsible.editingFinished.connect(self.sig_value_committed.emit)
        self.note.editingFinished.connect(self.sig_value_committed.emit)

    def _content(self) -> dict[str, Any]:
        return {"status": self.status.value(), "responsible": self.responsible.text(),
                "note": self.note.text()}

    def value(self) -> dict[str, Any] | None:
        content = self._content()
        if content["status"] is None:
            return None
        stored = self._stored
        if stored is not None and all(stored.get(k) == v for k, v in content.items()):
            return dict(stored)
        return {**content, "updated_at": date.today().isoformat()}

    def setValue(self, value: Any) -> None:
        self._stored = dict(value) if isinstance(value, dict) else None
        state = self._stored or {}
        self.status.setValue(state.get("status"))
        self.responsible.setText(state.get("responsible") or "")
        self.note.setText(state.get("note") or "")
        stamp = state.get("updated_at")
        self.since.setText(_german_date(stamp) if stamp else "–")

    def input_error(self) -> str | None:
        content = self._content()
        if content["status"] is None and (content["responsible"].strip()
                                          or content["note"].strip()):
            return self.tr("Bitte zuerst einen Umsetzungsstatus wählen.")
        return None

    def focus_widgets(self) -> list[QWidget]:
        return [self.status, self.responsible, self.note]


def _german_date(stamp: str) -> str:
    """``2024-02-15`` as ``15.02.2024``; anything else as it is."""
    try:
        return date.fromisoformat(stamp[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return stamp
