/**
 * Imported first by main.ts, before any schema is built: zod would otherwise probe `new Function` (to
 * compile fast parsers) when schemas are defined, which the site's Content-Security-Policy forbids and
 * reports as a violation. Parsing is the same without it.
 */
import { z } from 'zod';

z.config({ jitless: true });
