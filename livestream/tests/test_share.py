import pytest

from livestream.tests.conftest import make_session
from qr.models import ShortLink
from tests.factories import make_company, make_job, make_recruiter

pytestmark = pytest.mark.django_db


@pytest.fixture
def live(db):
    company = make_company()
    return make_session(company, [make_job(company), make_job(company, "数据分析师")]), make_recruiter(
        company
    )


def test_the_host_console_offers_the_share_links(client, live):
    session, host = live
    client.force_login(host)
    page = client.get(f"/live/{session.pk}/host/").content.decode()
    link = ShortLink.objects.get(purpose=ShortLink.Purpose.LIVE)
    assert f"/q/{link.code}" in page and "/join/" in page and "poster.pdf" in page
