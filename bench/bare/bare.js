// The same zones as the app (from its published /data/zones.geojson), on a plain background, fitted
// the same way; marks 'bare:ready' when MapLibre is idle after the first load.
/* global maplibregl */
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { zones: { type: 'geojson', data: '/data/zones.geojson' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      { id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-color': '#4477aa', 'fill-opacity': 0.35 } },
      { id: 'zones-line', type: 'line', source: 'zones', paint: { 'line-color': '#223355', 'line-width': 1.5 } },
    ],
  },
  bounds: [117.1, 38.95, 117.8, 39.2],
  attributionControl: false,
});
map.once('load', () => map.once('idle', () => performance.mark('bare:ready')));
