"""Revisions of every record (the merge's common base) and the conflict queue.

Every existing record is marked as written, so the first writable open records its
present state as the first revision: two copies of a migrated file then share it.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: table -> (record type, id column); as model/tracking.py, frozen here for this migration
_TRACKED = {
    "catalogue": ("catalogue", "id"), "action_field": ("action_field", "id"),
    "strategy_section": ("strategy_section", "id"), "person": ("person", "id"),
    "expert_group": ("group", "id"), "goal": ("goal", "id"), "measure": ("measure", "id"),
    "indicator": ("indicator", "id"), "meeting": ("session", "id"),
    "stance": ("position", "id"), "compromise": ("compromise", "id"), "vote": ("vote", "id"),
    "review_comment": ("review_comment", "id"), "terminology": ("terminology", "id"),
    "parking_item": ("parking_item", "id"), "decision": ("decision", "id"),
}


def upgrade() -> None:
    op.create_table(
        "record_revision",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("hash", sa.String(length=40), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_record_revision")),
    )
    op.create_index("ix_record_revision_record", "record_revision",
                    ["record_type", "record_id"], unique=False)
    op.create_table(
        "revision_data",
        sa.Column("hash", sa.String(length=40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("hash", name=op.f("pk_revision_data")),
    )
    op.create_table(
        "revision_dirty",
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_revision_dirty")),
    )
    op.create_table(
        "merge_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_type", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=True),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("mine", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("mine_by", sa.Text(), nullable=False),
        sa.Column("mine_at", sa.String(length=32), nullable=True),
        sa.Column("theirs_by", sa.Text(), nullable=False),
        sa.Column("theirs_at", sa.String(length=32), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("found_at", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decided_at", sa.String(length=32), nullable=True),
        sa.Column("decided_by", sa.Text(), nullable=True),
        sa.Column("decided_value", sa.Text(), nullable=True),
        sa.Column("before_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_conflict")),
    )
    op.create_index("ix_merge_conflict_record", "merge_conflict",
                    ["record_type", "record_id"], unique=False)
    for table, (record_type, column) in _TRACKED.items():
        # ON CONFLICT (not SQLite's OR IGNORE): the same statement runs on PostgreSQL;
        # SQLite needs the WHERE to tell the upsert clause from a join.
        op.execute(f"INSERT INTO revision_dirty(record_type, record_id) "
                   f"SELECT '{record_type}', \"{column}\" FROM \"{table}\" WHERE true "
                   "ON CONFLICT DO NOTHING")


def downgrade() -> None:
    op.drop_table("merge_conflict")
    op.drop_table("revision_dirty")
    op.drop_table("revision_data")
    op.drop_index("ix_record_revision_record", table_name="record_revision")
    op.drop_table("record_revision")
