from __future__ import annotations

import pytest

from accounts.models import User
from directory.models import Organisation
from qr.models import ShortLink
from qr.services import links
from tests.factories import make_campaign, make_university


@pytest.fixture
def campaign(db):
    return make_campaign()


@pytest.fixture
def university(db):
    return make_university()


@pytest.fixture
def staff(university):
    return User.objects.create_user(
        "uni-staff", password="pw-staff-12345", role=User.Role.UNIVERSITY_STAFF, organisation=university
    )


@pytest.fixture
def department(db):
    return Organisation.objects.create(
        kind=Organisation.Kind.SME_DEPARTMENT, name="上海市中小企业发展服务中心", region_id="310000"
    )


@pytest.fixture
def uni_link(campaign, university) -> ShortLink:
    return links.link_for(campaign, university, ShortLink.Purpose.ZONE, "/", university.name)
