/* Live room client: one socket, resumed after drops, every event rendered once.
 *
 * Protocol (docs/realtime.md): the server sends a snapshot (or "resumed") first, then
 * events numbered by a per-room sequence. The client remembers the last number it saw
 * and reconnects with ?after=<seq> using exponential backoff with full jitter; events
 * at or below that number are ignored, so a replay never shows anything twice.
 * A frame is one event or a "batch" of several, in order; a batch with "chat_rate" means the
 * chat is busy and this viewer sees a sample of it (the indicator shows the true rate).
 * All user text goes into the page with textContent, never as HTML.
 */
(function () {
  "use strict";
  const root = document.querySelector("[data-live-room]");
  if (!root) return;
  const T = JSON.parse(document.getElementById("room-strings").textContent);
  const isHost = root.hasAttribute("data-host");
  const FINAL_CLOSE = new Set([4401, 4403, 4404]);
  const PING_EVERY_MS = 20000, SILENCE_MS = 45000, ACK_EVERY = 100, MAX_CHAT_ITEMS = 200;

  const room = {
    socket: null, lastSeq: null, received: 0, ackedAt: 0, attempt: 0, lastFrameAt: 0,
    refCounter: 0, pending: new Map(), me: null, chatIds: new Set(), questions: new Map(),
    voted: new Set(), sort: "votes", card: null, stopped: false,
  };

  const $ = (sel, el) => (el || root).querySelector(sel);
  const $$ = (sel, el) => Array.from((el || root).querySelectorAll(sel));
  const fmt = (text, values) => text.replace(/%\((\w+)\)s/g, (_, k) => String(values[k]));
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function setStatus(text, kind) {
    const status = $("[data-status]");
    status.textContent = text;
    status.dataset.kind = kind || "";
  }

  // --- connection -------------------------------------------------------------------------

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const after = room.lastSeq === null ? "" : "?after=" + room.lastSeq;
    const socket = new WebSocket(scheme + "://" + location.host + root.dataset.socket + after);
    room.socket = socket;
    room.received = 0;
    room.ackedAt = 0;
    room.lastFrameAt = Date.now();
    socket.onmessage = (message) => {
      room.lastFrameAt = Date.now();
      let frame;
      try { frame = JSON.parse(message.data); } catch (e) { return; }
      handle(frame);
    };
    socket.onclose = (event) => {
      if (room.socket !== socket) return;
      room.socket = null;
      failPending();
      if (FINAL_CLOSE.has(event.code) || room.stopped) {
        room.stopped = true;
        if (event.code === 4401) location.href = root.dataset.loginUrl || "/";
        setStatus(T.closed, "error");
        return;
      }
      setStatus(T.reconnecting, "warn");
      const ceiling = Math.min(15000, 500 * 2 ** room.attempt);
      room.attempt += 1;
      setTimeout(connect, Math.random() * ceiling);  // full jitter
    };
  }

  function send(type, fields) {
    return new Promise((resolve, reject) => {
      const socket = room.socket;
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        reject({ code: "offline", message: T.kept });
        return;
      }
      const ref = "r" + (++room.refCounter);
      room.pending.set(ref, { resolve, reject });
      socket.send(JSON.stringify(Object.assign({ type: type, ref: ref }, fields || {})));
    });
  }

  function failPending() {
    room.pending.forEach((p) => p.reject({ code: "offline", message: T.kept }));
    room.pending.clear();
  }

  function ping() {
    if (room.socket && room.socket.readyState === WebSocket.OPEN) {
      room.ackedAt = room.received;
      send("ping", { received: room.received }).catch(() => {});
    }
  }

  setInterval(() => {
    if (room.socket && Date.now() - room.lastFrameAt > SILENCE_MS) room.socket.close();
    else ping();
  }, PING_EVERY_MS);

  // --- frames -----------------------------------------------------------------------------

  function handle(frame) {
    if (frame.type === "ack" || frame.type === "error" || frame.type === "pong") {
      const waiting = frame.ref && room.pending.get(frame.ref);
      if (waiting) {
        room.pending.delete(frame.ref);
        frame.type === "error" ? waiting.reject(frame) : waiting.resolve(frame.result || {});
      } else if (frame.type === "error" && !frame.ref) {
        setStatus(frame.message, "error");
      }
      return;
    }
    if (frame.type === "snapshot" || frame.type === "resumed") root.dataset.sync = frame.type;
    if (frame.type === "snapshot") return applySnapshot(frame);
    if (frame.type === "resumed") return connected();
    if (frame.type === "viewers") return showViewers(frame);
    if (frame.type === "batch") {
      showChatRate(frame.chat_rate);
      frame.events.forEach(handleEvent);
      return;
    }
    if (frame.type === "chat.message") showChatRate(null);
    handleEvent(frame);
  }

  function handleEvent(frame) {
    if (typeof frame.seq === "number") {
      if (room.lastSeq !== null && frame.seq <= room.lastSeq) return;  // seen already
      room.lastSeq = frame.seq;
      room.received += 1;
      if (room.received - room.ackedAt >= ACK_EVERY) ping();
    }
    const handler = EVENTS[frame.type];
    if (handler) handler(frame);
  }

  function connected() {
    room.attempt = 0;
    setStatus(T.connected, "ok");
  }

  function applySnapshot(snap) {
    room.lastSeq = snap.seq;
    room.me = snap.me;
    room.voted = new Set(snap.me.voted);
    room.chatIds.clear();
    $("[data-chat]").replaceChildren();
    snap.chat.forEach(addChat);
    room.questions.clear();
    snap.questions.forEach((q) => room.questions.set(q.id, q));
    renderQuestions();
    showCard(snap.card);
    showState(snap.session.state);
    if (snap.viewers) showViewers(snap.viewers);
    if (snap.counters) showCounters(snap.counters);
    connected();
  }

  const EVENTS = {
    "state": (e) => showState(e.state),
    "stage": (e) => document.dispatchEvent(new CustomEvent("live:stage", { detail: e.stage })),
    "card": (e) => showCard(e.card),
    "job.withdrawn": (e) => withdrawJob(e.job_id),
    "chat.message": (e) => addChat(e.message),
    "chat.deleted": (e) => {
      const item = $('[data-chat] [data-id="' + e.id + '"]');
      if (item) item.remove();
    },
    "question": (e) => {
      if (e.question.state === "hidden") room.questions.delete(e.question.id);
      else room.questions.set(e.question.id, e.question);
      renderQuestions();
    },
    "muted": (e) => {
      const time = new Date(e.until).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
      showFormError("[data-chat-form]", fmt(T.muted, { time: time }));
    },
    "counters": showCounters,
  };

  // --- rendering --------------------------------------------------------------------------

  function showState(state) {
    document.dispatchEvent(new CustomEvent("live:state", { detail: state }));
    const badge = $("[data-state-badge]");
    badge.textContent = T[state] || state;
    badge.dataset.state = state;
    const goLive = $("[data-go-live]"), end = $("[data-end]");
    if (goLive) goLive.hidden = state !== "scheduled";
    if (end) end.hidden = state !== "live";
    if (state === "ended") {
      room.stopped = true;
      setStatus(T.ended_note, "info");
      if (room.socket) room.socket.close();
    }
  }

  function showChatRate(rate) {
    const note = $("[data-chat-rate]");
    if (!note) return;
    note.hidden = rate === null || rate === undefined;
    note.textContent = note.hidden ? "" : T.chat_sampled.replace("{n}", String(rate));
  }

  function showViewers(v) {
    $("[data-viewers]").textContent = fmt(T.viewers, { now: v.now, peak: v.peak });
    const now = $('[data-count="now"]'), peak = $('[data-count="peak"]');
    if (now) now.textContent = v.now;
    if (peak) peak.textContent = v.peak;
  }

  function showCounters(c) {
    ["questions", "pending", "applications", "card_applications"].forEach((key) => {
      const cell = $('[data-count="' + key + '"]');
      if (cell) cell.textContent = c[key];
    });
  }

  function addChat(m) {
    if (room.chatIds.has(m.id)) return;
    room.chatIds.add(m.id);
    const list = $("[data-chat]");
    const item = el("li", m.host ? "chat host" : "chat");
    item.dataset.id = m.id;
    const author = el("strong", "", m.author);
    if (m.host) author.append(" ", el("span", "badge accent", T.host));
    item.append(author, " ", el("span", "body", m.body));
    if (isHost && !m.host) {
      const tools = el("span", "tools");
      tools.append(button(T.delete, () => send("chat.delete", { message_id: m.id })),
                   button(T.mute, () => send("chat.mute", { message_id: m.id, minutes: 10 })));
      item.append(tools);
    }
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.append(item);
    while (list.children.length > MAX_CHAT_ITEMS) list.firstElementChild.remove();
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  function button(label, onClick, cls) {
    const b = el("button", cls || "link small", label);
    b.type = "button";
    b.addEventListener("click", () => {
      const done = onClick();
      if (done && done.catch) done.catch((error) => setStatus(error.message, "error"));
    });
    return b;
  }

  function sortedQuestions() {
    const list = Array.from(room.questions.values());
    if (room.sort === "time") return list.sort((a, b) => b.id - a.id);
    return list.sort((a, b) => (b.highlighted - a.highlighted) || (b.votes - a.votes) || (b.id - a.id));
  }

  function renderQuestions() {
    const list = $("[data-questions]");
    list.replaceChildren(...sortedQuestions().map(questionItem));
  }

  function questionItem(q) {
    const item = el("li", "question" + (q.highlighted ? " highlighted" : "") + " " + q.state);
    item.dataset.id = q.id;
    item.append(el("p", "body", q.body));
    const meta = el("p", "small muted", q.author);
    if (q.state === "pending") meta.append(" · ", el("span", "badge", T.pending));
    if (q.state === "answered") meta.append(" · ", el("span", "badge", T.answered));
    if (q.highlighted) meta.append(" · ", el("span", "badge accent", T.highlighted));
    item.append(meta);
    const tools = el("p", "tools");
    const voted = room.voted.has(q.id);
    const vote = el("button", "secondary vote", "▲ " + q.votes + " " + (voted ? T.voted : T.upvote));
    vote.type = "button";
    vote.disabled = voted || !room.me || !room.me.authenticated || q.state === "pending";
    vote.setAttribute("aria-pressed", String(voted));
    vote.addEventListener("click", () => {
      send("question.vote", { question_id: q.id }).then(() => {
        room.voted.add(q.id);
        renderQuestions();
      }).catch((error) => setStatus(error.message, "error"));
    });
    tools.append(vote);
    if (isHost) tools.append(...moderationButtons(q));
    item.append(tools);
    return item;
  }

  function moderationButtons(q) {
    const act = (action) => () => send("question.moderate", { question_id: q.id, action: action });
    const buttons = [];
    if (q.state === "pending") buttons.push(button(T.approve, act("approve")));
    if (q.state === "open" || q.state === "pending") buttons.push(button(T.answer, act("answer")));
    if (q.state !== "pending") buttons.push(button(q.highlighted ? T.unhighlight : T.highlight,
                                                   act(q.highlighted ? "unhighlight" : "highlight")));
    buttons.push(button(T.hide, act("hide")));
    return buttons;
  }

  function showCard(card) {
    room.card = card;
    const box = $("[data-card]"), empty = $("[data-no-card]");
    box.replaceChildren();
    box.hidden = !card;
    empty.hidden = !!card;
    $$("[data-pin]").forEach((b) => {
      const pinned = card && String(card.job_id) === b.dataset.pin;
      b.textContent = pinned ? T.pinned : T.pin;
      b.disabled = !!pinned;
    });
    if (!card) return;
    const title = el("h3");
    const link = el("a", "", card.title);
    link.href = card.url;
    title.append(link);
    box.append(title, el("p", "company", card.company),
               el("p", "salary", card.salary), el("p", "meta", card.city + " · " + fmt(T.headcount, { n: card.headcount })));
    if (room.me && room.me.student) {
      const apply = el("button", "apply", T.apply);
      apply.type = "button";
      apply.addEventListener("click", () => applyFor(card.job_id, apply));
      box.append(apply);
    } else if (room.me && !room.me.authenticated) {
      const login = el("a", "button", T.apply);
      login.href = root.dataset.loginUrl;
      box.append(login);
    }
  }

  function withdrawJob(jobId) {
    // A featured posting left publication: viewers lose it at once, the host sees it marked.
    if (room.card && room.card.job_id === jobId) showCard(null);
    const item = $("#job-" + jobId);
    if (!item) return;
    if (!isHost) {
      item.remove();
      return;
    }
    const pin = $("[data-pin]", item);
    if (pin) pin.replaceWith(el("span", "badge", T.unpublished));
  }

  function applyFor(jobId, trigger) {
    trigger.disabled = true;
    send("job.apply", { job_id: jobId }).then((result) => {
      if (result.status === "profile_required") {
        location.href = result.url;
        return;
      }
      trigger.textContent = result.status === "applied" ? T.applied : T.already_applied;
      const note = $('[data-apply-result="' + jobId + '"]');
      if (note) note.textContent = trigger.textContent;
    }).catch((error) => {
      trigger.disabled = false;
      setStatus(error.message, "error");
    });
  }

  // --- forms and controls -----------------------------------------------------------------

  function showFormError(selector, text) {
    const form = $(selector);
    if (form) $("[data-error]", form).textContent = text;
  }

  function wireForm(selector, type) {
    const form = $(selector);
    if (!form) return;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const input = form.elements.body, submit = form.querySelector("button");
      const body = input.value.trim();
      if (!body) return;
      submit.disabled = true;
      send(type, { body: body }).then(() => {
        input.value = "";
        showFormError(selector, "");
      }).catch((error) => showFormError(selector, error.message))  // the text stays in the box
        .finally(() => { submit.disabled = false; });
    });
  }

  wireForm("[data-chat-form]", "chat.send");
  wireForm("[data-question-form]", "question.ask");

  $$("[data-tab]").forEach((tab) => tab.addEventListener("click", () => {
    $$("[data-tab]").forEach((t) => t.setAttribute("aria-selected", String(t === tab)));
    $$("[data-panel]").forEach((p) => p.classList.toggle("active", p.dataset.panel === tab.dataset.tab));
  }));
  $('[data-panel="chat"]').classList.add("active");

  $$("[data-sort]").forEach((b) => b.addEventListener("click", () => {
    room.sort = b.dataset.sort;
    $$("[data-sort]").forEach((x) => x.setAttribute("aria-pressed", String(x === b)));
    renderQuestions();
  }));

  $$("[data-apply]").forEach((b) => b.addEventListener("click", () => applyFor(Number(b.dataset.apply), b)));
  const wanted = root.dataset.applyJob && document.getElementById("job-" + root.dataset.applyJob);
  if (wanted) wanted.scrollIntoView({ block: "center" });

  // A host's control tapped while the socket is still opening (right after the page loads, or
  // while it reconnects) waits for it, up to CONTROL_WAIT_MS, instead of failing at once.
  const CONTROL_WAIT_MS = 10000;
  function whenOpen() {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      (function check() {
        const socket = room.socket;
        if (socket && socket.readyState === WebSocket.OPEN) { resolve(); return; }
        if (room.stopped || Date.now() - started > CONTROL_WAIT_MS) {
          reject({ code: "offline", message: T.reconnecting });
          return;
        }
        setTimeout(check, 100);
      })();
    });
  }
  function control(selector, type, fields) {
    const b = $(selector);
    if (!b) return;
    b.addEventListener("click", () => {
      const errorBox = $("[data-control-error]");
      b.disabled = true;
      whenOpen().then(() => send(type, fields ? fields(b) : {})).then(() => { errorBox.textContent = ""; })
        .catch((error) => { errorBox.textContent = error.message; })
        .finally(() => { b.disabled = false; });
    });
  }
  control("[data-go-live]", "session.go_live");
  control("[data-end]", "session.end");
  control("[data-unpin]", "card.unpin");
  $$("[data-pin]").forEach((b) => b.addEventListener("click", () => {
    send("card.pin", { job_id: Number(b.dataset.pin) })
      .catch((error) => { $("[data-control-error]").textContent = error.message; });
  }));

  setStatus(T.connecting);
  connect();
})();
