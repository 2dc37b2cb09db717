"""The session encoded once more, to HLS (H.264 + AAC), in two renditions, for audiences of any size.

Files in ``HLS_ROOT/<session id>/`` (all static: nginx or a CDN serves and caches them)::

    index.m3u8              live master playlist: the two renditions below
    hi.m3u8, lo.m3u8        live media playlists: a sliding window of the last HLS_WINDOW segments
    replay.m3u8             the replay's master playlist
    hi-vod.m3u8, lo-vod.m3u8  the whole recording; ``#EXT-X-ENDLIST`` once the broadcast ends
    hi00000.ts, lo00000.ts  segments of HLS_SEGMENT_SECONDS each, same boundaries in both renditions

Renditions: ``hi`` 640×480 at 30 fps and RTC_VIDEO_BITRATE (1 Mbit/s), ``lo`` 480×360 at 15 fps and
≤ 400 kbit/s (weak phones decode half the frames; the writer encodes half as many).

Segments are cut on the wall clock, not by frame count: each frame is stamped when it reaches the
writer and the first frame of every HLS_SEGMENT_SECONDS period becomes a keyframe stamped at the
period's start, so every segment lasts one period and ``#EXT-X-TARGETDURATION`` never changes. A
frame the encoder could not take in time (CPU load) is dropped and counted, never played late, and a
pause of the source (a publisher reconnecting) is cut out of the timeline rather than stretching a
segment. The playlists are written here (temp file + rename: a reader never sees half a file), not by
FFmpeg's HLS muxer, whose target duration follows the longest segment.

Continuing a recording (for the media-worker placement):
``HlsWriter.for_session(session_id, resume=True)`` continues the recording in the session's directory
if it holds one: the old segments stay, numbering goes on, and both the live and the VOD playlists
get ``#EXT-X-DISCONTINUITY`` before the first new segment (a replay plays across the gap). Call it
whenever a session's broadcast opens on a worker after it had been live elsewhere (the previous
worker died or drained); an ended recording (``#EXT-X-ENDLIST``) is reopened too. ``resume=False``
(the default, and what a fresh broadcast does) starts a clean recording and deletes the old files.

``HLS_ROOT`` is one directory that every media worker writes and the HLS view reads; with workers on
several machines it must be shared storage (NFS or similar) mounted at the same path on each.

Login-only sessions are served from signed, expiring paths,
``/live/<id>/hls/s/<expires>/<token>/<file>``, that nginx checks (``secure_link``) and this module
signs (``sign``/``check_signature``); the playlists name files relatively, so one signature covers a
whole session's playlists and segments."""

from __future__ import annotations

import asyncio
import base64
import bisect
import contextlib
import fractions
import hashlib
import hmac
import logging
import multiprocessing
import os
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import av
from av.audio.resampler import AudioResampler
from av.video.reformatter import Interpolation, VideoReformatter
from django.conf import settings

log = logging.getLogger(__name__)

PLAYLIST = "index.m3u8"  # the live master playlist
REPLAY = "replay.m3u8"  # the replay's master playlist
RATE, AAC_SAMPLES = 48000, 1024
FPS = 30
TICK = fractions.Fraction(1, FPS)
QUEUE = 90  # frames; beyond that (the encoder cannot keep up) frames are dropped and counted
MAX_LAG = 0.5  # seconds: a video frame older than this when the encoder gets to it is dropped
FILE_NAME = re.compile(
    r"^(?:(?:index|replay|hi|lo|hi-vod|lo-vod)\.m3u8|(?:hi|lo)\d{5,9}\.ts|seg\d{5}\.ts)$"
)  # seg: older recordings


@dataclass(frozen=True)
class Rendition:
    name: str
    width: int
    height: int
    video_bitrate: int
    audio_bitrate: int
    bandwidth: int  # peak, as the master playlist declares it (video + audio + MPEG-TS overhead)
    fps: int = FPS  # a divisor of FPS: the rendition encodes every (FPS // fps)-th tick


def renditions() -> tuple[Rendition, ...]:
    hi = settings.RTC_VIDEO_BITRATE
    return (
        Rendition("hi", 640, 480, hi, 64000, int(hi * 1.1) + 80000),
        Rendition("lo", 480, 360, 280000, 48000, 400000, fps=FPS // 2),
    )


def session_dir(session_id: int) -> Path:
    return Path(settings.HLS_ROOT) / str(int(session_id))


def segment_seconds() -> int:
    return max(1, int(settings.HLS_SEGMENT_SECONDS))


def replay_name(session_id: int) -> str | None:
    """The replay's playlist if the recording is complete: ``replay.m3u8`` (or, for recordings made
    before the renditions, their single ``index.m3u8``)."""
    directory = session_dir(session_id)
    for vod, name in (("hi-vod.m3u8", REPLAY), (PLAYLIST, PLAYLIST)):
        try:
            if "#EXT-X-ENDLIST" in (directory / vod).read_text():
                return name
        except OSError:
            continue
    return None


def segment_listed(session_id: int, name: str) -> bool:
    """Whether a segment is complete: listed in its rendition's playlists. The muxer writes a
    segment in place, so before that a request would get (and a cache keep) half a file."""
    directory = session_dir(session_id)
    rendition = name[:2]
    for playlist in (f"{rendition}.m3u8", f"{rendition}-vod.m3u8", PLAYLIST):  # PLAYLIST: older recordings
        try:
            if f"\n{name}\n" in (directory / playlist).read_text():
                return True
        except OSError:
            continue
    return False


def replay_ready(session_id: int) -> bool:
    return replay_name(session_id) is not None


# -- signed paths for login-only sessions ---------------------------------------------------------
def sign(session_id: int, expires: int, secret: str | None = None) -> str:
    """nginx's ``secure_link_md5 "$expires/$session $secret"``: MD5, base64url without padding."""
    secret = settings.HLS_SECURE_LINK_SECRET if secret is None else secret
    digest = hashlib.md5(
        f"{int(expires)}/{int(session_id)} {secret}".encode(), usedforsecurity=False
    ).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def link_expiry(now: float | None = None) -> int:
    """At least HLS_LINK_TTL from now, rounded up to the hour: everyone who opens the page in the
    same hour gets the same URL, so caches (nginx, a CDN) keep one copy of each file."""
    now = time.time() if now is None else now
    hour = 3600
    return int(-(-(now + settings.HLS_LINK_TTL) // hour) * hour)


def check_signature(session_id: int, expires: object, token: object, now: float | None = None) -> bool:
    """Whether a path's ``expires``/``token`` are this server's signature for the session, unexpired.
    Accepts anything (it comes from a URL) and never raises."""
    if (
        not isinstance(expires, str | int)
        or not isinstance(token, str)
        or len(token) != 22
        or not token.isascii()
    ):
        return False
    expires = str(expires)
    if not expires.isascii() or not expires.isdigit() or len(expires) > 12:
        return False
    if int(expires) < (time.time() if now is None else now):
        return False
    return hmac.compare_digest(token, sign(session_id, int(expires)))


# -- playlists --------------------------------------------------------------------------------------
@dataclass
class Segment:
    number: int
    duration: float
    discontinuity: bool = False


@dataclass
class Track:
    """One rendition's playlists, kept in memory and rewritten whole on each new segment."""

    rendition: Rendition
    directory: Path
    segments: list[Segment] = field(default_factory=list)
    ended: bool = False
    gap: bool = False  # the next segment follows a discontinuity (a continued recording)

    @property
    def live_name(self) -> str:
        return f"{self.rendition.name}.m3u8"

    @property
    def vod_name(self) -> str:
        return f"{self.rendition.name}-vod.m3u8"

    def segment_name(self, number: int) -> str:
        return f"{self.rendition.name}{number:05d}.ts"

    def header(self, media_sequence: int, discontinuities: int, vod: bool) -> list[str]:
        lines = ["#EXTM3U", "#EXT-X-VERSION:3", f"#EXT-X-TARGETDURATION:{segment_seconds()}"]
        if vod:
            lines.append("#EXT-X-PLAYLIST-TYPE:" + ("VOD" if self.ended else "EVENT"))
        lines.append(f"#EXT-X-MEDIA-SEQUENCE:{media_sequence}")
        if discontinuities:
            lines.append(f"#EXT-X-DISCONTINUITY-SEQUENCE:{discontinuities}")
        lines.append("#EXT-X-INDEPENDENT-SEGMENTS")
        return lines

    def render(self, segments: list[Segment], skipped: list[Segment], vod: bool) -> str:
        first = segments[0].number if segments else (self.segments[-1].number + 1 if self.segments else 0)
        lines = self.header(first, sum(s.discontinuity for s in skipped), vod)
        for segment in segments:
            if segment.discontinuity:
                lines.append("#EXT-X-DISCONTINUITY")
            lines += [f"#EXTINF:{segment.duration:.3f},", self.segment_name(segment.number)]
        if self.ended:
            lines.append("#EXT-X-ENDLIST")
        return "\n".join(lines) + "\n"

    def write(self) -> None:
        window = max(3, int(settings.HLS_WINDOW))
        live = self.segments[-window:]
        write_atomically(
            self.directory / self.live_name, self.render(live, self.segments[:-window], vod=False)
        )
        write_atomically(self.directory / self.vod_name, self.render(self.segments, [], vod=True))

    def load(self) -> bool:
        """Read back an earlier recording's VOD playlist; whether there was one."""
        try:
            text = (self.directory / self.vod_name).read_text()
        except OSError:
            return False
        self.segments, duration, gap = [], None, False
        name = re.compile(rf"^{self.rendition.name}(\d+)\.ts$")
        for line in text.splitlines():
            if line.startswith("#EXTINF:"):
                duration = float(line[8:].split(",")[0])
            elif line == "#EXT-X-DISCONTINUITY":
                gap = True
            elif (found := name.match(line)) and duration is not None:
                self.segments.append(Segment(int(found[1]), duration, gap))
                duration, gap = None, False
        return bool(self.segments)


def write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text)
    os.replace(temporary, path)


def master(tracks: list[Track], vod: bool) -> str:
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for track in tracks:
        r = track.rendition
        lines += [
            f"#EXT-X-STREAM-INF:BANDWIDTH={r.bandwidth},RESOLUTION={r.width}x{r.height},FRAME-RATE={r.fps}.000",
            track.vod_name if vod else track.live_name,
        ]
    return "\n".join(lines) + "\n"


# -- encoding -----------------------------------------------------------------------------------------
class Output:
    """One rendition's encoders and FFmpeg's segment muxer (MPEG-TS files, cut at our keyframes)."""

    def __init__(self, track: Track, first: int) -> None:
        r = self.rendition = track.rendition
        self.track = track
        self.list_path = track.directory / f".{r.name}.csv"
        self.list_path.write_text("")
        self.list_offset = 0
        self.container = av.open(
            str(track.directory / f"{r.name}%05d.ts"),
            mode="w",
            format="segment",
            options={
                "segment_format": "mpegts",
                # Cut at every keyframe: the writer makes exactly one per segment period.
                "segment_time": "0.001",
                "segment_start_number": str(first),
                "segment_list": str(self.list_path),
                "segment_list_type": "csv",
                "break_non_keyframes": "0",
                "reset_timestamps": "0",
            },
        )
        video = self.container.add_stream("libx264", rate=r.fps)
        video.width, video.height, video.pix_fmt = r.width, r.height, "yuv420p"
        self.every = max(1, FPS // r.fps)  # ticks per frame of this rendition
        self.frame_time = fractions.Fraction(1, r.fps)  # the muxer may change the stream's time base
        video.time_base, video.bit_rate = self.frame_time, r.video_bitrate
        kbps = r.video_bitrate // 1000
        video.options = {
            "preset": "ultrafast",
            "tune": "zerolatency",
            "forced-idr": "1",
            # One thread: a session's encoder process is one of many on a core, and x264's slice
            # threads only add hand-offs there (same CPU per frame, more context switches).
            "threads": "1",
            # No keyframes of x264's own: ours come on the clock, once a segment.
            "x264-params": f"keyint={FPS * 10}:min-keyint=1:scenecut=0:vbv-maxrate={kbps}:vbv-bufsize={kbps}",
        }
        audio = self.container.add_stream("aac", rate=RATE, layout="stereo")
        audio.bit_rate = r.audio_bitrate
        self.video, self.audio = video, audio
        self.last = -1  # the last frame's timestamp, in frames of this rendition
        # One scaler for the whole recording (a fresh one per frame costs its set-up each time),
        # area averaging (the better filter for shrinking, and the cheaper), one thread.
        self.scaler = VideoReformatter()

    def encode_video(self, frame: av.VideoFrame, ticks: int, keyframe: bool) -> None:
        """Encode the frame of ``ticks`` (1/FPS s); a rendition of a lower frame rate takes the first
        frame of each of its frame periods (keyframes are on the segment period, one of those)."""
        r = self.rendition
        pts = ticks // self.every
        if pts <= self.last:
            return
        self.last = pts
        if (frame.width, frame.height, frame.format.name) != (r.width, r.height, "yuv420p"):
            frame = self.scaler.reformat(
                frame, r.width, r.height, "yuv420p", interpolation=Interpolation.AREA, threads=1
            )
        frame.pts, frame.time_base = pts, self.frame_time
        frame.pict_type = av.video.frame.PictureType.I if keyframe else av.video.frame.PictureType.NONE
        self.container.mux(self.video.encode(frame))

    def encode_audio(self, chunk: av.AudioFrame) -> None:
        self.container.mux(self.audio.encode(chunk))

    def finished_segments(self, keyframes: list[int], end_tick: int) -> list[Segment]:
        """Segments the muxer closed since the last call (its CSV list: name,start,end). Each lasts
        from its keyframe to the next one (``keyframes``, in ticks), however few frames it holds;
        the last one to ``end_tick`` (the end of the last frame written), so both renditions list
        the same durations whatever their frame rates.

        The muxer's start times can be shifted by a fraction of a tick (the AAC encoder's priming
        samples: 1024 at 48 kHz, 0.64 of a tick), so a segment is the keyframe nearest its start
        (keyframes are a segment period apart)."""
        with self.list_path.open() as handle:
            handle.seek(self.list_offset)
            text = handle.read()
        complete = text[: text.rfind("\n") + 1]
        self.list_offset += len(complete.encode())
        found = []
        for line in complete.splitlines():
            name, start, _end = line.rsplit(",", 2)
            number = int(re.sub(r"\D", "", name))
            at = float(start) * FPS
            index = bisect.bisect_left(keyframes, at)
            if index == len(keyframes) or (index > 0 and at - keyframes[index - 1] < keyframes[index] - at):
                index -= 1
            if index + 1 < len(keyframes):
                duration = (keyframes[index + 1] - keyframes[index]) / FPS
            else:  # the last one, at the end of the recording
                duration = max(1, end_tick - keyframes[index]) / FPS
            found.append(Segment(number, round(duration, 3)))
        return found

    def close(self) -> None:
        self.container.mux(self.video.encode(None))
        self.container.mux(self.audio.encode(None))
        self.container.close()


class HlsEncoder:
    """The encoding side of a session's HLS: timestamps, keyframes on the clock, both renditions'
    encoders and muxers, the playlists. Runs in the session's encoder process (``_serve``), or on a
    thread of the media process when ``HLS_ENCODER_PROCESS`` is off."""

    def __init__(self, directory: Path, *, resume: bool = False) -> None:
        self.directory, self.resume = directory, resume
        self.outputs: list[Output] = []
        self.resampler = AudioResampler(format="fltp", layout="stereo", rate=RATE, frame_size=AAC_SAMPLES)
        self.samples = 0
        self.ticks = -1
        self.period = -1  # the segment period of the last keyframe
        self.keyframes: list[int] = []  # each segment's first tick
        self.time = 0.0  # the recording's time of the last video frame written
        self.dropped = 0

    def open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        tracks = [Track(r, self.directory) for r in renditions()]
        continued = self.resume and any([track.load() for track in tracks])
        if not continued:
            for old in self.directory.glob("*"):
                if old.is_file():
                    old.unlink()  # a fresh broadcast of this session starts a fresh recording
            for track in tracks:
                track.segments = []
        first = max((t.segments[-1].number + 1 for t in tracks if t.segments), default=0)
        for track in tracks:
            track.ended = False
            track.gap = continued  # the first new segment follows a discontinuity
            self.outputs.append(Output(track, first))
        self.tracks = tracks
        if continued:
            log.info("HLS: continuing the recording in %s at segment %d", self.directory, first)

    def write(self, frame: av.VideoFrame | av.AudioFrame, arrived: float, t: float) -> None:
        if not self.outputs:
            self.open()
        if isinstance(frame, av.VideoFrame):
            self.write_video(frame, arrived, t)
            # Only a video keyframe ends a segment; looking for one after each video frame (not
            # after each audio frame too) lists it within a frame's time of the muxer closing it.
            self.publish()
        else:
            self.write_audio(frame)

    def write_video(self, frame: av.VideoFrame, arrived: float, t: float) -> None:
        seconds = segment_seconds()
        period = int(t // seconds)
        keyframe = period > self.period
        if not keyframe and time.monotonic() - arrived > MAX_LAG:
            self.dropped += 1  # late: dropping it keeps the timeline true, playing it would stretch it
            return
        if keyframe:
            # The first frame of a period is its keyframe, stamped at the period's start.
            self.period = period
            self.ticks = max(period * seconds * FPS, self.ticks + 1)
            self.keyframes.append(self.ticks)
        else:
            # Two frames closer than a tick would share a timestamp, which the muxer refuses; none
            # may reach into the next period, which starts with its keyframe. The tick a frame
            # arrived in (not the nearest one): rounding sent every frame of a period's last half
            # tick into the next period, where it was dropped (about one a second for a source
            # whose frames arrive with any jitter, as a WebRTC publisher's do).
            ticks = max(int(t * FPS), self.ticks + 1)
            if ticks >= (period + 1) * seconds * FPS:
                self.dropped += 1
                return
            self.ticks = ticks
        for output in self.outputs:
            output.encode_video(frame, self.ticks, keyframe)
        self.time = t
        self.fill_silence()

    def fill_silence(self) -> None:
        """Without a microphone (or while it lags), silence keeps audio and video interleaved."""
        while self.samples < (self.time - 0.3) * RATE:
            silence = av.AudioFrame(format="fltp", layout="stereo", samples=AAC_SAMPLES)
            for plane in silence.planes:
                plane.update(bytes(plane.buffer_size))
            silence.sample_rate = RATE
            self.encode_audio(silence)

    def write_audio(self, frame: av.AudioFrame) -> None:
        frame.pts = None
        for chunk in self.resampler.resample(frame):
            self.encode_audio(chunk)

    def encode_audio(self, chunk: av.AudioFrame) -> None:
        chunk.pts, chunk.time_base = self.samples, fractions.Fraction(1, RATE)
        self.samples += chunk.samples
        for output in self.outputs:
            output.encode_audio(chunk)

    def publish(self) -> None:
        """Add the segments the muxers closed to the playlists (the master ones with the first)."""
        changed = False
        for output in self.outputs:
            track = output.track
            for segment in output.finished_segments(self.keyframes, self.ticks + 1):
                segment.discontinuity, track.gap = track.gap, False
                track.segments.append(segment)
                changed = True
        if changed:
            for output in self.outputs:
                output.track.write()
            if not (self.directory / PLAYLIST).exists() or not (self.directory / REPLAY).exists():
                write_atomically(self.directory / PLAYLIST, master(self.tracks, vod=False))
                write_atomically(self.directory / REPLAY, master(self.tracks, vod=True))

    def finish(self, ended: bool = True) -> None:
        """Flush the encoders and list the last segment; ``ended`` closes the playlists too
        (``#EXT-X-ENDLIST``). Without it they stay live, for another worker to continue."""
        if not self.outputs:
            return
        for output in self.outputs:
            output.close()
        self.publish()
        for output in self.outputs:
            output.track.ended = ended
            output.track.write()
            output.list_path.unlink(missing_ok=True)


# -- the encoder process ------------------------------------------------------------------------------
# What the encoding side reads of the settings; an encoder process gets them from its media process.
ENCODER_SETTINGS = ("RTC_VIDEO_BITRATE", "HLS_SEGMENT_SECONDS", "HLS_WINDOW")
Packed = tuple[str, str, int, int, str, list[tuple[int, bytes]]]  # kind, format, size, layout, planes


def pack(frame: av.VideoFrame | av.AudioFrame) -> Packed:
    """A frame as plain data for the pipe (PyAV frames do not pickle): its planes' bytes, each
    with its line size."""
    if isinstance(frame, av.VideoFrame):
        if frame.format.name != "yuv420p":
            frame = frame.reformat(format="yuv420p")
        planes = [(p.line_size, bytes(p)) for p in frame.planes]
        return ("v", "yuv420p", frame.width, frame.height, "", planes)
    planes = [(p.buffer_size, bytes(p)) for p in frame.planes]
    return ("a", frame.format.name, frame.samples, frame.sample_rate, frame.layout.name, planes)


def unpack(packed: Packed) -> av.VideoFrame | av.AudioFrame:
    kind, fmt, first, second, layout, planes = packed
    frame: av.VideoFrame | av.AudioFrame
    if kind == "v":
        frame = av.VideoFrame(first, second, fmt)
        for plane, (line_size, data) in zip(frame.planes, planes, strict=True):
            if plane.line_size == line_size:
                plane.update(data)
                continue
            rows = len(data) // line_size  # other padding: copy row by row
            width = min(line_size, plane.line_size)
            view = memoryview(plane)
            for row in range(min(rows, plane.buffer_size // plane.line_size)):
                start = row * plane.line_size
                view[start : start + width] = data[row * line_size : row * line_size + width]
        return frame
    frame = av.AudioFrame(format=fmt, layout=layout, samples=first)
    frame.sample_rate = second
    for audio_plane, (_, data) in zip(frame.planes, planes, strict=True):
        size = audio_plane.buffer_size
        audio_plane.update(data[:size].ljust(size, b"\0"))
    return frame


def _serve(directory: str, resume: bool, config: dict[str, object], connection: Connection) -> None:
    """The encoder process: frames in from the media process, files out; it reports the frames it
    dropped after each one that changed the count, and ``("done", dropped)`` when it has finished."""
    if not settings.configured:
        settings.configure(**config)
    encoder = HlsEncoder(Path(directory), resume=resume)
    reported = 0
    ended = True
    while True:
        try:
            item = connection.recv()
        except EOFError:
            # The media process died: list what was encoded but leave the playlists live, so
            # players keep polling while the session is placed on another worker, which continues
            # the recording (``resume``).
            item, ended = None, False
        if item is None:
            break
        packed, arrived, t = item
        try:
            encoder.write(unpack(packed), arrived, t)
        except Exception:  # one bad frame must not end the stream
            log.exception("HLS: could not write a frame")
        if encoder.dropped != reported:
            reported = encoder.dropped
            with contextlib.suppress(OSError):
                connection.send(("dropped", reported))
    encoder.finish(ended)
    with contextlib.suppress(OSError):
        connection.send(("done", encoder.dropped))
    connection.close()


class EncoderProcess:
    """The media process's end of one session's encoder process (spawned, so it shares nothing with
    the media process but the pipe: its encoding holds neither the media process's GIL nor its loop)."""

    def __init__(self, directory: Path, resume: bool) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        config = {name: getattr(settings, name) for name in ENCODER_SETTINGS}
        self.process = context.Process(
            target=_serve, args=(str(directory), resume, config, child), name="hls-encoder", daemon=True
        )
        self.process.start()
        child.close()
        self.dropped = 0

    def send(self, frame: av.VideoFrame | av.AudioFrame, arrived: float, t: float) -> None:
        self.connection.send((pack(frame), arrived, t))
        self.read_reports()

    def read_reports(self, wait: float = 0) -> bool:
        """Read what the process reported; whether it said it is done."""
        while self.connection.poll(wait):
            kind, count = self.connection.recv()
            self.dropped = count
            if kind == "done":
                return True
        return False

    def finish(self, timeout: float = 30) -> None:
        with contextlib.suppress(OSError):
            self.connection.send(None)
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline and not self.read_reports(wait=0.5):
                if not self.process.is_alive():
                    break
        except (EOFError, OSError):
            pass
        self.process.join(max(0.0, deadline - time.monotonic()))
        if self.process.is_alive():
            log.error("HLS: the encoder process of %s did not finish; stopping it", self.process.pid)
            self.process.kill()
        self.connection.close()


class HlsWriter:
    """A session's HLS output: ``push`` frames from the media loop; they are stamped with their time
    in the recording here and encoded by the session's encoder process (``HLS_ENCODER_PROCESS``,
    the default) or, with that setting off, on a thread of this process."""

    def __init__(self, directory: Path, *, resume: bool = False) -> None:
        self.directory, self.resume = directory, resume
        self.queue: asyncio.Queue[tuple[av.VideoFrame | av.AudioFrame, float, float] | None] = asyncio.Queue()
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="hls")
        self.started = time.monotonic()
        self.last_push, self.pushed_period = 0.0, -1
        self.paused = 0.0  # seconds the source stood still (longer than a segment each time)
        self.queue_dropped = 0
        self.in_process = not settings.HLS_ENCODER_PROCESS
        self.encoder: HlsEncoder | EncoderProcess = (
            HlsEncoder(directory, resume=resume) if self.in_process else EncoderProcess(directory, resume)
        )
        self.worker = asyncio.ensure_future(self.run())

    @classmethod
    def for_session(cls, session_id: int, resume: bool = False) -> HlsWriter:
        """The session's writer; ``resume=True`` continues a recording already in its directory."""
        return cls(session_dir(session_id), resume=resume)

    @property
    def dropped(self) -> int:
        """Frames dropped: queued past QUEUE here, or too late or too close for the encoder."""
        return self.queue_dropped + self.encoder.dropped

    def push(self, frame: av.VideoFrame | av.AudioFrame) -> None:
        """Queue a frame, stamped now with its time in the recording. Past QUEUE frames waiting (the
        encoder cannot keep up) the frame is dropped, unless it is the first video frame of a new
        segment period: that one becomes the keyframe that ends the previous segment on time."""
        now = time.monotonic()
        starts_period = False
        if isinstance(frame, av.VideoFrame):
            seconds = segment_seconds()
            if self.last_push and now - self.last_push > seconds:
                self.paused += now - self.last_push - 1 / FPS  # the source paused: cut that out
            self.last_push = now
            period = int(self.at(now) // seconds)
            starts_period, self.pushed_period = period > self.pushed_period, max(period, self.pushed_period)
        if self.queue.qsize() >= QUEUE and not starts_period:
            self.queue_dropped += 1
            return
        self.queue.put_nowait((frame, now, self.at(now)))

    def at(self, now: float) -> float:
        """The recording's time at ``now``: the wall clock since the start, less the source's pauses."""
        return now - self.started - self.paused

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        encoder = self.encoder
        send = encoder.write if isinstance(encoder, HlsEncoder) else encoder.send
        while (item := await self.queue.get()) is not None:
            try:
                await loop.run_in_executor(self.executor, send, *item)
            except (BrokenPipeError, EOFError, ConnectionResetError):
                log.error("HLS: the encoder process of %s is gone", self.directory)
                while await self.queue.get() is not None:
                    pass
                break
            except Exception:  # one bad frame must not end the stream
                log.exception("HLS: could not write a frame")
        await loop.run_in_executor(self.executor, encoder.finish)

    async def close(self) -> None:
        self.queue.put_nowait(None)
        await self.worker
        self.executor.shutdown(wait=False)
