"""The speakers list (Redeliste): finished speeches (``speeches`` of interchange version
2), the waiting list with the running speech, and each session's list options.

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: table -> (record type, id column); as model/tracking.py, frozen here for this migration
_TRACKED = {
    "speech": ("speech", "id"),
}


def upgrade() -> None:
    op.create_table(
        "speech",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_speech_session_id_meeting")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_speech_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speech")),
    )
    op.create_index(op.f("ix_speech_session_id"), "speech", ["session_id"], unique=False)
    op.create_index(op.f("ix_speech_person_id"), "speech", ["person_id"], unique=False)
    op.create_table(
        "speaker_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_speaker_entry_session_id_meeting")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_speaker_entry_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_entry")),
    )
    op.create_index(op.f("ix_speaker_entry_session_id"), "speaker_entry", ["session_id"],
                    unique=False)
    op.create_index(op.f("ix_speaker_entry_person_id"), "speaker_entry", ["person_id"],
                    unique=False)
    op.create_table(
        "speaker_setting",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("parity", sa.Boolean(), nullable=False),
        sa.Column("show_times", sa.Boolean(), nullable=False),
        sa.Column("limits", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_speaker_setting_session_id_meeting")),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_speaker_setting")),
    )
    # The 0004 pattern: mark what the merge tracks. New tables hold no rows yet, so this
    # marks nothing today; it stays correct if the lead re-chains data into them.
    for table, (record_type, column) in _TRACKED.items():
        # ON CONFLICT (not SQLite's OR IGNORE): the same statement runs on PostgreSQL;
        # SQLite needs the WHERE to tell the upsert clause from a join.
        op.execute(f"INSERT INTO revision_dirty(record_type, record_id) "
                   f"SELECT '{record_type}', \"{column}\" FROM \"{table}\" WHERE true "
                   "ON CONFLICT DO NOTHING")


def downgrade() -> None:
    op.drop_table("speaker_setting")
    op.drop_index(op.f("ix_speaker_entry_person_id"), table_name="speaker_entry")
    op.drop_index(op.f("ix_speaker_entry_session_id"), table_name="speaker_entry")
    op.drop_table("speaker_entry")
    op.drop_index(op.f("ix_speech_person_id"), table_name="speech")
    op.drop_index(op.f("ix_speech_session_id"), table_name="speech")
    op.drop_table("speech")
