"""Live refresh on a server catalogue: what one window commits reaches the others.

Two ``Catalogue`` objects on one test database stand for two people's windows; the
listener of the one must report, by record id, what the other's service committed
(``model/server_listen.py``; the trigger: ``tracking.postgresql_notify_sql``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from support import address

from lip_desktop.model import defaults, interchange, tracking
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.changes import Changes
from lip_desktop.model.generate import generate_catalogue
from lip_desktop.model.server_listen import ChangeListener
from lip_desktop.model.services import CatalogueService


def fill_with(doc: dict[str, Any]) -> Any:
    return lambda db: interchange.import_into_new(db, doc, "Test") and None


@pytest.fixture
def two_windows(pg_database: URL) -> Iterator[tuple[Catalogue, Catalogue]]:
    """Anna's and Ben's open catalogues on one server database."""
    where = address(pg_database)
    anna = Catalogue.create(where, fill_with(defaults.new_catalogue_document()), actor="Anna")
    ben = Catalogue.open(where, actor="Ben")
    yield anna, ben
    ben.close()
    anna.close()


def wait_for(listener: ChangeListener, seconds: float = 2.0) -> Changes:
    """Everything the listener reports within ``seconds``, as one summary."""
    end = time.monotonic() + seconds
    found: list[Changes] = []
    while time.monotonic() < end:
        got = listener.wait(timeout=max(0.01, end - time.monotonic()), gather=0.2)
        if got is not None:
            found.append(got)
            break
    assert found, "nothing arrived within the time"
    return found[0]


def ready(listener: ChangeListener) -> ChangeListener:
    """A listener that is connected and listening (its first ``wait`` connects)."""
    assert listener.wait(timeout=0.01) is None
    assert listener.connected
    return listener


def test_a_change_by_one_window_reaches_the_other_by_record_id(
        two_windows: tuple[Catalogue, Catalogue]) -> None:
    anna, ben = two_windows
    listener = ready(ChangeListener(ben.engine))
    try:
        service = CatalogueService(anna)
        field = service.structure.add_action_field("Gesundheit").value.id
        goal = service.structure.add_goal(field, "Zugang zur Versorgung").value.id
        started = time.monotonic()
        first = wait_for(listener)
        assert time.monotonic() - started < 2.0
        assert first.remote and first.moved
        assert field in first.created["action_field"]
        # The goal may come with the field or in the next burst.
        seen = first if goal in first.created.get("goal", ()) else wait_for(listener)
        assert goal in seen.created["goal"]

        measure = service.structure.add_measure(goal, "Sprechstunden").value.id
        assert measure in wait_for(listener).created["measure"]
        service.structure.update_measure(measure, title="Sprechstunden am Abend")
        changed = wait_for(listener)
        assert changed.updated == {"measure": frozenset({measure})}
        assert not changed.created and not changed.deleted
        service.structure.delete_measure(measure)
        assert measure in wait_for(listener).deleted["measure"]
    finally:
        listener.close()


def test_a_window_does_not_hear_its_own_changes(
        two_windows: tuple[Catalogue, Catalogue]) -> None:
    anna, ben = two_windows
    listener = ready(ChangeListener(ben.engine))
    try:
        own = CatalogueService(ben)
        own.structure.add_action_field("Arbeit")
        assert listener.wait(timeout=0.8) is None
        other = CatalogueService(anna).structure.add_action_field("Wohnen").value.id
        heard = wait_for(listener)
        assert heard.touched("action_field") == {other}
    finally:
        listener.close()


def test_a_rolled_back_change_is_never_announced(
        two_windows: tuple[Catalogue, Catalogue], pg_database: URL) -> None:
    _anna, ben = two_windows
    listener = ready(ChangeListener(ben.engine))
    engine = create_engine(pg_database)
    try:
        with engine.connect() as conn:
            conn.execute(text("UPDATE catalogue SET title = 'Versuch'"))
            conn.rollback()
        assert listener.wait(timeout=0.8) is None
    finally:
        engine.dispose()
        listener.close()


def test_a_big_import_is_one_reload_not_a_message_per_row(pg_database: URL) -> None:
    where = address(pg_database)
    small = generate_catalogue(fields=1, goals_per_field=1, measures_per_goal=1,
                               indicators_per_measure=0)
    big = generate_catalogue(fields=2, goals_per_field=6, measures_per_goal=50,
                             indicators_per_measure=1)
    rows = len(big["measures"]) + len(big["indicators"])
    assert rows > 2 * tracking.NOTIFY_CAP
    with Catalogue.create(where, fill_with(small), actor="Anna") as anna, \
            Catalogue.open(where, actor="Ben") as ben:
        raw = psycopg.connect(address(pg_database), autocommit=True)
        raw.execute(f"LISTEN {tracking.CHANNEL}")
        listener = ready(ChangeListener(ben.engine))
        try:
            CatalogueService(anna).structure.import_document(big)
            heard = wait_for(listener, seconds=5.0)
            # The full summary: every record, the new ones as created.
            assert heard.created["measure"] | heard.updated.get("measure", frozenset()) == {
                m["id"] for m in big["measures"]}
            assert heard.remote and heard.moved
            assert listener.wait(timeout=0.5) is None  # and no second burst follows
            payloads = [n.payload for n in raw.notifies(timeout=0.5)]
        finally:
            listener.close()
            raw.close()
    # What the server carried: the first rows one by one, then one "reload everything".
    assert len(payloads) <= tracking.NOTIFY_CAP + 1 < rows
    assert payloads[-1].endswith(" *")
    assert sum(p.endswith(" *") for p in payloads) == 1


def test_a_lost_connection_is_taken_up_again_with_a_full_refresh(
        two_windows: tuple[Catalogue, Catalogue], pg_database: URL,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lip_desktop.model import server_listen

    monkeypatch.setattr(server_listen, "RETRY_AFTER", 0.1)
    anna, ben = two_windows
    listener = ready(ChangeListener(ben.engine))
    engine = create_engine(pg_database)
    try:
        with engine.begin() as conn:
            killed = conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'LIP Desktop (Aktualisierung)' "
                "AND datname = current_database()")).scalars().all()
        assert killed == [True]
        field = CatalogueService(anna).structure.add_action_field("Kultur").value.id
        heard = wait_for(listener, seconds=3.0)
        assert listener.connected
        assert field in heard.created["action_field"]  # missed while away, yet reported
        assert heard.updated  # and everything else, since more may have been missed
    finally:
        engine.dispose()
        listener.close()


def test_every_tracked_table_announces_its_changes(pg_database: URL) -> None:
    from lip_desktop.model.catalogue import server_init
    from lip_desktop.model.server import ServerAddress

    server_init(ServerAddress.parse(address(pg_database)))
    engine = create_engine(pg_database)
    with engine.connect() as conn:
        with_trigger = {r[0] for r in conn.execute(text(
            "SELECT event_object_table FROM information_schema.triggers "
            "WHERE trigger_name = 'lip_notify'"))}
    engine.dispose()
    assert with_trigger == set(tracking.TRACKED) | set(tracking.NOTIFIED_ONLY)


def test_a_database_set_up_by_an_older_program_gets_the_new_triggers_when_opened(
        pg_database: URL) -> None:
    """A database of the current schema whose triggers are older (here: no notify
    triggers, setup revision 1) is renewed when its owner opens it, so live refresh works
    without waiting for the next schema migration."""
    from lip_desktop.model import server

    where = address(pg_database)
    Catalogue.create(where, fill_with(defaults.new_catalogue_document()), actor="Anna").close()
    engine = create_engine(pg_database)

    def notify_triggers() -> int:
        with engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(DISTINCT event_object_table) FROM information_schema.triggers "
                "WHERE trigger_name = 'lip_notify'")).scalar() or 0)

    with engine.begin() as conn:
        for table in [*tracking.TRACKED, *tracking.NOTIFIED_ONLY]:
            conn.execute(text(f'DROP TRIGGER lip_notify ON "{table}"'))
        conn.execute(text("UPDATE lip_server_setup SET revision = 1"))
    assert notify_triggers() == 0
    Catalogue.open(where, actor="Anna", readonly=True).close()  # read-only: changes nothing
    assert notify_triggers() == 0
    Catalogue.open(where, actor="Anna").close()
    assert notify_triggers() == len(tracking.TRACKED) + len(tracking.NOTIFIED_ONLY)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT revision FROM lip_server_setup")).scalar() == (
            server.SETUP_REVISION)
    engine.dispose()


def test_the_speakers_list_and_the_conflict_queue_reach_the_other_window(
        pg_database: URL) -> None:
    """Not records with revisions, but lists others look at: a request to speak arrives
    as its session, a conflict filed by someone's merge by its number."""
    from lip_desktop.model import demo

    doc = demo.demo_catalogue()
    where = address(pg_database)
    anna = Catalogue.create(where, fill_with(doc), actor="Anna")
    ben = Catalogue.open(where, actor="Ben")
    listener = ready(ChangeListener(anna.engine))
    try:
        session = next(s for s in doc["sessions"] if s["status"] != "closed")
        person = doc["people"][0]["id"]
        CatalogueService(ben).speakers.add(session["id"], person)
        got = wait_for(listener)
        assert session["id"] in got.touched("session")
        engine = create_engine(pg_database)
        with engine.begin() as conn:  # a conflict as a merge files it
            conn.execute(text(
                "INSERT INTO merge_conflict (kind, record_type, record_id, field, mine_by, "
                "theirs_by, source, found_at, status) VALUES ('field', 'measure', :m, "
                "'title', '', '', 'kopie', '2026-12-03T10:00:00', 'open')"),
                {"m": doc["measures"][0]["id"]})
            number = conn.execute(text("SELECT max(id) FROM merge_conflict")).scalar()
        engine.dispose()
        got = wait_for(listener)
        assert str(number) in got.touched("merge_conflict")
    finally:
        listener.close()
        ben.close()
        anna.close()
