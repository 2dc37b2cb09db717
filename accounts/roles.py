"""Who is a platform administrator: the one definition every view, consumer, admin page,
template and service asks (``is_platform_admin``), and role checks built on it (``has_role``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from typing_extensions import TypeIs

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from accounts.models import User

ADMIN = "admin"  # accounts.models.User.Role.ADMIN (a TextChoices member equals its value)


def signed_in(user: User | AnonymousUser) -> TypeIs[User]:
    """A signed-in account (``request.user`` is then a ``User``, not ``AnonymousUser``)."""
    return bool(user.is_authenticated)


def is_platform_admin(user: User | AnonymousUser | Any) -> bool:
    """A signed-in account with the administrator role, or a Django superuser."""
    return bool(user.is_authenticated and (user.is_superuser or getattr(user, "role", None) == ADMIN))


def has_role(user: User | AnonymousUser | Any, *roles: str) -> bool:
    """A signed-in account whose role is one of ``roles``; administrators hold the admin role
    whether they got it from their role or as superusers."""
    if not user.is_authenticated:
        return False
    return getattr(user, "role", None) in roles or (ADMIN in roles and is_platform_admin(user))
