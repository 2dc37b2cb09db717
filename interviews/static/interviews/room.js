/* The 1:1 video interview: camera and microphone both ways, browser to browser (WebRTC). The socket
 * /ws/interviews/<id>/ only relays signalling (docs/realtime.md): the interviewer's browser makes the
 * offer whenever the applicant's is there (it joined, or was already present), the applicant's
 * answers; offers carry every ICE candidate (no trickle). ICE servers, with TURN credentials for
 * this participant only, come in the socket's welcome. No camera (refused or missing): sound only;
 * nothing at all: receive only. */
(function () {
  "use strict";
  const root = document.querySelector("[data-interview-room]");
  if (!root) return;
  const T = JSON.parse(document.getElementById("interview-strings").textContent);
  const remote = root.querySelector("[data-remote]"), local = root.querySelector("[data-local]");
  const note = root.querySelector("[data-note]");
  const buttons = {
    join: root.querySelector("[data-join]"), mic: root.querySelector("[data-mic]"),
    camera: root.querySelector("[data-camera]"), leave: root.querySelector("[data-leave]"),
  };
  const side = root.dataset.side, offerer = side === "recruiter";
  const GATHER_TIMEOUT_MS = 2000, RETRY_MS = 2000;
  let socket = null, pc = null, stream = null, iceServers = [], closed = false, peerHere = false;
  let queue = Promise.resolve(), offers = 0;

  function say(text) { note.textContent = text || ""; }
  function send(message) { if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message)); }
  function hasVideo() { return !!(stream && stream.getVideoTracks().some((t) => t.readyState === "live" && t.enabled)); }
  function hasAudio() { return !!(stream && stream.getAudioTracks().some((t) => t.readyState === "live" && t.enabled)); }
  function announce() { send({ type: "media", audio: hasAudio(), video: hasVideo() }); }

  async function openDevices() {
    say(T.starting);
    const video = { facingMode: "user", width: { ideal: 640 }, height: { ideal: 480 } };
    try { stream = await navigator.mediaDevices.getUserMedia({ video: video, audio: true }); }
    catch (e) {
      try { stream = await navigator.mediaDevices.getUserMedia({ audio: true }); say(T.audio_only); root.dataset.media = "audio"; }
      catch (e2) { stream = null; say(T.no_devices); root.dataset.media = "none"; }
    }
    if (stream) { local.srcObject = stream; if (!root.dataset.media) root.dataset.media = "video"; }
    buttons.mic.hidden = !stream || !stream.getAudioTracks().length;
    buttons.camera.hidden = !stream || !stream.getVideoTracks().length;
  }

  function gathered(conn) {
    if (conn.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((resolve) => {
      conn.addEventListener("icegatheringstatechange", () => { if (conn.iceGatheringState === "complete") resolve(); });
      setTimeout(resolve, GATHER_TIMEOUT_MS);
    });
  }

  function newPeer() {
    if (pc) pc.close();
    pc = root.peer = new RTCPeerConnection({ iceServers: iceServers });
    const incoming = new MediaStream();
    remote.srcObject = incoming;
    const conn = pc;
    pc.ontrack = (e) => { incoming.addTrack(e.track); remote.play().catch(() => {}); };
    pc.onconnectionstatechange = () => {
      if (conn !== pc) return;
      if (conn.connectionState === "connected") {
        say(root.dataset.peerVideo === "off" ? T.connected + " · " + T.peer_no_video : T.connected);
        root.dataset.state = "connected";
      }
      if (conn.connectionState === "failed") { say(T.reconnecting); root.dataset.state = "failed"; if (offerer && peerHere) call(); }
    };
    return pc;
  }

  async function call() {  /* the interviewer: a fresh connection and offer */
    const conn = newPeer();
    const sending = new Set();
    if (stream) stream.getTracks().forEach((t) => { conn.addTrack(t, stream); sending.add(t.kind); });
    ["audio", "video"].forEach((kind) => { if (!sending.has(kind)) conn.addTransceiver(kind, { direction: "recvonly" }); });
    say(T.connecting);
    await conn.setLocalDescription(await conn.createOffer());
    await gathered(conn);
    offers += 1;
    conn.offerId = offers;
    if (conn === pc) send({ type: "offer", sdp: conn.localDescription.sdp, id: offers });
  }

  async function answer(sdp, id) {  /* the applicant: answer whatever the interviewer offers */
    const conn = newPeer();
    say(T.connecting);
    await conn.setRemoteDescription({ type: "offer", sdp: sdp });
    if (stream) stream.getTracks().forEach((t) => conn.addTrack(t, stream));
    await conn.setLocalDescription(await conn.createAnswer());
    await gathered(conn);
    if (conn === pc) send({ type: "answer", sdp: conn.localDescription.sdp, id: id });
  }

  async function handle(message) {
    switch (message.type) {
      case "welcome":
        iceServers = message.ice_servers || [];
        say(offerer ? T.waiting_student : T.waiting_recruiter);
        announce();
        break;
      case "peer":
        if (message.event === "left") {
          peerHere = false; say(T.peer_left); root.dataset.state = "alone";
          if (pc) { pc.close(); pc = null; }
        } else {  /* "joined" is a new socket (call afresh); "present" was there before us */
          peerHere = true; announce();
          if (offerer && (message.event === "joined" || !pc)) await call();
        }
        break;
      case "offer": if (!offerer) await answer(message.sdp, message.id); break;
      case "answer":  /* only the answer to the latest offer */
        if (offerer && pc && pc.offerId === message.id && pc.signalingState === "have-local-offer") {
          await pc.setRemoteDescription({ type: "answer", sdp: message.sdp });
        }
        break;
      case "media": root.dataset.peerVideo = message.video ? "on" : "off"; if (!message.video) say(T.peer_no_video); break;
      case "error": say(message.message); break;
    }
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + root.dataset.socket);
    socket.onmessage = (e) => {
      let message;
      try { message = JSON.parse(e.data); } catch (err) { return; }
      queue = queue.then(() => handle(message)).catch(() => {});  /* one at a time, in order */
    };
    socket.onclose = (e) => {
      if (closed) return;
      if (e.code >= 4400 && e.code < 4500 && e.code !== 4429) { closed = true; return; }  /* refused: the message said why */
      say(T.reconnecting);
      setTimeout(connect, RETRY_MS);
    };
  }

  buttons.join.addEventListener("click", async () => {
    buttons.join.hidden = true;
    buttons.leave.hidden = false;
    await openDevices();
    connect();
  });
  buttons.mic.addEventListener("click", () => {
    const on = !hasAudio();
    stream.getAudioTracks().forEach((t) => { t.enabled = on; });
    buttons.mic.textContent = on ? T.mute : T.unmute;
    announce();
  });
  buttons.camera.addEventListener("click", () => {
    const on = !hasVideo();
    stream.getVideoTracks().forEach((t) => { t.enabled = on; });
    buttons.camera.textContent = on ? T.camera_off : T.camera_on;
    announce();
  });
  buttons.leave.addEventListener("click", () => {
    closed = true;
    send({ type: "bye" });
    if (socket) socket.close();
    if (pc) pc.close();
    if (stream) stream.getTracks().forEach((t) => t.stop());
    location.href = root.dataset.back;
  });
})();
