"""Reading the steering group's decisions back from a returned measure list (.xlsx).

The file comes back from outside and is untrusted. Before anything here runs,
``files.read_office_file`` has checked the zip container (size, entry count, compression
ratio, macros). The XML inside is parsed by openpyxl, which uses ``defusedxml`` when it
is installed and ``OPENPYXL_DEFUSEDXML`` is not switched off; that protects against
entity-expansion ("billion laughs") and external-entity attacks. This module refuses to
load without that protection (checked at import, not with ``assert``, which ``-O`` drops).

The steering group may sort, filter, hide and move columns, so columns are found by
their heading as ``excel.MEASURE_SHEET`` declares it (the columns marked ``returned``),
not by position: the hidden record id, Kennung, Maßnahme, Votum and Anmerkung. The
catalogue the list was exported from is read from the Info sheet's hidden row (or the
document properties). Which row means which measure is decided in the model
(``model.steering.match_decisions``), by record id; this module only reads. Every bad
row is reported at once, by its Excel row number, so the facilitator can fix the file
in one go.
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

import openpyxl
from openpyxl import load_workbook

from lip_desktop.export.excel import (
    COL_CODE,
    COL_DECISION,
    COL_ID,
    COL_NOTE,
    COL_TITLE,
    INFO_CATALOGUE,
    INFO_CATALOGUE_ID,
    MEASURE_SHEET,
    SHEET_INFO,
    SHEET_MEASURES,
)
from lip_desktop.model import enums
from lip_desktop.model.errors import InterchangeError, LipError, ValidationError
from lip_desktop.model.steering import DecisionList
from lip_desktop.model.values import SteeringDecisionIn

if openpyxl.DEFUSEDXML is not True:  # pragma: no cover - an installation defect
    raise RuntimeError(
        "openpyxl läuft ohne defusedxml (Paket fehlt oder OPENPYXL_DEFUSEDXML=False); "
        "zurückgeschickte Excel-Dateien werden so nicht gelesen.")

#: How far down the header row may be (someone may insert a title row above it).
HEADER_SEARCH_ROWS: Final = 20

#: openpyxl warnings about parts of a workbook we never read. Excel and LibreOffice add
#: such parts when the steering group saves the list (e.g. the data validation drop-down
#: as an x14 extension); losing them in our read-only pass is harmless, so exactly these
#: are silenced. Anything else openpyxl warns about is left alone.
_HARMLESS_WARNINGS: Final = (
    r"Data Validation extension is not supported and will be removed",
    r"Conditional Formatting extension is not supported and will be removed",
    r"Unknown extension is not supported and will be removed",
    r"Workbook contains no default style, apply openpyxl's default",
    r"Slicer List extension is not supported and will be removed",
)
_SPACES: Final = re.compile(r"\s+")

_LABEL_TO_KEY: Final = {_SPACES.sub(" ", unicodedata.normalize("NFC", label)).casefold(): key
                        for key, label in enums.STEERING_DECISION.items()}
_ALLOWED: Final = ", ".join(enums.STEERING_DECISION.values())


def read_decisions(data: bytes, source_name: str) -> DecisionList:
    """One ``SteeringDecisionIn`` per measure row of the returned list, with the
    catalogue id and title the list was exported from (None when absent).

    Raises ``LipError("bad_office_file")`` when the sheet or a required column is
    missing, and ``InterchangeError`` listing every row with an unknown decision (or a
    measure listed twice with different entries). Rows that are empty in the three
    columns read are skipped; an empty decision or note means "leave as it is" (None).
    """
    def bad_file(reason: str) -> LipError:
        return LipError("bad_office_file", path=source_name, kind="Excel", reason=reason)

    with _harmless_warnings_silenced():
        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except LipError:
            raise
        except Exception as exc:  # any parser failure: the file is not a usable workbook
            raise bad_file(f"nicht lesbar: {type(exc).__name__}") from exc
        try:
            return _read(wb, bad_file)
        finally:
            wb.close()


@contextmanager
def _harmless_warnings_silenced() -> Iterator[None]:
    with warnings.catch_warnings():
        for message in _HARMLESS_WARNINGS:
            warnings.filterwarnings("ignore", message=message, category=UserWarning,
                                    module=r"openpyxl(\..*)?")
        yield


def _catalogue(wb: Any) -> tuple[str | None, str | None]:
    """(id, title) of the catalogue the list came from: the Info sheet's rows, else the
    document properties' identifier."""
    found: dict[str, str | None] = {}
    sheet = next((n for n in wb.sheetnames if _norm(n) == _norm(SHEET_INFO)), None)
    if sheet is not None and hasattr(wb[sheet], "iter_rows"):
        ws = wb[sheet]
        ws.reset_dimensions()
        labels = {_norm(label): label for label in (INFO_CATALOGUE, INFO_CATALOGUE_ID)}
        for number, row in enumerate(ws.iter_rows(max_col=2, values_only=True), start=1):
            if row and isinstance(row[0], str) and _norm(row[0]) in labels:
                found.setdefault(labels[_norm(row[0])], _text(_at(row, 1)))
            if len(found) == len(labels) or number > HEADER_SEARCH_ROWS:
                break
    identifier = found.get(INFO_CATALOGUE_ID)
    if identifier is None:
        identifier = _text(getattr(wb.properties, "identifier", None))
    return identifier, found.get(INFO_CATALOGUE)


def _read(wb: Any, bad_file: Any) -> DecisionList:
    sheet_name = next((n for n in wb.sheetnames if _norm(n) == _norm(SHEET_MEASURES)), None)
    if sheet_name is None:
        raise bad_file(f"das Blatt „{SHEET_MEASURES}“ fehlt")
    ws = wb[sheet_name]
    if not hasattr(ws, "iter_rows"):
        raise bad_file(f"„{SHEET_MEASURES}“ ist ein Diagrammblatt, keine Tabelle")
    # The stored dimension may be missing or wrong in files saved by other programs.
    ws.reset_dimensions()
    rows = ws.iter_rows(values_only=True)

    wanted = {_norm(c.header): c.header for c in MEASURE_SHEET if c.returned}
    columns: dict[str, int] = {}
    header_row = 0
    for number, row in enumerate(rows, start=1):
        found = {wanted[_norm(v)]: i for i, v in enumerate(row)
                 if isinstance(v, str) and _norm(v) in wanted}
        if COL_CODE in found:
            columns, header_row = found, number
            break
        if number >= HEADER_SEARCH_ROWS:
            break
    if not header_row:
        raise bad_file(f"im Blatt „{SHEET_MEASURES}“ fehlt die Kopfzeile mit der "
                       f"Spalte „{COL_CODE}“")
    missing = [c for c in (COL_DECISION, COL_NOTE) if c not in columns]
    if missing:
        names = " und ".join(f"„{c}“" for c in missing)
        raise bad_file(f"im Blatt „{SHEET_MEASURES}“ fehlt die Spalte {names}"
                       if len(missing) == 1 else
                       f"im Blatt „{SHEET_MEASURES}“ fehlen die Spalten {names}")

    out: list[SteeringDecisionIn] = []
    problems: list[LipError] = []
    seen: dict[str, SteeringDecisionIn] = {}
    for number, row in enumerate(rows, start=header_row + 1):
        code = _text(_at(row, columns[COL_CODE]))
        raw_decision = _at(row, columns[COL_DECISION])
        note = _note(_at(row, columns[COL_NOTE]))
        label = _text(raw_decision)
        measure_id = _text(_at(row, columns[COL_ID])) if COL_ID in columns else None
        title = (_text(_at(row, columns[COL_TITLE])) or "") if COL_TITLE in columns else None
        if code is None and label is None and note is None:
            continue  # an empty row, or a row of other content without a measure
        decision: str | None = None
        if label is not None:
            decision = _LABEL_TO_KEY.get(_norm(label))
            if decision is None:
                problems.append(ValidationError(
                    "bad_decision_row", row=number, value=label, allowed=_ALLOWED,
                    field_key="steering_decision"))
                continue
        item = SteeringDecisionIn(row=number, code=code or "", decision=decision, note=note,
                                  measure_id=measure_id or "", title=title)
        earlier = seen.get(item.code) if item.code else None
        if earlier is not None:
            if (earlier.decision, earlier.note) != (item.decision, item.note):
                problems.append(ValidationError(
                    "duplicate_code", value=item.code, first=f"Zeile {earlier.row}",
                    second=f"Zeile {number}", field_key="code"))
            continue  # the same entry twice: harmless, read once
        if item.code:
            seen[item.code] = item
        out.append(item)
    if problems:
        raise InterchangeError(problems)
    catalogue_id, catalogue_title = _catalogue(wb)
    return DecisionList(catalogue_id, catalogue_title, tuple(out))


def _at(row: tuple[Any, ...], index: int) -> Any:
    return row[index] if index < len(row) else None


def _text(value: Any) -> str | None:
    """A cell's content as stripped text; empty → None. Numbers keep their usual form."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _note(value: Any) -> str | None:
    """A note cell as written: only an empty (or blank) cell is "no note". Stripping it
    made an unchanged list change every note with a leading space or final line break."""
    text = _text(value)
    if text is None:
        return None
    return value if isinstance(value, str) else text


def _norm(text: str) -> str:
    """Headings and sheet names compared without case, extra spaces or Unicode form."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()
