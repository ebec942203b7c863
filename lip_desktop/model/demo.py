"""The demo catalogue: a realistic LIP 2.0 Hannover catalogue in the interchange format.

Facilitators try the app before their own catalogue exists, trainers show it in workshops,
and screenshots for the handbook need content. A demo that only fills a few fields would
hide half of the app, so this one deliberately exercises every feature: sub-goals,
measures of every kind and status, indicators, parity groups, a closed session with
attendance, agenda and one vote of each method, a vote with anonymous counts, positions,
compromises with Sondervoten, Word review comments and the terminology rules.

It also contains a few *deliberate* flaws so that the checks have something to show: one
agreed measure without a kind, one without a lead, one without indicators, and one
occurrence each of the outdated terms "Menschen mit Migrationshintergrund" and
"Mehrheitsgesellschaft". Everything else follows the spirit of the LIP 2.0: the whole
city is the target group, anti-discrimination and intercultural opening come first, and
time-limited projects are meant to become lasting structures.

The content is data, not code: ``lip_desktop/resources/demo.json`` holds the catalogue as
a ``lip-catalogue`` version 1 document (see the interchange contract), so an editor can
change a text without reading Python, and it goes through the same importer as any file:
the demo cannot drift from what the app accepts. Ids are fixed ``uuid5`` names, so loading
the demo twice merges instead of duplicating, and tests can rely on stable ids. Vote
results are ``null`` because the importer computes them from the ballots and counts.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Final


@cache
def _text() -> str:
    return (resources.files("lip_desktop") / "resources" / "demo.json").read_text("utf-8")


def demo_catalogue() -> dict[str, Any]:
    """The demo catalogue as a ``lip-catalogue`` version 1 dict, ready for the importer.

    Parsed fresh on every call, so callers may change it without affecting each other.
    """
    data: dict[str, Any] = json.loads(_text())
    return data


def default_terminology() -> list[dict[str, Any]]:
    """The three default terminology rules as interchange records.

    The ids do not depend on the catalogue (``uuid5`` of the term): the same rule keeps
    the same id in the demo, in generated catalogues and after a merge, so merging never
    duplicates a rule.
    """
    rules: list[dict[str, Any]] = demo_catalogue()["terminology"]
    return rules


#: The seven action fields of the LIP 2.0 Hannover: code, name, one-sentence description.
#: Shared with the generator so that synthetic catalogues use the same field codes.
ACTION_FIELDS: Final[tuple[tuple[str, str, str], ...]] = tuple(
    (field["code"], field["name"], field["description"])
    for field in demo_catalogue()["action_fields"])

#: The default terminology rules (term, replacement, note), worded exactly as in the
#: contract's example so that every catalogue starts with the same list.
DEFAULT_TERMINOLOGY: Final[tuple[tuple[str, str, str], ...]] = tuple(
    (rule["term"], rule["replacement"], rule["note"]) for rule in default_terminology())
