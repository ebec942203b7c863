"""A version number per record, checked in the same statement as each update.

Revision ID: 0011
Revises: 0010
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: The record tables (orm.TABLES) as of this migration.
_TABLES = (
    "catalogue", "action_field", "strategy_section", "person", "expert_group", "goal",
    "measure", "indicator", "meeting", "stance", "compromise", "vote", "review_comment",
    "terminology", "parking_item", "decision", "indicator_value", "progress_report",
    "proposal", "speech", "contribution",
)


def upgrade() -> None:
    # A column with a constant default is added in place on both databases (SQLite's
    # ADD COLUMN, no table copy), and every existing record starts at version 1.
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in reversed(_TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
