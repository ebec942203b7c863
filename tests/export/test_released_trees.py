"""Big office files go without a collector pass (issue 14, no frozen window).

A job pauses Python's cyclic collector; what it leaves in reference cycles is freed by
one pass at its end that holds the GIL, and the window cannot repaint meanwhile. The
readers and writers of large office files therefore leave nothing large in cycles: the
reviewed draft's two parses of the body are emptied a child at a time before the reader
returns, and a return sheet's cells leave their workbook once it is saved.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from lip_desktop.export import files, review
from lip_desktop.export.returns import build_return_sheets
from lip_desktop.export.word import build_draft
from lip_desktop.model import demo, generate


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_release_tree_empties_a_tree_and_keeps_what_is_still_referenced() -> None:
    root = etree.fromstring("<body>" + "<p><r><t>x</t></r></p>" * 500 + "<tbl/></body>")
    kept = root[3]  # a proxy held elsewhere keeps its subtree alive, unlinked
    files.release_tree(root)
    assert len(root) == 0
    assert kept.tag == "p" and kept.getparent() is None
    assert etree.tostring(kept) == b"<p><r><t>x</t></r></p>"
    files.release_tree(root)  # an empty tree: nothing to do


def test_the_reviewed_draft_reader_parses_the_body_once_and_empties_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx gets the package with an empty body (its shared parser keeps the GIL
    for the whole parse); the body is parsed once by the reader and emptied before it
    returns. Comments and properties still come through python-docx."""
    released: list[Any] = []
    real = files.release_tree

    def spy(root: Any) -> None:
        released.append(root)
        real(root)

    opened: list[Any] = []
    real_open = review._open

    def spy_open(data: bytes, source_name: str) -> Any:
        opened.append(real_open(data, source_name))
        return opened[-1]

    monkeypatch.setattr(review, "release_tree", spy)
    monkeypatch.setattr(review, "_open", spy_open)
    data = build_draft(demo.demo_catalogue()).data
    draft = review.read_reviewed_draft(data, "E.docx")
    assert draft.texts and draft.draft_version == 1  # fields and properties were read
    assert len(opened[0].element.body) == 0  # python-docx never saw the body
    assert [etree.QName(r).localname for r in released] == ["body"]
    assert len(released[0]) == 0


def test_return_sheets_leave_no_cells_in_cycles(collector_off: None) -> None:
    """What the collector finds after building the sheets does not grow with the rows:
    before, each measure's row left about 70 objects in cycles (11,000 for 72 measures,
    1.4 million at 21,000); now what is left is each workbook's fixed parts."""

    def left_in_cycles(goals_per_field: int) -> tuple[int, int]:
        sheets, _warnings = build_return_sheets(
            generate.generate_catalogue(goals_per_field=goals_per_field), 2025)
        assert sheets and all(s.data for s in sheets)
        return gc.collect(), sum(s.measures for s in sheets)

    small, small_rows = left_in_cycles(1)
    large, large_rows = left_in_cycles(4)
    assert large_rows >= 3 * small_rows
    assert large - small < 20 * (large_rows - small_rows)


@pytest.mark.parametrize("offset", [40, 2_000])
def test_a_damaged_body_is_refused_in_german(offset: int) -> None:
    """python-docx no longer unpacks the body, so the reader's own unpacking names a
    damaged body (a broken compressed stream, or a checksum that does not match)."""
    import io
    import zipfile

    from lip_desktop.model.errors import LipError

    data = build_draft(demo.demo_catalogue()).data
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        info = source.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    damaged = bytearray(data)
    for i in range(start + offset, start + offset + 16):
        damaged[i] ^= 0x5A
    with pytest.raises(LipError) as caught:
        review.read_reviewed_draft(bytes(damaged), "Entwurf.docx")
    assert caught.value.code == "bad_office_file"
    assert "Entwurf.docx" in caught.value.message and "beschädigt" in caught.value.message


def test_a_cancelled_measure_list_leaves_no_temp_files_and_nothing_raising_later(
        collector_off: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Abbrechen" during the Excel list: each sheet streamed into a temporary file
    through two generators; left to the collector they raised in its finalisers
    ("Exception ignored …", at some later moment) and the files stayed in the temp
    folder until the program ended."""
    import sys

    from openpyxl.worksheet import _writer

    from lip_desktop.export.excel import build_measure_list
    from lip_desktop.model.errors import CancelledError

    before = set(_writer.ALL_TEMP_FILES)
    calls = 0

    def progress(_done: int, _total: int) -> bool:
        nonlocal calls
        calls += 1
        return calls < 2  # the second call comes with the sheets half written

    ignored: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    with pytest.raises(CancelledError):
        build_measure_list(generate.generate_catalogue(goals_per_field=2), progress=progress)
    gc.collect()
    made = set(_writer.ALL_TEMP_FILES) - before
    assert calls == 2
    assert ignored == []
    assert not any(Path(p).exists() for p in made)
