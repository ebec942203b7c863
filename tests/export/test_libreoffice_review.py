"""A draft reviewed in LibreOffice (tracked changes made by LibreOffice itself through
its UNO interface, not hand-built XML) comes back as one proposal per changed field."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from lip_desktop import cli
from lip_desktop.model import queries
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.services import CatalogueService

SYSTEM_PYTHON = Path("/usr/bin/python3")
SOFFICE = Path("/usr/bin/soffice")
SCRIPT = Path(__file__).with_name("lo_track.py")


def _uno_available() -> bool:
    if not (SOFFICE.exists() and SYSTEM_PYTHON.exists()):
        return False
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True,
                           check=False, timeout=30)
    return probe.returncode == 0


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> str:
    assert cli.main([str(a) for a in args]) == 0
    return capsys.readouterr().out


def test_changes_tracked_by_libreoffice_become_one_proposal_per_field(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not _uno_available():
        pytest.skip("LibreOffice with its Python UNO bridge is not installed")
    catalogue, draft, reviewed = (tmp_path / "demo.lip", tmp_path / "Entwurf.docx",
                                  tmp_path / "Entwurf-geprüft.docx")
    run(capsys, "demo", catalogue)
    run(capsys, "export-word", catalogue, draft)
    with Catalogue.open(catalogue, readonly=True) as cat:
        measure = queries.export_document(cat)["measures"][0]
    assert measure["title"] == "Elternbildung in Familiensprachen"
    assert "als erste Bildungsbegleiter" in measure["description"]

    subprocess.run(
        [str(SYSTEM_PYTHON), str(SCRIPT), str(draft), str(reviewed),
         "--author", "Samira El-Khatib",
         # the heading only: the table of contents line ends with a tab
         "--replace", r"(?<=M1\.1 Elternbildung in )Familiensprachen$", "Herkunftssprachen",
         "--replace", "erste(?= Bildungsbegleiter)", "wichtigste"],
        check=True, capture_output=True, timeout=120)

    assert cli.main(["import-review", str(catalogue), str(reviewed)]) == 0
    out, err = capsys.readouterr()
    assert "2 Änderungsvorschläge übernommen." in out
    assert "Nicht zuzuordnen" not in err  # nothing landed outside the fields
    found = {p["field"]: p for p in json.loads(run(capsys, "proposals", catalogue, "--json"))}
    assert set(found) == {"title", "description"}
    for field, new_text in (
            ("title", "Elternbildung in Herkunftssprachen"),
            ("description", measure["description"].replace("als erste", "als wichtigste"))):
        p = found[field]
        assert (p["subject_type"], p["subject_id"]) == ("measure", measure["id"])
        assert p["old_text"] == measure[field]
        assert p["new_text"] == new_text
        assert p["author"] == "Samira El-Khatib"
        assert (p["source"], p["status"], p["draft_version"]) == (
            "word_tracked_change", "open", 1)


def test_libreoffice_changes_to_a_list_entry_and_an_empty_description(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A partner entry replaced, and the placeholder of an empty description typed over,
    both in LibreOffice: the list comes back one entry per line, the description as new
    text of an empty field."""
    if not _uno_available():
        pytest.skip("LibreOffice with its Python UNO bridge is not installed")
    catalogue, draft, reviewed = (tmp_path / "demo.lip", tmp_path / "Entwurf.docx",
                                  tmp_path / "Entwurf-geprüft.docx")
    run(capsys, "demo", catalogue)
    with Catalogue.open(catalogue) as cat:
        measure = queries.export_document(cat)["measures"][0]
        CatalogueService(cat).structure.update_measure(
            measure["id"], description="",
            partners=["Stadtbibliothek Linden-Limmer", "Familienzentren"])
    run(capsys, "export-word", catalogue, draft)
    subprocess.run(
        [str(SYSTEM_PYTHON), str(SCRIPT), str(draft), str(reviewed),
         "--author", "Samira El-Khatib",
         "--replace", "^Stadtbibliothek Linden-Limmer$", "Stadtteilbibliotheken",
         "--replace", r"^Noch keine Beschreibung\.$", "Kurse in Kitas und Grundschulen."],
        check=True, capture_output=True, timeout=120)
    assert cli.main(["import-review", str(catalogue), str(reviewed)]) == 0
    out, err = capsys.readouterr()
    assert "2 Änderungsvorschläge übernommen." in out
    assert "Nicht zuzuordnen" not in err
    found = {p["field"]: p for p in json.loads(run(capsys, "proposals", catalogue, "--json"))}
    assert (found["partners"]["old_text"], found["partners"]["new_text"]) == (
        "Stadtbibliothek Linden-Limmer\nFamilienzentren", "Stadtteilbibliotheken\nFamilienzentren")
    assert (found["description"]["old_text"], found["description"]["new_text"]) == (
        "", "Kurse in Kitas und Grundschulen.")
