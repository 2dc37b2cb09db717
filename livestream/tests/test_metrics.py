"""The live room's Prometheus metrics: sockets per room and frames delivered."""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY

from livestream.tests.conftest import Socket


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_live_sockets_and_deliveries_are_counted(live_world):
    room = str(live_world.session.pk)
    delivered = sample("shanhai_live_deliveries_total")
    viewer, student = Socket(live_world.session.pk), Socket(live_world.session.pk, live_world.student)
    await viewer.connect()
    await student.connect()
    assert sample("shanhai_live_sockets", room=room) == 2
    await student.send(type="chat.send", body="你好", ref="c")
    await viewer.receive_type("chat.message")
    assert sample("shanhai_live_deliveries_total") >= delivered + 2
    await viewer.close()
    await student.close()
    assert sample("shanhai_live_sockets", room=room) == 0
