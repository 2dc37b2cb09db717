/* Live video. Viewers: WebRTC while the server has low-latency seats, HLS (native or hls.js)
 * otherwise or when the network blocks WebRTC, the recording after the session; the badge says
 * which. Hosts: publish the camera and microphone over WebRTC, hand over, retry after drops.
 * Offers carry every ICE candidate (no trickle), so one POST sets a connection up. Offers go to
 * the media worker the session is placed on (asked of the placement URL); when that worker stops
 * (its frames stop, the connection drops, or the room says "moving") the page asks again and
 * reconnects to wherever the session went. */
(function () {
  "use strict";
  const stage = document.querySelector("[data-video]");
  if (!stage) return;
  const T = JSON.parse(document.getElementById("room-strings").textContent);
  const player = stage.querySelector("[data-player]");
  const note = stage.querySelector("[data-stage-note]");
  const badge = stage.querySelector("[data-video-mode]");
  const d = stage.dataset;
  const CONNECT_TIMEOUT_MS = 6000, GATHER_TIMEOUT_MS = 2000, RETRY_MS = 3000;
  const PLACEMENT_CHECK_MS = 2000, MOVED_TRIES = 3;
  let pc = null, peerId = null, hls = null, mode = null;
  let base = "", peerBase = "";  /* the media worker's URL prefix ("" = this site's default) */

  function say(text) { note.textContent = text || ""; note.hidden = !text; }
  function setMode(name) { mode = name; badge.textContent = T["video_" + name] || ""; badge.dataset.mode = name; stage.dataset.mode = name; }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": d.csrf },
      body: JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (e) { /* an HTML error page */ }
    return { status: response.status, ok: response.ok, data: data };
  }

  async function iceServers() {
    try { return (await (await fetch(d.iceUrl, { credentials: "same-origin" })).json()).iceServers || []; }
    catch (e) { return []; }
  }

  function gathered(conn) {
    if (conn.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => { if (conn.iceGatheringState === "complete") resolve(); };
      conn.addEventListener("icegatheringstatechange", done);
      setTimeout(resolve, GATHER_TIMEOUT_MS);
    });
  }

  /* -- placement: which media worker holds the session ------------------------------------ */
  async function placement() {
    if (!d.placementUrl) return base;
    try {
      const response = await fetch(d.placementUrl, { credentials: "same-origin", cache: "no-store" });
      if (response.ok) return (await response.json()).base || "";
    } catch (e) { /* offline for a moment: keep the last answer */ }
    return base;
  }

  async function negotiate(conn, path) {
    await conn.setLocalDescription(await conn.createOffer());
    await gathered(conn);
    base = await placement();
    let reply;
    for (let tries = 0; tries < MOVED_TRIES; tries++) {
      reply = await post(base + path, { sdp: conn.localDescription.sdp });
      if (reply.status !== 421) break;  /* the session is on another worker: send it there */
      base = (reply.data.placement && reply.data.placement.base) || await placement();
    }
    if (reply.ok) {
      peerBase = base;
      stage.dataset.worker = (reply.data.worker || base);
      await conn.setRemoteDescription({ type: "answer", sdp: reply.data.sdp });
    }
    return reply;
  }

  /* Every PLACEMENT_CHECK_MS while connected: if the worker looks gone (no bytes in for a check,
   * for viewers; the connection dropped, for everyone), ask where the session is and reconnect
   * if it moved. A host who merely paused costs its viewers one small GET each per check. */
  function watchPlacement(conn, reconnect, options) {
    let lastBytes = -1, quiet = 0, busy = false;
    const timer = setInterval(async () => {
      if (conn !== pc) { clearInterval(timer); return; }
      if (busy) return;
      busy = true;
      try {
        let suspect = conn.connectionState === "disconnected" || conn.connectionState === "failed";
        if (options.inbound) {
          let bytes = 0;
          (await conn.getStats()).forEach((r) => { if (r.type === "inbound-rtp") bytes += r.bytesReceived || 0; });
          quiet = bytes === lastBytes ? quiet + 1 : 0;
          lastBytes = bytes;
          suspect = suspect || quiet >= 1;
        }
        if (suspect && conn === pc && await placement() !== peerBase && conn === pc) {
          clearInterval(timer);
          reconnect();
        }
      } finally { busy = false; }
    }, PLACEMENT_CHECK_MS);
    return timer;
  }

  function leave() {
    if (peerId) fetch(peerBase + d.leaveUrl, {
      method: "POST", credentials: "same-origin", keepalive: true,
      headers: { "Content-Type": "application/json", "X-CSRFToken": d.csrf },
      body: JSON.stringify({ peer: peerId }),
    }).catch(() => {});
    peerId = null;
    if (pc) pc.close();
    pc = null;
  }

  /* -- viewers ------------------------------------------------------------------------------ */
  async function watchWebRTC() {
    if (!window.RTCPeerConnection) return watchHls();
    pc = stage.peer = new RTCPeerConnection({ iceServers: await iceServers() });
    pc.addTransceiver("video", { direction: "recvonly" });
    pc.addTransceiver("audio", { direction: "recvonly" });
    const stream = new MediaStream();
    pc.ontrack = (e) => { stream.addTrack(e.track); player.srcObject = stream; };
    const conn = pc;
    const reply = await negotiate(conn, d.viewUrl).catch(() => ({ ok: false, data: {} }));
    if (reply.status === 409) { leave(); say(T.video_waiting); return; }  /* not live: wait for it */
    if (!reply.ok) { leave(); return watchHls(reply.data.error && reply.data.error.message); }
    peerId = reply.data.peer;
    setMode("webrtc");
    const timer = setTimeout(() => { if (conn.connectionState !== "connected") { leave(); watchHls(); } }, CONNECT_TIMEOUT_MS);
    let moved = false;
    const rewatch = () => { moved = true; clearTimeout(timer); say(T.video_moving); leave(); watchWebRTC(); };
    watchPlacement(conn, rewatch, { inbound: true });
    conn.onconnectionstatechange = () => {
      if (conn.connectionState === "connected") clearTimeout(timer);
      if (conn.connectionState === "failed" && !moved && conn === pc) { clearTimeout(timer); leave(); watchHls(); }
    };
  }

  /* The room says the session is moving to another worker (a drain): reconnect now. */
  async function moving() {
    if (!pc || mode !== "webrtc") return;
    if (await placement() === peerBase) return;
    if (d.publishUrl) { if (wantOnAir) { leave(); goOnAir(); } }
    else { say(T.video_moving); leave(); watchWebRTC(); }
  }

  function watchHls(message) {
    player.srcObject = null;
    setMode(d.replay ? "replay" : "hls");
    if (message) say(message);
    const url = d.hlsUrl;
    /* hls.js wherever Media Source Extensions exist (started over below until the first segments
     * are written); the browser's own HLS only where MSE is missing (iPhone Safari). */
    if (!window.Hls || !window.Hls.isSupported()) return playNatively(url);
    /* One 1 s segment behind the live edge: 2.0-2.6 s glass-to-glass here, against 2.9-4.2 s
     * with 2 (docs/performance.md); after a stall it catches up at up to 1.2x speed. */
    hls = new window.Hls({ liveSyncDurationCount: 1, maxLiveSyncPlaybackRate: 1.2 });
    hls.on(window.Hls.Events.MANIFEST_PARSED, () => { say(""); player.play().catch(() => {}); });
    /* hls.js gives up for good on some errors, such as a 404 for a playlist the server has not
     * written yet (a page opened in the first second of a stream): start over a little later. */
    hls.on(window.Hls.Events.ERROR, (event, data) => {
      if (!data.fatal) return;
      hls.destroy();
      hls = null;
      /* A login-only session's signed link lasts six hours or more; on a 403 ask for a fresh one. */
      const expired = data.response && data.response.code === 403;
      setTimeout(() => (expired ? renewLink().then(() => watchHls(message)) : watchHls(message)), RETRY_MS);
    });
    hls.loadSource(url);
    hls.attachMedia(player);
  }

  /* The master playlist (two renditions; hls.js picks by measured bandwidth), from the page. */
  function renewLink() {
    return fetch(d.hlsLinkUrl, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => { if (body && body.url) d.hlsUrl = body.url; })
      .catch(() => {});
  }

  function playNatively(url) {
    if (!player.canPlayType("application/vnd.apple.mpegurl")) { say(T.video_unavailable); return; }
    player.onerror = () => setTimeout(() => renewLink().then(() => {
      player.src = d.hlsUrl; player.play().catch(() => {});
    }), RETRY_MS);
    player.src = url;
  }

  player.addEventListener("playing", () => { if (mode !== "hls" || !note.textContent) say(""); });
  document.addEventListener("live:stage", (e) => {
    if (e.detail === "reconnecting") say(T.video_reconnecting);
    else if (e.detail === "live") say("");
    else if (e.detail === "moving") moving();
  });

  /* -- hosts -------------------------------------------------------------------------------- */
  const cameraButton = document.querySelector("[data-camera]");
  const handOver = document.querySelector("[data-hand-over]");
  const cameraNote = document.querySelector("[data-camera-note]");
  let camera = null, wantOnAir = false;

  function cameraSay(text) { if (cameraNote) cameraNote.textContent = text || ""; }

  async function goOnAir() {
    wantOnAir = true;
    cameraSay(T.camera_starting);
    try {
      camera = camera || await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: true });
    } catch (e) { wantOnAir = false; cameraSay(T.camera_denied); return; }
    player.srcObject = camera;
    pc = stage.peer = new RTCPeerConnection({ iceServers: await iceServers() });
    camera.getTracks().forEach((track) => pc.addTransceiver(track, { direction: "sendonly" }));
    const conn = pc;
    const reply = await negotiate(conn, d.publishUrl).catch(() => ({ ok: false, status: 0, data: {} }));
    if (!reply.ok) {
      leave();
      cameraSay(reply.data.error ? reply.data.error.message : T.camera_lost);
      if (reply.status === 0 || reply.status >= 500) setTimeout(() => wantOnAir && goOnAir(), RETRY_MS);
      else wantOnAir = false;
      return;
    }
    peerId = reply.data.peer;
    setMode("webrtc");
    cameraSay(T.camera_on);
    if (cameraButton) cameraButton.hidden = true;
    if (handOver) handOver.hidden = false;
    const republish = () => { if (wantOnAir && conn === pc) { cameraSay(T.camera_lost); leave(); goOnAir(); } };
    watchPlacement(conn, republish, { inbound: false });
    conn.onconnectionstatechange = () => {
      if (conn.connectionState === "failed" && wantOnAir && conn === pc) { cameraSay(T.camera_lost); leave(); setTimeout(goOnAir, RETRY_MS); }
    };
  }

  function offAir() {
    wantOnAir = false;
    leave();
    if (camera) camera.getTracks().forEach((t) => t.stop());
    camera = null;
    player.srcObject = null;
    cameraSay("");
    if (cameraButton) cameraButton.hidden = false;
    if (handOver) handOver.hidden = true;
  }

  window.addEventListener("pagehide", leave);
  if (d.publishUrl) {
    if (cameraButton) cameraButton.addEventListener("click", goOnAir);
    if (handOver) handOver.addEventListener("click", offAir);
    document.addEventListener("live:state", (e) => {
      if (cameraButton) cameraButton.disabled = e.detail !== "live";
      if (e.detail === "live" && stage.dataset.autostart === "1" && !wantOnAir && !peerId) goOnAir();
      if (e.detail === "ended") offAir();
    });
    const goLive = document.querySelector("[data-go-live]");
    if (goLive) goLive.addEventListener("click", () => { stage.dataset.autostart = "1"; });
  } else if (d.replay) {
    watchHls();
  } else {
    say(T.video_waiting);
    watchWebRTC();
    document.addEventListener("live:state", (e) => {  /* the host went live after the page opened */
      if (e.detail === "live" && !pc && !hls) watchWebRTC();
    });
  }
})();
