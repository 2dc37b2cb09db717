"""Who someone is: accounts by phone number, and the sign-up limit per client address."""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from accounts.models import User
from events_server import ratelimit

SIGNUP_WINDOW = 3600


class SignInRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _signup_limit(address: str) -> tuple[str, int, int]:
    return f"signup:{address}", settings.SIGNUPS_PER_ADDRESS_PER_HOUR, SIGNUP_WINDOW


def signup_allowed(address: str) -> bool:
    """Count one sign-up from ``address``; False past ``SIGNUPS_PER_ADDRESS_PER_HOUR``."""
    return ratelimit.allow(*_signup_limit(address))


def signup_refused_message(address: str) -> str:
    minutes = -(-ratelimit.retry_after(*_signup_limit(address)) // 60)
    return _("Too many accounts were created from your network. Try again in %(minutes)d minutes.") % {
        "minutes": minutes
    }


def new_username(prefix: str = "m") -> str:
    """A random user name (the phone number is not put in it: names are shown to others)."""
    return f"{prefix}_{get_random_string(10, 'abcdefghijkmnpqrstuvwxyz23456789')}"


def sign_in_with_phone(phone: str, address: str) -> tuple[User, bool]:
    """The account whose verified phone is ``phone``, or a new student account for it.

    Call only after the SMS code for ``phone`` was checked. Returns ``(user, created)``."""
    now = timezone.now()
    user = User.objects.filter(phone=phone).first()
    if user is not None:
        if not user.is_active:
            raise SignInRefused(_("This account is disabled."))
        user.phone_verified_at = now
        user.save(update_fields=["phone_verified_at"])
        return user, False
    if not signup_allowed(address):
        raise SignInRefused(signup_refused_message(address))
    try:
        with transaction.atomic():
            user = User(username=new_username(), role=User.Role.STUDENT, phone=phone, phone_verified_at=now)
            user.set_unusable_password()
            user.save()
    except IntegrityError:  # the same number signed up at the same moment elsewhere
        return User.objects.get(phone=phone), False
    return user, True


def has_verified_phone(user: User) -> bool:
    return bool(user.is_authenticated and user.phone and user.phone_verified_at)
