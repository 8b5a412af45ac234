/**
 * Drawing on the map with terra-draw: planners' candidate zones (draw, edit, delete) and throwaway
 * measurements of a distance or an area. Loaded with import() once the map is up, so the drawing
 * library stays out of the first chunk. The app owns the candidates; this keeps terra-draw's store in
 * step with them and reports what the user drew.
 */
import length from '@turf/length';
import area from '@turf/area';
import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  ValidateNotSelfIntersecting,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { DrawTool, Measurement } from '../state/types';
import { KEPT_LAYER_PREFIX } from './basemap/basemap-controller';

export interface DrawnCandidate {
  id: string;
  geometry: Polygon;
}

export interface DrawCallbacks {
  /** A new candidate zone was closed. */
  oncreate: (candidate: DrawnCandidate) => void;
  /** A candidate's shape changed (while dragging, throttled, and when the drag ends). */
  onreshape: (candidate: DrawnCandidate) => void;
  /** A candidate was picked on the map in edit mode (null: deselected). */
  onpick: (id: string | null) => void;
  /** The current measurement, live while drawing it. */
  onmeasure: (measurement: Measurement | null) => void;
}

/** terra-draw mode names: the candidate polygon mode is "polygon"; measurements have their own. */
const CANDIDATE_MODE = 'polygon';
const LINE_MODE = 'measure-distance';
const AREA_MODE = 'measure-area';
const MODE_OF: Record<Exclude<DrawTool, 'none'>, string> = {
  draw: CANDIDATE_MODE,
  edit: 'select',
  distance: LINE_MODE,
  area: AREA_MODE,
};

const CANDIDATE_COLOR = '#c2410c';
const MEASURE_COLOR = '#1d2430';

const polygonIsValid = (feature: GeoJSONStoreFeatures) => ValidateNotSelfIntersecting(feature);

export class DrawController {
  readonly #draw: TerraDraw;
  readonly #callbacks: DrawCallbacks;
  #tool: DrawTool = 'none';
  #reshapeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(map: MapLibreMap, callbacks: DrawCallbacks) {
    this.#callbacks = callbacks;
    this.#draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: KEPT_LAYER_PREFIX }),
      modes: [
        new TerraDrawPolygonMode({
          modeName: CANDIDATE_MODE,
          validation: polygonIsValid,
          styles: { fillColor: CANDIDATE_COLOR, fillOpacity: 0.18, outlineColor: CANDIDATE_COLOR, outlineWidth: 2 },
        }),
        new TerraDrawLineStringMode({
          modeName: LINE_MODE,
          styles: { lineStringColor: MEASURE_COLOR, lineStringWidth: 2 },
        }),
        new TerraDrawPolygonMode({
          modeName: AREA_MODE,
          validation: polygonIsValid,
          styles: { fillColor: MEASURE_COLOR, fillOpacity: 0.1, outlineColor: MEASURE_COLOR, outlineWidth: 2 },
        }),
        new TerraDrawSelectMode({
          flags: {
            [CANDIDATE_MODE]: {
              feature: {
                draggable: true,
                coordinates: { draggable: true, midpoints: true, deletable: true },
              },
            },
          },
        }),
      ],
    });
    this.#draw.start();
    this.#draw.on('finish', (id, context) => this.#finished(String(id), context.mode));
    this.#draw.on('change', (ids, type) => this.#changed(ids.map(String), type));
    this.#draw.on('select', (id) => callbacks.onpick(String(id)));
    this.#draw.on('deselect', () => callbacks.onpick(null));
  }

  setTool(tool: DrawTool): void {
    if (tool === this.#tool) return;
    if (this.#tool === 'distance' || this.#tool === 'area') this.#clearMeasurements();
    this.#tool = tool;
    this.#draw.setMode(tool === 'none' ? 'static' : MODE_OF[tool]);
  }

  /** Makes terra-draw's candidates exactly these (added, removed or reshaped). */
  setCandidates(candidates: readonly DrawnCandidate[]): void {
    const wanted = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const present = this.#draw.getSnapshot().filter((feature) => feature.properties.mode === CANDIDATE_MODE);
    const stale = present.filter((feature) => !wanted.has(String(feature.id))).map((feature) => feature.id!);
    if (stale.length > 0) this.#draw.removeFeatures(stale);
    const known = new Set(present.map((feature) => String(feature.id)));
    const added = candidates
      .filter((candidate) => !known.has(candidate.id))
      .map((candidate) => ({
        id: candidate.id,
        type: 'Feature' as const,
        geometry: candidate.geometry,
        properties: { mode: CANDIDATE_MODE },
      }));
    if (added.length > 0) this.#draw.addFeatures(added);
  }

  /** Selects a candidate for editing (edit tool only). */
  select(id: string | null): void {
    if (this.#tool !== 'edit') return;
    const selected = this.#draw.getSnapshot().filter((feature) => feature.properties.selected);
    for (const feature of selected) if (String(feature.id) !== id) this.#draw.deselectFeature(feature.id!);
    if (id && this.#draw.getSnapshotFeature(id)) this.#draw.selectFeature(id);
  }

  destroy(): void {
    if (this.#reshapeTimer) clearTimeout(this.#reshapeTimer);
    try {
      this.#draw.stop();
    } catch {
      // After a lost WebGL context MapLibre has already dropped its style, and terra-draw's clean-up of
      // its layers finds nothing to clean; the map itself is removed next.
    }
  }

  #finished(id: string, mode: string): void {
    const feature = this.#draw.getSnapshotFeature(id);
    if (!feature) return;
    if (mode === CANDIDATE_MODE) {
      this.#callbacks.oncreate({ id, geometry: feature.geometry as Polygon });
    } else if (mode === 'select' && feature.properties.mode === CANDIDATE_MODE) {
      this.#callbacks.onreshape({ id, geometry: feature.geometry as Polygon });
    } else if (mode === LINE_MODE || mode === AREA_MODE) {
      // One measurement at a time: a new one replaces the last.
      const older = this.#measurements().filter((other) => String(other.id) !== id);
      if (older.length > 0) this.#draw.removeFeatures(older.map((other) => other.id!));
      this.#measure(feature);
    }
  }

  #changed(ids: string[], type: string): void {
    if (type !== 'update') return;
    for (const id of ids) {
      const feature = this.#draw.getSnapshotFeature(id);
      if (!feature) continue;
      const mode = feature.properties.mode;
      if (mode === LINE_MODE || mode === AREA_MODE) this.#measure(feature);
      else if (mode === CANDIDATE_MODE && this.#tool === 'edit' && !this.#reshapeTimer) {
        // While a vertex is dragged: a profile a few times a second is live enough and stays smooth.
        this.#reshapeTimer = setTimeout(() => {
          this.#reshapeTimer = null;
          const latest = this.#draw.getSnapshotFeature(id);
          if (latest) this.#callbacks.onreshape({ id, geometry: latest.geometry as Polygon });
        }, 200);
      }
    }
  }

  #measure(feature: GeoJSONStoreFeatures): void {
    if (feature.geometry.type === 'LineString') {
      const line = feature.geometry as LineString;
      this.#callbacks.onmeasure({ kind: 'distance', km: length({ type: 'Feature', geometry: line, properties: {} }) });
    } else if (feature.geometry.type === 'Polygon') {
      this.#callbacks.onmeasure({ kind: 'area', km2: area(feature.geometry as Polygon) / 1e6 });
    }
  }

  #measurements(): GeoJSONStoreFeatures[] {
    return this.#draw
      .getSnapshot()
      .filter((feature) => feature.properties.mode === LINE_MODE || feature.properties.mode === AREA_MODE);
  }

  #clearMeasurements(): void {
    const ids = this.#measurements().map((feature) => feature.id!);
    if (ids.length > 0) this.#draw.removeFeatures(ids);
    this.#callbacks.onmeasure(null);
  }
}
