"""The project's copy of the interchange contract must match the shared one it came from.

The tests read ``tests/contract`` so that a fresh clone passes on its own; when the shared
contract folder lies beside the checkout (as on the developers' machines and in CI), this
test makes sure the copy has not fallen behind it.
"""

from __future__ import annotations

import pytest
from conftest import CONTRACT, SHARED_CONTRACT


def test_every_shared_contract_file_is_copied_unchanged() -> None:
    if not SHARED_CONTRACT.is_dir():
        pytest.skip("kein ../shared/contract neben dem Checkout")
    shared = sorted(p.name for p in SHARED_CONTRACT.iterdir() if p.is_file())
    assert shared, "the shared contract folder is empty"
    for name in shared:
        assert (CONTRACT / name).read_bytes() == (SHARED_CONTRACT / name).read_bytes(), (
            f"tests/contract/{name} differs from ../shared/contract/{name}: copy it again")


def test_the_copy_holds_what_the_tests_read() -> None:
    for name in ("catalogue.schema.json", "example-small.json", "interchange.md",
                 "catalogue-v2.schema.json", "example-v2.json", "interchange-v2.md"):
        assert (CONTRACT / name).is_file(), name
