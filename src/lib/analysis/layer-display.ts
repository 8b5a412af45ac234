/**
 * How a point layer is shown (colour, visibility, filter), in a form that can be stored and read back:
 * fields and categories by name, not by index, and only finite numbers. Reading back is lenient, since the
 * layer is the same file imported again: a field or category that is no longer there is simply not used.
 */
import type { LayerDisplay } from './layer-store';
import type { PointTable } from './types';

/** A point layer's filter as the analysis state holds it (indexes into the table). */
export interface LayerFilterState {
  visible: boolean;
  field: number | null;
  range: [number, number] | null;
  category: number | null;
  allowed: number[];
}

const finiteRange = (range: [number, number] | null): [number, number] | null =>
  range && Number.isFinite(range[0]) && Number.isFinite(range[1]) ? [range[0], range[1]] : null;

export function displayOf(
  layer: LayerFilterState & { name: string; color: [number, number, number]; table: PointTable },
): LayerDisplay {
  const categoryField = layer.category === null ? null : layer.table.categories[layer.category];
  return {
    name: layer.name,
    color: [layer.color[0], layer.color[1], layer.color[2]],
    visible: layer.visible,
    field: layer.field === null ? null : (layer.table.numeric[layer.field]?.name ?? null),
    range: finiteRange(layer.range),
    category: categoryField?.name ?? null,
    allowed: categoryField ? layer.allowed.flatMap((code) => categoryField.labels[code] ?? []) : [],
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The filter a stored display asks for, on the table the replayed import gave. */
export function filterOf(table: PointTable, display: LayerDisplay): LayerFilterState {
  const field = display.field === null ? -1 : table.numeric.findIndex((entry) => entry.name === display.field);
  const numeric = field >= 0 ? table.numeric[field] : null;
  let range: [number, number] | null = null;
  if (numeric && Number.isFinite(numeric.min) && Number.isFinite(numeric.max)) {
    const stored = display.range ?? [numeric.min, numeric.max];
    const low = clamp(Math.min(...stored), numeric.min, numeric.max);
    const high = clamp(Math.max(...stored), numeric.min, numeric.max);
    range = [low, high];
  }
  const category =
    display.category === null ? -1 : table.categories.findIndex((entry) => entry.name === display.category);
  const labels = category >= 0 ? table.categories[category].labels : [];
  const allowed = display.allowed.map((label) => labels.indexOf(label)).filter((code) => code >= 0);
  return {
    visible: display.visible,
    field: numeric ? field : null,
    range,
    category: category >= 0 ? category : null,
    allowed: [...new Set(allowed)].sort((a, b) => a - b),
  };
}
