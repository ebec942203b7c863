"""``lip-desktop merge``, ``conflicts`` and ``resolve`` as a user types them.

The first group runs the commands against a stand-in for the engine (the output and
exit codes); the second merges real catalogues end to end and needs the engine.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from merge_fakes import FakeMerge, conflict, report

from lip_desktop import cli
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.services.merging import MergeManager


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "master.lip"
    assert run(capsys, "demo", path)[0] == 0
    return path


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> FakeMerge:
    """``service.merge`` of every catalogue answers from one ``FakeMerge``."""
    fake = FakeMerge([conflict(3), conflict(7, status="theirs")])
    for name in ("merge", "conflicts", "resolve", "reopen"):
        monkeypatch.setattr(MergeManager, name,
                            lambda _self, *a, _n=name, **k: getattr(fake, _n)(*a, **k))
    return fake


# --- output and exit codes (stand-in engine) -----------------------------------------------


def test_merge_prints_the_report(demo: Path, tmp_path: Path, stand_in: FakeMerge,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "kopie.json"
    source.write_text("{}", encoding="utf-8")
    stand_in.merge_report = report(open_conflicts=4)
    code, out, err = run(capsys, "merge", demo, source)
    assert code == 0 and not err
    assert out.splitlines() == report(open_conflicts=4).lines()
    assert stand_in.calls == [("merge", source)]


def test_merge_of_a_missing_source_is_refused_in_german(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "merge", demo, tmp_path / "fehlt.lip")
    assert code == 1 and not out
    assert "fehlt.lip" in err and "gibt es nicht" in err and "Traceback" not in err


def test_a_refused_merge_exits_1(demo: Path, tmp_path: Path, stand_in: FakeMerge,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    from lip_desktop.model.errors import LipError

    source = tmp_path / "kopie.lip"
    source.write_bytes(b"")
    stand_in.merge_error = LipError("not_a_catalogue", path=str(source), reason="leer")
    code, _, err = run(capsys, "merge", demo, source)
    assert code == 1 and "keine LIP-Katalogdatei" in err


def test_conflicts_lists_open_ones_as_a_table(demo: Path, stand_in: FakeMerge,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conflicts", demo)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Nr.", "Datensatz", "Feld"]
    assert lines[2].split()[:4] == ["3", "BIL-M3", "Sprachkurse", "3"]
    assert "Anna Berg, 03.12.2026 14:05" in out and "2026-12" not in out
    assert "BIL-M7" not in out  # decided
    assert "1 offener Konflikt." in out


def test_conflicts_as_json_has_the_promised_keys(demo: Path, stand_in: FakeMerge,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conflicts", demo, "--json")
    assert code == 0
    listed = json.loads(out)
    assert [c["id"] for c in listed] == [3]
    assert {"id", "record_type", "record_id", "code", "field", "base", "mine", "theirs",
            "title", "field_label", "kind"} <= set(listed[0])
    assert listed[0]["mine"] == "Kurse für Eltern an allen Grundschulen."


def test_no_open_conflicts(demo: Path, stand_in: FakeMerge,
                           capsys: pytest.CaptureFixture[str]) -> None:
    stand_in.entries.clear()
    assert run(capsys, "conflicts", demo)[1] == "Keine offenen Konflikte.\n"
    assert json.loads(run(capsys, "conflicts", demo, "--json")[1]) == []


def test_resolve_confirms_in_german(demo: Path, stand_in: FakeMerge,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "resolve", demo, "3", "--take", "theirs")
    assert code == 0
    assert out == ("Konflikt 3 entschieden (BIL-M3 Sprachkurse 3 – Beschreibung): den Wert "
                   "des anderen Katalogs übernommen.\n")
    assert stand_in.calls[-1] == ("resolve", 3, "theirs", None)


@pytest.mark.parametrize("conflict_id", ["999", "abc"])
def test_resolve_of_an_unknown_id_names_it(demo: Path, stand_in: FakeMerge, conflict_id: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "resolve", demo, conflict_id, "--take", "mine")
    assert code == 1 and not out
    assert f"Konflikt „{conflict_id}“ gibt es im Katalog nicht." in err


def test_resolve_needs_a_valid_take(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        cli.main(["resolve", str(demo), "3", "--take", "beide"])
    assert usage.value.code == 2
    assert "Fehler" in capsys.readouterr().err


# --- end to end with the engine ------------------------------------------------------------


def _edit(path: Path, actor: str, **changes: Any) -> str:
    """Change the first measure of the catalogue at ``path``; its id."""
    with Catalogue.open(path, actor=actor) as cat:
        service = CatalogueService(cat)
        with cat.read() as conn:
            mid = str(conn.exec_driver_sql(
                "SELECT id FROM measure ORDER BY code LIMIT 1").scalar())
        service.structure.update_measure(mid, **changes)
    return mid


def _description(path: Path, mid: str) -> str:
    with Catalogue.open(path, readonly=True) as cat:
        return str(CatalogueService(cat).structure.get_record("measure", mid).description)


def test_merge_of_a_copied_file_finds_one_conflict_and_resolve_decides_it(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "kopie.lip"
    shutil.copyfile(demo, copy)  # the facilitator's copy on a USB stick
    mid = _edit(demo, "Anna Berg", description="Hier geänderte Beschreibung.")
    _edit(copy, "Cem Demir", description="Dort geänderte Beschreibung.")

    code, out, err = run(capsys, "merge", demo, copy)
    assert code == 0, err
    assert out.startswith("Zusammengeführt mit „kopie.lip“.")
    assert "Neue Konflikte: 1." in out

    code, out, _ = run(capsys, "conflicts", demo, "--json")
    listed = json.loads(out)
    assert len(listed) == 1
    found = listed[0]
    assert (found["record_type"], found["record_id"], found["field"]) == (
        "measure", mid, "description")
    assert (found["mine"], found["theirs"]) == ("Hier geänderte Beschreibung.",
                                                 "Dort geänderte Beschreibung.")
    assert found["field_label"] == "Beschreibung" and found["kind"] == "field"

    code, out, _ = run(capsys, "conflicts", demo)
    assert code == 0 and "Beschreibung" in out and "Hier geänderte" in out

    code, out, _ = run(capsys, "resolve", demo, found["id"], "--take", "theirs")
    assert code == 0 and f"Konflikt {found['id']} entschieden" in out
    assert _description(demo, mid) == "Dort geänderte Beschreibung."
    assert run(capsys, "conflicts", demo)[1] == "Keine offenen Konflikte.\n"

    code, _, err = run(capsys, "resolve", demo, found["id"], "--take", "mine")
    assert code == 1 and err.strip() and "Traceback" not in err  # already decided

    code, out, _ = run(capsys, "merge", demo, copy)
    assert code == 0 and "nichts Neues" in out


def test_merge_keeps_mine_by_resolve(demo: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "kopie.lip"
    shutil.copyfile(demo, copy)
    mid = _edit(demo, "Anna Berg", description="Meine Fassung.")
    _edit(copy, "Cem Demir", description="Andere Fassung.")
    assert run(capsys, "merge", demo, copy)[0] == 0
    conflict_id = json.loads(run(capsys, "conflicts", demo, "--json")[1])[0]["id"]
    code, out, _ = run(capsys, "resolve", demo, conflict_id, "--take", "mine")
    assert code == 0 and "behalten" in out
    assert _description(demo, mid) == "Meine Fassung."


def test_merge_of_an_exported_json_into_its_import(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exported, copy = tmp_path / "austausch.json", tmp_path / "neu.lip"
    assert run(capsys, "export-json", demo, exported)[0] == 0
    assert run(capsys, "import-json", copy, exported)[0] == 0
    _edit(copy, "Cem Demir", description="Beim Träger ergänzt.")
    assert run(capsys, "export-json", copy, exported)[0] == 0
    code, out, err = run(capsys, "merge", demo, exported)
    assert code == 0, err
    assert "Keine offenen Konflikte." in out


def test_resolve_with_an_own_text(demo: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "kopie.lip"
    shutil.copyfile(demo, copy)
    mid = _edit(demo, "Anna Berg", description="Meine Fassung.")
    _edit(copy, "Cem Demir", description="Andere Fassung.")
    assert run(capsys, "merge", demo, copy)[0] == 0
    conflict_id = json.loads(run(capsys, "conflicts", demo, "--json")[1])[0]["id"]
    code, out, _ = run(capsys, "resolve", demo, conflict_id, "--text", "Gemeinsame Fassung.")
    assert code == 0 and "eigenen Text" in out
    assert _description(demo, mid) == "Gemeinsame Fassung."
    with pytest.raises(SystemExit) as usage:
        run(capsys, "resolve", demo, conflict_id)
    assert usage.value.code == 2 and "--take" in capsys.readouterr().err
