// While a recruiter writes a posting, ask the server for the automatic findings
// (1 s after the last keystroke) and show them above the form.
(function () {
  "use strict";
  var form = document.querySelector("form[data-check-url]");
  var panel = document.getElementById("findings");
  if (!form || !panel || !window.fetch) return;
  var timer = null;
  function check() {
    fetch(form.getAttribute("data-check-url"), {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    })
      .then(function (r) { return r.ok ? r.text() : null; })
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
