"""Alembic environment: always driven by the app with an open connection.

The catalogue code hands over a connection on which foreign keys are OFF (batch
migrations recreate tables, and a cascading delete on a dropped parent would empty its
children); it checks ``PRAGMA foreign_key_check`` afterwards.
"""

from __future__ import annotations

from alembic import context

from lip_desktop.model.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs alembic by hand
    raise RuntimeError("Migrationen laufen nur über LIP Desktop (lip-desktop open DATEI).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
