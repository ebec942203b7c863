"""Votes: opening, ballots, counts, closing, and the checks that keep closed results
unchanged when attendance or membership changes."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import select

from lip_desktop.model import orm, voting
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import (
    ConflictError,
    LipError,
    ValidationError,
    VoteRuleError,
)
from lip_desktop.model.records import (
    clean_record,
    to_record,
)
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit, now_text
from lip_desktop.model.snapshot import ballot_dict
from lip_desktop.model.values import (
    VoteState,
)


def _ballot(method: str, b: orm.BallotRow) -> dict[str, Any]:
    """A stored ballot row in the interchange form of its vote's method."""
    return ballot_dict(method, {
        "person_id": b.person_id, "option_id": b.option_id, "choice": b.choice,
        "points": b.points, "resistance": b.resistance, "score": b.score,
        "ranking": b.ranking})


#: Methods with one ballot per person (not one per person and option).
_ONE_BALLOT_PER_PERSON = ("yes_no", "ranked")


#: A vote's row, its options (id, label) and its ballots as plain values.
_VoteParts = tuple[orm.VoteRow, list[tuple[str, str]], list[dict[str, Any]]]


class VotesManager(Manager):
    """Votes and ballots; the checks that keep closed results as they were."""

    def _voters(self, unit: Unit, meeting_id: str) -> tuple[voting.Voter, ...]:
        meeting = self._get(unit, "session", meeting_id)
        rows = unit.db.execute(
            select(orm.PersonRow.id, orm.PersonRow.side, orm.PersonRow.name)
            .join(orm.MembershipRow, orm.MembershipRow.person_id == orm.PersonRow.id)
            .join(orm.AttendanceRow, orm.AttendanceRow.person_id == orm.PersonRow.id)
            .where(orm.MembershipRow.group_id == meeting.group_id,
                   orm.MembershipRow.role == "member",
                   orm.AttendanceRow.session_id == meeting_id,
                   orm.AttendanceRow.present.is_(True))
            .order_by(orm.MembershipRow.position))
        return tuple(voting.Voter(pid, cast(voting.Side, side), name)
                     for pid, side, name in rows)

    def _vote_parts(self, unit: Unit, vote_id: str) -> _VoteParts:
        row: orm.VoteRow = self._get(unit, "vote", vote_id)
        options = [(o.id, o.label) for o in unit.db.scalars(select(orm.VoteOptionRow).where(
            orm.VoteOptionRow.vote_id == vote_id).order_by(orm.VoteOptionRow.position))]
        ballots = [_ballot(row.method, b)
                   for b in unit.db.scalars(select(orm.BallotRow).where(
                orm.BallotRow.vote_id == vote_id).order_by(orm.BallotRow.ordinal,
                                                           orm.BallotRow.id))]
        return row, options, ballots

    def _compute(self, unit: Unit, vote_id: str,
                 voters: tuple[voting.Voter, ...] | None = None,
                 parts: _VoteParts | None = None) -> dict[str, Any]:
        """The result from the stored ballots; ``voters`` and ``parts`` when the caller has
        just read them in this unit (a ballot is cast in the room, read once per click)."""
        row, options, ballots = parts or self._vote_parts(unit, vote_id)
        if voters is None:
            voters = self._voters(unit, row.session_id)
        return voting.compute_result(row.method, row.rule, options, voters,
                                     ballots or None, row.counts if not ballots else None)

    def _vote_state(self, unit: Unit, vote_id: str,
                    voters: tuple[voting.Voter, ...] | None = None,
                    parts: _VoteParts | None = None) -> VoteState:
        row, _options, ballots = parts or self._vote_parts(unit, vote_id)
        if voters is None:
            voters = self._voters(unit, row.session_id)
        values = self._values("vote", row)
        values["options"] = tuple(
            to_record("vote_option", self._values("vote_option", o))
            for o in unit.db.scalars(select(orm.VoteOptionRow).where(
                orm.VoteOptionRow.vote_id == vote_id).order_by(orm.VoteOptionRow.position)))
        values["ballots"] = tuple(ballots)
        return VoteState(to_record("vote", values), voters)

    def get_vote(self, vote_id: str) -> VoteState:
        with self._read() as unit:
            return self._vote_state(unit, vote_id)

    def open_vote(self, meeting_id: str, question: str, method: str = "yes_no",
                  rule: Mapping[str, Any] | None = None, options: Sequence[str] = (), *,
                  subject_type: str | None = None, subject_id: str | None = None,
                  option_subjects: Sequence[tuple[str, str] | None] = ()) -> Outcome[VoteState]:
        """Start a vote in a running or planned session. Every method but yes/no ranks
        options and needs them; without ``rule`` the group's default for the method."""
        def work(unit: Unit) -> VoteState:
            meeting = self._service.meetings._open_meeting(unit, meeting_id)
            chosen = rule
            if chosen is None:
                group = self._get(unit, "group", meeting.group_id)
                chosen = (group.vote_defaults or {}).get(method)
            normalized = voting.normalize_rule(method, chosen)
            if method in voting.RANKING_METHODS and not options:
                raise ValidationError("no_options", record=question)
            values = self._create(unit, "vote", {
                "session_id": meeting_id, "question": question, "method": method,
                "rule": normalized, "status": "open", "opened_at": now_text(),
                "subject_type": subject_type, "subject_id": subject_id,
                "position": self._next_position(unit, "vote", {"session_id": meeting_id})})
            for i, label in enumerate(options):
                subject = option_subjects[i] if i < len(option_subjects) else None
                ov = clean_record("vote_option", {
                    "id": str(uuid.uuid4()), "label": label,
                    "subject_type": subject[0] if subject else None,
                    "subject_id": subject[1] if subject else None})
                self._check_subject(unit, "vote_option", ov)
                unit.db.add(orm.VoteOptionRow(vote_id=values["id"], position=i, **ov))
            unit.db.flush()
            row = self._get(unit, "vote", values["id"])
            row.result = self._compute(unit, values["id"])
            unit.db.flush()
            return self._vote_state(unit, values["id"])
        return self._run("open_vote", work)

    def _open_vote_row(self, unit: Unit, vote_id: str) -> orm.VoteRow:
        row: orm.VoteRow = self._get(unit, "vote", vote_id)
        if row.status == "closed":
            raise ConflictError("vote_closed", record=row.question)
        return row

    def cast_ballot(self, vote_id: str, person_id: str, *, choice: str | None = None,
                    option_id: str | None = None, points: int | None = None,
                    resistance: int | None = None, score: int | None = None,
                    ranking: Sequence[str] | None = None) -> Outcome[VoteState]:
        """Record (or correct) a person's ballot in an open vote.

        yes/no: ``choice``; dots: ``option_id`` and ``points`` (0 removes); consent:
        ``option_id`` and ``resistance``; score: ``option_id`` and ``score``; ranked:
        ``ranking``, option ids best first. A correction replaces the person's earlier
        ballot on the same option (yes/no and ranked: their one ballot); every other rule
        is checked by ``voting``.
        """
        def work(unit: Unit) -> VoteState:
            row = self._open_vote_row(unit, vote_id)
            if row.counts:
                raise ValidationError("ballots_and_counts", record=row.question)
            _, options, _ = self._vote_parts(unit, vote_id)
            per_person = row.method in _ONE_BALLOT_PER_PERSON
            key_option = None if per_person else option_id
            stored = list(unit.db.scalars(select(orm.BallotRow).where(
                orm.BallotRow.vote_id == vote_id).order_by(orm.BallotRow.ordinal,
                                                           orm.BallotRow.id)))
            replaced = next((b for b in stored if b.person_id == person_id
                             and (per_person or b.option_id == key_option)), None)
            others = [_ballot(row.method, b) for b in stored if b is not replaced]
            if row.method == "yes_no":
                ballot: dict[str, Any] = {"person_id": person_id, "choice": choice}
            elif row.method == "dots":
                ballot = {"person_id": person_id, "option_id": option_id, "points": points}
            elif row.method == "score":
                ballot = {"person_id": person_id, "option_id": option_id, "score": score}
            elif row.method == "ranked":
                ballot = {"person_id": person_id,
                          "ranking": list(ranking) if ranking is not None else None}
            else:
                ballot = {"person_id": person_id, "option_id": option_id,
                          "resistance": resistance}
            removing = row.method == "dots" and points == 0
            voters = self._voters(unit, row.session_id)  # attendance does not change here
            if not removing:
                try:
                    voting.check_ballot(row.method, row.rule, options, voters, others, ballot)
                except VoteRuleError as err:
                    person = unit.db.get(orm.PersonRow, person_id)
                    if person is not None:  # a non-voter is not in the voter list: name them
                        err.params["person"] = person.name
                    raise VoteRuleError(err.code, **err.params) from None
            old = None if replaced is None else _ballot(row.method, replaced)
            if replaced is not None:
                unit.db.delete(replaced)
                unit.db.flush()
            if not removing:
                unit.db.add(orm.BallotRow(
                    vote_id=vote_id, person_id=person_id, option_id=ballot.get("option_id"),
                    choice=ballot.get("choice"), points=ballot.get("points"),
                    resistance=ballot.get("resistance"), score=ballot.get("score"),
                    ranking=ballot.get("ranking"),
                    ordinal=replaced.ordinal if replaced is not None else len(stored)))
            unit.db.flush()
            unit.log("update", "vote", vote_id, None, "ballots", old, None if removing else ballot)
            parts = self._vote_parts(unit, vote_id)
            row.result = self._compute(unit, vote_id, voters, parts)
            unit.changes.updated["vote"].add(vote_id)
            return self._vote_state(unit, vote_id, voters, parts)
        return self._run("cast_ballot", work)

    def remove_ballot(self, vote_id: str, person_id: str, option_id: str | None = None
                      ) -> Outcome[VoteState]:
        """Take back a ballot of an open vote (a mis-click in the grid)."""
        def work(unit: Unit) -> VoteState:
            row = self._open_vote_row(unit, vote_id)
            for b in unit.db.scalars(select(orm.BallotRow).where(
                    orm.BallotRow.vote_id == vote_id, orm.BallotRow.person_id == person_id)):
                if option_id is None or b.option_id == option_id:
                    unit.log("update", "vote", vote_id, None, "ballots",
                             _ballot(row.method, b), None)
                    unit.db.delete(b)
            unit.db.flush()
            row.result = self._compute(unit, vote_id)
            unit.changes.updated["vote"].add(vote_id)
            return self._vote_state(unit, vote_id)
        return self._run("remove_ballot", work)

    def set_counts(self, vote_id: str, counts: Mapping[str, Any] | None) -> Outcome[VoteState]:
        """Enter anonymous totals (show of hands per side) instead of ballots."""
        def work(unit: Unit) -> VoteState:
            row = self._open_vote_row(unit, vote_id)
            _, options, ballots = self._vote_parts(unit, vote_id)
            if ballots and counts:
                raise ValidationError("ballots_and_counts", record=row.question)
            normalized = None if counts is None else voting.check_counts(
                row.method, row.rule, options, self._voters(unit, row.session_id), counts)
            unit.log("update", "vote", vote_id, None, "counts", row.counts, normalized)
            row.counts = normalized
            unit.db.flush()
            row.result = self._compute(unit, vote_id)
            unit.changes.updated["vote"].add(vote_id)
            return self._vote_state(unit, vote_id)
        return self._run("set_counts", work)

    def close_vote(self, vote_id: str) -> Outcome[VoteState]:
        """Freeze a vote: its ballots, counts and result can no longer change."""
        def work(unit: Unit) -> VoteState:
            row = self._open_vote_row(unit, vote_id)
            row.result = self._compute(unit, vote_id)
            row.status = "closed"
            row.closed_at = now_text()
            unit.log("update", "vote", vote_id, None, "status", "open", "closed")
            unit.changes.updated["vote"].add(vote_id)
            return self._vote_state(unit, vote_id)
        return self._run("close_vote", work)

    def annotate_vote(self, vote_id: str, note: str) -> Outcome[VoteState]:
        """A note on a vote; allowed after closing, since it changes no figure."""
        def work(unit: Unit) -> VoteState:
            row: orm.VoteRow = self._get(unit, "vote", vote_id)
            if row.note != note:
                unit.log("update", "vote", vote_id, None, "note", row.note, note)
                row.note = note
                unit.changes.updated["vote"].add(vote_id)
            return self._vote_state(unit, vote_id)
        return self._run("annotate_vote", work)

    def vote_note(self, vote_id: str) -> str:
        with self._read() as unit:
            return str(self._get(unit, "vote", vote_id).note)

    def _sessions_of_person(self, unit: Unit, person_id: str) -> list[str]:
        return list(unit.db.scalars(select(orm.AttendanceRow.session_id).where(
            orm.AttendanceRow.person_id == person_id)))

    def _assert_closed_votes_unchanged(self, unit: Unit, session_ids: Sequence[str]) -> None:
        """Closed votes are frozen: refuse any change that would alter their result."""
        if not session_ids:
            return
        for row in unit.db.scalars(select(orm.VoteRow).where(
                orm.VoteRow.session_id.in_(session_ids), orm.VoteRow.status == "closed")):
            try:
                result = self._compute(unit, row.id)
            except LipError:
                raise ConflictError("closed_vote_affected", record=row.question) from None
            if not voting.results_equal(row.method, row.result, result):
                raise ConflictError("closed_vote_affected", record=row.question)

    def _assert_open_ballots_valid(self, unit: Unit, session_ids: Sequence[str]) -> None:
        for row in unit.db.scalars(select(orm.VoteRow).where(
                orm.VoteRow.session_id.in_(session_ids), orm.VoteRow.status == "open")):
            try:
                self._compute(unit, row.id)
            except LipError:
                raise ConflictError("voter_has_ballot", record=row.question) from None

    def _refresh_open_results(self, unit: Unit, meeting_id: str) -> None:
        for row in unit.db.scalars(select(orm.VoteRow).where(
                orm.VoteRow.session_id == meeting_id, orm.VoteRow.status == "open")):
            row.result = self._compute(unit, row.id)
            unit.changes.updated["vote"].add(row.id)
