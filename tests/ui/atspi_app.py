"""The app as a screen reader meets it: run by ``atspi_walk.py`` on a real X display.

Opens a copy of the demo catalogue in a temporary folder, shows the main window with a
measure in the editor and the live window of a started session with an open vote, then
prints ``READY`` and runs until it is terminated (at most two minutes).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/support.py


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="lip-atspi-"))
    os.environ["LIP_DESKTOP_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from support import create_from

    from lip_desktop.model import demo
    from lip_desktop.ui import settings

    app = QApplication(sys.argv)
    app.setApplicationName("LIP Desktop")
    settings.use_folder(tmp / "settings")
    from lip_desktop.ui.main_window import MainWindow
    from lip_desktop.ui.session.clock import ManualClock

    path = tmp / "demo.lip"
    create_from(path, demo.demo_catalogue()).close()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    if not window.open_path(path):
        return 1
    hub = window.hub
    assert hub is not None
    with hub.catalogue.read() as conn:
        measure = str(conn.exec_driver_sql("SELECT id FROM measure LIMIT 1").scalar())
        sid = str(conn.exec_driver_sql(
            "SELECT id FROM meeting WHERE status = 'planned' ORDER BY starts_at LIMIT 1"
        ).scalar())
    window.on_hub_record_selected("measure", measure)
    live = window.sessions_view.open_live_window(sid, ManualClock(datetime(2027, 1, 19, 17)))
    live.agenda.start_session()
    live.resize(1366, 768)
    live.show()
    for _ in range(20):
        app.processEvents()
    print("READY", flush=True)
    QTimer.singleShot(120_000, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
