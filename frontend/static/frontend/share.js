// The share panel: copy the page's link (Clipboard API, else select the text for the user).
document.querySelectorAll("[data-share]").forEach((panel) => {
  const input = panel.querySelector("[data-share-url]");
  const status = panel.querySelector("[data-share-status]");
  panel.querySelector("[data-share-copy]").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      status.hidden = false;
    } catch (error) {
      // WeChat's browser and plain http pages may refuse the Clipboard API: select for a long-press copy.
      input.focus();
      input.select();
      status.hidden = !document.execCommand || !document.execCommand("copy");
    }
  });
});
