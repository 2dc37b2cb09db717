// The header's unread badge: updated over /ws/me/ when the server's channel layer reaches this
// page, and by polling /me/notifications/unread.json where it does not (or the socket is down).
(function () {
  "use strict";
  var badge = document.querySelector("[data-unread-badge]");
  if (!badge) return;
  var pollUrl = badge.getAttribute("data-unread-url");
  var pollSeconds = 30;
  var timer = null;

  function show(count) {
    badge.textContent = count > 99 ? "99+" : String(count);
    badge.hidden = count === 0;
    badge.setAttribute("data-unread", String(count));
  }
  function poll() {
    fetch(pollUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) show(data.unread); })
      .catch(function () {});
  }
  function startPolling() {
    if (timer === null) timer = setInterval(poll, pollSeconds * 1000);
  }
  function stopPolling() {
    if (timer !== null) { clearInterval(timer); timer = null; }
  }
  function connect(delay) {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket;
    try { socket = new WebSocket(scheme + location.host + "/ws/me/"); } catch (e) { startPolling(); return; }
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.type === "hello") {
        pollSeconds = data.poll_seconds || pollSeconds;
        if (data.shared) stopPolling(); else startPolling();
      }
      if (typeof data.unread === "number") show(data.unread);
    };
    socket.onclose = function () {
      startPolling();
      setTimeout(function () { connect(Math.min(delay * 2, 60000)); }, delay);
    };
  }
  connect(2000);
})();
