from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from accounts.models import User
from directory.models import Organisation
from partners import keys
from tests.factories import make_campaign


@pytest.fixture
def partner(db):
    make_campaign()
    return Organisation.objects.create(kind=Organisation.Kind.PARTNER_PLATFORM, name="智联招聘")


@pytest.fixture
def partner_staff(partner):
    return User.objects.create_user(
        "zhilian", password="pw-zl-12345", role=User.Role.PARTNER_STAFF, organisation=partner
    )


@pytest.fixture
def issued(partner, partner_staff):
    return keys.create_key(partner, name="sync", can_read=True, can_write=True, by=partner_staff)


class Api:
    """The Django test client with a partner key in every request."""

    def __init__(self, secret: str) -> None:
        self.client = Client()
        self.secret = secret

    def _headers(self, extra: dict[str, str] | None) -> dict[str, str]:
        return {
            "HTTP_AUTHORIZATION": f"Bearer {self.secret}",
            **{f"HTTP_{k.upper().replace('-', '_')}": v for k, v in (extra or {}).items()},
        }

    def get(self, path: str, data: dict[str, Any] | None = None, headers: dict[str, str] | None = None):
        return self.client.get(path, data or {}, **self._headers(headers))

    def put(self, path: str, body: dict[str, Any]):
        return self.client.put(path, body, content_type="application/json", **self._headers(None))

    def post(self, path: str, body: dict[str, Any]):
        return self.client.post(path, body, content_type="application/json", **self._headers(None))

    def delete(self, path: str):
        return self.client.delete(path, **self._headers(None))


@pytest.fixture
def api(issued):
    return Api(issued.secret)
