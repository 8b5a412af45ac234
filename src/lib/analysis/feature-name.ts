/** A feature's own name from its properties, kept apart from the profile so the map's hover text stays light. */
import type { FeatureValue } from './feature-types';

/** Property names that usually hold a feature's name, in the order they are tried. */
const NAME_KEYS = ['name', 'NAME', 'Name', '名称', 'MC', 'mc', 'title', 'label', 'DKMC', 'XMMC'];

/** The feature's own name from its properties, if it has one. */
export function featureName(properties: Record<string, FeatureValue>): string | null {
  for (const key of NAME_KEYS) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
    if (typeof value === 'number') return String(value);
  }
  return null;
}
