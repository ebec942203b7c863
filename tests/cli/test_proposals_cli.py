"""A reviewed draft with tracked changes comes back as proposals; accept, reject, undo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn

from lip_desktop import cli
from lip_desktop.model import queries
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.commands import DecideProposal, DecideProposals
from lip_desktop.model.errors import ConflictError
from lip_desktop.model.services import CatalogueService
from tests.export import tracked

CONTRACT_KEYS = {"id", "subject_type", "subject_id", "field", "old_text", "new_text", "author",
                 "created_at", "source", "status", "decided_at", "decided_by", "draft_version"}


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys: pytest.CaptureFixture[str], catalogue: Path) -> list[dict[str, Any]]:
    code, out, _ = run(capsys, "proposals", catalogue, "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


class Setup:
    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp = tmp_path
        self.catalogue = tmp_path / "demo.lip"
        self.draft = tmp_path / "Entwurf.docx"
        assert run(capsys, "demo", self.catalogue)[0] == 0
        assert run(capsys, "export-word", self.catalogue, self.draft)[0] == 0
        with Catalogue.open(self.catalogue, readonly=True) as cat:
            doc = queries.export_document(cat)
        self.measure = doc["measures"][0]
        self.goal = doc["goals"][0]

    def reviewed(self, name: str, *edits: tuple[str, str, str, str, str, str]) -> Path:
        """A copy of the draft with tracked replacements (type, id, field, old, new, author)."""
        document = tracked.open_docx(self.draft.read_bytes())
        for subject_type, record_id, field, old, new, author in edits:
            tracked.replace_in_field(document, subject_type, record_id, field, old, new, author)
        path = self.tmp / name
        path.write_bytes(tracked.save(document))
        return path


@pytest.fixture
def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Setup:
    return Setup(tmp_path, capsys)


def test_import_review_reports_proposals_and_reading_twice_adds_nothing(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m = setup.measure
    copy = setup.reviewed("Samira.docx", ("measure", m["id"], "title", "Elternbildung",
                                          "Familienbildung", "Samira El-Khatib"))
    code, out, err = run(capsys, "import-review", setup.catalogue, copy)
    assert code == 0, err
    assert "1 Änderungsvorschlag übernommen." in out
    assert "0 Kommentare übernommen" in out
    code, out, _ = run(capsys, "import-review", setup.catalogue, copy)
    assert code == 0 and "0 Änderungsvorschläge übernommen; 1 waren schon übernommen" in out
    (p,) = listed(capsys, setup.catalogue)
    assert set(p) == CONTRACT_KEYS
    assert p["subject_type"] == "measure" and p["subject_id"] == m["id"]
    assert p["field"] == "title" and p["old_text"] == m["title"]
    assert p["new_text"] == m["title"].replace("Elternbildung", "Familienbildung")
    assert (p["author"], p["source"], p["status"]) == ("Samira El-Khatib",
                                                       "word_tracked_change", "open")
    assert p["draft_version"] == 1 and p["decided_at"] is None
    code, out, _ = run(capsys, "proposals", setup.catalogue)
    assert code == 0 and "Samira El-Khatib" in out and p["id"][:8] in out
    assert p["id"] not in out  # the table shows the short number, never the whole id


def test_two_reviewers_copies_give_one_proposal_each(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m = setup.measure
    first = setup.reviewed("A.docx", ("measure", m["id"], "title", "Elternbildung",
                                      "Familienbildung", "A"))
    second = setup.reviewed("B.docx", ("measure", m["id"], "title", "Elternbildung",
                                       "Elternarbeit", "B"))
    for copy in (first, second, first):
        assert run(capsys, "import-review", setup.catalogue, copy)[0] == 0
    found = {(p["author"], p["field"]) for p in listed(capsys, setup.catalogue)}
    assert found == {("A", "title"), ("B", "title")}


def test_accept_writes_the_field_with_the_reviewer_in_the_history_and_reject_keeps_it(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m, g = setup.measure, setup.goal
    words = g["title"].split()
    copy = setup.reviewed(
        "R.docx",
        ("measure", m["id"], "title", "Elternbildung", "Familienbildung", "Samira El-Khatib"),
        ("goal", g["id"], "title", words[0], words[0].upper(), "Tomasz Nowak"))
    assert run(capsys, "import-review", setup.catalogue, copy)[0] == 0
    by_field = {p["subject_type"]: p for p in listed(capsys, setup.catalogue)}
    code, out, _ = run(capsys, "accept", setup.catalogue, by_field["measure"]["id"][:8])
    assert code == 0 and "übernommen" in out and "Samira El-Khatib" in out
    code, out, _ = run(capsys, "reject", setup.catalogue, by_field["goal"]["id"][:8])
    assert code == 0 and "abgelehnt" in out
    with Catalogue.open(setup.catalogue, readonly=True) as cat:
        service = CatalogueService(cat)
        measure = service.structure.get_record("measure", m["id"])
        goal = service.structure.get_record("goal", g["id"])
        history = service.history.entries("measure", m["id"])
    assert measure.title == by_field["measure"]["new_text"]
    assert goal.title == g["title"]
    entry = next(h for h in history if h.field == "title")
    assert "Samira El-Khatib" in entry.actor and entry.new == measure.title
    statuses = {p["subject_type"]: (p["status"], p["decided_by"] is not None)
                for p in listed(capsys, setup.catalogue)}
    assert statuses == {"measure": ("accepted", True), "goal": ("rejected", True)}
    # a decided proposal is not decided again: exit 1 with a German message
    code, _, err = run(capsys, "accept", setup.catalogue, by_field["goal"]["id"][:8])
    assert code == 1 and "bereits entschieden (abgelehnt)" in err
    assert by_field["goal"]["id"] not in err


def test_accept_with_an_edited_text(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m = setup.measure
    copy = setup.reviewed("R.docx", ("measure", m["id"], "title", "Elternbildung",
                                     "Familienbildung", "Samira El-Khatib"))
    assert run(capsys, "import-review", setup.catalogue, copy)[0] == 0
    (p,) = listed(capsys, setup.catalogue)
    code, out, _ = run(capsys, "accept", setup.catalogue, p["id"], "--text", "Elternbildung neu")
    assert code == 0 and "mit bearbeitetem Text" in out
    with Catalogue.open(setup.catalogue, readonly=True) as cat:
        assert CatalogueService(cat).structure.get_record("measure", m["id"]).title == \
            "Elternbildung neu"


def test_a_proposal_whose_field_changed_is_outdated_and_never_applied(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m = setup.measure
    copy = setup.reviewed("R.docx", ("measure", m["id"], "title", "Elternbildung",
                                     "Familienbildung", "Samira El-Khatib"))
    assert run(capsys, "import-review", setup.catalogue, copy)[0] == 0
    with Catalogue.open(setup.catalogue) as cat:
        CatalogueService(cat).structure.update_measure(m["id"], title="Anders betitelt")
    (p,) = listed(capsys, setup.catalogue)
    assert p["status"] == "outdated"
    code, _, err = run(capsys, "accept", setup.catalogue, p["id"][:8])
    assert code == 1 and "veraltet" in err and "Anders betitelt" in err
    exported = setup.tmp / "export.json"
    assert run(capsys, "export-json", setup.catalogue, exported)[0] == 0
    (stored,) = json.loads(exported.read_text(encoding="utf-8"))["proposals"]
    assert stored["status"] == "outdated" and stored["decided_by"] is None
    assert stored["decided_at"] is not None
    with Catalogue.open(setup.catalogue, readonly=True) as cat:
        assert CatalogueService(cat).structure.get_record("measure", m["id"]).title == \
            "Anders betitelt"
    # a draft whose field changed before it was read arrives outdated at once
    other = setup.reviewed("S.docx", ("measure", m["id"], "title", "Elternbildung",
                                      "Elternarbeit", "B"))
    code, out, _ = run(capsys, "import-review", setup.catalogue, other)
    assert code == 0 and "1 davon veraltet" in out


def test_an_older_draft_is_read_with_a_warning_naming_both_versions(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m = setup.measure
    copy = setup.reviewed("R.docx", ("measure", m["id"], "title", "Elternbildung",
                                     "Familienbildung", "Samira El-Khatib"))
    newer = setup.tmp / "neu.docx"
    assert run(capsys, "export-word", setup.catalogue, newer, "--next-version")[0] == 0
    code, out, err = run(capsys, "import-review", setup.catalogue, copy)
    assert code == 0 and "1 Änderungsvorschlag übernommen" in out
    assert "Version 1" in err and "Version 2" in err


def test_a_change_outside_every_field_is_a_warning_naming_the_place(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    from docx.oxml.ns import qn

    document = tracked.open_docx(setup.draft.read_bytes())
    title = document.paragraphs[0]
    run_el = title._p.findall(qn("w:r"))[0]
    run_el.addnext(tracked._wrapper("w:ins", "Tomasz Nowak",
                                    tracked._run_with(run_el, " (Entwurf)")))
    copy = setup.tmp / "Titel.docx"
    copy.write_bytes(tracked.save(document))
    code, out, err = run(capsys, "import-review", setup.catalogue, copy)
    assert code == 0 and "0 Änderungsvorschläge übernommen" in out
    assert "Nicht zuzuordnen" in err and "Tomasz Nowak" in err
    assert "Titelseite" in err and "„(Entwurf)“" in err


def test_unknown_numbers_and_missing_arguments_are_refused(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "accept", setup.catalogue, "zzzzzzzz")
    assert code == 1 and "Änderungsvorschlag „zzzzzzzz“ gibt es im Katalog nicht" in err
    with pytest.raises(SystemExit) as info:
        cli.main(["reject", str(setup.catalogue)])
    assert info.value.code == 2


def test_deciding_several_at_once_is_one_undo_step(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m, g = setup.measure, setup.goal
    words = g["title"].split()
    copy = setup.reviewed(
        "R.docx",
        ("measure", m["id"], "title", "Elternbildung", "Familienbildung", "Samira El-Khatib"),
        ("goal", g["id"], "title", words[0], words[0].upper(), "Tomasz Nowak"))
    assert run(capsys, "import-review", setup.catalogue, copy)[0] == 0
    by_type = {p["subject_type"]: p for p in listed(capsys, setup.catalogue)}
    with Catalogue.open(setup.catalogue) as cat:
        service = CatalogueService(cat)
        command = DecideProposals([
            DecideProposal(by_type["measure"]["id"], accept=True, edited="Elternkurse"),
            DecideProposal(by_type["goal"]["id"], accept=False)])
        changes = command.apply(service)
        assert m["id"] in changes.updated.get("measure", set())
        assert service.structure.get_record("measure", m["id"]).title == "Elternkurse"
        assert {e.status for e in service.proposals.proposals()} == {"accepted", "rejected"}
        command.revert(service)
        assert service.structure.get_record("measure", m["id"]).title == m["title"]
        assert {e.status for e in service.proposals.proposals()} == {"open"}
        command.apply(service)  # redo
        assert service.structure.get_record("measure", m["id"]).title == "Elternkurse"
        # an undo over a field changed since is refused and changes nothing
        service.structure.update_measure(m["id"], title="Später geändert")
        with pytest.raises(ConflictError) as info:
            command.revert(service)
        assert "Später geändert" in info.value.message
        assert service.structure.get_record("measure", m["id"]).title == "Später geändert"
        assert {e.status for e in service.proposals.proposals()} == {"accepted", "rejected"}


def test_a_refused_step_reverts_the_steps_before_it(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m, g = setup.measure, setup.goal
    words = g["title"].split()
    copy = setup.reviewed(
        "R.docx",
        ("goal", g["id"], "title", words[0], words[0].upper(), "Tomasz Nowak"),
        ("measure", m["id"], "title", "Elternbildung", "Familienbildung", "Samira El-Khatib"))
    assert run(capsys, "import-review", setup.catalogue, copy)[0] == 0
    by_type = {p["subject_type"]: p for p in listed(capsys, setup.catalogue)}
    with Catalogue.open(setup.catalogue) as cat:
        service = CatalogueService(cat)
        service.structure.update_measure(m["id"], title="Inzwischen anders")
        command = DecideProposals([DecideProposal(by_type["goal"]["id"], accept=True),
                                   DecideProposal(by_type["measure"]["id"], accept=True)])
        with pytest.raises(ConflictError):
            command.apply(service)
        assert service.structure.get_record("goal", g["id"]).title == g["title"]
        statuses = {e.subject_type: e.status for e in service.proposals.proposals()}
        assert statuses == {"goal": "open", "measure": "outdated"}


def edit_without_tracking(setup: Setup, name: str, record_id: str, old: str, new: str) -> Path:
    document = tracked.open_docx(setup.draft.read_bytes())
    runs = tracked.field_runs(document, "measure", record_id, "description")
    t = next(r.find(qn("w:t")) for r in runs if old in (r.find(qn("w:t")).text or ""))
    t.text = t.text.replace(old, new, 1)
    path = setup.tmp / name
    path.write_bytes(tracked.save(document))
    return path


def test_a_change_made_without_tracking_becomes_a_proposal_of_an_unknown_author(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m = setup.measure
    word = m["description"].split()[0]
    copy = edit_without_tracking(setup, "ohne.docx", m["id"], word, f"{word} neu")
    code, out, err = run(capsys, "import-review", setup.catalogue, copy)
    assert code == 0 and "1 Änderungsvorschlag übernommen." in out, err
    (p,) = listed(capsys, setup.catalogue)
    assert (p["field"], p["author"], p["created_at"]) == ("description", "", None)
    assert p["old_text"] == m["description"]
    assert p["new_text"] == m["description"].replace(word, f"{word} neu", 1)
    assert "unbekannt" in run(capsys, "proposals", setup.catalogue)[1]
    assert "0 Änderungsvorschläge übernommen; 1 waren schon übernommen" in \
        run(capsys, "import-review", setup.catalogue, copy)[1]


def test_an_untracked_change_to_a_field_changed_since_is_a_warning_not_a_proposal(
        setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    m = setup.measure
    word = m["description"].split()[0]
    copy = edit_without_tracking(setup, "ohne.docx", m["id"], word, f"{word} neu")
    with Catalogue.open(setup.catalogue) as cat:
        CatalogueService(cat).structure.update_measure(m["id"], description="Ganz neu.")
    code, out, err = run(capsys, "import-review", setup.catalogue, copy)
    assert code == 0 and "0 Änderungsvorschläge übernommen" in out
    assert f"Maßnahme {m['code']}, „Beschreibung“ wurde im Entwurf ohne Nachverfolgung" in err
    assert listed(capsys, setup.catalogue) == []


def test_a_list_and_an_empty_field_come_back_and_accepting_writes_them(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Partners are a list: the proposal words them one per line and accepting writes
    the entries. An empty lead shows "noch offen" in the draft; a reviewer's text there
    is proposed against an empty field, so accepting it fills the field."""
    catalogue, draft = tmp_path / "demo.lip", tmp_path / "Entwurf.docx"
    assert run(capsys, "demo", catalogue)[0] == 0
    with Catalogue.open(catalogue) as cat:
        service = CatalogueService(cat)
        m = queries.export_document(cat)["measures"][0]
        service.structure.update_measure(m["id"], lead="")
    assert run(capsys, "export-word", catalogue, draft)[0] == 0
    document = tracked.open_docx(draft.read_bytes())
    partners = list(m["partners"])
    tracked.replace_in_field(document, "measure", m["id"], "partners", partners[0],
                             "Stadtteilbibliotheken", "Samira El-Khatib")
    tracked.replace_in_field(document, "measure", m["id"], "lead", "noch offen",
                             "Fachbereich Schule", "Samira El-Khatib", empty=True)
    reviewed = tmp_path / "R.docx"
    reviewed.write_bytes(tracked.save(document))
    assert run(capsys, "import-review", catalogue, reviewed)[0] == 0
    found = {p["field"]: p for p in listed(capsys, catalogue)}
    assert (found["lead"]["old_text"], found["lead"]["new_text"]) == ("", "Fachbereich Schule")
    assert found["partners"]["old_text"] == "\n".join(partners)
    for p in found.values():
        code, _, err = run(capsys, "accept", catalogue, p["id"][:8])
        assert code == 0, err
    with Catalogue.open(catalogue, readonly=True) as cat:
        measure = CatalogueService(cat).structure.get_record("measure", m["id"])
    assert list(measure.partners) == ["Stadtteilbibliotheken", *partners[1:]]
    assert measure.lead == "Fachbereich Schule"
