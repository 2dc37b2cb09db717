"""The HLS recording as a player and Debian's ffprobe see it, and the files as the server serves them."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import shutil
import subprocess
import time

import av
import pytest
from django.test import AsyncClient
from django.urls import reverse
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from livestream.media import hls, stamp
from livestream.media.hls import PLAYLIST, REPLAY, HlsWriter, pack, replay_ready, session_dir, unpack
from livestream.media.synthetic import BeepTrack, PatternTrack

SECONDS = 4
FFPROBE = shutil.which("ffprobe") or "ffprobe"


async def record(directory, seconds: float = SECONDS, *, resume: bool = False, during=None) -> HlsWriter:
    """Feed the writer the synthetic pattern and beep in real time, then end the recording.
    ``during`` (a coroutine function) runs alongside, until the recording ends."""
    writer = HlsWriter(directory, resume=resume)
    video, audio = PatternTrack("hls test"), BeepTrack()

    async def pump(track, frames: int) -> None:
        for _ in range(frames):
            writer.push(await track.recv())

    watcher = asyncio.ensure_future(during()) if during else None
    await asyncio.gather(pump(video, int(30 * seconds)), pump(audio, int(50 * seconds)))
    await writer.close()
    if watcher:
        watcher.cancel()
    return writer


def probe(path, *entries: str) -> dict:
    """ffprobe's JSON for ``path``; any error it reports fails the test."""
    result = subprocess.run(  # noqa: S603 - Debian's ffprobe on our own file
        [FFPROBE, "-v", "error", "-of", "json", *entries, str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    return json.loads(result.stdout)


def parse(text: str) -> dict:
    """A media playlist: its tags, and its segments as (name, duration, after a discontinuity)."""
    lines = text.splitlines()
    tags = {line.split(":", 1)[0]: line.split(":", 1)[1] for line in lines if ":" in line and line[0] == "#"}
    segments, duration, gap = [], None, False
    for line in lines:
        if line.startswith("#EXTINF:"):
            duration = float(line[8:].rstrip(","))
        elif line == "#EXT-X-DISCONTINUITY":
            gap = True
        elif line and not line.startswith("#"):
            segments.append((line, duration, gap))
            gap = False
    return {"tags": tags, "segments": segments, "ended": "#EXT-X-ENDLIST" in lines}


def check_durations(playlist: dict) -> None:
    """RFC 8216 4.3.3.1: each EXTINF, rounded to the nearest integer, is at most the target."""
    target = int(playlist["tags"]["#EXT-X-TARGETDURATION"])
    for name, duration, _gap in playlist["segments"]:
        assert round(duration) <= target, (name, duration, target)


@pytest.mark.slow
@pytest.mark.ffmpeg
@pytest.mark.parametrize("encoder_process", [True, False], ids=["encoder-process", "media-thread"])
async def test_two_renditions_a_sliding_live_window_and_the_whole_recording_as_vod(
    tmp_path, settings, encoder_process
):
    settings.HLS_WINDOW = 3
    settings.HLS_ENCODER_PROCESS = encoder_process
    writer = await record(tmp_path, seconds=6)
    fed = 30 * 6 + 50 * 6  # video and audio frames
    assert writer.dropped < fed // 2, "a busy machine drops frames (shared test machine), not most"
    live, vod = parse((tmp_path / "hi.m3u8").read_text()), parse((tmp_path / "hi-vod.m3u8").read_text())
    assert len(vod["segments"]) >= 5 and vod["ended"] and vod["tags"]["#EXT-X-PLAYLIST-TYPE"] == "VOD"
    assert [s[0] for s in live["segments"]] == [s[0] for s in vod["segments"][-3:]], "the last three"
    assert int(live["tags"]["#EXT-X-MEDIA-SEQUENCE"]) == len(vod["segments"]) - 3
    assert live["tags"]["#EXT-X-TARGETDURATION"] == vod["tags"]["#EXT-X-TARGETDURATION"] == "1"
    check_durations(live)
    check_durations(vod)
    assert sum(s[1] for s in vod["segments"]) == pytest.approx(6, abs=0.7)
    lo = parse((tmp_path / "lo-vod.m3u8").read_text())
    assert [s[1] for s in lo["segments"]] == [s[1] for s in vod["segments"]], "the same boundaries"

    master = (tmp_path / PLAYLIST).read_text()
    assert "RESOLUTION=640x480" in master and "RESOLUTION=480x360" in master and "hi.m3u8" in master
    assert "hi-vod.m3u8" in (tmp_path / REPLAY).read_text()
    streams = probe(tmp_path / REPLAY, "-show_entries", "stream=codec_name,width,height:format=duration")
    sizes = {(s["width"], s["height"]) for s in streams["streams"] if s["codec_name"] == "h264"}
    assert sizes == {(640, 480), (480, 360)}
    assert {s["codec_name"] for s in streams["streams"]} == {"h264", "aac"}
    for name in ("hi", "lo"):  # each segment plays on its own, starting with a keyframe
        for segment, *_ in parse((tmp_path / f"{name}-vod.m3u8").read_text())["segments"]:
            first = probe(
                tmp_path / segment, "-select_streams", "v", "-show_frames", "-read_intervals", "%+#1"
            )
            assert first["frames"][0]["key_frame"] == 1, segment
    frames = probe(
        tmp_path / "hi-vod.m3u8", "-count_frames", "-select_streams", "v", "-show_entries", "stream"
    )
    assert int(frames["streams"][0]["nb_read_frames"]) >= 30 * 6 - 15 - writer.dropped
    # The low rendition stays under 400 kbit/s, all streams and MPEG-TS overhead counted.
    lo_bytes = sum((tmp_path / s[0]).stat().st_size for s in lo["segments"])
    assert lo_bytes * 8 / sum(s[1] for s in lo["segments"]) <= 400_000
    master_probe = probe(tmp_path / PLAYLIST, "-show_entries", "program_tags:program=program_id")
    bitrates = sorted(int(p["tags"]["variant_bitrate"]) for p in master_probe["programs"])
    assert bitrates == [400_000, hls.renditions()[0].bandwidth]


def burn(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@pytest.mark.slow
@pytest.mark.ffmpeg
async def test_under_cpu_load_the_target_duration_never_changes_and_no_segment_exceeds_it(tmp_path):
    """Every refresh of the live playlist, read as a player does, while every core is busy."""
    seconds = 12
    burners = [
        multiprocessing.get_context("spawn").Process(target=burn, args=(seconds + 5,), daemon=True)
        for _ in range(2 * (os.cpu_count() or 2))
    ]
    seen: list[dict] = []

    async def read_every_refresh() -> None:
        last = ""
        while True:
            await asyncio.sleep(0.1)
            try:
                text = (tmp_path / "hi.m3u8").read_text()
            except FileNotFoundError:
                continue
            if text != last:
                seen.append(parse(text))
                last = text

    for burner in burners:
        burner.start()
    started = time.monotonic()
    try:
        writer = await record(tmp_path, seconds=seconds, during=read_every_refresh)
    finally:
        wall = time.monotonic() - started
        for burner in burners:
            burner.terminate()
    assert len(seen) >= seconds // 2, "the playlist was refreshed as segments came"
    targets = {playlist["tags"]["#EXT-X-TARGETDURATION"] for playlist in seen}
    assert targets == {"1"}, targets
    for playlist in seen:
        check_durations(playlist)
    vod = parse((tmp_path / "hi-vod.m3u8").read_text())
    check_durations(vod)
    lo = parse((tmp_path / "lo-vod.m3u8").read_text())
    assert [s[1] for s in lo["segments"]] == [s[1] for s in vod["segments"]], "the same boundaries"
    # Time is not stretched: the recording lasts no longer than it took to feed it (on a loaded
    # machine feeding the frames takes longer than their nominal 12 s; frames were dropped).
    assert sum(s[1] for s in vod["segments"]) <= wall + 0.5, (vod["segments"], wall, writer.dropped)


def test_each_rendition_lists_a_segment_from_its_keyframe_to_the_next_whatever_the_muxer_shift(tmp_path):
    """The muxer's times can start an AAC priming delay (0.021 s) late, and the 360p rendition has
    half the frames: both renditions still list each segment as the time from its keyframe to the
    next (a player switching renditions finds the same boundaries), the last one to the last frame."""
    listed = {}
    for rendition, frame in zip(hls.renditions(), ("0.054667", "0.088000"), strict=True):
        output = hls.Output(hls.Track(rendition, tmp_path), 0)
        name = rendition.name
        output.list_path.write_text(
            f"{name}00000.ts,0.021333,1.021333\n{name}00001.ts,1.021333,1.{frame[2:]}\n"
            f"{name}00002.ts,2.021333,2.{frame[2:]}\n"
        )
        listed[name] = [(s.number, s.duration) for s in output.finished_segments([0, 30, 60], 61)]
    assert listed["hi"] == listed["lo"] == [(0, 1.0), (1, 1.0), (2, 0.033)]


@pytest.mark.slow
@pytest.mark.ffmpeg
async def test_a_continued_recording_keeps_the_old_segments_and_plays_across_the_gap(tmp_path):
    await record(tmp_path, seconds=3)
    before = parse((tmp_path / "hi-vod.m3u8").read_text())["segments"]
    (tmp_path / "hi-vod.m3u8").write_text(
        (tmp_path / "hi-vod.m3u8").read_text().replace("#EXT-X-ENDLIST\n", "")
    )
    (tmp_path / "lo-vod.m3u8").write_text(
        (tmp_path / "lo-vod.m3u8").read_text().replace("#EXT-X-ENDLIST\n", "")
    )
    await record(tmp_path, seconds=3, resume=True)  # as a new worker after the old one died
    vod = parse((tmp_path / "hi-vod.m3u8").read_text())
    assert vod["segments"][: len(before)] == before, "the old segments stay"
    names = [s[0] for s in vod["segments"]]
    assert names == [f"hi{n:05d}.ts" for n in range(len(names))], "numbering goes on"
    assert [s[2] for s in vod["segments"]].count(True) == 1 and vod["segments"][len(before)][2]
    assert all((tmp_path / name).exists() for name in names)
    live = (tmp_path / "hi.m3u8").read_text()
    assert "#EXT-X-DISCONTINUITY\n" in live
    assert "#EXT-X-DISCONTINUITY\n" in (tmp_path / "lo-vod.m3u8").read_text()
    frames = probe(tmp_path / REPLAY, "-count_frames", "-select_streams", "v:0", "-show_entries", "stream")
    assert int(frames["streams"][0]["nb_read_frames"]) >= 30 * 6 * 2 // 3, "both halves play"

    await record(tmp_path, seconds=2)  # a fresh broadcast starts clean
    assert not (tmp_path / f"hi{len(names) - 1:05d}.ts").exists()
    assert "#EXT-X-DISCONTINUITY" not in (tmp_path / "hi-vod.m3u8").read_text()


async def test_the_time_stamped_into_the_source_survives_h264(tmp_path):
    await record(tmp_path, seconds=2)
    with av.open(str(tmp_path / "hi00000.ts")) as container:
        frame = next(container.decode(video=0))
        assert abs(stamp.latency_ms(frame)) < 60_000, "a plausible wall-clock time, read back"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
async def test_the_server_serves_playlists_for_a_second_and_segments_for_ever_to_any_cache(
    live_world, settings, tmp_path
):
    settings.HLS_ROOT = str(tmp_path)
    session = live_world.session.pk
    client = AsyncClient()
    url = lambda name: reverse("livestream:hls", args=[session, name])  # noqa: E731
    missing = await client.get(url(PLAYLIST))
    assert missing.status_code == 404, "not started yet"
    await record(session_dir(session), seconds=2)
    for language in ("zh-CN,zh;q=0.9", "en-US,en;q=0.9", ""):
        playlist = await client.get(url("hi.m3u8"), headers={"Accept-Language": language})
        assert playlist.status_code == 200
        assert playlist["Content-Type"] == "application/vnd.apple.mpegurl"
        assert playlist["Cache-Control"] == "public, max-age=1"
        assert not playlist.has_header("Vary"), "one cache entry for every language"
    segment = await client.get(url("hi00000.ts"))
    assert segment["Content-Type"] == "video/mp2t"
    assert segment["Cache-Control"] == "public, max-age=31536000, immutable" and not segment.has_header(
        "Vary"
    )
    for bad in ["../../settings.py", "index.m3u8.bak", "seg1.ts", ".hi.csv", "hi1.ts"]:
        assert (await client.get(f"/live/{session}/hls/{bad}")).status_code == 404, bad
    # A segment still being written (not listed yet) is not served: a cache would keep half a file.
    (session_dir(session) / "hi00099.ts").write_bytes(b"G" * 188)
    assert (await client.get(url("hi00099.ts"))).status_code == 404
    assert replay_ready(session), "an ended recording is the replay"


@pytest.mark.django_db
def test_an_ended_session_with_a_closed_recording_offers_its_replay(live_world, settings, tmp_path, client):
    settings.HLS_ROOT = str(tmp_path)
    session = live_world.session
    type(session).objects.filter(pk=session.pk).update(state="ended")
    page = client.get(reverse("livestream:session", args=[session.pk])).content.decode()
    assert "data-replay" not in page, "no recording, no player"
    session_dir(session.pk).mkdir(parents=True)
    (session_dir(session.pk) / "hi-vod.m3u8").write_text(
        "#EXTM3U\n#EXTINF:1.0,\nhi00000.ts\n#EXT-X-ENDLIST\n"
    )
    page = client.get(reverse("livestream:session", args=[session.pk])).content.decode()
    assert 'data-replay="1"' in page and 'id="room-strings"' in page and "hls.min.js" in page
    assert f'data-hls-url="/live/{session.pk}/hls/replay.m3u8"' in page, "the VOD master playlist"


@pytest.mark.django_db
def test_an_older_single_playlist_recording_still_plays_as_the_replay(live_world, settings, tmp_path, client):
    settings.HLS_ROOT = str(tmp_path)
    session = live_world.session
    type(session).objects.filter(pk=session.pk).update(state="ended")
    session_dir(session.pk).mkdir(parents=True)
    (session_dir(session.pk) / PLAYLIST).write_text("#EXTM3U\n#EXTINF:1.0,\nseg00000.ts\n#EXT-X-ENDLIST\n")
    page = client.get(reverse("livestream:session", args=[session.pk])).content.decode()
    assert f'data-hls-url="/live/{session.pk}/hls/index.m3u8"' in page


@pytest.mark.django_db
def test_a_login_only_session_plays_from_a_signed_expiring_path(live_world, settings, tmp_path, client):
    settings.HLS_ROOT = str(tmp_path)
    session = live_world.session
    type(session).objects.filter(pk=session.pk).update(login_to_watch=True)
    session_dir(session.pk).mkdir(parents=True)
    (session_dir(session.pk) / "hi00000.ts").write_bytes(b"G" * 188)
    (session_dir(session.pk) / "hi.m3u8").write_text("#EXTM3U\n#EXTINF:1.000,\nhi00000.ts\n")
    plain = reverse("livestream:hls", args=[session.pk, "hi00000.ts"])
    assert client.get(plain).status_code in (302, 403), "anonymous visitors are turned away"
    link = reverse("livestream:hls_link", args=[session.pk])
    assert client.get(link).status_code in (302, 403), "and get no link"

    client.force_login(live_world.student)
    assert client.get(plain)["Cache-Control"].startswith("private"), "the plain path stays out of caches"
    page = client.get(reverse("livestream:session", args=[session.pk])).content.decode()
    url = page.split('data-hls-url="', 1)[1].split('"', 1)[0]
    assert url.startswith(f"/live/{session.pk}/hls/s/") and url.endswith("/index.m3u8")
    assert client.get(link).json()["url"] == url, "the same link for everyone this hour"
    *_, expires, token, _ = url.split("/")
    assert int(expires) >= time.time() + settings.HLS_LINK_TTL

    client.logout()  # the link, not the login, lets the player (and nginx, and a CDN) in
    segment_url = url.replace("index.m3u8", "hi00000.ts")
    segment = client.get(segment_url, headers={"Accept-Language": "en"})
    assert segment.status_code == 200 and segment.content == b"G" * 188
    assert segment["Cache-Control"] == "public, max-age=31536000, immutable" and not segment.has_header(
        "Vary"
    )
    tampered = segment_url.replace(token, ("A" if token[0] != "A" else "B") + token[1:])
    assert client.get(tampered).status_code == 403
    other_session = segment_url.replace(f"/live/{session.pk}/", f"/live/{session.pk + 1}/")
    assert client.get(other_session).status_code == 403
    past = int(time.time()) - 10
    expired = f"/live/{session.pk}/hls/s/{past}/{hls.sign(session.pk, past)}/hi00000.ts"
    assert client.get(expired).status_code == 403


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    session=st.integers(min_value=0, max_value=10**9),
    expires=st.one_of(st.text(max_size=30), st.integers(), st.none(), st.binary(max_size=10)),
    token=st.one_of(st.text(max_size=40), st.none(), st.integers(), st.binary(max_size=30)),
)
def test_the_signature_check_refuses_anything_it_did_not_sign_and_never_raises(session, expires, token):
    assert hls.check_signature(session, expires, token) is False


@hypothesis_settings(max_examples=100, deadline=None)
@given(session=st.integers(min_value=0, max_value=10**9), ahead=st.integers(min_value=0, max_value=10**8))
def test_a_signature_is_accepted_for_its_session_until_it_expires(session, ahead):
    now = 1_800_000_000
    expires = now + ahead
    token = hls.sign(session, expires)
    assert hls.check_signature(session, str(expires), token, now=now)
    assert not hls.check_signature(session + 1, str(expires), token, now=now)
    assert not hls.check_signature(session, str(expires + 1), token, now=now)
    assert not hls.check_signature(session, str(expires), token, now=expires + 1)
    assert not hls.check_signature(session, f"0{expires}", token[:-1] + "=", now=now)


async def test_frames_cross_to_the_encoder_process_unchanged():
    """What the media process sends its encoder process is the frame it had, pixel for pixel and
    sample for sample (video with PyAV's padded lines; packed and planar audio)."""
    video = (await PatternTrack("pack").recv()).reformat(format="yuv420p")
    back = unpack(pack(video))
    assert (back.width, back.height, back.format.name) == (video.width, video.height, "yuv420p")
    for before, after in zip(video.planes, back.planes, strict=True):
        width = min(before.line_size, after.line_size)
        rows = before.buffer_size // before.line_size
        assert all(
            bytes(before)[r * before.line_size : r * before.line_size + width]
            == bytes(after)[r * after.line_size : r * after.line_size + width]
            for r in range(rows)
        )
    audio = await BeepTrack().recv()
    again = unpack(pack(audio))
    assert (again.format.name, again.layout.name, again.samples, again.sample_rate) == (
        audio.format.name,
        audio.layout.name,
        audio.samples,
        audio.sample_rate,
    )
    assert [bytes(p) for p in again.planes] == [bytes(p) for p in audio.planes]
