// The console's charts: each <canvas data-chart="ID"> is drawn by Chart.js (vendored, served
// by HQ) from the JSON in the <script type="application/json" id="ID"> beside it, which is
// data, not code (the page's policy runs no inline script). The same figures are in the page
// as text; the chart only draws them.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Chart === "undefined") return;
  const colours = ["#005c99", "#f0a500", "#2e7d32", "#b3261e"];
  for (const canvas of document.querySelectorAll("canvas[data-chart]")) {
    const source = document.getElementById(canvas.dataset.chart);
    if (!source) continue;
    const data = JSON.parse(source.textContent);
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map((s, n) => ({
          label: s.label,
          data: s.values,
          backgroundColor: colours[n % colours.length],
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: document.documentElement.lang,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
  }
});
