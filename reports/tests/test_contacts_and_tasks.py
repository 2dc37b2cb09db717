"""Attachment 2 kept by each unit (validated, audited, scoped) and the week export with progress."""

from __future__ import annotations

import time_machine
from django.test import Client

from audit.models import AuditEntry
from background.testing import drain
from reports.models import Contact, ReportTask
from reports.services import tasks
from reports.tests.conftest import sh
from reports.tests.test_returns import client_for

GOOD = {
    "unit_name": "苏州示范大学就业指导中心",
    "person": "陈老师",
    "title": "主任",
    "office_phone": "0512-66668888",
    "mobile": "13912345678",
    "email": "jobs@example.edu.cn",
}


def test_a_unit_adds_edits_and_removes_its_contacts_with_an_audit_trail(world):
    client = client_for(world.university_staff)
    assert client.post("/reports/contacts/", GOOD).status_code == 302
    contact = Contact.objects.get()
    assert contact.organisation == world.university
    response = client.post(f"/reports/contacts/{contact.pk}/", {**GOOD, "mobile": "+86 139 1234 5678"})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.mobile == "+86 139 1234 5678"
    changed = AuditEntry.objects.get(action="reports.contact.changed")
    assert changed.before["mobile"] == "13912345678" and changed.after["mobile"] == "+86 139 1234 5678"
    assert client.post(f"/reports/contacts/{contact.pk}/delete").status_code == 302
    assert not Contact.objects.exists()
    assert AuditEntry.objects.filter(action="reports.contact.removed").exists()


def test_bad_contact_input_is_refused_with_the_field_marked(world):
    client = client_for(world.university_staff)
    response = client.post("/reports/contacts/", {**GOOD, "mobile": "call me", "email": "nope"})
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"mobile", "email"}
    assert not Contact.objects.exists()


def test_nobody_edits_another_units_contacts(world):
    client_for(world.university_staff).post("/reports/contacts/", GOOD)
    contact = Contact.objects.get()
    other = client_for(world.department_staff)
    assert other.post(f"/reports/contacts/{contact.pk}/", {**GOOD, "person": "x"}).status_code == 403
    assert other.post(f"/reports/contacts/{contact.pk}/delete").status_code == 403
    assert client_for(world.suzhou_recruiter).get("/reports/contacts/").status_code == 403
    assert Client().get("/reports/contacts/").status_code == 302
    # The department sees it in its table, the Shanghai department does not.
    assert "陈老师" in client_for(world.department_staff).get("/reports/contacts/").text
    assert "陈老师" not in client_for(world.shanghai_staff).get("/reports/contacts/").text


def test_the_week_export_reports_real_progress_and_delivers_the_file(
    world, monkeypatch, django_capture_on_commit_callbacks
):
    seen: list[tuple[int, int]] = []
    real_preview = tasks.returns.preview

    def preview(unit, week):
        task = ReportTask.objects.get()
        seen.append((task.done, task.total))
        return real_preview(unit, week)

    monkeypatch.setattr(tasks.returns, "preview", preview)
    with time_machine.travel(sh("2025-10-20 10:00"), tick=False):
        client = client_for(world.department_staff)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/reports/tasks/", {"week": "2025-10-13", "format": "xlsx"})
        assert response.status_code == 302
        task = ReportTask.objects.get()
        assert client.get(f"/reports/tasks/{task.pk}/progress").json()["state"] == "queued"
        drain()  # the worker builds it
        assert seen == [(0, 2), (1, 2)]  # two units in Jiangsu, counted as they were done
        progress = client.get(f"/reports/tasks/{task.pk}/progress").json()
        assert progress["state"] == "done" and progress["percent"] == 100 and progress["download"]
        download = client.get(progress["download"])
        assert download.status_code == 200
        assert b"".join(download.streaming_content)[:2] == b"PK"
        # Someone else's task is not there for them.
        assert client_for(world.shanghai_staff).get(f"/reports/tasks/{task.pk}/progress").status_code == 403


def test_a_failing_export_says_so(world, monkeypatch, django_capture_on_commit_callbacks):
    def boom(unit, week):
        raise RuntimeError("database went away")

    monkeypatch.setattr(tasks.returns, "preview", boom)
    with time_machine.travel(sh("2025-10-20 10:00"), tick=False):
        client = client_for(world.admin)
        with django_capture_on_commit_callbacks(execute=True):
            client.post("/reports/tasks/", {"week": "2025-10-13", "format": "csv"})
        drain()
        task = ReportTask.objects.get()
        progress = client.get(f"/reports/tasks/{task.pk}/progress").json()
    assert progress["state"] == "failed" and "went away" in progress["error"]


def test_an_export_of_a_bad_week_or_format_is_refused(world):
    client = client_for(world.department_staff)
    assert client.post("/reports/tasks/", {"week": "2025-10-14", "format": "xlsx"}).status_code == 400
    assert client.post("/reports/tasks/", {"week": "2025-10-13", "format": "pdf"}).status_code == 400
    assert (
        client_for(world.university_staff).post("/reports/tasks/", {"week": "2025-10-13"}).status_code == 403
    )
    assert not ReportTask.objects.exists()


def test_the_export_command_writes_the_regions_returns_with_progress(world, tmp_path):
    import io

    import pytest
    from django.core.management import CommandError, call_command

    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "a3.csv"
    call_command(
        "export_attachment3", "--user", "jiangsu", "--week", "2025-10-13", "--format", "csv",
        "--output", str(target), stdout=out, stderr=err,
    )  # fmt: skip
    assert "2/2 units" in err.getvalue()
    text = target.read_text(encoding="utf-8-sig")
    assert "苏州示范大学" in text and "上海示范大学" not in text
    with pytest.raises(CommandError):
        call_command(
            "export_attachment3", "--user", "career", "--week", "2025-10-13", "--output", str(target)
        )
