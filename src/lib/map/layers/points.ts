/**
 * Planners' imported points (up to a million) as a deck.gl ScatterplotLayer fed binary attributes, and
 * filtered on the GPU by DataFilterExtension: moving the range slider changes two uniforms, not a million
 * objects.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { PointTable } from '../../analysis/types';

/** What the map needs of an imported layer and its current filter. */
export interface PointLayerView {
  id: string;
  /** The file name, for the hover text. */
  name: string;
  table: PointTable;
  visible: boolean;
  /** [r, g, b] */
  color: [number, number, number];
  /** Index into table.numeric, or null for no numeric filter. */
  field: number | null;
  range: [number, number] | null;
  /** Index into table.categories, or null for no category filter. */
  category: number | null;
  /** Allowed category codes. */
  allowed: readonly number[];
}

export const POINTS_LAYER_PREFIX = 'imported-points-';

/** A value no range contains: points missing the filtered field are hidden, as the CPU count does. */
const MISSING = -3.0e38;

const filterExtension = new DataFilterExtension({ filterSize: 1, categorySize: 1 });

interface BinaryData {
  length: number;
  attributes: {
    getPosition: { value: Float64Array; size: 2 };
    getFilterValue: { value: Float32Array; size: 1 };
  };
}

/**
 * The binary data object for a layer and a filter field. Kept while neither changes, so that deck.gl
 * uploads the positions once; a new field uploads its values once.
 */
const dataCache = new WeakMap<PointTable, Map<number | null, BinaryData>>();
function binaryData(table: PointTable, field: number | null): BinaryData {
  let byField = dataCache.get(table);
  if (!byField) dataCache.set(table, (byField = new Map()));
  let data = byField.get(field);
  if (!data) {
    const values = new Float32Array(table.count);
    const source = field === null ? null : table.numeric[field]?.values;
    if (source) for (let i = 0; i < values.length; i += 1) values[i] = Number.isNaN(source[i]) ? MISSING : source[i];
    data = {
      length: table.count,
      attributes: { getPosition: { value: table.positions, size: 2 }, getFilterValue: { value: values, size: 1 } },
    };
    // Only the current field's copy is kept.
    byField.clear();
    byField.set(field, data);
  }
  return data;
}

export function pointLayer(view: PointLayerView, beforeId: string) {
  const data = binaryData(view.table, view.field);
  const codes = view.category === null ? null : (view.table.categories[view.category]?.codes ?? null);
  const range: [number, number] = view.field !== null && view.range ? view.range : [-1, 1];
  return new ScatterplotLayer<unknown, DataFilterExtensionProps & { beforeId: string }>({
    id: `${POINTS_LAYER_PREFIX}${view.id}`,
    beforeId,
    data,
    visible: view.visible,
    radiusUnits: 'pixels',
    getRadius: 2.5,
    radiusMinPixels: 1.5,
    stroked: false,
    getFillColor: [...view.color, 200],
    // Categories go through an accessor: the extension maps category values to bits itself. Always a
    // function: a constant would bind a float attribute where the shader reads an unsigned int.
    getFilterCategory: (_: unknown, { index }: { index: number }) => (codes ? codes[index] : 0),
    filterRange: range,
    filterCategories: codes ? [...view.allowed] : [0],
    updateTriggers: { getFilterCategory: [view.category] },
    extensions: [filterExtension],
    // Hover shows the point's fields; one pick per pointer move, whatever the number of points.
    pickable: true,
  });
}
