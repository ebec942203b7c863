"""Reusable editing widgets: months, tag lists, euro amounts, terminology-aware text.

Each value widget offers the same small protocol, which ``ui.forms`` binds to record
fields: ``value()``, ``setValue(value)``, ``input_error()`` (German text while the input
cannot be read, else ``None``), ``focus_widgets()`` (its controls in tab order) and the
signal ``sig_value_committed`` (the user finished an edit).
"""

from __future__ import annotations

from lip_desktop.ui.widgets.euro_edit import EuroEdit
from lip_desktop.ui.widgets.month_edit import MonthEdit
from lip_desktop.ui.widgets.tag_list_edit import TagListEdit
from lip_desktop.ui.widgets.term_edit import TermHintBar, TermLineEdit, TermTextEdit

__all__ = ["EuroEdit", "MonthEdit", "TagListEdit", "TermHintBar", "TermLineEdit", "TermTextEdit"]
