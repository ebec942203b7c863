"""Rights on a server catalogue: every role's allowed and refused operations through the
service, the same refusals from the server for a plain SQL client, granting twice, and
closed votes frozen in the database (even for the owner).

Logins are made on the session's test server (trust authentication on 127.0.0.1, so a
login connects without a password); each test's logins and group roles are dropped with
its database.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from support import address

from lip_desktop import cli
from lip_desktop.model import demo, interchange, rights, server_rights
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import LipError
from lip_desktop.model.rights import FIELD_BOUND, LEAD, Rights
from lip_desktop.model.server import ServerAddress
from lip_desktop.model.services import CatalogueService

_LOGINS = itertools.count(1)



@dataclass
class Setup:
    url: URL
    where: str
    doc: dict[str, Any]
    logins: dict[str, str]

    def ids(self, kind: str, **match: Any) -> list[str]:
        return [r["id"] for r in self.doc[kind]
                if all(r.get(k) == v for k, v in match.items())]

    def field_id(self, code: str) -> str:
        return self.ids("action_fields", code=code)[0]

    def measure_of(self, code: str) -> str:
        """A measure of the action field ``code``."""
        goals = set(self.ids("goals", action_field_id=self.field_id(code)))
        return next(m["id"] for m in self.doc["measures"] if m["goal_id"] in goals)

    def goal_of(self, code: str) -> str:
        return self.ids("goals", action_field_id=self.field_id(code))[0]

    def open_as(self, role: str) -> Catalogue:
        url = self.url.set(username=self.logins[role])
        return Catalogue.open(address(url), actor=role)

    def sql_as(self, role: str | None, *statements: str) -> None:
        """Run ``statements`` in one transaction as the login of ``role`` (None: the
        owner), through a plain connection as any SQL client has."""
        url = self.url if role is None else self.url.set(username=self.logins[role])
        engine = create_engine(url, poolclass=NullPool)
        try:
            with engine.begin() as conn:
                for statement in statements:
                    conn.execute(text(statement))
        finally:
            engine.dispose()

    def scalar(self, statement: str) -> Any:
        engine = create_engine(self.url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                return conn.execute(text(statement)).scalar()
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def admin(pg_cluster: Any) -> Iterator[Any]:
    engine = create_engine(pg_cluster.admin_url, isolation_level="AUTOCOMMIT",
                           poolclass=NullPool)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def demo_template(pg_cluster: Any) -> Iterator[tuple[URL, dict[str, Any]]]:
    """The demo catalogue on the server, made once; each test clones it."""
    url = pg_cluster.new_database()
    doc = demo.demo_catalogue()
    Catalogue.create(address(url),
                     lambda db: interchange.import_into_new(db, doc, "Test") and None,
                     actor="Owner").close()
    yield url, doc
    pg_cluster.drop_database(url)  # and its group roles


@pytest.fixture
def setup(pg_cluster: Any, admin: Any, demo_template: tuple[URL, dict[str, Any]]
          ) -> Iterator[Setup]:
    """The demo catalogue on the server, owned by the test server's administrator, and one
    login per role, granted: the facilitator holds the field BIL."""
    template, doc = demo_template
    url = pg_cluster.new_database(template=template.database)
    where = address(url)
    n = next(_LOGINS)
    logins = {role: f"lip_t{os.getpid()}_{n}_{role}" for role in rights.ROLES}
    with admin.connect() as conn:
        for login in logins.values():
            conn.execute(text(f'CREATE ROLE "{login}" LOGIN'))
    grants = {"lead": Rights("lead"), "facilitator": Rights("facilitator", frozenset({"BIL"})),
              "steering": Rights("steering"), "reader": Rights("reader")}
    for role, given in grants.items():
        server_rights_grant(url, logins[role], given)
    yield Setup(url, where, doc, logins)
    pg_cluster.drop_database(url)  # and its group roles
    with admin.connect() as conn:
        for login in logins.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def server_rights_grant(url: URL, login: str, given: Rights) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            server_rights.grant(conn, address(url), login, given)
    finally:
        engine.dispose()


# --- the rule ---------------------------------------------------------------------------


def test_the_rule_of_each_role() -> None:
    facilitator = Rights("facilitator", frozenset({"BIL"}))
    assert LEAD.may_change("person", "name") and LEAD.may_change("measure", None, "SOZ")
    assert facilitator.may_change("measure", "title", "BIL")
    assert not facilitator.may_change("measure", "title", "SOZ")
    assert not facilitator.may_change("measure", "title", None)
    assert not facilitator.may_change("person", "name")
    steering = Rights("steering")
    assert steering.may_change("measure", "steering_decision", "SOZ")
    assert not steering.may_change("measure", "title", "SOZ")
    assert not steering.may_change("measure", None, "SOZ")
    assert not Rights("reader").may_change("measure", "steering_note", "BIL")
    with pytest.raises(LipError) as info:
        Rights("admin")
    assert info.value.code == "rights_bad_role" and "facilitator" in info.value.message


def test_the_server_finds_the_field_of_every_field_bound_record_type() -> None:
    assert {rtype for rtype, _f, _c in server_rights.FIELD_OF.values()} == FIELD_BOUND


def test_a_file_catalogue_is_the_leads(new_catalogue: Any) -> None:
    assert new_catalogue.rights == LEAD


# --- through the service ----------------------------------------------------------------


def test_the_lead_changes_everything(setup: Setup) -> None:
    with setup.open_as("lead") as cat:
        assert cat.rights.role == "lead"
        service = CatalogueService(cat)
        service.structure.update_measure(setup.measure_of("SOZ"), title="Neu von der Leitung")
        service.structure.add_action_field("Gesundheit", code="GES")
        service.structure.update_measure(setup.measure_of("BIL"), steering_decision="approved")


def test_a_facilitator_changes_their_field_and_is_refused_elsewhere(setup: Setup) -> None:
    own, other = setup.measure_of("BIL"), setup.measure_of("SOZ")
    with setup.open_as("facilitator") as cat:
        assert cat.rights == Rights("facilitator", frozenset({"BIL"}))
        service = CatalogueService(cat)
        service.structure.update_measure(own, title="Sprachförderung im Quartier")
        goal = service.structure.add_goal(setup.field_id("BIL"), "Neues Bildungsziel").value
        service.structure.add_measure(goal.id, "Neue Bildungsmaßnahme")
        with pytest.raises(LipError) as info:
            service.structure.update_measure(other, title="Übernommen")
        assert info.value.code == "rights_refused_field"
        message = info.value.message
        assert "Maßnahme SOZ-" in message and "„Titel“" in message
        assert "Moderation (Handlungsfeld BIL)" in message and other not in message
        with pytest.raises(LipError) as info:
            service.structure.add_goal(setup.field_id("SOZ"), "Fremdes Ziel")
        assert info.value.code == "rights_refused_record" and "Ziel" in info.value.message
        with pytest.raises(LipError) as info:
            service.structure.add_action_field("Gesundheit", code="GES")
        assert info.value.code == "rights_refused_record"
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{own}'") == \
        "Sprachförderung im Quartier"
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{other}'") != "Übernommen"
    assert setup.scalar("SELECT count(*) FROM goal WHERE title = 'Fremdes Ziel'") == 0
    assert setup.scalar("SELECT count(*) FROM action_field WHERE code = 'GES'") == 0


def test_the_steering_group_sets_only_the_decision_and_note(setup: Setup) -> None:
    measure = setup.measure_of("SOZ")
    with setup.open_as("steering") as cat:
        service = CatalogueService(cat)
        service.structure.update_measure(measure, steering_decision="revise",
                                         steering_note="Kosten klären")
        with pytest.raises(LipError) as info:
            service.structure.update_measure(measure, title="Anders")
        assert info.value.code == "rights_refused_field"
        assert "„Titel“" in info.value.message and "Lenkungsgruppe" in info.value.message
    assert setup.scalar(f"SELECT steering_decision FROM measure WHERE id = '{measure}'") == \
        "revise"
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{measure}'") != "Anders"


def test_the_server_refuses_in_german_what_the_app_thought_allowed(setup: Setup) -> None:
    """Rights read on opening, then taken away (or a path without the service's check):
    the server refuses, and the message still names record and field."""
    other = setup.measure_of("SOZ")
    with setup.open_as("facilitator") as cat:
        cat.rights = LEAD  # as if granted more when opened
        service = CatalogueService(cat)
        with pytest.raises(LipError) as info:
            service.structure.update_measure(other, title="Übernommen")
        assert info.value.code == "rights_refused_server_field"
        assert "Maßnahme SOZ-" in info.value.message and "„Titel“" in info.value.message
        with pytest.raises(LipError) as info:
            service.structure.add_goal(setup.field_id("SOZ"), "Fremdes Ziel")
        assert info.value.code == "rights_refused_server" and "Ziele" in info.value.message
        with pytest.raises(LipError) as info:
            service.structure.add_action_field("Gesundheit", code="GES")
        assert "Handlungsfelder" in info.value.message
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{other}'") != "Übernommen"
    assert setup.scalar("SELECT count(*) FROM goal WHERE title = 'Fremdes Ziel'") == 0


def test_the_server_refuses_a_deletion_in_german_naming_the_record(setup: Setup) -> None:
    position = setup.scalar(
        "SELECT id FROM stance WHERE lip_subject_field(session_id, subject_type, "
        "subject_id) = 'BIL' AND id NOT IN (SELECT position_id FROM compromise_position) "
        "LIMIT 1")
    assert position is not None
    with setup.open_as("facilitator") as cat:
        # The lead moves the facilitator to another field while the catalogue is open.
        server_rights_grant(setup.url, setup.logins["facilitator"],
                            Rights("facilitator", frozenset({"SOZ"})))
        with pytest.raises(LipError) as info:
            CatalogueService(cat).negotiation.remove_position(position)
        assert info.value.code == "rights_refused_server_record"
        assert "Position" in info.value.message and position not in info.value.message
    assert setup.scalar(f"SELECT count(*) FROM stance WHERE id = '{position}'") == 1


def test_a_reader_changes_nothing(setup: Setup) -> None:
    with setup.open_as("reader") as cat:
        assert cat.readonly and cat.rights.role == "reader"
        with pytest.raises(LipError) as info:
            CatalogueService(cat).structure.update_measure(setup.measure_of("BIL"),
                                                           steering_note="x")
        assert "Lesezugriff" in info.value.message


def test_a_refusal_writes_no_history(setup: Setup) -> None:
    before = setup.scalar("SELECT count(*) FROM change_log")
    with setup.open_as("facilitator") as cat, pytest.raises(LipError):
        CatalogueService(cat).structure.update_measure(setup.measure_of("SOZ"), title="X")
    assert setup.scalar("SELECT count(*) FROM change_log") == before


# --- granting -----------------------------------------------------------------------------


def test_granting_twice_is_harmless_and_regranting_changes_the_role(setup: Setup) -> None:
    login = setup.logins["reader"]
    for _ in range(2):
        server_rights_grant(setup.url, login, Rights("facilitator", frozenset({"SOZ"})))
    with setup.open_as("reader") as cat:
        assert cat.rights == Rights("facilitator", frozenset({"SOZ"}))
        CatalogueService(cat).structure.update_measure(setup.measure_of("SOZ"), title="Neu")
    member = setup.scalar(
        f"SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{login}'")
    assert member == 1  # the reader role was taken back


def test_grants_refuse_unknown_logins_fields_and_non_owners(setup: Setup) -> None:
    with pytest.raises(LipError) as info:
        server_rights_grant(setup.url, "niemand_da", Rights("reader"))
    assert info.value.code == "server_login_unknown" and "niemand_da" in info.value.message
    with pytest.raises(LipError) as info:
        server_rights_grant(setup.url, setup.logins["reader"],
                            Rights("facilitator", frozenset({"XYZ"})))
    assert info.value.code == "server_field_unknown" and "XYZ" in info.value.message
    with pytest.raises(LipError) as info:
        server_rights_grant(setup.url, setup.logins["reader"], Rights("facilitator"))
    assert info.value.code == "server_grant_fields"
    with pytest.raises(LipError) as info:
        server_rights_grant(setup.url.set(username=setup.logins["lead"]),
                            setup.logins["reader"], Rights("lead"))
    assert info.value.code == "server_grant_denied"


def test_command_line_grants_and_lists(setup: Setup, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    login = setup.logins["reader"]
    for _ in range(2):
        code = cli.main(["server-grant", setup.where, login, "--role", "facilitator",
                         "--field", "BIL", "--field", "SOZ"])
        out, _err = capsys.readouterr()
        assert code == 0 and login in out and "Moderation" in out
    code = cli.main(["server-rights", setup.where])
    out, _err = capsys.readouterr()
    assert code == 0 and f"{login}: Moderation (Handlungsfelder BIL, SOZ)" in out
    code = cli.main(["server-grant", setup.where, login, "--role", "chef"])
    _out, err = capsys.readouterr()
    assert code == 1 and "keine Rolle" in err


# --- a plain SQL client ------------------------------------------------------------------


@pytest.mark.parametrize(("role", "statement"), [
    ("facilitator", "UPDATE measure SET title = 'umgangen' WHERE id = '{soz_measure}'"),
    ("facilitator", "DELETE FROM indicator WHERE measure_id = '{soz_measure}'"),
    ("facilitator", "INSERT INTO goal (id, action_field_id, code, title, description, "
                    "position, version) VALUES ('g-x', '{soz}', 'SOZ-Z99', 'umgangen', '', "
                    "0, 1)"),
    ("facilitator", "UPDATE goal SET action_field_id = '{soz}' WHERE id = '{bil_goal}'"),
    ("facilitator", "UPDATE person SET name = 'umgangen'"),
    ("facilitator", "DELETE FROM lip_grant"),
    ("steering", "UPDATE measure SET title = 'umgangen'"),
    ("steering", "DELETE FROM measure WHERE id = '{soz_measure}'"),
    ("reader", "INSERT INTO terminology (id, term, replacement, note, position, version) "
               "VALUES ('t-x', 'umgangen', 'x', '', 0, 1)"),
    ("reader", "UPDATE measure SET steering_note = 'umgangen'"),
    ("lead", "UPDATE lip_grant SET role = 'lead'"),
])
def test_a_plain_sql_client_cannot_get_round_the_rights(setup: Setup, role: str,
                                                        statement: str) -> None:
    values = {"soz_measure": setup.measure_of("SOZ"), "soz": setup.field_id("SOZ"),
              "bil_goal": setup.goal_of("BIL")}
    snapshot = ("SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM "
                "(SELECT title FROM measure UNION ALL SELECT title FROM goal UNION ALL "
                "SELECT action_field_id FROM goal UNION ALL SELECT name FROM person "
                "UNION ALL SELECT count(*)::text FROM indicator UNION ALL "
                "SELECT steering_note FROM measure UNION ALL SELECT term FROM terminology "
                "UNION ALL SELECT login || role FROM lip_grant) t(t)")
    before = setup.scalar(snapshot)
    try:
        setup.sql_as(role, statement.format(**values))
    except DBAPIError as exc:
        refusal = server_rights.refusal_of(exc.orig)
        assert refusal is not None and "nichts gespeichert" in refusal.message
    assert setup.scalar(snapshot) == before


def test_a_plain_sql_client_may_do_what_the_role_allows(setup: Setup) -> None:
    bil, soz = setup.measure_of("BIL"), setup.measure_of("SOZ")
    setup.sql_as("facilitator", f"UPDATE measure SET title = 'direkt' WHERE id = '{bil}'")
    setup.sql_as("steering",
                 f"UPDATE measure SET steering_note = 'direkt' WHERE id = '{soz}'")
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{bil}'") == "direkt"
    assert setup.scalar(f"SELECT steering_note FROM measure WHERE id = '{soz}'") == "direkt"


# --- closed votes ---------------------------------------------------------------------------


def _closed_vote(setup: Setup) -> dict[str, Any]:
    return next(v for v in setup.doc["votes"] if v["status"] == "closed" and v["ballots"])


@pytest.mark.parametrize("statement", [
    "UPDATE vote SET question = 'anders' WHERE id = '{vote}'",
    "UPDATE vote SET status = 'open' WHERE id = '{vote}'",
    "DELETE FROM vote WHERE id = '{vote}'",
    "DELETE FROM ballot WHERE vote_id = '{vote}'",
    "UPDATE ballot SET choice = CASE WHEN choice = 'yes' THEN 'no' ELSE 'yes' END, "
    "points = coalesce(points, 0) + 1 WHERE vote_id = '{vote}'",
    "UPDATE vote_option SET label = 'anders' WHERE vote_id = '{vote}'",
])
def test_a_closed_vote_is_frozen_in_the_database_even_for_the_owner(
        setup: Setup, statement: str) -> None:
    vote = _closed_vote(setup)["id"]
    snapshot = (f"SELECT md5(to_jsonb(v)::text) || lip_vote_digest('{vote}') "
                f"FROM vote v WHERE id = '{vote}'")
    before = setup.scalar(snapshot)
    with pytest.raises(DBAPIError) as info:
        setup.sql_as(None, statement.format(vote=vote))
    refusal = server_rights.refusal_of(info.value.orig)
    assert refusal is not None and refusal.code == "vote_closed"
    assert _closed_vote(setup)["question"] in refusal.message
    assert setup.scalar(snapshot) == before


def test_a_closed_votes_note_may_change_and_its_ballots_be_written_again(
        setup: Setup) -> None:
    vote = _closed_vote(setup)
    setup.sql_as(None, f"UPDATE vote SET note = 'Nachtrag' WHERE id = '{vote['id']}'")
    # The import's way: the nested list deleted and written again, the same.
    setup.sql_as(None,
                 "CREATE TEMP TABLE b AS SELECT * FROM ballot "
                 f"WHERE vote_id = '{vote['id']}'",
                 f"DELETE FROM ballot WHERE vote_id = '{vote['id']}'",
                 "INSERT INTO ballot SELECT * FROM b")
    with setup.open_as("lead") as cat:
        CatalogueService(cat).votes.annotate_vote(vote["id"], "Noch ein Nachtrag")


def test_the_service_names_a_closed_vote_the_server_refused(setup: Setup,
                                                             tmp_path: Path) -> None:
    vote = _closed_vote(setup)
    with setup.open_as("lead") as cat:
        with pytest.raises(LipError) as info, cat.unit() as db:
            db.execute(text(f"DELETE FROM ballot WHERE vote_id = '{vote['id']}'"))
        assert info.value.code == "vote_closed" and vote["question"][:20] in info.value.message
    assert setup.scalar(f"SELECT count(*) FROM ballot WHERE vote_id = '{vote['id']}'") == \
        len(vote["ballots"])


def test_server_init_installs_the_rights(pg_database: URL) -> None:
    from lip_desktop.model.catalogue import server_init

    server_init(ServerAddress.parse(address(pg_database)))
    engine = create_engine(pg_database, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            secured = set(conn.execute(text(
                "SELECT relname FROM pg_class WHERE relrowsecurity")).scalars())
            roles = set(conn.execute(text("SELECT rolname FROM pg_roles")).scalars())
    finally:
        engine.dispose()
    assert set(server_rights.FIELD_OF) <= secured
    made = {server_rights.role_name(str(pg_database.database), r) for r in rights.ROLES}
    assert made <= roles


def test_a_facilitator_brings_a_session_copy_back_and_its_clash_waits_for_the_lead(
        setup: Setup, tmp_path: Path) -> None:
    """``checkout`` and ``merge`` as the facilitator: what only they changed is taken
    over, a clash with the lead's change is filed in the server's conflict queue (not
    refused), a second merge of the same copy files nothing new, and deciding the clash
    is the lead's."""
    from lip_desktop.model.checkout import checkout

    own = setup.measure_of("BIL")
    goal = next(m["goal_id"] for m in setup.doc["measures"] if m["id"] == own)
    clash = next(m["id"] for m in setup.doc["measures"]
                 if m["goal_id"] == goal and m["id"] != own)
    copy = tmp_path / "sitzung.lip"
    with setup.open_as("facilitator") as cat:
        checkout(cat, copy, ["BIL"])
    with Catalogue.open(copy, actor="Moderation") as offline:
        service = CatalogueService(offline)
        service.structure.update_measure(own, title="Nur in der Sitzung geändert")
        service.structure.update_measure(clash, title="Titel aus der Sitzung")
    with setup.open_as("lead") as cat:
        CatalogueService(cat).structure.update_measure(clash, title="Titel der Projektleitung")

    with setup.open_as("facilitator") as cat:
        merge = CatalogueService(cat).merge
        report = merge.merge(copy).value
        assert report is not None
        assert [e.record_id for e in merge.conflicts()] == [clash]
        merge.merge(copy)  # the same copy again: nothing new filed, nothing refused
        assert len(merge.conflicts()) == 1
        with pytest.raises(LipError) as info:
            merge.resolve(merge.conflicts()[0].id, "theirs")
        assert info.value.code.startswith("rights_refused")
        assert "Konflikt aus dem Zusammenführen Nr. " in info.value.message
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{own}'") == \
        "Nur in der Sitzung geändert"
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{clash}'") == \
        "Titel der Projektleitung"
    with pytest.raises(DBAPIError):  # filing is all: a plain client cannot clear the queue
        setup.sql_as("facilitator", "DELETE FROM merge_conflict")
    with setup.open_as("lead") as cat:
        merge = CatalogueService(cat).merge
        merge.resolve(merge.conflicts()[0].id, "theirs")
        assert merge.conflicts() == []
    assert setup.scalar(f"SELECT title FROM measure WHERE id = '{clash}'") == \
        "Titel aus der Sitzung"
