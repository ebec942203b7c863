"""Benchmark of the controlling report (Word) against python-docx writing the same body.

Run from the project root::

    .venv/bin/python bench/bench_controlling.py              # 2,100 measures
    .venv/bin/python bench/bench_controlling.py --goals 300  # 21,000 measures

A synthetic catalogue (``generate_catalogue``, 2 indicators per measure) gets an
implementation state on every measure, progress reports for 2024 and 2025 (a third of
the measures change their status between them) and indicator values for 2023 to 2025,
and is imported into a temporary catalogue. Measured:

``gather``   ``queries.controlling_data(catalogue, 2025)``: the report's values, one query
             per table (what the UI does on the GUI thread before the build).
``report``   ``build_controlling_report(data)``: the whole .docx as bytes, with the
             status chart and one line chart per indicator as Word chart parts.
``floor``    python-docx's default document, the report's own body XML without the
             charts (read back from the app's document beforehand, so the paragraphs
             and tables are identical) parsed and inserted in one piece, saved to
             memory: what any python-docx program needs at least for this text.
``targets``  ``queries.target_states``: the measure list's "Zielwert" filter reads this
             for the whole catalogue (and again after an indicator value changes).

Wall-clock and CPU seconds of the work, median of ``--runs``; the ratio
``report / floor`` is printed. Nothing asserts on time.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
STATES = ("not_started", "in_progress", "ongoing", "completed", "discontinued")


def make_document(goals_per_field: int) -> dict[str, Any]:
    from lip_desktop.model.generate import generate_catalogue

    doc = generate_catalogue(goals_per_field=goals_per_field)
    doc["version"] = 2
    reports, values = [], []
    for n, m in enumerate(doc["measures"]):
        before = STATES[n % 3]
        after = STATES[n % 3 + 1] if n % 3 == 0 else before  # a third change their status
        m["implementation"] = {"status": after, "responsible": m.get("lead") or "Fachbereich",
                               "note": "", "updated_at": "2026-01-15"}
        for year, status in ((2024, before), (2025, after)):
            reports.append({"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"r/{m['id']}/{year}")),
                            "measure_id": m["id"], "year": year, "status": status,
                            "text": f"Bericht {year} zu {m['code']}: {m['title']}.",
                            "reported_by": "Fachbereich", "reported_at": f"{year + 1}-02-01"})
    for n, ind in enumerate(doc["indicators"]):
        base = ind.get("baseline") or 10.0
        for k, year in enumerate((2023, 2024, 2025)):
            values.append({"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"v/{ind['id']}/{year}")),
                           "indicator_id": ind["id"], "year": year,
                           "value": round(base * (1 + 0.1 * (k + n % 3)), 2),
                           "as_of": None, "source": "", "note": ""})
    doc["progress_reports"] = reports
    doc["indicator_values"] = values
    return doc


def timed(work: Any, runs: int) -> tuple[float, float, Any]:
    walls, cpus, result = [], [], None
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def body_without_charts(data: bytes) -> str:
    """The report's body as XML text, chart paragraphs and the section end removed."""
    import docx
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    body = docx.Document(io.BytesIO(data)).element.body
    for drawing in list(body.iter(w + "drawing")):
        paragraph = drawing.getparent().getparent()
        paragraph.getparent().remove(paragraph)
    body.remove(body.find(w + "sectPr"))
    return etree.tostring(body, encoding="unicode")


def write_floor(body_xml: str) -> int:
    import docx
    from docx.oxml.parser import parse_xml

    document = docx.Document()
    target = document.element.body
    sect = target.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    for child in list(parse_xml(body_xml)):
        sect.addprevious(child)
    out = io.BytesIO()
    document.save(out)
    return len(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--goals", type=int, default=30, help="goals per field (× 70 measures)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="profile the report build")
    parser.add_argument("--targets-only", action="store_true",
                        help="only the measure list's target states (for 21,000 measures)")
    args = parser.parse_args()
    from lip_desktop.export.controlling import build_controlling_report
    from lip_desktop.model import interchange, queries
    from lip_desktop.model.catalogue import Catalogue

    doc = make_document(args.goals)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.lip"
        Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "bench") and None,
                         actor="Bench").close()
        with Catalogue.open(path, readonly=True) as cat:
            gwall, gcpu, data = timed(lambda: queries.controlling_data(cat, 2025), args.runs)
            twall, tcpu, states = timed(lambda: queries.target_states(cat), args.runs)
    if args.targets_only:
        print(f"{len(doc['measures'])} Maßnahmen, {len(states)} mit Zielwert-Stand; "
              f"target_states {twall:.3f} s wall, {tcpu:.3f} s cpu; "
              f"controlling_data {gwall:.2f} s wall, {gcpu:.2f} s cpu")
        return
    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("build_controlling_report(data)", globals(), locals(), "/tmp/ctl.prof")
        pstats.Stats("/tmp/ctl.prof").sort_stats("cumulative").print_stats(25)
    rwall, rcpu, result = timed(lambda: build_controlling_report(data), args.runs)
    body = body_without_charts(result.data)
    fwall, fcpu, fbytes = timed(lambda: write_floor(body), args.runs)
    print(f"{len(data.measures)} Maßnahmen, {len(data.indicators)} Indikatoren "
          f"({len(data.indicators) + 1} Diagramme), {len(data.changes)} Veränderungen, "
          f"{len(states)} Maßnahmen mit Zielwert-Stand")
    print(f"{'step':10} {'wall s':>8} {'cpu s':>8} {'MB':>8}")
    print(f"{'gather':10} {gwall:8.2f} {gcpu:8.2f}")
    print(f"{'report':10} {rwall:8.2f} {rcpu:8.2f} {len(result.data) / 1e6:8.2f}")
    print(f"{'floor':10} {fwall:8.2f} {fcpu:8.2f} {fbytes / 1e6:8.2f}")
    print(f"{'targets':10} {twall:8.3f} {tcpu:8.3f}")
    print(f"report / floor: {rwall / fwall:.2f}× wall, {rcpu / fcpu:.2f}× cpu; "
          f"gather + report / floor: {(gwall + rwall) / fwall:.2f}× wall")


if __name__ == "__main__":
    main()
