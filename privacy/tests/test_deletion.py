"""Export, then delete: the zip had everything, afterwards nothing identifies the student, and the
weekly return (Attachment 3 figures) for that week is unchanged."""

from __future__ import annotations

import io
import json
import zipfile

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from accounts.models import GraduateProfile, User
from audit.models import AuditEntry
from jobs.models import Application
from livestream.models import ChatMessage
from notifications.models import Notification
from reports.services import figures, returns
from reports.tests.conftest import PASSWORD, application, graduate, live, posting, sh, world  # noqa: F401

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEEK = "2025-10-13"


def everything_that_names(user_texts: list[str]) -> list[str]:
    """Every text column of every row that still contains one of the person's identifiers."""
    from django.apps import apps
    from django.db import models

    found = []
    for model in apps.get_models():
        text_fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.EmailField)
        ]
        for field in text_fields:
            for text in user_texts:
                if model._default_manager.filter(**{f"{field}__contains": text}).exists():
                    found.append(f"{model._meta.label}.{field} contains {text!r}")
    return found


def test_export_then_delete_leaves_nothing_identifying_and_the_weekly_return_unchanged(world, client):  # noqa: F811
    job = posting(world, world.suzhou, sh("2025-10-14 09:00"), headcount=4)
    student = graduate(world.university, username="wangxiaoli")
    student.email = "wxl@example.com"
    student.phone = "13700001111"
    student.set_password(PASSWORD)
    student.save()
    profile = student.graduate_profile
    profile.full_name = "赵思远"
    profile.phone = "13600002222"
    profile.resume.save("cv.pdf", ContentFile(PDF))
    resume_name = profile.resume.name
    app = application(world, job, sh("2025-10-15 09:00"), student=student, note="我的微信 wxl-2025")
    application(world, job, sh("2025-10-15 10:00"))  # someone else
    session = live(world, world.suzhou, sh("2025-10-15 14:00"))
    ChatMessage.objects.create(session=session, author=student, body="我是赵思远，电话13600002222")
    Notification.objects.create(user=student, title="面试通知", body="赵思远同学您好")
    week = returns.parse_week(world.campaign, WEEK)
    before = {unit.pk: figures.compute(unit, week) for unit in (world.department, world.university)}

    client.force_login(student)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(client.post(reverse("privacy:export")).streaming_content)))
    assert json.loads(archive.read("profile.json"))["full_name"] == "赵思远"
    assert json.loads(archive.read("applications.json"))[0]["note"] == "我的微信 wxl-2025"
    assert "我是赵思远" in archive.read("live_chat.json").decode()
    assert any(n.startswith("files/resume/") for n in archive.namelist())

    response = client.post(reverse("privacy:delete"), {"understand": "on", "password": PASSWORD})
    assert response.status_code == 302
    # Signed out, and the old session does not come back.
    assert client.get(reverse("accounts:profile")).status_code == 302

    identifiers = ["赵思远", "wangxiaoli", "wxl@example.com", "13700001111", "13600002222", "wxl-2025"]
    assert everything_that_names(identifiers) == []
    assert not default_storage.exists(resume_name)
    tomb = User.objects.get(pk=student.pk)
    assert not tomb.is_active and not tomb.has_usable_password() and tomb.email == "" and tomb.phone is None
    assert GraduateProfile.objects.get(user=tomb).full_name == "已注销用户"
    assert Application.objects.get(pk=app.pk).note == ""
    after = {unit.pk: figures.compute(unit, week) for unit in (world.department, world.university)}
    assert after == before
    entry = AuditEntry.objects.get(action="privacy.account.deleted")
    assert entry.object_id == str(student.pk) and "赵思远" not in json.dumps(entry.after, ensure_ascii=False)


def test_a_recruiter_can_delete_their_account_too(world, client):  # noqa: F811
    client.force_login(world.suzhou_recruiter)
    response = client.post(reverse("privacy:delete"), {"understand": "on", "password": PASSWORD})
    assert response.status_code == 302
    tomb = User.objects.get(pk=world.suzhou_recruiter.pk)
    assert tomb.username.startswith("deleted-") and not tomb.is_active


def test_deletion_needs_the_password_and_the_confirmation(world, client):  # noqa: F811
    student = graduate(world.university, username="lihua")
    client.force_login(student)
    assert (
        client.post(reverse("privacy:delete"), {"understand": "on", "password": "wrong"}).status_code == 200
    )
    assert client.post(reverse("privacy:delete"), {"password": PASSWORD}).status_code == 200
    assert User.objects.get(pk=student.pk).is_active
