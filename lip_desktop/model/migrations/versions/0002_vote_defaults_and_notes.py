"""Group default vote rules and annotations of closed votes.

Revision ID: 0002
Revises: 0001
"""
from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always": the table-copy path on a parent table (memberships cascade from
    # groups) is the one that emptied child tables with foreign keys on; it runs here on
    # purpose so every migrated catalogue proves the guard in storage.migrate.
    # PostgreSQL alters in place (a copy there could not drop the referenced original).
    recreate: Literal["always", "auto"] = (
        "always" if op.get_context().dialect.name == "sqlite" else "auto")
    with op.batch_alter_table("expert_group", recreate=recreate) as batch:
        batch.add_column(sa.Column("vote_defaults", sa.JSON(), nullable=True))
    with op.batch_alter_table("vote") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("vote") as batch:
        batch.drop_column("note")
    recreate: Literal["always", "auto"] = (
        "always" if op.get_context().dialect.name == "sqlite" else "auto")
    with op.batch_alter_table("expert_group", recreate=recreate) as batch:
        batch.drop_column("vote_defaults")
