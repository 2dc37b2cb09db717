"""Apps import down the layers of tests/layers.py (drawn in docs/architecture.md), never up."""

from __future__ import annotations

import re

import pytest

from tests import layers


def test_every_import_of_the_product_points_down_the_layers():
    found, used = layers.violations(layers.product_sources())
    assert found == [], "imports that break the layers:\n" + "\n".join(found)
    stale = set(layers.ALLOWED) - used
    assert not stale, f"allowed upward imports that no longer exist (remove them from ALLOWED): {stale}"


def test_every_app_of_the_product_has_a_layer():
    assert layers.PRODUCT_APPS - set(layers.RANK) == set()


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("qr.services.oops", "from reports.models import Contact\n"),  # a low app reaching up
        ("campaigns.services", "def carry():\n    from booking.demo import load\n"),  # inside a function
        ("notifications.services", "import livestream.models\n"),  # plain import
        ("events_server.errors", "from frontend import views\n"),  # the platform knows no app
        ("jobs.views", "from posters import services\n"),  # the domain knows no poster page
        ("accounts.views", "from qr.services import links\n"),  # beside the one allowed import
    ],
)
def test_the_check_fails_on_an_import_that_runs_up(module, source):
    found, _used = layers.violations({module: source})
    assert len(found) == 1 and re.search(r"may not import", found[0]), found


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("posters.views", "from booking.models import Event\nfrom qr import posters\n"),  # down
        ("jobs.services", "from internships.services import placements\n"),  # same layer
        ("events_server.urls", "from django.urls import include\nimport livestream.routing\n"),  # wiring
        ("accounts.views", "from qr import attribution\n"),  # the allowed one
    ],
)
def test_the_check_lets_imports_down_and_across_pass(module, source):
    assert layers.violations({module: source})[0] == []


def test_an_app_in_no_layer_is_refused():
    found, _used = layers.violations({"newapp.models": "from accounts.models import User\n"})
    assert found and "in no layer" in found[0]


def test_only_qr_names_the_link_metrics():
    """Link attribution has one owner: the rest of the product says what happened through
    ``qr.attribution`` (REGISTRATION, BOOKING, VIEWER, APPLICATION), never the model's metrics."""
    named = [m for m, src in layers.product_sources().items() if "LinkDailyCount.Metric" in src]
    assert named and all(m.split(".")[0] == "qr" for m in named), named
