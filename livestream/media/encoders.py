"""One encoder per rendition, shared by every viewer: frames in, ``av.Packet`` out.

aiortc's senders accept encoded packets (``RTCRtpSender`` packs an ``av.Packet`` instead of
encoding a frame, the path ``MediaPlayer(decode=False)`` uses), so a packet encoded here once is
packetised, protected and sent by each viewer's sender without being encoded again."""

from __future__ import annotations

import fractions
import time

import av
from av.audio.resampler import AudioResampler
from av.video.frame import PictureType

VIDEO_CLOCK = fractions.Fraction(1, 90000)
AUDIO_RATE = 48000
AUDIO_CLOCK = fractions.Fraction(1, AUDIO_RATE)
OPUS_SAMPLES = 960  # 20 ms


class VideoEncoder:
    """libvpx VP8 in real-time mode (aiortc's settings, one step faster), keyframes on request only."""

    def __init__(self, width: int, height: int, bitrate: int) -> None:
        codec = av.CodecContext.create("libvpx", "w")
        codec.width, codec.height, codec.pix_fmt = width, height, "yuv420p"
        codec.time_base, codec.bit_rate = VIDEO_CLOCK, bitrate
        codec.gop_size, codec.qmin, codec.qmax = 3000, 2, 56
        codec.thread_count = 1
        codec.options = {
            "bufsize": str(bitrate),
            # -8 rather than aiortc's -6: a third less CPU per frame at the same PSNR on 640×480
            # camera-like input (docs/performance.md, "Media worker CPU per session").
            "cpu-used": "-8",
            "deadline": "realtime",
            "lag-in-frames": "0",
            "minrate": str(bitrate),
            "maxrate": str(bitrate),
            "noise-sensitivity": "4",
            "overshoot-pct": "15",
            "partitions": "0",
            "static-thresh": "1",
            "undershoot-pct": "100",
        }
        self.codec, self.size = codec, (width, height)

    def encode(self, frame: av.VideoFrame, pts: int, keyframe: bool) -> list[av.Packet]:
        frame.pts, frame.time_base = pts, VIDEO_CLOCK
        frame.pict_type = PictureType.I if keyframe else PictureType.NONE
        packets = self.codec.encode(frame)
        for packet in packets:
            packet.time_base = VIDEO_CLOCK
        return packets


class AudioEncoder:
    """libopus, 20 ms frames, timestamps from the samples encoded so the clock never goes back."""

    def __init__(self) -> None:
        codec = av.CodecContext.create("libopus", "w")
        codec.bit_rate, codec.format, codec.layout = 64000, "s16", "stereo"
        codec.sample_rate, codec.time_base = AUDIO_RATE, AUDIO_CLOCK
        codec.options = {"application": "voip"}
        self.codec = codec
        self.resampler = AudioResampler(
            format="s16", layout="stereo", rate=AUDIO_RATE, frame_size=OPUS_SAMPLES
        )
        self.samples = 0
        self.started = time.monotonic()

    def catch_up(self) -> None:
        """After a gap (the publisher came back), jump the clock to the wall clock."""
        self.samples = max(self.samples, int((time.monotonic() - self.started) * AUDIO_RATE))

    def encode(self, frame: av.AudioFrame) -> list[av.Packet]:
        packets: list[av.Packet] = []
        frame.pts = None
        for chunk in self.resampler.resample(frame):
            chunk.pts, chunk.time_base = self.samples, AUDIO_CLOCK
            self.samples += chunk.samples
            packets += self.codec.encode(chunk)
        for packet in packets:
            packet.time_base = AUDIO_CLOCK
        return packets
