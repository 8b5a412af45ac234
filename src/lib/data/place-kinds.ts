/** The kinds of place the atlas marks, in the legend's order; the schema (schemas.ts) allows exactly these. */
export const PLACE_KINDS = [
  'port',
  'airport',
  'railway-station',
  'rail-freight-hub',
  'cruise-terminal',
  'computing-centre',
  'exchange',
] as const;
