"""SQLAlchemy mapping of the catalogue file. Stays inside the model package.

Column names equal the interchange keys, so rows convert to records and JSON without a
mapping table. Polymorphic references (``subject_type``/``subject_id``) cannot be foreign
keys; the services and the import check them instead. Ordering columns (``position``)
exist on every list the user orders, so exports and views are stable.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    configure_mappers,
    declared_attr,
    mapped_column,
)

#: Named constraints from day one: Alembic's batch mode needs them to alter SQLite tables.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}  # noqa: RUF012 - SQLAlchemy API


class Versioned:
    """A record's version, counted up by every ORM update and checked in the same UPDATE
    statement (``WHERE id = … AND version = …``): two people saving the same record on a
    server cannot overwrite each other unseen between one's read and write (on a file,
    ``BEGIN IMMEDIATE`` already serialises writers). The bulk import writes by Core and
    leaves the number as it is; its changes are in the history like every other.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1,
                                         server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class CatalogueRow(Versioned, Base):
    __tablename__ = "catalogue"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(Text, default="")
    process: Mapped[str] = mapped_column(Text, default="")
    draft_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str] = mapped_column(String(32))


class ActionFieldRow(Versioned, Base):
    __tablename__ = "action_field"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class StrategySectionRow(Versioned, Base):
    __tablename__ = "strategy_section"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class PersonRow(Versioned, Base):
    __tablename__ = "person"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text, default="")
    side: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class GroupRow(Versioned, Base):
    __tablename__ = "expert_group"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    action_field_id: Mapped[str] = mapped_column(ForeignKey("action_field.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Default rules per method for new votes of this group (``vote_defaults`` in version 2
    #: of the interchange format): ``{"yes_no": {...}, "dots": {...}, "consent": {...}}``.
    vote_defaults: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class MembershipRow(Base):
    __tablename__ = "membership"
    group_id: Mapped[str] = mapped_column(
        ForeignKey("expert_group.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class GoalRow(Versioned, Base):
    __tablename__ = "goal"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    action_field_id: Mapped[str] = mapped_column(ForeignKey("action_field.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("goal.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MeasureRow(Versioned, Base):
    __tablename__ = "measure"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[list[Any]] = mapped_column(JSON, default=list)
    target_groups: Mapped[list[Any]] = mapped_column(JSON, default=list)
    start: Mapped[str | None] = mapped_column(String(10))
    end: Mapped[str | None] = mapped_column(String(10))
    kind: Mapped[str | None] = mapped_column(String(20))
    cost_eur: Mapped[float | None] = mapped_column(Float)
    funding: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    priority: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(20))
    steering_decision: Mapped[str | None] = mapped_column(String(20))
    steering_note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: ``{status, responsible, note, updated_at}`` after adoption (null before): the
    #: latest state, one value, as the interchange format carries it.
    implementation: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class IndicatorRow(Versioned, Base):
    __tablename__ = "indicator"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    definition: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[float | None] = mapped_column(Float)
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[float | None] = mapped_column(Float)
    target_year: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class MeetingRow(Versioned, Base):
    __tablename__ = "meeting"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("expert_group.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[str] = mapped_column(String(19))
    ends_at: Mapped[str | None] = mapped_column(String(19))
    location: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Live state of a running session, kept in the file so that after a crash or a
    #: closed lid the session reopens on the same agenda item with its clock running.
    current_item_id: Mapped[str | None] = mapped_column(String(36))
    item_started_at: Mapped[str | None] = mapped_column(String(32))


class AttendanceRow(Base):
    __tablename__ = "attendance"
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), primary_key=True, index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AgendaItemRow(Base):
    __tablename__ = "agenda_item"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int | None] = mapped_column(Integer)
    subject_type: Mapped[str | None] = mapped_column(String(20))
    subject_id: Mapped[str | None] = mapped_column(ID, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PositionRow(Versioned, Base):
    __tablename__ = "stance"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[str] = mapped_column(ID, index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    side: Mapped[str | None] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CompromiseRow(Versioned, Base):
    __tablename__ = "compromise"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[str] = mapped_column(ID, index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)


class CompromisePositionRow(Base):
    __tablename__ = "compromise_position"
    compromise_id: Mapped[str] = mapped_column(
        ForeignKey("compromise.id", ondelete="CASCADE"), primary_key=True
    )
    position_id: Mapped[str] = mapped_column(
        ForeignKey("stance.id"), primary_key=True, index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer, default=0)


class DissentRow(Base):
    __tablename__ = "dissent"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    compromise_id: Mapped[str] = mapped_column(
        ForeignKey("compromise.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    label: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)


class VoteRow(Versioned, Base):
    __tablename__ = "vote"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    subject_type: Mapped[str | None] = mapped_column(String(20))
    subject_id: Mapped[str | None] = mapped_column(ID, index=True)
    question: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(20))
    rule: Mapped[dict[str, Any]] = mapped_column(JSON)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    opened_at: Mapped[str | None] = mapped_column(String(32))
    closed_at: Mapped[str | None] = mapped_column(String(32))
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: The facilitator's annotation; the only thing that may change after closing.
    #: Exchanged as ``annotation`` (``FieldSpec.column`` maps the key to this column).
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class VoteOptionRow(Base):
    __tablename__ = "vote_option"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    vote_id: Mapped[str] = mapped_column(ForeignKey("vote.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(Text)
    subject_type: Mapped[str | None] = mapped_column(String(20))
    subject_id: Mapped[str | None] = mapped_column(ID, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class BallotRow(Base):
    """One exchanged ballot: which columns hold it depends on the vote's method (yes/no
    ``choice``; dots ``option_id`` + ``points``; consent ``option_id`` + ``resistance``;
    score ``option_id`` + ``score``; ranked the voter's whole ``ranking``, a list of
    option ids, best first). ``snapshot.ballot_dict`` is the one reader."""

    __tablename__ = "ballot"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vote_id: Mapped[str] = mapped_column(ForeignKey("vote.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    option_id: Mapped[str | None] = mapped_column(ForeignKey("vote_option.id"))
    choice: Mapped[str | None] = mapped_column(String(10))
    points: Mapped[int | None] = mapped_column(Integer)
    resistance: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[int | None] = mapped_column(Integer)
    ranking: Mapped[list[str] | None] = mapped_column(JSON)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)


class ReviewCommentRow(Versioned, Base):
    __tablename__ = "review_comment"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[str] = mapped_column(ID, index=True)
    author: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(20))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TermRuleRow(Versioned, Base):
    __tablename__ = "terminology"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    term: Mapped[str] = mapped_column(Text)
    replacement: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ParkingItemRow(Versioned, Base):
    """Themenspeicher: a topic parked during a session, to come back to later."""

    __tablename__ = "parking_item"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), default="open")  # open/converted/dropped
    converted_type: Mapped[str | None] = mapped_column(String(20))
    converted_id: Mapped[str | None] = mapped_column(ID)
    position: Mapped[int] = mapped_column(Integer, default=0)


class DecisionRow(Versioned, Base):
    """An entry of a session's running decision list."""

    __tablename__ = "decision"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[str | None] = mapped_column(ID)
    text: Mapped[str] = mapped_column(Text)
    subject_type: Mapped[str | None] = mapped_column(String(20))
    subject_id: Mapped[str | None] = mapped_column(ID)
    vote_id: Mapped[str | None] = mapped_column(ID)
    created_at: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, default=0)


class MinutesStateRow(Base):
    """How far a session's minutes have come (``model/minutes_state.py``); local to the
    file, the interchange format has no key for it. No row: Entwurf, never sent.

    ``approval_item_id`` and ``approved_in`` are plain ids without a foreign key: an import
    or merge replaces a session's agenda items as a whole (same ids, deleted and written
    again), which would clear a ``SET NULL`` link; a link whose item is gone is ignored.
    """

    __tablename__ = "minutes_state"
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(10))
    version: Mapped[int] = mapped_column(Integer, default=0)
    sent_on: Mapped[str | None] = mapped_column(String(10))
    approved_in: Mapped[str | None] = mapped_column(ID)
    approval_item_id: Mapped[str | None] = mapped_column(ID, index=True)
    corrections: Mapped[list[Any]] = mapped_column(JSON, default=list)


class ProgressReportRow(Versioned, Base):
    """A yearly implementation report on a measure (every year's is kept)."""

    __tablename__ = "progress_report"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    measure_id: Mapped[str] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    reported_by: Mapped[str] = mapped_column(Text, default="")
    reported_at: Mapped[str | None] = mapped_column(String(32))


class IndicatorValueRow(Versioned, Base):
    """A measured value of an indicator; at most one per indicator and year."""

    __tablename__ = "indicator_value"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    as_of: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("indicator_id", "year",
                                       name="uq_indicator_value_indicator_year"),)


class SpeechRow(Versioned, Base):
    """A finished speech of the speakers list (``speeches``): only finished ones are rows
    here; the waiting list and the running speech are ``SpeakerEntryRow``."""

    __tablename__ = "speech"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[str | None] = mapped_column(ID)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    started_at: Mapped[str] = mapped_column(String(32))
    seconds: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SpeakerEntryRow(Base):
    """A request to speak on the waiting list, or (``started_at`` set) the speech running
    now: stored at once, so a crash mid-speech loses neither the list nor the start.
    Working state of the room, not exchanged (the finished speech is)."""

    __tablename__ = "speaker_entry"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[str | None] = mapped_column(ID)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[str | None] = mapped_column(String(32))


class SpeakerSettingRow(Base):
    """A session's speakers-list options: parity order, speaking time on the projector,
    the speaking-time limit per agenda item (``{item id: seconds}``). Not exchanged."""

    __tablename__ = "speaker_setting"
    session_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    parity: Mapped[bool] = mapped_column(Boolean, default=False)
    show_times: Mapped[bool] = mapped_column(Boolean, default=False)
    limits: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ProposalRow(Versioned, Base):
    """Wording proposed for a text field of a goal, measure, strategy section or
    indicator; no foreign key, since the subject may be any of four tables (like
    review comments)."""

    __tablename__ = "proposal"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[str] = mapped_column(ID, index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_text: Mapped[str] = mapped_column(Text)
    new_text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(10), default="open")
    decided_at: Mapped[str | None] = mapped_column(String(32))
    decided_by: Mapped[str | None] = mapped_column(Text)
    draft_version: Mapped[int | None] = mapped_column(Integer)
    thread: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ContributionRow(Versioned, Base):
    """A contribution from public participation. The action field is a foreign key (an
    action field in use is not removed silently); the goal or measure it fed is a
    polymorphic subject, checked by the services and the import like review comments'."""

    __tablename__ = "contribution"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str | None] = mapped_column(String(32))
    action_field_id: Mapped[str | None] = mapped_column(ForeignKey("action_field.id"),
                                                        index=True)
    subject_type: Mapped[str | None] = mapped_column(String(20))
    subject_id: Mapped[str | None] = mapped_column(ID, index=True)
    status: Mapped[str] = mapped_column(String(10), default="new")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ChangeRow(Base):
    """One entry of the change history: who changed which field of which record, and how."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(Text)
    operation: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(ID)
    record_code: Mapped[str | None] = mapped_column(Text)
    field: Mapped[str | None] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)  # JSON text of the value
    new: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_change_log_record", "record_type", "record_id"),)



class RevisionRow(Base):
    """One state a record had: the hash of its interchange content, in the order the states
    came. A plain copy of the file carries this chain, so two copies know the last state
    they share; a merge adds the other side's states as ``known`` (see model/revisions.py)."""

    __tablename__ = "record_revision"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(ID)
    hash: Mapped[str] = mapped_column(String(40))  # "-" for a deleted record
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(10), default="edit")  # edit / merge / known

    __table_args__ = (Index("ix_record_revision_record", "record_type", "record_id"),)


class RevisionDataRow(Base):
    """The content of a recorded state, by hash: the base values of a three-way merge."""

    __tablename__ = "revision_data"
    hash: Mapped[str] = mapped_column(String(40), primary_key=True)
    data: Mapped[str] = mapped_column(Text)


class RevisionDirtyRow(Base):
    """Records written in the running transaction (filled by triggers), turned into
    revisions before the commit."""

    __tablename__ = "revision_dirty"
    record_type: Mapped[str] = mapped_column(String(30), primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)


class ConflictRow(Base):
    """A conflict a merge found, kept until someone decides it (the conflict queue)."""

    __tablename__ = "merge_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))  # field/deleted_here/deleted_there/vote_result
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str | None] = mapped_column(String(40))
    base: Mapped[str | None] = mapped_column(Text)  # JSON texts
    mine: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    #: records that came with ``theirs`` and wait for it (children of a record deleted here)
    payload: Mapped[str | None] = mapped_column(Text)
    mine_by: Mapped[str] = mapped_column(Text, default="")
    mine_at: Mapped[str | None] = mapped_column(String(32))
    theirs_by: Mapped[str] = mapped_column(Text, default="")
    theirs_at: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(Text, default="")
    found_at: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(10), default="open")  # open/mine/theirs/edited
    decided_at: Mapped[str | None] = mapped_column(String(32))
    decided_by: Mapped[str | None] = mapped_column(Text)
    #: what the decision wrote and what stood there before (JSON), for undo
    decided_value: Mapped[str | None] = mapped_column(Text)
    before_value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_merge_conflict_record", "record_type", "record_id"),)

#: Table per record type, for the services and the bulk import.
TABLES: dict[str, type[Base]] = {
    "catalogue": CatalogueRow,
    "action_field": ActionFieldRow,
    "strategy_section": StrategySectionRow,
    "person": PersonRow,
    "group": GroupRow,
    "goal": GoalRow,
    "measure": MeasureRow,
    "indicator": IndicatorRow,
    "session": MeetingRow,
    "position": PositionRow,
    "compromise": CompromiseRow,
    "vote": VoteRow,
    "review_comment": ReviewCommentRow,
    "terminology": TermRuleRow,
    "parking_item": ParkingItemRow,
    "decision": DecisionRow,
    "indicator_value": IndicatorValueRow,
    "progress_report": ProgressReportRow,
    "proposal": ProposalRow,
    "speech": SpeechRow,
    "contribution": ContributionRow,
}


def configure() -> None:
    """Set every mapper up now. The first ORM query would do it (about 0.2 s at start);
    the desktop calls this off the GUI thread after its first paint."""
    configure_mappers()
