"""Text fields that point out outdated terms while the user types, and fix them in one click.

The LIP 2.0 agreed on its wording („Mehrheitsbevölkerung“ instead of
„Mehrheitsgesellschaft“). A report after the fact means a second round through every
text; marking the term as it is typed, with the agreed wording in the tooltip and a
one-click replacement, fixes it while the writer is still there. What counts as a finding
and how it is replaced is the model's knowledge (``model.terminology``: inflections,
compounds, phrases across line breaks); these widgets only show it. The rules are the
catalogue's and are handed in as a ``TermChecker`` (``setChecker``), so the owner can
swap it when the terminology list changes.

Offsets: findings use Python string indices (code points), Qt uses UTF-16 units. They
differ after characters outside the Basic Multilingual Plane (emoji), so every offset
crossing the border goes through ``_to_utf16``/``_from_utf16``.
"""

from __future__ import annotations

import contextlib
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolTip,
    QWidget,
)

from lip_desktop.model.terminology import Finding, TermChecker, replace_finding

TERM_COLOUR = QColor("#c05600")
TERM_TINT = QColor("#fff3e0")


def _tr(text: str) -> str:
    return QCoreApplication.translate("term_edit", text)


def _to_utf16(text: str, index: int) -> int:
    """Python index → Qt (UTF-16) index into the same text."""
    head = text[:index]
    return index + sum(1 for char in head if ord(char) > 0xFFFF)


def _from_utf16(text: str, index: int) -> int:
    """Qt (UTF-16) index → Python index; a position inside a surrogate pair rounds down."""
    units = 0
    for position, char in enumerate(text):
        step = 2 if ord(char) > 0xFFFF else 1
        if units + step > index:
            return position
        units += step
    return len(text)


def replacement_text(text: str, finding: Finding) -> str:
    """What ``replace_finding`` would put in place of ``finding`` (for labels and edits)."""
    new_text = replace_finding(text, finding)
    return new_text[finding.start: len(new_text) - (len(text) - finding.end)]


def finding_tooltip(finding: Finding, text: str | None = None) -> str:
    """The German explanation shown at a finding: the agreed wording and the rule's note."""
    suggestion = finding.rule.replacement
    if text is not None:
        with contextlib.suppress(ValueError):  # stale: fall back to the rule's own wording
            suggestion = replacement_text(text, finding)
    tip = _tr("Veralteter Begriff „%1“ – vereinbart ist: „%2“.")
    tip = tip.replace("%1", finding.found).replace("%2", suggestion)
    if finding.rule.note:
        tip += "\n" + finding.rule.note
    return tip


def _same(a: list[Finding], b: list[Finding]) -> bool:
    return [(f.start, f.end, f.rule) for f in a] == [(f.start, f.end, f.rule) for f in b]


class TermEditing(Protocol):
    """What ``TermHintBar`` needs from a term-aware field."""

    @property
    def sig_findings_changed(self) -> SignalInstance: ...

    def findings(self) -> list[Finding]: ...

    def text(self) -> str: ...

    def replace(self, finding: Finding) -> bool: ...


class _Findings:
    """The findings of one text, recomputed only when the text or the checker changed."""

    def __init__(self) -> None:
        self.checker: TermChecker | None = None
        self._text: str | None = None
        self._findings: list[Finding] = []
        self._spans16: list[tuple[int, int]] = []

    def set_checker(self, checker: TermChecker | None) -> None:
        self.checker = checker
        self._text = None

    def get(self, text: str) -> list[Finding]:
        if text != self._text:
            self._text = text
            self._findings = self.checker.find(text) if self.checker is not None else []
            if all(ord(char) <= 0xFFFF for char in text):
                self._spans16 = [(f.start, f.end) for f in self._findings]
            else:
                self._spans16 = [(_to_utf16(text, f.start), _to_utf16(text, f.end))
                                 for f in self._findings]
        return self._findings

    def spans16(self, text: str) -> list[tuple[int, int]]:
        self.get(text)
        return self._spans16

    def at(self, text: str, index: int) -> Finding | None:
        """The finding that covers ``index`` (a Python index), also at its very end."""
        return next((f for f in self.get(text) if f.start <= index <= f.end), None)


class TermHighlighter(QSyntaxHighlighter):
    """Wavy underline under every finding, also under phrases split across lines.

    Qt highlights block by block, but a phrase („Menschen mit / Migrationshintergrund“)
    can span blocks; so findings are computed on the whole text (cached by ``_Findings``)
    and each block paints its share.
    """

    def __init__(self, edit: TermTextEdit) -> None:
        super().__init__(edit.document())
        self._edit = edit
        self.term_format = QTextCharFormat()
        self.term_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.term_format.setUnderlineColor(TERM_COLOUR)
        self.term_format.setBackground(TERM_TINT)

    def highlightBlock(self, _text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        end = start + block.length() - 1  # UTF-16 units like the spans; not len(text)
        carried = 0
        for span_start, span_end in self._edit.spans16():
            if span_end <= start or span_start > end:
                continue
            first, last = max(span_start, start), min(span_end, end)
            if last > first:
                self.setFormat(first - start, last - first, self.term_format)
            if span_end > end:
                carried += 1
        # A finding running on into the next block changes this block's state, and Qt
        # then re-highlights the next block too.
        self.setCurrentBlockState(carried)


class TermTextEdit(QPlainTextEdit):
    """Plain text with outdated terms underlined; see the module docstring."""

    #: The findings changed (argument: the new ``list[Finding]``).
    sig_findings_changed = Signal(list)
    #: The user finished an edit: left the field or replaced a term.
    sig_value_committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings = _Findings()
        self._last: list[Finding] = []
        self._highlighter = TermHighlighter(self)
        self._lines = 5
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.textChanged.connect(self.on_text_changed)

    def setVisibleLines(self, lines: int) -> None:
        """Height in text lines: a note wants 3, a strategy section 16."""
        self._lines = lines
        self.setMinimumHeight(self._height_for(min(lines, 3)))
        self.updateGeometry()

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
                + 2 * int(self.document().documentMargin()))

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(self._lines))

    # --- the checker and findings -----------------------------------------------------

    def setChecker(self, checker: TermChecker | None) -> None:
        """Use these rules from now on (``None``: no checking)."""
        self._findings.set_checker(checker)
        self._highlighter.rehighlight()
        self._announce()

    def checker(self) -> TermChecker | None:
        return self._findings.checker

    def findings(self) -> list[Finding]:
        """The findings in ``text()``, with Python indices."""
        return self._findings.get(self.text())

    def spans16(self) -> list[tuple[int, int]]:
        """The findings as Qt (UTF-16) document positions, for the highlighter."""
        return self._findings.spans16(self.text())

    def finding_at(self, index: int) -> Finding | None:
        return self._findings.at(self.text(), index)

    def tooltip_at(self, index: int) -> str:
        """The tooltip shown when the mouse rests at ``index`` (empty: no finding)."""
        finding = self.finding_at(index)
        return "" if finding is None else finding_tooltip(finding, self.text())

    # --- value -------------------------------------------------------------------------

    def text(self) -> str:
        """The text with ``\\n`` line breaks and non-breaking spaces kept.

        ``toPlainText`` turns non-breaking spaces into plain ones; saving that would change
        "§ 5 Abs. 2" behind the user's back, so the raw text is read instead.
        """
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def value(self) -> str:
        return self.text()

    def setValue(self, value: str | None) -> None:
        """Show a stored text, keeping the cursor where it was (undo while typing)."""
        text = value or ""
        if text == self.text():
            return
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.document().toRawText())))
        self.setTextCursor(cursor)

    def input_error(self) -> str | None:
        return None

    def focus_widgets(self) -> list[QWidget]:
        return [self]

    # --- replacing ---------------------------------------------------------------------

    def replace(self, finding: Finding) -> bool:
        """Replace one finding with the agreed wording and commit; False if it is stale."""
        text = self.text()
        try:
            inserted = replacement_text(text, finding)
        except ValueError:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(_to_utf16(text, finding.start))
        cursor.setPosition(_to_utf16(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(inserted)
        self.sig_value_committed.emit()
        return True

    def replace_action(self, finding: Finding, parent: QWidget) -> QAction:
        return _replace_action(self, finding, parent)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The standard menu, led by "Ersetzen durch „…“" when ``pos`` is on a finding.

        ``pos`` is in viewport coordinates (as in ``contextMenuEvent``). Separate from the
        event so tests and keyboard users get the same actions without a modal menu.
        """
        menu = self.createStandardContextMenu(pos)
        index = _from_utf16(self.text(), self.cursorForPosition(pos).position())
        finding = self.finding_at(index)
        if finding is not None:
            _prepend(menu, [self.replace_action(finding, menu)])
        return menu

    # --- events ------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            tip = self.tooltip_at(_from_utf16(self.text(), position))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A context menu takes the focus for a moment: that is not the end of the edit.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.sig_value_committed.emit()

    def on_text_changed(self) -> None:
        self._announce()

    def _announce(self) -> None:
        findings = self.findings()
        if _same(findings, self._last):
            return
        previous, self._last = self._last, findings
        # A finding across a line break is painted by two blocks; Qt re-paints only the
        # edited one, so such a change repaints the whole (short) text. Repainting
        # reports a text change itself, which finds ``_last`` up to date and stops.
        if any("\n" in f.found for f in (*findings, *previous)):
            self._highlighter.rehighlight()
        self.sig_findings_changed.emit(findings)


class TermLineEdit(QLineEdit):
    """A one-line field (titles) with outdated terms marked by an icon and a tint."""

    sig_findings_changed = Signal(list)
    #: Return pressed, field left, or a term replaced.
    sig_value_committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings = _Findings()
        self._last: list[Finding] = []
        self._normal_palette = QPalette(self.palette())
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        # Added to the field only while there are findings: a line edit draws the icon of
        # an added action even when the action is hidden.
        self.warning_action = QAction(icon, _tr("Veralteter Begriff"), self)
        self.warning_action.triggered.connect(self.on_warning_action_triggered)
        self.textChanged.connect(self.on_text_changed)
        self.editingFinished.connect(self.sig_value_committed)

    def setChecker(self, checker: TermChecker | None) -> None:
        self._findings.set_checker(checker)
        self._announce(force=True)

    def checker(self) -> TermChecker | None:
        return self._findings.checker

    def findings(self) -> list[Finding]:
        return self._findings.get(self.text())

    def finding_at(self, index: int) -> Finding | None:
        return self._findings.at(self.text(), index)

    def tooltip_at(self, index: int) -> str:
        finding = self.finding_at(index)
        return "" if finding is None else finding_tooltip(finding, self.text())

    def value(self) -> str:
        return self.text()

    def setValue(self, value: str | None) -> None:
        text = value or ""
        if text != self.text():
            self.setText(text)

    def input_error(self) -> str | None:
        return None

    def focus_widgets(self) -> list[QWidget]:
        return [self]

    def replace(self, finding: Finding) -> bool:
        text = self.text()
        try:
            inserted = replacement_text(text, finding)
        except ValueError:
            return False
        start = _to_utf16(text, finding.start)
        self.setSelection(start, _to_utf16(text, finding.end) - start)
        self.insert(inserted)  # through the line edit's own undo, unlike setText
        self.sig_value_committed.emit()
        return True

    def replace_action(self, finding: Finding, parent: QWidget) -> QAction:
        return _replace_action(self, finding, parent)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The standard menu, led by replacements: for the finding at ``pos``, else all."""
        menu = self.createStandardContextMenu()
        finding = self.finding_at(_from_utf16(self.text(), self.cursorPositionAt(pos)))
        chosen = [finding] if finding is not None else self.findings()
        _prepend(menu, [self.replace_action(f, menu) for f in chosen])
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = _from_utf16(self.text(), self.cursorPositionAt(event.pos()))
            tip = self.tooltip_at(index) or self.toolTip()
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def on_warning_action_triggered(self) -> None:
        menu = QMenu(self)
        for f in self.findings():
            menu.addAction(self.replace_action(f, menu))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.mapToGlobal(self.rect().bottomRight()))

    def on_text_changed(self, _text: str) -> None:
        self._announce()

    def _announce(self, *, force: bool = False) -> None:
        findings = self.findings()
        if not force and _same(findings, self._last):
            return
        self._last = findings
        palette = QPalette(self._normal_palette)
        if findings:
            palette.setColor(QPalette.ColorRole.Base, TERM_TINT)
            tip = "\n\n".join(finding_tooltip(f, self.text()) for f in findings)
        else:
            tip = ""
        self.setPalette(palette)
        if findings and self.warning_action not in self.actions():
            self.addAction(self.warning_action, QLineEdit.ActionPosition.TrailingPosition)
        elif not findings and self.warning_action in self.actions():
            self.removeAction(self.warning_action)
        self.warning_action.setToolTip(tip)
        self.setToolTip(tip)
        self.sig_findings_changed.emit(findings)


def _prepend(menu: QMenu, actions: list[QAction]) -> None:
    """Put ``actions`` (and a separator) before the standard entries of ``menu``."""
    if not actions:
        return
    existing = menu.actions()
    if not existing:
        menu.addActions(actions)
        return
    menu.insertActions(existing[0], actions)
    menu.insertSeparator(existing[0])


def _replace_action(edit: TermTextEdit | TermLineEdit, finding: Finding,
                    parent: QWidget) -> QAction:
    """"Ersetzen durch „…“", naming the very text that will be inserted."""
    try:
        inserted = replacement_text(edit.text(), finding)
    except ValueError:
        inserted = finding.rule.replacement
    action = QAction(_tr("Ersetzen durch „%1“").replace("%1", inserted), parent)
    action.setToolTip(finding_tooltip(finding, edit.text()))
    action.triggered.connect(lambda: edit.replace(finding))
    return action


class TermHintBar(QWidget):
    """A row under a field: the first outdated term, the agreed wording, "Ersetzen".

    The underline and tooltip need a mouse; this row makes the same information and the
    same one-click fix reachable by keyboard and screen reader. Hidden while the field is
    clean.
    """

    def __init__(self, edit: TermEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._finding: Finding | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Hinweis zur Wortwahl"))
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, TERM_COLOUR)
        self.label.setPalette(palette)
        self.button = QPushButton(self.tr("Ersetzen"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.button.clicked.connect(self.on_button_clicked)
        edit.sig_findings_changed.connect(self.on_edit_findings_changed)
        self.on_edit_findings_changed(edit.findings())

    def finding(self) -> Finding | None:
        """The finding the "Ersetzen" button would replace."""
        return self._finding

    def on_edit_findings_changed(self, findings: list[Finding]) -> None:
        self._finding = findings[0] if findings else None
        self.setVisible(self._finding is not None)
        if self._finding is None:
            self.label.clear()
            return
        f = self._finding
        try:
            suggestion = replacement_text(self._edit.text(), f)
        except ValueError:
            suggestion = f.rule.replacement
        text = self.tr("„%1“ ist veraltet, vereinbart ist „%2“.")
        text = text.replace("%1", f.found).replace("%2", suggestion)
        if len(findings) > 1:
            more = (self.tr("(und %1 weitere Stelle)") if len(findings) == 2
                    else self.tr("(und %1 weitere Stellen)"))
            text += " " + more.replace("%1", str(len(findings) - 1))
        self.label.setText(text)
        self.label.setToolTip(finding_tooltip(f, self._edit.text()))
        self.button.setToolTip(self.label.toolTip())
        self.button.setAccessibleName(
            self.tr("Ersetzen durch „%1“").replace("%1", suggestion))

    def on_button_clicked(self) -> None:
        if self._finding is not None:
            self._edit.replace(self._finding)


__all__ = [
    "TermEditing",
    "TermHighlighter",
    "TermHintBar",
    "TermLineEdit",
    "TermTextEdit",
    "finding_tooltip",
    "replacement_text",
]

