// Mock interview: time typed answers (kept with the answer; not a speaking pace) and record voice or video answers with
// MediaRecorder when the server has a speech-to-text provider.
(function () {
  "use strict";
  var form = document.getElementById("answer-form");
  if (form) {
    var started = null;
    var text = form.querySelector("textarea");
    var seconds = form.querySelector("input[name=seconds]");
    text.addEventListener("input", function () { if (started === null) started = Date.now(); });
    form.addEventListener("submit", function () {
      if (started !== null && seconds) seconds.value = Math.max(1, Math.round((Date.now() - started) / 1000));
    });
  }
  var box = document.getElementById("recorder");
  if (!box || !window.MediaRecorder || !navigator.mediaDevices) return;
  var status = document.getElementById("record-status");
  var stopButton = document.getElementById("record-stop");
  var recorder = null, chunks = [], begun = 0;
  function csrf() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function start(video) {
    navigator.mediaDevices.getUserMedia({ audio: true, video: video }).then(function (stream) {
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = function (e) { if (e.data.size) chunks.push(e.data); };
      recorder.onstop = function () {
        stream.getTracks().forEach(function (t) { t.stop(); });
        var blob = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
        var body = new FormData();
        body.append("recording", blob, "answer.webm");
        body.append("seconds", String(Math.max(1, Math.round((Date.now() - begun) / 1000))));
        body.append("keep", document.getElementById("keep").checked ? "1" : "0");
        status.textContent = "…";
        fetch(box.dataset.url, { method: "POST", body: body, headers: { "X-CSRFToken": csrf() }, credentials: "same-origin" })
          .then(function (r) { return r.json(); })
          .then(function () { window.location.reload(); })
          .catch(function () { status.textContent = "!"; });
      };
      begun = Date.now();
      recorder.start();
      stopButton.hidden = false;
      status.textContent = "●";
    }).catch(function () { status.textContent = "!"; });
  }
  document.getElementById("record-audio").addEventListener("click", function () { start(false); });
  document.getElementById("record-video").addEventListener("click", function () { start(true); });
  stopButton.addEventListener("click", function () { if (recorder) recorder.stop(); stopButton.hidden = true; });
})();
