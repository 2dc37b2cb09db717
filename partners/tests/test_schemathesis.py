"""Schemathesis against a real daphne process on the test database: requests generated from the
committed OpenAPI document (docs/openapi.yaml), valid and invalid, with a read-and-write key.
No answer may be a 5xx, and every answer must match the document (status, content type, body).
The example count is kept small so the whole run stays under a minute."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import schemathesis
from django.utils import timezone
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from accounts.models import User
from booking.models import Event
from directory.models import Organisation
from livestream.models import LiveSession
from partners import keys
from privacy.models import PrivacyNotice
from privacy.services import set_sharing
from tests.factories import make_campaign, make_company, make_job, make_student
from tests.servers import DaphneServer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("PARTNERS_SCHEMATHESIS_EXAMPLES", "8"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def seed() -> str:
    campaign = make_campaign()
    partner = Organisation.objects.create(kind=Organisation.Kind.PARTNER_PLATFORM, name="BOSS直聘")
    company = make_company(specialised=True)
    for title in ("算法工程师", "数据工程师", "测试工程师"):
        make_job(company, title)
    now = timezone.now()
    LiveSession.objects.create(
        campaign=campaign,
        company=company,
        title="直播带岗",
        starts_at=now,
        ends_at=now + dt.timedelta(hours=1),
    )
    Event.objects.create(
        campaign=campaign, kind=Event.Kind.VISIT, title="走进灵思", organiser=company, address="星湖街",
        starts_at=now + dt.timedelta(days=3), ends_at=now + dt.timedelta(days=3, hours=2), capacity=30,
        status=Event.Status.APPROVED,
    )  # fmt: skip
    PrivacyNotice.objects.create(version="1", body="…", published_at=now)
    set_sharing(make_student(), True)
    staff = User.objects.create_user("boss", role=User.Role.PARTNER_STAFF, organisation=partner)
    issued = keys.create_key(partner, name="schemathesis", can_read=True, can_write=True, by=staff)
    issued.key.rate_per_minute = 1_000_000
    issued.key.save()
    return issued.secret


def test_the_api_answers_every_generated_request_as_documented():
    secret = seed()
    server = DaphneServer(redis_url=os.environ.get("REDIS_URL", "")).start()
    schema = schemathesis.openapi.from_path(ROOT / "docs" / "openapi.yaml")
    headers = {"Authorization": f"Bearer {secret}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 18
    tried: dict[str, int] = {}
    try:
        for operation in operations:
            for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
                generated_test(operation, mode, server.url, headers, tried)()
    finally:
        server.stop()
    assert len(tried) == len(operations)


def generated_test(operation, mode, base_url: str, headers: dict[str, str], tried: dict[str, int]):
    label = f"{operation.method.upper()} {operation.path}"

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: schemathesis.Case) -> None:
        response = case.call(base_url=base_url, headers=headers, timeout=30)
        case.validate_response(response, checks=CHECKS, headers=headers)
        tried[label] = tried.get(label, 0) + 1

    return run
