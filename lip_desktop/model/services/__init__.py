"""Intention-named operations on a catalogue: one call, one transaction, one history entry.

The UI and the command line call these and nothing else to change a catalogue (Anki's
collection operations are the model). Each returns an ``Outcome``: a frozen record and a
``Changes`` summary. Every field change is written to the change history with who, when,
old and new value. Validation goes through ``records.clean_record``; a refused change
raises a typed ``LipError`` and leaves the catalogue as it was.
"""

from lip_desktop.model.services.facade import CatalogueService

__all__ = ["CatalogueService", "warm_up"]


def warm_up() -> None:
    """Get the services ready for their first call: every ORM mapper is set up now (the
    first query would do it, about 0.2 s). The desktop calls this on a thread after the
    window's first paint, so that no click waits for it."""
    from lip_desktop.model import orm  # noqa: PLC0415 - imported by the facade anyway

    orm.configure()
