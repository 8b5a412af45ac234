import type { PlaceKind } from '../data/schemas';

/** Names of the kinds of place, for panels, tooltips and the legend. */
export const PLACE_KIND_NAMES: Record<PlaceKind, { zh: string; en: string }> = {
  port: { zh: '港口', en: 'Port' },
  airport: { zh: '机场', en: 'Airport' },
  'railway-station': { zh: '铁路客运站', en: 'Railway station' },
  'rail-freight-hub': { zh: '铁路货运枢纽', en: 'Rail freight hub' },
  'cruise-terminal': { zh: '邮轮码头', en: 'Cruise terminal' },
  'computing-centre': { zh: '算力设施', en: 'Computing centre' },
  exchange: { zh: '交易场所', en: 'Exchange' },
};
