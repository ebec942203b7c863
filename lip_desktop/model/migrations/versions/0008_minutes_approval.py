"""Minutes approval: the state of a session's minutes (Entwurf, versandt, genehmigt), their
version, the approving session and agenda item, and the corrections recorded there.

The table is local to the file (the interchange format has no key for it); its rows belong
to their session in the change tracking, so writing one notes the session as written. A
new table has no rows yet: the "mark dirty" below is the pattern of every migration and
marks nothing here.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: table -> (record type, id column); as model/tracking.py, frozen here for this migration
_TRACKED = {
    "minutes_state": ("session", "session_id"),
}


def upgrade() -> None:
    op.create_table(
        "minutes_state",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.String(length=10), nullable=True),
        sa.Column("approved_in", sa.String(length=36), nullable=True),
        sa.Column("approval_item_id", sa.String(length=36), nullable=True),
        sa.Column("corrections", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["meeting.id"], ondelete="CASCADE",
                                name=op.f("fk_minutes_state_session_id_meeting")),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_minutes_state")),
    )
    with op.batch_alter_table("minutes_state") as batch:
        batch.create_index(batch.f("ix_minutes_state_approval_item_id"), ["approval_item_id"],
                           unique=False)
    for table, (record_type, column) in _TRACKED.items():
        # ON CONFLICT (not SQLite's OR IGNORE): the same statement runs on PostgreSQL;
        # SQLite needs the WHERE to tell the upsert clause from a join.
        op.execute(f"INSERT INTO revision_dirty(record_type, record_id) "
                   f"SELECT '{record_type}', \"{column}\" FROM \"{table}\" WHERE true "
                   "ON CONFLICT DO NOTHING")


def downgrade() -> None:
    op.drop_table("minutes_state")
