"""The live session window, one module per panel; ``window.py`` assembles them."""

from lip_desktop.ui.session.live.capture import CAPTURE_GOAL, CAPTURE_MEASURE, CAPTURE_SUBGOAL
from lip_desktop.ui.session.live.window import (
    TAB_CAPTURE,
    TAB_DECISIONS,
    TAB_NEGOTIATION,
    TAB_NOTES,
    TAB_PARKING,
    TAB_SPEAKERS,
    TAB_VOTES,
    LiveSessionWindow,
)

__all__ = ["CAPTURE_GOAL", "CAPTURE_MEASURE", "CAPTURE_SUBGOAL", "TAB_CAPTURE",
           "TAB_DECISIONS", "TAB_NEGOTIATION", "TAB_NOTES", "TAB_PARKING", "TAB_SPEAKERS",
           "TAB_VOTES",
           "LiveSessionWindow"]
