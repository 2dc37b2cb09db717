"""Who is calling the partner API: an ``Authorization: Bearer shk_…`` key, its scopes, its rate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import exceptions
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from directory.models import Organisation
from events_server import ratelimit
from partners import keys
from partners.models import ApiKey

WINDOW_SECONDS = 60


@dataclass(frozen=True)
class PartnerClient:
    """``request.user`` of an API request: the partner platform behind the key."""

    key: ApiKey

    is_authenticated = True
    is_anonymous = False

    @property
    def partner(self) -> Organisation:
        return self.key.partner

    @property
    def pk(self) -> None:  # not a user: audit entries name the key in their after-state
        return None


class ApiKeyAuthentication(BaseAuthentication):
    keyword = b"bearer"

    def authenticate(self, request: Request) -> tuple[PartnerClient, ApiKey] | None:
        header = get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Send the key as: Authorization: Bearer shk_…")
        try:
            raw = header[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed("The key is not valid.") from None
        key = keys.authenticate(raw)
        if key is None:
            raise exceptions.AuthenticationFailed("The key is not valid, expired or revoked.")
        return PartnerClient(key), key

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "partners.api.auth.ApiKeyAuthentication"
    name = "partnerKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {"type": "http", "scheme": "bearer", "description": "A partner API key, shk_<id>_<secret>."}


def client_of(request: Request) -> PartnerClient:
    user = request.user
    if not isinstance(user, PartnerClient):
        raise exceptions.NotAuthenticated()
    return user


class HasScope(BasePermission):
    """Reading needs the read scope, any other method the write scope."""

    message = "This key's scopes do not allow this request."

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        if not isinstance(user, PartnerClient):
            return False
        return user.key.can_read if request.method in SAFE_METHODS else user.key.can_write


class KeyRateThrottle(BaseThrottle):
    """Per key, requests per minute over a sliding window in the shared cache (events_server.ratelimit)."""

    limit: tuple[str, int, int] | None = None

    def allow_request(self, request: Request, view: Any) -> bool:
        user = request.user
        if not isinstance(user, PartnerClient):
            return True  # refused by authentication anyway
        per_minute = user.key.rate_per_minute or settings.PARTNERS_API_RATE_PER_MINUTE
        self.limit = (f"partner-api:{user.key.pk}", per_minute, WINDOW_SECONDS)
        return ratelimit.allow(*self.limit)

    def wait(self) -> float:
        return ratelimit.retry_after(*self.limit) if self.limit else WINDOW_SECONDS
