"""The command line as a user types it: exit codes, German messages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from lip_desktop import cli


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_creates_the_seven_action_fields_and_refuses_to_overwrite(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.lip"
    code, out, _ = run(capsys, "new", path)
    assert code == 0 and "angelegt" in out
    code, _, _ = run(capsys, "export-json", path, tmp_path / "plan.json")
    doc = json.loads((tmp_path / "plan.json").read_text(encoding="utf-8"))
    assert [(f["code"], f["name"]) for f in doc["action_fields"]] == [
        ("BIL", "Bildung"), ("SOZ", "Soziales"), ("WIR", "Wirtschaft"),
        ("STK", "Stadtleben und Kultur"), ("DEM", "Demokratie"),
        ("SVI", "Stadtverwaltung und interkulturelle Öffnung"), ("JUG", "Jugend")]
    assert {t["term"] for t in doc["terminology"]} == {
        "Aufnahmegesellschaft", "Mehrheitsgesellschaft", "Menschen mit Migrationshintergrund"}
    before = path.read_bytes()
    code, _, err = run(capsys, "new", path)
    assert code == 1 and "gibt es schon" in err
    assert path.read_bytes() == before


def test_demo_export_import_round_trip_via_commands(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], schema_v2: dict[str, Any]) -> None:
    demo, first, copy, second = (tmp_path / n for n in
                                 ("demo.lip", "a.json", "kopie.lip", "b.json"))
    assert run(capsys, "demo", demo)[0] == 0
    assert run(capsys, "export-json", demo, first)[0] == 0
    code, out, _ = run(capsys, "import-json", copy, first)
    assert code == 0 and "Neuer Katalog" in out and "21 Maßnahmen" in out
    assert run(capsys, "export-json", copy, second)[0] == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
    assert a["version"] == 2
    jsonschema.Draft202012Validator(schema_v2).validate(a)
    code, out, _ = run(capsys, "import-json", copy, first)  # merge of the same: no change
    assert code == 0 and "keine Änderung" in out


def test_check_lists_terms_and_gaps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.lip"
    run(capsys, "demo", demo)
    code, out, _ = run(capsys, "check", demo)
    assert code == 0
    assert "Mehrheitsgesellschaft" in out and "Mehrheitsbevölkerung" in out
    assert "ohne Federführung" in out and "ohne Art" in out and "ohne Indikator" in out
    assert "0 Fehler" in out


def test_refusals_exit_1_with_a_german_message(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "kaputt.json"
    broken.write_text("{nicht json", encoding="utf-8")
    code, out, err = run(capsys, "import-json", tmp_path / "neu.lip", broken)
    assert code == 1 and "kein gültiges JSON" in err and "Traceback" not in err + out
    assert not (tmp_path / "neu.lip").exists()
    code, _, err = run(capsys, "check", tmp_path / "fehlt.lip")
    assert code == 1 and "gibt es nicht" in err
    assert not (tmp_path / "fehlt.lip").exists()


def test_wrong_usage_exits_2_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["import-json"])
    assert info.value.code == 2
    assert "Fehler" in capsys.readouterr().err


def test_unexpected_error_is_logged_not_shown_as_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        data_dir: Path) -> None:
    def boom(_args: Any) -> int:
        raise RuntimeError("interner Fehler zum Test")

    monkeypatch.setitem(cli.COMMANDS, "check", boom)
    code, out, err = run(capsys, "check", tmp_path / "x.lip")
    assert code == 1 and "Unerwarteter Fehler" in err and "Traceback" not in err + out
    log = (data_dir / "Protokolle" / "lip-desktop.log").read_text(encoding="utf-8")
    assert "interner Fehler zum Test" in log and "Traceback" in log


def test_export_into_missing_folder_fails_cleanly(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.lip"
    run(capsys, "new", path)
    code, _, err = run(capsys, "export-json", path, tmp_path / "gibt" / "es" / "nicht.json")
    assert code == 1 and "Ordner existiert nicht" in err


def test_backups_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plan.lip"
    run(capsys, "new", path)
    code, out, _ = run(capsys, "backups", path)
    assert code == 0 and "open" in out
    code, out, _ = run(capsys, "restore", path)
    assert code == 0 and "Wiederhergestellt" in out and "unverändert" in out
    assert run(capsys, "check", path)[0] == 0


def test_renumber_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.lip"
    run(capsys, "demo", path)
    code, out, _ = run(capsys, "renumber", path, "--field", "BIL")
    assert code == 0 and "Kennungen neu vergeben" in out
    code, _, err = run(capsys, "renumber", path, "--field", "XYZ")
    assert code == 1 and "XYZ" in err


def test_second_writer_process_is_told_who_holds_the_catalogue(tmp_path: Path) -> None:
    """Two real processes: the app holds the catalogue, a command is refused."""
    path = tmp_path / "plan.lip"
    assert cli.main(["new", str(path)]) == 0
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from lip_desktop.model.catalogue import Catalogue;"
         f"c = Catalogue.open({str(path)!r}); print('bereit', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, env=os.environ.copy())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"bereit"
        result = subprocess.run(
            [sys.executable, "-m", "lip_desktop.cli", "renumber", str(path)],
            capture_output=True, text=True, env=os.environ.copy(), check=False)
        assert result.returncode == 1
        assert "bereits geöffnet" in result.stderr and "seit" in result.stderr
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
