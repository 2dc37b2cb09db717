"""HLS through Debian's nginx with deploy/nginx's locations: what reaches the media process (the
origin) when many viewers ask, and nginx's own check of login-only sessions' signed links."""

from __future__ import annotations

import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from asgiref.sync import async_to_sync

from livestream.media import hls
from livestream.tests.test_hls import record
from livestream.tests.test_stack import Nginx, collect_static, get
from tests.servers import DaphneServer

pytestmark = [pytest.mark.nginx, pytest.mark.ffmpeg, pytest.mark.slow]
LANGUAGES = ["zh-CN,zh;q=0.9", "en-US,en;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8", ""]


def fetch(url: str, language: str = "") -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Language": language} if language else {})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def stack(live_world, tmp_path, settings):
    """nginx in front of a media process serving a real recording of the session from HLS_ROOT."""
    root = tmp_path / "hls"
    settings.HLS_ROOT = str(root)
    async_to_sync(record)(hls.session_dir(live_world.session.pk), 3)
    var_dir = tmp_path / "var"
    collect_static(var_dir)
    media = DaphneServer(env={"HLS_ENABLED": "false", "HLS_ROOT": str(root)})
    proxy = Nginx(tmp_path, [media], var_dir, media=media)
    try:
        media.start()
        proxy.start()
        yield proxy
    finally:
        proxy.stop()
        media.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_origin_request_per_segment_whatever_the_language_and_a_playlist_a_second(live_world, stack):
    base = f"{stack.url}/live/{live_world.session.pk}/hls"
    bodies = set()
    for language in LANGUAGES * 2:
        status, headers, body = fetch(f"{base}/hi00001.ts", language)
        assert status == 200 and "Vary" not in headers and "immutable" in headers["Cache-Control"]
        bodies.add(body)
    assert len(bodies) == 1
    assert len(stack.origin_requests("hi00001.ts")) == 1, "one cache entry for every language"

    def burst() -> list[int]:
        with ThreadPoolExecutor(50) as pool:
            return list(pool.map(lambda i: fetch(f"{base}/hi.m3u8", LANGUAGES[i % 4])[0], range(200)))

    assert set(burst()) == {200}
    assert len(stack.origin_requests("hi.m3u8")) == 1, "200 viewers at once: proxy_cache_lock, one request"
    started = time.monotonic()
    while time.monotonic() - started < 3:  # a crowd refreshing for three seconds
        assert set(burst()) == {200}
    fetched = len(stack.origin_requests("hi.m3u8"))
    assert fetched <= 1 + 2 * (time.monotonic() - started + 1), (
        f"{fetched} origin requests: about one a second"
    )
    assert fetched >= 2, "the playlist is not cached for longer than a segment or two"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_login_only_links_are_checked_by_nginx_without_asking_the_origin(live_world, stack, settings):
    session = live_world.session
    type(session).objects.filter(pk=session.pk).update(login_to_watch=True)
    expires = hls.link_expiry()
    token = hls.sign(session.pk, expires)
    signed = f"{stack.url}/live/{session.pk}/hls/s/{expires}/{token}"
    past = int(time.time()) - 60
    # The first character (its 6 bits all count: the last one's low 4 bits are base64 padding,
    # which nginx's decoder ignores).
    flipped = ("B" if token[0] != "B" else "C") + token[1:]
    refused = [
        f"{stack.url}/live/{session.pk}/hls/s/{expires}/{'A' * 22}/hi00001.ts",  # made up
        f"{stack.url}/live/{session.pk}/hls/s/{expires}/{flipped}/hi00001.ts",  # tampered
        f"{stack.url}/live/{session.pk}/hls/s/{expires + 3600}/{token}/hi00001.ts",  # a longer life
        f"{stack.url}/live/{session.pk + 1}/hls/s/{expires}/{token}/hi00001.ts",  # another session
        f"{stack.url}/live/{session.pk}/hls/s/{past}/{hls.sign(session.pk, past)}/hi00001.ts",  # expired
        f"{stack.url}/live/{session.pk}/hls/s/{expires}/x/index.m3u8",
    ]
    for url in refused:
        assert fetch(url)[0] == 403, url
    assert stack.origin_requests() == [], "nginx refused them all itself"
    assert get(f"{stack.url}/live/{session.pk}/hls/hi00001.ts")[0] in (302, 403), "no link, no video"

    master = fetch(f"{signed}/index.m3u8")
    assert master[0] == 200 and b"hi.m3u8" in master[2]
    for language in LANGUAGES:
        status, headers, _body = fetch(f"{signed}/hi00001.ts", language)
        assert status == 200 and "Vary" not in headers
    assert len(stack.origin_requests(f"{token}/hi00001.ts")) == 1, "signed segments are cached once too"
