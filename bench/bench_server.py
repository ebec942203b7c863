"""The catalogue on a PostgreSQL server (issue 9): import, the open window, two writers.

Three parts, each printed as a table and written to ``bench/out/server.json``
(``server-small.json`` with ``--small``); the script never asserts on time:

1. **import**: ``lip-desktop import-json URL FILE.json`` of 21,000 measures (2,100 with
   ``--small``) into a set-up, empty database, beside the floor: the same rows, parsed from
   the same file, sent by psycopg's ``COPY ... FROM STDIN`` into another set-up database
   in one transaction. Both databases get the app's schema first (``server_init``, not
   timed), so the ratio is about writing rows. Aim: within 3× of the floor.
2. **window**: the main window on the server catalogue (localhost): expanding a goal and
   editing a measure's title (through the hub, as a form does, with the undo step), as
   ``bench_tree.py`` measures them for a file. Aim: 20 ms per edit, 50 ms per expansion.
3. **two writers**: two processes, each with its own ``Catalogue`` on the URL, each
   editing its own half of one action field's measures as fast as it can for
   ``--seconds`` (60; 5 with ``--small``), every edit made over the value it last wrote
   (``UpdateFields(seen=...)``, as a form does). Counted: edits, errors (any exception);
   afterwards every measure must hold the last value its writer wrote (lost updates).
   Aim: 0 lost updates, 0 errors.

The server: ``LIP_BENCH_PG_URL`` (an administrator's ``postgresql://`` URL that may
create databases), else a throwaway cluster on 127.0.0.1 through ``tests/pg_cluster.py``
(fsync off; the figures compare the app with the floor on the same server).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_server.py [--small] [--runs N]
        [--seconds S] [--skip-import] [--skip-window] [--skip-writers]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
for extra in (str(ROOT), str(ROOT / "tests"), str(BENCH_DIR)):
    if extra not in sys.path:
        sys.path.insert(0, extra)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = {"full": (7, 300, 10), "small": (7, 30, 10)}
AIM_IMPORT_RATIO = 3.0
AIM_EDIT_MS = 20.0
AIM_EXPAND_MS = 50.0


# --- the server -------------------------------------------------------------------------


def start_cluster() -> Any:
    """``LIP_BENCH_PG_URL``'s server, else a throwaway local cluster (tests/pg_cluster.py)."""
    from pg_cluster import MISSING, Cluster
    from sqlalchemy.engine import make_url

    given = os.environ.get("LIP_BENCH_PG_URL")
    if given:
        return Cluster(make_url(given).set(drivername="postgresql+psycopg"))
    cluster = Cluster.start()
    if cluster is None:
        raise SystemExit(MISSING)
    return cluster


def text_of(url: Any) -> str:
    return str(url.render_as_string(hide_password=False))


def set_up(cluster: Any) -> Any:
    """A new database with the app's schema and nothing in it (``server_init``)."""
    from lip_desktop.model.catalogue import server_init
    from lip_desktop.model.server import ServerAddress

    url = cluster.new_database()
    server_init(ServerAddress.parse(text_of(url)), actor="bench")
    return url


# --- 1. import against COPY -------------------------------------------------------------


def import_app(url: Any, source: Path) -> float:
    from lip_desktop import cli

    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["import-json", text_of(url), str(source)])
    seconds = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"import-json failed with exit code {code}")
    return seconds


def import_copy(url: Any, source: Path) -> float:
    """The floor: parse the same file, build the same rows, ``COPY`` them in one
    transaction (psycopg, no SQLAlchemy, no checks, no history beyond one entry)."""
    import psycopg
    from bench_interchange import _raw_rows

    conninfo = url.set(drivername="postgresql")
    with psycopg.connect(text_of(conninfo)) as conn:
        columns: dict[str, list[str]] = {}
        for (table, column) in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"):
            if column == "version" or (table == "change_log" and column == "id"):
                continue  # the version has its default; the history id is a sequence
            columns.setdefault(table, []).append(column)
        conn.commit()
        start = time.perf_counter()
        doc = json.loads(source.read_bytes().decode("utf-8-sig"))
        tables = _raw_rows(doc, columns, time.strftime("%Y-%m-%dT%H:%M:%S"))
        with conn.cursor() as cur:
            for name, cols, rows in tables:
                names = ", ".join(f'"{c}"' for c in cols)
                with cur.copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
                    for row in rows:
                        copy.write_row(row)
        conn.commit()
        return time.perf_counter() - start


def count_measures(url: Any) -> int:
    import psycopg

    with psycopg.connect(text_of(url.set(drivername="postgresql"))) as conn:
        row = conn.execute("SELECT count(*) FROM measure").fetchone()
        return int(row[0]) if row else 0


def bench_import(cluster: Any, source: Path, runs: int) -> dict[str, Any]:
    app, floor, made = [], [], []
    for _ in range(runs):
        a, f = set_up(cluster), set_up(cluster)
        made += [a, f]
        app.append(import_app(a, source))
        floor.append(import_copy(f, source))
        counts = (count_measures(a), count_measures(f))
        if counts[0] != counts[1]:
            raise SystemExit(f"import and COPY stored different measure counts: {counts}")
    for url in made[:-2]:
        cluster.drop_database(url)
    a, f = statistics.median(app), statistics.median(floor)
    return {"app_s": app, "copy_s": floor, "app_median_s": a, "copy_median_s": f,
            "ratio": a / f, "aim_ratio": AIM_IMPORT_RATIO, "measures": counts[0],
            "imported_url": text_of(made[-2])}


# --- 2. the open window -----------------------------------------------------------------


def bench_window(url_text: str, rounds: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.commands import UpdateFields
    from lip_desktop.ui import dialogs, settings
    from lip_desktop.ui.main_window import MainWindow
    from lip_desktop.ui.roles import RecordIdRole

    def say(_parent: Any, title: str, text: Any, *_rest: Any) -> None:
        print(f"  (dialog) {title}: {getattr(text, 'message', text)}")

    for name in ("inform", "warn"):
        setattr(dialogs, name, say)
    dialogs.show_error = lambda parent, error, title="": say(parent, title, error)  # type: ignore[assignment]
    app = QApplication.instance() or QApplication([])
    settings.use_folder(Path(tempfile.mkdtemp(prefix="lip-bench-settings-")))  # not the user's
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    start = time.perf_counter()
    # ``open_path`` connects to a server in the background; open here and show it, so
    # the clock stops when the window shows the catalogue.
    if not window.show_catalogue(Catalogue.open(url_text, actor="bench")):
        raise SystemExit("the window could not show the server catalogue")
    app.processEvents()
    open_s = time.perf_counter() - start
    window.wait_loaded()  # the rest loads in idle time; time the steady window, not that
    app.processEvents()
    tree, model = window.tree, window.tree_model

    def timed(work: Any) -> float:
        begin = time.perf_counter()
        work()
        app.processEvents()
        return (time.perf_counter() - begin) * 1000

    fields = [model.index(r, 0) for r in range(model.rowCount())]
    for index in fields:
        tree.expand(index)
    app.processEvents()
    goals = [model.index(r, 0, fields[1]) for r in range(model.rowCount(fields[1]))][:rounds]
    expand = [timed(lambda g=g: tree.expand(g)) for g in goals]
    measure_id = model.index(0, 0, goals[0]).data(RecordIdRole)
    hub = window.hub
    assert hub is not None
    edits, undos = [], []
    shown = hub.record("measure", measure_id).title
    for n in range(rounds):
        command = UpdateFields("measure", measure_id, {"title": f"Titel {n}"}, "Titel",
                               seen={"title": shown})
        edits.append(timed(lambda c=command: hub.run_undoable(c)))
        undos.append(timed(hub.undo_stack.undo))
    rows = model.rowCount(goals[0])
    window.close()
    return {"open_s": open_s, "measures_per_goal": rows, "expand_ms": expand,
            "edit_ms": edits, "undo_ms": undos,
            "expand_median_ms": statistics.median(expand),
            "edit_median_ms": statistics.median(edits),
            "undo_median_ms": statistics.median(undos),
            "aim_edit_ms": AIM_EDIT_MS, "aim_expand_ms": AIM_EXPAND_MS}


# --- 3. two writers ---------------------------------------------------------------------


def writer(url_text: str, name: str, measure_ids: list[str], seconds: float,
           result_path: str) -> None:
    """One person editing their measures' titles as fast as possible; every edit over
    the value this writer last saw (wrote), as a form makes it."""
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.commands import UpdateFields
    from lip_desktop.model.services import CatalogueService

    edits, errors, samples = 0, 0, []
    last: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as data:
        os.environ["LIP_DESKTOP_DATA_DIR"] = data
        with Catalogue.open(url_text, actor=name, make_backups=False) as cat:
            service = CatalogueService(cat)
            for mid in measure_ids:
                last[mid] = service.structure.get_record("measure", mid).title
            deadline = time.perf_counter() + seconds
            n = 0
            while time.perf_counter() < deadline:
                mid = measure_ids[n % len(measure_ids)]
                value = f"{name} {n}"
                try:
                    UpdateFields("measure", mid, {"title": value},
                                 seen={"title": last[mid]}).apply(service)
                except Exception as exc:  # counted and shown, never hidden
                    errors += 1
                    if len(samples) < 5:
                        samples.append(f"{type(exc).__name__}: {exc}")
                    last[mid] = service.structure.get_record("measure", mid).title
                else:
                    last[mid] = value
                    edits += 1
                n += 1
    Path(result_path).write_text(json.dumps({"edits": edits, "errors": errors,
                                             "samples": samples, "last": last}),
                                 encoding="utf-8")


def bench_writers(url_text: str, seconds: float) -> dict[str, Any]:
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    with Catalogue.open(url_text, actor="bench", readonly=True, make_backups=False) as cat:
        measures = _measures_of_one_field(cat)
    halves = {"Anna Berg": measures[0::2], "Ben Kaya": measures[1::2]}
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder:
        procs, paths = [], {}
        for name, ids in halves.items():
            paths[name] = str(Path(folder) / f"{name}.json")
            procs.append(context.Process(target=writer,
                                         args=(url_text, name, ids, seconds, paths[name])))
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        results = {name: json.loads(Path(path).read_text(encoding="utf-8"))
                   for name, path in paths.items() if Path(path).exists()}
    crashed = [name for name in halves if name not in results]
    with Catalogue.open(url_text, actor="bench", readonly=True, make_backups=False) as cat:
        service = CatalogueService(cat)
        lost = [mid for r in results.values() for mid, value in r["last"].items()
                if service.structure.get_record("measure", mid).title != value]
    edits = sum(r["edits"] for r in results.values())
    return {"seconds": seconds, "measures": len(measures),
            "writers": {name: {k: r[k] for k in ("edits", "errors", "samples")}
                        for name, r in results.items()},
            "crashed_writers": crashed, "edits": edits,
            "edits_per_second": edits / seconds,
            "errors": sum(r["errors"] for r in results.values()) + len(crashed),
            "lost_updates": len(lost)}


def _measures_of_one_field(cat: Any) -> list[str]:
    """The measures of the first action field (by its goals), in catalogue order."""
    from lip_desktop.model.snapshot import load_document

    with cat.read() as conn:
        doc = load_document(conn)
    field = doc["action_fields"][0]["id"]
    goals = {g["id"] for g in doc["goals"] if g["action_field_id"] == field}
    return [m["id"] for m in doc["measures"] if m["goal_id"] in goals]


# --- report -----------------------------------------------------------------------------


def print_report(report: dict[str, Any]) -> None:
    print(f"\nPostgreSQL on localhost, {report['size']} ({report['environment']})")
    imp = report.get("import")
    if imp:
        print(f"import {imp['measures']} measures: app {imp['app_median_s']:.2f} s, "
              f"COPY {imp['copy_median_s']:.2f} s -> {imp['ratio']:.2f}x "
              f"(aim <= {AIM_IMPORT_RATIO:.0f}x; runs app {_list(imp['app_s'])}, "
              f"copy {_list(imp['copy_s'])})")
    win = report.get("window")
    if win:
        print(f"window: open {win['open_s']:.2f} s; expand a goal ({win['measures_per_goal']} "
              f"measures) median {win['expand_median_ms']:.1f} ms max "
              f"{max(win['expand_ms']):.1f} (aim {AIM_EXPAND_MS:.0f}); edit median "
              f"{win['edit_median_ms']:.1f} ms max {max(win['edit_ms']):.1f} (aim "
              f"{AIM_EDIT_MS:.0f}); undo median {win['undo_median_ms']:.1f} ms")
    two = report.get("writers")
    if two:
        print(f"two writers, {two['seconds']:.0f} s on {two['measures']} measures of one "
              f"field: {two['edits']} edits ({two['edits_per_second']:.0f}/s), "
              f"{two['errors']} errors, {two['lost_updates']} lost updates (aim 0 and 0)")
        for name, w in two["writers"].items():
            print(f"  {name}: {w['edits']} edits, {w['errors']} errors {w['samples'] or ''}")


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true",
                        help="2,100 measures, 5 s of writers, fewer rounds")
    parser.add_argument("--runs", type=int, default=None, help="imports (median shown)")
    parser.add_argument("--seconds", type=float, default=None, help="two writers' time")
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-window", action="store_true")
    parser.add_argument("--skip-writers", action="store_true")
    args = parser.parse_args()
    size = "small" if args.small else "full"
    runs = args.runs or (1 if args.small else 3)
    seconds = args.seconds or (5.0 if args.small else 60.0)

    from lip_desktop.model.generate import generate_catalogue, write_json

    report: dict[str, Any] = {"size": size, "environment": f"{platform.platform()}, "
                              f"{os.cpu_count()} CPUs"}
    cluster = start_cluster()
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ["LIP_DESKTOP_DATA_DIR"] = folder
            fields, goals, measures = SIZES[size]
            doc = generate_catalogue(fields=fields, goals_per_field=goals,
                                     measures_per_goal=measures, indicators_per_measure=2)
            source = Path(folder) / "catalogue.json"
            write_json(doc, source)
            if args.skip_import:
                url = set_up(cluster)
                import_app(url, source)
                url_text = text_of(url)
            else:
                report["import"] = bench_import(cluster, source, runs)
                url_text = report["import"].pop("imported_url")
                print_report(report)
            if not args.skip_window:
                report["window"] = bench_window(url_text, 5 if args.small else 15)
            if not args.skip_writers:
                report["writers"] = bench_writers(url_text, seconds)
    finally:
        cluster.close()
    print_report(report)
    OUT_DIR.mkdir(exist_ok=True)
    out = OUT_DIR / ("server.json" if size == "full" else "server-small.json")
    out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"written: {out}")


if __name__ == "__main__":
    main()
