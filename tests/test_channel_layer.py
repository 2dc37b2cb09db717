"""With REDIS_URL set, the channel layer carries messages between processes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from channels.layers import get_channel_layer

ROOT = Path(__file__).resolve().parent.parent
SENDER = """
import asyncio, sys, django
django.setup()
from channels.layers import get_channel_layer
asyncio.run(get_channel_layer().send(sys.argv[1], {"type": "hello", "text": "来自另一个进程"}))
"""


@pytest.mark.redis
async def test_a_message_sent_by_another_process_arrives():
    layer = get_channel_layer()
    assert type(layer).__module__.startswith("channels_redis")
    channel = await layer.new_channel("test.")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    subprocess.run([sys.executable, "-c", SENDER, channel], cwd=ROOT, env=env, check=True, timeout=60)  # noqa: S603
    message = await layer.receive(channel)
    assert message == {"type": "hello", "text": "来自另一个进程"}
