"""The colours of votes (yes, no, abstain, rankings) and of the projector, in one place.

The vote panel's buttons and the projector's bars used to carry their own copies (the
projector's "Enthaltung" was a lighter grey than the panel's). Both now read
``current()``. There are two palettes:

- ``STANDARD``: dark text on white (projectors in lit rooms read best that way); green,
  red and a dark grey for yes, no and abstain, each at least 4.5:1 against white text
  on a checked button and against the white projector background.
- ``HIGH_CONTRAST``: black and white with the darkest usable green, red and blue (all at
  least 7:1 against white), for users who ask their system for more contrast.

``current()`` takes the high-contrast palette when the system says so (Qt's
``QStyleHints.accessibility().contrastPreference()``, Windows' high-contrast setting) or
when ``LIP_DESKTOP_HIGH_CONTRAST=1`` is set (to check it on any machine). Colour is never
the only carrier: bars and buttons are labelled with their choice and figure.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

#: Set to "1" to force the high-contrast palette (checks, screenshots).
HIGH_CONTRAST_ENV: Final = "LIP_DESKTOP_HIGH_CONTRAST"


@dataclass(frozen=True, slots=True)
class Palette:
    """Colours as "#rrggbb" strings (usable in style sheets and ``QColor``)."""

    background: str
    foreground: str
    muted: str
    overrun: str
    yes: str
    no: str
    abstain: str
    ranking: str
    leading: str

    def choice(self, choice: str) -> str:
        """The colour of a yes/no/abstain choice (``voting.CHOICES``)."""
        return {"yes": self.yes, "no": self.no, "abstain": self.abstain}[choice]


STANDARD: Final = Palette(
    background="#ffffff", foreground="#1a1a1a", muted="#5f5f5f", overrun="#c62828",
    yes="#2e7d32", no="#c62828", abstain="#616161", ranking="#1565c0", leading="#2e7d32")
HIGH_CONTRAST: Final = Palette(
    background="#ffffff", foreground="#000000", muted="#000000", overrun="#8b0000",
    yes="#005000", no="#8b0000", abstain="#000000", ranking="#00006e", leading="#005000")


_forced: bool | None = None


def force_high_contrast(on: bool | None) -> None:
    """The "Kontrast" setting (``a11y.set_high_contrast``): True/False win over the
    system's preference, None follows it."""
    global _forced  # noqa: PLW0603 - one switch for the process
    _forced = on


def prefers_high_contrast() -> bool:
    """True when the user or the system asked for high contrast."""
    if _forced is not None:
        return _forced
    if os.environ.get(HIGH_CONTRAST_ENV) == "1":
        return True
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    # Each object held in a name: chained in one expression, PySide 6.11 lets the style
    # hints' wrapper go before the accessibility hints are read ("already deleted").
    hints = app.styleHints()
    accessibility = hints.accessibility()
    preference = accessibility.contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def current() -> Palette:
    """The palette to paint with now (read at paint time, so a change applies)."""
    return HIGH_CONTRAST if prefers_high_contrast() else STANDARD
