// The university's career-service use per month, a stacked bar chart drawn by Chart.js (npm,
// served from vendor/chart.js); the table below it holds the same counts.
(function () {
  "use strict";
  const source = document.getElementById("usage-data");
  const canvas = document.getElementById("chart-usage");
  if (!source || !canvas || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const palette = ["#0b5cad", "#d9480f", "#2b8a3e", "#7048e8", "#e67700"];
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: data.series.map((series, i) => ({
        label: series.label, data: series.data, backgroundColor: palette[i % palette.length],
      })),
    },
    options: {
      responsive: true, maintainAspectRatio: false,
      plugins: { legend: { position: "bottom" } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
})();
