"""The editor pane: one form per record type, showing whatever the navigation picked.

Forms are built on first use and reused (building the measure form with its indicator
table costs more than loading a record into it), and each keeps the terminology checker
shared through one ``TermRules``. Switching records first commits what the user typed in
the field still being edited, so clicking elsewhere in the tree never loses input.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QWidget

from lip_desktop.model.changes import Changes
from lip_desktop.model.errors import LipError
from lip_desktop.ui.forms.base import RecordForm
from lip_desktop.ui.forms.measure import MeasureForm
from lip_desktop.ui.forms.others import (
    ActionFieldForm,
    CatalogueForm,
    GoalForm,
    StrategySectionForm,
)
from lip_desktop.ui.forms.terms import TermRules
from lip_desktop.ui.hub import CatalogueHub

#: The form class for each record type the editor can show.
FORMS: Final[dict[str, type[RecordForm]]] = {
    "measure": MeasureForm,
    "goal": GoalForm,
    "action_field": ActionFieldForm,
    "strategy_section": StrategySectionForm,
    "catalogue": CatalogueForm,
}


class EditorStack(QStackedWidget):
    """Shows the form of one record, or a hint to pick one.

    ``show_record(record_type, record_id)`` is the whole interface for the main window;
    ``sig_record_shown`` tells which record is on screen (("", "") for the empty page).
    """

    #: The record now shown: (record type, id), or ("", "") for the empty page.
    sig_record_shown = Signal(str, str)

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.terms = TermRules(hub, self)
        self._forms: dict[str, RecordForm] = {}
        self._pages: dict[str, QScrollArea] = {}
        self.empty_page = QLabel(self.tr("Bitte links einen Eintrag wählen."))
        self.empty_page.setObjectName("emptyEditor")
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        self.addWidget(self.empty_page)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    def form(self, record_type: str) -> RecordForm:
        """The form for ``record_type`` (built on first use)."""
        form = self._forms.get(record_type)
        if form is None:
            form = FORMS[record_type](self.hub, self.terms)
            form.setObjectName(f"{record_type}Form")
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setWidget(form)
            # The form gets the width it needs (no horizontal scroll bar): the splitter
            # and the docks beside the editor give way instead.
            page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            page.setMinimumWidth(form.minimumSizeHint().width()
                                 + page.verticalScrollBar().sizeHint().width())
            self.addWidget(page)
            self._forms[record_type] = form
            self._pages[record_type] = page
        return form

    def current_form(self) -> RecordForm | None:
        current = self.currentWidget()
        return next((self._forms[rt] for rt, page in self._pages.items() if page is current),
                    None)

    def current_record(self) -> tuple[str, str] | None:
        form = self.current_form()
        if form is None or form.record_id is None:
            return None
        return form.record_type, form.record_id

    def show_record(self, record_type: str, record_id: str | None) -> None:
        """Show a record's form; the empty page for ``None``, unknown types or a record
        that no longer exists."""
        previous = self.current_form()
        if previous is not None:
            previous.commit_pending()
        if record_id is None or record_type not in FORMS:
            self.show_empty()
            return
        form = self.form(record_type)
        try:
            form.load(record_id)
        except LipError:
            self.show_empty()
            return
        if previous is not None and previous is not form:
            previous.clear()
        self.setCurrentWidget(self._pages[record_type])
        self.sig_record_shown.emit(record_type, record_id)

    def show_empty(self) -> None:
        form = self.current_form()
        if form is not None:
            form.clear()
        self.setCurrentWidget(self.empty_page)
        self.sig_record_shown.emit("", "")

    def focus_first_field(self) -> None:
        form = self.current_form()
        if form is not None:
            form.focus_first_field()

    def commit_pending(self) -> None:
        """Commit the field being edited (e.g. before the window closes)."""
        form = self.current_form()
        if form is not None:
            form.commit_pending()

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        shown = self.current_record()
        if shown is not None and shown[1] in changes.deleted.get(shown[0], ()):
            self.show_empty()
