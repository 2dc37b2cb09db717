from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from campaigns.services import current_campaign as _current_campaign


def current_campaign(request: HttpRequest) -> dict[str, Any]:
    return {"campaign": SimpleLazyObject(_current_campaign)}
