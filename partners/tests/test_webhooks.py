"""Webhooks against a real HTTP receiver (a thread running http.server) that fails, times out and
recovers: the worker retries with backoff, and each event is processed exactly once by the
receiver, which drops repeats by their Idempotency-Key."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from background.testing import drain, failed
from jobs.models import JobPosting
from jobs.services import close_job, publish_job
from livestream.models import LiveSession
from livestream.services.sessions import go_live
from partners.models import Delivery
from partners.webhooks import backoff
from tests.factories import make_campaign, make_company, make_job, make_recruiter

# The worker closes its connection after tasks: real transactions (reference data kept).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class Receiver:
    """A partner's endpoint: checks the signature, then answers from a script per request
    (``fail``: 500, ``slow``: processes it but answers after the sender gave up, ``ok``: 200)."""

    def __init__(self, script: list[str]) -> None:
        self.script = list(script)
        self.secret = ""
        self.processed: dict[str, dict] = {}  # idempotency key → payload, each once
        self.requests: list[tuple[str, str]] = []  # (key, what the script said)
        self.bad_signatures = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                stamp, signature = self.headers["X-Shanhai-Timestamp"], self.headers["X-Shanhai-Signature"]
                expected = hmac.new(
                    receiver.secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256
                ).hexdigest()
                if not hmac.compare_digest(signature, f"v1={expected}"):
                    receiver.bad_signatures += 1
                    self.send_response(401)
                    self.end_headers()
                    return
                key = self.headers["Idempotency-Key"]
                with receiver.lock:
                    step = receiver.script.pop(0) if receiver.script else "ok"
                    receiver.requests.append((key, step))
                    if step != "fail":
                        receiver.processed.setdefault(key, json.loads(body))  # a repeat is dropped
                if step == "slow":
                    time.sleep(1.5)  # longer than the sender waits
                self.send_response(500 if step == "fail" else 200)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_hooks(settings):
    settings.PARTNERS_WEBHOOK_ALLOW_LOCAL = True
    settings.PARTNERS_WEBHOOK_TIMEOUT_SECONDS = 1
    settings.PARTNERS_WEBHOOK_BACKOFF_SECONDS = 30


def test_backoff_doubles_up_to_an_hour(settings):
    settings.PARTNERS_WEBHOOK_BACKOFF_SECONDS = 30
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 8, 20)] == [30, 60, 120, 3600, 3600]


def test_each_event_reaches_the_receiver_exactly_once_through_failures_and_timeouts(api, local_hooks):
    company = make_company()
    recruiter = make_recruiter(company)
    # Deliveries go out in id order: the first fails, the second times out, then one fails again.
    with Receiver(["fail", "slow", "fail", "ok"]) as receiver:
        created = api.post(
            "/api/v1/webhooks/",
            {"url": receiver.url, "events": ["posting.published", "posting.closed", "session.live"]},
        )
        assert created.status_code == 201, created.content
        receiver.secret = created.json()["secret"]

        first = make_job(company, "算法工程师")  # published: one delivery
        pending = make_job(company, "数据工程师", publish=False)
        publish_job(pending)
        close_job(first, by=recruiter)
        now = timezone.now()
        session = LiveSession.objects.create(
            campaign=make_campaign(),
            company=company,
            title="直播",
            starts_at=now,
            ends_at=now + dt.timedelta(hours=1),
        )
        go_live(recruiter, session.pk)
        deliveries = list(Delivery.objects.order_by("id"))
        assert [d.event for d in deliveries] == [
            "posting.published",
            "posting.published",
            "posting.closed",
            "session.live",
        ]
        assert DBTaskResult.objects.filter(queue_name="webhooks").count() == 4  # queued with the change

        drain()
        states = {d.pk: d.state for d in Delivery.objects.all()}
        assert list(states.values()).count(Delivery.State.PENDING) == 3  # fail, timeout, fail
        # The retries wait: nothing more happens until their time comes.
        assert drain() == 0
        clock = timezone.now()
        for hop in range(1, 8):
            with time_machine.travel(clock + dt.timedelta(hours=hop), tick=True):
                drain()
            if not Delivery.objects.filter(state=Delivery.State.PENDING).exists():
                break

    assert failed() == []
    assert set(Delivery.objects.values_list("state", flat=True)) == {Delivery.State.DELIVERED}
    keys = [str(d.key) for d in Delivery.objects.order_by("id")]
    assert sorted(receiver.processed) == sorted(keys)  # each event processed once
    sent = [key for key, _step in receiver.requests]
    assert len(sent) > len(keys)  # some were sent more than once …
    assert len(receiver.processed) == len(set(sent)) == len(keys)  # … and counted once
    assert receiver.bad_signatures == 0
    assert {p["event"] for p in receiver.processed.values()} == {
        "posting.published",
        "posting.closed",
        "session.live",
    }

    log = api.get("/api/v1/deliveries/").json()["results"]
    timed_out = next(d for d in log if d["idempotency_key"] == sent[1])
    assert timed_out["attempts"] == 2
    assert (
        timed_out["attempt_log"][0]["status_code"] is None
        and "timed out" in timed_out["attempt_log"][0]["error"]
    )
    assert timed_out["attempt_log"][1]["status_code"] == 200


def test_no_webhook_no_delivery_and_unsubscribed_events_are_skipped(api, local_hooks):
    company = make_company()
    make_job(company)
    assert Delivery.objects.count() == 0
    api.post("/api/v1/webhooks/", {"url": "http://127.0.0.1:9/x", "events": ["session.ended"]})
    make_job(company, "另一个")
    assert Delivery.objects.count() == 0


def test_webhook_urls_must_be_public_https(api, settings):
    settings.PARTNERS_WEBHOOK_ALLOW_LOCAL = False
    for url in ("http://example.com/h", "https://127.0.0.1/h", "https://10.0.0.8/h", "ftp://example.com/"):
        response = api.post("/api/v1/webhooks/", {"url": url, "events": ["posting.published"]})
        assert response.status_code == 400, url
    ok = api.post(
        "/api/v1/webhooks/", {"url": "https://hooks.example.com/h", "events": ["posting.published"]}
    )
    assert ok.status_code == 201 and len(ok.json()["secret"]) == 64
    listed = api.get("/api/v1/webhooks/").json()
    assert [w["url"] for w in listed] == ["https://hooks.example.com/h"] and "secret" not in listed[0]
    assert api.delete(f"/api/v1/webhooks/{listed[0]['id']}/").status_code == 204
    assert api.get("/api/v1/webhooks/").json() == []


def test_a_delivery_that_keeps_failing_stops_after_the_last_attempt(api, local_hooks, settings):
    settings.PARTNERS_WEBHOOK_MAX_ATTEMPTS = 3
    with Receiver(["fail"] * 10) as receiver:
        receiver.secret = api.post(
            "/api/v1/webhooks/", {"url": receiver.url, "events": ["posting.published"]}
        ).json()["secret"]
        make_job(make_company())
        clock = timezone.now()
        drain()
        for hop in range(1, 5):
            with time_machine.travel(clock + dt.timedelta(hours=hop), tick=True):
                drain()
    delivery = Delivery.objects.get()
    assert delivery.state == Delivery.State.FAILED and delivery.attempts == 3
    assert len(receiver.requests) == 3
    assert JobPosting.objects.count() == 1
