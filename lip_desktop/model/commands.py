"""Undoable edits as plain objects: ``apply`` and ``revert`` call the services.

The UI wraps each in a two-line ``QUndoCommand`` (``ui/undo.py``); tests call ``apply``
and ``revert`` directly. A command remembers what it needs to go back (the values before
an update, the bundle a deletion returned, the place a record was moved from), so undo
is itself an ordinary, validated, logged service call: undoing leaves a history entry
like any other edit, and nothing bypasses the rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from lip_desktop.model.changes import Changes, Outcome
from lip_desktop.model.contributions import ContributionState, StateChange
from lip_desktop.model.errors import ConflictError, LipError
from lip_desktop.model.records import SPECS, record_name

if TYPE_CHECKING:  # the services (and the interchange they import) load after the first paint
    from lip_desktop.model.services import CatalogueService


class Command(Protocol):
    """An edit that can be applied, reverted and applied again."""

    @property
    def text(self) -> str:
        """German description for the Edit menu ("Rückgängig: Titel ändern")."""
        ...

    def apply(self, service: CatalogueService) -> Changes: ...

    def revert(self, service: CatalogueService) -> Changes: ...


#: Which manager and method update a record type: (manager attribute, method name).
_UPDATE: dict[str, tuple[str, str]] = {
    "measure": ("structure", "update_measure"),
    "goal": ("structure", "update_goal"),
    "action_field": ("structure", "update_action_field"),
    "strategy_section": ("structure", "update_strategy_section"),
    "person": ("people", "update_person"),
    "group": ("people", "update_group"),
    "indicator": ("structure", "update_indicator"),
    "terminology": ("people", "update_term_rule"),
    "position": ("negotiation", "update_position"),
    "session": ("meetings", "update_meeting"),
    "indicator_value": ("implementation", "update_indicator_value"),
    "progress_report": ("implementation", "update_progress_report"),
}


def _update(service: CatalogueService, record_type: str, record_id: str,
            changes: Mapping[str, Any]) -> Changes:
    """Update one record through the manager that owns its type."""
    return _update_outcome(service, record_type, record_id, changes).changes


def _update_outcome(service: CatalogueService, record_type: str, record_id: str,
                    changes: Mapping[str, Any]) -> Outcome[Any]:
    """The update's whole outcome: its value is the record as the update left it."""
    if record_type == "catalogue":
        return service.structure.update_catalogue(**changes)
    manager, method = _UPDATE[record_type]
    update: Callable[..., Outcome[Any]] = getattr(getattr(service, manager), method)
    return update(record_id, **changes)


@dataclass
class UpdateFields:
    """Change fields of one record; ``before`` is read from the catalogue on first apply."""

    record_type: str
    record_id: str
    changes: Mapping[str, Any]
    label: str = ""
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    #: The values the person saw when they began editing (a form's fields): the first
    #: apply is refused (``changed_meanwhile``) when someone else saved one of them since.
    seen: Mapping[str, Any] | None = None

    @property
    def text(self) -> str:
        if self.label:
            return self.label
        spec = SPECS[self.record_type]
        names = ", ".join(spec.fields[k].label for k in self.changes if k in spec.fields)
        return f"{names} ändern"

    def apply(self, service: CatalogueService) -> Changes:
        """First apply: remember before and after. Redo: only over the state undo left.

        An edit of what someone saw (``seen`` covering every changed field) needs no read
        before it: it is refused unless those fields still hold what was seen, so when
        it goes through, the seen values are the values before. The values after come
        from the update's own result. Each read saved is a transaction (three round trips
        to a server) on every keystroke-and-Tab of a form.
        """
        if not self.before:
            seen = self.seen
            if seen is not None and all(k in seen for k in self.changes):
                before = {k: seen[k] for k in self.changes}
            else:
                before = self._current(service)
            if seen is None:
                outcome = _update_outcome(service, self.record_type, self.record_id,
                                          self.changes)
            else:
                with service.seen(self.record_type, self.record_id, seen):
                    outcome = _update_outcome(service, self.record_type, self.record_id,
                                              self.changes)
            self.before = before  # only once applied: a refused edit stays a first apply
            value = outcome.value
            if value is not None and all(hasattr(value, k) for k in self.changes):
                self.after = {k: getattr(value, k) for k in self.changes}
            else:
                self.after = self._current(service)
            return outcome.changes
        with service.expecting(self.record_type, self.record_id, self.before):
            return _update(service, self.record_type, self.record_id, self.changes)

    def revert(self, service: CatalogueService) -> Changes:
        """Refused (``undo_stale``) when a field no longer holds what this edit wrote."""
        with service.expecting(self.record_type, self.record_id, self.after):
            return _update(service, self.record_type, self.record_id, self.before)

    def _current(self, service: CatalogueService) -> dict[str, Any]:
        current = service.structure.get_record(self.record_type, self.record_id)
        return {k: getattr(current, k) for k in self.changes}


def _fields_of(service: CatalogueService, record_type: str, record_id: str
               ) -> dict[str, Any]:
    """The record's own stored fields (not its list position, which siblings move)."""
    record = service.structure.get_record(record_type, record_id)
    return {k: getattr(record, k) for k in SPECS[record_type].fields
            if k != "position" and hasattr(record, k)}


def _refuse_if_changed(service: CatalogueService, record_type: str, record_id: str,
                       expected: Mapping[str, Any]) -> None:
    """``undo_stale`` when someone changed the record since this step left it.

    Reads and the following write are two transactions; the single-writer lock keeps
    other programs out between them, and this program runs its edits one at a time.
    """
    if not expected:
        return
    current = _fields_of(service, record_type, record_id)
    spec = SPECS[record_type]
    for key, value in expected.items():
        if current.get(key) != value:
            shown = current.get(key)
            raise ConflictError(
                "undo_stale", record_type=spec.label, record=record_name(spec, current),
                field=spec.fields[key].label, field_key=key,
                current="leer" if shown in (None, "") else str(shown))


@dataclass
class AddRecord:
    """Create a record through ``create`` (a service call returning the new record);
    undo deletes it, redo restores the very same record (same id and code)."""

    label: str
    create: Callable[[CatalogueService], Any]
    record_type: str
    record_id: str | None = None
    bundle: dict[str, Any] | None = None

    @property
    def text(self) -> str:
        return self.label

    def apply(self, service: CatalogueService) -> Changes:
        if self.bundle is not None:  # redo after undo: the same record comes back
            return service.structure.restore_bundle(self.bundle).changes
        outcome = self.create(service)
        self.record_id = outcome.value.id
        return outcome.changes  # type: ignore[no-any-return]

    def revert(self, service: CatalogueService) -> Changes:
        """Undo deletes the record with whatever was set on it since: edits that are not
        undo steps (a compromise's status, its positions) belong to the record the user
        takes back, so no stale check here (unlike ``UpdateFields`` and ``MoveMeasure``)."""
        assert self.record_id is not None
        outcome = service.structure.delete_record(self.record_type, self.record_id)
        self.bundle = outcome.value
        return outcome.changes


@dataclass
class DeleteRecord:
    """Delete a goal (with everything below it) or a measure; undo restores the bundle."""

    record_type: str
    record_id: str
    label: str = ""
    bundle: dict[str, Any] | None = None

    @property
    def text(self) -> str:
        return self.label or f"{SPECS[self.record_type].label} löschen"

    def apply(self, service: CatalogueService) -> Changes:
        outcome = service.structure.delete_record(self.record_type, self.record_id)
        self.bundle = outcome.value
        return outcome.changes

    def revert(self, service: CatalogueService) -> Changes:
        assert self.bundle is not None
        return service.structure.restore_bundle(self.bundle).changes


@dataclass
class MoveMeasure:
    """Move a measure within or to another goal; undo puts it back where it was."""

    measure_id: str
    goal_id: str
    index: int
    label: str = "Maßnahme verschieben"
    origin: tuple[str | None, int] | None = None

    @property
    def text(self) -> str:
        return self.label

    def apply(self, service: CatalogueService) -> Changes:
        if self.origin is None:
            self.origin = service.structure.place_of("measure", self.measure_id)
        return service.structure.move_measure(self.measure_id, self.goal_id, self.index).changes

    def revert(self, service: CatalogueService) -> Changes:
        """Refused when someone moved the measure to another goal since."""
        assert self.origin is not None
        goal_id, index = self.origin
        assert goal_id is not None  # a measure always has a goal
        _refuse_if_changed(service, "measure", self.measure_id, {"goal_id": self.goal_id})
        return service.structure.move_measure(self.measure_id, goal_id, index).changes


@dataclass
class MoveSibling:
    """Move a goal, action field or strategy section among its siblings."""

    record_type: str
    record_id: str
    index: int
    label: str = "Verschieben"
    origin: int | None = None

    @property
    def text(self) -> str:
        return self.label

    def _move(self, service: CatalogueService, index: int) -> Changes:
        if self.record_type == "goal":
            return service.structure.move_goal(self.record_id, index).changes
        if self.record_type == "action_field":
            return service.structure.move_action_field(self.record_id, index).changes
        return service.structure.move_strategy_section(self.record_id, index).changes

    def apply(self, service: CatalogueService) -> Changes:
        if self.origin is None:
            self.origin = service.structure.place_of(self.record_type, self.record_id)[1]
        return self._move(service, self.index)

    def revert(self, service: CatalogueService) -> Changes:
        assert self.origin is not None
        return self._move(service, self.origin)


def combined(parts: list[Changes]) -> Changes:
    """One change summary for several service calls (one undo step, one refresh)."""
    created: dict[str, set[str]] = {}
    updated: dict[str, set[str]] = {}
    deleted: dict[str, set[str]] = {}
    for part in parts:
        for target, group in ((created, part.created), (updated, part.updated),
                              (deleted, part.deleted)):
            for record_type, ids in group.items():
                target.setdefault(record_type, set()).update(ids)
    return Changes({k: frozenset(v) for k, v in created.items()},
                   {k: frozenset(v) for k, v in updated.items()},
                   {k: frozenset(v) for k, v in deleted.items()},
                   any(part.moved for part in parts))


@dataclass
class ResolveConflict:
    """Decide one conflict of the merge queue: keep this catalogue's value ("mine"),
    take the other's ("theirs") or a third text ("edited", ``value``). Undo reopens the
    conflict and puts back the value this catalogue had (``service.merge.reopen``, which
    refuses with ``undo_stale`` when the field changed since)."""

    conflict_id: int
    take: str
    value: Any = None
    title: str = ""
    field_label: str = ""

    @property
    def text(self) -> str:
        return f"Konflikt entscheiden: {self.title} – {self.field_label}"

    def apply(self, service: CatalogueService) -> Changes:
        return service.merge.resolve(self.conflict_id, self.take, self.value).changes

    def revert(self, service: CatalogueService) -> Changes:
        return service.merge.reopen(self.conflict_id).changes


@dataclass
class Batch:
    """Several commands decided at once (a multi-selection): one undo step. All or
    nothing: when one step is refused, those already made are undone (newest first)
    before the refusal goes on to the caller. ``many`` names the step for the Edit menu."""

    steps: list[Any]
    many: ClassVar[str] = "{n} Schritte"

    @property
    def text(self) -> str:
        if len(self.steps) == 1:
            return str(self.steps[0].text)
        return self.many.format(n=len(self.steps))

    def apply(self, service: CatalogueService) -> Changes:
        return self._run(service, self.steps, forward=True)

    def revert(self, service: CatalogueService) -> Changes:
        return self._run(service, list(reversed(self.steps)), forward=False)

    @staticmethod
    def _run(service: CatalogueService, steps: list[Any], *, forward: bool) -> Changes:
        done: list[Any] = []
        parts: list[Changes] = []
        try:
            for step in steps:
                parts.append(step.apply(service) if forward else step.revert(service))
                done.append(step)
        except LipError:
            for step in reversed(done):
                if forward:
                    step.revert(service)
                else:
                    step.apply(service)
            raise
        return combined(parts)


@dataclass
class ResolveConflicts(Batch):
    """Several conflicts decided at once ("Übernehmen" on a multi-selection)."""

    steps: list[ResolveConflict]
    many: ClassVar[str] = "{n} Konflikte entscheiden"


@dataclass
class DecideProposal:
    """Accept (``accept=True``, optionally with the facilitator's ``edited`` text) or reject
    one wording proposal. Undo reopens it; an accepted one also puts back the field's former
    text (``service.proposals.reopen``, refused with ``undo_stale`` when the field
    changed since)."""

    proposal_id: str
    accept: bool
    edited: str | None = None
    title: str = ""
    before: str | None = None
    written: str | None = None

    @property
    def text(self) -> str:
        verb = "übernehmen" if self.accept else "ablehnen"
        return f"Änderungsvorschlag {verb}: {self.title}" if self.title \
            else f"Änderungsvorschlag {verb}"

    def apply(self, service: CatalogueService) -> Changes:
        if not self.accept:
            return service.proposals.reject(self.proposal_id).changes
        entry = service.proposals.find(self.proposal_id)
        record = service.structure.get_record(entry.subject_type, entry.subject_id)
        self.before = getattr(record, entry.field)
        outcome = service.proposals.accept(self.proposal_id, self.edited)
        self.written = self.edited if self.edited is not None else entry.new_text
        return outcome.changes

    def revert(self, service: CatalogueService) -> Changes:
        return service.proposals.reopen(self.proposal_id, written=self.written,
                                        before=self.before).changes


@dataclass
class DecideProposals(Batch):
    """Several proposals decided at once."""

    steps: list[DecideProposal]
    many: ClassVar[str] = "{n} Änderungsvorschläge entscheiden"


@dataclass
class SetContributionState:
    """What became of one contribution: linked to a goal or measure (``considered``), not
    taken with a reason, a duplicate, or new again. Undo puts the former state back and
    removes the reason comment it wrote (``service.contributions.restore_state``)."""

    contribution_id: str
    after: ContributionState
    reason: str = ""
    author: str = ""
    done: StateChange | None = None

    @property
    def text(self) -> str:
        return {"considered": "Beitrag verknüpfen",
                "not_taken": "Beitrag nicht übernehmen",
                "duplicate": "Beitrag als Dublette markieren"}.get(
                    self.after.status, "Beitrag zurücksetzen")

    def apply(self, service: CatalogueService) -> Changes:
        outcome = service.contributions.set_state(self.contribution_id, self.after,
                                                  reason=self.reason, author=self.author)
        self.done = outcome.value
        return outcome.changes

    def revert(self, service: CatalogueService) -> Changes:
        if self.done is None:
            raise ConflictError("undo_stale", record_type="Beitrag", record=self.contribution_id,
                                field="Status", current="unbekannt")
        return service.contributions.restore_state(self.done).changes


@dataclass
class SetContributionStates(Batch):
    """Several contributions decided at once (a multi-selection in the view)."""

    steps: list[SetContributionState]
    many: ClassVar[str] = "{n} Beiträge entscheiden"
