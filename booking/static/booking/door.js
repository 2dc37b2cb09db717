// The door phone without a network. The page keeps the event's ticket codes (list.json) in
// localStorage; while offline a scan or typed code is checked against them and queued, and the
// queue goes to sync/ as soon as the network is back (also at the next page load). The server
// decides in the end: two phones that both let a ticket in offline get one check-in.
(function () {
  "use strict";
  const door = document.querySelector("[data-door]");
  const form = document.querySelector("[data-scan-form]");
  const panel = document.querySelector("[data-offline-result]");
  const template = document.querySelector("[data-door-strings]");
  if (!door || !form || !panel || !template || !window.localStorage) return;
  const listKey = "door:" + door.dataset.event + ":list";
  const queueKey = "door:" + door.dataset.event + ":queue";
  const text = function (key, values) {
    const node = template.content.querySelector('[data-key="' + key + '"]');
    return node.textContent.replace(/\{(\w+)\}/g, function (_, name) { return values[name]; });
  };
  const read = function (key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (error) { return fallback; }
  };
  const write = function (key, value) { localStorage.setItem(key, JSON.stringify(value)); };
  const csrf = form.querySelector("[name=csrfmiddlewaretoken]").value;

  const showStatus = function () {
    const list = read(listKey, null);
    const queue = read(queueKey, []);
    const parts = [];
    if (!navigator.onLine) parts.push(text("offline", {}));
    parts.push(list ? text("list", { n: list.tickets.length, at: new Date(list.at).toLocaleTimeString() }) : text("nolist", {}));
    if (queue.length) parts.push(text("queued", { n: queue.length }));
    door.textContent = parts.join(" ");
  };
  const show = function (outcome, message) {
    panel.className = "card result result-" + outcome;
    panel.dataset.outcome = outcome;
    panel.textContent = "";
    const heading = document.createElement("h2");
    heading.textContent = message;
    panel.appendChild(heading);
    panel.hidden = false;
  };

  const fetchList = async function () {
    const response = await fetch(door.dataset.listUrl, { credentials: "same-origin" });
    if (response.ok) write(listKey, await response.json());
  };
  const sync = async function () {
    const queue = read(queueKey, []);
    if (!queue.length || !navigator.onLine) return;
    const response = await fetch(door.dataset.syncUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify({ scans: queue.slice(0, 500) }),
    });
    if (!response.ok) return;
    const sent = (await response.json()).results.length;
    write(queueKey, read(queueKey, []).slice(sent));
    show("checked_in", text("synced", { n: sent }));
    await fetchList();
  };

  // A scanned ticket URL carries a signed token; its payload (zlib-compressed JSON when it
  // starts with ".") holds the ticket code under v.c. Typed codes are used as they are.
  const codeOf = async function (value) {
    value = value.trim();
    if (value.indexOf("/t/") >= 0) value = value.split("/t/").pop().replace(/\/$/, "");
    if (value.indexOf(":") < 0) return value.toUpperCase().replace(/[^0-9A-Z]/g, "");
    let payload = value.split(":")[0];
    const compressed = payload.charAt(0) === ".";
    if (compressed) payload = payload.slice(1);
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, "+").replace(/_/g, "/")), function (c) { return c.charCodeAt(0); });
    let json = new TextDecoder().decode(bytes);
    if (compressed) {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
      json = await new Response(stream).text();
    }
    return String(JSON.parse(json).v.c || "");
  };

  form.addEventListener("submit", async function (event) {
    if (navigator.onLine) return; // online: the form posts and the server answers
    event.preventDefault();
    const list = read(listKey, null);
    if (!list) { show("refused", text("nolist", {})); return; }
    let code = "";
    try { code = await codeOf(form.elements.code.value); } catch (error) { code = ""; }
    const ticket = list.tickets.find(function (t) { return t.code === code; });
    if (!ticket) {
      show("refused", text("unknown", {}));
    } else if (ticket.checked_in) {
      show("already", text("already", {}));
    } else {
      ticket.checked_in = true;
      write(listKey, list);
      const queue = read(queueKey, []);
      queue.push({ code: code, at: new Date().toISOString() });
      write(queueKey, queue);
      show("checked_in", text("recorded", {}));
    }
    form.elements.code.value = "";
    showStatus();
  });
  window.addEventListener("online", function () { sync().finally(showStatus); });
  window.addEventListener("offline", showStatus);
  (navigator.onLine ? sync().then(fetchList) : Promise.resolve()).catch(function () {}).finally(showStatus);
})();
