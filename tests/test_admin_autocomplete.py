"""An admin who posts text (or an id past 64 bits) into an autocomplete field gets the form back
with "select a valid choice", not a server error (Django 5.2's widget queries the posted value)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", ["text", str(2**63), "²"])
@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/admin/jobs/jobposting/add/", "company"),
        ("/admin/directory/organisation/add/", "region"),
        ("/admin/accounts/graduateprofile/add/", "university"),
        ("/admin/livestream/livesession/add/", "jobs"),
    ],
)
def test_a_hostile_autocomplete_value_gets_the_form_back(admin_client, url, field, value):
    response = admin_client.post(url, {field: value}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
