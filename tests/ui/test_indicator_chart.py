"""The measure form's indicator values: chosen in the table, typed with keys, stored as
undoable commands, drawn by the QPainter chart and said in words (accessible
description and summary line)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from test_forms import MEASURE, type_text

from lip_desktop.ui.forms import EditorStack, MeasureForm
from lip_desktop.ui.forms.indicators import IndicatorValuesPanel
from lip_desktop.ui.widgets.indicator_chart import VALUE_COLOUR


@pytest.fixture
def panel(stack: EditorStack, qtbot: Any) -> IndicatorValuesPanel:
    stack.show_record("measure", MEASURE)
    form = stack.current_form()
    assert isinstance(form, MeasureForm)
    stack.resize(900, 1400)
    stack.show()
    editor = form.indicators
    names = [editor.model.indicator(r).name for r in range(editor.model.rowCount())]
    row = names.index("Kursstandorte")
    rect = editor.view.visualRect(editor.model.index(row, 0))
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return editor.values


def values(hub: Any, panel: IndicatorValuesPanel) -> list[tuple[int, float]]:
    assert panel._indicator_id is not None
    return [(v.year, v.value) for v in
            hub.service.implementation.indicator_values(panel._indicator_id)]


def enter(qtbot: Any, panel: IndicatorValuesPanel, year: str, value: str) -> None:
    panel.year.setFocus()
    panel.year.selectAll()
    qtbot.keyClicks(panel.year, year)
    panel.value.setFocus()
    type_text(qtbot, panel.value, value)
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)


def test_choosing_an_indicator_shows_its_baseline_and_target_in_words(
        panel: IndicatorValuesPanel) -> None:
    expected = ("Indikator „Kursstandorte“; Ausgangswert 6 Standorte (2025); "
                "Zielwert 20 Standorte (2028); "
                "noch keine Messwerte; offen.")
    assert panel.summary.text() == expected
    assert panel.chart.accessibleDescription() == expected
    assert panel.chart.accessibleName() == "Verlauf des Indikators"
    assert panel.chart.years() == [2025, 2026, 2027, 2028]


def test_a_typed_value_is_stored_drawn_and_undone(qtbot: Any, hub: Any,
                                                  panel: IndicatorValuesPanel) -> None:
    enter(qtbot, panel, "2026", "12,5")
    assert values(hub, panel) == [(2026, 12.5)]
    assert hub.undo_stack.undoText() == "Messwert 2026 erfassen"
    assert "Messwerte 2026: 12,5" in panel.summary.text()
    assert panel.chart.accessibleDescription().endswith("; offen.")
    image = panel.chart.grab().toImage()
    ratio = image.devicePixelRatio()
    point = panel.chart.point(2026, 12.5)
    colour = image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))
    assert colour == QColor(VALUE_COLOUR)

    enter(qtbot, panel, "2026", "21")  # the same year again: changed, not doubled
    assert values(hub, panel) == [(2026, 21.0)]
    assert panel.summary.text().endswith("Zielwert erreicht.")
    hub.undo_stack.undo()
    assert values(hub, panel) == [(2026, 12.5)]
    assert "Messwerte 2026: 12,5" in panel.summary.text()


def test_text_that_is_no_number_is_refused_in_german(qtbot: Any, hub: Any,
                                                     panel: IndicatorValuesPanel) -> None:
    enter(qtbot, panel, "2026", "viel")
    assert values(hub, panel) == []
    assert panel.summary.text() == ("„viel“ ist keine Zahl. Bitte den Messwert als Zahl "
                                    "eingeben, z. B. 67,8.")


def test_removing_the_value_of_a_year_is_undoable(qtbot: Any, hub: Any,
                                                  panel: IndicatorValuesPanel) -> None:
    enter(qtbot, panel, "2027", "15")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert values(hub, panel) == []
    assert panel.summary.text().endswith("noch keine Messwerte; offen.")
    hub.undo_stack.undo()
    assert values(hub, panel) == [(2027, 15.0)]
