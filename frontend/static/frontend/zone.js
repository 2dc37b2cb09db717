// Refresh the zone's counters every 20 s while the page is visible.
(function () {
  "use strict";
  var box = document.querySelector("[data-counters-url]");
  if (!box || !window.fetch) return;
  var url = box.getAttribute("data-counters-url");
  var format = new Intl.NumberFormat(document.documentElement.lang || "zh-CN");
  function refresh() {
    if (document.hidden) return;
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) return;
        Object.keys(data).forEach(function (key) {
          var el = box.querySelector('[data-counter="' + key + '"]');
          if (el) el.textContent = format.format(data[key]);
        });
      })
      .catch(function () { /* keep the last figures */ });
  }
  setInterval(refresh, 20000);
  document.addEventListener("visibilitychange", refresh);
})();
