"""Parity of an expert group: as many voting members from the administration as external.

The LIP's expert groups are staffed in parity by city-administration experts and
external experts; only members with the role ``member`` count (facilitation, minutes and
guests do not vote). The catalogue check and the people view both ask this one function,
so the rule cannot drift between the warning in the check report and the label on screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from lip_desktop.model.records import Membership

#: The role whose holders count for parity (and vote).
VOTING_ROLE: Final = "member"


@dataclass(frozen=True, slots=True)
class Parity:
    """Voting members per side of one group."""

    administration: int
    external: int

    @property
    def balanced(self) -> bool:
        """True when both sides have the same number of voting members (also 0 · 0)."""
        return self.administration == self.external


def parity(members: Iterable[Membership | Mapping[str, Any]],
           sides: Mapping[str, str]) -> Parity:
    """Count the voting members of a group per side.

    ``members`` are memberships (records or interchange dicts with ``person_id`` and
    ``role``); ``sides`` maps person id to side key (``administration``/``external``).
    Members whose person is unknown are not counted: a dangling reference is reported
    by the reference check, not disguised as a parity problem.
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
    return Parity(administration, external)
