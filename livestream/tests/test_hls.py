"""The HLS recording as a player and Debian's ffprobe see it, and the files as the server serves them."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess

import av
import pytest
from django.test import AsyncClient
from django.urls import reverse

from livestream.media import stamp
from livestream.media.hls import PLAYLIST, HlsWriter, replay_ready, session_dir
from livestream.media.synthetic import BeepTrack, PatternTrack

SECONDS = 4
FFPROBE = shutil.which("ffprobe") or "ffprobe"


async def record(directory, seconds: float = SECONDS) -> HlsWriter:
    """Feed the writer the synthetic pattern and beep in real time, then end the recording."""
    writer = HlsWriter(directory)
    video, audio = PatternTrack("hls test"), BeepTrack()

    async def pump(track, frames: int) -> None:
        for _ in range(frames):
            writer.push(await track.recv())

    await asyncio.gather(pump(video, int(30 * seconds)), pump(audio, int(50 * seconds)))
    await writer.close()
    return writer


def probe(path, *entries: str) -> dict:
    """ffprobe's JSON for ``path``; any error it reports fails the test."""
    result = subprocess.run(  # noqa: S603 - Debian's ffprobe on our own file
        [FFPROBE, "-v", "error", "-of", "json", *entries, str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
@pytest.mark.ffmpeg
async def test_the_recording_is_valid_hls_that_ffprobe_reads_frame_by_frame(tmp_path):
    writer = await record(tmp_path)
    assert writer.dropped == 0
    lines = (tmp_path / PLAYLIST).read_text().splitlines()
    assert lines[0] == "#EXTM3U" and "#EXT-X-PLAYLIST-TYPE:EVENT" in lines and lines[-1] == "#EXT-X-ENDLIST"
    segments = [line for line in lines if line.endswith(".ts")]
    assert len(segments) >= SECONDS - 1
    durations = [float(line[8:].rstrip(",")) for line in lines if line.startswith("#EXTINF:")]
    assert all(d <= 1.5 for d in durations), "short segments keep the delay down"
    assert sum(durations) == pytest.approx(SECONDS, abs=0.7)

    streams = probe(
        tmp_path / PLAYLIST,
        "-count_frames",
        "-show_entries",
        "stream=codec_name,width,height,sample_rate,nb_read_frames",
    )["streams"]
    video = next(s for s in streams if s["codec_name"] == "h264")
    audio = next(s for s in streams if s["codec_name"] == "aac")
    assert (video["width"], video["height"]) == (640, 480)
    assert int(video["nb_read_frames"]) >= 30 * SECONDS - 10
    assert audio["sample_rate"] == "48000"
    for segment in segments:  # each segment plays on its own, starting with a keyframe
        first = probe(tmp_path / segment, "-select_streams", "v", "-show_frames", "-read_intervals", "%+#1")
        assert first["frames"][0]["key_frame"] == 1, segment


async def test_the_time_stamped_into_the_source_survives_h264(tmp_path):
    await record(tmp_path, seconds=2)
    with av.open(str(tmp_path / PLAYLIST)) as container:
        frame = next(container.decode(video=0))
        assert abs(stamp.latency_ms(frame)) < 60_000, "a plausible wall-clock time, read back"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_server_serves_the_playlist_fresh_and_segments_for_ever(live_world, settings, tmp_path):
    settings.HLS_ROOT = str(tmp_path)
    session = live_world.session.pk
    client = AsyncClient()
    url = lambda name: reverse("livestream:hls", args=[session, name])  # noqa: E731
    missing = await client.get(url(PLAYLIST))
    assert missing.status_code == 404, "not started yet"
    await record(session_dir(session), seconds=2)
    playlist = await client.get(url(PLAYLIST))
    assert playlist.status_code == 200
    assert playlist["Content-Type"] == "application/vnd.apple.mpegurl"
    assert playlist["Cache-Control"] == "no-cache"
    segment = await client.get(url("seg00000.ts"))
    assert segment["Content-Type"] == "video/mp2t"
    assert "immutable" in segment["Cache-Control"]
    for bad in ["../../settings.py", "index.m3u8.bak", "seg1.ts"]:
        assert (await client.get(f"/live/{session}/hls/{bad}")).status_code == 404, bad
    assert replay_ready(session), "an ended recording is the replay"


@pytest.mark.django_db
def test_an_ended_session_with_a_closed_recording_offers_its_replay(live_world, settings, tmp_path, client):
    settings.HLS_ROOT = str(tmp_path)
    session = live_world.session
    type(session).objects.filter(pk=session.pk).update(state="ended")
    page = client.get(reverse("livestream:session", args=[session.pk])).content.decode()
    assert "data-replay" not in page, "no recording, no player"
    session_dir(session.pk).mkdir(parents=True)
    (session_dir(session.pk) / PLAYLIST).write_text("#EXTM3U\n#EXTINF:1.0,\nseg00000.ts\n#EXT-X-ENDLIST\n")
    page = client.get(reverse("livestream:session", args=[session.pk])).content.decode()
    assert 'data-replay="1"' in page and 'id="room-strings"' in page and "hls.min.js" in page


@pytest.mark.django_db
def test_a_login_only_sessions_segments_stay_out_of_shared_caches(live_world, settings, tmp_path, client):
    settings.HLS_ROOT = str(tmp_path)
    session = live_world.session
    type(session).objects.filter(pk=session.pk).update(login_to_watch=True)
    session_dir(session.pk).mkdir(parents=True)
    (session_dir(session.pk) / "seg00000.ts").write_bytes(b"G" * 188)
    url = reverse("livestream:hls", args=[session.pk, "seg00000.ts"])
    assert client.get(url).status_code in (302, 403), "anonymous visitors are turned away"
    client.force_login(live_world.student)
    segment = client.get(url)
    assert segment.status_code == 200
    assert segment["Cache-Control"].startswith("private"), "nginx and CDNs must not keep it"
