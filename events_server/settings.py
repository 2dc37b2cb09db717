"""Settings for 山海有约, read from environment variables (see .env.example).

Defaults are safe for a development machine: SQLite under var/, in-process live
rooms and a local-memory cache. Set DATABASE_URL and REDIS_URL to run
on PostgreSQL and Redis. With DEBUG off the process refuses a default secret.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import re
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from events_server.env import env_bool, env_int, env_ints, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

DEFAULT_SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105
DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY", DEFAULT_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEFAULT_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Set SECRET_KEY to a long random value, "
        "or DEBUG=true on a development machine."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "channels",
    "directory",
    "accounts",
    "campaigns",
    "jobs",
    "livestream",
    "review",
    "audit",
    "qr",
    "booking",
    "reports",
    "workcalendar",
    "internships",
    "interviews",
    "offers",
    "messaging",
    "careers",
    "frontend",
    "notifications",
    "posters",
    "demo",
    "axes",
    "privacy",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "django_tasks_db",
    "background",
    "rest_framework",
    "drf_spectacular",
    "partners",
]

MIDDLEWARE = [
    "events_server.metrics.RequestTimingMiddleware",
    "livestream.media.middleware.SharedCacheMiddleware",  # outside the locale and session ones
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "privacy.middleware.ConsentMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "events_server.errors.DomainErrorMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "events_server.urls"
ASGI_APPLICATION = "events_server.asgi.application"
WSGI_APPLICATION = "events_server.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "campaigns.context_processors.current_campaign",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
    )
}
# PostgreSQL gets a connection pool per process (psycopg_pool, Django >= 5.1): under ASGI every
# request in flight runs in its own thread, and without a pool each would open a connection,
# so a burst of requests could exhaust the server's max_connections. 0 switches the pool off.
DB_POOL_MAX = env_int("DB_POOL_MAX", 20)
if DATABASES["default"]["ENGINE"].endswith("postgresql") and DB_POOL_MAX > 0:
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env_int("DB_POOL_MIN", 2),
        "max_size": DB_POOL_MAX,
        "timeout": env_int("DB_POOL_TIMEOUT", 10),  # seconds a request waits for a connection
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Threads per process that run requests (events_server.handlers), started as needed and reused;
# a request beyond them waits for one. Sync views: a few per process, since only one thread runs
# Python at a time (the GIL) and more only contend (bench/booking.py: 2-4 beat 10, and threads
# beyond the database pool queue on it). Async views hold a thread while they await, so they have
# a pool of their own.
HTTP_WORKER_THREADS = env_int("HTTP_WORKER_THREADS", 4)
HTTP_ASYNC_VIEW_THREADS = env_int("HTTP_ASYNC_VIEW_THREADS", 64)

REDIS_URL = env_str("REDIS_URL", "")
REDIS_SOCKET_TIMEOUT = env_int("REDIS_SOCKET_TIMEOUT_MS", 500) / 1000  # cache calls only
REDIS_RETRY_SECONDS = env_int("REDIS_RETRY_SECONDS", 5)  # after a failed cache call, skip Redis this long
# Each process's own memory, for public page parts that may be a little old and must not wait for
# Redis (the zone's featured jobs): a crowd arriving at once renders them once per process.
LOCAL_CACHE: dict[str, Any] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "shanhai-local",
}
CACHES: dict[str, dict[str, Any]]
# No channel layer: nothing sends through one. The live room fans out through its own hub
# (livestream/realtime/hub.py) on Redis pub/sub, so a socket costs no Redis channel and
# survives a Redis outage; a consumer without CHANNEL_LAYERS gets ``channel_layer = None``.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "events_server.cache.SharedRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_PREFIX", "shanhai"),
            # A stalled Redis costs a request at most this long per call; then it is a cache miss.
            "OPTIONS": {
                "socket_timeout": REDIS_SOCKET_TIMEOUT,
                "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
            },
        },
        "local": LOCAL_CACHE,
    }
    # Sessions are read from Redis and written through to the database: one query less per request.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}, "local": LOCAL_CACHE}

# Live rooms: Redis numbers, buffers and fans out room events across processes when
# REDIS_URL is set; otherwise one process does it in memory (see docs/realtime.md).
LIVE_ROOM_REDIS_URL = env_str("LIVE_ROOM_REDIS_URL", REDIS_URL)
LIVE_ROOM_PREFIX = env_str("LIVE_ROOM_PREFIX", "shanhai:live")
LIVE_ROOM_REDIS_TIMEOUT_MS = env_int("LIVE_ROOM_REDIS_TIMEOUT_MS", 2000)  # then events wait in the outbox
LIVE_ROOM_REPLAY_BUFFER = env_int("LIVE_ROOM_REPLAY_BUFFER", 500)  # events kept per room for resuming
LIVE_ROOM_TTL = env_int("LIVE_ROOM_TTL", 3 * 24 * 3600)  # seconds Redis keeps an idle room's keys
LIVE_ROOM_MAX_QUEUED = env_int("LIVE_ROOM_MAX_QUEUED", 500)  # frames waiting for one socket
LIVE_ROOM_MAX_UNACKED = env_int("LIVE_ROOM_MAX_UNACKED", 1000)  # events a client may be behind
LIVE_ROOM_MAX_FRAME = env_int("LIVE_ROOM_MAX_FRAME", 4096)  # bytes in one inbound frame
LIVE_ROOM_TICK_SECONDS = env_int("LIVE_ROOM_TICK_SECONDS", 2)  # viewer counts and idle checks
LIVE_ROOM_IDLE_SECONDS = env_int("LIVE_ROOM_IDLE_SECONDS", 75)  # close sockets silent this long
LIVE_ROOM_SNAPSHOT_SECONDS = env_int("LIVE_ROOM_SNAPSHOT_SECONDS", 2)  # reuse a room's public snapshot
# What a server process holds for one socket: bytes written but not yet taken by the client
# (daphne buffers without limit otherwise), sockets per client address, and how many
# distinct anonymous viewer ids one address may add to a room's unique viewers.
LIVE_ROOM_MAX_BUFFERED = env_int("LIVE_ROOM_MAX_BUFFERED", 512 * 1024)
LIVE_ROOM_SOCKETS_PER_ADDRESS = env_int("LIVE_ROOM_SOCKETS_PER_ADDRESS", 50)
LIVE_ROOM_VIEWERS_PER_ADDRESS = env_int("LIVE_ROOM_VIEWERS_PER_ADDRESS", 20)
# Coalescing and sampling (docs/realtime.md): events reaching a room within the window go out
# to viewers as one frame; the window is twice the time the room's last frame took to reach
# every socket of the process, kept between the two bounds (hosts and moderators: their own
# fixed window, 0 = at once); above LIVE_ROOM_CHAT_SAMPLE_RATE chat messages/s (0 = never)
# viewers get a sample of the chat. LIVE_ROOM_DIRECT_WRITES: under uvicorn, frames encoded
# once per tick are written to each socket's transport (livestream/realtime/clients.py).
LIVE_ROOM_COALESCE_MS = env_int("LIVE_ROOM_COALESCE_MS", 100)
LIVE_ROOM_COALESCE_MIN_MS = env_int("LIVE_ROOM_COALESCE_MIN_MS", 0)
LIVE_ROOM_DIRECT_WRITES = env_bool("LIVE_ROOM_DIRECT_WRITES", default=True)
LIVE_ROOM_HOST_COALESCE_MS = env_int("LIVE_ROOM_HOST_COALESCE_MS", 0)
LIVE_ROOM_CHAT_SAMPLE_RATE = env_int("LIVE_ROOM_CHAT_SAMPLE_RATE", 20)
LIVE_ROOM_RESUME_MAX = env_int("LIVE_ROOM_RESUME_MAX", 200)  # missed events sent on resume, else snapshot
# Peers whose X-Real-IP / X-Forwarded-For header names the client (the nginx in front).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", ["127.0.0.1", "::1"])

# Garbage collector thresholds for server processes (gen0, gen1, gen2). With thousands of
# sockets each holding objects, CPython's default (700, 10, 10) collects so often that fan-out
# to 5,000 viewers stalls (p99 772 -> 252 ms with these values, docs/performance.md).
GC_THRESHOLD = env_ints("GC_THRESHOLD", [100_000, 50, 1000], count=3)

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:home"
LOGOUT_REDIRECT_URL = "frontend:zone"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# Front-end libraries come from the npm registry (package.json + package-lock.json,
# installed by `make setup`) and are served as static files from their dist folders.
NODE_MODULES = BASE_DIR / "node_modules"
STATICFILES_DIRS = [
    ("vendor/chart.js", NODE_MODULES / "chart.js" / "dist"),
    ("vendor/hls.js", NODE_MODULES / "hls.js" / "dist"),
]
MEDIA_ROOT = VAR_DIR / "media"
# Uploaded files (resumes) are personal data: they are never served from a
# public URL, only through views that check who is asking.
MEDIA_URL = "/media-not-public/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
RESUME_MAX_BYTES = env_int("RESUME_MAX_BYTES", 10 * 1024 * 1024)
# Calendar days a university supervisor has to answer an intern's problem.
INTERNSHIP_PROBLEM_RESPONSE_DAYS = env_int("INTERNSHIP_PROBLEM_RESPONSE_DAYS", 3)
# The recruiter's live screening check (jobs:recruit_job_check), per user and minute.
JOB_CHECK_PER_MINUTE = env_int("JOB_CHECK_PER_MINUTE", 30)
# Messages one person may send per minute across their conversations (messaging); more get a 429.
MESSAGES_PER_MINUTE = env_int("MESSAGES_PER_MINUTE", 20)

# Security: every flag follows DEBUG unless the environment says otherwise.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HSTS has one owner: Django's SecurityMiddleware sends it on HTTPS responses; the nginx site
# does not add its own (two headers were sent). See docs/operations.md.
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Scripts only from our own origin (no inline scripts anywhere); the admin needs inline styles.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        # hls.js plays through MediaSource (blob: URLs) and runs its demuxer in a blob: worker.
        "media-src": ["'self'", "blob:"],
        "worker-src": ["'self'", "blob:"],
        # 'self' covers this host's ws:/wss: too (CSP Level 3); sockets served from another host
        # are listed in CSP_CONNECT_SRC (e.g. wss://live.example.edu.cn), never any host at all.
        "connect-src": ["'self'", *env_list("CSP_CONNECT_SRC", [])],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# Live video (livestream/media): WebRTC seats per session in the process that terminates WebRTC,
# then HLS. ICE servers for browsers: STUN URLs as given; TURN URLs get time-limited credentials
# (coturn's use-auth-secret) minted for logged-in users only.
RTC_VIEWER_CAP = env_int("RTC_VIEWER_CAP", 50)
RTC_VIDEO_BITRATE = env_int("RTC_VIDEO_BITRATE", 1_000_000)
RTC_RECONNECT_GRACE = env_int("RTC_RECONNECT_GRACE", 120)
RTC_STUN_URLS = env_list("RTC_STUN_URLS", [])
TURN_URLS = env_list("TURN_URLS", [])
TURN_SECRET = env_str("TURN_SECRET", "")
TURN_CREDENTIAL_SECONDS = env_int("TURN_CREDENTIAL_SECONDS", 3600)
# 1:1 video interviews (interviews/): the room opens this many minutes before the start and closes
# this many after the end; a socket relays at most INTERVIEW_SIGNALS_PER_MINUTE signalling messages.
INTERVIEW_JOIN_EARLY_MINUTES = env_int("INTERVIEW_JOIN_EARLY_MINUTES", 15)
INTERVIEW_JOIN_LATE_MINUTES = env_int("INTERVIEW_JOIN_LATE_MINUTES", 60)
INTERVIEW_SIGNALS_PER_MINUTE = env_int("INTERVIEW_SIGNALS_PER_MINUTE", 120)
HLS_ENABLED = env_bool("HLS_ENABLED", default=True)
HLS_ROOT = Path(env_str("HLS_ROOT", str(VAR_DIR / "hls")))
# HLS: segment length (the constant target duration), segments in the live playlist's window,
# and login-only sessions' signed links (nginx's secure_link checks them with the same secret:
# set HLS_SECURE_LINK_SECRET explicitly in production and in nginx, see docs/operations.md).
HLS_SEGMENT_SECONDS = env_int("HLS_SEGMENT_SECONDS", 1)
HLS_WINDOW = env_int("HLS_WINDOW", 8)
# Each session's HLS encoders run in a process of their own (off the media process's GIL and loop);
# false encodes on a thread of the media process instead.
HLS_ENCODER_PROCESS = env_bool("HLS_ENCODER_PROCESS", default=True)
HLS_LINK_TTL = env_int("HLS_LINK_TTL", 6 * 3600)
HLS_SECURE_LINK_SECRET = env_str(
    "HLS_SECURE_LINK_SECRET", hashlib.sha256(f"hls-secure-link:{SECRET_KEY}".encode()).hexdigest()[:32]
)
# Live sessions without a publisher show a synthetic test pattern (make run turns this on).
DEMO_PUBLISHER = env_bool("DEMO_PUBLISHER", default=False)
# Media workers (livestream/media/placement.py): a process with MEDIA_WORKER_ID registers in Redis
# and takes live sessions; the browser reaches it at MEDIA_WORKER_URL (a path prefix nginx maps to
# it, /rtc/w/<id> by default). Leases are renewed every MEDIA_BEAT_SECONDS and lapse after
# MEDIA_LEASE_SECONDS; a lapsed session is placed again on the least loaded worker. Without Redis,
# or with no worker registered, the process that gets the offer serves the session (make run).
MEDIA_WORKER_ID = env_str("MEDIA_WORKER_ID", "")
MEDIA_WORKER_URL = env_str("MEDIA_WORKER_URL", f"/rtc/w/{MEDIA_WORKER_ID}" if MEDIA_WORKER_ID else "")
MEDIA_PLACEMENT_REDIS_URL = env_str("MEDIA_PLACEMENT_REDIS_URL", REDIS_URL)
MEDIA_PLACEMENT_PREFIX = env_str("MEDIA_PLACEMENT_PREFIX", "shanhai:media")
MEDIA_LEASE_SECONDS = env_int("MEDIA_LEASE_SECONDS", 6)
MEDIA_BEAT_SECONDS = env_int("MEDIA_BEAT_SECONDS", 2)
MEDIA_SESSION_COST = env_int("MEDIA_SESSION_COST_PERCENT", 30) / 100  # of a core, for placement only
if MEDIA_WORKER_ID and not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", MEDIA_WORKER_ID):
    raise ImproperlyConfigured("MEDIA_WORKER_ID: letters, digits, - and _ only (it is part of a URL path)")

# --- Background work (background/__init__.py, docs/operations.md) ---
# Tasks are rows in the database, written in the transaction that caused them; `manage.py worker`
# runs them. A worker beats every BACKGROUND_BEAT_SECONDS; a task claimed by a worker silent for
# BACKGROUND_STALE_SECONDS goes back to the queue.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default", "mail", "sms", "notifications", "exports", "webhooks"],
    }
}
BACKGROUND_BEAT_SECONDS = env_int("BACKGROUND_BEAT_SECONDS", 5)
BACKGROUND_STALE_SECONDS = env_int("BACKGROUND_STALE_SECONDS", 30)
BACKGROUND_SCHEDULE = env_bool("BACKGROUND_SCHEDULE", True)  # workers run background/schedule.py's jobs
BACKGROUND_PRUNE_DAYS = env_int("BACKGROUND_PRUNE_DAYS", 14)  # finished task rows kept this long
# The inbox badge is pushed to a person's pages through this channel layer (notifications/push.py);
# only the notifications socket uses it (the live room has its own hub). The in-process default
# reaches pages served by the process that made the notification; the others poll.
NOTIFICATIONS_CHANNEL_LAYER = env_str("NOTIFICATIONS_CHANNEL_LAYER", "channels.layers.InMemoryChannelLayer")
CHANNEL_LAYERS = {"notifications": {"BACKEND": NOTIFICATIONS_CHANNEL_LAYER}}
NOTIFICATIONS_POLL_SECONDS = env_int("NOTIFICATIONS_POLL_SECONDS", 30)  # pages without a shared layer

# Career services (careers/): providers by dotted path, like e-mail backends; the defaults need none.
CAREERS_LLM_BACKEND = env_str("CAREERS_LLM_BACKEND", "careers.providers.EmbeddedLLM")
CAREERS_LLM_BASE_URL = env_str("CAREERS_LLM_BASE_URL", "")
CAREERS_LLM_API_KEY = env_str("CAREERS_LLM_API_KEY", "")
CAREERS_LLM_MODEL = env_str("CAREERS_LLM_MODEL", "deepseek-chat")
CAREERS_STT_BACKEND = env_str("CAREERS_STT_BACKEND", "careers.providers.NoSTT")
CAREERS_STT_BASE_URL = env_str("CAREERS_STT_BASE_URL", "")
CAREERS_STT_API_KEY = env_str("CAREERS_STT_API_KEY", "")
CAREERS_STT_MODEL = env_str("CAREERS_STT_MODEL", "whisper-1")
CAREERS_PROVIDER_TIMEOUT = env_int("CAREERS_PROVIDER_TIMEOUT", 30)
CAREERS_PDF_FONT = env_str("CAREERS_PDF_FONT", "")
CAREERS_ACTIONS_PER_HOUR = env_int("CAREERS_ACTIONS_PER_HOUR", 60)
CAREERS_RECORDING_MAX_BYTES = env_int("CAREERS_RECORDING_MAX_BYTES", 8 * 1024 * 1024)

# --- Partner platforms' API (partners/, docs/partners.md) ---
# Each key may make PARTNERS_API_RATE_PER_MINUTE requests a minute unless its own limit is set;
# pages hold PARTNERS_API_PAGE_SIZE items (a client may ask for up to PARTNERS_API_PAGE_MAX).
# Webhooks: each attempt waits PARTNERS_WEBHOOK_TIMEOUT_SECONDS for an answer; a failed one is
# retried after PARTNERS_WEBHOOK_BACKOFF_SECONDS × 2^(attempt-1) (at most an hour), at most
# PARTNERS_WEBHOOK_MAX_ATTEMPTS times. Webhook URLs must be https and public unless
# PARTNERS_WEBHOOK_ALLOW_LOCAL (tests and local development only). A rotated key keeps working
# for PARTNERS_KEY_ROTATION_GRACE_HOURS so the partner can deploy the new one.
PARTNERS_API_RATE_PER_MINUTE = env_int("PARTNERS_API_RATE_PER_MINUTE", 600)
PARTNERS_API_PAGE_SIZE = env_int("PARTNERS_API_PAGE_SIZE", 100)
PARTNERS_API_PAGE_MAX = env_int("PARTNERS_API_PAGE_MAX", 1000)
PARTNERS_WEBHOOK_TIMEOUT_SECONDS = env_int("PARTNERS_WEBHOOK_TIMEOUT_SECONDS", 5)
PARTNERS_WEBHOOK_BACKOFF_SECONDS = env_int("PARTNERS_WEBHOOK_BACKOFF_SECONDS", 30)
PARTNERS_WEBHOOK_MAX_ATTEMPTS = env_int("PARTNERS_WEBHOOK_MAX_ATTEMPTS", 8)
PARTNERS_WEBHOOK_ALLOW_LOCAL = env_bool("PARTNERS_WEBHOOK_ALLOW_LOCAL", default=False)
PARTNERS_KEY_ROTATION_GRACE_HOURS = env_int("PARTNERS_KEY_ROTATION_GRACE_HOURS", 24)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["partners.api.auth.ApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["partners.api.auth.HasScope"],
    "DEFAULT_THROTTLE_CLASSES": ["partners.api.auth.KeyRateThrottle"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "partners.api.errors.exception_handler",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "山海有约 partner API",
    "DESCRIPTION": "Job postings, companies, live sessions and events for partner platforms; inbound "
    "campaign postings, weekly figures and webhooks. Guide: docs/partners.md.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "JobKindEnum": "jobs.models.JobPosting.Kind",
        "EventKindEnum": "booking.models.Event.Kind",
        "WebhookEventEnum": "partners.models.WebhookEvent",
    },
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "noreply@shanhai.example")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"daphne.access": {"level": "WARNING"}},
}

# The campaign shown at "/" when several exist.
CAMPAIGN_SLUG = env_str("CAMPAIGN_SLUG", "")
ZONE_COUNTERS_CACHE_SECONDS = env_int("ZONE_COUNTERS_CACHE_SECONDS", 10)
# The zone's featured jobs, rendered once per process and language this often (0: every time).
ZONE_FEATURED_CACHE_SECONDS = env_int("ZONE_FEATURED_CACHE_SECONDS", 30)
# The header's unread badge, per person: cleared when a notification is made or read; this bounds
# how long a count can stay wrong if a clearing is missed (Redis down at that moment, a race).
NOTIFICATIONS_UNREAD_CACHE_SECONDS = env_int("NOTIFICATIONS_UNREAD_CACHE_SECONDS", 300)
JOBS_PER_PAGE = 20
ADMIN_SITE_HEADER = _("Shanhai recruitment administration")

# Links and QR codes. SITE_URL is the public address codes and posters point to (for example
# https://zhaopin.example.edu.cn); empty means the address the request came in on.
SITE_URL = env_str("SITE_URL", "").rstrip("/")
QR_CJK_FONT = env_str("QR_CJK_FONT", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
QR_CJK_FONT_BOLD = env_str("QR_CJK_FONT_BOLD", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")
QR_ATTRIBUTION_DAYS = env_int("QR_ATTRIBUTION_DAYS", 30)  # how long a link gets credit for what follows

# Prometheus metrics at /metrics, served only to these addresses or networks (scrape each
# daphne process on its own port; nginx does not pass /metrics through).
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", ["127.0.0.1/32", "::1/128"])
for _network in METRICS_ALLOWED_IPS:
    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"METRICS_ALLOWED_IPS: {_network!r} is not an address or network"
        ) from None

# --- Identity: SMS codes, sign-in throttling, two-factor sign-in (docs/operations.md, Sign-in) ---
# Text messages go through a backend like e-mail: console (prints the code), file, or Aliyun SMS.
# Retention (privacy/tasks.py, run daily): SMS codes and failed sign-in records are deleted after these.
PHONE_CODE_RETENTION_HOURS = env_int("PHONE_CODE_RETENTION_HOURS", 24)
SIGN_IN_FAILURE_RETENTION_DAYS = env_int("SIGN_IN_FAILURE_RETENTION_DAYS", 30)
# Personal data of a campaign is anonymised this many days after its last phase ended
# (campaigns.retention); audit entries older than this get pseudonymous contacts.
CAMPAIGN_RETENTION_DAYS = env_int("CAMPAIGN_RETENTION_DAYS", 365)
SMS_BACKEND = env_str("SMS_BACKEND", "accounts.sms.console.SmsBackend")
SMS_FILE_PATH = env_str("SMS_FILE_PATH", str(VAR_DIR / "sms"))
ALIYUN_SMS_ACCESS_KEY_ID = env_str("ALIYUN_SMS_ACCESS_KEY_ID", "")
ALIYUN_SMS_ACCESS_KEY_SECRET = env_str("ALIYUN_SMS_ACCESS_KEY_SECRET", "")
ALIYUN_SMS_SIGN_NAME = env_str("ALIYUN_SMS_SIGN_NAME", "")
ALIYUN_SMS_TEMPLATE_CODE = env_str("ALIYUN_SMS_TEMPLATE_CODE", "")
ALIYUN_SMS_NOTICE_TEMPLATE_CODE = env_str("ALIYUN_SMS_NOTICE_TEMPLATE_CODE", "")  # notifications: ${title}
ALIYUN_SMS_ENDPOINT = env_str("ALIYUN_SMS_ENDPOINT", "https://dysmsapi.aliyuncs.com/")
ALIYUN_SMS_TIMEOUT = env_int("ALIYUN_SMS_TIMEOUT", 5)
# One-time codes: valid this long, this many wrong tries, a new one only after the resend wait,
# and at most so many per phone a day and per client address an hour.
SMS_CODE_SECONDS = env_int("SMS_CODE_SECONDS", 300)
SMS_CODE_TRIES = env_int("SMS_CODE_TRIES", 5)
SMS_RESEND_SECONDS = env_int("SMS_RESEND_SECONDS", 60)
SMS_CODES_PER_PHONE_PER_DAY = env_int("SMS_CODES_PER_PHONE_PER_DAY", 10)
SMS_CODES_PER_ADDRESS_PER_HOUR = env_int("SMS_CODES_PER_ADDRESS_PER_HOUR", 20)
# Accounts created per client address an hour (username and phone sign-up alike).
SIGNUPS_PER_ADDRESS_PER_HOUR = env_int("SIGNUPS_PER_ADDRESS_PER_HOUR", 10)
# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT failed password sign-ins an account
# and, separately, a client address (the real client behind nginx) are locked for AXES_COOLOFF_MINUTES.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_MINUTES = env_int("AXES_COOLOFF_MINUTES", 15)
AXES_COOLOFF_TIME = dt.timedelta(minutes=AXES_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]  # each on its own: per account and per address
AXES_CLIENT_IP_CALLABLE = "events_server.clientip.axes_client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # keep failed attempts only, not a log of every successful sign-in
AXES_VERBOSE = False
# Two-factor sign-in (django-otp TOTP, recovery codes) for these roles, administrators and staff users.
TWO_FACTOR_ROLES = env_list("TWO_FACTOR_ROLES", ["reviewer", "university_staff", "admin"])
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "山海有约")
# django-otp's own device admins, were they ever registered (accounts/admin.py replaces them).
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
