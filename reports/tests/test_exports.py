"""Attachments 2 and 3 as xlsx and csv: text stays text (no formulas), phones keep + and zeros;
LibreOffice headless opens them showing the literal text."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest
import time_machine
from openpyxl import load_workbook

from reports.models import Contact
from reports.services import exports
from reports.tests.conftest import sh
from reports.tests.test_returns import client_for

NASTY = {
    "unit_name": "=1+1",
    "person": "@SUM(A1)",
    "title": "-2+3",
    "office_phone": "02166668888",
    "mobile": "+86 13812345678",
    "email": "hr@example.cn",
}


@pytest.fixture
def nasty_contact(world):
    return Contact.objects.create(campaign=world.campaign, organisation=world.university, **NASTY)


def xlsx_cells(content: bytes) -> dict[str, tuple[object, str]]:
    sheet = load_workbook(io.BytesIO(content)).active
    return {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row if cell.value is not None}


def soffice_to_csv(path: Path, tmp_path: Path) -> list[list[str]]:
    """Convert with LibreOffice headless (a private profile, so parallel runs do not clash)."""
    out = tmp_path / "out"
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            *(["--infilter=CSV:44,34,76,1"] if path.suffix == ".csv" else []),
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = (out / (path.stem + ".csv")).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text)))


def test_the_contacts_xlsx_keeps_every_text_cell_as_text(world, nasty_contact):
    response = client_for(world.admin).get("/reports/contacts/attachment-2.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_TYPE
    cells = xlsx_cells(response.content)
    for value in NASTY.values():
        assert cells[value] == "s", value  # a string cell, not a formula ("f") or a number ("n")


def test_the_contacts_csv_neutralises_formula_triggers_and_keeps_phones(world, nasty_contact):
    response = client_for(world.department_staff).get("/reports/contacts/attachment-2.csv")
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    row = next(r for r in csv.reader(io.StringIO(text)) if "hr@example.cn" in r)
    assert "'=1+1" in row and "'@SUM(A1)" in row and "'-2+3" in row
    assert "'+86 13812345678" in row and "02166668888" in row


def test_a_department_elsewhere_does_not_get_the_contact(world, nasty_contact):
    response = client_for(world.shanghai_staff).get("/reports/contacts/attachment-2.csv")
    assert "hr@example.cn" not in response.content.decode("utf-8-sig")


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_shows_the_literal_text_of_both_exports(world, nasty_contact, tmp_path):
    client = client_for(world.admin)
    xlsx = tmp_path / "attachment-2.xlsx"
    xlsx.write_bytes(client.get("/reports/contacts/attachment-2.xlsx").content)
    rows = soffice_to_csv(xlsx, tmp_path)
    row = next(r for r in rows if "hr@example.cn" in r)
    for value in NASTY.values():
        assert value in row, (value, row)
    assert "2" not in row and "1" not in row[1:]  # nothing was evaluated

    csv_file = tmp_path / "attachment-2-from-csv.csv"
    csv_file.write_bytes(client.get("/reports/contacts/attachment-2.csv").content)
    converted = tmp_path / "again"
    converted.mkdir()
    rows = soffice_to_csv(csv_file, converted)
    row = next(r for r in rows if "hr@example.cn" in r)
    assert "'=1+1" in row and "2" not in row  # shown with its apostrophe, never evaluated
    assert "'+86 13812345678" in row and "'@SUM(A1)" in row
    # A csv has no cell types: a spreadsheet reads a digits-only phone as a number (the xlsx
    # keeps it). The file itself keeps it exactly, as the csv test above shows.


@pytest.mark.libreoffice
@pytest.mark.slow
def test_a_filed_attachment_3_exports_again_with_its_remarks_literal(world, tmp_path):
    with time_machine.travel(sh("2025-10-20 10:00"), tick=False):
        client = client_for(world.university_staff)
        client.post("/reports/weekly/2025-10-13/", {"remarks": '=HYPERLINK("http://x")'})
        content = client.get("/reports/weekly/2025-10-13/attachment-3.xlsx").content
    cells = xlsx_cells(content)
    assert cells['=HYPERLINK("http://x")'] == "s"
    path = tmp_path / "attachment-3.xlsx"
    path.write_bytes(content)
    rows = soffice_to_csv(path, tmp_path)
    assert any('=HYPERLINK("http://x")' in row for row in rows)
