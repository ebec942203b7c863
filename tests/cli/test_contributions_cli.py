"""``import-contributions``, ``contributions`` and ``export-participation`` on the command
line: a survey export read all or nothing, listed, and reported in Word."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import docx
import pytest

from lip_desktop import cli


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "plan.lip"
    assert run(capsys, "new", path, "--title", "LIP 2.0")[0] == 0
    return path


SURVEY = ("Zeitstempel;Ihre Idee;Bereich\r\n"
          "08.02.2021;Mehr Sprachkurse für Mütter;Bildung\r\n"
          "09.02.2021;Vätertreffs;SOZ\r\n"
          "10.02.2021;Begegnungsfeste im Stadtteil;\r\n")


def test_a_survey_is_read_listed_and_reported(
        tmp_path: Path, catalogue: Path, capsys: pytest.CaptureFixture[str]) -> None:
    survey = tmp_path / "umfrage.csv"
    survey.write_bytes(SURVEY.encode("cp1252"))
    code, out, err = run(capsys, "import-contributions", catalogue, survey, "--source",
                         "Online-Umfrage 2021", "--channel", "survey", "--text-column",
                         "Ihre Idee", "--field-column", "Bereich", "--date-column",
                         "Zeitstempel")
    assert (code, err) == (0, "")
    assert "3 Beiträge aus „Online-Umfrage 2021“ eingelesen" in out
    code, out, _ = run(capsys, "import-contributions", catalogue, survey, "--source",
                       "Online-Umfrage 2021", "--channel", "survey", "--text-column",
                       "Ihre Idee", "--field-column", "Bereich", "--date-column",
                       "Zeitstempel")
    assert "0 Beiträge" in out and "3 waren schon eingelesen" in out

    code, out, _ = run(capsys, "contributions", catalogue, "--json")
    listed = json.loads(out)
    assert [(c["text"], c["action_field"], c["received_at"], c["status"]) for c in listed] == [
        ("Mehr Sprachkurse für Mütter", "BIL", "2021-02-08", "new"),
        ("Vätertreffs", "SOZ", "2021-02-09", "new"),
        ("Begegnungsfeste im Stadtteil", None, "2021-02-10", "new")]
    code, out, _ = run(capsys, "contributions", catalogue)
    assert "Online-Umfrage 2021" in out and "3 Beiträge." in out

    report = tmp_path / "Beteiligung.docx"
    code, out, _ = run(capsys, "export-participation", catalogue, report)
    assert code == 0 and "3 Beiträge" in out
    document = docx.Document(io.BytesIO(report.read_bytes()))
    assert document.paragraphs[0].text == "Bericht zur Bürgerbeteiligung"
    sources = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert sources[1] == ["Online-Umfrage 2021", "3", "0", "0", "0", "3"]


def test_a_refused_file_names_its_rows_and_changes_nothing(
        tmp_path: Path, catalogue: Path, capsys: pytest.CaptureFixture[str]) -> None:
    survey = tmp_path / "umfrage.csv"
    survey.write_text("Idee,Bereich\n=cmd|' /C calc'!A0,BIL\n,BIL\nGut,Sport\n",
                      encoding="utf-8")
    code, _, err = run(capsys, "import-contributions", catalogue, survey, "--source", "U",
                       "--channel", "survey", "--text-column", "Idee", "--field-column",
                       "Bereich")
    assert code != 0
    assert "nichts wurde übernommen" in err
    assert "Zeile 2, Spalte „Idee“: sieht aus wie eine Tabellenformel" in err
    assert "Zeile 3, Spalte „Idee“: kein Text" in err
    assert "Zeile 4, Spalte „Bereich“: ein Handlungsfeld „Sport“ gibt es nicht" in err
    code, out, _ = run(capsys, "contributions", catalogue)
    assert "Keine Beiträge." in out


def test_an_unknown_column_is_refused_naming_the_columns(
        tmp_path: Path, catalogue: Path, capsys: pytest.CaptureFixture[str]) -> None:
    survey = tmp_path / "umfrage.csv"
    survey.write_text("Idee;Bereich\nGut;BIL\n", encoding="utf-8-sig")
    code, _, err = run(capsys, "import-contributions", catalogue, survey, "--source", "U",
                       "--channel", "letter", "--text-column", "Text")
    assert code != 0
    assert "Eine Spalte „Text“ gibt es nicht (Spalten: „Idee“, „Bereich“)" in err
