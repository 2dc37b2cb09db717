"""Phone + SMS code sign-in and sign-up, codes' limits, password reset by SMS or e-mail."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.models import PhoneCode, User
from accounts.sms import console
from background.testing import drain, failed
from tests.factories import make_credit_code, make_student

PHONE = "13912345678"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def sms_file(tmp_path, settings):
    settings.SMS_BACKEND = "accounts.sms.filebased.SmsBackend"
    settings.SMS_FILE_PATH = str(tmp_path)
    return tmp_path / "messages.log"


def last_code(sms_file, phone: str = PHONE) -> str:
    drain()  # the worker sends the codes
    lines = [line for line in sms_file.read_text(encoding="utf-8").splitlines() if f"\t{phone}\t" in line]
    return re.search(r"\b(\d{6})\b", lines[-1].split("\t")[2]).group(1)


def sent_count(sms_file) -> int:
    drain()
    return len(sms_file.read_text(encoding="utf-8").splitlines()) if sms_file.exists() else 0


def send(client, phone: str = PHONE, url: str = "accounts:phone_sign_in", headers=None, **extra):
    return client.post(reverse(url), {"phone": phone, "action": "send", **extra}, headers=headers)


def verify(client, code: str, phone: str = PHONE, **extra):
    return client.post(
        reverse("accounts:phone_sign_in"), {"phone": phone, "code": code, "action": "verify", **extra}
    )


def test_a_new_number_signs_up_as_a_student_without_a_password(db, client, sms_file):
    response = send(client, "+86 139-1234-5678")
    assert response.status_code == 200
    assert "验证码" in response.content.decode() or "code" in response.content.decode()
    code = last_code(sms_file)
    # Only a keyed hash is kept: the code itself is nowhere in the database row.
    record = PhoneCode.objects.get()
    assert code not in record.code_hash and len(record.code_hash) == 64

    response = verify(client, code)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:profile")
    user = User.objects.get(phone=PHONE)
    assert user.role == User.Role.STUDENT and not user.has_usable_password() and user.phone_verified_at
    assert PHONE not in user.username
    assert client.get(reverse("accounts:profile")).status_code == 200
    # The code works once.
    client.logout()
    assert verify(client, code).status_code == 400


def test_an_existing_account_signs_in_by_its_phone(db, client, sms_file):
    alice = make_student()
    alice.phone = PHONE
    alice.save()
    send(client)
    response = verify(client, last_code(sms_file), next="/jobs/")
    assert response.status_code == 302 and response["Location"] == "/jobs/"
    assert User.objects.count() == 1
    assert int(client.session["_auth_user_id"]) == alice.pk


def test_a_code_expires_after_five_minutes(db, client, sms_file):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        send(client)
        code = last_code(sms_file)
        clock.shift(dt.timedelta(seconds=301))
        response = verify(client, code)
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(phone=PHONE).exists()


def test_five_wrong_tries_kill_the_code(db, client, sms_file):
    send(client)
    code = last_code(sms_file)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for _ in range(5):
        assert verify(client, wrong).status_code == 400
    response = verify(client, code)  # the right code, too late
    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_a_new_code_only_after_sixty_seconds(db, client, sms_file):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        send(client)
        response = send(client)
        assert response.status_code == 429
        assert "60" in response.content.decode() or "秒" in response.content.decode()
        assert sent_count(sms_file) == 1
        clock.shift(dt.timedelta(seconds=61))
        assert send(client).status_code == 200
    assert sent_count(sms_file) == 2


@override_settings(SMS_CODES_PER_PHONE_PER_DAY=3)
def test_codes_per_phone_per_day_are_limited(db, client, sms_file):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _ in range(3):
            assert send(client).status_code == 200
            clock.shift(dt.timedelta(seconds=61))
        response = send(client)
        assert response.status_code == 429
        assert sent_count(sms_file) == 3
        clock.shift(dt.timedelta(days=1))
        assert send(client).status_code == 200


@override_settings(SMS_CODES_PER_ADDRESS_PER_HOUR=3)
def test_codes_per_client_address_are_limited_behind_the_proxy(db, client, sms_file):
    # nginx (a trusted proxy) names the client in X-Real-IP: the limit counts that address.
    for n in range(3):
        assert send(client, f"1390000000{n}", headers={"X-Real-IP": "203.0.113.7"}).status_code == 200
    response = send(client, "13900000009", headers={"X-Real-IP": "203.0.113.7"})
    assert response.status_code == 429
    assert "分钟" in response.content.decode() or "minutes" in response.content.decode()
    # Another client behind the same proxy is not affected.
    assert send(client, "13900000009", headers={"X-Real-IP": "203.0.113.8"}).status_code == 200


def test_a_new_recruiter_proves_the_phone_then_registers_the_company_without_a_password(db, client, sms_file):
    send(client)
    response = verify(client, last_code(sms_file), kind="recruiter")
    assert response.status_code == 302 and response["Location"] == reverse("accounts:register_company")
    page = client.get(response["Location"]).content.decode()
    assert PHONE in page
    response = client.post(
        reverse("accounts:register_company"),
        {
            "username": "hr_li",
            "email": "hr@example.com",
            "company_name": "苏州协创机器人有限公司",
            "credit_code": make_credit_code(778),
            "region": "320500",
            "industry": "smart-manufacturing",
            "licence": SimpleUploadedFile("licence.pdf", PDF, content_type="application/pdf"),
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="hr_li")
    assert user.role == User.Role.RECRUITER and user.phone == PHONE and not user.has_usable_password()
    # Next time the recruiter signs in by phone.
    client.logout()
    with time_machine.travel(timezone.now() + dt.timedelta(seconds=61), tick=False):
        send(client)
        verify(client, last_code(sms_file))
    assert int(client.session["_auth_user_id"]) == user.pk


def test_password_reset_by_sms(db, client, sms_file):
    alice = make_student()
    alice.phone = PHONE
    alice.save()
    send(client, url="accounts:sms_password_reset")
    code = last_code(sms_file)
    response = client.post(
        reverse("accounts:sms_password_reset"), {"phone": PHONE, "code": code, "action": "verify"}
    )
    assert response.status_code == 302
    response = client.post(
        response["Location"], {"new_password1": "Fresh-pass-2026", "new_password2": "Fresh-pass-2026"}
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("Fresh-pass-2026")


def test_password_reset_by_sms_does_not_tell_whether_a_number_has_an_account(db, client, sms_file):
    known = make_student()
    known.phone = PHONE
    known.save()
    a = send(client, "13800000000", url="accounts:sms_password_reset")
    b = send(client, PHONE, url="accounts:sms_password_reset")
    assert a.status_code == b.status_code == 200
    assert sent_count(sms_file) == 1  # only the real account got a message
    response = client.post(
        reverse("accounts:sms_password_reset"), {"phone": "13800000000", "code": "123456", "action": "verify"}
    )
    assert response.status_code == 400


def test_password_reset_by_email(db, client):
    alice = make_student()
    alice.email = "alice@example.com"
    alice.save()
    response = client.post(reverse("accounts:password_reset"), {"email": "alice@example.com"})
    assert response.status_code == 302
    assert mail.outbox == []  # the request never talks to the mail server: the worker sends it
    assert drain() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["alice@example.com"]
    assert mail.outbox[0].subject == "重置山海有约密码"  # the default language: no Accept-Language
    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": "Fresh-pass-2026", "new_password2": "Fresh-pass-2026"})
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("Fresh-pass-2026")


class RefusingBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP down")


def test_a_password_reset_request_never_waits_on_the_mail_server(db, client):
    alice = make_student()
    alice.email = "alice@example.com"
    alice.save()
    with override_settings(EMAIL_BACKEND="accounts.tests.test_phone_sign_in.RefusingBackend"):
        response = client.post(
            reverse("accounts:password_reset"),
            {"email": "alice@example.com"},
            headers={"Accept-Language": "en"},
        )
        assert response.status_code == 302
        drain()
    assert len(failed()) == 1  # the worker's failure is kept in the queue, not swallowed
    # An address with no account queues nothing; the page answers the same.
    assert client.post(reverse("accounts:password_reset"), {"email": "nobody@example.com"}).status_code == 302
    drain()
    assert mail.outbox == []
    # The request's language is the mail's.
    client.post(
        reverse("accounts:password_reset"), {"email": "alice@example.com"}, headers={"Accept-Language": "en"}
    )
    drain()
    assert mail.outbox[0].subject == "Reset your Shanhai password"
    assert "/accounts/password/reset/" in mail.outbox[0].body


@override_settings(SIGNUPS_PER_ADDRESS_PER_HOUR=2)
def test_sign_ups_per_address_are_limited(db, client):
    for n in range(2):
        response = client.post(
            reverse("accounts:register"),
            {
                "username": f"s{n}",
                "email": "",
                "password1": "Str0ng-pass-2025",
                "password2": "Str0ng-pass-2025",
            },
        )
        assert response.status_code == 302
        client.logout()
    response = client.post(
        reverse("accounts:register"),
        {"username": "s9", "email": "", "password1": "Str0ng-pass-2025", "password2": "Str0ng-pass-2025"},
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="s9").exists()
    assert "分钟" in response.content.decode() or "minutes" in response.content.decode()


def test_the_console_backend_prints_the_code():
    out = io.StringIO()
    console.SmsBackend(stream=out).send_code(PHONE, "123456")
    assert PHONE in out.getvalue() and "123456" in out.getvalue()


@given(
    phone=st.one_of(st.text(max_size=40), st.from_regex(r"\+?(86)?1[3-9]\d{9}", fullmatch=True)),
    code=st.one_of(st.text(max_size=12), st.from_regex(r"\d{6}", fullmatch=True)),
    action=st.sampled_from(["send", "verify", "", "drop table"]),
    kind=st.sampled_from(["student", "recruiter", "admin", ""]),
    url=st.sampled_from(["accounts:phone_sign_in", "accounts:sms_password_reset"]),
)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_hostile_input_on_the_phone_and_code_forms_never_signs_anyone_in(
    db, client, sms_file, phone, code, action, kind, url
):
    response = client.post(reverse(url), {"phone": phone, "code": code, "action": action, "kind": kind})
    # A form answer (shown again, refused or limited), never a server error, never a sign-in.
    assert response.status_code in {200, 400, 429}
    assert "_auth_user_id" not in client.session
    assert not User.objects.exists()
    # A message only ever goes to a well-formed mainland number.
    if sms_file.exists():
        for line in sms_file.read_text(encoding="utf-8").splitlines():
            assert re.fullmatch(r"1[3-9]\d{9}", line.split("\t")[1])


def test_the_code_is_sent_by_the_worker_never_in_the_request(db, client, sms_file):
    from django_tasks_db.models import DBTaskResult

    send(client)
    assert not sms_file.exists()  # the request only queued it
    row = DBTaskResult.objects.get(queue_name="sms")
    assert not re.search(r"\b\d{6}\b", str(row.args_kwargs))  # the queue never holds the code
    code = last_code(sms_file)
    assert verify(client, code).status_code == 302
    assert drain() == 0 and sent_count(sms_file) == 1
