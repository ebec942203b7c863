"""No lost update in the forms: an edit is made over what the field showed.

Someone else (another window, another person on the server) saves the title of the
measure a form shows; the user, who still sees the old title, types a new one and
presses Tab. Their save is refused in German naming who changed it, when (the German
way) and what it says now; the form shows that value, what they typed is on the
clipboard, nothing is on the undo stack. An edit of another field is kept.

Runs on a catalogue file and, with two connections, on the PostgreSQL test server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from support import create_from

from lip_desktop.model import demo
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.services import CatalogueService
from lip_desktop.ui.forms import EditorStack, MeasureForm
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.people import PeopleModel

DEMO = demo.demo_catalogue()
MEASURE = str(next(r["id"] for r in DEMO["measures"] if r.get("code") == "BIL-M1.1"))
OTHER = "Anna Berg"


@pytest.fixture
def place(backend: Any, tmp_path: Path) -> Path | str:
    """The demo catalogue as a file or as a database on the test server."""
    cat = create_from(backend.location(tmp_path, "demo.lip"), demo.demo_catalogue())
    where = backend.where(cat)
    cat.close(backup=False)
    return where


@pytest.fixture
def shared_hub(place: Path | str, qtbot: Any) -> Iterator[CatalogueHub]:
    """The user's window on the catalogue (as Ben Kaya)."""
    cat = Catalogue.open(place, actor="Ben Kaya", make_backups=False)
    hub = CatalogueHub(cat)
    yield hub
    cat.close(backup=False)


class OtherWriter:
    """Anna Berg saving behind the user's back: on the server through a connection of
    her own; a file has one writing program, so there she writes through the same open
    catalogue but past the hub (no broadcast, as from another window)."""

    def __init__(self, backend: Any, place: Path | str, hub: CatalogueHub) -> None:
        self._server = backend.name == "postgresql"
        self._place, self._hub = place, hub

    def save(self, record_type: str, record_id: str, **changes: Any) -> None:
        from lip_desktop.model.commands import UpdateFields

        if self._server:
            with Catalogue.open(self._place, actor=OTHER, make_backups=False) as cat:
                UpdateFields(record_type, record_id, changes).apply(CatalogueService(cat))
            return
        cat = self._hub.catalogue
        mine, cat.actor = cat.actor, OTHER
        try:
            UpdateFields(record_type, record_id, changes).apply(CatalogueService(cat))
        finally:
            cat.actor = mine


@pytest.fixture
def other(backend: Any, place: Path | str, shared_hub: CatalogueHub) -> OtherWriter:
    return OtherWriter(backend, place, shared_hub)


@pytest.fixture
def form(qtbot: Any, shared_hub: CatalogueHub) -> Iterator[MeasureForm]:
    stack = EditorStack(shared_hub)
    qtbot.addWidget(stack)
    stack.resize(900, 1000)
    stack.show()
    qtbot.waitExposed(stack)
    stack.show_record("measure", MEASURE)
    current = stack.current_form()
    assert isinstance(current, MeasureForm)
    yield current  # the stack lives as long as the test


def type_and_tab(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def stored(hub: CatalogueHub) -> Any:
    return hub.service.structure.get_record("measure", MEASURE)


def test_typing_over_a_title_someone_saved_meanwhile_is_refused_naming_them(
        qtbot: Any, form: MeasureForm, shared_hub: CatalogueHub, other: OtherWriter,
        answers: Any) -> None:
    shown = form.title.text()
    other.save("measure", MEASURE, title="Elterncafe im Stadtteil")
    assert form.title.text() == shown  # the form has not heard of it

    type_and_tab(qtbot, form.title, "Elternkurse am Abend")

    message = answers.texts()
    assert OTHER in message and "„Titel“" in message
    assert "„Elterncafe im Stadtteil“" in message
    assert re.search(r"am \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} Uhr", message), message
    assert not re.search(r"\d{4}-\d{2}-\d{2}", message)  # never an ISO stamp
    assert MEASURE not in message  # never a record id
    assert stored(shared_hub).title == "Elterncafe im Stadtteil"
    assert form.title.text() == "Elterncafe im Stadtteil"  # the form shows the stored value
    assert "Zwischenablage" in form.error_text("title")
    assert QGuiApplication.clipboard().text() == "Elternkurse am Abend"  # nothing lost
    assert shared_hub.undo_stack.count() == 0

    # Having seen the new title, the user may still change it.
    type_and_tab(qtbot, form.title, "Elternkurse am Abend")
    assert stored(shared_hub).title == "Elternkurse am Abend"
    assert form.error_text("title") == ""
    assert shared_hub.undo_stack.count() == 1


def test_a_title_typed_while_the_others_title_arrived_live_is_refused_too(
        qtbot: Any, form: MeasureForm, shared_hub: CatalogueHub, other: OtherWriter,
        answers: Any) -> None:
    """On a server the other's save arrives while the user types (``Changes.remote``):
    the field keeps the typed text, but its save is still over the title it showed."""
    from lip_desktop.model.changes import Changes

    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Elternkurse am Abend")
    other.save("measure", MEASURE, title="Elterncafe im Stadtteil")
    shared_hub.broadcast(Changes(updated={"measure": frozenset({MEASURE})}, remote=True))
    assert form.title.text() == "Elternkurse am Abend"  # the typing is kept
    qtbot.keyClick(form.title, Qt.Key.Key_Tab)
    assert OTHER in answers.texts() and "„Elterncafe im Stadtteil“" in answers.texts()
    assert stored(shared_hub).title == "Elterncafe im Stadtteil"
    assert form.title.text() == "Elterncafe im Stadtteil"
    assert QGuiApplication.clipboard().text() == "Elternkurse am Abend"
    assert shared_hub.undo_stack.count() == 0


def test_another_field_of_the_same_record_is_saved_over_a_changed_title(
        qtbot: Any, form: MeasureForm, shared_hub: CatalogueHub, other: OtherWriter,
        answers: Any) -> None:
    other.save("measure", MEASURE, title="Elterncafe im Stadtteil")
    type_and_tab(qtbot, form.lead, "Bildungsbuero Linden")
    after = stored(shared_hub)
    assert (after.title, after.lead) == ("Elterncafe im Stadtteil", "Bildungsbuero Linden")
    assert answers.shown == []
    assert shared_hub.undo_stack.count() == 1
    shared_hub.undo_stack.undo()  # undo reverts only the lead, not Anna's title
    after = stored(shared_hub)
    assert after.title == "Elterncafe im Stadtteil" and after.lead != "Bildungsbuero Linden"


def test_a_cell_edit_over_a_name_someone_saved_meanwhile_is_refused_and_shows_theirs(
        qtbot: Any, shared_hub: CatalogueHub, other: OtherWriter, answers: Any,
        qtmodeltester: Any) -> None:
    model = PeopleModel(shared_hub)
    person = model.person(0)
    other.save("person", person.id, organisation="Stadtteilzentrum Linden")
    index = model.index(0, model.KEYS.index("organisation"))
    assert not model.setData(index, "Volkshochschule", Qt.ItemDataRole.EditRole)
    assert OTHER in answers.texts() and "„Stadtteilzentrum Linden“" in answers.texts()
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Stadtteilzentrum Linden"
    assert QGuiApplication.clipboard().text() == "Volkshochschule"
    assert shared_hub.undo_stack.count() == 0
    qtmodeltester.check(model)


def test_a_session_title_typed_while_someone_elses_title_arrived_is_refused(
        qtbot: Any, hub: Any, answers: Any) -> None:
    """The planning view re-reads the session when a change arrives, but the field being
    typed in keeps the typed text; its save is over the title the field showed, so the
    other person's title is not overwritten unseen."""
    from datetime import datetime

    from lip_desktop.model.changes import Changes
    from lip_desktop.ui.session.clock import ManualClock
    from lip_desktop.ui.session.planning import SessionPlanningView

    with hub.catalogue.read() as conn:
        group = str(conn.exec_driver_sql(
            "SELECT id FROM expert_group WHERE name = ?",
            ("Expert*innengruppe Bildung",)).scalar())
    session = hub.service.meetings.add_meeting(group, "Fuenfte Sitzung",
                                               "2027-02-02T17:00:00").value.id
    view = SessionPlanningView(hub, ManualClock(datetime(2027, 2, 2, 12, 0)))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.select_group(group)
    view.select_session(session)
    view.title_edit.setFocus()
    view.title_edit.selectAll()
    qtbot.keyClicks(view.title_edit, "Sitzung zu Uebergaengen")
    mine, hub.catalogue.actor = hub.catalogue.actor, OTHER
    try:  # Anna's title arrives while the user types (as from another window)
        CatalogueService(hub.catalogue).meetings.update_meeting(session,
                                                                 title="Sitzung Sprache")
    finally:
        hub.catalogue.actor = mine
    hub.broadcast(Changes(updated={"session": frozenset({session})}))
    assert view.title_edit.text() == "Sitzung zu Uebergaengen"  # the typing is kept

    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)
    assert OTHER in answers.texts() and "„Sitzung Sprache“" in answers.texts()
    assert hub.service.meetings.get_meeting(session).title == "Sitzung Sprache"
    assert view.title_edit.text() == "Sitzung Sprache"
    assert QGuiApplication.clipboard().text() == "Sitzung zu Uebergaengen"
    assert hub.undo_stack.count() == 0
