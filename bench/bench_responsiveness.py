"""No frozen window (issue 14): the GUI thread's longest stall during each long operation.

A 21,000-measure catalogue (``--small``: 2,100) is opened in a real ``MainWindow``
(offscreen); each export, import, merge and check is started through the window's own
``QAction`` as a user starts it, with the file dialogs and questions answered as a user
would (the dialogs module replaced, like the UI tests do). While it runs, a heartbeat
``QTimer`` ticks every 5 ms on the GUI thread and the largest gap between two ticks is
the longest time the window could not react: the aim is <= 100 ms, so the ratio printed
is ``max stall / 100 ms``. A watchdog thread takes the GUI thread's stack whenever it has
not ticked for more than 100 ms, so a stall names the code that caused it.

Also recorded per operation: whether a progress dialog was shown, the wall and CPU time
(the process's, worker included), and with ``--cancel`` (a separate run) whether the
progress dialog's "Abbrechen" button, clicked as soon as it shows, really stopped the
work (the runner reports ``CancelledError`` in the status bar and no result is shown).
The honest floor of the measurement itself: the heartbeat alone over 2 s in the idle
window (the timer's own jitter on this machine).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_responsiveness.py [--small]
        [--cancel] [--only NAME,...] [--keep] [--stacks] [--c-calls]

Figures are printed as a table and written to ``bench/out/responsiveness.json``
(``responsiveness-small.json``, ``-cancel`` with ``--cancel``). Nothing asserts on time.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import random
import resource
import shutil
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AIM_MS = 100.0
TICK_MS = 5
TAIL_S = 0.3  # after the last job: deferred refreshes (single shots) still count
TIMEOUT_S = 600.0
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Stall:
    """One time the GUI thread did not tick for more than the aim, and where it was."""

    ms: float
    stack: list[str]


@dataclass
class Figure:
    name: str
    max_stall_ms: float = 0.0
    stalls_over_aim: int = 0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    progress_shown: bool = False
    cancel_button: bool = False
    cancelled: bool | None = None
    result: str = ""
    #: In the longest stall: CPU time of the GUI thread itself, and of the whole process.
    #: GUI CPU near the stall: the GUI thread was working; process CPU near it but GUI CPU
    #: small: a worker held the GIL; both small: the machine ran other processes.
    stall_gui_cpu_ms: float = 0.0
    stall_process_cpu_ms: float = 0.0
    gc_max_ms: float = 0.0
    gc_over_50ms: int = 0
    #: The process's resident high-water mark after the operation (``ru_maxrss``).
    peak_mib: float = 0.0
    #: Objects the collector tracks after the operation (a full pass scans them all).
    tracked_objects: int = 0
    stacks: list[Stall] = field(default_factory=list)
    #: ``--c-calls``: the job thread's longest single calls into C (they hold the GIL).
    c_calls: list[str] = field(default_factory=list)


class Collector:
    """The cyclic garbage collector's passes (``gc.callbacks``): a full pass over the
    million objects of a 21,000-measure document holds the GIL for its whole length, in
    whichever thread it runs, and the GUI thread cannot tick meanwhile."""

    def __init__(self) -> None:
        self.passes: list[float] = []
        self._start = 0.0
        gc.callbacks.append(self.callback)

    def callback(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.passes.append((time.perf_counter() - self._start) * 1000)


class CCalls:
    """``--c-calls``: every call into C in a job's thread that ran longer than the aim's
    half, with the Python line that made it (``sys.setprofile``'s c_call/c_return).

    A worker gives the GIL up every 5 ms while it runs Python, but not inside one C call
    (``json.loads`` of a whole file, one lxml parse, a collector pass): the GUI thread
    cannot tick until the call returns. The GUI/process CPU columns show that a worker
    held the GIL; this names the call. The hook slows the job, not the calls it times.
    """

    LIMIT_S = AIM_MS / 2000

    def __init__(self) -> None:
        self.calls: list[tuple[float, str, str]] = []  # ms, C function, Python caller
        self._lock = threading.Lock()

    def install(self) -> None:
        import sys

        from lip_desktop.ui import worker

        run = worker._Job.run
        tracer = self

        def traced_run(job: Any) -> None:
            started: dict[int, float] = {}

            def hook(frame: Any, event: str, arg: Any) -> None:
                if event == "call":
                    started.clear()  # the open C calls run Python: they let the GIL go
                elif event == "c_call":
                    started[id(arg)] = time.perf_counter()
                elif event in ("c_return", "c_exception"):
                    t0 = started.pop(id(arg), None)
                    if t0 is not None and time.perf_counter() - t0 > tracer.LIMIT_S:
                        where = f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}"
                        name = getattr(arg, "__qualname__", repr(arg))
                        with tracer._lock:
                            tracer.calls.append(
                                (round((time.perf_counter() - t0) * 1000, 1), name, where))

            sys.setprofile(hook)
            try:
                run(job)
            finally:
                sys.setprofile(None)

        worker._Job.run = traced_run  # type: ignore[method-assign]

    def take(self) -> list[str]:
        with self._lock:
            calls, self.calls = self.calls, []
        return [f"{ms:7.1f} ms  {name}  ({where})" for ms, name, where in
                sorted(calls, reverse=True)[:8]]


class Heartbeat:
    """A 5 ms timer on the GUI thread; the largest gap between ticks is the longest stall.

    With ``--stacks`` each tick re-arms ``faulthandler.dump_traceback_later``: when the GUI
    thread has not ticked for more than the aim, faulthandler's own C thread (no GIL, so it
    also sees a worker that holds the GIL in one long C call) writes every thread's stack
    to a file, and the report names where each thread was during the stall.
    """

    def __init__(self, dump: Path, stacks: bool = False) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.gaps: list[float] = []
        self.last = 0.0
        self.last_cpu = (0.0, 0.0)
        self.worst = (0.0, 0.0, 0.0)  # gap, GUI thread CPU, process CPU (ms)
        self.stacks: list[Stall] = []
        self.dump = dump
        #: Stacks of every stall (``--stacks``): off by default, because faulthandler reads
        #: the other threads' frames without the GIL while they run, and at 21,000 measures
        #: that crashed the bench process twice (segmentation fault, no message) between the
        #: return sheets and the decisions import; without it the same run passes.
        self.with_stacks = stacks
        self._file: Any = None

    def tick(self) -> None:
        now, cpu = time.perf_counter(), (time.thread_time(), time.process_time())
        gap = (now - self.last) * 1000
        self.gaps.append(gap)
        if gap > self.worst[0]:
            self.worst = (gap, (cpu[0] - self.last_cpu[0]) * 1000,
                          (cpu[1] - self.last_cpu[1]) * 1000)
        self.last, self.last_cpu = now, cpu
        if self.with_stacks:
            faulthandler.dump_traceback_later(AIM_MS / 1000, file=self._file)

    def start(self) -> None:
        self.gaps.clear()
        self.stacks.clear()
        self.worst = (0.0, 0.0, 0.0)
        self._file = self.dump.open("w+", encoding="utf-8")
        self.last, self.last_cpu = time.perf_counter(), (time.thread_time(), time.process_time())
        if self.with_stacks:
            faulthandler.dump_traceback_later(AIM_MS / 1000, file=self._file)
        self.timer.start()

    def stop(self) -> None:
        self.tick()  # a stall at the very end counts too
        faulthandler.cancel_dump_traceback_later()
        self.timer.stop()
        self._file.seek(0)
        text = self._file.read()
        self._file.close()
        big = sorted((g for g in self.gaps if g > AIM_MS), reverse=True)
        for n, dump in enumerate(d for d in text.split("Timeout (") if d.strip()):
            self.stacks.append(Stall(round(big[n], 1) if n < len(big) else 0.0,
                                     _frames(dump)))

    @property
    def max_gap(self) -> float:
        return max(self.gaps, default=0.0)


def _frames(dump: str) -> list[str]:
    """Per thread of one faulthandler dump, its innermost frames (most recent first)
    that are not the bench's own or the thread pool's machinery; a GUI thread with none
    left is inside Qt (painting, layout, a signal) below the bench's event loop."""
    threads: list[tuple[bool, list[str]]] = []
    for raw in dump.splitlines():
        line = raw.strip()
        if line.startswith(("Thread 0x", "Current thread 0x")):
            ident = int(line.split(" (")[0].split()[-1], 16)
            threads.append((ident == threading.main_thread().ident, []))
        elif line.startswith("File") and threads:
            threads[-1][1].append(line.removeprefix("File ").replace(str(ROOT) + "/", ""))
    lines: list[str] = []
    for gui, frames in sorted(threads, key=lambda t: not t[0]):
        kept = [f for f in frames
                if "bench_responsiveness" not in f and "threading.py" not in f][:6]
        if gui:
            lines.append("GUI thread")
            lines.extend("  " + f for f in kept or ["(in Qt, below the event loop)"])
        elif kept and "faulthandler" not in kept[0]:
            lines.append("worker thread")
            lines.extend("  " + f for f in kept)
    return lines


class User:
    """Answers every dialog as a user would: files from a queue, "Ja" to questions."""

    def __init__(self) -> None:
        self.files: list[Any] = []
        self.shown: list[tuple[str, str]] = []
        self.reports = 0

    def install(self) -> None:
        from PySide6.QtWidgets import QDialog

        from lip_desktop.ui import controlling, dialogs, office
        from lip_desktop.ui.merge import run

        def record(_parent: Any, title: str, text: str) -> None:
            self.shown.append((title, text))

        def question(_parent: Any, title: str, text: str) -> bool:
            self.shown.append((title, text))
            return True

        def error(_parent: Any, err: Any, title: str = "") -> None:
            self.shown.append((title or "Fehler", err.message))

        def bug(_parent: Any, exc: BaseException, _log: Any) -> None:
            self.shown.append(("Unerwarteter Fehler", repr(exc)))

        def pick(*_args: Any, **_kwargs: Any) -> Any:
            return self.files.pop(0) if self.files else None

        def word_options(_dialog: Any) -> int:
            return QDialog.DialogCode.Accepted.value  # the defaults: whole catalogue, internal

        def year(dialog: Any) -> int:
            dialog.year.setValue(2025)
            if dialog.folder is not None and self.files:
                dialog.folder.setText(str(self.files.pop(0)))
            return QDialog.DialogCode.Accepted.value

        def report_open(dialog: Any) -> None:
            self.reports += 1
            self.shown.append(("Bericht", "\n".join(dialog.report.lines()[:3])))

        # replaced for the whole run, as the UI tests' monkeypatch does for one test
        for module, name, answer in (
                (dialogs, "inform", record), (dialogs, "warn", record),
                (dialogs, "ask", question), (dialogs, "show_error", error),
                (dialogs, "show_bug", bug), (dialogs, "open_file", pick),
                (dialogs, "open_files", pick), (dialogs, "save_file", pick),
                (dialogs, "choose_folder", pick),
                (office.WordOptionsDialog, "exec", word_options),
                (controlling.YearDialog, "exec", year),
                (run.MergeReportDialog, "open", report_open)):
            setattr(module, name, answer)


@dataclass
class Operation:
    name: str
    action: str
    files: Callable[[Path], list[Any]]
    result: Callable[[Path], str]


def _exists(path: str) -> Callable[[Path], str]:
    def check(out: Path) -> str:
        target = out / path
        if target.is_dir():
            return f"{len(list(target.iterdir()))} Dateien"
        return f"{target.stat().st_size // 1024} KiB" if target.exists() else "keine Datei"
    return check


def _answer_return_sheet(out: Path) -> list[Any]:
    """One returned sheet with a status filled in, as a department sends it back."""
    from openpyxl import load_workbook

    sheets = sorted((out / "abfragen").glob("*.xlsx"))
    if not sheets:
        return [[]]
    path = out / "ruecklauf.xlsx"
    wb = load_workbook(sheets[0])
    ws = wb["Maßnahmen"]
    head = [c.value for c in ws[1]]
    column = f"Status {2025}"
    if column in head and ws.max_row > 1:
        ws.cell(row=2, column=head.index(column) + 1, value="in Umsetzung")
    wb.save(path)
    wb.close()
    return [[path]]


OPERATIONS = [
    Operation("export Word draft", "act_export_word",
              lambda out: [out / "entwurf.docx"], _exists("entwurf.docx")),
    Operation("export Excel list", "act_export_excel",
              lambda out: [out / "liste.xlsx"], _exists("liste.xlsx")),
    Operation("export JSON", "act_export_json",
              lambda out: [out / "katalog.json"], _exists("katalog.json")),
    Operation("export returns", "act_export_returns",
              lambda out: [out / "abfragen"], _exists("abfragen")),
    Operation("controlling report", "act_export_controlling",
              lambda out: [out / "controlling.docx"], _exists("controlling.docx")),
    Operation("participation report", "act_export_participation",
              lambda out: [out / "beteiligung.docx"], _exists("beteiligung.docx")),
    Operation("check catalogue", "act_check", lambda out: [], lambda out: ""),
    Operation("import JSON", "act_import_json",
              lambda out: [out / "kopie.json"], lambda out: ""),
    Operation("import Word review", "act_import_review",
              lambda out: [out / "entwurf.docx"], lambda out: ""),
    Operation("import decisions", "act_import_decisions",
              lambda out: [out / "liste.xlsx"], lambda out: ""),
    Operation("import returns", "act_import_returns", _answer_return_sheet, lambda out: ""),
    Operation("merge copy", "act_merge", lambda out: [out / "kopie.lip"], lambda out: ""),
]


def prepare(folder: Path, small: bool) -> Path:
    """The catalogue, and a facilitator's copy with some edits (file and JSON export)."""
    from lip_desktop.model import generate, interchange, revisions
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    doc = generate.generate_catalogue(goals_per_field=30 if small else 300)
    path = folder / "gross.lip"

    def fill(session: Any) -> None:
        interchange.import_into_new(session, doc, "bench")

    Catalogue.create(path, fill, actor="Projektleitung").close(backup=False)
    out = folder / "out"
    out.mkdir()
    (out / "abfragen").mkdir()
    copy = out / "kopie.lip"
    shutil.copy(path, copy)
    service = CatalogueService(Catalogue.open(copy, actor="Moderation", make_backups=False))
    with service.catalogue.read() as conn:
        measures = sorted(revisions.load_records(conn, "measure").items())
    rng = random.Random(1)
    for e in range(100):
        mid, m = measures[rng.randrange(len(measures))]
        service.structure.update_measure(mid, title=f"{m['title']} ({e})")
    with service.catalogue.read() as conn:
        (out / "kopie.json").write_text(
            interchange.dumps(interchange.export_document(conn)), encoding="utf-8")
    service.catalogue.close(backup=False)
    return path


def run_operation(window: Any, user: User, beat: Heartbeat, collector: Collector,
                  op: Operation, out: Path, cancel: bool,
                  c_calls: CCalls | None = None) -> Figure:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from lip_desktop.model.errors import CancelledError

    figure = Figure(op.name)
    user.files = op.files(out)
    shown_before, reports_before = len(user.shown), user.reports
    finished = [0]
    messages: list[str] = []
    clicked = [False]

    def on_finished() -> None:
        finished[0] += 1

    def on_message(text: str) -> None:
        messages.append(text)

    # the status bar signals only a changed text: two cancels in a row say the same
    window.statusBar().clearMessage()
    window.runner.sig_task_finished.connect(on_finished)
    window.statusBar().messageChanged.connect(on_message)
    loop = QEventLoop()
    done_at = [0.0]

    def poll() -> None:
        dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        if dialogs:
            figure.progress_shown = True
            buttons = dialogs[0].findChildren(QPushButton)
            figure.cancel_button = figure.cancel_button or bool(buttons)
            if cancel and buttons and not clicked[0]:
                clicked[0] = True
                QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        if finished[0] and not window.runner._jobs:
            if not done_at[0]:
                done_at[0] = time.perf_counter()
            elif time.perf_counter() - done_at[0] >= TAIL_S:
                loop.quit()
        elif done_at[0] and window.runner._jobs:
            done_at[0] = 0.0  # a next step started after the first job (read, then build)
        idle = not finished[0] and not window.runner._jobs
        if time.perf_counter() - started > (2.0 if idle else TIMEOUT_S):
            loop.quit()  # nothing started (a refusal before the work), or it hangs

    poller = QTimer()
    poller.setInterval(20)
    poller.timeout.connect(poll)
    action = getattr(window, op.action)
    collector.passes.clear()
    beat.start()
    started, cpu = time.perf_counter(), time.process_time()
    poller.start()
    QTimer.singleShot(0, action.trigger)  # the click, from the event loop as a user's is
    loop.exec()
    beat.stop()
    poller.stop()
    figure.wall_s = round((done_at[0] or time.perf_counter()) - started, 3)
    figure.cpu_s = round(time.process_time() - cpu, 3)
    figure.max_stall_ms = round(beat.max_gap, 1)
    figure.stalls_over_aim = sum(g > AIM_MS for g in beat.gaps)
    figure.stacks = list(beat.stacks)
    figure.c_calls = c_calls.take() if c_calls else []
    figure.stall_gui_cpu_ms = round(beat.worst[1], 1)
    figure.stall_process_cpu_ms = round(beat.worst[2], 1)
    figure.gc_max_ms = round(max(collector.passes, default=0.0), 1)
    figure.gc_over_50ms = sum(p > 50 for p in collector.passes)
    figure.tracked_objects = len(gc.get_objects())
    figure.peak_mib = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    window.runner.sig_task_finished.disconnect(on_finished)
    window.statusBar().messageChanged.disconnect(on_message)
    shown = user.shown[shown_before:]
    if cancel and clicked[0]:  # no dialog showed (done in < 400 ms): nothing to cancel
        stopped = CancelledError().message in messages
        figure.cancelled = stopped and not shown and user.reports == reports_before
    texts = [f"{t}: {m.splitlines()[0] if m else ''}" for t, m in shown]
    if user.reports > reports_before:
        texts.append("Bericht gezeigt")
    extra = op.result(out) if not cancel else ""
    figure.result = "; ".join([*texts[:2], *([extra] if extra else []), *messages[-1:]])[:160]
    return figure


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true", help="2,100 measures instead of 21,000")
    parser.add_argument("--cancel", action="store_true",
                        help="click Abbrechen as soon as each progress dialog shows")
    parser.add_argument("--only", default="", help="comma-separated operation names")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    parser.add_argument("--stacks", action="store_true",
                        help="every thread's stack in each stall (faulthandler; may crash)")
    parser.add_argument("--c-calls", action="store_true",
                        help="name each job's calls into C longer than 50 ms (slows the jobs)")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from lip_desktop.ui import settings
    from lip_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-responsiveness-"))
    os.environ["LIP_DESKTOP_DATA_DIR"] = str(folder / "data")
    settings.use_folder(folder / "settings")  # window size, recent list: not the user's
    load = os.getloadavg()
    setup = time.perf_counter()
    path = prepare(folder, args.small)
    gc.collect()  # the generated document's objects are not the app's
    print(f"catalogue and copy prepared in {time.perf_counter() - setup:.1f} s", flush=True)
    user = User()
    user.install()
    c_calls = CCalls() if args.c_calls else None
    if c_calls:
        c_calls.install()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    window.wait_loaded()
    app.processEvents()

    beat = Heartbeat(folder / "stalls.txt", stacks=args.stacks)
    collector = Collector()
    idle = QEventLoop()
    QTimer.singleShot(2000, idle.quit)
    beat.start()
    cpu = time.process_time()
    idle.exec()
    beat.stop()
    baseline = Figure("baseline (heartbeat alone, 2 s)", max_stall_ms=round(beat.max_gap, 1),
                      stalls_over_aim=sum(g > AIM_MS for g in beat.gaps), wall_s=2.0,
                      cpu_s=round(time.process_time() - cpu, 3),
                      stall_gui_cpu_ms=round(beat.worst[1], 1),
                      stall_process_cpu_ms=round(beat.worst[2], 1))
    figures = [baseline]
    wanted = {n.strip() for n in args.only.split(",") if n.strip()}
    for op in OPERATIONS:
        if wanted and op.name not in wanted:
            continue
        figure = run_operation(window, user, beat, collector, op, folder / "out", args.cancel,
                               c_calls)
        figures.append(figure)
        print(f"{op.name:22s} stall {figure.max_stall_ms:7.1f} ms  wall {figure.wall_s:6.1f} s"
              f"  {figure.result}", flush=True)
    window.runner.wait()
    app.processEvents()
    # What the operations left to the collector (cycles; jobs count their objects as old,
    # model/collector.py): one full pass now, with the window still open, says how many.
    tracked = len(gc.get_objects())
    gc.set_debug(gc.DEBUG_SAVEALL)  # keep what the pass finds, to name its kinds
    started = time.perf_counter()
    unreachable = gc.collect()
    full_pass_ms = 1000 * (time.perf_counter() - started)
    gc.set_debug(0)
    kinds = Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.garbage)
    gc.garbage.clear()
    gc.collect()
    window.close()
    app.processEvents()
    load_after = os.getloadavg()

    print()
    print(f"a full collector pass after the operations: {unreachable} of {tracked} tracked "
          f"objects unreachable, {full_pass_ms:.0f} ms (the window open); most: "
          + ", ".join(f"{name} {n}" for name, n in kinds.most_common(8)))
    print(f"{'operation':32s} {'max stall':>9s} {'/100 ms':>7s} {'>100':>5s} {'wall s':>7s} "
          f"{'cpu s':>7s} {'progress':>8s} {'cancel':>7s} {'gc max':>8s} {'gc>50':>5s} "
          f"{'in the max stall: GUI/process CPU':>34s} {'peak MiB':>8s} {'objects':>9s}")
    for f in figures:
        cancelled = "" if f.cancelled is None else ("stops" if f.cancelled else "NO")
        print(f"{f.name:32s} {f.max_stall_ms:7.1f}ms {f.max_stall_ms / AIM_MS:6.2f}x "
              f"{f.stalls_over_aim:5d} {f.wall_s:7.2f} {f.cpu_s:7.2f} "
              f"{'yes' if f.progress_shown else 'no':>8s} "
              f"{cancelled or ('button' if f.cancel_button else '-'):>7s} "
              f"{f.gc_max_ms:6.1f}ms {f.gc_over_50ms:5d} "
              f"{f.stall_gui_cpu_ms:22.0f} / {f.stall_process_cpu_ms:5.0f} ms {f.peak_mib:8.0f} "
              f"{f.tracked_objects:9d}")
    print(f"\nload average before {load[0]:.2f}, after {load_after[0]:.2f} (2 cores); "
          f"aim: no stall > {AIM_MS:.0f} ms; floor: the baseline row")
    for f in figures:
        if f.c_calls:
            print(f"\nlongest calls into C in the job of {f.name}:")
            for line in f.c_calls:
                print(f"    {line}")
        for stall in f.stacks:
            print(f"\nstall {stall.ms:.0f} ms in {f.name}:")
            for line in stall.stack:
                print(f"    {line}")

    out = Path(__file__).parent / "out"
    out.mkdir(exist_ok=True)
    name = "responsiveness" + ("-small" if args.small else "") + ("-cancel" if args.cancel else "")
    (out / f"{name}.json").write_text(json.dumps({
        "measures": 2100 if args.small else 21000,
        "aim_ms": AIM_MS,
        "load_before": load, "load_after": load_after,
        "figures": [asdict(f) for f in figures],
    }, indent=2, ensure_ascii=False), encoding="utf-8")
    if args.keep:
        print(f"kept: {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
