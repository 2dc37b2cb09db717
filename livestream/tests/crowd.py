"""A crowd of WebRTC viewers in a process of its own, for tests that kill it as a crash would.

    python -m livestream.tests.crowd <view URL> <viewers>

Each viewer is a real aiortc peer whose decoder only counts frames (a crowd of real decoders
would need more cores than the server it measures). Prints ``ready <n>`` once every viewer has
received video, then waits to be killed, or, told ``leave`` on its standard input, leaves as a page
does (the leave endpoint for each viewer, then ``RTCPeerConnection.close()``), prints ``left <n>``
and exits."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import urllib.request

import aiortc.rtcrtpreceiver
from aiortc import RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

CSRF = "c" * 32
FRAMES_BEFORE_READY = 10
counting: set[asyncio.Future] = set()


class CountingDecoder:
    def decode(self, encoded_frame):
        return [encoded_frame]


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(  # noqa: S310 - a loopback http URL from the test
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "X-CSRFToken": CSRF, "Cookie": f"csrftoken={CSRF}"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return json.load(response)


async def join(url: str, frames: list[int], index: int) -> tuple[RTCPeerConnection, str]:
    pc = RTCPeerConnection()
    pc.addTransceiver("video", direction="recvonly")
    pc.addTransceiver("audio", direction="recvonly")

    @pc.on("track")
    def on_track(track) -> None:
        if track.kind == "video":
            counting.add(asyncio.ensure_future(count(track, frames, index)))

    await pc.setLocalDescription(await pc.createOffer())
    answer = await asyncio.to_thread(post, url, {"sdp": pc.localDescription.sdp})
    await pc.setRemoteDescription(RTCSessionDescription(answer["sdp"], "answer"))
    return pc, answer["peer"]


async def count(track, frames: list[int], index: int) -> None:
    with contextlib.suppress(MediaStreamError):  # the connection ended
        while True:
            await track.recv()
            frames[index] += 1


async def main(url: str, viewers: int) -> None:
    aiortc.rtcrtpreceiver.get_decoder = lambda codec: CountingDecoder()
    frames = [0] * viewers
    peers = [await join(url, frames, i) for i in range(viewers)]
    while min(frames) < FRAMES_BEFORE_READY:
        await asyncio.sleep(0.1)
    print(f"ready {len(peers)}", flush=True)
    while (line := await asyncio.to_thread(sys.stdin.readline)).strip() != "leave":
        if not line:  # no input to come: wait to be killed
            await asyncio.Event().wait()
    left = await asyncio.gather(*(leave(url.replace("/rtc/view/", "/rtc/leave/"), *p) for p in peers))
    print(f"left {sum(left)}", flush=True)


async def leave(url: str, pc: RTCPeerConnection, peer: str) -> bool:
    closed = (await asyncio.to_thread(post, url, {"peer": peer})).get("closed") is True
    await pc.close()
    return closed


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
