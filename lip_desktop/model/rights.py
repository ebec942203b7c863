"""Who may change what in a catalogue on a server: the one home of the rule.

Four roles (issue 9): the project lead changes everything; a facilitator changes the
records of their action fields and reads the rest; the steering group sets only a
measure's steering decision and note; a reader changes nothing. A catalogue file has no
logins: whoever holds the file is the lead (``LEAD``).

The rule is checked twice, from this module: the service checks it before it writes (a
clear German refusal naming record and field, nothing written; ``rights_guard``), and
the server enforces the same rule with roles, column grants and row-level security
(``server_rights``), so that a plain SQL client cannot get round it. Both read the record
types below; keep them in step by changing them here only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from lip_desktop.model.errors import LipError

ROLES: Final[tuple[str, ...]] = ("lead", "facilitator", "steering", "reader")

#: German names of the roles, as refusals and ``server-rights`` show them.
ROLE_LABELS: Final[dict[str, str]] = {
    "lead": "Projektleitung",
    "facilitator": "Moderation",
    "steering": "Lenkungsgruppe",
    "reader": "Lesezugriff",
}

#: Record types that belong to an action field: a facilitator changes those of their
#: fields. Beyond the issue's list (goals, measures, indicators, groups, sessions, votes,
#: positions, compromises) the records a session or a measure carries belong to the same
#: field (parking items, decisions, speeches; yearly values and reports): running one's own
#: session or reporting on one's own measures must not need the lead.
FIELD_BOUND: Final[frozenset[str]] = frozenset({
    "goal", "measure", "indicator", "group", "session", "vote", "position", "compromise",
    "parking_item", "decision", "speech", "indicator_value", "progress_report",
})

#: What a facilitator files but does not decide: bringing a session copy back
#: (``lip-desktop merge URL KOPIE.lip``) puts its clashes into the conflict queue, which
#: the lead decides. A facilitator adds entries (create); changing or deleting them stays
#: the lead's, and the server grants only INSERT.
FILED_BY_FACILITATOR: Final[frozenset[str]] = frozenset({"merge_conflict"})

#: What the steering group may set: these fields of a measure, nothing else.
STEERING_FIELDS: Final[frozenset[str]] = frozenset({"steering_decision", "steering_note"})


@dataclass(frozen=True, slots=True)
class Rights:
    """The rights of one login in one catalogue (``field_codes``: a facilitator's
    action fields, by code, as ``server-grant --field`` names them)."""

    role: str
    field_codes: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise LipError("rights_bad_role", role=self.role, roles=", ".join(ROLES))

    @property
    def is_lead(self) -> bool:
        return self.role == "lead"

    @property
    def changes_nothing(self) -> bool:
        """A reader: the catalogue is opened read-only."""
        return self.role == "reader"

    def may_change(self, record_type: str, field_key: str | None = None,
                   action_field_code: str | None = None) -> bool:
        """Whether this login may change ``field_key`` of a record (``None``: create or
        delete the record) of ``record_type`` that belongs to ``action_field_code``
        (``None``: the record belongs to no field, or its field is not known)."""
        if self.role == "lead":
            return True
        if self.role == "steering":
            return record_type == "measure" and field_key in STEERING_FIELDS
        if self.role == "facilitator":
            if record_type in FILED_BY_FACILITATOR:
                return field_key is None
            return (record_type in FIELD_BOUND and action_field_code is not None
                    and action_field_code in self.field_codes)
        return False

    @property
    def label(self) -> str:
        """``Moderation (Handlungsfelder BIL, GES)``: the role as refusals name it."""
        name = ROLE_LABELS[self.role]
        if self.role == "facilitator":
            codes = ", ".join(sorted(self.field_codes)) or "keine"
            noun = "Handlungsfeld" if len(self.field_codes) == 1 else "Handlungsfelder"
            return f"{name} ({noun} {codes})"
        return name

    def refusal(self, record_type_label: str, record: str, field_label: str | None
                ) -> LipError:
        """The German refusal: names the record and the field (or that the record itself
        may not be created or deleted), and the role that does not allow it."""
        if field_label is None:
            return LipError("rights_refused_record", record_type=record_type_label,
                            record=record, role=self.label)
        return LipError("rights_refused_field", record_type=record_type_label,
                        record=record, field=field_label, role=self.label)


#: A catalogue file, and the owner of a server database: everything.
LEAD: Final = Rights("lead")

#: How a record the forms show reaches its action field: (parent type, key of its id).
#: The server's policies walk the same way in SQL (``server_rights.FIELD_OF``).
_PARENT: Final[dict[str, tuple[str, str]]] = {
    "goal": ("action_field", "action_field_id"),
    "group": ("action_field", "action_field_id"),
    "measure": ("goal", "goal_id"),
    "indicator": ("measure", "measure_id"),
}


def field_code_of(record_type: str, record: Any,
                  fetch: Callable[[str, str], Any]) -> str | None:
    """The code of the action field ``record`` belongs to (a goal, group, measure or
    indicator; None for others), fetching parents by ``fetch(type, id)`` (the forms pass
    the hub's record reader)."""
    while record_type != "action_field":
        step = _PARENT.get(record_type)
        if step is None or record is None:
            return None
        record_type, key = step
        parent_id = getattr(record, key, None)
        record = fetch(record_type, parent_id) if parent_id else None
    code = getattr(record, "code", None)
    return None if code is None else str(code)
