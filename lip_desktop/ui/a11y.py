"""Accessibility in one place (EN 301 549 chapter 11, BITV 2.0).

Three things every window needs and no window should re-implement:

* ``announce`` tells a screen reader what changed without moving the focus (countdown
  warnings, quorum, a recorded ballot): Qt's ``QAccessibleAnnouncementEvent``; the text also
  lands as the name of a live-region label, so assistive tools that ignore announcements
  still read it.
* ``install`` makes sure every control has an accessible name: a window is walked when
  it becomes active, a dock or page when the keyboard enters it, and the app's own main
  windows once they are built; a control without a name gets the text of its label (its
  buddy), its own text, its tool tip or its placeholder, in that order. Names given in
  code win.
* ``colour`` is the one home of the status colours. Colours only ever add to text or an
  icon, never replace it; under a high-contrast preference (the system's, or the
  "Hoher Kontrast" setting) every status colour becomes the palette's text colour, so the
  user's contrast theme decides.
"""

from __future__ import annotations

import weakref
from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QGuiApplication,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from lip_desktop.ui import palette

#: Controls a user operates; each needs an accessible name.
CONTROL_TYPES: Final = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QTextEdit,
                        QPlainTextEdit, QAbstractItemView, QAbstractSlider, QTabWidget)

#: Status colours of the normal theme (light background). Keys say what a colour means.
_COLOURS: Final[dict[str, str]] = {
    "good": "#2e7d32",      # present, yes, agreed, approved
    "bad": "#c62828",       # no, warnings, overrun, rejected
    "neutral": "#616161",   # abstain, deferred
    "caution": "#b26a00",   # revise
    "accent": "#1565c0",    # rankings
}
#: The same meanings on a dark background.
_DARK_COLOURS: Final[dict[str, str]] = {
    "good": "#81c784", "bad": "#ef9a9a", "neutral": "#bdbdbd", "caution": "#ffcc80",
    "accent": "#90caf9",
}

_contrast_generation = 0


class ContrastNotifier(QObject):
    """Says when the contrast setting changed, for colours kept in item models."""

    sig_changed = Signal()


_notifier: ContrastNotifier | None = None


def contrast_notifier() -> ContrastNotifier:
    global _notifier  # noqa: PLW0603 - one for the process
    if _notifier is None:
        _notifier = ContrastNotifier()
    return _notifier


def set_high_contrast(on: bool | None) -> None:
    """The "Kontrast" setting: True/False overrides the system, None follows it. The
    vote palette (``palette``) follows the same switch."""
    global _contrast_generation  # noqa: PLW0603 - one switch for the process
    palette.force_high_contrast(on)
    _contrast_generation += 1
    contrast_notifier().sig_changed.emit()


def contrast_generation() -> int:
    """Changes with every change of the contrast setting: colours cached under it are
    worked out again."""
    return _contrast_generation


def high_contrast() -> bool:
    """Whether the user asked for high contrast (setting, then the system)."""
    return palette.prefers_high_contrast()


def dark_palette(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(meaning: str, palette: QPalette | None = None) -> QColor:
    """The colour for a status ("good", "bad", "neutral", "caution", "accent")."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if high_contrast():
        return palette.color(QPalette.ColorRole.WindowText)
    table = _DARK_COLOURS if dark_palette(palette) else _COLOURS
    return QColor(table.get(meaning, table["neutral"]))


def on_colour(meaning: str, palette: QPalette | None = None) -> QColor:
    """Text colour to write on a ``colour(meaning)`` background."""
    palette = palette if palette is not None else QGuiApplication.palette()
    if high_contrast():
        return palette.color(QPalette.ColorRole.Window)
    return QColor("#000000") if dark_palette(palette) else QColor("#ffffff")


def checked_style(meaning: str, selector: str = "QPushButton", *, bold: bool = True) -> str:
    """Style sheet for a checked toggle in a status colour. The focus frame stays (a
    style sheet that sets a background drops the native one): a dotted outline in the
    palette's highlight colour marks the focused toggle."""
    return toggle_style(colour(meaning).name(), on_colour(meaning).name(), selector,
                        bold=bold)


def toggle_style(background: str, foreground: str = "#ffffff",
                 selector: str = "QPushButton", *, bold: bool = True) -> str:
    """``checked_style`` for a colour given as "#rrggbb" (e.g. from ``palette``)."""
    weight = "bold" if bold else "normal"
    return (f"{selector}:checked {{ background: {background}; color: {foreground}; "
            f"font-weight: {weight}; }} "
            f"{selector}:focus {{ outline: none; border: 3px solid palette(highlight); }}")


def warning_style() -> str:
    return f"color: {colour('bad').name()}; font-weight: bold;"


# --- announcements ------------------------------------------------------------------------


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Tell assistive technology ``text`` now, without moving the focus. ``widget`` is
    the live region: its accessible name becomes the text too (a value change)."""
    widget.setAccessibleName(text)
    if isinstance(widget, QLabel):
        widget.setText(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


# --- names -------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                    .rstrip(":").split())


def _buddies(root: QWidget) -> dict[int, str]:
    found: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text():
            found[id(buddy)] = _plain(label.text())
    return found


def derived_name(widget: QWidget, buddies: dict[int, str] | None = None) -> str:
    """The name a control without one gets: label, own text, tool tip, placeholder."""
    if buddies and id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return _plain(widget.text())
    if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QLineEdit):
        return QApplication.translate("a11y", "Eingabe leeren")  # the clear button
    if widget.toolTip():
        return _plain(widget.toolTip())
    if isinstance(widget, QTabWidget) and widget.count():
        return ", ".join(_plain(widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and widget.placeholderText():
        return _plain(widget.placeholderText())
    return ""


def inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return True  # its popup list, its line edit, the tab bar's scroll arrows
        parent = parent.parentWidget()
    return False


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every control under ``root`` without an accessible name its derived name;
    returns the controls that still have none (a test asserts that list is empty)."""
    buddies = _buddies(root)
    unnamed: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROL_TYPES) or widget.accessibleName() \
                or isinstance(widget, QScrollBar | QHeaderView):  # Qt names these itself
            continue
        if widget.objectName().startswith("qt_") or inside_composite(widget):
            continue  # parts of a combo box, spin box or table: the owner carries the name
        name = derived_name(widget, buddies)
        if name:
            widget.setAccessibleName(name)
        else:
            unnamed.append(widget)
    return unnamed


def _part_of(widget: QWidget) -> QWidget:
    """The part of a window a control belongs to for naming: its dock, its page of a
    stack (a tab, a page of the workspace) or else its window."""
    part = widget
    while True:
        parent = part.parentWidget()
        if part.isWindow() or isinstance(part, QDockWidget) or parent is None \
                or isinstance(parent, QStackedWidget):
            return part
        part = parent


class _Namer(QObject):
    """Names the controls of a window when it becomes the active one, and of a dock or a
    page when the keyboard enters it (a page built after its window was shown).

    This used to be an event filter on the whole application that looked for Show
    events. It put a call into Python into every event of the GUI thread, and while a
    background job ran Python code each of those calls first waited for the job to hand
    over the GIL, up to the interpreter's switch interval. The paint, timer and progress
    events of one frame added up: the window froze for 100–300 ms during every export,
    check and merge (``bench/bench_responsiveness.py``; without the filter 15–50 ms).
    The two signals used here come once per activation and per focus move.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        #: The part named last, weakly: a reference would keep a closed dialog alive.
        self._last_part: weakref.ref[QWidget] | None = None

    # Both slots take no arguments and ask QApplication what is active now: a slot that
    # takes the signal's object makes PySide wrap it for Python, and the object handed
    # over can be in its destructor (a dialog closing with the focus inside it); the
    # tests crashed there now and then.

    def on_window(self) -> None:
        widget = QApplication.activeWindow()
        if widget is not None:
            name_controls(widget)
            self._last_part = weakref.ref(widget)

    def on_focus(self) -> None:
        new = QApplication.focusWidget()
        if new is None:
            return
        part = _part_of(new)
        if self._last_part is None or part is not self._last_part():
            self._last_part = weakref.ref(part)
            name_controls(part)


_namer: _Namer | None = None


def install(app: QApplication) -> None:
    """Name controls as windows become active and the keyboard enters docks and pages;
    the app calls this once at start. Windows the app builds call :func:`name_controls`
    themselves once they are complete (a screen reader may read a window it never
    activated)."""
    global _namer  # noqa: PLW0603 - one namer per process
    if _namer is None:
        _namer = _Namer(app)
        app.focusWindowChanged.connect(_namer.on_window)
        app.focusChanged.connect(_namer.on_focus)
