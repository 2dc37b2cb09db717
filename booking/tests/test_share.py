"""An event page carries a share card and a share panel, like the zone, jobs and live sessions."""

from booking.tests.conftest import visit
from frontend.tests.test_share import assert_shareable


def test_an_event_page_carries_a_share_card(client, world, settings):
    settings.SITE_URL = ""
    event = visit(world)
    assert_shareable(client, f"/events/{event.pk}/", event.title, world.company.name)
