"""The projector window: what the room sees while the facilitator works on the laptop.

A second top-level window, put full screen on the projector's screen. It shows the
current agenda item with its remaining time, the text being drafted (the live window
calls ``show_text``) or a vote's result as large bar charts (``show_vote``).

The room must never see private notes: this window reads only the live state's agenda
and attendance and the vote's question, options and stored result. It never reads the
session's notes nor a vote's annotation, so no code path can put them on the wall.
Charts are drawn with ``QPainter`` (no chart library to install on office laptops) from
the figures the model stored, never recounted here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from lip_desktop.model import enums
from lip_desktop.model.changes import Changes
from lip_desktop.model.live import AgendaTiming, agenda_timing
from lip_desktop.model.records import Vote
from lip_desktop.model.speakers import SpeakersState, clock_text
from lip_desktop.model.vote_wording import (
    figure_text,
    number_text,
    percent_text,
    rule_line,
    side_line,
    side_verdict,
    verdict,
    yes_no_line,
)
from lip_desktop.model.voting import CHOICES, SIDES
from lip_desktop.ui import labels, palette
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.session.clock import Clock


def fit_wrapped(font: QFont, rect: QRectF, text: str, min_pixels: int = 10) -> QFont:
    """The largest size up to ``font``'s at which ``text``, wrapped at word boundaries,
    fits ``rect``: option labels are never cut ("Sprachmi…"), they wrap and shrink."""
    fitted = QFont(font)
    flags = int(Qt.TextFlag.TextWordWrap)
    while fitted.pixelSize() > min_pixels:
        box = QFontMetricsF(fitted).boundingRect(rect, flags, text)
        if box.height() <= rect.height() and box.width() <= rect.width() + 0.5:
            break
        fitted.setPixelSize(max(min_pixels, int(fitted.pixelSize() * 0.9)))
    return fitted


# --- chart ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, its length in figure units and the figure as written."""

    label: str
    value: float
    text: str
    colour: str


@dataclass(frozen=True, slots=True)
class BarGroup:
    """Bars that belong together (one side of a yes/no vote, or a whole ranking)."""

    title: str
    bars: tuple[Bar, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    """What ``VoteChart`` draws: column groups (yes/no) or horizontal rows (rankings)."""

    groups: tuple[BarGroup, ...] = ()
    horizontal: bool = False
    scale: float = 1.0  # the figure a full-length bar stands for

    def texts(self) -> list[str]:
        """Every text drawn, for checks that nothing private is shown."""
        out: list[str] = []
        for group in self.groups:
            out += [group.title, group.note]
            for bar in group.bars:
                out += [bar.label, bar.text]
        return [t for t in out if t]


def chart_for(vote: Vote, colours: palette.Palette | None = None) -> Chart:
    """The chart of a vote's stored result: yes/no/abstain per side (and together), or
    the ranking by points (dots, ranked), acceptance (consent) or mean on the scale
    (score), in ``colours`` (default: the current palette, high contrast when the system
    asks for it). Figures are worded by ``model.vote_wording`` like everywhere else."""
    colours = colours or palette.current()
    result = vote.result or {}
    if vote.method == "yes_no":
        if not result:
            return Chart()
        parity = bool(vote.rule.get("parity"))
        groups: list[BarGroup] = []
        for side in SIDES:
            figures = result["by_side"][side]
            note = side_verdict(figures) if parity else ""
            groups.append(BarGroup(labels.label(enums.SIDE, side), tuple(
                Bar(labels.label(enums.CHOICE, c), figures[c], str(figures[c]), colours.choice(c))
                for c in CHOICES), note))
        groups.append(BarGroup(QCoreApplication.translate("ProjectorWindow", "zusammen"), tuple(
            Bar(labels.label(enums.CHOICE, c), result[c], str(result[c]), colours.choice(c))
            for c in CHOICES), verdict(result)))
        top = max((bar.value for g in groups for bar in g.bars), default=0)
        return Chart(tuple(groups), horizontal=False, scale=max(top, 1))
    option_labels = {o.id: o.label for o in vote.options}
    bars: list[Bar] = []
    for entry in result.get("ranking") or []:
        label = f"{entry['rank']}. {option_labels.get(entry['option_id'], entry['option_id'])}"
        colour = colours.leading if entry["rank"] == 1 else colours.ranking
        if vote.method in ("dots", "ranked"):
            bars.append(Bar(label, entry["points"], figure_text(vote.method, entry), colour))
        elif vote.method == "score":
            if entry["mean"] is None:
                bars.append(Bar(label, 0, figure_text(vote.method, entry), colours.muted))
            else:  # the bar runs along the scale, so a mean at the bottom is an empty bar
                bars.append(Bar(label, entry["mean"] - vote.rule["scale_min"],
                                figure_text(vote.method, entry), colour))
        elif entry["acceptance"] is None:
            bars.append(Bar(label, 0, QCoreApplication.translate("ProjectorWindow",
                                                              "nicht bewertet"),
                            colours.muted))
        else:
            bars.append(Bar(label, entry["acceptance"],
                            f"{percent_text(entry['acceptance'])} · "
                            + QCoreApplication.translate("ProjectorWindow", "Ø Widerstand %1")
                            .replace("%1", number_text(entry["mean"])), colour))
    if vote.method in ("dots", "ranked"):
        scale = max((bar.value for bar in bars), default=0)
        return Chart((BarGroup("", tuple(bars)),), horizontal=True, scale=max(scale, 1))
    if vote.method == "score":
        span = vote.rule["scale_max"] - vote.rule["scale_min"]
        return Chart((BarGroup("", tuple(bars)),), horizontal=True, scale=span)
    return Chart((BarGroup("", tuple(bars)),), horizontal=True, scale=1.0)


class VoteChart(QWidget):
    """Bars drawn with ``QPainter``, sized from the widget's height so the same chart
    reads on a 1024×768 beamer and a 4K screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = Chart()
        self.colours = palette.current()
        #: (label, rect, font) of each option label drawn last (tests: nothing cut).
        self.drawn_labels: list[tuple[str, QRectF, QFont]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.setAccessibleDescription("; ".join(self.chart.texts()))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.colours = palette.current()
        painter.fillRect(self.rect(), QColor(self.colours.background))
        self.drawn_labels = []
        if self.chart.groups:
            area = QRectF(self.rect()).adjusted(12, 12, -12, -12)
            if self.chart.horizontal:
                self._paint_rows(painter, area)
            else:
                self._paint_columns(painter, area)
        painter.end()

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(10, int(pixels)))
        font.setBold(bold)
        return font

    def _paint_rows(self, painter: QPainter, area: QRectF) -> None:
        """A ranking: one row per option, label left, bar and figure right."""
        bars = self.chart.groups[0].bars
        if not bars:
            return
        row_height = min(area.height() / len(bars), area.height() / 3)
        font = self._font(row_height * 0.38)
        metrics = QFontMetricsF(font)
        label_width = area.width() * 0.38
        # The figures get at most 30 % of the width; long ones ("61,7 % · Ø Widerstand
        # 3,833") are set smaller rather than squeezing the bars to nothing.
        text_width = area.width() * 0.27
        widest = max(metrics.horizontalAdvance(bar.text) for bar in bars)
        text_font = font if widest <= text_width - 16 else self._font(
            font.pixelSize() * (text_width - 16) / widest)
        bar_width = area.width() - label_width - text_width
        # One size for all labels (the one the longest needs): the options read as equals.
        label_font = min((fit_wrapped(font, QRectF(0, 0, label_width - 12, row_height),
                                      bar.label) for bar in bars),
                         key=lambda f: f.pixelSize())
        for i, bar in enumerate(bars):
            top = area.top() + i * row_height
            painter.setPen(QColor(self.colours.foreground))
            label_rect = QRectF(area.left(), top, label_width - 12, row_height)
            painter.setFont(label_font)
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignVCenter
                                             | Qt.AlignmentFlag.AlignLeft
                                             | Qt.TextFlag.TextWordWrap), bar.label)
            self.drawn_labels.append((bar.label, label_rect, label_font))
            length = bar_width * min(max(bar.value / self.chart.scale, 0.0), 1.0)
            bar_rect = QRectF(area.left() + label_width, top + row_height * 0.18,
                              length, row_height * 0.64)
            painter.fillRect(bar_rect, QColor(bar.colour))
            painter.setFont(text_font)
            painter.drawText(QRectF(bar_rect.right() + 12, top, text_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             bar.text)

    def _paint_columns(self, painter: QPainter, area: QRectF) -> None:
        """Yes/no: a group of three columns per side, the figure above each column."""
        groups = self.chart.groups
        line = area.height() / 9
        value_font, label_font = self._font(line * 0.8, bold=True), self._font(line * 0.6)
        title_font = self._font(line * 0.75, bold=True)
        group_width = area.width() / len(groups)
        column_top = area.top() + line
        column_bottom = area.bottom() - 2.6 * line
        for g, group in enumerate(groups):
            left = area.left() + g * group_width
            slot = group_width / (len(group.bars) + 1)
            for b, bar in enumerate(group.bars):
                x = left + slot * (b + 0.5)
                height = (column_bottom - column_top) * min(
                    max(bar.value / self.chart.scale, 0.0), 1.0)
                rect = QRectF(x, column_bottom - height, slot * 0.8, height)
                painter.fillRect(rect, QColor(bar.colour))
                painter.setPen(QColor(self.colours.foreground))
                painter.setFont(value_font)
                painter.drawText(QRectF(x - slot * 0.2, rect.top() - line, slot * 1.2, line),
                                 Qt.AlignmentFlag.AlignCenter, bar.text)
                label_rect = QRectF(x - slot * 0.2, column_bottom, slot * 1.2, line * 0.8)
                fitted = fit_wrapped(label_font, label_rect, bar.label)
                painter.setFont(fitted)
                painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignCenter
                                                 | Qt.TextFlag.TextWordWrap), bar.label)
                self.drawn_labels.append((bar.label, label_rect, fitted))
            painter.setFont(title_font)
            painter.setPen(QColor(self.colours.foreground))
            painter.drawText(QRectF(left, column_bottom + line * 0.8, group_width, line),
                             Qt.AlignmentFlag.AlignCenter, group.title)
            if group.note:
                painter.setFont(label_font)
                painter.setPen(QColor(self.colours.muted))
                painter.drawText(QRectF(left, column_bottom + line * 1.8, group_width,
                                        line * 0.8), Qt.AlignmentFlag.AlignCenter, group.note)
            painter.setPen(QColor(self.colours.muted))
            painter.drawLine(int(left + slot * 0.3), int(column_bottom),
                             int(left + group_width - slot * 0.3), int(column_bottom))


# --- window -----------------------------------------------------------------------------


class ProjectorWindow(QWidget):
    """The room's screen: agenda item and countdown on top, below the drafted text or
    a vote's result. Opened by the live session window; ``choose_screen`` puts it full
    screen on the projector. ``embedded=True`` makes it a view inside the live window
    (a laptop that mirrors its one screen): Escape or F6 ask to leave it."""

    #: The embedded view asks the live window to hide it (Escape, F6).
    sig_leave_requested = Signal()

    def __init__(self, hub: CatalogueHub, session_id: str, clock: Clock,
                 parent: QWidget | None = None, *, embedded: bool = False) -> None:
        # A top-level window even with a parent (it lives and dies with the live window).
        super().__init__(parent, Qt.WindowType.Widget if embedded else Qt.WindowType.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("beamer")
        self.setAccessibleName(self.tr("Beamer-Ansicht"))
        self._hub = hub
        self._session_id = session_id
        self._clock = clock
        self._vote_id: str | None = None
        # What the countdown needs between two reads of the live state.
        self._minutes: list[int | None] = []
        self._index: int | None = None
        self._started: datetime | None = None
        self._speakers: SpeakersState | None = None  # when its times are to be shown
        self.setWindowTitle(self.tr("LIP – Beamer"))
        colours = palette.current()
        self.setStyleSheet(f"ProjectorWindow {{ background: {colours.background}; }} "
                           f"QLabel {{ color: {colours.foreground}; background: transparent; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.item_label = QLabel(self)
        self.item_label.setWordWrap(True)
        self.position_label = QLabel(self)
        self.time_label = QLabel(self)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.attendance_label = QLabel(self)
        self.attendance_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        # "Redezeit Verwaltung 12:40 · extern 9:15" on the item, when the facilitator
        # switched it on in the speakers list.
        self.speaking_label = QLabel(self)
        self.speaking_label.setObjectName("projectorSpeakingTime")
        self.speaking_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.speaking_label.hide()

        self.content = QStackedWidget(self)
        self.empty_page = QWidget(self.content)
        self.text_label = QLabel(self.content)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        vote_page = QWidget(self.content)
        self.question_label = QLabel(vote_page)
        self.question_label.setWordWrap(True)
        self.vote_status_label = QLabel(vote_page)
        self.chart = VoteChart(vote_page)
        self.summary_label = QLabel(vote_page)
        self.summary_label.setWordWrap(True)
        page = QVBoxLayout(vote_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.question_label)
        page.addWidget(self.vote_status_label)
        page.addWidget(self.chart, 1)
        page.addWidget(self.summary_label)
        for widget in (self.empty_page, self.text_label, vote_page):
            self.content.addWidget(widget)
        self.vote_page = vote_page

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.position_label)
        titles.addWidget(self.item_label)
        header.addLayout(titles, 1)
        times = QVBoxLayout()
        times.addWidget(self.time_label)
        times.addWidget(self.attendance_label)
        times.addWidget(self.speaking_label)
        header.addLayout(times)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 28, 40, 28)
        layout.addLayout(header)
        layout.addWidget(self.content, 1)
        self.resize(1024, 768)
        self._apply_fonts()

        clock.sig_tick.connect(self.refresh_time)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.refresh_agenda()

    # --- screens ---------------------------------------------------------------------

    @staticmethod
    def available_screens() -> list[QScreen]:
        return list(QGuiApplication.screens())

    @staticmethod
    def default_screen() -> QScreen:
        """The projector is usually the screen that is not the laptop's primary one."""
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        return others[0] if others else primary

    def choose_screen(self, screen: QScreen | None = None) -> QScreen:
        """Move to ``screen`` (default: a screen other than the primary) and go full
        screen there; returns the screen used. Escape leaves full screen."""
        target = screen or self.default_screen()
        if self.isFullScreen():
            self.showNormal()  # a full-screen window does not move between screens
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()
        return target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F6) and not self.isWindow():
            self.sig_leave_requested.emit()  # the view inside the live window
            return
        super().keyPressEvent(event)

    # --- content ---------------------------------------------------------------------

    @property
    def vote_id(self) -> str | None:
        """The vote on the wall, if any."""
        return self._vote_id

    def show_text(self, text: str) -> None:
        """Put a text on the wall (e.g. the compromise being drafted); replaces a vote."""
        self._vote_id = None
        self.text_label.setText(text)
        self.content.setCurrentWidget(self.text_label)

    def show_vote(self, vote_id: str) -> None:
        """Put a vote's result on the wall; it follows every new ballot until closed."""
        self._vote_id = vote_id
        self.content.setCurrentWidget(self.vote_page)
        self.refresh_vote()

    def clear_content(self) -> None:
        """Only the agenda item and the time."""
        self._vote_id = None
        self.text_label.clear()
        self.content.setCurrentWidget(self.empty_page)

    def refresh_vote(self) -> None:
        if self._vote_id is None:
            return
        vote = self._hub.service.votes.get_vote(self._vote_id).vote
        self.question_label.setText(vote.question)
        state = (self.tr("Ergebnis") if vote.status == "closed"
                 else self.tr("Abstimmung läuft"))
        self.vote_status_label.setText(
            f"{labels.label(enums.VOTE_METHOD, vote.method)} · {state}")
        self.chart.set_chart(chart_for(vote))
        result = vote.result
        if vote.method == "yes_no" and result:
            lines = [yes_no_line(result)]
            if vote.rule.get("parity"):
                lines += [side_line(side, result["by_side"][side]) for side in SIDES]
            self.summary_label.setText("\n".join(lines))
        else:
            self.summary_label.setText(rule_line(vote.method, vote.rule))

    def refresh_agenda(self) -> None:
        """Current item, its time box and attendance from the live state: read when the
        window opens and when the session changes, not on every tick."""
        now = self._clock.now()
        state = self._hub.service.meetings.live_state(self._session_id, now)
        self._minutes = [a.minutes for a in state.meeting.agenda]
        self._index = state.timing.current_index
        self._started = None if self._index is None else now - state.timing.elapsed
        item = state.current_item
        agenda = state.meeting.agenda
        if item is None:
            self.item_label.setText(state.meeting.title)
            self.position_label.setText("")
        else:
            self.item_label.setText(item.title)
            index = state.timing.current_index
            self.position_label.setText(
                self.tr("TOP %1 von %2").replace("%1", str((index or 0) + 1))
                .replace("%2", str(len(agenda))))
        present = state.attendance.present
        self.attendance_label.setText(self.tr("anwesend: Verwaltung %1 · extern %2").replace(
            "%1", str(present.administration)).replace("%2", str(present.external)))
        speakers = self._hub.service.speakers.state(self._session_id)
        self._speakers = speakers if speakers.show_times else None
        self.speaking_label.setVisible(self._speakers is not None)
        self._show_time(state.timing)

    def refresh_time(self) -> None:
        """Each tick: the model's time-box arithmetic on the clock's now (no read), so the
        countdown follows the clock exactly and never drifts after a sleep."""
        self._show_time(agenda_timing(self._minutes, self._index, self._started,
                                      self._clock.now()))

    def _show_time(self, timing: AgendaTiming) -> None:
        self.time_label.setText(timing.remaining_text() if self._index is not None else "")
        if self._speakers is not None:  # grows with the running speech
            on_item = self._speakers.times(self._clock.now())[0]
            self.speaking_label.setText(self.tr("Redezeit Verwaltung %1 · extern %2").replace(
                "%1", clock_text(on_item.administration)).replace(
                "%2", clock_text(on_item.external)))
        colours = palette.current()
        style = f"color: {colours.overrun if timing.overrun else colours.foreground};"
        if self.time_label.styleSheet() != style:
            self.time_label.setStyleSheet(style)

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if (self._session_id in changes.touched("session") or changes.touched("person")
                or changes.touched("group")):
            self.refresh_agenda()
        if self._vote_id is not None and self._vote_id in changes.touched("vote"):
            if self._vote_id in changes.deleted.get("vote", frozenset()):
                self.clear_content()
            else:
                self.refresh_vote()

    # --- sizes -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Font sizes follow the window height: legible from the back of the room."""
        unit = max(12.0, self.height() / 36)

        def set_size(widgets: Sequence[QWidget], factor: float, bold: bool = False) -> None:
            for widget in widgets:
                font = QFont(widget.font())
                font.setPixelSize(int(unit * factor))
                font.setBold(bold)
                widget.setFont(font)

        set_size([self.item_label], 2.0, bold=True)
        set_size([self.time_label], 3.0, bold=True)
        set_size([self.position_label, self.attendance_label, self.vote_status_label,
                  self.speaking_label], 1.0)
        set_size([self.text_label], 1.8)
        set_size([self.question_label], 1.6, bold=True)
        set_size([self.summary_label], 1.4)
        set_size([self.chart], 1.0)
