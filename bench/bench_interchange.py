"""Benchmark of the ``lip-catalogue`` JSON import and export against raw sqlite3.

Run from the project root::

    .venv/bin/python bench/bench_interchange.py            # 21,000 measures (7 × 300 × 10)
    .venv/bin/python bench/bench_interchange.py --small    # 2,100 measures (7 × 30 × 10)

Four steps are measured, each in a fresh child process so that its peak memory is its
own and no caches, imports or garbage of another step distort it:

``import``     ``lip-desktop import-json NEW.lip FILE.json`` (the CLI function itself):
               read, parse, validate, create the file with Alembic, write in one
               transaction, checkpoint, fsync, rename, reopen (quick_check, first backup).
``export``     ``lip-desktop export-json``: open read-only (quick_check), export_document,
               dumps, atomic write with fsync.
``raw_write``  the floor for ``import``: read and parse the same JSON file, then write the
               same rows with plain ``sqlite3.executemany`` into a fresh file with the very
               same schema (DDL copied from ``sqlite_master``) and the app's pragmas (WAL,
               synchronous=FULL, foreign_keys=ON), in one transaction.
``raw_read``   the floor for ``export``: ``SELECT *`` of the same tables into plain dicts,
               ``json.dumps`` with the app's settings, write and fsync.

Times are wall-clock seconds of the work itself (modules are imported before the clock
starts; the child's whole lifetime is reported separately), median of ``--runs``.
Peak memory is ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` of the child (the resident
high-water mark, including the interpreter and imported modules, whose share is reported
as the baseline). tracemalloc is not used: it adds a cost to every Python allocation,
which would distort the times measured in the same run, and it does not see the memory
SQLite allocates itself.

Nothing here asserts on time; the figures are printed and written to
``bench/out/interchange.json`` (``interchange-small.json`` with ``--small``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
SIZES = {"full": (7, 300, 10), "small": (7, 30, 10)}
#: The aim from the issue: the app's import within this factor of raw sqlite3.
TARGET_RATIO = 2.0
STEPS = ("import", "export", "raw_write", "raw_read")

#: Interchange list -> table. Column names equal the interchange keys (see ``orm.py``).
TABLE_OF = {
    "action_fields": "action_field",
    "strategy_sections": "strategy_section",
    "people": "person",
    "groups": "expert_group",
    "goals": "goal",
    "measures": "measure",
    "indicators": "indicator",
    "sessions": "meeting",
    "terminology": "terminology",
}
#: Lists the generator leaves empty; the raw writer does not know their nested shapes.
EMPTY_LISTS = ("positions", "compromises", "votes", "review_comments")
#: Tables whose full content the raw write must reproduce exactly (checked after timing).
COMPARED_TABLES = ("goal", "measure", "indicator")


# --- helpers used by the children -----------------------------------------------------


def peak_rss_mib() -> float:
    """The process's resident high-water mark so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Phases:
    """Wall time per named phase, collected by wrapping app functions in the child.

    Wrapping module attributes (not editing the app) gives a breakdown of one real run
    without the overhead and distortion of a profiler.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def timed(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

    def wrap(self, owner: Any, attr: str, name: str) -> None:
        original: Callable[..., Any] = getattr(owner, attr)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            with self.timed(name):
                return original(*args, **kwargs)

        setattr(owner, attr, wrapper)


def fsync_write(path: Path, data: bytes) -> None:
    """Write and fsync, as the app's atomic write does, so the floor pays the same I/O."""
    with path.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table, to show that app and floor wrote the same amount of data."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


# --- the steps (each runs in its own child process) ----------------------------------


def step_prepare(work: Path, size: str) -> dict[str, Any]:
    """Generate the JSON file, import it once as the reference catalogue, save its DDL.

    The reference catalogue is what ``export`` and ``raw_read`` read; the DDL lets
    ``raw_write`` build a file with exactly the app's schema without going through it.
    """
    from lip_desktop import cli
    from lip_desktop.model.generate import generate_catalogue, write_json

    fields, goals, measures = SIZES[size]
    doc = generate_catalogue(fields=fields, goals_per_field=goals, measures_per_goal=measures,
                             indicators_per_measure=2)
    source = work / "catalogue.json"
    write_json(doc, source)
    reference = work / "reference.lip"
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["import-json", str(reference), str(source)])
    if code != 0:
        raise SystemExit(f"reference import failed with exit code {code}")
    conn = sqlite3.connect(f"file:{reference}?mode=ro", uri=True)
    try:
        ddl = [r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name != 'alembic_version' ORDER BY rowid")]
        header = {p: conn.execute(f"PRAGMA {p}").fetchone()[0]
                  for p in ("application_id", "user_version")}
    finally:
        conn.close()
    (work / "schema.json").write_text(json.dumps({"ddl": ddl, **header}), encoding="utf-8")
    return {
        "json_bytes": source.stat().st_size,
        "measures": len(doc["measures"]),
        "indicators": len(doc["indicators"]),
        "goals": len(doc["goals"]),
        "reference_counts": table_counts(reference),
        "revision_rows": sum(len(rows) for _t, _c, rows in _app_only_rows(reference)),
        "reference_bytes": reference.stat().st_size,
    }


def step_import(work: Path, run: int) -> dict[str, Any]:
    """``lip-desktop import-json NEW.lip FILE.json``, via the CLI function itself."""
    from lip_desktop import cli
    from lip_desktop.model import (  # noqa: F401
        catalogue,
        interchange,
        new_schema,
        revisions,
        services,
        storage,
    )

    phases = Phases()
    phases.wrap(interchange, "read_json", "read+parse JSON")
    phases.wrap(interchange, "plan_import", "validate (plan_import)")
    phases.wrap(interchange, "write_records", "insert rows (write_records)")
    phases.wrap(revisions, "record_states", "first states (hashes, revision rows)")
    phases.wrap(new_schema, "write", "create schema (stored statements)")
    phases.wrap(storage, "quick_check", "quick_check on open")
    phases.wrap(catalogue.Catalogue, "backup", "first backup")
    phases.wrap(catalogue.Catalogue, "close", "close (checkpoint)")
    target = work / f"import-{run}.lip"
    baseline = peak_rss_mib()
    cpu_start = time.process_time()
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["import-json", str(target), str(work / "catalogue.json")])
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    if code != 0:
        raise SystemExit(f"import failed with exit code {code}")
    result = {"seconds": seconds, "cpu_seconds": cpu,
              "peak_mib": peak_rss_mib(), "baseline_mib": baseline,
              "phases": phases.seconds, "counts": table_counts(target)}
    target.unlink()
    return result


def step_export(work: Path, run: int) -> dict[str, Any]:
    """``lip-desktop export-json REFERENCE.lip OUT.json``, via the CLI function itself."""
    from lip_desktop import cli
    from lip_desktop.model import catalogue, files, interchange

    phases = Phases()
    phases.wrap(catalogue.Catalogue, "open", "open read-only (quick_check)")
    phases.wrap(interchange, "load_document", "load rows (load_document)")
    phases.wrap(interchange, "dumps", "json dumps")
    phases.wrap(files, "atomic_write", "atomic write")
    target = work / f"export-{run}.json"
    baseline = peak_rss_mib()
    cpu_start = time.process_time()
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["export-json", str(work / "reference.lip"), str(target)])
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    if code != 0:
        raise SystemExit(f"export failed with exit code {code}")
    result = {"seconds": seconds, "cpu_seconds": cpu,
              "peak_mib": peak_rss_mib(), "baseline_mib": baseline,
              "phases": phases.seconds, "bytes": target.stat().st_size}
    target.unlink()
    return result


def _raw_rows(doc: dict[str, Any], columns: dict[str, list[str]], created_at: str
              ) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """(table, columns, rows) in foreign-key order, as plain tuples from the parsed JSON.

    Only what the generator produces is handled; a record without ``position`` gets its
    list index, as the app's import does, and lists become JSON text.
    """
    for key in EMPTY_LISTS:
        if doc.get(key):
            raise SystemExit(f"raw writer does not handle non-empty '{key}'")

    def convert(rec: dict[str, Any], cols: list[str], index: int) -> tuple[Any, ...]:
        out = []
        for c in cols:
            # a record's version (for the check in the UPDATE) starts at 1, as the app's
            value = rec.get(c, index if c == "position" else 1 if c == "version" else None)
            if isinstance(value, list | dict):
                value = json.dumps(value, ensure_ascii=False)
            out.append(value)
        return tuple(out)

    def table(name: str, records: list[dict[str, Any]]) -> tuple[str, list[str],
                                                               list[tuple[Any, ...]]]:
        cols = columns[name]
        return name, cols, [convert(r, cols, i) for i, r in enumerate(records)]

    members = [{**m, "group_id": g["id"], "position": i}
               for g in doc["groups"] for i, m in enumerate(g["members"])]
    attendance = [{**a, "session_id": s["id"], "position": i}
                  for s in doc["sessions"] for i, a in enumerate(s["attendance"])]
    agenda = [{**a, "session_id": s["id"]} for s in doc["sessions"] for a in s["agenda"]]
    result = [table("catalogue", [{**doc["catalogue"], "created_at": created_at}])]
    for key in ("action_fields", "strategy_sections", "people", "groups"):
        result.append(table(TABLE_OF[key], doc[key]))
    result.append(table("membership", members))
    for key in ("goals", "measures", "indicators", "sessions"):
        result.append(table(TABLE_OF[key], doc[key]))
    result.append(table("attendance", attendance))
    result.append(table("agenda_item", agenda))
    result.append(table("terminology", doc["terminology"]))
    result.append(table("change_log", [{
        "at": created_at, "actor": "bench", "operation": "import", "action": "create",
        "record_type": "catalogue", "record_id": doc["catalogue"]["id"]}]))
    return result


def step_raw_write(work: Path, run: int) -> dict[str, Any]:
    """The import floor: same file in, same rows out, nothing but json and sqlite3."""
    schema = json.loads((work / "schema.json").read_text(encoding="utf-8"))
    target = work / f"raw-{run}.lip"
    # The rows the app writes beyond the document's (the first revision of every record:
    # hashes the app computes), read from the app's own file before the clock, as the
    # Excel floor reads the app's cells: "the same rows" as the import writes.
    extra = _app_only_rows(work / "reference.lip")
    phases = Phases()
    baseline = peak_rss_mib()
    cpu_start = time.process_time()
    start = time.perf_counter()
    with phases.timed("read+parse JSON"):
        doc = json.loads((work / "catalogue.json").read_bytes().decode("utf-8-sig"))
    with phases.timed("create schema"):
        conn = sqlite3.connect(str(target), isolation_level=None)
        conn.execute(f"PRAGMA application_id={int(schema['application_id'])}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("BEGIN IMMEDIATE")
        for sql in schema["ddl"]:
            conn.execute(sql)
        conn.execute(f"PRAGMA user_version={int(schema['user_version'])}")
        conn.execute("COMMIT")
        columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
                   for t in ("catalogue", "membership", "attendance", "agenda_item",
                             "change_log", *TABLE_OF.values())}
        columns["change_log"].remove("id")  # autoincrement
    with phases.timed("build tuples"):
        tables = _raw_rows(doc, columns, time.strftime("%Y-%m-%dT%H:%M:%S"))
    with phases.timed("insert rows (executemany)"):
        conn.execute("BEGIN IMMEDIATE")
        for name, cols, rows in tables:
            names = ", ".join(f'"{c}"' for c in cols)
            marks = ", ".join("?" * len(cols))
            conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
    with phases.timed(EXTRA_PHASE):
        for name, cols, rows in extra:
            names = ", ".join(f'"{c}"' for c in cols)
            marks = ", ".join("?" * len(cols))
            conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)
        conn.execute("COMMIT")
    with phases.timed("close (checkpoint)"):
        conn.close()  # the last connection to a WAL file checkpoints it into the file
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    result = {"seconds": seconds, "cpu_seconds": cpu,
              "peak_mib": peak_rss_mib(), "baseline_mib": baseline,
              "phases": phases.seconds, "counts": table_counts(target),
              "same_rows_as_app": _same_rows(target, work / "reference.lip")}
    target.unlink()
    return result


#: The floor's phase that writes the app's own rows (its figure without them is printed too).
EXTRA_PHASE = "insert app's revision rows"
#: Tables the floor fills from the document itself (``_raw_rows``).
DOCUMENT_TABLES = frozenset({"catalogue", "membership", "attendance", "agenda_item",
                             "change_log"})


def _app_only_rows(reference: Path) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """(table, columns, rows) of every non-empty table of the app's file that the
    document does not fill (its first revisions), in the file's table order."""
    conn = sqlite3.connect(f"file:{reference}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY rowid")]
        out = []
        for name in names:
            if name in DOCUMENT_TABLES or name in TABLE_OF.values():
                continue
            cur = conn.execute(f'SELECT * FROM "{name}"')
            rows = cur.fetchall()
            if rows:
                out.append((name, [d[0] for d in cur.description], rows))
        return out
    finally:
        conn.close()


def _same_rows(raw: Path, reference: Path) -> dict[str, bool]:
    """Whether goals, measures and indicators are identical, column for column.

    Guards the floor against measuring less work than the app does (missing columns,
    unconverted lists).
    """
    conn = sqlite3.connect(f"file:{raw}?mode=ro", uri=True)
    try:
        conn.execute(f"ATTACH 'file:{reference}?mode=ro' AS ref")
        return {t: conn.execute(
            f'SELECT count(*) FROM (SELECT * FROM main."{t}" EXCEPT SELECT * FROM ref."{t}")'
        ).fetchone()[0] == 0 and conn.execute(
            f'SELECT count(*) FROM (SELECT * FROM ref."{t}" EXCEPT SELECT * FROM main."{t}")'
        ).fetchone()[0] == 0 for t in COMPARED_TABLES}
    finally:
        conn.close()


def step_raw_read(work: Path, run: int) -> dict[str, Any]:
    """The export floor: every table as plain dicts, dumped like the app dumps, fsynced."""
    target = work / f"raw-{run}.json"
    phases = Phases()
    baseline = peak_rss_mib()
    cpu_start = time.process_time()
    start = time.perf_counter()
    with phases.timed("select * (plain dicts)"):
        conn = sqlite3.connect(f"file:{work / 'reference.lip'}?mode=ro", uri=True)
        try:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY rowid")]
            doc: dict[str, list[dict[str, Any]]] = {}
            for name in names:
                cur = conn.execute(f'SELECT * FROM "{name}"')
                cols = [d[0] for d in cur.description]
                doc[name] = [dict(zip(cols, row, strict=True)) for row in cur]
        finally:
            conn.close()
    with phases.timed("json dumps"):
        text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    with phases.timed("write+fsync"):
        fsync_write(target, text.encode("utf-8"))
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    result = {"seconds": seconds, "cpu_seconds": cpu,
              "peak_mib": peak_rss_mib(), "baseline_mib": baseline,
              "phases": phases.seconds, "bytes": target.stat().st_size}
    target.unlink()
    return result


def step_profile_import(work: Path, run: int) -> dict[str, Any]:
    """One import under cProfile: the top functions by cumulative time, as text."""
    import cProfile
    import pstats

    from alembic import command  # noqa: F401

    from lip_desktop import cli
    from lip_desktop.model import catalogue, interchange, services, storage  # noqa: F401

    target = work / f"profile-{run}.lip"
    profiler = cProfile.Profile()
    with contextlib.redirect_stdout(io.StringIO()):
        profiler.enable()
        cli.main(["import-json", str(target), str(work / "catalogue.json")])
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative")
    stats.print_stats(15)
    tottime = io.StringIO()
    pstats.Stats(profiler, stream=tottime).strip_dirs().sort_stats("tottime").print_stats(15)
    target.unlink()
    return {"cumulative": out.getvalue(), "tottime": tottime.getvalue()}


CHILD_STEPS: dict[str, Callable[[Path, int], dict[str, Any]]] = {
    "import": step_import,
    "export": step_export,
    "raw_write": step_raw_write,
    "raw_read": step_raw_read,
    "profile_import": step_profile_import,
}


def child_main(step: str, work: Path, run: int, size: str, result_path: Path) -> None:
    """Entry point of a child: run one step, write its figures as JSON."""
    result = step_prepare(work, size) if step == "prepare" else CHILD_STEPS[step](work, run)
    result_path.write_text(json.dumps(result), encoding="utf-8")


# --- the parent: orchestration and report ---------------------------------------------


def run_child(step: str, work: Path, run: int, size: str) -> dict[str, Any]:
    """Run one step in a fresh interpreter with its own empty app data folder.

    A fresh ``LIP_DESKTOP_DATA_DIR`` per child keeps the backups the app makes out of the
    user's home and makes every import pay for the same first backup.
    """
    data_dir = Path(tempfile.mkdtemp(prefix=f"data-{step}-{run}-", dir=work))
    result_path = work / f"result-{step}-{run}.json"
    env = {**os.environ, "LIP_DESKTOP_DATA_DIR": str(data_dir)}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", step, "--work", str(work),
         "--run", str(run), "--size", size, "--result", str(result_path)],
        env=env, check=True)
    wall = time.perf_counter() - start
    result: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    result_path.unlink()
    result["process_seconds"] = wall
    return result


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over the runs (time, peak memory, phases), plus every run's raw figures."""
    for r in runs:  # the phases never overlap, so the rest is everything not wrapped
        r["phases"]["other (not wrapped)"] = r["seconds"] - sum(r["phases"].values())
    phase_names = list(runs[0]["phases"])
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
        "process_seconds": statistics.median(r["process_seconds"] for r in runs),
        "peak_mib": statistics.median(r["peak_mib"] for r in runs),
        "baseline_mib": statistics.median(r["baseline_mib"] for r in runs),
        "phases": {p: statistics.median(r["phases"].get(p, 0.0) for r in runs)
                   for p in phase_names},
        "runs": runs,
    }


def environment() -> dict[str, Any]:
    """What the figures depend on, so results from different machines can be compared."""
    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "temp_dir": tempfile.gettempdir(),
    }


def print_report(report: dict[str, Any]) -> None:
    """A compact table: one line per step, ratios, then the phase breakdowns."""
    steps = report["steps"]
    info = report["catalogue"]
    print()
    print(f"Catalogue: {info['goals']:,} goals, {info['measures']:,} measures, "
          f"{info['indicators']:,} indicators; JSON {info['json_bytes'] / 2**20:.1f} MiB, "
          f"SQLite {info['reference_bytes'] / 2**20:.1f} MiB. "
          f"Median of {report['runs']} runs, each in a fresh process.")
    print()
    print(f"{'step':<11} {'work s':>8} {'cpu s':>7} {'process s':>10} {'peak MiB':>9} "
          f"{'base MiB':>9} {'peak-base':>10}")
    print("-" * 70)
    for name in STEPS:
        s = steps[name]
        print(f"{name:<11} {s['seconds']:>8.2f} {s['cpu_seconds']:>7.2f} "
              f"{s['process_seconds']:>10.2f} {s['peak_mib']:>9.0f} {s['baseline_mib']:>9.0f} "
              f"{s['peak_mib'] - s['baseline_mib']:>10.0f}")
    print("-" * 70)
    ratios = report["ratios"]
    verdict = "within" if ratios["import/raw_write"] <= TARGET_RATIO else "NOT within"
    print(f"import / raw_write = {ratios['import/raw_write']:.2f}×  "
          f"({verdict} the {TARGET_RATIO:g}× aim); CPU time "
          f"{ratios['cpu import/raw_write']:.2f}× (steadier on a shared machine)")
    print(f"  (against the document's rows alone, without the app's "
          f"{report['catalogue'].get('revision_rows', 0):,} first revision rows: "
          f"{ratios['import/raw_write document rows only']:.2f}×)")
    print(f"export / raw_read  = {ratios['export/raw_read']:.2f}×")
    print(f"peak memory import / raw_write = {ratios['peak import/raw_write']:.2f}×, "
          f"export / raw_read = {ratios['peak export/raw_read']:.2f}×")
    same = steps["raw_write"]["runs"][0]["same_rows_as_app"]
    print(f"raw_write rows identical to the app's ({', '.join(COMPARED_TABLES)}): "
          f"{all(same.values())}; row counts equal: {report['counts_equal']}")
    for name in STEPS:
        phases = steps[name]["phases"]
        print(f"\n{name} phases (median s):")
        for phase, seconds in phases.items():
            print(f"  {phase:<32} {seconds:>7.3f}")
    if "profile" in report:
        print("\nimport under cProfile, top 15 by cumulative time:")
        print(report["profile"]["cumulative"])
        print("import under cProfile, top 15 by own time:")
        print(report["profile"]["tottime"])


def parent_main(args: argparse.Namespace) -> None:
    """Prepare once, run every step ``--runs`` times, report, profile when off target."""
    size = "small" if args.small else "full"
    work = Path(tempfile.mkdtemp(prefix="lip-bench-interchange-"))
    try:
        print(f"Preparing {size} catalogue in {work} …", flush=True)
        prepared = run_child("prepare", work, 0, size)
        steps: dict[str, Any] = {}
        for name in STEPS:
            runs = []
            for run in range(1, args.runs + 1):
                result = run_child(name, work, run, size)
                print(f"  {name:<10} run {run}: {result['seconds']:6.2f} s, "
                      f"peak {result['peak_mib']:5.0f} MiB", flush=True)
                runs.append(result)
            steps[name] = summarise(runs)
        report: dict[str, Any] = {
            "size": size,
            "runs": args.runs,
            "memory_measure": "ru_maxrss of the child process (resident high-water mark)",
            "catalogue": {k: v for k, v in prepared.items() if k != "process_seconds"},
            "environment": environment(),
            "steps": steps,
            "ratios": {
                "import/raw_write": steps["import"]["seconds"] / steps["raw_write"]["seconds"],
                "cpu import/raw_write":
                    steps["import"]["cpu_seconds"] / steps["raw_write"]["cpu_seconds"],
                # the floor before it wrote the app's revision rows too (document rows only)
                "import/raw_write document rows only": steps["import"]["seconds"] / (
                    steps["raw_write"]["seconds"]
                    - steps["raw_write"]["phases"].get(EXTRA_PHASE, 0.0)),
                "export/raw_read": steps["export"]["seconds"] / steps["raw_read"]["seconds"],
                "peak import/raw_write":
                    steps["import"]["peak_mib"] / steps["raw_write"]["peak_mib"],
                "peak export/raw_read":
                    steps["export"]["peak_mib"] / steps["raw_read"]["peak_mib"],
            },
            "target_ratio": TARGET_RATIO,
        }
        app_counts = steps["import"]["runs"][0]["counts"]
        raw_counts = steps["raw_write"]["runs"][0]["counts"]
        report["counts_equal"] = app_counts == raw_counts
        if not report["counts_equal"]:
            report["counts"] = {"import": app_counts, "raw_write": raw_counts}
        if args.profile or report["ratios"]["import/raw_write"] > TARGET_RATIO:
            print("  profiling one import …", flush=True)
            report["profile"] = run_child("profile_import", work, 0, size)
        print_report(report)
        OUT_DIR.mkdir(exist_ok=True)
        out = OUT_DIR / ("interchange.json" if size == "full" else "interchange-small.json")
        out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        print(f"\nFigures written to {out}")
    finally:
        if args.keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true",
                        help="2,100 measures (7 × 30 × 10) instead of 21,000, for a quick run")
    parser.add_argument("--runs", type=int, default=3, help="runs per step (median is shown)")
    parser.add_argument("--profile", action="store_true",
                        help="profile one import even when it is within the aim")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", choices=["prepare", *CHILD_STEPS], help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--run", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--size", default="full", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, args.work, args.run, args.size, args.result)
    else:
        parent_main(args)


if __name__ == "__main__":
    main()
