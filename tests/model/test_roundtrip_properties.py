"""Property: whatever valid measure a file holds comes back out of the catalogue unchanged."""

from __future__ import annotations

import copy
import string
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import create_from

from lip_desktop.model import interchange

# Text as users type it, incl. umlauts, emoji, quotes and newlines (but no characters XML
# forbids: those are the Word/Excel exporters' business, JSON carries them fine anyway).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
MONTH = st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(2000, 2040), st.integers(1, 12))

MEASURE = st.fixed_dictionaries({
    "title": TEXT.filter(lambda t: t.strip() != ""),
    "description": TEXT,
    "lead": TEXT,
    "partners": st.lists(TEXT, max_size=3),
    "target_groups": st.lists(TEXT, max_size=3),
    "kind": st.sampled_from([None, "permanent", "time_limited", "review"]),
    "cost_eur": st.one_of(st.none(), st.floats(0, 1e9, allow_nan=False)),
    "funding": TEXT,
    "status": st.sampled_from(["draft", "in_discussion", "agreed", "deferred", "rejected"]),
    "priority": st.sampled_from([None, 1, 2, 3]),
    "origin": st.sampled_from(["expert_group", "survey", "public_event", "administration",
                               "other"]),
    "steering_decision": st.sampled_from([None, "approved", "revise", "rejected"]),
    "steering_note": TEXT,
    "start": st.one_of(st.none(), MONTH),
    "code": st.one_of(st.none(), st.text(string.digits, min_size=1, max_size=3).map(
        lambda n: f"BIL-M9.{int(n)}")),
})


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=MEASURE)
def test_any_valid_measure_round_trips(tmp_path_factory: Any, example_doc: dict[str, Any],
                                       fields: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_doc)
    measure = doc["measures"][0]
    measure.update(fields)
    measure["end"] = None
    if fields["code"] is None:
        measure["code"] = None
    folder: Path = tmp_path_factory.mktemp("rt")
    with create_from(folder / "a.lip", doc) as cat, cat.read() as conn:
        out = interchange.export_document(conn)
    got = out["measures"][0]
    for key, value in fields.items():
        if key == "code" and value is None:
            assert got["code"] == "BIL-M1.1"  # generated
        elif key == "cost_eur" and value is not None:
            assert got[key] == float(value)
        else:
            assert got[key] == value, key
    # And the exported document imports into another catalogue giving the same export.
    with create_from(folder / "b.lip", out) as again, again.read() as conn:
        second = interchange.export_document(conn)
    out.pop("exported_at"), second.pop("exported_at")
    assert second == out
