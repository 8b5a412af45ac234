/**
 * The fair baseline's style: the app's embedded basemap style (land, sea, Haihe, districts and every
 * label layer, built by the app's own `embeddedStyle` from the published files in dist/data/) with the
 * zones added as two plain MapLibre layers (fill in the zone's first sector colour, outline) where the
 * app draws its zones. The bare page draws it with nothing else, so app ÷ bare is what the app adds on
 * top of MapLibre drawing the same picture.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import area from '@turf/area';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { EmbeddedBasemapData } from '../src/lib/data/load-basemap';
import type { DistrictFeature, PlaceFeature, SectorsFile, ZoneFeature } from '../src/lib/data/schemas';
import { ZONES_SOURCE } from '../src/lib/map/layers/zones';
import { embeddedStyle } from '../src/lib/map/basemap/embedded-style';

const dist = fileURLToPath(new URL('../dist/data/', import.meta.url));
const read = <T>(name: string): T => JSON.parse(readFileSync(`${dist}${name}`, 'utf8')) as T;

export function fairBareStyle(): StyleSpecification {
  const data: EmbeddedBasemapData = {
    land: read('basemap/land.geojson'),
    haihe: read('basemap/haihe.geojson'),
    haiheLabel: read('basemap/haihe-label.geojson'),
  };
  const zones = read<{ features: ZoneFeature[] }>('zones.geojson').features;
  const places = read<{ features: PlaceFeature[] }>('places.geojson').features;
  const districts = read<{ features: DistrictFeature[] }>('districts.geojson').features;
  const sectors = read<SectorsFile>('sectors.json').sectors;
  const colors = new Map(sectors.map((sector) => [sector.id, sector.color]));
  const style = embeddedStyle(data, {
    districts,
    allZones: zones,
    zones,
    places,
    lang: 'zh',
    layers: { zones: true, places: true, districts: true, labels: true },
    emphasisedDistricts: [],
    emphasisedZones: [],
  });
  // Larger zones first, as the app draws them.
  const ordered = [...zones].sort((a, b) => area(b.geometry) - area(a.geometry));
  style.sources['bare-zones'] = {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: ordered.map((zone) => ({
        type: 'Feature',
        properties: { color: colors.get(zone.properties.sectors[0] ?? '') ?? '#888888' },
        geometry: zone.geometry,
      })),
    },
  };
  const zoneLayers: LayerSpecification[] = [
    {
      id: 'bare-zones-fill',
      type: 'fill',
      source: 'bare-zones',
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.35 },
    },
    {
      id: 'bare-zones-line',
      type: 'line',
      source: 'bare-zones',
      paint: { 'line-color': ['get', 'color'], 'line-width': 2, 'line-dasharray': [3, 2] },
    },
  ];
  // In place of the app's zone layers (whose colours are feature state the app sets).
  const at = style.layers.findIndex((layer) => 'source' in layer && layer.source === ZONES_SOURCE);
  style.layers = style.layers.filter((layer) => !('source' in layer) || layer.source !== ZONES_SOURCE);
  delete style.sources[ZONES_SOURCE];
  style.layers.splice(at < 0 ? style.layers.length : at, 0, ...zoneLayers);
  return style;
}
