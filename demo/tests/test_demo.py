import pytest
from django.core.management import call_command

from accounts.models import User
from campaigns.models import Campaign
from demo.campaign import load_accounts
from directory.models import Industry, Organisation
from jobs.models import JobPosting
from livestream.models import LiveSession


@pytest.mark.slow
def test_the_demo_campaign_loads_twice_into_the_same_rows(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    counts = (Organisation.objects.count(), JobPosting.objects.count(), User.objects.count())
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Organisation.objects.count(), JobPosting.objects.count(), User.objects.count()) == counts

    companies = Organisation.objects.filter(kind="company")
    assert companies.count() >= 30
    assert (
        companies.values("region__parent").distinct().count()
        + companies.filter(region__parent=None).values("region").distinct().count()
        >= 5
    )
    assert JobPosting.objects.filter(status="published").count() >= 150
    assert JobPosting.objects.filter(kind="internship", accommodation=True).exists()
    emerging = set(Industry.objects.filter(emerging=True).values_list("code", flat=True))
    assert emerging <= set(JobPosting.objects.values_list("fields", flat=True))
    assert Organisation.objects.filter(kind="university").count() == 3
    assert {"sme_department", "employment_department", "partner_platform"} <= set(
        Organisation.objects.values_list("kind", flat=True)
    )
    # Every role has a demo account; the administrator only with DEBUG (the test below).
    assert set(User.objects.values_list("role", flat=True)) >= set(User.Role.values) - {"admin"}
    assert LiveSession.objects.filter(state="live").exists()


@pytest.mark.slow
def test_the_administrator_with_the_published_password_exists_only_when_debug(db, settings):
    settings.DEBUG = False
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not User.objects.filter(username="admin").exists()
    assert not User.objects.filter(is_superuser=True).exists()
    assert User.objects.filter(username="reviewer").exists()
    settings.DEBUG = True
    companies = list(Organisation.objects.filter(kind="company").order_by("pk"))
    load_accounts(Campaign.objects.get(), companies)
    assert User.objects.get(username="admin").is_superuser
