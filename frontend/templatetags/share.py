"""``{% share_card %}`` writes the tags that WeChat and other apps read when a page's link is
shared; ``{% share_button %}`` is the share panel (copy the link, show its QR code).

A page overrides the base template's ``share`` block:
``{% block share %}{% share_card title=job.title description=job.company.name %}{% endblock %}``."""

from __future__ import annotations

from typing import Any

from django import template
from django.templatetags.static import static
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from qr.services.pages import public_base_url

register = template.Library()

SHARE_IMAGE = "frontend/icons/share.png"
SHARE_IMAGE_SIZE = 600
DESCRIPTION_CHARS = 120


def absolute(request: Any, path: str) -> str:
    return path if path.startswith(("http://", "https://")) else f"{public_base_url(request)}{path}"


@register.inclusion_tag("frontend/_share_card.html", takes_context=True)
def share_card(context: template.Context, title: str = "", description: str = "", image: str = "") -> dict:
    request = context["request"]
    title = str(title) or _("Shanhai recruitment · SME 100-day online recruitment")
    description = str(description) or _(
        "Live-streamed recruiting, campus sessions and jobs at small and medium enterprises for "
        "college graduates: watch, ask and apply in one tap."
    )
    return {
        "title": title,
        "description": Truncator(" ".join(description.split())).chars(DESCRIPTION_CHARS),
        "image": absolute(request, image or static(SHARE_IMAGE)),
        "image_size": SHARE_IMAGE_SIZE,
        "url": absolute(request, request.get_full_path()),
    }


@register.inclusion_tag("frontend/_share_button.html", takes_context=True)
def share_button(context: template.Context) -> dict:
    request = context["request"]
    path = request.path
    return {"url": absolute(request, path), "path": path}
