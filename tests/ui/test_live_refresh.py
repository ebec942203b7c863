"""Two people on one server catalogue: what Ben saves shows in Anna's open window.

Anna's main window is open on a catalogue on the test server, a measure in the tree and
in the form; Ben is a second ``Catalogue`` with its own service, as his program would
be. His change must appear in Anna's tree and form within two seconds, and what Anna is
typing at that moment must stay as she typed it (``ui/live_refresh.py``,
``RecordForm.refresh(keep_edited=...)``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import URL
from support import address

from lip_desktop.model import demo, interchange
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.services import CatalogueService
from lip_desktop.ui.main_window import MainWindow

DEMO = demo.demo_catalogue()
MEASURE = next(str(m["id"]) for m in DEMO["measures"] if m["code"] == "BIL-M1.1")



@pytest.fixture
def where(pg_database: URL) -> str:
    """The demo catalogue on a new database of the test server."""
    place = address(pg_database)
    Catalogue.create(place, lambda db: interchange.import_into_new(db, DEMO, "Test") and None,
                     actor="Test").close()
    return place


@pytest.fixture
def anna(qtbot: Any, where: str, answers: Any) -> Iterator[MainWindow]:
    """Anna's window on the server catalogue, listening, measure BIL-M1.1 in the form."""
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(where)  # an address is opened in the background: wait for it
    qtbot.waitUntil(lambda: w.live_refresh is not None, timeout=15000)
    live = w.live_refresh
    assert live is not None
    qtbot.waitUntil(lambda: live.listening, timeout=5000)
    w.on_hub_record_selected("measure", MEASURE)
    assert w.editor.current_record() == ("measure", MEASURE)
    yield w
    w.runner.wait()
    w.close()
    assert w.live_refresh is None  # stopped with the catalogue
    assert answers.shown == []


@pytest.fixture
def ben(where: str) -> Iterator[CatalogueService]:
    cat = Catalogue.open(where, actor="Ben")
    yield CatalogueService(cat)
    cat.close()


def tree_title(window: MainWindow, record_id: str) -> str:
    index = window.tree_model.index_of("measure", record_id)
    return str(window.tree_model.data(index))


def field_text(window: MainWindow, key: str) -> str:
    form = window.editor.current_form()
    assert form is not None
    return str(form.binding(key).value_widget.value() or "")


def type_into(qtbot: Any, window: MainWindow, key: str, text: str) -> None:
    """Click into the field, select what is there and type ``text``, no Return."""
    form = window.editor.current_form()
    assert form is not None
    widget = form.binding(key).value_widget.focus_widgets()[0]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def test_a_file_catalogue_starts_no_listener(window: MainWindow) -> None:
    assert window.hub is not None and window.hub.catalogue.server is None
    assert window.live_refresh is None


def list_title(window: MainWindow, record_id: str) -> str | None:
    model = window.measure_list.model
    row = model.row_of(record_id)
    return None if row < 0 else str(model.measure(row).title)


def test_bens_new_title_shows_in_annas_tree_list_and_form(
        qtbot: Any, anna: MainWindow, ben: CatalogueService) -> None:
    assert "Abend" not in tree_title(anna, MEASURE)
    assert list_title(anna, MEASURE) == field_text(anna, "title")
    ben.structure.update_measure(MEASURE, title="Sprachkurse am Abend")
    qtbot.waitUntil(lambda: "Sprachkurse am Abend" in tree_title(anna, MEASURE)
                    and field_text(anna, "title") == "Sprachkurse am Abend"
                    and list_title(anna, MEASURE) == "Sprachkurse am Abend", timeout=2000)


def test_a_measure_ben_adds_or_deletes_appears_and_goes_in_annas_tree_and_list(
        qtbot: Any, anna: MainWindow, ben: CatalogueService) -> None:
    goal = str(next(m["goal_id"] for m in DEMO["measures"] if m["id"] == MEASURE))
    goal_index = anna.tree_model.index_of("goal", goal)
    anna.tree.expand(goal_index)
    rows_before = anna.tree_model.rowCount(goal_index)
    assert list_title(anna, MEASURE) is not None  # the list page is built
    added = ben.structure.add_measure(goal, "Lernpaten fuer Familien").value.id

    def shown() -> bool:
        index = anna.tree_model.index_of("measure", added)
        return (index.isValid() and index.parent() == goal_index
                and list_title(anna, added) == "Lernpaten fuer Familien")

    qtbot.waitUntil(shown, timeout=2000)
    assert anna.tree_model.rowCount(goal_index) == rows_before + 1
    ben.structure.delete_measure(added)
    qtbot.waitUntil(lambda: anna.tree_model.rowCount(goal_index) == rows_before
                    and list_title(anna, added) is None, timeout=2000)


def test_what_anna_types_stays_while_bens_changes_arrive(
        qtbot: Any, anna: MainWindow, ben: CatalogueService, answers: Any) -> None:
    assert anna.live_refresh is not None
    type_into(qtbot, anna, "lead", "Schulamt Nord")
    # Ben changes the title and the very field Anna is typing in.
    with qtbot.waitSignal(anna.live_refresh.sig_remote_changed, timeout=2000):
        ben.structure.update_measure(MEASURE, title="Sprachkurse am Abend",
                                     lead="Fachbereich Bildung")
    assert field_text(anna, "title") == "Sprachkurse am Abend"  # the other field follows
    assert field_text(anna, "lead") == "Schulamt Nord"  # her text is kept
    assert "Sprachkurse am Abend" in tree_title(anna, MEASURE)
    assert anna.statusBar().currentMessage() == "Von anderer Stelle geändert: 1 Maßnahme geändert"
    # Saving her text would overwrite Ben's lead, which she has not seen: refused, naming him.
    form = anna.editor.current_form()
    assert form is not None
    form.commit("lead")
    assert len(answers.shown) == 1 and "von Ben am" in answers.shown[0][1]
    assert "Fachbereich Bildung" in answers.shown[0][1]
    answers.shown.clear()


def test_typing_in_the_field_ben_changes_keeps_annas_text_and_the_tree_follows(
        qtbot: Any, anna: MainWindow, ben: CatalogueService) -> None:
    assert anna.live_refresh is not None
    type_into(qtbot, anna, "title", "Sprachkurse fuer Eltern")
    with qtbot.waitSignal(anna.live_refresh.sig_remote_changed, timeout=2000):
        ben.structure.update_measure(MEASURE, title="Sprachkurse am Abend")
    assert field_text(anna, "title") == "Sprachkurse fuer Eltern"
    assert "Sprachkurse am Abend" in tree_title(anna, MEASURE)
    # Typed back to what she saw: nothing of hers to save, the field shows Ben's title.
    type_into(qtbot, anna, "title", str(next(
        m["title"] for m in DEMO["measures"] if m["id"] == MEASURE)))
    form = anna.editor.current_form()
    assert form is not None and form.commit("title")
    assert field_text(anna, "title") == "Sprachkurse am Abend"
