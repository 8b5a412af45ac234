import { z } from 'zod';
import { localisedText } from './schemas';

/** geodata/region.json: the municipality's bounds used to sanity-check every geometry. */
export const regionFile = z.strictObject({
  name: localisedText,
  adcode: z.string().regex(/^\d{6}$/u),
  /** [west, south, east, north] in WGS-84 degrees. */
  bounds: z
    .tuple([z.number(), z.number(), z.number(), z.number()])
    .refine(([west, south, east, north]) => west < east && south < north, 'bounds must be [west, south, east, north]'),
  boundsNote: z.string().min(1),
});
export type RegionFile = z.infer<typeof regionFile>;
