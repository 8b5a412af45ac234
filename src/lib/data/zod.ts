/**
 * The app's one value import of zod: every module that defines a schema takes `z` from here, so zod is
 * configured before any schema exists. zod would otherwise probe `new Function` (to compile fast parsers)
 * when schemas are defined, which the site's Content-Security-Policy forbids and reports as a violation;
 * parsing is the same without it. Schemas are not on the path to the first map (the published files are
 * checked after it, and stored records when they are read), so neither is zod.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
