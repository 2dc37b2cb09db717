"""Settings for the test suite: the real settings with test-only secrets and speed-ups.

DATABASE_URL and REDIS_URL choose PostgreSQL and Redis exactly as in production.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-for-production")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
# The test process itself uses plain connections (pytest-django creates and drops the test
# database, which pooled connections would keep busy); server processes a test starts pool.
os.environ.setdefault("DB_POOL_MAX", "0")
os.environ.setdefault("VAR_DIR", os.path.join(os.path.dirname(os.path.dirname(__file__)), "var", "test"))

from events_server.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
os.makedirs(STATIC_ROOT, exist_ok=True)  # noqa: F405 - WhiteNoise warns when it is missing

# Each run keeps its live-room keys apart from other runs on the same Redis; server
# processes a test starts get the test's own prefix through the environment.
LIVE_ROOM_PREFIX = os.environ.get("LIVE_ROOM_PREFIX") or f"test:{os.getpid()}:live"
# Server processes started by tests (tests/servers.py) share the test database, so on
# SQLite it lives in a file, and they serve static files straight from the apps.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(os.environ["VAR_DIR"], "test-db.sqlite3")}  # noqa: F405
WHITENOISE_USE_FINDERS = True
