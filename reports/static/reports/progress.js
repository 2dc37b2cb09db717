// Polls a report task's progress every second and updates the bar until it is done or failed.
(function () {
  "use strict";
  const box = document.querySelector("[data-task]");
  if (!box) return;
  const bar = box.querySelector("progress");
  const status = box.querySelector("[data-task-status]");
  const link = box.querySelector("[data-task-download]");
  const text = (name) => box.querySelector(`[data-${name}-text]`).innerHTML.trim();

  async function poll() {
    let data;
    try {
      const response = await fetch(box.dataset.progressUrl, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      data = await response.json();
    } catch (error) {
      setTimeout(poll, 3000);
      return;
    }
    bar.value = data.percent;
    if (data.state === "done") {
      status.textContent = text("done");
      link.hidden = false;
      return;
    }
    if (data.state === "failed") {
      status.textContent = `${text("failed")} ${data.error}`;
      return;
    }
    if (data.stale) {
      status.textContent = text("stale");
      return;
    }
    status.textContent = text("running").replace("%(done)s", data.done).replace("%(total)s", data.total);
    setTimeout(poll, 1000);
  }
  poll();
})();
