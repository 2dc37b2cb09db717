"""deploy/coturn/turnserver.conf under Debian's coturn, on loopback: an allocation succeeds with
a freshly minted time-limited credential and is refused with an expired or forged one."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import shutil
import socket
import struct
import subprocess
import time
from pathlib import Path

import pytest

from livestream.turn import mint
from tests.servers import ROOT, free_port, spawn

pytestmark = [pytest.mark.coturn, pytest.mark.slow]
TURNSERVER = shutil.which("turnserver") or "/usr/bin/turnserver"
MAGIC = 0x2112A442
ALLOCATE, ALLOCATE_OK, ALLOCATE_ERROR = 0x0003, 0x0103, 0x0113
USERNAME, MESSAGE_INTEGRITY, ERROR_CODE, REALM, NONCE = 0x0006, 0x0008, 0x0009, 0x0014, 0x0015
XOR_RELAYED_ADDRESS, REQUESTED_TRANSPORT, XOR_PEER_ADDRESS = 0x0016, 0x0019, 0x0012
CREATE_PERMISSION = 0x0008
SECRET = "test-secret-" + secrets.token_hex(8)
REALM_NAME = "zhaopin.example.edu.cn"


def attribute(kind: int, value: bytes) -> bytes:
    return struct.pack("!HH", kind, len(value)) + value + b"\0" * (-len(value) % 4)


def message(kind: int, attributes: bytes, transaction: bytes) -> bytes:
    return struct.pack("!HHI", kind, len(attributes), MAGIC) + transaction + attributes


def with_integrity(kind: int, attributes: bytes, transaction: bytes, key: bytes) -> bytes:
    """Append MESSAGE-INTEGRITY: HMAC-SHA1 over the message whose length already counts it."""
    header = struct.pack("!HHI", kind, len(attributes) + 24, MAGIC) + transaction
    mac = hmac.new(key, header + attributes, hashlib.sha1).digest()
    return header + attributes + attribute(MESSAGE_INTEGRITY, mac)


def parse(data: bytes) -> tuple[int, dict[int, bytes]]:
    kind, length, _magic = struct.unpack("!HHI", data[:8])
    attributes, position = {}, 20
    while position < 20 + length:
        code, size = struct.unpack("!HH", data[position : position + 4])
        attributes[code] = data[position + 4 : position + 4 + size]
        position += 4 + size + (-size % 4)
    return kind, attributes


class TurnClient:
    """Just enough of a TURN client (RFC 5766, long-term credentials) for these tests."""

    def __init__(self, port: int, username: str, password: str) -> None:
        self.server = ("127.0.0.1", port)
        self.username, self.password = username, password
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.settimeout(3)
        self.realm = self.nonce = self.key = b""

    def close(self) -> None:
        self.udp.close()

    def ask(self, data: bytes) -> tuple[int, dict[int, bytes]]:
        """Send a request and read its answer, retransmitting the same request over UDP as STUN
        clients do (RFC 5389 7.2.1) when no answer comes: a datagram can be lost on a busy machine."""
        for attempt in range(4):
            self.udp.sendto(data, self.server)
            try:
                return parse(self.udp.recv(2048))
            except TimeoutError:
                if attempt == 3:
                    raise
        raise AssertionError("unreachable")

    def signed(self, kind: int, attributes: bytes) -> tuple[int, dict[int, bytes]]:
        identity = (
            attribute(USERNAME, self.username.encode())
            + attribute(REALM, self.realm)
            + attribute(NONCE, self.nonce)
        )
        return self.ask(with_integrity(kind, identity + attributes, secrets.token_bytes(12), self.key))

    def allocate(self) -> tuple[int, dict[int, bytes]]:
        transport = attribute(REQUESTED_TRANSPORT, bytes([17, 0, 0, 0]))
        kind, challenge = self.ask(message(ALLOCATE, transport, secrets.token_bytes(12)))
        assert kind == ALLOCATE_ERROR and REALM in challenge and NONCE in challenge
        self.realm, self.nonce = challenge[REALM], challenge[NONCE]
        secret = f"{self.username}:{self.realm.decode()}:{self.password}"
        self.key = hashlib.md5(secret.encode()).digest()  # noqa: S324 - the key RFC 5389 defines
        return self.signed(ALLOCATE, transport)

    def permit(self, peer: str) -> tuple[int, dict[int, bytes]]:
        """CreatePermission for ``peer``: coturn refuses peers in denied ranges with 403."""
        address = struct.unpack("!I", socket.inet_aton(peer))[0] ^ MAGIC
        value = struct.pack("!BBHI", 0, 1, 9 ^ (MAGIC >> 16), address)
        return self.signed(CREATE_PERMISSION, attribute(XOR_PEER_ADDRESS, value))


def allocate(port: int, username: str, password: str) -> tuple[int, dict[int, bytes]]:
    client = TurnClient(port, username, password)
    try:
        return client.allocate()
    finally:
        client.close()


@pytest.fixture
def coturn(tmp_path: Path):
    port = free_port()
    config = (ROOT / "deploy" / "coturn" / "turnserver.conf").read_text()
    lines = [
        line
        for line in config.splitlines()
        if not line.startswith(
            ("listening-port", "tls-listening-port", "cert=", "pkey=", "static-auth-secret", "realm")
        )
    ]
    lines += [
        f"listening-port={port}",
        "listening-ip=127.0.0.1",
        "relay-ip=127.0.0.1",
        f"static-auth-secret={SECRET}",
        f"realm={REALM_NAME}",
        "no-tls",
        "no-dtls",
        f"pidfile={tmp_path}/turnserver.pid",
        f"userdb={tmp_path}/turndb",
    ]
    (tmp_path / "turnserver.conf").write_text("\n".join(lines) + "\n")
    process = spawn(
        [TURNSERVER, "-c", str(tmp_path / "turnserver.conf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()  # TCP listener up
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(process.stdout.read().decode()) from None
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(10)


def test_a_fresh_credential_allocates_a_relay(coturn):
    credential = mint(SECRET, "u42", valid_for=600)
    kind, attributes = allocate(coturn, credential.username, credential.password)
    assert kind == ALLOCATE_OK, attributes.get(ERROR_CODE)
    assert XOR_RELAYED_ADDRESS in attributes


def test_an_expired_credential_is_refused(coturn):
    credential = mint(SECRET, "u42", valid_for=600, now=time.time() - 3600)
    kind, attributes = allocate(coturn, credential.username, credential.password)
    assert kind == ALLOCATE_ERROR and attributes[ERROR_CODE][2:4] == bytes([4, 1])  # 401


def test_a_credential_signed_with_another_secret_is_refused(coturn):
    credential = mint("not-the-secret", "u42", valid_for=600)
    kind, attributes = allocate(coturn, credential.username, credential.password)
    assert kind == ALLOCATE_ERROR and attributes[ERROR_CODE][2:4] == bytes([4, 1])


@pytest.mark.parametrize("peer", ["127.0.0.1", "10.1.2.3", "192.168.1.10", "172.20.0.5", "169.254.169.254"])
def test_relaying_into_private_or_loopback_networks_is_refused(coturn, peer):
    credential = mint(SECRET, "u42", valid_for=600)
    client = TurnClient(coturn, credential.username, credential.password)
    try:
        assert client.allocate()[0] == ALLOCATE_OK
        kind, attributes = client.permit(peer)
    finally:
        client.close()
    assert kind == CREATE_PERMISSION | 0x0110 and attributes[ERROR_CODE][2:4] == bytes([4, 3])  # 403


def test_relaying_to_a_public_address_is_permitted(coturn):
    credential = mint(SECRET, "u42", valid_for=600)
    client = TurnClient(coturn, credential.username, credential.password)
    try:
        assert client.allocate()[0] == ALLOCATE_OK
        kind, _attributes = client.permit("203.0.113.7")
    finally:
        client.close()
    assert kind == CREATE_PERMISSION | 0x0100  # success


def test_minting_refuses_bad_input():
    with pytest.raises(ValueError):
        mint("", "u1", valid_for=60)
    with pytest.raises(ValueError):
        mint("s", "a:b", valid_for=60)
    assert os.path.exists(ROOT / "deploy" / "coturn" / "turnserver.conf")
