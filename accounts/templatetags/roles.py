"""``{% load roles %}``: templates ask accounts.roles, not ``user.role == "admin"``."""

from __future__ import annotations

from typing import Any

from django import template

from accounts import roles

register = template.Library()


@register.filter
def is_platform_admin(user: Any) -> bool:
    return roles.is_platform_admin(user)


@register.filter
def has_role(user: Any, names: str) -> bool:
    """``user|has_role:"reviewer,admin"``."""
    return roles.has_role(user, *(name.strip() for name in names.split(",")))
