"""Shared fixtures, and the rule for tests that need real services.

A test marked ``postgres``, ``redis``, ``browser`` (or another service below) runs only when that service
is there. Locally it is skipped with a message saying how to enable it; under
``CI=true`` a missing service fails the test instead.
"""

from __future__ import annotations

import os
import shutil

import pytest
from django.db.backends.signals import connection_created

from tests import rollback, servers
from tests.browser import CHROMIUM

CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

HOW_TO_ENABLE = {
    "postgres": "set DATABASE_URL=postgres://postgres@127.0.0.1:5432/test",
    "redis": "set REDIS_URL=redis://127.0.0.1:6379/0",
    "browser": "apt-get install -y chromium (or set CHROMIUM_PATH)",
    "nginx": "apt-get install -y nginx",
    "coturn": "apt-get install -y coturn",
    "age": "apt-get install -y age",
    "libreoffice": "apt-get install -y libreoffice-calc-nogui",
    "ffmpeg": "apt-get install -y ffmpeg",
}


def _service_present(name: str) -> bool:
    if name == "postgres":
        return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    if name == "redis":
        return os.environ.get("REDIS_URL", "").startswith(("redis://", "rediss://"))
    if name == "browser":
        return bool(shutil.which(CHROMIUM) or os.path.exists(CHROMIUM))
    if name == "nginx":
        return bool(shutil.which("nginx") or os.path.exists("/usr/sbin/nginx"))
    if name == "libreoffice":
        return bool(shutil.which("soffice"))
    if name == "ffmpeg":
        return bool(shutil.which("ffprobe"))
    if name == "age":
        return bool(shutil.which("age") and shutil.which("age-keygen"))
    if name == "coturn":
        return bool(shutil.which("turnserver") or os.path.exists("/usr/bin/turnserver"))
    return True


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A transactional test must restore the database it flushes (``serialized_rollback=True``):
    otherwise every later test that does re-creates rows that post-migrate already made, and
    fails with a duplicate content type. Refused at collection, naming the test."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            raise pytest.UsageError(
                f"{item.nodeid}: use @pytest.mark.django_db(transaction=True, serialized_rollback=True)"
            )


def pytest_runtest_setup(item: pytest.Item) -> None:
    for name, how in HOW_TO_ENABLE.items():
        if item.get_closest_marker(name) and not _service_present(name):
            message = f"needs {name}: {how}"
            if CI:
                pytest.fail(f"CI=true and this test {message}", pytrace=False)
            pytest.skip(message)


connection_created.connect(servers.remember_thread_connection, weak=False)
# Transactional tests restore what migrations made with one bulk insert per model (tests/rollback.py).
rollback.install()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """pytest-django's test databases; before it drops them, the connections other threads of this
    process left open are closed, or PostgreSQL refuses the drop ("database ... is being accessed
    by other users") and the next run finds the database still there."""
    yield
    servers.close_thread_connections()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with empty caches: the default one (process-local or shared Redis) and each
    process's own (``local``)."""
    from django.core.cache import cache, caches

    cache.clear()
    caches["local"].clear()
    yield


@pytest.fixture
def redis_url() -> str:
    """The Redis the suite runs against (tests using it carry the ``redis`` marker)."""
    return os.environ["REDIS_URL"]


@pytest.fixture(autouse=True)
def _test_client_sign_in(request):
    """The test client's ``login()`` passes a request, as django-axes needs, and signs staff in
    with a verified second factor unless the test is marked ``real_two_factor``
    (``accounts/testing.py`` says how and why)."""
    from accounts import testing

    testing.install(staff_verified=request.node.get_closest_marker("real_two_factor") is None)
    yield
    testing.install()
