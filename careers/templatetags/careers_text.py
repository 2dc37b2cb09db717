"""``{{ value|careers_text }}``: a stored rule text (``careers.texts``) in the user's language."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext

from careers import texts

register = template.Library()


@register.filter
def careers_text(value: Any) -> str:
    return texts.render(value, gettext)
