"""The indicators of a measure as an editable table, each cell edit an undoable command.

Indicators are small records of their own (name, unit, baseline and target with their
years, source, survey rhythm, definition). A table shows a measure's few indicators at a
glance and edits them in place; every cell edit, added row and removed row goes through
the hub like any other edit (undoable, in the history). Numbers are shown and read in
German notation; a cell the model refuses keeps its old value and the German reason is
reported through ``sig_error`` for the widget to show under the table.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.commands import AddRecord, DeleteRecord
from lip_desktop.model.errors import ValidationError
from lip_desktop.model.records import SPECS, Indicator, Kind, clean_record
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.seen import seen_edit
from lip_desktop.ui.table_model import ListTableModel
from lip_desktop.ui.widgets.euro_edit import ERROR_COLOUR
from lip_desktop.ui.widgets.indicator_chart import IndicatorChart, summary
from lip_desktop.ui.widgets.numbers import format_decimal, parse_decimal, parse_integer

Index = QModelIndex | QPersistentModelIndex

#: Column order of the table: record field keys.
COLUMNS: Final = ("name", "unit", "baseline", "baseline_year", "target", "target_year",
                  "source", "frequency", "definition")
COL_NAME: Final = 0
_SPEC: Final = SPECS["indicator"]
_YEAR_KEYS: Final = frozenset({"baseline_year", "target_year"})


class IndicatorTableModel(ListTableModel[Indicator]):
    """Rows: the indicators of one measure in their order; columns: ``COLUMNS``."""

    EDITABLE = frozenset(range(len(COLUMNS)))

    #: German reason why the last cell edit was not stored ("" after a stored edit).
    sig_error = Signal(str)

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self._measure_id: str | None = None

    # --- content -----------------------------------------------------------------------

    @property
    def measure_id(self) -> str | None:
        return self._measure_id

    def set_measure(self, measure_id: str | None) -> None:
        self._measure_id = measure_id
        self.reset_rows(self.fetch())

    def fetch(self) -> list[Indicator]:
        measure_id = self._measure_id
        return [] if measure_id is None else queries.indicators_of(self._hub.catalogue,
                                                                   measure_id)

    def indicator(self, row: int) -> Indicator:
        return self.rows[row]

    @staticmethod
    def key_of(column: int) -> str:
        return COLUMNS[column]

    # --- Qt model ----------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        # "Jahr des Ausgangswerts" is too wide for a column; it stands next to it.
        return tuple(self.tr("Jahr") if key in _YEAR_KEYS else _SPEC.fields[key].label
                     for key in COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        key = COLUMNS[index.column()]
        value = getattr(self.rows[index.row()], key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(key, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(key, value)
            return f"{_SPEC.fields[key].label}: {text}" if text else _SPEC.fields[key].label
        if role == Qt.ItemDataRole.TextAlignmentRole and _SPEC.fields[key].kind in (
                Kind.NUMBER, Kind.INT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(key: str, value: Any) -> str:
        if value is None:
            return ""
        kind = _SPEC.fields[key].kind
        if kind is Kind.NUMBER:
            return format_decimal(value)
        return str(value)  # years without a thousands separator: "2028", not "2.028"

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            key = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return _SPEC.fields[key].label
        if (orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.rows)):
            return str(section + 1)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store one cell: read German numbers, check with the model, run ``UpdateFields``.

        The view is updated by the hub's change broadcast, not here, so an undo later
        refreshes the cell the same way.
        """
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        try:
            parsed = self._parse(key, value)
        except ValueError:
            self.sig_error.emit(self._unreadable(key, value))
            return False
        if parsed == getattr(row, key):
            return True
        values = {k: getattr(row, k) for k in _SPEC.fields}
        try:
            cleaned = clean_record("indicator", {**values, key: parsed})
        except ValidationError as error:
            self.sig_error.emit(error.message)
            return False
        self.sig_error.emit("")
        return self._hub.run_undoable(seen_edit("indicator", row.id, {key: cleaned[key]}, row))

    @staticmethod
    def _parse(key: str, value: Any) -> Any:
        kind = _SPEC.fields[key].kind
        if not isinstance(value, str):
            return value
        if kind is Kind.NUMBER:
            return parse_decimal(value)
        if kind is Kind.INT:
            return parse_integer(value)
        return value

    def _unreadable(self, key: str, value: Any) -> str:
        label = _SPEC.fields[key].label
        if _SPEC.fields[key].kind is Kind.INT:
            text = self.tr("„%2“ ist keine Jahreszahl (%1), z. B. 2028.")
        else:
            text = self.tr("„%2“ ist keine Zahl (%1); bitte in deutscher Schreibweise, "
                           "z. B. 1.234,5.")
        return text.replace("%1", label).replace("%2", str(value).strip())

    # --- rows --------------------------------------------------------------------------

    def add_indicator(self, name: str) -> str | None:
        """Add an indicator at the end (undoable); returns its id, None if refused."""
        measure_id = self._measure_id
        if measure_id is None:
            return None
        command = AddRecord(self.tr("Indikator hinzufügen"),
                            lambda s: s.structure.add_indicator(measure_id, name), "indicator")
        return command.record_id if self._hub.run_undoable(command) else None

    def remove_row(self, row: int) -> bool:
        """Delete the indicator in ``row`` (undoable: undo restores it unchanged)."""
        if not 0 <= row < len(self.rows):
            return False
        return self._hub.run_undoable(DeleteRecord("indicator", self.rows[row].id,
                                              self.tr("Indikator entfernen")))

    # --- refresh -----------------------------------------------------------------------

    def follows(self, changes: Changes) -> bool:
        measure_id = self._measure_id
        return measure_id is not None and (bool(changes.touched("indicator"))
                                           or measure_id in changes.touched("measure"))

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self._measure_id is not None and self._measure_id in changes.deleted.get(
                "measure", frozenset()):
            self.set_measure(None)
        else:
            super().on_hub_catalogue_changed(changes)


class IndicatorEditor(QWidget):
    """The table with "Indikator hinzufügen"/"Indikator entfernen" and an error line."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IndicatorTableModel(hub, self)
        self.view = QTableView()
        self.view.setObjectName("indicators")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Indikatoren"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, like every field
        # All nine columns stay visible in the editor's width: the columns share it and
        # the header labels wrap onto two lines; a cell's full text is in its tool tip.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * 2 + 8)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 8)

        self.add_button = QPushButton(self.tr("Indikator hinzufügen"))
        self.remove_button = QPushButton(self.tr("Indikator entfernen"))
        self.remove_button.setEnabled(False)
        for button in (self.add_button, self.remove_button):
            button.setAccessibleName(button.text())
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
        self.error_label.setPalette(palette)
        self.error_label.setAccessibleName(self.tr("Fehler bei den Indikatoren"))
        self.error_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.values = IndicatorValuesPanel(hub)
        layout.addWidget(self.values)

        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.model.sig_error.connect(self.on_model_error)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

    def focus_widgets(self) -> list[QWidget]:
        return [self.view, self.add_button, self.remove_button, *self.values.focus_widgets()]

    def set_measure(self, measure_id: str | None) -> None:
        if measure_id != self.model.measure_id:
            self.on_model_error("")
            self.model.set_measure(measure_id)

    def on_add_button_clicked(self) -> None:
        new_id = self.model.add_indicator(self.tr("Neuer Indikator"))
        row = -1 if new_id is None else self.model.row_of(new_id)
        if row >= 0:
            index = self.model.index(row, COL_NAME)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def on_remove_button_clicked(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.model.remove_row(rows[0].row())

    def on_model_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.view.setAccessibleDescription(message)

    def _update_buttons(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.remove_button.setEnabled(bool(rows))
        self.values.set_indicator(self.model.indicator(rows[0].row()).id if rows else None)
        self.add_button.setEnabled(self.model.measure_id is not None)


class IndicatorValuesPanel(QWidget):
    """The chosen indicator's yearly values: the chart with its summary in words, and a
    year and value to store (a value of a year already stored is changed). Every entry
    is an undoable command, like the cells of the table."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._indicator_id: str | None = None
        #: The values of the shown indicator by year, as last shown (what an edit is over).
        self._shown: dict[int, Any] = {}
        self.chart = IndicatorChart()
        self.summary = QLabel()
        self.summary.setObjectName("indicator_summary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Verlauf in Worten"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(date.today().year - 1)
        self.year.setAccessibleName(self.tr("Jahr des Messwerts"))
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Messwert"))
        self.value.setPlaceholderText(self.tr("z. B. 67,8"))
        self.store_button = QPushButton(self.tr("Messwert &speichern"))
        self.remove_button = QPushButton(self.tr("Messwert des Jahres entfernen"))
        for button in (self.store_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", ""))
        entry = QHBoxLayout()
        year_label = QLabel(self.tr("&Jahr:"))
        year_label.setBuddy(self.year)
        value_label = QLabel(self.tr("&Wert:"))
        value_label.setBuddy(self.value)
        for label in (year_label, value_label):  # never squeezed below its whole text
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(label.text()))
        for w in (year_label, self.year, value_label, self.value):
            entry.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.store_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary)
        layout.addLayout(entry)
        layout.addLayout(buttons)
        self.store_button.clicked.connect(self.on_store_button_clicked)
        self.value.returnPressed.connect(self.on_store_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.set_indicator(None)

    def focus_widgets(self) -> list[QWidget]:
        return [self.chart, self.year, self.value, self.store_button, self.remove_button]

    def set_indicator(self, indicator_id: str | None) -> None:
        self._indicator_id = indicator_id
        self._refresh()

    def _refresh(self) -> None:
        series = None if self._indicator_id is None else queries.indicator_series(
            self._hub.catalogue, self._indicator_id)
        if series is None:
            self._indicator_id = None
        self.chart.set_series(series)
        self._shown = {} if series is None else {
            v.year: v.value for v in self._hub.service.implementation.indicator_values(
                self._indicator_id or "")}
        self.summary.setText(summary(series))
        for w in (self.year, self.value, self.store_button, self.remove_button):
            w.setEnabled(series is not None)

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self._indicator_id is not None and (changes.touched("indicator_value")
                                               or changes.touched("indicator")):
            self._refresh()

    def _stored(self, year: int) -> Any:
        assert self._indicator_id is not None
        return next((v for v in self._hub.service.implementation.indicator_values(
            self._indicator_id) if v.year == year), None)

    def on_store_button_clicked(self) -> None:
        if self._indicator_id is None:
            return
        try:
            number = parse_decimal(self.value.text())
        except ValueError:
            number = None
        if number is None:
            self.summary.setText(self.tr("„%1“ ist keine Zahl. Bitte den Messwert als Zahl "
                                         "eingeben, z. B. 67,8.").replace("%1",
                                                                         self.value.text()))
            return
        year, indicator_id = self.year.value(), self._indicator_id
        stored = self._stored(year)
        label = self.tr("Messwert %1 erfassen").replace("%1", str(year))
        # Over the value the chart showed for that year (None: it showed none).
        command: Any = (seen_edit("indicator_value", stored.id, {"value": number},
                                  {"value": self._shown.get(year)}, label=label)
                        if stored is not None else
                        AddRecord(label, lambda s: s.implementation.set_indicator_value(
                            indicator_id, year, number), "indicator_value"))
        if self._hub.run_undoable(command):
            self.value.clear()

    def on_remove_button_clicked(self) -> None:
        if self._indicator_id is None:
            return
        stored = self._stored(self.year.value())
        if stored is None:
            self.summary.setText(self.tr("Für %1 ist kein Messwert gespeichert.")
                                 .replace("%1", str(self.year.value())))
            return
        self._hub.run_undoable(DeleteRecord(
            "indicator_value", stored.id,
            self.tr("Messwert %1 entfernen").replace("%1", str(stored.year))))
