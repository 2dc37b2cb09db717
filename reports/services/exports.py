"""xlsx and csv writers for the attachments, safe from formula injection.

* xlsx: every ``text``/``phone`` cell is stored as a string cell (openpyxl would otherwise store
  any value starting with ``=`` as a formula) with the text number format ``@``, so spreadsheets
  show ``=1+1``, ``@SUM(A1)`` and ``+86 138…`` literally and keep leading zeros.
* csv: a csv has no cell types, so a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading apostrophe (the OWASP advice): spreadsheets then show it as text
  with the apostrophe instead of evaluating it. The file starts with a UTF-8 BOM for Excel.
  The xlsx is the version meant to be opened in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import TYPE_STRING
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from reports.columns import Column

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

Row = Mapping[str, Any]


def cell_value(row: Row, column: Column) -> Any:
    value = row.get(column.key)
    if column.kind == "int":
        return (
            value
            if isinstance(value, int) and not isinstance(value, bool)
            else ("—" if value is None else value)
        )
    return "" if value is None else str(value)


def to_xlsx(title: str, columns: Sequence[Column], rows: Iterable[Row], sheet: str = "Sheet1") -> bytes:
    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet[:31]
    _text(ws.cell(row=1, column=1), title).font = Font(bold=True, size=14)
    for index, column in enumerate(columns, 1):
        cell = _text(ws.cell(row=2, column=index), str(column.header))
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(index)].width = column.width
    for row_number, row in enumerate(rows, 3):
        for index, column in enumerate(columns, 1):
            value = cell_value(row, column)
            cell = ws.cell(row=row_number, column=index)
            if column.kind == "int" and isinstance(value, int):
                cell.value = value
            else:
                _text(cell, str(value))
    ws.freeze_panes = "A3"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _text(cell, value: str):
    """A string cell that stays a string: set the value, then force the type and the text format."""
    cell.value = value
    cell.data_type = TYPE_STRING
    cell.number_format = "@"
    return cell


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def to_csv(columns: Sequence[Column], rows: Iterable[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(str(column.header)) for column in columns])
    for row in rows:
        values = []
        for column in columns:
            value = cell_value(row, column)
            values.append(value if isinstance(value, int) else neutralise(str(value)))
        writer.writerow(values)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
