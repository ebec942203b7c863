"""Public participation (``contributions`` of interchange version 2): contributions read
from survey exports and what became of them.

Revision ID: 0010
Revises: 0009
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: table -> (record type, id column); as model/tracking.py, frozen here for this migration
_TRACKED = {"contribution": ("contribution", "id")}


def upgrade() -> None:
    op.create_table(
        "contribution",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=True),
        sa.Column("action_field_id", sa.String(length=36), nullable=True),
        sa.Column("subject_type", sa.String(length=20), nullable=True),
        sa.Column("subject_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["action_field_id"], ["action_field.id"],
                                name=op.f("fk_contribution_action_field_id_action_field")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution")),
    )
    with op.batch_alter_table("contribution") as batch:
        batch.create_index(batch.f("ix_contribution_action_field_id"), ["action_field_id"],
                           unique=False)
        batch.create_index(batch.f("ix_contribution_subject_id"), ["subject_id"],
                           unique=False)
    # A new table holds no rows yet; the mark keeps the rule that every migration marks
    # the tables it adds, so a re-chained migration that copies rows stays tracked.
    for table, (record_type, column) in _TRACKED.items():
        # ON CONFLICT (not SQLite's OR IGNORE): the same statement runs on PostgreSQL;
        # SQLite needs the WHERE to tell the upsert clause from a join.
        op.execute(f"INSERT INTO revision_dirty(record_type, record_id) "
                   f"SELECT '{record_type}', \"{column}\" FROM \"{table}\" WHERE true "
                   "ON CONFLICT DO NOTHING")


def downgrade() -> None:
    op.drop_table("contribution")
