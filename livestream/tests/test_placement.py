"""Placement of live sessions on media workers, on the real Redis: least loaded first, leases that
lapse when a worker stops renewing them, drain, and the offer views' routing."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from livestream.media import placement
from livestream.media.placement import Worker

pytestmark = pytest.mark.redis


@pytest.fixture
def registry(settings, redis_url):
    settings.MEDIA_PLACEMENT_REDIS_URL = redis_url
    settings.MEDIA_PLACEMENT_PREFIX = f"test:{uuid.uuid4().hex[:8]}:media"
    settings.MEDIA_LEASE_SECONDS = 60  # workers stay registered however slow the machine is
    settings.MEDIA_SESSION_COST = 0.25
    yield placement.client()
    keys = list(placement.client().scan_iter(settings.MEDIA_PLACEMENT_PREFIX + ":*"))
    if keys:
        placement.client().delete(*keys)


def register(*workers: Worker) -> None:
    for worker in workers:
        placement.beat(worker)


def test_sessions_go_to_the_least_loaded_worker_by_cpu_and_sessions(registry):
    register(
        Worker("w1", "/rtc/w/w1", 0.9, 0),
        Worker("w2", "/rtc/w/w2", 0.1, 0),
        Worker("w3", "/rtc/w/w3", 0.3, 0),
    )
    first = placement.place(1)
    assert (first.worker, first.base, first.generation) == ("w2", "/rtc/w/w2", 1)
    assert not first.resumes
    # w2 now carries 0.1 + 0.25; w3 0.3 is lighter
    assert placement.place(2).worker == "w3"
    assert placement.place(3).worker == "w2"  # 0.35 against w3's 0.55 and w1's 0.9
    assert placement.place(1).worker == "w2", "a placed session stays where it is"
    assert placement.leases() == {1: "w2", 2: "w3", 3: "w2"}


def test_six_sessions_spread_over_three_idle_workers(registry):
    register(*(Worker(f"w{n}", f"/rtc/w/w{n}", 0.0, 0) for n in (1, 2, 3)))
    placed = [placement.place(s).worker for s in range(1, 7)]
    assert sorted(placed) == ["w1", "w1", "w2", "w2", "w3", "w3"]


def test_without_workers_there_is_no_placement(registry):
    assert placement.place(1) is None
    assert placement.where(1) == {"worker": "", "base": ""}
    assert placement.route(1, "") == (None, False)


def test_a_worker_that_stops_renewing_loses_its_sessions_to_another(registry, settings):
    settings.MEDIA_LEASE_SECONDS = 1
    register(Worker("w1", "/rtc/w/w1", 0.0, 0))
    assert placement.place(7).worker == "w1"
    register(Worker("w2", "/rtc/w/w2", 0.5, 0))
    deadline = time.monotonic() + 1.6
    while time.monotonic() < deadline:  # w2 keeps beating and w1 keeps its lease: nothing moves
        placement.beat(Worker("w1", "/rtc/w/w1", 0.0, 1))
        placement.beat(Worker("w2", "/rtc/w/w2", 0.5, 0))
        assert placement.held_by("w1") == {7: 1}
        time.sleep(0.3)
    assert placement.place(7).worker == "w1"
    # w1 dies: no beat, no renewal. Within the lease time the session is placed again, on w2.
    moved_at = None
    start = time.monotonic()
    while moved_at is None:
        placement.beat(Worker("w2", "/rtc/w/w2", 0.5, 0))
        found = placement.place(7)
        if found.worker == "w2":
            moved_at = time.monotonic() - start
        assert time.monotonic() - start < 3, "still on the dead worker"
        time.sleep(0.1)
    assert moved_at <= 1.2
    assert placement.place(7).generation == 2
    assert placement.place(7).resumes, "the new worker continues the recording"
    assert placement.renew("w1", [7]) == [], "the old worker cannot take it back by renewing"
    assert "w1" not in placement.workers()


def test_lapsed_sessions_are_placed_again_by_the_watcher_and_ended_ones_forgotten(registry):
    register(Worker("w1", "/rtc/w/w1", 0.0, 0))
    placement.place(1)
    placement.place(2)
    registry.delete(placement.key("lease", 1), placement.key("lease", 2))  # as if both lapsed
    register(Worker("w2", "/rtc/w/w2", 0.0, 0))
    registry.delete(placement.key("worker", "w1"))
    moved = placement.replace_lapsed(lambda ids: {1})  # session 2 ended meanwhile
    assert [(p.worker, p.generation) for p in moved] == [("w2", 2)]
    assert placement.leases() == {1: "w2"}


def test_a_drained_worker_takes_nothing_new_and_its_sessions_move(registry):
    register(Worker("w1", "/rtc/w/w1", 0.0, 0), Worker("w2", "/rtc/w/w2", 0.8, 0))
    assert placement.place(1).worker == "w1"
    placement.drain("w1")
    assert placement.workers()["w1"].draining
    assert placement.place(2).worker == "w2", "no new sessions on a draining worker"
    moved = placement.place(1, away_from="w1")
    assert moved.worker == "w2" and moved.resumes
    placement.drain("w1", on=False)
    assert placement.place(3).worker == "w1"


def test_a_draining_worker_with_nowhere_to_go_keeps_its_session(registry):
    register(Worker("w1", "/rtc/w/w1", 0.0, 0))
    placement.place(1)
    placement.drain("w1")
    assert placement.place(1, away_from="w1").worker == "w1"


def test_offers_at_the_wrong_process_are_sent_to_the_placement(registry):
    register(Worker("w1", "/rtc/w/w1", 0.0, 0))
    moved, resume = placement.route(4, "")
    assert moved.as_json() == {"worker": "w1", "base": "/rtc/w/w1"} and not resume
    assert placement.route(4, "w1") == (None, False)


def test_concurrent_placements_agree(registry):
    from concurrent.futures import ThreadPoolExecutor

    register(*(Worker(f"w{n}", f"/rtc/w/w{n}", 0.0, 0) for n in (1, 2, 3)))
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: placement.place(9).worker, range(16)))
    assert len(set(answers)) == 1
    assert placement.generation(9) == 1


@pytest.mark.django_db
def test_the_page_asks_where_and_an_offer_at_the_wrong_process_is_redirected(registry, live_world, client):
    from livestream.tests.video import offer_of, publisher_pc

    register(Worker("w1", "/rtc/w/w1", 0.0, 0))
    session = live_world.session.pk
    assert client.get(f"/live/{session}/placement/").json() == {"worker": "w1", "base": "/rtc/w/w1"}
    client.force_login(live_world.host)
    offer = asyncio.run(offer_of(publisher_pc()))
    refused = client.post(f"/live/{session}/rtc/publish/", {"sdp": offer}, content_type="application/json")
    assert refused.status_code == 421
    assert refused.json()["error"]["code"] == "moved"
    assert refused.json()["placement"] == {"worker": "w1", "base": "/rtc/w/w1"}


@pytest.mark.django_db
def test_a_session_not_live_has_no_placement(registry, live_world, client):
    register(Worker("w1", "/rtc/w/w1", 0.0, 0))
    type(live_world.session).objects.filter(pk=live_world.session.pk).update(state="scheduled")
    assert client.get(f"/live/{live_world.session.pk}/placement/").json() == {"worker": "", "base": ""}
    assert placement.leases() == {}
