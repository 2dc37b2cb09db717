"""Sockets pass no Django middleware, so the second sign-in step is checked on the socket too:
an administrator whose session has not entered a TOTP code is an anonymous viewer of the room,
never a moderator; once the session entered one, the same person moderates."""

from __future__ import annotations

import json

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY

from accounts.models import User
from accounts.testing import totp_device
from events_server.asgi import application
from livestream.tests.conftest import ORIGIN

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.real_two_factor,
]


def session_cookie(user: User, device_of: User | None) -> list[tuple[bytes, bytes]]:
    """A signed-in session; with ``device_of``, one that entered a code of that user's device."""
    client = Client()
    client.force_login(user)
    if device_of is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = totp_device(device_of).persistent_id
        session.save()
    return [ORIGIN, (b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode())]


async def me(session_id: int, user: User, device_of: User | None) -> dict:
    headers = await database_sync_to_async(session_cookie)(user, device_of)
    communicator = WebsocketCommunicator(application, f"/ws/live/{session_id}/", headers=headers)
    connected, _ = await communicator.connect()
    assert connected
    snapshot = json.loads(await communicator.receive_from(3))
    await communicator.disconnect()
    return snapshot["me"]


@pytest.fixture
def admin(db):
    return User.objects.create_superuser("root2fa", password="pw", role=User.Role.ADMIN)


async def test_an_administrator_without_the_second_step_is_an_anonymous_viewer(live_world, admin):
    assert await me(live_world.session.pk, admin, None) == {
        "authenticated": False,
        "moderator": False,
        "student": False,
        "muted_until": None,
        "voted": [],
    }


async def test_an_administrator_whose_session_entered_a_code_moderates(live_world, admin):
    mine = await me(live_world.session.pk, admin, admin)
    assert mine["authenticated"] is True
    assert mine["moderator"] is True


async def test_a_device_of_someone_else_does_not_count(live_world, admin):
    other = await database_sync_to_async(User.objects.create_superuser)(
        "other2fa", password="pw", role=User.Role.ADMIN
    )
    assert (await me(live_world.session.pk, admin, other))["moderator"] is False
