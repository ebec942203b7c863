"""Ballots of score and ranked polls: a score per option, a ranking per voter.

A score ballot is (person, option, score); a ranked ballot is one row per voter holding
the whole ranking (a list of option ids), since one stored ballot is one exchanged
ballot everywhere it is read (snapshot, revisions). Existing rows keep their meaning, so
nothing is marked for a new revision.

Revision ID: 0005
Revises: 0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ballot") as batch:
        batch.add_column(sa.Column("score", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("ranking", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("ballot") as batch:
        batch.drop_column("ranking")
        batch.drop_column("score")
