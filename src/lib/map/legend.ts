/**
 * What the legend shows, as data, from the same style constants the map draws with: zone colours by
 * sector (given by the caller), zone outlines by how sure the extent is, and the place symbols.
 */
import type { LocalisedText, PlaceKind } from '../data/schemas';
import { PLACE_KIND_NAMES } from '../i18n/place-kinds';
import { PLACE_KINDS, PLACE_SYMBOLS, type PictogramPart } from './layers/place-symbols';
import {
  EMPHASISED_FILL_OPACITY,
  ZONE_DASH,
  ZONE_FILL_OPACITY,
  ZONE_OUTLINE_WIDTH,
  type ZoneOutlineStyle,
} from './layers/zone-style';

export const LEGEND_TITLES = {
  legend: { zh: '图例', en: 'Legend' },
  sectors: { zh: '片区颜色：行业', en: 'Zone colour: sector' },
  outlines: { zh: '片区轮廓', en: 'Zone outline' },
  places: { zh: '地点', en: 'Places' },
} satisfies Record<string, LocalisedText>;

export interface OutlineLegendItem {
  id: ZoneOutlineStyle | 'emphasised';
  label: LocalisedText;
  /** [dash, gap] in pixels; [0, 0] is solid. */
  dash: [number, number];
  /** Pixels. */
  width: number;
  fillOpacity: number;
}

/**
 * Every zone extent is drawn by hand (no official boundaries), so the legend shows the two schematic
 * outlines; the solid 'sourced' outline appears once a zone has a sourced boundary.
 */
export const OUTLINE_LEGEND: OutlineLegendItem[] = [
  {
    id: 'schematic',
    label: { zh: '示意范围（虚线）', en: 'Schematic extent (dashed)' },
    dash: ZONE_DASH.schematic,
    width: ZONE_OUTLINE_WIDTH.normal,
    fillOpacity: ZONE_FILL_OPACITY.schematic,
  },
  {
    id: 'low-confidence',
    label: { zh: '示意范围，可信度低（疏虚线、浅色）', en: 'Schematic, low confidence (sparse dashes, paler)' },
    dash: ZONE_DASH['low-confidence'],
    width: ZONE_OUTLINE_WIDTH.normal,
    fillOpacity: ZONE_FILL_OPACITY['low-confidence'],
  },
  {
    id: 'emphasised',
    label: { zh: '选中或所选措施的落点', en: 'Selected, or a target of the selected measure' },
    dash: ZONE_DASH.schematic,
    width: ZONE_OUTLINE_WIDTH.selected,
    fillOpacity: EMPHASISED_FILL_OPACITY,
  },
];

export interface PlaceLegendItem {
  kind: PlaceKind;
  label: LocalisedText;
  color: string;
  pictogram: PictogramPart[];
}

export const PLACE_LEGEND: PlaceLegendItem[] = PLACE_KINDS.map((kind) => ({
  kind,
  label: PLACE_KIND_NAMES[kind],
  color: PLACE_SYMBOLS[kind].color,
  pictogram: PLACE_SYMBOLS[kind].pictogram,
}));
