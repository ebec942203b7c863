"""A returned measure list lands on the records it was exported for, or nowhere.

Attacks as in the outside trial (issue 13.1): export the list, then renumber, delete,
add and retitle measures, then import the old list. Matching by code put "Ablehnung" on
another measure with exit code 0; now every such row is refused naming both code and
title, all or nothing, and a renumbered row applies only when explicitly accepted.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from lip_desktop import cli
from lip_desktop.export.decisions import read_decisions
from lip_desktop.export.excel import COL_ID, SHEET_MEASURES
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import InterchangeError
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.steering import (
    DecisionList,
    MeasureIdentity,
    match_decisions,
    only_changed_rows,
)
from lip_desktop.model.values import SteeringDecisionIn

DECISION, NOTE = "Votum Lenkungsgruppe", "Anmerkung Lenkungsgruppe"


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    path, xlsx = tmp_path / "demo.lip", tmp_path / "liste.xlsx"
    assert cli.main(["demo", str(path)]) == 0
    assert cli.main(["export-excel", str(path), str(xlsx)]) == 0
    capsys.readouterr()
    return path, xlsx


def measures(path: Path) -> dict[str, dict[str, Any]]:
    """Measures by code, as JSON (what an export shows)."""
    out = path.parent / f"{path.stem}-{len(list(path.parent.glob('*.json')))}.json"
    assert cli.main(["export-json", str(path), str(out)]) == 0
    return {m["code"]: m for m in json.loads(out.read_text(encoding="utf-8"))["measures"]}


def fill(xlsx: Path, entries: dict[str, tuple[str | None, str | None]]) -> None:
    """The steering group's entries by the code they read in the list."""
    wb = load_workbook(xlsx)
    ws = wb[SHEET_MEASURES]
    names = [c.value for c in ws[1]]
    code_col, vote_col, note_col = (names.index(n) + 1 for n in ("Kennung", DECISION, NOTE))
    for r in range(2, ws.max_row + 1):
        code = ws.cell(r, code_col).value
        if code in entries:
            ws.cell(r, vote_col).value, ws.cell(r, note_col).value = entries[code]
    wb.save(xlsx)
    wb.close()


def with_service(path: Path, work: Any) -> Any:
    with Catalogue.open(path) as cat:
        return work(CatalogueService(cat))


def import_list(path: Path, xlsx: Path, capsys: pytest.CaptureFixture[str],
                *extra: str) -> tuple[int, str]:
    code = cli.main(["import-decisions", str(path), str(xlsx), *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Unerwarteter Fehler" not in err
    return code, out + err


def unchanged(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> bool:
    keys = ("steering_decision", "steering_note")
    return all({k: before[c][k] for k in keys} == {k: after[c][k] for k in keys}
               for c in before if c in after)


def test_the_list_carries_the_record_id_hidden_and_protected(exported: tuple[Path, Path]
                                                             ) -> None:
    path, xlsx = exported
    wb = load_workbook(xlsx)
    ws = wb[SHEET_MEASURES]
    names = [c.value for c in ws[1]]
    column = names.index(COL_ID) + 1
    letter = ws.cell(1, column).column_letter
    assert ws.column_dimensions[letter].hidden
    assert ws.protection.sheet
    assert ws.cell(2, column).protection.locked
    assert not ws.cell(2, names.index(DECISION) + 1).protection.locked  # input stays open
    ids = {ws.cell(r, 1).value: ws.cell(r, column).value for r in range(2, ws.max_row + 1)}
    assert ids == {code: m["id"] for code, m in measures(path).items()}
    info = {row[0]: row[1] for row in wb["Info"].iter_rows(values_only=True) if row[0]}
    with Catalogue.open(path, readonly=True) as cat:
        catalogue_id = CatalogueService(cat).structure.catalogue_info().id
    assert info["Katalog-ID"] == catalogue_id == wb.properties.identifier
    wb.close()


def test_renumbered_measures_are_refused_naming_both_then_land_on_the_record_when_accepted(
        exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    path, xlsx = exported
    before = measures(path)
    first, second = before["BIL-M1.1"], before["BIL-M1.2"]
    fill(xlsx, {"BIL-M1.1": ("Ablehnung", "nicht finanzierbar")})
    # Swap the two measures' places and renumber: the codes change hands.
    with_service(path, lambda s: s.structure.move_measure(first["id"], first["goal_id"], 1))
    assert cli.main(["renumber", str(path)]) == 0
    capsys.readouterr()
    renumbered = measures(path)
    assert renumbered["BIL-M1.1"]["id"] == second["id"]  # the attack is real

    code, text = import_list(path, xlsx, capsys)
    assert code == 1
    assert (f"In der Liste steht BIL-M1.1 „{first['title']}“, im Katalog heißt diese "
            f"Maßnahme jetzt BIL-M1.2 „{first['title']}“") in text
    assert "--accept-changed" in text
    assert unchanged(renumbered, measures(path))

    code, text = import_list(path, xlsx, capsys, "--accept-changed")
    assert code == 0, text
    after = {m["id"]: m for m in measures(path).values()}
    assert after[first["id"]]["steering_decision"] == "rejected"  # the record decided on
    assert after[first["id"]]["steering_note"] == "nicht finanzierbar"
    assert after[second["id"]]["steering_decision"] == second["steering_decision"]


def test_retitled_measure_is_refused_naming_both_titles(
        exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    path, xlsx = exported
    before = measures(path)
    target = before["SOZ-M1.2"]
    fill(xlsx, {"SOZ-M1.2": ("Zustimmung", None), "BIL-M1.1": ("Zustimmung", None)})
    with_service(path, lambda s: s.structure.update_measure(target["id"],
                                                            title="Etwas ganz anderes"))
    code, text = import_list(path, xlsx, capsys)
    assert code == 1
    assert f"SOZ-M1.2 „{target['title']}“" in text and "SOZ-M1.2 „Etwas ganz anderes“" in text
    assert unchanged(before, measures(path))  # all or nothing: BIL-M1.1 unchanged too


def test_deleted_measure_is_refused_even_when_accepted_and_added_ones_change_nothing(
        exported: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    path, xlsx = exported
    before = measures(path)
    gone = next(m for m in before.values() if m["code"] == "WIR-M1.2")
    fill(xlsx, {"WIR-M1.2": ("Ablehnung", None), "BIL-M1.1": ("Zustimmung", None)})

    def attack(s: Any) -> None:
        s.structure.delete_measure(gone["id"])
        # A new measure in the same goal takes the free code after a renumber.
        s.structure.add_measure(gone["goal_id"], "Neu hinzugekommen")
        s.structure.renumber()

    with_service(path, attack)
    now = measures(path)
    for extra in ((), ("--accept-changed",)):
        code, text = import_list(path, xlsx, capsys, *extra)
        assert code == 1
        assert f"Die Maßnahme WIR-M1.2 „{gone['title']}“ gibt es im Katalog nicht mehr" in text
        assert unchanged(now, measures(path))


def test_a_list_from_another_catalogue_is_refused(
        exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, xlsx = exported
    other = tmp_path / "other.lip"
    assert cli.main(["new", str(other)]) == 0
    with_service(other, lambda s: s.structure.update_catalogue(title="Zweiter Katalog"))
    before = measures(other)
    fill(xlsx, {"BIL-M1.1": ("Ablehnung", None)})
    code, text = import_list(other, xlsx, capsys, "--accept-changed")
    assert code == 1
    assert ("Die Liste stammt aus einem anderen Katalog („LIP 2.0 – Wir sind Hannover "
            "(Demo)“), nicht aus „Zweiter Katalog“") in text
    assert measures(other) == before


def test_rows_without_id_are_refused_by_the_rule() -> None:
    identity = {"a": MeasureIdentity("a", "BIL-M1.1", "Eins")}
    rows = (SteeringDecisionIn(row=2, code="BIL-M1.1", decision="approved", note=None),)
    with pytest.raises(InterchangeError) as info:
        match_decisions(DecisionList("cat", "K", rows), catalogue_id="cat",
                        catalogue_title="K", measures=identity)
    assert "Zeile 2: BIL-M1.1 hat keine Datensatz-ID" in info.value.message
    with pytest.raises(InterchangeError) as info:  # no catalogue named at all
        match_decisions(rows, catalogue_id="cat", catalogue_title="K", measures=identity)
    assert "nennt keinen Katalog" in info.value.message
    assert not only_changed_rows(info.value)


def test_the_same_measure_twice_with_different_entries_is_refused() -> None:
    identity = {"a": MeasureIdentity("a", "BIL-M1.2", "Eins")}
    rows = (SteeringDecisionIn(2, "BIL-M1.1", "approved", None, "a", "Eins"),
            SteeringDecisionIn(3, "BIL-M1.2", "rejected", None, "a", "Eins"))
    with pytest.raises(InterchangeError) as info:
        match_decisions(DecisionList("cat", "K", rows), catalogue_id="cat",
                        catalogue_title="K", measures=identity, accept_changed=True)
    assert "Zeile 2 und Zeile 3" in info.value.message


def test_read_decisions_reads_the_catalogue_and_ids(exported: tuple[Path, Path]) -> None:
    path, xlsx = exported
    listed = read_decisions(xlsx.read_bytes(), "liste.xlsx")
    by_code = measures(path)
    assert {r.code: (r.measure_id, r.title) for r in listed} == {
        c: (m["id"], m["title"]) for c, m in by_code.items()}
    assert listed.catalogue_title == "LIP 2.0 – Wir sind Hannover (Demo)"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_ids_survive_a_save_in_libreoffice(exported: tuple[Path, Path], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The hidden column, the hidden Info row and the protection survive LibreOffice."""
    path, xlsx = exported
    fill(xlsx, {"BIL-M1.1": ("Ablehnung", "zu teuer")})
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/prof",
                    "--convert-to", "xlsx", "--outdir", str(out), str(xlsx)],
                   check=True, capture_output=True, timeout=120)
    saved = out / xlsx.name
    wb = load_workbook(saved)
    ws = wb[SHEET_MEASURES]
    letter = ws.cell(1, [c.value for c in ws[1]].index(COL_ID) + 1).column_letter
    assert ws.column_dimensions[letter].hidden and ws.protection.sheet
    wb.close()
    code, text = import_list(path, saved, capsys)
    assert code == 0, text
    assert measures(path)["BIL-M1.1"]["steering_decision"] == "rejected"
