/**
 * What every basemap style gets on top: the atlas's districts and labels. Each basemap style puts
 * `areas` above its own ground layers and `labels` last; deck.gl draws the zones and places between
 * the two (beneath DECK_BEFORE_LAYER), so names stay readable over the zones. Layer order, bottom up:
 * basemap ground, district areas, [deck.gl], district labels, basemap labels, feature labels.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { DistrictFeature, PlaceFeature, ZoneFeature } from '../../data/schemas';
import type { Lang } from '../../data/atlas';
import type { LayerVisibility } from '../../state/types';
import { atlasSources } from '../layers/atlas-sources';
import { DISTRICT_LABEL_LAYER, districtAreaLayers, districtLabelLayer } from '../layers/districts';
import { placeLabelLayer, placeSlotLayer } from '../layers/place-labels';
import { zoneLabelLayer, zoneListLabelLayer, zoneOverviewLabelLayer } from '../layers/zone-labels';

/** Everything a style needs besides its basemap. */
export interface AtlasStyleInput {
  districts: readonly DistrictFeature[];
  /** Only for their labels; deck.gl draws them. */
  zones: readonly ZoneFeature[];
  places: readonly PlaceFeature[];
  lang: Lang;
  layers: LayerVisibility;
  /** Districts drawn with a strong outline: the selected one and the targets of the selection. */
  emphasisedDistricts: readonly string[];
  /** Zones named first: the selected one and the targets of the selection. */
  emphasisedZones?: readonly string[];
}

/** deck.gl's zones and places are drawn beneath this MapLibre layer, the first atlas label layer. */
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
    districtLabels: districtLabelLayer(lang, layers.districts && layers.labels, options.font),
    /**
     * Place and zone names and, last, the slots that keep labels off the place symbols. MapLibre
     * places labels from the top layer down, so zone names (the map's subject) win over place names
     * over district names; no name covers a place symbol.
     */
    featureLabels: [
      placeLabelLayer(lang, layers.places, options.font),
      zoneLabelLayer(lang, layers.zones, options.font, input.emphasisedZones),
      zoneOverviewLabelLayer(lang, layers.zones, options.font),
      zoneListLabelLayer(lang, layers.zones, options.font),
      placeSlotLayer(layers.places),
    ],
  };
}
