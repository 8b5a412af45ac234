/**
 * deck.gl layers for the zones: a fill in the zone's first sector colour and an outline, dashed when
 * the extent is schematic. Pure: data in, layers out; the map draws exactly the zones it is given.
 */
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import area from '@turf/area';
import type { ZoneFeature } from '../../data/schemas';
import { polygonsOf } from '../../domain/polygons';
import { darken, hexToRgba, NEUTRAL_HEX, type Rgba } from './color';
import type { InterleavedProps, ZonePart, ZoneRing } from './deck-types';
import {
  DIMMED_FILL_OPACITY,
  EMPHASISED_FILL_OPACITY,
  HOVER_FILL_BOOST,
  OUTLINE_DARKEN,
  outlineStyleOf,
  ZONE_DASH,
  ZONE_FILL_OPACITY,
  ZONE_OUTLINE_WIDTH,
} from './zone-style';

export const ZONE_FILL_LAYER_ID = 'atlas-zones-fill';
export const ZONE_OUTLINE_LAYER_ID = 'atlas-zones-outline';

export interface ZoneLayerInput {
  zones: readonly ZoneFeature[];
  /** sector id → '#rrggbb' */
  sectorColors: Readonly<Record<string, string>>;
  visible: boolean;
  selectedId: string | null;
  /** Zones the selection points at (e.g. the targets of the selected measure). */
  highlightedIds: readonly string[];
  hoveredId: string | null;
  /** The MapLibre layer the zones are drawn beneath (labels stay on top). */
  beforeId: string;
}

type Emphasis = 'selected' | 'highlighted' | 'normal' | 'dimmed';

function emphasisOf(zone: ZoneFeature, input: ZoneLayerInput): Emphasis {
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

export function zoneFillColor(zone: ZoneFeature, input: ZoneLayerInput): Rgba {
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

export function zoneOutlineColor(zone: ZoneFeature, input: ZoneLayerInput): Rgba {
  const opacity = emphasisOf(zone, input) === 'dimmed' ? 0.45 : 1;
  return darken(hexToRgba(zoneColorHex(zone, input.sectorColors), opacity), OUTLINE_DARKEN);
}

export function zoneOutlineWidth(zone: ZoneFeature, input: ZoneLayerInput): number {
  const emphasis = emphasisOf(zone, input);
  if (emphasis === 'selected' || emphasis === 'highlighted') return ZONE_OUTLINE_WIDTH[emphasis];
  return zone.id === input.hoveredId ? ZONE_OUTLINE_WIDTH.hovered : ZONE_OUTLINE_WIDTH.normal;
}

/** [dash, gap] in pixels: solid for a sourced boundary, dashed for a schematic one, sparse for low confidence. */
export function zoneDashArray(zone: ZoneFeature): [number, number] {
  return ZONE_DASH[outlineStyleOf(zone.properties.provenance)];
}

/** Larger zones first, so a small zone inside a large one stays visible and clickable. */
function bySizeDescending(zones: readonly ZoneFeature[]): ZoneFeature[] {
  const size = new Map(zones.map((zone) => [zone.id, area(zone.geometry)]));
  return [...zones].sort((a, b) => (size.get(b.id) ?? 0) - (size.get(a.id) ?? 0));
}

export function zoneLayers(input: ZoneLayerInput) {
  const ordered = bySizeDescending(input.zones);
  const parts: ZonePart<ZoneFeature>[] = ordered.flatMap((zone) =>
    polygonsOf(zone.geometry).map((polygon) => ({ zone, polygon })),
  );
  const rings: ZoneRing<ZoneFeature>[] = parts.flatMap(({ zone, polygon }) => polygon.map((path) => ({ zone, path })));
  // Any change of emphasis restyles every zone (the others dim), so one key covers all accessors.
  const styleKey = JSON.stringify([input.selectedId, input.highlightedIds, input.hoveredId, input.sectorColors]);

  const fill = new SolidPolygonLayer<ZonePart<ZoneFeature>, InterleavedProps>({
    id: ZONE_FILL_LAYER_ID,
    beforeId: input.beforeId,
    data: parts,
    visible: input.visible,
    pickable: true,
    filled: true,
    getPolygon: (part) => part.polygon,
    getFillColor: (part) => zoneFillColor(part.zone, input),
    updateTriggers: { getFillColor: styleKey },
  });

  const outline = new PathLayer<
    ZoneRing<ZoneFeature>,
    PathStyleExtensionProps<ZoneRing<ZoneFeature>> & InterleavedProps
  >({
    id: ZONE_OUTLINE_LAYER_ID,
    beforeId: input.beforeId,
    data: rings,
    visible: input.visible,
    pickable: false,
    widthUnits: 'pixels',
    jointRounded: true,
    capRounded: true,
    getPath: (ring) => ring.path,
    getColor: (ring) => zoneOutlineColor(ring.zone, input),
    getWidth: (ring) => zoneOutlineWidth(ring.zone, input),
    getDashArray: (ring) => zoneDashArray(ring.zone),
    dashUnits: 'pixels',
    dashJustified: true,
    // 'path' keeps the dash pattern running across the many short edges of a drawn ring.
    extensions: [new PathStyleExtension({ dash: true, dashMode: 'path' })],
    updateTriggers: { getColor: styleKey, getWidth: styleKey },
  });

  return [fill, outline] as const;
}
