// Charts of the regional demand dashboard, drawn by Chart.js (npm, served from vendor/chart.js).
(function () {
  "use strict";
  const source = document.getElementById("demand-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const labels = document.querySelector("[data-chart-labels]").dataset;
  const palette = ["#0b5cad", "#d9480f", "#2b8a3e", "#7048e8", "#e67700", "#1098ad", "#c2255c", "#5c940d", "#868e96"];
  const common = { responsive: true, maintainAspectRatio: false, plugins: { legend: { position: "bottom" } } };

  new Chart(document.getElementById("chart-regions"), {
    type: "bar",
    data: {
      labels: data.regions.labels,
      datasets: [
        { label: labels.headcount, data: data.regions.headcount, backgroundColor: palette[0] },
        { label: labels.graduates, data: data.regions.graduates, backgroundColor: palette[2] },
      ],
    },
    options: { ...common, indexAxis: "y" },
  });

  new Chart(document.getElementById("chart-over-time"), {
    type: "line",
    data: {
      labels: data.over_time.labels,
      datasets: data.over_time.series.map((series, i) => ({
        label: series.label === "other" ? labels.other : series.label,
        data: series.data,
        borderColor: palette[i % palette.length],
        backgroundColor: palette[i % palette.length],
        tension: 0.2,
      })),
    },
    options: common,
  });

  new Chart(document.getElementById("chart-live"), {
    type: "bar",
    data: {
      labels: data.live.labels,
      datasets: [
        { label: labels.sessions, data: data.live.sessions, backgroundColor: palette[3], yAxisID: "count" },
        { label: labels.unique, data: data.live.unique, type: "line", borderColor: palette[1], yAxisID: "viewers" },
        { label: labels.peak, data: data.live.peak, type: "line", borderColor: palette[5], yAxisID: "viewers" },
      ],
    },
    options: {
      ...common,
      scales: {
        count: { position: "left", beginAtZero: true, ticks: { precision: 0 } },
        viewers: { position: "right", beginAtZero: true, grid: { drawOnChartArea: false } },
      },
    },
  });
})();
