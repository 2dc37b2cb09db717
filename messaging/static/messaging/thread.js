/* Conversation page: the socket adds new messages without a reload; sending goes over it when it
 * is open and falls back to the form's POST otherwise. User text is set with textContent only. */
(function () {
  "use strict";
  const root = document.querySelector("[data-thread]");
  if (!root) return;
  const T = JSON.parse(document.getElementById("thread-strings").textContent);
  const side = root.dataset.side;
  const list = root.querySelector("[data-messages]");
  const form = root.querySelector("[data-send]");
  const status = root.querySelector("[data-status]");
  let socket = null, attempt = 0, ref = 0;

  function flag(meta) {
    const badge = document.createElement("span");
    badge.className = "badge accent";
    badge.dataset.flagged = "";
    badge.textContent = T.flagged;
    meta.append(" · ", badge);
  }

  function render(m, own) {
    const shown = list.querySelector(`[data-message-id="${m.id}"]`);
    if (shown) { // the broadcast of one's own message can come before its ack
      if (own && m.flagged && !shown.querySelector("[data-flagged]")) flag(shown.querySelector(".meta"));
      return;
    }
    const empty = list.querySelector("[data-empty]");
    if (empty) empty.remove();
    const li = document.createElement("li");
    li.className = "msg " + (m.side === side ? "mine" : "theirs");
    li.dataset.messageId = m.id;
    const body = document.createElement("p");
    body.className = "body";
    body.textContent = m.body;
    const meta = document.createElement("p");
    meta.className = "meta small muted";
    meta.textContent = m.at;
    if (own && m.flagged) flag(meta);
    li.append(body, meta);
    list.append(li);
    li.scrollIntoView({ block: "end" });
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}/ws/messages/${root.dataset.application}/`);
    socket.onopen = () => { attempt = 0; if (status) status.textContent = T.live; };
    socket.onmessage = (event) => {
      const frame = JSON.parse(event.data);
      if (frame.type === "history") frame.messages.forEach((m) => render(m, m.side === side));
      else if (frame.type === "message") { render(frame.message, false); socket.send(JSON.stringify({ type: "read" })); }
      else if (frame.type === "ack") {
        render(frame.message, true);
        if (frame.message.flagged && status) status.textContent = `${T.flaggedWhy} ${frame.message.findings.join("；")}`;
      } else if (frame.type === "error" && status) status.textContent = frame.message;
    };
    socket.onclose = (event) => {
      socket = null;
      if (event.code === 4403 || event.code === 4400) return;
      if (status) status.textContent = T.offline;
      attempt += 1;
      setTimeout(connect, Math.random() * Math.min(30000, 1000 * 2 ** attempt));
    };
  }

  if (form) {
    form.addEventListener("submit", (event) => {
      const text = form.elements.body.value.trim();
      if (!socket || socket.readyState !== WebSocket.OPEN || !text) return; // the POST handles it
      event.preventDefault();
      ref += 1;
      socket.send(JSON.stringify({ type: "send", body: text, ref: String(ref) }));
      form.elements.body.value = "";
    });
  }
  connect();
})();
