from typing import Any

from django import template

from notifications import services

register = template.Library()


@register.simple_tag
def unread_count(user: Any) -> int:
    """The header's badge: the signed-in person's unread notifications."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return services.unread_count(user)
