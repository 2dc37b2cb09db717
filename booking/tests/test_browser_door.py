"""In real Chromium on a phone: the door phone loses its network in the middle of check-in."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from booking.models import Event, Registration
from booking.services import checkin, registrations
from booking.tests.conftest import students, visit

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def frozen():
    """Real time: the browser's cookies follow the real clock."""
    return None


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_door_phone_checks_in_without_a_network_and_sends_it_all_when_back(live_server, world):
    from playwright.sync_api import expect, sync_playwright

    from booking.tests.test_browser_booking import PHONE, log_in
    from tests.browser import launch_chromium, outside_the_browser_loop

    event = visit(world, capacity=10, start=timezone.now() + dt.timedelta(hours=1))
    first, second = (registrations.register(s, event.pk).registration for s in students(2))
    start = timezone.now() - dt.timedelta(minutes=10)  # the doors open: the event has begun
    Event.objects.filter(pk=event.pk).update(starts_at=start, ends_at=start + dt.timedelta(hours=2))
    with sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context(**PHONE)
        door = context.new_page()
        log_in(door, live_server.url, "bob", "pw-bob-12345", f"/events/{event.pk}/checkin/")
        expect(door.locator("[data-door]")).to_contain_text("离线名单：2 张票")
        context.set_offline(True)
        expect(door.locator("[data-door]")).to_contain_text("没有网络")
        door.get_by_label("票码").fill(first.ticket_code.lower())
        door.get_by_role("button", name="签到").click()
        expect(door.locator("[data-offline-result]")).to_have_attribute("data-outcome", "checked_in")
        door.get_by_label("票码").fill(f"{live_server.url}/t/{checkin.ticket_token(second)}")
        door.get_by_role("button", name="签到").click()
        expect(door.locator("[data-door]")).to_contain_text("2 条离线签到待发送")
        door.get_by_label("票码").fill(first.ticket_code)
        door.get_by_role("button", name="签到").click()
        expect(door.locator("[data-offline-result]")).to_have_attribute("data-outcome", "already")
        door.get_by_label("票码").fill("NOTACODE")
        door.get_by_role("button", name="签到").click()
        expect(door.locator("[data-offline-result]")).to_have_attribute("data-outcome", "refused")
        assert outside_the_browser_loop(lambda: Registration.objects.exclude(checked_in_at=None).count()) == 0

        context.set_offline(False)
        expect(door.locator("[data-offline-result]")).to_contain_text("已发送 2 条离线签到")
        assert door.evaluate("document.documentElement.scrollWidth") <= 375
        browser.close()
    checked = Registration.objects.exclude(checked_in_at=None)
    assert {r.pk for r in checked} == {first.pk, second.pk}
    assert all(r.checked_in_at <= timezone.now() and r.checked_in_at >= start for r in checked)
