"""Accounts' background work: sending one-time SMS codes (queue ``sms``) and password-reset
e-mails (queue ``mail``).

The code travels to the worker in the task's arguments encrypted (Fernet, keyed from
``SECRET_KEY``), so the task table never holds a usable code; the worker sends it only while the
code can still be used (not expired, not used), so a rerun after a crash or a late worker sends
nothing stale."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from accounts import sms
from accounts.models import PhoneCode


def _fernet() -> Fernet:
    key = hashlib.sha256(f"accounts.tasks.sms-code:{settings.SECRET_KEY}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(code: str) -> str:
    return _fernet().encrypt(code.encode()).decode()


@task(queue_name="sms")
def send_code(phone_code_id: int, sealed: str) -> bool:
    record = PhoneCode.objects.filter(pk=phone_code_id).first()
    if record is None or record.used_at is not None:
        return False
    if timezone.now() - record.created_at > dt.timedelta(seconds=settings.SMS_CODE_SECONDS):
        return False
    try:
        code = _fernet().decrypt(sealed.encode()).decode()
    except InvalidToken:  # SECRET_KEY rotated since: the person asks for a new code
        return False
    sms.send_code(record.phone, code)
    return True


@task(queue_name="mail")
def send_password_reset(
    user_id: int,
    site: dict[str, str],
    templates: dict[str, str],
    from_email: str,
    language: str,
) -> bool:
    """The password-reset e-mail Django's form would have sent in the request
    (``accounts.forms.QueuedPasswordResetForm``). The task carries ids and template names only: the
    link's token is made here, so the task table never holds a usable link, and it is made from the
    account as it is now (an account disabled, or whose password changed, meanwhile gets a link
    that works for its current state, or none). A failure to send fails the task (the queue keeps
    it visible); a worker killed after the SMTP server took the mail sends it again (at least once)."""
    from accounts.models import User

    user = User._default_manager.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email or not user.has_usable_password():
        return False
    context = {
        "email": user.email,
        "domain": site["domain"],
        "site_name": site["site_name"],
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "user": user,
        "token": default_token_generator.make_token(user),
        "protocol": site["protocol"],
    }
    with translation.override(language):
        subject = "".join(loader.render_to_string(templates["subject"], context).splitlines())
        body = loader.render_to_string(templates["body"], context)
        message = EmailMultiAlternatives(subject, body, from_email or None, [user.email])
        if templates.get("html"):
            message.attach_alternative(loader.render_to_string(templates["html"], context), "text/html")
    message.send()
    return True
