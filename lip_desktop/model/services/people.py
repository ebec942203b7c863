"""People, expert groups and their members, group vote defaults, and term rules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from lip_desktop.model import orm, voting
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import (
    ConflictError,
)
from lip_desktop.model.records import (
    Person,
    TermRuleRecord,
    clean_record,
    to_record,
)
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit


class PeopleManager(Manager):
    """People, term rules, expert groups, their members and vote defaults."""

    def add_person(self, name: str, side: str, organisation: str = "") -> Outcome[Person]:
        return self._add_plain("person", {"name": name, "side": side,
                                          "organisation": organisation})

    def update_person(self, person_id: str, **changes: Any) -> Outcome[Person]:
        def work(unit: Unit) -> Person:
            values = self._update(unit, "person", person_id, changes)
            if "side" in changes:
                votes = self._service.votes
                votes._assert_closed_votes_unchanged(
                    unit, votes._sessions_of_person(unit, person_id))
            return to_record("person", values)  # type: ignore[no-any-return]
        return self._run("update_person", work)

    def remove_person(self, person_id: str) -> Outcome[Person]:
        def work(unit: Unit) -> Person:
            row = self._get(unit, "person", person_id)
            used = any(
                unit.db.scalar(select(func.count()).select_from(cls).where(
                    cls.person_id == person_id))
                for cls in (orm.MembershipRow, orm.AttendanceRow, orm.BallotRow,
                            orm.PositionRow, orm.DissentRow, orm.SpeechRow,
                            orm.SpeakerEntryRow))
            if used:
                raise ConflictError("person_in_use", record=row.name)
            return to_record("person", self._delete(unit, "person", person_id))  # type: ignore[no-any-return]
        return self._run("remove_person", work)

    def add_term_rule(self, term: str, replacement: str, note: str = ""
                      ) -> Outcome[TermRuleRecord]:
        return self._add_plain("terminology", {"term": term, "replacement": replacement,
                                               "note": note})

    def update_term_rule(self, rule_id: str, **changes: Any) -> Outcome[TermRuleRecord]:
        return self._update_plain("terminology", rule_id, changes)

    def remove_term_rule(self, rule_id: str) -> Outcome[TermRuleRecord]:
        return self._run("remove_terminology",
                         lambda unit: to_record("terminology",
                                             self._delete(unit, "terminology", rule_id)))

    def add_group(self, action_field_id: str, name: str) -> Outcome[Any]:
        def work(unit: Unit) -> Any:
            values = self._create(unit, "group", {
                "action_field_id": action_field_id, "name": name,
                "position": self._next_position(unit, "group", {})})
            return to_record("group", values)
        return self._run("add_group", work)

    def update_group(self, group_id: str, **changes: Any) -> Outcome[Any]:
        return self._update_plain("group", group_id, changes)

    def set_group_vote_defaults(self, group_id: str, method: str,
                                rule: Mapping[str, Any] | None) -> Outcome[dict[str, Any]]:
        """The rule a new vote of this group starts with (quorum, majority, parity,
        dots per person ...); ``None`` goes back to the general defaults."""
        def work(unit: Unit) -> dict[str, Any]:
            row = self._get(unit, "group", group_id)
            current = dict(row.vote_defaults or {})
            old = current.get(method)
            if rule is None:
                current.pop(method, None)
            else:
                current[method] = voting.normalize_rule(method, rule)
            row.vote_defaults = current or None
            unit.log("update", "group", group_id, None, f"vote_defaults:{method}", old,
                  current.get(method))
            unit.changes.updated["group"].add(group_id)
            return voting.normalize_rule(method, current.get(method))
        return self._run("set_group_vote_defaults", work)

    def group_vote_defaults(self, group_id: str, method: str) -> dict[str, Any]:
        with self._read() as unit:
            row = self._get(unit, "group", group_id)
            return voting.normalize_rule(method, (row.vote_defaults or {}).get(method))

    def remove_group(self, group_id: str) -> Outcome[Any]:
        def work(unit: Unit) -> Any:
            row = self._get(unit, "group", group_id)
            if unit.db.scalar(select(func.count()).select_from(orm.MeetingRow).where(
                    orm.MeetingRow.group_id == group_id)):
                raise ConflictError("group_in_use", record=row.name)
            for m in unit.db.scalars(select(orm.MembershipRow).where(
                    orm.MembershipRow.group_id == group_id)):
                unit.log("delete", "membership", group_id, None, m.person_id, m.role, None)
            return to_record("group", self._delete(unit, "group", group_id))
        return self._run("remove_group", work)

    def set_member(self, group_id: str, person_id: str, role: str | None) -> Outcome[None]:
        """Add, change or (``role=None``) remove a person's membership in a group."""
        def work(unit: Unit) -> None:
            self._get(unit, "group", group_id)
            self._get(unit, "person", person_id)
            if role is not None:
                clean_record("membership", {"person_id": person_id, "role": role})
            row = unit.db.get(orm.MembershipRow, (group_id, person_id))
            old = row.role if row else None
            if old == role:
                return
            if row is None:
                unit.db.add(orm.MembershipRow(
                    group_id=group_id, person_id=person_id, role=role,
                    position=self._member_position(unit, group_id)))
            elif role is None:
                unit.db.delete(row)
            else:
                row.role = role
            unit.db.flush()
            unit.log("update", "group", group_id, None, f"member:{person_id}", old, role)
            unit.changes.updated["group"].add(group_id)
            sessions = list(unit.db.scalars(select(orm.MeetingRow.id).where(
                orm.MeetingRow.group_id == group_id)))
            self._service.votes._assert_closed_votes_unchanged(unit, sessions)
            self._service.votes._assert_open_ballots_valid(unit, sessions)
        return self._run("set_member", work)

    def _member_position(self, unit: Unit, group_id: str) -> int:
        top = unit.db.scalar(select(func.max(orm.MembershipRow.position)).where(
            orm.MembershipRow.group_id == group_id))
        return 0 if top is None else top + 1
