"""The base of every record form: fields bound to a record, each edit committed at once.

There is no "Save" button. When the user finishes a field (Return, leaving it, picking a
combo entry, adding a tag) the form checks the new value with the model's own
``records.clean_record`` and, if it passes, runs an undoable ``UpdateFields`` through the
hub. A value the model refuses is never sent: its German message appears under the
field (and as the field's accessible description) and the field keeps what the user
typed, so it can be corrected. Each edit is made over the value the field showed: a
value someone else saved in between (another window, another person on the server) is
not overwritten; the refusal names who, when and what, and the field shows their value.

Every change to the record, also an undo from the Edit menu, comes back through
``hub.sig_catalogue_changed`` and is shown at once; only a field the user is still
editing (its value differs from what was last shown and the stored value of that very
field did not change) is left alone, so a refresh never eats half-typed text or moves
the focus. Changes made elsewhere (another window on a server catalogue) spare such a
field even when its stored value changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model.changes import Changes
from lip_desktop.model.checks import TEXT_FIELDS
from lip_desktop.model.errors import ValidationError
from lip_desktop.model.records import SPECS, clean_record
from lip_desktop.model.rights import field_code_of
from lip_desktop.ui.forms.terms import TermRules
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.seen import kept_note, refused_text, seen_edit
from lip_desktop.ui.widgets.enum_combo import EnumCombo
from lip_desktop.ui.widgets.euro_edit import ERROR_COLOUR
from lip_desktop.ui.widgets.term_edit import TermHintBar, TermLineEdit, TermTextEdit


class ValueWidget(Protocol):
    """What a form needs from a field widget (see ``ui.widgets``)."""

    @property
    def sig_value_committed(self) -> SignalInstance: ...

    def value(self) -> Any: ...

    def setValue(self, value: Any) -> None: ...

    def input_error(self) -> str | None: ...

    def focus_widgets(self) -> list[QWidget]: ...


@dataclass(eq=False)
class FieldBinding:
    """One record field and the widget that edits it."""

    key: str
    widget: QWidget
    value_widget: ValueWidget
    error_label: QLabel
    #: The record's value when the field was last shown.
    stored: Any = None
    #: The widget's value right after it was last shown (may be normalised, e.g. line
    #: breaks); a different value now means the user has edited the field.
    shown: Any = None

    def dirty(self) -> bool:
        if self.value_widget.input_error() is not None:
            return True
        return bool(self.value_widget.value() != self.shown)


class RecordForm(QWidget):
    """Shows one record of ``record_type`` and commits each finished field edit.

    Subclasses build their fields in ``__init__`` with ``section`` and ``add_field`` and
    end with ``finish_layout()``; read-only parts are filled in ``show_extras``.
    """

    record_type: ClassVar[str] = ""

    def __init__(self, hub: CatalogueHub, terms: TermRules | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.terms = terms if terms is not None else TermRules(hub, self)
        self.record_id: str | None = None
        self.record: Any = None
        self._bindings: dict[str, FieldBinding] = {}
        self._chain: list[QWidget] = []
        self._term_widgets: list[TermLineEdit | TermTextEdit] = []
        self._loading = False
        self._read_only: set[str] = set()
        self._layout = QVBoxLayout(self)
        self.spec = SPECS[self.record_type]
        self.terms.sig_checker_changed.connect(self.on_terms_checker_changed)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    # --- building ----------------------------------------------------------------------

    def section(self, title: str) -> QFormLayout:
        """A titled group of fields, added below the previous one."""
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addWidget(box)
        return form

    def label_of(self, key: str) -> str:
        """The German label of a field, from the model's field spec."""
        return self.spec.fields[key].label

    def checks_terms(self, key: str) -> bool:
        """Whether the catalogue check looks for outdated terms in this field."""
        return key in TEXT_FIELDS.get(self.spec.json_key, ())

    def line(self, key: str) -> TermLineEdit:
        edit = TermLineEdit()
        if self.checks_terms(key):
            self._use_terms(edit)
        return edit

    def text(self, key: str, lines: int = 5) -> TermTextEdit:
        edit = TermTextEdit()
        edit.setVisibleLines(lines)
        if self.checks_terms(key):
            self._use_terms(edit)
        return edit

    def combo(self, key: str, labels: Mapping[Any, str], empty: str = "–") -> EnumCombo:
        """A combo over an enumeration; nullable fields get the ``empty`` entry first."""
        nullable = self.spec.fields[key].nullable
        return EnumCombo(labels, empty=empty if nullable else None)

    def _use_terms(self, edit: TermLineEdit | TermTextEdit) -> None:
        edit.setChecker(self.terms.checker)
        self._term_widgets.append(edit)

    def add_field(self, form: QFormLayout, key: str, widget: QWidget) -> QWidget:
        """Bind ``widget`` to field ``key`` and lay it out with its label, its terminology
        hint row (for term-aware fields) and a hidden error line."""
        value_widget: ValueWidget = widget  # type: ignore[assignment]
        label_text = self.label_of(key)
        error = QLabel()
        error.setWordWrap(True)
        palette = error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        error.setPalette(palette)
        error.setAccessibleName(self.tr("Fehler bei %1").replace("%1", label_text))
        error.hide()

        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        focusables = list(value_widget.focus_widgets())
        if isinstance(widget, TermLineEdit | TermTextEdit) and widget in self._term_widgets:
            hint = TermHintBar(widget)
            hint.setObjectName(f"{key}_hint")
            box.addWidget(hint)
            focusables.append(hint.button)
        box.addWidget(error)

        label = QLabel(label_text + ":")
        label.setBuddy(value_widget.focus_widgets()[0])
        form.addRow(label, container)
        widget.setObjectName(key)
        widget.setAccessibleName(label_text)

        binding = FieldBinding(key, widget, value_widget, error)
        self._bindings[key] = binding
        self._chain.extend(focusables)
        value_widget.sig_value_committed.connect(lambda k=key: self.commit(k))
        return widget

    def add_readonly(self, form: QFormLayout, label_text: str, widget: QWidget) -> None:
        """A shown-only row (code, draft version); focusable so screen readers reach it."""
        label = QLabel(label_text + ":")
        label.setBuddy(widget)
        widget.setAccessibleName(label_text)
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, QLabel):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        form.addRow(label, widget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self._chain.append(widget)

    def add_to_tab_chain(self, *widgets: QWidget) -> None:
        self._chain.extend(widgets)

    def finish_layout(self) -> None:
        """Tab order = field order, whatever order the widgets were created in."""
        self._layout.addStretch(1)
        for first, second in zip(self._chain, self._chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- loading -----------------------------------------------------------------------

    def binding(self, key: str) -> FieldBinding:
        return self._bindings[key]

    def widget(self, key: str) -> QWidget:
        return self._bindings[key].widget

    def load(self, record_id: str) -> None:
        """Show record ``record_id`` (raises ``LipError`` if it does not exist)."""
        record = self.hub.record(self.record_type, record_id)
        self.record_id, self.record = record_id, record
        self._loading = True
        try:
            for b in self._bindings.values():
                self._show_value(b, getattr(record, b.key))
            self.show_extras(record)
            self._show_rights(record)
        finally:
            self._loading = False

    def _show_rights(self, record: Any) -> None:
        """Fields this login may not change (``catalogue.rights``: a reader, the steering
        group outside its two fields, a facilitator outside their action fields) are shown
        read-only, and screen readers hear "schreibgeschützt"."""
        rights = self.hub.catalogue.rights
        code = None if rights.is_lead else field_code_of(self.record_type, record,
                                                         self.hub.record)
        before = self._read_only
        self._read_only = {key for key in self._bindings
                           if not rights.may_change(self.record_type, key, code)}
        for key in before ^ self._read_only:  # only what changed: the lead touches nothing
            b = self._bindings[key]
            locked = key in self._read_only
            if callable(getattr(b.widget, "setReadOnly", None)):
                b.widget.setReadOnly(locked)  # type: ignore[attr-defined]
                # A read-only text field looks like an editable one in every style: give
                # it the window's background (from the palette, so high contrast holds).
                palette = QPalette()
                if locked:
                    palette = b.widget.palette()
                    palette.setColor(QPalette.ColorRole.Base,
                                     palette.color(QPalette.ColorRole.Window))
                b.widget.setPalette(palette)
            else:
                b.widget.setEnabled(not locked)
            if b.error_label.isHidden():
                b.widget.setAccessibleDescription(self.tr("schreibgeschützt") if locked
                                                  else "")

    def is_read_only(self, key: str) -> bool:
        """Whether field ``key`` is shown read-only for this login's rights."""
        return key in self._read_only

    def clear(self) -> None:
        """Forget the record (it was deleted or another form took over)."""
        self.record_id, self.record = None, None

    def refresh(self, *, keep_edited: bool = False) -> None:
        """Re-read the record after a change and show it, sparing fields being edited.

        ``keep_edited``: the change was made elsewhere (``Changes.remote``), so a field
        being edited keeps the typed text even when its stored value changed; it still
        remembers the value the user saw (``stored``), not the new one. Changes of this
        window (an undo from the Edit menu) replace such a field: the user asked for them.
        """
        if self.record_id is None:
            return
        record = self.hub.record(self.record_type, self.record_id)
        self.record = record
        self._loading = True
        try:
            for b in self._bindings.values():
                new = getattr(record, b.key)
                if b.dirty() and (keep_edited or new == b.stored):
                    continue  # the user is editing this field: their text stays
                self._show_value(b, new)
            self.show_extras(record)
            self._show_rights(record)
        finally:
            self._loading = False

    def _show_value(self, b: FieldBinding, value: Any) -> None:
        b.value_widget.setValue(value)
        b.stored = value
        b.shown = b.value_widget.value()
        self._set_error(b, None)

    def show_extras(self, record: Any) -> None:
        """Fill the read-only parts of the form; subclasses override."""

    def focus_first_field(self) -> None:
        """Put the cursor into the first editable field (after creating a record)."""
        if self._bindings:
            first = next(iter(self._bindings.values()))
            target = first.value_widget.focus_widgets()[0]
            target.setFocus()
            if isinstance(target, QLineEdit):
                target.selectAll()

    # --- committing --------------------------------------------------------------------

    def current_values(self) -> dict[str, Any]:
        """The stored record as a field dict, the base for checking one changed field."""
        return {key: getattr(self.record, key) for key in self.spec.fields
                if hasattr(self.record, key)}

    def commit(self, key: str) -> bool:
        """Check and store the field ``key``; False if refused (message under the field).

        The check is the model's (``clean_record`` on the whole record with the new value,
        so rules between fields such as "end not before start" apply); the edit itself
        is an undoable ``UpdateFields`` through the hub, made over the value the field
        showed (``seen_edit``): a value someone else saved meanwhile is not overwritten.
        """
        if self._loading or self.record_id is None or key in self._read_only:
            return False
        b = self._bindings[key]
        problem = b.value_widget.input_error()
        if problem is not None:
            self._set_error(b, problem)
            return False
        value = b.value_widget.value()
        if value == b.shown:
            self._set_error(b, None)  # back to what is stored: nothing to do
            current = getattr(self.record, key, b.stored)
            if current != b.stored:  # saved elsewhere meanwhile (kept while typed): show it
                self._show_value(b, current)
            return True
        try:
            cleaned = clean_record(self.record_type, {**self.current_values(), key: value})
        except ValidationError as error:
            self._set_error(b, error.message)
            return False
        self._set_error(b, None)
        if cleaned[key] == b.stored:
            b.shown = value
            return True
        seen = b.stored  # what the field showed when the user began: the edit is over it
        command = seen_edit(self.record_type, self.record_id, {key: cleaned[key]},
                            {key: seen})
        if self.hub.run_undoable(command):
            return True
        if b.stored != seen:
            # Someone else saved this field meanwhile: the hub has named who, when and
            # what, the field now shows their value and the typed text is on the clipboard.
            message = self.tr("Nicht gespeichert – inzwischen anders gespeichert, siehe "
                              "Meldung.")
            if refused_text(command):
                message += " " + kept_note()
            self._set_error(b, message)
        else:
            # The hub has shown why (e.g. a code already in use); keep the input.
            self._set_error(b, self.tr("Nicht gespeichert – siehe Meldung."))
        return False

    def commit_pending(self) -> None:
        """Commit every field the user changed but has not finished (before switching)."""
        for key, b in list(self._bindings.items()):
            if b.dirty():
                self.commit(key)

    def error_text(self, key: str) -> str:
        """The message shown under field ``key`` (empty if none)."""
        b = self._bindings[key]
        return "" if b.error_label.isHidden() else b.error_label.text()

    def _set_error(self, b: FieldBinding, message: str | None) -> None:
        b.error_label.setText(message or "")
        b.error_label.setVisible(bool(message))
        locked = self.tr("schreibgeschützt") if b.key in self._read_only else ""
        b.widget.setAccessibleDescription(message or locked)

    # --- handlers ----------------------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        rid = self.record_id
        if rid is None or rid in changes.deleted.get(self.record_type, ()):
            return  # a deleted record is the editor stack's business
        if rid in changes.touched(self.record_type):
            self.refresh(keep_edited=changes.remote)
        else:
            self.on_other_changes(changes)

    def on_other_changes(self, changes: Changes) -> None:
        """Changes that do not touch this record (e.g. its goal); subclasses override."""

    def on_terms_checker_changed(self, checker: object) -> None:
        for edit in self._term_widgets:
            edit.setChecker(self.terms.checker)

