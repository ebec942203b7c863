"""An indicator's yearly values against its baseline and target, drawn with QPainter.

Only PySide6-Essentials is installed (no QtCharts), and a few lines and dots do not need
it. What the chart shows is also said in words: the accessible description (read by a
screen reader) and the summary line below it carry the same text as the alt text of the
chart in the controlling report (``export.controlling.indicator_summary``), and the
direction and target state come from ``model.controlling``. Under high contrast the
user's palette draws everything; the lines differ by dash pattern, not only by colour.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lip_desktop.model.controlling import IndicatorSeries
from lip_desktop.ui import a11y
from lip_desktop.ui.widgets.numbers import format_decimal

VALUE_COLOUR: Final = "#2E75B6"
BASELINE_COLOUR: Final = "#7F7F7F"
TARGET_COLOUR: Final = "#C55A11"


def summary(series: IndicatorSeries | None) -> str:
    """The chart in words (German, like the report's alt text)."""
    if series is None:
        return QCoreApplication.translate("IndicatorChart", "Kein Indikator gewählt.")
    from lip_desktop.export.controlling import indicator_summary  # noqa: PLC0415

    return indicator_summary(series)


class IndicatorChart(QWidget):
    """``set_series(series)`` shows one indicator; ``None`` an empty frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: IndicatorSeries | None = None
        self.setObjectName("indicator_chart")
        self.setAccessibleName(self.tr("Verlauf des Indikators"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it by Tab
        self.setAccessibleDescription(summary(None))

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(line * 24, line * 10)

    def minimumSizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(line * 12, line * 8)

    def set_series(self, series: IndicatorSeries | None) -> None:
        self.series = series
        self.setAccessibleDescription(summary(series))
        self.setToolTip(summary(series))
        self.update()

    def years(self) -> list[int]:
        """The years on the axis (as in the report's chart)."""
        if self.series is None:
            return []
        from lip_desktop.export.controlling import chart_years  # noqa: PLC0415

        return chart_years(self.series)

    def bounds(self) -> tuple[float, float] | None:
        s = self.series
        if s is None:
            return None
        shown = [v for _, v in s.values] + [v for v in (s.baseline, s.target) if v is not None]
        if not shown:
            return None
        from lip_desktop.export.controlling import value_bounds  # noqa: PLC0415

        return value_bounds(shown)

    def plot_rect(self) -> QRectF:
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("000.000") + 8
        # room for half of the last year's label, which is centred under its point
        right = fm.horizontalAdvance("0000") // 2 + 8
        return QRectF(left, fm.lineSpacing() * 0.5, max(self.width() - left - right, 10),
                      max(self.height() - fm.lineSpacing() * 3.2, 10))

    def point(self, year: int, value: float) -> QPointF:
        """Where a value of a year is drawn (tests check the drawing through this)."""
        years, bounds = self.years(), self.bounds()
        assert years and bounds is not None
        r = self.plot_rect()
        step = r.width() / max(len(years) - 1, 1)
        low, high = bounds
        y = r.bottom() - (value - low) / ((high - low) or 1.0) * r.height()
        return QPointF(r.left() + (year - years[0]) * step, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        years, bounds = self.years(), self.bounds()
        r = self.plot_rect()
        painter.setPen(QPen(text, 1))
        painter.drawRect(r)
        if not years or bounds is None or self.series is None:
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, self.tr("Noch keine Werte"))
            painter.end()
            return
        s = self.series
        fm = QFontMetrics(self.font())
        low, high = bounds
        for value in (low, (low + high) / 2, high):
            y = self.point(years[0], value).y()
            label = format_decimal(round(value, 6))
            painter.drawText(QRectF(0, y - fm.height() / 2, r.left() - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        every = max(1, len(years) // 8)
        for n, year in enumerate(years):
            if n % every == 0 or year == years[-1]:
                x = self.point(year, low).x()
                painter.drawText(QRectF(x - 30, r.bottom() + 2, 60, fm.height()),
                                 Qt.AlignmentFlag.AlignHCenter, str(year))
        plain = a11y.high_contrast()

        def pen(colour: str, style: Qt.PenStyle, width: float = 2.0) -> QPen:
            return QPen(text if plain else QColor(colour), width, style)

        for level, colour, style in ((s.baseline, BASELINE_COLOUR, Qt.PenStyle.DashLine),
                                     (s.target, TARGET_COLOUR, Qt.PenStyle.DotLine)):
            if level is not None:
                painter.setPen(pen(colour, style))
                painter.drawLine(self.point(years[0], level), self.point(years[-1], level))
        points = [self.point(y, v) for y, v in s.values if years[0] <= y <= years[-1]]
        painter.setPen(pen(VALUE_COLOUR, Qt.PenStyle.SolidLine, 2.5))
        for a, b in pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(text if plain else QColor(VALUE_COLOUR))
        for p in points:
            painter.drawEllipse(p, 3.5, 3.5)
        legend_y = self.height() - fm.lineSpacing()
        x = r.left()
        for label, colour, style in ((self.tr("Messwert"), VALUE_COLOUR, Qt.PenStyle.SolidLine),
                                     (self.tr("Ausgangswert"), BASELINE_COLOUR,
                                      Qt.PenStyle.DashLine),
                                     (self.tr("Zielwert"), TARGET_COLOUR, Qt.PenStyle.DotLine)):
            painter.setPen(pen(colour, style))
            painter.drawLine(QPointF(x, legend_y + fm.height() / 2),
                             QPointF(x + 24, legend_y + fm.height() / 2))
            painter.setPen(QPen(text, 1))
            painter.drawText(QPointF(x + 28, legend_y + fm.ascent()), label)
            x += 40 + fm.horizontalAdvance(label)
        painter.end()
