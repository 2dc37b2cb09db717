"""The peer registry under a crash: 50 viewers in another process join a real daphne and vanish
with SIGKILL. The server notices through ICE consent (about 30 s), closes every peer, and its file
descriptors and memory come back to where they were. The crowd that warms the server up leaves
politely instead (the leave endpoint, as the page does), so the run waits for consent once."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.urls import reverse

from tests.servers import ROOT, DaphneServer, spawn

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CROWD = 50
RSS_SLACK_MB = 10  # allocator noise; a leak of 50 peers' buffers would be far more
# A few one-time resources the first crash may open that the warm-up crowd's polite leave never
# needed (seen once: 13 → 14 descriptors in a fresh clone's SQLite pass); a leak of the crowd's
# sockets would be 50 or more.
FD_SLACK = 3


def viewer_peers(server: DaphneServer) -> int:
    return int(server.gauge('shanhai_rtc_peers{role="viewer"}'))


def usage(pid: int) -> tuple[int, float]:
    """Open file descriptors and resident memory (MB) of a process."""
    fds = len(os.listdir(f"/proc/{pid}/fd"))
    status = Path(f"/proc/{pid}/status").read_text()
    rss_kb = int(re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE).group(1))
    return fds, rss_kb / 1024


def crowd_joins(url: str, viewers: int) -> subprocess.Popen:
    crowd = spawn(
        [sys.executable, "-m", "livestream.tests.crowd", url, str(viewers)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    line = crowd.stdout.readline()  # blocks until every viewer has video, or the crowd dies
    assert line.strip() == f"ready {viewers}", f"the crowd did not get video: {line!r}"
    return crowd


def crowd_leaves(crowd: subprocess.Popen) -> None:
    """Every viewer leaves as the page does: the leave endpoint closes its peer at once."""
    crowd.stdin.write("leave\n")
    crowd.stdin.flush()
    line = crowd.stdout.readline()
    assert line.strip() == f"left {CROWD}", f"the crowd did not leave: {line!r}"
    assert crowd.wait(timeout=30) == 0


def crowd_vanishes(crowd: subprocess.Popen) -> None:
    crowd.send_signal(signal.SIGKILL)
    crowd.wait()


def until_no_viewers(server: DaphneServer, timeout: float = 90) -> float:
    started = time.monotonic()
    while viewer_peers(server):
        assert time.monotonic() - started < timeout, f"{viewer_peers(server)} viewer peers left"
        time.sleep(1)
    return time.monotonic() - started


def test_fifty_viewers_that_vanish_leave_nothing_behind(live_world):
    server = DaphneServer(env={"DEMO_PUBLISHER": "true", "HLS_ENABLED": "false"}).start()
    url = server.url + reverse("livestream:rtc_view", args=[live_world.session.pk])
    try:
        # A first crowd warms the process up (imports, encoders, the demo publisher, the heap's
        # high-water mark): the baseline is what a server that has had a crowd comes back to. It
        # leaves politely, through the same close_peer as a crash, without waiting for consent.
        crowd_leaves(crowd_joins(url, CROWD))
        assert until_no_viewers(server, timeout=5) < 5, "a polite leave closes the peer at once"
        fds_before, rss_before = usage(server.process.pid)

        crowd = crowd_joins(url, CROWD)
        assert viewer_peers(server) == CROWD
        fds_during, rss_during = usage(server.process.pid)
        crowd_vanishes(crowd)
        took = until_no_viewers(server)
        time.sleep(2)  # the last closes finish their goodbyes
        fds_after, rss_after = usage(server.process.pid)
        print(
            f"fds {fds_before} → {fds_during} → {fds_after}; RSS {rss_before:.0f} → {rss_during:.0f}", end=""
        )
        print(f" → {rss_after:.0f} MB; closed in {took:.0f} s")
        assert fds_during >= fds_before + CROWD, "each viewer held sockets while connected"
        assert fds_after <= fds_before + FD_SLACK, "every viewer's sockets are closed"
        assert rss_after <= rss_before + RSS_SLACK_MB
    finally:
        server.stop()
