"""The two sides of ``bench/rtc_relay.py``, each run as its own process.

``server --mode ours|stock``: one 640x480@30 source and one aiortc peer per viewer.
  - ``ours``: the project's relay, ``livestream.media.broadcast.Broadcast``: one ``Rendition``
    encodes VP8 once and every viewer's sender gets a ``ViewerTrack`` of the same packets. The
    viewer is set up with the same steps as ``MediaHub.view`` (subscribe per transceiver, PLI
    wired to the shared keyframe request, VP8 only); the hub itself is not used because it
    needs Django, the database and a session.
  - ``stock``: ``aiortc.contrib.media.MediaRelay().subscribe(source)`` per viewer, so each
    viewer's sender encodes with aiortc's own ``Vp8Encoder``. Its bitrate is pinned to the same
    ``--bitrate`` (aiortc starts at 500 kbps and follows REMB between 250 kbps and 1.5 Mbps).
  The source is a loop of 60 pre-rendered frames of the demo pattern (``synthetic.draw_frame``:
  moving marker, colour bars, clock) with camera-like grain added (``--noise``), paced at 30 fps
  by aiortc's ``VideoStreamTrack`` clock and
  copied into a fresh ``VideoFrame`` each time, so the encoders see real motion but drawing
  (≈ 5 ms a frame with Pillow) is not part of the figure.
  It listens on a local TCP port (printed as ``port N``) for JSON lines: ``{"sdp": offer}`` →
  ``{"sdp": answer}``; ``{"cmd": "stats"}`` → encoder and queue counters.

``viewers --port P --n N``: N receive-only aiortc peers in this process. aiortc's decoder is
  replaced by one that only counts (returns one shared 16x16 frame per assembled VP8 frame), so
  a viewer costs RTP/SRTP/jitter-buffer work but no decoding, and its receive-side bandwidth
  estimator is off (see ``patch_decoders``); the first viewer keeps the real
  VP8 decoder as a check that what arrives decodes to 640x480. Prints ``ready`` (JSON) once
  every viewer has a frame, then answers ``mark`` on stdin with each viewer's frame count.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import av  # noqa: E402
from aiortc import RTCPeerConnection, RTCRtpSender, RTCSessionDescription  # noqa: E402
from aiortc.mediastreams import MediaStreamError, VideoStreamTrack  # noqa: E402

WIDTH, HEIGHT, LOOP = 640, 480, 60


# --- server ----------------------------------------------------------------------------------


def prerender(noise: float) -> list[list[bytes]]:
    """60 frames of the demo pattern as yuv420p plane bytes, with camera-like grain (Gaussian
    noise of sigma ``noise`` per pixel) so that VP8 uses its bitrate: the bare pattern encodes to
    ≈ 0.2 Mbps, sigma 3-4 fills 1 Mbps as a webcam picture does."""
    from django.conf import settings
    from PIL import Image, ImageChops

    if not settings.configured:
        settings.configure(QR_CJK_FONT="/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    from livestream.media.synthetic import draw_frame

    frames = []
    for index in range(LOOP):
        frame = draw_frame(index, "山海有约 · bench")
        if noise:
            grain = Image.effect_noise((WIDTH, HEIGHT), noise).convert("RGB")
            image = ImageChops.add(frame.to_image(), grain, 1.0, -128)
            frame = av.VideoFrame.from_image(image).reformat(format="yuv420p")
        frames.append([bytes(plane) for plane in frame.planes])
    return frames


class LoopTrack(VideoStreamTrack):
    """The pre-rendered frames at 30 fps, each a fresh frame (encoders stamp pts/pict_type)."""

    def __init__(self, planes: list[list[bytes]]) -> None:
        super().__init__()
        self.planes, self.index = planes, 0

    async def recv(self) -> av.VideoFrame:
        pts, time_base = await self.next_timestamp()
        frame = av.VideoFrame(WIDTH, HEIGHT, "yuv420p")
        for plane, data in zip(frame.planes, self.planes[self.index % LOOP], strict=True):
            plane.update(data)
        frame.pts, frame.time_base = pts, time_base
        self.index += 1
        return frame


def vp8_only() -> list:
    return [
        c for c in RTCRtpSender.getCapabilities("video").codecs if c.mimeType in ("video/VP8", "video/rtx")
    ]


class Server:
    def __init__(self, mode: str, bitrate: int, noise: float) -> None:
        self.mode, self.bitrate = mode, bitrate
        self.source = LoopTrack(prerender(noise))
        self.pcs: list[RTCPeerConnection] = []
        if mode == "ours":
            from livestream.media.broadcast import Broadcast

            self.broadcast = Broadcast(0, bitrate=bitrate, on_stage=lambda *_: None, hls=None)
            self.broadcast.attach("bench", [self.source])
        else:
            from aiortc.codecs import vpx
            from aiortc.contrib.media import MediaRelay

            vpx.DEFAULT_BITRATE = vpx.MIN_BITRATE = vpx.MAX_BITRATE = bitrate
            self.relay = MediaRelay()

    async def answer(self, offer: str) -> str:
        pc = RTCPeerConnection()
        self.pcs.append(pc)
        await pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
        for transceiver in pc.getTransceivers():
            if transceiver.kind != "video":
                continue
            if self.mode == "ours":  # as MediaHub.view does
                track = self.broadcast.subscribe("video")
                pc.addTrack(track)
                transceiver.sender._send_keyframe = track.want_keyframe
            else:
                pc.addTrack(self.relay.subscribe(self.source))
            transceiver.setCodecPreferences(vp8_only())
        await pc.setLocalDescription(await pc.createAnswer())
        return pc.localDescription.sdp

    def stats(self) -> dict:
        if self.mode != "ours":
            return {"peers": len(self.pcs)}
        video = self.broadcast.video
        return {
            "peers": len(self.pcs),
            "encoded": video.frames,
            "delivered": sum(v.delivered for v in video.viewers),
            "dropped": sum(v.dropped for v in video.viewers),
            "queued_max": max((v.queue.qsize() for v in video.viewers), default=0),
        }

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while line := await reader.readline():
            request = json.loads(line)
            reply = (
                self.stats() if request.get("cmd") == "stats" else {"sdp": await self.answer(request["sdp"])}
            )
            writer.write(json.dumps(reply).encode() + b"\n")
            await writer.drain()


async def serve(args: argparse.Namespace) -> None:
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    server = Server(args.mode, args.bitrate, args.noise)
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    print(f"port {listener.sockets[0].getsockname()[1]}", flush=True)
    if args.profile:
        # profile a steady window only: start and stop on SIGUSR1 / SIGUSR2
        import signal

        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGUSR1, profiler.enable)

        def stop() -> None:
            profiler.disable()
            profiler.dump_stats(args.profile)
            print("profiled", flush=True)

        loop.add_signal_handler(signal.SIGUSR2, stop)
    await asyncio.Event().wait()


# --- viewers ---------------------------------------------------------------------------------


class CountingDecoder:
    """Stands in for aiortc's VP8 decoder: one shared tiny frame per assembled frame."""

    frame = av.VideoFrame(16, 16, "yuv420p")
    made: list[CountingDecoder] = []

    def __init__(self) -> None:
        self.bytes = 0
        self.made.append(self)

    def decode(self, encoded_frame) -> list[av.VideoFrame]:
        self.bytes += len(encoded_frame.data)
        return [self.frame]


def patch_decoders(real: int) -> list[tuple[int, int]]:
    """The first ``real`` decoders decode for real; the rest only count. Returns sizes seen."""
    import aiortc.rtcrtpreceiver as receiver

    original, made, sizes = receiver.get_decoder, [0], []

    class CheckingDecoder:
        def __init__(self, inner) -> None:
            self.inner = inner

        def decode(self, encoded_frame):
            frames = self.inner.decode(encoded_frame)
            sizes.extend((f.width, f.height) for f in frames[:1] if len(sizes) < 5)
            return frames

    def get_decoder(codec):
        made[0] += 1
        if codec.mimeType.lower() == "video/vp8" and made[0] > real:
            return CountingDecoder()
        return CheckingDecoder(original(codec))

    receiver.get_decoder = get_decoder

    # No receive-side bandwidth estimation: under load aiortc's estimator sees queueing delay,
    # decides "overuse" and sends a REMB with nearly every packet, which costs this process and
    # the server (which unprotects and parses each). Neither relay adapts to REMB here anyway
    # (ours ignores it, stock's bitrate is pinned), and browsers send REMB about once a second.
    init = receiver.RTCRtpReceiver.__init__

    def without_estimator(self, *args, **kwargs) -> None:
        init(self, *args, **kwargs)
        self._RTCRtpReceiver__remote_bitrate_estimator = None

    receiver.RTCRtpReceiver.__init__ = without_estimator
    return sizes


class Viewer:
    def __init__(self) -> None:
        self.pc = RTCPeerConnection()
        self.pc.addTransceiver("video", direction="recvonly")
        self.frames = 0
        self.tasks: list[asyncio.Task] = []
        self.pc.on("track", lambda track: self.tasks.append(asyncio.ensure_future(self.count(track))))

    async def count(self, track) -> None:
        with contextlib.suppress(MediaStreamError):
            while True:
                await track.recv()
                self.frames += 1


async def watch(args: argparse.Namespace) -> None:
    sizes = patch_decoders(real=args.real)
    reader, writer = await asyncio.open_connection("127.0.0.1", args.port)
    viewers = [Viewer() for _ in range(args.n)]
    started = time.monotonic()
    for viewer in viewers:
        await viewer.pc.setLocalDescription(await viewer.pc.createOffer())
        writer.write(json.dumps({"sdp": viewer.pc.localDescription.sdp}).encode() + b"\n")
        await writer.drain()
        answer = json.loads(await reader.readline())["sdp"]
        await viewer.pc.setRemoteDescription(RTCSessionDescription(answer, "answer"))
    connected = time.monotonic() - started
    deadline = time.monotonic() + 60
    while not all(v.frames for v in viewers) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    print(
        json.dumps(
            {
                "ready": sum(1 for v in viewers if v.frames),
                "connect_s": round(connected, 2),
                "first_frames_s": round(time.monotonic() - started, 2),
            }
        ),
        flush=True,
    )
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        command = line.strip()
        if not command and line:
            continue
        if command == "mark":
            counted = {
                "t": time.monotonic(),
                "frames": [v.frames for v in viewers],
                "bytes": sum(d.bytes for d in CountingDecoder.made),  # VP8 payload, counting viewers
                "counting": len(CountingDecoder.made),
                "sizes": sizes,
                "states": dict(Counter(v.pc.connectionState for v in viewers)),
            }
            print(json.dumps(counted), flush=True)
        elif command == "stats":
            writer.write(b'{"cmd": "stats"}\n')
            await writer.drain()
            print((await reader.readline()).decode().strip(), flush=True)
        else:
            break
    await asyncio.gather(*(v.pc.close() for v in viewers), return_exceptions=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="role", required=True)
    server = sub.add_parser("server")
    server.add_argument("--mode", choices=["ours", "stock"], required=True)
    server.add_argument("--bitrate", type=int, default=1_000_000)
    server.add_argument("--noise", type=float, default=4.0, help="grain sigma; 0 = the bare pattern")
    server.add_argument("--profile", help="write a cProfile of the window between SIGUSR1 and SIGUSR2 here")
    viewers = sub.add_parser("viewers")
    viewers.add_argument("--port", type=int, required=True)
    viewers.add_argument("--n", type=int, required=True)
    viewers.add_argument("--real", type=int, default=1, help="how many viewers decode for real")
    args = parser.parse_args()
    asyncio.run(serve(args) if args.role == "server" else watch(args))


if __name__ == "__main__":
    main()
