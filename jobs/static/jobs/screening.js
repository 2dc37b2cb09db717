// While a recruiter writes a posting, ask the server for the automatic findings
// (1 s after the last keystroke) and show them above the form. A refusal (text over the
// caps, too many checks) comes back as JSON {error}: show its message instead.
(function () {
  "use strict";
  var form = document.querySelector("form[data-check-url]");
  var panel = document.getElementById("findings");
  if (!form || !panel || !window.fetch) return;
  var timer = null;
  function refused(message) {
    if (!message) return;
    var note = document.createElement("p");
    note.className = "error";
    note.textContent = message;
    panel.replaceChildren(note);
  }
  function check() {
    fetch(form.getAttribute("data-check-url"), {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    })
      .then(function (r) {
        if (r.ok) return r.text();
        return r.json().then(function (body) { refused(body.error); return null; }, function () { return null; });
      })
      .then(function (html) {
        if (html === null) return;
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("#findings");
        if (fresh) panel.replaceWith(fresh), (panel = fresh);
      })
      .catch(function () { /* the server check on save still runs */ });
  }
  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 1000);
  });
})();
