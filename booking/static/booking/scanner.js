// Scan ticket codes with the phone camera where the browser has BarcodeDetector;
// typing the code always works. The form posts as usual, so nothing depends on this file.
(function () {
  "use strict";
  const form = document.querySelector("[data-scan-form]");
  const button = document.querySelector("[data-start-camera]");
  const video = document.querySelector("[data-camera]");
  if (!form || !button || !video || !("BarcodeDetector" in window) || !navigator.mediaDevices) return;
  button.hidden = false;
  button.addEventListener("click", async function () {
    const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const look = async function () {
      const codes = await detector.detect(video).catch(function () { return []; });
      if (codes.length) {
        stream.getTracks().forEach(function (track) { track.stop(); });
        form.elements.code.value = codes[0].rawValue;
        form.submit();
        return;
      }
      requestAnimationFrame(look);
    };
    look();
  });
})();
