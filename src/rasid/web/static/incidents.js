// The incidents page: a Leaflet map over offline Natural Earth country outlines (no tile
// server) with one marker per incident, and a Chart.js timeline of events and casualties
// per day. The data comes from the page itself (#incident-data).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("incident-data").textContent);
  const mapEl = document.getElementById("map");
  const map = L.map(mapEl, { attributionControl: true, worldCopyJump: true }).setView([30, 40], 4);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
  fetch(mapEl.dataset.outlines).then(function (r) { return r.json(); }).then(function (topo) {
    const countries = topojson.feature(topo, topo.objects.countries);
    // Drop the few polygons that cross the antimeridian (Chukotka, Fiji): drawn flat they
    // become stripes across the whole map.
    const crosses = function (ring) {
      for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
      return false;
    };
    countries.features.forEach(function (f) {
      const g = f.geometry;
      if (!g) return;
      if (g.type === "Polygon" && g.coordinates.some(crosses)) g.coordinates = [];
      if (g.type === "MultiPolygon") g.coordinates = g.coordinates.filter(function (p) { return !p.some(crosses); });
    });
    L.geoJSON(countries, { style: { color: "#777", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 } }).addTo(map).bringToBack();
    mapEl.dataset.outlinesLoaded = countries.features.length;
  });
  const markers = [];
  data.points.forEach(function (p) {
    const m = L.circleMarker([p.lat, p.lon], { radius: 6 + Math.min(14, Math.sqrt(p.killed || 0)), color: "#b3261e", weight: 2, fillOpacity: 0.6, className: "incident-marker" });
    const tip = document.createElement("div");
    const a = document.createElement("a");
    a.href = "/incidents/" + encodeURIComponent(p.id);
    a.textContent = p.id + " · " + p.type + " · " + (p.date || "") + " · " + (p.place || "");
    tip.appendChild(a);
    tip.appendChild(document.createTextNode(" · killed " + (p.killed_range || "?") + " · " + p.n_outlets + " outlet(s)"));
    m.bindPopup(tip);
    m.addTo(map);
    markers.push(m);
  });
  if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.5), { maxZoom: 7 });
  mapEl.dataset.markers = markers.length;

  const days = data.timeline.map(function (d) { return d.day; });
  new Chart(document.getElementById("timeline"), {
    type: "bar",
    data: {
      labels: days,
      datasets: [
        { label: "events", data: data.timeline.map(function (d) { return d.events; }), backgroundColor: "#1f5fa8", yAxisID: "y" },
        { label: "killed (best)", data: data.timeline.map(function (d) { return d.killed; }), backgroundColor: "#b3261e", yAxisID: "y1" },
        { label: "injured (best)", data: data.timeline.map(function (d) { return d.injured; }), backgroundColor: "#e8a33d", yAxisID: "y1" }
      ]
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: { y: { position: "left", title: { display: true, text: "events" }, ticks: { precision: 0 } },
                y1: { position: "right", title: { display: true, text: "casualties" }, grid: { drawOnChartArea: false } } }
    }
  });
})();
