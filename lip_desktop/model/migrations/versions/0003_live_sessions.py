"""Live sessions: current agenda item and its start, Themenspeicher, decision list.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("current_item_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("item_started_at", sa.String(length=32), nullable=True))
    op.create_table(
        "parking_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("converted_type", sa.String(length=20), nullable=True),
        sa.Column("converted_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_parking_item_session_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parking_item")),
    )
    with op.batch_alter_table("parking_item") as batch:
        batch.create_index(batch.f("ix_parking_item_session_id"), ["session_id"], unique=False)
    op.create_table(
        "decision",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("subject_type", sa.String(length=20), nullable=True),
        sa.Column("subject_id", sa.String(length=36), nullable=True),
        sa.Column("vote_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_decision_session_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision") as batch:
        batch.create_index(batch.f("ix_decision_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    op.drop_table("decision")
    op.drop_table("parking_item")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("item_started_at")
        batch.drop_column("current_item_id")
