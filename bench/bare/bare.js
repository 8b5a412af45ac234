// The bare MapLibre baselines, from their published data only; 'bare:ready' when MapLibre is idle after
// the first load. `?style=fair` (the fair baseline): the app's embedded basemap style with the zones as
// plain MapLibre layers (bench/bare-style.ts), at the camera the app opened with (`center`, `zoom`).
// Without it: the same zones on a plain background (the first, zones-only baseline).
/* global maplibregl */
const params = new URLSearchParams(location.search);
const zonesOnly = {
  version: 8,
  sources: { zones: { type: 'geojson', data: '/data/zones.geojson' } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
    { id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-color': '#4477aa', 'fill-opacity': 0.35 } },
    { id: 'zones-line', type: 'line', source: 'zones', paint: { 'line-color': '#223355', 'line-width': 1.5 } },
  ],
};
const fair = params.get('style') === 'fair';
const camera =
  fair && params.has('center')
    ? { center: params.get('center').split(',').map(Number), zoom: Number(params.get('zoom')) }
    : { bounds: [117.1, 38.95, 117.8, 39.2] };
const map = new maplibregl.Map({
  container: 'map',
  style: fair ? '/bare/style.json' : zonesOnly,
  ...camera,
  attributionControl: false,
});
// The style's label slots (an empty image the app adds the same way).
map.on('styleimagemissing', (event) => {
  if (map.hasImage(event.id)) return;
  map.addImage(event.id, { width: 24, height: 24, data: new Uint8Array(24 * 24 * 4) });
});
map.once('load', () => map.once('idle', () => performance.mark('bare:ready')));
