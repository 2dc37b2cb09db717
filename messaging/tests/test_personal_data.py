"""Messages and offers are personal data: the student's export holds them, deleting the account
erases them (the offer's status stays as an anonymous row), and nobody else's go with them."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from jobs.services import apply
from messaging import services
from messaging.models import Message, MessageReport
from offers import services as offers
from offers.models import Offer
from tests.factories import make_job

pytestmark = pytest.mark.django_db


def test_export_holds_messages_and_offers_and_deletion_erases_them(world):
    services.send(world.student, world.application.pk, "请问薪资怎么算？")
    theirs = services.send(world.recruiter, world.application.pk, "月薪一万，另有绩效。")
    services.report(world.student, world.application.pk, theirs.pk, reason="other", text="测试举报")
    offers.make_offer(
        world.recruiter, world.application, reply_by=timezone.now() + dt.timedelta(days=3), salary=10000,
        terms="试用期三个月",
    )  # fmt: skip
    other = apply(world.other_student, make_job(world.company, "数据分析师")).application
    services.send(world.other_student, other.pk, "别人的消息")

    client = Client()
    client.force_login(world.student)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(client.post(reverse("privacy:export")).streaming_content)))
    load = lambda name: json.loads(archive.read(name))  # noqa: E731
    bodies = [(m["body"], m["written_by_me"]) for m in load("messages.json")]
    assert bodies == [("请问薪资怎么算？", True), ("月薪一万，另有绩效。", False)]
    assert load("message_reports.json")[0]["text"] == "测试举报"
    (offer,) = load("offers.json")
    assert offer["salary"] == 10000 and offer["terms"] == "试用期三个月" and offer["status"] == "pending"
    assert "别人的消息" not in json.dumps([load(n) for n in archive.namelist() if n.endswith(".json")])

    response = client.post(reverse("privacy:delete"), {"understand": "on", "password": "pw-alice-12345"})
    assert response.status_code == 302
    assert not Message.objects.filter(conversation__application=world.application).exists()
    assert not MessageReport.objects.exists()
    kept = Offer.objects.get(application=world.application)
    assert kept.status == "pending" and kept.salary is None and kept.terms == ""
    assert Message.objects.filter(body="别人的消息").exists()
