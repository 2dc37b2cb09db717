"""Security headers as a browser receives them: the CSP lets pages connect to their own origin
(and configured socket hosts) only, and HSTS is sent once, by Django, even behind the shipped
nginx site."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import ssl
import subprocess
import sys
import time

import pytest

from tests.servers import ROOT, DaphneServer, free_port, spawn

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def directive(policy: str, name: str) -> list[str]:
    for part in policy.split(";"):
        words = part.split()
        if words and words[0] == name:
            return words[1:]
    raise AssertionError(f"no {name} in {policy!r}")


@pytest.mark.django_db
def test_pages_may_connect_to_their_own_origin_only(client):
    policy = client.get("/healthz")["Content-Security-Policy"]
    assert directive(policy, "connect-src") == ["'self'"]  # no bare ws: / wss: (any host)


def test_extra_socket_origins_come_from_the_environment():
    env = {**os.environ, "CSP_CONNECT_SRC": "wss://live.example.edu.cn"}
    code = "from django.conf import settings as s; print(s.CONTENT_SECURITY_POLICY['DIRECTIVES'][%r])"
    code %= "connect-src"
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={**env, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert out.strip() == "[\"'self'\", 'wss://live.example.edu.cn']"


def production_site(tmp_path, upstream: int, port: int) -> str:
    from tests.certificates import self_signed

    cert, key = self_signed(tmp_path)
    secret = tmp_path / "hls-secret.conf"  # the root-only file operations.md describes
    secret.write_text('set $shanhai_hls_secret "test-secret";\n')
    site = (ROOT / "deploy" / "nginx" / "shanhai.conf").read_text()
    for old, new in {
        "/etc/nginx/shanhai-hls-secret.conf": str(secret),
        "/etc/letsencrypt/live/zhaopin.example.edu.cn/fullchain.pem": str(cert),
        "/etc/letsencrypt/live/zhaopin.example.edu.cn/privkey.pem": str(key),
        "/srv/shanhai/deploy": str(ROOT / "deploy"),
        "/srv/shanhai/var": str(tmp_path / "var"),
        "/var/cache/nginx/shanhai-hls": str(tmp_path / "hls-cache"),
        "server 127.0.0.1:8001;": f"server 127.0.0.1:{upstream};",
        "server 127.0.0.1:8002;": "",
        "server 127.0.0.1:8100;": f"server 127.0.0.1:{upstream};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{port} ssl;",
        "listen [::]:443 ssl http2;": "",
        "listen 80;": f"listen 127.0.0.1:{free_port()};",
        "listen [::]:80;": "",
    }.items():
        site = site.replace(old, new)
    return site


@pytest.mark.nginx
@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_hsts_is_sent_once_through_the_shipped_nginx_site(tmp_path):
    server = DaphneServer(env={"SECURE_HSTS_SECONDS": "31536000", "ALLOWED_HOSTS": "*"}).start()
    port = free_port()
    (tmp_path / "site.conf").write_text(production_site(tmp_path, server.port, port))
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(
        f"{kind}_temp_path {tmp_path}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (tmp_path / "nginx.conf").write_text(
        f"{user} daemon off; pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}}\n"
        f"http {{ access_log off; {temp} include /etc/nginx/mime.types; include {tmp_path}/site.conf; }}\n"
    )
    nginx = spawn(
        [NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], on_parent_death=signal.SIGTERM
    )
    try:
        context = ssl._create_unverified_context()  # noqa: S323 - a throwaway certificate on loopback
        headers: list[tuple[str, str]] = []
        for _ in range(50):
            try:
                connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=10)
                connection.request("GET", "/healthz", headers={"Host": "zhaopin.example.edu.cn"})
                response = connection.getresponse()
                headers = response.getheaders()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError(f"nginx did not answer: {(tmp_path / 'error.log').read_text()}")
        hsts = [value for name, value in headers if name.lower() == "strict-transport-security"]
        assert response.status == 200, headers
        assert hsts == ["max-age=31536000; includeSubDomains; preload"]
    finally:
        nginx.terminate()
        nginx.wait(10)
        server.stop()
