"""Implementation tracking: a measure's implementation state, yearly progress reports
and measured indicator values.

Every measure is marked as written: its interchange content gained the key
``implementation``, and the first writable open records that state as a revision.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: table -> (record type, id column); as model/tracking.py, frozen here for this migration
_TRACKED = {
    "measure": ("measure", "id"),
    "progress_report": ("progress_report", "id"),
    "indicator_value": ("indicator_value", "id"),
}


def upgrade() -> None:
    # SQLite adds a nullable column in place (no table copy): the measure's indicators,
    # which cascade from it, are never at risk here.
    with op.batch_alter_table("measure") as batch:
        batch.add_column(sa.Column("implementation", sa.JSON(), nullable=True))
    op.create_table(
        "progress_report",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(["measure_id"], ["measure.id"], ondelete="CASCADE",
                                name=op.f("fk_progress_report_measure_id_measure")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_report")),
    )
    with op.batch_alter_table("progress_report") as batch:
        batch.create_index(batch.f("ix_progress_report_measure_id"), ["measure_id"],
                           unique=False)
    op.create_table(
        "indicator_value",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("as_of", sa.String(length=32), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"], ondelete="CASCADE",
                                name=op.f("fk_indicator_value_indicator_id_indicator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
        sa.UniqueConstraint("indicator_id", "year",
                            name=op.f("uq_indicator_value_indicator_year")),
    )
    with op.batch_alter_table("indicator_value") as batch:
        batch.create_index(batch.f("ix_indicator_value_indicator_id"), ["indicator_id"],
                           unique=False)
    for table, (record_type, column) in _TRACKED.items():
        # ON CONFLICT (not SQLite's OR IGNORE): the same statement runs on PostgreSQL;
        # SQLite needs the WHERE to tell the upsert clause from a join.
        op.execute(f"INSERT INTO revision_dirty(record_type, record_id) "
                   f"SELECT '{record_type}', \"{column}\" FROM \"{table}\" WHERE true "
                   "ON CONFLICT DO NOTHING")


def downgrade() -> None:
    op.drop_table("indicator_value")
    op.drop_table("progress_report")
    with op.batch_alter_table("measure") as batch:
        batch.drop_column("implementation")
