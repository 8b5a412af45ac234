/**
 * What every basemap style gets on top: the atlas's districts, zones, places and labels. Each basemap
 * style puts `areas` (districts) and `zones` above its own ground layers and the labels last; deck.gl
 * (loaded only for the thematic views and imported data) draws between the two, beneath
 * DECK_BEFORE_LAYER, so names stay readable. Layer order, bottom up: basemap ground, district areas,
 * zones, [deck.gl], district labels, basemap labels, feature labels, place rings and symbols.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { DistrictFeature, PlaceFeature, ZoneFeature } from '../../data/schemas';
import type { Lang } from '../../data/atlas';
import type { LayerVisibility } from '../../state/types';
import { atlasSources } from '../layers/atlas-sources';
import { DISTRICT_LABEL_LAYER, districtAreaLayers, districtLabelLayer } from '../layers/districts';
import { placeLabelLayer } from '../layers/place-labels';
import { placeIconLayer, placeRingLayer } from '../layers/places';
import { zoneAreaLayers } from '../layers/zones';
import { zoneLabelLayer, zoneListLabelLayer, zoneOverviewLabelLayer } from '../layers/zone-labels';

/** Everything a style needs besides its basemap. */
export interface AtlasStyleInput {
  districts: readonly DistrictFeature[];
  /** Every zone of the atlas: the map hides the ones the filter leaves out (feature state). */
  allZones: readonly ZoneFeature[];
  /** The zones the filter shows: their names. */
  zones: readonly ZoneFeature[];
  places: readonly PlaceFeature[];
  lang: Lang;
  layers: LayerVisibility;
  /** Districts drawn with a strong outline: the selected one and the targets of the selection. */
  emphasisedDistricts: readonly string[];
  /** Zones named first: the selected one and the targets of the selection. */
  emphasisedZones?: readonly string[];
  /** The 3D view: deck.gl draws the zones as blocks, the flat zones are hidden. */
  extruded?: boolean;
  /** Places drawn larger: the selected one and the targets of the selection. */
  emphasisedPlaces?: readonly string[];
}

/** deck.gl's layers are drawn beneath this MapLibre layer, the first atlas label layer. */
export const DECK_BEFORE_LAYER = DISTRICT_LABEL_LAYER;

export function atlasOverlay(
  input: AtlasStyleInput,
  options: { font: readonly string[]; districtFillOpacity: number },
) {
  const { lang, layers } = input;
  const areas: LayerSpecification[] = districtAreaLayers({
    visible: layers.districts,
    fillOpacity: options.districtFillOpacity,
    emphasised: input.emphasisedDistricts,
  });
  return {
    sources: atlasSources(input),
    areas,
    /** Above the basemap's rivers, below every label; in the 3D view deck.gl draws them as blocks instead. */
    zones: zoneAreaLayers(layers.zones && !input.extruded) as LayerSpecification[],
    districtLabels: districtLabelLayer(lang, layers.districts && layers.labels, options.font),
    /**
     * Place and zone names and, last, the place symbols with their rings. MapLibre places labels
     * from the top layer down, so zone names (the map's subject) win over place names over district
     * names; no name covers a place symbol.
     */
    featureLabels: [
      placeLabelLayer(lang, layers.places, options.font),
      zoneLabelLayer(lang, layers.zones, options.font, input.emphasisedZones),
      zoneOverviewLabelLayer(lang, layers.zones, options.font),
      zoneListLabelLayer(lang, layers.zones, options.font),
      placeRingLayer(layers.places),
      placeIconLayer(layers.places, input.emphasisedPlaces ?? []),
    ],
  };
}
