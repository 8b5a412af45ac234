import { z } from './zod';
import { localisedText, position } from './schemas';

/** geodata/region.json: the municipality's bounds used to sanity-check every geometry. */
export const regionFile = z.strictObject({
  name: localisedText,
  adcode: z.string().regex(/^\d{6}$/u),
  /** [west, south, east, north] in WGS-84 degrees. */
  bounds: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .refine(([west, south, east, north]) => west < east && south < north, 'bounds must be [west, south, east, north]'),
  boundsNote: z.string().min(1),
  /** When geodata/ was last reviewed (ISO date); the site package prints it as “data as of”. */
  dataAsOf: z.iso.date(),
  dataAsOfNote: z.string().min(1),
  /** The reference point "distance to the city centre" is measured from, [lng, lat] in WGS-84 degrees. */
  cityCentre: z.strictObject({ point: position, name: localisedText, source: z.string().min(1) }),
});
export type RegionFile = z.infer<typeof regionFile>;
