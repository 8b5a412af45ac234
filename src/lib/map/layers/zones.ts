/**
 * The zones as MapLibre layers: a fill in the zone's first sector colour and an outline, dashed when
 * the extent is schematic. The source holds every zone of the atlas, once; what changes with the
 * sector filter, the selection and the pointer (colour, emphasis, hidden or shown) is each zone's
 * feature state, so a change repaints without re-tiling. Pure: data in, specs and states out.
 */
import area from '@turf/area';
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import type { ZoneFeature } from '../../data/schemas';
import { darken, hexToRgba, NEUTRAL_HEX, type Rgba } from './color';
import { visibility } from './districts';
import {
  DIMMED_FILL_OPACITY,
  EMPHASISED_FILL_OPACITY,
  HOVER_FILL_BOOST,
  OUTLINE_DARKEN,
  outlineStyleOf,
  ZONE_DASH,
  ZONE_FILL_OPACITY,
  ZONE_OUTLINE_WIDTH,
  type ZoneOutlineStyle,
} from './zone-style';

export const ZONES_SOURCE = 'atlas-zones';
export const ZONE_FILL_LAYER_ID = 'atlas-zones-fill';
const OUTLINE_STYLES: readonly ZoneOutlineStyle[] = ['sourced', 'schematic', 'low-confidence'];
export const zoneOutlineLayerId = (style: ZoneOutlineStyle) => `atlas-zones-outline-${style}`;

export interface ZoneStyleInput {
  /** sector id → '#rrggbb', for the sectors the filter lets through. */
  sectorColors: Readonly<Record<string, string>>;
  selectedId: string | null;
  /** Zones the selection points at (e.g. the targets of the selected measure). */
  highlightedIds: readonly string[];
  hoveredId?: string | null;
}

type Emphasis = 'selected' | 'highlighted' | 'normal' | 'dimmed';

function emphasisOf(zone: ZoneFeature, input: ZoneStyleInput): Emphasis {
  if (zone.id === input.selectedId) return 'selected';
  if (input.highlightedIds.includes(zone.id)) return 'highlighted';
  // While something is selected, the other zones step back so the targets stand out.
  return input.selectedId !== null || input.highlightedIds.length > 0 ? 'dimmed' : 'normal';
}

/**
 * The colour of the zone's first sector that has one in `sectorColors`. The map is given the colours
 * of the enabled sectors only, so a multi-sector zone shown under a filter wears an enabled sector's colour.
 */
export function zoneColorHex(zone: ZoneFeature, sectorColors: Readonly<Record<string, string>>): string {
  for (const sector of zone.properties.sectors) {
    const color = sectorColors[sector];
    if (color !== undefined) return color;
  }
  return NEUTRAL_HEX;
}

export function zoneFillColor(zone: ZoneFeature, input: ZoneStyleInput): Rgba {
  const emphasis = emphasisOf(zone, input);
  let opacity =
    emphasis === 'selected' || emphasis === 'highlighted'
      ? EMPHASISED_FILL_OPACITY
      : emphasis === 'dimmed'
        ? DIMMED_FILL_OPACITY
        : ZONE_FILL_OPACITY[outlineStyleOf(zone.properties.provenance)];
  if (zone.id === input.hoveredId) opacity = Math.min(1, opacity + HOVER_FILL_BOOST);
  return hexToRgba(zoneColorHex(zone, input.sectorColors), opacity);
}

export function zoneOutlineColor(zone: ZoneFeature, input: ZoneStyleInput): Rgba {
  const opacity = emphasisOf(zone, input) === 'dimmed' ? 0.45 : 1;
  return darken(hexToRgba(zoneColorHex(zone, input.sectorColors), opacity), OUTLINE_DARKEN);
}

export function zoneOutlineWidth(zone: ZoneFeature, input: ZoneStyleInput): number {
  const emphasis = emphasisOf(zone, input);
  if (emphasis === 'selected' || emphasis === 'highlighted') return ZONE_OUTLINE_WIDTH[emphasis];
  return zone.id === input.hoveredId ? ZONE_OUTLINE_WIDTH.hovered : ZONE_OUTLINE_WIDTH.normal;
}

/** [dash, gap] in pixels: solid for a sourced boundary, dashed for a schematic one, sparse for low confidence. */
export function zoneDashArray(zone: ZoneFeature): [number, number] {
  return ZONE_DASH[outlineStyleOf(zone.properties.provenance)];
}

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;

/** What MapLibre reads from a zone's feature state; `shown: false` draws nothing (the sector filter). */
export interface ZoneState {
  [key: string]: string | number | boolean;
  shown: boolean;
  fill: string;
  fillHover: string;
  line: string;
  width: number;
  widthHover: number;
}

/** Every zone's feature state: drawn as `shownIds` and the style input say, hover variants included. */
export function zoneStates(
  zones: readonly ZoneFeature[],
  shownIds: ReadonlySet<string>,
  input: ZoneStyleInput,
): Map<string, ZoneState> {
  const states = new Map<string, ZoneState>();
  for (const zone of zones) {
    const hovered = { ...input, hoveredId: zone.id };
    const plain = { ...input, hoveredId: null };
    states.set(zone.id, {
      shown: shownIds.has(zone.id),
      fill: css(zoneFillColor(zone, plain)),
      fillHover: css(zoneFillColor(zone, hovered)),
      line: css(zoneOutlineColor(zone, plain)),
      width: zoneOutlineWidth(zone, plain),
      widthHover: zoneOutlineWidth(zone, hovered),
    });
  }
  return states;
}

/** A zone's area in m², computed once per zone. */
const areas = new WeakMap<ZoneFeature, number>();
export function zoneArea(zone: ZoneFeature): number {
  let value = areas.get(zone);
  if (value === undefined) {
    value = area(zone.geometry);
    areas.set(zone, value);
  }
  return value;
}

/** Kept per zone list, so a style rebuilt for another reason hands MapLibre the same data. */
const sources = new WeakMap<readonly ZoneFeature[], GeoJSONSourceSpecification>();

/**
 * Every zone, larger ones first so a small zone inside a large one is drawn (and picked) on top.
 * `promoteId` makes the zone's id its feature id, the key of its feature state.
 */
export function zoneSource(zones: readonly ZoneFeature[]): GeoJSONSourceSpecification {
  let source = sources.get(zones);
  if (!source) {
    const ordered = [...zones].sort((a, b) => zoneArea(b) - zoneArea(a));
    source = {
      type: 'geojson',
      promoteId: 'id',
      data: {
        type: 'FeatureCollection',
        features: ordered.map((zone) => ({
          type: 'Feature',
          properties: { id: zone.id, outline: outlineStyleOf(zone.properties.provenance) },
          geometry: zone.geometry,
        })),
      },
    };
    sources.set(zones, source);
  }
  return source;
}

const state = (key: string): ExpressionSpecification => ['feature-state', key];
const hovered: ExpressionSpecification = ['boolean', state('hover'), false];
const shown: ExpressionSpecification = ['boolean', state('shown'), false];
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/**
 * The fill (what a click on a zone hits) and one outline layer per outline style, since MapLibre's
 * dashes cannot vary by feature. Dashes are in line widths: ZONE_DASH's pixels at the normal width.
 */
export function zoneAreaLayers(visible: boolean) {
  const fill: FillLayerSpecification = {
    id: ZONE_FILL_LAYER_ID,
    type: 'fill',
    source: ZONES_SOURCE,
    layout: { visibility: visibility(visible) },
    paint: {
      'fill-color': [
        'case',
        ['!', shown],
        TRANSPARENT,
        hovered,
        ['to-color', state('fillHover'), TRANSPARENT],
        ['to-color', state('fill'), TRANSPARENT],
      ],
    },
  };
  const outlines = OUTLINE_STYLES.map((style): LineLayerSpecification => {
    const [dash, gap] = ZONE_DASH[style];
    return {
      id: zoneOutlineLayerId(style),
      type: 'line',
      source: ZONES_SOURCE,
      filter: ['==', ['get', 'outline'], style],
      layout: { visibility: visibility(visible), 'line-join': 'round', 'line-cap': dash > 0 ? 'butt' : 'round' },
      paint: {
        'line-color': ['case', shown, ['to-color', state('line'), TRANSPARENT], TRANSPARENT],
        'line-width': [
          'case',
          hovered,
          ['number', state('widthHover'), ZONE_OUTLINE_WIDTH.normal],
          ['number', state('width'), ZONE_OUTLINE_WIDTH.normal],
        ],
        ...(dash > 0 ? { 'line-dasharray': [dash / ZONE_OUTLINE_WIDTH.normal, gap / ZONE_OUTLINE_WIDTH.normal] } : {}),
      },
    };
  });
  return [fill, ...outlines];
}

/** The ids of every zone layer (fill first). */
export const ZONE_LAYER_IDS = [ZONE_FILL_LAYER_ID, ...OUTLINE_STYLES.map(zoneOutlineLayerId)];
