"""Staffing of an expert group ("Besetzung"): as many voting members from the
administration as external ones ("ausgewogen besetzt").

The LIP's expert groups are staffed evenly by city-administration experts and external
experts; only members with the role ``member`` count (facilitation, minutes and guests do
not vote). The catalogue check, the people view, the live window and the minutes all ask
this one function, so the rule cannot drift between the warning in the check report and
the label on screen.

Named "Besetzung", never "Parität": "Parität" is the vote rule that asks for a majority on
both sides (``model.vote_wording.DOUBLE_MAJORITY``). The two are different questions (a
group can be evenly staffed and vote without that rule, and the other way round).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from lip_desktop.model.records import Membership

#: The role whose holders count for the staffing (and vote).
VOTING_ROLE: Final = "member"


@dataclass(frozen=True, slots=True)
class Staffing:
    """Voting members per side of one group."""

    administration: int
    external: int

    @property
    def balanced(self) -> bool:
        """True when both sides have the same number of voting members (also 0 · 0)."""
        return self.administration == self.external


def staffing(members: Iterable[Membership | Mapping[str, Any]],
             sides: Mapping[str, str]) -> Staffing:
    """Count the voting members of a group per side.

    ``members`` are memberships (records or interchange dicts with ``person_id`` and
    ``role``); ``sides`` maps person id to side key (``administration``/``external``).
    Members whose person is unknown are not counted: a dangling reference is reported
    by the reference check, not disguised as a staffing problem.
    """
    administration = external = 0
    for m in members:
        if isinstance(m, Membership):
            person_id, role = m.person_id, m.role
        else:
            person_id, role = m["person_id"], m["role"]
        if role != VOTING_ROLE:
            continue
        side = sides.get(person_id)
        if side == "administration":
            administration += 1
        elif side == "external":
            external += 1
    return Staffing(administration, external)
