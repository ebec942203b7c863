"""Record editing forms: each finished field edit is checked by the model and committed
at once as an undoable command. ``EditorStack`` is what the main window embeds."""

from __future__ import annotations

from lip_desktop.ui.forms.base import RecordForm
from lip_desktop.ui.forms.indicators import IndicatorEditor, IndicatorTableModel
from lip_desktop.ui.forms.measure import MeasureForm
from lip_desktop.ui.forms.others import (
    ActionFieldForm,
    CatalogueForm,
    GoalForm,
    StrategySectionForm,
)
from lip_desktop.ui.forms.stack import EditorStack
from lip_desktop.ui.forms.terms import TermRules

__all__ = [
    "ActionFieldForm",
    "CatalogueForm",
    "EditorStack",
    "GoalForm",
    "IndicatorEditor",
    "IndicatorTableModel",
    "MeasureForm",
    "RecordForm",
    "StrategySectionForm",
    "TermRules",
]
